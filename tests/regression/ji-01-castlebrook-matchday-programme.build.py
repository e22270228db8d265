"""ji-01-castlebrook-matchday-programme

Provider (invented): Rovers Learning, the education arm of the Castlebrook
Rovers FC Community Trust, with the University of Wexcombe School of
Education, which validates the course as its "Postgraduate Certificate in SEN
Coordination (National Award)". Application for approval from September 2009.

Document kind and layout: the club's official matchday programme, "The
Brook", issue 19 (Castlebrook Rovers v Ashgate United, 14 March 2009), a
"Community Day Special" whose Trust pages carry the Award, sent whole. No
heading styles: page titles are bold capitalised Normal paragraphs with a
coloured run. A shaded one-cell cover table, a VML text box addressed to the
panel, an "In this issue" list typed with dashes, the Chairman's welcome, the
manager's notes about the football, "Community Corner" (the Head of
Education's notes), "The Medical and Signing On", "The Squad 2009-10" (tutors
as a squad list with shirt numbers), a "Fixture List" of ten Matchdays with
merged and shaded break rows, "Opposition View" (the visiting club and its
own community trust's course), a "Player Profile" of a 2008 pilot
participant, "The Dugout" (a Q&A with the programme leader), "The Outcome
League Table" (the outcomes in the Trust's own words, shaded merged group
rows, columns "Played on" and "Scored in" defined in the text above it),
"Lifting the Trophy" (the award rule), Ground Regulations in small print and a
League One table. Header and footer. Tracked changes (a deleted table row, a
deleted sentence, an inserted sentence), two Word comments, two footnotes.

The course's own vocabulary: participants are "players" in "the Squad";
study days are "Matchdays" (MD1-MD10); visits to host schools are "Away
Days"; the four marked assignments are "Cup Ties" (CT1-CT4); unmarked practice
tasks are "Training Ground" tasks; the needs assessment is "The Medical",
giving a "Player Development Plan"; prior credit is "Previous Caps"; school
mentors are "Club Captains"; the online forum is "The Dressing Room"; the
award is "Lifting the Trophy".

Traps (requirement ids):
- Chairman's welcome is values and hopes only (no evidence for anything).
- Gaffer's Notes: academy coaches hold enhanced CRB disclosures (wrong
  people); Ground Regulation 12: stewards and coaches hold CRB disclosures
  (wrong people); host schools "carry out their own visitor checks" (someone
  else's arrangement); footer claims every Award player is CRB checked
  (footer). Nothing checks the candidates -> 5.3 not_met.
- Opposition View: Ashgate's trust runs a "Fast Track" assessment-only route
  and an online course with weekly tutor webchats (another provider's
  arrangements); the Dugout says every player plays every Matchday -> 2.3
  not_met; 3.3 is judged on the Trust's own Dressing Room.
- The Dressing Room is a peer board between Matchdays that "tutors do not
  monitor" -> 3.3 partially_met.
- Player Profile: the 2008 pilot's placement and external examiner are past
  arrangements (not needed for 5.5 or 5.8, which are met by present text).
- January kick-off exists only in a tracked insertion (counts) -> 3.2 met.
- Target setting for next season exists only in a tracked deletion; what
  remains is information about the MA -> 2.5 partially_met.
- Research reflected only in general terms ("keep an eye on the latest
  thinking") -> 1.3 partially_met.
- Stakeholders host Away Days and speak, but their part in evaluation is only
  hoped for; a comment proposes asking parents -> 4.3 partially_met.
- Entry is QTS plus nomination; nothing checks prior knowledge -> 5.2
  partially_met.
- Accessibility only of the stadium building -> 3.1 partially_met.
- Club Captains "will be sent guidance once" it is adapted -> 5.7
  partially_met.
- Confidence measured; "We have not yet found a way to measure the
  difference the course makes to pupils" -> 5.9 partially_met.
- Award rule compensates a failed Cup Tie (40-49) by the average -> 6.0
  partially_met; some outcomes marked only on the Training Ground -> 1.9
  partially_met.
- Outcome League Table: "Training Ground" rows (taught, not marked): time
  management 6.A3, disability equality law 6.K3, school self-evaluation 6.K7,
  formative assessment 6.S2c; own CPD scored in CT4 but played on no Matchday
  ("-") 6.A7; no row for child development 6.K4 (not_met); the row for
  special arrangements in tests and examinations is a tracked deletion 6.S2d
  (not_met). A comment on the time-management row proposes marking it (not
  evidence).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402
from _ji_helpers import (W, new_doc, para, table, shade, cell_text, textbox, ins_run, del_run,  # noqa: E402
                         comment, set_header_footer, footnote, finish, word_count, _rid)
from xml.sax.saxutils import escape  # noqa: E402

OUT = Path(__file__).with_name("ji-01-castlebrook-matchday-programme.docx")
RED = "B3121E"
d = new_doc("Arial", 10)
set_header_footer(
    d,
    "THE BROOK  |  Issue 19  |  Castlebrook Rovers v Ashgate United  |  Saturday 14 March 2009",
    "Printed by Wexdale Print Ltd. Castlebrook Rovers FC Community Trust is a registered charity. "
    "Every Award player is CRB checked before signing. Rovers Learning: approved provider of the National Award "
    "for SEN Coordination.")


def title(text, kicker=None):
    p = para(d, [(text, {"b": True, "color": RED, "size": 14})])
    p.paragraph_format.space_before = Pt(12)
    if kicker:
        para(d, [(kicker, {"i": True})])
    return p


# ---------------- cover ----------------
cov = d.add_table(rows=6, cols=1)
cov.style = "Table Grid"
lines = [
    ("THE BROOK", 28), ("Official Matchday Programme of Castlebrook Rovers FC", 12),
    ("CASTLEBROOK ROVERS v ASHGATE UNITED", 16),
    ("Coca-Cola Football League One  ·  Saturday 14 March 2009  ·  Kick-off 3.00pm  ·  The Brookside", 10),
    ("Issue 19  ·  £3.00", 10),
    ("COMMUNITY DAY SPECIAL: Rovers Learning and the National Award for SEN Coordination", 12),
]
for i, (t, s) in enumerate(lines):
    cell_text(cov.cell(i, 0), [(t, {"b": True, "size": s, "color": "FFFFFF" if i < 3 else None})])
    shade(cov.cell(i, 0), RED if i < 3 else "F2F2F2")

para(d, "")
textbox(d, [
    ("For the TDA approval panel", True),
    ("This Community Day issue of The Brook is our application, sent as it was printed for today's match. The "
     "Trust's pages (Community Corner, The Medical and Signing On, The Squad, the Fixture List, The Dugout, The "
     "Outcome League Table and Lifting the Trophy) describe the course Rovers Learning will run with the University "
     "of Wexcombe from September 2009. The other pages belong to the club and are left as they were printed.", False),
    ("Karen Oduya, Head of Education, Rovers Learning", False),
], height_pt=110)

para(d, [("IN THIS ISSUE", {"b": True})])
for t in ["- From the Chairman", "- Gaffer's Notes", "- Community Corner", "- The Medical and Signing On",
          "- The Squad 2009-10", "- Fixture List 2009-10", "- Opposition View: Ashgate United",
          "- Player Profile: Jo Whitlock", "- The Dugout", "- The Outcome League Table", "- Lifting the Trophy",
          "- Ground Regulations", "- League One Table"]:
    para(d, t, space_after=0)

# ---------------- chairman ----------------
title("FROM THE CHAIRMAN", "Roy Haskett welcomes you to the Brookside")
para(d, "Good afternoon and welcome to the Brookside for this afternoon's League One fixture against Ashgate "
        "United, and a special welcome to our friends from Ashgate who have made the short trip up the valley. "
        "Today is our Community Day, and you will see the Trust's work all around the ground: the Rovers Learning "
        "stall on the concourse, the Kickstart mascots from Brookfield School and the half-time parade of the "
        "Wexdale Disability Football League.")
para(d, "This club has always believed that every child in Castlebrook deserves the same chance to shine, on the "
        "pitch and in the classroom. We believe that a football club belongs to its town, and we hope that the "
        "new SENCO Award will one day reach every school in the borough. The board is proud to stand behind Karen "
        "and her team, and we hope that in years to come people will talk about the Rovers Award in the same "
        "breath as our 1987 promotion side.")
para(d, "Enjoy the game. Up the Rovers!")

# ---------------- gaffer ----------------
title("GAFFER'S NOTES", "Steve Dunleavy on Ashgate, the run-in and the lads")
para(d, "Three points on Tuesday night at Millbridge were hard earned, and I thought we showed the character "
        "we'll need for the last eleven games. Ashgate will come here and sit in, and we have to be patient, move "
        "the ball quicker than we did against Hollins Park and not give away cheap free-kicks around the box.")
para(d, "Danny Creswell trained fully yesterday after his hamstring, but I won't risk him from the start. Lee "
        "Okafor serves the last game of his ban. The young lads from the academy did really well in the FA Youth "
        "Cup, and I want to thank the academy staff: every one of our academy coaches holds an enhanced CRB "
        "disclosure and has been through the Football League's safeguarding course, which matters to parents "
        "who trust us with their boys.")
para(d, "On Thursday a few of the first-team squad went to Brookfield School to help the Trust with a PE "
        "session. The kids ran rings round Mark Bolder, which I'll be reminding him about. It's days like that "
        "which remind you what the club is for. Enjoy the game.")

# ---------------- community corner ----------------
title("COMMUNITY CORNER", "Karen Oduya, Head of Education at Rovers Learning, on the Trust's new SENCO Award")
para(d, "Rovers Learning has run the Playing for Success study support centre under the East Stand since 1999, "
        "and for the last four seasons we have run short courses for teaching assistants and SENCOs from local "
        "schools. From September 2009 we will run the National Award for SEN Coordination with the University of "
        "Wexcombe.")
p = para(d, "The University of Wexcombe School of Education validates the course as its Postgraduate Certificate "
            "in SEN Coordination (National Award). It carries 60 credits at Masters level (Level 7), and players "
            "who complete it are registered students of the University for the season.")
footnote(p, "University of Wexcombe, Postgraduate Regulations 2008-09, section 4 (credit and levels) and "
            "section 7.4 (compensation).")
para(d, "The aim of the Award is simple. It is to raise the achievement and improve the well-being of children "
        "and young people with SEN and/or disabilities in the players' own schools across all five Every Child "
        "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution "
        "and achieving economic well-being. Every Matchday starts from a pupil, and every Cup Tie asks the player "
        "to show what they changed for pupils in their own school and what happened to those pupils' learning "
        "and well-being as a result. The Award is built around the SENCO's work in school: each Cup Tie is a "
        "piece of work done in the player's own school, tied to named outcomes in the League Table, and two "
        "Away Days take every player into other schools to see effective practice.")
para(d, "Our coaching staff keep an eye on the latest thinking and bring it to every Matchday.")
para(d, [("Why a football club? ", {"b": True}),
         "In autumn 2008 we surveyed the 212 primary, secondary and special schools in Castlebrook and Wexdale "
         "about what new SENCOs need; 131 replied. Seven in ten said their new SENCO had no time in school for "
         "study, so wanted Saturday or twilight sessions; more than half asked for time in other schools to see "
         "provision working; and the most common gaps named were working with outside agencies and leading "
         "colleagues. We held two headteacher breakfasts in the Rovers Suite (38 heads came), talked to the "
         "local authority's SEN team and Parent Partnership Service, and met the Brookside Parents Together group "
         "of parents of disabled children who use our holiday schemes."])
para(d, [("What changed because of what they told us. ", {"b": True}),
         "The Away Days were added at the heads' request, and the Matchdays moved to Saturdays. Brookside Parents "
         "Together told us that schools too often talk to parents and not with them, and Matchday 7 (Home "
         "Support) was rewritten around their advice. Two headteachers and the authority's Principal Educational "
         "Psychologist sat on the working group that wrote the four Cup Ties, and asked for CT3 to be about a "
         "real multi-agency case rather than an essay."])
p = para(d, "Headteachers host our Away Days, and parents from Brookside Parents Together speak on Matchday 7. "
            "We would like heads and parents to help us judge how well the course has worked, and hope to find a "
            "way of doing this in the first season.")
comment(d, p.runs[0], "Ask Wexdale Parents Forum whether they would sit on an evaluation panel? KO", "Karen Oduya", "KO")

# ---------------- the medical ----------------
title("THE MEDICAL AND SIGNING ON", "How a teacher joins the Squad")
para(d, [("Signing on. ", {"b": True}),
         "Signing is open to any teacher with QTS who holds or will take on the SENCO role in a school and whose "
         "headteacher signs the nomination form. The nomination form names the player's Club Captain: a senior "
         "colleague in the player's school who will meet them each half-term and sign off each Cup Tie as "
         "the player's own work in that school. Host schools for Away Days carry out their own visitor checks."])
para(d, [("The Medical. ", {"b": True}),
         "Before Matchday 1 every player completes The Medical. It has two parts: a self-rating against every "
         "outcome in the League Table on a four-point scale (from 'new to me' to 'I could teach this'), with the "
         "evidence for each rating; and a one-hour conversation with the player's coach, who checks the ratings "
         "against that evidence and the Club Captain's view. From The Medical the coach and player agree a Player "
         "Development Plan (PDP): the outcomes that are the player's priorities, personal targets for each of "
         "them, which two Away Days the player will take, and which Training Ground tasks they will do. Players "
         "who rate an outcome strongly still show it in a Cup Tie, but the PDP moves their Matchday time to the "
         "outcomes they need most. The PDP is reviewed at Matchdays 4 and 8."])
para(d, [("Previous Caps. ", {"b": True}),
         "Players who have already studied SEN at Masters level may claim up to 20 credits under the University's "
         "regulations for the accreditation of prior learning. Experience can also count: a player may put "
         "together a portfolio of evidence from their work, mapped against the League Table, which the Programme "
         "Leader assesses and the University's APL panel confirms. Credit from Previous Caps counts in place of "
         "CT1."])

# ---------------- squad ----------------
title("THE SQUAD 2009-10", "Meet the coaching staff")
sq = [
    ["No.", "Name", "Position", "Previous clubs", "Honours"],
    ["1", "Karen Oduya", "Programme Leader and coach", "SENCO at Castlebrook High for twelve years; LA SENCO "
     "network chair 2004-08", "MA Special and Inclusive Education (Wexcombe); National SENCO Standards trainer"],
    ["2", "Dr Philip Ambrose", "Academic Lead (University of Wexcombe)", "Senior Lecturer in Inclusive Education; "
     "former head of a special school", "PhD (inclusion in secondary schools); external examiner at two universities"],
    ["4", "Lorraine Mbeki", "Coach", "Specialist teacher, Wexdale Autism Outreach Service", "MEd Autism (Birmingham)"],
    ["5", "Gareth Pryce", "Guest coach (Matchday 6)", "Senior Educational Psychologist, Castlebrook LA",
     "DEdPsy; HPC registered"],
    ["7", "Sue Tallis", "Coach and Away Day organiser", "Headteacher, Brookfield School (special) 1998-2007",
     "NPQH; MA Education Management"],
    ["9", "Amrit Gill", "Guest coach (Matchday 5)", "Speech and language therapist, Wexdale PCT", "MSc SLT; RCSLT"],
]
table(d, sq, header_fill="D9D9D9")
para(d, "All coaching staff teach in schools or services as well as on the Award, and each takes five days of "
        "specialist training a year, agreed with the Programme Leader. Coaches are trained by the University as "
        "associate tutors and work from the Coaches' Handbook, which sets out tutorial, marking and feedback "
        "duties. Club Captains will be sent guidance on their part once the Coaches' Handbook has been adapted "
        "for them.")
para(d, "Beyond the Squad, players meet specialists on the Matchdays where their work is taught: the Educational "
        "Psychology Service, speech and language therapy, the Autism Outreach Service, CAMHS, the Parent "
        "Partnership Service and Wexdale Mencap. Each player also takes two Away Days in host schools, chosen at "
        "The Medical from six host schools (two special schools, two resourced mainstream schools and two "
        "primaries) judged good or outstanding by Ofsted. Each Away Day follows a brief linked to outcomes in the "
        "player's PDP, and the host SENCO meets the player for a debrief.")
para(d, "Players use the Rovers Learning Zone, our Playing for Success centre: sixteen networked computers with "
        "Clicker 5, Widgit symbol software, text-to-speech and screen-reading software, two interactive "
        "whiteboards and a loan collection of assessment materials and specialist resources. As registered "
        "students they also have the University library and its electronic journals.")

# ---------------- fixtures ----------------
title("FIXTURE LIST 2009-10", "Matchdays at the Brookside (H) and Away Days at host schools (A)")
fx = [
    ["MD", "Date", "Fixture", "Venue", "KO"],
    ["1", "Sat 19 Sep 2009", "Kick-off: the SENCO role, Every Child Matters, planning the season and managing "
     "the workload", "H", "9.30"],
    ["2", "Sat 10 Oct 2009", "The Rulebook: the SEN Code of Practice, disability equality duties, what works and "
     "why", "H", "9.30"],
    ["3", "Sat 7 Nov 2009", "Voice of the Fans: consulting pupils, including those with little or no speech; "
     "pupils planning their own provision", "H", "9.30"],
    ["", None, "AWAY DAY WINDOW 1 (November to December): first Away Day", None, None],
    ["4", "Sat 5 Dec 2009", "Scouting: identifying needs, targets, tracking progress with national tests and "
     "P scales", "H", "9.30"],
    ["5", "Sat 16 Jan 2010", "Tactics Board: the common types of SEN, teaching approaches, ICT, formative "
     "assessment in every classroom", "H", "9.30"],
    ["6", "Sat 6 Feb 2010", "Team Around the Child: external agencies, voluntary organisations, using "
     "professionals' assessments", "H", "9.30"],
    ["7", "Sat 6 Mar 2010", "Home Support: working with parents and carers; coaching and mentoring colleagues",
     "H", "9.30"],
    ["", None, "AWAY DAY WINDOW 2 (March to April): second Away Day", None, None],
    ["8", "Sat 24 Apr 2010", "The Boardroom: the head, governors and strategy; deploying teaching assistants",
     "H", "9.30"],
    ["9", "Sat 22 May 2010", "Season Review: provision mapping, evaluating provision with colleagues",
     "H", "9.30"],
    ["10", "Sat 3 Jul 2010", "Lifting the Trophy: CT4 presentations", "H", "9.30"],
]
t = table(d, fx, header_fill="D9D9D9")
for r in (4, 9):
    c = t.cell(r, 0).merge(t.cell(r, 4))
    shade(c, "FDE9D9")
para(d, "Cup Tie deadlines: CT1 Friday 4 December; CT2 Friday 26 February; CT3 Friday 30 April; CT4 presented "
        "on Matchday 10.")
p = para(d, "Players may hand in the Cup Ties in any order before the final deadline, and a player who misses a "
            "Matchday can join the same Matchday with the other group or take it the following season: the "
            "University lets players spread the Award over two seasons. ")
ins_run(p, "There is also a January kick-off: a second group starts in January 2010 with Tuesday twilight "
           "Matchdays (4.30 to 8.00pm) and finishes in December.", "Philip Ambrose", "2009-03-05T16:20:00Z")
para(d, "Between Matchdays, players use The Dressing Room, an online discussion board on the University's "
        "Blackboard site, to post Training Ground tasks and reading and to comment on each other's posts. The "
        "Dressing Room is the players' own space: tutors do not monitor the Dressing Room, and coaching staff "
        "see players at Matchday tutorials.")

# ---------------- opposition ----------------
title("OPPOSITION VIEW: ASHGATE UNITED", "Our neighbours, on and off the pitch")
para(d, "Ashgate arrive in eleventh place after three wins in four. Top scorer Callum Reid has twelve in the "
        "league, and their full-backs push on, so our wide men will need to track back. The last meeting here "
        "finished 1-1, Creswell's late header cancelling out Reid's penalty.")
para(d, "Off the pitch, Ashgate in the Community runs its own SENCO course with Ravensfield University. Its Fast "
        "Track lets experienced SEN teachers go straight to assessment without attending any sessions, and most "
        "of its course is delivered online with weekly tutor webchats. We wish them well, and look forward to "
        "the derby of the community trusts at the Wexdale schools conference in June.")

# ---------------- player profile ----------------
title("PLAYER PROFILE: JO WHITLOCK", "SENCO at St Barnabas CE Primary, 2008 pilot squad")
para(d, [("How did you get into the pilot? ", {"b": True}),
         "My head saw a flyer in the Brookside programme! In 2008 the Trust ran a pilot, unaccredited, for twelve "
         "of us, over six Saturdays."])
para(d, [("What was the highlight? ", {"b": True}),
         "In the pilot we each had a week's placement at Brookfield School, and the University sent an external "
         "examiner to look at our portfolios at the end. Seeing Brookfield's pupils plan their own reviews changed "
         "how I run annual reviews."])
para(d, [("What next? ", {"b": True}),
         "I'd love to do the full Award and then an MA. Honestly, anything that gets me out of school on a Saturday "
         "and into the Rovers Suite with a bacon roll!"])

# ---------------- dugout ----------------
title("THE DUGOUT", "Karen Oduya answers the questions heads and SENCOs ask us most")
qa = [
    ("Can I skip the Matchdays if I've done SENCO work for years?",
     "No. Every player plays every Matchday. Experience can count towards credit through Previous Caps, but "
     "the Award is taught."),
    ("What will I actually do in school?",
     "Each Cup Tie is a piece of work in your own school. In CT2 (The Match Analysis) you identify a small group "
     "of pupils, set targets with them, plan and run an intervention and review it with the pupils and staff "
     "involved. In CT3 (Team Around the Child) you lead a real case with outside agencies and the family. In CT4 "
     "(The Season Review) you map and evaluate provision across the school, change how teaching assistants are "
     "deployed, coach a colleague and present the results to your head and a governor. Each Cup Tie asks you to "
     "evaluate what changed in your practice and your school and to plan your next step, so the Award is about "
     "making a difference in school, not just writing about it."),
    ("How do you teach consulting pupils?",
     "Matchday 3, Voice of the Fans, teaches ways of consulting pupils, including Talking Mats and symbol "
     "questionnaires for pupils with little speech. Players then run a Fans' Forum in school, a consultation with "
     "a group of pupils with SEN about something that affects them, and the pupils' views go into CT2."),
    ("Where do colleagues and parents come in?",
     "Matchday 7 teaches players to coach and advise colleagues and to work alongside parents: parents from "
     "Brookside Parents Together run the afternoon with us. Players coach a colleague for CT4, and in CT3 they "
     "work with the family and with colleagues from other schools and services. Players also meet in cluster "
     "trios with SENCOs from neighbouring schools between Matchdays to advise each other on a problem."),
    ("How do you know the course is working?",
     "After every Matchday players fill in a feedback card. University staff run a focus group with the Squad "
     "at Matchday 5, players complete an end-of-season questionnaire, Club Captains and host SENCOs return a "
     "short review, and the University's external examiner reports each year. The Trust's Education Committee "
     "and the University's programme board read all of this in July, agree changes, and tell the next Squad "
     "what we changed and why. The University's annual monitoring report covers the Award too."),
    ("Is the marking fair?",
     "Every Cup Tie is marked against the University's Masters-level criteria by the player's coach. The "
     "Academic Lead second-marks a fifth of every Cup Tie and every fail and distinction, the coaches meet to "
     "moderate a sample before each exam board, and an external examiner from another university sees a sample "
     "of every Cup Tie and attends the exam board."),
    ("What difference does it make?",
     "Players rate their confidence against all 28 outcomes at The Medical and again at Matchday 10, and we "
     "track marks, pass rates and completion. We have not yet found a way to measure the difference the course "
     "makes to pupils."),
    ("What does it cost?",
     "£1,450 a player for the season. Castlebrook's School Improvement Service pays £600 of that for schools in "
     "the borough, and because Matchdays are in the Trust's own rooms we pay no room hire. Squads are capped at "
     "24 so that every player has a coach who knows their PDP, and Matchday workshops are grouped by PDP "
     "priorities so that time goes where players need it."),
    ("What happens after the Trophy?",
     "At Matchday 10 we tell players about the University's MA in Inclusive Education, into which the Award's "
     "60 credits count. "),
    ("Is the Brookside accessible?",
     "Yes. The Brookside is fully accessible: there are lifts to the Rovers Suite, accessible toilets on every "
     "level and a hearing loop in the Learning Zone."),
]
for q, a in qa:
    para(d, [(q, {"b": True})], space_after=0)
    p = para(d, a)
    if q.startswith("What happens after"):
        del_run(p, "Each player then sets three targets for next season with their Club Captain, using the "
                   "Next Season planner, and takes them to their performance review.",
                "Philip Ambrose", "2009-03-05T16:31:00Z")

# ---------------- outcome league table ----------------
title("THE OUTCOME LEAGUE TABLE", "Every outcome a player must show, in our words")
para(d, "The League Table lists the outcomes of the Award. \"Played on\" gives the Matchday where the outcome is "
        "taught. \"Scored in\" gives the Cup Tie where it is marked. \"Training Ground\" means the outcome is "
        "practised in an unmarked Training Ground task and not marked in any Cup Tie.")
hdr = ["Outcome: the player can ...", "Played on", "Scored in"]
groups = [
    ("ATTRIBUTES: THE DRESSING ROOM STANDARDS", [
        ("build fair, respectful and supportive relationships with pupils with SEN and disabilities and with "
         "their parents and carers", "MD3, MD7", "CT2, CT3"),
        ("win the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
         "MD8", "CT4"),
        ("prioritise, manage their time and delegate well, checking that delegated work gets done", "MD1",
         "Training Ground"),
        ("anticipate and solve problems and make sound judgements about provision", "MD4, MD6", "CT3"),
        ("speak and write clearly, and listen to and understand other people's views", "MD1 onwards",
         "CT1, CT4 (presentation)"),
        ("use research and outside advice to improve their own and colleagues' practice", "MD2, MD5", "CT1"),
        ("keep up to date and take charge of their own professional development in SEN and disability", "-",
         "CT4"),
    ]),
    ("KNOWLEDGE: READING THE GAME", [
        ("know the law and guidance on SEN, including the SEN Code of Practice, what they mean for the school "
         "and how to put them into practice", "MD2", "CT1"),
        ("know the principles and outcomes of Every Child Matters and the SENCO's part in them", "MD1", "CT1"),
        ("know the law on disability equality and what it requires schools to do", "MD2", "Training Ground"),
        ("know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
         "they affect learning", "MD5", "CT2"),
        ("weigh up approaches, strategies and resources for assessment, planning, teaching and learning, "
         "including ICT", "MD5", "CT2"),
        ("understand school self-evaluation and improvement as they apply to pupils with SEN", "MD9",
         "Training Ground"),
        ("know best practice and research on meeting special educational needs", "MD2, MD5", "CT1"),
        ("know what outside agencies do and how to get specialist support and resources", "MD6", "CT3"),
    ]),
    ("SKILLS: ON THE BALL", [
        ("work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and use "
         "of resources", "MD8", "CT4"),
        ("identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
         "MD4", "CT2"),
        ("use other professionals' assessments to shape teaching", "MD6", "CT3"),
        ("use summative assessment, including national tests, to track progress and change programmes", "MD4",
         "CT2"),
        ("encourage colleagues to use formative assessment, with approaches for pupils with SEN", "MD5",
         "Training Ground"),
        ("use provision mapping to plan provision and find what is missing or not working", "MD9", "CT4"),
        ("deploy and manage staff, including teaching assistants", "MD8", "CT4"),
        ("develop colleagues by observation and feedback, modelling, coaching, mentoring and training", "MD7",
         "CT4"),
        ("review provision with colleagues and feed the findings into school self-evaluation", "MD9", "CT4"),
        ("involve pupils in planning, agreeing and reviewing their own provision", "MD3", "CT2"),
        ("work with parents and carers to support their child's learning", "MD7", "CT3"),
        ("work with other services and agencies, including voluntary organisations", "MD6", "CT3"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
lt = d.add_table(rows=nrows, cols=3)
lt.style = "Table Grid"
for j, h in enumerate(hdr):
    cell_text(lt.cell(0, j), h, bold=True)
    shade(lt.cell(0, j), "D9D9D9")
r = 1
time_row = None
deleted_after = None
for gname, rows in groups:
    c = lt.cell(r, 0).merge(lt.cell(r, 2))
    cell_text(c, gname, bold=True)
    shade(c, "FDE9D9")
    r += 1
    for o, pl, sc in rows:
        cell_text(lt.cell(r, 0), o)
        cell_text(lt.cell(r, 1), pl)
        cell_text(lt.cell(r, 2), sc)
        if o.startswith("prioritise"):
            time_row = lt.cell(r, 2)
        if o.startswith("use summative"):
            deleted_after = lt.rows[r]._tr
        r += 1
comment(d, time_row.paragraphs[0].runs[0], "Could we mark this in CT4 next year? PA", "Philip Ambrose", "PA")

# a tracked-deleted row after the summative-assessment row
cells = ["plan special arrangements for national tests and examinations in good time and put them in place with "
         "colleagues", "MD4", "CT2"]
tcs = ""
for ctext in cells:
    tcs += (f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr><w:rPr><w:del w:id="{_rid()}" '
            f'w:author="Philip Ambrose" w:date="2009-03-05T16:40:00Z"/></w:rPr></w:pPr>'
            f'<w:del w:id="{_rid()}" w:author="Philip Ambrose" w:date="2009-03-05T16:40:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{escape(ctext)}</w:delText></w:r></w:del></w:p></w:tc>')
tr = parse_xml(f'<w:tr {W}><w:trPr><w:del w:id="{_rid()}" w:author="Philip Ambrose" '
               f'w:date="2009-03-05T16:40:00Z"/></w:trPr>{tcs}</w:tr>')
deleted_after.addnext(tr)

# ---------------- trophy ----------------
title("LIFTING THE TROPHY", "How the Award is won")
p = para(d, "To lift the trophy a player must complete all four Cup Ties with an overall mark of 50 or more. A "
            "Cup Tie marked between 40 and 49 can be carried by the other three, as the University's regulations "
            "for compensation allow, provided the overall average is at least 50. A Cup Tie marked below 40 must "
            "be resubmitted once. The exam board confirms every award, and the University issues the certificate "
            "at the Trust's presentation evening in the Rovers Suite.")
footnote(p, "Compensation is allowed in one module of a Postgraduate Certificate under section 7.4 of the "
            "University's Postgraduate Regulations.")

# ---------------- ground regulations ----------------
title("GROUND REGULATIONS", "Extract. The full regulations are displayed at every turnstile.")
regs = [
    "1. Entry to the Brookside is subject to these regulations and to the Football League's ground regulations.",
    "4. Persistent standing in seated areas is not permitted.",
    "7. The use of foul or abusive language, including racist or homophobic chanting, will lead to ejection and "
    "may lead to a banning order.",
    "9. Supporters needing an accessible seat, a personal assistant's ticket or a match commentary headset should "
    "contact the Disability Liaison Officer before match day.",
    "12. Stewards, coaches and staff working with young supporters hold enhanced CRB disclosures, checked by the "
    "Club's Safeguarding Officer.",
    "15. Guests of Rovers Learning on Matchdays must wear the lanyard given at reception.",
]
for rg in regs:
    para(d, [(rg, {"size": 8})], space_after=0)

# ---------------- league table ----------------
title("COCA-COLA LEAGUE ONE", "Top eight, before today's games")
lg = [["Pos", "Club", "P", "W", "D", "L", "Pts"],
      ["1", "Hollins Park", "35", "21", "8", "6", "71"],
      ["2", "Millbridge Town", "35", "20", "7", "8", "67"],
      ["3", "Castlebrook Rovers", "35", "18", "10", "7", "64"],
      ["4", "Seaton Athletic", "34", "18", "8", "8", "62"],
      ["5", "Kingsferry", "35", "16", "11", "8", "59"],
      ["6", "Darrow City", "35", "16", "9", "10", "57"],
      ["7", "Pelham Borough", "34", "15", "10", "9", "55"],
      ["8", "Ashgate United", "35", "15", "9", "11", "54"]]
table(d, lg, header_fill="D9D9D9")

finish(d, OUT)
print(OUT.name, word_count(OUT), "words")
