"""pw-02-wendlecombe-crane-diagrams: build the .docx next to this script.

PROVIDER (invented). The Wendlecombe Origami Circle, a regional origami society whose 'Folding
for Learning' project has worked in schools since 1986, with Tarnbrook University (validates
the Award: 60 credits at Level 7) and Hallerton County Council's Learning Support Service.
February 2009. Course vocabulary: Folders (participants), Fold-ins 1-8 (taught days, each
named after an origami base), Take-home Squares (tasks in the Folder's school), Practice
Squares (formative, never marked), Test Folds I-III (marked), Demonstrators (tutors), Second
Hands (school mentors), the Checker (external examiner), Square One (self-audit), the Fold
Board (an online forum on the University's Blackboard site) and video diagrams.

DOCUMENT KIND AND LAYOUT. The whole course written as a set of origami folding diagrams for a
model, 'The Co-ordinator's Crane', number 47 in the Circle's diagram series: a title block with
merged and shaded cells (difficulty stars, paper, number of steps), 'Before you begin', a
'You will need' list, a symbols key and a separate key of line types, 39 numbered steps in five
phases (Heading 1), each
phase a two-column table of a figure placeholder cell ('Fig. n' with its symbol) and the
step's text; 'Repeat step n' cross-references; X-ray view and ghost-line steps; two 'Folder's
tip' text boxes; an 'If it goes wrong' list; a Revisions table (like a diagram's errata); a
crease pattern of the 29 national outcomes (the Circle's own numbering C1-C29) whose line
words (Bold / Thin / Pinch / Inside layer / No line) are keyed only in the second key, far
above; 'Who folds with you'; header and footer; footnotes; a comment; tracked changes.

TRAPS (requirement ids):
- Symbols key: 'X-ray view' shows how another course folds a point; 'Ghost line' shows where
  a fold was in the 2007-08 trial. Step 9 (X-ray) is the Fennick Partnership's assessment-only
  route, 'Our model has no such fold' (2.3 not_met). Step 10 (ghost line) is the trial's week
  in a special school; step 34, a placement step, is a tracked row deletion (5.5 partially_met:
  specialist speakers only, step 33).
- Aims cover attainment only (reading, writing, mathematics): 1.1 partially_met, though Every
  Child Matters is taught and tested (6.K2 met).
- Step 3 entry: QTS, post, head's signature; 'There is no interview and no test of prior
  knowledge' (5.2 partially_met).
- Step 6 Square One is used only to group Folders; 'There are no individual training plans'
  (2.2 partially_met, 2.4 partially_met).
- Step 7: certificated credit counted; 'Experience without a certificate is welcome ... but is
  not credited' (2.1 partially_met).
- Step 5 CRB: a real verification system for candidates (5.3 met).
- Step 2: 60 credits at Level 7 (E.2 met); the cover's 'Difficulty: Complex' is not a level.
- Steps 24-25, the Fold Board: peers and video diagrams online, but 'Demonstrators do not answer questions on
  the Fold Board'; a comment asks whether they could (3.3 partially_met).
- Step 11: stakeholder needs from 'twenty-five years of folding in schools' (general: 4.1
  partially_met); but the County and heads changed the draft (4.2 met); heads' questionnaire (step 32),
  Steering Group (step 31) with a parent and an adviser (4.3 met).
- Step 36, materials: the Circle's paper store and diagram library are the wrong resources;
  University library access only (5.6 partially_met).
- Step 35 (moderation) is a tracked inserted row: it counts (5.8 met). The Checker's name is a
  placeholder, which does not matter.
- Step 22, 'Repeat step 21 for the Second Hands', resolves: mentors are briefed (5.7 met).
- Step 38: competence re-measured by Square One; pupil impact only 'would like to know'
  (5.9 partially_met).
- Step 39: 'the Circle does not set or discuss further targets' and a hope about the MA
  (2.5 not_met).
- Step 37, award rule: all three Test Folds passed (6.0 partially_met: outcomes with Thin, Pinch or No
  line are never shown); a tip box claims 'Every one of the 29 creases is in the finished
  Crane' (blanket claim, 1.9 partially_met).
- Crease pattern: Thin = taught not tested (6.A6); Pinch = formative only (6.K6); Inside layer
  = tested, not taught (6.S4); No line (6.S2d not_met); the S7 line word is a tracked change
  from Bold to Thin (6.S7, row C27, partially_met). Right words about the wrong thing: C7 'Keeping up
  to date' is the Circle's folding magazine and monthly meetings,
  marked 'Thin' but about origami, not SEN (6.A7 not_met); C14
  'Self-evaluation' is the Folder's evaluation of his or her own learning, not school
  self-evaluation (6.K7 not_met).
- Met despite the form: E.1 (step 1), 3.1 (step 4), 3.2 (step 26: two starts, one or two
  years, Saturday or Wednesday, Test Folds I and III in either order), 1.3 (step 20), 1.5 and
  1.2 (Fold-in 3 and the Take-home Square after it, step 23), 5.4 (Who folds with you), 5.1
  (steps 31-32 and the Revisions table), the C27 row (6.S7) whose 'III' and 'Bold' are tracked
  deletions replaced by a dash and 'Thin'.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm
from _pw_helpers import (para, add_runs, cell_text, shade, table, ins_run, del_run, deleted_row,
                         inserted_row_mark, footnote, textbox, set_margins, header_footer, comment,
                         word_count)

HERE = Path(__file__).parent
NAME = "pw-02-wendlecombe-crane-diagrams"
MO, OT = "Margaret Oakhurst", "Owen Trelawney"
D1, D2 = "2009-02-09T19:05:00Z", "2009-02-12T21:30:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
set_margins(sec, 2.0)
header_footer(sec, "WENDLECOMBE ORIGAMI CIRCLE  \u00b7  DIAGRAMS No. 47  \u00b7  The Co-ordinator's Crane",
              "Diagrams \u00a9 Owen Trelawney 2009. Design \u00a9 Margaret Oakhurst. May be copied for "
              "non-commercial teaching.")


def H(t):
    return doc.add_heading(t, level=1)


def P(t, **kw):
    return para(doc, t, **kw)


_fig = [0]


def steps(rows):
    """rows: list of (number, symbol, text[, kind]); kind in {None, 'xray', 'ghost', 'del', 'ins'}."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    made = []
    for row in rows:
        n, sym, text = row[:3]
        kind = row[3] if len(row) > 3 else None
        r = t.add_row()
        _fig[0] += 1
        figtxt = f"Fig. {n}\n{sym}"
        if kind == "ins":
            inserted_row_mark(r, MO, D2)
            ins_run(r.cells[0].paragraphs[0], f"Fig. {n}  {sym}", MO, D2)
            p = r.cells[1].paragraphs[0]
            ins_run(p, f"{n}. ", MO, D2, bold=True)
            ins_run(p, text, MO, D2)
        else:
            cell_text(r.cells[0], figtxt, size=8.5, color="595959",
                      fill={"xray": "DDEBF7", "ghost": "EDEDED"}.get(kind, "F2F2F2"))
            p = r.cells[1].paragraphs[0]
            add_runs(p, f"{n}. ", bold=True)
            add_runs(p, text, italic=(kind in ("xray", "ghost")))
        if kind == "del":
            deleted_row(r, MO, D1)
        made.append(r)
    for r in t.rows:
        r.cells[0].width = Cm(2.6)
        r.cells[1].width = Cm(14.4)
    return t, made


