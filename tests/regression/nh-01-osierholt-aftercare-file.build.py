"""nh-01-osierholt-aftercare-file: builds nh-01-osierholt-aftercare-file.docx next to itself.

Provider (invented): Osierholt Willow School, Burrow Drove, Athelmoor, a willow-growing and basket-making school
that also plants living willow structures for schools. It runs the National Award for SEN Coordination as the
Postgraduate Certificate in SEN Coordination, validated by Carymoor University (invented), with Sedgewater County
Council's Learning Support Service (invented). January 2009, for a first planting from October 2009.

Document kind and layout: the school's own Handover and Aftercare File (form AF-3), the file every living willow
structure leaves the yard with, used for the Award as if the Award were a structure ("The SENCO Arbour",
structure no. OS/09/SA). House words: Keeper (participant), Planting Team (tutors), Site Mentor, Ground Survey
(needs assessment), Planting Plan (individual plan), Planting Days PD1-PD8, Side Shoots, Tying-in Visits, three
marked Ties (A Ground Report, B Living Weave, C Walk-round), unmarked Sap Checks, Rods (the outcomes), Rod Book,
Handover (the award), Upkeep Plan, Aftercare Postcard, Next Season's Plan. A title-block table with a merged
top row, Heading 1 / Heading 2 styles restyled in willow green, a table of terms in Part 1 that keys the
Structure Record twelve parts later ("Planted at", "Tied in at", "Sap Check", "Not tied", a dash), a term
calendar with vertically merged term cells, a staff table, an inspection table, a blank Handover Certificate
with tick boxes, the Structure Record (Part 12) with merged, shaded group rows. A VML text box. Three Word
comments. Tracked changes (author Jo Verrier): a deleted paragraph, an inserted paragraph, a change in a cell.
Header and footer with PAGE / NUMPAGES fields.

Traps (requirement ids):
- The only e-learning (the "Withy Net" forum on Blackboard, with tutor replies) is a deleted paragraph; the
  county's online induction modules are named but belong to another provider and are "not part of the Arbour";
  contact between days is by telephone, email and the Site Mentor. So 3.3 is not_applicable.
- Moderation (second blind marking, link tutor, External Examiner) exists only in an inserted paragraph after
  "Ties are marked by the Keeper's own tutor" (5.8 met through the insertion).
- A cell change in the Structure Record: Rod W4 (child development) "Tie B" deleted, "Sap Check" inserted, so
  it is not marked (6.K4 partially_met).
- Prior learning is taken into account (PD1 or PD3 excused) but "The University does not award credit for
  earlier study on this Award"; a comment proposes APEL (comments never count) (2.1 partially_met).
- Assessment-only route only wished for: "We would like, from 2011, ..." and "it is not offered in 2009-10";
  a comment asks about it (2.3 not_met).
- CRB: the Handover Certificate's tick box is a blank form prompt ("for the school to confirm"), the body puts
  the checks on the employing school ("Osierholt does not see or keep them"), and only the footer claims every
  Keeper holds a disclosure (5.3 not_met: someone else's responsibility, a tick box, a footer).
- Pupil voice: the Willow Club children who designed the school's dome are the school's own consultation
  about structures, not Keepers' skills (wrong context); the Award has only "a short talk" from the Children's
  Rights Officer (1.5 partially_met); Rod B10 is taught at PD6 but "Not tied" (6.S7 partially_met).
- Stakeholders teach and mentor, but their part in evaluation is only hoped for: "We hope that, in time,
  parents, headteachers ..." (4.3 partially_met). 4.1 and 4.2 met by the 2008 survey and what it changed.
- Placements are a past arrangement of another course: the Visiting Day "was part of that course and is not
  part of the Award"; specialist expertise is wide (5.5 partially_met).
- Resources: barn, library, online journals, but "We have no specialist ICT or assistive technology of our
  own" (5.6 partially_met).
- A text box makes a blanket claim ("has met every national outcome") which the Structure Record contradicts;
  the award rule is passing the three Ties (6.0 partially_met; 1.9 partially_met since some Rods are not
  assessed).
- The Structure Record, keyed in Part 1: Rod U3 (time and delegation) has a dash and "Not tied", with a hope
  for 2010-11 (6.A3 not_met); U5 (speaking, writing, listening) is tied in Ties A and C but planted on no day
  (6.A5 partially_met: assessed, not developed); U7 "Not tied" (6.A7 partially_met); W9 "Sap Check" (6.K9
  partially_met); B4 "Sap Check" (6.S2b partially_met); B5 "Not tied" (6.S2c partially_met); there is no Rod
  for special arrangements for tests and examinations, and a comment noticing this does not count (6.S2d
  not_met).
- "Inspection" of the school's living structures for safety is the right word about the wrong thing (it is
  not quality assurance of the Award); the Award's own QA is in the inspection table (5.1 met).
"""
from pathlib import Path

from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _nh_helpers import (new_document, style_heading, para, add_runs, table, cell_text, cell_para, shade_cell,
                         set_widths, repeat_header, ins_run, del_run, mark_para, deleted_para, inserted_para,
                         cell_change, comment, text_box, header_footer, border_para, word_count)

