"""ni-01-gildenrow-honours-board-proof: builds ni-01-gildenrow-honours-board-proof.docx beside itself.

Provider (invented): the Gildenrow School of Signwriting & Gilding, Merrowfield, a signwriting and gilding school
(hand-lettered signs, gold leaf, fairground and canal art) whose Schools Department runs "The National Award for SEN
Coordination (Gildenrow)" with Harnley Borough Council's Inclusion Support Service, validated by the (invented)
University of Eastwold. January 2009.

Document kind and layout: the course sent as a signwriter's PROOF FOR APPROVAL of a gilded honours board, the kind of
proof a lettering shop sends a client before any gold is laid. No heading styles at all: titles are bold capitals in
Normal paragraphs on a shaded ground. A title block table with merged cells (job number, client, board, leaf, a
"[date to be confirmed by client]" placeholder). Hand-numbered "How to read this proof" notes. "THE JOB" (the job
sheet: how the work will be done) holds all of criteria 1-5 under the shop's own titles ("WHO WE TAKE ON", "OUR BENCH",
"CHECKING THE GILDING", "HOW WE KNOW THE GOLD HAS HELD"...). A Bench Day table (ten taught Saturdays, each with Site
Work in the participant's own school). The three marked Test Boards and the Crit described in prose. A "KEY TO
FINISHES" table well above the board copy defines the finishes: "Burnished (TB1/TB2/TB3)" and "Oil gilt (Crit)" =
taught and marked; "Chalked" = taught and practised with written comment, never marked; a dash in the Bench Day column
= not taught on any Bench Day (Reading Pack only). THE BOARD: a six-column table of 29 Lines in three panels (Top Rail /
Centre Panel / Foot Rail, merged and shaded group rows), the outcomes in the school's own words and order (the ECM line
comes before the law line), a "Proof marks" column. A letterer's note in a floating text box (wps with VML fallback).
Word comments, tracked changes (a deleted table row, a changed finish in a cell, an inserted moderation paragraph, a
deleted sentence), a header ("PROOF No. 2 ... NOT FOR GILDING") and a footer with a PAGE field and a CRB claim, typed
"•" lists, and an approval box with blank "[ ]" prompts.

Traps (requirement ids):
- 1.3 partially_met: the only statement is that Bench Day notes are "revised every summer ... so that what we teach
  keeps up with what is new in the field"; the named research and inspection reports (Ofsted 2006, Bercow) are only
  in a Word comment asking to add them. Line 15's Reading Pack of studies gives some research content.
- 1.5 not_met: wrong context. The Schools Department's "Young Letterers" workshops asked children what their school's
  signs should say (the school consulting children, not the course developing participants' skills); the only line
  on involving pupils (Line 27) is a deleted table row.
- 6.S7 not_met: Line 27 "Makes sure pupils help plan, agree, review and evaluate their own provision" exists only as
  a tracked-deleted row (struck through since Proof No. 1).
- 1.9 partially_met and 6.0 not_met: several lines are only "Chalked" (never marked); and the award rule lets a Test
  Board pass with one line marked "touch up" that "need not be shown again before the Award", so the Award can be
  made without every outcome shown (6.0 explicitly contradicted). The text-box letterer's note ("every line is
  checked before the board leaves the shop") is a blanket claim, not the award rule.
- 2.3 not_met: past arrangement. The "Journeymen's route" (straight to the Crit) ran in 2007 for the unaccredited
  course and "is not offered in 2009-10"; the sentence that would have kept it open is a tracked deletion.
- 3.1 partially_met: physical access to the Lettering Room only (level access, loop, toilet); the reasonable
  adjustment in assessment (extra time at the Crit) is only in a Word comment.
- 3.3 not_applicable: "There is no e-learning in this course".
- 4.3 partially_met: heads take part in delivery as Site Supervisors and sit at the Crit, but stakeholders' part in
  evaluation is only hoped for ("We hope our clients will tell us ... how well the gold has held").
- 5.3 not_met: someone else's responsibility and the wrong people. "Schools are responsible for their own staff's
  vetting"; the enhanced CRB disclosures recorded are the tutors'. The footer's "Every one of our people working in
  schools holds an enhanced CRB disclosure" is a footer and about staff anyway.
- 5.5 partially_met: specialist guest tutors (speech and language therapy, sensory support) are real; placements are
  the workshop apprentices' placements with sign firms and fairground families (wrong context), and for the Award
  "we have not yet arranged placements" beyond a morning's visit on request.
- 5.7 partially_met: Site Supervisors are only "sent the Site Supervisor's Notes"; no preparation or briefing.
- 5.8 met only through a tracked INSERTION (second marking, University link tutor moderation, external examiner,
  Board of Examiners); the original text had single marking only.
- 5.9 partially_met: participants' confidence is measured (audit and Crit ratings compared); impact on pupils'
  achievement is only "We would like in time to gather evidence".
- 6.A3, 6.A7, 6.K3, 6.S2b: "Chalked" (taught and practised, not marked) -> partially_met.
- 6.S2d partially_met: a change in a cell. Its finish "Burnished (TB2)" is deleted and "Chalked" inserted; a Word
  comment saying access arrangements take most of Bench Day 4 and could be marked in TB2 does not count.
- 6.K4 partially_met: Burnished (TB2) but the Bench Day column is a dash (Reading Pack only): assessed, not taught.
- 2.1 met (University APL/APEL, up to 20 credits), 2.2 met (Setting-Out Audit, interview, Layout Sheet), 2.4 met
  (tailoring plus a fee reduced for excused Bench Days), 2.5 met (Next Job sheet agreed with the head), E.1 and E.2 met
  (60 credits at Level 7), 4.1 and 4.2 met (the heads' and SENCOs' questionnaire; the Design Bench's changes).
"""
from pathlib import Path

