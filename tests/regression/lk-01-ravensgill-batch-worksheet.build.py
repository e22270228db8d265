"""lk-01-ravensgill-batch-worksheet: build script.

Provider (invented): the Ravensgill Pharmacy Network (fourteen community pharmacies in
Ravensgill and the Upper Dales, with a Schools Medicines Support Service) and the
Ravensgill University School of Pharmacy, running the 2008-09 National Award for SEN
Coordination together. The award is validated by the University of Ravensgill.

Document kind and layout: the course written on the Network's own controlled
"Master Formula and Batch Manufacturing Worksheet" (form SU-7) from its Specials Unit,
the form used for extemporaneous preparations. The course is "the product", the
cohort is "batch RG/0809/01", participants are "Compounders", tutors "Supervisors",
school-based mentors "Witnesses", study days "Compounding Sessions" CS1-CS6, in-school
tasks "Trituration tasks" T1-T5, units "Phases" (Base, Actives, Vehicle,
Preservative), assessments "In-process checks" IPC1-IPC3 and the "Final Release
Check" (FRC); the award is "Release" by the "Authorised Person". Heading styles with
the form's own section numbers ("Section 3 Starting materials"); a product details
table with merged cells; a glossary table (Section 2) that defines the Formula
Sheet's values far above the sheet (Section 9): "Q.S." (not worked on at any session),
"Weighed only" (worked on, never marked), "Visual check" (a Supervisor's comments on
a draft, never marked) and "Omitted". The Formula Sheet has shaded, merged group rows.
A page header and a footer; tracked changes; two Word comments; a VML text box.

Traps (requirement ids):
- Footer claims "Every batch contains all 28 national outcomes": a footer is not
  evidence (6.0 and the outcomes are judged from the Sheet).
- The Formula Sheet row on how children develop is a tracked deleted row: 6.K4 not_met.
- Access arrangements for national tests are "Omitted" with Deviation D3 referring
  compounders elsewhere: 6.S2d not_met.
- "Weighed only" rows (worked on, not marked): 6.A3, 6.K8, 6.S2b partially_met.
- "Visual check" rows (formative only): 6.A7, 6.S5 partially_met.
- "Q.S." with a check (marked but not worked on at any session): 6.K3 partially_met.
- Release rests on passing the checks, not on every outcome (some are never checked):
  6.0 partially_met; 1.9 partially_met for the same reason.
- The 2007-08 pilot batch's "release on certificate" route is a past arrangement,
  withdrawn and "not offered" for this batch; a Word comment proposing to bring it back
  is not evidence: 2.3 not_met.
- "We do not carry out a needs assessment before the course": 2.2 not_met; the same
  formula for everyone makes 2.4 partially_met (cost and progression are there).
- The CRB verification paragraph is a tracked insertion (part of the submission):
  5.3 met.
- A deleted sentence offered a January start; what remains is one start, one order,
  a choice of Saturday or twilights: 3.2 partially_met.
- E-learning ("the Dispensary") with Supervisor e-mail support, but the text box says
  there is no discussion forum and compounders do not work together online:
  3.3 partially_met.
- Placements described are the School of Pharmacy's undergraduates' placements
  (wrong people); specialist expertise is there: 5.5 partially_met.
- Witnesses' briefing only planned "for a later batch"; a comment saying the
  handbook is done is not evidence: 5.7 partially_met.
- Headteachers and the local authority in evaluation only hoped for; compounders'
  session slips are there: 4.3 partially_met.
- Research only in general terms ("current thinking"): 1.3 partially_met.
- Impact on confidence and on pupils explicitly not measured, only pass rates and
  session slips: 5.9 partially_met.
- Section numbers in the worksheet ("Section 5 Personnel", step "6.3") are the form's,
  not requirement ids.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lk_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "Ravensgill Pharmacy Network \u00b7 Specials Unit \u00b7 Controlled form SU-7 (Issue 4)",
              "SU-7 Master Formula and Batch Worksheet \u00b7 Every batch contains all 28 national outcomes")

P(d, "MASTER FORMULA AND BATCH MANUFACTURING WORKSHEET", bold=True, size=14, align="c")
P(d, "Form SU-7 \u00b7 Product: National Award for SEN Coordination (RPN-SENCO) \u00b7 Batch RG/0809/01", italic=True, align="c")

P(d, "To the TDA approval panel. The Ravensgill Pharmacy Network and the Ravensgill University School of Pharmacy "
     "have run the Network's Schools Medicines Support Service together since 2003, visiting special schools and "
     "resource bases across Ravensgill and the Upper Dales. We have written this application on our own worksheet, "
     "form SU-7, which every pharmacist in the Network and every member of the School's teaching staff uses when a "
     "preparation is made up for a named patient. The form makes us say what goes in, in what quantity, by whose hand, "
     "with what checks, and on what terms the product is released. We think those are the questions the panel is "
     "asking of a course, and we have kept the form's own words for them. Section 2 explains the terms we use.")

d.add_heading("Section 0  Product details", level=1)
t = table(d, [
    ["Field", "Entry", ""],
    ["Product", "National Award for SEN Coordination (RPN-SENCO)", ""],
    ["Batch number", "RG/0809/01", "First full batch after the pilot batch RG/0708/P"],
    ["Batch size", "24 Compounders (maximum 26)", ""],
    ["Strength", "Postgraduate Certificate, 60 credits at Level 7 (masters level)", ""],
    ["Licence holder", "Validated by the University of Ravensgill through its School of Pharmacy and School of "
                       "Education jointly; approved by the University's Academic Standards Committee on 9 July 2008", ""],
    ["Made up by", "Ravensgill Pharmacy Network and Ravensgill University School of Pharmacy", ""],
    ["Batch dates", "September 2008 to July 2009", ""],
    ["Price", "\u00a31,450 per Compounder, met from TDA funding through the local authority", ""],
    ["Authorised Person", "Chair of the RPN-SENCO Award Board (Professor H. Lindqvist)", ""],
], widths=[4, 8, 5])
for i in (1, 3, 4, 5, 6, 7, 8, 9):
    a = t.cell(i, 1).merge(t.cell(i, 2))
    a.text = t.cell(i, 1).text.split("\n")[0]
P(d, "")

d.add_heading("Section 1  Reason for manufacture", level=1)
P(d, "Every worksheet begins with the reason the preparation is needed. This product is made because the schools we "
     "serve asked for it. In the spring of 2008 the School of Pharmacy sent a questionnaire to the SENCOs and "
     "headteachers of the 41 schools that use the Schools Medicines Support Service; 33 replied. They told us that newly "
     "appointed SENCOs in small rural schools had no course within reach, that they wanted a course built round the "
     "pupils actually on their registers, and that they wanted it to leave something useful behind in the school. The "
     "local authority's SEN team gave us its figures for newly designated SENCOs (38 in the two years to July 2008) and "
     "the Ravensgill Parent Partnership Service told us, at a meeting in May 2008, that parents' most common complaint "
     "was not being told what their child's support was for. The product described here answers those needs.")
P(d, "The aim of the product is that the pupils with SEN and disabilities in each Compounder's school achieve more and "
     "are safer, healthier and happier for the Compounder's work. Its objectives, its Phases and its checks are set "
     "against the five Every Child Matters outcomes (be healthy, stay safe, enjoy and achieve, make a positive "
     "contribution, achieve economic well-being): each Trituration task asks the Compounder to say which outcome the "
     "pupils concerned are to gain in, and IPC3 is marked partly on the evidence of pupils' progress and well-being that "
     "the Compounder brings.")

d.add_heading("Section 2  Worksheet terms", level=1)
P(d, "The terms below are used throughout this worksheet. The last five are the values written in the Formula Sheet "
     "(Section 9) and must be read from here.")
table(d, [
    ["Term", "Meaning on this worksheet"],
    ["Compounder", "A participant: a teacher who is, or is about to be, the SENCO of a school."],
    ["Supervisor", "A tutor of the Network or the School of Pharmacy who teaches and marks."],
    ["Witness", "A senior colleague in the Compounder's own school (usually the deputy or the head) who sees the "
                "Trituration tasks done and signs for them."],
    ["Compounding Session (CS)", "One of six study days, CS1 to CS6."],
    ["Trituration task (T)", "A task done in the Compounder's own school between sessions, T1 to T5."],
    ["Phase", "A unit of the course: A Base, B Actives, C Vehicle, D Preservative."],
    ["In-process check (IPC)", "A marked assessment: IPC1, IPC2, IPC3. Marked pass or refer and counted for the award."],
    ["Final Release Check (FRC)", "The final marked assessment, a presentation and viva on the portfolio."],
    ["Release", "The award of the Postgraduate Certificate by the Authorised Person."],
    ["CS1 to CS6 (in \u2018Weighed at\u2019)", "The session at which the line is worked on."],
    ["Q.S.", "Quantum sufficit. The line is not worked on at any session; the Compounder makes it up from the "
             "reading pack on their own."],
    ["IPC1 to IPC3, FRC (in \u2018Checked at\u2019)", "The marked check in which the line is assessed."],
    ["Weighed only", "Written in \u2018Checked at\u2019: the line is worked on at the session shown but is not "
                     "marked in any check."],
    ["Visual check", "Written in \u2018Checked at\u2019: a Supervisor reads a draft and writes comments. A visual "
                     "check is never marked and does not count towards Release."],
    ["Omitted", "The line is not in this batch. See the Deviation Log (Section 10)."],
], widths=[5, 12])
P(d, "")

d.add_heading("Section 3  Starting materials", level=1)
P(d, "3.1 Specification of starting materials. A Compounder must hold Qualified Teacher Status, be in post as a "
     "SENCO or be named by the headteacher as the next SENCO, and be nominated on the Network's form SU-7a, signed by "
     "the headteacher, who commits the school to release the Compounder for six sessions and to provide a Witness. "
     "Each applicant is interviewed by a Supervisor, who checks against the Phase A entry statement that the applicant "
     "has enough knowledge of the school's SEN register and of the Code of Practice to begin; those who do not are "
     "offered a place on the next batch and a reading list to prepare with.")
P(d, "3.2 Certificate of analysis. We do not carry out a needs assessment before the course; every Compounder "
     "follows the same formula, and the Supervisor gets to know each Compounder's needs during CS1 and CS2.")
ins_para(d, "3.3 Suitability to work with children. Before a place is confirmed the School of Pharmacy's admissions "
            "officer obtains from the headteacher a signed statement giving the date and number of the applicant's "
            "enhanced CRB disclosure and confirming that the school has checked List 99 and taken references. An "
            "applicant who has not worked in a school in a post with regular contact with children in the last three "
            "months is required to obtain a new enhanced CRB disclosure through the University before the place is "
            "confirmed.")
P(d, "3.4 Prior study and experience. A Compounder who has passed Level 7 study in SEN or inclusion in the last five "
     "years may have up to 20 credits of it accredited against Phase A, on the University's APL procedure. A Compounder "
     "with at least three years as a SENCO may instead make an APEL claim: a portfolio of evidence from their school "
     "that a Supervisor assesses against the Phase A outcomes and that the Award Board confirms. Credits accredited "
     "in either way count towards the 60.")
p = P(d, "3.5 Release on certificate. In the pilot batch RG/0708/P we allowed six experienced SENCOs to go straight "
         "to the Final Release Check on the strength of their school's certificate, with no sessions. That route was "
         "withdrawn in April 2008 and is not offered for batch RG/0809/01.")
comment(d, p, "Should we say we will bring release on certificate back for 2009-10? Several heads asked about it.",
        author="A. Duckworth", initials="AD")
P(d, "3.6 Disclosure of sensitivities. The nomination form and the Network's leaflet invite every applicant to tell "
     "us in confidence of any disability or health condition. The School of Pharmacy's disability adviser meets any "
     "Compounder who does so before CS1 and agrees adjustments: papers in large print or on coloured paper, a hearing "
     "loop (fitted in all three session rooms), extra time and a separate room for the FRC viva, and session venues "
     "with level access. Adjustments are recorded on the worksheet's confidential sheet and passed to the Supervisor "
     "and the external examiner. Our publicity shows SENCOs with disabilities and says that the course welcomes them.")

d.add_heading("Section 4  Equipment and premises", level=1)
P(d, "Sessions are held in the School of Pharmacy's teaching rooms at the Ravensgill campus and, for Compounders in "
     "the Upper Dales, in the training room over the Network's Skipwith Road pharmacy. Compounders have full use of "
     "the University library and its electronic journals for the length of the batch, the School of Education's SEN "
     "resource collection (assessment materials, Boardmaker, Clicker 5, switch-access equipment, a loan box of "
     "communication aids) and the Network's own collection of materials on medicines and pupils with complex health "
     "needs. The School's assistive technology room is booked for CS4.")
P(d, "4.1 Online materials (the Dispensary). Each Compounder has an account on the Dispensary, the University's "
     "Blackboard area for the product. The reading packs for every Phase, the session slides and the Trituration task "
     "sheets are posted there, and the Compounding Log (IPC1) is kept there and read by the Supervisor after each "
     "session. Between sessions a Compounder may e-mail their Supervisor with questions through the Dispensary; "
     "Supervisors answer within five working days.")
textbox(d, [("Supervisor's note on the Dispensary", True),
            ("There is no discussion forum in the Dispensary and Compounders do not work together online. "
             "The Dispensary is for reading, for the Log and for questions to your Supervisor.", False)],
        height_pt=70)

d.add_heading("Section 5  Personnel", level=1)
P(d, "5.1 Supervisors. The product is made up by four Supervisors. Dr Miriam Osei (programme leader) is a former "
     "SENCO and advisory teacher for SLCN, with an MEd in special and inclusive education; she teaches Phases A and D. "
     "Mr Owen Radley, a SENCO for eleven years in two Ravensgill secondary schools and holder of the British Dyslexia "
     "Association's AMBDA, teaches Phase B. Mrs Carol Hesketh, pharmacist and lead of the Schools Medicines Support "
     "Service, with a Postgraduate Diploma in Clinical Pharmacy and ten years' work with special schools, teaches the "
     "sessions on pupils with complex health needs. Ms Leanne Bramwell, a former deputy headteacher who led a "
     "resource base for pupils with ASD, teaches Phase C. All four keep up to date through the School of Education's "
     "SEN research seminar and at least five days of their own CPD a year, recorded in the annual staff review.")
P(d, "5.2 Visiting specialists. Sessions draw on an educational psychologist from the local authority's service, a "
     "speech and language therapist from the Primary Care Trust, the local authority's sensory support team and the "
     "Parent Partnership Service, who each lead part of a session (see Section 6).")
P(d, "5.3 Placements. Third-year MPharm students from the School of Pharmacy spend a two-week placement in a special "
     "school in the Network's area, supervised by Mrs Hesketh, as part of their own degree.")
P(d, "5.4 Witnesses. Each Compounder's Witness signs the Trituration task sheets to confirm the task was carried out "
     "in the school. A briefing and a short Witness handbook are planned for a later batch; for this batch the "
     "Supervisor telephones each Witness once during the autumn term.")
p = P(d, "5.5 Supervisors' duties. Supervisors work to the Supervisor's handbook for the product, which sets out "
         "the marking criteria for each check, the Release rule and the Supervisor's part in the Deviation Log. It is "
         "discussed line by line at a half-day meeting before CS1.")
comment(d, p, "Witness handbook is finished now \u2013 can we say it goes out in September?", author="M. Osei",
        initials="MO")

d.add_heading("Section 6  Method", level=1)
P(d, "The product is made up in four Phases over six Compounding Sessions, with a Trituration task between each pair "
     "of sessions. Each session is run twice: once as a Saturday day and once as two weekday twilights a week apart. A "
     "Compounder may attend either. The sessions run in the order below, and the batch has a single start in September.")
mixed_para(d, [("n", "Sessions are not run out of order. "),
               ("d", "A Compounder who cannot start in September may join at CS3 in January and take CS1 and CS2 with the next batch.")])
P(d, "6.1 Phase A: Base (CS1 and CS2, Trituration tasks T1 and T2)", bold=True)
P(d, "CS1 sets out the law and guidance the SENCO works within: the Education Act 1996 and the SEN Code of Practice "
     "(2001), the SEN Toolkit, Removing Barriers to Achievement (2004), Every Child Matters and the Children Act 2004, and the 2008 "
     "regulations that made the SENCO a qualified teacher on the leadership team. The afternoon looks at what each "
     "means for the SENCO's week and for the school's policy. CS2 turns to working with pupils and parents: the "
     "Parent Partnership Service leads a workshop on listening to parents and on explaining provision to them, and the "
     "Compounders practise an annual review conversation in threes, one as parent, one as SENCO and one observing.")
P(d, "T1 asks the Compounder to compare the school's SEN policy with the Code and to propose changes to the head. T2 asks the Compounder to hold a review meeting with the "
     "parents of one pupil, with the pupil present for part of it, and to write up what each said and what was agreed.")
P(d, "6.2 Phase B: Actives (CS3 and CS4, T3)", bold=True)
P(d, "CS3 covers the common kinds of SEN and disability met in our schools (behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; moderate learning difficulties) and what each means for a pupil's learning. The "
     "educational psychologist leads the afternoon on reading and using the reports of psychologists, therapists, "
     "medical staff and sensory support teachers to plan teaching. CS4 covers the SENCO's part in assessment: "
     "identifying pupils who may have SEN, setting targets, choosing interventions and reviewing progress; tracking "
     "with national curriculum levels, P scales and national test results; helping class teachers use formative "
     "assessment with pupils with SEN; and the use of ICT and specialist technology in teaching (in the assistive "
     "technology room). The speech and language therapist leads a workshop on consulting pupils with communication "
     "needs about their own support, using talking mats and symbol questionnaires.")
P(d, "T3 asks the Compounder to consult a group of pupils with SEN about their support, using a method from CS4, and "
     "then to plan, with the pupils and their teachers, one change that follows from what the pupils said.")
P(d, "6.3 Phase C: Vehicle (CS5, T4)", bold=True)
P(d, "CS5 is about leading and managing. It covers provision mapping and management, costing provision and finding "
     "what is missing or not working; deploying and managing teaching assistants; supporting colleagues through "
     "observation and feedback, coaching and modelling; working with the head, senior leaders and governors on "
     "policy, priorities and budget; and gaining colleagues' commitment. Mrs Hesketh's hour on managing pupils' "
     "medicines and health care plans in school brings in the school nurse, the Network's pharmacists and the "
     "voluntary sector. The session also practises prioritising the SENCO's own workload and delegating, using a "
     "week-planner exercise.")
P(d, "T4 asks the Compounder to draw up a provision map for one year group, identify one piece of provision that is "
     "not working, and present a proposal to the senior leadership team.")
P(d, "6.4 Phase D: Preservative (CS6, T5)", bold=True)
P(d, "CS6 is about keeping improvement going: reviewing provision with colleagues and feeding the findings into the "
     "school's self-evaluation form and improvement plan; working with the local authority's services, health and "
     "social care and voluntary organisations; using research and outside advice to change practice; and the "
     "SENCO's own continuing professional development. Compounders bring their provision map and their evidence of "
     "pupils' progress to share.")
P(d, "T5 is the impact task. The Compounder leads the change proposed in T4 over at least half a term, collects evidence "
     "of its effect on the pupils concerned and on colleagues' practice, and writes it up for IPC3. The change must be "
     "one the Witness agrees is real, and the Witness signs to confirm it was carried out.")

d.add_heading("Section 7  In-process checks", level=1)
P(d, "Each check is marked pass or refer against the marking criteria in the Supervisor's handbook. A referred check "
     "may be resubmitted once.")
table(d, [
    ["Check", "What the Compounder submits", "When", "Marked by"],
    ["IPC1", "The Compounding Log: a reflective log of each session and Trituration task (4,000 words in all), "
             "with the Witness's signed task sheets", "After CS4", "Supervisor; 20% second-marked"],
    ["IPC2", "Pupil case study: one pupil's needs, the assessments made by other professionals, the teaching planned, "
             "the pupil's and parents' part, and the review (4,000 words)", "After CS4", "Supervisor; all second-marked"],
    ["IPC3", "Provision map and impact report on T4 and T5 (4,000 words)", "After CS6", "Supervisor; all second-marked"],
    ["FRC", "Final Release Check: a 20-minute presentation on the portfolio to two Supervisors, then a viva",
     "June 2009", "Two Supervisors; external examiner samples"],
], widths=[2, 9, 2.5, 4])
P(d, "")
P(d, "All checks are second-marked as shown and the marks are moderated at a moderation meeting of all Supervisors after "
     "each round of checks, where a sample of every Supervisor's marking is re-read against the criteria. The external "
     "examiner, Dr Patricia Mwangi of the University of Eastwold, reads a sample of every check, attends one FRC day "
     "and reports to the Award Board. Not every line of the Formula Sheet is checked: some are weighed only, and the "
     "Sheet shows which.")

d.add_heading("Section 8  Release", level=1)
P(d, "8.1 Release rule. The Authorised Person releases the product to a Compounder (that is, the Award Board confers "
     "the Postgraduate Certificate) when the Compounder has passed IPC1, IPC2, IPC3 and the FRC and the Witness has "
     "signed all five Trituration tasks.")
P(d, "8.2 Repeat supply. At the end of the FRC each Compounder agrees with the two Supervisors three professional "
     "targets for the following year, written on the Release sheet, and is told how credits from the product count "
     "towards the University's MA in Inclusive Education. The Network invites every released Compounder to its "
     "SENCO network meetings, held each term, where the targets are followed up.")
P(d, "8.3 Value. The price of \u00a31,450 covers six sessions, materials, the Dispensary and marking. It compares with "
     "\u00a31,900 for the nearest university course and needs no overnight stays for Upper Dales schools. The course "
     "leads on to the MA, and the sessions are continuing professional development that the school can see at work "
     "in the T4 and T5 tasks.")

d.add_heading("Section 9  Formula Sheet", level=1)
P(d, "The lines below are the national minimum outcomes in our words. Read the columns with Section 2.")
rows = [["Line", "Ingredient (the outcome, as we put it)", "Weighed at", "Checked at"]]
groups = {}
A = [
    ("A", "Professional attributes"),
    ("A1", "Works with pupils with SEN and their parents fairly and respectfully, and builds relationships that support them", "CS2", "IPC2"),
    ("A2", "Wins the commitment of colleagues, the head and senior leaders to changes for pupils with SEN", "CS5", "IPC3"),
    ("A3", "Sets priorities for the SENCO role, manages time and delegates sensibly", "CS5", "Weighed only"),
    ("A4", "Sees problems coming, solves them and makes sound decisions about provision", "CS5", "IPC3"),
    ("A5", "Speaks and writes clearly and listens to other people's views", "CS2", "FRC"),
    ("A6", "Uses research and outside advice to improve their own and colleagues' practice", "CS6", "IPC3"),
    ("A7", "Keeps up to date and takes charge of their own professional development in SEN and disability", "CS6", "Visual check"),
    ("K", "Knowledge and understanding"),
    ("K1", "Knows the law and guidance on SEN, including the Code of Practice, and how to apply it", "CS1", "IPC1"),
    ("K2", "Understands the aims of Every Child Matters and what the SENCO does towards them", "CS1", "IPC1"),
    ("K3", "Knows the disability equality laws and what they require a school to do", "Q.S.", "IPC1"),
    ("K4", "Understands how children develop and how SEN, disability and their surroundings affect that", "CS3", "IPC2"),
    ("K5", "Knows the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "CS3", "IPC2"),
    ("K6", "Judges the approaches, strategies and resources, ICT included, for assessing, planning and teaching", "CS4", "IPC2"),
    ("K7", "Understands school self-evaluation and improvement as they bear on SEN", "CS6", "IPC3"),
    ("K8", "Knows good practice and research findings on meeting SEN", "CS3", "Weighed only"),
    ("K9", "Knows what outside agencies do and how to get specialist help and resources", "CS6", "IPC2"),
    ("S", "Skills"),
    ("S1", "Works with senior colleagues and governors to shape an inclusive ethos, policy, priorities and resources", "CS5", "IPC3"),
    ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "CS4", "IPC2"),
    ("S2a", "Uses other professionals' assessments to plan teaching", "CS3", "IPC2"),
    ("S2b", "Uses summative results, national tests included, to track progress and change programmes", "CS4", "Weighed only"),
    ("S2c", "Helps other teachers use formative assessment with pupils with SEN", "CS4", "IPC1"),
    ("S2d", "Arranges access arrangements for national tests and examinations in good time", "Omitted", "Omitted"),
    ("S3", "Uses provision mapping and management to find provision that is missing or not working", "CS5", "IPC3"),
    ("S4", "Deploys and manages teaching assistants and other staff well", "CS5", "IPC3"),
    ("S5", "Supports colleagues' development by observation and feedback, modelling, coaching and training", "CS5", "Visual check"),
    ("S6", "Reviews provision with colleagues and feeds it into the school's self-evaluation", "CS6", "IPC3"),
    ("S7", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "CS4", "IPC2"),
    ("S8", "Works with parents and carers", "CS2", "IPC2"),
    ("S9", "Works with other services and agencies, voluntary organisations included", "CS6", "IPC3"),
]
group_rows = []
for item in A:
    if len(item) == 2:
        group_rows.append(len(rows))
        rows.append([item[1], "", "", ""])
    else:
        rows.append(list(item))
ft = table(d, rows, widths=[1.5, 10, 2.5, 3])
for i in group_rows:
    merge_row(ft, i, rows[i][0], fill="C6E0B4")
for i, r in enumerate(rows):
    if r[0] == "K4":
        delete_row(ft.rows[i], author="M. Osei")
P(d, "")

d.add_heading("Section 10  Quality control and Deviation Log", level=1)
P(d, "10.1 Batch review. Quality is controlled as it is for any preparation: by checks during manufacture and a review "
     "after release. Internally, every Compounder fills in a session slip at the end of each session; Supervisors "
     "observe one of each other's sessions each term; and the pass and refer rate of every check is tabulated by "
     "Supervisor and by line. Externally, the external examiner reports to the Award Board, and the University's "
     "annual programme monitoring reviews the product with the School of Education's other postgraduate awards. "
     "All of this is brought together at the Batch Review each July, which writes a change list for the next batch; "
     "each change is signed off by the Award Board and checked at the following Batch Review.")
P(d, "10.2 What the pilot batch changed. The pilot batch RG/0708/P ran with nine Compounders. Their session slips, a "
     "meeting with their headteachers in March 2008 and the local authority's SEN team's comments changed this batch: "
     "the heads asked that the provision map be drawn from the school's own data, so T4 and IPC3 were rewritten; "
     "Compounders asked for more on reading other professionals' reports, so the educational psychologist's afternoon "
     "was added to CS3; and the Parent Partnership Service's point about explaining provision to parents became the "
     "CS2 workshop.")
P(d, "10.3 Evaluation by others. Compounders' session slips are read by the programme leader within a week and "
     "discussed at the Batch Review. We hope that headteachers and the local authority's SEN team will take part in "
     "the Batch Review in future years.")
P(d, "10.4 Effect of the product. The Batch Review looks at pass rates and session slips. We do not measure any "
     "change in Compounders' confidence or competence, nor any effect on pupils' achievement; we would like to find a "
     "way of doing so for a later batch.")
P(d, "10.5 Keeping the formula current. The reading packs are refreshed before each batch and sessions reflect "
     "current thinking in the field.")
P(d, "10.6 Deviation Log", bold=True)
table(d, [
    ["No.", "Deviation", "Action"],
    ["D1", "Release on certificate (pilot batch only) withdrawn April 2008", "Not offered for RG/0809/01"],
    ["D2", "CS4 moved from the School of Pharmacy to the assistive technology room", "Room booked for both runs"],
    ["D3", "Access arrangements for national tests and examinations not included in this batch",
     "Compounders are referred to the QCA's guidance and the local authority's assessment team"],
    ["D4", "Witness briefing deferred", "Supervisor telephones each Witness in the autumn term"],
], widths=[1.5, 9, 6.5])
P(d, "")
P(d, "Signed for the Network: Carol Hesketh, Superintendent Pharmacist.    Signed for the School of Pharmacy: "
     "Professor Henrik Lindqvist, Head of School.    Date: 14 November 2008")

d.save(OUT)
print("wrote", OUT)
