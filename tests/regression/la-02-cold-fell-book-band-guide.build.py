"""la-02-cold-fell-book-band-guide: build the .docx next to this script.

Provider (invented): the Cold Fell Co-operative of Village Schools, nine small rural primary
schools on the Cold Fell side of the county, with St Bega's College of Education, Thornbeck, a
church teacher training college whose awards are validated by Northfell University.

Document kind and layout: the Co-op's BOOK BAND GUIDE, the colour-banded reading-scheme booklet
that infant classes send home to parents and reading volunteers, written here for the SENCo
course. Its own vocabulary: Readers (participants), Reading Helpers (a senior colleague in the
Reader's own school), Book Doctors (St Bega's tutors), Reading Mornings (Saturday study
mornings), twelve Bands (Lilac to Lime, one per Reading Morning), Band Packs, Home Reading
(school-based tasks), the Reading Record (portfolio), four Hearings H1-H4 (the marked
assessments), "Shared read" (taught, not heard), the Band Check (pre-course audit), the
Starter Shelf, the Borrower's Card, My Next Book, the Lime Certificate. No heading styles:
titles are bold Normal paragraphs; a cover table with merged cells and a strip of twelve cells
shaded in the band colours; a "Who's who" glossary as a bulleted list (it defines "Shared read
only" far above the chart); a band table with each band's cell shaded in its colour; a Band
Chart (What the Reader will be able to do (in our words) | Read at | Heard at) whose values
"Not on our shelves" and the dash are defined in sentences just above it; a VML text box; tracked
changes (a deleted placement sentence, the award rule changed by a deletion and an insertion);
Word comments; footnotes; placeholders in square brackets; header and footer.

Traps (requirement ids):
- E.2: "60 credits at [level M or H: University to confirm]" -> placeholder level -> partially_met.
  E.1 met (Northfell University validates; the event date is a placeholder but the route is clear).
- 1.1: the stated aim is progress "in reading, writing and number" only (attainment), though the
  Red band teaches Every Child Matters -> partially_met.
- 1.4 and 6.K3: "Disability equality law is not on our shelves this year"; the K3 line reads
  "Not on our shelves" -> 1.4 partially_met, 6.K3 not_met.
- 6.S4: "Deploying teaching assistants is a matter for each head in our schools; this line is not
  read or heard on the Book Bands" -> not_met (someone else's responsibility, negation).
- 6.A2, 6.A6, 6.S7: "Shared read only" (defined in Who's who as read together and talked about,
  "never heard") -> partially_met; 1.5 still met (Turquoise teaches talking with children).
- 6.S2b: Read at is a dash (Readers "are expected to bring it with them") but heard at H2 ->
  assessed, not taught -> partially_met.
- 1.9: some lines are never heard -> partially_met.
- 6.0: the award rule is a tracked change: the deleted words required every line of the Band
  Chart to be heard; the inserted words award the Lime Certificate for attending eleven of twelve
  mornings and handing in the Home Reading -> not_met.
- 2.2 and 2.4: the Band Check places Readers before the course, but "every Reader reads the same
  twelve bands in the same order" and no individual plan follows -> partially_met both.
- 3.1: only a welcome and large print on request; a comment asks about the disability duty ->
  partially_met.
- 3.2: a single September start and a fixed order; the only flexibility is Saturday mornings and
  catching up at home -> partially_met.
- 3.3: "There is no online part to the Book Bands" -> not_applicable.
- 4.3: heads "may be invited to comment" at the end of the year -> partially_met. 4.1, 4.2 met.
- 5.1: only Readers' feedback slips and the Book Doctors' own review; "We have not yet decided how
  the course will be looked at from outside the Co-op" -> partially_met.
- 5.4: Book Doctors are only "experienced practitioners who know small schools well" ->
  partially_met.
- 5.5: "We do not arrange placements or visits"; the neighbouring Fellbeck Federation's week at
  Thornbeck School is another provider's arrangement; the Co-op's own Thornbeck day is a deleted
  tracked sentence -> not_met.
- Met despite appearances: 2.3 (the assessment-only route is only in a text box, which counts);
  5.3 (the Reader's head records the CRB disclosure number and date on the Borrower's Card and
  the Co-op office checks it); 2.5 (My Next Book); 5.9 (Change Story reports pupils' progress);
  1.3 (Rose Review, Bercow Review and Ofsted's 2006 report named in the body; citations in
  footnotes).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _la_helpers import (add_ins, add_del, deleted_paragraph, shade, set_cell, add_page_field, add_textbox,
                         Footnotes, bullets)

HERE = Path(__file__).parent
NAME = "la-02-cold-fell-book-band-guide"
MB = "Maggie Bellerby"
JT = "John Threlfall"

doc = Document()
doc.styles["Normal"].font.name = "Century Gothic"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Cold Fell Co-operative of Village Schools  \u2022  Book Band Guide  \u2022  Autumn 2008 edition"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "If found, please return this booklet to the Co-op Office, Cold Fell C of E School. Page "
add_page_field(fp)


def title(text, size=12):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(text):
    return doc.add_paragraph(text)


BANDS = [("Lilac", "D7B8E8"), ("Pink", "F8BBD0"), ("Red", "EF9A9A"), ("Yellow", "FFF59D"), ("Blue", "90CAF9"),
         ("Green", "A5D6A7"), ("Orange", "FFCC80"), ("Turquoise", "80DEEA"), ("Purple", "B39DDB"),
         ("Gold", "FFD54F"), ("White", "FFFFFF"), ("Lime", "DCE775")]

# ---------- cover ----------
cv = doc.add_table(rows=4, cols=12)
cv.style = "Table Grid"
c = cv.cell(0, 0).merge(cv.cell(0, 11))
set_cell(c, "THE BOOK BAND GUIDE", bold=True, size=18)
c = cv.cell(1, 0).merge(cv.cell(1, 11))
set_cell(c, "for Readers and Reading Helpers on the Cold Fell SENCo course (the National Award for SEN Coordination)",
         size=11)
for i, (b, col) in enumerate(BANDS):
    set_cell(cv.cell(2, i), b[:3], size=7)
    shade(cv.cell(2, i), col)
c = cv.cell(3, 0).merge(cv.cell(3, 11))
set_cell(c, "Cold Fell Co-operative of Village Schools with St Bega's College of Education, Thornbeck. "
            "Submitted to the TDA for approval, October 2008.", italic=True, size=9)

para("")
title("Welcome to the Book Bands", 14)
para("Every infant in our nine schools takes home a book band book in a plastic wallet, with a reading record "
     "for a grown-up to write in. Parents know the colours: Lilac before Pink, Pink before Red, all the way to "
     "Lime. When the Co-op and St Bega's sat down to plan a course for our SENCos, the book bands were the "
     "obvious shape. Each band is one Reading Morning and the Home Reading that follows it in school; a Reader "
     "moves up a band each month, and is heard four times along the way.")
para("The aim of the Book Band course is simple: that every child in a Cold Fell school with special "
     "educational needs makes better progress in reading, writing and number, because the teacher who "
     "coordinates their provision knows what to do and can get others to do it.")
p = para("The course is St Bega's Postgraduate Certificate in Special Educational Needs Coordination. St Bega's "
         "awards are validated by Northfell University, and the course goes to a Northfell validation event on "
         "[date TBC, spring term 2009]. It is worth 60 credits at [level M or H: University to confirm].")
para("The Cold Fell Co-operative is nine Church of England and community primary schools between Thornbeck and "
     "the county boundary, with 540 pupils between them. Four of our SENCos are heads; the rest teach full time.")

title("Who's who")
bullets(doc, [
    "Reader: a SENCo (or a teacher about to become one) on the course.",
    "Reading Helper: the head, or in a two-teacher school the other teacher, in the Reader's own school, who "
    "meets the Reader once a fortnight and signs her Reading Record.",
    "Book Doctor: a St Bega's tutor. Book Doctors run the Reading Mornings and mark the Hearings.",
    "Reading Morning: a Saturday study morning, 9.30 to 12.30, at Cold Fell Hall, one for each band.",
    "Band Pack: the readings and tasks for one band.",
    "Home Reading: the task each Reader does in her own school after a Reading Morning.",
    "Reading Record: the Reader's folder of Home Reading, notes and evidence.",
    "Hearing: one of the four marked assessments, H1 to H4. A line that is heard at a Hearing is marked "
    "against St Bega's criteria.",
    "Shared read: something read together and talked about at a Reading Morning. In the Band Chart, "
    "\"Shared read only\" means the line is read at the band shown and talked over, but never heard.",
    "Band Check: the check every applicant does before a place is offered.",
    "Lime Certificate: the award at the end of the course.",
])

title("How the bands work")
para("There are twelve bands and twelve Reading Mornings, from September to July. Reading Mornings are on "
     "Saturdays, so that no Reader needs supply cover and no small school loses its teacher for a day. Every "
     "Reader starts in September and reads the bands in order: Lilac, Pink, Red, Yellow, Blue, Green, Orange, "
     "Turquoise, Purple, Gold, White and Lime. A Reader who misses a morning can read the Band Pack at home and "
     "talk it through with her Reading Helper. There is no online part to the Book Bands; everything happens at "
     "Reading Mornings and in school.")
para("After each Reading Morning the Reader does the band's Home Reading in her own school: a real piece of "
     "SENCo work tied to the lines of the Band Chart, written up in her Reading Record and talked through with "
     "her Reading Helper. Over the year each Reader also leads one change in her own school, which she tells "
     "as her Change Story at Hearing 4.")

title("A Reading Morning")
para("Every Reading Morning has the same shape, so that Readers know what to expect. It starts with Book Talk: "
     "Readers sit in threes, each from a different school, and tell each other what happened when they did the "
     "last band's Home Reading, what worked and what did not. Then a Book Doctor introduces the new band, with "
     "examples from our own schools wherever we can find them (names changed). After coffee comes Paired "
     "Reading, when two Readers work through the Band Pack together and plan how each will do the Home Reading "
     "in her own school, which is rarely the same in a school of 25 pupils as in one of 90. The morning ends "
     "with Questions Corner, where anything left over is answered, and Readers write their feedback slips.")
para("Readers bring their Reading Record to every morning. Book Doctors look at each Record once a term and "
     "write a short note in it; Reading Helpers sign it after each fortnightly meeting. The Record is the "
     "Reader's own evidence, and she draws on it for all four Hearings.")

title("The twelve bands")
bt = doc.add_table(rows=13, cols=3)
bt.style = "Table Grid"
for i, h in enumerate(("Band", "At this band the Reader reads about ...", "Home Reading")):
    set_cell(bt.cell(0, i), h, bold=True)
band_text = [
    ("How the course works; the Band Check talked through; starting the Reading Record.",
     "Write the first page of the Reading Record: your school, your pupils, your role."),
    ("The law and the Code: the Education Act 1996, the SEN Code of Practice 2001 and its stages, the SEN "
     "Toolkit, Removing Barriers to Achievement (2004), and what each asks of the SENCo, teachers, the head and "
     "governors.", "Check your school's SEN policy against the Code."),
    ("Every Child Matters: the five outcomes, the SENCo's part in each, and children's well-being as well as "
     "their learning.", "Map one pupil's week against the five outcomes."),
    ("How children grow and learn, and how SEN, disability, home and the classroom affect that; the common "
     "needs in our schools: BESD, dyslexia and other specific learning difficulties, speech, language and "
     "communication needs, autism and moderate learning difficulties.",
     "Observe one child for a morning and write up what helps and hinders."),
    ("Spotting and assessing: observation, data and assessment to identify pupils who may have SEN; helping "
     "colleagues use formative assessment with pupils with SEN; special arrangements for the Key Stage 1 and 2 "
     "tests, planned in good time and used in class too.",
     "Plan the access arrangements for next May's tests with your Year 2 or Year 6 teacher."),
    ("Targets, individual education plans, interventions and reviews; provision mapping and management, and "
     "finding provision that is not working or is missing; making sound decisions when money and staff are "
     "short.", "Draw your school's provision map."),
    ("Teaching approaches and resources, including ICT (Clicker 5, Wordshark, talking tins and switches), and "
     "how to judge which will remove barriers for a given child.", "Try one approach and record its effect."),
    ("Children and families: building fair and trusting relationships; talking with children about their "
     "learning and their targets (pupil conferencing, with picture cards for younger children); working with "
     "parents and carers, review meetings and letters home.", "Hold a pupil conference and a parent meeting."),
    ("Other services: the educational psychologist, speech and language therapy, CAMHS, social care and the "
     "CAF, the sensory service and voluntary groups; using their assessments to plan teaching; getting help "
     "when the nearest service is forty miles away.", "Plan a joint review for one pupil."),
    ("Leading colleagues and governors: shaping an inclusive ethos, SEN policy and the use of resources with "
     "the head and governors; observing, feeding back, modelling, coaching and training colleagues; planning "
     "SENCo time, prioritising and delegating; bringing colleagues on board.",
     "Lead a staff meeting or talk to governors."),
    ("Self-evaluation and research: reviewing provision with colleagues for the school's self-evaluation form; "
     "best practice and research on meeting SEN; using research and outside advice to improve teaching.",
     "Review SEN provision with your staff."),
    ("Looking back and My Next Book: keeping up to date, taking charge of your own CPD, and planning what "
     "comes next.", "Write My Next Book."),
]
for r, ((b, col), (txt, hr)) in enumerate(zip(BANDS, band_text), start=1):
    set_cell(bt.cell(r, 0), b, bold=True)
    shade(bt.cell(r, 0), col)
    set_cell(bt.cell(r, 1), txt, size=9.5)
    set_cell(bt.cell(r, 2), hr, size=9.5)

para("")
p = para("Our Band Packs are rebuilt every summer from recent research, inspection evidence and national "
         "developments. For 2008-09 the Yellow and Blue Packs draw on the Rose Review of early reading, the "
         "Purple and Turquoise Packs on the Bercow Review of services for children with speech, language and "
         "communication needs, published this July, and the Gold Pack on Ofsted's report Inclusion: does it "
         "matter where pupils are taught?")
fn.add(p, "Rose, J. (2006) Independent Review of the Teaching of Early Reading. DfES.")
fn.add(p, "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0-19) with "
          "Speech, Language and Communication Needs. DCSF. Ofsted (2006) Inclusion: does it matter where pupils "
          "are taught? HMI 2535.")
para("Disability equality law is not on our shelves this year: St Bega's will add a band on it when the course "
     "is revalidated.")
para("Deploying teaching assistants is a matter for each head in our schools; this line is not read or heard on "
     "the Book Bands.")

title("The Hearings")
para("A Reader is heard four times. Each Hearing is marked pass, refer or fail against St Bega's criteria, and "
     "each criterion names the lines of the Band Chart it hears. A referred Hearing can be heard again once.")
hh = doc.add_table(rows=5, cols=3)
hh.style = "Table Grid"
for i, h in enumerate(("Hearing", "What the Reader does", "When")):
    set_cell(hh.cell(0, i), h, bold=True)
    shade(hh.cell(0, i), "EEEEEE")
for r, row in enumerate([
    ("H1 Book Review", "A 3,000-word review of her school's SEN policy and practice against the law, the Code "
                       "and Every Child Matters.", "After Red"),
    ("H2 Case Book", "A 4,000-word case book on one pupil: identification, assessments (including other "
                     "professionals' and the national tests), targets, the provision map, the agencies, the "
                     "work with the child and family, and the access arrangements made.", "After Turquoise"),
    ("H3 Reading Aloud", "The Reader leads a staff meeting or speaks to governors, watched by her Reading Helper "
                         "and a Book Doctor, and writes a 1,500-word commentary.", "After Gold"),
    ("H4 Change Story", "A 3,000-word account of the change she led, its effect on pupils, her review with "
                        "colleagues and her own next steps, followed by a 30-minute "
                        "conversation with two Book Doctors on best practice and research in meeting SEN.", "After Lime"),
], start=1):
    for i, v in enumerate(row):
        set_cell(hh.cell(r, i), v, size=9.5)
para("Every Hearing is double-marked by two Book Doctors, who agree a mark. The Book Doctors meet after each "
     "round of Hearings to compare a sample of marked work from every Reader, and St Bega's examination board "
     "confirms all results. Each Reader's Reading Helper writes a short statement for H3, which the Book "
     "Doctors read alongside their own notes.")

p = para("")
add_del(p, "The Lime Certificate is awarded only to Readers who have been heard on every line of the Band Chart.",
        MB, "2008-10-20T10:00:00Z")
add_ins(p, "The Lime Certificate is awarded to Readers who have read all twelve bands, that is, who have attended "
           "at least eleven of the twelve Reading Mornings and handed in every Home Reading sheet.",
        MB, "2008-10-20T10:00:00Z")

title("Joining the Book Bands")
para("The course is for SENCos in Co-op schools and, where there is room, in other small schools in the "
     "diocese. Each applicant does the Band Check before a place is offered: a questionnaire on every line of "
     "the Band Chart and a short written task on a pupil she knows. A Book Doctor reads it. If she is not yet "
     "ready, the Book Doctor writes to her and her head with a Starter Shelf of reading and school tasks, and "
     "she can apply again the following year. Every applicant must hold QTS and be a SENCo or be named by her "
     "governors as the next one.")
para("The Band Check also tells the Book Doctors where the group is strong and where it is weak, so that they "
     "can spend longer on some bands. Every Reader reads the same twelve bands in the same order.")
para("Before the first Reading Morning the Reader's head fills in the back of her Borrower's Card with the "
     "number and date of her enhanced CRB disclosure and confirms that the school's other checks have been "
     "made. The Co-op office checks the card against the school's single central record before the Reader's "
     "place is confirmed, and a Reader without a current disclosure cannot start.")
p = para("Everyone is welcome on the Book Bands. Large-print copies of every Band Pack are available on request.")
para("Credit for what you have already done. St Bega's will count up to 30 credits of earlier study at the "
     "right level. A Reader with long SENCo experience but no certificate can instead put together a Reading "
     "Age Check, a portfolio of her past work mapped to the Band Chart, which two Book Doctors assess; if it "
     "shows the lines of a band, she is excused that band's Home Reading and the Hearing that covers it.")
tb = para("")
add_textbox(tb, [
    ("Reading straight to the Hearings", True),
    ("Now and then a teacher is already a fluent Reader: an experienced SENCo from another authority, or a "
     "teacher from the county's learning support service. In such exceptional cases she may, with her head's "
     "support and a Book Doctor's agreement after the Band Check, go straight to the four Hearings without "
     "attending any Reading Mornings. She is heard on every line of the Band Chart in the same way as other "
     "Readers. The fee for this route is \u00a3350.", False),
], height_pt=140, fill="E8F5E9")
para("The course costs \u00a3900 a Reader, of which the Co-op's training pot pays \u00a3500 for a Co-op school. "
     "Because Reading Mornings are on Saturdays, no school pays for supply, and every Reader keeps her Band "
     "Packs for her school's staff library.")

title("Where the Readers read")
para("Readers do all their Home Reading in their own school. We do not arrange placements or visits to other "
     "schools or services.")
dp = deleted_paragraph(doc, "Each Reader will also spend one day at Thornbeck School, the county's special "
                            "school, during the Purple band.", MB, "2008-10-20T10:05:00Z")
para("Our neighbours in the Fellbeck Federation send their SENCos for a week to Thornbeck School, and have "
     "a speech and language therapist at three of their mornings; we have no such arrangement.")

title("Our Book Doctors")
para("All our Book Doctors are experienced practitioners who know small schools well. The course leader is "
     "John Threlfall of St Bega's, and the Co-op's lead is Maggie Bellerby, head of Cold Fell C of E School.")

title("For Reading Helpers")
para("Reading Helpers come to a Helpers' Morning at St Bega's in September, where a Book Doctor goes through "
     "the Helper's Notes: what a fortnightly meeting covers, how to sign the Reading Record, how to watch and "
     "write about H3, and what a Helper must not do (a Helper never marks a Hearing). Helpers new to the role "
     "are paired with a Helper from last year, and a Book Doctor rings each Helper once a term to check that "
     "the meetings are happening and to answer questions.")

title("Books, boxes and computers")
para("Each Reader gets the twelve Band Packs and a borrower's ticket for St Bega's library, which posts books "
     "to schools and gives online access to journals. The Co-op's SEN Book Box, with assessment kits and 200 "
     "books, moves round the schools. For the Orange band the Co-op keeps an ICT loan set: two laptops with "
     "Clicker 5 and Wordshark, talking tins, a set of switches and a portable induction loop, which Readers "
     "borrow for their Home Reading.")

title("Where the bands came from")
para("In the spring of 2008 we asked our nine heads, our SENCos, the county's SEN team and the Cold Fell "
     "parents' forum what a village SENCo most needs. The heads said their SENCos could not be out of class; "
     "the SENCos said they wanted practical help with provision maps and with services that are far away; the "
     "county asked for more on speech and language, and the parents' forum asked that SENCos learn to talk "
     "with children, not only about them. So the course runs on Saturdays, has a whole band (Green) on "
     "provision mapping and a whole band (Purple) on services at a distance, uses the Bercow Review in two "
     "Packs, and the Turquoise band was added at the parents' forum's request.")
para("At the end of the year the heads and the parents' forum may be invited to comment on the course.")

title("Looking after our books")
para("Readers fill in a feedback slip after each Reading Morning, and the Book Doctors read them before the "
     "next one. The Book Doctors review the year each July. We have not yet decided how the course will be "
     "looked at from outside the Co-op.")

title("What difference does it make?")
para("Each Reader rates her confidence on every line of the Band Chart at the Band Check and again at Lime, and "
     "the Book Doctors compare the two with her Hearing marks to see how her competence and confidence have "
     "grown. In her Change Story each Reader reports the progress of the pupils her change was meant to help, "
     "using the school's own measures: reading and spelling ages, P scales or National Curriculum levels, "
     "attendance, and a well-being survey done before and after. The Book Doctors put these together each year "
     "in a short report to the Co-op heads.")

title("After Lime: My Next Book")
para("At the Lime Reading Morning each Reader writes My Next Book, a one-page plan of her professional targets "
     "for the next year, using a planner the Book Doctors provide and ideas from the morning (further study, "
     "specialist training, leading SEN across two Co-op schools). A Book Doctor comments on it, and the Reader "
     "takes it to her performance management meeting with her head.")

title("The Band Chart")
para("This chart lists every line a Reader must be able to read by Lime, in our words, the band at which it is "
     "read and the Hearing at which it is heard. Where a line says Not on our shelves in both columns, the "
     "course does not cover it. A dash in the Read at column means the line is not read at any band: Readers "
     "are expected to bring it with them, and it is heard at the Hearing shown.")
chart = [
    ("Build fair and trusting relationships with children with SEN and their families", "Turquoise", "H2"),
    ("Bring colleagues, the head and senior staff on board", "Gold", "Shared read only"),
    ("Plan SENCo time, prioritise and hand on tasks sensibly", "Gold", "H3"),
    ("Spot problems early and make sound decisions about provision", "Green", "H2"),
    ("Speak and write clearly; listen to what others think", "All bands", "H1, H3"),
    ("Use research and outside advice to improve own and colleagues' teaching", "White", "Shared read only"),
    ("Keep up to date and take charge of own CPD", "Lime", "H4"),
    ("Know the SEN law and the Code of Practice and how to use them", "Pink", "H1"),
    ("Know Every Child Matters and the SENCo's part in it", "Red", "H1"),
    ("Know the disability equality laws and what they require", "Not on our shelves", "Not on our shelves"),
    ("Know how children develop and what affects their development", "Yellow", "H2"),
    ("Know the common kinds of SEN and how they affect learning", "Yellow", "H2"),
    ("Weigh up approaches and resources, including ICT, and use them well", "Orange", "H2"),
    ("Know how school self-evaluation works for pupils with SEN", "White", "H4"),
    ("Know best practice and research on meeting SEN", "White", "H4"),
    ("Know what other services do and how to get their help", "Purple", "H2"),
    ("With the head and governors, shape an inclusive ethos, policy and spending", "Gold", "H3"),
    ("Identify pupils, set targets, plan interventions and review progress", "Blue, Green", "H2"),
    ("Use other professionals' assessments to plan teaching", "Purple", "H2"),
    ("Use summative assessment, including national tests, to track progress and change programmes", "\u2013", "H2"),
    ("Help colleagues use formative assessment with pupils with SEN", "Blue", "H3"),
    ("Plan special arrangements for national tests in good time", "Blue", "H2"),
    ("Map provision and find what is missing or not working", "Green", "H2"),
    ("Deploy and manage teaching assistants and other staff", "Not on our shelves", "Not on our shelves"),
    ("Support colleagues by observing, feeding back, modelling and coaching", "Gold", "H3"),
    ("Review provision with staff for the school's self-evaluation", "White", "H4"),
    ("Involve children in planning and reviewing their own provision", "Turquoise", "Shared read only"),
    ("Work with parents and carers to help their child learn", "Turquoise", "H2"),
    ("Work with other services and voluntary groups in a joined-up way", "Purple", "H2"),
]
colour = dict(BANDS)
ct = doc.add_table(rows=len(chart) + 1, cols=3)
ct.style = "Table Grid"
for i, h in enumerate(("What the Reader will be able to do (in our words)", "Read at", "Heard at")):
    set_cell(ct.cell(0, i), h, bold=True)
    shade(ct.cell(0, i), "DDDDDD")
for r, row in enumerate(chart, start=1):
    for i, v in enumerate(row):
        set_cell(ct.cell(r, i), v, size=9.5)
    if row[1] in colour:
        shade(ct.cell(r, 1), colour[row[1]])

para("")
para("Maggie Bellerby, for the Cold Fell Co-operative of Village Schools. John Threlfall, for St Bega's College "
     "of Education.")

for pp in doc.paragraphs:
    if pp.text.startswith("Everyone is welcome on the Book Bands"):
        doc.add_comment(pp.runs, text="MB: need something on the Disability Equality Duty and asking Readers to "
                        "tell us about a disability? The TDA will look for it.", author=MB, initials="MB")
    if pp.text.startswith("Deploying teaching assistants"):
        doc.add_comment(pp.runs, text="JT: could go in Gold next year if heads agree.", author=JT, initials="JT")
    if pp.text.startswith("At the end of the year the heads"):
        doc.add_comment(pp.runs, text="JT: the heads will all do an evaluation questionnaire - add?", author=JT,
                        initials="JT")

fn.finish()
doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
