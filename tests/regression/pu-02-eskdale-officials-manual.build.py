"""pu-02-eskdale-officials-manual: a basketball club's Award written as a referees' crew mechanics manual.

Provider (invented): Arrows Academy, the education and community arm of Eskdale Arrows Basketball Club, with
Tarnfield University's Faculty of Education (validation) and Eskdale Borough Council. The course is a 40-credit
Level 7 certificate, nine taught "Games" at the Academy's Court Room in Eskdale Leisure Centre, 2008-09.

Document kind and layout: an officials' manual ("Award Officials' Manual: Mechanics, Assignments and Coverage")
addressed to the Award's "crew" (tutors = Umpires, course leader = Crew Chief, administrator = Table Officials,
external examiner = Commissioner, mentors = Home Court Partners, participants = Players, study days = Games,
marked assignments = Judgement Calls, moderation = Replay Review). Word Heading 1 styles carry the manual's own
part titles ("Part 4  Pre-Game Duties"); paragraphs inside are numbered by hand 1.1, 3.3, 4.3, 5.1 ... so that
the numbers clash with requirement ids (e.g. "3.3 Table Officials" is not about e-learning; "4.3 The Pre-Game
Self-Scout", "5.1 The Crew Chief"). A title block with merged cells and a [DATE] placeholder; a VML text box of
slogans ("POINTS OF EMPHASIS"); a Terms table in Part 2 that keys the codes (P, S, C, No call) of the Coverage
Chart twelve parts later, in a landscape section; a Game Assignments table with a merged date cell; a crew table
with a "[Name TBC]" placeholder row; a Crew Signals appendix; header and footer; two footnotes; one tracked
insertion and one tracked deletion; two Word comments.

Traps (requirement ids):
- E.2: 40 credits, not the normal 60. partially_met. (E.1 met: validated by Tarnfield.)
- 1.1: the aim is attainment in reading, writing and mathematics only; no well-being. partially_met.
- 6.K2: "Every Child Matters is covered on the Borough's induction ... the Award does not repeat it" (another
  provider's arrangement); Coverage Chart "No call". not_met.
- 1.5 and 6.S7: "Consulting pupils about their provision is not part of any Game" - referred to the Borough's
  Children's Rights Officer (negation, someone else's course). not_met both.
- 2.2 / 2.4: the Self-Scout is used only for the whole group; "The Self-Scout is not used to set targets for
  individual players"; "every player follows the same nine Games". partially_met both.
- 2.5: only the pilot's past practice and an intention "if time allows"; the Next Steps sentence is a tracked
  DELETION. not_met.
- 3.2: only Saturday repeats and (a tracked INSERTION, which counts) taking a missed Game next year; single
  September start, fixed order, no other modes. partially_met.
- 3.3: "There is no e-learning in the Award"; Arrows TV streaming is the club's fixtures (wrong context).
  not_applicable. The hand-numbered "3.3 Table Officials" is a numbering clash.
- 5.2: "The Academy accepts every teacher the head teacher nominates"; no check of knowledge or skills; a comment
  asks about screening (not part of the submission). partially_met.
- 5.6: the Court Room has a projector; "The Academy does not hold specialist software, assessment materials or
  other specialist equipment". partially_met.
- 5.9: competence and confidence are measured; pupils' achievement only hoped for "From 2009-10". partially_met.
- 1.9 / 6.0: the certificate goes to "every player who passes all three Judgement Calls", while the Coverage
  Chart leaves S (taught, not marked) and No call lines. partially_met both.
- Coverage Chart: A6, K7, S5 are S (taught, formative only; partially_met); S9 is C (marked in JC3, taught in no
  Game; partially_met); K2, S2c, S7 No call (not_met).
- 4.1 / 4.2 / 4.3: the Borough's audit, design meetings with named changes, and a Game Review Panel of heads, the
  LA, a parent representative and a former player (met).
- The POINTS OF EMPHASIS text box and Crew Signals appendix are slogans and jokes, never evidence.
"""
from pathlib import Path
import sys

from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _pu_helpers import (new_doc, para, add_runs, table, merge, shade_cell, tracked_ins, tracked_del,
                         header_footer, text_box, Footnotes, landscape_section, portrait_section)

