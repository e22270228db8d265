"""jl-01-quernmoor-index-seminum: build script (writes jl-01-quernmoor-index-seminum.docx next to itself).

Provider (invented): the Schools and Community Learning Team of Quernmoor Botanic Garden, whose course
"Rootstock" is validated by Sedgebrook University's School of Education (PGCert in SEN Coordination, 60
credits at Level 7).

Document kind and layout: the Garden's annual seed list, its "Index Seminum 2009", in a special
"Schools and Community Learning edition" that is the application. It keeps the seed list's own shape:
a shaded cover table with the Latin title; a preface "To our exchange partners" from the Curator of
Learning; "How to read this list" (abbreviations and origin codes: G = garden origin, a Sowing Day at the
Garden; W = wild origin, a Pricking Out task in the Grower's own school; H1-H3 the marked "Harvests";
"Trial sowing" a practice piece read but not marked; "-" in the germination column = distributed without
germination test, i.e. taught but not marked); "Conditions of supply" as typed clauses C1-C16 in the style of
a material transfer agreement; the list proper, four "Beds" (modules) of accessions in tables with
numbers 0101-0404; a seed list of the national outcomes in the Garden's own words ("Sown at" and
"Germination tested in" columns, a merged, shaded row per Bed group, vertically merged cells); a
"Desiderata 2009" list of what the Garden hopes to obtain; "Records of previous distributions" (the
unaccredited Seedling course, 2006-08); a Seed Request Form with its prompts left in. Heading styles for the
main parts; typed bullets; a header and footer; a text box (the Curator's note); two Word comments; one
footnote (the Curators' qualifications); one tracked deletion and one tracked insertion. The Garden's own
vocabulary: Growers (participants), Curators (tutors), Propagators (mentors in host schools), Sowing Days
(study days), Pricking Out tasks (school-based tasks), Harvests (marked assignments), Soil Test (entry
conversation and starting audit), Growing Plan (individual training plan), Seed Committee (stakeholder
group), Seed Packet slips (session evaluations).

No e-learning: C7 says "There is no online study" (3.3 not_applicable).

Traps (requirement ids):
- Footer claims "All Growers on the Rootstock list hold a current enhanced CRB disclosure": a footer is not
  evidence. The body (C3) has the headteacher sign to confirm the CRB disclosure, with no other background
  checks -> 5.3 partially_met.
- C5: an assessment-only route ("direct sowing") belonged to the Seedling course and "is not part of
  Rootstock" (past arrangement plus negation) -> 2.3 not_met. The Records table repeats the past route.
- C6: access is only a building's step-free access and a hearing loop; reasonable adjustments for disabled
  Growers appear only in a Word comment and as a blank prompt in Part D of the form -> 3.1 partially_met.
- C7: the February second sowing is a tracked deletion; only Beds 2 and 3 in either order remain ->
  3.2 partially_met.
- C8: award rule names the three Harvests, but the seed list shows outcomes "distributed without
  germination test" -> 6.0 partially_met, 1.9 partially_met.
- C9: moderation (second marking, external examiner) exists only in a tracked insertion, which is part of
  the submission -> 5.8 met.
- C11: participants' confidence is measured; pupils' achievement is only hoped for -> 5.9 partially_met.
- C12: the Curators' qualifications are in a footnote (part of the submission) -> 5.4 met.
- C14: resources are the Garden's horticultural library, herbarium and glasshouse (right words, wrong
  thing); only the University library for SEN -> 5.6 partially_met.
- C16: the "Next Season" leaflet only; no target setting -> 2.5 partially_met.
- Preface: the Seed Committee shaped the list (4.1, 4.2 met); its work "ends when the list is published";
  stakeholders' part in evaluation is only hoped for; Propagators and host schools take part in delivery ->
  4.3 partially_met.
- Desiderata: consulting pupils, pupils' part in planning their provision and child development are only
  wished for -> 1.5 not_met, 6.S7 not_met, 6.K4 not_met. The Records table's "Talking Mats" belonged to
  the Seedling course (past arrangement) and a comment asks whether the pupil voice day can be promised.
- Text box: the Curator's note claims every national outcome is grown and tested (blanket claim,
  contradicted by the list).
- Seed list: 6.S2d "Withdrawn from the 2009 distribution" -> not_met; "-" germination (taught, not
  marked): 6.A3, 6.A7, 6.K9, 6.S2c -> partially_met; 6.S5 "Trial sowing only" (formative only) ->
  partially_met; 6.K7 sown at "-" but tested in H3 (assessed, not taught) -> partially_met.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _jl_helpers import Doc, del_run, ins_run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "jl-01-quernmoor-index-seminum"
GREEN = "D8E4BC"
DARK = "4F6228"

d = Doc(base_font="Cambria", size=10.5)
d.header_footer("Quernmoor Botanic Garden  |  Index Seminum 2009  |  Schools & Community Learning edition",
                "Seed is supplied for educational and scientific purposes only and may not be passed to third "
                "parties. All Growers on the Rootstock list hold a current enhanced CRB disclosure.")

# ---------------------------------------------------------------- cover
d.table([
    [{"text": "QUERNMOOR BOTANIC GARDEN", "b": True, "color": DARK, "shade": GREEN}],
    [{"paras": [[("INDEX SEMINUM 2009", {"b": True, "sz": 20})],
                [("Delectus seminum, sporarum et plantarum vivarum quae Hortus Botanicus Quernmoorensis "
                  "pro mutua commutatione offert", {"i": True})]], "shade": GREEN}],
    [{"paras": ["Schools and Community Learning edition",
                [("ROOTSTOCK", {"b": True}), (": the Quernmoor course for the National Award for SEN "
                                               "Coordination, validated by Sedgebrook University", {})],
                "Submitted to the Training and Development Agency for Schools for approval, March 2009"]}],
    [{"text": "Quernmoor Botanic Garden, Physic Lane, Quernmoor QN4 7HB  \u2022  Learning Glasshouse "
              "01632 960 418  \u2022  learning@quernmoorgarden.org.uk", "i": True}],
], [9000])

# ---------------------------------------------------------------- preface
d.h("To our exchange partners", 1)
d.p("Every autumn since 1921 this Garden has sent out its Index Seminum, the list of seed we have collected "
    "and will send free to other gardens that ask for it. This year the Schools and Community Learning Team "
    "has borrowed the format for something we have been growing for three years: a course for teachers who "
    "lead the coordination of provision for children with special educational needs. We hope the panel will "
    "forgive the horticulture. Our staff think in seed lists, and we found that the discipline of saying where "
    "each thing comes from, where it is sown and whether its germination is tested suited the job well.")
d.p("The Learning Team works with about 140 school groups a year; 38 of them last year came from special "
    "schools and units. The Sensory Garden by the west gate was designed in 2005 with pupils from Larkbarrow "
    "School, and from 2006 to 2008 we ran an unaccredited course for SENCOs called Seedling. With Sedgebrook "
    "University's School of Education we have now developed Seedling into Rootstock, a Postgraduate "
    "Certificate that we ask the Agency to approve for the National Award.")
d.p("Rootstock's aim is to raise the achievement and well-being of children and young people with SEN and "
    "disabilities in Growers' schools: their progress in learning, and their health, safety, enjoyment, "
    "contribution and economic well-being as Every Child Matters describes them. Each Harvest asks the "
    "Grower to show what changed for particular pupils, in learning and in well-being, because of what she did.")
d.p([("What schools asked for. ", {"b": True}),
     "Before we drew up this list we asked. In spring 2008 the Team sent a questionnaire to the 212 schools in "
     "Quernshire and Bridmouth that had visited the Garden in the previous three years; 87 replied, 54 of them "
     "from SENCOs and 33 from headteachers. The three needs named most often were help with provision mapping "
     "and showing value for money (64 replies), working with families who find school hard (61), and knowing "
     "which outside agency to call and how (57). Heads also asked that study days should not fall on Mondays or "
     "Fridays and should not exceed ten in the year. The list below is built on those answers: Bed 2 puts "
     "provision mapping in the first term, Bed 4 exists because of the second and third needs, and every Sowing "
     "Day is a Wednesday or a Thursday."])
d.p([("The Seed Committee. ", {"b": True}),
     "A Seed Committee of four headteachers, two SENCOs who took the Seedling course, Quernshire's Principal "
     "Officer for SEN and a parent from Quernshire Parent Partnership met three times in 2008 to go through a "
     "draft of this list. It changed the list in three ways: it asked us to move the Sowing Day on common types "
     "of need from the third term into Bed 1; it asked for a second Pricking Out task so that Growers do more in "
     "their own schools; and the parent member asked that the Family Day at the Garden should be planned with "
     "families, which it now is. The Seed Committee's work ends when the list is published. We would like, in "
     "time, to ask the families who come to our Family Days and the heads of Growers' schools what they make of "
     "Rootstock."])
d.p("Host schools take part in the course itself: the heads of Larkbarrow School and Brook Meadow Pupil "
    "Referral Unit host Growers on their placement days, and experienced SENCOs in Growers' own authority act "
    "as Propagators.")
d.p([("Dr Imogen Tarrant", {"b": True}), "\nCurator of Learning, Quernmoor Botanic Garden"])

d.textbox([[("Curator's note", {"b": True, "color": DARK})],
           "Every one of the national outcomes for the Award is grown in this list and germination-tested "
           "before a Certificate is issued. Nothing on the list is sown for show."], height_pt=70)

# ---------------------------------------------------------------- how to read
d.h("How to read this list", 1)
d.p("As in our ordinary seed list, each item has an accession number, a name, an origin code and notes. The "
    "codes and abbreviations are these.")
d.table([
    ["Code", "Meaning in this edition"],
    ["Bed", "A module of Rootstock. There are four Beds, each worth 15 credits."],
    ["Acc.", "Accession: one Sowing Day, Pricking Out task, placement or Harvest, numbered by Bed."],
    ["G", "Garden origin: taught at Quernmoor on a Sowing Day, in the Learning Glasshouse."],
    ["W", "Wild origin: done in the Grower's own school, as a Pricking Out task, with her Propagator."],
    ["H1, H2, H3", "The three Harvests, the marked pieces of work. A Harvest is marked against published "
                   "criteria and counts towards the award."],
    ["Trial sowing", "A practice piece. A Curator reads it and writes comments; it is not marked and does not "
                     "count towards the award."],
    ["\u2013", "In the germination column: distributed without germination test. The outcome is grown on "
               "the course but no Harvest marks it."],
], [1600, 7400], header_shade=GREEN)
d.p("The people in the list are the Growers (the teachers on the course), the Curators (the three tutors who "
    "teach and mark), and the Propagators (experienced SENCOs who visit each Grower in school and support her "
    "Pricking Out tasks).")

# ---------------------------------------------------------------- conditions
d.h("Conditions of supply", 1)
d.p("Our exchange partners know these as the terms of our material transfer agreement. In this edition they "
    "are the rules of Rootstock.", i=True)


def clause(num, title, body):
    if isinstance(body, str):
        body = [body]
    return d.p([(f"{num}  {title}. ", {"b": True})] + body)


clause("C1", "Validation", "Rootstock is validated by Sedgebrook University's School of Education as the "
       "Postgraduate Certificate in SEN Coordination, 60 credits at Level 7 (masters level), approved at the "
       "University's validation event on 12 March 2009. The University awards the Certificate; the Garden "
       "teaches and supports the Growers.")
clause("C2", "Who may request", "Growers must hold QTS, be in post as SENCO or named by their governing body "
       "to become one by September 2009, and have the written support of their headteacher. Each applicant "
       "has a forty-minute Soil Test conversation with a Curator before a place is offered. Anyone whose Soil "
       "Test shows she lacks the grounding to reach the outcomes within the year is advised which of the "
       "Garden's short courses or the University's Foundations of Inclusion unit to take first, and the "
       "Curator writes to her headteacher with that advice.")
clause("C3", "Checks", "The headteacher signs Part C of the Seed Request Form to confirm that the applicant "
       "holds a current enhanced CRB disclosure. We do not offer a place without that signature.")
clause("C4", "Seed from other collections", "Growers who have passed masters-level study in SEN in the last "
       "five years may bring up to 20 credits to Rootstock; the University's APL Board decides each claim. "
       "Experience without study is accredited through the Heirloom Portfolio: the Grower maps evidence from "
       "her own practice against the outcomes of Bed 1, and a Curator and the University's APL adviser assess "
       "it together. A successful Heirloom Portfolio takes the place of Harvest 1.")
clause("C5", "Direct sowing", "The Seedling course allowed experienced SENCOs from the Council's learning "
       "support service to be assessed without attending, which we called direct sowing. That arrangement "
       "ended with the Seedling course in 2008 and is not part of Rootstock: every Grower attends the Sowing "
       "Days.")
c6 = clause("C6", "Access", "The Learning Glasshouse and the Sensory Garden are step-free, and the lecture "
            "room has a hearing loop. Parking for Blue Badge holders is by the Physic Lane gate.")
d.comment(c6, "Do we need to say what we do for a disabled Grower - extra time on Harvests, papers in large "
          "print, a note-taker? Seedling did all of these but nobody wrote them down. RA")
d.p([("C7  Sowing times. ", {"b": True}),
     "Rootstock is sown once a year, in September.",
     del_run(" A second sowing in February is offered where eight or more Growers request it."),
     " Beds 2 and 3 may be taken in either order. There is no online study: everything is face to face, at "
     "the Garden or in schools."])
clause("C8", "Award", "The Certificate is awarded to Growers who pass each of the three Harvests at 50 per "
       "cent or more. A Harvest cannot be compensated by a higher mark in another. A Grower may resubmit one "
       "failed Harvest once.")
d.p([("C9  Marking. ", {"b": True}),
     "Each Harvest is marked by the Grower's Curator against the published criteria.",
     ins_run(" A second Curator blind-marks one Harvest in four and every fail, and the University's external "
             "examiner moderates a sample from each Bed before the Board of Examiners meets in July.")])
clause("C10", "Evaluation", "At the end of every Sowing Day each Grower fills in a Seed Packet slip (what "
       "worked, what did not, what she will use). The Curators meet after each Bed to go through the slips and "
       "the Harvest results, and record any change they make in the Garden Book. The University's annual "
       "monitoring and the external examiner's report give an outside view, and the changes made are printed "
       "in the following year's Index.")
clause("C11", "What grows afterwards", "Growers rate their confidence against each outcome at the Soil Test "
       "and again at the last Sowing Day, and the Curators compare the two ratings for each Grower and for the "
       "group. We hope that in time Growers' schools will see pupils doing better, and we would like to find a "
       "way of showing it.")
d.p([("C12  Curators. ", {"b": True}),
     "Rootstock is taught by three Curators, each a qualified teacher with SEN experience in schools and an "
     "SEN qualification, who together mark every Harvest.",
     d.footnote("Dr Imogen Tarrant, Curator of Learning: SENCO and then headteacher of Larkbarrow School "
                "(1994-2005); PhD (Sedgebrook, 2004) on outdoor learning for pupils with autism. Mr Owain "
                "Pritchard: advisory teacher for specific learning difficulties with Quernshire until 2008; "
                "Diploma in SpLD (2007). Ms Hazel Denby: senior lecturer in inclusive education at Sedgebrook "
                "University, teaches on its MA in SEN, member of NASEN's research committee; she attends every "
                "Curators' meeting."),
     " Each Curator spends at least five days a year in schools with pupils with SEN."])
clause("C13", "Propagators", "Every Propagator attends a half-day Propagators' briefing at the Garden in "
       "September and receives the Propagators' Handbook, which sets out what she does at each Pricking Out "
       "visit, how she records it and what she must not do (she never marks a Harvest). A Curator telephones "
       "each Propagator after her first visit.")
clause("C14", "Resources", "Growers use the Garden's library of 4,000 horticultural titles, the herbarium, and "
       "the Learning Glasshouse with its interactive whiteboard and twelve laptops. Growers may also use the "
       "University library.")
clause("C15", "Placements and visitors", "Each Grower spends two days at Larkbarrow School (for pupils with "
       "severe and complex learning difficulties) or Brook Meadow Pupil Referral Unit, with a task set by the "
       "host SENCO. Sowing Days bring in Quernshire Sensory Support Service, an educational psychologist, the "
       "speech and language therapy team and Quernshire Parent Partnership.")
clause("C16", "Next season", "At the last Sowing Day each Grower receives the Garden's 'Next Season' leaflet "
       "of further courses and details of the University's MA pathway.")

# ---------------------------------------------------------------- the list
d.h("The list", 1)
d.p("The list is arranged by Bed, as our seed list is arranged by family. Before the first Bed comes the Soil "
    "Test.")
d.p([("0001  Soil Test.  ", {"b": True}),
     "Before Sowing Day 1 each Grower rates herself against every outcome in the seed list of outcomes, and a "
     "Curator checks the ratings with her in the Soil Test conversation, using examples from her school. From "
     "it they agree her Growing Plan: her own outcomes for the year (the national outcomes she most needs and "
     "any her school adds), the Pricking Out tasks she will do, and her Propagator. The Growing Plan is "
     "reviewed with her Propagator at the end of each Bed."])
d.p([("0002  Fitting the course to the Grower.  ", {"b": True}),
     "Rootstock costs \u00a31,450 per Grower, half of it paid by Quernshire Children's Services. A Grower whose "
     "Soil Test shows a Bed's outcomes already secure may, with her Curator's agreement, miss that Bed's Sowing "
     "Days and use the time on an extra Pricking Out task with her Propagator; she still takes the Bed's "
     "Harvest. Groups are kept to sixteen so that every Grower has a tutorial with her Curator in each Bed."])

beds = [
    ("BED 1  ROOTS: law, policy and the children", [
        ("0101", "Sowing Day 1. The soil: the SEN Code of Practice (2001), the SEN and Disability Act 2001 and "
                 "the Disability Discrimination Act as amended in 2005, and what each asks of a school, its "
                 "SENCO and its governors, including the disability equality duty and accessibility plans.", "G"),
        ("0102", "Sowing Day 2. Every Child Matters in a garden: the five outcomes, the Common Assessment "
                 "Framework and the SENCO's part in the school's work for them.", "G"),
        ("0103", "Pricking Out task 1. A Code audit in your own school: how three pupils' needs are met "
                 "against the Code, done with your Propagator.", "W"),
        ("0104", "Sowing Day 3. Common types of need: behavioural, emotional and social difficulties, specific "
                 "learning difficulties including dyslexia, speech, language and communication needs, autism "
                 "and moderate learning difficulties, with Quernshire Sensory Support Service; research read "
                 "for the day includes the Bercow Report (2008) and Ofsted's Inclusion: does it matter where "
                 "pupils are taught? (2006).", "G"),
        ("H1", "Harvest 1 (4,000 words). How my school meets the Code and the disability equality duty for "
               "three pupils, with an action plan. Marked by a Curator.", "H"),
    ]),
    ("BED 2  SHOOTS: finding, planning and reviewing", [
        ("0201", "Sowing Day 4. Reading the data: identifying pupils with SEN from observation and data, "
                 "setting challenging targets, planning interventions and reviewing progress; using reports "
                 "from educational psychologists and therapists; P scales, optional and national tests.", "G"),
        ("0202", "Sowing Day 5. Provision mapping in the potting shed: costing provision, finding what does "
                 "not work and what is missing.", "G"),
        ("0203", "Pricking Out task 2. Map the provision in one year group and review it with the staff who "
                 "deliver it.", "W"),
        ("0204", "Sowing Day 6. Tools of the trade: approaches and resources for assessment and teaching, "
                 "including ICT; assessment for learning and how colleagues can adapt it for pupils with SEN; "
                 "the Inclusion Development Programme (2008) and Ofsted's 2004 report on inclusive schools.", "G"),
        ("H2", "Harvest 2 (5,000 words). A provision review for a group of pupils, with baseline and follow-up "
               "measures, written with the staff concerned. Marked by a Curator.", "H"),
    ]),
    ("BED 3  CANOPY: leading", [
        ("0301", "Sowing Day 7. Leading from the middle: working with the head, senior leaders and governors "
                 "on an inclusive ethos and the SEN policy; deploying and managing teaching assistants; "
                 "managing your own time.", "G"),
        ("0302", "Pricking Out task 3. Coach a colleague through one change in her teaching and write up what "
                 "you did (trial sowing).", "W"),
        ("0303", "Sowing Day 8. Presenting to colleagues and governors: the Growers rehearse the presentation "
                 "they will give for Harvest 3.", "G"),
    ]),
    ("BED 4  UNDERSTOREY: families and other services", [
        ("0401", "Sowing Day 9. The Family Day: Growers and families with children with SEN spend the day in "
                 "the Garden together, planned with Quernshire Parent Partnership; relationships with pupils "
                 "and parents, and how to run a review meeting that parents find useful.", "G"),
        ("0402", "Sowing Day 10. Other services: the educational psychology, sensory support, speech and "
                 "language therapy and CAMHS teams and two voluntary organisations describe their work; keeping "
                 "up to date through networks and journals.", "G"),
        ("0403", "Placement: two days at Larkbarrow School or Brook Meadow Pupil Referral Unit.", "W"),
        ("H3", "Harvest 3. A 30-minute presentation to a panel of two Curators and a 3,000-word report on "
               "leading a change in SEN provision in my school: how I gained colleagues' and governors' "
               "support, deployed staff, worked with parents and another service, and what the change means "
               "for the school's self-evaluation. Marked by two Curators.", "H"),
    ]),
]
for title, rows in beds:
    tab = [[{"text": title, "span": 3, "b": True, "shade": GREEN}], ["Acc.", "Name and notes", "Origin"]]
    for acc, text, origin in rows:
        tab.append([acc, text, origin])
    d.table(tab, [900, 7300, 800])

# ---------------------------------------------------------------- outcome list
d.h("Seed list of outcomes, 2009 distribution", 1)
d.p("These are the national minimum outcomes for the Award, each in our words. 'Sown at' gives the "
    "accessions where it is grown; 'Germination tested in' gives the Harvest that marks it.")
rows = [["No.", "Taxon (what the Grower learns to do)", "Sown at", "Germination tested in"]]


def grp(t):
    rows.append([{"text": t, "span": 4, "b": True, "shade": GREEN}])


grp("Attributes")
rows += [
    ["A1", "Builds fair, respectful and supportive relationships with pupils with SEN and their families",
     "0401, 0403", {"text": "H3", "vmerge": "restart"}],
    ["A2", "Wins the commitment of colleagues, the head and senior leaders", "0301", {"vmerge": "cont"}],
    ["A3", "Prioritises, manages her time and delegates tasks and sees them done", "0301", "\u2013"],
    ["A4", "Foresees problems and makes sound judgements on provision", "0202, 0203", "H2"],
    ["A5", "Speaks and writes clearly; listens to others and understands their views", "0303", "H3"],
    ["A6", "Uses research and outside advice to improve her own and colleagues' practice", "0104, 0204", "H2"],
    ["A7", "Keeps up to date and takes charge of her own development in SEN", "0402", "\u2013"],
]
grp("Knowledge")
rows += [
    ["K1", "SEN law, the Code of Practice and how to put them into practice", "0101, 0103",
     {"text": "H1", "vmerge": "restart"}],
    ["K2", "Every Child Matters and the SENCO's part in the five outcomes", "0102", {"vmerge": "cont"}],
    ["K3", "Disability equality law and what it requires of the school", "0101", {"vmerge": "cont"}],
    ["K5", "The common types of SEN and how they affect learning", "0104", {"vmerge": "cont"}],
    ["K6", "A critical grasp of approaches and resources for assessment and teaching, including ICT", "0204",
     "H2"],
    ["K7", "How school self-evaluation works and how it improves outcomes for pupils with SEN", "\u2013", "H3"],
    ["K8", "Best practice and research on meeting SEN", "0104, 0204", "H2"],
    ["K9", "What other services do and how to get specialist help", "0402", "\u2013"],
]
grp("Skills")
rows += [
    ["S1", "With senior colleagues and governors, shapes an inclusive ethos, policy and use of resources",
     "0301", "H3"],
    ["S2", "Identifies pupils with SEN, sets targets, plans interventions and reviews progress", "0201",
     {"text": "H2", "vmerge": "restart"}],
    ["S2a", "Uses other professionals' assessments to shape teaching", "0201, 0402", {"vmerge": "cont"}],
    ["S2b", "Uses summative assessment and national tests to track progress and change programmes", "0201",
     {"vmerge": "cont"}],
    ["S2c", "Encourages colleagues to use formative assessment, adapted for pupils with SEN", "0204", "\u2013"],
    ["S2d", "Arranges special arrangements for tests and examinations in good time",
     {"text": "Withdrawn from the 2009 distribution", "span": 2, "i": True}],
    ["S3", "Uses provision mapping to plan and find ineffective or missing provision", "0202, 0203", "H2"],
    ["S4", "Deploys and manages staff well", "0301", "H3"],
    ["S5", "Supports colleagues' development by observing, modelling, coaching and training", "0302",
     "Trial sowing only"],
    ["S6", "Reviews with colleagues how well provision works, to inform the school's self-evaluation", "0203",
     "H2"],
    ["S8", "Works well with parents and carers", "0401", {"text": "H3", "vmerge": "restart"}],
    ["S9", "Works in partnership with other services and voluntary organisations", "0402, 0403",
     {"vmerge": "cont"}],
]
d.table(rows, [700, 5000, 1500, 1800], header_shade=GREEN, font_sz=9.5)

# ---------------------------------------------------------------- desiderata
d.h("Desiderata 2009", 1)
d.p("Seed lists end with the things a garden is looking for. These are ours.")
des = d.p([("\u2022\t", {}), "Consulting children and young people. A Sowing Day on hearing pupils' own views "
           "is on our wish list for 2010."], ind=360)
d.comment(des, "Imogen - can we promise the pupil voice day? If not, leave it as a wish. HD", author="Hazel Denby",
          initials="HD")
d.bullets([
    "Pupils planning their own provision. We are looking for a way to help Growers involve pupils in agreeing "
    "and reviewing what is provided for them, and would welcome seed from any partner who has it.",
    "Child development. How children develop, and how disability and surroundings affect it, is not yet in our "
    "list; we hope to obtain a Curator with this specialism.",
    "A way of showing the difference Rootstock makes to pupils (see C11).",
])

# ---------------------------------------------------------------- records
d.h("Records of previous distributions", 1)
d.p("For the record, the Seedling course distributed as follows. None of it was accredited.")
d.table([
    ["Year", "Growers", "Notes"],
    ["2006-07", "18", "Six study days. Growers gathered pupils' own views with Talking Mats in the Sensory Garden "
                      "and brought them to a review meeting."],
    ["2007-08", "21", "Eight study days. Two experienced SENCOs from the learning support service were assessed "
                      "by direct sowing, without attending."],
    ["2008-09", "\u2013", "No course: the year spent designing Rootstock with the Seed Committee and Sedgebrook "
                          "University."],
], [1200, 1200, 6600], header_shade=GREEN)

# ---------------------------------------------------------------- request form
d.h("Seed Request Form", 1)
d.p("Return by 30 June 2009 to the Learning Glasshouse. Please complete every part.", i=True)
d.table([
    [{"text": "Part A  The Grower", "span": 2, "b": True, "shade": GREEN}],
    ["Name", "[type here]"],
    ["School and local authority", "[type here]"],
    ["Post (SENCO since / SENCO from)", "[type here]"],
    [{"text": "Part B  Prior study (see C4)", "span": 2, "b": True, "shade": GREEN}],
    ["Masters-level credit you wish to bring", "[type here]"],
    [{"text": "Part C  Headteacher's confirmation", "span": 2, "b": True, "shade": GREEN}],
    ["I confirm that the applicant holds a current enhanced CRB disclosure and that the school supports her "
     "application and will release her for the Sowing Days.", "Signed:\nDate:"],
    [{"text": "Part D  Access needs", "span": 2, "b": True, "shade": GREEN}],
    ["Please tell us of anything we should arrange so that you can take part fully.", "[type here]"],
], [5200, 3800])

d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
