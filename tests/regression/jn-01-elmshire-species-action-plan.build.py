"""jn-01-elmshire-species-action-plan: build script.

Provider (invented): the Wild Learning team, the education and engagement department of the Elmshire
Wildlife Trust, with the University of Marlingford School of Education, which validates the award.

Document kind and layout: the application is written on the template the trust uses for a Local
Biodiversity Action Plan (LBAP) species action plan, because that is the planning format its staff
know. It has a shaded plan-details table, the LBAP's numbered sections (1 Current status, 2 Current
factors, 3 Current action, 4 Objectives and targets, 5 Proposed actions, 6 The programme, 7 Outcome
targets), Heading styles, and "Proposed actions" tables (Ref | Action | Lead | Partners | Target date)
grouped under the LBAP's own categories ("Policy and legislation", "Site safeguard and management",
"Species management and protection", "Advisory", "Future research and monitoring", "Communication
and publicity"). The trust's own vocabulary: Reserve Days (RD1-RD8, study days at its reserve
education centres), Transects (T1-T3, school-based tasks), Survey Returns (SR1-SR3, the marked
assignments), field notebooks (kept, never marked), County Recorders (tutors and markers),
Voluntary Wardens (school-based mentors), the Baseline Survey and the Individual Field Plan. A page
header and a footer, footnotes, three Word comments, tracked changes (an inserted paragraph, a deleted
sentence, a deleted table row), a typed "Outcome Targets" table with merged group rows whose
"Monitored by" column names a Survey Return or says "Field notes only".

Traps (requirement ids):
- 1.3: only a general promise that reading "will be updated as new research and inspection reports
  are published"; no research or inspection evidence named in the body (the two citations are in
  footnotes only) -> partially_met.
- 1.7 / 6.S8: work with parents is an optional volunteering session at the trust's Family Wild Days
  and field notes, never marked -> 1.7 partially_met, 6.S8 partially_met.
- 1.9: several outcomes are "Field notes only" -> partially_met.
- 2.1: prior certificated credit up to 20 credits, but "We do not accredit experiential learning" ->
  partially_met.
- 2.3: the assessment-only route belonged to the county council's former Elmshire SENCO Certificate
  (a past arrangement) and for this award is an action "to explore" with a target date of "Review
  2010" -> not_met.
- 3.1: an equality value statement plus level access at the centres; nothing on disclosure or
  adjustments to teaching or assessment -> partially_met.
- 3.2: two start points come from a tracked INSERTED paragraph (counts) plus Saturday repeats -> met.
- 3.3: e-learning exists (the WildNet forum) with peer support, but "County Recorders do not moderate
  the forum" and nothing else between Reserve Days -> partially_met.
- 4.3: stakeholders help deliver (guest speakers, hosts) but their part in evaluation is only hoped
  for -> partially_met.
- 5.3: enhanced CRB checks are of the trust's own staff and Voluntary Wardens (wrong people), the
  headteacher confirms only employment; a comment asks whether candidates are checked; the footer says
  "All our education staff are CRB checked" -> not_met.
- 5.5: specialist speakers are arranged, but a special-school visit only "may be arranged on
  request" -> partially_met.
- 5.8: second marking of a sample is a tracked DELETION; moderation "to be agreed with the
  University" -> partially_met.
- 5.9: participants' confidence is surveyed before and after, but the effect on pupils is only "we
  would hope to see" -> partially_met.
- 6.0: the award rule is a pass in each Survey Return at 50 per cent, not each outcome shown ->
  partially_met.
- 6.K3: disability equality law "is taught in the University's separate module EDU7102 and is not
  part of this award"; no row -> not_met.
- 6.S2c: no row and nothing in the text on helping other teachers with formative assessment ->
  not_met.
- 6.A3, 6.K4, 6.S4: worked on at a Reserve Day but "Field notes only" -> partially_met.
- 6.S2d: monitored in SR1 but worked on nowhere ("-") -> partially_met.
- A deleted table row in the Outcome Targets table (a self-evaluation row) does not count; 6.S6 and
  6.K7 are met from their own rows.
- Header/footer, comments and the deleted text are never evidence.
"""
from pathlib import Path

from _jn_helpers import Doc

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

