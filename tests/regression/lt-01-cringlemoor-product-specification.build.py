"""lt-01-cringlemoor-product-specification

Provider (invented): Cringlemoor Farmhouse Cheesemakers' and Dairy Skills Co-operative Ltd, Danby Lane,
Eskmoor, a co-operative of 41 farmhouse cheesemakers that runs an Education Dairy and a learning team of
former SENCOs, with the University of Skelbrooke (validation) and Eskmoor County Council's SEN Support
Service. December 2008.

Document kind and layout: the course written as a PROTECTED DESIGNATION OF ORIGIN PRODUCT SPECIFICATION in
the form of Article 4 of Council Regulation (EC) No 510/2006, the form the Co-operative uses for its own
cheeses: 1 Name, 2 Description, 3 Geographical area, 4 Proof of origin, 5 Method of obtaining, 6 Link with
the area, 7 Inspection structure, 8 Labelling, 9 National requirements, then a Schedule of
"Characteristics of the Product" (the outcome table). Heading 1 / Heading 2 styles carry the
specification's own numbers, which collide with requirement ids ("4.2 The Milk Test", "5.3 Renneting",
"6.3 The Area in future", "2.3 Appearance"). House vocabulary: Makers (participants), Make Days (six study
days), Maturing (school-based tasks), Cellar Masters (mentors), Inspections 1-3 (the marked work), Milk
Test (needs audit), Make Plan (training plan), the Dairy Room (Moodle). A "Single Document" summary text
box near the top carries a blanket claim. The outcome Schedule (key defined in 5.7, far above: "Verified
at Inspection n", "Self-declared", "Outside this specification") has merged, shaded group rows. A Make
Days table has a vertically merged venue cell. Header and footer. Two footnotes, one Word comment, tracked
changes (a deleted sentence; a changed table cell).

Traps (requirement ids):
- Blanket claim in the summary text box that every national minimum outcome is formed and verified (6.0,
  all 6.*): not evidence; the Schedule decides.
- Aim written around attainment only; ECM well-being outcomes in Make Day 1's content but "not among the
  aims or the marking criteria" (1.1 partially_met).
- Assessment-only route belongs to the University's own PGCert in Inclusion; "the Co-operative does not
  operate one" (2.3 not_met: another provider's arrangement plus negation).
- Tracked deletion of the sentence promising tutor replies between Make Days; what remains says forums are
  peer-to-peer between Make Days (3.3 partially_met; e-learning exists so 3.3 applies; 3.2 met).
- Pupil consultation only heard about from a young people's forum, "not practised or marked" (1.5
  partially_met; 6.S7 Self-declared -> partially_met).
- Stakeholders in future only sent a summary and asked for comments; a Word comment suggests inviting them
  to the panel (comment is not evidence) (4.3 partially_met). 4.1 and 4.2 met (survey, focus groups, named
  changes).
- "5.3 Renneting" is a heading about Make Days, not checks; the only CRB checks are on Co-operative staff
  who work with visiting pupils in the Education Dairy (5.3 not_met: wrong context).
- Placements: "Makers do not go on placement" although specialists visit (5.5 partially_met).
- Cellar Masters' guide is only being written for September 2009 (5.7 partially_met).
- Impact: confidence ratings before and after; pupil effect only hoped for (5.9 partially_met).
- The Co-operative's own Red Tractor farm-assurance "self-evaluation" is the right word about the wrong
  thing; K7 is only Self-declared in the Schedule (6.K7 partially_met).
- Award rule allows compensation of a failed Inspection by the average (6.0 partially_met); outcomes only
  self-declared or outside the specification mean not all are rigorously assessed (1.9 partially_met).
- Leaflet about the University's MA with the certificate: information, not help to set targets (2.5
  partially_met).
- Schedule: 6.A7 "Outside this specification" (not_met); 6.S2c has no row at all (not_met); 6.K4
  formed at "-" but verified at Inspection 1 (assessed, not taught: partially_met); 6.A3, 6.S2d, 6.S7, 6.K7
  "Self-declared" (partially_met); 6.K9's cell changed by tracked change from "Self-declared" to
  "Inspection 1" (met: the insertion stands).
- Footnote names the external examiner (supports 5.8, which is met in the body anyway).
- Header and footer text ("Every Characteristic verified") is never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lt_helpers import *  # noqa
import _lt_helpers as H

NAME = "lt-01-cringlemoor-product-specification"
H.AUTHOR[0] = "R Garbutt"
d = new_doc("Cambria", 10.5)
fn = Footnotes(d)
header_footer(d, "Cringlemoor Farmhouse Cheesemakers' and Dairy Skills Co-operative Ltd  |  Product Specification: "
                 "Cringlemoor SENCO Award  |  Version 3, December 2008",
              "Every Characteristic verified. Registered Society No. 29418R. Danby Lane, Eskmoor.")

para(d, "PRODUCT SPECIFICATION", bold=True, size=18, align="center")
para(d, "Cringlemoor SENCO Award", bold=True, size=14, align="center")
para(d, "(National Award for Special Educational Needs Coordination)", italic=True, align="center")
para(d, "Set out in the form of a specification under Article 4 of Council Regulation (EC) No 510/2006, as the "
        "Co-operative's own cheeses are, and submitted to the Training and Development Agency for Schools for "
        "approval to run the National Award, December 2008.", align="center")

text_box(d, [
    ("SINGLE DOCUMENT: SUMMARY", True),
    ("Name: Cringlemoor SENCO Award. Applicant group: Cringlemoor Farmhouse Cheesemakers' and Dairy Skills "
     "Co-operative Ltd, with the University of Skelbrooke and Eskmoor County Council.", False),
    ("Every one of the national minimum outcomes is formed and verified in the Product, and the Product is "
     "made to the same standard as everything that leaves Danby Lane.", False),
    ("Contact: Mrs Ruth Garbutt, Learning Lead, 01947 600 218.", False),
], height_pt=110)

para(d, "1. NAME OF THE PRODUCT", style="Heading 1")
para(d, "Cringlemoor SENCO Award. In this specification it is called \"the Product\". The Product is the "
        "National Award for Special Educational Needs Coordination as the Co-operative makes it, with the "
        "University of Skelbrooke and Eskmoor County Council's SEN Support Service.")
para(d, "Why a cheesemakers' co-operative makes a SENCO award is a fair question, and the panel will want the "
        "answer first. The Co-operative's 41 member farms have run the Education Dairy at Danby Lane since 1996. "
        "Its Learning Team of four former SENCOs and a specialist teacher runs dairy-skills days for the "
        "county's special schools and for pupils on alternative programmes, about 3,000 pupil visits a year. In "
        "2007 the heads of Eskmoor's rural schools, many of whom send pupils to us, asked the Learning Team to "
        "help train their new SENCOs close to home. This specification is the result. We have written it in "
        "the form we know best, because our members and the schools who will read it know it too.")

para(d, "2. DESCRIPTION OF THE PRODUCT", style="Heading 1")
para(d, "2.1 Type of product", style="Heading 2")
p = para(d, "The Product is validated by the University of Skelbrooke as a Postgraduate Certificate-level "
            "award of 60 credits at Master's level (M level), approved at the University's validation event "
            "on 14 November 2008. Successful Makers receive the University's Postgraduate Certificate in "
            "Special Educational Needs Coordination, which carries the title National Award for SEN "
            "Coordination, and the 60 credits may be carried into the University's MA in Inclusive Education.")
fn.add(p, "Validation was approved with two conditions: a revised assessment schedule and named second "
          "markers. Both were met and signed off by the University's Academic Standards Office on 3 December 2008.")
para(d, "2.2 Terms used in this specification", style="Heading 2")
table(d, [
    ["Term", "Meaning in this specification"],
    ["Maker", "A teacher on the Product: a serving SENCO, or a teacher whose head has named her as the "
              "school's SENCO from the coming year."],
    ["Make", "One cohort of up to 18 Makers, starting in September (the Autumn Make) or January (the Spring "
             "Make)."],
    ["Make Day", "One of the six taught days, held at the Education Dairy, Danby Lane."],
    ["Maturing", "The school-based work a Maker does in her own school between Make Days."],
    ["Cellar Master", "An experienced SENCO from the Eskmoor SENCO Network who mentors up to three Makers."],
    ["Milk Test", "The audit each Maker completes before Make Day 1."],
    ["Make Plan", "The Maker's individual training plan, written from her Milk Test."],
    ["Inspection", "One of the three pieces of marked work (Inspections 1, 2 and 3)."],
    ["The Dairy Room", "The Product's area on the University's Moodle site."],
    ["Characteristic", "One of the outcomes in the Schedule at the end of this specification."],
], widths=[3.5, 13])
para(d, "")
para(d, "2.3 Appearance and presentation", style="Heading 2")
para(d, "The Product runs over one school year: six Make Days, about 600 notional hours of study, three "
        "Inspections and a final review with the Maker's Cellar Master. A Maker may take up to two years.")
para(d, "2.4 Aims", style="Heading 2")
para(d, "The Product has one aim: to raise the attainment and progress of pupils with special educational "
        "needs and disabilities in the Area's schools, measured in the pupils' own levels and examination "
        "results. Its objectives are that each Maker can identify pupils' needs accurately, plan and map "
        "provision, lead colleagues in teaching pupils with SEN, and show the difference in her own school. "
        "The wider well-being outcomes of Every Child Matters (being healthy, staying safe, enjoying and "
        "achieving, making a positive contribution, achieving economic well-being) are met in Make Day 1's "
        "content, but they are not among the aims or the marking criteria; Makers are told that the "
        "well-being of pupils belongs to each school's pastoral team.")

para(d, "3. GEOGRAPHICAL AREA", style="Heading 1")
para(d, "The Area is the county of Eskmoor and the Borough of Saltmarsh: 212 primary schools, 31 secondary "
        "schools, 7 special schools and two pupil referral units, more than half of them in villages of fewer "
        "than 2,000 people. A third of the primary schools have fewer than 60 pupils, and in many of them the "
        "SENCO is also the head or a class teacher with a full timetable. Makers from schools outside the Area "
        "may join a Make where there is room, on the same terms.")

para(d, "4. PROOF OF ORIGIN", style="Heading 1")
para(d, "Every cheese we sell can be traced to the farm, the vat and the day. Every Maker can be traced in the "
        "same way, from application to award, through the Make Register kept by the Learning Team and "
        "shared with the University's registry.")
para(d, "4.1 Collection: who may become a Maker", style="Heading 2")
para(d, "A Maker must hold Qualified Teacher Status and be a serving SENCO, or be named by her head as the "
        "school's SENCO from the following year. Her head signs a nomination form that commits the school to "
        "release her for the six Make Days and to give her a Cellar Master's visit each term. Each applicant "
        "has a telephone conversation of about half an hour with the Course Leader, who checks her role, "
        "her experience of pupils with SEN and whether the Product is the right step for her now. An "
        "applicant who has had no responsibility for pupils with SEN is offered the Co-operative's "
        "one-day foundation course first and joins the next Make. The Course Leader records the decision "
        "and her reasons in the Make Register.")
para(d, "4.2 The Milk Test", style="Heading 2")
para(d, "Before Make Day 1 each Maker completes the Milk Test: she rates herself against every Characteristic "
        "in the Schedule, on a four-point scale, and her head and Cellar Master add their view. From the Milk "
        "Test the Maker and her Cellar Master write her Make Plan, which names the three to five "
        "Characteristics she most needs to work on, her own targets for the year (some of which will be "
        "particular to her school) and the Maturing tasks she will give most time to. The Make Plan is "
        "reviewed at Make Day 3 and again at Make Day 5, and tutors read every Make Plan before the Make "
        "begins so that group work on Make Days can be arranged around it.")
para(d, "4.3 Prior learning", style="Heading 2")
para(d, "A Maker who holds Master's-level credit in special educational needs gained within the last five "
        "years may claim up to 20 of the 60 credits, in place of Inspection 1, through the University's "
        "Accreditation of Prior Learning procedure. A Maker with long experience but no credit may claim the "
        "same 20 credits through a portfolio of her own work mapped to the Characteristics that Inspection 1 "
        "verifies (accreditation of prior experiential learning); the portfolio is assessed by two tutors and "
        "the claim goes to the University's Accreditation Board.")
para(d, "Some Makers ask whether they can go straight to assessment without the Make Days. The University of "
        "Skelbrooke's own PGCert in Inclusion offers an assessment-only route to its students through its "
        "Accreditation Board; that route belongs to the University's programme, not to the Product, and the "
        "Co-operative does not operate one.")

para(d, "5. METHOD OF OBTAINING THE PRODUCT", style="Heading 1")
para(d, "5.1 Milk", style="Heading 2")
para(d, "Good cheese starts with good milk, and the Product starts with the Maker's own school. Every piece of "
        "work in the Product is done in, and about, the Maker's school, and every Make Day ends with the "
        "Maturing task that takes it back there.")
para(d, "5.2 Starter", style="Heading 2")
para(d, "The Milk Test and Make Plan (4.2 above) are the starter. Tutors use them to group Makers on Make "
        "Days, to set the reading in the Dairy Room for each Maker and to agree with Cellar Masters where "
        "their termly visits should go.")
para(d, "5.3 Renneting: the Make Days", style="Heading 2")
para(d, "The six Make Days run from 9.15 to 3.45. Each is taught by two tutors, and each ends with the "
        "setting of a Maturing task.")
t = table(d, [
    ["Make Day", "Autumn Make / Spring Make", "Venue", "What is made", "Maturing task afterwards"],
    ["1", "25 Sep 2009 / 21 Jan 2010", "Education Dairy, Danby Lane (Saturday repeats at the same venue)",
     "The SENCO in law and in the school: the SEN Code of Practice (2001) and how to put it into practice; "
     "the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 and 2005, "
     "the Disability Equality Duty and schools' accessibility plans; the principles of Every Child Matters "
     "and the SENCO's part in them; Removing Barriers to Achievement (2004).",
     "M1: audit the school's SEN policy and accessibility plan against the law and the Code."],
    ["2", "23 Oct 2009 / 25 Feb 2010", "",
     "Knowing the learners: the most common kinds of SEN and disability (BESD, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders, moderate learning difficulties) and what they mean for learning; identifying pupils early; "
     "setting challenging targets; planning and reviewing interventions; using the assessments of "
     "educational psychologists, speech and language therapists and other professionals to shape teaching; "
     "the Bercow Review (2008).",
     "M2: a case study of one pupil, gathering the reports of all who work with her."],
    ["3", "27 Nov 2009 / 25 Mar 2010", "",
     "Planning, provision and tracking: provision mapping and provision management, finding provision "
     "that is missing or not working; target setting from P scales, national tests and RAISEonline; using "
     "summative results to track progress and change a pupil's programme; approaches, strategies and "
     "resources for assessment, planning and teaching, including ICT and assistive technology (at "
     "Brackenfield Special School's ICT suite); access arrangements for national tests and examinations.",
     "M3: draft the school's provision map and mark what is not working."],
    ["4", "29 Jan 2010 / 6 May 2010", "",
     "Working with colleagues and leaders: winning the commitment of the head, senior leaders and "
     "colleagues; working with governors on the school's inclusive ethos, policy, priorities and budget; "
     "deploying and managing teaching assistants; supporting colleagues' development through observation "
     "and feedback, modelling, coaching and training; managing one's own time and delegating.",
     "M4: observe a colleague teaching a pupil with SEN, give feedback, and plan a coaching cycle."],
    ["5", "12 Mar 2010 / 10 Jun 2010", "",
     "Families, pupils and agencies: building fair, respectful and supportive relationships with pupils "
     "and their parents and carers; liaising with parents; the Eskmoor Parent Partnership; a session with "
     "the Eskmoor Young People's Forum on being consulted; the work of health, social care, the SEN Support "
     "Service, the educational psychology service and voluntary organisations, and how to get their help.",
     "M5: plan and hold a review meeting with a family and the agencies who work with their child."],
    ["6", "7 May 2010 / 8 Jul 2010", "",
     "Evaluating and improving: school self-evaluation and the SEF as they touch SEN outcomes; reviewing "
     "with colleagues how well provision works; research and best practice in meeting SEN and using it to "
     "improve teaching; presenting findings clearly to colleagues and listening to their views.",
     "M6: write up the change project for Inspection 3."],
], widths=[1.5, 2.8, 2.8, 6.5, 3.8], size=9)
venue = t.cell(1, 2).merge(t.cell(6, 2))
para(d, "")
para(d, "5.4 Maturing: between Make Days", style="Heading 2")
para(d, "Between Make Days each Maker carries out the Maturing task in her own school (M1 to M6 above). The "
        "tasks are tied to the Characteristics: M2 leads into Inspection 1, M3 and M4 into Inspection 2, and "
        "M5 and M6 into Inspection 3, which is a change the Maker leads in her school over at least a term "
        "and whose effect she must show. Her Cellar Master visits once a term, sees the work in progress and "
        "records what has changed in the Maker's practice on the visit note.")
para(d, "Reading, tasks and discussion are in the Dairy Room, the Product's area on the University's Moodle "
        "site: each Make Day has a reading list, short films of practice in Area schools and a forum for the "
        "Make.")
tracked(d, [("n", "Tutors read the Dairy Room forums before each Make Day and take up the questions raised "
                  "there in the first hour of the day. "),
            ("del", "Between Make Days a tutor answers each forum post within three working days. "),
            ("n", "Between Make Days the forums are for Makers to help one another.")])
para(d, "5.5 Cutting and moulding: flexible making", style="Heading 2")
para(d, "Makers can start in September or January. Every Make Day is repeated on the following Saturday for "
        "Makers whose schools cannot release them on weekdays, and a Maker may move between the weekday and "
        "Saturday groups from day to day. Apart from Make Day 1, which comes first, Makers may take the Make "
        "Days in the other Make's order if that suits their school's year, and a Maker may spread the Product "
        "over two years. Reading and forum work in the Dairy Room can be done at any time.")
para(d, "5.6 Salting: support for each Maker", style="Heading 2")
para(d, "Every Maker is asked on the application form whether she has a disability or other need that we "
        "should know about. Where she does, the Course Leader agrees an access plan with her and with the "
        "University's Disability Service before Make Day 1: in the past year this has meant materials in "
        "large print or electronic form, a note-taker, extra time and rest breaks for the Inspection 2 "
        "presentation, and a later start for a Maker with a long journey and a medical condition. The "
        "Education Dairy is on one level and has a hearing loop and an accessible toilet. Make Days are not "
        "held on the main religious festivals of the faiths of the Area's teachers.")
para(d, "Each Maker's Make Plan shapes her year, so that a SENCO in a two-teacher school and a SENCO in a "
        "large secondary do not do the same things. The fee is £1,150 per Maker, or about £1.90 for each "
        "notional hour of study, and Eskmoor County Council pays half of it for Area schools from its "
        "Standards Fund. The Product's 60 credits count towards the University's MA, so the year is a first "
        "step as well as a qualification.")
para(d, "5.7 Inspections: the marked work", style="Heading 2")
para(d, "Three Inspections are marked against the University's M-level criteria, and each must be passed "
        "with a mark of 50 or more, subject to 8 below.")
table(d, [
    ["Inspection", "What the Maker does", "Marked by"],
    ["Inspection 1", "A case study of 3,000 words of one pupil with SEN: the pupil's needs, the assessments of "
                     "all who work with her, the relationship with the family, and the provision planned.",
     "Tutor; second-marked on a sample"],
    ["Inspection 2", "The Maker's provision map for her school, with a commentary of 1,500 words, and a "
                     "20-minute presentation to her school's staff on what the map shows, observed by her "
                     "Cellar Master and marked by a tutor from a recording.",
     "Tutor; Cellar Master's observation note"],
    ["Inspection 3", "A change project in her own school over at least a term, written up in 4,000 words "
                     "with evidence of its effect and a statement from her head.",
     "Two tutors"],
], widths=[2.5, 10.5, 4])
para(d, "")
para(d, "Where the Schedule shows a Characteristic \"Verified at Inspection 1\", \"Verified at Inspection 2\" "
        "or \"Verified at Inspection 3\", the marking criteria for that Inspection name it and a Maker cannot "
        "pass that Inspection without showing it. \"Self-declared\" means that the Maker rates herself "
        "against the Characteristic at the Make Plan reviews and talks it over with her Cellar Master; "
        "no tutor marks it and it does not count towards the award. \"Outside this specification\" means "
        "that the Product neither forms nor verifies the Characteristic.")
p = para(d, "Marking is consistent across tutors because one in four scripts in every Inspection, and every "
            "script with a mark below 50, is second-marked blind by another tutor; the markers agree a mark or "
            "the Course Leader decides. The University's Board of Examiners moderates a sample from each Make "
            "and the external examiner sees all fails and a sample of passes each year. All tutors and "
            "Cellar Masters take part in a standardising morning before each Inspection, marking two "
            "anonymised scripts from the year before.")
fn.add(p, "The external examiner for 2009-10 is Professor Helen Drury, formerly of the University of "
          "Harthill's School of Education.")

para(d, "6. LINK WITH THE GEOGRAPHICAL AREA", style="Heading 1")
para(d, "6.1 What the Area told us", style="Heading 2")
para(d, "In the spring of 2008 the Learning Team and Eskmoor's SEN Support Service sent a questionnaire to all "
        "252 schools in the Area; 141 replied. We held three focus groups with 22 SENCOs (one each in the "
        "north of the county, the coast and Saltmarsh) and met the Eskmoor Parent Partnership's steering "
        "group. The schools told us that small rural schools could not release a SENCO on a weekday more than "
        "twice a term; that SENCOs most wanted help with provision mapping and with leading teaching "
        "assistants; and that new SENCOs found it hard to get support from the head and governors. Parents "
        "told us that too many reviews were held without them being asked what they thought and that "
        "SENCOs needed to know more about what the agencies could offer families.")
para(d, "6.2 How the Area changed the Product", style="Heading 2")
para(d, "Because of what the Area told us, we added the Saturday repeat of every Make Day; we moved provision "
        "mapping from Make Day 5 to Make Day 3, so that Makers have it in time for their schools' spring "
        "planning; we made Inspection 2 a presentation to the Maker's own staff, which the heads' focus group "
        "suggested; we added working with governors to Make Day 4; and we gave the whole of Make Day 5 to "
        "families and agencies, with the Parent Partnership co-teaching the morning. Cellar Masters are drawn "
        "from the Eskmoor SENCO Network, which the SENCOs asked for.")
para(d, "6.3 The Area in future", style="Heading 2")
p = para(d, "Each summer the Co-operative will send a summary of the year's results, Makers' evaluations and "
            "the external examiner's report to the Eskmoor Headteachers' Association, the SENCO Network and the "
            "Parent Partnership, and will ask for their comments.")
comment(d, p, "Could we invite a head and a parent onto the Course Committee itself? Not agreed yet - raise at "
              "February meeting.", "T Nattrass", "TN")
para(d, "Pupils' voices: Makers hear on Make Day 5 from the Eskmoor Young People's Forum what it is like to be "
        "consulted, and not consulted, about their own provision. The skills of consulting pupils are not "
        "practised or marked in the Product.")

para(d, "7. INSPECTION STRUCTURE", style="Heading 1")
para(d, "7.1 How the Product is checked", style="Heading 2")
para(d, "Makers complete an evaluation form after every Make Day and a longer one at the end of the year. "
        "Cellar Masters meet the Course Leader once a term and report what they have seen in schools. The "
        "Course Committee (the Course Leader, two tutors, the University's programme director and the "
        "County's SEN adviser) meets each term and reviews evaluations, marks and Cellar Masters' reports. "
        "Outside the Co-operative, the University monitors the Product through its annual monitoring report, "
        "the external examiner reports each year, and the County's SEN adviser observes one Make Day a year. "
        "Each July the Course Committee writes an action plan from all of this, which goes to the University "
        "and which the next year's Makers are shown on Make Day 1; this year's plan moved provision mapping "
        "earlier (6.2) and shortened the Inspection 1 word limit.")
para(d, "The Co-operative also completes its own self-evaluation each year under the Red Tractor farm "
        "assurance scheme, and the Education Dairy is inspected by the County's environmental health officers; "
        "those checks are of the dairy, not of the Product.")
para(d, "7.2 Staff", style="Heading 2")
table(d, [
    ["Name", "Role", "Qualifications and experience"],
    ["Mrs Ruth Garbutt", "Course Leader; tutor", "MA Special Educational Needs (Leeds), NPQH; SENCO for 12 "
                                                  "years at Esk Valley School; Learning Lead of the Co-operative "
                                                  "since 2005."],
    ["Dr Ian Calvert", "Tutor; University programme director", "EdD (dyslexia and secondary literacy); senior "
                                                                 "lecturer in inclusive education, University of "
                                                                 "Skelbrooke; former head of learning support."],
    ["Ms Faye Harland", "Tutor", "Specialist teacher for speech, language and communication needs, Eskmoor SEN "
                                 "Support Service; Elklan tutor; MA Inclusive Education."],
    ["Mr Tom Nattrass", "Visiting tutor (Make Days 2 and 5)", "Senior educational psychologist, Eskmoor County "
                                                                "Council."],
], widths=[3.5, 4.5, 9])
para(d, "")
para(d, "All tutors spend at least three days a year on their own professional development in SEN, and the "
        "Course Committee checks this in its July review.")
para(d, "7.3 Specialists and placements", style="Heading 2")
para(d, "Makers meet an educational psychologist, a speech and language therapist, the Parent Partnership "
        "and Brackenfield Special School's assistive technology staff on Make Days. Makers do not go on "
        "placement; the Product is made in each Maker's own school.")
para(d, "7.4 Equipment", style="Heading 2")
para(d, "Makers have full use of the University library and its electronic journals, the Dairy Room, a loan "
        "box of standardised assessment materials kept at the Education Dairy, and Brackenfield School's ICT "
        "suite with switch access, symbol software, Clicker 5 and screen readers, where Make Day 3 is held.")
para(d, "7.5 Roles", style="Heading 2")
para(d, "Tutors work to the University's Tutor Handbook and attend its annual marking day. Cellar Masters' "
        "role, and what they may and may not do in another school, will be set out in a Cellar Master's "
        "guide, which we are writing for September 2009.")
para(d, "7.6 Effect of the Product", style="Heading 2")
para(d, "Makers rate their confidence and competence against every Characteristic at the Milk Test and again "
        "at the final review, and the Course Committee reports the change for each Make. Cellar Masters' "
        "visit notes record what has changed in each Maker's practice. We hope in time to see the Product's "
        "effect in the progress of pupils with SEN in the Area's schools.")

para(d, "8. LABELLING", style="Heading 1")
para(d, "A Maker is awarded the Product when she has passed all three Inspections. A mark of 45 to 49 in one "
        "Inspection may be compensated where the average of the three marks is 55 or more. The University "
        "issues the certificate, which is labelled \"National Award for SEN Coordination\" and carries the "
        "Co-operative's name as the provider. With her certificate each Maker receives a leaflet about the "
        "University's MA in Inclusive Education and the dates of the SENCO Network's meetings.")

para(d, "9. NATIONAL REQUIREMENTS", style="Heading 1")
para(d, "9.1 Safeguarding", style="Heading 2")
para(d, "Enhanced CRB disclosures are held for all Co-operative staff and volunteers who work with visiting "
        "pupils in the Education Dairy, and they are renewed every three years under the Education Dairy's "
        "safeguarding policy.")
para(d, "9.2 Equality", style="Heading 2")
para(d, "The Co-operative's Equality Scheme applies to the Product, and every Maker's access needs are met as "
        "set out in 5.6.")

para(d, "SCHEDULE: CHARACTERISTICS OF THE PRODUCT", style="Heading 1")
para(d, "The Characteristics are the national minimum outcomes in our own words. The key to the last column is "
        "in 5.7.")
rows = [["Ref", "Characteristic (in our words)", "Formed at", "Verified at"],
        ["A", "", "", ""],
        ["A1", "Builds fair, respectful and encouraging relationships with pupils who have SEN or disabilities "
               "and with their parents and carers", "Make Day 5", "Inspection 1"],
        ["A2", "Wins the commitment of colleagues, the head and senior leaders to the school's SEN work",
         "Make Day 4", "Inspection 3"],
        ["A3", "Plans her own time, sets priorities and hands work on to others sensibly", "Make Day 4",
         "Self-declared"],
        ["A4", "Sees problems coming, solves them and makes sound decisions about provision", "Make Day 3",
         "Inspection 2"],
        ["A5", "Speaks and writes clearly, and listens to and understands the views of others", "Make Day 6",
         "Inspection 2"],
        ["A6", "Uses research and outside advice to improve her own and colleagues' teaching", "Make Day 6",
         "Inspection 3"],
        ["A7", "Keeps up to date and takes charge of her own professional development in SEN and disability",
         "-", "Outside this specification"],
        ["K", "", "", ""],
        ["K1", "Knows the law and guidance on SEN, including the Code of Practice, and how to put them into "
               "practice", "Make Day 1", "Inspection 1"],
        ["K2", "Understands the principles and outcomes of Every Child Matters and the SENCO's part in them",
         "Make Day 1", "Inspection 1"],
        ["K3", "Knows the law on disability equality and what it requires a school to do", "Make Day 1",
         "Inspection 3"],
        ["K4", "Understands how children develop and how SEN, disability and surroundings affect development",
         "-", "Inspection 1"],
        ["K5", "Knows the commonest kinds of SEN and disability and how they affect learning", "Make Day 2",
         "Inspection 1"],
        ["K6", "Judges critically the approaches, strategies and resources for assessing, planning and teaching, "
               "ICT among them", "Make Day 3", "Inspection 2"],
        ["K7", "Understands school self-evaluation and improvement as they touch SEN outcomes", "Make Day 6",
         "Self-declared"],
        ["K8", "Knows best practice and the findings of research in meeting SEN", "Make Day 6", "Inspection 3"],
        ["K9", "Knows what outside agencies do and how to get specialist help and resources", "Make Day 5", ""],
        ["S", "", "", ""],
        ["S1", "Works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and "
               "resources", "Make Day 4", "Inspection 3"],
        ["S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
               "progress", "Make Day 2", "Inspection 1"],
        ["S2a", "Uses the assessments of other professionals to shape teaching", "Make Day 2", "Inspection 1"],
        ["S2b", "Uses summative results, national tests among them, to track progress and change programmes",
         "Make Day 3", "Inspection 2"],
        ["S2d", "Arranges access arrangements for national tests and examinations in good time", "Make Day 3",
         "Self-declared"],
        ["S3", "Maps and manages provision and finds what is missing or not working", "Make Day 3",
         "Inspection 2"],
        ["S4", "Deploys and manages staff well", "Make Day 4", "Inspection 2"],
        ["S5", "Helps colleagues develop through observation, feedback, modelling, coaching and training",
         "Make Day 4", "Inspection 3"],
        ["S6", "Reviews with colleagues how well provision works, feeding the school's self-evaluation",
         "Make Day 6", "Inspection 3"],
        ["S7", "Makes sure pupils take part in planning, agreeing and reviewing their own provision",
         "Make Day 5", "Self-declared"],
        ["S8", "Works closely with parents and carers", "Make Day 5", "Inspection 1"],
        ["S9", "Works in partnership with other services and agencies, voluntary organisations among them",
         "Make Day 5", "Inspection 1"],
        ]
t = table(d, rows, widths=[1.2, 10.5, 2.4, 3.4], size=9)
for i, label in [(1, "Attributes"), (9, "Knowledge and understanding"), (19, "Skills")]:
    merge_row(t, i, label, fill="E2EFDA")
tracked_cell(t.cell(18, 3), [("del", "Self-declared"), ("ins", "Inspection 1")])
para(d, "")
para(d, "Signed for the Co-operative: R. Garbutt, Learning Lead. Signed for the University: I. Calvert, "
        "Programme Director.")

fn.save_into()
out = Path(__file__).with_name(NAME + ".docx")
d.save(out)
print(out.name, word_count(d), "words")
