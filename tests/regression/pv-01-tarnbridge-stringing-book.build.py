"""pv-01-tarnbridge-stringing-book: builds pv-01-tarnbridge-stringing-book.docx next to itself.

PROVIDER (invented). Tarnbridge Squash & Racketball Club, through its Junior Academy (which has run
"Squash for Every Body", inclusive sessions for pupils with SEN and disabilities from fourteen local
schools, since 1998), with Wealdmoor University's School of Education validating. The course is
"the Tarnbridge Award for SEN Coordination", season 2009-10. The programme leader is the club's
"Head Stringer", a former SENCO and county advisory teacher.

DOCUMENT KIND AND LAYOUT. The club pro shop's racket-stringing job book ("Job Book No. 7: the Award
Frames"), kept the way the shop keeps every job book and sent whole as the application. No heading
styles: parts are typed bold capitals on shaded paragraphs. A title block table with merged, shaded
cells and a blank "Checked and closed by" cell. Part A, the front of the book: a table of "the
shop's words" (Frame = study day, Customer = participant, Stringer = tutor, Grip = school mentor,
Pre-stretch = needs check, Tension Card = individual plan, Mains = taught, Crosses = marked, Knot =
marked piece, Court job = school task, Bench = online noticeboard) which also keys the values of
the Pattern Chart several pages later ("Practice cross", "Pre-strung", "Not crossed", "Unstrung");
then 21 Standing Orders (SO 1 to SO 21) typed as bold run-in titles, one of them a table of
stringers; a VML text box "SHOP NOTICE - SAFEGUARDING". Part B: eight job cards (one per Frame) as
two-column tables with a merged shaded title row, then three Knot cards. Part C: a landscape
Pattern Chart of the 29 national outcome lines in the shop's own words and order (grouped under
merged rows "The customer's own game", "Knowing the court", "Playing the shots"; no Annex 3
codes). Part D: an Alterations page (what changed after the pilot and who asked for it) and a
blank Collection slip with prompts and placeholders. Header (shop name) and footer (a claim that
"every frame in this book" is "strung to the national pattern"). Tracked changes, four Word
comments, three footnotes.

TRAPS (requirement ids):
- Credits: "40" deleted and "60" inserted as a tracked change in SO 2 (E.2 met from the insertion).
- SO 7: an assessment-only ("straight to the Knots") route existed only in the pilot season (a
  past arrangement); a sentence keeping it open is a deleted tracked change; a comment proposes
  putting it back; "the University has not agreed a route for the 2009-10 season" (2.3 not_met).
- SO 6: prior learning is taken account of at the Pre-stretch, but "The shop does not accredit
  earlier study"; the University's PGCert has an APEL route that "is not open to the Award"
  (another course's arrangement) (2.1 partially_met).
- Safeguarding text box: enhanced CRB disclosures are checked for stringers, coaches and volunteers
  (the wrong people); customers are only said to be serving teachers; a comment asks whether the
  customers are checked (5.3 not_met).
- SO 10: the second-marking sentence exists only as an inserted tracked change (5.8 met).
- SO 12: confidence is measured at Pre-stretch and Collection, but pupils' achievement is only
  hoped for ("We would also like to know, in time"; "we hope that schools will tell us"); a comment
  suggests a measure "next season?" (5.9 partially_met).
- SO 14: access is the building only (step-free courts, parking, loop); nothing on disclosure or
  adjustments, and Knots "are set and marked the same way for every customer" (3.1 partially_met).
- SO 16 and Frame 5: the Bench is e-learning with peer reading and recorded talks, but questions
  are answered only "at the next Saturday Frame" and stringers "do not read the Bench between
  Frames" (3.3 partially_met).
- SO 18: specialist expertise from visiting stringers, but court jobs are all in the customer's own
  school and "the shop does not arrange visits to other schools or settings" (5.5 partially_met).
- SO 20 and the footer: the award rule is three Knots at 50 per cent, though the chart leaves lines
  pre-strung, not crossed, practice-crossed or unstrung; the footer's claim is no evidence (6.0 and
  1.9 partially_met).
- Frame 6: pupils' views are a talk about why they matter and a conditional court job ("If your
  head agrees, you may also ask a pupil") (1.5 partially_met); involving pupils is a practice cross
  (6.S7 partially_met).
- Practice crosses (developed, feedback on the day, not marked): workload and delegation (6.A3),
  formative assessment with colleagues (6.S2c), pupils' involvement (6.S7).
- Pre-strung but crossed in Knot 1 (assessed, not taught): clear expression (6.A5).
- Strung but "Not crossed": disability equality law (6.K3).
- Unstrung: school self-evaluation, with a negation in Frame 8 ("not strung in this book") and a
  comment claiming Frame 8 "covers this really" (6.K7 not_met); special arrangements for national
  tests, with Frame 3's national tests used only for tracking, "Special arrangements for the tests
  themselves are not strung in this Frame" (6.S2d not_met; 6.S2b met).
- SO 13 and the Alterations page: stakeholders' needs gathered and changes made (4.1, 4.2 met);
  stakeholders as visiting stringers, Grips' comments and the county manager on the Shop Committee
  (4.3 met).
"""
import json
from pathlib import Path

from _pv_helpers import (new_document, para, table, cell_write, shade_cell, set_widths, ins_run, del_run,
                         comment, Footnotes, textbox, header_footer, landscape_section, portrait_section,
                         page_break, word_count)

