"""pr-01-hartsfell-ranking-regulations: a badminton club's coaching trust sends its SENCO course as a
season's RANKING REGULATIONS AND RANKING LIST, in the form in which it issues the county junior ranking.

Provider (invented): Hartsfell Badminton Coaching Trust (the coaching charity of Hartsfell Badminton Club,
Bracebridge), with the University of Kenmoor (validates) and Bracebridge County Council's SEN Support Service.
The course is the "SENCO Circuit": entrants, Legs (Singles, Doubles, Mixed = three 20-point modules), twelve
Graded Events (study days G1-G12), Home Club Tasks (school-based tasks), Ranked Matches M1-M3 (marked
assessments), Knock-ups (formative pieces, no points), Umpires and Line Judges (markers), the Referee
(external examiner), the Seeding Committee (moderation board), Club Coaches (school mentors), the Back Court
(online area), Walkovers (APL), Direct Acceptance (assessment-only), the Off-season Plan (further targets).

Layout: a title block table; a notice of issue; heading-styled Parts 1-8; a glossary table; numbered
regulations R1-R34 as Normal paragraphs with bold run-in titles (R23A inserted as a tracked change); a
calendar of Graded Events with vertically merged Leg cells and shaded Leg rows; a staff table; a STOP PRESS
text box; footnotes; Word comments; a header and a footer with a PAGE field; and the Ranking List itself:
the 29 minimum outcomes as "Seeds" in the Trust's own codes (SG-, DB-, MX- by Leg, not in Annex 3 order), with
"Played at" (events), "Points from" (Ranked Match) and "Status" (Ranked / Unranked / N/E) columns keyed in R26-R27,
one row deleted and one inserted as tracked changes.

Traps (requirement ids):
- R9: "No walkovers are granted in the 2008-09 season" (2.1 not_met); the Junior Ranking Regulations'
  walkovers for county squad players are another circuit's rule (wrong-context); a University comment
  suggesting RPL is a comment, not the submission (2.1).
- R8: the Screening Card assesses entrants against every Seed but is used only to place them on courts;
  "It is not used to set individual targets" (2.2 partially_met).
- R12: equal opportunities only as a policy statement plus level access at the venue (3.1 partially_met);
  the footer's promise of reasonable adjustments at every stage is a footer, never evidence.
- R13: CRB disclosures are the employing school's business, "the Trust does not ask to see" them; the
  disclosures mentioned are the Trust's coaches' and Umpires' (5.3 not_met, someone else's responsibility).
- R17 and the STOP PRESS box: the Back Court gives tutor support between events but "has no discussion
  board in 2008-09"; the board is only hoped for next season (3.3 partially_met).
- R20: specialist speakers yes, but "The Trust does not arrange placements" (5.5 partially_met).
- R32: entrants' confidence is measured; pupils' progress is only something the Trust "would like" to
  collect; a deleted tracked sentence that would have collated pupils' baseline and end measures is not
  part of the submission (5.9 partially_met; 5.1 met on R31).
- R34: stakeholders help deliver and moderate, but their part in evaluation is only hoped for (4.3
  partially_met); R33 gives survey evidence and pilot changes (4.1, 4.2 met).
- G8: pupil voice only "a short look" in one event; the Seed for pupils' part in their provision is "N/E"
  (1.5 partially_met; 6.S7 not_met).
- R23A, inserted as a tracked change, adds moderation and the Referee's sampling (5.8 met: an insertion is
  part of the submission).
- R28: a pass is 40 per cent in each Ranked Match with compensation, not every Seed shown (6.0
  partially_met; 1.9 partially_met with the Unranked and Knock-up-only Seeds).
- Ranking List: Unranked Seeds (6.A3, 6.S2d: taught, not assessed); a Seed "Ranked" only from a Knock-up,
  which R26 says carries no points (6.A7 formative only); a Seed with "-" in Played at (6.K4 assessed, not
  taught); the formative-assessment Seed deleted as a tracked row (6.S2c not_met); the parents Seed
  inserted as a tracked row (6.S8 met).
- A header ("supersedes the Interim List") and footer; comments by the University's quality officer and
  the Ranking Officer (not evidence).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pr_helpers import (shade, shade_par, cell_text, table, run_ins, run_del, row_change, par_change,
                         textbox, Footnotes, page_field, para, set_base_font)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AO = "Anwen Toller"
GM = "G. Mould (Kenmoor QA)"
D1 = "2008-11-20T10:12:00Z"
D2 = "2008-11-27T16:40:00Z"

doc = Document()
set_base_font(doc, "Arial", 10)
fn = Footnotes()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "HARTSFELL BADMINTON COACHING TRUST  \u00b7  SENCO Circuit Ranking Regulations 2008-09  \u00b7  Issue 1 (supersedes the Interim List of June 2008)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("The Trust makes reasonable adjustments for disabled entrants at every stage of the Circuit.  "
               "Registered charity no. 1107342.  ")
r.font.size = Pt(8)
page_field(fp)


def reg(num, title, text):
    p = doc.add_paragraph()
    r1 = p.add_run(f"{num}  {title}. ")
    r1.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(6)
    return p


# ---------------------------------------------------------------- title block
t = para(doc, "HARTSFELL BADMINTON COACHING TRUST", bold=True, size=16, align="c")
para(doc, "SENCO CIRCUIT", bold=True, size=22, align="c")
para(doc, "Ranking Regulations 2008-09 and Ranking List No. 1", bold=True, size=13, align="c")
para(doc, "National Award for SEN Coordination  \u00b7  Postgraduate Certificate (SEN Coordination), University of Kenmoor",
     size=10, align="c", italic=True)

tb = table(doc, [
    ["Issue", "No. 1 of the 2008-09 season (Lists No. 2 and No. 3 follow in March and July 2009)"],
    ["Issued", "1 December 2008, by the Ranking Officer"],
    ["Ranking Officer", "Mrs Anwen Toller, Director of Coaching (Inclusion), Hartsfell Badminton Coaching Trust"],
    ["Validated by", "University of Kenmoor, School of Education (validation event 14 October 2008)"],
    ["In partnership with", "Bracebridge County Council, SEN Support Service"],
    ["Supersedes", "Interim List (pilot season 2007-08, nine entrants)"],
], widths=[4, 12.5], header_fill=None, bold_header=False)
for row in tb.rows:
    row.cells[0].paragraphs[0].runs[0].bold = True
    shade(row.cells[0], "E2EFDA")

doc.add_paragraph()
para(doc, "NOTICE OF ISSUE", bold=True)
para(doc, "These Regulations and the Ranking List that closes them are sent to the Training and Development Agency "
          "for Schools as the Trust's application to be approved to provide the National Award for SEN Coordination "
          "from 2009. We have not rewritten them for the purpose. They are the document every entrant, Club Coach "
          "and Umpire on the Circuit already works from, in the same form as the county junior ranking regulations "
          "the Trust has issued since 1996, and we think the panel will learn more from the real thing. Part 1 "
          "explains our words. Where the Regulations and the Ranking List differ, the Regulations govern.")

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1. Words used in these Regulations", level=1)
table(doc, [
    ["Word", "Meaning on the Circuit"],
    ["Circuit", "The SENCO Circuit: the Trust's course for the National Award for SEN Coordination, 60 ranking points."],
    ["Entrant", "A teacher accepted on the Circuit."],
    ["Leg", "One of three 20-point parts of the Circuit: Singles, Doubles and Mixed (R15)."],
    ["Ranking points", "Credits of the University of Kenmoor at Level 7 (masters level). One Leg carries 20."],
    ["Graded Event", "A study day at Hartsfell Sports Centre, G1 to G12 (Part 5)."],
    ["Home Club", "The school where the entrant works."],
    ["Home Club Task", "A piece of practical work done in the Home Club between Graded Events."],
    ["Club Coach", "A senior leader in the Home Club who mentors the entrant (R19)."],
    ["Ranked Match", "A marked assessment that earns ranking points, M1 to M3 (R25)."],
    ["Knock-up", "A short practice piece read by an Umpire for feedback only (R26)."],
    ["Umpire", "A tutor who teaches at Graded Events and first-marks Ranked Matches."],
    ["Line Judge", "A second Umpire who marks a Ranked Match without seeing the first mark."],
    ["Referee", "The external examiner appointed by the University."],
    ["Seeding Committee", "The Ranking Officer, two Umpires and the Council's Principal SEN Support Officer, who "
                          "moderate marks and approve each Ranking List."],
    ["Seed", "One of the national minimum outcomes, in the Circuit's own words (Part 8)."],
    ["Court", "A group of four entrants who work together at every Graded Event."],
    ["Back Court", "The Circuit's online area (R17)."],
    ["Walkover", "Exemption from a Leg for prior study or experience (R9)."],
    ["Direct Acceptance", "Assessment against every Seed without playing the Graded Events (R10)."],
], widths=[3.6, 12.9])

# ---------------------------------------------------------------- Part 2
doc.add_heading("Part 2. The Circuit", level=1)
p = reg("R1", "Title and standing",
        "The Circuit leads to the National Award for SEN Coordination and to the University of Kenmoor's "
        "Postgraduate Certificate (SEN Coordination). The University validated the Circuit at its event of "
        "14 October 2008 as a programme of 60 credits at Level 7, masters level, with no conditions, subject only "
        "to approval by the Training and Development Agency. The Trust is a partner institution of the University "
        "under an agreement signed in July 2008; the University confers the award and keeps its regulations for "
        "Postgraduate Certificates, which these Regulations follow.")
fn.add(p, "Validation panel chaired by Professor Helen Strand, Dean of Education, University of Kenmoor, with an "
          "external member from a neighbouring university. Two recommendations, both accepted: see R23A and R33.")
reg("R2", "Purpose",
    "The Circuit exists to raise the achievement and improve the well-being of children and young people with "
    "SEN and/or disabilities in entrants' schools. By achievement we mean all five Every Child Matters outcomes: "
    "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
    "well-being, and not test results alone. Every Graded Event ends with the question 'What will this change for "
    "which pupils?', and every Ranked Match is marked against criterion RM1, Difference to pupils: the entrant "
    "must show, for named pupils, what their work is designed to change across the five outcomes and why. "
    "An entrant who does not pass RM1 does not pass the Ranked Match.")
reg("R3", "Legs and points",
    "The Circuit has three Legs of 20 ranking points each: Singles (the SENCO's own game: law, needs and "
    "assessment), Doubles (playing with partners: colleagues, teaching assistants and parents) and Mixed (the "
    "whole club: leadership, self-evaluation and other services). Each Leg is closed by one Ranked Match.")
reg("R4", "The season",
    "The season runs from September to July. There are twelve Graded Events, each a Saturday at Hartsfell Sports "
    "Centre from 9.30 to 3.30. Part 5 gives the calendar.")
reg("R5", "Home Club Tasks",
    "The Circuit is played in schools as much as at the Centre. Every Graded Event sets a Home Club Task that the "
    "entrant carries out in their own school before the next Event, and each Task names the Seeds it serves: for "
    "example, after G4 the entrant observes two pupils causing concern in lessons, looks at their data with the "
    "class teacher and agrees targets and an intervention; after G8 the entrant observes a teaching assistant "
    "and gives feedback. Tasks are logged in the Home Club Log and signed by the Club Coach, and the Log is "
    "handed in with each Ranked Match.")
p = reg("R6", "What the Circuit draws on",
        "Graded Events are built from current evidence and kept current. The Court Notes for 2008-09 draw on "
        "Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and "
        "Inclusion: does it matter where pupils are taught? (2006), the Education and Skills Committee's report "
        "on SEN (2006), Removing Barriers to Achievement (2004), the Bercow Review of services for children with "
        "speech, language and communication needs (2008), and Lewis and Norwich's review of special teaching "
        "for special children (2005). The Umpires revise the Court Notes before each Leg, and the Referee reads "
        "them each summer.")
fn.add(p, "Court Notes are the Circuit's reading lists and session notes, issued at each Graded Event and kept on the Back Court.")

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3. Entry", level=1)
reg("R7", "Who may enter",
    "An entrant must hold qualified teacher status, be in post in a school in England as its SENCO or be "
    "designated by the headteacher to become SENCO within the year, and be nominated by the headteacher on the "
    "Club Nomination form, which commits the school to release the entrant for Graded Events and to name a Club "
    "Coach.")
reg("R8", "Pre-season Screening",
    "Before the first Graded Event every accepted applicant completes the Screening Card, rating themselves from 1 "
    "(new to this) to 4 (I could teach this) against every Seed in Part 8, and has a 30-minute screening "
    "conversation with the Ranking Officer, who checks the ratings against the applicant's account of their "
    "work. Where the Screening shows that an applicant is unlikely to reach every Seed by the Final, the "
    "Ranking Officer tells the applicant and the headteacher in writing what to do first (for example, a term "
    "working alongside the current SENCO, or the Council's Introduction to SEN day) and offers a place in the "
    "January window instead. The Screening Card is used to place entrants on courts with others of similar "
    "experience. It is not used to set individual targets: every entrant plays to the same list of Seeds.")
p = reg("R9", "Walkovers",
        "No walkovers are granted in the 2008-09 season. Prior study and experience, however extensive, does not "
        "exempt an entrant from any Leg or any Ranked Match, and no ranking points are carried in from other "
        "courses. (The Junior Ranking Regulations grant walkovers for county squad players; that rule does not "
        "apply to the Circuit.)")
doc.add_comment(p.runs[1], text="Kenmoor's RPL regulations would let us accept up to 30 credits of prior "
                "certificated study here. Do we want to say so for 2009-10? GM", author=GM, initials="GM")
reg("R10", "Direct Acceptance",
    "In exceptional cases, usually a teacher from the Council's SEN Support Service or an experienced SENCO who "
    "already appears to meet the Seeds, the Ranking Officer may grant Direct Acceptance. The entrant plays no "
    "Graded Events. Instead they submit a portfolio of evidence mapped to every Seed in Part 8, are observed by "
    "an Umpire leading a meeting with colleagues in their own school, and give a 30-minute Court Talk to two "
    "Umpires, who question them on any Seed the portfolio leaves thin. The portfolio and Court Talk are marked "
    "and moderated as Ranked Matches are, and a Direct Acceptance entrant is ranked only when every Seed is shown. "
    "The fee is \u00a3480.")
reg("R11", "Entry windows and order of play",
    "There are two entry windows, September and January. An entrant who enters in January plays G6 to G12 first "
    "and the Singles Leg in the following autumn. Doubles and Mixed may be played in either order. An entrant may "
    "spread the Circuit over two seasons (no more than 24 months) and may move between the Saturday Events and the "
    "Wednesday twilight repeats of G2 to G11 (4.15 to 7.30 at the Centre) as their school allows. The Back Court "
    "carries the recorded talks of every Event for anyone who misses one.")
reg("R12", "Equal opportunities",
    "The Trust's Equal Opportunities Policy applies to the Circuit as to all the Trust's work. All Graded Events "
    "are held at Hartsfell Sports Centre, which has level access, an accessible toilet and a hearing loop in the "
    "Pavilion Room.")
p = reg("R13", "Suitability checks",
        "Entrants are employed teachers. Their CRB enhanced disclosures are held and renewed by the employing "
        "school, and it is for the school to satisfy itself of them; the Trust does not ask to see disclosure "
        "numbers. All Trust coaches and Umpires hold enhanced disclosures obtained through Badminton England, "
        "renewed every three years.")
doc.add_comment(p.runs[1], text="Should we be checking entrants ourselves? Ask the Council's HR. AT",
                author=AO, initials="AT")
reg("R14", "Fees and bursaries",
    "The season fee is \u00a31,150, payable by Leg (\u00a3380, \u00a3385, \u00a3385). The Council funds twelve bursary "
    "places a season for its schools. Because every Event has a twilight repeat, most schools release the entrant "
    "for no more than five days, and the Trust's costing (\u00a3958 per entrant to run, against \u00a31,600 for the "
    "University's taught equivalent) is available to schools on request.")

# ---------------------------------------------------------------- Part 4
doc.add_heading("Part 4. Play", level=1)
reg("R15", "The Legs",
    "Singles (G1 to G5, closed by M1) is the SENCO's own game: the law and the Code of Practice, Every Child "
    "Matters, disability equality, the common types of need and how to identify, assess and plan for them. "
    "Doubles (G6 to G8, closed by M2) is playing with partners: tracking and provision, parents and carers, "
    "teaching assistants and colleagues. Mixed (G9 to G12, closed by M3) is the whole club: strategic leadership "
    "with senior leaders and governors, self-evaluation, other services and the Home Club Project.")
reg("R16", "Tailoring",
    "Within the common list of Seeds the Circuit is fitted to each entrant's club. Home Club Tasks come in primary, "
    "secondary and special school versions; each entrant chooses the subject of their M1 case study and their Home "
    "Club Project with their Club Coach; and every entrant has a 20-minute tutorial with an Umpire in each Leg on "
    "their own game, with a written note of what to work on next.")
reg("R17", "The Back Court",
    "Between Graded Events entrants use the Back Court, the Circuit's area on the University's Blackboard site. It "
    "holds the recorded talks from every Event, the Court Notes, the Knock-ups and the Home Club Log template. "
    "Questions go to the Ranking Officer by the Back Court's message button, and she replies within three "
    "working days. The Back Court has no discussion board in 2008-09, and entrants are not put in touch with one "
    "another through it.")
textbox(doc, [("STOP PRESS", True),
              ("G6 has moved to Saturday 17 January because the county closed championships have the hall on the 10th. "
               "The twilight repeat stays on Wednesday 21 January.", False),
              ("The Trust hopes to open a Back Court discussion board in 2009-10 if the University's licence allows.", False)],
        height_pt=75)
reg("R18", "Courts",
    "At every Graded Event entrants sit in courts of four. Each court discusses the Home Club Tasks its members "
    "bring, and each entrant presents one Task to their court in each Leg.")
reg("R19", "Club Coaches",
    "The headteacher names a Club Coach, a member of the senior leadership team, who meets the entrant at least "
    "once each half-term, signs the Home Club Log and observes the entrant for M2. Club Coaches attend a two-hour "
    "briefing at the Centre in September (or January), receive the Club Coach's Card, which sets out what they "
    "do, what they sign and whom to ring, and are telephoned by the Ranking Officer once a term.")
reg("R20", "Specialists and visits",
    "Graded Events are led with visiting specialists: a speech and language therapist from Bracebridge Primary "
    "Care Trust (G3), an educational psychologist from the Council (G4), the Council's Parent Partnership "
    "officer (G7) and the headteacher of Fellside Special School (G11). The Trust does not arrange placements. "
    "Entrants who wish to spend a day in a special school or a resource base may arrange one for themselves, and "
    "the Ranking Officer can give them a list of schools that have welcomed visitors before.")
reg("R21", "Resources",
    "The Pavilion Room library holds some 400 books and the current journals on SEN, lent to entrants by post "
    "between Events. The Centre's ICT suite (16 computers) has Clicker 5, Write Online, Dolphin's SuperNova screen "
    "reader and a set of communication aids lent for each season by the Council's ICT and Communication Aids "
    "team, and entrants are shown them at G5. Entrants have the University library's electronic journals through "
    "their student login.")
doc.add_heading("Umpires", level=2)
reg("R22", "Who teaches and marks",
    "The Umpires for 2008-09 are listed below. Every Umpire works in schools for at least one day a week or "
    "twenty days a year, so that what is taught is current practice.")
table(doc, [
    ["Umpire", "Post", "Qualifications and experience"],
    ["Anwen Toller (Ranking Officer)", "Director of Coaching (Inclusion), the Trust; 0.4 SENCO, Hartsfell High School",
     "MA Inclusive Education (Kenmoor, 2003); SENCO for 11 years; Council SENCO network leader since 2005"],
    ["Dr Kit Farrant", "Senior Educational Psychologist, Bracebridge County Council",
     "DEdPsy; HPC registered; leads the Council's training on consultation and assessment"],
    ["Rosalind Adeyemi", "Advisory Teacher, SpLD and Literacy, SEN Support Service",
     "OCR Diploma in SpLD; AMBDA; 14 years in primary and secondary"],
    ["Geraint Mould", "Senior Lecturer in Inclusive Education, University of Kenmoor",
     "PhD (the SENCO role in secondary schools); former deputy head; University link tutor to the Circuit"],
    ["Maureen Clay", "Deputy Headteacher, Fellside Special School",
     "NPQH; Advanced Diploma in autism; 20 years in special and mainstream schools"],
], widths=[3.6, 5.4, 7.5])
doc.add_paragraph()
reg("R23", "Marking",
    "Every Ranked Match is marked by an Umpire against the published criteria for that Match and then by a Line "
    "Judge, who does not see the first mark. Where the two marks differ by eight or more, or fall either side of "
    "a pass, the Ranking Officer asks a third Umpire to mark.")
p = doc.add_paragraph()
run_ins(p, "R23A  Moderation and the Referee. ", AO, D2, bold=True)
run_ins(p, "The Seeding Committee moderates every Ranked Match mark before any Ranking List is issued. The "
           "Referee, Dr Ruth Pennock of Northwold University, samples a third of all Ranked Matches, every fail and "
           "every borderline, attends the Seeding Committee in July and reports to the University each year.", AO, D2)
reg("R24", "Umpires' standardisation",
    "Before each marking round the Umpires and Line Judges meet to mark two exemplar scripts together and agree "
    "what each criterion looks like at pass, merit and distinction. New Umpires shadow a marking round before "
    "they mark, and every Umpire receives the Umpire's Handbook, which sets out their duties at Events, in "
    "tutorials and in marking.")

# ---------------------------------------------------------------- Part 5 calendar
doc.add_heading("Part 5. Calendar of Graded Events 2008-09", level=1)
para(doc, "Saturdays at Hartsfell Sports Centre, 9.30 to 3.30; twilight repeats of G2 to G11 on the following "
          "Wednesday. Home Club Tasks are set at each Event.", italic=True, size=9)
cal = [
    ["Leg", "Event", "Date", "What is played", "Led by"],
    ["Singles", "G1", "13 Sep 2008", "Rules of the game: the Education Act 1996, the SEN Code of Practice (2001) and what it "
     "asks of the school, the SENCO and others; the 2008 Regulations on the SENCO; Every Child Matters and the five "
     "outcomes, and the SENCO's part in them; the Council's SEN policy", "AT, GM"],
    ["", "G2", "27 Sep", "Fair play: the Disability Discrimination Act as amended in 2005, the disability equality duty, "
     "schools' disability equality schemes and accessibility plans; building fair, respectful relationships with "
     "pupils with SEN and disabilities and their families", "AT, MC"],
    ["", "G3", "11 Oct", "Reading the game (1): behavioural, emotional and social difficulties; dyslexia and other "
     "specific learning difficulties; speech, language and communication needs; autistic spectrum disorders; moderate "
     "learning difficulties; what research says works for each", "RA, speech and language therapist"],
    ["", "G4", "8 Nov", "Reading the game (2): identifying pupils who may have SEN through observation, data and "
     "assessment; setting challenging targets; planning and reviewing interventions; using the assessments of "
     "psychologists, therapists and advisory teachers to shape teaching", "KF, AT"],
    ["", "G5", "22 Nov", "Shot selection: approaches, strategies and resources for assessment, planning, teaching and "
     "learning, including ICT and assistive technology; problem-solving and making sound decisions about provision", "RA, AT"],
    ["Doubles", "G6", "17 Jan 2009", "Keeping score: tracking pupils' progress with P scales, national test results and "
     "RAISEonline and changing programmes; provision mapping and management; identifying access arrangements for "
     "national tests and examinations", "AT, GM"],
    ["", "G7", "31 Jan", "Doubles with parents: liaising with parents and carers, sharing information, annual reviews, "
     "difficult conversations", "AT, Parent Partnership officer"],
    ["", "G8", "28 Feb", "Doubles with colleagues: deploying and managing teaching assistants; observing, giving "
     "feedback, modelling and coaching; leading staff training; advising colleagues; a short look at pupil voice", "AT, KF"],
    ["Mixed", "G9", "14 Mar", "The whole club (1): working with the head, senior leaders and governors on an inclusive "
     "ethos, policy, priorities and resources; gaining colleagues' commitment", "GM, MC"],
    ["", "G10", "25 Apr", "The whole club (2): school self-evaluation and improvement for pupils with SEN; reviewing "
     "provision with other staff; priorities, time and delegation", "GM, AT"],
    ["", "G11", "16 May", "Other clubs: the scope and role of external agencies; the Common Assessment Framework; "
     "getting specialist support; working with health, social care and voluntary organisations", "MC, KF"],
    ["", "G12", "20 Jun", "Finals Day: Court Talks (M3); the Off-season Plan (R29)", "All Umpires"],
]
ct = table(doc, cal, widths=[1.8, 1.2, 2.2, 9.0, 2.6], size=8.5)
for start, end in ((1, 5), (6, 8), (9, 12)):
    merged = ct.cell(start, 0).merge(ct.cell(end, 0))
    cell_text(merged, cal[start][0], bold=True, size=9)
    shade(merged, "E2EFDA")
doc.add_paragraph()

# ---------------------------------------------------------------- Part 6
doc.add_heading("Part 6. Ranked Matches and ranking", level=1)
reg("R25", "Ranked Matches",
    "M1, the Singles Match, is a case study of 4,000 words of one pupil in the entrant's school: how their needs "
    "were identified, what the assessments of other professionals showed, the targets set, the intervention and "
    "its review. M2, the Doubles Match, is observed: the Club Coach and an Umpire watch the entrant lead a "
    "training session or coaching conversation with colleagues, and the entrant writes a 3,000-word commentary on "
    "it and on a meeting they have held with a pupil's parents or carers. M3, the Mixed Final, is the Home Club "
    "Project: the entrant plans, leads and evaluates a change in their school's provision, agreed with the head, "
    "reports on it in 5,000 words and gives a 20-minute Court Talk on Finals Day. Each Match is marked against RM1 "
    "(R2) and against the criteria for its Seeds.")
reg("R26", "Knock-ups",
    "There are four Knock-ups a season: short pieces and quizzes on the Back Court. An Umpire reads each and "
    "returns comments within a fortnight. Knock-ups carry no ranking points and are not counted in any Ranked "
    "Match.")
reg("R27", "Reading the Ranking List",
    "Part 8 lists the Seeds by Leg. 'Played at' names the Graded Events where a Seed is worked on. 'Points from' "
    "names the assessment in which it is judged. Status RANKED means the Seed is played at an Event and judged in "
    "a Ranked Match; UNRANKED means it is played at an Event but no points are counted for it; N/E means not "
    "entered this season.")
reg("R28", "Passing the Circuit",
    "An entrant is placed on the Final Ranking List, and recommended to the University for the Award, when each "
    "of the three Ranked Matches is passed at 40 per cent. A mark of 35 to 39 in one Ranked Match may be "
    "compensated by a mark of 50 or more in another. The Seeding Committee's decision is final, subject to R30.")
reg("R29", "The Off-season Plan",
    "On Finals Day every entrant drafts an Off-season Plan on the Trust's planning sheet: what they will work on "
    "next, which further study they might take (the University's MA modules, the Council's advanced SENCO "
    "network, a specialist qualification) and what they will ask of their school. The Umpires discuss each Plan "
    "with its entrant, and the entrant takes it to their next performance management meeting with the head.")
reg("R30", "Appeals",
    "An entrant may appeal against a Ranking decision under the University's academic appeals procedure within "
    "twenty working days of the List.")

# ---------------------------------------------------------------- Part 7
doc.add_heading("Part 7. How the Circuit is reviewed", level=1)
reg("R31", "Match reports on the Circuit",
    "Every Graded Event is evaluated by its entrants on a card before they leave; the Ranking Officer summarises "
    "the cards for the Umpires' meeting the following week, which decides what to change in the next Event and "
    "the twilight repeat. At the end of each season the Ranking Officer writes the Circuit Review from the cards, "
    "the Ranked Match results, Club Coaches' telephone feedback, the Referee's report and the University's annual "
    "monitoring return. The Review goes to the Trust's Coaching Committee and the University's Programme Board, "
    "and every change it agrees is printed at the front of the next season's Regulations.")
p = reg("R32", "Confidence and impact",
        "Entrants rate their confidence against every Seed at Screening and again on Finals Day, and the Circuit "
        "Review reports the change for each Seed. The Trust would like, in later seasons, to collect evidence of "
        "pupils' progress from entrants' Home Club Projects. ")
run_del(p, "Each entrant's baseline and end measures for the pupils in their Home Club Project will be collated "
           "in the Circuit Review.", AO, D1)
reg("R33", "What schools told us",
    "Before the pilot season the Trust surveyed the 52 schools of the Bracebridge North and Hartsfell clusters (38 "
    "replied) and met the Council's SEN Support Service. Schools asked for a course that could be done without "
    "losing the SENCO for whole weeks, that dealt with teaching assistants and parents in depth, and that counted "
    "work done in school. The Circuit's twilight repeats, Home Club Tasks and the Doubles Leg answer those "
    "requests. The pilot Interim List (2007-08, nine entrants) was reviewed with the heads of four Home Clubs and "
    "the Council in July 2008, and as a result parents now have an Event of their own (G7), Doubles now comes "
    "before Mixed, and the Club Coach's Card was written.")
reg("R34", "Others in the Circuit",
    "Club Coaches, senior leaders in entrants' schools, mentor every entrant; the Parent Partnership officer "
    "co-leads G7; the head of Fellside Special School and her deputy lead G11; and the Council's Principal SEN "
    "Support Officer sits on the Seeding Committee. We hope in time to ask parents' groups and pupils to tell us "
    "what difference the Circuit makes.")

# ---------------------------------------------------------------- Part 8 ranking list
doc.add_heading("Part 8. Ranking List No. 1: the Seeds", level=1)
para(doc, "Read with R26 and R27. Seeds are listed by Leg in the order they are first played, not in the order "
          "of the national list.", italic=True, size=9)
rows = [
    ["Seed", "Entry", "Played at", "Points from", "Status"],
    # Singles
    ["SG-01", "Knows the law and guidance on SEN, the Code of Practice and what they mean for the school, the SENCO and others, and puts them into practice", "G1", "M1", "RANKED"],
    ["SG-02", "Knows the principles and outcomes of Every Child Matters and how the SENCO helps children reach them", "G1", "M1", "RANKED"],
    ["SG-03", "Knows the disability equality laws and the actions they require for disabled pupils", "G2", "M1", "RANKED"],
    ["SG-04", "Builds fair, respectful, supportive relationships with pupils with SEN and disabilities and their parents or carers", "G2, G7", "M1, M2", "RANKED"],
    ["SG-05", "Knows the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "G3", "M1", "RANKED"],
    ["SG-06", "Knows best practice and the outcomes of research in meeting SEN", "G3", "M3", "RANKED"],
    ["SG-07", "Draws on research and outside advice to improve own and colleagues' practice", "G3, G11", "M3", "RANKED"],
    ["SG-08", "Knows how children develop and how SEN, disability and the physical and social environment affect development", "\u2013", "M1", "RANKED"],
    ["SG-09", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "G4", "M1", "RANKED"],
    ["SG-10", "Uses the assessments of a range of professionals to shape teaching", "G4", "M1", "RANKED"],
    ["SG-11", "Has a critical understanding of approaches, strategies and resources for assessment, planning, teaching and learning, including ICT", "G5", "M1, M2", "RANKED"],
    ["SG-12", "Anticipates and resolves problems and makes sound decisions about provision", "G5", "M1", "RANKED"],
    # Doubles
    ["DB-01", "Uses summative assessment, including national tests, to track progress and change programmes", "G6", "M3", "RANKED"],
    ["DB-02", "Identifies access arrangements for national tests and examinations in good time and puts them in place", "G6", "\u2013", "UNRANKED"],
    ["DB-03", "Uses provision mapping and management to plan provision and find what is ineffective or missing", "G6", "M3", "RANKED"],
    ["DB-04", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "G8", "M2", "RANKED"],
    ["DB-05", "Liaises effectively with parents and carers to promote pupils' learning and development", "G7", "M2", "RANKED"],
    ["DB-06", "Deploys and manages staff effectively to support pupils with SEN", "G8", "M2", "RANKED"],
    ["DB-07", "Supports colleagues' professional development by observation and feedback, modelling, coaching, mentoring and training", "G8", "M2", "RANKED"],
    ["DB-08", "Speaks and writes clearly; listens to and understands the views of others", "All Events", "M2, M3 (Court Talk)", "RANKED"],
    # Mixed
    ["MX-01", "With senior colleagues and governors, influences the strategic development of an inclusive ethos, policy, priorities and resources", "G9", "M3", "RANKED"],
    ["MX-02", "Gains the commitment of colleagues, including the head and senior leaders, to better outcomes for pupils with SEN", "G9", "M3", "RANKED"],
    ["MX-03", "Knows the principles of school self-evaluation and improvement and how they relate to outcomes for pupils with SEN", "G10", "M3", "RANKED"],
    ["MX-04", "Reviews and evaluates the effectiveness of provision with other staff, to inform self-evaluation", "G10", "M3", "RANKED"],
    ["MX-05", "Prioritises, manages time and delegates appropriately", "G10", "\u2013", "UNRANKED"],
    ["MX-06", "Knows the scope and role of external agencies and how to get specialist support and resources", "G11", "M3", "RANKED"],
    ["MX-07", "Works in partnership with other services and agencies, including voluntary organisations", "G11", "M3", "RANKED"],
    ["MX-08", "Keeps up to date and takes responsibility for own CPD on SEN and disability", "G12", "Knock-up 4", "RANKED"],
    ["MX-09", "Makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "\u2013", "\u2013", "N/E"],
]
rl = table(doc, rows, widths=[1.4, 8.6, 1.9, 2.6, 2.0], size=8.5)
for i, row in enumerate(rows):
    if row[0] in ("DB-04",):
        row_change(rl.rows[i], "del", AO, D1)
    if row[0] in ("DB-05",):
        row_change(rl.rows[i], "ins", AO, D2)
    if row[4] in ("UNRANKED", "N/E"):
        shade(rl.rows[i].cells[4], "F2F2F2")
doc.add_paragraph()
para(doc, "Notes to List No. 1", bold=True)
para(doc, "1. Seed DB-05 was added on 27 November 2008 after the validation event. 2. The Seeds are the national "
          "minimum outcomes in the Circuit's words; the national wording is printed on the back of the Screening "
          "Card. 3. List No. 2 (March 2009) will carry the first entrants' M1 results.", size=9)

para(doc, "Issued by the Ranking Officer on behalf of the Trust's Coaching Committee.", italic=True)
para(doc, "Anwen Toller, Ranking Officer          Dr Simon Hale, Chair of the Coaching Committee")

fn.finish(doc)
doc.save(OUT)
print("wrote", OUT)
