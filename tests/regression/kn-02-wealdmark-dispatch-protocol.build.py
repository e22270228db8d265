"""kn-02-wealdmark-dispatch-protocol

Provider (invented): Wealdmark Ambulance Service NHS Trust, Community Education
and Resilience Team (its "Education Desk"), with the University of East Rother,
which validates the award. December 2008, first cohort January 2009.

Kind of document and layout: the course written as one card of the Trust's
emergency clinical dispatch protocol set, "Protocol 41: SENCO Award", the card
the Education Desk's call-takers work from when anyone rings about the course.
It has the protocol card's parts: a document-control table, DEFINITIONS (the
course's names: Responders = participants, Clinical Supervisors = tutors,
Community First Responders (CFRs) = school-based mentors, Shifts = study days,
Jobs = marked assignments, Drills = unmarked practice tasks, Ride-outs =
placements, Clinical Governance Lead = external examiner), CASE ENTRY and KEY
QUESTIONS (questions a call-taker asks, set out as "KQ | Ask | Desk action"
with grey prompts), PRE-ALERT INSTRUCTIONS, a DETERMINANTS table of routes
(41-Omega-01 to 41-C-01), AXIOMS (the Trust's beliefs), numbered RULES (the
arrangements), a RESPONSE PLAN of Shifts with merged Sector rows, the JOBS,
an OUTCOME CODES table (41-D-01 to 41-D-29, the Trust's own codes, with
"Dispatched on" and "Closed by" columns whose values "Stood down", "Drill
only" and "No send" are defined only in the sentences above the table), and
an AQI (quality indicators) section. No heading styles: bold capitals typed
in Normal paragraphs, shaded title bars. Header and footer, a CAUTION text
box, Word comments, tracked changes (a deleted paragraph, an inserted clause).

Traps, with the requirement ids they touch:
- Key Questions are questions the Desk asks, not arrangements: KQ4 "Does your
  school have a provision map?", KQ6 on CRB with Desk action "Not used for
  Protocol 41. See Rule 9." (5.3, 6.S3).
- Axioms are beliefs, not arrangements: "Every family is a partner in care"
  (1.7, 6.S8), "Everyone is welcome on this Protocol" (3.1), "Stakeholders
  are our first responders" (4.2).
- 5.3 not_met: Rule 9 says criminal records checks on Responders are "a
  matter for their employers" and the Trust checks only its own staff and
  CFRs (someone else's responsibility; wrong people).
- 4.2 not_met: "Stakeholders have not yet had a hand in shaping Protocol
  41" and a reference group is only planned; the comment listing what a
  stakeholder group asked for is not the submission.
- 4.1 partially_met: stakeholders' needs known only from conversations in
  general terms ("heads we meet at Heartstart sessions tell us").
- 2.2 partially_met: a Pre-Alert self-assessment against the outcomes, used
  only to offer an optional extra Shift; "no individual plan is written"; the
  paragraph giving personalised outcomes is a deleted tracked change.
- 1.1 partially_met: the aim is attainment only ("reading, writing and
  mathematics", "national curriculum levels").
- E.2 partially_met: 60 credits, but the level is "[TBC at validation]".
- 3.1 partially_met: only equal-opportunities statements, no adjustments.
- 5.6 partially_met: Responders "use the resources of their own schools"; the
  Trust's training room has a projector and laptops; no specialist resources.
- 5.7 partially_met: CFRs are "sent a copy of this card" and nothing more;
  Supervisors' role is stated.
- 2.4 partially_met: cost and an optional extra Shift are described, but
  "no individual plan is written", so provision is not tailored.
- 1.7 met (looks like a trap): Shift 8 works on "working with parents and
  carers", though 6.S8 is only partially_met because its code is Stood down
  and Axiom 2 is only a belief.
- 1.9 and 6.0 partially_met: the award rule is passing all three Jobs ("pass
  all three Jobs"), while the Outcome Codes table shows lines that no Job
  closes.
- Outcome Codes: "Stood down" (worked on, no Job closes it) -> partially_met
  (6.A2, 6.K8, 6.S6, 6.S8); "Drill only" (practised in an unmarked Drill)
  -> partially_met (6.A6, 6.S2c); dispatched on no Shift but closed by a Job
  -> partially_met (6.K3); "No send" -> not_met (6.K9, 6.S4).
- 2.3 met: the Hear and Treat route (determinant 41-C-01 and the CAUTION
  text box) is the Trust's own, current, and assessed against every outcome.
- 5.8 met with an inserted clause (double marking of every Job 3).
- Header ("Protocol 41 covers every national outcome") and footer are not
  evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kn_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 10)
header_footer(d, "WEALDMARK AMBULANCE SERVICE NHS TRUST  |  CLINICAL DISPATCH PROTOCOL 41  |  Protocol 41 covers every national outcome",
              "Protocol 41 v2.1. Uncontrolled when printed. Education Desk, Ashdean EOC, 01892 000 411.")


def bar(text, fill="1F3864"):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    cell_text(c, text, bold=True, size=11)
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, fill)


p(d, "WEALDMARK AMBULANCE SERVICE NHS TRUST", bold=True, size=14)
p(d, "EMERGENCY CLINICAL DISPATCH PROTOCOL SET", bold=True, size=11)
p(d, "PROTOCOL 41: SENCO AWARD (EDUCATION DESK)", bold=True, size=16, colour="C00000")
table(d, [
    ["Document control", ""],
    ["Protocol", "41 SENCO Award. Sits with Protocol 40 (Heartstart schools) in the Education Desk set"],
    ["Version", "2.1, approved by the Education Governance Group, 2 December 2008"],
    ["Effective from", "5 January 2009"],
    ["Owner", "Station Officer, Education Desk (Kathryn Oduya)"],
    ["Academic partner", "University of East Rother, School of Education"],
    ["Award", "University of East Rother Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)"],
    ["Credit", "60 credits"],
    ["Level", "[TBC at validation]"],
    ["Validation", "The University validates and awards the Certificate; the validation event is fixed for 21 January 2009, and Protocol 41 runs under the University's regulations"],
], widths=[4, 13])

p(d, "How to read this card. The Education Desk at Ashdean handles every call about the SENCO Award on this card, "
     "as our emergency call-takers handle every 999 call on theirs. It is also how the Trust runs the course: "
     "the Definitions give the course's own names, the Key Questions are what the Desk asks a caller, the Rules "
     "are what the Trust and the University do, and the Response Plan and Outcome Codes are the course itself. "
     "The panel should read the Rules, the Response Plan and the Outcome Codes as our answer; the Axioms are our "
     "beliefs, and the Key Questions are questions.")

bar("DEFINITIONS")
table(d, [
    ["Term", "Meaning on Protocol 41"],
    ["Caller", "Anyone who rings the Desk about the Award: a teacher, a headteacher, a council officer"],
    ["Responder", "A teacher on the course"],
    ["Clinical Supervisor", "A tutor. Supervisors teach the Shifts, supervise and mark the Jobs"],
    ["Community First Responder (CFR)", "An experienced SENCO in the Responder's school or a nearby school, named by the headteacher, who meets the Responder in school between Shifts"],
    ["Shift", "A taught study day at the Trust's Ashdean training centre or the University's Rother campus"],
    ["Job", "A marked assignment, set and marked against the Outcome Codes it closes"],
    ["Drill", "A practice task done in school between Shifts and talked through at the next Shift. Drills are not marked"],
    ["Ride-out", "A placement of two days in a special school or specialist resource base"],
    ["Hear and Treat", "The assessment-only route (determinant 41-C-01)"],
    ["Station Officer", "The Course Lead"],
    ["Clinical Governance Lead", "The external examiner appointed by the University"],
], widths=[4.5, 12.5])

bar("CASE ENTRY")
p(d, "Ask the caller: What is the telephone number you are calling from? Are you calling about yourself or someone else? "
     "Tell me exactly what you want to know.", italic=True, colour="808080")
p(d, "If the caller is asking about Heartstart first aid training, go to Protocol 40. If the caller is a teacher or a "
     "headteacher asking about the SENCO Award, go to Key Questions.")

bar("KEY QUESTIONS")
table(d, [
    ["KQ", "Ask", "Desk action"],
    ["1", "Do you hold qualified teacher status?", "If no, code 41-Omega-01 (see Determinants)."],
    ["2", "Are you your school's SENCO, or will you be within the year?", "If no, code 41-Omega-01."],
    ["3", "Has your headteacher agreed to release you for the Shifts and to name a CFR?", "If no, send the headteacher's agreement form and hold the place for ten working days."],
    ["4", "Does your school have a provision map?", "Record the answer on the caller's record."],
    ["5", "Have you studied SEN at Level 7 before, or have you long experience of leading SEN provision?", "If yes, code 41-B-01 or 41-C-01 and send the APL pack."],
    ["6", "Do you hold a current enhanced CRB disclosure?", "Not used for Protocol 41. See Rule 9."],
    ["7", "Do you have a disability, or is there anything we should know to help you take part?", "Record the answer."],
    ["8", "Which start do you want: January or April?", "Book the caller on the start they choose."],
], widths=[1, 8, 8])

bar("PRE-ALERT INSTRUCTIONS")
p(d, "Before Shift 1 each Responder completes the Pre-Alert: a self-assessment against each of the 29 Outcome Codes, "
     "scored Green, Amber or Red, sent to their Clinical Supervisor a fortnight before the start. The Supervisor reads "
     "it and offers the optional extra Shift (Shift 4A, on kinds of need) to any Responder with three or more Reds in "
     "the knowledge codes. All Responders follow the same Response Plan; no individual plan is written.")
deleted_paragraph(d, "The Supervisor and the Responder then agree a personal set of outcomes for the Responder's own school, "
                     "written on the Responder's Pre-Alert sheet and reviewed at Shift 5.", author="K. Oduya",
                  date="2008-12-01T14:02:00Z")

bar("DETERMINANTS")
p(d, "Every caller is given one determinant, which fixes the route they take.")
table(d, [
    ["Code", "Determinant", "Response"],
    ["41-Omega-01", "Caller does not yet meet the entry requirements (QTS, the SENCO role or the promise of it within the year, the headteacher's release)",
     "No place offered. The Station Officer rings the caller within five working days, tells them what they need to do to reach the entry level, and writes to their headteacher. The caller may reapply for the next start."],
    ["41-A-01", "Standard route", "The full Response Plan: nine Shifts, Drills, one Ride-out and three Jobs, over a year part time."],
    ["41-B-01", "Prior learning route", "Prior certificated study at Level 7 in SEN within five years, and prior experience of leading SEN provision, "
                                         "are both accredited by the University, up to 20 credits in all: the Responder maps evidence against the Outcome Codes "
                                         "in an APL portfolio, which a Supervisor and the University's APL officer assess. Accredited codes are then not closed again by a Job."],
    ["41-C-01", "Hear and Treat", "Assessment only, for exceptionally experienced teachers (for example from the council's SEN support services). See CAUTION below."],
], widths=[2.6, 6.4, 8])
text_box(d, "CAUTION: HEAR AND TREAT", [
    "Hear and Treat is not a short cut. A Hear and Treat Responder attends no Shifts but is assessed against every one of "
    "the 29 Outcome Codes: they submit all three Jobs, have a professional discussion of one hour with two Supervisors, "
    "and have one Job observed in their school by a Supervisor. The Station Officer decides each request with the "
    "University's programme director; the fee is half the standard fee.",
], height_cm=3.2, fill="FDE9D9")

bar("AXIOMS")
p(d, "1. Every child with SEN can make progress, and every SENCO can help them make it.")
p(d, "2. Every family is a partner in care.")
p(d, "3. Everyone is welcome on this Protocol.")
p(d, "4. Stakeholders are our first responders: schools and councils tell us what they need.")
p(d, "5. A SENCO who can listen to a child can change a school.")

bar("RULES")
rules = [
    "Rule 1. The aim of Protocol 41 is faster progress in reading, writing and mathematics for pupils with SEN and "
    "disabilities in the Responders' schools, measured in national curriculum levels. Each Job asks the Responder to "
    "show that progress for named pupils.",
    "Rule 2. Starts and routes. There are two starts a year, in January and April. After Sector 1, Responders may take "
    "Sectors 2 and 3 in either order, may join either the Ashdean or the Rother group for any Shift, and may take up to "
    "two years. Responders who miss a Shift join the other group's. All Shifts can also be followed on Dispatch Online "
    "(Rule 3).",
    "Rule 3. Dispatch Online. Every Shift's material, a recording of its main session and a discussion board are on "
    "Dispatch Online, the course's area on the University's Blackboard. Each Clinical Supervisor answers questions on "
    "the board within two working days and runs a one-hour live Radio Check (an online tutorial with voice and shared "
    "screen) every fortnight between Shifts. Responders are put into Crews of four for peer discussion online; each "
    "Crew posts its Drill findings for the others. Jobs are submitted and returned through Dispatch Online, and the "
    "Desk uses it to send notices to Responders, CFRs and headteachers.",
    "Rule 4. Equality. The Trust is an equal opportunities employer and welcomes applications from everyone. The "
    "Education Desk follows the Trust's equality and diversity policy.",
    "Rule 5. Entry. Callers are accepted only on determinants 41-A-01, 41-B-01 or 41-C-01, after the Station Officer "
    "has checked the answers to KQ1 to KQ3 against the application form and the headteacher's letter, and has read "
    "the Pre-Alert. Callers coded 41-Omega-01 are handled as the Determinants table says.",
    "Rule 6. Marking. Each Job is marked by the Responder's Clinical Supervisor against the Outcome Codes it closes, "
    "on a Job Sheet that records each code as closed or open.",
    "Rule 8. Ride-outs. Every Responder on 41-A-01 spends two days on a Ride-out in one of the six special schools or "
    "four resource bases in the Wealdmark area, arranged by the Desk with East Rother County Council. The host SENCO "
    "agrees a written brief with the Responder beforehand, and the Ride-out feeds Job 2. Specialists teach on the "
    "Shifts: an educational psychologist, a speech and language therapist, the county's autism outreach teacher and "
    "the Trust's paediatric liaison nurse.",
    "Rule 9. Criminal records checks on Responders are a matter for their employers, who check every teacher before "
    "appointment. The Trust checks its own staff: every Clinical Supervisor and every CFR holds an enhanced CRB "
    "disclosure, renewed every three years.",
    "Rule 10. Resources. Responders use the resources of their own schools for their Drills and Jobs. The Trust's "
    "Ashdean training room has a projector and twelve laptops. Responders have University library membership.",
    "Rule 11. Roles. Clinical Supervisors hold the University's associate lecturer contract, which sets out their "
    "duties, and attend the University's marking briefing each year. CFRs are sent a copy of this card when their "
    "Responder starts.",
    "Rule 12. Award. Responders who pass all three Jobs are awarded the Certificate by the University's Board of "
    "Examiners.",
]
for r in rules[:6]:
    p(d, r)
r7 = d.add_paragraph()
tracked(r7, [("t", "Rule 7. Moderation. A second Supervisor marks a sample of one Job in five from each Supervisor"),
             ("ins", ", and double-marks every Job 3"),
             ("t", "; the Supervisors meet to agree marks before the Board; the University's programme director moderates "
                   "across the Ashdean and Rother groups; and the Clinical Governance Lead reads a sample of every Job and "
                   "reports to the Board of Examiners.")], author="K. Oduya", date="2008-12-01T14:10:00Z")
for r in rules[6:]:
    p(d, r)
cm = p(d, "Stakeholders have not yet had a hand in shaping Protocol 41: it was written by the Education Desk and the "
          "University in autumn 2008. We plan a reference group of headteachers and parents from 2009. What the "
          "course reflects of schools' needs comes from heads we meet at Heartstart sessions, who tell us that new "
          "SENCOs need to know the law, to manage their time and to know how to find help outside the school.")
comment(d, cm, "The heads' group met three times in 2008 and asked for more on autism and for an April start - both now in. "
               "Can we count this?", author="T. Haskell", initials="TH")

bar("RESPONSE PLAN")
p(d, "Nine Shifts in three Sectors of 20 credits each. Between Shifts Responders do Drills in school with their CFR.")
rp = table(d, [
    ["Shift", "What is worked on", "Led by"],
    ["SECTOR 1: CALL RECEIVED", None, None],
    ["1", "The law and guidance on SEN: the Education Act 1996, the SEN Code of Practice 2001, School Action and School "
          "Action Plus, statements and annual reviews; Every Child Matters and the Children Act 2004, and what each "
          "outcome means for a pupil with SEN.", "Station Officer; council SEN officer"],
    ["2", "How children develop: language, social and emotional development, and how disability, SEN, home and the "
          "classroom environment affect it. The common kinds of need: behavioural, emotional and social difficulties, "
          "dyslexia and specific learning difficulties, speech, language and communication needs, autism, moderate "
          "learning difficulties.", "Supervisors; educational psychologist"],
    ["3", "Relationships with pupils: fairness, respect, listening. Consulting children and young people: Talking Mats, "
          "pupil interviews, pupil-led reviews. Responders are given the Parent Partnership Service's leaflet for "
          "parents.", "Supervisors; speech and language therapist"],
    ["SECTOR 2: ON SCENE", None, None],
    ["4", "Identifying pupils with SEN from observation, data and tests; setting targets; planning interventions and "
          "reviewing them; using other professionals' assessments to plan teaching; tracking progress with national "
          "tests and teacher assessment and changing programmes; access arrangements for tests and examinations.", "Supervisors"],
    ["5", "Approaches, strategies and resources for teaching and assessment, including ICT; what research and inspection "
          "show: Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow review (2008), the "
          "National Strategies' Quality Standards for SEN support and outreach services. Pupils' involvement in "
          "planning and reviewing their provision.", "Supervisors; autism outreach teacher"],
    ["6", "Provision mapping and management: finding gaps and provision that does not work; school self-evaluation and "
          "the SEF; reviewing provision with colleagues.", "Supervisors; school improvement partner"],
    ["SECTOR 3: HANDOVER", None, None],
    ["7", "Strategic leadership with heads and governors: inclusive ethos, SEN policy, priorities and resources; winning "
          "colleagues' commitment; time management and delegation; problem solving and decisions on provision.", "Supervisors; headteacher guest"],
    ["8", "Supporting colleagues' development: observing, feedback, coaching, mentoring, training; working with parents "
          "and carers; working in partnership with other services and voluntary organisations; the CAF.", "Supervisors; paediatric liaison nurse"],
    ["9", "Debrief. Keeping up to date and owning your CPD; each Responder writes a Next Shift Plan of professional "
          "targets for the following two years, to take to their headteacher, using the Desk's planning sheet.", "Station Officer"],
], widths=[1.6, 12, 3.4])
for i in (1, 5, 9):
    merge_row(rp, i, rp.cell(i, 0).text, fill="FBE4D5")

bar("JOBS")
table(d, [
    ["Job", "Brief", "Sector"],
    ["Job 1: Patient Study", "A 4,000-word study of one pupil with SEN: how the need was identified, what the law and the Code require, "
                             "the pupil's part in planning, the targets, the intervention and the review, with the pupil's progress in national curriculum levels.", "1"],
    ["Job 2: Scene Survey", "A provision map of the Responder's school, with a 4,000-word analysis of what is missing or not working, "
                            "drawing on the Ride-out, and a plan agreed with the headteacher and governors.", "2"],
    ["Job 3: Crew Resource Report", "A 4,000-word report on a change the Responder led with colleagues over a term: how they planned it, "
                                    "used their time and delegated, how they supported colleagues' professional development, and what pupils "
                                    "gained, measured against a baseline taken before the change, with a reflective account of their own CPD.", "3"],
], widths=[3.8, 11.4, 1.8])
p(d, "Drills. Between Shifts each Responder does a Drill in school with their CFR: for example, sitting in on a colleague's "
     "lesson to look at how formative assessment is used with pupils with SEN, or finding and reading a piece of research "
     "on an intervention the school uses. Drills are talked through at the next Shift and are not marked.")

bar("OUTCOME CODES")
p(d, "These are the course's outcomes: the national minimum outcomes as the Desk codes them, 41-D-01 to 41-D-29. "
     "Dispatched on gives the Shift where each code is worked on. Closed by gives the Job that marks it. Where Closed by "
     "reads Stood down, the code is worked on at its Shift but no Job closes it. Where it reads Drill only, the code is "
     "practised in an unmarked Drill and nothing marks it. No send means Protocol 41 does not cover the code. A dash "
     "under Dispatched on means no Shift works on it.")
oc = [
    ["Code", "Outcome (Desk wording)", "Dispatched on", "Closed by"],
    ["ATTRIBUTES", None, None, None],
    ["41-D-01", "Fair, respectful, supportive relationships with pupils with SEN and their families", "Shift 3", "Job 1"],
    ["41-D-02", "Gets colleagues, the head and senior leaders committed to better outcomes", "Shift 7", "Stood down"],
    ["41-D-03", "Prioritises, manages time, delegates and checks it is done", "Shift 7", "Job 3"],
    ["41-D-04", "Anticipates and resolves problems; sound decisions on provision", "Shift 7", "Job 2"],
    ["41-D-05", "Clear in speech and writing; listens to and understands others", "Shift 3", "Job 1"],
    ["41-D-06", "Uses research and outside advice to improve own and colleagues' practice", "Shift 5", "Drill only"],
    ["41-D-07", "Keeps up to date and owns CPD on SEN and disability", "Shift 9", "Job 3"],
    ["KNOWLEDGE", None, None, None],
    ["41-D-08", "SEN law and guidance, the Code of Practice and how to put them into practice", "Shift 1", "Job 1"],
    ["41-D-09", "Every Child Matters principles and outcomes and the SENCO's part", "Shift 1", "Job 1"],
    ["41-D-10", "Disability equality law and the actions it requires", "-", "Job 1"],
    ["41-D-11", "How children develop and what affects development", "Shift 2", "Job 1"],
    ["41-D-12", "Common kinds of SEN and disability and their effect on learning", "Shift 2", "Job 1"],
    ["41-D-13", "Approaches, strategies and resources for assessment and teaching, including ICT", "Shift 5", "Job 2"],
    ["41-D-14", "School self-evaluation and improvement for pupils with SEN", "Shift 6", "Job 2"],
    ["41-D-15", "Best practice and research in meeting SEN", "Shift 5", "Stood down"],
    ["41-D-16", "Scope and role of external agencies; getting specialist support", "-", "No send"],
    ["SKILLS", None, None, None],
    ["41-D-17", "Influences inclusive ethos, policy, priorities and resources with senior colleagues and governors", "Shift 7", "Job 2"],
    ["41-D-18", "Identifies pupils with SEN, sets targets, plans interventions, reviews progress", "Shift 4", "Job 1"],
    ["41-D-19", "Uses other professionals' assessments to plan teaching", "Shift 4", "Job 1"],
    ["41-D-20", "Uses summative assessment and national tests to track progress", "Shift 4", "Job 1"],
    ["41-D-21", "Encourages colleagues' formative assessment for pupils with SEN", "Shift 4", "Drill only"],
    ["41-D-22", "Special arrangements for national tests and examinations, in good time", "Shift 4", "Job 2"],
    ["41-D-23", "Provision mapping; finding ineffective or missing provision", "Shift 6", "Job 2"],
    ["41-D-24", "Deploys and manages staff", "-", "No send"],
    ["41-D-25", "Supports colleagues' professional development", "Shift 8", "Job 3"],
    ["41-D-26", "Reviews provision with staff to inform self-evaluation", "Shift 6", "Stood down"],
    ["41-D-27", "Involves pupils in planning and reviewing their provision", "Shift 5", "Job 1"],
    ["41-D-28", "Liaises with parents and carers", "Shift 8", "Stood down"],
    ["41-D-29", "Works in partnership with other services and voluntary organisations", "Shift 8", "Job 3"],
]
ot = table(d, oc, widths=[2, 10.2, 2.4, 2.4])
for i, row in enumerate(oc):
    if row[1] is None:
        merge_row(ot, i, row[0], fill="DEEAF6")

bar("AQI: AMBULANCE QUALITY INDICATORS FOR PROTOCOL 41")
p(d, "AQI 1. Internal evaluation. Responders complete an online evaluation after every Shift and at the end of each "
     "Sector. The Supervisors meet after each Shift; the Station Officer reports to the Trust's Education Governance "
     "Group each quarter and writes the University's annual monitoring report, with an action plan for the next start.")
p(d, "AQI 2. External evaluation. The Clinical Governance Lead, appointed by the University from another university, "
     "reports each year on standards and on the course; the University's School of Education reviews Protocol 41 in "
     "its annual programme review. Actions from both reports go into the Station Officer's action plan, and the "
     "changes made are reported back to Responders on Dispatch Online.")
p(d, "AQI 3. Course Review Group. A headteacher from each of the two council areas, the East Rother County Council "
     "SEN adviser, a parent from the Parent Partnership Service's forum and two former Responders sit with the "
     "Station Officer on the Course Review Group, which meets each term, reads the evaluations and the headteachers' "
     "Impact Returns, and agrees changes. Each Responder's headteacher completes an Impact Return at the end of the year "
     "saying what has changed in the school.")
p(d, "AQI 4. Impact. Responders rate their confidence on each Outcome Code at the Pre-Alert and again at the Debrief, "
     "and Supervisors record their judgement of each Responder's competence at each Job. Job 1 and Job 3 both require "
     "a baseline of named pupils' attainment and well-being before the intervention and a second measure after it; "
     "the Station Officer collects these measures across the cohort and reports them in the annual monitoring report.")
p(d, "AQI 5. Staff. The Station Officer, Kathryn Oduya, was SENCO of a large comprehensive for eight years and holds an "
     "MA in Special and Inclusive Education. The Clinical Supervisors are Dr Rafe Annand (senior lecturer in inclusive "
     "education, University of East Rother; former educational psychologist), Grace Molyneux (SENCO and assistant "
     "head, Brookmill Primary; NPQH; Advanced Skills Teacher for SEN) and Paul Stennett (head of the county's learning "
     "support service; MEd; OCR Diploma in SpLD). All three teach or advise in schools every week and attend the "
     "county's SENCO network and nasen's regional conference each year.")
p(d, "AQI 6. Fees. The fee is GBP 1,450 for the year; both councils fund half the fee for their maintained schools. "
     "Shifts are held in two places to cut travelling, and the optional Shift 4A and the two routes mean Responders "
     "pay only for what they need.")
p(d, "END OF PROTOCOL 41", bold=True, align="c")
comment(d, ot.cell(0, 3).paragraphs[0], "Should 41-D-24 go into Job 3? Rafe thinks it fits.", author="K. Oduya", initials="KO")

d.save(OUT)
print("wrote", OUT)