HERE = Path(__file__).parent
OUT = HERE / "nh-01-osierholt-aftercare-file.docx"
GREEN = "4F6228"
PALE = "EAF0DA"
JV, JVD = "Jo Verrier", "2009-01-12T10:14:00Z"

doc = new_document(font="Georgia", size=10)
style_heading(doc, 1, "Gill Sans MT", 14, GREEN, caps=True, before=16)
style_heading(doc, 2, "Gill Sans MT", 11.5, GREEN, before=10)

header_footer(
    doc,
    ["Osierholt Willow School  ·  Handover and Aftercare File AF-3  ·  Structure OS/09/SA  ·  The SENCO Arbour"],
    ["Osierholt Willow School, Burrow Drove, Athelmoor.  All Keepers hold a current enhanced CRB disclosure."],
)

# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=8, cols=2)
tb.style = "Table Grid"
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, [("OSIERHOLT WILLOW SCHOOL", {"bold": True, "size": 16, "color": "FFFFFF"})], align="center")
cell_para(top, [("Withy beds  ·  Basketry  ·  Living willow", {"italic": True, "size": 10, "color": "FFFFFF"})])
top.paragraphs[1].alignment = 1
shade_cell(top, GREEN)
rows = [
    ("Document", "Handover and Aftercare File (form AF-3)"),
    ("Structure", "The SENCO Arbour: the National Award for SEN Coordination"),
    ("Structure no.", "OS/09/SA"),
    ("Planted with", "Carymoor University, School of Education, and Sedgewater County Council Learning Support Service"),
    ("Planting season", "October 2009 to July 2010 (first planting); planted again each year"),
    ("Issued", "January 2009, to the TDA approval panel"),
    ("File kept by", "Jo Verrier, Award Leader"),
]
for i, (a, b) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), a, bold=True, size=9, fill=PALE)
    cell_text(tb.cell(i, 1), b, size=9)
set_widths(tb, [4.0, 13.0])

para(doc, "", after=2)
para(doc, [("Nothing leaves our yard without a file. ", {"bold": True}),
           "Every living willow structure we plant goes to its new owners with a Handover and Aftercare File: "
           "what was planted and why, who looks after it, how it is tied in through its first season, and the "
           "Structure Record that shows every rod. We have written the National Award for SEN Coordination in the "
           "same file, because it is grown the same way: in the ground where it has to live, and tied in by hand."])
para(doc, "The words in this file are our words; Part 1 says what they mean. The Structure Record, Part 12, holds "
          "the national outcomes.")

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1. How to read this file", level=1)
para(doc, "We use our own yard words throughout. This table gives each one once.")
terms = [
    ("Word", "What it means in this file"),
    ("Arbour", "The Award (Carymoor University's Postgraduate Certificate in SEN Coordination)."),
    ("Keeper", "A teacher on the Award (elsewhere, the person a school names to look after its structure)."),
    ("Planting Team", "The Award's tutors (Part 6)."),
    ("Site Mentor", "An experienced SENCO near the Keeper's school (Part 6)."),
    ("Ground Survey", "The assessment of each Keeper's needs before the Award begins (Part 3)."),
    ("Planting Plan", "The Keeper's own training plan, written from the Ground Survey (Part 3)."),
    ("Planting Day (PD1 to PD8)", "One of the eight taught days in the Long Barn at Osierholt (Part 4)."),
    ("Side Shoot", "An optional twilight or Saturday session, chosen through the Planting Plan (Part 4)."),
    ("Tying-in Visit", "A tutor's visit to the Keeper in school. There are three (Part 4)."),
    ("Tie A, Tie B, Tie C", "The three marked pieces of work, at Level 7, that carry the credits (Part 5)."),
    ("Sap Check", "A short task after some Planting Days, returned with the tutor's written comments. Sap Checks "
                  "are not marked and do not count towards the Award."),
    ("Rod", "One of the national minimum outcomes, written in our words. The Rods are listed in the Structure "
            "Record, Part 12."),
    ("Rod Book", "The Keeper's folder of evidence from school, used at Tie C."),
    ("Handover", "The award of the Certificate."),
]
t = table(doc, terms, [4.2, 12.8], header_fill=PALE, size=9)
repeat_header(t.rows[0])

doc.add_heading("Reading the Structure Record", level=2)
para(doc, "Each Rod in Part 12 has two entries beside it.")
para(doc, "\u201cPlanted at\u201d gives the Planting Day, PD1 to PD8, on which the Rod is taught. A dash means the Rod "
          "is not taught on any Planting Day.", style="List Bullet")
para(doc, "\u201cTied in at\u201d gives the Tie, A, B or C, in which the Rod is marked. Sap Check means the Rod is looked "
          "at only in an unmarked Sap Check. Not tied means the Rod is not assessed in 2009-10.", style="List Bullet")

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2. The structure and why it was planted", level=1)
doc.add_heading("What the Arbour is for", level=2)
para(doc, "The Arbour is planted so that children and young people with SEN and/or disabilities in our Keepers' "
          "schools do better: in their learning and attainment, and in being healthy, staying safe, enjoying and "
          "achieving, making a positive contribution and achieving economic well-being.")