# ------------------------------------------------------------------ title block
tb = table(doc, 8, 4, widths=[3.0, 5.5, 3.0, 5.5])
c = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(c, "WENDLECOMBE ORIGAMI CIRCLE  \u00b7  DIAGRAMS SERIES No. 47", bold=True, fill="1F3864", color="FFFFFF",
          align="center")
c = tb.cell(1, 0).merge(tb.cell(1, 3))
cell_text(c, "THE CO-ORDINATOR'S CRANE", bold=True, size=16, align="center")
c = tb.cell(2, 0).merge(tb.cell(2, 3))
cell_text(c, "being the Tarnbrook University Postgraduate Award in SEN Coordination (the National Award for SEN "
          "Coordination), offered by the Circle with Tarnbrook University and Hallerton County Council's Learning "
          "Support Service, for approval by the Training and Development Agency for Schools", italic=True,
          align="center")
fields = [("Designer", "Margaret Oakhurst", "Diagrams", "Owen Trelawney"),
          ("Difficulty", "Complex \u2605\u2605\u2605\u2605\u2606", "Steps", "39, in five phases"),
          ("Paper", "One square, coloured side down: one year, part time", "Folding time", "Eight Fold-ins and the "
           "school days between them"),
          ("First folded", "Trial model 2007-08", "This version", "Second edition, February 2009"),
          ("Fee", "\u00a31,250 (Hallerton schools: paid by the County)", "Enquiries", "The Course Co-ordinator, "
           "The Circle Hall, Mill Lane, Wendlecombe")]
