"""hy-01-readstart-root-cause-analysis

Provider (invented): the Readstart Trust, a national literacy intervention charity that
trains Teacher Leaders, who train Readstart Teachers, who teach daily one-to-one
"Readstart lessons" to the lowest-attaining six-year-olds. It applies with the University
of Aldbourne (which has validated the programme) to run the National Award for SEN
Coordination from September 2009.

Document kind and layout: the Trust's quality team's Root Cause Analysis report RCA-07,
"Sustaining the Gains", sent whole to the panel because the Award is its Countermeasure
CM1. A shaded text box (note to the panel) opens it; a document-control table; heading
styles; a problem statement and a follow-up data table; a fishbone turned into a table
(People / Methods / Measures / Materials / Environment / Management); three typed
"Why 1 ... Why 5" chains; root causes RC1-RC5; a countermeasure register with Owner and
Status columns (Adopted / Not pursued / Deferred / Recommended to LAs); the Trustees'
decision; then Appendix A (the Award: Study Blocks table with merged cells, Centre Days,
Behind the Screen sessions, Colleague Visits, three tasks and a Professional
Conversation), Appendix B (the "Award Outcome Grid" in the Trust's own words, merged and
shaded group rows, a "How we check it" column) and Appendix C (quality). Header and a
footer; two Word comments; a "[TBC]" placeholder.

Traps (requirement ids):
- The RCA itself interviewed 41 children and ran parent focus groups: the Trust consulting
  children, not the course developing participants' skill (1.5 partially_met, 6.S7 p).
- Countermeasure CM3 (parent workshops) is "Not pursued"; parents appear in the course
  only as an unassessed Block 3 session (1.7 p, 6.S8 p). The Case Inquiry assesses the
  relationship with the pupil only, not with parents (6.A1 p).
- CM4 "online follow-up tracker" is deferred and is for schools, not e-learning; the
  course says "There is no e-learning element" (3.3 not_applicable).
- CM5 TA guidance is owned by local authorities (someone else's responsibility); the
  course's own Block 4 / Provision Review still develops and assesses deployment (6.S4 met).
- The Award's aims name attainment only (1.1 p); Every Child Matters is "Not assessed"
  (6.K2 p).
- Credit only for certificated study; "We do not accredit experiential learning" (2.1 p).
- "There is no assessment-only route" (2.3 not_met).
- One start a year, fixed order; only deferral of a Block (3.2 p).
- Heads and parents on the Programme Board only hoped for; a comment about parent reps
  (4.3 p).
- The footer claims CRB checks on candidates; the body says the Trust "does not itself
  check CRB disclosures"; a comment asks whether to say checks are done (5.3 not_met).
- No placements: "we do not arrange visits to other settings" (5.5 p).
- Moderation across centres and the external examiner's role "[TBC]" (5.8 p).
- Compensation between tasks (6.0 p); several outcomes not assessed (1.9 p).
- No grid row for school self-evaluation; the only "self-evaluation" is the Trust's own
  self-evaluation form for its Trustees (wrong context) (6.K7 not_met).
- Access arrangements for tests "Not covered in 2009-10", the headteacher's job (6.S2d n).
- The time log and Reading Log are "not marked" / "not assessed" (6.A3 p, 6.A7 p).
- Impact measures are concrete: baseline and follow-up measures on pupils, confidence
  ratings, the fall-back rate (5.9 met).
"""
from pathlib import Path
from _hy_helpers import (new_doc, para, runs, table, group_row, set_cell, shade, textbox,
                         header_footer, comment, save)

HERE = Path(__file__).resolve().parent
NAME = "hy-01-readstart-root-cause-analysis"

d = new_doc()
header_footer(d, "Readstart Trust | Quality and Impact | RCA-07 Sustaining the Gains | v1.1",
              "Readstart Trust, a registered charity. All Award candidates hold a current CRB enhanced "
              "disclosure. Readstart lessons and Behind the Screen are names used by the Trust.")

para(d, "Sustaining the Gains", style="Title")
para(d, "Root Cause Analysis Report RCA-07: why do some children lose ground after one-to-one "
        "reading lessons, and what will we do about it?", italic=True, size=12)

