"""ng-01-stennack-lane-owners-handbook: builds ng-01-stennack-lane-owners-handbook.docx next to itself.

Provider (invented): Stennack Lane Wheelwrights Ltd, Treleggan, Cornwall: a wheelwright's and
cartwright's workshop (wheels, carts, wagons, farm drays, heritage vehicles) whose "Learning Loft"
runs the National Award for SEN Coordination for teachers, validated by the (invented) Carrick Moor
University as a 60-credit Postgraduate Certificate.

Document kind: the course sent as the workshop's OWNER'S HANDBOOK AND SERVICING SCHEDULE, the
handbook that goes out with every new cart: "Thank you for choosing a Stennack vehicle", vehicle
particulars, before the first journey, controls and running gear, a lubrication chart and servicing
schedule, warranty, troubleshooting, a blank service record. House vocabulary: the course is "the
Build" or "the vehicle"; participants are "owners"; the programme leader is "the Foreman"; modules
are four "Assemblies" (the Nave, the Spokes, the Felloes, the Tyre); study days are twelve "Wheel
Days"; the needs assessment is the "Pre-Delivery Inspection" (PDI) and the training plan the
"Build Sheet"; APL is "Part-exchange"; mentors are "journeymen"; the marked work is three "Tyring
Tests" (T1-T3) and the "Road Trial" (RT); the online area is "the Shop Board"; the yearly review is
"the Annual Service".

Layout: Title style lines, then Heading 1 / Heading 2 with typed section numbers ("3 Before the
first journey"); a particulars table with a merged, shaded title row; a glossary table that also
keys the Servicing Schedule's columns ("Greased at", "Inspected at", 'Greased only', 'Not fitted
to this model') four sections above the schedule; a grey VML text box ("Before your first Wheel
Day") holding the entry checks; a Wheel Days table whose Assembly column is vertically merged; the
Servicing Schedule (28 point rows, Nv1 to Ty6, under four group rows merged across and shaded;
no row for pupils' part in their own provision); a troubleshooting table; a blank
service record with its prompts left in; a footnote (citations only); page header and footer;
three Word comments; tracked changes (a deleted January start, an inserted external-examiner
paragraph, a change in one schedule cell).

Traps (requirement ids):
- Aims speak only of "better progress in reading, writing and mathematics"; Every Child Matters
  is a Wheel Day topic marked 'Greased only' (1.1 partially_met, 6.K2 partially_met).
- Vetting left to employing schools: "the Wheel Shop does not ask to see CRB disclosures" in the
  body; the footer claims every owner holds a disclosure "seen and recorded by the Foreman", and a
  comment asks to say so: footer and comment are never evidence (5.3 not_met).
- Part-exchange takes certificated M-level credit but "we do not take years in post in
  part-exchange" (2.1 partially_met: prior study, not experience).
- Inspection-only route was a 2007 pilot arrangement and "there is no inspection-only route"
  now (2.3 not_met: past arrangement plus negation).
- Pupil voice point only being designed for the 2009-10 Build, "it is not fitted to this one";
  no row for it in the schedule (1.5 not_met, 6.S7 not_met).
- Child development row "Not fitted to this model", taken as read from initial training
  (6.K4 not_met).
- Schedule cells 'Greased only' (taught, no marked piece inspects them): 6.A3, 6.K2, 6.S2d;
  6.S5 changed from "RT" to 'Greased only' by a tracked change in its cell (all partially_met).
- Award rule: pass the three Tyring Tests and the Road Trial, which inspect only the points
  marked for inspection (6.0 partially_met, 1.9 partially_met).
- Shop Board is "a notice board rather than a workshop": no tutor answers, no forum; support
  between Wheel Days comes from journeyman visits (3.3 partially_met).
- One start a year, one mode; the January start is a tracked deletion; only catch-up with the
  next Build (3.2 partially_met).
- Stakeholders deliver (journeymen, speakers) but are only hoped to take part in evaluation;
  the Annual Service is Foreman and tutors with the examiner's report (4.3 partially_met).
- "We do not arrange placements" though specialists speak at Wheel Days; another school
  "has had owners before" only when owners arrange it themselves (5.5 partially_met).
- Journeymen are only sent the handbook by post, tutors are prepared properly (5.7 partially_met).
- Confidence ratings only; pupils' progress only hoped for (5.9 partially_met).
- Onward journey is a leaflet handed out (2.5 partially_met).
- External examiner and moderation sit in an inserted tracked paragraph (5.8 met: insertion counts).
- The footnote carries citations only; nothing rests on it (1.3 is met in the body).
"""
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ng_helpers import (Footnotes, add_del, add_ins, base_document, body_words, cell_text,
                         header_footer, inserted_paragraph, deleted_paragraph, shade,
                         set_col_widths, textbox)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
ED = "Tamsin Rowe"
ED_DATE = "2008-10-21T09:12:00Z"
JP = "Jory Penhale"
JP_DATE = "2008-10-23T16:40:00Z"