for i, f in enumerate(fields, start=3):
    for j, v in enumerate(f):
        cell_text(tb.cell(i, j), v, bold=(j % 2 == 0), fill=("F2F2F2" if j % 2 == 0 else None), size=9.5)
P("")

# ------------------------------------------------------------------ before you begin
H("Before you begin")
P("The Wendlecombe Origami Circle has met on the first Saturday of every month since 1983. In 1986 a member who "
  "taught in a special school brought her class to a meeting, and 'Folding for Learning' began: since then Circle "
  "members have folded with children in more than two hundred Hallerton schools, many of them pupils with special "
  "educational needs, for whom a good diagram (one step, one picture, one fold) is often the first set of "
  "instructions they can follow to the end. Several of our members are, or were, SENCOs.")
P("So we have written this application as we write everything we want people to be able to follow: as diagrams. "
  "Each step is one thing we do. Read the symbols first. The figures will be drawn for the printed edition; in this "
  "copy each figure is a grey box with its number and symbol, and the words beside it say what the figure shows.")
P("**What the Crane is for.** The Crane is designed to do one thing: to raise the attainment of pupils with SEN in "
  "reading, writing and mathematics in Folders' schools. Every Test Fold asks the same question, what happened to "
  "pupils' attainment, and the model is judged by the answer.")

H("You will need")
for s in [
    "one square: a qualified teacher who is, or will soon be, SENCO in a Hallerton school or a neighbouring authority's;",
    "a headteacher who will sign the entry form and release you for eight Fold-ins;",
    "a Second Hand: an experienced colleague in your school (often the head or a deputy) who will see your "
    "Take-home Squares done and sign them;",
    "about ten hours a month between Fold-ins, and a class or group of pupils you work with;",
    "patience. The Crane is not hard if each step is finished before the next is begun.",
]:
    para(doc, "\u2022 " + s, indent=0.5)

H("Symbols")
sy = table(doc, 9, 3, widths=[3.2, 3.4, 10.4])
for j, h in enumerate(["Symbol", "Name", "What it means in these diagrams"]):
    cell_text(sy.cell(0, j), h, bold=True, fill="D9E2F3")
SYMS = [
    ("\u2013 \u2013 \u2013 \u2013", "Valley fold", "A step every Folder takes, or something the Circle does for every Folder."),
    ("\u2013\u00b7\u2013\u00b7\u2013", "Mountain fold", "A step taken behind the paper by one of our partners (the University or the "
     "County) on the Folder's behalf. It is part of our model."),
    ("\u21c4", "Fold and unfold", "Something done and then reviewed; the crease stays as a reference for later steps."),
    ("\u21bb", "Turn over", "The step happens in the Folder's own school."),
    ("\u221e", "Repeat", "Do the step again as shown, for example 'Repeat step 21 for the Second Hands'."),
    ("\u25cc", "X-ray view", "A dotted outline shows, through the paper, how another course folds this point. X-ray steps "
     "are printed for comparison only; they are not folds in our model."),
    ("\u2508", "Ghost line", "A grey line shows where a fold was in our 2007-08 trial model. Ghost lines are not folds in "
     "this model."),
    ("\u2606", "Precrease", "A Practice Square: practised and commented on by a Demonstrator, never marked."),
]
for i, s in enumerate(SYMS, start=1):
    for j, v in enumerate(s):
        cell_text(sy.cell(i, j), v, size=9.5, bold=(j == 1))
P("")
P("**Lines on the crease pattern (page 9).** The crease pattern at the end shows every one of the 29 national "
  "outcomes as a crease. Its 'Line' column uses these words:")
