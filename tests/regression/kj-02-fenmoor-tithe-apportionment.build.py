"""kj-02-fenmoor-tithe-apportionment

Provider (invented): Fenmoor County Archives, Learning Service, with the
University of Stowbridge, Faculty of Education, which validates the course.
February 2009.

Document kind and layout: the course set out as a tithe apportionment in the
manner of those of 1836-1852 the Archives holds, the document its Learning
Service uses with schools every week. No heading styles: centred bold
capitals. A title block; a legal "WHEREAS" preamble with hand-typed lettered
clauses defining the house vocabulary (participants are "Occupiers", tutors
"Valuers", school mentors "Reeves", study days "Vestry Days", units "Closes",
the three assessed assignments "Field Books", the assessment record "the
Valuation Roll", the online area "the Tithe Barn") and a key to the "State of
Cultivation" column given in sentences ("Arable" taught and proved, "Meadow"
taught not proved, "Valued only" proved not taught, "Common" held with the
Hollin course and worked there, "Waste" not cultivated). Schedule I (the three
Closes) with a merged totals row; Schedule II (the outcome Lands, numbered
L.1 to L.28 on "the Plan") with shaded merged group rows. The "Assistant
Commissioner's Report": a printed questionnaire whose grey italic prompts are
left in, answered below each. "The Former Apportionment of 2006" (a past
course) and an "Extract from the Apportionment of the adjoining Course of
Hollin" (another provider). A confirmation block with "[L.S.]" and date
placeholders. Page header and footer. Two Word comments.

Traps (requirement ids):
- 2.1 not_met: "No allowance for prior study or experience is made under this
  Apportionment"; the allowance of prior credits is Hollin's (other provider).
- 5.5 not_met: placements at Marsh Lane Special School belonged to the Former
  Apportionment (past arrangement); every Vestry Day is led by the two
  Valuers, no other specialists.
- 5.9 not_met: impact on pupils only hoped for, figures "[to be supplied
  after the first season]"; a comment offering figures is not evidence.
- 6.K3 not_met: "Waste"; a comment proposing to move it into a Close is not
  evidence.
- 6.S9 not_met: "Common", worked at Hollin, to which Fenmoor Occupiers are
  "not admitted".
- 1.4 partially_met: SEN law, ECM and Removing Barriers are taught, but
  disability equality law is "Waste" (L.10).
- 1.6 partially_met: colleagues within the school only; beyond the school is
  the Hollin Common.
- 1.3 partially_met: the reading is "the standard works" of 1978-2001; no
  recent research or inspection evidence.
- 1.9 partially_met: "Meadow" lands are never proved.
- 3.2 partially_met: one September start, Closes taken in order; only a
  choice of day or evening Vestry Days.
- 4.3 partially_met: heads and the Schools Forum are sent the end-of-course
  report (informed), with no part in evaluation.
- 5.2 partially_met: any teacher with QTS whose head nominates them; no check
  of prior knowledge or skills.
- 5.8 partially_met: each Valuer values their own Occupiers' Field Books; the
  external examiner is "to be appointed".
- 6.0 partially_met: the award needs every Land "under the plough" (Arable or
  Valued only) proved, not every minimum outcome.
- 6.A1, 6.A5, 6.K2, 6.K9 partially_met: "Meadow" (developed, not assessed).
- 6.S1, 6.S6 partially_met: "Valued only" (assessed, not developed).
- 2.3 met: "valued without occupation", an assessment-only route for
  experienced SENCOs in exceptional cases (despite the odd vocabulary).
- 5.3 met: the Clerk sees and records each Occupier's enhanced CRB disclosure.
- Grey prompts of the questionnaire and the preamble's "WHEREAS" legal
  framing are not answers; header and footer carry nothing used.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kj_helpers import new_doc, para, runs, table, merged_row, shade, cell_text, header_footer  # noqa: E402

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Times New Roman", 11)
header_footer(d, "FENMOOR COUNTY ARCHIVES \u2014 LEARNING SERVICE \u2014 TA/SNC/1 \u2014 Apportionment (copy for the panel)",
              "Copies of the county's tithe apportionments and maps may be ordered from the Search Room. "
              "All Occupiers are CRB checked.")
GREY = "808080"

para(d, "FENMOOR COUNTY ARCHIVES", bold=True, align="c", size=13)
para(d, "LEARNING SERVICE, WITH THE UNIVERSITY OF STOWBRIDGE, FACULTY OF EDUCATION", bold=True, align="c", size=10)
para(d, "")
para(d, "APPORTIONMENT", bold=True, align="c", size=20)
para(d, "OF THE CREDITS FOR THE NATIONAL AWARD FOR SPECIAL EDUCATIONAL NEEDS COORDINATION", bold=True, align="c")
para(d, "IN THE COURSE OF FENMOOR, IN THE COUNTY OF FENMOOR", bold=True, align="c")
para(d, "Season of 2009\u201310", italic=True, align="c")
para(d, "")
para(d, "The Learning Service works with schools every week on the tithe apportionments of 1836 to 1852 held in "
        "this office, in which every field of a parish is numbered on a plan and entered in a schedule with its "
        "owner, its occupier, its state of cultivation and its share of the rent-charge. We have set out our "
        "course for the national award in the same way, because it lets a reader see every piece of the course, "
        "who holds it and what is done with it, on one schedule. The preamble explains our terms; Schedule II "
        "shows where each of the national outcomes lies; the Assistant Commissioner's Report answers the "
        "panel's questions in the manner of the Commissioners' own printed questionnaire.", italic=True, size=10)

# ---------------------------------------------------------------- preamble
para(d, "")
para(d, "PREAMBLE", bold=True, align="c")
pre = [
    ("WHEREAS", " the Fenmoor County Archives Learning Service (\"the Learning Service\") and the University of "
     "Stowbridge, Faculty of Education (\"the University\") have agreed to offer together a course leading to the "
     "National Award for Special Educational Needs Coordination, and the University has validated that course, "
     "at its validation event of 21 November 2008, as a Postgraduate Certificate in SEN Coordination of 60 "
     "credits at Master's level (Level 7), the said credits counting towards the University's MA Education;"),
    ("AND WHEREAS", " the 60 credits are apportioned among three Closes of 20 credits each, as set out in "
     "Schedule I, and every national outcome of the award is numbered on the Plan and entered in Schedule II;"),
    ("AND WHEREAS", " in this Apportionment the following words have the following meanings: (a) an "
     "\"Occupier\" is a teacher enrolled on the course; (b) a \"Valuer\" is a tutor of the course; (c) a "
     "\"Reeve\" is the senior colleague in the Occupier's school who acts as the Occupier's mentor; (d) a "
     "\"Vestry Day\" is a taught day at the Archives; (e) a \"Close\" is a unit of the course; (f) a \"Field "
     "Book\" is a piece of assessed work; (g) \"the Valuation Roll\" is the University's record of each "
     "Occupier's assessed work and of the Lands each Field Book proves; (h) \"the Tithe Barn\" is the course's "
     "online area on the University's Moodle site;"),
    ("AND WHEREAS", " the State of Cultivation of each Land in Schedule II is given in one of five words, which "
     "have these meanings and no other: a Land that is \"Arable\" is taught at the Vestry Day named and proved in "
     "the Field Book named; a Land that is \"Meadow\" is taught at the Vestry Day named but is not proved in any "
     "Field Book; a Land that is \"Valued only\" is proved in the Field Book named but is not taught at any "
     "Vestry Day; a Land that is \"Common\" is held in common with the adjoining Course of Hollin and is worked "
     "and proved there, not in this Apportionment; and a Land that is \"Waste\" is not cultivated in this "
     "Apportionment;"),
    ("AND WHEREAS", " the whole of the course is directed to raising the achievement of children and young people "
     "with special educational needs and disabilities and improving their well-being in each of the five "
     "Every Child Matters outcomes, and every Field Book requires the Occupier to show, from evidence gathered "
     "in their own school, what has changed for the pupils concerned in their attainment and progress and in "
     "their health, safety, enjoyment, contribution and economic well-being;"),
    ("NOW THEREFORE", " we the undersigned do apportion the credits of the said course as follows."),
]
for lead, rest in pre:
    p = d.add_paragraph()
    runs(p, [(lead, {"bold": True}), (rest, {})])

# ---------------------------------------------------------------- schedule I
para(d, "")
para(d, "SCHEDULE I. THE CLOSES", bold=True, align="c")
s1 = [["Landowners", "Occupiers", "No. on Plan", "Name and Description of Close", "State of Cultivation",
       "Quantity (hours)", "Credits"],
      ["The University and the Learning Service", "All Occupiers", "C.1",
       "GLEBE CLOSE: the pupil, the law and the school. Vestry Days 1 and 2. The SEN Code of Practice and Part 4 of the "
       "Education Act 1996, Every Child Matters and the Children Act 2004, and Removing Barriers to Achievement, "
       "and what they require of a school. Identifying pupils who may have SEN; setting targets; "
       "planning and reviewing interventions; consulting pupils about their needs and their provision using "
       "pupil-centred reviews and the school council; working with parents and carers as partners. Between the "
       "days each Occupier carries out a pupil-centred review in school with the pupil, the family and the "
       "class teacher, and brings the record to Vestry Day 2. Field Book 1, \"The Survey\": a case study of one "
       "pupil, 5,000 words.", "Arable", "60", "20"],
      ["The University and the Learning Service", "All Occupiers", "C.2",
       "LONG FURLONG: provision and teaching. Vestry Days 3 and 4. Approaches, strategies and resources for "
       "teaching pupils with SEN, including ICT; formative assessment; provision mapping; deploying teaching "
       "assistants; research on what works. Between the days each Occupier maps the provision in their own "
       "school and trials one change. Field Book 2, \"The Plan\": the school's provision map with a critical "
       "commentary, 4,000 words, and a deployment plan for support staff.", "Arable", "60", "20"],
      ["The University and the Learning Service", "All Occupiers", "C.3",
       "LAMMAS MEADOW: leading and improving. Vestry Days 5 and 6. The SENCO as a leader; supporting colleagues' "
       "development by coaching, modelling and observation with feedback; school self-evaluation and "
       "improvement; the SENCO's time and priorities; one's own professional development. Between the days each "
       "Occupier leads a change in practice in their school with the Reeve's support. Field Book 3, \"The "
       "Valuation\": a portfolio of the change led, with the Reeve's observation record, a 20-minute "
       "presentation to the head and a governor, and a reflective essay, 3,000 words.", "Arable", "60", "20"],
      ["TOTALS", None, None, None, None, "180", "60"]]
t1 = table(d, s1, widths=[2.6, 1.8, 1.3, 6.8, 1.7, 1.4, 1.2], size=9)
tc = t1.cell(4, 0).merge(t1.cell(4, 4))
shade(tc, "EDEDED")

# ---------------------------------------------------------------- schedule II
para(d, "")
para(d, "SCHEDULE II. THE OUTCOME LANDS", bold=True, align="c")
para(d, "The national outcomes as numbered on the Plan, in the Learning Service's words. The State of "
        "Cultivation is as defined in the preamble.", italic=True, size=9)
s2 = [["No. on Plan", "Name and Description of Land", "Vestry Day", "Field Book", "State of Cultivation"]]
groups = []


def grp(t):
    s2.append([t, None, None, None, None])
    groups.append(len(s2) - 1)


def land(n, desc, day, fb, state):
    s2.append([n, desc, day, fb, state])


grp("ATTRIBUTES")
land("L.1", "Fair and supportive relationships with pupils with SEN and with their families", "2", "\u2014", "Meadow")
land("L.2", "Winning the commitment of colleagues, the head and senior leaders", "5", "3", "Arable")
land("L.3", "Setting priorities, managing time and delegating", "6", "3", "Arable")
land("L.4", "Foreseeing and solving problems; sound decisions on provision", "3", "2", "Arable")
land("L.5", "Speaking and writing clearly; listening to and understanding others' views", "1", "\u2014", "Meadow")
land("L.6", "Using research and outside advice to improve one's own and colleagues' practice", "4", "2", "Arable")
land("L.7", "Keeping up to date and owning one's professional development in SEN", "6", "3", "Arable")
grp("KNOWLEDGE AND UNDERSTANDING")
land("L.8", "SEN law and guidance, the Code of Practice, and putting them into practice", "1", "1", "Arable")
land("L.9", "Every Child Matters: its principles and outcomes and the SENCO's part", "1", "\u2014", "Meadow")
land("L.10", "Disability equality law and the actions it requires", "\u2014", "\u2014", "Waste")
land("L.11", "How children develop, and how SEN, disability and surroundings affect development", "2", "1", "Arable")
land("L.12", "The commonest kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their "
     "effect on learning", "2", "1", "Arable")
land("L.13", "A critical grasp of approaches, strategies and resources for assessing, planning and teaching, "
     "including ICT", "3", "2", "Arable")
land("L.14", "The principles of school self-evaluation and improvement for pupils with SEN", "6", "3", "Arable")
land("L.15", "Best practice and what research shows in meeting SEN", "4", "2", "Arable")
land("L.16", "What outside agencies do and how to obtain specialist support and resources", "2", "\u2014", "Meadow")
grp("SKILLS")
land("L.17", "With the head and governors, shaping an inclusive ethos, policy, priorities and resources", "\u2014",
     "3", "Valued only")
land("L.18", "Identifying pupils who may have SEN, setting challenging targets, planning interventions, "
     "reviewing progress", "1", "1", "Arable")
land("L.19", "Using other professionals' assessments to shape teaching", "2", "1", "Arable")
land("L.20", "Using summative assessment and national tests to track progress and adjust programmes", "2", "1",
     "Arable")
land("L.21", "Helping colleagues use formative assessment with pupils with SEN", "3", "2", "Arable")
land("L.22", "Arranging in good time special arrangements for national tests and examinations", "2", "1", "Arable")
land("L.23", "Provision mapping and management; finding provision that is ineffective or missing", "3", "2",
     "Arable")
land("L.24", "Deploying and managing support staff", "4", "2", "Arable")
land("L.25", "Developing colleagues through observation and feedback, modelling, coaching, mentoring and training",
     "5", "3", "Arable")
land("L.26", "Reviewing with colleagues how well provision works, to inform the school's self-evaluation", "\u2014",
     "3", "Valued only")
land("L.27", "Involving pupils in planning, agreeing, reviewing and evaluating their provision", "1", "1", "Arable")
land("L.28", "Working with parents and carers", "2", "1", "Arable")
land("L.29", "Working in partnership with other services, agencies and voluntary organisations", "\u2014", "\u2014",
     "Common")
t2 = table(d, s2, widths=[1.5, 9.0, 1.6, 1.6, 2.6], size=9)
for i in groups:
    merged_row(t2, i, s2[i][0], fill="E2DCC8", size=9)
for row in t2.rows:
    if row.cells[1].text.startswith("Disability equality law"):
        d.add_comment(row.cells[4].paragraphs[0].runs, text="Did we agree this goes into Glebe Close from "
                      "September? If so it should be Arable. JH", author="J. Hollis", initials="JH")

# ---------------------------------------------------------------- report
para(d, "")
para(d, "THE ASSISTANT COMMISSIONER'S REPORT", bold=True, align="c")
para(d, "Upon the Course of Fenmoor. Made by Dr Margaret Lowther, the University's link tutor, acting as "
        "Assistant Commissioner, with the answers of the Learning Service.", italic=True, align="c", size=10)

QA = [
    ("1. Name of the course, and by whom it is owned and occupied.",
     "State the owners of the land and the occupiers, and the authority under which the course is held.",
     ["The Fenmoor Apportionment, a Postgraduate Certificate in SEN Coordination, owned jointly by the University, "
      "which validates it and confers the award, and the Learning Service, which teaches it at the Archives. It is "
      "occupied by teachers of Fenmoor's schools who are, or are about to become, SENCOs. The University "
      "fee of \u00a31,200 is met from the County's SEN budget, so schools meet only the cost of release, and the "
      "evening alternative to each Vestry Day keeps even that low; the directed tasks are set for each Occupier "
      "from their Field Plan, so no two holdings are worked alike."]),
    ("2. How are Occupiers admitted, and what is required of them?",
     "Describe the terms of entry and any checks made before an Occupier takes up a holding.",
     ["The course is open to any teacher with Qualified Teacher Status whose head nominates them. The head signs "
      "the nomination form and names the Reeve.",
      "At the first Vestry Day the Clerk to the course sees each Occupier's enhanced CRB disclosure certificate, "
      "checks that it was issued within the last three years and for work with children, and records its number "
      "and date on the Valuation Roll; an Occupier without a current disclosure is not admitted to the second "
      "Vestry Day until one has been obtained through the County's personnel service."]),
    ("3. How is each holding measured before entry?",
     "State how the Occupier's needs are assessed and what use is made of the assessment.",
     ["Before the first Vestry Day each Occupier completes a Holding Survey: they rate themselves against each of "
      "the 29 Lands of Schedule II and give an example from their own practice for each. The Occupier's Valuer "
      "and Reeve read it with them in a meeting at the school, and together they write a Field Plan: the Lands "
      "the Occupier most needs to work, the personal targets they set for the year, and the directed tasks "
      "chosen to meet them. The Field Plan is reviewed at the end of each Close."]),
    ("4. Is any allowance made for prior study or experience?",
     "If prior credits or experience are allowed, state on what terms.",
     ["No allowance for prior study or experience is made under this Apportionment. Every Occupier works all "
      "three Closes. (See the Extract from the Apportionment of the adjoining Course of Hollin, below, for that "
      "course's terms.)"]),
    ("5. May an experienced SENCO be valued without occupation?",
     "",
     ["Yes, in exceptional cases. A SENCO with at least five years' experience in the role who can show that "
      "they already meet the outcomes may apply to the University to be valued without occupation: they do not "
      "attend the Vestry Days but submit all three Field Books, which are valued on exactly the same terms as "
      "those of other Occupiers, and are interviewed by a Valuer and the external examiner on their "
      "portfolio. The University's admissions tutor decides each application."]),
    ("6. When and how is the land worked?",
     "State the times and manner of working, and any use of electronic means.",
     ["All Occupiers begin in September and take the three Closes in order, Glebe Close, Long Furlong, Lammas "
      "Meadow, over one school year. Each Vestry Day is offered twice, once as a full day on a Tuesday and once "
      "as two evening sessions in the same fortnight, and Occupiers may choose either.",
      "The Tithe Barn, the course's Moodle area, carries the readings and slides for every Vestry Day, a "
      "discussion forum for each Close in which Occupiers share their directed tasks and comment on one "
      "another's, and a weekly \"Barn Door\" thread in which a Valuer answers Occupiers' questions within two "
      "working days throughout the year, including the weeks between Vestry Days. Each Occupier has a "
      "fortnightly online tutorial with their Valuer between Vestry Days, and drafts of Field Books are "
      "submitted and returned with comments through the Tithe Barn."]),
    ("7. What provision is made for Occupiers who are disabled?",
     "",
     ["The Learning Service and the University meet their duties under disability and equality law for every "
      "Occupier. The nomination form asks each Occupier whether they need any adjustment; the University's "
      "disability adviser meets any Occupier who asks, and an adjustment plan is agreed before the first Vestry "
      "Day (for example large-print or electronic materials, a note-taker, extended deadlines, or a Field Book "
      "presented in another form). The Archives' education room has step-free access and a hearing loop."]),
    ("8. Who was consulted in setting out the Apportionment?",
     "",
     ["In spring 2008 the Learning Service surveyed all 96 SENCOs in Fenmoor's schools (71 replied) and held a "
      "meeting with the Fenmoor Headteachers' Association and another with the Fenmoor Parents' Forum. SENCOs "
      "asked for the course to be rooted in their own schools and to be possible without a day's release every "
      "week; heads asked for leadership of staff to carry as much weight as knowledge of need; parents asked "
      "that SENCOs learn to listen to families and to involve pupils in their own reviews.",
      "As a result the evening alternative to each Vestry Day was introduced, the whole of Lammas Meadow was "
      "given to leading and improving, the pupil-centred review was made the directed task of Glebe Close, and "
      "a parent from the Forum now speaks at Vestry Day 2."]),
    ("9. Who will have a voice in the review of the Apportionment?",
     "",
     ["The end-of-course report is sent each summer to every head with an Occupier on the course and to the "
      "Fenmoor Schools Forum."]),
    ("10. Who are the Valuers and Reeves, and how are they prepared?",
     "",
     ["The two Valuers are James Hollis, for nine years SENCO of a Fenmoor comprehensive and since 2006 the "
      "Learning Service's education officer, who holds an MA in Inclusive Education and the OCR Diploma in "
      "Specific Learning Difficulties; and Dr Anwen Price, Senior Lecturer in SEN at the University, a former "
      "advisory teacher for autism, who is research-active in pupil voice. Both keep their knowledge current "
      "through the County SENCO network and the University's SEN research group. All Vestry Days are led by the "
      "two Valuers.",
      "Each Reeve attends a half-day Reeves' training afternoon at the Archives in September, at which the "
      "Valuers go through the Reeve's part (the Field Plan meeting, support between Vestry Days, the observation "
      "of the change led in Lammas Meadow and how to write the observation record) and each Reeve receives the "
      "Reeves' Handbook. Valuers have the University's course handbook and attend its annual assessment "
      "briefing."]),
    ("11. What specialist knowledge and ground are available to Occupiers?",
     "",
     ["The Archives' education room has fifteen laptops, a projector and an interactive whiteboard. The Learning "
      "Service keeps a lending library of some 400 books on SEN and a set of assessment materials, and the "
      "University's library and electronic journals are open to every Occupier. The County's ICT centre lends "
      "assistive technology (text-to-speech, switch access, symbol software) for Occupiers to try in their "
      "schools.",
      "Placements in special schools were a feature of the Former Apportionment (see below) and are not part of "
      "this one."]),
    ("12. How are Field Books valued, and by whom checked?",
     "",
     ["Each Valuer values the Field Books of their own Occupiers against the University's Level 7 criteria and "
      "enters the result on the Valuation Roll. An external examiner is to be appointed by the University."]),
    ("13. How will the course be evaluated?",
     "Name the methods to be used and state how the evidence will be used.",
     ["Occupiers complete an evaluation at the end of each Vestry Day and each Close; the Reeves are asked for "
      "their views at the end of the year; the Valuers observe each other's teaching once a term; and the "
      "University's annual monitoring and five-yearly periodic review, with a panel member from another university, look at the course against others in the "
      "Faculty. The Learning Service and the University meet each July to read this evidence together and agree "
      "the changes for the next season, which are recorded in the course's annual action plan."]),
    ("14. What improvement is looked for in the parish?",
     "State what measures of improvement in pupils' outcomes and in the Occupiers' practice will be used.",
     ["It is hoped that the course will raise the attainment of pupils with SEN in the Occupiers' schools and "
      "that Occupiers will grow in confidence. [Figures to be supplied after the first season.]"]),
    ("15. What becomes of Occupiers who complete?",
     "",
     ["At the last Vestry Day each Occupier meets their Valuer and Reeve to review the Field Plan and agree "
      "written targets for their next two years as a SENCO, including whether to carry their credits into the "
      "University's MA Education; the targets are sent to the head."]),
    ("16. On what terms is the award made?",
     "",
     ["The award is made only to an Occupier whose Valuation Roll shows every Land under the plough proved, that "
      "is every Land that is Arable or Valued only in Schedule II, and all three Field Books passed."]),
]
for q, prompt, answers in QA:
    para(d, q, bold=True)
    if prompt:
        para(d, prompt, italic=True, color=GREY, size=9)
    for i, a in enumerate(answers):
        p = para(d, a)
        if q.startswith("14."):
            d.add_comment(p.runs, text="Could we put in the KS2 results from the three pilot schools? ML",
                          author="M. Lowther", initials="ML")

# ---------------------------------------------------------------- standard works
para(d, "")
para(d, "READING OF THE COURSE", bold=True, align="c")
para(d, "Occupiers read the standard works: the Warnock Report (1978); the SEN Code of Practice (2001) and the "
        "SEN Toolkit; Mittler, Working Towards Inclusive Education (2000); and Ainscow, Understanding the "
        "Development of Inclusive Schools (1999). The list is the one used for the Former Apportionment.")

# ---------------------------------------------------------------- former
para(d, "")
para(d, "THE FORMER APPORTIONMENT OF 2006 (SUPERSEDED)", bold=True, align="c")
para(d, "Between 2004 and 2006 the Learning Service ran an unaccredited course for SENCOs, \"Fenmoor Inclusion "
        "Fortnights\". Under that Former Apportionment every Occupier spent three days on placement at Marsh Lane "
        "Special School, and Marsh Lane's outreach team and the County's educational psychologists each led a "
        "day. The Former Apportionment was superseded on the validation of this course and its arrangements with "
        "Marsh Lane and the psychology service ended in July 2006.")

# ---------------------------------------------------------------- Hollin
para(d, "")
para(d, "EXTRACT FROM THE APPORTIONMENT OF THE ADJOINING COURSE OF HOLLIN", bold=True, align="c")
para(d, "Hollin Teachers' Centre with the University of Carrow. Given for reference.", italic=True, align="c",
     size=10)
para(d, "Under the Hollin Apportionment, an Occupier holding Master's-level credits in SEN, or able to show "
        "equivalent learning from experience, may have up to 20 credits allowed against the Hollin course. The "
        "Land called Partnership, that is working with other services, agencies and voluntary organisations and "
        "with colleagues in other schools, is worked at Hollin's fourth study day and proved in Hollin's second "
        "assignment. It is held in common with Fenmoor in the sense that both courses share the Plan; Occupiers "
        "of the Fenmoor course are not admitted to Hollin's study days.")

# ---------------------------------------------------------------- confirmation
para(d, "")
para(d, "CONFIRMATION", bold=True, align="c")
para(d, "We the undersigned confirm the foregoing Apportionment.")
table(d, [["For the University of Stowbridge", "For the Fenmoor County Archives Learning Service"],
          ["[signature]\n\nDean of the Faculty of Education\n\n[L.S.]",
           "[signature]\n\nCounty Archivist\n\n[L.S.]"],
          ["Dated this [day] of [month] 2009", "Dated this [day] of [month] 2009"]],
      widths=[8.2, 8.2], size=10)

d.save(OUT)
print("wrote", OUT)
