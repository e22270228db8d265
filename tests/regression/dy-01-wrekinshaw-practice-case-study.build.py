"""Build dy-01-wrekinshaw-practice-case-study.docx (blind test application).

KIND OF DOCUMENT
  A good-practice case study written on the Specialist Schools and Academies
  Trust's "Practice Library" case-study template (extended version, with
  annexes), sent to the TDA with a short covering letter as the application.
  Specialist schools wrote such case studies about their community and
  network work; this one tells how the college's SENCO network grew from
  2005 and, in its Part 5, how the National Award will run from September
  2009.

PROVIDER (invented)
  Wrekinshaw Sports and Science College (11-18, 1,140 on roll; sports
  specialism 2001, science as second specialism 2007), lead school of the
  Marchland Secondary SENCO Network (31 secondary-phase schools in a sparse
  rural county, four "hub" schools), in partnership with the University of
  Ludhope School of Education (validates the award and co-teaches) and
  Marchland County Council. Award: Postgraduate Certificate in Special
  Educational Needs Coordination (National Award), 60 credits at Level 7,
  two 30-credit units. People: Gillian Tarrant (head), Owen Pritchard
  (assistant head, network lead), Dr Helen Maskery (Ludhope), Kate Levens,
  Gareth Ivens, Ruth Okonjo (hub tutors), Frances Dowd (county Senior
  Adviser SEN), Dr Rajinder Basi (EP), Sue Allard (Parent Partnership).

LAYOUT
  - Covering letter on the college's letterhead (typed lines).
  - Template title and a "Case study profile" field table.
  - The template's grey italic guidance notes "[Guidance: ...]" are left in
    under every section heading (form prompts: never an answer).
  - No Word heading styles: the template's own paragraph styles ("CS Title",
    "CS Heading", "CS Guidance", "CS Run-in") are used, so section titles are
    custom-styled paragraphs with typed numbers 1-8.
  - Part 5 is written with bold run-in lead-ins, no sub-numbering.
  - A shaded one-cell "Snapshot" box (table) near the start.
  - Three floating text boxes (DrawingML wps with a VML fallback) holding
    pull quotes. One of them, Dr Maskery's, is the ONLY place the second
    marking, standardisation and external examiner arrangements appear.
  - Two "You told us / So the Award..." and "Who teaches" tables.
  - Annex A (the Award at a glance, day by day) and Annex B (outcome table in
    the network's own words with merged group rows; columns "Worked on" and
    "Counts for the Award in").
  - Page header (Trust's library banner) and footer (case study reference and
    a sentence about the college's Disability Equality Scheme): never evidence.

TRAPS (requirement ids affected)
  Past arrangements and hopes:
  - 2.3  The only assessment-only arrangement is the old unaccredited "New to
         SENCO" course's portfolio sign-off in 2007, which "ended when the
         course did, in July 2008"; Part 8 only "would like to offer" one and
         has "asked Ludhope whether its regulations would allow it".
         -> not_met.
  - 2.5  Nothing helps completers set further targets; Part 8 "would like to
         add a closing session on 'Where next?'"; the closing conference in
         Annex A has no such element. -> not_met.
  - 5.7  Hub tutors: Ludhope associate-tutor induction, team meetings,
         observation (met part); mentors: "We have not yet worked out how to
         brief mentors", a Mentor Guide is being written over the summer, and
         mentor training appears only in Part 8. -> partially_met.
  Wrong context:
  - 5.3  The college's single central record praised by Ofsted (its own
         staff) and safer recruitment for hub tutors; for participants only a
         tick-box self-declaration of a current enhanced CRB disclosure with
         its date, nothing verified and no other background checks.
         -> partially_met.
  - 3.1  Disability sport for the college's pupils (boccia, wheelchair
         basketball) is about pupils; for participants only accessible hub
         venues and "can talk to the network lead"; no reasonable
         adjustments in teaching or assessment, nothing on promotional
         material. The footer's Disability Equality Scheme sentence is not
         evidence. -> partially_met.
  - 1.5  The college's own student council and Sports Leaders are pupils'
         voice in the college, not participants' skills; but Hub 5 and the
         Learner Study's pupil interview do develop the skill. -> met.
  Partial arrangements:
  - 2.1  Certificated Level 7 study (up to 20 credits) can be credited;
         "Experience without a certificate is not accredited". -> partially_met.
  - 2.2  The self-audit against the national outcomes only places people in
         one of two pathways and groups the coaching trios; no individual
         plan or personalised outcomes. -> partially_met.
  - 5.5  Specialist guests are arranged, but the visit to a special school or
         hearing base happens only "where a participant's school can release
         them", "the visit is optional". -> partially_met.
  - 1.7  Parents and carers only as an afternoon with the Parent Partnership
         Service (Hub 5); nothing practised or assessed. -> partially_met.
  Evidence in a text box (a partner's quotation):
  - 5.8  Second marking (one in four, all fails and distinctions),
         standardisation with exemplars, the University's external examiner
         and the Award Board appear only in Dr Maskery's pull quote. -> met.
  Blanket claims:
  - 1.9, 6.0  "designed so that all of the national minimum outcomes are
         covered and assessed" and the note under Annex B, "This table sets
         out every national minimum outcome in our own words", against a
         table that omits three outcomes and leaves others formative or
         unassessed. -> partially_met.
  Criterion 6 (Annex B, in the network's own words; elements named, not
  coded):
  - Missing rows: 6.A7 (keeping up to date / own CPD), 6.K4 (child
    development), 6.S2c (formative assessment) -> not_met.
  - "Learning Log (formative, not marked)": 6.A3, 6.S5, 6.S9 -> partially_met.
  - "—" in "Counts for the Award in": 6.K3 (Hub 1), 6.S8 (Hub 5)
    -> partially_met.
  - 6.S2d "Hub 6 (optional twilight with the college's exams officer)" and
    "—" -> partially_met.
  - 6.A1 row names pupils and families but counts only "Learner Study
    (relationship with the pupil)" -> partially_met.
  - Met via the elements' descriptions in Part 5 and Annex B: A2, A4, A5,
    A6, K1, K2, K5, K6, K7, K8, K9 (Professional Dialogue scenario), S1, S2,
    S2a, S2b, S3, S4, S6, S7.
  Concrete statements in the case study's own shapes that ARE met:
  - E.1, E.2  validation panel of 12 February 2009, 60 credits at Level 7.
  - 3.2  two intakes, four hubs, any hub for any day, two-year option.
  - 3.3  moderated forums with a three-day reply, fortnightly video-link
         surgeries, online trios, e-portfolio seen by mentors.
  - 4.1, 4.2  the October 2008 survey and the "You told us" table.
  - 4.3  the Steering Group (heads, county adviser, Parent Partnership,
         elected SENCOs) considers evaluation evidence and agrees the action
         plan; county adviser on Professional Dialogue panels.
  - 5.1, 5.9  evaluation methods, external review, repeat self-audit, pupil
         baselines in the Change Project, annual Impact Report.
"""
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dy-01-wrekinshaw-practice-case-study"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Trebuchet MS"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)
sec.header.paragraphs[0].text = (
    "Specialist Schools and Academies Trust  |  Practice Library  |  "
    "Inclusion and SEN strand")
