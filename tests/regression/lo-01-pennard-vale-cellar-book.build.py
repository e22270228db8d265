"""lo-01-pennard-vale-cellar-book

Provider (invented): the Pennard Vale Orchard Trust, a cider orchard and rural skills trust that keeps
a working cider house at Long Ashcombe and runs courses for schools and for rural trades. It applies to
run the 2008-09 National Award for SEN Coordination, validated by the (invented) University of Brueton
as a 60-credit M-level Postgraduate Certificate.

Document kind and layout: the course written as the cider house's CELLAR BOOK for the season -- the
book a cider maker keeps of pressings, vats, rackings and gravity readings. The Trust keeps every one of
its courses in a Cellar Book and sends this one as it stands with a shaded note to the panel. No Word
heading styles: titles are bold capitals typed as Normal paragraphs. A "How this Book is kept" table of
terms (Makers = participants, Head Cellarman / Cellarmen = programme leader / tutors, Orchard Hands =
school-based mentors, Pressing Days PD1-PD8 = study days, Vats 1-4 = modules, Rackings R1-R4 = marked
assignments, Gravity readings = unmarked formative pieces, the Tasting Panel = assessment board, the
Cask Sample = prior-experience portfolio, the Single-barrel = an assessment-only route) is followed far
below by the key's values in use. A Pressing Log table with the Vat cells merged vertically. A Rackings
table. Twenty-two hand-numbered Cellar Notes with bold run-in titles carry criteria 1-5 out of order. A
VML text box "From the Head Cellarman". The outcomes are in the "Vat Record" table at the end ("Quality
(in our words) | Pressed on | Racked at") with merged, shaded group rows; its values ("Gravity only",
"Still working", "Held over", a dash) are defined only in the key at the top of the Book. Header and
footer. Two tracked-change authors, two Word comments.

Traps (requirement ids):
- The aim is attainment only ("faster progress in reading, writing and number"), though Every Child
  Matters is content on PD1: 1.1 partially_met.
- Orchard Walk self-audit "sets no plan or targets of its own" and every Maker follows the same days:
  2.2 partially_met.
- Single-barrel (assessment-only) route: a 2006 past arrangement, "there is no Single-barrel this
  season", Brockhurst College's route (another provider's), and the only sentence that would open one in
  2009 is a whole deleted tracked paragraph: 2.3 not_met.
- One January start, Saturdays only, Vats in order; only a make-up and a deferral: 3.2 partially_met.
  "There is no online part to the Making": 3.3 not_applicable.
- Evaluation by schools only "will be asked ... when the season ends"; the Tasting Panel heads idea is
  only in a Word comment: 4.3 partially_met.
- Entry checks are QTS, a SENCO post and the head's signature only: 5.2 partially_met.
- CRB: the visible sentence is about the Trust's orchard volunteers and pickers (wrong context); the
  check on Makers is a whole INSERTED tracked paragraph (part of the submission): 5.3 met.
- "There are no placements": 5.5 partially_met (specialists only).
- Teaching loft, projector, a reference shelf; Makers use their own schools' computers; no specialist
  technology: 5.6 partially_met.
- Pupil impact only hoped for ("we hope to see") and Makers "asked to tell us"; confidence is measured
  at the Orchard Walk and PD8: 5.9 partially_met. The text box repeats the hope.
- The footer claims "Every quality on the national list is pressed and racked in this Book" (a footer,
  never evidence); 1.9 partially_met because some qualities are only read at a Gravity reading or not
  racked.
- Vat Record: 6.A3 and 6.S7 "Gravity only" (formative only): partially_met. 6.A7 "Still working"
  (pressed, never racked): partially_met. 6.K3 racked cell is a tracked change: "R1" deleted, "Gravity
  only" inserted: partially_met. 6.S2b pressed "-" but racked R3: partially_met. 6.K7 "Held over" in
  both columns (and a comment explaining it): not_met. 6.K4 (child development) and 6.S2d (access
  arrangements for tests) have no row and are not in the Pressing Log: not_met.
- 6.0 met: the award rule requires every national minimum outcome with no compensation.
"""
from pathlib import Path
import datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _lo_helpers import (para, runin, cell_text, shade, shade_para, add_ins_run, add_del_run, ins_para,
                         del_para, text_box, table, footer_header)