HERE = Path(__file__).parent
NAME = "pu-02-eskdale-officials-manual"
RED = "9C1C22"
GREY = "D9D9D9"

doc = new_doc(font="Calibri", size=10.5, margins_cm=2.2)
for lvl, sz in (("Heading 1", 14), ("Heading 2", 11.5)):
    st = doc.styles[lvl]
    st.font.name = "Calibri"
    st.font.size = Pt(sz)
    st.font.color.rgb = None
fn = Footnotes(doc)
header_footer(doc.sections[0], "ARROWS ACADEMY  ·  AWARD OFFICIALS' MANUAL  ·  Edition 1.2",
              "Uncontrolled when printed. Queries to the Crew Chief, Arrows Academy, Eskdale Leisure Centre")


def h1(text):
    return doc.add_paragraph(text, style="Heading 1")


def np(num, text, **kw):
    """A hand-numbered manual paragraph: '4.3  Title. text'"""
    p = para(doc, "", after=5, **kw)
    add_runs(p, f"**{num}**\u2003{text}")
    return p


# ------------------------------------------------------------ title block
t = table(doc, [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], widths_cm=[4.5, 12])
merge(t, 0, 0, 0, 1, "ESKDALE ARROWS BASKETBALL CLUB  ·  ARROWS ACADEMY", bold=True, fill=RED, color="FFFFFF",
      align="center", size=11)
merge(t, 1, 0, 1, 1, "AWARD OFFICIALS' MANUAL\n\nMechanics, Assignments and Coverage for the National Award for SEN "
      "Coordination, 2008-09 season", bold=True, align="center", size=15)
for i, (k, v) in enumerate([("Edition", "1.2"), ("Issued", "[DATE]"),
                            ("Approved by", "Sarah Whitlow, Crew Chief, and Tarnfield University PG Programmes "
                                            "Committee"),
                            ("Issued to", "All Umpires, Home Court Partners, Table Officials and the Commissioner"),
                            ("Status", "Sent to the Training and Development Agency for Schools as the Academy's "
                                       "application for approval to run the Award")], start=2):
    c = t.cell(i, 0); c.text = ""; add_runs(c.paragraphs[0], k, bold=True); shade_cell(c, GREY)
    c = t.cell(i, 1); c.text = ""; add_runs(c.paragraphs[0], v)

p = para(doc, "", before=10)
text_box(p, [("POINTS OF EMPHASIS 2008-09", True, False),
             ("1. Call what you see: judge the work against the line, not the player's reputation.", False, False),
             ("2. Stay in your primary: know which lines are yours and cover them.", False, False),
             ("3. Report everything: if it is not in the Game Report, it did not happen.", False, False)],
         width_pt=400, height_pt=84, fill="F2DCDB", stroke=RED)

# ------------------------------------------------------------ Part 1
h1("Part 1  Purpose of this Manual")
np("1.1", "**Why a manual.** Every Arrows game is run by a crew of three officials working to one set of "
          "mechanics, so that the same contact is called the same way at both ends of the floor. The Academy runs "
          "its Award for SEN coordinators on the same principle, and this Manual is the book the Award's crew works "
          "from. We send it to the TDA whole, as our application, because it is the most accurate account we have "
          "of how the Award runs.")
np("1.2", "**What the Award is.** The Arrows Award in SEN Coordination is a part-time course of nine Games (taught "
          "days) at the Academy's Court Room in Eskdale Leisure Centre, with Home Court tasks in players' own "
          "schools between Games and three Judgement Calls (marked assignments). It was validated by Tarnfield "
          "University's Faculty of Education in June 2008 as a Level 7 (Masters level) certificate carrying 40 "
          "credits. Tarnfield awards the credit and the certificate.")
np("1.3", "**Our aim.** Our aim is to raise the attainment of pupils with SEN and/or disabilities in Eskdale "
          "schools. Every Game, Home Court task and Judgement Call is built around getting pupils further in "
          "reading, writing and mathematics.")
np("1.4", "**What the Award leaves to others.** Every Child Matters is covered on the Borough's induction for new "
          "SENCOs, which all players attend in their first term; the Award does not repeat it.")