sec.footer.paragraphs[0].text = (
    "Case study INC/09/017 (extended version with annexes). (c) Wrekinshaw "
    "Sports and Science College 2009. May be copied for non-commercial use. "
    "All Wrekinshaw network activity is covered by the college's Disability "
    "Equality Scheme.")

# ---------------------------------------------------------------- styles
def pstyle(name, size=10, bold=False, italic=False, colour=None, before=0,
           after=5, keep=False):
    s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.font.size = Pt(size)
    s.font.bold = bold
    s.font.italic = italic
    if colour:
        s.font.color.rgb = RGBColor.from_string(colour)
    s.paragraph_format.space_before = Pt(before)
    s.paragraph_format.space_after = Pt(after)
    s.paragraph_format.keep_with_next = keep
    return s


pstyle("CS Title", size=18, bold=True, colour="4F6228", after=4)
pstyle("CS Subtitle", size=11, italic=True, colour="4F6228", after=10)
pstyle("CS Heading", size=12.5, bold=True, colour="4F6228", before=12,
       after=3, keep=True)
pstyle("CS Guidance", size=8.5, italic=True, colour="808080", after=6)
pstyle("CS Body", size=10, after=6)
pstyle("CS Bullet", size=10, after=3)
pstyle("CS Small", size=8.5, after=2)


def p(text="", style="CS Body", bold=False, italic=False):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
    return para


def runin(lead, text):
    para = doc.add_paragraph(style="CS Body")
    r = para.add_run(lead + " ")
    r.bold = True
    para.add_run(text)
    return para


def bullet(text, lead=None):
    para = doc.add_paragraph(style="CS Bullet")
    para.paragraph_format.left_indent = Cm(0.6)
    para.paragraph_format.first_line_indent = Cm(-0.4)
    para.add_run("\u25aa  ")
    if lead:
        r = para.add_run(lead + " ")
        r.bold = True
    para.add_run(text)
    return para


def guidance(text):
    return p("[Guidance: " + text + "]", style="CS Guidance")


def heading(text):
    return p(text, style="CS Heading")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        para.paragraph_format.space_after = Pt(1)
        r = para.add_run(ln)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(rows, widths, header=True, size=9, head_fill="D7E4BD"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            c.width = widths[j]
            if header and i == 0:
                shade(c, head_fill)
    doc.add_paragraph(style="CS Small")
    return t


_box_id = [10]


def textbox(anchor_para, lines, width_cm=6.2, fill="EAF1DD", line="4F6228"):
    """Floating text box (wps) with a VML fallback, anchored in anchor_para."""
    _box_id[0] += 1
    n = _box_id[0]
    cx = int(width_cm * 360000)
    cy = int(4.5 * 360000)
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    paras = ""
    for k, (txt, b, it) in enumerate(lines):
        rpr = "<w:rPr>%s%s<w:sz w:val=\"17\"/></w:rPr>" % (
            "<w:b/>" if b else "", "<w:i/>" if it else "")
        paras += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>%s'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>') % (rpr, esc(txt))
    content = '<w:txbxContent>%s</w:txbxContent>' % paras
    xml = (
        '<w:r xmlns:w="%s" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx>%s</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="Text Box %d" o:spid="_x0000_s10%02d" '
        'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;'
        'width:%.1fpt;height:%.1fpt;z-index:%d;mso-position-horizontal:right;'
        'mso-position-horizontal-relative:margin;mso-wrap-style:square" '
        'fillcolor="#%s" strokecolor="#%s"><v:textbox style="mso-fit-shape-to-text:t">%s'
        '</v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    ) % (W, 251659264 + n, cx, cy, n, n, cx, cy, fill, line, content,
         n, n, width_cm * 28.35, 4.5 * 28.35, 251659264 + n, fill.lower(),
         line.lower(), content)
    anchor_para._p.append(parse_xml(xml))


# ================================================================ covering letter
p("WREKINSHAW SPORTS AND SCIENCE COLLEGE", style="CS Body", bold=True)
lh = p("Bridge Street, Wrekinshaw, Marchland  WK7 2LP", style="CS Small")
lh.add_run().add_break(WD_BREAK.LINE)
lh.add_run("Tel 01987 640 200   |   Headteacher: Mrs Gillian Tarrant BA MEd NPQH")
lh.add_run().add_break(WD_BREAK.LINE)
lh.add_run("Lead school of the Marchland Secondary SENCO Network")
p()
p("SENCO Approvals Team, Training and Development Agency for Schools")
p("13 March 2009")
p("National Award for SEN Coordination: application from the Marchland "
  "Secondary SENCO Network and the University of Ludhope", bold=True)
