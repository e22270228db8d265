"""ll-02-scarrowdale-drillhole-log

Provider (invented): Scarrowdale College, formerly the Scarrowdale Mining and
Quarrying Institute (lead, fluorspar and limestone; founded 1871), whose School
of Education now trains teachers, with the (invented) University of Wharfemouth.
Local authority: Scarrow and Nidd County Council. Application for the 2008-09
National Award for SEN Coordination, first cohort January 2009.

Document kind and layout: the course written as a mineral exploration
DRILLHOLE LOG AND SAMPLING RECORD for one hole, "SC-SEN-09": a Collar Record
table (merged header cells, a placeholder for the credits), a Logging Codes
legend table near the top (Run = study day; Logger = participant; Driller =
tutor; Core Buddy = school-based mentor; Rig = the participant's school; Assay
A1-A3 = the three marked assignments; "Logged only" = looked at and discussed
on a Run, never assayed; "Core loss" = not recovered, not in the course; Check
Lab = external examiner), grey template prompts from the logging sheet left in,
a Downhole Log table (From / To in cumulative contact hours, a vertically merged
Zone column for the three modules, shaded zone bands), a Sample Register of the
outcomes (sample numbers SR-01..., one outcome missing: the numbers jump), a
tracked change in a register cell, a whole deleted paragraph, a whole inserted
paragraph, a Word comment, footnotes, a header and footer, and "Neighbouring
holes" describing another college's routes.

Traps (requirement ids):
- E.2 partially: Level 7 stated but the depth reads "[credits to be confirmed]".
- 1.3 partially: research only in general terms ("keep abreast of current
  research"), no sources or developments named.
- 1.9 partially: outcomes "Logged only", "Core loss" and one missing.
- 2.2 partially: the Pre-collar Questionnaire "gives the Driller a picture of
  the group"; no individual plan or personal outcomes.
- 2.3 not_met: the assessment-only route belongs to Brackenmoor Institute's
  hole (another provider); "We have not drilled a hole of that kind".
- 2.5 not_met: "Recommendations for further drilling" are about the college's
  next cohorts and another authority, not participants' professional targets.
- 3.2 partially: fixed order, one start a year; a deleted paragraph would have
  let Zones be taken in either order; only catching a missed Run with the next
  cohort remains.
- 3.3 not_applicable: "There is no online element to this course"; e-mail for
  arrangements is not e-learning.
- 4.1 partially: "Schools tell us" in general terms; no evidence gathered.
  4.2 met: the Steering Group's concrete changes. 4.3 met: heads, a parent
  partnership officer and Loggers on the Hole Review Panel.
- 5.3 met: Chain of Custody checks each Logger's enhanced CRB disclosure.
- 5.6 partially: "adequate resources" in general terms, only a reading pack.
- 5.7 met only through a whole INSERTED paragraph (Core Buddy training).
- 5.8 partially: second marking only of fails; Check Lab "[external examiner to
  be appointed]"; no moderation.
- 5.9 partially: an end-of-course confidence questionnaire, but pupil impact is
  only hoped for.
- 6.0 not_met: the Award is made on attendance and submission of the Assays.
- 6.A2, 6.A5, 6.K9, 6.S2c partially: "Logged only". A comment says A5 is
  really assessed in A2 (comments are not evidence).
- 6.K3 partially: assayed in A1 but "-" in the Logged at column (not taught).
- 6.K7 not_met: "Core loss". 6.S4 not_met: no sample (SR-23 is skipped and no
  Run teaches deploying staff).
- 6.S2d met: its cell's "Logged only" is deleted and "A3" inserted.
- A footnote gives APL detail (2.1 is met in the body).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ll_helpers import *

NAME = "ll-02-scarrowdale-drillhole-log"
AUTH = "J. Metcalfe"
d = new_doc("Calibri", 10)
header_footer(d, "SCARROWDALE COLLEGE  -  Drillhole Log and Sampling Record  -  Hole SC-SEN-09  -  Sheet 1 of 1",
              "Logged to College Standard LS-4 (2007).  Printed copies are uncontrolled.")

para(d, "SCARROWDALE COLLEGE", bold=True, size=15)
para(d, "School of Education (formerly the Scarrowdale Mining and Quarrying Institute, 1871)", italic=True)
para(d, "DRILLHOLE LOG AND SAMPLING RECORD", bold=True, size=13, shade="D9E2F3")
para(d, "Submitted to the Training and Development Agency for Schools: application for approval to run the National Award for SEN Coordination, 2008-09")

ct = table(d, [
    ["COLLAR RECORD", "", "", ""],
    ["Hole ID", "SC-SEN-09", "Project", "National Award for SEN Coordination (Postgraduate Certificate in SEN Coordination)"],
    ["Licence holder", "Scarrowdale College with the University of Wharfemouth", "Validation", "Validated by the University of Wharfemouth at its validation event on 8 October 2008; the University awards the Certificate"],
    ["Level", "Level 7 (masters)", "Total depth", "[credits to be confirmed] credits"],
    ["Spud date (first Run)", "Thursday 22 January 2009", "End of hole", "Thursday 10 December 2009"],
    ["Geologist (Programme Leader)", "Joan Metcalfe", "Drillers (tutors)", "Tom Raistrick, Dr Anwen Bainbridge, Sue Hebden"],
    ["Rigs", "Schools in Scarrow and Nidd", "Loggers (cohort size)", "Up to 24"],
], widths=[3.3, 4.7, 3, 6])
merge_row(ct, 0, "COLLAR RECORD", fill="D9E2F3")

d.add_heading("1. Note to the reader", level=2)
para(d, "Scarrowdale trained mine captains, quarry managers and surveyors for a century before the Institute joined the college and turned to teacher education. Our logging room is still in use, and we still teach students to record a drillhole honestly: what was drilled, what came up, what was sent for assay, and what was lost. We have written this application in the form of the log we keep for every hole, because it asks the same questions a panel should ask of a course. The codes are explained in section 2.")
para(d, "A log is not a prospectus. It does not say what the hole might find; it records the intervals drilled, the core recovered, the samples sent to the laboratory and the results that came back. Where we have not yet done something, the log says so, and where something is only looked at and not assayed, the log says that too. We think that is what a panel needs, and we have tried to keep to it.")
para(d, "The target. The course aims to raise the achievement of children and young people with SEN and disabilities in Scarrow and Nidd, and to improve their well-being in each of the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Its objectives are that each Logger leads SEN provision in their school with confidence, uses evidence about pupils' progress and well-being to judge that provision, and works with colleagues, parents and other services so that pupils with SEN are included in every part of school life. Every Assay asks Loggers to show what difference their work has made to pupils' achievement and well-being.")

d.add_heading("2. Logging codes", level=2)
prompt(d, "Enter the codes used on this log. Use the College standard codes where possible. [Logging sheet guidance LS-4]")
table(d, [
    ["Code", "Meaning on this log"],
    ["Run", "A study day at the college, 9.15 to 3.45. There are ten Runs, numbered in order of drilling."],
    ["Interval (From - To)", "Cumulative contact hours at the start and end of a Run."],
    ["Zone", "A module of 20 credits. Zone 1 Foundations; Zone 2 Teaching and Learning; Zone 3 Leading Provision."],
    ["Logger", "A participant: a teacher who is, or will be, a SENCO."],
    ["Driller", "A college tutor who teaches Runs and marks Assays."],
    ["Geologist", "The Programme Leader."],
    ["Rig", "The Logger's own school, where school-based work is done."],
    ["Core Buddy", "A school-based mentor, normally an experienced SENCO in another school in the same cluster."],
    ["Sample (SR-)", "One of the minimum outcomes of the National Award, in our words, in the Sample Register (section 6)."],
    ["Logged at", "The Run(s) where the outcome is taught and practised."],
    ["A1, A2, A3", "The three Assays: marked assignments, one per Zone, each marked against the University's Level 7 criteria."],
    ["Logged only", "Looked at, discussed and practised on a Run, with feedback, but not sent for assay: not marked."],
    ["Core loss", "Nothing recovered: not in the course this year."],
    ["Check Lab", "The external examiner appointed by the University."],
], widths=[3.5, 13.5])

d.add_heading("3. Pre-collar survey and site selection", level=2)
prompt(d, "Record the reasons for siting the hole and any survey carried out before drilling.")
para(d, "Schools tell us they need SENCOs who can lead, not only coordinate, and who can talk to parents and to other services with confidence. Headteachers in our partnership meetings say the same.")
para(d, "The hole was sited with the Scarrow and Nidd SEN Steering Group, which brings together the County's Principal Officer for SEN, two headteachers, a SENCO from each phase, the Parent Partnership Service and the Educational Psychology Service. The Group read two drafts of the course in the summer of 2008 and changed it in three ways: it asked for a Run in a special school (now Run 5), it asked that Assay 2 be carried out with a colleague rather than alone, and it asked that the Run on external agencies be moved from Zone 1 to Zone 3 so that Loggers come to it with experience of the role. All three changes were made before validation.")

d.add_heading("4. Entry and prior core", level=2)
para(d, "4.1 Entry. Loggers must be qualified teachers in a school in Scarrow and Nidd or a neighbouring authority, and must hold the SENCO role or have been named by the governing body to take it up by September 2009. The application form asks for a statement of the applicant's experience of SEN, and the headteacher must sign to confirm release for the ten Runs and the Logger's access to pupil and school data. The Geologist reads each application against the entry requirements, and applicants without a degree are asked for a piece of written work so that we can judge whether they can meet the Level 7 demands.")
p = para(d, "4.2 Prior core. A Logger who has passed a Level 7 module in SEN or inclusion within the last five years may claim credit for it against Zone 1 under the University's accreditation of prior learning regulations; a Logger with long experience as a SENCO may instead present a portfolio of evidence against the Zone 1 outcomes, assessed by two Drillers, for credit against Zone 1.")
fn = Footnotes(d)
fn.add(p, "Up to 20 credits in all. A Logger credited with Zone 1 joins the hole at Run 4.")
para(d, "4.3 Pre-collar Questionnaire. Before Run 1 each Logger completes the Pre-collar Questionnaire about their school, their role and the areas of SEN they know least about. The Pre-collar Questionnaire gives the Driller a picture of the group, so that Runs can be pitched at the right level.")
para(d, "4.4 Choice. Each Logger chooses one of two elective Runs (Run 8a, sensory and physical needs, or Run 8b, behavioural, emotional and social difficulties) and chooses the focus of Assay 3 from their Rig's improvement plan, agreed with their Driller at a tutorial. The fee is £1,200 for the whole course, which the County pays for its own schools; the 60 credits count towards the University's MA in Education, which several Drillers teach.")

d.add_heading("5. Downhole log", level=2)
prompt(d, "Describe lithology, colour, grain size, structure and weathering for each interval. Note any core loss.")
rows = [
    ["Zone", "Run", "Interval (hrs)", "Date", "Description", "Work at the Rig"],
    ["ZONE 1  FOUNDATIONS", "", "", "", "", ""],
    ["1", "1", "0 - 6", "22 Jan 2009", "The SENCO's role in the school; the SEN Code of Practice (2001) and its guidance; the Education Act 1996 as it applies to SEN; statutory assessment and statements; Every Child Matters and the Children Act 2004.", "Audit the school's SEN policy against the Code"],
    ["1", "2", "6 - 12", "12 Feb 2009", "How children develop: language, cognition, social and emotional development, and how SEN, disability and the child's surroundings affect them.", "Observe one child across a day"],
    ["1", "3", "12 - 18", "12 Mar 2009", "The common types of SEN and disability: BESD, SpLD including dyslexia, SLCN, ASD and MLD; identifying pupils who may have SEN; setting targets and reviewing progress.", "Identification review with one class teacher"],
    ["ZONE 2  TEACHING AND LEARNING", "", "", "", "", ""],
    ["2", "4", "18 - 24", "23 Apr 2009", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT; using assessments from other professionals; tracking progress with summative data and national tests.", "Progress tracking for a group of pupils"],
    ["2", "5", "24 - 30", "21 May 2009", "Run at Greystone Edge Special School: a day with the school's teachers, therapists and pupils, and a tour of its outreach service.", "Plan one change drawn from the visit"],
    ["2", "6", "30 - 36", "18 Jun 2009", "Pupils' voices: consulting pupils, including those with little or no speech, and involving them in planning and reviewing their provision; relationships with pupils and families; working with parents and carers.", "Consult three pupils about their provision"],
    ["2", "7", "36 - 42", "9 Jul 2009", "Working alongside colleagues: coaching, modelling, observation and feedback; formative assessment for pupils with SEN; access arrangements.", "Joint observation with a colleague"],
    ["ZONE 3  LEADING PROVISION", "", "", "", "", ""],
    ["3", "8a / 8b", "42 - 48", "8 Oct 2009", "Elective: 8a sensory and physical needs; 8b behavioural, emotional and social difficulties. Both use recent best practice and research.", "Short literature review"],
    ["3", "9", "48 - 54", "5 Nov 2009", "Provision mapping and management; reviewing provision with staff; strategic planning with senior colleagues and governors.", "Provision map and review meeting"],
    ["3", "10", "54 - 60", "10 Dec 2009", "External agencies and voluntary organisations; the Common Assessment Framework; working in partnership; keeping up to date in SEN and disability.", "Agency directory for the Rig"],
]
dl = table(d, rows, widths=[1.4, 1.3, 1.7, 2.1, 6.8, 3.7])
for i in (1, 5, 10):
    merge_row(dl, i, dl.cell(i, 0).text, fill="FBE4D5")
merge_down(dl, 0, 2, 4, "1")
merge_down(dl, 0, 6, 9, "2")
merge_down(dl, 0, 11, 13, "3")
para(d, "")
para(d, "Drilling notes. The Runs are drilled in the order shown, one hole a year, starting in January. Between Runs each Logger carries out the work at the Rig shown above, meets their Core Buddy at least twice a half term, and keeps a Core Tray: a file of notes, evidence and reflections which is brought to every Run and from which the Assays are written.")
tracked_para(d, [("d", "Zones 2 and 3 may be drilled in either order, and a second hole will be spudded in September 2009 for Loggers who cannot start in January.")], author=AUTH)
para(d, "A Run follows the same pattern each time. The morning opens with the Core Tray check, in which Loggers in groups of four show one another the work they have brought from the Rig and the Driller picks out points for the whole cohort. An input from the Driller or a visiting speaker follows, then case work in mixed-phase groups on anonymised cases that Loggers bring. The afternoon ends with each Logger writing up the interval in their Core Tray and agreeing the next piece of work at the Rig.")
para(d, "A Logger who misses a Run may pick it up with the following cohort in the next year.")
para(d, "There is no online element to this course. Reading packs and task sheets are handed out at Runs or posted, and we use e-mail only to tell Loggers about arrangements.")

d.add_heading("6. Sample register", level=2)
para(d, "The register lists every sample taken from the hole. Each is a minimum outcome of the Award written in our own words. Codes are given in section 2.")
reg = [["Sample", "The Logger can...", "Logged at", "Assay"]]
S = [
    ("SR-01", "build fair, respectful, supportive and constructive relationships with pupils with SEN and disabilities and with their parents or carers", "Run 6", "A2"),
    ("SR-02", "win the commitment of colleagues, including the headteacher and senior leaders", "Run 9", "Logged only"),
    ("SR-03", "set priorities, manage their time and delegate where that is right", "Run 9", "A3"),
    ("SR-04", "see problems coming, resolve them and make well-judged decisions about provision", "Runs 3, 9", "A3"),
    ("SR-05", "express themselves clearly in speech and writing, and listen to and understand others' views", "Runs 6, 7", "Logged only"),
    ("SR-06", "use research evidence and outside advice to improve their own and colleagues' practice", "Run 8a/8b", "A3"),
    ("SR-07", "keep up to date and take responsibility for their own professional development in SEN and disability", "Run 10", "A3"),
    ("SR-08", "explain the law and guidance on SEN, including the Code of Practice, what they mean for the school and how to put them into practice", "Run 1", "A1"),
    ("SR-09", "explain the principles and outcomes of Every Child Matters and the SENCO's part in them", "Run 1", "A1"),
    ("SR-10", "explain the laws on disability equality and what the school must do under them", "-", "A1"),
    ("SR-11", "explain how children develop and how SEN, disability and the child's surroundings affect development", "Run 2", "A1"),
    ("SR-12", "describe the common types of SEN and disability and their effects on learning", "Run 3", "A1"),
    ("SR-13", "judge critically approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning", "Run 4", "A2"),
    ("SR-14", "use the principles of school self-evaluation to improve outcomes for pupils with SEN", "Core loss", "Core loss"),
    ("SR-15", "draw on best practice and research outcomes in meeting SEN", "Run 8a/8b", "A3"),
    ("SR-16", "explain the scope and role of external agencies and how to obtain specialist support and resources", "Run 10", "Logged only"),
    ("SR-17", "work with senior colleagues and governors to shape the school's inclusive ethos, policies, priorities and resources", "Run 9", "A3"),
    ("SR-18", "identify pupils who may have SEN or disabilities, set challenging targets, plan interventions and review progress", "Run 3", "A1"),
    ("SR-19", "use assessments from a range of professionals to develop teaching approaches", "Run 4", "A2"),
    ("SR-20", "use summative assessments, including national tests, to track progress and adjust programmes", "Run 4", "A2"),
    ("SR-21", "encourage other teachers to develop formative assessment, with approaches suited to pupils with SEN", "Run 7", "Logged only"),
    ("SR-22", "identify in good time the special arrangements pupils need for national tests and examinations and put them in place", "Run 7", "Logged only"),
    ("SR-24", "use provision mapping and management to find provision that is missing or not working", "Run 9", "A3"),
    ("SR-25", "support colleagues' professional development through observation and feedback, modelling, coaching and training", "Run 7", "A2"),
    ("SR-26", "review with other staff how well provision works, so as to inform the school's self-evaluation", "Run 9", "A3"),
    ("SR-27", "make sure pupils are involved in planning, agreeing, reviewing and evaluating their provision", "Run 6", "A2"),
    ("SR-28", "liaise well with parents and carers", "Run 6", "A2"),
    ("SR-29", "work in partnership with other services and agencies, including voluntary organisations", "Run 10", "A3"),
]
reg += [list(x) for x in S]
rt = table(d, reg, widths=[1.6, 10.4, 2.4, 2.6])
tracked_cell(rt.cell(22, 3), [("d", "Logged only"), ("i", "A3")], author=AUTH)
for i in (14,):
    for c in rt.rows[i].cells:
        shade_cell(c, "E7E6E6")
cpar = rt.cell(5, 1).paragraphs[0]
comment(d, cpar, "Isn't SR-05 really assayed in the A2 viva? Change to A2 before we send? - TR", author="Tom Raistrick", initials="TR")
para(d, "")

d.add_heading("7. Assay procedure", level=2)
para(d, "A1 (end of Zone 1): a written case study of one pupil, 4,000 words, showing how the law, the pupil's development and their type of need shape the school's provision. A2 (end of Zone 2): a report of 3,000 words on an assessment and teaching review carried out with a colleague, with a 15-minute viva with two Drillers. A3 (end of Zone 3): a leadership project drawn from the Rig's improvement plan, 5,000 words, with evidence from the Core Tray.")
para(d, "Each Assay is returned with written feedback within four weeks. A Logger whose Assay falls below grade is given a tutorial with their Driller and may resubmit once, within six weeks; the resubmitted Assay is capped at the pass mark. Extensions, mitigating circumstances and appeals follow the University's regulations for postgraduate certificates, and the University's Examination Board confirms all results.")
para(d, "The Award is made to every Logger who has attended at least nine of the ten Runs and has submitted all three Assays by the final deadline.")

d.add_heading("8. QA / QC", level=2)
prompt(d, "Record certified reference materials, blanks and duplicates inserted, and the check laboratory used.")
para(d, "Standards. Each Driller marks the Assays of their own tutor group against the University's Level 7 criteria and the samples sent for that Assay. Duplicates. Every Assay that falls below grade is re-assayed by a second Driller before the result is confirmed. Check Lab: [external examiner to be appointed].")

d.add_heading("9. Chain of custody", level=2)
para(d, "Before a Logger is accepted, the college's Registry asks the Logger's employer to confirm in writing that the Logger holds a current enhanced CRB disclosure, with its date and number, and that List 99 has been checked; where the disclosure is more than three years old the college carries out a new enhanced check before Run 1. No Logger attends the Run at Greystone Edge Special School or begins work at the Rig without this confirmation on file.")
para(d, "Loggers with a disability or a specific learning difficulty are invited on the application form to tell us what they need. The college's Disability Adviser meets each one before Run 1 and agrees a written support plan, which may include materials in large print or electronic form, a hearing loop in the logging room, a note-taker, extra time or another form for an Assay. All Runs are held in the ground-floor logging room, which has level access.")

d.add_heading("10. Site personnel", level=2)
table(d, [
    ["Name", "Role on the hole", "Qualifications and current work"],
    ["Joan Metcalfe", "Geologist (Programme Leader)", "MA in SEN and Inclusion; SENCO in two secondary schools for eleven years; chairs the Scarrow and Nidd SENCO Forum"],
    ["Tom Raistrick", "Driller", "MEd; specialist teacher for specific learning difficulties with the County's Learning Support Service (0.4 post continuing)"],
    ["Dr Anwen Bainbridge", "Driller", "PhD on communication difficulties; speech and language therapist; Senior Lecturer in Education"],
    ["Sue Hebden", "Driller", "NPQH; deputy head of Greystone Edge Special School; leads its outreach service"],
], widths=[3.3, 4, 9.7])
para(d, "")
para(d, "Core Buddies. Each Logger's Core Buddy is an experienced SENCO from the same cluster, chosen by the Geologist from the SENCO Forum. The Core Buddy visits the Rig once a half term, reads the Core Tray and talks through the next piece of work.")
tracked_para(d, [("i", "Every Core Buddy attends a half-day Core Buddy training session at the college in January, receives the Core Buddy Handbook setting out what they do and do not do (they advise and sign the Core Tray, they do not mark), and meets the Drillers again at a review session in June. Drillers are inducted by the Geologist using the Drillers' Handbook and attend the University's marking workshop.")], author=AUTH)

d.add_heading("11. Laboratory and equipment", level=2)
para(d, "The College has adequate resources for the course. Each Logger receives a reading pack for each Zone.")

d.add_heading("12. Geologist's remarks", level=2)
para(d, "Evaluation. After every Run, Loggers complete a one-page evaluation which the Geologist reads and summarises for the Drillers' meeting that follows. At the end of each Zone, the Hole Review Panel meets: two headteachers, the Parent Partnership Officer, two Loggers elected by the cohort and the Drillers. It looks at the evaluations, the Assay results and the Core Buddies' reports and agrees changes for the next Zone and the next hole, which the Geologist reports to the University's annual monitoring. At the end of the course Loggers complete a questionnaire rating their confidence against each sample in the register, which we compare with the Pre-collar Questionnaire. We hope the course will make a difference to the results of pupils with SEN in Loggers' schools.")
para(d, "Research. The Drillers keep abreast of current research in SEN and share it with Loggers on the Runs.")
para(d, "Recommendations for further drilling. If this hole proves the ground, the college will drill a second hole from September 2010 for schools in the neighbouring authority of Wensley Moor, and a third hole for teaching assistants working towards Higher Level Teaching Assistant status. We recommend that the Steering Group review the siting of further holes in 2010.")

d.add_heading("13. Neighbouring holes", level=2)
para(d, "Brackenmoor Institute's hole BM-03, drilled for the same Award across the county boundary, has an assessment-only route: experienced SENCOs present a portfolio and a viva and are assessed without attending. We have not drilled a hole of that kind. Brackenmoor also offers an online route with a tutor-moderated forum.")

d.add_heading("14. Sign-off", level=2)
table(d, [
    ["Logged by", "Checked by", "Date"],
    ["Joan Metcalfe, Geologist", "Professor Ian Lister, University of Wharfemouth", "[date]"],
], widths=[5.5, 7.5, 4])
fn.finish()
d.save(str(Path(__file__).parent / (NAME + ".docx")))
print("wrote", NAME + ".docx")
