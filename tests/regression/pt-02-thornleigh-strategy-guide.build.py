"""pt-02-thornleigh-strategy-guide: build script.

Provider: Thornleigh Lacrosse Development Trust (the charity behind Thornleigh Lacrosse Club, "the Stags",
and its schools and disability lacrosse programmes), with Calderbrook University (validating) and Harrowfell
Metropolitan Borough Council.

Document kind and layout: the Trust's application written as a video game's OFFICIAL STRATEGY GUIDE,
"Crease Quest: The SENCO Award". Heading styles carry the guide's own chapter titles (Press Start, Hardware
Requirements, Character Creation, Game Modes, World Map, Walkthrough, Save Points, NPCs, Scoring, Scoreboard
and Patch Notes, Inventory, DLC, Post-game, Trophy List, Credits), never criterion numbers. The guide's words:
Players (participants), Coaches (tutors), Co-op Partners (in-school mentors), Worlds (20-credit modules),
Levels 1-1 to 3-4 (taught days), Side Quests (school tasks), Boss Fights (marked assessments), Save Points
(tutorials), Character Sheet and Skill Tree (needs assessment and individual plan), New Game+ (prior learning),
Boss Rush (assessment-only), Online Lobby (the VLE), Game Board (steering group), Patch Notes (changes since
the Beta pilot). Text boxes (PRO TIP, LORE, WARNING), a world map table with merged World rows, NPC table,
a Trophy List table at the back with merged group rows whose values ("Off-map", "Lore", "Locked", "DLC")
are defined only in Chapter 1, two footnotes, two comments, tracked changes, a header and a footer with a
PAGE field, a price placeholder.

Traps (requirement ids in brackets):
- "Off-map" trophies: no Level teaches them, a Boss Fight assesses them: assessed but not developed
  [6.A3, 6.A5, 6.A7, 6.K4, 6.S5, 6.S8 partially_met].
- "Lore" as the only place an outcome is found, while LORE boxes are "club history ... not part of the
  game": the right words about the wrong thing (respect between lacrosse players) [6.A1 partially_met].
- Missing outcome: anticipating and resolving problems / sound judgement appears nowhere and the Trophy List
  skips it [6.A4 not_met].
- "Locked" in this edition (tried in the Beta, a past arrangement) [6.S1 not_met].
- Tracked change in the Trophy List: "Level 2-4" / "Boss Fight 2" deleted, "DLC" inserted; DLC is only a
  plan for a 2010 expansion [6.S2d not_met].
- Inserted tracked paragraph (Boss Rush) is part of the submission [2.3 met].
- Deleted tracked sentence offering adjustments in Boss Fights is not part of the submission; the rest of
  "Accessibility options" is a ramp, a toilet and large print [3.1 partially_met].
- Someone else's responsibility: "What happens after the credits roll is between you and your head
  teacher"; a Post-game planning day only "may" come as DLC [2.5 not_met].
- Prior learning taken into account but not accredited ("Skipping a Level does not give you credit"),
  another university's APL mentioned [2.1 partially_met].
- Placeholder "[PRICE TBC: University finance to confirm]" and no costing [2.4 partially_met; tailoring via
  the Skill Tree is concrete].
- Online Lobby: peer support and ICT, but "Coaches do not answer in the Lobby" and between Levels the only
  route to a Coach is the next Save Point; a comment about weekly checks is not evidence [3.3
  partially_met].
- Minimum spec is QTS only; the recommended spec is "not checked" [5.2 partially_met].
- Inventory: laptops and a loan library only "on our wish list for 2010" [5.6 partially_met].
- Single marking by the Coach who ran the World; the University "may ask" to see some [5.8
  partially_met].
- Award rule: every trophy "on the Trophy List", and Locked and DLC trophies "do not count towards the Award
  in this edition" [6.0 partially_met]; "There are no cheat codes" looks like a rule of full coverage.
- Parents only in general terms ("Parents and carers come into almost every Level") [1.7 partially_met].
- Footer claim "100% completion guaranteed." (a footer is never evidence) beside a list with Locked, DLC and
  Off-map entries [6.0 and the outcomes above].
- Met despite looking like traps: CRB checks under "Server rules" [5.3]; evaluation of pupils' achievement
  through the Scoreboard [5.9]; stakeholders on the Game Board and in Patch Notes [4.2, 4.3]; placements as
  "Away Fixtures" [5.5].
"""
from pathlib import Path
import sys

