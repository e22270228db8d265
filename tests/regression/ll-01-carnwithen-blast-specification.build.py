"""ll-01-carnwithen-blast-specification

Provider (invented): Carnwithen College, formerly the Carnwithen School of Mines
(founded 1888, quarrying and mining heritage), whose Department of Education now
trains teachers. Validating HEI: the (invented) University of Tamar Vale. Local
authorities: Carrick Vale and Hensbarrow. Application for the 2008-09 National
Award for SEN Coordination.

Document kind and layout: the course written as a quarry BLAST SPECIFICATION of
the kind the college's quarry students draw up under the Quarries Regulations
1999 (specification number, controlled copy, document-control table, numbered
Parts with Heading styles). The house vocabulary is explained in a "Part 2
Terms" glossary table far above the outcome table: Shot = study day; Shotfirer
= the participant; Blast Designer = tutor; Sentry = school-based mentor; Face =
the participant's school; Burden = the participant's prior experience; Bench =
module; Hole = minimum outcome; "Charged at" = where it is taught; "Fired in" =
the marked Post-blast Report that assesses it; "Primed only" = practised with
spoken feedback, never marked; "Not drilled" = not in the course; HM Inspector
= the external examiner. A Drilling Pattern table has merged Bench band rows
and a vertically merged "Bench" column. The Charging Schedule (outcomes) has
merged band rows per group of Holes and one tracked change in a cell. Header
and footer (a CRB claim in the footer), a VML text box ("Licence to work"), a
whole deleted paragraph, a whole inserted paragraph, a Word comment, two
footnotes, and "Part 11 Record of previous blasts" describing a closed
certificate's arrangements.

Traps (requirement ids):
- 1.1 partially: the aims speak only of "attainment" ("raise the attainment of
  pupils with SEN"); well-being / ECM is in the content (Hole K2) but not the aims.
- 1.7 met despite the vague "touched on in several Shots": Shot 3 teaches
  partnership with parents and Hole S8 is fired in Report 1.
- 1.9 partially: some Holes "Primed only" or "Not drilled".
- 2.1 not_met: the APEL paragraph is a whole DELETED paragraph; an INSERTED
  paragraph says "We do not at present give credit for earlier study or
  experience".
- 2.3 not_met: an assessment-only "Test Blast" route existed only for the
  2006-07 Inclusion Certificate in Part 11 ("closed in July 2008").
- 3.1 partially: a value statement plus "adjustments can be discussed" with no
  arrangement.
- 3.3 partially: "The Adit" Moodle site and peer forums, but "Blast Designers do
  not take part in the forums"; no direct tutor support online.
- 4.3 partially: shotfirers and Sentries answer end-of-Bench questionnaires,
  but headteachers and LA officers are only hoped for ("We hope that
  headteachers and LA officers will take part").
- 5.3 not_met: CRB disclosures are on Blast Designers and Sentries who visit
  schools (wrong people); the candidates' check is only in the footer.
- 5.5 partially: visiting specialists named, but "Placements are not part of the
  course".
- 5.7 partially: tutors' roles clear; Sentries "will be offered a briefing in due
  course"; only a Sentry's Card.
- 5.9 partially: competence/confidence measured by the Burden audit repeated; "we
  do not at present measure pupils' progress".
- 6.0 partially: the award follows a pass in the three Post-blast Reports at 40
  per cent overall, not every Hole.
- 6.A3, 6.A7, 6.S2b, 6.S7 partially: "Primed only".
- 6.K7 partially: "Fired in Report 3" but "Not charged" (assessed, not taught).
- 6.K4, 6.S2d not_met: "Not drilled".
- 6.S9 met: its cell was "Primed only" (deleted) and now reads "Report 2"
  (inserted).
- A Word comment suggests adding time-management to Report 1 (6.A3 stays partial).
- Footnote 1 names the validation date (E.1 is met in the body anyway);
  footnote 2 cites Ofsted (1.3 is met in the body).
- Part numbers collide with requirement ids ("Part 5 Drilling Pattern",
  "5.3 Sentries' disclosures") without meaning them.
"""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ll_helpers import *

