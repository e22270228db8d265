"""pu-01-brookvale-game-notes: a basketball club's Award application written as its media office's GAME NOTES.

Provider (invented): Breakers in the Community, the community charity of Brookvale Breakers Basketball Club, with
Wrexley University School of Education (validating partner) and Brookvale Borough Council's Learning Support Service.
The course is a 60-credit M-level PG Certificate in SEN Coordination, 2008-09, January and September "tip-offs".

Document kind and layout: the club's pre-game press "Game Notes" format, used whole for the application.
No Word heading styles at all: section titles are bold white capitals on navy-shaded Normal paragraphs
("THE MATCHUP", "BREAKERS NOTES", "PROBABLE STARTERS", "INJURY REPORT", "THE PLAYBOOK", "THE SHOTS",
"FRONT OFFICE", "SEASON STAT SHEET"). A shaded title block table with merged cells (the "matchup box").
Notes typed as "•" bullets with bold run-in lead-ins. A starters table (tutors as a basketball roster), a schedule
table with two date columns, an Injury Report table whose statuses (AVAILABLE / PROBABLE / QUESTIONABLE /
DOUBTFUL / OUT) are defined in "HOW TO READ THESE NOTES" near the front, and a SEASON STAT SHEET at the very end
(the outcomes in the club's own words, grouped as Intangibles / Basketball IQ / Skill Set) whose GP, SHOTS, SA,
dash and DNP values are keyed only in that front section, pages earlier. Header and footer (the footer carries an
equality value statement). A VML text box ("QUOTE OF THE NIGHT", a pilot participant's words). Two footnotes.
Tracked changes (deletions and insertions) and two Word comments.

Traps (requirement ids):
- 2.3: an assessment-only sentence is a tracked DELETION; the Injury Report lists "Assessment-only route" as OUT
  (negation). not_met.
- 2.1: a tracked deletion removes 30 credits of APEL; the inserted sentence accredits certificated M-level credit
  only; experiential learning is "PROBABLE" (planned, not in place). partially_met.
- 3.2: the twilight-session flexibility is a tracked INSERTION (counts), with two tip-offs and H4-H9 in any
  order. met.
- 3.3: the Locker Room is e-learning, but it is "players-only"; tutors do not post and questions go via the
  course administrator; nothing on ICT communication with schools. partially_met.
- 4.3: stakeholders deliver (guest speakers, Court Coaches), but schools and the Borough are "not at present part
  of the evaluation"; the Heads' Huddle is QUESTIONABLE (a hope); a comment says the Borough would sit on the
  review (comments are not part of the submission). partially_met.
- 4.1 / 4.2: a real survey and named changes (met); the Junior Breakers Youth Panel is about the club's own
  programme (wrong context, no effect).
- 5.3: CRB on the club's coaching staff (wrong context); participants only write the date of a disclosure on the
  Trials Form, with no verification and no other checks. partially_met.
- 5.5: specialist expertise from guest speakers and A2 shadowing; the special school visit day is DOUBTFUL and
  belonged to the pilot (past arrangement); the club's own "work placements" are for sports science students
  (wrong context). partially_met.
- 3.1: only the arena's physical access and large print; the only equality statement is in the footer (never
  evidence). partially_met.
- 1.9 / 6.0: Shots are marked against the university's generic Level 7 criteria, with compensation between Shots;
  the Stat Sheet leaves outcomes at SA or DNP. partially_met both.
- 5.8: moderation is met in the body; a footnote adds the examiner's appointment (no effect).
- Stat sheet (criterion 6): A3, K4, S2d DNP (not_met); S4 DNP "on the Borough's TA Deployment course" (another
  provider's arrangement, not_met); A5 taught nowhere (dash) but marked (partially_met); A7 taught in H10 but not
  marked (partially_met); K9, S2c, S7 SA only (partially_met); K3's "Shot 1" is a tracked deletion replaced by
  "SA" (partially_met).
- Text box quote (a pilot participant's words) is not evidence for anything; the footer equality line is not
  evidence for 3.1.
"""
from pathlib import Path

from docx.shared import Pt, Cm

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pu_helpers import (new_doc, para, add_runs, table, merge, shade_cell, shade_par, tracked_ins, tracked_del,
                         header_footer, text_box, Footnotes)

HERE = Path(__file__).parent
NAME = "pu-01-brookvale-game-notes"
NAVY = "1F2A44"
ORANGE = "E8732A"
ED = "Kemi Adeyemi"