HERE = Path(__file__).parent
NAME = "pv-01-tarnbridge-stringing-book"
HQ = "Harriet Quayle"
DP = "Dan Pryor"
D1 = "2008-10-02T10:15:00Z"
D2 = "2008-10-09T19:40:00Z"

GREEN = "DCEBD6"
DARK = "3A5A40"
PALE = "F2F2F2"

doc = new_document(font="Arial", size=10)
fn = Footnotes(doc)
header_footer(doc.sections[0], "Tarnbridge Squash & Racketball Club  |  Court 3 Pro Shop  |  Job Book No. 7 (Award Frames)",
              "Every frame in this book strung to the national pattern.")


def band(text):
    """A part title: typed bold capitals on a shaded paragraph (no heading style)."""
    return para(doc, [(text, {"bold": True, "size": 12, "color": "FFFFFF"})], shade=DARK, space_before=10,
                space_after=6, keep=True)


def so(num, title, runs):
    if isinstance(runs, str):
        runs = [runs]
    return para(doc, [(f"SO {num}  {title}.  ", {"bold": True})] + runs, space_after=6)


# ------------------------------------------------------------------ title block
tb = table(doc, 7, 4, widths=[3.8, 4.7, 3.6, 4.9])
for r in range(3):
    c = tb.cell(r, 0).merge(tb.cell(r, 3))
cell_write(tb.cell(0, 0), "TARNBRIDGE SQUASH & RACKETBALL CLUB", bold=True, size=14, color="FFFFFF", shade=DARK)
cell_write(tb.cell(1, 0), "COURT 3 PRO SHOP  -  STRINGING JOB BOOK No. 7", bold=True, size=12, shade=GREEN)
cell_write(tb.cell(2, 0), "THE AWARD FRAMES: the Tarnbridge Award for SEN Coordination, season 2009-10", bold=True,
           shade=GREEN)
rows = [("Book opened", "1 September 2008", "Head Stringer", "Harriet Quayle"),
        ("Machine", "Academy Room, first floor", "Validated by", "Wealdmoor University, School of Education"),
        ("Frames in book", "8", "Knots in book", "3")]
for i, row in enumerate(rows, start=3):
    for j, t in enumerate(row):
        cell_write(tb.cell(i, j), t, bold=(j % 2 == 0), shade=(PALE if j % 2 == 0 else None))
c = tb.cell(6, 1).merge(tb.cell(6, 3))
cell_write(tb.cell(6, 0), "Checked and closed by", bold=True, shade=PALE)
cell_write(c, "[signature]  ____________________   date  __ / __ / ____", color="808080")

para(doc, "")
para(doc, [("The shop's job book for the Award, sent whole to the Training and Development Agency for Schools as "
            "the Academy's application. Part A: the shop's words and standing orders. Part B: job cards. Part C: "
            "the Pattern Chart. Part D: alterations and the collection slip.", {"italic": True})])
para(doc, "The club's Junior Academy has run Squash for Every Body, inclusive sessions for pupils with special "
          "educational needs and disabilities from fourteen schools in and around Tarnbridge, since 1998. The Award "
          "was strung once, as a pilot, in 2007-08.")

# ------------------------------------------------------------------ Part A
band("PART A  -  FRONT OF THE BOOK")
para(doc, [("A1  THE SHOP'S WORDS", {"bold": True})], keep=True)
words = [
    ("Frame", "One of the eight study Frames of the Award (Frame 1 to Frame 8). Each has a job card in Part B."),
    ("Customer", "A teacher taking the Award."),
    ("Stringer", "A tutor. The Head Stringer leads the Award."),
    ("Grip", "The customer's mentor in their own school, a senior colleague named by the head."),
    ("Pre-stretch", "The check of what the customer already knows and can do, before Frame 1 (SO 5)."),
    ("Tension Card", "The customer's own plan, agreed at the Pre-stretch and looked at again at every Frame."),
    ("Mains", "What a Frame teaches and has customers practise. In the Pattern Chart, the Main column gives the "
              "Frame where a line is strung."),
    ("Crosses", "What is marked. In the Pattern Chart, the Cross column gives the Knot that marks a line."),
    ("Knot", "A marked piece of work. There are three, described on the Knot cards in Part B."),
    ("Practice cross", "In the Cross column: worked on in the Frame with a stringer's feedback on the day, and not "
                       "marked in any Knot."),
    ("Pre-strung", "In the Main column: not strung in any Frame. The shop takes it that customers arrive with it."),
    ("Not crossed", "In the Cross column: strung as a main but not marked."),
    ("Unstrung", "Not in this book at all."),
    ("Court job", "The task a customer does in their own school after a Frame."),
    ("Bench", "The shop's online noticeboard. Frame 5 is strung on the Bench."),
    ("Restring", "A second attempt at a Knot that did not hold."),
    ("Collection", "The end of Frame 8."),
]
wt = table(doc, len(words), 2, widths=[3.4, 13.6])
for i, (a, b) in enumerate(words):
    cell_write(wt.cell(i, 0), a, bold=True, shade=PALE)
    cell_write(wt.cell(i, 1), b)

para(doc, "")
para(doc, [("A2  STANDING ORDERS FOR THE AWARD FRAMES", {"bold": True})], keep=True)

