"""kw-01-ashdown-dressage-test

Provider (invented): Ashdown College of Agriculture, a county agricultural college, whose Equine Centre
(it runs Riding for the Disabled sessions and pupils' "Pathways" days for local special and mainstream
schools) offers the National Award for SEN Coordination with the University of Wealdbury, 60 credits at
Level 7, season January to December 2009.

Document kind and layout: the course written as a dressage test sheet with its "Notes to Competitors",
the form the Centre gives every competitor at its shows. A title block table with merged and shaded
cells; a "Terms used on this sheet" table (Riders = participants, Judges = tutors/assessors, Writers =
school-based mentors, Technical Delegate = external examiner, Ring Steward = administrator, Movements =
sessions and tasks, Markers = where a Movement is ridden, Collectives = the four marked assessments,
Warm-up Arena = unmarked formative tasks, Online Collecting Ring = the Moodle area, Lap of Honour = the
closing review). No heading styles: titles are bold capitalised Normal paragraphs; Notes to Competitors
are hand-numbered 1-16. The Test itself is a table of eighteen Movements (No. | Marker | Test |
Directive ideas | Coeff.) with merged group rows. The outcomes are in "The Scale of Training" table
("Ref | Directive idea (in our words) | Ridden in Movement | Marked in Collective") whose values
"Warm-up only", "Collective only" and "Not in this test" are defined only in the sentences above it.
Page header and footer; Word comments; one placeholder.

Traps (requirement ids):
- Footer "All Riders are CRB checked" (not evidence) while Note 2 says the school holds the disclosure
  and "the Centre does not ask to see it"; Riders helping at RDA sessions are checked by the RDA group
  (wrong context): 5.3 not_met.
- Hors concours route existed only in the 2007 pilot and "is not offered in 2009" (past arrangement +
  negation): 2.3 not_met. A comment asks about reinstating it (comment, not evidence).
- Pupil voice "is ridden in the Advanced Test" (the University's MA module), not in this Test; the
  Scale of Training row says "Not in this test": 1.5 not_met, 6.S7 not_met.
- Pre-test self-assessment is read and filed but "is not used to change" the Test: 2.2 partially_met;
  every Rider rides the same Test in the same order: 2.4 partially_met.
- One January start, fixed order, part time only: 3.2 partially_met.
- Online Collecting Ring: materials and a riders' forum, but "Judges do not read or answer posts":
  3.3 partially_met (peer support, no direct tutor support online).
- Stakeholders shape and deliver (survey, pilot changes, Writers are school staff) but their part in
  evaluation is only hoped for ("We would like", "hope to set up a Heads' Panel"): 4.3 partially_met;
  a comment promises more (comment).
- Placements: "Riders who want to see a special school at work arrange their own visits; the Centre
  does not arrange placements": 5.5 partially_met.
- Impact on pupils only hoped for, "we have not yet found a way to measure this": 5.9 partially_met.
- Research only in general words ("what the research says works"), no named research or inspection
  evidence: 1.3 partially_met (6.K8 and 6.A6 remain met: taught in Movement 12 and marked in C2).
- Award by percentage with compensation between Collectives ("A low mark in one Collective can be made
  up in another"): 6.0 partially_met; some outcomes unmarked or untaught: 1.9 partially_met.
- The college's own self-assessment report (SAR) to the Learning and Skills Council is the Centre's
  QA, not school self-evaluation; no row for school self-evaluation: 6.K7 not_met.
- "Warm-up only" (developed, not marked): 6.A3, 6.A7, 6.S2d partially_met. "Collective only"
  (marked, not ridden in any Movement): 6.K4 partially_met.
- Numbering collision: Notes to Competitors numbered 1-16 and Movement numbers look like ids.
"""
from pathlib import Path
from _kw_helpers import *

