"""jc-01-hartsmoor-story-sack

Provider (invented): Hartsmoor County Council Adult and Community Learning Service, whose
Family Learning Team runs courses for parents and school staff in schools and children's
centres, applying with the University of Kenbridge School of Education and Lifelong Learning
(validating, PG Certificate, 60 credits at Level 7), January 2009.

Document kind and layout: the application written as a family-learning STORY SACK guide,
the team's house format for the sacks it lends to families (a cloth bag holding a favourite
picture book, props, a non-fiction companion, an audio tape, a language game and a guide card
for the grown-ups).  The "SENCO Award Sack" is described card by card: a contents label
(table with merged, shaded rows), "Card 1 The Story" (the year told as a story, in the
past-and-future tense of a read-aloud), "Card 2 The Props" (resources), "Card 3 The
Non-fiction Companion" (reading), "Card 4 The Audio" (the online part), "Card 5 The Language
Game" (needs assessment), "Card 6 For the Grown-ups" (heads and mentors), "Card 7 Looking
after this Sack" (quality), "Card 8 What our Borrowers Told Us" (stakeholders), "Card 9
What's in the Sack, outcome by outcome" (outcome table: "Shared at" | "Made and Taken in"),
and "Items retired from the Sack" (what the 2007-08 pilot sack had).  The provider's own
vocabulary: Sharing Days (taught days), Make and Take pieces MT1-MT3 (the marked
assignments), Stay and Learn tasks (school-based practical tasks), Story Tutors, Sack
Keepers (school mentors), Book Bag (readings), "Where Am I?" game (needs assessment), My
Sack Plan (individual plan), Next Chapter card (targets).  Card titles are bold coloured
Normal paragraphs (no heading styles).  Header and footer; two "Tutor tip" text boxes;
Word comments; tracked changes; merged and shaded table cells.

Traps (requirement ids):
- Credits: "40" deleted and "60" inserted as a tracked change; Level 7 stated (E.2 met).
- Header claims "all our Story Tutors hold enhanced CRB disclosures" (header, and the
  wrong people); the body says schools are responsible for their own staff's checks and
  "the Award does not ask to see them" (5.3 not_met: someone else's responsibility).
- Assessment-only route "Straight to the Table" belonged to the pilot and is retired:
  "is not part of the Award" (2.3 not_met: past arrangement plus negation).  A comment
  suggests bringing it back (comment, not evidence).
- Credit for Kenbridge's own modules only; "We do not give credit for experience on its
  own" (2.1 partially_met).
- Pilot special-school visits retired, and a placement sentence deleted as a tracked
  change; specialist visitors remain (5.5 partially_met).
- Online "Sack Online": peer forum and readings, but "Story Tutors do not answer questions
  on the forum" (3.3 partially_met).
- Pupil voice: one morning on Sharing Day 6, not assessed; the "Children's Panel" is only
  planned with the Participation Team "for 2010" (1.5 partially_met, 6.S7 partially_met).
- Research: "We keep the Book Bag fresh" general claim, only older texts named
  (1.3 partially_met).
- Parents as guest speakers are real; stakeholder part in evaluation only hoped for
  ("We would love ... to help us judge") (4.3 partially_met).
- Sack Keepers' briefing is only something "we would like to add" (5.7 partially_met).
- Pupil impact: "We do not ask participants to collect data on pupils' attainment"; the
  Where Am I? replay measures confidence (5.9 partially_met).
- Award rule: passing MT1-MT3 (a pass in each), with the outcome table showing several
  outcomes "Shared only" (6.0 partially_met, 1.9 partially_met).
- Outcome table: A3, K3, K4, S2b, S2c, S7 "Shared only" (partially_met); K7 and S2d
  absent from the table and from the text (not_met); a tick list of ECM in a text box.
- Comment asserting moderation with another university (comment only); moderation itself
  is in the body (5.8 met).
"""
from pathlib import Path
from _jc_helpers import (new_doc, para, runs, table, merge_row, shade, tracked, tracked_para,
                         comment, text_box, header_footer)

OUT = Path(__file__).with_name("jc-01-hartsmoor-story-sack.docx")
d = new_doc("Comic Sans MS", 10.5)
header_footer(d, "Hartsmoor Family Learning | Story Sack Guide Cards | all our Story Tutors hold enhanced CRB disclosures",
              "Hartsmoor County Council Adult and Community Learning Service. Sack ref FL/SS/41. Please return all items to the sack.")