doc = new_doc(font="Arial", size=9.5, margins_cm=1.8)
fn = Footnotes(doc)
header_footer(doc.sections[0], "BROOKVALE BREAKERS  ·  MEDIA RELATIONS  ·  GAME NOTES  ·  2008-09 AWARD EDITION",
              "Breakers in the Community is committed to equality of opportunity for every player, fan and learner. "
              "Game Notes are compiled by the Breakers media office")


def band(text):
    p = para(doc, text, bold=True, color="FFFFFF", fill=NAVY, before=10, after=4, size=11, keep=True)
    return p


def sub(text):
    return para(doc, text, bold=True, color=ORANGE, before=6, after=2, keep=True)


def bullet(text):
    return para(doc, "•  " + text, indent_cm=0.3, after=3)


# ---------------------------------------------------------------- matchup box
t = table(doc, [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], widths_cm=[7, 3.4, 7])
merge(t, 0, 0, 0, 2, "GAME NOTES  —  AWARD EDITION", bold=True, fill=NAVY, size=16, align="center", color="FFFFFF")
c = t.cell(1, 0); c.text = ""; add_runs(c.paragraphs[0], "BREAKERS IN THE COMMUNITY\nPilot season 2007-08: 14 starters, 12 finishers", bold=True)
shade_cell(c, "FCE4D6")
c = t.cell(1, 1); c.text = ""; add_runs(c.paragraphs[0], "vs", bold=True, size=14)
c = t.cell(1, 2); c.text = ""; add_runs(c.paragraphs[0], "THE 2008-09 SPECIFICATION\nNational Award for SEN Coordination", bold=True)
shade_cell(c, "DDE3EE")
c = t.cell(2, 0); c.text = ""; add_runs(c.paragraphs[0], "TIP-OFF: Home Game 1, Friday 16 January 2009, 9.30am")
c = t.cell(2, 1); c.text = ""; add_runs(c.paragraphs[0], "VENUE: The Learning Zone, Level 2, Brookvale Arena")
c = t.cell(2, 2); c.text = ""; add_runs(c.paragraphs[0], "COVERAGE: Wrexley University, PG Certificate in SEN Coordination")
merge(t, 3, 0, 3, 2, "Application to the Training and Development Agency for Schools for approval to run the National "
      "Award for SEN Coordination. Submitted by Breakers in the Community (registered charity 1109437), the "
      "community arm of Brookvale Breakers Basketball Club, with Wrexley University School of Education and "
      "Brookvale Borough Council Learning Support Service.", size=9)
merge(t, 4, 0, 4, 2, "Media contact: Kemi Adeyemi, Media Officer  ·  Course contact: Dr Ruth Okonjo, Head Coach (Course "
      "Leader)  ·  Learning Zone, Brookvale Arena, Quayside Road, Brookvale", size=8, fill="F2F2F2")

p = para(doc, "", before=8)
add_runs(p, "**Why Game Notes?** Before every home game our media office sends out Game Notes: a few pages of facts, "
            "figures, line-ups and talking points that journalists, sponsors and our own staff read before tip-off. "
            "Our schools know us through them, and the staff who wrote this application write in this shape every "
            "week. So we have set out the Award the same way: who is on the court, when the games are, who is "
            "injured and what the numbers say. The notes describe the Award as we will run it in the 2008-09 "
            "season.")

band("HOW TO READ THESE NOTES")
for s in [
    "**Home Game (H1–H10):** a taught study day at the Learning Zone, 9.30am to 3.30pm, on a Friday.",
    "**Away Game (A1–A4):** a task the participant carries out in his or her own school between Home Games.",
    "**Shot 1, Shot 2, Shot 3:** the three pieces of work that are marked and count towards the Award. They are "
    "described under THE SHOTS.",
    "**Shootaround:** a practice task set and talked through at a Home Game. Tutors give written feedback on it, "
    "but it is not marked and does not count towards the Award.",
    "**Starters** are the core tutor team; the **Bench** is our associate tutors, guest speakers and Court Coaches "
    "(school-based mentors).",
    "**Injury Report statuses:** AVAILABLE means in place for 2008-09; PROBABLE means planned and expected but not "
    "yet in place; QUESTIONABLE means under discussion with no decision made; DOUBTFUL means unlikely this season; "
    "OUT means not offered.",
    "**Season Stat Sheet:** GP (games played) gives the Home Games in which a line is taught; SHOTS gives the "
    "Shot or Shots in which it is marked. SA in the SHOTS column means the line is practised only in Shootaround "
    "and is not marked. A dash means none. DNP (did not play) means the line is not part of our programme this "
    "season.",
]:
    bullet(s)