np("1.5", "**Where the Award came from.** In spring 2008 Eskdale's Principal SEN Officer, Graham Tulley, shared "
          "with the Academy the Borough's 2007 audit of its 71 SENCOs: 29 held no SEN qualification, 40 had been in "
          "post for less than three years, and provision mapping, the use of data and managing support staff were "
          "the three areas they rated weakest. The Academy and the Borough then held two design meetings with eight "
          "head teachers, six SENCOs and two members of the Eskdale Parents' Forum. As a result, Game 7 (data and "
          "provision mapping) became a full Game, Game 8 (managing support staff) was added, the Saturday repeats "
          "were added because heads could not release SENCOs every Thursday, and the Parents' Forum now co-leads "
          "part of Game 5.")
np("1.6", "**Using this Manual.** Every member of the crew reads Parts 4 to 10 before the Crew Clinic. The Coverage "
          "Chart in Part 14 is the crew's map of who covers which line.")

# ------------------------------------------------------------ Part 2
h1("Part 2  Terms")
para(doc, "The Award borrows the words of the game. In this Manual:")
terms = [["Term", "Meaning in this Manual"],
         ["Player", "A teacher registered on the Award."],
         ["Crew", "The tutors who teach the Games and make the Judgement Calls."],
         ["Crew Chief", "The course leader."],
         ["Umpire", "A tutor. The Lead Umpire for a Game plans and leads it."],
         ["Table Officials", "The Academy's course administrator and Tarnfield's assessment office."],
         ["Commissioner", "The external examiner appointed by Tarnfield University."],
         ["Game (G1–G9)", "A taught day at the Court Room, 9.15am to 3.45pm."],
         ["Home Court task (HC1–HC8)", "A task a player carries out in his or her own school between Games."],
         ["Home Court Partner", "An experienced SENCO who mentors a player in school."],
         ["Judgement Call (JC1–JC3)", "A piece of work that is marked and counts towards the Award."],
         ["Replay Review", "Second marking and moderation of Judgement Calls."],
         ["Game Report", "The report each Umpire writes after each Game."],
         ["Coverage Chart codes (Part 14)",
          "P (primary): the line is taught in the Game shown and marked in the Judgement Call shown.\n"
          "S (secondary): the line is taught in the Game shown and the crew gives feedback on it in practice "
          "tasks, but no Judgement Call marks it.\n"
          "C (call only): the line is marked in the Judgement Call shown; no Game teaches it.\n"
          "No call: the line is not covered by the Award this season.\n"
          "A dash in the Game or Call column means none."]]
table(doc, terms, widths_cm=[4.6, 12], header_fill=RED, header_color="FFFFFF", size=9.5)

# ------------------------------------------------------------ Part 3
h1("Part 3  The Crew")
np("3.1", "**Crew for 2008-09.**")
crew = [["Name", "Position", "Background", "Games"],
        ["Sarah Whitlow", "Crew Chief", "SENCO for eleven years in an 1,100-pupil comprehensive; Advanced Skills "
         "Teacher for inclusion; MA in Inclusive Education (Tarnfield, 2004); chairs the Eskdale SENCO network.",
         "G1, G2, G8, G9"],
        ["Dr Neil Ashby", "Umpire", "Senior Lecturer in Education, Tarnfield University; formerly SEN officer for "
         "Eskdale; PhD on the assessment of pupils with moderate learning difficulties; Tarnfield link tutor.",
         "G3, G7, G9"],
        ["Gwen Pardoe", "Umpire", "Specialist teacher, Eskdale Autism Outreach Service; PG Diploma in Autism "
         "(Education); previously SENCO in two primary schools.", "G5"],
        ["Omar Haddad", "Umpire", "Educational psychologist, Eskdale Psychology Service; chartered psychologist; "
         "doctorate in educational psychology.", "G4, G6"],
        ["[Name TBC]", "Umpire", "A serving primary SENCO, to be appointed by the Crew Chief.", "—"]]
table(doc, crew, widths_cm=[3.2, 2.4, 9.0, 2.2], header_fill=RED, header_color="FFFFFF", size=9.5)
np("3.2", "**Keeping current.** Every Umpire still works in a school or an Eskdale service for at least half of "
          "the week, belongs to NASEN, and attends Tarnfield's termly SEN research seminars; the Crew Chief checks "
          "this each August.")