PURPLE = "7030A0"


def card(t):
    para(d, t, bold=True, size=14, color=PURPLE, space_after=4)


para(d, "THE SENCO AWARD STORY SACK", bold=True, size=20, color=PURPLE, align="c")
para(d, "Guide cards for the approval panel", italic=True, size=12, align="c")
para(d, "Hartsmoor County Council Adult and Community Learning Service: Family Learning Team, with the University of Kenbridge School of Education and Lifelong Learning. Application for approval to run the National Award for SEN Coordination from September 2009.", align="c")

para(d, "Why a story sack?", bold=True)
para(d, "Our Family Learning Team has made and lent story sacks since 1999. Every sack we lend to a family holds the same things: a favourite picture book, some props, a non-fiction book on the same theme, an audio tape, a language game and a guide card for the grown-ups. Parents tell us the sacks work because everything they need is in one bag and nothing is hidden. We have packed our SENCO Award the same way, and these are its guide cards. The Award is for teachers new to leading special educational needs coordination in Hartsmoor's primary, secondary and special schools. It is taught by our Story Tutors with colleagues from the University of Kenbridge, and the University awards the qualification.")

card("THE LABEL ON THE SACK (what is inside)")
t = table(d, [
    ["Item in the sack", "What it is in the Award", "Card"],
    ["Family Learning items", None, None],
    ["The favourite book", "The year of the Award told as a story: Sharing Days, Stay and Learn tasks, Make and Take pieces", "Card 1"],
    ["The props", "Teaching resources, the loan library, assistive technology", "Card 2"],
    ["The non-fiction companion", "The Book Bag of reading", "Card 3"],
    ["The audio tape", "Sack Online, the Award's web pages and forum", "Card 4"],
    ["The language game", "The Where Am I? game (needs assessment) and My Sack Plan", "Card 5"],
    ["The guide card for grown-ups", "What headteachers and Sack Keepers do", "Card 6"],
    ["Care of the sack", None, None],
    ["Looking after this sack", "Quality, marking, moderation and evaluation", "Card 7"],
    ["What our borrowers told us", "Schools, parents, SENCOs and the local authority", "Card 8"],
    ["What's in the sack, outcome by outcome", "Every national outcome: where we share it, where it is made and taken", "Card 9"],
    ["Items retired from the sack", "Things the pilot sack had that this one does not", "Last card"],
], widths=[4.5, 9.5, 2.5])
merge_row(t, 1, "Family Learning items", fill="E4DFEC")
merge_row(t, 8, "Care of the sack", fill="E4DFEC")

card("CARD 1  THE STORY")
para(d, "Once upon a September, twenty-four teachers who had just become SENCOs came to the Children's Centre at Brantwood Road for the first Sharing Day. This is their year, as it will be for every group from September 2009.", italic=True)
para(d, "The Award in a sentence", bold=True)
p = para(d, "The Hartsmoor SENCO Award is a Postgraduate Certificate of the University of Kenbridge, worth ")
tracked(p, "40", "del")
tracked(p, "60", "ins")
p.add_run(" credits at Level 7 (masters level), which leads to the National Award for SEN Coordination. The University validated it at its Lifelong Learning validation panel on 3 December 2008 and will register every participant as a student of the University.")
para(d, "What the Award is for. The Award exists so that children and young people with special educational needs and disabilities in Hartsmoor achieve more and are happier and safer at school: that they are healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being. Each Make and Take piece is marked against criteria that ask what difference the SENCO's work made to particular children on all five of those outcomes, not only to their reading or number scores, and each Sharing Day ends by asking the group what it will change for a named child.")
para(d, "The Sharing Days", bold=True)
para(d, "There are ten Sharing Days through the year, held from 9.15 to 3.30 in children's centres and school halls, never in a council office. Sharing Days are where the tutors teach; participants bring their own school to every one of them. The days run in three Chapters:")
for x in [
    "Chapter One, The Grown-ups Around the Child (Sharing Days 1 to 3): the SENCO's role; the SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005, Every Child Matters and Removing Barriers to Achievement; working with parents and carers, including the family learning courses schools can ask us to run; leading colleagues and winning over the head and governors.",
    "Chapter Two, Finding Out and Planning (Sharing Days 4 to 7): how children develop and how their difficulties and their surroundings shape that; the common kinds of special need (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties) and what each means for learning; assessment by teachers and by other professionals; target setting, planning interventions and reviewing them; tracking progress with national test and teacher assessment data; provision mapping.",
    "Chapter Three, Leading and Changing (Sharing Days 8 to 10): deploying and managing teaching assistants; coaching, mentoring and running staff training; reviewing provision with colleagues; working with health, social care and voluntary groups; the SENCO's part in the school's inclusive policies and its budget.",
]:
    para(d, x, style="List Bullet")