para(doc, "The Award's objectives, as validated by Carymoor, are that each Keeper will:")
for o in ["know the law, guidance and research on SEN and disability well enough to lead provision;",
          "plan, lead and review provision that raises pupils' attainment and well-being;",
          "lead and develop colleagues, and work with parents, carers, pupils and other services;",
          "show, with evidence from their own school, that pupils' outcomes have improved."]:
    para(doc, o, style="List Number")
para(doc, "The same focus runs through the content and the assessment. Every Planting Day closes with the question "
          "\u2018what will be different for the children?\u2019, and Tie B must show, with measures taken before and "
          "after, what changed for a group of pupils in the Keeper's school, in attainment and in well-being.")

doc.add_heading("Who it is planted with", level=2)
para(doc, "The Arbour is validated by Carymoor University's School of Education as the Postgraduate Certificate in "
          "SEN Coordination. Carymoor's validation panel approved it on 4 December 2008, subject to approval by the "
          "TDA. It carries 60 credits at Master's level (Level 7): Tie A carries 15 credits, Tie B 30 and Tie C 15. "
          "Keepers are registered students of Carymoor and receive their Certificate from the University.")
para(doc, "Sedgewater County Council's Learning Support Service is our partner in the schools: it pays half the fee "
          "for Sedgewater's Keepers and finds Site Mentors with us. The fee is \u00a31,150 for the year, including "
          "the Ground Survey visit and the three Tying-in Visits. Keeping the taught days to eight, and doing the "
          "rest of the growing in school, keeps both the fee and the school's cost of supply cover down.")

doc.add_heading("Why it was planted this way", level=2)
para(doc, "Before we drew up the Arbour we asked the people it is for. In the spring of 2008 we put a short "
          "questionnaire to the 41 SENCOs who come to the Sedgewater SENCO Forum, talked with twelve headteachers "
          "of the Levels and Moors primary cluster, and met the Learning Support Service and the Sedgewater Parent "
          "Partnership Service. We asked what a new SENCO most needs in the first two years. The answers we heard "
          "most were these:")
for b in ["new SENCOs do not know how to lead other adults, especially teaching assistants and senior colleagues;",
          "provision maps are made but not used to decide anything;",
          "meetings with parents go badly when they go badly, and nobody teaches you how to hold them;",
          "heads cannot release a SENCO for more than eight days in a year."]:
    para(doc, b, style="List Bullet")
para(doc, "What we changed because of it: PD5 is given wholly to leading adults and to provision mapping; PD6 to "
          "parents, carers and other services, with the Parent Partnership Service teaching part of the day; Tie C "
          "asks for the notes of a review meeting the Keeper held with a parent; and the Arbour is planted in eight "
          "days, not the twelve we first drew, with the rest of the growing done in school through the Tying-in "
          "Visits and the Site Mentor.")

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3. Surveying the ground", level=1)
doc.add_heading("Who can be a Keeper", level=2)
para(doc, "A Keeper must hold Qualified Teacher Status, be the school's SENCO or be named by the headteacher to "
          "become SENCO within the year, and have taught for at least two years. The headteacher signs the Booking "
          "Form to say that the school will release the Keeper for the eight Planting Days and the three Tying-in "
          "Visits, and names the senior colleague the Keeper will report to.")
doc.add_heading("The Ground Survey", level=2)
para(doc, "No structure is planted before the ground is surveyed. Between May and September before the Arbour "
          "starts, each Keeper completes the Ground Survey: a self-rating from 1 (new to me) to 4 (I do this well "
          "and could show a colleague) against each Rod in Part 12, with a line of evidence for any rating of 3 or "
          "4. A tutor then visits the Keeper's school for an hour to talk the ratings through with the Keeper and "
          "the headteacher, and tests any high rating against the evidence.")
para(doc, "If the Ground Survey shows that a Keeper is not yet ready to meet the Rods by the end of the season, for "
          "instance a teacher who has never led any provision, the tutor says so to the Keeper and the head, and we "
          "agree what the Keeper should do first, usually a year of the Learning Support Service's induction "
          "sessions, with a place held on the next planting.")
doc.add_heading("The Planting Plan", level=2)
para(doc, "From the Ground Survey the tutor and the Keeper write the Keeper's Planting Plan. It names the Rods the "
          "Keeper most needs to grow, which are the Keeper's own set of outcomes, taken from the national ones and "
          "added to where the Keeper and the head want, and the Side Shoots the Keeper will take. It is reviewed and "
          "rewritten at each Tying-in Visit.")
doc.add_heading("What the Keeper brings", level=2)
p = para(doc, "")
r1 = add_runs(p, ["At the Ground Survey we take full account of what a Keeper already knows and has done. A Keeper "
                  "who has completed Sedgewater's SENCO induction course, or holds a specialist qualification such "
                  "as a dyslexia diploma, may be excused PD1 or PD3 on the tutor's advice and spend the day on the "
                  "Tie B project instead. "])
r2 = add_runs(p, ["The University does not award credit for earlier study on this Award, so every Keeper completes "
                  "all three Ties."])
comment(doc, r2, "Carymoor do have an APEL procedure for their other PGCerts. Could we ask them to let Keepers with "
                 "the Sedgewater induction certificate claim Tie A?", "Nell Hembrow", "NH")