OUT = Path(__file__).with_name("lo-01-pennard-vale-cellar-book.docx")
GM = "Geoffrey Maundrell"
HC = "Harriet Coombe"
D1 = "2008-11-10T09:12:00Z"
D2 = "2008-11-12T16:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
footer_header(doc, "THE CELLAR BOOK \u00b7 Season 2008\u201309 \u00b7 The SENCO Making",
              "Pennard Vale Orchard Trust \u00b7 Every quality on the national list is pressed and racked in this Book.")


def title(text):
    p = para(doc, text, bold=True, size=11.5)
    p.paragraph_format.space_before = Pt(12)
    return p


para(doc, "THE CELLAR BOOK", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Season 2008\u201309: the SENCO Making", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "kept at Long Ashcombe Cider House by the Pennard Vale Orchard Trust", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Book no. 14 \u00b7 opened 1 September 2008 \u00b7 Head Cellarman: Harriet Coombe",
     align=WD_ALIGN_PARAGRAPH.CENTER)

t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "EFE6D2")
cell_text(c, "A NOTE TO THE TDA PANEL", bold=True)
c.add_paragraph("Every course the Trust runs, from hedge-laying to cider making, is kept in a Cellar Book: "
                "the book a cider maker keeps of what went into each vat, when it was racked and how it was "
                "tasting. Our tutors and our learners work from it, and so we send you this one as it "
                "stands, for the Making we propose to run as the National Award for SEN Coordination. We "
                "have added nothing for you except this note. The words we use for our people and our days "
                "are set out in the table under HOW THIS BOOK IS KEPT; please read that first, because the "
                "marks in the Vat Record at the back of the Book are explained there and nowhere else.")
c.add_paragraph("Geoffrey Maundrell, Director, Pennard Vale Orchard Trust, November 2008")

title("HOW THIS BOOK IS KEPT")
para(doc, "The Trust's words, and what they mean in this Book:")
terms = [
    ("Word in the Book", "What it means"),
    ("Maker", "A teacher taking the Making: a teacher new to the role of special educational needs "
              "coordinator (SENCO) in a school, or about to take it up."),
    ("Head Cellarman", "The person who leads the Making and answers for it: Harriet Coombe."),
    ("Cellarman", "A tutor. Cellarmen teach on the Pressing Days, tutor Makers between them and mark the "
                  "Rackings."),
    ("Orchard Hand", "An experienced SENCO in a nearby school who mentors a Maker in his or her own "
                     "school through the season."),
    ("Pressing Day (PD)", "A study day. There are eight, PD1 to PD8, each of six hours."),
    ("Vat", "A module. There are four Vats, each pressed over two Pressing Days."),
    ("Orchard Work", "The practical task a Maker carries out in his or her own school between Pressing Days."),
    ("Racking", "A marked assignment, R1 to R4. Each Racking is marked by a Cellarman against the "
                "University's Master's-level criteria and goes before the Tasting Panel."),
    ("Gravity reading", "A short piece of writing after PD2, PD4 and PD6. A Cellarman reads it and writes "
                        "comments to help the Maker; it is not marked and does not go before the Tasting Panel."),
    ("Tasting Panel", "The board that moderates the Rackings and decides the Award."),
    ("The Blend", "The Maker's four Rackings bound together with a closing commentary."),
    ("Cask Sample", "A portfolio of evidence from a Maker's past experience, offered for credit."),
    ("Single-barrel", "Our old name for taking the Award by assessment alone (see Cellar Note 5)."),
    ("Cellar Clerk", "The Trust's administrator for the Making."),
]
table(doc, terms, header_fill="D9C9A3")
para(doc, "")
para(doc, "Marks used in the Vat Record", bold=True)
for lead, text in [
    ("PD1 \u2026 PD8", "in the column \u2018Pressed on\u2019: the Pressing Day on which the quality is pressed (taught)."),
    ("R1 \u2026 R4", "in the column \u2018Racked at\u2019: the Racking in which the quality is marked."),
    ("Gravity only", "read at a Gravity reading, with comments, but not marked in any Racking."),
    ("Still working", "pressed this season but racked in no Racking this season."),
    ("Held over", "not in this season's Making."),
    ("\u2013", "(a dash) not pressed on any Pressing Day."),
]:
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(lead)
    r.bold = True
    p.add_run(" \u2013 " + text)