np("3.3", "**Table Officials.** Linda Cray, the Academy's course administrator, keeps the register, the Home Court "
          "logs and the record of which lines each player has shown; Tarnfield's assessment office records marks "
          "and reports them to the Board of Examiners.")
np("3.4", "**The Court Room.** The Court Room seats thirty and has a projector, a screen and flipcharts. The "
          "Academy does not hold specialist software, assessment materials or other specialist equipment; Umpires "
          "bring examples from their own services on the day, and players who want a laptop bring their own. "
          "Players are registered as Tarnfield students and may use the university library.")

# ------------------------------------------------------------ Part 4
h1("Part 4  Pre-Game Duties")
p = np("4.1", "**Eligibility.** A player must be a qualified teacher employed in an Eskdale school and nominated by "
              "the head teacher. ")
r = add_runs(p, "The Academy accepts every teacher the head teacher nominates.")
doc.add_comment(r, text="Should we be screening? Heads sometimes nominate whoever is free on Thursdays. — SW",
                author="Sarah Whitlow", initials="SW")
p = np("4.2", "**Background checks.** Before a player's first Game the Academy's Designated Safeguarding Officer, "
              "Pat Morrow, checks that the player holds a current enhanced CRB disclosure. The head teacher's "
              "nomination form must give the disclosure number and date of issue, and Pat checks them against the "
              "school's single central record, on a visit or by letter from the head. A player who has not worked "
              "in a post with regular contact with children in the last three months must obtain a new enhanced "
              "disclosure through the Academy before the first Game. The nomination form also asks the head to "
              "confirm that the teacher is not barred from working with children and that no disciplinary "
              "proceedings are outstanding; for a player who has changed schools in the past year, Pat contacts the "
              "previous employer.")
fn.add(p, "Safeguarding Children and Safer Recruitment in Education (DfES, 2006), chapter 4, which the Academy's "
          "safeguarding policy follows for all staff and volunteers.")
np("4.3", "**The Pre-Game Self-Scout.** Before Game 1 every player completes the Self-Scout, rating himself or "
          "herself from 1 to 4 against each line of the Coverage Chart. The Crew Chief collates the ratings for the "
          "whole crew and uses them to decide how much time each Game gives to each topic. The Self-Scout is not "
          "used to set targets for individual players; every player follows the same nine Games and the same three "
          "Judgement Calls.")
np("4.4", "**Prior learning.** A player who already holds M-level credit in SEN may transfer up to 20 credits "
          "under Tarnfield's regulations for the accreditation of prior learning. A player may also claim credit "
          "for prior experience through an APEL portfolio, which two Umpires assess against the criteria for "
          "Judgement Call 1; a successful claim exempts the player from JC1.")
np("4.5", "**Straight to the Table.** In exceptional cases — for example an experienced teacher from the Learning "
          "Support Service who already works as a SENCO across several schools — a candidate may go straight to "
          "assessment without taking the Games. The candidate submits all three Judgement Calls in one portfolio "
          "and has a one-hour professional discussion with two Umpires, and the Commissioner sees every Straight "
          "to the Table portfolio. The fee is £420.")
np("4.6", "**Fees.** The fee is £980 per player. Eskdale Borough pays it in full for teachers in Eskdale schools.")

# ------------------------------------------------------------ Part 5
h1("Part 5  Positions and Responsibilities")
np("5.1", "**The Crew Chief** leads the Award, assigns Umpires to Games, chairs Replay Review and the Game Review "
          "Panel, and answers to Tarnfield for the Award's standards.")
np("5.2", "**Umpires** plan and teach their Games, make Judgement Calls on the lines shown in the Coverage Chart, "
          "and write a Game Report within 48 hours of each Game.")
np("5.3", "**Home Court Partners** meet their player at least twice a term, observe one Home Court task a term "
          "and countersign the player's Home Court log. They do not mark Judgement Calls.")
np("5.4", "**The Commissioner** reviews samples of marked work, attends the Board of Examiners and reports each "
          "year to Tarnfield.")
np("5.5", "**Crew Clinic.** Every Umpire, Home Court Partner and Table Official attends the Crew Clinic in August "
          "before the season: a day on this Manual, the Coverage Chart lines, the marking criteria and the Home "
          "Court log. Home Court Partners attend the morning. A new Umpire double-marks his or her first five "
          "Judgement Calls with the Crew Chief before marking alone.")

