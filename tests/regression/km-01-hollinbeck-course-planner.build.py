"""km-01-hollinbeck-course-planner

Provider (invented): Hollinbeck Golf Club Junior Academy & Schools Foundation, with Ellingford
University (validating), applying to run the 2008-09 National Award for SEN Coordination.

Document kind and layout: the programme written as the club's pocket COURSE PLANNER (a yardage
book). A cover block, a "How to read this planner" key that renames everything in golf terms
(Players = participants, Club Professionals = tutors, Caddies = school-based mentors, the Starter =
admissions, the Handicap Round = needs assessment, the Playing Card = individual training plan,
Greens G4/G8/G11/G14/G16/G18 = the marked pieces), then hole-by-hole pages (Holes 1-18, front nine
= module HGF-1, back nine = module HGF-2) each with a small merged-header stats table (Par = hours,
Yardage, Stroke Index) and prose including a "Pro's tip" line, then Local Rules, the 19th Hole, and
"The Card of the Course": the outcome table (28 rows, in the provider's own words, with merged
front/back-nine group bars), whose columns "Played on" and "Holed out at" and whose values
("Fairway only", "Practice ground", "Out of bounds", "GUR") are defined only in sentences above it.
No heading styles: titles are bold coloured Normal paragraphs. Page header and footer. The online
area is described only in a VML text box. Shaded cells.

Traps (requirement ids):
- E.2 met: "plays to a par of 60" is explained as 60 credits at Level 7 (masters) in the key.
- 1.5 not_met (wrong context): the only consulting of children is the Academy's "Junior Members'
  Forum", which consults junior golfers about the Academy's own coaching. 6.S7 not_met: "Out of
  bounds" on the Card.
- 1.9 partially_met: outcomes marked "Fairway only" / "Practice ground" are never marked.
- 2.3 not_met: negation ("The Foundation does not offer an assessment-only route") plus a past
  arrangement: the 2007-08 pilot's "Red tee" route "was withdrawn".
- 3.3 partially_met: e-learning ("The Clubhouse Online", text box only) has a peer forum and Caddie
  phone support between study days, but "Club Professionals do not monitor the forum".
- 4.3 partially_met: stakeholders deliver (guest speakers, host visits) but evaluation by them is only
  hoped for ("We would like headteachers ... to join").
- 5.3 not_met: CRB checks are on the Academy coaches and the Caddies (England Golf policy), not on
  players; "Players are not asked for disclosure details". The footer's "Players' CRB disclosures
  are checked by the Starter" is a footer, never evidence.
- 5.5 partially_met: specialist speakers yes; placement visit only "if the player's headteacher
  agrees and a place can be found".
- 5.6 partially_met: library and online area, but the specialist technology named is the Academy's
  "video swing-analysis suite" (wrong thing).
- 5.9 partially_met: participants' confidence measured pre/post; pupils' achievement only "we hope".
- 6.0 partially_met: award on holing out every green (all six marked pieces), which does not cover
  the outcomes left "Fairway only"/"Practice ground"; blanket claim "covers every national outcome".
- 6.A3, 6.K7, 6.S5 partially_met ("Fairway only"); 6.A7, 6.K4, 6.S2c partially_met ("Practice
  ground": feedback only); 6.S2d not_met ("GUR": Hole 15 rebuilt for 2009-10, a plan).
- 6.K7 also: the Foundation's own "Foundation self-review" is the provider's QA, not the outcome.
- 2.1 met (Yellow tees: up to 20 credits of prior M-level study accredited, and APEL by portfolio).
- 1.4, 6.K1, 6.K3 met (Hole 2). 5.8 met (second marking, University moderation, external examiner).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _km_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "km-01-hollinbeck-course-planner"
GREEN = "1F4E3D"

d = new_doc("Calibri", 10.5)
header_footer(d, "Hollinbeck Golf Club Junior Academy & Schools Foundation  |  Course Planner 2008-09",
              "Players' CRB disclosures are checked by the Starter. Please replace divots and repair pitch marks.")


def title(t, size=14):
    return para(d, t, bold=True, size=size, color=GREEN)


def hole(no, name, par, yards, si, text, tip):
    title(f"HOLE {no}  \u2013  {name.upper()}", 12)
    t = table(d, [["Par", "Yardage", "Stroke Index", "Nine"], [str(par), yards, str(si),
                  "Out (HGF-1)" if no <= 9 else "In (HGF-2)"]], widths=[3, 4, 3, 4], header_fill="DCE9D5",
              header_font="1F4E3D")
    for ptxt in text:
        para(d, ptxt)
    para(d, "Pro's tip: " + tip, italic=True)


# ---------------------------------------------------------------- cover
para(d, "HOLLINBECK GOLF CLUB", bold=True, size=20, color=GREEN, align="center")
para(d, "Junior Academy & Schools Foundation", bold=True, size=13, align="center")
para(d, "THE COURSE PLANNER", bold=True, size=24, color=GREEN, align="center")
para(d, "National Award for SEN Coordination  \u2022  Season 2008-09  \u2022  with Ellingford University",
     size=11, align="center")
para(d, "Submitted to the TDA as our application for approval to provide nationally accredited SENCO "
        "training. Every player receives this planner at the Handicap Round and carries it for the season.",
     italic=True, align="center")

title("WELCOME FROM THE FOUNDATION DIRECTOR")
para(d, "For twelve years the Hollinbeck Junior Academy has taken golf into 38 primary and secondary schools "
        "across the Ellingford and Marlow Vale area, and since 2004 our Schools Foundation has run inclusion "
        "projects with four special schools and the Ellingford Local Authority SEN Support Service. Our "
        "education team are teachers first: three of them were SENCOs before they joined us. In 2007-08 we "
        "piloted a SENCO course with twelve teachers, and this planner describes the full course we will run "
        "from September 2008 in partnership with Ellingford University's School of Education, which validates "
        "it as the Postgraduate Certificate in Special Educational Needs Coordination.")
para(d, "The course has one purpose, which the University's validation panel approved as its programme aim: "
        "to raise the achievement and improve the well-being of children and young people with SEN and/or "
        "disabilities in the players' own schools, in all five Every Child Matters outcomes (being healthy, "
        "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
        "well-being), by developing the knowledge, understanding and skills of their SENCO. Each hole's "
        "objectives, each green's marking criteria and the home hole's change project are written against "
        "that aim: every marked piece must show what changed for named pupils.")

title("HOW TO READ THIS PLANNER")
para(d, "Golfers will find the layout familiar; teachers may want this key first.")
key = [["In this planner", "Means"],
       ["The Course", "The Postgraduate Certificate in SEN Coordination, validated by Ellingford University at "
        "Level 7 (masters). The course plays to a par of 60: one credit for every stroke, 60 masters-level "
        "credits in all, 30 on each nine."],
       ["Players", "The teachers taking the course: new or recently appointed SENCOs in maintained schools."],
       ["Club Professionals", "Our tutors, who teach the study days and mark the greens (see Local Rule 6)."],
       ["Caddies", "School-based mentors: experienced SENCOs in a neighbouring school, one per player, who "
        "meet the player in school twice each half term."],
       ["The Starter", "The admissions tutor, who takes entries and checks eligibility (Local Rule 1)."],
       ["Handicap Round", "The pre-course needs assessment against the national outcomes."],
       ["Playing Card", "The player's individual training plan, set from the Handicap Round."],
       ["Hole", "A study day or twilight session and the school task that follows it."],
       ["Green (G4, G8, G11, G14, G16, G18)", "A marked assessment. Six holes end on a green."],
       ["The Card of the Course", "The table at the back of this planner showing where each outcome is "
        "played and where it is holed out."]]
kt = table(d, key, widths=[5, 11])
for i in range(1, len(key)):
    shade(kt.cell(i, 0), "EEF4EA")

# ---------------------------------------------------------------- handicap / tees
title("BEFORE YOU TEE OFF: THE HANDICAP ROUND AND YOUR TEES")
para(d, "Every player plays a Handicap Round in the month before the first study day. The player rates "
        "themselves against each of the 28 national outcomes on the Hollinbeck Handicap Sheet (a four-point "
        "scale, with a short piece of evidence required for any rating of 3 or 4), their headteacher adds a "
        "comment on the school's priorities for SEN, and a Club Professional then meets the player for an hour "
        "to agree the ratings. Where a player's evidence is out of date (for example, knowledge of the Code of "
        "Practice that predates the 2005 disability duties) the Professional lowers the rating. From the agreed "
        "sheet the Professional and the player write the Playing Card: the player's individual training plan, "
        "naming the outcomes the player will concentrate on, the two or three personal outcomes they add for "
        "their own school, the holes where extra reading or a Caddie visit is booked, and the focus of the "
        "home-hole project. The Playing Card is reviewed at the Turn (Hole 9) and again before Hole 18.")
para(d, "Tees. Most players play from the White tees: the full 18 holes. Players who already hold masters-level "
        "credit in SEN from the last five years may play from the Yellow tees: the Starter and the University's "
        "accreditation of prior learning tutor compare the earlier module's outcomes with ours, and up to 20 "
        "credits are accredited against the front nine. Experienced teachers without certificated study may "
        "claim the same through a portfolio of prior experiential learning, assessed by a Club Professional "
        "and confirmed by the University's APL board. Yellow-tee players still play every green they have not "
        "been credited with.")
para(d, "In the 2007-08 pilot two experienced teachers from the LA support service played from a Red tee, going "
        "straight to the greens to be assessed without the study days. That route was withdrawn when the pilot "
        "ended. The Foundation does not offer an assessment-only route in 2008-09: every player plays the holes.")

# ---------------------------------------------------------------- front nine
title("THE FRONT NINE  \u2013  HGF-1: READING THE COURSE (30 credits)", 15)
hole(1, "The Clubhouse Tee", 6, "Study day, September", 18,
     ["The opening study day sets out the SENCO's role as the Code of Practice and the 2005 National Standards "
      "describe it, and asks what achievement means for a child with SEN when it is measured in all five Every "
      "Child Matters outcomes rather than in levels alone. Players map their own school's pupils with SEN "
      "against the five outcomes and bring the map to Hole 4. The afternoon introduces the SENCO's part in "
      "the Children's Trust arrangements and the school's duties under Every Child Matters."],
     "Write the five outcomes on the back of your Playing Card. You will be asked about each at G4.")
hole(2, "The Code", 6, "Study day, September", 10,
     ["The law hole. Players work through the SEN Code of Practice (2001), the SEN and Disability Act 2001, the "
      "Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, the Children Act "
      "2004, Removing Barriers to Achievement and the 2008 guidance on the SENCO regulations, and what each "
      "requires of the school, the governing body and the SENCO. The afternoon is a practical: players audit "
      "their school's SEN policy and its Disability Equality Scheme against the law and identify the actions "
      "the school must take for disabled pupils, which becomes part A of G4."],
     "Bring your school's SEN policy and Disability Equality Scheme. Players who forget them play the hole twice.")
hole(3, "Growing Up", 4, "Twilight, October", 14,
     ["How children develop, and how development is shaped by SEN and disability and by the physical and "
      "social environment of the classroom and the playground. Players observe one child across a morning in "
      "their own school and talk the observation through with their Caddie, who gives written feedback on a "
      "Practice Ground sheet."],
     "Watch the playground as closely as the classroom.")
hole(4, "The Lie of the Land", 6, "Study day, October", 2,
     ["The most common kinds of SEN and disability and how each can affect learning: behavioural, emotional "
      "and social difficulties; specific learning difficulties including dyslexia; speech, language and "
      "communication needs (with the interim Bercow review, 2008); autistic spectrum disorders; and moderate "
      "learning difficulties. Players use classroom observation, data and other monitoring to identify pupils "
      "who may have SEN, set challenging targets and plan an intervention, then review it after six weeks.",
      "G4, The Code and the Case (3,500 words): part A, the policy audit from Hole 2; part B, a case study "
      "of one pupil, showing how the player built a fair and constructive relationship with the pupil and the "
      "family, identified the need, set targets and reviewed progress, and how the child's progress in the "
      "five outcomes was judged."],
     "A good case study reads the lie before choosing the club.")
hole(5, "Reading the Greens", 5, "Study day, November", 6,
     ["Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT "
      "(Clicker 5, text-to-speech, visual timetables and the LA's loan bank of communication aids), and a "
      "critical look at what the evidence says about each. Players learn to use summative assessment, P scales, "
      "national test results and RAISEonline to track the progress of pupils with SEN and to change "
      "programmes that are not working. A workshop on formative assessment looks at how the SENCO can "
      "encourage colleagues to use assessment for learning with pupils with SEN; players try an approach with "
      "one colleague and their Caddie gives feedback on it."],
     "Numbers tell you where the ball finished, not why.")
hole(6, "Yardages", 4, "Twilight, November", 12,
     ["Provision mapping and provision management. Players build a provision map for one year group, cost it, "
      "and use it to find provision that is not working and provision that is missing. The map goes into G14."],
     "Measure every shot before you plan the next one.")
hole(7, "The Dogleg", 4, "Twilight, December", 8,
     ["Research and inspection evidence. Players read and discuss Ofsted's Inclusion: does it matter where "
      "pupils are taught? (2006), Lewis and Norwich on special "
      "pedagogy, and recent research on the deployment of teaching assistants, and learn to find, weigh and "
      "use research and external advice to improve their own practice and their colleagues'. Best practice in "
      "meeting SEN is followed through two visiting schools' case studies."],
     "The straight line is rarely the shortest way round.")
hole(8, "The Agencies", 5, "Study day, January", 4,
     ["The scope and role of external agencies: educational psychology, speech and language therapy, CAMHS, "
      "the sensory support service, social care, and voluntary organisations such as the Ellingford Dyslexia "
      "Association and the local Parent Partnership. Players learn how to obtain specialist support and "
      "resources, how to use assessments from a range of professionals to shape teaching, and how to work in "
      "partnership across services, including through the Common Assessment Framework.",
      "G8, The Agency Map (2,500 words and a map): the player maps the services their school uses, analyses "
      "one referral from request to changed teaching, and evaluates the partnership."],
     "Know where the out-of-bounds posts are before you need them.")
hole(9, "The Turn", 3, "Twilight, January", 16,
     ["A half-way review. Players present their front nine to a small group in three minutes, listen to and "
      "question each other's, and review the Playing Card with their Professional, resetting outcomes for the "
      "back nine."],
     "Buy a sandwich and check your card.")

# ---------------------------------------------------------------- back nine
title("THE BACK NINE  \u2013  HGF-2: LEADING THE ROUND (30 credits)", 15)
hole(10, "Partners in the Gallery", 5, "Study day, February", 9,
     ["Working with parents and carers: building fair, respectful and supportive relationships, listening to "
      "families, running review meetings, and advising and supporting parents, with the Ellingford Parent "
      "Partnership Service and two parents who lead the county's parent forum. Players plan and hold a review "
      "meeting with a family and keep a record of it for G16."],
     "The gallery sees everything. Treat it as part of the game.")
hole(11, "The Captain's Table", 6, "Study day, February", 3,
     ["Strategic leadership of SEN. Working with the headteacher, senior leaders and governors to develop an "
      "inclusive ethos, the SEN policy and the school's priorities and budget, and gaining their commitment to "
      "better outcomes for pupils with SEN. Players prepare a short paper and a deployment plan for support "
      "staff.",
      "G11, The Captain's Table: a 15-minute presentation to the player's headteacher and a governor, observed "
      "and marked by the player's Club Professional, with a 2,000-word paper."],
     "The captain sets the course; the SENCO reads it for them.")
hole(12, "Managing the Bag", 4, "Twilight, March", 11,
     ["Deploying and managing teaching assistants and other staff; timetabling support; line management. The "
      "session also covers prioritising the SENCO's own work, managing time and delegating tasks so that they "
      "are done, with a time-audit exercise players complete in school."],
     "Fourteen clubs, one bag: carry only what the hole needs.")
hole(13, "Coaching", 4, "Twilight, March", 15,
     ["Supporting colleagues' professional development through observation and feedback, modelling, coaching "
      "and mentoring, and whole-staff training. Players watch their Caddie coach a colleague and plan a short "
      "staff session of their own."],
     "Every good player has a coach. So does every good teacher.")
hole(14, "Course Management", 5, "Study day, April", 5,
     ["Reviewing and evaluating provision with other staff and feeding the findings into the school's "
      "self-evaluation. The morning introduces the principles of school self-evaluation and improvement and "
      "the SEN sections of the school SEF; the afternoon is a practical evaluation of one intervention with "
      "colleagues, using the provision map from Hole 6 and the tracking data from Hole 5.",
      "G14, The Provision Review (3,000 words): the player and two colleagues evaluate one intervention using "
      "summative data and the provision map, and recommend changes."],
     "Play the course, not the hole in front of you.")
title("HOLE 15  \u2013  EXAMS AND TESTS  (GROUND UNDER REPAIR)", 12)
para(d, "Hole 15 is closed for the 2008-09 season while it is rebuilt with the county's examinations officer. "
        "From 2009-10 it will cover identifying in good time the special arrangements pupils need for national "
        "tests and examinations, and working with colleagues to put them in place. Players walk past it this "
        "season.")
hole(16, "Judgement Calls", 4, "Study day, May", 7,
     ["Anticipating and resolving problems and making sound, well-founded decisions about provision, using "
      "real cases players bring from school. Clear speaking and writing and careful listening are practised "
      "in case conferences.",
      "G16, The Judgement Call: a 20-minute viva with two Club Professionals on a real case from the player's "
      "school, including the record of the family review meeting from Hole 10."],
     "Commit to the shot. Indecision costs more strokes than a bad choice.")
hole(17, "Keeping Your Game", 3, "Twilight, May", 13,
     ["Keeping up to date and taking charge of one's own development in SEN and disability: journals, "
      "networks, the LA's SENCO cluster and the TDA's resources. Players draft a reading log and talk it "
      "through with their Caddie on a Practice Ground sheet."],
     "The best players practise after the round.")
hole(18, "The Home Hole", 8, "Study day, June; project across the spring", 1,
     ["The change project. Each player plans, leads and evaluates one change to provision in their own school, "
      "drawing on research evidence and external advice, and measures its effect on a named group of pupils: "
      "their attainment, attendance and well-being. The project is how the course makes its impact on practice, and it is where the "
      "player's Playing Card outcomes come together.",
      "G18, The Home Hole (6,000 words): the project report, with the baseline and end data for the pupils."],
     "Finish the round. A card without a score on 18 is a card not returned.")

# ---------------------------------------------------------------- local rules
title("LOCAL RULES")
rules = [
    "1. Entries. The Starter accepts entries from qualified teachers who are SENCOs, or will be by January 2009, "
    "in a maintained school in England, with a nomination letter from their headteacher confirming the time and "
    "support the school will give. The Starter checks each entry against the Handicap Sheet before a place is "
    "confirmed; where a player's sheet shows they are unlikely to meet the outcomes in one season, the Starter "
    "advises a preparatory term on the LA's SEN Leaders' course first.",
    "2. Safeguarding. All Academy coaches and all Caddies hold enhanced CRB disclosures under the England Golf "
    "safeguarding policy, renewed every three years. Players are not asked for disclosure details: they are "
    "employed by their schools.",
    "3. Access. The clubhouse Learning Suite is on the ground floor with level access, a hearing loop and "
    "accessible toilets. Players tell the Starter on the entry form of any disability or need, and the Foundation "
    "makes reasonable adjustments: materials in large print or electronically a week ahead, a note-taker, "
    "extended deadlines for the greens and a viva in place of a written green where a disability makes writing "
    "unfair. Our Equality Scheme covers players on every ground in the Race Relations (Amendment) Act 2000, the "
    "DDA and the Equality Act 2006.",
    "4. Starting times. The course starts twice a year, in September and in January, and a January starter plays "
    "the back nine first and the front nine the following autumn. Twilight holes can be taken as an online "
    "round instead (see the box below). Players may pause between the nines for up to a year. Twilight holes "
    "start at 4.15 pm so that schools need no supply cover for them; the season fee of 1,350 pounds includes all "
    "materials, and the Foundation's bursary pays half the fee for players from schools where more than 30 per "
    "cent of pupils are eligible for free school meals.",
    "5. Guests on the course. Specialist speakers from the LA's educational psychology, sensory support and "
    "speech and language therapy services, and from two special schools, lead parts of Holes 4, 8 and 10. A "
    "placement visit to a special school or resource base is arranged for a player if the player's headteacher "
    "agrees and a place can be found.",
    "6. The Professionals. The course is taught by the Foundation's education team and Ellingford University "
    "staff: Dr Ruth Ambler (course leader, former SENCO and LA SEN adviser, EdD on provision mapping), Mr Kieran "
    "Doyle (former SENCO, specialist teacher for dyslexia, AMBDA), Mrs Priya Shah (educational psychologist, "
    "still practising two days a week) and Dr Tom Lisle (University senior lecturer in inclusive education). "
    "All four attend the LA SENCO network each term and the University's research seminars.",
    "7. Caddies. Caddies are trained at a half-day briefing before the season and hold the Caddie Handbook, "
    "which sets out what they do at each hole, what they do not do (they never mark a green), and how to "
    "complete a Practice Ground sheet. The course leader meets the Caddies each term. Club Professionals new to "
    "the course shadow the course leader for a term, and every Professional attends the University's assessment "
    "briefing before the season.",
    "8. Marking and moderation. Every green is marked by a Club Professional against the published criteria "
    "for that green, and a second Professional marks every fail and a sample of one in four. The University's "
    "module board moderates a sample of each green, and the external examiner, a SENCO tutor from another "
    "university, sees all fails and a sample and reports to the University each year.",
    "9. Resources. Players have full use of Ellingford University's library and e-journals, the clubhouse "
    "Learning Suite, and the Academy's video swing-analysis suite, which players use to film and review their "
    "own teaching.",
]
for r in rules:
    para(d, r)

text_box(d, "THE CLUBHOUSE ONLINE", [
    "Every player has a login to The Clubhouse Online, the Foundation's Moodle site hosted by Ellingford "
    "University. The twilight holes (3, 6, 7, 12, 13, 17) can be played there instead of in the clubhouse: "
    "the session materials, a recorded presentation and a task are posted a week before the twilight date.",
    "Each hole has a discussion forum where players post their task and reply to at least two other players. "
    "Club Professionals do not monitor the forum; questions for a Professional go by e-mail to the course office. "
    "Between study days each player's Caddie is available by phone and meets them in school twice each half term.",
], height_pt=190)

# ---------------------------------------------------------------- stakeholders
title("WHO SHAPED THE COURSE")
para(d, "In spring 2008 we surveyed the SENCOs and headteachers of the 46 schools the Academy visits and met the "
        "Ellingford LA SEN Support Service and the Marlow Vale special schools' heads. Three needs came through "
        "most strongly: newly appointed SENCOs felt least confident about leading colleagues and working with "
        "senior leaders, about provision mapping, and about speech, language and communication needs. As a "
        "result the back nine was rebuilt around leadership (Holes 11 to 13), provision mapping became a hole of "
        "its own (Hole 6) rather than part of Hole 5, and the LA's speech and language therapy team now lead an "
        "hour of Hole 4. The pilot players' evaluations led us to move the law hole to the first month.")
para(d, "Stakeholders take part in the course itself: LA officers and special school staff are guest speakers, "
        "two special schools host visits, parents from the county's parent forum co-lead Hole 10, and the Caddies "
        "are themselves local SENCOs. We would like headteachers and the LA to join an evaluation group for the "
        "course in future seasons.")
para(d, "We also listen to children. The Academy's Junior Members' Forum meets each term so that our junior "
        "golfers can tell the coaches what they want from Academy sessions, and the Forum's views are reported "
        "to the Foundation board.")

# ---------------------------------------------------------------- QA
title("KEEPING THE COURSE IN CONDITION")
para(d, "Each hole is evaluated by the players on a one-page card at the end of the session, and the Professionals "
        "review the cards at a course meeting each half term and change the next running of the hole. The "
        "Caddies report on each player's progress at the Turn and at the end. The University's annual monitoring "
        "report, the external examiner's report and the module board's statistics on pass rates and marks are "
        "considered by the Foundation's course committee each summer, which agrees an action plan for the next "
        "season; the Foundation self-review, the board's annual check on all its Schools programmes, receives it.")
para(d, "Players rate their confidence against each of the 28 outcomes at the Handicap Round and again at the "
        "19th Hole, and the difference is reported to the course committee alongside the marks. We hope in "
        "future seasons to collect evidence of the difference the course makes to pupils' achievement in "
        "players' schools.")

# ---------------------------------------------------------------- 19th
title("THE 19TH HOLE")
para(d, "At the last study day every player sits down with their Caddie and their headteacher's agreement to write "
        "a Next Season card: three professional targets for the year after the course, linked to the school "
        "improvement plan and the player's performance management objectives, with the further study or network "
        "that will support each. A copy goes to the headteacher.")
para(d, "Winning the card. The Postgraduate Certificate is awarded by Ellingford University to every player who "
        "holes out on all six greens (G4, G8, G11, G14, G16 and G18) with a mark of 50 or more on each, or who "
        "is credited with them under the Yellow-tee rules. The course covers every national outcome.")

# ---------------------------------------------------------------- card of the course
title("THE CARD OF THE COURSE", 15)
para(d, "This card shows every national outcome in our own words. The column Played on gives the holes where the "
        "outcome is taught and practised. The column Holed out at gives the green where it is marked: a green "
        "number means the outcome is marked there and counts towards winning the card.")
para(d, "Four other entries appear in the Holed out at column. Fairway only means the outcome is played on the "
        "hole shown but is not holed out on any green: it is taught and practised but not marked. Practice ground "
        "means the player works on it with their Caddie and gets written feedback on a Practice Ground sheet, "
        "which is not marked and does not count. Out of bounds means the outcome is not part of this season's "
        "course. GUR (ground under repair) means the hole is being rebuilt and will not be played until 2009-10.")
card = [
    ["No.", "The outcome, as we put it to players", "Played on", "Holed out at"],
    ["", "ATTRIBUTES", "", ""],
    ["A1", "Fair, respectful and constructive relationships with pupils with SEN and their families", "4, 10", "G4"],
    ["A2", "Winning the commitment of the head, senior leaders and colleagues", "11", "G11"],
    ["A3", "Prioritising, managing your time and delegating well", "12", "Fairway only"],
    ["A4", "Seeing problems coming, solving them and making sound judgements on provision", "16", "G16"],
    ["A5", "Speaking and writing clearly; listening to others' views", "9, 16", "G11, G16"],
    ["A6", "Using research and outside advice to improve your own and colleagues' practice", "7, 18", "G18"],
    ["A7", "Keeping up to date and owning your own CPD", "17", "Practice ground"],
    ["", "KNOWLEDGE AND UNDERSTANDING", "", ""],
    ["K1", "SEN law, the Code of Practice, and what they mean for your school", "2", "G4"],
    ["K2", "Every Child Matters and the SENCO's part in the five outcomes", "1", "G4"],
    ["K3", "Disability equality law and the actions it requires", "2", "G4"],
    ["K4", "How children develop and what affects development", "3", "Practice ground"],
    ["K5", "The common types of SEN (BESD, SpLD/dyslexia, SLCN, ASD, MLD) and their effect on learning", "4", "G4"],
    ["K6", "Approaches, strategies and resources for assessment and teaching, including ICT", "5", "G14"],
    ["K7", "School self-evaluation and improvement for SEN", "14", "Fairway only"],
    ["K8", "Best practice and research in meeting SEN", "7", "G18"],
    ["K9", "External agencies and getting specialist support", "8", "G8"],
    ["", "SKILLS", "", ""],
    ["S1", "Influencing the school's inclusive ethos, policies, priorities and resources with leaders and "
           "governors", "11", "G11"],
    ["S2", "Identifying pupils, setting targets, planning interventions and reviewing progress", "4, 6", "G4"],
    ["S2a", "Using other professionals' assessments to shape teaching", "8", "G8"],
    ["S2b", "Using summative assessment and national tests to track progress and change programmes", "5", "G14"],
    ["S2c", "Encouraging colleagues' formative assessment for pupils with SEN", "5, 13", "Practice ground"],
    ["S2d", "Special arrangements for tests and examinations, in good time", "15", "GUR"],
    ["S3", "Provision mapping and finding ineffective or missing provision", "6", "G14"],
    ["S4", "Deploying and managing support staff", "12", "G11"],
    ["S5", "Supporting colleagues' development: observation, coaching, mentoring, training", "13", "Fairway only"],
    ["S6", "Reviewing provision with colleagues to feed the school's self-evaluation", "14", "G14"],
    ["S7", "Involving pupils in planning and reviewing their own provision", "\u2013", "Out of bounds"],
    ["S8", "Working with parents and carers", "10", "G16"],
    ["S9", "Partnership with other services and voluntary organisations", "8", "G8"],
]
ct = table(d, card, widths=[1.4, 9.5, 2.2, 3])
for i, row in enumerate(card):
    if row[0] == "" and i > 0:
        merge_row(ct, i, 0, 3, row[1], fill="DCE9D5")
    elif i > 0 and row[3] in ("Fairway only", "Practice ground", "Out of bounds", "GUR"):
        shade(ct.cell(i, 3), "F4E6C8")

para(d, "")
para(d, "Hollinbeck Golf Club Junior Academy & Schools Foundation, The Clubhouse, Moor Lane, Hollinbeck. "
        "Registered charity. Course office: Mrs Jan Pardew, Schools Programme Manager.", italic=True, size=9)

out = HERE / f"{NAME}.docx"
d.save(str(out))
print(out, word_count(d))
