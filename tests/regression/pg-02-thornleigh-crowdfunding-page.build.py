"""pg-02-thornleigh-crowdfunding-page: builds pg-02-thornleigh-crowdfunding-page.docx next to itself.

Provider (invented): the Thornleigh & District Karate Association (TDKA), eleven karate clubs in the
(invented) Borough of Marlcombe, whose Open Door sessions take children with SEN onto the mat. Its course,
the "Open Door Award", is validated by the (invented) Hexley University; Marlcombe Borough Council's
educational psychologist, speech and language therapist and Parent Partnership Service teach parts of it.

Document kind and layout: the printout of the Association's CROWDFUNDING CAMPAIGN PAGE on an (invented)
all-or-nothing platform, Raisemark, pasted into Word and sent as the application, with the Education
Secretary's note to the panel in a text box. Web-page order: breadcrumb line, title and blurb, a stats text
box ("pledged of ... goal", backers, days to go), a typed tab bar, a video placeholder, then "About this
project" (no heading styles: bold capital section bars shaded grey, bold run-in titles, lists typed with
"\u2022"), an "at a glance" table with merged cells, the belts one by one, how grading works (the key to the Belt
Chart is here, well above the chart), the Belt Chart (28 lines in the Association's own numbering, none for gaining colleagues' commitment, columns
"Trained at" / "Graded at", shaded belt-colour cells), rewards as six small tables with merged title rows and
backer counts, stretch goals, risks and challenges, a section with the platform's grey tip left in, updates
#1-#6 in date order, a comments thread (backers' comments and the creator's replies), an FAQ, and "About the
creator". Header (URL, print date) and footer (platform, PAGE field). One Word comment by the Association's
secretary; one tracked deletion in the FAQ.

The Association's own words: Belt Days (taught Saturdays, repeated on Tuesday twilights), White Belt Review
(pre-course needs analysis), Personal Grading Plan, Sparring Tasks (in the SENCO's own school), Gradings
G1-G3 (assessed pieces), Sensei (tutors), Senpai (school mentors), Grading Panel and Chief Grader (the
University's external examiner), "Mat only" (practised, not graded), "Straight to grading" (assessment-only).

Traps (requirement ids):
- Credits: "30 credits at Master's level", the full PG Certificate needing a further module (E.2 partial).
- Aim as marks only: "better marks in English and maths" (1.1 partial), though ECM is taught in Yellow Belt.
- The dojo's own junior members being asked what they think is the wrong context for 1.5; Brown Belt does
  teach consulting pupils (1.5 met).
- Collaboration beyond the school: the agencies partnership day is "planned for next year's course" (1.6
  partial; 6.S9 not_met "Next year").
- Starts: the at-a-glance table says September "and January 2010"; Update #4 withdraws January; flexibility
  remains (Tuesday repeats, belts in either order, one or two years) (3.2 met).
- E-learning: an online route exists only as a stretch goal at \u00a310,000 ("We'll only do these if we reach
  them"), a tracked deletion in the FAQ removed "Yes \u2014 an online route starts in January.", a creator reply
  says "Not this year", Risks says "it isn't" an online course, and a backer's judo club has its own online
  course (3.3 not_applicable).
- Resources conditional on pledges: the library is "one shelf of books donated by members" and the kits and
  laptops are what rewards "will buy" (5.6 partial).
- CRB: the only statement is in the creator's reply in the page's Comments thread, which is the provider's
  own statement (5.3 met); backers' comments are not the provider's (a head teacher's praise of a pilot SENCO
  winning over her senior team is the only mention of gaining colleagues' commitment: 6.A2 not_met).
- Placements: last summer's pilot visited Brookfield School (past); "nothing is agreed yet" (5.5 partial).
- Stakeholder involvement in evaluation only hoped for ("We would love head teachers..."), though the Borough
  services teach days (4.3 partial); feedback slips that "our Sensei read" with no account of use and no
  external evaluation (5.1 partial); pupil baselines and twelve-week follow-ups collated (5.9 met).
- After the course: the platform's grey tip left in and a hope ("We hope every one of our black-belt SENCOs
  will keep training") (2.5 not_met).
- Award rule: pass every Grading and every line it tests, "no averaging", but Mat only / Not in this course
  / Next year lines are never tested (6.0 partial; 1.9 partial).
- Belt Chart: "Not in this course" for setting priorities and delegating (6.A3 not_met); no line for gaining
  colleagues' commitment (6.A2 not_met); "Mat only" for relationships with pupils and families, encouraging
  formative assessment, supporting colleagues' development and involving pupils (6.A1, 6.S2c, 6.S5, 6.S7
  partial); using other professionals' assessments is graded in G2 but "Trained at" is a dash and no Belt Day
  teaches it (6.S2a partial).
- The Word comment about the Chief Grader and the header/footer are not evidence.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _pg_helpers import add_del, add_field, col_widths, set_cell_text, shade, shade_par, textbox, repeat_header

HERE = Path(__file__).parent
NAME = "pg-02-thornleigh-crowdfunding-page"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(6)

hp = sec.header.paragraphs[0]
hp.text = "Open Door Award: from white belt to black belt | Raisemark    raisemark.co.uk/projects/tdka/the-open-door-award    16/02/2009 11:42"
hp.runs[0].font.size = Pt(7)
fp = sec.footer.paragraphs[0]
fp.text = "\u00a9 2009 Raisemark Ltd \u00b7 Terms of use \u00b7 Privacy \u00b7 Help    page "
add_field(fp, "PAGE", "1")
fp.runs[0].font.size = Pt(7)

GREY = RGBColor(0x80, 0x80, 0x80)


def para(text="", bold=False, italic=False, size=None, color=None, align=None, after=None, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def bar(text):
    p = para(text, bold=True, size=11.5, before=12, after=6)
    shade_par(p, "D9D9D9")
    p.paragraph_format.keep_with_next = True
    return p


def runin(title, text):
    p = para()
    r = p.add_run(title + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullet(text):
    p = para("\u2022  " + text, after=3)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    return p


# ------------------------------------------------------------------ top of page
para("Raisemark  \u203a  Education  \u203a  Thornleigh, United Kingdom", size=8, color=GREY, after=4)
para("The Open Door Award: from white belt to black belt for 20 school SENCOs", bold=True, size=18, after=4)
para("A karate association's course for the teachers who coordinate special needs provision in Marlcombe's "
     "schools. Every pound pledged goes into bursaries and the course library.", size=11, after=4)
para("by Thornleigh & District Karate Association  \u00b7  Thornleigh, UK  \u00b7  Education", size=9, color=GREY)

p = para()
textbox(p, [
    ("\u00a34,180", {"bold": True, "size": 16}),
    ("pledged of \u00a37,500 goal", {"size": 9}),
    ("63 backers     \u00b7     19 days to go", {"bold": True, "size": 10}),
    ("All or nothing. This project will only be funded if at least \u00a37,500 is pledged by Sunday 8 March 2009, "
     "11:59pm GMT.", {"size": 8.5}),
    ("[ Back this project ]", {"bold": True, "size": 10}),
], width_pt=440, fill="F2F2F2")

p = para()
textbox(p, [
    ("A NOTE FOR THE TDA PANEL", {"bold": True, "size": 10}),
    ("We were asked to send the description of our course that we actually use. This printout of our fundraising "
     "page is the fullest account of the Open Door Award we have written, so it is our application. Everything on "
     "it under our name, including our replies to comments, is ours; the backers' comments are their own words.",
     {"size": 9}),
    ("The course runs whatever happens to this campaign: Hexley University has validated it and schools pay the "
     "fee. The pledges pay only for bursaries and for the course library.", {"size": 9}),
    ("Andrew Okafor, Education Secretary, Thornleigh & District Karate Association", {"italic": True, "size": 9}),
], width_pt=440, fill="FFF2CC", line="BF9000")

para("CAMPAIGN      REWARDS      UPDATES 6      COMMENTS 14      FAQ 7", bold=True, size=9, color=GREY, before=8)
para("[VIDEO 2:41 \u2014 Sensei Jo Hartley and three SENCOs from last summer's pilot. The video plays on the web "
     "page.]", italic=True, size=9, color=GREY)

# ------------------------------------------------------------------ about
bar("ABOUT THIS PROJECT")
runin("Why a karate association?",
      "For twenty-two years the Thornleigh & District Karate Association has run children's classes in eleven "
      "clubs across Marlcombe. Since 2003 our Open Door sessions have brought children with autism, dyspraxia, "
      "Down syndrome and ADHD onto the mat alongside everyone else. At every club we ask our junior members what "
      "they think of their sessions, and we change things when they tell us. Parents kept telling us the same "
      "thing: he can do it in the dojo, so why can't school see it? Seven of our instructors are teachers, and two "
      "of us were SENCOs for many years. So we decided to do something about the other side of the door.")
runin("Our goal.",
      "Our goal is simple: every child with special educational needs in Marlcombe should get better marks in "
      "English and maths. The SENCO, the teacher who coordinates special needs provision in a school, is the person "
      "who makes that happen, and too many of Marlcombe's SENCOs are new to the job with nobody to train them.")
runin("What is the Open Door Award?",
      "It is our course for teachers who coordinate provision for pupils with special educational needs. It is "
      "validated by Hexley University's School of Education as its Postgraduate Award in SEN Coordination: 30 "
      "credits at Master's level (level 7). A graduate who wants the University's full Postgraduate Certificate "
      "can add a further 30-credit module at the University. The Open Door Award is our application to the "
      "Training and Development Agency for Schools for approval to provide the National Award for SEN "
      "Coordination.")
para("[Photo: an Open Door session at the Thornleigh club, 2008]", italic=True, size=9, color=GREY)

para("At a glance", bold=True, size=10.5)
g = doc.add_table(rows=8, cols=3)
g.style = "Table Grid"
rows = [
    ("Who it is for", "Teachers with QTS who are, or are about to become, the SENCO of a school"),
    ("Validated by", "Hexley University, School of Education"),
    ("Level and credits", "Master's level (level 7), 30 credits"),
    ("Starts", "September 2009 (and January 2010)"),
    ("Where", "Thornleigh Community Sports Centre (Saturdays); Marlcombe Teachers' Centre (Tuesday twilights)"),
    ("Fee", "\u00a3995 per SENCO, including University registration"),
    ("Group size", "No more than 12 SENCOs"),
]
c = g.cell(0, 0).merge(g.cell(0, 2))
set_cell_text(c, "THE OPEN DOOR AWARD", bold=True, size=9.5)
shade(c, "1F1F1F")
c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, (a, b) in enumerate(rows, start=1):
    set_cell_text(g.cell(i, 0), a, bold=True, size=9)
    m = g.cell(i, 1).merge(g.cell(i, 2))
    set_cell_text(m, b, size=9)
    shade(g.cell(i, 0), "EDEDED")
col_widths(g, [4.0, 6.5, 6.5])
para()

runin("Belt by belt.",
      "We built the course the way we build a karateka. Each belt is a block of Belt Days (taught Saturdays), "
      "practice back in school and, for some belts, a Grading. Every Belt Day starts from the evidence: Ofsted's "
      "reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
      "matter where pupils are taught? (2006), and the Bercow Review of services for children with speech, language "
      "and communication needs (2008), which our Orange Belt days are rebuilding around.")
for b in ["White Belt \u2014 the White Belt Review, before the course starts",
          "Yellow Belt \u2014 the law and the big picture (2 Belt Days)",
          "Orange Belt \u2014 children and their needs (2 Belt Days)",
          "Green Belt \u2014 assessing and planning (2 Belt Days)",
          "Blue Belt \u2014 provision and people (2 Belt Days)",
          "Brown Belt \u2014 pupils, parents and partners (2 Belt Days)",
          "Black Belt \u2014 leading and evaluating (2 Belt Days), then the Black Belt Grading"]:
    bullet(b)

para("The belts, one by one", bold=True, size=11, before=8)
runin("WHITE BELT.",
      "Before the first Belt Day every SENCO has a White Belt Review: a two-hour meeting at their school with "
      "their Sensei (tutor) and their head teacher. Beforehand the SENCO rates themselves against every line of "
      "the Belt Chart and sends us evidence of earlier study and experience. At the meeting we agree a Personal "
      "Grading Plan: which lines the SENCO already holds and can go lighter on, which need most work, which focus "
      "for the Sparring Tasks suits their school, and the personal targets they will be graded on.")
runin("Credit for what you already know.",
      "A SENCO who has already passed Master's-level study in special educational needs can have it set against "
      "the Award under the University's rules for accreditation of prior learning. A SENCO with long experience "
      "can claim credit for it through a reflective claim mapped to the Belt Chart, which the Sensei and the "
      "University's link tutor assess.")
runin("Straight to grading.",
      "Very occasionally an applicant (say a teacher from the Borough's learning support service who has "
      "coordinated provision for years) already seems to hold every line of the Belt Chart. In those exceptional "
      "cases, after the White Belt Review, we let them go straight to the three Gradings without attending Belt "
      "Days. They are graded against the Belt Chart exactly like everyone else, and pay a reduced fee of \u00a3450.")
runin("YELLOW BELT: the law and the big picture.",
      "The SEN Code of Practice (2001) and the Special Educational Needs and Disability Act 2001: what they mean "
      "for a school and its SENCO and how to use them day to day. The Disability Discrimination Act 1995, as "
      "amended in 2005, the Disability Equality Duty and what they require a school to do. Every Child Matters: "
      "its five outcomes and the SENCO's part in them. What research and inspection tell us works for pupils with "
      "special educational needs, and how to use research and outside advice to improve your own and your "
      "colleagues' practice. How to keep yourself up to date: the journals, websites and networks every SENCO "
      "should know.")
runin("ORANGE BELT: children and their needs.",
      "How children develop (physically, emotionally, socially and in language) and how special needs, "
      "disability and the classroom environment can affect that development. The most common needs a SENCO "
      "meets: behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; "
      "speech, language and communication needs; autism; moderate learning difficulties; and what each means for "
      "learning. A speech and language therapist and an educational psychologist from Marlcombe Borough Council "
      "teach parts of these days.")
runin("GREEN BELT: assessing and planning.",
      "Spotting pupils who may have special needs by observation, data and assessment; setting challenging "
      "targets; planning interventions; reviewing progress. Using national test results and other summative data "
      "to track progress and change what isn't working. Helping colleagues use assessment for learning with "
      "pupils with special educational needs. Access arrangements for national tests and examinations: spotting "
      "in good time who needs them and putting them in place with colleagues. Approaches, strategies and "
      "resources for teaching, including ICT, looked at critically.")
runin("BLUE BELT: provision and people.",
      "Provision mapping, and finding provision that is missing or not working. Deploying and managing teaching "
      "assistants and other staff. Coaching and mentoring colleagues, observing teaching and giving feedback, "
      "leading training.")
runin("BROWN BELT: pupils, parents and partners.",
      "Building fair and respectful relationships with pupils and their families. How to ask pupils, including "
      "pupils who do not use speech, what they think of their support, and how to involve them in planning and "
      "reviewing it. Working with parents and carers; Marlcombe's Parent Partnership Service teaches this "
      "session. The scope and role of external agencies and how to get specialist help and resources. Our "
      "agencies day, on working in partnership with other services and voluntary organisations, is planned for "
      "next year's course.")
runin("BLACK BELT: leading and evaluating.",
      "Working with the head, senior colleagues and governors on an inclusive ethos, policies, priorities and the "
      "use of resources. The principles of school self-evaluation and improvement and where special needs fit. "
      "Reviewing with colleagues how well provision is working, to feed the school's self-evaluation. Seeing "
      "problems coming and making sound decisions when things go wrong.")

runin("Sparring Tasks.",
      "Between Belt Days each SENCO does three Sparring Tasks in their own school, each tied to lines of the Belt "
      "Chart. Sparring Task 1: choose four to six pupils, set targets, plan and run an intervention for twelve "
      "weeks, recording a baseline (reading or number age, attendance and a well-being scale) before it starts "
      "and again at the end. Sparring Task 2: map provision across one year group, find the gaps, redeploy "
      "support staff, and plan the access arrangements for that year's national tests. Sparring Task 3: lead a "
      "review of provision for your Sparring Task 1 group with colleagues and parents, and present it to your head "
      "and governors. Every Sparring Task means changing something real in your school and showing what "
      "difference it made.")

# ------------------------------------------------------------------ grading
bar("HOW GRADING WORKS")
for t_, x in [
    ("Grading 1 (G1), January.",
     "A written review of 3,000 words of your school's special needs and disability policy against the law and "
     "Every Child Matters, with a case study of two pupils showing how their development and needs affect their "
     "learning, drawing on research and outside advice; plus your Reading Log, which shows how you have kept "
     "yourself up to date."),
    ("Grading 2 (G2), April.",
     "The Sparring File: your records of Sparring Tasks 1 and 2 with a commentary of 4,000 words. It must show "
     "how you identified the pupils, set targets and reviewed progress, how you used the advice and assessments "
     "of other professionals in planning, how you used test data, your provision map, how you deployed staff and "
     "how you put access arrangements in place."),
    ("Grading 3 (G3), July.",
     "The Black Belt Grading: a presentation of 20 minutes and a professional discussion, before two Sensei and a "
     "member of the Grading Panel, on Sparring Task 3: the review you led with colleagues and parents, what you "
     "presented to your head and governors, how you worked with the parents and carers, what you know of the "
     "agencies and how you got specialist help, and how you made decisions when things went wrong."),
]:
    runin(t_, x)
runin("Reading the Belt Chart.",
      "On the Belt Chart, \u201cTrained at\u201d names the belt whose Belt Days teach the line, and \u201cGraded at\u201d names "
      "the Grading that tests it. Mat only in the Graded column means we practise that line on the mat, on Belt "
      "Days and in Sparring Tasks, but no Grading tests it. Not in this course means what it says. Next year means "
      "we plan to add it for the 2010 intake.")
p = runin("Who marks?",
          "Every Grading is marked by two Sensei against the grading criteria we publish at the White Belt Review. "
          "The University's moderators sample every Grading, and the University's external examiner, who is our "
          "Chief Grader, sees a sample and every fail and sits on the Grading Panel.")
doc.add_comment(p.runs[-1:], text="Should we name her? Dr Pearce from Castlebridge has said yes but the "
                                  "University hasn't confirmed yet. AO", author="Andrew Okafor", initials="AO")
runin("Black belt.",
      "Nobody gets a black belt for turning up. To receive the Award a SENCO must pass all three Gradings and "
      "every line that each Grading tests. There is no averaging: a strong Sparring File cannot make up for a "
      "weak G1.")

# ------------------------------------------------------------------ Belt Chart
bar("THE BELT CHART")
para("What a black-belt SENCO can do. Each line is one of the national minimum outcomes for SENCOs, in our "
     "words.", italic=True, size=9)
CHART = [
    ("1", "Builds fair, respectful and supportive relationships with pupils with special needs and with their "
          "families.", "Brown", "Mat only"),
    ("2", "Sets priorities, manages time and delegates well.", "Not in this course", "Not in this course"),
    ("3", "Sees problems coming, solves them and makes sound decisions about provision.", "Black", "G3"),
    ("4", "Speaks and writes clearly; listens to others and understands their views.", "All belts", "G1, G3"),
    ("5", "Uses research and outside advice to improve own and colleagues' practice.", "Yellow", "G1"),
    ("6", "Keeps up to date and takes charge of own professional development.", "Yellow", "G1"),
    ("7", "Knows the law and guidance on special needs, including the Code of Practice, what they mean for the "
          "school and how to use them.", "Yellow", "G1"),
    ("8", "Knows Every Child Matters, its five outcomes and the SENCO's part in them.", "Yellow", "G1"),
    ("9", "Knows the disability equality law and what it requires a school to do.", "Yellow", "G1"),
    ("10", "Knows how children develop and how needs, disability and environment affect development.", "Orange",
     "G1"),
    ("11", "Knows the common needs (BESD, dyslexia and other SpLD, SLCN, autism, MLD) and how they affect "
           "learning.", "Orange", "G1"),
    ("12", "Has a critical grasp of approaches, strategies and resources, including ICT, for assessing, planning "
           "and teaching.", "Green", "G2"),
    ("13", "Knows the principles of school self-evaluation and improvement and how they bear on pupils with "
           "special needs.", "Black", "G3"),
    ("14", "Knows best practice and what research says about meeting special needs.", "Yellow", "G1"),
    ("15", "Knows what external agencies do and how to get specialist help and resources.", "Brown", "G3"),
    ("16", "Works with senior colleagues and governors on an inclusive ethos, policies, priorities and "
           "resources.", "Black", "G3"),
    ("17", "Identifies pupils who may have special needs, sets challenging targets, plans interventions and "
           "reviews progress.", "Green", "G2"),
    ("18", "Uses assessments from other professionals to shape teaching.", "\u2014", "G2"),
    ("19", "Uses national tests and other summative assessment to track progress and change programmes.",
     "Green", "G2"),
    ("20", "Encourages colleagues to develop formative assessment, with approaches for pupils with special "
           "needs.", "Green", "Mat only"),
    ("21", "Spots in good time the access arrangements pupils need for tests and examinations and puts them in "
           "place.", "Green", "G2"),
    ("22", "Uses provision mapping and finds provision that is missing or not working.", "Blue", "G2"),
    ("23", "Deploys and manages staff well.", "Blue", "G2"),
    ("24", "Supports colleagues' professional development: observation and feedback, modelling, coaching, "
           "mentoring, training.", "Blue", "Mat only"),
    ("25", "Reviews with colleagues how well provision works, to inform the school's self-evaluation.", "Black",
     "G3"),
    ("26", "Involves pupils in planning, agreeing, reviewing and evaluating their provision.", "Brown",
     "Mat only"),
    ("27", "Works with parents and carers to promote their children's learning and development.", "Brown", "G3"),
    ("28", "Works in partnership with other services and agencies, including voluntary organisations.",
     "Next year", "Next year"),
]
BELT_FILL = {"Yellow": "FFF2A8", "Orange": "FCD5B4", "Green": "D8E4BC", "Blue": "C5D9F1", "Brown": "DDC9B4",
             "Black": "595959"}
bc = doc.add_table(rows=1 + len(CHART), cols=4)
bc.style = "Table Grid"
for i, h in enumerate(["No.", "A black-belt SENCO ...", "Trained at", "Graded at"]):
    set_cell_text(bc.cell(0, i), h, bold=True, size=9)
    shade(bc.cell(0, i), "BFBFBF")
repeat_header(bc.rows[0])
for r, row in enumerate(CHART, start=1):
    for i, v in enumerate(row):
        set_cell_text(bc.cell(r, i), v, size=8.5, color=("FFFFFF" if (i == 2 and v == "Black") else None))
    if row[2] in BELT_FILL:
        shade(bc.cell(r, 2), BELT_FILL[row[2]])
col_widths(bc, [1.0, 11.0, 2.6, 2.4])

# ------------------------------------------------------------------ rewards
bar("REWARDS")
para("Our course library at the Sports Centre is, today, one shelf of books donated by members. The assessment "
     "kits and laptops that SENCOs will borrow are what the \u00a3150 and \u00a3250 rewards will buy.")
REWARDS = [
    ("Pledge \u00a35 or more", "Thank you, Sensei", "30 backers",
     "Your name on the Open Door Award roll of honour on our website, and a postcard from the dojo.",
     "Estimated delivery: April 2009"),
    ("Pledge \u00a320 or more", "Belt Day biscuits", "14 backers",
     "We name one Belt Day tea break after you (really), plus the postcard.", "Estimated delivery: September 2009"),
    ("Pledge \u00a350 or more", "Sponsor a Belt Day", "10 backers",
     "Your pledge pays towards supply cover so that a SENCO from a small school can come to a Tuesday twilight "
     "without the school losing out. Your name on that day's handout.", "Estimated delivery: September 2009"),
    ("Pledge \u00a3150 or more", "Stock the library", "5 backers \u00b7 Limited (15 left of 20)",
     "Buys one assessment kit for the course library (a standardised reading test, a language screening kit or a "
     "dyslexia screening pack), with a bookplate in your name.", "Estimated delivery: June 2009"),
    ("Pledge \u00a3250 or more", "A laptop for loan", "1 backer \u00b7 Limited (3 left of 4)",
     "Buys a laptop with text-to-speech and mind-mapping software that SENCOs can borrow to try with pupils in "
     "school.", "Estimated delivery: June 2009"),
    ("Pledge \u00a3600 or more", "A whole black belt", "3 backers \u00b7 Limited (17 left of 20)",
     "A full bursary: the fee for one SENCO from a Marlcombe school that cannot pay it. We will send you a "
     "photograph of the Black Belt Grading (with permission).", "Estimated delivery: July 2010"),
]
for amount, title, backers, desc, deliv in REWARDS:
    rt = doc.add_table(rows=3, cols=2)
    rt.style = "Table Grid"
    c = rt.cell(0, 0).merge(rt.cell(0, 1))
    set_cell_text(c, f"{amount}  \u2014  {title}", bold=True, size=9.5)
    shade(c, "E2EFDA")
    c = rt.cell(1, 0).merge(rt.cell(1, 1))
    set_cell_text(c, desc, size=9)
    set_cell_text(rt.cell(2, 0), backers, size=8.5, color="595959")
    set_cell_text(rt.cell(2, 1), deliv, size=8.5, color="595959")
    col_widths(rt, [8.5, 8.5])
    para(after=2)

bar("STRETCH GOALS")
para("If we go past \u00a37,500, here is what more would let us do:")
bullet("\u00a310,000 \u2014 Dojo Online: an online route for SENCOs who cannot get to Saturdays or Tuesdays, with a "
       "tutor forum, recorded Belt Days and online tutorials between Belt Days.")
bullet("\u00a312,500 \u2014 A second Sensei for Brown Belt, and a visit to a special school for every SENCO.")
para("We'll only do these if we reach them.")

bar("RISKS AND CHALLENGES")
para("The biggest risk is time. SENCOs are some of the busiest people in any school, so we have kept groups to "
     "twelve, put the taught days on Saturdays with a Tuesday repeat, and built the Sparring Tasks from work a "
     "SENCO has to do anyway. If a Sensei falls ill, Dr Linda Frear at the University covers their Belt Days.")
para("If we don't reach \u00a37,500 the course still runs, but there will be no bursaries and no new library stock "
     "this year. We won't pretend this is an online course: it isn't.")

bar("AFTER BLACK BELT")
para("[Raisemark tip: Tell backers what happens after your project ends. Be specific about what they can "
     "expect. Delete this tip before you publish.]", italic=True, size=9, color=GREY)
para("In karate, black belt is only the beginning. We hope every one of our black-belt SENCOs will keep training "
     "long after the Award, and perhaps some will come back to us as Senpai.")

# ------------------------------------------------------------------ updates
bar("UPDATES")
UPD = [
    ("Update #1 \u00b7 12 January 2009", "We're live!",
     "Thank you to the 21 people who backed us in the first six hours, most of them parents from the Open Door "
     "sessions. Please share the page."),
    ("Update #2 \u00b7 15 January 2009", "What the pilot taught us",
     "Last June and July we ran a pilot of the Yellow and Green Belt days with nine SENCOs. The pilot group spent "
     "a morning at Brookfield School, Marlcombe's special school. Their feedback changed the course: they asked "
     "for more on using test data, so Green Belt now has a whole afternoon on it, and they told us that a written "
     "Grading in December clashed with reports, so G1 has moved to January."),
    ("Update #3 \u00b7 22 January 2009", "Validated!",
     "Hexley University's validation panel approved the Open Door Award on 20 January as the University's "
     "Postgraduate Award in SEN Coordination, 30 credits at level 7. Dr Linda Frear is our link tutor."),
    ("Update #4 \u00b7 30 January 2009", "A change of plan on start dates",
     "We said on this page that you could start in September or January. Having listened to the University and to "
     "head teachers, there will be one start, in September. There is still plenty of room to fit the course round "
     "your school: every Belt Day runs twice, on a Saturday at the Sports Centre and again, with the same content, "
     "on a Tuesday twilight at Marlcombe Teachers' Centre; you can take Blue Belt and Brown Belt in either order; "
     "and you can finish in one year or spread the belts over two."),
    ("Update #5 \u00b7 6 February 2009", "What Marlcombe's schools told us",
     "In the autumn we sent a questionnaire to all 64 schools in Marlcombe and 41 replied. Twenty-three said their "
     "SENCO had been in the role for less than two years. Thirty said weekday release was the biggest barrier to "
     "training. The Borough's SEN team told us that speech and language needs and autism are where schools ask "
     "them for help most, and the Parent Partnership Service told us that families want SENCOs who talk to them "
     "before decisions are made, not after. So we changed the course: the Tuesday twilights are there because of "
     "the release figures; Orange Belt has a speech and language session taught by a therapist; and the Parent "
     "Partnership Service now teaches the parents' session of Brown Belt."),
    ("Update #6 \u00b7 13 February 2009", "Meet the Senpai",
     "Every SENCO has a Senpai: an experienced colleague in their own school, usually the head or a deputy. Every "
     "Senpai comes to a Senpai Evening in September and gets the Senpai Card, which sets out what a Senpai does "
     "(agrees the Sparring Tasks, observes with the SENCO, signs the task records) and what a Senpai does not do "
     "(a Senpai never marks a Grading). A Sensei visits each Senpai once a term. Our Sensei and the University's "
     "link tutor spend a day together every August agreeing the grading criteria and who does what."),
]
for head, title, body in UPD:
    para(head, size=8.5, color=GREY, after=0, before=6)
    para(title, bold=True, after=2)
    para(body)

# ------------------------------------------------------------------ comments
bar("COMMENTS (14)")
para("[8 earlier comments are not shown in this printout]", italic=True, size=8.5, color=GREY)
COMMENTS = [
    ("Karen W. (backer) \u00b7 2 days ago",
     "Our SENCO did the pilot last summer and she won our whole senior team round to the new provision map. Best "
     "\u00a350 I've spent. Karen Wilde, head teacher, St Aidan's C of E Primary"),
    ("Creator \u2014 Thornleigh & District KA", "Thank you, Karen!"),
    ("Dev P. \u00b7 3 days ago",
     "Genuine question: do you check that the teachers are safe to work with children? Our club gets asked this "
     "all the time."),
    ("Creator \u2014 Thornleigh & District KA",
     "Yes. Every applicant's head teacher signs our nomination form to confirm that the applicant holds a current "
     "enhanced CRB disclosure and that there are no concerns about their conduct. If an applicant has not worked "
     "in a school in the last three months, we ask for a new enhanced disclosure, through Marlcombe Borough "
     "Council, before the White Belt Review. No check, no Belt Day."),
    ("Mo R. \u00b7 4 days ago", "Will the SENCOs get to visit a special school like last year's pilot group did?"),
    ("Creator \u2014 Thornleigh & District KA",
     "We'd like them to. We're still talking to Brookfield School about visits, and nothing is agreed yet."),
    ("Priya S. \u00b7 5 days ago", "I'm a SENCO in Hexley. Can I join online? I can't do Saturdays."),
    ("Creator \u2014 Thornleigh & District KA",
     "Not this year, unless we hit the \u00a310,000 stretch goal. The Tuesday twilights might suit you, though!"),
    ("Gav T. (backer) \u00b7 6 days ago",
     "Osu! From Kelbourne Judo Club's education trust: our online course for teaching assistants started last "
     "term and runs a tutor forum every evening. Happy to share notes."),
]
for who, text in COMMENTS:
    p = para(after=4)
    r = p.add_run(who)
    r.bold = True
    r.font.size = Pt(8.5)
    r.add_break()
    p.add_run(text)
    if who.startswith("Creator"):
        p.paragraph_format.left_indent = Cm(1.0)

# ------------------------------------------------------------------ FAQ
bar("FREQUENTLY ASKED QUESTIONS")
FAQ = [
    ("Is this a real qualification?",
     "Yes. Hexley University has validated it as a Postgraduate Award, 30 credits at Master's level, and we have "
     "applied to the TDA for approval to provide the National Award for SEN Coordination."),
    ("What does it cost?",
     "\u00a3995 per SENCO, including University registration. That is well under half the cost of the nearest "
     "university course once travel and supply cover are counted, because the Belt Days are on Saturdays and "
     "Tuesday evenings and the Sports Centre gives us the room free. Bursaries from this campaign cover the whole "
     "fee for SENCOs from schools that cannot pay."),
    ("What if I miss a Belt Day?", "Come to the Tuesday repeat. Your Sensei will also see you for a tutorial at "
                                   "the end of every belt."),
    ("Is there an online option?", None),
    ("Who can take part if they are disabled?",
     "Anyone. The application form asks every applicant whether they have a disability or health condition we "
     "should know about, and explains why we ask and who will see the answer. We then agree adjustments with each "
     "SENCO: handouts in large print or sent in advance, a hearing loop at both venues, extra time or a different "
     "format for a Grading, and a Sparring Task plan that works round their needs. Both venues have level access "
     "and accessible toilets. We follow the Disability Discrimination Act in choosing venues, writing our "
     "publicity and grading."),
    ("Who marks the Gradings?", "See How grading works above: two Sensei, the University's moderators and our "
                                "Chief Grader."),
    ("How do you know it works?",
     "After every Belt Day each SENCO fills in a feedback slip, and our Sensei read them all. For the pupils, each "
     "SENCO records a baseline for the pupils in Sparring Task 1 (reading or number age, attendance and a "
     "well-being scale) and measures them again after twelve weeks; we put the whole group's results together "
     "and report them to the University and the Borough every summer. SENCOs rate their own confidence against "
     "the Belt Chart at the White Belt Review and again at the Black Belt Grading. We would love head teachers to "
     "help us judge how well the course works, and we hope to invite some onto a review group next year."),
    ("Who can apply?",
     "Teachers with QTS who are their school's SENCO or will be from next term, with their head teacher's "
     "nomination. Every applicant has a conversation with a Sensei first. If we think you would struggle to reach "
     "black belt this year, we will say so honestly, suggest what to do first and talk it through with your "
     "head."),
]
for q, a in FAQ:
    para(q, bold=True, after=2)
    if a is None:
        p = para()
        add_del(p, "Yes \u2014 an online route starts in January. ", author="Andrew Okafor",
                date="2009-02-16T10:05:00Z")
        p.add_run("Only if we reach our \u00a310,000 stretch goal (see above).")
    else:
        para(a)

# ------------------------------------------------------------------ about the creator
bar("ABOUT THE CREATOR")
para("Thornleigh & District Karate Association is a registered charity of eleven clubs and 640 members, "
     "affiliated to the English Karate Governing Body. The Open Door Award is run by its Education Committee.")
for name, txt in [
    ("Sensei Jo Hartley, 5th Dan, Course Leader.",
     "SENCO of Marlcombe High School for twelve years; MA in Inclusive Education (Hexley, 2006); now a part-time "
     "SEN adviser for Marlcombe Borough Council and a member of NASEN."),
    ("Dr Sam Achebe, 2nd Kyu.",
     "Educational psychologist with Marlcombe Borough Council, still in practice; teaches Orange and Green Belt."),
    ("Dr Linda Frear.",
     "Senior Lecturer in Special and Inclusive Education at Hexley University and our link tutor; teaches Black "
     "Belt."),
]:
    runin(name, txt)
para("Thornleigh & District Karate Association  \u00b7  Thornleigh Community Sports Centre, Mill Lane, Thornleigh "
     "TH4 7QS  \u00b7  First created  \u00b7  2 backed", size=8.5, color=GREY)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
