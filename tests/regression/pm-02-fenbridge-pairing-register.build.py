"""pm-02-fenbridge-pairing-register: build the .docx next to this script.

Provider (invented): the Fenbridge and Soke Federation of Racing Pigeon Clubs, through its Stock Loft Education
Centre (a converted chapel at Holme Drove, Fenbridge), with the University of Ouseley validating a Postgraduate
Certificate of 60 credits at Master's level, March 2009.

Document kind and layout: the Federation's breeding-season PAIRING REGISTER for its stock loft, kept for the
2009-10 season as the Award's register and sent as the application. No heading styles: section titles are bold
capitals typed in Normal paragraphs with hand numbering ("3  PAIRING DAY") and clauses hand-numbered 1.1-9.4,
several colliding with requirement ids (clause "3.2" is the CRB check, clause "5.3" is moderation, clause
"4.1" is the season's single start, clause "2" is the key). A letterhead typed as one paragraph with manual line
breaks. A VML text box "A NOTE FOR THE PANEL". A key table of the Federation's breeding words (Pair, Sitting
Partner, Nest Box, Pairing Day, Pairing Card, Round, Sitting Day, Home Sitting, Egg, Laid, Ringing Piece, Show
Pen, Rung, Unrung, Clear, Fostered, Weaning, Stockman). Each Round is a table with a merged, shaded title row, a
header row, one row per Sitting Day and a "Ringing" row whose text cell is merged across four columns. Lists typed with "–". Five footnotes in a real
footnotes part. Placeholders ("[to be confirmed]", "[minute reference to follow]"). A landscape section for the
Ring Register: 28 eggs (the national outcomes in the Federation's words, one of them missing) with columns
Laid / Rung in / Status, read with the key far above it. Header and footer with a PAGE field.

Traps (requirement ids):
- Aim and objectives about attainment only ("the progress of pupils at School Action Plus in English and
  mathematics", "two sub-levels"); Every Child Matters is content, not the aim or the assessment (1.1
  partially_met).
- "keep abreast of the latest research and what Ofsted says": a general claim; no research or inspection evidence
  named (1.3 partially_met).
- Parents only as "a talk from the Fenshire Parent Partnership Service"; egg 27 Unrung (1.7 partially_met,
  6.S8 partially_met).
- Blanket "Every egg in the Ring Register is rung before weaning" and a weaning rule on every egg rung, while the
  Register shows Unrung, Clear and Fostered eggs and leaves out keeping up to date (1.9, 6.0 partially_met).
- Earlier study only "taken account of"; "The University does not give credit for earlier study or experience"
  (2.1 partially_met).
- "Rung without sitting" is a real assessment-only route (2.3 met).
- Further targets negated: "the Federation does not plan further targets with them" (2.5 not_met).
- One pairing a year in fixed order; a January pairing only "If enough entrants come forward"; another
  federation lets entrants start in any term (other provider) (3.2 partially_met).
- "The Stock Loft has no online side" (3.3 not_applicable).
- Clause numbered "3.2" is about CRB checks, which are done properly (5.3 met; 3.2 not met by it).
- Stakeholders in evaluation: a past arrangement ("In the Lofts in Schools years, heads sat on the Federation's
  judging panel") and a wish ("We would like headteachers and parents to help us evaluate"); they are involved
  in delivery (speakers, placement hosts, Sitting Partners) and only entrants fill in cards (4.3 partially_met).
- Evaluation only by Sitting Day cards read by the Stock Committee; no external evaluation, nothing on how
  findings change the course (5.1 partially_met), although impact measures are concrete (5.9 met).
- Staff in general terms only ("experienced teachers who know Fenshire's schools well"), one Stockman "[to be
  confirmed]", qualifications only in a footnote (5.4 partially_met).
- Resources: entrants' own schools' and "a shelf of books" (5.6 partially_met).
- Egg 03, time management, is "Fostered": laid in the County's briefings, which the Federation does not run,
  and rung in the Show Pen: assessed but not developed by the provider (6.A3 partially_met).
- Unrung eggs: 13 school self-evaluation (6.K7), 27 parents (6.S8): taught, not assessed (partially_met).
- Clear eggs: 20 encouraging colleagues' formative assessment (6.S2c not_met) and 21 access arrangements for
  tests and examinations, with a footnote passing it to the County's examinations officer (6.S2d not_met).
- Missing egg: keeping up to date and own CPD appears only as a value, "A good fancier never stops learning"
  (6.A7 not_met).
- Met despite the house style: E.1/E.2 (text box and clause 1.1), 2.2 (Pairing Day and Pairing Card),
  3.1 (clause 3.6), 4.1/4.2 (section 8), 5.2 (clause 3.1), 5.5 (placements), 5.7 (Sitting Partners'
  briefing and book), 5.8 (clauses 5.1-5.3), 5.9 (section 9).
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _pm_helpers import (set_cell, table, header_footer, para, bold_para, text_box, Footnotes, landscape,
                         word_count, shade)

HERE = Path(__file__).parent
NAME = "pm-02-fenbridge-pairing-register"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
header_footer(sec, "STOCK LOFT PAIRING REGISTER 2009–10",
              "Fenbridge & Soke FRPC – entries in this Register are the property of the Federation.")
fn = Footnotes(doc)

# ------------------------------------------------------------ letterhead typed with line breaks
p = doc.add_paragraph()
lines = ["FENBRIDGE AND SOKE FEDERATION OF RACING PIGEON CLUBS",
         "Stock Loft Education Centre · The Old Chapel · Holme Drove · Fenbridge",
         "Loft Manager: Raymond Tebbutt · Loft Secretary: Pauline Dring"]
for i, l in enumerate(lines):
    r = p.add_run(l)
    r.bold = i == 0
    r.font.size = Pt(11 if i == 0 else 9)
    if i < len(lines) - 1:
        r.add_break(WD_BREAK.LINE)

bold_para(doc, "THE STOCK LOFT PAIRING REGISTER", size=16, space_before=14)
bold_para(doc, "Season 2009–10: the National Award for SEN Coordination", size=12, space_before=0)

tbp = doc.add_paragraph()
text_box(tbp, [
    "A NOTE FOR THE PANEL",
    "The Federation keeps a Pairing Register for every breeding season at the Stock Loft. This season's Register is for "
    "the Award, and we send it as it stands, because it is the book our Stockmen and Sitting Partners will work from.",
    "The Federation has run the Stock Loft as an education centre since 2001, first with courses for teachers and "
    "teaching assistants on keeping birds in school, and since 2005 with short courses on SEN for Fenshire's learning "
    "support assistants. The Award is validated by the University of Ouseley as a Postgraduate Certificate of 60 "
    "credits at Master's level.",
    "Raymond Tebbutt, Loft Manager, March 2009",
], height_pt=170)

# ------------------------------------------------------------ 1
bold_para(doc, "1   THE STOCK LOFT AND THE AWARD", size=11)
p = para(doc, "The Award is a Postgraduate Certificate in Leading Special Educational Needs Coordination, validated by "
         "the University of Ouseley's School of Education at its validation event on 3 February 2009: 60 credits at "
         "Master's level. The University registers every entrant as one of its students, appoints the external examiner "
         "and confers the award; the Stock Loft teaches, supports and first-marks.", bold_lead="1.1  ")
fn.add(p, "The validation panel set two conditions, both met on 2 March 2009.")
para(doc, "The aim of the Award is to raise the attainment of pupils with special educational needs in our entrants' "
     "schools, measured in the progress of pupils at School Action Plus in English and mathematics. Its objectives are "
     "that every entrant can lead the identification, planning and review of provision in their school so that those "
     "pupils make at least two sub-levels of progress a year, and that every Ringing Piece shows such progress for a "
     "group of pupils.", bold_lead="1.2  ")
para(doc, "A good fancier never stops learning. The Federation expects every entrant to keep reading long after weaning.",
     bold_lead="1.3  ")
para(doc, "The Stock Loft has no online side: there is no forum, no e-learning and no Moodle. Everything happens at the "
     "Stock Loft, on placement or in the entrant's own school, and papers go out by post.", bold_lead="1.4  ")

# ------------------------------------------------------------ 2 key
bold_para(doc, "2   HOW TO READ THIS REGISTER", size=11)
para(doc, "The Register uses the Stock Loft's words. Read them this way:")
KEY = [
    ("Pair", "An entrant and their Sitting Partner."),
    ("Sitting Partner", "A senior colleague in the entrant's school (a deputy or assistant head) who sits the season "
     "with the entrant, meets them after each Sitting Day and signs off their Home Sittings."),
    ("Nest Box", "The entrant's numbered file at the Stock Loft, which holds everything they hand in."),
    ("Pairing Day", "The day each Pair is made and the entrant's needs are assessed (section 3)."),
    ("Pairing Card", "The entrant's individual training plan."),
    ("Round", "A term's unit. There are three Rounds."),
    ("Sitting Day", "A taught Saturday at the Stock Loft; nine in all, three to a Round."),
    ("Home Sitting", "The practical task the entrant carries out in their own school after each Sitting Day."),
    ("Egg", "One line of the Ring Register: something an entrant must know or be able to do. The eggs are the national "
     "outcomes in the Federation's words."),
    ("Laid", "Taught. The Register gives the Round and Sitting Day where each egg is laid."),
    ("Ringing Piece", "A marked assignment. There are three."),
    ("Show Pen", "The final assessment: a presentation and questions before two Stockmen and the external judge."),
    ("Rung", "Laid and marked: the egg is taught, and a Ringing Piece or the Show Pen assesses it."),
    ("Unrung", "Laid and sat, but no Ringing Piece marks it."),
    ("Clear", "No egg: not laid this season."),
    ("Fostered", "Laid under another loft's birds: taught by somebody else, but rung here."),
    ("Weaning", "The award of the Certificate."),
    ("Stockman", "A tutor."),
]
kt = table(doc, len(KEY) + 1, 2, widths=[3.6, 13.0])
set_cell(kt.cell(0, 0), "Word", bold=True, fill="E2EFD9")
set_cell(kt.cell(0, 1), "Meaning in this Register", bold=True, fill="E2EFD9")
for i, (a, b) in enumerate(KEY, 1):
    set_cell(kt.cell(i, 0), a, bold=True, size=9)
    set_cell(kt.cell(i, 1), b, size=9)

# ------------------------------------------------------------ 3 pairing day
bold_para(doc, "3   PAIRING DAY", size=11)
para(doc, "Pairing Day is the first Saturday of September at the Stock Loft. Entrants come with their Sitting Partners.")
para(doc, "Entrants must hold QTS, be in post as SENCO or be named by their head as the school's next SENCO, and teach "
     "in a Fenshire or Soke school. The head nominates the entrant on the Nomination Form, names the Sitting Partner, and "
     "agrees to nine Saturdays' time off in lieu and two days' release for placement. The Loft Manager interviews every "
     "entrant on Pairing Day. Where the interview shows that an entrant is not yet ready – for instance a teacher who has "
     "never taught a pupil at School Action Plus – the Loft Manager writes to the entrant and the head setting out what "
     "experience to get first, and holds a place for the following September.", bold_lead="3.1  Who may be paired.  ")
para(doc, "On Pairing Day the Loft Secretary sees each entrant's enhanced CRB disclosure, records its number and date of "
     "issue on the Pairing Card, and hands it back. An entrant who has not worked in a school in the three months before "
     "Pairing Day applies for a new enhanced disclosure through the County's CRB service and does not go on placement "
     "until it has come back clear. The head confirms on the Nomination Form that the entrant has not been barred from "
     "work with children and that no disciplinary matter is outstanding.", bold_lead="3.2  Checks.  ")
para(doc, "Before Pairing Day the entrant scores themselves on every egg in the Ring Register (0 not yet, 1 some, 2 "
     "secure), and the Sitting Partner scores them too. On the day a Stockman goes through both sets of scores with the "
     "entrant, tests a sample with short questions and case examples, and writes the Pairing Card: the eggs the entrant "
     "will sit most closely, the entrant's own target for each, the order of their Home Sittings, and what their "
     "placement should give them. The Pairing Card stays in the Nest Box, is reviewed with the Sitting Partner at the "
     "end of each Round, and is scored again at weaning.", bold_lead="3.3  The Pairing Card.  ")
para(doc, "The Stockman takes account of courses the entrant has already done, and eggs that are already secure are "
     "marked 'sat' on the Pairing Card so that the entrant's Home Sittings go to other eggs. The University does not give "
     "credit for earlier study or experience towards the Award: every entrant is registered for the full 60 credits.",
     bold_lead="3.4  Earlier study and experience.  ")
para(doc, "A teacher with long experience of SEN coordination, or of work in an SEN support service, may apply to be rung "
     "without sitting. They do not attend Sitting Days. They present a Nest Box of evidence from their own work against "
     "every egg in the Ring Register, write the three Ringing Pieces and go into the Show Pen, and they are marked to the "
     "same criteria as every other entrant. The Loft Manager and the University link tutor decide together which "
     "applicants are suitable. The fee is £420.", bold_lead="3.5  Rung without sitting.  ")
para(doc, "The Nomination Form asks every entrant whether they have a disability or health condition, says why we ask "
     "and what we will do with the answer, and offers a call with the Loft Secretary. Everyone who says yes is telephoned "
     "before Pairing Day to agree adjustments, which are written on the Pairing Card and passed to the Stockmen and the "
     "placement school. Adjustments we make include Sitting Day papers in large print or on coloured paper, a hearing loop "
     "in the chapel room, a BSL interpreter booked through the county's sensory service, a parking space by the door, "
     "Ringing Pieces handed in as recordings, and extra time and rest breaks in the Show Pen. The chapel room is on the "
     "ground floor, and a placement school is checked for access before an entrant with mobility needs is placed there. "
     "The Federation's leaflet about the Award is printed in large print and is on the county's website in an accessible "
     "form; it says that disabled teachers are welcome and how to ask for adjustments.",
     bold_lead="3.6  Entrants with a disability.  ")

# ------------------------------------------------------------ 4 season
bold_para(doc, "4   THE SEASON", size=11)
para(doc, "There is one pairing each season, on the first Saturday of September, and the Rounds follow in order: Round "
     "One in the autumn term, Round Two in the spring and Round Three in the summer. If enough entrants come forward, a "
     "second pairing in January may be run. An entrant who misses a Sitting Day makes it up by joining the same Sitting "
     "Day the following season. The Northern Counties Federation's course, we are told, lets its entrants start in any "
     "term.", bold_lead="4.1  ")
para(doc, "Sitting Days are Saturdays, 9.30 to 3.30, in the chapel room at the Stock Loft. After each one the entrant "
     "carries out a Home Sitting in school and talks it through with the Sitting Partner within a fortnight.",
     bold_lead="4.2  ")
para(doc, "The fee is £1,250 for each Pair. It covers Pairing Day, nine Sitting Days, placements, the Sitting Partner's "
     "briefing, all marking and University registration. Because the Pairing Card marks secure eggs as 'sat', entrants "
     "spend their Home Sittings on what they do not yet know, and the Home Sittings are chosen to be work the school needs "
     "doing anyway. Schools in the Soke can claim half the fee back from the Federation's Schools Fund.",
     bold_lead="4.3  ")

ROUNDS = [
    ("ROUND ONE – THE LAW AND THE LOFT (autumn term 2009)", [
        ("Sitting Day 1\n19 September", "Ann Lovell",
         "The law and guidance: the SEN Code of Practice (2001), the Education (Special Educational Needs Coordinators) "
         "(England) Regulations 2008, statements and annual reviews; the Disability Discrimination Act and the Disability "
         "Equality Duty and what schools must do for disabled pupils; Every Child Matters, its five outcomes and the "
         "SENCO's part in them.", "Eggs 07, 08, 09",
         "Read the school's SEN policy against the Code and mark what is out of date."),
        ("Sitting Day 2\n17 October", "Nasreen Hussain, with a speech and language therapist from the PCT",
         "Knowing the pupils: how children develop and how special needs, disability and the setting help or hinder that "
         "development; the commonest needs (BESD, dyslexia and other specific learning difficulties, SLCN, ASD, MLD) and "
         "how they affect learning; building fair and respectful relationships with pupils with SEN and their families.",
         "Eggs 01, 10, 11", "Observe two pupils with different needs for a morning each and write a profile of each."),
        ("Sitting Day 3\n21 November", "Derek Swann, with Fenshire's Principal Educational Psychologist",
         "Identifying, planning and reviewing: finding the pupils who may have SEN from observation, data and assessment; "
         "setting challenging targets; planning interventions; reviewing progress; using the assessments of educational "
         "psychologists, therapists and other professionals; using end-of-key-stage tests and teacher assessment to track "
         "progress and change programmes.", "Eggs 17, 18, 19",
         "Choose the group of pupils for the intervention in Ringing Piece 2 and gather their baseline measures."),
    ], "Ringing Piece 1 – The Law in My Loft (3,000 words, December): how the school meets the Code of Practice, the "
       "Disability Equality Duty and Every Child Matters, with an action plan agreed with the head. Rings eggs 07, 08, 09."),
    ("ROUND TWO – SIGHTING AND SETTING (spring term 2010)", [
        ("Sitting Day 4\n16 January", "[Stockman to be confirmed]",
         "Approaches, strategies and resources for assessment, planning, teaching and learning, ICT and assistive "
         "technology among them, weighed critically; best practice and what research says about meeting special "
         "educational needs; using outside advice to change one's own and colleagues' practice.", "Eggs 06, 12, 14",
         "Try one approach new to the school with the intervention group."),
        ("Sitting Day 5\n13 February", "Colin Maples",
         "Provision mapping and managing provision; finding what is missing or not working; deploying and managing "
         "teaching assistants; reviewing provision with colleagues for the school's self-evaluation; the principles of "
         "school self-evaluation and improvement.",
         "Eggs 13, 22, 23, 25", "Draw the school's provision map with the Sitting Partner."),
        ("Sitting Day 6\n13 March", "Nasreen Hussain, with a CAMHS worker",
         "Hearing the squeakers and the other lofts: consulting pupils about their provision (talking mats, pupil-led "
         "reviews, symbol questionnaires), and involving them in planning and reviewing it; the services and agencies, "
         "voluntary organisations among them, and how to get specialist help and resources; working with SENCOs in the "
         "cluster. A talk from the Fenshire Parent Partnership Service.", "Eggs 15, 26, 27, 28",
         "Consult three pupils about their provision and change one thing because of what they say."),
    ], "Ringing Piece 2 – The Intervention Clutch (5,000 words, May): plan, run and evaluate an intervention for a group of "
       "pupils, covering how they were identified, what their development and needs tell you, the professionals' "
       "assessments used, the targets, the approach and the research behind it, the pupils' own views, the agencies "
       "involved, baseline and end measures, and the review. Rings eggs 01, 06, 10, 11, 12, 14, 15, 17, 18, 19, 26, 28."),
    ("ROUND THREE – FLYING OUT (summer term 2010)", [
        ("Sitting Day 7\n24 April", "Ann Lovell, with the headteacher of Holme Drove Primary School",
         "Leading colleagues: gaining the commitment of the head, the senior team and colleagues; working with senior "
         "colleagues and governors on an inclusive ethos, policies, priorities and resources; advising colleagues within "
         "the school and in the cluster; supporting colleagues' development by observation and feedback, modelling, "
         "coaching and training.", "Eggs 02, 16, 24",
         "Observe a colleague teaching a pupil with SEN and give feedback; lead one staff meeting."),
        ("Sitting Day 8\n22 May", "Derek Swann",
         "Judgement and voice: anticipating and resolving problems and making sound decisions about provision, through "
         "case studies; speaking and writing clearly for heads, governors and parents; listening to and understanding "
         "other people's views; chairing a review meeting.", "Eggs 04, 05",
         "Chair a review meeting and ask the Sitting Partner to observe it."),
        ("Sitting Day 9\n19 June", "Ann Lovell and Colin Maples",
         "The season drawn together: preparing the Loft Plan and the Show Pen.", "–", "–"),
    ], "Ringing Piece 3 – The Loft Plan (3,000 words, June): a provision map for the school and an SEN development plan "
       "agreed with the head and presented to governors, with how staff are deployed and a plan for colleagues' "
       "development. Rings eggs 02, 16, 22, 23, 24, 25."),
]
for title, days, ringing in ROUNDS:
    t = table(doc, 2 + len(days) + 1, 5, widths=[2.6, 2.8, 6.4, 1.8, 3.4])
    set_cell(t.cell(0, 0).merge(t.cell(0, 4)), title, bold=True, fill="A8D08D", size=10)
    for j, h in enumerate(["Sitting Day", "Stockman", "What is laid", "Eggs", "Home Sitting"]):
        set_cell(t.cell(1, j), h, bold=True, fill="E2EFD9", size=9)
    for i, row in enumerate(days, 2):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=9, bold=(j == 0))
    last = 2 + len(days)
    set_cell(t.cell(last, 0), "Ringing", bold=True, fill="E2EFD9", size=9)
    set_cell(t.cell(last, 1).merge(t.cell(last, 4)), ringing, size=9)
    doc.add_paragraph()

# ------------------------------------------------------------ placements, resources
bold_para(doc, "PLACEMENTS AND VISITORS", size=11)
para(doc, "Every entrant spends two placement days at Mardyke Special School in Fenbridge, between Sitting Days 3 and 4, "
     "and one day with Fenshire's Sensory Support Service in the spring. The Loft Manager arranges each placement, agrees "
     "its focus with the host from the entrant's Pairing Card, and the host signs a placement record for the Nest Box. "
     "Placement hosts receive a one-page brief and a visit from the Loft Manager before the first entrant arrives.")
para(doc, "Visitors bring specialist knowledge to the Sitting Days: Fenshire's Principal Educational Psychologist, a speech "
     "and language therapist, a CAMHS worker and the headteacher of Holme Drove Primary School, as the Round tables show.")
bold_para(doc, "RESOURCES", size=11)
para(doc, "Entrants use the resources of their own schools for their Home Sittings. The Stock Loft keeps a shelf of books "
     "on SEN in the chapel room, and a photocopier.")

# ------------------------------------------------------------ 5 ringing
bold_para(doc, "5   RINGING", size=11)
para(doc, "Each Ringing Piece is marked by the Stockman who sat the Round, against the marking grid printed in the "
     "Ringing Piece brief. The Show Pen is judged by two Stockmen and the external judge together.", bold_lead="5.1  ")
para(doc, "Every Ringing Piece that fails, and one in four of the others, is second-marked by another Stockman.",
     bold_lead="5.2  ")
p = para(doc, "Before each marking round the Stockmen meet for a morning to mark two pieces together and agree the "
         "standard. The University's link tutor, Dr Philippa Rowe, moderates a sample of every Ringing Piece, and the "
         "external judge sees a sample and every fail and sits in the Show Pen.", bold_lead="5.3  ")
fn.add(p, "The external judge is the University's external examiner for its postgraduate certificates in education.")
para(doc, "The Show Pen: a twenty-minute presentation of the entrant's Loft Plan, then twenty minutes of questions on it "
     "and on how the entrant runs their year. It rings eggs 03, 04, 05 and 07.", bold_lead="5.4  ")
para(doc, "Every egg in the Ring Register is rung before weaning.", bold_lead="5.5  ")

# ------------------------------------------------------------ 6 weaning
bold_para(doc, "6   WEANING", size=11)
para(doc, "An entrant is weaned when the Weaning Board – the Loft Manager, the Stockmen, the University link tutor and the "
     "external judge – is satisfied that every egg in the entrant's Nest Box is rung. The University then confers the "
     "Certificate.", bold_lead="6.1  ")
para(doc, "What entrants do after weaning is a matter for them and their heads: the Federation does not plan further "
     "targets with them. Weaned entrants are welcome at the Federation's summer show.", bold_lead="6.2  ")

# ------------------------------------------------------------ 7 stockmen
bold_para(doc, "7   THE STOCKMEN AND SITTING PARTNERS", size=11)
p = para(doc, "All our Stockmen are experienced teachers who know Fenshire's schools well, and they keep abreast of the "
         "latest research and what Ofsted says. The Stockmen for 2009–10 are Ann Lovell, Derek Swann, Nasreen Hussain "
         "and Colin Maples; the Stockman for Sitting Day 4 is [to be confirmed].", bold_lead="7.1  ")
fn.add(p, "Two of the four Stockmen have been SENCOs.")
para(doc, "Sitting Partners come to a half-day briefing at the Stock Loft before Pairing Day and receive the Sitting "
     "Partner's Book, which sets out what they do after each Sitting Day, how to sign off a Home Sitting, how to score "
     "the Pairing Card and whom to call if things go wrong. A Stockman telephones each Sitting Partner once a Round.",
     bold_lead="7.2  ")
para(doc, "A Stockman new to the Award sits in on a whole Round before teaching one, and every Stockman attends the "
     "University's annual day for associate tutors on its regulations, marking and feedback.", bold_lead="7.3  ")

# ------------------------------------------------------------ 8 stakeholders
bold_para(doc, "8   WHAT THE FANCY TOLD US", size=11)
para(doc, "In 2008 Fenshire's SEN team asked all 96 SENCOs in the county about their training. Forty-one had been in post "
     "for under two years, and 29 of those held no SEN qualification. Asked what they most needed, 68 per cent named "
     "provision mapping, 61 per cent managing teaching assistants and 55 per cent working with outside agencies.",
     bold_lead="8.1  ")
para(doc, "We held two evenings with 23 headteachers from Fenbridge and the Soke. They told us they needed SENCOs who "
     "could lead colleagues and talk to governors, and that they could not release a SENCO during the week.",
     bold_lead="8.2  ")
para(doc, "So the Award gives Sitting Day 5 wholly to provision mapping and managing teaching assistants, and Sitting Day "
     "6 to the agencies; Round Three is about leading colleagues and ends with a plan presented to governors; and every "
     "Sitting Day is on a Saturday.", bold_lead="8.3  ")
para(doc, "In the Lofts in Schools years, heads sat on the Federation's judging panel at the summer show. We would like "
     "headteachers and parents to help us evaluate the Award once it is under way.", bold_lead="8.4  ")

# ------------------------------------------------------------ 9 QA
bold_para(doc, "9   KEEPING THE LOFT CLEAN", size=11)
para(doc, "After every Sitting Day each entrant fills in a Sitting Day card (what went well, what to change), and the "
     "Stock Committee reads the cards at its next meeting.", bold_lead="9.1  ")
para(doc, "Two measures of impact are kept for every entrant:", bold_lead="9.2  ")
for t_ in ["– confidence and competence: the Pairing Card scores from Pairing Day are set against the scores at weaning, "
           "egg by egg;",
           "– pupils' achievement: Ringing Piece 2 requires baseline and end measures for every pupil in the intervention "
           "group (reading or spelling age, National Curriculum sub-levels or P levels, and attendance), and the Loft "
           "Secretary enters every group's figures in the Stock Loft's impact table, so that the Stock Committee sees the "
           "progress of all the intervention pupils across the cohort."]:
    para(doc, t_)
para(doc, "A year after weaning, each entrant receives a short questionnaire on what has lasted in their practice and for "
     "their pupils, and the answers are added to the impact table.", bold_lead="9.3  ")
para(doc, "The Stock Committee is the Loft Manager, the Loft Secretary, the Federation's President and the Stockmen. It "
     "meets after each Round.", bold_lead="9.4  ")

# ------------------------------------------------------------ 10 ring register (landscape)
sec2 = landscape(doc)
header_footer(sec2, "STOCK LOFT PAIRING REGISTER 2009–10 – RING REGISTER",
              "Fenbridge & Soke FRPC – entries in this Register are the property of the Federation.")
bold_para(doc, "10   THE RING REGISTER", size=11, space_before=0)
para(doc, "One line for each egg. Laid gives the Round (R) and Sitting Day (SD); Rung in gives the Ringing Piece (RP) or the "
     "Show Pen. Status as in section 2.", italic=True, size=9)
REG = [
    ("01", "builds fair, respectful and supportive relationships with pupils with SEN or disabilities and their families", "R1 SD2", "RP2", "Rung"),
    ("02", "wins the head, the senior team and colleagues over to improving outcomes for pupils with SEN", "R3 SD7", "RP3", "Rung"),
    ("03", "plans their own time, keeps first things first, and hands on tasks sensibly, checking they are done", "County briefings", "Show Pen", "Fostered"),
    ("04", "sees problems coming, sorts them out, and makes sound decisions about provision", "R3 SD8", "Show Pen", "Rung"),
    ("05", "speaks and writes clearly, and listens to and understands other people's views", "R3 SD8", "Show Pen", "Rung"),
    ("06", "uses research and outside advice to improve their own and colleagues' practice", "R2 SD4", "RP2", "Rung"),
    ("07", "knows the SEN law and guidance, the Code of Practice among it, what it means for the school and how to carry it out", "R1 SD1", "RP1, Show Pen", "Rung"),
    ("08", "knows the principles and five outcomes of Every Child Matters and how the SENCO helps pupils towards them", "R1 SD1", "RP1", "Rung"),
    ("09", "knows the disability equality laws and what they require a school to do", "R1 SD1", "RP1", "Rung"),
    ("10", "understands how children develop and how SEN, disability and surroundings affect development", "R1 SD2", "RP2", "Rung"),
    ("11", "knows the commonest kinds of SEN and disability and how they affect learning", "R1 SD2", "RP2", "Rung"),
    ("12", "weighs up approaches, strategies and resources, ICT among them, for assessing, planning, teaching and learning", "R2 SD4", "RP2", "Rung"),
    ("13", "understands how schools evaluate and improve themselves and how that bears on pupils with SEN", "R2 SD5", "–", "Unrung"),
    ("14", "knows best practice and research findings on meeting SEN", "R2 SD4", "RP2", "Rung"),
    ("15", "knows what outside agencies do and how to get specialist help and resources", "R2 SD6", "RP2", "Rung"),
    ("16", "with senior colleagues and governors, shapes an inclusive ethos, policies, priorities and spending", "R3 SD7", "RP3", "Rung"),
    ("17", "identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "R1 SD3", "RP2", "Rung"),
    ("18", "uses assessments by other professionals to plan teaching", "R1 SD3", "RP2", "Rung"),
    ("19", "uses tests and other summative assessment to track progress and change programmes", "R1 SD3", "RP2", "Rung"),
    ("20", "encourages colleagues to use formative assessment, with approaches for pupils with SEN", "–", "–", "Clear"),
    ("21", "puts special arrangements for national tests and examinations in place in good time", "–", "–", "Clear"),
    ("22", "uses provision mapping to plan provision and finds what is missing or not working", "R2 SD5", "RP3", "Rung"),
    ("23", "deploys and manages staff well", "R2 SD5", "RP3", "Rung"),
    ("24", "supports colleagues' development by observation, feedback, modelling, coaching and training", "R3 SD7", "RP3", "Rung"),
    ("25", "reviews provision with colleagues so that it feeds the school's self-evaluation", "R2 SD5", "RP3", "Rung"),
    ("26", "involves pupils in planning, agreeing and reviewing their own provision", "R2 SD6", "RP2", "Rung"),
    ("27", "works well with parents and carers", "R2 SD6", "–", "Unrung"),
    ("28", "works in partnership with other services and voluntary organisations", "R2 SD6", "RP2", "Rung"),
]
rt = table(doc, len(REG) + 1, 5, widths=[1.6, 14.0, 3.0, 3.2, 2.6])
for j, h in enumerate(["Egg", "The entrant…", "Laid", "Rung in", "Status"]):
    set_cell(rt.cell(0, j), h, bold=True, fill="A8D08D", size=9)
for i, row in enumerate(REG, 1):
    for j, v in enumerate(row):
        set_cell(rt.cell(i, j), v, size=9, bold=(j == 0))
    if row[4] != "Rung":
        shade(rt.cell(i, 4), "FBE4D5")
    if row[0] == "03":
        fn.add(rt.cell(i, 2).paragraphs[0],
               "The County's 'New to SENCO' briefings are three twilight sessions run by Fenshire's SEN team for every new "
               "SENCO; the Federation has no part in them.")
    if row[0] == "21":
        fn.add(rt.cell(i, 4).paragraphs[0], "Access arrangements are covered by the County examinations officer's annual briefing.")

doc.add_paragraph()
para(doc, "Signed for the Federation: ______________________ Loft Manager     Date: [date]")
para(doc, "Approved by the Stock Committee: [minute reference to follow]")

fn.save_part()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, word_count(out), "words")
