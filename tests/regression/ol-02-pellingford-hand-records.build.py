"""ol-02-pellingford-hand-records: builds ol-02-pellingford-hand-records.docx next to this script.

Provider (invented): the Pellingford Bridge Teaching Trust, the teaching charity of
Pellingford Contract Bridge Club, with the University of Northwold (validation).

Document kind and layout: the application written as the HAND RECORDS AND COMMENTARY
booklet that a club hands out after a simultaneous pairs event. The course is "the SENCO
Pairs 2009-10": twelve Boards (study days) in two Sets, each printed as a hand diagram (a
3 x 3 table with shaded corner cells: NORTH "Dealt at the table" = what is taught, EAST
"In your school" = the school task, SOUTH "Sitting in" = who else takes part, WEST "On the
scoresheet" = what is assessed; the centre cell holds board number, dealer, vulnerability
and date), each line in a seat opening with a suit symbol, followed by the Analyst's
commentary (some paragraphs broken with manual line breaks, as if pasted from a PDF). No
heading styles anywhere: titles are bold capitals, some on shaded paragraphs. "Conditions
of Contest" are hand-numbered Condition 1-13. A key ("How to read the hand records") far
above the outcome table defines the seats and the Traveller's values "Made (Contract n)",
"Bid, not made" and "Passed out". "The Traveller" is the outcome table, in the Trust's
words, with merged band rows. "Club Notices", "Other Events", and a blank Entry Form with
its prompts left in and a text box about CRB checks. Header, footer, footnotes (citations),
comments, tracked changes (one in a Traveller cell, one inserted clause), placeholders
("[venue TBC]", "[to be added by the TDA]").

Traps (requirement ids):
- Credits: 60 in all, but "Contract 1 carries 20 credits at Level 6" -> E.2 partially_met.
- Disability equality law is left to another of the Trust's courses ("not repeated in
  these boards") -> 6.K3 not_met and 1.4 partially_met (SEN law and policy only).
- Aspiration: a board on consulting pupils is only being considered for 2010-11; the
  entry form's prompt about pupils' views is a prompt, not an answer -> 1.5 not_met.
  Contract 3 still asks for the pupil's own view of targets, with no board teaching it ->
  6.S7 partially_met (assessed, not taught).
- Right words, wrong thing: the "Hand Valuation" is used only to seat mixed tables ->
  2.2 partially_met; the club's "library of 400 bridge teaching books" and resources to
  "be bought as funding allows" -> 5.6 partially_met.
- Physical access only; "Reasonable adjustments on request" is in the footer -> 3.1
  partially_met.
- Entry requirements are formal only (QTS, post, head's agreement) with no check of
  readiness -> 5.2 partially_met.
- Vague stakeholder influence ("we listened") beside specific needs evidence -> 4.2
  partially_met, 4.1 met, 4.3 met (Tournament Committee membership).
- No e-learning: "There is no online or e-learning element" -> 3.3 not_applicable; the
  online forum in "Other Events" is another trust's (Kingsmere's) and does not change it.
- Award rule is compensatory (an average of 50 with no Contract below 40, the floor added
  by a tracked insertion) plus the blanket claim "cover all of the national outcomes" ->
  6.0 partially_met, 1.9 partially_met.
- Traveller: "Passed out" rows -> 6.A3, 6.K3 not_met; no row at all and no board for
  strategic work with governors -> 6.S1 not_met; "Bid, not made" -> 6.A2, 6.A7, 6.K6
  partially_met; a tracked change in a cell (deleted "Made (Contract 2)", inserted "Bid,
  not made") -> 6.S6 partially_met; statutory services only, "Voluntary organisations are
  not part of this board" -> 6.S9 partially_met.
- CRB: the check is in a text box on the Entry Form page (a text box is part of the
  document); the form's own CRB prompts are not evidence -> 5.3 met.
- Assessment-only "Par entries" exist -> 2.3 met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from _ol_helpers import (run, para, lead_para, broken_para, typed_bullets, ins, dele, comment, Footnotes,
                         shade, shade_para, set_cell, col_widths, borders, text_box, page_field)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREEN = "1E5631"
BAIZE = "D8E9D4"
GREY = "F2F2F2"
AUTH = "Janet Morrow"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Cambria"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
fn = Footnotes(doc)

hp = sec.header.paragraphs[0]
run(hp, "PELLINGFORD BRIDGE TEACHING TRUST  \u00b7  HAND RECORDS  \u00b7  SENCO PAIRS 2009-10", size=8, color="1E5631")
fp = sec.footer.paragraphs[0]
run(fp, "Hands dealt by computer  \u00b7  \u00a9 Pellingford Bridge Teaching Trust 2009  \u00b7  Reasonable adjustments on request  \u00b7  ", size=8, color="595959")
page_field(fp)


def title(text, shaded=True, size=12):
    p = para(doc, "")
    run(p, text, bold=True, size=size, color="FFFFFF" if shaded else GREEN)
    if shaded:
        shade_para(p, GREEN)
    p.paragraph_format.space_before = Pt(10)
    return p


# ---------------------------------------------------------------- cover
for txt, sz in [("PELLINGFORD BRIDGE TEACHING TRUST", 16), ("HAND RECORDS AND COMMENTARY", 22),
                ("The SENCO Pairs 2009-10", 16),
                ("National Award for Special Educational Needs Coordination", 13)]:
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    run(p, txt, bold=True, size=sz, color=GREEN)
p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
run(p, "Submitted to the Training and Development Agency for Schools for approval, March 2009. Approval reference: [to be added by the TDA]", italic=True)
p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
run(p, "Twelve boards, two sets, four contracts. Commentary by Janet Morrow, Chief Tutor.", italic=True)

# ---------------------------------------------------------------- from the organiser
title("FROM THE ORGANISER")
broken_para(doc, ["Dear colleagues on the panel,"])
para(doc, "Every year Pellingford runs a simultaneous pairs for the county's schools' bridge clubs, and afterwards every player goes home with a booklet of the hands and what the experts made of them. Our teachers know these booklets well, and so we have set out our SENCO programme in the same way. Each study day is a Board. Each Board has four seats, and the hand diagram shows what sits in each. The commentary under it is mine.")
para(doc, "The SENCO Pairs is the Pellingford Bridge Teaching Trust's programme for the National Award for Special Educational Needs Coordination, validated by the University of Northwold, which registers participants as its students and awards the Postgraduate Certificate in Special Educational Needs Coordination. The Award carries 60 credits. Contract 1 carries 20 credits at Level 6, so that teachers who have not studied since their first degree can find their feet; Contracts 2, 3 and 4 together carry 40 credits at Level 7.")
para(doc, "Our aim is to raise the achievement and well-being of children and young people with SEN and/or disabilities in relation to all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), by giving their SENCOs the knowledge, understanding and skills to lead provision in their schools. Every board sends the participant back into school with something to do for real pupils, and every Contract is marked partly on what it shows about the effect of the participant's work on pupils' achievement and well-being.")
broken_para(doc, ["With best wishes,", "Janet Morrow", "Chief Tutor, Pellingford Bridge Teaching Trust, and former SENCO, Abbotsgate High School"])

# ---------------------------------------------------------------- conditions
title("CONDITIONS OF CONTEST")
conds = [
    ("Condition 1. Entry.", "Entrants must hold QTS, be in post as SENCO or due to take up the post by January, and have their head teacher's agreement, given on the Entry Form."),
    ("Condition 2. Captains.", "Each entrant's school names a Captain, a senior leader who meets the participant once a half term, signs each school task and comes to the Captains' evening."),
    ("Condition 3. Hand Valuation.", "Before Board 1 every entrant completes a Hand Valuation: a self-rating from one to four against the title of each of the twelve boards. We use the valuations to seat participants, so that each table of six mixes stronger and weaker hands."),
    ("Condition 4. Prior credit.", "Through the University's APL and APEL procedures a participant may be credited with up to 20 credits (the whole of Contract 1), either for certificated study at Level 6 or 7 in the last five years or for experience, through a portfolio mapped to the learning outcomes of Contract 1. Claims are judged by the University's APL panel, and the fee is reduced accordingly."),
    ("Condition 5. Par entries.", "In exceptional cases (usually an experienced teacher from a support service who appears already to meet the outcomes) a candidate may enter for the four Contracts without playing the boards. A tutor first interviews them against the outcomes and agrees which pieces of their existing work may be developed into each Contract. The fee for a Par entry is \u00a3450."),
    ("Condition 6. Two starts.", "The twelve boards are dealt in two Sets of six: Set A (Boards 1 to 6) and Set B (Boards 7 to 12). A participant may start with Set A in September or with Set B in February, and play the other Set next; the Sets may be played in either order, and a participant may take up to two years over the whole."),
    ("Condition 7. Seatings.", "Each board is played on a Saturday (9.30 to 3.30), or as two twilight halves (4.15 to 7.15) on the Tuesday and Thursday of the following week."),
    ("Condition 8. No online play.", "There is no online or e-learning element in the SENCO Pairs. All teaching is at the table; between boards participants may telephone or write to their tutor."),
    ("Condition 9. Access.", "The Pellingford clubhouse is on one level, with step-free access, wide doors and an accessible toilet. Everyone is welcome at our tables."),
    ("Condition 10. Tutorials.", "Each participant has two individual tutorials in each Set, in which the focus of Contracts 3 and 4 is agreed to suit their own school and pupils."),
    ("Condition 11. Fees.", "The fee is \u00a3980 for the year, including University registration. The county pays half for its own schools. Tables are of six and the room takes four tables, so no more than twenty-four play in each Set."),
    ("Condition 12. Checks.", "See the box on the Entry Form."),
    ("Condition 13. Scoring.", "See SCORING, after Board 12."),
]
for a, b in conds:
    lead_para(doc, a, b)

# ---------------------------------------------------------------- key
title("HOW TO READ THE HAND RECORDS")
para(doc, "Each board is printed as a hand diagram. The four seats always hold the same things:")
typed_bullets(doc, [
    "NORTH, Dealt at the table: what is taught on the day.",
    "EAST, In your school: the task the participant plays in school before the next board.",
    "SOUTH, Sitting in: who else is at the table or hosts the participant (speakers, hosts, parents, services).",
    "WEST, On the scoresheet: the Contract that assesses what the board teaches, if any.",
])
para(doc, "The Traveller at the back of the booklet records, for each national outcome in our words, the boards on which it is bid and the result. The results mean:")
typed_bullets(doc, [
    "Made (Contract n): taught on the boards shown and assessed in that Contract.",
    "Bid, not made: taught on the boards shown, but no Contract assesses it.",
    "Passed out: not dealt in this programme.",
], mark="-")

# ---------------------------------------------------------------- boards
SUITS = ["\u2660", "\u2665", "\u2666", "\u2663"]


def board(n, name, dealer, vul, date, north, east, south, west, commentary, broken=False):
    p = para(doc, "")
    run(p, f"BOARD {n}   ", bold=True, size=12, color=GREEN)
    run(p, name.upper(), bold=True, size=12)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(8)
    t = doc.add_table(rows=3, cols=3)
    borders(t, sz=6, color=GREEN)
    for (r, c) in [(0, 0), (0, 2), (2, 0), (2, 2)]:
        set_cell(t.cell(r, c), "", fill=BAIZE)
    set_cell(t.cell(1, 1), f"Board {n}", bold=True, fill=GREY)
    for line in (f"Dealer: {dealer}", f"Vul: {vul}", date):
        q = t.cell(1, 1).add_paragraph()
        run(q, line, size=9)
    for (r, c), label, lines in [((0, 1), "NORTH  Dealt at the table", north), ((1, 2), "EAST  In your school", east),
                                 ((2, 1), "SOUTH  Sitting in", south), ((1, 0), "WEST  On the scoresheet", west)]:
        cell = t.cell(r, c)
        set_cell(cell, label, bold=True, size=9, color=GREEN)
        for i, line in enumerate(lines):
            q = cell.add_paragraph()
            q.paragraph_format.space_after = Pt(1)
            run(q, f"{SUITS[i % 4]} {line}", size=9)
    col_widths(t, [5.2, 5.2, 5.2])
    if broken:
        # pasted from the printed booklet: manual line breaks at sentence ends
        broken_para(doc, commentary)
    else:
        for c in commentary:
            para(doc, c)
    return t


title("SET A: BOARDS 1 TO 6  (from September 2009, or from February 2010)")

board(1, "The Code", "North", "None", "Sat 19 Sept 2009",
      ["The SEN Code of Practice (2001): the graduated response, School Action and School Action Plus, statutory assessment, statements and annual reviews",
       "The SEN framework of the Education Act 1996 as amended in 2001, and Removing Barriers to Achievement (2004)",
       "What the law and the Code mean for the school, the SENCO and class teachers, and how to put them into practice"],
      ["Check the school's SEN policy against the Code and list three changes to agree with the Captain"],
      ["The county's SEN casework officer, on statutory assessment"],
      ["Contract 1"],
      ["The opening board sets the rules of the game. Participants leave knowing what the Code asks of them and of everyone else in the school, and with a list of what their own policy does not yet do."])

board(2, "Every Child Matters", "East", "N-S", "Sat 10 Oct 2009",
      ["The five Every Child Matters outcomes, the Children Act 2004 and the Common Assessment Framework",
       "The SENCO's part in helping pupils with SEN and/or disabilities reach each outcome, not only enjoying and achieving"],
      ["Trace one pupil's progress against all five outcomes, with the pupil's form tutor or class teacher"],
      ["The county's extended services coordinator"],
      ["Contract 1"],
      ["Most teachers come to this board thinking of achievement as test results. The commentary on their school tasks usually shows them going home with a wider view: attendance, friendships, safety on the way to school and clubs after it all count."])

board(3, "How children grow", "South", "E-W", "Sat 7 Nov 2009",
      ["How children develop, and how SEN, disability and the physical and social environment for learning affect that development",
       "Moderate learning difficulties, and specific learning difficulties including dyslexia",
       "Identifying pupils who may have SEN from classroom observation, data, assessment and monitoring"],
      ["Observe one pupil across a school day and write a short profile"],
      ["Dr Sunil Varma, senior educational psychologist"],
      ["Contract 3"],
      ["A slow, careful board. Declarer must count the whole hand before playing a card, and the SENCO must look at the whole child before deciding what the difficulty is.",
       "Participants are warned against labelling too soon: the observation task asks what the pupil can do as well as what they cannot."],
      broken=True)

board(4, "Reading the cards", "West", "Both", "Sat 5 Dec 2009",
      ["Setting challenging targets, planning interventions that remove barriers, and reviewing progress",
       "Using assessments from educational psychologists, speech and language therapists and specialist teachers to plan teaching",
       "Using summative assessments, including the national tests and teacher assessment, to track progress and change programmes"],
      ["Track a group's progress from last year's national test results and school data, and change one intervention in the light of it"],
      ["A speech and language therapist from the county team"],
      ["Contract 3"],
      ["The technical board of Set A. Participants bring their school's tracking data (anonymised) and work in threes on what it tells them. A good many find that an intervention they have run for years is not shifting the figures."])

board(5, "Partners across the table", "North", "N-S", "Sat 16 Jan 2010",
      ["Building fair, respectful and constructive relationships with parents and carers and their children",
       "Liaising with parents and carers: annual reviews, difficult conversations, sharing targets and progress",
       "The Parent Partnership Service and what it offers families"],
      ["Plan and hold a meeting with the parents or carers of one pupil and record what was agreed"],
      ["Two parents from the Pellingford Parents' Forum, and the county Parent Partnership Officer"],
      ["Contract 3"],
      ["The Forum's parents play this board with us, and they are not gentle partners. Their account of the meetings that went wrong for them is the part of the year that participants most often mention in their evaluations."])

board(6, "Assessment for learning", "East", "E-W", "Sat 13 Feb 2010",
      ["Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, for pupils with SEN; how to judge them critically",
       "Speech, language and communication needs, and autistic spectrum disorders",
       "Formative assessment for all pupils, with approaches for pupils with SEN; encouraging other teachers to use it"],
      ["Work alongside one colleague to adapt their formative assessment for a pupil with SEN"],
      ["The county's advisory teacher for autism"],
      ["Contract 4"],
      ["A board with a great deal in it, and some participants find it crowded. The approaches and resources are demonstrated and discussed; the part assessed in Contract 4 is the work with a colleague on formative assessment."])

title("SET B: BOARDS 7 TO 12  (from February 2010, or from September 2010)")

board(7, "The big event", "South", "Both", "Sat 13 Mar 2010",
      ["Special arrangements for national tests and examinations: identifying in good time the pupils who need them, and working with colleagues and the examinations officer to put them in place in class and in the tests",
       "Behavioural, emotional and social difficulties",
       "Afternoon at Hollins Brook Special School"],
      ["List the pupils who will need special arrangements next summer, with the evidence, and agree them with the examinations officer"],
      ["The head of Hollins Brook School, and its examinations officer"],
      ["Contract 3"],
      ["The morning is in the clubhouse; after lunch every participant goes to Hollins Brook School, where the staff show how they support pupils with behavioural, emotional and social difficulties and talk through their own arrangements for tests and examinations."])

board(8, "Other teams", "West", "None", "Sat 24 Apr 2010",
      ["The scope and role of the statutory services: educational psychology, speech and language therapy, CAMHS, social care, sensory support",
       "How to get specialist support and resources for pupils with SEN and/or disabilities",
       "Working in partnership with these services towards a coordinated approach for a pupil"],
      ["Invite one service to a review of a pupil and record what each party agreed to do"],
      ["A day at the county Child Development Centre with its multi-agency team"],
      ["Contract 3"],
      ["Played entirely away from the club. The Centre's team describe how a referral moves between them, and participants sit in on a planning meeting.",
       "Voluntary organisations are not part of this board; the county's directory of voluntary groups is in the participant's pack."],
      broken=True)

board(9, "Provision mapping", "North", "E-W", "Sat 22 May 2010, at [venue TBC]",
      ["Provision mapping and management: planning provision, costing it, and finding what is ineffective or missing",
       "Deploying and managing teaching assistants and other support staff",
       "School self-evaluation and improvement, and how the self-evaluation form treats outcomes for pupils with SEN",
       "Reviewing, with other staff, how effective the school's provision is"],
      ["Draw or redraw the school's provision map with the Captain and the teaching assistants"],
      ["A SENCO from a school rated outstanding for its provision for pupils with SEN"],
      ["Contract 2"],
      ["A long board: participants bring laptops and their school's costings, and most go home with a map half redrawn."])

p = board(10, "The research table", "East", "Both", "Sat 19 June 2010",
          ["Best practice and the outcomes of research on meeting SEN; reading research critically",
           "Using research evidence and outside advice to improve one's own and colleagues' practice",
           "Designing a small action enquiry"],
          ["Choose the change to be led for Contract 4 and read three studies on it"],
          ["Dr Alison Kerr, University of Northwold"],
          ["Contract 4"],
          ["Dr Kerr's reading list for this board changes each year. For 2010 it includes the Bercow Review and Ofsted's report on inclusion, as well as studies of reading interventions."])
fn.add(doc.paragraphs[-1], "J. Bercow (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, language and communication needs, DCSF; Ofsted (2006) Inclusion: does it matter where pupils are taught?")

board(11, "Leading the team", "South", "None", "Sat 10 July 2010",
      ["Supporting colleagues' professional development: observing and giving feedback, modelling, coaching and mentoring, and leading training",
       "Gaining the commitment of colleagues, the head teacher and senior leaders to better outcomes for pupils with SEN"],
      ["Lead one training session for colleagues on the change chosen at Board 10"],
      ["A head teacher from one of the county's schools"],
      ["Contract 4"],
      ["Participants present a plan for their Contract 4 change to the head teacher at the table, who plays devil's advocate."])

board(12, "Next board", "West", "N-S", "Sat 17 July 2010",
      ["Keeping up to date on SEN and disability, and taking charge of one's own professional development",
       "Setting targets for the year after the Award"],
      ["Complete the Next Board planning sheet and discuss it with the line manager at performance management"],
      ["Former participants of the Trust's earlier SEN courses"],
      ["None"],
      ["The last board looks ahead. Each participant leaves with a Next Board planning sheet setting out two or three professional targets for the following year and the opportunities open to them (further Master's modules at Northwold, county networks, specialist qualifications), to be discussed with their line manager. Former participants talk about their second and third years in the role."])

# ---------------------------------------------------------------- scoring
title("SCORING")
para(doc, "Four Contracts are scored. Each is set in the participant's own school.")
sc = doc.add_table(rows=1, cols=4)
sc.style = doc.styles["Table Grid"]
for i, h in enumerate(["Contract", "What is scored", "Credits and level", "From boards"]):
    set_cell(sc.rows[0].cells[i], h, bold=True, fill=BAIZE)
contracts = [
    ("1  The Code and the Child", "A written assignment of 3,000 words on how the school meets the SEN Code of Practice and the five Every Child Matters outcomes, and what the SENCO must do.", "20 credits, Level 6", "1, 2"),
    ("2  The Provision Audit", "The participant's provision map, costed, with an analysis of what is ineffective or missing, a plan for deploying support staff, the decisions taken and why, and how the school's self-evaluation treats outcomes for pupils with SEN.", "15 credits, Level 7", "9"),
    ("3  The Case Study", "A case study of one pupil: identification, the pupil's development and need, the assessments of other professionals, national test and school data used to track progress, targets, interventions and review, special arrangements for tests or examinations, the participant's work with the pupil's parents or carers and with other services, and the pupil's own view of their targets, with a baseline and re-measure of the pupil's progress.", "15 credits, Level 7", "3, 4, 5, 7, 8"),
    ("4  Leading Change", "An action enquiry of 4,000 words, with a 15-minute presentation to the table, on one change the participant led with colleagues: coaching a colleague, formative assessment, the research and outside advice that shaped it, and its effect.", "10 credits, Level 7", "6, 10, 11"),
]
for row in contracts:
    r = sc.add_row()
    for i, v in enumerate(row):
        set_cell(r.cells[i], v, bold=(i == 0), size=9.5)
col_widths(sc, [3.6, 8.4, 2.6, 2.0])
para(doc, "")
lead_para(doc, "Marking.", "Every Contract is first marked by the tutor for the board it draws on. A University tutor second-marks a third of each Contract, including every fail and every mark above 70, and the markers meet after each Contract to agree marks. The external examiner appointed by the University sees a sample of every Contract and attends the Examination Board.")
p = lead_para(doc, "The award.", "The Award is made when the average of the four Contract marks is 50 or more")
ins(p, " and no Contract is below 40", author=AUTH)
run(p, ". Between them the twelve boards and four Contracts cover all of the national outcomes.")

# ---------------------------------------------------------------- traveller
title("THE TRAVELLER")
para(doc, "One line for each national outcome, in our words. Results as explained in How to read the hand records.", italic=True)
tr = doc.add_table(rows=1, cols=4)
tr.style = doc.styles["Table Grid"]
for i, h in enumerate(["No.", "What the SENCO must be able to do (our words)", "Bid on board(s)", "Result"]):
    set_cell(tr.rows[0].cells[i], h, bold=True, fill=GREEN, color="FFFFFF")
rows = [
    "ATTRIBUTES",
    ("1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "5", "Made (Contract 3)"),
    ("2", "Gains the commitment of colleagues, the head teacher and senior leaders", "11", "Bid, not made"),
    ("3", "Prioritises, manages time and delegates", "\u2014", "Passed out"),
    ("4", "Anticipates and resolves problems and makes sound decisions on provision", "9, 11", "Made (Contracts 2 and 4)"),
    ("5", "Speaks and writes clearly; listens to others' views", "all", "Made (Contracts 1 to 4)"),
    ("6", "Draws on research and outside advice to improve own and colleagues' practice", "10", "Made (Contract 4)"),
    ("7", "Keeps up to date and takes charge of own CPD in SEN and disability", "12", "Bid, not made"),
    "KNOWLEDGE",
    ("8", "Knows SEN law and the Code of Practice, what they mean for the school and how to apply them", "1", "Made (Contract 1)"),
    ("9", "Knows the Every Child Matters outcomes and the SENCO's part in them", "2", "Made (Contract 1)"),
    ("10", "Knows disability equality law and what it requires", "\u2014", "Passed out (see Other Events)"),
    ("11", "Knows how children develop and what affects development", "3", "Made (Contract 3)"),
    ("12", "Knows the common types of SEN and how they affect learning", "3, 6, 7", "Made (Contract 3)"),
    ("13", "Understands critically the approaches, strategies and resources, including ICT, for teaching pupils with SEN", "6", "Bid, not made"),
    ("14", "Knows the principles of school self-evaluation as they bear on SEN", "9", "Made (Contract 2)"),
    ("15", "Knows best practice and research on meeting SEN", "10", "Made (Contract 4)"),
    ("16", "Knows what external agencies do and how to get specialist support", "8", "Made (Contract 3)"),
    "SKILLS",
    ("17", "Identifies pupils with SEN, sets challenging targets, plans interventions, reviews progress", "3, 4", "Made (Contract 3)"),
    ("18", "Uses other professionals' assessments to shape teaching", "4", "Made (Contract 3)"),
    ("19", "Uses national tests and other summative assessment to track progress and change programmes", "4", "Made (Contract 3)"),
    ("20", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "6", "Made (Contract 4)"),
    ("21", "Identifies special arrangements for tests and examinations in good time and puts them in place", "7", "Made (Contract 3)"),
    ("22", "Uses provision mapping; finds ineffective or missing provision", "9", "Made (Contract 2)"),
    ("23", "Deploys and manages support staff", "9", "Made (Contract 2)"),
    ("24", "Supports colleagues' professional development", "11", "Made (Contract 4)"),
    ("25", "Reviews with other staff the effectiveness of provision, for the school's self-evaluation", "9", None),
    ("26", "Makes sure pupils have a say in planning and reviewing their own provision", "\u2014", "Made (Contract 3)"),
    ("27", "Liaises with parents and carers", "5", "Made (Contract 3)"),
    ("28", "Works in partnership with the statutory services (health, social care and the county's support services)", "8", "Made (Contract 3)"),
]
for row in rows:
    r = tr.add_row()
    if isinstance(row, str):
        m = r.cells[0].merge(r.cells[3])
        set_cell(m, row, bold=True, fill=BAIZE, size=9.5)
        continue
    for i, v in enumerate(row):
        if v is None:
            c = r.cells[i]
            c.text = ""
            q = c.paragraphs[0]
            dele(q, "Made (Contract 2)", author=AUTH)
            ins(q, "Bid, not made", author=AUTH)
        else:
            set_cell(r.cells[i], v, size=9.5)
col_widths(tr, [1.0, 9.6, 2.4, 3.6])
para(doc, "")

# ---------------------------------------------------------------- club notices
title("CLUB NOTICES")
lead_para(doc, "Tutors.", "Janet Morrow (Chief Tutor) was SENCO at Abbotsgate High School for eleven years and holds the University of Northwold's MA in Inclusive Education. Dr Sunil Varma is the county's senior educational psychologist and teaches on Boards 3 and 8. Gill Prentice, assistant head and SENCO at Linthorpe Primary, leads Boards 5, 9 and 11. Dr Alison Kerr, senior lecturer at Northwold, is the University's link tutor and leads Board 10. Each tutor keeps a record of at least five days' specialist CPD a year, which the Chief Tutor reviews each summer.")
lead_para(doc, "Tutors and Captains.", "All tutors attend a standardisation day at the University each September, working through the boards, the Traveller and marked Contracts from the pilot, and a new tutor co-teaches a board before leading one. Captains come to a Captains' evening before Board 1 and receive the Captain's Notes, which set out the half-termly meetings, what signing a school task means, and when to call the Chief Tutor.")
lead_para(doc, "Hosts.", "Every participant plays Board 7 at Hollins Brook Special School and Board 8 at the Child Development Centre; the Trust arranges both visits and their cover costs are included in the fee. Speakers from the educational psychology service, speech and language therapy, the autism advisory team, the Parent Partnership Service and the Parents' Forum teach at the boards shown.")
lead_para(doc, "Equipment.", "The teaching room has a projector and screen, and participants may borrow from the club's library of 400 bridge teaching books. Specialist SEN resources (assessment materials and assistive software) will be bought as funding allows; until then participants use those in their own schools. As students of the University, participants may use its library.")
lead_para(doc, "Results and evaluation.", "After every board each participant completes a Board Report on the day's teaching and the school task. The tutors meet after each Set to read the Board Reports and their own notes. The Tournament Committee (the county's principal SEN officer, two head teachers, a representative of the Pellingford Parents' Forum and a former participant, with the Chief Tutor) reviews each Set against the Board Reports, the marks and the external examiner's report, and decides what changes; the changes are sent to the next year's entrants with their joining papers as 'Changes to the conditions'. The University's annual monitoring reviews the programme each autumn.")
lead_para(doc, "Impact.", "Every Case Study (Contract 3) includes a baseline and a re-measure of the pupil's progress, and the Chief Tutor collects these each year into an impact summary for the Tournament Committee. Participants rate their confidence against each line of the Traveller at the start and the end of the year. Six months after the Award, the head teachers of completing participants are asked what has changed in their school's provision and in the progress of pupils with SEN.")
p = lead_para(doc, "What schools told us.", "In the autumn of 2008 we surveyed the county's 46 new and recently appointed SENCOs (31 replied) and read the county's SEN strategy for 2008-11. The SENCOs put provision mapping, arrangements for national tests and working with other services at the top of their needs; the strategy asks for earlier identification and better use of tracking data.")
lead_para(doc, "How it was shaped.", "Everything in these boards has been shaped by what we have heard from schools. The head teachers who came to our 2008 Schools' Bridge Festival told us what their SENCOs need, and we listened.")
p = lead_para(doc, "Pupil voice.", "The Tournament Committee is considering a board on consulting pupils for 2010-11.")
comment(doc, p.runs, "Can't we at least put talking mats into Board 5 this year? GP", author="Gill Prentice", initials="GP")

# ---------------------------------------------------------------- other events
title("OTHER EVENTS")
lead_para(doc, "The Inclusive Clubs course.", "Disability equality law and the duties it places on schools and clubs are taught in the Trust's separate Inclusive Clubs course for club and school staff, which SENCOs may attend at no charge. They are not repeated in these boards.")
lead_para(doc, "The Kingsmere Bridge Trust.", "Our neighbours at Kingsmere run their SENCO course on Tuesday evenings with an online forum between sessions, moderated by their tutors. Schools that want an online course may prefer it, and we are happy to pass on enquiries.")

# ---------------------------------------------------------------- entry form
doc.add_page_break()
title("ENTRY FORM: SENCO PAIRS 2009-10")
p = para(doc, "")
text_box(p, [
    ("CHECKS: PLEASE READ", True),
    ("No place is confirmed until the head teacher's section below is returned with the date and number of the entrant's current enhanced CRB disclosure. The Trust's Secretary checks each one against the school's single central record by telephone before the entrant's place is confirmed, and asks the head teacher to confirm that there is no bar or disciplinary matter that would give cause for concern. An entrant who has not worked in a school in the past three months is asked to obtain a new enhanced disclosure through the Trust before Board 1.", False),
], height_pt=120, fill="FDE9D9", stroke="C00000")
form = doc.add_table(rows=0, cols=2)
form.style = doc.styles["Table Grid"]
fields = [
    ("Entrant's name", "[Type here]"),
    ("School and local authority", "[Type here]"),
    ("Set you wish to start with", "[Set A (September) / Set B (February)]"),
    ("Your current role", "[SENCO since ... / due to become SENCO in ...]"),
    ("How do you currently gather pupils' views?", "[Tell us in no more than 100 words.]"),
    ("Do you have a disability or need we should know about?", "[Optional]"),
    ("Prior study you wish to have credited", "[Give title, institution, level and year]"),
    ("Head teacher: date of enhanced CRB disclosure", "[dd/mm/yyyy]"),
    ("Head teacher: disclosure number", "[Number]"),
    ("Head teacher: name of the Captain", "[Name and role]"),
    ("Head teacher's signature", "[Signature]"),
]
for a, b in fields:
    r = form.add_row()
    set_cell(r.cells[0], a, bold=True, fill=GREY, size=9.5)
    set_cell(r.cells[1], b, italic=True, size=9.5, color="7F7F7F")
col_widths(form, [7.0, 9.6])

fn.finish()
doc.save(OUT)
print("wrote", OUT)