doc = base_document("Cambria", 10.5)
fn = Footnotes(doc)


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def P(t="", bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    if t:
        p.add_run(t)
    return p


def bullet(t, lead=None):
    return P(t, lead, style="List Bullet")


# ------------------------------------------------------------------ title block
header_footer(
    doc,
    "Stennack Lane Wheelwrights · Owner's Handbook · The Stennack Senco (2008-09 Build)",
    "Issue 3, October 2008. Every Stennack owner holds a current enhanced CRB disclosure, seen and "
    "recorded by the Foreman before the first Wheel Day.",
)

t = doc.add_paragraph(style="Title")
t.add_run("STENNACK LANE WHEELWRIGHTS")
p = doc.add_paragraph(style="Subtitle")
p.add_run("Owner's Handbook and Servicing Schedule")
p = doc.add_paragraph()
r = p.add_run("The Stennack Senco: the National Award for SEN Coordination, 2008-09 Build")
r.bold = True
r.font.size = Pt(13)
P("Wheelwrights, cartwrights and wagon builders since 1896 · The Wheel Shop, Stennack Lane, "
  "Treleggan, Cornwall · Learning Loft telephone 01736 790 412")
P("Issue 3 · October 2008 · Keep this handbook with your Build Sheet")

# ------------------------------------------------------------------ 1 introduction
H1("1 Thank you for choosing a Stennack vehicle")
P("Since 1896 the Wheel Shop has built and mended wheels, carts, wagons, farm drays and, lately, "
  "the heritage vehicles that come to us from museums and the county shows. For the last eleven "
  "years the Learning Loft above the old paint shop has also run courses for teachers, alongside "
  "the heritage crafts days we run with schools. The Stennack Senco is our name for the National "
  "Award for SEN Coordination as we build it: a one-year, part-time course for teachers who are "
  "new to the role of special educational needs coordinator (SENCO).")
P("This handbook is written the way we write the handbook that goes out with every cart and wagon "
  "that leaves the yard. It tells you what you have bought, how it is put together, how to look "
  "after it, who to call when something squeaks, and what the warranty covers. Owners of our carts "
  "will recognise the layout. Teachers who have never stood beside a tyring platform will find our "
  "words explained in section 2, and we have kept them because our owners tell us they help.")
H2("What the vehicle is built to carry")
P("The Stennack Senco is built to carry one load: better progress in reading, writing and "
  "mathematics for the pupils with special educational needs and disabilities in the owner's "
  "school. Every Assembly, every Wheel Day and every Tyring Test is weighed against that load. We "
  "measure it in National Curriculum levels, P scales and the school's own attainment data, "
  "because that is what a school can see from the road.")
P("A wheel is only as good as the way it runs on the road, so the Build is done mostly in the "
  "owner's own school. Each Tyring Test is a piece of work carried out in the school and then "
  "written up, and the Road Trial is a real change to the school's provision that the owner leads "
  "from February to July, agreed with the headteacher at the start and reported to the governors "
  "at the end. Owners finish the Build having already changed something in their school, not "
  "merely having read about it.")

# ------------------------------------------------------------------ 2 particulars
H1("2 Vehicle particulars and the words we use")
tbl = doc.add_table(rows=1, cols=2)
tbl.style = "Table Grid"
c = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[1])
cell_text(c, "PARTICULARS OF THE 2008-09 BUILD", bold=True)
shade(c, "D9D9D9")
rows = [
    ("Maker", "Stennack Lane Wheelwrights Ltd, through its Learning Loft (registered office: the "
              "Wheel Shop, Stennack Lane, Treleggan)"),
    ("Validating body", "Carrick Moor University, School of Education. The Build was validated on "
                        "14 May 2008 as the Postgraduate Certificate in Special Educational Needs "
                        "Coordination, and the University awards it."),
    ("Rating", "60 credits at master's level (Level 7 of the Framework for Higher Education "
               "Qualifications)"),
    ("Running time", "One academic year, part time: September 2008 to July 2009"),
    ("Road", "Twelve Wheel Days (Fridays, 9.30 to 4.00) in the Learning Loft; work in the owner's "
             "own school between them; three journeyman visits"),
    ("Load", "Sixteen owners a Build; two Shop tutors at every Wheel Day"),
    ("Price", "£1,650 an owner, invoiced to the school in three parts; Cornwall County Council's "
              "SEN team pays half for Cornwall maintained schools"),
]
for a, b in rows:
    rc = tbl.add_row().cells
    cell_text(rc[0], a, bold=True)
    cell_text(rc[1], b)
