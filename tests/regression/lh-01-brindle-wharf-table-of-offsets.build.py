"""lh-01-brindle-wharf-table-of-offsets

Provider (invented): Brindle Wharf College of Boatbuilding and Traditional Crafts, a regional canal-side
college, through its professional development unit for teachers ("the Teachers' Loft"), with the University
of Calderbridge validating. Application for approval to run the National Award for SEN Coordination, 2009-10.

Document kind and layout: the course written as a naval architect's "Lines and Table of Offsets, with Notes to
the Loft", the sheet the college's drawing office issues with every design. A title block table with merged
cells; a shaded note to the panel; a Table of Terms (Stations = study days St 0-St 8, Waterlines, Buttocks =
tasks in school B1-B3, Diagonals = the three marked pieces D1-D3, Loftsmen = tutors, Shipwrights =
participants, Yard Foremen = school mentors, Half-model = the needs assessment, Fairing = moderation, Rabbet =
entry, Launching = the award), which also defines the values "Pencil only" and "Half-model only" used in the
Table of Offsets far below it; thirty hand-numbered "Notes to the Loft" (N1-N30) with bold run-in titles and
no heading styles; a Table of Stations; the Table of Offsets ("Offset | The shipwright will be able to (in our
words) | Laid down at | Read off on"), O-01 to O-27, with merged shaded group rows; tracked changes inside two
cells; a Word comment; a header and a footer; a text box holding the lines taken off the old Certificate.

Traps (requirement ids):
- Aims (the "Sheer") speak only of progress "in reading, writing and number": attainment, no well-being (1.1
  partially_met).
- Pupil voice only "touched on" at Station 5; the pupil-involvement offset is "Pencil only" (1.5 partially_met,
  6.S7 partially_met).
- "Pencil only" offsets exist, so not every outcome is assessed (1.9 partially_met) and the launching rule rests
  on the three Diagonals, not on all the outcomes (6.0 partially_met).
- Negation: "no credit is given for earlier study or experience" (2.1 not_met).
- Past arrangement: an assessment-only route existed in the old Lock-keeper's Certificate, described only in a
  text box about the old hull, closed with it (2.3 not_met).
- End of course: shipwrights only reminded that "a boat is never finished" (2.5 partially_met).
- One September intake, Stations taken in order; only a Saturday repeat of each Station (3.2 partially_met).
- The Loft Board: peers post, loftsmen do not; telephone hour between Stations (3.3 partially_met).
- Heads host tasks (involvement) but their part in evaluation is only hoped for (4.3 partially_met).
- CRB: the footer claims "CRB cleared"; the body relies on heads confirming their "school's own recruitment
  checks", no enhanced disclosure verified (5.3 partially_met).
- Placements: the college's boatbuilding apprentices go on placement, the shipwrights do not (5.5 partially_met;
  specialist speakers are real).
- Impact on pupils only "would like, in time" (5.9 partially_met; confidence measured by re-taking the
  half-model).
- Table of Offsets: "Pencil only" values defined in the Table of Terms far above (6.A3, 6.K3, 6.S7 partially
  met); "Half-model only" for child development (6.K4 not_met); tracked change deletes "D1" and inserts "Pencil
  only" for disability law (6.K3 partially_met); tracked change deletes "Pencil only" and inserts "D2" for
  self-evaluation (6.K7 met); keeping up to date appears only in a Word comment (6.A7 not_met); no offset for
  special arrangements in tests (6.S2d not_met).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _lh_helpers import *

d = new_doc("Garamond", 11)
header_footer(d, "BRINDLE WHARF COLLEGE OF BOATBUILDING AND TRADITIONAL CRAFTS  ·  DRAWING OFFICE  ·  Design 2009/14",
              "Sheet 1 of 1. All shipwrights on this design are CRB cleared. Do not scale from this sheet.")

para(d, "BRINDLE WHARF COLLEGE OF BOATBUILDING AND TRADITIONAL CRAFTS", bold=True, size=15, align="center")
para(d, "The Teachers' Loft (Professional Development Unit), Brindle Wharf, Canal Side, Hallworth", align="center",
     italic=True)
para(d, "LINES AND TABLE OF OFFSETS, WITH NOTES TO THE LOFT", bold=True, size=13, align="center")
para(d, "Design 2009/14: the National Award for SEN Coordination", bold=True, align="center")

tb = table(d, [["Design No.", "2009/14", "Drawn", "E. Harbottle"],
               ["Hull", "National Award for SEN Coordination (60 credits, Level 7)", "Checked", "T. Marple"],
               ["Builder", "The Teachers' Loft, Brindle Wharf, with the University of Calderbridge", None, None],
               ["Revision", "C (for the TDA panel, February 2009)", "Sheet", "1 of 1"]],
           widths=[3, 8, 2.5, 3.5], header_fill=None, bold_header=False)
a = tb.cell(2, 1).merge(tb.cell(2, 3))
a.text = ""
add_run(a.paragraphs[0], "The Teachers' Loft, Brindle Wharf, with the University of Calderbridge")
for r in range(4):
    shade_cell(tb.cell(r, 0), "E7E6E6")

para(d, "")
para(d, "To the panel. The College has drawn every course it runs as a set of lines since 1987, and our teachers "
        "asked us to draw this one the same way. The sheet reads as a boat's lines do: the Table of Terms tells you "
        "what each word means on this design, the Notes to the Loft say how the course is built, and the Table of "
        "Offsets at the end is where each thing a shipwright must be able to do is laid down and read off. Where "
        "a note answers one of your criteria we have not said so; we trust the sheet to be read whole.",
     italic=True, shade="F2F2F2")

para(d, "TABLE OF TERMS", bold=True, size=12)
terms = [
    ["Term", "On this design it means"],
    ["Shipwright", "A teacher on the course: a SENCO in a school within reach of the Wharf, or a teacher about to become one."],
    ["Loftsman", "A tutor of the Teachers' Loft. The loftsmen are named in Note N22."],
    ["Yard Foreman", "The mentor in the shipwright's own school: a senior leader chosen by the head."],
    ["Master", "The headteacher of the shipwright's school."],
    ["Station", "A study day at the Wharf. There are nine, St 0 to St 8, listed in the Table of Stations."],
    ["Waterline", "One of the four strands that run through every Station: WL1 the law, WL2 the pupil, WL3 the school, WL4 the shipwright's own practice."],
    ["Buttock", "A task carried out in the shipwright's own school between Stations, B1 to B3 (Note N9)."],
    ["Diagonal", "A marked piece of work. There are three, D1 to D3 (Note N11). A Diagonal is read off by two loftsmen and marked against the offsets it carries."],
    ["Half-model", "The starting measure each shipwright takes of themselves against the offsets at St 0 (Note N6)."],
    ["Fairing", "Moderation: the checking of one loftsman's marking against another's and against the University's (Note N24)."],
    ["Rabbet", "The entry requirements: the groove every plank must land in (Note N5)."],
    ["Sheer", "The aims of the design (Note N1)."],
    ["Launching", "The award of the National Award for SEN Coordination (Note N29)."],
    ["Pencil only", "An offset drawn at a Station but not read off on any Diagonal: worked on, not marked."],
    ["Half-model only", "An offset measured in the half-model at St 0 and not faired in afterwards."],
]
t = table(d, terms, widths=[3.5, 13.5])

para(d, "")
para(d, "NOTES TO THE LOFT", bold=True, size=12)

notes = [
    ("N1 Sheer.", "The design exists so that pupils with special educational needs and disabilities in the "
     "schools along the Brindle and Tame valleys make better progress in reading, writing and number. Every "
     "Station, Buttock and Diagonal is drawn to that line, and a shipwright is asked at each Station what the "
     "last one changed for the pupils on their register."),
    ("N2 Keel.", "The University of Calderbridge validated the design on 4 February 2009 as a 60-credit module "
     "at masters level (Level 7), SEN Coordination (EDU7114), which counts towards its Postgraduate Certificate "
     "and MA in Education. The University's Faculty of Education holds the award regulations; the Teachers' Loft "
     "builds and delivers the course under a partnership agreement signed in January 2009."),
    ("N3 Why a boatbuilding college.", "The Teachers' Loft has run courses for teachers since 1994: first the "
     "practical crafts courses for design and technology teachers, then, from 2005 to 2008, the Lock-keeper's "
     "Certificate for new SENCOs in 31 local schools. The College also trains 140 boatbuilding and heritage "
     "craft apprentices a year, of whom a third have a statement or are on School Action Plus when they join "
     "us, so our own tutors teach learners with SEN every day."),
    ("N4 Lines taken from the yard.", "Before drawing the design we surveyed all 46 primary, secondary and "
     "special schools on the canal side in Hallworth and Tamebridge, and met the SEN teams of both local "
     "authorities. Thirty-eight schools replied. They told us three things: that their SENCOs could not be "
     "released for more than nine days in a year; that new SENCOs most wanted help with provision mapping and "
     "with managing teaching assistants; and that the 2008 SENCO regulations had left heads unsure what the "
     "new role should be. The design answers each: nine Stations, provision mapping and the deployment of "
     "assistants moved forward from the spring to Station 4, and a session for Masters at Station 0."),
    ("N5 Rabbet.", "Every shipwright must hold Qualified Teacher Status, be in post as SENCO or be named by "
     "their Master as the next SENCO, and come with a nomination form signed by the Master. The form asks the "
     "Master to confirm that the teacher has been through the school's own recruitment checks. Each applicant "
     "then has a forty-minute conversation with a loftsman about their role and experience. A teacher who is "
     "not yet ready is told in writing what to do first (usually a term shadowing the present SENCO and the "
     "College's twilight short course on the Code of Practice), and the loftsman rings the Master to agree it."),
    ("N6 Half-model.", "At St 0 each shipwright takes their own half-model: a self-rating against every offset "
     "on this sheet, set against the loftsman's reading of their nomination form, a short scenario task done "
     "on the day and a conversation with their Yard Foreman. The loftsman and shipwright agree which offsets "
     "are already sound and which need most work."),
    ("N7 Individual Building Plan.", "From the half-model each shipwright and loftsman write an Individual "
     "Building Plan: the shipwright's own offsets for the year, chosen from and added to the Table of Offsets, "
     "the Stations to attend in full and those where a shorter attendance will do, and the school focus for "
     "the Buttocks. The Plan is reviewed with the loftsman at St 4 and St 7."),
    ("N8 No lines off an earlier hull.", "We do not take lines off an earlier hull: no credit is given for "
     "earlier study or experience, and every shipwright builds the whole design. A shipwright who holds the "
     "Lock-keeper's Certificate will find the first two Stations familiar and may shorten them in their Plan, "
     "but the credit is the same."),
    ("N9 Buttocks.", "Between Stations each shipwright carries out three tasks in their own school, agreed with "
     "the Yard Foreman: B1 an audit of the school's SEN policy and practice against the Code of Practice; B2 a "
     "provision map for one year group, with a review of which provision is working; B3 a change project led "
     "by the shipwright over two terms, whose effect on pupils and staff is measured before and after. Each "
     "Buttock is tied to the offsets it carries in the Table of Offsets, and the Yard Foreman signs each off."),
    ("N10 What the Buttocks change.", "The Buttocks are drawn so that the shipwright changes something in their "
     "own school while on the course. B3 is chosen with the Master, carried out with colleagues and reported "
     "with its evidence of effect on pupils' progress, attendance or participation; the shipwright shows at "
     "the Launching what changed in practice and why."),
    ("N11 Diagonals.", "D1 The Lines Essay: 4,000 words on the law, policy and research bearing on one pupil the "
     "shipwright knows, handed in after St 3. D2 The Half-Breadth: the B2 provision map and review, presented "
     "to the Master and a governor, with a 2,500-word commentary, handed in after St 6. D3 The Launching "
     "Portfolio: the B3 change project, a log of work with parents, pupils, colleagues and other services, and "
     "a twenty-minute presentation to two loftsmen and a Yard Foreman at St 8. Each Diagonal is marked against "
     "the offsets it carries, on the University's masters-level criteria."),
    ("N12 Stations in order.", "There is one intake a year, in September, and the Stations are taken in order. "
     "Every Station held on a Tuesday at the Wharf is repeated on the following Saturday for shipwrights whose "
     "schools cannot release them midweek."),
    ("N13 The Loft Board.", "Shipwrights have a discussion board on the University's Blackboard site, the Loft "
     "Board, where they post drafts, questions and papers between Stations. The Loft Board is the shipwrights' "
     "own: loftsmen do not post on it. Between Stations each loftsman keeps a telephone hour every Thursday "
     "from four until five."),
    ("N14 Access to the loft.", "The Wharf's lofting floor and teaching rooms are on the ground floor with level "
     "access from the towpath and the car park. The nomination form asks every applicant, in plain words, "
     "whether they have a disability or health condition we should plan for, and says why we ask. Anyone who "
     "tells us is offered a meeting with the College's learning support manager before St 0; since 2006 we "
     "have provided papers in large print and on coloured paper, a hearing loop, a reader and extra time for "
     "Diagonals, and a Saturday Station held in the morning only. The same adjustments apply to marking and to "
     "the Launching presentation. Our publicity is checked against the College's Disability Equality Scheme "
     "and says plainly what adjustments we make."),
    ("N15 Cost.", "The fee is £1,350, which the two local authorities meet in full for teachers in their "
     "maintained schools; independent and academy shipwrights pay in three instalments. Because the Building "
     "Plan lets a shipwright shorten Stations they do not need, a loftsman's time goes where it is wanted and "
     "the loft runs at twenty shipwrights with three loftsmen."),
    ("N16 Research in the lines.", "Station 3 is built round the evidence: the Ofsted report Inclusion: does it "
     "matter where pupils are taught? (2006), the Bercow Review of services for children with speech, "
     "language and communication needs (2008), the House of Commons Education and Skills Committee report on "
     "SEN (2006) and current research on teaching assistants and on dyslexia. Loftsmen bring a new study to "
     "every Station and the reading list is redrawn every summer."),
    ("N17 The law, set out.", "Station 1 takes shipwrights through the Education Act 1996, the SEN Code of "
     "Practice (2001) and its toolkit, the SEN and Disability Act 2001, the Disability Discrimination Act 1995 "
     "as amended in 2005 and the disability equality duty, the Children Act 2004 and Every Child Matters, and "
     "the Education (Special Educational Needs Coordinators) (England) Regulations 2008, and what each asks "
     "of a school and of its SENCO."),
    ("N18 Pupils, parents and colleagues.", "Station 5 is given to pupils and parents. A parent partnership "
     "officer and two parents lead the afternoon on meetings with families; shipwrights rehearse a difficult "
     "review meeting and plan how they will work with the parents of the pupils in their B3 project. Pupil "
     "voice is touched on at Station 5 in the talk on annual reviews. Station 7 is given to colleagues: how to "
     "advise a class teacher, coach an assistant, observe a lesson and give feedback, lead a staff meeting, "
     "and work with SENCOs in the family of schools and with outreach staff from special schools."),
    ("N19 Other services.", "At Station 6 the educational psychologist, a speech and language therapist, the "
     "CAMHS schools worker and the county's Parent Partnership and voluntary sector coordinator each take a "
     "session on what they do, how a school asks for them and what a SENCO should bring. Shipwrights prepare "
     "a referral on a pupil they know."),
    ("N20 Resources on the floor.", "The College library holds an SEN collection of 1,400 books and the main "
     "journals, open to shipwrights until nine each weekday. Every shipwright has a University library and "
     "Blackboard login. The loft has twelve laptops with Clicker 5, Dragon NaturallySpeaking, Inspiration and "
     "Widgit symbols, and a loan box of assessment materials and specialist equipment that shipwrights may take "
     "back to their school for a fortnight."),
    ("N21 Where the shipwrights go.", "Specialist speakers come to the Wharf at Stations 2, 5 and 6 (Note N19). "
     "The College's boatbuilding apprentices spend six weeks on placement at yards on the Brindle and the Tame "
     "each spring. Shipwrights do not go on placement: their own school is their yard."),
    ("N22 The loftsmen.", "Ellen Harbottle (lead loftsman) was SENCO at Tamebridge High School for nine years "
     "and holds an MA in Special Educational Needs and the OCR Diploma in SpLD; she chairs the Hallworth SENCO "
     "network. Tom Marple, former head of the Brindle Valley special school, holds an MEd in Inclusive "
     "Education and is an Ofsted additional inspector. Priya Oldcastle is a specialist teacher for autism and "
     "SLCN with the Tamebridge outreach service and an accredited trainer. Each keeps up their specialism "
     "through the University's SEN research group, which meets termly."),
    ("N23 Loftsmen and Yard Foremen briefed.", "Loftsmen meet for a half-day before each Station to go over its "
     "plan and the Diagonals it feeds. Every Yard Foreman is given the Yard Foreman's Handbook (what to do at "
     "each Buttock, how to sign it off, what not to mark) and comes to an induction afternoon at the Wharf in "
     "September and a review meeting in February; a loftsman visits each school once during the year."),
    ("N24 Fairing.", "Every Diagonal is read off by two loftsmen. A sample of a third of each Diagonal, and every "
     "fail and distinction, goes to the University's module moderator, and the University's external examiner "
     "sees a sample each year and attends the examination board in July. Loftsmen and the moderator meet at "
     "the start of the year to mark three specimen pieces together."),
    ("N25 Survey of the finished hull.", "At the end of each Station shipwrights complete a Station sheet, and "
     "the loftsmen read them together the same evening; the next Station is changed where it needs to be. The "
     "University's annual module review, the external examiner's report, a focus group of shipwrights in June "
     "and the reports of the Yard Foremen are read at the loft's review day in July, which writes the changes "
     "for the next year into this sheet as a new revision."),
    ("N26 Heads and the sheet.", "Masters host the Buttocks and the Launching presentations. We hope that heads "
     "will in time help us evaluate the course."),
    ("N27 Measuring the shipwright.", "At St 8 each shipwright takes their half-model again, against the same "
     "offsets, with a rating of their confidence in each, and the loftsman sets it beside the first. We would "
     "like, in time, to know whether the pupils of our shipwrights do better."),
    ("N28 After the launch.", "At the last Station shipwrights are reminded that a boat is never finished."),
    ("N29 Launching.", "A shipwright is launched when they have attended the Stations in their Building Plan and "
     "passed all three Diagonals. The University's examination board confirms the credit."),
    ("N30 Revisions.", "Revision A was drawn in October 2008, Revision B after the schools' survey, Revision C "
     "for the panel. Changes in this revision are shown as tracked."),
]
for lead, text in notes:
    runin(d, lead, text)

text_box(d, [
    "The Lock-keeper's Certificate (2005-2008) was built on a different hull. It had six days and no University "
    "credit. In the Lock-keeper's Certificate an experienced teacher could be assessed without attending any "
    "days, by portfolio and interview; that route closed when the Certificate did, in July 2008.",
    "We keep these lines on file. They are not part of Design 2009/14.",
], title="LINES TAKEN OFF THE OLD HULL", height_pt=120)

para(d, "")
para(d, "TABLE OF STATIONS", bold=True, size=12)
stations = [
    ["Station", "Date (Tuesday; repeated the Saturday after)", "Drawn at this Station", "Waterlines"],
    ["St 0", "16 September 2009", "The half-model; Building Plans; Masters' session on the new SENCO role", "WL3, WL4"],
    ["St 1", "6 October 2009", "Laying down: the law, the Code of Practice, disability equality, Every Child Matters", "WL1"],
    ["St 2", "10 November 2009", "The common needs: BESD, SpLD and dyslexia, SLCN, ASD, MLD; approaches and ICT", "WL2"],
    ["St 3", "8 December 2009", "Research and inspection evidence; best practice; D1 set", "WL1, WL4"],
    ["St 4", "19 January 2010", "Provision mapping, data and targets; teaching assistants; the SENCO's week", "WL3"],
    ["St 5", "23 February 2010", "Pupils and parents: reviews, meetings, partnership", "WL2"],
    ["St 6", "23 March 2010", "Other services and agencies; referrals", "WL2, WL3"],
    ["St 7", "11 May 2010", "Leading colleagues; coaching and observation; school self-evaluation", "WL3, WL4"],
    ["St 8", "22 June 2010", "The Launching: presentations; half-model retaken", "WL4"],
]
table(d, stations, widths=[1.5, 4, 9, 2.5])

para(d, "")
para(d, "TABLE OF OFFSETS", bold=True, size=12)
para(d, "Each offset is one thing a shipwright must be able to do, in our words. Read along the row: the Station "
        "where it is laid down and the Diagonal on which it is read off.", italic=True)

rows = [["Offset", "The shipwright will be able to (in our words)", "Laid down at", "Read off on"]]
groups = {}
data = [
    ("G", "ATTRIBUTES"),
    ("O-01", "Build fair, steady and respectful working relations with pupils on the SEN register and with their families", "St 5", "D3"),
    ("O-02", "Win the backing of the Master and the senior team for what the shipwright wants to change for pupils with SEN", "St 7", "D2"),
    ("O-03", "Order the work of the SENCO's week, keep to time, and hand tasks on to others and see them done", "St 4", "Pencil only"),
    ("O-04", "Foresee snags and settle them; make sound, well-founded judgements about the provision a pupil needs", "St 4, St 6", "D1"),
    ("O-05", "Speak and write plainly, and hear out and understand the views of others", "every Station", "D1, D3"),
    ("O-06", "Use research and advice from outside the school to improve their own and colleagues' teaching", "St 3", "D1"),
    ("G", "KNOWLEDGE"),
    ("O-07", "Know the law and guidance on SEN, the Code of Practice and what they mean for the school and the SENCO, and put them into practice", "St 1", "D1"),
    ("O-08", "Know the five Every Child Matters outcomes and the SENCO's part in helping pupils reach them", "St 1", "D1"),
    ("O-09", "Know the disability equality laws and what a school must do under them for disabled pupils", "St 1", "K3"),
    ("O-10", "Know how children develop and how SEN, disability and the setting can affect development", "St 0", "Half-model only"),
    ("O-11", "Know the common needs (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how each can affect learning", "St 2", "D1"),
    ("O-12", "Weigh up critically approaches, strategies and resources for assessing, planning and teaching, ICT among them, and use them to remove barriers", "St 2, St 3", "D2"),
    ("O-13", "Know how a school evaluates itself and improves, and how that bears on pupils with SEN", "St 7", "K7"),
    ("O-14", "Know best practice and what research has found about meeting SEN", "St 3", "D1"),
    ("O-15", "Know what outside agencies do and how to get specialist support and resources", "St 6", "D3"),
    ("G", "SKILLS"),
    ("O-16", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of resources", "St 7", "D2"),
    ("O-17", "Find the pupils who may have SEN, set them stretching targets, plan the help they need and review their progress", "St 4, St 5", "D2"),
    ("O-18", "Use other professionals' assessments to shape teaching", "St 6", "D3"),
    ("O-19", "Use end-of-year and national test data to track progress and change what a pupil gets", "St 4", "D2"),
    ("O-20", "Encourage colleagues to use assessment for learning, with approaches for pupils with SEN", "St 7", "D3"),
    ("O-21", "Map provision and manage it, and find what is not working or missing", "St 4", "D2"),
    ("O-22", "Deploy and manage teaching assistants and other staff", "St 4", "D2"),
    ("O-23", "Help colleagues develop: observe and give feedback, model, coach and mentor, lead training", "St 7", "D3"),
    ("O-24", "Review with staff how well provision works, and feed it into the school's self-evaluation", "St 7", "D2"),
    ("O-25", "Make sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "St 5", "Pencil only"),
    ("O-26", "Work closely with parents and carers to help their children learn and develop", "St 5", "D3"),
    ("O-27", "Work in partnership with other services and agencies, voluntary groups among them", "St 6", "D3"),
]
for x in data:
    if x[0] == "G":
        rows.append([x[1], None, None, None])
    else:
        rows.append(list(x))
t = table(d, rows, widths=[1.6, 10, 2.4, 3])
for i, x in enumerate(data, start=1):
    if x[0] == "G":
        merge_row(t, i, x[1], fill="D9E2F3")
# tracked changes in two "Read off on" cells
for i, x in enumerate(data, start=1):
    if x[0] == "O-09":
        c = t.cell(i, 3)
        c.text = ""
        p = c.paragraphs[0]
        del_run(p, "D1", author="E. Harbottle", date="2009-02-09T16:20:00Z")
        ins_run(p, "Pencil only", author="E. Harbottle", date="2009-02-09T16:20:00Z")
    if x[0] == "O-13":
        c = t.cell(i, 3)
        c.text = ""
        p = c.paragraphs[0]
        del_run(p, "Pencil only", author="E. Harbottle", date="2009-02-09T16:22:00Z")
        ins_run(p, "D2", author="E. Harbottle", date="2009-02-09T16:22:00Z")
    if x[0] == "O-05":
        anchor = t.cell(i, 1).paragraphs[0].runs[0]
        comment(d, [anchor], "Should we add an offset for keeping up to date and taking charge of their own CPD? "
                "We do it at St 8 with the half-model. TM", author="T. Marple", initials="TM")

para(d, "")
para(d, "Lines drawn by E. Harbottle and checked by T. Marple for the Teachers' Loft, February 2009.", italic=True)

d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lh-01-brindle-wharf-table-of-offsets.docx"))
