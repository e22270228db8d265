"""kp-02-skellmoor-woodland-plan: build the .docx next to this script.

Provider (invented): Skellmoor Estate, a forestry and woodland estate on the edge of the
Stannerdale moors whose Forest Training Department runs chainsaw, woodland-management
and Forest School courses from the Skellmoor Forest Centre. It applies to run the
National Award for SEN Coordination with the University of Stannerton (validation,
60 credits at Level 7) and Stannerdale County Council. February 2009.

Document kind and layout: the application is written on the Estate's own WOODLAND
MANAGEMENT PLAN template (the plan form its Forestry Office uses for every woodland
block, modelled on the Forestry Commission's plan): Part A Property Details (two-column
table), Part B Long-term Vision and Objectives (objectives table: Objective | How |
Indicator), Part C Compartment Descriptions (a glossary: Planters, Foresters,
Woodwardens, Forest Days, Stand Work, Thinnings, Harvests H1-H3, Woodnet, Site
Appraisal; five Compartments C1-C5 each with a sub-compartment table), Part D Plan of
Operations (29 operations OP01-OP29 with "Planted in | Thinned | Harvested", merged
shaded group rows, values "Thinning only", "Deferred", a blank cell, defined only in
the sentences above the table), Part E Consultation Record with placeholder rows,
Part F Monitoring and Review, Part G Forest Standards and Compliance (G1-G8), Part H
Access and Routes. Heading styles (Heading 1/2). Three Word comments, tracked changes
(a whole deleted table row, a deleted sentence, an inserted sentence), a header and a
footer.

Traps (requirement ids):
- Entry: "There is no entry interview or check of prior knowledge; we do not turn any
  nominated teacher away" (5.2 not_met, negation).
- Assessment-only: the "Standing Sale" route ran 2005-2007 and "was closed in July
  2007"; a comment asks whether to reopen it (2.3 not_met, past arrangement + comment).
- Stakeholder influence: consultation "will take place in March and April 2009", the
  record rows are "[to be completed after consultation]" (4.2 not_met, plan and
  placeholders). 4.1 only LA numbers and informal remarks (partially_met). 4.3 is met
  (Plan Review Group with headteachers, LA adviser, a parent and a former Planter, who
  read evaluations each July; headteachers' questionnaire).
- OP10 disability equality law is a tracked-DELETED table row (6.K3 not_met); C1
  then teaches SEN law and policy but no disability legislation, the DDA appearing only
  as the Estate's own duty in G3 (1.4 partially_met).
- OP21 formative assessment with colleagues "Deferred" (6.S2c not_met).
- "Thinning only" (formative, not marked): OP02 commitment of colleagues (6.A2), OP15
  best practice and research (6.K8), OP17 strategic development (6.S1), OP26 reviewing
  provision (6.S6), OP28 parents (6.S8) -> partially_met; hence 1.9 partially_met and
  the award rule "passed all three Harvests" does not reach every outcome (6.0
  partially_met).
- OP05 communication: blank "Planted in", marked at H3 only (6.A5 partially_met).
- Equality: a general statement of compliance remains; the reasonable-adjustments
  sentence is a tracked DELETION (3.1 partially_met).
- Foresters described only as "experienced practitioners"; CVs and qualifications only
  in a comment (5.4 partially_met).
- Woodwardens receive the Plan "by post"; their training is only in a comment (5.7
  partially_met).
- Specialist speakers, but "Planters do not undertake placements" (5.5 partially_met).
- Site Appraisal read by the Forester but "all Planters follow the same five
  Compartments": no individual plan or personalised outcomes (2.2 partially_met).
- Research only in general terms (1.3 partially_met).
- The Woodnet support between Forest Days is a tracked INSERTION, which counts (3.3 met).
- CRB verified by the Training Administrator (5.3 met); impact on pupils measured
  through target-pupil tracking in H3 (5.9 met); APEL up to 20 credits (2.1 met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _kp_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AU = "Forestry Office"
DT = "2009-02-09T14:30:00Z"

d = new_doc("Calibri", 10.5)
header_footer(d, "Skellmoor Estate · Woodland Management Plan 2009-2014 · Plan Part 3: The SENCO Award Woodland",
              "Estate plan template v4 (Forestry Office). Compiled by the Forest Training Department, February 2009.")

para(d, "SKELLMOOR ESTATE", bold=True, size=18, align="c", colour="254117")
para(d, "WOODLAND MANAGEMENT PLAN 2009-2014", bold=True, size=14, align="c")
para(d, "Plan Part 3: The SENCO Award Woodland", bold=True, size=12, align="c")
para(d, "Prepared by the Forest Training Department on the Estate's standard plan template, for submission to the Training and Development Agency for Schools as our application for approval to provide the National Award for SEN Coordination.", italic=True, align="c")

d.add_heading("Part A. Property Details", level=1)
table(d, [["Plan name", "The SENCO Award Woodland (Skellmoor)"],
          ["Owner", "Skellmoor Estate Trust, Forest Training Department, Skellmoor Forest Centre, Stannerdale"],
          ["Plan manager", "Dr Alan Fenwick, Training Manager"],
          ["Accreditation", "University of Stannerton, Faculty of Education: Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at Masters level (Level 7), incorporating the National Award for SEN Coordination. Validated on 21 January 2009; the University confers the award."],
          ["Local authority", "Stannerdale County Council, Children's Services (SEN and Inclusion)"],
          ["Plan period", "September 2009 to August 2014, reviewed each July"],
          ["Extent", "Five Compartments (C1-C5), eight Forest Days, three Harvests"],
          ["First planting", "September 2009 (cohort of up to 24 Planters)"]], header_shade=None)

d.add_heading("Part B. Long-term Vision and Objectives", level=1)
para(d, "Vision. The Estate manages its woods for the long term, for what they will be in fifty years, not next season. The SENCO Award Woodland is managed the same way. Its purpose is that children and young people with special educational needs and disabilities in the Planters' schools achieve more and are better off: healthier, safer, enjoying and achieving, making a positive contribution and on the way to economic well-being. Every Compartment names the Every Child Matters outcomes it serves, the Stand Work asks Planters to show a change for particular pupils, and each Harvest is marked against a criterion on pupils' achievement and well-being as well as attainment.")
table(d, [["Objective", "How it will be achieved", "Indicator"],
          ["1. Raise the achievement and well-being of pupils with SEN and disabilities in Planters' schools", "Stand Work in every Compartment is carried out with named pupils; H3 reports their progress over the year", "Target-pupil progress reported in H3 for every Planter"],
          ["2. Root the course in practice in schools", "Between Forest Days Planters carry out Stand Work in their own school, tied to the outcomes of the Compartment, and discuss it with their Woodwarden", "Stand Work record complete for every Compartment"],
          ["3. Make a difference to practice", "Each Planter leads one change in SEN provision in the school (the Stand Work of C5) and evaluates its effect with colleagues", "Change reported and evaluated in H3"],
          ["4. Develop the SENCO's work with colleagues, pupils and families", "C4 (Working with others) teaches and practises these skills; Stand Work 4 is a pupil conversation and a family meeting", "Stand Work 4 reports"],
          ["5. Help Planters to plan their next steps", "The Restocking Plan on Forest Day 8", "Restocking Plan completed by every Planter"],
          ["6. Keep the Woodland in good condition", "Monitoring and review in Part F", "Annual review report each July"]])

d.add_heading("Part C. Compartment Descriptions", level=1)
d.add_heading("C.0 Terms used in this Plan", level=2)
table(d, [["Term", "Meaning"],
          ["Planter", "A teacher on the course: a qualified teacher who is, or is about to become, the SENCO of a school."],
          ["Forester", "A tutor on the course."],
          ["Woodwarden", "The Planter's mentor in his or her own school."],
          ["Forest Day", "A taught day at the Skellmoor Forest Centre. There are eight."],
          ["Stand Work", "A practical task a Planter carries out in his or her own school between Forest Days."],
          ["Thinning", "A short formative task (a plan, a reflective note, a recorded discussion) on which the Forester gives written feedback. Thinnings are not marked."],
          ["Harvest", "A marked assessment: H1, H2 or H3."],
          ["Woodnet", "The course's online area (the University's Moodle)."],
          ["Site Appraisal", "The self-assessment each Planter completes before the first Forest Day."]])
para(d, "")
para(d, "The Woodland is divided into five Compartments. C1 is always taken first and C5 last; C2, C3 and C4 may be taken in any order (see Part H). The Harvests are: H1, a legal and policy audit of the Planter's school with an action plan (2,500 words, end of C1); H2, a case study of one pupil with SEN, the assessments made by the school and other professionals, the targets set and the interventions planned and reviewed (3,500 words, end of C3); H3, a Woodland Report on a change the Planter has led in the school, with evidence of its effect on a group of target pupils, presented to two Foresters and discussed (4,000 words and a 30-minute presentation, end of C5).")

def cpt(title, text, rows):
    d.add_heading(title, level=2)
    para(d, text)
    t = table(d, [["Sub-cpt", "Species (content)", "Forest Day", "Stand Work"]] + rows)
    para(d, "")

cpt("C1 The SENCO and the Law (15 credits)",
    "C1 sets the ground. Planters study the Education Act 1996 and the SEN Code of Practice 2001, the SENCO regulations of 2008, Every Child Matters and the Children Act 2004, and the national strategies for SEN including the Inclusion Development Programme, and look at what each means for their school and for them as SENCO. The Stand Work is an audit of the school's SEN policy and register against the Code, which becomes H1.",
    [["1a", "The Code of Practice and the law on SEN", "FD1", "Policy and register audit"],
     ["1b", "Every Child Matters and the SENCO", "FD1", "ECM mapping for three pupils"],
     ["1c", "National policy and initiatives", "FD2", "Briefing note for the head"]])
cpt("C2 Knowing the Children (10 credits)",
    "C2 is about the pupils. Planters learn how children develop and how development is shaped by SEN, disability and the physical and social environment for learning, and study the common types of SEN: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties. They practise identifying pupils who may have SEN from observation, data and assessment, and using the assessments of educational psychologists, therapists and specialist teachers.",
    [["2a", "Child development and the environment for learning", "FD3", "Observation of one pupil in two settings"],
     ["2b", "The common types of SEN", "FD3", "Profile of a pupil with SLCN or ASD"],
     ["2c", "Identification and professionals' assessments", "FD4", "Review of a pupil's assessment file"]])
cpt("C3 Teaching, Assessing and Tracking (10 credits)",
    "C3 looks critically at approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, and at setting targets, planning interventions and reviewing progress. Planters use summative data, including national test results, to track pupils and change programmes, and learn to identify early the access arrangements pupils need for national tests and examinations and to put them in place with colleagues. Decision-making about provision is practised through case problems. The Stand Work becomes H2.",
    [["3a", "Approaches, strategies, resources and ICT", "FD5", "Trial of one approach with evaluation"],
     ["3b", "Targets, interventions and review", "FD5", "Case study (H2)"],
     ["3c", "Tracking and access arrangements", "FD5", "Tracking sheet for a year group"]])
cpt("C4 Working with Others (10 credits)",
    "C4 develops the SENCO's work with pupils, families, colleagues and other services. Planters practise consulting pupils about their provision (using pupil-centred review and the Council's pupil participation toolkit) and involving them in setting and reviewing targets; practise meetings with parents and carers in role play with Stannerdale Parent Partnership; learn how to advise, coach and support colleagues in and beyond the school, including through observation and feedback and by leading training; and study the scope and role of external agencies and voluntary organisations and how to work with them. Stand Work 4 is a pupil conversation and a family meeting that the Planter plans and leads, and a joint planning meeting with an outside agency.",
    [["4a", "Pupils' voices and involvement", "FD6", "Pupil conversation"],
     ["4b", "Parents and carers", "FD6", "Family meeting"],
     ["4c", "Colleagues: advice, coaching and training", "FD7", "Observation and feedback for a colleague"],
     ["4d", "External agencies and voluntary organisations", "FD7", "Joint planning meeting"]])
cpt("C5 Leading and Improving (15 credits)",
    "C5 is about leading SEN provision: provision mapping and identifying ineffective or missing provision, deploying and managing teaching assistants, managing the SENCO's own time and delegating, reviewing provision with colleagues to inform the school's self-evaluation, working with senior leaders and governors on an inclusive ethos and the use of resources, and using research and outside advice to improve practice. Planters lead one change in provision and evaluate it (H3).",
    [["5a", "Provision mapping and deploying staff", "FD8", "Provision map for the school"],
     ["5b", "Self-evaluation and improvement", "FD8", "Contribution to the school SEF"],
     ["5c", "Leading a change", "FD8", "Change project (H3)"]])

d.add_heading("Part D. Plan of Operations 2009-10", level=1)
para(d, "Each operation below is one of the national minimum outcomes, in the Estate's words. \"Planted in\" gives the Compartment in which the course develops it. \"Thinned\" shows whether there is a Thinning on it. \"Harvested\" gives the Harvest in which it is marked. Where the Harvested column reads Thinning only, the outcome has formative tasks and written feedback but is not marked in any Harvest. Deferred means that the operation falls outside this plan period and is not part of the 2009-10 course. A blank Planted in cell means that no Compartment covers it.")
t = table(d, [["Op", "Operation (the Planter can...)", "Planted in", "Thinned", "Harvested"]])
ops = [
    ("Attributes", None),
    ("OP01", "build fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "C4", "Yes", "H2"),
    ("OP02", "gain the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "C5", "Yes", "Thinning only"),
    ("OP03", "prioritise, manage time and delegate, making sure tasks are done", "C5", "Yes", "H3"),
    ("OP04", "anticipate and resolve problems and make sound judgements on provision", "C3", "Yes", "H2"),
    ("OP05", "express ideas clearly in speech and writing and listen to the views of others", "", "No", "H3"),
    ("OP06", "use research and outside advice to improve own and colleagues' practice", "C5", "Yes", "H3"),
    ("OP07", "keep up to date and take responsibility for own CPD in SEN and disability", "C5", "Yes", "H3"),
    ("Knowledge", None),
    ("OP08", "know the law and guidance on SEN, the Code of Practice and how to put them into practice", "C1", "Yes", "H1"),
    ("OP09", "know the principles and outcomes of Every Child Matters and the SENCO's part", "C1", "Yes", "H1"),
    ("OP10", "know the law on disability equality and the actions it requires", "C1", "Yes", "H1"),
    ("OP11", "know how children develop and how SEN, disability and environment affect development", "C2", "Yes", "H2"),
    ("OP12", "know the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "C2", "Yes", "H2"),
    ("OP13", "judge approaches, strategies and resources for assessment and teaching, including ICT", "C3", "Yes", "H2"),
    ("OP14", "know the principles of school self-evaluation and improvement for pupils with SEN", "C5", "Yes", "H3"),
    ("OP15", "know best practice and the outcomes of research in meeting SEN", "C5", "Yes", "Thinning only"),
    ("OP16", "know the scope and role of external agencies and how to get specialist support", "C4", "Yes", "H2"),
    ("Skills", None),
    ("OP17", "with senior colleagues and governors, influence the strategic development of an inclusive ethos, policies and resources", "C5", "Yes", "Thinning only"),
    ("OP18", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "C2, C3", "Yes", "H2"),
    ("OP19", "use assessments from a range of professionals to develop teaching", "C2", "Yes", "H2"),
    ("OP20", "use summative assessment and national tests to track progress and change programmes", "C3", "Yes", "H2"),
    ("OP21", "encourage other teachers to develop formative assessment, including for pupils with SEN", "Deferred", "-", "Deferred"),
    ("OP22", "identify in good time the special arrangements for national tests and examinations and put them in place", "C3", "Yes", "H2"),
    ("OP23", "use provision mapping to plan provision and identify ineffective or missing provision", "C5", "Yes", "H3"),
    ("OP24", "deploy and manage staff to support pupils with SEN", "C5", "Yes", "H3"),
    ("OP25", "support colleagues' development by observation and feedback, modelling, coaching and training", "C4", "Yes", "H3"),
    ("OP26", "review and evaluate provision with other staff, to inform self-evaluation", "C5", "Yes", "Thinning only"),
    ("OP27", "involve pupils in planning, agreeing and reviewing their provision", "C4", "Yes", "H2"),
    ("OP28", "liaise with parents and carers to promote their children's learning", "C4", "Yes", "Thinning only"),
    ("OP29", "work in partnership with other services and agencies, including voluntary organisations", "C4", "Yes", "H3"),
]
op10 = None
for o in ops:
    if o[1] is None:
        merged_row(t, o[0], hex_="C5D9B5")
    else:
        r = add_row(t, o)
        if o[0] == "OP10":
            op10 = r
delete_row(op10, AU, DT)
para(d, "")
para(d, "The Award. The Award is made when a Planter has passed all three Harvests. A Planter who does not pass a Harvest may resubmit it once.")

d.add_heading("Part E. Consultation Record", level=1)
para(d, "E1 Stannerdale County Council's figures show that 64 of the county's schools expect to appoint a new SENCO by 2011, and headteachers we have spoken to informally have said that they would like a course close to home that does not take teachers out of school for long.")
para(d, "E2 A formal consultation with schools, the Council, Stannerdale Parent Partnership and local SEN groups will take place in March and April 2009. The record below will then be completed and the Plan revised.")
table(d, [["Consultee", "Date", "Comment", "Response in the Plan"],
          ["Headteachers (sample of schools)", "[date]", "[to be completed after consultation]", "[to be completed after consultation]"],
          ["Stannerdale SEN and Inclusion", "[date]", "[to be completed after consultation]", "[to be completed after consultation]"],
          ["Stannerdale Parent Partnership", "[date]", "[to be completed after consultation]", "[to be completed after consultation]"]])
para(d, "")
para(d, "E3 The Plan Review Group brings stakeholders into the running and evaluation of the Woodland. Its members are two headteachers of Planters' schools, the Council's senior adviser for SEN, a parent nominated by Stannerdale Parent Partnership, a former Planter from the second year on, and the Training Manager. It meets each July, reads the summary of Planters' evaluations, the Harvest results and the external examiner's report, visits at least one Forest Day during the year, and makes recommendations that the Training Manager must answer in writing. Headteachers of Planters' schools also complete a short questionnaire at the end of the course on the difference the Planter has made in the school, which the Group reads. Council specialists teach parts of C2 and C4, and the Parent Partnership runs the family-meeting role play on FD6.")

d.add_heading("Part F. Monitoring and Review", level=1)
para(d, "F1 Evaluation. Planters complete an evaluation at the end of every Forest Day and a full evaluation at the end of the course. Foresters meet after each Compartment to review the Thinnings and Stand Work. The University's external examiner reports each year on standards, and the course is included in the University's annual monitoring and five-yearly review. Each July the Training Manager writes an annual review report drawing on all of these, with the Plan Review Group's recommendations, and its action plan sets the changes for the next cohort; the report records what was changed and why.")
para(d, "F2 Consistency of marking. Every Harvest is marked against published criteria by the Planter's Forester. A second Forester blind-marks a 20% sample of each Harvest and all fails and distinctions; Foresters meet to moderate the sample before results are released; and the external examiner receives a sample of each Harvest and attends the University's Award Board.")
p = para(d, "F3 Impact. At the Site Appraisal and again at the end of the course each Planter rates his or her confidence and competence against every outcome; the two are compared in the annual review. Woodwardens record an observation of the Planter's practice in each Compartment. For H3 every Planter tracks a group of four to six target pupils over the year, using the school's attainment data and an attendance and well-being measure agreed with the Forester, and reports the change; the results for all Planters are collated in the annual review report.")
c1 = d.add_comment(p.runs[0], text="Do we need consent from schools for the pupil data? Check with University ethics.", author="A. Fenwick", initials="AF")

d.add_heading("Part G. Forest Standards and Compliance", level=1)
para(d, "G1 Entry. The Estate sets no entry requirement beyond qualified teacher status and the nomination of the teacher's headteacher. There is no entry interview or check of prior knowledge; we do not turn any nominated teacher away.")
para(d, "G2 Criminal records. Before a place is confirmed the Estate's Training Administrator sees each Planter's current enhanced Criminal Records Bureau disclosure, records its number and date, and checks with the headteacher that the school's other pre-employment checks are complete. A place is not confirmed without them.")
p = para(d, "G3 Equality. The Estate complies with the Disability Discrimination Act and the Equality Act 2006 in all its training. ")
del_run(p, "Every applicant is invited to disclose a disability, and reasonable adjustments to Forest Days, Stand Work and Harvests are agreed with the University's Disability Service before the course starts.", AU, DT)
p = para(d, "G4 Foresters. Our Foresters are experienced practitioners with a wide range of backgrounds in SEN.")
d.add_comment(p.runs[0], text="Add the Foresters' CVs here: Dr Hale has a PhD in autism and two of the team hold the Advanced Diploma in SpLD.", author="A. Fenwick", initials="AF")
p = para(d, "G5 Woodwardens. The Woodwarden is nominated by the Planter's headteacher, usually an experienced colleague in the same school, and receives a copy of this Plan by post.")
d.add_comment(p.runs[0], text="Woodwardens will get a half-day's training at the Forest Centre. Agree at next meeting?", author="J. Orde", initials="JO")
para(d, "G6 Specialist expertise. Educational psychologists, a speech and language therapist, the Council's autism outreach teacher and CAMHS staff teach parts of C2 and C4. Planters do not undertake placements; all Stand Work takes place in the Planter's own school.")
para(d, "G7 Resources. The Forest Centre's resource room holds an SEN library, assessment materials and published intervention programmes for loan. Its ICT suite has assistive technology (text-to-speech, switch access, symbol software and voice recognition) that Planters use on FD5, and laptops may be borrowed. Every Planter has full access to the University's library and e-journals.")
para(d, "G8 Research. Forest Days draw on current research and developments in SEN.")

d.add_heading("Part H. Access and Routes", level=1)
para(d, "H1 Start and order. The Woodland is planted twice a year: Planters may start in September or February. C1 comes first and C5 last; C2, C3 and C4 may be taken in any order, so that a Planter who joins in February can take them alongside the September cohort. The course is normally completed in one year part time; a Planter may take up to two years.")
para(d, "H2 Taught and blended routes. The taught route has eight Forest Days. On the blended route FD3, FD5 and FD7 are replaced by guided study on Woodnet, where each day's content is set out as readings, short films and tasks.")
p = para(d, "H3 Woodnet. Every Planter uses Woodnet for readings, Thinnings and the Compartment discussion forums, where Foresters reply within three working days and Planters support one another in small groups. Woodnet's messaging is used between Foresters, Planters and Woodwardens, and for letters to schools. ")
ins_run(p, "Between Forest Days each Planter also has a fortnightly online tutorial with his or her Forester in Woodnet's live classroom.", AU, DT)
para(d, "H4 Prior learning. Planters may claim up to 20 credits for prior study or experience through the University's procedure for the accreditation of prior (experiential) learning: a portfolio mapped against the outcomes of the Compartment concerned, assessed by two Foresters and confirmed by the University's credit panel. A Planter who holds an approved specialist qualification in SpLD, for example, may be credited with C2.")
p = para(d, "H5 Previous routes. From 2005 to 2007 the Forest Training Department ran a Standing Sale route for the Estate Certificate in Inclusive Outdoor Learning, in which experienced teachers were assessed without attending. It was closed in July 2007 and is not part of this Plan.")
d.add_comment(p.runs[0], text="Could we reopen the Standing Sale route for experienced SENCOs from 2010?", author="J. Orde", initials="JO")
para(d, "H6 Site Appraisal. Before FD1 each Planter completes the Site Appraisal, a self-assessment against all the operations in Part D with examples from practice, which the Forester reads. Its results shape what the group's Forest Days spend most time on. All Planters follow the same five Compartments and the same Harvests.")
para(d, "H7 Fitting the course to the Planter. Each Planter chooses the pupils, the focus and the setting of every piece of Stand Work with the Woodwarden to fit the school's priorities, and has a one-to-one tutorial with the Forester in each Compartment. The fee is £1,200 for the year, including University registration; the Council funds ten places a year for its maintained schools, and the Estate's Woodland Fund offers two bursaries for schools in small rural clusters.")
para(d, "H8 Restocking Plan. On FD8 each Planter drafts a Restocking Plan: three professional targets for the next two years, the support needed and how progress will be judged, with ideas from the Foresters on further study (the University's MA in Inclusive Education accepts the 60 credits) and on local networks. The Planter takes it to his or her headteacher or line manager for discussion at the next performance review.")

para(d, "")
para(d, "Plan approved by the Estate Trustees' Forestry Committee, 6 February 2009. Signed: Dr Alan Fenwick, Training Manager.", italic=True)

d.save(OUT)
print("wrote", OUT)