para(d, "Sharing Day 4 is the one our borrowers like best. Three parents from our family learning groups, each with a child with special educational needs, lead the morning with a Story Tutor and talk about what helped and what did not. The afternoon is spent practising the conversations SENCOs find hardest with parents.")
p = para(d, "Sharing Day 6 gives a morning to listening to children: the ways schools ask pupils what they think of their support, and the Hartsmoor pupil questionnaire. It is not one of the things we mark. We are planning a Children's Panel with the county's Participation Team for 2010, at which pupils would question the SENCOs about their provision.")
comment(d, p, "Should we say more here about pupil voice? Panel may push on this.", "J. Corran", "JC")
para(d, "The Stay and Learn tasks", bold=True)
para(d, "Between the Sharing Days every participant does six Stay and Learn tasks in their own school. Each task is tied to outcomes on Card 9 and to the participant's own My Sack Plan. For example, Stay and Learn 2 asks the participant to meet the parents of two children on the SEN register with the class teacher and agree one thing each side will do; Stay and Learn 4 asks them to build or improve the school's provision map and to find one piece of provision that is not working; Stay and Learn 5 asks them to observe a colleague, give feedback and coach them over three weeks. Participants try the change, measure what happened and bring the result to the next Sharing Day, where the group helps them decide what to do next. The tasks are the raw material for the Make and Take pieces.")
para(d, "The Make and Take pieces", bold=True)
para(d, "At family learning courses parents make something to take home. On the Award participants make three pieces, each of which the University marks:")
table(d, [
    ["Piece", "What is made", "Marked", "Weight"],
    ["MT1 The Family Partnership File", "An account of the participant's work with three families and with colleagues around their children, with the families' own comments", "Story Tutor, second-marked by the University", "20 credits"],
    ["MT2 The Provision Enquiry", "A 4,000-word enquiry into one area of the school's provision: the evidence, the research, the pupils' progress, what was changed and what happened", "University tutor, second-marked by a Story Tutor", "20 credits"],
    ["MT3 The Leading Change Presentation", "A 20-minute presentation to a panel of a Story Tutor, a University tutor and a headteacher, on a change led in the school, with questions", "Panel of three", "20 credits"],
], widths=[4, 7, 3.5, 2])
para(d, "Every piece is marked against the national outcomes it carries (Card 9). Each Make and Take piece has its own marking grid, and a piece passes only if each outcome it carries reaches the pass standard.")
para(d, "How the story ends", bold=True)
para(d, "A participant who passes MT1, MT2 and MT3 is awarded the Postgraduate Certificate and the National Award. A piece that does not pass can be resubmitted once. At the tenth Sharing Day each participant fills in a Next Chapter card with two professional targets for the following year, which the participant takes to a meeting with their headteacher and which the headteacher signs; Story Tutors go through the card with each participant before it goes home. The University's MA in Inclusive Education will take the Award as its first 60 credits.")
text_box(d, "Tutor tip", ["When a participant says \"we did that already\", ask for the child's name and the evidence. Stories are better with names in."], fill="E4DFEC")

card("CARD 2  THE PROPS")
para(d, "Props make a story real. The Award's props are:")
for x in [
    "The Family Learning Resource Library at Kenbridge Road, with about 2,000 books, games and assessment kits, including the standardised tests SENCOs meet most often. Participants borrow for four weeks and we post to schools.",
    "Two Assistive Technology Loan Boxes (text-to-speech, talking tins, symbol software, a visualiser and switches), lent to participants for a half term so that they can try them with pupils and show colleagues.",
    "Laptops and a projector at every Sharing Day venue, and a set of six netbooks that travel with the Story Tutors.",
    "The University library, which every participant may use in person and online as a registered student.",
]:
    para(d, x, style="List Bullet")