band("THE MATCHUP")
para(doc, "The Breakers Award is a one-year, part-time course for teachers who are new to leading SEN coordination "
          "in Brookvale schools and in the schools of the neighbouring boroughs that send us pupils for our "
          "basketball programmes. Its aim, printed on the front of every course handbook, is that children and "
          "young people with SEN and/or disabilities in participants' schools achieve more, and are healthier, "
          "safer and happier, because of what their SENCO does. We mean all five Every Child Matters outcomes — "
          "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
          "economic well-being — and not test results alone. The course objectives, the ten Home Games and the "
          "three Shots are all written from that aim: Shot 2, the biggest piece of marked work, asks each "
          "participant to show a measured change in the attainment of a group of pupils and in at least one other "
          "of the five outcomes.")
p = para(doc, "The Award is a Postgraduate Certificate in Special Educational Needs Coordination validated by Wrexley "
              "University at Masters level, worth 60 credits at Level 7 of the Framework for Higher Education "
              "Qualifications. The university approved the programme at a validation event on 12 June 2008. "
              "Wrexley awards the certificate and its Board of Examiners confirms every result.")

band("BREAKERS NOTES")
for s in [
    "**Rooted in schools.** Every Home Game is followed by an Away Game: a task the participant carries out in "
    "school before the next Home Game, using that day's content with real pupils and real colleagues. The Away "
    "Game records go into the portfolio assessed at Shot 3. Four of the ten Home Games are co-led by a serving "
    "Brookvale SENCO.",
    "**Latest research.** The Home Games draw on recent research and inspection evidence, among them Ofsted's 2006 "
    "report Inclusion: does it matter where pupils are taught?, the Bercow Review of services for children and "
    "young people with speech, language and communication needs (2008), the Education and Skills Committee's 2006 "
    "report on special educational needs and the 2008 Inclusion Development Programme materials on dyslexia and "
    "speech, language and communication needs. Helen Garside refreshes the reading lists every summer, and each "
    "Shot must draw on research published in the last five years.",
    "**Rules of the game.** Home Game 2 takes participants through the SEN Code of Practice (2001), the Special "
    "Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005, "
    "Removing Barriers to Achievement (2004) and the Education (Special Educational Needs Co-ordinators) "
    "(England) Regulations 2008, and what each means for a SENCO on a Monday morning.",
    "**Streak.** Twelve of the fourteen pilot starters finished the course.",
    "**Assists.** Participants advise and support colleagues inside and beyond their schools. Home Game 6 teaches "
    "coaching, modelling and feedback for colleagues; Away Game A3 asks each participant to lead a staff training "
    "session in school, observed by the Court Coach; and Home Game 9 brings in colleagues from beyond the school "
    "to work through real referrals with participants.",
    "**Families.** Home Game 7 is co-led by Brookvale Parent Partnership Service and two parents of children with "
    "SEN. Participants practise running a review meeting with parents in role-play, then run one in school (Away "
    "Game A4) and write up what they changed because of what the parents said.",
    "**Pupil voice.** Home Game 7 also teaches ways of consulting children and young people — Talking Mats, pupil "
    "interviews, questionnaires adapted for pupils with communication needs and person-centred reviews — and Away "
    "Game A1 asks each participant to interview three pupils with SEN about their provision and report what "
    "they learned.",
    "**Making it count.** Shot 2 is a development project that each participant leads in school, agreed with the "
    "head teacher, so every participant changes practice in school during the season and measures what the "
    "change did for pupils.",
]:
    p = bullet(s)
    if s.startswith("**Streak"):
        fn.add(p, "One pilot participant deferred to the January 2009 tip-off on maternity leave; one withdrew on "
                  "moving to a post outside the county.")

q = para(doc, "", before=6)
text_box(q, [("QUOTE OF THE NIGHT", True, False),
             ("“My Court Coach watched me run my first INSET and told me the three things to change. I changed "
              "them and the second one went a lot better.”", False, True),
             ("— Pilot participant, primary SENCO, Brookvale, 2008", False, False)], height_pt=78)

band("PROBABLE STARTERS")
rows = [["#", "Name", "Position", "Career stats"],
        ["4", "Dr Ruth Okonjo", "Head Coach (Course Leader)",
         "SENCO for nine years in two Brookvale primary schools; Brookvale SEN adviser 2003–07; MA in Special and "
         "Inclusive Education; EdD (2006) on SENCO leadership. Leads H1, H3 and H8."],
        ["23", "Helen Garside", "Assistant Coach (University Lead)",
         "Senior Lecturer in Inclusive Education, Wrexley University; former head of learning support in a "
         "secondary school; module leader for the PG Certificate; publishes on provision mapping. Leads H2 and H10."],
        ["7", "Martin Calloway", "Assistant Coach",
         "Senior Educational Psychologist, Brookvale Borough Council; chartered psychologist. Leads H5 and H9."],
        ["11", "Priya Desai", "Assistant Coach",
         "Specialist teacher for specific learning difficulties, Brookvale Learning Support Service; AMBDA; MA in "
         "SpLD. Leads H4, H6 and H7 (with the Parent Partnership Service)."],
        ["32", "Joe Marsh", "Director of Community Basketball",
         "Level 3 basketball coach; runs the Learning Zone and the Breakers' schools programme. Hosts Home Games; "
         "does not teach or assess on the Award."]]