textbox(d, [
    ("Note for the TDA approval panel", True),
    ("This is the report our Trustees' Quality Committee received in November 2008. We send it whole "
     "because the National Award for SEN Coordination, which we propose to run with the University of "
     "Aldbourne, is our Countermeasure CM1, and the report shows why the course is built as it is. "
     "Sections 1 to 7 are the analysis as the Trustees read it. The course itself is set out in "
     "Appendix A, its outcomes in Appendix B and its quality arrangements in Appendix C.", False),
    ("Dr Helen Marchbank, Director of Quality and Impact, December 2008", False),
], height=120)

para(d, "Document control", bold=True)
table(d, [
    ["Version", "Date", "Author", "Change"],
    ["0.3", "August 2008", "H. Marchbank", "First draft for the RCA team"],
    ["0.9", "October 2008", "H. Marchbank, RCA team", "Five Whys chains and root causes verified"],
    ["1.0", "November 2008", "Quality Committee", "Approved by the Trustees' Quality Committee"],
    ["1.1", "December 2008", "H. Marchbank, T. Okafor", "Appendices A to C added for the TDA panel"],
])

# ---------------------------------------------------------------- 1
para(d, "1 The problem", style="Heading 1")
para(d, "Readstart lessons are daily, individual, thirty-minute lessons taught by a trained Readstart "
        "Teacher to the lowest-attaining six-year-olds in a school, for between twelve and twenty weeks. "
        "In 2005-06, 2,318 children completed a full series of lessons in 611 schools in England, and 79 "
        "per cent of them reached the average band for their class by the end of their series. That is "
        "the figure we have always reported.")
para(d, "Our follow-up of the same children to the end of Key Stage 1 showed a less comfortable picture. "
        "Where the school's SENCO described the coordination of literacy support as planned and reviewed, "
        "11 per cent of the children who had reached the average band had fallen back below level 2c by "
        "the end of Year 2. Where the SENCO described it as ad hoc, or where the school had no SENCO in "
        "post for part of the year, the figure was 34 per cent.")
t = table(d, [
    ["SENCO's description of coordination", "Schools", "Children followed up", "Fell back below 2c", "Per cent"],
    ["Planned and reviewed", "203", "791", "87", "11"],
    ["Partly planned", "244", "902", "181", "20"],
    ["Ad hoc, or no SENCO in post", "164", "625", "213", "34"],
    ["All schools", "611", "2,318", "481", "21"],
])
p = para(d, "")
runs(p, ("Problem statement. ", "b"),
     "Too many children who leave Readstart lessons reading at the average band for their class do not "
     "sustain that progress through Key Stage 1, and the loss is concentrated in schools where provision "
     "for pupils with special educational needs is weakly coordinated.")
para(d, "We did not set out to study SEN coordination. We set out to find why our own results fade. But "
        "every line of the analysis led back to the same place: the person in the school who plans, "
        "joins up and reviews what happens to a child after the lessons stop.")

# ---------------------------------------------------------------- 2
para(d, "2 How we did the analysis", style="Heading 1")
para(d, "The RCA team met six times between March and October 2008. It was led by the Director of "
        "Quality and Impact and included four Teacher Leaders, two headteachers (Miriam Oduya of St "
        "Bede's Primary and Colin Farrant of Harewood Junior), two SENCOs, a parent governor (Janet Pask), "
        "an educational psychologist from Aldbourne County Council and Dr Ruth Selley of the University of "
        "Aldbourne.")
para(d, "The team gathered evidence in five ways:")
for b in [
    "a survey of the SENCOs of all 611 schools, returned by 392 (64 per cent), about their time, training, "
    "place in the school's leadership and what happens when a child finishes lessons;",
    "telephone interviews with 38 headteachers, chosen to cover the three coordination groups in the table;",
    "observation of 19 exit meetings at the end of a child's series of lessons;",
    "conversations with 41 children in Year 2, using picture prompts, about what helps them with reading "
    "in class now that lessons have ended;",
    "four focus groups with 26 parents and carers, held in school halls after the school day.",
]:
    para(d, b, style="List Bullet")
