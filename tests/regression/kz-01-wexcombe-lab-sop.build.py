"""kz-01-wexcombe-lab-sop: build script (writes kz-01-wexcombe-lab-sop.docx next to itself).

Provider (invented): Wexcombe Athletic Community Trust, the registered charity of Wexcombe Athletic FC
(a regional professional club), which also runs the Wexcombe Performance Science Laboratory at the club's
Marsh Lane training ground. Partner: the University of Harnley, Faculty of Education, which validates the
course (60 credits at Level 7). Application for 2008-09.

Document kind and layout: the course is written up as one of the Laboratory's controlled Standard Operating
Procedures, "SOP-PSL-031 Delivery and Assessment of the Award". A document-control block (table with merged
cells and shaded label cells), a revision history table, then numbered sections 1-11 in Heading styles with
typed numbers (Purpose, Scope, Definitions, Responsibilities, Health Safety and Safeguarding, Equipment and
Materials, Procedure, Quality Control, Records, References) and Appendix A, the "Measurement Schedule", an
outcome table ("Code | Variable (in our words) | Loaded in | Measured in") whose value "Familiarisation only"
and dash are defined in section 7.5 above it, with merged group rows. Laboratory vocabulary throughout:
participants are "Subjects", tutors "Test Leads", study days "Test Days" TD1-TD10, school-based tasks
"Field Trials", marked assessments "Criterion Trials" CT1-CT3, unmarked tasks "Familiarisation Trials",
moderation "Calibration", the VLE "LabNet", the needs assessment the "Baseline Profile", the individual plan
the "Individual Testing Schedule". Page header and footer (the footer's CRB line is not evidence). Three Word
comments, one tracked insertion, one tracked deletion of a whole table row, a text box (the Calibration
Panel's notes).

Traps (requirement ids):
- Numbering collision: the SOP's own "5.3 Pre-participation screening" is the Laboratory's PAR-Q physical
  health screening, which "does not apply" to Subjects (wrong context for 5.3). The real CRB arrangement is a
  self-declaration on the application form, not verified (5.3 partially_met). The footer's line about Test
  Leads' CRB disclosures is a footer and is about tutors.
- Assessment-only route: the revision history records "Direct Entry Testing" in the v1.0 pilot (a past
  arrangement) and section 7.1 says the Laboratory "does not offer Direct Entry Testing" (negation) (2.3
  not_met).
- Personalised outcomes appear only in a tracked insertion (accepted text) in 7.1 (2.2 met).
- Prior learning: taken into account (excused Familiarisation Trials) but the University "does not award
  credit" for it (2.1 partially_met).
- Further targets only "reminded" in general terms at TD10 (2.5 partially_met).
- Equalities: a policy "available on request" and accessible venues; no adjustments process (3.1
  partially_met).
- Pupil voice (consulting children, pupils in planning their provision) appears only in a QA comment
  (1.5, 6.S7 not_met).
- Stakeholders in evaluation only wished for: "In time we would like ..."; schools only host placements and
  agree Field Trial plans (4.3 partially_met). Stakeholders' needs
  and their influence (the LA's request that led to TD7) are concrete (4.1, 4.2 met).
- Section 6 lists laboratory equipment that "is not used on this programme" (right words, wrong thing); SEN
  resources only as library access (5.6 partially_met).
- Impact: Subjects' confidence measured before/after; pupils' achievement "is not collected by the
  Laboratory" (5.9 partially_met).
- Award rule aggregates marks with compensation between Criterion Trials (6.0 partially_met), and some
  outcomes are not measured (1.9 partially_met).
- Outcomes: 6.K4, 6.K7, 6.S9, 6.A2 "Familiarisation only" (developed, assessed only formatively, unmarked);
  6.S4, 6.S2b loaded but measured "—"; 6.A3 measured in CT3 but loaded "—" (assessed, not developed) (all
  partially_met). 6.S2d's row is a tracked deletion (not_met). 6.S7 has no row (not_met).
- Met despite looking like traps: moderation called "Calibration" (5.8); the placements at a special school
  are the Subjects' own (5.5); the comment on the award rule does not change the verdict.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _kz_helpers import *  # noqa
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = "kz-01-wexcombe-lab-sop"
A1, D1 = "J. Okafor (Laboratory QA)", "2008-10-21T09:30:00Z"

d = new_doc("Calibri", 10)
header_footer(d, "Wexcombe Performance Science Laboratory  |  SOP-PSL-031  |  CONTROLLED DOCUMENT",
              "Uncontrolled when printed. All Test Leads hold enhanced CRB disclosures.")

para(d, "WEXCOMBE ATHLETIC COMMUNITY TRUST", bold=True, size=14, align="center")
para(d, "Wexcombe Performance Science Laboratory, Marsh Lane Training Ground", align="center")
para(d, "STANDARD OPERATING PROCEDURE SOP-PSL-031", bold=True, size=13, align="center")
para(d, "Delivery and Assessment of the Award in SEN Coordination (National Award for SEN Coordination), 2008-09",
     bold=True, align="center")

t = table(d, [
    ["Document control", "", "", ""],
    ["SOP number", "SOP-PSL-031", "Version", "2.1"],
    ["Owner", "Laboratory Manager", "Effective from", "1 January 2009"],
    ["Approved by", "Director of the Community Trust; Head of Continuing Professional Development, "
                    "University of Harnley Faculty of Education", "Next review", "July 2009"],
    ["Applies to", "", "", ""],
], header_fill=None, bold_header=False)
merge_row(t, 0, "Document control", fill="1F3864")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
m = t.cell(4, 1).merge(t.cell(4, 3))
m.paragraphs[0].add_run("All Test Leads, Field Trial supervisors, the Lab Technician and the Calibration Panel "
                        "working on the Award")
for i in range(1, 5):
    shade(t.cell(i, 0), "D9E2F3")
    t.cell(i, 0).paragraphs[0].runs[0].bold = True

para(d, "")
para(d, "Revision history", bold=True)
table(d, [
    ["Version", "Date", "Change", "By"],
    ["1.0", "Sept 2007", "First issue for the pilot year (2007-08): twelve Subjects from Wexcombe schools; "
                         "included Direct Entry Testing for experienced SENCOs.", "L. Marsh"],
    ["2.0", "June 2008", "Rewritten after the pilot evaluation and the national specification. Direct Entry "
                         "Testing withdrawn. TD7 added. Calibration Panel created.", "L. Marsh / P. Anand"],
    ["2.1", "Oct 2008", "Measurement Schedule revised; award rule clarified; QA review comments.", "J. Okafor"],
])

# 1 Purpose
para(d, "1  Purpose", style="Heading 1")
para(d, "This procedure sets out how the Laboratory recruits, screens, teaches, tests and certifies teachers "
        "taking the Award in SEN Coordination, the Trust's nationally accredited course for teachers new to the "
        "role of special educational needs coordinator. The course is validated by the University of Harnley as "
        "a 60-credit module at Level 7 (masters level) within its Postgraduate Certificate in Professional "
        "Practice, and on successful completion the University confers the credit and the Trust issues the "
        "Award certificate with the University's crest.")
para(d, "The Laboratory exists to improve performance by measuring it. This procedure applies the same "
        "discipline to the SENCO's work. The aim of the Award is that pupils with special educational needs "
        "and/or disabilities in the Subjects' schools achieve more and are healthier, safer and happier: the "
        "course is built around the five Every Child Matters outcomes, not only attainment, and every Criterion "
        "Trial asks the Subject to show the effect of their work on named pupils' progress and well-being. "
        "Objectives for each Test Day are written as measurable changes in the Subject's practice, and the "
        "Field Trials are carried out in the Subject's own school with their own pupils.")

# 2 Scope
para(d, "2  Scope", style="Heading 1")
para(d, "This SOP covers Subjects registered on the Award from January 2009. It does not cover the Laboratory's "
        "athlete testing services, the Trust's Premier Reading Stars and Kicks programmes, or the University's "
        "other Level 7 modules, which have their own procedures. Where this SOP refers to the University's "
        "regulations, the University's regulations prevail.")

# 3 Definitions
para(d, "3  Definitions", style="Heading 1")
para(d, "The following terms are used in this SOP with the meanings given. Laboratory staff should use them "
        "consistently in all records.")
table(d, [
    ["Term", "Meaning in this SOP"],
    ["Subject", "A teacher registered on the Award (the University calls them participants)."],
    ["Candidate", "A teacher who has applied but has not yet completed Pre-test Screening."],
    ["Test Lead", "A tutor who teaches Test Days and marks Criterion Trials."],
    ["Field Trial supervisor", "A tutor who visits the Subject's school and supports the Field Trials."],
    ["Test Day (TD)", "A day of face-to-face teaching at Marsh Lane. There are ten (TD1-TD10)."],
    ["Field Trial", "A structured task the Subject carries out in their own school between Test Days."],
    ["Familiarisation Trial", "A practice task done on a Test Day or on LabNet. It receives spoken or written "
                              "feedback from a Test Lead but is not marked and does not count towards the Award."],
    ["Criterion Trial (CT)", "One of the three marked assessments, CT1, CT2 and CT3."],
    ["Baseline Profile", "The Subject's self-rating and Test Lead rating against every outcome before TD1."],
    ["Individual Testing Schedule", "The Subject's individual plan, agreed after the Baseline Profile."],
    ["Calibration", "Moderation of marking across Test Leads (section 8.2)."],
    ["LabNet", "The Laboratory's online learning environment, hosted on the University's Blackboard."],
])

# 4 Responsibilities
para(d, "4  Responsibilities", style="Heading 1")
table(d, [
    ["Role", "Named staff", "Responsibilities under this SOP"],
    ["Laboratory Manager (course leader)", "Dr Lorna Marsh",
     "Owns this SOP. Leads TD1 and TD10. Chairs the Calibration Panel. Reports to the Trust Board and the "
     "University's module board."],
    ["Lead Test Lead (SEN)", "Mrs Priya Anand",
     "Plans the Test Days, leads TD3-TD6, second-marks Criterion Trials, runs the Test Lead induction."],
    ["Test Leads", "Mr Tom Hebden; Ms Carys Rowe; Dr Ade Bamgbose",
     "Teach Test Days, give feedback on Familiarisation Trials, first-mark Criterion Trials."],
    ["Field Trial supervisors", "Mrs Anand; Mr Hebden; Mrs Gill Tranter",
     "Visit each Subject's school twice; agree Field Trial plans with the Subject and the headteacher."],
    ["Lab Technician", "Mr Sam Iqbal",
     "Registration, records, LabNet accounts, room and equipment bookings."],
    ["University link tutor", "Dr Helen Cray, University of Harnley",
     "Module leader of record; arranges the external examiner; sits on the Calibration Panel."],
])
para(d, "")
para(d, "Staff qualifications. Dr Marsh taught for eleven years and was SENCO of a Wexcombe secondary school "
        "before completing a doctorate on inclusion in school sport. Mrs Anand holds the MA in Special and "
        "Inclusive Education and the OCR Level 7 Diploma in SpLD, and was an advisory teacher with Wexcombe "
        "Local Authority's Learning Support Service until 2007. Mr Hebden is a serving SENCO in a Wexcombe "
        "primary school seconded for two days a week. Ms Rowe is a specialist teacher of the deaf. Dr Bamgbose is "
        "an educational psychologist and senior lecturer at the University. Mrs Tranter is deputy head of Hollins "
        "Park Special School. All Test Leads complete at least three days of SEN updating a year, recorded in "
        "their CPD log, which the Laboratory Manager checks at annual review.")
para(d, "Induction and briefing. Every new Test Lead and Field Trial supervisor completes the half-day Test "
        "Lead induction with Mrs Anand before working on the Award, receives the Test Lead Handbook (marking "
        "criteria, the Measurement Schedule, Field Trial visit record, safeguarding procedure) and co-teaches one "
        "Test Day before leading one. Before each Criterion Trial is marked, all markers attend a two-hour "
        "standardisation meeting at which they mark two scripts from the previous year and agree grades.")

# 5 Health, safety and safeguarding
para(d, "5  Health, safety and safeguarding", style="Heading 1")
para(d, "5.1  Venues", style="Heading 2")
para(d, "Test Days take place in the Education Suite on the first floor of the Marsh Lane Performance Centre, "
        "which has lift access, an accessible toilet and a hearing loop. All venues used for the Award are "
        "accessible.")
para(d, "5.2  Equal opportunities", style="Heading 2")
para(d, "The Trust operates an Equal Opportunities Policy, available on request from the Lab Technician.")
para(d, "5.3  Pre-participation screening", style="Heading 2")
para(d, "The Laboratory's standard pre-participation screening (the PAR-Q physical activity readiness "
        "questionnaire and resting blood pressure) is designed for athletes undergoing maximal exercise testing. "
        "It does not apply to Subjects on the Award, who take no physical tests.")
para(d, "5.4  Safeguarding and suitability", style="Heading 2")
para(d, "Because Field Trials involve work with children in schools, the application form asks each Candidate to "
        "declare that they hold a current enhanced CRB disclosure obtained through their employer. The Lab "
        "Technician files the declaration with the application.")

# 6 Equipment and materials
para(d, "6  Equipment and materials", style="Heading 1")
para(d, "The Laboratory's testing equipment (motorised treadmill, online gas analyser, force plates, GPS units "
        "and the isokinetic dynamometer) is listed in SOP-PSL-002 and is not used on this programme. Subjects "
        "have access to the University of Harnley library and to LabNet for the duration of the Award.")

# 7 Procedure
para(d, "7  Procedure", style="Heading 1")
para(d, "7.1  Recruitment and Pre-test Screening", style="Heading 2")
para(d, "Entry requirements. A Candidate must hold qualified teacher status, be in post as SENCO (or be "
        "designated to become SENCO within the year) in a maintained school or academy, and provide a supporting "
        "statement from their headteacher confirming release for the Test Days and Field Trials. The Laboratory "
        "Manager reviews every application against these requirements and the Candidate's experience. A "
        "Candidate who does not meet them is offered a guidance meeting with Mrs Anand about what they need to "
        "do first (for example, the Local Authority's Inclusion Development Programme sessions), and with the "
        "Candidate's consent Mrs Anand telephones the headteacher to agree the next steps.")
p = para(d, "Baseline Profile. Before TD1 each Candidate completes the Baseline Profile: a self-rating from 1 to 4 "
            "on every outcome in Appendix A, with a short example of their current practice for each, and a "
            "30-minute screening interview with a Test Lead, who adds their own rating. The Test Lead and Subject "
            "use the Profile to agree the Individual Testing Schedule, which sets out which Test Days and "
            "Familiarisation Trials the Subject should give most time to and which optional LabNet units they "
            "should take. ")
ins_run(p, "The Schedule also records the Subject's personalised outcomes: the outcomes on which the Subject "
           "starts furthest from the standard, each with a target for their own school, reviewed at the second "
           "Field Trial visit and at TD8.", A1, D1)
para(d, "Prior learning. Prior study and experience are taken into account when the Individual Testing Schedule "
        "is set: a Subject who already holds a recognised certificate in specific learning difficulties, for "
        "example, is excused the Familiarisation Trials in TD4. The University does not award credit for prior "
        "learning against this Award, so every Subject completes all three Criterion Trials.")
p = para(d, "Direct entry. The Laboratory does not offer Direct Entry Testing. Every Subject completes the Test "
            "Days and Field Trials before the Criterion Trials.")
comment(d, p, "Several LA advisory teachers asked about this at the open evening. Leave as is for 2008-09? "
              "The v1.0 route was popular.", A1, "JO")

para(d, "Fees. The fee is \u00a31,150 per Subject, which includes LabNet, the placements and the University's "
        "registration. Wexcombe Local Authority pays \u00a3500 of the fee for Subjects in its schools. Because the "
        "Individual Testing Schedule directs time to the outcomes where each Subject is weakest, Test Leads can "
        "run Test Days in two parallel strands where the Baseline Profiles show a group already secure on part of "
        "the day's content.")

para(d, "7.2  Test Days", style="Heading 2")
para(d, "Test Days run from 9.15 to 3.45. Each has a short Familiarisation Trial. The content is summarised below; "
        "the outcomes each Test Day loads are listed in Appendix A.")
tdays = [
    ("TD1  The SENCO's role and the law.", "The SEN Code of Practice (2001) and its graduated response, the "
     "statutory assessment process and statements, the Special Educational Needs and Disability Act 2001 and "
     "the Disability Discrimination Act 1995 as amended in 2005, including the Disability Equality Duty and the "
     "school's Disability Equality Scheme and accessibility plan. Every Child Matters and the SENCO's part in "
     "the five outcomes. Subjects map their own school's policy against the Code."),
    ("TD2  How children develop.", "Typical development from early years to adolescence; how SEN, disability, "
     "family circumstances and the physical and social environment affect it. The Familiarisation Trial is a "
     "short case commentary, discussed in groups."),
    ("TD3  Identification, assessment and tracking.", "Using classroom observation, data and assessment to "
     "identify pupils who may have SEN; setting challenging targets; planning interventions and reviewing "
     "progress; using reports from educational psychologists, therapists and advisory teachers to shape "
     "teaching; using national curriculum tests, P scales and teacher assessment to track progress and change "
     "programmes; helping colleagues to build formative assessment for pupils with SEN."),
    ("TD4  The common needs.", "Behavioural, emotional and social difficulties; specific learning difficulties "
     "including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
     "learning difficulties; how each affects learning. Strategies, resources and ICT (including text-to-speech "
     "and visual timetabling software) and a critical look at their evidence base."),
    ("TD5  Leading and deploying staff.", "Deploying and managing teaching assistants; observing lessons and "
     "giving feedback; coaching and mentoring; planning and delivering staff training; advising and "
     "collaborating with colleagues in the school and in other schools; winning the commitment of senior "
     "leaders."),
    ("TD6  Provision mapping.", "Provision mapping and management; costing provision; identifying ineffective "
     "or missing provision; reviewing the effectiveness of provision with colleagues."),
    ("TD7  Working beyond the school.", "The scope and role of external agencies (health, social care, the "
     "Learning Support Service, the educational psychology service, voluntary organisations such as the "
     "Wexcombe Autism Support Group); how to obtain specialist support and resources; multi-agency working and "
     "the Common Assessment Framework."),
    ("TD8  Parents and carers.", "Building fair, respectful relationships with pupils and their parents; "
     "communicating clearly in meetings and in writing; the Parent Partnership Service; handling disagreement."),
    ("TD9  Whole-school strategy.", "Working with the headteacher and governors on an inclusive ethos, SEN "
     "policy, priorities and the use of resources; school self-evaluation and improvement planning; the SEF "
     "and SEN; using research and external advice to improve practice."),
    ("TD10  Review and next steps.", "Presentations of the Field Trial change projects (CT3 vivas take place the "
     "same week); course review; keeping up to date."),
]
for h, body in tdays:
    runs(d, [(h + " ", "b"), (body, "")])

para(d, "Between Test Days 4 and 5, and again between 8 and 9, each Subject spends one Field Trial day at Hollins "
        "Park Special School or the Marsh Lane Pupil Referral Unit, observing provision and meeting the school's "
        "speech and language therapist and occupational therapist. Mrs Tranter arranges these placements and "
        "briefs the host staff. Dr Bamgbose and Ms Rowe lead the TD4 workshops on assessment and on sensory "
        "impairment.")

para(d, "7.3  Field Trials", style="Heading 2")
para(d, "Field Trials tie each block of Test Days to practice in the Subject's own school. There are four: FT1 "
        "(a review of the school's SEN policy and register against the Code), FT2 (a case study of one pupil, "
        "including the assessments of other professionals), FT3 (a provision map for one year group) and FT4 "
        "(the change project: a term-long improvement to provision, planned with the headteacher, with baseline "
        "and end-point evidence of its effect on the pupils involved). Field Trial supervisors visit each school "
        "twice, meeting the Subject and the headteacher. Field Trials may be carried out in any order that suits "
        "the school's calendar, provided FT4 is completed last.")

para(d, "7.4  LabNet and support between Test Days", style="Heading 2")
para(d, "Each Test Day has a LabNet page with the day's readings, slides and a recorded summary. Subjects post "
        "Familiarisation Trials and Field Trial plans on LabNet; their Test Lead responds within three working "
        "days. Each Subject belongs to a Trial Group of five who share a LabNet discussion board and meet by "
        "telephone conference once between Test Days; a Test Lead reads the board weekly and joins each "
        "conference. Subjects can also book a 20-minute telephone tutorial with their Test Lead at any point. "
        "LabNet messages go to the Subject's school email address and the Lab Technician sends each headteacher a "
        "termly summary of attendance and Field Trial progress by email.")
para(d, "Flexibility. The Award starts twice a year, in January and in September, and a Subject may move between "
        "the January and September groups for up to two Test Days. TD4 and TD7 can alternatively be taken as "
        "guided LabNet units with a telephone tutorial, for Subjects in small schools who cannot be released. "
        "The Award is studied part time over three terms, or over five terms for a Subject with a reason agreed "
        "with the Laboratory Manager.")

para(d, "7.5  Criterion Trials and the Measurement Schedule", style="Heading 2")
para(d, "Three Criterion Trials are marked against the outcomes mapped to them in Appendix A:")
for b in [
    "CT1 Policy and practice review (4,000 words), drawing on FT1 and FT2, due after TD5.",
    "CT2 Provision portfolio (provision map, case study and a commentary of 3,000 words), drawing on FT2 and "
    "FT3, due after TD8.",
    "CT3 Change project report (4,000 words) with a 30-minute viva at which the Subject presents the project "
    "to two Test Leads, in TD10 week.",
]:
    para(d, b, style="List Bullet")
para(d, "How to read Appendix A. The column \"Loaded in\" gives the Test Day or Field Trial in which the outcome "
        "is taught and practised. The column \"Measured in\" gives the Criterion Trial in which it is marked. "
        "\"Familiarisation only\" in that column means the outcome is practised in a Familiarisation Trial with "
        "feedback but is not marked in any Criterion Trial. A dash means the outcome is not loaded or not "
        "measured.")

para(d, "7.6  The award", style="Heading 2")
p = para(d, "Each Criterion Trial is marked out of 100 with a pass mark of 40. The Award is made to a Subject whose "
            "average across CT1, CT2 and CT3 is 50 or more, with no Criterion Trial below 40; a strong mark in "
            "one Criterion Trial can compensate for a weaker one. Results are confirmed by the University's "
            "module board.")
comment(d, p, "University reg 14.3 allows compensation at Level 7 - check with Helen that this is still OK.",
        A1, "JO")
para(d, "At TD10 Subjects are reminded that the Award is the beginning of their development as a SENCO, and "
        "that they should keep learning after the course.")

# 8 Quality control
para(d, "8  Quality control", style="Heading 1")
para(d, "8.1  Evaluation", style="Heading 2")
para(d, "Internal: every Test Day is evaluated on a one-page form; the Trial Groups report on LabNet at the end "
        "of each term; Test Leads review each Test Day at a debrief the same afternoon; the Laboratory Manager "
        "writes an annual course report for the Trust Board and the University's annual monitoring. External: "
        "the University's external examiner (currently Professor Ruth Allardyce of the University of "
        "Kettering Vale) samples scripts from all three Criterion Trials, attends one Calibration Panel a year "
        "and reports to the University; the University reviews the module every five years. The annual course "
        "report lists the changes made as a result: after the pilot, for example, the Field Trial supervisor "
        "visits were increased from one to two and TD7 was added.")
para(d, "8.2  Calibration", style="Heading 2")
para(d, "Each Criterion Trial is first-marked by the Subject's Test Lead against the published marking "
        "criteria. Mrs Anand second-marks a 20% sample across all markers and every script below 45 or above 70. "
        "The Calibration Panel (Dr Marsh, Mrs Anand, Dr Cray) meets after each Criterion Trial to compare the "
        "samples, resolve disagreements and adjust marks across a whole group where a marker is out of line. "
        "The external examiner then moderates the sample. Grades are not released until the Panel has signed "
        "them off.")
text_box(d, ["Calibration Panel: notes for markers",
             "Use the full range. Mark against the outcomes the Measurement Schedule maps to the Trial, not "
             "against the whole course.",
             "Record one sentence of evidence per outcome on the marking grid; blank cells are returned to "
             "the marker."], height_in=1.3)
para(d, "8.3  Stakeholders", style="Heading 2")
para(d, "The course was redesigned in spring 2008 from evidence of need: a questionnaire returned by 41 of the "
        "73 Wexcombe schools, two focus groups of SENCOs, and a meeting with the Local Authority's Head of "
        "Inclusion. Schools asked for more on provision mapping and on deploying teaching assistants, which now "
        "fill TD5 and TD6, and for fewer days out of school, which led to the LabNet alternatives for TD4 and "
        "TD7. The Local Authority asked for a day on multi-agency working because of its new locality teams, "
        "and TD7 was added in version 2.0 as a result. In time we would like headteachers and the Local "
        "Authority's SEN team to sit on the Calibration Panel and to comment on the evaluation findings.")
para(d, "8.4  Measuring impact", style="Heading 2")
para(d, "Each Subject completes the Baseline Profile again at TD10, so that the change in self-rating and Test "
        "Lead rating on every outcome is measured, and a confidence questionnaire (12 items, 1-5 scale) at TD1 "
        "and TD10. The Laboratory reports the average changes in the annual course report. Data on pupils' "
        "achievement is not collected by the Laboratory.")

# 9 Records
para(d, "9  Records", style="Heading 1")
para(d, "The Lab Technician keeps for each Subject: application and headteacher statement; CRB declaration; "
        "Baseline Profiles; Individual Testing Schedule; Field Trial visit records; Criterion Trial marks and "
        "moderation records. Records are kept for six years in the Laboratory's locked archive and on the "
        "Trust's secure server.")

# 10 References
para(d, "10  References", style="Heading 1")
for r in [
    "DfES (2001) Special Educational Needs Code of Practice.",
    "DfES (2004) Every Child Matters: Change for Children; DfES (2004) Removing Barriers to Achievement.",
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?",
    "DCSF (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, "
    "language and communication needs.",
    "DCSF (2008) Inclusion Development Programme: dyslexia and speech, language and communication needs.",
    "Lewis, A. and Norwich, B. (2005) Special Teaching for Special Children? Open University Press.",
]:
    para(d, r, style="List Bullet")
para(d, "Test Days draw on these sources and on current inspection findings; Test Leads update the reading "
        "lists each summer, and TD4's session on the evidence for interventions is revised each year.")

# Appendix A
para(d, "Appendix A  Measurement Schedule", style="Heading 1")
para(d, "The variables below are the national minimum outcomes in the Laboratory's words.")

rows = [["Code", "Variable (in our words)", "Loaded in", "Measured in"]]
groups = [
    ("Attributes", [
        ("A1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents", "TD8", "CT3 viva"),
        ("A2", "Wins the commitment of colleagues, the head and senior leaders", "TD5", "Familiarisation only"),
        ("A3", "Prioritises, manages time and delegates well", "\u2014", "CT3"),
        ("A4", "Anticipates and solves problems; sound judgement about provision", "FT4", "CT3"),
        ("A5", "Clear in speech and writing; listens to others' views", "TD8", "CT1; CT3 viva"),
        ("A6", "Uses research and outside advice to improve own and colleagues' practice", "TD9", "CT3"),
        ("A7", "Keeps up to date; owns their CPD on SEN and disability", "TD10", "CT3 viva"),
    ]),
    ("Knowledge", [
        ("K1", "SEN law, the Code of Practice and what they mean for the school", "TD1", "CT1"),
        ("K2", "Every Child Matters and the SENCO's part in the five outcomes", "TD1", "CT1"),
        ("K3", "Disability equality law and the actions it requires", "TD1", "CT1"),
        ("K4", "Child development and what affects it", "TD2", "Familiarisation only"),
        ("K5", "The common needs: BESD, SpLD and dyslexia, SLCN, ASD, MLD", "TD4", "CT2"),
        ("K6", "Approaches, strategies, resources and ICT for assessment and teaching", "TD4", "CT2"),
        ("K7", "School self-evaluation and improvement for SEN outcomes", "TD9", "Familiarisation only"),
        ("K8", "Best practice and research on meeting SEN", "TD4; TD9", "CT1"),
        ("K9", "External agencies and how to get specialist support", "TD7", "CT2"),
    ]),
    ("Skills", [
        ("S1", "Works with senior leaders and governors on inclusive ethos, policy and resources", "TD9", "CT3"),
        ("S2", "Identifies pupils, sets targets, plans interventions, reviews progress", "TD3; FT2", "CT2"),
        ("S2a", "Uses other professionals' assessments to shape teaching", "TD3; FT2", "CT2"),
        ("S2b", "Uses national tests and summative data to track and adjust", "TD3", "\u2014"),
        ("S2c", "Helps colleagues develop formative assessment for pupils with SEN", "TD3", "CT1"),
        ("S2d", "Arranges access arrangements for tests and examinations in good time", "TD3", "CT2"),
        ("S3", "Provision mapping; spots ineffective or missing provision", "TD6; FT3", "CT2"),
        ("S4", "Deploys and manages support staff", "TD5", "\u2014"),
        ("S5", "Develops colleagues: observation, feedback, coaching, training", "TD5", "CT3"),
        ("S6", "Reviews provision with staff to feed school self-evaluation", "TD6", "CT3"),
        ("S8", "Liaises with parents and carers", "TD8", "CT3 viva"),
        ("S9", "Works with other services and voluntary organisations", "TD7", "Familiarisation only"),
    ]),
]
group_rows, s2d_row = [], None
for g, items in groups:
    group_rows.append(len(rows))
    rows.append([g, "", "", ""])
    for it in items:
        if it[0] == "S2d":
            s2d_row = len(rows)
        rows.append(list(it))
t = table(d, rows)
for gi in group_rows:
    merge_row(t, gi, rows[gi][0], fill="F2F2F2")
# S2d row deleted as a tracked change: whole row and its text
tr = t.rows[s2d_row]._tr
trPr = tr.get_or_add_trPr()
trPr.append(parse_xml('<w:del %s w:id="9001" w:author="%s" w:date="%s"/>' % (nsdecls("w"), A1, D1)))
for c in t.rows[s2d_row].cells:
    p = c.paragraphs[0]
    txt = p.text
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    del_run(p, txt, A1, D1)

para(d, "")
p = para(d, "Outcomes are reviewed against this Schedule by the Calibration Panel each July.")
comment(d, p, "Pupil voice is missing. Could Subjects interview two pupils about their provision in FT2 and bring "
              "it to TD6, so that pupils help plan and review their own provision? Discuss at July review.",
        "P. Anand", "PA")

para(d, "")
para(d, "Signed for the Trust: L. Marsh, Laboratory Manager        Signed for the University: H. Cray, Module Leader")

d.save(HERE / (NAME + ".docx"))
print("wrote", NAME + ".docx")
