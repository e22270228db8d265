"""kp-01-hartsfell-tree-survey: build the .docx next to this script.

Provider (invented): Hartsfell Estate, a family-owned forestry and woodland estate in
the Corrington hills whose training arm, the Hartsfell Woodland Skills Centre, runs
Forest School leader and outdoor-learning courses. It applies to run the National Award
for SEN Coordination with the University of Corrington (validation, 60 credits at
Level 7) and Corrington County Council's SEN team. January 2009.

Document kind and layout: the application is written as the Centre's own arboricultural
TREE SURVEY REPORT (BS 5837 style), the house style its surveyors use for every site:
numbered sections 1.0-11.0 typed as bold capitalised Normal paragraphs (no heading
styles), a "Terms used in this report" glossary table (Site, Stems = participants,
Surveyors = tutors, Tree Wardens = mentors, Survey Days, Walkovers = in-school tasks,
Climbing Inspections CI1-CI4 = the marked assessments, Root Zone Assessment = needs
assessment, Crown Plan = individual training plan, Trees = the national outcomes), a
"Tree Schedule" of 29 Trees T1-T29 (merged, shaded group rows) with the columns
"Surveyed on | Climbed at" whose values ("Ground only", "Not surveyed", "Felled", a dash)
are defined only in the sentences above the table, an Arboricultural Method Statement
of clauses M1-M18, an "Off-site trees" section, a Surveyor's Note in a VML text box,
a tracked insertion and a tracked deletion, a page header and a footer.

Traps (requirement ids):
- Assessment-only: only the neighbouring Brackenholt Estate runs a "Direct Inspection"
  route; Hartsfell says it "does not run" one and refers enquirers on (2.3 not_met,
  another provider's arrangement plus negation).
- CRB: "a matter for each Stem's employing school"; the Estate does not see or record
  it (5.3 not_met, someone else's responsibility). The footer's "All Stems hold a
  current enhanced CRB disclosure" is a footer, never evidence.
- Impact on pupils: only hoped for, no method decided (5.9 not_met).
- Tree T11 (child development) "Not surveyed" (6.K4 not_met); Tree T22 (special
  arrangements for tests) "Felled" - it was in the Estate's earlier certificate and
  has been taken out (6.S2d not_met, past arrangement).
- "Ground only" (taught, not marked): T3 time/delegation (6.A3), T7 own CPD (6.A7),
  T20 tracking with national tests (6.S2b), T24 deploying staff (6.S4), T27 pupils in
  planning provision (6.S7) -> partially_met; so not every outcome is assessed (1.9
  partially_met).
- T14 school self-evaluation: dash in "Surveyed on", marked in CI3 only: assessed but
  not taught (6.K7 partially_met).
- Pupil voice: SD6 mentions the pupil's view only in general terms (1.5 partially_met).
- Prior learning is "taken into account" in the Crown Plan but "no credit is given" for
  it (2.1 partially_met).
- After the course: only a leaflet about Master's pathways (2.5 partially_met).
- Canopy, the online area: peers only, "Surveyors do not post on it", not used with
  schools (3.3 partially_met; it is e-learning, so 3.3 applies).
- Stakeholders in evaluation appear only in the Surveyor's Note text box, as an
  invitation to the last Survey Day and "We would welcome their views" (a hope); the
  Steering Group that evaluates is the Estate and the University only. Stakeholders do
  take part in delivery (Tree Wardens from the Council, visiting services) (4.3
  partially_met).
- Resources: books and the Centre's rooms, nothing on ICT or specialist technology
  (5.6 partially_met).
- Moderation: the external examiner sentence is a tracked DELETION; what remains is
  double-marking "where the Surveyor is unsure" (5.8 partially_met).
- The Surveyors' qualifications are a tracked INSERTION, which counts (5.4 met).
- Award rule: only Stems signed off on every Tree (6.0 met though some Trees are not
  marked - the per-outcome verdicts carry that).
- The Estate's own "site" and "tree" vocabulary everywhere; 1.1 lists the five ECM
  outcomes in the aim (met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _kp_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A = "R. Ashdown"
DT = "2009-01-14T09:12:00Z"

d = new_doc("Arial", 10)
header_footer(d, "Hartsfell Estate · Woodland Skills Centre · Tree Survey Report HWS/TS/09/01 · Rev B",
              "Hartsfell Estate Office, Corrington. This report is for the named client only. "
              "All Stems hold a current enhanced CRB disclosure.")

def H(t):
    para(d, t, bold=True, size=11, colour="3B5323")

para(d, "HARTSFELL ESTATE", bold=True, size=16, align="c", colour="3B5323")
para(d, "WOODLAND SKILLS CENTRE", bold=True, size=12, align="c")
para(d, "TREE SURVEY REPORT", bold=True, size=14, align="c")
para(d, "Site: The National Award for SEN Coordination (Hartsfell programme), 2009-10", align="c")
para(d, "Survey reference HWS/TS/09/01 · Revision B · January 2009", align="c", italic=True)
table(d, [["Client", "Training and Development Agency for Schools (approval panel)"],
          ["Site owner", "Hartsfell Estate Trust, Woodland Skills Centre, Hartsfell, Corrington"],
          ["Partners", "University of Corrington, School of Education (validating body); Corrington County Council, SEN and Inclusion Team"],
          ["Lead Surveyor", "Ruth Ashdown, Head of Training, Hartsfell Woodland Skills Centre"],
          ["Survey period", "September 2008 - January 2009"],
          ["Report status", "Submitted as the Estate's application for approval"]], header_shade=None)

H("1.0 INSTRUCTIONS")
para(d, "1.1 The Estate has been asked by its partners to survey the proposed programme for teachers new to the role of special educational needs coordinator in Corrington and the neighbouring dales, and to report on it in the form our surveyors use for every site they inspect. The report sets out what is on the site, how it has been surveyed and what will be done to it. The panel will find that we keep to the Estate's own words throughout: our Stems are the teachers on the course, our Surveyors teach them, and our Trees are the national outcomes they must reach.")
para(d, "1.2 Hartsfell Woodland Skills Centre has trained adults on the estate since 2001. Its courses include Forest School leader training at Levels 1 to 3, the Estate Certificate in Inclusive Outdoor Learning (run with Corrington County Council from 2004 to 2008) and short courses for teaching assistants who work with pupils with special educational needs outdoors. About a third of the teachers who have trained with us in that time work in special schools or resourced bases.")
para(d, "1.3 The programme leads to the University of Corrington's Postgraduate Certificate in Special Educational Needs Coordination, which carries 60 credits at Level 7 (Masters level) and the National Award for SEN Coordination. The University validated the programme at its validation event on 3 December 2008 and will confer the award; the Estate delivers it under the University's partnership agreement for collaborative provision.")

H("2.0 TERMS USED IN THIS REPORT")
para(d, "Our surveyors' words have a fixed meaning in this report. The table gives each one once.")
table(d, [["Term", "Meaning in this report"],
          ["Site", "The programme as a whole, from application to Award."],
          ["Stem", "A teacher on the programme. Every Stem is a qualified teacher who is, or is about to become, the SENCO in a school in England."],
          ["Surveyor", "A tutor. Surveyors teach the Survey Days, read and mark the Climbing Inspections and meet each Stem for tutorials."],
          ["Tree Warden", "A mentor: an experienced SENCO in the Stem's own local authority who visits the Stem's school and supports the Walkovers."],
          ["Survey Day", "One of eight taught days, SD1 to SD8, held at the Centre's Long Barn classroom."],
          ["Walkover", "A practical task a Stem carries out in his or her own school between Survey Days and records in the Walkover Log."],
          ["Climbing Inspection", "A marked assessment, CI1 to CI4. Each is marked pass or refer against the Trees listed for it."],
          ["Root Zone Assessment", "The initial needs assessment each Stem completes before SD1."],
          ["Crown Plan", "The individual training plan and personal set of outcomes agreed after the Root Zone Assessment."],
          ["Tree", "One of the national minimum outcomes, numbered T1 to T29 in the Tree Schedule (section 6.0)."],
          ["Canopy", "The programme's online area on the University's Blackboard site."]])

H("3.0 SITE DESCRIPTION")
para(d, "3.1 The purpose of the site is to raise the achievement and improve the well-being of children and young people with special educational needs and disabilities in the Stems' schools. We mean achievement across all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), not attainment alone. The aims of every Survey Day are written against those five outcomes, the Walkovers ask Stems to show a difference for named pupils, and each Climbing Inspection has a criterion on pupils' achievement and well-being.")
para(d, "3.2 The site is strongly rooted in schools. Each Survey Day ends with the setting of a Walkover: a task the Stem carries out in his or her own school in the following weeks, tied to the Trees for that day, recorded in the Walkover Log and discussed with the Tree Warden. Examples are auditing the school's SEN register against the Code of Practice, leading a review meeting with a pupil and family, and observing and feeding back to a colleague. Stems bring their Walkover Logs to the next Survey Day and compare what they found.")
para(d, "3.3 Stems apply what they learn, look at its effect on pupils and colleagues, and change their practice; the course is built so that by the end each Stem has led at least one change in SEN provision in the school and can show its effect. This is how the site makes a difference to practice: the Trees are reached in school, not only in the Long Barn.")
para(d, "3.4 Current legislation, guidance and national initiatives run through SD1 and SD8: the Education Act 1996 and the SEN Code of Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, Every Child Matters and the Children Act 2004, the Inclusion Development Programme, and the SENCO regulations of 2008. Stems test their school's policies against them in Walkover 1.")
para(d, "3.5 Surveyors draw on recent research and inspection evidence, which is set as reading for every Survey Day: the Ofsted reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for children and young people with speech, language and communication needs (2008), the House of Commons Education and Skills Committee report on SEN (2006), and studies of the deployment of support staff. Each Stem presents one piece of research to the group at SD4 and relates it to a Walkover.")
para(d, "3.6 Advising and working with colleagues within and beyond the school is taught on SD7, where Stems practise coaching conversations, plan a staff briefing and work with visiting staff from the county's Learning Support Service and Educational Psychology Service; Walkover 7 asks each Stem to lead a training session for colleagues. Working in partnership with parents and carers is taught on SD6: Stems practise review meetings with parents in role play with Corrington Parent Partnership, and Walkover 6 is a meeting with a family that the Stem plans, leads and evaluates with the Tree Warden.")
para(d, "3.7 On SD6 Stems also think about the place of the pupil's own view in decisions about provision.")

H("4.0 SURVEY METHOD")
para(d, "4.1 The site can be entered at two points each year: a September cohort (Survey Days between October and June) and a January cohort (Survey Days between February and November). SD1 comes first and SD8 last for everyone; SD2 to SD7 may be taken in any order, with either cohort, so that a Stem who misses a day through school commitments takes it with the other cohort without delay. A Stem may take the course over one year or, by agreement, over two.")
para(d, "4.2 Survey Days run from 9.15 to 3.30 at the Long Barn, which has step-free access throughout, an induction loop and an accessible toilet, and is 20 minutes from Corrington station by the Estate's minibus. Three Survey Days (SD2, SD4 and SD7) are also given at Corrington Teachers' Centre for Stems who prefer not to travel to the estate.")
para(d, "4.3 Stems taking the blended route replace SD3 and SD5 with guided study on Canopy, the online area, where each of those days is set out as readings, short video extracts and tasks. Canopy also holds a discussion board that Stems use with one another. Surveyors do not post on it and it is not used for contact with schools.")
para(d, "4.4 The fee is £1,450 per Stem for the whole programme, including University registration, which is below the cost of the University's own taught PGCert because Survey Days share the Centre's existing classrooms and staff. Corrington County Council meets half the fee for Stems in its maintained schools. The Crown Plan (section 5.0) means time on Survey Days goes where the group needs it, and Stems who already meet a Tree spend their Walkover time on the Trees they still need.")

H("5.0 ROOT ZONE ASSESSMENT AND CROWN PLAN")
para(d, "5.1 Before SD1 each Stem completes the Root Zone Assessment: a self-rating against every Tree in the Tree Schedule with evidence from his or her practice, and a short piece of writing on the pupils with SEN in the school. The Stem's headteacher adds a comment on the Stem's present role.")
para(d, "5.2 The Stem and a Surveyor then meet for an hour. Together they check each rating against the evidence (a Stem often rates a Tree as reached when the knowledge behind it is out of date) and agree the Crown Plan: the Trees the Stem will work on most, the Walkovers that will show them, any additional reading or visits, and a personal set of outcomes for the year in the Stem's own words. The Crown Plan is reviewed at the mid-point tutorial after SD4 and again before CI4, and Surveyors look for evidence of every Tree throughout, not only those the Root Zone Assessment flagged.")
para(d, "5.3 Prior study and experience are taken into account in the Crown Plan: a Stem who has already completed, for example, the Estate Certificate in Inclusive Outdoor Learning or a specialist dyslexia qualification will spend less Walkover time on the Trees that work covered. No credit is given for prior learning; every Stem completes all four Climbing Inspections.")
para(d, "5.4 Entry. Applicants must be qualified teachers in a school in England, hold or be about to take up the SENCO role, and have the written support of their headteacher. Each applicant has an entry interview with the Lead Surveyor, who checks against a written entry profile that the applicant has the knowledge, understanding and experience to benefit and to reach all the Trees within the year. An applicant who is not yet ready is given written guidance on what to do first (usually a term of the Council's Inclusion Development Programme modules and shadowing an experienced SENCO), and the Lead Surveyor discusses this with the headteacher; he or she may apply for the next cohort.")

H("6.0 TREE SCHEDULE")
para(d, "6.1 The schedule lists every Tree, the Survey Day where it is worked on, and the Climbing Inspection where it is marked. Climbing Inspections: CI1 the Walkover Log (all eight Walkovers, with the Tree Warden's observations); CI2 a case study of one pupil with SEN and his or her provision over two terms (3,000 words); CI3 a review of SEN provision in the Stem's school with an improvement plan (4,000 words); CI4 a presentation to two Surveyors followed by a professional discussion (40 minutes).")
para(d, "6.2 How to read the schedule. In the \"Climbed at\" column a CI number is the Climbing Inspection in which the Tree is marked. Where it reads Ground only, the Tree is worked on during the Survey Day named and Stems receive spoken feedback on it, but it is not marked in any Climbing Inspection. In the \"Surveyed on\" column, Not surveyed means that the programme does not work on that Tree; Felled means a Tree that was in the Estate Certificate and has been taken out of this programme; and a dash means that no Survey Day works on it.")
t = table(d, [["Tree", "What the Stem shows", "Surveyed on", "Climbed at"]])
rows = [
    ("ATTRIBUTES", None),
    ("T1", "Builds fair, respectful and supportive working relationships with pupils with SEN and their families", "SD6", "CI2"),
    ("T2", "Wins the support of the headteacher, senior leaders and colleagues for better outcomes for pupils with SEN", "SD7", "CI3"),
    ("T3", "Sets priorities, manages the SENCO's time and delegates tasks, checking that they are done", "SD5", "Ground only"),
    ("T4", "Sees problems coming, solves them and makes sound decisions about provision", "SD3", "CI2"),
    ("T5", "Speaks and writes clearly; listens to and understands the views of others", "SD7", "CI4"),
    ("T6", "Uses research and outside advice to improve his or her own and colleagues' practice", "SD8", "CI3"),
    ("T7", "Keeps up to date and takes charge of his or her own professional development in SEN", "SD8", "Ground only"),
    ("KNOWLEDGE", None),
    ("T8", "The law and guidance on SEN, including the Code of Practice, and what they mean for the school", "SD1", "CI1"),
    ("T9", "Every Child Matters: its principles and five outcomes, and the SENCO's part in them", "SD1", "CI2"),
    ("T10", "Disability equality law and the duties it places on the school", "SD1", "CI1"),
    ("T11", "How children develop and what affects their development", "Not surveyed", "-"),
    ("T12", "The common types of SEN: BESD, specific learning difficulties including dyslexia, SLCN, ASD and MLD, and how each affects learning", "SD2", "CI2"),
    ("T13", "Approaches, strategies and resources for assessing, planning and teaching, including ICT, judged critically", "SD4", "CI1"),
    ("T14", "How school self-evaluation and improvement work for pupils with SEN", "-", "CI3"),
    ("T15", "What works: best practice and research in meeting SEN", "SD4", "CI3"),
    ("T16", "What external agencies do and how to get specialist support", "SD7", "CI2"),
    ("SKILLS", None),
    ("T17", "With senior leaders and governors, shapes an inclusive ethos, policy, priorities and use of resources", "SD8", "CI3"),
    ("T18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "SD3", "CI2"),
    ("T19", "Uses other professionals' assessments to shape teaching", "SD3", "CI2"),
    ("T20", "Uses summative results, including national tests, to track progress and change programmes", "SD3", "Ground only"),
    ("T21", "Helps other teachers develop formative assessment, including for pupils with SEN", "SD3", "CI1"),
    ("T22", "Spots in good time the special arrangements pupils need for national tests and examinations and puts them in place", "Felled", "-"),
    ("T23", "Uses provision mapping to plan provision and find what is missing or not working", "SD5", "CI3"),
    ("T24", "Deploys and manages teaching assistants and other staff", "SD5", "Ground only"),
    ("T25", "Supports colleagues' development by observation and feedback, modelling, coaching and training", "SD7", "CI1"),
    ("T26", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "SD8", "CI3"),
    ("T27", "Involves pupils in planning, agreeing and reviewing their own provision", "SD6", "Ground only"),
    ("T28", "Works with parents and carers to support their children's learning", "SD6", "CI1"),
    ("T29", "Works with other services and agencies, including voluntary organisations", "SD7", "CI2"),
]
for r in rows:
    if r[1] is None:
        merged_row(t, r[0])
    else:
        add_row(t, r)
para(d, "")
para(d, "6.3 The Award. Only a Stem who has passed all four Climbing Inspections, and whose Surveyor has signed off every Tree on the schedule as reached in the Stem's record, receives the Award. A Stem who is referred in a Climbing Inspection may resubmit once, within eight weeks.")

H("7.0 ARBORICULTURAL METHOD STATEMENT")
para(d, "The clauses below say how the work on the site is carried out.")
para(d, "M1 Surveyors. The programme is taught by four Surveyors: the Lead Surveyor, two University lecturers in inclusive education and a senior specialist teacher seconded from the Council's Learning Support Service. Each has led SEN provision in schools.")
p = para(d, "M2 Qualifications. ")
ins_run(p, "Every Surveyor holds a Masters degree in education or SEN and a teaching qualification, three hold specialist qualifications (the OCR Diploma in SpLD, a postgraduate certificate in autism, the Advanced Diploma in Special Needs), and each spends at least five days a year in schools and on updating his or her SEN knowledge, recorded in the Centre's staff development log.", A, DT)
para(d, "M3 Tree Wardens. Each Stem is matched with a Tree Warden from the Council's network of lead SENCOs. Tree Wardens visit the Stem's school three times, observe one Walkover in each visit and write their observation in the Walkover Log. Every Tree Warden attends a half-day briefing on the role before the first visit and receives the Tree Warden Handbook, which sets out what a Tree Warden does and does not do, how to record an observation and when to call the Lead Surveyor.")
para(d, "M4 Surveyors' roles. Surveyors meet each term to agree the marking of the Climbing Inspections against the Tree criteria. New Surveyors shadow an experienced one for a cohort before teaching a Survey Day, and the Surveyors' Handbook sets out each role.")
para(d, "M5 Specialist expertise and placements. Every Stem spends two Walkover days in a setting unlike his or her own: a special school, a resourced base or the Council's Pupil Referral Service, chosen in the Crown Plan. Visiting speakers from the Educational Psychology Service, the Speech and Language Therapy service, the Sensory Support Service and Corrington Parent Partnership contribute to SD2, SD6 and SD7.")
para(d, "M6 Resources. The Long Barn has a library of about 400 books on SEN, inclusion and outdoor learning, which Stems may borrow; the University library is open to every Stem with a University card. Course readers for each Survey Day are printed for every Stem.")
para(d, "M7 Equality and access. The application form invites every applicant to tell us of a disability or other need, and says why. Each Stem who does so meets the Lead Surveyor before SD1 to agree reasonable adjustments, for example materials in large print or electronic form, a note-taker, extra time or a different format for a Climbing Inspection, and rest breaks on Survey Days; these are recorded in the Crown Plan and reviewed at each tutorial. The same adjustments apply on placement visits. Our publicity and entry profile are available in large print and on audio CD, and are written with the Council's Disability Advisory Group.")
para(d, "M8 Criminal records. Enhanced CRB disclosure is a matter for each Stem's employing school. The Estate does not see or record it.")
para(d, "M9 Tutorials. Each Stem has three one-to-one tutorials with a Surveyor, at the Centre or by telephone: after the Root Zone Assessment, after SD4 and before CI4.")
para(d, "M10 Marking. Climbing Inspections are marked by the Stem's own Surveyor against the Tree criteria published with each brief.")
p = para(d, "M11 Moderation. Surveyors double-mark any script where the Surveyor is unsure of the result. ")
del_run(p, "The University's external examiner moderates a sample of every Climbing Inspection each year and attends the Award board.", A, DT)
para(d, "M12 Evaluation. Stems complete an evaluation at the end of every Survey Day and a longer questionnaire at the end of the course. The Lead Surveyor summarises them each term for the Surveyors' meeting, and the programme is included in the University's annual monitoring, which reads the Stems' evaluations, marks and completion rates alongside the external examiner's report. The Programme Steering Group (the Estate's Head of Training and the University's collaborative provision manager) reads the annual monitoring report in September and agrees changes for the following cohort, which are recorded in the report's action plan.")
para(d, "M13 Impact. We hope that in time the programme will show in the results and well-being of pupils in Stems' schools, but we have not yet decided how this might be measured.")
para(d, "M14 Review. The Tree Schedule is reviewed each summer by the Steering Group.")

H("8.0 TREE PROTECTION AND AFTERCARE")
para(d, "8.1 At the end of SD8 each Stem is given the University's leaflet on its Masters pathways in inclusive education. The Estate's short courses in outdoor learning remain open to former Stems at the usual rate.")

H("9.0 OFF-SITE TREES")
para(d, "9.1 Our neighbours at Brackenholt Estate run a Direct Inspection route for experienced teachers from SEN support services, who are assessed against the outcomes without taking any training. Hartsfell does not run such a route; a Stem who asks about it is referred to Brackenholt.")

H("10.0 STAKEHOLDERS AND CONSULTATION")
para(d, "10.1 In June 2008 the Council and the Estate surveyed all 212 schools in Corrington about what their new SENCOs needed; 118 replied, and we held two focus groups with 19 headteachers and 23 serving SENCOs. The three needs most often named were provision mapping, managing teaching assistants' time, and leading colleagues without being a senior leader. The Corrington Parent Partnership and the county's Disability Advisory Group gave us written views on working with families and on access.")
para(d, "10.2 Those views changed the site. SD5 (provision mapping and deploying staff) was added after the survey, in place of a second day on SEN types; Walkover 6 became a meeting that the Stem leads with a family, at the request of the Parent Partnership; and the headteachers' focus group asked that the Tree Warden visits be in school time, which they now are. A draft of this report was read by the Council's SEN Strategy Group in November 2008, and its comments were taken into Revision B.")
text_box(d, "SURVEYOR'S NOTE", [
    "Headteachers of Stems and Tree Wardens are invited to the afternoon of SD8, when Stems present their Walkover Logs.",
    "We would welcome their views on the site.",
])

H("11.0 SURVEYOR'S CERTIFICATE")
para(d, "11.1 I certify that this report describes the site as the Estate and its partners will run it from September 2009, and that the Tree Schedule in section 6.0 is the schedule the Surveyors will use.")
para(d, "Ruth Ashdown, Lead Surveyor, for Hartsfell Estate Trust. 16 January 2009.")
para(d, "Limitations. This report relies on information given by the Estate's partners. Trees are as described at the date of survey.", italic=True, size=8)

d.save(OUT)
print("wrote", OUT)