NAME = "ll-01-carnwithen-blast-specification"
d = new_doc("Arial", 10)
header_footer(d, "Carnwithen College  |  Quarry Training Unit and Department of Education  |  Blast Specification BS/ED/0809/01  |  CONTROLLED COPY",
              "Every shotfirer on the course holds a current enhanced CRB disclosure.  Carnwithen College, School Road, Carnwithen.  Page")

para(d, "CARNWITHEN COLLEGE", bold=True, size=16, align="center")
para(d, "formerly the Carnwithen School of Mines, established 1888", italic=True, align="center")
para(d, "BLAST SPECIFICATION BS/ED/0809/01", bold=True, size=14, align="center")
para(d, "National Award for Special Educational Needs Coordination: application to the Training and Development Agency for Schools for approval to run the Award from January 2009", align="center")

table(d, [
    ["Specification no.", "Issue", "Date", "Prepared by (Blast Designer)", "Approved by (Quarry Manager)"],
    ["BS/ED/0809/01", "3", "14 November 2008", "Ruth Trethewey", "Dr Alan Pascoe, Head of Education"],
    ["Supersedes", "Issue 2 (draft, 20 October 2008)", "", "", ""],
], widths=[3.5, 2, 3, 4, 4.5])

d.add_heading("Part 1  Purpose of this Specification", level=1)
para(d, "For a hundred and twenty years this college taught men, and later women, how to win stone and ore safely. A blast specification is the document on which that safety rests: before a single hole is charged, the designer writes down the face, the pattern, the charge in every hole, the sequence, who stands where, and how the blast will be checked afterwards. Our Department of Education, which has trained teachers since the School of Mines closed its last mining course in 1994, has written this application in the same form. We have done so partly from affection for the place, and partly because the discipline suits the work: a SENCO, like a shotfirer, must know the ground, plan every charge and check the result.")
para(d, "The aim of the course is to raise the attainment of pupils with SEN in the schools of Carrick Vale and Hensbarrow by giving their SENCOs the knowledge, skills and standing to lead provision. Its objectives are that every shotfirer will lead provision mapping in their own school, improve the use of assessment information for pupils with SEN, and advise colleagues on teaching approaches that work.")
para(d, "The terms we use are set out in Part 2. A panel member who reads Part 2 first will find the rest easy going.")

text_box(d, [
    "LICENCE TO WORK",
    "The course is validated by the University of Tamar Vale as the Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at Level 7 (masters level) of the Framework for Higher Education Qualifications.",
    "Successful shotfirers receive the University's Postgraduate Certificate and the National Award. The 60 credits count towards the University's MA in Education.",
], height_pt=110)

d.add_heading("Part 2  Terms used in this Specification", level=1)
table(d, [
    ["Term", "What it means in this Specification"],
    ["Shot", "A study day at the college (six hours, 9.30 to 4.00). There are ten Shots."],
    ["Shotfirer", "A participant on the course: a teacher who is, or is about to become, the SENCO of a school."],
    ["Blast Designer", "A college tutor. Each shotfirer has one Blast Designer as personal tutor for the whole course."],
    ["Quarry Manager", "The Programme Leader, who is answerable to the University for the course."],
    ["Sentry", "A school-based mentor: an experienced SENCO or senior leader, usually in the shotfirer's own school, who supports the shotfirer between Shots."],
    ["Face", "The shotfirer's own school, where the school-based tasks are carried out."],
    ["Burden", "What the shotfirer already knows and can do at the start: measured by the Burden Audit in Part 4."],
    ["Bench", "A module. There are three Benches of 20 credits each."],
    ["Hole", "One of the minimum outcomes of the National Award, written in our own words in Part 6. A Hole is numbered by its group: A (attributes), K (knowledge), S (skills)."],
    ["Charged at", "The Shot(s) where the Hole is taught and practised."],
    ["Fired in", "The marked Post-blast Report in which the Hole is assessed against the University's Level 7 criteria. There are three Post-blast Reports, one for each Bench."],
    ["Primed only", "The Hole is practised on a Shot and the shotfirer receives spoken feedback from the Blast Designer, but it is not marked in any Post-blast Report."],
    ["Not drilled", "The Hole is not in this year's pattern."],
    ["HM Inspector", "The external examiner appointed by the University."],
], widths=[3.5, 13.5])