para(d, "The children told us, more clearly than the adults did, that after lessons stopped nobody asked "
        "them what helped. Several said they had not known their lessons had ended for good. This is "
        "evidence the Trust gathered for this review; it is reported here as a finding, not as part of "
        "any course.")

# ---------------------------------------------------------------- 3
para(d, "3 Contributing causes (the fishbone)", style="Heading 1")
para(d, "The team's fishbone diagram was drawn on the wall of the Leeds training centre. It is set out "
        "here as a table, one bone to a row.")
table(d, [
    ["Bone", "Contributing causes the team found", "Main evidence"],
    ["People", "41 per cent of SENCOs had been in post under two years; 58 per cent had no training for the "
               "role beyond a one-day local authority induction; class teachers often did not know what the "
               "child had learned in lessons.", "SENCO survey; headteacher interviews"],
    ["Methods", "No planned handover from the lesson to the classroom; the child's targets were written by "
                "the Readstart Teacher alone, not agreed with the class teacher, the child or the parents.",
     "Exit meeting observations; parent focus groups"],
    ["Measures", "Progress data gathered at the end of lessons was rarely looked at again; whole-school "
                 "tracking in sub-levels was too coarse to show a child slipping.", "SENCO survey; follow-up data"],
    ["Materials", "Class texts too hard for children just out of lessons; little written guidance for "
                  "teaching assistants on how to continue the work.", "Exit meeting observations"],
    ["Environment", "Frequent changes of class teacher; SENCOs with a full teaching timetable and no "
                    "release time.", "SENCO survey"],
    ["Management", "The SENCO was not on the senior leadership team in 71 per cent of schools; heads were "
                   "rarely told about outcomes; teaching assistants were deployed to fit the timetable, not "
                   "the children's needs.", "Headteacher interviews; SENCO survey"],
])

# ---------------------------------------------------------------- 4
para(d, "4 The Five Whys", style="Heading 1")
para(d, "The team took the three strongest contributing causes and asked why five times. Each chain was "
        "tested against the evidence before the next why was allowed.")
chains = [
    ("Chain A: the handover", [
        "Why do children fall back? Because the support they get in class after lessons does not build on "
        "what they learned in lessons.",
        "Why? Because the class teacher and the teaching assistant do not know what the child can now do.",
        "Why? Because there is no meeting at the end of lessons that includes them, or the meeting is a "
        "hand-over of a folder.",
        "Why? Because nobody in the school is responsible for planning what happens next.",
        "Why? Because the SENCO has neither the time nor the training to coordinate it, and the head has "
        "not asked for it. (Root causes RC1 and RC2)",
    ]),
    ("Chain B: the data", [
        "Why is slipping not noticed? Because progress is not reviewed after lessons end.",
        "Why? Because the school tracks reading in whole sub-levels each term.",
        "Why? Because nobody has set up finer measures for children who have had extra help.",
        "Why? Because the SENCO does not see data as part of the role.",
        "Why? Because SENCO training, where there was any, did not cover tracking and provision mapping. "
        "(Root cause RC3)",
    ]),
    ("Chain C: the people around the child", [
        "Why do children say nobody asks what helps? Because their targets are written for them.",
        "Why? Because reviews are held without the child and, often, without the parents.",
        "Why? Because there is no agreed way in the school of involving them.",
        "Why? Because the SENCO has not been helped to lead that culture.",
        "Why? Because the school's leaders have not made it a priority. (Root causes RC4 and RC5)",
    ]),
]
for title, whys in chains:
    para(d, title, bold=True)
    for i, w in enumerate(whys, 1):
        p = para(d, "")
        runs(p, (f"Why {i}: ", "b"), w)

