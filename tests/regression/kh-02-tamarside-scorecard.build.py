"""kh-02-tamarside-scorecard

Provider (invented): Tamarside County Cricket Club Foundation (the club's community trust), working
with Tamar Valley University, February 2009, for delivery from September 2009.

Document kind and layout: the course set out as a full match scorecard with the scorers' notes,
in the club scorers' house style, as printed for members at the end of a match. No heading styles:
titles are bold capitals typed as Normal paragraphs. A "MATCH DETAILS" two-column table (Umpires =
tutors, Third Umpire = online tutor, Match Referee = external examiner, Result = the award). "HOW TO
READ THIS CARD" defines the card's abbreviations in sentences ("b", "c & b", "not out", "did not
bat"; O / M / W). Two innings cards (First Innings September-January, Second Innings
February-July) list the sessions as batters with "How out" (how each is assessed). "FALL OF
WICKETS" gives assessment deadlines. "BOWLING ANALYSIS" is the outcomes table, with merged group
rows and shaded cells: O = sessions taught, M = practice-only sessions, W = the marked piece.
"EXTRAS" is support (byes = online Nets, leg byes = mentors). "SCORERS' NOTES" SN1-SN22 carry the
prose for Criteria 1-5. "MATCH REFEREE'S REPORT" is quality assurance. "PREVIOUS MEETINGS" is the
old 2006-07 certificate; "OTHER MATCHES TODAY" is another foundation's course. Header and footer,
Word comments, a tracked change (credits 40 -> 60).

Traps (requirement ids):
- Research and inspection evidence only in general terms ("kept up to date") (1.3 partially_met).
- Parents: "stressed throughout" but no session; 6.S8 "not out" (1.7, 6.S8 partially_met).
- Not every outcome is marked (several "not out", two "did not bat") (1.9 partially_met).
- Needs audit kept on file, no individual plan (2.2 partially_met).
- Assessment-only route ("Declared" candidates) only under PREVIOUS MEETINGS, the 2006-07
  certificate that has closed (2.3 not_met).
- Further targets left to head teachers and "not part of the Award" (2.5 not_met).
- Equalities: bare statement of compliance with the DDA (3.1 partially_met).
- One fixed route; only a deferral when an innings is "rain-affected" (3.2 partially_met).
- Online Nets with tutor replies and peer groups between Saturdays (3.3 met).
- Stakeholder evaluation: an intention to form a Members' Committee "from 2010" (4.3 not_met).
- CRB checks on participants made properly by the Foundation's safeguarding officer (5.3 met:
  a comment asking about it is not the evidence; the body is).
- Placements: only the Dunmoor Foundation's special-school placements (OTHER MATCHES TODAY);
  specialist speakers are real (5.5 partially_met).
- Impact: participants' questionnaire only; pupils' progress "not measured" (5.9 partially_met).
- Award on attendance plus completion of the four innings pieces (6.0 partially_met).
- Credits: "40" deleted and "60" inserted by tracked change (E.2 met).
- Bowling analysis: 6.A6, 6.S2b, 6.S5, 6.S8 "not out" (partially_met); 6.S6 taught, W "-"
  (partially_met); 6.K8 assessed but O "0" and taught nowhere (partially_met); 6.K5 names only
  dyslexia, autism and SLCN, "BESD and MLD are not covered this season" (partially_met); 6.A2 and
  6.S2d "did not bat" (not_met).
"""
from pathlib import Path
from _kh_helpers import *

OUT = Path(__file__).with_name("kh-02-tamarside-scorecard.docx")
d = base("Arial", 10)
header_footer(d, "TAMARSIDE CCC FOUNDATION  -  OFFICIAL SCORECARD  -  SENCO AWARD 2009-10",
              "Scorers: K. Penhallow and D. Rowe. Card printed for members and for the TDA panel. E&OE.")


def title(text):
    return para(d, text, bold=True, size=12)


