"""Build dw-01-ashenfold-enquiry-showcase.docx (blind test application).

KIND OF DOCUMENT
  A showcase booklet of practitioner enquiries. A county hospital and home
  education service printed it for the evening on which the teachers of its
  unaccredited 2008-09 pilot ("the SENCO Development Group") presented their
  enquiries. It is sent to the TDA as the application, with a new Part Three
  describing the accredited award from September 2009. A publication, not a
  form: a cover, an inside-cover note to the panel, a foreword, an academic
  introduction, eight one-page enquiry summaries with tutor's notes, the
  award itself, an afterword of hopes, acknowledgements and references.

PROVIDER (invented)
  Ashenfold Hospital and Home Education Service (Ashenfold County Council):
  the Ward School at Ashenfold General Hospital, the Riverside Adolescent
  Unit school (NHS inpatient mental health unit), the Children's Day Unit at
  Marlow Sands Community Hospital, two medical-needs PRUs (the Orchard Centre,
  Ashenfold; Beacon House, Marlow Sands) and the Home Teaching Team. University
  partner: School of Education, University of Wellsbourne. Award: PG Cert SEN
  Coordination (National Award), 60 credits at Level 7, modules WEL7120 and
  WEL7121. People: Margaret Oyelaran (Head of Service), Dr Simon Achterberg
  (Reader, programme leader), Joanne Pell (Home Teaching Team leader),
  Dr Priya Ramnath (NHS consultant clinical psychologist), Carys Beddoe
  (Parent Partnership), Liam Forsyth (County SEN manager), Sarah Lindqvist
  (head of the Orchard Centre), external examiner Dr Helen Marwick.

LAYOUT
  Heading 1 for the four Parts, Heading 2 only inside Part Three; the cover,
  the "About the Service" panel, the foreword and the introduction use custom
  paragraph styles ("Booklet Title", "Booklet Kicker", "Panel Text") with no
  heading style. Enquiry summaries use a custom "Enquiry Title" style and bold
  run-in labels ("Starting point.", "What I did.", "What changed.",
  "Tutor's note."). Three VML text boxes: two pull-quotes and a boxed notice
  reproduced from the pilot's welcome pack. A one-cell shaded table for the
  note to the panel. Tables: pilot confidence ratings; "The award at a
  glance" (label / value); study days; assignments; the outcome table with
  merged group rows (Attributes / Knowledge / Skills). Three footnotes (real
  footnotes part). Page header and footer (never evidence). Photo
  placeholders in square brackets.

TRAPS (requirement ids affected)
  Past arrangements (the pilot) against the award:
  - 3.3  The pilot's Tuesday-evening online tutor "surgery" (Part One, and the
         boxed notice "Bedside Link surgery ... every Tuesday") does not
         continue: in the award tutors do not post in the forums and questions
         wait for the face-to-face tutorials (3.7). VLE, materials and live
         video link remain. -> partially_met.
  - 2.1  The pilot excused two colleagues who held the University's module
         (past, informal). The award gives credit for that certificated
         module only and "We do not give credit for experience alone".
         -> partially_met.
  - 1.5, 6.S7  Abstract 3 (pupil consultation with Talking Mats) was pilot
         work; its tutor's note says there is no separate session in the
         award and pupil participation is only an optional enquiry focus;
         Day 6 touches on "the child's own view"; outcome table: "Not assessed
         unless chosen as the enquiry focus". Foreword value "every child's
         voice matters" (generic). -> 1.5 partially_met, 6.S7 partially_met.
  Negation:
  - 2.3  Assessment-only: "The University's regulations do not at present
         provide for this"; looked at again in 2010; Part Four "exploring".
         -> not_met.
  - 5.3  "We do not ask for or record their CRB disclosures." The footnote on
         the Trust's ward passes is another body's check for a subset (ward
         placement) -> not_met.
  - 6.S3 "The award does not teach or assess provision mapping" (3.4); the
         Service's individual Learning Plan Review is a pupil-level tool.
         -> not_met.
  Absent and missing from the outcome table (which is headed as the
  outcomes and is followed by a blanket claim):
  - 6.A3 (prioritising, time, delegation) and 6.S2c (encouraging colleagues'
         formative assessment). -> not_met.
  Outcome table cells that are not assessment:
  - 6.A7 "Learning journal (not marked)"; 6.K3 "Not assessed in 2009-10";
    6.S2b "Formative data exercise only"; 6.S2d "Not assessed (may be an
    enquiry focus)" (and Abstract 1's tutor's note); 6.S4 "Learning journal
    (not marked)" (and Abstract 5's note). -> partially_met.
  Blanket claims:
  - 1.9, 6.0  "Between them, the three assignments assess every one of the
         national outcomes" and Part Four's closing sentence, against the
         table; the pass rule compensates a 40-49 assignment within WEL7121.
         -> partially_met.
  Aspiration / other aspects only:
  - 4.3  Stakeholders teach, host and interview (delivery), but the
         Programme Committee is tutors only and involving parents and the
         Youth Forum in evaluation is only hoped for. -> partially_met.
  - 5.7  Mentors get the Mentor Guide by post; the mentor briefing is "hope
         to repeat ... if enough mentors can be released"; new markers paired.
         -> partially_met.
  - 5.9  Participants' audit repeated (competence and confidence), but pupil
         measures are only "encouraged", not collected across a cohort, and a
         follow-up is hoped for. -> partially_met.
  - 3.1  Venue access and large print only; the rest is the generic "we
         understand what it means to learn with a health condition"; the
         footer's equal-opportunities line is not evidence. -> partially_met.
  Wrong context that is nonetheless supporting evidence:
  - The enquiry summaries describe participants' own work in the pilot; the
    tutor's notes (and Part Three) say what the award develops and assesses.
    Only Part Three and the notes decide the verdicts.
  Met in unusual places:
  - 4.2  Part One's confidence table and comments led to full days; 3.14
         lists the changes from the survey, the consultants and the Parents'
         Forum. 4.1 survey figures in 3.14.
  - 5.8  The external examiner's name is in footnote 3; moderation in 3.10.
  - 2.5  "Next Steps" tutorial in 3.16.
  - E.1, E.2  "The award at a glance" table (label / value).

VERDICTS: 41 met, 15 partially_met, 5 not_met, 0 not_applicable.
"""
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dw-01-ashenfold-enquiry-showcase"
OUT = os.path.join(HERE, NAME + ".docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(6)

for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = "Learning at the Bedside and the Kitchen Table  \u00b7  Showcase 2009"
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    s.footer.paragraphs[0].text = (
        "Ashenfold Hospital and Home Education Service \u2013 committed to equal "
        "opportunities for every learner, every colleague and every family")
    s.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_style(name, size, bold=False, italic=False, colour=None, space_before=0,
              space_after=6, align=None):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    if colour:
        st.font.color.rgb = RGBColor.from_string(colour)
    st.paragraph_format.space_before = Pt(space_before)
    st.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        st.paragraph_format.alignment = align
    return st


add_style("Booklet Title", 26, bold=True, colour="1F4E79", space_before=60,
          align=WD_ALIGN_PARAGRAPH.CENTER)
add_style("Booklet Kicker", 13, italic=True, colour="1F4E79",
          align=WD_ALIGN_PARAGRAPH.CENTER)
add_style("Panel Text", 10, colour="333333")
add_style("Enquiry Title", 13, bold=True, colour="7F3F00", space_before=14)
add_style("Enquiry Byline", 10, italic=True, space_after=4)
add_style("Caption Text", 9, italic=True, colour="666666")


def para(text="", style=None, bold=False, italic=False, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        p.alignment = align
    return p


def runin(label, text, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


# ---------------------------------------------------------------- footnotes
FOOTNOTES = []


def footnote(p, text):
    """Append a real footnote reference to paragraph p."""
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


def write_footnotes_part():
    from xml.sax.saxutils import escape
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in FOOTNOTES:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">' + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes
_BOX_N = [0]


def text_box(lines, fill="FDF2E0", stroke="C0504D", height=70):
    """A VML text box anchored inline in its own paragraph. lines: list of
    (text, bold, italic)."""
    from xml.sax.saxutils import escape
    _BOX_N[0] += 1
    n = _BOX_N[0]
    inner = ""
    for text, bold, italic in lines:
        rpr = ""
        if bold or italic:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}'
                  f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    shapetype = ""
    if n == 1:
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
    xml = (f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}">'
           f'<w:pict>{shapetype}'
           f'<v:shape id="PullQuote{n}" o:spid="_x0000_s10{20 + n}" type="#_x0000_t202" '
           f'style="width:430pt;height:{height}pt" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt">'
           f'<v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)


def table(rows, widths=None, header=True, style="Table Grid", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, "DCE6F1")
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


# ================================================================ COVER
para("ASHENFOLD HOSPITAL AND HOME EDUCATION SERVICE", "Booklet Kicker")
para("in partnership with the School of Education, University of Wellsbourne", "Booklet Kicker")
para("Learning at the Bedside and the Kitchen Table", "Booklet Title")
para("Practitioner enquiries from the 2008\u201309 SENCO Development Group, and the "
     "National Award for SEN Coordination from September 2009", "Booklet Kicker")
para("Showcase edition \u00b7 June 2009", "Booklet Kicker")
para("[Cover photograph: the Ward 4 schoolroom, Ashenfold General Hospital \u2013 "
     "permission from the Trust being sought]", "Caption Text", align=WD_ALIGN_PARAGRAPH.CENTER)

# note to the panel: one-cell shaded table
t = doc.add_table(rows=1, cols=1)
t.style = doc.styles["Table Grid"]
c = t.cell(0, 0)
shade(c, "EAF1DD")
c.text = ""
p = c.paragraphs[0]
r = p.add_run("A note for the TDA approval panel")
r.bold = True
for txt in [
    "This booklet was first printed for our showcase evening on 18 June 2009, when the "
    "teachers of the 2008\u201309 SENCO Development Group presented their enquiries to "
    "colleagues, parents and governors. We are sending it, with a new Part Three, as our "
    "application for approval to offer the National Award for SEN Coordination.",
    "Parts One and Two describe the pilot, which was not accredited. They are here because "
    "the award grows out of it and because the enquiries show the kind of work the award "
    "asks of participants. Part Three is the award as it will run from September 2009. "
    "Where the pilot did something that the award will not, Part Three says so, and Part "
    "Three is what we are asking you to approve.",
    "Margaret Oyelaran, Head of Service\nDr Simon Achterberg, Reader in Inclusive "
    "Education, University of Wellsbourne",
]:
    q = c.add_paragraph()
    q.add_run(txt).font.size = Pt(10)
doc.add_paragraph()

# About the service
para("About the Service", "Enquiry Title")
p = para(
    "Ashenfold Hospital and Home Education Service is Ashenfold County Council\u2019s provision "
    "for children and young people of compulsory school age who cannot attend school because "
    "of illness, injury or mental health needs. Three hospital schools teach on the wards and "
    "in the schoolrooms of Ashenfold General Hospital (the Ward School), the Riverside "
    "Adolescent Unit, an NHS inpatient unit for young people with mental health needs, and "
    "the Children\u2019s Day Unit at Marlow Sands Community Hospital. Two medical-needs pupil "
    "referral units, the Orchard Centre in Ashenfold and Beacon House in Marlow Sands, take "
    "pupils for a planned period and work to return them to their own schools. The Home "
    "Teaching Team of twenty-eight teachers and four higher level teaching assistants teaches "
    "children at home, in small groups in libraries and health centres, and increasingly by "
    "video link. Between them they taught 912 pupils in 2007\u201308, most of them "
    "dual-registered with their own school.", "Panel Text")
footnote(p, "Dual registration means that the pupil stays on the roll of their own school, "
            "which keeps responsibility for their education and for any statement, while "
            "attending the Service. Our teachers therefore work alongside the pupil\u2019s own "
            "SENCO for almost every child.")
para("Around a third had a statement or were at School Action Plus before they came to us.",
     "Panel Text")

# Foreword
para("Foreword", "Enquiry Title")
para("Illness should not write a child\u2019s future. Every teacher in this Service believes that, "
     "and it is why we began, two years ago, to think about what the new SENCO role would mean "
     "for the children we teach. A child who spends six weeks on an orthopaedic ward, or six "
     "months recovering from chemotherapy at home, goes back to a school whose SENCO will decide "
     "much of what happens next. We wanted those SENCOs to understand illness as well as they "
     "understand dyslexia.")
para("We believe that every child\u2019s voice matters, that families are the experts on their "
     "children, and that no professional can meet a child\u2019s needs alone. Those beliefs run "
     "through every page of this booklet.")
para("Margaret Oyelaran, Head of Service", italic=True)

# Introduction
para("Why enquiry? An introduction", "Enquiry Title")
para("When the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 "
     "required the SENCO to be a qualified teacher, and the Government announced that teachers "
     "new to the role would need a nationally approved award, the Service and the University had "
     "already spent a year talking about a short course on medical needs and SEN. We decided to "
     "run it in 2008\u201309 as a pilot, unaccredited and free to participants, and to build the "
     "accredited award from what we learned.")
para("The pilot rested on one idea, which the award keeps: a SENCO learns to lead provision by "
     "changing something in their own setting, measuring what happens and making sense of it "
     "with colleagues. This is practitioner enquiry in Stenhouse\u2019s sense, and it fits what "
     "Ofsted found in Special educational needs and disability: towards inclusive schools (2004) "
     "and Inclusion: does it matter where pupils are taught? (2006): that the progress of pupils "
     "with SEN depends less on the type of setting than on the knowledge and leadership of the "
     "adults around them.")
para("The literature on hospital education is small. We draw on the guidance Access to Education "
     "for Children and Young People with Medical Needs (DfES, 2001), on Managing Medicines in "
     "Schools and Early Years Settings (DfES and DH, 2005) and on the Bercow Review of services "
     "for children with speech, language and communication needs (2008), and we are following "
     "the work of the Lamb Inquiry into parental confidence in the SEN system. Participants in "
     "the award meet all of these on the study days; the reading for each day is on Bedside "
     "Link, the Service\u2019s learning platform, and is revised each summer when new inspection "
     "reports and research appear.")
para("Dr Simon Achterberg, School of Education, University of Wellsbourne", italic=True)

# ================================================================ PART ONE
doc.add_heading("Part One: The Development Group, 2008\u201309", level=1)
runin("Who took part.",
      "Fourteen teachers joined in October 2008: six from the Service (two from the Ward School, "
      "one from the Riverside Unit, two from the Home Teaching Team and one from the Orchard "
      "Centre) and eight SENCOs or aspiring SENCOs from mainstream schools that had pupils on "
      "dual roll with us. Places went to anyone whose headteacher nominated them, in the order "
      "the nominations arrived. Thirteen finished; one left when she moved to a post in another "
      "county.")
runin("How it ran.",
      "There were six study days and eight twilight sessions at the Orchard Centre between "
      "October and May. Between sessions the group used Bedside Link, where Simon Achterberg and "
      "Joanne Pell kept an online \u2018surgery\u2019 open every Tuesday evening, answering "
      "questions and commenting on draft enquiry plans. Two colleagues who had already completed "
      "the University\u2019s module Medical Conditions and Learning were excused the two days on "
      "medical conditions and spent the time on their enquiries instead.")
text_box([
    ("Bedside Link surgery", True, False),
    ("Simon and Jo are online every Tuesday, 7\u20138 pm. Post your question in the Surgery "
     "forum and get an answer the same evening!", False, False),
    ("From the Development Group\u2019s welcome pack, October 2008", False, True),
], fill="FFF9D6", stroke="BF9000", height=62)
runin("The enquiries.",
      "Each teacher chose a question in the first month, agreed it with a tutor and with their "
      "headteacher, gathered baseline information before Christmas, made a change in the spring "
      "term and measured what had happened by May. Nothing in the pilot was assessed; tutors "
      "gave written feedback on a draft and on the final write-up.")
runin("What the group told us.",
      "At the start and end of the pilot each teacher rated their confidence in twelve areas of "
      "the SENCO role on a five-point scale (1: not confident; 5: very confident). The table "
      "shows the average ratings of the thirteen who completed both.")
table([
    ["Area of the SENCO role", "October 2008", "May 2009"],
    ["The law and the SEN Code of Practice", "2.1", "3.5"],
    ["Medical conditions and their effect on learning", "2.9", "4.1"],
    ["Working with health professionals", "2.6", "3.9"],
    ["Planning a pupil\u2019s return to school", "2.3", "3.8"],
    ["Working with the parents of a sick child", "3.1", "4.0"],
    ["Using assessment information from other professionals", "2.2", "3.4"],
    ["Leading and coaching colleagues", "1.9", "3.1"],
    ["Talking to governors and senior leaders", "1.6", "3.0"],
    ["Deploying teaching assistants", "2.4", "2.9"],
    ["Tracking progress with data", "1.8", "2.7"],
    ["Examination access arrangements", "2.0", "3.3"],
    ["Finding and using research", "1.7", "3.4"],
    ["Average of the twelve areas", "2.2", "3.5"],
], widths=[10, 3, 3])
para("Two things in these results shaped Part Three. The smallest gains were in deploying "
     "teaching assistants and in tracking progress with data, so the award gives both more time. "
     "And in their written comments the group asked for full days instead of twilights, which "
     "ended too late for colleagues driving back to Marlow Sands; the award runs as ten full "
     "study days.")

# ================================================================ PART TWO
doc.add_heading("Part Two: The enquiries", level=1)
para("Eight of the thirteen enquiries are summarised here, with their authors\u2019 permission. "
     "Children\u2019s names have been changed. Each summary ends with a note from the tutor on "
     "how this kind of work fits into the accredited award.")


def enquiry(title, byline, start, did, changed, note):
    para(title, "Enquiry Title")
    para(byline, "Enquiry Byline")
    runin("Starting point.", start)
    runin("What I did.", did)
    runin("What changed.", changed)
    p = runin("Tutor\u2019s note.", note)
    for r in p.runs:
        r.italic = True


enquiry(
    "1. Exams on Ward 4",
    "Hannah Quayle, teacher, the Ward School at Ashenfold General",
    "Three Year 11 students with long stays on the oncology and orthopaedic wards faced GCSE "
    "examinations in summer 2009. In earlier years arrangements for students in hospital had "
    "been made late, sometimes on the morning of the paper.",
    "With the examinations officers of the three home schools I drew up a timeline working "
    "back from the exam dates: evidence of need by February, applications through the home "
    "schools before the March deadline, and a practice session on the ward in April with the "
    "approved rest breaks, reader and word processor.",
    "All three students sat every paper they were entered for, two with rest breaks and one with "
    "a reader. No arrangement was requested later than March.",
    "Special arrangements for tests and examinations are taught on Study Day 7 of the award. "
    "They are not part of any assessed task, although a participant may choose them as the focus "
    "of the enquiry.")

enquiry(
    "2. What Rosie\u2019s mum knew",
    "Daniel Ferris, teacher, Home Teaching Team (south)",
    "Rosie, aged nine, has chronic fatigue syndrome and was taught at home for five hours a "
    "week. Her plans had been written by the team with little from her mother, who saw her "
    "every day.",
    "I ended each session with a ten-minute \u2018kitchen-table review\u2019 with Rosie\u2019s "
    "mother, and we kept a shared notebook of Rosie\u2019s energy and of what had worked. Before "
    "her phased return I arranged a joint meeting with her mother and her class teacher, so that "
    "her mother did not have to explain Rosie all over again.",
    "Sessions moved to the mornings, when the notebook showed Rosie\u2019s energy was highest. "
    "By May she was attending her own school for two mornings a week.",
    "Assignment 1 of the award asks every participant to show, in the case study, how they "
    "worked with the child\u2019s family, and its marking criteria give that work explicit "
    "weight.")

text_box([
    ("\u201cShe was the first teacher who asked me what Rosie was like on a good day.\u201d", False, True),
    ("Rosie\u2019s mother", False, False),
], fill="EAF1DD", stroke="4F6228", height=48)

enquiry(
    "3. Asking young people what helps",
    "Leona Marsh, teacher, Riverside Adolescent Unit school",
    "Learning plans on the unit were written by staff after a review meeting. Young people "
    "signed them but said little about them.",
    "I used Talking Mats and a diamond-ranking activity with nine young people aged 13 to 16 to "
    "find out what helped them to learn on the unit and what got in the way. Each young person "
    "then wrote the \u2018what helps me\u2019 section of their own plan and chaired the first "
    "part of their review.",
    "Seven of the nine said at review that their plan \u2018sounded like me\u2019. Staff changed "
    "the timing of lessons around medication times after three young people raised it.",
    "Pupil participation had its own twilight session in the pilot. There is no separate session "
    "on it in the award\u2019s ten days; a participant may still choose it as the focus of the "
    "enquiry in Assignment 2, but it is not a required element of any assignment.")

text_box([
    ("\u201cIt\u2019s the first time anyone asked me what helps instead of what\u2019s wrong.\u201d", False, True),
    ("A young person at the Riverside Unit", False, False),
], fill="EAF1DD", stroke="4F6228", height=48)

enquiry(
    "4. Coming back to Year 4",
    "Gemma Okoro, SENCO, St Anselm\u2019s CE Primary School, Ashenfold",
    "Jamal, aged eight, came back to school after seven months of treatment for a brain tumour, "
    "with fatigue, some loss of visual field and difficulties with working memory.",
    "I called a return meeting with his hospital teacher, the oncology outreach nurse, the "
    "educational psychologist, the physiotherapist, the CLIC Sargent social worker and "
    "Jamal\u2019s parents. We used the psychologist\u2019s assessment and the sensory support "
    "teacher\u2019s report to change seating, print size and rest breaks, and reviewed the "
    "return plan every four weeks.",
    "Jamal\u2019s attendance rose from half days to full days over eight weeks. His teacher "
    "reports that he now finishes most tasks with the adjustments in place.",
    "Working with other services and agencies, including voluntary organisations, is taught on "
    "Study Day 5 and assessed in Assignment 1, where the case study must show how the assessments "
    "and advice of other professionals shaped the teaching.")

enquiry(
    "5. The higher level teaching assistants in the Home Teaching Team",
    "Marcus Webb, coordinator, Home Teaching Team (north)",
    "The team\u2019s four HLTAs were allocated to pupils week by week, by whoever was free.",
    "I matched each HLTA to pupils for a whole term, set up fortnightly joint planning with the "
    "teacher for each pupil, and observed a session with each HLTA.",
    "Pupils saw fewer different adults; HLTAs said they knew what each session was for.",
    "Deploying and managing support staff is discussed on Study Day 8. In the award participants "
    "reflect on it in their learning journal, which tutors read but do not mark.")

enquiry(
    "6. Taking medical needs to the governors",
    "Ruth Adebayo, SENCO, Castle Vale Community College, Marlow Sands",
    "The college had no policy for pupils with medical needs, and pupils with long absences "
    "drifted out of sight.",
    "With the heads of year and the school nurse I reviewed provision for the eleven pupils with "
    "long-term conditions, drafted a policy with the deputy headteacher and presented the review "
    "and the policy to the governors\u2019 curriculum committee.",
    "The governing body adopted the policy in March 2009 and named a link governor for medical "
    "needs.",
    "Assignment 3 of the award asks every participant to review an area of provision with "
    "colleagues and to present the review and its recommendations to their headteacher and a "
    "governor. The presentation and the written paper are both marked, and the criteria include "
    "how clearly the case is made.")

para("[Photo: Ruth Adebayo with the chair of governors \u2013 to be inserted]", "Caption Text")

enquiry(
    "7. Reading on the ward",
    "Tom Gallagher, teacher, the Orchard Centre",
    "Eight Key Stage 3 pupils at the Orchard Centre and the Ward School had reading ages more than "
    "two years below their age.",
    "I read the research on paired reading and precision teaching, took a baseline with a "
    "standardised reading test, ran ten weeks of short daily sessions, some by video link, and "
    "retested at the end.",
    "The median gain was eleven months of reading age in ten weeks, and seven of the eight rated "
    "their confidence higher.",
    "This is the pattern of Assignment 2: a question, a critical look at the research, a "
    "baseline, a change, a measure of what happened and an honest account of why. In the award "
    "the enquiry must lead to a change in practice in the participant\u2019s own setting.")

enquiry(
    "8. Coaching a new colleague",
    "Aled Pryce, teacher, Beacon House",
    "A newly qualified colleague was finding it hard to plan for pupils with chronic fatigue and "
    "anxiety, whose energy changed from day to day.",
    "I held six coaching conversations, observed two lessons with written feedback and taught a "
    "lesson for my colleague to observe.",
    "My colleague now plans two levels of task for each lesson.",
    "Coaching, observation and feedback are taught on Study Day 8. In the award every enquiry "
    "(Assignment 2) must include a section on how the participant led or supported colleagues, "
    "and that section is marked.")

# ================================================================ PART THREE
doc.add_heading("Part Three: The National Award for SEN Coordination from September 2009", level=1)

doc.add_heading("3.1 The award at a glance", level=2)
table([
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination (National "
              "Award for SENCOs), University of Wellsbourne"],
    ["Validation", "Approved by the University\u2019s validation panel on 12 May 2009 for five "
                   "years, delivered in partnership with Ashenfold Hospital and Home Education "
                   "Service"],
    ["Credit", "60 credits at Level 7 (Master\u2019s level): two modules of 30 credits"],
    ["Modules", "WEL7120 The Child, the Condition and the Curriculum; WEL7121 Leading Provision "
                "Across Settings"],
    ["Starts", "September 2009 and February 2010, then every September and February"],
    ["Length", "Normally three terms; up to two years"],
    ["Where", "The Orchard Centre, Ashenfold, and Beacon House, Marlow Sands; some days also by "
              "live video link"],
    ["Fee", "\u00a31,450. Ashenfold County Council pays the fee for SENCOs of its maintained "
            "schools and for the Service\u2019s own teachers"],
    ["Contact", "Joanne Pell, award administrator, the Orchard Centre"],
], widths=[3.2, 12.8], header=False)

doc.add_heading("3.2 What the award is for", level=2)
para("The award has one purpose: that children and young people with special educational needs "
     "and disabilities, including those whose needs come from or are made harder by illness, "
     "achieve more and are healthier, safer and happier, because their SENCO knows more, does "
     "more and leads others better. The aims of both modules are written in those terms, and "
     "every assignment asks participants to show what difference their work has made to "
     "particular children: to their learning and to their health, safety, enjoyment, "
     "contribution and future prospects, the five outcomes of Every Child Matters.")
para("The award is written for the lead SENCO of a mainstream or special school, a unit or a "
     "PRU. It is not a course in hospital education: about a third of each study day concerns "
     "medical needs, and the rest is the work of any SENCO.")

doc.add_heading("3.3 Joining the award", level=2)
para("Applicants must hold qualified teacher status, be the SENCO of their school, unit or PRU or "
     "be designated to become so within a year, and have their headteacher\u2019s written "
     "support. They complete a form describing their role and experience and are interviewed by "
     "a tutor and a partner headteacher, who use a short set of questions drawn from the national "
     "outcomes to judge whether the applicant has the knowledge and experience to reach all of "
     "them within the year. Applicants who are not yet ready are offered a year in the "
     "County\u2019s SENCO Network with a named network lead, and we write to their headteacher "
     "to explain what they would need to do before applying again.")
p = para("Participants are serving teachers who have been checked by their employers. We do not "
         "ask for or record their CRB disclosures.")
footnote(p, "Participants who choose the ward placement (3.6) are issued with a ward pass by the "
            "Trust\u2019s Voluntary Services office, which carries out the Trust\u2019s own checks "
            "on everyone who visits a ward.")
para("Before the first study day each participant completes the Outcome Audit, which lists the "
     "national outcomes as attributes, knowledge and skills and asks for a rating (secure, "
     "developing, new to me) and an example of evidence for each. At the first tutorial the "
     "tutor goes through the audit with the participant, tests a sample of the \u2018secure\u2019 "
     "ratings against the evidence, and together they agree an Individual Learning Plan: the "
     "outcomes that need most attention, the participant\u2019s own targets for the year, the "
     "focus of each assignment and the placement option. The headteacher or mentor signs the "
     "plan, and it is reviewed at the second and third tutorials.")
para("Because the learning plan sets the focus of each assignment, the placement and which of "
     "three reading tracks to follow (medical needs, primary, secondary), participants with "
     "different starting points do not all do the same thing. The award is costed to run with "
     "between twelve and twenty participants a year, and study days are shared with the "
     "Service\u2019s own professional development programme where the content overlaps.")
para("Participants who have passed the University\u2019s 30-credit Level 7 module Medical "
     "Conditions and Learning within the last five years may be credited with WEL7120 and go "
     "straight to WEL7121. We do not give credit for experience alone.")
para("Several experienced colleagues from outreach and home teaching have asked whether they "
     "could be assessed without taking the modules. The University\u2019s regulations do not at "
     "present provide for this; the Programme Committee will look at the question again in "
     "2010.")

doc.add_heading("3.4 The study days", level=2)
table([
    ["Day", "Module", "Focus", "Led by"],
    ["1", "WEL7120", "The SENCO and Every Child Matters: the role, the five outcomes, a "
                     "child\u2019s year of illness", "Simon Achterberg, Margaret Oyelaran"],
    ["2", "WEL7120", "The law: Education Act 1996 Part IV, the SEN Code of Practice (2001), the "
                     "Disability Discrimination Acts 1995 and 2005 including the disability "
                     "equality duty and accessibility planning, Access to Education (2001), "
                     "Managing Medicines (2005)", "Simon Achterberg, Liam Forsyth (County SEN "
                                                  "manager)"],
    ["3", "WEL7120", "How children develop, and how illness, treatment and long absence affect "
                     "development and learning", "Dr Priya Ramnath, Joanne Pell"],
    ["4", "WEL7120", "The common areas of need (behaviour, emotional and social difficulties and "
                     "mental health; dyslexia and other specific learning difficulties; speech, "
                     "language and communication; autism; moderate learning difficulties) and "
                     "how each looks in a child who is also unwell",
     "Joanne Pell, Specialist Teaching Service"],
    ["5", "WEL7120", "Assessment and planning with others: using the assessments of clinicians, "
                     "psychologists and therapists; statutory and voluntary agencies; setting "
                     "targets; the return-to-school plan", "Sarah Lindqvist, County educational "
                                                          "psychologists"],
    ["6", "WEL7120", "Families and the child\u2019s own view: partnership with parents and "
                     "carers, difficult conversations, teaching at home",
     "Carys Beddoe (Parent Partnership) and a parent from the Parents\u2019 Forum"],
    ["7", "WEL7121", "Teaching, assessment and ICT: approaches and resources that remove "
                     "barriers, including assistive technology and video link; tracking progress "
                     "with P scales and national test data; special arrangements for tests and "
                     "examinations", "Simon Achterberg, Tom Gallagher"],
    ["8", "WEL7121", "Leading and supporting colleagues: coaching, observation and feedback, "
                     "modelling; deploying support staff", "Margaret Oyelaran"],
    ["9", "WEL7121", "Leading provision: inclusive policy, self-evaluation in schools, units and "
                     "PRUs, reviewing provision with colleagues, making the case to senior "
                     "leaders and governors", "Simon Achterberg, a partner headteacher"],
    ["10", "WEL7121", "Enquiry conference: participants present their enquiries", "All tutors"],
], widths=[1.1, 1.9, 9.5, 4.0], size=9)
para("The award does not teach or assess provision mapping. Few of our settings use provision "
     "maps, and the Programme Committee preferred to concentrate on the Learning Plan Review that "
     "the Service uses for each pupil.")

doc.add_heading("3.5 Learning in your own setting", level=2)
para("The enquiry (Assignment 2) takes place in the participant\u2019s own school, unit or PRU and "
     "is agreed with the headteacher in the learning plan. It must make a change to provision "
     "for particular children, measure what happened and evaluate why, and it must involve "
     "colleagues. The case study (Assignment 1) and the review of provision (Assignment 3) are "
     "also drawn from the participant\u2019s own setting. A mentor in the school, usually a senior "
     "leader, meets the participant at least twice a term.")

doc.add_heading("3.6 Placement and specialists", level=2)
para("Every participant spends one day on placement, chosen at the first tutorial from three "
     "options: the Ward School at Ashenfold General, including time with the hospital play "
     "specialists and the ward sister; a day with the Home Teaching Team; or a day at the "
     "Riverside Unit school, including a case discussion with the CAMHS team. The Service "
     "arranges the placements. On the study days participants hear directly from a clinical "
     "psychologist, a paediatric physiotherapist, a speech and language therapist and the "
     "County\u2019s educational psychologists.")

doc.add_heading("3.7 Bedside Link and the time between study days", level=2)
para("Bedside Link, the Service\u2019s Moodle site, holds the materials, readings and recordings "
     "of each study day, the assignment briefs and a forum for each cohort. Participants at "
     "Beacon House and at Marlow Sands can join Days 1, 2, 4 and 9 by live video link.")
para("In the pilot, tutors kept an online surgery every Tuesday evening. That cannot continue in "
     "the award: tutors\u2019 time is now committed to the three tutorials and to marking. "
     "Between study days the forums are for participants to support one another; tutors do not "
     "post in them, and questions for tutors are kept for the tutorials.")

doc.add_heading("3.8 Routes through the award", level=2)
para("There are two starts a year, in September and February. Every study day runs twice, once "
     "at the Orchard Centre and once at Beacon House, and participants may attend either. Those "
     "who start in February take WEL7121 first and WEL7120 in the autumn. Participants may "
     "complete in three terms or spread the modules over two years, and four of the days can be "
     "joined by video link.")

doc.add_heading("3.9 Access", level=2)
para("The Orchard Centre and Beacon House both have level access, accessible toilets and "
     "induction loops, with parking beside the entrance. Handouts can be provided in large print "
     "or electronically on request. As a service that exists for children who are ill, we "
     "understand what it means to learn with a health condition.")

doc.add_heading("3.10 Assessment", level=2)
table([
    ["", "Module", "What it is", "Length", "Weight"],
    ["Assignment 1", "WEL7120",
     "Case study of a child with SEN (and, where relevant, a medical condition): development and "
     "needs, the law that applies, the assessments and advice of other professionals, the "
     "targets set and interventions planned, work with the family, the agencies involved, and "
     "a review of progress against the five Every Child Matters outcomes",
     "4,000 words", "100% of WEL7120"],
    ["Assignment 2", "WEL7121",
     "Practitioner enquiry: question, critical review of research, baseline, change, "
     "evaluation; including a section on leading or supporting colleagues",
     "5,000 words or equivalent", "60% of WEL7121"],
    ["Assignment 3", "WEL7121",
     "Review of an area of provision carried out with colleagues and presented to the "
     "headteacher and a governor, with recommendations for the setting\u2019s policy, "
     "priorities, use of resources and self-evaluation",
     "15-minute presentation and 2,000-word paper", "40% of WEL7121"],
    ["Learning journal", "Both",
     "Reflections on each study day, on working with support staff and on next "
     "steps", "\u2014", "Not marked (formative)"],
], widths=[2.4, 1.8, 7.6, 2.4, 2.3], size=9)
para("Each module is passed with an overall mark of 50 per cent. In WEL7121 a mark of 40 to 49 "
     "in one assignment is compensated if the module average reaches 50. Between them, the three "
     "assignments assess every one of the national outcomes, and we are confident that every "
     "participant who passes will have met them all.")
p = para("Assignments are marked by the participant\u2019s tutor against published criteria. All "
         "fails, all marks of 70 and above and a random quarter of the rest are second-marked "
         "blind. Before each marking round all markers meet to standardise, using exemplars from "
         "the pilot enquiries. The external examiner sees a sample of every assignment and "
         "attends the Board of Examiners.")
footnote(p, "Dr Helen Marwick, Senior Lecturer in Special and Inclusive Education, University of "
            "Kingsbridge, appointed for four years from September 2009.")

doc.add_heading("3.11 The outcomes and where they are assessed", level=2)
para("The table gives the national outcomes in our own words, the study days where each is "
     "developed and the assignment that assesses it.")
OUT_ROWS = [
    ("G", "Attributes"),
    ("Builds fair, trusting, supportive relationships with children and their families",
     "Days 6 and 10; placement", "Assignment 1"),
    ("Wins the support of the headteacher, senior leaders and colleagues for better outcomes",
     "Day 9", "Assignment 3"),
    ("Weighs up a problem, foresees difficulties and makes a sound decision about provision",
     "Day 5; the enquiry", "Assignment 2 (evaluation section)"),
    ("Writes and speaks clearly; listens to and understands other people\u2019s views",
     "All days", "Assignment 3 (presentation and paper); Assignment 1 (writing)"),
    ("Uses research and specialist advice to improve practice, their own and colleagues\u2019",
     "Days 3, 4 and 10", "Assignment 2 (review of research)"),
    ("Keeps up to date and plans their own professional development",
     "Day 10; final tutorial", "Learning journal (not marked)"),
    ("G", "Knowledge and understanding"),
    ("The law and guidance on SEN, including the Code of Practice, and what they mean in practice",
     "Day 2", "Assignment 1"),
    ("Every Child Matters and the SENCO\u2019s part in the five outcomes", "Day 1",
     "Assignment 1 (review against the five outcomes)"),
    ("Disability equality law and the duties it brings", "Day 2", "Not assessed in 2009\u201310"),
    ("How children develop, and how SEN, illness and environment affect development", "Day 3",
     "Assignment 1"),
    ("The common areas of SEN and how they affect learning", "Day 4", "Assignment 1"),
    ("Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
     "Day 7", "Assignment 2"),
    ("Self-evaluation and improvement in schools, units and PRUs", "Day 9", "Assignment 3"),
    ("What research and best practice say about meeting SEN", "Days 3, 4 and 7", "Assignment 2"),
    ("The work of other services and how to get specialist help", "Day 5", "Assignment 1"),
    ("G", "Skills"),
    ("With senior colleagues and governors, shapes the setting\u2019s inclusive ethos, policy, "
     "priorities and resources", "Day 9", "Assignment 3"),
    ("Identifies needs, sets challenging targets, plans and reviews interventions", "Days 4 and 5",
     "Assignment 1"),
    ("\u2026 using the assessments of other professionals", "Day 5", "Assignment 1"),
    ("\u2026 using summative data and national tests to track progress", "Day 7",
     "Formative data exercise only"),
    ("\u2026 arranging special arrangements for tests and examinations in good time", "Day 7",
     "Not assessed (may be an enquiry focus)"),
    ("Deploys and manages support staff", "Day 8", "Learning journal (not marked)"),
    ("Coaches, observes, models and trains colleagues", "Day 8", "Assignment 2 (colleagues section)"),
    ("Reviews provision with colleagues to inform self-evaluation", "Day 9", "Assignment 3"),
    ("Involves children in planning and reviewing their provision", "Day 6 (in part)",
     "Not assessed unless chosen as the enquiry focus"),
    ("Works in partnership with parents and carers", "Day 6", "Assignment 1"),
    ("Works with other services and voluntary organisations", "Day 5", "Assignment 1"),
]
t = doc.add_table(rows=1 + len(OUT_ROWS), cols=3)
t.style = doc.styles["Table Grid"]
for j, h in enumerate(["What a SENCO completing the award can do", "Developed", "Assessed"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), "DCE6F1")
for i, row in enumerate(OUT_ROWS, start=1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, row[1], bold=True, size=9)
        shade(m, "F2F2F2")
    else:
        for j in range(3):
            cell_text(t.cell(i, j), row[j], size=9)
for row in t.rows:
    for j, w in enumerate([9.0, 3.2, 4.3]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

doc.add_heading("3.12 Who teaches and mentors", level=2)
for lead, txt in [
    ("Dr Simon Achterberg", "Reader in Inclusive Education, University of Wellsbourne; programme "
     "leader. Former SENCO and local authority SEN adviser; PhD on the return to school after "
     "serious illness; external examiner for two Master\u2019s programmes in SEN."),
    ("Margaret Oyelaran", "Head of Service. MA in Special Educational Needs, NPQH; led the "
     "Riverside Unit school for six years."),
    ("Joanne Pell", "Leader of the Home Teaching Team and award administrator. SENCO for ten "
     "years in mainstream and PRU settings; Advanced Diploma in Specific Learning Difficulties."),
    ("Dr Priya Ramnath", "Consultant Clinical Psychologist, Ashenfold Children\u2019s Services NHS "
     "Trust; teaches Day 3."),
    ("Sarah Lindqvist and Tom Gallagher", "Head of the Orchard Centre and teacher at the Orchard "
     "Centre; both hold Master\u2019s degrees in education and teach Days 5 and 7."),
]:
    runin(lead + ".", txt)
para("Each participant\u2019s headteacher names a mentor, who meets the participant at least twice "
     "a term and signs the learning plan. Mentors receive the Mentor Guide by post with the "
     "confirmation of the participant\u2019s place. We ran a mentor briefing for the pilot and "
     "hope to repeat it each autumn if enough mentors can be released. Service tutors who are new "
     "to marking at Master\u2019s level are paired with an experienced University marker for "
     "their first round.")

doc.add_heading("3.13 Resources", level=2)
para("Participants are registered as students of the University and have full use of its library, "
     "including its electronic journals from home. Bedside Link holds the study-day materials and "
     "recordings. The Service\u2019s Assistive Technology Loan Library lends eye-gaze and switch "
     "equipment, laptops with word-prediction and speech-recognition software and video-link kits, "
     "and participants use them on Day 7 and may borrow them for their enquiries. The Orchard "
     "Centre\u2019s sensory room and the Ward School\u2019s schoolroom are available for "
     "study-day workshops.")

doc.add_heading("3.14 Working with partners", level=2)
runin("What schools, families and health colleagues told us.",
      "In November 2008 we surveyed every SENCO in Ashenfold\u2019s 214 maintained schools, and "
      "97 replied. Asked what a new SENCO most needed, they named medical conditions and learning "
      "(71 per cent), planning a return after long absence (64 per cent), working with health "
      "professionals (58 per cent), the law (52 per cent) and examination access arrangements "
      "(49 per cent). In January 2009 we met the Trust\u2019s consultant paediatricians and the "
      "Riverside Unit\u2019s consultant psychiatrist, who asked that SENCOs understand the effect "
      "of treatment on attention and fatigue, and the Ashenfold Parents\u2019 Forum, whose members "
      "said that the families of sick children are too often left to explain their child to each "
      "new teacher.")
runin("What changed as a result.",
      "Day 5\u2019s return-to-school plan and Day 7\u2019s examination arrangements were added "
      "because the survey put them high. Day 3 was rewritten with Dr Ramnath after the meeting "
      "with the consultants. Day 6 is co-led by the Parent Partnership Service and a parent "
      "because of what the Parents\u2019 Forum said. And, as Part One explains, the pilot\u2019s "
      "twilights became full days.")
runin("Who takes part.",
      "Clinicians teach on Days 3 and 5; the Parent Partnership Service and a parent co-lead Day "
      "6; the Trust hosts ward placements; partner headteachers interview applicants and teach on "
      "Day 9. The Programme Committee, which reviews the award each term, is made up of the "
      "University\u2019s and the Service\u2019s tutors. We would like parents and young people "
      "from the Service\u2019s Youth Forum to have a say in evaluating the award, and we hope to "
      "find a way of doing that in its second year.")

doc.add_heading("3.15 Knowing how well it works", level=2)
para("Each study day is evaluated on a short form, and the results go to the Programme Committee "
     "within a fortnight. Each module ends with a questionnaire and a focus group of "
     "participants. The external examiner reports each year. The Programme Committee meets each "
     "term and writes an action plan from this evidence, and the University\u2019s Annual "
     "Programme Review, considered by the Faculty Quality Committee, checks that the actions were "
     "taken. The award also has its own section in the Service\u2019s self-evaluation, reported "
     "to the Management Committee.")
para("For participants\u2019 competence and confidence, the Outcome Audit is repeated at the last "
     "tutorial and compared with the first, and tutors\u2019 marking shows competence against the "
     "outcomes. For pupils, where an enquiry involves particular children, participants are "
     "encouraged to record a starting point and measure change, as the Development Group did "
     "(see \u2018Reading on the ward\u2019 in Part Two). We do not yet have a way of bringing "
     "these results together across a cohort, and a follow-up of pupils a year after the award "
     "is something we hope to fund.")

doc.add_heading("3.16 After the award", level=2)
para("The last tutorial is a Next Steps conversation. Participants bring their final Outcome Audit "
     "and leave with a written plan of two or three professional targets for the following year, "
     "which they take to their performance management review with their headteacher. The tutor "
     "also talks through the routes onward: the University\u2019s MA in Inclusive Education "
     "accepts the award\u2019s 60 credits, and the Service\u2019s Medical Needs Network meets "
     "each term.")

# ================================================================ PART FOUR
doc.add_heading("Part Four: Looking ahead", level=1)
para("We hope that the award will, over five years, reach every school in Ashenfold that has a "
     "child in hospital or at home.")
para("There is more we want to do. We would like to form an alumni network of SENCOs who have "
     "completed the award, meeting once a term in the Ward School. We are exploring with the "
     "University whether experienced outreach and home teachers might one day present for "
     "assessment without taking the modules. We want, in time, to hear directly from the children "
     "and young people whose SENCOs have taken the award, and to ask the Youth Forum how we might "
     "do that well.")
para("Every SENCO who completes the award will leave it able to do everything the national "
     "outcomes describe.")

para("Acknowledgements", "Enquiry Title")
para("We thank the teachers of the Development Group, their headteachers, and the children and "
     "families who allowed their stories to be told.")

para("References", "Enquiry Title")
for ref in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people "
    "(0\u201319) with speech, language and communication needs. Nottingham: DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice. Annesley: DfES.",
    "DfES (2001) Access to Education for Children and Young People with Medical Needs. London: DfES.",
    "DfES and Department of Health (2005) Managing Medicines in Schools and Early Years Settings. "
    "London: DfES.",
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools. HMI 2276.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535.",
    "Stenhouse, L. (1975) An Introduction to Curriculum Research and Development. London: Heinemann.",
    "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, SI 2008/2945.",
]:
    q = para(ref)
    q.paragraph_format.left_indent = Cm(0.8)
    q.paragraph_format.first_line_indent = Cm(-0.8)
    for r in q.runs:
        r.font.size = Pt(9.5)

write_footnotes_part()
doc.save(OUT)
print("wrote", OUT)
