"""qf-02-maccurtains-tournament-sanction: build the .docx next to this script.

Provider (invented): Thomas MacCurtain's Hurling and Camogie Club, Wendlebridge (its Schools
Committee), with Corrbrook University (Faculty of Education; validates the course as its Postgraduate
Certificate in SEN Coordination) and Wendleshire County Council's Learning Support Service. The course
is "the MacCurtain Cup": eight face-to-face "Rounds" (study days), "Home Fixtures" (school tasks),
three marked "Scores" (Provision Review, Action Enquiry, Oral Final), unmarked "Puck-arounds"
(practice tasks), "referees" (tutors), "umpires" (school mentors), guest "linesmen" (specialists), the
"Referees' Assessor" (external examiner), "byes" (credit for prior study) and "walkovers"
(assessment only), and a "Medal" (the award).

Document kind and layout: the County Board's "Application for Sanction of a Tournament" (Form CB/T1),
the form every Gaelic games club fills in before it runs a competition, filled in for the Award and sent
whole. A title block table with merged cells and blank office-use fields; the County Board's grey
italic guidance notes left in under each Part; shaded section bars; answers in two-column tables
(question number / answer) and in paragraphs; a note to the panel in a VML text box; tick boxes; a
fixtures table with vertically merged venue cells; blank signature lines; a shaded "For County Board
use only" box with the County Secretary's conditions; Schedule A (Cup Rules), Schedule B (the Rounds,
typed bold capital titles, no heading styles) and Schedule C, a landscape Scoring Chart of the
national outcomes in the club's words and order with merged group rows, keyed by Goal / Point / Wide /
Not played. Header and footer with a PAGE field, three footnotes, two comments, tracked changes.

Traps (requirement ids):
- Placeholder: credits given but the level is "[Level to be confirmed by Corrbrook]" (E.2 partial).
- The aim is attainment only ("raise the attainment"); well-being and the five ECM outcomes appear only
  as Round 1 content (1.1 partial; 6.K2 met).
- Tick box only: "The tournament complies with the Association's Equality Policy and with the law";
  the County Secretary's condition about reasonable adjustments is the County Board's words; the
  chairman's comment about the ramp is a comment (3.1 not met).
- Negation about the needs assessment: "There is no pre-match fitness test"; only a Game Plan agreed
  after Round 1 (2.2 partial).
- Byes for prior study only, "We do not give byes for experience" (2.1 partial); the walkover route is a
  real assessment-only route (2.3 met).
- Entry is first come first served with no check on readiness (5.2 partial); the CRB arrangement is in
  4.2, completed by a tracked insertion about the three-month rule (5.3 met). The grey child-welfare
  note in Part 8 is a prompt, not an answer.
- Tracked deletion: two days in a special school for every entrant was deleted, and "We do not arrange
  placements"; guest linesmen give specialist expertise (5.5 partial).
- "There is no online element" (3.3 not applicable); emailed handouts and results on the County
  Board's website are not e-learning.
- Listening to pupils is only heard about in Round 6 (a talk by a school council) (1.5 partial);
  involving pupils in reviews is a Wide (6.S7 partial).
- Award rule by attendance and hand-in: "plays in at least six of the eight Rounds and hands in all
  three Scores" (6.0 not met); the blanket claim "every one of them is scored" against the chart (1.9
  partial).
- Scoring Chart: Points (practice only) 6.A4, 6.K6, 6.S5; Wides 6.A7, 6.S1, 6.S7; 6.K3 changed from
  Goal to Wide by a tracked change (partial); child development has no row and is nowhere in the Rounds
  (6.K4 not met); partnership with other services "Not played", kept for "next season's Intermediate
  Cup", while Round 7 does cover what agencies do (6.K9 met, 6.S9 not met).
- Stakeholders: survey, changes made, heads and a parent on the Programme Committee (4.1-4.3 met);
  pupil impact measured through the Action Enquiry's baseline and twelve-week measures (5.9 met).
"""
from pathlib import Path
import sys

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _qf_helpers import (run, para, ins, dele, shade, shade_para, cell_text, add_cell_para, text_box,
                         checkbox, Footnotes, landscape, set_col_widths, W_NS)

HERE = Path(__file__).parent
NAME = "qf-02-maccurtains-tournament-sanction"
GREY = "808080"
CHAIR = "Kevin Rafferty"
TH = "Tom Hennessy"
GNB = "Grainne Ni Bhriain"