card("CARD 3  THE NON-FICTION COMPANION")
para(d, "Each Chapter has a Book Bag of reading, which participants collect on the first Sharing Day of the Chapter. The Book Bags hold the SEN Code of Practice, Removing Barriers to Achievement (2004), and chapters on effective practice for each kind of need. We keep the Book Bag fresh and follow the latest thinking. Participants use the readings in MT2, where the marking grid asks them to weigh research and advice from specialists in deciding what to change, and to show how they shared it with colleagues.")

card("CARD 4  THE AUDIO")
para(d, "In a family sack the audio tape lets the story be heard again at home. In the Award it is Sack Online, the course's pages on the University's Blackboard site. Sack Online holds the slides and notes from each Sharing Day, the Book Bag readings as PDFs, short recorded talks by the Story Tutors, and a forum for each group. Participants use the forum to share their Stay and Learn tasks between Sharing Days and to answer each other's questions. Story Tutors do not answer questions on the forum; questions for them are taken at the next Sharing Day. Participants who cannot come to a Sharing Day watch its recorded talks and complete its task on Sack Online instead.")
para(d, "Participants may join at the September start or, if their appointment as SENCO comes later, at the January start, joining at Chapter Two and taking Chapter One with the following year's group. Each Sharing Day runs twice, on a Tuesday in the north of the county and on a Thursday in the south, and either may be taken. Participants who are part time may spread the Award over two years.")

card("CARD 5  THE LANGUAGE GAME")
para(d, "Every sack has a game that gets the family talking. The Award's game is Where Am I? It is a pack of 29 cards, one for each national outcome, each with three pictures: Just Starting, On the Way, and Already There, and a short description of what each looks like in school. Before the first Sharing Day the participant sorts the cards with their Story Tutor at a one-hour visit to their school, and then with their headteacher, and gives evidence for every card they put on Already There. The Story Tutor checks that evidence, because a card can look familiar when the knowledge behind it is out of date.")
para(d, "From the sort the participant and the Story Tutor write My Sack Plan: the outcomes the participant will concentrate on, a personalised target for each, which Stay and Learn tasks will carry them, and which optional afternoon workshops to choose. The Plan is looked at again at the Sharing Days that end each Chapter and changed as needed. A participant whose sort shows they already meet a group of outcomes does the shorter version of the matching Stay and Learn tasks and spends the time on their targets.")
para(d, "Credit for earlier study. Participants who have passed a module of the University of Kenbridge's Inclusion programme in the last five years can have it counted against MT1, up to 20 credits, through the University's credit transfer procedure. We do not give credit for experience on its own.")

card("CARD 6  FOR THE GROWN-UPS")
para(d, "This card is for headteachers and for the Sack Keeper, the senior colleague in each school who looks after the participant during the year.")
para(d, "Who can join. The Award is for qualified teachers who have been named as their school's SENCO, or will be by the start of the course, and who are nominated by their headteacher. Each applicant completes an application form, including a statement of their experience with pupils with special educational needs, and plays a short version of the Where Am I? game at an interview with a Story Tutor. If the Story Tutor judges that the applicant does not yet have the knowledge or experience to meet the outcomes within the year, the Story Tutor meets the headteacher and agrees what the applicant should do first (usually our ten-week Introduction to SEN course or a term shadowing an experienced SENCO), and offers a place the following year.")
para(d, "Access. The application form asks every applicant whether they have a disability, a health condition or a specific learning difficulty and what would help them take part, and the Award Leader contacts each one who says yes before the first Sharing Day. We make the reasonable adjustments agreed: all Book Bag readings in large print or electronic text, a note-taker or a BSL interpreter booked through the council, extra time and a different format for MT3, and Sharing Day venues chosen for level access and a hearing loop. The council's Disability Equality Scheme and its Race Equality Scheme apply to the Award as to every Adult and Community Learning course, and the Award's applications, places and results are monitored by ethnicity, gender and disability each year.")
para(d, "Checks. Schools are responsible for their own staff's CRB checks and for their safer recruitment records, and the Award does not ask to see them.")
para(d, "Headteachers agree to: release the participant for the ten Sharing Days; meet the participant after the game and sign My Sack Plan; sit on an MT3 panel for another school if asked; sign the Next Chapter card.")
para(d, "The Sack Keeper meets the participant at least twice a term, helps them plan the Stay and Learn tasks and signs the task record. A short written briefing and an evening meeting for new Sack Keepers is something we would like to add once the first year is under way.")
para(d, "Story Tutors teach the Sharing Days, visit each participant twice, run the Where Am I? game, mark MT1 and second-mark MT2, and sit on MT3 panels. Each has a copy of the University's Code of Practice on Assessment and attends the University's marking workshop each October.")
table(d, [
    ["Who", "Role", "Background"],
    ["Ruth Ashby", "Award Leader, Story Tutor", "Former SENCO in two primary schools; MA Special and Inclusive Education; Family Learning Team Leader since 2003; NASEN member"],
    ["Dev Chauhan", "Story Tutor", "Specialist teacher, Hartsmoor Learning Support Service; British Dyslexia Association Approved Teacher Status"],
    ["Maggie Thorne", "Story Tutor", "Family learning tutor; former secondary SENCO; Certificate in Autism (Birmingham)"],
    ["Dr Alan Freer", "University tutor, module leader", "Senior Lecturer in Inclusive Education, University of Kenbridge; PhD on provision mapping; publishes on SEN policy"],
    ["Sara Mistry", "University tutor", "Lecturer in Education, former local authority SEN adviser; Senior Fellow, Higher Education Academy"],
], widths=[3.2, 4, 9.3])
para(d, "All our tutors teach in schools or visit them every week, and all take part in the University's research seminar each term.")
para(d, "Specialist visitors. Sharing Days are led jointly with visitors from the county's Educational Psychology Service, the speech and language therapy team, the Behaviour Support Team, the Parent Partnership Service and Hartsmoor Mencap, each of whom leads a session on their own area.")
p = para(d, "")
tracked(p, "Every participant spends two days in one of the county's special schools, arranged by the Family Learning Team.", "del")