set_col_widths(tbl, [Cm(3.5), Cm(12.5)])
P()
P("The words we use, in the order you will meet them:")
g = doc.add_table(rows=1, cols=2)
g.style = "Table Grid"
cell_text(g.rows[0].cells[0], "Our word", bold=True)
cell_text(g.rows[0].cells[1], "What it means here", bold=True)
shade(g.rows[0].cells[0], "D9D9D9")
shade(g.rows[0].cells[1], "D9D9D9")
gloss = [
    ("Build", "The whole course, from the Pre-Delivery Inspection to the Road Trial."),
    ("Owner", "A teacher taking the Build."),
    ("Foreman", "The programme leader, Mrs Tamsin Rowe."),
    ("Shop tutor", "One of the three tutors who teach the Wheel Days and mark the Tyring Tests."),
    ("Journeyman", "An experienced SENCO or deputy head from a school near the owner's, who "
                   "mentors the owner in school."),
    ("Assembly", "One of the four parts of the Build: the Nave, the Spokes, the Felloes and the "
                 "Tyre. Each is a 15-credit module of the University's certificate."),
    ("Wheel Day", "A taught day in the Learning Loft."),
    ("Pre-Delivery Inspection (PDI)", "The needs assessment done before the first Wheel Day."),
    ("Build Sheet", "The owner's own training plan, written from the PDI."),
    ("Servicing Schedule", "The table in section 6 of the points we grease and inspect."),
    ("Greased at", "In the Servicing Schedule: the Wheel Days at which a point is worked on."),
    ("Inspected at", "In the Servicing Schedule: the marked piece of work in which a point is "
                     "examined: T1, T2 or T3 (the three Tyring Tests) or RT (the Road Trial). An "
                     "owner must be sound on every point a piece of work inspects to pass it. "
                     "'Greased only' means the point is worked on at a Wheel Day but no Tyring "
                     "Test and not the Road Trial examines it. 'Not fitted to this model' means "
                     "the point is not part of this Build."),
    ("Shop Board", "The Build's area on the University's Moodle site."),
    ("Annual Service", "Our yearly review of the Build, each September."),
]
for a, b in gloss:
    rc = g.add_row().cells
    cell_text(rc[0], a, bold=True)
    cell_text(rc[1], b)
set_col_widths(g, [Cm(4.2), Cm(11.8)])

# ------------------------------------------------------------------ 3 before the first journey
H1("3 Before the first journey")
p = doc.add_paragraph()
textbox(p, [
    "BEFORE YOUR FIRST WHEEL DAY",
    "The Stennack Senco is built for qualified teachers who hold QTS, have taught for at least two "
    "years, and are the SENCO of a school in Cornwall or Devon or have been named to become one "
    "within the year.",
    "Every application comes with a letter from the headteacher agreeing to release the owner for "
    "the twelve Wheel Days and to support the Road Trial. The Foreman reads each application with "
    "the head's letter and talks to every applicant by telephone about the role as it stands in "
    "the school.",
    "If the Foreman judges that an applicant is not yet ready to meet the outcomes by the end of "
    "the Build, she writes to the applicant and to the headteacher setting out what to do first "
    "(usually a term working alongside the current SENCO and our twilight course 'SEN for class "
    "teachers') and keeps a place on the next Build.",
], height_pt=175)

H2("Vetting")
p = P("Owners are serving teachers, and we leave the vetting of teachers to the schools and local "
      "authorities that employ them: the Wheel Shop does not ask to see CRB disclosures or take up "
      "references.")
doc.add_comment(p.runs, "Tamsin - the Loft's own policy is that we see every owner's CRB "
                "certificate at the PDI. Can we say so here rather than only in the footer?",
                author=JP, initials="JP")

H2("The Pre-Delivery Inspection and your Build Sheet")
P("No wheel leaves the yard without a pre-delivery inspection, and no owner starts the Build "
  "without one. Before the first Wheel Day every owner has an hour with a Shop tutor, at the "
  "owner's own school, going through every point in the Servicing Schedule (section 6) with the "
  "owner's own evidence: the school's SEN policy, the register, a recent review, a provision map "
  "if there is one. The owner rates each point 'sound', 'needs attention' or 'new to me', and the "
  "tutor checks the ratings against the evidence, because owners often rate themselves sound on "
  "the law when what they know is the 1994 Code.")
P("From the PDI the tutor and the owner write the Build Sheet: the owner's individual training "
  "plan. It names the points the owner will work on hardest, the Wheel Days, readings and school "
  "tasks that go with them, what the journeyman will look at on each visit, and the owner's "
  "personal outcomes for the Road Trial, written in the owner's words for the owner's school. "
  "Where an owner is already sound on a point, the Build Sheet says so and the owner spends that "
  "part of the Wheel Day on a harder task set by the tutor. The Build Sheet is looked at again, "
  "and rewritten if need be, at the mid-Build check on Wheel Day 6.")

H2("Part-exchange")
P("We will take a recognised earlier qualification in part-exchange. An owner who holds "
  "master's-level credit from a module on special educational needs, passed in the last five years, "
  "may ask Carrick Moor University to accredit it against up to 20 of the 60 credits; if the "
  "University agrees, the owner is excused the matching Assembly and its Tyring Test and the Build "
  "Sheet is drawn up without them. Experience is another matter: we do not take years in post in "
  "part-exchange, however many, because the University's rules as we read them do not let us "
  "accredit uncertificated experience.")

H2("Inspection-only")
P("In the 2007 pilot an experienced teacher from a special school was allowed to go straight to "
  "the Road Trial without the Wheel Days. We have not repeated it: from the 2008-09 Build every "
  "owner goes through the whole Build, and there is no inspection-only route.")

