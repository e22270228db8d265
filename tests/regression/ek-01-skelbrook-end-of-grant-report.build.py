"""Build ek-01-skelbrook-end-of-grant-report.docx (blind test application).

KIND OF DOCUMENT
  An end-of-grant report on a charitable funder's form (the Winifred Sallis
  Foundation's "Form EGR3"), sent to the TDA as the application with a short
  covering note. The grant paid for a two-year unaccredited pilot course; the
  report's "What happens next?" section and two annexes describe the accredited
  award for which approval is sought.

PROVIDER (invented)
  Skelbrook Autism Outreach Team, Skelbrook County Council Children's Services,
  based at Fernhill School (a special school for pupils with autism), which
  trains and supports mainstream staff across the county; with the University
  of Haddesley (School of Education), which validated and confers the
  Postgraduate Certificate in Special Educational Needs Coordination (National
  Award), 60 credits at Level 7, three 20-credit units SKH701-SKH703.
  People: Helen Marchbank (team leader), Dr Peter Okafor (University programme
  leader), Rachel Dimmock, Sunil Varma (outreach teachers), Dr Fiona Lister
  (lecturer), Tom Ashcroft (head of Fernhill), Dr Miriam Scholes (external
  examiner, University of Bramwell). Funder: Winifred Sallis Foundation, grant
  WSF/ED/2007/044.

LAYOUT
  - Typed letterhead and covering note to the TDA (says Sections 1-5 and 8 are
    the finished pilot; Section 6 and the Annexes are the award).
  - The funder's form: a cover field table; nine sections, each under a dark
    shaded one-cell "SECTION n" bar, each followed by the Foundation's grey
    italic guidance ("Tell us ...") left in, then the answer.
  - Section 2: outcomes table with a Status column (Achieved / Partly achieved
    / Not achieved) about the grant's targets, not the award.
  - Section 3: activities table (planned / delivered).
  - Section 5: "What did you learn?" in typed numbers 5.1-5.7 that collide with
    requirement ids (5.3 is the young people's group, 5.5 the dropped
    time-management day, 5.6 measuring impact).
  - Section 6: sub-sections 6.1-6.11 (numbering also collides) describing the
    award, with a staff table.
  - Section 7: finance table, underspend request (conditional uses).
  - Section 8: case study inside a text box (wps with a VML fallback).
  - Section 9: declaration, and a blank "For Foundation use only" table.
  - Annex A: unit and session table, tasks and marking criteria, a note saying
    child development is not taught.
  - Annex B: outcome table in the team's own short words: "Developed in" and
    "Assessed for the award in", under a blanket claim that every outcome is
    taught and assessed.
  - Page header (grant reference) and footer (the Foundation's boilerplate).

TRAPS (requirement ids affected)
  - Pro-forma prompts: the grey guidance asks about accessibility, involving
    beneficiaries in evaluation, etc. Never an answer (3.1, 4.3, 5.9).
  - Past arrangements (the pilot): adjustments made for three disabled pilot
    participants (Section 4) are past, not the award's duty -> 3.1 rests on the
    general statement in 6.7 -> partially_met. The pilot steering group with
    heads and a parent "held its last meeting" (6.8) -> 4.3 partially_met
    (stakeholders deliver, evaluation involvement only "would like").
    Parents co-presenting in the pilot (5.4); the award's parent session is
    real (Unit 3 Session 9, Task 2) -> 1.7 met, 6.S8 met.
  - Wrong context: the Section 2 outcomes table is about the grant's targets
    (confidence, exclusions, TA training); "Not achieved" young people's
    reference group (outcome 5) is the pilot's, and pupil consultation in the
    award is taught and assessed (Session 7, Task 2) -> 1.5 met, 6.S7 met.
  - Withdrawn content: the pilot's time-management and delegation day (pilot
    Day 5) "has not been carried into the award" (Section 5.5); Annex B row
    "not in the award" -> 6.A3 not_met.
  - Negation: "The award does not teach child development" (Annex A note)
    -> 6.K4 not_met. Access arrangements for tests are in the county's
    SENCO induction days, not the award (Annex B) -> 6.S2d not_met (another
    programme).
  - Negation, CRB: "The nomination form does not ask about them and we do not
    ask to see disclosures" (6.3); the footer's Foundation boilerplate about
    grant holders' staff having CRB clearance is a footer and about staff
    -> 5.3 not_met.
  - Assessment-only route considered but "there is no such route at present"
    (6.3) -> 2.3 not_met.
  - Prior learning: APCL for EDU7109 is arranged, experiential claims are not
    accepted "until that work is done" (6.3) -> 2.1 partially_met.
  - HadLearn: materials and a peer forum, "tutors do not take part in it";
    tutor support face to face only (6.4) -> 3.3 partially_met.
  - Mentors' guide "is being written" (6.6) -> 5.7 partially_met (tutors are
    inducted and standardised).
  - Conditional: specialist ICT and a follow-up study only "if the Foundation
    agrees" to the underspend (6.8, 6.11, Section 7); library details a
    placeholder "[details from library liaison to follow]" -> 5.6
    partially_met; 5.9 partially_met (confidence audit repeated, pupil
    measures "wherever they can", no cohort aggregation "not yet settled").
  - Blanket claim: "Every one of the national outcomes is taught and assessed
    across the three units" (6.5, Annex B heading) while Annex B shows
    formative-only and absent rows -> 1.9 partially_met, 6.0 partially_met
    (the pass rule itself is clear: all three tasks at 50%, no compensation).
  - Formative-only: learning log "is not marked": 6.A7, 6.K2, 6.S2c, 6.S5
    -> partially_met.
  - Optional assessment: Task 3 "may include" a change to the deployment of
    support staff (Annex A; Annex B "Task 3 (where chosen)") -> 6.S4
    partially_met.
  - Met in unusual places: E.1/E.2 and aims in 6.1; stakeholder evidence and
    the changes it caused in 6.2 (4.1, 4.2 met); entry checks in 6.3 (5.2);
    Starting Point audit and ILP in 6.4 (2.2); two routes and two intakes
    (3.2); placements and specialist contributors (5.5); marking and external
    examiner (5.8); "Next Year" plan (2.5); fee and subsidy (2.4).
"""
import os
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ek-01-skelbrook-end-of-grant-report"
OUT = os.path.join(HERE, NAME + ".docx")