HERE = Path(__file__).resolve().parent
NAME = "kw-01-ashdown-dressage-test"
d = new_doc("Arial", 10)
header_footer(d, "Ashdown College of Agriculture - Equine Centre    |    Ashdown Test 2009 (Intermediate): test sheet and Notes to Competitors",
              "Ashdown Equine Centre, Hatherden Road, Ashdown    All Riders are CRB checked    Issue 3, November 2008")


def title(text):
    para(d, text, bold=True, caps=True, size=11, space_after=4)


# ---------------------------------------------------------------- title block
t = d.add_table(rows=6, cols=4)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 3))
set_cell(a, "ASHDOWN COLLEGE OF AGRICULTURE  -  EQUINE CENTRE\nin partnership with the University of Wealdbury",
         bold=True, size=12, fill="1F3864", color="FFFFFF", align="c")
a = t.cell(1, 0).merge(t.cell(1, 3))
set_cell(a, "ASHDOWN TEST 2009 (INTERMEDIATE)\nNational Award for SEN Coordination", bold=True, size=14, align="c",
         fill="DEEAF6")
rows = [("Arena", "20 m x 60 m (the Learning Barn, Ashdown Equine Centre)", "Season", "January to December 2009"),
        ("Credits", "60 credits at Level 7 (master's level), University of Wealdbury", "Approx. time", "Eleven months, part time"),
        ("Chief Judge", "Dr Helen Marwood", "Ring Steward", "Mrs Carol Beddoes, Equine Centre Office")]
for i, r in enumerate(rows, start=2):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(j % 2 == 0), size=9, fill=("F2F2F2" if j % 2 == 0 else None))
a = t.cell(5, 0).merge(t.cell(5, 3))
set_cell(a, "This sheet is sent to every Rider with the entry form. A copy goes to the TDA panel as our application.",
         italic=True, size=8, align="c")

para(d)
title("To the panel")
para(d, "The Equine Centre at Ashdown College has worked with children and young people with special educational "
        "needs and disabilities for fourteen years. Our Riding for the Disabled group rides four days a week, and our "
        "Pathways programme brings pupils from twenty-two Ashdownshire schools, special and mainstream, to the yard "
        "for land-based learning. Four of our lecturers are qualified teachers who have been SENCOs. When the county "
        "asked us in 2007 to run the SENCO course for its western schools, we built it as we build everything at the "
        "Centre: as a test, with movements, judges and marks that every rider can read before they enter.")
para(d, "We have not rewritten it for you. What follows is the test sheet every Rider receives. The Terms table "
        "explains our words. The Scale of Training near the end shows where each national outcome is ridden and "
        "where it is marked.")
para(d, "The course is validated by the University of Wealdbury as the Postgraduate Certificate in Special "
        "Educational Needs Coordination (Ashdown), 60 credits at Level 7. The University's Academic Board approved "
        "the Ashdown route in June 2008 and the University awards the certificate. The College is the delivery "
        "partner; the University's School of Education appoints and pays the Technical Delegate.")

title("Purpose of the test")
para(d, "The test exists for one reason: that children and young people with SEN and disabilities in our Riders' "
        "schools achieve more and are healthier, safer and happier in school. We mean achievement in all five Every "
        "Child Matters outcomes - being healthy, staying safe, enjoying and achieving, making a positive contribution "
        "and achieving economic well-being - and not only marks in tests. Every Movement in school asks the Rider to "
        "do something for particular pupils and to look at what changed for them. Collective C2 is marked on the "
        "difference the Rider's project made to the learning and well-being of a named group of pupils, with "
        "evidence from before and after.")
para(d, "The test is built on the SENCO's own school. Eight of the eighteen Movements are ridden at Marker C, the "
        "Rider's own school, with the Rider's Writer watching. Riders apply what they learn at the Centre to real "
        "pupils and real colleagues, record what happened and what they would change, and bring it back to the "
        "next Saturday. By the Lap of Honour every Rider has changed something in their school's provision and can "
        "show the effect.")