title("THE MAKING, IN BRIEF")
para(doc, "The Making has one aim: that pupils with special educational needs in our Makers' schools make "
          "faster progress in reading, writing and number. Every Vat, every Racking and the Blend are "
          "judged by that.")
para(doc, "The Making is validated by the University of Brueton as its Postgraduate Certificate in Special "
          "Educational Needs Coordination, the National Award for SEN Coordination. It carries 60 credits "
          "at Master's level (M level), and was approved at the University's validation event on 9 October "
          "2008. The University awards the Certificate; the Trust teaches, mentors and marks under the "
          "University's regulations, and the University's School of Education moderates and examines.")
para(doc, "A season runs from January to July: eight Pressing Days, four Vats, Orchard Work in the Maker's own "
          "school between the days, three Gravity readings and four Rackings, closing with the Tasting Panel "
          "in July. Twenty-four Makers are taken each season, in two cellars of twelve.")

title("THE PRESSING LOG, SEASON 2008\u201309")
log = [
    ("PD", "Date", "Where", "Vat", "What goes in the press"),
    ("PD1", "Sat 17 January 2009", "Long Ashcombe", "Vat 1\nThe Law and the Ledger",
     "The SEN Code of Practice (2001) and the SENCO's duties under it: School Action, School Action Plus, "
     "statutory assessment and statements, annual reviews, and what each means for the school, the SENCO, "
     "the head and governors. Every Child Matters: the five outcomes, the Children Act 2004, and the "
     "SENCO's part in helping pupils with SEN reach them."),
    ("PD2", "Sat 31 January 2009", "Long Ashcombe", None,
     "The Disability Discrimination Act 1995 as amended in 2005, the SEN and Disability Act 2001, the "
     "disability equality duty and accessibility plans. The outside agencies: the Learning Support "
     "Service, educational psychology, speech and language therapy, CAMHS, the sensory services, social "
     "care and the voluntary groups of the county, what each does and how a SENCO gets their help. "
     "Gravity reading 1."),
    ("PD3", "Sat 28 February 2009", "Brueton campus", "Vat 2\nKnowing the Fruit",
     "The commonest kinds of SEN and disability and what each does to learning: behavioural, emotional and "
     "social difficulties; dyslexia and other specific learning difficulties; speech, language and "
     "communication needs (with the Bercow Review, 2008); autism; moderate learning difficulties. What "
     "research says works for each."),
    ("PD4", "Sat 14 March 2009", "Long Ashcombe", None,
     "Assessing, planning and teaching: weighing up approaches, programmes and resources, ICT among them "
     "(text-to-speech, visual timetables, communication aids). Reading an educational psychologist's or "
     "therapist's report and turning it into classroom teaching. Using research and outside advice to "
     "change your own and colleagues' teaching. Helping colleagues build assessment for learning that "
     "works for pupils with SEN. Gravity reading 2."),
    ("PD5", "Sat 25 April 2009", "Long Ashcombe", "Vat 3\nThe Orchard Plan",
     "Finding pupils who may have SEN or a disability, setting stretching targets, planning what they get "
     "and reviewing it. Provision mapping and managing provision: costing it, and spotting what is missing "
     "or not working. Deploying and managing teaching assistants. Putting first things first: the SENCO's "
     "week, delegating and checking."),
    ("PD6", "Sat 16 May 2009", "Long Ashcombe", None,
     "Working with parents and carers, with a parent from the Ashcombe Parent Partnership. Fair, warm "
     "relationships with pupils and families when things are hard. Asking pupils what they think, "
     "including pupils with little or no speech (talking mats, symbol questionnaires), and giving them a "
     "say in their own plans. Seeing trouble coming and making sound decisions. Speaking and writing "
     "plainly; listening. Gravity reading 3."),
    ("PD7", "Sat 13 June 2009", "Brueton campus", "Vat 4\nThe Whole Orchard",
     "Working with the head, senior staff and governors on the school's inclusive ethos, policies, "
     "priorities and spending, and bringing them round. Helping colleagues grow: lesson observation and "
     "feedback, modelling, coaching, mentoring and running staff training. Reviewing with other staff how "
     "well provision is working."),
    ("PD8", "Sat 4 July 2009", "Long Ashcombe", None,
     "Keeping up to date and taking charge of your own learning about SEN and disability. Next Season "
     "(Cellar Note 21). The Blend handed in."),
]
t = table(doc, log, header_fill="D9C9A3", size=9)
t.cell(1, 3).merge(t.cell(2, 3))
t.cell(3, 3).merge(t.cell(4, 3))
t.cell(5, 3).merge(t.cell(6, 3))
t.cell(7, 3).merge(t.cell(8, 3))
for r0, name in [(1, "Vat 1\nThe Law and the Ledger"), (3, "Vat 2\nKnowing the Fruit"),
                 (5, "Vat 3\nThe Orchard Plan"), (7, "Vat 4\nThe Whole Orchard")]:
    cell_text(t.cell(r0, 3), name, bold=True, size=9)
    shade(t.cell(r0, 3), "F3ECDC")