H2("Access for every owner")
P("The Learning Loft is on the ground floor of the old paint shop, with a level entrance from the "
  "yard, a hearing loop and an accessible toilet; the tyring platform and the forge, which owners "
  "visit at lunchtime on the first Wheel Day, have a level path and a viewing bay.")
P("The application form asks every applicant, in plain words, whether there is anything about a "
  "disability, a health condition or dyslexia that we should plan for, and says why we ask. The "
  "Foreman rings everyone who tells us, before the PDI, to agree reasonable adjustments: papers in "
  "large print or on coloured paper, a reader or scribe for the Road Trial presentation, extra "
  "time for Tyring Tests agreed with the University's Disability Service, a parking space by the "
  "Loft door. Adjustments are written on the Build Sheet so that they follow the owner to the "
  "journeyman visits and the school-based tasks. Our leaflet and application form come in large "
  "print and on audio tape, and both say that disabled teachers are welcome on the Build. Places "
  "are offered on the entry requirements alone, and the Wheel Day on disability equality asks "
  "owners to look at how their own school promotes positive attitudes to disabled people.")

# ------------------------------------------------------------------ 4 controls and running gear
H1("4 Controls and running gear: how the Build runs")
P("A Stennack wheel has four parts, and so has the Build. The Nave is the hub everything else "
  "turns on: the SENCO's role, the law and the Code. The Spokes carry the load: knowing learners "
  "and what works for them. The Felloes join the spokes into a ring: working with parents, "
  "carers and other services. The Tyre binds the whole and meets the road: leading provision in "
  "the school. The twelve Wheel Days run as follows.")
wd = [
    ("1", "19 Sep 2008", "The Nave", "The SENCO's place in the school; the Education Act 1996, "
     "the SEN Code of Practice (2001) and SENDA 2001; the Education (Special Educational Needs "
     "Co-ordinators) (England) Regulations 2008; Every Child Matters and the five outcomes; "
     "starting the Reading Log."),
    ("2", "10 Oct 2008", "The Nave", "Disability equality: the DDA 1995 and 2005, the disability "
     "equality duty, accessibility plans; auditing an SEN policy (T1 briefing)."),
    ("3", "7 Nov 2008", "The Spokes", "Finding and knowing pupils: identification through "
     "observation, data and assessment; setting targets; planning and reviewing interventions; "
     "behavioural, emotional and social difficulties; speech, language and communication needs."),
    ("4", "28 Nov 2008", "The Spokes", "Dyslexia and other specific learning difficulties, "
     "autistic spectrum disorders, moderate learning difficulties; reading reports from "
     "educational psychologists and therapists and turning them into teaching; ICT and assistive "
     "technology."),
    ("5", "9 Jan 2009", "The Spokes", "What works: research and inspection evidence weighed "
     "critically; approaches, strategies and resources (T2 briefing)."),
    ("6", "30 Jan 2009", "The Spokes", "Assessment: summative data, national tests, P scales and "
     "tracking; formative assessment in every classroom; access arrangements for national tests "
     "and examinations; mid-Build check of every Build Sheet."),
    ("7", "6 Mar 2009", "The Felloes", "Parents and carers: relationships, reviews, the Parent "
     "Partnership Service; speaking, listening and writing for parents."),
    ("8", "27 Mar 2009", "The Felloes", "Agencies and the voluntary sector: who does what, the "
     "Common Assessment Framework, running a multi-agency meeting (T3 briefing)."),
    ("9", "1 May 2009", "The Tyre", "Provision mapping; deploying and managing teaching "
     "assistants; making decisions and solving problems; time and delegation."),
    ("10", "22 May 2009", "The Tyre", "Working with the head and governors; school "
     "self-evaluation, the SEF and SEN; evaluating provision with staff (Road Trial check)."),
    ("11", "19 Jun 2009", "The Tyre", "Developing colleagues: observation and feedback, "
     "modelling, coaching and running INSET."),
    ("12", "10 Jul 2009", "The Tyre", "Road Trial presentations; the onward journey."),
]
w = doc.add_table(rows=1, cols=4)
w.style = "Table Grid"
for i, h in enumerate(["Wheel Day", "Date", "Assembly", "What we work on"]):
    cell_text(w.rows[0].cells[i], h, bold=True)
    shade(w.rows[0].cells[i], "D9D9D9")
start = {}
for n, d, a, what in wd:
    rc = w.add_row().cells
    cell_text(rc[0], n)
    cell_text(rc[1], d)
    cell_text(rc[3], what)
    idx = len(w.rows) - 1
    if a not in start:
        start[a] = idx
        cell_text(rc[2], a, bold=True)
    else:
        w.cell(start[a], 2).merge(w.cell(idx, 2))
set_col_widths(w, [Cm(1.8), Cm(2.6), Cm(2.6), Cm(9.0)])
P()
p = P("On Wheel Day 5 we spend the morning on what the inspection and research evidence says "
      "about provision for pupils with SEN, starting from Ofsted's reports of 2004 and 2006")
fn.add(p, "Ofsted (2004) Special educational needs and disability: towards inclusive schools; "
          "Ofsted (2006) Inclusion: does it matter where pupils are taught?")