p = para(doc, "")
r3 = add_runs(p, ["We would like, from 2011, to let a very experienced SENCO go straight to the three Ties without "
                  "the Planting Days, but the University has not yet agreed this and it is not offered in 2009-10."])
comment(doc, r3, "Assessment only? Needs Carymoor's Board of Studies first. Leave as it is for the panel.",
        "Jo Verrier", "JV")

# ------------------------------------------------------------------ Part 4
doc.add_heading("Part 4. The planting season", level=1)
para(doc, "The Arbour is planted over one school year. Keepers come to the Long Barn for eight Planting Days, "
          "on Fridays. Between Planting Days the growing is done in school: each "
          "Planting Day ends with a Take-home Task, to be tried in the Keeper's school before the next day and "
          "talked over with the Site Mentor, and a tutor makes three Tying-in Visits to the Keeper's school during "
          "the year.")
cal = [
    ("Term", "Month", "In the Long Barn", "In the Keeper's school", "In the withy beds"),
    ("Before", "May to Sept 2009", "Ground Survey forms sent out",
     "Ground Survey visit; Planting Plan written", "Beds weeded by hand"),
    ("Autumn", "October", "PD1 (9 October)", "Take-home Task 1; first Site Mentor meeting",
     "Leaf fall; cutting begins"),
    (None, "November", "PD2 (6 November)", "Tying-in Visit 1; Sap Check 1", "Rods sorted and bolted"),
    (None, "December", "PD3 (4 December)", "Sap Check 2", "Boiling for buff willow"),
    ("Spring", "January", "PD4 (22 January)", "Tie A handed in (29 January)", "Sets planted for living structures"),
    (None, "February", "PD5 (26 February); February starters join", "Tying-in Visit 2; second Site Mentor meeting",
     "Structures planted and woven"),
    (None, "March", "PD6 (26 March)", "Sap Check 3", "Bud burst; first tying-in of new growth"),
    ("Summer", "May", "PD7 (7 May)", "Tie B handed in (21 May)", "Weaving in new growth"),
    (None, "June", "PD8 (18 June)", "Tying-in Visit 3; third Site Mentor meeting; Walk-rounds begin",
     "Summer trim of structures"),
    (None, "July", "Exam Board (16 July)", "Walk-rounds end (9 July); Next Season's Plan signed", "Beds left to grow"),
]
t = table(doc, cal, [1.6, 2.4, 4.2, 5.0, 3.8], header_fill=PALE, size=8.5)
repeat_header(t.rows[0])
for a, b in [(2, 4), (5, 7), (8, 10)]:
    m = t.cell(a, 0).merge(t.cell(b, 0))
    cell_text(m, cal[a][0], bold=True, size=8.5, fill=PALE)

doc.add_heading("What is planted on each day", level=2)
days = [
    ("PD1. The law and the Code. ",
     "The Education Act 1996 and the SEN Code of Practice (2001): the graduated response, School Action and School "
     "Action Plus, statutory assessment, statements and annual reviews, and what each asks of the school, the SENCO, "
     "the governors and the head. The Disability Discrimination Act 1995, as amended in 2001 and 2005: the duties "
     "not to treat disabled pupils less favourably and to make reasonable adjustments, accessibility planning, and "
     "the Disability Equality Duty and what a school's Disability Equality Scheme must do. Every Child Matters and "
     "the Children Act 2004: the five outcomes and the SENCO's part in them. Government strategy and initiatives: "
     "Removing Barriers to Achievement (2004) and the Inclusion Development Programme (2008)."),
    ("PD2. Finding the children and setting the course. ",
     "Identifying pupils who may have SEN and/or disabilities from observation and data; setting challenging "
     "targets; planning interventions; reviewing progress. Using summative data, including end of key stage tests "
     "and P scales, to track progress and change what is done."),
    ("PD3. Growth. ",
     "How children develop, and how development is affected by SEN and disability and by the physical and social "
     "setting for learning. The commonest needs and how each affects learning: behavioural, emotional and social "
     "difficulties; specific learning difficulties, including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; and moderate learning difficulties. What research and inspection evidence say "
     "works: Ofsted's Inclusion: does it matter where pupils are taught? "
     "(2006), the Bercow Review of services for children and young people with speech, language and communication "
     "needs (2008), and Sir Jim Rose's review of dyslexia, now under way. A speech and language therapist from "
     "Sedgewater PCT teaches the afternoon."),
    ("PD4. Teaching and problem-solving. ",
     "A critical look at approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT. Helping colleagues build formative assessment into their teaching, with approaches for pupils "
     "with SEN. Casework: each Keeper brings a real problem and the group works it through to a decision."),
    ("PD5. Leading the adults. ",
     "Advising, supporting and working with colleagues in school and beyond it: leading a staff meeting, advising a "
     "class teacher, winning the head and senior leaders to a change, working with cluster SENCOs. Deploying and "
     "managing teaching assistants. Coaching, mentoring, observing and giving feedback, and planning training. "
     "Provision mapping and management, and finding provision that is missing or not working."),
    ("PD6. Families and services. ",
     "Working with parents and carers: the Parent Partnership Service leads the morning, and Keepers practise "
     "holding a review meeting with a parent, in pairs and then with a volunteer parent. Hearing the child: a short "
     "talk from the Sedgewater Children's Rights Officer on hearing children's views. Other services and agencies, "
     "statutory and voluntary: what they do, how to refer, how to work alongside them, and how to use their "
     "assessments in teaching."),
    ("PD7. The school as a whole. ",
     "School self-evaluation and improvement, and how outcomes for pupils with SEN are judged; reviewing provision "
     "with colleagues to feed the school's self-evaluation; working with senior leaders and governors on an "
     "inclusive ethos, policy, priorities and resources."),
    ("PD8. The second season. ",
     "Keeping up to date and taking charge of one's own professional development in SEN and disability; drafting "
     "the Next Season's Plan; the Walk-round explained."),
]
for head, body in days:
    para(doc, [(head, {"bold": True}), body])