p("Dear colleagues,")
p("When we spoke on 2 March your office agreed that we could send the extended "
  "version of the case study we have written for the Specialist Schools and "
  "Academies Trust's practice library, with its annexes, as our application, "
  "rather than rewriting the same material into the form. The case study "
  "tells how the network grew and, in Part 5, sets out how the Award itself "
  "will run from September 2009. Annex A sets out the programme day by day "
  "and Annex B shows where the national minimum outcomes are worked on and "
  "where they count for the Award.")
p("The grey guidance notes are the Trust's template. We have left them in so "
  "that this version matches the one that will appear in the library.")
p("Yours faithfully,")
p("Gillian Tarrant, Headteacher        Owen Pritchard, Assistant Headteacher "
  "(Inclusion) and Network Lead")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ================================================================ template front
p("PRACTICE LIBRARY CASE STUDY (EXTENDED TEMPLATE v2)", style="CS Small",
  bold=True)
p("Going the distance: a rural SENCO network builds its own National Award",
  style="CS Title")
p("How a sports and science college used its specialist community work to "
  "bring 31 schools together, and what happens next", style="CS Subtitle")
guidance("Complete every row of the profile. Use the Trust's keyword list. "
         "Do not include the names of pupils.")

table([
    ["Case study profile", ""],
    ["School", "Wrekinshaw Sports and Science College"],
    ["Specialism(s)", "Sports (designated 2001, redesignated 2005); Science "
                      "(second specialism, 2007)"],
    ["Local authority", "Marchland County Council"],
    ["Phase and type", "11-18 mixed comprehensive; 1,140 on roll, 186 in the "
                       "sixth form"],
    ["Pupils with SEN", "19% at School Action, School Action Plus or with a "
                        "statement; 2.6% with a statement"],
    ["Strand", "Inclusion and SEN; Leading networks"],
    ["Partners", "University of Ludhope School of Education; Marchland County "
                 "Council Children's Services; the schools of the Marchland "
                 "Secondary SENCO Network"],
    ["Keywords", "rural; networks; SENCO; National Award; blended learning; "
                 "coaching; data; community"],
    ["Contact", "Owen Pritchard, Assistant Headteacher (Inclusion), "
                "o.pritchard@wrekinshaw.marchland.sch.uk"],
], [Cm(4.0), Cm(12.4)])

snap = doc.add_table(rows=1, cols=1)
snap.style = doc.styles["Table Grid"]
sc = snap.cell(0, 0)
shade(sc, "F2F2F2")
set_cell(sc,
         "SNAPSHOT\n"
         "31 secondary-phase schools, four hub schools, one network.\n"
         "Longest journey to a hub: 40 minutes (to a single central venue it "
         "was 90).\n"
         "41 SENCOs and assistant SENCOs completed our unaccredited New to "
         "SENCO course, 2006-2008.\n"
         "From September 2009: the Postgraduate Certificate in SEN "
         "Coordination (National Award), validated by the University of "
         "Ludhope, 60 credits at Master's level.\n"
         "Up to 24 places in each intake; intakes in September and February.",
         size=9)
doc.add_paragraph(style="CS Small")

# ================================================================ 1
heading("1   In a sentence")
guidance("One sentence of no more than 40 words that a busy headteacher could "
         "read and understand.")
p("A sports and science college in a county where some SENCOs used to drive "
  "ninety minutes to a course has used its specialist community work to build "
  "a network of 31 schools, and from September 2009 will run the National "
  "Award with the University of Ludhope.")

# ================================================================ 2
heading("2   The challenge")
guidance("Describe the context and the problem you set out to solve in no "
         "more than 250 words. Include any data that helps a reader "
         "understand the starting point.")
p("Marchland is a large, thinly populated county. Its 31 secondary-phase "
  "schools (27 high schools, two special schools with secondary departments, "
  "the pupil referral unit and an independent special school that joined us "
  "in 2007) are spread across ninety kilometres from north to south, with one "
  "railway line and a bus service that does not run after six. Many of the "
  "high schools are small: eight have fewer than 600 pupils, and in those "
  "schools the SENCO is usually also a class teacher with a heavy timetable.")
p("When we audited the network in 2005, 11 of the 27 high school SENCOs had "
  "been in post for less than two years. Eight were teaching more than 80% of "
  "a full timetable. Most had never had any training for the role beyond the "
  "county's one-day briefing, and the nearest university course was at "
  "Ludhope, up to seventy-five minutes away for schools in the south of the "
  "county. Turnover was high: in 2004-05 alone, seven schools changed SENCO. "
  "When we asked what would help, the commonest answer was some version of "
  "\"I learned this job on my own\".")
p("For pupils the picture was mixed. Some of our smallest schools had "
  "excellent provision built round one committed person; when that person "
  "left, the provision often left with them. The county's data showed that "
  "pupils at School Action Plus in Marchland made less progress between Key "
  "Stages 2 and 3 than similar pupils nationally, and fixed-term exclusions of "
  "pupils with behavioural, emotional and social difficulties were above the "
  "national figure.")

# ================================================================ 3
heading("3   What we did, 2005 to 2008")
guidance("Describe the actions you took, in the order you took them. Say who "
         "did what. Readers value honest accounts of what did not work.")
qp = p("We are a sports college, and we think in squads. In 2005 we used the "
       "community strand of our specialist plan to fund half a day a week of "
       "the Assistant Headteacher's time to bring the county's secondary "
       "SENCOs together. The first meetings were held at Wrekinshaw and were "
       "poorly attended by schools in the south, so from 2006 we moved to four "
       "hub schools: Wrekinshaw in the north-east, Castle Ferrers High School "
       "in the west, Leominstow Community School in the centre and Brackley "
       "Edge School in the south. No school is more than forty minutes from "
       "its nearest hub.")
