"""ij-01-vales-almanac: "The Round of the Year 2008-2009", an almanac of the
Bridge Course sent whole in support of an application for approval.

Provider (invented): the Vales Fellowship of Steiner Waldorf Schools (eleven
member schools), working with maintained schools in Wealdshire and Ashfold
(through the two county councils) and the University of Stroudwater, which
validates and awards the 60 credits.

Document kind and layout: an almanac of the course year organised by the
festivals Steiner Waldorf schools keep (Michaelmas, Martinmas, Advent,
Candlemas, Easter, Whitsun, St John's), not by the criteria. Each season has
a verse in a shaded VML text box (decorative), a table of that season's
Gatherings (study days) with host schools, and run-in sections in the
Fellowship's own vocabulary: "Gatherings", "Blocks", "Companions" (mentors in
the maintained schools), "the Child Picture", "the Provision Study", "the
Practice Enquiry", "the Whitsun Sharing", "the Carrying Book" (a journal that
is kept but not marked), "the Onward Conversation", "the College of Tutors".
A "course in one page" table with a merged, shaded title row; a map of the
outcomes called "The Threads" in the Fellowship's own codes (R1-R7, U1-U9,
D1-D13) with columns "Woven in" and "Shown in", merged shaded group bands;
"Keeping faith" on quality. Heading styles, bullet lists, a header and a
footer, tracked changes (a deleted paragraph, a deleted table row, an
inserted sentence), two Word comments.

Traps (requirement ids):
- 1.5 / 6.S7: consulting children is only the Fellowship schools' own practice
  ("class meetings" in its own schools) and a wish ("We would like to add");
  the Threads row for pupils' part in their plans is "To be woven in from
  2009-10" and shown nowhere. Both not_met.
- 2.3: the assessment-only route exists only in a deleted paragraph, and the
  body says the Award is not given without the Gatherings. not_met.
- 2.1: APEL exists only in an inserted sentence (counts). met.
- 6.S2d: the only row on examination arrangements (D6) is a tracked deleted
  table row. not_met.
- 5.3: the body says only that schools "have made the usual checks"; the
  verification of CRB disclosures sits in a comment. partially_met.
- 5.5: specialist guests are concrete; placements are a past arrangement of
  the old Foundation Course and "not been possible" now. partially_met.
- 3.2: one start, fixed order, and a January start only "if twelve or more
  teachers apply" (a condition). partially_met.
- 3.3: "The Bridge Course has no online element"; the University's VLE is
  other students' arrangement. not_applicable.
- 3.1: a statement of welcome and level-access venues only. partially_met.
- 4.3: heads host Gatherings and Companions mentor, but county advisers'
  part in the St John's Review is only hoped for. partially_met.
- 5.9: participants' confidence self-rated before and after; pupils'
  achievement only trusted to follow. partially_met.
- 1.3: "current thinking" and the Fellowship's tradition; no research or
  inspection evidence named. partially_met.
- 2.2: the Michaelmas Conversation is about "what you bring", not the
  outcomes. partially_met.
- 1.9: several Threads are shown nowhere or only in the unmarked Carrying
  Book. partially_met.
- 6.A3, 6.S9: shown only in the Carrying Book, "kept, not marked".
  partially_met. 6.A7: shown in the Practice Enquiry but woven nowhere
  ("left to each participant"). partially_met. 6.K3: taught at Advent, shown
  "-". partially_met. 6.K6: approaches taught and assessed, but the course
  "does not teach ICT approaches". partially_met. 6.S2b: national tests
  taught for maintained-school participants only, shown "-". partially_met.
- Footer claims TDA approval: not evidence. The seasonal verses are not
  arrangements.
"""
from pathlib import Path
from _ij_helpers import (new_doc, H, P, runs, bullets, table, band, shade, set_cell,
                         delete_row, deleted_paragraph, text_box, comment, header_footer)

OUT = Path(__file__).with_name("ij-01-vales-almanac.docx")
A1 = ("Rosalind Ashby", "2008-10-09T10:12:00Z")
A2 = ("Tom Keable", "2008-10-13T16:40:00Z")