from docx import Document
from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _pt_helpers import (set_font, para, runs, shade_para, table, merge_row, cell_text, mixed, ins_run,
                         textbox, header_footer, Footnotes, comment)

HERE = Path(__file__).parent
OUT = HERE / "pt-02-thornleigh-strategy-guide.docx"
ED = "K. Lowther (Trust)"

doc = Document()
set_font(doc, "Calibri", 10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
fn = Footnotes(doc)
header_footer(doc, "CREASE QUEST  \u2014  THE OFFICIAL STRATEGY GUIDE  \u2014  2009-10 EDITION",
              "Thornleigh Lacrosse Development Trust. Guide text \u00a9 the Trust. 100% completion guaranteed.")


def h(text, level=1):
    return doc.add_heading(text, level=level)


def tip(label, lines, fill="E2EFDA"):
    return textbox(doc, [[(label, "b")]] + lines, width_pt=400, height_pt=22 + 16 * len(lines), fill=fill)


# ---------------------------------------------------------------- cover
doc.add_paragraph("CREASE QUEST", style="Title")
para(doc, [("The SENCO Award: The Official Strategy Guide", "b")], size=14)
para(doc, "Thornleigh Lacrosse Development Trust, with Calderbrook University and Harrowfell Metropolitan "
          "Borough Council. Our application to the TDA for approval to run the National Award for SEN "
          "Coordination from September 2009.", size=10)
para(doc, [("Written by Kath Lowther (Award Lead) and the Coaches. Edition 1.1, March 2009.", "i")], size=9)

# ---------------------------------------------------------------- chapter 1
h("Chapter 1: Press Start")
para(doc, "Thornleigh Lacrosse Club has been on Kirkgate Fields since 1921. The Trust runs the club's schools "
          "programme, which takes lacrosse into sixty Harrowfell schools, and the Stags Inclusive squads for "
          "young players with disabilities. Teachers who coach our school teams kept telling us the same thing: "
          "the hardest job in their school was the SENCO's, and nobody trained them for it. So we built a game.")
para(doc, "This guide is how we explain the Award to the teachers who play it, and it is also our application. "
          "Everything the Award does is in here. Read the walkthrough for what happens on each Level, and the "
          "Trophy List at the back for the national minimum outcomes and where each one is found and unlocked.")

h("The game at a glance", 2)
glance = [
    ("Feature", "In Crease Quest"),
    ("Platform", "A Postgraduate Certificate validated by Calderbrook University: 60 credits at Master's level "
                 "(Level 7), awarded by the University. Credits count towards its MA in Education."),
    ("Players", "Teachers who are new to the SENCO role, or about to take it on"),
    ("Worlds", "Three, each a 20-credit module: The Clubhouse, The Pitch, The Bench"),
    ("Levels", "Twelve taught days, 1-1 to 3-4"),
    ("Side Quests", "Six tasks in your own school"),
    ("Boss Fights", "Three marked assessments, one per World"),
    ("Play time", "About one school year, part time"),
]
table(doc, glance, widths=[3.5, 13], header_fill="C6E0B4")

h("The objective", 2)
para(doc, "The aim of the game is not your score. It is the progress and well-being of the children and young "
          "people with SEN and/or disabilities in your school: how well they learn, and whether they are "
          "healthy, safe, enjoying school, making a contribution and on the way to economic well-being, the "
          "five Every Child Matters outcomes. Every Level ends with a \"So what for pupils?\" slot. Every Side "
          "Quest starts from a baseline for named pupils. Every Boss Fight is marked on what changed for pupils "
          "as well as on what you know.")

h("How to read this guide", 2)
para(doc, "Boxes marked PRO TIP are advice from players in the Beta. Boxes marked LORE are club history and "
          "stories; they are not part of the game. WARNING boxes are things that will cost you a Boss Fight.")
para(doc, "In the Trophy List, \"Where to find it\" names the Level or Levels that teach a trophy and \"How to "
          "unlock\" names the Boss Fight that marks it. Four other entries appear:")
for term, meaning in [
    ("Off-map", "no Level teaches this trophy. You bring it with you from your own work and prove it in the "
                "Boss Fight named."),
    ("Lore", "the trophy appears only in a LORE box."),
    ("Locked", "not in this edition of the game."),
    ("DLC", "coming in a later expansion, not in this edition."),
]:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, [(term + ": ", "b"), (meaning, "")])

# ---------------------------------------------------------------- chapter 2
h("Chapter 2: Hardware Requirements")
para(doc, "Minimum spec: Qualified Teacher Status and a teaching post in a Harrowfell school. If you meet the "
          "minimum spec, you're in.")
