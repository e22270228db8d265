"""if-01-marigold-sroi-forecast

Provider (invented): The Marigold Trust, a national charity for children and
young people with Down syndrome, through its Education Support Team, with the
University of Ashvale, which validates the course and awards the credit.

Document kind and layout: a forecast Social Return on Investment (SROI)
analysis of the proposed "Marigold Award in SEN Coordination", written to the
six stages of the SROI method and sent whole as the application. A shaded note
to the panel sits in a VML text box. Heading styles for the six stages; a
stakeholder table, a "They told us / What we changed" table, an inputs (cost)
table, a Gathering Days table with a merged, shaded band row, a landscape-style
impact map (stakeholder / outcome / indicator / proxy / value), deadweight and
attribution tables, a calculation and sensitivity table, then Appendix B (the
Award at a glance, a field table with a merged title row) and Appendix C (the
outcome map in the Trust's own words, "Built on | Judged in", with merged,
shaded group bands). Page header and footer. One tracked deletion, one tracked
insertion, two Word comments. The Trust's own names: Strands, Gathering Days,
Marigold Online, Starting Audit, Individual Learning Plan, Tasks A-C, Closing
Conversation, Parent Tutors, Young Advisers, Course Board.

Traps (requirement ids):
- Assessment-only route exists only in a tracked DELETION, with a comment
  saying trustees dropped it (2.3 not_met).
- Moderation meeting added by a tracked INSERTION: counts (5.8 met).
- Footer claims "All participants are CRB checked"; the body says the Trust
  does not ask to see the disclosure and keeps no record (5.3 not_met).
- Placements in special schools belong to the University's other programme
  (PGCert in Inclusion), mentioned under attribution (5.5 partially_met:
  specialist expertise only).
- Award by an overall mark with compensation between Tasks (6.0 partially_met)
  and outcomes left unjudged in the map (1.9 partially_met).
- Research: only a belief plus the Trust's own studies (1.3 partially_met).
- Progression: only a talk about the University's MA (2.5 partially_met).
- Marigold Online: tutor email answers, no peer support, "Online discussion
  forums are not part of the course" (3.3 partially_met).
- Stakeholders in evaluation only hoped/intended; heads are sent a summary
  (4.3 partially_met).
- Mentor handbook "being written" (5.7 partially_met).
- Outcome map: access arrangements for tests "Outside the Award's scope"
  (6.S2d not_met); time management/delegation absent altogether (6.A3
  not_met); "Encouraged; not judged" (6.A7), readings only (6.K5), judged but
  not built (6.K7), "Optional presentation (not marked)" (6.S1), "Practised on
  the day; not judged" (6.S2b), "Tutor feedback only (formative)" (6.S4): all
  partially_met.
- SROI vocabulary that looks like evidence but is valuation: financial
  proxies, deadweight (LA induction that would have happened anyway), forecast
  ratios.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _if_helpers import *

NAME = Path(__file__).name.replace(".build.py", "")
d = new_doc()
header_footer(d, "The Marigold Trust  |  Forecast SROI: the Marigold Award in SEN Coordination  |  Trustees' edition, November 2008",
              "All participants are CRB checked.  The Marigold Trust is a registered charity.  Page numbers omitted in this edition.")

para(d, "The Marigold Trust", bold=True, size=20)
para(d, "for children and young people with Down syndrome", italic=True)
para(d, "Forecast Social Return on Investment", style="Title")
para(d, "The Marigold Award in SEN Coordination, 2009-2011", bold=True, size=13)
para(d, "Prepared by the Education Support Team with the Centre for Inclusive Education, University of Ashvale. Received by the Board of Trustees, 18 November 2008.")

textbox(d, [
    "A note for the approval panel",
    "We send our forecast SROI whole, as our Trustees received it, because it is the fullest account we have written of what the Marigold Award is, whom it is for and why we believe it is worth doing.",
    "Stage 1 says whom we asked and what we changed. Stage 2 describes the course itself. Stage 6 says how we will check its quality. Appendix B gives the Award at a glance and Appendix C shows where each national outcome is built and judged.",
    "All figures are forecasts. Helen Darby, Head of Education Support.",
])

d.add_heading("Summary", level=1)
para(d, "The Marigold Trust has worked with families of children with Down syndrome for over twenty years. Our Education Support Team of eleven advisers answers around 3,000 calls a year from schools and parents through the Education Support Line and visits some 400 schools. Since 2007 we have been asked again and again by new SENCOs for a course that would equip them for the whole role, not only for Down syndrome. The Marigold Award in SEN Coordination is our answer: a 60-credit postgraduate certificate at Masters level (Level 7), validated by the University of Ashvale, which awards the credit, and taught by the Trust's tutors with the University's staff.")
para(d, "This report forecasts the social value the Award will create over its first two cohorts (48 SENCOs). On our central assumptions every £1 invested will create about £4.10 of social value, mostly for pupils and their families. On the most cautious assumptions in our sensitivity analysis the figure falls to £1.90. The analysis follows the six stages of the SROI method as set out in the guide the Cabinet Office is preparing with the SROI Network, and it will be repeated as an evaluative SROI, on real data, in 2011.")

d.add_heading("Stage 1. Establishing scope and identifying stakeholders", level=1)
d.add_heading("1.1 Scope", level=2)
para(d, "The analysis covers the Award's first two cohorts (September 2009 and January 2010 starts, and the same again in 2010-11), the Trust's and the University's costs of running it, and the changes we expect for the people listed below over five years from each participant's start. It does not cover the Trust's other school services, which have their own evaluation.")
d.add_heading("1.2 Stakeholders", level=2)
table(d, [
    ["Stakeholder", "Included?", "Why", "How we involved them"],
    ["New SENCOs (participants)", "Yes", "The people the course changes first", "Survey of 212 SENCOs who called the Education Support Line in 2007-08; two focus groups of new SENCOs in Leeds and Bristol"],
    ["Pupils with Down syndrome and other SEN", "Yes", "The changes that matter most happen for them", "Our Young Advisers group (eight young people aged 13 to 19, five with Down syndrome) met twice on the draft course"],
    ["Parents and carers", "Yes", "Relationships with school change", "Six parent focus groups in spring 2008, 61 parents in all"],
    ["Headteachers and schools", "Yes", "They release the SENCO and gain from the change", "Telephone interviews with 14 headteachers"],
    ["Local authorities", "Yes", "They fund support and induction for SENCOs", "A round table with SEN officers from nine authorities, March 2008"],
    ["Teaching assistants", "Indirectly", "Changes reach them through the SENCO", "Not consulted separately"],
    ["Other training providers", "No", "Not materially affected at this scale", "Not consulted"],
])
d.add_heading("1.3 What stakeholders told us, and what we changed", level=2)
para(d, "We took the draft course to each group before the University's validation event in October 2008. The table below records what they told us and the change we made to the course as a result. The changes are in the validated course.")
table(d, [
    ["They told us", "What we changed in the course"],
    ["Parents: SENCOs rarely asked the child, and meetings about their child were held about them, not with them.", "Task A now requires the participant to gather the pupil's own views and show how they shaped the plan; Gathering Day 4 teaches ways of doing this."],
    ["Parents: they wanted to be heard as experts on their own child.", "Gathering Day 4 is now co-taught by two Parent Tutors, parents of children with Down syndrome trained by the Trust."],
    ["New SENCOs: courses at one distant university meant whole days lost to travel.", "Gathering Days are held at four regional centres (Leeds, Bristol, Birmingham and London), with Marigold Online between them."],
    ["SEN officers: new SENCOs did not know which services to call, or how.", "Gathering Day 5, 'Around the child', was added, taught with a speech and language therapist and an educational psychologist."],
    ["Headteachers: they wanted SENCOs who could lead staff, not only support pupils.", "Task B was rewritten so that the provision review is carried out with a colleague and reported to a senior leader."],
    ["Young Advisers: 'Teachers think we can't learn hard things.'", "Gathering Day 2 opens with the Young Advisers' film, and Task A is judged on high expectations for the pupil."],
])

d.add_heading("Stage 2. Mapping outcomes", level=1)
d.add_heading("2.1 Inputs", level=2)
table(d, [
    ["Input", "Who bears it", "Cost for two cohorts (£)"],
    ["Tutors' time (Trust and University)", "Trust / University", "96,000"],
    ["Regional centres and catering", "Trust", "21,600"],
    ["Marigold Online (hosting and support)", "Trust", "6,000"],
    ["Validation, registration and awards", "University", "14,400"],
    ["Supply cover for release (12 days per participant)", "Schools", "120,960"],
    ["Participants' own study time (valued at supply rate)", "Participants", "86,400"],
    ["Bursaries for schools in hardship", "Trust", "9,600"],
    ["Total", "", "354,960"],
])
d.add_heading("2.2 What the course does (activities)", level=2)
para(d, "This section describes the Award as it will run. The Trust's Education Support Team recruits and teaches the participants; the University of Ashvale registers them as its students, sets the academic regulations, and confirms the award.")
runin(d, "Who can join. ", "To join, a teacher must hold qualified teacher status, be in post as SENCO or be named by the headteacher to take up the role within the year, and be nominated by the headteacher, who signs the Learning Agreement. Every applicant completes the Starting Audit, a self-rating against the national outcomes written in our own words, and a tutor checks it with the applicant in a 40-minute telephone conversation. Where the Audit shows that a teacher is not yet ready, for instance a teacher in the first year after qualifying, the tutor tells the teacher what experience to gain first and writes to the headteacher with that advice; the teacher may apply again for a later start.")
runin(d, "Checks. ", "Schools, as employers, hold the enhanced disclosure for their own staff. The Trust does not ask to see it and keeps no record of checks.")
runin(d, "Individual Learning Plan. ", "From the Starting Audit the tutor and the participant agree an Individual Learning Plan at the first Gathering Day. It records the outcomes the participant already shows, those that need work, the participant's own targets, and which of the optional twilight workshops to attend. The Plan is reviewed with the tutor at Gathering Day 4 and again before the Closing Conversation, and participants who already show an outcome can use the time for the workshops that matter to them.")
runin(d, "Credit for earlier learning. ", "Teachers who already hold Masters-level credit in special educational needs from a university may bring up to 20 credits towards the Award, matched to Strand 1, under the University of Ashvale's rules for credit accumulation and transfer. Teachers with long experience but no credit may claim the same 20 credits through an experiential learning portfolio, which the University assesses.")
p = runin(d, "Routes. ", "There are two starts each year, in September and January, and each cohort is taught part-time over three terms. ")
dele(p, "Exceptionally, an experienced teacher may ask to be assessed on all three Tasks without attending the Gathering Days.")
comment(d, p, "Trustees asked us to take this out: cost of separate assessment. HD", author="Helen Darby", initials="HD")
runin(d, "Strands. ", "The Award has three Strands of 20 credits: Strand 1 'Knowing the child', Strand 2 'Leading provision' and Strand 3 'Working together'. Each Strand is taught through Gathering Days, study between them, and a school-based enquiry in the participant's own school, and each is assessed by one Task.")
para(d, "The six Gathering Days are shown below.")
t = table(d, [
    ["Gathering Day", "Strand", "What happens"],
    ["Autumn term", "", ""],
    ["1. The law, the Code and the child", "1", "The Special Educational Needs Code of Practice and the duties it places on schools, SENCOs and local authorities; the Disability Discrimination Act and the disability equality duty; Every Child Matters and the SENCO's part in its five outcomes; current government initiatives such as the Inclusion Development Programme."],
    ["2. How children learn", "1", "Child development and how disability and the environment for learning affect it; the learning profile of children with Down syndrome, with the Trust's studies of reading and number; approaches, strategies and ICT for removing barriers; research on what works for pupils with SEN."],
    ["Spring term", "", ""],
    ["3. Knowing where they are", "2", "Identifying pupils who may have SEN; observation, data and assessment; setting challenging targets and planning interventions; tracking progress with P scales and national test data; helping colleagues to use formative assessment; provision mapping."],
    ["4. Families first", "3", "Co-taught by Parent Tutors. Building fair, respectful relationships with pupils and their parents; listening to pupils and involving them in planning and reviewing their provision, including Talking Mats and pupil-led reviews."],
    ["Summer term", "", ""],
    ["5. Around the child", "3", "The scope and role of health, social care, educational psychology, speech and language therapy and voluntary organisations; how to get specialist support; using other professionals' assessments in teaching. Taught with a speech and language therapist and an educational psychologist from the Trust's Professional Network."],
    ["6. Leading the change", "2", "Gaining the commitment of the headteacher and colleagues; working with senior staff and governors on an inclusive ethos; deploying and managing teaching assistants; coaching, observing and giving feedback to colleagues; reviewing provision with staff."],
])
band(t, 1, "Autumn term")
band(t, 4, "Spring term")
band(t, 7, "Summer term")
para(d, "")
runin(d, "Between the days. ", "Marigold Online, a Moodle site hosted by the Trust, holds the readings, the Task briefs and recordings of the Gathering Day talks. Tutors answer questions sent through Marigold Online within five working days. Online discussion forums are not part of the course.")
runin(d, "School-based enquiry. ", "Throughout the year each participant carries out an enquiry in his or her own school, planned on Gathering Day 1 and linked to the outcomes in the Individual Learning Plan; it supplies the material for Tasks A and B, so that what is learned is tried in school, its effect checked, and practice changed.")
runin(d, "Task A: Child Study (Strand 1). ", "A study of about 4,000 words of one pupil with SEN or disabilities in the participant's school. The participant brings together assessments from other professionals, gathers the pupil's own views and the parents', sets targets, plans and carries out an intervention, and takes baseline measures of the pupil's learning and well-being before it and again after a term. Task A is judged on the change for the child, the participant's use of the law and the Code, knowledge of how the child develops and learns, and the research the participant draws on.")
runin(d, "Task B: Provision Review (Strand 2). ", "A provision map for one year group, reviewed with a colleague and reported to a senior leader, with a 3,000-word commentary. The participant shows which provision is ineffective or missing, what the review means for the school's self-evaluation, and the decisions taken.")
runin(d, "Task C: Partnership Portfolio (Strand 3). ", "Evidence of working with parents and with other agencies over the year, the record of coaching a colleague (including an observation and the feedback given), work with colleagues on formative assessment, and a reflective commentary.")
runin(d, "Closing Conversation. ", "A 30-minute professional discussion with two assessors at the end of the year, in which the participant talks through the portfolio and answers questions; it is marked as part of Task C.")
runin(d, "The award. ", "To gain the Award a participant must pass Task A, Task B and Task C with an overall mark of at least 50 per cent. A mark of 40 to 49 in one Task may be carried by higher marks in the other two.")
runin(d, "After the Award. ", "At the last Gathering Day the University's admissions tutor describes the MA in Inclusive Education, to which the Award's 60 credits can be carried.")
d.add_heading("2.3 Our aim and theory of change", level=2)
para(d, "The aim of the Award, as it stands in the validated course document, is to raise the achievement and well-being of children and young people with special educational needs and disabilities, in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), not in test results alone, by giving their SENCOs the knowledge, skills and standing to lead provision for them.")
para(d, "We believe a course for SENCOs must rest on the best research. Our theory of change runs from the SENCO to the pupil: a participant who knows the child well, plans with the family and the child, and leads colleagues will change what happens in classrooms; pupils will make better progress, feel more settled at school, and take a fuller part in the life of the school; parents will have more confidence in the school and spend less of their own time fighting for support.")
d.add_heading("2.4 Impact map (extract)", level=2)
table(d, [
    ["Stakeholder", "Outcome", "Indicator", "Financial proxy", "Value per person (£)"],
    ["Participants", "More confident and competent in the SENCO role", "Change in Starting Audit to Closing Audit rating; confidence scale", "Cost of an equivalent consultancy support package", "1,800"],
    ["Pupils", "Better progress in learning", "Child Study baseline and after measures (P scales, National Curriculum levels, reading and number ages)", "Cost of a term of one-to-one teaching assistant support", "2,400"],
    ["Pupils", "Greater well-being at school", "'How I feel at school' picture scale", "Cost of a course of counselling sessions", "650"],
    ["Parents", "Less time and stress spent securing support", "Parent questionnaire (hours per term)", "Value of time at median earnings", "420"],
    ["Schools", "Fewer unplanned referrals to outside services", "School records", "Average cost of a referral", "300"],
])

d.add_heading("Stage 3. Evidencing outcomes and giving them a value", level=1)
para(d, "Each outcome in the impact map has an indicator and a source. The measures below are built into the course, so the data will come from the participants' own work rather than from a separate survey.")
runin(d, "Participants' competence. ", "The Starting Audit is repeated as the Closing Audit before the Closing Conversation, and the tutor moderates both ratings against the participant's evidence. The change in rating against each national outcome is recorded for every participant.")
runin(d, "Participants' confidence. ", "A ten-item confidence scale is completed at the first Gathering Day, at the Closing Conversation, and twelve months after the Award by post.")
runin(d, "Pupils' achievement and well-being. ", "Task A requires baseline and after measures for the focus pupil: P scales or National Curriculum levels, reading and number ages, and the Trust's 'How I feel at school' picture scale, which most pupils with Down syndrome can complete with a familiar adult. Task B adds the year group's progress data before and after the provision review. The Education Support Team collects these from every Task and reports them each year.")
runin(d, "Values. ", "Financial proxies are taken from published unit costs where they exist (for example, the cost of teaching assistant time from national pay scales) and from the Trust's own service costs where they do not. The proxies and their sources are listed in Appendix A.")

d.add_heading("Stage 4. Establishing impact", level=1)
para(d, "Not all of the change above will be caused by the Award. We make four deductions.")
table(d, [
    ["Deduction", "What it means here", "Rate used"],
    ["Deadweight", "What would have happened anyway: most new SENCOs receive their local authority's induction, and some improvement would follow from that alone.", "25%"],
    ["Attribution", "How much of the change belongs to others: some participants will also take other training, for example the University's own PGCert in Inclusion, which arranges placements in special schools for its students.", "15%"],
    ["Displacement", "Whether support for the focus pupil is taken from other pupils.", "5%"],
    ["Drop-off", "How quickly the effect fades after the first year.", "20% a year"],
])
para(d, "The rates are cautious estimates, agreed with the University's Centre for Inclusive Education, and will be replaced by measured figures in the evaluative SROI.")

d.add_heading("Stage 5. Calculating the SROI", level=1)
table(d, [
    ["", "Central case", "Cautious case"],
    ["Present value of benefits (five years, 3.5% discount)", "£1,455,000", "£674,000"],
    ["Total investment", "£354,960", "£354,960"],
    ["SROI ratio", "4.1 : 1", "1.9 : 1"],
])
para(d, "The ratio is most sensitive to the pupil-progress proxy and to drop-off. Even if the value of pupils' progress is halved and drop-off doubled, the Award returns more than it costs.")

d.add_heading("Stage 6. Reporting, using and embedding", level=1)
runin(d, "How we will check quality. ", "The Course Board, made up of the Head of Education Support, the programme leader, two senior tutors and the University's course director, meets each term. It reads participants' evaluations of every Gathering Day, the tutors' reports, the marking and Closing Audit data, the external examiner's annual report and the University's annual monitoring review, and each summer it agrees an action plan for the next cohort. Changes are reported to Trustees.")
p = runin(d, "Marking and moderation. ", "Every Task is marked by the participant's tutor and second-marked blind by a tutor from another centre. The University's external examiner samples each Task and attends the Award Board. ")
ins(p, "A moderation meeting of all markers is held after each Task deadline, and marks are agreed there before they go to the Award Board.")
runin(d, "Tutors. ", "The programme leader, Dr Ruth Okafor, taught for fifteen years, was SENCO of a large primary school and holds a doctorate on the inclusion of pupils with Down syndrome. The six Gathering Day tutors are senior education advisers of the Trust, each a former SENCO or advisory teacher holding a Masters degree in special education, and each still supporting schools every week. University staff teach the research methods sessions.")
p = runin(d, "Preparing everyone for their part. ", "Tutors take part in a one-day induction on the Tasks and marking criteria before each cohort. Each participant's school names a mentor, usually the headteacher or a deputy. A handbook for school mentors is being written.")
comment(d, p, "Can we say when? The panel will ask. RO", author="Ruth Okafor", initials="RO")
runin(d, "Resources. ", "Participants borrow free by post from the Trust's Resource Library of 2,000 books, videos and teaching materials; each regional centre has a set of see-and-learn reading and number materials, communication aids and switch-access software for hands-on use on the Gathering Days; Marigold Online gives access to the University library's electronic journals.")
runin(d, "Involving stakeholders in evaluation. ", "Headteachers are sent the summary of each year's evaluation. We intend to involve parents and our Young Advisers in the evaluative SROI in 2011, in ways we will work out with them.")
runin(d, "Embedding. ", "The forecast will be checked against real data after the first cohort, and the Board of Trustees will receive an evaluative SROI report, verified by an independent assessor, in autumn 2011.")

d.add_heading("Appendix A. Assumptions and sources (summary)", level=1)
table(d, [
    ["Item", "Assumption", "Source"],
    ["Cohort size", "24 per year in two starts", "Trust recruitment plan"],
    ["Completion", "85% complete within 18 months", "Comparable postgraduate certificates"],
    ["Teaching assistant cost", "£14.20 per hour", "National pay scales 2008"],
    ["Median earnings", "£12.10 per hour", "Annual Survey of Hours and Earnings 2008"],
    ["Discount rate", "3.5%", "HM Treasury Green Book"],
])

d.add_heading("Appendix B. The Award at a glance", level=1)
t = table(d, [
    ["The Marigold Award in SEN Coordination", ""],
    ["Award", "Postgraduate Certificate in SEN Coordination (The Marigold Award)"],
    ["Credit", "60 credits at Level 7 (Masters), awarded by the University of Ashvale"],
    ["Partners", "The Marigold Trust (teaching, recruitment, Parent Tutors) and the University of Ashvale (validation, registration, award)"],
    ["Starts", "September and January"],
    ["Pattern", "Six Gathering Days at four regional centres over three terms, with Marigold Online"],
    ["Assessment", "Task A Child Study; Task B Provision Review; Task C Partnership Portfolio with the Closing Conversation"],
    ["Fees", "£1,150 per participant; bursaries for schools in hardship"],
])
band(t, 0, "The Marigold Award in SEN Coordination", fill="F4B183")

d.add_heading("Appendix C. Where the national outcomes are built and judged", level=1)
para(d, "The national outcomes are given in our own words. 'Built on' names the Gathering Day where the outcome is taught; 'Judged in' names the Task that assesses it.")
rows = [
    ["National outcome (our words)", "Built on", "Judged in"],
    ["Attributes", "", ""],
    ["Fair, warm and honest relationships with pupils and their families", "GD4", "Task A; Closing Conversation"],
    ["Winning the backing of the head and colleagues", "GD6", "Task B"],
    ["Seeing problems coming, and sound decisions about provision", "GD3, GD6", "Task B"],
    ["Speaking and writing clearly; listening to others' views", "All days", "All Tasks; Closing Conversation"],
    ["Using research and outside advice to improve practice", "GD2", "Task A"],
    ["Keeping up to date and owning one's own development", "GD2", "Encouraged; not judged"],
    ["Knowledge", "", ""],
    ["The law and guidance on SEN, the Code of Practice and putting it into practice", "GD1", "Task A"],
    ["Every Child Matters and the SENCO's part in it", "GD1", "Task A"],
    ["Disability equality law and the actions it requires", "GD1", "Task B"],
    ["How children develop and what affects development", "GD2", "Task A"],
    ["The common kinds of SEN (BESD, dyslexia, SLCN, autism, MLD)", "Readings on Marigold Online", "-"],
    ["Approaches, strategies and ICT for teaching and assessment", "GD2, GD3", "Task A"],
    ["School self-evaluation and improvement for SEN", "-", "Task B"],
    ["Best practice and research on meeting SEN", "GD2", "Task A"],
    ["Outside agencies and how to get specialist support", "GD5", "Task C"],
    ["Skills", "", ""],
    ["Influencing the school's strategy, ethos and use of resources with senior staff and governors", "GD6", "Optional presentation (not marked)"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "GD3", "Task A"],
    ["Using other professionals' assessments in teaching", "GD5", "Task A"],
    ["Using test results and summative data to track progress", "GD3", "Practised on the day; not judged"],
    ["Helping colleagues develop formative assessment", "GD3", "Task C"],
    ["Access arrangements for national tests and examinations", "Outside the Award's scope", "-"],
    ["Provision mapping; finding ineffective or missing provision", "GD3", "Task B"],
    ["Deploying and managing support staff", "GD6", "Tutor feedback only (formative)"],
    ["Developing colleagues: observation, feedback, coaching, training", "GD6", "Task C"],
    ["Reviewing provision with staff to inform self-evaluation", "GD6", "Task B"],
    ["Involving pupils in planning and reviewing their provision", "GD4", "Task A"],
    ["Working with parents and carers", "GD4", "Task C"],
    ["Working with other services and voluntary organisations", "GD5", "Task C"],
]
t = table(d, rows)
for i, r in enumerate(rows):
    if r[1] == "" and i > 0:
        band(t, i, r[0])

d.save(str(Path(__file__).with_name(NAME + ".docx")))
print("wrote", NAME + ".docx")