para(doc, "Between Pressing Days each Maker does Orchard Work in his or her own school: a set task tied to "
          "the qualities of the Vat just pressed, agreed with the Orchard Hand and the head, and written up "
          "for the next Racking. Between PD5 and PD6, for instance, the Maker maps the provision for one "
          "year group, finds one gap in it and plans and starts an intervention to close it; the first "
          "results of that intervention go into Racking 3.")

title("THE RACKINGS")
rk = [
    ("Racking", "Name", "What the Maker hands in", "Length", "Weight"),
    ("R1", "The Ledger", "A review of the school's SEN policy and practice against the Code of Practice and "
     "Every Child Matters, with the changes the Maker proposes and why.", "3,000 words", "20%"),
    ("R2", "Fruit Study", "A study of one pupil: the pupil's needs, what other professionals' assessments say, "
     "the teaching the Maker and colleagues planned from them, the work with the family, and what "
     "research says.", "4,000 words", "30%"),
    ("R3", "The Orchard Plan", "The provision map for a year group, the gap found in it, the intervention "
     "planned and managed (with the staff deployed to it), and the pupils' progress tracked through "
     "teacher assessment and end-of-key-stage and optional test results.", "4,000 words", "30%"),
    ("R4", "The Whole Orchard", "A twenty-minute presentation to the Tasting Panel on a whole-school change "
     "the Maker has led with the head and staff, including the training or coaching given to colleagues "
     "and the review of provision made with them, with a letter from the head.", "20 minutes + questions",
     "20%"),
]
table(doc, rk, header_fill="D9C9A3", size=9)
para(doc, "Gravity readings (after PD2, PD4 and PD6) are a side of A4 each, on a question the Cellarman "
          "sets. The Cellarman writes comments within ten days; no mark is given.")

title("CELLAR NOTES")
para(doc, "The notes below say how the Making is run. They are numbered as the Book has always numbered them.",
     italic=True)

runin(doc, "1. Who may make.", "A Maker must be a qualified teacher who has taken up, or is about to take up, "
      "the SENCO role in a school in the county or a neighbouring county, and the booking form must carry "
      "the head's signature. The Cellar Clerk checks the teacher's DfES number on the booking form.")