para(doc, "Recommended spec: at least a year's experience of working with pupils with SEN, and a head who wants "
          "you to do this. The recommended spec is not checked.")
h("Server rules: safe play", 2)
para(doc, "Before Level 1-1, your head confirms to the Trust in writing the date and number of your enhanced CRB "
          "disclosure, and that there are no outstanding concerns or disciplinary matters about your work with "
          "children. If you have not worked in a school, in a post with regular contact with children, in the "
          "past three months, you apply for a new enhanced disclosure through the Trust, and you cannot start "
          "until the Trust's safeguarding officer has seen it. The safeguarding officer keeps the record for "
          "every player.")
h("Price", 2)
p = para(doc, "Full game: [PRICE TBC: University finance to confirm]. Harrowfell Council has said it will fund "
              "places for its own schools.")
comment(doc, p.runs, "Waiting for Calderbrook finance. Can't put a number in until they do.", "K. Lowther", "KL")

# ---------------------------------------------------------------- chapter 3
h("Chapter 3: Character Creation")
para(doc, "Before you play, you build your character. The Character Sheet lists every trophy on the Trophy List. "
          "For each one you rate yourself from 1 to 4, write a short example from your own practice, and ask "
          "your head to add a comment. You send the Character Sheet to your Coach three weeks before Level 1-1.")
para(doc, "At your first Save Point, within two weeks of Level 1-1, your Coach goes through the Character Sheet "
          "with you, checks your ratings against your examples (players often rate themselves too high on the "
          "law, because what they learned was from before 2001), and together you draw up your Skill Tree. The "
          "Skill Tree is your own plan: the trophies you most need to work on, a personal target for each, the "
          "Levels to give most time to, the school context for each Side Quest, and any reading to do before a "
          "Level. Your Co-op Partner gets a copy. Your Coach reviews the Skill Tree with you at every Save Point "
          "and changes it as you go.")
tip("PRO TIP", ["Be honest on the Character Sheet. A 4 you can't back up turns into a Boss Fight you didn't "
                "prepare for."])

h("New Game+", 2)
para(doc, "If you have already studied SEN at Master's level, or have run SEN provision before, tell us on the "
          "Character Sheet. Your Coach may agree at the first Save Point that you skip one or more of Levels "
          "1-1 to 1-3 and use the time on your Skill Tree instead. Skipping a Level does not give you credit: "
          "every player plays all three Boss Fights for the full 60 credits, and the University does not "
          "accept credit from earlier study for this Award. Kirkmoor University does accredit prior learning "
          "on its own SEN certificate, if you want to ask them.")

h("Boss Rush", 2)
p = doc.add_paragraph()
ins_run(p, "For a very experienced candidate, such as an advisory teacher or a SENCO who has led provision for "
           "years elsewhere, the Trust offers Boss Rush: an assessment-only route. The candidate sends a "
           "Character Sheet with evidence; if a Coach and the Award Lead agree at a Save Point that the "
           "candidate already seems to meet the Trophy List, the candidate plays all three Boss Fights without "
           "the Levels, marked in the same way as every other player, and is awarded the 60 credits only on "
           "passing all three. We expect no more than one or two a year.", ED)

# ---------------------------------------------------------------- chapter 4
h("Chapter 4: Game Modes")
para(doc, "There are two ways to play and one add-on. All three lead to the same Boss Fights.")
modes = [
    ("Mode", "Start", "How it runs"),
    ("Story Mode", "September", "Twelve Levels on Wednesdays, 9.30 to 3.30, at the Lodge (the club's function "
                                "room) or the University's Kirkgate campus."),
    ("Co-op Mode", "February", "The same twelve Levels as twenty-four twilight sessions, 4.00 to 6.30, held in "
                               "host schools in three Harrowfell clusters, plus four Saturday mornings, so that "
                               "you are not out of class."),
    ("Online Lobby", "Any time", "Levels 1-3, 2-2 and 3-3 can be played online on the University's virtual "
                                 "learning environment instead of in the room, in either mode."),
]
table(doc, modes, widths=[3, 2.5, 11], header_fill="C6E0B4")
para(doc, "World 1 comes first. After that you can play World 2 and World 3 in either order, and you can pause "
          "between Worlds for up to a year and rejoin in the other mode.")
