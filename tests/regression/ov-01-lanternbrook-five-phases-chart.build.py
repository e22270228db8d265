"""ov-01-lanternbrook-five-phases-chart: builds ov-01-lanternbrook-five-phases-chart.docx next to itself.

Provider: the Lanternbrook School of Taijiquan and Qigong (Essenby), a charity whose "Still Point" outreach team
has taught movement and breathing practice in schools since 2001, with the University of Cawdor Hill (which
validates the Award as a 60-credit Level 7 Postgraduate Certificate) and Essenby County Council's SEN and
Inclusion Service.

Document kind and layout: the school's "Five Phases Chart" (Wu Xing), the chart every new student of the school is
given, re-issued as an Award edition and sent whole as the application. A note "To the panel"; a partnership
section; a landscape "Great Chart" table whose columns are the five Phases (Wood, Fire, Earth, Metal, Water: the
Award year) and whose rows are the correspondences (season, module, organ, Gatherings, qigong of the phase,
Offering, who sits with you, emotion, folder colour), with merged cells (a module spanning two Phases, a
"who sits with you" row spanning all five) and shading; "Notes on the Phases" under heading styles, each Phase's
Gatherings (taught days) and its Offering (assessed task) with the markers' criteria; "Entering the Award" (the
Seed Sheet and Seed Conversation, a text box on bringing credit with you, safeguarding, taking part, flexible
paths, the Bamboo Room online space, fees); "The Listening Year" (stakeholders); "The people" (staff table);
"The Generating Cycle" (progression) and "The Controlling Cycle" (quality assurance, each Phase checking
another); "The Practice Book" (an unmarked journal); and "The Outcome Chart" mapping every national standard,
in the school's words and its own codes (V = Virtues, Z = Knowing, G = Gong/skill), to where it is "Cultivated"
and where it is "Tested". Header and footer, footnotes, two comments, tracked changes.

Traps (requirement ids in brackets):
- Tracked deletion of an assessment-only "Still Water route" and a tracked insertion saying all candidates take
  part in all five Phases and the regulations do not provide for assessment without study (2.3 not_met).
- CRB disclosures are "the employing school's business"; the School does not see or record them. A footer says
  "All participants are CRB checked" (footer, not evidence) and a comment asks whether the School should check
  (comment, not evidence) (5.3 not_met).
- The Outcome Chart row on outside services is a placeholder "[Gathering on services and agencies: to be
  confirmed with the County's Integrated Services team]" and the partnership row points to it (6.K9, 6.S9 not_met).
- The Outcome Chart row on helping class teachers with assessment for learning is a tracked deletion, with a
  comment explaining why (6.S2c not_met). Nothing on special arrangements for tests and examinations anywhere
  (6.S2d not_met).
- The Practice Book is read by the mentor but "is not marked and carries no credit": outcomes tested only there
  are developed but not assessed (6.A1, 6.A3, 6.S4, 6.S8 partially_met); the Winter Letter is written in it and
  is not marked (6.A7 partially_met), though the meeting with the headteacher on next objectives is a real
  arrangement (2.5 met). Disability equality law is taught but "not separately tested" (6.K3 partially_met;
  1.4 met).
- Work with parents: a past arrangement of the pilot year (shadowing the Parent Partnership Service) that the
  Service "could not continue"; now only the last hour of one Gathering (1.7 partially_met, with 6.S8).
- Research only in general terms ("carries recent research"), plus the school's own study of qigong with pupils
  with ADHD (right words, wrong thing); no inspection evidence (1.3 partially_met; 6.K8 and 6.A6 met through the
  Case in Motion's marking).
- Adjustments described only for the qigong that opens each Gathering, plus a level hall with a hearing loop:
  nothing on disclosure, selection or assessment (3.1 partially_met).
- The Bamboo Room (online): reading, recordings and a peer forum, but "tutors do not post in it" and questions go
  to the next Gathering (3.3 partially_met).
- Stakeholders: the Steering Circle that reviews the Award is the School, the University and a trustee, and asking
  parents and pupils is only a wish ("We would like, from the second year, ..."), but County officers teach and
  read a sample of the Maps of the Ground, headteachers join the Seed Conversation, host schools receive
  participants and participants' Closing Forms are read after every Gathering (4.3 met, a near-trap; 4.1 and 4.2
  met by the Listening Year and "What changed because of it").
- Resources: the University's library and e-journals, and the School's own library of books on taijiquan and
  qigong (right words, wrong thing); no specialist SEN teaching resources, assessment materials or assistive
  technology for participants (5.6 partially_met).
- Host-school days in Earth Week are "arranged where a host school can be found" (5.5 partially_met).
- Confidence measured before and after; pupils' progress only hoped for beyond the single task (5.9
  partially_met).
- Compensation between modules: an overall pass of 50 per cent, a module mark of 40-49 compensated (6.0
  partially_met), and outcomes left to the unmarked Practice Book (1.9 partially_met).
- A footnote carries the external examiner's name (5.8 met in any case); the text box carries the prior-learning
  arrangement (2.1 met).
"""
from pathlib import Path
from docx.shared import Pt, Cm
from _ov_helpers import (new_document, para, add_text, cell_text, shade, table, header_footer, landscape_section,
                         portrait_section, text_box, Footnotes, comment, tracked_insert, tracked_delete, delete_row)

