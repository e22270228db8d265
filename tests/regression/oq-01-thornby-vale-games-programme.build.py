"""oq-01-thornby-vale-games-programme: build the .docx next to this script.

Provider: the Thornby Vale Branch Education Trust, the education charity of a Pony Club branch (mounted games, rallies,
camps, a Riding for the Disabled group and, since 1998, a "Riding for Learning" scheme for teachers in the Vale's
schools), with the University of Eskdale validating. Invented.

Document kind and layout: the course written as the branch's printed mounted-games PROGRAMME for a season, the "SENCO
Games 2008-09": a title block (a table with merged and shaded cells), a glossary table of the branch's words (Riders,
Teams, Games, Heats, Referees, Chief Referee, Line Stewards, Team Trainers, Home Arena, Collecting Ring, Steward of the
Meeting, Arena Party, Rosette), a District Commissioner's welcome full of values, "Competition Notes" with typed
numbers, the Order of Games (ten Games, each a small table: Referee / what the rider does / Home Arena / judged in),
the four Heats (three counted, one "Pairs Heat" not counted), and a HEAT DRAW table of the minimum outcomes in the
branch's own words and its own numbering (A1-A6, K1-K8, S1-S9: no line for the specification's A3 or K4, so the
branch's A3-A6 are the specification's A4-A7 and its K4-K8 are K5-K9), merged shaded group rows, whose last column ("Line Steward's call") is keyed in the paragraph above it: "Judged", "Practice
only", "Walked", "Not drawn". Heading styles are used; the online area sits in a VML text box; a page header and a
footer; two footnotes; two tracked changes (one deletion, one insertion); two Word comments.

Traps (requirement ids in brackets):
- Footer claims "All riders and officials hold current enhanced CRB disclosures"; the body says the Trust "does not
  check disclosures; that is for the rider's employer" (5.3 not_met: footer is never evidence, someone else's job).
- An assessment-only route ("Riders who ride straight to the Heats") exists only as a tracked DELETION with a comment;
  the body says every rider rides every Game; the neighbouring Ashby Moor Branch's route is another provider's
  arrangement (2.3 not_met).
- The Pony Check pre-course self-rating is used only to make up Teams, not for an individual plan or personalised
  outcomes (2.2 partially_met).
- One September start, Games ridden in order; a January start only "If numbers allow" and from 2010 (condition and
  plan); Saturday or twilight versions are the only variation (3.2 partially_met).
- Collecting Ring (e-learning) is peer-only: "Referees do not answer questions there" (3.3 partially_met: peer support
  and ICT, no direct tutor support online or between Games).
- Visits to special schools were part of the 2007-08 unaccredited Refresher (past arrangement); this season "there are
  no visits" (5.5 partially_met: specialist expertise yes, placements no).
- Resources: riders use their own schools' resources plus a book box (5.6 partially_met).
- Impact: a confidence scale only; pupils' achievement is a hope for "later seasons" (5.9 partially_met).
- Price and subsidy, but one route for all (2.4 partially_met).
- Rosette for riding "all three counted Heats to the Referees' satisfaction", not for showing every outcome; several
  outcomes are "Practice only" or "Walked" (6.0, 1.9 partially_met).
- A tracked INSERTION adds second marking (5.8 met: an insertion is part of the submission).
- Heat 4, the Pairs Heat, "is not counted": 6.S2c judged only there (formative only -> partially_met).
- "Practice only": 6.S4, 6.S7, 6.A7 (developed, not assessed -> partially_met); "Walked": 6.K2 (partially_met).
- Negation: "How children develop is not ridden this season" (6.K4 not_met).
- Wrong context: "Special arrangements" in the Competition Notes are for riders' own Heats, not pupils' tests; the Heat
  Draw marks pupils' test arrangements "Not drawn" (6.S2d not_met).
- 6.A3 (prioritising, time, delegation) is absent from Games and Heat Draw; a comment asks whether to add it (comment
  is not evidence) (6.A3 not_met). The shifted numbering means the row labelled "A3" is the specification's A4 (met),
  and "K4" is the specification's K5 (met): a reader matching numbers rather than meaning gets A3, A4-A7, K4-K9 wrong.
- The District Commissioner's welcome is values only ("We believe ..."); 1.5 is met elsewhere by Game 7's pupil
  interview task, not by the welcome.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _oq_helpers import (new_doc, para, add_runs, cell_text, shade_cell, table, add_ins, add_del, mark_para_deleted,
                         add_footnote, add_textbox, header_footer, comment, border_para)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Georgia", 10.5)
AP = "Anne Pelham"

# ------------------------------------------------------------------ title block
tb = table(doc, 8, 2, widths=[4.5, 12])
tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(tb.cell(0, 0), "THORNBY VALE BRANCH EDUCATION TRUST", bold=True, size=15, shade="1F3864", color="FFFFFF")
tb.cell(1, 0).merge(tb.cell(1, 1))
cell_text(tb.cell(1, 0), "The SENCO Games 2008-09: Official Programme and Order of Games", bold=True, size=13,
          shade="D9E2F3")
rows = [
    ("Competition", "National Award for Special Educational Needs Coordination (TDA / DCSF): our application for approval"),
    ("Ground", "Home Farm Centre, Thornby Vale, and the University of Eskdale, Carrick Road campus"),
    ("Season", "September 2008 to July 2009 (our first season of the award)"),
    ("Chief Referee", "Mrs Anne Pelham MA NPQH"),
    ("Entries close", "18 July 2008"),
    ("Price", "£1,150 per rider"),
]
for i, (k, v) in enumerate(rows, start=2):
    cell_text(tb.cell(i, 0), k, bold=True, shade="F2F2F2")
    cell_text(tb.cell(i, 1), v)
para(doc, "")

# ------------------------------------------------------------------ how to use
doc.add_heading("How to read this programme", level=1)
para(doc, "This programme is the whole of our application. The Thornby Vale Branch has run mounted games, rallies and "
          "camps for the children of the Vale since 1961. Its Education Trust has run Riding for Learning, a scheme of "
          "short courses for teachers in the Vale's schools, since 1998, and hosts the Vale's Riding for the Disabled "
          "group on Tuesday and Thursday mornings. We have written the SENCO course the way we write every games "
          "programme, because that is how our Referees, our Line Stewards and the schools we work with already read "
          "one: who is officiating, what is ridden and when, and how it is judged.")
para(doc, "The words we use are set out below. Where this programme says a rider does something, it is something our "
          "course requires of every rider; where it says a Referee or a Line Steward does something, that is their "
          "job on our course.")

gl = table(doc, 14, 2, widths=[4, 12.5])
cell_text(gl.cell(0, 0), "Our word", bold=True, shade="D9E2F3")
cell_text(gl.cell(0, 1), "What it means on the SENCO Games", bold=True, shade="D9E2F3")
gloss = [
    ("Rider", "A teacher taking the course."),
    ("Team", "A learning set of five riders from neighbouring schools. A Team stays together for the whole season."),
    ("Game", "One of the ten taught units of the course. Each Game is ridden on a Saturday at the ground, or as two "
             "twilight sessions on consecutive Tuesdays for riders who cannot come on a Saturday."),
    ("Referee", "A tutor. Referees lead the Games and mark the Heats."),
    ("Chief Referee", "The programme leader."),
    ("Line Steward", "An experienced SENCO appointed and trained by the Trust, who mentors a Team's riders in their "
                     "schools and watches and records their practice there."),
    ("Team Trainer", "The rider's headteacher, or the senior leader who signed the entry."),
    ("Home Arena", "The rider's own school, where every Game's practical task is carried out."),
    ("Heat", "An assessed task. Heats 1, 2 and 3 are counted; Heat 4, the Pairs Heat, is not counted."),
    ("Collecting Ring", "Our online area, on the University of Eskdale's virtual learning environment."),
    ("Steward of the Meeting", "The external examiner appointed by the University of Eskdale."),
    ("Arena Party", "The Trust's office: bookings, fees, rooms and papers."),
    ("Rosette", "The award: the University's Postgraduate Certificate and the National Award."),
]
for i, (k, v) in enumerate(gloss, start=1):
    cell_text(gl.cell(i, 0), k, bold=True)
    cell_text(gl.cell(i, 1), v)
para(doc, "")

# ------------------------------------------------------------------ welcome
doc.add_heading("From the District Commissioner", level=1)
para(doc, [("Welcome to our first SENCO Games. ", {"italic": True}),
           ("We believe that every child, on a pony or in a classroom, deserves to be heard and to be given the chance "
            "to shine. We believe that the best teaching, like the best riding, comes from patience, good preparation "
            "and a team that trusts one another. Those beliefs have carried the branch for nearly fifty years, and "
            "they are why the Trust wanted to take on this award.", {"italic": True})])
para(doc, [("We know the Vale's schools well. Many of our members' parents teach in them, and several of our own "
            "instructors are teachers. When the county told us that a large number of its schools would need a newly "
            "trained SENCO within two years, the Trust's committee felt that a branch which has been teaching "
            "children to be brave, kind and careful for half a century had something to offer. We wish every rider a "
            "happy and successful season.", {"italic": True})])
para(doc, [("Jean Harcourt, District Commissioner and Chair of the Education Trust", {"bold": True})])

# ------------------------------------------------------------------ competition notes
doc.add_heading("Competition Notes", level=1)
para(doc, "These notes say what the SENCO Games are for and how the season is organised. They are numbered as our "
          "competition notes always are.")
notes = [
    ("Note 1. What the season is for. ",
     "The SENCO Games have one main aim: to raise the achievement and improve the well-being of pupils with special "
     "educational needs and disabilities in the Vale's schools by making their SENCOs better at the job. By "
     "achievement we mean all five Every Child Matters outcomes, being healthy, staying safe, enjoying and achieving, "
     "making a positive contribution and achieving economic well-being, and not test results alone. Every Game ends "
     "with a Home Arena task that the rider carries out with real pupils in their own school, and every counted Heat "
     "is built on that Home Arena work."),
    ("Note 2. Rooted in the Home Arena. ",
     "Half of the course's learning hours are spent in the rider's own school. Each Game sets a Home Arena task tied "
     "to the outcomes in the Heat Draw; the rider's Line Steward visits the school at least three times in the "
     "season, watches the rider at work and records what they see on the Line Steward's Card. The rider brings the "
     "task back to the next Game and the Team reviews it together before anything new is ridden."),
    ("Note 3. Up to date. ",
     "The Order of Games draws on recent inspection and research evidence: Ofsted's report Inclusion: does it matter "
     "where pupils are taught? (2006), the Education and Skills Committee's report on special educational needs "
     "(2006), the Bercow Review of services for children and young people with speech, language and communication "
     "needs (2008), and the Inclusion Development Programme materials on dyslexia and on speech, language and "
     "communication needs (2008). The Referees revise the reading for each Game every summer."),
    ("Note 4. Placing. ",
     "The SENCO Games is validated by the University of Eskdale as its Postgraduate Certificate in Special "
     "Educational Needs Coordination, 60 credits at Masters (M) level, made up of two 30-credit modules: EDM741 "
     "The SENCO, the Law and the Pupil (assessed by Heats 1 and 2) and EDM742 Leading Provision for Pupils with SEN "
     "(assessed by Heat 3); the Heat Draw shows which Games feed which Heat. The University validated the programme on 14 May 2008; "
     "the Trust teaches it under a partnership agreement with the University's School of Education."),
    ("Note 5. Special arrangements. ",
     "A rider who needs extra time for a Heat, a Heat paper in another format, or a change of Heat date for a "
     "reason connected with a disability or with illness should ask the Arena Party, who will arrange it with the "
     "Chief Referee. Special arrangements are recorded on the rider's entry and honoured at every Heat."),
    ("Note 6. Objections. ",
     "A rider who disagrees with a Referee's mark may ask the Chief Referee to look again within ten working days. "
     "If still unhappy, the rider may appeal under the University of Eskdale's academic appeals procedure."),
]
for head, body in notes:
    para(doc, [(head, {"bold": True}), body])

# ------------------------------------------------------------------ entry
doc.add_heading("Entering the SENCO Games", level=1)
doc.add_heading("Who may enter", level=2)
para(doc, "A rider must hold Qualified Teacher Status, be employed in a maintained school or academy in the Vale or a "
          "neighbouring authority, and either be the school's SENCO or be named by the headteacher as its SENCO from "
          "September 2008. Each entry is signed by the Team Trainer, who agrees to release the rider for the ten "
          "Games and to allow two hours a week in school for Home Arena work.")
doc.add_heading("The entry interview", level=2)
para(doc, "The Chief Referee or a Referee talks with every applicant for about twenty minutes, by telephone or at the "
          "ground, using the Entry Card. The Entry Card asks about the applicant's present role, any SEN training in "
          "the last five years, and a short written piece (about 500 words) on one pupil the applicant has helped. "
          "An applicant whose Entry Card and interview suggest they are not yet ready, most often a teacher who has "
          "never taught pupils with SEN, is not simply turned away: the Chief Referee writes to them and to their "
          "headteacher setting out what to do first (usually the county's two-day SEN foundation course and a term "
          "working alongside an experienced SENCO) and offers a place in the following season.")
doc.add_heading("Safeguarding", level=2)
para(doc, "The branch follows the Pony Club's safeguarding policy for all its work with children, and every instructor "
          "who teaches our young members is checked. Because every rider on the SENCO Games is a serving teacher, "
          "the Trust does not check disclosures; that is for the rider's employer.")
doc.add_heading("Credit for earlier study and experience", level=2)
para(doc, "A rider who has already passed M-level credit in special educational needs within the last five years may "
          "apply through the University of Eskdale's Accreditation of Prior Learning procedure for up to 30 credits, "
          "which excuses them one module. Credit for experience (APEL) is claimed with a portfolio of evidence "
          "against the module's outcomes and a conversation with a Referee; the University's APL Board decides. A "
          "rider with credit rides only the Games that feed the other module's Heats.")
p = para(doc, "Every rider rides every Game. ")
dp = add_del(p, "Riders who ride straight to the Heats: an experienced teacher from the county's SEN support services "
                "who already meets the outcomes may, in exceptional circumstances, be entered for Heats 1 to 3 without "
                "riding the Games, at a fee of £450.", author=AP, date="2008-06-02T09:14:00Z")
c_runs = p.runs
comment(doc, c_runs, "Not agreed with Eskdale - take out for this season. AP", author=AP, initials="AP")
para(doc, "(Our neighbours at Ashby Moor Branch tell us they enter support-service teachers straight for assessment; "
          "we have no arrangement with them.)")
doc.add_heading("The Pony Check", level=2)
para(doc, "Before Game 1 every rider completes the Pony Check, a self-rating on a five-point scale against each "
          "outcome in the Heat Draw, and brings it to the Course Walk. The Chief Referee uses the Pony Checks to make "
          "up the Teams, so that each Team has a mix of experience and no Team is made up only of newcomers.")

# ------------------------------------------------------------------ price / shape of the season
doc.add_heading("Price and shape of the season", level=1)
para(doc, "The price is £1,150 per rider, which covers all ten Games, three Line Steward visits, the Heats, "
          "University registration and the Rosette. The Trust's Riding for Learning Fund pays £250 of the price for "
          "riders from schools of fewer than 100 pupils. Every rider rides every Game in the same order, with their "
          "Team.")
para(doc, "There is one start each season, in September. The Games are ridden in order, one a month from September "
          "to June, with the Course Walk on the second Saturday of September and the Final in July. Each Game can be "
          "ridden on its Saturday or as two Tuesday twilights, and a rider who misses a Game through illness rides "
          "it with the next season's Teams at no extra cost. If numbers allow, a January start may be run from 2010.")
p = para(doc, "The Course Walk. ")
p.runs[0].bold = True
add_runs(p, "On the Saturday before Game 1 the riders, Referees and Line Stewards walk the course together: the "
            "Chief Referee introduces the season, the Heats and the Heat Draw, and talks riders through the five Every "
            "Child Matters outcomes and what the SENCO can do towards each of them. Team Trainers are invited to the "
            "afternoon.")
add_footnote(doc, p, "The Course Walk is not a Game and is not judged; it is the only session on which the Every Child "
                     "Matters framework is taken on its own.")

# ------------------------------------------------------------------ order of games
doc.add_heading("The Order of Games", level=1)
para(doc, "Ten Games, one a month. For each Game the programme gives the Referee who leads it, what the rider does on "
          "the day, the Home Arena task, and the Heat in which it is judged.")

games = [
    ("Game 1: Bending Race", "The law, the Code and the rider's school", "Mrs Anne Pelham",
     "Weaves through the Education Act 1996 Part IV, the SEN Code of Practice 2001 and its graduated response, the "
     "Special Educational Needs and Disability Act 2001, the SENCO regulations of 2008 and the statutory assessment "
     "and annual review process, and works out what each asks of the school, the governors, the head and the SENCO.",
     "Compare the school's SEN policy and its last two annual reviews with what the Code requires, and list the "
     "changes the school must make.",
     "Heat 1"),
    ("Game 2: Flag Race", "Disability equality", "Mr Colin Barr",
     "The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, accessibility "
     "planning and reasonable adjustments for pupils; what the law requires of the school and how it is best "
     "carried out, with a disabled former pupil of the Vale and her mother as guest speakers.",
     "Walk the school with the accessibility plan and a disabled pupil or parent, and report what the school must "
     "still do.",
     "Heat 1"),
    ("Game 3: Sack Race", "Kinds of need", "Dr Tom Ashworth",
     "The common kinds of need and how each can affect learning: behavioural, emotional and social difficulties, "
     "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
     "spectrum disorders and moderate learning difficulties, with the county's educational psychologist and a "
     "speech and language therapist as guest Referees. How children develop is not ridden this season; riders "
     "bring it from their initial training.",
     "Profile two pupils with different needs and the barriers each meets in lessons.",
     "Heat 2"),
    ("Game 4: Ball and Cone", "Finding need, setting targets, reviewing progress", "Mrs Ruth Kendal",
     "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; "
     "planning interventions to remove barriers; reviewing progress. Using reports from educational psychologists, "
     "therapists and advisory teachers to shape teaching; using P scales, National Curriculum levels, key stage "
     "tests and the school's tracking data to follow progress and change a programme that is not working; helping "
     "class teachers use assessment for learning with pupils with SEN.",
     "Run one review cycle for a small group, using the school's tracking data and at least one outside report; "
     "lead a short assessment for learning session for two colleagues.",
     "Heat 2; Heat 4"),
    ("Game 5: Mug Race", "Approaches, strategies and ICT", "Dr Tom Ashworth",
     "A critical look at approaches and resources for assessment, planning, teaching and learning, including "
     "assistive and communication technology, and how to choose between them to remove barriers and personalise "
     "provision.",
     "Trial one approach or piece of technology with a pupil and evaluate it against the evidence for it.",
     "Heat 2"),
    ("Game 6: Pyramid Race", "Provision mapping, staff and self-evaluation", "Mrs Anne Pelham",
     "Building a provision map and costing it; finding provision that is not working or is missing; deploying and "
     "managing teaching assistants; the principles of school self-evaluation and the self-evaluation form; "
     "reviewing provision with colleagues to feed the school's improvement plan; advising governors and senior "
     "leaders on an inclusive ethos, policy and the use of resources.",
     "Map the school's provision with the senior leadership team, present the findings to the governors' "
     "committee, and draw up a deployment plan for the teaching assistants.",
     "Heat 3"),
    ("Game 7: Stepping Stones", "Pupils and parents", "Mrs Ruth Kendal",
     "Consulting pupils about what affects them: rehearsing a pupil-voice interview, person-centred review "
     "meetings, and helping colleagues involve pupils in planning and reviewing their own provision. Working with "
     "parents and carers: the Parent Partnership Service's officer on difficult conversations, building fair and "
     "respectful relationships with pupils and families, and running a review meeting that parents lead.",
     "Interview three pupils about their support and act on one thing they say; hold a parents' meeting observed "
     "by the Line Steward.",
     "Heat 3"),
    ("Game 8: Postman's Chase", "Agencies and partners", "Mr Colin Barr",
     "Who the outside agencies are, what each can offer and how to get it: educational psychology, health, social "
     "care, the sensory and behaviour support services, and voluntary organisations such as the local autism "
     "support group and Riding for the Disabled. The Common Assessment Framework and the team around the child.",
     "Map the agencies working with the school and plan one joint piece of work with one of them.",
     "Heat 2"),
    ("Game 9: Tyre Race", "Leading colleagues", "Mrs Anne Pelham",
     "Gaining the commitment of the headteacher and senior leaders; supporting colleagues' development by "
     "observing lessons and giving feedback, modelling, coaching and mentoring, and planning and delivering "
     "training; speaking and writing clearly for colleagues, governors and parents and listening to their views; "
     "solving problems on provision and making and defending sound decisions, rehearsed through case scenarios.",
     "Deliver a staff training session observed by the Line Steward; present a proposal to the senior leadership "
     "team.",
     "Heat 3"),
    ("Game 10: Sword Lancing", "Research, practice and the rider's own development", "Dr Tom Ashworth",
     "Reading research and reports of best practice critically and using them, with advice from outside the "
     "school, to improve one's own and colleagues' practice; keeping up to date; planning one's own professional "
     "development on SEN and disability, ending in the Next Season card.",
     "Write a short review of the research behind the intervention chosen for the Case Run.",
     "Heat 2"),
]
for title, sub, ref, what, home, judged in games:
    doc.add_heading(f"{title} ({sub})", level=2)
    gt = table(doc, 4, 2, widths=[3.6, 12.9])
    for r, (k, v) in enumerate([("Referee", ref), ("What the rider does", what), ("Home Arena", home),
                                ("Judged in", judged)]):
        cell_text(gt.cell(r, 0), k, bold=True, shade="F2F2F2")
        cell_text(gt.cell(r, 1), v)
    para(doc, "", space_after=2)

# ------------------------------------------------------------------ collecting ring (text box)
doc.add_heading("The Collecting Ring", level=1)
para(doc, "Between Games riders gather in the Collecting Ring. It is described in the box below, as it is printed on "
          "the back of every rider's Team card.")
add_textbox(doc, [
    ("THE COLLECTING RING", True),
    "The Collecting Ring is our area on Eskdale Online, the University's virtual learning environment. Every rider "
    "has a login from the Course Walk. Each Team has its own discussion board, and there is a Ring-wide board for "
    "all riders. The reading, slides and Home Arena task sheets for every Game are posted there the week before it.",
    "Riders post their Home Arena notes on the Team board and answer one another. The Collecting Ring belongs to the "
    "riders. Referees do not answer questions there; questions go to the Chief Referee on the next Games day.",
    "The Arena Party uses the Collecting Ring for notices, and riders submit Heats 1 and 2 through it.",
], width_pt=440, height_pt=190)

# ------------------------------------------------------------------ heats
doc.add_heading("The Heats", level=1)
heats = [
    ("Heat 1: The Policy Ride (counted; module EDM741, 40 per cent)",
     "A written analysis of 3,000 words of the rider's school's arrangements for pupils with SEN and disabilities "
     "against the law, the Code of Practice and the Disability Equality Duty, with a costed list of the changes the "
     "school should make. Marked by two Referees against the University's M-level criteria."),
    ("Heat 2: The Case Run (counted; module EDM741, 60 per cent)",
     "A 5,000-word case study of an intervention the rider plans and leads for a small group of pupils in the Home "
     "Arena: how the pupils' needs were identified, the reports from other professionals that shaped the plan, the "
     "targets, the approach and resources chosen and the research behind them, the agencies involved, and how the "
     "pupils' progress was tracked and the plan changed."),
    ("Heat 3: The Final (counted; module EDM742, 100 per cent)",
     "A Home Arena portfolio and a 40-minute professional discussion with two Referees. The portfolio holds the "
     "provision map and governors' paper from Game 6, the Line Steward's Cards recording the parents' meeting "
     "from Game 7 and the staff training session from Game 9, and the senior leadership proposal. In the "
     "discussion the rider explains and defends decisions taken in the Home Arena and answers two unseen case "
     "scenarios."),
    ("Heat 4: The Pairs Heat (not counted)",
     "A 15-minute presentation, in pairs, to another Team on the assessment for learning session from Game 4. "
     "Heat 4 is judged by the other Team and a Referee, who give written feedback; it is not counted towards the "
     "Rosette."),
]
for h, body in heats:
    p = para(doc, [(h, {"bold": True})])
    para(doc, body)
doc.add_heading("Marking and moderation", level=2)
p = para(doc, "Every Heat is marked against the University's published M-level criteria and the outcomes it "
              "judges. Heats 1 and 2 are marked by one Referee and a sample of one in four is second-marked by "
              "another; the Referees meet after each Heat to agree marks. ")
add_ins(p, "All Heat 3 discussions are recorded, and one in three is second-marked by a Referee from the University "
           "of Eskdale.", author=AP, date="2008-06-09T16:40:00Z")
para(doc, "The Steward of the Meeting sees a sample of every Heat, the recordings and the Line Steward's Cards, and "
          "reports to the University's Board of Examiners, which confirms all marks.")
p = para(doc, "The Rosette. ")
p.runs[0].bold = True
add_runs(p, "A Rosette is awarded to every rider who rides all three counted Heats to the Referees' satisfaction. "
            "The Board of Examiners confers the Postgraduate Certificate and the Trust reports the National Award.")

# ------------------------------------------------------------------ heat draw
doc.add_heading("The Heat Draw", level=1)
para(doc, "The Heat Draw sets out the outcomes every rider works towards, in our own words, the Game where each is "
          "ridden and the Heat where it is judged. The last column is the Line Steward's call. \"Judged\" means the "
          "outcome is judged in the Heat named. \"Practice only\" means it is ridden in the Game and practised in "
          "the Home Arena but not judged in any Heat. \"Walked\" means it is talked through on the Course Walk only. "
          "\"Not drawn\" means it is not in this season's draw.")
draw = [
    ("ATTRIBUTES", None),
    ("A1 Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and their "
     "families", "7", "3", "Judged"),
    ("A2 Wins the commitment of the head, senior leaders and colleagues to better outcomes for these pupils",
     "9", "3", "Judged"),
    ("A3 Makes sound decisions on provision, anticipates and solves problems", "9", "3", "Judged"),
    ("A4 Speaks and writes clearly; listens to and understands others' views", "9", "1, 2, 3", "Judged"),
    ("A5 Uses research and outside advice to improve own and colleagues' practice", "10", "2", "Judged"),
    ("A6 Keeps up to date and takes charge of own CPD on SEN and disability", "10", "-", "Practice only"),
    ("KNOWLEDGE", None),
    ("K1 The law, the SEN Code of Practice and what they mean for the school", "1", "1", "Judged"),
    ("K2 Every Child Matters and the SENCO's part in the five outcomes", "Course Walk", "-", "Walked"),
    ("K3 Disability equality law and what it requires", "2", "1", "Judged"),
    ("K4 The common kinds of SEN and how they affect learning", "3", "2", "Judged"),
    ("K5 Approaches, strategies and resources including ICT", "5", "2", "Judged"),
    ("K6 Self-evaluation and improvement for pupils with SEN", "6", "3", "Judged"),
    ("K7 Best practice and research in meeting SEN", "10", "2", "Judged"),
    ("K8 Outside agencies and how to get specialist support", "8", "2", "Judged"),
    ("SKILLS", None),
    ("S1 With senior leaders and governors, shapes an inclusive ethos, policy and use of resources", "6", "3",
     "Judged"),
    ("S2 Identifies need, sets targets, plans interventions, reviews progress", "4", "2", "Judged"),
    ("S2a Uses other professionals' assessments to shape teaching", "4", "2", "Judged"),
    ("S2b Uses summative data and national tests to track progress and change programmes", "4", "2", "Judged"),
    ("S2c Encourages colleagues' formative assessment with pupils with SEN", "4", "4", "Judged"),
    ("S2d Arranges pupils' special arrangements for national tests in good time", "-", "-", "Not drawn"),
    ("S3 Uses provision mapping; finds ineffective or missing provision", "6", "3", "Judged"),
    ("S4 Deploys and manages teaching assistants and other staff", "6", "-", "Practice only"),
    ("S5 Develops colleagues: observation, feedback, modelling, coaching, training", "9", "3", "Judged"),
    ("S6 Reviews provision with colleagues to inform self-evaluation", "6", "3", "Judged"),
    ("S7 Involves pupils in planning and reviewing their provision", "7", "-", "Practice only"),
    ("S8 Works with parents and carers", "7", "3", "Judged"),
    ("S9 Works with other services and voluntary organisations", "8", "2", "Judged"),
]
ht = table(doc, 1 + len(draw), 4, widths=[10, 2.2, 1.8, 2.5])
for c, h in enumerate(["Outcome (as our riders meet it)", "Game", "Heat", "Line Steward's call"]):
    cell_text(ht.cell(0, c), h, bold=True, shade="1F3864", color="FFFFFF")
comment_cell = None
for i, row in enumerate(draw, start=1):
    if row[1] is None:
        m = ht.cell(i, 0).merge(ht.cell(i, 3))
        cell_text(m, row[0], bold=True, shade="D9E2F3")
        continue
    for c, v in enumerate(row):
        cell_text(ht.cell(i, c), v, size=9)
    if row[0].startswith("A3 "):
        comment_cell = ht.cell(i, 0)
comment(doc, comment_cell.paragraphs[0].runs,
        "Do we need a line for prioritising, time and delegation? Could go under Game 9 - TA to look at for next "
        "season.", author="Tom Ashworth", initials="TA")
add_footnote(doc, doc.paragraphs[-1], "Numbers in the Game column are Game numbers; numbers in the Heat column are "
                                      "Heat numbers.")

# ------------------------------------------------------------------ officials
doc.add_heading("Officials", level=1)
para(doc, "The Referees are the people who teach and mark the SENCO Games. Between them they have more than sixty "
          "years of work with pupils with SEN.")
off = [
    ("Chief Referee", "Mrs Anne Pelham MA NPQH",
     "SENCO in two Vale primary schools for twelve years, then the county's senior adviser for SEN until 2007; "
     "a Riding for Learning tutor since 1999. Leads Games 1, 6 and 9."),
    ("Referee", "Dr Tom Ashworth",
     "Senior lecturer in inclusive education, University of Eskdale; PhD on language difficulties in the early "
     "years; member of the university's research group on inclusion. Leads Games 3, 5 and 10."),
    ("Referee", "Mrs Ruth Kendal",
     "Senior educational psychologist, Thornby County Council; chartered psychologist. Leads Games 4 and 7."),
    ("Referee", "Mr Colin Barr",
     "Headteacher of Ridgeway Special School (autism and severe learning difficulties); Specialist Leader for "
     "autism in the county network. Leads Games 2 and 8."),
    ("Guest Referees", "",
     "The county's specialist speech and language therapist, the Parent Partnership officer, the Sensory Support "
     "Service's lead teacher and the coordinator of the Vale autism parents' group, each for part of a Game."),
    ("Line Stewards", "Eight serving SENCOs",
     "Each has at least five years as a SENCO and holds an SEN qualification; each looks after one Team."),
]
ot = table(doc, 1 + len(off), 3, widths=[3.2, 4.3, 9])
for c, h in enumerate(["Role", "Name", "Experience"]):
    cell_text(ot.cell(0, c), h, bold=True, shade="D9E2F3")
for i, row in enumerate(off, start=1):
    for c, v in enumerate(row):
        cell_text(ot.cell(i, c), v, size=9.5)
para(doc, "")
para(doc, "Referees keep their knowledge current through the University's research group, the county's SEN "
          "network and at least three days' professional development each year, recorded with the Chief Referee.")
doc.add_heading("Briefing the Line Stewards and Referees", level=2)
para(doc, "Every Line Steward attends a full-day Line Stewards' briefing each September, run by the Chief Referee "
          "with a member of the University's staff. The briefing covers the outcomes, the Home Arena tasks, how to "
          "observe and complete the Line Steward's Card, and what to do when a rider is struggling. Each Line Steward "
          "receives the Line Steward's Handbook and joins the Referees' standardisation meeting before Heat 3, where "
          "Cards from the previous season are marked together. New Referees are inducted by the University's "
          "School of Education into its assessment regulations and shadow an experienced Referee for one Game before "
          "leading one.")
doc.add_heading("Specialists and visits", level=2)
para(doc, "Riders meet a wide range of specialists through the guest Referees and the Line Stewards. This season "
          "there are no visits to special schools or other settings; in 2007-08 our unaccredited SENCO Refresher "
          "took its riders to Ridgeway Special School and the Orchard Pupil Referral Unit, and we may return to this.")
doc.add_heading("Tack room: resources", level=2)
para(doc, "Riders use their own schools' assessment materials, software and books for the Home Arena tasks. The "
          "Trust keeps a book box of the set texts for each Game at the ground, and riders may use the University "
          "library.")

# ------------------------------------------------------------------ riders with disabilities
doc.add_heading("Riders with disabilities", level=1)
para(doc, "The Trust has hosted Riding for the Disabled for twenty years and we expect the SENCO Games to be as open "
          "as our arena is. Our equal opportunities policy meets the Race Relations (Amendment) Act 2000, the "
          "Disability Discrimination Act 1995 as amended in 2005 and the Equality Act 2006.")
for b in [
    "The Entry Card invites every applicant to tell us, in confidence, about a disability or health condition and "
    "what would help; the Chief Referee follows up each disclosure personally before Game 1, and riders may tell us "
    "at any point in the season.",
    "All Game rooms at Home Farm and Carrick Road are on the ground floor or served by a lift, with an induction "
    "loop and accessible toilets; papers are sent out a week before each Game and are available in large print, on "
    "coloured paper or electronically.",
    "Reasonable adjustments to Heats (extra time, alternative formats, a recorded rather than written piece, a "
    "scribe, rest breaks in the professional discussion) are agreed with the University's disability service.",
    "Line Stewards check with the rider before a Home Arena visit whether any adjustment is needed.",
    "Our leaflet and entry pack say all this, and are written with the Vale's disabled riders' group, who read "
    "them before they go out.",
]:
    para(doc, b, style="List Bullet")

# ------------------------------------------------------------------ stakeholders
doc.add_heading("What the schools asked for", level=1)
para(doc, "In January 2008 the Trust sent a short questionnaire to the headteachers and SENCOs of all 46 schools in "
          "the Vale; 31 schools replied. We also met the county's SEN team, the Parent Partnership Service and the "
          "Vale autism parents' group. The schools told us that new SENCOs most wanted help with provision mapping, "
          "managing teaching assistants and working with outside agencies, and that twilight sessions in the town "
          "suited few rural schools; parents asked that SENCOs be better at involving them in reviews.")
para(doc, "Because of this we put provision mapping at the centre of Game 6, made every Game available on a "
          "Saturday at the ground, added Game 8 on agencies at the county's request, and built the parents' meeting "
          "into Game 7 and Heat 3.")
para(doc, "Stakeholders are involved through the season: headteachers and county officers act as guest Referees; "
          "Line Stewards are serving SENCOs from the Vale's schools; the autism parents' group speaks at Game 7; and "
          "Team Trainers, Line Stewards and a parent representative sit on the Stewards' Meeting, which evaluates "
          "the season (below).")

# ------------------------------------------------------------------ stewards' meeting
doc.add_heading("The Stewards' Meeting: how we judge ourselves", level=1)
para(doc, "Internally, every rider completes a Game Card at the end of each Game (what was useful, what was not, "
          "what they will do in the Home Arena); the Referees read the Game Cards within a week and meet each term "
          "to review them with the Line Stewards' reports. Externally, the Steward of the Meeting reports each year, "
          "and the University's annual programme monitoring reviews results, the external examiner's report and the "
          "riders' evaluations.")
para(doc, "The Stewards' Meeting in July reads all of these and writes the next season's changes into the Order of "
          "Games; the changes go to the University's programme committee for approval and are reported to riders "
          "at the next Course Walk.")
para(doc, "To see what difference the Games make, we ask riders to complete a confidence scale against the Heat Draw "
          "at the Course Walk and again after the Final. We do not at present collect anything on pupils' "
          "achievement for our own evaluation. We would like, in later seasons, to ask riders to follow the pupils "
          "from their Case Run for a further term.")

# ------------------------------------------------------------------ after the final
doc.add_heading("After the Final", level=1)
para(doc, "At Game 10 each rider completes a Next Season card with a Referee: three professional targets for the "
          "year after the award, the evidence that each has been reached, and the help needed. The card lists the "
          "University's MA in Inclusive Education routes, into which the Postgraduate Certificate counts, and the "
          "county's SENCO network. Riders take the card to their Team Trainer for their next performance management "
          "meeting, and the Line Steward follows up with a telephone call in the autumn term.")
para(doc, [("Good luck to every rider, and remember: in games, as in school, the team that listens wins.",
            {"italic": True})], align="center")

header_footer(doc, "Thornby Vale Branch Education Trust  |  The SENCO Games 2008-09  |  Official Programme",
              "Registered charity 1102417. All riders and officials hold current enhanced CRB disclosures.")
doc.save(str(OUT))
print("wrote", OUT)