card("CARD 7  LOOKING AFTER THIS SACK")
para(d, "Marking and moderation. Every Make and Take piece is marked against its grid and second-marked. A sample of every marker's pieces, including all fails and all firsts, goes to the University's moderation meeting each term, and then to the external examiner, Professor Helen Dray of Ashcombe University, who sees every MT3 recording. Markers meet to compare marks on three shared pieces before each marking round.")
p = para(d, "Evaluation. Every Sharing Day ends with our family learning evaluation sheet (the smiley sheet) and a written comment. Story Tutors meet after each Sharing Day to read the sheets and change the next one. The University's annual monitoring report and the external examiner's report go to the Award Board, where the Family Learning Manager, the University and two headteachers agree the changes for the next year. The council's Adult and Community Learning quality team observes one Sharing Day a year under its observation of teaching and learning scheme.")
comment(d, p, "Ashcombe also moderate for us? Check with Helen.", "R. Ashby", "RA")
para(d, "Impact. At the end of the year each participant plays the Where Am I? game again, and we compare the sorts before and after, outcome by outcome, to see how their confidence and competence have moved. We do not ask participants to collect data on pupils' attainment, because the year is too short to show it.")

card("CARD 8  WHAT OUR BORROWERS TOLD US")
para(d, "Before we packed this sack we asked the people who would use it. In spring 2008 we sent a questionnaire to every school in Hartsmoor (164 replied of 271); we ran two focus groups with new SENCOs from the SENCO network; we asked the Parent Partnership Service what parents most often complain of; and we asked three of our family learning groups, 31 parents in all, what they want from their child's SENCO.")
table(d, [
    ["They told us", "So the sack has"],
    ["Heads could not release SENCOs for more than ten days", "Ten Sharing Days, each run twice in different parts of the county"],
    ["Parents want SENCOs who listen and explain", "Sharing Day 4 led by parents, and MT1, the Family Partnership File"],
    ["New SENCOs struggle to manage teaching assistants", "Sharing Day 8 on deploying staff, and a Stay and Learn task on it"],
    ["The local authority wanted SENCOs to use provision maps", "Stay and Learn 4 and a provision mapping strand in MT2"],
], widths=[8, 8.5])
para(d, "Parents from our family learning groups help to teach Sharing Day 4, and headteachers sit on the MT3 panels. We would love the schools, parents and former participants who borrow this sack to help us judge how well it works in the years ahead.")
text_box(d, "Tutor tip", ["Every Child Matters: being healthy [x]  staying safe [x]  enjoying and achieving [x]  making a positive contribution [x]  achieving economic well-being [x]"], fill="E4DFEC")

