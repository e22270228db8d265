"""pe-01-tarnside-patent-specification: builds pe-01-tarnside-patent-specification.docx next to itself.

PROVIDER. Tarnside Curling Club Development Trust (Cumbria), a charity set up by a curling club that runs
"Curling for All" (wheelchair and visually impaired curling in 34 schools), applying jointly with the
(invented) University of Wendholme, which validates the programme as a PGCert. First cohort January 2009.

DOCUMENT KIND AND LAYOUT. The application written as a patent specification, because the Trust's honorary
secretary is a retired patent attorney: a front page of bibliographic data with INID-style codes ((12), (19),
(21), (22), (30), (51), (54), (56), (71), (72), (74)) in a two-column table whose first row is merged and
shaded; the (57) Abstract in a VML text box; a bordered "note for the Panel"; no heading styles (DESCRIPTION,
CLAIMS typed as bold centred capitals, sub-headings as bold Normal paragraphs); paragraphs hand-numbered
[0001]-[0047] in square brackets (one number, [0021], survives only as a deleted paragraph); a definitions
table of the Trust's curling words (END, SHEET, SKIP, VICE, HACK, STONE, PRACTICE STONE, SWEEPING, HOUSE,
BUTTON, HOG LINE, and the claim-chart words "Counted" and "Hogged"); a table of "earlier arrangements" (prior
art D1-D4); FIG. 1 the Ends (eight study days, each run twice), FIG. 2 a nomination form with its prompts,
FIG. 3 the people (one placeholder row), FIG. 4 the Stones; "Alternative embodiments" not operated; the
outcomes as Claims 2-28 in the Trust's words, and FIG. 5, a claim chart ("Delivered at" / "Counted in",
with "Hogged" keyed back in [0003]) in which one row is a tracked deletion. Page header, and a footer
carrying a background-check sentence. Tracked changes (credits, a deleted assessment-only paragraph, a
cancelled claim and its chart row, an inserted sentence on venues) and five Word comments.

TRAPS (requirement ids):
- Tracked change: "40 credits at Level 6" deleted, "60 credits at Master's level" inserted (E.2 met, inserted
  text counts). E.1 met (validated June 2008, conditions met).
- Deleted paragraph [0021] is the only assessment-only route of this provider; the other one is another
  provider's (prior art D1, Carnforth) (2.3 not_met: deletion + other provider's arrangement).
- Past arrangement: in 2006-07 graduates left with a written Next End plan, not continued; now participants
  are only "encouraged to think about" what next (2.5 partially_met).
- Footer sentence claims List 99 and previous-employer checks; the body only has the head teacher's CRB
  confirmation (5.3 partially_met: header/footer never evidence). Right words about the wrong people: the
  Trust's own coaches' enhanced disclosures (5.3 unchanged).
- Wrong context: reasonable adjustments for pupils on the ice in Curling for All (3.1 is met on the real
  participant arrangements in [0015] and [0017]).
- Other provider's online modules (D1) and "The programme has no e-learning" (3.3 not_applicable).
- Alternative embodiments "none of which forms part of the 2009 programme": a September intake and Stones in
  any order (3.2 partially_met: each End run twice on two days/venues, but one intake, fixed order, part time
  only); a staff meeting on formative assessment (6.S2c not_met: only in an alternative embodiment).
- Hope: a head teacher and a parent "will join the Programme Committee from 2010" only hoped for; stakeholders
  do take part in delivery (4.3 partially_met). 4.1 met (2008 survey with figures); 4.2 met (End 5 and End 3
  built from it; the inserted sentence on venues counts).
- Generic research claim only: "Each End draws on current research" (1.3 partially_met); the research reading
  circle in End 7 is "not marked" (6.A6, 6.K8 partially_met: developed, hogged).
- Pupil impact: Stones ask how work "is meant to benefit" pupils; cohort-wide pupil progress "not yet"
  collected, only hoped for (5.9 partially_met: competence and confidence measured by re-rating the Hack).
- Specialist expertise yes, placements no: watching a Curling for All session is not a placement (5.5
  partially_met).
- "pupil voice" only as one topic word at End 3, chart "Hogged" (1.5, 6.S7 partially_met).
- Provision mapping only in the Practice Stone, "not marked" (6.S3 partially_met).
- Clarity assessed as marking criterion 5 in every Stone but delivered at no End ("-") (6.A5 partially_met).
- Claim 4 (time, priorities, delegation) cancelled by tracked deletion, its chart row deleted (6.A3 not_met).
- Access arrangements for national tests and examinations appear nowhere (6.S2d not_met).
- Award rule says every claim must be shown, but four claims are hogged or practice only (6.0 and 1.9
  partially_met).
- Comments (not evidence) ask whether to check List 99, whether to mark the reading circle, whether Stone 2
  could take a baseline.
- Placeholders: "[to be allocated by the TDA]", "[date to be confirmed]", a vacant fourth Skip.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pe_helpers import *  # noqa: E402,F401,F403
from docx import Document
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("pe-01-tarnside-patent-specification.docx")
ARL = "A. R. Lowther"
D1 = "2008-11-06T19:40:00Z"
D2 = "2008-11-10T09:15:00Z"

doc = Document()
a4(doc)
base_font(doc, "Times New Roman", 11)
sec = doc.sections[0]
header_footer(sec, "Tarnside Curling Club Development Trust  -  Specification SENCO/1  -  as amended 6 November 2008",
              "Tarnside CCDT  |  Registered Charity No. 1071386  |  All participants checked against List 99 "
              "and previous employers' references before End 1")


def n(num, *parts):
    """A hand-numbered paragraph: [00xx] in bold then the text (parts as for segs)."""
    p = para(doc, space_after=6, align="justify")
    run(p, f"[{num:04d}]  ", bold=True)
    segs(p, list(parts))
    return p


def sub(text):
    return para(doc, text, bold=True, space_before=8, space_after=4, keep=True)


def centre(text, size=12):
    return para(doc, text, bold=True, size=size, align="center", space_before=12, space_after=8, keep=True)


# ---------------------------------------------------------------- front page
para(doc, "SPECIFICATION", bold=True, size=20, align="center", space_after=2)
para(doc, "(12) APPLICATION FOR APPROVAL TO PROVIDE NATIONALLY ACCREDITED TRAINING FOR SENCOs",
     bold=True, size=10, align="center", space_after=10)

biblio = [
    ("(19)", "Training and Development Agency for Schools, on behalf of the DCSF: nationally accredited training "
             "for special educational needs coordinators, 2008-09 round"),
    ("(21) Application No.", "[to be allocated by the TDA]"),
    ("(22) Date of filing", "14 November 2008"),
    ("(30) Earlier programme", "Curling for All Schools Award (unaccredited), cohorts of 2006-07 and 2007-08"),
    ("(51) Classification", "SENCO 6/00; Inclusion; Leadership of SEN provision; Master's-level CPD"),
    ("(54) Title", "A programme for preparing teachers new to the role of special educational needs "
                   "coordinator, and a method of assessing them"),
    ("(56) Documents cited", "See paragraph [0005]"),
    ("(71) Applicant", "Tarnside Curling Club Development Trust (Registered Charity No. 1071386), The Rink House, "
                       "Lowther Road, Tarnside, Cumbria CA10 4QT, jointly with the University of Wendholme, "
                       "School of Education and Social Sciences"),
    ("(72) Devisers", "Margaret Fairbairn; Dr Helen Oyelaran; John Pattinson"),
    ("(74) Correspondence", "A. R. Lowther, CPA (retired), Honorary Secretary, at the address above"),
]
t = doc.add_table(rows=len(biblio), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(biblio):
    cell_text(t.cell(i, 0), k, bold=True, size=9)
    cell_text(t.cell(i, 1), v, size=9)
top = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(top, "(19)  Training and Development Agency for Schools, on behalf of the DCSF: nationally accredited "
               "training for special educational needs coordinators, 2008-09 round", bold=True, size=9, fill="D9D9D9")
for row in t.rows:
    row.cells[0].width = Cm(4.0)
    row.cells[1].width = Cm(12.6)
placeholder_run = t.cell(1, 1).paragraphs[0].runs[0]
comment(doc, [placeholder_run], "TDA to add on receipt. Leave as is.", ARL, "ARL")

p = para(doc, space_before=8)
textbox(p, [("(57)  ABSTRACT", True),
            "A part-time programme of eight taught Ends, school-based work guided by a Vice, and four scored "
            "Stones, leading to the University of Wendholme's Postgraduate Certificate in Special Educational "
            "Needs Coordination. Each participant pushes off from a Hack, a starting audit against the national "
            "outcomes, and an Individual Delivery Plan agreed with a Skip. The Button (the Award) is given when "
            "the House (Claims 2 to 28) is shown.  (FIG. 1)"], width_pt=430, height_pt=95, size=9)

p = para(doc, space_before=10, space_after=10, size=9)
border_para(p)
shade_para(p, "F2F2F2")
segs(p, [("A note for the Panel. ", "b"),
         "Our Honorary Secretary drafted patent specifications for thirty years, and the trustees asked him to "
         "set out our application in the form he knows best. The Claims state what a participant must show. We "
         "have left the marked changes from the trustees' meeting of 6 November visible."], size=9)

# ---------------------------------------------------------------- description
centre("DESCRIPTION", 13)
sub("Field of the programme")
n(1, "This specification relates to training for teachers new to the role of SENCO, and more particularly to a "
     "programme in which each participant's knowledge, skills and attributes are developed through taught days "
     "and work in their own school and then assessed against the national minimum outcomes.")
n(2, "The applicant is a charitable trust set up in 1998 by Tarnside Curling Club to bring curling to people who "
     "would not otherwise play. Since 2003 its Curling for All scheme has taken wheelchair and visually impaired "
     "curling into 34 mainstream and special schools in Cumbria and north Lancashire. The programme described "
     "here grew from working beside the SENCOs of those schools.")

sub("Definitions")
n(3, "In this specification the following words have the meanings given in the table below. They are the words "
     "our Skips and participants already use, and we have kept them.")
defs = [
    ("Term", "Meaning"),
    ("END", "A taught study day, 9.30 to 3.30. There are eight Ends (FIG. 1)."),
    ("SHEET", "A tutor group of up to ten participants."),
    ("SKIP", "The tutor who leads a Sheet, agrees each participant's Delivery Plan and marks the Sheet's Stones."),
    ("VICE", "The school-based mentor: a senior leader or experienced SENCO in the participant's own school or a "
             "neighbouring school."),
    ("HACK", "The starting audit from which every participant pushes off (paragraph [0018])."),
    ("STONE", "A piece of work that is marked and counted towards the Award. There are four Stones (FIG. 4)."),
    ("PRACTICE STONE", "A piece of work that the Skip reads and returns with written comments. It is not marked "
                       "and does not count."),
    ("SWEEPING", "The support a participant receives between Ends (paragraph [0030])."),
    ("HOUSE", "The outcomes set out in Claims 2 to 28: the national minimum outcomes in our words."),
    ("BUTTON", "The Award: the University of Wendholme's Postgraduate Certificate in Special Educational Needs "
               "Coordination."),
    ("HOG LINE", "The entry standard (paragraph [0012])."),
    ("Counted", "In FIG. 5, the Stone in which a claim is marked."),
    ("Hogged", "In FIG. 5, a claim that is worked on but not marked in any Stone. On the ice a stone that does not "
               "reach the hog line is taken out of play; a hogged claim likewise does not count towards the Button."),
]
table(doc, defs, widths=[3.6, 13.0], header_fill="D9D9D9", size=9)

sub("Background")
n(4, "Until now a new SENCO in our schools has had the County's induction twilights, a Master's module at a "
     "distant university, or nothing.")
n(5, "The following earlier arrangements were considered in preparing this specification.")
prior = [
    ("Ref.", "Earlier arrangement", "What it shows"),
    ("D1", "University of Carnforth, Certificate in SEN Coordination (approved 2008)",
     "Offers an assessment-only route for experienced SENCOs, and runs each module online as well as face to "
     "face."),
    ("D2", "Cumbria County Council, New SENCO Induction (five twilights)",
     "No credit and no assessment."),
    ("D3", "Curling for All Schools Award, 2006-07 and 2007-08 (the applicant's own)",
     "Six days, unaccredited. In 2006-07 every graduate left with a written Next End plan for their further "
     "professional development, agreed with their head teacher; this was not continued in 2007-08."),
    ("D4", "Special Educational Needs Code of Practice (DfES, 2001); Disability Discrimination Act 1995 as "
           "amended in 2005", "The statutory basis of End 1 and Stone 1."),
]
table(doc, prior, widths=[1.2, 6.0, 9.4], header_fill="D9D9D9", size=9)
n(6, "Our schools told us these arrangements are far away, carry too little credit, and are not tied to what a "
     "SENCO does in school.")

sub("Summary of the programme")
n(7, "The object of the programme is to raise the achievement and improve the well-being of pupils with SEN and/or "
     "disabilities in the participants' schools, in all five Every Child Matters outcomes (being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being), by "
     "improving what each participant knows, understands and can do as lead SENCO. Every Stone asks the "
     "participant to explain how their work is meant to benefit named pupils.")
n(8, "According to a first aspect there is provided a programme comprising: (a) a Hog Line and nomination by the "
     "head teacher; (b) a Hack and an Individual Delivery Plan; (c) eight Ends; (d) work in the participant's own "
     "school guided by a Vice, with Sweeping between Ends; (e) four Stones; and (f) the Button, given only when the "
     "House is shown.")
p = n(9, "The programme is validated by the University of Wendholme as its Postgraduate Certificate in Special "
         "Educational Needs Coordination, carrying ")
dele(p, "40 credits at Level 6", ARL, D1)
ins(p, "60 credits at Master's level (Level 7 of the Framework for Higher Education Qualifications)", ARL, D1)
run(p, ". The University's validation panel met on 24 June 2008 and approved the programme subject to two "
       "conditions, both met in September 2008. Participants register as students of the University, and the "
       "Button is conferred by the University's Board of Examiners.")

sub("Brief description of the figures")
n(10, "FIG. 1 to FIG. 4 are tables of the Ends, the nomination form, the people and the Stones. FIG. 5 is the "
      "claim chart.")

sub("Detailed description of the preferred embodiment")
n(11, "The preferred embodiment is the programme as the Trust will run it from January 2009.")

sub("The Hog Line and nomination")
n(12, "The programme is open to qualified teachers who are, or will be by End 1, their school's SENCO or designated "
      "to become SENCO within the year, who have taught for at least two years, and whose head teacher nominates "
      "them. That is the Hog Line.")
n(13, "The applicant sends the nomination form (FIG. 2) with a statement from the head teacher. A Skip telephones "
      "every applicant, reads Part B of the form (a short version of the Hack) with them, and judges whether they "
      "are likely to show every claim in the House by End 8. Where an applicant is not yet ready, the Programme "
      "Leader writes to the applicant and the head teacher setting out what to do first (for example, a term "
      "shadowing a neighbouring SENCO), and keeps a place in the following year's Sheet.")
p = n(14, "In Part C of the form the head teacher confirms that the nominee holds a current enhanced Criminal Records "
          "Bureau disclosure, and gives its date and number. The Trust does not offer a place on a form whose Part C "
          "is blank. ")
crb_run = p.runs[-1]
run(p, "Separately, every coach and volunteer who works on the ice in Curling for All holds an enhanced disclosure, "
       "renewed every three years, and the Trust's Safeguarding Officer keeps the register of those disclosures.")
comment(doc, [crb_run], "Do we need to check List 99 and previous employers ourselves, or is the head's word "
                        "enough? Ask the County.", "John Pattinson", "JP")

sub("Equality and access")
n(15, "The nomination form asks, in plain words, whether the applicant has a disability or a health condition for "
      "which the Trust should plan. The answer goes only to the Programme Leader and is never seen by the Skip who "
      "makes the entry judgement. Every applicant who discloses is offered a conversation before End 1 to agree "
      "reasonable adjustments; adjustments made so far include papers in 16-point type, a note-taker, rest breaks "
      "and extra time for Stones agreed with the University's Disability Service. Both venues have level access "
      "and a hearing loop. Our leaflet says this in its first paragraph and is available in large print.")
n(16, "On the ice, Curling for All makes reasonable adjustments for pupils every week: delivery sticks, ramps, guide "
      "rails and a caller for visually impaired curlers.")
n(17, "The Trust's Equality Scheme, covering race, disability and gender, was reviewed by the trustees in May 2008 "
      "and applies to publicity, selection, the Ends, the Stones and the viva. The Programme Leader reports each year "
      "on who applied and who completed, by ethnicity, gender and disability.")

sub("The Hack and the Delivery Plan")
n(18, "Before End 1 every participant completes the Hack: a self-audit against each of Claims 2 to 28, rated on the "
      "Trust's four-point scale (On the button; In the house; Biting; Short) with a line of evidence for each "
      "rating, and the head teacher adds comments. The Skip then meets the participant for an hour to agree an "
      "Individual Delivery Plan: (i) the claims most in need of work; (ii) up to three personal outcomes beyond the "
      "House, agreed with the head teacher; (iii) the school focus of Stones 2 and 3; and (iv) any claim for credit "
      "under paragraph [0020]. The Plan is revisited at End 4 and at End 8, when the participant re-rates the Hack.")
n(19, "Where the Hacks of a whole Sheet show a group of claims already secure, the Skip shortens that part of the End "
      "and gives the time to the claims the Sheet rates lowest. Each Sheet also chooses, from a list of six, the two "
      "afternoon workshops of End 6.")
p = n(20, "A participant who holds Master's-level credit gained in the last five years in a relevant area may claim "
          "up to 20 credits under the University's regulations for the Accreditation of Prior Learning; a "
          "participant may also claim up to 20 credits for experiential learning through a portfolio mapped to the "
          "claims, assessed by two Skips. Credit exempts from Stone 1 or Stone 2, never from Stone 4.")
comment(doc, [p.runs[-1]], "Assessment-only paragraph [0021] removed on the University's advice: see minutes of "
                           "6 November.", ARL, "ARL")
p = deleted_para(doc, "[0021]  Assessment only. An experienced SENCO or advisory teacher who already meets every "
                      "claim may instead present a portfolio and sit the Stone 4 viva without attending any End. "
                      "The fee for this route is £400.", ARL, D1)
p.paragraph_format.space_after = Pt(6)

sub("Cost")
n(22, "The fee is £1,240, including University registration. The Trust's Schools Bursary pays half for any school "
      "with fewer than 100 pupils on roll. An End costs £95 a participant to run in Cumbria, against £160 for a "
      "comparable day at the University's main campus.")

sub("The Ends")
n(23, "FIG. 1 sets out the Ends. Each End is run twice: on the Saturday at the Rink House, Tarnside, and on the "
      "following Tuesday at the University's Lakeside campus. Participants may come to either, and may change from "
      "one to the other from End to End. There is one intake a year, in January, and the Ends are taken in order.")
para(doc, "FIG. 1  The Ends, 2009", bold=True, size=10, space_before=6, keep=True)
ends = [
    ("End", "Sat / Tue", "What is played", "Led by"),
    ("1", "24 / 27 Jan", "The Code and the role: the SEN Code of Practice 2001; the Disability Discrimination "
     "Act as amended in 2005 and the Disability Equality Duty; Every Child Matters and the five outcomes",
     "M. Fairbairn; County SEN Officer"),
    ("2", "7 / 10 Mar", "How children grow and learn: child development, and how SEN, disability and the physical "
     "and social environment affect it; the common types of need (behavioural, emotional and social difficulties; "
     "specific learning difficulties, including dyslexia; speech, language and communication needs; autistic "
     "spectrum disorders; moderate learning difficulties)",
     "Dr H. Oyelaran; Educational Psychologist"),
    ("3", "25 / 28 Apr", "Pupils and families: fair and respectful relationships with pupils and parents; working "
     "with parents and carers; person-centred annual reviews; pupil voice",
     "Parent Partnership Service; M. Fairbairn"),
    ("4", "13 / 16 Jun", "Finding and tracking: identifying pupils; using reports from psychologists, therapists "
     "and other professionals; P scales and national test results to track progress; targets and interventions; "
     "ICT for assessment and teaching; judging when evidence conflicts", "Dr H. Oyelaran; J. Pattinson"),
    ("5", "11 / 14 Jul", "Mapping provision: provision mapping and costing; spotting provision that is missing or "
     "not working; deploying and managing teaching assistants", "M. Fairbairn"),
    ("6", "26 / 29 Sep", "Leading colleagues: gaining the commitment of the head teacher and senior leaders; "
     "working with governors on policy, ethos and the school's priorities; observing, coaching, modelling and "
     "training colleagues; two chosen workshops", "M. Fairbairn; a head teacher"),
    ("7", "7 / 10 Nov", "Evaluating and improving: school self-evaluation, the SEF and inspection; reviewing "
     "provision with colleagues; the reading circle", "Dr H. Oyelaran"),
    ("8", "5 / 8 Dec", "Beyond the school: external agencies and how to get specialist support; the Common "
     "Assessment Framework; voluntary organisations; keeping up to date; what next", "J. Pattinson; M. Fairbairn"),
]
table(doc, ends, widths=[1.0, 2.2, 9.8, 3.6], header_fill="D9D9D9", size=8.5)
n(24, "End 1 uses, with the County's agreement, the Code of Practice materials of the County's twilights (D2).")
n(25, "At End 2 the Sheet spends the afternoon at a Curling for All session, talking to the coaches about what "
      "they change for each curler and why.")
n(26, "The afternoon of End 3 is led by the Cumbria Parent Partnership Service with two parents of children with "
      "statements. Participants then rehearse a difficult review meeting in threes, one taking the part of the "
      "parent.")
n(27, "End 4 is where participants learn to judge. Each Sheet works through three anonymised pupil files in which "
      "the evidence points two ways, and has to decide, and defend, what the school should do next.")
p = n(28, "The last hour of End 7 is a reading circle. Each participant brings one piece of research on an "
          "intervention used in their school, and the Sheet discusses what it would mean for colleagues. The circle "
          "is not marked.")
comment(doc, [p.runs[-1]], "Should the reading circle be marked? It would make Claims 7 and 16 count.",
        "Dr Helen Oyelaran", "HO")
n(29, "End 8 closes with What next: participants are encouraged to think about what they might study next and to "
      "talk to their head teacher about it.")

sub("Sweeping")
n(30, "Between Ends the Skip telephones or e-mails each participant at least once, and the participant can ring "
      "the Skip on a set afternoon each week. The Vice meets the participant in school every fortnight. The "
      "programme "
      "has no e-learning: there is no online course, and none is claimed.")

sub("The Vice and the Skips")
n(31, "The Vice is named on the nomination form and agreed by the head teacher. Each Vice comes to a half-day Vice "
      "Briefing at the Rink House on [date to be confirmed] January 2009 on the Vice's role, the House, how to "
      "observe a colleague's training session and how to complete the Stone 3 observation record, and receives the "
      "Vice Handbook. A Vice who cannot come is briefed by the Skip in school.")
n(32, "Every Skip attends the programme team's two planning days in December, works from the Skip Handbook, and "
      "attends the standardisation meetings described in paragraph [0036].")

sub("The Stones")
n(33, "FIG. 4 sets out the Stones. All four are set in the participant's own school, under the eye of the Vice, so "
      "that what is learned at the Ends is put to work where it matters.")
para(doc, "FIG. 4  The Stones", bold=True, size=10, space_before=6, keep=True)
stones = [
    ("Stone", "What the participant does", "Length", "Marked by", "Due"),
    ("Stone 1\nCode and context", "A report on the school's SEN policy and practice against the Code of Practice, "
     "the disability equality duty and the five Every Child Matters outcomes, with an action plan agreed with the "
     "head teacher", "2,500 words", "Skip", "After End 3"),
    ("Practice Stone\nDraft provision map", "A first provision map for the school, with costs, and a note of "
     "provision that is missing or not working. Returned with written comments; not marked", "Two sides",
     "Skip (comments only)", "After End 5"),
    ("Stone 2\nOne pupil", "A case study of one pupil: how the need was identified, what other professionals' "
     "assessments showed, how national test and P-scale data were used to track progress, the targets set, the "
     "intervention planned and its review, the views of the pupil's parents, and the decisions the participant "
     "took and why", "4,000 words", "Skip", "After End 5"),
    ("Stone 3\nLeading a change", "A change the participant leads in school: winning the support of the head and "
     "senior leaders; a proposal to governors; deploying teaching assistants; a training session for colleagues, "
     "observed by the Vice; and reviewing with colleagues whether the provision worked, for the school's "
     "self-evaluation", "4,000 words and observation record",
     "Skip and Vice", "After End 7"),
    ("Stone 4\nThe Button", "A 30-minute viva with two Skips on the participant's portfolio, which includes the Log "
     "kept from End 1 and an account of the participant's work with outside agencies and voluntary organisations",
     "Viva", "Two Skips", "January 2010"),
]
table(doc, stones, widths=[2.8, 8.0, 2.2, 2.0, 1.6], header_fill="D9D9D9", size=8.5)
n(34, "Each Stone is marked against published criteria. Criterion 5 in every Stone is clarity: whether the "
      "participant writes, and in the viva speaks, clearly, and whether they listen to and take account of the "
      "views of others.")
n(35, "From End 1 each participant keeps a Log of their reading, the courses and networks they use, and what they "
      "are doing to keep up to date with SEN and disability. The Log is read and scored in Stone 4.")
n(36, "Every Stone that fails, and one in five of the rest, is second-marked blind by a Skip from another Sheet. "
      "Before each marking round the Skips hold a standardisation meeting using anonymised Stones from the 2007-08 "
      "Award, and the University's Moderation Board reviews marks and samples. The external examiner, Dr Ruth "
      "Calloway of the University of Eastcliffe, sees a sample of each Stone and the viva recordings.")
n(37, "The Button is awarded by the University's Board of Examiners only when the participant has passed all four "
      "Stones and the Skips have confirmed on the claim chart that every claim in the House is shown. A participant "
      "who fails a Stone may resubmit it once.")
n(38, "Alternative embodiments. The trustees have considered the following, none of which forms part of the 2009 "
      "programme: (a) a second intake each September, with the Stones taken in any order; (b) a version of End 4 in "
      "which each participant leads a staff meeting in school on formative assessment for all pupils, with "
      "particular approaches for pupils with SEN, and writes it up; (c) a residential weekend in place of Ends 7 "
      "and 8. We would expect to look at (a) again after the first cohort.")

sub("The people")
n(39, "FIG. 3 lists the people who deliver the programme. Every Skip has been a SENCO, holds a Master's degree or "
      "doctorate in a relevant field, and keeps up to date through the University's research seminars, nasen and "
      "at least five days of their own professional development a year.")
para(doc, "FIG. 3  The people", bold=True, size=10, space_before=6, keep=True)
people = [
    ("Name", "Part in the programme", "Qualifications and experience"),
    ("Margaret Fairbairn", "Programme Leader; Skip, Sheet A", "MA Special and Inclusive Education (Wendholme, "
     "2002); SENCO in two Cumbrian primary schools 1991-2006; Schools Officer of the Trust since 2006"),
    ("Dr Helen Oyelaran", "University lead; Skip, Sheet B", "PhD on the inclusion of pupils with physical "
     "disabilities; Senior Lecturer in Inclusive Education, University of Wendholme"),
    ("John Pattinson", "Skip, Sheet C", "MEd; Advisory Teacher for Sensory Impairment, Cumbria County Council; "
     "qualified teacher of the visually impaired"),
    ("Dr Anil Mistry", "Guest, End 2", "Senior Educational Psychologist, Cumbria County Council"),
    ("Cumbria Parent Partnership Service", "Guests, End 3", "Parent Partnership Officer and two parents"),
    ("[Vacant]", "Skip, Sheet D, if numbers pass 30", "To be appointed"),
]
table(doc, people, widths=[3.8, 4.4, 8.4], header_fill="D9D9D9", size=8.5)
n(40, "Participants meet specialists directly: the County's educational psychologists (End 2), speech and language "
      "therapists from the Primary Care Trust, whose case material is used at End 4, the Advisory Teachers for "
      "Sensory Impairment (End 8) and the Parent Partnership Service (End 3). Participants may also watch a Curling "
      "for All session at the Rink House at any time.")
n(41, "Participants use the University library in person and online, including electronic journals through "
      "Athens; the Trust's loan library of assessment materials and books at the Rink House; and the Trust's "
      "assistive technology box (a talking word processor, Clicker 5, switch-accessible devices, a portable "
      "magnifier and a Braille note-taker), which they may borrow to try with pupils.")
n(42, "Each End draws on current research and on recent developments in SEN and disability, and the reading lists "
      "are refreshed each year by the University's library.")

sub("Evaluation")
n(43, "The programme is evaluated from inside and outside. Participants complete a slip after every End, which "
      "the Skips review together; at End 8 each "
      "participant re-rates the Hack, so that growth in competence and confidence can be seen claim by claim; head "
      "teachers complete a short questionnaire when the Button is awarded; the University's annual monitoring "
      "report reviews recruitment, progression and marks; and the external examiner reports each year. The "
      "Programme Committee (the Programme Leader, the University lead and two trustees) reviews this evidence each "
      "December, records the changes it agrees in the Programme Log, and reports them to the trustees and the "
      "University. After the 2007-08 evaluations, for example, provision mapping was moved earlier so that "
      "participants could use it in Stone 3.")
p = n(44, "Each Stone asks the participant to say how their work is meant to benefit named pupils. We do not yet "
          "collect evidence of pupils' progress across the cohort. We would like to do so in future, but we have "
          "not yet found a way that schools will accept.")
comment(doc, [p.runs[-1]], "Could Stone 2 ask for a baseline and a second measure? MF", "Margaret Fairbairn", "MF")

sub("Stakeholders")
n(45, "In spring 2008 we asked the head teachers and SENCOs of the 34 Curling for All schools, and the SEN teams of "
      "Cumbria and Lancashire, what a new SENCO most needs. Twenty-seven schools and both teams replied. They put "
      "first: being able to study without a long journey (22 schools), managing teaching assistants (19), the Code "
      "of Practice and statutory reviews (17), and working with parents (15).")
p = n(46, "As a result, End 5 gives a whole day to deploying and managing teaching assistants, and End 3 was built "
          "with the Parent Partnership Service")
ins(p, ", and each End is run twice, on a Saturday at Tarnside and on a Tuesday at Lakeside, so that no participant "
       "travels more than forty minutes", ARL, D2)
run(p, ".")
n(47, "Stakeholders take part in delivery: the County's educational psychologists and SEN Officer, the Parent "
      "Partnership Service and a head teacher lead parts of Ends 1, 2, 3 and 6, and the Vices are drawn from our "
      "schools. We hope that a head teacher and a parent will join the Programme Committee from 2010 to help us "
      "evaluate the programme.")

# ---------------------------------------------------------------- FIG. 2
para(doc, "FIG. 2  Nomination form (summary of the printed form)", bold=True, size=10, space_before=8, keep=True)
form = [
    ("Part", "The form asks"),
    ("A  About you", "Name; school; post; years of teaching; date you became, or will become, SENCO."),
    ("B  Short Hack", "Rate yourself On the button / In the house / Biting / Short for each group of claims."),
    ("C  Head teacher", "Please confirm that the nominee holds a current enhanced CRB disclosure: date ______  "
     "number ______. I will release the nominee for eight Ends and give time for the Stones. Vice: ______."),
    ("D  Planning for you", "Is there anything about a disability or health condition that we should plan for? "
     "(This part goes only to the Programme Leader.)"),
]
table(doc, form, widths=[3.4, 13.2], header_fill="D9D9D9", size=8.5)

# ---------------------------------------------------------------- claims
centre("CLAIMS", 13)
para(doc, "What is claimed is:", italic=True, space_after=6)
claims = [
    "A programme for preparing a teacher new to the role of SENCO, comprising the features set out in paragraph "
    "[0008], characterised in that the Button is awarded only to a participant who has passed all four Stones and "
    "has shown every one of Claims 2 to 28.",
    "The programme of claim 1, wherein the participant builds fair, respectful and supportive working "
    "relationships with pupils who have SEN or disabilities and with their families.",
    "The programme of claim 1, wherein the participant wins the commitment of the head teacher, senior "
    "leaders and other colleagues to better outcomes for those pupils.",
    None,  # claim 4 cancelled
    "The programme of claim 1, wherein the participant foresees and resolves problems and makes sound, "
    "well-founded decisions about provision.",
    "The programme of claim 1, wherein the participant expresses themselves clearly in speech and in "
    "writing, and listens to and understands the views of others.",
    "The programme of claim 1, wherein the participant uses research evidence and outside advice to "
    "improve their own practice and that of colleagues.",
    "The programme of claim 1, wherein the participant keeps up to date and takes charge of their own "
    "professional development in SEN and disability.",
    "The programme of claim 1, wherein the participant knows the law and guidance on SEN, including the "
    "Code of Practice, what they mean for the school, the SENCO and others, and how to put them into practice.",
    "The programme of claim 1, wherein the participant understands the principles and the five outcomes "
    "of Every Child Matters and the SENCO's part in helping pupils to achieve them.",
    "The programme of claim 1, wherein the participant knows the law on disability equality, what it "
    "requires a school to do for disabled pupils, and how best to do it.",
    "The programme of claim 1, wherein the participant understands how children develop and how their "
    "development can be affected by SEN, disability and the physical and social environment.",
    "The programme of claim 1, wherein the participant knows the commonest kinds of SEN and disability, "
    "namely behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
    "speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties, "
    "and how each can affect learning.",
    "The programme of claim 1, wherein the participant weighs critically the approaches, strategies and "
    "resources, including ICT, for assessing, planning, teaching and learning, and uses them to remove barriers "
    "and personalise provision.",
    "The programme of claim 1, wherein the participant understands how school self-evaluation and "
    "improvement work and how they bear on outcomes for pupils with SEN and disabilities.",
    "The programme of claim 1, wherein the participant knows current best practice and the findings of "
    "research on meeting special educational needs.",
    "The programme of claim 1, wherein the participant knows what external agencies do and how to obtain "
    "specialist support and resources.",
    "The programme of claim 1, wherein the participant works with senior colleagues and governors to "
    "shape an inclusive ethos, the school's policies and priorities, and the use of its resources.",
    "The programme of claim 1, wherein the participant identifies pupils who may have SEN or "
    "disabilities, sets challenging targets, plans interventions that remove barriers, and reviews progress.",
    "The programme of claim 19, wherein the participant uses assessments made by other professionals to "
    "shape teaching and learning.",
    "The programme of claim 19, wherein the participant uses summative assessments, including national "
    "tests, to track progress and to change programmes.",
    "The programme of claim 1, wherein the participant uses provision mapping to plan provision and to "
    "find provision that is missing or ineffective.",
    "The programme of claim 1, wherein the participant deploys and manages staff, including teaching "
    "assistants, effectively.",
    "The programme of claim 1, wherein the participant supports colleagues' professional development by "
    "observing and giving feedback, modelling, coaching and mentoring, and training.",
    "The programme of claim 1, wherein the participant reviews with colleagues how well provision is "
    "working, to inform the school's self-evaluation and improvement planning.",
    "The programme of claim 1, wherein the participant involves pupils, whenever appropriate, in "
    "planning, agreeing and reviewing their own provision.",
    "The programme of claim 1, wherein the participant works with parents and carers to promote their "
    "children's learning and development.",
    "The programme of claim 1, wherein the participant works in partnership with other services and "
    "agencies, including voluntary organisations.",
]
for i, c in enumerate(claims, start=1):
    p = para(doc, space_after=4, align="justify", indent=0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    run(p, f"{i}.  ", bold=True)
    if c is None:
        dele(p, "The programme of claim 1, wherein the participant sets priorities, manages their own "
                "time and delegates tasks, checking that they are done well.", ARL, D1)
        ins(p, "(Cancelled)", ARL, D1)
    else:
        run(p, c)

# ---------------------------------------------------------------- FIG. 5
para(doc, "FIG. 5  Claim chart", bold=True, size=10, space_before=10, keep=True)
para(doc, "For each claim, the End at which it is delivered and the Stone in which it is counted. \"Hogged\" has "
          "the meaning given in paragraph [0003].", size=9, italic=True, space_after=4)
chart = [
    ("Claim", "In short", "Delivered at", "Counted in"),
    ("2", "Relationships with pupils and families", "End 3", "Stone 2"),
    ("3", "Commitment of head teacher and colleagues", "End 6", "Stone 3"),
    ("4", "Priorities, time, delegation", "End 5", "Stone 3"),
    ("5", "Problems and decisions", "End 4", "Stone 2"),
    ("6", "Clear speech and writing; listening", "-", "All Stones (criterion 5)"),
    ("7", "Research and outside advice", "End 7 (reading circle)", "Hogged"),
    ("8", "Keeping up to date; own CPD", "End 8", "Stone 4 (Log)"),
    ("9", "SEN law and the Code", "End 1", "Stone 1"),
    ("10", "Every Child Matters", "End 1", "Stone 1"),
    ("11", "Disability equality law", "End 1", "Stone 1"),
    ("12", "How children develop", "End 2", "Stone 2"),
    ("13", "Common types of SEN and disability", "End 2", "Stone 2"),
    ("14", "Approaches, strategies, resources, ICT", "End 4", "Stone 2"),
    ("15", "School self-evaluation", "End 7", "Stone 3"),
    ("16", "Best practice and research", "End 7", "Hogged"),
    ("17", "External agencies", "End 8", "Stone 4"),
    ("18", "Ethos, policy, priorities, resources", "End 6", "Stone 3"),
    ("19", "Identify, set targets, intervene, review", "End 4", "Stone 2"),
    ("20", "Other professionals' assessments", "End 4", "Stone 2"),
    ("21", "Summative data and national tests", "End 4", "Stone 2"),
    ("22", "Provision mapping", "End 5", "Practice Stone (hogged)"),
    ("23", "Deploying and managing staff", "End 5", "Stone 3"),
    ("24", "Colleagues' development", "End 6", "Stone 3"),
    ("25", "Reviewing provision with colleagues", "End 7", "Stone 3"),
    ("26", "Pupils involved in their provision", "End 3", "Hogged"),
    ("27", "Parents and carers", "End 3", "Stone 2"),
    ("28", "Other services and agencies", "End 8", "Stone 4"),
]
ct = table(doc, chart, widths=[1.3, 7.6, 3.8, 3.9], header_fill="D9D9D9", size=8.5)
delete_row(ct.rows[3], ARL, D1)

para(doc, "Dated 14 November 2008.  A. R. Lowther, for the Applicant.", italic=True, space_before=12)

doc.save(OUT)
print("wrote", OUT)
