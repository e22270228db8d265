"""ok-01-cinderhill-matchmakers-book

Provider (invented): Cinderhill Amateur Boxing Club Community Foundation, Wednesbrook, a registered charity
that runs the boxing club's schools and inclusion work, with the University of Marrowby (validating) and
Wednesbrook MBC's Learning Support Service. Application for the 2008-09 round, January 2009, for a course
starting September 2009.

Document kind and layout: the club matchmaker's book for a season of shows, kept for the Award the way the
matchmaker keeps one for every boxing card, and sent as it stands ("Issue 3 (for the TDA panel)"). No heading
styles: custom paragraph styles "Card Title" and "Card Part" (bold capitals on a dark band) and "Note Head".
A title block table; a shaded "TO THE PANEL" paragraph; PART 1 PROMOTION (a field table); PART 2 THE OFFICIALS
(a table of club roles against Award roles, people and backgrounds); PART 3 MATCHMAKER'S NOTES (21 numbered
notes, each with a bold run-in title, that define the club's words and the Bout Sheet's decisions: "PTS",
"EXH", "SPAR", "W/O"); PART 4 WEIGH-IN AND MEDICALS (with a "WEIGH-IN NOTICE" in a VML text box); PART 5 THE
CARD (a table of the eight Shows with merged, shaded "ROUND" rows); PART 6 THE CONTESTS; PART 7 AFTER THE BELL
(evaluation, stakeholders, progression); PART 8 THE BOUT SHEET (a 28-row table, one bout per national outcome
in the club's own words: "Red corner: worked on at", "Blue corner: scored in", "Decision"), keyed only by
Note 9 five parts earlier. Header and footer (the footer carries a CRB claim). Two Word comments. One footnote.
Tracked changes (author Des Hennigan): a January start inserted in Part 1; a whole Box-Off paragraph deleted
in Part 3; the K7 bout's Blue corner and Decision changed from none/"EXH" to "Contest 1"/"PTS".

The club's words: boxers = participants; Shows = study days; Roadwork = school-based tasks between shows;
Sparring = tasks fed back on but never marked; Contests = the three marked assignments; the Belt = the Award;
Weigh-in and the Scales = the starting audit against the outcomes; Fight Plan = individual training plan;
Medical = entry checks; Officials = tutors (Referee = programme leader, Judges = tutor-markers, Supervisor =
external examiner, Recorder = administrator); Seconds = school-based mentors; Manager = the boxer's head;
the Corner = the University's Moodle space; the Back Gym = the Foundation's own alternative provision.

Traps (requirement ids):
- Box-Off route: another foundation's (Brennan Street) assessment-only route described, then "we are not
  putting one on"; a paragraph promising a Box-Off in 2010 is a deleted tracked change; a comment wants one
  in year two (2.3 not_met: other provider, negation, deleted text, comment).
- CRB: checks are on the club's coaches, volunteers and drivers (wrong people); for boxers "we leave that
  with the schools: we do not ask to see disclosures" (someone else's responsibility); the footer claims
  "All boxers on this card are medically examined and CRB checked" (footer is not evidence) (5.3 not_met).
  The "Medical" is the entry check (right word, wrong thing), and is real (5.2 met).
- Prior learning: prior Level 7 study is credited, experience only shortens the Fight Plan, "it does not on
  its own earn credit" (2.1 partially_met).
- Access: a ramp and a lift only, "we have never had a boxer ask for anything else" and a bare promise
  (3.1 partially_met).
- The Corner (e-learning): peer forum only, "the Officials do not post in it or read it"; no tutor contact
  between shows except written marking feedback (3.3 partially_met). A January start is a tracked insertion
  and shows may be taken in a different order (3.2 met).
- Pupil voice: two junior boxers talk about being listened to; no skill of consulting taught; the only
  "consulting" is asking junior members about the gym refurbishment (1.5 partially_met; 6.S7 SPAR only).
- Stakeholders: the 2008 survey and Heads' Forum shaped the course (4.1, 4.2 met); future involvement in
  evaluation only hoped ("one day we hope"), plus a comment proposing a heads' panel; Seconds do take part
  in delivery and in the Title Fight (4.3 partially_met).
- Placements: none arranged beyond an optional day at the Foundation's own Back Gym; specialist speakers
  "when their diaries allow" (5.5 partially_met).
- Impact: boxers' confidence rated at weigh-in and at Show 8; pupils' achievement only a hope (5.9
  partially_met).
- Award rule: the Belt goes to any boxer who "wins all three Contests on points", but the Contests do not
  score every bout (6.0 partially_met; 1.9 partially_met).
- Bout Sheet decisions keyed only in Note 9: EXH (worked on, not scored: 6.A3, 6.A7, 6.S2b partially_met);
  SPAR (fed back on, never marked: 6.K3, 6.S7 partially_met); W/O (no bout: 6.K4, 6.S2d not_met); the K7 bout
  made PTS only by tracked insertions (6.K7 met). The club treasurer's diary session is EXH (6.A3).
- Progression: a leaflet about the University's MA and a chat about "what next" (2.5 partially_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ok_helpers import *  # noqa

OUT = Path(__file__).with_name("ok-01-cinderhill-matchmakers-book.docx")
DK = "Des Hennigan"
D1 = "2009-01-19T16:40:00Z"
D2 = "2009-01-21T09:05:00Z"

doc = new_doc(font="Arial", size=10)
add_style(doc, "Card Title", size=20, bold=True, caps=True, space_after=2)
add_style(doc, "Card Part", size=12, bold=True, caps=True, color="FFFFFF", space_before=14, space_after=6,
          keep_next=True)
add_style(doc, "Note Head", bold=True, space_before=6, space_after=2, keep_next=True)
fn = Footnotes(doc)


def part(title):
    return para(doc, title, style="Card Part", shade="1F1F1F")


def note(n, title, text_parts):
    if isinstance(text_parts, str):
        text_parts = [text_parts]
    return para(doc, [(f"{n}. {title}. ", {"b": True})] + text_parts)


header_footer(doc, "Cinderhill ABC Community Foundation  |  Matchmaker's Book  |  The Award Card 2009-10  |  Issue 3",
              ["All boxers on this card are medically examined and CRB checked.    Page ", page_field])

# ---------------------------------------------------------------- title block
t = table(doc, [["CINDERHILL AMATEUR BOXING CLUB COMMUNITY FOUNDATION", None],
                ["Matchmaker's Book", "The Award Card, Season 2009-10"],
                ["Kept by", "Des Hennigan, Matchmaker and Foundation Secretary"],
                ["Issue", "3 (for the TDA panel), January 2009"],
                ["Gym", "The Tin Hut, Furnace Lane, Wednesbrook"]],
          widths_cm=[5, 12], header_shade="1F1F1F", size=10)
merge_row(t, 0, 0, 1, [("CINDERHILL AMATEUR BOXING CLUB COMMUNITY FOUNDATION", {"b": True, "color": "FFFFFF"})],
          shade="1F1F1F", size=11)
para(doc, "")
para(doc, "The Award Card", style="Card Title")
para(doc, [("National Award for SEN Coordination: the Foundation's application to the TDA to be approved as a "
            "provider, 2008-09 round", {"i": True})])

para(doc, [("TO THE PANEL. ", {"b": True}),
           "Every season our matchmaker keeps a book for the card the club is putting on: who is boxing whom, at "
           "what weight, who the officials are, what the rules of the night are. When the Foundation decided to put "
           "on a course for new SENCOs we kept a book for it in the same way, because that is how our people "
           "plan things, and it is how the teachers who tried the course with us last year came to talk about it. "
           "We send the book as it stands. Where we use a boxing word we say what it means in the Matchmaker's "
           "Notes in Part 3, and the Bout Sheet at the back, which lists all the national outcomes, is read with "
           "those notes."], shade="EDEDED")

# ---------------------------------------------------------------- part 1
part("Part 1.  Promotion")
para(doc, "The particulars of the season, as the matchmaker sets them down before any card is made.")
rows = [["Particular", "Entry"],
        ["Promoting club", "Cinderhill Amateur Boxing Club Community Foundation (registered charity 1104472), the "
         "schools and inclusion arm of Cinderhill ABC, founded 1961. The Foundation has run the Back Gym, an "
         "alternative provision for pupils excluded or at risk of exclusion, with Wednesbrook MBC since 2003."],
        ["Sanctioned by", "The University of Marrowby, School of Education. The University validates the Award as "
         "the Postgraduate Certificate in Special Educational Needs Coordination (National Award), 60 credits at "
         "Level 7 (masters level), made up of three 20-credit modules, one for each Contest. The validation "
         "event was held on 3 December 2008 and the programme was approved with one condition, which was met "
         "on 12 January 2009. The Belt is the University's award."],
        ["Object of the season", "Children and young people with SEN and disabilities in Wednesbrook's schools "
         "doing better: learning more and making faster progress, and also healthier, safer, enjoying school, "
         "playing their part in it and readier for work or college, the five Every Child Matters outcomes, "
         "because their SENCO knows more, can do more and leads the rest of the staff. Every Show is planned back "
         "from that, and the Title Fight is scored on the difference the boxer's change made for pupils."],
        ["In partnership with", "Wednesbrook MBC Learning Support Service, which pays £700 of the £1,150 fee for "
         "each boxer from a Wednesbrook maintained school, lends two of the Judges and sits on the Foundation's "
         "Education Committee."],
        ["Venues", "The Learning Room, first floor of the Tin Hut (Shows 1, 3, 4, 6 and 8); the University's "
         "Wednesbrook Campus, Station Road (Shows 2, 5 and 7)."],
        [None, None],
        ["Places", "24 boxers for each start. The Foundation holds four bursaries of £450 a start for boxers from "
         "schools outside the borough or from academies and special schools that the council does not fund."],
        ["Cost to schools", "£450 a boxer for Wednesbrook maintained schools. Five of the eight Shows are on "
         "Saturdays, so schools pay supply cover for three days only."]]
t = table(doc, rows, widths_cm=[4, 13])
c = t.cell(6, 0)
set_cell(c, "Season")
set_cell(t.cell(6, 1), ["September 2009 to July 2010, eight Shows.",
                        ins(" A second start runs from January 2010 to December 2010: the January boxers take "
                            "Round Two first, then Round Three, then Round One in the autumn, and do each Contest "
                            "after the Shows it draws on.", author=DK, date=D1)], size=9)

# ---------------------------------------------------------------- part 2
part("Part 2.  The Officials")
para(doc, "No card goes ahead without its officials. These are the people who teach, mark and check the Award, "
          "under the club names we give them.")
rows = [["Club name", "What they do on the Award", "Who", "Background"],
        ["Referee", "Programme leader: runs every Show, writes each Fight Plan, chairs the Officials", "Ruth Oyelaran",
         "SENCO at Furnace Lane Primary for nine years, then the Foundation's Education Director since 2006. MA "
         "Inclusive Education (Marrowby, 2004). Member of NASEN; sits on the borough's SEN moderation panel for "
         "statutory assessment, so sees current casework every month."],
        ["Judge", "Tutor and marker", "Dr Alan Pryce",
         "Senior Lecturer in SEN and Inclusion, University of Marrowby; leads the University's MA Inclusive "
         "Education; research on teaching assistant deployment in secondary schools."],
        ["Judge", "Tutor and marker", "Gill Thackeray",
         "Specialist teacher, Wednesbrook Learning Support Service; OCR Diploma in Teaching Learners with SpLD; "
         "trains school staff in dyslexia screening across the borough."],
        ["Judge", "Tutor and marker (one day a month)", "Sean Keaveney",
         "Senior Educational Psychologist, Wednesbrook EP Service; carries a caseload of twelve schools."],
        ["Supervisor", "External examiner appointed by the University", "Professor Helen Marsh",
         "Professor of Inclusive Education, University of Tynemouth; external examiner for two other SENCO "
         "programmes."],
        ["Recorder", "Course administrator: keeps the Scoresheets, the Show Reports and the Corner", "Lisa Brannigan",
         "Foundation office manager."],
        ["Second", "School-based mentor, one for each boxer, named by the boxer's Manager", "Named on the Manager's Form",
         "Usually a deputy head or an experienced SENCO in a partner school."]]
table(doc, rows, widths_cm=[2.3, 4.5, 3.2, 7])
para(doc, "")
para(doc, "Before each start the Referee holds an Officials' Night at the Tin Hut. The Judges and the Supervisor "
          "go through the Bout Sheet line by line, the University's Level 7 marking criteria, and the marking "
          "of last year's pilot scripts, and each Official is given the Officials' Handbook, which sets out who "
          "marks what, how quickly, and who to ring when something goes wrong. Seconds are given the Seconds' "
          "Card, which says what a Second does at each stage of the season (the corner talk after the weigh-in, "
          "a half-termly catch-up, watching the boxer lead one staff meeting, and sitting in on the Title Fight), "
          "and are invited to a Seconds' Evening in September; a Second who cannot come is visited at school by "
          "the Referee before half term.")
para(doc, "The club's boxing coaches are not Officials on the Award and do not teach on it. They do run the "
          "Tuesday taster sessions for pupils, and many boxers bring a small group from their own school along.")

# ---------------------------------------------------------------- part 3
part("Part 3.  Matchmaker's Notes")
para(doc, "These notes are the rules of the card. Read them before the Bout Sheet at the back.")
note(1, "Boxers", "A boxer in this book is a teacher taking the Award. Most are new SENCOs; some have been "
     "named by their head to take on the role.")
note(2, "Shows", "A Show is a study day, 9.30 to 4.00. There are eight, in three Rounds. Each Show has a main "
     "bout (the main session of the day) and an undercard (shorter sessions after lunch).")
note(3, "Roadwork", "Roadwork is the work a boxer does in school between Shows: short tasks set at the end of each "
     "Show, agreed with the Second, each tied to one or more lines of the Bout Sheet. Roadwork is what keeps the "
     "Award in the boxer's own school and not in our gym.")
note(4, "Sparring", "Sparring is a written or recorded task that a Judge reads and gives feedback on within two "
     "weeks. Sparring is never scored and never counts towards the Belt. There are two Sparring tasks.")
note(5, "Contests", "A Contest is a marked assignment. There are three (Part 6). Each is marked by the Judges "
     "against the University's criteria and the lines of the Bout Sheet it covers.")
note(6, "The Belt", "The Belt is the Award itself, the Postgraduate Certificate.")
note(7, "Weigh-in and the Scales", "The weigh-in is the starting audit at Show 1. The Scales are the 28 lines of "
     "the Bout Sheet, set out as a self-rating sheet (see Part 4).")
note(8, "Fight Plan", "A Fight Plan is the boxer's own plan for the season, written from the weigh-in.")
note(9, "Decisions on the Bout Sheet", "Each line of the Bout Sheet ends with a decision. PTS means the outcome is "
     "worked on at the Show in the red corner and scored in the Contest in the blue corner. EXH means an exhibition "
     "bout: the outcome is worked on at the Show named, but nobody scores it. SPAR means it is worked on at the "
     "Show named and fed back on in a Sparring task, never marked. W/O means a walkover: there is no bout for that "
     "line on this season's card.")
note(10, "Medicals", "No boxer climbs into our ring without a medical. For the Award the medical is our entry "
     "check (Part 4).")
note(11, "Matchmaking", "The matchmaker pairs every boxer with a sparring partner of the same school phase for the "
     "season. Partners meet at each Show, read each other's Roadwork and share the Corner.")
note(12, "The Corner", "The Corner is the Award's space on the University's Moodle: Show handouts, readings, "
     "the Contest briefs and a forum.")
p = note(13, "Box-Offs", "Our friends at Brennan Street ABC Foundation in Salford run a Box-Off for very experienced "
         "teachers, who are judged against all the outcomes without doing any of the shows. We have looked at it "
         "and we are not putting one on: every boxer on our card does the shows.")
comment(doc, p, "Ruth thinks we should do a Box-Off in year two. Talk to the University first. DK",
        author="Des Hennigan", initials="DH")
p = para(doc, "We are also putting on a Box-Off of our own from September 2010 for two or three experienced "
              "teachers a year, judged by the same Judges on the same Contests.")
mark_par_deleted(p, author=DK, date=D2)
note(14, "Seconds out", "Between rounds a Second may say what they like in the corner, but only the Judges score.")
note(15, "The Manager", "The Manager is the boxer's headteacher, who signs the Manager's Form (Part 4).")
note(16, "The Back Gym", "The Back Gym is the Foundation's alternative provision for up to 18 pupils at a time.")
note(17, "Show Reports", "A Show Report is the one-page evaluation each boxer fills in at the end of every Show.")
note(18, "Scoresheets", "The Scoresheet is the Recorder's record of every boxer's results line by line.")
note(19, "Open weights", "There are no weight classes on this card: every boxer boxes every line.")
note(20, "Title Fight", "The Title Fight is Contest 3.")
note(21, "The last bell", "The last bell is the end of Show 8.")

# ---------------------------------------------------------------- part 4
part("Part 4.  Weigh-in and Medicals")
para(doc, "Medicals.", style="Note Head")
para(doc, "Every boxer must hold Qualified Teacher Status, be working in a school in England, and be in post as "
          "SENCO or named by the head to take the role on by the September start. The application comes with a "
          "Manager's Form, signed by the head, agreeing to release the boxer for the three weekday Shows, to "
          "name a Second, and to let the boxer lead one staff meeting and carry out a change project in the "
          "school. The Referee then rings every applicant for a twenty-minute medical using the Pre-fight "
          "Questions, eight questions drawn from the Bout Sheet (for example, what the school's last SEN review "
          "found, or how the applicant would set out a pupil's targets), and reads one short piece of the "
          "applicant's own writing. An applicant who is not yet ready to reach the outcomes in a year is told in "
          "writing what to do first (usually the borough's New to SEN course) and the Referee rings the head to "
          "agree it; they are offered a place at the next start.")
para(doc, "The Foundation's own coaches, volunteers and minibus drivers are CRB checked every three years under the "
          "ABAE's safeguarding scheme, and our Welfare Officer keeps the register. Boxers on the Award are teachers, "
          "employed and checked by their schools, and we leave that with the schools: we do not ask to see "
          "disclosures.")
para(doc, "Access.", style="Note Head")
para(doc, "The Tin Hut has a ramp at the side door and a lift to the Learning Room, and the University campus is "
          "fully accessible. We have never had a boxer ask for anything else, but if one did we would sort it out.")
para(doc, "Weigh-in.", style="Note Head")
p = para(doc, "")
textbox(p, [[("WEIGH-IN NOTICE", {"b": True})],
            "Show 1 weigh-in: Saturday 12 September 2009, 9.00 to 10.30, the Learning Room.",
            "Bring your Manager's Form, your school's SEN register and provision map if it has them, and your "
            "last two IEPs with the names taken out.",
            "Your Scales ratings are agreed with your Second and the Referee within three weeks."],
        width_pt=420, height_pt=90)
para(doc, "At the weigh-in each boxer rates themselves on the Scales from 1 (new to me) to 4 (I do this well and "
          "could show someone else), line by line, and writes one piece of evidence against every rating of 3 or "
          "4. In the first three weeks the Referee and the boxer's Second meet the boxer at school for a "
          "twenty-minute corner talk and agree the ratings, lowering any that the evidence does not bear out. "
          "From the agreed ratings the Referee writes the boxer's Fight Plan: which Roadwork tasks the boxer "
          "does (there are eighteen, and a boxer does between eight and twelve), which of the undercard sessions "
          "they must attend and which they may skip, and three to five main-event lines on which the boxer will "
          "aim to go beyond the minimum. The Judges look at the Fight Plan again after Contest 1 and change it "
          "where the Contest shows the weigh-in was wrong.")
para(doc, "Prior learning.", style="Note Head")
para(doc, "A boxer who already holds 20 credits at Level 7 in special educational needs from a university in the "
          "last five years may, with the University's agreement, have them counted towards the Belt in place of "
          "Contest 1. Experience counts at the weigh-in, where it shortens the Fight Plan; it does not on its own "
          "earn credit.")

# ---------------------------------------------------------------- part 5
part("Part 5.  The Card")
para(doc, "The eight Shows. Main bouts are two and a half hours; undercard sessions an hour each.")
rows = [["Show", "Date and venue", "Main bout", "Undercard", "Roadwork after"],
        ["ROUND ONE: AUTUMN", None, None, None, None],
        ["1", "Sat 12 Sept 2009, Tin Hut", "The weigh-in (Part 4). The SENCO's job: the Education Act 1996, the SEN "
         "and Disability Act 2001, the SEN Code of Practice (2001) and what they mean for the school, the SENCO, "
         "the head and governors; how to put the graduated approach of School Action and School Action Plus into "
         "practice.", "Every Child Matters: the five outcomes, the Children Act 2004, and where the SENCO fits in "
         "the school's work on them. Using the University library and the Corner.", "Check your school's SEN "
         "policy against the Code."],
        ["2", "Thurs 8 Oct 2009, University", "Knowing the need: behavioural, emotional and social difficulties, "
         "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
         "spectrum disorders and moderate learning difficulties, and how each gets in the way of learning. Spotting "
         "pupils who may have SEN from observation, data and assessment.", "Reading an EP report and a speech and "
         "language therapy report and turning them into classroom strategies (Sean Keaveney).", "Observe one pupil "
         "for a morning; write up what you saw."],
        ["3", "Sat 14 Nov 2009, Tin Hut", "Provision mapping: building a map of the school's provision, costing it, "
         "and finding what is missing or not working. Deploying and managing teaching assistants.", "The club "
         "treasurer on running a busy diary: keeping a week's log, deciding what matters, and handing jobs on "
         "without losing them.", "Draft your school's provision map."],
        ["ROUND TWO: SPRING", None, None, None, None],
        ["4", "Sat 23 Jan 2010, Tin Hut", "Leading colleagues: getting the head and senior team behind the pupils "
         "with SEN; advising governors and shaping the school's inclusion policy, priorities and budget; "
         "observing lessons and giving feedback, modelling, coaching and mentoring, and running staff training.",
         "Planning your Title Fight (Contest 3).", "Observe a colleague and give feedback."],
        ["5", "Thurs 11 Feb 2010, University", "Parents and carers: building fair, respectful and honest relationships "
         "with pupils and families, difficult conversations, running a parents' meeting that parents want to come "
         "to; the Parent Partnership Service.", "Two of our junior boxers talk about what it is like when adults "
         "listen to them and when they don't, and about the review meetings in which pupils have a say in their "
         "own plans.", "Sparring 2 (Part 6)."],
        ["6", "Sat 13 Mar 2010, Tin Hut", "The Disability Discrimination Act 1995 and 2005, the Disability Equality "
         "Duty and the school's accessibility plan. Working with other services: health, social care, the Common "
         "Assessment Framework, and voluntary organisations such as the Wednesbrook Autism Group.", "Referral "
         "routes and who to ring: a panel of a school nurse, a family support worker and a CAMHS worker.",
         "Sparring 1 (Part 6)."],
        ["ROUND THREE: SUMMER", None, None, None, None],
        ["7", "Thurs 6 May 2010, University", "Assessment for learning with colleagues, and how to adapt it for pupils "
         "with SEN; approaches, strategies, resources and ICT that remove barriers; what the research says works, "
         "and how to read it critically. Using summative data, national tests and P scales to track progress and "
         "change a pupil's programme.", "Recent evidence: Ofsted's Inclusion: does it matter where pupils are "
         "taught? (2006), the Bercow Review of services for children with speech, language and communication "
         "needs (2008), and the Lamb Inquiry into parental confidence (2009).", "Finish the Title Fight."],
        ["8", "Sat 19 June 2010, Tin Hut", "Reviewing provision with staff, and the school's self-evaluation and "
         "improvement planning. The Title Fights (Contest 3).", "Keeping up to date after the Belt: journals, "
         "networks, NASEN. What next (Part 7).", "None."]]
t = table(doc, rows, widths_cm=[1.1, 2.6, 6.4, 4.6, 2.7], size=8.5)
for r in (1, 5, 9):
    merge_row(t, r, 0, 4, rows[r][0], shade="BFBFBF", size=8.5)

# ---------------------------------------------------------------- part 6
part("Part 6.  The Contests")
para(doc, "Contest 1: The Gym Audit (20 credits, due 11 December 2009).", style="Note Head")
para(doc, "The boxer builds a provision map of their own school with colleagues and writes a 3,000-word review "
          "of it: what the map shows about the school's provision against the SEN Code of Practice and the law, "
          "which provision is missing or is not working and why, how teaching assistants are deployed and managed "
          "and how that should change, and a costed set of recommendations the boxer takes to the head and the SEN "
          "governor. The review ends with the boxer's judgement of how the school's self-evaluation covers pupils "
          "with SEN. Scored against the Bout Sheet lines marked Contest 1.")
para(doc, "Contest 2: The Case Study (20 credits, due 26 March 2010).", style="Note Head")
para(doc, "A 4,000-word study of one pupil over a term: how the pupil's needs were identified, the main type of "
          "need and how it affects the pupil's learning, what other professionals' assessments said and how the "
          "boxer used them, the targets set, the intervention planned, how the pupil's progress was reviewed, "
          "how the boxer worked with the pupil's parents or carers, and which other services or voluntary groups "
          "were involved and how. Scored against the lines marked Contest 2.")
para(doc, "Contest 3: The Title Fight (20 credits, presented at Show 8).", style="Note Head")
para(doc, "Over two terms the boxer leads a change in their school's practice for pupils with SEN that the "
          "Manager has agreed. The Title Fight is a twenty-minute presentation with questions to two Judges and "
          "the boxer's Second, then a 3,000-word account. The boxer must show how they won colleagues and the "
          "senior team over, how they supported colleagues' development, how they brought formative assessment "
          "into colleagues' teaching for pupils with SEN, which approaches and ICT they chose and why, what "
          "research evidence they used, what problems came up and how they decided what to do, how the change "
          "serves the five Every Child Matters outcomes, and what difference it made. The presentation and the "
          "writing are both scored for clarity.")
para(doc, "Sparring 1 and Sparring 2.", style="Note Head")
para(doc, "Sparring 1 asks the boxer to review their school's accessibility plan against the Disability Equality "
          "Duty. Sparring 2 asks the boxer to write up how a pupil took part in their last review meeting. A "
          "Judge reads each and sends written feedback; neither is marked.")
para(doc, "Marking and checking.", style="Note Head")
para(doc, "Each Contest is marked by one Judge against the University's Level 7 criteria and the Bout Sheet lines "
          "it covers. A second Judge blind marks one script in five, every fail and every script within three "
          "marks of a boundary. Before each Contest is marked the Officials meet to mark three of the pilot scripts "
          "together and agree the standard. The Supervisor sees a sample of every Contest, every fail and every "
          "disagreement between Judges, and reports to the University's Board of Examiners, which confirms all "
          "results.")
para(doc, "The Belt.", style="Note Head")
para(doc, "The Belt goes to every boxer who wins all three Contests on points. The University's Board of Examiners "
          "confirms the result.")

# ---------------------------------------------------------------- part 7
part("Part 7.  After the Bell")
para(doc, "Show Reports and the Officials' debrief.", style="Note Head")
para(doc, "Every boxer fills in a Show Report at the end of each Show: what worked, what did not, and a score of 1 "
          "to 5 for the main bout and for each undercard session. The Recorder puts them together and the Officials "
          "go through them at a debrief in the week after the Show, and the next Show is changed where the "
          "reports call for it. In the pilot the reports moved provision mapping from a short undercard session "
          "to a whole main bout, and cut the legislation lecture at Show 1 by half an hour in favour of work on "
          "the boxers' own school policies. Each July the Foundation's Education Committee, on which the Learning "
          "Support Service and a head from the Heads' Forum sit, reads the Show Reports, the Scoresheets, the "
          "Supervisor's report and the University's annual monitoring report, and decides the changes for the "
          "next season's card.")
para(doc, "What we heard before we made the card.", style="Note Head")
para(doc, "In spring 2008 the Learning Support Service asked the SENCOs of Wednesbrook's 71 schools what they needed "
          "from a course; 49 answered. The needs most often named were provision mapping (38), working with parents "
          "of pupils with behavioural difficulties (31), managing teaching assistants (29) and knowing which "
          "agency to go to (27). The Primary Heads' Forum in May 2008 told us heads could release a SENCO for no "
          "more than three or four weekdays a year. Because of that, provision mapping has its own main bout and "
          "is the first Contest, parents have a whole Show, teaching assistants sit in Contest 1, the agencies panel "
          "was added at Show 6, and five of the eight Shows are on Saturdays.")
para(doc, "We also consulted our junior boxers last summer on the refurbishment of the gym, and they chose the "
          "colours of the new Learning Room.")
p = para(doc, "Seconds play their part in every season: they agree the weigh-in, watch the boxer at work and sit on "
              "the Title Fight. Looking further ahead, one day we hope to ask the heads themselves what difference "
              "the Belt has made in their schools.")
comment(doc, p, "Heads' panel at the July season review? Ask the Forum in March. DK", author="Des Hennigan",
        initials="DH")
para(doc, "Confidence and pupils.", style="Note Head")
para(doc, ["Every boxer rates their confidence on each of the 28 lines of the Scales twice: at the weigh-in and "
           "again at Show 8. The Recorder compares the two and the Education Committee sees the changes line by "
           "line, alongside the Contest results.", fn.ref("In the pilot, eleven teachers' average confidence rose "
                                                          "from 1.9 to 3.1 on the four-point Scales."),
           " As for the pupils, we would dearly like to know whether the Belt makes a difference to how they get "
           "on, and we hope to find a way of measuring it in time."])
para(doc, "Specialists and placements.", style="Note Head")
para(doc, "Speakers from the speech and language therapy service, the Parent Partnership Service and CAMHS join the "
          "Shows when their diaries allow. We do not arrange placements in other schools; boxers are welcome to "
          "spend a Roadwork day at the Back Gym.")
para(doc, "Kit.", style="Note Head")
para(doc, "Boxers have the University library and its electronic journals through their own login, and the Corner. "
          "The Learning Room at the Tin Hut has twelve laptops with text-to-speech, mind-mapping and symbol "
          "software, a lending shelf of the standardised tests and screening tools the Learning Support Service "
          "uses, and the borough's SEN resource library, which lends to boxers for the season.")
para(doc, "The Corner between Shows.", style="Note Head")
para(doc, "Between Shows a boxer has their Roadwork, their sparring partner and the Corner. The Corner's forum "
          "belongs to the boxers: the Officials do not post in it or read it, so that boxers can talk freely. "
          "Officials are not available between Shows except through the written feedback on Sparring and Contests.")
para(doc, "What next.", style="Note Head")
para(doc, "At the last bell the Referee hands each boxer a leaflet about the University's MA in Inclusive Education, "
          "and we have a cup of tea and a chat about what next.")

# ---------------------------------------------------------------- part 8
part("Part 8.  The Bout Sheet")
para(doc, "One bout for every national outcome, in our words. Read with Note 9.")
B = [
    ("1", "Being fair, respectful and honest with pupils with SEN and with their families", "Show 5", "Contest 2", "PTS"),
    ("2", "Getting the head, the senior team and colleagues behind pupils with SEN", "Show 4", "Contest 3", "PTS"),
    ("3", "Running your week: deciding what comes first, managing your time, handing jobs on and checking they get done",
     "Show 3 (undercard)", "-", "EXH"),
    ("4", "Seeing problems coming, sorting them, and making sound decisions about provision", "Show 4, Show 7",
     "Contest 3", "PTS"),
    ("5", "Saying it clearly in speech and in writing, and listening to other people's views", "All Shows",
     "Contest 3", "PTS"),
    ("6", "Using research and outside advice to improve your own and colleagues' teaching", "Show 7", "Contest 3", "PTS"),
    ("7", "Keeping up to date and taking charge of your own CPD in SEN and disability", "Show 8 (undercard)", "-", "EXH"),
    ("8", "The law and guidance on SEN, the Code of Practice, what they mean in your school and how to put them into "
     "practice", "Show 1", "Contest 1", "PTS"),
    ("9", "Every Child Matters: the five outcomes and the SENCO's part in them", "Show 1 (undercard)", "Contest 3", "PTS"),
    ("10", "Disability equality law and what it requires a school to do for disabled pupils", "Show 6", "Sparring 1", "SPAR"),
    ("11", "How children grow and develop, and what SEN, disability and surroundings do to that", "-", "-", "W/O"),
    ("12", "The common kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how they affect "
     "learning", "Show 2", "Contest 2", "PTS"),
    ("13", "Approaches, strategies, resources and ICT for assessing, planning and teaching pupils with SEN, used "
     "critically", "Show 7", "Contest 3", "PTS"),
    ("14", "How a school evaluates itself and improves, and what that means for pupils with SEN", "Show 8", None, None),
    ("15", "Best practice and what research says works for pupils with SEN", "Show 7", "Contest 3", "PTS"),
    ("16", "Which outside agencies do what, and how to get specialist help and resources", "Show 6", "Contest 2", "PTS"),
    ("17", "Working with the head and governors to shape an inclusive school: policy, priorities and money",
     "Show 4", "Contest 1", "PTS"),
    ("18", "Spotting pupils who may have SEN, setting stretching targets, planning the help and reviewing progress",
     "Show 2", "Contest 2", "PTS"),
    ("18a", "Using other professionals' assessments to shape teaching", "Show 2 (undercard)", "Contest 2", "PTS"),
    ("18b", "Using tests and summative data to track progress and change a pupil's programme", "Show 7", "-", "EXH"),
    ("18c", "Getting colleagues to use formative assessment, with ways that suit pupils with SEN", "Show 7",
     "Contest 3", "PTS"),
    ("18d", "Arranging in good time the access arrangements pupils need for national tests and exams", "-", "-", "W/O"),
    ("19", "Provision mapping, and finding provision that is missing or not working", "Show 3", "Contest 1", "PTS"),
    ("20", "Deploying and managing support staff", "Show 3", "Contest 1", "PTS"),
    ("21", "Helping colleagues get better: observing and feedback, modelling, coaching, mentoring, training", "Show 4",
     "Contest 3", "PTS"),
    ("22", "Reviewing provision with other staff so it feeds the school's self-evaluation", "Show 8", "Contest 1", "PTS"),
    ("23", "Pupils having a real say in planning and reviewing their own provision", "Show 5 (undercard)", "Sparring 2",
     "SPAR"),
    ("24", "Working with parents and carers to help their children learn and develop", "Show 5", "Contest 2", "PTS"),
    ("25", "Working with other services and voluntary organisations so support joins up", "Show 6", "Contest 2", "PTS"),
]
rows = [["Bout", "The outcome, in our words", "Red corner: worked on at", "Blue corner: scored in", "Decision"]]
for b in B:
    rows.append(list(b))
t = table(doc, rows, widths_cm=[1.1, 8.4, 3.0, 2.7, 1.8], size=8.5, header_shade="1F1F1F")
for j in range(5):
    c = t.cell(0, j)
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
# shade corners
for i in range(1, len(rows)):
    shade_cell(t.cell(i, 2), "F4CCCC")
    shade_cell(t.cell(i, 3), "CFE2F3")
# bout 14: tracked change
i14 = [b[0] for b in B].index("14") + 1
set_cell(t.cell(i14, 3), [dele("-", author=DK, date=D2), ins("Contest 1", author=DK, date=D2)], size=8.5,
         shade="CFE2F3")
set_cell(t.cell(i14, 4), [dele("EXH", author=DK, date=D2), ins("PTS", author=DK, date=D2)], size=8.5)

para(doc, "")
para(doc, [("Kept by the matchmaker, ", {"i": True}), ("Des Hennigan", {"b": True}),
           (", for the Foundation's Education Committee, January 2009.", {"i": True})])

fn.finish()
doc.save(OUT)
print("wrote", OUT)