d = Doc(author="Ruth Calloway", date="2008-11-24T09:30:00Z", font="Arial", size=10)
d.header_footer(
    header="Elmshire Biodiversity Partnership  |  Course Action Plan No. 27  |  SENCO Award  |  Version 3",
    footer="Elmshire Wildlife Trust is a registered charity. All our education staff are CRB checked. "
           "Printed on recycled paper.")

d.p([("b", "ELMSHIRE WILDLIFE TRUST - WILD LEARNING")], size=9, color="4F7F3A")
d.h("Course Action Plan No. 27: The Elmshire SENCO Award", 0)
d.p([("i", "Written in the format of the Elmshire Local Biodiversity Action Plan, as an application to the "
           "Training and Development Agency for Schools for approval to run the National Award for SEN "
           "Coordination from 2009.")])

d.table([
    ["Plan details", ""],
    ["Plan reference", "EBP/CAP/27 (education and engagement series)"],
    ["Lead partner", "Elmshire Wildlife Trust, Wild Learning (education and engagement department)"],
    ["Validating partner", "University of Marlingford, School of Education"],
    ["Other partners", "Elmshire County Council Learning Support Service; Elmshire SENCO Network; "
                       "Elmshire Parent Partnership; the schools of the Elmshire Forest School cluster"],
    ["Plan author", "Ruth Calloway, Head of Wild Learning"],
    ["Plan status", "Version 3, for submission"],
    ["Review date", "July 2010"],
], merges=[(0, 0, 0, 1)], widths=[4.5, 12])

d.h("Why a wildlife trust?", 1)
d.p("Wild Learning has worked with Elmshire schools for twenty-two years. Our six reserve education "
    "centres receive around 19,000 pupils a year, and roughly one in five of the groups that visit "
    "include pupils with statements of special educational needs or pupils at School Action Plus. For "
    "the last eight years we have run the county's outdoor learning training for teachers and teaching "
    "assistants, and since 2005 our Sallow Wood centre has been the base of the Elmshire Forest School "
    "cluster, whose SENCOs asked us in 2007 whether we would build a SENCO course with them. We have "
    "written this application in the format we use for every plan we write with our biodiversity "
    "partners, because that is how we plan: by saying where things stand now, what is affecting them, "
    "what we will do, who leads, and how we will know whether it has worked.")
d.p("Throughout the plan, a Reserve Day is a taught study day at one of our centres, a Transect is a "
    "piece of structured work a participant carries out in their own school between Reserve Days, and a "
    "Survey Return is a marked assignment. County Recorders are the course tutors, who teach and mark. "
    "Voluntary Wardens are the senior colleagues in each participant's school who act as their mentors.")

d.h("1. Current status", 1)
d.h("1.1 National status", 2)
d.p(["From September 2009 every newly appointed SENCO in a maintained school must be a qualified teacher "
     "and must achieve the National Award for SEN Coordination within three years of taking up the "
     "post.", ("fn", "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008."),
     " The Award is validated at masters level. The national picture is one of rapid expansion: "
     "universities and local authorities that have offered SENCO courses for many years are joined by "
     "new providers, and demand in the first two years is expected to exceed supply."])
d.h("1.2 County status", 2)
d.p("Elmshire has 241 maintained schools: 198 primary, 31 secondary and 12 special. The county council "
    "estimates that 46 SENCOs were appointed in 2007-08 and that between 35 and 50 will be appointed in "
    "each of the next three years. At present the nearest approved course is at the University of "
    "Marlingford's city campus, ninety minutes by road from the west of the county.")
d.p(["The programme reflects current thinking about special educational needs and disability, and our "
     "reading lists will be updated as new research and inspection reports are published.",
     ("fn", "See for example Ofsted (2006) Inclusion: does it matter where pupils are taught?, and "
            "Ofsted (2004) Special educational needs and disability: towards inclusive schools.")])

d.h("2. Current factors affecting SENCOs in Elmshire", 1)
d.p("In the LBAP format this section sets out the pressures on a species. For this plan it sets out what "
    "we found when we asked Elmshire's schools and services what new SENCOs need.")
d.p("In February and March 2008 the Trust and the county council's Learning Support Service sent a "
    "questionnaire to the headteacher and SENCO of all 241 maintained schools. 138 schools replied (57 "
    "per cent). We also held three focus groups with the Elmshire SENCO Network (31 SENCOs in all) and "
    "one with the Elmshire Parent Partnership's parents' panel. The main findings were:")
