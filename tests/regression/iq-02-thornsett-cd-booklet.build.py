"""iq-02-thornsett-cd-booklet: build script.

Provider (invented): Thornsett County Music Service, Inclusion and SEN Team, with the
Royal Ashby Conservatoire validating its Award for new SENCOs, early 2009.

Document kind and layout: the booklet of a CD, "Common Ground", recorded by the pilot
group of new SENCOs and their pupils in 2007-08, sent as a "panel edition" in which the
liner notes also describe the Award as it will run from September 2009. It keeps a CD
booklet's parts: a cover panel, a credits block, a track list table ("No. | Title | Made
at | Time"), a foreword by the Head of Service, twelve track notes (each track was made
at one of the twelve workshops; each note tells how the track was made in the pilot,
past tense, then "In the Award:" what the workshop now is), "The band" (tutors' bios),
"Guest players" (visiting specialists), "Mastering" (how marks are checked), the inlay
card ("The Award at a glance", a two-column table with a merged shaded row), "Thanks"
(stakeholders and what they changed) and a "Hidden track" outcome table ("As we put it |
Where you'll hear it | Where it's judged") with merged shaded band rows. No heading
styles: part titles are bold capitals in Normal paragraphs. Two text boxes (a note for
the panel; the song's words). Three footnotes (one carries the external examiner).
Header and footer (the footer's blanket claim is not evidence). Tracked changes: one
deletion (exam access arrangements) and one insertion (second marking).

Traps (requirement ids):
- No credit for earlier study: "We do not give credit for earlier study or experience"
  -> 2.1 not_met.
- The award rule compensates and counts attendance: "it is not necessary to pass every
  Take or to show every outcome" -> 6.0 not_met; with outcomes "Not judged" -> 1.9
  partially_met.
- Assessment-only route left to the Conservatoire ("the details and fees are the
  Conservatoire's") -> 2.3 partially_met (someone else's arrangement, no detail).
- "Tuning Up" rates participants against the outcomes, but "there are no individual
  training plans" -> 2.2 partially_met; the same twelve workshops for all -> 2.4
  partially_met.
- One mode, fixed Tuesday evenings; only catch-up with the next group -> 3.2
  partially_met. No e-learning ("There is no online part") -> 3.3 not_applicable.
- Research only in general terms ("the latest thinking") -> 1.3 partially_met.
- Consulting pupils: Track 5's "listening" is listening to pupils' music (wrong context);
  the pilot's pupil interview panel is past; only one thin task remains -> 1.5
  partially_met; 6.S7 partially_met (heard in Track 5, "Not judged").
- Entry: any teacher who is or will be a SENCO, head signs; no check of prior knowledge
  -> 5.2 partially_met.
- Placements: the pilot's day at Abbeyfield School was past; "There is no placement in
  the Award"; guest specialists remain -> 5.5 partially_met.
- Impact on pupils: confidence scales only; "we do not ask participants to measure their
  pupils' progress" -> 5.9 partially_met.
- Exam access arrangements only in a tracked DELETION in Track 9's note -> 6.S2d not_met.
- School self-evaluation "is a matter for your school's improvement partner and is not
  part of this Award" -> 6.K7 not_met.
- Time management and delegation appear nowhere -> 6.A3 not_met.
- Child development judged in the Case Study but heard nowhere ("-") -> 6.K4
  partially_met. Research for practice heard in Track 7 but "Not judged" -> 6.A6
  partially_met. Summative tracking taught but "Not judged" -> 6.S2b partially_met.
- Met despite appearances: CRB checks by the Service's Admissions Officer, with new
  disclosures for those out of school three months (5.3); the external examiner appears
  only in a footnote but second marking and Conservatoire moderation are in the body
  (5.8); the second-marking sentence is a tracked INSERTION (part of the submission);
  stakeholders on the Award Committee that reviews the evaluation (4.3).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _iq_helpers import (new_document, set_header_footer, para, add_run, table, band_row, shade,
                         ins_run, del_run, text_box, Footnotes, word_count)

HERE = Path(__file__).resolve().parent
NAME = "iq-02-thornsett-cd-booklet"

doc = new_document("Georgia", 10)
fn = Footnotes(doc)
set_header_footer(doc, "COMMON GROUND  |  CD booklet  |  panel edition, February 2009",
                  "Every outcome of the National Award is covered.  (P) & (C) 2008 Thornsett County Music Service. TCMS 014")


def title(text):
    return para(doc, text, bold=True, size=12)


para(doc, "THORNSETT COUNTY MUSIC SERVICE  ·  INCLUSION AND SEN TEAM", bold=True, size=9)
para(doc, "COMMON GROUND", bold=True, size=28)
para(doc, "Twelve tracks made by new SENCOs and their pupils", italic=True, size=13)
para(doc, "Booklet: panel edition", bold=True)

text_box(doc, [
    ("For the panel", True),
    ("This booklet went out with the Common Ground CD to every school in Thornsett in the summer of 2008. The CD "
     "was made during our pilot course for new SENCOs, one track at each of the twelve workshops. For this edition "
     "we have kept the liner notes as they were and added, under each track, what that workshop is in the Award "
     "we are asking you to approve, which begins in September 2009.", False),
    ("Dr Ceri Walsh, Head of Inclusion and SEN, Thornsett County Music Service", False),
], height_emu=1600000)

title("CREDITS")
para(doc, "Produced by the Inclusion and SEN Team of Thornsett County Music Service. Played by the pilot group of "
     "eighteen new SENCOs and pupils from their schools. Recorded at Thornsett Music Centre, Abbeyfield School and "
     "Moor Lane Primary School between October 2007 and June 2008. Mixed at the Royal Ashby Conservatoire.")

title("TRACK LIST")
table(doc, [
    ["No.", "Title", "Made at", "Time"],
    ["1", "Overture in Code", "Workshop 1: the law and the role", "3:12"],
    ["2", "Who's Who", "Workshop 2: leading from the middle", "2:48"],
    ["3", "Five Voices", "Workshop 3: the common kinds of SEN", "4:05"],
    ["4", "Score Reading", "Workshop 4: identifying and assessing", "3:30"],
    ["5", "Listening", "Workshop 5: listening to children", "5:16"],
    ["6", "Call and Response", "Workshop 6: parents and carers", "3:02"],
    ["7", "Arrangement", "Workshop 7: teaching for everyone", "3:44"],
    ["8", "Map", "Workshop 8: provision and people", "2:55"],
    ["9", "Ensemble", "Workshop 9: other services", "4:21"],
    ["10", "Masterclass", "Workshop 10: developing colleagues", "3:38"],
    ["11", "Improvisation", "Workshop 11: when things go wrong", "4:10"],
    ["12", "Coda", "Workshop 12: the Gig", "6:02"],
])

title("FOREWORD")
para(doc, "Music is how many of the children we work with tell us things. For twenty years the Inclusion and SEN "
     "Team has taken music into Thornsett's special schools, units and mainstream classrooms, and in that time we "
     "have worked beside hundreds of SENCOs. When the national Award for new SENCOs was announced we decided to "
     "offer one, with the Royal Ashby Conservatoire, which has validated our teachers' courses since 1999.")
para(doc, "The Award has one aim: to raise the achievement of children and young people with SEN and disabilities "
     "and to improve their well-being in all five Every Child Matters outcomes, being healthy, staying safe, "
     "enjoying and achieving, making a positive contribution and achieving economic well-being. Every workshop "
     "ends with a take-home task in the participant's own school, and each of the three pieces of assessed work, "
     "which we call Takes, is judged first on what it shows has changed for pupils.")
para(doc, "We believe every child can make music, and every child can learn. Our workshops draw on the latest "
     "thinking about special educational needs, and our tutors bring it with them from their own work.")
para(doc, "Ceri Walsh")

text_box(doc, [
    ("COMMON GROUND (words by the pilot group)", True),
    ("We came in from eighteen schools / with eighteen different maps / and found the ground was common / "
     "when we listened in the gaps.", False),
], height_emu=900000, fill="FFFFFF")

title("ABOUT THE PILOT")
para(doc, "The pilot ran from October 2007 to June 2008 with eighteen SENCOs from fourteen primary, three secondary "
     "and one special school. It was not accredited: we ran it to find out what new SENCOs in Thornsett needed, "
     "and to test whether a course built round making music together could also be a serious course about "
     "leading provision. We think it could. Every workshop began with twenty minutes of playing, because playing "
     "together is the quickest way we know to get a room of tired teachers listening to one another, and every "
     "workshop ended with the group recording something. The recordings were rough; some of them are on this CD "
     "as they were made, and some were tidied up by students at the Conservatoire.")
para(doc, "Not everything worked. Some SENCOs found the playing hard at the end of a teaching day, and two of the "
     "evening workshops ran so late that we lost half the room. We learned to keep the playing short and the "
     "finishing time firm, and the Award keeps both lessons.")

title("HOW A WORKSHOP RUNS")
para(doc, "Each workshop in the Award follows the same order. From 4.30 there is tea and twenty minutes of playing "
     "for anyone who wants it; nobody has to play. At 5.00 the tutor reviews the take-home task from the last "
     "workshop in small groups of four, and each group reports one thing it learned. From 5.30 to 6.45 the "
     "workshop's main content is taught, usually with a guest, and always with a case or a problem from a "
     "Thornsett school to work on. From 6.45 the group records a short piece, sets the next take-home task and "
     "writes the Listening Log entry, and we finish at 7.30 sharp. Papers for each workshop are posted to "
     "participants a week ahead, and the slides are handed out on paper at the end.")
title("THE TRACKS")

tracks = [
    ("1  OVERTURE IN CODE",
     "Recorded at the first workshop, when the group set the SEN Code of Practice to a ground bass and found that "
     "the statutory stages scan surprisingly well.",
     "Workshop 1 covers the SEN Code of Practice and the law behind it, the SEN and Disability Act 2001, the "
     "Disability Discrimination Act duties on schools and the Disability Equality Duty, Every Child Matters and "
     "the SENCO's part in it, and current government policy and initiatives, including Removing Barriers to "
     "Achievement and the Inclusion Development Programme. Take-home task: read your school's SEN policy against "
     "the Code."),
    ("2  WHO'S WHO",
     "A round for three groups: heads, SENCOs and teaching assistants. The pilot group wrote it after a long "
     "argument about who decides.",
     "Workshop 2 is about leading from the middle: how a SENCO gains the commitment of the headteacher and the "
     "senior team to improving outcomes for pupils with SEN, with two headteachers as guests. Take-home task: "
     "agree three priorities with your head."),
    ("3  FIVE VOICES",
     "Five melodic lines, one for each of the kinds of need the workshop was about, which only make sense "
     "together.",
     "Workshop 3 covers the most common kinds of SEN and disability, behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties, and how each can affect learning. "
     "Take-home task: choose the pupil for your Case Study."),
    ("4  SCORE READING",
     "Made from the noises of a SENCO's office: the photocopier, the phone, a pile of reports landing on a desk.",
     "Workshop 4 covers identifying pupils who may have SEN through observation, data and assessment; setting "
     "challenging targets, planning interventions and reviewing progress; reading the assessments of "
     "educational psychologists, therapists and other professionals and turning them into teaching approaches; "
     "tracking progress with summative assessments and national test data; and helping colleagues to use "
     "formative assessment with pupils with SEN. Take-home task: collect every assessment made of your Case "
     "Study pupil."),
    ("5  LISTENING",
     "The longest track, and the quietest. Pupils at Abbeyfield School led it and the SENCOs followed.",
     "Workshop 5 is about listening to children the way a music therapist listens: attending to a pupil's "
     "musical communication, waiting, and answering what the pupil plays rather than what we expected. It is "
     "also about building fair, warm and respectful relationships with pupils with SEN and their families. In "
     "the pilot, pupils from Abbeyfield's school council interviewed the SENCOs about how they ask pupils' views; "
     "the interview panel was not kept for the Award because the school could not release the pupils again. "
     "Take-home task: bring one pupil's view of their own support, collected however you like, to Workshop 6."),
    ("6  CALL AND RESPONSE",
     "A song in which one voice asks and the group answers, written with parents from the Thornsett Parent "
     "Carer Forum.",
     "Workshop 6 is about working in partnership with parents and carers: listening to families, sharing "
     "information, making reviews work for parents, and handling disagreement. It is co-led by a parent from "
     "the Forum and the Parent Partnership Service. Take-home task: plan a meeting with parents and review it "
     "with your school mentor."),
    ("7  ARRANGEMENT",
     "One tune arranged five ways, for five different classes.",
     "Workshop 7 covers approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT and specialist technology such as switch access, Clicker 5 and Soundbeam, and how to judge "
     "them critically against best practice and research on meeting SEN. Participants are shown how to use "
     "research evidence and outside advice to improve their own and colleagues' practice. Take-home task: try "
     "one approach with a class."),
    ("8  MAP",
     "A short piece built from a spreadsheet: each column of a provision map given to an instrument.",
     "Workshop 8 covers provision mapping and management, finding provision that is missing or not working, "
     "deploying and managing teaching assistants, and working with senior colleagues and governors on an "
     "inclusive ethos, on policy, on priorities and on the use of resources. Take-home task: draw your school's "
     "provision map."),
]
for head, pilot, award in tracks:
    para(doc, head, bold=True)
    para(doc, pilot, italic=True)
    p = para(doc, "")
    add_run(p, "In the Award: ", bold=True)
    add_run(p, award)

# Track 9 with a tracked deletion
para(doc, "9  ENSEMBLE", bold=True)
para(doc, "Recorded with visiting players from six services, who had never played together before. It shows.",
     italic=True)
p = para(doc, "")
add_run(p, "In the Award: ", bold=True)
add_run(p, "Workshop 9 covers the scope and role of external agencies and voluntary organisations and how to get "
    "specialist support and resources for pupils: the educational psychology service, speech and language "
    "therapy, CAMHS, Sensory Support, the Parent Partnership Service and the local branches of Mencap and the "
    "National Autistic Society all take part. ")
del_run(p, "Workshop 9 also covers identifying in good time the access arrangements pupils need for national "
        "tests and examinations, with the County's exams adviser. ", author="Ceri Walsh",
        date="2009-02-03T14:20:00Z")
add_run(p, "Take-home task: invite one service into your school.")

tracks2 = [
    ("10  MASTERCLASS",
     "Each SENCO taught the group one thing in two minutes. We kept the best fourteen.",
     "Workshop 10 covers supporting colleagues' professional development: observing teaching and giving advice "
     "and feedback, modelling, coaching and mentoring, and planning training; reviewing and evaluating the "
     "effectiveness of provision with other staff; and speaking and writing clearly for different audiences. "
     "Take-home task: observe a colleague and give feedback."),
    ("11  IMPROVISATION",
     "Nothing was planned. The group was given a problem and had to play its way out of it.",
     "Workshop 11 works through real problems brought by participants: anticipating them, weighing evidence and "
     "making sound decisions about provision. It also covers keeping up to date after the Award and taking "
     "charge of your own professional development. Take-home task: start your Listening Log's last entry."),
]
for head, pilot, award in tracks2:
    para(doc, head, bold=True)
    para(doc, pilot, italic=True)
    p = para(doc, "")
    add_run(p, "In the Award: ", bold=True)
    add_run(p, award)

para(doc, "12  CODA", bold=True)
p = para(doc, "Recorded live at the pilot's last workshop, in front of the heads.", italic=True)
fn.add(p, "Recorded at Thornsett Music Centre on 24 June 2008; the audience included eleven headteachers.")
p = para(doc, "")
add_run(p, "In the Award: ", bold=True)
add_run(p, "Workshop 12 is the Gig, where each participant presents their Project to the group, their head and a "
    "tutor. After the Gig each participant has a Coda tutorial with their tutor and their head, at which they set "
    "professional targets for the following year, write them on the Coda Plan and choose what they will do next: "
    "the Conservatoire's MA modules, a specialist qualification, leading a network, or further work in school. "
    "The Coda Plan goes to the head for the participant's performance management.")

title("THE TAKES")
para(doc, "The Award is assessed by three Takes.")
table(doc, [
    ["Take", "What it is", "Length", "When"],
    ["Case Study", "One pupil with SEN: their needs and development, every assessment made of them, what the school provides and what should change.", "3,000 words", "After Workshop 5"],
    ["Project", "A change the participant leads in their own school over a term with colleagues, written up as a report and presented at the Gig.", "5,000 words and a 15-minute presentation", "Workshop 12"],
    ["Listening Log", "A reflective log kept across the year, with an entry after every workshop and a closing review; marked pass or fail.", "About 2,000 words", "Workshop 12"],
])
para(doc, "The Award is made to participants who attend at least ten of the twelve workshops and gain an overall "
     "mark of 50 per cent across the three Takes. A strong Project can carry a weaker Case Study; it is not "
     "necessary to pass every Take or to show every outcome.")

title("MASTERING")
p = para(doc, "Every Take is marked by the participant's tutor against the Conservatoire's Level 7 assessment "
         "criteria. ")
ins_run(p, "A second tutor reads every fail, every mark above 70 and a sample of one in five of the rest. ",
        author="Ceri Walsh", date="2009-02-03T14:31:00Z")
add_run(p, "The Conservatoire's moderator then samples marked work from every tutor, and all marks are confirmed "
    "by the Conservatoire's Board of Examiners, which an external examiner attends.")
fn.add(p, "The external examiner for the Award is Dr Keith Armitage of the University of Wendham, appointed by the "
          "Conservatoire for four years from 2009.")
para(doc, "Tutors and school mentors come to a Band Call each September. Tutors spend a day going through the "
     "workshops, the take-home tasks and the assessment criteria, and mark two sample Case Studies together until "
     "they agree. School mentors come to the afternoon, where they are taken through their part (meeting the "
     "participant each half-term, reading the Project plan, and countersigning the Listening Log) and receive "
     "the Mentors' Notes.")

title("THE BAND")
table(doc, [
    ["Player", "Part", "Notes"],
    ["Dr Ceri Walsh", "Programme leader", "Head of Inclusion and SEN, Thornsett County Music Service. Formerly SENCO of two primary schools. PhD (Royal Ashby Conservatoire) on music and autistic pupils. Member of the county's SEN Strategy Group."],
    ["Tom Reddy", "Tutor", "Deputy head and SENCO of Moor Lane Primary School, still in post. MA in SEN (2005); OCR Certificate in teaching pupils with SpLD."],
    ["Annette Fry", "Tutor", "Senior Lecturer in Education, Royal Ashby Conservatoire; formerly head of a school for pupils with moderate learning difficulties. Current research on teaching assistants."],
    ["Gareth Moss", "Tutor", "Specialist teacher, Thornsett Autism Outreach Service; works in twenty schools a week."],
])
para(doc, "Every tutor is either in a school or service post now or researching in the field, and the Conservatoire "
     "checks their currency when it approves them to teach on its awards.")

title("GUEST PLAYERS")
para(doc, "Each workshop has guests: an educational psychologist, speech and language therapists, the Autism "
     "Outreach and Sensory Support teams, CAMHS, the Parent Partnership Service, two headteachers and a chair of "
     "governors. In the pilot, everyone also spent a day at Abbeyfield School, where the track Listening was "
     "made. There is no placement in the Award.")

title("KIT")
para(doc, "Participants may borrow from the Team's resource library at Thornsett Music Centre, open before every "
     "workshop: some 400 books on SEN and disability, standardised assessment kits, Boardmaker and Clicker 5 on "
     "four library laptops, switch-access instruments and a Soundbeam. The Conservatoire gives every participant "
     "a library card and access to its electronic journals for the year of the Award.")

title("THE INLAY: THE AWARD AT A GLANCE")
t = table(doc, [
    ["", ""],
    ["Award", "Postgraduate Certificate in SEN Coordination (the National Award for SEN Coordination)"],
    ["Validation", "Validated by the Royal Ashby Conservatoire: 60 credits at Level 7 (masters level). The Conservatoire approved the Award at its validation event on 14 January 2009."],
    ["Workshops", "Twelve, on Tuesdays from 4.30 to 7.30 at Thornsett Music Centre, September 2009 to June 2010"],
    ["Who it is for", "Any teacher who is a SENCO, or will be one by September 2009. The head signs the application form and names a school mentor."],
    ["Getting ready", "Before Workshop 1 every participant fills in Tuning Up, a questionnaire that rates them against every outcome. Tutors read it before the first workshop. Everyone follows the same twelve workshops; there are no individual training plans."],
    ["Earlier study", "We do not give credit for earlier study or experience: everyone plays the whole album."],
    ["Straight to Master", "The Conservatoire can arrange assessment without the workshops for very experienced SENCOs; the details and fees are the Conservatoire's, and enquiries go to its Registry."],
    ["Missed a workshop?", "Catch it up with the next group the following year."],
    ["Online", "There is no online part: the Award is made in the room."],
    ["Fee", "£1,050, paid by the school; the Service meets the fee for its own partner special schools."],
])
band_row(t, 0, "THE AWARD AT A GLANCE", fill="D9D9D9")

title("ACCESS")
para(doc, "We ask every applicant on the application form whether they have a disability or other need we should "
     "know about, and explain that we ask so that we can plan. Thornsett Music Centre has level access, lifts, "
     "hearing loops and an accessible toilet on each floor. We provide papers in large print or electronically, "
     "book BSL interpreters and note-takers, and agree adjustments to assessment (extra time, a recorded Listening "
     "Log, a seated Gig) with the participant and the Conservatoire before the first Take. Places are offered "
     "without regard to disability, and the same adjustments follow the participant to any visit.")

title("SAFEGUARDING")
para(doc, "Before a place is confirmed, the Service's Admissions Officer checks with the school the number and date "
     "of each participant's enhanced CRB disclosure and that the school has no concerns about their conduct. A "
     "participant who has not worked in a school in the last three months applies for a new enhanced disclosure "
     "through the Service before the first workshop. No place is confirmed until the check is recorded.")

title("HOW WE KNOW IT WORKS")
for s in [
    "Every participant fills in a workshop review at the end of each workshop; tutors read them the same week and change the next workshop where needed.",
    "At Tuning Up and again at the Gig participants rate their confidence on every outcome, so we can see how their confidence has grown.",
    "The Conservatoire's annual monitoring and the external examiner's report look at the Award every year.",
    "The Award Committee, which includes three headteachers, a parent from the Parent Carer Forum and a Conservatoire tutor, meets each July, reads the workshop reviews, the confidence ratings, the examiner's report and the marks, and agrees the changes for the next year in a written action plan.",
]:
    para(doc, "\u2022 " + s)
para(doc, "We do not ask participants to measure their pupils' progress: the music tells its own story, and pupils' "
     "progress is for their schools to track.")

title("THANKS")
para(doc, "The Award was shaped by the people who asked for it. In 2008 we asked every head and SENCO in Thornsett "
     "what a new SENCO needs (96 replies), held two evening meetings with the Parent Carer Forum, and read the "
     "pilot group's workshop reviews. Because heads told us they could not release staff in the day, the "
     "workshops are in the evening. Because SENCOs asked for more time on teaching assistants, Workshop 8 now "
     "gives half its time to them. Because the Forum asked to be heard, a parent co-leads Workshop 6. Thank you "
     "to them all, to the pupils of Abbeyfield School and Moor Lane Primary School, and to the headteachers who "
     "come as guests to Workshops 2 and 8.")

title("WHERE THE AWARD IS GOING")
para(doc, "School self-evaluation is a matter for your school's improvement partner and is not part of this Award.")

title("HIDDEN TRACK: THE OUTCOMES")
rows = [["As we put it", "Where you'll hear it", "Where it's judged"]]
groups = [
    ("WHO YOU ARE", [
        ("Fair, warm, respectful relationships with pupils with SEN and their families", "Tracks 5 and 6", "Case Study"),
        ("Winning the head and senior team to the cause", "Track 2", "Project"),
        ("Seeing problems coming and making sound decisions", "Track 11", "Case Study; Listening Log"),
        ("Speaking and writing clearly; listening to others", "Track 10", "All three Takes"),
        ("Using research and outside advice to improve practice", "Track 7", "Not judged"),
        ("Keeping up to date and owning your CPD", "Track 11", "Listening Log"),
    ]),
    ("WHAT YOU KNOW", [
        ("SEN law, the Code of Practice and putting them into practice", "Track 1", "Case Study"),
        ("Every Child Matters and the SENCO's part", "Track 1", "Project"),
        ("Disability equality law and what it requires", "Track 1", "Project"),
        ("How children develop, and what affects it", "-", "Case Study"),
        ("The common kinds of SEN and how they affect learning", "Track 3", "Case Study"),
        ("Approaches, strategies and resources including ICT", "Track 7", "Project"),
        ("Best practice and research in meeting SEN", "Track 7", "Project"),
        ("External agencies and getting their help", "Track 9", "Listening Log"),
    ]),
    ("WHAT YOU DO", [
        ("Influencing ethos, policy, priorities and resources with leaders and governors", "Track 8", "Project"),
        ("Identifying needs, setting targets, planning and reviewing", "Track 4", "Case Study"),
        ("Using other professionals' assessments", "Track 4", "Case Study"),
        ("Tracking progress with summative data and national tests", "Track 4", "Not judged"),
        ("Helping colleagues with formative assessment", "Track 4", "Project"),
        ("Provision mapping; finding missing or weak provision", "Track 8", "Project"),
        ("Deploying and managing staff", "Track 8", "Project"),
        ("Developing colleagues: observation, feedback, coaching, training", "Track 10", "Project"),
        ("Reviewing provision with other staff", "Track 10", "Project"),
        ("Pupils involved in planning and reviewing their provision", "Track 5", "Not judged"),
        ("Working with parents and carers", "Track 6", "Project"),
        ("Partnership with other services and voluntary organisations", "Track 9", "Project"),
    ]),
]
bands = []
for label, g in groups:
    rows.append(["", "", ""])
    bands.append((len(rows) - 1, label))
    rows.extend([list(x) for x in g])
t = table(doc, rows)
for i, label in bands:
    band_row(t, i, label, fill="FCE4D6")
p = para(doc, "Common Ground is available from Thornsett Music Centre, price £5, all proceeds to the Service's "
         "instrument fund.", italic=True)
fn.add(p, "Copies were sent free to every Thornsett school in July 2008.")

fn.save_part()
doc.save(str(HERE / f"{NAME}.docx"))
print(NAME, "words:", word_count(doc))