d.add_heading("Part 3  Face Survey", level=1)
para(d, "No blast is designed without a survey of the face. In May and June 2008 we surveyed the SENCOs and headteachers of the 212 schools in Carrick Vale and Hensbarrow by questionnaire, and held two focus groups, one of twelve SENCOs and one of eight headteachers, at the Hensbarrow Teachers' Centre. Sixty-four SENCOs and thirty-one headteachers returned the questionnaire. The two local authorities' SEN services gave us their analysis of the 2007 school self-evaluation forms for SEN.")
para(d, "What the survey showed:")
bullets(d, [
    "Fifty-one of the sixty-four SENCOs had no training in provision mapping, and most headteachers named it as the skill their SENCO most needed.",
    "Primary SENCOs in small schools could not be released on consecutive days; many asked for some Saturday Shots.",
    "SENCOs in both authorities said they felt least confident in using assessment data from outside professionals, and in leading colleagues older than themselves.",
    "The LA SEN services reported that reviews of provision with teaching assistants were weak in two thirds of the self-evaluation forms they had read.",
])
para(d, "What we changed because of it. The first draft of this Specification (Issue 1, July 2008) put provision mapping in Bench 3. Because of the survey we moved it to Shot 2 so that shotfirers can build their own map in the first term and use it in every later task. We added two Saturday Shots (Shots 4 and 8) at the request of the primary SENCOs, and we added the Deploying Support Staff material to Shot 6 after the LA services' analysis. Both LA Principal Officers for SEN sat on the design group which agreed these changes in September 2008.")
para(d, "We hope that headteachers and LA officers will take part in evaluating the course once the first cohort is under way, and we would welcome their views at any time.")

d.add_heading("Part 4  Burden and Spacing: who may join and where they start", level=1)
para(d, "4.1  Entry. The course is open to qualified teachers who hold, or are designated for, the role of SENCO in a maintained school or academy in the South West. Every application must carry the headteacher's signed agreement to release the shotfirer for the ten Shots and to provide a Sentry. The Quarry Manager interviews every applicant by telephone, and an applicant with less than two years' teaching experience is asked to show, in a written statement, how they will meet the Level 7 demands of the course; where the statement does not show this we advise them to defer.")
para(d, "4.2  The Burden Audit. Before Shot 1 every shotfirer completes the Burden Audit, a self-assessment against each of the Holes in Part 6, rating themselves 1 to 4 with a short example for each Hole. The Blast Designer then meets the shotfirer (at the college or by telephone) and together they write the shotfirer's Firing Plan: the three to five Holes the shotfirer most needs to work on, the personal targets they set for them, and which optional reading and school tasks they will take. The Firing Plan is reviewed at the end of each Bench and is kept in the shotfirer's file.")
tracked_para(d, [("d", "4.3  Credit for earlier study. A shotfirer who has completed a Level 7 SEN module in the last five years, or who can show equivalent experience through a portfolio, may be credited with up to 20 credits against Bench 1, subject to the University's accreditation of prior learning regulations.")])
tracked_para(d, [("i", "4.3  Credit for earlier study. We do not at present give credit for earlier study or experience: every shotfirer takes all three Benches. The University has asked us to look again at this for 2010.")])
para(d, "4.4  Fees. The fee for the whole course is £1,350, which the two local authorities meet in full for their own schools from their Standards Fund allocation. Schools from other authorities pay the same fee. We have kept the fee at this level by teaching the course at the college and using our own library and Resource Base.")