# ---------------------------------------------------------------- 5
para(d, "5 Root causes", style="Heading 1")
table(d, [
    ["Root cause", "Statement", "Verified by"],
    ["RC1", "SENCOs are appointed without training for leading and coordinating provision.", "SENCO survey; interviews"],
    ["RC2", "There is no planned exit from one-to-one lessons into the classroom.", "Exit meeting observations"],
    ["RC3", "Schools do not use progress data to review provision after an intervention ends.", "Follow-up data"],
    ["RC4", "Children and parents are not involved in planning and reviewing support.", "Children's conversations; focus groups"],
    ["RC5", "Teaching assistants are deployed without a plan led by the SENCO.", "SENCO survey"],
])

# ---------------------------------------------------------------- 6
para(d, "6 Countermeasures", style="Heading 1")
para(d, "The team proposed six countermeasures. The register below shows where each stands in December 2008.")
cm = table(d, [
    ["CM", "Countermeasure", "Root causes", "Owner", "Status"],
    ["CM1", "The National Award for SEN Coordination, taught by the Trust and validated by the University "
            "of Aldbourne (Appendix A).", "RC1, RC3, RC5", "Director of Training",
     "Validated; submitted for TDA approval; first cohort September 2009"],
    ["CM2", "Exit Conversation: the Readstart Teacher, class teacher, SENCO and a parent meet in the last "
            "week of a child's lessons and agree the next steps with the child.", "RC2, RC4", "Teacher Leaders",
     "Adopted from January 2009"],
    ["CM3", "Parent and carer workshops run by the Trust in each Readstart school.", "RC4",
     "Family Programmes Manager", "Not pursued (cost); partly met by CM2"],
    ["CM4", "An online follow-up tracker for schools to record children's progress after lessons.", "RC3",
     "Data Manager", "Deferred to 2010-11"],
    ["CM5", "Written guidance and training for teaching assistants on continuing the work in class.", "RC5",
     "Local authorities", "Recommended to LAs; not a Trust activity"],
    ["CM6", "Termly briefings for headteachers of Readstart schools on their children's outcomes.", "RC1",
     "Regional Managers", "Adopted"],
])
for i in (3, 4, 5):
    shade(cm.cell(i, 4), "F2F2F2")

# ---------------------------------------------------------------- 7
para(d, "7 What the Trustees decided", style="Heading 1")
para(d, "The Quality Committee accepted all five root causes on 18 November 2008. It agreed CM2 and CM6 "
        "at once. It declined CM3 on cost, and asked that CM4 wait until the Trust's data system is "
        "replaced. It asked the Director of Training to complete the University's validation of CM1 and to "
        "apply to the TDA. The Committee noted that CM1 is the only countermeasure that reaches all the "
        "schools where children fall back, because it works through the SENCO rather than through the "
        "Trust's own teachers.")
para(d, "The Committee also asked that the Award keep faith with what the analysis heard. The next "
        "paragraphs, added for the panel, say how it does.")
para(d, "Why the Award looks as it does", style="Heading 2")
for b in [
    "Headteachers in the interviews asked for any course to be anchored in the SENCO's own school and to "
    "produce something the school could use. That is why two of the three assessed tasks are carried out "
    "in the participant's school and end with a report to the head.",
    "The SENCO survey named time and the deployment of teaching assistants as the two hardest parts of the "
    "role. Study Block 4 was lengthened from two Centre Days to three to give both more room, and the "
    "Provision Review asks each participant to change how assistants are deployed in one year group.",
    "The follow-up data showed that schools did not look at progress after support ended. The Case Inquiry "
    "requires baseline and follow-up measures, and Block 2 teaches tracking with summative data.",
    "The educational psychologist and the two SENCOs on the RCA team asked that participants learn to read "
    "and use other professionals' reports. This became a Centre Day session in Block 2 and part of the "
    "Case Inquiry.",
]:
    para(d, b, style="List Bullet")

# ---------------------------------------------------------------- Appendix A
para(d, "Appendix A: Countermeasure CM1, the Readstart SENCO Award", style="Heading 1")
para(d, "A1 Partnership and accreditation", style="Heading 2")
para(d, "The University of Aldbourne's School of Education validated the programme as the Postgraduate "
        "Certificate in Special Educational Needs Coordination (National Award) on 22 October 2008. It "
        "carries 60 credits at Level 7 (masters level), in two 30-credit modules: Module 1, Knowing the "
        "Child, and Module 2, Leading Provision. The University registers the participants and awards the "
        "certificate; the Trust teaches the course; both sit on the Programme Board, which meets each term.")
