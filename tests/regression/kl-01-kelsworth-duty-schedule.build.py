"""kl-01-kelsworth-duty-schedule

Provider (invented): the Kelsworth Transit Community and Schools Partnership (the
community and schools arm of Kelsworth Transit, a city bus and tram operator), with the
University of Aldermoor (School of Education), Kelsworth City Council and Ormsdale MBC.
Course: "Leading the Line", the National Award for SEN Coordination, January 2009.

Document kind and layout: the course written up as a depot DUTY SCHEDULE from the
operator's Schedules Office, as bus and tram crews receive it at a programme change:
a schedule particulars table; "HOW TO READ THIS SCHEDULE" with a two-column table of
terms (Duty = study day, Running Board, Trip, Crew = participants, Driver Trainer =
tutor, Conductor = school mentor, Ride Check = marked piece, Depot Practice = unmarked
task, Home Depot = the crew member's school, Boarding = intake); no heading styles
(titles are bold capitals with typed numbers "SECTION 4"); twelve duty cards
(Duties 101-112) as tables with a merged, shaded title row, sign-on / sign-off /
spreadover / place rows, trips and relief; a "NOTICE TO CREWS" text box (wps with VML
fallback); a Ride Check table; a "ROUTE ALLOCATION CHART" of the 29 outcomes in the
operator's own words as "Stops" with merged, shaded group rows, its key given only in
sentences above it ("Dead run only", "Ride check only", "Not allocated",
"Withdrawn"); a Schedule Change Log table; tracked changes (one deleted sentence,
one inserted clause); two Word comments; header and footer.

Traps (requirement ids):
- Pupil voice trip ran in the 2007-08 pilot and "is not in this schedule" (past
  arrangement; Change Log "Withdrawn") -> 1.5 not_met, 6.S7 not_met.
- "Duty 199 Direct Pass-Out" shown as WITHDRAWN -> 2.3 not_met.
- APL only for the university's certificated module; "Experience alone is not
  credited"; a comment about crediting experience is not part of the submission
  -> 2.1 partially_met.
- "what is new in SEN and disability" in general terms, no research or inspection
  evidence named -> 1.3 partially_met.
- Venue access only (step-free, hearing loop) in the text box; nothing on
  disclosure or adjustments to assessment -> 3.1 partially_met.
- No e-learning: "no online running" -> 3.3 not_applicable. The operator's journey
  planner website and e-mail are not e-learning.
- Headteachers attend the Depot Talk (delivery/assessment), but joining the
  Schedule Review is only "We would like" -> 4.3 partially_met.
- CRB: the Partnership's own Driver Trainers are checked; for crew the school only
  ticks a box on the nomination form; no List 99 or previous-employer checks
  -> 5.3 partially_met.
- Placements only if a head releases the crew member; "the Partnership does not
  arrange this" -> 5.5 partially_met (specialist speakers are named).
- Conductors are "not trained by the Partnership" -> 5.7 partially_met.
- Pupil baseline measure exists only in a tracked DELETION; only the crew's
  Confidence Card remains -> 5.9 partially_met.
- Award for passing four Ride Checks, with the chart showing Stops no Ride Check
  looks at -> 6.0 and 1.9 partially_met.
- School self-evaluation is taught only in trip 109/3, a tracked INSERTION (part of
  the submission); the chart gives Duty 109 and RC3 -> 6.K7 met.
- The footer claims "All Driver Trainers and crew hold enhanced CRB disclosures":
  a footer is not part of the submission (5.3 stays partially_met).
- Chart cells: "Dead run only" (taught, not assessed): 6.A3, 6.A7, 6.S2c, 6.S9
  partially_met; "Ride check only" (assessed, not taught): 6.S2d partially_met;
  "Not allocated": 6.K4 not_met (a comment asks to put it back: not part of the
  submission); "Withdrawn": 6.S7 not_met.
- Section numbers are the schedule's own; the "3.3" spreadover figure of 3.3 hours
  in a duty card is not requirement 3.3.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _kl_helpers import (cell, shade, table, para, runs, tracked, tracked_para, text_box,
                         header_footer, word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "KELSWORTH TRANSIT  |  SCHEDULES OFFICE  |  DUTY SCHEDULE KT/SEN/09",
              "Issued to crews and Driver Trainers only. All Driver Trainers and crew hold enhanced CRB "
              "disclosures. Page numbers are on the running board copies.")


def title(text):
    para(doc, text, bold=True, size=12)


para(doc, "KELSWORTH TRANSIT", bold=True, size=16, align="center")
para(doc, "Community and Schools Partnership", bold=True, size=12, align="center")
para(doc, "DUTY SCHEDULE KT/SEN/09 \u2013 \u201cLEADING THE LINE\u201d", bold=True, size=14, align="center")
para(doc, "National Award for SEN Coordination, in partnership with the University of Aldermoor",
     italic=True, align="center")

table(doc, [
    ["Schedule particulars", ""],
    ["Schedule number", "KT/SEN/09 (supersedes KT/SEN/08, the 2007-08 pilot schedule)"],
    ["Depot", "Learning Centre, first floor, Kelsworth Road Tram Depot, Kelsworth KW3 2TR"],
    ["Effective", "Boarding A: Monday 12 January 2009. Boarding B: Monday 14 September 2009"],
    ["Route", "Leading the Line \u2013 Postgraduate Certificate in Special Educational Needs Coordination"],
    ["Operated jointly with", "University of Aldermoor, School of Education; Kelsworth City Council Inclusion "
                              "Service; Ormsdale Metropolitan Borough Council Learning Support Service"],
    ["Prepared by", "Schedules Office, Community and Schools Partnership (R. Ashworth, Schedules Clerk)"],
    ["Approved by", "Programme Controller: Mrs Janet Pickersgill MA, NPQH"],
])

para(doc)
title("SECTION 1   HOW TO READ THIS SCHEDULE")
para(doc, "This schedule is set out the way every Kelsworth Transit duty schedule is set out, because the "
          "people who run the Partnership work alongside the people who run the buses and trams, and because "
          "the teachers who join it have told us they like it. The words below have the following meanings "
          "everywhere in this schedule.")
table(doc, [
    ["Term", "What it means on this route"],
    ["Crew", "The teachers taking the Award. Each crew member is a teacher new to the SENCO role, or about to "
             "take it up, in a school in Kelsworth or Ormsdale."],
    ["Duty", "A study day. There are twelve Duties, numbered 101 to 112."],
    ["Running Board", "The list of what is covered on a Duty, trip by trip."],
    ["Trip", "A session within a Duty, shown as 104/2 (Duty 104, second trip)."],
    ["Sign on / Sign off", "The times the Duty starts and finishes."],
    ["Spreadover", "The hours between sign on and sign off, including the meal relief."],
    ["Driver Trainer", "A tutor. Driver Trainers teach the Duties and mark the Ride Checks."],
    ["Conductor", "A mentor in the crew member's own school, usually a deputy head or an experienced SENCO."],
    ["Home Depot", "The crew member's own school."],
    ["Depot Practice", "A task done between Duties in the Home Depot. Depot Practice is talked through on the "
                       "next Duty but is never marked."],
    ["Ride Check", "A marked piece of work. There are four Ride Checks, RC1 to RC4, and they are marked by the "
                   "Driver Trainers under the University's regulations."],
    ["Stop", "One of the outcomes a crew member has to reach. The Stops are listed in the Route Allocation "
             "Chart in Section 7."],
    ["Boarding", "An intake of crew. There are two Boardings a year."],
])

para(doc)
title("SECTION 2   SCHEDULE PURPOSE")
para(doc, "Kelsworth Transit carries more than nine thousand children to and from school every weekday, and "
          "about four hundred of them travel on our accessible school services because they have a disability "
          "or special educational needs. The Community and Schools Partnership was set up in 2004 to work with "
          "schools on travel training, safety and citizenship. This schedule is the Partnership's second Award "
          "route and the first to be offered for national approval.")
para(doc, "The purpose of the route is to raise the achievement and improve the well-being of children and "
          "young people with special educational needs and disabilities in Kelsworth and Ormsdale schools by "
          "improving what their SENCOs know, understand and can do. We mean achievement in the full sense of "
          "the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
          "positive contribution and achieving economic well-being. Every Duty names the outcomes for pupils "
          "its trips are aimed at, and each Ride Check asks the crew member to show what difference their work "
          "has made to particular pupils' learning, safety, health or independence. Ride Check 3 is judged "
          "partly on the progress and well-being of the pupils the crew member has chosen to work with.")
para(doc, "Each Duty brings crews up to date with what is new in SEN and disability, and the Driver Trainers "
          "keep the running boards current.")
para(doc, "The route is accredited by the University of Aldermoor as a Postgraduate Certificate of 60 credits "
          "at Master's level (M level, Level 7), made up of two 30-credit modules: ALD7101 Leading Provision "
          "for Learners with SEN (Duties 101 to 106, Ride Checks 1 and 2) and ALD7102 The SENCO as Leader of "
          "Change (Duties 107 to 112, Ride Checks 3 and 4). The University validated both modules on 3 "
          "December 2008 and awards the certificate; the Partnership delivers the Duties under a memorandum of "
          "co-operation signed by both parties.")

para(doc)
title("SECTION 3   BOARDING")
para(doc, "3.1  Who may board. ", bold=True)
para(doc, "Crew must hold Qualified Teacher Status, be employed in a Kelsworth or Ormsdale school, and either "
          "hold the SENCO role or be named by their headteacher to take it up within the year. The headteacher "
          "signs the nomination form, which also commits the school to release the crew member for the twelve "
          "Duties and to name a Conductor. Every applicant has a twenty-minute boarding interview with a "
          "Driver Trainer, who uses the Pre-service Inspection (below) to judge whether the applicant has "
          "enough knowledge and experience of SEN to reach every Stop within the year. Where an applicant is "
          "not yet ready, the Driver Trainer writes to them and to the headteacher setting out what they need "
          "to do first (usually a term shadowing the present SENCO and the Council's free Inclusion "
          "Essentials course) and offers a place on the next Boarding.")
para(doc, "3.2  Checks. ", bold=True)
para(doc, "All Kelsworth Transit staff who work with children, including every Driver Trainer, hold an "
          "enhanced CRB disclosure renewed every three years by the company's Human Resources department. For "
          "crew, the nomination form carries a box in which the headteacher ticks to confirm that the crew "
          "member holds a current enhanced CRB disclosure. The Partnership does not make any further checks.")
para(doc, "3.3  Pre-service Inspection and Personal Running Board. ", bold=True)
para(doc, "Before Duty 101 each crew member completes the Pre-service Inspection, a self-audit that lists "
          "every Stop on the Route Allocation Chart and asks them to rate themselves (Green: confident and can "
          "show it; Amber: partly; Red: new to me) and to give one piece of evidence for every Green. The "
          "Driver Trainer goes through the audit at the boarding interview, checks the Greens against the "
          "evidence, and agrees with the crew member a Personal Running Board: the Stops they most need to "
          "work on, the optional trips they will take, and two or three personal targets for the year. The "
          "Personal Running Board is reviewed on Duty 106 and again on Duty 111.")
para(doc, "3.4  Transfers. ", bold=True)
p = para(doc, "Crew who have already passed the University's 20-credit module ALD6050 Inclusion in Practice, or "
              "an equivalent certificated M-level module from another university within the last five years, "
              "may transfer up to 20 credits against ALD7101 under the University's accreditation of prior "
              "certificated learning regulations. Experience alone is not credited.")
doc.add_comment(p.runs[0], text="APEL? Could we credit experience as well? The University says maybe from "
                "2010 \u2013 RA", author="R. Ashworth", initials="RA")
para(doc, "3.5  Duty 199. ", bold=True)
table(doc, [
    ["DUTY 199 \u2013 DIRECT PASS-OUT", "WITHDRAWN"],
    ["Was", "A route for experienced SENCOs to go straight to the Ride Checks without working any Duties."],
    ["Status", "Withdrawn from this schedule on the University's advice. Not operated in 2009."],
], header_fill="F4CCCC")

para(doc)
text_box(doc, "NOTICE TO CREWS", [
    "The Learning Centre is on the first floor of Kelsworth Road Tram Depot. There is a lift from the staff "
    "entrance, step-free access throughout and a hearing loop in both training rooms.",
    "Crews travel free on all Kelsworth Transit buses and trams on Duty days: show your Crew Pass to the "
    "driver. Car parking is in the depot yard (gate 3).",
    "Check the journey planner on the Kelsworth Transit website before you travel.",
], rid=1)

para(doc)
title("SECTION 4   ROUTES AND BOARDINGS")
para(doc, "The route runs twice a year. Boarding A signs on in January and finishes in December; Boarding B "
          "signs on in September and finishes the following July. Duties 101 to 103 and 110 to 112 are worked "
          "in order, but Duties 104 to 109 can be worked in any order, so a crew member who misses one can "
          "pick it up with the other Boarding. Any Duty from 104 to 109 can be worked as a split duty: two "
          "twilight halves (16:00 to 19:00) on consecutive weeks instead of one full day, for crew whose "
          "schools cannot release them for a whole day. Most crew finish in one year; crew who need longer "
          "can take up to two years, moving to the next Boarding for the Duties they still need.")
para(doc, "There is no online running on this schedule. All Duties are worked at the depot or in schools, and "
          "Driver Trainers answer crew questions by telephone or e-mail between Duties.")
para(doc, "The fee is \u00a31,150 for the whole route, including the University's registration. The two "
          "Councils pay half the fee for crew from their maintained schools, and the TDA subsidy is used to "
          "keep the fee below that of the University's open programme. Optional trips are booked on the "
          "Personal Running Board so that crew do not sit through trips on Stops they have already shown.")

para(doc)
title("SECTION 5   DUTY CARDS")
para(doc, "Each card shows one Duty. The Relief line names the Driver Trainer who leads the Duty. Meal "
          "relief is always 12:15 to 12:45.")

DUTIES = [
    ("101", "Signing on: the SENCO role and Every Child Matters", "09:15", "15:45",
     "Learning Centre",
     ["101/1 The SENCO's job in a Kelsworth school: what the role is and is not",
      "101/2 Every Child Matters: the five outcomes and what the SENCO does towards each",
      "101/3 Speaking and writing as a leader: the crew member's first briefing to staff",
      "101/4 Confidence Card; Personal Running Boards handed out"],
     "Write a one-page description of SEN provision in the Home Depot as it is now.",
     "Janet Pickersgill"),
    ("102", "The law and the Code", "09:15", "15:45", "Learning Centre",
     ["102/1 The SEN Code of Practice (2001), the Education Act 1996 Part IV and statutory assessment",
      "102/2 The Disability Discrimination Act 1995 as amended in 2005: the disability equality duty, "
      "reasonable adjustments and accessibility plans",
      "102/3 Removing Barriers to Achievement and the government's current SEN initiatives",
      "102/4 What the law means for the crew member's own school policy"],
     "Check the Home Depot's SEN policy and accessibility plan against the law.",
     "Dr Owen Garside"),
    ("103", "Finding out and planning", "09:15", "15:45", "Learning Centre",
     ["103/1 Identifying pupils who may have SEN: early signs, screening and referral",
      "103/2 Setting challenging targets, planning the intervention, reviewing progress",
      "103/3 Using summative data: national test results, teacher assessment and tracking software, "
      "and adjusting programmes when pupils fall behind",
      "103/4 Managing the SENCO's time: priorities, a week's diary and what to delegate"],
     "Bring anonymised tracking data for five pupils to Duty 104.",
     "Dr Owen Garside"),
    ("104", "Knowing the needs", "09:15", "15:45", "Learning Centre",
     ["104/1 The common needs: behavioural, emotional and social difficulties; specific learning "
      "difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
      "disorders; moderate learning difficulties, and how each affects learning",
      "104/2 What works: best practice and findings from research on interventions for these needs",
      "104/3 Taking advice: reading a specialist report and using it in class"],
     "Read two research summaries from the Depot Library.",
     "Helen Marsden"),
    ("105", "Working with colleagues", "09:15", "15:45", "Learning Centre",
     ["105/1 Gaining the commitment of the headteacher, senior leaders and teachers",
      "105/2 Coaching, modelling, observation and feedback: supporting colleagues' professional development",
      "105/3 Helping teachers use formative assessment with pupils with SEN",
      "105/4 Deploying and managing teaching assistants and other staff; colleagues beyond the school: "
      "cluster SENCOs and specialist teachers"],
     "Observe a colleague and give feedback using the 105/2 model.",
     "Helen Marsden"),
    ("106", "Teaching, resources and provision", "09:15", "15:45", "Learning Centre",
     ["106/1 Approaches, strategies and resources for assessment, planning, teaching and learning, "
      "including ICT and assistive technology, looked at critically",
      "106/2 Provision mapping and provision management: finding provision that is missing or not working",
      "106/3 Solving problems and making decisions about provision: case work in threes",
      "106/4 Personal Running Board review with the Driver Trainer"],
     "Draft a provision map for one year group.",
     "Dr Owen Garside"),
]
DUTIES2 = [
    ("107", "Other services", "09:15", "15:45", "Ormsdale Civic Centre",
     ["107/1 The scope and role of external agencies: educational psychology, speech and language "
      "therapy, CAMHS, sensory support, social care, and how to get their help",
      "107/2 Using assessments from a range of professionals to plan teaching",
      "107/3 Working with voluntary organisations: Kelsworth Parent Partnership and Ormsdale Autism Support",
      "107/4 Multi-agency meetings and the Common Assessment Framework"],
     "Map the agencies that work with the Home Depot.",
     "Helen Marsden"),
    ("108", "Families on board", "09:15", "15:45", "Learning Centre",
     ["108/1 Fair, respectful and constructive relationships with pupils and their parents and carers",
      "108/2 Advising and supporting parents; working in partnership at reviews",
      "108/3 Parents tell their stories: a panel from Kelsworth Parent Partnership",
      "108/4 Liaising with families who find school hard to approach"],
     "Plan a meeting with the parents of one pupil and ask the Conductor to sit in.",
     "Janet Pickersgill"),
    ("109", "Leading the school", "09:15", "15:45", "Learning Centre",
     ["109/1 Working with senior colleagues and governors on an inclusive ethos, policy, priorities and "
      "the SEN budget",
      "109/2 Reviewing and evaluating the effectiveness of provision with other staff"],
     "Interview a governor about SEN in the school development plan.",
     "Janet Pickersgill"),
    ("110", "Change on the line", "09:15", "15:45", "Learning Centre",
     ["110/1 Planning a change project for the Home Depot (Ride Check 3)",
      "110/2 Drawing on research evidence and external advice to improve practice",
      "110/3 Presenting the project plan to the group"],
     "Agree the change project with the headteacher and the Conductor.",
     "Dr Owen Garside"),
    ("111", "Checking the running", "13:00", "16:18", "Home Depot visit",
     ["111/1 Driver Trainer visits the crew member in the Home Depot (spreadover 3.3 hours)",
      "111/2 Personal Running Board review; evidence for the Ride Check Log"],
     "Finish Ride Check 3.",
     "Visiting Driver Trainer"),
    ("112", "Signing off", "09:15", "15:45", "Learning Centre",
     ["112/1 The Depot Talk (Ride Check 4)",
      "112/2 Keeping up to date and taking charge of one's own professional development in SEN",
      "112/3 Next Timetable: each crew member drafts professional targets for the next two years to take "
      "to their performance management review, and the Driver Trainer comments on it in writing",
      "112/4 Confidence Card"],
     "None.",
     "Janet Pickersgill"),
]


def duty_card(d, rid_ins=None):
    num, name, on, off, place, trips, practice, relief = d
    rows = [
        [f"DUTY {num} \u2013 {name.upper()}", ""],
        ["Sign on / Sign off", f"{on} / {off}"],
        ["Place", place],
        ["Running board", "\n".join(trips)],
        ["Depot Practice", practice],
        ["Relief", relief],
    ]
    t = table(doc, rows, header_fill="BDD7EE")
    t.cell(0, 0).merge(t.cell(0, 1))
    cell(t.cell(0, 0), rows[0][0], bold=True, size=9)
    para(doc)
    return t


for d in DUTIES:
    duty_card(d)
for d in DUTIES2:
    t = duty_card(d)
    if d[0] == "109":
        p = t.cell(3, 1).add_paragraph()
        tracked(p, "109/3 School self-evaluation and improvement: how the school judges its SEN outcomes, "
                   "and the SENCO's part in the self-evaluation form", "ins", rid=11)

para(doc, "Pupil voice. The trip on consulting pupils (107/5, Hearing the Passengers) ran in the 2007-08 "
          "pilot and is not in this schedule.")

para(doc)
title("SECTION 6   RIDE CHECKS")
para(doc, "Four Ride Checks are marked. Depot Practice is never marked.")
table(doc, [
    ["Ride Check", "What the crew member hands in", "When", "Marked by"],
    ["RC1 Pupil Journey", "A 3,000-word case study of one pupil with SEN: the needs, the assessments and "
     "advice from other professionals, the teaching approaches used and why, the part of outside agencies, "
     "the ECM outcomes for the pupil.", "After Duty 104", "Driver Trainer; 20% second-marked"],
    ["RC2 Provision Audit", "An audit of the Home Depot's provision: the SEN policy against the law, the "
     "provision map, how pupils are identified and targets set, how test data are used, and the plan for "
     "special arrangements in the coming national tests.", "After Duty 106", "Driver Trainer; 20% second-marked"],
    ["RC3 Change on the Line", "A 4,000-word report of a change the crew member led in the Home Depot, "
     "with the headteacher's agreement: how staff were deployed and brought on board, how the change was "
     "reviewed with staff, and what difference it made to pupils.", "After Duty 111",
     "Driver Trainer; all second-marked"],
    ["RC4 Depot Talk", "A 20-minute talk with questions to a Driver Trainer and the crew member's headteacher "
     "on working with families and supporting colleagues, with a 1,000-word reflective note.", "Duty 112",
     "Driver Trainer and a second Driver Trainer"],
])
para(doc, "The four Ride Checks are marked pass or refer against the University's M-level criteria. A crew "
          "member who is referred may resubmit once. Crew who pass all four Ride Checks are awarded the "
          "Postgraduate Certificate and the National Award.")
para(doc, "Marking is consistent because the Driver Trainers meet for a standardisation morning before each "
          "Ride Check is marked, using scripts from the pilot; 20 per cent of RC1 and RC2 scripts and all RC3 "
          "scripts are second-marked; and the University's external examiner, Professor Ruth Allonby, samples "
          "every Ride Check and attends the June examination board.")

para(doc)
title("SECTION 7   ROUTE ALLOCATION CHART")
para(doc, "Each Stop is worked on the Duty named in the second column and ride-checked in the Ride Check "
          "named in the third. \u201cDead run only\u201d means the Stop is worked on that Duty but no Ride Check "
          "looks at it. \u201cRide check only\u201d means a Ride Check looks at it but no Duty works on it. "
          "\u201cNot allocated\u201d means the Stop is not on this schedule. \u201cWithdrawn\u201d means it was "
          "on the pilot schedule and has been taken off.")
CHART = [
    ("ATTRIBUTES: HOW THE CREW MEMBER WORKS", None, None),
    ("A1 Fair and respectful dealings with pupils and their families", "108", "RC4"),
    ("A2 Bringing the head, senior staff and colleagues on board", "105", "RC3"),
    ("A3 Managing the SENCO's time; priorities; delegating", "103", "Dead run only"),
    ("A4 Solving problems; sound decisions about provision", "106", "RC2"),
    ("A5 Speaking and writing clearly; listening to others", "101", "RC4"),
    ("A6 Using research and outside advice to improve practice", "110", "RC1"),
    ("A7 Keeping up to date; own professional development", "112", "Dead run only"),
    ("KNOWLEDGE: WHAT THE CREW MEMBER KNOWS", None, None),
    ("K1 SEN law and the Code of Practice, and putting them into practice", "102", "RC2"),
    ("K2 Every Child Matters and the SENCO's part in it", "101", "RC1"),
    ("K3 Disability equality law and what it requires", "102", "RC2"),
    ("K4 How children develop and how SEN and surroundings affect it", "Not allocated", "Not allocated"),
    ("K5 The common kinds of SEN and disability and their effect on learning", "104", "RC1"),
    ("K6 Approaches, strategies and resources, including ICT", "106", "RC1"),
    ("K7 School self-evaluation and improvement for SEN", "109", "RC3"),
    ("K8 Best practice and research findings", "104", "RC1"),
    ("K9 Outside agencies and how to get their help", "107", "RC1"),
    ("SKILLS: WHAT THE CREW MEMBER DOES", None, None),
    ("S1 Inclusive ethos, policy and resources with senior staff and governors", "109", "RC3"),
    ("S2 Identifying pupils, setting targets, planning, reviewing", "103", "RC2"),
    ("S2a Using other professionals' assessments in teaching", "107", "RC1"),
    ("S2b Using test and tracking data to adjust programmes", "103", "RC2"),
    ("S2c Helping teachers with formative assessment", "105", "Dead run only"),
    ("S2d Special arrangements for national tests in good time", "\u2013", "Ride check only"),
    ("S3 Provision mapping; finding missing or weak provision", "106", "RC2"),
    ("S4 Deploying and managing staff", "105", "RC3"),
    ("S5 Supporting colleagues' professional development", "105", "RC4"),
    ("S6 Reviewing provision with staff for self-evaluation", "109", "RC3"),
    ("S7 Pupils taking part in planning and reviewing their provision", "Withdrawn", "Withdrawn"),
    ("S8 Working with parents and carers", "108", "RC4"),
    ("S9 Partnership with other services and voluntary organisations", "107", "Dead run only"),
]
t = doc.add_table(rows=len(CHART) + 1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Stop", "Worked on Duty", "Ride-checked in"]):
    cell(t.cell(0, j), h, bold=True, size=9, fill="D9D9D9")
k4_cell = None
for i, (s, dty, rc) in enumerate(CHART, start=1):
    if dty is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell(m, s, bold=True, size=9, fill="E2EFDA")
        continue
    cell(t.cell(i, 0), s, size=9)
    cell(t.cell(i, 1), dty, size=9)
    cell(t.cell(i, 2), rc, size=9)
    if s.startswith("K4"):
        k4_cell = t.cell(i, 0)
doc.add_comment(k4_cell.paragraphs[0].runs[0], text="Child development to go back on 104 as a new trip 104/4, "
                "checked in RC1? JP", author="J. Pickersgill", initials="JP")

para(doc)
title("SECTION 8   ALLOCATION OF DRIVER TRAINERS AND CONDUCTORS")
table(doc, [
    ["Driver Trainer", "Background"],
    ["Mrs Janet Pickersgill MA, NPQH (Programme Controller)", "Former headteacher of Hollins Bank Special "
     "School; SENCO for eleven years; University of Aldermoor associate lecturer since 2005."],
    ["Dr Owen Garside", "Senior Lecturer in Inclusive Education, University of Aldermoor; PhD on provision "
     "mapping; former SENCO; module leader ALD7101 and ALD7102."],
    ["Mrs Helen Marsden MEd, OCR Cert SpLD", "Specialist teacher, Kelsworth Learning Support Service; SENCO "
     "in two primary schools; trains schools in dyslexia and speech and language needs."],
])
para(doc, "Specialist speakers join Duties 104, 107 and 108: an educational psychologist from Kelsworth "
          "Educational Psychology Service, the head of Ormsdale Sensory Support Service, a speech and language "
          "therapist from Ormsdale PCT, and parents from Kelsworth Parent Partnership. Crew may visit Hollins "
          "Bank Special School or the Kelsworth Road autism base if their headteacher releases them; the "
          "Partnership does not arrange this.")
para(doc, "Driver Trainers attend the University's associate tutor induction and a half-day briefing on this "
          "schedule, and work from the Driver Trainer's Handbook, which sets out the Ride Check criteria and "
          "their part in marking and in the Home Depot visit. Conductors are sent the Conductor's Card by "
          "post. They are not trained by the Partnership.")

para(doc)
title("SECTION 9   DEPOT FACILITIES")
para(doc, "The Learning Centre has two training rooms with interactive whiteboards, twelve networked "
          "computers with text-to-speech, mind-mapping and symbol software, and the Depot Library of about "
          "six hundred books, assessment kits and intervention programmes that crew may borrow. Crew are "
          "registered students of the University and use its library, online journals and the inclusion "
          "resource base at the Aldermoor campus.")

para(doc)
title("SECTION 10   SCHEDULE REVIEW")
para(doc, "The schedule is reviewed every year, the way every Kelsworth Transit schedule is. Crew fill in a "
          "feedback card at sign off on every Duty; the Programme Controller summarises the cards each term. "
          "The external examiner reports to the University each summer, the University's annual monitoring "
          "report looks at pass rates, feedback and the examiner's report, and the two Councils' inclusion "
          "services review the route with the Partnership each July. Changes agreed at the July review go "
          "into the Schedule Change Log and the next schedule.")
p = para(doc, "Crew complete the Confidence Card at sign on on Duty 101 and again on Duty 112; the Schedules "
              "Office compares the two and reports the change in each crew member's confidence and competence "
              "against the Stops to the July review.")
tracked(p, " Each crew member also takes a baseline of the attainment and attendance of the pupils in Ride "
           "Check 3 before the change begins and measures them again at the end of the route, and the "
           "Partnership collects these results across the Boarding.", "del", author="J. Pickersgill", rid=12)
para(doc, "Before writing this schedule the Partnership asked every school in Kelsworth and Ormsdale what a "
          "new SENCO most needs. Forty-six of the 71 schools replied to the 2008 survey, and both Councils' "
          "inclusion services and the Parent Partnership met the Schedules Office. Schools put provision "
          "mapping, managing teaching assistants and working with parents first; the Councils asked for more "
          "on the disability equality duty.")
para(doc, "Headteachers attend their crew member's Depot Talk and Conductors sit in on the parents' meeting "
          "set as Depot Practice after Duty 108. We would like headteachers and the two Councils to join the "
          "Schedule Review in future years.")

para(doc)
title("SECTION 11   SCHEDULE CHANGE LOG (KT/SEN/08 TO KT/SEN/09)")
table(doc, [
    ["Change", "Reason", "Asked for by"],
    ["New Duty 106 with trip 106/2 on provision mapping", "Top need in the 2008 survey", "Schools"],
    ["Trip 105/4 on deploying teaching assistants lengthened", "Second need in the 2008 survey", "Schools"],
    ["Trip 102/2 on the disability equality duty added", "Councils' review, July 2008", "Both Councils"],
    ["Duty 108 Families on board: parents' panel added", "Parent Partnership meeting", "Parent Partnership"],
    ["Trip 107/5 Hearing the Passengers (pupil voice)", "Withdrawn", "Schedules Office"],
    ["Duty 199 Direct Pass-Out", "Withdrawn on the University's advice", "University of Aldermoor"],
])
para(doc)
para(doc, "Issued by the Schedules Office, Kelsworth Transit Community and Schools Partnership, 14 January 2009.",
     italic=True)

doc.save(OUT)
print(OUT.name, word_count(OUT), "words")