d.add_heading("Part 5  Drilling Pattern", level=1)
para(d, "The pattern below gives the Benches and Shots in the order they are normally fired. Shots 1 to 4 make up Bench 1, Shots 5 to 7 Bench 2, and Shots 8 to 10 Bench 3. Between Shots, shotfirers carry out directed tasks at their Face, with their Sentry.")
dp = table(d, [
    ["Bench", "Shot", "Date", "What is taught", "Task at the Face"],
    ["BENCH 1  The lie of the land: law, policy and the pupil (20 credits)", "", "", "", ""],
    ["1", "1", "Sat 17 Jan 2009", "The SENCO's role; the SEN Code of Practice (2001), the SEN and Disability Act 2001 and the Disability Discrimination Act as amended in 2005; the Children Act 2004 and Every Child Matters.", "Audit of the school's SEN policy against the Code"],
    ["1", "2", "Thu 5 Feb 2009", "Provision mapping and management; finding provision that is missing or does not work.", "Build the school's provision map"],
    ["1", "3", "Thu 5 Mar 2009", "Working with pupils and families; fair and respectful relationships; how to consult pupils about their provision, including pupils with communication difficulties; working in partnership with parents and carers.", "Case study of one pupil"],
    ["1", "4", "Sat 28 Mar 2009", "The common types of SEN and disability and their effects on learning: BESD, SpLD including dyslexia, SLCN, ASD and MLD.", "Learning walk focused on one type of need"],
    ["BENCH 2  Winning the stone: teaching, assessment and staff (20 credits)", "", "", "", ""],
    ["2", "5", "Thu 7 May 2009", "Leading colleagues; gaining the commitment of the headteacher and senior team; coaching.", "Coaching one colleague"],
    ["2", "6", "Thu 4 Jun 2009", "Deploying and managing teaching assistants and support staff.", "Review of support staff deployment"],
    ["2", "7", "Thu 2 Jul 2009", "Assessment for learning for pupils with SEN; using assessments from other professionals; tracking progress.", "Assessment review with two teachers"],
    ["BENCH 3  Proving the face: leading provision (20 credits)", "", "", "", ""],
    ["3", "8", "Sat 26 Sep 2009", "Research and best practice in meeting SEN; using external advice.", "Small enquiry into one intervention"],
    ["3", "9", "Thu 5 Nov 2009", "Working with other services and agencies, including voluntary organisations; the team around the child.", "Map of agencies used by the school"],
    ["3", "10", "Thu 3 Dec 2009", "Strategic leadership: the SENCO, senior colleagues and governors; reviewing provision with staff.", "Presentation to governors"],
], widths=[1.5, 1.2, 2.6, 7.2, 4.5])
for i in (1, 6, 10):
    merge_row(dp, i, dp.cell(i, 0).text)
merge_down(dp, 0, 2, 5, "1")
merge_down(dp, 0, 7, 9, "2")
merge_down(dp, 0, 11, 13, "3")
para(d, "")
para(d, "Order and start points. Bench 1 must be fired first because it lays the ground for the rest. Benches 2 and 3 may be taken in either order, and a second cohort will start in September 2009 at Bench 1, joining the January cohort for Bench 3 Shots. A shotfirer who cannot attend a Shot may attend the same Shot with the next cohort. Four of the ten Shots are on Saturdays.")
para(d, "Working with parents and carers is touched on in several Shots.")