# ---------------------------------------------------------------- terms
title("Terms used on this sheet")
terms = [("Our word", "What it means on this course"),
         ("Rider", "A teacher on the course: a SENCO in post, or a teacher who will take up the role during the season."),
         ("Judge", "A tutor who teaches at the Centre and marks the Collectives. Judges are named under Note 12."),
         ("Chief Judge", "The course leader. Reads every entry and chairs the Judges' Forum."),
         ("Writer", "A senior colleague in the Rider's own school, usually a deputy head, who watches the Movements ridden at C and keeps the Writer's Record."),
         ("Technical Delegate", "The external examiner appointed by the University of Wealdbury."),
         ("Ring Steward", "The course administrator in the Equine Centre Office."),
         ("Movement", "A taught session at the Centre, a task in school, or a task in the Online Collecting Ring."),
         ("Marker", "Where a Movement is ridden: A = the Learning Barn, Ashdown Equine Centre; C = the Rider's own school; E = the Online Collecting Ring; B = Brookside School, Ashdown (guest session)."),
         ("Coefficient (x2)", "The Movement produces work that is handed in and counts towards a Collective."),
         ("Collective", "One of the four marked assessments, C1 to C4, each marked out of 10 by two Judges."),
         ("Warm-up Arena", "Tasks Riders do to practise. Judges may look at them and talk about them; they are not marked."),
         ("Online Collecting Ring", "The course's area on the College Moodle site."),
         ("Lap of Honour", "The closing meeting in school after the final Collective.")]
table(d, terms, widths=[4, 13])

# ---------------------------------------------------------------- notes to competitors
para(d)
title("Notes to Competitors")
notes = [
    ("1. Entries.", " Entries are open to qualified teachers who are SENCOs or who will take up the role before "
     "Movement 6. The entry form asks for the Rider's QTS number, their current role, and a signed statement of support "
     "from the headteacher, who agrees to release the Rider for six Saturdays and two twilights and to name a Writer. "
     "Each Rider writes a one-page Entry Statement about their work with pupils with SEN. The Chief Judge reads every "
     "entry and meets every Rider for a twenty-minute entry conversation at the Centre in November. If the Chief Judge "
     "thinks a Rider is not yet ready to meet the outcomes by the end of the season, the Ring Steward writes to the "
     "Rider and to the headteacher to say what the Rider should do first (usually a term in the SENCO role and the "
     "county's two-day Introduction to SEN), and the entry is held over to the next season."),
    ("2. Checks on Riders.", " Every Rider is a teacher employed by a school, and the employing school holds the "
     "enhanced CRB disclosure for every teacher it employs, as it must. The Centre does not ask to see it and keeps "
     "no record of it. Riders who choose to help at our Riding for the Disabled sessions are checked separately by the "
     "RDA group under its own policy."),
    ("3. Previous Form.", " A Rider who has already passed Level 7 study in special educational needs at a "
     "university in the last five years may ask for it to count: the University's Accreditation of Prior Certificated "
     "Learning panel can credit up to 20 of the 60 credits. A Rider whose experience already covers a Collective may "
     "instead submit a Form Book - a portfolio of evidence from their own practice mapped to the directive ideas of "
     "that Collective. Two Judges mark it as they would mark the Collective, and the University accredits it through "
     "its APEL regulations (up to 20 credits). Form Books must be in by the end of February."),
    ("4. Pre-test self-assessment.", " Before Movement 1 every Rider scores themselves from 1 to 10 against each "
     "directive idea on the Scale of Training sheet, with a sentence of evidence for any score of 7 or more. The Chief "
     "Judge reads it and it is kept in the Rider's file, and Riders repeat it after Collective C4. The Test is the "
     "same for every Rider and is ridden in the same order: the self-assessment is not used to change it."),
    ("5. Hors concours.", " In the 2007 pilot season two experienced teachers from the county's Learning Support "
     "Service rode hors concours: they were assessed on the four Collectives without riding the Movements. This "
     "route was withdrawn at the end of the pilot and is not offered in 2009."),
    ("6. Compensating aids.", " The College meets its duties under the Disability Discrimination Act and its own "
     "Disability Equality Scheme. The entry form invites every Rider to tell us about a disability or a health "
     "condition, and says why we ask. Where a Rider does, the College's Learning Support Manager meets them before "
     "Movement 1 and writes an Adjustments Plan with them: for example handouts in large print or on disk, a "
     "note-taker, extra time or a different format for C4, a hearing loop in the Learning Barn, parking beside the "
     "Barn and the ground-floor room for every Saturday. The plan is reviewed at Movement 4 and before each Collective. "
     "Riders who observe a religious festival on a Saturday ride that day's session at the twilight repeat."),
    ("7. When and how the test is ridden.", " There is one start each season, in January. The Movements are ridden "
     "in the order printed. Riders come to the Centre on six Saturdays and two twilight sessions, ride eight "
     "Movements in their own school, and use the Online Collecting Ring between. The course is part time only."),
    ("8. The Online Collecting Ring.", " Each Rider has a login to the College Moodle site. The Collecting Ring "
     "holds the readings for each Saturday, the slides and recordings of the Saturday sessions, the Collective "
     "briefs and the Warm-up tasks. It has a riders' forum, the Tack Room, where Riders share resources and ask one "
     "another questions. The Tack Room is the Riders' own: Judges do not read or answer posts there."),
    ("9. Entry fee.", " The entry fee is £1,150, paid by the Ashdownshire Children's Services SEN budget for "
     "teachers in county schools. It covers the Saturdays, the University's registration and award fee, library "
     "access and lunch on every Saturday. It is lower than a standard PGCert because the Centre's rooms and "
     "technology are already paid for by the College. Quality is assured as set out in Notes 13 to 15."),
]
for head, body in notes:
    rich(d, [(head, "b"), body])