para(d, "TAMARSIDE COUNTY CRICKET CLUB FOUNDATION", bold=True, size=15, align="c")
para(d, "FULL SCORECARD AND SCORERS' NOTES", bold=True, size=13, align="c")
para(d, "The Tamarside SENCO Award v. The Season, 2009-10", italic=True, size=11, align="c")
para(d, "This card sets out our course for newly appointed SENCOs in the way the club's scorers record a match, "
        "because our members and our schools read scorecards every week and it is how the Foundation has reported "
        "all its education work since 2005. It accompanies our application to the TDA for approval to run the "
        "National Award for SEN Coordination.")

title("MATCH DETAILS")
det = [
    ["Competition", "The Tamarside SENCO Award (National Award for SEN Coordination)"],
    ["Format", "Two-innings match. First Innings September to January; Second Innings February to July."],
    ["Venue", "The Foundation Suite, Riverside Ground, Tamarford, and participants' own schools"],
    ["Toss", "Entry interview and needs audit, June and July before the season"],
    ["Captains", "Each participant, with the school's head teacher"],
    ["Umpires", "Mrs Ruth Carnell and Dr Simon Vosper (course tutors)"],
    ["Third Umpire", "Ms Ayesha Trelawny (online tutor for the Nets)"],
    ["Match Referee", "Dr Graham Lusty, University of Westcombe (external examiner)"],
    ["Scorers", "Kerensa Penhallow (programme administrator), Dave Rowe (Foundation education officer)"],
    ["Result", ""],
]
t = table(d, det, header_fill=None)
for r in range(len(det)):
    shade(t.cell(r, 0), "DDEBF7")
    for run in t.cell(r, 0).paragraphs[0].runs:
        run.bold = True
res = t.cell(9, 1).paragraphs[0]
mixed_para(res, [("t", "Postgraduate Certificate in Special Educational Needs Coordination, "),
                 ("d", "40"), ("i", "60"),
                 ("t", " credits at Level 7 (masters level), awarded by Tamar Valley University, which validated "
                       "the course in January 2009 and accredits it through its School of Education.")],
           author="K. Penhallow")
para(d, "")

title("HOW TO READ THIS CARD")
para(d, "Each Innings is a half of the course. Each batter on an innings card is one block of sessions, batting in the "
        "order it is taught. \"How out\" says how the block ends. \"b\" followed by a piece means the block is marked by "
        "a tutor in that piece. \"c & b\" means it is marked by a tutor in that piece using the school mentor's "
        "observation. \"not out\" means the work is done and the participant gets feedback, but it is never marked. "
        "\"did not bat\" means the block is not in this season's course. \"R\" is the number of hours and \"W\" the "
        "number of weeks.")
para(d, "In the BOWLING ANALYSIS each bowler is one of the national outcomes in our words. \"O\" (overs) is the number "
        "of sessions in which it is taught; \"M\" (maidens) is the number of those sessions that are practice with "
        "feedback and no marks; \"W\" (wickets) names the marked piece in which it is assessed, or says \"not out\" "
        "where it is never marked. A dash means none.")

title("FIRST INNINGS (September - January)")
inn1 = [
    ["", "Batter (block of sessions)", "How out", "R", "W"],
    ["1", "Opening stand: the SENCO's role, the law and the Code of Practice", "b Piece 1 (policy audit)", "12", "4"],
    ["2", "Every Child Matters and the disability equality duty", "b Piece 1 (policy audit)", "6", "2"],
    ["3", "How children develop", "b Piece 2 (child study)", "6", "2"],
    ["4", "Knowing the needs: dyslexia, autism, speech and language", "b Piece 2 (child study)", "9", "3"],
    ["5", "Assessment, targets and interventions", "c & b Piece 2 (child study)", "9", "3"],
    ["6", "Hearing the pupil", "c & b Piece 2 (child study)", "3", "1"],
    ["7", "Tracking with national tests", "not out", "3", "1"],
    ["8", "Gaining the head's support", "did not bat", "", ""],
]
t1 = table(d, inn1, header_fill="DDEBF7")
para(d, "")
title("SECOND INNINGS (February - July)")
inn2 = [
    ["", "Batter (block of sessions)", "How out", "R", "W"],
    ["1", "Provision mapping and managing provision", "b Piece 3 (provision review)", "9", "3"],
    ["2", "Teaching assistants: deployment and management", "b Piece 3 (provision review)", "6", "2"],
    ["3", "Governors, policy and the SEN budget", "b Piece 4 (leadership project)", "6", "2"],
    ["4", "Working with other services and the voluntary sector", "c & b Piece 4 (leadership project)", "6", "2"],
    ["5", "Coaching colleagues", "not out", "6", "2"],
    ["6", "Reviewing provision with colleagues", "not out", "3", "1"],
    ["7", "Access arrangements for tests and examinations", "did not bat", "", ""],
    ["8", "Time, priorities and the SENCO's week", "b Piece 4 (leadership project)", "3", "1"],
]
t2 = table(d, inn2, header_fill="DDEBF7")
para(d, "")