d.add_heading("Part 6  Charging Schedule", level=1)
para(d, "Every Hole is one of the minimum outcomes of the Award, in our own words. The columns are explained in Part 2. The three Post-blast Reports are: Report 1, a case study of one pupil and the school's provision map (4,000 words, end of Bench 1); Report 2, a review of teaching, assessment and support staff carried out with colleagues (4,000 words, end of Bench 2); Report 3, an enquiry into one aspect of provision, presented to governors, with a written account (4,000 words, end of Bench 3).")
rows = [["Hole", "The shotfirer can...", "Charged at", "Fired in"]]
A = [
    ("A1", "build fair, respectful and constructive relationships with pupils with SEN and disabilities and with their parents and carers", "Shot 3", "Report 1"),
    ("A2", "win the commitment of colleagues, including the headteacher and senior leaders", "Shot 5", "Report 3"),
    ("A3", "plan their own time, set priorities and hand tasks to others sensibly", "Shot 6", "Primed only"),
    ("A4", "foresee and sort out problems and make sound decisions about provision", "Shots 2, 6", "Report 2"),
    ("A5", "speak and write clearly, and listen to and understand the views of others", "Shots 3, 5", "Reports 1 and 3"),
    ("A6", "use research and advice from outside the school to improve their own and colleagues' practice", "Shot 8", "Report 3"),
    ("A7", "keep their knowledge of SEN and disability up to date and take charge of their own professional development", "Shot 10", "Primed only"),
]
K = [
    ("K1", "explain the law and guidance on SEN, including the Code of Practice, and put it into practice in their school", "Shot 1", "Report 1"),
    ("K2", "explain the five outcomes of Every Child Matters and the SENCO's part in achieving them", "Shot 1", "Report 1"),
    ("K3", "explain the laws on disability equality and what the school must do under them", "Shot 1", "Report 1"),
    ("K4", "explain how children develop and how SEN, disability and surroundings affect their development", "Not drilled", "Not drilled"),
    ("K5", "describe the common types of SEN and disability and their effects on learning", "Shot 4", "Report 1"),
    ("K6", "weigh up approaches, strategies and resources, including ICT, for assessing, planning, teaching and learning", "Shots 4, 7", "Report 2"),
    ("K7", "use the principles of school self-evaluation to improve outcomes for pupils with SEN", "Not charged", "Report 3"),
    ("K8", "draw on best practice and research findings in meeting SEN", "Shot 8", "Report 3"),
    ("K9", "explain the work of external agencies and how to obtain specialist support and resources", "Shot 9", "Report 3"),
]
S = [
    ("S1", "work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and resources", "Shot 10", "Report 3"),
    ("S2", "identify pupils who may have SEN, set them challenging targets, plan interventions and review progress", "Shots 2, 3", "Report 1"),
    ("S2a", "use assessments from a range of professionals to shape teaching", "Shot 7", "Report 2"),
    ("S2b", "use summative assessment, including national tests, to track progress and change programmes", "Shot 7", "Primed only"),
    ("S2c", "encourage other teachers to use formative assessment with pupils with SEN", "Shot 7", "Report 2"),
    ("S2d", "identify in good time the special arrangements pupils need for national tests and examinations, and put them in place", "Not drilled", "Not drilled"),
    ("S3", "use provision mapping to manage provision and find provision that is missing or does not work", "Shot 2", "Report 1"),
    ("S4", "deploy and manage support staff well", "Shot 6", "Report 2"),
    ("S5", "support colleagues' development by observation and feedback, modelling, coaching and training", "Shot 5", "Report 2"),
    ("S6", "review the effectiveness of provision with other staff to feed the school's self-evaluation", "Shot 10", "Report 3"),
    ("S7", "make sure pupils take part in planning, agreeing and reviewing their own provision", "Shot 3", "Primed only"),
    ("S8", "work well with parents and carers", "Shot 3", "Report 1"),
    ("S9", "work in partnership with other services and agencies, including voluntary organisations", "Shot 9", "Report 2"),
]
band_rows = []
rows.append(["A  Professional attributes", "", "", ""]); band_rows.append(len(rows) - 1)
rows += [list(x) for x in A]
rows.append(["K  Knowledge and understanding", "", "", ""]); band_rows.append(len(rows) - 1)
rows += [list(x) for x in K]
rows.append(["S  Skills", "", "", ""]); band_rows.append(len(rows) - 1)
rows += [list(x) for x in S]
cs = table(d, rows, widths=[1.3, 10.2, 2.6, 2.9])
for i in band_rows:
    merge_row(cs, i, cs.cell(i, 0).text, fill="DDD9C3")
s9row = len(rows) - 1
tracked_cell(cs.cell(s9row, 3), [("d", "Primed only"), ("i", "Report 2")])
p = para(d, "A shotfirer who passes all three Post-blast Reports, with an overall mark of at least 40 per cent, is awarded the Postgraduate Certificate and the National Award.")
comment(d, p, "Should we add time management (A3) to Report 1? It was asked about at the design group. RT", author="Ruth Trethewey", initials="RT")

