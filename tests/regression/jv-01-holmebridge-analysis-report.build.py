"""jv-01-holmebridge-analysis-report

Provider (invented): the Trojans Foundation, the charitable community arm of Holmebridge Trojans RLFC
(a professional rugby league club), with the University of Wharfedale, which validates the award as
a Postgraduate Certificate. Application for the 2009-10 intake of the National Award for SEN Coordination.

Document kind and layout: the course written up in the club's own first-team PERFORMANCE ANALYSIS
REPORT template (report PA/09/014), as its analysts would write up a match: a cover fact table, a
"Match Summary" of bullet stats, a KPI dashboard (target / how measured), a "Team Sheet" of coaching
staff with merged, shaded group rows, a "Set-by-set breakdown" (six study days called Sets, each a
small table of six sessions called Tackles 1-6 plus a "Kick-chase" in-school task), then "Attack",
"Kicking Game" (the TryLine e-learning platform), "Defence" (quality), "Discipline" (a penalty-count
table of what the course does NOT do), "Opposition Analysis" (another club foundation's course and a
neighbouring university's), "Pilot Season 2008: Player Ratings" (the past, unaccredited pilot) and an
"Involvement Matrix" of the 29 outcomes in the Foundation's own words and codes (CH, GK, SK), whose
columns are "Carries (worked on in)" and "Tries (marked in)"; "Touch only" cells mean practised with
feedback but never marked. Marked pieces are the four "Tries"; participants are the "Squad"; mentors
are "Senior Pros"; the award is a "Cap". Header ("CONFIDENTIAL - COACHING STAFF ONLY") and footer with a
PAGE field; tracked changes; three Word comments; a text box ("HEAD COACH'S VERDICT") with a blanket
coverage claim; no footnotes.

Traps (requirement ids):
- Cover table: "Level 6" deleted and "Level 7" inserted as a tracked change (E.2 met on the inserted text).
- Aims and every KPI are about attainment ("levels of progress") only; well-being appears only as Set 1
  content (1.1 partially_met; 6.K2 met).
- Pupil voice is only the Young Ambassadors' panel talking to the Squad (1.5 partially_met) and the
  involvement outcome is "Touch only" (6.S7 partially_met).
- "Touch only" outcomes are never marked (1.9 partially_met; 6.A3, 6.K4, 6.S2d partially_met).
- Deploying staff is marked in Try 1 but no Set works on it: "-" in Carries (6.S4 partially_met:
  assessed but not developed).
- Summative tracking row: "Set 4 (2008 pilot only)" - a past arrangement, nothing now (6.S2b not_met).
- Disability equality law "is not part of this Award" - left to another university module (6.K3 not_met).
- Prior certificated credit up to 20 credits, but "Experience on its own ... earns no credit" (2.1 partially_met).
- Assessment-only route "Not offered in 2009-10" in Discipline; the only such route described is
  Moorside Vikings Foundation's, in Opposition Analysis (2.3 not_met; other provider's arrangement).
- January start exists only in a deleted paragraph; everyone starts in September in order (3.2 partially_met).
- TryLine has e-learning units and a peer forum, but coaching staff "do not post in it" and questions wait
  for the next Set: no direct tutor support between sessions (3.3 partially_met).
- Headteachers evaluate; parents and pupils only "hope to bring ... onto the Review Panel" (4.3 partially_met).
- CRB: the footer claims all squad members are cleared (footer, never evidence); the body's CRB sentence is
  about the Foundation's own coaches in schools; a comment asks whether squad members are checked (5.3 not_met).
- Placements: a special-school visit "where a squad member asks ... we cannot promise one" (5.5 partially_met).
- Moderation sentence only in a tracked insertion (5.8 met on it).
- Award ("Cap") on an aggregate of 50 with compensation between Tries (6.0 partially_met).
- Text box blanket claim that "every one of the national outcomes" is "tested" (not evidence; contradicted by matrix).
- Pilot Season 2008 ratings describe a past course (not used for 2009-10 verdicts).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jv_helpers import (shade, ins_run, del_run, deleted_paragraph, inserted_paragraph, textbox,
                         page_field, run, para, table)

NAME = "jv-01-holmebridge-analysis-report"
A1, D1 = "Sam Brearley", "2009-02-10T09:14:00Z"
A2, D2 = "Kath Oldroyd", "2009-02-12T16:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "TROJANS PERFORMANCE ANALYSIS  |  Report PA/09/014  |  CONFIDENTIAL - COACHING STAFF ONLY", bold=True, size=8)
fp = sec.footer.paragraphs[0]
run(fp, "Holmebridge Trojans RLFC - Trojans Foundation (registered charity). All squad members and staff are CRB cleared.  ", size=8)
page_field(fp)

# ---------------------------------------------------------------- cover
p = para(doc)
run(p, "PERFORMANCE ANALYSIS REPORT", bold=True, size=20, color="7A0019")
p = para(doc)
run(p, "Trojans Award in SEN Coordination: 2009-10 Season Game Plan, with review of the 2008 pilot season", bold=True, size=13)

cover = [
    ["Field", "Detail"],
    ["Fixture", "Trojans Award in SEN Coordination (Postgraduate Certificate) - application for approval as a National Award for SEN Coordination course"],
    ["Competition", "2009-10 season (first accredited intake: September 2009)"],
    ["Home side", "Trojans Foundation, Holmebridge Trojans RLFC, Brackenholt Road Stadium, Holmebridge"],
    ["Validating partner", "University of Wharfedale, School of Education"],
    ["Credit", ""],
    ["Venue", "The Learning Zone (first floor, North Stand), Brackenholt Road Stadium"],
    ["Analysts", "Sam Brearley (Head of Education, Trojans Foundation); Kath Oldroyd (performance analyst on loan from the first-team staff)"],
]
t = table(doc, cover, header_fill="7A0019")
c = t.cell(5, 1).paragraphs[0]
c.add_run("60 credits at ")
del_run(c, "Level 6", A2, D2)
ins_run(c, "Level 7 (masters level)", A2, D2)
c.add_run(" of the University's framework")

para(doc, "How to read this report. We have written our course up the way our analysts write up a first-team fixture, because that is the language our staff, our schools and our partners at the University have learnt to share over three seasons of the Trojans schools programme. Where a rugby word is used for a part of the course it is explained the first time it appears. Our participants are the Squad. Our tutors are the coaching staff. Experienced SENCOs who mentor a squad member in school are Senior Pros. Study days are Sets. Marked assignments are Tries. The award itself is a Cap.", italic=True)

# ---------------------------------------------------------------- 1 match summary
doc.add_heading("1. Match Summary", level=1)
for s in [
    "Squad size for 2009-10: 24 teachers, drawn from primary, secondary and special schools in Holmebridge, Calder Moor and the three neighbouring authorities.",
    "Six Sets (study days) at the stadium between September 2009 and May 2010, each of six Tackles (sessions), with a Kick-chase (a directed task in the squad member's own school) after every Set.",
    "Four Tries (marked assignments), each marked by the University's rules for Level 7 work.",
    "TryLine: our online platform, used between Sets for reading, short units and the squad's forum.",
    "One Senior Pro (mentor) for every squad member, in the squad member's own school or a nearby one.",
    "A Cap (the Postgraduate Certificate, 60 credits, awarded by the University of Wharfedale) at the end of the season.",
]:
    para(doc, "\u2022 " + s)

para(doc, "The University of Wharfedale validated the Trojans Award as a Postgraduate Certificate in SEN Coordination at its validation event on 22 January 2009. The University's School of Education is our academic partner for the whole course: it registers every squad member as a student of the University, appoints the external examiner and runs the Examination Board that confirms each Cap.")
para(doc, "Our aim is simple. Every squad member leaves the season able to raise the attainment of the pupils with special educational needs in their school, measured in levels of progress. Our four objectives follow from it: to know the pupils and what holds their attainment back; to plan and map provision that closes the gap; to coach colleagues to teach those pupils well; and to show, with data, that the gap has closed.")

# ---------------------------------------------------------------- 2 KPIs
doc.add_heading("2. Key Performance Indicators", level=1)
para(doc, "Every first-team game is judged against a short list of KPIs agreed before kick-off. We do the same for the season. The targets are ours; the How measured column is what the analysts will actually do.")
kpi = [
    ["KPI", "2008 pilot (actual)", "2009-10 target", "How measured"],
    ["Completion: squad members who finish all four Tries", "9 of 12", "21 of 24", "Try submission log kept by the Head of Education"],
    ["Confidence in the SENCO role", "Not measured", "Average rise of 1.5 points on a 5-point scale", "Squad members rate themselves against each of the 29 lines of the Involvement Matrix at Pre-season Screening and again at the End-of-season Review; analysts compare the two"],
    ["Competence", "Not measured", "All Tries at or above 50", "Try marks after second marking and moderation; external examiner's report"],
    ["Pupil progress: pupils with SEN in squad members' schools", "Not measured", "Pupils in each impact project make at least two sub-levels of progress in the year", "Each squad member submits the school's teacher-assessment levels for the pupils in the Try 4 impact project in October and again in May; analysts calculate progress per pupil and per school"],
    ["Headteacher satisfaction", "Questionnaire: 7 of 9 returned", "All heads return the questionnaire", "End-of-season questionnaire to every squad member's headteacher"],
]
table(doc, kpi, header_fill="7A0019")
para(doc, "The analysts present these KPIs to the Foundation's Education Committee and to the University's Course Committee each June, next to the external examiner's report, and the committees decide what changes for the following season. After the pilot, for example, completion was low because Try 2 and Try 3 fell due in the same half-term, so the Try calendar was spread across the season.")

# ---------------------------------------------------------------- 3 team sheet
doc.add_heading("3. Team Sheet", level=1)
para(doc, "The coaching staff for 2009-10. Numbers are the squad numbers our analysts use in the Try marking log.")
ts = [
    ["No.", "Name", "Position", "Qualifications and current work"],
    ["COACHING STAFF", "", "", ""],
    ["1", "Dr Helen Ackroyd", "Head Coach (Programme Leader)", "PhD (inclusive education), MA SEN, QTS; SENCO in two Holmebridge secondary schools for 11 years; Senior Lecturer in Inclusion, University of Wharfedale; leads the University's SEN research group"],
    ["6", "Martin Cawthorne", "Assistant Coach (tutor)", "MEd, NPQH; headteacher of Brackenholt Special School until 2007; now an SEN adviser to Calder Moor schools two days a week"],
    ["7", "Anjum Hussain", "Assistant Coach (tutor)", "MA SpLD, AMBDA; specialist dyslexia teacher and SENCO at Holme Valley Primary; trains teachers for the local authority's Dyslexia-Friendly Schools scheme"],
    ["9", "Sam Brearley", "Team Manager (Head of Education, Trojans Foundation)", "BA, PGCE; runs the Trojans schools programme in 46 schools; organises Sets, venues and the Try calendar; does not mark"],
    ["SENIOR PROS", "", "", ""],
    ["-", "18 experienced SENCOs", "Senior Pros (mentors)", "Each has at least five years as a SENCO and holds a masters-level SEN qualification or the former SENCO accreditation; named on each squad member's Individual Game Plan"],
    ["SPECIALIST INTERCHANGE", "", "", ""],
    ["-", "Dr Rosie Haigh; Tom Firth; Calder Moor Sensory Support Service", "Interchange specialists", "Educational psychologist (Holmebridge); speech and language therapist (Calder Moor PCT); teachers of the deaf and of the visually impaired. Each leads Tackles in the Sets named in section 4"],
]
tt = table(doc, ts, header_fill="7A0019")
for r in (1, 6, 8):
    m = tt.cell(r, 0).merge(tt.cell(r, 3))
    shade(m, "D9D9D9")
    for rr in m.paragraphs[0].runs:
        rr.bold = True
para(doc, "Every member of the coaching staff and every Senior Pro receives the Trojans Award Coaching Manual before the season. It sets out who does what: the Head Coach and Assistant Coaches teach the Sets, mark the Tries and hold tutorials; Senior Pros meet the squad member in school twice a half-term, watch the Try 3 coaching session and sign the Kick-chase log; the Team Manager runs the Sets and the records but never marks. Senior Pros come to a half-day Senior Pros' briefing at the stadium in July, where the Head Coach takes them through the Tries, the marking criteria and what a Kick-chase log should contain, and a second briefing in January.")

# ---------------------------------------------------------------- 4 set by set
doc.add_heading("4. Set-by-set Breakdown", level=1)
para(doc, "Each Set is a study day of six Tackles (sessions of about 50 minutes). The Kick-chase is the directed task the squad member does in school before the next Set; Kick-chases are discussed with the Senior Pro and the tutor gives feedback on them, but they are not marked.")

sets = [
    ("SET 1 - September 2009: Kick-off: the role, the law and the child", [
        "The SENCO's role: what a SENCO does and does not do; the squad member's own role in school",
        "The SEN Code of Practice (2001), the SEN and Disability Act 2001, the Children Act 2004 and what they require schools to do; the SEN Toolkit",
        "Every Child Matters: the five outcomes - being healthy, staying safe, enjoying and achieving, making a positive contribution, achieving economic well-being - and the SENCO's part in the school's work on them",
        "Government policy now: Removing Barriers to Achievement, the Inclusion Development Programme, the Bercow Review of services for children with speech, language and communication needs (2008)",
        "Keeping up to date: starting the season's Professional Development Log, which the squad member keeps to the end and submits with Try 3",
        "Individual Game Plans agreed with the Head Coach (see section 5)",
    ], "Kick-chase 1: map who in your school is responsible for what under the Code of Practice."),
    ("SET 2 - October 2009: Know the player", [
        "The most common types of SEN and disability - behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties - and how each affects learning",
        "How children develop, and how SEN, disability and the home and school environment affect development (with Dr Haigh)",
        "Identifying pupils who may have SEN: early signs, screening, the school's data; setting challenging targets",
        "Using assessments by other professionals - educational psychologists, therapists, sensory services - to plan teaching (with Tom Firth)",
        "Fair and respectful relationships with pupils with SEN and disabilities and their families",
        "Planning the Try 2 case study",
    ], "Kick-chase 2: collect every assessment other professionals have made of your case-study pupil."),
    ("SET 3 - November 2009: Attack: teaching and learning", [
        "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT and assistive technology (in the Learning Zone's ICT suite)",
        "Formative assessment with pupils with SEN, and how to encourage colleagues to use it",
        "What the research says works: reading the evidence, including the Ofsted report Inclusion: does it matter where pupils are taught? (2006)",
        "Pupil voice: the Young Ambassadors' panel. Six young people with SEN from the Trojans schools programme tell the Squad what helps them and what does not",
        "Drawing on outside advice to improve colleagues' practice",
        "Try 1 briefing",
    ], "Kick-chase 3: teach one lesson using a strategy from Tackle 3 and write up what happened."),
    ("SET 4 - January 2010: Reading the game: provision and evaluation", [
        "Provision mapping and provision management: costing provision, spotting what is missing or not working",
        "Reviewing and evaluating provision with colleagues, and feeding the findings into the school's self-evaluation form",
        "Principles of school self-evaluation and improvement for SEN outcomes; what Ofsted looks for",
        "Access arrangements for tests and examinations: the rules and the timetable",
        "Workshop: completing a provision map for your own school",
        "Try 1 surgery",
    ], "Kick-chase 4: draft your school's provision map with a colleague."),
    ("SET 5 - March 2010: Teamwork", [
        "Working in partnership with parents and carers: annual reviews, difficult conversations, parents' evenings; practising in role-play with parents from the Holmebridge Parent Partnership",
        "Working with other services and agencies, including voluntary organisations such as the Holmebridge Autism Support Group and the Trojans' own family programmes; the Common Assessment Framework",
        "Gaining the commitment of colleagues and senior leaders",
        "Coaching and mentoring colleagues; observation and feedback",
        "Speaking and writing clearly, and listening to colleagues' views",
        "Try 3 briefing",
    ], "Kick-chase 5: hold a review meeting with a parent and an outside agency and note what you agreed."),
    ("SET 6 - May 2010: Leading from the front", [
        "Shaping an inclusive ethos, policy and resources with senior colleagues and governors",
        "Making decisions and solving problems in provision",
        "Prioritising and managing time; what to delegate",
        "Try 4 presentations: every squad member presents the impact project to a panel of the Head Coach, a Senior Pro and a headteacher",
        "End-of-season Review (see section 5)",
        "Presentation of Caps is at the University's award ceremony in July",
    ], "No Kick-chase: season ends."),
]
for title, tackles, kc in sets:
    rows = [[title, ""]] + [[f"Tackle {i}", x] for i, x in enumerate(tackles, 1)] + [["Kick-chase", kc]]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    m = t.cell(0, 0).merge(t.cell(0, 1))
    shade(m, "7A0019")
    for r in m.paragraphs[0].runs:
        r.bold = True
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
    doc.add_paragraph()

para(doc, "The Tries. Four marked assignments, each set at Level 7 and marked against the University's criteria:")
for s in [
    "Try 1 - Provision Map Audit (3,000 words, due February): the squad member's provision map for their own school, with a critical account of the resources and approaches it uses, where provision is missing or not working, and how teaching assistants and other staff are deployed.",
    "Try 2 - Pupil Case Study (4,000 words, due December): one pupil, the assessments other professionals have made, the targets set, the interventions planned and the review of progress, the work with the pupil's parents and with outside agencies, and the squad member's relationship with the family.",
    "Try 3 - Coaching Observation (observed session and 2,500-word reflective account, due April): the squad member coaches a colleague, including on formative assessment with pupils with SEN; the Senior Pro observes and reports; the account covers how the squad member won the colleague's and the head's commitment and how they listened and explained, and is submitted with the Professional Development Log.",
    "Try 4 - Impact Project and Presentation (5,000 words and a 15-minute presentation, due May): a change led in the squad member's school with senior colleagues and governors, drawing on research and outside advice, reviewed with colleagues against the school's self-evaluation and the law and guidance on SEN and on Every Child Matters, and the decisions taken along the way.",
]:
    para(doc, "\u2022 " + s)

# ---------------------------------------------------------------- 5 attack
doc.add_heading("5. Attack: what the season does in schools", level=1)
para(doc, bold_lead="Pre-season Screening.")
para(doc, "Before Set 1 every squad member completes the Pre-season Screen: a self-assessment against each of the 29 lines of the Involvement Matrix (section 11), checked in a one-hour meeting with the Head Coach and the squad member's Senior Pro. From it the Head Coach and the squad member agree an Individual Game Plan: the lines where the squad member is already strong, the three to five lines that are their personal targets for the season, which Kick-chases they will stretch, and which optional TryLine units they will take. The Game Plan is reviewed at the half-way tutorial in January.")
para(doc, bold_lead="In-school work.")
para(doc, "Every Kick-chase is done in the squad member's own school, on that school's pupils and staff, and is tied to named lines of the Involvement Matrix. The Try 4 impact project is a real change in the squad member's school: the project must name the pupils it is meant to help and report their progress, and squad members present it to their own head and governors as well as to the Try 4 panel. That is how the season puts the outcomes into practice in schools rather than in the Learning Zone.")
para(doc, bold_lead="Working with colleagues and parents.")
para(doc, "Set 5 is given over to teamwork. Squad members practise advising and coaching colleagues in Tackle 4 and carry it into Try 3, and they practise conversations with parents and carers with parents from the Holmebridge Parent Partnership, then hold a real review meeting with a parent for Kick-chase 5 and write it up in Try 2.")
para(doc, bold_lead="Cost and progression.")
para(doc, "The fee for 2009-10 is \u00a31,450, which the Foundation holds below the University's standard Postgraduate Certificate fee by providing the venue, the Team Manager and the ICT suite at no charge; the local authorities pay the fee for squad members from their schools. At the End-of-season Review in May each squad member meets the Head Coach to look back at the Individual Game Plan, agree the next two or three professional targets and a route to reach them - the University's MA in Inclusive Education accepts the Cap's 60 credits towards the MA - and the targets are written into a letter the squad member takes to their head for performance management.")

# ---------------------------------------------------------------- 6 kicking game
doc.add_heading("6. Kicking Game: TryLine", level=1)
para(doc, "TryLine is the Foundation's online platform, built on the University's Blackboard licence. Between Sets it carries the reading for the next Set, five short e-learning units (one per Set from Set 2 on, each about two hours, with a quiz), the Kick-chase instructions and the Try briefs. Every squad member is given a University login and a one-hour TryLine induction in the ICT suite at Set 1.")
para(doc, "The Huddle is TryLine's discussion forum. The Huddle is for squad members to talk to each other; coaching staff do not post in it or answer questions there. Questions about the TryLine units are taken at the start of the next Set.")

# ---------------------------------------------------------------- 7 defence
doc.add_heading("7. Defence: holding the line on quality", level=1)
para(doc, bold_lead="Selection.")
para(doc, "Applicants must hold QTS, be in post as a SENCO or named by their head as SENCO-designate, and send a supporting statement from their head. Every applicant has a 30-minute selection interview with the Head Coach and a Senior Pro, and completes a short written task on a case scenario; applicants whose interview and task show they do not yet have the knowledge of SEN practice to benefit from Level 7 study are offered a place on the Foundation's non-accredited SEN Foundation Day programme first and invited to apply again.")
para(doc, bold_lead="Equality and access.")
para(doc, "The application pack, in print, large print and on the Foundation's website, invites applicants to tell us about any disability or other need so that we can make adjustments, and the selection interview asks again. The Learning Zone is step-free with a lift, a hearing loop and accessible toilets; Set materials go on TryLine a week early in accessible formats; and squad members with a disability or a specific learning difficulty receive the adjustments agreed with the University's Disability Service for the Tries, such as extra time or a recorded presentation in place of the live one. The Foundation's equal opportunities policy is followed at selection, in the Sets and in marking.")
para(doc, bold_lead="Evaluation and review.")
para(doc, "Quality is checked from inside and outside. Inside: squad members score every Set on a one-page evaluation; the analysts code the scores and comments and report them to the coaching staff within a week; the Head Coach holds a video review of one Set each term with the Assistant Coaches. Outside: the University's external examiner samples Tries and attends the Examination Board; the University's annual monitoring reviews the course; and each squad member's headteacher completes the end-of-season questionnaire. The Course Committee, which includes two headteachers and a Senior Pro, reads all of this each June and writes the action list for the next season.")
para(doc, "We hope to bring parents and our Young Ambassadors onto the Review Panel in a future season.")
para(doc, bold_lead="Marking.")
p = para(doc, "Every Try is marked by the tutor who set it against the University's Level 7 criteria. ")
ins_run(p, "A sample of 20% of every Try, and every Try marked below 50 or above 70, is second-marked by another member of the coaching staff; the Head Coach moderates the sample, and the external examiner moderates across all four Tries.", A2, D2)
para(doc, bold_lead="Safeguarding.")
para(doc, "The Foundation's own coaches, who deliver the Trojans schools programme in 46 schools, are CRB checked by the Club every three years.")
para(doc, bold_lead="Resources.")
para(doc, "Squad members have full access to the University of Wharfedale library, its electronic journals and its SEN collection; the Learning Zone has 20 networked computers with text-to-speech, screen magnification and mind-mapping software, and a loan collection of assessment materials and assistive technology that squad members can borrow for their Kick-chases.")
para(doc, bold_lead="Specialist expertise.")
para(doc, "The Specialist Interchange (section 3) lead Tackles in Sets 2, 3 and 5. Where a squad member asks, we try to arrange a visit to Brackenholt Special School; we cannot promise one.")

# ---------------------------------------------------------------- 8 discipline
doc.add_heading("8. Discipline: penalty count", level=1)
para(doc, "Every analysis report lists the penalties. These are the things the course does not do in 2009-10, so that nobody is surprised.")
pen = [
    ["Penalty", "Ruling for 2009-10"],
    ["Assessment-only route", "Not offered in 2009-10. Every squad member takes the full season of Sets and Tries."],
    ["Credit for prior learning", "Credit from an earlier Level 7 certificate in SEN can count for up to 20 credits, in place of Set 1 and Try 1. Experience on its own, however long, earns no credit with us."],
    ["Disability equality law", "Disability equality law is not part of this Award: the University's own Equality and Diversity module covers it for those who want it."],
    ["Start dates", "Everyone starts together at Set 1 in September and the Sets run in order."],
]
table(doc, pen, header_fill="7A0019")
deleted_paragraph(doc, "A second squad starts in January 2010 and takes the Sets in the order 4, 5, 6, 1, 2, 3, for squad members who cannot start in September.", A1, D1)

# ---------------------------------------------------------------- 9 opposition
doc.add_heading("9. Opposition Analysis", level=1)
para(doc, "Two courses recruit from the same schools. We have studied both, as we would study an opponent.")
para(doc, "Moorside Vikings Foundation runs a 'Straight to Final' assessment-only route: experienced SENCOs submit a portfolio and sit a viva with the Moorside panel without attending the taught days. Their course places every participant for two days in a special school. Their e-learning has tutors on the forum every evening.", bold_lead="Moorside Vikings Foundation with Calder Moor College.")
para(doc, "A two-year programme, 60 credits, taught on weekday evenings, with a strong research element. It does not have the in-school mentor that our Senior Pros provide.", bold_lead="Northfield University.")

# ---------------------------------------------------------------- 10 pilot
doc.add_heading("10. Pilot Season 2008: Player Ratings", level=1)
para(doc, "In 2008 the Foundation ran an unaccredited pilot for twelve teachers over four Saturdays. Ratings are out of ten, from the pilot squad's own evaluations.")
pr = [
    ["Element of the 2008 pilot", "Rating", "Analyst's note"],
    ["Saturday sessions at the stadium", "8", "Popular; the Saturdays clashed with school events and moved to weekdays for 2009-10"],
    ["Data day: tracking progress with test and teacher-assessment data", "6", "Useful but rushed; dropped for 2009-10 to make room for provision mapping"],
    ["Mentoring", "4", "Informal and patchy; replaced by Senior Pros for 2009-10"],
    ["Placement in Brackenholt Special School (all pilot teachers)", "9", "The school cannot take 24 a year"],
]
table(doc, pr, header_fill="7A0019")
para(doc, "What the pilot told us. Before designing the 2009-10 season we surveyed the 46 schools in the Trojans schools programme in spring 2008 (38 replied) and met the three local authorities' SEN teams. Heads said their new SENCOs most needed help with provision mapping and with leading colleagues; the authorities' data showed that pupils at School Action Plus in our area made less progress in English than similar pupils nationally. Those findings gave us Set 4, Set 5 and the pupil-progress KPI. Squad members in the pilot told us the written work bunched up, so we spread the Tries; heads on the Course Committee asked for an in-school mentor, so the Senior Pros were created.")

# ---------------------------------------------------------------- 11 involvement matrix
doc.add_heading("11. Involvement Matrix", level=1)
para(doc, "The analysts' involvement matrix shows, for every line of the national outcomes in our own words, where the squad member carries it (the Set in which we work on it) and where it is turned into a Try (the marked assignment in which it is assessed). In the Tries column, 'Touch only' means we work on it in the Sets and it gets feedback from the tutor, but it is not marked.")

matrix = [
    ["Code", "Outcome (Trojans wording)", "Carries (worked on in)", "Tries (marked in)"],
    ["CHARACTER", "", "", ""],
    ["CH1", "Fair, respectful and supportive relationships with pupils with SEN and their families", "Set 2, Tackle 5", "Try 2"],
    ["CH2", "Winning the commitment of colleagues, the head and senior leaders", "Set 5, Tackle 3", "Try 3"],
    ["CH3", "Prioritising, managing your time and delegating", "Set 6, Tackle 3", "Touch only"],
    ["CH4", "Solving problems and making sound decisions about provision", "Set 6, Tackle 2", "Try 4"],
    ["CH5", "Speaking and writing clearly; listening to others' views", "Set 5, Tackle 5", "Try 3"],
    ["CH6", "Using research and outside advice to improve your own and colleagues' practice", "Set 3, Tackles 3 and 5", "Try 4"],
    ["CH7", "Keeping up to date and taking charge of your own professional development", "Set 1, Tackle 5; Professional Development Log", "Try 3 (Log)"],
    ["GAME KNOWLEDGE", "", "", ""],
    ["GK1", "SEN law and guidance, including the Code of Practice, and putting it into practice", "Set 1, Tackle 2", "Try 4"],
    ["GK2", "Every Child Matters and the SENCO's part in it", "Set 1, Tackle 3", "Try 4"],
    ["GK3", "Disability equality law and what it requires", "Not in this Award", "-"],
    ["GK4", "How children develop; how SEN, disability and environment affect development", "Set 2, Tackle 2", "Touch only"],
    ["GK5", "The common types of SEN and disability and their effect on learning", "Set 2, Tackle 1", "Try 2"],
    ["GK6", "Approaches, strategies and resources for teaching, learning and assessment, including ICT", "Set 3, Tackle 1", "Try 1"],
    ["GK7", "School self-evaluation and improvement for SEN outcomes", "Set 4, Tackle 3", "Try 4"],
    ["GK8", "Best practice and research in meeting SEN", "Set 3, Tackle 3", "Try 4"],
    ["GK9", "External agencies and how to get specialist support", "Set 5, Tackle 2", "Try 2"],
    ["SKILLS", "", "", ""],
    ["SK1", "Shaping an inclusive ethos, policies and resources with senior colleagues and governors", "Set 6, Tackle 1", "Try 4"],
    ["SK2", "Identifying pupils with SEN, setting targets, planning interventions, reviewing progress", "Set 2, Tackle 3", "Try 2"],
    ["SK2a", "Using other professionals' assessments to plan teaching", "Set 2, Tackle 4", "Try 2"],
    ["SK2b", "Using test and teacher-assessment data to track progress and adjust programmes", "Set 4 (2008 pilot only)", "-"],
    ["SK2c", "Encouraging colleagues to use formative assessment with pupils with SEN", "Set 3, Tackle 2", "Try 3"],
    ["SK2d", "Access arrangements for tests and examinations, in good time", "Set 4, Tackle 4", "Touch only"],
    ["SK3", "Provision mapping; finding missing or ineffective provision", "Set 4, Tackles 1 and 5", "Try 1"],
    ["SK4", "Deploying and managing staff", "-", "Try 1"],
    ["SK5", "Supporting colleagues' development: observing, feeding back, coaching, training", "Set 5, Tackle 4", "Try 3"],
    ["SK6", "Reviewing provision with colleagues to inform school self-evaluation", "Set 4, Tackle 2", "Try 4"],
    ["SK7", "Involving pupils in planning and reviewing their own support", "Set 3, Tackle 4", "Touch only"],
    ["SK8", "Working with parents and carers", "Set 5, Tackle 1", "Try 2"],
    ["SK9", "Working with other services and agencies, including voluntary organisations", "Set 5, Tackle 2", "Try 2"],
]
mt = table(doc, matrix, header_fill="7A0019")
for r in (1, 9, 19):
    m = mt.cell(r, 0).merge(mt.cell(r, 3))
    shade(m, "D9D9D9")
    for rr in m.paragraphs[0].runs:
        rr.bold = True

para(doc, bold_lead="The Cap.")
para(doc, "A squad member is Capped when the four Tries reach an aggregate mark of 50 or more. A Try marked between 40 and 49 can be compensated by a higher mark in another Try, provided no Try is below 40. The Examination Board, chaired by the University, confirms every Cap.")

# ---------------------------------------------------------------- 12 verdict
doc.add_heading("12. Head Coach's Review", level=1)
textbox(doc, [
    "HEAD COACH'S VERDICT",
    "\"Every one of the national outcomes is covered and tested in the Trojans Award. This squad will change what happens for children with SEN in our schools.\"",
    "Dr Helen Ackroyd, Head Coach",
], height=90)
para(doc, "Next steps for the analysts: confirm the Senior Pros' July briefing date; load the Set 1 reading onto TryLine; send the Pre-season Screen to successful applicants by 10 July.")

# ---------------------------------------------------------------- comments
paras = doc.paragraphs
def find(txt):
    for p in paras:
        if txt in p.text:
            return p
    raise KeyError(txt)

p = find("CRB checked by the Club")
doc.add_comment(p.runs, text="Do we CRB-check the squad members themselves? The footer says everyone is cleared - need to ask the University what they do.", author=A1, initials="SB")
p = find("We hope to bring parents")
doc.add_comment(p.runs, text="Parents' forum and Young Ambassadors to join the Review Panel from 2010 - agreed at Foundation board?", author=A2, initials="KO")
p = find("Two courses recruit from")
doc.add_comment(p.runs, text="Moorside run an assessment-only route - should we? Raise at Course Committee.", author=A1, initials="SB")

doc.save(str(Path(__file__).with_name(NAME + ".docx")))
print("wrote", NAME + ".docx")