title("MATCH REPORT: A SATURDAY AT RIVERSIDE")
para(d, "Play starts at 9.30 in the Foundation Suite, above the members' pavilion, with coffee from 9.00. The morning "
        "session is the block's teaching: an Umpire leads, usually with a visiting specialist for part of it, and "
        "participants work in their Nets of five on a case brought from one of their schools. Lunch is taken at 12.30 "
        "in the Long Room, when the ground is quiet; in the summer term participants can watch the Second XI from the "
        "balcony. The afternoon session, 1.15 to 3.30, is given to planning the school task for the block that has just "
        "been taught and to tutorials: each participant has fifteen minutes with their Umpire every second Saturday to "
        "talk about their piece. Tea is taken at 3.30 and the day closes with the evaluation slip.")
para(d, "Saturdays are chosen so as never to clash with a home first-class fixture; the Suite has its own entrance on "
        "Quay Road and parking for thirty cars. Participants who cannot come on a given Saturday can follow the "
        "recording in the Nets, but attendance is recorded by the scorers for the Award.")

title("THE PIECES")
para(d, "Piece 1, the policy audit, asks the participant to audit their school's SEN policy and practice against the "
        "Code of Practice, the school's duties under Every Child Matters and the disability equality duty, and to "
        "write a 2,500-word report to the governing body that a lay governor could act on. It is marked for the "
        "participant's grasp of the law and guidance and of the actions they require, and for the clarity of the "
        "writing, with a short section on how the participant listened to colleagues' views while gathering evidence.")
para(d, "Piece 2, the child study, follows one pupil for a term. The participant sets out how the pupil has developed "
        "and how their needs and surroundings have affected that development, gathers the assessments of the other "
        "professionals who know the pupil, sets challenging targets, plans and runs an intervention (choosing among "
        "approaches, strategies and resources, including ICT, and justifying the choice), and reviews progress. The "
        "pupil takes part in planning and reviewing the intervention, and the study shows how. The mentor observes one "
        "review meeting and writes an observation note on the participant's relationship with the pupil and family, "
        "which the Umpire uses in marking.")
para(d, "Piece 3, the provision review, asks the participant to map their school's provision, cost it, find what is "
        "missing or not working, and set out how teaching assistants are deployed and managed and what they will change. "
        "It includes one problem the participant saw coming and how they resolved it, a section on how the school's "
        "SEN outcomes feed its self-evaluation and improvement plan, a section on best practice and research on one "
        "kind of provision, and an account of how the participant helped two colleagues develop formative assessment "
        "for pupils with SEN.")
para(d, "Piece 4, the leadership project, is a change the participant leads in their school, worked out with the head "
        "teacher and governors: to the school's inclusive ethos, an SEN policy or the use of the SEN budget. It must draw "
        "in at least one outside service or voluntary organisation and show how the participant got specialist help. It "
        "ends with a 20-minute presentation to the head teacher and a governor, a plan of how the participant organised "
        "their time and delegated during the project, and a statement of how they have kept up to date with SEN and "
        "disability during the year and taken responsibility for their own learning on the course. The mentor observes "
        "the presentation and the Umpire marks it against the same Level 7 criteria as the written pieces, so that a "
        "participant who writes well but presents poorly, or the reverse, is judged on the whole of the work.")