# ------------------------------------------------------------ Part 6
h1("Part 6  Game Assignments")
np("6.1", "**Schedule.** Each Game runs on a Thursday and again on the following Saturday morning (see Part 12).")
rows = [["Game", "Thursday", "Saturday repeat", "Lead Umpire", "Points of emphasis (what the Game teaches)",
         "Home Court task after it"],
        ["G1", "25 Sep 2008", "27 Sep 2008", "Whitlow",
         "SEN law and guidance: the Education Act 1996, the SEN Code of Practice (2001) and what it means for the "
         "school, the SENCO and colleagues; the Disability Discrimination Act 1995 and 2005, the disability equality "
         "duty and accessibility planning; the SENCO Regulations 2008. Writing for professional readers: reports, "
         "policies, letters to parents.", "HC1: check the school's SEN policy against the Code"],
        ["G2", "16 Oct 2008", "18 Oct 2008", "Whitlow",
         "Leading SEN: working with the head teacher and governors on inclusion policy, priorities and resources; "
         "winning the commitment of colleagues and senior leaders; advising and supporting colleagues in school "
         "and in the Eskdale SENCO cluster; managing the SENCO's workload — prioritising, "
         "managing time and delegating to others.", "HC2: present the school's SEN priorities to the senior team"],
        ["G3", "13 Nov 2008", "15 Nov 2008", "Ashby",
         "Research and evidence: reading research critically; best practice in meeting SEN; using research and "
         "outside advice to change practice; recent inspection findings, including Ofsted's Special educational "
         "needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are "
         "taught? (2006).", "HC3: try one research-based change in a class"],
        ["G4", "11 Dec 2008", "13 Dec 2008", "Haddad",
         "How children develop — cognitive, language, social and emotional development — and how SEN, disability "
         "and the learning environment affect it; the most common types of SEN: behavioural, emotional and social "
         "difficulties, specific learning difficulties including dyslexia, speech, language and communication "
         "needs, autistic spectrum disorders and moderate learning difficulties.", "HC4: placement day (see 6.2)"],
        ["G5", "22 Jan 2009", "24 Jan 2009", "Pardoe",
         "Identifying pupils who may have SEN; setting targets, planning interventions and reviewing progress; "
         "approaches, strategies and resources for teaching, including ICT; planning special arrangements for "
         "national tests and examinations early, with colleagues; relationships with pupils and parents, and "
         "working with parents (part co-led by the Eskdale Parents' Forum).",
         "HC5: hold a structured conversation with a pupil's parents"],
        ["G6", "26 Feb 2009", "28 Feb 2009", "Haddad",
         "Other services: what the external agencies in Eskdale do and how to get their help; using assessments "
         "from other professionals to plan teaching.",
         "HC6: shadow a colleague from another service for half a day"],
        ["G7", "26 Mar 2009", "28 Mar 2009", "Ashby",
         "Data and evaluation: using summative data and national tests to track progress and change programmes; "
         "provision mapping; reviewing provision with colleagues; the principles of school self-evaluation; "
         "problem solving and making decisions on provision.", "HC7: draft a provision map"],
        ["G8", "7 May 2009", "9 May 2009", "Whitlow",
         "Managing people: deploying and managing teaching assistants and support staff; supporting colleagues' "
         "professional development through observation, feedback, coaching and training.",
         "HC8: lead a staff meeting on one aspect of SEN"],
        ["G9", "2 Jul 2009 only", "", "Whitlow / Ashby",
         "Final Game: JC3 presentations; keeping up to date with developments in SEN and disability (journals, "
         "NASEN, the Eskdale SENCO network, Tarnfield's research seminars).", "—"]]
gt = table(doc, rows, widths_cm=[1.1, 2.0, 2.0, 1.9, 7.0, 3.0], header_fill=RED, header_color="FFFFFF", size=8.5)
merge(gt, 9, 1, 9, 2, "Thursday 2 July 2009 only (no Saturday repeat)", size=8.5, fill="F2F2F2")
np("6.2", "**Guest officials and placements.** Each Game has a guest from a specialist service: a speech and "
          "language therapist at G4, the Sensory Support Service and the Parent Partnership Service at G5, and the "
          "Psychology Service and CAMHS at G6. Between G4 and G6 every player spends a day on placement at "
          "Ravensgill Special School or at the Brackenside resource base for pupils with autism, arranged by the "
          "Academy, with a placement brief and a log the Home Court Partner discusses with the player.")