HERE = Path(__file__).parent
NAME = "ov-01-lanternbrook-five-phases-chart"
AUTH_HM, AUTH_SV = "Helen Marchbank", "Simon Vell"
DATE1, DATE2 = "2009-03-09T10:12:00Z", "2009-03-16T16:40:00Z"

doc = new_document(font="Georgia", size=10.5)
fn = Footnotes(doc)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Georgia"
header_footer(doc.sections[0], "Lanternbrook School of Taijiquan and Qigong  ·  The Five Phases Chart  ·  Award edition 2009",
              "Lanternbrook School, Mill Lane, Essenby  ·  Registered charity 1108842  ·  All participants are CRB checked")

# ---------------------------------------------------------------- title and note to the panel
para(doc, "The Five Phases Chart", style="Title")
para(doc, "The National Award for Special Educational Needs Coordination, as taught by the Lanternbrook School of "
          "Taijiquan and Qigong with the University of Cawdor Hill and Essenby County Council", italic=True, size=12)
para(doc, "Award edition, March 2009, for the Training and Development Agency's round of approval", size=9)

doc.add_heading("To the panel", level=1)
para(doc, "Every student who comes to Lanternbrook is given a Five Phases Chart in their first week. It shows the year's "
          "practice as the old teachers showed the seasons: what takes root, what opens, what is digested, what is cut "
          "and refined, and what is stored for the next year. When we were asked to set out our SENCO Award for the panel "
          "we found we could not do better than give it the same chart, with the notes our tutors give beside it. What "
          "follows is the chart itself, the notes on each Phase, the arrangements for entering and taking part, the two "
          "cycles that hold the year together, and the Outcome Chart, which puts each national standard in our own words "
          "and shows where it is cultivated and where it is tested.")

# ---------------------------------------------------------------- partners
doc.add_heading("The School and its partners", level=1)
p = para(doc, "Lanternbrook has taught taijiquan and qigong in Essenby since 1994. Since 2001 our Still Point outreach team "
              "has taught movement and breathing practice in forty-one Essenby schools, twelve of them special schools. The "
              "Award is the work of three partners.")
p = para(doc, "**The University of Cawdor Hill** validates the Award as its Postgraduate Certificate in Special Educational "
              "Needs Coordination: 60 credits at Master's level (Level 7)")
fn.add(p, "Level 7 of the Framework for Higher Education Qualifications in England, Wales and Northern Ireland (2008).")
add_text(p, ", in three modules of 20 credits, each assessed by one of the Offerings described below. The University "
            "approved the programme at its validation event on 4 February 2009, and the certificate is the University's.")
para(doc, "**Essenby County Council's SEN and Inclusion Service** co-leads the Gatherings on law and local procedure and "
          "releases its officers to teach as guest tutors.")
para(doc, "**Lanternbrook** recruits participants, runs the Gatherings, appoints and briefs the mentors, and keeps each "
          "participant's record.")