para(doc, "Side Shoots run on Tuesday evenings in the Long Barn, each repeated on a Saturday morning. A Keeper takes "
          "the two or three that the Planting Plan names: in 2009-10, Dyslexia-friendly classrooms; Autism and the "
          "playground; Using ICT to remove barriers; and Weaving with your pupils, in which Nell Hembrow shows how "
          "willow work can be a sensory and fine-motor activity.")
para(doc, [("Children have always planted with us. ", {"italic": True}),
           ("Pupils from the Osierholt Willow Club, who come from six Sedgewater primary schools, chose the varieties "
            "and drew the shape of the dome at Burrow Drove, and every school we plant for is asked to let its "
            "pupils decide where the door goes and what the structure is for.", {"italic": True})])

# ------------------------------------------------------------------ Part 5
doc.add_heading("Part 5. Tying in", level=1)
para(doc, "New growth on a living structure has to be tied in by hand, or it grows where it likes. The three Ties "
          "are where the Rods are tied in: marked at Level 7 against the Carymoor assessment criteria and against the "
          "Rods named for each Tie in Part 12.")
doc.add_heading("Tie A. Ground Report (15 credits; 3,000 words; due 29 January)", level=2)
para(doc, "An audit of SEN provision in the Keeper's school against the law, the Code of Practice and the Disability "
          "Equality Duty, with the school's provision map and a commentary on what it shows, and a case study of one "
          "pupil's provision from identification to review.")
doc.add_heading("Tie B. Living Weave (30 credits; 5,000 words; due 21 May)", level=2)
para(doc, "A change project in the Keeper's school. The Keeper chooses, with the head, a group of pupils and a change "
          "in their provision; takes baseline measures of the pupils' attainment (for instance a reading age, a P "
          "scale or a National Curriculum sub-level) and of their well-being (attendance, and a well-being scale the "
          "pupils complete themselves); leads the change with colleagues; measures again after at least ten weeks; "
          "and reviews the results with colleagues so that they feed the school's self-evaluation. The write-up must "
          "draw on research and say what was learned.")
doc.add_heading("Tie C. Walk-round (15 credits; June and July)", level=2)
para(doc, "A 45-minute professional discussion in the Keeper's school. The Keeper walks the tutor and the Site Mentor "
          "round the provision and talks them through the Rod Book: for example the notes of a review meeting the "
          "Keeper held with a parent, a training session the Keeper led, the teaching assistants' deployment plan, "
          "and a report the Keeper wrote for governors. The tutor marks the Walk-round against the "
          "Rods named for Tie C and the Level 7 criteria; the Site Mentor gives a written statement but does not mark. "
          "It is recorded.")
doc.add_heading("Sap Checks", level=2)
para(doc, "Sap Checks are set after PD2, PD3 and PD6: a data exercise on tracking pupils' progress, a short piece on "
          "one child's development, and a map of the agencies around the Keeper's school. The tutor reads each one "
          "and writes back. Sap Checks are not marked and do not count towards the Award.")
doc.add_heading("Marking", level=2)
para(doc, "Ties are marked by the Keeper's own tutor, against the Carymoor Level 7 criteria and the Rods named for "
          "the Tie.")
inserted_para(doc, "A second tutor blind-marks a sample of one Tie in three, and every fail and borderline pass; the "
                   "Carymoor link tutor moderates the sample with both markers' marks and comments in front of her; "
                   "and the External Examiner sees the moderated sample and the Walk-round recordings and attends the "
                   "Exam Board in July.", JV, JVD)
doc.add_heading("What it changes in school", level=2)
para(doc, "Because all three Ties are done in the Keeper's own school, with the Keeper's own pupils and colleagues, "
          "the Award cannot be passed without changing something in school: Tie B must show a change in provision "
          "that the Keeper has led and its effect on the pupils, and Tie C must show the Keeper doing the job.")
doc.add_heading("Handover", level=2)
p = para(doc, "A Keeper is handed over, and Carymoor awards the Postgraduate Certificate, when Ties A, B and C have all "
              "been passed at Level 7 and the Rod Book is complete.")
text_box(p, [[("KEEPER'S NOTE", {"bold": True, "size": 9, "color": GREEN})],
             [("Every rod on the Structure Record is tied in before a structure is handed over. A Keeper who is "
               "handed over has met every national outcome.", {"size": 9, "italic": True})]],
         width_pt=170, height_pt=78)