doc = docx.Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
fn = Footnotes(doc)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
run(sec.header.paragraphs[0], "Thomas MacCurtain's H&C \u00b7 Form CB/T1 \u00b7 The MacCurtain Cup 2009", size=8)
fp = sec.footer.paragraphs[0]
run(fp, "Wendleshire County Board \u00b7 Form CB/T1 (rev. 2007) \u00b7 page ", size=8)
fp._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def bar(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    run(p, text, bold=True, color="FFFFFF", size=11)
    shade_para(p, "7A1F2B")
    return p


def note(text):
    return para(doc, text, italic=True, color=GREY, size=9)


def qa(rows, widths=(1.6, 15.4)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    cells = []
    for q, a in rows:
        r = t.add_row().cells
        cell_text(r[0], q, bold=True, fill="F3E6E8")
        cell_text(r[1], a)
        cells.append(r[1])
    set_col_widths(t, widths)
    return cells


# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=4, cols=3)
tb.style = "Table Grid"
a = tb.cell(0, 0).merge(tb.cell(0, 2))
cell_text(a, "WENDLESHIRE COUNTY BOARD \u00b7 CUMANN L\u00daTHCHLEAS GAEL \u00b7 PROVINCIAL COUNCIL OF BRITAIN",
          bold=True, fill="7A1F2B", color="FFFFFF")
a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
b = tb.cell(1, 0).merge(tb.cell(1, 2))
cell_text(b, "APPLICATION FOR SANCTION OF A TOURNAMENT", bold=True, size=14)
add_cell_para(b, "Form CB/T1 (rev. 2007): to be returned to the County Secretary", italic=True, size=9)
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for i, lab in enumerate(["For office use: Sanction No. [          ]", "Date received [          ]",
                         "Fee paid [     ]"]):
    cell_text(tb.cell(2, i), lab, size=9, fill="EDEDED")
c = tb.cell(3, 0).merge(tb.cell(3, 2))
cell_text(c, "Tournament: The MacCurtain Cup (National Award for SEN Coordination) 2009", bold=True)

note("Notes for clubs: This form must be completed in full and returned to the County Secretary at least eight "
     "weeks before the first fixture. Incomplete forms will be returned. Answer every question; write N/A where a "
     "question does not apply. The notes in grey are for guidance.")

p = doc.add_paragraph()
text_box(p, [("NOTE FOR THE TDA PANEL", True),
             "Every competition this club runs goes through the County Board on this form, so our Schools "
             "Committee has set the Award out on it too, and we send it as it went to the County Secretary.",
             "Where the form says tournament, read the Award. A Round is a study day; an entrant is a "
             "participant; a Home Fixture is a task done in the entrant's own school; a referee is a tutor; an "
             "umpire is a school mentor; a linesman is a guest specialist; the Referees' Assessor is the "
             "external examiner; a Score is a marked assignment; a Puck-around is a practice task that gets "
             "feedback but is not marked; the Medal is the University's certificate.",
             "The grey notes and the County Secretary's box at the end are the County Board's, not ours.",
             ("Gr\u00e1inne N\u00ed Bhriain, Tournament Director", False, True)],
         width_pt=470, height_pt=190, fill="F7F3E8")

# ------------------------------------------------------------------ Part 1
bar("PART 1 \u2013 CLUB MAKING THE APPLICATION")
note("Give the club's registered name and affiliation number, and the officer responsible for the tournament.")
qa([("1.1", "Thomas MacCurtain's Hurling and Camogie Club, Wendlebridge (affiliation no. WND/H/017)"),
    ("1.2", "Club Secretary: Kevin Rafferty, 14 Mill Row, Wendlebridge WB2 5JE"),
    ("1.3", "Tournament Director: Gr\u00e1inne N\u00ed Bhriain, chair of the club's Schools Committee and SENCO at "
            "Wendlebridge High School"),
    ("1.4", "Run jointly with Corrbrook University, Faculty of Education, and Wendleshire County Council's "
            "Learning Support Service")])

# ------------------------------------------------------------------ Part 2
bar("PART 2 \u2013 THE TOURNAMENT")
note("2.1 Name of tournament and any trophy. 2.2 Code(s) and grade. 2.3 Dates of first and last fixtures. "
     "2.4 Is the tournament played under a sponsor's name?")
cells = qa([("2.1", "The MacCurtain Cup: the National Award for SEN Coordination, 2009. The Cup is the Award; "
                    "there is no trophy."),
            ("2.2", "Open to hurlers, camogie players and neither: the entrants are teachers. Corrbrook University "
                    "validated the Cup on 12 November 2008 as its Postgraduate Certificate in Special Educational "
                    "Needs Coordination and will make the award. Grade: 60 credits at [Level to be confirmed by "
                    "Corrbrook]."),
            ("2.3", "Round 1 on Saturday 24 January 2009; Oral Finals on 4 and 5 December 2009. A second draw "
                    "starts with Round 5 on 12 September 2009 (see Part 5)."),
            ("2.4", "No sponsor. The club's Lotto funds the bursaries (see 4.3).")])
fn.add(cells[1].paragraphs[0], "Corrbrook's validation panel set one condition, since met: that the Cup Rules "
       "include an appeals procedure (Rule 9).")

# ------------------------------------------------------------------ Part 3
bar("PART 3 \u2013 PURPOSE OF THE TOURNAMENT")
note("State why the club wishes to run the tournament (e.g. fund-raising, promotion of the games in a new area, "
     "a club anniversary) and who will benefit.")
para(doc, "The aim of the MacCurtain Cup is to raise the attainment of pupils with special educational needs and "
          "disabilities in Wendleshire's schools by making their SENCOs better at the job: better at spotting what "
          "a pupil needs, at planning and tracking the teaching that meets it, and at leading the staff who "
          "deliver it. We will judge the Cup by whether those pupils' results improve (see Part 10).")
para(doc, "The Cup grew out of the club's Schools Committee, which has run hurling in eleven Wendlebridge "
          "schools since 2003, Hillcrest and Brookside special schools among them. Five of the committee are "
          "teachers and two are SENCOs. When the County's SENCO Network told us that new SENCOs had nowhere near "
          "home to train, the committee went to Corrbrook.")

# ------------------------------------------------------------------ Part 4
bar("PART 4 \u2013 ENTRIES")
note("4.1 Who may enter. 4.2 How entries are made, and closing date. 4.3 Entry fee. 4.4 Will byes be given? If "
     "so, on what basis? 4.5 Will walkovers be permitted? 4.6 Equality: the Association is committed to equality. "
     "Clubs must confirm that the tournament complies with the Association's Equality Policy and with the law.")
cells = qa([
    ("4.1", "Any qualified teacher who is a SENCO, or has been asked by their head to become one, and who is "
            "nominated by their head on the Nomination Form. Entries are taken in the order they arrive until "
            "the twenty places are filled; we do not turn anyone away while there is a place."),
    ("4.2", "Entries on the Nomination Form to Gr\u00e1inne at the club by 1 December 2008 (January draw) or 1 July "
            "2009 (September draw). On the Nomination Form the head confirms the date and number of the "
            "entrant's current enhanced CRB disclosure, that the school has taken up references and checked List "
            "99, and that there are no concerns about the entrant's conduct and no outstanding disciplinary "
            "matters. Gr\u00e1inne checks every form, and an entry is not accepted until the CRB details are "
            "complete."),
    ("4.3", "\u00a31,200 per entrant, covering all eight Rounds, handouts, the Oral Final and the University's "
            "award. The County Council pays \u00a3400 for entrants from its schools, and the club's Lotto gives "
            "five bursaries of \u00a3300 a year to entrants from schools where more than a quarter of pupils are "
            "on the SEN register. Holding the Rounds in the clubhouse and at the University's Wendlebridge campus "
            "keeps the fee down."),
    ("4.4", "Yes. An entrant who has passed Master's-level modules in special educational needs in the last five "
            "years may be given a bye for up to 20 credits: the Programme Committee matches the module to one of "
            "our Scores and the entrant does not play that Score. We do not give byes for experience: experience "
            "on its own counts only on the walkover route at 4.5."),
    ("4.5", "Yes, in exceptional cases. A teacher who already does the whole job, such as an experienced SENCO "
            "coming to the County from another authority or an adviser from the County's SEN support service, "
            "may apply to go straight to the three Scores without playing the Rounds. They are marked exactly as "
            "every other entrant and must meet every outcome Corrbrook requires. The fee is \u00a3550."),
    ("4.6", ""),
])
ins(cells[1].paragraphs[0], " Anyone who has not worked in a school or college in a post with regular contact "
    "with children in the last three months must get a new enhanced disclosure through Corrbrook University "
    "before Round 1.", GNB, "2008-11-20T16:30:00Z")
add_cell_para(cells[1], "There is no pre-match fitness test. The referees get to know each entrant's game in "
              "Round 1, and at the end of Round 1 each entrant and their referee agree a Game Plan: which Home "
              "Fixtures to play and which pupils the Action Enquiry will follow.")
fn.add(cells[4].paragraphs[0], "The walkover route was added at the request of the County's SEN support "
       "service, two of whose advisers are already working as SENCOs in small schools.")
p46 = cells[5].paragraphs[0]
checkbox(p46, True, "The tournament complies with the Association's Equality Policy and with the law.")
doc.add_comment(p46.runs[0], text="Gr\u00e1inne, should we put something in about disabled entrants? The ramp at "
                "the clubhouse? K.", author=CHAIR, initials="KR")

# ------------------------------------------------------------------ Part 5
bar("PART 5 \u2013 FORMAT AND FIXTURES")
note("5.1 Format (league, knock-out, round robin). 5.2 Fixtures: list every fixture with date, venue and "
     "throw-in time. 5.3 Will extra time or replays apply?")
para(doc, "5.1 Format. Eight Rounds, all face to face, with Home Fixtures in the entrant's own school between "
          "them and three Scores. Every entrant plays every Round. There is no online element: handouts are "
          "emailed after each Round and results are posted on the County Board's website.")
para(doc, "Two draws a year. The January draw plays Rounds 1 to 8 in order; the September draw starts at Round 5 "
          "and plays 5, 6, 7, 8, 1, 2, 3, 4, because each Round is written to stand on its own. An entrant who "
          "misses a Round plays it with the other draw, and the Scores can be handed in in any order up to the "
          "Final. The Cup is part-time only.")
para(doc, "Every Home Fixture is a real job in the entrant's own school, tied to the outcomes played in the Round "
          "before it, and it has to change something: the entrant logs what changed and what difference it made "
          "for pupils and staff, and an umpire signs the log. The log is the starting point for the Oral Final.")
para(doc, "5.2 Fixtures, both draws. Throw-in 9.30am; final whistle 3.30pm.", bold=True)
fx = [("Round 1", "Sat 24 Jan", "Sat 28 Nov", "P\u00e1irc MacCurtain clubhouse", "Throw-in: the law and the job"),
      ("Round 2", "Sat 21 Feb", "Sat 16 Jan 2010", "P\u00e1irc MacCurtain clubhouse", "The Spotting Round"),
      ("Round 3", "Sat 14 Mar", "Sat 6 Feb 2010", "Corrbrook University, Wendlebridge campus", "The Data Round"),
      ("Round 4", "Sat 25 Apr", "Sat 13 Mar 2010", "Corrbrook University, Wendlebridge campus", "The Provision Round"),
      ("Round 5", "Sat 16 May", "Sat 12 Sept", "Corrbrook University, Wendlebridge campus", "The Leading Round"),
      ("Round 6", "Sat 13 Jun", "Sat 3 Oct", "P\u00e1irc MacCurtain clubhouse", "The Voices Round"),
      ("Round 7", "Sat 19 Sept", "Sat 17 Oct", "P\u00e1irc MacCurtain clubhouse", "The Agencies Round"),
      ("Round 8", "Sat 10 Oct", "Sat 7 Nov", "Corrbrook University, Wendlebridge campus", "The Final Round")]
t = doc.add_table(rows=1 + len(fx), cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Round", "January draw", "September draw", "Venue", "Title"]):
    cell_text(t.rows[0].cells[i], h, bold=True, fill="7A1F2B", color="FFFFFF", size=9)
for r, row in enumerate(fx, 1):
    for ci, v in enumerate(row):
        cell_text(t.rows[r].cells[ci], v, size=9)


def vmerge(col, r1, r2):
    keep = t.cell(r1, col).text
    m = t.cell(r1, col).merge(t.cell(r2, col))
    m.text = ""
    run(m.paragraphs[0], keep, size=9)
    shade(m, "F3E6E8")


vmerge(3, 1, 2)
vmerge(3, 3, 5)
vmerge(3, 6, 7)
set_col_widths(t, [1.8, 2.4, 2.8, 5.4, 4.6])
para(doc, "5.3 Replays. A Score that fails may be replayed once (resubmitted) within eight weeks. A second fail "
          "ends the entrant's Cup run; the appeals procedure at Rule 9 is open to them.")

# ------------------------------------------------------------------ Part 6
bar("PART 6 \u2013 MATCH OFFICIALS")
note("6.1 Referees: names and grades. All referees must be on the County panel. 6.2 Umpires and linesmen. "
     "6.3 Who appoints officials?")
para(doc, "6.1 Referees", bold=True)
rt = doc.add_table(rows=1, cols=3)
rt.style = "Table Grid"
for i, h in enumerate(["Referee", "Role in the Cup", "Background"]):
    cell_text(rt.rows[0].cells[i], h, bold=True, fill="F3E6E8")
for row in [("Dr Tom Hennessy", "Lead referee",
             "Senior Lecturer in Special Education, Corrbrook University; head of a Wendleshire special school "
             "for eight years; researches provision mapping in secondary schools"),
            ("Gr\u00e1inne N\u00ed Bhriain", "Tournament Director and referee",
             "SENCO at Wendlebridge High School since 1999; MA in Inclusive Education (Corrbrook, 2006); chairs "
             "the County SENCO Network"),
            ("Alison Marchbank", "Referee",
             "Senior Educational Psychologist, Wendleshire County Council; fifteen years in the County's schools"),
            ("Jo Pennock", "Referee",
             "Team Leader for specific learning difficulties, Wendleshire Learning Support Service; AMBDA")]:
    cells_ = rt.add_row().cells
    for i, v in enumerate(row):
        cell_text(cells_[i], v)
set_col_widths(rt, [3.4, 3.6, 10.0])
para(doc, "All four referees work in or with schools every week and go to Corrbrook's SEN research day each "
          "summer.")
para(doc, "6.2 Umpires and linesmen", bold=True)
para(doc, "Each entrant has two umpires in their own school: their head, and an experienced SENCO from a "
          "neighbouring school, matched by Gr\u00e1inne, who works alongside them. Umpires are briefed at a "
          "two-hour Umpires' Evening in the clubhouse before Round 1 and are given the Umpires' Card, which sets "
          "out the three visits they make, what they sign in the Home Fixture log and that umpires do not mark. "
          "The referees meet at Corrbrook before each Score deadline to agree the marking against a set of "
          "marked examples.")
p = para(doc, "Guest linesmen run parts of the Rounds: the County's autism outreach team, the speech and "
              "language therapy service, the Parent Partnership Service, the Hearing Impairment Service, CAMHS "
              "and the Wendleshire Dyslexia Association.")
dele(p, " Every entrant spends two days at Hillcrest or Brookside special school between Rounds 3 and 5.",
     CHAIR, "2008-11-18T21:02:00Z")
para(doc, "We do not arrange placements: each entrant's own school is their home ground, and any entrant who "
          "wants to visit a special school may arrange it through Gr\u00e1inne.")
para(doc, "6.3 The Programme Committee (our Competitions Control Committee: the club's Schools Committee, "
          "Corrbrook and the County Council's Learning Support Service) appoints all referees and umpires.")

# ------------------------------------------------------------------ Part 7
bar("PART 7 \u2013 SCORING, RESULTS AND MEDALS")
note("7.1 How will results be decided? 7.2 Who will adjudicate disputed scores? 7.3 Trophies and medals: state "
     "the number and type.")
para(doc, "7.1 Three Scores count.", bold=True)
for txt in ["Score 1, the Provision Review (3,000 words): a review, done with your head, of your school's SEN "
            "policy, its provision map and its self-evaluation of provision for pupils with SEN.",
            "Score 2, the Action Enquiry (6,000 words): an intervention you lead for a group of pupils, with "
            "baseline measures taken before it starts and the same measures taken again after at least twelve "
            "weeks, the work with the pupils' families, and what you and the staff learned.",
            "Score 3, the Oral Final: a thirty-minute professional discussion with two referees, starting from "
            "your Home Fixture log."]:
    p = doc.add_paragraph(style="List Bullet")
    run(p, txt)
para(doc, "Puck-arounds are short practice tasks set in Rounds 2, 3, 5 and 8. Referees give written feedback on "
          "them, but they are not marked and do not count.")
para(doc, "7.2 Every Score is marked by one referee and second-marked by another; where the two differ by more "
          "than ten marks a third referee marks it. Corrbrook's external examiner, our Referees' Assessor, Dr "
          "Helen Farquhar of Kelsall University, samples every Score, sees all fails and distinctions, and reports "
          "to Corrbrook's Board of Examiners, which confirms every result. Disputed scores go to the appeals "
          "procedure at Rule 9.")
para(doc, "7.3 The Medal (Corrbrook's certificate) goes to every entrant who plays in at least six of the eight "
          "Rounds and hands in all three Scores. The Cup covers every one of the national outcomes for SENCOs, "
          "and every one of them is scored: see the Scoring Chart at Schedule C.")
para(doc, "Final whistle. In Round 8 each entrant writes a Next Season sheet: three professional targets for the "
          "following year, agreed afterwards with their head and taken into their performance management "
          "review. The referees read every sheet and add a note on further study, such as Corrbrook's MA or the "
          "County's middle leadership programme.")

# ------------------------------------------------------------------ Part 8
bar("PART 8 \u2013 CHILD WELFARE AND PROTECTION")
note("All tournaments involving players under 18 must comply with the Association's Code of Best Practice for "
     "Youth Sport. State the name of the Club Children's Officer and confirm that all mentors and officials "
     "working with under-18s have been vetted.")
para(doc, "No under-18s take part in the Cup: the entrants are adults. The Club Children's Officer is Br\u00edd "
          "Carolan. The checks on entrants are at 4.2.")

# ------------------------------------------------------------------ Part 9
bar("PART 9 \u2013 INSURANCE")
note("Confirm that the tournament is covered by the Association's insurance scheme.")
para(doc, "The club's policy under the Association's scheme covers the clubhouse. Corrbrook's indemnity covers "
          "the Rounds at its campus and the University's award.")

# ------------------------------------------------------------------ Part 10
bar("PART 10 \u2013 CONSULTATION AND REVIEW")
note("10.1 Have neighbouring clubs and the County Competitions Control Committee been consulted about fixture "
     "clashes? 10.2 Clubs must send a report on the tournament to the County Secretary within 28 days of the "
     "final.")
para(doc, "10.1 Before applying we asked the people the Cup is for. In June 2008 the County Council's SENCO "
          "Network surveyed its 96 members (61 replied), and the Wendleshire Primary and Secondary Heads' "
          "Associations each gave us an evening. SENCOs asked for more on using data to track pupils and on "
          "leading support staff; heads asked for Saturday Rounds and for school tasks that improve their own "
          "provision; the Parent Partnership Service told us parents most want SENCOs who keep them informed "
          "between reviews.")
para(doc, "As a result the Data Round (Round 3) was added to the original seven, the Rounds were moved from "
          "weekday twilights to Saturdays, and the Voices Round now includes a part run with parents. The Heads' "
          "Associations also asked that the Provision Review be done with the head, and that is now a "
          "requirement of Score 1.")
para(doc, "Two heads, a parent from the Parent Partnership Service's forum and a SENCO from the Network sit on "
          "the Programme Committee, which reads every Round's feedback, and at the end of the year every head "
          "gets a questionnaire on what has changed in their school. The Parent Partnership Service co-runs the "
          "Voices Round and the County's services run parts of the Agencies Round.")
para(doc, "10.2 After each Round the entrants fill in a feedback sheet, and the Programme Committee reads them "
          "within a fortnight and changes the Round for the next draw where it needs to. Corrbrook's annual "
          "monitoring report, the Referees' Assessor's report and the heads' questionnaires go to a review "
          "meeting each January, which sets the changes for the following year and reports them to the County "
          "Council and to the club's AGM.")
para(doc, "How we will know it works. Each entrant rates their confidence on each national outcome at Round 1 "
          "and again at the Oral Final. The Action Enquiry's baseline and twelve-week measures (reading ages, "
          "attendance, behaviour points and the pupils' own ratings of how they feel about school) are collected "
          "by the Programme Committee across all entrants each year, and six months after the Final we ask each "
          "head what has changed for the pupils with SEN in their school. These figures go into the report to "
          "the County Secretary.")

# ------------------------------------------------------------------ Part 11
bar("PART 11 \u2013 GROUNDS AND FACILITIES")
note("State the venues, dressing rooms, first aid and parking.")
para(doc, "Rounds 1, 2, 6 and 7 are at P\u00e1irc MacCurtain (meeting room for thirty, projector, parking for "
          "forty cars, first aider on site). Rounds 3, 4, 5 and 8 are at Corrbrook's Wendlebridge campus. Entrants "
          "have full use of Corrbrook's library and its Assistive Technology Centre, where they try out screen "
          "readers, Clicker 5, Write Online and switch access, and the County's Learning Support Service lends "
          "its assessment kits and software to entrants' schools for the length of the Cup.")

# ------------------------------------------------------------------ Part 12
bar("PART 12 \u2013 DECLARATION")
note("The Secretary and Chairperson of the club must sign. Unsigned forms will be returned.")
for chk, lab in [(True, "We have read the Association's rules on tournaments."),
                 (True, "All officials are vetted."),
                 (False, "Gate receipts will be lodged with the County Treasurer.")]:
    checkbox(doc.add_paragraph(), chk, lab)
para(doc, "Signed (Club Secretary): ______________________   Date: __________")
para(doc, "Signed (Chairperson): _________________________   Date: __________")

ob = doc.add_table(rows=2, cols=1)
ob.style = "Table Grid"
cell_text(ob.cell(0, 0), "FOR COUNTY BOARD USE ONLY", bold=True, fill="D9D9D9")
c = ob.cell(1, 0)
cell_text(c, "Sanction granted / refused (delete as appropriate).", fill="EDEDED")
add_cell_para(c, "Conditions of sanction: 1. Referees for any hurling or camogie fixture must be drawn from the "
                 "County panel. 2. The club must confirm that reasonable adjustments will be made for any disabled "
                 "entrant. 3. A report to reach the County Secretary within 28 days of the final.", italic=True)
add_cell_para(c, "County Secretary: ____________________   Date: __________")

# ------------------------------------------------------------------ Schedule A
doc.add_page_break()
bar("SCHEDULE A \u2013 RULES OF THE MACCURTAIN CUP")
rules = [
    "Rule 1. The Cup is run by the club's Schools Committee with Corrbrook University and the County Council's "
    "Learning Support Service, under Corrbrook's regulations for taught postgraduate awards.",
    "Rule 2. An entrant plays for one school. An entrant who changes school during the Cup tells Gr\u00e1inne, and "
    "the Programme Committee agrees how the Home Fixtures will be completed.",
    "Rule 3. Entrants come to every Round they can. An entrant who misses more than two Rounds must make them up "
    "with the other draw before the Oral Final.",
    "Rule 4. Home Fixtures are played in the entrant's own school and logged. Each log entry says what was done, "
    "what changed and what difference it made, and is signed by an umpire.",
    "Rule 5. Scores are handed in to Corrbrook by the dates in the Cup handbook. Late Scores without an extension "
    "agreed by the lead referee are capped at the pass mark.",
    "Rule 6. Pupils in the Action Enquiry are not named. The entrant's head agrees the Enquiry in writing and the "
    "school's own consent arrangements apply.",
    "Rule 7. A failed Score may be replayed once within eight weeks.",
    "Rule 8. Copying another's work or passing it off as your own is foul play and is dealt with under "
    "Corrbrook's academic misconduct procedure.",
    "Rule 9. Appeals. An entrant may appeal against a result to Corrbrook's Academic Appeals Committee within "
    "twenty working days of the result being published.",
    "Rule 10. Byes and walkovers are given only as set out at 4.4 and 4.5 of this form.",
    "Rule 11. The Programme Committee may change the order of Rounds for a draw, but not what is played in them.",
    "Rule 12. Anything not covered by these Rules is decided by the Programme Committee, whose decision is final "
    "subject to Rule 9.",
]
for r_ in rules:
    p = doc.add_paragraph()
    run(p, r_.split(".")[0] + ".", bold=True)
    run(p, r_[len(r_.split(".")[0]) + 1:])

# ------------------------------------------------------------------ Schedule B
bar("SCHEDULE B \u2013 THE ROUNDS")
rounds = [
    ("ROUND 1 \u2013 THROW-IN: THE LAW AND THE JOB",
     "The SEN Code of Practice (2001): what it requires of the school, the SENCO, governors and class teachers, "
     "and how a school puts it into practice. The Special Educational Needs and Disability Act 2001; the "
     "Disability Discrimination Act 2005 and the disability equality duty, and what it requires a school to do. "
     "Every Child Matters and the Children Act 2004: the five outcomes (being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution, achieving economic well-being) and the SENCO's part in them. The "
     "County's inclusion strategy and what is coming from the Government. Home Fixture 1: check your school's SEN "
     "policy against the Code with your head."),
    ("ROUND 2 \u2013 THE SPOTTING ROUND",
     "Identifying pupils who may have SEN from classroom observation, data and assessment; the most common kinds "
     "of SEN and disability (behavioural, emotional and social difficulties, dyslexia and other specific learning "
     "difficulties, speech, language and communication needs, autism and moderate learning difficulties) and what "
     "they do to learning; using the reports of educational psychologists, therapists and the Learning Support "
     "Service to shape teaching; setting targets, planning interventions and reviewing them. Puck-around 1: "
     "targets for a pupil from a case file. Home Fixture 2: choose the pupils for your Action Enquiry."),
    ("ROUND 3 \u2013 THE DATA ROUND",
     "Tracking progress with P scales, the national tests and the school's own data, and changing programmes that "
     "are not working. Encouraging colleagues to build formative assessment into their teaching, with approaches "
     "for pupils with SEN. Access arrangements for tests and examinations: spotting in good time who needs what "
     "and working with colleagues to put it in place. A critical look at approaches and resources for teaching "
     "and assessment, ICT included. Puck-around 2: a short critique of two reading interventions and one piece "
     "of software. Home Fixture 3: a tracking review of your SEN register with the assessment coordinator."),
    ("ROUND 4 \u2013 THE PROVISION ROUND",
     "Provision mapping, and using the map to find what is missing or not working; deploying and managing "
     "teaching assistants and other support staff; the principles of school self-evaluation and improvement "
     "planning and where SEN fits in them; reviewing provision with the staff who deliver it so that it feeds "
     "the school's self-evaluation. Home Fixture 4: update your provision map with the staff who deliver it."),
    ("ROUND 5 \u2013 THE LEADING ROUND",
     "Winning the commitment of the head, the senior team and colleagues; working with senior colleagues and "
     "governors on the school's inclusive ethos, policies, priorities and budget; prioritising, managing your "
     "time and delegating; supporting colleagues' development through observation and feedback, modelling, "
     "coaching and running training. Puck-around 3: plan and deliver a fifteen-minute training slot to the "
     "group. Home Fixture 5: observe a colleague's lesson with them and agree one change."),
    ("ROUND 6 \u2013 THE VOICES ROUND",
     "Building fair, respectful relationships with pupils with SEN and their families; working with parents and "
     "carers, run with the Parent Partnership Service and two parents from its forum; saying things clearly and "
     "listening to what others say. Listening to pupils: the school council of Hillcrest School talk about how "
     "they like to be asked, and we look at involving pupils in their own reviews. Home Fixture 6: hold a review "
     "meeting with a parent and write it up for the Action Enquiry."),
    ("ROUND 7 \u2013 THE AGENCIES ROUND",
     "What the outside services do, from the educational psychologists to the voluntary groups, and how to get "
     "specialist help and resources for a pupil, with talks from the Hearing Impairment Service, CAMHS and the "
     "Wendleshire Dyslexia Association. Working in partnership with other services is kept for next season's "
     "Intermediate Cup."),
    ("ROUND 8 \u2013 THE FINAL ROUND",
     "What research and the inspectors say works: the Bercow Review, Ofsted's Special educational needs and "
     "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006); "
     "using research and outside advice to improve your own and your colleagues' practice; seeing problems "
     "coming and making sound decisions on provision (Puck-around 4: three scenarios); keeping up to date and "
     "taking charge of your own CPD; the Next Season sheets."),
]
for title, body in rounds:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    run(p, title, bold=True)
    bp = para(doc, body)
    if title.startswith("ROUND 8"):
        fn.add(bp, "The Bercow Review: A Review of Services for Children and Young People (0-19) with Speech, "
               "Language and Communication Needs, DCSF, July 2008.")

# ------------------------------------------------------------------ Schedule C (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(new)
bar("SCHEDULE C \u2013 SCORING CHART")
para(doc, "The national outcomes for SENCOs in our words and in our order. Key: Goal, played in a Round and "
          "marked in a Score. Point, played in a Round and tried only in a Puck-around (feedback, not counted). "
          "Wide, played in a Round and not scored anywhere. Not played, not in this year's Cup.")
chart = [
    ("THE ATTRIBUTES", None),
    ("1", "Fair, respectful relationships with pupils with SEN and their parents and carers", "Round 6", "Score 2", "Goal"),
    ("2", "Winning the commitment of the head, senior team and colleagues", "Round 5", "Score 3", "Goal"),
    ("3", "Prioritising, managing time and delegating", "Round 5", "Score 1", "Goal"),
    ("4", "Seeing problems coming and making sound decisions on provision", "Round 8", "Puck-around 4", "Point"),
    ("5", "Saying things clearly in speech and writing; listening to others' views", "Round 6", "Score 3", "Goal"),
    ("6", "Using research and outside advice to improve own and colleagues' practice", "Round 8", "Score 2", "Goal"),
    ("7", "Keeping up to date and taking charge of own CPD", "Round 8", "\u2013", "Wide"),
    ("WHAT THE ENTRANT KNOWS", None),
    ("8", "The SEN law, the Code of Practice and how to put them into practice", "Round 1", "Score 1", "Goal"),
    ("9", "Every Child Matters, its five outcomes and the SENCO's part", "Round 1", "Score 2", "Goal"),
    ("10", "The disability equality laws and what they require", "Round 1", "K3", "K3"),
    ("11", "The common kinds of SEN and disability and how they affect learning", "Round 2", "Score 2", "Goal"),
    ("12", "Approaches and resources for assessment, planning and teaching, ICT included", "Round 3", "Puck-around 2", "Point"),
    ("13", "School self-evaluation and improvement and where SEN fits", "Round 4", "Score 1", "Goal"),
    ("14", "Best practice and what research says works", "Round 8", "Score 2", "Goal"),
    ("15", "What outside agencies do and how to get specialist support", "Round 7", "Score 3", "Goal"),
    ("WHAT THE ENTRANT DOES", None),
    ("16", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Round 2", "Score 2", "Goal"),
    ("17", "Using other professionals' assessments to shape teaching", "Round 2", "Score 2", "Goal"),
    ("18", "Using summative data and national tests to track progress and change programmes", "Round 3", "Score 1", "Goal"),
    ("19", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", "Round 3", "Score 3", "Goal"),
    ("20", "Access arrangements for tests and examinations, in good time", "Round 3", "Score 1", "Goal"),
    ("21", "Provision mapping; finding what is missing or not working", "Round 4", "Score 1", "Goal"),
    ("22", "Deploying and managing support staff", "Round 4", "Score 1", "Goal"),
    ("23", "Supporting colleagues' development: observation, feedback, modelling, coaching, training", "Round 5", "Puck-around 3", "Point"),
    ("24", "Reviewing provision with staff to feed school self-evaluation", "Round 4", "Score 1", "Goal"),
    ("25", "Working with governors and senior colleagues on an inclusive ethos, policies and resources", "Round 5", "\u2013", "Wide"),
    ("26", "Involving pupils in planning and reviewing their provision", "Round 6", "\u2013", "Wide"),
    ("27", "Working with parents and carers", "Round 6", "Score 2", "Goal"),
    ("28", "Working in partnership with other services and agencies, voluntary ones included", "\u2013", "\u2013", "Not played"),
]
ct = doc.add_table(rows=1, cols=5)
ct.style = "Table Grid"
for i, h in enumerate(["No.", "What the entrant shows", "Played in", "Scored in", "Result"]):
    cell_text(ct.rows[0].cells[i], h, bold=True, fill="7A1F2B", color="FFFFFF")
for row in chart:
    cells_ = ct.add_row().cells
    if row[1] is None:
        m = cells_[0].merge(cells_[4])
        cell_text(m, row[0], bold=True, fill="F3E6E8")
        continue
    no, what, played, scored, result = row
    cell_text(cells_[0], no)
    cell_text(cells_[1], what)
    cell_text(cells_[2], played)
    if scored == "K3":
        cells_[3].text = ""
        dele(cells_[3].paragraphs[0], "Score 1", TH, "2008-11-25T14:10:00Z")
        ins(cells_[3].paragraphs[0], "\u2013", TH, "2008-11-25T14:10:00Z")
        cells_[4].text = ""
        dele(cells_[4].paragraphs[0], "Goal", TH, "2008-11-25T14:10:00Z")
        ins(cells_[4].paragraphs[0], "Wide", TH, "2008-11-25T14:10:00Z")
        doc.add_comment(cells_[1].paragraphs[0].runs[0], text="Disability equality isn't in the Score 1 brief this "
                        "year, so this is a Wide until we rewrite the brief. TH", author=TH, initials="TH")
    else:
        cell_text(cells_[3], scored)
        cell_text(cells_[4], result, bold=(result == "Goal"))
set_col_widths(ct, [1.2, 14.0, 2.6, 3.2, 2.6])
para(doc, "The numbers are ours, not the national ones.", italic=True, size=9)

fn.save_part()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