textbox(qp, [
    ("\u201cThe buddy scheme got me through my first annual review. I rang "
     "Kate three times that week and she never once made me feel stupid.\u201d",
     False, True),
    ("SENCO, small rural high school, New to SENCO course 2007", True, False),
])
p("Three things grew out of the meetings.")
bullet("New SENCOs were paired with an experienced SENCO from another school "
       "for their first year. The pairs agree how often they talk; most speak "
       "every fortnight. By 2008 twenty-six pairings had run.",
       lead="SENCO buddies.")
bullet("From 2006 to 2008 the network ran an unaccredited course of six "
       "twilight sessions and one full day, led by the college and the "
       "county's SEN team. Forty-one SENCOs and assistant SENCOs completed it. "
       "In 2007 four experienced SENCOs who had moved into the county asked to "
       "be excused the sessions; we let them put together a portfolio, talk it "
       "through with the network lead and be signed off. That was a local "
       "arrangement for an unaccredited course, and it ended when the course "
       "did, in July 2008.",
       lead="New to SENCO.")
bullet("When we took on science as our second specialism in 2007, the science "
       "faculty's data team built a simple tracker in Excel for pupils with SEN, "
       "using P scales and National Curriculum sub-levels. Twenty-two schools "
       "now use the Marchland SEN tracker, and the data team runs a twilight "
       "on it each September.",
       lead="The tracker.")
p("We also borrowed from coach education, which our PE staff know well. In "
  "the sports world a new coach learns by being watched, by watching and by "
  "talking it through. Since 2007 the network has run coaching trios: three "
  "SENCOs from different schools who visit each other, observe one another "
  "working with a teacher or teaching assistant, and give feedback against an "
  "agreed focus. The trios were the single most popular thing we did.")
p("Not everything worked. An e-mail list produced a great deal of e-mail and "
  "very little help. A termly newsletter ran for three issues. And one whole-"
  "county conference day in 2006, in a sports hall in February, is "
  "remembered mainly for the heating.")
p("Pupil voice is a strength of the college itself. Our student council and "
  "our 60 Sports Leaders are consulted on everything from the canteen to the "
  "curriculum, and Ofsted in 2007 singled out the way students with SEN lead "
  "the college's inclusive sport sessions. Several network schools have "
  "visited to see how we do it.")

# ================================================================ 4
heading("4   Building the National Award with Ludhope")
guidance("Extended template only. If your work has led to an accredited "
         "programme, describe how it was designed and by whom, and what "
         "evidence shaped it.")
p("Once the Education (Special Educational Needs Co-ordinators) (England) "
  "Regulations 2008 made it clear that new SENCOs would need nationally "
  "accredited training, the network's headteachers asked the college to lead "
  "a bid. In September 2008 the University of Ludhope's School of Education "
  "agreed to validate the programme and to teach on it, and a design group "
  "was formed: Owen Pritchard, Dr Helen Maskery from Ludhope, Frances Dowd "
  "(Senior Adviser for SEN, Marchland County Council), two network "
  "headteachers and three SENCOs chosen by the network.")
p("In October 2008 we surveyed every secondary-phase SENCO and headteacher in "
  "the county. Twenty-nine of the 31 SENCOs and 22 of the 31 headteachers "
  "replied. The SENCOs' priorities, in their own ranking, were: using data to "
  "track the progress of pupils with SEN (76%); leading and deploying "
  "teaching assistants (69%); finding time for the role (62%); getting to "
  "training at all (59% named travel as the main barrier); autism (48%); and "
  "difficult meetings with parents (31%). The headteachers said three things "
  "clearly: no more than ten days out of school; a SENCO who can make the case "
  "for SEN to governors; and training rooted in the SENCO's own school. "
  "Marchland's SEN Strategy 2008-2011 adds two county priorities, better "
  "outcomes for pupils with autism and with behavioural, emotional and social "
  "difficulties, and the Parent Partnership Service's parents' forum told us "
  "in November 2008 that parents want SENCOs who \"explain the jargon and "
  "then listen\".")
p("The design group changed the first outline in the following ways as a "
  "result.")
table([
    ["You told us", "So the Award..."],
    ["Travel is the main barrier (SENCOs, 59%)",
     "runs every hub day at each of the four hubs within the same fortnight, "
     "holds fortnightly tutor surgeries by video link, and puts the work "
     "between days online."],
    ["Data and tracking come first (SENCOs, 76%)",
     "builds the Provision Review round the school's own tracking data, and "
     "brings the data day (Hub 6) forward to the autumn term."],
    ["Teaching assistants (SENCOs, 69%)",
     "gives a whole hub day to leading people, and most Change Projects are "
     "about how TAs are deployed."],
    ["No more than ten days out (headteachers)",
     "has eight hub days and two network days, and no more."],
    ["Make the case to governors (headteachers)",
     "ends the Change Project with a presentation to the head and a governor."],
    ["Autism and BESD (county strategy; SENCOs, 48%)",
     "brings in Hollins Brook Special School's autism outreach team and the "
     "Educational Psychology Service for the two areas-of-need days."],
], [Cm(5.5), Cm(10.9)])
p("Ludhope's validation panel met on 12 February 2009 and approved the "
  "Postgraduate Certificate in Special Educational Needs Coordination "
  "(National Award): 60 credits at Level 7 (Master's level) of the "
  "University's credit framework, taught in partnership with the college, in "
  "two units of 30 credits. The University awards the certificate.")

# ================================================================ 5
heading("5   How the Award will work")
guidance("Extended template only. Describe the programme as participants will "
         "experience it: who it is for, how it is taught and assessed, and who "
         "teaches it.")
runin("What it is for.",
      "The Award's first aim, written into both unit specifications, is that "
      "pupils with SEN and disabilities in participants' schools do better, in "
      "their attainment and in being healthy, staying safe, enjoying and "
      "achieving, making a positive contribution and achieving economic "
      "well-being, because their SENCO leads provision well. Every assessed "
      "element is set in the participant's own school and asks what difference "
      "it made for pupils. The second aim is to equip new SENCOs to lead: "
      "with senior colleagues and governors, with teachers and teaching "
      "assistants, with pupils themselves and with the services that work "
      "with them.")