para(d, "A2 Aims", style="Heading 2")
p = para(d, "")
runs(p, "The Award has two aims: ", ("to raise the attainment in reading, writing and mathematics of pupils "
                                     "with SEN in participants' schools", "i"),
     "; and to equip each participant to lead and coordinate the provision that brings that about.")
para(d, "A3 Joining the Award", style="Heading 2")
para(d, "Applicants must hold QTS and be in post as SENCO, or be designated to take up the post within the "
        "year, and must be nominated by their headteacher, who agrees to release them for the Centre Days "
        "and to meet the tutor. The nomination form asks the head to describe the applicant's current "
        "responsibilities and experience of SEN.")
para(d, "Before Centre Day 1 each applicant rates themselves against the Award Outcome Grid (Appendix B) "
        "and gathers evidence of what they already do. Their tutor then holds a Starting Point "
        "Conversation, an hour in school with the applicant and the head or a deputy. From it the tutor "
        "writes an Individual Learning Plan: the outcomes on which the participant will concentrate, "
        "personal targets for the year, and which optional sessions and readings they will take. The plan "
        "is reviewed at each Colleague Visit.")
para(d, "Where the conversation shows that an applicant is not yet ready to benefit (for example, they have "
        "no responsibility for SEN this year, or the school cannot release them), the tutor explains what "
        "would need to change, writes to the head, and offers a place in the following cohort.")
para(d, "Credit may be given for up to 30 credits of certificated study at Level 7 completed in the last "
        "five years, including the University's own module Literacy Difficulties in the Primary Years, "
        "under the University's rules for accrediting prior certificated learning. We do not accredit "
        "experiential learning: a participant's experience counts at the Starting Point Conversation, "
        "not as credit.")
para(d, "There is no assessment-only route. Every participant, however experienced, attends the Centre "
        "Days and completes the three assessed tasks.")
para(d, "A4 Equality and access", style="Heading 2")
para(d, "The nomination form asks, and the Starting Point Conversation asks again, whether the applicant "
        "has a disability or health condition for which we should make adjustments. We make adjustments "
        "such as large-print and electronic copies of all papers, a hearing loop in each of our four "
        "training centres (all have step-free access), ten extra days for assignments, and a scribe or a "
        "recorded Professional Conversation. The Trust's Equality Lead decides every request within ten "
        "working days. Our centres were audited for access in 2008 and the Award's leaflet says, in its "
        "first paragraph, that disabled teachers are welcome and how to ask for adjustments.")
para(d, "A5 How the course is taught", style="Heading 2")
para(d, "The Award runs over one academic year, part time. It has four Study Blocks taught on eleven Centre "
        "Days at our training centres in Leeds, Birmingham, Bristol and Aldbourne, with three Colleague "
        "Visits by the tutor to the participant's school and two Behind the Screen sessions.")
