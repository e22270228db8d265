"""ja-01-mereside-habitat-survey

Provider (invented): The Mereside Field Studies Trust, a charitable trust that runs
four residential field studies and outdoor education centres in England (Garth Ghyll,
Cumbria; Saltney Marsh, Norfolk; Holcombe Leys, Somerset; Brackenedge, Derbyshire),
applying with the Faculty of Education, University of Harrowden, for the 2008-09
National Award for SEN Coordination ("PGCert Special Educational Needs Coordination
(Field-based)").

Document kind and layout: the Trust's ecological consultancy writes the application in
its own house style for a Phase 1 Habitat Survey report. A cover table ("Report
reference", "Site", "Surveyors", "Status"); a non-technical summary in a VML text box;
numbered heading-style sections 1 Introduction, 2 Methodology (2.1 Desk study,
2.2 Field survey, 2.3 Survey limitations), 3 Results (3.1 Compartments, 3.2 Target
notes table TN1-TN16 with a "Phase 1 code" column, 3.3 Protected species),
4 Evaluation (condition assessment), 5 Recommendations, 6 Monitoring. Appendix A is
the "Species list": the national outcomes in the Trust's own words grouped by merged,
shaded rows, with a DAFOR "Abundance" column (how much the course teaches it), a
"Found at" column (where it is developed) and a "Recorded in" column (where it is
assessed). Appendix B has photograph placeholders. Header and footer; three Word
comments; tracked changes (an insertion, a deletion inside a paragraph, and a whole
deleted paragraph).

Traps (requirement ids):
- Phase 1 habitat codes "A1.1.1", "A3.1", "B2.2", "J1.2", "J2.1" label target notes and
  collide with outcome codes 6.A1 and 6.A3; they classify session types, not outcomes.
- DAFOR abundance letters are not assessment; only "Recorded in" shows assessment.
  Outcomes "Recorded in" only the unmarked Field Notebook are partially met
  (6.A3, 6.A7); outcomes with "Not recorded" are developed only (6.K4, 6.S2b, 6.S2d,
  6.S8 partially met). Disability equality law is "Not found on this survey" (6.K3
  not met); pupils' involvement in their provision is absent from the list and
  excluded in 2.3 Survey limitations (6.S7 not met).
- 2.3 Survey limitations: the course "does not at present include" consulting pupils,
  only "recommended" for 2009-10 (1.5 not met, 6.S7 not met).
- No assessment-only route: "There is no assessment-only route" (2.3 not met); a comment
  says the University offers one for its MA (comments are not evidence).
- CRB: 3.3 Protected species describes enhanced CRB checks on the Trust's own field
  teachers and instructors under its AALA licence (wrong people); the sentence
  requiring candidates to obtain a new disclosure is a deleted tracked change
  (5.3 not met).
- Placements: a special school placement belonged to "the 2007 pilot"; now only a
  visit "where places allow" (5.5 partially met; specialist expertise is described).
- Parents: only a "short talk" at TN5, not practised or assessed (1.7, 6.S8 partially met).
- Prior learning: certificated credit only, no experiential learning accredited
  (2.1 partially met).
- Flexibility: one start, one order; a second start is only "recommended" in 5
  Recommendations; choice of centre only (3.2 partially met).
- Stakeholders: the hope that authorities "might in future contribute" data is a
  recommendation, but the steering group of heads, an adviser and a former participant
  reviews the course each term and agency staff teach (4.3 met). 4.1 and 4.2 met by
  the desk study and the changes it led to.
- Mentors receive "a copy of the Surveyor's Handbook" but no briefing or training
  (5.7 partially met).
- Impact: participants' confidence questionnaire; pupils' achievement "not measured at
  course level" (5.9 partially met).
- Award rule with compensation: a marginal fail in one Survey "may be compensated" by
  the aggregate (6.0 partially met); several outcomes not assessed (1.9 partially met).
- Next steps: participants being "encouraged to think about their next steps" appears
  only in the list of Recommendations, an intention, not an arrangement (2.5 not met).
- Blanket claim in the text box: "every national outcome has been recorded" (not evidence).
- Level 7 appears in an inserted tracked change (E.2 met; insertions are part of the text).
- Header "Mereside Ecology: house style v3" and footer are never evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ja_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "ja-01-mereside-habitat-survey"

d = new_doc("Arial", 10)
header_footer(d, "Mereside Ecology: house style v3  |  Report MFT/ECO/08/117",
              "The Mereside Field Studies Trust, registered charity. Surveys undertaken to the JNCC Phase 1 method (2003 reprint), adapted.")

para(d, "THE MERESIDE FIELD STUDIES TRUST", bold=True, size=14, color="3F6B2A")
para(d, "Phase 1 Survey of a Proposed Course", style="Title")
para(d, "The National Award for SEN Coordination, 2008-09: application for approval made with the Faculty of Education, University of Harrowden", italic=True)

t = table(d, [
    ["Item", "Detail"],
    ["Report reference", "MFT/ECO/08/117 (issue 2)"],
    ["Site", "PGCert Special Educational Needs Coordination (Field-based), University of Harrowden with the Mereside Field Studies Trust"],
    ["Centres surveyed", "Garth Ghyll Field Centre (Cumbria); Saltney Marsh Field Centre (Norfolk); Holcombe Leys (Somerset); Brackenedge (Derbyshire)"],
    ["Surveyors", "Dr Hannah Leckonby (Head of Teacher Education, the Trust); Mr Owen Prideaux (Senior Lecturer in Inclusion, University of Harrowden)"],
    ["Date of survey", "July to October 2008"],
    ["Status", "Final for submission to the TDA"],
])

para(d, "")
text_box(d, [
    ("Non-technical summary", True),
    ("The Mereside Field Studies Trust has run residential courses for schools since 1961 and teacher courses at its four centres since 1984. For the national award we have surveyed our proposed course as our ecologists would survey a site: what is there, where it is found, and where it is recorded. The course is validated by the University of Harrowden and taught jointly by the Trust's teacher education team and the University's Faculty of Education.", False),
    ("We are confident that every national outcome has been recorded and that the course will flourish.", False),
], height_pt=160)

d.add_heading("1 Introduction", level=1)
d.add_heading("1.1 Background", level=2)
para(d, "The Trust is a registered educational charity. Each year some 38,000 pupils stay at our centres, including about 4,500 pupils with special educational needs or disabilities who come with their special schools, units and mainstream classes. Our field teachers plan with their SENCOs every week, and it was SENCOs in our partner schools who first asked us to offer the award. Since 2006 the Trust and the University of Harrowden have run a joint Certificate in Learning Outside the Classroom, and the present course builds on that partnership.")
p = para(d, "The course is a Postgraduate Certificate of 60 credits")
ins_run(p, " at Level 7 (masters level) of the national framework", author="O. Prideaux", date="2008-10-02T09:14:00Z")
plain_run(p, ", validated by the University of Harrowden at its Faculty Validation Board on 17 September 2008. Successful participants receive the University's award and the national award. The University's regulations for postgraduate certificates govern registration, assessment, appeals and the award; the Trust delivers the residential and field elements under a memorandum of co-operation.")

d.add_heading("1.2 Scope of survey and aims of the course", level=2)
para(d, "The course exists to raise the achievement of children and young people with SEN and/or disabilities in the participants' schools, and to improve their well-being. We take achievement in the sense of all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Our centres see every day what a pupil who cannot read a worksheet can achieve on a salt marsh, and the course is built on that experience. Its aims are that each participant will:")
for s in ["lead the coordination of SEN provision in their school so that pupils with SEN and/or disabilities make measurable progress in learning and in well-being;",
          "know the law, guidance and policy on SEN and how to put it into practice in their own school;",
          "work with colleagues in and beyond the school, and with other services, to plan, deliver and review provision;",
          "evaluate the effect of their own practice on pupils' achievement and well-being, using evidence from their own school."]:
    para(d, s, style="List Bullet")
para(d, "Each of the three assessed tasks (the Surveys, section 3.2) asks participants to show the effect of their work on pupils' progress and well-being, and the marking criteria give a fifth of the marks to that evidence.")

d.add_heading("2 Methodology", level=1)
d.add_heading("2.1 Desk study: the needs of schools and authorities", level=2)
para(d, "Before designing the course we gathered existing records, as we would from a local records centre. In March 2008 we sent a questionnaire to the 212 schools that had visited our centres in the previous two years; 141 replied (67%). We met the SEN advisers of Cumbria, Norfolk, Somerset and Derbyshire local authorities, and the head of the Derbyshire Sensory Support Service. We also held two focus groups of 14 serving SENCOs at Brackenedge and Saltney Marsh in April 2008, and asked 28 former participants on our Learning Outside the Classroom certificate what they had found useful.")
para(d, "The desk study showed three needs. First, heads in small rural schools could not release SENCOs for weekly sessions, so the course is taught in residential blocks and short school-based days. Second, the authorities wanted SENCOs who could use data to track pupils' progress and plan provision, so provision mapping was moved from an elective into the core of Compartment 2. Third, SENCOs in the focus groups asked for more on speech, language and communication needs after the Bercow Review's interim report; we added a full session on SLCN (TN7) and asked the Norfolk speech and language therapy service to lead it. The steering group, which includes two headteachers, one authority SEN adviser and a former participant, approved the design in June 2008 and meets each term to review the course.")

d.add_heading("2.2 Field survey of each participant", level=2)
para(d, "Every accepted participant completes the Pre-course Field Survey, a self-assessment against each of the national outcomes, with a short piece of evidence for each rating, which is then discussed with a tutor in a forty-minute telephone or face-to-face interview before the first residential. The tutor and participant agree an Individual Survey Plan that records the participant's personalised outcomes, the electives they will take at the residentials, the reading they will start with and the focus of their in-school tasks. The plan takes account of what the participant already knows and does: a participant who has led annual reviews for years will spend less time on that and more on, say, provision mapping. The Plan is revisited at each residential.")
para(d, "The fee is £1,150 for the year, including all residential board and lodging; the Trust meets the difference from its own funds because centre costs are shared with the school groups staying in the same week. Participants whose Plan shows they already meet a compartment's outcomes for a given topic take an elective at that residential instead of the core session, so no one is paid for twice.")
para(d, "Entry to the course is for qualified teachers who hold or will shortly take up the SENCO role. Applicants send a statement and a reference from the headteacher, who confirms that the school will give the participant time for the in-school tasks. The Trust's course leader reads every application against the entry requirements and, where there is doubt, interviews the applicant. An applicant who does not yet have enough experience is given written advice on what to do first, and we speak with the headteacher; some have joined our one-day introductory course and applied again the following year.")
p = para(d, "Credit for prior certificated study at masters level can be transferred into the course under the University's accreditation of prior certificated learning (APCL) regulations, up to 20 credits, where the earlier module matches a compartment's outcomes. ")
plain_run(p, "Experience alone is not accredited, but is taken into account in the Individual Survey Plan.")
r = plain_run(p, " There is no assessment-only route. Candidates who ask about one are directed to the full course, with APCL where it applies.")
comment(d, r, "The University does run an assessment-only route for its MA SEN. Should we say so here? (OP)", author="Owen Prideaux", initials="OP")

d.add_heading("2.3 Survey limitations", level=2)
para(d, "Like any survey, ours has limits. The course does not at present include work on seeking the views of pupils with SEN about their provision or about matters that affect them. We recognise that this is a gap. It is recommended (section 5) that a session on pupil voice is considered for the 2009-10 cohort, and our field teachers, who consult pupils at the centres every day, would be glad to help design it.")
para(d, "Nor does the course measure the achievement of the pupils in participants' schools at course level; see section 6.")

d.add_heading("3 Results", level=1)
d.add_heading("3.1 Compartments", level=2)
para(d, "The course is divided into three compartments, each of 20 credits, taken in order from October to July. Each opens with a two-day residential (Friday and Saturday) at one of the centres, followed by in-school work and two Day Stations, which are twilight-and-evening sessions held in host schools in each of the four areas. Participants choose which centre they attend for each residential.")
t = table(d, [
    ["Compartment", "Title", "Residential", "Day Stations", "Survey (assessed task)"],
    ["1 (Oct-Jan)", "The SENCO's Ground", "R1, 10-11 October 2008", "DS1, DS2", "Survey 1: Site Appraisal"],
    ["2 (Feb-Apr)", "Reading the Landscape", "R2, 6-7 February 2009", "DS3, DS4", "Survey 2: Transect Study"],
    ["3 (May-Jul)", "Managing the Reserve", "R3, 15-16 May 2009", "DS5, DS6", "Survey 3: Field Presentation"],
])
para(d, "Between the residentials, participants use the course's Moodle site, the Field Notebook Online, hosted by the University. Each participant has a personal tutor who answers forum posts and e-mails within three working days and holds a 30-minute telephone tutorial in each compartment. Tutor groups of eight have their own forum, where participants share drafts and comment on each other's plans; the tutor posts a task each fortnight to keep the group talking between Day Stations. Readings, recordings of the keynote talks and the assessment briefs are all on the site, and schools' headteachers and mentors have guest access to the pages about the in-school tasks.")

d.add_heading("3.2 Target notes", level=2)
para(d, "Target notes record the notable features of each compartment. The Phase 1 code gives the type of session in the Trust's key: A1.1.1 residential core session; A3.1 residential elective; B2.2 Day Station; J1.2 online task; J2.1 in-school task.")
tn = [
    ["TN", "Phase 1 code", "Where", "Description"],
    ["TN1", "A1.1.1", "R1", "The SENCO's role. The SEN Code of Practice (2001), its graduated response, statutory assessment and annual review; what the Code asks of the school, the SENCO, governors and teachers, and how to put it into practice."],
    ["TN2", "A1.1.1", "R1", "Every Child Matters and the Children Act 2004: the five outcomes, the Common Assessment Framework, the SENCO's part in them. Removing Barriers to Achievement (2004) and the Ofsted report Inclusion: does it matter where pupils are taught? (2006). Outdoors, participants plan a morning on the shore for a class in which a third of pupils have SEN, and test it against the five outcomes."],
    ["TN3", "A3.1", "R1", "The SENCO's year: priorities, planning a term, time, what to delegate and to whom. Participants build a year planner for their own role."],
    ["TN4", "J2.1", "School", "The Site Appraisal begins: participants meet their headteacher to agree the scope of an audit of SEN provision."],
    ["TN5", "B2.2", "DS1", "Working with pupils and families. Building fair and respectful relationships with pupils with SEN; a short talk by a parent partnership officer on working with parents and carers."],
    ["TN6", "A1.1.1", "R2", "Research and best practice: the centre library evening; reading research critically; types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning, with a short note on how children develop."],
    ["TN7", "A1.1.1", "R2", "Identification and assessment: observation, data and tests; setting targets; planning and reviewing interventions; using national test data and teacher assessment to track progress; a note on access arrangements for tests. SLCN led by the Norfolk speech and language therapy service."],
    ["TN8", "A3.1", "R2", "Teaching approaches, resources and ICT: the centre's assistive technology room (switches, symbol software, text-to-speech); helping colleagues build formative assessment for pupils with SEN."],
    ["TN9", "B2.2", "DS3", "Provision mapping and management; costing provision; finding provision that is not working or missing. Gaining the commitment of senior leaders to changes."],
    ["TN10", "A1.1.1", "DS4", "Agency day: educational psychology, CAMHS, sensory support, a voluntary sector panel (Dyslexia Action, the National Autistic Society local branch). How to get specialist support and use reports from other professionals."],
    ["TN11", "J1.2", "Online", "Case clinic: participants post a difficult decision about a pupil's provision; peers and tutor respond."],
    ["TN12", "A1.1.1", "R3", "Leading the reserve: working with the headteacher and governors on the SEN policy, inclusive ethos and use of resources; deploying and managing teaching assistants."],
    ["TN13", "A1.1.1", "R3", "School self-evaluation and improvement; reviewing provision with colleagues to feed the school's self-evaluation form."],
    ["TN14", "B2.2", "DS5", "Developing colleagues: observation and feedback, modelling, coaching and mentoring, running training."],
    ["TN15", "A3.1", "R3", "Keeping up to date: professional associations, journals and networks."],
    ["TN16", "J2.1", "School", "The Field Presentation: participants lead a training session for colleagues, observed by the school mentor."],
]
t = table(d, tn)
para(d, "Participants also take a practical session outdoors at every residential, run by the centre's field teachers with a visiting group of pupils from a special school or unit, in which the SENCOs watch how activities are adapted and talk to the pupils' own teachers.")

d.add_heading("3.3 Protected species", level=2)
para(d, "The Trust holds a licence from the Adventure Activities Licensing Authority for caving, climbing, trekking and water sports at Garth Ghyll and Brackenedge. All Trust field teachers and instructors hold enhanced CRB disclosures, renewed every three years, as our licence and our safeguarding policy require, and no member of staff works with visiting pupils until the disclosure is returned.")
deleted_paragraph(d, "Participants who have not worked in a school in a post involving regular contact with children in the last three months must obtain a new enhanced CRB disclosure through the Trust before the first residential, and the course leader checks every participant's disclosure at registration.", author="H. Leckonby", date="2008-10-06T16:40:00Z")
para(d, "The Trust's designated person for child protection, Mrs Joan Skelder, is named in the participants' handbook.")

d.add_heading("3.4 Access", level=2)
para(d, "Our centres were built for pupils with every kind of need, and the same care is taken for participants. The application form invites applicants to tell us about any disability or health condition so that reasonable adjustments can be made, and says why we ask; the course leader then agrees the adjustments with the participant before R1 (for example a ground-floor room with a hoist at Holcombe Leys, large-print or electronic handouts, a signer, extra time in the Field Presentation, or a Day Station attended by telephone). The outdoor sessions are chosen from routes and shores that wheelchair users can reach, and an alternative is always offered. Our publicity and the course handbook are available in large print and on audio CD, and the Trust's disability equality scheme, published under the Disability Discrimination Act 2005, covers the course: selection, teaching, visits and assessment are reviewed against it each year by the Trust's equality officer.")

d.add_heading("4 Evaluation", level=1)
d.add_heading("4.1 Condition of the course team", level=2)
para(d, "The course leader, Dr Hannah Leckonby, was a SENCO for nine years in two Cumbrian schools and holds an MA in Special and Inclusive Education; she has led the Trust's teacher education since 2004 and sits on the county's SEN strategy group. Owen Prideaux was head of a Derbyshire learning support service and teaches the University's MA in Inclusive Education; he is completing a doctorate on provision mapping. Four sessional tutors are serving or recent SENCOs, each with a masters qualification in SEN, and two of the Trust's field teachers hold the British Psychological Society certificate in educational testing. Every tutor attends at least two SEN conferences or courses a year, paid for by the Trust, and records them in the staff development log.")
para(d, "Participants have access to specialists through the agency day (TN10), the therapy service's SLCN session, and the field teachers at the centres, who run sessions for pupils with profound and multiple learning difficulties every week. In the 2007 pilot, each participant spent two days on placement at Greystones Special School in Kendal. For 2008-09 a visit to a special school is arranged where places allow.")
para(d, "Resources: the University library's education collection and its e-journals are open to all participants; each centre has a teacher library with SEN texts, assessment kits and the Inclusion Development Programme materials; the assistive technology room at Saltney Marsh (TN8) is open to participants at every residential.")
para(d, "Each participant has a school mentor, usually a senior leader, who observes the Field Presentation (TN16). Mentors are sent a copy of the Surveyor's Handbook, which describes the tasks. Tutors are briefed by the course leader at the start of each compartment.")

d.add_heading("4.2 Condition of the assessment", level=2)
para(d, "The course is assessed by three Surveys, each worth 20 credits:")
for s in ["Survey 1: Site Appraisal (4,000 words). An audit of SEN provision in the participant's school, agreed with the headteacher, including a provision map, a review of provision with colleagues against the school's self-evaluation, and recommendations to the headteacher and governors.",
          "Survey 2: Transect Study (5,000 words). An in-school enquiry: the participant identifies a group of pupils, sets targets, plans and runs an intervention drawing on research and on other professionals' assessments, and reports baseline and follow-up measures of the pupils' progress and well-being.",
          "Survey 3: Field Presentation. The participant leads a training session for colleagues in school (observed by the mentor, who completes a report form), then gives a 20-minute presentation on it at R3, followed by a professional discussion with two tutors."]:
    para(d, s, style="List Number")
para(d, "The Field Notebook, a reflective journal kept online, is read by the personal tutor at each residential and commented on. It is not marked.")
para(d, "All Surveys are marked by the personal tutor against published criteria and a sample of one in four (and every fail and distinction) is second-marked by a tutor from the other partner. A moderation meeting of all tutors is held after each Survey, and the University's external examiner for the MA Inclusive Education scrutinises a sample from every Survey and attends the examination board.")
p = para(d, "To be awarded the certificate a participant must pass all three Surveys. ")
r = plain_run(p, "A marginal fail (40-49) in one Survey may be compensated where the average of the three Surveys is 55 or more.")
comment(d, r, "Check with Registry that compensation is allowed on a PGCert. HL", author="Hannah Leckonby", initials="HL")

d.add_heading("5 Recommendations", level=1)
para(d, "It is recommended that:")
for s in ["a second start in February is offered from 2010, so that SENCOs appointed mid-year need not wait;",
          "a session on seeking pupils' views is considered for the 2009-10 cohort (see 2.3);",
          "local authority SEN advisers are invited to join the end-of-year evaluation; we would hope that the four authorities might in future contribute their own data on the course's effect in schools;",
          "participants are encouraged to think about their next steps in professional development as the course ends."]:
    para(d, s, style="List Bullet")

d.add_heading("6 Monitoring", level=1)
para(d, "The course is monitored each year in these ways. Participants complete an evaluation form after each residential and Day Station and an end-of-course questionnaire; the course team reviews the returns at its termly meeting and records what it will change. Participants rate their confidence against each national outcome in the Pre-course Field Survey and again at the end, so that the change in their confidence and competence can be compared, cohort by cohort. The University's annual monitoring report, with the external examiner's report, goes to the Faculty's quality committee, and the steering group (2.1) reads both. Headteachers receive a summary of the evaluation each summer.")
para(d, "Pupils' achievement is not measured at course level. The Transect Study (Survey 2) reports the progress of each participant's own group of pupils, but those results are not gathered together.")
para(d, "Changes already made from the pilot's evaluation: Day Stations moved to host schools nearer participants; the library evening added to R2; the Site Appraisal word limit cut from 5,000 to 4,000.")

page_break(d)
d.add_heading("Appendix A  Species list", level=1)
para(d, "Abundance (DAFOR): D dominant, A abundant, F frequent, O occasional, R rare. \"Found at\" gives the target notes where the species is developed; \"Recorded in\" gives the assessed Survey in which it is recorded. \"Not recorded\" means it is found on the course but not assessed.", italic=True)
rows = [["Species (what the SENCO can do)", "Abundance", "Found at", "Recorded in"]]
groups = [
    ("Group A: how the SENCO works", [
        ["Builds fair, respectful and constructive relationships with pupils with SEN and their families", "F", "TN5, TN2", "Survey 2"],
        ["Wins the commitment of colleagues, the head and senior leaders", "F", "TN4, TN9", "Survey 1"],
        ["Sets priorities, manages time and delegates well", "O", "TN3", "Field Notebook (not marked)"],
        ["Sees problems coming, solves them, and judges provision soundly", "A", "TN11", "Survey 3 (discussion)"],
        ["Speaks and writes clearly; listens to others' views", "D", "throughout", "Surveys 1-3"],
        ["Uses research and outside advice to improve own and colleagues' practice", "A", "TN6, TN10", "Survey 2"],
        ["Keeps up to date and owns their CPD", "O", "TN15", "Field Notebook (not marked)"],
    ]),
    ("Group B: what the SENCO knows", [
        ["SEN law, the Code of Practice and how to apply them", "D", "TN1", "Survey 1"],
        ["Every Child Matters and the SENCO's part", "A", "TN2", "Survey 2"],
        ["Disability equality law and what it requires", "-", "Not found on this survey", "-"],
        ["How children develop and what affects development", "R", "TN6", "Not recorded"],
        ["Common types of SEN and their effect on learning", "A", "TN6, TN7", "Survey 2"],
        ["Approaches, strategies and resources, including ICT", "A", "TN8", "Survey 2"],
        ["School self-evaluation and improvement for SEN", "F", "TN13", "Survey 1"],
        ["Best practice and research on meeting SEN", "F", "TN6", "Survey 2"],
        ["External agencies and getting specialist support", "F", "TN10", "Survey 1"],
    ]),
    ("Group C: what the SENCO does", [
        ["Influences strategy, ethos, policy and resources with leaders and governors", "F", "TN12", "Survey 1"],
        ["Identifies pupils, sets targets, plans interventions, reviews progress", "D", "TN7", "Survey 2"],
        ["Uses other professionals' assessments to shape teaching", "F", "TN10, TN7", "Survey 2"],
        ["Uses summative data and national tests to track progress", "F", "TN7", "Not recorded"],
        ["Helps colleagues develop formative assessment for pupils with SEN", "O", "TN8", "Survey 3"],
        ["Plans access arrangements for tests and examinations", "R", "TN7", "Not recorded"],
        ["Maps and manages provision; finds what is missing or not working", "A", "TN9", "Survey 1"],
        ["Deploys and manages support staff", "F", "TN12", "Survey 1"],
        ["Develops colleagues by observation, modelling, coaching and training", "A", "TN14, TN16", "Survey 3"],
        ["Reviews provision with colleagues to inform self-evaluation", "F", "TN13", "Survey 1"],
        ["Liaises with parents and carers", "R", "TN5", "Not recorded"],
        ["Works with other services and voluntary organisations", "F", "TN10", "Survey 1"],
    ]),
]
layout = []
for g, items in groups:
    rows.append([g, "", "", ""])
    layout.append(len(rows) - 1)
    rows.extend(items)
t = table(d, rows)
for i in layout:
    merge_row(t, i, rows[i][0], fill="D9E2D0")

para(d, "")
d.add_heading("Appendix B  Photographs", level=1)
para(d, "[Photo 1: participants on the saltmarsh transect at Saltney Marsh, R2 pilot. To follow.]", italic=True)
para(d, "[Photo 2: the assistive technology room. To follow.]", italic=True)
p = para(d, "[Photo 3: Day Station at Hartside Primary. Permission awaited.]", italic=True)
comment(d, p.runs[0], "Do we have parental consent for the pupils in this one? Leave out if not.", author="Joan Skelder", initials="JS")

d.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