for t in [
    "travel: 64 per cent of rural primary schools said that a course more than an hour away would stop "
    "them releasing a SENCO, and most wanted study days close to home;",
    "cover: schools can release a teacher for about eight days across a year, no more;",
    "leadership: new SENCOs in small primary schools told us their biggest difficulty is persuading "
    "colleagues and the headteacher to change practice, not knowledge of SEN itself;",
    "provision mapping: the county's move to provision maps in 2008 had left many SENCOs unsure how to "
    "cost and evaluate provision;",
    "parents: the parents' panel told us that new SENCOs too often talk to parents rather than with them.",
]:
    d.bullet(t)
d.p("These findings shaped the course directly: Reserve Days are held at centres in the west, centre and "
    "east of the county; the course uses eight Reserve Days; the second and third Survey Returns are "
    "built around leading change with colleagues; and Reserve Day 4 is given over to provision mapping.")

d.h("3. Current action", 1)
d.h("3.1 What already exists", 2)
d.p("From 2003 to 2007 the county council ran the Elmshire SENCO Certificate, a non-accredited course of "
    "six days. That course had an assessment-only route, under which experienced SENCOs could submit a "
    "portfolio for the Certificate without attending. The Certificate closed in July 2007 and its "
    "arrangements have not been carried forward.")
d.h("3.2 How partners have shaped this plan", 2)
d.p("A steering group of two SENCO Network representatives, the Learning Support Service's principal "
    "officer, a headteacher from the Forest School cluster, a parent from the Parent Partnership and the "
    "University's programme director met four times in 2008. It changed the plan in three ways. It asked "
    "for Reserve Day 4 on provision mapping and for SR2 to be a costed provision map; it asked that the "
    "Transect on pupil voice be compulsory rather than optional; and the parent member persuaded us to "
    "move the session on working with families from the last Reserve Day to the sixth, so that "
    "participants have time to use it.")

d.h("4. Action plan objectives and targets", 1)
d.p("The aim of the course is to raise the achievement of children and young people with special "
    "educational needs and disabilities in Elmshire, and to improve their well-being in every sense of "
    "the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
    "positive contribution and achieving economic well-being. Every Survey Return asks the participant "
    "to show the effect of their work on pupils' achievement and well-being, and is marked on it.")
d.table([
    ["Objective", "What it means for the course", "Target"],
    ["O1", "Participants understand the law, guidance and policy on SEN and how to apply them in their school",
     "All participants pass SR1"],
    ["O2", "Participants can identify needs, plan provision and track progress, using provision mapping",
     "All participants pass SR2"],
    ["O3", "Participants lead a change in their own school and evaluate its effect on pupils",
     "All participants pass SR3"],
    ["O4", "Participants consult pupils and work with colleagues within and beyond the school",
     "All participants complete T2 and T3"],
    ["O5", "The course is within reach of every school in the county", "Centres in three districts"],
], widths=[1.5, 10, 5])

d.h("5. Proposed actions", 1)
d.p("The tables follow the LBAP convention: each action has a reference, a lead partner who is "
    "responsible for it, other partners and a target date.")

d.h("5.1 Policy and legislation", 2)
d.table([
    ["Ref", "Action", "Lead", "Partners", "Target date"],
    ["PL/01", "Validate the course as a 60-credit module at Level 7 (masters level), EDU7110 SENCO Award, "
              "within the University's Postgraduate Certificate in Inclusive Practice",
     "University of Marlingford", "Wild Learning", "Validated 17 October 2008"],
    ["PL/02", "Award the National Award for SEN Coordination to participants who pass each Survey Return "
              "at the University's pass mark of 50 per cent",
     "University of Marlingford Board of Examiners", "County Recorders", "Each July"],
    ["PL/03", "Apply the Trust's Equality and Diversity Policy to the course. The Trust is committed to "
              "equality of opportunity and welcomes applications from everyone",
     "Wild Learning", "-", "Ongoing"],
    ["PL/04", "Keep all three centres used for Reserve Days accessible: Pennock Mere, Sallow Wood and "
              "Highcombe Down have level access, accessible toilets and hearing loops",
     "Trust Estates Team", "-", "In place"],
], widths=[1.5, 7.5, 3, 2.5, 2.5])

d.h("5.2 Site safeguard and management", 2)
d.p("In the LBAP this heading covers protecting the sites where a species lives. Here it covers who may "
    "join the course and the safeguarding of children.")
