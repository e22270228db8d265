"""Build ff-02-downsmere-letters-of-support.docx

Provider (invented): Downsmere CETT, a Centre for Excellence in Teacher
Training joining the teacher education centres of four colleges (Fennick
College (lead, general FE), Queen Adela Sixth Form College, Mardon Vale
College and Thornwick Sixth Form College), offering the PG Certificate in
Special Educational Needs Coordination validated by Anglemere University,
with Sandersfield County Council and Port Eldon City Council. February 2009.

Kind of document: a bid's STATEMENT OF CASE WITH LETTERS OF SUPPORT, sent as
the application: Part 1 a signed Statement of Case by the CETT Director
("we"), Part 2 seven letters of support, each in its writer's own voice on
its own letterhead (the validating university, two local authorities, a
special school, a Parent Partnership Service, a voluntary autism charity, a
primary headteacher whose SENCO took the CETT's unaccredited 2007-08
programme), Part 3 "The Award at a glance" (study-day table, portfolio
table, outcome map in the CETT's own wording, no codes).

Layout:
- cover lines and a typed contents list;
- Heading 1 sections without numbers in Part 1, a floating text box
  ("Downsmere CETT at a glance", wps with a VML fallback), footnotes
  (published sources, a registered-body note);
- letters: shaded one-cell letterhead tables, address blocks typed with
  manual line breaks, "Our ref", "Dear ...", "Yours sincerely", names and
  titles, each on a new page;
- Part 3 tables, the outcome map with merged group rows and no outcome
  codes (outcomes in the CETT's own words);
- header and footer with a PAGE field.

Traps (requirement ids):
- 1.1: the aims are about compliance with the Code of Practice and the
  quality and consistency of provision; pupils' achievement and well-being
  appear only as values ("every child matters to us") -> partial.
- 1.9 / 6.0: blanket claim that every participant who completes the
  portfolio "will have demonstrated all of them"; the University letter and
  the Statement say a mark of 40-49 in one element may be compensated; the
  outcome map shows outcomes not summatively assessed or absent ->
  partial / partial.
- 2.1: APL explicitly refused ("we will not consider claims for
  accreditation of prior learning in 2009-10 or 2010-11") -> not met.
- 2.3: met: the Statement describes a Direct Assessment route and the
  University letter confirms it is approved under its regulations.
- 3.1: the inclusion track record is for the colleges' own 16-19 students
  with learning difficulties and disabilities (wrong context); for
  participants only the CETT's Equality and Diversity Policy and "let their
  tutor know" -> partial.
- 3.3: the two online days have a study pack, quiz and a peer discussion
  board, but "Tutors do not staff the online days" and questions wait for
  the next study day -> partial (applies).
- 4.3: partners' involvement in delivery is concrete (letters), but in
  evaluation only "invited to contribute ... as appropriate" and "We would
  be pleased to contribute to the evaluation of the Award in due course"
  -> partial.
- 5.1: participant day evaluations and the external examiner's report,
  "reported" to the CETT Board; nothing on how the evidence changes the
  programme -> partial.
- 5.3: met by the CETT's own checks (certificate at enrolment, new
  enhanced disclosure through Fennick as registered body, head's
  confirmation of no disciplinary or suitability concerns, previous head's
  reference). Noise: Sandersfield's letter says its Support Service staff
  hold disclosures (wrong context).
- 5.5: met by the Ferncliff two-day placement letter and the named
  specialists; Port Eldon Autism Support's offer is only hoped ("We hope to
  be able to offer a speaker"), harmless noise.
- 5.6: libraries only; specialist assessment materials and assistive
  software only "to be purchased if approval is granted" -> partial.
- 5.9: "We have not yet settled how we will measure the difference the
  Award makes" -> not met.
- Past arrangements (not evidence): Sandersfield's own induction course
  "has now ended"; during the 2007-08 pilot a tutor "visited school three
  times" (St Bride's letter), not part of the new Award.
- Outcomes: 6.A3 (time, priorities, delegation) absent -> not met; 6.S2d
  (access arrangements) absent -> not met; 6.A7 development plan "not
  marked" -> partial; 6.K4 evidenced in PE2 but "not taught: participants
  draw on their initial teacher training" -> partial (assessed, not
  developed); 6.K6 approaches and resources without ICT anywhere in the
  content or map -> partial (half the outcome); 6.S2b only an online quiz
  "(formative)" -> partial; 6.S2c taught on Day 9, "Evidenced in" a dash
  -> partial; 6.S9 only a multi-agency meeting log "checked for completion,
  not marked" -> partial.
- Header and footer carry only the title, date and page.
"""
from pathlib import Path
import copy
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "ff-02-downsmere-letters-of-support.docx"

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Georgia"
    doc.styles[s].font.color.rgb = RGBColor(0x3B, 0x5E, 0x2B)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_runs(p, text, bold=False, italic=False, size=None):
    runs = []
    for i, part in enumerate(text.split("**")):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        runs.append(r)
    return runs