runin("Who can join.",
      "Teachers with qualified teacher status who are in post as SENCO in a "
      "Marchland school, or who have been designated by their headteacher to "
      "take up the role by September 2009. Applicants from neighbouring "
      "counties are welcome if places allow. Each application comes with a "
      "nomination from the headteacher, who agrees to release the participant "
      "for the ten days, names a senior colleague as school mentor and agrees "
      "to support the school-based assignments.")
runin("How we decide.",
      "Applicants complete a self-audit (below) and have a twenty-minute "
      "interview with a hub tutor, by telephone or video link. The interview "
      "checks that the applicant has enough experience of the school's SEN "
      "procedures, and of working with other adults, to meet the outcomes in "
      "a year. If it shows that someone is not yet ready, most often a "
      "teacher who has never worked with the SEN register or led other "
      "adults, the network lead writes to the applicant and the headteacher "
      "setting out what is needed first (usually a term in the SENCO buddy "
      "scheme and the network's three twilight SENCO Foundations sessions), "
      "talks it through with the head, and offers a place in the next intake.")
runin("Checks.",
      "Our own safer recruitment practice is strong: Ofsted in 2007 described "
      "the college's single central record of staff checks as exemplary, and "
      "the network has adopted the county's model safer recruitment policy "
      "for appointing its hub tutors. Participants are all serving teachers. "
      "On the application form each applicant ticks to confirm that they hold "
      "a current enhanced CRB disclosure, and gives its date.")
runin("Prior learning.",
      "Ludhope's regulations for the accreditation of prior certificated "
      "learning apply: a participant who already holds up to 20 credits at "
      "Level 7 in SEN, gained in the last five years, can have them counted "
      "against Unit 1. Experience without a certificate is not accredited, "
      "though it is taken into account in the self-audit.")
runin("The self-audit.",
      "The self-audit asks each applicant to rate themselves, on a four-point "
      "scale and with a line of evidence, against each of the national "
      "minimum outcomes. Hub tutors use the audits to place participants in "
      "one of two pathways for the areas-of-need days (Hubs 3 and 4), "
      "mainstream high school or special school and PRU, and to group the "
      "coaching trios so that each trio mixes stronger and weaker areas.")
sp = runin("Shape of the year.",
           "Unit 1, The SENCO, the Learner and the Law (30 credits), runs in "
           "the autumn and spring terms; Unit 2, Leading Provision and Change "
           "(30 credits), in the spring and summer. There are ten days out of "
           "school: a launch day at the college, eight hub days and a closing "
           "conference at Ludhope. Each hub day runs once at each of the four "
           "hubs within the same fortnight, and participants may go to any hub "
           "for any day, so a snowed-in road or a clash with a school event "
           "need not mean a missed day. There are two intakes, in September "
           "and February; the February intake takes Unit 1 from February to "
           "July and Unit 2 the following autumn. Anyone who needs to may take "
           "the two units in successive years. Each participant also has three "
           "individual tutorials of forty-five minutes, face to face at a hub "
           "or by video link, after Hubs 2, 5 and 8.")
runin("Between the days.",
      "The Marchland Learning Platform (the county's Moodle site, hosted by "
      "the college since 2007) carries everything the participant needs "
      "between hub days. After each hub day there is an online unit of about "
      "four hours: readings, a short task in school and a forum question. "
      "Each hub group of up to twelve has its own forum, moderated by its hub "
      "tutor, who replies to postings and queries within three working days. "
      "Every other Thursday from 4.00 to 5.00 there is a virtual surgery by "
      "video link from the four hub schools' conferencing rooms, or from home "
      "by webcam, staffed in turn by a Ludhope tutor and a hub tutor. Coaching "
      "trios meet online at least twice between hub days. The learning log is "
      "kept as an e-portfolio on the Platform, where the participant's hub "
      "tutor and school mentor can see it, and notices, deadlines and tutor "
      "feedback go to participants and mentors through the Platform's "
      "messaging.")
runin("Fitting the course to the person.",
      "Beyond the pathways, the three tutorials follow each participant's "
      "own school and priorities; the Change Project is chosen by the "
      "participant with the headteacher; and the coaching trios work on a "
      "focus each SENCO picks. The fee is \u00a31,200 for the whole Award, "
      "about a third below Ludhope's usual fee for a 60-credit certificate, "
      "because the hubs and the college's facilities come at no charge and "
      "the hub tutors' time is part-funded from the sports college community "
      "budget. Marchland County Council meets half the fee for SENCOs in "
      "maintained schools from its SEN Strategy budget for 2009-2011.")
runin("Access.",
      "We are a sports college with a strong record in disability sport: our "
      "boccia and wheelchair basketball squads compete at county level, and "
      "every Year 7 pupil tries both. All four hubs have level access, an "
      "accessible toilet and a hearing loop. Applicants with a disability are "
      "welcome and can talk to the network lead about anything they need.")