title("FALL OF WICKETS")
para(d, "1-30 (Piece 1, policy audit, 2,500 words, due 27 November). 2-60 (Piece 2, child study, 4,000 words, due 29 "
        "January). 3-90 (Piece 3, provision review, 4,000 words, due 30 April). 4-120 (Piece 4, leadership project with "
        "a 20-minute presentation to the head teacher and a governor, due 9 July).")

title("BOWLING ANALYSIS (the national outcomes)")
bowl = [
    ["Bowler (outcome in our words)", "O", "M", "W"],
    ["THE PERSON", "", "", ""],
    ["Builds fair, respectful, supportive relationships with pupils with SEN and their families", "3", "1", "Piece 2"],
    ["Gains the commitment of colleagues, the head and senior leaders", "-", "-", "did not bat"],
    ["Prioritises, manages time and delegates", "2", "1", "Piece 4"],
    ["Anticipates and solves problems; makes sound judgements about provision", "4", "1", "Piece 3"],
    ["Communicates clearly in speech and writing; listens to others", "3", "-", "Piece 1, Piece 4"],
    ["Uses research evidence and outside advice to improve practice", "3", "3", "not out"],
    ["Keeps up to date; owns their professional development", "2", "-", "Piece 4"],
    ["THE KNOWLEDGE", "", "", ""],
    ["SEN law, guidance and the Code of Practice, and putting them into practice", "4", "-", "Piece 1"],
    ["Every Child Matters and the SENCO's part in it", "2", "-", "Piece 1"],
    ["Disability equality law and the actions it requires", "2", "-", "Piece 1"],
    ["How children develop; how SEN, disability and environment affect development", "2", "-", "Piece 2"],
    ["Dyslexia, autism and speech and language needs and their effect on learning", "3", "-", "Piece 2"],
    ["Approaches, strategies and resources for assessment and teaching, incl. ICT", "3", "1", "Piece 2"],
    ["School self-evaluation and improvement for SEN outcomes", "2", "-", "Piece 3"],
    ["Best practice and research in meeting SEN", "0", "-", "Piece 3"],
    ["The role of external agencies and getting specialist help", "2", "-", "Piece 4"],
    ["THE SKILLS", "", "", ""],
    ["With senior staff and governors, shapes inclusive ethos, policy and resources", "2", "-", "Piece 4"],
    ["Identifies pupils, sets challenging targets, plans interventions, reviews progress", "3", "1", "Piece 2"],
    ["Uses assessments from other professionals to shape teaching", "2", "-", "Piece 2"],
    ["Uses summative assessment and national tests to track and adjust", "1", "1", "not out"],
    ["Encourages colleagues' formative assessment for pupils with SEN", "2", "-", "Piece 3"],
    ["Identifies and arranges access arrangements for tests and examinations", "-", "-", "did not bat"],
    ["Uses provision mapping; spots missing or ineffective provision", "3", "-", "Piece 3"],
    ["Deploys and manages staff", "2", "-", "Piece 3"],
    ["Supports colleagues' development by observation, modelling, coaching and training", "2", "2", "not out"],
    ["Reviews provision with colleagues to inform school self-evaluation", "1", "-", "-"],
    ["Involves pupils in planning, agreeing and reviewing their provision", "1", "-", "Piece 2"],
    ["Liaises with parents and carers", "1", "1", "not out"],
    ["Works in partnership with other services and voluntary organisations", "2", "-", "Piece 4"],
]
tb = table(d, bowl, header_fill="DDEBF7")
for r in (1, 9, 19):
    merge(tb, r, 0, r, 3, bowl[r][0])
    shade(tb.cell(r, 0), "FCE4D6")
    for run in tb.cell(r, 0).paragraphs[0].runs:
        run.bold = True
para(d, "Note to the analysis: BESD and MLD are not covered this season.", italic=True)
para(d, "")

title("EXTRAS")
para(d, "Byes (the Nets). The course's online area, the Nets, runs on the University's learning platform. Between "
        "Saturdays each participant belongs to a Net of five, who post their school tasks for each other and comment on "
        "them. The Third Umpire, Ms Trelawny, reads every Net each week and replies to questions within two working days; "
        "each block has a short online task with her written feedback, and a live online surgery is held on the "
        "Wednesday evening before each piece is due. Session recordings and slides are posted the same day.")
