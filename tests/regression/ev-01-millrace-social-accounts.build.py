"""ev-01-millrace-social-accounts: build the .docx next to this script.

Provider (invented)
-------------------
Millrace SENCO Collective CIC, a community interest company limited by
guarantee, set up in 2006 by five practising SENCOs in the (invented) borough
of Wenning Vale. It runs SEN training, peer-support "SENCO Circles" and a
"Young Advisers" group of pupils with SEN. It applies (January 2009) to run
the National Award for SEN Coordination as a Postgraduate Certificate
validated by the (invented) University of Brayminster.

Kind of document and layout
---------------------------
The company's Social Accounts for 2007-08, written in the social accounting
and audit style (statement of purpose, values and objectives, a stakeholder
map, a report on each objective with indicator tables, survey tables and
quotations, a Social Audit Panel statement in a ruled box), sent as verified
in November 2008, with a shaded "note for the TDA approval panel" at the front
and a new Part 6 and Appendix A, written in January 2009, describing the
Award. Voice: "we" / "the Collective". Heading styles with typed part
numbers (1.1, 5.3, 6.4 ...) that collide with requirement ids. A study-day
table, a unit table, indicator tables, a pull-quote in a VML text box, an
outcome map (Appendix A) with merged group rows and a key, notes under it.
Header and footer (never evidence). Two Word comments (never evidence).

Traps (requirement ids)
-----------------------
* Parts 1-5 describe 2007-08 (the unaccredited Foundation Course). Past
  arrangements that ended: the Rowan Bank special-school visit day (5.5
  partially met: specialist guest tutors yes, placements no, a host "still"
  being looked for); the 2006-07 "fast track" by portfolio alone, stopped
  (2.3); the trial online forum closed in July 2008 (3.3 is met by the
  Blackboard arrangements in Part 6, not by this).
* 2.3 not met: the only assessment-only wording is the past fast track, the
  Social Audit Panel's recommendation to "consider" it, and a distant
  negation in 6.5 ("this would be the course by another name") with
  "every participant follows the whole programme".
* 2.1 partially met: transfer of up to 20 certificated credits, but "We do
  not give credit for experience alone". A Word comment from the university
  link tutor says APEL up to 30 credits would be possible: a comment, not part
  of the submission.
* 2.5 not met: only "We have begun talking to the University" about an MA
  route and "we hope graduates will stay in their Circle".
* 3.1 partially met: values plus level access to venues; nothing on
  disclosure or adjustments to teaching or assessment. The Equal
  Opportunities Policy in 5.4 is an employment policy (wrong context).
* 4.3 partially met: stakeholders teach and heads sit as second listeners at
  T3, but their part in evaluation is only "we intend to invite".
* 5.3 partially met: the head's nomination form confirms a current enhanced
  CRB disclosure and its date; no other background check. The CRB
  disclosures of associates and of adults working with Young Advisers are
  the wrong people (wrong context).
* 5.7 partially met: tutors prepared and standardised; school enquiry
  mentors only get a letter to the head.
* 5.9 partially met: competence via assessment, confidence via re-rating the
  Starting Point Profile, but "We do not collect pupil data from schools"
  and pupil impact across a cohort is undecided.
* 1.7 partially met: working with families "is not a separate study day; we
  expect it to come up across Days 3 to 6".
* 1.5 met despite the Young Advisers being the company's own consultation:
  Day 4 teaches consultation techniques and T1(e) assesses a consultation.
* 6.K7 not met: school self-evaluation is absent from the Award; the
  company's own "self-evaluation day" using a framework adapted from the
  Ofsted school SEF (5.4) is the company evaluating itself (wrong context).
  6.S6 (review provision with colleagues, report to senior leaders; Day 6,
  T2) is met.
* 6.S2c not met: formative assessment for colleagues appears nowhere
  (missing row in Appendix A).
* Appendix A cells that are not summative assessment: "Learning Log (not
  marked)" for 6.A3, 6.A7, 6.S8; "Circle discussion" for 6.S2d; "-" for
  6.K4; "- (see note 3)" for 6.S4 (assessment removed from T1; a comment
  proposes putting it back). All partially met.
* Blanket claim in 6.7 that the three tasks "assess every one of the
  national minimum outcomes": contradicted by Appendix A, so 1.9 and 6.0
  are partially met.
* Values list in Part 3 (generic mission statements): no verdict rests on it.
* The "note for the TDA approval panel" and the Panel Statement's
  recommendations are not arrangements.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "ev-01-millrace-social-accounts.docx"

doc = Document()

# ---------------------------------------------------------------- styles
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.paragraph_format.space_after = Pt(6)
for name, size, colour in (("Heading 1", 15, "1F4E5F"), ("Heading 2", 12, "1F4E5F"),
                           ("Heading 3", 11, "2E2E2E")):
    h = doc.styles[name]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor.from_string(colour)
    h.element.rPr.rFonts.set(qn("w:ascii"), "Arial")
    h.element.rPr.rFonts.set(qn("w:hAnsi"), "Arial")

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin = Cm(2.2)
sec.bottom_margin = Cm(2.0)


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", style=None, bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def lead(label, text):
    """Bold run-in label, then the text as a separate run."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullet(text, label=None):
    p = doc.add_paragraph(style="List Bullet")
    if label:
        r = p.add_run(label + " ")
        r.bold = True
    p.add_run(text)
    return p


def heading(text, level):
    return doc.add_heading(text, level=level)