sb = table(d, [
    ["Study Block", "Module", "Centre Days", "What it covers"],
    ["1 The SENCO and the law", "Module 1", "Days 1-3", "The SEN Code of Practice (2001) and the Education Act "
     "1996; the SEN and Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005 and the "
     "Disability Equality Duty; Every Child Matters and the Children Act 2004; the Rose Review (2006), the "
     "Inclusion Development Programme (2008) and Ofsted's Inclusion: does it matter where pupils are taught? "
     "(2006); research on reading difficulties and what works."],
    ["2 Knowing the child", None, "Days 4-6", "How children develop, and language and literacy development in "
     "particular; the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and their effect "
     "on learning; observation, standardised tests and running records; reading and using reports from "
     "educational psychologists, speech and language therapists and others; tracking with summative data, "
     "including Key Stage 1 and 2 tests; approaches, resources and ICT for teaching."],
    ["3 The child, the family and the classroom", "Module 2", "Days 7-8", "Working relationships with pupils; "
     "the child's view; home and school; helping class teachers use formative assessment with pupils with SEN."],
    ["4 Leading provision", None, "Days 9-11", "Provision mapping; deploying and managing teaching assistants; "
     "coaching colleagues; working with the head and governors on policy and resources; working with other "
     "services and voluntary organisations; reviewing provision with colleagues."],
])
sb.cell(1, 1).merge(sb.cell(2, 1))
set_cell(sb.cell(1, 1), "Module 1", fill="EAF1DD")
sb.cell(3, 1).merge(sb.cell(4, 1))
set_cell(sb.cell(3, 1), "Module 2", fill="EAF1DD")
para(d, "")
para(d, "Behind the Screen. Each of our centres has a teaching room with a one-way screen. In Readstart "
        "training a Teacher Leader leads the group's talk while a colleague teaches a child behind the "
        "screen. In the Award we use the screen for adults: in Blocks 2 and 4 a participant gives feedback "
        "to a Readstart Teacher after a lesson, behind the screen, while the group and the tutor discuss "
        "the coaching they see and then rehearse it in threes.")
para(d, "Colleague Visits. The tutor visits each participant's school three times. On each visit the tutor "
        "observes the participant at work (leading a review meeting, giving feedback to a teacher, or "
        "briefing assistants), gives spoken and written feedback, and reviews the Individual Learning Plan.")
para(d, "Pupils' and parents' voices. In Block 3 we discuss why the child's own view matters and how the "
        "participants' schools ask for it; a parent governor leads a session on working with parents and "
        "carers. We have not yet found a fair way to assess either, and neither is part of a marked task.")
para(d, "Flexibility. All Centre Days are on fixed dates, in the order shown, and there is one start each "
        "year, in September. A participant who misses a Block through illness or leave may take it with the "
        "next year's cohort and complete within two years. There is no e-learning element, and the Award is "
        "not offered full time.")
para(d, "A6 Assessment", style="Heading 2")
table(d, [
    ["Task", "Module and weight", "What the participant does"],
    ["Task 1: Case Inquiry", "Module 1; 4,000 words", "Works with one pupil with SEN for a term: assesses them "
     "with a range of measures, including reports from other professionals; sets targets; plans an "
     "intervention with the class teacher; reviews progress after ten weeks against the baseline; and "
     "reflects on the working relationship built with the pupil and the decisions made."],
    ["Task 2: Provision Review", "Module 2; 4,000 words", "Maps provision for one year group, finds what is "
     "missing or not working, uses summative data to judge its effect, changes how teaching assistants are "
     "deployed, reviews the result with colleagues, and presents recommendations on policy and resources, "
     "including access for disabled pupils, to the head and a governor."],
    ["Task 3: Leadership Portfolio", "Module 2; 30 per cent of the module", "A record of coaching one "
     "colleague (observation, feedback, modelling), including help to develop formative assessment; a "
     "training session the participant has led; a record of work with outside agencies; and a 2,000-word "
     "commentary that uses research to explain what the participant changed. A time log is kept in the "
     "Portfolio; it is discussed at Colleague Visits but not marked."],
    ["Professional Conversation", "Pass or fail; both modules", "Forty minutes with the tutor and a University "
     "assessor at the end of the year, on the participant's Individual Learning Plan and the evidence in the "
     "three tasks; it tests how clearly the participant explains and listens."],
])
p = para(d, "")
r = runs(p, "To gain the Award a participant must pass the three tasks and the Professional Conversation. "
            "Under the University's regulations a mark of 40 to 49 in one task can be compensated by a mark "
            "of 60 or more in the other task in the same module.")
comment(d, r, "Ruth at the University says compensation is standard for PGCerts. Leave in? HM",
        author="Helen Marchbank", initials="HM")
para(d, "A7 After the Award", style="Heading 2")
para(d, "The last Centre Day ends with a Next Steps session. Each participant drafts three professional "
        "targets for the following year on the Trust's Next Steps planner, discusses them with their tutor, "
        "and takes them to their performance management meeting with the head. Some will go on to train as "
        "Teacher Leaders or to the University's MA in Inclusive Education, where the Award's 60 credits count.")