p.add_run(", the Bercow Review of services for children with speech, language and communication "
          "needs (2008) and the Inclusion Development Programme materials on dyslexia and on "
          "speech, language and communication needs. The Shop tutors renew the Wheel Day papers "
          "and reading lists every summer from the new Ofsted and DCSF publications and the NASEN "
          "journals, and each tutor spends at least two days a year working in Cornish schools so "
          "that what they teach is what is happening in classrooms now.")

H2("Specialists at the Wheel Days")
P("Each Assembly brings in people who do the work: an educational psychologist from Cornwall's "
  "psychology service (Wheel Day 4), a speech and language therapist (Wheel Day 3), the county's "
  "autism outreach teacher (Wheel Day 4), the Parent Partnership Service and two parents "
  "(Wheel Day 7), the Children's Fund and Cornwall Independent Living (Wheel Day 8), and a "
  "serving headteacher and a chair of governors (Wheel Day 10).")
P("We do not arrange placements. Owners who want to see a special school or a resource base at "
  "work may arrange a visit for themselves; Trevarrick School has had owners before.")

H2("Between Wheel Days")
P("Each owner has a journeyman: an experienced SENCO or deputy head from a school near the "
  "owner's, recruited with the help of Cornwall's SEN support service. The journeyman visits the "
  "owner's school three times, after Wheel Days 3, 7 and 10, watches the owner lead a meeting or "
  "work with staff, talks through the Build Sheet, and writes a short visit note for the owner's "
  "file.")
P("The Shop Board, the Build's area on the University's Moodle site, carries the Wheel Day papers, "
  "the Tyring Test briefs and the reading lists, and owners hand in their Tyring Tests there. It "
  "is a notice board rather than a workshop: tutors post to it but do not answer study questions "
  "on it, and there is no discussion forum. Study questions go to your Shop tutor on the Wheel "
  "Days.")

H2("Changing the route")
p = P("The Build starts once a year, in September, and every Wheel Day is taught in the Learning "
      "Loft; there is no full-time or distance version. An owner who misses a Wheel Day through "
      "illness or a school crisis catches it up with the next Build, and the Tyring Test deadline "
      "moves with it. ")
add_del(p, "From January 2009 a second Build will start each January for owners who are appointed "
           "mid-year.", ED, ED_DATE)

# ------------------------------------------------------------------ 5 on the road
H1("5 On the road: the Tyring Tests and the Road Trial")
P("A new wheel is tested by being tyred: the red-hot iron tyre is dropped on, quenched, and "
  "shrinks tight, and if the wheel is badly made the tyre shows it at once. Our marked work is "
  "named after that test. Each Tyring Test is a task done in the owner's school and written up; "
  "each inspects the points of the Servicing Schedule marked for it, point by point, 'sound' or "
  "'not yet sound'. An owner must be sound on every point a test inspects to pass it, and may "
  "resubmit once.")
bullet(" due 28 November 2008. A 3,000-word audit of your school's SEN policy and practice "
       "against the SEN Code of Practice and the disability equality duty, ending in an action "
       "list for your headteacher. With it goes your Reading Log for the term: what you read, "
       "which courses and networks you used to keep up to date, and what you will do next about "
       "your own professional development.", "T1, the Nave Test,")
bullet(" due 27 February 2009. A 4,000-word case study of one pupil or a small group: how the "
       "pupils were identified, what the assessments of other professionals said and how you "
       "used them, the targets you set and the intervention you planned, the summative and "
       "national test data you used to track progress, and a critical account of the approaches, "
       "resources and ICT you chose, drawing on research and outside advice and on what you know "
       "of the pupils' special educational needs.", "T2, the Spoke Test,")
bullet(" due 24 April 2009. A partnership file: the record of a meeting you led with a pupil's "
       "parents or carers, what was agreed, how you followed it up and the parent's own comment "
       "on it; a plan you made with one outside agency or voluntary organisation for a pupil, "
       "with your account of what that agency does and how you got its support; and a short "
       "guide for colleagues on formative assessment for pupils with SEN, with your "
       "journeyman's note of you presenting it to a staff meeting and taking questions.",
       "T3, the Felloe Test,")
bullet(" February to July 2009, presented on Wheel Day 12. A change to provision that you lead "
       "in your own school: map the school's provision, find what is missing or not working, "
       "agree the change with your headteacher and governors, deploy and manage the teaching "
       "assistants who will carry it, solve the problems that arise, review the change with the "
       "staff involved and write the findings into the school's self-evaluation form. 6,000 "
       "words and a twenty-minute presentation to two Shop tutors and your journeyman.",
       "RT, the Road Trial,")

# ------------------------------------------------------------------ 6 servicing schedule
H1("6 Lubrication chart and Servicing Schedule")
P("The Servicing Schedule lists the points we grease and inspect. They are the national minimum "
  "outcomes for SENCO training, put in our own words and in the order of our Assemblies. The "
  "columns and the words in them are explained in the table in section 2.")