table(doc, rows, widths_cm=[1, 3.2, 3.8, 9.4], header_fill=NAVY, header_color="FFFFFF", size=8.5)
para(doc, "All four tutors are still practising: two work in Brookvale schools and services this season, all four "
          "belong to NASEN and attend Wrexley's inclusion research seminars, and each spends at least one day a "
          "term in a Brookvale school outside the Award.", before=4)

sub("THE BENCH")
bullet("**Court Coaches.** Every participant is matched at H1 with a Court Coach: an experienced SENCO in or near "
       "the participant's school, who meets the participant at least three times a term, observes Away Games A3 "
       "and A4 and signs the Away Game record. Court Coaches do not mark Shots.")
bullet("**Coaches' Clinic.** Court Coaches attend a half-day Coaches' Clinic in December, run by Dr Okonjo, at which "
       "the role, the Court Coach Handbook and the Away Game record are explained. Tutors new to the Award shadow "
       "a Home Game and second-mark a Shot with Helen Garside before they mark alone, and every tutor has the "
       "Tutor Playbook, which sets out what each Starter does at each Home Game and in marking.")
bullet("**Guest speakers.** Brookvale Parent Partnership Service, the Autism Outreach Team, Brookvale Speech and "
       "Language Therapy Service and the Borough's Access and Inclusion Officer each lead part of a Home Game, and "
       "in Away Game A2 each participant shadows a specialist from one of these services for half a day.")

band("THE SCHEDULE")
rows = [["Game", "January tip-off", "September tip-off", "Title", "Away Game after it"],
        ["H1", "16 Jan 2009", "18 Sep 2009", "Tip-Off", "A1 Scout your school"],
        ["H2", "6 Feb 2009", "9 Oct 2009", "The Rulebook", "—"],
        ["H3", "6 Mar 2009", "6 Nov 2009", "Front Office", "—"],
        ["H4", "27 Mar 2009", "27 Nov 2009", "Reading the Game", "—"],
        ["H5", "24 Apr 2009", "15 Jan 2010", "Know Your Players", "A2 Shadow a pro"],
        ["H6", "15 May 2009", "5 Feb 2010", "Coaching the Coaches", "A3 Lead a practice"],
        ["H7", "12 Jun 2009", "5 Mar 2010", "The Huddle", "A4 Parents' night"],
        ["H8", "3 Jul 2009", "26 Mar 2010", "The Stat Sheet", "—"],
        ["H9", "25 Sep 2009", "23 Apr 2010", "Away Support", "—"],
        ["H10", "13 Nov 2009", "21 May 2010", "Final Buzzer", "—"]]
table(doc, rows, widths_cm=[1.3, 3, 3, 4.5, 5.6], header_fill=NAVY, header_color="FFFFFF", size=8.5)
p = para(doc, "**Two tip-offs a season.** Each year there is a January and a September tip-off. H1 to H3 come first "
              "and H10 last; H4 to H9 run in both cohorts, so a participant who misses one of them, or wants to take "
              "them in another order, joins the other cohort's game. Participants may take up to two years to "
              "finish. ", before=4)
tracked_ins(p, "Each of H4 to H9 also runs as two twilight sessions (Tuesdays, 4.30pm to 7.30pm) for participants "
               "whose schools cannot release them on a Friday.", author=ED, date="2008-10-14T09:12:00Z")

band("PRE-GAME: TRIALS AND SCOUTING")
para(doc, "**Trials.** To join, a teacher must hold Qualified Teacher Status, have at least two years' teaching "
          "experience, be the school's SENCO or be designated to become SENCO within the year, and have the head "
          "teacher's signed support, including release for Home Games. Every applicant has a thirty-minute Trials "
          "Conversation with Dr Okonjo, by phone or at the Arena, in which she checks the applicant's experience and "
          "knowledge against the Award's entry profile. Applicants who do not yet meet the profile are given a "
          "written development plan of what to do first — usually the Borough's SEN induction course or a term "
          "shadowing the current SENCO — which Dr Okonjo discusses with their head teacher, and are offered a place "
          "at the next tip-off.")