d = new_doc()
header_footer(d, "The Vales Fellowship of Steiner Waldorf Schools  ·  The Round of the Year 2008-2009",
              "The Bridge Course is approved by the TDA for the National Award for SEN Coordination  ·  Almanac, October 2008")

P(d, "THE ROUND OF THE YEAR", bold=True, size=22, align="center", color="6B4E2E")
P(d, "2008 – 2009", bold=True, size=16, align="center", color="6B4E2E")
P(d, "An almanac of the Bridge Course: the National Award for SEN Coordination", italic=True, size=13, align="center")
P(d, "The Vales Fellowship of Steiner Waldorf Schools, with the maintained schools of Wealdshire and Ashfold and the University of Stroudwater", align="center")
P(d, "Sent to the Training and Development Agency for Schools in support of our application for approval, October 2008", italic=True, align="center")

H(d, "How to read this almanac", 1)
P(d, "Each year the Fellowship prints an almanac for its teachers: a companion through the round of the year, "
     "with the festivals, the meetings of the College and the dates that matter. This is the almanac of the "
     "Bridge Course, and we have sent it to the panel as it stands, with a few notes for readers who do not "
     "know our schools. The course follows the year as our schools do. It begins at Michaelmas, when the "
     "harvest is in and the school year has settled, and it ends at St John's, at midsummer. Each season "
     "brings its Gatherings (our study days), its work in hand and its tasks. At the back are the Threads, "
     "which show where each of the national outcomes is woven into the course and where it is shown, and "
     "Keeping faith, which says how the Fellowship looks after the quality of the course.")
P(d, "The Bridge Course is called so because it is built across two kinds of school. Half of each cohort "
     "teaches in our own Steiner Waldorf schools; half teaches in maintained primary, secondary and special "
     "schools in Wealdshire and Ashfold. Every Gathering is held in one kind of school or the other, and "
     "every participant has a Companion from the other side of the bridge.")

t = table(d, [["The course in one page", ""],
              ["Award", "National Award for SEN Coordination, validated by the University of Stroudwater"],
              ["Credit", "60 credits at Level 7 (masters level), awarded by the University"],
              ["Length", "One school year, part time: Michaelmas 2008 to St John's 2009"],
              ["Gatherings", "Ten study days, held in member schools and in maintained schools of the two counties"],
              ["Assessed work", "The Child Picture (Candlemas), the Provision Study (Easter), the Practice Enquiry and the Whitsun Sharing (Whitsun to St John's)"],
              ["Kept, not marked", "The Carrying Book, a journal of the year"],
              ["Leader", "Rosalind Ashby, Chair of the College of Tutors"]])
band(t, 0, "The course in one page", fill="D9C9A8")

H(d, "Who we are", 1)
P(d, "The Vales Fellowship brings together eleven Steiner Waldorf schools in the south-west Midlands, from "
     "kindergartens of twenty children to an upper school of three hundred. Our schools are independent, "
     "but for twelve years they have worked alongside the maintained schools around them: sharing INSET "
     "days, exchanging visits and, since 2005, running a joint programme for teaching assistants with "
     "Wealdshire County Council. The Bridge Course grows out of that work. It is planned and taught by the "
     "Fellowship's College of Tutors, with the SEN advisory teams of Wealdshire and Ashfold County Councils, "
     "and it is validated by the School of Education of the University of Stroudwater, which awards the credit.")

H(d, "What the course is for", 1)
P(d, "The Bridge Course exists to raise the achievement and well-being of children and young people with "
     "special educational needs and disabilities in the schools our participants serve. By achievement we "
     "mean more than marks: that the children are healthy, safe, enjoy their learning and achieve in it, "
     "make a positive contribution and are on their way to economic well-being. The aims of each Block, the "
     "content of each Gathering and every piece of assessed work are set against that purpose. Every "
     "assessed piece asks the participant to show what has changed for particular children because of "
     "their work, and the assessment criteria for each piece give a quarter of the marks to that evidence.")
P(d, "Our schools start from the picture of the whole child, and the course does the same. We believe that "
     "every child carries something that is theirs to bring into the world, and that the task of the "
     "teacher is to make room for it. That belief is ours; the course asks participants to test it against "
     "the evidence of their own classrooms.")