np("6.3", "**Not on the Award.** Consulting pupils about their provision is not part of any Game: the Borough's "
          "Children's Rights Officer runs pupil participation training for schools, and players who want it are "
          "referred there.")

# ------------------------------------------------------------ Part 7
h1("Part 7  Between Games")
np("7.1", "**Home Court tasks.** After each of G1 to G8 the player carries out the Home Court task shown in Part 6 "
          "in his or her own school and records it in the Home Court log. Tasks are chosen so that what is taught "
          "on Thursday is used with pupils and colleagues the following week; HC2 and HC8 are done with colleagues, "
          "HC5 with parents, HC6 with another service. The Home Court Partner reads the log each term.")
np("7.2", "**No e-learning.** There is no e-learning in the Award. Games are not streamed or recorded; Arrows TV "
          "streams the club's home fixtures only.")
np("7.3", "**Support between Games.** Players can phone or email their Lead Umpire, and the Crew Chief holds an "
          "open surgery at the Court Room from 4pm to 6pm on the Tuesday after each Game.")

# ------------------------------------------------------------ Part 8
h1("Part 8  Judgement Calls")
np("8.1", "**JC1 — The Case Call** (3,500 words; after G5). A case study of one pupil with SEN: how the pupil's "
          "needs were identified and understood in the light of child development and the pupil's type of SEN; "
          "the assessments from other professionals that were used and how; the law and the school's duties, "
          "including disability equality; the approaches and resources chosen, including ICT; targets, "
          "interventions and review; any special arrangements for tests; and the player's work with the pupil and "
          "the parents.")
np("8.2", "**JC2 — The Team Call** (4,500 words; after G8). A school improvement project the player leads, agreed "
          "with the head teacher and reported to governors: a provision map of the school drawn from its "
          "assessment data, a change in how staff are deployed or how provision is organised, what the player "
          "delegated and to whom, how colleagues were brought on board, how the change reflected what is known "
          "about best practice in meeting SEN, and a review of the change carried out with colleagues. The project must change practice in "
          "the player's school during the season.")
np("8.3", "**JC3 — The Final Call** (at G9). A fifteen-minute presentation to the crew and a 2,000-word reflective "
          "commentary on the player's professional learning during the Award, on how he or she keeps up to date, "
          "and on one piece of joint work with another service or a voluntary organisation.")
np("8.4", "**Making the call.** Umpires mark each Judgement Call against Tarnfield's Level 7 criteria and record on "
          "the marking sheet which Coverage Chart lines the work shows.")
np("8.5", "**The award.** Tarnfield's Board of Examiners awards the certificate to every player who passes all "
          "three Judgement Calls.")

# ------------------------------------------------------------ Part 9
h1("Part 9  Replay Review")
p = np("9.1", "Every Judgement Call is marked first by the Lead Umpire for the Game it follows and second by an "
              "Umpire who did not teach that Game. Before each marking round the crew meets for a standardisation "
              "session and marks two anonymised Calls from the pilot together. All fails, all borderline marks and "
              "a quarter of all other Calls go to the Commissioner, Dr Ellen Marsh, who reports to Tarnfield after "
              "each Board of Examiners; where she disagrees with a mark the whole sample is re-marked.")
fn.add(p, "Dr Marsh is Principal Lecturer in Special and Inclusive Education at another university and was "
          "appointed Commissioner by Tarnfield in July 2008.")

# ------------------------------------------------------------ Part 10
h1("Part 10  Game Reports and Evaluation")
np("10.1", "**Game Reports.** Within 48 hours of each Game the Lead Umpire writes a Game Report: what went to plan, "
           "what did not, timings, and the players' end-of-Game sheets summarised.")
np("10.2", "**Players.** Players complete an end-of-Game sheet after every Game and an end-of-season questionnaire. "
           "At G1 and again at G9 each player rates his or her confidence on every Coverage Chart line; the crew "
           "compares the two ratings, and compares them with the lines the player showed in the Judgement Calls, "
           "to judge the Award's effect on players' competence and confidence.")