sched = [
    ("THE NAVE", None),
    ("Nv1", "Know the law and guidance on SEN, the SEN Code of Practice above all, what they ask "
           "of the school, the SENCO and others, and how to put them to work", "1, 2", "T1"),
    ("Nv2", "Know the law on disability equality and what it asks a school to do for disabled "
           "pupils, and how best to do it", "2", "T1"),
    ("Nv3", "Know Every Child Matters, its principles and five outcomes, and the SENCO's part in "
           "helping pupils reach them", "1", "Greased only"),
    ("Nv4", "Know how school self-evaluation and improvement work and how they bear on outcomes "
           "for pupils with SEN", "10", "RT"),
    ("Nv5", "With the head and governors, shape an inclusive ethos, policies and priorities for "
           "the school and the curriculum, and the use of resources", "10", "RT"),
    ("Nv6", "Win the commitment of colleagues, the headteacher and senior leaders to better "
           "outcomes for pupils with SEN", "10", "RT"),
    ("Nv7", "Keep up to date and take charge of one's own professional development on SEN and "
           "disability", "1, 12", "T1"),
    ("THE SPOKES", None),
    ("Sp1", "Know how children develop and how SEN, disability and the physical and social "
           "setting affect that", "-", "Not fitted to this model"),
    ("Sp2", "Know the commonest kinds of SEN and disability (BESD, dyslexia and other SpLD, "
           "SLCN, ASD, MLD) and how they affect learning", "3, 4", "T2"),
    ("Sp3", "Weigh up critically approaches, strategies and resources, ICT among them, and use "
           "them to remove barriers and personalise provision", "4, 5", "T2"),
    ("Sp4", "Know best practice and what research says about meeting SEN", "5", "T2"),
    ("Sp5", "Draw on research and outside advice to improve one's own and colleagues' practice",
     "5", "T2"),
    ("Sp6", "Identify pupils who may have SEN, set challenging targets, plan interventions and "
           "review progress", "3", "T2"),
    ("Sp7", "Use the assessments of other professionals to shape teaching", "4", "T2"),
    ("Sp8", "Use summative assessment, national tests among it, to track progress and change "
           "programmes", "6", "T2"),
    ("Sp9", "Encourage colleagues to develop formative assessment, with approaches for pupils "
           "with SEN", "6", "T3"),
    ("Sp10", "Spot in good time the access arrangements pupils need for national tests and "
            "examinations and put them in place with colleagues", "6", "Greased only"),
    ("THE FELLOES", None),
    ("Fe1", "Build fair, respectful, supportive relationships with pupils with SEN and with their "
           "parents and carers", "7", "T3"),
    ("Fe2", "Liaise well with parents and carers to promote pupils' learning", "7", "T3"),
    ("Fe3", "Speak and write clearly, and listen to and understand the views of others", "7",
     "T3"),
    ("Fe4", "Know the scope and role of outside agencies and how to get specialist support and "
           "resources", "8", "T3"),
    ("Fe5", "Work in partnership with other services and agencies, voluntary organisations "
           "included", "8", "T3"),
    ("THE TYRE", None),
    ("Ty1", "Use provision mapping and management to plan provision and to find provision that is "
           "missing or not working", "9", "RT"),
    ("Ty2", "Deploy and manage staff to support pupils with SEN", "9", "RT"),
    ("Ty3", "Anticipate and solve problems, make well-founded decisions and sound judgements on "
           "provision", "9", "RT"),
    ("Ty4", "Set priorities, manage one's time and delegate, making sure delegated work is done",
     "9", "Greased only"),
    ("Ty5", "Support colleagues' development: observing and giving feedback, modelling, coaching "
           "and mentoring, training", "11", "CHANGE"),
    ("Ty6", "Review and evaluate provision with other staff to inform the school's "
           "self-evaluation and improvement planning", "10", "RT"),
]
s = doc.add_table(rows=1, cols=4)
s.style = "Table Grid"
for i, h in enumerate(["Point", "Service point (in our words)", "Greased at", "Inspected at"]):
    cell_text(s.rows[0].cells[i], h, bold=True)
    shade(s.rows[0].cells[i], "BFBFBF")
change_cell = None
change_text = None
for row in sched:
    rc = s.add_row().cells
    if row[1] is None:
        m = rc[0].merge(rc[3])
        cell_text(m, row[0], bold=True)
        shade(m, "E7E6E6")
        continue
    code, text, greased, insp = row
    cell_text(rc[0], code)
    cell_text(rc[1], text)
    cell_text(rc[2], greased)
    if insp == "CHANGE":
        change_cell = rc[3]
        change_text = rc[1]
    else:
        cell_text(rc[3], insp, italic=insp in ("Greased only", "Not fitted to this model"))
set_col_widths(s, [Cm(1.4), Cm(10.2), Cm(2.0), Cm(2.4)])
cp = change_cell.paragraphs[0]
add_del(cp, "RT", ED, ED_DATE)
add_ins(cp, "Greased only", ED, ED_DATE, italic=True)
doc.add_comment(change_text.paragraphs[0].runs,
                "Moved out of the Road Trial: owners could not fit coaching into the summer "
                "term. Still taught on Wheel Day 11.", author=ED, initials="TR")