ln = table(doc, 6, 2, widths=[3.2, 13.8])
LINES = [
    ("Bold", "Folded in at the Fold-in named and tested in the Test Fold named."),
    ("Thin", "Folded in at the Fold-in named; not tested in any Test Fold."),
    ("Pinch", "Practised in a Practice Square and commented on; not marked."),
    ("Inside layer", "Tested in the Test Fold named, but no Fold-in folds it in: the Folder brings it from inside."),
    ("No line", "Not in this model."),
]
cell_text(ln.cell(0, 0), "Line", bold=True, fill="D9E2F3")
cell_text(ln.cell(0, 1), "Meaning", bold=True, fill="D9E2F3")
for i, (a, b) in enumerate(LINES, start=1):
    cell_text(ln.cell(i, 0), a, bold=True, size=9.5)
    cell_text(ln.cell(i, 1), b, size=9.5)

# ------------------------------------------------------------------ Phase A
H("Phase A. Precreasing: before the first Fold-in")
t, made = steps([
    (1, "valley", "Start with the square coloured side down. The Crane is the Tarnbrook University Postgraduate Award "
     "in SEN Coordination. Tarnbrook University validated it on 27 November 2008, and the University awards the credit "
     "and the certificate under its academic regulations."),
    (2, "mountain", "It carries 60 credits at Level 7 (masters level): Test Fold I 20 credits, Test Fold II 25 and Test "
     "Fold III 15."),
    (3, "valley", "Fold the square in half. To fold the Crane a teacher must hold qualified teacher status, be SENCO "
     "or be named by the governing body to become SENCO, and have the headteacher's signature on the entry form "
     "releasing them for the eight Fold-ins. There is no interview and no test of prior knowledge: any SENCO who can "
     "fold a square can fold the Crane."),
    (4, "fold and unfold", "The entry form asks every applicant whether they have a disability or other need and "
     "explains that the answer is used only to plan adjustments. The Course Co-ordinator telephones each applicant "
     "who tells us, agrees the reasonable adjustments (enlarged diagrams and handouts, a reader or scribe, a signer, "
     "a parking space, rest breaks, and in Test Folds extra time and other formats under the University's policy), "
     "writes them down and sends them to every Demonstrator and to the Folder's Second Hand. Both venues have level "
     "access, hearing loops and accessible toilets. Our leaflet is in large print and plain English and says that "
     "disabled teachers are welcome and how adjustments are made. Places are offered on the conditions of step 3 "
     "alone. Fold-in 1 opens with a talk by a disabled former pupil of a Hallerton school, and the Steering Group "
     "reviews each year who applied, who was offered a place and who finished."),
    (5, "turn over", "Before a place is confirmed, the Course Co-ordinator asks the headteacher to confirm in writing "
     "the date and number of the Folder's enhanced CRB disclosure, and that the school knows of no bar, concern about "
     "conduct or outstanding disciplinary matter. A Folder who has not worked in a school with children in the last "
     "three months applies for a new enhanced disclosure through the University, and the place is confirmed only when "
     "it has been received."),
    (6, "precrease", "Every Folder completes Square One, a self-audit against the 29 creases of the crease pattern, "
     "and brings it to the first Fold-in. Demonstrators use the audits to put Folders into groups for the afternoon "
     "workshops of each Fold-in. There are no individual training plans: every Folder folds the same model, step by "
     "step, in the same order."),
    (7, "valley", "Fold the corners in. Up to 20 credits of prior certificated study at Level 7 in SEN, taken in the "
     "last five years, may be counted in place of Test Fold I under the University's rules. Experience without a "
     "certificate is welcome at every Fold-in but is not credited."),
    (8, "valley", "The Course Co-ordinator writes to each Folder's headteacher with the dates of the Fold-ins, the "
     "Take-home Squares and the Test Folds, and asks the head to name a Second Hand."),
    (9, "X-ray view", "Seen through the paper: the Fennick Partnership's course lets experienced SENCOs present "
     "themselves for assessment without attending. Our model has no such fold; everyone folds from step 1.", "xray"),
    (10, "ghost line", "Ghost line: in the 2007-08 trial every Folder spent a week at Hollins Bank Special School, "
     "working alongside its SENCO.", "ghost"),
    (11, "valley", "We know from twenty-five years of folding in schools what SENCOs find hard, and the Crane is folded "
     "to meet it. In October 2008 the County's Learning Support Service and three Hallerton headteachers read a draft "
     "of these diagrams. At their request we added Fold-in 6 on working with other agencies, and moved Test Fold II "
     "from the spring to the summer term so that Folders could measure a full term's change."),
])