np("10.3", "**Game Review Panel.** The Panel meets in January and in July: the Crew Chief, two head teachers of "
           "players' schools, Eskdale's Principal SEN Officer, a parent representative from the Eskdale Parents' "
           "Forum and a former player. It reads the Game Reports, the players' sheets, the confidence ratings, the "
           "Commissioner's report and the Judgement Call results, and agrees the changes for the next season. "
           "Head teachers on the Panel also visit one Game a year.")
np("10.4", "**Tarnfield.** The Crew Chief reports the Panel's changes in Tarnfield's annual monitoring report, and "
           "the Award takes part in the university's periodic review.")
p = np("10.5", "**Pupils.** We would like to know whether the Award changes outcomes for pupils. From 2009-10 we "
               "hope to ask former players to send us attainment data for the pupils in their JC2 projects a year "
               "after the Award.")
doc.add_comment(p.runs[-1:], text="Neil — could Tarnfield help us design this? — SW", author="Sarah Whitlow",
                initials="SW")

# ------------------------------------------------------------ Part 11
h1("Part 11  Access and Equal Treatment")
np("11.1", "The Academy's Equality Scheme covers the Award. The Award leaflet and nomination form are available in "
           "large print, Braille and audio and on the Academy website in an accessible format, and both invite "
           "applicants to tell us in confidence about any disability or access need.")
np("11.2", "The Crew Chief discusses each disclosure with the player before Game 1 and agrees reasonable "
           "adjustments, for example a BSL interpreter at Games, notes sent in advance, extra time or another format "
           "for a Judgement Call (agreed with Tarnfield's Disability Service), and an accessible placement school.")
np("11.3", "The Court Room and Eskdale Leisure Centre are step-free, with a lift, a hearing loop and accessible "
           "toilets.")
np("11.4", "No candidate is refused a place or treated less favourably in selection, teaching or assessment "
           "because of a disability, and the Crew Clinic includes a session on disability equality for every "
           "member of the crew. Disabled speakers lead part of G1 and G5.")

# ------------------------------------------------------------ Part 12
h1("Part 12  Flexible Assignments")
np("12.1", "All players start in September and take the Games in order.")
np("12.2", "Each Game from G1 to G8 runs on a Thursday and again on the following Saturday morning (9am to 1pm, "
           "with a directed Home Court task covering the afternoon's content) for players whose schools cannot "
           "release them.")
p = para(doc, "", after=5)
tracked_ins(p, "12.3\u2003A player who misses a Game may take it with the next season's crew.", author="Sarah Whitlow",
            date="2008-10-09T11:40:00Z")
np("12.4", "The Award is not offered full-time, and there is no blended or online route.")

# ------------------------------------------------------------ Part 13
h1("Part 13  After the Final Buzzer")
p = np("13.1", "At the end of the pilot season the Crew Chief met each player for twenty minutes after the last "
               "Game to talk about what they might do next. We intend to keep something like this in 2008-09 if "
               "time allows. ")
tracked_del(p, "Every player leaves Game 9 with a Next Steps plan, agreed with the Crew Chief and sent to the head "
               "teacher.", author="Sarah Whitlow", date="2008-10-09T11:44:00Z")
np("13.2", "Results are confirmed by Tarnfield's Board of Examiners in July and certificates are presented at the "
           "Arrows' first home game of the following season.")

# ------------------------------------------------------------ Part 14 (landscape)
landscape_section(doc)
h1("Part 14  Coverage Chart")
para(doc, "Each line is what a player must be able to show by the end of the Award, in the crew's words. Codes "
          "as defined in Part 2.", italic=True)
