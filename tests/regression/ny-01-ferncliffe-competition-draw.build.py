"""ny-01-ferncliffe-competition-draw: build ny-01-ferncliffe-competition-draw.docx next to this script.

Provider: Ferncliffe Park Bowling Club (a lawn bowls club founded 1911) and its coaching academy, the Ferncliffe
Bowls Academy, with the Ferncliffe and Netherby Schools Partnership (thirteen schools, two of them special) and
the University of Ousebridge, which validates and confers the award as a 60-credit Level 7 module.

Document kind and layout: the Academy's "Competitions Book" for the award, written the way the club prints the
conditions of play and draw for its own competitions, sent whole as the application with a shaded note to the
panel. No heading styles: part titles are bold capitals typed on shaded Normal paragraphs; "Condition 1" to
"Condition 20" are bold run-in labels. The club's words are defined in a dash-typed list: Entrants
(participants), the Roll-up (induction), Rounds R1-R9 (study days; R4 and R5 a residential weekend), Rinks,
Skips (tutors), Markers (school-based mentors), Home and Away greens, the Handicap (needs audit and individual
plan), Trial Ends (unmarked practice tasks), Cards C1-C4 and the Final F (marked assessments), the Measure
(moderation), the Umpire (external examiner), Byes (APL), Walk-overs, the Scorebook (portfolio), Clubhouse
Online (VLE). A title block with merged cells, a Cards table, a Rounds table with a merged venue cell for the
residential weekend, a staff table, and Part 5, "the Draw": 28 Ties (the outcomes in the club's words) in
three merged section rows with "Drawn in" and "Decided by" columns whose values ("Trial End", "Scratched", a
dash) are defined only in the sentence above the table. Page header and footer; a PAGE field; a VML text box
("Skip's tip"); two footnotes; two Word comments; a tracked credit change and a tracked deletion.

Traps (requirement ids touched):
- E.2: the credit value is a tracked change: "40" deleted, "60" inserted; the inserted value counts (met).
- 2.3: Condition 5 "No walk-overs": "there is no route to the Award by assessment alone" (negation, not_met).
- 3.2: two Draws (September and January starts) but one fixed order and one part-time taught mode; the
  University's MA "may be studied full time or by distance learning; those routes are not open for the Award"
  (wrong context) -> partially_met.
- 3.3: e-learning on Clubhouse Online with tutor and peer support between Rounds, but "Markers are not given
  log-ins" and papers go to schools by post: ICT for communication with schools absent -> partially_met. The
  text box ("Skip's tip") is part of the submission.
- 5.3: the body says suitability checks "are the employing school's business; the Academy does not ask for
  them"; the Academy's coaches' enhanced disclosures are the right words about the wrong people; the only
  claim that Entrants' CRB disclosures are verified is in the page footer (never evidence) -> not_met.
- 5.5: specialist expertise in Round 7 is concrete, but placements are only "We hope to arrange" (aspiration)
  -> partially_met.
- 5.6: library and lending shelf, but specialist technology only "If the Partnership's bid ... succeeds"
  (condition); a comment from the President about projector and assessment kits is not part of the
  submission -> partially_met.
- 2.5: only told about the MA and the need for Markers; the Next Season card of targets is a tracked deletion
  -> partially_met.
- 4.3: stakeholders take part in delivery (Markers, parents' panel, agencies in Round 7) but in evaluation only
  "may be invited" / "we would like" -> partially_met.
- 5.9: competence and confidence re-rated at the Final; pupils' achievement measured only in the 2008 pilot
  (past arrangement) and "we would like" for the Award -> partially_met.
- 1.9: several Ties are "Trial End" (unmarked) or scratched, so assessment does not reach all outcomes ->
  partially_met; 6.0 is met by Condition 11's rule that every Tie must be decided.
- Part 5 claims the Draw "holds every national minimum outcome" (unsupported coverage claim): 6.A3
  (prioritise, manage time, delegate) is simply missing -> not_met; Tie 21 (6.S2d) is "Scratched", with the
  reason that examinations officers do it (someone else's responsibility) and a comment suggesting it might
  return next year -> not_met.
- Developed but only formatively assessed ("Trial End"): 6.A7, 6.K3, 6.S2c, 6.S4, 6.S8 -> partially_met.
- Assessed but not drawn in any Round (a dash): 6.K4 -> partially_met.
- 1.7 is met by Round 7's parents' panel and partnership work even though 6.S8 is only a Trial End.
- The footnote on the Clubhouse's access and the Disability Advisory Service is part of the submission (3.1).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ny_helpers import (new_document, P, table, cell_text, shade_cell, ins, dele, run, footnote, textbox,
                         header_footer, save)
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
NAME = "ny-01-ferncliffe-competition-draw"
GREEN = "DCE8D2"
PALE = "F1F6EC"

doc = new_document(font="Georgia", size=10)

header_footer(
    doc,
    [("FERNCLIFFE PARK BOWLING CLUB", "b"), "  \u00b7  Ferncliffe Bowls Academy  \u00b7  Competitions Book 2009-10: "
     "The Award Competition"],
    ["Greens open 1 April to 30 September. All Entrants must hold a current CRB enhanced disclosure, verified by "
     "the Competitions Secretary. Flat-soled shoes only on the green, please."])

# ---- title block with merged cells -------------------------------------------------------------
tb = doc.add_table(rows=4, cols=3)
tb.style = "Table Grid"
a = tb.cell(0, 0).merge(tb.cell(0, 2))
cell_text(a, ("FERNCLIFFE PARK BOWLING CLUB\n", "bL"), ("Founded 1911  \u00b7  Ferncliffe Bowls Academy", "i"),
          shade=GREEN)
b = tb.cell(1, 0).merge(tb.cell(1, 2))
cell_text(b, ("THE FERNCLIFFE AWARD COMPETITION 2009-10\n", "bX"),
          ("National Award for Special Educational Needs Coordination: Conditions of Play and Draw", "b"))
cell_text(tb.cell(2, 0), ("Played by\n", "b"), "Teachers new to the role of SENCO")
cell_text(tb.cell(2, 1), ("Played with\n", "b"), "The Ferncliffe and Netherby Schools Partnership")
cell_text(tb.cell(2, 2), ("Awarded by\n", "b"), "The University of Ousebridge, School of Education")
cell_text(tb.cell(3, 0), ("Competitions Secretary\n", "b"), "Mrs Brenda Oakes, The Clubhouse, Park Lane, Ferncliffe")
cell_text(tb.cell(3, 1), ("Academy Director\n", "b"), "Mr Colin Haworth, Club Coach")
cell_text(tb.cell(3, 2), ("Issue\n", "b"), "Draw Sheet No. 3, June 2009")

P(doc, "")
P(doc, ("A NOTE FOR THE APPROVAL PANEL", "b"), shade=PALE, after=2)
P(doc, "Every season the Club prints a Competitions Book: the conditions of play, the draw, the dates and who is "
       "skip. When the Club, the Ferncliffe and Netherby Schools Partnership and the University of Ousebridge "
       "agreed to offer the National Award for SEN Coordination together, the Academy wrote the Award into a "
       "Competitions Book of its own. We send it as our application, exactly as Entrants and Markers will receive "
       "it, with only this note added. Part 1 explains our words.", shade=PALE, after=2)
P(doc, ("Colin Haworth, Academy Director, and Ann Lindqvist, Programme Leader", "i"), shade=PALE)

# ---- Part 1 ------------------------------------------------------------------------------------------
P(doc, ("PART 1 \u2013 THE CLUB, THE PARTNERS AND THE WORDS WE USE", "b"), shade=GREEN, before=8)
P(doc, "Ferncliffe Park Bowling Club was founded in 1911 and plays on a six-rink flat green beside Ferncliffe "
       "Park. Its Academy, opened in 1998, coaches about four hundred pupils a year from the Partnership's schools, "
       "among them pupils of Netherby Brook School (moderate and complex learning difficulties) and Ferncliffe "
       "Vale School (severe and profound learning difficulties), who have bowled here every Tuesday for eleven "
       "seasons. Their teachers first asked whether the Academy could help new SENCOs in the same practical way.")
p = P(doc, "The Award Competition is run by three partners. The Club provides the Clubhouse, the Competitions "
           "Secretary and the Academy's way of working. The Partnership's thirteen schools (eight primary, three "
           "secondary and the two special schools) release their Entrants, provide each Entrant's Marker and "
           "host visits. The University of Ousebridge validates the Award and confers it: it is a single module "
           "of the University's Postgraduate Certificate framework, EDU7SC1 Leading SEN Coordination, at masters "
           "level (Level 7) and worth ")
dele(p, "40", "Ann Lindqvist", "2009-05-28T09:12:00Z")
ins(p, "60", "Ann Lindqvist", "2009-05-28T09:12:00Z")
run(p, " credits, which count towards the University's MA Education. The University also provides two of the "
       "four Skips, the assessment regulations, the Umpire and the library.")
P(doc, "In this Book these words have these meanings:")
words = [
    ("\"Entrant\"", ": a qualified teacher who is SENCO in a school, or has been named by the headteacher to become "
                    "SENCO within the school year, and who takes the Award."),
    ("\"the Roll-up\"", ": the induction day in September (January for the Spring Draw), when Entrants meet their "
                        "Skips and hold their Handicap Interview."),
    ("\"Round\"", ": one of the nine taught days, R1 to R9, set out in Part 4. Rounds 4 and 5 are played together "
                  "as a residential weekend."),
    ("\"Rink\"", ": a group of four or five Entrants who stay together all season under one Skip."),
    ("\"Skip\"", ": a tutor. Each Rink has one Skip, who teaches, marks its Cards and keeps its Handicap Cards."),
    ("\"Marker\"", ": the experienced colleague (a SENCO, deputy or assistant head) whom the headteacher names on "
                   "the Entry Form to support the Entrant in school. The Marker watches the Entrant's play at home, "
                   "signs the Scorebook and writes a witness statement for each Card."),
    ("\"Home green\"", ": the Entrant's own school. An \"Away green\" is another school or service an Entrant "
                       "visits."),
    ("\"Handicap\"", ": the starting audit and interview in Condition 2, and the individual plan that comes out of "
                     "it, the \"Handicap Card\"."),
    ("\"Trial End\"", ": a practice task set in a Round and done in the Entrant's own school before the next Round. "
                      "The Skip gives written or spoken feedback on it. A Trial End is never marked and counts "
                      "towards nothing."),
    ("\"Card\"", ": a marked assignment. There are four Cards, C1 to C4, and the Final (F), a presentation and "
                 "professional conversation at the end of the season."),
    ("\"Tie\"", ": one of the outcomes an Entrant must show to win the Award (Part 5)."),
    ("\"the Measure\"", ": moderation of the Skips' marking (Condition 12)."),
    ("\"Umpire\"", ": the external examiner, appointed by the University."),
    ("\"Scorebook\"", ": the Entrant's portfolio, in which every Card, Trial End and Marker's statement is kept."),
    ("\"Clubhouse Online\"", ": the Award's area on the University's virtual learning environment (Condition 14)."),
]
for term, rest in words:
    P(doc, "\u2013  ", (term, "b"), rest, indent=0.6, after=2)

# ---- Part 2 ------------------------------------------------------------------------------------------
P(doc, ("PART 2 \u2013 WHY THE CLUB IS PLAYING", "b"), shade=GREEN, before=8)
P(doc, "The object of the Award Competition is that pupils with special educational needs and/or disabilities in "
       "the Partnership's schools, and in every school our Entrants go on to serve, achieve more and are "
       "healthier, safer and happier: all five Every Child Matters outcomes, not test results alone. Each Round "
       "begins with a pupil's story from a Partnership school; each Card asks the Entrant to show what changed for pupils because of what they did, and a Card "
       "that describes activity without saying what difference it made to children is referred.")
P(doc, "The Competition is a practical one. Between Rounds every Entrant plays a Trial End or works on a Card in "
       "their own school, and every Card is built from work with real pupils, colleagues and parents on the "
       "Entrant's Home green, witnessed by the Marker. The Final asks each Entrant what is now different.")
P(doc, ("How we know what is needed. ", "b"), "Before writing this Book the Academy asked for evidence from the "
       "people the Award must serve:")
for t in [
    "In January 2009 we sent a questionnaire to all thirteen Partnership headteachers; twelve replied. Nine said "
    "their SENCO had been in post under three years; eight named provision mapping and managing teaching "
    "assistants as what their SENCO most needed.",
    "Ousedale County Council's SEN and Inclusion Team told us that 31 of the 58 SENCOs in the Ferncliffe and "
    "Netherby district were new to the role since 2006, and that requests for statutory assessment from the "
    "district had risen two years running.",
    "Twelve teachers played our unaccredited pilot, the 2008 Friendly Series. Their written evaluations and a "
    "focus group in October 2008 told us what worked and what did not.",
    "Parents from the Netherby Brook parents' group met the Academy Director twice in spring 2009.",
]:
    P(doc, "\u2013  " + t, indent=0.6, after=2)
P(doc, ("What they changed. ", "b"), "Because the Friendly Series players said one afternoon on provision mapping "
       "was not enough, Round 5 now gives a whole day to it. Because the headteachers asked that Entrants should "
       "not be out of school in the national test weeks or the last fortnight of the summer term, no Round falls "
       "in May and the Finals are held in early July. Because the parents said that their children's SENCOs had "
       "never asked them how meetings felt from their side of the table, Round 7 now includes a parents' panel, "
       "run by the parents themselves. Because the County's team showed us the rise in requests for statutory "
       "assessment, Round 1 includes a session with the County's SEN casework officers on the statutory process.")

# ---- Part 3 ------------------------------------------------------------------------------------------
P(doc, ("PART 3 \u2013 CONDITIONS OF PLAY", "b"), shade=GREEN, before=8)


def cond(n, title, *rest):
    return P(doc, (f"Condition {n} \u2013 {title}. ", "b"), *rest)


cond(1, "Entry", "The Award Competition is open to qualified teachers in maintained schools in the Partnership "
     "or elsewhere in Ousedale who are SENCOs or have been named to become SENCO within the school year. Each "
     "Entrant is nominated on the Entry Form by their headteacher, who agrees to release the Entrant for the "
     "Roll-up and the nine Rounds, names the Entrant's Marker and undertakes to give the Marker an hour each half "
     "term to support the Entrant. Entry Forms must reach the Competitions Secretary by 30 June for the Autumn "
     "Draw and by 30 November for the Spring Draw.")
p = cond(2, "The Handicap", "Before the Roll-up each Entrant completes the Handicap Audit: for each of the 28 Ties "
         "in Part 5 they rate themselves from 1 (new to me) to 4 (I do this well and could show it) and give a line "
         "of evidence. At the Roll-up the Entrant's Skip holds a 45-minute Handicap Interview, testing the "
         "self-ratings against the evidence (an Entrant may feel sure of the Code of Practice and not yet know how "
         "the 2005 Disability Discrimination Act changed their school's duties). From the audit and interview the "
         "Skip and the Entrant write the Entrant's Handicap Card: the Ties on which the Entrant most needs to work; "
         "the Trial Ends, reading and Away-green visits chosen for them; the personal targets they will pursue in "
         "each Card; and the Ties on which they start strong and can spend less time. The Handicap Card is the "
         "Entrant's individual training plan. Skip, Marker and Entrant review it at Rounds 4 and 7, "
         "re-rating every Tie.")
footnote(doc, p, "The Handicap Audit prints the wording of each national minimum outcome beside our own. A "
         "completed Handicap Card from the Friendly Series, with the player's permission, is kept in the Clubhouse.")
cond(3, "Not yet ready to play", "If the Handicap Interview shows that an Entrant does not yet have the "
     "knowledge, understanding or experience to be likely to reach every Tie by the Final, the Academy Director writes to the Entrant within a "
     "week setting out what they should do first, usually the County's six-session New to SEN course and a term "
     "shadowing their Marker, and telephones the headteacher to agree it. The entry is then held over to the next "
     "Draw at no extra fee.")
cond(4, "Byes", "An Entrant who has already passed masters-level study in special educational needs within the "
     "last five years (the University's own 20-credit Specific Learning Difficulties module, for example), or who "
     "can show equivalent learning from experience, may claim a Bye. A Bye excuses the Entrant from up to two "
     "Rounds and from the Card that goes with them. Claims are made on the University's Accreditation of Prior "
     "Learning form, with the evidence mapped against the Ties, and are decided by the Programme Leader under the "
     "University's APL regulations; up to 20 of the Award's credits may be gained by Bye.")
cond(5, "No walk-overs", "In the Club's open competitions a player whose opponent fails to turn up wins by a "
     "walk-over. There are no walk-overs in the Award Competition. However experienced an Entrant is, there is "
     "no route to the Award by assessment alone: every Entrant plays the Rounds and every Card not covered by a "
     "Bye.")
cond(6, "Draws and order of play", "There are two Draws each year. The Autumn Draw rolls up in September and "
     "plays its Finals in July; the Spring Draw rolls up in January and plays its Finals the following December. "
     "Both Draws play the same nine Rounds, in the order printed, at the Clubhouse and the University, and all "
     "Entrants study part time. An Entrant who misses a Round through illness may play it with the next Draw. "
     "(The University's MA Education may be studied full time or by distance learning; those routes are not "
     "open for the Award.)")
cond(7, "Days and fees", "Rounds run from 9.30 am to 3.45 pm. The Entry fee is \u00a31,150, which covers teaching, "
     "assessment, University registration and lunch on every Round day. For the Partnership's own schools the "
     "Partnership pays \u00a3300 of it from its Standards Fund allocation. The Club makes no charge for the "
     "Clubhouse and the residential weekend is held at the University's conference centre at cost, which keeps "
     "the fee below the University's other 60-credit modules. Because each Handicap Card sets the Trial Ends, "
     "reading and visits that matter for that Entrant, no one spends a season practising what they do well.")
p = cond(8, "Every Entrant can play", "The Academy wants every teacher who could be a good SENCO to be able to "
         "take part, and disabled teachers are particularly welcome; our publicity for the Award says so and is "
         "available in large print, on audio CD and by email. The Entry Form invites every Entrant, in confidence, "
         "to tell us about a disability, a health condition or any other need. The Competitions Secretary contacts "
         "each Entrant who does so within five working days to agree reasonable adjustments before the Roll-up: "
         "papers in large print or electronically, a BSL interpreter or lipspeaker, a ground-floor room, rest "
         "breaks, and extra time or another format for Cards.")
footnote(doc, p, "The Clubhouse has level access from the car park, an accessible toilet, a hearing loop in the "
         "main room and a quiet room. Adjustments to Cards and the Final are agreed with the University's "
         "Disability Advisory Service, which also advises the Skips.")
P(doc, "Skips plan Away-green visits with the same adjustments in mind, and what an Entrant tells us about a "
       "disability is never seen by the person deciding on the entry. No Entrant has to set foot on the green.")
cond(9, "The Scorebook", "Each Entrant keeps a Scorebook holding the Handicap Card, every Trial End with the "
     "Skip's feedback, every Card with its mark sheet, and the Marker's statements. It goes to the Final.")
cond(10, "Cards", "The four Cards and the Final are these.")
cards = table(doc, [
    ["Card", "Title", "What the Entrant does", "Length", "Hand in by"],
    ["C4", "Reading the Green", "A critical review of research and inspection evidence on one of the common kinds "
     "of SEN, set against what the Entrant knows of the others, ending in recommendations, drawing on outside "
     "advice, for their own and colleagues' practice.", "3,000 words", "15 January 2010"],
    ["C1", "The Home Green Audit", "An audit of SEN provision in the Entrant's own school against the Code of "
     "Practice and the five Every Child Matters outcomes; a provision map for one year group; an analysis of the "
     "school's data on pupils with SEN, national tests and P scales included, and the changes to programmes it "
     "points to; a review, held with two colleagues, of which provision works, with recommendations for the "
     "school's self-evaluation and improvement plan.", "4,000 words and the map", "26 February 2010"],
    ["C2", "The Pupil at the Jack", "A case study of one pupil: how the pupil's needs were identified and how the "
     "pupil has developed; the assessments of other professionals the Entrant drew on; the approaches and "
     "resources (ICT included) chosen, and why; the targets set and the intervention planned, agreed and reviewed "
     "with the pupil; how the Entrant built a fair and constructive working relationship with the pupil and the "
     "family; and the work done with outside services.", "5,000 words", "30 April 2010"],
    ["C3", "Skipping the Rink", "A development project in which the Entrant leads colleagues: how they won the "
     "headteacher's and senior leaders' backing, then observation of teaching with feedback, coaching or mentoring "
     "of at least one colleague, and one training session for staff, each evaluated.", "4,000 words and evidence",
     "4 June 2010"],
    ["F", "The Final", "A 20-minute presentation to a Skip and a Marker from another school, then a 25-minute "
     "professional conversation about the Scorebook: the decisions the Entrant has taken on provision, how they "
     "have worked with senior colleagues and governors, and what is now different in their school.",
     "45 minutes", "8 or 9 July 2010"],
], widths_cm=[1.2, 2.8, 8.6, 2.2, 2.4])
P(doc, "")
P(doc, "Each Card is marked by the Entrant's Skip against the University's Level 7 assessment criteria and the "
       "Ties it decides, and is passed or referred. A referred Card may be resubmitted once, within six weeks.")
cond(11, "Deciding the Ties", "Part 5 shows, for each Tie, the Round in which it is drawn and the Card that "
     "decides it. No Entrant wins the Award until every Tie in Part 5 has been decided in their favour on a Card "
     "or at the Final; a high mark on one Card cannot make up for a Tie not shown. The Skip records each decided "
     "Tie on the Entrant's mark sheet, and the Umpire checks the records at the Board of Examiners.")
cond(12, "The Measure", "After every Card the Skips meet for the Measure. Every referred Card, every Card within "
     "five marks of the pass line and one in four of the rest is second-marked blind by another Skip. "
     "The Umpire (for 2009-10, Dr Helen Marchbank, Reader in Special and "
     "Inclusive Education at the University of Tyneford) receives a sample of every Card, attends the Measure "
     "after Card 2, observes a session of Finals and reports to the University each year. The University's Board "
     "of Examiners confirms every result.")
cond(13, "Skips and Markers", "Every Skip attends the University's assessor training and a half-day briefing on "
     "this Book before the Roll-up, and a new Skip second-marks alongside the Programme Leader for their first "
     "season. Markers come to a half-day Markers' Briefing before the Roll-up, where they are given the Marker's "
     "Notes (what to watch for, how to witness a Card, how to give feedback) and meet their Entrant's Skip, whom "
     "they then meet once a term.")
cond(14, "Clubhouse Online", "Each Round's papers, readings and slides are on Clubhouse Online a week before the "
     "Round. Each Rink has its own discussion board: between Rounds the Skip opens a Rink Meeting thread each "
     "fortnight, Entrants post their Trial Ends there for comment from the rest of the Rink, and the Skip answers "
     "questions posted to the board or sent through the site's messaging within three working days. Clubhouse "
     "Online is for Entrants and Skips only; Markers are not given log-ins, and the Competitions Secretary sends "
     "Markers' papers to schools by post.")
textbox(doc, [[("SKIP'S TIP", "b")],
              ["Stuck between Rounds? Post on your Rink's board. Your Skip reads it every Tuesday and Thursday "
               "evening, and the others in your Rink are probably wondering the same thing."]])
cond(15, "Who else you will meet", "The Skips are joined in Round 7 by the County's Educational Psychology "
     "Service, the NHS Speech and Language Therapy team and the Child and Adolescent Mental Health Service, each "
     "of whom leads part of the day, and by the Ousedale Autism Support Group and the Parent Partnership Service. "
     "We hope to arrange for each Entrant a day on an Away green at Netherby Brook or Ferncliffe Vale, if the "
     "schools can release staff to host them.")
p = cond(16, "Books and kit", "Entrants are registered as students of the University for the season and can use "
         "its library, its electronic journals included, from home. The Academy keeps a small lending shelf of SEN "
         "books in the Clubhouse. If the Partnership's bid to the County's extended services fund succeeds, the "
         "Academy will buy six laptops with text-to-speech, word-prediction and mind-mapping software so that "
         "Entrants can try them in Round 4.")
doc.add_comment(p.runs[-1], text="Worth saying the Club bought the new projector and screen last winter? And that "
                "the University library lends the SEN assessment kits? R.D.", author="Roy Dewhurst (President)",
                initials="RD")
cond(17, "How the Committee keeps score", "Every Entrant fills in an End Card (a one-page evaluation) at the close "
     "of each Round, and the Skips read them together the same afternoon. The Competitions Committee (the Academy "
     "Director, the Programme Leader, the Competitions Secretary and the Club Captain) meets each half term to "
     "look at the End Cards and the Measure reports and, once a year, the Umpire's report and the University's "
     "annual monitoring report. Each meeting agrees actions, recorded in the Committee's Green Book; the Academy "
     "Director reports them to Entrants at the next Round and to the Partnership's headteachers each term, and the "
     "Programme Leader carries them into the University's annual monitoring. Headteachers and Markers may be "
     "invited to the Committee's summer meeting, and we would like to ask the parents' group for its view of the "
     "Award in time.")
cond(18, "Did it make a difference?", "At the Final each Entrant re-rates every Tie on the Handicap scale and the "
     "Skip compares the two sets of ratings; the Committee looks at the changes for the whole Draw alongside the "
     "pass rates, and the End Cards ask Entrants how confident they now feel. In the Friendly Series in 2008 the "
     "pilot players measured their pupils' reading and spelling ages before and after their interventions; for "
     "the Award we would like Entrants to do the same in Card 2 where their schools allow it.")
p = cond(19, "The Presentation Evening", "Winners receive the University's certificate at the Club's Presentation "
         "Evening in September. Every winner is told about the University's MA Education, into which the Award's "
         "credits count, and about the Academy's need for new Markers. ")
dele(p, "Before the Evening each winner also agrees a Next Season card with their Marker: three professional "
        "targets to take to their performance management review.", "Colin Haworth", "2009-06-03T16:40:00Z")
cond(20, "Safeguarding", "Entrants are teachers employed by their schools, and checks on their suitability to "
     "work with children are the employing school's business; the Academy does not ask for them. Academy coaches "
     "who work with pupils on the green hold enhanced disclosures under the Club's own safeguarding policy.")

# ---- Part 4 ------------------------------------------------------------------------------------------
P(doc, ("PART 4 \u2013 THE ROUNDS", "b"), shade=GREEN, before=8)
P(doc, "Rounds are played on the dates below. \"Green\" is where the Round is played; Skips are named by Rink "
       "letter in Part 6.")
rt = table(doc, [
    ["Round", "Play on", "Green", "What is played", "Skip"],
    ["Roll-up", "Thu 17 Sept 2009", "Clubhouse", "Handicap Interviews; the Scorebook; Clubhouse Online", "All"],
    ["R1", "Thu 1 Oct 2009", "Clubhouse", "The Laws of the Game", "A"],
    ["R2", "Thu 5 Nov 2009", "University", "Reading the Green", "B"],
    ["R3", "Thu 3 Dec 2009", "Clubhouse", "The Pupil at the Jack", "C"],
    ["R4", "Fri 22 Jan 2010", "Holbeck Hall (University conference centre), residential", "The Team Game (1)",
     "All"],
    ["R5", "Sat 23 Jan 2010", None, "The Team Game (2)", "All"],
    ["R6", "Thu 4 Mar 2010", "Clubhouse", "Skipping the Rink", "A"],
    ["R7", "Thu 22 Apr 2010", "Clubhouse", "Other Clubs", "D"],
    ["R8", "Thu 10 Jun 2010", "University", "Playing to the Measure", "B"],
    ["R9", "Thu 1 Jul 2010", "Clubhouse", "Next Season", "C"],
    ["Finals", "8 and 9 Jul 2010", "Clubhouse", "The Final (F)", "All"],
], widths_cm=[1.6, 3.0, 4.2, 6.0, 1.4])
m = rt.cell(5, 2).merge(rt.cell(6, 2))
cell_text(m, "Holbeck Hall (University conference centre), residential", size=9)
P(doc, "")
rounds = [
    ("Round 1 \u2013 The Laws of the Game. ",
     "The law and guidance a SENCO works within: Part IV of the Education Act 1996; the SEN Code of Practice (2001), "
     "the graduated response, School Action and School Action Plus; statutory assessment, statements, annual reviews "
     "and transition plans, with the County's SEN casework officers; the Special Educational Needs and Disability "
     "Act 2001 and the Disability Discrimination Acts 1995 and 2005, the disability equality duty and the school's "
     "accessibility plan; the Children Act 2004, Every Child Matters and how a SENCO's work reaches each of the five "
     "outcomes; Removing Barriers to Achievement (2004). Trial End: a one-page note for the Entrant's governors "
     "on what the disability equality duty asks of their school."),
    ("Round 2 \u2013 Reading the Green. ",
     "What research and inspection tell us, and how to find, read and weigh it: Ofsted's Inclusion: does it matter "
     "where pupils are taught? (2006), the Education and Skills Committee's report on special educational needs "
     "(2006), the Bercow Review of services for children with speech, language and communication needs (2008) and "
     "the Lamb Inquiry's work; how to take and use advice from outside the school. The common "
     "kinds of SEN and disability (specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autistic spectrum disorders, behavioural, emotional and social difficulties and moderate "
     "learning difficulties) and how each affects learning. Card 4 is set."),
    ("Round 3 \u2013 The Pupil at the Jack. ",
     "Identifying pupils who may have SEN through observation, data and screening; setting challenging targets, "
     "planning interventions and reviewing progress; approaches, strategies and resources, ICT among them, for "
     "removing barriers and personalising provision. Consulting children and young people: the Academy's young "
     "bowlers from Netherby Brook show Entrants how they like to be asked, and Entrants practise involving pupils in "
     "planning, agreeing and reviewing their own provision. Building fair, respectful and constructive "
     "relationships with pupils and their families. Card 2 is set."),
    ("Rounds 4 and 5 \u2013 The Team Game. ",
     "Friday: ICT and access technology; how a SENCO helps colleagues use formative assessment with pupils with "
     "SEN (Trial End: plan and lead a short session on it for the Entrant's department or key stage); \"Head "
     "problems\", timed scenarios in which Rinks decide on provision under pressure. Saturday: provision mapping, "
     "finding what is missing or not working; the principles of school self-evaluation and the SEF; using "
     "summative data (national tests, P scales, RAISEonline) to track progress and change programmes; reviewing "
     "with colleagues how well provision works. Handicap Cards are reviewed. Card 1 is set."),
    ("Round 6 \u2013 Skipping the Rink. ",
     "Leading colleagues: winning the commitment of the headteacher and senior leaders; working with senior "
     "colleagues and governors on an inclusive ethos, policy, priorities and the use of resources; deploying and "
     "managing teaching assistants (Trial End: a deployment plan for the assistants the Entrant manages); supporting "
     "colleagues' development by observing and giving feedback, modelling, coaching, mentoring and training, with a "
     "Partnership headteacher. Card 3 is set."),
    ("Round 7 \u2013 Other Clubs. ",
     "Working with services beyond the school: educational psychology, speech and language therapy, CAMHS, "
     "sensory support and voluntary organisations; using other professionals' assessments to plan teaching; how "
     "to get specialist support. The parents' panel: parents from Netherby Brook and Ferncliffe Vale lead a "
     "session on working in partnership with parents and carers, advising and supporting them. Trial End: hold a "
     "meeting with the parents of a pupil and talk it through with the Skip. Handicap Cards are reviewed."),
    ("Round 8 \u2013 Playing to the Measure. ",
     "Rinks critique one another's drafts of Card 3 against the criteria; making a case clearly in speech and "
     "writing, and listening to the other side."),
    ("Round 9 \u2013 Next Season. ",
     "Keeping up to date: journals, the County SENCO network and nasen. Trial End: a personal plan for the "
     "Entrant's own continuing development in SEN and disability, on which the Skip comments. The Finals follow a "
     "week later."),
]
for t, body in rounds:
    P(doc, (t, "b"), body)

# ---- Part 5 ------------------------------------------------------------------------------------------
P(doc, ("PART 5 \u2013 THE DRAW", "b"), shade=GREEN, before=8)
P(doc, "The Draw below holds every national minimum outcome for the Award, in our words, as twenty-eight Ties in "
       "three sections. Under \"Drawn in\" we give the Round in which a Tie is played; a dash means no Round has it "
       "drawn. Under \"Decided by\" we give the Card (C1 to C4) or the Final (F) on which the Skip decides it and "
       "the Measure checks it. \"Trial End\" there means the Tie is played in that Round as a Trial End with the "
       "Skip's feedback, but no Card decides it. \"Scratched\" means the Tie has been withdrawn from this season's "
       "Draw.")
ties = [
    ("SECTION A \u2013 HOW THE SENCO CONDUCTS THEMSELVES", None),
    ("1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
          "disabilities and with their parents and carers", "R3", "C2"),
    ("2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils "
          "with SEN", "R6", "C3"),
    ("3", "Sees problems coming and solves them; makes well-founded decisions and sound judgements about "
          "provision", "R4", "F"),
    ("4", "Speaks and writes clearly; listens to and understands other people's views", "Every Round; R8", "F"),
    ("5", "Uses research and outside advice to improve their own and colleagues' practice", "R2", "C4"),
    ("6", "Keeps up to date and takes charge of their own professional development in SEN and disability", "R9",
     "Trial End"),
    ("SECTION B \u2013 WHAT THE SENCO KNOWS", None),
    ("7", "SEN law, the Code of Practice and guidance: what they mean for the school and the SENCO, and how to "
          "put them into practice", "R1", "C1"),
    ("8", "Every Child Matters: the five outcomes and how the SENCO helps children reach them", "R1", "C1"),
    ("9", "Disability equality law and what it requires the school to do", "R1", "Trial End"),
    ("10", "How children develop, and how SEN, disability and the physical and social setting affect "
           "development", "\u2013", "C2"),
    ("11", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
           "affect learning", "R2, R3", "C4"),
    ("12", "A critical grasp of approaches, strategies and resources for assessment, planning, teaching and "
           "learning, ICT included, to remove barriers and personalise provision", "R3, R4", "C2"),
    ("13", "School self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "R5",
     "C1"),
    ("14", "Best practice and research findings on meeting SEN", "R2", "C4"),
    ("15", "What outside agencies do, and how to get specialist support and resources", "R7", "C2"),
    ("SECTION C \u2013 WHAT THE SENCO CAN DO", None),
    ("16", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
           "resources", "R6", "F"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress", "R3", "C2"),
    ("18", "Uses other professionals' assessments to shape teaching", "R7", "C2"),
    ("19", "Uses summative assessment, national tests included, to track progress and change programmes", "R5",
     "C1"),
    ("20", "Encourages colleagues to use formative assessment, with approaches suited to pupils with SEN", "R4",
     "Trial End"),
    ("21", "Identifies in good time the special arrangements pupils need for national tests and examinations, and "
           "puts them in place", "Scratched", "Scratched"),
    ("22", "Uses provision mapping to plan provision and to find what is ineffective or missing", "R5", "C1"),
    ("23", "Deploys and manages staff well to support pupils with SEN", "R6", "Trial End"),
    ("24", "Supports colleagues' development by observation and feedback, modelling, coaching, mentoring and "
           "training", "R6", "C3"),
    ("25", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "R5", "C1"),
    ("26", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
     "R3", "C2"),
    ("27", "Works effectively with parents and carers to promote pupils' learning and development", "R7",
     "Trial End"),
    ("28", "Works in partnership with other services and agencies, voluntary organisations included", "R7", "C2"),
]
dt = doc.add_table(rows=1 + len(ties), cols=4)
dt.style = "Table Grid"
for j, h in enumerate(["Tie", "The Tie (in our words)", "Drawn in", "Decided by"]):
    cell_text(dt.cell(0, j), (h, "b"), shade=GREEN, size=9)
tie21_cell = None
for i, row in enumerate(ties, start=1):
    if row[1] is None:
        c = dt.cell(i, 0).merge(dt.cell(i, 3))
        cell_text(c, (row[0], "b"), shade=PALE, size=9)
        continue
    for j, v in enumerate(row):
        cell_text(dt.cell(i, j), v, size=9)
    if row[0] == "21":
        tie21_cell = dt.cell(i, 3)
for r in dt.rows:
    for j, w in enumerate([1.0, 11.0, 2.6, 2.2]):
        r.cells[j].width = Cm(w)
doc.add_comment(tie21_cell.paragraphs[0].runs[0], text="Should we say we will put Tie 21 back next season once "
                "the secondary heads have talked to their exams officers? G.T.", author="Gwen Tillotson",
                initials="GT")
P(doc, "")
P(doc, "Tie 21 was scratched after the Partnership's secondary headteachers told us that their examinations "
       "officers, not their SENCOs, arrange access arrangements for national tests and examinations.")

# ---- Part 6 ------------------------------------------------------------------------------------------
P(doc, ("PART 6 \u2013 SKIPS, OFFICERS AND THE UMPIRE", "b"), shade=GREEN, before=8)
table(doc, [
    ["Name", "In the Award", "Background"],
    ["Mrs Ann Lindqvist", "Programme Leader; Skip, Rink A",
     "Senior Lecturer in Inclusive Education, University of Ousebridge; primary SENCO 1991-2002, then County SEN "
     "adviser; MA (SEN)"],
    ["Dr Rafiq Chaudhry", "Skip, Rink B",
     "Lecturer in Educational Psychology, University of Ousebridge; chartered educational psychologist"],
    ["Mrs Gwen Tillotson", "Skip, Rink C",
     "Deputy headteacher and SENCO, Netherby Brook School; OCR Diploma in Specific Learning Difficulties"],
    ["Ms Hannah Birtles", "Skip, Rink D",
     "Advisory Teacher for Autism, Ousedale County Council; SENCO at Ferncliffe High School 2000-2007"],
    ["Mr Colin Haworth", "Academy Director",
     "Club Coach (county coaching award); former deputy headteacher; runs the Competition but does not teach or mark"],
    ["Mrs Brenda Oakes", "Competitions Secretary", "Entries, Byes paperwork, adjustments, Markers' papers"],
    ["Dr Helen Marchbank", "Umpire", "Reader in Special and Inclusive Education, University of Tyneford"],
], widths_cm=[3.4, 3.6, 9.8])
P(doc, "")
P(doc, "Every Skip spends at least five days a year on their own professional development in SEN and disability, "
       "recorded with the Programme Leader, and the two University Skips publish in the field.")
P(doc, ("Last season: the Friendly Series, 2008 (unaccredited pilot). ", "b"), "Twelve players, eleven finished. "
       "It had no Cards and no Umpire and is not part of the Award.")
P(doc, ("Ferncliffe Park Bowling Club, Park Lane, Ferncliffe. Play up and play fair.", "i"), align="c", before=10)

save(doc, str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
