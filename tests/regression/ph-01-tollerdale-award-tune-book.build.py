"""ph-01-tollerdale-award-tune-book

Provider (invented): the Education Trust of the Tollerdale Folk Dance Society, with the
University of Castlemoor (validating), applying to run the National Award for SEN
Coordination from September 2009.

Document kind and layout: the course written as the Society's second TUNE BOOK in ABC
notation, the plain-text music notation its musicians use. A title block, a shaded text box
"A word to the Panel", a header and a footer with a PAGE field, Heading 1/2 parts, a fields
table defining the ABC header fields the book uses (X: tune number, T: title, C: caller,
R: rhythm = the kind of course element, K: term, N: notes = what the course does, W: the
participant's task, H: history = the 2007-08 trial year, Z: transcriber, % = transcriber's
jottings, "not part of this submission"), a rhythms table (jig = Hall Day, reel = School
Task, slip jig = tutorial, air = Between-times online piece, hornpipe = Marked Piece), a
glossary, a Sessions table with merged cells, then fourteen tunes typed in Courier as ABC
source (header fields, N: lines, a line or two of real ABC notes), then the SET LIST (a
29-row outcome table grouped in merged "First/Second/Third Set" rows, columns "Learned at"
and "Played for the Judges at", with "session only", "by ear" and a dash keyed in Part One,
three parts above), then "Keeping the Band in Tune" (staff table, QA, stakeholders).
One Word comment.

Traps (requirement ids):
- Footer: "Every tune in this book is played for the University's examiners" (a blanket claim
  in a footer, never evidence): 6.0, 1.9.
- Text box: "Every one of the national outcomes is learned and played in these pages"
  (blanket claim): 6.0. Text box also carries real but minor context.
- H: lines are the trial year, not the course: the individual Tune Plan exists only in an H:
  line and was "dropped in 2008" (2.2 partially met: the Starting Profile is done before the
  course against the outcomes but sets only practice groups); placements at Brookside only in
  the trial year (5.5 partially met: specialist expertise yes, "The Trust does not arrange
  placements").
- % jotting (defined as not part of the submission) floats an assessment-only route of the
  Trust's own; the N: line negates a route and points to the University's own PGCert's route
  (another provider's arrangement): 2.3 not met.
- Negation and someone else's responsibility: "Checks on the teachers themselves are a
  matter for their employing schools, and the Society does not ask to see them"; the Word
  comment asking about CRB numbers is not part of the submission: 5.3 not met.
- Wrong context: the Society's own musicians ask the children who dance with them what they
  enjoyed (the provider consulting pupils, not developing participants' skills): 1.5 not met;
  pupil involvement in planning provision is a dash in the Set List "for the Third Book":
  6.S7 not met.
- E-learning with peer support and catch-up films but "Callers do not answer on the
  Bandroom": 3.3 partially met.
- Equality only as a disclosure question whose answer "goes only to the admissions caller",
  a ramp and hearing loop and a value ("Our dances have always been for everyone"): 3.1
  partially met.
- Hope: pupils' achievement "we do not yet gather any measure"; only participants'
  re-rated profiles and marks: 5.9 partially met.
- Award for passing four hornpipes while the Set List leaves outcomes "session only" or not in
  the book: 6.0 partially met; 1.9 partially met.
- Set List: "session only" (taught, practised with feedback, not marked): 6.A3, 6.A7, 6.K7,
  6.S2d partially met; "by ear" (marked, not taught): 6.A5, 6.S2b partially met; dashes:
  6.K4, 6.S7 not met. The Next Tunes are explicitly "not marked" (6.A7 stays partial, while
  2.5 is met).
- The fields M: and L: are "for the musicians" and say nothing about the course.
Met despite appearances (notes_on_met): 2.1 APEL for whole hornpipes through the University's
panel; 4.1/4.2 the 2008 heads' questionnaire and what it changed; 1.3 Ofsted 2006 and Bercow.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, Cm, RGBColor

from _ph_helpers import shade, set_cell_text, table_borders, add_field, add_textbox, page_margins

HERE = Path(__file__).parent
NAME = "ph-01-tollerdale-award-tune-book"

doc = Document()
sec = doc.sections[0]
page_margins(sec)

st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
abc = doc.styles.add_style("ABC", WD_STYLE_TYPE.PARAGRAPH)
abc.base_style = doc.styles["Normal"]
abc.font.name = "Courier New"
abc.font.size = Pt(9)
abc.paragraph_format.space_after = Pt(0)
abc.paragraph_format.space_before = Pt(0)
for h, size in (("Heading 1", 15), ("Heading 2", 12)):
    doc.styles[h].font.name = "Georgia"
    doc.styles[h].font.size = Pt(size)
    doc.styles[h].font.color.rgb = RGBColor(0x5A, 0x2D, 0x0C)

# header and footer (never evidence)
hp = sec.header.paragraphs[0]
hp.text = "Tollerdale Folk Dance Society \u00b7 Second Tune Book \u00b7 The Award Sets 2009\u201310 \u00b7 working copy"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Every tune in this book is played for the University's examiners.  \u00b7  Registered charity 1024417  \u00b7  page ")
r.font.size = Pt(8)
add_field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text, style=None, bold=False, italic=False, align=None, size=None, after=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# ---------------------------------------------------------------- title block
para("THE TOLLERDALE TUNE BOOK", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, after=2)
para("Second Book: The Award Sets", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=2)
para("Tunes for the National Award for Special Educational Needs Coordination, 2009\u201310",
     align=WD_ALIGN_PARAGRAPH.CENTER, size=11, after=2)
para("Set down by the Education Trust of the Tollerdale Folk Dance Society, with the University of "
     "Castlemoor, for the panel of the Training and Development Agency for Schools",
     align=WD_ALIGN_PARAGRAPH.CENTER, size=10, after=2)
para("Working copy, 14 October 2008", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=10)

tb = doc.add_paragraph()
add_textbox(tb, "A WORD TO THE PANEL", [
    "Dear Panel, our first tune book (1994) holds the 212 dance tunes our bands play. This second book holds "
    "the sets we will play with teachers who lead special needs provision in their schools.",
    "Every one of the national outcomes is learned and played in these pages.",
    "Margaret Brough, Chair of the Education Trust",
], width_cm=15.5, height_cm=4.6, fill="F3EBDD", shape_id=1)

# ---------------------------------------------------------------- Part One
doc.add_heading("Part One: How to read this book", level=1)
para("The Tollerdale Folk Dance Society has danced in the schools of the Tollerdale valley since 1962, and since "
     "1998 its Education Trust has run dance in eleven special schools and resource bases. When the National Award "
     "was announced, our members who teach asked the Trust to offer it.")
para("Our musicians write their tunes in ABC, a plain-text way of writing music, so the course is written here "
     "as a tune book. Each tune is one part of the course, and its header lines say what that part is.")

fields = [
    ("Field", "What it means in this book"),
    ("X:", "The number of the tune. Tunes are numbered in the order a player meets them."),
    ("T:", "The title: our own name for that part of the course. A second T: line says in plain words what it is."),
    ("C:", "Who leads it: the caller."),
    ("R:", "The rhythm, which tells you what kind of part of the course it is (see the next table)."),
    ("M: and L:", "Metre and note length, for the musicians; they say nothing about the course."),
    ("K:", "The term: G for the autumn term, D for the spring term, A for the summer term."),
    ("N:", "Notes: what the Trust does and what the player does. N: and W: lines describe the course as we will run it."),
    ("W:", "Words: the task given to the player, as it is printed on the player's sheet."),
    ("H:", "History: how the tune went in the trial year (2007\u201308), kept for the record. H: lines describe what "
           "happened then, not the course as it will run."),
    ("Z:", "Who set the tune down, and when."),
    ("%", "A line that starts with % is a transcriber's jotting. Jottings are not part of this submission; we have "
          "left them in because this book is a working copy."),
]
t = doc.add_table(rows=len(fields), cols=2)
table_borders(t)
for i, (a, b) in enumerate(fields):
    set_cell_text(t.cell(i, 0), a, bold=True, font="Courier New" if i else None, size=9.5)
    set_cell_text(t.cell(i, 1), b, bold=(i == 0), size=9.5)
    if i == 0:
        shade(t.cell(i, 0), "D9C3A5"); shade(t.cell(i, 1), "D9C3A5")
for row in t.rows:
    row.cells[0].width = Cm(2.6); row.cells[1].width = Cm(13.9)

para("")
rhythms = [
    ("Rhythm (R:)", "Part of the course", "Where", "How long"),
    ("jig", "Hall Day", "the Long Room, Mill Street, Tollerdale", "9.30 to 3.30"),
    ("reel", "School Task", "the player's own school", "about twelve hours over a half term"),
    ("slip jig", "Tutorial", "the Long Room or the player's school", "one hour"),
    ("air", "Between-times piece", "the Bandroom (online)", "two to four hours each"),
    ("hornpipe", "Marked Piece", "written, spoken or both", "as each tune says"),
]
t = doc.add_table(rows=len(rhythms), cols=4)
table_borders(t)
for i, row in enumerate(rhythms):
    for j, v in enumerate(row):
        set_cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
        if i == 0:
            shade(t.cell(i, j), "D9C3A5")

doc.add_heading("Words we use", level=2)
for w_, d_ in [
    ("Player", "a teacher taking the course."),
    ("Caller", "the tutor who leads a tune."),
    ("The Judges", "the two tutors who mark a hornpipe, with the University's moderator."),
    ("The Long Room", "the Society's hall on Mill Street, Tollerdale."),
    ("The Bandroom", "the Trust's course site on the University of Castlemoor's Moodle."),
    ("Partner", "the colleague in the player's school, usually the headteacher or a deputy, who signs the School Tasks."),
    ("The Fiddle Case", "the player's portfolio (X:14)."),
]:
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(w_ + ": "); r.bold = True
    p.add_run(d_)

doc.add_heading("Reading the Set List", level=2)
para("In the Set List (Part Four) each of the national outcomes is a tune in one of three sets. The column "
     "\u201cLearned at\u201d gives the X: number of the tune where it is taught. The column \u201cPlayed for the Judges at\u201d "
     "gives the hornpipe where it is marked for the Award. Two other marks appear. \u201cSession only\u201d means the "
     "tune is practised at a Hall Day and the player is told how they did, but nothing is marked. \u201cBy ear\u201d "
     "means the tune is not taught at any Hall Day or Task; players are expected to pick it up in their own "
     "reading, though it is marked. A dash means the tune is not in this book.")

# ---------------------------------------------------------------- Part Two
doc.add_heading("Part Two: The book at a glance", level=1)
para("The Award Sets are validated by the University of Castlemoor as the Postgraduate Certificate in Special "
     "Educational Needs Coordination (Tollerdale). Castlemoor's Academic Board approved the validation on 11 June "
     "2008 for five years; the University awards the credit and the certificate, and its regulations for taught "
     "postgraduate awards govern every hornpipe. The certificate carries 60 credits at Master's level (Level 7 of "
     "the Framework for Higher Education Qualifications).")
para("The book has one aim: that the children and young people with special educational needs and disabilities "
     "in our players' schools achieve more, and are healthier, safer and happier for it, in all five of the Every "
     "Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution "
     "and achieving economic well-being. Each Hall Day's objectives are written as gains for pupils; every School "
     "Task asks the player to show what changed for particular pupils; and the marking criteria for every hornpipe "
     "include \u201cbenefit to pupils' achievement and well-being\u201d as one of the four criteria.")
para("The book is played in schools as much as in the Long Room: every reel is done in the player's own school, "
     "and the Change Hornpipe (X:12) is a change the player leads there. There are five Hall Days, two School "
     "Tasks, three tutorials, six Between-times airs and four Marked Pieces over three terms.")

cal = [
    ("Term (K:)", "Hall Days (jig)", "School Tasks (reel)", "Marked Pieces (hornpipe)", "Tutorials"),
    ("Autumn 2009 (G)", "X:4 The Code Jig, 1 October\nX:6 Many Ways Round, 12 November", "X:5 Mapping the Floor",
     "X:7 The Case Hornpipe, due 11 January", "Entry tutorial (X:1) before the first Hall Day; spring tutorial in "
     "school; summer tutorial by telephone"),
    ("Spring 2010 (D)", "X:8 Hands Across, 28 January\nX:10 Tests and Turns, 11 March", "X:9 Partners' Reel", "X:12 The Change Hornpipe begins", ""),
    ("Summer 2010 (A)", "X:11 Leading the Set, 6 May", "", "X:12 due 14 June\nX:13 The Speaking Hornpipe\nX:14 The Fiddle Case, 5\u20139 July", ""),
    ("Between-times airs (X:3) run from October to June on the Bandroom.", "", "", "", ""),
]
t = doc.add_table(rows=len(cal), cols=5)
table_borders(t)
for i, row in enumerate(cal):
    for j, v in enumerate(row):
        set_cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "D9C3A5")
t.cell(1, 4).merge(t.cell(3, 4))
set_cell_text(t.cell(1, 4), cal[1][4], size=9)
t.cell(4, 0).merge(t.cell(4, 4))
set_cell_text(t.cell(4, 0), cal[4][0], italic=True, size=9)
shade(t.cell(4, 0), "F3EBDD")

para("")
para("Players may start in September (the Michaelmas set) or in January (the Candlemas set). The Candlemas set "
     "plays the spring tunes first and the autumn tunes the following autumn, finishing with the summer tunes a "
     "year later. The Between-times airs are played whenever the player chooses, and a player who has to stop may "
     "pause for up to a year and rejoin the next set at the tune where they left off.")
para("The fee is \u00a31,450 for the whole book, lower than the University's own certificate because the Long Room "
     "costs the Trust nothing; the local authorities of Tollerdale and Wenmouth pay half of it for teachers in "
     "their schools, and players given credit under X:2 pay only for the hornpipes they play. Each player's "
     "School Tasks are set on the provision they are responsible for, and the callers adjust each Hall Day's "
     "afternoon to what the practice groups' Between-times answers show they need.")

# ---------------------------------------------------------------- Part Three: the tunes
doc.add_heading("Part Three: The tunes", level=1)
para("The tunes follow as the callers keep them. Read the N: and W: lines for what happens; see Part One for the rest.",
     italic=True)

TUNES = [
    [
        "X:1", "T:The Open Door", "T:(entry, the Starting Profile and the entry tutorial)",
        "C:Ruth Ashworth, admissions caller", "R:slip jig", "M:9/8", "L:1/8", "K:G",
        "N:Players are teachers with Qualified Teacher Status who hold, or are about to take up, the role of SENCO "
        "in a school, and whose headteacher signs the Partner's letter releasing them for the Hall Days and School Tasks.",
        "N:Every applicant comes to the Long Room (or we go to them) for a forty-minute conversation with the "
        "admissions caller, who reads their application against the entry standard: two years' teaching, some "
        "experience of planning for pupils with SEN, and writing at Master's level.",
        "N:Where an applicant is not yet ready, the admissions caller writes to them and to their headteacher setting "
        "out what to do first, and offers a place in a later set.",
        "N:Before the first Hall Day each accepted player completes the Starting Profile, a self-rating against every "
        "tune in the Set List on a four-point scale; the caller reads it with them at the entry tutorial.",
        "N:The Starting Profiles are used to put players into practice groups of five for the year.",
        "H:In the trial year each player drew up a Tune Plan with the caller from their Starting Profile, naming the "
        "tunes they would work at hardest and outcomes of their own to add; the Tune Plans were dropped in 2008 for "
        "lack of caller time.",
        "N:The application form asks every applicant whether they have a disability or health condition for which "
        "the course should make arrangements; the answer goes only to the admissions caller.",
        "N:Checks on the teachers themselves are a matter for their employing schools, and the Society does not ask to see them.",
        "W:Bring to the entry tutorial one anonymised pupil record you have worked from this year.",
        "Z:R.A., September 2008",
        "|:G2B d2B c2A|B2G A2F D2F|G2B d2g f2e|d2B c2A G3:|",
    ],
    [
        "X:2", "T:Old Tunes, New Hands", "T:(credit for what players already know)",
        "C:Ruth Ashworth", "R:slip jig", "M:9/8", "L:1/8", "K:G",
        "N:Players who have already studied at Master's level on a module on special educational needs or inclusion "
        "may claim up to 30 of the 60 credits through the University of Castlemoor's procedure for the accreditation "
        "of prior certificated learning.",
        "N:Players who have learned the tunes by doing them, for example by leading their school's SEN provision for "
        "some years, may claim credit for one or both of the first two Marked Pieces (X:7 and X:12) by the "
        "accreditation of prior experiential learning: the player puts together a claim of evidence from their own "
        "practice, mapped to the tunes those hornpipes mark, and the Judges assess it as they would the hornpipe itself.",
        "N:Credit is decided by the University's Accreditation of Prior Learning panel on the Judges' recommendation.",
        "N:There is no way through the book without playing it: a teacher who already knows every tune must still "
        "join a set. Teachers from the county's learning support service who want the Award without the course are "
        "referred to the University's own PGCert SENCo, which runs an assessment-only route of its own.",
        "%route of our own for the advisory teachers? M.B. thinks the Judges could do it in a day. Put to the Trust in January.",
        "Z:R.A., September 2008",
        "|:A2A B2A G2E|E2D E2G A2B|c2A B2G A2F|G2E E2D E3:|",
    ],
    [
        "X:3", "T:The Bandroom Air", "T:(the Between-times pieces)",
        "C:Tom Sedgwick, keeper of the Bandroom", "R:air", "M:3/4", "L:1/4", "K:G",
        "N:Between Hall Days players work through six Between-times airs on the Bandroom, the Trust's course site on "
        "the University of Castlemoor's Moodle. Each air is a short reading with a film clip from one of our special "
        "schools and a question to answer in the air's forum.",
        "N:The airs are Who is the SENCO?, Reading a provision map, Talking with families, Working with other "
        "services, Assessment for learning, and Leading adults.",
        "N:Each practice group has its own forum on the Bandroom, where its five players post their answers and reply "
        "to one another, and the group meets by telephone once each half term.",
        "N:Callers do not answer on the Bandroom: questions posted there wait for the next Hall Day, where the first "
        "half hour is kept for them.",
        "N:The Bandroom also holds the reading list, the task sheets and the film of each Hall Day's main talk.",
        "Z:T.S., October 2008",
        "D2|G2 B2 d2|c2 A2 F2|G4 B2|A4 D2|",
    ],
    [
        "X:4", "T:The Code Jig", "T:(Hall Day 1: the law, the Code and Every Child Matters)",
        "C:Margaret Brough, with Dr Anil Varma of the University of Castlemoor", "R:jig", "M:6/8", "L:1/8", "K:G",
        "N:Morning: the law and guidance on special educational needs as a SENCO must use them: the Education Act "
        "1996, the Special Educational Needs and Disability Act 2001, the SEN Code of Practice (2001) with School "
        "Action, School Action Plus, statutory assessment and the annual review, and what each asks of the SENCO, "
        "the headteacher, governors and class teachers.",
        "N:Midday: the Disability Discrimination Act 1995 as amended in 2005, the school's disability equality duty "
        "and accessibility plan, and reasonable adjustments for disabled pupils; each player brings their school's "
        "accessibility plan and marks one change it needs.",
        "N:Afternoon: Every Child Matters, its five outcomes and the SENCO's part in the school's work on each.",
        "N:Throughout the day callers use what Ofsted has reported on provision for pupils with SEN and disabilities, "
        "in particular Inclusion: does it matter where pupils are taught? (2006), and the Bercow Review of services "
        "for children with speech, language and communication needs (July 2008).",
        "N:Government policy is followed through the year: Removing Barriers to Achievement (2004), the 2008 "
        "regulations on the SENCO role, and the Inclusion Development Programme.",
        "W:Take your school's SEN policy and write, on one side, three things in it the Code requires and one it leaves out.",
        "Z:M.B., August 2008",
        "|:d|BGG DGG|BGB dcB|cAA EAA|cAc edc|BGG DGG|BGB dcB|cBc Adc|BGG G2:|",
    ],
    [
        "X:5", "T:Mapping the Floor", "T:(School Task 1: finding the pupils and mapping provision)",
        "C:Ruth Ashworth", "R:reel", "M:4/4", "L:1/8", "K:G",
        "N:In their own school the player, with their Partner, brings together the records the school already holds "
        "(teacher assessment, reading and number tests, classroom observation, reports from outside professionals) "
        "and identifies the pupils who may have special educational needs or disabilities, including any the school "
        "has missed, sets targets for three of them and plans how they will be met.",
        "N:The player then brings the school's provision map for one year group up to date, marks each piece of "
        "provision green, amber or red for whether it is working, and names what is missing.",
        "N:The reel is written up in 2,000 words and the Partner signs that the work was done.",
        "W:Show us your map and tell us what you would stop doing, and why.",
        "Z:R.A., September 2008",
        "|:GABc dedB|dedB dedB|c2ec B2dB|c2A2 A2BA|",
    ],
    [
        "X:6", "T:Many Ways Round", "T:(Hall Day 2: kinds of need, ways of teaching, and the evidence)",
        "C:Helen Pryor and Tom Sedgwick", "R:jig", "M:6/8", "L:1/8", "K:D",
        "N:Morning: the common kinds of special educational need and disability and how each can affect learning: "
        "behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
        "language and communication needs; autistic spectrum disorders; and moderate learning difficulties.",
        "N:Afternoon: approaches, strategies and resources for assessing, planning and teaching pupils with these "
        "needs, including ICT (text-to-speech, symbol software, switch access), weighed against the evidence for "
        "them. Players try the Kit Box and work through three case problems in which they must decide what "
        "provision a pupil should have, using the reports of the educational psychologist and speech and language "
        "therapist, and defend the decision to the group.",
        "N:Research: each practice group reads one study of an intervention, asks how strong it is, and reports "
        "what it would mean for their schools.",
        "Z:H.P., August 2008",
        "|:A|dfa afd|gfe fdB|AFA dFA|B2e e2A|",
    ],
    [
        "X:7", "T:The Case Hornpipe", "T:(Marked Piece 1: a case study of one pupil)",
        "C:the Judges", "R:hornpipe", "M:4/4", "L:1/8", "K:G",
        "N:The player writes a case study of one pupil with special educational needs or a disability in their "
        "school (4,000 words): how the pupil's needs were identified, what the assessments of the professionals "
        "involved say and how the player used them to plan teaching, the targets set, the intervention planned, and "
        "how progress was reviewed and tracked.",
        "N:The case study must show the player's judgement: where the evidence conflicted, what the player decided and why.",
        "N:Marked by two Judges against the criteria on the Bandroom. The tunes it marks are in the Set List.",
        "Z:the Judges, September 2008",
        "(3DEF|G2BG dGBG|c2ec BdcB|A2cA FAdc|BGAF G2:|",
    ],
    [
        "X:8", "T:Hands Across", "T:(Hall Day 3: families and the other services)",
        "C:Ruth Ashworth, with Tollerdale Parent Partnership", "R:jig", "M:6/8", "L:1/8", "K:D",
        "N:Morning: working with parents and carers. A parent from Tollerdale Parent Partnership and a caller who ran "
        "her school's family room lead the morning: what families want from school, annual reviews in which parents take a "
        "full part, and hard conversations, practised in threes with the parent observing.",
        "N:Afternoon: the other services. The county's educational psychologist, a speech and language therapist, a "
        "worker from the Child and Adolescent Mental Health Service, the Connexions personal adviser and Wenmouth "
        "Mencap say what each does and how a school asks for help; players plan one piece of joint work.",
        "N:The Society's own musicians ask the children who dance with us each summer what they enjoyed and what they "
        "would change, and the callers tell players what the children said.",
        "W:Plan your next meeting with a family and say what you want them to be able to tell you.",
        "Z:R.A., September 2008",
        "|:A|d2f edB|ABA F2A|d2f edB|A3 A2:|",
    ],
    [
        "X:9", "T:Partners' Reel", "T:(School Task 2: working with and through colleagues)",
        "C:Margaret Brough", "R:reel", "M:4/4", "L:1/8", "K:D",
        "N:The player watches two teaching assistants or teachers working with pupils with SEN, gives each feedback, "
        "models one approach in a lesson, and coaches one colleague for four weeks, keeping a log.",
        "N:The player then reviews how the school deploys and manages its teaching assistants and proposes one change "
        "to the headteacher; the Partner records the headteacher's response.",
        "N:The player also takes the provision map from X:5 to the cluster SENCO group and agrees with a SENCO from "
        "another school one thing they will do together.",
        "N:The spring tutorial is held in the player's school during this reel.",
        "Z:M.B., August 2008",
        "|:FAAB AFED|FAAB A2df|edef gfed|Bdce d2:|",
    ],
    [
        "X:10", "T:Tests and Turns", "T:(Hall Day 4: assessment for learning and access arrangements)",
        "C:Ruth Ashworth and Dr Anil Varma", "R:jig", "M:6/8", "L:1/8", "K:D",
        "N:Morning: how a SENCO helps other teachers build assessment for learning into every lesson, with approaches "
        "for pupils with SEN; each player plans a short session for their own staff.",
        "N:Afternoon: access arrangements for national tests and examinations: the QCA and JCQ rules, spotting in good "
        "time the pupils who need them, and working with colleagues so the arrangement is the pupil's normal way of working.",
        "N:The afternoon ends with a practice round: players decide arrangements for three pupils from case papers "
        "and the callers go through the answers with them.",
        "Z:R.A., September 2008",
        "|:A|dcd fed|cBA ABc|dcd fed|e3 e2:|",
    ],
    [
        "X:11", "T:Leading the Set", "T:(Hall Day 5: leading with the head and governors)",
        "C:Margaret Brough", "R:jig", "M:6/8", "L:1/8", "K:A",
        "N:Morning: the SENCO and the school's leaders: working with the headteacher, senior team and governors on "
        "the school's inclusion policy, its priorities and the use of its resources for pupils with SEN, and winning "
        "the commitment of colleagues.",
        "N:Midday: reviewing provision with other staff, using the provision map and colleagues' views to judge "
        "what is working, and the principles of school self-evaluation and improvement planning as "
        "they bear on pupils with SEN.",
        "N:Afternoon: the SENCO's week. Each player brings a fortnight of their diary and, in pairs, works out what "
        "to put first and what to hand to others; callers comment on each plan.",
        "N:At the end of the day callers show players the journals, websites and networks (nasen, the county SENCO "
        "forum) that keep a SENCO up to date, and each player writes down what they will read next.",
        "Z:M.B., August 2008",
        "|:E|A2c e2c|dcB c2A|B2c d2f|edc B2:|",
    ],
    [
        "X:12", "T:The Change Hornpipe", "T:(Marked Piece 2: leading one change in school)",
        "C:the Judges", "R:hornpipe", "M:4/4", "L:1/8", "K:D",
        "N:Over the spring and summer terms the player leads one change in their school's provision for pupils with "
        "SEN, agreed with the headteacher: for example a new way of deploying teaching assistants, a whole-school "
        "provision map, or coaching for class teachers.",
        "N:The player takes a baseline of the provision before the change (what the map shows, how adults are "
        "deployed, what colleagues say), carries out the change with colleagues, uses published research and advice "
        "from outside the school to shape it, and reviews with colleagues what difference it made.",
        "N:The write-up (5,000 words) is marked by two Judges, and a sample is seen by the University's moderator.",
        "Z:the Judges, September 2008",
        "|:(3ABc|dAFA DFAd|fdcd Bcde|fdec dBAG|FDEC D2:|",
    ],
    [
        "X:13", "T:The Speaking Hornpipe", "T:(Marked Piece 3: a talk to colleagues or governors)",
        "C:the Judges", "R:hornpipe", "M:4/4", "L:1/8", "K:A",
        "N:In the summer term each player gives a fifteen-minute talk to colleagues or governors in their own school "
        "on provision for pupils with SEN, observed by their Partner and filmed, followed by questions, and sends in "
        "a 1,500-word paper of the same talk written for a lay reader.",
        "N:The Judges mark how clearly the player speaks and writes, and how well they listen and answer.",
        "Z:the Judges, September 2008",
        "|:e|c2A2 ABcA|BAGF E2e2|",
    ],
    [
        "X:14", "T:The Fiddle Case", "T:(Marked Piece 4: the portfolio and the professional conversation)",
        "C:the Judges", "R:hornpipe", "M:4/4", "L:1/8", "K:A",
        "N:The Fiddle Case is the player's portfolio: the reels, the Starting Profile re-rated at the end of the "
        "year, a log of work with families and other services, and a reflection on the year.",
        "N:In a forty-minute professional conversation at the end of the summer term two Judges take the player "
        "through the Fiddle Case and mark the tunes the Set List gives for X:14.",
        "N:The last part of the conversation is the Next Tunes: the player brings a draft of their professional "
        "targets for the following year, agreed in outline with their Partner, and the Judges talk through them and "
        "further study (the University's MA in Inclusive Education, to which the 60 credits transfer, and the "
        "county's SENCO network). The Next Tunes sheet goes into the Fiddle Case and a copy goes to the "
        "headteacher. The Next Tunes are not marked.",
        "N:The University's examination board awards the Postgraduate Certificate to players who have passed all four "
        "hornpipes; a player who fails a hornpipe may play it again once.",
        "Z:the Judges, September 2008",
        "|:A2cA EAcA|B2dB GBdB|A2cA EAce|fdBG A2:|",
    ],
]

comment_target = None
for tune in TUNES:
    para("")
    for line in tune:
        p = doc.add_paragraph(style="ABC")
        run = p.add_run(line)
        if line.startswith("X:") or line.startswith("T:") and not line.startswith("T:("):
            run.bold = True
        if line.startswith("%"):
            run.italic = True
            run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        if line.startswith("N:Checks on the teachers themselves"):
            comment_target = run

doc.add_comment(comment_target,
                text="Castlemoor registry say they may want the teachers' CRB numbers. Leave as it is for now? M.B.",
                author="Margaret Brough", initials="MB")

# ---------------------------------------------------------------- Part Four: the Set List
doc.add_heading("Part Four: The Set List", level=1)
para("Each national outcome is written here as our callers say it. For the marks, see \u201cReading the Set List\u201d in Part One.",
     italic=True)

SETS = [
    ("FIRST SET: what a SENCO is like", [
        ("A1", "Treats pupils with SEN and disabilities, and their families, fairly and with respect, and builds working relationships with them that help", "X:8", "X:14"),
        ("A2", "Brings colleagues, the headteacher and senior leaders along with them", "X:9, X:11", "X:12"),
        ("A3", "Puts first things first, uses time well and hands tasks on sensibly", "X:11", "session only"),
        ("A4", "Sees trouble coming, sorts it out and makes sound decisions about provision", "X:6", "X:7"),
        ("A5", "Speaks and writes clearly, and listens to other people's views", "by ear", "X:13"),
        ("A6", "Uses research and outside advice to improve their own and colleagues' teaching", "X:6", "X:12"),
        ("A7", "Keeps up to date and takes charge of their own professional development", "X:11", "session only"),
    ]),
    ("SECOND SET: what a SENCO knows", [
        ("K1", "The law and guidance on SEN, the Code of Practice, and what they mean for the school", "X:4", "X:7"),
        ("K2", "Every Child Matters, its five outcomes and the SENCO's part in them", "X:4", "X:14"),
        ("K3", "Disability equality law and what it requires a school to do", "X:4", "X:14"),
        ("K4", "How children grow and learn, and what can hold development back", "\u2014", "\u2014"),
        ("K5", "The common kinds of SEN and disability and how they affect learning", "X:6", "X:7"),
        ("K6", "Ways of assessing, planning and teaching, ICT included, weighed critically", "X:6", "X:7"),
        ("K7", "How schools evaluate themselves and plan improvement for pupils with SEN", "X:11", "session only"),
        ("K8", "Best practice and what research has found", "X:6", "X:12"),
        ("K9", "What other services do and how to get their help", "X:8", "X:14"),
    ]),
    ("THIRD SET: what a SENCO does", [
        ("S1", "With senior colleagues and governors, shapes the school's inclusive policy, priorities and resources", "X:11", "X:12"),
        ("S2", "Finds the pupils who may have SEN, sets targets, plans what will help and reviews progress", "X:5", "X:7"),
        ("S2a", "Uses other professionals' assessments to plan teaching", "X:6, X:8", "X:7"),
        ("S2b", "Uses tests and national results to track progress and change programmes", "by ear", "X:7"),
        ("S2c", "Helps other teachers use assessment for learning with pupils with SEN", "X:10", "X:14"),
        ("S2d", "Arranges in good time what pupils need for national tests and examinations", "X:10", "session only"),
        ("S3", "Maps provision and finds what is not working or missing", "X:5", "X:12"),
        ("S4", "Deploys and manages support staff well", "X:9", "X:12"),
        ("S5", "Develops colleagues by watching, feedback, modelling, coaching and training", "X:9", "X:12"),
        ("S6", "Reviews provision with colleagues for the school's self-evaluation", "X:11", "X:12"),
        ("S7", "Makes sure pupils have a say in planning and reviewing what is provided for them (for the Third Book)", "\u2014", "\u2014"),
        ("S8", "Works well with parents and carers", "X:8", "X:14"),
        ("S9", "Works with other services and voluntary organisations", "X:8", "X:14"),
    ]),
]
nrows = 1 + sum(1 + len(rows) for _, rows in SETS)
t = doc.add_table(rows=nrows, cols=4)
table_borders(t)
hdr = ("No.", "Tune", "Learned at", "Played for the Judges at")
for j, v in enumerate(hdr):
    set_cell_text(t.cell(0, j), v, bold=True, size=9)
    shade(t.cell(0, j), "D9C3A5")
i = 1
for title, rows in SETS:
    c = t.cell(i, 0).merge(t.cell(i, 3))
    set_cell_text(c, title, bold=True, size=9)
    shade(c, "F3EBDD")
    i += 1
    for code, text, learned, judged in rows:
        set_cell_text(t.cell(i, 0), code, size=9)
        set_cell_text(t.cell(i, 1), text, size=9)
        set_cell_text(t.cell(i, 2), learned, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_text(t.cell(i, 3), judged, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        i += 1
for row in t.rows:
    for j, w in enumerate((1.2, 9.6, 2.6, 3.1)):
        row.cells[j].width = Cm(w)

# ---------------------------------------------------------------- Part Five
doc.add_heading("Part Five: Keeping the band in tune", level=1)

doc.add_heading("Who plays", level=2)
staff = [
    ("Name", "Part in the band", "Background"),
    ("Margaret Brough", "Chair of the Trust; caller for X:4, X:9, X:11", "County adviser for SEN 1994\u20132006; MA in Special and Inclusive Education; writes the county's SENCO bulletin and still spends a day a week in schools as a consultant"),
    ("Ruth Ashworth", "Admissions caller; X:1, X:2, X:5, X:8, X:10", "SENCO for eleven years at Wenmouth High School and now part-time SENCO at Hillside Primary; OCR Diploma in Specific Learning Difficulties"),
    ("Helen Pryor", "Caller for X:6; Judge", "Senior educational psychologist, Tollerdale Educational Psychology Service; chartered psychologist"),
    ("Tom Sedgwick", "Keeper of the Bandroom; caller for X:6 (ICT)", "Teacher at Brookside Special School; leads the county's communication aids loan service"),
    ("Dr Anil Varma", "University link tutor; Judge; caller for X:4 and X:10", "Senior lecturer in inclusive education, University of Castlemoor; research on provision mapping"),
    ("Dave Fenwick", "Fiddle", "Plays for the lunchtime dance on Hall Days. Not a caller and not a Judge."),
]
t = doc.add_table(rows=len(staff), cols=3)
table_borders(t)
for i, row in enumerate(staff):
    for j, v in enumerate(row):
        set_cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "D9C3A5")
para("")
para("Every caller works in schools or services for at least a day a week, and attends the University's four "
     "research seminars a year in inclusive education.")

doc.add_heading("Learning the parts", level=2)
para("Every caller and Judge comes to the Trust's Callers' Day each August, where the University's link tutor goes "
     "through the regulations, the marking criteria and the year's changes; a new Judge double-marks two hornpipes "
     "with an experienced Judge before marking alone. Each Partner receives the Partner's Sheet, which says what "
     "they sign for, and a telephone briefing before the first reel.")

doc.add_heading("Specialist help, visits and the Kit Box", level=2)
para("Players hear from the county's psychologists, therapists and other services (X:8), and may ask the "
     "Trust's two specialist callers for advice by telephone. In the trial year players spent two days watching at Brookside "
     "Special School; Brookside cannot take visitors in 2009\u201310 while it is rebuilt. The Trust does not arrange "
     "placements: every School Task is done in the player's own school.")
para("The Trust's Kit Box holds communication aids, switches, symbol software, text-to-speech software and a set of "
     "standardised reading and language assessments, which players may borrow for a School Task. Players have full "
     "use of the University of Castlemoor's library and electronic journals through their student card, as well as "
     "the Bandroom. The Long Room is on the ground floor with a ramp and a hearing loop. Our dances have always "
     "been for everyone who wants to dance.")

doc.add_heading("Marking in tune", level=2)
para("Each hornpipe is marked by two Judges separately, who then agree a mark. The University's moderator, who "
     "does not teach on the book, sees at least one in four of each hornpipe and every fail; the University's "
     "external examiner sees a sample of every hornpipe and attends the examination board. After each hornpipe "
     "the Judges meet to compare marks against the criteria and three marked examples.")

doc.add_heading("Listening to the room", level=2)
para("Before we wrote the book we asked. In spring 2008 the Trust sent a questionnaire to the headteachers of 64 "
     "schools in Tollerdale and Wenmouth, and 38 replied. Heads asked most for help with deploying teaching "
     "assistants, with provision mapping and with working with other services; the county's SEN team told us "
     "that its SENCOs found the Code's paperwork hardest and that few had been trained in access arrangements; "
     "Tollerdale Parent Partnership asked that parents be heard in the course. The School Task on mapping (X:5), "
     "the Partners' Reel (X:9), the afternoon on access arrangements (X:10) and the parent's part in X:8 are in "
     "the book because of those answers.")
para("Two headteachers, the county's principal educational psychologist and a parent from Tollerdale Parent "
     "Partnership sit on the Trust's Award Steering Group, which meets each term, reads the evaluations and agrees "
     "the changes. Every Partner answers a questionnaire each June, and the parent partner co-leads the morning of X:8.")
para("We evaluate the book from inside and out. Players complete a slip after each Hall Day and a questionnaire "
     "at the end of the year; Partners answer the June questionnaire; the moderator and the external examiner "
     "report in writing; and the University reviews the certificate each year through its annual monitoring. Each August the Steering Group "
     "reads all of these and decides what changes; after the trial year, for example, the law day was moved to "
     "the start and the Between-times airs were shortened.")
para("The Trust measures what the book does for players: each player's Starting Profile is re-rated at the end of "
     "the year, and the Trust compares the two ratings, and players' own ratings of their confidence in each set, "
     "with the hornpipe marks for the whole set, reporting them to the Steering Group. We do not yet gather any "
     "measure of pupils' achievement from players' schools; the Trust would like in time to know whether pupils in "
     "players' schools do better, and hopes to ask the University for help with this.")

out = HERE / f"{NAME}.docx"
doc.save(out)
print("wrote", out)