# ------------------------------------------------------------------ Phase B
H("Phase B. The base: eight Fold-ins")
P("A Fold-in is a taught day. There are eight, each run on a Saturday at the Circle Hall in Wendlecombe and repeated "
  "on the following Wednesday at the Tarnbrook Teachers' Centre; a Folder may come to either. Each Fold-in is named "
  "after the base or fold it resembles.")
t, made = steps([
    (12, "valley", "Fold-in 1, Square base (September): the SEN Code of Practice (2001) and the SEN and Disability Act "
     "2001; the Disability Discrimination Act 2005 and the disability equality duty; Removing Barriers to Achievement; "
     "what the law asks of schools, SENCOs and governors and how to put it into practice."),
    (13, "valley", "Fold-in 2, Waterbomb base (October): Every Child Matters, its five outcomes and the SENCO's part in "
     "them; how children develop, and how SEN, disability and the classroom and home environment affect development."),
    (14, "valley", "Fold-in 3, Kite (November): listening to pupils. Ways of consulting children and young people "
     "(talking mats, pupil conferences, symbol questionnaires), involving pupils in planning and reviewing their own "
     "provision, and building fair and respectful relationships with pupils and their families."),
    (15, "valley", "Fold-in 4, Fish base (January): identifying pupils who may have SEN from observation, data and "
     "assessment; setting targets, planning interventions and reviewing progress; using reports from educational "
     "psychologists and therapists; tracking progress with summative data and national tests; helping colleagues to "
     "use assessment for learning with pupils with SEN. Approaches and resources, including ICT, are introduced in a "
     "Practice Square."),
    (16, "valley", "Fold-in 5, Bird base (February): provision mapping and finding ineffective or missing provision; "
     "winning the commitment of the headteacher and senior leaders; managing the SENCO's time and delegating; "
     "anticipating problems and making decisions about provision."),
    (17, "valley", "Fold-in 6, Frog base (March): the scope and role of external agencies and voluntary organisations "
     "and how to get their help; multi-agency working; working with parents and carers, with the Hallerton Parent "
     "Partnership Service."),
    (18, "valley", "Fold-in 7, Petal fold (May): the most common types of SEN (behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; moderate learning difficulties) and their effect on learning; best practice and "
     "the outcomes of research; using research and advice to improve practice."),
    (19, "valley", "Fold-in 8, Sink (June): the SENCO with the headteacher and governors in shaping an inclusive ethos, "
     "policy and use of resources; supporting colleagues' professional development by observation and feedback, "
     "modelling, coaching and training; reviewing provision with colleagues; evaluating one's own learning."),
    (20, "valley", "Every Fold-in's reading is renewed each summer by the Demonstrators, and each Fold-in opens "
     "with 'New creases', twenty minutes on what has changed since the last cohort. The 2009-10 reading includes "
     "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
     "matter where pupils are taught? (2006), the Bercow Report (2008), the Inclusion Development Programme (2008) "
     "and Brooks's What works for pupils with literacy difficulties? (2007)."),
    (21, "fold and unfold", "Before each cohort, the Demonstrators spend a preparation day with the Course Leader and "
     "the University's programme tutor: the Demonstrators' Handbook, the outcomes each Fold-in carries, the marking "
     "criteria for the Test Folds and a practice marking of two trial scripts."),
    (22, "repeat", "Repeat step 21 for the Second Hands: each Second Hand comes to a twilight briefing in September (or "
     "is visited in school by a Demonstrator), receives the Second Hand's Notes, and is told what to watch for in each "
     "Take-home Square and how to sign it off. The Course Co-ordinator telephones each Second Hand in February."),
    (23, "turn over", "After each Fold-in the Folder takes home a Take-home Square, a task done in his or her own school "
     "and tied to the creases of that Fold-in: for example, after Fold-in 3, consult a group of pupils about their "
     "support using one of the methods taught and report back to colleagues; after Fold-in 5, draw the provision map "
     "for a year group; after Fold-in 6, plan and hold a review with parents and an outside agency. The Second Hand "
     "signs each Take-home Square."),
    (24, "valley", "Each Fold-in has a video diagram on the Fold Board, the Crane's site on the University's Blackboard: "
     "the day's presentations, recorded, with the handouts. A Folder who misses a Fold-in can follow it there."),
    (25, "fold and unfold", "On the Fold Board Folders post their Practice Squares and comment on each other's, and each "
     "Fold-in group has its own discussion thread. Demonstrators do not answer questions on the Fold Board; questions "
     "are kept for the next Fold-in."),
    (26, "valley", "A Folder may start in September or in February (when the cohort begins at Fold-in 5 and folds "
     "Fold-ins 1 to 4 the following autumn), may fold over one year or two, and may take Test Folds I and III in either "
     "order."),
])
comment(doc, made[-2].cells[1].paragraphs[0].runs[-1:], "Could a Demonstrator answer once a week? Not agreed yet.",
        MO, "MO")