so(1, "WHAT THE BOOK IS FOR",
   "Every frame in this book is strung for one purpose: that pupils with special educational needs and "
   "disabilities in our customers' schools achieve more and are better off, in their learning and in the five "
   "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
   "contribution, and achieving economic well-being). The Award's aims say so, every Frame's mains begin from a "
   "pupil, and every Knot starts from real pupils in the customer's own school.")

p = so(2, "THE UNIVERSITY", "The Award is validated by Wealdmoor University's School of Education as a ")
del_run(p, "40", HQ, D1)
ins_run(p, "60", HQ, D1)
p.add_run("-credit module at Master's level (level 7), and is part of the University's MA in Inclusive Education. "
          "The University's validation panel met at the club on 11 June 2008 and approved the module for five years.")
fn.add(p, "Wealdmoor University Board of Studies for Education, minute 08/41, 11 June 2008.")
p.add_run(" Customers are registered as students of the University and receive the University's certificate "
          "together with the Award.")

so(3, "WHO MAY BRING A FRAME",
   "A customer must be a qualified teacher, in post in a school in or near Tarnbridge, and either the school's SENCO "
   "or named by the headteacher to become SENCO within the year. The head signs a nomination on the shop's ticket, "
   "undertaking to release the customer for the court jobs and to name a Grip. Every customer then has a "
   "Pre-stretch conversation with the Head Stringer (SO 5). If it shows the customer is not yet ready to meet the "
   "29 lines by Collection, the Head Stringer tells them in writing what to do first (usually the county's SENCO "
   "induction days), telephones the head to agree it, and holds a place for the next season.")

p = para(doc, [("SO 4  SAFEGUARDING.  ", {"bold": True})], space_after=4)
r4 = p.add_run("See the shop notice below, which hangs by the stringing machine.")
comment(doc, r4, "Do we ask the customers for theirs? Check with the Uni before this goes off. DP", DP, "DP")
textbox(doc, [
    [("SHOP NOTICE  -  SAFEGUARDING", {"bold": True})],
    "Every stringer, coach and volunteer who works in the shop or on court with the club's junior members holds an "
    "enhanced CRB disclosure, renewed every three years. The club's Welfare Officer, Mrs Denise Ockwell, keeps the "
    "register and will not put a stringer on a Frame day or a junior session until the disclosure has been seen.",
    "Customers come to the shop as serving teachers employed by their schools.",
    [("Welfare Officer: 01632 960 418", {"italic": True})],
], width_pt=440, height_pt=110, fill="FFF8DC")

so(5, "PRE-STRETCH",
   "Before Frame 1 each customer rates themselves against all 29 lines of the Pattern Chart (Part C) on the shop's "
   "Pre-stretch sheet, from 1 (never done it) to 4 (could show another SENCO how), and brings one piece of evidence "
   "for any line rated 3 or 4. The Head Stringer goes through the sheet with the customer for an hour and agrees "
   "their Tension Card: the lines they will string tighter, the extra reading and longer court jobs for those lines, "
   "and three or four personal targets that the customer and their Grip sign. The stringer looks at the Tension "
   "Card again with the customer at every Frame.")

so(6, "WHAT THE CUSTOMER ALREADY HAS",
   "The Pre-stretch takes full account of what a customer already knows: a line they can already evidence is "
   "strung lighter. The shop does not accredit earlier "
   "study, however. The University gives no credit towards the Award for earlier courses or experience, and every "
   "customer strings all eight Frames and ties all three Knots. (The University's own PGCert in Inclusion has an "
   "APEL route; that route is not open to the Award.)")

p = para(doc, [("SO 7  STRAIGHT TO THE KNOTS.  ", {"bold": True})], space_after=6)
r7 = p.add_run("In the pilot season (2007-08) two advisory teachers from the county's Inclusion Support Service, both "
               "former SENCOs, went straight to Knot 3 without stringing the Frames, at the University's invitation. ")
del_run(p, "The shop will keep this route open for experienced applicants in exceptional cases. ", DP, D2)
p.add_run("Nobody has gone straight to the Knots since the pilot, and the University has not agreed a route for the "
          "2009-10 season.")
comment(doc, r7, "The Uni said informally it would take straight-to-Knots for county staff again. Put it back in? DP",
        DP, "DP")

so(8, "STRINGERS", "The stringers for 2009-10 are:")
st = table(doc, 7, 3, widths=[3.6, 9.4, 4.0])
hdr = ("Stringer", "What they bring", "Frames")
for j, t in enumerate(hdr):
    cell_write(st.cell(0, j), t, bold=True, shade=GREEN)
stringers = [
    ("Harriet Quayle, Head Stringer",
     "SENCO at Tarnbridge High School 1994-2004, then county advisory teacher for SEN until 2007. MA in Special and "
     "Inclusive Education (Wealdmoor, 2003). Works two days a week as SENCO consultant to three primary schools.", "1, 3, 7, 8; Knots 1, 2, 3"),
    ("Dr Owen Rudd",
     "Senior lecturer in inclusive education, Wealdmoor University; doctorate on dyslexia; University link tutor.", "2, 5; Knots 1, 2"),
    ("Grace Pennock",
     "SENCO at Moorside Primary School since 2001; OCR Diploma in specific learning difficulties.", "4, 6; Knots 2, 3"),
    ("Dr Maya Osei (visiting)", "Senior educational psychologist, county educational psychology service.", "5"),
    ("Tom Ferris (visiting)", "Speech and language therapist, Tarnbridge Primary Care Trust, working in schools.", "5"),
    ("Lorna Bax (visiting)", "Coordinator, Tarnbridge Parent Partnership Service.", "6"),
]
for i, row in enumerate(stringers, start=1):
    for j, t in enumerate(row):
        cell_write(st.cell(i, j), t)
