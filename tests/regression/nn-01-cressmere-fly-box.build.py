"""nn-01-cressmere-fly-box: an angling trust's coaching school sends its course pattern book as the application.

Provider (invented): the Whitlow Brook Angling Trust's Coaching School at Cressmere Mill (fly fishing, river keeping,
fishery management), with Selverton University School of Education validating, for the 2008-09 season.

Document kind and layout: "The Cressmere Fly Box", Pattern Book No. 7. The School writes a pattern book for every
course the way a fly dresser writes a dressing; this one is the SENCO Award's book, sent whole with a short note to
the panel. Heading styles (Title, Heading 1, Heading 2). Each study day is a "Dressing" named after a trout fly
(Greenwell's Glory, Pheasant Tail Nymph ...) with a two-column dressing table whose rows are Hook (when and where),
Thread (the Coach), Body (content), Rib (readings), Hackle (the "Water work" task in the candidate's own school) and
Finish (which marked "Cast" judges it), then "Tying notes" prose. Vocabulary: Coaches (tutors), Ghillies (school-based
mentors), the Tackle Check (needs assessment), the Personal Box (individual plan), Casts C1-C3 (the three marked
pieces), Fly Line (the Blackboard site), Rise Sheets (end-of-day evaluations), Close Season Review, the Next Season
card. The outcomes are "The Box", a table of 29 Compartments in the School's own words near the end, with merged and
shaded title and group rows; its "Finish" values are keyed only in "Notes on the Box" near the front ("Whip-finished
(C1, C2 or C3)" = marked; "Half-hitched" = tied on a day, not marked; "Empty compartment" = not covered; a dash in
"Tied on" = on no Dressing day). Page header and a footer with a PAGE field. A VML text box from the Head of School.
Tracked changes (w:ins / w:del), two Word comments, one footnote.

Traps (requirement ids):
- Text box "From the Head of School": "Every one of the national outcomes is tied into this box" - blanket claim,
  not evidence (6.0; the Box itself shows unmarked and empty compartments).
- Footer: "Every candidate holds a current enhanced CRB disclosure" - a page footer is never evidence. The body's
  safeguarding paragraph is about the Trust checking its own Coaches, ghillies and volunteers for junior angling:
  the wrong people. A comment asks whether candidates should be mentioned (comment: not evidence). 5.3 not_met.
- Assessment-only route: in the 2007-08 pilot only, "The University has not renewed the arrangement, and there is
  no assessment-only route for 2008-09" - past arrangement plus negation (2.3 not_met).
- Prior learning: prior study accredited (up to 20 credits) but "We do not give credit for experience alone"
  (2.1 partially_met).
- Pupils' voice: the consultation afternoon ran on the pilot only; the speaker left and "We hope to tie a pupils'
  voice afternoon again next season" - past arrangement plus hope (1.5 not_met). The Box still says Compartment 27
  (pupils in planning provision) is tied on Dressing 6 and whip-finished in Cast 2, whose brief does ask about
  pupils' part in their targets: assessed but not developed (6.S7 partially_met).
- Child development: Compartment 11 has a dash under "Tied on" and is whip-finished in Cast 3, and Dressing 2 says
  "We do not spend time on child development as such" - assessed, not taught (6.K4 partially_met).
- Half-hitched compartments (taught, not marked): time and delegation (6.A3), self-evaluation principles (6.K7),
  access arrangements (6.S2d), partnership with agencies and voluntary bodies (6.S9; 6.K9 is marked).
  Formative assessment is an "Empty compartment", with a comment proposing it for next year (6.S2c not_met).
  These make 1.9 partially_met and, with the award rule "passes all three Casts", 6.0 partially_met.
- Tracked change in a cell: Compartment 10 (disability equality law) Half-hitched deleted, "Whip-finished (C1)"
  inserted - the inserted value stands (6.K3 met).
- Deleted paragraph: a second January start with a different order (not part of the submission). What remains is
  one September start, fixed order, part time, catch-up on Fly Line (3.2 partially_met).
- Inserted paragraph: the Ghillies' September briefing, Ghillie's Card and mid-season meeting (5.7 met: an
  insertion is part of the submission).
- Deleted sentence offering two days at Heronsgate Special School; what remains says "We do not arrange
  placements" beside visiting specialists (5.5 partially_met).
- Resources are the Mill's angling kit and rooms and the University's library - right words about the wrong thing
  for "specialist teaching resources" (5.6 partially_met).
- Impact: competence and confidence are measured (Tackle Check re-run, confidence scale); pupils' achievement is
  left to schools and a Ghillie follow-up is only something "we would like" (5.9 partially_met).
- Stakeholders: the spring 2008 survey shaped Dressings 5 and 6 (4.1, 4.2 met); they help deliver, but their part in
  evaluation is only a wish (4.3 partially_met).
- Research and inspection: the readings are guidance, a review and one piece of research, recent research is left
  to candidates and no inspection evidence is used; "keep the dressings fresh" is general (1.3 partially_met; 6.K8
  met through Dressing 8 and Cast 1).
- Fly Line: tutor replies within two working days, peer posting between days, ICT to headteachers and between
  Coaches (3.3 met).
- A footnote names the external examiner (footnotes are part of the submission; 5.8 is met in the body anyway).
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _nn_helpers import (Footnotes, add_page_field, cell_text, changed_cell, comment, deleted_paragraph,  # noqa: E402
                         del_run, inserted_paragraph, para, run, set_col_widths, shade_cell, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
ME = "Margaret Ellery"
D1 = "2008-10-02T09:12:00Z"
D2 = "2008-10-06T16:40:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

hdr = sec.header.paragraphs[0]
run(hdr, "Whitlow Brook Angling Trust \u00b7 Coaching School \u00b7 Pattern Book No. 7 \u00b7 2008-09 season",
    italic=True, size=8.5)
ftr = sec.footer.paragraphs[0]
run(ftr, "Cressmere Mill, Whitlow Lane, Ambersett AM4 7QT. Every candidate holds a current enhanced CRB disclosure. ",
    size=8)
add_page_field(ftr, "\u00b7 Page ")

fn = Footnotes()

# ---------------------------------------------------------------- title
doc.add_paragraph("The Cressmere Fly Box", style="Title")
p = para(doc, "Pattern Book No. 7: Dressings for the National Award for SEN Coordination", bold=True, size=13)
para(doc, "Season 2008-09", italic=True)
para(doc, "Whitlow Brook Angling Trust Coaching School, Cressmere Mill, with Selverton University School of Education")

p = doc.add_paragraph()
text_box(p, [("From the Head of School", True),
             ("Every one of the national outcomes is tied into this box. Read the dressings, tie them at the bench, "
              "take them to your own water and fish them well. Tight lines for the season.", False),
             ("Margaret Ellery", False)], height_pt=95)

# ---------------------------------------------------------------- note to panel
doc.add_heading("A note to the panel", level=1)
para(doc, "Our Coaching School teaches fly fishing, river keeping and fishery management. Since 2006 it has also run "
     "courses for teachers, beginning with the Trust's Rivers in the Curriculum days for primary schools. The Award "
     "grew out of those days and out of the fact that four of our Coaches were special educational needs "
     "coordinators before they were game-angling instructors. Every course the School runs has a pattern book, "
     "written the way a fly dresser writes a dressing: what goes on the hook, in what order, and how it is "
     "finished. This is Pattern Book No. 7, the Award's book for the 2008-09 season. We send it to the panel as "
     "our application exactly as candidates receive it in September.")

# ---------------------------------------------------------------- the water
doc.add_heading("The water: who we are", level=1)
para(doc, "The Whitlow Brook Angling Trust is a charity that looks after eleven miles of chalk stream and two "
     "still waters. Its Coaching School has taught at Cressmere Mill since 1994. Alongside the casting, fly-dressing "
     "and river-keeping courses, the School runs the Award in partnership with Selverton University.")
p = para(doc, "Selverton University School of Education validated the Award on 18 June 2008 as its Postgraduate "
         "Certificate in Special Educational Needs Coordination: 60 credits at Master's level (M level), taken as "
         "one 60-credit module, SEN7001 Leading SEN Provision. The University is the awarding body, registers every "
         "candidate as one of its students and runs the examination board. The Trust's Coaching School does the "
         "teaching, arranges the school-based work and does the first marking.")
para(doc, "The Award has one aim, written on the first page of every candidate's Fishing Diary: that children and "
     "young people with special educational needs and disabilities in our candidates' schools achieve more and are "
     "better off, in their learning and in every one of the five Every Child Matters outcomes: being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each "
     "dressing below names what it is tied for, and Cast 2 asks every candidate to show what changed for a group of "
     "pupils in their own school, in their learning and in how they feel about school.")

doc.add_heading("The Coaches", level=2)
para(doc, "The Award is taught by four Coaches. Each spends at least ten days a year working in schools as a SENCO, "
     "adviser, psychologist or head, and the School pays for each to attend one national SEN conference a year.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Coach", "On the water", "Tickets")):
    cell_text(c, h, bold=True)
    shade_cell(c, "D9E2D0")
coaches = [
    ("Margaret Ellery, Head of School",
     "SENCO for twelve years at Longcroft Primary and then Selverton Park School; SEN adviser to Ambersett County "
     "Council 2001-06; sits on the county's SEN moderation panel.",
     "MA Inclusive Education (Selverton); National Professional Qualification for Headship; APGAI."),
    ("Dr Owen Pryce",
     "Educational psychologist for nineteen years; principal educational psychologist for Harnby until 2007; still "
     "carries a small caseload of statutory assessments.",
     "Chartered Educational Psychologist (BPS); DEdPsy."),
    ("Helen Stott",
     "SENCO at Hatherby Primary; specialist teacher for dyslexia with the Ambersett Learning Support Service.",
     "Postgraduate Diploma in Specific Learning Difficulties; AMBDA."),
    ("Richard Amory",
     "Deputy headteacher of Heronsgate Special School until 2007; now an associate adviser for inclusion and a "
     "governor of two primary schools.",
     "MEd Special Education; NPQH; APGAI."),
]
for row in coaches:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v)
set_col_widths(t, [4.0, 8.0, 4.6])

para(doc, "Visiting Coaches tie parts of some dressings: Sally Verran, speech and language therapist with Ambersett "
     "Primary Care Trust; Jo Harwood, Parent Partnership Officer for Ambersett County Council; and the headteachers "
     "of the two schools visited in Dressing 8.")

# ---------------------------------------------------------------- how to use
doc.add_heading("How to use this book", level=1)
doc.add_heading("Reading a dressing", level=2)
para(doc, "Each Dressing day has a dressing, set out as a fly dresser sets one out:")
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [("Hook", "The day and the water: date, time and place."),
             ("Thread", "The Coach who ties it, and any visiting Coach."),
             ("Body", "What the day covers."),
             ("Rib", "The reading that holds the day together."),
             ("Hackle", "The Water work: what you do in your own school before the next Dressing day."),
             ("Finish", "How what you tied is judged: the Cast that marks it, if any.")]:
    cells = t.add_row().cells
    cell_text(cells[0], k, bold=True)
    cell_text(cells[1], v)
set_col_widths(t, [3.0, 13.5])

doc.add_heading("Notes on the Box", level=2)
para(doc, "At the back of this book is the Box: twenty-nine Compartments, which are the national minimum outcomes "
     "for SENCOs put in our own words. The Tied on column gives the Dressing (1 to 8) on which each Compartment is "
     "tied. A dash means it is tied on no Dressing day. The Finish column uses three words:")
for lead, rest in [("Whip-finished (C1, C2 or C3): ", "tied at the bench and marked in that Cast. A whip finish "
                    "holds."),
                   ("Half-hitched: ", "tied at the bench on a Dressing day and talked through, but not marked in any "
                    "Cast. A half hitch will do for the day; it will not hold a season."),
                   ("Empty compartment: ", "not in this season's box.")]:
    p = doc.add_paragraph(style="List Bullet")
    run(p, lead, bold=True)
    run(p, rest)

doc.add_heading("The three Casts", level=2)
para(doc, "Everything that counts towards the Certificate is judged in three Casts:")
for lead, rest in [
    ("Cast 1, the Policy Cast (4,000 words, due in January). ",
     "A critical review of your school's SEN policy and practice against the law and guidance: the SEN Code of "
     "Practice, disability equality law and Every Child Matters, drawing on research and on outside advice. It ends "
     "with recommendations on the school's ethos, priorities and use of resources, which you present to your "
     "headteacher and the governor for SEN, and a note of what they decided."),
    ("Cast 2, the Water Work (5,000 words, due in May). ",
     "An account of a change to provision that you led in your own school for a group of pupils: how you found "
     "the pupils and what their needs are, how you used other professionals' assessments and the school's "
     "summative data, including national test results, the targets you set and the intervention you planned, your "
     "provision map and how you deployed staff, the approaches and resources you chose, the outside agencies whose "
     "advice and resources you drew on, how the pupils took part in agreeing and reviewing their targets, how you worked with their "
     "parents, how you won your colleagues and head to the change, and how you reviewed it with other staff."),
    ("Cast 3, the Bankside Review (June). ",
     "A fifteen-minute presentation and a forty-minute professional discussion at the Mill with two Coaches, built "
     "on your Fishing Diary: the reflective log you keep all season. The Coaches ask about your relationships with "
     "pupils and parents, the decisions you made and why, how children develop and how that bears on the pupils "
     "you work with, how you have supported colleagues' development (you bring the plan and feedback of a training "
     "session or coaching you gave), and how you keep yourself up to date."),
]:
    p = doc.add_paragraph(style="List Number")
    run(p, lead, bold=True)
    run(p, rest)

# ---------------------------------------------------------------- before the season
doc.add_heading("Before the season", level=1)
doc.add_heading("Who can fish the Award", level=2)
para(doc, "Candidates must hold qualified teacher status and be the SENCO, or be named to become the SENCO, of a "
     "maintained school in the Ambersett, Selverton or Harnby areas, with their headteacher's written support. "
     "The application form asks for a 300-word account of the candidate's SEN work so far. A Coach reads every "
     "application against the Box and telephones each candidate. A candidate who looks unlikely to reach all the "
     "outcomes within the year is offered a place the following season with a written note of what to do first, "
     "usually a term working alongside an established SENCO, and the Coach talks the note through with the "
     "headteacher.")
p = para(doc, "Safeguarding on our waters. ", bold=True)
r = run(p, "The Trust's Child Protection Officer checks the enhanced CRB disclosure of every Coach, ghillie and "
        "volunteer who works with junior anglers on the Trust's waters, under the Trust's safeguarding policy, which "
        "follows the national angling bodies' guidance. No junior angler is ever alone with one adult on the bank.")
comment(doc, [r], "Schools check their own teachers - do we need to say anything here about the candidates "
        "themselves?", "Richard Amory", "RA")

doc.add_heading("The Tackle Check and your Personal Box", level=2)
para(doc, "In the fortnight before Dressing 1 each candidate completes the Tackle Check: a self-assessment against "
     "each of the twenty-nine Compartments, with a short note of evidence for each, which the headteacher reads and "
     "comments on. The candidate's Coach then meets the candidate, at the Mill or by telephone, for an hour. "
     "Together they write the Personal Box: the Compartments the candidate will work hardest on, a personal target "
     "for each, the Water work the candidate will do, and any Dressing days (up to two) the candidate may skip "
     "because the Tackle Check and the evidence behind it show they are not needed. The Personal Box is reviewed at "
     "the February mid-season check and again before Cast 3, and the Coach looks for evidence against every "
     "Compartment in each Cast to check the first Tackle Check was right.")

doc.add_heading("Credit for what you bring", level=2)
para(doc, "The University's APL regulations allow up to 20 of the 60 credits to be accredited for completed "
     "Master's-level study in special educational needs within the last five years. A candidate who claims it sends "
     "the transcript with the application and the University's APL tutor decides. We do not give credit for "
     "experience alone: experienced SENCOs save time through the Personal Box instead, by skipping Dressing days "
     "they do not need.")

doc.add_heading("Straight to the bank?", level=2)
para(doc, "In the 2007-08 pilot one candidate, a specialist teacher from Ambersett's Sensory Support Service with "
     "many years' experience, was allowed to go straight to the three Casts without the Dressing days, under an "
     "arrangement the University agreed for that season only. The University has not renewed the arrangement, and "
     "there is no assessment-only route for 2008-09.")

doc.add_heading("Access to the water", level=2)
para(doc, "The Mill's lecture room, tying room, toilets and the lower bank are all on the level, with an accessible "
     "toilet and a hearing loop in the lecture room; the upper beat is reached by steps and is used only for the "
     "optional casting afternoon. The application form asks every applicant, in plain words, whether they have a "
     "disability or other need we should plan for, and says why we ask and who will see the answer. The Coach "
     "follows up each answer before the Tackle Check. The University's Disability Advisory Service agrees "
     "reasonable adjustments to the Casts: extra time, the Bankside Review questions in writing a week ahead, a "
     "reader or scribe, or Cast 1 presented in another form. Every handout is available in large print and as a "
     "Word file, and the Mill's visits on Dressing 8 are to schools with level access throughout.")

# ---------------------------------------------------------------- the season
doc.add_heading("The season", level=1)
doc.add_heading("Dates and starts", level=2)
para(doc, "The Award runs once a year, from September to July, part time: eight Dressing days at the Mill, one a "
     "month from September to May except December, with the Bankside Reviews in June. There is one start each "
     "year, in September. The Dressings are tied in order, because each one builds on the last, and all "
     "candidates take them together. A candidate who misses a Dressing day catches up through Fly Line and a "
     "telephone call with the Coach.")
deleted_paragraph(doc, "A second start in January, with the Dressings tied in a different order so that January "
                  "candidates begin with Dressing 4, will run if twelve candidates apply.", ME, D1)

doc.add_heading("Fly Line", level=2)
para(doc, "Fly Line is the Award's water online, on the University's Blackboard site. It holds every dressing's "
     "notes and Rib readings, a message board for each Coach's group and a drop box for the Casts. Each Coach reads "
     "the group's board on Monday and Thursday and answers every question within two working days. Between "
     "Dressing days each candidate posts a short account of their Water work and comments on two other candidates' "
     "posts, so the group keeps fishing together between days at the Mill. Coaches use Fly Line to send the "
     "mid-season check to candidates' headteachers and to share marking notes with one another. For a "
     "conversation, each Coach keeps Tuesday evening, six to eight, free for candidates' telephone calls.")

doc.add_heading("Ghillies", level=2)
para(doc, "Each candidate has a Ghillie: an experienced SENCO from a nearby school, chosen by the Coaches, who "
     "visits the candidate's school twice in the season, talks through the Water work and reads the Fishing "
     "Diary. A Ghillie questions and encourages; a Ghillie never marks.")
inserted_paragraph(doc, "Every Ghillie comes to a half-day briefing at the Mill in September and is given the "
                   "Ghillie's Card, which sets out what a Ghillie does on each visit and what a Ghillie does not do. "
                   "Ghillies join the Coaches for an hour at the February mid-season check to compare notes on each "
                   "candidate's progress. The Coaches' own duties are written in the Coaches' Handbook, which the "
                   "University's programme leader reviews with them each July, and the Coaches meet for a marking "
                   "day before each Cast is returned.", ME, D2)

doc.add_heading("What it costs", level=2)
para(doc, "The fee is \u00a31,150 for the season, including the University's registration. Because the Personal Box "
     "lets a candidate skip up to two Dressing days, the fee falls by \u00a360 for each day skipped, so no one pays "
     "for teaching they do not need. Ambersett and Harnby councils each pay half the fee for candidates from their "
     "maintained schools. Every Dressing day sets Water work that the candidate does in their own school, so the "
     "teaching is used the following week rather than filed.")

doc.add_heading("Specialists and placements", level=2)
p = para(doc, "Candidates hear from the visiting Coaches above, and Dressing 8 takes them for a morning to "
         "Heronsgate Special School and Longcroft Primary. We do not arrange placements: the Water work is done in "
         "the candidate's own school, which is where it counts.")
del_run(p, " Candidates who ask may spend two days at Heronsgate Special School, arranged by Richard Amory.", ME, D1)

doc.add_heading("The Mill", level=2)
para(doc, "Cressmere Mill has a lecture room with a projector and an interactive whiteboard, a tying room with forty "
     "vices and a materials store, a casting pool, a video room for casting analysis, and a kitchen that feeds "
     "every Dressing day. Candidates use the University's library and electronic journals through Fly Line.")

# ---------------------------------------------------------------- the dressings
doc.add_heading("The Dressings", level=1)
para(doc, "Eight dressings, tied in order, one a month. Each names what it is tied for.")

dressings = [
    ("Dressing 1 \u00b7 Greenwell's Glory", "Tied for: the law of the river",
     [("Hook", "Friday 26 September 2008, 9.30 to 4.00, Cressmere Mill"),
      ("Thread", "Margaret Ellery"),
      ("Body", "Part IV of the Education Act 1996 and the SEN Code of Practice (2001): the graduated response, "
               "School Action and School Action Plus, statutory assessment, statements and annual reviews. The "
               "Disability Discrimination Act 1995 as amended in 2005: less favourable treatment, reasonable "
               "adjustments, accessibility planning and the Disability Equality Duty, and what each asks the "
               "school to do for disabled pupils. The Government's strategy Removing Barriers to Achievement "
               "(2004). What all of this asks of the governors, the head, class teachers and the SENCO, and how a "
               "SENCO puts it into practice."),
      ("Rib", "Special Educational Needs Code of Practice (DfES 2001); Implementing the Disability Discrimination "
              "Act in Schools and Early Years Settings (DfES 2006); Removing Barriers to Achievement (DfES 2004)."),
      ("Hackle", "Read your school's SEN policy and accessibility plan against the Code and the Act, and bring one "
                 "page of notes on the gaps to Dressing 2."),
      ("Finish", "Cast 1")],
     "The first dressing is the one everything else is tied on. Margaret works through real cases from the county "
     "tribunal list with the names taken off, and candidates leave with a one-page summary of the duties that fall "
     "on the SENCO and on others."),
    ("Dressing 2 \u00b7 Pheasant Tail Nymph", "Tied for: what lies beneath",
     [("Hook", "Friday 17 October 2008, Cressmere Mill"),
      ("Thread", "Dr Owen Pryce, with Sally Verran"),
      ("Body", "The most common kinds of SEN and disability and how each can affect learning: behavioural, "
               "emotional and social difficulties; specific learning difficulties, including dyslexia; speech, "
               "language and communication needs; autistic spectrum disorders; moderate learning difficulties; "
               "with shorter looks at sensory and physical needs."),
      ("Rib", "The Bercow Report: a review of services for children and young people with speech, language and "
              "communication needs (DCSF 2008); the county's own guidance on each kind of need."),
      ("Hackle", "Choose three pupils with different needs and talk to their class teachers about how those needs "
                 "show in lessons."),
      ("Finish", "Cast 2")],
     "This is a dressing about the fish as they are in the classroom. We do not spend time on child development as "
     "such: candidates bring that from their initial training and their own teaching, and the Bankside Review will "
     "ask about it. Owen and Sally give the last hour to building fair, respectful relationships with pupils whose "
     "needs make relationships hard."),
    ("Dressing 3 \u00b7 Adams", "Tied for: the whole catch",
     [("Hook", "Friday 14 November 2008, Cressmere Mill"),
      ("Thread", "Richard Amory"),
      ("Body", "The principles and five outcomes of Every Child Matters and the SENCO's part in each; the Children "
               "Act 2004 and what the Ambersett Children's Trust means for a school; well-being as well as "
               "attainment: attendance, exclusions, bullying, healthy schools and extended schools; the Common "
               "Assessment Framework and the lead professional."),
      ("Rib", "Every Child Matters: Change for Children (DfES 2004)."),
      ("Hackle", "Map your SEN register against the five outcomes: where are your pupils with SEN doing less well "
                 "than their classmates?"),
      ("Finish", "Cast 1")],
     "Richard ties this one slowly. Candidates usually find that their pupils with SEN are absent or excluded more "
     "often than others, and that finding goes into Cast 1."),
    ("Dressing 4 \u00b7 Klinkh\u00e5mer Special", "Tied for: reading the water",
     [("Hook", "Friday 16 January 2009, Cressmere Mill"),
      ("Thread", "Helen Stott and Dr Owen Pryce"),
      ("Body", "Finding the pupils who may have SEN or a disability: classroom observation, data (teacher "
               "assessment, P scales, National Curriculum levels, national test results, reading and spelling "
               "ages) and other forms of monitoring. What other professionals' assessments tell you (the "
               "psychologist's report, the therapist's, the specialist teacher's) and how to turn them into "
               "teaching approaches. Setting challenging targets, planning interventions that remove barriers, "
               "reviewing progress. Tracking progress with summative data, national tests included, and changing a "
               "programme that is not working. A short look at access arrangements for national tests and GCSEs: "
               "what exists and when to apply."),
      ("Rib", "Brooks, G. (2007) What Works for Pupils with Literacy Difficulties? (DCSF)."),
      ("Hackle", "Choose the group of pupils for your Water work (Cast 2) and gather what is already known about "
                 "them."),
      ("Finish", "Cast 2")],
     "The afternoon is a workshop on real (anonymised) psychologists' reports. Owen shows what a report is asking "
     "the school to do and candidates turn one into a page of classroom approaches."),
    ("Dressing 5 \u00b7 Hare's Ear", "Tied for: mapping the beat",
     [("Hook", "Friday 13 February 2009, Cressmere Mill, with the mid-season check"),
      ("Thread", "Helen Stott"),
      ("Body", "Provision mapping and management: mapping and costing what the school provides, finding provision "
               "that is not working or is missing. Deploying and managing teaching assistants and other staff. "
               "Setting priorities for the SENCO's own time and handing tasks to others. A critical look at "
               "approaches, strategies and resources for assessment, planning and teaching, including ICT: "
               "text-to-speech, word prediction, visual timetables on the whiteboard, and the county's SEN data "
               "system."),
      ("Rib", "Gross, J. (2008) Beating Bureaucracy in Special Educational Needs (Routledge)."),
      ("Hackle", "Draw your school's provision map for one year group and cost it."),
      ("Finish", "Cast 2")],
     "New this season, at the request of the schools we asked (see Stakeholders below). The mid-season check follows "
     "at three o'clock: each candidate reviews the Personal Box with the Coach and Ghillie."),
    ("Dressing 6 \u00b7 Black Gnat", "Tied for: voices from the bank",
     [("Hook", "Friday 13 March 2009, Cressmere Mill"),
      ("Thread", "Richard Amory, with Jo Harwood"),
      ("Body", "Working with parents and carers: fair and steady relationships, hard conversations, advising and "
               "supporting parents, reviews that parents want to come to, the Parent Partnership Service, and "
               "helping parents support their child's learning at home."),
      ("Rib", "The Code of Practice, chapter 2, Working in Partnership with Parents."),
      ("Hackle", "Invite the parents of one pupil in your Water work group to talk about what they want for their "
                 "child, and write up what you learned."),
      ("Finish", "Cast 2; Cast 3")],
     "On the 2007-08 pilot the afternoon of this dressing was given to pupils' own voices: a speaker from "
     "Ambersett's Children's Rights Service showed candidates how to consult pupils about their provision. She has "
     "since left the Service, and this season the whole day goes to parents. We hope to tie a pupils' voice "
     "afternoon again next season."),
    ("Dressing 7 \u00b7 Coch-y-Bonddu", "Tied for: the whole river",
     [("Hook", "Friday 24 April 2009, Cressmere Mill"),
      ("Thread", "Richard Amory and Margaret Ellery"),
      ("Body", "Leading colleagues: winning the commitment of the head and senior team; working with governors on "
               "the school's inclusive ethos, SEN policy, priorities and budget; supporting colleagues through "
               "observation and feedback, modelling, coaching and mentoring and running staff training; advising "
               "colleagues in other schools through the cluster SENCO networks. The outside agencies: educational "
               "psychology, speech and language therapy, CAMHS, the sensory and physical support services, social "
               "care, and voluntary bodies such as the Ambersett Dyslexia Association and Ambersett Autism Support: "
               "what each does, how to get their help and resources, and how to work with them."),
      ("Rib", "The county's Directory of Services for Children with Additional Needs (2008)."),
      ("Hackle", "Observe a colleague teaching a pupil from your group and give feedback; plan a short training "
                 "session for your staff."),
      ("Finish", "Cast 1; Cast 2; Cast 3")],
     "Richard and Margaret run a role play of a governors' meeting in the morning. The afternoon is a market of "
     "agencies: six services and two voluntary bodies bring a stall and candidates go round with their questions."),
    ("Dressing 8 \u00b7 Wickham's Fancy", "Tied for: best practice and the season ahead",
     [("Hook", "Friday 15 May 2009: morning at Heronsgate Special School and Longcroft Primary; afternoon at the "
               "Mill"),
      ("Thread", "Margaret Ellery, with the two headteachers"),
      ("Body", "Best practice seen at first hand in two schools the county's SEN team names for strong provision. "
               "Research on what works: how to find it, read it critically and use it, with Brooks (2007) as the "
               "worked example. School self-evaluation and improvement planning and where SEN sits in them; "
               "reviewing provision with other staff. Keeping up to date: the Fishing Diary as a CPD record; the "
               "Next Season card."),
      ("Rib", "Two pieces of research of the candidate's own choosing, for Cast 1."),
      ("Hackle", "Review your Water work provision with the staff involved before you write Cast 2."),
      ("Finish", "Cast 1; Cast 2; Cast 3")],
     "At the Bankside Review in June each candidate leaves with a Next Season card: three professional targets for "
     "the year after the Award, agreed with the two Coaches, with a route to each (further M-level modules at "
     "Selverton, the cluster SENCO network, the county's SEN moderation work), to take to their performance "
     "management review with their headteacher."),
]

for title, tied, rows, notes in dressings:
    doc.add_heading(title, level=2)
    para(doc, tied, italic=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True)
        cell_text(cells[1], v)
        shade_cell(cells[0], "EEF2E8")
    set_col_widths(t, [2.6, 13.9])
    p = para(doc, "Tying notes. ", bold=True)
    run(p, notes)

para(doc, "The Coaches keep the dressings fresh with the latest thinking from the bank, and every Rib reading is "
     "checked each summer.")

# ---------------------------------------------------------------- marking, award, evaluation
doc.add_heading("Judging the catch", level=1)
doc.add_heading("Marking and moderation", level=2)
p = para(doc, "Each Cast is marked by the candidate's own Coach against the University's Master's-level criteria and "
         "the Compartments it finishes. A second Coach blind-marks every fail, every distinction and one in four of "
         "the rest, and the two agree a mark; the Bankside Review always has two Coaches. The University's external "
         "examiner sees a sample of every Cast and the whole of any disputed one, and attends the June examination "
         "board.")
fn.ref(p, "The external examiner for 2008-09 is Dr Anne Kilbride, Senior Lecturer in Inclusive Education, "
       "University of Calderwick.")
doc.add_heading("The Certificate", level=2)
para(doc, "The University awards the Postgraduate Certificate to a candidate who passes all three Casts, on the "
     "decision of its examination board in June.")

doc.add_heading("How we judge the season", level=2)
para(doc, "Every Dressing day ends with a Rise Sheet: what rose and what did not. The Coach who tied the dressing "
     "reads them the same week and changes the next dressing where they show a need. The Ghillies' mid-season notes "
     "tell us how the Water work is going in schools. The University's annual monitoring report and the external "
     "examiner's report come to the Close Season Review in July, a meeting of the Coaches and the University's "
     "programme leader, which rewrites the next season's pattern book. Dressing 5 was added this year because the "
     "pilot's Rise Sheets asked for it.")
para(doc, "We measure what the Award does for candidates by running the Tackle Check again before the Bankside "
     "Review and comparing it with the first, and by asking each candidate to rate their confidence as a SENCO on a "
     "ten-point scale in September and in June. Impact on pupils we leave to the candidates' own schools; we would "
     "like in future to ask the Ghillies to look at the Water work pupils' progress a year on.")

doc.add_heading("Stakeholders", level=2)
para(doc, "In spring 2008 we asked the SEN leads of Ambersett, Selverton and Harnby councils and the 46 SENCOs in "
     "the three cluster networks what a new SENCO most needs; 31 replied. Provision mapping and working with "
     "parents came top. That is why Dressing 5 is new this season and why Dressing 6 now gives a whole day to "
     "parents.")
para(doc, "The councils' staff tie parts of Dressings 2 and 6, the two headteachers host Dressing 8, and every "
     "Ghillie is a serving SENCO. We would like the council SEN leads and headteachers to have a part in judging the "
     "Award, and will write to them about it when this season ends.")

# ---------------------------------------------------------------- the box
doc.add_heading("The Box", level=1)
para(doc, "The twenty-nine Compartments, in our words. For Tied on and Finish, see Notes on the Box at the front.")
box = [
    ("Attributes: the angler", None),
    ("1", "Fair, respectful and steady relationships with pupils with SEN and disabilities and with their parents "
          "and carers", "2, 6", "Whip-finished (C3)"),
    ("2", "Winning the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
     "7", "Whip-finished (C2)"),
    ("3", "Setting priorities, managing your time and delegating, and checking delegated work gets done", "5",
     "Half-hitched"),
    ("4", "Seeing problems coming, solving them and making sound decisions about provision", "4, 5",
     "Whip-finished (C3)"),
    ("5", "Speaking and writing clearly; listening to and understanding what others think", "1 to 8",
     "Whip-finished (C1, C3)"),
    ("6", "Using research and outside advice to improve your own and colleagues' practice", "8",
     "Whip-finished (C1)"),
    ("7", "Keeping up to date and taking charge of your own CPD in SEN and disability", "8", "Whip-finished (C3)"),
    ("Knowing the water", None),
    ("8", "The law and guidance on SEN, the Code of Practice, and what they mean for the school, the SENCO and "
          "others", "1", "Whip-finished (C1)"),
    ("9", "Every Child Matters: its principles, the five outcomes and the SENCO's part", "3", "Whip-finished (C1)"),
    ("10", "Disability equality law and what it requires the school to do for disabled pupils", "1", "CHANGE"),
    ("11", "How children develop, and how SEN, disability and the setting can affect development", "\u2013",
     "Whip-finished (C3)"),
    ("12", "The common kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on "
           "learning", "2", "Whip-finished (C2)"),
    ("13", "A critical grasp of approaches, strategies and resources for assessing, planning and teaching, ICT "
           "included", "4, 5", "Whip-finished (C2)"),
    ("14", "School self-evaluation and improvement, and where outcomes for pupils with SEN fit in", "8",
     "Half-hitched"),
    ("15", "Best practice and what research says about meeting SEN", "8", "Whip-finished (C1)"),
    ("16", "What outside agencies do and how to get specialist help and resources", "7", "Whip-finished (C2)"),
    ("Skills on the bank", None),
    ("17", "With senior colleagues and governors, shaping an inclusive ethos, policy, priorities and the use of "
           "resources", "7", "Whip-finished (C1)"),
    ("18", "Finding pupils who may have SEN, setting challenging targets, planning interventions and reviewing "
           "progress", "4", "Whip-finished (C2)"),
    ("19", "Using other professionals' assessments to shape teaching", "4", "Whip-finished (C2)"),
    ("20", "Using summative data, national tests included, to track progress and change programmes", "4",
     "Whip-finished (C2)"),
    ("21", "Helping other teachers develop formative assessment, with approaches for pupils with SEN", "\u2013",
     "Empty compartment"),
    ("22", "Spotting in good time the access arrangements pupils need for national tests and examinations, and "
           "putting them in place", "4", "Half-hitched"),
    ("23", "Provision mapping and management; finding provision that is missing or not working", "5",
     "Whip-finished (C2)"),
    ("24", "Deploying and managing staff well", "5", "Whip-finished (C2)"),
    ("25", "Developing colleagues: observation and feedback, modelling, coaching and mentoring, training", "7",
     "Whip-finished (C3)"),
    ("26", "Reviewing provision with other staff to feed the school's self-evaluation", "8", "Whip-finished (C2)"),
    ("27", "Making sure pupils take part in planning, agreeing and reviewing their provision", "6",
     "Whip-finished (C2)"),
    ("28", "Working with parents and carers to support their child's learning", "6", "Whip-finished (C2)"),
    ("29", "Partnership with other services and agencies, voluntary bodies included", "7", "Half-hitched"),
]
t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
top = t.rows[0].cells
m = top[0].merge(top[3])
cell_text(m, "THE BOX \u00b7 Season 2008-09", bold=True)
shade_cell(m, "4F6228")
m.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
for c, h in zip(t.rows[1].cells, ("No.", "Compartment (in our words)", "Tied on", "Finish")):
    cell_text(c, h, bold=True)
    shade_cell(c, "D9E2D0")
s2c_cell = None
for item in box:
    cells = t.add_row().cells
    if item[1] is None:
        g = cells[0].merge(cells[3])
        cell_text(g, item[0], bold=True, italic=True)
        shade_cell(g, "EEF2E8")
        continue
    no, text, tied, fin = item
    cell_text(cells[0], no)
    cell_text(cells[1], text)
    cell_text(cells[2], tied)
    if fin == "CHANGE":
        changed_cell(cells[3], "Half-hitched", "Whip-finished (C1)", ME, D2)
    else:
        cell_text(cells[3], fin)
    if no == "21":
        s2c_cell = cells[3]
set_col_widths(t, [1.2, 10.2, 1.9, 3.4])
comment(doc, s2c_cell.paragraphs[0].runs, "Could formative assessment go into Cast 2 next season? Helen would tie "
        "it on Dressing 4.", "Helen Stott", "HS")

para(doc, "")
para(doc, "Pattern Book No. 7 was approved by the Trust's Education Committee on 30 September 2008.", italic=True)

fn.attach(doc)
doc.save(OUT)
print("wrote", OUT)