footnote(doc, made[6].cells[1].paragraphs[0], "Speech, language and communication needs are taught with reference to "
         "the Bercow Report (DCSF, 2008) and the Inclusion Development Programme (DCSF, 2008).")
textbox(doc, [
    "**Folder's tip.** If you can't get to a Fold-in, the video diagram on the Fold Board shows every step. Post your "
    "Practice Square there and another Folder in your group will check it.",
], width_pt=300, height_pt=60, fill="FFF2CC")

# ------------------------------------------------------------------ Phase C
H("Phase C. Test Folds")
t, made = steps([
    (27, "valley", "Test Fold I (January, 20 credits): a case study of one pupil, 3,500 words. The Folder uses the law "
     "and the Code, the five Every Child Matters outcomes, what is known about the pupil's development and needs, and "
     "assessments by other professionals to plan the pupil's teaching, and writes up a review held with the pupil's "
     "parents."),
    (28, "valley", "Test Fold II (June, 25 credits): a provision project, 5,000 words. From a baseline, the Folder "
     "identifies a group of pupils, sets targets, plans and leads an intervention, maps provision, deploys and manages "
     "teaching assistants and other staff, tracks progress with summative data including national tests, helps "
     "colleagues use formative assessment, and reports pupils' attainment at the end of a full term."),
    (29, "valley", "Test Fold III (July, 15 credits): a twenty-minute presentation to colleagues and two Demonstrators "
     "on a change the Folder has led with the headteacher and governors, followed by a professional conversation "
     "about the Take-home Squares, including the work with parents, agencies and colleagues."),
    (30, "valley", "Each Test Fold is marked against the University's Level 7 criteria and a grid naming the creases it "
     "tests (see the crease pattern). A Test Fold passes at 40 per cent. A Folder who fails may resubmit once."),
])

# ------------------------------------------------------------------ Phase D
H("Phase D. Checking the model")
t, made = steps([
    (31, "fold and unfold", "Folders fill in an evaluation at the end of every Fold-in and after each Test Fold. The "
     "Demonstrators meet after every Fold-in to read them. The Steering Group (the Course Leader, the University's "
     "programme tutor, a Hallerton adviser, two headteachers and a parent from the Hallerton Parents' Forum) meets "
     "each term, reads the evaluations, the Checker's report and the University's annual monitoring report, and "
     "decides what changes; the changes appear in the Revisions table below."),
    (32, "turn over", "Each July the Course Co-ordinator sends every Folder's headteacher a questionnaire on what has "
     "changed in the school since the Folder began, and the Steering Group reads the replies with the evaluations."),
    (33, "valley", "Demonstrators from the County's Learning Support Service (an educational psychologist, a speech and "
     "language therapist and the sensory support team) lead parts of Fold-ins 4, 6 and 7, and Hallerton headteachers "
     "host the Test Fold III presentations."),
    (34, "valley", "Each Folder spends two days in a special or resourced school, arranged by the County.", "del"),
    (35, "valley", "A second Demonstrator marks every fail and one Test Fold in four. The Demonstrators meet after each "
     "Test Fold to agree marks, and the Checker (the external examiner, [name to be confirmed by the University]) "
     "samples every Test Fold and reports to the University's Examination Board.", "ins"),
    (36, "valley", "Materials: the Circle's paper store (over forty kinds of paper, from kami to washi) is open at every "
     "Fold-in, and Folders may borrow from the Circle's library of some 2,000 diagram books. Folders have the use of "
     "the Tarnbrook University library."),
])