runin(doc, "2. Checks.", "Everyone who works with school groups in the orchard \u2013 our volunteers, our "
      "pickers at harvest and the education officer \u2013 holds an enhanced CRB disclosure, renewed every "
      "three years.")
ins_para(doc, [("Before PD1 the Cellar Clerk asks each Maker's head to confirm in writing that the Maker "
                "holds a current enhanced CRB disclosure and has been checked against List 99. No Maker "
                "starts the Making without that confirmation, and the Clerk records the date and number of "
                "the disclosure in the Maker's file.", False)], GM, D1)

runin(doc, "3. Bringing your own fruit.", "A Maker who has passed Master's-level modules in special "
      "educational needs at another university in the last five years may ask for up to 20 credits of "
      "them to count towards Vat 2; the University's Accreditation of Prior Learning board decides. A Maker "
      "with long experience (five years teaching in a special school, say, or in the Learning Support "
      "Service) may instead bring a Cask Sample: evidence from that experience set against the qualities of "
      "Vat 1 or Vat 2. If the Tasting Panel accepts the Cask Sample, that Vat's Racking is credited and the "
      "Maker does not take it.")

runin(doc, "4. The Orchard Walk.", "Before PD1 every Maker does the Orchard Walk: a self-audit against each "
      "quality in the Vat Record, rated from 1 (new to me) to 4 (I do this well), talked through with the "
      "Orchard Hand in the Maker's school. The Walk is for the Maker's own information. Every Maker then "
      "follows the same eight Pressing Days and four Rackings, and the Walk sets no plan or targets of its own.")

runin(doc, "5. Single-barrel.", "In the 2006 season the Trust let two experienced teachers present a Cask "
      "Sample for the whole of its old SEN course without attending it; we called that the Single-barrel. "
      "The University did not continue it when it validated the Making, and there is no Single-barrel this "
      "season. Teachers who want to be assessed without the taught course may apply to Brockhurst College, "
      "which offers such a route.")
del_para(doc, [("From the 2009\u201310 season a Single-barrel will again be open, in exceptional cases, to "
                "teachers from the Learning Support Service who already show every quality: they present a "
                "Blend and go before the Tasting Panel without attending the Pressing Days.", False)], HC, D2)

runin(doc, "6. Cost and fit.", "The fee is \u00a31,250 per Maker, paid by the school or, for schools of fewer "
      "than a hundred pupils, by the Learning Support Service's rural bursary. Pressing Days fall on "
      "Saturdays so that no school pays for supply cover, which makes the Making cheaper for a small school "
      "than any weekday course. Within each Racking the Maker chooses the pupils, the subject and the focus "
      "that fit the school, and each Maker has two one-to-one tutorials with a Cellarman, in person or by "
      "telephone, at the points the Maker chooses. Each Racking builds on the one before, so that a Maker's "
      "work climbs towards the whole Vat Record by July.")

runin(doc, "7. Getting in the door.", "The Trust meets its duties under the Disability Discrimination Act "
      "1995 (as amended in 2005) and the Race Relations (Amendment) Act 2000 through its Disability "
      "Equality Scheme and its Race Equality Policy. The booking form asks every Maker what adjustments he "
      "or she needs, and the Head Cellarman agrees them with the Maker before PD1. The teaching loft is "
      "reached by a lift installed in 2007; there is a hearing loop; handouts come in large print or on disk "
      "on request; and Makers with dyslexia or other needs may have extra time, or give a Racking as a "
      "recorded viva instead of in writing, under the University's rules on reasonable adjustments.")

runin(doc, "8. When and where.", "The Making starts once a year, in January, and runs over eight Saturdays. "
      "The Vats are pressed in order, one season at a time. Six Pressing Days are at Long Ashcombe and two "
      "at the University's Brueton campus. A Maker who misses a Pressing Day makes it up with the next "
      "season's cellar, and a Maker may defer one Racking to the next season with the Head Cellarman's "
      "agreement. There is no online part to the Making: everything is done on the Pressing Days, in school "
      "and on paper.")