d.table([
    ["Ref", "Action", "Lead", "Partners", "Target date"],
    ["SM/01", "Admit participants who hold Qualified Teacher Status, are working as SENCO or have been "
              "designated as SENCO from the following term, and have a supporting statement from their "
              "headteacher. Each applicant has a telephone interview with a County Recorder about their "
              "experience of SEN. An applicant who is not yet ready is given written guidance on what to do "
              "first (usually the county's SEN induction days) and we speak to the headteacher",
     "Wild Learning", "University Admissions", "Each June and November"],
    ["SM/02", ["Enhanced CRB disclosures for all Trust staff and Voluntary Wardens who work with children on "
               "Trust sites, renewed every three years"],
     "Trust HR", "-", "In place"],
    ["SM/03", "Headteacher confirms on the nomination form that the applicant is employed at the school",
     "Participants' headteachers", "Wild Learning", "At application"],
], widths=[1.5, 7.5, 3, 2.5, 2.5])
d.p([("c", "Nothing further on background checks is set out in this plan.",
      "Do we check the candidates' own CRB? I assumed the schools do it. Can someone find out before this "
      "goes? - RC", "Ruth Calloway")])

d.h("5.3 Species management and protection", 2)
d.p("This heading covers the course itself: how it is delivered, and how it is fitted to each participant.")
d.table([
    ["Ref", "Action", "Lead", "Partners", "Target date"],
    ["SP/01", "Baseline Survey: before Reserve Day 1 each participant rates themselves against every "
              "minimum outcome using our Baseline Survey form, and their Voluntary Warden adds comments. A "
              "County Recorder discusses the survey with the participant in a one-hour meeting and together "
              "they write an Individual Field Plan: the participant's personal outcome targets, which "
              "Transects to focus on and which optional sessions to attend",
     "County Recorders", "Voluntary Wardens", "Before RD1"],
    ["SP/02", "Accredit prior certificated learning: up to 20 credits of relevant masters-level study "
              "completed in the last five years may be set against SR1, under the University's APCL "
              "regulations. We do not accredit experiential learning",
     "University of Marlingford", "Wild Learning", "At admission"],
    ["SP/03", "Explore whether an assessment-only route could be offered for very experienced SENCOs",
     "University of Marlingford", "Wild Learning", "Review 2010"],
    ["SP/04", "Deliver eight Reserve Days, three Transects and three Survey Returns across three terms, "
              "with the fee (GBP 1,150) held at the level of the county's former Certificate; each "
              "participant chooses the focus of every Transect from their Individual Field Plan",
     "Wild Learning", "Learning Support Service", "From September 2009"],
    ["SP/05", "Repeat Reserve Days 1, 4 and 6 on a Saturday for participants who cannot be released on "
              "a weekday, and allow Transects to be completed in any order",
     "Wild Learning", "-", "From September 2009"],
    ["SP/06", "Run the WildNet online space on the University's Blackboard site: course materials, "
              "recorded talks and a discussion forum for each cohort",
     "University of Marlingford", "Wild Learning", "From September 2009"],
], widths=[1.5, 7.5, 3, 2.5, 2.5], del_rows=())
d.ins_para("A second cohort will start each January, following the same programme, so that SENCOs "
           "appointed in the autumn term can begin without waiting a year.")
d.p("Participants use the WildNet forum to share their Transect findings with one another and to ask "
    "questions of the group between Reserve Days. County Recorders do not moderate the forum; questions "
    "about assignments are answered on Reserve Days.")

