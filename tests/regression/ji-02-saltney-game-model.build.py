"""ji-02-saltney-game-model

Provider (invented): the Learning Department of Saltney Town FC in the
Community (a football club's community trust), with Marlhaven University
School of Education, which validates the course as its "Graduate
Certificate in SEN Coordination (National Award)". Application for approval
from September 2009.

Document kind and layout: the club's coaching "Game Model" document, the kind
a club's academy writes to set out its playing philosophy, adapted by the
Learning Department for its SENCO course: "The Saltney Way". Word heading
styles (Heading 1 and 2) with the club's own section names; a cover block of
bold centred lines; a foreword; "Club Vision and Identity" (values and
beliefs); "The Game Model" in the four Moments of the game (In Possession =
what is taught, Out of Possession = protecting standards, Transitions = into
and out of the Award, Set Plays = the assessed Matches), each with principles
typed as "IP1", "OP1", "T1", "SP1" in List Bullet paragraphs; a "Player
Pathway" table of twelve Sessions in three Phases with merged shaded phase
rows; the "Four Corner Development Grid" (the FA's four-corner model:
Psychological, Technical, Tactical, Social) of the outcomes in the club's
words with columns "Coached in" and "Tested in" defined in the text; a
coaching staff table and a roles table; a "Non-negotiables" text box; an
appendix "Match Report" template with the form's prompts and placeholders
left in. Header and footer. Tracked changes (a cell's "M3" deleted and "SSG"
inserted; a deleted sentence offering a January start; an inserted sentence
about the external examiner's appointment), two Word comments, one footnote.

The course's own vocabulary: participants are "players"; study sessions are
"Sessions" in three "Phases"; marked assignments are "Matches" (M1-M3) and
"The Final"; unmarked practice with feedback is a "Small-Sided Game" (SSG);
the needs assessment is "Player Profiling" giving an "Individual Development
Plan" (IDP); the assessment-only route is "Direct to First Team"; school
mentors are "School Coaches"; the end review is the "End of Season Review".

Traps (requirement ids):
- Values and beliefs in Club Vision (no arrangements).
- 60 credits "30 at Level 6 and 30 at Level 7"; a comment says the
  University may validate all 60 at Level 7 (comment) -> E.2 partially_met.
- "The University does not accept prior credit into the Award"; a comment
  asks about APEL -> 2.1 not_met.
- Working with parents is "not part of the Saltney Way", left to schools'
  family liaison workers and the Parent Partnership Service (negation,
  someone else's responsibility) -> 1.7 not_met, 6.S8 not_met; the
  relationships outcome is about pupils only -> 6.A1 partially_met.
- Every player attends every Session, and no cost is given -> 2.4
  partially_met (2.2 is met by Player Profiling and the IDP).
- A single September start; the January start is a tracked deletion; the one
  choice is the evening venue -> 3.2 partially_met.
- "There is no online learning" -> 3.3 not_applicable.
- Stakeholder needs and influence only in general terms ("We know from our
  work in schools", "have had their say") -> 4.1, 4.2 partially_met; 4.3
  met (Steering Group, heads' end-of-season review, host speakers).
- "We do not arrange placements" -> 5.5 partially_met.
- Resources only promised in general terms -> 5.6 partially_met.
- Second marking of a sample, but external moderation only once an
  external examiner is appointed (inserted sentence says "once the
  University appoints") -> 5.8 partially_met.
- Completion on 85% attendance and a pass in The Final; a failed Match does
  not stop completion -> 6.0 partially_met; 1.9 partially_met (outcomes not
  tested).
- Grid: gaining commitment of head and senior leaders "Not tested" 6.A2;
  research and outside advice "SSG" only 6.A6; developing colleagues "M3"
  deleted and "SSG" inserted 6.S5; other services and agencies "SSG" only
  6.S9 (all partially_met); no row or teaching on summative assessment and
  national tests 6.S2b (not_met).
- The Appendix Match Report template's prompts ("[Describe the impact on
  pupils]") are a form, not the provider's statement.
- CRB check of candidates is done properly in Out of Possession -> 5.3 met.
- The footer claims TDA approval for 2009-14 (footer, not evidence).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.shared import Pt  # noqa: E402
from _ji_helpers import (new_doc, para, table, shade, cell_text, textbox, ins_run, del_run,  # noqa: E402
                         comment, set_header_footer, footnote, finish, word_count)

OUT = Path(__file__).with_name("ji-02-saltney-game-model.docx")
d = new_doc("Calibri", 11)
set_header_footer(d, "THE SALTNEY WAY  |  Game Model v2.1  |  Learning Department",
                  "Saltney Town FC in the Community is a registered charity. The Saltney Way: approved by the "
                  "TDA for 2009-14.")
H1 = "Heading 1"
H2 = "Heading 2"
LB = "List Bullet"

for t, s in [("SALTNEY TOWN FC IN THE COMMUNITY", 16), ("LEARNING DEPARTMENT", 12),
             ("THE SALTNEY WAY", 26), ("Our Game Model for the National Award for SEN Coordination", 14),
             ("Version 2.1, February 2009. For the Technical Board and the TDA approval panel.", 10)]:
    para(d, [(t, {"b": True, "size": s})], align="center")

d.add_paragraph("Foreword", style=H1)
para(d, "Every professional club has a Game Model: one document that says how the club plays, from the "
        "under-nines to the first team, so that every coach teaches the same game. When the Learning Department "
        "set out to build a SENCO course with Marlhaven University, our Technical Director suggested we write it "
        "the same way. This is the result. It is the document our coaches will work from, and it is the "
        "description of the course we ask the panel to approve.")
para(d, "Jan Hollis, Head of Learning, Saltney Town FC in the Community")

d.add_heading("1. Club Vision and Identity", level=1)
para(d, "Saltney Town has been part of this town since 1889. We believe that football can change lives and that "
        "every child, whatever their needs, deserves a coach who believes in them. We are passionate about "
        "inclusion, and we want Saltney to be known as the town where no child is left on the bench.")
para(d, "The aim of the Saltney Way is to raise the achievement and improve the well-being of pupils with SEN "
        "and/or disabilities in our players' schools, in all five Every Child Matters outcomes and not only in "
        "test results, by improving the knowledge, understanding and skills of the teachers who lead provision "
        "for them. Every Session starts from real pupils, and every Match asks the player to show how pupils in "
        "their school are achieving more, are safer or healthier, or are taking a fuller part in school life "
        "because of what the player has done.")
p = para(d, "The Saltney Way is validated by Marlhaven University School of Education as its Graduate Certificate "
            "in SEN Coordination (National Award). It carries 60 credits: 30 at Level 6 and 30 at Level 7 "
            "(Masters level).")
comment(d, p.runs[0], "University may validate all 60 at Level 7 from 2010 - awaiting confirmation. JH",
        "Jan Hollis", "JH")
para(d, "Sessions draw on current research and inspection evidence: Ofsted's report Inclusion: does it matter "
        "where pupils are taught? (2006), the Bercow Review of services for children and young people with "
        "speech, language and communication needs (2008), Removing Barriers to Achievement (2004) and the "
        "Inclusion Development Programme materials, and each Session's reading list is refreshed every summer by "
        "the University's academic lead.")

d.add_heading("2. The Game Model", level=1)
para(d, "A Game Model divides the game into four Moments. We use the same four to describe the course.")

d.add_heading("In Possession: what we teach", level=2)
for t in [
    "IP1. Every Session is built on a real pupil or a real school problem brought by a player, and ends with a "
    "task to try in school before the next Session.",
    "IP2. Players learn the law and policy the SENCO works within: the Education Act 1996 and the SEN Code of "
    "Practice (2001), the Disability Discrimination Act and the disability equality duty, Every Child Matters "
    "and the 2004 SEN strategy, Removing Barriers to Achievement.",
    "IP3. Players learn to consult pupils. Session 8 (Player Voice) teaches ways of finding out what pupils "
    "think about the things that affect them, including pupils who communicate without speech, and players "
    "run a consultation with a group of pupils in their own school.",
    "IP4. Players learn to advise, support and work with colleagues in their own and other schools. In Session "
    "10 (Coach the Coach) players practise observation, feedback and coaching, and they meet in cluster "
    "groups of four SENCOs from neighbouring schools between Sessions to solve each other's problems.",
    "IP5. Working with parents and carers is not part of the Saltney Way. In our partner schools it is led by "
    "the family liaison workers and the Parent Partnership Service, and the course leaves it to them.",
]:
    para(d, t, style=LB)

d.add_heading("Out of Possession: protecting our standards", level=2)
for t in [
    "OP1. Evaluation. After every Session players complete a two-minute feedback sheet; the Learning Department "
    "runs a mid-season review with each cohort; at the end of the season players complete a questionnaire and "
    "their headteachers complete an End of Season Review of the difference the course has made in school. The "
    "University's annual programme monitoring and its periodic review look at the Saltney Way like any other "
    "award. The Steering Group reads all of this each July and decides what changes, and the changes are "
    "written into the next version of this Game Model.",
    "OP2. Impact on players and pupils. Every player rates their confidence against each outcome in Player "
    "Profiling and again at Full Time. In Match 2, each player takes baseline measures for a group of pupils "
    "(reading or spelling ages, attendance, behaviour points, or pupils' own ratings of how they feel about "
    "school) before an intervention and the same measures after it; the Learning Department collects these "
    "results from every player and reports the pupils' progress, cohort by cohort, to the Steering Group.",
    "OP3. Safeguarding. The Learning Department checks every candidate's CRB enhanced disclosure before they are "
    "accepted. The candidate brings the original disclosure to the entry interview; the club's Safeguarding "
    "Officer records its number and date and, where the candidate has not worked in a school in the last three "
    "months, asks for a new enhanced disclosure through the club's registered body. We also ask the "
    "candidate's current headteacher to confirm there are no disciplinary concerns and that the candidate is "
    "not barred from working with children.",
    "OP4. Marking. Every Match is marked by the player's coach against the University's criteria, and a second "
    "coach marks a sample of each Match.",
    "OP5. Resources. The club will make sure players have the resources they need.",
]:
    p = para(d, t, style=LB)
    if t.startswith("OP4"):
        ins_run(p, " Moderation by an external examiner will follow once the University appoints one for the "
                   "Award.", "Jan Hollis", "2009-02-17T11:05:00Z")

d.add_heading("Transitions: into and out of the Award", level=2)
for t in [
    "T1. Trials. Every candidate sends an application with a reference from their headteacher, completes a short "
    "pre-entry task (a one-page account of the SEN provision in their school and one pupil's needs) and has an "
    "entry interview with a coach. The task and interview check that the candidate has the knowledge and "
    "experience to reach the outcomes by Full Time. A candidate who is not ready is told what to do first, "
    "usually a term leading SEN work alongside an experienced SENCO, and we talk to their headteacher about it.",
    "T2. Player Profiling. Before Session 1 each player rates themselves against every outcome in the Four "
    "Corner Grid and discusses the ratings with their coach, who checks them against evidence from the player's "
    "school. Together they agree an Individual Development Plan (IDP) with personal targets for the outcomes the "
    "player most needs, and the IDP decides the focus of each player's Matches. The IDP is reviewed at the end "
    "of each Phase.",
    "T3. Prior credit. The University does not accept prior credit into the Award: every player completes all "
    "60 credits.",
    "T4. Direct to First Team. In exceptional cases an experienced teacher, for example from a local authority "
    "SEN support service, who already appears to meet the outcomes may go straight to assessment without "
    "attending Sessions. They submit a portfolio mapped to every outcome in the Grid and complete The Final; "
    "they must show every outcome at the same standard as other players. The fee is £450.",
    "T5. End of Season Review. At Session 12 every player meets their coach and their School Coach to agree "
    "three professional targets for the following year, recorded on the Next Season sheet and taken to their "
    "performance management review.",
    "T6. Access. Every application form asks candidates whether they have a disability or need adjustments, "
    "and explains why. We agree reasonable adjustments with each disabled player before Session 1: materials "
    "in large print or electronic form, a British Sign Language interpreter, extra time or a different format "
    "for Matches and The Final, and accessible rooms. All Sessions take place in step-free rooms with a hearing "
    "loop. Our promotional leaflet is available in large print and audio.",
]:
    p = para(d, t, style=LB)
    if t.startswith("T3"):
        comment(d, p.runs[0], "Could we offer APEL through the University's RPL scheme? JH", "Jan Hollis", "JH")

d.add_heading("Set Plays: the Matches", level=2)
for t in [
    "SP1. Match 1 (Phase 1): a 3,000-word critical review of the law, policy and research that shape SEN "
    "provision in the player's school, with a pupil case.",
    "SP2. Match 2 (Phase 2): a school-based intervention project with a group of pupils: identifying needs, "
    "setting targets with the pupils, planning and running the intervention with outside professionals' advice, "
    "reviewing it with baseline and follow-up measures.",
    "SP3. Match 3 (Phase 3): a leadership project: mapping and evaluating provision with colleagues, "
    "reporting to the head and governors, and deploying support staff.",
    "SP4. The Final: a portfolio and a 40-minute professional discussion with two coaches, in which the player "
    "shows how they have met the outcomes and how their practice has changed.",
    "SP5. Small-Sided Games (SSGs) are short practice tasks set in Sessions. Coaches give feedback, but SSGs are "
    "not marked.",
]:
    para(d, t, style=LB)

d.add_heading("3. The Player Pathway", level=1)
para(d, "All players start in September and follow the Sessions in order. Sessions run on Wednesdays from 4.30 "
        "to 8.00pm in the Riverside Suite at the stadium. The one choice is the venue: the same Session runs again "
        "on the Thursday at the Penhallow training ground. There is no online learning in the Saltney Way: every "
        "Session happens face to face, and every player attends every Session.")
p = para(d, "")
del_run(p, "Players may also join in January and take Phase 1 at the end of the season.", "Jan Hollis",
        "2009-02-17T11:12:00Z")
rows = [["Session", "Title", "What we coach"]]
phases = [
    ("PHASE 1: FOUNDATION (September to December)", [
        ("1", "Kick-off", "The SENCO role; Every Child Matters and the SENCO's part in it; prioritising, managing "
         "time and delegating"),
        ("2", "Laws of the Game", "SEN law and the Code of Practice in school; the disability equality duty and "
         "what it means for pupils"),
        ("3", "Growing Players", "How children develop, and how SEN, disability and the physical and social "
         "environment shape development"),
        ("4", "Know the Position", "The common types of SEN and disability and their effect on learning; "
         "research and best practice"),
    ]),
    ("PHASE 2: YOUTH DEVELOPMENT (January to April)", [
        ("5", "Scouting", "Identifying pupils who may have SEN; targets, interventions and review; using "
         "assessments from other professionals"),
        ("6", "Coaching Methods", "Approaches and resources for teaching, including ICT; helping colleagues use "
         "formative assessment; arranging access arrangements for tests and examinations"),
        ("7", "The Wider Squad", "External agencies and voluntary organisations: what they do and how to get "
         "their support"),
        ("8", "Player Voice", "Consulting pupils; involving pupils in planning and reviewing their own provision"),
    ]),
    ("PHASE 3: PROFESSIONAL DEVELOPMENT (May to July)", [
        ("9", "Leading the Team", "Working with the head and governors on an inclusive ethos and policy; "
         "deploying and managing teaching assistants"),
        ("10", "Coach the Coach", "Observing, giving feedback, modelling, coaching and mentoring colleagues"),
        ("11", "Match Analysis", "Provision mapping; reviewing provision with colleagues; school "
         "self-evaluation and improvement"),
        ("12", "Full Time", "Keeping up to date and planning your own CPD; End of Season Review"),
    ]),
]
n = 1 + sum(1 + len(s) for _, s in phases)
pt = d.add_table(rows=n, cols=3)
pt.style = "Table Grid"
for j, h in enumerate(rows[0]):
    cell_text(pt.cell(0, j), h, bold=True)
    shade(pt.cell(0, j), "1F3864")
r = 1
for ph, sess in phases:
    c = pt.cell(r, 0).merge(pt.cell(r, 2))
    cell_text(c, ph, bold=True)
    shade(c, "DCE6F1")
    r += 1
    for a, b, cc in sess:
        cell_text(pt.cell(r, 0), a)
        cell_text(pt.cell(r, 1), b)
        cell_text(pt.cell(r, 2), cc)
        r += 1
para(d, "Guest coaches from the local authority's Educational Psychology Service, the Speech and Language "
        "Therapy Service, the Sensory Support Service and the Saltney Autism Group lead parts of Sessions 4 to 7. "
        "Headteachers from our Schools Partnership speak at Session 9. We do not arrange placements or visits to "
        "other schools: all practical work takes place in the player's own school.")

d.add_heading("A Session on the training ground: Session 5, Scouting", level=2)
para(d, "Every Session follows the shape of an academy coaching session: a warm-up, a technical practice, a "
        "game, and a cool-down with coaching points. This is the plan our coaches will use for Session 5.")
sp = [
    ["Part", "Time", "What happens", "Coaching points"],
    ["Warm-up", "4.30-5.00", "Players bring one pupil they are worried about (anonymised) and, in threes, say what "
     "they have seen in class, what the data show and what the pupil says.", "What is the evidence? Whose "
     "voice is missing?"],
    ["Technical practice", "5.00-6.00", "Owen Price models how to read an educational psychologist's report and a "
     "speech and language therapist's assessment and turn them into two or three classroom strategies. Players "
     "practise on a real report.", "From report to classroom in plain words; what will the class teacher do "
     "differently on Monday?"],
    ["Game", "6.15-7.30", "In fours, players set targets with a pupil in mind, plan an intervention with a review "
     "date and decide how the pupil will take part in the review. Each four presents its plan and another four "
     "challenges it.", "Are the targets challenging? Is the intervention removing a barrier or just filling "
     "time? How will you know it worked?"],
    ["Cool-down", "7.30-8.00", "Players update their IDP and choose the pupils for Match 2. Small-Sided Game for "
     "the next fortnight: observe one lesson with the pupil in mind and write a half-page note.",
     "What will you try before Session 6?"],
]
table(d, sp, header_fill="DCE6F1")
para(d, "Coaches keep a short log after each Session of what worked and what did not, and the Programme Leader "
        "reads the logs at the half-term coaches' meeting. Where the feedback sheets and logs show a practice "
        "did not work, the plan is rewritten before the Session runs again on the Thursday or the next season.")

d.add_heading("The Laws of the Game: glossary", level=2)
for t in [
    "Player: a teacher on the Saltney Way.",
    "Session: a taught evening at the stadium or the Penhallow training ground.",
    "Small-Sided Game (SSG): a short practice task between Sessions; feedback, no mark.",
    "Match: a marked assignment (M1, M2, M3).",
    "The Final: the portfolio and professional discussion at the end of the season.",
    "School Coach: the senior colleague in the player's own school who supports them.",
    "Full Time: Session 12 and the End of Season Review.",
]:
    para(d, t, style=LB)

d.add_heading("4. The Four Corner Development Grid", level=1)
p = para(d, "Our academy assesses every young player in the FA's four corners. The Grid below sets out what every "
            "player must be able to do by Full Time, corner by corner. \"Coached in\" gives the Session where the "
            "outcome is taught. \"Tested in\" gives the marked Match where it is assessed; \"SSG\" means it is "
            "practised in a Small-Sided Game with feedback but no mark, and \"Not tested\" means it is not "
            "assessed.")
footnote(p, "The FA Four Corner Model (technical, physical, psychological, social), used across the club's "
            "academy since 2002.")
grid = [
    ("PSYCHOLOGICAL CORNER", [
        ("Builds fair, respectful and constructive relationships with pupils with SEN and disabilities", "8",
         "M2"),
        ("Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils", "9",
         "Not tested"),
        ("Prioritises, manages time and delegates, checking that tasks are done well", "1", "M3"),
        ("Anticipates and solves problems and makes sound decisions about provision", "5, 11", "M2, The Final"),
        ("Speaks and writes clearly and listens to and understands the views of others", "All", "M1, The Final"),
        ("Uses research evidence and outside advice to improve own and colleagues' practice", "4", "SSG"),
        ("Keeps up to date and takes responsibility for own CPD in SEN and disability", "12", "The Final"),
    ]),
    ("TECHNICAL CORNER", [
        ("Knows SEN law and guidance, including the Code of Practice, and how to put them into practice", "2",
         "M1"),
        ("Knows the principles and outcomes of Every Child Matters and the SENCO's part in them", "1", "M1"),
        ("Knows the law on disability equality and the actions it requires for disabled pupils", "2", "M1"),
        ("Knows how children develop and how SEN, disability and environment affect development", "3", "M1"),
        ("Knows the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect "
         "learning", "4", "M2"),
        ("Critically understands approaches, strategies and resources for assessment, planning and teaching, "
         "including ICT", "6", "M2"),
        ("Understands school self-evaluation and improvement for pupils with SEN", "11", "M3"),
        ("Knows best practice and research in meeting SEN", "4", "M1"),
        ("Knows the scope and role of external agencies and how to get specialist support", "7", "M2"),
    ]),
    ("TACTICAL CORNER", [
        ("With senior colleagues and governors, shapes an inclusive ethos, policies and use of resources", "9",
         "M3"),
        ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
         "5", "M2"),
        ("Uses assessments from a range of professionals to shape teaching", "5", "M2"),
        ("Helps colleagues develop formative assessment, with approaches for pupils with SEN", "6", "M3"),
        ("Identifies access arrangements for tests and examinations in good time and puts them in place", "6",
         "M2"),
        ("Uses provision mapping to plan provision and find what is missing or ineffective", "11", "M3"),
        ("Deploys and manages staff effectively", "9", "M3"),
    ]),
    ("SOCIAL CORNER", [
        ("Develops colleagues by observation and feedback, modelling, coaching and mentoring", "10", None),
        ("Reviews provision with colleagues to inform school self-evaluation", "11", "M3"),
        ("Involves pupils in planning, agreeing and reviewing their provision", "8", "M2"),
        ("Works in partnership with other services and agencies, including voluntary organisations", "7", "SSG"),
    ]),
]
n = 1 + sum(1 + len(g) for _, g in grid)
gt = d.add_table(rows=n, cols=3)
gt.style = "Table Grid"
for j, h in enumerate(["By Full Time the player ...", "Coached in", "Tested in"]):
    cell_text(gt.cell(0, j), h, bold=True)
    shade(gt.cell(0, j), "1F3864")
r = 1
for corner, items in grid:
    c = gt.cell(r, 0).merge(gt.cell(r, 2))
    cell_text(c, corner, bold=True)
    shade(c, "DCE6F1")
    r += 1
    for o, ci, ti in items:
        cell_text(gt.cell(r, 0), o)
        cell_text(gt.cell(r, 1), ci)
        if ti is None:
            cp = gt.cell(r, 2).paragraphs[0]
            del_run(cp, "M3", "Jan Hollis", "2009-02-17T11:20:00Z")
            ins_run(cp, "SSG", "Jan Hollis", "2009-02-17T11:20:00Z")
        else:
            cell_text(gt.cell(r, 2), ti)
        r += 1

d.add_heading("5. Completing the Saltney Way", level=1)
para(d, "A player completes the Saltney Way when they have attended at least 85 per cent of Sessions and "
        "passed The Final. Marks for Matches 1 to 3 count towards the grade, but a player who fails a Match can "
        "still complete. The University's exam board confirms every award.")

d.add_heading("6. The Coaching Staff", level=1)
staff = [
    ["Name", "Role", "Background and qualifications"],
    ["Jan Hollis", "Head of Learning; Programme Leader", "SENCO in two Saltney secondary schools for eleven years; "
     "MA Inclusive Education; chairs the county SENCO network"],
    ["Dr Ruth Kaczmarek", "Academic lead (Marlhaven University)", "Principal Lecturer in SEN; PhD on teaching "
     "assistants' deployment; external examiner for two SEN awards"],
    ["Owen Price", "Coach", "Advisory teacher for SpLD, Saltney LA; AMBDA; Postgraduate Diploma in SpLD"],
    ["Meera Shah", "Coach", "Deputy head, Penhallow Special School; NPQH; MEd SEN"],
    ["Lewis Aird", "Coach", "Head of the club's Premier League Kicks and disability football programmes; "
     "BEd; SENCO for six years"],
]
table(d, staff, header_fill="DCE6F1")
para(d, "Every coach keeps up to date through at least five days of SEN training a year and through their own "
        "school or service work, and the academic lead reviews each coach's reading lists every summer.")
roles = [
    ["Who", "What they do", "How we prepare them"],
    ["Coach", "Leads Sessions, agrees the IDP, marks Matches, takes part in The Final",
     "A two-day induction with the University on the criteria and marking, and a coaches' meeting each half-term"],
    ["School Coach (a senior colleague in the player's school)", "Meets the player twice a half-term, observes "
     "practice, signs off school-based work", "A half-day briefing each September and the School Coach Handbook"],
    ["Guest coach", "Leads part of a Session", "A written brief from the Programme Leader on the Session's "
     "outcomes"],
    ["Academic lead", "Quality of marking, reading lists, link to the University", "University staff "
     "development"],
]
table(d, roles, header_fill="DCE6F1")

textbox(d, [
    ("OUR NON-NEGOTIABLES", True),
    ("Every player has an IDP. Every Match is second-marked on a sample. Every player's headteacher completes the "
     "End of Season Review. The Steering Group, with two headteachers from our Schools Partnership, the local "
     "authority's SEN adviser and a parent governor of Penhallow Special School, meets each term, reviews "
     "the evaluation evidence, and helps decide changes to the Game Model.", False),
], height_pt=100, fill="DCE6F1")

d.add_heading("7. Where the Saltney Way came from", level=1)
para(d, "We know from our work in schools that new SENCOs want practical training close to home that fits "
        "round the school day. Headteachers in our Schools Partnership have had their say as the Game Model was "
        "written, and we have listened.")
para(d, "The Learning Department has run Playing for Success at the stadium since 2001 and has trained "
        "teaching assistants for the local authority since 2005. The Saltney Way is our first course at "
        "university level. We are grateful to the Technical Director for lending us the Game Model, and to the "
        "first team, who have promised to turn up at the presentation evening.")

d.add_heading("Appendix: Match Report (template)", level=1)
para(d, [("Coaches complete one Match Report for each marked Match.", {"i": True})])
mr = [
    ["Player", "[Player name]"],
    ["Match", "[M1 / M2 / M3]"],
    ["Outcomes shown", "[List the Grid outcomes the Match shows]"],
    ["Impact", "[Describe the impact on pupils]"],
    ["Parents and carers", "[How did the player involve parents and carers?]"],
    ["Strengths", "[Strengths]"],
    ["Next steps", "[Next steps for the IDP]"],
    ["Mark", "[ ] Pass   [ ] Refer   [ ] Fail"],
    ["Coach / second coach", "[Signatures]"],
]
table(d, mr, bold_header=False)

finish(d, OUT)
print(OUT.name, word_count(OUT), "words")