runin(doc, "9. What the schools told us.", "In the summer of 2007 we asked the 64 primary and 9 secondary "
      "schools in the Pennard and Ashcombe clusters what their SENCOs needed; 41 replied. They asked for "
      "Saturday days, because supply cover is hard to find for small rural schools; for more on speech, "
      "language and communication and on autism than on dyslexia, on which most of their SENCOs had "
      "already been trained; and for help with managing teaching assistants. The Learning Support Service "
      "gave us its own figures: 19 of the clusters' SENCOs were in their first two years in post and 11 had "
      "no SEN qualification. The Making is built on those answers: Saturdays, the weight of Vat 2 on "
      "speech, language and autism, and PD5's work on teaching assistants.")

p = runin(doc, "10. Who has had a hand in it.", "A Making Group of four heads, two experienced SENCOs, the "
          "Learning Support Service's principal educational psychologist and a parent from the Ashcombe "
          "Parent Partnership met three times in 2008. At the heads' suggestion the Orchard Plan moved from "
          "Vat 4 to Vat 3 so that Makers map provision before the summer term, and the parent's comments "
          "reshaped PD6, which now opens with a parent's own account of the annual review.")

p = runin(doc, "11. At the end of the season.", "Heads, Orchard Hands and the Making Group will be asked for "
          "their views of the Making when the season ends.")
doc.add_comment(p.runs[1], text="Could we put two heads on the Tasting Panel, and have the Making Group read "
                "the Makers' evaluation sheets each season? If so we should say so here.", author=GM,
                initials="GM")

runin(doc, "12. The Cellarmen.", "Harriet Coombe, Head Cellarman, was SENCO of a large primary school for "
      "eleven years and an advisory teacher for the Learning Support Service for four; she holds an MA in "
      "Special and Inclusive Education (2004) and the Trust's own cider maker's certificate. Dr Owen "
      "Pridham is Senior Lecturer in Inclusive Education at the University of Brueton, with a doctorate on "
      "the deployment of teaching assistants (2007). Marian Yeo is a specialist teacher for autism in the "
      "Learning Support Service and leads its outreach team. Peter Lusk, a former secondary SENCO, holds the "
      "OCR Diploma in specific learning difficulties and teaches dyslexia courses for the county. Every "
      "Cellarman spends at least five days a year in schools, and all attend the University's research "
      "seminar on inclusion each term.")

runin(doc, "13. Specialists and visits.", "A speech and language therapist from the primary care trust "
      "teaches on PD3, an educational psychologist on PD4, the autism outreach teacher on PD3 and a Parent "
      "Partnership officer and parent on PD6. Makers may ring the Learning Support Service's duty line for "
      "advice during the season. There are no placements: all of the Making's school-based work is done in "
      "the Maker's own school.")

runin(doc, "14. The loft and its shelves.", "Pressing Days are held in the teaching loft above the press "
      "house, which has a projector, a whiteboard and a reference shelf of some sixty books and reports. "
      "Makers use their own schools' computers for the Rackings.")

runin(doc, "15. Knowing your job.", "The Cellarmen's Handbook sets out what a Cellarman, an Orchard Hand, "
      "the Cellar Clerk and the Tasting Panel each do, and how and when. Orchard Hands come to a briefing "
      "afternoon before PD1, receive a written role description and a copy of this Book, and come to a "
      "second briefing before Racking 3, when their part in the Orchard Plan is largest. A new Cellarman "
      "co-marks his or her first Racking with the Head Cellarman before marking alone.")

runin(doc, "16. The Tasting Panel.", "Every Racking is marked by a Cellarman against the University's "
      "Master's-level criteria. Before each round of marking the Cellarmen mark two sample Rackings together "
      "to agree the standard. A second Cellarman marks, without seeing the first mark, a fifth of the "
      "Rackings, every fail and every distinction. The Tasting Panel \u2013 the Head Cellarman, a moderator "
      "from the University's School of Education and the University's external examiner \u2013 moderates "
      "the marks each July and confirms them.")