comment(d, d.paragraphs[-5], "Panel may ask about this. Could we reinstate HC for LSS staff in 2010? - HM", "Helen Marwood", "HM")

# ---------------------------------------------------------------- the test
para(d)
title("The test")
para(d, "The Movements are ridden in this order. Directive ideas are what the Judges look for. A coefficient of x2 "
        "shows a Movement whose work is handed in and counts towards the Collective named.")
mv = [("No.", "Marker", "Test", "Directive ideas", "Coeff.")]
groups = {0: "FIRST SECTION: ENTER AND HALT (January - February)",
          6: "SECOND SECTION: WORKING PACES (March - May)",
          12: "THIRD SECTION: COLLECTED WORK (June - October)",
          17: "FINAL HALT (November - December)"}
moves = [
    ("1", "A", "Saturday 1. Enter at working trot. The SENCO role, the law and Every Child Matters: the Education Act 1996 Part 4, the SEN and Disability Act 2001, the SEN Code of Practice 2001 and what it means for the school, the Rider and the governors; the Children Act 2004 and the five outcomes.",
     "Knows the law and the Code and how to put them into practice; knows how the SENCO helps children reach the five outcomes.", "x2 (C4)"),
    ("2", "E", "Warm-up task 1. Keep a diary of a SENCO fortnight: what took the time, what could be handed to others, what was left undone. Compare notes in the Tack Room.",
     "Prioritises, manages time, delegates and checks that delegated work is done.", "-"),
    ("3", "C", "In school with the Writer. Use the school's data, classroom observation and the SEN register to find pupils who may have SEN who are not yet known; set targets for three pupils; use Key Stage test and teacher assessment results to track one year group and say what should change.",
     "Identifies pupils, sets challenging targets, plans and reviews; uses summative data and national tests to track progress and change programmes.", "x2 (C3)"),
    ("4", "A", "Saturday 2. The most common needs: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties. Led by the county's specialist teachers.",
     "Knows the common types of SEN and disability and how each can affect learning.", "x2 (C1)"),
    ("5", "A", "Twilight 1. Disability equality: the Disability Discrimination Act 1995 and 2005, the Disability Equality Duty, reasonable adjustments, the school's accessibility plan.",
     "Knows the disability equality laws and the actions they require of the school.", "x2 (C3)"),
    ("6", "C", "In school. Draw the school's provision map for one key stage; cost it; mark the provision that is not working and the needs with no provision.",
     "Uses provision mapping to plan and manage; finds ineffective or missing provision.", "x2 (C3)"),
    ("7", "E", "Warm-up task 2. The access arrangements for the Key Stage 2 tests and for GCSE: who needs them, the deadlines, who applies. Riders list the arrangements their own pupils will need this year.",
     "Identifies in good time the special arrangements pupils need for tests and examinations.", "-"),
    ("8", "B", "Saturday 3 at Brookside School. Working with other professionals: an educational psychologist, a speech and language therapist, the CAMHS primary mental health worker and the local Mencap and Dyslexia Association branches. Riders bring a professional's report on a pupil and turn it into classroom strategies.",
     "Knows what outside agencies and voluntary organisations do and how to get their help; uses professionals' assessments to shape teaching; works in partnership with them.", "x2 (C1)"),
    ("9", "C", "In school. Review how teaching assistants are deployed for pupils with SEN; agree a change with the head and the TAs and manage it for half a term.",
     "Deploys and manages staff effectively.", "x2 (C3)"),
    ("10", "A", "Saturday 4. Parents and carers. The Parent Partnership Service and two parents of children at Brookside lead the morning. In the afternoon Riders plan a meeting with the parents of one of their three pupils; they hold it in school and write it up.",
     "Builds fair, respectful and constructive relationships with pupils and their parents; liaises effectively with parents and carers.", "x2 (C1)"),
    ("11", "C", "In school. Observe a colleague teaching a pupil with SEN, give feedback, and coach the colleague through one change over three weeks. Advise a colleague in a partner school on the same change.",
     "Supports colleagues' professional development by observation, feedback, modelling and coaching; advises colleagues within and beyond the school.", "x2 (C4)"),
    ("12", "A", "Saturday 5. What works: what the research says works for pupils with SEN; approaches to assessment, planning and teaching, including ICT and assistive technology; how to weigh evidence and outside advice before changing practice.",
     "Critical understanding of approaches, strategies and resources including ICT; knows best practice and research; draws on research and advice to improve own and colleagues' practice.", "x2 (C2, C3)"),
    ("13", "E", "Warm-up task 3. Start the Rider's Diary: a record of reading, courses and network meetings, with a plan for keeping up to date after the course.",
     "Keeps up to date and takes charge of own CPD.", "-"),
    ("14", "C", "In school. The school improvement project: with the headteacher and the governor for SEN, agree one priority for inclusion, draft or revise the policy and the budget for it, and win the staff's support.",
     "Gains the commitment of colleagues and senior leaders; with senior colleagues and governors, influences the school's inclusive ethos, policy, priorities and resources.", "x2 (C2)"),
    ("15", "C", "In school. With the staff concerned, review whether the provision changed under Movements 6 and 9 worked, and feed the findings into the school's improvement plan.",
     "Reviews and evaluates the effectiveness of provision with other staff.", "x2 (C3)"),
    ("16", "A", "Twilight 2. Formative assessment. Riders lead a staff meeting in their own school on assessment for learning for all pupils, with what to do differently for pupils with SEN, and bring the plan and the staff's responses.",
     "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN.", "x2 (C4)"),
    ("17", "A", "Saturday 6. Riders present their project to two Judges and the other Riders, take questions and discuss the problems they met and the decisions they made.",
     "Expresses ideas clearly in speech and writing; listens to others; anticipates and resolves problems and makes sound judgements.", "x2 (C4)"),
    ("18", "C", "Final halt and Lap of Honour. After the results the Rider meets the Writer and the headteacher with the Judges' final sheet, and agrees three professional targets for the following year, written on the Next Season form. The Chief Judge writes to each Rider about further study, including the University's MA modules.",
     "-", "-"),
]
for i, m in enumerate(moves):
    if i in groups:
        mv.append(("GROUP", groups[i]))
    mv.append(m)
