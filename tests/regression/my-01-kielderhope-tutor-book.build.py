"""my-01-kielderhope-tutor-book: build my-01-kielderhope-tutor-book.docx next to this script.

Provider (invented): Kielderhope College of Piping and Traditional Music, Northumberland, a piping school with its own
pipe band (Kielderhope and District Pipe Band), in partnership with the University of Wansford, applying to run the
National Award for SEN Coordination from September 2008.

Document kind and layout: the course sent as the College's own bagpipe *Tutor book* ("The Kielderhope Tutor, Book 3:
The SENCo's Tutor"), written the way the College's green piping tutors are written: to "you", the learner piper, with
a foreword, "How to use this Tutor", "Before you start" (entry), "The Scale" (the needs assessment), ten Lessons (the
study days) each with "Practice at home" exercises done in the piper's own school, four "Tunes" (the assessed
assignments: The March, The Strathspey, The Reel, The Piobaireachd), "The Bench" (marking), a glossary of piping words,
and last of all "The Embellishments" table, which is the outcome map. Heading styles (Title, Heading 1, Heading 2),
List Bullet lists, italic "Remember:" notes, a header and a footer with a PAGE field, a VML text box ("From the Pipe
Major's Bench"), three footnotes, three Word comments, tracked changes. House vocabulary: pipers (participants),
Pipe Major (programme leader), Instructors (tutors), Band Sergeants (school-based mentors), the Bench (markers),
Practice Chart (individual training plan), "own tunes" (personalised outcomes), Practice Room (the VLE), the Bothy
(its peer forum), Band Hall.

The Embellishments table (merged, shaded part rows "Part I - Gracenotes" etc.; codes G1-G7, D1-D9, M1-M12) is keyed
far above it, in "How to read this Tutor": under "Played in", M, S, R and P are the four Tunes, judged by the Bench;
"Chanter only" means practised in the Lessons and at home but never judged; under "Learned in", "Own reading" means
no Lesson teaches it.

Traps (requirement ids):
- 6.A3, 6.A7, 6.K4: "Chanter only" in the table (taught, never judged) -> partially_met; the key is far above.
- 6.S4: "Learned in" is "Own reading" but it is played in The Reel (assessed, not taught) -> partially_met.
- 6.S2d: no row; only Lesson 4's prose says access arrangements are "touched on" -> taught, not assessed,
  partially_met.
- 6.S2b: its row (M4) is a tracked deletion; nowhere else -> not_met.
- 6.K7: its row says "School self-evaluation and improvement planning are the head's business" and not in this Tutor -> not_met.
- 6.K9: that The Reel judges it is said in a footnote as well as the table (met).
- 6.0: the award rule averages the four Tunes ("average 50 or more, with no Tune below 40"): compensation, so not all
  outcomes must be shown -> partially_met.  1.9 partially_met (outcomes never judged).
- 2.3: "Not at present." and a route the University "is looking at" for 2010 -> not_met (negation plus plan).
- 2.1: certificated prior learning accredited, but "Experience on its own, however long, does not earn credit"
  -> partially_met. A comment saying APEL could be offered is not evidence.
- 2.5: met only through a tracked insertion in Lesson 10 (the inserted sentence counts).
- 3.2: one September start, Lessons in order; a January start exists only in a deleted sentence; the only choice is
  Tuesday or Saturday class -> partially_met.
- 3.3: the Practice Room (e-learning) exists but "Instructors do not answer questions in the Practice Room" ->
  partially_met (peer support and ICT, no tutor support between Lessons).
- 4.3: stakeholders help deliver (Lessons 8 and 9) but evaluation is only hoped for ("We hope that ... will, in
  time, help us") -> partially_met.
- 5.3: the College "does not ask pipers for their CRB disclosures" (negation; the check is left to employers); the
  Instructors' CRB checks for the junior band are the right words about the wrong people; a comment asks whether to
  check -> not_met.
- 5.5: specialist Instructors but "There are no placements" -> partially_met.
- 5.9: confidence measured on the Scale at start and end, but pupils' progress is only a wish ("We would like, in
  time") -> partially_met.
- 1.3: research only in general terms ("the best of recent research"), with no inspection evidence -> partially_met.
- 5.8 met only in the text box (the text box is the provider's own text). The Principal's piping qualifications are
  the wrong qualifications, but the SEN staff are described properly (5.4 met).
- The header's "Approved" wording and the footer are never evidence.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _my_helpers import (para, rich, run, ins, dele, deleted_paragraph, delete_row, shade, cell_text, table,
                         page_field, textbox, Footnotes, comment, set_margins, base_font)

HERE = Path(__file__).parent
NAME = "my-01-kielderhope-tutor-book"
AUTH_PM = "Morag Hedley"
AUTH_UNI = "Helen Carr"
D1 = "2008-04-14T10:12:00Z"
D2 = "2008-04-22T16:40:00Z"

doc = Document()
set_margins(doc, 2.2)
base_font(doc, "Georgia", 10.5)
fn = Footnotes()

# ---- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "THE KIELDERHOPE TUTOR  \u2022  BOOK 3  \u2022  THE SENCo'S TUTOR  \u2022  Approved for 2008-09", size=8,
    color="555555")
fp = sec.footer.paragraphs[0]
run(fp, "Kielderhope College of Piping and Traditional Music, The Band Hall, Kielderhope, Northumberland. "
        "Validated by the University of Wansford. Page ", size=8, color="555555")
page_field(fp)

# ---- title page
doc.add_paragraph("The Kielderhope Tutor", style="Title")
para(doc, "Book 3: The SENCo's Tutor", bold=True, size=16)
para(doc, "A course of ten Lessons and four Tunes leading to the National Award for SEN Coordination "
          "(Postgraduate Certificate, University of Wansford)", italic=True, size=11)
para(doc, "Kielderhope College of Piping and Traditional Music, with the University of Wansford. "
          "Edition for the 2008-09 season, submitted to the TDA as our application for approval.", size=10)

doc.add_heading("Foreword from the Pipe Major", level=1)
para(doc, "Every piper who has come through the College knows the green Tutor: Book 1 for the practice chanter, "
          "Book 2 for the full pipe. Book 3 is different. It is not about the bagpipe at all. Since 1996 the College "
          "has run the county's music outreach into schools, and our pipers and fiddlers have spent a great many "
          "hours in special schools, resource bases and ordinary classrooms. The teachers we met there asked us, more "
          "than once, whether the College could put its way of teaching - little and often, in order, with a lot of "
          "practice between lessons - to work for the teachers who lead SEN in their schools. This Tutor is our "
          "answer, written with the University of Wansford, which validates it.")
para(doc, "The tune the whole Tutor plays is the achievement and the well-being of children and young people with "
          "SEN and disabilities. We mean achievement in the full Every Child Matters sense: being healthy, staying "
          "safe, enjoying and achieving, making a positive contribution and achieving economic well-being, not test "
          "results alone. Each Lesson names the difference it is meant to make to pupils; each Tune asks you to show, "
          "from your own school, what you changed for particular pupils and how their learning and well-being moved "
          "on as a result. That is the aim, it runs through the content, and it is what the Bench marks.")
para(doc, "Morag Hedley, Pipe Major (Programme Leader)", italic=True)

# ---- how to use
doc.add_heading("How to use this Tutor", level=1)
para(doc, "In this Tutor you are \"the piper\". The ten Lessons are the College's study days; the Practice at home "
          "exercises are tasks you carry out in your own school between Lessons; the four Tunes are the pieces of "
          "work the Bench judges for the Award. Your Band Sergeant is an experienced SENCo from a nearby school who "
          "visits you in school and reads your practice. The Instructors teach the Lessons. The Pipe Major leads the "
          "whole Tutor.")
para(doc, "The Award is a Postgraduate Certificate of the University of Wansford: 60 credits at Master's level "
          "(M-level), made up of two 30-credit modules, \"Lessons 1 to 5 with The March and The Strathspey\" and "
          "\"Lessons 6 to 10 with The Reel and The Piobaireachd\". The University's Board of Examiners confers the "
          "Award and the University's regulations for postgraduate certificates apply.")

doc.add_heading("How to read this Tutor", level=2)
para(doc, "The table of Embellishments at the back of the book sets out, one line each, the things a SENCo must be "
          "able to do and know by the end. Read its last two columns like this:")
for t in ("Under \"Learned in\", a Lesson number is where that Embellishment is taught. \"Own reading\" means no "
          "Lesson teaches it: the piper learns it from the reading list for the Tune concerned.",
          "Under \"Played in\", M, S, R and P stand for The March, The Strathspey, The Reel and The Piobaireachd. "
          "Those are the four Tunes the Bench judges, so an Embellishment with a letter there is marked.",
          "\"Chanter only\" means the Embellishment is practised in the Lessons and at home, and you will talk it "
          "through with your Band Sergeant, but it is never judged by the Bench and carries no marks.",
          "A dash means the Embellishment is not in this Tutor."):
    doc.add_paragraph(t, style="List Bullet")
p = para(doc, "Remember: a tune you have only fingered on the chanter is not a tune you can play on the boards.",
         italic=True)

# ---- before you start
doc.add_heading("Before you start: the practice chanter", level=1)
para(doc, "Nobody is given a full set of pipes on their first night, and nobody starts this Tutor without the basics. "
          "To be accepted you must:")
for t in ("hold Qualified Teacher Status and be teaching in a maintained school, academy or special school in "
          "England;",
          "be the school's SENCo, or be named by your headteacher to take up the post within the year;",
          "send with your application a letter from your headteacher agreeing to release you for ten Lessons, "
          "to give you time in school for Practice at home, and to meet your Band Sergeant;",
          "come to a forty-minute \"chanter night\" conversation with the Pipe Major or an Instructor, in which we "
          "go through your experience of SEN work, your degree or other study, and a short piece of writing you "
          "bring about a pupil you teach."):
    doc.add_paragraph(t, style="List Bullet")
para(doc, "If the chanter night shows that you are not yet ready - most often because you have not yet had any "
          "responsibility for pupils with SEN, or because your writing is not yet at the level Master's study asks "
          "for - the Pipe Major writes to you and, with your permission, to your headteacher, setting out what to do "
          "first: usually a term working alongside your school's current SENCo, the College's short \"Writing for "
          "the Bench\" evening course, or both. You are then welcome to apply for the next season.")

doc.add_heading("Bringing credit with you", level=2)
p = para(doc, "If you already hold Master's-level credit in special or inclusive education from a university, "
              "gained within the last five years, you may ask for up to 20 credits of it to count towards the Award. "
              "The University's Accreditation of Prior Learning panel decides, against the Embellishments your "
              "earlier study covered, and tells you which parts of the Tutor you need not be judged on again. "
              "Experience on its own, however long, does not earn credit.")
comment(doc, p.runs[0], "Could we offer APEL for experienced SENCos on a portfolio? The University allows it for "
                        "other PGCerts. Discuss at Tutor Committee. - HC", AUTH_UNI, "HC")
para(doc, "Can I go straight to the Bench without playing the Lessons? Not at present. The University is looking at "
          "an assessment-only route for the 2010 season, for experienced teachers from the county's support "
          "services; for 2008-09 every piper plays the whole Tutor.")

# ---- the scale
doc.add_heading("The Scale: finding your own tunes", level=1)
para(doc, "Every piper learns the scale first, because everything else is built on it. In the SENCo's Tutor the "
          "Scale is a self-assessment against all of the Embellishments in the table at the back, done in the two "
          "weeks before Lesson 1. For each Embellishment you say whether you can already play it, can play it "
          "haltingly, or have not started, and give one example from your school.")
para(doc, "You bring the Scale to a half-hour tutorial with your Instructor at Lesson 1. Together you turn it into "
          "your Practice Chart: your own training plan for the season, which says which Lessons and readings matter "
          "most for you, which Practice at home exercises you will do in depth, and which three or four "
          "Embellishments are your \"own tunes\" - the personal outcomes you will push furthest and write about in "
          "your Tunes. The Instructor checks the Chart against what you show in your first two exercises and "
          "changes it with you at Lesson 4 if the Scale was too generous or too modest. Your Band Sergeant keeps a "
          "copy.")
para(doc, "The Scale is played again at Lesson 10. Each time you also mark, from one to five, how confident you "
          "feel in the SENCo role, and the Tutor Committee compares the two sets of ratings for the whole season.")

# ---- Lessons
doc.add_heading("The Lessons", level=1)
para(doc, "The ten Lessons run from September to June in the Band Hall at Kielderhope, each from 4.15 to 7.45 pm on a "
          "Tuesday (with supper at half time), or as the same Lesson on the following Saturday from 9.30 am to 1.00 "
          "pm. You choose one class for the season. The Tutor is played in order, Lesson by Lesson, from a September "
          "start. ")
p = doc.paragraphs[-1]
dele(p, "A second class, starting in January and taking Lessons 6 to 10 before Lessons 1 to 5, will run if twelve "
        "pipers ask for it.", AUTH_PM, D1)
para(doc, "Every Lesson ends with Practice at home: one or two exercises you carry out in your own school before "
          "the next Lesson, and which you bring back to share. Between Lessons the Practice Room, the College's pages "
          "on the University's Blackboard site, holds the slides, a sound recording of each Lesson, the readings and "
          "a forum, the Bothy, where pipers in your class talk to each other. Instructors do not answer questions in "
          "the Practice Room; questions wait for the next Lesson.")
para(doc, "Every Lesson's reading list draws on the best of recent research, chosen by the Instructor who teaches "
          "it.")

lessons = [
    ("Lesson 1. Tuning up",
     "What a SENCo is for, and what you are for in your school. The five Every Child Matters outcomes and the "
     "SENCo's part in helping children reach them. Working out where your time goes: priorities, the SENCo's "
     "year, and which jobs to hand on. The Scale tutorial.",
     "Practice at home: keep a diary of one fortnight of your SENCo time and mark what only you can do."),
    ("Lesson 2. The Code",
     "The law and guidance you work under: the Education Act 1996 and the SEN Code of Practice (2001), the Special "
     "Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the "
     "Disability Equality Duty, Removing Barriers to Achievement (2004) and Every Child Matters. What each means for "
     "the school, the governors and the SENCo, and how to put them into practice: School Action, School Action "
     "Plus, statutory assessment and annual reviews, the school's accessibility plan and its disability equality "
     "scheme.",
     "Practice at home: read your school's SEN policy against the Code and list three things to put right."),
    ("Lesson 3. Knowing the player",
     "How children grow and learn, and how SEN, disability and the places they learn in can shape that "
     "development. The commonest needs - behavioural, emotional and social difficulties, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
     "moderate learning difficulties - and how each affects learning. Speaker: Ruth Armstrong, speech and "
     "language therapist.",
     "Practice at home: observe one pupil across a morning and note what helps and what gets in the way."),
    ("Lesson 4. Reading the score",
     "Finding the pupils who may have SEN: classroom observation, data and the school's assessments. Setting "
     "targets that stretch, planning interventions that take away barriers, and reviewing progress with the "
     "pupil and the family. Using the reports of educational psychologists, therapists and advisory teachers to "
     "shape teaching. Approaches, strategies and resources for assessment and teaching, including ICT (Clicker, "
     "text-to-speech, recording for pupils who cannot yet write), weighed critically. We also touch on access "
     "arrangements for Key Stage tests and GCSEs, so that pipers know to apply in good time.",
     "Practice at home: choose the pupil for your March and gather everything the school already knows."),
    ("Lesson 5. Setting the drones",
     "Provision mapping: setting out what the school provides, for whom, at what cost, and finding what is "
     "missing or not working. Reviewing with colleagues whether provision is doing its job, and reporting what "
     "you find to the head and governors so the school knows what to keep and what to change. This Lesson was added after the 2007 survey of schools (see "
     "\"How this Tutor was written\").",
     "Practice at home: draft a provision map for one year group."),
    ("Lesson 6. Hearing the piper",
     "Consulting children and young people about the things that affect them, and involving them in planning, "
     "agreeing and reviewing their own provision: pupil-centred reviews, talking mats, questionnaires for pupils "
     "with little language, and making the pupil's voice count at the annual review. Pipers practise the "
     "techniques on each other before using them in school.",
     "Practice at home: hold a consultation with a small group of pupils about one part of their provision."),
    ("Lesson 7. Playing in the band",
     "Working with colleagues in and beyond the school: advising, supporting and collaborating with class and "
     "subject teachers, the head and the senior team, and the governors. Winning the backing of senior leaders. "
     "Shaping an inclusive ethos and the use of resources. Observing colleagues and giving feedback, modelling, "
     "coaching and mentoring, running staff training. Helping teachers build assessment for learning that works "
     "for pupils with SEN.",
     "Practice at home: observe a colleague's lesson, by agreement, and give feedback."),
    ("Lesson 8. Family tunes",
     "Working in partnership with parents and carers: listening, advising and supporting, hard conversations, "
     "meetings that parents find useful, and relationships that are fair and respectful. Speaker: the County's "
     "Parent Partnership Officer, with two parents from the county's parent carer group.",
     "Practice at home: review how your school talks to the parents of one pupil and agree one change with them."),
    ("Lesson 9. The massed bands",
     "External agencies and voluntary organisations: who does what, how to get specialist help and resources, and "
     "working in partnership for a joined-up approach. Speakers from the County's educational psychology service "
     "and its sensory support team, and from a local autism charity.",
     "Practice at home: map the agencies that work with pupils in your school and how you reach each."),
    ("Lesson 10. Beyond the Tutor",
     "Best practice and the findings of research on meeting SEN; using research and outside advice to improve "
     "your own and your colleagues' teaching; keeping up to date and taking charge of your own professional "
     "development. The Scale played again. The Next Tunes sheet, which is not marked. ",
     "Practice at home: none. The season ends with the Piobaireachd viva and the band's summer ceilidh."),
]
for title, body, practice in lessons:
    doc.add_heading(title, level=2)
    p = para(doc, body)
    if title.startswith("Lesson 10"):
        ins(p, "Before the Lesson each piper meets their headteacher or line manager with the Next Tunes sheet, and at "
               "the Lesson the Instructor helps each piper turn it into two or three professional targets for the "
               "year after the Award.", AUTH_PM, D2)
    para(doc, practice, italic=True)

# ---- the tunes
doc.add_heading("The Tunes", level=1)
para(doc, "Four Tunes are played for the Bench. Each is about your own school and the pupils in it, and each asks "
          "you to show the difference your work made. Every Tune is written (or, for the Piobaireachd, written and "
          "spoken) to Master's level, and each is marked out of 100.")
tunes = [
    ("The March (30%): one pupil, one year", "A case study of 3,500 words on a pupil with SEN whom you teach or "
     "support. You show how the pupil's needs were found, what the assessments of other professionals told you "
     "and how you used them, what targets you set, the intervention you planned and the approaches and resources, "
     "including ICT, you chose and why, and how you reviewed progress with the pupil and the family. You judge how "
     "well your decisions worked."),
    ("The Strathspey (20%): the voices", "A reflective account of 2,500 words, with evidence, of how you consulted "
     "pupils about their provision and involved them in planning and reviewing it, and how you worked with their "
     "parents and carers, in the light of the Every Child Matters outcomes. It includes a ten-minute recorded "
     "conversation with a parent or carer, with their consent."),
    ("The Reel (20%): the drones", "Your school's provision map for a year group or key stage, with a 1,500-word "
     "paper to your senior team or governors on what the map shows: which provision works, which is missing or "
     "wasted, how staff are deployed to support pupils and how they should be, and what help the school should "
     "seek from outside agencies. Your Band Sergeant or head signs to say the paper was presented."),
    ("The Piobaireachd (30%): the big music", "A 4,000-word study of one development in your school's SEN work "
     "that you led over the year, drawing on research and the law, including disability equality law, and on "
     "your work with colleagues (observation, coaching and training), followed by a twenty-minute viva with two "
     "members of the Bench."),
]
for title, body in tunes:
    p = rich(doc, [(title + ". ", "b"), (body, "")])
    if title.startswith("The Reel"):
        fn.add(p, "The Reel is where the Bench judges the piper's knowledge of outside agencies (D9 in the table).")

doc.add_heading("The Bench and the Award", level=2)
para(doc, "Tunes are judged by the Bench: the Instructor who teaches the class marks first, using the University's "
          "Master's-level marking criteria and the Tutor's own descriptors for each Embellishment.")
textbox(doc, [
    ("From the Pipe Major's Bench", True, False),
    ("One Tune in four from every class, and every Tune marked below 40 or above 70, is second-marked blind by Dr "
     "Helen Carr or another University tutor. The Bench then meets to agree marks and moderates across the two "
     "classes, so that a Tuesday piper and a Saturday piper are judged alike. The external examiner, from another "
     "university's SEN programme, sees a sample of every Tune and the marks, and reports to the University's Board "
     "of Examiners in July.", False, False),
], height_pt=120)
para(doc, "The Award is made to every piper whose four Tunes average 50 or more, with no Tune below 40. A piper "
          "whose average falls short may replay one Tune once, in the following term.")

# ---- how this tutor was written
doc.add_heading("How this Tutor was written", level=1)
para(doc, "In the spring of 2007 the College and the University asked the 64 first, middle and high schools in the "
          "College's three outreach partnerships what new SENCos needed. Thirty-eight SENCos and seventeen "
          "headteachers answered a questionnaire, and the County's SEN and Inclusion team gave us its view of the "
          "needs it sees in reviews and in its work with schools. Three things came back more than any other: new "
          "SENCos are unsure how to map and cost provision; they find meetings with parents the hardest part of the "
          "job; and many cannot be released on a weekday.")
para(doc, "So Lesson 5, \"Setting the drones\", was written for the Tutor; Lesson 8 was made a full Lesson with "
          "parents as speakers; and the Saturday class was added. Two headteachers and the County's Senior "
          "Inclusion Officer sat on the working group that wrote this edition.")
para(doc, "The County's officers and the parent carer group help to teach Lessons 8 and 9. We hope that "
          "headteachers and the County's SEN team will, in time, help us evaluate the Tutor as well.")

# ---- who teaches
doc.add_heading("Who teaches the Tutor", level=1)
staff = [
    ["Name", "Role in the Tutor", "Background"],
    ["Morag Hedley", "Pipe Major (Programme Leader); teaches Lessons 1, 2 and 10",
     "SENCo in a Northumberland middle school for eleven years; MA Special and Inclusive Education; OCR Certificate "
     "in Specific Learning Difficulties; still works two days a week as an advisory teacher for inclusion."],
    ["Dr Helen Carr", "University link tutor; Bench; teaches Lesson 7",
     "Senior Lecturer in Inclusive Education, University of Wansford; former head of a special school; writes on "
     "the SENCo role and teacher development."],
    ["Euan Dodd", "Instructor; teaches Lessons 4 and 9",
     "Educational psychologist with the County's psychology service; trains schools in assessment and "
     "intervention."],
    ["Ruth Armstrong", "Instructor; teaches Lessons 3 and 6",
     "Speech and language therapist; works in the county's language resource bases; Makaton trainer."],
    ["Alasdair Robson", "College Principal; chairs the Tutor Committee",
     "Pipe Major of the Kielderhope and District Pipe Band; Piobaireachd Society gold medallist; senior judge, "
     "RSPBA. Takes no part in teaching or judging the Tutor."],
]
table(doc, staff, widths=[3.2, 4.8, 8.5], header_fill="D9D9D9")
para(doc, "")
para(doc, "Every Instructor keeps up to date through the University's SEN research group, which meets each term, "
          "and through their own work in schools and services.")

doc.add_heading("Specialists and placements", level=2)
para(doc, "Pipers meet a range of specialists through the Lessons: an educational psychologist, a speech and "
          "language therapist, the sensory support team, the Parent Partnership Officer and a local autism charity. "
          "There are no placements: all the practice is done in the piper's own school.")

doc.add_heading("Band Sergeants and Instructors: knowing the job", level=2)
para(doc, "Each piper has a Band Sergeant, an experienced SENCo from another school, who visits twice a term and "
          "reads the piper's Practice at home. Band Sergeants come to a Sergeants' evening in September, where the "
          "Pipe Major goes through the Sergeant's Card (what to do on a visit, what to record, what is and is not "
          "their job, and when to call the Instructor). Instructors and Bench members meet for a full day each August "
          "to go through the Instructors' Book, the Tunes and their marking descriptors, and mark two anonymised "
          "Tunes from the previous season together before they mark alone.")

doc.add_heading("Resources", level=2)
para(doc, "The Band Hall's Resource Room holds a lending library of some 400 books on SEN and disability, "
          "assessment materials pipers may borrow for their March (among them the Boxall Profile, the British "
          "Picture Vocabulary Scale and dyslexia screening tests), and four laptops with Clicker 5, Write Online and "
          "text-to-speech software for pipers to try before using them with pupils. Pipers also have full use of the "
          "University library and its electronic journals from home.")

doc.add_heading("Everyone can play", level=2)
para(doc, "The College's enrolment form asks every piper whether they have a disability or a health condition "
          "they want us to know about, and says why we ask. Anyone who tells us meets the Pipe Major before Lesson 1 "
          "to agree the adjustments they need: handouts in large print or on disk, the hearing loop in the Band "
          "Hall, the ground-floor room and ramp, breaks, extra time on the viva, or submitting a Tune as a recording. "
          "Adjustments agreed for the Lessons are carried through to the Bench. Our leaflets and application pack "
          "say this and are available in large print.")

doc.add_heading("Checks", level=2)
p = para(doc, "All our Instructors who take the junior band hold enhanced CRB disclosures, renewed every three "
              "years. The College does not ask pipers for their CRB disclosures: every piper is a serving teacher and "
              "that check is for the school that employs them.")
comment(doc, p.runs[0], "Should we be checking pipers' CRBs ourselves? The TDA may ask about this. - MH",
        AUTH_PM, "MH")

doc.add_heading("Is the Tutor working?", level=2)
para(doc, "After every Lesson pipers fill in a slip on what helped and what did not; in June they answer the "
          "University's end-of-module questionnaire. The Instructors review each Lesson at their August day. The "
          "external examiner's report and the University's annual monitoring of the Certificate come to the Tutor "
          "Committee (the Principal, the Pipe Major, Dr Carr and the Instructors) each June with the slips, the "
          "questionnaire results and the Scale ratings, and the Committee decides what changes in next season's Tutor; its minutes record each "
          "change and why. After the 2007 consultation and the pilot Lessons that spring, for example, Lesson 4 was "
          "split from Lesson 5 and the March was made shorter.")
para(doc, "We compare each piper's Scale and confidence ratings at Lesson 1 and Lesson 10 to see how far their "
          "competence and confidence have grown. We do not at present collect anything on pupils' progress across "
          "the cohort; we would like, in time, to be able to say what difference the Tutor makes to the pupils "
          "our pipers teach.")

doc.add_heading("What it costs", level=2)
para(doc, "The fee for the season is \u00a31,650, which covers the Lessons, suppers, Band Sergeant visits, the "
          "Practice Room and University registration. It is about a third less than the University's own "
          "Certificate, because the Lessons are held in the Band Hall and taught by Instructors already working in "
          "the county. Schools in the College's outreach partnerships may pay in three termly parts, and the County "
          "meets half the fee for its first-year SENCos.")

# ---- glossary
doc.add_heading("Glossary of piping words", level=1)
gl = [["Word", "In piping", "In this Tutor"],
      ["Chanter", "The practice instrument, played before the full pipe", "Practised, not judged"],
      ["Embellishment", "A gracenote figure ornamenting a melody note", "Something a SENCo must do or know"],
      ["Piobaireachd", "The classical music of the pipe: a theme with variations", "The big Tune, with viva"],
      ["The Bench", "The judges at a competition", "The markers and moderators"],
      ["Band Sergeant", "The pipe band's second in command", "The school-based mentor"],
      ["The Bothy", "A shepherd's hut on the hill", "The pipers' forum in the Practice Room"]]
table(doc, gl, widths=[3.2, 6.5, 6.5], header_fill="D9D9D9")

# ---- embellishments table
doc.add_heading("The Embellishments", level=1)
para(doc, "Read with \"How to read this Tutor\" at the front of the book.", italic=True, size=9)
rows = [
    ("Part I - Gracenotes: what a SENCo is like to work with", None),
    ("G1", "Builds fair, respectful and encouraging working relationships with pupils who have SEN or "
           "disabilities, and with their mothers, fathers and carers", "3, 6, 8", "M, S"),
    ("G2", "Wins the backing of colleagues, the head and the senior team for better outcomes for pupils with SEN",
     "7", "R"),
    ("G3", "Sets priorities, manages time, and hands tasks on to others, checking they are done", "1",
     "Chanter only"),
    ("G4", "Sees problems coming, sorts them out and makes sound, well-grounded decisions about provision", "4, 5",
     "M, R"),
    ("G5", "Speaks and writes clearly; listens to and understands what others think", "All Lessons", "S, P"),
    ("G6", "Uses research and outside advice to improve own and colleagues' teaching", "10", "P"),
    ("G7", "Keeps up to date and takes charge of own professional development in SEN and disability", "10",
     "Chanter only"),
    ("Part II - Doublings: what a SENCo knows", None),
    ("D1", "Knows the law and guidance on SEN, including the SEN Code of Practice, what they mean for the school "
           "and the SENCo, and how to carry them out", "2", "P"),
    ("D2", "Knows the five Every Child Matters outcomes and how the SENCo helps children reach them", "1, 2", "S"),
    ("D3", "Knows the disability equality laws and duties and the actions they require of the school", "2", "P"),
    ("D4", "Understands how children develop, and how SEN, disability and the surroundings they learn in affect "
           "that development", "3", "Chanter only"),
    ("D5", "Knows the commonest kinds of SEN and disability (BESD, specific learning difficulties including "
           "dyslexia, SLCN, autism, MLD) and how each affects learning", "3", "M"),
    ("D6", "Weighs up approaches, strategies and resources, including ICT, for assessing, planning and teaching, "
           "and uses them to remove barriers and personalise provision", "4", "M"),
    ("D7", "(School self-evaluation and improvement planning are the head's business and are not in this "
           "Tutor.)", "\u2013",
     "\u2013"),
    ("D8", "Knows best practice and the findings of research on meeting SEN", "10", "P"),
    ("D9", "Knows what outside agencies do and how to get specialist help and resources for pupils", "9", "R"),
    ("Part III - Movements: what a SENCo does", None),
    ("M1", "With the senior team and governors, shapes an inclusive ethos, policies, priorities and the use of "
           "resources so that all pupils can take part and progress", "7", "R"),
    ("M2", "Finds the pupils who may have SEN (observation, data, assessment), sets challenging targets, plans "
           "interventions and reviews progress", "4", "M"),
    ("M3", "Uses the assessments of psychologists, therapists and other professionals to shape teaching", "4, 9",
     "M"),
    ("M4", "Uses summative assessments, including national test results, to track progress and change "
           "programmes", "4", "M"),
    ("M5", "Helps other teachers build assessment for learning that works for pupils with SEN", "7", "P"),
    ("M6", "Uses provision mapping to plan provision and to find provision that is missing or not working", "5",
     "R"),
    ("M7", "Deploys and manages teaching assistants and other staff to support pupils", "Own reading", "R"),
    ("M8", "Supports colleagues' development: observing and giving feedback, modelling, coaching and mentoring, "
           "running training", "7", "P"),
    ("M9", "Reviews with colleagues how well provision for pupils with SEN is working, so the school knows what "
           "to keep and what to change", "5",
     "R"),
    ("M10", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "6", "S"),
    ("M11", "Works with parents and carers to promote their children's learning and development", "8", "S"),
    ("M12", "Works with other services and agencies, including voluntary organisations, for joined-up support", "9",
     "R"),
]
t = doc.add_table(rows=1 + len(rows), cols=4)
t.style = "Table Grid"
for j, h in enumerate(("No.", "Embellishment: what the piper can do", "Learned in", "Played in")):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="BFBFBF")
deleted_row = None
for i, r in enumerate(rows, start=1):
    if r[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(c, r[0], bold=True, size=9, fill="E7E6E6")
        continue
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9)
    if r[0] == "M4":
        deleted_row = t.rows[i]
for row in t.rows:
    for j, w in enumerate((1.3, 10.2, 2.4, 2.6)):
        row.cells[j].width = Cm(w)
delete_row(deleted_row, AUTH_UNI, D2)
m5 = [k for k, r in enumerate(rows, start=1) if r[0] == "M5"][0]
comment(doc, t.cell(m5, 1).paragraphs[0].runs[0],
        "M4 taken out: national tests are not our strength and the Bench cannot judge it properly yet. - HC",
        AUTH_UNI, "HC")
para(doc, "")
para(doc, "Kielderhope College of Piping and Traditional Music and the University of Wansford, April 2008.",
     italic=True, size=9)

fn.attach(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