runin(doc, "17. Checking the Making.", "Each Maker fills in an evaluation sheet at the end of every Pressing "
      "Day. After each Vat the Cellarmen hold a Cellar Meeting that reads the sheets, the Gravity readings "
      "and the Racking marks together and decides what to change for the next season. The University's "
      "external examiner reports each year on the standard of the work and on the Making, and the Trust "
      "answers that report in the University's annual monitoring. Every change agreed at a Cellar Meeting "
      "or asked for by the examiner is written into the next season's Book, in red, with its reason.")

runin(doc, "18. Did it make a difference?", "At the Orchard Walk and again at PD8 each Maker rates his or her "
      "confidence against every quality in the Vat Record, and we compare the two ratings for each Maker "
      "and for the cellar as a whole. As for the pupils, we hope to see reading and number scores rise in "
      "Makers' schools, and we shall ask Makers to tell us whether they have.")

runin(doc, "19. Pupils' voices.", "On PD6 Makers learn ways of asking pupils what they think, including "
      "pupils with little or no speech, and in their Orchard Work after PD6 each Maker asks three pupils "
      "about their own support, using one of those ways, and brings what they said to the Orchard Hand.")

runin(doc, "20. What is in the press.", "Each Vat draws on recent research and inspection: Ofsted's "
      "Inclusion: does it matter where pupils are taught? (2006); the Education and Skills Committee's "
      "report on special educational needs (2006); the Bercow Review of services for children and young "
      "people with speech, language and communication needs (2008); the Inclusion Development Programme "
      "(2008); and the first findings of the Deployment and Impact of Support Staff project (2008). The "
      "reading list is renewed each season by the Cellar Meeting.")

runin(doc, "21. Next Season.", "On PD8 each Maker drafts three professional targets for the year after the "
      "Making, using the Tasting Panel's written feedback. The Maker takes them to a meeting with the head "
      "in the following term, and the targets agreed there are copied to the Orchard Hand. The Trust also "
      "offers its Makers a place on the University's MA Education, with the Making's 60 credits counted "
      "towards it.")

runin(doc, "22. Awarding.", "The Award is made only to a Maker who has passed all four Rackings and whose "
      "Blend the Tasting Panel finds shows every one of the national minimum outcomes, as the qualities in "
      "the Vat Record set them out. There is no compensation between Rackings: a mark above the pass in one "
      "does not make up for a fail in another. A Maker who falls short may resubmit a Racking once.")

text_box(doc, [
    ("FROM THE HEAD CELLARMAN", True),
    ("A good cider is made in the orchard, not the cellar: you cannot rack out what was never in the fruit. "
     "So it is with SENCOs. The Making is built round what Makers do in their own schools, and we judge it "
     "by what happens to their pupils. We hope that by the end of the first season every Maker's school will "
     "see its pupils with SEN reading better and with more confidence.", False),
    ("Harriet Coombe", False),
], height_pt=130)

title("THE VAT RECORD")
para(doc, "The qualities every Maker must show by the end of the season, in our words, where each is pressed "
          "and where it is racked.", italic=True)