d.h("5.4 Advisory", 2)
d.table([
    ["Ref", "Action", "Lead", "Partners", "Target date"],
    ["AD/01", "Course team (County Recorders): Ruth Calloway, MA (SEN), former SENCO in two Elmshire "
              "primary schools for eleven years, Head of Wild Learning; Dr Neil Ashdown, senior lecturer "
              "in inclusive education at Marlingford, Elmshire SENCO from 1996 to 2004, external examiner "
              "for two SENCO courses; Priya Venkatesh, specialist teacher for autism with the Learning "
              "Support Service, Advanced Diploma in Special Educational Needs; Tom Hale, educational "
              "psychologist. Each keeps their specialist knowledge current through at least five days of "
              "SEN-related development a year, recorded in the Trust's staff review",
     "Wild Learning", "University", "In place"],
    ["AD/02", "Speakers from the county's educational psychology, sensory support, speech and language "
              "therapy and behaviour support services contribute to Reserve Days 3, 5 and 7",
     "Learning Support Service", "Elmshire PCT", "Each cohort"],
    ["AD/03", "A visit to a special school may be arranged on request",
     "Wild Learning", "Special schools", "On request"],
    ["AD/04", "Resources: University library and e-journals for every participant; the Learning Support "
              "Service's assessment and assistive-technology loan collection (including screen readers, "
              "communication aids and the county's provision-mapping software); interactive whiteboards and "
              "laptops at every centre",
     "University / Learning Support Service", "Wild Learning", "In place"],
    ["AD/05", "Voluntary Wardens: each is given a written role description and the Warden's Handbook, and "
              "attends a half-day briefing at the start of the course on what the Warden does at each "
              "Transect, how to give feedback and how to sign off field notes. County Recorders hold a "
              "standardisation meeting before marking each Survey Return",
     "County Recorders", "Voluntary Wardens", "Before RD1; before each SR"],
], widths=[1.5, 7.5, 3, 2.5, 2.5])

d.h("5.5 Future research and monitoring", 2)
d.table([
    ["Ref", "Action", "Lead", "Partners", "Target date"],
    ["RM/01", "Every Reserve Day is evaluated by participants on the Trust's standard form; County "
              "Recorders review the evaluations at the end of each term and change the next term's "
              "sessions where needed",
     "County Recorders", "-", "Each term"],
    ["RM/02", "The University's external examiner reviews a sample of Survey Returns and reports each "
              "year; the course is included in the University's annual monitoring, and the steering group "
              "agrees an action plan in response to both reports",
     "University of Marlingford", "Steering group", "Each September"],
    ["RM/03", "Participants complete a confidence and competence questionnaire against the minimum "
              "outcomes at the Baseline Survey and again at the end of the course, and the differences are "
              "reported to the steering group",
     "Wild Learning", "-", "Each July"],
    ["RM/04", "Guest speakers and host schools contribute to the delivery of Reserve Days; we hope "
              "headteachers and the SENCO Network will also take part in evaluating the course",
     "Wild Learning", "SENCO Network", "From 2010"],
], widths=[1.5, 7.5, 3, 2.5, 2.5])
d.p(["All Survey Returns are marked by the participant's County Recorder.",
     ("del", " A 20 per cent sample of every Survey Return is second-marked by another County Recorder."),
     " Internal moderation arrangements are to be agreed with the University."])
d.p("The effect of the course on the pupils in participants' schools is harder to show within a year. We "
    "would hope to see improvements in the achievement of pupils with SEN in participants' schools over "
    "time.")

d.h("5.6 Communication and publicity", 2)
d.table([
    ["Ref", "Action", "Lead", "Partners", "Target date"],
    ["CP/01", "Advertise the course through the SENCO Network, the county's schools bulletin and the "
              "Trust's schools newsletter", "Wild Learning", "Learning Support Service", "Each spring"],
    ["CP/02", "Next Horizons: the last session of RD8, in which each participant drafts a professional "
              "development plan for the next two years, using the Trust's planning sheet and the "
              "University's guide to further study, to take to their performance management review with "
              "their headteacher", "County Recorders", "Headteachers", "RD8"],
    ["CP/03", "Invite participants to volunteer at one of the Trust's Family Wild Days, held at the "
              "reserves for families of children with SEN, if they would like to meet families outside "
              "school (optional)", "Wild Learning", "Parent Partnership", "Summer term"],
], widths=[1.5, 7.5, 3, 2.5, 2.5])

d.h("6. The programme", 1)
d.p("The course runs over three terms. The Reserve Days are spaced so that a Transect falls between "
    "each pair of them, and each Survey Return grows out of the Transects before it.")
