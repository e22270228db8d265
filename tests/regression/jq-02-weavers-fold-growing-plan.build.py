"""jq-02-weavers-fold-growing-plan

Provider (invented): Weaver's Fold City Farm, an urban city farm charity, through its Education
Service, with the University of Coldbeck, which validates the award as a Postgraduate
Certificate. Application for approval to run the National Award for SEN Coordination from
September 2009 (TDA/DCSF 2008-09 round).

Document kind and layout: the course written as the farm's market-garden growing plan (the
annual cropping and rotation plan the growers write each winter): The site, Rotation, Soil
and feeding, Sowing and planting schedule, The Beds, Harvest and weighing, The Crop List, Pests
and problems, Tools and seed library, Records and next season. Heading 1 and Heading 2 styles
with typed section numbers. Vocabulary: Growers (participants), Head Grower (course leader),
Bed Tutors (tutors), Plot Buddies (in-school mentors), Beds (modules), Sowing Days (study days),
Pricking Out (school-based tasks), Harvests (assessed assignments), weighing (marking), Green
manure (covered but dug in, not harvested: developed but not assessed), the Soil Test (needs
analysis), the Plot Plan (individual training plan), the Grower's Card (record of prior
learning), the Cold Frame (the University's online learning area), Neighbour Plots
(placements), the Growers' Committee (steering group), the Harvest Supper (award evening).
A rotation table with merged cells and shading; a sowing schedule table; the Crop List outcome
table (Crop | Sown in | Harvested in) with merged, shaded group rows, "Green manure" and "Not
grown this rotation" cells; "Grower's tip" text boxes; tracked changes (an inserted January
start, a deleted award rule); two comments; a placeholder for the external examiner; header
and footer.

Traps (requirement ids):
- 6.0: the rule that every outcome must be harvested at Pass is a tracked deletion; the live
  text presents the award "to every grower who has completed the season". not_met.
- 3.2: the January start sentence is a tracked insertion (part of the submission), matching the
  rotation table; with two orders, an online route for Bed 3 and one- or two-year routes. met.
- 4.2: influence only intended ("We will ask ..."); the parents who "shaped" something shaped
  the farm's holiday club in 2006 (past, wrong thing). not_met. 4.1: only "Heads of our
  partner schools tell us" in general terms. partially_met. 4.3 met (Growers' Committee).
- 2.1: prior certificates are noted and taken into account, but "the University does not
  give credit for prior learning on this course"; a comment asking about APEL is not part of the
  submission. partially_met.
- 2.3: a "Harvest-only" route exists for exceptional candidates but assesses Harvest 4 only,
  not all the outcomes. partially_met.
- 3.1: accessible site and "If you need anything, tell us." (general terms, no disclosure or
  adjustment arrangements). partially_met.
- 5.2: entry needs QTS and the SENCO post; "The Soil Test is not used to turn anyone away".
  partially_met (2.2 itself met: Soil Test, Plot Plan, personalised outcomes).
- 5.6: a shelf of books, one office computer, "We do not hold assistive technology or
  specialist software". partially_met.
- 5.8: second weighing of Fails only, no moderation, the external examiner a placeholder
  "[to be appointed by the University]". partially_met.
- 1.3: the course "draws mainly on what our tutors have seen work in schools"; research and
  inspection evidence absent. partially_met. 6.K8: harvested in Harvest 3 but "-" in Sown in
  (assessed but not covered). partially_met.
- 1.7 and 6.S8: parents only as "Green manure". partially_met. 6.A2, 6.S2c, 6.S6: "Green
  manure" (covered, not assessed). partially_met.
- 6.K5: dyslexia, autism and BESD are grown; speech and language needs and MLD "are left to
  the local authority's own courses" (another provider). partially_met.
- 6.K7: "Not grown this rotation" (planned for 2010); the "Grower's self-evaluation sheet" is
  the participant's own reflection, not school self-evaluation. not_met.
- 6.S4: "Deploying and managing teaching assistants is not part of this plan" (negation,
  someone else's job). not_met.
- 1.9: several outcomes dug in as green manure, not assessed. partially_met.
- 5.3 met: the Head Grower checks every grower's enhanced CRB disclosure, List 99 and an
  employer's reference, and gets a new disclosure where needed.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jq_helpers import (new_doc, header_footer, para, table, merge_row, shade, tracked,
                         deleted_paragraph, inserted_paragraph, comment, text_box, word_count, bullet)

OUT = Path(__file__).with_name("jq-02-weavers-fold-growing-plan.docx")
doc = new_doc("Calibri", 11)
header_footer(doc, "Weaver\u2019s Fold City Farm \u2013 Growing Plan 2009\u201310 \u2013 The SENCO Beds (v3)",
              "Weaver\u2019s Fold City Farm is a registered charity (no. 1087215). Growing Plan v3, January 2009.")
H1 = lambda t: doc.add_heading(t, level=1)
H2 = lambda t: doc.add_heading(t, level=2)

doc.add_heading("Weaver\u2019s Fold City Farm \u2013 Growing Plan 2009\u201310: The SENCO Beds", level=0)
para(doc, "Education Service, Weaver\u2019s Fold City Farm, with the University of Coldbeck. Our application "
          "to the Training and Development Agency for Schools for approval to run the National Award for SEN "
          "Coordination from September 2009.", italic=True)
para(doc, "Every winter the growers at Weaver\u2019s Fold write a growing plan for the market garden: what "
          "goes in each bed, when it is sown, how it is fed and when it is harvested and weighed for the veg "
          "boxes. Our Education Service has written its course for new SENCOs the same way, because the "
          "teachers who bring classes to the farm already know the format and because a growing plan makes "
          "you say, crop by crop, what you will actually get out of the ground. In this plan the teachers on "
          "the course are Growers; the Head Grower leads the course; the Bed Tutors teach it; each Grower has "
          "a Plot Buddy, an experienced colleague in their own school. The course is four Beds (modules). "
          "Sowing Days are the study days, Pricking Out is the work done in school between them, and each Bed "
          "ends with a Harvest: an assignment that is weighed (marked). Anything we sow as Green manure is "
          "taught and talked about but dug back in: it is not weighed.")

H1("1. The site")
para(doc, "Weaver\u2019s Fold is a two-acre city farm on the old dye-works site by the canal. Its Education "
          "Service has run school visits, a Saturday club for disabled children and short courses for "
          "teaching assistants since 1996. The SENCO Beds are validated by the University of Coldbeck as a "
          "Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at Level 7 "
          "(masters level), approved at the University\u2019s validation event on 26 November 2008; the "
          "University awards the credit and the certificate and its School of Education quality-assures the "
          "course under a five-year partnership agreement.")
para(doc, "The purpose of the SENCO Beds is better lives for children and young people with SEN and/or "
          "disabilities in the Growers\u2019 schools: higher achievement and greater well-being across all "
          "five Every Child Matters outcomes \u2013 being healthy, staying safe, enjoying and achieving, making "
          "a positive contribution and achieving economic well-being. Each Bed\u2019s aims name the change for "
          "pupils it is after, each Pricking Out task is done with pupils in the Grower\u2019s own school, and "
          "every Harvest is weighed partly on the evidence it gives of what changed for those pupils. A Grower "
          "finishes the season having changed practice in their school, not only having learned about it.")
para(doc, "Heads of our partner schools tell us that new SENCOs struggle most with paperwork and with "
          "knowing where to start. We will ask the local authority SEN team "
          "and the Weaver\u2019s Fold Parents\u2019 Forum to comment on this plan before the first season. "
          "Parents shaped the farm\u2019s holiday club for disabled children when it was planned in 2006, and "
          "it is still the most popular thing we do.")
para(doc, "We have kept the reading light. The course draws mainly on what our tutors have seen work in "
          "schools, and Growers are encouraged to bring their own experience to every Sowing Day.")

H1("2. Rotation")
para(doc, "The season runs from September to July. Beds 2 and 3 can be taken in either order, and Growers "
          "who cannot manage a whole season can spread the Beds over two years.")
rows = [["", "Autumn term", "Spring term", "Summer term"],
        ["September start", "Bed 1 Roots", "Bed 2 Brassicas or Bed 3 Legumes", "Bed 3 or Bed 2, then Bed 4"],
        ["January start", "", "Bed 1 Roots", "Bed 2 or Bed 3 (the other and Bed 4 in the autumn)"],
        ["Two-year route", "Any one Bed each term, in the same order rules, over six terms", "", ""],
        ["Online route (Bed 3 only)", "Bed 3 can be taken wholly in the Cold Frame instead of its two Sowing Days", "", ""]]
t = table(doc, rows)
merge_row(t, 3, 1, 3, rows[3][1], bold=False)
merge_row(t, 4, 1, 3, rows[4][1], bold=False)
shade(t.cell(2, 1), "F2F2F2")
p = para(doc, "There are two starts each year, in September")
tracked(p, [("i", " and in January"), ("n", ". Every Grower goes through the same four Beds and the same four "
             "Harvests, whichever way round they come. Sowing Days are face to face at the farm; the Cold "
             "Frame carries the rest.")], author="Pat Hirst", date="2009-01-19T11:02:00Z")
para(doc, "The Cold Frame is the course\u2019s area on the University of Coldbeck\u2019s online learning site. "
          "Between Sowing Days every Bed Tutor answers Growers\u2019 questions there within two working days "
          "and runs a one-hour live online discussion for their Bed every other Wednesday evening; Growers "
          "have a discussion forum of their own and work in online trios on Pricking Out tasks. Harvests are "
          "handed in and returned with written feedback through the Cold Frame, and Plot Buddies and "
          "headteachers get a termly e-mail bulletin from the Head Grower and can write to the Bed Tutors "
          "directly.")

H1("3. Soil and feeding")
H2("Who can grow")
para(doc, "Growers must hold Qualified Teacher Status and be working as the SENCO of a maintained school "
          "or academy, or be named by their headteacher as the next SENCO. The Soil Test is not used to turn "
          "anyone away.")
H2("The Soil Test and the Plot Plan")
para(doc, "Before the first Sowing Day every Grower does the Soil Test: they rate themselves against each of "
          "the national outcomes, write two pages on the SEN provision in their school, and bring both to a "
          "one-hour meeting with the Head Grower and their Plot Buddy. From that meeting the Head Grower "
          "writes the Grower\u2019s Plot Plan: which outcomes the Grower already shows and which need most "
          "work, the Grower\u2019s own personal outcomes for the season (for example \u201cto set up a "
          "provision map for Key Stage 2\u201d), extra reading or a Neighbour Plot day where it is needed, and "
          "the Pricking Out tasks the Grower will choose. The Plot Plan takes account of what the Grower "
          "already knows and has done, and it is reviewed at the end of each Bed.")
H2("The Grower\u2019s Card")
p = para(doc, "Certificates from earlier courses, and a note of a Grower\u2019s experience, are kept on the "
              "Grower\u2019s Card, and the Head Grower takes them into account in the Plot Plan. The University "
              "does not give credit for prior learning on this course.")
comment(doc, p, "Can we offer APEL for the Bed 1 Harvest? Ask the Uni before the TDA deadline \u2013 PH",
        author="Pat Hirst", initials="PH")
H2("Harvest-only Growers")
para(doc, "In exceptional circumstances an experienced teacher from an SEN support service who already "
          "works at the level of the outcomes may become a Harvest-only Grower: they skip the Sowing Days and "
          "submit Harvest 4 only, which two Bed Tutors weigh.")
H2("Fencing and gates")
para(doc, "Before a Grower starts, the Head Grower sees their current enhanced CRB disclosure certificate "
          "and checks, through the local authority, that the Grower is not on List 99. We ask the Grower\u2019s "
          "headteacher or last employer for a reference that confirms there are no concerns about their "
          "conduct and no disciplinary matter outstanding. A Grower who has not worked in a school in a post "
          "with regular contact with children in the last three months applies, through the farm, for a new "
          "enhanced disclosure before the first Pricking Out task. The Head Grower keeps a record of every "
          "check.")
H2("Getting in and around")
para(doc, "Weaver\u2019s Fold welcomes Growers of every background. The yard, the Potting Shed classroom and "
          "the toilets are all wheelchair accessible. If you need anything, tell us.")

H1("4. Sowing and planting schedule")
rows = [["Sowing Day", "Date", "Bed", "What is sown", "Led by"],
        ["1", "Sat 19 Sept 2009", "Bed 1 Roots", "Knowing the child; pupil voice", "Pat Hirst"],
        ["2", "Sat 17 Oct 2009", "Bed 1 Roots", "The common kinds of SEN", "Dr Anwen Rees"],
        ["3", "Sat 28 Nov 2009", "Bed 2 Brassicas", "The law, the Code and ECM", "Dr Anwen Rees"],
        ["4", "Sat 16 Jan 2010", "Bed 2 Brassicas", "Identifying, tracking, tests", "Colin Marsh"],
        ["5", "Sat 13 Feb 2010", "Bed 3 Legumes", "Working with colleagues and agencies", "Colin Marsh"],
        ["6", "Sat 20 Mar 2010", "Bed 3 Legumes", "Parents; provision mapping", "Pat Hirst"],
        ["7", "Sat 8 May 2010", "Bed 4 Potatoes", "Leading and deciding", "Pat Hirst"],
        ["8", "Sat 19 Jun 2010", "Bed 4 Potatoes", "Next season", "Pat Hirst and Dr Anwen Rees"]]
table(doc, rows)
para(doc, "Between Sowing Days Growers do their Pricking Out in school, roughly a day a fortnight, with "
          "their Plot Buddy. Each Grower also has two Neighbour Plot days (see section 9).")
text_box(doc, ["**Grower\u2019s tip**", "Sow thinly. A SENCO who tries to change everything in the first term "
               "changes nothing. Pick one bed in your school and get it right."], height_in=0.9, fill="E2EFD9")

H1("5. The Beds")
H2("Bed 1 \u2013 Roots: knowing the child")
para(doc, "Aim: that Growers know their pupils with SEN as people and learners, so those pupils do better "
          "and feel better at school.")
para(doc, "Crops: how children develop and how SEN, disability and the environment for learning affect "
          "their development; dyslexia, autistic spectrum disorders and behavioural, emotional and social "
          "difficulties and how each affects learning (speech and language needs and moderate learning "
          "difficulties are left to the local authority\u2019s own courses); fair, respectful and "
          "constructive relationships with pupils with SEN and their families; consulting pupils about things "
          "that affect them and involving them in planning and reviewing their own provision.")
para(doc, "Pricking Out: the Grower interviews three pupils with SEN about their school day, using the "
          "\u201ctalking mats\u201d and photo-diary methods taught on Sowing Day 1, agrees one change to their "
          "provision with them and reviews it with them six weeks later.")
para(doc, "Harvest 1 (3,000 words): the pupil interviews, the change agreed and its review, and a profile of "
          "one pupil showing how their development and their SEN affect their learning and how the Grower "
          "built the relationship with the pupil and family. Weighed for knowledge of development and of the "
          "kinds of SEN, relationships, and pupil involvement.")
H2("Bed 2 \u2013 Brassicas: the law and the data")
para(doc, "Aim: that Growers can put the law and the data to work for their pupils with SEN.")
para(doc, "Crops: the Education Act 1996 and the SEN Code of Practice (2001), and what they mean for the "
          "school, the SENCO and others, and how to put them into practice; the Disability Discrimination Act "
          "1995 as amended in 2005, the disability equality duty and accessibility planning, and what they "
          "require a school to do for disabled pupils; Every Child Matters and the SENCO\u2019s part in it; "
          "Removing Barriers to Achievement and current government policy; identifying pupils who may have "
          "SEN from observation, data and assessment, setting challenging targets, planning interventions and "
          "reviewing progress; using other professionals\u2019 assessments to shape teaching; using national "
          "tests and other summative data to track progress and change programmes; identifying in good time "
          "the access arrangements pupils need for national tests and examinations and putting them in place "
          "with colleagues; helping other teachers to develop formative assessment for pupils with SEN (Green "
          "manure).")
para(doc, "Pricking Out: an audit of the school\u2019s SEN register and tracking data, and a plan of access "
          "arrangements for the next round of tests.")
para(doc, "Harvest 2: a 20-minute presentation to the Bed Tutor and two Growers, with a written summary, on "
          "the audit: what the law requires of the school and how the school meets it, the pupils identified, "
          "their targets, interventions and progress as tracked in test data, the reports from other "
          "professionals used, and the test and examination arrangements planned. Weighed for knowledge of "
          "SEN and disability law, ECM, and the identification, tracking and arrangements skills.")
H2("Bed 3 \u2013 Legumes: feeding the soil with others")
para(doc, "Aim: that Growers enrich what pupils get by working with colleagues, other services and families. "
          "Legumes put nitrogen back in the ground for the next crop; so do good partnerships.")
para(doc, "Crops: advising, supporting and collaborating with colleagues in and beyond the school; "
          "supporting colleagues\u2019 professional development by observation and feedback, modelling, "
          "coaching and mentoring, and arranging training; approaches, strategies and resources for "
          "assessment, planning, teaching and learning, including ICT, looked at critically; provision mapping "
          "and finding ineffective or missing provision; the scope and role of external agencies, how to get "
          "specialist support, and working in partnership with other services and voluntary organisations; "
          "working with parents and carers and liaising with them about their child\u2019s learning (Green "
          "manure: a talk by the Parents\u2019 Forum on Sowing Day 6).")
para(doc, "Pricking Out: a provision map for one key stage, and one cycle of coaching with a colleague.")
para(doc, "Harvest 3 (4,000 words): the provision map and what it shows is missing or not working; the "
          "coaching cycle; a multi-agency case, with what each service did; a review of the research evidence "
          "and best practice behind the approaches the Grower chose; and a small intervention with baseline "
          "and follow-up measures for the pupils in it.")
H2("Bed 4 \u2013 Potatoes: leading and deciding")
para(doc, "Aim: that Growers lead SEN provision in their school well enough that pupils with SEN get a better "
          "deal year after year.")
para(doc, "Crops: working with senior colleagues and governors to shape the school\u2019s inclusive ethos, "
          "policies, priorities and use of resources; anticipating and resolving problems and making sound "
          "decisions on provision; prioritising, managing time and delegating; speaking and writing clearly "
          "and listening to others; drawing on research and outside advice to improve practice; keeping up to "
          "date and taking charge of one\u2019s own development; gaining the commitment of the head, senior "
          "leaders and colleagues (Green manure); reviewing provision with other staff to inform the "
          "school\u2019s self-evaluation (Green manure). Deploying and managing teaching assistants is not "
          "part of this plan: in our partner schools that is the business manager\u2019s job.")
para(doc, "Pricking Out: the Grower presents a proposal to the senior leadership team and the SEN governor, "
          "and keeps a Grower\u2019s self-evaluation sheet on their own progress through the season.")
para(doc, "Harvest 4: a portfolio and a 30-minute professional conversation with two Bed Tutors: the "
          "proposal and what became of it, a log of decisions taken on provision and why, a time and "
          "delegation plan, the Grower\u2019s self-evaluation sheet, and the Grower\u2019s own development "
          "record for the season.")
text_box(doc, ["**Grower\u2019s tip**", "Keep your Grower\u2019s self-evaluation sheet in the shed, not in your "
               "bag. Fill it in on the day, while the soil is still on your boots."], height_in=0.9,
         fill="E2EFD9")

H1("6. Harvest and weighing")
para(doc, "Each Harvest is weighed by the Bed Tutor who taught the Bed against the weighing criteria "
          "published in the Cold Frame, and a second Bed Tutor weighs any Harvest marked Fail. The external "
          "examiner is [to be appointed by the University].")
deleted_paragraph(doc, "A Grower receives the Award only when every crop on the Crop List has been harvested "
                       "and weighed at Pass in at least one Harvest; a Grower who has not shown any one outcome "
                       "does not receive the Award, whatever their other results.",
                  author="Pat Hirst", date="2009-01-19T11:10:00Z")
para(doc, "The Award is presented at the Harvest Supper in July to every grower who has completed the season.")

H1("7. The Crop List")
para(doc, "The Crop List shows, outcome by outcome, the Bed in which it is sown and the Harvest in which it "
          "is weighed. Green manure is sown and dug back in: taught and discussed, not weighed.")
G = "E2EFD9"
GM = "Green manure \u2013 dug in, not harvested"
rows = [["Crop (national outcome)", "Sown in", "Harvested in"],
        ["Attributes", "", ""],
        ["Fair, respectful relationships with pupils and their families", "Bed 1", "Harvest 1"],
        ["Gaining the commitment of the head, senior leaders and colleagues", "Bed 4", GM],
        ["Prioritising, managing time, delegating", "Bed 4", "Harvest 4"],
        ["Anticipating problems; sound decisions on provision", "Bed 4", "Harvest 4"],
        ["Clear speech and writing; listening to others", "Bed 4", "Harvests 2 and 4"],
        ["Drawing on research and outside advice", "Bed 4", "Harvest 3"],
        ["Keeping up to date; own CPD", "Bed 4", "Harvest 4"],
        ["Knowledge and understanding", "", ""],
        ["SEN law, the Code of Practice and putting them into practice", "Bed 2", "Harvest 2"],
        ["Every Child Matters and the SENCO\u2019s part", "Bed 2", "Harvest 2"],
        ["Disability equality law and what it requires", "Bed 2", "Harvest 2"],
        ["How children develop", "Bed 1", "Harvest 1"],
        ["Common kinds of SEN: dyslexia, autism, BESD", "Bed 1", "Harvest 1"],
        ["Approaches, strategies and resources, including ICT", "Bed 3", "Harvest 3"],
        ["School self-evaluation and improvement", "Not grown this rotation (planned for 2010)", ""],
        ["Best practice and research in meeting SEN", "\u2013", "Harvest 3"],
        ["External agencies and getting specialist support", "Bed 3", "Harvest 3"],
        ["Skills", "", ""],
        ["Inclusive ethos and policy with senior colleagues and governors", "Bed 4", "Harvest 4"],
        ["Identifying, target-setting, planning interventions, reviewing", "Bed 2", "Harvest 2"],
        ["Using other professionals\u2019 assessments", "Bed 2", "Harvest 2"],
        ["Tracking with national tests and summative data", "Bed 2", "Harvest 2"],
        ["Helping teachers develop formative assessment", "Bed 2", GM],
        ["Access arrangements for tests and examinations", "Bed 2", "Harvest 2"],
        ["Provision mapping; missing or ineffective provision", "Bed 3", "Harvest 3"],
        ["Supporting colleagues\u2019 development: coaching, observation, training", "Bed 3", "Harvest 3"],
        ["Reviewing provision with staff for self-evaluation", "Bed 4", GM],
        ["Pupils involved in planning and reviewing their provision", "Bed 1", "Harvest 1"],
        ["Liaising with parents and carers", "Bed 3", GM],
        ["Partnership with other services and voluntary organisations", "Bed 3", "Harvest 3"]]
t = table(doc, rows)
for r in (1, 9, 19):
    merge_row(t, r, 0, 2, rows[r][0], fill=G)
r16 = [i for i, row in enumerate(rows) if row[1].startswith("Not grown")][0]
merge_row(t, r16, 1, 2, rows[r16][1], fill="F2F2F2", bold=False)
for r, row in enumerate(rows):
    if row[2] == GM:
        shade(t.cell(r, 2), "FBE4D5")

H1("8. Pests, problems and remedies")
rows = [["Problem", "What we do"],
        ["A Grower falls behind", "The Grower moves to the two-year route or to the January start; the Plot "
         "Plan is rewritten with the Head Grower."],
        ["A Grower\u2019s school cannot release them for a Sowing Day", "The Sowing Day is recorded and posted "
         "in the Cold Frame, and the Bed Tutor holds a catch-up tutorial online."],
        ["A Plot Buddy leaves the school", "The headteacher names a new Plot Buddy within four weeks; until "
         "then the Bed Tutor meets the Grower in school."],
        ["A Harvest fails", "The Grower may resubmit once, within eight weeks, after a tutorial."]]
table(doc, rows)

H1("9. Tools, shed and seed library")
H2("The growers")
para(doc, "Pat Hirst, Head Grower, was a SENCO in two city primary schools for twelve years and holds the "
          "University\u2019s MA in Inclusive Education; she leads the farm\u2019s Saturday club for disabled "
          "children. Dr Anwen Rees is Senior Lecturer in Special Education at the University of Coldbeck and "
          "a former specialist teacher for autism. Colin Marsh is the local authority\u2019s senior adviser "
          "for SEN and was a secondary SENCO for ten years. All three teach on the University\u2019s SEN "
          "courses, take part in its SEN research group and work with schools every week, which keeps their "
          "knowledge current.")
H2("Plot Buddies")
para(doc, "Each Grower\u2019s headteacher names a Plot Buddy: an experienced SENCO, senior leader or "
          "specialist teacher in the school. Every Plot Buddy comes to a Plot Buddies\u2019 afternoon at the "
          "farm in September and gets the Plot Buddy Handbook, which says what they do: meet the Grower every "
          "three weeks, watch at least two Pricking Out tasks, give written feedback and sign the Plot "
          "Buddy\u2019s note with each Harvest. New Bed Tutors work alongside Pat Hirst for a term and weigh "
          "Harvests jointly with an experienced tutor before they weigh alone.")
H2("Neighbour Plots")
para(doc, "Every Grower spends two Neighbour Plot days away from their own school: one at Kestrel Hill "
          "special school, shadowing its SENCO and outreach team, and one with a local authority service "
          "(the educational psychology, sensory support or behaviour support team), arranged by Colin Marsh. "
          "Specialists from those services, an educational psychologist and a speech and language therapist "
          "also teach on Sowing Days 2, 5 and 6.")
H2("The seed library")
para(doc, "The Potting Shed classroom has a shelf of books on SEN, and Growers may use the computer in the "
          "farm office. We do not hold assistive technology or specialist software; growers use what their "
          "schools have.")

H1("10. Keeping records and next season")
para(doc, "We weigh how well the course is doing in several ways. Inside: Growers\u2019 evaluations at the "
          "end of every Sowing Day and every Bed, Plot Buddies\u2019 termly reports, the Harvest results for "
          "every Bed, and the Bed Tutors\u2019 end-of-season review. Outside: the University\u2019s annual "
          "course monitoring and its periodic review, and the external examiner\u2019s report. The Growers\u2019 "
          "Committee reads all of this in July and decides what changes in next season\u2019s plan; the "
          "changes are written into the next Growing Plan and reported to the University\u2019s School of "
          "Education.")
para(doc, "The Growers\u2019 Committee has on it the Head Grower, a Bed Tutor, the local authority\u2019s "
          "senior adviser for SEN, two headteachers from partner schools, a parent from the farm\u2019s "
          "Parents\u2019 Forum and a Grower from the previous season. It reviews every season\u2019s evaluations "
          "and Harvest results, and the headteachers of every Grower\u2019s school write a short statement of "
          "the difference the course made in their school, which the Committee reads. Plot Buddies from the "
          "partner schools mentor Growers, and the two headteachers each host a Neighbour Plot day in turn.")
para(doc, "To see what difference the course makes, each Grower rates their confidence against every outcome "
          "in the Soil Test and again at Harvest 4, and their Plot Buddy rates their competence at both "
          "points. For pupils, the baseline and follow-up measures from every Harvest 3 intervention (reading "
          "or spelling ages, attendance, behaviour points, the pupils\u2019 own well-being scales) are collected "
          "by the Head Grower, and the Growers\u2019 Committee looks each July at how much progress pupils made "
          "and which approaches gave most; the headteachers\u2019 statements add the school\u2019s view.")
para(doc, "At Sowing Day 8, Next Season, every Grower writes a Next Season\u2019s Seed List: three to five "
          "targets for their own professional development over the next two years, using the planning sheet "
          "we provide, after a session on the routes open to them (the University\u2019s MA modules, the "
          "local authority\u2019s specialist courses, leading a cluster). Growers take the Seed List to their "
          "line manager and agree it in their performance management meeting, and the Bed Tutor talks it "
          "through with each Grower at Harvest 4.")
para(doc, "The fee is \u00a31,300, which the local authority pays for its own schools. Sowing Days are held in "
          "the Potting Shed classroom, which costs the course nothing, and the Plot Plan means Growers spend "
          "their time on the outcomes they most need: a Grower who already shows an outcome chooses Pricking "
          "Out tasks that stretch others, and Bed Tutors give each Grower two individual tutorials a Bed on "
          "their own school\u2019s priorities.")
p = para(doc, "Pat Hirst, Head Grower, Weaver\u2019s Fold City Farm", italic=True)
comment(doc, p, "Anwen \u2013 can you check the Crop List against the TDA outcomes before we send? PH",
        author="Pat Hirst", initials="PH")

doc.save(OUT)
print(OUT.name, "words", word_count(OUT))