card("CARD 9  WHAT'S IN THE SACK, OUTCOME BY OUTCOME")
para(d, "\"Shared at\" is where the outcome is taught. \"Made and Taken in\" is the marked piece that assesses it. Shared only means that the outcome is taught and talked about on the Sharing Days but no marked piece assesses it.")
rows = [["Outcome (our words)", "Shared at", "Made and Taken in"],
        ["Attributes", None, None],
        ["Fair, respectful and supportive with children and their parents (A1)", "Sharing Days 3 and 4; Stay and Learn 2", "MT1"],
        ["Bringing the head, senior staff and colleagues on board (A2)", "Sharing Day 3", "MT3"],
        ["Priorities, time and delegating (A3)", "Sharing Day 8", "Shared only"],
        ["Solving problems and making sound decisions about provision (A4)", "Sharing Days 6 and 7", "MT2"],
        ["Speaking and writing clearly; listening (A5)", "Sharing Days 3, 4 and 10", "MT1; MT3"],
        ["Using research and outside advice to improve practice (A6)", "Sharing Day 6; Book Bags", "MT2"],
        ["Keeping up to date and owning your CPD (A7)", "Sharing Day 10; Next Chapter card", "MT3 (the panel's questions on the participant's own development)"],
        ["Knowledge", None, None],
        ["SEN law and guidance, the Code of Practice and putting them into practice (K1)", "Sharing Day 2", "MT1"],
        ["Every Child Matters and the SENCO's part (K2)", "Sharing Day 1", "MT1"],
        ["Disability equality law and what it requires (K3)", "Sharing Day 2", "Shared only"],
        ["How children develop; effects of need and surroundings (K4)", "Sharing Day 4", "Shared only"],
        ["The common kinds of special need and their effect on learning (K5)", "Sharing Day 5", "MT2"],
        ["Approaches and resources for assessing, planning and teaching, ICT included (K6)", "Sharing Days 5 and 6; AT Loan Boxes", "MT2"],
        ["Good practice and research on meeting need (K8)", "Sharing Days 6 and 7", "MT2"],
        ["Other agencies and how to get their help (K9)", "Sharing Day 9", "MT1"],
        ["Skills", None, None],
        ["Shaping an inclusive school with senior staff and governors (S1)", "Sharing Day 10", "MT3"],
        ["Finding children who may have SEN; targets; interventions; reviews (S2)", "Sharing Day 6; Stay and Learn 3", "MT2"],
        ["Using other professionals' assessments in teaching (S2a)", "Sharing Day 6", "MT2"],
        ["Tracking with national tests and summative data (S2b)", "Sharing Day 7", "Shared only"],
        ["Helping colleagues with formative assessment (S2c)", "Sharing Day 7", "Shared only"],
        ["Provision mapping; spotting provision that is not working (S3)", "Sharing Day 7; Stay and Learn 4", "MT2"],
        ["Deploying and managing staff (S4)", "Sharing Day 8", "MT3"],
        ["Developing colleagues: observing, coaching, training (S5)", "Sharing Day 8; Stay and Learn 5", "MT3"],
        ["Reviewing provision with colleagues for self-evaluation (S6)", "Sharing Day 9", "MT3"],
        ["Involving pupils in their own provision (S7)", "Sharing Day 6", "Shared only"],
        ["Working with parents and carers (S8)", "Sharing Days 3 and 4; Stay and Learn 2", "MT1"],
        ["Working with other services and voluntary groups (S9)", "Sharing Day 9", "MT1"]]
t = table(d, rows, widths=[9, 4.5, 3])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], fill="E4DFEC")
    elif r[2] == "Shared only":
        shade(t.cell(i, 2), "F2F2F2")

card("ITEMS RETIRED FROM THE SACK")
para(d, "Our 2007-08 pilot sack, an unaccredited course for eleven SENCOs, had some things this sack does not.")
p = para(d, "Straight to the Table. In the pilot, two experienced specialist teachers went straight to the MT3 panel with a portfolio and no Sharing Days. Straight to the Table is not part of the Award.")
comment(d, p, "Could we bring this back for Learning Support Service teachers? The spec seems to want it.", "D. Chauhan", "DC")
para(d, "Special school days. The pilot group each spent two days in Meadowbank Special School. Meadowbank could not offer the days again, and they have been taken out.")
para(d, "The pilot's certificate of attendance has been replaced by the University's award.")
para(d, "Ruth Ashby, Award Leader, for the Family Learning Team, Hartsmoor Adult and Community Learning Service. Countersigned for the University of Kenbridge School of Education and Lifelong Learning by Dr Alan Freer.", italic=True)

d.save(OUT)
print("wrote", OUT)