para(doc, "The club's head coach, Sam Ridley, runs Squash for Every Body; he takes no part in the Award.",
     italic=True, size=9)

so(9, "STRINGERS' DAY AND GRIPS",
   "Every August all stringers and visiting stringers come to a Stringers' Day: they work through this book and the "
   "marking guide, and mark two anonymised pilot Knots together until their marks agree. Each stringer gets a "
   "stringer's card setting out what they do on their Frames and which Knots they mark. Grips come to a Grips' "
   "evening in September and receive the Grip's card: a Grip meets the customer twice each half-term, signs the "
   "Tension Card, watches the customer's practice once a term and writes a note for the Knot. A Grip who misses the "
   "evening is visited in school by the Head Stringer before Frame 2.")

p = para(doc, [("SO 10  MARKING AND MODERATION.  ", {"bold": True}),
               "Every Knot is marked against the shop's marking guide, which sets out for each line what a pass looks "
               "like, by the stringer of the Frames it crosses. "], space_after=6)
ins_run(p, "A second stringer blind re-marks every Knot that fails and one in five of the rest, and where the two "
           "marks differ by more than a grade the Head Stringer reads the Knot and settles the mark. ", HQ, D1)
p.add_run("The University's moderator samples Knots from every stringer each season, and the external examiner for "
          "the University's MA sees a sample from every Knot and attends the June Exam Board.")

so(11, "HOW THE SHOP LEARNS",
   "After every Frame each customer fills in a Frame slip (what worked, what did not, what to change), and the Head "
   "Stringer says at the start of the next Frame what has been changed. At Collection "
   "the customers meet without stringers and send the shop a note. The University's "
   "module review, the external examiner's report and the Grips' comments come each June to the Shop "
   "Committee (three club members, the Head Stringer, the University link tutor and the manager of the county's "
   "Inclusion Support Service), which decides the season's alterations. Alterations are written on the Alterations "
   "page (Part D) before the next season is strung.")

p = so(12, "WHAT THE AWARD DOES FOR PUPILS",
       "Customers score their confidence against every line at the Pre-stretch and again at Collection, and the "
       "change is reported to the Shop Committee. Competence is shown by the Knots. ")
r12 = p.add_run("We would also like to know, in time, whether pupils in customers' schools do better because of the "
                "Award, and we hope that schools will tell us in the years after.")
comment(doc, r12, "Owen says the Uni could help us measure pupil progress. Next season? HQ", HQ, "HQ")

so(13, "THE SCHOOLS' SAY",
   "In March 2008 the Head Stringer sent a questionnaire to the SENCOs and heads of the fourteen Squash for Every "
   "Body schools, and met the county's Inclusion Support Service and the Tarnbridge Parent Partnership. Eleven "
   "schools replied. They asked for more on using data to track small steps of progress (so Frame 3 is the longest "
   "Frame), for help with managing teaching assistants (now in Frame 7), and for Saturday Frames. The Parent "
   "Partnership asked that customers hear parents first-hand, so Frame 6 opens with two parents of club juniors. During the season the county's advisory teachers and the Parent "
   "Partnership string parts of Frames 5 and 6, the Grips' comments go to the Shop Committee, and the manager of the "
   "Inclusion Support Service sits on the Committee when it decides the alterations.")

so(14, "ACCESS",
   "The club house, the Academy Room and courts 1 to 4 are on the ground floor and step-free from the car park. "
   "There are two disabled parking bays, an accessible toilet beside the changing rooms, and a hearing loop in the "
   "Academy Room. Knots are set and marked the same way for every customer.")

so(15, "WHEN AND HOW",
   "Frames are strung on Saturdays, 9.30 to 4.00. There are two starts each season, in late September and in "
   "mid-January (a January customer strings Frames 3 and 4 in the summer repeat). After Frame 1 the Frames may be "
   "strung in any order the customer's Tension Card allows, and Frame 5 is strung online on the Bench. A customer who "
   "misses a Frame strings it in the next run of that Frame, and customers may take up to two seasons to finish.")

p = so(16, "THE BENCH",
       "Frame 5 is strung on the Bench, the shop's online noticeboard, on a locked board of its own for Award "
       "customers.")
fn.add(p, "The Bench is the club members' noticeboard at www.tarnbridgesquash.org.uk/bench; the Award board is "
          "open only to customers and stringers.")
p.add_run(" Each week customers watch a recorded talk, post a reply to a case, and read and answer one another's "
          "posts. Questions left on the Bench are "
          "answered by the stringer on duty at the next Saturday Frame; the stringers do not read the Bench between "
          "Frames.")

so(17, "FEES AND VALUE",
   "The fee is 780 pounds, including the University's registration; the club's Academy fund pays a third of it for "
   "customers from Squash for Every Body schools. Saturday Frames mean no supply cover, and court jobs are part of "
   "the customer's own work as SENCO. The Tension Card points each customer's reading and court jobs at the lines "
   "they need, and each customer has three one-hour tutorials, booked for the lines on their Tension Card. The "
   "credits count towards the University's MA.")

