"""lt-02-thwaitebeck-grading-report

Provider (invented): Thwaitebeck Farmhouse Cheese and Dairy Skills Co-operative, Upper Thwaitedale, whose
dairy school trains cheesemakers and runs the SENCO Award with the University of Calderwick and Fellsend
County Council. December 2008.

Document kind and layout: the course written as the Co-operative's CHEESE GRADING REPORT, the report its
Senior Grader writes to members after each grading round. No heading styles: a letterhead typed with
manual line breaks, a title block table with merged cells, bold capital typed titles with typed numbers
("1  THE GRADING STANDARD"), lists typed with "-". Vocabulary: Apprentices (participants), the Make (the
cohort), Vats 1-6 (study days, each a small table of labelled rows: Milk in / Make / Turning / Grader's
remarks), Turning (school-based tasks), Storekeepers (mentors), the Curd Test (needs audit), the Make Sheet
(training plan), Gradings 1-3 (marked work, scored on the cheese-grading points: Flavour, Body and Texture,
Colour and Appearance, Finish), "the Iron" (formative sampling: "Ironed only" = fed back on, never marked),
Dispatch (the award). The outcome table is the Grading Card, keyed in section 3 far above it. A
"Grader's Note" text box, two Word comments, placeholders, a tracked deletion of a whole Grading Card row
and a whole inserted paragraph. Header and footer.

Traps (requirement ids):
- E.2: credits stated but level is a placeholder "[Level TBC]" (partially_met); E.1 met (validated by the
  University of Calderwick on 20 November 2008).
- Prior learning only in the 2007-08 trial make, "That arrangement ended with the trial" (text box) (2.1
  not_met: past arrangement and negation).
- "Straight to Grading" is a real assessment-only route in exceptional cases, assessed on every Point (2.3
  met, unusual vocabulary).
- No online part: "There is no online part of the Award" (3.3 not_applicable); one mode, two days of the
  week (3.2 partially_met).
- Equality only as a welcome and a belief (3.1 partially_met: generic statement).
- Research only in general terms, "recent research and inspection findings chosen by the tutors" (1.3
  partially_met).
- "Good value" and "shaped by her Make Sheet" without cost or progression (2.4 partially_met).
- CRB: the office sees each Apprentice's enhanced disclosure before Vat 1 (5.3 met).
- Storekeepers' training day exists only as a whole inserted paragraph (5.7 met: the insertion stands).
- Resources described only as "well stocked" (5.6 partially_met).
- Second grading on a sample but external examiner "[name TBC]" and moderation left to the University
  "if it thinks it necessary" (5.8 partially_met).
- Impact only hoped for; a Word comment asks what measure will be used (5.9 not_met).
- Dispatch on a total of 150 points so "a strong Grading can carry an Ungraded one" (6.0 not_met);
  Ironed-only Points mean not all outcomes are assessed (1.9 partially_met).
- Grading Card: "Ironed only" for 6.A2, 6.A6, 6.S1, 6.S6 (partially_met); 6.K2 made in Vat 1 but graded
  "-" with a comment querying it (partially_met); 6.S2b made "-" but graded at Grading 2 (partially_met,
  assessed not developed); 6.K5's row is a tracked deletion and no Vat teaches it (not_met); 6.S9 has no
  Point and partnership with agencies is "left to the Fellsend Learning Support Service's own induction"
  (not_met: someone else's responsibility), while 6.K9 (knowing what agencies do) is made and graded (met).
- Stakeholders: a survey, a changed day and a Grading Committee with a head and a parent (4.1-4.3 met).
- Footer claim "All Points graded" is never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lt_helpers import *  # noqa
import _lt_helpers as H

NAME = "lt-02-thwaitebeck-grading-report"
H.AUTHOR[0] = "M Whitfield"
d = new_doc("Arial", 10)
header_footer(d, "THWAITEBECK FARMHOUSE CHEESE AND DAIRY SKILLS CO-OPERATIVE  -  GRADING REPORT No. 14",
              "All Points graded to the Co-operative's standard. Members' copy. Not for sale.")

p = d.add_paragraph()
r = p.add_run("THWAITEBECK FARMHOUSE CHEESE AND DAIRY SKILLS CO-OPERATIVE")
r.bold = True
r.add_break()
p.add_run("The Dairy School, Beck Head Farm, Upper Thwaitedale")
p.runs[-1].add_break()
p.add_run("Telephone 01969 640 355")
p.runs[-1].add_break()
p.add_run("Grading, training and marketing for 27 farmhouse dairies since 1984")

t = table(d, [
    ["GRADING REPORT No. 14", "", ""],
    ["Batch graded", "The SENCO Award: the 2009 Make", ""],
    ["Grader", "Mrs Margaret Whitfield, Senior Grader and Dairy School Manager", ""],
    ["Made with", "University of Calderwick", "Fellsend County Council, Learning Support Service"],
    ["Date of grading", "9 December 2008", ""],
    ["Sent to", "Members; the Training and Development Agency for Schools, as our application", ""],
], header_fill="FCE4D6", widths=[4, 6.5, 6.5])
t.cell(0, 0).merge(t.cell(0, 2))
for i in (1, 2, 4, 5):
    t.cell(i, 1).merge(t.cell(i, 2))
para(d, "")

para(d, "INTRODUCTION", bold=True, size=12)
para(d, "Members know our grading reports. After every round Mrs Whitfield walks the store with her iron, "
        "grades every batch and writes to all of you: what was made, how it was made and how it graded. This "
        "one is different. It grades a course, not a cheese: the SENCO Award that the Dairy School will make "
        "in 2009 with the University of Calderwick and Fellsend County Council's Learning Support Service. "
        "We have written it in the form members and the Dale's schools know, and we are sending it to the "
        "Training and Development Agency for Schools as our application for approval.")
para(d, "The Dairy School has trained cheesemakers for twenty years, and for the last eight it has run "
        "dairy days for the Dale's special school and for pupils from the Fellsend pupil referral unit. Two of "
        "the School's tutors were SENCOs before they came to us. In 2007-08 we ran a trial make of the course "
        "with eleven SENCOs from the Dale's schools. This report is about the 2009 Make, which the University "
        "validated on 20 November 2008 as its Postgraduate Certificate in SEN Coordination, 60 credits at "
        "[Level TBC], awarded by the University of Calderwick.")

para(d, "1  WHAT THE COURSE IS FOR", bold=True, size=12)
para(d, "The Award is made for one purpose: that pupils with special educational needs and disabilities in the "
        "Dale's schools achieve more and are happier and safer in school. Its aims, what it teaches and how "
        "it grades all come back to that: to the pupils' progress and attainment and to their well-being in "
        "all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a "
        "positive contribution and achieving economic well-being). Gradings 1 and 3 ask every Apprentice to "
        "show what difference her work made to one pupil's or one group's achievement and well-being, "
        "outcome by outcome.")

para(d, "2  WHO MAY ENTER THE STORE", bold=True, size=12)
para(d, "An Apprentice must:")
for s in ["- hold Qualified Teacher Status;",
          "- be the SENCO of a school in Fellsend, or have been named by her head as the SENCO from the next "
          "September;",
          "- bring a letter from her head agreeing to release her for the six Vats and for two placement days, "
          "and to meet her Storekeeper each term;",
          "- come to a half-hour interview at the Dairy School, where the Course Tutor checks her experience of "
          "pupils with SEN and her readiness for Master's-level work. An applicant who is not ready is told "
          "why and is offered the Learning Support Service's SENCO induction first."]:
    para(d, s)
para(d, "Before the first Vat, the Co-operative's office sees each Apprentice's enhanced CRB disclosure "
        "certificate, the original and issued within the last three years, or a letter from her employing "
        "authority confirming that she holds a current enhanced disclosure. The disclosure number and date are "
        "entered on her record, and no one joins Vat 1 without them.")
para(d, "The Curd Test. Before Vat 1 every Apprentice grades herself against each Point on the Grading Card "
        "(section 6), at a half-day with her Storekeeper, who adds her own view after a visit to the school. "
        "From the Curd Test they write the Apprentice's Make Sheet: the Points she most needs to work on, two "
        "or three targets of her own for her school and the Turning tasks she will put most into. The Make "
        "Sheet is looked at again by the Course Tutor at Vat 3 and Vat 5 and changed where the Apprentice "
        "has moved on.")
para(d, "Straight to Grading. Exceptionally, a SENCO with at least five years in the role, or a specialist "
        "teacher from the Learning Support Service, whose Curd Test shows that she already meets every Point "
        "may go straight to the three Gradings without the Vats, for a fee of £450. She is graded on every "
        "Point on the Grading Card, including those that are Ironed only for other Apprentices, and she must "
        "reach Graded standard in each. The Course Tutor and the University's programme leader decide "
        "together whether a request is exceptional enough; in the trial year one of three requests was "
        "accepted.")

text_box(d, [
    ("GRADER'S NOTE: THE TRIAL MAKE", True),
    ("In the 2007-08 trial make, Apprentices with earlier Master's credits or long experience were allowed to "
     "count them towards the course. That arrangement ended with the trial, and the University has not "
     "approved any accreditation of prior learning or experience for the Award.", False),
    ("The trial make's Apprentices graded well: nine of eleven were Selected or better in Grading 3. - M.W.",
     False),
], height_pt=100)

para(d, "3  THE GRADING STANDARD", bold=True, size=12)
para(d, "Each Grading is marked out of 100 on the four points we use for cheese, with the University's "
        "Master's-level criteria written under each point:")
table(d, [
    ["Point", "Marks", "In the cheese", "In the Award"],
    ["Flavour", "45", "Clean, full, true to type", "Knowledge and understanding, used well in the "
                                                    "Apprentice's own school"],
    ["Body and Texture", "35", "Close, firm, even", "The quality of the practice shown and its evidence"],
    ["Colour and Appearance", "10", "Even colour, sound coat", "Clear, well-made writing and speaking"],
    ["Finish", "10", "Clean rind, well bandaged", "Reading, references and reflection"],
], widths=[3.5, 1.5, 4.5, 7.5])
para(d, "")
para(d, "A Grading marked 80 or more is Extra Selected, 65 to 79 Selected, 50 to 64 Graded, and below 50 "
        "Ungraded. On the Grading Card (section 6), \"Grading 1\", \"Grading 2\" or \"Grading 3\" means that "
        "the Point is named in that Grading's criteria and marked there. \"Ironed only\" means what it means in "
        "the store: the tutor bores a sample, tastes it and tells the Apprentice what she finds, but no mark "
        "is given and nothing is recorded against the Award. A dash means that the Point is not made, or not "
        "graded, in the course.")
para(d, "Every Grading is marked by the Course Tutor or the tutor who taught the Vats it draws on. A second grader, another tutor, "
        "regrades a sample of one in five and every script below 50. The University's external examiner is "
        "[name of external examiner TBC], and the University will moderate the Gradings if it thinks it "
        "necessary.")

para(d, "4  THE VATS", bold=True, size=12)
para(d, "The Make is twenty Apprentices. The six Vats are whole days at the Dairy School from 9.30 to 3.30, "
        "and each is run twice: on a Tuesday and, for Apprentices from small schools who cannot be released "
        "in the week, on the Saturday after. An Apprentice may go to either. There is no online part of the "
        "Award; everything is made at the Dairy School or in the Apprentice's own school. After each Vat "
        "comes a Turning task in the Apprentice's own school, which her Storekeeper sees on a visit each "
        "term.")

vats = [
    ("VAT 1  SETTING THE MILK (3 February 2009)", [
        ("Milk in", "The Apprentice's Curd Test and Make Sheet; her school's SEN policy."),
        ("Make", "The SENCO's job in law: the SEN Code of Practice (2001) and the SEN and Disability Act 2001, "
                 "what they mean for a school and how to put them into practice; the Disability Discrimination "
                 "Act as amended in 2005, the Disability Equality Duty and the actions it requires of schools; "
                 "the principles and outcomes of Every Child Matters and the SENCO's part in them; Removing "
                 "Barriers to Achievement (2004) and the Inclusion Development Programme."),
        ("Turning", "Check the school's SEN policy, disability equality scheme and accessibility plan against "
                    "the law, and bring the gaps to Vat 2."),
        ("Grader's remarks", "Full flavour. The law is taught from real cases in the Dale's schools."),
    ]),
    ("VAT 2  STARTER AND RIPENING (3 March 2009)", [
        ("Milk in", "The gaps from Turning 1; a pupil the Apprentice is worried about."),
        ("Make", "How children develop, and how special needs, disability and a child's surroundings change "
                 "that; spotting pupils who may have SEN early; setting challenging targets, planning "
                 "interventions and reviewing progress; using the reports of educational psychologists, "
                 "speech and language therapists, paediatricians and advisory teachers to plan teaching."),
        ("Turning", "Gather every report on the chosen pupil and write the first part of Grading 1."),
        ("Grader's remarks", "Close body. Apprentices bring real pupils, made anonymous."),
    ]),
    ("VAT 3  CUTTING THE CURD (28 April 2009)", [
        ("Milk in", "The school's own data on pupils with SEN."),
        ("Make", "Provision mapping and managing provision, and finding what is missing or not working; weighing "
                 "up approaches, strategies and resources for assessing, planning and teaching, ICT and "
                 "assistive technology among them; helping other teachers to use assessment for learning with "
                 "pupils with SEN; identifying access arrangements for national tests and examinations in "
                 "good time and putting them in place; solving problems and making sound decisions about "
                 "provision."),
        ("Turning", "Draw the school's provision map and mark what is not working, for Grading 2."),
        ("Grader's remarks", "Firm texture. The ICT session is at Hollinbank School."),
    ]),
    ("VAT 4  PITCHING AND PRESSING (9 June 2009)", [
        ("Milk in", "A review meeting the Apprentice has held this term."),
        ("Make", "Fair, respectful and supportive relationships with pupils who have SEN and with their parents "
                 "and carers; consulting pupils and making sure they take part in planning, agreeing and "
                 "reviewing their own provision, with practice in pupil interviews; working with parents and "
                 "carers and the Fellsend Parent Partnership; speaking and writing clearly, listening to and "
                 "understanding other people's views."),
        ("Turning", "Interview two pupils about their provision and hold a review that they and their parents "
                    "help to plan."),
        ("Grader's remarks", "Even colour. Parents from the Parent Partnership co-teach the afternoon."),
    ]),
    ("VAT 5  MOULDING (22 September 2009)", [
        ("Milk in", "The Apprentice's Grading 2 provision map."),
        ("Make", "Winning the commitment of colleagues, the head and senior leaders; working with governors on "
                 "an inclusive ethos, policies, priorities and resources; deploying and managing teaching "
                 "assistants; supporting colleagues through observation and feedback, modelling, coaching and "
                 "training; managing time, setting priorities and delegating; the principles of school "
                 "self-evaluation and improvement and the SEN outcomes in them; reviewing with colleagues how "
                 "well provision works."),
        ("Turning", "Plan and start the term-long improvement for Grading 3; observe and coach one colleague."),
        ("Grader's remarks", "Sound coat. A head from the Dale leads the governors' session."),
    ]),
    ("VAT 6  INTO THE STORE (24 November 2009)", [
        ("Milk in", "The Apprentice's Grading 3 draft."),
        ("Make", "Recent research and inspection findings chosen by the tutors; best practice and what research "
                 "shows about meeting SEN; using research and outside advice to improve one's own and "
                 "colleagues' teaching; keeping up to date and planning one's own professional development; "
                 "the scope and role of health, social care, the Learning Support Service and voluntary "
                 "bodies, and how to get specialist help and resources."),
        ("Turning", "Finish Grading 3; set targets for the year after (section 7)."),
        ("Grader's remarks", "Clean finish."),
    ]),
]
for title, rows in vats:
    para(d, title, bold=True)
    vt = table(d, [[a, b] for a, b in rows], header_fill=None, bold_header=False, widths=[3.5, 13.5], size=9)
    for i in range(len(rows)):
        vt.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade_cell(vt.cell(i, 0), "F2F2F2")
    para(d, "")
para(d, "Working in partnership with outside services and agencies is left to the Fellsend Learning Support "
        "Service's own induction for SENCOs, which most Apprentices will already have had.")

para(d, "TURNING AND THE STOREKEEPERS' VISITS", bold=True)
para(d, "A cheese left unturned in the store goes wrong on one side, and a course left at the Dairy School does "
        "the same. Every Turning task is done in the Apprentice's own school and is tied to the Points the Vat "
        "before it has made, so that what is learned on the Tuesday or the Saturday is tried with real pupils "
        "and real colleagues the week after. The Storekeeper visits once a term for half a day. She looks at "
        "the Turning work, talks with the Apprentice and, where the Apprentice agrees, with her head; she "
        "writes a visit note on the form in the Storekeepers' Handbook, and a copy goes to the Course Tutor. "
        "Where a visit note shows that an Apprentice has fallen behind, the Course Tutor telephones her within "
        "the week and they agree what is to be done before the next Vat.")
para(d, "The trial make taught us three things, and the 2009 Make is built on them. First, Apprentices learned "
        "most when the work was about their own pupils, so every Grading is now about the Apprentice's own "
        "school. Second, the SENCOs from the smallest schools could not come on a weekday, so every Vat now "
        "runs twice. Third, the heads who took part most closely saw the most change in their schools, so the "
        "head's statement is now part of Grading 3 and heads are asked to meet the Storekeeper at each visit.")
para(d, "")
para(d, "5  THE GRADINGS", bold=True, size=12)
for s in [
    "- Grading 1 (handed in after Vat 4, 3,000 words): one pupil's needs and the school's provision for her, drawing on "
    "the law, the reports of other professionals and the family's view, and showing what difference the "
    "provision has made to her achievement and well-being.",
    "- Grading 2 (the map after Vat 3, the talk before Vat 5): the Apprentice's provision map with a 1,500-word commentary, and a 15-minute talk "
    "to her school's staff about it, seen by her Storekeeper and marked by a tutor.",
    "- Grading 3 (after Vat 6, 4,000 words): a term-long improvement the Apprentice has led in her own school, "
    "with evidence of its effect on pupils' progress and well-being and a statement from her head."]:
    para(d, s)
para(d, "Each Apprentice also spends two placement days at Hollinbank Special School or the Fellsend Language "
        "Unit, with a task set by the school's SENCO, and meets an educational psychologist and a speech and "
        "language therapist at Vats 2 and 6.")

para(d, "6  THE GRADING CARD", bold=True, size=12)
para(d, "The Points are the national minimum outcomes in the Co-operative's words. The key is in section 3.")
card = [["Point", "In our words", "Made in", "Graded at"],
        ["ATTRIBUTES", "", "", ""],
        ["A1", "Fair, respectful, encouraging with pupils who have SEN and their families", "Vat 4", "Grading 1"],
        ["A2", "Wins colleagues, the head and senior leaders to the work", "Vat 5", "Ironed only"],
        ["A3", "Uses time well, sets priorities, delegates", "Vat 5", "Grading 3"],
        ["A4", "Sees problems coming and decides soundly about provision", "Vat 3", "Grading 2"],
        ["A5", "Speaks and writes clearly; listens to others' views", "Vat 4", "Grading 2"],
        ["A6", "Uses research and outside advice to improve teaching", "Vat 6", "Ironed only"],
        ["A7", "Keeps up to date; owns her professional development", "Vat 6", "Grading 3"],
        ["KNOWLEDGE", "", "", ""],
        ["K1", "SEN law and the Code of Practice, and how to put them into practice", "Vat 1", "Grading 1"],
        ["K2", "Every Child Matters and the SENCO's part in it", "Vat 1", "-"],
        ["K3", "Disability equality law and what it requires", "Vat 1", "Grading 1"],
        ["K4", "How children develop; how SEN and surroundings affect it", "Vat 2", "Grading 1"],
        ["K5", "The commonest kinds of SEN and disability and their effect on learning", "Vat 2", "Grading 1"],
        ["K6", "Approaches, strategies and resources, ICT among them, weighed critically", "Vat 3", "Grading 2"],
        ["K7", "School self-evaluation and improvement for SEN outcomes", "Vat 5", "Grading 3"],
        ["K8", "Best practice and research in meeting SEN", "Vat 6", "Grading 3"],
        ["K9", "What outside agencies do and how to get specialist help", "Vat 6", "Grading 3"],
        ["SKILLS", "", "", ""],
        ["S1", "With senior colleagues and governors, shapes ethos, policy, priorities, resources", "Vat 5",
         "Ironed only"],
        ["S2", "Identifies pupils, sets targets, plans interventions, reviews progress", "Vat 2", "Grading 1"],
        ["S2a", "Uses other professionals' assessments to shape teaching", "Vat 2", "Grading 1"],
        ["S2b", "Uses summative results and national tests to track progress and change programmes", "-",
         "Grading 2"],
        ["S2c", "Helps other teachers use formative assessment with pupils with SEN", "Vat 3", "Grading 2"],
        ["S2d", "Puts access arrangements for tests and examinations in place in good time", "Vat 3", "Grading 2"],
        ["S3", "Maps and manages provision; finds what is missing or not working", "Vat 3", "Grading 2"],
        ["S4", "Deploys and manages staff", "Vat 5", "Grading 3"],
        ["S5", "Develops colleagues by observation, feedback, modelling, coaching, training", "Vat 5",
         "Grading 3"],
        ["S6", "Reviews provision with colleagues to feed self-evaluation", "Vat 5", "Ironed only"],
        ["S7", "Involves pupils in planning, agreeing and reviewing their provision", "Vat 4", "Grading 1"],
        ["S8", "Works with parents and carers", "Vat 4", "Grading 1"],
        ]
ct = table(d, card, header_fill="FCE4D6", widths=[1.3, 10.2, 2.2, 3.3], size=9)
for i in (1, 9, 19):
    merge_row(ct, i, card[i][0], fill="FFF2CC")
comment(d, ct.cell(11, 3).paragraphs[0], "Should K2 be graded at Grading 1 with the law? Ask Dr Pickersgill.",
        "M Whitfield", "MW")
delete_row(ct, 14)
para(d, "")

para(d, "7  DISPATCH", bold=True, size=12)
para(d, "An Apprentice is dispatched with the Award when her three Gradings together reach 150 points or more. "
        "As with a fine batch that carries a weak one to market, a strong Grading can carry an Ungraded one. "
        "The University issues the certificate.")
para(d, "At her last Storekeeper visit each Apprentice and her Storekeeper set two or three professional "
        "targets for the year after the Award, written on the back of her Make Sheet and copied to her head for "
        "the school's performance management; the Storekeeper also talks through the University's MA and the "
        "Learning Support Service's advanced courses with her.")

para(d, "8  STORE CONDITIONS", bold=True, size=12)
para(d, "Tutors and Storekeepers.", bold=True)
table(d, [
    ["Name", "Part in the Award", "Background"],
    ["Mrs Margaret Whitfield", "Senior Grader; Dairy School Manager; chairs the Grading Committee",
     "Manages the Dairy School; not a tutor."],
    ["Mrs Ann Dinsdale", "Course Tutor (Vats 1, 4, 5)", "MA Special and Inclusive Education (Calderwick); "
                                                        "SENCO for 14 years in two Dale primaries; OCR "
                                                        "Certificate in Specific Learning Difficulties."],
    ["Mr Peter Alderson", "Tutor (Vats 2, 3, 6)", "Former head of the Fellsend Learning Support Service; "
                                                   "advisory teacher for autism; MEd."],
    ["Dr Susan Pickersgill", "University programme leader", "Senior lecturer in education, University of "
                                                             "Calderwick; PhD on provision mapping."],
    ["Storekeepers (eight)", "Mentors, three Apprentices each", "Serving SENCOs of at least five years' "
                                                                 "standing, chosen by the Learning Support "
                                                                 "Service."],
], widths=[4, 5.5, 7.5])
para(d, "")
para(d, "Each tutor keeps her own specialist knowledge up to date through the Learning Support Service's "
        "termly briefings and at least two days' professional development a year, recorded by the Grading "
        "Committee.")
para(d, "Tutors work to the University's course handbook, which sets out their duties in teaching and grading. "
        "Storekeepers are given the Storekeepers' Handbook, which says what they do at each visit, what they "
        "record and what they must pass to the Course Tutor.")
tracked(d, [("ins", "Every Storekeeper attends a training day at the Dairy School each September, where the "
                    "Course Tutor goes through the Handbook, the Curd Test and the Grading 2 talk, and new "
                    "Storekeepers shadow an experienced one on a first visit.")], whole="ins")
para(d, "The Dairy School is well stocked with books and resources for the course, and Apprentices can use the "
        "University library.")
para(d, "The Co-operative welcomes every Apprentice, whatever her background or disability, and believes the "
        "Award should be open to all who can benefit from it.")
para(d, "The course is good value, and every Apprentice's year is shaped by her Make Sheet.")

para(d, "9  REMARKS FROM THE COUNTER", bold=True, size=12)
para(d, "In spring 2008 the Learning Support Service and the Dairy School asked all 46 schools in the Dale "
        "about their SENCOs; 38 replied. Nineteen of the 26 SENCOs in primary schools had been in post for "
        "less than two years and had no SEN training, and most could be released only one day in the week or "
        "not at all. Twelve heads asked for help with provision mapping above everything else. The course "
        "answers those needs: the Saturday Vats were added for the small schools after the heads' meeting of "
        "June 2008, provision mapping was given a whole Vat and Grading 2, and the talk to staff in Grading 2 "
        "was the heads' idea. The trial make's Apprentices asked for the Parent Partnership to teach part of "
        "Vat 4, and it now does.")
para(d, "The Grading Committee reviews the course every July. It is made up of the Senior Grader, the two "
        "tutors, Dr Pickersgill, the head of Hollinbank Special School, a primary head chosen by the Dale heads' "
        "group and a parent from the Fellsend Parent Partnership. It reads Apprentices' evaluations, which are "
        "collected after every Vat and at the end, the Storekeepers' termly reports, the marks and the "
        "University's annual monitoring report, and agrees the changes for the next Make, which the County's "
        "SEN adviser, who sees one Vat a year, also comments on. The head and the parent also join the "
        "Storekeepers' meeting each spring to hear how the course is going in schools.")
p = para(d, "We hope that Apprentices will leave the course more confident and that pupils in the Dale will do "
            "better for it. We have not yet decided how we would know.")
comment(d, p, "Dr Pickersgill asks what measure we will use. To discuss at the January Grading Committee.",
        "M Whitfield", "MW")
para(d, "Graded and signed, Margaret Whitfield, Senior Grader. For the University: S. Pickersgill.")

out = Path(__file__).with_name(NAME + ".docx")
d.save(out)
print(out.name, word_count(d), "words")