d.add_heading("Part 7  Initiation Sequence: how the course is delivered", level=1)
para(d, "Each Shot opens with a short input from the Blast Designer, followed by structured work in small groups drawn from schools of different phases, and closes with each shotfirer agreeing the task they will carry out at their Face. Between Shots, shotfirers use The Adit, the college's Moodle site, where every Shot's slides, readings and task sheets are posted the day before the Shot. The Adit has a forum for each Bench where shotfirers share their tasks and comment on one another's work. Blast Designers do not take part in the forums, which belong to the shotfirers; questions for a Blast Designer go by e-mail. Each shotfirer has two individual tutorials with their Blast Designer in each Bench, one face to face at the college and one by telephone.")
para(d, "The Initiation Sequence also sets the order of work inside a Shot, which we keep the same each time so that shotfirers know what to expect: the Burden check (ten minutes on what they brought from the Face), the charge (input), the firing (group work on real cases from their schools), and the sentry call (agreeing the next task and what the Sentry will do).")

d.add_heading("Part 8  Exclusion Zone and Sentries", level=1)
para(d, "8.1  Access. The College is committed to equality of opportunity for all shotfirers. Adjustments can be discussed with the Quarry Manager.")
para(d, "8.2  The Sentry. Each shotfirer's headteacher names a Sentry when the application is made. The Sentry meets the shotfirer at least twice each half term, observes one task in each Bench, and signs the shotfirer's Face Log to confirm that the tasks were carried out. Sentries receive a Sentry's Card, a single sheet listing these duties. Sentries will be offered a briefing in due course.")
para(d, "8.3  Blast Designers. The Quarry Manager briefs each Blast Designer on the course in the week before Shot 1, using the Blast Designer's Handbook, which sets out their duties as personal tutor, as teacher on Shots and as first marker of Post-blast Reports. All Blast Designers attend the University's Level 7 marking workshop before they mark.")
para(d, "5.3  Sentries' disclosures. All College Blast Designers, and any Sentry who visits a school other than their own, hold enhanced CRB disclosures, which the college's personnel office checks every three years.")
para(d, "8.4  The team.")
table(d, [
    ["Name", "Role", "Qualifications and current experience"],
    ["Ruth Trethewey", "Quarry Manager (Programme Leader)", "MA (SEN), NPQH; SENCO of an 11-16 school for nine years; LA SEN adviser 2003-2007; now Senior Lecturer in Inclusive Education"],
    ["Dr Michael Angove", "Blast Designer", "PhD on dyslexia and literacy; Chartered Educational Psychologist; still works two days a week for Carrick Vale Educational Psychology Service"],
    ["Jenna Rowe", "Blast Designer", "MEd (Autism); previously head of a resource base for pupils with ASD; member of the regional SENCO network steering group"],
    ["Peter Hocking", "Blast Designer", "MA Education Leadership; headteacher of a primary special school until 2007; Ofsted additional inspector"],
], widths=[3.3, 4, 9.7])
para(d, "")
para(d, "8.5  Specialist expertise. Shots 4 and 9 are taught with visiting specialists: a speech and language therapist from the Hensbarrow NHS team, a teacher of the deaf from the county sensory support service, and the coordinator of the Carrick Vale Parent Partnership Service. Placements are not part of the course; shotfirers carry out all their tasks at their own Face.")
para(d, "8.6  Resources. Shotfirers have full use of the college library (which holds the former School of Mines' education collection and a current SEN collection of some 2,400 titles and 30 journals), of the Resource Base in the Department of Education, which lends standardised assessment materials, dyslexia screening software, symbol software and assistive technology such as text readers and switch-access equipment, and of the University's electronic journals by remote login.")

d.add_heading("Part 9  Misfire Procedure", level=1)
para(d, "A Post-blast Report that does not pass is a misfire. The shotfirer receives written feedback within three weeks, meets the Blast Designer to agree what must change, and may resubmit once within six weeks. A second misfire in the same Bench means that the shotfirer leaves the course with credit for any Bench passed. Requests for extensions and appeals follow the University's regulations.")