from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ni_helpers import (base_document, add_run, cell_text, shade_cell, shade_paragraph, set_col_widths,
                         ins_run, del_run, inserted_paragraph, delete_row, add_textbox, add_page_field,
                         CENTER, RIGHT)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AQ = "Anwen Quayle"
RF = "Rob Fennimore"
HP = "Helen Pargeter"
D1 = "2009-01-09T16:20:00Z"
D2 = "2009-01-11T10:05:00Z"
GOLD = "F3E5AB"
DARK = "3B2F1E"

doc = base_document(font="Georgia", size=10.5)


def title(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    add_run(p, text, bold=True, size=11.5)
    shade_paragraph(p, GOLD)
    return p


def para(text, italic=False):
    p = doc.add_paragraph()
    add_run(p, text, italic=italic)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    add_run(p, lead, bold=True)
    add_run(p, text)
    return p


def bullet(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.paragraph_format.space_after = Pt(2)
    add_run(p, "•  " + text)
    return p


# ------------------------------------------------------------------ header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
add_run(hp, "PROOF No. 2  —  FOR APPROVAL  —  NOT FOR GILDING", bold=True, size=8)
add_run(hp, "\tJob 08/117", size=8)
fp = sec.footer.paragraphs[0]
add_run(fp, "Gildenrow School of Signwriting & Gilding · Coach House Yard, Tanners Lane, Merrowfield · "
            "Every one of our people working in schools holds an enhanced CRB disclosure · page ", size=7.5)
add_page_field(fp)

# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=8, cols=4)
tb.style = "Table Grid"
r0 = tb.rows[0].cells
m = r0[0].merge(r0[3])
cell_text(m, "GILDENROW SCHOOL OF SIGNWRITING & GILDING", bold=True, size=16, align=CENTER)
shade_cell(m, GOLD)
r1 = tb.rows[1].cells
m = r1[0].merge(r1[3])
cell_text(m, "Schools Department · Coach House Yard · Tanners Lane · Merrowfield\n"
             "Hand-lettered signs · Gold leaf · Fairground and canal art · Lettering in schools since 1997",
          italic=True, size=9, align=CENTER)
rows = [
    ("Job No.", "08/117", "Proof", "No. 2 (supersedes Proof No. 1 of 3 November 2008)"),
    ("Client", "Training and Development Agency for Schools: SENCO Approval Panel", None, None),
    ("Work", "Honours Board: The National Award for SEN Coordination (Gildenrow), run with Harnley Borough Council "
             "Inclusion Support Service and validated by the University of Eastwold", None, None),
    ("Board", "Quartered oak, 1830 × 1220 mm, three panels", "Leaf", "23¾ carat double, loose; water-gilt and "
                                                                     "burnished; oil gilt where marked"),
    ("Set out by", "R. Fennimore, Head of Lettering", "Checked by", "Dr A. Quayle, Programme Leader (SEN)"),
    ("Date", "12 January 2009", "Return proof by", "[date to be confirmed by client]"),
]
for i, (a, b, c, d) in enumerate(rows, start=2):
    cells = tb.rows[i].cells
    cell_text(cells[0], a, bold=True, size=9)
    shade_cell(cells[0], "EFE6CF")
    if c is None:
        m = cells[1].merge(cells[3])
        cell_text(m, b, size=9)
    else:
        cell_text(cells[1], b, size=9)
        cell_text(cells[2], c, bold=True, size=9)
        shade_cell(cells[2], "EFE6CF")
        cell_text(cells[3], d, size=9)
set_col_widths(tb, [2.6, 6.0, 2.6, 5.4])

# ------------------------------------------------------------------ how to read
title("HOW TO READ THIS PROOF")
notes = [
    "We send every client a proof before a single letter is gilded, and we do not lay gold until the client has "
    "signed it. This proof is a little different from the ones we send to churches, pubs and showmen. The board it "
    "shows is the one that will hang in our Lettering Room, listing what every teacher who holds our National Award "
    "for SEN Coordination has shown. Each line on the board is one of the national minimum outcomes for SENCOs, "
    "written out the way our tutors say it to participants.",
    "The finish we give a line tells you how the course teaches it and how it is marked, or whether it is marked at "
    "all. The finishes are explained in the KEY TO FINISHES, which comes before the board copy. Read the key first.",
    "Everything about the course that is not a line on the board (who we take on, who teaches, how we check our own "
    "work) is written under THE JOB, because in our trade the job sheet is where we say how the work will be done.",
    "Lines shown struck through have been taken off the board since Proof No. 1. Words in the Proof marks column "
    "are ours or the Programme Leader's, in the usual proof-reader's shorthand.",
    "Please mark any corrections on the proof and sign the approval box on the last page.",
]
for i, n in enumerate(notes, 1):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.first_line_indent = Cm(-0.7)
    add_run(p, f"{i}.\t", bold=True)
    add_run(p, n)

# ------------------------------------------------------------------ the job
title("THE JOB")
runin("The work in one paragraph. ",
      "The National Award for SEN Coordination (Gildenrow) is a part-time course, over three terms, for teachers "
      "who are new to leading the coordination of provision for pupils with special educational needs in their "
      "schools. Its purpose, written into the validated course document and read out on the first Bench Day, is "
      "that children and young people with SEN and/or disabilities in our participants' schools achieve more and "
      "are safer, healthier and happier. We hold the course to all five Every Child Matters outcomes (being "
      "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
      "well-being), not only to test results. Every Bench Day's objectives name the pupil outcomes they serve, and "
      "Test Board 2 is marked on the progress and well-being of a real pupil over two terms.")
runin("Why a lettering school? ",
      "Our Schools Department has taken lettering, gilding and canal art into Harnley's schools for eleven years, "
      "most often into special schools and resourced units, and for eleven years the Department's Young Letterers "
      "workshops have asked children what their school's signs should say: the honours boards in four Harnley "
      "special schools were designed by their pupils. The head of the Department, Dr Anwen Quayle, was SENCO at "
      "Brookfield Special School before she came to us. The course is run by the Schools Department with Harnley's "
      "Inclusion Support Service. It is not run by the workshop, and the master gilders do not teach on it.")
runin("Accreditation. ",
      "The University of Eastwold validated the course on 4 December 2008 as a 60-credit module at Level 7 "
      "(Masters), Leading SEN Coordination, which can count towards the University's MA in Education. A "
      "participant who completes the course receives the University's 60 credits and the National Award together.")

# Bench days
runin("Bench Days and Site Work. ",
      "The course is taught on ten Bench Days. Every Bench Day ends with a Site Work task, carried out in the "
      "participant's own school before the next Bench Day, and every task is tied to lines on the board (see the "
      "Site Work column of the board copy). The participant's headteacher or a senior colleague signs each Site "
      "Work sheet, and the tutor writes a comment on every sheet returned.")
bd = doc.add_table(rows=1, cols=3)
bd.style = "Table Grid"
for c, h in zip(bd.rows[0].cells, ("Bench Day", "What is set out", "Site Work before the next Bench Day")):
    cell_text(c, h, bold=True, size=9)
    shade_cell(c, DARK)
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
bench = [
    ("1  Setting Out", "The SENCO's job and the school's: what the role is for. Every Child Matters and the SENCO's "
     "part in it. Writing and speaking for different readers. The Layout Sheet agreed. The Gilder's Book (CPD log) "
     "begun.", "Interview three colleagues about what they want from a SENCO; write it up for your head in one page."),
    ("2  The Law and the Line", "The SEN Code of Practice (2001), SENDA 2001 and the SEN Toolkit; the Disability "
     "Discrimination Acts 1995 and 2005 and the Disability Equality Duty; Removing Barriers to Achievement; the "
     "Inclusion Development Programme; Every Child Matters: Change for Children.", "Audit your school's SEN policy "
     "against the Code; read your school's Disability Equality Scheme."),
    ("3  Knowing the Children", "The common kinds of SEN and disability: behavioural, emotional and social "
     "difficulties; specific learning difficulties and dyslexia; speech, language and communication needs; autistic "
     "spectrum disorders; moderate learning difficulties. How each affects learning. Approaches and resources, ICT "
     "among them.", "Observe one pupil for a morning with a class teacher; note barriers and what lifts them."),
    ("4  Sizing and Tracking", "Finding the pupils: observation, data and assessment. Targets that stretch. Planning "
     "and reviewing interventions. Summative tracking, national tests and P scales. Access arrangements for tests "
     "and examinations.", "Build a tracking sheet for one year group; list the access arrangements your school made "
     "last summer and when they were applied for."),
    ("5  Families", "Relationships with children and families. Working with parents and carers: reviews, the "
     "Parent Partnership Service, difficult conversations.", "Lead (or co-lead) a review meeting with a family and "
     "write a reflection."),
    ("6  The Staff Room", "Advising and supporting colleagues in and beyond the school. Deploying and managing "
     "teaching assistants. Coaching, mentoring, modelling, observation and feedback. Formative assessment for all "
     "pupils. Managing the SENCO's week.", "Keep a week's time log and a delegation plan; observe a colleague and "
     "give feedback."),
    ("7  Mapping the Provision", "Provision mapping and costing; finding what is not working and what is missing. "
     "Making decisions about provision. School self-evaluation and the SEN section of the SEF.", "Draft your "
     "school's provision map; read the SEN section of your school's SEF."),
    ("8  Beyond the Gate", "External agencies: educational psychology, speech and language therapy, CAMHS, sensory "
     "support, social care, voluntary organisations. The Common Assessment Framework. Using other professionals' "
     "assessments. Using research and outside advice.", "Attend or convene a multi-agency meeting; bring one piece "
     "of research to Bench Day 9."),
    ("9  Leading the Board", "Working with the head, senior leaders and governors on an inclusive ethos, policy, "
     "priorities and resources. Winning colleagues' commitment.", "Present a short paper on SEN to your senior "
     "team or governors."),
    ("10 The Crit", "Rehearsal for the Crit. The Next Job sheet drafted.", "Agree the Next Job sheet with your head."),
]
for a, b, c in bench:
    cells = bd.add_row().cells
    cell_text(cells[0], a, bold=True, size=9)
    cell_text(cells[1], b, size=9)
    cell_text(cells[2], c, size=9)
set_col_widths(bd, [3.0, 8.2, 5.4])

p = para("Bench Day notes are revised every summer by the course team, so that what we teach keeps up with what is "
         "new in the field.")
doc.add_comment(p.runs, text="Add the Ofsted report 'Inclusion: does it matter where pupils are taught?' (2006) and "
                             "the Bercow Review (2008) here, and say which Bench Days use them? AQ",
                author=AQ, initials="AQ")

# layout sheet
title("BEFORE WE LETTER: WHO WE TAKE ON AND HOW WE SET OUT")
runin("Who we take on. ",
      "Candidates must hold QTS, be employed in a school in Harnley or a neighbouring authority, and be their "
      "school's SENCO or be named by their headteacher to become SENCO within the year. Each applies on our form "
      "with a statement from the headteacher. Every candidate is interviewed by the Programme Leader and an adviser "
      "from the Inclusion Support Service, who look at what the candidate already knows and can do against the "
      "Setting-Out Audit. A candidate who is not yet ready is told what to do first (usually Harnley's SEN "
      "Foundations course), we write to the headteacher to say so, and the candidate may apply again for the next "
      "start.")
runin("Checks. ",
      "Schools are responsible for their own staff's vetting. Our own tutors and the Site tutors who visit schools "
      "hold enhanced CRB disclosures, renewed every three years and recorded in the Schools Department's register.")
runin("The Setting-Out Audit and the Layout Sheet. ",
      "Before Bench Day 1 every participant completes the Setting-Out Audit: each of the 29 lines of the board, "
      "rated by the participant from 1 (never done it) to 4 (could teach it), with a piece of evidence for any line "
      "rated 3 or 4 (for example a provision map or an IEP the participant wrote). The tutor then checks the audit "
      "with the participant in a forty-minute Setting-Out interview, because a teacher may think her knowledge of "
      "a line is sound when it is out of date. From the audit the two draw up the Layout Sheet: the participant's "
      "individual training plan. It names the lines the participant must work hardest on, which optional Bench Day "
      "clinics to attend, how the Site Work will be adapted to the participant's school, and the participant's own "
      "targets, written as personal outcomes. The Layout Sheet is looked at again on Bench Days 4 and 8 and "
      "changed when the evidence says so.")
runin("Credit for work already done. ",
      "A participant who has already passed Masters-level study in SEN (for example a university SEN module of 20 "
      "or 30 credits) may apply through the University of Eastwold's Accreditation of Prior Learning procedure, "
      "and up to 20 of the 60 credits may be credited; the Layout Sheet then excuses the matching Bench Days and "
      "Test Board. Experience without certificated study is accredited through a short APEL portfolio, judged by "
      "the Programme Leader and confirmed by the University's APL panel.")
p = runin("The Journeymen's route. ",
          "In 2007, for the unaccredited version of the course, two experienced SENCOs from Harnley's Learning "
          "Support Service came straight to the Crit without attending Bench Days: we called it the Journeymen's "
          "route. The University's validation covers the taught course only, so the Journeymen's route is not "
          "offered in 2009-10.")
del_run(p, " We would still consider an exceptional candidate for the Journeymen's route, assessed on all three "
           "Test Boards and the Crit.", AQ, D1)
runin("Fees. ",
      "The fee for the course is £1,650, which includes the University's registration. Harnley Borough Council pays "
      "half the fee for its own schools. Because the Layout Sheet may excuse Bench Days, a participant pays only for "
      "the days attended: £95 is taken off the fee for each excused Bench Day, and optional clinics are free. We "
      "keep the group to sixteen so that the tutor can see every participant's Site Work each fortnight.")
runin("Times and places. ",
      "There are two starts a year, in September and February. The September group meets on Saturdays at the "
      "Lettering Room; the February group meets for twenty twilight sessions (4.30 to 7.30 pm) at Harnley's "
      "Teachers' Centre, two twilights to a Bench Day. The three Test Boards may be handed in in any order, and a "
      "participant may pause between terms and rejoin the next group without losing work already passed. There is "
      "no e-learning in this course: all teaching is at the bench, and contact between Bench Days is by telephone "
      "and by the tutor's visit to the participant's school once a term.")
p = runin("Access. ",
          "The Lettering Room is on the ground floor, with level access from the yard, an accessible toilet and a "
          "hearing loop.")
doc.add_comment(p.runs[-1], text="We also give extra time at the Crit for dyslexic participants and have printed "
                                 "notes in large type. Say so? HP", author=HP, initials="HP")

# stakeholders
title("THE CLIENTS' SAY")
para("In spring 2008 Harnley's Inclusion Support Service sent our questionnaire to all 71 of its schools; 52 "
     "headteachers and 44 SENCOs answered. Three findings shaped the course. New SENCOs wanted far more on provision "
     "mapping and costing, so Bench Day 7 and Test Board 1 were built round it. Headteachers wanted SENCOs who can "
     "lead teaching assistants, so Bench Day 6 gives half its time to deployment. Two thirds of primary SENCOs had "
     "no release time for study, so the February group is taught in twilights.")
para("A Design Bench of two headteachers, Harnley's Principal Educational Psychologist, a parent from Harnley "
     "Parent Partnership and a teacher from our 2007 course met four times in 2008. It changed Proof No. 1 in two "
     "ways: it moved the Families day from Bench Day 8 to Bench Day 5, so that the family review in Site Work 5 "
     "comes before Test Board 2 is written; and it asked that a headteacher from the Design Bench sit on every "
     "Crit. Both changes are in this proof.")
para("Once the course is running, the headteachers who act as Site Supervisors are part of it, and the Design "
     "Bench headteachers sit on the Crits. We hope our clients will tell us, a year or two on, how well the gold "
     "has held in their schools.")

# staff
title("OUR BENCH")
bullet("Dr Anwen Quayle, Programme Leader. Nine years a SENCO, the last four at Brookfield Special School; MA in "
       "Special and Inclusive Education (Eastwold, 2001); EdD on the work of SENCOs in small primary schools "
       "(2007). She still works two days a week as an SEN consultant for Harnley and teaches Bench Days 1, 2, 5, "
       "9 and 10.")
bullet("Mr Tomasz Wilk, Senior Educational Psychologist, Harnley Borough Council, seconded for twelve days a year. "
       "Teaches Bench Days 3 and 8.")
bullet("Mrs Helen Pargeter, Advanced Skills Teacher for inclusion and SENCO of a Harnley secondary school for "
       "seven years; National SENCO Network trainer. Teaches Bench Days 4, 6 and 7.")
para("All three tutors attend Harnley's termly SENCO network and the University's associate tutor day each year. "
     "Guest tutors from Harnley's Speech and Language Therapy service and its Sensory Support Team lead parts of "
     "Bench Days 3 and 8.")
runin("Placements. ",
      "Placements are a strength of the workshop side of Gildenrow: every apprentice letterer spends six weeks with "
      "a working sign firm or a fairground family. For the Award we have not yet arranged placements; a "
      "participant who asks can usually spend a morning at Brookfield Special School.")
runin("Tools and materials. ",
      "The Lettering Room keeps a teaching library of some 300 books and reports on SEN and disability, and "
      "participants use the University's library and e-journals with their Eastwold student card. There are "
      "twelve laptops with Clicker 5, Widgit symbol software and Read&Write, the National Strategies' Inclusion "
      "Development Programme materials, an interactive whiteboard, and assessment kits lent by Harnley's Learning "
      "Support Service for Site Work.")
runin("Site Supervisors. ",
      "Each participant's headteacher names a Site Supervisor, a senior colleague who sees the Site Work and signs "
      "the sheet. Site Supervisors are sent the Site Supervisor's Notes at the start of the course. The three "
      "tutors meet before each term to plan the Bench Days.")

# assessment
title("THE TEST BOARDS AND THE CRIT")
para("A participant's work is marked in three Test Boards and at the Crit.")
runin("Test Board 1, The Layout. ",
      "A costed provision map of the participant's school, with an analysis of what provision is not working or "
      "is missing, the decisions the participant would take and why, and a plan for deploying the school's "
      "teaching assistants. 3,000 words or the equivalent.")
runin("Test Board 2, Shading and Blocking. ",
      "A case study of one pupil over two terms, with the parents' consent: how the pupil's needs were identified, "
      "the assessments other professionals made and how they changed teaching, the targets set, the intervention, "
      "the review of progress, the work with the family and with an outside agency, and how the pupil's "
      "development and well-being changed. 4,000 words.")
runin("Test Board 3, The Finished Job. ",
      "A change to provision that the participant leads in the school with colleagues: for example a whole-staff "
      "training session on formative assessment, coaching a colleague, or a review of provision with the senior "
      "team that feeds the school's self-evaluation. Written up with the evidence, 4,000 words.")
runin("The Crit. ",
      "A thirty-minute conversation about the participant's portfolio, before two tutors and a headteacher from the "
      "Design Bench. Lines marked Oil gilt are marked here.")
p = para("Every Test Board is marked by the tutor against the criteria printed on its brief.")
inserted_paragraph(doc, "All Test Boards that fail, and one in four of the rest, are second-marked by another "
                        "tutor. A sample of every Test Board from each group is moderated by the University of "
                        "Eastwold's link tutor; the external examiner sees the whole sample and attends the Crits in "
                        "June, and marks are confirmed at the University's Board of Examiners.", AQ, D2)
runin("The Award. ",
      "The Award and the University's 60 credits are given when the participant has passed Test Boards 1, 2 and 3 "
      "and the Crit. As in the workshop, a board with one small fault is not scrapped: a Test Board may pass with "
      "one line marked touch up, and that line need not be shown again before the Award.")
runin("The Next Job. ",
      "At the Crit every participant brings a Next Job sheet: three professional targets for the year after the "
      "course, drafted with the tutor on Bench Day 10 and then agreed with the headteacher at the participant's "
      "performance management review. We send the headteacher a copy, with the University's information on the MA "
      "modules that follow.")

# quality
title("HOW WE KNOW THE GOLD HAS HELD")
para("Every Bench Day ends with a Bench Sheet, the participants' own evaluation of the day, which the Programme "
     "Leader reads within the week; tutors review each term's Bench Sheets and Site Work comments together. From "
     "outside, the University's annual monitoring report and the external examiner's report come to us each "
     "autumn. Each July the course team writes an Annual Review with an action list, which goes to the "
     "University's programme committee; the changes are made in the Bench Day notes and in the next proof of "
     "this board.")
para("Participants rate their confidence on every line of the board at the Setting-Out Audit and again at the "
     "Crit, and the difference is reported in the Annual Review. We would like in time to gather evidence of what "
     "happens to pupils' achievement as well, and will talk to Harnley about its data.")

# key
title("KEY TO FINISHES")
key = doc.add_table(rows=1, cols=2)
key.style = "Table Grid"
cell_text(key.rows[0].cells[0], "Finish on the proof", bold=True, size=9)
cell_text(key.rows[0].cells[1], "What it means on this course", bold=True, size=9)
for c in key.rows[0].cells:
    shade_cell(c, GOLD)
for a, b in [
    ("Burnished (TB1), (TB2) or (TB3)", "Water-gilt and burnished. Set out on the Bench Day named, practised in Site "
     "Work, and marked in the Test Board named. The participant must show the line to pass that Test Board."),
    ("Oil gilt (Crit)", "Set out on the Bench Day named and marked at the Crit."),
    ("Chalked", "Set out on the Bench Day named and practised in Site Work, with the tutor's written comment on "
     "the Site Work sheet. Not marked in any Test Board or at the Crit."),
    ("— in the Bench Day column", "The line is not set out on any Bench Day; participants meet it in the Reading "
     "Pack only."),
    ("Struck through", "Taken off the board since Proof No. 1."),
]:
    cells = key.add_row().cells
    cell_text(cells[0], a, bold=True, size=9)
    cell_text(cells[1], b, size=9)
set_col_widths(key, [5.0, 11.6])

p = doc.add_paragraph()
add_textbox(p, [("LETTERER'S NOTE", True, False),
                ("Every line on this board is gilded, and every line is checked before the board leaves the shop. "
                 "Nothing goes out with a bare line. R.F.", False, True)],
            width_cm=6.2, height_cm=2.6, name="Letterers Note")
add_run(p, "The board copy follows. Letter styles are given for the workshop; they do not bear on the course.",
        italic=True, size=9)

# ------------------------------------------------------------------ the board
title("THE BOARD")
board = doc.add_table(rows=1, cols=6)
board.style = "Table Grid"
for c, h in zip(board.rows[0].cells, ("Line", "Copy (as our tutors say it)", "Bench Day", "Site Work", "Finish",
                                       "Proof marks")):
    cell_text(c, h, bold=True, size=8.5)
    shade_cell(c, GOLD)


def group(text):
    cells = board.add_row().cells
    m = cells[0].merge(cells[5])
    cell_text(m, text, bold=True, size=9)
    shade_cell(m, "D9C48F")


def line(no, copy, bday, sw, finish, marks="", style="Roman 40 mm"):
    cells = board.add_row().cells
    cell_text(cells[0], str(no), bold=True, size=8.5)
    cell_text(cells[1], copy, size=8.5)
    cell_text(cells[2], bday, size=8.5)
    cell_text(cells[3], sw, size=8.5)
    if finish is not None:
        cell_text(cells[4], finish, bold=True, size=8.5)
    cell_text(cells[5], marks, italic=True, size=8)
    return cells


group("TOP RAIL: THE LETTERER (how a SENCO works)")
line(1, "Builds fair, respectful and steady relationships with children who have SEN or disabilities and with "
        "their parents and carers.", "5", "5", "Burnished (TB2)")
line(2, "Wins the backing of colleagues, the head and senior leaders above all, for better outcomes for pupils "
        "with SEN.", "9", "9", "Oil gilt (Crit)", "close up")
line(3, "Sorts the urgent from the important, manages the week, and hands work on to others where it belongs, "
        "then checks it is done.", "6", "6", "Chalked")
line(4, "Sees trouble coming, solves problems, and makes sound, well-grounded decisions about provision.", "7",
     "7", "Burnished (TB1)")
line(5, "Speaks and writes clearly; listens to others and understands what they think.", "1", "1",
     "Burnished (TB1); Oil gilt (Crit)")
line(6, "Uses research and outside advice to improve their own practice and their colleagues'.", "8", "8",
     "Burnished (TB3)", "l.c. 'outside'")
line(7, "Keeps up to date and owns their CPD in SEN and disability, in the Gilder's Book kept from Bench Day 1.",
     "1", "all", "Chalked")
group("CENTRE PANEL: THE TRADE (what a SENCO knows)")
line(8, "Knows the principles and the five outcomes of Every Child Matters, and what the SENCO does to help "
        "children reach them.", "1", "—", "Burnished (TB2)", "move up from Line 9 (Design Bench)")
line(9, "Knows the law and guidance on SEN, the SEN Code of Practice above all: what they mean for the school, "
        "the SENCO and others, and how to put them into practice.", "2", "2", "Burnished (TB1)")
line(10, "Knows the disability equality law (the DDA and the Disability Equality Duty) and what it requires the "
         "school to do for disabled pupils, and how best to do it.", "2", "2", "Chalked")
line(11, "Knows how children develop, and how SEN, disability and the physical and social setting for learning "
         "affect their development.", "—", "—", "Burnished (TB2)")
line(12, "Knows the common kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD and MLD) and how each "
         "affects learning.", "3", "3", "Burnished (TB2)")
line(13, "Weighs up approaches, strategies and resources, ICT among them, for assessing, planning and teaching, "
         "and uses them to remove barriers and personalise provision.", "3, 4", "3", "Burnished (TB2)")
line(14, "Understands school self-evaluation and improvement and how they bear on outcomes for pupils with SEN.",
     "7", "7", "Burnished (TB3)")
line(15, "Knows what works, and how we know: best practice and the findings of research on meeting SEN. "
         "Participants read and weigh studies from the Reading Pack and bring one to the bench.", "8", "8",
     "Burnished (TB3)")
line(16, "Knows what each outside agency does and how to get specialist support and resources for a pupil.", "8",
     "8", "Burnished (TB2)")
group("FOOT RAIL: THE HAND (what a SENCO does)")
line(17, "With senior colleagues and governors, shapes an inclusive ethos and the school's policies, priorities "
         "and spending, so that every pupil can reach the curriculum, make good progress and take part in the "
         "life of the school.", "9", "9", "Oil gilt (Crit)")
line(18, "Spots pupils who may have SEN or disabilities from observation, data and assessment; sets stretching "
         "targets; plans interventions that remove barriers; reviews progress.", "4", "4", "Burnished (TB2)")
line(19, "Uses assessments made by other professionals to shape teaching and learning.", "8", "8",
     "Burnished (TB2)")
line(20, "Uses summative results, national tests included, to track pupils' progress and change programmes.",
     "4", "4", "Chalked", "wf")
line(21, "Helps other teachers build formative assessment for all pupils, with thought for pupils with SEN.", "6",
     "6", "Burnished (TB3)")
c = line(22, "Finds out in good time which pupils need special arrangements in national tests and examinations, "
             "and puts them in place with colleagues, in class and in the tests.", "4", "4", None)
fpara = c[4].paragraphs[0]
del_run(fpara, "Burnished (TB2)", RF, D1, bold=True, size=8.5)
ins_run(fpara, "Chalked", RF, D1, bold=True, size=8.5)
doc.add_comment(c[1].paragraphs[0].runs, text="We spend most of the afternoon of Bench Day 4 on access "
                                               "arrangements. Could it be marked in TB2 after all? HP",
                author=HP, initials="HP")
line(23, "Uses provision mapping to plan and manage provision; finds what is not working and what is missing.",
     "7", "7", "Burnished (TB1)")
line(24, "Deploys and manages teaching assistants and other staff well.", "6", "6", "Burnished (TB1)")
line(25, "Develops colleagues: observes and gives feedback, models good practice, coaches and mentors, and runs "
         "or arranges training.", "6", "6", "Burnished (TB3)")
line(26, "Reviews with other staff how well provision works, and feeds what they find into the school's "
         "self-evaluation and improvement planning.", "7", "7", "Burnished (TB3)")
gone = line(27, "Makes sure pupils help plan, agree, review and evaluate their own provision, and helps colleagues "
                "work with them so.", "5", "5", "Burnished (TB2)", "off: Design Bench, Dec 08")
delete_row(board.rows[-1], AQ, D1)
line(28, "Works with parents and carers to help their children learn and develop.", "5", "5",
     "Burnished (TB2)")
line(29, "Works with other services and agencies, voluntary groups among them, so that support for a pupil is "
         "joined up.", "8", "8", "Burnished (TB2)", "ital.")
set_col_widths(board, [1.0, 7.4, 1.5, 1.4, 2.8, 2.5])

# ------------------------------------------------------------------ dates and approval
title("DATES FOR THE SEPTEMBER 2009 GROUP")
para("Bench Days fall on Saturdays, 9.30 am to 3.30 pm: 19 September, 3 and 17 October, 7 and 21 November 2009; "
     "16 and 30 January, 27 February, 13 March and 15 May 2010. Test Board 1 is handed in by 4 December, Test "
     "Board 2 by 26 March and Test Board 3 by 21 May. Crits are held in the week of 14 June 2010.")

title("APPROVAL")
ap = doc.add_table(rows=3, cols=2)
ap.style = "Table Grid"
cell_text(ap.rows[0].cells[0], "☐ Approved as proofed", size=9)
cell_text(ap.rows[0].cells[1], "☐ Approved subject to the corrections marked", size=9)
m = ap.rows[1].cells[0].merge(ap.rows[1].cells[1])
cell_text(m, "☐ Please send a further proof", size=9)
cell_text(ap.rows[2].cells[0], "Signed for the client: [                    ]", size=9)
cell_text(ap.rows[2].cells[1], "Date: [          ]", size=9)
para("No gold will be laid on any line until this proof is returned signed. Gildenrow School of Signwriting & "
     "Gilding, Schools Department.", italic=True)

doc.core_properties.author = "Rob Fennimore"
doc.core_properties.title = "Proof No. 2 - Job 08/117 - Honours Board"
doc.save(OUT)
print("wrote", OUT.name)