rows = [("Quality (in our words)", "Pressed on", "Racked at")]
groups = {
    1: "WHAT A MAKER IS LIKE",
    9: "WHAT A MAKER KNOWS",
    18: "WHAT A MAKER CAN DO",
}
vr = [
    ("Gets on fairly and warmly with pupils who have SEN or a disability, and with their families, and keeps "
     "it that way when things are hard", "PD6", "R2"),
    ("Brings the head, the senior team and the staff round to the work for pupils with SEN", "PD7", "R4"),
    ("Puts first things first, keeps to time, and hands jobs on to the right person and checks they are done",
     "PD5", "Gravity only"),
    ("Sees trouble coming, sorts it out, and makes sound calls about what a pupil should get", "PD6", "R3"),
    ("Speaks and writes plainly, and listens properly to what others think", "PD6", "R1, R4"),
    ("Uses research and outside advice to make their own and colleagues' teaching better", "PD4", "R2"),
    ("Keeps up with what is new and takes charge of their own learning about SEN and disability", "PD8",
     "Still working"),
    ("The SEN law and guidance, above all the Code of Practice: what they mean for the school, the SENCO and "
     "others, and how to carry them out", "PD1", "R1"),
    ("What Every Child Matters sets out to do, its five outcomes, and how the SENCO helps pupils reach them",
     "PD1", "R1"),
    ("Disability equality law and what it obliges a school to do", "PD2", "K3CELL"),
    ("The commonest kinds of SEN and disability and what each does to learning", "PD3", "R2"),
    ("Weighing up ways to assess, plan, teach and help pupils learn, and the resources for it, ICT among them",
     "PD4", "R2"),
    ("How a school judges and improves itself where pupils with SEN are concerned", "Held over", "Held over"),
    ("What the best practice and research say works for pupils with SEN", "PD3, PD4", "R2"),
    ("What the outside agencies do and how to get specialist help and resources from them", "PD2", "R3"),
    ("With the head, senior staff and governors, steer the school's inclusive ethos, policies, priorities and "
     "spending", "PD7", "R4"),
    ("Find pupils who may have SEN or a disability, set them stretching targets, plan what they get and "
     "review how they are getting on", "PD5", "R3"),
    ("Use what other professionals' assessments say to shape teaching", "PD4", "R2"),
    ("Use test and end-of-key-stage results to track progress and change a programme that is not working",
     "\u2013", "R3"),
    ("Help other teachers build assessment for learning that works for pupils with SEN", "PD4", "R4"),
    ("Map provision, manage it, and spot what is missing or not working", "PD5", "R3"),
    ("Deploy and manage teaching assistants and other staff well", "PD5", "R3"),
    ("Help colleagues grow: watching lessons and giving feedback, modelling, coaching and mentoring, and "
     "running training", "PD7", "R4"),
    ("Look at how well provision is working together with other staff, so that the school's own review is "
     "better informed", "PD7", "R4"),
    ("Make sure pupils have a say in planning, agreeing and reviewing what they get", "PD6", "Gravity only"),
    ("Work closely with parents and carers", "PD6", "R2"),
    ("Work in partnership with other services and agencies, voluntary groups among them", "PD2", "R3"),
]
full = [rows[0]]
i = 0
for n in range(len(vr) + 3):
    r_index = len(full)
    if r_index in groups:
        full.append((groups[r_index], "", ""))
    else:
        full.append(vr[i])
        i += 1
    if i >= len(vr):
        break
t = table(doc, full, header_fill="D9C9A3", size=9)
for r_index, name in groups.items():
    a = t.cell(r_index, 0).merge(t.cell(r_index, 2))
    cell_text(a, name, bold=True, size=9)
    shade(a, "EFE6D2")
for r in t.rows:
    c = r.cells[2]
    if c.text == "K3CELL":
        c.text = ""
        pp = c.paragraphs[0]
        add_del_run(pp, "R1", HC, D2)
        add_ins_run(pp, "Gravity only", HC, D2)
    if r.cells[0].text.startswith("How a school judges"):
        doc.add_comment(r.cells[1].paragraphs[0].runs[0], text="Held over: Brueton's external examiner "
                        "says self-evaluation needs a day of its own. Next season, not this. \u2013 HC",
                        author=HC, initials="HC")

para(doc, "")
para(doc, "Kept by Harriet Coombe, Head Cellarman, and entered in the Book on 14 November 2008.", italic=True)
para(doc, "Long Ashcombe Cider House, Pennard Vale. Registered charity no. 1097215.", italic=True)

doc.save(str(OUT))
print("wrote", OUT)
