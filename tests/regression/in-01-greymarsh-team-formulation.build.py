"""in-01-greymarsh-team-formulation

Provider (invented): the Greymarsh CAMHS Schools Link Team, a joint team of
Greymarsh and Welland NHS Primary Care Trust (its Child and Adolescent Mental
Health Service) and Greymarsh Borough Council Children's Services, with the
University of Wendmere validating. Course: "The Greymarsh SENCO Award
(Wellbeing and Learning)", first cohort January 2009.

Document kind and layout: a CAMHS "team formulation" written up after the
team's formulation meeting, the way a CAMHS team formulates a case, but with
the new SENCOs of the borough's schools as the "case": a document-control
table; a shaded text box "The formulation in one paragraph"; the 5Ps
(Presenting, Predisposing, Precipitating, Perpetuating, Protective) as a grid
table with a merged, shaded title row; hypotheses H1-H7 (the team's beliefs);
then "Formulation-led plan" in Heading 2 sections in the team's own vocabulary
(Starting Formulation, Formulation Days FD1-FD8, Consultation Triads, Shadow
Sessions, the School-based Enquiry, Pieces 1-3, the Closing Formulation
conversation, the Award Board); a review plan; an "Outcome formulation map"
table (Outcome in our words | Worked on in | Judged in) with merged band rows.
Header carries a blanket claim ("All national outcomes assessed"); footer a
document status. Word comments, tracked changes (w:ins / w:del, including a
whole deleted paragraph), two footnotes.

Traps (requirement ids):
- 5Ps "Precipitating" tells a past arrangement: the old Link Course let
  experienced teachers be assessed without attending (until 2007); the plan
  says the team "decided not to offer an assessment-only route" (2.3 not_met).
  A comment asking whether EPs could be assessed only does not count.
- Hypotheses are beliefs ("We believe ..."): they carry no arrangement
  (1.1 is partly met: the aim is wellbeing, attainment "deliberately not"
  an aim; 1.5 is met elsewhere by FD4's content).
- Protective factors describe other bodies' arrangements: "Voices in
  Greymarsh" consults young people; the council's Learning Support Service
  runs dyslexia and MLD courses (6.K5 partly met: those needs are left to it).
- CRB: the team's own clinicians hold enhanced disclosures (wrong people);
  the plan says the team "does not carry out its own checks" on participants;
  a comment suggests Trust HR might: 5.3 not_met.
- Someone else's responsibility: further targets are left to the
  performance management reviewer, the team "takes no part" (2.5 not_met);
  special arrangements for tests are "the examinations officer's business"
  (6.S2d not_met).
- Tracked changes: an inserted sentence brings second marking and university
  moderation (5.8 met); a whole deleted paragraph held the placement week at
  a special school (5.5 partly met: Shadow Sessions and visiting specialists
  remain); "Piece 1 is marked pass/fail" deleted and "Piece 1 is not marked"
  inserted (6.A5 partly met: only Piece 1 touches it; 1.9 partly met).
- E-learning: a Moodle forum that "tutors do not monitor" (3.3 partly met;
  the Consultation Triads give support between days).
- Hopes: stakeholders' part in evaluation only "we would like" (4.3 partly
  met: they host Shadow Sessions); the SDQ for pupil impact "if they wish"
  (5.9 partly met).
- Entry: everyone a head nominates is accepted; the Starting Formulation "is
  for planning, not selection" (5.2 partly met; 2.2 met).
- Prior study credited, experience alone not (2.1 partly met).
- Award rule lets Piece 2 compensate for Piece 3 (6.0 partly met).
- Outcome map cells "Not judged" (6.K3, 6.S2b, 6.S7, 6.S8 partly met); time
  management absent (6.A3 not_met).
- Conditional: a summer intensive "if twelve or more heads ask" (3.2 is met
  anyway by two start points and repeated days).
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _in_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
doc = new_doc("Greymarsh CAMHS Schools Link Team  |  Team Formulation: new SENCOs  |  All national outcomes assessed",
              "Version 1.3, 2 December 2008. Status: for the TDA approval panel. Not a clinical record.")

para(doc, "Greymarsh CAMHS Schools Link Team", bold=True, size=16)
para(doc, "Team Formulation: New SENCOs in Greymarsh Schools", style="Title")
para(doc, "A 5Ps systemic formulation and the formulation-led plan for the Greymarsh SENCO Award (Wellbeing and Learning)", italic=True)

table(doc, [
    ["Document control", ""],
    ["Team", "Greymarsh CAMHS Schools Link Team (Greymarsh and Welland NHS Primary Care Trust and Greymarsh Borough Council Children's Services)"],
    ["Formulation meeting", "Thursday 16 October 2008, Marsh Lane Clinic, facilitated by Dr Helen Arkwright, Consultant Clinical Psychologist"],
    ["Written up by", "Rafe Okafor, Team Manager (tracked changes are his); comments by Dr Peter Lacey, Clinical Lead"],
    ["Sent to", "TDA approval panel, with the University of Wendmere's validation report"],
], widths=[4, 12])

text_box(doc, [
    ("The formulation in one paragraph", True),
    ("Newly appointed SENCOs in Greymarsh arrive in the role with little preparation, in schools where the emotional life of "
     "children and their learning are treated as two separate problems owned by two separate services. They are asked to hold "
     "both, often alone. Our formulation is that SENCOs stay stuck when nobody helps them think about a child as a whole, "
     "and that they move on when they are given a way of formulating a child's difficulties with colleagues, parents, "
     "the child and other services. The Award is our plan.", False),
], height_cm=4.6)
para(doc)

para(doc, "1. Why a formulation", style="Heading 1")
para(doc, "When a CAMHS team meets a case that is not moving, it stops and formulates: what is the presenting problem, what "
     "made it likely, what set it off, what keeps it going, and what is already helping. We did the same with the question "
     "the borough's headteachers brought to us in the spring of 2008: why do so many of our new SENCOs struggle, and "
     "leave the role within two years? This document is the write-up of that meeting, and of the plan that followed "
     "from it. We have kept the clinical shape on purpose, because it is the way our team thinks, and because the course "
     "we now propose teaches SENCOs to think in the same way about the children in their care.")
para(doc, "Fourteen people took part: six of the team's clinicians and teachers, three SENCOs, two headteachers, the "
     "council's Principal Educational Psychologist, a parent from the Greymarsh Parent Partnership and the University's "
     "programme leader. Two young people from Voices in Greymarsh sent written comments, which were read out.")

para(doc, "2. The 5Ps", style="Heading 1")
t = table(doc, [
    ["The 5Ps: new SENCOs in Greymarsh schools, October 2008"],
    ["P", "What we found"],
    ["Presenting", "Of the 61 SENCOs in the borough's schools, 27 have been in post less than two years. Requests from schools to "
                   "CAMHS for consultation about behaviour doubled between 2005 and 2008, and most came from new SENCOs. Heads "
                   "tell us their SENCOs are overwhelmed by paperwork and by children whose distress shows up as behaviour."],
    ["Predisposing", "Most SENCOs are class teachers given the role with no training. Few have worked alongside a mental health "
                     "professional. The borough has high deprivation in its two northern wards and a high rate of exclusion "
                     "of pupils with behavioural, emotional and social difficulties."],
    ["Precipitating", "The council's old Link Course ended in 2007. Until 2007 the Link Course allowed experienced teachers to be "
                      "assessed without attending, and it sent every participant for a week in a special school. When it "
                      "ended there was nothing in its place, and the TaMHS pilot raised schools' expectations of CAMHS."],
    ["Perpetuating", "SENCOs work alone; nobody supervises them in the way a clinician is supervised. Services meet schools one "
                     "child at a time, so SENCOs never see the pattern. The team's clinicians hold a current enhanced CRB "
                     "disclosure, renewed every three years, but schools still ask whether they may share case information "
                     "with us, and that slows everything down."],
    ["Protective", "Voices in Greymarsh, the young people's participation group, consults pupils for the council and would "
                   "talk to SENCOs. The council's Learning Support Service runs its own courses on dyslexia and moderate "
                   "learning difficulties. The SENCO network meets each half term. Heads want this to work and have said so."],
], widths=[3.2, 12.8])
para(doc, "3. Hypotheses", style="Heading 1")
para(doc, "From the 5Ps the meeting agreed seven working hypotheses. They are the team's beliefs about what would help; the plan "
     "in section 4 is what we will actually do.")
hyps = [
    "H1. We believe that a SENCO who can formulate a child's difficulties with others will make better decisions about provision.",
    "H2. We believe that the children who worry schools most are those whose emotional difficulties and learning difficulties are treated apart.",
    "H3. We believe that SENCOs who listen to children will find that children tell them what works.",
    "H4. We believe that peer consultation protects SENCOs from isolation in the way clinical supervision protects our own staff.",
    "H5. We believe that the SENCO's most important partner is the headteacher.",
    "H6. We believe that when parents are treated as experts on their child, relationships with school improve.",
    "H7. We believe that a course should change what happens in a school, not just what a teacher knows.",
]
for h in hyps:
    para(doc, h, style="List Paragraph")
para(doc, "4. Formulation-led plan: the Greymarsh SENCO Award", style="Heading 1")
para(doc, "4.1 What the Award is", style="Heading 2")
p = para(doc, "The Greymarsh SENCO Award (Wellbeing and Learning) is a Postgraduate Certificate of 60 credits at Masters level (M level). "
         "The University of Wendmere validated it at its event on 4 December 2008, and the University confers the award. "
         "It runs over one school year on a part-time basis.")
footnote(doc, p, "The validation event was chaired by Professor A. Ruddock, Dean of Health and Education, with an external member from another university.")
para(doc, "The aim of the Award is to improve the emotional wellbeing, safety and health of pupils with special educational needs "
     "and disabilities by improving what their SENCOs know and do. We have deliberately not made attainment an aim of the "
     "Award: other courses in the borough do that, and our team's expertise is in wellbeing. The Award's four objectives are "
     "that each SENCO can formulate a pupil's needs with others, can plan and review provision for that pupil, can lead "
     "colleagues in doing the same, and can work alongside families and other services.")

para(doc, "4.2 Before the course: the Starting Formulation", style="Heading 2")
para(doc, "Headteachers nominate their SENCO on the council's nomination form. Participants must hold Qualified Teacher Status "
     "and be the SENCO, or be about to become the SENCO, of a Greymarsh school. Everyone a head nominates is accepted.")
para(doc, "Six weeks before the first Formulation Day, each participant completes the Starting Formulation: a self-rating "
     "against every national outcome on a five-point scale, with a short piece of writing about one child. A tutor reads "
     "both and meets the participant for an hour. Together they agree an Individual Learning Plan that sets out the "
     "participant's personal outcomes, which Formulation Days and optional sessions they most need, and which pupil their "
     "Piece 2 will be about. The Starting Formulation is for planning, not selection. Tutors revisit the Individual "
     "Learning Plan at each Consultation Triad review and the Plan is updated in the participant's file.")
para(doc, "The council pays the University fee of £1,150 a place from its Standards Fund, and schools pay supply cover for "
     "the eight days. Triads meet in participants' schools to save travel and cover, and a participant whose Starting "
     "Formulation shows an outcome already secure may replace the matching Formulation Day with a school visit chosen "
     "with the tutor.")
para(doc, "Participants who hold the University's Certificate in Child and Adolescent Mental Health, or another certificated "
     "course at Masters level, may ask for up to 20 credits of that study to be counted, through the University's "
     "accreditation of prior learning procedure. Experience alone is not credited. ")
para(doc, "The team considered an assessment-only route for experienced teachers, such as the old Link Course offered. We "
     "decided not to offer an assessment-only route: every participant attends the Formulation Days.")
c = para(doc, "Everyone on the Award therefore takes the same taught route, adjusted to their Individual Learning Plan.")
comment(doc, c, "Could we offer assessment only for the EPs who keep asking? Raise at Award Board?")

para(doc, "4.3 The Formulation Days", style="Heading 2")
para(doc, "There are eight Formulation Days, each held twice (a Tuesday and the following Thursday) at Marsh Lane Clinic or "
     "the council's Learning Centre, so that a participant can choose the day that suits the school. Each day opens with a "
     "case presented by a SENCO and formulated by the group, and closes with a triad task for the weeks ahead.")
table(doc, [
    ["Day", "Title", "What happens"],
    ["Autumn and spring"],
    ["FD1", "The SENCO and the child as a whole", "Every Child Matters and its five outcomes; the SENCO's part in them; child development from infancy to adolescence, attachment, and how SEN, disability, poverty and the classroom shape development."],
    ["FD2", "The law and the policy", "The SEN Code of Practice (2001) and what it requires of schools and SENCOs, in practice; the Disability Discrimination Act 1995 as amended, the disability equality duty and accessibility planning; the TaMHS programme, the Inclusion Development Programme and the Bercow Review (2008)."],
    ["FD3", "Needs that show up as behaviour", "Behavioural, emotional and social difficulties, speech, language and communication needs and autistic spectrum disorders: what they are and how they affect learning; formulating a pupil's difficulties using assessments from psychologists, therapists and CAMHS."],
    ["FD4", "Hearing the child", "Skills in consulting children and young people: talking mats, scaling questions and solution-focused interviewing; running pupil-centred reviews; how pupils can plan, agree and evaluate their own provision. Two members of Voices in Greymarsh co-present."],
    ["Summer"],
    ["FD5", "Families and other services", "Working alongside parents and carers: the parent's account, difficult conversations, building trust; the scope of CAMHS tiers 1 to 4, educational psychology, social care, health and the voluntary sector, and how to get their help."],
    ["FD6", "Planning, tracking and provision", "Provision mapping and management; setting targets; planning and reviewing interventions; tracking progress with national test results and the school's data; approaches and ICT that remove barriers."],
    ["FD7", "Leading adults", "Deploying and managing teaching assistants and learning mentors; coaching, modelling and feedback after observation; running training for staff; helping colleagues use formative assessment with pupils with SEN."],
    ["FD8", "The school that learns", "School self-evaluation and SEN outcomes; working with governors and senior leaders on an inclusive ethos and policy; using research and outside advice; the Closing Formulation."],
], widths=[1.5, 4.5, 10])
para(doc, "Research and inspection evidence runs through every day: Ofsted's Inclusion: does it matter where pupils are taught? "
     "(2006), the Bercow Review (2008), the early findings of the TaMHS pathfinders, and current work on provision mapping. "
     "Tutors set one reading before each day and use it in the morning's case.")
para(doc, "The Learning Support Service's courses on dyslexia and on moderate learning difficulties are recommended to "
     "participants; specific learning difficulties and moderate learning difficulties are not covered in the Formulation Days.")
para(doc, "A summer intensive, covering FD5 to FD8 in one week, may be offered if twelve or more heads ask for it. The Award "
     "has two starting points, January and September, and a participant who joins in September takes the summer days first.")

para(doc, "4.4 Between the days: Consultation Triads and the forum", style="Heading 2")
para(doc, "Between Formulation Days every participant meets in a Consultation Triad: three SENCOs and a CAMHS primary mental "
     "health worker as facilitator, for ninety minutes every three weeks in one of the three schools. In the triad each SENCO "
     "brings a current problem and the others consult on it using the model taught on FD1, so that participants practise "
     "advising and supporting colleagues and being advised. The facilitator reviews each participant's Individual Learning "
     "Plan with them at every second meeting.")
para(doc, "The Award also has a discussion forum on the Trust's Moodle site, where participants share resources and post "
     "questions for each other. Tutors do not monitor the forum. ")

para(doc, "4.5 In school: the School-based Enquiry and the Shadow Sessions", style="Heading 2")
para(doc, "Each participant carries out a School-based Enquiry in their own school across the year: a change to the school's "
     "provision for pupils with SEN, agreed with the headteacher, planned, carried out and reviewed. It is the basis of "
     "Piece 3, and it is the way the Award makes a difference to practice: a participant cannot pass Piece 3 without showing "
     "what changed in the school, for whom, and how they know.")
para(doc, "Each participant also joins two Shadow Sessions, in which they sit in on a CAMHS clinician's consultation with "
     "staff in another school and then discuss it with the clinician. Speech and language therapists from the Trust and "
     "the council's specialist teachers for sensory impairment lead an afternoon each in the summer term.")
deleted_para(doc, "In the spring term every participant also spends a placement week at Fen Edge Special School, shadowing the "
             "special school's SENCO and its outreach teachers, arranged and supervised by the team.")

para(doc, "4.6 The Pieces: how the Award is assessed", style="Heading 2")
tracked_para(doc, [("n", "The Award has three Pieces. "),
                   ("d", "Piece 1 is marked pass/fail. "),
                   ("i", "Piece 1 is not marked. "),
                   ("n", "Pieces 2 and 3 are marked against the University's Masters level criteria and against the outcomes each "
                         "is designed to show.")])
runin(doc, "Piece 1: Reflective Consultation Log.", "Entries after each Consultation Triad: what the participant brought, how "
      "they listened and what they said, what they will do. The facilitator reads the Log and writes comments each term.")
runin(doc, "Piece 2: The Case Formulation (4,000 words).", "A formulation of one pupil with SEN, built from assessments by a "
      "range of professionals, the pupil's own account and the parents' account: the pupil's needs, the targets set, the "
      "interventions planned, the review of progress, the decisions the participant made and why, and how the participant "
      "built the relationship with the pupil and the family. It must show use of research and of outside advice.")
runin(doc, "Piece 3: The Whole-School Formulation (4,000 words and a presentation).", "The School-based Enquiry written up: "
      "the school's provision map, what it showed was ineffective or missing, the change led by the participant, how staff "
      "were deployed and trained (including one session the participant ran for colleagues), how the change was reviewed "
      "with staff, and how it fed the school's self-evaluation. The participant presents it to the headteacher and a "
      "governor, and shows how they gained their commitment.")
runin(doc, "The Closing Formulation.", "A twenty-minute professional conversation with two tutors at the end of the year, "
      "on the participant's learning and how they keep up to date with SEN and disability and plan their own development.")
tracked_para(doc, [("n", "Each Piece is marked by the tutor who knows the participant. "),
                   ("i", "Every Piece 2 and Piece 3 is second-marked by a tutor who does not know the participant, and the "
                         "University's moderator samples a third of all marked work each term before the Award Board."),
                   ])
para(doc, "The Award Board (the programme leader, two tutors, the University's link tutor and the external examiner) meets "
     "each July and December. The award is made to participants who pass Piece 2 and Piece 3 and complete the Closing "
     "Formulation. A participant whose Piece 3 falls short may still pass if the two Pieces together average 50 per cent.")
para(doc, "Setting targets for the year after the Award is a matter for the participant's performance management reviewer "
     "in school. The team takes no part in it. We hope participants will go on to the University's MA.")
para(doc, "Special arrangements for pupils in national tests and examinations are the examinations officer's business in each "
     "school and are not part of the Award.")

para(doc, "4.7 Access and equality", style="Heading 2")
para(doc, "The nomination form asks every participant whether they have a disability or a health condition and what "
     "adjustments they need, and the programme leader phones each one who says yes before the Starting Formulation. Both "
     "venues have level access, a hearing loop and accessible toilets. Materials are sent a week ahead in the participant's "
     "chosen format (large print, electronic, coloured paper), extra time is agreed for Pieces 2 and 3 where needed, and "
     "British Sign Language interpreters are booked through the council. The Trust's Single Equality Scheme applies to "
     "the Award, and the Award Board reviews completion and pass rates by disability, ethnicity and gender each year.")

para(doc, "4.8 Who teaches it", style="Heading 2")
p = para(doc, "The Award is led by Dr Helen Arkwright (Consultant Clinical Psychologist, 14 years in CAMHS, lead for the "
         "Trust's TaMHS work). The tutors are Rafe Okafor (Team Manager, a former secondary SENCO with an MA in Special and "
         "Inclusive Education), Joanne Pryce (Specialist Teacher, Behaviour, National SENCO Award holder), Simon Hale "
         "(Educational Psychologist, council) and Amira Dhillon (Primary Mental Health Worker). Three further primary mental "
         "health workers facilitate the triads. All keep their practice current through the Trust's clinical supervision "
         "and the council's SEN updates.")
footnote(doc, p, "Dr Arkwright and Mr Hale are registered with the Health Professions Council.")
para(doc, "Tutors and facilitators meet for an induction day before the first cohort and use the Award Handbook for Tutors, "
     "which sets out each role, the marking criteria and how to write feedback. The schools that host Shadow Sessions get "
     "a written briefing and a phone call from the programme leader. Facilitators meet the programme leader each half "
     "term for supervision of their triad work.")
para(doc, "Resources: the Trust library and the University's library and e-journals are open to every participant; the "
     "council's ICT team lends assistive technology (text-to-speech, recording pens, communication software) for trial in "
     "school; the Award's assessment and observation kits are held at Marsh Lane Clinic.")
para(doc, "Participants are employed teachers. As all participants are employed teachers, the team does not carry out its "
     "own checks on their CRB disclosure.")
c = para(doc, "Heads are reminded on the nomination form that participants will work with pupils in other schools during "
         "Shadow Sessions.")
comment(doc, c, "Trust HR will check CRB at enrolment - add this? PL")

para(doc, "5. Reviewing the formulation", style="Heading 1")
para(doc, "A formulation is a hypothesis, and we will test ours. Internally, every Formulation Day is evaluated by "
     "participants on the day; triad facilitators report each term on attendance and themes; marks and Board outcomes are "
     "analysed each year. Externally, the University's external examiner reports each year, and the council's School "
     "Improvement Service reports on SENCO practice in the participants' schools. The Award Board writes an annual review "
     "with an action plan each September, and the changes it agrees are made to the next cohort's days and Handbook.")
para(doc, "Participants rate their confidence against each national outcome in the Starting Formulation and again at the "
     "Closing Formulation, and the change is reported to the Board. Participants may, if they wish, use the Strengths and "
     "Difficulties Questionnaire before and after the change they make in school.")
para(doc, "Stakeholders already shape the Award. The survey of all 61 SENCOs and heads in June 2008 (48 replies) asked what new "
     "SENCOs needed most; the three top answers (managing behaviour as distress, working with parents, getting help from "
     "other services) became FD3, FD5 and the triads. The heads asked for provision mapping, so FD6 was added; Voices in "
     "Greymarsh asked that young people teach part of FD4, and they do. Host schools and Voices in Greymarsh take part in "
     "delivery through the Shadow Sessions and FD4. We would like heads, parents and young people to help us evaluate the "
     "Award in future years.")

para(doc, "6. Outcome formulation map", style="Heading 1")
para(doc, "Each national outcome in our words, where the Award works on it, and where it is judged. \"Not judged\" means the "
     "Award works on the outcome but no marked Piece assesses it.")
rows = [
    ["Outcome (our words)", "Worked on in", "Judged in"],
    ["Attributes"],
    ["Builds fair, respectful relationships with pupils and families", "FD4, FD5", "Piece 2"],
    ["Wins the commitment of the head and senior leaders", "FD8", "Piece 3 presentation"],
    ["Makes sound decisions and solves problems about provision", "FD3, FD6", "Piece 2"],
    ["Speaks and writes clearly; listens to others", "Triads", "Piece 1"],
    ["Uses research and outside advice to improve practice", "FD8, all days", "Piece 2"],
    ["Keeps up to date and owns their CPD", "FD8", "Closing Formulation"],
    ["Knowledge"],
    ["The SEN law and the Code of Practice in practice", "FD2", "Piece 2"],
    ["Every Child Matters and the SENCO's part", "FD1", "Piece 2"],
    ["Disability equality law and duties", "FD2", "Not judged"],
    ["How children develop and what affects development", "FD1", "Piece 2"],
    ["Common SEN: BESD, SLCN, ASD", "FD3", "Piece 2"],
    ["Approaches, strategies and ICT for teaching and assessment", "FD6", "Piece 2"],
    ["School self-evaluation and SEN outcomes", "FD8", "Piece 3"],
    ["Best practice and research on SEN", "All days", "Piece 2"],
    ["External agencies and how to get their help", "FD5", "Piece 2"],
    ["Skills"],
    ["Influences ethos and policy with senior leaders and governors", "FD8", "Piece 3"],
    ["Identifies needs, sets targets, plans and reviews interventions", "FD3, FD6", "Piece 2"],
    ["Uses other professionals' assessments", "FD3", "Piece 2"],
    ["Tracks progress with national tests and data", "FD6", "Not judged"],
    ["Helps colleagues with formative assessment", "FD7", "Piece 3"],
    ["Provision mapping; spots missing provision", "FD6", "Piece 3"],
    ["Deploys and manages support staff", "FD7", "Piece 3"],
    ["Develops colleagues: coaching, modelling, training", "FD7, triads", "Piece 3"],
    ["Reviews provision with staff for self-evaluation", "FD8", "Piece 3"],
    ["Involves pupils in planning and reviewing provision", "FD4", "Not judged"],
    ["Liaises with parents and carers", "FD5", "Not judged"],
    ["Works with other services and voluntary bodies", "FD5, Shadow Sessions", "Piece 2"],
]
table(doc, rows, widths=[8.5, 4, 3.5])
para(doc, "Helen Arkwright, Programme Leader, and Rafe Okafor, Team Manager, for the Greymarsh CAMHS Schools Link Team")

finish_footnotes(doc)
doc.save(os.path.join(HERE, "in-01-greymarsh-team-formulation.docx"))