t = d.add_table(rows=len(mv), cols=5)
t.style = "Table Grid"
for i, r in enumerate(mv):
    if r[0] == "GROUP":
        merge_row(t, i, r[1], fill="DEEAF6")
        continue
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0), size=8, fill=("BFBFBF" if i == 0 else None))
for row in t.rows:
    for j, w in enumerate([1.0, 1.3, 7.5, 5.5, 1.6]):
        row.cells[j].width = Cm(w)

para(d)
title("Collective marks")
para(d, "The Collectives are the marked assessments. Each is marked out of 10 by two Judges against the directive "
        "ideas of the Movements that feed it, and the Judges write their remarks on the Collective sheet.")
table(d, [("Collective", "What the Rider hands in or does", "When"),
          ("C1 Paces", "A case study of one pupil and their family (3,000 words): the pupil's needs, the professionals' "
                       "advice and how the Rider used it, the work with the parents.", "May"),
          ("C2 Impulsion", "The school improvement project (5,000 words), with the evidence of its effect on a named "
                           "group of pupils before and after.", "October"),
          ("C3 Submission", "The provision portfolio: the provision map, the targets, the tracking, the TA deployment "
                            "change and the staff review.", "July"),
          ("C4 Rider's Position", "A twenty-minute presentation and professional discussion with two Judges (Saturday 6), "
                                  "with the coaching record and the staff-meeting plan.", "November")],
      widths=[3, 11.5, 2.5])