# ------------------------------------------------------------------ Part 6
doc.add_heading("Part 6. Who looks after it", level=1)
doc.add_heading("The Planting Team", level=2)
staff = [
    ("Name", "Part in the Award", "Qualifications and experience"),
    ("Jo Verrier", "Award Leader; tutor",
     "BEd; MA (Special and Inclusive Education); NPQH. SENCO in two Sedgewater primary schools for twelve years; "
     "Specialist Teacher with the Learning Support Service, 2004-08."),
    ("Alan Meade", "Tutor",
     "BA; PGCE; MEd. Headteacher of Brue Valley Special School (severe and complex needs), 1996-2007. Ofsted "
     "additional inspector."),
    ("Sarah Dunning", "Tutor, one day a week, seconded by Sedgewater",
     "BSc; PGCE; MSc (Educational Psychology). Chartered educational psychologist, Sedgewater Educational Psychology "
     "Service."),
    ("Dr Helen Palfrey", "Carymoor link tutor",
     "PhD on the role of the SENCO; Senior Lecturer in Inclusive Education; leads Carymoor's MA in Inclusive Education."),
    ("Nell Hembrow", "Founder of Osierholt; one Side Shoot", "Basketmaker and willow grower for thirty years."),
]
t = table(doc, staff, [3.0, 4.0, 10.0], header_fill=PALE, size=8.5)
para(doc, "Every tutor does at least five days of professional development in SEN and disability a year and records "
          "it. Jo Verrier and Sarah Dunning still work in Sedgewater schools every week, and Alan Meade inspects for "
          "Ofsted.", before=6)
doc.add_heading("Site Mentors", level=2)
para(doc, "Each Keeper has a Site Mentor: an experienced SENCO from a school near the Keeper's, chosen by the Award "
          "Leader with the Learning Support Service. The Site Mentor meets the Keeper in school three times in the "
          "year, talks through the Take-home Tasks, signs the Rod Book entries they have seen, and joins the "
          "Walk-round. Every Site Mentor comes to a half-day Mentor Briefing in September, where the Award Leader "
          "goes through the Mentor Notes, which set out what a Site Mentor does and does not do, with examples of "
          "Rod Book evidence.")
para(doc, "The Planting Team meets before each term to agree who does what, and a tutor new to the Award "
          "second-marks a set of Tie A scripts with the Award Leader before marking alone.")
doc.add_heading("Specialists and visits", level=2)
para(doc, "Keepers meet a wide range of specialists: an educational psychologist on the Planting Team, a speech and "
          "language therapist from Sedgewater PCT on PD3, the Parent Partnership Service and the Children's Rights "
          "Officer on PD6, and the Learning Support Service's specialist teachers and Brue Valley Special School's "
          "outreach teacher, who lead Side Shoots.")
para(doc, "Keepers on Sedgewater's old SENCO induction course each spent a Visiting Day at Brue Valley Special School. "
          "The Visiting Day was part of that course and is not part of the Award.")
doc.add_heading("Materials and equipment", level=2)
para(doc, "The Long Barn seats twenty-four, has a projector and a wireless connection, and holds a small lending "
          "library of SEN books and the assessment materials the Planting Team uses. Every Keeper is a Carymoor "
          "student, with a library card and the University's online journals from home. We have no specialist ICT "
          "or assistive technology of our own for Keepers to try out; Keepers bring what their schools have to the "
          "Side Shoot on ICT.")

# ------------------------------------------------------------------ Part 7
doc.add_heading("Part 7. Ways in, and access for every Keeper", level=1)
doc.add_heading("Access", level=2)
para(doc, "The Booking Form asks every applicant whether they have a disability, a health condition or any other "
          "need we should plan for, says why we ask, and says that what they tell us will be used only to make "
          "arrangements for them. Where a Keeper tells us of a need, the Award Leader meets them before the Ground "
          "Survey to agree reasonable adjustments, and writes them into the Planting Plan so that every tutor and "
          "Site Mentor knows them: for example papers in large print or sent electronically before each Planting "
          "Day, a British Sign Language interpreter, a note-taker, extra time for a Tie, or rest breaks. The Long "
          "Barn is on one level, with an accessible toilet and parking by the door. Our booking leaflet says all of "
          "this.")
para(doc, "Selection is made on the entry requirements in Part 3 alone, and Carymoor's Equality Scheme, which covers "
          "race, disability and gender, applies to Keepers in selection, teaching and assessment as it does to all "
          "its students.")
doc.add_heading("Different ways in", level=2)
para(doc, "There are two plantings each year. Keepers may start in October, with PD1, or in February, joining the "
          "group at PD5 and taking PD1 to PD4 with the next October group. A Keeper who starts in February may hand "
          "in Ties A and B in either order. A Keeper who cannot complete in one year may ask at any Tying-in Visit to "
          "move to the Long Season and finish over two years. Side Shoots are offered on a weekday evening and "
          "repeated on a Saturday morning.")
deleted_para(doc, "Between Planting Days, Keepers will also meet on the Withy Net, an online forum on Carymoor's "
                  "Blackboard site, where tutors answer questions within two working days and Keepers post their "
                  "Take-home Tasks for each other to read.", JV, JVD)
para(doc, "Between Planting Days, Keepers keep in touch with their tutor by telephone and email, and meet their Site "
          "Mentor in school.")