h("The Online Lobby", 2)
p = para(doc, "The Lobby is the University's virtual learning environment. Each online Level has a video "
              "lecture, readings and two short tasks, and the Lobby has a discussion board for each World where "
              "players post their Side Quest progress and answer each other. Coaches post the slides and "
              "readings for every Level and use the Lobby's notice board and email to reach players and their "
              "Co-op Partners. Coaches do not answer in the Lobby: it is the players' space. Between Levels, "
              "your route to a Coach is the next Save Point.")
comment(doc, p.runs, "Should coaches at least check the Lobby weekly? Not agreed yet.", "D. Fenn (University)",
        "DF")
h("Accessibility options", 2)
p = para(doc, "The Lodge has a ramp and an accessible toilet. Handouts can be printed larger on request. ")
mixed(p, [("d", "Every player is asked before Level 1-1 whether they need any adjustments, and the Coach agrees "
                "them for the Boss Fights.")], ED)

# ---------------------------------------------------------------- chapter 5
h("Chapter 5: World Map")
wm = [
    ("Level", "Title", "Side Quest / Boss Fight"),
    ("W1", "WORLD 1: THE CLUBHOUSE (20 credits)", None),
    ("1-1", "Kit Check: the role, and Every Child Matters", ""),
    ("1-2", "The Rulebook: SEN and disability law", "Side Quest 1: Scout the School"),
    ("1-3", "Film Room: research and inspection", ""),
    ("1-4", "Huddle: listening to pupils", "Side Quest 2: Ask the Players\nBoss Fight 1"),
    ("W2", "WORLD 2: THE PITCH (20 credits)", None),
    ("2-1", "Positions: types of SEN and identifying need", "Side Quest 3: Baseline Run"),
    ("2-2", "Stick Skills: approaches, resources, ICT, assessment for learning", ""),
    ("2-3", "The Assist: other professionals and agencies", "Side Quest 4: Multi-agency Assist"),
    ("2-4", "Scoreboard: data, tracking and review", "Boss Fight 2"),
    ("W3", "WORLD 3: THE BENCH (20 credits)", None),
    ("3-1", "Captaincy: the head, the senior team and support staff", "Side Quest 5: Map It"),
    ("3-2", "Set Plays: provision mapping", ""),
    ("3-3", "Post-match Review: evaluating provision", "Side Quest 6: Review the Season"),
    ("3-4", "Final Whistle: preparing the Final Boss", "Boss Fight 3 (Final Boss)"),
]
wt = doc.add_table(rows=len(wm), cols=3)
wt.style = "Table Grid"
for i, row in enumerate(wm):
    if row[2] is None:
        merge_row(wt, i, row[1], fill="A9D08E", size=9)
        continue
    for j, v in enumerate(row):
        cell_text(wt.cell(i, j), [(v, "b")] if i == 0 else v, size=9, fill="C6E0B4" if i == 0 else None)
for row in wt.rows:
    for j, w in enumerate([1.4, 9.6, 5.5]):
        row.cells[j].width = Cm(w)

# ---------------------------------------------------------------- chapter 6
h("Chapter 6: Walkthrough")
para(doc, "Parents and carers come into almost every Level of the game.")
h("World 1: The Clubhouse", 2)
h("Level 1-1  Kit Check", 3)
para(doc, "What a SENCO is for, and the 2008 regulations that say the SENCO must be a qualified teacher and "
          "should be on, or close to, the senior team. Then Every Child Matters: the five outcomes, the Children "
          "Act 2004, the Common Assessment Framework, and the SENCO's part in making the outcomes real for pupils "
          "with SEN and disabilities. You leave with a list of three things your school could do for one pupil's "
          "well-being, not just their attainment.")
h("Level 1-2  The Rulebook", 3)
para(doc, "The law and guidance on SEN: the Education Act 1996, the SEN Code of Practice (2001) and its "
          "graduated response, School Action and School Action Plus, statutory assessment and statements, annual "
          "reviews. Then disability: the Disability Discrimination Act 1995 as amended in 2005, reasonable "
          "adjustments, the Disability Equality Duty, and accessibility plans. Harrowfell's SEN Team takes the "
          "afternoon on local procedures. You work through cases and say what the law requires and how you "
          "would put it into practice in your school. Side Quest 1 (Scout the School) is set: an audit of your "
          "school's SEN policy, accessibility plan and practice against the Code and the disability duties.")
h("Level 1-3  Film Room", 3)
p = para(doc, "Research and inspection evidence: what Ofsted's recent reports on SEN and inclusion found, the "
              "Bercow Review of speech, language and communication services (2008), the evidence on teaching "
              "assistants and on intervention programmes, and what counts as good evidence. You choose one piece "
              "of research or outside advice, test it against what happens in your school, and plan how to share "
              "it with colleagues. This Level can be played in the Online Lobby.")
