"""et-02-northmoor-service-design-package: build the .docx next to this script.

Provider (invented)
-------------------
Northmoor Learning Network (NLN, "the Network"), the regional broadband
consortium owned by six local authorities (Northmoor County Council, Carrow
MBC, Hexley City Council, Sandwick BC, Fellhaven MBC, Ryland Valley Council).
Its Learning Services division runs the NorthmoorLearn learning platform
(Fronter), Adobe Connect and a service desk, and ran an unaccredited pilot,
"SENCO Online Foundations", in January-July 2008. With Wendmoor University
(Faculty of Education and Lifelong Learning), which validated the programme on
27 February 2009, it proposes the "SENCO National Award: Online Delivery
Service": three 20-credit units, mostly online, two study days.

Kind of document and layout
---------------------------
An ITIL v3 Service Design Package (SDP) on the Network's own template,
version 2.0, approved for transition by the Change Advisory Board, sent as the
body of the application. Annexes A (programme and assessment), B (staff) and C
(award outcome register) were written with the University for the panel. A
floating VML text box holds the note to the panel. No Heading styles: section
titles use custom paragraph styles ("SDP Section", "SDP Subsection"). Cover
fields are Word content controls, one left as its placeholder. Grey italic
"[Template guidance: ...]" paragraphs are left in. Tables: catalogue entry
with merged title row and an exclusions list inside a cell, service level
requirements, support model, responsibilities, service acceptance criteria
with status, KPIs, continual service improvement (CSI) register, known error
log, transition milestones, staff, and a landscape outcome register with
merged group rows and own codes R01-R27. Real Word footnotes (one carries part
of the CRB arrangement). Header and footer with a PAGE field.

Traps (requirement ids affected)
--------------------------------
- Template guidance left in (never an answer), followed in 11.3 by an
  aspiration only: "aims, over time" and "will discuss ... from 2010" on pupil
  impact; competence and confidence are measured (5.9 partial).
- A value sentence ("at the heart of this Service") with outcomes SO-1..SO-4
  about qualification, confidence, compliance and cost; no well-being or
  Every Child Matters anywhere (1.1 partial; 6.K2 not met, no register row).
- Exclusions inside the catalogue-entry cell, far from where the topics are
  discussed: placements (5.5 partial, specialist contributors present);
  examination access arrangements and CAF/multi-agency training "not part of
  the Award", which the outcome register then points to (6.S2d, 6.S9 not met:
  another body's training).
- "Open access": the Network "does not test or assess applicants' prior
  knowledge or readiness" (5.2 not met, explicit).
- The Starting Profile is used only to allocate learning sets and "kept on the
  participant's file" (2.2 partial); no individual plan, so tailoring is
  general (2.4 partial).
- E.2: the 60 credits include a 20-credit Level 6 unit (NASC401) (partial).
- Award rule in Annex A.3: credit accumulation with compensation between the
  Level 7 units, so a participant can be awarded without showing every outcome
  (6.0 not met; 1.9 partial with the register's gaps).
- Service acceptance criteria: moderation procedure "Not met - waived" and
  external examiner "Not met" at CAB; interim second-marking of fails only
  (5.8 partial).
- Pupil voice only as a topic; the Young Inspectors offer is "Open - under
  review" in the CSI register (1.5 partial; 6.S7 partial).
- Outcome register per outcome: A1 worded for parents only (partial); A3
  learning-set task "formative, not marked" (partial); A7 "Participant's own
  responsibility" with only the unmarked Next steps activity (partial);
  K1 and K3 in one combined row (both met); K4 formative discussion (partial);
  S2c peer observation "not marked" (partial); S4 assessed in A3 but developed
  through "-" and not in the NASC712 content list (partial); K2 absent
  (not met).
- Footnote carries the CRB re-check for applicants out of school in the last
  three months; the main text has the headteacher declaration checked by the
  Admissions Officer (5.3 met). Tutors' CRB checks in section 10 are a
  wrong-context distractor.
- Met verdicts that look like traps: 2.3 (assessment-only route offered now,
  though the pilot had none), 3.3 (set facilitators, surgeries, mentor
  access), 4.3 (Customer Board reviews the service report; pilot completers
  as set facilitators), 2.5 (Next steps activity with the head).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "et-02-northmoor-service-design-package"
OUT = HERE / f"{NAME}.docx"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(9.5)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Verdana")

TEAL = RGBColor(0x00, 0x5A, 0x70)
s1 = doc.styles.add_style("SDP Section", WD_STYLE_TYPE.PARAGRAPH)
s1.base_style = normal
s1.font.size = Pt(14)
s1.font.bold = True
s1.font.color.rgb = TEAL
s1.paragraph_format.space_before = Pt(16)
s1.paragraph_format.space_after = Pt(6)
s1.paragraph_format.keep_with_next = True
s2 = doc.styles.add_style("SDP Subsection", WD_STYLE_TYPE.PARAGRAPH)
s2.base_style = normal
s2.font.size = Pt(11)
s2.font.bold = True
s2.font.color.rgb = TEAL
s2.paragraph_format.space_before = Pt(10)
s2.paragraph_format.space_after = Pt(4)
s2.paragraph_format.keep_with_next = True
sg = doc.styles.add_style("SDP Guidance", WD_STYLE_TYPE.PARAGRAPH)
sg.base_style = normal
sg.font.italic = True
sg.font.size = Pt(8.5)
sg.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", style=None, bold=False, italic=False, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        p.alignment = align
    return p


def S(text):
    return doc.add_paragraph(text, style="SDP Section")


def SS(text):
    return doc.add_paragraph(text, style="SDP Subsection")


def G(text):
    return doc.add_paragraph("[Template guidance: " + text + "]", style="SDP Guidance")


def bullet(text, label=None):
    p = doc.add_paragraph(style="List Bullet")
    if label:
        p.add_run(label).bold = True
    p.add_run(text)
    return p


def cell_text(cell, text, bold=False, size=8.5, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        if line.startswith("* "):
            line = "\u2022 " + line[2:]
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    return cell


def set_widths(t, widths):
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table(header, rows, widths, size=8.5):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, x in enumerate(header):
        c = cell_text(t.rows[0].cells[i], x, bold=True, size=size, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(c, "005A70")
    for row in rows:
        cells = t.add_row().cells
        for i, x in enumerate(row):
            cell_text(cells[i], x, size=size)
    set_widths(t, widths)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ footnotes
FOOTNOTES = []


def footnote(paragraph, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def write_footnotes():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<w:footnotes xmlns:w="{W}" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w10="urn:schemas-microsoft-com:office:word" '
             'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in FOOTNOTES:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    blob = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + "".join(parts)).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ content controls
SDT_ID = [4100]


def sdt_cell(cell, tag, value, placeholder=False):
    SDT_ID[0] += 1
    cell.text = ""
    p = cell.paragraphs[0]._p
    rpr = '<w:rPr><w:sz w:val="18"/>%s</w:rPr>' % ('<w:color w:val="808080"/>' if placeholder else "")
    xml = (
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{SDT_ID[0]}"/>'
        + ('<w:showingPlcHdr/>' if placeholder else '')
        + '<w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    p.append(parse_xml(xml))


# ------------------------------------------------------------------ header / footer
def add_field(run, instr):
    for kind in ("begin",):
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        run._r.append(f)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), "separate")
    run._r.append(f)
    t = OxmlElement("w:t")
    t.text = "1"
    run._r.append(t)
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), "end")
    run._r.append(f)


hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Northmoor Learning Network  \u2022  Learning Services  \u2022  Service Design Package NLN-SDP-022")
r.font.size = Pt(7.5)
r.font.color.rgb = TEAL
fp = sec.footer.paragraphs[0]
r = fp.add_run("SDP template v3 (ITIL v3)  \u2022  Version 2.0  \u2022  Approved for transition  \u2022  Page ")
r.font.size = Pt(7.5)
r = fp.add_run()
r.font.size = Pt(7.5)
add_field(r, "PAGE")

# ------------------------------------------------------------------ cover
p = para("NORTHMOOR LEARNING NETWORK", bold=True)
p.runs[0].font.color.rgb = TEAL
p = para("Service Design Package", bold=True)
p.runs[0].font.size = Pt(22)
p.runs[0].font.color.rgb = TEAL
p = para("SENCO National Award: Online Delivery Service", bold=True)
p.runs[0].font.size = Pt(14)

# text box (Word 2007 VML) with the note to the TDA panel
TB_TEXT = [
    ("Note for the TDA approval panel", True),
    ("This Service Design Package is the Network's own design document for the Service, as approved by our Change "
     "Advisory Board. We send it, with Wendmoor University, as the body of our application for approval to provide "
     "nationally accredited SENCO training.", False),
    ("Annex A (programme and assessment), Annex B (staff) and Annex C (award outcome register) were written with the "
     "University for the panel. Everything else is the SDP as approved, including the template's grey guidance notes, "
     "which we have not removed.", False),
]
tb_pars = "".join(
    '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="17"/></w:rPr>'
    '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ("<w:b/>" if b else "", t.replace("&", "&amp;"))
    for t, b in TB_TEXT)
tb_xml = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="PanelNote" o:spid="_x0000_s1026" type="#_x0000_t202" '
    'style="position:absolute;margin-left:250pt;margin-top:6pt;width:210pt;height:170pt;z-index:251659264;'
    'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
    'fillcolor="#e6f2f5" strokecolor="#005a70" strokeweight="1pt">'
    '<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>' + tb_pars + '</w:txbxContent></v:textbox>'
    '<w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" type="square"/></v:shape></w:pict></w:r>'
)
anchor = doc.add_paragraph()
anchor._p.append(parse_xml(tb_xml))

cov = doc.add_table(rows=0, cols=2)
cov.style = "Table Grid"
COVER = [
    ("SDP reference", "NLN-SDP-022", False),
    ("Version", "2.0", False),
    ("Status", "Approved for transition (Change Advisory Board, 3 March 2009)", False),
    ("Service Owner", "Alison Kerr, Head of Learning Services", False),
    ("Service Manager", "Daniel Hurst, Online Programmes Manager", False),
    ("Academic partner", "Wendmoor University, Faculty of Education and Lifelong Learning", False),
    ("IT Service Continuity Manager", "Click here to enter text.", True),
    ("Date of issue", "16 March 2009", False),
]
for k, v, ph in COVER:
    c = cov.add_row().cells
    cell_text(c[0], k, bold=True)
    shade(c[0], "E6F2F5")
    sdt_cell(c[1], k, v, placeholder=ph)
set_widths(cov, [4.5, 6.0])
doc.add_paragraph()

S("Document control")
table(["Version", "Date", "By", "Change"], [
    ["0.1", "10/11/2008", "D. Hurst", "Outline from the pilot closure report (SDP-017) and the Customer Board's request"],
    ["0.4", "12/12/2008", "D. Hurst", "Support model, service levels and CSI register added after the headteachers' survey"],
    ["1.0", "20/01/2009", "D. Hurst, R. Penhaligon", "Learning component aligned to the University's validation document"],
    ["1.2", "18/02/2009", "D. Hurst", "Service acceptance criteria added; known error log updated"],
    ["2.0", "03/03/2009", "A. Kerr", "Approved for transition by CAB; Annexes A to C added 16/03/2009 for the TDA"],
], [1.4, 2.1, 3.2, 9.9])
para("Distribution: Change Advisory Board; Customer Board (SEN leads of the six authorities); Wendmoor University "
     "Faculty Quality Committee; Learning Services team; Service Desk; TDA (this issue).")
para("Related documents: Service Level Agreement NLN-SLA-2009-04 (places on the Service for each authority); Wendmoor "
     "University definitive document, PG Certificate SEN Coordination (2009); NLN Information Security Policy; NLN "
     "Safeguarding Policy; SDP-017 pilot closure report (July 2008).")

# ------------------------------------------------------------------ 1
S("1  About this Service Design Package")
G("State why the SDP has been produced, the stage of the service lifecycle it supports, and who must approve it.")
para("This SDP defines the SENCO National Award: Online Delivery Service (\"the Service\") through its lifecycle: what "
     "the Service is and why the authorities need it, how it is delivered and supported, the levels of service the "
     "Network commits to, how it will be measured and improved, and how it moves into live operation. It was approved "
     "for transition by the Change Advisory Board on 3 March 2009, and the Service goes live with the first intake on "
     "7 September 2009.")
para("The Service replaces the unaccredited pilot SENCO Online Foundations (SDP-017), which ran from January to July "
     "2008 with 38 participants from five of the six authorities and was then retired. Lessons from the pilot are "
     "recorded in the CSI register (section 12) and the known error log (section 13).")

# ------------------------------------------------------------------ 2
S("2  Service overview")
SS("2.1  Service description")
G("Describe the service in terms the customer will recognise. Do not describe the technology here.")
para("The Service gives teachers who are new to the SENCO role in the six Northmoor authorities a part-time route, "
     "mostly online, to the national award for SEN coordination, awarded by Wendmoor University as the Postgraduate "
     "Certificate in SEN Coordination. Participants study three units over about twelve months from home or school, "
     "in a tutor-led learning set of six, with two study days at the Hexley Learning Centre. Everything else, from "
     "application to award, happens through NorthmoorLearn, the Network's learning platform, which every school in the "
     "six authorities already uses.")
SS("2.2  Business need")
para("Under the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, every new SENCO must be "
     "a qualified teacher, and the Government has announced that new SENCOs will have to gain the national award. "
     "The six authorities expect about 190 teachers to need it between 2009 and 2012. Until now the only accredited "
     "route in the area has been the University's campus certificate in Wendmoor, which involves ten twilight sessions "
     "and, for schools in Ryland Valley and western Northmoor, a round trip of up to three hours. The pilot showed that "
     "teachers in those schools will take an online course if it has a tutor and a group they know by name.")
SS("2.3  Service outcomes")
G("List the business outcomes the service supports. Each outcome should be measurable.")
para("Raising the achievement of pupils with SEN and disabilities is at the heart of this Service. The Service supports "
     "these business outcomes for the authorities and their schools:")
for lab, txt in [
    ("SO-1  ", "Every newly appointed SENCO in the six authorities can gain the national award within the three years "
               "allowed, with no more than two days away from school."),
    ("SO-2  ", "Participants finish confident and competent in the SENCO role, as shown by their start and end "
               "self-ratings (section 11)."),
    ("SO-3  ", "Schools meet their duties under the 2008 Regulations and the SEN Code of Practice."),
    ("SO-4  ", "The Service costs the authorities less per qualified SENCO than the campus route (£1,050 a place, "
               "against £1,800)."),
]:
    bullet(txt, label=lab)
SS("2.4  Customers, users and partners")
table(["Party", "Who", "Relationship to the Service"], [
    ["Customers", "The six authorities, through their SEN leads", "Buy places under SLA NLN-SLA-2009-04; sit on the Customer Board (section 11.2)"],
    ["Users", "Participants; headteachers; school mentors", "Use the Service; headteachers nominate; mentors support school-based tasks"],
    ["Academic partner", "Wendmoor University", "Validates the programme, provides Unit Leaders, marks, awards"],
    ["Contributors", "Educational psychology services, NHS Northmoor speech and language therapy, Carrow autism "
                     "outreach team, Northmoor Parent Partnership Service", "Present specialist webinars (Annex B)"],
    ["Suppliers", "Fronter (NorthmoorLearn); Adobe (Connect Pro); PebblePad (under the University's licence); "
                  "a captioning contractor", "Underpinning contracts"],
], [3.0, 6.3, 7.3])

# ------------------------------------------------------------------ 3
S("3  Service catalogue entry")
G("This entry will be published in the Network's Service Catalogue. Keep it to one page.")
cat = doc.add_table(rows=1, cols=2)
cat.style = "Table Grid"
m = cat.rows[0].cells[0].merge(cat.rows[0].cells[1])
cell_text(m, "SENCO National Award: Online Delivery Service", bold=True, size=9.5, color=RGBColor(0xFF, 0xFF, 0xFF))
shade(m, "005A70")
CAT = [
    ("Description", "A part-time, mostly online route to the national award for SENCOs (Wendmoor University PG Certificate "
                    "in SEN Coordination, 60 credits), with tutor-led learning sets and two study days."),
    ("Service type", "Customer-facing business service"),
    ("Customers", "Northmoor, Carrow, Hexley, Sandwick, Fellhaven and Ryland Valley authorities"),
    ("Users", "Teachers in the SENCO role, or designated to take it up, in the six authorities; their headteachers and school mentors"),
    ("Intakes", "September, January and April"),
    ("Service hours", "Platform 24 hours, 7 days. Service Desk 08:00 to 18:00 on weekdays. Tutor support during "
                      "units, term time and the first week of each holiday."),
    ("Price 2009-10", "£1,050 a place, charged to the authority. Includes tuition, assessment, platform accounts, "
                      "e-library access and both study days."),
    ("How to request", "The authority's SEN lead requests a place through the Service Desk (section 5.1)."),
    ("Dependencies", "NorthmoorLearn; Adobe Connect; PebblePad; Wendmoor University registry and library"),
    ("Exclusions", "* Supply cover and travel for study days (met by schools)\n"
                   "* Placements or visits to other schools or settings: not arranged or funded by the Service\n"
                   "* Training on access arrangements for national tests and examinations: provided separately by the "
                   "Network's Exams Officers' Network and not part of the Award\n"
                   "* Common Assessment Framework and multi-agency training: provided by each authority's Children's "
                   "Trust workforce development team and not part of the Award\n"
                   "* Home broadband and equipment"),
]
for k, v in CAT:
    c = cat.add_row().cells
    cell_text(c[0], k, bold=True)
    shade(c[0], "E6F2F5")
    cell_text(c[1], v)
set_widths(cat, [3.6, 13.0])
doc.add_paragraph()

# ------------------------------------------------------------------ 4
S("4  Service components")
SS("4.1  Learning component: the programme")
p = para("The programme is the University's Postgraduate Certificate in SEN Coordination as validated on 27 February "
         "2009. It has three units of 20 credits, 60 credits in all: one unit at Level 6 and two at Level 7.")
footnote(p, "The University requires the Level 6 unit in any postgraduate certificate that admits teachers without "
            "recent study at Level 6 or above; it also prepares participants for online study.")
table(["Unit", "Title", "Credits / level", "Weeks", "Mode"], [
    ["NASC401", "Studying SEN Coordination Online", "20 / Level 6", "8", "Online; opens with Study Day 1"],
    ["NASC711", "SEN Coordination: Law, Policy and the School", "20 / Level 7", "12", "Online"],
    ["NASC712", "Leading Provision for Learning", "20 / Level 7", "14", "Online; Study Day 2 at week 6"],
], [2.0, 6.3, 2.6, 1.4, 4.3])
para("NASC401 comes first. NASC711 and NASC712 may then be taken in either order, with the participant's own intake "
     "or a later one. Each unit has a school-based task that the participant carries out in their own school with "
     "their school mentor, and each unit assignment is built on that task.")
para("NASC401 Studying SEN Coordination Online. ", bold=True)
para("Online study and academic writing; using the e-library; the SENCO's role under the SEN Code of Practice 2001; "
     "building a profile of SEN in the participant's school (numbers at each stage of the graduated response, "
     "statements, attainment and attendance of pupils with SEN). Participants keep a \"SENCO week\" diary and discuss "
     "with their learning set how they prioritise and what they could delegate.")
para("NASC711 SEN Coordination: Law, Policy and the School. ", bold=True)
para("The Education Act 1996 Part IV; the Special Educational Needs and Disability Act 2001; the SEN Code of Practice "
     "2001 and SEN Toolkit; the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and "
     "accessibility planning; Removing Barriers to Achievement (2004); the 2008 SENCO Regulations; the Lamb Inquiry "
     "into parental confidence, which reports during 2009. The SENCO's strategic role with the headteacher and "
     "governing body; the school's self-evaluation form and improvement plan as they concern pupils with SEN. Working "
     "with parents: a webinar co-presented with the Northmoor Parent Partnership Service, and a task in which the "
     "participant plans, holds and reviews a review meeting with a parent.")
para("NASC712 Leading Provision for Learning. ", bold=True)
para("The main types of SEN and disability (behavioural, emotional and social difficulties; specific learning "
     "difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
     "learning difficulties), each in a webinar led by a specialist from the authorities' services. Development and "
     "learning. Identification and assessment: using reports from educational psychologists and therapists, P scales, "
     "Assessing Pupils' Progress and RAISEonline to track progress and adjust programmes. Approaches and resources "
     "including assistive technology. Provision mapping and evaluating interventions. Coaching and supporting "
     "colleagues, including assessment for learning. Pupil voice.")
para("Research and inspection evidence. Each unit has a research digest, revised every summer by the University's "
     "Centre for Inclusion Research, summarising recent research and inspection findings for the unit's topics. For "
     "2009-10 these include Ofsted's Special educational needs and disability: towards inclusive schools (2004) and "
     "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008), the Inclusion Development "
     "Programme (2008), Lewis and Norwich's Special Teaching for Special Children? (2005) and Brooks's What Works for "
     "Children with Literacy Difficulties? (2007). Assignments are marked on the participant's critical use of this evidence.")

SS("4.2  Technology components")
table(["Component", "Used for", "Owner"], [
    ["NorthmoorLearn (Fronter)", "Unit rooms (weekly materials, forums, quizzes); learning-set rooms; tutors' room; "
                                 "assignment submission", "Network"],
    ["Adobe Connect Pro", "Webinars, tutor surgeries, learning-set meetings; all recorded and captioned", "Network"],
    ["PebblePad", "Starting Profile, school-based task records, shared pages for mentors", "University licence"],
    ["Wendmoor e-library", "E-journals and e-books through Athens; postal loans", "University"],
    ["ClaroRead and Read&Write", "Text-to-speech and study support software, free to participants under the "
                                 "Network's schools' licence", "Network"],
    ["Service Desk system", "Logging and tracking calls, SLR reports", "Network"],
], [4.4, 9.6, 2.6])

SS("4.3  People components")
para("The Service is delivered by the Network's Online Programmes team (the Service Manager, three learning-set tutors, "
     "a Learning Technologist for accessibility and an Admissions Officer), the University's Programme Leader and two "
     "Unit Leaders, the specialist contributors listed in Annex B, and a school mentor for each participant. Roles are "
     "set out in section 8 and staff in Annex B.")

# ------------------------------------------------------------------ 5
S("5  Service operation: the participant journey")
SS("5.1  Request and admission")
para("The authority's SEN lead requests a place through the Service Desk, and the Admissions Officer sends the applicant "
     "the online application and the headteacher the nomination form. To be admitted an applicant must hold QTS, be "
     "the school's SENCO or be designated to become SENCO within a year, and be nominated by the headteacher.")
para("The Service operates on open access: any teacher who meets these three conditions is accepted. The Network does "
     "not test or assess applicants' prior knowledge or readiness, and nominations are not refused on those grounds.")
p = para("The headteacher's nomination form includes a declaration that the applicant holds an enhanced CRB disclosure "
         "obtained for their current post, with its date and reference number, that the school has checked List 99, "
         "and that there are no current disciplinary proceedings or concerns about the applicant's conduct. The "
         "Admissions Officer checks the declaration is complete before a place is confirmed.")
footnote(p, "Where an applicant has not worked in a school or college in a post involving regular contact with "
            "children in the previous three months, the Admissions Officer obtains a new enhanced disclosure through the "
            "Network's CRB registered body before the place is confirmed.")
para("The application asks: \"Do you have a disability, long-term health condition or specific learning difficulty for "
     "which we should make adjustments?\", explains that the answer is used only to plan support, and invites "
     "applicants to tell us at any later point. The Learning Technologist (Accessibility) contacts everyone who "
     "discloses within five working days and, with the University's Disability Advisory Service, agrees a Reasonable "
     "Adjustment Plan (SLR-03), which covers the platform, webinars, study days and assessment and is shared with "
     "tutors with the participant's consent. Publicity is available in large print, audio and Easy Read, states that "
     "disabled teachers are welcome and names the Learning Technologist as the contact. Both study day venues have "
     "step-free access and a hearing loop.")
SS("5.2  Starting Profile")
p = para("Before the first unit each participant completes the Starting Profile in PebblePad: a self-rating against "
         "each national outcome and a short account of their school's SEN context. The Service uses the profile to "
         "allocate participants to learning sets that mix phases and experience, and it is kept on the participant's file.")
SS("5.3  Credit for prior learning and the assessment-only route")
para("Participants may claim credit for prior certificated or experiential learning for up to 40 credits under the "
     "University's Accreditation of Prior Learning regulations. Teachers with recent study at Level 7 are normally "
     "exempted from NASC401; experiential claims are made by portfolio against the unit learning outcomes and "
     "assessed by the Unit Leader.")
para("There was no assessment-only route in the pilot. From September 2009, in exceptional cases, a candidate who "
     "believes they already meet all the national outcomes (in practice an advisory teacher or an experienced SENCO "
     "appointed before September 2008) may apply to the University for assessment only. The Programme Leader approves "
     "each application. The candidate submits a portfolio mapped against every national outcome, completes the NASC711 "
     "and NASC712 assessment tasks on their own school, and takes a 45-minute viva with the Programme Leader and a "
     "Unit Leader. The fee is £600.")
SS("5.4  Learning and support")
para("A typical week in a unit: a short recorded introduction and readings in the unit room; a task posted to the "
     "learning-set forum, to which the tutor and other set members reply; and either a webinar or a tutor surgery. "
     "Support arrangements are in section 7.")
SS("5.5  Assessment and award")
para("Each unit is assessed by one task (Annex A). Tasks are submitted through NorthmoorLearn, marked by the learning-set "
     "tutor against the University's criteria, and returned with written feedback within 15 working days. Until the "
     "moderation procedure is agreed (SAC-09), fails are second-marked by the Unit Leader. The University's Assessment "
     "Board confirms marks and makes the award (Annex A.3).")
SS("5.6  Completion and next steps")
para("The last week of the final unit is given to \"Next steps\". Each participant drafts three professional development "
     "targets for the following year on the Network's CPD planning template, discusses them with their headteacher or "
     "line manager, and posts a summary to their tutor, who replies with comments and suggestions, including the "
     "University's MA in Inclusive Education, into which the 60 credits transfer. Completers join the SENCO Online "
     "Network, an open forum on NorthmoorLearn for SENCOs across the six authorities.")

# ------------------------------------------------------------------ 6
S("6  Service level requirements and targets")
G("Each service level requirement must be measurable and have an owner. Targets are reported monthly (section 11).")
table(["Ref", "Requirement", "Target", "Owner"], [
    ["SLR-01", "Tutor reply to a forum post or private message", "2 working days, 95%", "Service Manager"],
    ["SLR-02", "Assignment marks and written feedback returned", "15 working days, 95%", "Service Manager / Unit Leader"],
    ["SLR-03", "Reasonable Adjustment Plan agreed after disclosure", "10 working days, 100%", "Learning Technologist"],
    ["SLR-04", "Captions and transcript for recorded sessions", "3 working days", "Learning Technologist"],
    ["SLR-05", "Availability of NorthmoorLearn, Adobe Connect and PebblePad", "99.5%, 07:00 to 22:00", "Infrastructure Manager"],
    ["SLR-06", "Service Desk first response", "4 working hours", "Service Desk Manager"],
    ["SLR-07", "Progress summary to headteacher and school mentor", "End of each unit", "Learning-set tutor"],
    ["SLR-08", "Tutor surgery in Adobe Connect", "Fortnightly during units, 19:00 to 20:00", "Service Manager"],
    ["SLR-09", "Participants rating their unit good or very good", "85%", "Service Owner"],
    ["SLR-10", "Participants completing within 18 months of starting", "80%", "Service Owner"],
], [1.7, 7.6, 4.0, 3.3])

# ------------------------------------------------------------------ 7
S("7  Support model")
G("Show each line of support, who provides it, how users reach it, and when.")
table(["Line", "Who", "How", "For"], [
    ["1st", "Network Service Desk", "Telephone and e-mail, 08:00 to 18:00 weekdays", "Log-in, passwords, technical faults"],
    ["2nd", "Learning Technologists", "Remote support with screen sharing, 09:00 to 17:00", "Platform use, assistive technology, adjustments"],
    ["3rd (academic)", "Learning-set tutor", "Set forum and private messages (SLR-01); fortnightly surgery (SLR-08); "
                                            "telephone tutorial by appointment", "Course content, tasks, assignments, progress"],
    ["3rd (academic)", "Unit Leader (University)", "Referral from the tutor", "Academic decisions, extensions over ten days, appeals"],
    ["Peer", "Learning set of six and a set facilitator", "Set forum; monthly set meeting in Adobe Connect; "
                                                         "peer comment on draft assignments", "Discussion, mutual support between study days"],
], [2.3, 3.8, 6.1, 4.4])
para("Learning sets are the main unit of support between the two study days. Each set has its tutor and a set "
     "facilitator: a completer of the 2008 pilot who has volunteered for the role, has had a day's training from the "
     "Service Manager and receives an honorarium. Facilitators start discussions, notice who has gone quiet and tell "
     "the tutor.")
para("Schools are kept in touch through the platform: each school mentor has a PebblePad account to view the pages the "
     "participant shares, and the headteacher and mentor receive a progress summary at the end of each unit (SLR-07). "
     "Tutors work together in a tutors' room on NorthmoorLearn and meet monthly in Adobe Connect with the Unit Leaders.")

# ------------------------------------------------------------------ 8
S("8  Roles and responsibilities")
rr = table(["Activity", "Network", "University", "Authority", "School"], [
    ["Requesting places", "Processes", "-", "Requests", "Nominates"],
    ["Admission and checks (5.1)", "Leads", "Confirms registration", "-", "Declares"],
    ["Reasonable adjustments", "Leads", "Disability Advisory Service advises", "-", "Informed"],
    ["Teaching and learning-set support", "Leads", "Unit Leaders teach webinars", "Specialist contributors", "-"],
    ["School-based tasks", "Sets tasks", "-", "-", "Mentor supports"],
    ["Marking", "Tutors mark", "Unit Leaders second-mark fails", "-", "-"],
    ["Award", "-", "Assessment Board", "-", "-"],
    ["Evaluation and improvement", "Leads", "Annual monitoring", "Customer Board", "Headteacher survey"],
], [4.4, 3.0, 3.8, 2.9, 2.5])
para("Tutors complete the Network's five-week online course Teaching Online (based on Salmon's five-stage model of "
     "e-moderating) and a day's induction with the University on the units, the marking criteria and the Service's "
     "service levels, and they follow the Tutor Handbook. Set facilitators have a day's training and a short guide. "
     "School mentors receive the Mentor Guide and a 90-minute online briefing before each intake, covering their part "
     "in the school-based tasks, the end-of-unit three-way review with the participant and tutor, and how to raise a "
     "concern; the Service Manager phones any mentor who misses it.")

# ------------------------------------------------------------------ 9
S("9  Service acceptance criteria")
G("List the criteria the service must meet before it goes live. Record the status at the CAB decision.")
table(["Ref", "Criterion", "Status at CAB, 3 March 2009"], [
    ["SAC-01", "Programme validated by Wendmoor University", "Met (27 February 2009)"],
    ["SAC-02", "Unit rooms and learning-set rooms built and tested", "Met"],
    ["SAC-03", "Accessibility test of NorthmoorLearn, Adobe Connect and PebblePad with JAWS, ZoomText, Dragon and "
               "switch access, with the Disability Advisory Service", "Met"],
    ["SAC-04", "Captioning contract in place", "Met"],
    ["SAC-05", "Three tutors recruited and trained (Teaching Online)", "Met"],
    ["SAC-06", "Mentor Guide and Tutor Handbook published", "Met"],
    ["SAC-07", "Service Desk scripts and call categories", "Met"],
    ["SAC-08", "Evaluation framework approved by the Customer Board", "Met"],
    ["SAC-09", "Moderation and second-marking procedure agreed with the University", "Not met - waived. To be agreed by July 2009"],
    ["SAC-10", "External examiner appointed", "Not met. University to nominate"],
    ["SAC-11", "Data-sharing agreement between the Network and the University signed", "Met"],
], [1.6, 10.0, 5.0])

# ------------------------------------------------------------------ 10
S("10  Information security, data protection and safeguarding")
para("Participants must anonymise all pupil information in tasks and forum posts; tutors remove any post that identifies "
     "a pupil. Participant data are held under the Data Protection Act 1998, the NLN Information Security Policy and "
     "the data-sharing agreement with the University. All Network tutors, learning technologists and set facilitators "
     "hold an enhanced CRB disclosure checked by the Network's HR team. NorthmoorLearn forums sit inside the Network's "
     "filtered and monitored service, and every user accepts the Network's acceptable use policy at first login. "
     "Checks on participants are described in section 5.1.")

# ------------------------------------------------------------------ 11
S("11  Service measurement, reporting and evaluation")
SS("11.1  Measures")
table(["Measure", "Source", "When", "Reported to"], [
    ["Unit satisfaction (SLR-09)", "Online survey at the end of each unit", "Each unit", "Customer Board"],
    ["Service levels SLR-01 to SLR-08", "Service Desk and platform reports", "Monthly", "Service Owner"],
    ["Completion and pass rates (SLR-10)", "University records", "After each Assessment Board", "Customer Board"],
    ["Participants' competence and confidence", "Starting Profile repeated at the end of the programme and compared "
     "with the start by the tutor, outcome by outcome", "Each cohort", "Customer Board"],
    ["Headteachers' view of the change in their SENCO's practice", "Survey of nominating headteachers three months "
     "after completion", "Each cohort", "Customer Board"],
    ["External view", "University annual monitoring; external examiner's report once appointed", "Annual", "University; Customer Board"],
], [4.4, 6.3, 2.8, 3.1])
SS("11.2  Customer Board and service review")
para("The Customer Board is made up of the SEN leads of the six authorities, two headteachers nominated by the "
     "authorities' headteacher associations, the manager of the Northmoor Parent Partnership Service and a participant "
     "representative elected by each cohort. It meets each term, receives the quarterly service report with the "
     "measures above, and each July holds the annual service review with the University's annual monitoring report. "
     "The Board agrees improvement actions, which are entered on the CSI register (section 12) with an owner and a date, "
     "and changes to the learning component are taken to the University's Faculty Quality Committee.")
SS("11.3  Impact on customers' business outcomes")
G("Describe how the service will demonstrate its contribution to the customer's business outcomes. Give the measures, "
  "the baseline and how the evidence will be collected.")
para("The Network aims, over time, to be able to show the difference the Award makes to the progress and well-being of "
     "pupils with SEN in Northmoor schools. We will discuss with the Customer Board how this might be done from 2010.")

# ------------------------------------------------------------------ 12
S("12  Continual service improvement register")
G("Record each improvement, its source, owner and status. Closed items stay on the register for one year.")
table(["Ref", "Source", "What we learned", "Improvement", "Status"], [
    ["CSI-01", "Pilot evaluation (31 of 38 participants)", "Webinars at 16:00 clashed with staff meetings",
     "Webinars and surgeries at 19:00, all recorded", "Closed"],
    ["CSI-02", "Customer Board, November 2008", "Participants did not know their own authority's specialist services",
     "A session in NASC712 for each authority's participants, led by that authority's SEN team", "Closed"],
    ["CSI-03", "Headteachers' survey, December 2008 (64 responses)", "Heads want the work to serve the school's plan "
     "and not take the SENCO out of school", "NASC712 task agreed with the head against the school improvement plan; "
     "study days cut from four to two", "Closed"],
    ["CSI-04", "Pilot evaluation", "Rural participants felt isolated", "Learning sets of six with a set facilitator",
     "Closed"],
    ["CSI-05", "Northmoor Parent Partnership Service", "Parents' perspective missing from the pilot",
     "Parent Partnership webinar; parent review task in NASC711", "Closed"],
    ["CSI-06", "Pilot participant with dyslexia", "Long PDF readings were hard to use",
     "Readings also in Word; audio summaries; ClaroRead offered to all", "Closed"],
    ["CSI-07", "Hexley Young Inspectors (young people with SEN)", "Offered to help design a task in which SENCOs "
     "consult pupils", "Under review with the University", "Open - under review"],
    ["CSI-08", "Customer Board, January 2009", "Experienced advisory teachers want the award without the full course",
     "Assessment-only route agreed with the University (5.3)", "Closed"],
    ["CSI-09", "Pilot evaluation", "The ten-week induction was too long", "NASC401 reduced to eight weeks", "Closed"],
], [1.5, 3.4, 4.2, 5.0, 2.5])

# ------------------------------------------------------------------ 13
S("13  Known error log")
G("Known errors carried into live service, with the agreed workaround.")
table(["Ref", "Error", "Workaround", "Fix"], [
    ["KE-03", "Screen readers do not read Fronter quiz feedback", "Quizzes also supplied as Word documents with answers",
     "Supplier release due June 2009"],
    ["KE-05", "Adobe Connect audio blocked on some school networks", "Dial-in number for audio; recordings",
     "Firewall change requested (RFC 0412)"],
    ["KE-07", "PebblePad times out on slow home connections when uploading video", "Upload audio only or use the school network",
     "Under investigation"],
], [1.4, 5.6, 5.6, 4.0])

# ------------------------------------------------------------------ 14
S("14  Transition plan")
table(["Milestone", "Date", "Owner"], [
    ["Publicity to schools (all formats)", "April 2009", "Service Manager"],
    ["Moderation procedure agreed (SAC-09)", "July 2009", "Programme Leader"],
    ["External examiner appointed (SAC-10)", "July 2009", "University"],
    ["Mentor briefings for first intake", "June and early September 2009", "Service Manager"],
    ["Study Day 1, first intake (Hexley Learning Centre)", "10 September 2009", "Service Manager"],
    ["Second and third intakes", "January and April 2010", "Service Manager"],
    ["First annual service review", "July 2010", "Service Owner"],
], [8.6, 4.6, 3.4])

# ------------------------------------------------------------------ Annex A
S("Annex A  Programme and assessment")
para("Written with Wendmoor University for the TDA panel.", italic=True)
SS("A.1  Assessment tasks")
table(["Task", "Unit", "What the participant does", "Marked"], [
    ["A1", "NASC401", "\"SEN in my school\": a 2,500-word profile of SEN provision in the participant's school, with a "
     "reflection on the SENCO role, drawing on the unit's online tasks.", "Level 6 criteria"],
    ["A2", "NASC711", "(a) A 4,000-word analysis of the school's SEN and disability policies, accessibility plan and "
     "self-evaluation against the law and guidance, with recommendations; (b) a 10-minute recorded briefing for the "
     "governing body on one recommendation; (c) a 1,000-word review of a review meeting the participant planned and "
     "held with a parent.", "Level 7 criteria"],
    ["A3", "NASC712", "A 5,000-word practitioner enquiry: the participant identifies a group of pupils, uses assessments "
     "from other professionals and the school's tracking data, sets targets, maps and leads an intervention (including "
     "the deployment of teaching assistants), reviews progress with the staff involved and recommends changes to the "
     "senior team; with a coaching log as an appendix; followed by a 15-minute professional conversation with the "
     "Unit Leader.", "Level 7 criteria"],
], [1.2, 1.9, 10.8, 2.7])
SS("A.2  Marking criteria")
para("Level 7 tasks are marked against the University's M-level criteria: knowledge and understanding; critical use of "
     "research and evidence; application to practice and impact on pupils' learning; communication. The pass mark is 50%.")
SS("A.3  Award")
para("The award is made under the University's Postgraduate Regulations (2008) to a participant who has gained 60 "
     "credits. A mark of 40-49% in one Level 7 unit may be compensated where the average mark across NASC711 and "
     "NASC712 is 50% or more, in which case the credit for that unit is awarded. NASC401 is marked pass or fail. "
     "Participants may resubmit a failed task once.")

# ------------------------------------------------------------------ Annex B
S("Annex B  Staff")
table(["Name", "Role", "Qualifications and experience", "Current practice"], [
    ["Dr Ruth Penhaligon", "Programme Leader (University)", "EdD (inclusion and school leadership); 11 years as SENCO "
     "and LA inspector for SEN", "Chairs Hexley SENCO forum; governor of a special school"],
    ["Simon Threlkeld", "Unit Leader NASC711 (University)", "MA SEN; formerly SEN casework manager, Carrow", "Advises "
     "schools on accessibility planning"],
    ["Dr Anjali Mistry", "Unit Leader NASC712 (University)", "PhD on reading intervention; chartered educational psychologist",
     "Two days a week in Hexley educational psychology service"],
    ["Karen Doyle", "Learning-set tutor (Network)", "Primary SENCO for 9 years; MA SEN; tutored the 2008 pilot",
     "SENCO (0.4) in a Fellhaven primary"],
    ["Mark Fenwick", "Learning-set tutor (Network)", "Secondary SENCO and assistant head; OCR Diploma in SpLD",
     "Specialist teacher, Sandwick SpLD service"],
    ["Lesley Oduya", "Learning-set tutor (Network)", "Deputy head of a special school; MEd; NPQH", "Outreach to mainstream "
     "schools, Ryland Valley"],
    ["Gareth Pryce", "Learning Technologist (Accessibility)", "BSc; assistive technology specialist, 6 years", "Supports "
     "assistive technology in 40 schools"],
    ["Specialist contributors", "Webinar presenters", "Educational psychologists (Hexley, Carrow); speech and language "
     "therapists (NHS Northmoor); Carrow autism outreach team; Northmoor Parent Partnership Service", "Practising"],
], [3.2, 3.4, 5.9, 4.1])

# ------------------------------------------------------------------ Annex C (landscape)
ls = doc.add_section()
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Cm(29.7), Cm(21)
ls.left_margin = ls.right_margin = Cm(2.0)
S("Annex C  Award outcome register")
para("The register shows where each of the national minimum outcomes is developed and assessed. Tasks A1 to A3 are "
     "in Annex A.")
REG = [
    ("G", "Professional attributes"),
    ("R01", "Builds constructive, respectful relationships with parents and carers of pupils with SEN",
     "NASC711 parent partnership webinar (with the Parent Partnership Service)", "A2(c) parent review"),
    ("R02", "Gains the commitment of colleagues, including the headteacher and senior team",
     "NASC712; Study Day 2 (leading change)", "A3 recommendations to the senior team; professional conversation"),
    ("R03", "Prioritises, manages time and delegates", "NASC401 \"SENCO week\" diary and learning-set discussion",
     "Learning-set task (formative, not marked)"),
    ("R04", "Anticipates problems and makes sound decisions on provision", "NASC712 case scenarios", "A3"),
    ("R05", "Communicates clearly in speech and writing; listens to others", "All units; learning sets",
     "A2(b) recorded briefing; A3 professional conversation; written tasks"),
    ("R06", "Uses research evidence and external advice", "Research digests; specialist webinars", "A2 and A3"),
    ("R07", "Keeps up to date and manages own CPD", "-", "Participant's own responsibility"),
    ("G", "Professional knowledge and understanding"),
    ("R08", "SEN and disability law (Education Act 1996, SEN Code of Practice, SENDA 2001, DDA 2005 and the disability "
            "equality duty) and what it requires of the school", "NASC711", "A2(a)"),
    ("R09", "Development and learning, and what affects them", "NASC712 webinar (educational psychology service)",
     "Learning-set discussion (formative)"),
    ("R10", "The common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning",
     "NASC712 specialist webinars", "A3"),
    ("R11", "Approaches, strategies and resources, including ICT", "NASC712; assistive technology session", "A3"),
    ("R12", "School self-evaluation and improvement for pupils with SEN", "NASC711", "A2(a)"),
    ("R13", "Research and best practice", "Research digests (section 4.1)", "A3"),
    ("R14", "External agencies and getting specialist support", "NASC712 specialist webinars; authority session (CSI-02)", "A3"),
    ("G", "Professional skills"),
    ("R15", "Advises senior colleagues and governors on inclusive policy, priorities and resources", "NASC711", "A2(a) and A2(b)"),
    ("R16", "Identifies pupils, sets targets, plans interventions, reviews progress", "NASC712", "A3"),
    ("R17", "Uses other professionals' assessments", "NASC712", "A3"),
    ("R18", "Uses summative data and national tests to track progress", "NASC712 (RAISEonline, P scales, APP)", "A3"),
    ("R19", "Encourages colleagues' formative assessment", "NASC712 assessment for learning webinar",
     "Peer observation record (uploaded to PebblePad, not marked)"),
    ("R20", "Access arrangements for tests and examinations", "Outside the Award: see Exclusions, section 3", "-"),
    ("R21", "Provision mapping", "NASC712", "A3"),
    ("R22", "Deploys and manages staff", "-", "A3 (deployment of teaching assistants)"),
    ("R23", "Supports colleagues' professional development", "NASC712 coaching; Study Day 2", "A3 coaching log (marked)"),
    ("R24", "Reviews provision with staff to inform school self-evaluation", "NASC711 and NASC712", "A2(a); A3"),
    ("R25", "Involves pupils in their provision", "NASC712 topic: pupil voice", "-"),
    ("R26", "Liaises with parents and carers", "NASC711 parent partnership webinar and task", "A2(c)"),
    ("R27", "Works with other services and agencies, including voluntary organisations",
     "Authority CAF and multi-agency training (outside the Award)", "-"),
]
rg = doc.add_table(rows=1, cols=4)
rg.style = "Table Grid"
for i, x in enumerate(["Ref", "National minimum outcome (register wording)", "Developed through", "Assessed through"]):
    c = cell_text(rg.rows[0].cells[i], x, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    shade(c, "005A70")
for row in REG:
    cells = rg.add_row().cells
    if row[0] == "G":
        mc = cells[0].merge(cells[3])
        cell_text(mc, row[1], bold=True)
        shade(mc, "E6F2F5")
        continue
    for i, x in enumerate(row):
        cell_text(cells[i], x)
set_widths(rg, [1.4, 10.2, 7.6, 6.5])
doc.add_paragraph()
para("Signed for the Network: Alison Kerr, Service Owner.   Signed for the University: Dr Ruth Penhaligon, Programme Leader.")

write_footnotes()
doc.core_properties.author = "Daniel Hurst"
doc.core_properties.title = "NLN-SDP-022 SENCO National Award: Online Delivery Service"
doc.save(OUT)
print("wrote", OUT)