# ---------------------------------------------------------------- Appendix B
para(d, "Appendix B: the Award Outcome Grid", style="Heading 1")
para(d, "The grid is in our own words. It is used for the self-rating before the Starting Point "
        "Conversation, for the Individual Learning Plan and for the end-of-year confidence rating.")
grid = [
    ("Being a SENCO", [
        ("Builds a fair, respectful and trusting working relationship with the pupil", "Block 3", "Case Inquiry"),
        ("Wins the support of the head, senior leaders and colleagues for the work", "Block 4", "Provision Review (presentation to the head)"),
        ("Plans own time, sets priorities and delegates well", "Block 4; time log", "Discussed at Colleague Visits; the time log is not marked"),
        ("Spots problems early and makes sound, well-argued decisions about provision", "Blocks 2 and 4", "Case Inquiry; Provision Review"),
        ("Speaks and writes clearly; listens to others and weighs their views", "All Blocks", "Professional Conversation; all tasks"),
        ("Uses research and outside advice to improve own and colleagues' teaching", "Blocks 1 and 2", "Leadership Portfolio commentary"),
        ("Keeps up to date and takes charge of own professional learning", "Block 1; Reading Log", "The Reading Log is kept throughout but not assessed"),
    ]),
    ("What a SENCO knows", [
        ("The SEN Code of Practice and SEN law: what they ask of the school and the SENCO, and how to carry them out", "Block 1", "Case Inquiry; Professional Conversation"),
        ("Every Child Matters: the five outcomes and the SENCO's part in them", "Block 1 (lecture)", "Not assessed"),
        ("Disability equality law and the duties it places on schools", "Block 1", "Provision Review (access section)"),
        ("How children grow and learn, and how SEN, disability and the setting affect development", "Block 2", "Case Inquiry"),
        ("The main kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "Block 2", "Case Inquiry; Professional Conversation"),
        ("A critical grasp of approaches and resources for assessment, planning and teaching, including ICT", "Blocks 2 and 3", "Case Inquiry"),
        ("What research and best practice say about meeting SEN", "Blocks 1 to 4", "Leadership Portfolio commentary"),
        ("What other agencies do and how to get specialist help and resources", "Block 4", "Leadership Portfolio (agency record)"),
    ]),
    ("What a SENCO does", [
        ("Works with the head and governors on an inclusive ethos, policy, priorities and resources", "Block 4", "Provision Review (presentation to the head and a governor)"),
        ("Identifies pupils who may have SEN from observation, data and assessment; sets challenging targets; plans and reviews interventions", "Block 2", "Case Inquiry"),
        ("Uses reports from psychologists, therapists and other professionals to shape teaching", "Block 2", "Case Inquiry"),
        ("Uses summative data, including national tests, to track progress and change programmes", "Block 2", "Provision Review"),
        ("Helps class teachers build formative assessment, with approaches for pupils with SEN", "Block 3", "Leadership Portfolio (coaching record)"),
        ("Access arrangements for national tests", "-", "Not covered in 2009-10: in primary schools the head applies for them"),
        ("Maps provision and finds what is missing or not working", "Block 4", "Provision Review"),
        ("Deploys and manages teaching assistants and other staff well", "Block 4", "Provision Review"),
        ("Supports colleagues' learning: observing and feeding back, modelling, coaching, leading training", "Block 4; Behind the Screen", "Leadership Portfolio"),
        ("Reviews with colleagues how well provision is working and reports what to change to the head and governors", "Block 4", "Provision Review"),
        ("Involves pupils in planning and reviewing their own provision", "Block 3 (discussion)", "Not assessed"),
        ("Works with parents and carers to support the child's learning", "Block 3 (parent governor's session)", "Not assessed"),
        ("Works with other services and voluntary organisations for a joined-up approach", "Block 4", "Leadership Portfolio (agency record)"),
    ]),
]
rows = [["Outcome (our words)", "Where we work on it", "How we check it"]]
groups = []
for g, items in grid:
    groups.append(len(rows))
    rows.append([g, "", ""])
    rows.extend([list(x) for x in items])
gt = table(d, rows)
for i in groups:
    group_row(gt, i, rows[i][0])

# ---------------------------------------------------------------- Appendix C
para(d, "Appendix C: quality", style="Heading 1")
para(d, "C1 Tutors", style="Heading 2")
para(d, "Each of our eight Award tutors is a qualified teacher with at least five years as a SENCO or "
        "specialist teacher, holds a masters degree in literacy or SEN, and has completed the Trust's "
        "one-year Teacher Leader training. Two University of Aldbourne lecturers teach in Blocks 1 and 4. "
        "Tutors keep their knowledge current: each teaches children in lessons every week, spends ten days "
        "a year on their own professional development, and attends the Trust's annual research conference.")
para(d, "C2 Specialists and settings", style="Heading 2")
para(d, "Guest contributors on Centre Days include an educational psychologist, a speech and language "
        "therapist, an autism outreach teacher, a sensory support teacher, a local authority SEN officer and "
        "a parent partnership officer. Placements are not part of the Award: participants do all "
        "school-based work in their own school, and we do not arrange visits to other settings.")
para(d, "C3 Resources", style="Heading 2")
para(d, "Each centre has the Readstart Resource Library (some 4,000 titles, assessment kits and training "
        "videos), an ICT room with text-to-speech and symbol software, and a loan kit of assistive "
        "technology that participants may borrow for their Case Inquiry. Participants have the University's "
        "library, electronic journals and study skills service for the year.")
para(d, "C4 Roles", style="Heading 2")
para(d, "Tutors follow the Award Tutor Handbook and attend a two-day induction and a termly team day. Each "
        "participant's head names a senior colleague as the school's Critical Friend, who is briefed at a "
        "twilight session, given a short guide to the role, and meets the participant twice a term. A "
        "University link tutor attends the termly team day and advises on Level 7 standards.")
para(d, "C5 Marking and moderation", style="Heading 2")
para(d, "Each task is marked by the participant's tutor against the University's Level 7 criteria. A second "
        "tutor blind-marks a sample of 20 per cent and every fail. Moderation across the four centres and "
        "the role of the external examiner are still to be agreed with the University [TBC].")
para(d, "C6 Evaluation", style="Heading 2")
para(d, "Internal evidence comes from end-of-day evaluations, a tutor team review after each Block, a "
        "mid-year participant survey and the Programme Board's annual Programme Review. External evidence "
        "comes from the University's annual monitoring, its external examiner, and a follow-up study by the "
        "University's Centre for Literacy Research. The Programme Board reads the evidence each July and "
        "agrees an action plan whose changes apply to the next cohort; the first review will be in July "
        "2010. The Trust's self-evaluation form, completed each summer for our Trustees, draws on the "
        "Programme Review.")
para(d, "Impact on pupils is measured, not assumed. Each participant takes baseline measures (reading and "
        "spelling ages, the Readstart Observation Profile, attendance and a short well-being scale) for the "
        "pupil in the Case Inquiry and for the year group in the Provision Review, and repeats them after "
        "ten weeks and after six months; the results come to the Trust. Participants rate their confidence "
        "against the Outcome Grid at the start and end of the year. We will also compare the fall-back rate "
        "of Section 1 in participants' schools with that in other Readstart schools.")
p = para(d, "")
r = runs(p, "Local authority SEN officers and specialists contribute to Centre Days, and each school's Critical "
            "Friend supports the participant. We hope in due course to invite headteachers and parents to "
            "join the Programme Board.")
comment(d, r[0], "Trustees keen on parent reps on the Board - can we firm this up before it goes? TO",
        author="Tunde Okafor", initials="TO")
para(d, "C7 Checks", style="Heading 2")
p = para(d, "")
r = runs(p, "Participants are serving teachers employed by their schools. The Trust does not itself check "
            "CRB disclosures: that remains the employer's duty under safer recruitment.")
comment(d, r, "Should we say we check them? The footer does. HM", author="Helen Marchbank", initials="HM")

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