fn.add(p, "The Film Room reading list is refreshed every summer by the University's Programme Leader.")
h("Level 1-4  Huddle", 3)
para(doc, "Listening to pupils. How to consult children and young people about things that affect them, "
          "including pupils with communication difficulties: talking mats, pupil-centred reviews, pupil "
          "questionnaires and pupil councils. How to involve pupils in setting and reviewing their own targets "
          "and in evaluating the provision made for them, and how to help colleagues do the same. Side Quest 2 "
          "(Ask the Players) is set: you consult six pupils with SEN about their provision, change one thing as "
          "a result, and involve each of them in their next review.")
tip("LORE", ["Respect the Game. Lacrosse began as the Creator's Game of the Haudenosaunee, played to honour "
             "opponents as much as to win. At Thornleigh every match still ends with both teams in a line, "
             "shaking hands, and the Stags' captain thanking the referee."], fill="FCE4D6")
h("Boss Fight 1: The Rulebook Boss", 3)
para(doc, "A 4,000-word report drawing on Side Quests 1 and 2: how far your school's policy and practice meet the "
          "law, the Code and Every Child Matters; what your research showed; what the pupils told you and what "
          "you changed; and how you built fair, respectful relationships with the pupils you consulted and "
          "their families.")

h("World 2: The Pitch", 2)
h("Level 2-1  Positions", 3)
para(doc, "The common types of SEN and disability and how they affect learning: behavioural, emotional and "
          "social difficulties; specific learning difficulties, including dyslexia; speech, language and "
          "communication needs; autistic spectrum disorders; moderate learning difficulties. Then identifying "
          "pupils who may have SEN, from classroom observation, data and assessment; setting challenging "
          "targets; planning interventions. Side Quest 3 (Baseline Run) is set: you identify four to six pupils, "
          "take baseline measures, run an intervention for at least six weeks and measure again.")
h("Level 2-2  Stick Skills", 3)
para(doc, "A critical look at approaches, strategies and resources for assessment, planning, teaching and "
          "learning, including ICT and assistive technology, and how to use them to remove barriers and "
          "personalise provision. In the afternoon: encouraging other teachers to develop formative assessment "
          "for all pupils, with approaches that work for pupils with SEN; you plan a short session for your "
          "department or key stage. This Level can be played in the Online Lobby.")
h("Level 2-3  The Assist", 3)
para(doc, "Working with other professionals. An educational psychologist and a speech and language therapist "
          "show how to read their assessments and turn them into teaching approaches. Then the scope and role "
          "of external agencies, including CAMHS, the sensory and physical impairment services, Connexions, "
          "social care and voluntary organisations such as Harrowfell Mencap and the local autism parents' "
          "group, and how to get specialist support and resources. Side Quest 4 (Multi-agency Assist) is set: "
          "you plan support for one pupil with a professional from another service.")
h("Level 2-4  Scoreboard", 3)
para(doc, "Data: using summative assessments, including national tests and P scales, to track pupils' progress "
          "and change programmes that are not working; reviewing progress against targets at set points; "
          "reading your school's data for pupils with SEN.")
tip("WARNING", ["Boss Fight 2 needs your Side Quest 3 baseline. No baseline, no fight."], fill="F8CBAD")
h("Boss Fight 2: The Case Study", 3)
para(doc, "A 5,000-word case study of the Side Quest 3 intervention, with the Side Quest 4 plan: how you "
          "identified the pupils and set targets; how you used other professionals' assessments; how you "
          "tracked progress with summative data, including national tests, and changed the programme; how you "
          "led colleagues' formative assessment; the types of need involved and the approaches you chose; "
          "each pupil's development and what has affected it; and how you worked with the pupils' parents or "
          "carers.")

h("World 3: The Bench", 2)
h("Level 3-1  Captaincy", 3)
para(doc, "Winning the commitment of your head and senior leaders to what you want to change for pupils with "
          "SEN; deploying and managing teaching assistants and other support staff, including timetabling, "
          "line management and performance review. Working with governors on whole-school strategy is Locked "
          "in this edition: we tried it in the Beta and players said it needed more time than Level 3-1 had. "
          "Side Quest 5 (Map It) is set.")
h("Level 3-2  Set Plays", 3)
para(doc, "Provision mapping and management: building a provision map, costing it, and reading it against "
          "pupils' progress to find provision that is not working or is missing. Side Quest 5 (Map It): you "
          "build your school's provision map for one key stage and name the gaps.")
