"""ma-02-skerrymore-diving-project-plan

Provider (invented): Skerrymore Commercial Diving Academy, Skerrymore Quay, an HSE-approved school training
inshore (SCUBA and surface supplied) and offshore (closed bell) divers, whose Schools Unit runs the Junior Aqua
programme for pupils with SEN and disabilities. It applies, with the (invented) University of Kilbride, to run
the National Award for SEN Coordination for three partner local authorities.

Document kind and layout: the application written as the Academy writes every job, a DIVING PROJECT PLAN of
the kind the Diving at Work Regulations 1997 require of a diving contractor: a document control table with a
placeholder, a summary text box, Heading 1 sections numbered 1-11 (Project details; Scope of work;
Consultation and client requirements; Dive team and competence; Risk assessment; Method statement;
Pre-mobilisation; Equipment, plant and facilities; Communications; Verification, handover and certification;
Post-project review), a risk assessment table, a method statement table with merged cells, footnotes, a
tracked deletion and a tracked insertion in a cell, Word comments, and Appendix A, a Competence Matrix keyed
in Section 10 far above it ("JP1"-"JP4" assessed; "TT" = toolbox talk, not assessed; "NIS" = not in scope;
"-" = no Method Statement day), and Appendix B, an extract from the 2007 pilot's close-out report.

Traps (requirement ids):
- Credit value is a placeholder "[credit value TBC at validation]" at level 7 (E.2 partially_met).
- Project objective is attainment only, in National Curriculum levels (1.1 partially_met), though ECM is
  taught (6.K2 met).
- Work beyond the participant's school is "outside the scope of this project" (1.6 partially_met; 6.S1 and
  6.S9 marked "NIS", not_met).
- APL: offered in the 2007 pilot (Appendix B, a past arrangement) but "Accreditation of prior learning is not
  offered on this project" (2.1 not_met).
- The "Certification Survey" assessment-only route is real (2.3 met).
- A January start was offered in the pilot and is a deleted paragraph now; one September start, days in
  fixed order; blended with Surface Support units (3.2 partially_met). Surface Support has tutor surgeries,
  peer groups and between-day support (3.3 met).
- Access only to the venue; "Any adjustment to assessment is a matter for the University"; the Academy's
  Disability Equality Scheme only in general terms (3.1 partially_met).
- The risk assessment's CRB row for Junior Aqua instructors is the wrong thing, but the candidate row is real:
  certificate number and date, List 99, previous employer reference (5.3 met).
- Entry is QTS plus employment only (5.2 partially_met).
- Equipment and plant lists diving plant (wrong thing); SENCO resources are a projector and handouts, and
  library access only "If the University's ... approved" (5.6 partially_met).
- Moderation "[to be agreed with the University]"; a common marking grid only (5.8 partially_met).
- Post-project review measures pass rates and confidence; "We do not attempt to measure the effect on
  pupils" (5.9 partially_met).
- Appendix A: disability equality law is "Covered by Skerrymore Disability Equality Scheme (8.4)", the
  Academy's own duty, not taught or assessed (6.K3 not_met); "TT" rows (6.A2, 6.A6, 6.S2c partially_met);
  staff deployment is assessed in JP4 but has no Method Statement day, per a footnote and the "-" (6.S4
  partially_met); special test arrangements become assessed by a tracked insertion of "JP3" in a cell (6.S2d
  met: an insertion is part of the submission). Not all outcomes assessed (1.9 partially_met); the award rule
  is real (6.0 met).
- The summary text box claims "full compliance with every TDA requirement" (a blanket claim, never evidence).
- Comments (on moderation, on the January start) are not evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ma_helpers import *  # noqa

OUT = Path(__file__).with_name("ma-02-skerrymore-diving-project-plan.docx")
d = new_doc("Calibri", 10.5)
header_footer(d, "SKERRYMORE COMMERCIAL DIVING ACADEMY  ·  DPP-SEN-09  ·  Rev C  ·  UNCONTROLLED WHEN PRINTED",
              "Skerrymore Quay, Ardgarry  ·  HSE-approved diver training  ·  Diving Project Plan DPP-SEN-09")
fn = Footnotes(d)
A1, A2 = "Callum Rennie", "Fiona Baird"
T1, T2 = "2009-01-12T09:30:00Z", "2009-01-19T14:05:00Z"

para(d, "SKERRYMORE COMMERCIAL DIVING ACADEMY", bold=True, size=15)
para(d, "DIVING PROJECT PLAN", bold=True, size=20)
para(d, "Project: National Award for SEN Coordination, 2009-10 (Project DPP-SEN-09)", bold=True, size=12)
dc = table(d, [
    ["Rev", "Date", "Prepared by", "Checked by", "Status"],
    ["A", "10 Nov 2008", "C. Rennie", "F. Baird", "Internal review"],
    ["B", "8 Dec 2008", "C. Rennie", "Dr A. Moir (Kilbride)", "Client consultation"],
    ["C", "19 Jan 2009", "C. Rennie", "F. Baird", "Issued to TDA for approval"],
    ["Client ref.", "[Client ref TBC]", None, None, None],
], widths=[1.8, 2.6, 3, 4, 5])
merge(dc, 4, 1, 4, 4, text="[Client ref TBC]")
para(d, "")
text_box(d, [
    ("PROJECT SUMMARY", True),
    ("Skerrymore plans every job the same way, offshore or in the classroom. This Diving Project Plan sets out "
     "how we will deliver the National Award for SEN Coordination for Ardgarry, Lenmore and Port Cullen councils "
     "in 2009-10, with the University of Kilbride, in full compliance with every TDA requirement.", False),
], height_pt=90, fill="DEEAF6")

d.add_heading("Definitions", level=1)
para(d, "We use our own job vocabulary throughout this plan. The terms are:")
table(d, [
    ["Term", "Meaning in this plan"],
    ["Project", "The Award, for the 2009-10 cohort."],
    ["Clients", "The three councils and their schools, for whom the Award is run."],
    ["Diving Supervisor", "A tutor on the Award, responsible for a group of participants from the "
     "Pre-Mobilisation Survey to certification."],
    ["Method Statement day", "A taught day at Skerrymore Quay or at the University (eight in all)."],
    ["Toolbox talk", "A 15-minute briefing at the start of a Method Statement day."],
    ["Surface Support", "The online part of the Award, on the Academy's Moodle site."],
    ["Work Site", "The participant's own school."],
    ["Work Site mentor", "The headteacher or a senior leader who supports the participant in school."],
    ["Pre-Mobilisation Survey", "The needs assessment each participant completes before Day 1."],
    ["Individual Dive Plan", "The participant's individual training plan."],
    ["Job Pack", "The four assessed elements, JP1 to JP4."],
    ["Certification Survey", "The assessment-only route (7.3)."],
    ["Next Dive Plan", "The participant's objectives for the year after the Award."],
], widths=[4.5, 12])

# 1
d.add_heading("1  Project details", level=1)
t1 = table(d, [
    ["Item", "Detail"],
    ["Project", "National Award for SEN Coordination (the Award), cohort 2009-10"],
    ["Diving contractor", "Skerrymore Commercial Diving Academy Ltd, Schools Unit"],
    ["Clients", "Ardgarry, Lenmore and Port Cullen councils and their schools"],
    ["Accrediting body", "University of Kilbride, School of Education: the Award is validated as the "
     "Postgraduate Certificate in SEN Coordination; validation event held 2 December 2008, approved with one "
     "condition (met 12 January 2009)"],
    ["Level and credit", "Level 7; [credit value TBC at validation]"],
    ["Duration", "September 2009 to July 2010"],
    ["Project manager", "Fiona Baird, Head of Schools Unit"],
], widths=[4, 12.5])
fn.add(t1.cell(5, 1).paragraphs[0], "The University's Postgraduate Certificates are normally 60 credits; the "
       "University's Academic Board sets the credit for this one.")

# 2
d.add_heading("2  Scope of work", level=1)
para(d, "2.1  Project objective. The objective of the project is to raise the attainment of pupils with SEN "
        "in participants' schools, measured in National Curriculum levels and P scales, by training teachers "
        "new to the SENCO role to lead SEN provision to the standard of the national minimum outcomes.")
para(d, "2.2  Deliverables. For each participant: eight Method Statement days; six Surface Support units "
        "online; a Work Site project led in the participant's own school; a Job Pack of four assessed elements "
        "(JP1-JP4); a Certificate of Competence and the University's Postgraduate Certificate.")
para(d, "2.3  Work Site. Every participant's own school is his or her Work Site. Between Method Statement days "
        "each participant carries out a Work Site task there, and over the year leads one Work Site project: a "
        "change to SEN provision agreed with the headteacher, with a baseline, an intervention and a measure of "
        "its effect on the pupils, reported in JP4. This is how the project reaches practice in schools.")
para(d, "2.4  Exclusions. The SENCO's work inside the participant's school is in scope. Work beyond the "
        "participant's school, with other schools, services and agencies, is outside the scope of this project; "
        "in our clients' schools it is led by the headteacher. Strategic work with governors is likewise left to "
        "the headteacher.")

# 3
d.add_heading("3  Consultation and client requirements", level=1)
para(d, "3.1  In October 2008 we consulted our clients. The three councils' SEN officers met us twice, and 112 "
        "schools were sent a questionnaire; 58 headteachers and 49 SENCOs returned it. The Junior Aqua parents' "
        "group (31 families of disabled children) met us for an evening.")
para(d, "3.2  What the clients need, and what we changed. Schools asked above all for help with provision "
        "mapping and with managing the annual review; the councils asked for the new SENCO regulations and for "
        "speech, language and communication needs after the Bercow interim report; parents asked that SENCOs "
        "learn to listen to children. We therefore gave provision mapping a whole Method Statement day (Day 5), "
        "added SLCN to Day 3, and built Day 4 around consulting pupils. Rev B of this plan went back to the "
        "councils in December and their comments are in Rev C.")
para(d, "3.3  Client involvement during the project. Each council's senior SEN officer sits on the Project "
        "Review Panel (Section 11) and reads the participants' evaluations. Headteachers host the Work Site "
        "project, and each completes the Client Feedback Sheet at the end of the project on the change it made "
        "in the school. Two members of the Junior Aqua parents' group speak at Day 6 and sit on the Panel.")

# 4
d.add_heading("4  Dive team and competence", level=1)
para(d, "4.1  The dive team for this project is the Schools Unit, not the Academy's commercial diving "
        "instructors.")
table(d, [
    ["Position", "Name", "Competence"],
    ["Project manager and lead Diving Supervisor", "Fiona Baird",
     "SENCO and head of learning support, Ardgarry Academy, 1996-2006; MEd Inclusive Education (Kilbride); "
     "runs the Junior Aqua programme; member of the Ardgarry SEN Strategy Group."],
    ["Diving Supervisor", "Callum Rennie",
     "Principal teacher of support for learning for nine years; Postgraduate Diploma in Specific Learning "
     "Difficulties; Dyslexia Scotland trainer."],
    ["Diving Supervisor (0.5)", "Dr Isla Munro",
     "Educational psychologist, Lenmore Council (current post); research on autism and peer relationships."],
    ["University link tutor", "Dr Alasdair Moir",
     "Senior lecturer in inclusive education, University of Kilbride; assessor on the University's MEd."],
    ["Specialist divers (guests)", "As named in Section 6",
     "Speech and language therapist, CAMHS nurse, sensory impairment service teacher, a parent partnership "
     "worker."],
], widths=[4.5, 3, 9])
para(d, "4.2  Keeping current. Each Diving Supervisor has a personal CPD plan and at least four days a year "
        "in schools or with the councils' SEN teams; Dr Munro remains a practising psychologist.")
para(d, "4.3  Briefing the team. Before the project starts every Diving Supervisor and every Work Site "
        "mentor (the participant's headteacher or a senior leader named by the school) attends a half-day "
        "team briefing on the project plan, the Job Pack and the marking criteria. Mentors receive the Mentor "
        "Handbook, which sets out their duties (two meetings a term, signing the Work Site project plan, one "
        "observation of the participant leading a meeting) and the Diving Supervisor rings each mentor once "
        "a term to check the duties are being done.")
para(d, "4.4  Specialists and placements. Besides the guests in Section 6, every participant spends two days "
        "on placement: one in Carrick Bank special school and one in the Lenmore autism resource base, both "
        "arranged by the Academy with the councils, with a task set for each visit and a host teacher who "
        "signs it off.")

# 5
d.add_heading("5  Risk assessment", level=1)
para(d, "Risks to the project and their controls. Residual risk: L low, M medium.")
ra = table(d, [
    ["Hazard", "Who is at risk", "Controls", "Residual"],
    ["A participant is not suitable to work with children", "Pupils in participants' schools",
     "Before a place is confirmed the Academy records the number and date of the participant's enhanced CRB "
     "disclosure, seen by our Admissions Officer; checks List 99; and takes a reference from the current or "
     "last employer asking about conduct and any disciplinary matter. A participant out of a school post for "
     "three months or more must obtain a new enhanced disclosure before starting.", "L"],
    ["Instructors working with children in Junior Aqua", "Junior Aqua pupils",
     "All Junior Aqua instructors hold an enhanced CRB disclosure renewed every three years.", "L"],
    ["A participant cannot reach the outcomes", "Participant",
     "Participants must hold QTS and be employed in a school in one of the three client councils.", "M"],
    ["A disabled participant cannot use the venue", "Participant",
     "Ground-floor training room at Skerrymore Quay with level access and accessible toilet; lift at the "
     "University. Any adjustment to assessment is a matter for the University.", "L"],
    ["A participant falls behind between days", "Participant",
     "Surface Support (Section 9): weekly online surgery, peer dive groups, tutor replies within two working "
     "days.", "L"],
    ["Marking is inconsistent between Diving Supervisors", "Participants, clients",
     "All markers use the common marking grid. Moderation: [to be agreed with the University].", "M"],
], widths=[4, 3, 8, 1.5])
comment(d, ra.cell(6, 2).paragraphs[0].runs, "Alasdair suggests sampling 25% - not yet agreed. CR", "Callum Rennie", "CR")

# 6
d.add_heading("6  Method statement", level=1)
para(d, "6.1  Pattern of work. The project runs as one cohort from September, with the eight Method Statement "
        "days in the order below, a Surface Support unit online between each pair of days, and a Work Site "
        "task in school after each day. It is part time: participants are released for the eight days and do "
        "the rest in their own time.")
del_para(d, "A second cohort will start in January, and participants may move between cohorts.", A1, T1)
jan = d.paragraphs[-1]
comment(d, [jan.add_run(" ")], "The January start ran in the 2007 pilot; councils would not release staff for it "
        "this year. FB", "Fiona Baird", "FB")
ms = table(d, [
    ["Day", "Title", "Content", "Work Site task"],
    ["1", "Mobilisation", "The SENCO's role and leadership; prioritising and delegating; time management; "
     "anticipating problems and making decisions on provision; the Work Site project.",
     "Agree the Work Site project with the headteacher."],
    ["2", "Regulations", "Education Act 1996 Part IV, the SEN Code of Practice (2001) and what it requires "
     "of the school and the SENCO; Every Child Matters and the five outcomes; Removing Barriers to "
     "Achievement; Aiming High for Disabled Children (2007); the Inclusion Development Programme; the 2008 "
     "SENCO regulations.", "Audit the school's SEN policy against the Code."],
    ["3", "Conditions on the bottom", "How children develop and how SEN, disability and the physical and "
     "social environment affect development; BESD, SpLD including dyslexia, SLCN, ASD and MLD and their "
     "effect on learning; what the educational psychology, speech and language therapy, CAMHS and sensory "
     "services do and how to obtain their support and resources. Guest: speech and language therapist.", "Profile two pupils with different needs."],
    ["4", "Listening on the line", "Consulting pupils: interviewing, using visual and signed supports, "
     "running pupil-led reviews; participants practise with pupils from Junior Aqua and get feedback. "
     "Relationships with pupils and families.", "Consult three pupils about their provision and act on it."],
    ["5", "Survey and mapping", "Identifying needs from observation and data; targets and interventions; "
     "reports from other professionals; tracking with summative assessment and national tests; special "
     "arrangements for tests and examinations; provision mapping; finding missing or ineffective provision; "
     "approaches, strategies and resources including ICT.", "Build the school's provision map."],
    ["6", "Topside support", "Partnership with parents and carers; running meetings parents take part in; "
     "the parents' group speakers. Advising and coaching colleagues in school: observation and feedback, "
     "modelling, training.", "Coach one colleague for half a term."],
    ["7", "Inspection", "School self-evaluation and improvement; reviewing provision with staff; research "
     "evidence on what works, with Ofsted's Inclusion: does it matter where pupils are taught? (2006) and "
     "the Bercow interim report (2008); the Lamb inquiry's terms of reference.",
     "Review one intervention with the staff who run it."],
    ["7a", "Placements", "Carrick Bank special school and the Lenmore autism base (Section 4.4).",
     "Host teacher's task."],
    ["8", "Demobilisation", "Work Site project presentations; each participant sets next year's objectives "
     "on the Next Dive Plan, to take to his or her line manager.", "Agree the Next Dive Plan."],
], widths=[1, 2.8, 8.7, 4])
para(d, "6.2  Toolbox talks. Each Method Statement day opens with a toolbox talk: a short briefing from a "
        "Diving Supervisor on a single point that participants should take back to school that week. This "
        "year's talks are: winning the backing of the headteacher and senior team (Day 2); using outside advice "
        "and research in your own practice (Day 3); helping colleagues use formative assessment with pupils with "
        "SEN (Day 6). Toolbox talks are not assessed and are not recorded on the Verification Sheet.")
para(d, "6.3  Guests. The speech and language therapist (Day 3), two members of the Junior Aqua parents' group "
        "and a parent partnership worker (Day 6), and a CAMHS nurse and a teacher from the sensory impairment "
        "service (Day 5) each lead an hour of their day, and stay to answer participants' questions about "
        "their own pupils.")
para(d, "6.4  Research and inspection. Day 7 and the reading for JP2 draw on recent inspection evidence and "
        "research, as listed, and the Diving Supervisors update the reading list each summer from the "
        "University's review of new publications.")

# 7
d.add_heading("7  Pre-mobilisation", level=1)
para(d, "7.1  Pre-mobilisation survey. Before Day 1 every participant completes the Pre-Mobilisation Survey, a "
        "rating against each line of Appendix A with evidence, which the mentor countersigns. The Diving "
        "Supervisor meets each participant to check the ratings, and together they write the Individual Dive "
        "Plan: personal outcomes, the lines to work on most, the Surface Support units to take in depth and the "
        "focus of the Work Site project. The Individual Dive Plan is reviewed after Day 4.")
para(d, "7.2  Prior learning. Accreditation of prior learning is not offered on this project; all participants "
        "complete all four Job Pack elements.")
para(d, "7.3  Certification Survey route. In exceptional cases an experienced teacher, for example from a "
        "council support service, who already appears to meet the outcomes may be assessed without the "
        "training: a portfolio mapped to every line of Appendix A, JP4 on a recent change the candidate led, "
        "and a professional discussion with two assessors. The route costs £700 and leads to the same "
        "certificate.")
para(d, "7.4  Cost. The fee is £1,600 per participant, paid by the councils from their Standards Fund "
        "allocation; the Individual Dive Plan directs each participant's time to what he or she needs, and the "
        "Surface Support units are taken in depth only where the plan says so, which keeps costs down and the "
        "days focused.")

# 8
d.add_heading("8  Equipment, plant and facilities", level=1)
para(d, "8.1  Plant at Skerrymore Quay: two surface-supplied diving spreads, a twin-lock deck decompression "
        "chamber, a 6-metre training tank, a closed-bell simulator, and compressors maintained to IMCA "
        "standards.")
para(d, "8.2  For the Award: the ground-floor training room with projector, and printed handouts for every "
        "day.")
para(d, "8.3  If the University's library access for associate students is approved, participants will be able "
        "to use its online journals.")
para(d, "8.4  Skerrymore's Disability Equality Scheme (2007) sets out how the Academy meets its duties as an "
        "employer and training provider, and is reviewed every three years.")

# 9
d.add_heading("9  Communications", level=1)
para(d, "9.1  Surface Support is the Academy's Moodle site. Between Method Statement days participants work "
        "through six online units with readings, short video case studies and tasks. Each participant belongs "
        "to a peer dive group of four, which meets online each fortnight, and the Diving Supervisors hold a "
        "weekly online surgery on Wednesday evenings and answer messages within two working days. Work Site "
        "tasks are uploaded to Surface Support and the Diving Supervisor comments on each before the next day. "
        "Mentors and headteachers have guest access to their participant's Work Site pages, so that school, "
        "participant and tutor work from the same record.")

# 10
d.add_heading("10  Verification, handover and certification", level=1)
para(d, "10.1  The Job Pack. JP1: a 3,000-word audit of the school's SEN policy and practice against the law "
        "and the Code. JP2: a 3,500-word critical review of approaches for a group of pupils, using research. "
        "JP3: a case file on one pupil, with the family's and other professionals' contributions. JP4: the Work "
        "Site project report (5,000 words), with a closing section on the participant's own CPD over the year and "
        "how he or she keeps up to date, and its presentation on Day 8.")
para(d, "10.2  Reading Appendix A. The column \"Method Statement\" gives the day on which a line is taught; "
        "\"-\" there means no Method Statement day covers it. In the column \"Verified by\", \"JP1\" to \"JP4\" "
        "means the line is assessed and marked in that Job Pack element; \"TT\" means the line is raised in a "
        "toolbox talk, a 15-minute briefing at the start of a day, which is not assessed; \"NIS\" means not in "
        "scope of this project (see 2.4).")
para(d, "10.3  Certification. A participant is awarded the Certificate of Competence, and the University's "
        "Postgraduate Certificate, only when every Job Pack element has been passed and the marker has recorded, "
        "line by line on the Verification Sheet, that the participant has shown each outcome verified in the Job "
        "Pack. The University's board of examiners confirms each award.")
para(d, "10.4  Marking. Each Job Pack element is marked by the participant's Diving Supervisor with the common "
        "marking grid.")

# 11
d.add_heading("11  Post-project review", level=1)
para(d, "11.1  Sources of evidence: participants' evaluation after every day and every Surface Support unit; "
        "the mentors' end-of-year questionnaire; the Client Feedback Sheet from each headteacher; the "
        "University's external examiner's report; the University's annual programme monitoring.")
para(d, "11.2  The Project Review Panel (the Head of Schools Unit, the University link tutor, the three "
        "councils' senior SEN officers, and two parents) meets in December and July, reads this evidence and "
        "agrees changes, which go into the next revision of this plan and are reported to the councils.")
para(d, "11.3  Measures. We record attendance and pass rates, and participants rate their confidence against "
        "each line of Appendix A at the start and at the end, and compare the two. We do not attempt to measure "
        "the effect on pupils; that belongs to the schools' own monitoring.")

# Appendix A
d.add_heading("Appendix A  Competence Matrix", level=1)
para(d, "Lines are grouped by the national minimum outcomes' three headings. Key: Section 10.2.")
rows = [
    ("Attributes", None),
    ("A-1", "Fair, respectful, constructive relationships with pupils and their families", "4", "JP3"),
    ("A-2", "Gains the commitment of colleagues, the headteacher and senior leaders", "-", "TT"),
    ("A-3", "Prioritises, manages time and delegates effectively", "1", "JP4"),
    ("A-4", "Anticipates problems, decides well, judges provision soundly", "1", "JP4"),
    ("A-5", "Speaks and writes clearly; listens to others' views", "4, 8", "JP4"),
    ("A-6", "Uses research and outside advice to improve practice", "7", "TT"),
    ("A-7", "Keeps up to date; takes charge of own CPD on SEN and disability", "8", "JP4"),
    ("Knowledge and understanding", None),
    ("K-1", "SEN law and guidance, the Code of Practice, and putting them into practice", "2", "JP1"),
    ("K-2", "Every Child Matters: principles, the five outcomes and the SENCO's part", "2", "JP1"),
    ("K-3", "Disability equality law and duties", "-", "Covered by Skerrymore Disability Equality Scheme (8.4)"),
    ("K-4", "Child development and what affects it", "3", "JP3"),
    ("K-5", "The common types of SEN and disability and their effect on learning", "3", "JP3"),
    ("K-6", "Critical understanding of approaches, strategies and resources, including ICT", "5", "JP2"),
    ("K-7", "School self-evaluation and improvement for SEN outcomes", "7", "JP4"),
    ("K-8", "Best practice and research in meeting SEN", "7", "JP2"),
    ("K-9", "External agencies and getting specialist support", "3, 5", "JP3"),
    ("Skills", None),
    ("S-1", "With senior colleagues and governors, shapes ethos, policy and resources", "-", "NIS"),
    ("S-2", "Identifies needs, sets targets, plans interventions, reviews progress", "5", "JP3"),
    ("S-2a", "Uses other professionals' assessments in teaching", "5", "JP3"),
    ("S-2b", "Uses summative data and national tests to track progress", "5", "JP4"),
    ("S-2c", "Encourages colleagues' formative assessment for pupils with SEN", "6", "TT"),
    ("S-2d", "Special arrangements for tests and examinations, in good time", "5", ""),
    ("S-3", "Provision mapping; finds missing or ineffective provision", "5", "JP4"),
    ("S-4", "Deploys and manages staff", "-", "JP4"),
    ("S-5", "Supports colleagues' development: observation, feedback, coaching, training", "6", "JP4"),
    ("S-6", "Reviews provision with staff to inform self-evaluation", "7", "JP4"),
    ("S-7", "Involves pupils in planning and reviewing their provision", "4", "JP3"),
    ("S-8", "Liaises with parents and carers", "6", "JP3"),
    ("S-9", "Works in partnership with other services and voluntary organisations", "-", "NIS"),
]
tab = [["Line", "Competence", "Method Statement", "Verified by"]] + [
    [r[0], r[1] or "", r[2] if r[1] else "", r[3] if r[1] else ""] for r in rows]
ta = table(d, tab, widths=[1.5, 9, 2.5, 3.5])
for i, r in enumerate(rows, 1):
    if r[1] is None:
        merge(ta, i, 0, i, 3, text=r[0].upper(), bold=True, fill="E2EFDA")
    if r[0] == "S-2d":
        ins_run(ta.cell(i, 3).paragraphs[0], "JP3", A2, T2)
    if r[0] == "S-4":
        fn.add(ta.cell(i, 1).paragraphs[0], "Deployment of support staff is assessed in JP4 but is not taught on a "
               "Method Statement day: participants are expected to bring this experience with them.")

# Appendix B
d.add_heading("Appendix B  Extract from the close-out report of the 2007 pilot", level=1)
para(d, "The pilot ran for eleven Lenmore teachers from January to December 2007, without accreditation. "
        "Participants could start in January or in September and take the days in any order. Accreditation of "
        "prior learning was offered, up to 20 credits, and four participants used it. Lessons learned: the days "
        "needed a Work Site project to tie them together; mentors needed a handbook; provision mapping needed "
        "more time. All three lessons are built into this plan.", italic=True)

fn.finish()
d.save(OUT)
print("wrote", OUT)