so(18, "PLACEMENTS AND EXPERTISE",
   "Visiting stringers bring specialist expertise to Frames 5 and 6: an educational psychologist, a speech and "
   "language therapist, the county's advisory teachers and the Parent Partnership. All court jobs are done in the "
   "customer's own school; the shop does not arrange visits to other schools or settings.")

so(19, "RESOURCES",
   "The Academy Room holds twelve laptops with Clicker 5, Widgit's Communicate: In Print and the county's "
   "provision-mapping spreadsheet, a projector and the shop's rack of some 200 SEN titles. Customers borrow "
   "assessment kits and assistive technology from the county's SEN Resource Centre on the shop's account, and use "
   "Wealdmoor's library and e-journals.")

so(20, "WHEN THE BOOK IS CLOSED",
   "A customer is awarded the Certificate when all three Knots hold, each at 50 per cent or more, and the University's "
   "Exam Board has confirmed the marks in June. A Knot that does not hold may be restrung once.")

so(21, "COLLECTION",
   "At Collection each customer brings their Tension Card and fills in a Next Restring sheet: where they want to be "
   "in two years, which lines they will keep working on, and what they will ask their head for. Stringers talk "
   "through the options with each customer (the University's MA, the county's SENCO network, specialist courses). "
   "The customer takes the sheet to their next performance management meeting and agrees objectives there with "
   "their line manager.")

# ------------------------------------------------------------------ Part B
page_break(doc)
band("PART B  -  JOB CARDS")
para(doc, "One card for each Frame, in the order the September customers string them, then one card for each Knot. "
          "Tension is hours: on the day + court job + reading.",
     italic=True)