# ------------------------------------------------------------------ Phase E
H("Phase E. Finishing")
t, made = steps([
    (37, "valley", "The Crane is finished when all three Test Folds are passed. The University's Examination Board "
     "then awards the Postgraduate Award in SEN Coordination."),
    (38, "fold and unfold", "At the last Fold-in each Folder completes Square One again, and compares it with the "
     "September audit to see how far they have come, in knowledge and in confidence. The Circle would like to know "
     "whether pupils in Folders' schools do better as a result, and hopes in time to find a way of asking."),
    (39, "valley", "What a Folder folds next is for the Folder and the school to decide; the Circle does not set or "
     "discuss further targets. We hope many will go on to the University's MA in Inclusive Education."),
])
textbox(doc, ["**Folder's tip.** Every one of the 29 creases is in the finished Crane. \u2014 M.O."],
        width_pt=300, height_pt=40, fill="FFF2CC")

# ------------------------------------------------------------------ If it goes wrong
H("If it goes wrong")
for s in [
    "**The paper tears (a Folder falls behind).** The Demonstrator for the Folder's group arranges a meeting with the "
    "Folder and the Second Hand and agrees new dates for the Take-home Squares.",
    "**The model will not close (a Test Fold fails).** The Folder receives written feedback and a tutorial, and may "
    "resubmit once within three months.",
    "**The creases will not line up (a Folder disagrees with a mark).** The University's academic appeals procedure "
    "applies.",
]:
    para(doc, "\u2022 " + s, indent=0.5)

# ------------------------------------------------------------------ Revisions
H("Revisions since the trial model")
rv = table(doc, 5, 3, widths=[2.6, 7.2, 7.2])
for j, h in enumerate(["Step", "Trial model, 2007-08", "This version, and why"]):
    cell_text(rv.cell(0, j), h, bold=True, fill="D9E2F3")
REV = [
    ("12", "The law in one morning.", "A full Fold-in: trial Folders' evaluations said the morning was too crowded."),
    ("14", "No Fold-in on pupils' views.", "Fold-in 3 added after the trial Steering Group read the evaluations."),
    ("17", "Agencies taught in an hour.", "Fold-in 6 added at the request of the County and headteachers (step 11)."),
    ("30", "Test Folds marked by one Demonstrator only.", "Second marking and the Checker's sample added (step 35) "
     "after the Checker's first report."),
]
for i, r in enumerate(REV, start=1):
    for j, v in enumerate(r):
        cell_text(rv.cell(i, j), v, size=9.5)

# ------------------------------------------------------------------ Crease pattern
H("Crease pattern: the 29 creases")
P("Each crease is a national outcome in our words, numbered C1 to C29. 'Folded at' names the Fold-in; 'Tested in' "
  "names the Test Fold.")
cp = doc.add_table(rows=1, cols=5)
cp.style = "Table Grid"
for j, h in enumerate(["Crease", "What the Folder can do", "Folded at", "Tested in", "Line"]):
    cell_text(cp.rows[0].cells[j], h, bold=True, fill="BDD7EE", size=9)