# ---------------------------------------------------------------- Great Chart (landscape)
sec = landscape_section(doc)
doc.add_heading("The Great Chart", level=1)
para(doc, "Read down a column to see a Phase; read across a row to see how one thing changes through the year.", italic=True, size=9)
PH = ["Wood 木", "Fire 火", "Earth 土", "Metal 金", "Water 水"]
FILL = ["DCEBD6", "F6D5CF", "F3E9C6", "ECECEC", "D4DEEA"]
rows = [
    ("Season of the Award year", ["Spring term (January to March)", "Summer term (April to early July)",
                                  "Late summer (the Earth Week in July)", "Autumn term (September to November)",
                                  "Winter (December)"]),
    ("Module (University credit)", ["Rooting (20 credits, Level 7)", "Opening (20 credits, Level 7)", None,
                                    "Leading (20 credits, Level 7)", None]),
    ("Organ, and what it governs in the role", [
        "Liver, the planner: the law, the Code of Practice and the school's duties",
        "Heart, the ruler of relationships: pupils, their development and their needs",
        "Spleen, which turns food into strength: practice in schools",
        "Lung, which takes in and lets go: leading and developing colleagues",
        "Kidney, the store of essence: review, reflection and what comes next"]),
    ("Gatherings (taught days)", ["Roots of the Law; The Five Outcomes; The Map of Provision",
                                  "Growing; Knowing the Needs; Listening to Pupils",
                                  "Earth Week: three host-school days and two Field Days in your own school",
                                  "The Willing Colleague; Watching and Advising; The School Looks at Itself",
                                  "The Still Water Day"]),
    ("Qigong of the Phase", ["Standing like a Tree", "Lifting the Sky", "The Eight Pieces of Brocade",
                             "The Crane (Five Animals)", "Sitting in Stillness"]),
    ("Offering (assessed task)", ["The Map of the Ground (3,000 words)", "The Case in Motion (4,000 words)", None,
                                  "The Cutting Edge (3,000 words) and the Still Water Conversation (30 minutes)", None]),
    ("Who sits with you", ["Your tutor group leader and your school mentor, all year; your Practice Circle between "
                           "Gatherings", None, None, None, None]),
    ("Emotion to work with", ["Anger becomes resolve", "Joy becomes warmth", "Worry becomes care",
                              "Grief becomes letting go", "Fear becomes courage"]),
    ("Colour of the folder", ["Green", "Red", "Yellow", "White", "Blue"]),
]
t = table(doc, rows=len(rows) + 2, cols=6, widths_cm=[4.2, 4.5, 4.5, 4.5, 4.5, 4.5])
top = t.cell(0, 0).merge(t.cell(0, 5))
cell_text(top, "THE FIVE PHASES OF THE AWARD YEAR", bold=True, size=9, fill="3F4A3C", align="center")
top.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
cell_text(t.cell(1, 0), "Correspondence", bold=True, size=9, fill="D9D9D9")
for j, (ph, f) in enumerate(zip(PH, FILL)):
    cell_text(t.cell(1, j + 1), ph, bold=True, size=10, fill=f, align="center")
for i, (label, vals) in enumerate(rows):
    r = i + 2
    cell_text(t.cell(r, 0), label, bold=True, size=8.5, fill="EFEFEF")
    j = 0
    while j < 5:
        v = vals[j]
        span = 1
        while j + span < 5 and vals[j + span] is None:
            span += 1
        c = t.cell(r, j + 1)
        if span > 1:
            c = c.merge(t.cell(r, j + span))
        cell_text(c, v, size=8.5, fill=FILL[j] if span == 1 else None)
        j += span
para(doc, "")

# ---------------------------------------------------------------- Notes on the Phases
portrait_section(doc)
doc.add_heading("Notes on the Phases", level=1)
para(doc, "The purpose of the Award is that children and young people with SEN and/or disabilities in our participants' "
          "schools achieve more, and are healthier, safer and happier: all five Every Child Matters outcomes, not test "
          "scores alone. Every Gathering ends with the same question, \u2018What will this change for a pupil in your "
          "school?\u2019, and every Offering must show what the participant's work did for pupils: the Map of the Ground "
          "through the gaps it finds in provision, the Case in Motion through the measured effect of an intervention on "
          "a pupil's learning or well-being, the Cutting Edge through what changed in colleagues' teaching and what that "
          "did for the pupils concerned.")
para(doc, "Each Gathering's reading pack carries recent research, chosen by the tutors for that day.")
para(doc, "Each Offering is about a change made in the participant's own school. Markers look for evidence that the change "
          "happened and what it did, not only for an account of what was learned.")

doc.add_heading("Wood: Rooting (January to March)", level=2)
para(doc, "Wood is the phase of roots. Before anything grows the participant learns the ground the role stands on: the law, "
          "the duties of the school and the shape of its provision. The three Gatherings are:")
para(doc, "**Roots of the Law.** The Special Educational Needs Code of Practice (2001) and the SEN Toolkit; the Education "
          "Act 1996 as amended; the Education (Special Educational Needs Coordinators) (England) Regulations 2008; the "
          "Disability Discrimination Act 1995 as amended in 2001 and 2005, the Disability Equality Duty and the school's "
          "accessibility plan; what each asks of the school, its governors and its SENCO, and how the County's own "
          "procedures carry them out. Led with the County's Principal Officer for SEN.", style="List Bullet")