FRAMES = [
    ("JOB 7/01   FRAME 1: THE FRAME ITSELF",
     "Sat 26 September 2009 (January start: Sat 16 January 2010)", "Harriet Quayle",
     "The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the SENCO Regulations of 2008; Every Child "
     "Matters and the Children Act 2004; Removing Barriers to Achievement (2004); the Disability Discrimination Act "
     "1995 as amended in 2005 and the Disability Equality Duty.",
     "Customers work through what the Code of Practice asks of a school, a SENCO and a governing body at School "
     "Action, School Action Plus and statutory assessment, and practise turning it into procedures on a real, "
     "anonymised file. They map their school's SEN work against the five Every Child "
     "Matters outcomes and decide where the SENCO can make a difference to each. In the afternoon they work through "
     "the disability equality duties: reasonable adjustments, the accessibility plan and the Disability Equality "
     "Scheme.",
     "Knot 1 crosses the law and guidance on SEN and the Every Child Matters strings of this Frame. The disability "
     "equality strings are mains only: they are not crossed in any Knot.",
     "6 + 20 + 30 hours",
     "Compare your school's SEN policy with the Code of Practice and list with your Grip three things to change.",
     "January customers string this Frame on 16 January."),
    ("JOB 7/02   FRAME 2: GAUGES",
     "Sat 17 October 2009 (January start: Sat 6 February 2010)", "Dr Owen Rudd",
     "Development; the commonest needs; research and inspection: Ofsted's Inclusion: does it matter where pupils are "
     "taught? (2006), the interim report of the Bercow Review (2008), and the Inclusion Development Programme's "
     "dyslexia and speech, language and communication materials (2008).",
     "Customers follow children's development from the early years to adolescence and study how special educational "
     "needs and disabilities, and the physical and social surroundings of learning, can change a child's course. They "
     "then take in turn the most common needs (behavioural, emotional and social difficulties; specific learning "
     "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; and "
     "moderate learning difficulties) and how each can affect learning. The last session looks at what research says "
     "works best for these needs, and at how a SENCO uses research and outside advice to improve their own and their "
     "colleagues' teaching.",
     "Knot 1 (the Gauge Study) crosses every main of this Frame.",
     "6 + 25 + 40 hours",
     "Choose one pupil in your school whose needs puzzle you, gather what is known about the pupil's development and "
     "needs, and find three pieces of research that bear on them. This is the start of your Gauge Study.",
     "Reading packs are posted to customers three weeks before the Frame."),
    ("JOB 7/03   FRAME 3: TENSION",
     "Sat 7 and Sat 21 November 2009 (two Saturdays)", "Harriet Quayle",
     "Identification, targets and interventions; summative data; approaches and resources; judgement.",
     "Customers practise identifying pupils who may have SEN from classroom observation, assessment and data, setting "
     "challenging targets, and planning and reviewing an intervention. They learn to use summative assessment, "
     "including the Key Stage 2 and 3 national tests, the P scales and RAISEonline, to track small steps of progress "
     "and to change a pupil's programme when it is not working. They weigh up approaches, strategies and resources for "
     "assessment, planning and teaching, ICT included, for particular pupils. The second Saturday is built round three "
     "cases where provision has gone wrong: customers must decide, and defend, what to do.",
     "Knot 2 (the Pattern Plan) crosses every main of this Frame.",
     "12 + 40 + 30 hours",
     "With your Grip, find the pupils in one year group whose progress has stalled, from your school's data.",
     "The schools asked for this Frame to be the longest (SO 13). National tests are strung here for tracking progress "
     "only. Special arrangements for the tests themselves are not strung in this Frame."),
    ("JOB 7/04   FRAME 4: DOUBLES",
     "Sat 5 December 2009", "Grace Pennock",
     "Working with and through colleagues and leaders.",
     "Customers practise advising a colleague about a pupil, coaching a teaching assistant, modelling a teaching "
     "approach and running a short training session, giving feedback by the club coaches' observe, feedback and replay "
     "method. They plan how to win the backing of their head and senior leaders for a change that will improve outcomes "
     "for pupils with SEN, and rehearse it with Grace playing the head, and plan how to work with SENCOs in other "
     "schools of their cluster. In the last hour customers "
     "practise helping a colleague to build formative assessment into lessons, with approaches for pupils with SEN; a "
     "stringer gives each customer feedback on the day.",
     "Knot 3 crosses advising, coaching and training colleagues and winning the commitment of the head and senior "
     "leaders. The formative assessment work is a practice cross only.",
     "6 + 30 + 20 hours",
     "Observe a colleague teaching a pupil with SEN, give feedback by the observe, feedback and replay method, and keep "
     "a note for Knot 3. Share the note with a SENCO in another school of your cluster and record their view.",
     ""),
    ("JOB 7/05   FRAME 5: THE BENCH (online)",
     "11 to 31 January 2010, on the Bench", "Dr Owen Rudd, with Dr Maya Osei, Tom Ferris and the county's advisory teachers",
     "Other services and agencies, voluntary organisations included.",
     "Over three weeks on the Bench customers meet, by recorded talk and case, the educational psychology, speech and "
     "language therapy and child and adolescent mental health services, the county's advisory teachers, social care, "
     "and voluntary organisations (the Tarnbridge Dyslexia Association, the Parent Partnership, the local Mencap "
     "group). Each week they read a pupil's reports "
     "from other professionals and post how they would turn them into teaching approaches, and they plan how they would "
     "bring the services round one pupil into a single, coordinated plan. Customers read and reply to one another's "
     "posts.",
     "Knot 2 crosses the whole of this Frame.",
     "15 (online) + 20 + 20 hours",
     "Map the services and agencies your school uses and who in the school contacts each, and find one you should be "
     "using and are not.",
     "Questions on the Bench: see SO 16."),
    ("JOB 7/06   FRAME 6: MIXED DOUBLES",
     "Sat 27 February 2010", "Grace Pennock, with Lorna Bax",
     "Parents, carers and pupils.",
     "Two parents of club juniors open the Frame. Customers then practise, in role play with Lorna, the conversations a "
     "SENCO has with parents and carers (a first meeting, an annual review, a disagreement), and plan how to build "
     "fair, respectful and steady relationships with pupils and families, and how to work with parents to help a child "
     "learn and develop. An hour after lunch is given to why "
     "pupils' views matter, with a talk on the Code of Practice's chapter on pupil participation; customers then draft "
     "a plan for involving pupils in their own reviews, and a stringer comments on it.",
     "Knot 2 crosses relationships with pupils and families and the work with parents and carers. Involving pupils is "
     "a practice cross.",
     "6 + 25 + 20 hours",
     "Hold one review meeting with a parent using what you practised, and write a reflective note for Knot 2. If your "
     "head agrees, you may also ask a pupil what they think of their support.",
     ""),
    ("JOB 7/07   FRAME 7: THE RACKET ROOM",
     "Sat 20 March 2010", "Harriet Quayle",
     "Leading SEN in the school.",
     "Customers practise using provision mapping, with their own school's figures, to plan and cost provision and find "
     "what is missing or not working. They plan how to deploy and manage teaching assistants and other staff. With a "
     "governor from a Squash for Every Body school they rehearse putting a case to senior colleagues and governors about "
     "the school's inclusive ethos, SEN policy, priorities and use of resources. The day ends with the SENCO's own "
     "workload: customers bring a fortnight's time log and plan what to put first, what to delegate and how to check "
     "it is done, and a stringer talks each log through.",
     "Knot 3 crosses provision mapping, the deployment of staff and the work with senior colleagues and governors. The "
     "workload exercise is a practice cross.",
     "6 + 40 + 15 hours",
     "Build or bring up to date your school's provision map and talk it through with your head.",
     ""),
    ("JOB 7/08   FRAME 8: COLLECTION FRAME",
     "Sat 15 May 2010", "Harriet Quayle",
     "Reviewing provision; the customer's own development.",
     "Customers practise reviewing, with other staff, how well an area of provision has worked, and write up what "
     "they find for their school's improvement planning. They plan how they will keep up to date on SEN and disability and take charge of their own development, "
     "and fill in the Next Restring sheet (SO 21). The principles of school self-evaluation are not strung in this book: "
     "in our customers' schools the headteacher leads the self-evaluation form, and the shop leaves it there.",
     "Knot 3 crosses the review of provision and the customer's own development plan.",
     "6 + 30 + 10 hours",
     "Lead a review meeting with the staff involved in one intervention, and minute it.",
     "Collection follows at 3.00 (SO 21)."),
]

for (title, when, who, string, mains, crosses, tension, court, notes) in FRAMES:
    t = table(doc, 8, 2, widths=[3.2, 13.8])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_write(top, title, bold=True, color="FFFFFF", shade=DARK)
    for i, (lab, val) in enumerate([("On the machine", when), ("Stringer", who), ("String", string),
                                    ("Mains", mains), ("Crosses", crosses), ("Tension", tension),
                                    ("Court job", court)], start=1):
        cell_write(t.cell(i, 0), lab, bold=True, shade=PALE)
        cell_write(t.cell(i, 1), val)
    if notes:
        r = t.add_row()
        cell_write(r.cells[0], "Notes", bold=True, shade=PALE)
        cell_write(r.cells[1], notes, italic=True)
    set_widths(t, [3.2, 13.8])
    para(doc, "")

