"""Build ch-01-form-controls.docx: Pellingford University with Sedgemere County Council.

Provider (invented): Pellingford University, School of Education and Lifelong
Learning, in partnership with Sedgemere County Council's Learning Support and
Inclusion Service. Programme: Postgraduate Certificate in Special Educational
Needs Coordination (National Award), 60 credits at Level 7, two 30-credit
modules PEL7401 "The SENCO, the Law and the Inclusive School" and PEL7402
"Leading Provision and Improving Outcomes". Ten Thursday study days at the
Harnley Professional Centre, online units on Pellingford Learn between them.
Dated 20 February 2009; 2008-era vocabulary (CRB, DDA, SEN Code of Practice
2001, ECM, the 2008 SENCO Regulations).

Layout: the TDA application form as a Word 2007 form template.
- The form's own printed text stays in the document: section headings
  (Heading 1, "SECTION C: CRITERION 1 ..."), numbered prompts in bold that
  paraphrase or quote the specification ("1.5 Explain how the programme will
  develop participants' skills in consulting children and young people ..."),
  italic grey guidance notes, a printed outcomes table whose first column
  holds the Annex 3 wording. None of this is the provider's answer.
- Every answer is inside a Word content control (w:sdt / w:sdtContent, raw
  OOXML): block-level rich-text controls under each prompt (some holding
  several paragraphs, two holding a whole table: the programme outline in B1
  and the staff table in 5.4), run-level plain-text controls in table cells,
  a drop-down list control (delivery mode), date controls, and Word 2010
  check-box controls showing the symbols U+2612 / U+2610.
- Some controls were never filled and still show the placeholder "Click here
  to enter text." (w:showingPlcHdr, Placeholder Text style): 1.5, section J,
  the signature, the TDA-use box ("Choose an item."), and many cells of the
  outcomes table.
- Two check-box tables: in Section C (which skills the programme develops)
  and Section I (confirmations). Ticks are never evidence.
- Page header and footer carry only the form's reference.

Traps and the requirement ids they affect:
- 1.3 partially_met: the answer restates the requirement ("will reflect
  recent research and inspection evidence ...") and promises to keep reading
  lists current; the only concrete thing is study day 5 on reading research.
- 1.5 not_met: a ticked box in the Section C checklist, and the answer
  control under the prompt is an empty placeholder.
- 1.7 partially_met: value statement ("at the heart of everything we do")
  plus one session title on study day 10; nothing on how advising and
  partnership skills are developed.
- 1.9 and 6.0 partially_met: blanket claim that the assignments and the
  portfolio "cover and assess all of the national minimum outcomes"; the
  outcomes table (Section H) contradicts it.
- 2.2 partially_met: pre-course self-audit used only to form tutorial sets;
  no individual training plan or personalised outcomes.
- 2.3 not_met: the 2.3 answer says only "Please see Section I"; Section I
  has a ticked "Yes" for an assessment-only route and its "If yes, please
  describe" control is an empty placeholder.
- 3.1 partially_met: blanket statement of compliance with the equality Acts
  and access to the University's Student Support service; no arrangement
  for disclosure or reasonable adjustments for candidates.
- 3.3 partially_met (e-learning applies): online units with a discussion
  board for peers, but the boards are "not moderated or monitored by tutors"
  and tutor questions wait for the next study day.
- 4.3 partially_met: LA specialists teach, headteachers attend the viva, but
  stakeholders' part in evaluation is only intended ("In due course we
  intend to invite ...").
- 5.3 not_met: the 5.3 answer says the University "does not request, see or
  record" disclosure details (employers hold them); the Section I tick
  "verifies ... CRB" contradicts it and is not evidence.
- 5.5 partially_met: specialist expertise yes, but "We do not arrange
  placements".
- 5.7 partially_met: tutors prepared; the mentor guide "is being prepared".
- 5.9 partially_met: the answer is a cross-reference "See Section F", and
  Section F (Criterion 4) has nothing on impact; the only measures are the
  Impact Study's pupil baselines described under 1.1; nothing on
  participants' competence or confidence.
- Outcomes table (Section H), "Where developed" / "How assessed for the
  award" cells:
  * both placeholders: 6.A4, 6.K4, 6.S2c -> not_met;
  * 6.S2d: "developed" cell names the County's separate spring briefing run
    by another team, "assessed" is a placeholder -> not_met (another body's
    arrangement, not the programme);
  * developed but assessed cell a placeholder: 6.A3, 6.S8, 6.S9 ->
    partially_met;
  * assessed only by the formative reflective log ("not graded"): 6.A1,
    6.A7 -> partially_met;
  * assessed (Impact Study: pupils' views) but developed cell a placeholder:
    6.S7 -> partially_met;
  * the rest are developed on a named study day and assessed in PEL7401
    Policy Review, PEL7402 Impact Study, viva, or the pass/fail Professional
    Practice Portfolio that must be passed for the award -> met.
- Genuine arrangements written plainly: accreditation (E.1, E.2), aims and
  Impact Study with pupil baselines (1.1), gap tasks (1.2), law sessions
  (1.4), coaching and cluster consultation (1.6), Impact Study change
  (1.8), APCL/APEL (2.1), tutorials, options and fees (2.4), Next Steps
  plan (2.5), two start points and repeat days (3.2), the SENCO survey
  (4.1), three named changes (4.2), evaluation cycle (5.1), entry and
  interview (5.2), staff table (5.4), resources (5.6), second marking and
  external examiner (5.8).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

NAME = "ch-01-form-controls"
OUT = Path(__file__).with_name(NAME + ".docx")

NSW = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NSW14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PH = "Click here to enter text."

doc = Document()
doc.core_properties.author = "Miriam Ostler"
doc.core_properties.title = "TDA SENCO application form 2008-09 - Pellingford University"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)

ph_style = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
ph_style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
prompt_style = doc.styles.add_style("Form Prompt", WD_STYLE_TYPE.PARAGRAPH)
prompt_style.base_style = normal
prompt_style.font.bold = True
prompt_style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
prompt_style.paragraph_format.space_before = Pt(10)
prompt_style.paragraph_format.space_after = Pt(2)
guide_style = doc.styles.add_style("Form Guidance", WD_STYLE_TYPE.PARAGRAPH)
guide_style.base_style = normal
guide_style.font.italic = True
guide_style.font.size = Pt(8.5)
guide_style.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

body = doc.element.body
_ids = [40110]


def nid():
    _ids[0] += 7
    return _ids[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def body_append(el):
    body.find(qn("w:sectPr")).addprevious(el)


def r_xml(text, bold=False, italic=False, rstyle=None, font=None):
    rpr = ""
    if rstyle:
        rpr += f'<w:rStyle w:val="{rstyle}"/>'
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def p_xml(text, bold=False, italic=False, after=80):
    """A paragraph; a leading '**x**' segment is set in bold (a lead-in)."""
    runs = ""
    if text.startswith("**"):
        head, rest = text[2:].split("**", 1)
        runs = r_xml(head, bold=True) + r_xml(rest, italic=italic)
    else:
        runs = r_xml(text, bold=bold, italic=italic)
    return f'<w:p><w:pPr><w:spacing w:after="{after}"/></w:pPr>{runs}</w:p>'


def sdt_block(inner_xml, alias, tag, placeholder=False):
    pr = f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
    if placeholder:
        pr += ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_22675703"/></w:placeholder>'
               "<w:showingPlcHdr/>")
    xml = (f"<w:sdt {NSW}><w:sdtPr>{pr}</w:sdtPr><w:sdtEndPr/>"
           f"<w:sdtContent>{inner_xml}</w:sdtContent></w:sdt>")
    body_append(parse_xml(xml))


def answer(tag, *paras, alias=None):
    """A filled block-level rich text control under a prompt."""
    sdt_block("".join(p_xml(t) for t in paras), alias or "Response " + tag, tag)


def empty_answer(tag, alias=None):
    inner = f'<w:p>{r_xml(PH, rstyle="PlaceholderText")}</w:p>'
    sdt_block(inner, alias or "Response " + tag, tag, placeholder=True)


def tbl_xml(rows, widths, header=True, shade="DCE6F1"):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = []
    for i, row in enumerate(rows):
        cells = []
        for j, txt in enumerate(row):
            tcpr = f'<w:tcW w:w="{widths[j]}" w:type="dxa"/>'
            if header and i == 0:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
            paras = txt.split("\n")
            cells.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>" + "".join(
                f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{r_xml(pp, bold=(header and i == 0))}</w:p>'
                for pp in paras) + "</w:tc>")
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr>"
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(out)}</w:tbl>")


def sdt_run(text, tag, alias=None, placeholder=False, kind="text"):
    """A run-level content control (for table cells and inline fields)."""
    pr = f'<w:alias w:val="{esc(alias or tag)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
    if placeholder:
        pr += ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_22675703"/></w:placeholder>'
               "<w:showingPlcHdr/>")
        content = r_xml(text or PH, rstyle="PlaceholderText")
    else:
        content = r_xml(text)
    if kind == "text":
        pr += '<w:text w:multiLine="1"/>'
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sdt_dropdown(selected, items, tag, placeholder=False):
    lst = "".join(f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items)
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
    if placeholder:
        pr += ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_22675705"/></w:placeholder>'
               "<w:showingPlcHdr/>")
        content = r_xml("Choose an item.", rstyle="PlaceholderText")
    else:
        content = r_xml(selected)
    pr += f"<w:dropDownList>{lst}</w:dropDownList>"
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sdt_date(iso, shown, tag, placeholder=False):
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
    if placeholder:
        pr += ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_22675706"/></w:placeholder>'
               "<w:showingPlcHdr/>")
        content = r_xml("Click here to enter a date.", rstyle="PlaceholderText")
        pr += '<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
    else:
        content = r_xml(shown)
        pr += f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
    pr += '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sdt_check(checked, tag):
    font = "MS Gothic"
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/></w:rPr>'
    pr = (f'{rpr}<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
          f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
          f'<w14:checkedState w14:val="2612" w14:font="{font}"/>'
          f'<w14:uncheckedState w14:val="2610" w14:font="{font}"/></w14:checkbox>')
    sym = "\u2612" if checked else "\u2610"
    return (f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>"
            f'<w:r>{rpr}<w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>')


def set_cell(cell, inner_runs_xml, bold_label=None):
    """Replace a python-docx cell's content with one paragraph of raw runs."""
    tc = cell._tc
    for p_el in tc.findall(qn("w:p")):
        tc.remove(p_el)
    lead = r_xml(bold_label, bold=True) if bold_label else ""
    tc.append(parse_xml(f'<w:p {NSW} {NSW14}><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        f"{lead}{inner_runs_xml}</w:p>"))


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {NSW} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def heading(text):
    return doc.add_heading(text, level=1)


def prompt(text):
    return doc.add_paragraph(text, style="Form Prompt")


def guide(text):
    return doc.add_paragraph(text, style="Form Guidance")


# ------------------------------------------------------------------ header / footer
sec0 = doc.sections[0]
hp = sec0.header.paragraphs[0]
hp.text = ("Training and Development Agency for Schools  |  Nationally accredited training for SENCOs  |  "
           "Application form 2008-09")
hp.runs[0].font.size = Pt(8)
fp = sec0.footer.paragraphs[0]
fr = fp.add_run("Form TDA/SENCO/APP/0809 (Word 2007 template, v1.1)    Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {NSW} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                       "<w:t>1</w:t></w:r></w:fldSimple>"))

# ------------------------------------------------------------------ front page (form text)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = t.add_run("Training and Development Agency for Schools")
rr.bold = True
rr.font.size = Pt(14)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = t.add_run("APPLICATION FOR APPROVAL TO PROVIDE NATIONALLY ACCREDITED TRAINING FOR SPECIAL "
               "EDUCATIONAL NEEDS COORDINATORS (SENCOs)")
rr.bold = True
rr.font.size = Pt(12)
guide("How to complete this form: type your response in the grey box beneath each question. The boxes "
      "expand as you type. Do not alter the wording of the questions. Each response should show how your "
      "provision meets the requirement in Annex 2 of the specification; the guidance in Section 1 of the "
      "specification explains what the panel will look for. Applications must be received by 27 February "
      "2009. Incomplete applications may not be considered.")

# ------------------------------------------------------------------ SECTION A
heading("SECTION A: APPLICANT DETAILS")
rows_a = [
    ("A1 Lead provider", sdt_run("Pellingford University, School of Education and Lifelong Learning", "A1")),
    ("A2 Partner organisation(s)", sdt_run("Sedgemere County Council, Children's Services "
                                           "(Learning Support and Inclusion Service)", "A2")),
    ("A3 Higher education institution awarding the credit",
     sdt_run("Pellingford University. The programme was validated by the University's Academic Standards "
             "Committee on 12 November 2008 for first delivery in September 2009.", "A3")),
    ("A4 Title of award", sdt_run("Postgraduate Certificate in Special Educational Needs Coordination "
                                  "(National Award for SENCOs)", "A4")),
    ("A5 Credit value and level", sdt_run("60 credits at Level 7 (Master's level) of the FHEQ: two "
                                          "30-credit modules, PEL7401 and PEL7402", "A5")),
    ("A6 Mode of delivery", sdt_dropdown("Part-time, blended (face to face and online)",
                                         ["Part-time, face to face only",
                                          "Part-time, blended (face to face and online)",
                                          "Part-time, distance learning",
                                          "Full-time"], "A6")),
    ("A7 Contact name and role", sdt_run("Dr Miriam Ostler, Programme Leader, PGCert SEN Coordination", "A7")),
    ("A8 Date of submission", sdt_date("2009-02-20", "20/02/2009", "A8")),
]
tab = doc.add_table(rows=len(rows_a), cols=2)
tab.style = "Table Grid"
for i, (lab, ctl) in enumerate(rows_a):
    set_cell(tab.rows[i].cells[0], "", bold_label=lab)
    shade(tab.rows[i].cells[0], "F2F2F2")
    set_cell(tab.rows[i].cells[1], ctl)

# ------------------------------------------------------------------ SECTION B
heading("SECTION B: PROGRAMME SUMMARY")
prompt("B1 Give a brief outline of the structure, content and assessment of the programme. You may "
       "insert a table.")
guide("Guidance: the detail of how the programme meets each criterion should be given in Sections C to H.")
outline = [
    ["Study day", "Date (2009-10)", "Module", "Content"],
    ["1", "17 Sep 2009", "PEL7401", "The SENCO's role and the law: the Education (Special Educational Needs "
     "Coordinators) (England) Regulations 2008; the SEN Code of Practice (2001) in practice; statutory "
     "assessment, statements and annual reviews"],
    ["2", "15 Oct 2009", "PEL7401", "Every Child Matters: the five outcomes, the Common Assessment "
     "Framework, the SENCO's contribution to pupils' well-being"],
    ["3", "12 Nov 2009", "PEL7401", "Disability equality: the DDA 1995 as amended in 2005, the Disability "
     "Equality Duty and accessibility planning; Removing Barriers to Achievement"],
    ["4", "10 Dec 2009", "PEL7401", "School self-evaluation and improvement: the SEF and RAISEonline for "
     "pupils with SEN; reviewing provision with colleagues; working with the headteacher and the SEN "
     "governor on policy and resources; presenting to governors"],
    ["5", "14 Jan 2010", "PEL7401", "Managing the role: priorities, time and delegation. Using evidence: "
     "reading and appraising research on SEN, and drawing on advice from specialists"],
    ["6", "11 Feb 2010", "PEL7402", "Identifying and assessing need: observation, data and standardised "
     "assessment; using reports from educational psychologists, therapists and other professionals; "
     "targets, IEPs and planning interventions; the consultation round protocol for cluster meetings"],
    ["7", "11 Mar 2010", "PEL7402", "The common areas of need (BESD, SpLD including dyslexia, SLCN, ASD, "
     "MLD) with Sedgemere's specialist teachers; approaches and resources, including ICT and assistive "
     "technology"],
    ["8", "22 Apr 2010", "PEL7402", "Tracking progress: national curriculum tests, P scales and "
     "contextual value added; provision mapping and management; finding ineffective or missing provision"],
    ["9", "20 May 2010", "PEL7402", "Leading adults: deploying and managing teaching assistants; lesson "
     "observation and feedback, coaching, planning and leading INSET; gaining the commitment of the "
     "headteacher and senior team"],
    ["10", "17 Jun 2010", "PEL7402", "Families and agencies: working with families; the Parent Partnership "
     "Service; external agencies and voluntary organisations. Next steps and CPD planning"],
]
outline_tbl = tbl_xml(outline, [900, 1300, 1000, 5400])
assess_paras = [
    "**Assessment. **PEL7401 is assessed by a 5,000-word Policy Review: a critical review of the "
    "participant's school SEN policy and practice against the Code of Practice, the Disability Equality "
    "Duty and the five Every Child Matters outcomes, using the school's self-evaluation, ending with an "
    "action plan agreed with the headteacher and presented to the SEN governor.",
    "PEL7402 is assessed by a 6,000-word Impact Study (80%) and a 20-minute viva (20%) at which the "
    "participant presents the study to the tutor and his or her headteacher. PEL7402 also has a "
    "Professional Practice Portfolio, assessed pass/fail, which must be passed for the module and therefore "
    "for the award. It contains (i) a plan for the deployment of the school's teaching assistants and "
    "(ii) the school mentor's observation report on an INSET session the participant has led. "
    "Participants also keep a reflective log throughout, which they discuss at tutorials; the log is "
    "formative and is not graded.",
]
sdt_block(p_xml("Programme outline", bold=True) + outline_tbl + "".join(p_xml(t) for t in assess_paras),
          "Response B1", "B1")

# ------------------------------------------------------------------ SECTION C
heading("SECTION C: CRITERION 1 \u2013 RAISING ACHIEVEMENT")
guide("Criterion 1: Programmes should have as their main objective and outcome the raised achievement of "
      "children and young people with SEN and/or disabilities, through improving participants' professional "
      "knowledge, understanding and skills.")
prompt("1.1 Show how the programme will have a clear focus \u2013 in its aims, objectives, content and "
       "assessment \u2013 on raising the achievement of children and young people with SEN and/or "
       "disabilities and on improving their well-being.")
guide("Guidance: 'achievement' includes all five Every Child Matters outcomes (paragraph 9). "
      "Maximum 400 words.")
answer("1.1",
       "The validated aim of the PGCert is \u201cto enable SENCOs to raise the achievement and improve the "
       "well-being of children and young people with SEN and/or disabilities in their schools, by leading, "
       "coordinating and evaluating the provision made for them\u201d. We read achievement in the full Every "
       "Child Matters sense, and the four programme objectives each name a difference for pupils rather "
       "than for the participant alone: better identification of need, better-targeted interventions, "
       "better use of adults, and pupils and families more involved in decisions.",
       "In content, study day 2 is given over wholly to the five outcomes and the SENCO's part in them, and "
       "every other study day ends with the same question to each table: what will be different, and for "
       "which pupils? In assessment, the PEL7402 Impact Study requires each participant to choose a focus "
       "group of pupils, record baseline measures of attainment and of at least one well-being indicator "
       "(attendance, exclusions, a published self-esteem scale or the pupils' own ratings) before the "
       "intervention begins, and repeat the same measures at least twelve weeks later. A quarter of the "
       "marks for the Impact Study are for the analysis of this evidence.")
prompt("1.2 Show how the programme will make strong links to effective practice in schools.")
guide("Guidance: programmes should include practical activity in a school directly related to the outcomes "
      "in Criterion 6 (paragraph 10).")
answer("1.2",
       "Every participant is a serving or designated SENCO, and the programme is built around his or her "
       "own school. Between study days each participant carries out a gap task in school (ten in all: for "
       "example auditing the SEN register against the Code of Practice, mapping the provision for one year "
       "group, or observing a colleague's annual review meeting) and brings the findings to the next study "
       "day, where they are used as the case material for the morning. The Impact Study is an intervention "
       "that the participant plans, leads and evaluates in school over at least one term, and each gap task "
       "and the Impact Study are mapped to the outcomes in Section H. A school mentor, nominated by the "
       "headteacher, supports the school-based work.")
prompt("1.3 Show how the programme will reflect recent research and inspection evidence and important "
       "developments and innovations relating to special educational needs and disability.")
answer("1.3",
       "The programme will reflect recent research and inspection evidence and important developments and "
       "innovations relating to special educational needs and disability. Module reading lists will be "
       "kept current.")
prompt("1.4 Show how the programme will develop participants' understanding of current legislation and "
       "government policies and initiatives on SEN and disability.")
answer("1.4",
       "Legislation and policy are taught in the first three study days of PEL7401 and then revisited "
       "through the gap tasks rather than left as a block of lectures. Study day 1 works through the "
       "Education (Special Educational Needs Coordinators) (England) Regulations 2008, which came into force "
       "in September 2008, alongside the SEN Code of Practice and the Education Act 1996 as amended by the "
       "SEN and Disability Act 2001. Study day 2 covers Every Child Matters and the Children Act 2004; study "
       "day 3 the Disability Discrimination Act as amended in 2005, the Disability Equality Duty and "
       "Removing Barriers to Achievement. Gap task 2 asks each participant to audit the school's SEN policy "
       "against the Code, and the Policy Review assesses their understanding of the law and guidance and of "
       "how it applies in their school.")
prompt("Checklist: please indicate which of the following skills the programme develops.")
chk = doc.add_table(rows=4, cols=3)
chk.style = "Table Grid"
for j, h in enumerate(["Participants' skills in ...", "Yes", "No"]):
    set_cell(chk.rows[0].cells[j], "", bold_label=h)
    shade(chk.rows[0].cells[j], "DCE6F1")
chk_rows = [("consulting children and young people about issues that affect them (1.5)", True, "C15"),
            ("advising, supporting and collaborating with colleagues within and beyond the school (1.6)",
             True, "C16"),
            ("advising, supporting and working in partnership with parents and carers (1.7)", True, "C17")]
for i, (lab, yes, tg) in enumerate(chk_rows, start=1):
    set_cell(chk.rows[i].cells[0], r_xml(lab))
    set_cell(chk.rows[i].cells[1], sdt_check(yes, tg + "_Y"))
    set_cell(chk.rows[i].cells[2], sdt_check(not yes, tg + "_N"))
prompt("1.5 Explain how the programme will develop participants' skills in consulting children and young "
       "people about issues that affect them.")
guide("Guidance: the provision should prepare participants to listen to the views of pupils (paragraph 9).")
empty_answer("1.5")
prompt("1.6 Explain how the programme will develop participants' skills in advising, supporting and "
       "collaborating with colleagues, within and beyond the school.")
answer("1.6",
       "Within the school: on study day 9 participants practise lesson observation and feedback in pairs, "
       "using filmed lessons from Sedgemere classrooms, and learn a simple coaching model. Each participant "
       "then plans and leads an INSET session for colleagues in his or her own school, which the school "
       "mentor observes and reports on for the Portfolio.",
       "Beyond the school: participants are placed in locality clusters of four or five. Each cluster meets "
       "twice a term between study days in one of its members' schools, using the consultation round "
       "protocol taught on study day 6: one SENCO presents a current case, the others question and advise, "
       "and the presenter records what he or she will do next. In the summer term each cluster invites the "
       "area's specialist teacher to one of its meetings.")
prompt("1.7 Explain how the programme will develop participants' skills in advising, supporting and working "
       "in partnership with parents and carers.")
answer("1.7",
       "Partnership with parents and carers is at the heart of everything we do. We believe that parents "
       "are their children's first and most enduring educators and that the SENCO must be their advocate "
       "within the school. These values run through the whole programme, and the final study day includes "
       "a session on working with families.")
prompt("1.8 Show how the programme will enable participants to make an impact on practice by meeting the "
       "programme outcomes.")
answer("1.8",
       "The Impact Study is the main vehicle. The participant identifies a weakness in the school's provision "
       "from the Policy Review, agrees with the headteacher a change to address it (for instance "
       "restructuring the way teaching assistants are deployed in Key Stage 2, or introducing a reading "
       "intervention with a tracked group), leads the change for at least a term and evaluates its effect. "
       "The school mentor confirms in writing that the change took place, and the headteacher hears the "
       "findings at the viva, so that the result is owned by the school and not only by the participant.")
prompt("1.9 Show how the programme will involve rigorous assessment of participants against all of the "
       "programme outcomes.")
answer("1.9",
       "All of the national minimum outcomes are covered and assessed through the two module assignments and "
       "the Professional Practice Portfolio; the mapping is given in Section H. Marking grids are published "
       "to participants at the start of each module and are written in terms of the outcomes.")

# ------------------------------------------------------------------ SECTION D
heading("SECTION D: CRITERION 2 \u2013 MEETING PARTICIPANTS' NEEDS")
prompt("2.1 Describe your arrangements to take account of and accredit prior study and experience.")
answer("2.1",
       "Candidates who hold Master's-level credit from a relevant programme completed within the last five "
       "years (a university module in SEN, inclusion or specific learning difficulties, for example) may "
       "claim up to 30 credits of Accredited Prior Certificated Learning against PEL7401 under the "
       "University's APL regulations.",
       "Candidates with substantial relevant experience but no such credit may instead make a claim for "
       "Accredited Prior Experiential Learning against PEL7401. They submit a 5,000-word reflective "
       "portfolio mapped to the module's learning outcomes, with evidence from their own practice; the "
       "portfolio is assessed by the APL tutor, Mr Asante-Rees, and the award of credit is confirmed by the "
       "Examination Board. The fee for an APEL claim is \u00a3150. No more than 30 of the 60 credits may be "
       "gained through prior learning of either kind, so every participant takes PEL7402.")
prompt("2.2 Describe how each participant's training and development needs will be assessed against the "
       "programme outcomes before the course, and how this will be used to set an individual training plan "
       "and a personalised set of outcomes.")
answer("2.2",
       "Before the first study day each participant completes the Pellingford SENCO Self-Audit, rating his or "
       "her confidence on a four-point scale against each of the national minimum outcomes. The returns are "
       "analysed by the programme leader and used to form the tutorial sets, so that participants of "
       "similar experience (new primary SENCOs, secondary SENCOs, SENCOs in special settings) are tutored "
       "together and the tutorial content can be pitched to each set.")
prompt("2.3 Describe the arrangements by which, in exceptional circumstances, suitably experienced "
       "candidates will be able to present themselves for assessment against the programme outcomes through "
       "an 'assessment-only' route.")
answer("2.3", "Please see Section I.")
prompt("2.4 Show that the provision is of high quality, tailored to individuals' circumstances and needs, "
       "offers effective CPD which promotes progression towards the outcomes, and is cost-effective.")
answer("2.4",
       "**Tailoring. **Participants choose the focus of eight of the ten gap tasks and of the Impact Study "
       "to suit their school and stage of experience. Each participant has four individual tutorials (two per "
       "module) with a named tutor, who records agreed next steps after each one. Three optional twilight "
       "workshops each year (in 2009-10: dyslexia-friendly classrooms, supporting pupils with attachment "
       "difficulties, and the SENCO in the small rural primary school) are open to anyone who wants them.",
       "**Progression. **The two modules are sequenced so that the Policy Review in PEL7401 identifies the "
       "change that the Impact Study in PEL7402 then carries out; the 60 credits count in full towards the "
       "University's MA Inclusive Education.",
       "**Cost. **The fee is \u00a31,260 for the whole programme. Sedgemere County Council pays half the fee "
       "for SENCOs in its maintained schools. Study days are held at the Council's Harnley Professional "
       "Centre at no charge to the programme, and cluster meetings take place in participants' own schools, "
       "which keeps both the fee and supply cover costs down.")
prompt("2.5 Show how participants who complete the programme successfully will be helped to consider "
       "further professional targets.")
answer("2.5",
       "The last hour of study day 10 is given to next steps. Each participant drafts a Next Steps plan on "
       "a template we provide, setting two or three professional development targets for the following "
       "year, and is asked to discuss and agree it with the headteacher at the next performance management "
       "review. Tutors add a written comment to each plan before it is returned. We also brief participants "
       "on the MA Inclusive Education and on Sedgemere's termly SENCO network.")

# ------------------------------------------------------------------ SECTION E
heading("SECTION E: CRITERION 3 \u2013 ACCESS AND FLEXIBILITY")
prompt("3.1 Show how the programme will comply with all relevant duties under equalities laws to enable "
       "all participants to access and participate fully in the programme, e.g. by making reasonable "
       "adjustments for disabled candidates and participants.")
guide("Guidance: see paragraph 19, including how candidates are encouraged to disclose a disability.")
answer("3.1",
       "Pellingford University complies fully with its duties under the Race Relations (Amendment) Act "
       "2000, the Disability Discrimination Act 1995 as amended in 2005 and the Equality Act 2006, and its "
       "Single Equality Scheme applies to every programme it offers, including this one. Participants on the "
       "PGCert have the same access to the University's Student Support Service as every other student.")
prompt("3.2 Describe the flexible ways in which the course will be delivered.")
answer("3.2",
       "There are two start points each year, in September and in January. September starters take PEL7401 "
       "then PEL7402; January starters take PEL7402 first and PEL7401 the following autumn, since each "
       "module was designed to stand on its own. Participants may complete in one year or spread the two "
       "modules over two years. Each study day is run on a Thursday at Harnley and repeated the following "
       "Tuesday at the University's Pellingford campus, and participants may attend whichever suits them. "
       "Online units on Pellingford Learn (see 3.3) replace some of the reading that would otherwise need "
       "taught time.")
prompt("3.3 If the programme uses e-learning, show that participants will be able to get direct support from "
       "tutors and peers; that there are arrangements for supporting participants between face-to-face "
       "sessions; and that ICT will be used effectively in teaching and learning and for communication.")
answer("3.3",
       "Between study days participants work through an online unit on Pellingford Learn, the University's "
       "virtual learning environment: about four hours of reading, short filmed case studies and a "
       "self-check quiz per unit. Each unit has a discussion board on which participants post their gap-task "
       "findings and comment on one another's. The discussion boards are for participants' own use and are "
       "not moderated or monitored by tutors; questions for tutors should be raised at the next study day.")

# ------------------------------------------------------------------ SECTION F
heading("SECTION F: CRITERION 4 \u2013 STAKEHOLDERS")
prompt("4.1 Give clear evidence that the provision will reflect evidence about the needs of the main "
       "stakeholders.")
answer("4.1",
       "In April 2008 Sedgemere's Learning Support and Inclusion Service surveyed all 143 SENCOs in the "
       "county's schools on our behalf; 96 replied. The University analysed the returns with the Council's "
       "Principal Officer for SEN. Four needs stood out: planning and costing provision across the school "
       "(71 respondents), deploying and managing teaching assistants (64), using data to track the progress "
       "of pupils working below national expectations (58), and confidence in leading colleagues who are "
       "more senior (41). We tested these findings at the Sedgemere primary and secondary headteachers' "
       "forum on 9 October 2008 and against the Council's SEN Strategy 2008-2011, whose first priority is "
       "that every SENCO in the county leads a provision map. Each of the four needs now has its own place "
       "in the programme (study days 8, 9, 8 and 9 respectively).")
prompt("4.2 Give details of how stakeholders have directly or indirectly influenced the development and "
       "improvement of the programme.")
answer("4.2",
       "Three changes were made to the draft because of what stakeholders told us. Provision mapping was "
       "given a study day of its own (day 8) at the request of the Council's Principal Officer for SEN. Study "
       "days were moved from Fridays to Thursdays after the headteachers' forum told us that Friday cover was "
       "the hardest to find. The staff deployment plan was added to the Portfolio at the suggestion of the "
       "primary headteachers, who wanted evidence that the course would change how their teaching assistants "
       "were used. The Sedgemere Parent Partnership Service also read and commented on the draft of study "
       "day 10.")
prompt("4.3 Give details of how stakeholders will be involved, directly or indirectly, in evaluation and "
       "other aspects of the provision.")
answer("4.3",
       "Sedgemere's specialist teachers (the autism outreach team, the SpLD base at Morrow Lane and the Speech "
       "and Language Support Team) and one of the county's educational psychologists teach on study days 6 "
       "and 7, and the Principal Officer for SEN co-leads study day 1. Participants' headteachers attend the "
       "PEL7402 viva. In due course we intend to invite the County's SEN Strategy Group to take a view on how "
       "well the programme is meeting the county's needs.")

# ------------------------------------------------------------------ SECTION G
heading("SECTION G: CRITERION 5 \u2013 QUALITY ASSURANCE")
prompt("5.1 Describe the range of internal and external evaluation methods you will use, and how the evidence "
       "gathered will be used to improve the quality and impact of the programme.")
answer("5.1",
       "Internal: a one-page evaluation at the end of every study day; an end-of-module questionnaire; a "
       "student-staff liaison meeting each term with two elected participant representatives; and a module "
       "report from each module leader, which draws together the evaluations, the marks profile and the "
       "tutors' comments.",
       "External: the external examiner, appointed by the University for four years (currently Dr Rhoswen "
       "Tait, Senior Lecturer in Inclusive Education at another university), samples the assessed work of "
       "both modules, meets participants once a year and writes an annual report.",
       "Use of the evidence: all of these sources feed the Annual Programme Review, which the programme team "
       "writes each September. It ends with an action plan that must be approved by the School's Learning "
       "and Teaching Committee, whose chair checks progress against it at the following review. At induction "
       "each new cohort is told what was changed in response to the previous cohort's evaluations.")
prompt("5.2 Describe the systems that ensure candidates accepted onto the programme have enough prior "
       "knowledge, understanding and skills to benefit from it and to meet the outcomes by the end of the "
       "course.")
answer("5.2",
       "Candidates must hold QTS, be in post as SENCO or designated to take up the role within the year, "
       "and have the written support of their headteacher on the nomination form. Every candidate is "
       "interviewed by the programme leader or a tutor, who goes through the candidate's Self-Audit and "
       "asks for examples from his or her practice, to judge whether the candidate is likely to meet all of "
       "the outcomes by the end of the programme. A candidate who is not yet ready is given a written note "
       "of what to do first (most often the Council's introductory SENCO course, or a term shadowing an "
       "experienced SENCO in the cluster) and, with the candidate's agreement, the programme leader "
       "discusses the note with the headteacher.")
prompt("5.3 Describe the systems in place to verify that candidates accepted onto the programme have a "
       "current Criminal Records Bureau enhanced disclosure and any other appropriate background check.")
answer("5.3",
       "All participants are serving teachers employed by schools and local authorities, and their enhanced "
       "CRB disclosures are obtained and held by their employers under the safer recruitment arrangements. "
       "The University is not the employer and does not request, see or record candidates' disclosure "
       "details.")
prompt("5.4 Show that you have suitably qualified and experienced staff with up-to-date knowledge and skills "
       "in the relevant specialist area.")
staff = [
    ["Name", "Role on the programme", "Qualifications", "Recent experience"],
    ["Dr Miriam Ostler", "Programme leader; PEL7402 module leader", "EdD; MA Special Educational Needs; QTS",
     "SENCO in two Sedgemere comprehensives 1994-2005; Senior Lecturer since 2005; chairs the county's "
     "secondary SENCO network"],
    ["Mr Kofi Asante-Rees", "PEL7401 module leader; APL tutor", "MA Inclusive Education; NPQH; QTS",
     "Deputy headteacher and SENCO, Harnley Park Community College, until 2007"],
    ["Ms Joanna Pryce", "Tutor (study days 1 and 6)", "Chartered educational psychologist; MSc Educational "
     "Psychology", "Principal Officer for SEN, Sedgemere County Council (current post)"],
    ["Mrs Linnet Okafor", "Tutor (study day 7)", "AMBDA; Postgraduate Diploma in SpLD; QTS",
     "Specialist teacher, Sedgemere SpLD base, Morrow Lane (current post)"],
]
sdt_block(tbl_xml(staff, [1700, 2100, 2300, 2500])
          + p_xml("Every tutor keeps current through at least one national SEN conference a year under the "
                  "School's staff development plan, and the two University tutors each spend five days a "
                  "year working alongside SENCOs in Sedgemere schools."),
          "Response 5.4", "5.4")
prompt("5.5 Show that participants will have access to a range of specialist expertise and appropriate, "
       "high-quality placements.")
answer("5.5",
       "Participants have access to a wide range of specialist expertise through the Council's services "
       "(educational psychology, speech and language support, autism outreach, sensory support and the SpLD "
       "base), all of which contribute to study days 6 and 7, and through the researchers of the University's "
       "Centre for Inclusion. We do not arrange placements: the participant's own school is the setting for "
       "all practical work, which we believe is where it has most effect.")
prompt("5.6 Show that you can offer enough specialist teaching resources (including ICT and other specialist "
       "technology) to enable all participants to reach the programme outcomes.")
answer("5.6",
       "Participants are full members of the University library, with remote access to its electronic "
       "journals (among them the British Journal of Special Education and Support for Learning). The Harnley "
       "Professional Centre houses the Council's SEN Resource Library, from which participants may borrow "
       "standardised assessments, intervention programmes and reading schemes for up to four weeks, and an "
       "assistive technology suite (text-to-speech software, Clicker 5, symbol software and voice "
       "recognition) that is used on study day 7 and can be booked by participants afterwards. Every "
       "participant has a Pellingford Learn account and a University e-mail address.")
prompt("5.7 Show how you will make sure that everyone involved in delivery and assessment (e.g. tutors or "
       "mentors) understands their roles and responsibilities and has the knowledge, understanding and skills "
       "to carry them out to a high standard.")
answer("5.7",
       "All tutors receive the Programme Handbook and attend a programme team day each July, at which the "
       "marking grids, the year's changes and the external examiner's report are gone through, and a "
       "standardisation meeting before each marking period. New tutors are paired with an experienced "
       "tutor for their first year. Each participant's headteacher nominates a school mentor; a mentor "
       "guide explaining the mentor's part in the Portfolio observation is being prepared, and we expect to "
       "issue it during the first year of the programme.")
prompt("5.8 Show that you can ensure that assessments will be consistent, reliable and accurate across the "
       "programme, and that they will be moderated.")
answer("5.8",
       "Policy Reviews and Impact Studies are marked by the participant's tutor against the published "
       "grids. A quarter of the scripts in each module, and every fail and borderline script, are "
       "second-marked blind by another tutor; the module team then meets to moderate the marks before the "
       "Examination Board. Portfolio pass/fail decisions are moderated by the programme leader. The external "
       "examiner receives a sample from each module, including all fails, and attends the Examination Board.")
prompt("5.9 Show how you will evaluate the quality, standards and impact of the programme on participants' "
       "competence and confidence, and on the achievement of children and young people, giving specific "
       "evidence of the methods and measures to be used.")
guide("Guidance: see paragraph 25.")
answer("5.9", "See Section F.")

# ------------------------------------------------------------------ SECTION H
heading("SECTION H: CRITERION 6 \u2013 THE MINIMUM OUTCOMES")
prompt("6.1 Explain how you will ensure that only candidates who have shown that they reach at least all of "
       "the minimum outcomes in Annex 3 are awarded the qualification.")
answer("6.1",
       "To be awarded the PGCert, participants must pass PEL7401 and PEL7402, including the pass/fail "
       "Professional Practice Portfolio. Between them these cover and assess all of the national minimum "
       "outcomes, as the table below shows.")
prompt("6.2 Complete the table to show, for each minimum outcome, where it is developed in the programme "
       "and how it is assessed for the award.")
guide("Guidance: the outcome wording is reproduced from Annex 3 of the specification. Add rows if needed.")

P = None  # marker for an unfilled cell
outcomes = [
    ("Professional attributes", None, None),
    ("Establish fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
     "disabilities and with their parents or carers",
     "Study day 10 (working with families); tutorials",
     "Reflective log (formative; discussed at tutorials, not graded)"),
    ("Gain the commitment of colleagues, including the headteacher and senior leaders, to improving the "
     "outcomes achieved by pupils with SEN and/or disabilities",
     "Study day 9",
     "PEL7402 viva, marked on how the participant secured the commitment of the headteacher and senior "
     "team to the change"),
    ("Prioritise work, manage their time effectively and delegate responsibilities and tasks appropriately, "
     "making sure they are carried out effectively",
     "Study day 5 (managing the role)", P),
    ("Anticipate and resolve problems, make well founded decisions and exercise sound judgement on provision "
     "for pupils with SEN and/or disabilities", P, P),
    ("Express themselves clearly in speech and in writing, and listen to and understand the views of others",
     "Study days 4 and 9 (presenting to governors and colleagues); cluster consultation rounds",
     "PEL7402 viva (clarity of the spoken presentation; response to the headteacher's and tutor's "
     "questions); written style criterion in both assignments"),
    ("Draw on research evidence and other external sources of advice to improve their own and their "
     "colleagues' practice",
     "Study day 5 (using evidence)",
     "Impact Study: literature review and use of specialist advice (marking criterion 2)"),
    ("Keep up to date on developments and take responsibility for their own CPD on SEN and disability matters",
     "Study day 10 (next steps and CPD planning)",
     "Reflective log (formative, not graded)"),
    ("Professional knowledge and understanding", None, None),
    ("Know and understand relevant laws and associated guidance on SEN, including the policies and "
     "procedures set out in the SEN Code of Practice, their implications for the school, the SENCO and "
     "others, and how to put them into practice",
     "Study day 1; gap task 2", "PEL7401 Policy Review"),
    ("Know and understand the principles and outcomes of Every Child Matters and how the SENCO can help "
     "children to achieve those outcomes",
     "Study day 2", "PEL7401 Policy Review (section on the five outcomes)"),
    ("Know and understand the relevant laws on disability equality and the actions these laws require to "
     "support pupils with disabilities, and how they might best be carried out",
     "Study day 3", "PEL7401 Policy Review (Disability Equality Scheme and accessibility plan)"),
    ("Know and understand how children develop and how their development can be affected by a range of "
     "factors, including SEN and/or disabilities and the physical and social environment for learning", P, P),
    ("Know and understand the most common types of SEN and disabilities and how they can affect children's "
     "learning",
     "Study day 7 (with Sedgemere specialist teachers)",
     "Impact Study: analysis of the focus group's needs"),
    ("Have a critical understanding of a range of approaches, strategies and resources for assessment, "
     "planning, teaching and learning, including ICT, and know how to use them effectively",
     "Study days 6, 7 and 8",
     "Impact Study: critical evaluation of the chosen intervention and its resources, including ICT"),
    ("Know and understand the principles of school self-evaluation and improvement and how they relate to "
     "improving outcomes for pupils with SEN and/or disabilities",
     "Study day 4", "PEL7401 Policy Review (use of the school's SEF)"),
    ("Know about best practice and the outcomes of research in meeting children's special educational needs",
     "Study day 5", "Impact Study literature review"),
    ("Know and understand the scope and role of external agencies, and how to get specialist support and "
     "resources for pupils with SEN and/or disabilities",
     "Study day 10 (external agencies)",
     "Impact Study: account of which external agencies' advice was sought for the focus group, and how"),
    ("Professional skills", None, None),
    ("Working closely with senior colleagues and governors, advise on and influence the strategic "
     "development of an inclusive ethos, policies and priorities and the use of resources",
     "Study day 4",
     "PEL7401 Policy Review: action plan agreed with the headteacher and presented to the SEN governor"),
    ("Identify pupils who may have SEN and/or disabilities, set appropriately challenging targets, plan "
     "interventions and review their progress",
     "Study day 6", "Impact Study"),
    ("- use assessments from a range of professionals to help develop appropriate teaching and learning "
     "approaches", "Study day 6", "Impact Study (use of professionals' reports on the focus group)"),
    ("- use summative assessments, including national tests, to track pupils' progress and change "
     "programmes appropriately",
     "Study day 8", "Impact Study: baseline and follow-up measures"),
    ("- encourage other teachers to develop formative assessment for all pupils, with specific "
     "consideration of approaches for pupils with SEN and/or disabilities", P, P),
    ("- identify in good time any special arrangements pupils need for national tests and examinations, and "
     "work with colleagues to put them in place",
     "Sedgemere's Assessment and Data Team runs a separate access arrangements briefing for all SENCOs each "
     "spring", P),
    ("Use tools such as provision mapping and management to plan provision and identify ineffective or "
     "missing provision",
     "Study day 8", "Impact Study: provision map for the focus group, with costings"),
    ("Deploy and manage staff effectively to support pupils with SEN and/or disabilities",
     "Study day 9", "Professional Practice Portfolio: staff deployment plan (pass/fail; must be passed)"),
    ("Support the professional development of colleagues \u2013 observing teaching and giving feedback, "
     "modelling, coaching and mentoring, and delivering or arranging training",
     "Study day 9",
     "Professional Practice Portfolio: mentor's observation report on an INSET session led by the "
     "participant (pass/fail; must be passed)"),
    ("Review and evaluate, with other staff, the effectiveness of provision, to inform the school's "
     "self-evaluation and improvement planning",
     "Study day 4",
     "PEL7401 Policy Review (review of provision carried out with colleagues, linked to the SEF)"),
    ("Ensure that pupils with SEN and/or disabilities are involved, whenever appropriate, in planning, "
     "agreeing, reviewing and evaluating provision made for them",
     P, "Impact Study (section on the focus group pupils' views of the intervention)"),
    ("Liaise effectively with parents and carers of pupils with SEN and/or disabilities to promote their "
     "learning and development",
     "Study day 10 (working with families; the Parent Partnership Service)", P),
    ("Work in partnership with professionals in other services and agencies, including voluntary "
     "organisations, to develop a coherent and coordinated approach",
     "Study day 10 (multi-agency working; the Sedgemere Autism Family Network)", P),
]
ot = doc.add_table(rows=1 + len(outcomes), cols=3)
ot.style = "Table Grid"
for j, h in enumerate(["Minimum outcome (Annex 3)", "Where developed in the programme",
                       "How assessed for the award"]):
    set_cell(ot.rows[0].cells[j], "", bold_label=h)
    shade(ot.rows[0].cells[j], "DCE6F1")
for i, (oc, dev, ass) in enumerate(outcomes, start=1):
    row = ot.rows[i]
    if dev is None and ass is None and oc in ("Professional attributes", "Professional knowledge and "
                                              "understanding", "Professional skills"):
        merged = row.cells[0].merge(row.cells[2])
        set_cell(merged, "", bold_label=oc)
        shade(merged, "F2F2F2")
        continue
    set_cell(row.cells[0], r_xml(oc))
    set_cell(row.cells[1], sdt_run(dev, f"H{i}_dev", "Where developed", placeholder=(dev is None)))
    set_cell(row.cells[2], sdt_run(ass, f"H{i}_ass", "How assessed", placeholder=(ass is None)))

# ------------------------------------------------------------------ SECTION I
heading("SECTION I: CONFIRMATIONS")
guide("Tick one box in each row. Where you tick Yes and the row asks for details, give them in the box.")
conf = [
    ("The programme will be validated by a higher education institution at Master's level.", True, None),
    ("The programme offers an assessment-only route for suitably experienced candidates, in exceptional "
     "circumstances. If yes, please describe the arrangements:", True, PH),
    ("The provider verifies that every candidate holds a current enhanced CRB disclosure before the "
     "programme starts.", True, None),
    ("The programme uses e-learning.", True, None),
    ("Stakeholders have been involved in developing the programme.", True, None),
]
ct = doc.add_table(rows=1 + len(conf), cols=3)
ct.style = "Table Grid"
for j, h in enumerate(["Statement", "Yes", "No"]):
    set_cell(ct.rows[0].cells[j], "", bold_label=h)
    shade(ct.rows[0].cells[j], "DCE6F1")
for i, (lab, yes, detail) in enumerate(conf, start=1):
    inner = r_xml(lab)
    if detail is not None:
        inner += r_xml(" ") + sdt_run(None, f"I{i}_detail", "Details", placeholder=True)
    set_cell(ct.rows[i].cells[0], inner)
    set_cell(ct.rows[i].cells[1], sdt_check(yes, f"I{i}_Y"))
    set_cell(ct.rows[i].cells[2], sdt_check(not yes, f"I{i}_N"))

# ------------------------------------------------------------------ SECTION J, K
heading("SECTION J: ANY OTHER INFORMATION")
prompt("Please give any other information you would like the panel to consider.")
empty_answer("J1")
heading("SECTION K: DECLARATION")
guide("I confirm that the information given in this application is accurate and that the provider will "
      "meet the requirements of the specification if approved.")
dec = doc.add_table(rows=4, cols=2)
dec.style = "Table Grid"
for i, (lab, ctl) in enumerate([
        ("Name", sdt_run("Professor Gwendolen Hartley", "K1")),
        ("Position", sdt_run("Dean, School of Education and Lifelong Learning, Pellingford University", "K2")),
        ("Signature", sdt_run(None, "K3", placeholder=True)),
        ("Date", sdt_date(None, None, "K4", placeholder=True))]):
    set_cell(dec.rows[i].cells[0], "", bold_label=lab)
    set_cell(dec.rows[i].cells[1], ctl)

doc.add_paragraph()
tda = doc.add_table(rows=3, cols=2)
tda.style = "Table Grid"
hdr = tda.rows[0].cells[0].merge(tda.rows[0].cells[1])
set_cell(hdr, "", bold_label="FOR TDA USE ONLY")
shade(hdr, "D9D9D9")
set_cell(tda.rows[1].cells[0], "", bold_label="Application reference")
set_cell(tda.rows[1].cells[1], sdt_run(None, "TDA_ref", placeholder=True))
set_cell(tda.rows[2].cells[0], "", bold_label="Panel recommendation")
set_cell(tda.rows[2].cells[1], sdt_dropdown(None, ["Approve", "Approve with conditions", "Do not approve"],
                                            "TDA_decision", placeholder=True))

doc.save(OUT)
print("wrote", OUT)