para(doc, "**Background.** Participants are serving teachers, so their schools will have CRB-checked them. "
          "Applicants write the date of their most recent enhanced CRB disclosure on the Trials Form. All Breakers "
          "coaching staff who work with our junior teams hold enhanced CRB disclosures, renewed every three years "
          "under the club's safeguarding policy.")
para(doc, "**The Scouting Report.** Before Home Game 1 each participant completes the Scouting Report: a self-rating "
          "from 1 to 4 against each of the 29 lines of the Season Stat Sheet, with one piece of evidence for every "
          "line rated 3 or 4, and comments from the Court Coach. At Tip-Off the tutor and participant go through it "
          "together and agree an Individual Game Plan: the lines the participant will work on hardest, the optional "
          "readings and Away Game variants to take, and personal targets, which are reviewed at H5 and at H10. "
          "Where a participant rates a line 4 but the evidence is out of date, the tutor rates it down.")
p = para(doc, "**Prior learning.** ")
tracked_del(p, "Up to 30 credits may be claimed for prior experience through the university's APEL procedure. ",
            author=ED, date="2008-10-14T09:20:00Z")
tracked_ins(p, "Participants who hold M-level credit in SEN from another university may transfer up to 20 credits "
               "through Wrexley's APL procedure, which exempts them from Shot 1.", author=ED,
            date="2008-10-14T09:21:00Z")
para(doc, "**Cost.** The fee for 2008-09 is £1,150. Brookvale Borough pays half for teachers in Brookvale schools "
          "from its Standards Fund allocation, and the club provides the Learning Zone free, so the fee pays for "
          "tutor time and marking only. The Individual Game Plan, the two position clinics each participant chooses "
          "at H5 and the choice of Away Game variants let each participant spend the season on what he or she most "
          "needs, and every Home Game ends with ten minutes in which participants record their progress against "
          "their own targets.")

band("INJURY REPORT")
p = para(doc, "")
tracked_del(p, "An assessment-only route is open to experienced SENCOs from the Learning Support Service. ",
            author=ED, date="2008-10-14T09:25:00Z")
add_runs(p, "Status as at 20 October 2008.")
rows = [["Player", "Status", "Note"],
        ["Assessment-only route", "OUT", "Not offered in 2008-09. Wrexley's regulations for the PG Certificate do not "
         "allow the Award to be made without registration on the taught programme."],
        ["APEL (experiential learning)", "PROBABLE", "Wrexley is reviewing its APEL regulations; we expect claims "
         "for experiential learning to be possible from September 2009."],
        ["Twilight Games", "AVAILABLE", "See THE SCHEDULE."],
        ["Heads' Huddle", "QUESTIONABLE", "We would like to bring the head teachers of participants' schools "
         "together once a season to look at our evaluation findings. No date is set."],
        ["Special school visit day", "DOUBTFUL", "The pilot's visit day at Fernside Special School depended on "
         "Fernside's capacity and is not timetabled for 2008-09."],
        ["Tutors in the Locker Room", "OUT", "The Locker Room is a players-only space (see THE LOCKER ROOM)."]]
it = table(doc, rows, widths_cm=[4.2, 2.6, 10.6], header_fill=NAVY, header_color="FFFFFF", size=8.5)
for i, fill in [(1, "F4CCCC"), (2, "FFF2CC"), (3, "D9EAD3"), (4, "FFF2CC"), (5, "FCE4D6"), (6, "F4CCCC")]:
    shade_cell(it.cell(i, 1), fill)

band("THE PLAYBOOK")
para(doc, "What each Home Game teaches. Every Home Game has a Shootaround task and is followed by the Away Game "
          "shown in THE SCHEDULE.", italic=True)