para(doc, [("THE KNOTS", {"bold": True, "size": 11})], keep=True)
KNOTS = [
    ("KNOT 1: THE GAUGE STUDY", "After Frame 2; handed in by 12 December 2009 (January start: 20 March 2010)",
     "A case study of one pupil, 4,000 words: the pupil's development and needs, the law and guidance that bear on "
     "them, the school's work towards each Every Child Matters outcome, and what research and outside advice say the "
     "school should do. It is marked for clear written expression as well as content.",
     "Law and guidance on SEN; Every Child Matters; how children develop; the commonest SEN and disabilities; best "
     "practice and research; using research and outside advice; clear written expression.",
     "Dr Owen Rudd and Harriet Quayle", None),
    ("KNOT 2: THE PATTERN PLAN", "After Frame 6; handed in by 26 March 2010",
     "A plan and review of an intervention for a small group of pupils, 5,000 words with the data and the note of the "
     "parents' review meeting: how the pupils were identified, the targets, the approaches and resources chosen, how "
     "other professionals' reports and the services round the pupils were used, how progress was tracked on summative "
     "data and the programme changed, the work with parents, and the decisions made when things went wrong.",
     "Identifying, target setting, planning and reviewing; using other professionals' assessments; summative data and "
     "tracking; approaches, strategies and resources including ICT; sound decisions about provision; external agencies "
     "and working with them; relationships with pupils and families; work with parents and carers.",
     "Harriet Quayle and Grace Pennock", "The 5,000 words exclude the data and the note of the parents' meeting."),
    ("KNOT 3: THE COURT REVIEW", "After Frame 8; handed in by 28 May 2010, with a 15-minute viva in June",
     "An account, 6,000 words with evidence, of a change to SEN provision the customer has led in their own school "
     "over two terms: the provision map, the staff deployment plan, the paper to senior colleagues and governors, the "
     "note of a colleague coached, the minute of the staff review meeting, what has changed in the school's practice, "
     "and the Next Restring sheet. The viva is with two stringers.",
     "Gaining the commitment of colleagues and leaders; supporting colleagues' development; influencing ethos, policy "
     "and resources with senior colleagues and governors; provision mapping; deploying and managing staff; reviewing "
     "provision with staff; the customer's own development.",
     "Harriet Quayle and Grace Pennock", None),
]
for (title, when, what, lines, who, note) in KNOTS:
    t = table(doc, 4, 2, widths=[3.2, 13.8])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_write(top, title, bold=True, shade=GREEN)
    for i, (lab, val) in enumerate([("Tied", when), ("What is handed in", what), ("Marked by", who)], start=1):
        cell_write(t.cell(i, 0), lab, bold=True, shade=PALE)
        cell_write(t.cell(i, 1), val)
    if note:
        fn.add(t.cell(2, 1).paragraphs[0], note)
    set_widths(t, [3.2, 13.8])
    para(doc, "")

# ------------------------------------------------------------------ Part C (landscape)
landscape_section(doc)
band("PART C  -  THE PATTERN CHART")
para(doc, "The 29 lines every customer must string, in the shop's own words and order. The Main and Cross columns use "
          "the shop's words (A1).", italic=True)
