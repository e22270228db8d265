"""Build ea-01-kelverton-anniversary-booklet.docx (blind test application).

KIND OF DOCUMENT
  A commemorative tenth-anniversary booklet, "Ten Years On: Excellence in
  Cities in Kelverton, 1999-2009", at its second proof, sent whole as the
  application. Its last part ("Part Four: The next ten years") and its back
  pages were written to describe the new award; the first three parts are the
  partnership's history. A boxed note to the approval panel on the inside cover
  says so.

PROVIDER (invented)
  The Kelverton Excellence in Cities Partnership: twelve inner-city secondary
  schools, thirty-eight primary schools and Victoria Park (special) School,
  with the Forge City Learning Centre; learning mentor, Learning Support Unit
  and inclusion strands. Working with Kelverton Metropolitan University (KMU),
  which validates the award: National Award for SEN Coordination /
  Postgraduate Certificate in Special Educational Needs Coordination, 60
  credits at Level 7, Module 1 "Knowing the Child, Knowing the Law" and
  Module 2 "Leading Inclusion in Your School". People: Ray Dunphy (Chair of
  the Partnership Board, head of St Anselm's RC High), Bernadette Okafor
  (Partnership Coordinator), Yasmin Qureshi-Hall (Inclusion Strand
  Coordinator), Tom Fairbairn (Learning Mentor Strand Coordinator), Sunil
  Bhatt (data manager), Dr Helen Mabbott and Dr Patrick Nwosu (KMU).

LAYOUT
  No Word heading styles: custom paragraph styles ("Booklet Cover", "Booklet
  Part", "Booklet Head", "Pull Quote", "Photo Caption") instead. A shaded
  one-cell table as the note to the panel; a typed contents list; a
  foreword of values; a two-column timeline table ("Ten years in ten lines");
  three history parts with "[Photo: ...]" placeholders, "•" lists typed by
  hand and three text boxes (wps shape with a VML fallback: a "Where are they
  now?" profile and two pull quotes); Part Four in the second person with
  run-in sub-heads; a "Questions we're often asked" section; back pages: "The
  Award at a glance" (field table), "Session by session" (four-column table),
  "How the Award is assessed" (three assignments and a Learning Log, with a
  "what the markers look for" column naming the outcomes in the partnership's
  own words); "Thank you". Page header ("SECOND PROOF ...") and footer
  (address and "All our venues are fully accessible"): never evidence.

TRAPS (requirement ids affected)
  Past arrangements (history parts):
  - 2.3  The Kelverton Certificate's portfolio route (2004-2007) is in the
         timeline and Part Three; the "Questions" section says plainly it will
         not return and that the Award's regulations allow no assessment
         without the programme. -> not_met.
  - 5.3  Learning mentors were CRB-checked through the City Council in 2000
         (wrong people, past). For the Award, CRB clearance is "a matter for
         your school; we don't ask for it again". -> not_met.
  - 5.7  Mentors on the old Certificate came to a training evening each
         autumn; for the Award they get "Mentor Notes" only and the training
         evening is something "we'd like to bring that back"; nothing on tutors'
         roles. -> partially_met.
  - 6.S2d Access-arrangements training for secondary SENCOs in 2005 was a
         one-off (timeline only); the Award never mentions special
         arrangements for tests or examinations. -> not_met.
  Partial / general:
  - 2.1  APCL up to 30 credits for Level 7 study; the old Level 6 Certificate
         cannot be credited; experience "can't be turned into credit".
         -> partially_met.
  - 3.1  A disclosure question on the nomination form and a step-free venue
         with a hearing loop only; the footer's "All our venues are fully
         accessible" and the foreword's values are not evidence.
         -> partially_met.
  - 3.3  KelNet holds materials and Learning Trio forums (peer support between
         sessions), but an e-tutor is only wished for "once the CLC's budget
         ... is settled". -> partially_met.
  - 4.3  Stakeholders help deliver (learning mentors, Parents' Forum, Young
         Inclusion Ambassadors, Victoria Park), but their part in evaluation is
         only "We'd like ..."; the Board is "kept informed". -> partially_met.
  - 5.9  Starting Points repeated (confidence), but Assignment 2 only asks how
         the pupil "got on" (no baseline measure), and the data team's
         comparison is a hope for 2011. -> partially_met.
  Negation / hope:
  - 2.5  The last twilight is "a celebration ... We don't use it for action
         planning"; next steps are left to the head; MA credit is only a
         transfer fact; "We hope ...". -> not_met.
  Unsupported coverage claim:
  - 1.9, 6.0 "Between them, the three assignments cover every one of the
         national minimum outcomes", but several outcomes sit only in the
         unmarked Learning Log or nowhere. -> partially_met.
  Criterion 6 (sessions table + assessment table):
  - Met (taught in a session and named in an assignment's "what the markers
    look for"): A1, A2, A5, A6, K1, K2, K3, K5, K6, K7, K8, S1, S2, S2a, S2b,
    S3, S4, S6, S7, S8.
  - Taught but only in the unmarked Learning Log: A3 (Study Day 6), A7
    (Twilight 8 is a celebration, CPD only in the Log), K4 (Twilight 3
    "Growing up in Kelverton"), K9 and S9 (Twilight 4 "Who's who"), S2c
    (Twilight 6 "AfL for all"), S5 (coaching on Study Day 6). -> partially_met.
    (A7 is taught only as "keeping up to date" in Study Day 5 reading.)
  - Absent: A4 (anticipating and resolving problems, judgement), S2d.
    -> not_met.
  Concrete statements that ARE met despite the booklet's tone:
  - E.1, E.2 only in "The Award at a glance" field table.
  - 4.1, 4.2 The 2008 SENCO survey, heads' conference, Parents' Forum and
    Ambassadors, and the list "What we changed because of what you told us".
  - 5.2 Entry requirements, head's nomination, Starting Points conversation,
    guidance letter and a call to the head.
  - 5.1, 5.8 Evaluation and marking paragraphs in "Keeping it good".
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ea-01-kelverton-anniversary-booklet.docx")

# ------------------------------------------------------------------ helpers
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office"')
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = [100]


def _txbx_paras(lines):
    out = []
    for ln in lines:
        bold = ln.startswith("**")
        italic = ln.startswith("//")
        text = ln[2:] if (bold or italic) else ln
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ("<w:rPr><w:i/></w:rPr>" if italic else "")
        out.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (rpr, escape(text)))
    return "".join(out)


def add_textbox(paragraph, lines, width_cm=15.0, height_cm=4.0,
                fill="FFF4D6", line="B5121B"):
    """Append an inline text box (wps shape with a VML fallback)."""
    _ids[0] += 1
    i = _ids[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = _txbx_paras(lines)
    xml = f"""<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>
<wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="TextBox{i}" o:spid="_x0000_s{i}" type="#_x0000_t202" style="width:{width_cm*28.35:.1f}pt;height:{height_cm*28.35:.1f}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""
    paragraph._p.append(parse_xml(xml))
    return paragraph


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ------------------------------------------------------------------ document
doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Gill Sans MT"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)

RED = RGBColor(0xB5, 0x12, 0x1B)
GREY = RGBColor(0x55, 0x55, 0x55)


def make_style(name, size, bold=False, italic=False, colour=None, before=0, after=6,
               align=None):
    s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.font.size = Pt(size)
    s.font.bold = bold
    s.font.italic = italic
    if colour:
        s.font.color.rgb = colour
    s.paragraph_format.space_before = Pt(before)
    s.paragraph_format.space_after = Pt(after)
    if align is not None:
        s.paragraph_format.alignment = align
    return s


make_style("Booklet Cover", 30, bold=True, colour=RED, before=40, after=6,
           align=WD_ALIGN_PARAGRAPH.CENTER)
make_style("Booklet Sub", 14, italic=True, colour=GREY, after=10, align=WD_ALIGN_PARAGRAPH.CENTER)
make_style("Booklet Part", 20, bold=True, colour=RED, before=18, after=8)
make_style("Booklet Head", 12.5, bold=True, colour=RGBColor(0x1F, 0x3A, 0x5F), before=10, after=4)
make_style("Pull Quote", 13, italic=True, colour=RED, before=6, after=6, align=WD_ALIGN_PARAGRAPH.CENTER)
make_style("Photo Caption", 9, italic=True, colour=GREY, after=8)

for s in doc.sections:
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(2.0)
    hp = s.header.paragraphs[0]
    hp.text = ("SECOND PROOF 10.02.09 - Ten Years On - please return corrections to "
               "Bernadette Okafor by Friday 20 February")
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("Ten Years On  |  Kelverton Excellence in Cities Partnership  |  The Forge, "
               "Canal Street, Wharfside, Kelverton  |  All our venues are fully accessible")
    fp.runs[0].font.size = Pt(8)