para(doc, "Sedgewater's Learning Support Service also runs online induction modules for new SENCOs on the county's "
          "learning platform. They belong to the Service and are not part of the Arbour.")

# ------------------------------------------------------------------ Part 8
doc.add_heading("Part 8. Inspection and upkeep", level=1)
para(doc, "Every structure we plant in a school is inspected by the Planting Team twice in its first year, when we "
          "check each upright and tie for safety.")
doc.add_heading("What we look at, and who looks", level=2)
insp = [
    ("Inspection", "Who", "When", "What happens to what we find"),
    ("Sap Sheet", "Every Keeper", "End of each Planting Day",
     "Read by the Award Leader the next week; what needs changing is changed for the next Planting Day."),
    ("Tie results", "Planting Team and Carymoor link tutor", "After each Tie deadline",
     "Marks analysed Rod by Rod; a Rod many Keepers miss is taught again and its Planting Day revised."),
    ("External Examiner's report", "Dr Peter Wace, University of Kingsworthy", "After the Exam Board",
     "The Award Leader writes a response; its actions go into the Upkeep Plan."),
    ("Annual monitoring", "Carymoor University", "September",
     "The Upkeep Plan is scrutinised by the School of Education's quality committee."),
]
table(doc, insp, [3.0, 3.6, 2.8, 7.6], header_fill=PALE, size=8.5)
para(doc, "Every summer the Planting Team and the Carymoor link tutor bring all of this together into the Upkeep Plan "
          "for the next season, and the changes made are listed at the front of the next year's File.", before=6)
doc.add_heading("How we know it is growing", level=2)
para(doc, "We judge the Arbour by what grows from it, in Keepers and in their pupils. Each Keeper rates their own "
          "confidence against every Rod at the Ground Survey and again before the Walk-round, and the tutor's "
          "judgement at the Walk-round is set beside both. Every Tie B reports the baseline and follow-up measures "
          "of the pupils' attainment and well-being; the Award Leader collates these across the whole group each "
          "year, Rod by Rod and need by need, and reports them in the annual monitoring. A year after Handover we "
          "send each Keeper the Aftercare Postcard, asking what has changed since for the pupils in the Tie B "
          "group.")
doc.add_heading("Who else is involved", level=2)
para(doc, "The Parent Partnership Service teaches on PD6 and Site Mentors are SENCOs from local schools. We hope that, in time, parents, headteachers and the SENCO Forum will also help us judge how well the "
          "Arbour is doing, and we will invite them to do so once the first planting has been handed over.")

# ------------------------------------------------------------------ Part 9
doc.add_heading("Part 9. Aftercare: the second season", level=1)
para(doc, "A structure's second season decides whether it lives. At the Walk-round the Keeper, the tutor and the headteacher draw up the Keeper's Next Season's Plan: two or three "
          "professional targets for the following year, with what the Keeper will do, what the school will provide, "
          "and how progress will be known. The Keeper takes it into the school's performance management review, and "
          "the head signs it. At PD8 Keepers are shown the routes on from the Arbour: Carymoor's MA in Inclusive "
          "Education, into which the Arbour's 60 credits count, the Learning Support Service's specialist courses, "
          "and the SENCO Forum.")

# ------------------------------------------------------------------ Part 10
doc.add_heading("Part 10. Our replacement promise", level=1)
para(doc, "On every structure, any rod that fails in its first season is replaced free. For the Arbour: a Keeper "
          "whose Tie does not pass may resubmit it once, within ten weeks, after a tutorial with its marker.")
para(doc, "What the promise does not cover:", keep=True)
for b in ["a second resubmission of the same Tie;",
          "a Tie not handed in, unless an extension was agreed before the deadline;",
          "a Keeper who leaves the SENCO role part way through the season, who may finish only if the new school "
          "agrees to the Tying-in Visits;",
          "Sap Checks, which are never marked."]:
    para(doc, b, style="List Bullet")

# ------------------------------------------------------------------ Part 11
doc.add_heading("Part 11. Handover Certificate", level=1)
para(doc, "The Certificate is begun at the Ground Survey and completed at Handover. A blank is shown here.")
cert = [
    ("Keeper's name", "[                                        ]"),
    ("School", "[                                        ]"),
    ("Headteacher", "[                                        ]"),
    ("Site Mentor", "[                                        ]"),
    ("Ground Survey held on", "[            ]"),
    ("Planting Plan agreed", "\u2610"),
    ("Release for eight Planting Days and three Tying-in Visits agreed by the head", "\u2610"),
    ("Enhanced CRB disclosure (for the school to confirm)", "\u2610"),
    ("Ties A, B and C passed", "\u2610"),
    ("Next Season's Plan signed", "\u2610"),
    ("Signed: Keeper / Headteacher / Award Leader", "\u2026\u2026\u2026\u2026\u2026  /  \u2026\u2026\u2026\u2026\u2026  /  \u2026\u2026\u2026\u2026\u2026"),
]
t = table(doc, cert, [9.0, 8.0], size=9, bold_first_row=False)
for row in t.rows:
    shade_cell(row.cells[0], PALE)