h("Level 3-3  Post-match Review", 3)
para(doc, "The principles of school self-evaluation and improvement, and how they apply to outcomes for pupils "
          "with SEN; reviewing the effectiveness of provision with other staff and feeding the findings into "
          "the school's self-evaluation form and improvement plan. Side Quest 6 (Review the Season): you review "
          "one strand of provision with two colleagues and report to your head. This Level can be played in "
          "the Online Lobby.")
h("Level 3-4  Final Whistle", 3)
para(doc, "Preparing the Final Boss: rehearsing your presentation with other players.")
h("Boss Fight 3: The Final Boss", 3)
para(doc, "A leadership portfolio (4,000 words) built from Side Quests 5 and 6, and a 20-minute presentation with "
          "a professional discussion in front of two Coaches. The portfolio shows how you won the senior team's "
          "commitment, deployed support staff, mapped provision and reviewed it with colleagues; how you "
          "worked with other services and agencies; how you supported a colleague's professional development "
          "through observation and feedback or coaching; how you prioritised, managed your time and delegated "
          "during the project; and how you keep up to date and plan your own CPD. The presentation and "
          "discussion are marked for how clearly you speak and write and how well you listen to and take "
          "account of other people's views.")

# ---------------------------------------------------------------- chapter 7
h("Chapter 7: Save Points")
para(doc, "A Save Point is a one-to-one tutorial with your Coach, an hour long, in your school or by phone. "
          "There are three: within two weeks of Level 1-1, between Worlds 2 and 3, and four weeks before the "
          "Final Boss. At each one your Coach reviews your Skill Tree, reads your Side Quest notes and gives "
          "you written feedback. Your Co-op Partner, a senior colleague in your school who has agreed to "
          "support you, meets you every half-term to talk through your Side Quests and signs your Side Quest "
          "log.")

# ---------------------------------------------------------------- chapter 8
h("Chapter 8: NPCs")
para(doc, "The people you will meet in the game.")
npcs = [
    ("Character", "Who", "Stats"),
    ("Award Lead and Coach", "Kath Lowther", "SENCO for eleven years in two Harrowfell schools; MEd in Special "
                                             "and Inclusive Education; Stags Inclusive head coach"),
    ("Coach", "Dr Daniel Fenn", "Calderbrook University Programme Leader; former educational psychologist; "
                                "publishes on provision mapping"),
    ("Coach", "Priya Sandhu", "Harrowfell SEN Support Service team leader; specialist teacher for autism"),
    ("Coach", "Martin Abbott", "Headteacher of Kirkgate Special School; National Leader of Education"),
    ("Guest stars", "Harrowfell services", "Educational psychologists, speech and language therapists, the "
                                           "SEN Team, CAMHS, Harrowfell Mencap"),
    ("Co-op Partner", "In your school", "A deputy or assistant head, named by your head"),
]
table(doc, npcs, widths=[3.5, 3.5, 9.5], header_fill="C6E0B4")
para(doc, "Every Coach keeps their specialist knowledge current through at least three days of SEN training a "
          "year, recorded by the Award Lead.")
para(doc, "Knowing their roles. New Coaches spend a day with the Award Lead and the University before their "
          "first Level and get the Coach's Handbook, which sets out each Level's plan, how to run a Save Point, "
          "how to read a Skill Tree and how to mark a Boss Fight against the criteria. Co-op Partners come to a "
          "half-day briefing at the Lodge before Level 1-1 and get the Co-op Partner Guide, which explains each "
          "Side Quest and what they are expected to do. The Coaches meet every half-term to compare notes on "
          "players and Levels.")
para(doc, "Away Fixtures. Every player spends two days in a setting unlike their own, a special school, a "
          "resourced provision or the SEN Support Service, arranged by the Trust with host settings that have "
          "agreed to take players and brief them. Guest stars from Harrowfell's services teach on Levels 1-2, "
          "2-1 and 2-3.")

# ---------------------------------------------------------------- chapter 9
h("Chapter 9: Scoring")
para(doc, "Each Boss Fight is marked by the Coach who ran that World, using the University's Level 7 criteria "
          "and the trophies the Boss Fight unlocks. The University may ask to see some Boss Fights.")
para(doc, "You receive the Award only when every trophy on the Trophy List has been unlocked in a Boss Fight. "
          "Trophies shown as Locked or DLC do not count towards the Award in this edition. There are no cheat "
          "codes: a trophy cannot be unlocked at a Save Point, in a Side Quest or in the Lobby.")