H(d, "Before the year begins: the summer term", 1)
P(d, "Who may join", bold=True)
P(d, "The course is for teachers with Qualified Teacher Status who are new to the role of SENCO, or who "
     "will take it up during the year, in a maintained school in Wealdshire or Ashfold or in a member "
     "school of the Fellowship. Teachers in Steiner Waldorf schools without QTS may join if they hold the "
     "Fellowship's recognised teacher training and have taught for at least two years. Each applicant sends "
     "the application form with a letter from the headteacher (or, in our schools, from the College chair) "
     "which confirms that the applicant holds or will hold the SENCO role, will have time for the course, "
     "and will be able to carry out a Practice Enquiry in the school.")
P(d, "Every applicant is interviewed by two tutors, one from each side of the bridge. The interview asks "
     "about the applicant's experience with children with special educational needs, and the applicant "
     "brings a short written account of one child they have taught. The tutors judge from both whether the "
     "applicant has the knowledge, understanding and skills to meet the outcomes by St John's. An "
     "applicant who is not yet ready is told in writing what to do first (most often a term's work "
     "alongside an experienced SENCO, or the Fellowship's short course in observing children), and the "
     "tutors speak with the headteacher about it; such applicants are offered a place the following year.")
p_crb = P(d, "Participants are teachers in post, and their schools have made the usual checks before they "
             "began to teach.")
comment(d, p_crb, "We do ask heads to confirm the date of the enhanced CRB disclosure on the nomination letter - "
                  "and we check List 99 for our own schools. Shall I add this?", "Tom Keable", "TK")
P(d, "Credit for what you bring", bold=True)
runs(d, ["Much of what our participants know was learned on the job, and the course is built to honour it. ",
         ("ins", "Up to 20 of the 60 credits may be accredited from prior certificated study or from experience, "
                 "through the University of Stroudwater's procedure for the accreditation of prior learning: the "
                 "participant prepares a claim mapped to the Threads with the Course Leader, and the claim is "
                 "assessed by two tutors and confirmed by the University's board.", *A1)])
deleted_paragraph(d, "Exceptionally, an experienced SENCO may be assessed on the three pieces without attending the "
                     "Gatherings, if the College agrees.", *A2)
P(d, "The Award is not given without the Gatherings. We believe that the course is the company of the "
     "Gatherings as much as the work, and we do not assess anyone who has not been part of it.")
P(d, "The Michaelmas Conversation", bold=True)
P(d, "Before the first Gathering each participant has an hour with their tutor, the Michaelmas Conversation, "
     "about what you bring: the children you have taught, the courses you have taken, what you enjoy and "
     "what you fear in the SENCO's work. From it the tutor and the participant write a Study Plan of one "
     "page, which names the reading to begin with, the Companion who will suit you and the child who may "
     "become your Child Picture. The Study Plan is looked at again at Candlemas.")

# ---------------- Michaelmas
H(d, "Michaelmas  ·  29 September", 1)
text_box(d, [("Michaelmas", True, False),
             ("The harvest is gathered in; now the work of the year begins. What we have carried through the summer "
              "we bring into the light of the autumn, and we meet the children again with fresh eyes.", False, True)],
         height="70pt")
P(d, "Block I: Seeing the child", bold=True)
P(d, "The first Block is about looking. Participants learn to describe a child before they explain the "
     "child: to observe over time, to write what they see without judging it, and to bring the picture to "
     "colleagues. Alongside the Steiner Waldorf picture of development in seven-year phases, participants "
     "study the accounts of child development they will meet in the maintained sector: language "
     "development, attachment, the development of attention and memory, and the ways that disability, "
     "poverty, illness and the physical and social environment of the classroom can hold a child's "
     "development back or carry it forward. The Every Child Matters outcomes are introduced here, with the "
     "SENCO's part in each, and they run through the year.")
P(d, "The second Michaelmas Gathering is given to families. Participants study how to build fair, warm and "
     "honest relationships with children and with their parents or carers; how to share difficult news "
     "about a child; how to listen to a parent who disagrees; and how to plan with parents rather than for "
     "them. A parent from each county's parent partnership service leads the afternoon with the tutor, "
     "and participants practise a first meeting with a parent in threes, one of them observing.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["1", "Sat 4 October 2008", "Elmcote Steiner School", "Seeing the child; development; Every Child Matters"],
          ["2", "Fri 24 October 2008", "Hawbridge Primary School, Wealdshire", "Children and families: relationships and partnership with parents"]])
