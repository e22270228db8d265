"""kx-01-ellerthorpe-uniform-list: build script.

Provider (invented): the Steam and Mill Team of the Hebblesford Museum of Science and
Industry (its working textile mill, Ellerthorpe Mill), with the University of Hebblesford
School of Education, applying to run the 2008-09 National Award for SEN Coordination.

Document kind and layout: the course is written as a weaving "Uniform List of Prices"
in the manner of the Lancashire weavers' piece-rate lists of the 1890s, which the mill
team shows to visitors. No heading styles: bold typed titles ("PART III. STANDARD
SORTS AND PICKS"), typed "Rule 1." run-in numbering, typed bullet lists. A glossary
table (Terms of the List) defines the provider's own vocabulary: Weavers
(participants), the Overlooker (programme leader), Tacklers (tutors), Cut-lookers
(assessors), Tenters (school mentors), Shifts (study days, each run twice: Wednesday
and Saturday), Sorts (modules A, B, C), Pieces (the three marked assessments), the
Loom Survey (pre-course audit), the Warp Plan (individual training plan), the
Weaving Shed (the Weaver's own school). A Standard Sorts table with merged group
rows gives the twelve Shifts. The outcomes are the 29 "Particulars of Cloth" (P1-P29,
in the provider's words and its own order) in a table with merged group rows and the
columns "Woven in" and "Cut-looked at"; the values "Grey only" (woven, not
cut-looked: grey cloth is cloth straight off the loom), "Not on the loom" (not woven at
all) and a dash in "Woven in" (cut-looked without being woven) are defined in the
sentences above the table. Header and footer. Two Word comments. A tracked deletion
of the placement sentence and a tracked insertion. "The Previous List" (the old
certificate, 1998-2008) describes past arrangements.

Traps (requirement ids):
- 1.1: the "Object of the List" is pupils' attainment in reading, writing and
  mathematics only; well-being is absent from the aims (partially_met).
- 1.5 / 6.S7: Weavers only "hear how other schools gather pupils' views" in Shift 8;
  P17 (involving pupils in their provision) is "Grey only" (both partially_met).
- 1.9: several Particulars are "Grey only" (partially_met).
- 2.3: the assessment-only "piece on the cloth" route belongs to the Previous List and
  "closed with the old certificate in July 2008" (not_met: past arrangement, negation).
- 2.5: finishing Weavers are only told about the MA (partially_met).
- 3.2: one start, fixed order, face to face only; the only flexibility is the choice of
  Wednesday or Saturday Shift (partially_met).
- 3.3: "There is no e-learning on this List" (not_applicable).
- 4.3: Weavers' Shift cards only; headteachers and the Parent Partnership Service
  are only hoped for; a comment questions it (partially_met).
- 5.3: the Museum "does not see or record" Weavers' disclosures, leaving it to the
  employer; the CRB checks described are of museum volunteers and demonstrators (wrong
  thing); the footer's "All Weavers hold an enhanced CRB disclosure" is a footer
  (not_met).
- 5.5: the special school placement sentence is a tracked deletion; what remains is an
  introduction on request (partially_met).
- 5.9: the Loom Survey is repeated for confidence, but pupils' achievement is only
  hoped for (partially_met).
- 6.0: the award is made on three Pieces passed at 50 per cent, with one Particular
  allowed to be "carried" by the rest (partially_met).
- 6.A3, 6.A7, 6.S2c, 6.S7: "Grey only" (partially_met). 6.K7: a dash in "Woven in",
  cut-looked only (partially_met). 6.K4 and 6.S2d: "Not on the loom" (not_met).
- A comment on P17 proposes cut-looking it in Piece 2 (comment, not evidence).
- 2.1 met (Allowance for cloth already woven, APL and APEL), 2.2 met (Loom Survey and
  Warp Plan), 5.4 met (staff table), 5.8 met (second cut-looking, moderation, external
  examiner). The tracked insertion (Saturday Shift for Shift 12) is part of the text.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _kx_helpers import *

d = new_doc("Georgia", 10.5)
header_footer(d, "Ellerthorpe Mill  |  Hebblesford Museum of Science and Industry  |  Steam and Mill Team",
              "The Ellerthorpe List 2008-09. All Weavers hold an enhanced CRB disclosure. Page")

title(d, "THE ELLERTHORPE LIST", 18, center=True)
para(d, "Uniform List of Prices and Particulars for the Weaving of the National Award for Special Educational Needs Coordination", italic=True, center=True)
para(d, "Agreed between the Steam and Mill Team of the Hebblesford Museum of Science and Industry and the University of Hebblesford, School of Education, for the Season 2008-09, and submitted to the Training and Development Agency for Schools for approval", center=True, size=9.5)
para(d, "Drawn in the manner of the Uniform List of 1892, a copy of which hangs by the counting house door at Ellerthorpe Mill", center=True, size=9, grey=True)

title(d, "PREAMBLE", 12)
para(d, "Every child who comes to Ellerthorpe Mill on a school visit stands at a Lancashire loom and is told that, a century ago, a weaver was paid by the piece, and that what the piece was worth was set down in a List that both masters and weavers could read. The List said what was to be woven, how much was to be allowed, what would be deducted, and who would look at the cloth before it was paid for. Nothing was left to the goodwill of the overlooker.")
para(d, "We have written our course in the same way, partly because it is how our Team thinks, and partly because the teachers on our pilot evenings told us that they liked to see, on one sheet, what they would be asked to do and how it would be judged. The List below is the whole of our application. Where it uses the mill's words, the Terms of the List in Part I say what we mean by them. The Museum's Steam and Mill Team has run teacher education days at Ellerthorpe since 2001 and, with the University's School of Education, has taught the mill's history to some four thousand pupils with special educational needs a year from the city's special schools and resourced provision.")
para(d, "The course is validated by the University of Hebblesford as the Postgraduate Certificate in Special Educational Needs Coordination (National Award), carrying 60 credits at Level 7, that is at masters level. The University's Faculty validation panel approved the course on 3 December 2008, and the University awards the certificate.")

title(d, "PART I. TERMS OF THE LIST", 12)
para(d, "In this List the following words have the meanings given to them here, and in no other sense.")
terms = [
    ("Term", "Meaning in this List"),
    ("Weaver", "A teacher accepted on to the course; a participant."),
    ("Overlooker", "The programme leader, Mrs Ruth Ainsworth, who answers for the whole List."),
    ("Tackler", "A tutor who teaches a Shift; in the mill, the tackler keeps the looms running."),
    ("Cut-looker", "A tutor who marks a Piece. In the mill the cut-looker examined each cut of cloth and set down its faults before the weaver was paid."),
    ("Tenter", "An experienced colleague in the Weaver's own school, named by the headteacher, who meets the Weaver at least twice each half-term. In the mill a tenter was a weaver's helper."),
    ("Weaving Shed", "The Weaver's own school, where all the school-based work is done."),
    ("Shift", "A taught study day at Ellerthorpe Mill, 9.30 to 4.00. Each Shift runs twice, on a Wednesday and again on the following Saturday, and a Weaver chooses which to attend."),
    ("Sort", "A module of 20 credits. There are three: Sort A (Plain Cloth), Sort B (Twill) and Sort C (Fancy)."),
    ("Piece", "One of the three marked assessments, one to each Sort."),
    ("Loom Survey", "The audit against the Particulars that each Weaver completes before the first Shift and again after the last."),
    ("Warp Plan", "The Weaver's individual training plan, drawn from the Loom Survey."),
    ("Particulars of Cloth", "The outcomes of the course, set out in Part VI."),
]
table(d, terms, widths=[3.5, 12.5])

title(d, "PART II. RULES OF THE LIST", 12)
para(d, "Object of the List", bold_lead="Rule 1.")
para(d, "The object of this List is to raise the attainment of pupils with special educational needs and disabilities in reading, writing and mathematics in the schools of the city, by making each Weaver a SENCO who can lead the work of the whole school towards that end.")
para(d, "Cloth from the school, for the school.", bold_lead="Rule 2.")
para(d, "Every Sort is woven in the Weaving Shed as well as at the Mill. Between Shifts each Weaver carries out a set Shed Task in their own school, agreed with their Tenter, and each Piece is built from that work: a study of one pupil (Piece 1), an enquiry into one part of the school's provision (Piece 2), and a portfolio of the Weaver's leadership of colleagues (Piece 3). A Shed Task is always tied to named Particulars, so the practical work in school is the way the Particulars are met.")
para(d, "What the Weaver will take back.", bold_lead="Rule 3.")
para(d, "We expect each Weaver to change something real in their school in the course of the Season. Piece 2 requires the Weaver to put in place one change to the school's provision, to measure its effect on a group of pupils over at least eight weeks, and to report what happened to the senior leadership team. The Cut-looker marks the change and its evaluation, not only the account of it.")
para(d, "Reading for the Shifts.", bold_lead="Rule 4.")
para(d, "Each Shift rests on current research and inspection evidence. The reading for the Season includes Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for children and young people with speech, language and communication needs (2008), the Lamb Inquiry's terms of reference (2008), the DfES Removing Barriers to Achievement (2004), and research on the deployment of teaching assistants. Tacklers revise the reading list each summer.")
para(d, "The law and policy.", bold_lead="Rule 5.")
para(d, "Sort A (Plain Cloth) takes each Weaver through the Education Act 1996, the SEN and Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination Act 2005 and the disability equality duty, Every Child Matters, the Children Act 2004 and the city's own SEN policy, and asks in Piece 1 how they apply to one pupil.")
para(d, "Working with colleagues.", bold_lead="Rule 6.")
para(d, "Sort C (Fancy) develops the Weaver's skills in advising and supporting colleagues in the school and working with others beyond it: teaching assistants, subject leaders, the SEN Support Service, educational psychologists and the health services. In Shifts 9 and 10 Weavers practise coaching conversations in threes, and in Piece 3 they present evidence of advice given to colleagues and of work with one outside service.")
para(d, "Working with parents and carers.", bold_lead="Rule 7.")
para(d, "Shift 6 is taught jointly with the city's Parent Partnership Service, whose officer leads a session in which Weavers rehearse a difficult review meeting with a parent played by a parent volunteer. The Shed Task for Shift 6 is to plan and hold a meeting with the parents or carers of one pupil and to write up, with the parents' agreement, what was agreed; this is part of Piece 3.")
para(d, "The voice of the pupil.", bold_lead="Rule 8.")
para(d, "In Shift 8 Weavers hear how other schools gather pupils' views, from two SENCOs of the city's primary schools, and discuss it over tea.")

title(d, "Allowances", 11, italic=True)
para(d, "Allowance for cloth already woven.", bold_lead="Rule 9.")
para(d, "A Weaver who holds Level 7 credit from an earlier course on special educational needs may claim an Allowance of up to 20 credits against Sort A. A Weaver without such credit but with long experience as a SENCO may claim the same Allowance by a portfolio of experience, mapped Particular by Particular against Part VI. Each claim is examined by a Cut-looker, who may ask the Weaver to a short discussion, and is confirmed by the University's Accreditation of Prior Learning Board. The Weaver then weaves Sorts B and C only.")
para(d, "The Loom Survey and the Warp Plan.", bold_lead="Rule 10.")
para(d, "Before Shift 1 each Weaver completes the Loom Survey, rating their knowledge and practice against each of the 29 Particulars on a four-point scale with a note of evidence, and their Tenter adds a comment. At the first tutorial the Overlooker and the Weaver turn the Survey into a Warp Plan: the three to five Particulars the Weaver most needs to strengthen, the Shed Tasks chosen to strengthen them, and the Weaver's own targets for the Season. The Warp Plan is reviewed at the tutorials after Shifts 4 and 8.")
para(d, "Cloth to the Weaver's measure.", bold_lead="Rule 11.")
para(d, "Within each Shed Task the Weaver chooses the pupils, the subject and the part of provision to study, so that the work answers the Warp Plan and the needs of their own school. The Overlooker offers a one-to-one tutorial of an hour after Shifts 4 and 8, and Tacklers reply to written queries within five working days. The fee for the Season is 1,450 pounds, which the City Council pays for its own schools; the Allowance reduces it by a third. Each Weaver leaves with 60 credits that count towards the University's MA in Inclusive Education.")
para(d, "Allowances for access.", bold_lead="Rule 12.")
para(d, "The Museum and the University each meet their duties under the Disability Discrimination Act 1995 and the disability equality duty towards Weavers. The application form asks every Weaver whether they need any adjustment, and the Overlooker meets each one who does before Shift 1. Ellerthorpe Mill has level access and a lift to the Learning Suite, an induction loop in the weaving shed and Learning Suite, and a quiet room away from the looms. Papers are sent a week before each Shift, in large print or electronic form where asked; the University's Disability Service arranges extra time or other arrangements for any Piece; and Weavers who cannot manage the noise of the running looms are taught in the Learning Suite during the demonstration.")

title(d, "Shifts", 11, italic=True)
para(d, "Order of the Shifts.", bold_lead="Rule 13.")
para(d, "The Season begins in September only, and the twelve Shifts are taught in the order given in Part III, all at Ellerthorpe Mill. The course is taught face to face. A Weaver may choose, Shift by Shift, between the Wednesday and the Saturday running, and may move from one to the other without notice.")
para(d, "No online weaving.", bold_lead="Rule 14.")
para(d, "There is no e-learning on this List. Papers are sent by post or email and Tacklers answer queries by email or telephone.")

title(d, "Those who use the cloth", 11, italic=True)
para(d, "What the schools asked for.", bold_lead="Rule 15.")
para(d, "In the spring of 2008 the Team and the City Council's SEN Support Service sent a questionnaire to the SENCOs of all 118 schools in the city; 71 replied. We also met the primary and secondary headteachers' forums and the Parent Partnership Service's parent reference group. SENCOs asked for a course that did not take them out of school every week; headteachers asked for work on the deployment of teaching assistants and on provision mapping; parents asked that SENCOs learn to run review meetings in which parents are heard.")
para(d, "What we changed.", bold_lead="Rule 16.")
para(d, "Because of those answers we added the Saturday running of each Shift, added Shift 8 on provision mapping and Shift 10 on deploying teaching assistants, and asked the Parent Partnership Service to co-teach Shift 6. The pilot evenings of June 2008, attended by 23 SENCOs, led us to move Piece 2 from the spring to the summer term, so that the change a Weaver makes has time to show.")
p = para(d, "The Weavers' voice.", bold_lead="Rule 17.")
p2 = para(d, "After every Shift each Weaver fills in a Shift card, and at the end of the Season an end-of-Season questionnaire; the Overlooker reads the cards at the next Tacklers' meeting. We hope that headteachers and the Parent Partnership Service will in time join the Standing Committee of the List and have a say in how the Season is judged.")
d.add_comment(p2.runs[0], text="Ruth - can we really say the heads will come? Not agreed with the forum yet. Could we put them on the committee from January?", author="Dan Whitworth", initials="DW")

title(d, "Looking at the cloth", 11, italic=True)
para(d, "Who may weave.", bold_lead="Rule 18.")
para(d, "A Weaver must hold Qualified Teacher Status, be the SENCO of a school or be about to be designated as SENCO, and send with the application a letter from the headteacher agreeing to name a Tenter and to give the Weaver time for the Shed Tasks. The Overlooker meets every applicant for twenty minutes, by telephone if need be, and looks at the Loom Survey, to judge whether the applicant has the knowledge and experience of teaching pupils with special educational needs to benefit from the course and to meet the Particulars. An applicant who is not ready is offered the Museum's one-day introduction and a place the following Season.")
para(d, "Disclosures.", bold_lead="Rule 19.")
para(d, "The Museum does not see or record Weavers' criminal records disclosures. Weavers come to us as serving teachers, and the check is a matter for their employing authority. All museum volunteers and mill demonstrators who work with school parties are checked with the Criminal Records Bureau at the enhanced level through the City Council.")
para(d, "Tacklers and Cut-lookers.", bold_lead="Rule 20.")
para(d, "The course is taught and marked by the staff in the table below. Every Tackler has taught pupils with special educational needs and has worked as a SENCO or a specialist in the last five years, and each spends at least five days a year in schools.")
staff = [
    ("Name", "Part in the List", "Qualifications and experience"),
    ("Mrs Ruth Ainsworth", "Overlooker; Tackler for Sorts A and C; Cut-looker", "MEd (Special and Inclusive Education), EdD candidate; SENCO of a city secondary school 1996-2006; Museum Learning Manager since 2006"),
    ("Dr Imran Qureshi", "Tackler for Sort B; Cut-looker", "Senior Lecturer in Inclusive Education, University of Hebblesford; former specialist teacher for specific learning difficulties; AMBDA"),
    ("Ms Carol Pendlebury", "Tackler for Shifts 4 and 6", "Senior Educational Psychologist, City Council; chartered psychologist"),
    ("Mr Dan Whitworth", "Tackler for Shifts 8 and 10; second Cut-looker", "Assistant headteacher and SENCO, Brook Lane Special School; NPQH"),
    ("Mrs Joan Hartley", "Shifts 6 and 7", "Parent Partnership Officer, City Council"),
    ("Mr Tom Royle", "Mill demonstrations at every Shift", "Senior Demonstrator, Ellerthorpe Mill; weaver and tackler at Ellerthorpe before its closure in 1979"),
]
table(d, staff, widths=[3.5, 4.5, 8])
para(d, "Outside help.", bold_lead="Rule 21.")
tracked_para(d, [("n", "Speakers from the speech and language therapy service, the autism outreach team and the sensory support service each lead part of a Shift, and Weavers may call on them through the SEN Support Service for their Shed Tasks. "),
                 ("del", "Each Weaver spends two days at Brook Lane Special School in the spring term, observing and teaching alongside its staff. "),
                 ("n", "Weavers who wish to see a special school may ask the Overlooker for an introduction.")])
para(d, "Looms and stores.", bold_lead="Rule 22.")
para(d, "Weavers have full use of the University library, in person and through its online journals, and of the Museum's Learning Suite: sixteen networked computers with Clicker 5, a text reader, switch access and an interactive whiteboard, used in Shifts 5 and 8. The Museum holds a lending collection of some 400 books and assessment materials on special educational needs, built up with the SEN Support Service.")
para(d, "Knowing one's part.", bold_lead="Rule 23.")
para(d, "Every Tackler and Cut-looker receives the Tacklers' Book, which sets out their part Shift by Shift, the marking criteria for each Piece and the moderation timetable, and attends a briefing day in July. Each Tenter receives the Tenters' Card, a one-page description of what the Tenter does and does not do, and is invited to a briefing evening at the Mill in September; the Overlooker telephones any Tenter who cannot come.")
para(d, "Cut-looking.", bold_lead="Rule 24.")
para(d, "Each Piece is marked by its Cut-looker against the published criteria for the Sort. A second Cut-looker marks blind every Piece that fails or that lies within three marks of a boundary, and one in four of the rest. The Cut-lookers meet after each Piece to moderate, and the University's external examiner, Dr Helen Moss of the University of Calder Bridge, sees a sample of every Piece and attends the Assessment Board in July.")
para(d, "Judging the Season.", bold_lead="Rule 25.")
para(d, "The List is judged from within and from without. Within: the Shift cards, the end-of-Season questionnaire, the Tacklers' meeting after every second Shift, and the Overlooker's Season Report, which sets out what will change the next year. Without: the external examiner's report, the University's annual monitoring of the course, and a review by the University's Faculty quality committee. Each change made is recorded in the Season Book with the evidence that led to it.")
para(d, "What the cloth is worth.", bold_lead="Rule 26.")
para(d, "Each Weaver repeats the Loom Survey after Shift 12, and the Overlooker compares the two Surveys for the whole cohort, Particular by Particular, as a measure of the change in Weavers' knowledge and confidence; the comparison goes into the Season Report. We should very much like to know whether the pupils in the Weavers' schools do better as a result, and hope one day to follow this up.")
para(d, "Paying out.", bold_lead="Rule 27.")
para(d, "The Award is paid when the Weaver has passed all three Pieces. A Piece is passed at 50 per cent overall, and a Weaver who falls short on one Particular within a Piece may be carried by the rest of that Piece.")
para(d, "After the Season.", bold_lead="Rule 28.")
para(d, "At the last Shift each Weaver is told about the University's MA in Inclusive Education, into which the 60 credits carry.")

title(d, "PART III. STANDARD SORTS AND PICKS", 12)
para(d, "The table gives each Shift, the Sort it belongs to, and its content. Each Shift is followed by a Shed Task in school of about eight hours, agreed with the Tenter.")
rows = [("Shift", "Month", "Content", "Shed Task")]
sortA = [("1", "September", "Setting up the loom: the Loom Survey, Warp Plans, the role of the SENCO; demonstration of the 1892 List", "Complete the Loom Survey with the Tenter"),
         ("2", "October", "The law and guidance: the Code of Practice, the SEN and Disability Act, Every Child Matters and the SENCO's part in the five outcomes", "Choose the pupil for Piece 1"),
         ("3", "November", "Disability equality: the Disability Discrimination Acts, the disability equality duty, accessibility plans, reasonable adjustments", "Review the school's accessibility plan"),
         ("4", "November", "Difficulties in learning (1): specific learning difficulties including dyslexia; moderate learning difficulties; behavioural, emotional and social difficulties", "Observe the Piece 1 pupil in three lessons")]
sortB = [("5", "January", "Difficulties in learning (2): speech, language and communication needs; autistic spectrum disorders; approaches, strategies and ICT in the Learning Suite", "Trial one approach or piece of software"),
         ("6", "January", "Working with families and services: the Parent Partnership Service, the educational psychologist and other agencies, the voluntary sector; reading other professionals' reports", "Hold a meeting with parents of one pupil"),
         ("7", "February", "Tracking progress: P scales, national curriculum tests and teacher assessment; best practice and research on what works", "Draft the enquiry plan for Piece 2"),
         ("8", "March", "Provision mapping and the cost of provision; hearing from two primary SENCOs on pupils' views", "Map provision for one year group")]
sortC = [("9", "April", "Leading the inclusive school: working with the headteacher, senior leaders and governors; gaining colleagues' commitment", "Present to the senior leadership team"),
         ("10", "May", "Managing teaching assistants; coaching, observation and feedback; making time and delegating", "Observe and coach one colleague"),
         ("11", "June", "Reviewing provision with colleagues; judgement and decisions in hard cases", "Complete Piece 3 portfolio"),
         ("12", "July", "Finishing and looking forward: keeping up to date; the professional discussion", "Professional discussion")]
for g, lst in (("SORT A. PLAIN CLOTH (20 credits, Piece 1)", sortA), ("SORT B. TWILL (20 credits, Piece 2)", sortB), ("SORT C. FANCY (20 credits, Piece 3)", sortC)):
    rows.append((g, "", "", ""))
    rows.extend(lst)
t = table(d, rows, widths=[1.3, 2.2, 8.5, 4])
for i, r in enumerate(rows):
    if r[0].startswith("SORT"):
        merge_row(t, i, r[0])
tracked_para(d, [("n", "Shift 12 is held on a Wednesday"), ("ins", " and again on the Saturday"), ("n", ", and the professional discussions are booked in the fortnight after it.")],
             author="Ruth Ainsworth", date="2008-12-04T09:12:00Z")

title(d, "PART IV. THE PIECES", 12)
para(d, "Piece 1, for Sort A, is a study of one pupil of 4,000 words: the pupil's needs, the law and guidance that bear on them, and the provision the school makes. Piece 2, for Sort B, is an enquiry of 5,000 words into one part of the school's provision, with the change the Weaver put in place and its measured effect. Piece 3, for Sort C, is a portfolio of the Weaver's work with colleagues, parents and other services, examined in a professional discussion of forty minutes with two Cut-lookers in the counting house at the Mill, in which the Weaver also explains and defends all three Pieces.")

title(d, "PART V. DEDUCTIONS", 12)
para(d, "As in the old Lists, we set down plainly what is not allowed for:")
typed_list(d, ["no Weaver is excused a Piece on account of experience alone, except by the Allowance under Rule 9;",
               "there is no e-learning, as Rule 14 says;",
               "the Museum keeps no record of Weavers' criminal records disclosures, as Rule 19 says;",
               "Shifts missed must be made up by the set reading and a tutorial before the next Piece."], mark="-")

title(d, "PART VI. PARTICULARS OF CLOTH", 12)
para(d, "These are the outcomes of the course, in our words and in our order. The column Woven in gives the Shift or Shifts in which the Particular is taught. The column Cut-looked at gives the Piece in which it is marked. Where the Cut-looked at column says Grey only, the Particular is woven in the Shift named but is not cut-looked in any Piece: grey cloth is cloth as it comes off the loom, before anyone has examined it. Where a dash stands in the Woven in column, the Particular is cut-looked in the Piece named but is not woven in any Shift. Where both columns say Not on the loom, the Particular is not on this year's List.")
parts = [("No.", "The Weaver can (in our words)", "Woven in", "Cut-looked at")]
gA = [("P1", "explain the SEN Code of Practice and the law on special educational needs, what they mean for their school, and how to put them into practice", "Shift 2", "Piece 1"),
      ("P2", "explain the Disability Discrimination Acts and the disability equality duty and take the actions they require of the school", "Shift 3", "Piece 1"),
      ("P3", "explain the five Every Child Matters outcomes and the SENCO's part in securing them for pupils with SEN", "Shift 2", "Piece 1"),
      ("P4", "describe how children develop and how special needs, disabilities and surroundings affect that development", "Not on the loom", "Not on the loom"),
      ("P5", "describe the commonest special needs and disabilities (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects learning", "Shifts 4 and 5", "Piece 1"),
      ("P6", "explain what outside agencies do and how to obtain specialist support and resources from them", "Shift 6", "Piece 3"),
      ("P7", "build fair, respectful and constructive relationships with pupils with SEN and disabilities and with their parents and carers", "Shift 6", "Piece 3")]
gB = [("P8", "weigh up approaches, strategies and resources for assessing, planning, teaching and learning, including ICT", "Shift 5", "Piece 2"),
      ("P9", "describe best practice and the findings of research on meeting special needs", "Shift 7", "Piece 2"),
      ("P10", "use research evidence and outside advice to improve their own teaching and their colleagues'", "Shift 7", "Piece 2"),
      ("P11", "identify pupils who may have SEN or disabilities, set them challenging targets, plan interventions and review progress", "Shift 4", "Piece 2"),
      ("P12", "use the assessments of other professionals to shape teaching", "Shift 6", "Piece 2"),
      ("P13", "use P scales, national tests and other summative assessments to track progress and change programmes", "Shift 7", "Piece 2"),
      ("P14", "encourage colleagues to use formative assessment, adapted for pupils with SEN", "Shift 7", "Grey only"),
      ("P15", "arrange in good time the access arrangements pupils need for national tests and examinations", "Not on the loom", "Not on the loom"),
      ("P16", "use a provision map to manage provision and find where it is weak or missing", "Shift 8", "Piece 2"),
      ("P17", "involve pupils in planning, agreeing and reviewing their own provision", "Shift 8", "Grey only"),
      ("P18", "explain the principles of school self-evaluation and improvement as they bear on outcomes for pupils with SEN", "-", "Piece 3")]
gC = [("P19", "work with the headteacher, senior colleagues and governors to shape the school's inclusive ethos, policies, priorities and spending", "Shift 9", "Piece 3"),
      ("P20", "win the commitment of colleagues, the headteacher and senior leaders", "Shift 9", "Piece 3"),
      ("P21", "deploy and manage teaching assistants and other staff well", "Shift 10", "Piece 3"),
      ("P22", "support colleagues' professional development by observation and feedback, modelling, coaching and training", "Shift 10", "Piece 3"),
      ("P23", "review the effectiveness of provision with colleagues so that it informs the school's self-evaluation", "Shift 11", "Piece 3"),
      ("P24", "work with parents and carers", "Shift 6", "Piece 3"),
      ("P25", "work in partnership with other services and agencies, including voluntary organisations", "Shift 6", "Piece 3"),
      ("P26", "set priorities, manage their time and delegate", "Shift 10", "Grey only"),
      ("P27", "foresee and resolve problems and make sound decisions about provision", "Shift 11", "Piece 3"),
      ("P28", "speak and write clearly and listen to the views of others", "Shift 11", "Pieces 1, 2 and 3"),
      ("P29", "keep up to date and take charge of their own professional development in SEN and disability", "Shift 12", "Grey only")]
grow = {}
for g, lst in (("PLAIN CLOTH", gA), ("TWILL", gB), ("FANCY", gC)):
    parts.append((g, "", "", ""))
    parts.extend(lst)
t = table(d, parts, widths=[1.2, 9.5, 2.6, 2.7])
for i, r in enumerate(parts):
    if r[0] in ("PLAIN CLOTH", "TWILL", "FANCY"):
        merge_row(t, i, r[0])
    if r[0] == "P17":
        c = t.cell(i, 3)
        d.add_comment(c.paragraphs[0].runs[0], text="Should we cut-look this in Piece 2? Dan thinks so.", author="Ruth Ainsworth", initials="RA")

title(d, "PART VII. THE PREVIOUS LIST", 12)
para(d, "From 1998 to 2008 the Museum and the University ran the Advanced Certificate in Special Needs Coordination under an earlier List. That List allowed a piece on the cloth route, by which an experienced SENCO could be assessed for the whole certificate without attending, on the strength of a portfolio. That route closed with the old certificate in July 2008 and is not part of this List. The Previous List also ran its Shifts on Tuesday evenings; the present List does not.")

title(d, "PART VIII. SIGNED ON BEHALF OF THE PARTIES", 12)
sig = [("For the Hebblesford Museum of Science and Industry", "For the University of Hebblesford"),
       ("Ruth Ainsworth, Learning Manager and Overlooker", "Professor Alan Greenhalgh, Dean, School of Education"),
       ("10 December 2008", "10 December 2008")]
table(d, sig, header_fill=None)
para(d, "Copies of this List are posted in the Learning Suite and given to each Weaver at Shift 1.", italic=True, size=9)

d.save(str(Path(__file__).with_suffix("").with_suffix(".docx")))