games = [
    ("H1  Tip-Off", "The SENCO's court: the role as the Code of Practice and the 2008 Regulations set it out, and the "
     "principles and five outcomes of Every Child Matters — what a SENCO does in a school, with colleagues and other "
     "services, to help pupils with SEN be healthy, stay safe, enjoy and achieve, make a positive contribution and "
     "achieve economic well-being. In the afternoon tutors and participants agree Individual Game Plans and "
     "participants meet their Court Coaches."),
    ("H2  The Rulebook", "The law and guidance on SEN and what the Code of Practice requires of the school, the SENCO, "
     "teachers and governors; disability equality law, the disability equality duty, the school's Disability "
     "Equality Scheme and accessibility plan, and what they require a school to do for disabled pupils. In the "
     "Research Bench session each participant brings one published study and explains to colleagues how it could "
     "change practice in school."),
    ("H3  Front Office", "Leading SEN in the school: working with the head teacher, the senior leadership team and "
     "governors on an inclusive ethos, SEN policy, priorities and the SEN budget; winning the commitment of "
     "colleagues and senior leaders to better outcomes for pupils with SEN. Participants draft one SEN priority for "
     "their school improvement plan and test it with two serving head teachers."),
    ("H4  Reading the Game", "Identifying pupils who may have SEN from classroom observation, data and assessment; "
     "setting challenging targets; planning interventions that remove barriers to learning and reviewing progress. "
     "Using summative assessment, P scales, national test results and RAISEonline to track pupils' progress and "
     "change programmes that are not working."),
    ("H5  Know Your Players", "The most common types of SEN and disability — behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties — and how each affects learning. A critical "
     "look at approaches, strategies and resources for assessment, planning and teaching, including ICT (text-to-"
     "speech, symbol software, visual timetables), and at the evidence for each. Participants choose two of five "
     "position clinics for depth."),
    ("H6  Coaching the Coaches", "Supporting colleagues' professional development: observing teaching and giving "
     "feedback, modelling, coaching and mentoring, planning and leading INSET. Encouraging colleagues to use "
     "assessment for learning with all pupils, and what it looks like for pupils with SEN. In Timeout scenarios "
     "participants work through real cases where provision is going wrong and decide what to do. Deploying and "
     "managing teaching assistants is not covered here: Brookvale teachers take it on the Borough's TA Deployment "
     "course."),
    ("H7  The Huddle", "Building fair, respectful and constructive relationships with pupils with SEN and their "
     "families; working in partnership with parents and carers; consulting pupils and involving them in planning, "
     "agreeing and reviewing their own provision through person-centred reviews."),
    ("H8  The Stat Sheet", "Provision mapping and management: mapping what a school provides, costing it, and finding "
     "provision that is not working or is missing. The principles of school self-evaluation and improvement and the "
     "SEF; reviewing the effectiveness of provision with colleagues so that the findings feed the school's "
     "self-evaluation and improvement plan."),
    ("H9  Away Support", "The services and agencies around a Brookvale school — educational psychology, speech and "
     "language therapy, CAMHS, Autism Outreach, Sensory Support, social care, and voluntary organisations such as "
     "Brookvale Mencap and the Brookvale Dyslexia Association — what each does and how to get its help; using "
     "reports and assessments from other professionals to plan teaching; the Common Assessment Framework, team "
     "around the child meetings and working in partnership with other services. Best practice in meeting SEN from "
     "two schools the Learning Support Service has identified."),
    ("H10  Final Buzzer", "Shot 3 Film Sessions in the morning. In the afternoon, keeping up to date after the Award: "
     "NASEN, journals, the Brookvale SENCO cluster, and taking charge of one's own professional development, "
     "followed by the Next Season plan (see POST-GAME)."),
]
for title, body in games:
    sub(title)
    para(doc, body)

band("THE SHOTS")
para(doc, "**Shot 1 — The Scouting File** (40% of the mark; 3,000 words; handed in after H5). A case study of one "
          "pupil with SEN: how the pupil's needs were identified, which assessments from other professionals were "
          "used and how, the pupil's and parents' views, the targets set, the intervention and its review, with "
          "critical reference to the law and to research.")
para(doc, "**Shot 2 — The Game Plan** (40%; 4,000 words; handed in after H9). A development project the participant "
          "leads in school, agreed with the head teacher: a provision map and self-evaluation of SEN provision, "
          "baseline measures for a target group of pupils in attainment and in one other Every Child Matters "
          "outcome, the change made and how resources were used, measures after at least one term, and an "
          "evaluation carried out with colleagues.")
para(doc, "**Shot 3 — The Film Session** (20%; at H10). A twenty-minute presentation to tutors and peers on the "
          "participant's season, followed by a twenty-minute professional discussion of the portfolio: Away Game "
          "records signed by the Court Coach, Shootaround feedback and the reviewed Individual Game Plan.")
para(doc, "**Scoring.** Shots are marked against Wrexley's Level 7 assessment criteria: knowledge and understanding, "
          "critical analysis, application to practice, and presentation. To be awarded the certificate a "
          "participant needs an overall mark of 50 or more. Under Wrexley's postgraduate regulations a Shot marked "
          "between 40 and 49 may be compensated by a higher mark in another Shot.")
p = para(doc, "**Replay.** Every Shot 1 and Shot 2 is first-marked by the tutor who taught the participant's cohort "
              "and second-marked blind by another Starter; a difference of more than eight marks goes to Helen "
              "Garside. Before each round of marking the Starters meet for a two-hour calibration session and mark "
              "three pilot scripts together. A third of all Shots, all fails and all marks of 70 or more go to "
              "Wrexley's external examiner for the PG Certificate, Professor Alan Pryce, who also sits on the Board "
              "of Examiners.")
