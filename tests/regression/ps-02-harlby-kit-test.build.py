"""ps-02-harlby-kit-test: build ps-02-harlby-kit-test.docx next to this script.

Provider: the Harlby & District Table Tennis League Academy, with Northmoor University (School of Education)
as validating partner.

Document kind and layout: the course written as the KIT TEST feature of the league's magazine, Edge Ball
(issue 47), the way the magazine reviews a season's new blades and rubbers. A masthead, a note to the panel in a
VML text box, a "How we test" box (a two-column table) that defines the ratings and the words of the outcome
chart on the back page ("Played in", "Scored in", "Knock-up only", "Own study", "Let"), a spec box, then a
two-column magazine section in which each part of the course is reviewed as a piece of kit (The Blade = seven
Saturday Sets; Forehand rubber = Home Drills; Backhand rubber = the Rally Room forum; The Glue = marking; Edge
tape = admissions, CRB and access; The Case = staff and resources; Price and value; Who asked for it; How we'll
know it works), each with Speed/Spin/Control ratings, star ratings, For/Against tables shaded green and red and a
Verdict line; then a Head to Head table against two rival routes, a letters page with the editor's replies, an
advertisement text box, the Small Print, the Compatibility Chart of the 29 outcomes with band rows, and an entry
form with its prompts and blanks. Header (masthead) and footer (PAGE field), two comments, two footnotes,
tracked changes (a second start inserted in the spec box, a moderation sentence deleted).
House words: players (participants), coaches (tutors), Hitting Partners (school mentors), Sets (taught
Saturdays), Home Drills (school tasks), Matches (marked assessments: Match 1, Match 2, the Final), Scorebook
(portfolio), Course Board, Rally Room (online forum), walk-over (assessment-only route).

Traps (requirement ids touched):
- 40 credits at Level 7; the 60-credit total only through Northmoor's own Extension module "which the University
  runs and the Academy does not"; a comment and a reader's letter question it (E.2 partial).
- Rival routes in the Head to Head table (Northmoor's APL "Up to 30 credits", its double marking and external
  examiner, the county's weekly e-tutorials) and an advert offering Northmoor's APL: other providers'
  arrangements. The Academy's own line: "We don't accredit prior learning: everyone plays every Set." (2.1
  not_met).
- Moderation sentence deleted as a tracked change; "We don't second-mark."; a comment worrying about it (5.8
  not_met). Award on an average of 50 per cent across three Matches (6.0 partial) and Knock-up only / Let lines
  (1.9 partial).
- Rally Room: peers only, "coaches don't post in it, and there is no contact with your coach between Sets";
  a pilot player's letter praising the old message board (past arrangement, a reader's words) (3.3 partial).
- Parents: one "talk from the Parent Partnership Service" after lunch; the outcome line Knock-up only; a
  parent's letter hoping for more (1.7 partial, 6.S8 partial).
- Pre-season fitness test used only to group players, no individual plan (2.2 partial); tailoring only by
  school context and groups (2.4 partial); a look ahead to the NPQH in "the last half-hour" (2.5 partial).
- Access: a ramp, a lift and large print on request; the entry form's prompt about access needs is a form
  prompt, not an arrangement (3.1 partial).
- Stakeholders' influence only "approved the plan" and comments "read by the coaches" (4.2 partial); external
  evaluation only "Northmoor's usual quality processes will apply" (5.1 partial).
- Outcome chart keyed far above: "Knock-up only" (6.A3, 6.S2c, 6.S4, 6.S8 partial), "Own study" with a Match
  (6.K7 partial: assessed, not covered), "Let" (6.A7, 6.S2b not_met; The Blade also says "We don't cover
  national test data").
- Ratings, stars, For/Against and Verdicts are the magazine's judgements, not arrangements.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from _ps_helpers import (new_document, para, runs, table, band_row, cell_text, shade, add_ins, add_del,
                         textbox, add_field, Footnotes, set_columns, shade_para)

HERE = Path(__file__).parent
OUT = HERE / "ps-02-harlby-kit-test.docx"

doc = new_document(margins_cm=1.8, base_font="Arial", base_size=9.5)
fn = Footnotes(doc)
AUTH = "Rachel Beddoes"
DATE = "2008-12-02T18:30:00Z"

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "EDGE BALL  |  Issue 47  |  Winter 2008-09  |  Harlby & District Table Tennis League"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Edge Ball is published by the Harlby & District TTL. Prices correct at time of going to press.   ")
r.font.size = Pt(7.5)
add_field(fp, "PAGE")


def heading(text, sub=None, color="C00000"):
    p = para(doc, text, bold=True, size=15, color=color, space_after=2)
    if sub:
        para(doc, sub, italic=True, size=9.5, space_after=4)
    return p


def ratings(speed, spin, control, stars):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, (k, v) in enumerate([("SPEED", speed), ("SPIN", spin), ("CONTROL", control), ("OVERALL", stars)]):
        cell_text(t.cell(0, j), f"{k}\n{v}", bold=True, size=8, fill="FFF2CC")
    return t


def for_against(f, a):
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "FOR", bold=True, size=8, fill="C6EFCE")
    cell_text(t.cell(0, 1), "AGAINST", bold=True, size=8, fill="FFC7CE")
    cell_text(t.cell(1, 0), f, size=8.5)
    cell_text(t.cell(1, 1), a, size=8.5)
    return t


def verdict(text):
    p = para(doc, "")
    runs(p, ("VERDICT: ", "b"), (text, "i"))
    shade_para(p, "F2F2F2")
    return p


# ---------------- masthead ----------------
para(doc, "EDGE BALL", bold=True, size=34, color="C00000", space_after=0)
para(doc, "The magazine of the Harlby & District Table Tennis League  |  Issue 47  |  Winter 2008-09", size=9,
     space_after=2)
para(doc, "KIT TEST SPECIAL: the Academy's SENCO Award on the table", bold=True, size=14, space_after=6)

textbox(doc, [
    ("For the TDA panel", True),
    "This is the Kit Test feature from Edge Ball, issue 47, which the Harlby & District Table Tennis League "
    "Academy sends as its application to run the National Award for SEN Coordination from 2008-09. The Academy's "
    "course leader wrote it, and where it says \"we\" it means the Academy. We have added the Small Print (the "
    "course rules) and the Compatibility Chart of the national outcomes at the back. Please read the How we test "
    "box first: the chart uses its words.",
], height_pt=95, fill="FFF2CC", border="C00000")

p = para(doc, "Every winter we test the season's new blades. This time the Academy has put its own new kit through "
              "the Kit Test: a course that takes a teacher new to the SENCO job to the national Award. Twenty "
              "teachers from league schools pick it up in September and twenty more in February. Here is how it "
              "plays.", bold=True, size=10.5)

# How we test box
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
left = t.cell(0, 0)
cell_text(left, "HOW WE TEST", bold=True, size=9, fill="D9D9D9")
for line in [
    "We test every part of the Award the way we test a blade: on the table, over a season's use. Each part gets "
    "three marks out of ten and an overall star rating out of five.",
    "Speed: how well it fits round a teacher's school year.",
    "Spin: how far it bends to each player.",
    "Control: how well it is coached, marked and checked.",
    "The marks and stars are our testers' opinion, like every Kit Test.",
]:
    pp = left.add_paragraph(line)
    pp.runs[0].font.size = Pt(8.5)
right = t.cell(0, 1)
cell_text(right, "OUR WORDS", bold=True, size=9, fill="D9D9D9")
for line in [
    "Player: the teacher on the course. Coach: a course tutor. Hitting Partner: the player's mentor in their "
    "own school, a senior leader named by the head. Set: a taught Saturday. Home Drill: a task in the player's "
    "own school after each Set. Match: a marked assessment (Match 1, Match 2 and the Final). Scorebook: the "
    "player's portfolio.",
    "On the Compatibility Chart at the back: Played in is the Set in which an outcome is coached; Scored in is "
    "the Match in which it is marked. Knock-up only means it is practised in a Set or a Home Drill but never "
    "marked. Own study in the Played in column means no Set coaches it and players read up on it themselves. "
    "Let means it is not played this season.",
]:
    pp = right.add_paragraph(line)
    pp.runs[0].font.size = Pt(8.5)
para(doc, "")

# spec box
para(doc, "SPEC BOX", bold=True, size=10, color="C00000", space_after=2)
spec = table(doc, [
    ["Maker", "Harlby & District Table Tennis League Academy, with Northmoor University (School of Education)"],
    ["Model", "National Award for SEN Coordination, Harlby edition, 2008-09"],
    ["Plies", "40 credits at Level 7 (master's level)"],
    ["Weight", "Seven Saturday Sets, a Home Drill after each, three Matches"],
    ["Handle", None],
    ["Grip", "Sets at the Academy hall, Station Road, Harlby; Set 3 at Harlby Park School"],
    ["Price", "£1,200, Northmoor registration included"],
    ["Players", "Up to 20 per start"],
], bold_header=False, size=8.5, widths=[2.5, 14.5])
for row in spec.rows:
    shade(row.cells[0], "FDE9D9")
    for rr in row.cells[0].paragraphs[0].runs:
        rr.bold = True
hc = spec.cell(4, 1)
cell_text(hc, "", size=8.5)
hpara = hc.paragraphs[0]
rr = hpara.add_run("Starts in September")
rr.font.size = Pt(8.5)
add_ins(hpara, " and February", author=AUTH, date=DATE, size=8.5)

# ---------------- two-column body ----------------
body = doc.add_section(WD_SECTION.CONTINUOUS)
set_columns(body, 2)

heading("WHAT IT'S FOR", "Before we hit a ball: the point of the thing")
para(doc, "The Award exists for one reason: pupils with special educational needs and disabilities in league "
          "schools should do better, at their books and in their lives. We set it against all five Every Child "
          "Matters outcomes, not just test results, and every Set starts with the question the coaches call the "
          "serve: what will be different for your pupils? Match 2 is marked on the change a player makes for a "
          "group of pupils in their own school, measured before and after.")
p = para(doc, "")
r_cr = p.add_run("Northmoor University validated the course in October 2008 as a 40-credit Level 7 module, SEN "
                 "Coordination in Practice (EDU7040).")
p.add_run(" Players who pass receive the 40 credits from Northmoor and the National Award. Players who want a full "
          "60 credits can add Northmoor's own 20-credit Extension module, which the University runs and the "
          "Academy does not.")
doc.add_comment(r_cr, text="TDA says 'normally 60'. Are 40 enough? Ask Northmoor before this goes in.",
                author="Ed. (Mike Tranter)", initials="MT")

heading("THE BLADE", "Seven Saturday Sets")
ratings("8/10", "6/10", "8/10", "★★★★☆")
para(doc, "Sets run from 9.30 to 3.30 at the Academy hall. Each has a morning of input and an afternoon of table "
          "work: case studies, role-play, and planning in school groups. Here is the line-up.")
sets = table(doc, [
    ["Set", "What's coached"],
    ["1 Ready position", "The law and guidance on SEN (the Education Act 1996, the SEN Code of Practice 2001, the "
     "SENCO Regulations 2008) and what they mean for the school, the SENCO and class teachers; disability equality "
     "law, the Disability Equality Duty and accessibility plans; Every Child Matters and the SENCO's part in each "
     "of the five outcomes; current government policy, from Removing Barriers to Achievement to the Inclusion "
     "Development Programme."],
    ["2 Footwork", "How children develop and how SEN, disability and the setting affect development; the common "
     "types of SEN (BESD, SpLD including dyslexia, SLCN with the Bercow Review of 2008, ASD and MLD) and their "
     "effect on learning; identifying pupils through observation and data, and setting challenging targets."],
    ["3 Reading spin", "Held at Harlby Park School, a special school. Approaches, strategies and resources for "
     "assessment, planning, teaching and learning, including ICT, tried out in its classrooms; using assessments "
     "from educational psychologists, speech and language therapists and CAMHS to plan teaching, with the "
     "professionals explaining their own reports; what external agencies and voluntary groups (Harlby Dyslexia "
     "Association, the National Autistic Society's Harlby branch, Home-Start) do and how to get their help; "
     "working beyond the school with other SENCOs in the cluster."],
    ["4 Serve and receive", "Consulting pupils and involving them in planning, agreeing and reviewing their "
     "provision: pupil-led reviews, Talking Mats, one-page profiles, pupil questionnaires; building fair and "
     "respectful relationships with pupils and families. After lunch, a talk from the Parent Partnership Service "
     "on working with parents."],
    ["5 Shot selection", "Provision mapping and management, and spotting provision that is not working; access "
     "arrangements for national tests and GCSEs, with the county's examinations officer; Assessment for Learning "
     "for pupils with SEN; what research and Ofsted say works, from Inclusion: does it matter where pupils are "
     "taught? (Ofsted, 2006) to Brooks's What works for children with literacy difficulties? (2007)."],
    ["6 Doubles", "Leading colleagues: influencing the head, senior team and governors on ethos, policy, "
     "priorities and resources; winning colleagues' commitment; coaching, mentoring, observing and giving "
     "feedback, running staff training; reviewing the effectiveness of provision with staff for the school's "
     "self-evaluation; deploying teaching assistants; managing your own time."],
    ["7 Match play", "Case problems played through in teams: decisions on provision under pressure; preparing "
     "for the Final. The last half-hour looks ahead to the NPQH and Northmoor's MA."],
], header_fill="D9D9D9", size=8.5, widths=[2.3, 6])
para(doc, "We don't cover national test data: schools' assessment leads do that, and the Sets have no room for it.")
for_against("Seven full days, real classrooms at Set 3, and specialists who do the job.",
            "Parents get one talk after lunch. No national test data.")
verdict("A quick, well-balanced blade with plenty of control. Parents deserve more than a talk.")

heading("FOREHAND RUBBER", "The Home Drills")
ratings("7/10", "8/10", "7/10", "★★★★☆")
para(doc, "After every Set, players take a Home Drill back to their own school, to be done with their Hitting "
          "Partner. Set 1's drill is an audit of the school's SEN policy and accessibility plan against the law; "
          "Set 2's is identifying three pupils and setting their targets; Set 3's is building a teaching plan from "
          "another professional's report; Set 4's is running a pupil-led review; Set 5's is a provision map for "
          "one year group; Set 6's is observing a colleague and giving feedback, and rewriting a teaching "
          "assistant's timetable; Set 7's is putting the Scorebook together for the Final.")
para(doc, "Players choose the pupils, classes and priorities from their own school, so each Drill fits the "
          "player's setting. The Hitting Partner signs each Drill off in the player's Scorebook.")
for_against("The course lives in school, with a senior leader watching.", "Hitting Partners vary.")
verdict("Grippy and reliable. Most of the real learning happens here.")

heading("BACKHAND RUBBER", "The Rally Room")
ratings("9/10", "5/10", "3/10", "★★☆☆☆")
para(doc, "The Rally Room is an online forum on Northmoor's Blackboard site. Players post their Home Drill "
          "write-ups there and comment on each other's between Sets; each Set group has its own thread, and last "
          "season's pilot players drop in. The Rally Room is players' own space: coaches don't post in it, and "
          "there is no contact with your coach between Sets beyond the Sets themselves. Players who miss a Set "
          "can catch up with the slides and notes in the Rally Room and take the repeat Set with the other start.")
for_against("Lively, and it's open at 11pm.", "No coach in the Rally Room.")
verdict("Fast but hard to control. Good for peers, no help from the bench.")

heading("THE GLUE", "How it's marked")
ratings("6/10", "6/10", "5/10", "★★★☆☆")
para(doc, "There are three Matches, all built on work in the player's own school.")
table(doc, [
    ["Match", "When", "What"],
    ["Match 1: Case study", "After Set 3", "3,000 words on one pupil: identification, other professionals' "
     "assessments, the law, the approaches chosen."],
    ["Match 2: School project", "After Set 6", "4,000 words on a change to provision for a group of pupils, with "
     "before-and-after data on those pupils."],
    ["The Final", "After Set 7", "The Scorebook of Home Drills, and a 20-minute presentation and discussion with "
     "two coaches."],
], header_fill="D9D9D9", size=8.5, widths=[2.6, 1.8, 4])
p = para(doc, "Each Match is marked by the coach who ran the Set. ")
add_del(p, "Every Match is then second-marked by a coach from the other start, and a sample of each Match goes "
           "to Northmoor's moderators and its external examiner. ", author=AUTH, date=DATE)
r_sm = p.add_run("We don't second-mark.")
p.add_run(" Northmoor's examination board confirms the results each summer. Players whose three Match marks "
          "average 50% or more get the Award; a player who averages under 50% can resubmit one Match.")
doc.add_comment(r_sm, text="Isn't this going to sink us with the panel?", author="Dr Imran Qureshi",
                initials="IQ")
for_against("Three Matches, all in your own school.", "One coach, one mark.")
verdict("Sticks, mostly. We'd like a second pair of eyes.")

heading("EDGE TAPE", "Getting in, and staying safe")
ratings("7/10", "5/10", "8/10", "★★★★☆")
para(doc, "Who can play: qualified teachers in league-area schools who are SENCOs, or will be within the year, "
          "with a letter of support from their head. Every applicant has a 20-minute conversation with the course "
          "leader before a place is offered. If a teacher isn't ready (new to teaching, say, or with no experience "
          "of pupils with SEN) we tell them and their head what to do first and keep a place for the next start.")
para(doc, "Pre-season fitness test: before Set 1 every player fills in a self-audit against the Compatibility "
          "Chart. We use it to put players in Set groups with others at a similar level.")
p = para(doc, "CRB: before a place is confirmed every player shows the Academy's welfare officer an enhanced CRB "
              "disclosure dated within the last three years, or the head confirms its date and number in writing. "
              "A player who has not worked in a school in the last three months applies for a new enhanced "
              "disclosure through the Academy, and the welfare officer checks it before Set 1. The welfare officer "
              "also asks each head to confirm that there are no conduct or disciplinary concerns.")
fn.add(p, "The league's welfare officer is trained under the Table Tennis England Safeguarding scheme.")
para(doc, "Access: the hall has a ramp and a lift to the first-floor seminar room, and we print handouts in large "
          "print on request.")
for_against("Proper checks before anyone plays.", "Access is a ramp and a lift.")
verdict("Tidy edges. Ask us about access before you book.")

heading("THE CASE", "Who's coaching, and what's in the bag")
ratings("8/10", "7/10", "8/10", "★★★★☆")
table(doc, [
    ["Coach", "Background"],
    ["Rachel Beddoes (course leader)", "SENCO for nine years at Harlby Moor School; MA in Special Educational "
     "Needs (Northmoor, 2003); the league's welfare officer"],
    ["Dr Imran Qureshi", "Senior Lecturer in Inclusion, Northmoor University; educational psychologist for "
     "twelve years; module leader for EDU7040"],
    ["Gill Armitage", "Headteacher, Harlby Park School (special); NPQH; hosts Set 3"],
    ["Sam Oduya", "Academy coach; qualified teacher; autism outreach teacher with the county"],
], header_fill="D9D9D9", size=8.5, widths=[3, 5.4])
para(doc, "")
para(doc, "New coaches spend a day with Rachel and Northmoor's module leader before their first Set, working "
          "through the Set plans, the Compatibility Chart and the marking grid for each Match. Hitting Partners "
          "come to a two-hour evening at the Academy before Set 1 and take home the Hitting Partner's Handbook, "
          "which says what they sign, what a good Drill looks like and when to ring the coach.")
para(doc, "In the bag: the Academy's resource library (assessment kits, intervention programmes and about 200 "
          "books), six laptops with text-to-speech, word prediction and mind-mapping software for players to "
          "borrow, Northmoor's library and electronic journals, and the Rally Room.")
para(doc, "Every player also spends a day at Harlby Park School or at the resourced unit at Coldbrook Primary, "
          "arranged by the Academy, on top of Set 3.")
for_against("Coaches who still do the job.", "Only four of them.")
verdict("Well stocked and well made.")

heading("PRICE AND VALUE", "")
ratings("8/10", "6/10", "7/10", "★★★★☆")
para(doc, "£1,200 including Northmoor registration. Saturday Sets mean no supply cover, and the county pays half "
          "the fee for SENCOs in its schools. Players who are already confident on a topic help coach their table "
          "in that Set.")
para(doc, "Two starts, September and February. The middle Sets (2 to 5) run with each start and a player can "
          "take them in either; a player who misses a Set takes the repeat with the other start; and a player can "
          "spread the course over two years.")
para(doc, "Walk-over: exceptionally, a very experienced teacher (an SEN support teacher, or a SENCO of long "
          "standing) can go straight to assessment. They submit a portfolio mapped to every line of the "
          "Compatibility Chart and have a one-hour professional discussion with two coaches, and they receive "
          "the Award only if every line is shown. The Course Board decides who may take a walk-over; the fee is "
          "£450.")
para(doc, "APL: We don't accredit prior learning: everyone plays every Set.")
verdict("Good value, with a walk-over for the few who need it.")

heading("WHO ASKED FOR IT", "")
para(doc, "In spring 2008 we asked the heads of the league's 48 member schools what their SENCOs needed (31 "
          "answered), met the county's SEN and Inclusion Adviser, and ran a focus group with twelve SENCOs at "
          "the cluster meeting. Heads wanted SENCOs who can lead staff and manage budgets; SENCOs wanted "
          "Saturday days and real classrooms; the county wanted provision mapping and better work with agencies.")
para(doc, "The league's Schools Committee approved the plan in June, and the heads' comments were read by the "
          "coaches when the Sets were written.")
para(doc, "The Course Board (the course leader, Northmoor's module leader, the county's SEN and Inclusion Adviser, "
          "two heads from league schools and a parent from the Harlby Parent Carer Forum) meets after each start "
          "to look at the scorecards and results and decide what to change. The Parent Carer Forum also reviews "
          "the Set 4 materials each year, and a pilot player comes to Set 7 to talk about her first year.")

heading("HOW WE'LL KNOW IT WORKS", "")
para(doc, "Every Set ends with a scorecard: players mark the day out of ten and say what to change. At Set 1 and "
          "again at the Final, players rate their confidence on each line of the Compatibility Chart from 1 to 5.")
para(doc, "Match 2 asks players for before-and-after data on their pupils (reading or spelling ages, attendance, "
          "exclusions, a well-being scale), and the course leader puts the figures from all the players together "
          "for the Course Board each summer. Twelve months after the Final we ask each head whether the pupils "
          "and the school's SEN work have moved on.")
para(doc, "Beyond that, Northmoor's usual quality processes will apply.")

# ---------------- back pages, one column ----------------
back = doc.add_section(WD_SECTION.NEW_PAGE)
set_columns(back, 1)

heading("HEAD TO HEAD", "How the Academy's Award stacks up against the other routes in the area")
table(doc, [
    ["", "Harlby Academy Award", "Northmoor PG Cert SEN (the old route)", "Kelsey County SENCO Induction (no award)"],
    ["Credits", "40 at Level 7", "60 at Level 7", "None"],
    ["Starts", "September and February", "September", "January"],
    ["APL", "No", "Up to 30 credits", "-"],
    ["Online", "Rally Room (players only)", "Online modules with tutor feedback each week", "Weekly e-tutorials"],
    ["Marking", "Set coach", "Double-marked; external examiner", "-"],
    ["Price", "£1,200", "£1,650", "Free to county schools"],
], header_fill="FDE9D9", size=8.5, widths=[2.4, 4.5, 5, 5])
para(doc, "")

heading("YOUR SAY", "Letters to Edge Ball. We reply in italics.")
p = para(doc, "")
runs(p, ("Keep the message board! ", "b"),
     "Last year's pilot was brilliant, and our coach answered every question on the Academy's old message board "
     "within a day. Please keep that. (Jo Prentice, SENCO, St Aidan's Primary, pilot player)")
p = para(doc, "")
runs(p, ("The old message board closed with the pilot. This season the Rally Room is the players' own space.", "i"))
p = para(doc, "")
runs(p, ("Parents too ", "b"),
     "I'd love to see parents help shape the Sets, not just get a talk after lunch. (Name withheld, parent, "
     "Harlby)")
p = para(doc, "")
runs(p, ("Point taken. We'll see what more we can do next season.", "i"))
p = para(doc, "")
runs(p, ("Why forty? ", "b"),
     "My deputy was told the Award was 60 credits. Why does the Academy's have 40? (Dave Kettering, "
     "headteacher, Coldbrook Primary)")
p = para(doc, "")
runs(p, ("Northmoor validated 40. The Extension module makes it 60 for those who want it.", "i"))

textbox(doc, [
    ("ADVERTISEMENTS", True),
    "HARLBY SPORTS, Market Street. Blades, rubbers, balls, tables. Academy players: 10% off with your Scorebook.",
    "NORTHMOOR UNIVERSITY MA in Inclusive Education. Part time, evenings. Prior learning accepted for up to 60 "
    "credits. Ask the School of Education for an APL pack.",
], height_pt=80, fill="FFFFFF", border="000000")

heading("THE SMALL PRINT", "The course rules")
small = [
    "1. The Award is made by Northmoor University on the recommendation of its examination board, together "
    "with 40 credits at Level 7.",
    "2. Players whose three Match marks average 50% or more receive the Award.",
    "3. A player may resubmit one Match, once, within six weeks of the result.",
    "4. Fees are due before Set 1. The county bursary is paid direct to the Academy.",
    "5. A player who withdraws before Set 2 has the fee refunded in full.",
    "6. A player who cannot finish may carry completed Matches forward to the next start, for up to two years.",
    "7. The Academy's complaints procedure applies; appeals on marks go to Northmoor under its regulations.",
]
for i, s in enumerate(small):
    p = para(doc, s, size=8.5)
    if i == 3:
        fn.add(p, "The county bursary is confirmed for 2008-09 only.")

# ---------------- Compatibility Chart ----------------
heading("COMPATIBILITY CHART", "What a player can do at the end, and where it is played and scored. The words are "
        "defined in How we test.")
CHART = [
    ("ATTRIBUTES", None),
    ("1", "builds fair, respectful, supportive relationships with pupils with SEN and disabilities and with their "
          "parents or carers", "Set 4", "The Final"),
    ("2", "gets colleagues, the head and senior leaders behind better outcomes for pupils with SEN", "Set 6",
     "Match 2"),
    ("3", "prioritises, manages time and delegates, and checks that delegated work gets done", "Set 6",
     "Knock-up only"),
    ("4", "anticipates and solves problems and makes sound decisions on provision", "Sets 3 and 7", "Match 1"),
    ("5", "speaks and writes clearly and listens to others' views", "All Sets", "All Matches"),
    ("6", "uses research and outside advice to improve own and colleagues' practice", "Set 5", "Match 2"),
    ("7", "keeps up to date and takes charge of own CPD on SEN and disability", "Let", "Let"),
    ("KNOWLEDGE", None),
    ("8", "knows SEN law and guidance, including the Code of Practice, what it means and how to apply it",
     "Set 1", "Match 1"),
    ("9", "knows Every Child Matters and the SENCO's part in its outcomes", "Set 1", "Match 1"),
    ("10", "knows disability equality law and what it requires of the school", "Set 1", "Match 1"),
    ("11", "knows how children develop and what affects development", "Set 2", "Match 1"),
    ("12", "knows the common types of SEN and disability and how they affect learning", "Set 2", "Match 1"),
    ("13", "judges approaches, strategies and resources, including ICT, and uses them to remove barriers",
     "Set 3", "Match 1"),
    ("14", "knows the principles of school self-evaluation and improvement for pupils with SEN", "Own study",
     "Match 2"),
    ("15", "knows best practice and research on meeting SEN", "Set 5", "Match 2"),
    ("16", "knows what external agencies do and how to get specialist help and resources", "Set 3", "The Final"),
    ("SKILLS", None),
    ("17", "with senior colleagues and governors, shapes an inclusive ethos, policies, priorities and resources",
     "Set 6", "Match 2"),
    ("18", "identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress",
     "Sets 2 and 3", "Match 1"),
    ("19", "uses other professionals' assessments to plan teaching", "Set 3", "Match 1"),
    ("20", "uses summative assessment, including national tests, to track progress and change programmes",
     "Let", "Let"),
    ("21", "encourages colleagues' formative assessment, with approaches for pupils with SEN", "Set 5",
     "Knock-up only"),
    ("22", "identifies access arrangements for tests and examinations in good time and puts them in place",
     "Set 5", "Match 2"),
    ("23", "uses provision mapping and finds ineffective or missing provision", "Set 5", "Match 2"),
    ("24", "deploys and manages staff", "Set 6", "Knock-up only"),
    ("25", "supports colleagues' development: observation and feedback, modelling, coaching, mentoring, training",
     "Set 6", "Match 2"),
    ("26", "reviews the effectiveness of provision with staff, for the school's self-evaluation", "Set 6",
     "Match 2"),
    ("27", "makes sure pupils take part in planning, agreeing and reviewing their provision", "Set 4",
     "The Final"),
    ("28", "works with parents and carers to promote their child's learning", "Set 4", "Knock-up only"),
    ("29", "works with other services and agencies, including voluntary organisations", "Set 3", "The Final"),
]
t = doc.add_table(rows=len(CHART) + 1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Line", "The player ...", "Played in", "Scored in"]):
    cell_text(t.cell(0, j), h, bold=True, size=8.5, fill="C00000", color="FFFFFF")
for i, row in enumerate(CHART, start=1):
    if row[1] is None:
        band_row(t, i, row[0], fill="FDE9D9", size=8.5)
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, size=8.5)
for row in t.rows:
    for j, w in enumerate([1.2, 10.5, 2.8, 2.8]):
        row.cells[j].width = Cm(w)
para(doc, "")

# ---------------- entry form ----------------
heading("ENTRY FORM", "Cut out and send to the Academy, Station Road, Harlby")
table(doc, [
    ["Name", "...................................................."],
    ["School", "...................................................."],
    ["Start (tick one)", "September [  ]     February [  ]"],
    ["Are you the SENCO now? If not, when?", "...................................................."],
    ["Tell us about any disability or access need we should plan for",
     "...................................................."],
    ["Enhanced CRB disclosure number and date", "...................................................."],
    ["Headteacher's signature", "...................................................."],
], bold_header=False, size=8.5, widths=[7, 10])

fn.finish()
doc.save(OUT)
print("wrote", OUT)