P()
P("Pupil voice. Owners of the 2007 pilot asked for a point on involving pupils in planning, "
  "agreeing and reviewing their own provision. We are designing one with Cornwall's pupil "
  "participation officer for the 2009-10 Build; it is not fitted to this one.")
P("Child development is taken as read from initial teacher training, which is why point Sp1 is "
  "not fitted to this model.")

# ------------------------------------------------------------------ 7 warranty
H1("7 The Stennack warranty")
P("The Award is made by Carrick Moor University, on the Foreman's recommendation, when an owner "
  "has passed all three Tyring Tests and the Road Trial. An owner who passes them has been "
  "inspected on every point the Servicing Schedule marks for inspection. An owner who is not "
  "yet sound after a resubmission is offered the next Build's Tyring Test or Road Trial at no "
  "further charge.")
P("The warranty does not cover:")
bullet("points marked 'Greased only' or 'Not fitted to this model' in the Servicing Schedule;")
bullet("Wheel Days missed and not caught up with the next Build;")
bullet("Tyring Tests handed in after an agreed extension has run out.")

# ------------------------------------------------------------------ 8 servicing and inspection
H1("8 Servicing and inspection: how we keep the Build true")
H2("After every Wheel Day")
P("Every Wheel Day ends with a ticket: each owner writes on a card what was useful, what was not "
  "and what should change, and the Shop tutors read the tickets that evening and put the answer "
  "on the Shop Board before the next Wheel Day. Twice in the Build, at Wheel Days 6 and 12, "
  "owners fill in the University's module questionnaire as well.")
H2("The second-wheel check")
P("Every Tyring Test is marked point by point by the owner's own Shop tutor and then checked by a "
  "second tutor: all fails, all borderline pieces and one in four of the rest. Before each round "
  "of marking the three tutors mark three pieces together to agree what 'sound' looks like on "
  "each point, and they meet again afterwards to settle differences.")
inserted_paragraph(doc, "The University appoints an external examiner for the Build, Dr Helen "
                        "Truscott of the University of the West Country, who sees a sample of "
                        "every Tyring Test and of the Road Trials, attends the Wheel Day 12 "
                        "presentations, and reports to the University's examination board each "
                        "year. The board confirms every mark before the Award is made.",
                   ED, ED_DATE)
H2("The Annual Service")
P("Every September the Foreman and the Shop tutors take the Build apart: the tickets, the module "
  "questionnaires, the Tyring Test results and resubmissions, the "
  "external examiner's report and the University's annual monitoring report. What we find goes "
  "into an action list for the next Build, which the University's programme committee checks at "
  "its November meeting. From the 2007 pilot, for example, disability equality moved from the "
  "last Wheel Day of the Felloes to Wheel Day 2, where owners said it belonged, and the Road "
  "Trial now starts in February rather than May.")
p = P("We should like one day to ask headteachers and the parents of pupils on owners' SEN "
      "registers what they think of the Build, and hope to find a way of doing so.")
H2("How we know the vehicle runs")
p = P("Owners rate their confidence on every point of the Servicing Schedule at the PDI and again "
      "on Wheel Day 12, and the Road Trial asks each owner to say what changed for the staff who "
      "carried it. What the Build does for pupils' progress we should like to know, and we hope "
      "owners' schools will tell us in time.")
doc.add_comment(p.runs, "HT of Porthmeor has offered to send us her Year 6 data. Worth a line?",
                author=JP, initials="JP")

# ------------------------------------------------------------------ 9 who built it
H1("9 Who built your vehicle")
P("The Foreman, Mrs Tamsin Rowe, was SENCO of Penwith Community College for fourteen years and "
  "holds an MA in Special and Inclusive Education and the OCR Diploma in Specific Learning "
  "Difficulties. She still works one day a week as an SEN adviser for Cornwall and sits on the "
  "south-west committee of NASEN.")
P("Mr Jory Penhale is an educational psychologist who worked for Cornwall's psychology service "
  "for twenty years and now works freelance with schools. Dr Morwenna Kitto is senior lecturer in "
  "inclusive education at Carrick Moor University and leads its MA in Education; her research is "
  "on teaching assistants in mainstream classrooms. Mr Daniel Curnow, our third Shop tutor, is "
  "SENCO of a Truro primary school and a specialist teacher for autism.")
P("The Shop tutors meet for a day before each Build to go through the Tutors' Notes, which set "
  "out each Wheel Day, what each Tyring Test inspects and how the second-wheel check works, and "
  "every new tutor marks alongside the Foreman for a full Build before marking alone. "
  "Journeymen receive this handbook and the Road Trial brief by post when they take on an owner.")
P("The Loft keeps a library of some 600 books and journals on SEN and disability, a set of "
  "standardised reading, spelling and language assessments that owners may borrow, and an "
  "assistive technology trolley (text-to-speech software, Clicker 5, voice recorders, coloured "
  "overlays, a laptop with Inclusion Development Programme materials) that goes with the tutors "
  "to the Wheel Days. Owners are associate students of Carrick Moor University, with its library, "
  "its e-journals through Athens and its Disability Service.")