heading("Who teaches")
table([
    ["Name and role", "Background"],
    ["Owen Pritchard\nAssistant Headteacher (Inclusion), Wrekinshaw; Network "
     "Lead",
     "SENCO in two high schools, 1995-2004; network lead since 2005; MA Special "
     "and Inclusive Education (Ludhope, 2002); NPQH (2008); co-author of the "
     "county's guidance on tracking pupils with SEN."],
    ["Dr Helen Maskery\nSenior Lecturer in Inclusive Education, University of "
     "Ludhope; University programme leader",
     "Former LA advisory teacher for specific learning difficulties; PhD "
     "(2006) on SENCOs in small rural schools; leads Ludhope's MEd inclusion "
     "modules; revises the Award's reading list every summer."],
    ["Kate Levens\nSENCO, Wrekinshaw; hub tutor (Wrekinshaw hub)",
     "SENCO since 2001; MA in Specific Learning Difficulties; AMBDA; runs the "
     "college's Assistive Technology Library."],
    ["Gareth Ivens\nSENCO, Castle Ferrers High School; hub tutor (Castle "
     "Ferrers hub)",
     "Formerly teacher in charge of the county's Hearing Support Base; MEd "
     "(Inclusion); network buddy since 2006."],
    ["Ruth Okonjo\nHead of Learning Support, Leominstow Community School; "
     "hub tutor (Leominstow and Brackley Edge hubs)",
     "Twelve years in secondary learning support; MEd in Autism (distance "
     "learning); county autism champion."],
    ["Guest contributors",
     "Dr Rajinder Basi (Senior Educational Psychologist, Marchland); the "
     "Marchland PCT speech and language therapy team; Hollins Brook Special "
     "School autism outreach team; Frances Dowd (Senior Adviser SEN); Sue "
     "Allard (Parent Partnership coordinator)."],
], [Cm(5.8), Cm(10.6)])
runin("Tutors and mentors.",
      "All hub tutors are appointed as associate tutors of the University of "
      "Ludhope. Each completes the University's one-day associate tutor "
      "induction, attends the three programme team meetings a year and is "
      "observed teaching once a year by Dr Maskery. Each participant's "
      "headteacher names a senior colleague as school mentor, and mentors "
      "matter most for the Change Project. We have not yet worked out how to "
      "brief mentors in 31 schools without asking them to travel; for "
      "2009-10 we will rely on a short written Mentor Guide, which Kate "
      "Levens is writing over the summer.")
runin("Resources.",
      "Our science specialism paid for two ICT suites, and in 2007 our "
      "community funding paid for the Assistive Technology Library: twelve "
      "laptops with text-to-speech and word prediction software, reading "
      "pens, Clicker 5, symbol software, communication aid software and "
      "visualisers. Participants can borrow items for up to half a term to "
      "try out in their own schools, and the library travels to each hub for "
      "Hub 7. Participants are registered as students of the University, with "
      "full use of Ludhope's library, e-journals and off-campus databases, and "
      "the county's SEN resource collection at Castle Ferrers is open to them.")
runin("Specialists and visits.",
      "The areas-of-need days and Hub 4's afternoon are taught with the "
      "specialists named above. Where a participant's school can release them "
      "for an extra day, they may spend it at Hollins Brook Special School or "
      "at the Hearing Support Base at Castle Ferrers. We cannot fund cover, so "
      "the visit is optional.")

heading("How the Award is assessed")
p("Unit 1 is assessed by the Learner Study (4,000 words, 60%) and the "
  "Provision Review (3,000 words with a provision map, 40%). Unit 2 is "
  "assessed by the Change Project (4,000 words and a fifteen-minute "
  "presentation, 70%) and the Professional Dialogue (thirty minutes, 30%). "
  "The pass mark for each element is 50%.")
lsp = runin("The Learner Study.",
            "The participant follows one pupil with SEN for at least a term. "
            "They identify the pupil's needs from classroom observation, the "
            "school's data and assessments, and the reports of other "
            "professionals (the educational psychologist, a therapist or an "
            "advisory teacher), and show how those reports shaped the "
            "teaching. They set the pupil's needs within a critical overview of "
            "the main areas of need and how each affects learning (BESD, "
            "specific learning difficulties including dyslexia, speech, "
            "language and communication needs, autism and moderate learning "
            "difficulties), drawing on research, set challenging "
            "targets, plan and run an intervention of eight to ten weeks and "
            "review it. They interview the pupil about their targets and "
            "provision and involve the pupil in the review, and critically "
            "evaluate the approaches and resources used, including ICT. The "
            "study ends with the pupil's progress against the five Every Child "
            "Matters outcomes and a reflection on the participant's working "
            "relationship with the pupil.")
runin("The Provision Review.",
      "Working with at least two colleagues (for example a head of department "
      "and the lead teaching assistant), the participant reviews the school's "
      "SEN policy and practice against the SEN Code of Practice and the law, "
      "analyses the school's data for pupils with SEN (Key Stage 3 teacher "
      "assessments, GCSE results and P scale data) to show how progress is "
      "tracked and where programmes should change, and produces a costed "
      "provision map that shows gaps and provision that is not working. The "
      "review sets its findings against the school's self-evaluation form and "
      "improvement plan, and uses research and outside advice to recommend "
      "improvements to the participant's own and colleagues' practice.")
runin("The Change Project.",
      "The participant leads one change in provision over at least a term, "
      "which must include how the staff who support pupils with SEN, usually "
      "teaching assistants, are deployed and managed. They "
      "win the support of the head and senior leaders for it, take baseline "
      "measures for the pupils it is meant to help and measure them again at "
      "the end, and present the results and their strategic priorities for "
      "inclusion to the headteacher and a governor, whose written feedback is "
      "submitted with the project.")
runin("The Professional Dialogue.",
      "A thirty-minute conversation with the hub tutor and either Frances Dowd "
      "or a Ludhope tutor, on three scenarios sent a week in advance: a "
      "competing demand on provision that calls for a judgement; a pupil whose "
      "needs call for help from outside services, where the participant "
      "explains which services could help and how to secure that help; and a "
      "colleague who resists a change. It is marked against published "
      "criteria for judgement, clarity and listening.")
mp = runin("The Learning Log.",
           "Kept on the Platform throughout, reviewed at the three tutorials "
           "and in the coaching trios. It is formative and is not marked.")
textbox(mp, [
    ("\u201cHub tutors mark first, and a Ludhope tutor second-marks at least "
     "one script in four from every tutor, with every fail and every "
     "distinction. Before each marking round all markers meet to standardise "
     "on marked exemplars. The external examiner, appointed by the University, "
     "sees a sample from every element and sits on the Award Board.\u201d",
     False, True),
    ("Dr Helen Maskery, University of Ludhope", True, False),
])
runin("Gaining the Award.",
      "To gain the Award a participant must pass all four assessed elements. "
      "The Award Board at Ludhope confirms results each July and December. "
      "The programme has been designed so that all of the national minimum "
      "outcomes are covered and assessed; Annex B shows where.")