CP = [
    ("G", "Attributes"),
    ("C1", "Builds fair, respectful relationships with pupils with SEN and their parents", "3", "I", "Bold"),
    ("C2", "Wins the commitment of colleagues, the headteacher and senior leaders", "5", "III", "Bold"),
    ("C3", "Sets priorities, manages time and delegates well", "5", "II", "Bold"),
    ("C4", "Anticipates and solves problems; sound judgement on provision", "5", "II", "Bold"),
    ("C5", "Clear in speech and writing; listens to others", "3", "I, III", "Bold"),
    ("C6", "Uses research and outside advice to improve practice", "7", "\u2014", "Thin"),
    ("C7", "Keeping up to date: every Folder joins the Circle, receives our magazine Square Edge each quarter and is "
     "welcome at our monthly meetings", "all", "\u2014", "Thin"),
    ("G", "Knowledge and understanding"),
    ("C8", "SEN law, the Code of Practice, and putting them into practice", "1", "I", "Bold"),
    ("C9", "Every Child Matters and the SENCO's part", "2", "I", "Bold"),
    ("C10", "Disability equality law and what it requires", "1", "III", "Bold"),
    ("C11", "How children develop and what affects development", "2", "I", "Bold"),
    ("C12", "The common types of SEN and their effect on learning", "7", "I", "Bold"),
    ("C13", "Approaches, strategies and resources, including ICT", "4", "Practice Square 4", "Pinch"),
    ("C14", "Self-evaluation: the Folder evaluates his or her own learning against Square One", "8", "III", "Bold"),
    ("C15", "Best practice and research outcomes", "7", "III", "Bold"),
    ("C16", "External agencies and how to get their help", "6", "III", "Bold"),
    ("G", "Skills"),
    ("C17", "With the head and governors, shapes inclusive ethos, policy and resources", "8", "III", "Bold"),
    ("C18", "Identifies pupils, sets targets, plans and reviews interventions", "4", "II", "Bold"),
    ("C19", "Uses other professionals' assessments in teaching", "4", "I", "Bold"),
    ("C20", "Tracks progress with summative data and national tests", "4", "II", "Bold"),
    ("C21", "Helps colleagues use formative assessment", "4", "II", "Bold"),
    ("C22", "Access arrangements for tests and examinations", "\u2014", "\u2014", "No line"),
    ("C23", "Provision mapping; finds ineffective or missing provision", "5", "II", "Bold"),
    ("C24", "Deploys and manages staff", "\u2014", "II", "Inside layer"),
    ("C25", "Supports colleagues' development: observation, feedback, coaching, training", "8", "III", "Bold"),
    ("C26", "Reviews provision with colleagues", "8", "III", "Bold"),
    ("C27", "Involves pupils in planning and reviewing their provision", "3", "TC", "TC"),
    ("C28", "Works with parents and carers", "6", "I", "Bold"),
    ("C29", "Works with other services and voluntary organisations", "6", "III", "Bold"),
]
for row in CP:
    r = cp.add_row()
    if row[0] == "G":
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, row[1], bold=True, fill="E7E6E6", size=9)
        continue
    no, what, at, tested, line = row
    cell_text(r.cells[0], no, size=9, bold=True)
    cell_text(r.cells[1], what, size=9)
    cell_text(r.cells[2], at, size=9, align="center")
    if tested == "TC":
        p = r.cells[3].paragraphs[0]
        del_run(p, "III", OT, D2)
        ins_run(p, "\u2014", OT, D2)
        p = r.cells[4].paragraphs[0]
        del_run(p, "Bold", OT, D2)
        ins_run(p, "Thin", OT, D2)
    else:
        cell_text(r.cells[3], tested, size=9, align="center")
        cell_text(r.cells[4], line, size=9)
        if line != "Bold":
            shade(r.cells[4], "FCE4D6")
for r in cp.rows:
    for j, w in enumerate([1.4, 9.6, 1.7, 2.6, 2.0]):
        r.cells[j].width = Cm(w)
para(doc, "Lines as in 'Lines on the crease pattern' at the front.", italic=True, size=9)

# ------------------------------------------------------------------ Who folds with you
H("Who folds with you")
wf = table(doc, 5, 2, widths=[4.5, 12.5])
cell_text(wf.cell(0, 0), "Demonstrator", bold=True, fill="D9E2F3")
cell_text(wf.cell(0, 1), "Qualifications and experience", bold=True, fill="D9E2F3")
WHO = [
    ("Margaret Oakhurst, Course Leader", "MEd Special Educational Needs (Birmingham); SENCO at Fellside Primary "
     "1991-2005; SEN adviser, Hallerton County Council, 2005-2008; Circle member since 1984; leads Fold-ins 1, 5 and 8."),
    ("Dr Imran Qadir", "Senior Lecturer in Education, Tarnbrook University; PhD on parental partnership in SEN reviews; "
     "University programme tutor; leads Fold-ins 2 and 6."),
    ("Lucy Penwarden", "Specialist teacher, Hallerton Learning Support Service; OCR Diploma in Specific Learning "
     "Difficulties; former SENCO of a secondary school; leads Fold-ins 4 and 7."),
    ("Rhys Bellamy", "Assistant headteacher and SENCO, Greenacre Community School; NPQH; leads Fold-in 3 and the "
     "Test Fold III presentations."),
]
for i, (a, b) in enumerate(WHO, start=1):
    cell_text(wf.cell(i, 0), a, bold=True, size=9.5)
    cell_text(wf.cell(i, 1), b, size=9.5)
p = P("All four Demonstrators spend time in schools every term, in their own posts or with the Circle's Folding for "
      "Learning project, and each attends at least one national SEN conference a year.")
footnote(doc, p, "Owen Trelawney, who drew these diagrams, is not a Demonstrator.")

out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, "words:", word_count(out))