para(doc, "**The Five Outcomes.** Every Child Matters and the Children Act 2004; how a SENCO helps pupils with SEN and/or "
          "disabilities towards being healthy, staying safe, enjoying and achieving, making a positive contribution and "
          "achieving economic well-being; Removing Barriers to Achievement and the Inclusion Development Programme.",
     style="List Bullet")
para(doc, "**The Map of Provision.** Provision mapping and management: drawing a map for a year group, costing it, and "
          "finding the provision that is missing or is not working. Participants use the County's provision-mapping tool "
          "on their own school's figures.", style="List Bullet")
para(doc, "**Offering: the Map of the Ground.** Participants audit their school's provision for pupils with SEN and/or "
          "disabilities against the Code of Practice and the school's duties, draw a provision map for one year group, "
          "and identify two gaps or weaknesses, with a costed proposal to the headteacher. Tutors mark it against four "
          "criteria: accurate use of the law and the Code of Practice; the provision map and what it shows; the "
          "soundness of the proposal and of the judgements behind it; and how the five Every Child Matters outcomes "
          "are weighed. The disability equality duties are taught in Roots of the Law but are not separately tested.")

doc.add_heading("Fire: Opening (April to early July)", level=2)
para(doc, "Fire is the phase of the heart, and the heart governs relationships. The participant turns from the school's "
          "duties to the pupils themselves.")
p = para(doc, "**Growing.** How children develop, physically, emotionally, socially and in language and thinking, and how "
              "their development is shaped by SEN and disabilities and by the classroom, the school and the home. The "
              "reading pack for Growing includes the School's own study of qigong with pupils who have attention "
              "difficulties (Marchbank and Vell, 2007).", style="List Bullet")
p = para(doc, "**Knowing the Needs.** Behavioural, emotional and social difficulties; specific learning difficulties, "
              "including dyslexia; speech, language and communication needs, with the Bercow Review", style="List Bullet")
fn.add(p, "The Bercow Report: A Review of Services for Children and Young People (0-19) with Speech, Language and "
          "Communication Needs, DCSF, July 2008.")
add_text(p, "; autistic spectrum disorders; moderate learning difficulties; sensory and physical needs. For each, how it "
            "can affect learning, and the approaches, strategies and resources that remove barriers, including ICT such "
            "as symbol software and text-to-speech, with a critical eye to what the evidence for each approach is.")
para(doc, "**Listening to Pupils.** Ways of consulting children and young people about what affects them: talking mats, "
          "pupil conferences, person-centred reviews, questionnaires adapted for pupils with communication difficulties. "
          "Between this Gathering and the next, each participant carries out a consultation with pupils in their own "
          "school and brings back what they heard and what they did about it. The last hour of Listening to Pupils turns "
          "to families: participants share how their schools talk with parents and carers.", style="List Bullet")
para(doc, "In our pilot year (2007-08) each participant also spent a morning shadowing an officer of the Essenby Parent "
          "Partnership Service; the Service could not continue this in 2009.")
para(doc, "**Offering: the Case in Motion.** Participants follow one pupil, or a small group, through a cycle of the "
          "graduated response. They gather what is already known, including assessments made by other professionals "
          "such as the speech and language therapist or the educational psychologist; identify the needs; agree "
          "challenging targets with the pupil; plan an intervention and take a baseline; teach or oversee it for at "
          "least six weeks; review it with the pupil and colleagues; and judge what it achieved. Tutors mark it against: "
          "understanding of the pupil's needs and development; use of other professionals' assessments; the targets, "
          "the intervention and the evidence of its effect; a critical evaluation of the approach chosen, including any "
          "use of ICT; the pupil's part in planning and reviewing; and the use of research and reading to improve the "
          "participant's own and colleagues' practice.")

doc.add_heading("Earth: the Earth Week (July)", level=2)
para(doc, "Earth is the centre, the phase of digestion: what has been learned is turned into strength by practice. The "
          "Earth Week has two parts.")
para(doc, "**Host-school days.** Three days in a school with strong provision for pupils with SEN and/or disabilities, "
          "usually one of Essenby's special schools or resourced provisions, shadowing its SENCO. These are arranged "
          "where a host school can be found; where none can be found, the participant spends the three days in their "
          "own school.", style="List Bullet")
para(doc, "**Field Days.** Two days in the participant's own school, agreed with the headteacher, to put into place "
          "something from the Case in Motion for a wider group of pupils.", style="List Bullet")
para(doc, "Between Gatherings all year, each participant meets their Practice Circle: four or five SENCOs from "
          "neighbouring schools who advise one another on problems from their own schools and visit each other's "
          "classrooms once a term.")

doc.add_heading("Metal: Leading (September to November)", level=2)
para(doc, "Metal is the phase of the lung, which takes in and lets go, and of the blade, which refines. The participant "
          "now works through colleagues.")