fn.add(p, "Professor Pryce was appointed by Wrexley's Academic Board in July 2008 for four years.")

band("THE LOCKER ROOM")
para(doc, "The Locker Room is the Award's area on Wrexley University's Blackboard site. It holds the slides and "
          "readings for every Home Game, posted the day before; the university library's electronic journals; the "
          "Scouting Report and Away Game templates; and a discussion board for each cohort. The board is "
          "players-only: participants use it to share resources and help one another between Home Games, and "
          "cohort captains run a fortnightly Film Room thread. Tutors do not post there. Questions for tutors go by "
          "email to the course administrator, who passes them on.")

band("FRONT OFFICE")
sub("Listening to schools")
para(doc, "In autumn 2007 Brookvale Learning Support Service and Breakers in the Community surveyed all 62 SENCOs in "
          "Brookvale's primary, secondary and special schools (48 replied) and held two focus groups with head "
          "teachers. SENCOs said they most needed help with provision mapping, with using data, and with leading "
          "teaching assistants; heads asked for a course that took teachers out of school as little as possible. "
          "The Award answers those findings: The Stat Sheet (H8) became a full Home Game after the survey, data "
          "now has a Home Game of its own (H4), and Shot 2 was rewritten so that every project is agreed with the "
          "head teacher. The pilot cohort's Fan Cards led to the second tip-off and the twilight sessions. The "
          "survey found the Borough's TA Deployment course well regarded, so we send participants to it rather "
          "than repeat it.")
para(doc, "Our Junior Breakers Youth Panel — twelve of the club's junior players aged 11 to 16 — told us this summer "
          "that they want the club's schools programme to include more girls' sessions, and from January it will.")
sub("Evaluation")
para(doc, "At the end of every Home Game each participant completes a Fan Card: what worked, what did not, and one "
          "thing to change. The Starters hold a Film Review after each Home Game to go through the Fan Cards and "
          "their own notes. Each July the Front Office Review brings the Starters together with the season's Fan "
          "Card summaries, the external examiner's report, the Shot results and the Shot 2 impact data, and agrees "
          "the changes for the next season. The changes are recorded in the Season Log and go to Wrexley's PG "
          "Course Committee, which monitors the programme through the university's annual monitoring report and "
          "five-yearly periodic review.")
p = para(doc, "")
r = add_runs(p, "Schools and the Borough are not at present part of the evaluation; see the Heads' Huddle in the "
                "Injury Report.")
doc.add_comment(r, text="Ruth — the Borough said they'd happily sit on the Front Office Review. Can we say so? "
                        "Not confirmed in writing yet.", author=ED, initials="KA")
sub("Impact")
para(doc, "We measure the Award's effect on participants and on pupils. Each participant re-scores the Scouting "
          "Report at H10; we compare the scores with those at Tip-Off line by line, for competence, and ask a "
          "confidence question on each line at both points. For pupils, Shot 2 requires baseline and follow-up "
          "measures for a target group — reading or mathematics levels, attendance, exclusions or a well-being "
          "scale — and we collect these across each cohort and report them to the Front Office Review. Six months "
          "after the Award each former participant answers a short questionnaire on what has changed for pupils "
          "with SEN in the school.")
sub("Kit and facilities")
para(doc, "The Learning Zone has a 40-seat teaching room with an interactive whiteboard and 20 laptops with Clicker "
          "5, Widgit symbol software and text-to-speech installed, and Brookvale Learning Support Service lends the "
          "Award its library of assessment and intervention materials for Home Games. Every participant has full "
          "access to Wrexley's library and electronic journals.")
sub("Access")
para(doc, "The Learning Zone is on Level 2 of Brookvale Arena, which has step-free access from the car park, a lift "
          "and accessible toilets on every level. An induction loop is fitted in the teaching room, and handouts can "
          "be printed in large print.")
sub("Placements")
para(doc, "The club offers work placements to sports science students from Wrexley every season, in coaching, "
          "strength and conditioning and match-day operations.")

band("POST-GAME")
para(doc, "**Next Season.** At Home Game 10, after the Film Sessions, each participant spends the afternoon on a "
          "Next Season plan: three professional targets for the following year, each with a route to it — a further "
          "module towards Wrexley's MA in Inclusive Education, a specialist qualification, a leadership programme or "
          "a school-based project. Tutors discuss each plan one to one, and participants take the plan to their "
          "performance management meeting with their head teacher.")
para(doc, "**Streaks and milestones.** In the pilot, eleven of the twelve Shot 2 projects showed gains for their "
          "target group, most often in reading. The January 2009 tip-off will be the first with 24 starters.")