para(d)
p = rich(d, [("10. Placing.", "b"), " The four Collective marks are added and given as a percentage. A Rider scoring "
             "60% or more is placed and the Technical Delegate and the University's Board of Examiners confirm the "
             "award of the Certificate. A Rider under 60% may ride the weakest Collective again once, in the next "
             "season. A low mark in one Collective can be made up in another."])
comment(d, p, "Check against University regs - pass mark may be 50% at L7. [TBC]", "Carol Beddoes", "CB")

rich(d, [("11. Judging and moderation.", "b"), " Every Collective is marked by two Judges, each without seeing the "
         "other's mark. Where the marks differ by more than one, the Chief Judge marks it a third time and the three "
         "agree a mark. Before marking each Collective the Judges meet at the Judges' Forum and mark three pieces of "
         "work from last season together to agree what each mark looks like. The Technical Delegate, Dr Philip "
         "Garside of the University of Eastbrook, sees one piece in three from every Collective and every piece marked "
         "below 6, and reports to the University's Board of Examiners, which confirms every mark."])

# ---------------------------------------------------------------- judges and writers
para(d)
title("Judges, Writers and the Technical Delegate")
rich(d, [("12. Judges.", "b"), " The Judges are the people who teach and mark the course."])
table(d, [("Judge", "Background", "Rides"),
          ("Dr Helen Marwood (Chief Judge)", "County SEN adviser 1998-2006; SENCO in two primary schools; PhD on "
           "provision mapping (Wealdbury, 2005); Equine Centre lecturer since 2006.", "Movements 1, 6, 12, 17"),
          ("Mrs Anne Petrie", "SENCO at Hatherden High School for ten years; OCR Diploma in SpLD; AMBDA; sits on the "
           "county's SENCO network steering group.", "Movements 4, 7, 16"),
          ("Ms Ruth Okafor", "Senior educational psychologist, Ashdownshire; works one day a week at the Centre.",
           "Movements 8, 10"),
          ("Mr David Penhale", "Deputy head (inclusion) at Brookside School; NPQH; Brookside's Ofsted inspection in "
           "2007 judged its outreach work outstanding.", "Movements 5, 9, 14")],
      widths=[4, 9.5, 3.5])
para(d, "Mr Tom Ellery, the Centre's senior RDA coach, hosts the Riders at the yard at lunch on Saturday 3; he does not "
        "teach or judge the course.")