d.h("6.1 Reserve Days", 2)
rd = [
    ("RD1 Pennock Mere: The SENCO's territory.",
     "The law, guidance and policy that frame the role: the Education Act 1996, the SEN Code of Practice "
     "(2001), the SEN Toolkit, Removing Barriers to Achievement and Every Child Matters, and what each "
     "means for the SENCO's daily work. The principles and five outcomes of Every Child Matters and the "
     "SENCO's part in them. Participants set up their field notebooks."),
    ("RD2 Sallow Wood: Getting to know the species.",
     "The most common kinds of SEN and disability (BESD, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate "
     "learning difficulties) and their effect on learning; building fair, respectful and supportive "
     "relationships with pupils and their families; what the research says works best for each."),
    ("RD3 Highcombe Down: Growth and habitat.",
     "How children develop, and how SEN, disability and the environment a child grows up in affect "
     "development, with the county's educational psychologists. The role of external agencies and how to "
     "get specialist support and resources from them, and how the SENCO works in partnership with health, "
     "social care and voluntary organisations."),
    ("RD4 Pennock Mere: Mapping the habitat.",
     "Provision mapping and management, with the county's software: identifying pupils who may have SEN, "
     "setting challenging targets, planning interventions and reviewing progress; using national "
     "curriculum tests, P scales and other summative data to track progress and adjust programmes; using "
     "assessments from educational psychologists, therapists and specialist teachers to develop teaching "
     "approaches; finding provision that is missing or not working."),
    ("RD5 Sallow Wood: Listening to the wood.",
     "Consulting children and young people, and making sure pupils take part in planning, agreeing and "
     "reviewing their own provision; approaches to assessment, planning, teaching and learning, including "
     "ICT, reviewed critically."),
    ("RD6 Highcombe Down: Working with families and colleagues.",
     "Liaising with parents and carers, with the Parent Partnership; advising and supporting colleagues; "
     "deploying and managing teaching assistants; organising your time, prioritising and delegating."),
    ("RD7 Pennock Mere: Leading the reserve.",
     "Influencing strategic development with senior colleagues and governors; gaining the commitment of "
     "the headteacher and staff; reviewing the effectiveness of provision with colleagues so that it "
     "informs school self-evaluation; the principles of school self-evaluation and improvement for SEN "
     "outcomes; supporting colleagues' development through observation, coaching and training."),
    ("RD8 Sallow Wood: Next Horizons.",
     "Presentations of SR3 projects to the cohort and Voluntary Wardens; keeping up to date and taking "
     "responsibility for one's own development; drafting the two-year development plan."),
]
for title, body in rd:
    d.p([("b", title + " "), body])

d.h("6.2 Transects", 2)
d.p([("b", "T1 The baseline walk. "),
     "In the first half term the participant walks the school with their Voluntary Warden, observes in "
     "three classrooms and records what provision for pupils with SEN exists and how it is organised. "
     "This is the participant's practical activity in school for the first two outcomes groups."])
d.p([("b", "T2 Pupil voice. "),
     "Each participant consults a group of at least six pupils with SEN about an aspect of their "
     "provision, using an approach taught at RD5 (for example talking mats, photographs, diamond "
     "ranking), and agrees changes with them. The findings go into SR2."])
d.p([("b", "T3 Working with colleagues. "),
     "Each participant plans and leads a staff meeting or INSET session for colleagues in their school and "
     "works with a SENCO from another school in the cluster on a shared issue. Their Voluntary Warden "
     "observes and gives written feedback."])

d.h("6.3 Survey Returns", 2)
d.p([("b", "SR1 Case study (3,000 words, 20 credits). "),
     "A study of one pupil with SEN: the pupil's needs in the light of the Code of Practice and the "
     "research, the assessments of professionals involved, the pupil's and parents' views, the targets "
     "set and the part the SENCO played. Marked by a County Recorder against published criteria."])
d.p([("b", "SR2 Costed provision map and commentary (3,000 words, 20 credits). "),
     "A provision map for the participant's school with a commentary that evaluates it, reports the T2 "
     "pupil consultation, and shows how summative and specialist assessments were used. Marked."])
d.p([("b", "SR3 Impact project (4,000 words and a presentation, 20 credits). "),
     "The participant leads a change in their school's provision, working with senior colleagues and "
     "governors, takes baseline measures of the pupils concerned before the change and measures them again "
     "at the end, and writes a critical account drawing on research. The account closes with a reflective "
     "section on the participant's own professional development and how they will keep up to date. "
     "Marked, and presented at RD8."])

d.h("7. Outcome targets", 1)
d.p("The table shows, for each of the national minimum outcomes (in our words), where it is worked on "
    "and how it is monitored. \"SR1\", \"SR2\" and \"SR3\" are the marked Survey Returns. \"Field notes "
    "only\" means the participant records the work in their field notebook, which the Voluntary Warden "
    "looks at and signs; field notebooks are not marked. Disability equality legislation is taught in the "
    "University's separate module EDU7102 and is not part of this award.")