para(doc, "**The Willing Colleague.** Working with the headteacher, the senior team and governors on the SEN policy, the "
          "school's inclusive ethos, its priorities and its budget; gaining commitment; deploying and managing "
          "teaching assistants; advising colleagues in school and in other schools.", style="List Bullet")
para(doc, "**Watching and Advising.** Observing teaching and learning and giving feedback; modelling; coaching and "
          "mentoring; planning and leading training for teachers and teaching assistants.", style="List Bullet")
para(doc, "**The School Looks at Itself.** School self-evaluation and improvement planning and where pupils with SEN "
          "and/or disabilities sit in them; using summative data, including national test results, RAISEonline and "
          "P scales, to track progress and change programmes; reviewing provision with colleagues.", style="List Bullet")
para(doc, "**Offering: the Cutting Edge.** A development project in which the participant leads colleagues to improve one "
          "part of provision, for example training teaching assistants in a reading intervention, or coaching a class "
          "teacher through a term. The report shows how the participant won the support of the headteacher and senior "
          "team; what advice was given to senior leaders or governors on policy, ethos or resources; how colleagues "
          "were trained, observed, given feedback or coached; how the change was reviewed with staff and what the "
          "review fed into the school's self-evaluation and improvement plan; and how the school's summative data, "
          "including national test results and P scale data, were used to judge the pupils' progress. It is marked on "
          "each of these and on the clarity of the writing.")

doc.add_heading("Water: the Still Water Day (December)", level=2)
para(doc, "Water is the phase of storing. On the Still Water Day the group looks back over the year, practises the "
          "scenarios of the Conversation, and writes the Winter Letter.")
para(doc, "**Offering: the Still Water Conversation.** A thirty-minute conversation with two tutors, one from the "
          "University, in which the participant presents the year's learning and then works through two short "
          "scenarios drawn on the day, for example a parent's complaint about provision or a pupil who is not making "
          "progress despite intervention. Tutors judge the clarity of the presentation and the answers; how well the "
          "participant listens to and takes up the tutors' questions; and the soundness of the decisions reached.")
para(doc, "**The Winter Letter.** Each participant writes a letter to themselves about the coming year in their Practice "
          "Book. Each then meets their headteacher with the Letter and their Personal Chart to agree objectives for "
          "their continuing professional development; we give a planning sheet for the meeting and a list of next "
          "steps, including the University's MA modules and the County's middle leadership programme.")

# ---------------------------------------------------------------- Entering and taking part
doc.add_heading("Entering the Award", level=1)
doc.add_heading("Who may enter", level=2)
para(doc, "Candidates must hold Qualified Teacher Status, be in post in an Essenby school or a school in a neighbouring "
          "authority, and be, or be about to become, the school's SENCO. They apply with a nomination from their "
          "headteacher.")
doc.add_heading("The Seed Sheet and the Seed Conversation", level=2)
para(doc, "Before their first Gathering each participant completes the Seed Sheet, rating themselves against every national standard on our "
          "four-point scale (Seedling, Sapling, Rooted, Spreading) with a line of evidence for each rating, and then has "
          "an hour's Seed Conversation with their tutor group leader and, where possible, their headteacher. The tutor "
          "tests the ratings: a participant who believes they know the Code of Practice may know the 1994 one. Together "
          "they write the participant's Personal Chart: the standards they will work on most, the Gatherings they must "
          "attend and those they may replace with a Practice Circle task, the focus of their Offerings, and the personal "
          "outcomes they set themselves for the year. The Personal Chart is revisited with the tutor at the end of Fire "
          "and at the end of Metal.")
para(doc, "The Seed Conversation is also our check that a candidate is ready. If the tutor judges that a candidate is not "
          "yet likely to reach every standard by the end of the year, most often a teacher with less than two years in "
          "the classroom, we say so, agree with the candidate and their headteacher what to do first (usually a term "
          "shadowing the school's present SENCO and the County's Introduction to SEN course), and offer a place in the "
          "next entry.")
text_box(doc, [
    "**Bringing credit with you**",
    "Participants who hold Master's-level credit gained in the last five years in a related field, for example the "
    "University's module Inclusive Classrooms, may ask to have up to 20 credits recognised through the University's "
    "procedure for the accreditation of prior learning; the University's Programme Committee decides. Experience "
    "without credit is recognised through the Seed Conversation, which can excuse a participant from up to two "
    "Gatherings, though never from an Offering.",
])
p = para(doc, "")
tracked_delete(p, "Teachers who already carry the role with distinction may ask to be assessed without joining the Phases "
                  "(the Still Water route): they present a portfolio and take the Still Water Conversation. ",
               AUTH_SV, DATE1)