rich(d, [("13. Briefing.", "b"), " Each Judge has a written role description and attends the four Judges' Forums. "
         "Every Writer comes to a half-day Writers' Briefing at the Centre in January, and receives the Writer's Guide, "
         "which sets out what to watch for in each Movement at C, how to fill in the Writer's Record and when to call "
         "the Chief Judge. A Writer who cannot come is briefed in school by a Judge before Movement 3. The Technical "
         "Delegate is inducted by the University's School of Education."])
rich(d, [("14. Specialists.", "b"), " Riders hear from an educational psychologist, a speech and language therapist, "
         "the CAMHS worker, the Parent Partnership Service, Mencap and the Dyslexia Association, and spend Saturday 3 at "
         "Brookside School, a special school for pupils with moderate and severe learning difficulties. Riders who want "
         "to see a special school at work arrange their own visits; the Centre does not arrange placements."])
rich(d, [("15. Tack and equipment.", "b"), " The Learning Barn has an interactive whiteboard, twelve laptops loaded with "
         "Clicker 5, Inspiration, Co:Writer and a text-to-speech reader, and a loan collection of assessment kits and "
         "assistive technology that Riders can borrow for a fortnight. Riders use the College library and, with a "
         "University Athens login, the University of Wealdbury's library and its electronic journals."])

# ---------------------------------------------------------------- stakeholders and QA
para(d)
title("Why this test, and how we know it works")
rich(d, [("16. What schools asked for.", "b"), " In the summer of 2007 we sent a questionnaire to the 52 schools in the "
         "western half of the county; 38 replied. Heads asked for a course that was mostly in school, with the SENCO's "
         "own data at its centre, and that did not take SENCOs out on weekdays. The county's SEN team asked us to "
         "include provision mapping and TA deployment, which its 2007 audit found weakest. That is why eight Movements "
         "are ridden at C and why the Saturdays are Saturdays. After the pilot, the twelve pilot Riders told us the "
         "provision map came too late to be useful; it moved from the third section to Movement 6, and the second "
         "twilight was added for secondary SENCOs who could not manage every Saturday."])
p = para(d, "Writers are staff of the Riders' own schools and do much of the watching. We would like headteachers and "
            "parents to have a say in how the Test is judged in future seasons, and hope to set up a Heads' Panel.")
comment(d, p, "Heads' Panel - raise at the SENCO network in Feb? AP", "Anne Petrie", "AP")
para(d, "Quality is watched at every stage. Riders complete a score card after every Saturday and twilight, and an "
        "end-of-season questionnaire; the Judges' Forum reads them in July and December and decides what to change. "
        "The Technical Delegate's report goes to the University's annual monitoring and to the College's "
        "self-assessment report (SAR) for the Learning and Skills Council, with an action plan. The entry process, "
        "the self-assessment, the Movements in school, the Collectives and the evaluation are each checked in the SAR "
        "and by the University. The 2008 Technical Delegate's report is [to follow]. Last season's score cards led to "
        "the move of the provision map and the second twilight described above.")
para(d, "Each Rider repeats the Scale of Training self-assessment after C4, so we can see how far their confidence "
        "and competence have moved; the Collective marks show their competence against the directive ideas. We hope "
        "in time to be able to show that pupils in Riders' schools do better because of the course; we have not yet "
        "found a way to measure this.")
para(d, "Consulting pupils about their own provision is ridden in the Advanced Test (the University's MA module "
        "Listening to Learners), not in this Test.")

# ---------------------------------------------------------------- scale of training
para(d)
title("The Scale of Training")
para(d, "Each line below is one of the national outcomes, in our own words. The third column gives the Movement in which "
        "it is taught and practised, the fourth the Collective in which it is marked.")