rows = [
    ["Code", "Outcome target", "Worked on", "Monitored by"],
    ["Attributes", "", "", ""],
    ["AT1", "Fair, respectful and supportive relationships with pupils with SEN and their parents", "RD2", "SR1"],
    ["AT2", "Winning the commitment of colleagues, the headteacher and senior leaders", "RD7, T3", "SR3"],
    ["AT3", "Prioritising, managing time and delegating", "RD6", "Field notes only"],
    ["AT4", "Anticipating and solving problems; sound judgements about provision", "RD4", "SR2"],
    ["AT5", "Clear speaking and writing; listening to others' views", "T3, RD8", "SR3 presentation"],
    ["AT6", "Using research and outside advice to improve practice", "RD2, RD7", "SR3"],
    ["AT7", "Keeping up to date; owning one's own development", "RD8", "SR3"],
    ["Knowledge", "", "", ""],
    ["KN1", "Law and guidance on SEN, including the Code of Practice, and putting it into practice", "RD1", "SR1"],
    ["KN2", "Every Child Matters principles and outcomes; the SENCO's part", "RD1", "SR1"],
    ["KN4", "Child development and how SEN, disability and environment affect it", "RD3", "Field notes only"],
    ["KN5", "The most common SEN and disabilities and their effect on learning", "RD2", "SR1"],
    ["KN6", "Approaches, strategies and resources for assessment and teaching, including ICT", "RD5", "SR2"],
    ["KN7", "School self-evaluation and improvement for SEN outcomes", "RD7", "SR3"],
    ["KN8", "Best practice and research in meeting SEN", "RD2", "SR1"],
    ["KN9", "External agencies and getting specialist support", "RD3", "SR1"],
    ["Skills", "", "", ""],
    ["SK1", "Influencing strategic development with senior colleagues and governors", "RD7", "SR3"],
    ["SK2", "Identifying needs, setting targets, planning interventions, reviewing progress", "RD4", "SR2"],
    ["SK2a", "Using other professionals' assessments to develop teaching", "RD4", "SR1"],
    ["SK2b", "Using summative assessments and national tests to track progress", "RD4", "SR2"],
    ["SK2d", "Special arrangements for national tests and examinations", "-", "SR1"],
    ["SK3", "Provision mapping; finding missing or ineffective provision", "RD4", "SR2"],
    ["SK4", "Deploying and managing staff", "RD6", "Field notes only"],
    ["SK5", "Supporting colleagues' development: observation, coaching, training", "RD7, T3", "SR3"],
    ["SK6", "Reviewing provision with staff to inform school self-evaluation", "RD7", "SR3"],
    ["SK6x", "Self-evaluation of the Trust's own education service", "-", "-"],
    ["SK7", "Pupils involved in planning and reviewing their provision", "RD5, T2", "SR2"],
    ["SK8", "Liaising with parents and carers", "RD6", "Field notes only"],
    ["SK9", "Partnership with other services and agencies, including voluntary organisations", "RD3", "SR1"],
]
grp = [i for i, r in enumerate(rows) if r[0] in ("Attributes", "Knowledge", "Skills")]
d.table(rows, merges=[(r, 0, r, 3) for r in grp], shade={(r, 0): "E2EFD9" for r in grp},
        widths=[1.6, 9.5, 2.6, 3.3], del_rows=(next(i for i, r in enumerate(rows) if r[0] == "SK6x"),))
d.p([("c", "Outcome targets checked against the Annex 3 list by RC, 21 November 2008.",
      "KN3 missing? I think that is fine because the University covers it. - NA", "Neil Ashdown")])

d.h("8. Review", 1)
d.p(["This plan will be reviewed by the steering group in July 2010, after the first two cohorts, and "
     "reported to the Elmshire Biodiversity Partnership's education group and the University's School of "
     "Education. Any changes will be agreed with the University before they take effect.",
     ("c", " ", "Add the 2010 cohort numbers once confirmed.", "Ruth Calloway")])
d.p([("i", "Ruth Calloway, Head of Wild Learning, Elmshire Wildlife Trust, Sallow Wood Centre, "
           "Mardle Lane, Elmbridge.")])

d.save(OUT)
print("wrote", OUT)