tracked_insert(p, "All candidates take part in all five Phases: the University's regulations for the Certificate do not "
                  "provide for assessment without study.", AUTH_SV, DATE1)

doc.add_heading("Safeguarding", level=2)
p = para(doc, "")
runs = add_text(p, "Participants are serving teachers, and their enhanced CRB disclosures are held by their employing schools. "
                   "The School does not itself see or record disclosures: these are the employing school's business.")
comment(doc, runs, "Should we be checking these ourselves? Ask the County what other providers do.", AUTH_SV, "SV")

doc.add_heading("Taking part", level=2)
para(doc, "Every Gathering opens with fifteen minutes of qigong. It can be done seated, standing or simply watched, and no "
          "one is asked to do anything their body does not allow; we ask everyone at the Seed Conversation whether there "
          "is anything about the qigong they would like us to know. Our hall at Mill Lane is on one level, with a hearing "
          "loop.")

doc.add_heading("Flexible paths", level=2)
para(doc, "Participants may enter at Wood in January or at Metal in September. Those who enter at Metal take the Leading "
          "module first and the Rooting and Opening modules in the following spring and summer, holding their Still "
          "Water Conversation at the end of their own year. Each Gathering is given twice: as a Friday day at Mill Lane "
          "and as two twilight sessions at the County's Teachers' Centre in Harbridge, and a participant may mix the two. "
          "A participant may take up to three years to complete, pausing between modules. The first entry is at Metal "
          "in September 2009; the first January entry begins in January 2010.")
para(doc, "**The Bamboo Room.** The Award's pages on the University's online learning environment hold the reading packs, "
          "recordings of the Gathering talks and a discussion forum for each Practice Circle. The forum is the "
          "participants' own: tutors do not post in it, and questions for tutors are taken to the next Gathering.")
para(doc, "**Books and rooms.** Participants may use the University's library and its electronic journals with their "
          "student card, and may borrow from the School's own library at Mill Lane, which holds one of the largest "
          "collections of books on taijiquan and qigong in the north of England.")
para(doc, "**Fees.** The fee is £1,250, paid in two instalments; for Essenby maintained schools the County meets half from "
          "its Standards Fund. A Gathering that the Seed Conversation shows a participant does not need is replaced by a "
          "Practice Circle task, which saves the school a day's release.")

# ---------------------------------------------------------------- stakeholders
doc.add_heading("The Listening Year", level=1)
para(doc, "We spent 2008 listening before we wrote anything. We sent a questionnaire to the SENCOs of all 212 Essenby "
          "schools (118 replied), attended three meetings of the County's SENCO Forum, interviewed eleven headteachers, "
          "and held a focus group with the Essenby Parents' Forum and one with the County's Young People's Disability "
          "Panel. New SENCOs told us they felt least sure of provision mapping and of leading colleagues older than "
          "themselves; headteachers asked that release be kept to no more than ten days in the year; parents asked for "
          "SENCOs who explain plainly what the school is doing and why; the young people asked to be asked.")
para(doc, "**What changed because of it.** We added a third Metal Gathering, Watching and Advising, on coaching and "
          "feedback; we capped the taught days at nine and added the twilight repeat of every Gathering; we made the "
          "pupil's part in planning and reviewing a marking criterion of the Case in Motion; and the Practice Circles "
          "were the SENCO Forum's suggestion.")
para(doc, "Stakeholders take part in the Award as it runs: the County's officers teach in Roots of the Law and Knowing the "
          "Needs, headteachers join the Seed Conversation and the Winter Letter meeting, and host schools receive "
          "participants in Earth Week. The Award is reviewed each December by the Steering Circle: the School's "
          "director, the University's programme leader and the chair of the Lanternbrook trustees. We would like, from "
          "the second year, to ask parents and pupils in participants' schools what difference the Award has made to "
          "them.")