lines = [
    ("Attributes", None, None, None),
    ("Builds fair, respectful and constructive relationships with pupils with SEN and their parents", "G5", "JC1", "P"),
    ("Wins the commitment of colleagues, the head teacher and senior leaders", "G2", "JC2", "P"),
    ("Prioritises, manages time and delegates, and checks delegated work is done", "G2", "JC2", "P"),
    ("Anticipates and solves problems and makes sound decisions on provision", "G7", "JC2", "P"),
    ("Writes and speaks clearly, and listens to others", "G1", "JC3", "P"),
    ("Draws on research and outside advice to improve own and colleagues' practice", "G3", "—", "S"),
    ("Keeps up to date and takes responsibility for own professional development", "G9", "JC3", "P"),
    ("Knowledge", None, None, None),
    ("SEN law and guidance, including the Code of Practice, and how to put it into practice", "G1", "JC1", "P"),
    ("Every Child Matters and the SENCO's part in it (see 1.4)", "—", "—", "No call"),
    ("Disability equality law and what it requires of schools", "G1", "JC1", "P"),
    ("How children develop and what affects development", "G4", "JC1", "P"),
    ("The most common types of SEN and disability and how they affect learning", "G4", "JC1", "P"),
    ("Approaches, strategies and resources, including ICT, understood critically", "G5", "JC1", "P"),
    ("Principles of school self-evaluation and improvement for pupils with SEN", "G7", "—", "S"),
    ("Best practice and research in meeting SEN", "G3", "JC2", "P"),
    ("What external agencies do and how to get specialist help", "G6", "JC1", "P"),
    ("Skills", None, None, None),
    ("With senior colleagues and governors, influences inclusive ethos, policy, priorities and resources", "G2", "JC2",
     "P"),
    ("Identifies pupils with SEN, sets targets, plans interventions and reviews progress", "G5", "JC1", "P"),
    ("Uses other professionals' assessments to plan teaching", "G6", "JC1", "P"),
    ("Uses summative data and national tests to track progress and change programmes", "G7", "JC2", "P"),
    ("Encourages colleagues to develop formative assessment for pupils with SEN", "—", "—", "No call"),
    ("Plans special arrangements for national tests and examinations in good time", "G5", "JC1", "P"),
    ("Uses provision mapping and finds missing or ineffective provision", "G7", "JC2", "P"),
    ("Deploys and manages staff", "G8", "JC2", "P"),
    ("Supports colleagues' professional development", "G8", "—", "S"),
    ("Reviews provision with colleagues to feed school self-evaluation", "G7", "JC2", "P"),
    ("Involves pupils in planning and reviewing their provision (see 6.3)", "—", "—", "No call"),
    ("Liaises with parents and carers", "G5", "JC1", "P"),
    ("Works in partnership with other services and voluntary organisations", "—", "JC3", "C"),
]
rows = [["No.", "Line: the player can show that he or she…", "Game", "Call", "Code"]]
groups = []
k = 0
for text, g, c, code in lines:
    if g is None:
        rows.append([text, "", "", "", ""])
        groups.append(len(rows) - 1)
    else:
        k += 1
        rows.append([f"L{k}", text, g, c, code])
ct = table(doc, rows, widths_cm=[1.3, 16.5, 2.2, 2.2, 2.4], header_fill=RED, header_color="FFFFFF", size=9)
for gr in groups:
    merge(ct, gr, 0, gr, 4, rows[gr][0], bold=True, fill=GREY, size=9)
for i, row in enumerate(rows):
    if row[4] == "No call":
        shade_cell(ct.cell(i, 4), "F4CCCC")
    elif row[4] in ("S", "C"):
        shade_cell(ct.cell(i, 4), "FFF2CC")

# ------------------------------------------------------------ Part 15 (portrait)
portrait_section(doc)
h1("Part 15  Crew Signals")
para(doc, "Signals the crew uses in Games, for fun and for speed.")
sig = [["Signal", "In a game", "In a Game on the Award"],
       ["Time-out (T with the hands)", "A team stops play", "Five-minute break; back on the whistle"],
       ["Jump ball (thumbs up)", "Held ball", "The question goes to the room"],
       ["Travelling (rolling fists)", "Too many steps", "The discussion has drifted; back to the point"],
       ["Three-point attempt (three fingers)", "Shot from beyond the arc", "Stretch reading: see the Game's list"],
       ["Count basket (arm down)", "The basket stands", "Agreed: write it in the Home Court log"]]
table(doc, sig, widths_cm=[5, 4.5, 7], header_fill=RED, header_color="FFFFFF", size=9.5)
para(doc, "Queries about this Manual go to the Crew Chief. The next edition will be issued before the Crew Clinic "
          "in August 2009.", before=8, italic=True)

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