band("SEASON STAT SHEET")
para(doc, "What a participant must show by the final buzzer, in our words. Key: see HOW TO READ THESE NOTES.",
     italic=True)
stat = [
    ("THE INTANGIBLES", None, None),
    ("Earns the trust of pupils with SEN and their families through fair, respectful and supportive relationships",
     "H7", "Shot 1"),
    ("Gets colleagues, the head teacher and senior leaders behind better outcomes for pupils with SEN", "H3", "Shot 2"),
    ("Puts first things first, manages time and hands on tasks to others, checking they get done", "DNP", "DNP"),
    ("Sees problems coming, solves them and makes sound calls on provision", "H6", "Shot 3"),
    ("Speaks and writes clearly and listens to the views of others", "—", "Shot 1, Shot 3"),
    ("Uses research and outside advice to improve own and colleagues' practice", "H2", "Shot 1"),
    ("Keeps up to date and takes charge of own professional development in SEN", "H10", "—"),
    ("BASKETBALL IQ", None, None),
    ("Knows the law and guidance on SEN, including the Code of Practice, what it means for the school and how to put "
     "it into practice", "H2", "Shot 1"),
    ("Knows the principles and outcomes of Every Child Matters and the SENCO's part in them", "H1", "Shot 2"),
    ("Knows the law on disability equality and what it requires a school to do", "H2", "K3CELL"),
    ("Knows how children develop and what affects their development", "DNP", "DNP"),
    ("Knows the common types of SEN and disability and how they affect learning", "H5", "Shot 1"),
    ("Has a critical grasp of approaches, strategies and resources, including ICT", "H5", "Shot 1"),
    ("Knows the principles of school self-evaluation and improvement for pupils with SEN", "H8", "Shot 2"),
    ("Knows best practice and research in meeting SEN", "H2, H9", "Shot 3"),
    ("Knows what external agencies do and how to get specialist help", "H9", "SA"),
    ("THE SKILL SET", None, None),
    ("With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources", "H3", "Shot 2"),
    ("Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "H4", "Shot 1"),
    ("Uses other professionals' assessments to plan teaching", "H9", "Shot 1"),
    ("Uses summative assessment, including national tests, to track progress and change programmes", "H4", "Shot 2"),
    ("Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "H6", "SA"),
    ("Arranges in good time what pupils need for national tests and examinations", "DNP", "DNP"),
    ("Uses provision mapping and finds provision that is missing or not working", "H8", "Shot 2"),
    ("Deploys and manages staff to support pupils with SEN", "DNP (on the Borough's TA Deployment course)", "DNP"),
    ("Supports colleagues' professional development by observation, feedback, modelling, coaching and training", "H6",
     "Shot 3"),
    ("Reviews provision with colleagues to inform the school's self-evaluation", "H8", "Shot 2"),
    ("Involves pupils with SEN in planning, agreeing and reviewing their provision", "H7", "SA"),
    ("Liaises with parents and carers to promote their children's learning", "H7", "Shot 1"),
    ("Works in partnership with other services and voluntary organisations", "H9", "Shot 3"),
]
rows = [["Line", "What the participant must show", "GP", "SHOTS"]]
n = 0
group_rows = []
for what, gp, shots in stat:
    if gp is None:
        rows.append([what, "", "", ""])
        group_rows.append(len(rows) - 1)
    else:
        n += 1
        rows.append([str(n), what, gp, "" if shots == "K3CELL" else shots])
st = table(doc, rows, widths_cm=[1.1, 10.6, 3, 2.7], header_fill=NAVY, header_color="FFFFFF", size=8.5)
for gr in group_rows:
    label = rows[gr][0]
    merge(st, gr, 0, gr, 3, label, bold=True, fill="FCE4D6", size=8.5)
# the K3 cell: "Shot 1" deleted, "SA" inserted
for i, row in enumerate(rows):
    if row[1].startswith("Knows the law on disability equality"):
        cp = st.cell(i, 3).paragraphs[0]
        tracked_del(cp, "Shot 1", author="Helen Garside", date="2008-10-17T16:02:00Z", size=8.5)
        tracked_ins(cp, "SA", author="Helen Garside", date="2008-10-17T16:02:00Z", size=8.5)

band("UP NEXT")
para(doc, "Home Game 1, Friday 16 January 2009, the Learning Zone, Brookvale Arena. Doors 9.00am; tip-off 9.30am. "
          "Course enquiries: Dr Ruth Okonjo, Head Coach, Breakers in the Community. Media: Kemi Adeyemi. "
          "Wrexley University link: Helen Garside, School of Education.")

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