# ---------------------------------------------------------------- people
doc.add_heading("The people", level=1)
staff = [
    ("Dr Helen Marchbank", "Director of the Award; tutor group leader",
     "SENCO in two Essenby primary schools 1990-99; educational psychologist with Essenby County Council 1999-2006; "
     "PhD (child development); teacher of taijiquan since 1996"),
    ("Dr Simon Vell", "University programme leader; second marker",
     "Senior lecturer in inclusive education, University of Cawdor Hill; head of a special school 1998-2005"),
    ("Ruth Okonjo", "Tutor group leader",
     "SENCO at Harbridge Park Primary School (current); MA Special and Inclusive Education"),
    ("Graham Pell", "Guest tutor (County)", "Principal Officer for SEN, Essenby County Council"),
    ("Anjali Desai", "Guest tutor (County)", "Specialist teacher for autism, Essenby Inclusion Support Team"),
]
t = table(doc, rows=len(staff) + 1, cols=3, widths_cm=[3.8, 4.6, 8.2])
for j, h in enumerate(["Name", "Part in the Award", "Background"]):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="DCEBD6")
for i, row in enumerate(staff):
    for j, v in enumerate(row):
        cell_text(t.cell(i + 1, j), v, size=9)
para(doc, "Every tutor spends at least five days a year working in schools on SEN and attends the County's SENCO Forum, "
          "so that what is taught stays current.", space_after=6)

# ---------------------------------------------------------------- cycles
doc.add_heading("The Generating Cycle", level=1)
para(doc, "In the generating cycle Wood feeds Fire, Fire makes Earth, Earth bears Metal, Metal carries Water and Water "
          "nourishes Wood. So it is with the Award: the Map of the Ground shows the participant where a pupil's case "
          "should start; the Case in Motion gives the Earth Week its work; what is practised in Earth becomes what is "
          "led in Metal; and the Still Water Day, with the Winter Letter, becomes the seed of the next year. The "
          "Personal Chart, revisited at the end of Fire and of Metal, is where each participant's progress through the "
          "cycle is recorded and the next Phase's choices are made.")

doc.add_heading("The Controlling Cycle", level=1)
para(doc, "In the controlling cycle each Phase restrains another, so that nothing grows out of balance. We use it for the "
          "Award's checks.")
for txt in [
    "**Metal cuts Wood.** The Offerings test what the Seed Conversation assumed. Each participant's Offering marks are "
    "compared with their Seed Sheet ratings, and the tutors review the Seed Sheet where the two disagree.",
    "**Water quenches Fire.** Every Gathering ends with a Closing Form on which participants say what worked and what "
    "did not; the tutors meet the same afternoon to read them and change the next Gathering where they need to.",
    "**Earth dams Water.** Mentors report to the tutor group leader by telephone at the end of each Phase on what the "
    "participant is doing in school, so that reflection is checked against practice.",
    "**Wood parts Earth.** The County's Principal Officer reads a sample of the Maps of the Ground each year to check "
    "that the law is being applied as the County applies it.",
    "**Fire melts Metal.** Each Offering is marked by the tutor group leader and second-marked by a University tutor "
    "for a sample of one in three and for every fail and every distinction, after a standardising meeting at which "
    "all markers mark the same two scripts. The University's Board of Examiners, with the external examiner, confirms "
    "all marks.",
]:
    p = para(doc, txt, style="List Bullet")
fn.add(p, "The external examiner for 2009-10 is Dr Margaret Ellery, Reader in Special Education at the University of "
          "Harthill.")
para(doc, "Tutors and guest tutors have a half-day induction each August with a written description of their part. Each "
          "participant's mentor, a senior colleague in their school chosen with the headteacher, receives the Mentor's "
          "Note and comes to a two-hour briefing at Mill Lane in the first month.")
para(doc, "The Steering Circle's December Review reads the Closing Forms, the mentors' reports, the marks by standard, "
          "the external examiner's report and the University's annual monitoring report, and sets the changes for the "
          "next year, which are sent to every participant and mentor in January as What We Changed. Participants rate "
          "their confidence against each standard on the Seed Sheet and again on the Still Water Day, and we report the "
          "change for the whole group to the Steering Circle. We hope in time to follow pupils' progress for a year "
          "after the Award, but we have not yet found a way to do so.")
para(doc, "To gain the Certificate a participant must reach an overall pass of 50 per cent across the three modules. A "
          "module mark between 40 and 49 may be compensated by a higher mark in another module, as the University's "
          "regulations allow.")

doc.add_heading("The Practice Book", level=1)
para(doc, "Each participant keeps a Practice Book, as every Lanternbrook student does. It is read by the mentor each half "
          "term and discussed, but it is not marked and carries no credit. Its set pages are: Fair Dealing (how the "
          "participant builds respectful relationships with pupils and with their parents and carers); Ordering the Week "
          "(priorities, time and what to delegate); Deploying Support Staff (how teaching assistants are placed and "
          "managed); Families (how the participant works with parents and carers); and the Winter Letter.")

# ---------------------------------------------------------------- Outcome Chart
doc.add_heading("The Outcome Chart", level=1)
para(doc, "V: the Virtues of the practitioner. Z: Knowing. G: Gong, the skill that comes from long practice.",
     italic=True, size=9)
