"""ix-02-tessborough-league-handbook: build script.

Provider (invented): Tessborough County Sports Partnership, Inclusive PE and School Sport
Team, with the University of Pendlebrook, Faculty of Education and Sport (validating).
Application for the 2008-09 National Award for SEN Coordination, March 2009.

Document kind and layout: the course written as a school sport COMPETITION HANDBOOK AND
RULES for a league season, "The Tessborough Inclusion League 2009-10". No heading styles:
sections are typed bold capitalised Normal paragraphs ("SECTION D - FORMAT OF THE
COMPETITION") and rules are hand-numbered run-in paragraphs ("D3 Divisions."). Lists typed
with "•". A key contacts table, a fixture calendar with the term in vertically merged
cells, a points table for the Finals, and an appendix "Scoring Grid" (the outcome map,
columns "Event | Heat (practised at) | Final (scored at)") with shaded merged band rows.
Header and footer. A tracked change in the credit rule (deletion plus insertion), two Word
comments. Vocabulary: players (SENCOs), Coaches (tutors), Umpires (in-school mentors),
Rounds R1-R8 (study days), Friendlies (formative, unscored tasks), Finals F1-F3 (the
marked assessments), the Fitness Test (entry self-audit), Transfers (APL), the Wildcard
(assessment-only), League Online (Moodle), the Competition Committee (stakeholders), the
Medal Rule (award rule). Also a "typical Round day" timetable table and a Players' Code
of Conduct of typed bullets and a belief statement (values, no arrangement behind them).

Traps (requirement ids):
- The credit rule: "All 60 credits are at Level 7" is a tracked DELETION; the inserted
  text says 30 credits at Level 7 and 30 at Level 6 (E.2 partially_met).
- Footer claims the University moderates the Finals; a comment proposes moderation; the
  body says the player's own Coach scores each Final and "the Coach's score is final" with
  no second marking (5.8 not_met: footer and comment are not evidence).
- The Fitness Test places each player in a Division but "it is not used to write
  individual programmes" (2.2 partially_met).
- "What a player does after the League is a matter for the player and their school"
  (2.5 not_met, negation).
- Equality only as a reference to the Partnership's policy and level access (3.1
  partially_met, general terms without the arrangements).
- Research: only "the latest thinking" in general terms, no sources (1.3 partially_met).
- Disability equality law is in "the County Council's own training for heads and
  governors, not in the League" (6.K3 not_met, someone else's course; 1.4 partially_met).
- Pupil voice only "a short input" in R6 and not scored (1.5 partially_met; 6.S7
  partially_met).
- Resources: library access, but "The League has no specialist technology of its own" and
  players bring their own laptops (5.6 partially_met).
- Umpires are only sent the Handbook by post (5.7 partially_met).
- Scoring Grid: "Friendly only" rows (6.A2, 6.K7), a row scored with nothing practised
  (6.A7), rows practised with no Final (6.S2a, 6.S6, 6.S7): partially_met. "Withdrawn for
  2009-10" (6.S4) and multi-agency work "Left to the County's Team Around the Child
  course" (6.S9): not_met. 1.9 partially_met.
- Met despite looking like traps: the Wildcard is the League's own assessment-only route
  (2.3 met); CRB checks are on the players themselves (5.3 met); the Medal Rule forbids
  compensation (6.0 met); stakeholders evaluate through the Competition Committee (4.3 met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ix_helpers import (new_doc, para, runs, table, merge_row, vmerge, header_footer, tracked_para,
                         comment, landscape_section, shade)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "THE TESSBOROUGH INCLUSION LEAGUE 2009-10  |  Competition Handbook and Rules  |  Edition 1",
              "Tessborough County Sports Partnership, Inclusive PE and School Sport Team. All Finals scores "
              "moderated by the University of Pendlebrook.")


def H(text):
    para(d, text, bold=True, size=12, color="0B3D91")


def rule(code, title, text):
    return runs(d, [(code + " " + title + ". ", "b"), (text, "")])


def bullet(text):
    return para(d, "\u2022  " + text)


para(d, "THE TESSBOROUGH INCLUSION LEAGUE", bold=True, size=20, color="0B3D91")
para(d, "Competition Handbook and Rules 2009-10", bold=True, size=14)
para(d, "The National Award for SEN Coordination, run by Tessborough County Sports Partnership (Inclusive PE and "
        "School Sport Team) with the University of Pendlebrook, Faculty of Education and Sport", italic=True)
para(d, "")

H("SECTION A - WELCOME FROM THE COMPETITION MANAGER")
para(d, "Welcome to the first season of the Tessborough Inclusion League. For ten years our team has run "
        "competitions that put disabled pupils and pupils with SEN at the centre of school sport. This season we "
        "are running something different: a league for the teachers who lead SEN in our schools. Every player who "
        "completes the season and meets the Medal Rule will gain the National Award for SEN Coordination, a "
        "Postgraduate Certificate of the University of Pendlebrook.")
para(d, "This Handbook is the rule book for players, Coaches, Umpires and heads. Please keep it with you at every "
        "Round. Where this Handbook and the University's regulations differ, the University's regulations apply.")
para(d, "Gareth Lowther, Competition Manager", italic=True)

H("SECTION B - KEY CONTACTS")
table(d, [
    ["Role", "Name", "How to reach them"],
    ["Competition Manager", "Gareth Lowther", "Tessborough CSP, Inclusive PE and School Sport Team"],
    ["Head Coach (University)", "Dr Anya Feld", "Faculty of Education and Sport, University of Pendlebrook"],
    ["Competition Secretary", "Paula Dunstan", "Registrations, Transfers, Wildcards, welfare checks"],
    ["League Online", "Faculty e-learning desk", "Moodle help and passwords"],
    ["Fair Play Officer", "Gareth Lowther", "Any barrier to taking part"],
], head_fill="0B3D91")
para(d, "")

H("SECTION C - WHAT THE LEAGUE IS FOR")
rule("C1", "The aim", "The League exists to raise the achievement of children and young people with SEN and "
     "disabilities in Tessborough schools, in the widest sense: their learning, their health and safety, their "
     "enjoyment, the contribution they make and their chances of a good working life, the five Every Child Matters "
     "outcomes. Every Final asks the player to show what they have done for pupils and what difference it made to "
     "pupils' progress and well-being.")
rule("C2", "Home Ground Project", "Every player runs a Home Ground Project in their own school across the season: "
     "a change to SEN provision, agreed with the head, tied to named events on the Scoring Grid. Between Rounds "
     "the player tries out in school what the Round covered and records it. The project is judged in the Finals, "
     "so no player can win a medal without having changed practice in their own school.")
rule("C3", "Keeping up to date", "Rounds are kept up to date with the latest thinking in SEN and our Coaches "
     "bring the newest ideas to every Round.")

H("SECTION D - FORMAT OF THE COMPETITION")
rule("D1", "Season", "The season runs from September 2009 to July 2010. It has eight Rounds (full-day study days), "
     "Friendlies between Rounds, and three Finals. The Award carries 60 credits and is validated by the "
     "University of Pendlebrook as a Postgraduate Certificate.")
p = tracked_para(d, [("", "D2 Credit. "), ("del", "All 60 credits are at Level 7. "),
                     ("ins", "30 credits are at Level 7 and 30 credits at Level 6. "),
                     ("", "Each Final carries 20 credits.")], author="A. Feld", date="2009-03-02T09:00:00Z")
rule("D3", "Divisions", "Before the draw every player takes the Fitness Test, a self-audit against the Scoring "
     "Grid checked by a Coach by telephone. The Fitness Test is used to place each player in a division; it is "
     "not used to write individual programmes, since the division's programme is already pitched to the level. "
     "Division One is for teachers new to the SENCO role; Division Two is for SENCOs with two or more years in post, "
     "and its Rounds spend less time on the basics and more on leadership.")
rule("D4", "Choosing your fixtures", "Within the division each player chooses their Home Ground Project and their "
     "Away Fixture to suit their own school and what they most need, and agrees both with their Coach at R1. "
     "Coaches meet each player for twenty minutes at every Round to review progress on the project.")
rule("D5", "Two kick-off dates", "The League has a September start and a February start. February starters play R5 "
     "to R8 first and R1 to R4 the following autumn. Rounds run on a weekday at a host school, and each Round is "
     "repeated on a Saturday at the University for players who cannot be released. Players may switch between "
     "the weekday and Saturday Rounds as they need, and may take up to two seasons to finish.")
rule("D6", "Cost", "The player's fee is \u00a3950 for the season, of which the Partnership pays \u00a3400 from its "
     "school sport budget. Division Two players, who do not repeat the basics, take fewer Coach hours, and the "
     "saving is passed on as a smaller supply claim.")

H("SECTION E - ROUNDS AND FIXTURES")
para(d, "Each Round is a full day. Host schools are listed; the same Round is repeated on the following Saturday at "
        "the University.")
ft = table(d, [
    ["Term", "Round", "Title", "What is played", "Host"],
    ["Autumn 2009", "R1", "Opening Round: the SENCO's game", "The SENCO's role; Every Child Matters; the SEN Code of "
     "Practice, the Education Act 1996 and what they mean in school", "Brookfield Primary"],
    ["", "R2", "Know the players", "How children develop; the effect of SEN, disability and environment; BESD, SpLD "
     "and dyslexia, SLCN, ASD and MLD", "Castle Hill Special School"],
    ["", "R3", "Spotting talent", "Identifying pupils with SEN from observation and data; targets and interventions; "
     "using reports from educational psychologists and therapists; tracking with national tests; access "
     "arrangements for SATs and GCSEs, planned early", "Tessborough High"],
    ["Spring 2010", "R4", "Tactics board", "Approaches, strategies and resources, including ICT; best practice and "
     "research on what works; using outside advice", "University"],
    ["", "R5", "Running the club", "Provision mapping; finding gaps; managing your time and sharing out tasks; "
     "solving problems and making decisions about provision", "Westgate Primary"],
    ["", "R6", "The home crowd", "Working with parents and carers; building relationships with pupils and families; "
     "a short input on pupil voice", "Castle Hill Special School"],
    ["Summer 2010", "R7", "Coaching the team", "Observing and coaching colleagues; formative assessment; "
     "winning over the head and senior leaders", "Tessborough High"],
    ["", "R8", "The wider league", "Outside agencies and how to get specialist help; working with governors on "
     "policy and resources; school self-evaluation; reviewing provision", "University"],
], head_fill="0B3D91")
vmerge(ft, 0, 1, 3, "Autumn 2009")
vmerge(ft, 0, 4, 6, "Spring 2010")
vmerge(ft, 0, 7, 8, "Summer 2010")
para(d, "")
rule("E1", "Parents and carers", "R6 is led with the Parent Partnership Service and two parents of disabled pupils. "
     "Players practise an annual review conversation, plan how they will give parents a real say in their "
     "child's provision, and take back a plan for working with one family in the Home Ground Project. The "
     "Finals judge how the player worked with that family.")
rule("E2", "Beyond your own school", "Players in the same district form a cluster of four to six that meets "
     "between Rounds in each other's schools, shares advice and visits each other's provision. R7 trains players "
     "to advise and coach colleagues in their own school.")
rule("E3", "Disability equality law", "Disability equality law is covered in the County Council's own training "
     "for heads and governors, not in the League.")
rule("E4", "Pupils in the team", "The short input on pupil voice in R6 shows players some ways of asking pupils "
     "what they think of their support. It is not part of the Finals.")
rule("E5", "Other agencies", "R8 covers what outside services do and how to get their help. Multi-agency working "
     "itself is left to the County's Team Around the Child course, which many players will already have done.")

H("A TYPICAL ROUND DAY")
table(d, [
    ["Time", "Part of the day", "What happens"],
    ["9.00", "Warm-up", "Coffee, cluster news and a ten-minute quiz on the last Round's reading"],
    ["9.30", "First half", "The Round's main input from a Coach or guest specialist, with examples from host schools"],
    ["11.00", "Drinks break", "Players visit the host school's provision, where the host agrees"],
    ["11.30", "Second half", "Workshops in division groups: case material, data sets, role play"],
    ["1.00", "Lunch", "Coaches meet players one to one about the Home Ground Project"],
    ["1.45", "Extra time", "Planning the next step of the Home Ground Project with the cluster"],
    ["3.15", "Final whistle", "Round feedback form; the Friendly to be played before the next Round is set"],
], head_fill="0B3D91")
para(d, "")
para(d, "Host schools give the League a room, lunch and, where they can, a short tour of their provision led by "
        "their own SENCO or by pupils. Hosts are thanked in the Results Bulletin each term. Players should arrive "
        "in good time; a player who misses a Round must catch up from the Saturday repeat or from League Online "
        "and tell their Coach within a week.")
rule("E6", "Friendlies", "Between Rounds each player plays two Friendlies: a peer observation in a cluster "
     "school, where two players watch each other's provision and talk about it, and an entry in the online "
     "reflective log. Friendlies are there to practise, not to be judged, and nobody fails one.")

H("SECTION F - TRANSFERS AND WILDCARDS")
rule("F1", "Transfers", "A player who holds masters-level credit in SEN from any UK university may transfer up to "
     "30 credits into the League, so long as the credit was gained in the last five years and matches Scoring "
     "Grid events. A player with long SEN experience but no credit may transfer up to 20 credits by submitting "
     "an experience portfolio, which a Coach and the University's APL tutor assess against the Scoring Grid. "
     "The Competition Secretary records every Transfer and the Finals still to be played.")
rule("F2", "Wildcards", "In exceptional cases, such as an experienced specialist teacher from the County's SEN "
     "support services who already meets the Scoring Grid, a player may enter as a Wildcard. A Wildcard plays no "
     "Rounds and goes straight to the three Finals, which are scored exactly as for other players and must meet "
     "the Medal Rule. The Wildcard fee is \u00a3450. The Head Coach decides each Wildcard after an interview.")

H("SECTION G - ELIGIBILITY, REGISTRATION AND PLAYER WELFARE")
rule("G1", "Who may play", "Players must be qualified teachers who are SENCOs or are named by the head to become "
     "SENCO within the year. The head signs the Registration Form to confirm release and to name an Umpire.")
rule("G2", "Readiness", "The Fitness Test also shows whether a player is ready for the League. A Coach talks to "
     "any player whose Fitness Test suggests they are not yet likely to reach every event by July, and to their "
     "head. The player is given written advice on what to do first, such as a term working alongside an "
     "experienced SENCO, and is offered a place in the next season.")
rule("G3", "Player welfare", "Before the draw the Competition Secretary asks each head to confirm in writing that "
     "the player holds a current enhanced CRB disclosure, and records its date and number and the List 99 check "
     "on the League register. A player who has not worked in a school in a post with regular contact with "
     "children in the last three months must obtain a new enhanced disclosure through the Partnership before "
     "R1. The head also confirms that there are no disciplinary concerns about the player.")
rule("G4", "Fair Play", "The League follows the Partnership's Equality and Diversity Policy and all venues have "
     "level access.")

H("SECTION H - OFFICIALS")
table(d, [
    ["Coach", "Role in the League", "Background"],
    ["Dr Anya Feld", "Head Coach; R1, R4, R8; chairs the scoring meeting", "Reader in Inclusive Education; PhD on "
     "SENCO leadership; former SENCO and LA SEN adviser"],
    ["Gareth Lowther", "Competition Manager; R6, R7", "Inclusive PE and School Sport Manager; MA Inclusive "
     "Education; twelve years teaching in special schools"],
    ["Mel Achebe", "Coach; R2, R3", "Specialist teacher, County Learning Support Service; AMBDA; assesses pupils "
     "for access arrangements every term"],
    ["Tom Greatorex", "Coach; R5", "Head of Castle Hill Special School; NPQH; leads the County's provision "
     "mapping project"],
], head_fill="0B3D91")
para(d, "")
para(d, "Coaches keep their practice current: each works in schools every week, and the University requires "
        "each to show a year's professional updating at appraisal.")
rule("H1", "Guest specialists and Away Fixtures", "Rounds bring in an educational psychologist, a speech and "
     "language therapist, the Sensory Support Service and the Parent Partnership Service. Every player has two "
     "Away Fixture days in a specialist setting chosen with their Coach to match their Home Ground Project: Castle "
     "Hill Special School, the Autism Outreach Team, the Sensory Support Service or a pupil referral unit. Each "
     "setting is visited and approved by the Competition Manager and agrees a programme for the day.")
rule("H2", "Umpires", "Each player's Umpire is a senior colleague in their school who watches the Home Ground "
     "Project and signs the player's Friendly record. Umpires receive this Handbook by post in September.")
rule("H3", "Kit", "Players use the University library, e-journals and Moodle from home. Players bring their own "
     "laptops to Rounds. The League has no specialist technology of its own.")

H("SECTION I - LEAGUE ONLINE")
para(d, "League Online is the League's Moodle site, run by the University. On it:")
bullet("each Round's materials and readings go up a week before the Round;")
bullet("each player has a personal e-mentor (a Coach) who answers questions within three working days and "
       "checks the player's Home Ground Project log between Rounds;")
bullet("a fortnightly 'half-time chat', an hour's online conference with a Coach, is held in the evening between "
       "Rounds;")
bullet("cluster forums let players help each other, and Coaches read and join them each week;")
bullet("heads receive Round dates, Friendly records and results by e-mail from the site, and Umpires can post "
       "questions to the Competition Secretary.")
para(d, "Every player has a half-day League Online induction at R1.")

H("SECTION J - FINALS, FRIENDLIES AND SCORING")
table(d, [
    ["Final", "What the player does", "When", "Score"],
    ["F1 Portfolio", "The Home Ground Project: evidence, data on pupils' progress, a 3,000-word account", "March",
     "Fail / Pass / Merit / Distinction against each event"],
    ["F2 Case Review", "A review of one pupil with SEN, written with the family, 3,000 words", "May",
     "Fail / Pass / Merit / Distinction against each event"],
    ["F3 Presentation", "A 20-minute presentation to a panel of a Coach, a head and a governor, then questions",
     "July", "Fail / Pass / Merit / Distinction against each event"],
    ["Friendlies", "Peer observation in a cluster school; an online reflective log", "Between Rounds",
     "Not scored; the Umpire signs that it took place"],
], head_fill="0B3D91")
para(d, "")
p_sc = rule("J1", "Scoring", "Each Final is scored by the player's own Coach against the events the Scoring Grid "
            "gives for that Final. The Coach's score is final, and there is no replay.")
comment(d, p_sc, "Pendlebrook say they will moderate a sample of Finals from next year - should this go in?",
        "G. Lowther", "GL")
rule("J2", "The Medal Rule", "The Award is given only to a player who has reached at least Pass on every event in "
     "the Scoring Grid. A Distinction on one event cannot make up for a Fail on another. A player may replay one "
     "Final once.")
rule("J3", "After the final whistle", "What a player does after the League is a matter for the player and their "
     "school; the League does not cover it.")

H("SECTION K - THE COMPETITION COMMITTEE")
rule("K1", "Who sat on it", "The League was designed by a Competition Committee of four heads, three SENCOs, the "
     "County's Principal Officer for SEN, a parent from the Parent Partnership forum and the University.")
rule("K2", "What we heard", "In summer 2008 the Committee surveyed every school in the county (108 of 190 "
     "replied) and held two meetings for SENCOs. Schools said the greatest needs were managing provision with "
     "less money, meeting parents' expectations and getting new SENCOs onto senior teams. Heads said they could "
     "release staff for no more than eight days. So the League has eight Rounds, a Saturday repeat of every Round, "
     "R5 on provision mapping, R6 with parents and R7 on winning over the senior team. At the parent's request, "
     "F2 is written with the family.")
rule("K3", "Reviewing the season", "The Committee stays in place. Each July it receives the players' end-of-Round "
     "feedback, the Coaches' report, the external examiner's report and the results, takes evidence from the host "
     "schools and the parent forum on what players changed, and agrees changes for the next season, which the "
     "Competition Manager reports to players. Heads host Rounds and sit on the F3 panels.")
rule("K4", "Results", "Each player records, at R1 and at F1, data for three focus pupils: attainment against P "
     "scales or National Curriculum levels, attendance and a well-being scale completed by the pupil. Players also "
     "complete a confidence questionnaire at R1 and after F3, and their Umpire rates their practice on the same "
     "scale. The Committee receives the changes for the whole League each July and compares them with the Finals "
     "scores.")

H("SECTION L - PLAYERS' CODE OF CONDUCT")
para(d, "The League is played in the spirit of the Partnership's Respect charter. Players, Coaches and Umpires "
        "agree to:")
bullet("put the interests of pupils with SEN and disabilities first in every decision;")
bullet("treat every pupil, family and colleague with respect, and keep what they share confidential;")
bullet("take part fully in Rounds, clusters and League Online, and help other players;")
bullet("hand in their own work, acknowledge the work of others and keep to the University's rules on academic "
       "conduct;")
bullet("raise concerns early with their Coach or the Competition Manager.")
para(d, "We believe that every child can take part and succeed when the adults around them plan for it. The "
        "League is our way of backing that belief with the teachers who make it happen.")
para(d, "Appeals against a Finals score are made to the University under its academic appeals procedure, which "
        "the Competition Secretary will send on request. Complaints about anything else go first to the "
        "Competition Manager and then to the Partnership's Director.")

# Appendix: Scoring Grid
landscape_section(d)
para(d, "APPENDIX 1 - THE SCORING GRID", bold=True, size=12, color="0B3D91")
para(d, "The events are our own wording of the national minimum outcomes. 'Heat' is where an event is practised; "
        "'Final' is where it is scored.")
rows = [["No.", "Event", "Heat (practised at)", "Final (scored at)"],
        ["", "ATTITUDE EVENTS", "", ""],
        ["1", "Fair, respectful and supportive relationships with pupils and families", "R6", "F2"],
        ["2", "Gets the head and senior team behind SEN", "R7", "Friendly only"],
        ["3", "Manages time, prioritises and delegates", "R5", "F1"],
        ["4", "Anticipates problems and judges provision soundly", "R5", "F2"],
        ["5", "Communicates clearly in speech and writing and listens to others", "All Rounds", "F3"],
        ["6", "Uses research and outside advice to improve practice", "R4", "F1"],
        ["7", "Keeps up to date and leads own SEN professional development", "\u2014", "F1"],
        ["", "KNOWLEDGE EVENTS", "", ""],
        ["8", "SEN law, guidance and the Code of Practice in practice", "R1", "F2"],
        ["9", "Every Child Matters and the SENCO's part", "R1", "F2"],
        ["10", "How children develop and what affects development", "R2", "F2"],
        ["11", "Common types of SEN and how they affect learning", "R2", "F2"],
        ["12", "Approaches, strategies and resources, including ICT", "R4", "F1"],
        ["13", "School self-evaluation and improvement for SEN", "R8", "Friendly only"],
        ["14", "Best practice and research in meeting SEN", "R4", "F1"],
        ["15", "What outside agencies do; getting specialist support", "R8", "F2"],
        ["", "SKILL EVENTS", "", ""],
        ["16", "Influences ethos, policy and resources with senior staff and governors", "R8", "F3"],
        ["17", "Identifies pupils, sets targets, plans interventions and reviews progress", "R3", "F2"],
        ["17a", "Uses other professionals' assessments in teaching", "R3", "\u2014"],
        ["17b", "Uses national tests and summative data to track and adjust", "R3", "F1"],
        ["17c", "Helps colleagues develop formative assessment", "R7", "F1"],
        ["17d", "Plans access arrangements for tests and examinations in good time", "R3", "F1"],
        ["18", "Uses provision mapping to find ineffective or missing provision", "R5", "F1"],
        ["19", "Deploys and manages support staff", "Withdrawn for 2009-10", "Withdrawn for 2009-10"],
        ["20", "Develops colleagues through observation, coaching and training", "R7", "F3"],
        ["21", "Reviews provision with staff for self-evaluation", "R8", "\u2014"],
        ["22", "Involves pupils in planning and reviewing their provision", "R6", "\u2014"],
        ["23", "Liaises with parents and carers", "R6", "F2"],
        ["24", "Works in partnership with other services", "Left to the County's Team Around the Child course", "\u2014"],
        ]
gt = table(d, rows, head_fill="0B3D91")
for i, r in enumerate(rows):
    if r[0] == "" and i > 0:
        merge_row(gt, i, r[1], fill="DCE6F1")
para(d, "")
para(d, "Issued by the Competition Committee, March 2009.", italic=True)

d.save(OUT)
print("wrote", OUT)