# ------------------------------------------------------------------ 10 why we built it this way
H1("10 Why we built it this way")
P("Before the first Stennack was built we asked the people who would use it. In the spring of "
  "2006 we sent a short questionnaire to all 270 schools in Cornwall and had 96 replies, and we "
  "met Cornwall's SEN team and the Parent Partnership Service twice. The schools told us three "
  "things: that new SENCOs needed most help with leading staff and dealing with agencies, that "
  "travelling to Plymouth or Exeter for a course was the barrier, and that a course had to be "
  "built round work the SENCO was doing anyway. The SEN team told us that the county's new "
  "SENCOs were weakest on provision mapping. That is why the Build is taught in West Cornwall, "
  "why every Tyring Test is done in the owner's school, and why provision mapping sits at the "
  "head of the Road Trial.")
P("The people we asked have changed the Build since. Headteachers asked for Fridays rather than "
  "Mondays, and we moved the Wheel Days. The Parent Partnership Service asked for the parents' "
  "Wheel Day to be led with parents, and two parents now co-lead it. The pilot owners asked for "
  "the Road Trial to start earlier, and it now starts in February.")
P("Local schools and services also run parts of the Build: journeymen come from neighbouring "
  "schools, the specialists at the Wheel Days come from the county's services and voluntary "
  "organisations, and Trevarrick School's head speaks on Wheel Day 10.")

# ------------------------------------------------------------------ 11 troubleshooting
H1("11 Troubleshooting")
tr = doc.add_table(rows=1, cols=3)
tr.style = "Table Grid"
for i, h in enumerate(["Fault", "Likely cause", "Remedy"]):
    cell_text(tr.rows[0].cells[i], h, bold=True)
    shade(tr.rows[0].cells[i], "D9D9D9")
faults = [
    ("Tyring Test running late", "Illness, an inspection, a crisis in school",
     "Ring your Shop tutor before the deadline: one extension of up to four weeks is agreed on "
     "the telephone and written on the Build Sheet."),
    ("Head will not release you for a Wheel Day", "Cover, or a change of head",
     "The Foreman writes to the head and, if need be, visits; the Wheel Day can be caught up with "
     "the next Build."),
    ("Build Sheet no longer fits", "A move of school or a change of role mid-Build",
     "The Shop tutor rewrites the Build Sheet with you at the next Wheel Day; the Road Trial can "
     "be moved to the new school."),
    ("Cannot get into the Shop Board", "Password, or the school's firewall",
     "The University's IT helpdesk, 01872 555 300, weekdays 8 to 6."),
    ("You disagree with a mark", "-",
     "Ask your Shop tutor to go through the marking; then the University's academic appeals "
     "procedure, which is in the Owner's Pack."),
    ("Something squeaks that is not on this list", "-", "Ring the Learning Loft."),
]
for a, b, c_ in faults:
    rc = tr.add_row().cells
    cell_text(rc[0], a, bold=True)
    cell_text(rc[1], b)
    cell_text(rc[2], c_)
set_col_widths(tr, [Cm(4.0), Cm(4.0), Cm(8.0)])
P()
H2("Running costs")
P("Value for money. At £1,650 the Build costs an owner's school about half what a university "
  "certificate of the same size costs in the south-west, and it saves the school the travel and "
  "the overnight stays. We keep it there by teaching in our own Loft, by sharing the "
  "University's library and Moodle site rather than buying our own, and by building the Tyring "
  "Tests out of work the owner has to do for the school anyway. The Build Sheet means an owner "
  "does not sit through what the owner already knows, and the mid-Build check moves the effort "
  "to where it is still needed.")

# ------------------------------------------------------------------ 12 onward journey
H1("12 The onward journey")
P("At the last Wheel Day every owner is given a copy of the Wheel Shop's leaflet of courses for "
  "teachers and the University's MA in Education prospectus.")

# ------------------------------------------------------------------ 13 service record
H1("13 Service record")
P("Have your Shop tutor stamp this record at each service.")
sr = doc.add_table(rows=1, cols=3)
sr.style = "Table Grid"
for i, h in enumerate(["Date", "Service carried out", "Shop tutor's stamp"]):
    cell_text(sr.rows[0].cells[i], h, bold=True)
    shade(sr.rows[0].cells[i], "D9D9D9")
for a, b, c_ in [("[dd/mm/yy]", "[Pre-Delivery Inspection]", "[stamp here]"),
                 ("[dd/mm/yy]", "[Mid-Build check, Wheel Day 6]", "[stamp here]"),
                 ("[dd/mm/yy]", "[Road Trial presented, Wheel Day 12]", "[stamp here]"),
                 ("", "", "")]:
    rc = sr.add_row().cells
    cell_text(rc[0], a, italic=True)
    cell_text(rc[1], b, italic=True)
    cell_text(rc[2], c_, italic=True)
P()
P("Stennack Lane Wheelwrights Ltd · Registered in England No. 0418862 · Learning Loft manager: "
  "Mrs Tamsin Rowe")

fn.attach()
doc.save(OUT)
print(OUT.name, "words:", body_words(OUT))