OC = [
    ("V1", "Dealing fairly and respectfully with pupils and their parents or carers", "Listening to Pupils; Earth Week", "Practice Book (Fair Dealing)"),
    ("V2", "Winning the commitment of colleagues, the headteacher and senior leaders", "The Willing Colleague", "Cutting Edge"),
    ("V3", "Ordering the week: priorities, time and delegation", "Earth Week", "Practice Book (Ordering the Week)"),
    ("V4", "Seeing problems coming, solving them and judging provision soundly", "Practice Circles; Still Water Day", "Map of the Ground; Still Water Conversation"),
    ("V5", "Speaking and writing clearly; listening to others' views", "All Gatherings", "Still Water Conversation; all written Offerings"),
    ("V6", "Using research and outside advice to improve one's own and colleagues' practice", "Reading packs", "Case in Motion"),
    ("V7", "Keeping up to date and owning one's own development", "Still Water Day", "Practice Book (Winter Letter)"),
    ("Z1", "The law on SEN and the Code of Practice, and how to put them into practice", "Roots of the Law", "Map of the Ground"),
    ("Z2", "Every Child Matters and the SENCO's part in the five outcomes", "The Five Outcomes", "Map of the Ground"),
    ("Z3", "Disability equality law and what it requires", "Roots of the Law", "Not separately tested"),
    ("Z4", "How children develop and what affects their development", "Growing", "Case in Motion"),
    ("Z5", "The common SEN and disabilities and their effect on learning", "Knowing the Needs", "Case in Motion"),
    ("Z6", "Approaches, strategies and resources, including ICT, known critically", "Knowing the Needs", "Case in Motion"),
    ("Z7", "School self-evaluation and improvement for pupils with SEN", "The School Looks at Itself", "Cutting Edge"),
    ("Z8", "Best practice and research on meeting SEN", "Reading packs", "Case in Motion"),
    ("Z9", "[Gathering on services and agencies: to be confirmed with the County's Integrated Services team]", "", ""),
    ("G1", "Shaping, with senior leaders and governors, an inclusive ethos, policy, priorities and resources", "The Willing Colleague", "Cutting Edge"),
    ("G2", "Identifying needs, setting targets, planning interventions and reviewing progress", "Knowing the Needs", "Case in Motion"),
    ("G2a", "Using other professionals' assessments in planning teaching", "Knowing the Needs", "Case in Motion"),
    ("G2b", "Using summative data and national tests to track progress and change programmes", "The School Looks at Itself", "Cutting Edge"),
]
OC2 = [
    ("G3", "Provision mapping; finding missing or ineffective provision", "The Map of Provision", "Map of the Ground"),
    ("G4", "Deploying and managing support staff", "The Willing Colleague", "Practice Book (Deploying Support Staff)"),
    ("G5", "Developing colleagues: observation and feedback, modelling, coaching, training", "Watching and Advising", "Cutting Edge"),
    ("G6", "Reviewing provision with staff to inform self-evaluation", "The School Looks at Itself", "Cutting Edge"),
    ("G7", "Pupils taking part in planning and reviewing their own provision", "Listening to Pupils", "Case in Motion"),
    ("G8", "Working with parents and carers", "Listening to Pupils (last hour)", "Practice Book (Families)"),
    ("G9", "Working with other services and agencies, including voluntary organisations", "See Z9", ""),
]
t = table(doc, rows=1, cols=4, widths_cm=[1.3, 7.6, 4.0, 4.1])
for j, h in enumerate(["No.", "The standard, in our words", "Cultivated in", "Tested in"]):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="D4DEEA")
for code, std, cult, test in OC:
    r = t.add_row()
    for j, v in enumerate((code, std, cult, test)):
        cell_text(r.cells[j], v, size=8.5)
dr = delete_row(t, ["G2c", "Helping class teachers build assessment for learning for every pupil, with thought for pupils with SEN",
                    "Watching and Advising", "Cutting Edge"], AUTH_HM, DATE2, size=8.5)
for code, std, cult, test in OC2:
    r = t.add_row()
    for j, v in enumerate((code, std, cult, test)):
        cell_text(r.cells[j], v, size=8.5)
comment(doc, t.rows[len(OC)].cells[1].paragraphs[0].runs, "Took the AfL row out: the Cutting Edge can't carry "
        "everything and the markers never found it. HM", AUTH_HM, "HM")
para(doc, "")
para(doc, "Lanternbrook School of Taijiquan and Qigong, Mill Lane, Essenby. March 2009.", italic=True, size=9)

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