para(d, "Leg byes (school mentors). Each participant's head teacher names a school mentor, usually a deputy head or an "
        "experienced SENCO. Mentors attend a two-hour mentor briefing in September, receive the mentor handbook (what "
        "a mentor does, the observation schedule for Pieces 2 and 4, and how to raise a concern), and the Umpires phone "
        "every mentor once a term.")
para(d, "Wides and no-balls (adjustments). The Foundation complies with the Disability Discrimination Act.")

title("SCORERS' NOTES")
notes = [
    "SN1. What the match is for. The Award's aim is that pupils with SEN and disabilities in Tamarside schools achieve "
    "more and are happier, healthier and safer, in all five Every Child Matters outcomes (being healthy, staying safe, "
    "enjoying and achieving, making a positive contribution and achieving economic well-being), because their SENCO is "
    "better prepared to lead provision for them. Every piece asks the participant to show what changed for pupils.",
    "SN2. Rooted in schools. Every block ends with a school task in the participant's own school, tied to the bowlers "
    "it carries: auditing the SEN policy, studying one child, reviewing provision, and leading a change. Participants "
    "apply what they have learned, evaluate the effect on their practice with their mentor, and the pieces report the "
    "change made and its effect, so that each participant leaves having improved practice in their school.",
    "SN3. Keeping the card current. Sessions are kept up to date.",
    "SN4. The law. The opening stand covers the Education Act 1996, the SEN Code of Practice 2001, the SEN and "
    "Disability Act 2001, the Disability Discrimination Act 2005, Removing Barriers to Achievement and the 2008 "
    "regulations on SENCOs, and what each asks of a school and its SENCO now.",
    "SN5. Hearing the pupil. The Hearing the pupil session teaches participants ways to consult pupils, including "
    "those with little or no speech, about their provision (talking mats, pupil-led reviews, questionnaires with "
    "symbols), and Piece 2 asks them to show how the child in their study took part in planning and reviewing it.",
    "SN6. Colleagues. Participants learn to advise and support colleagues in their own school and to work with SENCOs "
    "in other schools through the cluster groups the blocks set up; Piece 4 is judged partly on how they worked with "
    "colleagues beyond their school.",
    "SN7. Parents. The importance of working with parents and carers is stressed throughout the course.",
    "SN8. Who may play. Participants must hold QTS, be in post as SENCO or about to take it up, and have their head "
    "teacher's written support. At the entry interview (the Toss) a Umpire and the head of the county's SEN support "
    "service check, through questions and a short case, that the applicant knows enough of the Code of Practice and "
    "of their school's provision to reach every outcome in the year. Applicants who are not yet ready are told in "
    "writing what to do first, and the Umpire speaks to the head teacher about it.",
    "SN9. The needs audit. At the Toss each participant rates themselves against every bowler on a four-point scale. "
    "The audit is kept on file.",
    "SN10. Credit already scored. Participants may bring up to 30 credits: Level 7 credit from another university, or "
    "a portfolio showing that experience as a SENCO or a specialist teacher already meets the outcomes of a block, "
    "assessed by the Umpires and confirmed by the University's accreditation of prior experiential learning panel.",
    "SN11. One route. All participants follow the same Saturdays in the same order. If an innings is rain-affected "
    "(a participant loses time to illness, bereavement or an inspection) the scorers carry the unfinished blocks "
    "to the next season.",
    "SN12. Tailoring and cost. Blocks are sized to the group: where the whole intake already knows a block, the Umpires "
    "shorten it and give the time to the blocks the group needs most. Participants choose the child, the provision "
    "and the change for their pieces. The fee is \u00a3950 because the Foundation gives the Suite and the catering; "
    "the 60 credits count towards the University's MA in Special and Inclusive Education.",
    "SN13. After the match. Participants set their next objectives with their head teacher; that is not part of the "
    "Award.",
    "SN14. What the schools told us. In spring 2008 we asked every Tamarside head teacher and SENCO what a new SENCO "
    "needs (71 of 188 schools replied) and met the county's SEN team and the Parent Partnership Service. Heads wanted "
    "help with deploying teaching assistants and with governors; SENCOs wanted Saturday days near home and time on "
    "autism. As a result we added the teaching-assistant block, put governors into the Second Innings, moved the days "
    "to Saturdays at Riverside, and gave autism its own session. The SEN team's comments on the first draft added the "
    "provision-review piece.",
    "SN15. Members' Committee. We intend to form a Members' Committee of head teachers, SENCOs and parents from 2010 to "
    "help evaluate the Award.",
    "SN16. Safeguarding. Before the first Saturday the Foundation's safeguarding officer checks each participant's "
    "enhanced CRB disclosure (number, date and level) with their school or the county, and asks the head teacher to "
    "confirm that other pre-appointment checks are complete. No participant starts until the check is recorded on the "
    "Foundation's single central record.",
    "SN17. The Umpires. Mrs Carnell was a SENCO for twelve years and is now the county's lead teacher for SEN, with an MA "
    "in Special Education; Dr Vosper is Senior Lecturer in Inclusive Education at Tamar Valley University and a former "
    "educational psychologist; Ms Trelawny is an advisory teacher for ICT and SEN. All three teach on the University's "
    "MA, and the University funds two days' specialist updating a year for each. The Umpires work to the University's "
    "tutor handbook, which sets out who teaches, marks and moderates each piece, and meet before each innings to "
    "plan it and to agree how the marking criteria will be applied.",
    "SN18. Specialists. Speakers from the educational psychology service, speech and language therapy, CAMHS and the "
    "local autism and dyslexia charities take part in the Second Innings.",
    "SN19. Kit. The Foundation Suite has twenty laptops with the main SEN assessment and literacy software, a "
    "specialist library of 400 titles on loan from the county SEN support service, assistive technology to try "
    "(text-to-speech, symbol software, switch access), and the University library and its online journals.",
    "SN20. Evaluation. Participants complete a short evaluation after each Saturday and a questionnaire at the end of "
    "each innings; the Umpires meet after each piece; the Match Referee's report and the University's annual review "
    "bring these together. An action plan for the next season is agreed by the Foundation's Education Board each "
    "summer and sent to schools.",
    "SN21. Impact. Participants' confidence and competence are measured by the end-of-innings questionnaire. Pupils' "
    "progress is not measured.",
    "SN22. The Award. The Award is made to participants who attend at least 90 per cent of the Saturdays and complete "
    "all four pieces.",
]
for n in notes:
    p = para(d, n)
    if n.startswith("SN16"):
        comment(d, p, "Do we need to say CRB here if it's already in the entry letter? - KP", author="K. Penhallow",
                initials="KP")
    if n.startswith("SN7"):
        comment(d, p, "Parent Partnership Service have offered to run a session on this - pencil in for 2010?",
                author="D. Rowe", initials="DR")

title("MATCH REFEREE'S REPORT")
para(d, "Each piece is marked by the participant's Umpire against the University's Level 7 criteria and the bowlers it "
        "carries. The other Umpire second-marks all fails and a sample of a quarter of the rest, and both Umpires meet "
        "with the mentors' observation notes to agree marks. Dr Lusty, the Match Referee, receives a sample of every "
        "piece, moderates the marking, attends the University's exam board and reports to the University each year. "
        "Pieces are marked anonymously where the format allows.")

title("PREVIOUS MEETINGS")
para(d, "2006-07: Foundation Certificate in Inclusion (closed 2008). That course admitted \"Declared\" candidates, "
        "experienced teachers who were assessed on a portfolio and a viva without attending any sessions.")

title("OTHER MATCHES TODAY")
para(d, "Dunmoor CCC Foundation SENCO Course, at the Castle Ground: every participant spends five days on placement in "
        "a special school and a specialist resource base.")
para(d, "Card closed. Scorers: K. Penhallow, D. Rowe. Checked by the Umpires.", italic=True)
fix_body_order(d)
d.save(OUT)
print("wrote", OUT)