d.add_heading("Part 10  Post-blast Inspection: checking the result", level=1)
para(d, "10.1  Marking and moderation. Every Post-blast Report is marked by the shotfirer's Blast Designer against the University's Level 7 assessment criteria and the Holes fired in it. A second Blast Designer blind-marks a sample of one in four Reports, together with every fail and every Report marked at 70 per cent or above. The four Blast Designers meet after each Bench for a moderation meeting, at which they agree marks on a further shared sample, and the University's moderator attends once a year. HM Inspector (the external examiner, Dr Fiona Kessell of the University of Severnside) reads a sample of all three Reports and attends the Examination Board.")
para(d, "10.2  Evaluation. We use these methods to evaluate the course:")
bullets(d, [
    "a short evaluation form at the end of every Shot, summarised by the Quarry Manager within a week and discussed at the next team meeting;",
    "an end-of-Bench questionnaire to shotfirers and their Sentries;",
    "HM Inspector's annual report, to which the team writes a response;",
    "the Burden Audit, repeated at the end of the course, so that each shotfirer's ratings of their own knowledge, skill and confidence at the end can be compared with those at the start;",
    "the University's annual monitoring report, considered by the Department's Programme Committee.",
])
para(d, "What we learn is used. Each year the Programme Committee agrees an action plan from these sources, and the next issue of this Specification records the changes made and why. For example, Shot evaluations on our pilot day in June 2008 led us to shorten the inputs and lengthen the group work.")
para(d, "10.3  Impact. The repeated Burden Audit shows the change in each shotfirer's competence and confidence, and the Sentry's end-of-course statement confirms it from the school's side. We do not at present measure pupils' progress in shotfirers' schools.")
p = para(d, "10.4  Looking ahead. At the final tutorial after Report 3, each shotfirer and Blast Designer agree the shotfirer's Next Face: two or three professional targets for the following year and, for those who want it, a route into the second year of the University's MA in Education. The Next Face is recorded in the shotfirer's file and sent to the headteacher with the shotfirer's agreement.")
para(d, "10.5  Reading. Every Bench's reading list is revised each year. Bench 1 draws on Ofsted's report Inclusion: does it matter where pupils are taught? (2006) and the Bercow Review of services for children and young people with speech, language and communication needs (2008); Bench 3 uses recent research on interventions and on the deployment of support staff, and the evidence in Ofsted's SEN and disability reports.")
fn = Footnotes(d)
fn.add(p, "Progression to the MA is subject to the University's regulations in force at the time.")

d.add_heading("Part 11  Record of previous blasts", level=1)
para(d, "The college ran the Carnwithen Inclusion Certificate (30 credits at Level 6) from 2005 until it closed in July 2008. It had two routes: a taught route of six study days, and a Test Blast route for experienced SENCOs, who could submit a portfolio against the Certificate's outcomes and be assessed without attending. Twenty-three teachers completed the taught route and nine the Test Blast route. The Certificate closed in July 2008 and its routes with it; some of its material has been reworked for Bench 1 of this course.")
tracked_para(d, [("n", "Two teachers who completed the Certificate have asked to join this course"), ("i", " and will take all three Benches like everyone else"), ("n", ".")])

d.add_heading("Part 12  Signatures", level=1)
table(d, [
    ["", "Name", "Signature", "Date"],
    ["Blast Designer", "Ruth Trethewey", "R. Trethewey", "14 November 2008"],
    ["Quarry Manager", "Dr Alan Pascoe", "A. Pascoe", "14 November 2008"],
    ["For the University of Tamar Vale", "Professor Helen Curnow, Dean of Education", "[signature]", "[date]"],
], widths=[4.5, 5.5, 3.5, 3.5])
fn2p = para(d, "Validation of the Postgraduate Certificate was confirmed by the University's Academic Board.")
fn.add(fn2p, "Academic Board minute 08/117, 22 October 2008.")
fn.finish()

d.save(str(Path(__file__).parent / (NAME + ".docx")))
print("wrote", NAME + ".docx")