GREY = RGBColor(0x80, 0x80, 0x80)
NAVY = "1F3864"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
for s in doc.sections:
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(2.0)
    s.header.paragraphs[0].text = (
        "Winifred Sallis Foundation  |  End of Grant Report (Final)  |  "
        "Ref WSF/ED/2007/044  |  Skelbrook Autism Outreach Team")
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = (
        "Form EGR3 (rev. 2006). The Foundation requires grant holders to ensure that all "
        "staff and volunteers working with children and young people hold an enhanced CRB "
        "disclosure. Registered charity no. 1094417.")
    s.footer.paragraphs[0].runs[0].font.size = Pt(7)


def para(text="", bold=False, italic=False, size=None, colour=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    if align:
        p.alignment = align
    return p


def body(paras):
    for t in paras:
        if t.startswith("* "):
            para("\u2022  " + t[2:])
        elif t.startswith("- "):
            para("\u2013  " + t[2:])
        else:
            para(t)


def lead(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def guidance(text):
    p = para("Guidance: " + text, italic=True, size=9, colour=GREY)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:val="clear" w:color="auto" w:fill="%s"/>' % fill)
    tcPr.append(shd)


def section_bar(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, NAVY)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r.font.size = Pt(11)
    doc.add_paragraph()


def table(rows, widths=None, header=True, size=9, head_fill="D9E2F3", groups=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, head_fill)
            if widths:
                c.width = Cm(widths[j])
        if groups and i > 0 and len(row) > 1 and all(v == "" for v in row[1:]):
            m = t.cell(i, 0).merge(t.cell(i, len(row) - 1))
            for r in m.paragraphs[0].runs:
                r.bold = True
            for extra in m.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            shade(m, "F2F2F2")
    doc.add_paragraph()
    return t


def textbox(paras, box_id=501, height_cm=12.5):
    """An inline text box: wps shape with a VML fallback holding the same text."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def content():
        out = []
        for k, t in enumerate(paras):
            bold = k == 0
            out.append(
                '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="19"/></w:rPr>'
                '<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % ("<w:b/>" if bold else "", t.replace("&", "&amp;").replace("<", "&lt;")))
        return "".join(out)

    cx = int(17.0 * 360000)
    cy = int(height_cm * 360000)
    xml = (
        '<w:r xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF8E1"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        '<v:shape id="TextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:481.9pt;height:%.1fpt" fillcolor="#fff8e1" strokecolor="#bf9000" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (W, cx, cy, box_id, box_id, cx, cy, content(), box_id, 1025 + box_id,
           height_cm * 28.35, content()))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ====================================================================== letterhead
para("SKELBROOK COUNTY COUNCIL  \u00b7  CHILDREN'S SERVICES", bold=True, size=12)
para("Autism Outreach Team  \u00b7  Fernhill School  \u00b7  Ashby Road  \u00b7  Skelbrook SK4 9QT  "
     "\u00b7  Tel 01632 960418", size=9)
para()
lead("To:", "The SENCO Approvals Team, Training and Development Agency for Schools")
lead("From:", "Helen Marchbank, Team Leader, Skelbrook Autism Outreach Team; and Dr Peter Okafor, "
     "Programme Leader, School of Education, University of Haddesley")
lead("Date:", "27 April 2009")
lead("Re:", "Application for approval: Postgraduate Certificate in Special Educational Needs "
     "Coordination (National Award)")
para()
body([
    "As agreed with your approvals officer by telephone on 2 April, we are sending, as our "
    "application, the final report we have just made to the Winifred Sallis Foundation on the "
    "two-year grant that paid for our pilot SENCO course, with the two annexes we prepared for "
    "the Foundation's trustees.",
    "A word on how to read it. Sections 1 to 5 of the report, and the case study in Section 8, "
    "describe the pilot 'Autism-Confident SENCO' course, which ran in 2007-08 and 2008-09 and has "
    "now finished. The pilot was not accredited. Section 6 ('What happens next?') and Annexes A "
    "and B describe the accredited programme for which we are asking for approval, starting in "
    "September 2009. Where the pilot and the award differ, Section 6 and the annexes say what we "
    "will do. The grey guidance notes are the Foundation's own, and we have left the form as it is.",
    "Helen Marchbank                                        Dr Peter Okafor",
])
para()

# ====================================================================== the form
para("THE WINIFRED SALLIS FOUNDATION", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Education and Young People Programme", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para("END OF GRANT REPORT (Form EGR3)", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
guidance("Please complete every section. Keep to the word guidance given. Reports that are late or "
         "incomplete may delay consideration of any future application. Please do not send "
         "glossy publications or videos.")
table([
    ["Grant reference", "WSF/ED/2007/044"],
    ["Organisation", "Skelbrook County Council (Children's Services): Autism Outreach Team, "
     "based at Fernhill School"],
    ["Project title", "Autism-Confident SENCOs: building capacity in Skelbrook's mainstream schools"],
    ["Grant awarded", "\u00a358,400 (2007-08 \u00a329,900; 2008-09 \u00a328,500)"],
    ["Grant period", "1 April 2007 to 31 March 2009"],
    ["Report type", "Final (end of grant)"],
    ["Main contact", "Helen Marchbank, Team Leader"],
    ["Date of report", "24 April 2009"],
], widths=[4.5, 12.5], header=False)

# ---------------------------------------------------------------------- Section 1
section_bar("SECTION 1   PROJECT SUMMARY")
guidance("In no more than 300 words, remind us what your project set out to do, who it was for and "
         "what it achieved. Trustees read this section first.")
body([
    "Skelbrook is a large rural county with 312 schools. In January 2007, 61% of the 410 Skelbrook "
    "pupils with a statement naming autism were in mainstream schools, and they accounted for "
    "almost a fifth of all fixed-term exclusions of pupils with statements. Our survey of "
    "mainstream SENCOs that month found that fewer than a third felt confident planning for a "
    "pupil with autism, and most had had no training on autism beyond a single twilight.",
    "The project set out to change this by training the people who coordinate SEN provision in "
    "mainstream schools. Over two years we ran the 'Autism-Confident SENCO' course twice (39 "
    "SENCOs from 37 schools completed it), followed each SENCO up with two outreach visits to "
    "their school, ran parent workshops across the county, trained 'Autism Champion' teaching "
    "assistants and set up a loan library of books and assessment materials at Fernhill School.",
    "SENCOs' confidence rose sharply and exclusions of pupils with autism in the participating "
    "schools fell by a third. The course will not end with the grant: the University of Haddesley "
    "has validated an accredited successor, which the team and the University will teach together "
    "from September 2009 (Section 6).",
])

# ---------------------------------------------------------------------- Section 2
section_bar("SECTION 2   PROGRESS AGAINST YOUR AGREED OUTCOMES")
guidance("List each outcome exactly as agreed in your grant offer letter. For each, give the target, "
         "what was achieved and how you know, and choose a status: Achieved / Partly achieved / "
         "Not achieved. If an outcome was not achieved, tell us why in Section 5.")
table([
    ["No.", "Agreed outcome", "Target", "What was achieved", "How we know", "Status"],
    ["1", "Mainstream SENCOs are more confident in planning for pupils with autism",
     "75% of participants rate themselves 'confident' or better at the end",
     "36 of 39 (92%); at the start, 9 of 39 (23%)",
     "Self-rating at start and end", "Achieved"],
    ["2", "Pupils with autism in participating schools are excluded less often",
     "20% fewer fixed-term exclusion days than in 2006-07",
     "212 days down to 141 (33% fewer)",
     "County exclusions data", "Achieved"],
    ["3", "Parents of children with autism are better informed and more involved in planning",
     "12 workshops; 150 parents", "14 workshops; 131 parents; 88% rated 'useful' or better",
     "Registers; evaluation forms", "Partly achieved"],
    ["4", "Teaching assistants are trained as Autism Champions", "Champions in 40 schools",
     "46 TAs from 38 schools", "Registers", "Partly achieved"],
    ["5", "Young people with autism help to shape the training",
     "A young people's reference group meets termly",
     "Met twice (June and October 2007), then lapsed", "Notes of meetings", "Not achieved"],
    ["6", "A lasting, accredited route for SENCO training is in place by the end of the grant",
     "Accredited course validated and ready to recruit",
     "Validated 12 March 2009; TDA application made",
     "Validation report", "Partly achieved (TDA decision awaited)"],
], widths=[0.9, 3.6, 3.0, 3.6, 3.4, 2.3], size=8)

# ---------------------------------------------------------------------- Section 3
section_bar("SECTION 3   ACTIVITIES AND OUTPUTS")
guidance("Tell us what you did with the grant. A table is fine.")
table([
    ["Activity", "Planned", "Delivered", "Notes"],
    ["Course days (Autism-Confident SENCO)", "16", "16",
     "Cohort 1: 18 SENCOs, Sept 2007-June 2008. Cohort 2: 21 SENCOs, Sept 2008-March 2009"],
    ["Outreach follow-up visits to participants' schools", "80", "78",
     "Two per participant; one participant moved out of the county"],
    ["Parent workshops", "12", "14",
     "Two extra in the north of the county at the Autism Parents' Group's request"],
    ["Autism Champion TA training", "6 days", "6 days", "Three days a year at Fernhill"],
    ["Loan library", "400 loans", "412 loans",
     "640 titles and 22 assessment kits; loans by post to the north of the county"],
    ["End-of-project conference", "1", "1", "'Confident Schools', 13 March 2009, 142 delegates"],
    ["Independent evaluation", "1 report", "1 report",
     "Centre for Inclusion Research, University of Haddesley"],
], widths=[5.0, 2.0, 2.0, 8.0], size=8)
body([
    "The pilot course ran for eight days at Fernhill School. Each day combined a morning of taught "
    "input with an afternoon in Fernhill's classrooms or in one of the county's two autism resource "
    "bases. Participants kept a portfolio of school-based tasks, which was read by their outreach "
    "teacher but not marked, and received a certificate of attendance.",
])

# ---------------------------------------------------------------------- Section 4
section_bar("SECTION 4   WHO BENEFITED")
guidance("Give numbers. Tell us about the people who took part, using the equality monitoring "
         "categories in your offer letter. Tell us how you made sure your project was accessible "
         "to disabled people.")
body([
    "Directly: 39 SENCOs (31 primary, 6 secondary, 2 special), 46 teaching assistants and 131 "
    "parents and carers. Indirectly: about 260 pupils with autism in the 37 participating schools.",
    "Of the 39 SENCOs, 33 were women and 6 men; 37 described themselves as white British and 2 as "
    "belonging to other ethnic groups; 3 told us that they had a disability.",
    "For the three SENCOs who told us of a disability we sent handouts in advance (in a larger "
    "font for one), used Fernhill's hearing loop, and allowed one participant to present her "
    "portfolio as an audio recording. Parent workshops were held in the evenings and on Saturdays, "
    "with a crèche.",
])

# ---------------------------------------------------------------------- Section 5
section_bar("SECTION 5   WHAT DID YOU LEARN?")
guidance("What worked well? What did not work, and why? What would you do differently? Trustees "
         "value honesty here: it helps them decide what to fund in future.")
body([
    "5.1  The outreach visits mattered most. Asked what had made the biggest difference, 31 of the "
    "39 SENCOs named the two visits from their outreach teacher. The award keeps a tutor's visit "
    "and adds a school-based mentor (Section 6.4).",
    "5.2  Autism alone was not enough. Heads told us, at the Primary Heads' Association in "
    "November 2008, that a SENCO who is confident about autism but unsure about dyslexia or "
    "behaviour is not what their schools need. Now that new SENCOs must hold the National Award, "
    "the accredited course has to cover every area of need. It does, and autism stays as a "
    "thread running through it.",
    "5.3  Young people's voice: we did not manage it. The reference group of five young people "
    "from Fernhill and two mainstream secondaries met twice and gave us good advice about what "
    "teachers get wrong, but it lapsed when the member of staff who ran it went on maternity "
    "leave. We would like to revive it, perhaps with Connexions, but have not yet found a way.",
    "5.4  Parents as co-trainers. In the pilot, two parents from the Skelbrook Autism Parents' "
    "Group co-presented the day on families, and participants rated it the most memorable "
    "session. We have not yet agreed with the University how parents can be paid as visiting "
    "speakers, so in the award the session is led by Sunil Varma with a filmed interview with "
    "two parents, recorded in March 2009. We hope to bring parents back into the room.",
    "5.5  Time, priorities and delegation. Pilot Day 5, 'The SENCO's week: priorities, time and "
    "delegation', was the best-rated day of the pilot in both years. It has not been carried into "
    "the award: the University's validation panel asked for more on the law and on disability "
    "equality, and something had to give. We have suggested to the county's leadership "
    "development team that their middle leaders' programme might pick it up.",
    "5.6  Measuring what changed for pupils. Exclusions data told us something, but nothing about "
    "learning or how pupils feel about school (see Section 6.8).",
])

# ---------------------------------------------------------------------- Section 6
section_bar("SECTION 6   WHAT HAPPENS NEXT?")
guidance("How will the work continue now that the grant has ended? Who will pay for it? If you have "
         "an underspend, tell us how you propose to use it (Section 7). Tell us how you will involve "
         "the people who benefit in evaluating the work from now on.")

para("6.1  The National Award", bold=True)
body([
    "The Postgraduate Certificate in Special Educational Needs Coordination (National Award) was "
    "validated by the University of Haddesley's Faculty of Education, Health and Community at a "
    "validation event on 12 March 2009, with two conditions that have since been met. It is a "
    "60-credit award at Level 7 (Master's level) of the University's Postgraduate Framework, made "
    "up of three 20-credit units (SKH701, SKH702 and SKH703), and the credit can be carried into "
    "the University's MA Inclusive Education. The University confers the award and holds the "
    "examination board; the Autism Outreach Team and the University's School of Education teach it "
    "together under a partnership agreement signed on 30 March 2009.",
    "The award is not an autism course: it covers the whole range of special educational needs and "
    "disabilities, and autism runs through it as a worked example.",
    "What the award is for. We judge ourselves first by what happens to pupils. The award's aim is "
    "that children and young people with SEN and/or disabilities in participants' schools make "
    "better progress and have a better time at school: higher attainment, but also better "
    "attendance and fewer exclusions, feeling safe, being healthy, taking part in the wider life of "
    "the school and being ready for the next stage, which are the five Every Child Matters "
    "outcomes. Each of the three assessed tasks ends with a section on what changed for the pupils "
    "concerned, and the marking criteria give it weight (Annex A). The second aim is that "
    "participants can lead that work: with senior leaders and governors, with colleagues, with "
    "parents and carers, with pupils themselves and with other services.",
])

para("6.2  Where the programme came from", bold=True)
body([
    "The award was shaped by three sources of evidence, gathered during the grant:",
    "* the January 2007 survey of SENCOs (71 replies from the 96 schools invited), repeated in "
    "January 2009 with all 312 schools (184 replies, 59%). In 2009 the needs SENCOs put first were: "
    "knowing the law and the Code of Practice well enough to explain them to others (64%); using "
    "data to show the progress of pupils working below age-related expectations (58%); managing "
    "teaching assistants (55%); communication and autism (51%); and behaviour (47%);",
    "* the independent evaluation of the pilot by the Centre for Inclusion Research (February "
    "2009), which interviewed 12 SENCOs, 8 heads and 10 parents;",
    "* meetings with the Skelbrook Primary Heads' Association and the Secondary Heads' Forum "
    "(November 2008), and with the county's SEN Strategy Group (January 2009), whose members "
    "include the Parent Partnership Service, the Educational Psychology Service, the PCT's speech "
    "and language therapy service and two parent representatives.",
    "What changed as a result:",
    "- A unit on the law, disability equality and the SENCO's strategic role (SKH701) was added, "
    "because SENCOs put it first in the 2009 survey and the validation panel asked for it.",
    "- The award covers all areas of need, with optional workshops, because the heads asked for it.",
    "- A twilight route was added for small rural primaries whose heads cannot release a SENCO for "
    "whole days (Primary Heads' Association).",
    "- Task 1 ends with a presentation to the head and a governor, because the SEN Strategy Group "
    "wanted SENCOs who can hold their own with governors.",
    "- Task 2 asks participants to hold at least one planning meeting with the pupil's parents or "
    "carers and to show how their views shaped the plan, because several parents interviewed in "
    "the evaluation said they had been 'told, not asked'.",
])

para("6.3  Who it is for and how people join", bold=True)
body([
    "Applicants must hold QTS, be in post as the SENCO (or be designated by their head to take up "
    "the role by the start of the course) in a Skelbrook school or a school in a neighbouring "
    "authority, and be nominated by their head. The head's nomination form confirms release for "
    "the taught days, names a mentor from the school's leadership team, and agrees that the "
    "participant may carry out the school-based tasks with pupils, staff and parents.",
    "Each applicant then has a 30-minute conversation with a tutor, which goes through their "
    "Starting Point audit (6.4) and checks that their role will give them the opportunities the "
    "tasks need. Where someone is not ready, the tutor writes to them and to their head setting out "
    "what would help (often a term in post and the county's two-day SENCO induction) and offers a "
    "place on a later intake, and Helen Marchbank rings the head to talk it through.",
    "Participants are serving teachers, and safer recruitment checks on them are a matter for "
    "their employing school or authority. The nomination form does not ask about them and we do "
    "not ask to see disclosures.",
    "Credit for earlier study. Teachers who have passed the University's 20-credit module "
    "'Autism and Inclusion in Mainstream Schools' (EDU7109) within the last five years may have it "
    "counted in place of SKH702, provided they also submit the 1,000-word needs briefing that "
    "forms Part A of Task 2, so that every outcome of SKH702 has been assessed. The University's "
    "regulations allow credit for experiential learning too, but the validation panel asked us to "
    "think again about how such claims would be judged against the national outcomes, and no "
    "experiential claims will be accepted until that work is done.",
    "Assessment only. We looked hard at an assessment-only route, mainly with experienced outreach "
    "and support-service teachers in mind, some of them in our own team. The University's "
    "regulations do not allow a postgraduate certificate to be conferred without registration on "
    "its units, so there is no such route at present. Anyone who asks will be advised to take the "
    "programme, with credit for EDU7109 where it applies. We mean to raise it again with the "
    "University in 2010.",
])

para("6.4  How the programme runs", bold=True)
body([
    "Starting Point. Before the first session every participant completes the Starting Point "
    "audit: a rating from 1 ('new to me') to 4 ('I could teach this to colleagues') against each "
    "of the national outcomes, with a line of evidence for each rating. The tutor reads it before "
    "the first individual tutorial, where tutor and participant agree an Individual Learning Plan "
    "(ILP). The ILP names the outcomes the participant most needs to work on, which two of the "
    "five optional workshops they will take, the pupil and the area of provision they will use for "
    "Tasks 2 and 3, and where they will go on placement. It is reviewed at the second tutorial and "
    "again before Task 3 is planned.",
    "Two routes, two starts. The day route runs at Fernhill School (ten days, 9.15 to 3.30). The "
    "twilight route runs at the Skelbrook North Professional Development Centre in Ormsby (twenty "
    "sessions, 4.00 to 7.00) and covers the same content. Participants may move between routes "
    "from one unit to the next. There are intakes in September and February. SKH701 comes first, "
    "but SKH702 and SKH703 can be taken in either order, and participants may finish in one year "
    "or spread the units over two.",
    "Strands and workshops. Sessions 5 and 6 split into primary and secondary groups, and each "
    "participant chooses two of five optional workshops (dyslexia; behaviour; speech, language and "
    "communication; autism in the secondary school; sensory and physical needs).",
    "Placements. Every participant spends two days on placement: one at Fernhill, and one in a "
    "specialist setting chosen to fit their ILP: the two autism resource bases (at Ormsby Primary "
    "and Kingsclere High), the language resource base at St Bede's Primary, the hearing-impaired "
    "resource base at Castle Vale Primary or the Pupil Referral Unit at Brookside. The team "
    "arranges the placements and briefs each host on the participant's ILP focus.",
    "Specialist contributors. Sessions are co-led with the Educational Psychology Service "
    "(assessment and consultation), the PCT speech and language therapy service, the CAMHS "
    "learning disability team, the Skelbrook Dyslexia Association (a voluntary organisation) and "
    "the county's Pupil Access Team (exclusions and attendance).",
    "In school between sessions. Each taught day sets a school-based task (shadowing a pupil for a "
    "morning, say, or drawing a provision map for one year group) that builds towards the assessed "
    "work and is signed off by the school mentor. Each participant's tutor visits their school "
    "once, in the second term.",
    "HadLearn. The University's virtual learning environment holds all session materials, "
    "readings and narrated slide presentations of each day's input, so that a participant who "
    "misses a day can catch up. Each tutorial group has a discussion forum, which is for "
    "participants to share ideas with each other; tutors do not take part in it. Tutor support is "
    "given face to face, at the tutorials and on taught days. Assignments are submitted and "
    "returned through HadLearn.",
])

para("6.5  How it is assessed", bold=True)
body([
    "There are three assessed tasks, one for each unit, each set in the participant's own school: "
    "Task 1, Policy into practice; Task 2, Knowing the learner; and Task 3, Leading change. "
    "Annex A gives the detail and Annex B shows which national outcomes each one assesses. "
    "Participants also keep a learning log, reviewed at tutorials; it is formative and is not "
    "marked.",
    "The award. To gain the award a participant must pass all three tasks, each at 50% or above. "
    "There is no compensation between tasks, and a failed task may be resubmitted once. Every one "
    "of the national outcomes is taught and assessed across the three units, as the table in "
    "Annex B shows.",
    "Marking and moderation. Tutors first-mark their own tutor group's work. A University tutor "
    "second-marks a 25% sample of every task, together with all fails and all marks of 70% or "
    "above. All markers meet for a standardisation session before each marking round, working "
    "from scripts marked in advance. The external examiner, Dr Miriam Scholes (Senior Lecturer in "
    "Special Education, University of Bramwell), sees a sample of every task, including all fails "
    "and borderline work, reports each year, and attends the University's examination board.",
    "Task 3 is the heart of the award: participants lead a real change in their school and show "
    "what difference it made to pupils, so the award cannot be passed by writing alone.",
])

para("6.6  Who teaches it", bold=True)
table([
    ["Tutor", "Part in the award", "Background"],
    ["Helen Marchbank", "Co-leader; teaches SKH701 and SKH703",
     "Team Leader since 2003; SENCO in two primary schools, then deputy head at Fernhill; "
     "MEd Autism (University of Carrow)"],
    ["Dr Peter Okafor", "University programme leader; teaches SKH701",
     "Senior Lecturer in Inclusive Education; educational psychologist in Skelbrook 1996-2004; "
     "doctorate on the exclusion of pupils with autism"],
    ["Rachel Dimmock", "Tutor, SKH702",
     "Senior Outreach Teacher; secondary SENCO for eleven years; PG Certificate in Specific "
     "Learning Difficulties with AMBDA"],
    ["Sunil Varma", "Tutor, SKH702 and SKH703",
     "Outreach Teacher; former primary SENCO; Advanced Diploma in Speech, Language and "
     "Communication Needs; trainer for the Autism Champion programme"],
    ["Dr Fiona Lister", "Second marker; teaches Session 8",
     "Lecturer, University of Haddesley; research on the deployment of teaching assistants and "
     "on provision mapping"],
], widths=[3.2, 4.8, 9.0], size=8)
body([
    "All three outreach tutors keep a caseload of at least two days a week in mainstream schools, "
    "so what they teach is what they do.",
    "The three outreach tutors are associate tutors of the University and attended its two-day "
    "associate tutor induction in April 2009 (regulations, marking at Level 7, HadLearn). All markers attend the standardisation sessions. A short guide for "
    "school mentors, setting out what we ask of them and how to sign off school-based tasks, is "
    "being written and will be sent to mentors with the nomination pack.",
])

para("6.7  Access and equality", bold=True)
body([
    "The award is covered by the University's equal opportunities policy, and participants are "
    "entitled to the same support from its Disability Advisory Service as any other student. "
    "Fernhill's training suite is on the ground floor, with level access, an accessible toilet and "
    "a hearing loop, and the Ormsby centre has a lift to its first-floor rooms.",
])

para("6.8  How we will know it is working", bold=True)
body([
    "Evaluation. Participants evaluate each taught day and each unit, and a University colleague "
    "who does not teach on the award runs a mid-year focus group. Two participant representatives sit on "
    "the Programme Committee, which meets each term, considers the evaluations and the external "
    "examiner's report, and writes an action plan each July. The plan goes to the Faculty Quality "
    "Committee as part of the University's annual monitoring, and the changes are reported to the "
    "next cohort on HadLearn under 'You said, we did'.",
    "Stakeholders. Stakeholders help to deliver the award (6.4) and their evidence shaped it (6.2). "
    "The Foundation's project steering group, on which two heads and a parent sat, held its last "
    "meeting in March 2009. We would like heads and parents to have a part in evaluating the award "
    "as well, and will be talking to the Heads' Association and the Parent Partnership Service "
    "about how this might work.",
    "Impact. Participants repeat the Starting Point audit at the end of the award, so that they "
    "and we can see the change in their confidence and in their own judgement of what they can "
    "do. In Tasks 2 and 3 they record baseline and follow-up measures for the pupils involved "
    "wherever they can: attainment, attendance, exclusions, or the pupil's own rating. We have not "
    "yet settled how these will be brought together across a cohort. If the Foundation agrees to "
    "carry forward the underspend (Section 7), the Centre for Inclusion Research would revisit a "
    "sample of participants' schools a year after they finish, to see whether the changes have "
    "lasted.",
])

para("6.9  After the award", bold=True)
body([
    "The last taught day ends with each participant drafting a 'Next Year' plan: two or three "
    "development targets for the following year, with the support and training they will need, "
    "on a template the team designed. Mentors are invited to the last hour of the day, and "
    "participants take the plan to their performance management review. We also tell them about "
    "the University's MA route and the team's Autism Lead Practitioner network.",
])

para("6.10  Paying for it", bold=True)
body([
    "The fee is \u00a31,250 for the award. Skelbrook County Council will pay \u00a3600 of this for SENCOs "
    "in its maintained schools, from its school improvement budget for 2009-10 and 2010-11, so "
    "that most schools will pay \u00a3650. Fernhill provides its training rooms without charge, and "
    "the team's time is met from its core budget, which is how the fee stays well below the "
    "University's usual postgraduate rate. We expect two cohorts of 16 a year.",
])

para("6.11  Resources", bold=True)
body([
    "Participants have full access to the University library and its e-journals [details from "
    "library liaison to follow], to the Fernhill loan library (now 640 titles and 22 assessment "
    "kits, including the Boxall Profile and the British Picture Vocabulary Scale) and to HadLearn. "
    "What we do not yet have is specialist ICT for participants to try out. We would like to buy "
    "laptops loaded with symbol-writing and text-to-speech software, and a small set of "
    "communication aids, using the underspend if the Foundation agrees (Section 7).",
])

# ---------------------------------------------------------------------- Section 7
section_bar("SECTION 7   FINANCE")
guidance("Show your budget against actual spending for the whole grant. Explain any variance of more "
         "than 10% on any line. Underspends must be returned unless trustees agree otherwise.")
table([
    ["Budget heading", "Budget (\u00a3)", "Actual (\u00a3)", "Variance (\u00a3)"],
    ["Supply cover for SENCOs on course days", "23,760", "22,980", "-780"],
    ["Outreach tutor time (0.3 FTE over two years)", "16,200", "16,200", "0"],
    ["Parent workshops (venues, crèche, materials)", "4,800", "5,390", "+590"],
    ["Autism Champion TA training", "3,600", "3,420", "-180"],
    ["Loan library (books, kits, postage)", "3,840", "2,610", "-1,230"],
    ["Independent evaluation", "3,000", "3,000", "0"],
    ["End-of-project conference", "2,000", "1,480", "-520"],
    ["Young people's reference group", "1,200", "210", "-990"],
    ["Total", "58,400", "55,290", "-3,110"],
], widths=[8.0, 3.0, 3.0, 3.0], size=9)
body([
    "Variances. Two extra parent workshops were added; publishers' discounts were larger than "
    "expected; Kingsclere High donated the conference venue; the young people's group lapsed "
    "(Section 5.3).",
    "Underspend. We ask trustees to allow us to keep the underspend of \u00a33,110, to buy specialist "
    "ICT for the award's participants to use (\u00a31,900) and to part-fund a follow-up study of "
    "participants' schools by the Centre for Inclusion Research (\u00a31,210). If trustees prefer, "
    "we will return it.",
])

# ---------------------------------------------------------------------- Section 8
section_bar("SECTION 8   CASE STUDY")
guidance("Tell us the story of one person or organisation who benefited from the project. Please make "
         "sure you have their permission to share it. You may put it in a box if you wish.")
textbox([
    "Mrs L., SENCO at a 90-pupil village primary school (Cohort 1, 2007-08)",
    "Mrs L. had been SENCO for a year, alongside a full-time Year 5 and 6 class, when she joined the "
    "pilot. Her school had one pupil with a statement for autism, Jamie, then in Year 4, who had been "
    "excluded twice for a day in the previous term after 'meltdowns' at lunchtime.",
    "'I knew the word autism, and I knew Jamie, but I didn't put the two together,' she told the "
    "evaluators. After a morning shadowing a pupil at Fernhill she came back with a visual timetable, a "
    "lunchtime plan and questions for Jamie's mum, and her outreach teacher helped her train the "
    "school's three teaching assistants.",
    "Jamie has not been excluded since, and his mother, who had 'dreaded the phone ringing', now comes "
    "to his reviews with her own list. Mrs L. has asked to be one of the first to take the accredited "
    "award. 'The pilot changed how I work. I would have liked it to count for something. From "
    "September, it will.'",
    "(Shared with Mrs L.'s permission and that of Jamie's mother. Names changed.)",
], box_id=501, height_cm=8.0)
para()

# ---------------------------------------------------------------------- Section 9
section_bar("SECTION 9   DECLARATION")
guidance("This report must be signed by the person named as the main contact and countersigned by a "
         "senior person in your organisation.")
body([
    "I confirm that the information in this report is accurate and that the grant has been spent on "
    "the purposes for which it was given.",
    "Signed: Helen Marchbank, Team Leader, Skelbrook Autism Outreach Team        Date: 24 April 2009",
    "Countersigned: Tom Ashcroft, Headteacher, Fernhill School                    Date: 24 April 2009",
])
table([
    ["FOR FOUNDATION USE ONLY", ""],
    ["Date received", ""],
    ["Grants officer", ""],
    ["Underspend decision", ""],
    ["Further application invited?", ""],
], widths=[6.0, 11.0], size=8, head_fill="EDEDED", groups=False)

# ---------------------------------------------------------------------- Annex A
doc.add_page_break()
para("ANNEX A   The Postgraduate Certificate in SEN Coordination (National Award): units, sessions "
     "and tasks", bold=True, size=11)
para("Session numbers are for the day route. On the twilight route each session is taught over two "
     "twilights.", italic=True, size=9)
table([
    ["Session", "Content", "Led by"],
    ["SKH701  The SENCO, the law and the whole school", "", ""],
    ["1", "The SENCO's job. The SEN Code of Practice (2001): the graduated response, School Action "
     "and School Action Plus, statutory assessment and annual reviews; the Education Act 1996 and "
     "the Special Educational Needs and Disability Act 2001; the SENCO Regulations 2008; what the "
     "law asks of governors, the head and the SENCO.",
     "Helen Marchbank, Dr Okafor"],
    ["2", "Disability, equality and well-being. The Disability Discrimination Act 1995 as amended in "
     "2005: reasonable adjustments, the disability equality duty, accessibility plans. Every Child "
     "Matters (2004), the Children Act 2004 and Removing Barriers to Achievement (2004): the five "
     "outcomes and what a SENCO can do for each.",
     "Dr Okafor"],
    ["3", "The SENCO in the leadership of the school. Shaping an inclusive ethos with the head and "
     "governors; the SEN policy; school self-evaluation, the SEF and SEN; budgets and resources; "
     "winning the support of senior leaders; Ofsted (2004) Special educational needs and "
     "disability: towards inclusive schools; Ofsted (2006) Inclusion: does it matter where pupils "
     "are taught?",
     "Helen Marchbank"],
    ["SKH702  Knowing the learner", "", ""],
    ["4", "Areas of need. Autism (including the 2008 review of educational provision for "
     "children on the autism spectrum by Jones and colleagues for the Autism Education Trust); "
     "speech, language and communication needs and the Bercow Review (2008); specific learning "
     "difficulties and dyslexia; behavioural, emotional and social difficulties; moderate learning "
     "difficulties; how each affects learning.",
     "Team; PCT speech and language therapy; Skelbrook Dyslexia Association"],
    ["5 (primary / secondary strands)", "Identifying and assessing needs. Observation, screening, "
     "P scales and national curriculum assessment; reading and using reports from educational "
     "psychologists, therapists and advisory teachers; setting challenging targets; the IEP and "
     "its alternatives.",
     "Rachel Dimmock; Educational Psychology Service"],
    ["6 (primary / secondary strands)", "Teaching approaches and tracking progress. Structured "
     "teaching, visual supports, precision teaching; the evidence on interventions (Brooks, 2007, "
     "What works for children with literacy difficulties?); ICT to remove barriers. Assessment for "
     "learning with pupils with SEN, and helping colleagues to use it. Using national test "
     "results, teacher assessment and RAISEonline to track progress and change programmes.",
     "Rachel Dimmock, Sunil Varma"],
    ["7", "The pupil's voice. Finding out what pupils think, including pupils with little or no "
     "speech: Talking Mats, visual questionnaires, person-centred reviews; involving pupils in "
     "setting and reviewing their own targets; building relationships with pupils and families.",
     "Sunil Varma"],
    ["SKH703  Leading provision with colleagues, families and services", "", ""],
    ["8", "Provision mapping. Mapping and costing provision; finding gaps and provision that is not "
     "working; deploying and managing teaching assistants (first findings of the DISS project, "
     "2008); reviewing provision with colleagues and feeding the review into school "
     "self-evaluation; making decisions about provision on evidence.",
     "Dr Fiona Lister, Helen Marchbank"],
    ["9", "Working with colleagues and families. Coaching and modelling; observing teaching and "
     "giving feedback; planning training for staff; families as partners (filmed interview with "
     "two parents; the Parent Partnership Service); advising parents; difficult conversations.",
     "Sunil Varma"],
    ["10", "Working with other services. The Educational Psychology Service, speech and language "
     "therapy, CAMHS, social care and voluntary organisations such as the National Autistic "
     "Society; the Common Assessment Framework; getting specialist advice and resources. "
     "Afternoon: 'Next Year' plans (6.9).",
     "CAMHS learning disability team; Pupil Access Team; Helen Marchbank"],
], widths=[3.0, 10.5, 3.5], size=8)
para("Child development. The award does not teach child development as a topic. Participants are "
     "qualified teachers who met it in their initial training, and in neither pilot cohort did the "
     "Starting Point audit show it as a need.", size=9)
para()
para("The assessed tasks and their marking criteria", bold=True)
body([
    "Task 1 (SKH701): Policy into practice. 3,000 words and a ten-minute presentation. Criteria: "
    "accurate knowledge of the SEN Code of Practice and SEN law, and what they mean for this school; "
    "understanding of the disability equality duty and what the accessibility plan must do; "
    "recommendations that would improve the school's ethos, policy and use of resources for pupils "
    "with SEN and/or disabilities; clear, persuasive writing and speaking; the head's or governor's "
    "written response, and what the participant did to win their support.",
    "Task 2 (SKH702): Knowing the learner. Part A (1,000 words): a staff briefing on two areas of "
    "need other than the case-study pupil's, marked on an accurate account of how each affects "
    "learning. Part B (3,000 words): a case study of one pupil. "
    "Criteria: how the pupil's needs were identified, using observation, the school's data and the "
    "assessments of other professionals; challenging targets; an intervention planned and reviewed; "
    "the pupil's views, gathered in a way that suits the pupil, and how they shaped the plan; at "
    "least one planning or review meeting with the parents or carers, with notes, and a reflection "
    "on the relationship built with the pupil and family; a critical choice of approaches and "
    "resources, including ICT; tracking with summative data, including national test or teacher "
    "assessment results, and changing the programme in the light of them; use of research; what "
    "changed for the pupil.",
    "Task 3 (SKH703): Leading change. 4,000 words and a 15-minute professional discussion. "
    "Criteria: a provision map showing gaps and provision that is not working; the change the "
    "participant led, and the problems they foresaw and dealt with; judgements about provision "
    "supported by evidence and research; reviewing the provision with colleagues and how the review "
    "fed the school's self-evaluation; involving at least one outside service or voluntary "
    "organisation; baseline and follow-up measures for the pupils; in the professional discussion, "
    "clear explanation and thoughtful response to questions. The change may include a change to the "
    "deployment of teaching assistants or other support staff, in which case the account must show "
    "how they were deployed and managed.",
    "Learning log (formative, not marked). Entries after each session, read by the tutor before "
    "each tutorial: for example, a coaching conversation with a colleague, helping a colleague with "
    "assessment for learning, what Every Child Matters means in the participant's school, and the "
    "participant's own reading and development.",
])

# ---------------------------------------------------------------------- Annex B
doc.add_page_break()
para("ANNEX B   The national outcomes: where they are developed and where they are assessed",
     bold=True, size=11)
para("Every national outcome is taught and assessed. The outcomes are given in our own short words; "
     "'Session' numbers refer to Annex A.", italic=True, size=9)
table([
    ["National outcome (in short)", "Developed in", "Assessed for the award in"],
    ["Professional attributes", "", ""],
    ["Good working relationships with pupils and their families", "Sessions 7, 9; placements",
     "Task 2 Part B"],
    ["Winning the commitment of colleagues and senior leaders", "Session 3",
     "Task 1 (presentation and head's response)"],
    ["Priorities, time and delegation", "Not in the award (pilot Day 5; see Section 5.5)", "\u2014"],
    ["Solving problems and making sound decisions about provision", "Session 8", "Task 3"],
    ["Speaking and writing clearly; listening to others", "All units",
     "Tasks 1, 2 and 3 (presentation; professional discussion)"],
    ["Using research and outside advice to improve practice", "Sessions 4, 6, 8", "Tasks 2 and 3"],
    ["Keeping up to date; own CPD", "Session 10 ('Next Year' plan)", "Learning log (formative)"],
    ["Knowledge and understanding", "", ""],
    ["SEN law and the Code of Practice", "Session 1", "Task 1"],
    ["Every Child Matters and the SENCO", "Session 2", "Learning log (formative)"],
    ["Disability equality law", "Session 2", "Task 1"],
    ["How children develop", "Not taught (see Annex A)", "\u2014"],
    ["The common areas of need", "Session 4; optional workshops", "Task 2 Part A"],
    ["Approaches, strategies and resources, including ICT", "Sessions 5, 6", "Task 2 Part B"],
    ["School self-evaluation and SEN", "Sessions 3, 8", "Task 3"],
    ["Best practice and research", "Sessions 4, 6, 8", "Tasks 2 and 3"],
    ["Outside agencies and specialist support", "Session 10", "Task 3"],
    ["Skills", "", ""],
    ["Inclusive ethos and strategy with senior leaders and governors", "Session 3", "Task 1"],
    ["Identifying needs, setting targets, planning and reviewing interventions", "Session 5",
     "Task 2 Part B"],
    ["Using other professionals' assessments", "Session 5", "Task 2 Part B"],
    ["Tracking progress with summative and national data", "Session 6", "Task 2 Part B"],
    ["Helping colleagues with formative assessment", "Session 6", "Learning log (formative)"],
    ["Access arrangements for tests and examinations",
     "Covered in the county's SENCO induction days, not in the award", "\u2014"],
    ["Provision mapping; finding gaps and ineffective provision", "Session 8", "Task 3"],
    ["Deploying and managing support staff", "Session 8", "Task 3 (where chosen)"],
    ["Supporting colleagues' professional development", "Session 9", "Learning log (formative)"],
    ["Reviewing provision with colleagues to inform self-evaluation", "Session 8", "Task 3"],
    ["Involving pupils in planning and reviewing their provision", "Session 7", "Task 2 Part B"],
    ["Working with parents and carers", "Session 9", "Task 2 Part B"],
    ["Working with other services and voluntary organisations", "Session 10", "Task 3"],
], widths=[7.5, 5.0, 4.5], size=8)

doc.save(OUT)
print("wrote", OUT)