P(d, "Work in hand", bold=True)
bullets(d, ["Begin the Carrying Book: a page for each week.",
            "Choose the child for the Child Picture, with the family's agreement and the headteacher's.",
            "Meet your Companion for the first time."])
P(d, "Companions", bold=True)
P(d, "Each participant has a Companion, an experienced SENCO or teacher from the other kind of school, who "
     "meets the participant six times in the year and visits the participant's school twice. Companions "
     "are prepared for the role at a Companions' Day at Michaelmas, led by the Course Leader, and they work "
     "from the Companions' Handbook, which sets out what a Companion does and does not do: a Companion "
     "listens, observes, questions and gives an honest view, and writes a short note after each visit; a "
     "Companion does not mark. Companions are paid for six half-days by the Fellowship.")

# ---------------- Martinmas
H(d, "Martinmas  ·  11 November", 1)
text_box(d, [("Martinmas", True, False),
             ("The lantern walk: each carries a small light into the dark, and shares it.", False, True)],
         height="55pt")
P(d, "Block II: The law and the school", bold=True)
P(d, "The third Gathering is given to the law and to national policy. Participants study the Education Act "
     "1996 as it bears on special educational needs, the SEN Code of Practice and its graduated response, "
     "statutory assessment and statements, annual reviews, the Special Educational Needs and Disability Act "
     "2001, Removing Barriers to Achievement and the current guidance on inclusion, and what each asks of a "
     "school, a SENCO, a governing body and a local authority. For participants from our own schools the "
     "Gathering also sets out how the Code applies to an independent school and to a child with a "
     "statement placed in one.")
P(d, "The fourth Gathering is the Gathering of the services. An educational psychologist from Ashfold, a "
     "speech and language therapist from the Wealdshire primary care trust, an advisory teacher for "
     "children with sensory impairment and a worker from a local autism charity each take a part of the "
     "day, and participants learn what each service does, how a school asks for its help, and how to work "
     "with it so that support for a child is joined up rather than scattered. In the afternoon participants "
     "turn to their own week: how a SENCO decides what comes first, what can wait and what can be handed "
     "to someone else, and how to make sure that what is handed on is done.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["3", "Sat 15 November 2008", "Ashfold Teachers' Centre", "The law, the Code of Practice and national policy"],
          ["4", "Fri 28 November 2008", "Wyndholm Steiner School", "The services around the school; the SENCO's week"]])
P(d, "Work in hand", bold=True)
bullets(d, ["Write in the Carrying Book about one service you have worked with this term, and what you would do differently.",
            "Keep a record of one week of your SENCO time: what you did, what you handed on."])
P(d, "In our own schools the children are asked for their views at class meetings, and older pupils take "
     "part in the school council. We would like to add a strand on listening to children to the course in "
     "a later year.")

# ---------------- Advent
H(d, "Advent  ·  from 30 November", 1)
text_box(d, [("Advent", True, False),
             ("We walk the spiral of greenery to the light at its heart, and return carrying our own candle.", False, True)],
         height="55pt")