CHART = [
    ("THE CUSTOMER'S OWN GAME", None),
    ("1", "Builds fair, respectful and steady relationships with pupils who have SEN or disabilities, and with their "
          "parents and carers", "Frame 6", "Knot 2"),
    ("2", "Puts things clearly in speech and on paper; hears and understands what others think", "Pre-strung", "Knot 1"),
    ("3", "Wins the backing of colleagues, the head and senior leaders for better outcomes for pupils with SEN",
     "Frame 4", "Knot 3"),
    ("4", "Sees trouble coming, sorts it out, and makes sound, well-founded decisions about provision", "Frame 3",
     "Knot 2"),
    ("5", "Puts first things first, manages time, hands tasks on sensibly and checks they are done", "Frame 7",
     "Practice cross"),
    ("6", "Uses research and outside advice to improve their own and colleagues' teaching", "Frame 2", "Knot 1"),
    ("7", "Keeps up to date and takes charge of their own development in SEN and disability", "Frame 8", "Knot 3"),
    ("KNOWING THE COURT", None),
    ("8", "The law and guidance on SEN, the SEN Code of Practice above all: what they mean for the school and the "
          "SENCO, and how to carry them out", "Frame 1", "Knot 1"),
    ("9", "Every Child Matters: its five outcomes and what the SENCO does towards them", "Frame 1", "Knot 1"),
    ("10", "Disability equality law and what it requires of a school for disabled pupils", "Frame 1", "Not crossed"),
    ("11", "The commonest SEN and disabilities (behavioural, emotional and social; specific learning difficulties and "
           "dyslexia; speech, language and communication; autism; moderate learning difficulties) and how each affects "
           "learning", "Frame 2", "Knot 1"),
    ("12", "How children develop, and how SEN, disability and the surroundings of learning help or hinder it",
     "Frame 2", "Knot 1"),
    ("13", "Weighs up approaches, strategies and resources, ICT included, for assessing, planning and teaching",
     "Frame 3", "Knot 2"),
    ("14", "What works best in meeting SEN, and what research has found", "Frame 2", "Knot 1"),
    ("15", "What outside agencies do, and how to get specialist support and resources", "Frame 5", "Knot 2"),
    ("16", "The principles of school self-evaluation and improvement, for pupils with SEN", "Unstrung", "Unstrung"),
    ("PLAYING THE SHOTS", None),
    ("17", "Spots pupils who may have SEN (observation, data, assessment), sets challenging targets, plans "
           "interventions and reviews progress", "Frame 3", "Knot 2"),
    ("18", "Uses other professionals' assessments to shape teaching", "Frame 5", "Knot 2"),
    ("19", "Uses summative results, national tests included, to track progress and change programmes", "Frame 3",
     "Knot 2"),
    ("20", "Gets other teachers developing formative assessment, with approaches for pupils with SEN", "Frame 4",
     "Practice cross"),
    ("21", "Sees early what special arrangements pupils need for national tests and examinations, and puts them in "
           "place", "Unstrung", "Unstrung"),
    ("22", "Uses provision mapping to plan provision and find what is missing or not working", "Frame 7", "Knot 3"),
    ("23", "Deploys and manages teaching assistants and other staff", "Frame 7", "Knot 3"),
    ("24", "With senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities and use of "
           "resources", "Frame 7", "Knot 3"),
    ("25", "Develops colleagues: observes and gives feedback, models, coaches and mentors, runs training", "Frame 4",
     "Knot 3"),
    ("26", "Reviews with other staff how well provision works, to feed the school's improvement planning", "Frame 8",
     "Knot 3"),
    ("27", "Makes sure pupils are involved in planning, agreeing and reviewing their own provision", "Frame 6",
     "Practice cross"),
    ("28", "Works with parents and carers to help their children learn and develop", "Frame 6", "Knot 2"),
    ("29", "Works in partnership with other services and agencies, voluntary groups included", "Frame 5", "Knot 2"),
]
ct = table(doc, 1, 4, widths=[1.4, 17.0, 3.4, 3.4])
for j, h in enumerate(("Line", "What the customer can do", "Main", "Cross")):
    cell_write(ct.cell(0, j), h, bold=True, color="FFFFFF", shade=DARK)
k7_run = None
for row in CHART:
    r = ct.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[3])
        cell_write(m, row[0], bold=True, shade=GREEN)
        continue
    for j, t in enumerate(row):
        cell_write(r.cells[j], t, bold=(j == 0))
    if row[0] == "16":
        k7_run = r.cells[1].paragraphs[0].runs[0]
set_widths(ct, [1.4, 17.0, 3.4, 3.4])
comment(doc, k7_run, "Frame 8 covers this really, doesn't it? HQ", HQ, "HQ")

# ------------------------------------------------------------------ Part D
portrait_section(doc)
band("PART D  -  ALTERATIONS AND COLLECTION")
para(doc, [("ALTERATIONS PAGE", {"bold": True})], keep=True)
para(doc, "What the Shop Committee changed after the pilot season, and who asked for it.", italic=True)
AL = [("June 2008", "Frame 3 lengthened to two Saturdays.", "Schools' questionnaire; pilot Frame slips"),
      ("June 2008", "Frame 6 opens with two parents of club juniors.", "Tarnbridge Parent Partnership"),
      ("June 2008", "Frame 5 moved onto the Bench.", "Pilot customers at Collection"),
      ("June 2008", "Managing teaching assistants added to Frame 7.", "Schools' questionnaire; county Inclusion "
                                                                      "Support Service"),
      ("June 2008", "Pre-stretch lengthened to an hour, and the Tension Card signed by the Grip.",
       "External examiner's report"),
      ("June 2008", "A January start added.", "Heads of three schools whose SENCOs changed mid-year")]
at = table(doc, len(AL) + 1, 3, widths=[2.6, 9.2, 5.2])
for j, h in enumerate(("Date", "Alteration", "Asked for by")):
    cell_write(at.cell(0, j), h, bold=True, shade=GREEN)
for i, row in enumerate(AL, start=1):
    for j, t in enumerate(row):
        cell_write(at.cell(i, j), t)

para(doc, "")
para(doc, [("COLLECTION SLIP  (customer's copy; stringer to complete)", {"bold": True})], keep=True)
cs = table(doc, 8, 2, widths=[5.0, 12.0])
slip = [("Customer", "[name]"), ("School", "[school]"), ("Grip", "[name and role]"),
        ("Frames strung", "1 [ ]   2 [ ]   3 [ ]   4 [ ]   5 [ ]   6 [ ]   7 [ ]   8 [ ]"),
        ("Knots held", "Knot 1 [ ]   Knot 2 [ ]   Knot 3 [ ]     Restrung: [which?]"),
        ("Next Restring sheet attached", "Yes [ ]   No [ ]"),
        ("Stringer's signature", "____________________"),
        ("Date collected", "__ / __ / ____")]
for i, (a, b) in enumerate(slip):
    cell_write(cs.cell(i, 0), a, bold=True, shade=PALE)
    cell_write(cs.cell(i, 1), b, color="808080")
para(doc, "Do not write below this line. Shop use only.", italic=True, size=8, color="808080")

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, word_count(out), "words")