def P(text, style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return p


def runin(head, text):
    """A paragraph opening with a bold run-in lead."""
    p = doc.add_paragraph()
    r = p.add_run(head + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullets(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.add_run("\u2022  " + it)


def photo(caption):
    P("[Photo: " + caption + "]", style="Photo Caption")


def table(rows, widths, header=True, head_fill="B5121B", zebra="F6EFE6", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            c.width = Cm(widths[ci])
            c.text = ""
            para = c.paragraphs[0]
            run = para.add_run(val)
            run.font.size = Pt(size)
            if header and ri == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, head_fill)
            elif ri % 2 == 0:
                shade(c, zebra)
    doc.add_paragraph()
    return t


# ================================================================== COVER
P("TEN YEARS ON", style="Booklet Cover")
P("Excellence in Cities in Kelverton, 1999\u20132009", style="Booklet Sub")
P("A celebration of the Kelverton Excellence in Cities Partnership, and the start of "
  "the next ten years", style="Booklet Sub")
P("Twelve secondary schools \u00b7 thirty-eight primary schools \u00b7 Victoria Park School "
  "\u00b7 the Forge City Learning Centre \u00b7 Kelverton Metropolitan University",
  style="Booklet Sub")
photo("the partnership's first learning mentors on the steps of the Forge, September 2000")

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
nc = note.cell(0, 0)
shade(nc, "FDEBD0")
nc.text = ""
np_ = nc.paragraphs[0]
r = np_.add_run("For the TDA approval panel")
r.bold = True
nc.add_paragraph(
    "This is the second proof of our tenth-anniversary booklet, which goes to every "
    "partnership school, governing body and partner in March. Part Four was written to "
    "describe the National Award for SEN Coordination that the Partnership and Kelverton "
    "Metropolitan University will run from September 2009, so the Partnership Board "
    "agreed on 5 February 2009 to send the booklet, as it stands, as our application for "
    "approval. Part Four and the back pages (\u2018The Award at a glance\u2019, \u2018Session "
    "by session\u2019 and \u2018How the Award is assessed\u2019) describe the programme. Parts "
    "One to Three tell the story behind it. Much of what they describe belongs to earlier "
    "years, and where something from those years carries on into the Award, Part Four "
    "says so.")
nc.add_paragraph("Bernadette Okafor, Partnership Coordinator, 12 February 2009")
doc.add_paragraph()

P("Contents", style="Booklet Head")
for line in ["Foreword .......................................................... 2",
             "Ten years in ten lines ..................................... 3",
             "Part One: Where we started ............................... 4",
             "Part Two: Mentors who listen ............................. 6",
             "Part Three: Including everyone .......................... 9",
             "Part Four: The next ten years ............................ 12",
             "The Award at a glance ...................................... 18",
             "Session by session ......................................... 19",
             "How the Award is assessed ............................. 21",
             "Thank you ...................................................... 23"]:
    P(line)

# ================================================================== FOREWORD
P("Foreword", style="Booklet Part")
for t in [
    "Ten years ago this September, forty-six learning mentors walked into Kelverton's "
    "inner-city schools for the first time. Most of them had never worked in a school "
    "before. Some had grown up on the estates our pupils come from. Within a term, heads "
    "who had doubted the whole idea were asking how soon they could have another one.",
    "Excellence in Cities gave us money, and we are grateful for it. But it gave us "
    "something that has lasted longer than any grant: the habit of working together. "
    "Twelve secondary schools that used to compete for the same pupils now share staff, "
    "data, training and ideas. Thirty-eight primary schools joined us in 2001 and have "
    "made the partnership what it is. Victoria Park School has taught all of us what "
    "real inclusion looks like.",
    "We believe that every child in Kelverton, whatever their needs, deserves a teacher "
    "who knows them, a school that wants them and a city that expects great things of "
    "them. Inclusion has always been at the heart of this partnership, and it always "
    "will be. Our doors are open to everyone.",
    "When the Government decided that every teacher new to the role of SENCO must gain a "
    "national qualification, the heads on the Partnership Board did not need a long "
    "debate. Our SENCOs are the people who hold inclusion together in our schools. They "
    "deserve training that is rooted in Kelverton, taught by people who know our "
    "schools, and recognised by a university. Part Four of this booklet describes the "
    "Award we will offer with Kelverton Metropolitan University from this September.",
    "To everyone who has been part of the last ten years: thank you. The next ten start "
    "now.",
]:
    P(t)
P("Ray Dunphy", bold=True)
P("Headteacher, St Anselm's RC High School, and Chair of the Kelverton Excellence in "
  "Cities Partnership Board", italic=True)

# ================================================================== TIMELINE
P("Ten years in ten lines", style="Booklet Part")
table([
    ["Year", "What happened"],
    ["1999", "Kelverton joins the first phase of Excellence in Cities. Eleven secondary "
             "schools and the City Council sign the first partnership plan."],
    ["2000", "The first 46 learning mentors are appointed, each CRB-checked through the "
             "City Council's personnel service. Every secondary school names a Gifted and "
             "Talented coordinator."],
    ["2001", "Learning Support Units open at Bridgeford High (\u2018The Harbour\u2019) and "
             "Eastgate Community College. Primary schools join through the EiC primary "
             "extension."],
    ["2002", "The Forge City Learning Centre opens in Wharfside, with its Access "
             "Technology suite. Our learning mentors complete the national learning mentor "
             "training."],
    ["2003", "The first Kelverton Certificate in Inclusive Practice (40 credits at Level 6, "
             "with Kelverton Metropolitan University)."],
    ["2004", "A portfolio route opens, so that experienced staff can gain the Certificate "
             "without attending the course. Coldwell Girls' School joins the partnership."],
    ["2005", "The Forge and the exam boards' regional officers train secondary SENCOs in "
             "access arrangements for examinations (a one-off day). The Young Inclusion "
             "Ambassadors meet for the first time."],
    ["2006", "The Standards Fund ring-fence ends. All fifty-one schools vote to keep pooling "
             "their Excellence in Cities money."],
    ["2007", "The Certificate closes after five cohorts and 131 completers. The portfolio "
             "route closes with it."],
    ["2008", "We survey every SENCO in the partnership, and the heads' conference debates "
             "the new SENCO regulations."],
    ["2009", "The National Award for SEN Coordination, with Kelverton Metropolitan "
             "University, starts in September."],
], [2.0, 14.5])

# ================================================================== PART ONE
P("Part One: Where we started", style="Booklet Part")
for t in [
    "In 1999 Kelverton's inner city had some of the lowest GCSE results in England. Nearly "
    "half of our pupils were eligible for free school meals, fifty-eight languages were "
    "spoken in our classrooms, and in some primary schools a third of the children on the "
    "roll in July had not been there the previous September. Exclusions were high, and "
    "too many pupils with special educational needs were among those excluded.",
    "Excellence in Cities arrived with a set of strands, each with its own money and its "
    "own rules. In Kelverton they were:",
]:
    P(t)
bullets([
    "Learning mentors, to help pupils get past the barriers to learning that lie outside "
    "the classroom;",
    "Learning Support Units, short-term on-site provision for pupils at risk of exclusion;",
    "Gifted and Talented, for the most able 5-10% of every school;",
    "the City Learning Centre, the Forge, for ICT that no single school could afford;",
    "and, from 2002, an inclusion strand of our own, paid for from the pooled budget.",
])
for t in [
    "From the start, the heads decided that the partnership would be run by the schools "
    "themselves. The Partnership Board is made up of six secondary heads, six primary "
    "heads and the head of Victoria Park, with the City Council's Assistant Director for "
    "Inclusion as an observer. Each strand has a strand group of practitioners and a "
    "coordinator, who reports to the Board each term. Bernadette Okafor has been "
    "Partnership Coordinator since 2002, and Sunil Bhatt, our data manager, has produced "
    "an SEN data pack for every school each autumn since 2003.",
    "When the Standards Fund ring-fence ended in 2006 and the money went into each "
    "school's School Development Grant, there was a real risk that the partnership would "
    "simply dissolve. It did not. Every school voted to keep pooling a share of its grant, "
    "and the pooled budget now pays for the strand coordinators, the Forge's Access "
    "Technology suite, joint training and the data service.",
]:
    P(t)
photo("Year 6 pupils from Tanner Street Primary at the Forge's opening, March 2002")

# ================================================================== PART TWO
P("Part Two: Mentors who listen", style="Booklet Part")
for t in [
    "Ask anyone in Kelverton what Excellence in Cities meant, and the first answer is "
    "usually \u2018the learning mentors\u2019. There are now 139 of them across our fifty-one "
    "schools, and Tom Fairbairn, who was one of the first forty-six, coordinates the "
    "strand.",
    "Learning mentors in Kelverton have always done three things: they listen to pupils, "
    "they work with families, and they get other services round the table. In the early "
    "years this was mostly one-to-one work with pupils whose attendance or behaviour was "
    "a worry. Over time it became something bigger.",
]:
    P(t)
P("Listening Posts", style="Booklet Head")
for t in [
    "In 2003 the mentors at Eastgate started \u2018Listening Posts\u2019: a weekly slot when "
    "any pupil could book ten minutes to talk about what was getting in the way of their "
    "learning. Within two years every secondary school and most primaries ran them. The "
    "mentors developed \u2018Talking Walls\u2019, a way of gathering the views of pupils "
    "who find talking hard, using photographs, symbols and sticky notes, and they showed "
    "class teachers and SENCOs how to use it in reviews.",
    "In 2005 a group of pupils from the Listening Posts became the Young Inclusion "
    "Ambassadors. Eighteen pupils, from Year 5 to Year 11, several with statements of "
    "special educational needs, meet each half term at the Forge. They have advised the "
    "Board on the anti-bullying charter, on the design of the Harbour's new rooms and on "
    "the questions we asked SENCOs in our 2008 survey.",
]:
    P(t)
box = doc.add_paragraph()
add_textbox(box, [
    "**Where are they now?",
    "Shanice Barrow joined Coldwell Girls' School as a learning mentor in 2000, "
    "with a childcare diploma and a lot of determination. She trained as a teacher "
    "through the Graduate Teacher Programme in 2004, and last September became SENCO at "
    "Moss Lane Community Primary. She will be one of the first to start the Award.",
    "//\u201cThe mentors taught me that you don't plan for a child until you've asked the "
    "child. I want to make that the way we do reviews at Moss Lane.\u201d",
], height_cm=4.2)
P("Working with families", style="Booklet Head")
for t in [
    "Many of our parents had bad experiences of school themselves. The mentors' home "
    "visits, coffee mornings and \u2018Family Fridays\u2019 brought hundreds of them back "
    "through the school gate. In 2006 the mentors helped a group of parents of children "
    "with SEN to set up the Kelverton Parents' Forum, which now has sixty members and a "
    "seat on the inclusion strand group.",
    "The strand has had its difficulties. Funding for mentors is now a decision for each "
    "school, and four schools have cut their mentor posts since 2006. The national "
    "training that our mentors took in 2002 is no longer offered, and our own induction "
    "days for new mentors have taken its place.",
]:
    P(t)
pq = doc.add_paragraph()
add_textbox(pq, [
    "//\u201cMy mentor was the first person in school who asked me what I thought. I was "
    "eleven.\u201d",
    "Young Inclusion Ambassador, Year 10, Bridgeford High",
], height_cm=2.0, fill="FFFFFF")

# ================================================================== PART THREE
P("Part Three: Including everyone", style="Booklet Part")
for t in [
    "The two Learning Support Units opened in 2001 with a simple brief: keep pupils in "
    "school. The Harbour at Bridgeford High has since worked with over 900 pupils, most "
    "for six to twelve weeks, and more than four in five have returned full time to their "
    "classes. Yasmin Qureshi-Hall managed the Harbour for its first five years before "
    "becoming Inclusion Strand Coordinator in 2006.",
    "The LSUs taught us something we had not expected. Many of the pupils referred for "
    "behaviour turned out to have language difficulties, undiagnosed dyslexia or, in a "
    "few cases, autism that nobody had picked up. The problem was not only the pupils. It "
    "was that their schools had not known what to look for, and the SENCOs who might have "
    "known were stretched across too many jobs.",
]:
    P(t)
P("The Kelverton Certificate, 2003\u20132007", style="Booklet Head")
for t in [
    "So in 2003 the partnership and what is now Kelverton Metropolitan University launched "
    "the Kelverton Certificate in Inclusive Practice: 40 credits at Level 6, open to "
    "teachers, learning mentors, LSU staff and teaching assistants. It had three modules, "
    "Understanding Learners, Child Development and the Inner City, and Working with "
    "Families, and it ran in twilights at the Forge. From 2004, experienced staff could "
    "gain the Certificate through a portfolio route without attending, and twenty-seven "
    "did so. Every participant had a mentor from another school, and the mentors came to "
    "a training evening each autumn.",
    "By the time it closed in 2007, 131 people had completed the Certificate, including "
    "nineteen of our current SENCOs. The University's evaluation of its last cohort, and "
    "our own conversations with past participants, told us three things:",
]:
    P(t)
bullets([
    "it was strong on understanding pupils, and weak on leading colleagues and using data;",
    "participants wanted more about the law, which many found they had to learn on the job;",
    "the assignments asked for essays about theory rather than changes in school, and "
    "heads said they could not see what difference it made.",
])
P("All three lessons shaped the Award described in Part Four.")
pq2 = doc.add_paragraph()
add_textbox(pq2, [
    "//\u201cThe Certificate made me a better teacher. It didn't make me a SENCO. Nobody told "
    "me how to get a head to listen.\u201d",
    "Certificate participant, 2005 cohort, now SENCO at a partnership secondary school",
], height_cm=2.0, fill="FFFFFF")
photo("the Harbour's new rooms, designed with the Young Inclusion Ambassadors, 2007")

# ================================================================== PART FOUR
P("Part Four: The next ten years", style="Booklet Part")
P("The National Award for SEN Coordination, with Kelverton Metropolitan University",
  style="Booklet Sub")

P("Why a Kelverton Award?", style="Booklet Head")
for t in [
    "The SENCO regulations of 2008 mean that every teacher who becomes a SENCO from "
    "September 2008 must gain the National Award for SEN Coordination within three years. "
    "Before deciding how to respond, we asked the people who would be affected.",
]:
    P(t)
runin("Our SENCOs.", "In October 2008 we surveyed every SENCO in the partnership. "
      "Forty-eight SENCOs from forty-seven of our fifty-one schools replied. Twenty-nine "
      "had been in the role for less than three years. Thirty-five also line-manage "
      "teaching assistants or learning mentors, and most primary SENCOs are full-time class "
      "teachers as well. Asked where they most needed to develop, 71% chose using data to "
      "track pupils' progress, 64% leading and influencing colleagues, and 58% the law and "
      "the Code of Practice. Almost all asked for training close to their school and not "
      "only in whole days.")
runin("Our heads.", "At the heads' conference in November 2008, thirty-eight heads told "
      "us they could release a SENCO for about six full days a year and no more, that "
      "every assignment should be of direct use to the school, and that they wanted their "
      "SENCOs to be able to present the case for SEN provision to governors.")
runin("Parents and pupils.", "The Parents' Forum told us that what parents most want "
      "from a SENCO is to be kept informed and listened to. The Young Inclusion "
      "Ambassadors told us, in their words, to \u2018tell SENCOs to ask us first\u2019.")
P("What we changed because of what you told us", style="Booklet Head")
bullets([
    "Only six full study days, with the rest in twilights held twice in the same week, at "
    "a secondary hub and a primary hub.",
    "A twilight on data and tracking, taught with Sunil Bhatt's SEN data packs, and a "
    "study day on leading colleagues.",
    "A study day session on the law and the Code of Practice in the first half term.",
    "A final assignment that is presented to the head and a governor.",
    "A twilight on hearing the pupil, led by learning mentors with the Young Inclusion "
    "Ambassadors, and one on working with families, with members of the Parents' Forum.",
])

P("What the Award is for", style="Booklet Head")
for t in [
    "The Award has one purpose above the rest: that pupils with special educational needs "
    "and/or disabilities in Kelverton's schools do better, in their learning and in being "
    "healthy, staying safe, enjoying and achieving, making a positive contribution and "
    "achieving economic well-being. Its second purpose is to give new SENCOs the "
    "knowledge and skills to lead that work in their schools: with the head and governors, "
    "with colleagues, with parents and carers, with pupils themselves and with other "
    "services.",
    "That is why every assignment is carried out in your own school, on real pupils and "
    "real provision, and asks what difference your work has made. By the end of the year "
    "you will have reviewed your school's SEN policy against the law, planned and "
    "reviewed support for one pupil, and presented a costed provision map and priorities "
    "to your head and a governor.",
]:
    P(t)

P("Who the Award is for, and how to join", style="Booklet Head")
for t in [
    "The Award is for qualified teachers who are SENCOs in a partnership school, or whom "
    "their head has named to take up the role by September 2010. Your head completes a "
    "nomination form, which confirms that you will be released for the six study days "
    "and the visit day, and names a member of your leadership team as your in-school "
    "link.",
    "Before we confirm a place, you have a 45-minute Starting Points conversation with "
    "one of the tutors, in your school or at the Forge. If it looks too soon for you to "
    "succeed on the Award, for example because you are new to teaching pupils with SEN, "
    "we write to you setting out what to do first (usually the partnership's \u2018SEN in "
    "Your Classroom\u2019 twilight course, or a term working alongside an experienced "
    "SENCO through the inclusion strand), and Yasmin rings your head to talk it through. "
    "Most people in that position join the following year.",
    "Everyone on the Award already teaches in one of our schools, so CRB clearance is a "
    "matter for your school and we don't ask for it again.",
]:
    P(t)

P("Starting Points and your Route Plan", style="Booklet Head")
for t in [
    "Before Study Day 1 you complete Starting Points: you rate yourself from 1 to 4 "
    "against each of the national minimum outcomes for SENCOs and write a line of "
    "evidence for each rating. Your tutor goes through it with you at your Starting "
    "Points conversation and will challenge a rating where your knowledge may be out of "
    "date: the law and the Code are where this happens most.",
    "At Study Day 1 you and your tutor agree your Route Plan. It names the three to five "
    "outcomes you most need to work on, which visit day you will take, which twilights "
    "matter most for you and what to read first. Your tutor reviews the Route Plan with "
    "you at your January and May tutorials, and you can change it as your year develops.",
    "If you have already studied SEN at Master's level in the last five years, the "
    "University can count up to 30 credits (a whole module) towards the Award, once your "
    "earlier study has been matched against the outcomes for that module. Credit from the "
    "old Kelverton Certificate can't be carried forward, because it was at Level 6. Your "
    "experience counts in your Starting Points and shapes your Route Plan, but it can't "
    "be turned into credit.",
]:
    P(t)

P("How the year runs", style="Booklet Head")
for t in [
    "The Award starts each September. There are six study days (9.15 to 3.30) at the "
    "Forge, eight twilights (4.15 to 6.15), one visit day and three individual tutorials. "
    "Every twilight runs twice in the same week, once at Bridgeford High (our secondary "
    "hub) and once at Tanner Street Primary (our primary hub), and you can come to "
    "whichever suits you that week. On Study Days 3 and 4 primary and secondary "
    "colleagues work in separate groups for the afternoon.",
    "You can take the Award in one year, or over two years, taking Module 1 in the first "
    "year and Module 2 in the second. Several primary SENCOs who are also class teachers "
    "have told us they will choose the two-year route.",
    "All materials, readings and the recorded inputs from the study days go on KelNet, "
    "the partnership's learning platform, hosted at the Forge. Each Learning Trio has its "
    "own forum for keeping in touch between sessions. We would like to add an e-tutor for "
    "the Award, answering questions online, once the CLC's budget for 2009\u201310 is "
    "settled.",
]:
    P(t)

P("Learning Trios and learning in each other's schools", style="Booklet Head")
for t in [
    "At Study Day 1 you join a Learning Trio, usually one secondary and two primary "
    "SENCOs. Trios visit each other's schools once a term, look at one piece of provision "
    "together and give each other feedback, and they are the first people you turn to "
    "between sessions. Trios were the most popular part of the Certificate, and past "
    "participants tell us many of them are still meeting.",
    "Your visit day is spent in a setting chosen with your tutor to fit your Route Plan: "
    "Victoria Park School (severe and profound learning difficulties, with an autism "
    "resource), the Harbour LSU at Bridgeford High, or the Forge's Access Technology "
    "suite with its specialist teacher. Specialists teach on the study days: the speech "
    "and language therapy service, the educational psychology service, the Behaviour and "
    "Education Support Team, CAMHS and the Victoria Park outreach team.",
]:
    P(t)

P("Who teaches you", style="Booklet Head")
for t in [
    "Dr Helen Mabbott leads the Award for the University. She was a SENCO in Kelverton "
    "primary schools for eight years and then an advisory teacher for specific learning "
    "difficulties, and her doctorate (2005) studied how SENCOs lead inclusion in urban "
    "schools. Dr Patrick Nwosu, senior lecturer, was an educational psychologist in the "
    "city for eleven years and now researches provision mapping and the deployment of "
    "teaching assistants. Yasmin Qureshi-Hall (MA Inclusive Education, NPQH) and Tom "
    "Fairbairn teach for the partnership, with SENCOs from partnership schools as guest "
    "tutors. All of the tutors still work in or with our schools every week.",
]:
    P(t)

P("Your mentor", style="Booklet Head")
for t in [
    "Each participant has a mentor, an experienced SENCO from another partnership school, "
    "as well as the link in your own leadership team. Mentors receive the Mentor Notes, a "
    "short guide to what we ask of them. In the Certificate years mentors came to a "
    "training evening each autumn, and we'd like to bring that back.",
]:
    P(t)

P("Resources", style="Booklet Head")
for t in [
    "The Forge's Access Technology suite is yours to use on the Award: Clicker 5, Dragon "
    "NaturallySpeaking, Widgit symbol software, text-to-speech and switch access, with a "
    "specialist teacher on hand on Tuesday and Thursday afternoons. The inclusion strand "
    "lends standardised reading, language and number assessments from its resource base. "
    "As University students you have full use of the KMU library, its e-journals and its "
    "SEN collection, on campus and online.",
]:
    P(t)

P("Keeping it good", style="Booklet Head")
for t in [
    "Every session is evaluated on the day. At the mid-year point each Learning Trio has "
    "a \u2018temperature check\u2019 with a tutor, and at the end of the year everyone "
    "completes a questionnaire. The Award also goes through the University's annual "
    "monitoring, including the report of an external examiner from another university. "
    "Each July the programme team writes an action plan from all of this, and the next "
    "cohort hears what has changed, as \u2018You said, we did\u2019, at Study Day 1. The "
    "Partnership Board is kept informed through the inclusion strand's termly report.",
    "Every assignment is marked by a University tutor against published criteria. All "
    "fails and a 25% sample of the rest are second-marked, and University and partnership "
    "tutors meet to agree marks for each assignment before they are released. The external "
    "examiner sees a sample of every assignment, and results are confirmed by the "
    "University's Examination Board.",
    "At your final tutorial you complete Starting Points again, so that you and we can see "
    "how far your confidence and knowledge have moved. Assignment 2 asks you to describe "
    "how your pupil got on. We hope that Sunil's data team will be able to compare the "
    "progress of pupils on the SEN register in Award schools with the rest, and report to "
    "the Board in 2011.",
    "Stakeholders are part of the Award: learning mentors, members of the Parents' Forum "
    "and the Young Inclusion Ambassadors teach on it, and Victoria Park hosts visits. We'd "
    "like the Parents' Forum and the Ambassadors to help us evaluate the Award from its "
    "second year.",
]:
    P(t)

P("Access for everyone", style="Booklet Head")
P("If you have a disability or a health condition, please tell us on the nomination "
  "form, so that we can make reasonable adjustments. The Forge is step-free throughout "
  "and has a hearing loop in the main training room.")

P("After the Award", style="Booklet Head")
for t in [
    "The University's MA in Inclusive Education will count the Award's 60 credits towards "
    "its 180. The last twilight is a celebration: you present your work to each other and "
    "to your heads, and there is a buffet. We don't use it for action planning; what you "
    "do next is for you and your head to decide at your performance management review. We "
    "hope many of you will go on to lead the partnership's SENCO network in the years "
    "ahead, as so many Certificate participants have done.",
]:
    P(t)

P("Questions we're often asked", style="Booklet Head")
runin("Can I get the Award through a portfolio, like the old Certificate?",
      "No. The portfolio route closed with the Certificate in 2007, and the University's "
      "regulations for the Award do not provide for assessment without the programme. "
      "Everyone, however experienced, takes the taught route, though your Route Plan will "
      "reflect what you already know.")
runin("I'm a full-time class teacher as well as SENCO. Will I manage?",
      "Many of our primary SENCOs are in the same position. The twilights are held at a "
      "primary hub, and the two-year route spreads the load.")
runin("What does it cost my school?",
      "The fee is \u00a31,400. The partnership's pooled budget pays \u00a3900 of it, and your "
      "school pays \u00a3500 and releases you for the six study days. The partnership "
      "reimburses the cost of cover for the visit day.")
runin("I'm a SENCO in a school outside the partnership. Can I join?",
      "Not in 2009\u201310. Places are for partnership schools while we establish the Award.")

# ================================================================== BACK PAGES
P("The Award at a glance", style="Booklet Part")
table([
    ["", ""],
    ["Award", "National Award for SEN Coordination: Postgraduate Certificate in Special "
              "Educational Needs Coordination"],
    ["Awarded by", "Kelverton Metropolitan University (validated 21 January 2009)"],
    ["Credits", "60 credits at Level 7 (Master's level): two modules of 30 credits"],
    ["Modules", "Module 1, Knowing the Child, Knowing the Law (Assignments 1 and 2); "
                "Module 2, Leading Inclusion in Your School (Assignment 3)"],
    ["Starts", "September each year; Study Day 1 is Thursday 24 September 2009"],
    ["Where", "The Forge City Learning Centre, Wharfside; twilights at Bridgeford High "
              "and Tanner Street Primary"],
    ["Routes", "One year, or two years (one module a year)"],
    ["Fee", "\u00a31,400 (\u00a3900 from the partnership's pooled budget, \u00a3500 from your school)"],
    ["Contact", "Yasmin Qureshi-Hall, Inclusion Strand Coordinator, the Forge"],
], [3.5, 13.0], header=False)

P("Session by session", style="Booklet Part")
table([
    ["Session", "When", "What we cover", "Led by"],
    ["Study Day 1", "Sept", "Every child in Kelverton: the five Every Child Matters outcomes "
     "and what they mean for pupils with SEN and disabilities in the inner city; Removing "
     "Barriers to Achievement (2004); the SENCO's role; Learning Trios; agreeing Route "
     "Plans; writing at Master's level (KMU library).", "HM, YQH"],
    ["Twilight 1", "Oct", "Hearing the pupil: Listening Posts, Talking Walls and "
     "person-centred reviews; involving pupils in setting and reviewing their own targets.",
     "TF, learning mentors, Young Inclusion Ambassadors"],
    ["Study Day 2", "Oct", "The law and the Code: Education Act 1996 Part IV, SENDA 2001, "
     "the SEN Code of Practice (2001) and the graduated response, statutory assessment and "
     "annual reviews; the Disability Discrimination Acts 1995 and 2005, the disability "
     "equality duty and accessibility plans; the 2008 SENCO regulations.",
     "HM, City Council SEN casework manager"],
    ["Twilight 2", "Nov", "Families first: listening to and working with parents and carers; "
     "the Parent Partnership Service; what parents tell us.", "YQH, Parents' Forum"],
    ["Study Day 3", "Nov", "Understanding needs I: speech, language and communication needs "
     "(the Bercow Review, 2008), autistic spectrum disorders, dyslexia and specific learning "
     "difficulties. Primary and secondary groups in the afternoon.",
     "SLT service, Victoria Park outreach, HM"],
    ["Twilight 3", "Dec", "Growing up in Kelverton: how children develop, and how poverty, "
     "mobility, English as an additional language and special educational needs shape that "
     "development.", "KMU child development lecturer"],
    ["Study Day 4", "Jan", "Understanding needs II: behavioural, emotional and social "
     "difficulties, moderate learning difficulties; identifying needs through observation, "
     "data and assessment; using the assessments of psychologists, therapists and advisory "
     "teachers. Primary and secondary groups in the afternoon.", "PN, BEST, LSU managers"],
    ["Twilight 4", "Jan", "Who's who: the educational psychology service, CAMHS, speech and "
     "language therapy, social care, Connexions and voluntary organisations such as the "
     "Kelverton Autism Parents' Group; the CAF and the team around the child.",
     "TF, agency staff"],
    ["Twilight 5", "Feb", "Data without tears: P scales, Key Stage tests, GCSE results, "
     "RAISEonline and contextual value added; tracking pupils with SEN with the "
     "partnership's data packs.", "Sunil Bhatt, PN"],
    ["Study Day 5", "Mar", "Teaching, ICT and the evidence: personalised learning and the "
     "three waves; assistive technology in the Access Technology suite; what the research "
     "and inspection evidence says (Ofsted 2004 and 2006, Brooks 2007, the Inclusion "
     "Development Programme); the Lamb Inquiry; keeping up to date.", "HM, Forge staff"],
    ["Twilight 6", "Mar", "AfL for all: helping colleagues use assessment for learning with "
     "pupils with SEN, building on the partnership's AfL project.", "Guest SENCOs"],
    ["Visit day", "Mar\u2013Apr", "Victoria Park School, the Harbour LSU or the Access "
     "Technology suite, as agreed in your Route Plan.", "Host settings"],
    ["Twilight 7", "Apr", "Self-evaluation: the SEF and SEN; reviewing the effectiveness of "
     "provision with teachers and teaching assistants.", "YQH, a partnership head"],
    ["Study Day 6", "May", "Leading and managing: provision mapping and costing; deploying and "
     "managing teaching assistants and learning mentors; coaching colleagues; managing your "
     "time and what you delegate; working with the head and governors on an inclusive "
     "ethos and priorities.", "PN, YQH"],
    ["Twilight 8", "June", "Celebration: presentations of your work to each other and to "
     "your heads.", "All"],
    ["Tutorials", "Oct, Jan, May", "Three individual tutorials of 45 minutes, reviewing your "
     "Route Plan and your Learning Log.", "Your tutor"],
], [2.3, 1.6, 9.6, 3.0])
P("HM Dr Helen Mabbott; PN Dr Patrick Nwosu; YQH Yasmin Qureshi-Hall; TF Tom Fairbairn.",
  style="Photo Caption")

P("How the Award is assessed", style="Booklet Part")
for t in [
    "There are three assignments, all set in your own school. To gain the Award you must "
    "pass each of them; the pass mark is 50% and they are marked by University tutors. "
    "Between them, the three assignments cover every one of the national minimum outcomes "
    "for SENCOs. Alongside them you keep a Learning Log: it is yours, your tutor reads it "
    "at tutorials, and it is not marked.",
]:
    P(t)
table([
    ["Assignment", "What you do", "What the markers look for"],
    ["1. Our policy, our practice (Module 1, 4,000 words, 40% of the module)",
     "A critical review of your school's SEN policy and accessibility plan, and how they "
     "work in practice, against the SEN Code of Practice, SENDA and the disability "
     "equality duty, drawing on research and inspection evidence, with recommendations "
     "to your head.",
     "Accurate knowledge of the law and the Code and what they mean for your school; "
     "knowledge of disability equality law and the actions it requires of the school; "
     "critical use of research, inspection evidence and best practice, and of outside "
     "advice, to improve your own and colleagues' practice; clear, well-organised writing."],
    ["2. One child's year (Module 1, 5,000 words, 60% of the module)",
     "A case study of one pupil: identifying their needs from observation, data and the "
     "assessments of other professionals; setting challenging targets; planning, running "
     "and reviewing an intervention; talking with the pupil and involving them in setting "
     "and reviewing their targets; meeting the parents or carers; and how your pupil got "
     "on.",
     "Identifying needs, setting targets, planning interventions and reviewing progress; "
     "using other professionals' assessments to shape teaching; involving the pupil in "
     "planning and reviewing provision; working with parents and carers; fair, respectful "
     "relationships with the pupil and family; a critical overview of the main types of "
     "SEN (BESD, specific learning difficulties including dyslexia, SLCN, ASD and MLD) and "
     "how they affect learning; critical evaluation of the approaches and resources you "
     "used, including ICT; what difference the work made to the pupil across the five "
     "Every Child Matters outcomes."],
    ["3. Leading provision (Module 2, portfolio and 20-minute presentation, 100% of the "
     "module)",
     "An analysis of your school's data for pupils with SEN, including Key Stage or GCSE "
     "results and P scales; a costed provision map; a plan for deploying your teaching "
     "assistants and learning mentors; a review, carried out with the teachers and "
     "assistants concerned, of how well one area of provision is working, written up for "
     "your school's self-evaluation; and priorities for inclusion, presented to your head "
     "and a governor, whose written responses go in the portfolio.",
     "Using summative data, including national tests, to track progress and change "
     "programmes; provision mapping, and finding provision that is missing or not working; "
     "deploying and managing staff; reviewing provision with colleagues to inform "
     "self-evaluation, and the principles of school self-evaluation; working with senior "
     "colleagues and governors on an inclusive ethos, policies and priorities; winning the "
     "commitment of the head and colleagues; speaking clearly and persuasively."],
    ["Learning Log (not marked)",
     "Entries after each session, on whatever you choose, with prompts on: coaching a "
     "colleague; managing your time and what you delegate; your own professional "
     "development; working with other services and voluntary groups; helping colleagues "
     "with assessment for learning; growing up in Kelverton.",
     "Not marked. Your tutor reads it at tutorials."],
], [3.4, 6.3, 6.8])

# ================================================================== THANK YOU
P("Thank you", style="Booklet Part")
P("This booklet, and the ten years it describes, belong to many people. Our thanks go to "
  "the heads, staff and governors of all fifty-one partnership schools; the 139 learning "
  "mentors, past and present; the Young Inclusion Ambassadors; the Kelverton Parents' "
  "Forum; the staff of the Forge, the Harbour and the Eastgate LSU; Kelverton City "
  "Council's Children's Services; Kelverton Metropolitan University's Faculty of "
  "Education; and the five cohorts of the Kelverton Certificate.")
P("Edited by Bernadette Okafor. Designed and printed by the Forge Print Room on recycled "
  "paper.", style="Photo Caption")

doc.save(OUT)
print("wrote", OUT)