para(d, "A few cells use other words. \"Warm-up only\" in the fourth column means the outcome is practised in a "
        "Warm-up task: Judges may talk about it with the Rider, but it is not marked. \"Collective only\" in the third "
        "column means the outcome is marked in the Collective but not taught or practised in any Movement; Riders "
        "prepare for it from the readings. \"Not in this test\" means the outcome is not part of the Ashdown Test.")
sot = [("Ref", "Directive idea (in our words)", "Ridden in Movement", "Marked in Collective")]
sot_rows = [
    ("PROFESSIONAL ATTRIBUTES",),
    ("ST1", "Fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "10", "C1"),
    ("ST2", "Winning the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "14", "C2"),
    ("ST3", "Prioritising, managing time, delegating and checking delegated work", "2", "Warm-up only"),
    ("ST4", "Anticipating and solving problems; sound decisions and judgement on provision", "17", "C4"),
    ("ST5", "Speaking and writing clearly; listening to and understanding others' views", "17", "C4"),
    ("ST6", "Using research and outside advice to improve one's own and colleagues' practice", "12", "C2"),
    ("ST7", "Keeping up to date and taking responsibility for one's own CPD in SEN and disability", "13", "Warm-up only"),
    ("KNOWLEDGE AND UNDERSTANDING",),
    ("ST8", "SEN law and guidance, the Code of Practice, what they mean for the school and how to apply them", "1", "C4"),
    ("ST9", "Every Child Matters: its principles and outcomes and the SENCO's part", "1", "C1"),
    ("ST10", "Disability equality law and what it requires of the school", "5", "C3"),
    ("ST11", "How children develop and how SEN, disability and the environment affect development", "Collective only", "C1"),
    ("ST12", "The common types of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on learning", "4", "C1"),
    ("ST13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "12", "C3"),
    ("ST14", "Best practice and research on meeting SEN", "12", "C2"),
    ("ST15", "External agencies: what they do and how to get their support and resources", "8", "C1"),
    ("SKILLS",),
    ("ST16", "With senior staff and governors, shaping an inclusive ethos, policies, priorities and resources", "14", "C2"),
    ("ST17", "Identifying pupils, setting challenging targets, planning interventions and reviewing progress", "3", "C3"),
    ("ST18", "Using other professionals' assessments to shape teaching", "8", "C1"),
    ("ST19", "Using summative assessment and national tests to track progress and change programmes", "3", "C3"),
    ("ST20", "Encouraging colleagues to develop formative assessment, with approaches for pupils with SEN", "16", "C4"),
    ("ST21", "Arranging special arrangements for tests and examinations in good time", "7", "Warm-up only"),
    ("ST22", "Provision mapping and management; finding ineffective or missing provision", "6", "C3"),
    ("ST23", "Deploying and managing support staff", "9", "C3"),
    ("ST24", "Developing colleagues: observation and feedback, modelling, coaching, training", "11", "C4"),
    ("ST25", "Reviewing the effectiveness of provision with staff to inform the school's improvement plan", "15", "C3"),
    ("ST26", "Involving pupils in planning and reviewing their own provision", "Not in this test", "Not in this test"),
    ("ST27", "Working with parents and carers of pupils with SEN", "10", "C1"),
    ("ST28", "Partnership with other services and agencies, including voluntary organisations", "8", "C1"),
]
sot += sot_rows
t = d.add_table(rows=len(sot), cols=4)
t.style = "Table Grid"
for i, r in enumerate(sot):
    if len(r) == 1:
        merge_row(t, i, r[0], fill="E2EFD9")
        continue
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0), size=8, fill=("BFBFBF" if i == 0 else None))
for row in t.rows:
    for j, w in enumerate([1.2, 10.3, 2.8, 2.8]):
        row.cells[j].width = Cm(w)
para(d)
para(d, "Signed for the Equine Centre: Dr Helen Marwood, Chief Judge.    For the University of Wealdbury: Professor "
        "Alan Threlfall, Head of the School of Education.    14 November 2008", italic=True, size=9)

d.save(HERE / (NAME + ".docx"))
print(NAME, "words", word_count(d))
