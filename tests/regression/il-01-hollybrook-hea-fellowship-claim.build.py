"""il-01-hollybrook-hea-fellowship-claim

Provider (invented): the Education Outreach Team of Hollybrook Children's
Hospice, with the University of Caxtonford (which validates the Award as a
60-credit Level 7 module). Programme: "Leading for Every Child", the Hollybrook
National Award for SEN Coordination, first intake January 2009.

Document kind and layout: the head of the outreach team's claim to the Higher
Education Academy for recognition as a Senior Fellow under the UK Professional
Standards Framework (2006), sent to the TDA as the application. A note to the
panel sits in a VML text box at the top. A cover-sheet table keeps the HEA
form's grey prompts and one unfilled placeholder ("[Please state ...]"). The
account is written in the first person ("I", "we", "she" for the participant)
under the Framework's six areas of activity (A1 to A6), each paragraph tagged
with Framework codes such as "(A3; K4, K5; V1)". These codes are the HEA's,
not the SENCO outcomes: "K4" is the Framework's "methods for evaluating the
effectiveness of teaching", "A6" is evaluation of the claimant's own practice.
Then a short case study, the claimant's own CPD, two referees' statements, and
"Part 6", an addendum for the TDA panel: a course-at-a-glance table with
merged and shaded cells, the award rule, and an outcome table in the team's
own words ("Where we work on it" / "Where it is judged") with shaded band rows.
Heading styles are used. Header and footer. Two footnotes (one carries a real
arrangement, the number of scripts second-marked, but the insertion in the
body already makes 5.8 met). One Word comment. Tracked changes: one insertion
(counts) and one deleted sentence (does not count).

Traps (requirement ids):
- UKPSF codes A1-A6, K1-K6, V1-V5 look like the outcome codes; a tag "K4" or
  "K7"-like never evidences a SENCO outcome (all 6.A*, 6.K*).
- Aim speaks of "well-being, safety and inclusion", never of raising
  achievement (1.1 partially_met).
- Pupil voice only "touched on" in one afternoon, not judged (1.5, 6.S7
  partially_met).
- Prior study is taken into account when planning but "the University does
  not at present award credit for it" (2.1 partially_met).
- "There is no route to the Award by assessment alone"; the University's
  referee only "would hope, in time" to offer one (2.3 not_met: negation and
  another party's hope, in a referee's statement).
- Moodle holds readings and a forum the participants run themselves; tutors
  do not answer in it between days (3.3 partially_met).
- Stakeholders in evaluation only "invited" to say what they think in general
  terms (4.3 partially_met).
- CRB checks are on the hospice's own staff and volunteers; the question about
  participants is only in a comment (5.3 not_met: wrong people, comment).
- Specialist expertise of the hospice team is real, but placements are left
  to participants to arrange themselves (5.5 partially_met).
- School mentors "chosen by the headteacher", no briefing; tutors' roles only
  at team meetings (5.7 partially_met).
- Second marking and moderation appear in a tracked insertion (5.8 met).
- Pupil progress measure exists only in a deleted sentence; participants'
  confidence is measured (5.9 partially_met).
- Award rule: pass all three pieces, but the pieces do not judge several
  outcomes (6.0 partially_met; 1.9 partially_met).
- Outcomes worked on but "Not judged" (6.A3, 6.K4, 6.S2b, 6.S7), types of SEN
  limited to complex medical conditions, autism and SLCN with dyslexia, BESD
  and MLD "left to the participant's own reading" (6.K5 partially_met).
- School self-evaluation explicitly "not part of the Hollybrook Days"; the
  only "evaluation" is the claimant's own (Framework area A6) (6.K7 not_met).
- Access arrangements for national tests are made by another service, "we do
  not teach this" (6.S2d not_met: someone else's responsibility, negation).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _il_helpers import Builder, band, shade  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "il-01-hollybrook-hea-fellowship-claim"

b = Builder()
doc = b.doc

b.textbox([
    "A note for the TDA approval panel",
    "What follows is the claim our Head of Education Outreach, Ruth Aldane, made to the Higher Education "
    "Academy this autumn. It is the fullest account we have of the Award as we will run it from January 2009, "
    "so we have sent it as it stands rather than rewrite it. The codes in brackets, such as (A2; K3; V1), are "
    "the Academy's own Framework codes and have nothing to do with the national outcomes. We have added "
    "Part 6 at the end for you. Helen Marchant, Director of Care and Education, Hollybrook Children's Hospice",
], height="150pt")

b.p("")
b.p("Higher Education Academy", bold=True, size=16)
b.p("Claim for Recognition against the UK Professional Standards Framework", bold=True, size=13)

t = b.table([
    ["Field", "Entry"],
    ["Name of claimant", "Ruth Aldane"],
    ["Post and institution", "Head of Education Outreach, Hollybrook Children's Hospice; Honorary Lecturer, "
     "School of Education, University of Caxtonford"],
    ["Category of recognition sought", "Senior Fellow (Standard Descriptor 3)"],
    ["Word count of account", "[Please state the word count of your account. The account should not exceed 6,000 words.]"],
    ["Referees", "Dr Martin Sowerby, Programme Director, Continuing Professional Education, University of Caxtonford; "
     "Mrs Anne Treloar, Headteacher, Fernside Special School"],
    ["Declaration", "Please confirm that the account is your own work and that referees have seen it."],
])
for r in t.rows[4].cells[1].paragraphs[0].runs + t.rows[6].cells[1].paragraphs[0].runs:
    r.font.color.rgb = __import__("docx").shared.RGBColor(0x80, 0x80, 0x80)

b.h("Section 1. Context statement", 1)
b.p("Please describe the context of your teaching and support of learning, including the learners "
    "you work with and the institution(s) concerned.", italic=True, grey=True)
b.p("Hollybrook Children's Hospice cares for 214 children and young people with life-limiting and "
    "life-threatening conditions across four counties, and for their families. About two thirds of the "
    "children we know are of school age, and most of them are on the roll of a mainstream or special "
    "school for at least part of the week. Our Education Outreach Team was set up in 2003 to help those "
    "schools: we visit classes, train staff, help plan a child's return after a long stay, and support "
    "a school when a child dies. There are five of us: two qualified teachers, a paediatric nurse, a "
    "play specialist and an administrator.")
b.p("Over five years it became clear to us that the person in school who holds a child's provision "
    "together is the SENCO, and that many SENCOs come new to the role with no preparation for it. In "
    "2007 I began to design, with the University of Caxtonford, a course for teachers new to that role. "
    "It became \"Leading for Every Child\", the Hollybrook National Award for SEN Coordination, which the "
    "University has validated as a 60-credit module at Level 7 (masters level) within its Postgraduate "
    "Certificate in Professional Practice. The first twenty participants start in January 2009.")
b.p("The Award's aim is to equip SENCOs to secure the well-being, safety and inclusion of children with "
    "SEN and disabilities in every part of school life, including the children with life-limiting "
    "conditions whom our hospice knows. The account that follows describes how I have designed, taught, "
    "assessed and evaluated it, and how I lead the colleagues who teach it with me.")

b.h("Section 2. Account of professional practice", 1)
b.p("Please describe your practice under each of the Framework's areas of activity, showing the core "
    "knowledge and professional values that inform it.", italic=True, grey=True)

b.h("A1. Design and planning of learning activities and programmes of study", 2)
b.p("The design started from evidence rather than from what we already knew how to teach (A1; K2; V3). "
    "In spring 2007 we surveyed the 52 SENCOs in the schools attended by children on our caseload; 46 "
    "replied. Three needs stood out: knowing the law and what it asks of a school; leading other adults "
    "(teaching assistants above all) rather than doing everything oneself; and working with health "
    "professionals and parents when a child's condition changes. We also held two evenings with the "
    "Hollybrook Parents' Panel and one with four headteachers. Each of these shaped the course.")
b.p("Two examples. The parents told us that schools too often met them only when something had gone "
    "wrong, so Hollybrook Day 4 is now a whole day on working with parents, co-taught by two members of "
    "the Parents' Panel; in the first outline it was one hour. The headteachers asked that the school-based "
    "project be something the school needed anyway, so the Change Project is agreed between the "
    "participant, her head and her tutor, and must address a priority in the school's own plan.")
b.p("Before the first day each participant completes the Starting Point, a self-audit against each of the "
    "national outcomes with her head's comments, and meets her tutor for an hour. Together they write an "
    "Individual Learning Plan that names the outcomes she most needs to work on, the Hollybrook Days and "
    "readings she should give most time to, and the focus of her Change Project. The plan is reviewed at "
    "two tutorials in the year (A1, A4; K3; V1).")
b.p("Where a participant has already studied SEN, for instance at certificate level, I take this into "
    "account when we agree her Individual Learning Plan, and she may replace the matching Hollybrook Day "
    "with directed reading. The University does not at present award credit for it. There is no route to "
    "the Award by assessment alone: every participant follows the taught route.")
b.p("To join, a participant must hold QTS, be the SENCO or about to become the SENCO in a maintained "
    "school or academy, and send a letter from her headteacher agreeing to release her for the eight days "
    "and to support the Change Project. I read every application, and where the Starting Point or the "
    "letter suggests that the course would come too early (for example a newly qualified teacher with no "
    "leadership role yet) I meet the applicant and her head before a place is offered (A1; V2).")
b.p("The course is meant to fit around a SENCO's year. There are two intakes, in January and September. "
    "Each Hollybrook Day is run twice, once as a full day at the hospice and once as two twilight sessions "
    "at Caxtonford's Tremayne Centre, and participants may mix the two. Readings, session materials and "
    "a discussion forum are on the University's Moodle site (A1, A4; K4).")

b.h("A2. Teaching and supporting learning", 2)
b.p("There are eight Hollybrook Days across two terms. I list them with what each does, because the "
    "pattern matters as much as the content (A2; K1, K2; V1, V4).")
days = [
    ("Day 1. The SENCO's place.", " The law and guidance: the SEN Code of Practice 2001 and what it asks of "
     "a school day to day, the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Act 1995 and 2005 and the Disability Equality Duty, and what a school must do to "
     "meet them; Every Child Matters, its five outcomes and where the SENCO sits in the school's work on "
     "them; Removing Barriers to Achievement and the Bercow Review (2008)."),
    ("Day 2. How children grow.", " Child development from birth to adolescence, and how SEN, disability, "
     "illness and the child's surroundings shape it. The day concentrates on complex and life-limiting "
     "conditions, autism and speech, language and communication needs. Dyslexia, behavioural difficulties "
     "and moderate learning difficulties are left to the participant's own reading."),
    ("Day 3. Knowing the child.", " Identifying pupils who may have SEN; setting targets that stretch; "
     "planning and reviewing interventions; using the reports of educational psychologists, therapists "
     "and nurses to change what happens in class. We look at how P scales, teacher assessment and national "
     "test results can track progress. For children in our care, access arrangements for national tests "
     "are made by the county's Hospital and Home Tuition Service, and we do not teach this."),
    ("Day 4. Voices.", " Working with parents and carers, co-taught by two parents from the Parents' Panel: "
     "first meetings, hard conversations, annual reviews, and the difference between informing parents and "
     "working with them. The afternoon touches on listening to children, using a short film made by our "
     "Young People's Group."),
    ("Day 5. Working together.", " The services around a school and how to get their help: educational "
     "psychology, therapies, CAMHS, social care, the community nursing team, hospices and other voluntary "
     "organisations; the Common Assessment Framework and Team Around the Child; advising and supporting "
     "colleagues in school and in other schools, and winning the head's and senior leaders' support."),
    ("Day 6. Leading provision.", " Provision mapping and management, costing provision and finding what is "
     "missing or not working; deploying and managing teaching assistants; working with the head and "
     "governors on the school's SEN policy, priorities and budget; reviewing with teachers and teaching "
     "assistants whether each intervention has worked. School self-evaluation (the SEF) is not part of "
     "the Hollybrook Days."),
    ("Day 7. Growing colleagues.", " Coaching, observation and feedback, modelling and leading training; "
     "helping teachers build formative assessment that works for pupils with SEN; how to find and weigh "
     "research and outside advice and use them with colleagues."),
    ("Day 8. Looking ahead.", " Managing the SENCO's own time, priorities and delegation; solving problems "
     "and making judgements about provision when evidence conflicts; the participant's next professional "
     "steps and her own development."),
]
for head, rest in days:
    b.runs([(head, "b"), (rest, "")])
p = b.p("On every day participants bring something from their own school (an anonymised provision map, an "
        "IEP, a letter to parents) and use the day's material on it, and each day ends with a task to try in "
        "school before the next. Because the Change Project runs in the participant's own school, the course "
        "is tied to practice throughout (A2; K3; V2).")
b.footnote(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? and Ofsted (2004) Special "
              "educational needs and disability: towards inclusive schools are set reading for Days 1 and 6.")

b.h("A3. Assessment and giving feedback to learners", 2)
b.p("There are three assessed pieces, all at Level 7 (A3; K4, K5; V1).")
b.runs([("The Portrait", "b"), (" (4,000 words). A study of one child with SEN or a disability in the "
        "participant's school: how the child was identified, what the assessments of other professionals "
        "said and how teaching changed because of them, the targets and their review, and the work with "
        "the child's parents. It judges the participant's relationship with the child and family, her "
        "knowledge of the child's needs and of strategies and resources, and her identification and "
        "target-setting.", "")])
b.runs([("The Change Project", "b"), (" (5,000 words with evidence). A change the participant leads in her "
        "school over two terms, agreed with her head. It must change practice beyond her own classroom, "
        "and it is judged on what changed: for pupils, for colleagues and in provision. It judges strategic "
        "work with the head and governors, provision mapping, deploying staff, developing colleagues and "
        "their formative assessment, reviewing provision with colleagues, gaining commitment, making "
        "decisions, and using research.", "")])
b.runs([("The Viva Conversation", "b"), (" (30 minutes). A professional conversation with two tutors about "
        "the law, Every Child Matters, disability equality, the work of other services and the participant's "
        "own development plan. It judges how clearly she speaks and listens as well as what she knows.", "")])
b.p("Written feedback follows every piece within three weeks, and a draft of each written piece may be "
    "sent for comment once.")
b.tracked([
    ("n", "Each piece is marked by the participant's own tutor against the University's Level 7 criteria."),
    ("ins", " A second tutor marks every Viva Conversation with the first, and a sample of the written pieces "
            "is second-marked by a University tutor and moderated at the University's assessment board, "
            "where the external examiner sees the sample."),
], author="Martin Sowerby", date="2008-10-14T09:12:00Z")
p = doc.paragraphs[-1]
b.footnote(p, "The sample is one in four scripts, and always includes every fail and every borderline pass.")

b.h("A4. Effective environments and student support and guidance", 2)
b.p("All of our teaching rooms are on the ground floor, with level access, a hearing loop and an "
    "accessible toilet beside each room. Before the course starts we ask every participant what we need to "
    "do so she can take full part. So far this has meant handouts in large print for one participant, "
    "extra time and a laptop for the Viva Conversation for another, and moving a twilight session to a "
    "room nearer the car park for a third. Session materials are on Moodle a week ahead (A4; V2).")
b.p("Moodle holds the readings and a discussion forum that the participants run themselves. Tutors post "
    "the materials for each day but do not answer in the forum between days; questions are kept for the "
    "next Hollybrook Day or a tutorial.")
b.p("Each participant has a school mentor, chosen by the headteacher, usually a deputy or an experienced "
    "SENCO from a nearby school. Tutors' roles are agreed at our monthly team meetings.")
b.p("Fees are £950. The hospice's Schools Fund pays half the fee for any school with a child on our "
    "caseload, and the day and twilight routes let a school choose the form of release it can afford. "
    "Because each participant's plan is built from her own Starting Point, two participants rarely spend "
    "their year in the same way.")
b.p("In the last tutorial each participant writes a Next Steps plan with her tutor: the targets she will "
    "set herself for the following year, whether to go on to the rest of the University's Postgraduate "
    "Certificate or its MA in Inclusive Education, and what she will ask of her school.")

b.h("A5. Integration of scholarship, research and professional activities", 2)
b.p("The course is built on research and inspection evidence as well as on our own work. Sessions draw "
    "on Ofsted's reports on inclusion and on SEN provision (2004 and 2006), the Bercow Review (2008), "
    "Lewis and Norwich's work on pedagogy for pupils with SEN, and ACT's integrated care pathway for "
    "children with life-limiting conditions (2004). Each Hollybrook Day has a reading list updated every "
    "year by the tutor who leads it (A5; K2; V3).")
b.p("The teaching team is small but specialist. I taught for eleven years, was SENCO of a primary school "
    "and then of a special school, and hold the MA in Special and Inclusive Education. My colleague "
    "Tom Ellery holds the National Professional Qualification for Headship and was a local authority SEN "
    "adviser. Our nurse, Gwen Pascoe, holds the Specialist Practitioner qualification in children's "
    "community nursing. Each of us spends at least five days a year on our own updating, and the "
    "University's two link tutors teach on its MA in Inclusive Education.")
b.p("Participants meet the hospice's wider team as part of the course: the community nurses, the "
    "music therapist and the family support workers each lead part of a Hollybrook Day. Participants who "
    "wish to see another setting, such as a special school or a children's centre, arrange this "
    "themselves.")
b.p("Resources are a strength. Participants may borrow from the Hollybrook library of over 900 titles, "
    "use the sensory room and the communication-aids loan bank, and work on the hospice's laptops, which "
    "carry Clicker 5, Boardmaker and the University's online journals. The University library is open to "
    "them as registered students.")

b.h("A6. Evaluation of practice and continuing professional development", 2)
b.p("I evaluate my own teaching and the course in several ways (A6; K4; V4). Each day is evaluated by "
    "participants on a short form and in a ten-minute discussion at its close. At the end of the year "
    "participants complete the University's module questionnaire and meet me without the other tutors. "
    "The external examiner reports each year, and the course goes through the University's annual "
    "monitoring. I write an annual review that records what we changed and why, and it goes to the "
    "hospice's Education Committee and to the University.")
b.p("Headteachers, parents from the Parents' Panel and our Young People's Group are invited to say "
    "what they think of the course.")
b.p("To see what difference the course makes, participants rate their confidence against each outcome "
    "on the Starting Point and again at the end of the year, and their heads do the same. The Change "
    "Project reports what changed for the pupils concerned.")
b.deleted_paragraph("Each participant's school will also send us the progress data of the pupils on its SEN "
                    "register at the start and end of the year, so that we can see whether the course has "
                    "made a difference to their achievement.",
                    author="Ruth Aldane", date="2008-10-20T16:40:00Z")
p = b.p("Every member of the outreach team, and every volunteer who meets families, holds an enhanced CRB "
        "disclosure, renewed every three years.")
b.comment(p, "Ruth - what about the SENCOs themselves? The TDA panel will ask whether we check them.",
          author="Helen Marchant", initials="HM")

b.h("Section 3. Case study", 1)
b.p("Please give an example that illustrates your practice at the level of the descriptor sought.",
    italic=True, grey=True)
b.p("During the pilot term I worked with a SENCO whose pupil, a girl of nine with a degenerative "
    "condition, was losing the use of her hands. The school had done what it could think of, and the "
    "girl's mother felt nobody was listening. In the Portrait draft the SENCO described the girl's needs "
    "in great detail but said nothing of what the girl herself wanted. My feedback asked one question: "
    "what would she say? The SENCO went back and, with the occupational therapist, sat with the girl and "
    "her mother, and together they chose a switch-access laptop and a scribe for written work. I learned "
    "from this that my feedback does most good when it is a question the participant can take back to "
    "school, and I have since rewritten our feedback sheet around three such questions (A3, A4; V1).")

b.h("Section 4. My own continuing professional development", 1)
b.p("Since 2006 I have completed the University's Postgraduate Certificate in Teaching in Higher "
    "Education modules on assessment and on e-learning, presented at the ACT conference, and observed "
    "and been observed by University colleagues each year. I am now studying the research literature on "
    "how bereavement affects children's learning, which will feed into Day 5 from 2010.")

b.h("Section 5. Referees' statements", 1)
b.p("Dr Martin Sowerby, University of Caxtonford", bold=True)
b.p("I have worked with Ruth for two years on the design and validation of the Award. She brought to "
    "the University's validation panel a course that was thoroughly grounded in the needs of schools, and "
    "the panel approved it without conditions. She is a careful assessor. Caxtonford would hope, in time, "
    "to offer experienced SENCOs an assessment-only route to the Award, and Ruth's team would be well "
    "placed to lead it. I support her claim for Senior Fellowship without reservation.")
b.p("Mrs Anne Treloar, Fernside Special School", bold=True)
b.p("Two of my staff took part in Ruth's pilot term. Both came back better at explaining what they "
    "needed from colleagues and much more confident with parents. Ruth asked me, with three other heads, "
    "what the course should do, and I saw our advice in the final version. I support her claim.")

b.h("Part 6. Added for the TDA panel", 1)
b.p("Leading for Every Child at a glance", bold=True)
t = b.table([
    ["Item", "Detail", ""],
    ["Award", "Hollybrook National Award for SEN Coordination", ""],
    ["Accreditation", "University of Caxtonford: 60 credits at Level 7 (masters level), a module of the "
     "Postgraduate Certificate in Professional Practice", ""],
    ["Intakes", "January 2009", "September 2009"],
    ["Taught", "Eight Hollybrook Days: full day at the hospice or two twilights at the Tremayne Centre", ""],
    ["Online", "Moodle: readings, materials, participants' forum", ""],
    ["Assessed", "The Portrait; the Change Project; the Viva Conversation", ""],
    ["Fee", "£950 (half paid by the Schools Fund for schools with a Hollybrook child)", ""],
])
for i in (1, 2, 4, 5, 6, 7):
    t.cell(i, 1).merge(t.cell(i, 2))
t.cell(0, 1).merge(t.cell(0, 2))
for i in range(1, 8):
    shade(t.cell(i, 0), "F2F2F2")

b.p("")
b.p("The award rule", bold=True)
b.p("The Award is given only to a participant who passes all three pieces. A participant who fails a "
    "piece may resubmit it once within three months.")

b.p("")
b.p("The outcomes and where we meet them", bold=True)
b.p("In our own words. \"Not judged\" means we work on the outcome but no piece assesses it.")
rows = [["The SENCO can ...", "Where we work on it", "Where it is judged"],
        ["ATTRIBUTES", "", ""],
        ["build fair, warm and honest relationships with children with SEN and their families", "Days 3, 4", "Portrait"],
        ["win the commitment of colleagues, the head and senior leaders", "Day 5", "Change Project"],
        ["plan her time, set priorities and hand work on", "Day 8", "Not judged"],
        ["see problems coming, solve them and make sound decisions about provision", "Day 8", "Change Project"],
        ["speak and write clearly and listen to others", "All days", "Viva Conversation"],
        ["use research and outside advice to improve her own and others' practice", "Day 7", "Change Project"],
        ["keep up to date and own her professional development in SEN", "Day 8", "Viva Conversation (development plan)"],
        ["KNOWLEDGE", "", ""],
        ["SEN law and guidance, the Code of Practice and how to put them into practice", "Day 1", "Viva Conversation"],
        ["Every Child Matters and the SENCO's part in it", "Day 1", "Viva Conversation"],
        ["disability equality law and what it requires of a school", "Day 1", "Viva Conversation"],
        ["how children develop and how SEN, disability and surroundings affect it", "Day 2", "Not judged"],
        ["the main kinds of SEN and disability and how they affect learning", "Day 2", "Portrait (the child studied)"],
        ["approaches, strategies and resources for assessment and teaching, including ICT", "Days 3, 7", "Portrait"],
        ["what research says works for pupils with SEN", "Days 6, 7", "Change Project"],
        ["what other services do and how to get their help", "Day 5", "Viva Conversation"],
        ["SKILLS", "", ""],
        ["work with the head and governors on inclusive policy, priorities and resources", "Day 6", "Change Project"],
        ["identify pupils with SEN, set targets, plan interventions and review progress", "Day 3", "Portrait"],
        ["use other professionals' assessments to change teaching", "Day 3", "Portrait"],
        ["use summative assessment and national tests to track progress", "Day 3", "Not judged"],
        ["help teachers develop formative assessment for pupils with SEN", "Day 7", "Change Project"],
        ["map and manage provision and find what is missing or not working", "Day 6", "Change Project"],
        ["deploy and manage teaching assistants and other staff", "Day 6", "Change Project"],
        ["develop colleagues by coaching, observing, modelling and training", "Day 7", "Change Project"],
        ["review provision with colleagues", "Day 6", "Change Project"],
        ["involve pupils in planning and reviewing their provision", "Day 4 (afternoon)", "Not judged"],
        ["work with parents and carers", "Day 4", "Portrait"],
        ["work with other services and voluntary organisations", "Day 5", "Viva Conversation"]]
t = b.table(rows)
for i, r in enumerate(rows):
    if r[1] == "" and i > 0:
        band(t, i, r[0])

b.save(os.path.join(HERE, NAME + ".docx"),
       header="HEA Recognition claim - Senior Fellow - R. Aldane - submitted October 2008",
       footer="Hollybrook Children's Hospice, registered charity no. 1098765. Confidential when complete.")
print("wrote", NAME + ".docx")