# ================================================================ 6
heading("6   What difference has it made?")
guidance("Give evidence of impact on pupils' outcomes and on staff. Use data "
         "where possible. Say how you know, and what you will measure next.")
p("Of the 41 who completed New to SENCO, 37 were still SENCOs in Marchland in "
  "September 2008; before the network, about a third of new SENCOs left the "
  "role within two years. In the fourteen schools that have used the tracker "
  "since 2006, the proportion of pupils at School Action Plus making two or "
  "more levels of progress in English across Key Stage 3 rose from 38% to 51% "
  "between 2006 and 2008. We cannot claim all of that for the network, but "
  "the SENCOs in those schools say the tracker changed the conversations they "
  "have with heads of department.")
ip = p("For the Award we will measure impact in four ways.")
textbox(ip, [
    ("\u201cI release my SENCO for ten days because I get back someone who can "
     "stand up in front of my governors with the numbers.\u201d",
     False, True),
    ("Headteacher, network school, October 2008 survey", True, False),
])
bullet("Every participant repeats the self-audit at the closing conference, "
       "rating confidence and competence against each national outcome, and "
       "we compare it with the entry audit.", lead="Before and after.")
bullet("The Change Project requires baseline and follow-up measures, at least "
       "twelve weeks apart, for the pupils it targets: attainment in P scales "
       "or National Curriculum sub-levels, attendance, and the pupils' own "
       "rating on the network's \"How's school?\" well-being scale.",
       lead="Pupils.")
bullet("The college's data team puts the participants' pupil measures "
       "together each autumn into an Impact Report for the Steering Group and "
       "the network's headteachers.", lead="Across the cohort.")
bullet("Twelve months after each cohort finishes we survey its headteachers "
       "on what has changed in SEN provision in their schools.",
       lead="A year on.")
p("The programme is evaluated in several ways. Participants complete an "
  "online evaluation after every hub day. In the spring a Ludhope researcher "
  "who does not teach on the programme runs a focus group at each hub. The "
  "University's annual programme monitoring draws on these, on the external "
  "examiner's report and on the results, and the Trust's peer review of our "
  "specialist community work, every two years, looks at the network from "
  "outside. The Steering Group (two headteachers, one from a special school; "
  "Frances Dowd for the county; Sue Allard for the Parent Partnership "
  "Service; two SENCOs elected by the network; Dr Maskery; and Owen "
  "Pritchard) meets termly. Each September it considers all of this evidence "
  "and agrees an action plan for the next cohort, and what changed is posted "
  "on the Platform under \"You said, we did\". Headteachers also host the "
  "hub days, and Frances Dowd sits on Professional Dialogue panels.")

# ================================================================ 7
heading("7   What we would tell another school")
guidance("Three to five lessons, as bullet points.")
bullet("Go to them. Four hubs doubled attendance overnight.")
bullet("Borrow from your specialism. Our coaching trios came straight from "
       "coach education, and our tracker from the science faculty.")
bullet("Get the university in early. Ludhope helped us design the assessment "
       "rather than inspecting it afterwards.")
bullet("Do not underestimate the administration. A network of 31 schools "
       "needs a named administrator, and ours is paid for from the "
       "specialist community budget.")
bullet("Ask heads what they will release people for, and believe them.")

# ================================================================ 8
heading("8   Next steps")
guidance("What will you do next? Be realistic.")
p("We would like to offer an assessment-only route for experienced SENCOs "
  "who move into the county, as we did informally in 2007, and we have asked "
  "Ludhope whether its regulations would allow it. We would also like to add "
  "a closing session on \"Where next?\" so that people leave the Award with "
  "their next professional targets, and to ask Ludhope whether Award credits "
  "could count towards its MEd. A proper training morning for school mentors "
  "is on our list for 2010. Beyond the Award, the primary SENCOs of the "
  "Brackley Edge cluster have asked to join the network, and we hope to "
  "pilot that with them from 2010.")

# ================================================================ annexes
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
p("Annex A   The Award at a glance", style="CS Heading")
table([
    ["Day", "Where", "What we work on"],
    ["Launch day (September / February)", "Wrekinshaw",
     "The SENCO's role in law and in the school; the five Every Child Matters "
     "outcomes and what they mean for pupils with SEN; Removing Barriers to "
     "Achievement (2004); studying and writing at Master's level; the Learning "
     "Platform; meeting your coaching trio."],
    ["Hub 1", "All four hubs",
     "The law and the Code: the Education Act 1996 Part IV; SENDA 2001; the "
     "SEN Code of Practice (2001), the graduated response, statutory "
     "assessment and annual reviews; the SENCO Regulations 2008. Disability "
     "equality: the DDA 1995 and 2005, the disability equality duty and "
     "accessibility plans (Frances Dowd)."],
    ["Hub 2", "All four hubs",
     "Identifying need: observation, data, screening and P scales; using the "
     "reports of educational psychologists, therapists and advisory teachers; "
     "setting challenging targets; planning and reviewing interventions."],
    ["Hub 3", "All four hubs, in two pathways",
     "Areas of need I: speech, language and communication needs (the Bercow "
     "Review, 2008, with the PCT therapists); autism (Hollins Brook outreach "
     "team); dyslexia and specific learning difficulties (Inclusion "
     "Development Programme, 2008)."],
    ["Hub 4", "All four hubs, in two pathways",
     "Areas of need II: behavioural, emotional and social difficulties; "
     "moderate learning difficulties; assessment by the educational psychology "
     "service (Dr Basi). Afternoon: working with other services, including "
     "CAMHS, speech and language therapy, sensory support, social care, "
     "Connexions and voluntary organisations such as Marchland Autism Group; "
     "the CAF and the lead professional."],
    ["Hub 5", "All four hubs",
     "Listening to learners: interviewing pupils about their provision, "
     "person-centred reviews, pupils setting and reviewing their own targets. "
     "Afternoon with the county's Parent Partnership Service (Sue Allard)."],
    ["Hub 6 (autumn)", "All four hubs",
     "Data and provision: RAISEonline, contextual value added, P scales and "
     "the Marchland SEN tracker; provision mapping and costing; the "
     "self-evaluation form and SEN; reviewing provision with colleagues. "
     "Optional twilight after the day: access arrangements for tests and "
     "examinations, with the college's examinations officer."],
    ["Hub 7", "All four hubs",
     "Teaching approaches, resources and ICT: personalised learning; the three "
     "waves of intervention; judging the evidence for interventions; "
     "assistive technology (the AT Library travels to each hub)."],
    ["Hub 8", "All four hubs",
     "Leading people: deploying and managing teaching assistants (the DISS "
     "project, 2008); coaching colleagues in the trio model; winning senior "
     "leaders' support; managing the SENCO's time and delegating."],
    ["Closing conference (July / December)", "University of Ludhope",
     "Change Project posters shared with other participants and the Steering "
     "Group; repeat of the self-audit; presentation of certificates to the "
     "previous cohort."],
], [Cm(3.4), Cm(3.0), Cm(10.0)])
p("Research and inspection evidence used across the days includes Ofsted "
  "(2004) Special educational needs and disability: towards inclusive "
  "schools; Ofsted (2006) Inclusion: does it matter where pupils are taught?; "
  "the Bercow Review (2008); the first DISS reports (2008); and the Inclusion "
  "Development Programme. The reading list is revised by Dr Maskery each "
  "summer.", style="CS Small")

