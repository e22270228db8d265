"""jf-01-marlcombe-ethogram-protocol: build script.

Provider (invented): the Conservation Learning Department of Marlcombe Zoo (Marlcombe Zoological
Society), a large regional zoo, with the University of Severnbridge, School of Education, which
validates the award. Application for approval to run the National Award for SEN Coordination,
2009-10.

Document kind and layout: the zoo's own Behavioural Research Protocol (its Research Committee's
"Form BR-2"), the form every long-term observation study at the zoo is written on, used for the whole
course. The course is "the New Coordinator Study": participants are "cohort members", study days are
"Field Days" at the Hatherley Learning Centre, marked assignments are "Recorded Tasks" (RT1-RT3),
tutors are "Observers", school mentors are "Field Supervisors", the reflective journal is the
"Field Log", the needs assessment is the "Acclimatisation Profile", the outcomes are an "Ethogram" of
behaviour codes in the zoo's own scheme (SOC-, FOR-, TER-) with columns "Elicited in" (Field Day) and
"Scored in" (Recorded Task), and "ad lib." for behaviour noted but never scored. Heading styles with
form numbering ("3.2 Exclusion criteria", "5.5", "4.3 Field sites") that collides with requirement
ids. The form's grey italic "Guidance:" prompts are left in. A VML text box "At a glance" on the first
page. A summary table with a merged row; a Field Day table; the ethogram table with merged, shaded
category rows and a whole row deleted as a tracked change; a research team table. Header and footer
(with a PAGE field). Three Word comments. Tracked changes: one inserted sentence, one deleted
sentence, one deleted table row.

Traps (requirement ids):
- Credits appear only as the placeholder "[credits TBC] at Masters level"; the 60 credits are only
  in a comment (E.2 partially_met). Validation by the University is stated and dated (E.1 met).
- Research: the only research named is research on learning in zoos (Falk et al., BIAZA) and the
  rest is "will reflect recent research ... as it appears" (1.3 partially_met: right words, wrong
  thing, plus intention).
- CRB: enhanced disclosures are held by the zoo's own staff, keepers and volunteers; checks on
  cohort members "are a matter for their employing school"; a comment wonders whether to check
  (5.3 not_met: other people, someone else's responsibility, comment not evidence).
- Assessment-only: the "Direct observation route" existed only in the 2007-08 pilot and "is not
  offered in this Study" (2.3 not_met: past arrangement and negation).
- Placements are "behind the scenes" days with the zoo's animal sections; specialist expertise is
  real (5.5 partially_met: right word, wrong thing).
- Access: visitor accessibility of the zoo site plus "welcome to mention it" (3.1 partially_met).
- ZooNet e-learning: readings and peer boards, but "Observers do not post on them"; a sentence
  promising Observer replies within two days is a tracked deletion (3.3 partially_met).
- Flexibility: January start, Field Days 5-8 in either cohort, and an inserted sentence that Field
  Days 6 and 7 may be taken in either order (3.2 met; insertion counts).
- Steering group: stakeholders co-lead Field Days (involvement in delivery) but their part in
  evaluation is only "We would like in future" (4.3 partially_met). Survey and changes made
  (4.1, 4.2 met).
- Field Supervisors are only "expected to familiarise themselves" with the protocol; Observers are
  trained (5.7 partially_met). Form prompt about training left in.
- Impact: confidence self-rating before and after; pupils' achievement only "We hope in time"
  (5.9 partially_met).
- Ethogram: SOC-3 (time, 6.A3), TER-2c (formative assessment, 6.S2c) and TER-7 (pupil
  participation, 6.S7) are "ad lib." only: developed, not scored (partially_met); 1.5 met because
  Field Day 5 develops consultation. FOR-5 (disability equality law, 6.K3) is a deleted row, while
  Field Day 2 still teaches the DDA (6.K3 partially_met). No row for special arrangements for
  tests (6.S2d not_met). School self-evaluation "is not a topic of the Study" and is left to the
  local authorities' training (6.K7 not_met, while 6.S6 is met). Text box blanket claim "every
  national outcome is recorded in the ethogram" (not evidence).
- Award rule: all three Recorded Tasks and "Established" on every scored code, but ad lib. codes
  "do not form part of the award decision" (6.0 partially_met; 1.9 partially_met).
- RT2 is a case study without impact measures; the Field Log is "not marked".
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jf_helpers import (new_doc, para, runs_para, add_run, ins, dele, table, merge_row, delete_row,
                         shade, cell_text, textbox, header_footer, comment, word_count)

HERE = Path(__file__).parent
NAME = "jf-01-marlcombe-ethogram-protocol"
GREY = "808080"
AUTH1, AUTH2 = "Anna Kestle", "Helen Ashdown"
D1, D2 = "2008-12-09T10:14:00Z", "2008-12-11T16:40:00Z"

doc = new_doc()
header_footer(doc, "Marlcombe Zoological Society  |  Behavioural Research Protocol (Form BR-2)  |  Study MZ/CL/08-14",
              "Form BR-2 rev. 3 (Research Committee, October 2008). Confidential until approved.")

para(doc, "MARLCOMBE ZOOLOGICAL SOCIETY", bold=True, size=14, align="center", space_after=0)
para(doc, "Research Committee", italic=True, align="center", space_after=0)
para(doc, "BEHAVIOURAL RESEARCH PROTOCOL (FORM BR-2)", bold=True, size=16, align="center")
para(doc, "The New Coordinator Study: a year-long field study of teachers new to leading the coordination "
          "of provision for pupils with special educational needs", bold=True, size=12, align="center")
para(doc, "Submitted by the Conservation Learning Department, Marlcombe Zoo, with the University of "
          "Severnbridge, as our application to the TDA for approval to run the National Award for SEN "
          "Coordination from September 2009", italic=True, align="center")

textbox(doc, [
    ("At a glance", {"bold": True, "size": 11}),
    ("Who: up to 24 newly appointed SENCOs per start, from mainstream and special schools in Marlcombe, "
     "Ebbingdon and South Wealdshire.", {}),
    ("Where: eight Field Days at the Hatherley Learning Centre, Marlcombe Zoo, with Field Tasks in each "
     "cohort member's own school and ZooNet between Field Days.", {}),
    ("How it is judged: three Recorded Tasks, scored against the ethogram in Section 6.", {}),
    ("Every national outcome is recorded in the ethogram.", {"italic": True}),
], height_pt=150)

para(doc, "A note to the panel", bold=True)
para(doc, "The Society's Research Committee asks that every long-term study in which the Zoo's teams work "
          "with people or animals is written up on Form BR-2, and the New Coordinator Study is no exception. "
          "We have kept the Committee's form, and its grey guidance notes, so that the panel sees the course "
          "exactly as our staff, the University and our Research Committee will see it. In our words, the "
          "teachers who join the course are cohort members, our tutors are Observers, the taught days are "
          "Field Days, the marked assignments are Recorded Tasks and the national outcomes are set out as an "
          "ethogram: the list of behaviours a study records.")

# ---------------------------------------------------------------- 1
doc.add_heading("1. Study summary", level=1)
para(doc, "Guidance: complete every row. Studies without Research Committee approval may not begin.",
     italic=True, color=GREY)
t = table(doc, [
    ["Item", "Details"],
    ["Study code", "MZ/CL/08-14"],
    ["Principal investigator", "Helen Ashdown, Head of Conservation Learning, Marlcombe Zoo"],
    ["Host department", "Conservation Learning Department, Hatherley Learning Centre, Marlcombe Zoo"],
    ["Partner institution", "University of Severnbridge, School of Education (validating body)"],
    ["Award", "National Award for SEN Coordination (Postgraduate Certificate), "],
    ["Study period", "September 2009 to July 2010 (September start); January 2010 to December 2010 (January start)"],
    ["Subjects", "Up to 24 cohort members per start"],
    ["Status", "The Award was validated by the University of Severnbridge at its validation event of "
               "4 December 2008, for five years from September 2009, subject to TDA approval."],
    [None, None],
])
c = merge_row(t, 9, "Research Committee reference RC 2008/31: approved 9 October 2008 as a long-term study. "
                    "Ethical review: not required (no animals are handled by cohort members).", bold=False,
              italic=True)
award_cell = t.cell(5, 1)
r = add_run(award_cell.paragraphs[0], "[credits TBC] at Masters level", size=9)
comment(doc, r, "University has now confirmed 60 credits at Level 7. Please update before we send. AK",
        AUTH1, "AK")

# ---------------------------------------------------------------- 2
doc.add_heading("2. Background and rationale", level=1)
para(doc, "Guidance: summarise the literature on which the study is based and explain why it is needed. "
          "State the study's aim and objectives.", italic=True, color=GREY)
doc.add_heading("2.1 Why the Zoo?", level=2)
para(doc, "The Conservation Learning Department has taught school groups at Marlcombe for thirty-one years. "
          "Each year about 9,000 of the 64,000 pupils who come on school visits have special educational needs "
          "or disabilities, and our Wild Minds programme has been designed with 140 special and mainstream "
          "schools. Three of our learning officers are qualified teachers who have been SENCOs, and the "
          "questions schools ask us most often are no longer about animals but about the new SENCO's job. When "
          "the 2008 regulations required every new SENCO to be a qualified teacher and to complete nationally "
          "accredited training, the schools on our register asked whether we would offer it with the "
          "University, with which we already run the MA in Outdoor and Informal Learning.")
doc.add_heading("2.2 What schools told us", level=2)
para(doc, "In April and May 2008 we sent a questionnaire to the 212 schools on our Schools Register in "
          "Marlcombe, Ebbingdon and South Wealdshire and received 87 replies. Sixty-one per cent had appointed "
          "a new SENCO in the last three years and a third expected to do so within two. Asked what a new SENCO "
          "most needed, schools put first managing and deploying teaching assistants, then working with other "
          "agencies, then provision mapping, then handling parents' concerns, and then finding the time to do "
          "the job at all. We also met the SEN advisers of the three local authorities and the coordinator of "
          "the Ebbingdon Parent Partnership Service, who asked that the course give real weight to working with "
          "families, and held two focus groups of serving SENCOs at the Zoo in June 2008.")
para(doc, "The Study is shaped by what we heard. Because of the survey, Field Day 4 is now given wholly to "
          "deploying and leading teaching assistants, where our first outline gave it an hour. The local "
          "authority advisers asked us to move the provision-mapping work earlier, so that cohort members can "
          "use their maps in their first Recorded Task, and it now sits in Field Day 3. At the Parent "
          "Partnership Service's request, Field Day 5 is co-led by a parent of a child with SEN and its Field "
          "Task is carried out with a family.")
doc.add_heading("2.3 Research base", level=2)
para(doc, "The study draws on current research. Our department's own work rests on research into learning "
          "in zoos, in particular Falk and colleagues' 2007 study of zoo and aquarium visitors, Why Zoos and "
          "Aquariums Matter, and the 2008 BIAZA review of education in British and Irish zoos, both of which "
          "show how much a well-planned encounter can change what a learner knows and does. The Field Days will "
          "reflect recent research and inspection evidence on special educational needs as it appears.")
doc.add_heading("2.4 Aim and objectives", level=2)
para(doc, "Aim. To raise the achievement and improve the well-being of pupils with SEN and/or disabilities in "
          "cohort members' schools, in all five Every Child Matters outcomes (being healthy, staying safe, "
          "enjoying and achieving, making a positive contribution and achieving economic well-being), by "
          "developing the knowledge, understanding and skills of the teachers who lead their provision.")
para(doc, "Objectives. By the end of the Study each cohort member will:")
for o in [
    "lead the identification, planning and review of provision for pupils with SEN in their school, so that "
    "those pupils make better progress and are happier and safer in school;",
    "work with colleagues, senior leaders, governors, parents and other agencies to remove barriers to "
    "learning and to well-being;",
    "show, in the three Recorded Tasks, the effect of their work on pupils' achievement in the widest sense, "
    "since every Recorded Task asks for evidence of what changed for pupils.",
]:
    para(doc, o, style="List Bullet")

# ---------------------------------------------------------------- 3
doc.add_heading("3. Study population", level=1)
para(doc, "Guidance: describe the subjects, how they are selected, inclusion and exclusion criteria, and any "
          "period of acclimatisation before data collection begins.", italic=True, color=GREY)
doc.add_heading("3.1 Inclusion criteria", level=2)
para(doc, "A teacher may join the Study as a cohort member when all of the following hold:")
for o in [
    "they hold qualified teacher status and have taught for at least two years;",
    "they have been appointed as their school's SENCO, or their headteacher has confirmed in writing that they "
    "will take up the role within the year;",
    "their headteacher has signed the Study Agreement, which commits the school to release them for the "
    "eight Field Days and to name a Field Supervisor;",
    "they have had a pre-entry conversation with the Principal Investigator about their experience of SEN "
    "and about the Study's demands, and have sent a short written statement about a pupil they have taught.",
]:
    para(doc, o, style="List Bullet")
para(doc, "If an applicant does not yet meet the criteria, the Principal Investigator writes to them and, "
          "with their permission, to their headteacher, setting out what they would need to do first (for "
          "example a term shadowing the school's current SENCO, or the University's short course in "
          "inclusive practice), and offers a place on a later start.")
doc.add_heading("3.2 Exclusion criteria and suitability", level=2)
p = para(doc, "All Zoo staff, keepers and volunteers who meet cohort members or the pupils who visit with them "
              "hold an enhanced CRB disclosure obtained through the Society's safer recruitment policy. Cohort "
              "members are employed teachers, and any checks on them are a matter for their employing school "
              "or local authority; the Study does not ask for or record their disclosure details.")
comment(doc, p.runs[0], "Should we check the CRB numbers ourselves? The University does for its PGCE "
                        "students. HA", AUTH2, "HA")
doc.add_heading("3.3 Transfers in (prior study and experience)", level=2)
para(doc, "Cohort members who have passed Masters-level modules in special educational needs or inclusion "
          "in the last five years may ask the University's Recognition of Prior Learning panel to accredit "
          "them, for up to 30 credits, and are then excused the Field Days and Recorded Task that those "
          "credits replace. Experience that has never been certificated may also be accredited: the cohort "
          "member writes a reflective claim, mapped to the ethogram codes and supported by evidence from "
          "school, which two Observers assess; a successful claim carries up to 20 credits. Prior study and "
          "experience that is not accredited is still taken into account in the Acclimatisation Profile "
          "(3.4).")
doc.add_heading("3.4 Acclimatisation", level=2)
para(doc, "Before Field Day 1 each cohort member completes the Acclimatisation Profile: a self-rating against "
          "every code in the ethogram (Section 6), with a line of evidence for each rating. The Profile is "
          "discussed at a one-hour interview with their Observer and their school's Field Supervisor. From "
          "it the three agree an Individual Observation Plan, which lists the codes the cohort member will "
          "concentrate on (their focal codes), the codes they can already show (their baseline codes, which "
          "the Observer checks during the Study), and the Recorded Task options they will take.")
para(doc, "The focal codes decide which of the optional afternoon workshops a cohort member attends on each "
          "Field Day, and which of the Field Tasks they carry out in school. Workshops run for groups of six "
          "to eight, so that time on each Field Day goes where the group's needs are rather than on what most "
          "of the group already knows. Observers revisit the Individual Observation Plan at the mid-point "
          "review after Field Day 4 and change the focal codes when the evidence shows they should.")
doc.add_heading("3.5 Direct observation route", level=2)
para(doc, "In the 2007-08 pilot with Ebbingdon local authority, two very experienced coordinators from the "
          "authority's Learning Support Service were assessed on a portfolio against the ethogram without "
          "attending Field Days. The route was a pilot arrangement and closed when the pilot ended; it is not "
          "offered in this Study.")

# ---------------------------------------------------------------- 4
doc.add_heading("4. Study sites", level=1)
para(doc, "Guidance: describe the enclosures and facilities used, the home range of the subjects and any "
          "field sites.", italic=True, color=GREY)
doc.add_heading("4.1 Hatherley Learning Centre", level=2)
para(doc, "The Field Days take place in the Hatherley Learning Centre, inside the Zoo. It has two teaching "
          "rooms, a resource library of some 1,100 titles on special educational needs and inclusion, held "
          "jointly with the University library so that cohort members may borrow from either, a sensory room "
          "built for our own special school visits, and an assistive technology bench on which cohort members "
          "try out ICT used with pupils with SEN: switch access, Communicate: In Print and other symbol "
          "software, text-to-speech, Clicker 5 and two eye-gaze trial units lent by the Marlcombe ICT and "
          "Inclusion Team. The University's library, its e-journals and its assessment test collection are "
          "open to every cohort member.")
doc.add_heading("4.2 Home range", level=2)
para(doc, "Each cohort member's own school is their home range. After each Field Day they carry out a Field "
          "Task there: a short, planned piece of practice tied to that Field Day's ethogram codes, which they "
          "try out, evaluate with their Field Supervisor and bring back to the next Field Day. The Field Tasks "
          "are where the Study changes practice: each Recorded Task is built from the Field Tasks that went "
          "before it, and asks what difference they made.")
doc.add_heading("4.3 Field sites", level=2)
para(doc, "Specialist expertise. Field Days are co-led with visiting specialists: an educational "
          "psychologist from the Marlcombe Educational Psychology Service, a speech and language therapist "
          "from Marlcombe Community NHS Trust, a teacher of the deaf from the Ebbingdon Sensory Impairment "
          "Team, the coordinator of the Ebbingdon Parent Partnership Service and a parent of a child with "
          "SEN.")
para(doc, "Placements. Each cohort member spends two behind-the-scenes days with one of the Zoo's animal "
          "sections (primates, hoofstock or the Tropical House), shadowing the section head to see how keepers "
          "plan, record and review the care of each individual animal. We have found it a powerful model for "
          "planning for the individual child.")

# ---------------------------------------------------------------- 5
doc.add_heading("5. Sampling methods and schedule", level=1)
para(doc, "Guidance: describe sampling methods (focal, scan, all-occurrence), the schedule of observation "
          "sessions and any remote recording.", italic=True, color=GREY)
doc.add_heading("5.1 Focal sessions: the Field Days", level=2)
para(doc, "The Study runs twice a year, from September and from January. Field Days 1 to 4 are taken with "
          "one's own cohort; Field Days 5 to 8 run in both cohorts, so a cohort member who misses one, or whose "
          "school cannot release them, takes it with the other cohort.")
p = para(doc, "A cohort member may take up to two years to complete. ")
ins(p, "Field Days 6 and 7 may be taken in either order, to suit the school calendar.", AUTH2, D2)
t = table(doc, [
    ["Field Day", "Theme", "Led by", "Main codes"],
    ["1", "Orientation. The SENCO's role; Every Child Matters and the five outcomes; the coordinator's day: "
          "prioritising, managing time and delegating; speaking and writing for different audiences.",
     "Helen Ashdown, Mark Tulliver", "FOR-4, SOC-3, SOC-5"],
    ["2", "The legal landscape. The SEN Code of Practice (2001) and the 1996 Act as amended; the SEN and "
          "Disability Act 2001; the Disability Discrimination Act 1995 and 2005, the disability equality "
          "duty and accessibility plans; Removing Barriers to Achievement; the 2008 SENCO regulations.",
     "Mark Tulliver", "FOR-3"],
    ["3", "Finding the need. Identifying pupils who may have SEN through observation, data and assessment; "
          "setting targets and planning interventions; using end-of-key-stage tests, P scales and other "
          "summative data to track progress; provision mapping; solving problems in provision.",
     "Priya Desai, Mark Tulliver", "TER-2, TER-2b, TER-3, SOC-4, FOR-8"],
    ["4", "Leading the team. Deploying and managing teaching assistants; observing, coaching and mentoring "
          "colleagues; helping teachers develop formative assessment for pupils with SEN; resources and "
          "ICT on the assistive technology bench.",
     "Priya Desai", "TER-4, TER-5, TER-2c, FOR-8"],
    ["5", "Listening to children and families. Consulting pupils, including those with little or no "
          "speech, about what affects them; pupil-led reviews; building fair and respectful relationships "
          "with pupils and their parents or carers; liaising with and advising parents.",
     "Priya Desai, Parent Partnership, a parent", "SOC-1, TER-7, TER-8"],
    ["6", "Working with others. How children develop and how SEN, disability and environment affect "
          "development; the most common types of SEN; the scope and role of external agencies; using other "
          "professionals' assessments; working with voluntary organisations.",
     "Educational psychologist, speech and language therapist", "FOR-6, FOR-7, FOR-10, TER-2a, TER-9"],
    ["7", "Strategy and influence. Working with senior leaders and governors on ethos, policy and "
          "resources; gaining colleagues' commitment; reviewing provision with other staff; research "
          "evidence and best practice.",
     "Mark Tulliver, a headteacher", "TER-1, SOC-2, TER-6, FOR-1, FOR-9"],
    ["8", "Presenting findings. The cohort conference (Recorded Task 3); keeping up to date; the Release "
          "Plan.", "All Observers", "SOC-5, FOR-2"],
])
doc.add_heading("5.2 Scan sessions: ZooNet", level=2)
p = para(doc, "Between Field Days cohort members use ZooNet, the Society's online learning platform. Each Field "
              "Day has a ZooNet page with its readings, short video clips filmed in partner schools, the Field "
              "Task sheet and a discussion board for the cohort. The boards are run by the cohort members "
              "themselves; Observers do not post on them, and questions for Observers are kept for the next "
              "Field Day. ")
dele(p, "Observers answer questions sent through ZooNet within two working days.", AUTH1, D1)
para(doc, "Field Supervisors receive a ZooNet bulletin each half-term with the coming Field Task and the dates "
          "of the next Field Day.")
doc.add_heading("5.3 All-occurrence recording: the Field Log", level=2)
para(doc, "Cohort members keep a Field Log throughout: a dated record of Field Tasks, reading, conversations "
          "and anything they notice about their own practice. Observers read it at the mid-point review and "
          "at Field Day 8 and talk it through with the cohort member. The Field Log is not marked.")

# ---------------------------------------------------------------- 6
doc.add_heading("6. Ethogram", level=1)
para(doc, "Guidance: list every behaviour to be recorded, with its code and an operational definition, and "
          "show how and when each will be sampled.", italic=True, color=GREY)
p = para(doc, "The ethogram is the list of behaviours the Study records. The codes are the Society's own. The "
              "definition is what a cohort member does by the end of the Study. \"Elicited in\" gives the "
              "Field Day where the behaviour is taught and practised. \"Scored in\" gives the Recorded Task in "
              "which it is marked against the University's Level 7 criteria. A code marked \"ad lib.\" is noted "
              "by Observers whenever it occurs, in the Field Log and on Field Days, but is not scored in any "
              "Recorded Task.")
comment(doc, p.runs[0], "Mark asks whether the ad lib. codes need to be scored somewhere before the TDA "
                        "panel. Discuss at team meeting. AK", AUTH1, "AK")
rows = [
    ["Code", "Behaviour", "Definition", "Elicited in", "Scored in"],
    [None] * 5,
    ["SOC-1", "Affiliative approach", "Builds fair, respectful, supportive and constructive relationships with "
     "pupils with SEN and/or disabilities and with their parents or carers.", "FD5", "RT2"],
    ["SOC-2", "Recruiting allies", "Gains the commitment of colleagues, including the headteacher and senior "
     "leaders, to better outcomes for pupils with SEN.", "FD7", "RT3"],
    ["SOC-3", "Time budget", "Prioritises work, manages own time and delegates tasks, checking that delegated "
     "tasks are done well.", "FD1", "ad lib."],
    ["SOC-4", "Problem solving", "Anticipates and resolves problems, makes well-founded decisions and sound "
     "judgements about provision.", "FD3", "RT1"],
    ["SOC-5", "Vocal communication", "Expresses ideas clearly in speech and writing; listens to and "
     "understands the views of others.", "FD1, FD8", "RT3"],
    [None] * 5,
    ["FOR-1", "Social learning", "Draws on research evidence and other external advice to improve own and "
     "colleagues' practice.", "FD7", "RT3"],
    ["FOR-2", "Self-maintenance", "Keeps up to date and takes responsibility for own continuing professional "
     "development in SEN and disability.", "FD8", "RT3"],
    ["FOR-3", "Legal knowledge", "Knows the law and guidance on SEN, including the SEN Code of Practice, "
     "what they mean for the school and the SENCO, and how to put them into practice.", "FD2", "RT1"],
    ["FOR-4", "Every Child Matters", "Knows the principles and five outcomes of Every Child Matters and the "
     "SENCO's part in helping children achieve them.", "FD1", "RT1"],
    ["FOR-5", "Disability equality law", "Knows the laws on disability equality and the actions they require "
     "of the school.", "FD2", "RT1"],
    ["FOR-6", "Development", "Knows how children develop and how development is affected by SEN, disability "
     "and the physical and social environment.", "FD6", "RT2"],
    ["FOR-7", "Common needs", "Knows the most common SEN and disabilities (BESD, specific learning "
     "difficulties including dyslexia, SLCN, autistic spectrum disorders, MLD) and how they affect "
     "learning.", "FD6", "RT2"],
    ["FOR-8", "Approaches", "Has a critical understanding of approaches, strategies and resources, including "
     "ICT, for assessment, planning, teaching and learning, and uses them to remove barriers.", "FD3, FD4",
     "RT2"],
    ["FOR-9", "Best practice", "Knows best practice and the outcomes of research in meeting SEN.", "FD7",
     "RT3"],
    ["FOR-10", "Agencies", "Knows the scope and role of external agencies and how to get specialist support "
     "and resources.", "FD6", "RT2"],
    [None] * 5,
    ["TER-1", "Strategic influence", "With senior colleagues and governors, influences the strategic "
     "development of an inclusive ethos, policies, priorities and use of resources.", "FD7", "RT3"],
    ["TER-2", "Identification and targets", "Identifies pupils who may have SEN using observation, data and "
     "assessment; sets challenging targets, plans interventions and reviews progress.", "FD3", "RT1"],
    ["TER-2a", "Using others' assessments", "Uses assessments from a range of professionals to develop "
     "teaching approaches.", "FD6", "RT2"],
    ["TER-2b", "Tracking", "Uses summative assessments, including national tests, to track pupils' progress "
     "and change programmes.", "FD3", "RT1"],
    ["TER-2c", "Formative assessment", "Encourages other teachers to develop formative assessment, with "
     "approaches for pupils with SEN.", "FD4", "ad lib."],
    ["TER-3", "Provision mapping", "Uses provision mapping and management to plan provision and identify "
     "provision that is ineffective or missing.", "FD3", "RT1"],
    ["TER-4", "Deployment", "Deploys and manages teaching assistants and other staff effectively.", "FD4",
     "RT1"],
    ["TER-5", "Mentoring", "Supports colleagues' development by observation and feedback, modelling, "
     "coaching and mentoring, and by arranging training.", "FD4", "RT3"],
    ["TER-6", "Review", "Reviews and evaluates with other staff how well provision is working, to inform "
     "the school's self-evaluation and improvement planning.", "FD7", "RT3"],
    ["TER-7", "Pupil participation", "Makes sure pupils are involved in planning, agreeing, reviewing and "
     "evaluating their provision.", "FD5", "ad lib."],
    ["TER-8", "Liaison with families", "Liaises effectively with parents and carers to promote their "
     "children's learning and development.", "FD5", "RT2"],
    ["TER-9", "Partnership", "Works in partnership with other services and agencies, including voluntary "
     "organisations.", "FD6", "RT2"],
]
t = table(doc, rows, size=8.5)
merge_row(t, 1, "SOCIAL BEHAVIOUR: working with people", fill="E2EFD9", size=8.5)
merge_row(t, 7, "FORAGING: finding and using knowledge", fill="E2EFD9", size=8.5)
merge_row(t, 19, "TERRITORY AND RANGE: leading provision", fill="E2EFD9", size=8.5)
delete_row(t, 12, AUTH1, D1, size=8.5)
para(doc, "School self-evaluation as such (the SEF and its principles) is not a topic of the Study; it is "
          "covered in the local authorities' own training for school leaders.")

# ---------------------------------------------------------------- 7
doc.add_heading("7. Data collection: the Recorded Tasks", level=1)
para(doc, "Guidance: describe each data collection instrument and when it is used.", italic=True, color=GREY)
para(doc, "Recorded Task 1: Range Survey (4,000 words, after Field Day 4).", bold=True)
para(doc, "An audit of provision for pupils with SEN in the cohort member's school. It includes a provision "
          "map the cohort member has drawn up with colleagues, with an account of the provision it shows to "
          "be ineffective or missing and what was done about it; an account of how one pupil was identified, "
          "the targets set and the interventions planned, with the pupil's progress tracked through national "
          "test results and other summative data; an account of how teaching assistants are now deployed; and "
          "a commentary on the school's duties under SEN law and the Code of Practice and on Every Child "
          "Matters.")
para(doc, "Recorded Task 2: Focal Child Study (4,000 words, after Field Day 6).", bold=True)
para(doc, "A study of one pupil with SEN and/or disabilities over a term: their development and needs, how "
          "assessments from other professionals shaped the teaching approach, the approaches, strategies and "
          "ICT used, and how the cohort member worked with the family and with other services and voluntary "
          "organisations.")
para(doc, "Recorded Task 3: Colony Presentation (a 20-minute presentation at Field Day 8 and a 2,000-word "
          "paper).", bold=True)
para(doc, "An account of a change the cohort member has led in school with senior leaders and governors: how "
          "they gained colleagues' commitment, the research and advice they drew on, how they coached or "
          "mentored a colleague, how they reviewed the provision with other staff and what they will do next "
          "for their own development.")
para(doc, "The award rule.", bold=True)
para(doc, "The Award is made by the University's Board of Examiners to cohort members who pass all three "
          "Recorded Tasks and who reach \"Established\" on every code scored in them. Codes recorded ad lib. "
          "are noted in the Field Log and discussed with the Observer but do not form part of the award "
          "decision.")

# ---------------------------------------------------------------- 8
doc.add_heading("8. Inter-observer reliability", level=1)
para(doc, "Guidance: describe how observers will be calibrated and how agreement will be checked.",
     italic=True, color=GREY)
para(doc, "Before each Recorded Task is scored, the Observers meet for a calibration session and score three "
          "anchor scripts from the pilot until they agree. Every Recorded Task is then scored by the cohort "
          "member's own Observer; a second Observer scores one in four, and every task near the pass mark or "
          "failing, and the two agree the score or refer it to the Lead Observer. The University's School of "
          "Education moderator samples every Recorded Task, and the external examiner appointed by the "
          "University, Dr Colin Pryce (formerly principal SEN adviser for a large county), sees a sample of "
          "each, reports to the Board of Examiners and writes an annual report.")

# ---------------------------------------------------------------- 9
doc.add_heading("9. Research team", level=1)
para(doc, "Guidance: name the observers and field staff, give their experience, and state how all of them "
          "will be trained so that they understand their roles.", italic=True, color=GREY)
table(doc, [
    ["Name", "Role in the Study", "Background"],
    ["Helen Ashdown", "Principal Investigator; Observer", "Head of Conservation Learning. SENCO for nine "
     "years at a Marlcombe secondary school; MEd in Special and Inclusive Education (Severnbridge, 2003); "
     "member of NASEN and of the Marlcombe SENCO network."],
    ["Mark Tulliver", "Lead Observer; University programme leader", "Senior Lecturer in Inclusive Education, "
     "University of Severnbridge; formerly SEN adviser, South Wealdshire; teaches on the University's MA "
     "in SEN; external examiner for two other universities' SEN programmes."],
    ["Priya Desai", "Observer", "Learning Officer (Inclusion), Marlcombe Zoo; formerly deputy head of a "
     "special school for pupils with severe and complex learning difficulties; NASEN member."],
    ["Dr Janet Hollis", "Visiting specialist", "Senior educational psychologist, Marlcombe Educational "
     "Psychology Service."],
    ["Ruth Abernethy", "Visiting specialist", "Specialist speech and language therapist, Marlcombe "
     "Community NHS Trust."],
])
para(doc, "Each Observer keeps their specialist knowledge current through the University's SEN research "
          "seminar, which meets twice a term, and through their own work in schools: Helen Ashdown and Priya "
          "Desai each spend a day a month in partner schools' SEN departments.")
para(doc, "Observers follow the Society's Observer Handbook, which sets out their duties for each Field Day "
          "and for scoring, and attend the University's assessor training each September. Field Supervisors "
          "(usually the cohort member's headteacher or a senior colleague) receive a copy of this protocol "
          "and are expected to familiarise themselves with it.")

# ---------------------------------------------------------------- 10
doc.add_heading("10. Welfare of subjects", level=1)
para(doc, "Guidance: state how the study complies with equality legislation and how the welfare of subjects "
          "will be safeguarded.", italic=True, color=GREY)
para(doc, "The Hatherley Learning Centre is on one level, with step-free paths from the Main Gate. "
          "Wheelchairs and mobility scooters are lent free of charge at Guest Services, and there are "
          "accessible toilets in every zone of the Zoo. Cohort members who need anything else are welcome to "
          "mention it to the team.")

# ---------------------------------------------------------------- 11
doc.add_heading("11. Analysis and evaluation", level=1)
para(doc, "Guidance: describe how the data will be analysed and how the study itself will be evaluated.",
     italic=True, color=GREY)
para(doc, "We evaluate the Study in several ways. Inside the Study: an evaluation card at the end of every "
          "Field Day, read by the Observers the same week; the Observers' review meeting after each Field Day; "
          "the use made of each ZooNet page; and a focus group of cohort members at Field Day 8. Outside it: "
          "the external examiner's annual report and the University's annual monitoring of the Award.")
para(doc, "Each July the Principal Investigator writes a Study Review setting out what the evidence shows and "
          "the changes it leads to for the next cohort, which the University's School Board must approve "
          "before the next start. The 2007-08 pilot review, for example, moved the legal Field Day from sixth "
          "to second place and replaced a written examination with the Range Survey.")
para(doc, "Cohort members rate their confidence on each ethogram code in the Acclimatisation Profile and again "
          "at Field Day 8, and we compare the two ratings for each cohort. We hope in time to be able to show "
          "an effect on pupils' achievement as well, perhaps by following up cohort members' schools a year "
          "after they finish.")

# ---------------------------------------------------------------- 12
doc.add_heading("12. Steering group", level=1)
para(doc, "The Study Steering Group is the Principal Investigator, the University's programme leader and the "
          "Zoo's Learning Manager, and meets each term. We would like in future to add a headteacher and a "
          "local authority adviser so that schools can help us evaluate the Study.")

# ---------------------------------------------------------------- 13
doc.add_heading("13. Release and follow-up", level=1)
para(doc, "Guidance: describe what happens to subjects at the end of the study.", italic=True, color=GREY)
para(doc, "At Field Day 8 each cohort member draws up a Release Plan with their Observer: three professional "
          "targets for the following year, drawn from their focal codes and from their school's improvement "
          "plan, which they take to their performance management meeting with their headteacher. The "
          "Observer talks through next steps, including the University's MA in Special and Inclusive "
          "Education, into which the Award's credits transfer, and the Marlcombe SENCO network, which former "
          "cohort members are invited to join.")

para(doc, "Signed for the Conservation Learning Department: Helen Ashdown, Principal Investigator. "
          "Signed for the University of Severnbridge: Mark Tulliver, Programme Leader.", italic=True)

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, word_count(out), "words")
