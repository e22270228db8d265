"""kn-01-severnvale-patient-report-form

Provider (invented): Severnvale Ambulance Service NHS Trust, Community Education
Team (the "Heartsafe Schools" team), with the University of Wrekinford, which
validates the award. December 2008, for the 2009 cohorts.

Kind of document and layout: the course written out on the Trust's own Patient
Report Form (PRF/7, "Education use" edition). The form's own field labels are
kept: Incident Details, Presenting Complaint (PC), History of Presenting
Complaint (HPC), Past Medical History (PMH), Allergies / Contra-indications,
Social History (SH), Primary Survey typed as A-B-C-D-E, Treatment Given, Obs
Chart, Clinical Impression, Disposition, ATMIST Handover, Crew. No heading
styles: each field is a shaded one-row title table or a bold typed label.
Grey form prompts ("Record time of each set of obs...") are left in. The
Trust's vocabulary: the participant is the "Patient", tutors are "Attending
Clinicians", school-based mentors are "Crew Mates", study days are
"Attendances", the school-based tasks are "Scene Work", the marked pieces are
"Handovers" (H1-H4), the external examiner is the "Clinical Auditor", the
University is the "Receiving Hospital", the pre-course needs assessment is
"Triage" and the individual plan is the "Care Plan". The outcomes are an Obs
Chart of 29 lines in the Trust's words (no national codes), grouped in merged
rows, with "Taken at" (Attendance where the line is worked on) and
"Reassessed at" (the Handover that marks it). The key is given only in the
sentences above the chart: "Baseline only" (worked on, never marked) and "NR"
(not recorded: the course does not take that observation). A header and a
footer, a CLINICAL ALERT text box (the online Station), three Word comments,
tracked changes (a whole deleted paragraph and an inserted clause).

Traps, with the requirement ids they touch:
- 2.3 not_met: the assessment-only route ("Hear and Treat") is a past
  arrangement of the Trust's earlier course, ended July 2008 (PMH); the
  current route is another provider's (Ludmoor University) to which enquirers
  are referred; the only present-tense offer is in the page footer; a comment
  asks about reinstating it.
- 2.5 not_met: a progression conversation is only hoped for ("We would like,
  in time, ..."); the Discharge field says nothing else.
- 2.1 partially_met: certificated prior study is accredited (up to 20
  credits), experience is explicitly not ("Allergies / Contra-indications").
- 1.5 and 6.S7 partially_met: pupils' views are gathered only by attending a
  review meeting; the pupil-voice line is "Baseline only".
- 1.9 partially_met: six lines are not reassessed and two not recorded.
- 3.3 partially_met: the online Station (text box) has a peer forum that
  Clinicians do not post in; "between Attendances there is no tutor contact
  through the Station"; the ICT use is described.
- 4.3 partially_met: stakeholders give guest sessions and headteachers sit on
  a panel, but their part in evaluation is only "we hope to invite".
- 5.3 partially_met: no check is made; the Trust relies on schools having
  checked their teachers ("will already have been checked").
- 5.5 partially_met: specialist guests (EP, SALT, paediatric LD nurse) but the
  special-school placement sentence is a deleted tracked change, and the text
  says "Visits to other schools are not part of the course".
- 5.9 partially_met: competence and confidence are measured (Triage re-run),
  pupils' achievement is not ("we do not ask Patients to measure").
- Obs Chart: "Baseline only" lines -> partially_met (6.A3, 6.A7, 6.K7, 6.S5,
  6.S7); a line reassessed in H2 with no Attendance ("Taken at" reads "-")
  -> partially_met (6.S2b); NR lines -> not_met (6.K4, 6.S2d).
- Comment asserting H3 "covers child development" is not evidence (6.K4).
- Footer ("Assessment-only route available on request") and header are not
  evidence (2.3). A blanket claim in the Clinical Impression ("every national
  outcome is observed") does not change the chart.
- 6.0 met: Disposition: "Conveyed" (awarded) only when the Clinical Auditor's
  Handover Sheet shows every one of the 29 lines reached.
- 5.3 contrast: Attending Clinicians' own enhanced CRB checks are described
  (the Trust's staff), which is the wrong people for 5.3.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kn_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "SEVERNVALE AMBULANCE SERVICE NHS TRUST   PATIENT REPORT FORM PRF/7 (EDUCATION USE)   COPY 1 OF 3: RECEIVING HOSPITAL",
              "PRF/7 Ed. Rev 3, 11/08. Assessment-only route available on request. Confidential when complete.")


def field(title, prompt=None):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), title, bold=True, size=10)
    shade(t.cell(0, 0), "C00000" if title.startswith("SECTION") else "D9E2F3")
    if prompt:
        p(d, prompt, italic=True, colour="808080", size=8)


p(d, "SEVERNVALE AMBULANCE SERVICE NHS TRUST", bold=True, size=14, align="c")
p(d, "Patient Report Form (PRF/7), Education use edition", bold=True, size=12, align="c")
p(d, "Heartsafe Schools: Community Education Team, with the University of Wrekinford", size=10, align="c")
p(d, "Application for approval to provide the National Award for SEN Coordination, 2009 cohorts", italic=True, align="c")

p(d, "A note to the panel before the form. Our Community Education Team has run Heartsafe Schools first aid and "
     "resuscitation training in 212 schools across the Severnvale area since 2001, and for three years has run a "
     "course for teachers who coordinate provision for pupils with medical needs and disabilities. Our crews think "
     "in PRFs, so we have written the course on the form we use every day. The form's printed prompts are left in "
     "grey; they are the form's, not ours. On this form the Patient is the participant, a teacher new to the role "
     "of SENCO, and the Receiving Hospital is the University of Wrekinford, which validates the award and makes it.")

field("INCIDENT DETAILS")
t = table(d, [
    ["Field", "Entry"],
    ["Incident number", "SEN/09/01 (January cohort) and SEN/09/09 (September cohort)"],
    ["Call category", "Planned, non-emergency: a one-year, part-time course of study"],
    ["Location", "Severnvale Education and Training Centre, Kidderford; the University of Wrekinford, Castle Street campus; and each Patient's own school"],
    ["Receiving Hospital", "University of Wrekinford, Faculty of Education and Health"],
    ["Award made", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)"],
    ["Credit", "60 credits at Level 7 (masters level) of the Framework for Higher Education Qualifications"],
    ["Validation", "Validated by the University of Wrekinford at its validation event of 14 October 2008, for five years from January 2009"],
    ["Patients per incident", "Up to 24"],
], widths=[5, 12])

field("PC: PRESENTING COMPLAINT", "Record in the patient's own words where possible.")
p(d, "Pupils with special educational needs and disabilities in our schools do less well than they should, in "
     "their learning and in their lives: they are more often excluded, more often absent, less often healthy and "
     "safe, and they leave school with fewer routes into work. The course exists to raise the achievement of "
     "these children and young people and to improve their well-being across all five Every Child Matters "
     "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
     "economic well-being. Its aims say so; its objectives are written as the Obs Chart below; its content follows "
     "them; and every Handover asks the Patient to show what changed for named pupils in their own school, in "
     "learning and in well-being, not only in test scores.")
p(d, "The course also aims to give the Patient the knowledge, understanding and skills to lead teaching and "
     "learning for pupils with SEN and disabilities in their school, and to work with colleagues, parents and "
     "carers, and other services to do it.")

field("HPC: HISTORY OF PRESENTING COMPLAINT", "Onset, duration, what has been tried, what made it better or worse.")
p(d, "The course was built from evidence about what schools, the two local authorities and families need. In "
     "spring 2008 Severnvale County Council and Wrekin Borough Council surveyed all 196 of their maintained schools "
     "about SENCO training; 141 replied. Headteachers put three needs first: SENCOs who can map and cost provision; "
     "SENCOs who can lead other staff, including teaching assistants; and SENCOs who know what to do when a pupil "
     "with complex medical needs or a disability joins the school. SENCOs themselves asked for time to talk to "
     "specialists, and for study days that do not take them out of school in the same week each term. The "
     "Severnvale Parent Partnership Service ran two focus groups with 19 parents, who asked that SENCOs be better "
     "at explaining what the school is doing and at listening.")
p(d, "Those findings changed the course. Attendance 5 (provision mapping) was added after the headteachers' "
     "survey; the Scene Work on deploying teaching assistants was moved earlier at the councils' request; and the "
     "parents' focus groups wrote the brief for the Handover on working with families. Our Heartsafe head "
     "teachers' group, which meets each term, read the draft course in September 2008 and asked for the study days "
     "to alternate between Tuesdays and Thursdays, which they now do.")

field("PMH: PAST MEDICAL HISTORY", "Previous episodes, previous treatment, previous admissions.")
p(d, "From 2005 to 2008 the Trust ran the Heartsafe SENCO Network, an unaccredited course of six days for "
     "teachers coordinating provision for pupils with medical needs. Until it ended in July 2008 it offered a "
     "Hear and Treat route, by which an experienced teacher could be assessed without attending. That course has "
     "closed and its routes closed with it. For teachers who already seem to meet every outcome, our neighbours' "
     "course at Ludmoor University offers an assessment-only route, and our Education Desk refers such enquirers "
     "to Ludmoor.")

field("ALLERGIES / CONTRA-INDICATIONS", "Known allergies; anything that must not be given.")
p(d, "Prior certificated study at Level 7 in special educational needs, completed within the last five years, "
     "is accredited by the Receiving Hospital against Care Episode 1, up to 20 credits, on the University's "
     "accreditation of prior certificated learning procedure. Experience is not accredited: the course does not "
     "award credit for prior experiential learning, however long the Patient has worked with pupils with SEN.")

field("SH: SOCIAL HISTORY", "Lives with, carers, occupation, mobility, access.")
p(d, "Every Patient must hold qualified teacher status, be employed in a school in Severnvale or Wrekin, and be "
     "the school's SENCO or be designated to become its SENCO within the year. The application carries a letter "
     "from the headteacher agreeing to release the Patient for eight Attendances and to name a Crew Mate. "
     "Applications are read by the Course Lead and the University's Admissions Tutor against these requirements "
     "and against the Triage results (below). A candidate who does not yet meet them is offered a meeting with "
     "the Course Lead, told what to do to reach the entry level, and the Course Lead writes to the headteacher.")
p(d, "Patients are serving teachers and will already have been checked by their employing schools and local "
     "authorities before taking up their posts, so no further criminal records check is asked for at "
     "application. Our own Attending Clinicians, as Trust staff who work with children, hold enhanced CRB "
     "disclosures renewed every three years by the Trust's Workforce Department.")

field("TRIAGE (PRE-COURSE)", "Triage category and time.")
p(d, "Before the first Attendance every Patient completes Triage: a self-assessment against each of the 29 lines "
     "of the Obs Chart, scored 1 to 4, followed by a 45-minute Triage conversation with their Attending "
     "Clinician, who checks the scores against evidence from the Patient's school (the SEN policy, the provision "
     "map, a recent review). The Clinician and the Patient then write a Care Plan: which lines the Patient will "
     "concentrate on, which Scene Work they will do first, which optional Attendance sessions they need, and a "
     "personalised set of outcomes in the Patient's own words for their own school. The Care Plan is reviewed at "
     "Attendance 4 and again before the final Handover.")

field("PRIMARY SURVEY", "A - Airway; B - Breathing; C - Circulation; D - Disability; E - Exposure.")
p(d, "A  Access", bold=True)
p(d, "The Trust and the University each have a Disability Equality Scheme under the Disability Discrimination "
     "Act 1995 as amended in 2005, and the course follows both. Every application form and the Triage form ask "
     "the Patient, in plain words, whether they have a disability or need anything done differently, and say why "
     "we ask. What a Patient tells us leads to a written list of reasonable adjustments agreed with the "
     "University's Disability Service before the first Attendance: so far these have included papers in large "
     "print, a hearing loop in the Kidderford training room, extra time for Handovers and a parking space by the "
     "door. The Kidderford centre is on one level and has an accessible toilet.")
p(d, "B  Blended", bold=True)
p(d, "There are two start points a year, in January and September. Patients may take the three Care Episodes in "
     "either order after Care Episode 1, may move between the Tuesday and Thursday groups, and may take up to two "
     "years to finish. Attendances are face to face; reading, discussion and the Handover drafts use the online "
     "Station described in the alert below.")
text_box(d, "CLINICAL ALERT: THE STATION (ONLINE)", [
    "The Station is the course's area on the University's Moodle. It holds every Attendance's slides and reading, "
    "a calendar, the Handover briefs and the submission point for every Handover, which returns marked work with "
    "the Clinician's typed comments. Patients use it to reach the University library's electronic journals.",
    "The Station forum is for Patients only: Attending Clinicians do not post in it, so that Patients can talk "
    "freely. Between Attendances there is no tutor contact through the Station; questions for a Clinician wait "
    "for the next Attendance.",
], height_cm=4.5)
p(d, "C  Contact", bold=True)
p(d, "Each Patient has one Attending Clinician for the whole year, who leads their Triage, writes their Care "
     "Plan with them, marks their Handovers and sees them at every Attendance. Each Patient also has a Crew Mate: "
     "an experienced SENCO or senior leader in their own or a nearby school, named by the headteacher, who meets "
     "the Patient at least twice a term in school to talk through the Scene Work.")
p(d, "D  Disability and specialist help", bold=True)
p(d, "Patients meet specialists at the Attendances: an educational psychologist from each council, a speech and "
     "language therapist from the primary care trust, the Trust's paediatric learning disability nurse, and a "
     "teacher from the county's sensory support service lead sessions with the Clinicians.")
dp = d.add_paragraph()
tracked(dp, [("del", "Each Patient spends two days placed in a special school, arranged by the Trust, with a written brief from their Crew Mate.")],
        author="J. Mabbott", date="2008-11-28T09:40:00Z")
p(d, "Visits to other schools are not part of the course: the Scene Work is done in the Patient's own school.")
p(d, "E  Equipment", bold=True)
p(d, "Patients have the University's library, electronic journals and the Education Resource Centre's test "
     "collection (standardised tests of reading, spelling and number, speech and language screening materials). "
     "The Kidderford centre has an assistive technology room where Patients try text-to-speech and "
     "speech-to-text software, symbol software, switch access and communication aids with the Trust's "
     "rehabilitation technologist, and loan kits can be borrowed for the Scene Work.")

field("TREATMENT GIVEN", "Time / Treatment / Given by. One line per intervention.")
p(d, "The course is three Care Episodes of 20 credits each. The Attendances are the treatment; between them, "
     "Patients do Scene Work in their own school with their Crew Mate. All eight Attendances are full days.")
tr = table(d, [
    ["Attendance", "Treatment", "Given by"],
    ["CARE EPISODE 1: THE SCENE (20 credits)", None, None],
    ["1", "The SENCO's role and the law: the Education Act 1996, the SEN Code of Practice 2001 and its toolkit, the "
          "Disability Discrimination Act and the planning duties, Every Child Matters and the Children Act 2004; what "
          "they mean for the school, the governors and the SENCO. Triage results returned.", "Course Lead; council SEN officer"],
    ["2", "Kinds of need: behavioural, emotional and social difficulties, dyslexia and other specific learning "
          "difficulties, speech, language and communication needs (with the Bercow review, 2008), autism, moderate "
          "learning difficulties; how each affects learning; medical needs and disability.", "Clinicians; SALT; LD nurse"],
    ["3", "Working with pupils and families: fair and respectful relationships, person-centred reviews, what parents "
          "told our focus groups, the Parent Partnership Service; inviting pupils to their review meetings.", "Clinicians; Parent Partnership"],
    ["CARE EPISODE 2: THE RESPONSE (20 credits)", None, None],
    ["4", "Identifying need and assessing: observation, data and standardised tests; using reports from "
          "educational psychologists, therapists and advisory teachers to plan teaching; setting targets and "
          "reviewing them; formative assessment and how to help colleagues use it with pupils with SEN. Care Plans reviewed.", "Clinicians; EP"],
    ["5", "Provision mapping: mapping, costing and reviewing provision, finding what is missing or not working; "
          "working with the head and governors on the SEN policy and priorities; judging what to provide.", "Clinicians; head teacher guest"],
    ["6", "Teaching approaches and resources, including ICT and assistive technology; what research says works "
          "(Ofsted's 2006 report on inclusion, the DfES research reports on effective provision, Lewis and "
          "Norwich on pedagogy); using research and advice to change practice.", "Clinicians; rehabilitation technologist"],
    ["CARE EPISODE 3: THE HANDOVER (20 credits)", None, None],
    ["7", "Leading the team: deploying and managing teaching assistants, coaching and mentoring colleagues, "
          "observation and feedback, running training; managing time and delegating; school self-evaluation and "
          "the SEF; reviewing provision with colleagues.", "Clinicians; school improvement adviser"],
    ["8", "Working with other services and agencies, including voluntary organisations, and the Common Assessment "
          "Framework; keeping up to date with SEN: journals, nasen and local SENCO networks; Handover 4 presentations.", "Clinicians; CAF coordinator"],
], widths=[2.2, 11.3, 3.5])
for i in (1, 5, 9):
    merge_row(tr, i, tr.cell(i, 0).text)

field("DRUGS ADMINISTERED: HANDOVERS", "Drug / Dose / Route / Time / Given by. Record controlled drugs in the CD register.")
p(d, "Each Care Episode ends in one or two Handovers. Each is marked by the Attending Clinician against the Obs "
     "Chart lines it reassesses, on a Handover Sheet that names every line and records reached or not yet "
     "reached for each.")
table(d, [
    ["Handover", "What the Patient hands over", "Care Episode"],
    ["H1 Case Handover", "A 4,000-word study of one pupil with SEN in the Patient's school: assessment, the law and guidance that apply, the "
                         "pupil's and parents' part, the plan agreed, and its review.", "1"],
    ["H2 Scene Report", "A provision map of the Patient's school with a 3,000-word report to the headteacher and governors: what provision costs, "
                        "what works and what is missing, and how pupils' progress in national tests and teacher assessment is tracked.", "2"],
    ["H3 Team Brief", "A 3,000-word account of a change the Patient led with colleagues, with the colleagues' own evaluation of it and "
                      "the Patient's review of it with staff.", "3"],
    ["H4 Verbal Handover", "A 20-minute presentation to a panel of two Clinicians and a head teacher, with questions, on how the Patient "
                           "works with other services and agencies and with families.", "3"],
], widths=[3.2, 11.3, 2.5])

field("OBS CHART", "Record time of each set of obs. Minimum two sets. Repeat every 15 minutes if unstable.")
p(d, "The Obs Chart is the course's outcomes: the national minimum outcomes, 29 lines in all, written as our Clinicians say them "
     "to Patients. Each line is taken at an Attendance, where the course works on it, and reassessed at a "
     "Handover, where it is marked. Where the Reassessed at column reads Baseline only, the line is worked on at "
     "the Attendance shown but no Handover marks it. Where a column reads NR (not recorded), the course does not "
     "take that observation. A dash means the line is not taken at any Attendance.")
obs = [
    ["Obs", "Line (our words)", "Taken at", "Reassessed at"],
    ["ATTRIBUTES", None, None, None],
    ["1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "Att 3", "H1"],
    ["2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils", "Att 5", "H3"],
    ["3", "Prioritises, manages time and delegates, checking that tasks are done", "Att 7", "Baseline only"],
    ["4", "Sees problems coming, solves them and makes sound decisions about provision", "Att 5", "H2"],
    ["5", "Speaks and writes clearly; listens to and understands other people's views", "Att 3", "H4"],
    ["6", "Uses research and outside advice to improve own and colleagues' practice", "Att 6", "H3"],
    ["7", "Keeps up to date and takes charge of own CPD in SEN and disability", "Att 8", "Baseline only"],
    ["KNOWLEDGE", None, None, None],
    ["8", "Knows the law and guidance on SEN, the Code of Practice, what they mean for the school and how to apply them", "Att 1", "H1"],
    ["9", "Knows the principles and outcomes of Every Child Matters and the SENCO's part in them", "Att 1", "H1"],
    ["10", "Knows disability equality law and what it requires the school to do", "Att 1", "H2"],
    ["11", "Knows how children develop and what affects their development", "NR", "NR"],
    ["12", "Knows the common kinds of SEN and disability and how they affect learning", "Att 2", "H1"],
    ["13", "Critically understands approaches and resources for assessing, planning and teaching, including ICT", "Att 6", "H2"],
    ["14", "Knows the principles of school self-evaluation and improvement for SEN", "Att 7", "Baseline only"],
    ["15", "Knows best practice and research on meeting SEN", "Att 6", "H3"],
    ["16", "Knows what other services and agencies do and how to get specialist help", "Att 8", "H4"],
    ["SKILLS", None, None, None],
    ["17", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and use of resources", "Att 5", "H2"],
    ["18", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "Att 4", "H1"],
    ["19", "Uses other professionals' assessments to develop teaching", "Att 4", "H1"],
    ["20", "Uses summative assessment and national tests to track progress and change programmes", "-", "H2"],
    ["21", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "Att 4", "H3"],
    ["22", "Sorts out access arrangements for national tests and examinations in good time", "NR", "NR"],
    ["23", "Uses provision mapping to manage provision and find what is missing or not working", "Att 5", "H2"],
    ["24", "Deploys and manages staff well", "Att 7", "H3"],
    ["25", "Supports colleagues' development by observation and feedback, coaching, mentoring and training", "Att 7", "Baseline only"],
    ["26", "Reviews provision with colleagues to feed the school's self-evaluation", "Att 7", "H3"],
    ["27", "Involves pupils in planning, agreeing and reviewing their own provision", "Att 3", "Baseline only"],
    ["28", "Works with parents and carers", "Att 3", "H4"],
    ["29", "Works in partnership with other services and agencies, including voluntary organisations", "Att 8", "H4"],
]
ot = table(d, obs, widths=[1.2, 10.8, 2.2, 2.8])
for i, row in enumerate(obs):
    if row[1] is None:
        merge_row(ot, i, row[0], fill="DEEAF6")
p(d, "(The Chart has 29 lines because Obs 18 is one national outcome and Obs 19 to 22 are its four parts.)", italic=True, size=8)

field("CLINICAL IMPRESSION", "Working diagnosis; differential.")
cp = p(d, "Our clinical impression is that every national outcome is observed somewhere in the course, and the "
          "Chart shows where.")
comment(d, cp, "H3 covers child development really - Patients have to think about the children's stage. Worth saying?",
        author="J. Mabbott", initials="JM")
p(d, "Quality is checked the way the Trust checks clinical care. Internally, Patients complete an evaluation at "
     "the end of every Attendance and of every Care Episode; the Clinicians meet after each Attendance to read "
     "them; the Course Lead writes an end-of-year review for the University's annual monitoring, which the "
     "Faculty's quality committee reads; and the Trust's Education Governance Group receives a report each term. "
     "Externally, the University appoints a Clinical Auditor (external examiner) from another university, who "
     "reads a sample of Handovers, attends one Attendance a year and reports to the University. What we learn is "
     "written into an action plan for the next cohort: the change to Tuesday and Thursday groups came from the "
     "first pilot's evaluations, and Attendance 6 was rewritten after the Clinical Auditor's report on the pilot.")
p(d, "Marking. Every Handover is marked against the lines it reassesses on the Handover Sheet. A second Clinician "
     "blind second-marks all fails, all distinctions and one in four of the rest; the Clinicians hold a "
     "standardisation meeting with marked exemplars before each Handover is marked; the University's module "
     "board moderates the marks; and the Clinical Auditor sees the sample before the Board of Examiners meets.")
p(d, "Impact. Each Patient repeats Triage at the end of the course, and the Course Lead compares the two sets of "
     "scores line by line, with a confidence scale the Patient completes at the start and the end; the results "
     "go into the annual review. We do not ask Patients to measure the progress of pupils in their schools, "
     "because the year is too short to see it.")

field("DISPOSITION", "Conveyed / Not conveyed / Referred / Discharged at scene / Refused.")
table(d, [
    ["Disposition", "What it means on this course"],
    ["Conveyed", "Awarded the Postgraduate Certificate by the Receiving Hospital. A Patient is conveyed only when the Clinical Auditor's "
                 "Handover Sheets, taken together, show every one of the 29 lines of the Obs Chart reached. Passing Handovers with an outcome "
                 "still not yet reached is not enough: the Patient resubmits that part."],
    ["Referred", "One Handover may be resubmitted once, within eight weeks."],
    ["Discharged at scene", "A Patient who stops may take away a University transcript of credits gained."],
    ["Refused", "A Patient may withdraw at any time and rejoin a later incident within two years."],
], widths=[3.5, 13.5])
p(d, "At the last Attendance Patients are thanked and given their transcripts. We would like, in time, to add a "
     "conversation about what each Patient does next, once the first cohort has finished.")

field("ATMIST HANDOVER TO RECEIVING HOSPITAL", "Age / Time / Mechanism / Injuries / Signs / Treatment.")
p(d, "The Receiving Hospital (the University) holds the award, the regulations and the Board of Examiners. The "
     "Trust delivers the Attendances, appoints the Attending Clinicians and Crew Mates and runs Triage. A "
     "partnership agreement signed on 3 November 2008 sets out who does what.")
p(d, "Stakeholders in the course. Parents from the Parent Partnership focus groups lead part of Attendance 3; the "
     "two councils' SEN officers lead part of Attendance 1; a head teacher from our Heartsafe group sits on every "
     "H4 panel. We hope to invite headteachers and parents to help evaluate the course once the first cohort has finished.")
ip = d.add_paragraph()
tracked(ip, [("t", "Crew Mates who are new to the role come to a half-day Crew Mate briefing before the first Attendance"),
             ("ins", ", and all Crew Mates receive the Crew Mate handbook, which sets out what they do at each visit and what they do not (they do not mark Handovers)"),
             ("t", ".")], author="J. Mabbott", date="2008-11-28T09:44:00Z")
p(d, "Attending Clinicians are briefed each term by the Course Lead, hold the University's associate tutor "
     "status, and attend the University's assessment training before they mark. Each has a written role "
     "description and the Clinician's guide to Handovers.")

field("CREW", "Print names; registration numbers; signatures.")
table(d, [
    ["Role", "Name", "Qualifications and experience"],
    ["Course Lead", "Dr Helen Carrow", "Former SENCO and head of a special school; MA (SEN), EdD; led the Heartsafe SENCO Network 2005-2008; "
                                       "member of nasen; publishes on pupils with medical needs in mainstream schools"],
    ["Attending Clinician", "Martin Pryce", "SENCO for nine years in two secondary schools; MEd (Inclusive Education); "
                                            "specialist teacher of pupils with dyslexia (AMBDA); Trust associate since 2006"],
    ["Attending Clinician", "Sunita Dhesi", "Advisory teacher for autism, Wrekin Borough Council; PGCert (Autism); 14 years' teaching"],
    ["Attending Clinician", "Owen Tranter", "Lecturer in Education, University of Wrekinford; former SENCO; PhD on teaching "
                                            "assistants' deployment"],
    ["Rehabilitation technologist", "Clare Lusk", "Trust rehabilitation technologist; leads the assistive technology room"],
    ["Crew Mates", "Named per Patient", "Experienced SENCOs or senior leaders in local schools, agreed by the Course Lead"],
], widths=[3.5, 3.5, 10])
p(d, "All Clinicians spend at least five days a year in schools, take part in the University's research seminars "
     "and keep a record of their own professional updating, which the Course Lead checks each year.")
cp2 = p(d, "Signed for the Trust: H. Carrow, Course Lead, 1 December 2008. Countersigned for the Receiving Hospital: "
           "Professor A. Felling, Dean of Education and Health.")
comment(d, cp2, "Could we put Hear and Treat back for 2009? Ludmoor are happy to keep taking our referrals in the meantime.",
        author="H. Carrow", initials="HC")
comment(d, ot.cell(0, 3).paragraphs[0], "Check with Owen whether H2 should also pick up Obs 22 (access arrangements).",
        author="H. Carrow", initials="HC")

d.save(OUT)
print("wrote", OUT)