P(d, "Block II continued: Knowing the needs", bold=True)
P(d, "The fifth Gathering is given to the most common kinds of special educational need and disability: "
     "behavioural, emotional and social difficulties; specific learning difficulties, dyslexia among them; "
     "speech, language and communication needs; the autistic spectrum; and moderate learning difficulties. "
     "For each, participants study what the need is, how it shows itself in the classroom, and how it can "
     "affect a child's learning, friendships and well-being. In the afternoon the tutor from Ashfold's "
     "inclusion team leads a session on disability equality: the Disability Discrimination Act as amended "
     "in 2005, the disability equality duty, accessibility plans, and the reasonable steps a school must "
     "take for a disabled pupil.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["5", "Sat 6 December 2008", "Kingsmead Community School, Ashfold", "The common needs; disability equality"]])
P(d, "There is no Gathering between Advent and Epiphany. Participants finish the first draft of the Child "
     "Picture over the holiday and send it to their tutor, who returns written comments by 9 January.")

# ---------------- Candlemas
H(d, "Candlemas  ·  2 February", 1)
text_box(d, [("Candlemas", True, False),
             ("Halfway between the dark and the spring: the first snowdrops, and the light returning.", False, True)],
         height="55pt")
P(d, "Block III: Teaching and assessing", bold=True)
P(d, "The sixth Gathering turns to teaching. Participants study approaches to assessment, planning, "
     "teaching and learning for children with special educational needs, and weigh them critically: "
     "observation and the child study, standardised tests and their limits, structured literacy and "
     "numeracy programmes, movement and rhythm, visual timetables, and the ways of planning a lesson so that "
     "a child with a particular need can take part in it. The Fellowship's schools do not use computers "
     "with younger children and the Bridge Course does not teach ICT approaches; participants who wish to "
     "learn about them are referred to the county ICT advisers.")
P(d, "Participants then learn to use what others have found about a child: how to read an educational "
     "psychologist's report, a therapist's assessment or a paediatrician's letter and turn it into "
     "something a class teacher can use on Monday. They learn to identify pupils who may have special "
     "educational needs from observation, from their own assessments and from school data; to set targets "
     "that stretch the child; to plan interventions that remove barriers; and to review progress with the "
     "child's teachers. For participants from maintained schools a part of the afternoon is given to the "
     "national tests and teacher assessments, and to tracking progress with them.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["6", "Sat 31 January 2009", "Elmcote Steiner School", "Approaches to assessment, planning and teaching; using others' assessments; targets and review"]])
P(d, "The Child Picture", bold=True)
P(d, "The first assessed piece is due on Candlemas. The Child Picture is a study of one child with special "
     "educational needs or a disability, of 4,000 words. It describes the child as observed over a term; "
     "sets out the child's development and what has affected it; draws on the assessments of at least two "
     "other professionals; names the child's needs and how they affect learning; describes how the "
     "participant has worked with the parents or carers; and sets targets, plans an intervention and "
     "reviews its effect against the child's Every Child Matters outcomes. The Child Picture is marked by "
     "the tutor against published criteria and second-marked.")
P(d, "At Candlemas the tutor and participant look again at the Study Plan, in the light of the Child Picture "
     "and the Carrying Book.")

# ---------------- Easter
H(d, "Easter  ·  12 April", 1)
text_box(d, [("Easter", True, False),
             ("The seed that was buried is not lost. What looked finished begins again.", False, True)],
         height="55pt")
P(d, "Block IV: Leading provision", bold=True)
P(d, "The seventh and eighth Gatherings move from the child to the school. Participants learn to map the "
     "provision their school makes, to cost it, and to find where it is not working or not there at all; to "
     "deploy and manage teaching assistants and other staff so that their time reaches the children who "
     "need it; and to review the effectiveness of provision with colleagues so that what they find feeds "
     "the school's self-evaluation and its improvement plan. The principles of school self-evaluation are "
     "taught from the Ofsted framework and from the College's own review cycle in our schools.")
P(d, "The eighth Gathering is for leading. Participants study how a SENCO, working with the headteacher, "
     "senior colleagues and governors, advises on and influences the school's inclusive ethos, its SEN "
     "policy, its priorities and the use of its resources; and how to win the commitment of colleagues and "
     "the head to the children's progress. Two headteachers, one from each side of the bridge, speak about "
     "what they need from a SENCO.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["7", "Fri 6 March 2009", "Hawbridge Primary School, Wealdshire", "Provision mapping; deploying staff; reviewing provision and self-evaluation"],
          ["8", "Sat 28 March 2009", "Wyndholm Steiner School", "Leading: ethos, policy, governors and the commitment of colleagues"]])
P(d, "The Provision Study", bold=True)
P(d, "The second assessed piece, due after Easter, is a study of the provision for children with special "
     "educational needs in the participant's own school, of 4,000 words with a provision map. It maps the "
     "provision, identifies what is ineffective or missing, describes how staff are deployed and proposes "
     "changes, reports a review of one area of provision carried out with colleagues, and shows how its "
     "findings will inform the school's self-evaluation. It draws on the services the school uses and says "
     "how the school could use them better. It is marked against published criteria and second-marked.")

# ---------------- Whitsun
H(d, "Whitsun  ·  31 May", 1)
text_box(d, [("Whitsun", True, False),
             ("Each speaks in their own tongue, and each is understood.", False, True)],
         height="50pt")
P(d, "The ninth Gathering is about helping colleagues to grow. Participants practise observing a lesson and "
     "giving feedback, modelling a strategy in a colleague's class, coaching and mentoring, and planning "
     "and leading a short training session for staff. They study how to encourage colleagues to use "
     "formative assessment with all their pupils, and what formative assessment looks like for a child with "
     "a particular need. The afternoon is given to research: how to find it, how to read it critically, and "
     "how to use it, and the advice of outside specialists, to improve one's own practice and that of "
     "colleagues.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["9", "Fri 5 June 2009", "Kingsmead Community School, Ashfold", "Coaching, mentoring and training colleagues; formative assessment; using research"]])
P(d, "The Practice Enquiry and the Whitsun Sharing", bold=True)
P(d, "The Practice Enquiry is the heart of the year. Each participant leads a change in provision in their "
     "own school, over at least two terms, and writes it up in 6,000 words. The change must involve "
     "colleagues: the participant wins the support of the headteacher and senior leaders for it, coaches at "
     "least one colleague through it, and works with the governor responsible for special educational "
     "needs. The participant reviews research on the change, takes baseline measures of the children's "
     "learning and well-being before it begins and measures them again at the end, and judges what "
     "difference the change made. A reflective closing section sets out what the participant still needs to "
     "learn.")
P(d, "At the Whitsun Sharing each participant presents the Practice Enquiry to a small group of "
     "participants, tutors and Companions, for twenty minutes, and answers questions for ten. The "
     "presentation is marked by two tutors against published criteria for clear speaking, listening and "
     "responding to questions, and counts for a fifth of the Practice Enquiry's mark.")

# ---------------- St John's
H(d, "St John's  ·  24 June", 1)
text_box(d, [("St John's", True, False),
             ("At midsummer the fire is lit on the hill. We look back over the year, and look out beyond it.", False, True)],
         height="55pt")
P(d, "The tenth Gathering closes the year. In the morning participants share their Practice Enquiries with "
     "the Companions and headteachers. In the afternoon each participant has an Onward Conversation with "
     "the tutor: they look at the Carrying Book and at the year's work, and write an Onward Plan of "
     "professional targets for the next two years, which the participant takes to the headteacher for the "
     "school's performance management review. The Onward Plan names a next step in study, and the "
     "University's MA in Education, to which the 60 credits carry forward, is explained.")
table(d, [["Gathering", "Date", "Place", "Theme"],
          ["10", "Sat 27 June 2009", "Elmcote Steiner School", "Sharing; the Onward Conversation"]])
P(d, "The Examination Board", bold=True)
P(d, "The University's Examination Board for the Bridge Course meets in July. The Award is given only to a "
     "participant who has passed all three assessed pieces and has shown every one of the Threads; a "
     "participant who has not is told which Threads are still to be shown and may resubmit once, by "
     "Michaelmas.")

# ---------------- Threads
H(d, "The Threads", 1)
P(d, "The Threads are the national minimum outcomes, in our own words. \"Woven in\" says where the course "
     "develops each Thread; \"Shown in\" says where the participant shows it and it is judged. Key: CP Child "
     "Picture; PS Provision Study; PE Practice Enquiry; WS Whitsun Sharing; CB Carrying Book (kept, not "
     "marked); G1-G10 the Gatherings.")
rows = [["Thread", "In our words", "Woven in", "Shown in"],
        ["R", None, None, None],
        ["R1", "Meeting children and their families with warmth, fairness and respect", "G2", "CP"],
        ["R2", "Winning colleagues and the head to the children's cause", "G8", "PE"],
        ["R3", "Ordering the SENCO's week: what comes first, what can be handed on and checked", "G4", "CB (kept, not marked)"],
        ["R4", "Seeing problems coming, deciding well, judging provision soundly", "G6, G7", "PS, PE"],
        ["R5", "Speaking and writing clearly; listening to others and understanding them", "All Gatherings", "WS; all written pieces"],
        ["R6", "Using research and outside advice to improve one's own and colleagues' practice", "G9", "PE"],
        ["R7", "Keeping up to date and taking charge of one's own learning", "Left to each participant", "PE (closing section)"],
        ["U", None, None, None],
        ["U1", "The law, the Code of Practice and national policy on SEN, and putting them into practice", "G3", "CP, PS"],
        ["U2", "Every Child Matters and the SENCO's part in it", "G1", "CP"],
        ["U3", "Disability equality law and what it asks of a school", "G5", "-"],
        ["U4", "How children develop, and what helps or hinders development", "G1", "CP"],
        ["U5", "The common needs and how they affect learning", "G5", "CP"],
        ["U6", "Approaches to assessment, planning, teaching and learning, critically weighed", "G6", "CP"],
        ["U7", "School self-evaluation and improvement for children with SEN", "G7", "PS"],
        ["U8", "Best practice and research in meeting special educational needs", "G9", "PE"],
        ["U9", "The services around the school and how to get their help", "G4", "PS"],
        ["D", None, None, None],
        ["D1", "With the head and governors, shaping an inclusive ethos, policy and use of resources", "G8", "PE"],
        ["D2", "Identifying children, setting targets, planning interventions, reviewing progress", "G6", "CP"],
        ["D3", "Using other professionals' assessments in teaching", "G6", "CP"],
        ["D4", "Using national tests and summative assessment to track progress", "G6 (maintained-school participants)", "-"],
        ["D5", "Helping colleagues to use formative assessment", "G9", "PE"],
        ["D6", "Arranging in good time for pupils' access arrangements in tests and examinations", "G6", "PS"],
        ["D7", "Provision mapping; finding what is ineffective or missing", "G7", "PS"],
        ["D8", "Deploying and managing staff", "G7", "PS"],
        ["D9", "Observing, coaching, mentoring and training colleagues", "G9", "PE"],
        ["D10", "Reviewing provision with colleagues to inform self-evaluation", "G7", "PS"],
        ["D11", "Children's part in their own plans", "To be woven in from 2009-10", "-"],
        ["D12", "Working with parents and carers", "G2", "CP"],
        ["D13", "Working with other services and voluntary organisations", "G4", "CB (kept, not marked)"]]
t = table(d, rows)
band(t, 1, "R  ·  The teacher as a person among others (professional attributes)")
band(t, 9, "U  ·  What the SENCO knows and understands")
band(t, 19, "D  ·  What the SENCO does (professional skills)")
delete_row(t, 25, *A2)
p = P(d, "A Thread shown only in the Carrying Book is discussed with the tutor at the Onward Conversation.", italic=True)
comment(d, p, "D6 came out because the Steiner schools don't enter children for SATs - do we need something for the maintained participants?",
        "Rosalind Ashby", "RA")

# ---------------- Keeping faith
H(d, "Keeping faith: how the Fellowship looks after the course", 1)
P(d, "The College of Tutors", bold=True)
P(d, "The course is taught by the College of Tutors: four tutors from the Fellowship and two from the county "
     "advisory teams. Rosalind Ashby, the Course Leader, was SENCO of Elmcote Steiner School for nine years "
     "and holds an MA in Special and Inclusive Education; Dr Hugh Penrose, formerly an educational "
     "psychologist in Ashfold, teaches Blocks II and III; Mary Oduya and Christoph Lanz are class teachers "
     "with the Fellowship's diploma in learning support; Alison Trent (Wealdshire) and Gareth Pym (Ashfold) "
     "are senior advisory teachers for SEN who have been SENCOs in primary and secondary schools. Each tutor "
     "spends at least five days a year in schools outside their own and attends one national SEN conference "
     "a year, and the College reads and discusses one new piece of research at each of its meetings.")
P(d, "Specialists and placements", bold=True)
P(d, "The course draws on specialists beyond the College: the educational psychologist, therapists, "
     "advisory teachers and charity workers of the fourth Gathering, the parent partnership officers of the "
     "second, the headteachers of the eighth, and the University's lecturers in inclusive education, who "
     "teach in Block III. Until 2007 our Foundation Course in Curative Education placed every student for a "
     "week in a Camphill community. We had hoped to arrange a placement day in a school of the other kind for "
     "each Bridge participant, but this has not been possible this year.")
P(d, "Resources", bold=True)
P(d, "Participants use the University of Stroudwater's library, online journals and inclusive education "
     "collection with a University card. The Fellowship's resource room at Elmcote holds the College's "
     "collection of books, assessment materials and teaching resources for special educational needs, "
     "which participants may borrow. The county SEN teams lend assessment kits, and Wealdshire's assistive "
     "technology service lends specialist equipment and software to participants' schools for use in the "
     "Practice Enquiry.")
P(d, "Marking and moderation", bold=True)
P(d, "Every assessed piece is marked by the tutor against the published criteria and second-marked by a tutor "
     "from the other side of the bridge. The College meets after each hand-in to moderate a sample of each "
     "tutor's marking, and the external examiner appointed by the University, a senior lecturer in SEN at "
     "another university, sees a sample of every piece and all fails and distinctions before the Examination "
     "Board. Tutors and Companions meet at a standardising session each Michaelmas, working from marked "
     "examples of each piece.")
P(d, "How we learn from each year", bold=True)
P(d, "Every Gathering ends with a written evaluation by participants, which the College reads at its next "
     "meeting. Companions' visit notes are read each term. The external examiner reports each year, and the "
     "University's annual monitoring reviews the course against its standards. In July the St John's Review "
     "brings the College, Companions and the University's link tutor together to read all of this evidence "
     "and agree changes for the next year, which are recorded with their reasons and reported back to the "
     "following cohort at Michaelmas.")
P(d, "Participants rate their own confidence against each of the Threads at the Michaelmas Conversation and "
     "again at the Onward Conversation, and the College compares the two ratings across the cohort. We "
     "trust that the children our participants teach will be the better for the course.")
P(d, "What our partners told us, and what they do", bold=True)
text_box(d, [("What the heads told us", True, False),
              ("In the spring of 2008 the two county councils sent a questionnaire to every maintained school in "
               "Wealdshire and Ashfold (214 replies), and the Fellowship asked the College of every member school. "
               "Heads asked above all for a course that could be done without losing a teacher for whole weeks, that "
               "dealt with the SENCO as a leader and not only as a specialist teacher, and that taught SENCOs to use "
               "the county services well. Our own schools asked for a full grounding in the Code of Practice.", False, False),
              ("Because of what they told us we moved from a five-day summer school to ten single Gatherings, added "
               "the Gathering of the services and the eighth Gathering on leading, and gave the law a whole day. Two "
               "heads sat with the College when the Blocks were planned.", False, False)],
         height="190pt")
P(d, "Maintained schools in both counties host half of the Gatherings, and their SENCOs serve as Companions. "
     "We hope that the county advisers will join the St John's Review in future years and tell us what they "
     "see of the course's effect in their schools.")
P(d, "Access and equality", bold=True)
P(d, "Every person who wishes to learn is welcome on the Bridge Course. Our Gatherings are held in buildings "
     "with level access, and we choose host schools with that in mind.")
P(d, "Times and ways of study", bold=True)
P(d, "The course is taught part time, in ten single days, most of them Saturdays or Fridays, so that "
     "participants lose as little time with their classes as possible. It has one start, at Michaelmas, and "
     "its Blocks are taken in order. A January start will be offered if twelve or more teachers apply. The "
     "Bridge Course has no online element. The University's own postgraduate students use its virtual "
     "learning environment, but we have chosen to meet face to face, and tutors answer participants' "
     "questions between Gatherings by letter, telephone or at a Companion's visit.")
P(d, "What it costs", bold=True)
P(d, "The fee is £1,350, of which the University receives £400 for validation and registration. Places for "
     "maintained-school teachers are funded through the counties, and the Fellowship's schools pay for "
     "their own. Because Gatherings are held in schools, the course pays no room hire, and the fee has been "
     "kept below that of comparable University courses. Tutors adjust reading and the choice of Child Picture "
     "and Practice Enquiry to each participant's school and Study Plan.")
P(d, "Keeping up with what is new", bold=True)
P(d, "The course is revised each summer to reflect current thinking, and the Fellowship's long tradition of "
     "child study remains at its heart.")
P(d, "— Rosalind Ashby, for the College of Tutors, Michaelmas 2008", italic=True)

d.save(OUT)
print("wrote", OUT)