def table(rows, widths=None, header_fill="D9E7EC", style="Table Grid", font=9.5, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(font)
            if i == 0:
                r.bold = True
                shade(c, header_fill)
            elif bold_first_col and j == 0:
                r.bold = True
            p.paragraph_format.space_after = Pt(2)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def boxed(paras, fill=None):
    """A one-cell table used as a ruled box; paras = list of (text, bold, italic)."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    if fill:
        shade(c, fill)
    first = True
    for text, b, i in paras:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold = b
        r.italic = i
        r.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def vml_textbox(paragraph, lines, width_pt=190, height_pt=92):
    """Append a floating VML text box (w:pict/v:shape/v:textbox) to a paragraph."""
    inner = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>'
        f'{"<w:i/>" if italic else ""}<w:color w:val="1F4E5F"/><w:sz w:val="19"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for text, italic in lines)
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office" '
        f'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="PullQuote1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:282pt;margin-top:4pt;width:{width_pt}pt;'
        f'height:{height_pt}pt;z-index:251659264;mso-position-horizontal-relative:text;'
        f'mso-position-vertical-relative:text" fillcolor="#eef5f7" strokecolor="#1f4e5f" strokeweight="1pt">'
        f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="square"/></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


# ---------------------------------------------------------------- header / footer
hdr = sec.header.paragraphs[0]
hdr.text = "Millrace SENCO Collective CIC  \u00b7  Social Accounts 2007\u201308"
hdr.runs[0].font.size = Pt(8.5)
hdr.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
ftr = sec.footer.paragraphs[0]
r = ftr.add_run("Parts 1\u20135 verified by the Social Audit Panel, 14 November 2008  \u00b7  "
                "Part 6 and Appendix A added January 2009  \u00b7  Page ")
r.font.size = Pt(8)
r2 = ftr.add_run()
r2.font.size = Pt(8)
add_field(r2, "PAGE")
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- cover
para("Millrace SENCO Collective CIC", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
para("Social Accounts", bold=True, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("1 September 2007 to 31 August 2008", size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
para("with Part 6: our plans for the National Award for SEN Coordination, 2009\u201310",
     italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=24)
para("Company number 05873214  \u00b7  The Old Library, Mill Street, Wenning Bridge WB3 4LT",
     size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=18)

boxed([
    ("A note for the TDA approval panel", True, False),
    ("We are a small community interest company run by practising SENCOs. Every year we publish "
     "social accounts: an honest look at what we set out to do, what we did and what the people we "
     "work with told us about it. Rather than write a separate document for you, we have sent our "
     "2007-08 accounts as our Social Audit Panel verified them in November 2008 (Parts 1 to 5 and "
     "the Panel Statement), together with a new Part 6 and Appendix A, written in January 2009, "
     "which describe the National Award programme we propose to run with the University of "
     "Brayminster from September 2009.", False, False),
    ("Parts 1 to 5 are about last year and the courses we ran then. Part 6 is what we will do for "
     "the Award. Where the two differ, Part 6 is what we are asking you to approve.", False, False),
    ("Ruth Aldous, Director and proposed Programme Leader, 19 January 2009", False, True),
], fill="EEF5F7")

heading("Contents", 2)
for line in ("Part 1  About these accounts",
             "Part 2  Who we are",
             "Part 3  Our purpose, values and objectives",
             "Part 4  Our stakeholders and how we consulted them",
             "Part 5  Report on our objectives, 2007-08",
             "Social Audit Panel Statement",
             "Part 6  The National Award for SEN Coordination, 2009-10 (added January 2009)",
             "Appendix A  The national outcomes: where they are developed and assessed",
             "Appendix B  Income and expenditure, 2007-08"):
    para(line, after=1)

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- Part 1
heading("Part 1  About these accounts", 1)
para("1.1  These are our third set of social accounts. We follow the social accounting and audit "
     "approach promoted by the Social Audit Network: we say what we are for and what we are trying "
     "to achieve, list the activities through which we try to achieve it, keep simple records "
     "through the year, ask the people we work with what difference we make, and then put the "
     "whole thing in front of an independent panel who check that what we say is backed by "
     "evidence.")
para("1.2  Scope. These accounts cover all four of our objectives for 2007-08 and all the work we "
     "did in Wenning Vale and the northern part of Calverdale. They do not cover the consultancy "
     "that two directors did in their own names, or the one-off INSET days we sold to eleven "
     "schools outside the area, which were too few and too scattered to survey. Our environmental "
     "impact is covered only briefly, in 5.5.")
para("1.3  How we consulted. Between April and July 2008 we ran an online survey of SENCOs (sent to "
     "71, returned by 46); a paper questionnaire for headteachers (sent to 58, returned by 22); two "
     "focus groups with participants on our courses; a session with our Young Advisers; a "
     "discussion at the June meeting of the Wenning Vale Parents' Forum; and interviews with the "
     "Council's Principal Officer for SEN and the Senior Educational Psychologist. Part 4 "
     "gives the details.")
para("1.4  Ruth Aldous co-ordinated the accounts with Sam Kettle, our administrator, who keeps the "
     "social book-keeping records (attendance, evaluations, enquiries and complaints) through the "
     "year. The Social Audit Panel met on 14 November 2008. Its statement follows Part 5.")

# ---------------------------------------------------------------- Part 2
heading("Part 2  Who we are", 1)
para("2.1  The Collective began in 2004 as an informal support group of five SENCOs from schools "
     "along the Wenning valley, meeting after school in the back room of the Old Library. All of us "
     "were doing the job with little training and less time, and we found that the most useful "
     "help came from each other. In 2006 we registered as a community interest company limited by "
     "guarantee, so that we could take on contracts, employ an administrator and hold any surplus "
     "for the community rather than for ourselves.")
para("2.2  The company has five directors. All five still work in schools for at least three days "
     "a week, which is the point of us:")
bullet("SENCO, Hartsford Primary School (420 pupils); MA in Special and Inclusive Education; "
       "formerly a specialist teacher with the Council's Learning Support Service.", "Ruth Aldous,")
bullet("SENCO and assistant headteacher, Millbeck High School (1,150 pupils); OCR Diploma in "
       "Teaching and Assessing Learners with Specific Learning Difficulties; AMBDA.", "Daniel Okafor,")
bullet("deputy headteacher and SENCO, Cowley Wood School (special school for pupils with moderate "
       "and severe learning difficulties); MEd; NPQH.", "Hazel Prentice,")
bullet("SENCO, St Anselm's CE Junior School; licensed Elklan tutor for speech and language "
       "support courses.", "Gwen Marsh,")
bullet("inclusion manager, Holm Lane Community College; Postgraduate Certificate in Autism; "
       "chair of the Council's secondary SENCO network 2005-07.", "Tom Whitlock,")
para("2.3  We work with nine associate trainers, all serving or recently retired SENCOs, specialist "
     "teachers or therapists, paid by the session. Our administrator works three days a week.")
para("2.4  As a community interest company our assets are locked: any surplus is spent on our "
     "community purpose, and we report each year to the CIC Regulator. Directors are not paid "
     "for being directors; they are paid for the training days they teach, at the same day rate "
     "as associates.")

# ---------------------------------------------------------------- Part 3
heading("Part 3  Our purpose, values and objectives", 1)
para("3.1  Our purpose, as set out in our community interest statement:")
para("To improve the lives and learning of children and young people with special educational "
     "needs and disabilities in Wenning Vale by helping the adults who work with them, above all "
     "SENCOs, to do their jobs well.", italic=True)
para("3.2  Our values:")
for v in ("Practitioners first: we teach what we do, and we still do it.",
          "Every child is everyone's business.",
          "We listen before we advise.",
          "Inclusion means more than a place in a mainstream school.",
          "Equality of opportunity runs through all our work, for children and for adults.",
          "We are open about what has not worked."):
    bullet(v)
para("3.3  Our objectives for 2007-08 were:")
lead("Objective 1.", "To provide practical, affordable training for SENCOs, teaching assistants and "
     "other school staff.")
lead("Objective 2.", "To run peer-support networks (SENCO Circles) so that no SENCO in the valley "
     "works alone.")
lead("Objective 3.", "To make sure the views of children and young people with SEN, and of their "
     "families, shape what we do.")
lead("Objective 4.", "To be a well-run and financially sustainable social enterprise.")
para("3.4  For 2008-09 the directors have added a fifth objective: to offer nationally accredited "
     "training for SENCOs new to the role, validated by a university. Part 6 explains how.")

# ---------------------------------------------------------------- Part 4
heading("Part 4  Our stakeholders and how we consulted them", 1)
para("4.1  Our stakeholders are the people and organisations who affect, or are affected by, what "
     "we do. The map below shows who they are, what we think matters to them, and how we asked "
     "them this year.")
table([
    ["Stakeholder", "What matters to them", "How we consulted them in 2007-08", "Taking part"],
    ["SENCOs in schools we work with", "Practical training; not being on their own", "Online survey (May 2008); discussion in every Circle", "46 of 71"],
    ["Participants on our courses", "Quality and usefulness of training", "End-of-course evaluations; two focus groups", "112 forms; 14 in groups"],
    ["Headteachers", "Value for money; effect on the school; time out of school", "Paper questionnaire (June 2008)", "22 of 58"],
    ["Children and young people with SEN", "Whether adults listen to them", "Young Advisers session (July 2008)", "9"],
    ["Parents and carers", "How schools work with families", "Wenning Vale Parents' Forum meeting (June 2008)", "about 20"],
    ["Wenning Vale Council (SEN team, Educational Psychology Service)", "The Council's SEN strategy; quality of SENCOs", "Interviews", "2"],
    ["Associate trainers", "Fair work; support; development", "Associates' Day discussion (July 2008)", "8 of 9"],
    ["University of Brayminster", "Partnership for accreditation", "Not consulted this year", "\u2013"],
    ["Wenning Vale Community Foundation (funder)", "Use of its grant", "Grant report", "\u2013"],
], widths=[4.0, 4.2, 5.6, 2.4])

# ---------------------------------------------------------------- Part 5
heading("Part 5  Report on our objectives, 2007-08", 1)
heading("5.1  Objective 1: training", 2)
lead("What we did.", "Our main course was the SENCO Foundation Course: six days spread across the "
     "year for SENCOs in their first two years in the role. It carries no academic credit. 2007-08 "
     "was its fourth run; 24 SENCOs from 23 schools started and 22 finished. The course included a "
     "day's visit to Rowan Bank School, the Council's special school for pupils with autism, and "
     "an afternoon shadowing a specialist teacher from the Learning Support Service. We also ran "
     "fourteen twilight sessions for teaching assistants (206 attendances), on topics such as "
     "supporting reading, understanding autism and managing behaviour at lunchtime.")
p = para("In 2006-07 we let four experienced SENCOs gain the Foundation Course certificate by "
         "portfolio alone, without attending the days. We stopped this fast track in 2007-08: two of "
         "the four portfolios were thin, and Circle members felt that it undervalued the course.")
vml_textbox(p, [("\u201cThe day at Rowan Bank changed how I think about what a mainstream school "
                 "can do.\u201d", True),
                ("Foundation Course participant, 2007-08", False)])
table([
    ["Indicator", "Target 2007-08", "Result"],
    ["SENCOs completing the Foundation Course", "20", "22"],
    ["Participants rating the course good or excellent", "85%", "91%"],
    ["Teaching assistant twilight attendances", "180", "206"],
    ["Schools buying at least one service from us", "40", "44"],
    ["Average cost to schools per hour of training", "under \u00a315", "\u00a312.40"],
], widths=[9.0, 3.0, 3.0])
lead("What people told us.", "Asked about the Foundation Course, SENCOs answered as follows (46 "
     "replies).")
table([
    ["Statement", "Agree strongly", "Agree", "Disagree", "No answer"],
    ["The course made me more confident in my role", "24", "17", "2", "3"],
    ["I changed something in my school because of the course", "19", "20", "4", "3"],
    ["I would like the course to lead to a recognised qualification", "29", "9", "5", "3"],
    ["I can get out of school for a full day at least once a half-term", "6", "15", "22", "3"],
], widths=[7.8, 2.2, 1.8, 1.8, 2.0])
para("\u201cIt is the only training I've had from people who actually know what a Tuesday afternoon "
     "in a SENCO's life is like.\u201d (primary SENCO)", italic=True)
para("\u201cI wanted something with letters after it. I have done three Foundation Courses' worth of "
     "learning over the years and nobody recognises any of it.\u201d (secondary SENCO)", italic=True)
para("Seventeen of the 22 headteachers said they would support a SENCO to study for an accredited "
     "award if it did not take the SENCO out of school for more than ten days in the year; twelve "
     "wrote, in one form of words or another, that they wanted training that changes what happens "
     "in the school rather than \u201canother certificate for the staffroom wall\u201d.")
lead("What we learned.", "The Foundation Course is valued but not recognised. Days out of school "
     "are hard to get, especially in secondary schools. The Rowan Bank visit was the most highly "
     "rated day, but the school has told us it cannot host visits from September 2008 because of "
     "its building work and new outreach duties, and we have not yet found another host.")

heading("5.2  Objective 2: SENCO Circles", 2)
lead("What we did.", "Seven Circles of between five and nine SENCOs each met twice a term after "
     "school, in members' schools in turn, each convened by a director or an associate. One Circle "
     "is for secondary SENCOs; the others are mixed by phase on purpose. Members bring a current "
     "problem, and the Circle works on it using a simple consultation protocol.")
para("In January 2008 we also started a trial online forum on a free website. It was little used "
     "(31 posts in six months), and we closed it in July.")
table([
    ["Indicator", "Target 2007-08", "Result"],
    ["Circles running", "6", "7"],
    ["SENCOs belonging to a Circle", "40", "48"],
    ["Circle meetings held", "36", "39"],
    ["Members saying they feel less isolated in the role", "80%", "89%"],
], widths=[9.0, 3.0, 3.0])
para("\u201cThe Circle is where I find out I'm not the only one.\u201d (Circle member)", italic=True)

heading("5.3  Objective 3: the voices of children, young people and families", 2)
lead("What we did.", "Our Young Advisers are nine pupils aged 10 to 16 with SEN from four schools. "
     "They met four times this year at the Old Library with two directors and a youth worker. They "
     "reviewed our teaching assistant materials and made a short film, \u201cWhat helps me\u201d, "
     "which we now show at twilight sessions. All adults who work with the Young Advisers hold "
     "enhanced CRB disclosures and follow our Safeguarding Policy (reviewed May 2008). We also "
     "attended three meetings of the Wenning Vale Parents' Forum.")
lead("What they told us.", "The Young Advisers' five messages for adults were: ask me, not just my "
     "mum; don't talk about me in front of the class; tell me what my targets are for; help me "
     "without making it obvious; notice when I've done well. At the Parents' Forum, parents said "
     "that the hardest part of dealing with school was being given paperwork they could not "
     "understand.")
lead("What we learned.", "The Young Advisers influenced our teaching assistant courses, but had no "
     "say in our training for SENCOs. We want that to change.")

heading("5.4  Objective 4: a well-run social enterprise", 2)
lead("Governance.", "The directors meet monthly; minutes and the action plan are kept by the "
     "administrator. Our annual general meeting in October 2008 was attended by 31 members.")
lead("People.", "All directors and associates hold enhanced CRB disclosures, renewed every three "
     "years, and complete safeguarding training every two years. Associates meet once a year at "
     "an Associates' Day and are observed teaching once a year by a director.")
lead("Evaluating ourselves.", "Besides these accounts, the directors review the action plan each "
     "term, and in July we hold a self-evaluation day using a simple framework adapted from the "
     "Ofsted school self-evaluation form. In July 2008 we graded ourselves good for training "
     "and satisfactory for the way we record what we do.")
lead("Equal opportunities.", "Our Equal Opportunities Policy covers the recruitment, pay and "
     "treatment of our administrator, associates and directors. It was last reviewed in March 2008.")
lead("Money.", "Our income was \u00a368,940 and our expenditure \u00a364,210 (Appendix B). The "
     "surplus has been set aside to develop the Award.")

heading("5.5  Economic and environmental impact", 2)
para("Almost all our spending stays in the valley: the associates, the venues and the caterer are "
     "local. We share lifts to Circle meetings, send course materials electronically where we can, "
     "and print on recycled paper. We have not measured our carbon footprint.")

# ---------------------------------------------------------------- Panel statement
heading("Social Audit Panel Statement", 1)
boxed([
    ("Statement of the Social Audit Panel, 14 November 2008", True, False),
    ("The panel met at the Old Library on 14 November 2008 to examine the draft social accounts of "
     "the Millrace SENCO Collective CIC for the year to 31 August 2008, and the data on which they "
     "are based. We examined the attendance registers, a sample of 30 evaluation forms, the survey "
     "returns and the notes of the Young Advisers' session, and we questioned two directors and the "
     "administrator.", False, False),
    ("In our opinion the accounts give a fair and reasonable picture of the Collective's work and "
     "its effect on its stakeholders in 2007-08, within the scope described in Part 1.", False, False),
    ("We recommend that, in its 2008-09 accounts, the Collective: (1) raises the response rate from "
     "headteachers, perhaps by an electronic survey; (2) reports more fully on how the Young "
     "Advisers have influenced its work; (3) as it develops its accredited award, considers "
     "whether experienced SENCOs could be assessed without taking the whole course, since some of "
     "us believe the 2006-07 fast track showed promise despite its problems; (4) finds a "
     "replacement for the Rowan Bank visit.", False, False),
    ("Margaret Ellwood (chair, Social Audit Network accredited social auditor); Peter Ansah "
     "(headteacher, Fellside Primary School); Carol Dunmore (Wenning Vale Parents' Forum); Alan "
     "Reeve (Principal Officer for SEN, Wenning Vale Council)", False, True),
])

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- Part 6
heading("Part 6  The National Award for SEN Coordination, 2009-10", 1)
para("Written in January 2009 for the TDA approval panel. This part describes what we will do.",
     italic=True)

heading("6.1  Why we are doing this, and what we heard", 2)
para("The Government has decided that teachers new to the SENCO role from September 2009 will need "
     "to gain the National Award for SEN Coordination. More than half the SENCOs we work with are "
     "in their first three years in the job, and there is at present no accredited course within "
     "an hour's travel of the valley. Our consultation last summer gave us a clear picture of what "
     "the people we serve need from such a course:")
bullet("Of the 46 SENCOs who answered our survey, 38 wanted their learning to lead to a recognised "
       "qualification, and 29 said the thing they most needed was help with leading colleagues "
       "rather than more knowledge about particular needs.")
bullet("Headteachers' three concerns were time out of school (17 of 22), cost (15) and, in the "
       "words of one, \u201csomething that changes practice, not just a certificate\u201d (12).")
bullet("The Council's SEN Strategy 2008-11 asks schools to use provision mapping and to identify "
       "speech, language and communication needs earlier, and the Principal Officer asked us to "
       "make sure new SENCOs understand the Council's banded funding for pupils with SEN.")
bullet("The Young Advisers asked to be asked; the Parents' Forum asked for paperwork that families "
       "can understand.")

heading("6.2  What we changed because of it", 2)
table([
    ["What we heard", "What we changed in the design"],
    ["Heads want change in the school, not a certificate", "Unit B is an enquiry carried out in the participant's own school, which must show a measured effect on pupils"],
    ["Time out of school is the main obstacle", "We kept the programme to ten study days; the rest is twilight Circles, online work and tasks in school"],
    ["SENCOs want help with leading colleagues", "A whole unit (Unit C, Leading people) on working with and through other adults"],
    ["The Council's strategy and funding changes", "Provision mapping has a full study day (Day 6); banded funding is taught on Day 1 by the Council's SEN casework manager"],
    ["Young Advisers: \u201cask me, not just my mum\u201d", "Day 4 teaches ways of consulting pupils; T1 includes a record of a consultation the participant has carried out"],
    ["Parents: paperwork families cannot understand", "The pupil profile in T1 is written with the pupil and family, who are asked whether they can follow it"],
], widths=[6.0, 10.2])

heading("6.3  The programme in outline", 2)
para("The programme is the University of Brayminster's Postgraduate Certificate in Special "
     "Educational Needs Coordination (National Award for SEN Coordination). It was validated by "
     "the University at an event on 27 November 2008 as a programme of 60 credits at Level 7 (the "
     "Master's level of the framework for higher education qualifications), to be taught by the "
     "Collective as an Associate College of the University. Participants register as students of "
     "the University, which makes the award.")
para("The programme exists to raise the achievement and well-being of children and young people "
     "with SEN and disabilities in the schools where our participants work, in all five Every "
     "Child Matters outcomes and not only in test results. The unit learning outcomes are written "
     "in those terms, and every assessment asks what has changed for pupils: the Unit B enquiry, "
     "for example, must report the effect of a change on at least one measure of attainment and at "
     "least one measure of well-being (being healthy, staying safe, enjoying and achieving, making "
     "a positive contribution or achieving economic well-being).")
table([
    ["Unit", "Credits", "Study days", "Assessment"],
    ["A  Knowing the territory", "20", "Days 1 to 4", "T1 Practice Portfolio (six pieces of evidence with commentaries, 5,000 words in all)"],
    ["B  Leading provision", "20", "Days 5 to 7", "T2 Enquiry report (5,000 words)"],
    ["C  Leading people", "20", "Days 8 to 10", "T3 Presentation (20 minutes) and professional discussion (25 minutes)"],
], widths=[4.2, 1.6, 2.6, 7.8])
para("The ten study days are:")
table([
    ["Day", "Title", "What it covers", "Guest tutors"],
    ["1", "The law, the Code and the SENCO", "The SEN Code of Practice 2001 and its implications for the school, the SENCO and others; the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and accessibility planning; Every Child Matters and the Children Act 2004; the Education (Special Educational Needs Coordinators) (England) Regulations 2008; the Council's banded funding", "Council SEN casework manager"],
    ["2", "How children develop and learn", "Development from birth to adolescence; how SEN, disability, poverty and the classroom environment shape it", "\u2013"],
    ["3", "Communication, cognition and learning", "Speech, language and communication needs (the Bercow Review 2008); dyslexia and other specific learning difficulties; moderate learning difficulties; the Inclusion Development Programme", "NHS speech and language therapist"],
    ["4", "Behaviour, emotions and autism; hearing the child", "Behavioural, emotional and social difficulties; autistic spectrum disorders; ways of consulting pupils (Talking Mats, diamond ranking, pupil-led reviews)", "Autism Outreach Team; Wenning Vale Autism Support"],
    ["5", "Assessment, targets and tracking", "Identifying pupils who may have SEN from observation and data; P scales, national tests, RAISEonline and school tracking systems; setting and reviewing targets; ICT for assessment and access", "\u2013"],
    ["6", "Mapping and managing provision", "Provision mapping and costing; reviewing with colleagues whether interventions work, and reporting the findings to senior leaders; access arrangements for tests and examinations", "\u2013"],
    ["7", "Support staff", "Deploying, managing and developing teaching assistants and HLTAs; the findings of research on support staff", "\u2013"],
    ["8", "Coaching and developing colleagues", "Observation and feedback, modelling, coaching and planning whole-staff training; working with senior leaders and governors on an inclusive ethos and SEN priorities", "A headteacher from a Circle school"],
    ["9", "Working with other services", "Educational psychology, health, social care, CAMHS and voluntary organisations; using other professionals' assessments; getting specialist help and resources", "Senior Educational Psychologist"],
    ["10", "Enquiry presentations", "T3 presentations and professional discussions", "Heads as second listeners"],
], widths=[1.0, 3.6, 8.6, 3.0], font=9)
para("Working with parents and carers is not a separate study day; we expect it to come up across "
     "Days 3 to 6, and participants reflect on it in their Learning Logs.")
para("Every study day draws on current evidence as well as on our own practice. The reading for the "
     "programme includes Ofsted's Inclusion: does it matter where pupils are taught? (2006), the "
     "Bercow Review of services for children with speech, language and communication needs "
     "(2008), the National Strategies' Inclusion Development Programme materials on dyslexia and "
     "speech, language and communication needs (2008), and recent research on the deployment of "
     "teaching assistants. Tutors update the reading list each summer, and we will add the "
     "findings of the Lamb Inquiry into parental confidence when it reports.")

heading("6.4  Who the programme is for and how we choose participants", 2)
para("Applicants must hold qualified teacher status and either be their school's SENCO or have been "
     "designated by the head to take on the role within twelve months. Each applicant sends a "
     "nomination form signed by the headteacher and a completed Starting Point Profile (see 6.5), "
     "and has a half-hour conversation with a director about their role and the time they will "
     "have for study.")
para("If the Profile and the conversation suggest that someone is unlikely to reach all the "
     "outcomes within the year, for instance a teacher who has only just completed induction and "
     "has no responsibility for SEN yet, we say so, suggest what to do first (usually a year in a "
     "SENCO Circle and the Council's twilight course on the Code of Practice) and write to the head "
     "to explain. We offer them a place on a later cohort.")
para("The head's nomination form asks the head to confirm that the candidate's enhanced CRB "
     "disclosure is current and to give its date. We do not accept a nomination without this "
     "confirmation.")

heading("6.5  Starting Point, Learning Plan and credit for earlier study", 2)
para("The Starting Point Profile sets out the 28 national outcomes in our own words. Applicants "
     "rate themselves from 1 (new to me) to 4 (I do this well and could show you) against each, "
     "and note the evidence for any rating of 3 or 4. Before Day 1 each participant has an "
     "hour-long Starting Point tutorial with their tutor, in their own school where possible, to "
     "which the head is invited. Together they check the ratings (people often rate themselves "
     "highly on the Code of Practice, for example, when what they know is out of date) and agree a "
     "Learning Plan.")
para("The Learning Plan records which outcomes the participant already meets well, which need most "
     "work, the study days and readings to concentrate on, the focus of the Unit B enquiry, and two "
     "or three personal outcomes of the participant's own that go beyond the national ones. It is "
     "reviewed at tutorials in February and June. Each participant has four hours of individual "
     "tutorial time in the year, to be used as the Plan requires.")
p = doc.add_paragraph()
p.add_run("Participants who already hold Master's-level credit in SEN gained in the last five years "
          "can ask to transfer up to 20 credits against Unit A, under the University's regulations "
          "for the accreditation of prior certificated learning. ")
r_apl = p.add_run("We do not give credit for experience alone: a long career as a SENCO is "
                  "valuable, but the University would need a full portfolio of evidence against "
                  "the outcomes, and in our view that would be the course by another name.")
p.add_run(" So, apart from credit transfer, every participant follows the whole programme.")
doc.add_comment(r_apl, text="Ruth, the University's APEL regulations would allow up to 30 credits "
                "for experiential learning if you wanted to offer it. Worth a sentence? HM",
                author="Helen Marchbank (UoB)", initials="HM")
para("The fee for 2009-10 is \u00a31,450 per participant, including University registration. "
     "Wenning Vale Council has agreed to pay \u00a3500 towards the fee for SENCOs in its maintained "
     "schools. We have kept the cost down by teaching in our own building and by sharing study days "
     "with our Circles; our cost per participant-hour of teaching and tutorial time is about "
     "\u00a314, close to what schools pay for our twilight courses.")

heading("6.6  How the programme is delivered", 2)
para("Each study day runs from 9.15 to 3.30 and is taught twice: on a Thursday at the Old Library "
     "in Wenning Bridge and on the following Tuesday at the University's Calverdale Centre, so that "
     "participants can choose the day that suits their timetable, and can switch if something "
     "comes up in school.")
para("Participants can start in September or in January. Units A and B can be taken in either "
     "order; Unit C comes last because it builds on the enquiry. A participant can take one unit "
     "a term and finish in a year, or spread the three units over up to two years by agreement "
     "with the Programme Leader.")
para("Between study days participants meet in their SENCO Circle for six twilights a year (4.15 to "
     "6.00, in members' schools), where they bring the tasks they are doing in school. Each unit "
     "includes directed tasks carried out in the participant's own school and tied to the "
     "outcomes it assesses: trying a consultation technique with a pupil, mapping the provision "
     "for a year group, observing and coaching a colleague.")
para("Each Circle also has its own discussion board on the University's Blackboard site, moderated "
     "by its tutor, who replies to questions within two working days in term time. Readings, "
     "session materials and recordings of the guest tutors' talks are posted there after each "
     "study day, and assignments are submitted and returned through it. Between study days, "
     "participants can book telephone or email tutorials from their four hours, and there is an "
     "online open hour with a tutor on the first Wednesday evening of each month. Tutors keep in "
     "touch with each other through a tutors' area on the same site. Each term the Programme "
     "Leader emails the head of each participant's school a short note on progress and on what "
     "the participant will need from the school in the coming term.")

heading("6.7  Assessment and the award", 2)
lead("T1 Practice Portfolio (Unit A).", "Six pieces of evidence from the participant's own school, "
     "each with a commentary: (a) a pupil profile written with the pupil and family; (b) an "
     "annotated review of the school's SEN policy and accessibility plan against the Code of "
     "Practice, the Disability Equality Duty and the Every Child Matters outcomes; (c) a case "
     "analysis of a pupil with one of the common types of SEN, showing how needs were identified "
     "and targets set; (d) an analysis of tracking data for pupils with SEN, including national "
     "test results, and what was changed as a result; (e) a record of a consultation with pupils "
     "and what followed from it; (f) a note on work with an outside agency, showing how its "
     "assessment was used to plan teaching.")
lead("T2 Enquiry report (Unit B).", "A small enquiry into a change in provision in the participant's "
     "school. The participant reviews the research on the question, maps the current provision, "
     "agrees the change with senior leaders, takes baseline measures for a group of pupils, makes "
     "the change, measures again after at least one term, reviews the results with colleagues and "
     "reports them to the senior leadership team. "
     "The report must discuss the approaches and resources chosen, including any use of ICT, and "
     "the decisions the participant took and why.")
lead("T3 Presentation and professional discussion (Unit C).", "The participant presents the "
     "enquiry and its effect on the school to a tutor and a headteacher from another school, then "
     "discusses how they have worked with senior leaders and governors on SEN priorities, and "
     "brings a record of one observation of a colleague with the feedback and coaching that "
     "followed.")
para("Between them the three tasks assess every one of the national minimum outcomes; Appendix A "
     "shows where. Participants also keep a Learning Log, which they share with their tutor at "
     "tutorials.")
para("The University awards the Postgraduate Certificate (National Award for SEN Coordination) to "
     "participants who pass all three units. A fail in one unit cannot be made up by a good mark "
     "in another.")
para("Each task is marked by the participant's tutor against published criteria. A second tutor "
     "marks a sample of at least one in five scripts for every task, and every fail and "
     "borderline script. The tutors hold a standardisation meeting before each marking round, "
     "using scripts from the previous round. The University's moderator samples each unit, the "
     "external examiner appointed by the University sees a sample from every task and attends the "
     "Board of Examiners in July and December, and marks are confirmed only by that Board.")

heading("6.8  Access and equality", 2)
para("We are committed to equality of opportunity and to the social model of disability that we "
     "teach, and we want every SENCO who could benefit to be able to take part. The Old Library "
     "has level access, a lift to the first-floor training room and an accessible toilet, and the "
     "Calverdale Centre is fully accessible. We will keep our arrangements under review as the "
     "programme develops.")

heading("6.9  People and resources", 2)
para("The Programme Leader is Ruth Aldous. The tutors are the five directors (Part 2) and two "
     "associates: Priya Banerjee, a specialist teacher for hearing impairment with an MSc in "
     "Deaf Education, and Colin Fairley, a former secondary SENCO and Local Authority SEN "
     "adviser with an MEd. All seven have taught on the Foundation Course, and all but Colin still "
     "work in schools. Each tutor attends at least one national SEN conference or course a year, "
     "paid for by the Collective. The University's link tutor is Dr Helen Marchbank, Senior "
     "Lecturer in Inclusive Education, who teaches one session of Day 7 and chairs the Board of "
     "Examiners.")
para("Participants meet specialists from beyond our own team on most study days (see the table in "
     "6.3): the Senior Educational Psychologist, an NHS speech and language therapist, the "
     "Council's Autism Outreach Team, the Council's SEN casework manager and Wenning Vale Autism "
     "Support, a parent-led charity. We are still looking for a special school to host the visit "
     "day that Rowan Bank used to provide; until we find one, Day 4 will be taught at the Old "
     "Library.")
para("Our resource library at the Old Library holds about 600 books and a loan collection of the "
     "assessment materials most used in local schools (reading, spelling and language screening "
     "tests). Our assistive technology kit (two laptops with Clicker 5, Write:OutLoud and Widgit "
     "symbol software, a portable word processor and a digital voice recorder) can be borrowed for "
     "a fortnight at a time. As University students, participants have full use of the "
     "University library, including electronic journals from home through Athens, and of "
     "Blackboard.")
para("Before each year begins, all tutors attend a preparation day in July, where they go through "
     "the Tutor Guide (their duties in teaching, tutorials, marking and Blackboard) and the "
     "marking criteria. New associates observe a full study day before they teach one. For Unit B "
     "the head names a colleague in school to act as enquiry mentor, and we write to the head "
     "explaining what the mentor is asked to do.")

heading("6.10  Checking quality and impact", 2)
para("We will use the following sources of evidence about the quality of the programme:")
bullet("an evaluation form for every study day (the same five questions each time);", "Internal:")
bullet("a tutor team review after each pair of study days, and the tutorial reviews of Learning "
       "Plans;", "Internal:")
bullet("a participants' focus group in the spring term, run by a director who does not teach that "
       "cohort;", "Internal:")
bullet("the Award as Objective 5 in our 2008-09 and later social accounts, examined by the Social "
       "Audit Panel;", "External:")
bullet("the University's annual monitoring report, the external examiner's report and the "
       "University's periodic review of the programme.", "External:")
para("All of these feed one Programme Improvement Plan, which the directors review at their monthly "
     "meeting and which goes to the University's Partnerships Committee each summer. At the start "
     "of each study day participants get a short \u201cyou said, we did\u201d note on what has "
     "changed.")
para("Heads of participants' schools are invited to the T3 presentations, a head from another "
     "school sits on each presentation as second listener, and the Council's psychologists, "
     "therapists and outreach teachers teach on the study days. After the first year we intend to "
     "invite the Young Advisers and a group of heads to look at the evaluation findings with us.")
para("We will judge the programme's effect on participants' competence by their results in the "
     "three tasks, and its effect on their confidence by asking them to re-rate the Starting Point "
     "Profile at the end of the programme and comparing the two ratings. The Unit B enquiries will "
     "show each participant the difference their work has made to pupils, but the reports and the "
     "pupil data belong to the participant and the school. We do not collect pupil data from "
     "schools, and we have not yet decided how we could sum up the programme's effect on pupils "
     "across a cohort.")

heading("6.11  After the Award", 2)
para("We would like the Award to be a first step rather than a finishing line. We have begun "
     "talking to the University about a route from the Award to its MA in Inclusive Education, and "
     "we hope graduates will stay in their Circle.")

heading("6.12  Still to settle", 2)
for s in ("a special school to host a visit day;",
          "how we could gather evidence of the effect on pupils across a cohort;",
          "whether the Young Advisers could help teach part of Day 4."):
    bullet(s)

# ---------------------------------------------------------------- Appendix A
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
heading("Appendix A  The national outcomes: where they are developed and assessed", 1)
para("Key. T1 (a) to (f): the six parts of the Practice Portfolio. T2: the Enquiry report. T3: the "
     "presentation and professional discussion. Day numbers refer to the table in 6.3.", size=9.5)

rows = [
    ("G", "Professional attributes"),
    ("Build fair, respectful and supportive relationships with pupils with SEN and their families", "Day 4", "T1 (a)"),
    ("Win the commitment of colleagues, including the head and senior leaders", "Day 8", "T2; T3"),
    ("Prioritise, manage time and delegate", "Days 1 and 7", "Learning Log (not marked)"),
    ("Anticipate and solve problems; make sound decisions about provision", "Day 6", "T2"),
    ("Communicate clearly in speech and writing; listen to others", "All days", "T3; written commentaries in T1 and T2"),
    ("Use research and outside advice to improve own and colleagues' practice", "All days", "T2 (review of research)"),
    ("Keep up to date; take charge of own CPD on SEN and disability", "Days 1 and 9", "Learning Log (not marked)"),
    ("G", "Knowledge and understanding"),
    ("SEN law and guidance, including the Code of Practice, and what they mean in practice", "Day 1", "T1 (b)"),
    ("Every Child Matters and the SENCO's part in it", "Day 1", "T1 (b); T2"),
    ("Disability equality law and what it requires of schools", "Day 1", "T1 (b)"),
    ("How children develop, and what affects development", "Day 2", "\u2013"),
    ("The common types of SEN and disability and how they affect learning", "Days 3 and 4", "T1 (c)"),
    ("Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Day 5", "T2"),
    ("Best practice and research on meeting SEN", "All days", "T2 (review of research)"),
    ("What outside agencies do and how to get specialist help", "Day 9", "T1 (f)"),
    ("G", "Skills"),
    ("Work with senior colleagues and governors on an inclusive ethos, policies and resources", "Day 8", "T3"),
    ("Identify pupils with SEN, set targets, plan interventions, review progress", "Day 5", "T1 (c)"),
    ("Use other professionals' assessments to shape teaching", "Day 9", "T1 (f)"),
    ("Use summative assessment and national tests to track progress", "Day 5", "T1 (d)"),
    ("Arrange access arrangements for tests and examinations in good time", "Day 6", "Circle discussion"),
    ("Use provision mapping; find provision that is missing or not working", "Day 6", "T2"),
    ("Deploy and manage support staff", "Day 7", "\u2013 (see note 3)"),
    ("Develop colleagues: observation, feedback, coaching, training", "Day 8", "T3"),
    ("Review with colleagues how well provision is working, and report to senior leaders", "Day 6", "T2"),
    ("Involve pupils in planning and reviewing their own provision", "Day 4", "T1 (a); T1 (e)"),
    ("Work with parents and carers", "Days 3 to 6", "Learning Log (not marked)"),
    ("Work with other services and voluntary organisations", "Day 9", "T1 (f)"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(("Outcome (our wording)", "Developed on", "Assessed through")):
    c = t.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(9.5)
    shade(c, "D9E7EC")
s4_cell = None
for row in rows:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[1]).merge(cells[2])
        m.text = ""
        rr = m.paragraphs[0].add_run(row[1])
        rr.bold = True
        rr.font.size = Pt(9.5)
        shade(m, "EEF5F7")
        continue
    for j, val in enumerate(row):
        cells[j].text = ""
        rr = cells[j].paragraphs[0].add_run(val)
        rr.font.size = Pt(9.5)
        if val.startswith("\u2013 (see note 3)"):
            s4_cell = rr
for row in t.rows:
    row.cells[0].width = Cm(9.2)
    row.cells[1].width = Cm(2.8)
    row.cells[2].width = Cm(4.2)
doc.add_paragraph().paragraph_format.space_after = Pt(2)
para("Notes", bold=True, after=2)
para("1. The Learning Log is not marked and does not count towards the award.", size=9.5, after=2)
para("2. Circle twilights are not assessed.", size=9.5, after=2)
p = para("", size=9.5, after=2)
rn3 = p.add_run("3. In our first draft of T1, the deployment of support staff was assessed through a "
                "staffing audit; the University asked us to take the audit out so that the "
                "portfolio stays within its word limit. Day 7 still covers deployment in full.")
rn3.font.size = Pt(9.5)
doc.add_comment(rn3, text="Could we put deployment back in as part of T3? For the February "
                "directors' meeting. DO", author="Daniel Okafor", initials="DO")

# ---------------------------------------------------------------- Appendix B
heading("Appendix B  Income and expenditure, 2007-08", 1)
table([
    ["Income", "\u00a3", "Expenditure", "\u00a3"],
    ["Training fees from schools", "41,320", "Associates' and directors' teaching fees", "33,850"],
    ["Circle subscriptions", "9,600", "Administrator (0.6)", "13,460"],
    ["Council contract (TA training)", "12,000", "Venue, catering, materials", "9,870"],
    ["Wenning Vale Community Foundation grant", "5,000", "Young Advisers (youth worker, travel)", "2,930"],
    ["Other", "1,020", "Insurance, accounts, CIC filing", "4,100"],
    ["Total", "68,940", "Total", "64,210"],
], widths=[5.2, 2.0, 6.8, 2.2])

doc.save(OUT)
print("wrote", OUT)
