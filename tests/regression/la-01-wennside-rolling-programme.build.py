"""la-01-wennside-rolling-programme: build the .docx next to this script.

Provider (invented): the Wennside Small Schools Co-operative, eight rural primary schools
(none over 90 pupils, all with mixed-age classes) in the upper Wenn valley, with St Ninian's
College of Education, Hexworth, a teacher training college with taught degree awarding powers.

Document kind and layout: the Co-operative's ROLLING PROGRAMME, the two-year Cycle A / Cycle B
long-term plan that mixed-age village schools use, here written for the "SENCo Strand". Its
own vocabulary: Topics (units, one per half term), Cluster Days (study days at a host school),
Class Swaps (days in another Co-op school or a special school), Home Learning (tasks talked
through, never marked), Big Writes BW1-BW3 (marked assignments), the Show and Tell (marked
presentation), Starting Points (needs audit), My Learning Map (individual plan), Mentor Heads,
Talk Partners, the Resource Box, the Co-op Programme Group. Heading styles for sections; a
title block table with merged cells; a landscape-style Programme Grid (merged Big Write cells
spanning half terms, shaded cycle headers); Topic pages with bulleted "In this Topic" lists;
a key in a VML text box; an Outcomes Chart (Ref | What a Co-op SENCo can do (in our words) |
Taught in | Marked in) with the provider's own refs OC1-OC28, values defined in the text box
key far above it; a tracked deletion of a whole Outcomes Chart row; tracked insertions and a
deleted paragraph; Word comments; footnotes; header and footer.

Traps (requirement ids):
- 2.3: the assessment-only route is a PAST arrangement ("In the pilot year (2007-08) ... That
  route closed when the pilot ended") and a deleted paragraph offering it -> not_met.
- 5.3: CRB checks are the employing governing body's business and "the Co-operative does not
  ask to see them"; the footer's "All Co-op staff hold enhanced CRB clearance" is a footer and
  about staff -> not_met. A comment asks whether to add a check (comments never count).
- 6.S2d: access arrangements for the Key Stage 2 tests are "handled by each school's Year 6
  teacher and head" and "are not part of the SENCo Strand" -> not_met (someone else's job,
  negation).
- 6.K4: the child-development row of the Outcomes Chart exists only as a tracked deleted row
  -> not_met.
- 6.A3, 6.S2c: "Home Learning" in Marked in (talked through, never marked) -> partially_met.
- 6.A7, 6.S7: "Log" in Marked in (Class Swap Log, seen by the Mentor Head, not marked) ->
  partially_met; 1.5 still met (pupil conferencing is taught in Topic 3).
- 6.K7: Taught in "Not taught" (checked in Starting Points only) but marked in BW3 -> assessed,
  not taught -> partially_met.
- 1.9: not every outcome is marked (Home Learning, Log rows) -> partially_met.
- 6.0: the Award goes to those who "pass all three Big Writes and the Show and Tell", not to
  those who have shown every outcome -> partially_met.
- 1.3: only "current thinking" in general terms, no research or inspection evidence named ->
  partially_met.
- 2.1: prior certificated study counted (APL) but "Experience on its own is not accredited"
  -> partially_met.
- 2.5: only information about the College's MA and "We do not set targets for after the
  course" -> partially_met.
- 3.3: Topic 4 is studied as e-units on the College's "Slate" VLE, but questions wait for the
  next Cluster Day; no online tutor or peer support between sessions -> partially_met.
- 4.3: heads come to the Show and Tell, but involving parents in evaluation is only hoped for
  ("We would like ... in future") -> partially_met. 4.1 and 4.2 met (March 2008 survey and what
  it changed).
- 5.2: any teacher with QTS nominated by a head is given a place; Starting Points comes after
  joining -> partially_met.
- 5.6: Resource Box and College library, but "no specialist technology of our own" and the LA
  loan scheme "closed in July 2008" (past arrangement) -> partially_met.
- 5.9: confidence and competence measured (Starting Points again at the end) but pupils'
  achievement only hoped for -> partially_met.
- Met despite appearances: 5.5 (Class Swaps and Brackenlea School; the educational
  psychologist is a tracked insertion, which counts); E.2 (60 credits at level 7 is in the body
  and a footnote); 3.2 (join at any half term, any order); 5.8 (double marking, external
  examiner in a footnote and the body).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _la_helpers import (add_ins, add_del, deleted_paragraph, inserted_paragraph, delete_row, shade,
                         set_cell, add_page_field, add_textbox, Footnotes, bullets)

HERE = Path(__file__).parent
NAME = "la-01-wennside-rolling-programme"
PH = "Philippa Hearne"
RA = "Ruth Aldersley"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Comic Sans MS"
st.font.size = Pt(10.5)
fn = Footnotes(doc)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
hp = sec.header.paragraphs[0]
hp.text = "Wennside Small Schools Co-operative  |  Rolling Programme 2008-10  |  SENCo Strand"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Co-op Office, Kirkby Wenn C of E School. All Co-op staff hold enhanced CRB clearance. "
           "Agreed at the Co-op Heads' Meeting, 9 October 2008. Page ")
add_page_field(fp)

# ---------- title block ----------
t = doc.add_table(rows=4, cols=3)
t.style = "Table Grid"
c = t.cell(0, 0).merge(t.cell(0, 2))
set_cell(c, "WENNSIDE SMALL SCHOOLS CO-OPERATIVE", bold=True, size=14)
shade(c, "C8E6C9")
c = t.cell(1, 0).merge(t.cell(1, 2))
set_cell(c, "ROLLING PROGRAMME 2008-10: THE SENCo STRAND", bold=True, size=12)
set_cell(t.cell(2, 0), "Strand title", bold=True)
c = t.cell(2, 1).merge(t.cell(2, 2))
set_cell(c, "Postgraduate Certificate: National Award for SEN Coordination (St Ninian's College of Education)")
set_cell(t.cell(3, 0), "Schools", bold=True)
c = t.cell(3, 1).merge(t.cell(3, 2))
set_cell(c, "Birkby Moss, Fellend, Grisedale End, Hollinthwaite, Kirkby Wenn, Low Bramber, Scarrow, Wennfoot")

doc.add_paragraph()
doc.add_paragraph(
    "This Rolling Programme is sent to the TDA as our application for approval to run the National Award "
    "for SEN Coordination from January 2009. It is laid out the way every class teacher in the Co-op lays "
    "out a long-term plan for a mixed-age class, because that is how the SENCo Strand works: a wheel of six "
    "Topics that keeps turning, which a SENCo can step on to at any half term.")

doc.add_heading("1. Who we are", level=1)
doc.add_paragraph(
    "The Wennside Small Schools Co-operative is a trust of eight village primary schools in the upper Wenn "
    "valley. The largest, Kirkby Wenn, has 88 pupils; the smallest, Grisedale End, has 23. Every one of our "
    "schools teaches in mixed-age classes, and in six of the eight the SENCo is also a full-time class "
    "teacher, and in two the SENCo is the head. Since 2005 the Co-op has pooled money for shared training, a "
    "shared minibus and a shared Resource Box.")
p = doc.add_paragraph(
    "The SENCo Strand is taught jointly with St Ninian's College of Education, Hexworth, which trains "
    "primary teachers for the northern counties. St Ninian's holds taught degree awarding powers and will "
    "validate the Strand as its Postgraduate Certificate in SEN Coordination, worth 60 credits at level 7 "
    "(Masters level). The College's validation panel meets on 3 December 2008.")
fn.add(p, "The College's Academic Board approved the outline on 18 September 2008. The Certificate carries 60 "
          "credits at level 7 of the Framework for Higher Education Qualifications and can be counted towards the "
          "College's MA in Inclusive Education.")
doc.add_paragraph(
    "Our first cohort of nine SENCos took a pilot version of the Strand in 2007-08. This document describes "
    "the Strand as it will run from January 2009, with what we changed after the pilot.")

doc.add_heading("2. How to read this Rolling Programme", level=1)
doc.add_paragraph(
    "In a small school a Year 3 child may spend three years in the same class, so the class teacher plans "
    "two years of topics (Cycle A and Cycle B) and turns them over, so no child meets the same topic twice. "
    "The SENCo Strand borrows the idea. There are six Topics, one for each half term. Cycle A (2008-09) and "
    "Cycle B (2009-10) teach the same six Topics in a different order. A SENCo joins at the start of any half "
    "term, takes the next five Topics as they come round, and finishes with Topic 6, Looking Back, Looking On, "
    "on the Finishing Day of their sixth half term. So a SENCo appointed at Easter does not have to wait until "
    "September: she starts after Easter with whatever Topic is running.")
doc.add_paragraph(
    "Each half term has two Cluster Days (Friday study days at a host school, 9.15 to 3.15) and one Class "
    "Swap day. Home Learning is set at every Cluster Day. Big Writes are marked assignments. The grid below "
    "shows where everything falls; the key beside it explains the words we use in the grid and in the "
    "Outcomes Chart in Section 9.")
kp = doc.add_paragraph()
add_textbox(kp, [
    ("KEY TO THE GRID AND THE OUTCOMES CHART", True),
    ("Topic 1-6: the half term in which something is taught at Cluster Days.", False),
    ("BW1, BW2, BW3: the Big Write in which it is marked against the College's criteria. S&T: marked in the "
     "Show and Tell.", False),
    ("Home Learning: a task set at a Cluster Day and talked through with a Talk Partner at the next one. It is "
     "never marked.", False),
    ("Log: written up in the Class Swap Log, which the Mentor Head reads and signs but does not mark.", False),
    ("Not taught: no Cluster Day time is given to it; we check it in Starting Points and expect SENCos to bring "
     "it with them.", False),
], height_pt=165)

doc.add_heading("3. The Programme Grid", level=1)
g = doc.add_table(rows=8, cols=5)
g.style = "Table Grid"
hdr = ["Half term", "Cycle A 2008-09", "Cycle B 2009-10", "Class Swap", "Marked work"]
for i, h in enumerate(hdr):
    set_cell(g.cell(0, i), h, bold=True)
    shade(g.cell(0, i), "FFE0B2")
rows = [
    ("Spring 1", "Topic 1 Our Duty", "Topic 3 Planning Together", "Own school: pupil tracking"),
    ("Spring 2", "Topic 2 Knowing Every Child", "Topic 4 Beyond the School Gate (e-units)", "Another Co-op school"),
    ("Summer 1", "Topic 3 Planning Together", "Topic 1 Our Duty", "Brackenlea School"),
    ("Summer 2", "Topic 4 Beyond the School Gate (e-units)", "Topic 2 Knowing Every Child", "Another Co-op school"),
    ("Autumn 1", "Topic 5 Leading Colleagues", "Topic 5 Leading Colleagues", "Own school: staff meeting slot"),
    ("Autumn 2", "Topic 6 Looking Back, Looking On", "Topic 6 Looking Back, Looking On", "Finishing Day"),
]
for r, (a, b, cc, d) in enumerate(rows, start=1):
    for i, v in enumerate((a, b, cc, d)):
        set_cell(g.cell(r, i), v)
m = g.cell(1, 4).merge(g.cell(2, 4))
set_cell(m, "BW1 (after Topics 1 and 2, whichever order)")
m = g.cell(3, 4).merge(g.cell(4, 4))
set_cell(m, "BW2 (after Topics 3 and 4)")
set_cell(g.cell(5, 4), "Show and Tell prepared")
set_cell(g.cell(6, 4), "BW3 and Show and Tell")
c = g.cell(7, 0).merge(g.cell(7, 4))
set_cell(c, "Topics 1 to 5 come round in the order of the cycle you join; Topic 6 is always your last. "
            "Autumn terms run the same way in both cycles.", italic=True)

doc.add_heading("4. The Topics", level=1)
doc.add_paragraph(
    "Each Topic below says what happens at its Cluster Days, what the Home Learning is and what the Class "
    "Swap is for. Our Topics are kept up to date with current thinking, and tutors refresh the Topic packs "
    "every summer.")

doc.add_heading("Topic 1: Our Duty", level=2)
doc.add_paragraph("In this Topic you will:")
bullets(doc, [
    "work through the SEN Code of Practice (2001) from the point of view of a village school, including School "
    "Action, School Action Plus and statutory assessment, and what each stage asks of the SENCo, the class "
    "teacher, the head and the governors;",
    "study the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and the "
    "school's accessibility plan, and decide what each means for a Co-op school with an old building;",
    "look at Every Child Matters and the five outcomes, and at Removing Barriers to Achievement (2004), and "
    "ask how a SENCo helps a child to be healthy, stay safe, enjoy and achieve, make a positive contribution "
    "and achieve economic well-being, not only to reach a reading level.",
])
doc.add_paragraph(
    "Home Learning: read your own school's SEN policy and accessibility plan against the Code and the Act, "
    "and bring three questions to the second Cluster Day. Class Swap: none in this Topic in Cycle A; in "
    "Cycle B the Summer 1 Class Swap is the Brackenlea day (see Topic 3).")

doc.add_heading("Topic 2: Knowing Every Child", level=2)
doc.add_paragraph("In this Topic you will:")
bullets(doc, [
    "learn about the most common needs met in our schools: behavioural, emotional and social difficulties, "
    "dyslexia and other specific learning difficulties, speech, language and communication needs, autistic "
    "spectrum disorders and moderate learning difficulties, and how each can get in the way of learning;",
    "use classroom observation, the Co-op's shared pupil tracker and teacher assessment to spot pupils who "
    "may have SEN, and make sound decisions about what provision a child needs when there is only one class "
    "teacher and one part-time teaching assistant;",
    "use summative assessments, including the Key Stage 1 and 2 national tests, the optional tests and "
    "P scales, to track progress in a class of five year groups, and change a child's programme when the "
    "data show it is not working;",
    "try out approaches, strategies and resources for assessment, planning and teaching, including ICT such as "
    "talking word processors and symbol software, and judge which of them remove barriers for a given child.",
])
doc.add_paragraph(
    "Home Learning: a tracking exercise on anonymised data from your own class. Class Swap: a day in another "
    "Co-op school, following its SENCo.")
p = doc.add_paragraph(
    "Access arrangements for the Key Stage 2 tests are handled by each school's Year 6 teacher and head, and "
    "are not part of the SENCo Strand, because in a small school the Year 6 teacher is the only person who "
    "knows the children and the test papers well enough.")

doc.add_heading("Topic 3: Planning Together", level=2)
doc.add_paragraph("In this Topic you will:")
bullets(doc, [
    "set challenging targets, write individual education plans and plan interventions, then review them at "
    "the end of a half term;",
    "build a provision map for your school, cost it, and use it to find provision that is not working or is "
    "missing;",
    "practise pupil conferencing: talking with a child about what helps, what gets in the way and what the "
    "next target should be, using the Co-op's picture prompts for younger or non-verbal children;",
    "work with parents and carers: running a review meeting in a way that is fair and respectful, writing "
    "home in plain words, and building the kind of relationship where a worried parent rings the SENCo first.",
])
doc.add_paragraph(
    "Class Swap: a day at Brackenlea School, the county's special school for pupils with severe and complex "
    "learning difficulties, 14 miles from Kirkby Wenn, where you shadow a class teacher and sit in on an "
    "annual review. You record a pupil conference of your own in the Class Swap Log.")

doc.add_heading("Topic 4: Beyond the School Gate", level=2)
p = doc.add_paragraph(
    "Topic 4 is studied online. Instead of its first Cluster Day, SENCos work through six e-units on Slate, "
    "St Ninian's virtual learning environment, each with a short film, readings and a quiz: the educational "
    "psychology service; speech and language therapy; the child and adolescent mental health service; social "
    "care and the Common Assessment Framework; the sensory support service; and voluntary organisations such "
    "as the local Dyslexia Association and the parent partnership service. Questions about the e-units are "
    "brought to the second Cluster Day, where the tutor goes through them with the whole group.")
doc.add_paragraph(
    "At the second Cluster Day SENCos practise using reports from these professionals to plan teaching, and "
    "plan a joint review for a pupil who has three agencies involved. For rural schools the distances matter: "
    "we teach how to get advice by telephone and how to share one visit from a specialist across two or three "
    "Co-op schools.")

doc.add_heading("Topic 5: Leading Colleagues", level=2)
doc.add_paragraph("In this Topic you will:")
bullets(doc, [
    "plan how to deploy and manage teaching assistants, lunchtime staff and volunteers so that support reaches "
    "the pupils who need it;",
    "observe a colleague teaching, give feedback, model a lesson and coach a colleague through a change;",
    "present to your head and governors on the school's inclusive ethos, its SEN policy and how the SEN budget "
    "is used, and win their commitment to one change;",
    "look at prioritising, managing time and delegating when you are class teacher and SENCo at once;",
    "help colleagues use formative assessment (assessment for learning) with pupils who have SEN.",
])
doc.add_paragraph(
    "Home Learning: a time log of one week of SENCo work, and a plan for an assessment for learning staff "
    "meeting. Class Swap: your own staff meeting slot, in which you lead a session for colleagues.")

doc.add_heading("Topic 6: Looking Back, Looking On", level=2)
doc.add_paragraph(
    "Topic 6 is always the last. SENCos review, with the other staff in their school, how well SEN provision "
    "is working and use the review in the school's self-evaluation form and improvement plan. They read "
    "research on what works for pupils with SEN, chosen with their tutor, and use it and outside advice to "
    "improve their own and their colleagues' practice. They bring their Class Swap Log up to date with a "
    "page on their own CPD for the coming year.")
p = doc.add_paragraph(
    "The Finishing Day includes a talk about the College's MA in Inclusive Education and a leaflet of other "
    "courses. We do not set targets for after the course; that is a matter for each head at performance "
    "management.")

doc.add_heading("5. Big Writes and the Show and Tell", level=1)
doc.add_paragraph(
    "There are four marked pieces. All are marked by St Ninian's tutors against the College's level 7 "
    "criteria, and each criterion is tied to the outcomes in the Outcomes Chart.")
bt = doc.add_table(rows=5, cols=3)
bt.style = "Table Grid"
for i, h in enumerate(("Piece", "What you do", "Length")):
    set_cell(bt.cell(0, i), h, bold=True)
    shade(bt.cell(0, i), "E1F5FE")
for r, row in enumerate([
    ("BW1", "A commentary on your school's SEN and accessibility arrangements against the law, the Code and "
            "Every Child Matters, with a tracking study of one class.", "3,000 words"),
    ("BW2", "A case study of one pupil: identification, targets, provision map, the agencies' reports and how "
            "you used them, and the work with the family.", "4,000 words"),
    ("BW3", "A review of SEN provision in your school, written with colleagues, feeding the school's "
            "self-evaluation, with the research you drew on.", "3,000 words"),
    ("S&T", "A 20-minute Show and Tell to your Mentor Head and a College tutor on one change you led with "
            "colleagues, the head and governors, with an evidence file.", "20 minutes"),
], start=1):
    for i, v in enumerate(row):
        set_cell(bt.cell(r, i), v)
p = doc.add_paragraph(
    "Every Big Write is double-marked by two College tutors. A sample of each piece, with all fails and "
    "borderlines, goes to the College's external examiner, and marks are agreed at a Co-op and College "
    "moderation meeting each July before the College's examination board confirms them.")
fn.add(p, "The external examiner for 2008-10 is a senior lecturer in inclusive education at another university "
          "and a former county SEN adviser.")
doc.add_paragraph(
    "The Award is made to participants who pass all three Big Writes and the Show and Tell. A participant "
    "who fails a piece may resubmit it once.")

doc.add_heading("6. Getting a place", level=1)
doc.add_paragraph(
    "Places are open to SENCos in Co-op schools first and then to SENCos in other small schools in the "
    "county. Any teacher with QTS who is nominated by a Co-op head is given a place. The Starting Points audit "
    "is done after joining, at the first Cluster Day.")
p = doc.add_paragraph(
    "CRB checks are carried out by each school's governing body as employer, as for all staff; the "
    "Co-operative does not ask to see them.")
doc.add_paragraph(
    "Starting Points is a self-audit against every outcome in the Outcomes Chart, with a short task for each "
    "group of outcomes so that a SENCo who thinks she knows the Code can check that what she knows is current. "
    "Her tutor talks it through with her and together they write My Learning Map, her individual plan: which "
    "outcomes she already shows, which Topics she needs most, and her own personal outcomes for the year, "
    "for example a SENCo who is also the head may add an outcome on SEN funding. The Map is looked at again "
    "at the end of each half term.")
doc.add_paragraph(
    "Credit for earlier study: a SENCo who has passed a level 7 module in SEN at St Ninian's or another "
    "university in the last five years may count up to 20 credits towards the Certificate, which lets her "
    "leave out BW1. Experience on its own is not accredited.")
doc.add_paragraph(
    "In the pilot year (2007-08) two very experienced SENCos were assessed on a portfolio without attending "
    "the Cluster Days. That route closed when the pilot ended.")
deleted_paragraph(doc, "An assessment-only route is open to experienced SENCos in exceptional cases: they "
                       "submit the three Big Writes and give the Show and Tell without attending.", RA)
doc.add_paragraph(
    "Equal access. The Joining Form asks every SENCo whether she has a disability or health condition, and "
    "says why we ask; the College's disability adviser then agrees reasonable adjustments with her, for example "
    "extra time or a different format for a Big Write, a reader, or a parking space at the host school. "
    "Cluster Days are held only at host schools with level access and an accessible toilet, which is why "
    "Hollinthwaite never hosts. Class Swap schools are asked in advance about access, and Brackenlea School "
    "is fully accessible. Our leaflets are available in large print and on tape, and say that disabled "
    "teachers are welcome.")
doc.add_paragraph(
    "The fee is shared: the Co-op's training fund pays half for a Co-op SENCo, so a small school pays less than "
    "a third of what a university course would cost, and no school pays for supply cover, because Cluster Days "
    "are covered by the Co-op's shared supply teacher. My Learning Map means a SENCo spends her Home Learning "
    "time on what she needs, and Topics she already shows can be lighter.")

doc.add_heading("7. Who teaches and who helps", level=1)
doc.add_paragraph(
    "Dr Ruth Aldersley, the College's course leader, was a SENCo in two Cumbrian primary schools for eleven "
    "years, holds an MEd in special and inclusive education and a doctorate on rural inclusion, and is a "
    "member of the College's research group on inclusion. The second College tutor, Mr Owen Peart, is a "
    "specialist teacher of pupils with specific learning difficulties (AMBDA) and an Advanced Skills Teacher. "
    "Both tutors spend at least five days a year in schools and attend the county SENCo conference.")
doc.add_paragraph(
    "Mentor Heads: each SENCo has a Mentor Head from another Co-op school, who reads and signs her Class "
    "Swap Log and sits on her Show and Tell. Mentor Heads come to a half-day briefing at the start of each "
    "cycle and have the Mentor Heads' Handbook, which sets out what they do, what they do not do (they never "
    "mark Big Writes) and what a good Log looks like. New Mentor Heads shadow an experienced one first.")
p = doc.add_paragraph(
    "Specialist expertise: Cluster Days in Topics 2 and 4 are co-taught by specialists from the county: a "
    "speech and language therapist and a specialist teacher from the sensory support service")
add_ins(p, ", and the Co-op's link educational psychologist, Dr Helen Stanton-Lacey", PH)
p.add_run(". SENCos also spend a Class Swap day at Brackenlea School and two in other Co-op schools chosen for a "
          "different SEN profile from their own.")
doc.add_paragraph(
    "Resources: the Co-op's Resource Box (assessment kits, a lending library of 140 books and the Co-op's "
    "picture prompts) travels between host schools, and every SENCo can borrow from the St Ninian's library "
    "by post and use its online journals. We have no specialist technology of our own; the LA's ICT loan "
    "scheme, which we used in the pilot, closed in July 2008.")

doc.add_heading("8. Keeping it good", level=1)
doc.add_paragraph(
    "Every Cluster Day ends with an evaluation slip. Mentor Heads meet each term to review the Logs and the "
    "Topics. The College includes the Strand in its annual monitoring report, which goes to its Academic "
    "Board, and the external examiner reports each year. The county's Inclusion Team visits one Cluster Day a "
    "year and writes to us about it. All of this goes to the Co-op Programme Group (two heads, two SENCos, "
    "both tutors and the Inclusion Team's adviser), which meets each July and changes the next cycle. After "
    "the pilot, for example, the Group moved provision mapping from Topic 5 into Topic 3 because pilot "
    "SENCos said they needed it before the pupil case study.")
doc.add_paragraph(
    "What our schools asked for. In March 2008 the Co-op asked all eight heads, the pilot SENCos and the "
    "county's Inclusion Team what a small-school SENCo needs. The answers were clear: SENCos who are also "
    "class teachers cannot be out of class for whole terms; they need practice in getting help from services "
    "that are an hour's drive away; and they want to see a special school. The Strand reflects each answer: "
    "Friday Cluster Days covered by a shared supply teacher, the joining-at-any-half-term wheel, Topic 4 on "
    "services at a distance, and the Brackenlea Class Swap, which the heads asked us to add after the pilot.")
doc.add_paragraph(
    "Heads are invited to their SENCo's Show and Tell, and Mentor Heads' termly comments go to the Programme "
    "Group. We would like to involve parents of pupils with SEN in evaluating the Strand in future.")
doc.add_paragraph(
    "Each SENCo repeats Starting Points on the Finishing Day, and we compare her two audits and her own "
    "confidence ratings to see how far her competence and confidence have grown. We hope that in time the "
    "Co-op's pupil data will show better progress for pupils with SEN in our schools.")
doc.add_paragraph(
    "Everything in the Strand is aimed at one thing: better lives in school for Wennside's children with SEN "
    "and disabilities, in all five Every Child Matters outcomes. Each SENCo leads one real change in her own "
    "school, reported in the Show and Tell, and the Class Swap days and Home Learning tasks are all done in "
    "schools, tied to the outcomes in the chart below.")

doc.add_heading("9. Outcomes Chart", level=1)
doc.add_paragraph(
    "The chart lists what a SENCo finishing the Strand can do, in our words, and where each is taught and "
    "marked. The words in the last two columns are explained in the key in Section 2.")
chart = [
    ("OC1", "Build fair, respectful and supportive relationships with pupils with SEN and their families", "Topic 3", "BW2"),
    ("OC2", "Win the commitment of colleagues, the head and governors to a change for pupils with SEN", "Topic 5", "S&T"),
    ("OC3", "Prioritise SENCo work, manage time alongside a class, and delegate to others", "Topic 5", "Home Learning"),
    ("OC4", "Foresee and sort out problems and make sound decisions on provision", "Topic 2", "BW1"),
    ("OC5", "Speak and write clearly and listen to other people's views", "All Topics", "BW1, BW2, BW3, S&T"),
    ("OC6", "Use research and outside advice to improve own and colleagues' practice", "Topic 6", "BW3"),
    ("OC7", "Keep up to date and plan own CPD on SEN and disability", "Topic 6", "Log"),
    ("OC8", "Know the SEN law and the Code of Practice and how to put them into practice", "Topic 1", "BW1"),
    ("OC9", "Know the five Every Child Matters outcomes and the SENCo's part in them", "Topic 1", "BW1"),
    ("OC10", "Know the disability equality duty and what the school must do", "Topic 1", "BW1"),
    ("OC11", "Know how children develop and how SEN, disability and surroundings affect that", "Topic 2", "BW1"),
    ("OC12", "Know the common types of SEN (BESD, dyslexia, SLCN, ASD, MLD) and their effect on learning", "Topic 2", "BW1"),
    ("OC13", "Judge and use approaches and resources for assessment, planning and teaching, including ICT", "Topics 2 and 3", "BW2"),
    ("OC14", "Know how school self-evaluation works and how it relates to SEN", "Not taught", "BW3"),
    ("OC15", "Know best practice and research on meeting SEN", "Topic 6", "BW3"),
    ("OC16", "Know what outside agencies do and how to get their help", "Topic 4", "BW2"),
    ("OC17", "With the head and governors, shape an inclusive ethos, policy and the use of resources", "Topic 5", "S&T"),
    ("OC18", "Identify pupils with SEN, set targets, plan interventions and review progress", "Topics 2 and 3", "BW2"),
    ("OC19", "Use other professionals' assessments to plan teaching", "Topic 4", "BW2"),
    ("OC20", "Use summative assessment, including national tests, to track pupils and change programmes", "Topic 2", "BW1"),
    ("OC21", "Help colleagues use formative assessment with pupils with SEN", "Topic 5", "Home Learning"),
    ("OC22", "Map provision and find what is not working or missing", "Topic 3", "BW2"),
    ("OC23", "Deploy and manage teaching assistants and other staff", "Topic 5", "S&T"),
    ("OC24", "Support colleagues by observing, feeding back, modelling and coaching", "Topic 5", "S&T"),
    ("OC25", "Review provision with staff to feed the school's self-evaluation", "Topic 6", "BW3"),
    ("OC26", "Involve pupils in planning and reviewing their own provision", "Topic 3", "Log"),
    ("OC27", "Work with parents and carers to help their child learn", "Topic 3", "BW2"),
    ("OC28", "Work with other services and voluntary organisations in a joined-up way", "Topic 4", "BW2"),
]
ct = doc.add_table(rows=len(chart) + 1, cols=4)
ct.style = "Table Grid"
for i, h in enumerate(("Ref", "What a Co-op SENCo can do (in our words)", "Taught in", "Marked in")):
    set_cell(ct.cell(0, i), h, bold=True)
    shade(ct.cell(0, i), "C8E6C9")
for r, row in enumerate(chart, start=1):
    for i, v in enumerate(row):
        set_cell(ct.cell(r, i), v, size=9.5)
delete_row(ct.rows[11], PH, "2008-10-09T16:20:00Z")   # OC11 child development: deleted row

doc.add_paragraph()
doc.add_paragraph(
    "Signed for the Co-operative: Philippa Hearne, Co-op Coordinator and head of Scarrow School. Signed for "
    "St Ninian's College: Dr Ruth Aldersley, course leader.")

# ---------- comments ----------
for para in doc.paragraphs:
    if para.text.startswith("CRB checks are carried out"):
        doc.add_comment(para.runs, text="Should we say the Co-op checks the certificate number on the Joining Form? "
                        "Other providers do. PH", author=PH, initials="PH")
    if para.text.startswith("We do not set targets"):
        pass
    if para.text.startswith("Access arrangements for the Key Stage 2"):
        doc.add_comment(para.runs, text="Ruth - the TDA list has this as a SENCo outcome. Leave for now?",
                        author=PH, initials="PH")
    if para.text.startswith("Each SENCo repeats Starting Points"):
        doc.add_comment(para.runs, text="Add: SENCos report pupils' progress in their case-study pupil's data in BW2? RA",
                        author=RA, initials="RA")
doc.add_comment(ct.cell(3, 3).paragraphs[0].runs, text="Can we mark OC3 in the Show and Tell next cycle? RA",
                author=RA, initials="RA")

fn.finish()
doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