def para(text="", style=None, bold=False, italic=False, align=None, size=None, after=None):
    p = doc.add_paragraph(style=style)
    add_runs(p, text, bold, italic, size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def lines(text_lines, bold_first=False, align=None, size=None, after=6):
    """One paragraph, lines separated by manual line breaks."""
    p = doc.add_paragraph()
    for i, ln in enumerate(text_lines):
        r = p.add_run(ln)
        r.bold = bold_first and i == 0
        if size:
            r.font.size = Pt(size)
        if i < len(text_lines) - 1:
            r.add_break(WD_BREAK.LINE)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(after)
    return p


def bullet(t):
    return para(t, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    for j, ln in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
        add_runs(p, ln, bold=bold, italic=italic, size=size)
        p.paragraph_format.space_after = Pt(2)


def table(rows, widths, head_fill="DCE6D2", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=size)
            if i == 0:
                shade(t.cell(i, j), head_fill)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def letterhead(name, sub, address, fill):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    cell_text(c, name, bold=True, size=13)
    p = c.add_paragraph()
    add_runs(p, sub, italic=True, size=9.5)
    p = c.add_paragraph()
    add_runs(p, address, size=8.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------- footnotes
FOOTNOTES = []


def footnote(paragraph, text):
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES)
    r = paragraph.add_run()
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r._r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r._r.append(ref)


def build_footnotes_part():
    body = []
    for i, txt in enumerate(FOOTNOTES, start=1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {txt}</w:t></w:r></w:p></w:footnote>')
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box
def text_box(paragraph, title, items):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    inner = (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
             f'<w:t>{esc(title)}</w:t></w:r></w:p>')
    for it in items:
        inner += (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:sz w:val="17"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(it)}</w:t></w:r></w:p>')
    xml = f'''<w:r xmlns:w="{W}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent>
 <mc:Choice Requires="wps">
  <w:drawing>
   <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
    <wp:simplePos x="0" y="0"/>
    <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
    <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
    <wp:extent cx="2160000" cy="2520000"/>
    <wp:effectExtent l="0" t="0" r="0" b="0"/>
    <wp:wrapSquare wrapText="bothSides"/>
    <wp:docPr id="101" name="Text Box 1"/>
    <wp:cNvGraphicFramePr/>
    <a:graphic>
     <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
      <wps:wsp>
       <wps:cNvSpPr txBox="1"/>
       <wps:spPr>
        <a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="2520000"/></a:xfrm>
        <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
        <a:solidFill><a:srgbClr val="EEF3E8"/></a:solidFill>
        <a:ln w="9525"><a:solidFill><a:srgbClr val="3B5E2B"/></a:solidFill></a:ln>
       </wps:spPr>
       <wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
       <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
      </wps:wsp>
     </a:graphicData>
    </a:graphic>
   </wp:anchor>
  </w:drawing>
 </mc:Choice>
 <mc:Fallback>
  <w:pict>
   <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
   <v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:170pt;height:198pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#eef3e8" strokecolor="#3b5e2b">
    <v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>
   </v:shape>
  </w:pict>
 </mc:Fallback>
</mc:AlternateContent>
</w:r>'''
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(xml))


def add_field(paragraph, instr):
    for kind, val in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = paragraph.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = val
            r._r.append(it)
        elif kind == "text":
            r.text = val
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r._r.append(f)
        r.font.size = Pt(8)


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Downsmere CETT \u00b7 Application for approval: National Award for SEN Coordination"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("February 2009 \u00b7 Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- cover
para("DOWNSMERE CETT", bold=True, size=20, align="c", after=2)
para("Centre for Excellence in Teacher Training", size=12, align="c", after=2)
para("Fennick College \u00b7 Queen Adela Sixth Form College \u00b7 Mardon Vale College \u00b7 Thornwick Sixth Form College",
     size=9.5, align="c")
para("")
para("Application to the Training and Development Agency for Schools for approval as a provider of the National Award for SEN Coordination",
     bold=True, size=13, align="c")
para("Postgraduate Certificate in Special Educational Needs Coordination, validated by Anglemere University", italic=True, align="c")
para("")
para("Statement of Case and Letters of Support", bold=True, size=15, align="c")
para("February 2009", align="c")
para("")
para("Contents", bold=True, size=12)
for ln in [
    "Part 1\tStatement of Case, by the Director of Downsmere CETT",
    "Part 2\tLetters of support",
    "\t2.1  Anglemere University, School of Education and Lifelong Learning",
    "\t2.2  Sandersfield County Council, SEN and Inclusion",
    "\t2.3  Port Eldon City Council, Educational Psychology Service",
    "\t2.4  Ferncliff School",
    "\t2.5  Sandersfield Parent Partnership Service",
    "\t2.6  Port Eldon Autism Support",
    "\t2.7  St Bride\u2019s Church of England Primary School",
    "Part 3\tThe Award at a glance: study days, portfolio and outcome map",
]:
    para(ln, after=0)
doc.add_page_break()

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1: Statement of Case", level=1)
para("This statement sets out how Downsmere CETT will provide the National Award for SEN Coordination from September 2009, with Anglemere "
     "University, which has validated it, and with the local authorities, schools and voluntary organisations whose letters make up Part 2. "
     "Part 3 summarises the programme and shows where each national outcome is developed and evidenced.")

doc.add_heading("Who we are", level=2)
p = para("Downsmere CETT is a partnership of the teacher education centres of four colleges on the Eldon estuary and the Sandersfield downs: "
         "Fennick College, which leads the partnership, Queen Adela Sixth Form College, Mardon Vale College and Thornwick Sixth Form College. "
         "It was designated a Centre for Excellence in Teacher Training in 2007. Between us we train some 280 teachers a year for the learning and "
         "skills sector, on in-service Certificate in Education and PGCE programmes and on specialist diplomas, including Fennick\u2019s diploma "
         "for specialist teachers of learners with dyslexia.")
text_box(p, "Downsmere CETT at a glance", [
    "Four college teacher education centres, one CETT since 2007",
    "Award: Postgraduate Certificate in SEN Coordination, validated by Anglemere University, 60 credits at Level 7",
    "Ten study days (eight at the colleges, two online), September to June",
    "Two-day placement at Ferncliff School",
    "Assessment by a five-element portfolio",
    "Intakes in September and January",
    "Fee \u00a31,150; Sandersfield pays half for up to 20 of its SENCOs a year",
])
para("Our work with school SENCOs began in 2007\u201308, when Sandersfield County Council funded us to run an unaccredited six-day SENCO "
     "Leadership Programme for eighteen of its SENCOs. That programme showed us both how much new SENCOs need and how well college "
     "teacher educators, several of whom were school SENCOs themselves, can meet that need. The Award replaces it.")

doc.add_heading("What schools, SENCOs and families told us", level=2)
para("In spring 2008 Sandersfield\u2019s SEN and Inclusion team surveyed all 212 of the county\u2019s schools on our behalf, and 148 replied. Of "
     "the SENCOs who replied, 71 held no qualification in SEN, 44% had been in post for less than three years and more than half were also full-"
     "time class teachers. Asked what training they needed, they put using data to track progress and planning provision first, working with "
     "parents second and the law third, and they asked for training that kept them out of school for as few days as possible. Port Eldon City "
     "Council shared the findings of its 2008 SEN audit, which showed a sharp rise in the number of pupils with autism and with speech, language "
     "and communication needs at School Action Plus. In June 2008 we held two focus groups with 23 SENCOs from both authorities, and the "
     "Sandersfield Parent Partnership Service brought together nine parents of children with SEN to talk to us.")
para("Four features of the Award come directly from what we heard. Two of the ten study days are online, because SENCOs asked to lose fewer "
     "days in school. Day 7, on working with families, is co-led by parents, because the parents\u2019 group told us that SENCOs learn most from "
     "hearing parents themselves. Day 4 gives particular weight to autism, in response to Port Eldon\u2019s audit. And every participant spends two "
     "days at Ferncliff School, because headteachers in the survey said their new SENCOs had rarely seen specialist provision at first hand.")

doc.add_heading("The Award: aims and shape", level=2)
para("Anglemere University validated the Postgraduate Certificate in Special Educational Needs Coordination on 10 December 2008 (letter 2.1). "
     "It carries 60 credits at Level 7 and counts towards the University\u2019s MA in Education.")
para("The Award aims to give teachers new to the SENCO role the knowledge, skills and confidence to lead SEN provision in their schools that fully "
     "meets the SEN Code of Practice and the 2008 SENCO Regulations, and so to raise the quality and consistency of SEN provision across the "
     "sub-region. Every child matters to us, and every one of our tutors believes that children with SEN and disabilities deserve the very best "
     "that their schools can give them.")
para("Participants attend ten study days between September and June, eight at the four colleges in turn and two online; they spend two days on "
     "placement at Ferncliff School; and they build a five-element portfolio from work in their own schools. Study days run from 9.30 to 3.30 so "
     "that participants can avoid the worst of the traffic.")

doc.add_heading("What participants learn", level=2)
p = para("The study days are listed in Part 3. The content draws on recent national work: Day 2 uses Ofsted\u2019s 2006 report on inclusion")
footnote(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535.")
add_runs(p, " to examine what makes provision effective in mainstream schools; Day 3 uses the Bercow Review of services for children with speech, "
            "language and communication needs")
footnote(p, "J. Bercow (2008) The Bercow Report: a review of services for children and young people (0\u201319) with speech, language and communication needs. DCSF.")
add_runs(p, " and the Inclusion Development Programme materials on dyslexia and on speech, language and communication needs.")
footnote(p, "DCSF (2008) Inclusion Development Programme: supporting pupils with dyslexia and pupils with speech, language and communication needs.")
add_runs(p, " Days 1 and 2 cover the Code of Practice, the Education Act 1996 as amended by the Special Educational Needs and Disability Act 2001, "
            "the Disability Discrimination Act 1995 and 2005 and the disability equality duty, the 2008 SENCO Regulations and Every Child Matters.")
para("Three strands run through the year. **Pupils\u2019 voices:** on Day 7 Sandersfield\u2019s Children\u2019s Participation Officer teaches "
     "participants to use structured ways of gathering the views of pupils with SEN, including those with little or no speech, and each "
     "participant then uses one of these tools with the pupil at the centre of their case study. **Colleagues:** from October each participant "
     "belongs to a learning set of five or six SENCOs from different schools, which meets between study days at a member school, facilitated by a "
     "tutor in the first term and by the set itself after that; Day 9 and portfolio element 4 develop the skills of leading, coaching and training "
     "colleagues. **Parents and carers:** Day 7 is co-led by the Parent Partnership Service and two parents, and the case study requires "
     "participants to plan and review the pupil\u2019s support with the family.")

doc.add_heading("Starting points and individual plans", level=2)
para("Applicants must hold qualified teacher status, work in a school in or near Sandersfield or Port Eldon and be their school\u2019s SENCO or "
     "about to take up the post. The headteacher completes and signs a nomination form, which commits the school to releasing the participant and "
     "names a line manager who will support them.")
para("Before interview every applicant completes our Starting Audit, which asks them to rate their knowledge and practice against each of the "
     "national outcomes and to give evidence for their ratings. A tutor discusses the audit with them at a 30-minute interview and decides "
     "whether they are ready to begin. Applicants who are not yet ready are told what they need to do, are offered places on the twilight "
     "Introduction to SEN sessions run by Sandersfield\u2019s SEN Support Service, and are encouraged to reapply for the next intake; we write to "
     "their headteacher with the same advice.")
para("At the first tutorial in October each participant agrees an Individual Learning Plan with their tutor. It sets out, from the Starting "
     "Audit, which outcomes the participant most needs to work on, the focus they will choose for each portfolio element, any additional reading "
     "or optional sessions, and the support they need from their school. The plan is reviewed at tutorials in February and May.")
para("Because this is a new award and we want every participant in the first cohorts to complete the full programme with their peers, we will not "
     "consider claims for accreditation of prior learning in 2009\u201310 or 2010\u201311.")
para("Exceptionally, an experienced SENCO or a teacher from an SEN support service who already meets the national outcomes may take the Direct "
     "Assessment route approved by the University (letter 2.1). After an interview with the programme leader, they present the same five "
     "portfolio elements, drawn from their current work, and take the same professional discussion as other participants, without attending "
     "the study days. We expect no more than four Direct Assessment candidates a year; the fee is \u00a3600.")
para("The fee for the taught Award is \u00a31,150. Sandersfield County Council pays half the fee for up to twenty of its SENCOs each year (letter "
     "2.2), and the two online days save schools the cost of supply cover for those days.")

doc.add_heading("Assessment and the award", level=2)
para("Participants are assessed through a portfolio of five elements, described in Part 3: a school policy review (PE1), a pupil case study "
     "(PE2), a provision management report with a provision map (PE3), an observed session leading colleagues with a written evaluation (PE4) and "
     "a 45-minute professional discussion with two assessors (PE5). Every element is rooted in the participant\u2019s own school and requires "
     "them to change something there and judge its effect.")
para("A participant is awarded the Certificate when they have passed all five elements. In line with the University\u2019s postgraduate "
     "regulations, a mark of 40\u201349 in one element other than PE5 may be compensated if the average mark across the portfolio is 50 or more. "
     "Because the portfolio is mapped to the national outcomes (Part 3), every participant who completes it will have demonstrated all of them.")
para("Every fail and a sample of 20% of all other work is second-marked by a tutor from another college. Tutors from all four colleges meet "
     "each term to moderate a sample of portfolios together, and the University\u2019s link tutor and external examiner moderate a further sample "
     "(letter 2.1).")

doc.add_heading("Flexibility and access", level=2)
para("There are two intakes a year, in September and January. The January cohort takes the study days in a different order (Days 5 to 10 in its "
     "first two terms and Days 1 to 4 the following autumn), so that nobody has to wait a year to start. A participant who misses a study day can "
     "attend the same day with the other cohort, and a participant whose circumstances change can spread the Award over two years.")
para("Days 5 and 8 are online days. On these days participants work through a study pack on Downsmere Moodle at home or in school, with video "
     "clips, readings and a short quiz, and post a reflection to the cohort\u2019s discussion board, where they can read and reply to one another\u2019s "
     "posts. Tutors do not staff the online days; any questions are taken at the start of the next study day.")
para("All four of our colleges have long experience of including learners with learning difficulties and disabilities. Between us we support more "
     "than 1,400 students aged 16 to 19 through our Additional Learning Support teams, and Thornwick\u2019s provision for learners with learning "
     "difficulties and disabilities was judged outstanding by Ofsted in 2007. The CETT\u2019s Equality and Diversity Policy applies to the Award, "
     "and participants who need any adjustment should let their tutor know.")

doc.add_heading("Admissions and safeguarding checks", level=2)
p = para("Because participants will visit other schools and spend two days at Ferncliff, we check every participant ourselves rather than relying "
         "on their employer. At enrolment each participant brings their enhanced CRB disclosure certificate, and the admissions officer at "
         "Fennick College records its number and date.")
footnote(p, "Fennick College has been a registered body with the Criminal Records Bureau since 2003.")
add_runs(p, " If the participant has not worked in a school or college, in a post involving regular contact with children or young people, in the "
            "past three months, or cannot produce a certificate, Fennick obtains a new enhanced disclosure before the participant starts. The "
            "headteacher\u2019s nomination form also confirms that the teacher is not subject to any current disciplinary process and that the "
            "school knows of no concern about their suitability to work with children. For applicants who have changed school within the past year "
            "we also ask their previous headteacher for a reference.")

doc.add_heading("Staff, specialists and placements", level=2)
para("The programme leader is Carol Beddoes (Fennick College), who was a primary SENCO for twelve years, holds an MA in Special Educational Needs "
     "and teaches on Fennick\u2019s dyslexia diploma. The other tutors are Dr Neil Ashworth (Queen Adela), formerly Sandersfield\u2019s SEN adviser "
     "for secondary schools; Meera Chauhan (Mardon Vale), a speech and language therapist who retrained as a teacher and led Mardon Vale\u2019s "
     "provision for students with communication difficulties; and Tom Verrall (Thornwick), former head of a Port Eldon pupil referral unit. Each "
     "tutor has an annual SEN development plan agreed with the programme leader, all four attend both authorities\u2019 SENCO conferences each year, "
     "and each is observed teaching annually under their college\u2019s teaching and learning observation scheme.")
para("Participants learn from specialists in every part of the programme: Port Eldon\u2019s educational psychologists on Day 6 (letter 2.3), "
     "Sandersfield\u2019s SEN Support Service on Day 4 (letter 2.2), the Parent Partnership Service on Day 7 (letter 2.5), and Ferncliff\u2019s "
     "teachers, therapists and outreach team during the placement (letter 2.4). The two-day placement at Ferncliff is arranged by us for every "
     "participant, in the spring term, in groups of no more than four.")
para("Tutors new to the Award attend an induction day in July, and all tutors work from the Award\u2019s Tutor Handbook and take part in the "
     "termly moderation meetings. Host teachers at Ferncliff are briefed by Ferncliff\u2019s deputy head using our placement guide. Each "
     "participant\u2019s line manager is invited to a briefing evening in September and receives the Line Manager\u2019s Handbook, which explains "
     "what the school-based work involves and how the line manager supports it.")

doc.add_heading("Resources", level=2)
para("Participants have full borrowing rights at all four college libraries and at Anglemere University\u2019s library. The CETT has also asked "
     "its Board for funds for a collection of specialist assessment materials and assistive software for participants to use, to be purchased if "
     "approval is granted.")

doc.add_heading("Quality and evaluation", level=2)
para("Participants evaluate each study day on a paper sheet, and the external examiner reports to the University each year. The programme leader "
     "reports on both to the CETT Board each term. Our partners will be invited to contribute to the evaluation of the Award as appropriate.")
para("We have not yet settled how we will measure the difference the Award makes to participants and to the pupils in their schools; the Award "
     "Steering Group will consider this once the first cohort has completed.")

doc.add_heading("After the Award", level=2)
para("Each participant\u2019s professional discussion (PE5) ends with them presenting a two-year professional development plan, which they will "
     "have discussed with their headteacher beforehand; the assessors comment on it and suggest further routes. Completing participants are "
     "invited to the termly meetings of the Downsmere SENCO Network, and may carry their credits into Anglemere\u2019s MA in Education.")
para("")
lines(["Dr Miriam Fairlie", "Director, Downsmere CETT", "Fennick College, Quayside Road, Port Eldon PE2 4RX", "16 February 2009"])
doc.add_page_break()

# ---------------------------------------------------------------- Part 2: letters
doc.add_heading("Part 2: Letters of support", level=1)
para("The letters are reproduced in full, in the order listed in the contents.", italic=True)

# 2.1 University
letterhead("ANGLEMERE UNIVERSITY", "School of Education and Lifelong Learning",
           "Kingsgate Campus, Anglemere AN1 3QL \u00b7 Telephone 01899 400 210", "E4E9F2")
para("Our ref: KR/PART/0912", after=0)
para("6 February 2009")
lines(["Dr Miriam Fairlie", "Director, Downsmere CETT", "Fennick College", "Quayside Road", "Port Eldon PE2 4RX"])
para("Dear Dr Fairlie")
para("**Postgraduate Certificate in Special Educational Needs Coordination**")
para("I write to confirm the University\u2019s support for the CETT\u2019s application to the TDA.")
para("At a validation event on 10 December 2008 the University approved the Postgraduate Certificate in Special Educational Needs Coordination, "
     "to be delivered by Downsmere CETT as an accredited partner of the University. The Certificate carries 60 credits at Level 7 of the Framework "
     "for Higher Education Qualifications and may count towards the University\u2019s MA in Education. The panel set two conditions, on the "
     "reading lists and on the wording of the appeals procedure, which the CETT is to meet by 31 March 2009; neither affects the structure or "
     "assessment of the programme.")
para("Participants will be registered students of the University, and their results will be confirmed by the University\u2019s Assessment Board, "
     "which meets each July and December. The University\u2019s postgraduate regulations, including those on compensation, apply to the "
     "Certificate. I can also confirm that the University has approved, under its regulations for direct assessment, a route by which a small "
     "number of experienced candidates may be assessed without attending the taught programme, presenting the same portfolio and taking the same "
     "professional discussion as other participants.")
para("Dr Hannah Pryce of Kellbridge University has been appointed external examiner. She will see a sample of work from every college and attend "
     "each Assessment Board. Our partnership link tutor, Mr Owen Garside, will moderate a sample of portfolios each term and will attend the "
     "CETT\u2019s moderation meetings.")
para("The University has worked with the four colleges for more than fifteen years on their teacher education programmes, and we are confident "
     "that they will deliver this award to the same high standard.")
para("Yours sincerely")
lines(["Professor Keith Ransome", "Dean, School of Education and Lifelong Learning"])
doc.add_page_break()

# 2.2 Sandersfield
letterhead("SANDERSFIELD COUNTY COUNCIL", "Children\u2019s Services \u00b7 SEN and Inclusion",
           "County Hall, Market Street, Sandersfield SD1 1AA \u00b7 Telephone 01877 231 000", "F2ECE0")
para("Our ref: PG/SEN/09/014", after=0)
para("9 February 2009")
lines(["To the TDA approval panel", "c/o Dr Miriam Fairlie, Downsmere CETT"])
para("Dear Colleagues")
para("**Downsmere CETT: National Award for SEN Coordination**")
para("Sandersfield County Council strongly supports Downsmere CETT\u2019s application.")
para("Last spring my team surveyed all of the county\u2019s schools with the CETT about the training their SENCOs need. The replies, from 148 of "
     "our 212 schools, showed how many of our SENCOs are new to the role and unqualified in SEN, and how hard it is for them to leave their "
     "classes for training. The CETT has listened: the programme it proposes is local, keeps days out of school to a minimum and concentrates on "
     "the things our SENCOs told us they find hardest.")
para("The Council will pay half the fee for up to twenty Sandersfield SENCOs a year for three years from September 2009. Our SEN Support Service "
     "will lead the afternoon of Day 4 on teaching pupils with autism and with behavioural, emotional and social difficulties, and will run the "
     "twilight Introduction to SEN sessions for teachers who are not yet ready to start the Award. Two of my officers will sit on the Award "
     "Steering Group. We would be pleased to contribute to the evaluation of the Award in due course.")
para("All of our Support Service staff who work in schools hold enhanced CRB disclosures, which are renewed every three years.")
para("Until July 2008 the Council ran its own six-session induction course for new SENCOs. That course has now ended, and from September we will "
     "be directing new SENCOs to the Award.")
para("Yours faithfully")
lines(["Patricia Gaunt", "Head of SEN and Inclusion"])
doc.add_page_break()

# 2.3 Port Eldon EPS
letterhead("PORT ELDON CITY COUNCIL", "Educational Psychology Service",
           "The Quadrant, Harbour Road, Port Eldon PE1 2DQ \u00b7 Telephone 01866 550 700", "E8EEF2")
para("Our ref: RM/EPS/CETT", after=0)
para("11 February 2009")
lines(["Dr Miriam Fairlie", "Director, Downsmere CETT", "Fennick College", "Port Eldon PE2 4RX"])
para("Dear Miriam")
para("**National Award for SEN Coordination**")
para("I am glad to support the CETT\u2019s application on behalf of the Educational Psychology Service.")
para("Last summer we shared with the CETT the findings of the City\u2019s 2008 SEN audit, which showed a marked rise in pupils with autism and "
     "with speech, language and communication needs at School Action Plus, and we are pleased to see this reflected in the programme.")
para("Two of our educational psychologists will co-teach Day 6 each year with the CETT\u2019s tutors. The day covers how educational psychologists "
     "and other services work with schools, how to make the most of a psychologist\u2019s assessment and advice, and the Common Assessment "
     "Framework. In addition, for the case study in portfolio element 2, each participant from a Port Eldon school may book a 45-minute consultation "
     "with their school\u2019s link psychologist about the pupil at the centre of the case study, over and above the school\u2019s usual "
     "allocation of psychologist time.")
para("Helping SENCOs to use psychological advice well is one of the most effective things we can do for children, and we look forward to working "
     "with the CETT.")
para("Yours sincerely")
lines(["Dr Rhys Madoc", "Principal Educational Psychologist"])
doc.add_page_break()

# 2.4 Ferncliff
letterhead("FERNCLIFF SCHOOL", "A community special school for pupils aged 4 to 16",
           "Cliff Lane, Port Eldon PE3 8NT \u00b7 Telephone 01866 512 344 \u00b7 Headteacher: Graham Tull", "EFE8F2")
para("Our ref: GT/09/22", after=0)
para("3 February 2009")
lines(["Mrs Carol Beddoes", "Programme Leader, Downsmere CETT", "Fennick College", "Port Eldon PE2 4RX"])
para("Dear Carol")
para("**Placements for participants on the National Award for SEN Coordination**")
para("Ferncliff is a special school for 140 pupils with moderate learning difficulties and autism, with a resource base for pupils with speech and "
     "language difficulties at Eldon Park Primary School. I am delighted to confirm that we will host every participant on the Award for a "
     "two-day placement in the spring term, in groups of no more than four.")
para("As we agreed, the two days will include observing teaching in two classes, taking part in an annual review meeting (with the family\u2019s "
     "consent), time with our speech and language therapist and our outreach team, a visit to the resource base, and a question-and-answer "
     "session with me and our SENCO. Our deputy head, Alison Crane, will brief the host teachers each year using the CETT\u2019s placement guide "
     "and will complete a short placement record for each participant.")
para("Many of the SENCOs who will come to us work in the schools our pupils join or leave, so this is an investment for us as well. We look "
     "forward to it.")
para("Yours sincerely")
lines(["Graham Tull", "Headteacher"])
doc.add_page_break()

# 2.5 PPS
letterhead("SANDERSFIELD PARENT PARTNERSHIP SERVICE", "Impartial information, advice and support for parents of children with SEN",
           "The Old School House, Church Walk, Sandersfield SD3 5PL \u00b7 Helpline 01877 240 600", "F5F0E1")
para("15 January 2009")
lines(["Dr Miriam Fairlie", "Downsmere CETT", "Fennick College", "Port Eldon PE2 4RX"])
para("Dear Dr Fairlie")
para("I am writing to support your application for the National Award for SEN Coordination.")
para("Last June we brought together nine parents of children with special educational needs to talk to your team. What mattered most to them was "
     "being listened to, being told what was happening in plain language, and not having to fight for every piece of help. They asked that "
     "parents should help to teach the day on working with families rather than simply being talked about, and I was very pleased that the CETT "
     "agreed straight away.")
para("Each year I will co-lead Day 7 with two parents from our volunteer network, who will talk about their own experience of working with their "
     "children\u2019s schools. We will also run the workshop on difficult conversations with parents, using the situations our helpline deals "
     "with most often.")
para("Yours sincerely")
lines(["Denise Rowe", "Coordinator"])
doc.add_page_break()

# 2.6 Autism charity
letterhead("PORT ELDON AUTISM SUPPORT", "Registered charity \u00b7 run by families, for families",
           "c/o 14 Marine Terrace, Port Eldon PE1 6HB", "EAF2F0")
para("20 January 2009")
para("To whom it may concern")
para("Port Eldon Autism Support is a volunteer-led charity that has supported families of children and young people with autism in the city since "
     "1996. We run a helpline, a parents\u2019 group and a Saturday club for young people aged 11 to 18.")
para("We are very happy to support the Downsmere CETT application. We hope to be able to offer a speaker for the autism session on Day 4, "
     "although as a volunteer-led charity we cannot promise this every year. Participants are welcome to visit our Saturday club by arrangement.")
para("Yours faithfully")
lines(["Jan Whitlow", "Chair of Trustees"])
doc.add_page_break()

# 2.7 Primary head
letterhead("ST BRIDE\u2019S CHURCH OF ENGLAND PRIMARY SCHOOL", "Voluntary controlled",
           "Vicarage Road, Hensham, Sandersfield SD7 2JW \u00b7 Headteacher: Mrs F. Oyelaran", "F0EEE4")
para("2 February 2009")
para("Dear Dr Fairlie")
para("I am very happy to write in support of your application.")
para("Our SENCO, Daniel Hurst, was one of the eighteen Sandersfield SENCOs on the CETT\u2019s SENCO Leadership Programme in 2007\u201308. During "
     "the programme his tutor visited school three times, observed him leading a review meeting and met me to discuss his priorities, and this "
     "made a real difference to how quickly he found his feet. Daniel reorganised our teaching assistants\u2019 timetables, introduced a "
     "provision map and started termly meetings with every family of a child at School Action Plus. Last year 11 of our 14 pupils at School "
     "Action Plus made at least two sub-levels\u2019 progress in reading, compared with 6 of 13 the year before.")
para("I would encourage the panel to approve the CETT so that other schools can benefit as we have, and I would be pleased to talk to any "
     "headteacher who is considering nominating their SENCO.")
para("Yours sincerely")
lines(["Frances Oyelaran", "Headteacher"])
doc.add_page_break()

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3: The Award at a glance", level=1)
doc.add_heading("Study days", level=2)
para("Dates are for the September intake; the January intake takes the same days in a different order.", italic=True, size=9.5)
table([
    ["Day", "Month", "Where", "Content", "Led with"],
    ["1", "Sep", "Fennick", "The SENCO\u2019s role; the Code of Practice, the Education Act 1996 and SENDA 2001, the 2008 SENCO Regulations; Every Child Matters and what the SENCO contributes to the five outcomes", "CETT tutors"],
    ["2", "Oct", "Queen Adela", "Disability equality law and the disability equality duty; school self-evaluation, the SEF and RAISEonline; working with the head and governors on SEN policy and priorities (Ofsted 2006)", "CETT tutors; a chair of governors"],
    ["3", "Nov", "Mardon Vale", "Specific learning difficulties including dyslexia, moderate learning difficulties, speech, language and communication needs (Bercow 2008; Inclusion Development Programme); identifying needs and planning interventions", "CETT tutors"],
    ["4", "Dec", "Thornwick", "Autism; behavioural, emotional and social difficulties; approaches and resources for teaching and assessing these pupils; working with voluntary organisations", "Sandersfield SEN Support Service; Port Eldon Autism Support"],
    ["5", "Jan", "Online", "Tracking progress: P scales, national tests and teacher assessment, using data to adjust programmes", "Study pack and quiz on Moodle"],
    ["6", "Feb", "Fennick", "Educational psychologists and other services; using other professionals\u2019 assessments; the Common Assessment Framework; making decisions in complex cases", "Port Eldon educational psychologists"],
    ["7", "Mar", "Queen Adela", "Working with parents and carers; gathering and using pupils\u2019 views", "Parent Partnership Service and parents; Children\u2019s Participation Officer"],
    ["8", "Apr", "Online", "Provision mapping; deploying and managing teaching assistants", "Study pack and quiz on Moodle"],
    ["9", "May", "Mardon Vale", "Leading colleagues: coaching, observation and feedback, training; research-informed practice; helping colleagues use assessment for learning with pupils with SEN", "CETT tutors"],
    ["10", "Jun", "Thornwick", "Reviewing provision and school improvement; resolving problems in provision; planning your own professional development", "CETT tutors"],
], widths=[1.0, 1.2, 2.2, 8.6, 3.8], size=9)

doc.add_heading("The portfolio", level=2)
table([
    ["Element", "What the participant produces", "Weighting"],
    ["PE1 School policy review (3,000 words)", "A review of the school\u2019s SEN and disability policies and practice against the Code of Practice, the 2008 Regulations, the disability equality duty and Every Child Matters, using the school\u2019s self-evaluation evidence and ending in priorities agreed with the headteacher and the governor for SEN. Includes the headteacher\u2019s written response.", "20%"],
    ["PE2 Pupil case study (3,500 words)", "The needs of one pupil and how the pupil\u2019s development and learning have been affected by those needs and by the learning environment; use of other professionals\u2019 assessments; the pupil\u2019s views gathered with a structured tool; targets, an intervention and its review; planning and reviewing support with the family.", "25%"],
    ["PE3 Provision management report (2,500 words and a provision map)", "A provision map for the school or a key stage; an evaluation of what is working and what is missing and of how support staff are deployed and managed; the findings reviewed with colleagues and fed into the school\u2019s self-evaluation.", "25%"],
    ["PE4 Leading colleagues (an observed session and a 1,500-word evaluation)", "The participant plans and leads a training or coaching session for colleagues, grounded in research and best practice, observed by a tutor, and evaluates its effect on colleagues\u2019 practice.", "20%"],
    ["PE5 Professional discussion (45 minutes, two assessors)", "A discussion of the portfolio: the decisions taken and why, the problems met, what the participant would do differently. It ends with the participant presenting their professional development plan (the plan itself is not marked).", "10%"],
], widths=[4.6, 10.2, 2.0], size=9)
para("Participants also keep a log of the multi-agency meetings they attend during the year; it is checked for completion but not marked.")

doc.add_heading("Where the national outcomes are developed and evidenced", level=2)
rows = [
    ("G", "Professional attributes"),
    ("Fair, respectful and supportive relationships with pupils with SEN and their parents or carers", "Day 7", "PE2 (record of work with the pupil and family)"),
    ("Winning the commitment of colleagues, including the headteacher and senior leaders", "Day 2", "PE1 (headteacher\u2019s written response)"),
    ("Anticipating and resolving problems; sound judgements about provision", "Days 6, 10", "PE3; PE5"),
    ("Communicating clearly in speech and writing; listening to and understanding others", "Day 9", "PE4 (observed session); PE5"),
    ("Using research and outside advice to improve one\u2019s own and colleagues\u2019 practice", "Days 3, 9", "PE4"),
    ("Keeping up to date and taking responsibility for one\u2019s own professional development", "Day 10", "Development plan (not marked)"),
    ("G", "Professional knowledge and understanding"),
    ("SEN law and guidance, including the Code of Practice, and how to put them into practice", "Day 1", "PE1"),
    ("Every Child Matters and the SENCO\u2019s part in the five outcomes", "Day 1", "PE1"),
    ("Disability equality law and what it requires schools to do", "Day 2", "PE1"),
    ("How children develop, and how SEN, disability and the learning environment affect development", "Not taught: participants draw on their initial teacher training", "PE2"),
    ("The common types of SEN and disability and how they affect learning", "Days 3, 4", "PE2"),
    ("Approaches, strategies and resources for assessment, planning, teaching and learning", "Days 3, 4", "PE2"),
    ("School self-evaluation and improvement and how they relate to pupils with SEN", "Days 2, 10", "PE1; PE3"),
    ("Best practice and research in meeting special educational needs", "Days 3, 9", "PE4"),
    ("The work of other services and agencies, and how to obtain specialist support", "Day 6", "PE2 (including the psychologist consultation)"),
    ("G", "Professional skills"),
    ("Working with senior colleagues and governors on an inclusive ethos, policies, priorities and resources", "Day 2", "PE1"),
    ("Identifying pupils with SEN, setting targets, planning interventions and reviewing progress", "Days 3, 4", "PE2"),
    ("Using other professionals\u2019 assessments to shape teaching", "Day 6", "PE2"),
    ("Using summative assessment, including national tests, to track progress", "Day 5 (online)", "Online quiz (formative)"),
    ("Helping colleagues develop formative assessment for pupils with SEN", "Day 9", "\u2014"),
    ("Provision mapping; identifying ineffective or missing provision", "Day 8 (online)", "PE3"),
    ("Deploying and managing support staff", "Day 8 (online)", "PE3"),
    ("Supporting colleagues\u2019 professional development", "Day 9", "PE4"),
    ("Reviewing provision with colleagues to inform school self-evaluation", "Day 10", "PE3"),
    ("Involving pupils in planning and reviewing their provision", "Day 7", "PE2 (pupil\u2019s views)"),
    ("Liaising with parents and carers", "Day 7", "PE2"),
    ("Working with other services and agencies, including voluntary organisations", "Days 4, 6", "Multi-agency meeting log"),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["National outcome (in our words)", "Developed on", "Evidenced in"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "DCE6D2")
for i, row in enumerate(rows, start=1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, row[1], bold=True)
        shade(m, "EEEEEE")
    else:
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=9)
for row in t.rows:
    for j, w in enumerate([9.0, 3.6, 4.2]):
        row.cells[j].width = Cm(w)

build_footnotes_part()
cp = doc.core_properties
cp.author = "Miriam Fairlie"
cp.title = "Downsmere CETT - Statement of Case and Letters of Support"
cp.created = datetime.datetime(2009, 1, 12, 10, 0, 0)
cp.modified = datetime.datetime(2009, 2, 16, 17, 5, 0)
doc.save(OUT)
print("wrote", OUT)