para(doc, "Every Boss Fight is marked against every trophy it unlocks, and a player who does not unlock a trophy "
          "resubmits that part once.")

# ---------------------------------------------------------------- chapter 10
h("Chapter 10: Scoreboard and Patch Notes")
h("Before we built the game", 2)
p = para(doc, "In autumn 2007 the Trust and Harrowfell Council asked every Harrowfell head and SENCO what new "
              "SENCOs most needed; 88 schools answered. We ran two focus groups with the Harrowfell Parent "
              "Forum and one with the Stags Inclusive players' families. The heads wanted provision mapping and "
              "data; the SENCOs wanted the law and help leading adults; parents wanted SENCOs who listen to "
              "children and tell families what is happening. The Council's own data showed that pupils at School "
              "Action Plus were making the least progress in the borough. That is why World 2 is built around a "
              "measured intervention and why Level 1-4 exists.")
fn.add(p, "Full results are in the Harrowfell Schools Survey 2007, available from the Council's SEN Team.")
h("Patch Notes, version 1.1 (changes since the Beta)", 2)
para(doc, "Fourteen teachers played the Beta from September 2008. What they, their heads and the Council told "
          "us changed the game:")
for line in [
    "Co-op Mode added, because Beta heads could not release players every Wednesday.",
    "Level 1-4 (Huddle) added at the Parent Forum's request.",
    "Boss Fight 2 shortened from 6,000 to 5,000 words after Beta players' feedback.",
    "Online Lobby versions of three Levels added, because Co-op players asked to catch up online.",
    "The governors' strategy unit removed from Level 3-1 (see Locked trophies).",
]:
    doc.add_paragraph(line, style="List Bullet")
h("The Game Board", 2)
para(doc, "The Game Board steers the game. It has three Harrowfell heads, the Council's SEN manager, a parent "
          "from the Harrowfell Parent Forum, a former Beta player, the Award Lead and the University's Programme "
          "Leader, and it meets every term. Heads host the Co-op Mode sessions and Away Fixtures; the Parent "
          "Forum's representative and the former player help judge the Season Report and sit on the panel that "
          "agrees each year's patch notes.")
h("The Scoreboard", 2)
para(doc, "Inside the game: every Level is scored by players on a feedback card; Coaches write a short report "
          "after each World; Save Point notes show where players are stuck. Outside it: the University's annual "
          "monitoring of the Award, the Council's review of the places it funds, and a questionnaire to every "
          "player's head one term after the Final Boss.")
para(doc, "Impact on players: each player rates themselves again on the Character Sheet after the Final Boss, "
          "and we report the change in confidence and in Coaches' judgements of competence. Impact on pupils: "
          "the Trust collects every player's Side Quest 3 baseline and follow-up measures, anonymised, and the "
          "Programme Leader analyses the progress of the pupils involved against the school's expected progress; "
          "heads report in their questionnaire on pupils' progress and attendance a term later. All of this "
          "goes into the Season Report each July, which the Game Board uses to agree the next patch notes.")

# ---------------------------------------------------------------- chapter 11-12
h("Chapter 11: Inventory")
para(doc, "Every player gets a USB stick with all the Level slides and readings, and the Lodge has wifi. A loan "
          "library of assessment kits and assistive technology for players to try in school is on our wish "
          "list for 2010.")
h("Chapter 12: DLC: Coming Soon")
tip("COMING IN THE 2010 EXPANSION", [
    "Exam Access: a new Level on special arrangements for national tests and examinations.",
    "The Governors' Room: whole-school strategy with governors, unlocked.",
    "A Post-game planning day may come in 2010.",
], fill="DDEBF7")

h("Chapter 13: Post-game")
para(doc, "What happens after the credits roll is between you and your head teacher. The guide ends here.")