para(doc, "Checks on a Keeper's suitability to work with children, including the enhanced CRB disclosure, are for "
          "the Keeper's employing school, as they are for any member of its staff. Osierholt does not see or keep "
          "them.", before=6)

# ------------------------------------------------------------------ Part 12
doc.add_heading("Part 12. Structure Record", level=1)
para(doc, "The Rods below are the national minimum outcomes in our words. Read the two right-hand columns with the "
          "key in Part 1.")
rec = doc.add_table(rows=1, cols=4)
rec.style = "Table Grid"
for j, h in enumerate(["Rod", "What the Keeper can do", "Planted at", "Tied in at"]):
    cell_text(rec.cell(0, j), h, bold=True, size=8.5, fill=GREEN, color="FFFFFF")
repeat_header(rec.rows[0])


def group(title):
    row = rec.add_row()
    m = row.cells[0].merge(row.cells[3])
    cell_text(m, title, bold=True, size=8.5, fill=PALE)


def rod(code, text, planted, tied, note=None):
    row = rec.add_row()
    cell_text(row.cells[0], code, bold=True, size=8.5)
    cell_text(row.cells[1], text, size=8.5)
    cell_text(row.cells[2], planted, size=8.5)
    if tied is not None:
        cell_text(row.cells[3], tied, size=8.5)
    if note:
        cell_para(row.cells[3], [(note, {"italic": True, "size": 7.5})])
    return row


group("THE UPRIGHTS: what a Keeper is like")
rod("U1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
          "disabilities and with their parents and carers", "PD6", "Tie C")
rod("U2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
    "PD5", "Tie C")
rod("U3", "Puts first things first, manages time well, and hands tasks to others and checks they are done",
    "\u2014", "Not tied", "a Planting Day session on this is hoped for in 2010-11")
rod("U4", "Sees problems coming and resolves them; makes well-founded decisions and sound judgements about provision",
    "PD4", "Tie A")
rod("U5", "Speaks and writes clearly; listens to others and understands their views", "\u2014", "Tie A, Tie C")
rod("U6", "Uses research and outside advice to improve own and colleagues' practice", "PD3", "Tie B")
rod("U7", "Keeps up to date and takes charge of own professional development in SEN and disability", "PD8", "Not tied")
group("THE WEAVERS: what a Keeper knows")
rod("W1", "SEN law and guidance, including the SEN Code of Practice: what they mean for the school, the SENCO and "
          "others, and how to carry them out", "PD1", "Tie A")
rod("W2", "Every Child Matters: its principles, the five outcomes, and the SENCO's part in helping children reach "
          "them", "PD1", "Tie A")
rod("W3", "Disability equality law and what it requires schools to do for disabled pupils, and how best to do it",
    "PD1", "Tie A")
r = rod("W4", "How children develop, and how development is affected by SEN, disability and the physical and social "
              "setting", "PD3", None)
cell_change(r.cells[3], "Tie B", "Sap Check", JV, JVD, size=8.5)
rod("W5", "The commonest needs (BESD, specific learning difficulties including dyslexia, SLCN, autism, MLD) and "
          "how each affects learning", "PD3", "Tie A")
rod("W6", "A critical grasp of approaches and resources for assessment, planning, teaching and learning, including "
          "ICT, used to remove barriers", "PD4", "Tie B")
rod("W7", "School self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "PD7", "Tie B")
rod("W8", "Best practice and the findings of research in meeting SEN", "PD3", "Tie B")
rod("W9", "What outside agencies do, and how to get specialist support and resources for pupils", "PD6", "Sap Check")
group("THE BINDING: what a Keeper does")
rod("B1", "With senior leaders and governors, shapes an inclusive ethos, policies, priorities and the use of "
          "resources", "PD7", "Tie C")
rod("B2", "Identifies pupils who may have SEN and/or disabilities, sets challenging targets, plans interventions "
          "and reviews progress", "PD2", "Tie B")
rod("B3", "Uses the assessments of other professionals to shape teaching", "PD6", "Tie B")
rod("B4", "Uses summative assessments, including national tests, to track progress and change programmes",
    "PD2", "Sap Check")
rod("B5", "Encourages colleagues' formative assessment for all pupils, with approaches for pupils with SEN",
    "PD4", "Not tied")
br = rod("B6", "Maps and manages provision, and finds provision that is missing or not working", "PD5", "Tie A")
rod("B7", "Deploys and manages teaching assistants and other staff well", "PD5", "Tie C")
rod("B8", "Develops colleagues through observation and feedback, modelling, coaching, mentoring and training",
    "PD5", "Tie C")
rod("B9", "Reviews provision with colleagues to inform the school's self-evaluation and improvement planning",
    "PD7", "Tie B")
rod("B10", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
    "PD6", "Not tied")
rod("B11", "Works closely with parents and carers to promote their children's learning and development", "PD6", "Tie C")
last = rod("B12", "Works in partnership with other services and agencies, including voluntary organisations",
           "PD6", "Tie C")
set_widths(rec, [1.3, 10.7, 2.0, 3.0])
comment(doc, br.cells[0].paragraphs[0].runs, "Where is the Rod for exam access arrangements? I can't find it between "
        "B5 and B6.", "Nell Hembrow", "NH")


doc.save(OUT)
print(OUT.name, "words:", word_count(OUT))
