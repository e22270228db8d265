"""ft-01-wensford-synod-paper: a diocesan synod paper with the record of its debate.

Provider (invented): the Wensford Diocesan Board of Education (Diocese of
Wensford, a large rural diocese: 176 church schools, 58 voluntary aided and
118 voluntary controlled, 97 of them with fewer than 100 pupils), with
St Cuthman's University College, Harmouth, a church university college with
taught degree awarding powers. The award is the "St Cuthman's Postgraduate
Certificate in Special Educational Needs Coordination (National Award for
SENCOs)", 60 credits at Level 7, taught in five "deanery cells".

Document kind: Synod paper DS(09)06, "Every One Known by Name", a report from
the Board of Education to the Diocesan Synod of 14 March 2009 asking Synod to
endorse the application, sent to the TDA as it was circulated, with the
extract from the Record of Proceedings of the debate bound after it and a
short shaded note from the Director of Education on top.

Layout: no heading styles. A shaded one-cell note to the panel; a title
block typed in bold capitals; a "Summary" paragraph; hand-numbered paragraphs
1-41 under bold typed headings; the motion in a bordered one-cell table;
Annexes A-D (a day-by-day table, a finance table, a staff table, an outcome
map with merged group rows); then "EXTRACT FROM THE RECORD OF PROCEEDINGS"
in the third person, with speakers by name and deanery, questions answered
by the Director, two amendments (one lost, one carried) and the count by
Houses. A page header ("DS(09)06 ...") and footer (never evidence).

Traps (requirement ids):
- 2.1 not_met: a negation inside the finance section, far from any heading
  on prior learning: "in the first year of the Award we shall not be able to
  accredit prior learning or experience".
- 2.3 not_met: an amendment to add an assessment-only route was moved in
  the debate and lost; the Director said there would be none in 2009-10.
- 5.3 not_met: the paper says the Board "does not carry out or see CRB
  disclosures"; in the debate a lay member describes the parish's CRB checks
  on Sunday-school volunteers (wrong context) and the Director confirms the
  Board will not repeat employers' checks.
- 5.9 partially_met: confidence measured by repeating the self-review; the
  impact on children's learning appears only as a hope in para 35 and in a
  carried amendment asking the Board to "report to Synod in March 2010".
- 1.5 partially_met and 6.S7 partially_met: consulting pupils is "touched on"
  on Day 4; the map says "Not assessed in 2009-10".
- 1.9 / 6.0 partially_met: blanket claim "Every one of the national minimum
  outcomes is assessed" is contradicted by Annex D; the award rule is pass
  three assignments plus a signed portfolio.
- 6.A3, 6.A7, 6.K4 partially_met: Annex D says not separately assessed, an
  unmarked journal, a formative quiz.
- 6.S2d not_met: no row in Annex D and nothing elsewhere on access
  arrangements for tests.
- 3.1 partially_met: values and the College's Disability Equality Scheme,
  level access at College venues; no arrangement for disclosure or
  individual adjustments (the Director "would take the point away").
- 3.3 partially_met: "Cuthman Online" holds materials and a forum; no tutor
  support online or between study days is described.
- 5.5 partially_met: specialist contributors listed; visits and placements
  explicitly not built in.
- 5.2 partially_met: entry is QTS, being in post and the head's nomination;
  nothing checks prior knowledge.
- 5.7 partially_met: cell tutors "know the course well", nothing more.
- 2.5 partially_met: Day 10 "encouraged to think about where their learning
  goes next", no tools or discussion with line managers.
- Generic mission statements (paras 3-4, "every child known by name") with
  no arrangement: not evidence for anything.
- 4.1, 4.2, 4.3 met: survey of heads and SENCOs, county officers' comments
  and the changes they produced, a Steering Group and heads' questionnaire.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("ft-01-wensford-synod-paper.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Gill Sans MT"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def borders(table, sz="6"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "444444")
        b.append(e)
    tblPr.append(b)


def para(text="", bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(text):
    p = para(text.upper(), bold=True, space_after=4)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


N = [0]


def num(text, lead=None):
    """A hand-numbered paragraph: the number is typed, with a tab."""
    N[0] += 1
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(f"{N[0]}.\t")
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    p.add_run(text)
    return p


def sub(letter, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.space_after = Pt(3)
    p.add_run(f"({letter})\t{text}")
    return p


def table(rows, widths=None, header=True, fill_head="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    borders(t)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(9.5)
            if header and i == 0:
                r.bold = True
                shade(c, fill_head)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "DS(09)06\tDiocesan Synod, 14 March 2009\tNot for publication before the Synod"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Diocese of Wensford  \u2022  Diocesan Synod papers are the property of the Synod  \u2022  Page "
fp.runs[0].font.size = Pt(8)
fr = fp.add_run()
for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), tag)
        fr._r.append(e)
    else:
        e = OxmlElement("w:instrText")
        e.set(qn("xml:space"), "preserve")
        e.text = txt
        fr._r.append(e)

# ---------------------------------------------------------------- note to panel
t = doc.add_table(rows=1, cols=1)
borders(t, "8")
c = t.cell(0, 0)
shade(c, "EAF1DD")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for line in (
    "This is Synod paper DS(09)06 exactly as it was circulated to members of the Diocesan Synod on "
    "20 February 2009, followed by the extract from the Record of Proceedings for Item 9 of the Synod held "
    "at St Cuthman's University College on Saturday 14 March 2009. We send the two together because between "
    "them they describe the Award as the Board and the College will run it. Where the debate settled or "
    "changed a point, the Record is the later word.",
    "Annex D, the map of the national outcomes, was prepared for Synod by the College's programme team and "
    "is unchanged. The Synod's resolution is at the end of the Record.",
    "Peter Lowry, Diocesan Director of Education, 23 March 2009",
):
    pp = c.add_paragraph(line)
    pp.runs[0].font.size = Pt(9.5)
doc.add_paragraph()

# ---------------------------------------------------------------- title block
para("DIOCESE OF WENSFORD", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("DIOCESAN SYNOD", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("DS(09)06", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
para("EVERY ONE KNOWN BY NAME", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("A SENCO Award for the Church Schools of the Diocese", bold=True, size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("A report from the Diocesan Board of Education", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER,
     space_after=12)

heading("Summary")
para(
    "New regulations require every maintained school, including every church school, to have a qualified "
    "teacher as its special educational needs coordinator (SENCO), and teachers new to the role will soon "
    "have to gain a national award. Most of our schools are small and a long way from a university. The "
    "Board proposes to offer the award itself, with St Cuthman's University College, taught close to home "
    "in five deanery cells. This paper explains the proposal, what it will cost and what the Board asks of "
    "Synod. The motion is at paragraph 40."
)

heading("Background")
num(
    "Since 1 September 2008 the Education (Special Educational Needs Coordinators) (England) Regulations "
    "2008 have required the governing body of every maintained school to designate a qualified teacher as "
    "SENCO. The Government has announced that from September 2009 teachers new to the role will be "
    "required to gain a nationally accredited award within three years of taking it up. The Training and "
    "Development Agency for Schools (TDA) is approving the providers who may offer that award."
)
num(
    "The Diocese has 176 church schools: 58 voluntary aided and 118 voluntary controlled. The Board has a "
    "duty to promote education in them and a particular responsibility, with the governors, for the "
    "voluntary aided schools. None of the three universities that currently run SENCO courses in the "
    "region is within an hour's drive of most of our schools."
)

heading("Why this matters to a church school")
num(
    "Our schools have always said that every child is known by name and loved by God. The parable of the "
    "great banquet in Luke 14 reminds us that the invitation goes out to those whom others pass by. A "
    "church school that does not serve its children with special educational needs well is not living up "
    "to its foundation."
)
num(
    "The Board believes that the SENCO is one of the people who make that promise real in a school, and "
    "that our schools deserve SENCOs who are confident, well informed and well supported. We also believe "
    "in collaboration rather than competition between schools, and in the particular gifts of small rural "
    "schools."
)

heading("What our schools told us")
num(
    "Of our 176 schools, 97 have fewer than 100 pupils, and in 41 of them the headteacher is also the "
    "SENCO. From Harmouth to the northern edge of Carnmoor Deanery is 72 miles, and most of the journey is "
    "on single-track roads."
)
num(
    "In October 2008 the Board sent a short questionnaire to all 176 headteachers and to every SENCO named "
    "in the Board's schools directory. 131 headteachers and 88 SENCOs replied. The main findings were:"
)
sub("a", "63% of heads would release a SENCO only for a course held within thirty minutes' drive of the school;")
sub("b", "the cost of supply cover, rather than the fee, was the barrier most often named;")
sub("c", "heads of small schools who are also SENCOs asked for more on managing teaching assistants and on "
    "getting help from agencies \"when the nearest educational psychologist is two hours away\";")
sub("d", "SENCOs asked for more on working with parents, and for time to learn from each other.")
num(
    "The College's programme team and the SEN officers of Wenshire County Council and Carnmoor County "
    "Council read a first draft of the course in December 2008 and met the Board's SEN and Inclusion "
    "Adviser on 8 January 2009. As a result of the survey and of that meeting the draft was changed in four "
    "ways: most study days now take place in deanery cells rather than at Harmouth; a Saturday cell has "
    "been added at Wensford for SENCOs who cannot be released; a whole day on working with parents is now "
    "co-led by the Wenshire Parent Partnership Service; and at the request of Carnmoor's officers the "
    "county's provision-mapping tool is used in Unit 3 in place of the commercial one first proposed."
)

heading("The Award")
num(
    "The Award will be the St Cuthman's Postgraduate Certificate in Special Educational Needs Coordination "
    "(National Award for SENCOs). It carries 60 credits at Level 7 (masters level) and was validated by the "
    "College's Academic Board on 4 February 2009 under the College's own taught degree awarding powers, "
    "subject to the TDA's approval.",
    lead="Title and credit.",
)
num(
    "The Award's purpose is to raise the achievement and improve the well-being of children and young "
    "people with special educational needs and disabilities in our schools, in all five of the Every Child "
    "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution "
    "and achieving economic well-being. Each of its three assignments asks the participant to show, with "
    "evidence, what difference their work has made to named pupils' learning and well-being.",
    lead="Aims.",
)
num(
    "The Award has three units of 20 credits each: Unit 1, The SENCO, the Law and the School; Unit 2, "
    "Knowing the Learner; and Unit 3, Leading Provision and People. There are ten study days across a "
    "school year, set out in Annex A, and tasks to be carried out in the participant's own school between "
    "the days. The notional study time is 600 hours.",
    lead="Structure.",
)
num(
    "Days 1, 5 and 10 bring the whole cohort together at the College in Harmouth. The other seven days are "
    "taught in five deanery cells of up to eight SENCOs each, meeting at the College, at the Diocesan "
    "Education Centre in Wensford, and in church halls at Kirkby Carn, Ulverholme and Stainmoor. A cell "
    "tutor travels to the cell rather than the cell to the tutor.",
    lead="Where.",
)
num(
    "There will be two starting points each year, in September and January. Units 2 and 3 may be taken in "
    "either order once Unit 1 is complete, so a SENCO who starts in January joins the September cohort "
    "for Unit 3 and finishes Unit 2 with the next cohort. The Saturday cell at Wensford follows the same "
    "programme on five Saturdays a term. Session materials, readings and a discussion forum for each cell "
    "are kept on Cuthman Online, the College's Moodle site, to which every participant has access from "
    "home and school.",
    lead="Flexibility.",
)
num(
    "Before Day 1 each participant completes a self-review against the 28 national outcomes, rating "
    "each on a four-point scale, and then has a one-hour Starting Point meeting in school with the cell "
    "tutor and the headteacher. The meeting produces an Individual Learning Plan which names the outcomes "
    "the participant most needs to work on, sets personal targets against them and records any outcomes "
    "the tutor judges already secure. The plan is reviewed with the tutor at the end of each unit.",
    lead="Starting Point.",
)
num(
    "Within the common programme, cell tutors adjust the content of cell days to the needs that the "
    "Individual Learning Plans of their cell show, and each participant chooses the pupils for the case "
    "study and the focus of the leadership enquiry to suit their own school. Tutorials between days are "
    "arranged at the school.",
    lead="Tailoring.",
)

heading("What is taught and how it is assessed")
num(
    "Unit 1 covers the law and guidance on special educational needs and disability: Part IV of the "
    "Education Act 1996, the SEN Code of Practice (2001), the Special Educational Needs and Disability Act "
    "2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, the "
    "2008 SENCO regulations, Every Child Matters and the Children Act 2004. It looks at the governors' part "
    "in a church school, the school's SEN policy and its accessibility plan. It is assessed by Assignment 1, "
    "a critical review (3,000 words) of the participant's own school's SEN policy and accessibility plan "
    "against the law, ending with recommendations to the governing body.",
    lead="Unit 1.",
)
num(
    "Unit 2 covers how children develop and what affects their development; the most common kinds of "
    "special educational need and disability (behavioural, emotional and social difficulties, specific "
    "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
    "disorders and moderate learning difficulties); approaches to assessment, planning and teaching, "
    "including ICT; using the advice of educational psychologists, therapists and other professionals; and "
    "tracking progress with P scales, national test results and RAISEonline. It is assessed by Assignment "
    "2, a case study (4,000 words) of two or three pupils, with baseline measures, targets, an intervention "
    "planned with colleagues and reviewed after at least ten weeks, a record of a meeting with parents, and "
    "the pupils' own views.",
    lead="Unit 2.",
)
num(
    "Unit 3 covers leading provision: provision mapping with the Carnmoor tool, deploying and managing "
    "teaching assistants, coaching and training colleagues, working with governors and senior leaders, "
    "school self-evaluation and reviewing the effectiveness of provision. It is assessed by Assignment 3, a "
    "leadership enquiry carried out in the participant's school and reported in 3,500 words and in a "
    "twenty-minute presentation to a panel of the cell tutor, a College tutor and the participant's "
    "headteacher or chair of governors.",
    lead="Unit 3.",
)
num(
    "Throughout the year participants keep a practice portfolio of what they have done in school, which "
    "the headteacher signs at the end as a true record.",
    lead="Practice portfolio.",
)
num(
    "Reading for each unit is built on recent research and inspection findings, including Ofsted's "
    "Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
    "matter where pupils are taught? (2006), the Bercow Review of services for children with speech, "
    "language and communication needs (2008), the Inclusion Development Programme materials on dyslexia "
    "and on speech, language and communication needs (2008), and the work of the Lamb Inquiry into parental "
    "confidence as it reports.",
    lead="Research and inspection.",
)
num(
    "Participants learn to advise and coach colleagues on Day 8 and lead a piece of training for staff as "
    "part of Assignment 3. In each cell, SENCOs from neighbouring schools take a shared problem from their "
    "area, such as transition to the high school, and work on it together between Days 6 and 9.",
    lead="Colleagues.",
)
num(
    "Day 5 is co-led by the Wenshire Parent Partnership Service and a parent from the Diocese's network of "
    "parents of children with special needs. The case study in Assignment 2 must include a meeting with "
    "parents and what came of it.",
    lead="Parents.",
)
num(
    "Consulting pupils themselves is touched on in Day 4, and the case study asks for the pupil's view to "
    "be recorded. We recognise that this part of the course is thinner than it should be.",
    lead="Pupils.",
)
num(
    "Because every assignment is carried out in the participant's own school and asks for evidence of "
    "what changed, the Award is designed to change practice as it goes, not only at the end.",
    lead="Impact on practice.",
)
num(
    "Every one of the national minimum outcomes is assessed. Annex D shows where each is developed and "
    "how it is assessed. The Award is made to participants who pass all three assignments and whose "
    "practice portfolio has been signed by their headteacher.",
    lead="The Award and the outcomes.",
)
num(
    "Each assignment is marked by the cell tutor and second-marked by a College tutor: all fails, all "
    "distinctions and a sample of at least one in five of the rest. The markers meet for a moderation "
    "meeting after each hand-in date. The external examiner, Dr Anne Coulthard of the University of "
    "Tynedale, sees a sample of every assignment and attends the College's Board of Examiners, which "
    "confirms all results.",
    lead="Marking.",
)

heading("Who will teach it")
num(
    "The programme team is listed in Annex C. The Programme Leader is the Board's SEN and Inclusion "
    "Adviser, Mrs Helen Tarrant; the College's lead is Dr Martin Ouseby, Senior Lecturer in Inclusive "
    "Education. Cell tutors are serving or recently serving SENCOs and advisory teachers.",
)
num(
    "Cell tutors will all be experienced practitioners who know the course well.",
)
num(
    "Specialists contribute to the taught days: two educational psychologists from the Wenshire "
    "Educational Psychology Service, a speech and language therapist from Wensford Primary Care Trust, the "
    "Carnmoor Autism Outreach Team and the Wenshire Sensory Support Service. Given the distances in the "
    "Diocese we have not built visits to other schools or settings into the Award; participants who wish "
    "to make such a visit arrange it themselves.",
)
num(
    "Participants may borrow by post from the College library and use its electronic journals from home. "
    "The Board's SEN resource collection at the Diocesan Education Centre holds assessment kits and "
    "assistive technology (Clicker 5, text-to-speech software, portable word processors) that cell tutors "
    "bring to cell days and lend to participants for their case studies.",
)

heading("Entry")
num(
    "Applicants must hold Qualified Teacher Status and be in post as SENCO, or designated to become SENCO, "
    "in a school in the Diocese; community schools are welcome if places allow. Each applicant is "
    "nominated by the headteacher, who agrees to release the SENCO for the study days.",
)
num(
    "Participants are serving teachers and were checked by their employers when appointed; the Board does "
    "not carry out or see CRB disclosures for this course.",
)
num(
    "The Board and the College are committed to equality of opportunity for all. The College's Disability "
    "Equality Scheme applies to the Award, and both College venues have level access and a hearing loop.",
)

heading("Quality and evaluation")
num(
    "Every study day ends with a short evaluation sheet. At the end of each unit participants complete a "
    "questionnaire, and in July each headteacher is sent a questionnaire about the difference the course "
    "has made in the school. The cell tutors meet each term to review the evaluations and the moderation "
    "findings. The external examiner reports each year. The College's annual monitoring report on the "
    "Award goes to its Academic Board.",
)
num(
    "A Steering Group of the Board, the College, an officer from each county council, a headteacher and a "
    "representative of the Parent Partnership Service meets each term. It receives the evaluations, the "
    "external examiner's report and the annual monitoring report, and each autumn agrees an action plan "
    "that is reported to the Board of Education.",
)
num(
    "At the end of the year participants repeat the self-review they completed before Day 1, so that we "
    "can see how their confidence against each outcome has changed. We would like, in time, to know "
    "whether children learn more because their SENCO has taken the Award.",
)

heading("Finance")
num(
    "The fee will be £1,450 for each participant, against the College's standard postgraduate certificate "
    "fee of £1,950. The difference is met by teaching in cells, which saves travel and room hire, and by "
    "the Board's contribution of staff time. The Board will also pay £400 towards the fee of every SENCO "
    "from a voluntary aided school with fewer than 100 pupils, from its training fund. Annex B sets out the "
    "figures for a cohort of 30.",
)
num(
    "The College's regulations allow credit for earlier study, but in the first year of the Award we shall "
    "not be able to accredit prior learning or experience: the College has asked that its accreditation "
    "panel first sees how the Award runs. Nor will any part of the fee be remitted for earlier study."
)

heading("Risks")
num(
    "The main risks are too few applicants, which would make the cells too small, and losing a cell tutor "
    "during the year. The Board will not run a cell of fewer than four and will merge cells if necessary. "
    "The College has agreed to provide a tutor from its own staff if a cell tutor is lost."
)

heading("At the end of the course")
num(
    "Day 10 at the College is both a celebration and a look ahead. It ends with a Eucharist in the College "
    "chapel, to which headteachers and families are invited. Participants will be encouraged to think about "
    "where their learning goes next."
)

heading("The motion")
num("The Chairman of the Board will move:")
t = doc.add_table(rows=1, cols=1)
borders(t, "12")
c = t.cell(0, 0)
c.paragraphs[0].add_run("That this Synod").bold = True
for letter, txt in (
    ("a", "welcomes the Board of Education's proposal for a SENCO Award for the schools of the Diocese, "
          "taught in partnership with St Cuthman's University College;"),
    ("b", "endorses the Board's intention to apply to the Training and Development Agency for Schools for "
          "approval to offer the Award from September 2009; and"),
    ("c", "asks every parish with a church school to remember in its prayers the children with special "
          "educational needs in that school and those who teach them."),
):
    c.add_paragraph(f"({letter})  {txt}")
doc.add_paragraph()
para("The Revd Canon Alan Hesketh, Chairman, Diocesan Board of Education", italic=True, space_after=0)
para("February 2009", italic=True)

# ---------------------------------------------------------------- Annex A
doc.add_page_break()
heading("Annex A: The Award at a glance")
table([
    ["Day", "Term", "Unit", "Theme", "Where"],
    ["1", "Autumn (Sept start)", "1", "The SENCO's role; law and the Code of Practice", "Whole cohort, College"],
    ["2", "Autumn", "1", "Every Child Matters, disability equality, governors and policy", "Cells"],
    ["3", "Autumn", "2", "How children develop; common kinds of SEN (1)", "Cells"],
    ["4", "Spring", "2", "Common kinds of SEN (2); teaching approaches and ICT; pupils' voices",
     "Cells"],
    ["5", "Spring", "2", "Working with parents (with the Parent Partnership Service)", "Whole cohort, College"],
    ["6", "Spring", "2", "Other professionals' assessments; tracking progress with data", "Cells"],
    ["7", "Summer", "3", "Provision mapping; deploying teaching assistants; the SENCO's week", "Cells"],
    ["8", "Summer", "3", "Coaching, modelling and training colleagues", "Cells"],
    ["9", "Summer", "3", "Self-evaluation and reviewing provision; the leadership enquiry", "Cells"],
    ["10", "Summer", "3", "Presentations; looking ahead; Eucharist", "Whole cohort, College"],
], widths=[1, 3, 1.2, 7.5, 3.5])
para("Hand-in dates: Assignment 1, end of January; Assignment 2, end of May; Assignment 3, early July. "
     "Participants who start in January follow the same days in a different order (see paragraph 12).",
     size=9.5)

heading("Annex B: Costs for a cohort of 30")
table([
    ["Item", "Amount (£)", "Note"],
    ["Fee income, 30 x £1,450", "43,500", "Schools pay; Standards Fund may be used"],
    ["College teaching, marking and validation", "24,600", "Including external examiner"],
    ["Cell tutors (sessional)", "9,800", "Seven cell days x five cells, plus tutorials"],
    ["Venues and refreshments", "3,100", "Church halls at reduced rates"],
    ["Travel (tutors)", "2,900", ""],
    ["Resources and Moodle", "1,100", ""],
    ["Board's subsidy to small VA schools", "(8,000)", "From the Board's training fund"],
    ["Programme leadership", "in kind", "Board staff time, about 0.3 FTE"],
], widths=[6.5, 2.5, 7])

heading("Annex C: The programme team")
table([
    ["Name", "Role", "Qualifications and experience"],
    ["Mrs Helen Tarrant", "Programme Leader; cell tutor (Wensford)",
     "BEd, MA (Special and Inclusive Education), NPQH; SENCO in two primary schools for eleven years; "
     "Board SEN and Inclusion Adviser since 2005"],
    ["Dr Martin Ouseby", "College lead; marks and moderates all units",
     "PhD (the SENCO role in small schools), PGCE; former head of a learning support service; "
     "Senior Lecturer since 2001; member of NASEN"],
    ["Mr Robin Fairlie", "Cell tutor (Kirkby Carn and Stainmoor)",
     "MA (SEN), OCR Diploma in Specific Learning Difficulties; SENCO of a 1,100-pupil church high school"],
    ["Mrs Anwen Price", "Cell tutor (Ulverholme) and Saturday cell",
     "BA, PGCE, Advanced Diploma in Special Education; Carnmoor advisory teacher for autism"],
    ["Ms Joanna Lister", "Cell tutor (Harmouth)",
     "MEd (Inclusive Education); SENCO and deputy head of a rural primary school"],
    ["Dr Kate Naylor", "Contributor, Days 3 and 6",
     "Senior Educational Psychologist, Wenshire Educational Psychology Service"],
], widths=[3.5, 4.5, 8.5])

# ---------------------------------------------------------------- Annex D (outcome map)
heading("Annex D: Where the national outcomes are developed and assessed")
rows = [
    ["Outcome (national minimum outcomes, in brief)", "Developed in", "How it is assessed"],
    ["PROFESSIONAL ATTRIBUTES", "", ""],
    ["Fair, respectful and constructive relationships with pupils and their parents or carers",
     "Unit 2, Days 4 and 5", "Assignment 2 (case study, including the parents' and pupils' views)"],
    ["Gaining the commitment of colleagues, including the head and senior leaders",
     "Unit 3, Day 8", "Assignment 3 presentation, with the head or chair of governors on the panel"],
    ["Prioritising, managing time and delegating", "Unit 3, Day 7 (the SENCO's week)",
     "Not separately assessed; discussed at the Starting Point reviews"],
    ["Anticipating and resolving problems; sound judgement on provision", "Unit 3, Days 7 and 9",
     "Assignment 3"],
    ["Clear speech and writing; listening to others", "All units",
     "All three assignments; Assignment 3 presentation"],
    ["Drawing on research and external advice", "All units",
     "Assignments 1 and 3 (review of literature)"],
    ["Keeping up to date; own CPD", "Days 1 and 10",
     "Learning journal (kept by the participant; not marked)"],
    ["PROFESSIONAL KNOWLEDGE AND UNDERSTANDING", "", ""],
    ["SEN law and guidance, including the Code of Practice", "Unit 1, Days 1 and 2", "Assignment 1"],
    ["Every Child Matters and the SENCO's part", "Unit 1, Day 2", "Assignment 1"],
    ["Disability equality law and what it requires", "Unit 1, Day 2",
     "Assignment 1 (review of the accessibility plan)"],
    ["How children develop and what affects development", "Unit 2, Day 3",
     "Formative quiz and cell discussion on Day 3"],
    ["The most common kinds of SEN and disability and their effect on learning", "Unit 2, Days 3 and 4",
     "Assignment 2"],
    ["Approaches, strategies and resources, including ICT", "Unit 2, Day 4", "Assignment 2"],
    ["School self-evaluation and improvement", "Unit 3, Day 9", "Assignment 3"],
    ["Best practice and research in meeting SEN", "Units 2 and 3", "Assignments 2 and 3"],
    ["External agencies and getting specialist support", "Unit 2, Day 6",
     "Assignment 2 (section on other professionals)"],
    ["PROFESSIONAL SKILLS", "", ""],
    ["Influencing strategy, ethos, policy and resources with senior colleagues and governors",
     "Unit 1, Day 2; Unit 3", "Assignment 1 (recommendations to governors); Assignment 3"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress",
     "Unit 2, Days 3 to 6", "Assignment 2"],
    ["Using other professionals' assessments", "Unit 2, Day 6", "Assignment 2"],
    ["Using summative assessment and national tests to track progress", "Unit 2, Day 6",
     "Assignment 2 (tracking data for the case-study pupils)"],
    ["Encouraging colleagues' formative assessment", "Unit 3, Day 8",
     "Assignment 3 (staff training session, evaluated)"],
    ["Provision mapping; finding ineffective or missing provision", "Unit 3, Day 7",
     "Assignment 3 (the school's provision map appended)"],
    ["Deploying and managing staff", "Unit 3, Day 7", "Assignment 3"],
    ["Supporting colleagues' professional development", "Unit 3, Day 8",
     "Assignment 3 and the practice portfolio"],
    ["Reviewing provision with staff to inform self-evaluation", "Unit 3, Day 9", "Assignment 3"],
    ["Involving pupils in planning and reviewing their provision", "Unit 2, Day 4",
     "Not assessed in 2009-10"],
    ["Liaising with parents and carers", "Unit 2, Day 5", "Assignment 2 (record of meeting with parents)"],
    ["Working with other services and voluntary organisations", "Unit 2, Day 6", "Assignment 2"],
]
t = doc.add_table(rows=len(rows), cols=3)
borders(t)
for i, row in enumerate(rows):
    if row[1] == "" and row[2] == "" and i > 0:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        m.text = ""
        r = m.paragraphs[0].add_run(row[0])
        r.bold = True
        r.font.size = Pt(9)
        shade(m, "DDD9C3")
        continue
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.font.size = Pt(9)
        if i == 0:
            r.bold = True
            shade(c, "D9D9D9")
for row in t.rows:
    for j, w in enumerate((7.5, 4, 5)):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ---------------------------------------------------------------- Record of Proceedings
doc.add_page_break()
para("DIOCESE OF WENSFORD: DIOCESAN SYNOD", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("EXTRACT FROM THE RECORD OF PROCEEDINGS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("Saturday 14 March 2009, St Cuthman's University College, Harmouth", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
para("Item 9: Every One Known by Name: a SENCO Award for the Church Schools of the Diocese (DS(09)06)",
     bold=True)
para("The Archdeacon of Carnmoor, the Venerable Judith Ames, in the chair.", italic=True)

RECORD = [
    ("The Revd Canon Alan Hesketh (Chairman of the Board of Education)",
     "moved the motion standing in his name. He said that the Board had not set out to become a provider of "
     "university awards, but that the choice had been between doing so and watching SENCOs from the "
     "Diocese's smallest schools drive two hours each way to be trained, or not be trained at all. The "
     "survey of heads had been unusually clear. The College had been a generous partner, and the two county "
     "councils had read and improved the draft. He commended the cells to Synod as an expression of the "
     "Diocese's life: small groups, near at hand, learning from each other."),
    ("Mrs Gillian Wray (Stainmoor, lay)",
     "said she was head and SENCO of a school of 43 pupils. She had looked at three university courses "
     "and could not have done any of them. A cell at Stainmoor church hall, five miles from her school, "
     "was a different matter. She asked whether heads in her position would have to be their own mentor. "
     "The Director said that the cell tutor would take the place of a school mentor where the head was the "
     "SENCO."),
    ("Mr Keith Arnold (Harmouth, lay)",
     "said that in his parish every volunteer who helped with the Sunday school or Messy Church was CRB "
     "checked through the Diocesan Safeguarding Adviser, and that the parish had been glad of the "
     "discipline. Would the teachers on the course be checked in the same way? The Director, Mr Peter "
     "Lowry, replied that the SENCOs were serving teachers whose employers had checked them on "
     "appointment, and that the Board would not repeat those checks."),
    ("The Revd Sarah Penhaligon (Ulverholme, clergy)",
     "welcomed the paper but said that paragraph 22 had been honest about the weakest part of it. As a "
     "school governor she had seen children's reviews at which the child was the only person not asked. "
     "She wanted to know whether the Award would make a difference to children, not just to SENCOs, and "
     "she moved as an amendment to add a new paragraph (d): \"asks the Board to report to Synod in March "
     "2010 on the difference the Award has made to children's learning\"."),
    ("The Revd Canon Alan Hesketh",
     "said that the Board would accept the amendment. He could not promise that the evidence would be "
     "strong after a single year, but the Board would do what it could."),
]
for who, what in RECORD:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(who + " ")
    r.bold = True
    p.add_run(what)

para("The amendment was put and carried on a show of hands.", italic=True)

RECORD2 = [
    ("Mr David Crosby (Wensford, lay)",
     "said that he had been head of a special school for fourteen years. There were teachers in the "
     "Diocese, some of them former advisory teachers, who already did everything the Award asked of a "
     "SENCO. It made no sense to ask them to sit through ten days. He moved an amendment to insert in "
     "paragraph (b), after \"from September 2009\", the words \"and to include a route by which experienced "
     "SENCOs may be assessed without attending the course\"."),
    ("Mr Peter Lowry (Director of Education)",
     "said that he had some sympathy, but that the College could not staff an assessment-only route in the "
     "first year, and that the Board would rather get the taught course right first. The Award will not "
     "have an assessment-only route in 2009-10. He asked Synod to resist the amendment."),
    ("Dr Felicity Marsh (Kirkby Carn, lay)",
     "speaking against the amendment, said that she agreed with the Director. She went on to ask what "
     "would happen if a SENCO with a disability could not reach a church hall without steps. The Director "
     "said that the College's Disability Equality Scheme would apply to the whole course and that he would "
     "take the point about the cell venues away."),
]
for who, what in RECORD2:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(who + " ")
    r.bold = True
    p.add_run(what)

para("The amendment was put and lost on a show of hands.", italic=True)

RECORD3 = [
    ("Mrs Margaret Ibbotson (Wensford, lay)",
     "asked whether the Award's fee could be met from the school's Standards Fund. The Director said that "
     "it could, and that the Board's subsidy for small voluntary aided schools would be paid directly to "
     "the College."),
    ("The Revd Canon Alan Hesketh",
     "replied to the debate. He thanked members, and said that the Board would bring its report to Synod in "
     "2010 as the amended motion asked."),
]
for who, what in RECORD3:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(who + " ")
    r.bold = True
    p.add_run(what)

para("A count by Houses having been requested, the motion as amended was put and carried:", italic=True)
table([
    ["House", "For", "Against", "Recorded abstentions"],
    ["Bishops", "2", "0", "0"],
    ["Clergy", "37", "1", "0"],
    ["Laity", "45", "2", "3"],
], widths=[4, 2, 2, 4])

para("The resolution of the Synod:", bold=True)
t = doc.add_table(rows=1, cols=1)
borders(t, "12")
c = t.cell(0, 0)
c.paragraphs[0].add_run("That this Synod").bold = True
for letter, txt in (
    ("a", "welcomes the Board of Education's proposal for a SENCO Award for the schools of the Diocese, "
          "taught in partnership with St Cuthman's University College;"),
    ("b", "endorses the Board's intention to apply to the Training and Development Agency for Schools for "
          "approval to offer the Award from September 2009;"),
    ("c", "asks every parish with a church school to remember in its prayers the children with special "
          "educational needs in that school and those who teach them; and"),
    ("d", "asks the Board to report to Synod in March 2010 on the difference the Award has made to "
          "children's learning."),
):
    c.add_paragraph(f"({letter})  {txt}")
doc.add_paragraph()
para("Certified a true extract. Richard Mayne, Diocesan Secretary, 17 March 2009", italic=True)

doc.save(OUT)
print("wrote", OUT)
