"""Build eg-02-ottermead-mentor-toolkit.docx (blind test application).

KIND OF DOCUMENT
  A practice TOOLKIT: the "Area SENCO Mentor Toolkit" that a county's early
  years inclusion team writes for its own Area SENCOs, who mentor teachers on
  the National Award in their nurseries and infant schools. Part A explains
  the Award to mentors; Part B is twelve photocopiable tools, each under a
  shaded "tool box" (Purpose / When / Who / Where it goes / Counts towards
  the Award?) with prompts and blank forms; Part C is a grid for mentors
  showing where each outcome is taught, practised and marked. Sent to the TDA
  as the application, in its final draft for print with the editors'
  comments and tracked changes still in it. Early years teams really produce
  toolkits like this; nothing like it is in the regression README (the
  nearest, a participant workbook, a trainer's manual and a bundle of letter
  templates, are different kinds).

PROVIDER (invented)
  Ottermead County Council (a shire county), Children's Services: the Early
  Years Inclusion Team (Lead Area SENCO Bernadette Okafor, seven Area SENCO
  mentors, two Early Years Specialist Teachers), with Danesbury University,
  School of Education (Programme Leader Tom Hendry; Lecturer Dr Priya Lal).
  Award: Postgraduate Certificate in Early Years and Infant SEN
  Coordination, 60 credits at Level 7, modules EYS701 Knowing the Child and
  EYS702 Leading Inclusive Practice; eight study days at the University's
  Kingsford campus and five mentor visits in the participant's setting.

LAYOUT
  Title block; a covering note; "How to use this Toolkit"; a typed contents
  list; Part A in numbered sub-sections A1-A16 (bold typed titles, Heading
  styles for the three Parts only) with an "at a glance" field table, a
  study-day table, a who's-who table, a "What we heard / What we changed"
  table and a Q&A sub-section (A6); a floating "Key dates" TEXT BOX (wps with
  a VML fallback); shaded single-cell "Mentor tip" boxes (advice, not
  arrangements); Part B: Tools 1-12, each under a shaded five-row tool box,
  with prompts, blank form tables and tick columns; Part C: an outcome grid
  with merged group rows and no national codes. Three Word COMMENTS, three
  TRACKED CHANGES (one deletion, one insertion, one replacement). Page header
  and footer (not part of the submission).

TRAPS (requirement ids affected)
  - 2.1  Prior learning is never mentioned in the body. The only mention of
         APEL is a Word comment (Tom Hendry: the University "will accept APEL
         claims for up to 30 credits") with a reply deferring it to Edition 2.
         -> not_met.
  - 2.3  Distant negation in A6: a long answer about experienced
         practitioners presenting a portfolio "without attending", the
         neighbouring counties and the regulations, ending several sentences
         later "in this first year, no." The FOOTER invites "Experienced
         practitioners seeking assessment only" to get in touch (not part of
         the submission). -> not_met.
  - 5.3  Wrong context: the CRB paragraph is about the mentors' own
         disclosures; participants' disclosures are "a matter for their
         employers" (deferral); a Word comment asks whether heads should
         confirm them, and a Mentor tip suggests mentors "ask". -> not_met.
  - 3.3  "The Award has no online element" (A6), the County's SENCO
         e-network mailing list is "not part of the Award", and a deleted
         tracked change offered recorded sessions on Blackboard. -> n/a.
  - 3.2  Study days in a fixed sequence, modules in a fixed order; a second
         intake only "If numbers allow"; flexible visit times and an
         interruption with rejoining. -> partially_met.
  - 1.1  The aims (A1) are qualified, confident SENCOs and a manageable
         course; children's achievement and well-being appear only as belief
         ("We believe that every child matters"), though the Child Study does
         evaluate against the five ECM outcomes. -> partially_met.
  - 1.5, 6.S7  Tool 5 (listening to the child) is optional: its "Counts
         towards the Award?" cell is a tracked change that deletes "Yes ...
         required part of the Child Study" and inserts "No. Optional."; the
         Child Study "may include" the child's views. Taught on Day 5.
         -> partially_met (both).
  - 3.1  General equality statements and "reasonable adjustments can be
         considered" (A12, A6) with no anticipatory arrangements.
         -> partially_met.
  - 5.6  Library and a book and video loan collection; specialist equipment
         only hoped for ("if our bid ... succeeds"). -> partially_met.
  - 5.8  University second marking of a sample; the external examiner is
         named in an INSERTED tracked change (which counts) and mentioned in
         A16; but the mentors' Practice Record judgements, a required part of
         the award, "will not be moderated" this year. -> partially_met.
  - 5.9  Participants' confidence measured (Tool 1 repeated); children's
         progress only "Mentors may also like to ask". -> partially_met.
  - 4.3  Health professionals and services take part in delivery (study
         days); involving heads, managers and parents in review is only "We
         would like" and an agenda item. -> partially_met.
  - 2.4  Tailoring through the ILP is concrete; cost is only "set by the
         University" and "paid by the school or setting". -> partially_met.
  - 1.9, 6.0  Award rule: pass three marked pieces plus a signed Practice
         Record; A8 claims "these four pieces assess every one of the
         national minimum outcomes", but Part C shows unmarked and missing
         outcomes, and a Word comment admits "I can't see tests/exams
         anywhere". -> partially_met.
  Criterion 6 (Part C grid, read with A8 and Tool 8):
  - Marked in "-" only, practised in unmarked tools: 6.A3 (Tool 6), 6.A7
    (Tools 6 and 12, "not marked"), 6.K9 and 6.S9 (Tool 10), 6.S2b (taught
    Day 7 only), 6.S7 (Tool 5 optional). -> partially_met.
  - No row, nowhere in the body: 6.A4, 6.S2d (only in a comment). -> not_met.
  - Assessed through the mentor's Practice Record (pass/refer, required):
    6.A2 (P1), 6.S2c and 6.S5 (P2), 6.S4 (P3), 6.S6 (P4 and the report),
    6.A1 and 6.S8 (P5 and Tool 7 in the Child Study). -> met.
  - All others taught on a named day and marked in a named piece -> met.
  Met despite the layout: 2.2 (Tools 1 and 2, sent to the programme
  leader), 2.5 (Tool 12 Next Steps Plan at the last visit with the head),
  5.7 (two mentor preparation days, the dates also in the text box, termly
  mentor meetings, tutors briefed, Tool 3 for heads), 5.5 (twenty booked
  visit days), E.1/E.2 (the "at a glance" table).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "eg-02-ottermead-mentor-toolkit"
OUT = os.path.join(HERE, NAME + ".docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = (
        "Ottermead County Council | Early Years Inclusion Team | Area SENCO Mentor "
        "Toolkit, Edition 1 (final draft for print)")
    s.footer.paragraphs[0].text = (
        "\u00a9 Ottermead County Council 2009. Tools in Part B may be photocopied for use "
        "on the Award. Experienced practitioners seeking assessment only: please contact "
        "the Lead Area SENCO.")

_rev = [1]


def rev_id():
    _rev[0] += 1
    return str(_rev[0])


def para(text="", bold=False, italic=False, size=None, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    return p


def title(text):
    p = para(text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(10)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return r


def table(rows, widths=None, header=True, fill="DDEBF7"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0))
            if header and i == 0:
                shade(t.cell(i, j), fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def tip(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    r = c.paragraphs[0].add_run("Mentor tip  ")
    r.bold = True
    r.font.size = Pt(9.5)
    r2 = c.paragraphs[0].add_run(text)
    r2.italic = True
    r2.font.size = Pt(9.5)
    shade(c, "FFF2CC")
    doc.add_paragraph()


def tool_box(number, name, rows):
    """Shaded box heading each tool: returns the table so cells can be edited."""
    para("Tool %d  %s" % (number, name), bold=True, size=12)
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "E2EFDA")
        if v is not None:
            set_cell(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(12)
    doc.add_paragraph()
    return t


def form(headers, nblank=3, widths=None, first_col=None):
    rows = [headers]
    for i in range(nblank):
        r = [""] * len(headers)
        if first_col:
            r[0] = first_col[i]
        rows.append(r)
    return table(rows, widths=widths)


def _run_xml(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return ('<w:r xmlns:w="%s"><w:rPr><w:sz w:val="21"/></w:rPr><%s xml:space="preserve">%s</%s></w:r>'
            % (W_NS, tag, esc, tag))


def add_ins(p, text, author="Claire Maddox", date="2009-06-05T10:12:00Z"):
    ins = parse_xml('<w:ins xmlns:w="%s" w:id="%s" w:author="%s" w:date="%s">%s</w:ins>'
                    % (W_NS, rev_id(), author, date, _run_xml(text)))
    p._p.append(ins)


def add_del(p, text, author="Claire Maddox", date="2009-06-05T10:10:00Z"):
    d = parse_xml('<w:del xmlns:w="%s" w:id="%s" w:author="%s" w:date="%s">%s</w:del>'
                  % (W_NS, rev_id(), author, date, _run_xml(text, deleted=True)))
    p._p.append(d)


def text_box(lines, heading):
    """A floating-style text box (inline wps shape with a VML fallback)."""
    def paras():
        out = ['<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
               % heading]
        for ln in lines:
            out.append('<w:p><w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                       % ln)
        return "".join(out)
    cx, cy = 5600000, 2500000
    xml = (
        '<w:r xmlns:w="%(w)s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%(cx)d" cy="%(cy)d"/><wp:docPr id="501" name="Key dates"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%(cx)d" cy="%(cy)d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%(p)s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="KeyDates" style="width:441pt;height:197pt" '
        'fillcolor="#f2f2f2" strokecolor="#2f5496"><v:textbox><w:txbxContent>%(p)s'
        '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % {"w": W_NS, "cx": cx, "cy": cy, "p": paras()}
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ================================================================== title block
para("OTTERMEAD COUNTY COUNCIL  |  CHILDREN'S SERVICES", bold=True, size=11)
para("Early Years Inclusion Team", size=11)
para("The Area SENCO Mentor Toolkit", bold=True, size=20)
para("National Award for SEN Coordination: the Early Years and Infant route", size=13)
para("Postgraduate Certificate in Early Years and Infant SEN Coordination, validated by "
     "Danesbury University")
para("Edition 1, June 2009 (final draft for print)", italic=True)
para()
cover = doc.add_table(rows=1, cols=1)
cover.style = "Table Grid"
cc = cover.cell(0, 0)
set_cell(cc, "To the TDA's approval panel", bold=True, size=10)
for t in [
    "This Toolkit is our application. It is the handbook our Area SENCOs use as mentors "
    "on the Award, and Part A sets out the Award as a whole: how it is run, taught, "
    "assessed and checked. We send it as it stands, in its final draft for print; the "
    "comments and marked changes are our editors'.",
    "Bernadette Okafor, Lead Area SENCO, Ottermead County Council",
    "Tom Hendry, Programme Leader, School of Education, Danesbury University",
    "12 June 2009",
]:
    r = cc.add_paragraph().add_run(t)
    r.font.size = Pt(10)
shade(cc, "F2F2F2")
doc.add_paragraph()

title("How to use this Toolkit")
for t in [
    "Part A is for reading before your first visit: it tells you what the Award is, who "
    "is on it, how it is taught and assessed, and what we expect of you as a mentor. "
    "Part B holds the twelve tools you will use on visits. Each tool opens with a box "
    "saying what it is for, when to use it, where it goes afterwards and whether it "
    "counts towards the Award. Part C shows you, outcome by outcome, where the Award "
    "teaches it, where you practise it with your participant and where it is marked.",
    "Contents: Part A The Award (A1 to A16). Part B The tools (Tools 1 to 12). Part C "
    "Where each outcome is taught, practised and marked. Contacts.",
]:
    para(t)

# ================================================================== PART A
doc.add_heading("Part A  The Award: what every mentor needs to know", level=1)

title("A1  Why the Award, and why us")
for t in [
    "From September 2009 every teacher new to the SENCO role in a maintained school, "
    "including our maintained nursery schools and our infant and first schools, will "
    "need to gain the National Award for SEN Coordination within three years. "
    "Ottermead has 11 maintained nursery schools, 96 infant, first and primary schools "
    "with Foundation Stage classes and 24 children's centres. Many of their SENCOs are "
    "the only teacher in a small setting, or the SENCO as well as the Reception teacher "
    "in a two-class infant school. A course written for secondary SENCOs serves them "
    "badly.",
    "So the Early Years Inclusion Team and Danesbury University's School of Education "
    "have built a route through the Award for the early years and Key Stage 1. The "
    "University teaches the study days and marks the written work. We, the Area SENCOs, "
    "mentor each participant in their own school or setting. That is what this Toolkit "
    "is for.",
    "Our aims for the Award are simple. We want every new SENCO in an Ottermead "
    "nursery, children's centre or infant school to finish it qualified, confident and "
    "ready to lead, and we want the Award to be practical, local and manageable "
    "alongside a full-time job. We believe that every child matters, and that the "
    "difference a good SENCO makes is felt by children and families long after the "
    "course has ended.",
]:
    para(t)

title("A2  What settings told us, and what we changed")
para("Between January and March 2009 we asked heads, managers and SENCOs what they "
     "needed. 164 of the 312 nurseries, children's centres, infant and first schools and "
     "PVI settings employing a teacher returned our questionnaire, and 41 heads, "
     "managers and SENCOs came to three focus groups (north, south and coast). What we "
     "heard, and what we did about it:")
table([
    ["What we heard", "What we changed"],
    ["\"Don't make SENCOs drive to Kingsford for everything.\"", "Mentor visits take "
     "place in the participant's own school or setting; only the eight study days are "
     "at the University."],
    ["Speech, language and communication is the biggest single need.", "Study Day 4 is "
     "given to communication, taught with the PCT's speech and language therapists."],
    ["New SENCOs find it hardest to lead colleagues who have been in post for years.",
     "The Practice Record includes coaching a colleague (P2) and leading a review with "
     "colleagues (P4)."],
    ["Heads want to be involved from the start.", "The three-way agreement (Tool 3) is "
     "signed at the first visit."],
    ["Parents should be part of it.", "Tool 7 and the parents element of the Child "
     "Study; Practice Record item P5. A parent-led study session is being planned with "
     "the Parent Partnership Service for Edition 2."],
], widths=[6.5, 10])

title("A3  The Award at a glance")
glance = [
    ("Award", "Postgraduate Certificate in Early Years and Infant SEN Coordination "
     "(National Award for SEN Coordination), Danesbury University"),
    ("Credits", "60 credits at Level 7: EYS701 Knowing the Child (30 credits); EYS702 "
     "Leading Inclusive Practice (30 credits)"),
    ("Validation", "Validated by Danesbury University's Academic Standards Committee on "
     "4 March 2009, for five years from September 2009"),
    ("Study days", "Eight, at the University's Kingsford campus (A7)"),
    ("Mentoring", "Five visits from an Area SENCO mentor in the participant's own school "
     "or setting, each about 90 minutes"),
    ("Assessment", "Child Study; Policy Poster and viva; Provision Review Report; "
     "Practice Record (A8)"),
    ("Intake", "September 2009, up to 20 places. If numbers allow, a second group will "
     "start in January 2010."),
    ("Length", "One academic year, part time"),
    ("Fee", "Set by the University: \u00a31,480 for 2009-10 (A15)"),
]
gt = doc.add_table(rows=len(glance), cols=2)
gt.style = "Table Grid"
for i, (k, v) in enumerate(glance):
    set_cell(gt.cell(i, 0), k, bold=True)
    shade(gt.cell(i, 0), "DDEBF7")
    set_cell(gt.cell(i, 1), v)
    gt.cell(i, 0).width = Cm(3.5)
    gt.cell(i, 1).width = Cm(13)
doc.add_paragraph()
p = para("Study days follow a fixed sequence, and Module EYS701 comes before EYS702. "
         "Mentor visits are arranged at a time to suit the participant, including after "
         "school or in a holiday week. ")
add_del(p, "Study days will also be available as recorded sessions on the University's "
           "Blackboard site for participants who cannot attend.")
text_box([
    "Interviews for places: 15 to 26 June 2009",
    "Mentor preparation days: 8 and 9 July 2009, Kingsford campus",
    "Study Day 1: 24 September 2009",
    "Policy Poster viva week: 18 January 2010",
    "Child Study due: 1 March 2010",
    "Provision Review Report due: 14 June 2010",
    "Practice Records signed off by: 30 June 2010",
    "Board of Examiners: 14 July 2010",
], "Key dates 2009-10")

title("A4  Who can join, and how places are offered")
for t in [
    "Participants must hold qualified teacher status and be in post as SENCO, or "
    "designated to become SENCO by January 2010, in an Ottermead maintained nursery "
    "school, children's centre, or infant, first or primary school (for the Foundation "
    "Stage and Key Stage 1), or in a PVI setting that employs them as a qualified "
    "teacher. Their head or manager nominates them and commits to release them for the "
    "eight study days and the five mentor visits.",
    "Applicants complete the University's application form and Tool 1 (Starting "
    "Points). They are interviewed jointly by the Lead Area SENCO and the University's "
    "admissions tutor, who check that the applicant has the knowledge and experience to "
    "benefit from the Award and complete it within the year, and that their role will "
    "let them carry out all four assessed pieces (for example, that they will be able "
    "to lead a review with colleagues). Applicants who are not yet ready, most often "
    "because they are newly qualified or are setting SENCOs without qualified teacher "
    "status, receive a letter setting out what to do first (a year in post, the "
    "County's Setting SENCO Network programme, or routes to qualified teacher status), "
    "and the Lead Area SENCO telephones their head or manager to talk it through.",
]:
    para(t)
p_crb = para("")
r_crb = p_crb.add_run(
    "Checks. Every Area SENCO mentor holds a current enhanced CRB disclosure, renewed "
    "every three years, and carries County photo identification on visits. Participants "
    "are teachers employed by Ottermead schools and settings, and their CRB disclosures "
    "are a matter for their employers.")
doc.add_comment(r_crb, text="Para 26 of the TDA specification: should we ask heads to "
                "confirm each participant's disclosure on the nomination form? (TH)",
                author="Tom Hendry", initials="TH")
tip("On your first visit, it is good practice to ask your participant when their CRB "
    "check was last done, and to mention it to the head if they are unsure.")

title("A5  Starting where the participant is")
p_sp = para("")
r_sp = p_sp.add_run(
    "Before the first study day each participant completes Tool 1 (Starting Points), "
    "rating themselves from 1 to 4 against each national minimum outcome with an "
    "example from their practice. At the first visit you and the participant agree the "
    "Individual Learning Plan (Tool 2): the four to six outcomes that are the "
    "participant's own priorities, what they will do about them, what support you will "
    "give, and which of the study days' directed tasks they will choose. The plan goes "
    "to the University programme leader, who uses it to place the participant in a "
    "study-day tutor group and to agree the focus of their Child Study. You review it at "
    "every visit.")
c1 = doc.add_comment(r_sp, text="Bernie, the University will accept APEL claims for up "
                     "to 30 credits (EYS701) through the standard Danesbury APL process. "
                     "Shall I add a line here?", author="Tom Hendry", initials="TH")
try:
    c1.add_paragraph("BO: Yes, but let's wait for Edition 2 so we can check the fee.")
except Exception:  # older python-docx: keep the reply inside the same comment
    pass
para("The Individual Learning Plan is how the Award is tailored to each participant: "
     "two participants on the same study day may be doing quite different directed "
     "tasks, and your visits follow the plan, not a fixed script.")

title("A6  Questions mentors are asked")
qa = [
    ("\"I've been a SENCO for years, or I was an Area SENCO in another county. Do I have "
     "to do the whole thing?\"",
     ["This is the question we are asked most often, and it is a fair one. Some of our "
      "most experienced practitioners, such as the SENCOs of our two Enhanced Nursery "
      "Provision bases or teachers who have joined us from the Sensory Support Service, "
      "already do much of what the Award asks. During the consultation we looked hard at "
      "whether they could present a portfolio of evidence and be assessed against the "
      "outcomes without attending, and we talked to two neighbouring counties who were "
      "considering the same thing.",
      "Danesbury's postgraduate regulations are built around taught modules, and the TDA "
      "asks that everyone who gains the Award is assessed against every outcome. "
      "Experienced people will find the Starting Points conversation short and their "
      "Individual Learning Plan demanding, and you should make sure your visits stretch "
      "them. But as to whether anyone can be assessed without taking the modules: in this "
      "first year, no."]),
    ("\"My participant has a disability. What should I do?\"",
     ["Encourage them to tell the University's programme leader, who can arrange for "
      "reasonable adjustments to be considered with the University's Disability Service. "
      "Everyone on the Award should be able to take a full part."]),
    ("\"Can participants do the study days online?\"",
     ["No. The Award has no online element: study materials are given out on paper and "
      "on a CD at each study day. Participants who want to talk to other SENCOs between "
      "study days can join the County's SENCO e-network mailing list, which the SEN "
      "Support Service runs for all SENCOs in Ottermead; it is not part of the Award and "
      "Award staff do not moderate it."]),
    ("\"What if my participant falls behind?\"",
     ["Tell the programme leader. Under the University's regulations a participant may "
      "interrupt for up to a year and rejoin with the next group."]),
]
for q, answers in qa:
    para(q, bold=True)
    for a in answers:
        para(a)

title("A7  The study days")
table([
    ["Day", "Date", "Focus", "Led by"],
    ["1", "24 Sep 2009", "The young child: how children develop from birth to seven and "
     "what affects their development (SEN and disability, poverty, family, the physical "
     "and social environment); the EYFS; the five Every Child Matters outcomes and the "
     "SENCO's part in them.", "Tom Hendry"],
    ["2", "15 Oct 2009", "The law and the evidence: the Education Act 1996, SENDA 2001, "
     "the SEN Code of Practice 2001, the SENCO Regulations 2008, the Childcare Act 2006; "
     "research and inspection evidence: EPPE (Sylva et al., 2004), Ofsted (2006) "
     "Inclusion: does it matter where pupils are taught?, the Bercow Report (2008); "
     "using research to change practice.", "Dr Priya Lal"],
    ["3", "12 Nov 2009", "Disability equality: the Disability Discrimination Acts 1995 "
     "and 2005, the disability equality duty, accessibility plans, reasonable "
     "adjustments; autistic spectrum disorders; behavioural, emotional and social "
     "difficulties.", "Tom Hendry; NAS EarlyBird trainer"],
    ["4", "3 Dec 2009", "Communication: speech, language and communication needs (IDP "
     "materials, Every Child a Talker), with the PCT's speech and language therapists; "
     "moderate learning difficulties; early signs of specific learning difficulties, "
     "including dyslexia; sensory impairment.", "Dr Priya Lal; PCT therapists"],
    ["5", "21 Jan 2010", "Children, families and services: working with parents and "
     "carers; listening to young children; the Common Assessment Framework, the Team "
     "Around the Child, Early Support and Portage; health, social care, the educational "
     "psychology service and voluntary organisations (Home-Start, Contact a Family); "
     "using other professionals' assessments.", "Tom Hendry; EP service; Portage"],
    ["6", "25 Feb 2010", "Teaching and assessment: observation-based assessment and "
     "helping colleagues to use it with children with SEN; approaches, strategies and "
     "resources, including ICT (switch toys, cause-and-effect software, symbols, "
     "Clicker).", "Dr Priya Lal"],
    ["7", "25 Mar 2010", "Provision and self-evaluation: provision mapping; reviewing "
     "provision with colleagues; tracking progress with the EYFS Profile and Key Stage 1 "
     "teacher assessment; school and setting self-evaluation (the Ofsted SEF, the Early "
     "Years Quality Improvement Support Programme) and SEN; working with heads and "
     "governors.", "Tom Hendry"],
    ["8", "29 Apr 2010", "Leading and managing: deploying teaching assistants and key "
     "persons; coaching and supporting colleagues; time, priorities and delegation; "
     "keeping up to date.", "Tom Hendry; Bernadette Okafor"],
], widths=[1, 2.2, 10.3, 3.3])

title("A8  How the Award is assessed")
for t in [
    "EYS701 Knowing the Child",
    "Child Study (4,000 words; 60% of the module). Over eight to ten weeks the "
    "participant works with one child who has SEN and/or a disability. They identify "
    "the child's needs using observation, the setting's records and the assessments of "
    "at least one other professional; meet the parents or carers (the Tool 7 record is "
    "appended); set challenging targets and plan, carry out and review an intervention; "
    "set the child's development and needs in the context of research on the main types "
    "of SEN (behavioural, emotional and social difficulties; speech, language and "
    "communication needs; autistic spectrum disorders; moderate learning difficulties; "
    "specific learning difficulties, including dyslexia); evaluate the approaches and "
    "resources used, including ICT; and evaluate the outcome for the child against the "
    "five Every Child Matters outcomes. The marking criteria include the participant's "
    "working relationship with the child and the family. Where the participant has used "
    "Tool 5, they may include the child's views.",
    "Policy Poster and viva (40% of the module). A poster on the setting's duties under "
    "SEN and disability law (the Code of Practice, the disability equality duty and "
    "reasonable adjustments), presented and discussed in a 15-minute viva with two "
    "University tutors.",
    "EYS702 Leading Inclusive Practice",
    "Provision Review Report (4,000 words; the whole of the module mark). A provision "
    "map (Tool 9) for the setting's children with SEN; a review of its effectiveness "
    "carried out with colleagues; the use of the setting's self-evaluation (the SEF or "
    "the setting's EYFS self-evaluation) to identify priorities; research and best "
    "practice; and recommendations, presented to the head or manager and the governors "
    "or management committee.",
    "Practice Record (Tool 8). Pass or refer, judged by the mentor. A pass is required "
    "for the module.",
    "To gain the Award a participant must pass the Child Study, the Poster and viva and "
    "the Provision Review Report (pass mark 50%) and have a Practice Record signed off "
    "as a pass. The University's Board of Examiners confers the Award. Between them, "
    "these four pieces assess every one of the national minimum outcomes; Part C shows "
    "where.",
]:
    para(t, bold=t.startswith("EYS70"))

title("A9  Marking and moderation")
p = para("The University marks the Child Study, the Poster and viva and the Provision "
         "Review Report: the module tutor marks first, and a second tutor marks a 25% "
         "sample and all fails and distinctions")
add_ins(p, ", and the external examiner, Dr Helen Marchbank of the University of "
           "Alnmoor, reviews a sample of all written work each year and attends the "
           "Board of Examiners")
p.add_run(". The Practice Record is judged by the mentor and countersigned by the Lead "
          "Area SENCO. In this first year mentors' judgements will not be moderated; we "
          "intend to sample Practice Records across mentors from 2010-11.")

title("A10  Your role as mentor, and how we prepare you")
for t in [
    "Each participant has an Area SENCO mentor (where possible not the Area SENCO who "
    "usually supports their setting). As mentor you make the five visits; agree and "
    "review the Individual Learning Plan; use the tools with the participant; judge the "
    "Practice Record; and keep in touch with the University programme leader. You do "
    "not mark written work.",
    "Every mentor attends the two mentor preparation days on 8 and 9 July 2009, run by "
    "Tom Hendry and Bernadette Okafor: the Award and the national outcomes; what Level 7 "
    "study asks of participants; using each tool; judging the Practice Record, with a "
    "standardisation exercise on video of real practice; and safeguarding and "
    "confidentiality on visits. Mentors meet the programme leader once a term at the "
    "University to review progress and check that they are judging the Practice Record "
    "in the same way. The University's study-day tutors are briefed on the Toolkit and "
    "the mentor's role at the module team meeting in September. Heads and managers "
    "receive the Head's Leaflet and agree their part at the first visit (Tool 3).",
]:
    para(t)
tip("Keep your visit notes short and factual. The participant should be able to read "
    "anything you write about them.")

title("A11  Who's who")
table([
    ["Name", "Role on the Award", "Background"],
    ["Bernadette Okafor", "Lead Area SENCO; coordinates the mentors; countersigns "
     "Practice Records", "BEd, QTS; MA Inclusive Education; former head of a maintained "
     "nursery school; Area SENCO since 2004"],
    ["Tom Hendry", "Programme Leader, Danesbury University; teaches Days 1, 3, 5, 7 "
     "and 8", "BA, PGCE, QTS; MA SEN; former infant head and LA SEN adviser"],
    ["Dr Priya Lal", "Lecturer, Danesbury University; teaches Days 2, 4 and 6",
     "PhD on early language development; former speech and language therapist; PGCE"],
    ["Seven Area SENCO mentors", "Mentors", "All qualified teachers with at least five "
     "years as SENCO in the early years or Key Stage 1; four hold a Master's degree in "
     "SEN or early childhood"],
], widths=[3.5, 6, 7])
para("Every member of the team takes at least two days of specialist training a year; "
     "in 2008-09 all seven mentors completed the Inclusion Development Programme "
     "training on speech, language and communication and on autism.")

title("A12  Equality and access")
para("The Award is open to every eligible teacher, whatever their background. "
     "Danesbury University and Ottermead County Council each have a Single Equality "
     "Scheme, and the Award follows both. If a participant tells you they have a "
     "disability, or you think adjustments might help, please let the programme leader "
     "know so that reasonable adjustments can be considered.")

title("A13  Specialist help and visits")
para("Every participant spends one day at one of our two Enhanced Nursery Provision "
     "bases (Harbourside Nursery School and Elmcroft Children's Centre) or at the Child "
     "Development Centre nursery in Kingsford. We have booked 20 visit days for 2009-10, "
     "one for every place, and you arrange the date at the first visit. The study days "
     "bring in the PCT's speech and language therapists, the educational psychology "
     "service, Portage and the National Autistic Society's EarlyBird team, and you can "
     "put participants in touch with the team's Early Years Specialist Teachers for "
     "hearing and vision.")

title("A14  Books, equipment and the library")
para("Participants register as students of Danesbury University and have full library "
     "borrowing and e-journal access. The team's loan collection at Kingsford (about 400 "
     "books and training videos) is open to them. We hope to add a loan bank of "
     "switch-adapted toys and communication aids in 2010 if our bid to the Aiming High "
     "for Disabled Children fund succeeds.")

title("A15  Fees and funding")
para("Fees are set by the University (\u00a31,480 for 2009-10) and paid by the school or "
     "setting. The County does not charge for mentoring.")

title("A16  How we check quality")
for t in [
    "The Award is part of the University's annual programme monitoring: a module "
    "evaluation questionnaire after each module; a participants' representative on the "
    "Programme Committee, which meets each term; the external examiner's annual report; "
    "and an Annual Programme Report to the School's Quality Committee, with an action "
    "plan whose progress is reported to the next group of participants. The mentor team "
    "reviews each round of visits at its termly meeting and sends a note of issues to "
    "the Programme Committee.",
    "Starting Points (Tool 1) is repeated at the last mentor visit, so that the "
    "participant and we can see how their confidence against each outcome has changed; "
    "the results go into the Annual Programme Report. Mentors may also like to ask "
    "participants whether the children they have worked with are doing better.",
    "We would like heads, managers and parents to help us review the Award. How best to "
    "do that is on the agenda for the first meeting of the Award Steering Group in the "
    "autumn.",
]:
    para(t)

# ================================================================== PART B
doc.add_page_break()
doc.add_heading("Part B  The tools", level=1)
para("Each tool opens with a box telling you what it is for, when to use it, who uses "
     "it, where it goes afterwards, and whether it counts towards the Award. Tools may be "
     "photocopied.")

tool_box(1, "Starting Points", [
    ("Purpose", "To see where the participant is now against each national outcome"),
    ("When", "Before Study Day 1; repeated at the final visit"),
    ("Who", "The participant, then with you at the first visit"),
    ("Where it goes", "Copy to the programme leader"),
    ("Counts towards the Award?", "No. It shapes the Individual Learning Plan."),
])
para("Key: 1 new to me; 2 some experience; 3 confident; 4 could help others.")
form(["Area", "Rating now (1-4)", "An example from my practice", "Rating at the end"],
     nblank=5, widths=[5.5, 2.5, 6, 2.5],
     first_col=["Relationships with children and families", "Bringing colleagues with me",
                "The law and the Code of Practice", "Provision mapping",
                "(continue for each outcome in Part C)"])

tool_box(2, "Individual Learning Plan", [
    ("Purpose", "To agree the participant's priority outcomes and how they will work on "
     "them"),
    ("When", "First visit; reviewed at every visit"),
    ("Who", "The participant and you"),
    ("Where it goes", "Copy to the programme leader, who uses it to set the Child Study "
     "focus and the tutor group"),
    ("Counts towards the Award?", "No, but the programme leader must see it."),
])
form(["My priority outcomes (four to six)", "What I will do", "Support from my mentor",
      "Review (visits 2 to 5)"], nblank=4, widths=[4.5, 4.5, 4, 3.5])

tool_box(3, "Three-way agreement", [
    ("Purpose", "To agree what the participant, the head or manager and the mentor will "
     "each do"),
    ("When", "First visit"),
    ("Who", "All three"),
    ("Where it goes", "A copy to each; the original to the programme leader"),
    ("Counts towards the Award?", "No"),
])
for t in [
    "The head or manager agrees to: release the participant for the eight study days "
    "and five visits; give them time to lead a review of provision with colleagues "
    "(Practice Record P4) and to present priorities to the leadership and a governor or "
    "management committee member (P1); and meet the mentor at the first and last "
    "visits.",
    "The participant agrees to: attend every study day; keep the Individual Learning "
    "Plan up to date; and share drafts with the mentor in good time.",
    "The mentor agrees to: make five visits; review the plan; judge the Practice Record "
    "fairly and explain every judgement.",
    "Signed (participant) ________  (head or manager) ________  (mentor) ________  "
    "Date ________",
]:
    para(t)

tool_box(4, "Joint observation of a child", [
    ("Purpose", "To observe a child together and talk about what you both saw"),
    ("When", "Second visit"),
    ("Who", "The participant and you"),
    ("Where it goes", "The participant keeps it"),
    ("Counts towards the Award?", "No. It is practice for the Child Study."),
])
for t in ["What did the child do and say?", "What does this tell us about their "
          "development?", "What might be getting in the way?", "What next, and who "
          "needs to know?"]:
    para("\u2022 " + t)

tb5 = tool_box(5, "Listening to the child", [
    ("Purpose", "To help the participant find out what a young child thinks and feels "
     "about their day, including a child who does not use speech"),
    ("When", "Any visit after Study Day 5"),
    ("Who", "The participant, with the child's key person"),
    ("Where it goes", "The participant keeps it"),
    ("Counts towards the Award?", None),
])
cp = tb5.cell(4, 1).paragraphs[0]
add_del(cp, "Yes. The child's views are a required part of the Child Study.",
        author="Tom Hendry", date="2009-06-03T16:40:00Z")
add_ins(cp, "No. Optional.", author="Tom Hendry", date="2009-06-03T16:41:00Z")
for t in [
    "Ideas from the Mosaic approach: the child takes photographs of places they like "
    "and do not like; the child gives you a tour; the child draws or chooses symbols; "
    "you watch where the child goes and what they choose.",
    "Afterwards: what did the child tell us? What will we change? How will we tell the "
    "child what we did?",
]:
    para(t)
tip("Children who do not use speech still have views. Allow plenty of time, and ask the "
    "people who know the child best how the child says yes and no.")

tool_box(6, "Reflective log prompts", [
    ("Purpose", "To help the participant think about their role and their own learning"),
    ("When", "Between visits"),
    ("Who", "The participant"),
    ("Where it goes", "The participant keeps it"),
    ("Counts towards the Award?", "No. Participants keep it for themselves."),
])
for t in ["What took most of my time this half term? What could I delegate, and to "
          "whom?", "What went well, and what would I do differently?", "What have I read "
          "or learned about SEN this month, and what will I follow up?", "What do I "
          "want to learn next?"]:
    para("\u2022 " + t)

tool_box(7, "Talking with parents", [
    ("Purpose", "To record a meeting with a child's parents or carers"),
    ("When", "During the Child Study"),
    ("Who", "The participant, with the parents; you may attend if the parents agree"),
    ("Where it goes", "Appended to the Child Study"),
    ("Counts towards the Award?", "Yes. The record is marked as part of the Child Study "
     "(EYS701)."),
])
form(["Date and who was there", "What the parents told us about their child",
      "What we agreed", "When we will meet again"], nblank=2, widths=[3.5, 6, 4, 3])
tip("Ask the parents first what they would like to get out of the meeting, and send "
    "them the notes before anyone else sees them.")

tool_box(8, "Practice Record", [
    ("Purpose", "To record your judgement of five pieces of the participant's practice"),
    ("When", "Visits 3 to 5"),
    ("Who", "You, countersigned by the Lead Area SENCO"),
    ("Where it goes", "To the programme leader by 30 June 2010"),
    ("Counts towards the Award?", "Yes. A pass is required for EYS702 and for the "
     "Award."),
])
table([
    ["Item", "What you need to see", "Pass / Refer", "Evidence seen"],
    ["P1", "The participant presents priorities for inclusion to the head or manager and "
     "a governor or management committee member, and wins their support for at least one "
     "change.", "", ""],
    ["P2", "The participant coaches a colleague (using Tool 11) to observe and assess a "
     "child with SEN, and gives the colleague feedback.", "", ""],
    ["P3", "The participant plans and reviews the deployment of a teaching assistant or "
     "key person for children with SEN.", "", ""],
    ["P4", "The participant leads a review of provision with colleagues, using the "
     "provision map.", "", ""],
    ["P5", "The participant talks with a parent about a new concern in a way you judge "
     "fair, respectful and constructive.", "", ""],
], widths=[1.2, 9.5, 2.3, 3.5])
para("A Refer means the item is seen again at a later visit. Explain every judgement to "
     "the participant at the end of the visit.")

tool_box(9, "Provision map", [
    ("Purpose", "To map the provision the setting makes for children with SEN and what "
     "it costs"),
    ("When", "From Study Day 7"),
    ("Who", "The participant, with colleagues"),
    ("Where it goes", "Into the Provision Review Report"),
    ("Counts towards the Award?", "Yes. The completed map is part of the Provision "
     "Review Report (EYS702)."),
])
form(["Need", "Provision", "Who delivers, how often", "Cost", "Is it working? "
      "(evidence)"], nblank=3, widths=[3, 4, 3.5, 2, 4])

tool_box(10, "Team Around the Child meeting checklist", [
    ("Purpose", "To help the participant prepare for and follow up a multi-agency "
     "meeting"),
    ("When", "Whenever one comes up"),
    ("Who", "The participant"),
    ("Where it goes", "The participant keeps it"),
    ("Counts towards the Award?", "No"),
])
for t in ["Before: who needs to be there? Have the family agreed? Is there a Common "
          "Assessment? Who is the lead professional?", "During: is everyone clear what "
          "the family wants? Who will do what, by when?", "After: have the notes gone to "
          "the family first? When is the review?"]:
    para("\u2610 " + t)

tool_box(11, "Coaching conversation guide", [
    ("Purpose", "A simple structure (GROW) for coaching a colleague"),
    ("When", "Before Practice Record item P2"),
    ("Who", "The participant"),
    ("Where it goes", "The participant keeps it"),
    ("Counts towards the Award?", "It is the structure for Practice Record item P2."),
])
for t in ["Goal: what would you like to get better at?", "Reality: what happens now? "
          "What have you tried?", "Options: what could you do? What else?", "Way "
          "forward: what will you do first, and when shall we talk again?"]:
    para("\u2022 " + t)

tool_box(12, "Next Steps Plan", [
    ("Purpose", "To plan the participant's next professional targets once the Award is "
     "done"),
    ("When", "Final visit, with the head or manager present"),
    ("Who", "The participant, the head or manager and you"),
    ("Where it goes", "The participant keeps it and takes it to their performance "
     "management review"),
    ("Counts towards the Award?", "No. It is not marked."),
])
form(["What I want to develop next", "How I will do it", "Support I will need",
      "Agreed with head or manager on"], nblank=3, widths=[4.5, 4.5, 4, 3.5])

# ================================================================== PART C
doc.add_page_break()
hc = doc.add_heading("", level=1)
rc = hc.add_run("Part C  Where each outcome is taught, practised and marked")
doc.add_comment(rc, text="Tom, are we sure everything is covered? I can't see "
                "tests/exams anywhere. (BO)", author="Bernadette Okafor", initials="BO")
para("The left column gives each national minimum outcome in our own words. \"Marked "
     "in\" names the assessed piece; \"-\" means the outcome is not marked.")
groups = [
    ("What a SENCO is like", [
        ("Good relationships with children and families", "Day 5", "Tools 5 and 7",
         "Child Study (Tool 7 appended); Practice Record P5"),
        ("Bringing colleagues and leaders with them", "Day 8", "Tool 3",
         "Practice Record P1"),
        ("Managing time and priorities; delegating", "Day 8", "Tool 6", "-"),
        ("Clear speaking and writing; listening to others", "Days 1 and 8", "All tools",
         "Poster viva; all written work"),
        ("Using research and outside advice", "Day 2", "-", "Provision Review Report"),
        ("Owning their professional development", "Day 8", "Tools 6 and 12", "-"),
    ]),
    ("What a SENCO knows", [
        ("The law and the Code of Practice", "Day 2", "-", "Policy Poster and viva"),
        ("Every Child Matters", "Day 1", "-", "Child Study"),
        ("Disability equality law", "Day 3", "-", "Policy Poster and viva"),
        ("How children develop", "Day 1", "Tool 4", "Child Study"),
        ("The common types of SEN", "Days 3 and 4", "Tool 4", "Child Study"),
        ("Approaches and resources, including ICT", "Day 6", "-", "Child Study"),
        ("Self-evaluation and improvement", "Day 7", "Tool 9", "Provision Review Report"),
        ("Research and best practice", "Day 2", "-", "Provision Review Report"),
        ("Other services and how to get their help", "Day 5", "Tool 10", "-"),
    ]),
    ("What a SENCO does", [
        ("Shaping the setting's inclusion priorities with leaders and governors", "Day 7",
         "Tool 3", "Provision Review Report; Practice Record P1"),
        ("Identifying needs, setting targets, planning and reviewing", "Days 3 and 4",
         "Tool 4", "Child Study"),
        ("Using other professionals' assessments", "Day 5", "Tool 10", "Child Study"),
        ("Tracking progress with summative assessment (EYFS Profile, Key Stage 1)",
         "Day 7", "-", "-"),
        ("Helping colleagues with observation-based assessment", "Day 6",
         "Tools 4 and 11", "Practice Record P2"),
        ("Provision mapping", "Day 7", "Tool 9", "Provision Review Report"),
        ("Deploying staff", "Day 8", "-", "Practice Record P3"),
        ("Supporting colleagues' development", "Day 8", "Tool 11", "Practice Record P2"),
        ("Reviewing provision with colleagues", "Day 7", "Tool 9",
         "Provision Review Report; Practice Record P4"),
        ("Involving children in their own plans", "Day 5", "Tool 5 (optional)", "-"),
        ("Working with parents and carers", "Day 5", "Tool 7",
         "Child Study; Practice Record P5"),
        ("Working with other services, including voluntary organisations", "Day 5",
         "Tool 10", "-"),
    ]),
]
nrows = 1 + sum(1 + len(rows) for _, rows in groups)
om = doc.add_table(rows=nrows, cols=4)
om.style = "Table Grid"
for j, h in enumerate(["What the SENCO needs (our words)", "Taught on",
                       "Practised with you", "Marked in"]):
    set_cell(om.cell(0, j), h, bold=True)
    shade(om.cell(0, j), "DDEBF7")
r = 1
for gname, rows in groups:
    g = om.cell(r, 0).merge(om.cell(r, 3))
    set_cell(g, gname, bold=True)
    shade(g, "EDEDED")
    r += 1
    for row in rows:
        for j, v in enumerate(row):
            set_cell(om.cell(r, j), v)
        r += 1
for row in om.rows:
    for j, w in enumerate([6.5, 2.5, 3, 4.5]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

title("Contacts")
for t in [
    "Bernadette Okafor, Lead Area SENCO: Early Years Inclusion Team, County Hall, "
    "Kingsford, 01827 551 306",
    "Tom Hendry, Programme Leader: School of Education, Danesbury University, Kingsford "
    "campus, 01827 690 412",
    "Claire Maddox, Team Administrator (visit bookings): 01827 551 300",
]:
    para(t)

# comment dates: the editors' round, June 2009
_dates = iter(["2009-06-04T09:15:00Z", "2009-06-04T09:32:00Z", "2009-06-08T14:05:00Z"])
for _c in doc.comments:
    _c._comment_elm.set(qn("w:date"), next(_dates))

doc.save(OUT)
print("wrote", OUT)