# ---------------------------------------------------------------- trophy list
h("Chapter 14: Trophy List")
para(doc, "The national minimum outcomes, as trophies. Entries are explained in Chapter 1.", size=9)
trophies = [
    ("Trophy", "What you must show", "Where to find it", "How to unlock"),
    ("G", "ATTRIBUTES", None, None),
    ("Fair Play", "Fair, respectful, supportive relationships with pupils with SEN and their parents or carers",
     "Lore", "Boss Fight 1"),
    ("Team Captain", "The commitment of colleagues, including the head and senior leaders", "Level 3-1",
     "Boss Fight 3"),
    ("Game Clock", "Prioritising, managing your time and delegating well", "Off-map", "Boss Fight 3"),
    ("Clear Call", "Speaking and writing clearly; listening to and understanding others' views", "Off-map",
     "Boss Fight 3"),
    ("Film Study", "Using research and outside advice to improve your own and colleagues' practice", "Level 1-3",
     "Boss Fight 1"),
    ("Fresh Legs", "Keeping up to date and taking charge of your own CPD", "Off-map", "Boss Fight 3"),
    ("G", "KNOWLEDGE", None, None),
    ("Rulebook", "SEN law and guidance, including the Code of Practice, and putting them into practice",
     "Level 1-2", "Boss Fight 1"),
    ("Every Child", "Every Child Matters and the SENCO's part in it", "Level 1-1", "Boss Fight 1"),
    ("Equal Terms", "Disability equality law and what it requires", "Level 1-2", "Boss Fight 1"),
    ("Growing Game", "How children develop and what affects their development", "Off-map", "Boss Fight 2"),
    ("Positions", "The common types of SEN and disability and how they affect learning", "Level 2-1",
     "Boss Fight 2"),
    ("Stick Skills", "Approaches, strategies and resources, including ICT", "Level 2-2", "Boss Fight 2"),
    ("Post-match", "School self-evaluation and improvement for pupils with SEN", "Level 3-3", "Boss Fight 3"),
    ("Film Room", "Best practice and research in meeting SEN", "Level 1-3", "Boss Fight 1"),
    ("The Assist", "External agencies, and getting specialist support and resources", "Level 2-3",
     "Boss Fight 3"),
    ("G", "SKILLS", None, None),
    ("Club Strategy", "Shaping an inclusive ethos, policies and priorities with senior colleagues and governors",
     "Locked", "Locked"),
    ("Spot the Gap", "Identifying pupils, setting targets, planning interventions, reviewing progress",
     "Levels 2-1, 2-4", "Boss Fight 2"),
    ("Read the Report", "Using assessments from other professionals to plan teaching", "Level 2-3",
     "Boss Fight 2"),
    ("Scoreboard", "Using summative assessments, including national tests, to track and adjust", "Level 2-4",
     "Boss Fight 2"),
    ("Feedback Loop", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN",
     "Level 2-2", "Boss Fight 2"),
    ("Exam Access", "Special arrangements for national tests and examinations", "TRACK", "TRACK"),
    ("Set Plays", "Provision mapping; finding ineffective or missing provision", "Level 3-2", "Boss Fight 3"),
    ("Line Change", "Deploying and managing support staff", "Level 3-1", "Boss Fight 3"),
    ("Assistant Coach", "Supporting colleagues' professional development", "Off-map", "Boss Fight 3"),
    ("Season Review", "Reviewing provision with other staff to inform self-evaluation", "Level 3-3",
     "Boss Fight 3"),
    ("Player Voice", "Involving pupils in planning, agreeing and reviewing their provision", "Level 1-4",
     "Boss Fight 1"),
    ("Touchline", "Working with parents and carers", "Off-map", "Boss Fight 2"),
    ("Away Team", "Working with other services and voluntary organisations", "Level 2-3", "Boss Fight 3"),
]
tt = doc.add_table(rows=len(trophies), cols=4)
tt.style = "Table Grid"
for i, row in enumerate(trophies):
    if row[0] == "G":
        merge_row(tt, i, row[1], fill="A9D08E", size=8)
        continue
    for j, v in enumerate(row):
        if v == "TRACK":
            c = tt.cell(i, j)
            c.text = ""
            old = "Level 2-4" if j == 2 else "Boss Fight 2"
            mixed(c.paragraphs[0], [("d", old), ("i", "DLC")], ED)
            continue
        cell_text(tt.cell(i, j), [(v, "b")] if i == 0 else v, size=8, fill="C6E0B4" if i == 0 else None)
for row in tt.rows:
    for j, w in enumerate([2.8, 8.2, 2.8, 2.7]):
        row.cells[j].width = Cm(w)

# ---------------------------------------------------------------- credits
h("Credits")
for line in ["Game design: Kath Lowther, Daniel Fenn", "Level design: Priya Sandhu, Martin Abbott",
             "Validation: Calderbrook University, Faculty of Education",
             "Funding partner: Harrowfell Metropolitan Borough Council",
             "Beta testers: fourteen Harrowfell teachers, 2008-09",
             "Special thanks: the Stags, and everyone who ever carried the water bottles"]:
    para(doc, line, align="c", size=9)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