p("Annex B   Where the national outcomes are worked on, and where they "
  "count", style="CS Heading")
rows = [
    ("G", "Professional qualities"),
    ("build fair, respectful and constructive working relationships with "
     "pupils with SEN and their families", "Hub 5; Learner Study",
     "Learner Study (relationship with the pupil)"),
    ("win the commitment of colleagues and senior leaders to better outcomes "
     "for pupils with SEN", "Hub 8; Change Project", "Change Project"),
    ("plan and prioritise their own work, manage their time and delegate well",
     "Hub 8", "Learning Log (formative, not marked)"),
    ("foresee problems, make sound decisions and use good judgement about "
     "provision", "Hubs 6 and 8", "Professional Dialogue"),
    ("communicate clearly in speech and writing, and listen to others' views",
     "Throughout", "All written elements; Professional Dialogue"),
    ("use research and outside advice to improve their own and colleagues' "
     "practice", "Hubs 3, 4 and 7", "Provision Review"),
    ("G", "Knowledge and understanding"),
    ("the law and guidance on SEN, including the Code of Practice, and what "
     "it means for the school", "Hub 1", "Provision Review"),
    ("Every Child Matters and the SENCO's part in the five outcomes",
     "Launch day; Hub 5", "Learner Study"),
    ("disability equality law and what it requires", "Hub 1", "\u2014"),
    ("the main types of SEN (BESD, SpLD including dyslexia, SLCN, autism, MLD) "
     "and how they affect learning", "Hubs 3 and 4", "Learner Study"),
    ("approaches, strategies and resources for assessment, planning, teaching "
     "and learning, including ICT", "Hubs 2 and 7", "Learner Study"),
    ("school self-evaluation and improvement as they bear on SEN", "Hub 6",
     "Provision Review"),
    ("best practice and research on meeting SEN", "Hubs 3, 4 and 7",
     "Provision Review"),
    ("what outside services do and how to get their help", "Hub 4",
     "Professional Dialogue"),
    ("G", "Skills"),
    ("work with senior leaders and governors to shape an inclusive ethos, "
     "policies, priorities and use of resources", "Hubs 6 and 8",
     "Change Project (presentation to head and governor)"),
    ("identify pupils with SEN, set challenging targets, plan interventions "
     "and review progress", "Hub 2", "Learner Study"),
    ("use other professionals' assessments to shape teaching", "Hubs 2 and 4",
     "Learner Study"),
    ("use summative data, including national tests, to track progress and "
     "change programmes", "Hub 6", "Provision Review"),
    ("arrange access for tests and examinations in good time",
     "Hub 6 (optional twilight with the college's examinations officer)",
     "\u2014"),
    ("use provision mapping; find provision that is missing or not working",
     "Hub 6", "Provision Review"),
    ("deploy and manage staff, especially teaching assistants", "Hub 8",
     "Change Project"),
    ("support colleagues' development by observation, feedback, modelling and "
     "coaching", "Hub 8; coaching trios", "Learning Log (formative, not marked)"),
    ("review provision with colleagues to inform the school's self-evaluation",
     "Hub 6", "Provision Review"),
    ("involve pupils in planning, agreeing and reviewing their provision",
     "Hub 5", "Learner Study"),
    ("work with parents and carers", "Hub 5", "\u2014"),
    ("work in partnership with other services, including voluntary "
     "organisations", "Hub 4", "Learning Log (formative, not marked)"),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = doc.styles["Table Grid"]
for j, h in enumerate(["The SENCO completing the Award can\u2026", "Worked on",
                       "Counts for the Award in"]):
    set_cell(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "D7E4BD")
for i, row in enumerate(rows, start=1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 2))
        set_cell(m, row[1], bold=True)
        shade(m, "EBF1DE")
    else:
        for j in range(3):
            set_cell(t.cell(i, j), row[j])
for r in t.rows:
    for j, w in enumerate([Cm(8.2), Cm(3.8), Cm(4.4)]):
        r.cells[j].width = w
p("This table sets out every national minimum outcome in our own words.",
  style="CS Small", italic=True)

p("Annex C   Contacts", style="CS Heading")
p("Network Lead: Owen Pritchard, Wrekinshaw Sports and Science College. "
  "University programme leader: Dr Helen Maskery, School of Education, "
  "University of Ludhope. Network administrator: Mrs Jan Hollis, "
  "Wrekinshaw, 01987 640 214.")

doc.save(OUT)
print("wrote", OUT)
