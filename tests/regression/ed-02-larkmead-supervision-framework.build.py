"""Build ed-02-larkmead-supervision-framework.docx (blind test application).

KIND OF DOCUMENT
  An educational psychology service's supervision framework: the practice
  document in which an EPS sets out how its psychologists give professional
  supervision (contracting, functions of supervision, records, confidentiality,
  supervision of supervisors). Larkmead EPS adapted its own staff Supervision
  Policy (2007) to govern the workplace half of the National Award for SEN
  Coordination that it runs with a university, and sent this framework, with a
  short "Award in brief" part, to the TDA as the application. It is a working
  draft: the Programme Director's tracked changes and reviewers' Word comments
  are still in it.

PROVIDER (invented)
  Larkmead Educational Psychology Service, London Borough of Larkmead, with
  the Department of Education Studies, Greycoat University. Principal EP Dr Owen
  Fairbairn; Supervision Lead (Senior EP) Priya Raman; Programme Director Dr
  Ruth Sanderson (Greycoat); Programme Administrator Carol Weekes; Registry
  officer Joseph Okoye. Beechcroft School (special), the Orchard Centre at St
  Anselm's Primary (resourced provision for autism). Award: Postgraduate
  Certificate, 60 credits at Level 7, eight taught days, six individual
  supervision sessions (S1-S6) with a link EP, three Work Discussion Groups,
  Task 1 (reflective casework analysis), Task 2 (leading a development
  project), a pass/fail Professional Practice Portfolio. Supervision records
  are confidential and never assessed.

LAYOUT
  No Heading styles: part titles are a custom paragraph style ("LEPS Part
  Title") and sub-titles a second custom style; bold run-in lead-ins. A
  document-status table, an "Award in brief" fact table, a role table, a
  supervision-year table (S1-S6), a supervision contract template with
  [bracketed] fields, an outcome map (Appendix 1) with merged group rows and
  columns Taught day / Supervision / Assessed in, a blank supervision record
  form (Appendix 2) whose prompts are not answers. A text box holds a pull
  quote from a 2007-08 pilot group. Three footnotes (footnote 2 carries part
  of the CRB arrangement). Tracked changes by Ruth Sanderson: a deleted paragraph,
  inserted sentences, a deletion/insertion pair in the outcome map. Five Word
  comments. Header and footer.

TRAPS (requirement ids affected)
  - 2.3  The assessment-only route exists only in a DELETED tracked paragraph
         (Part Two) -> not_met.
  - 2.1  "The Award does not accredit prior learning or experience" (Part Two);
         a Word comment says Registry would allow APCL up to 30 credits:
         comments are not the submission -> not_met.
  - 5.8  Second marking of Task 1 and Task 2 exists only in an INSERTED
         tracked sentence (it counts); the Portfolio is single-marked; the
         external examiner is "[to be appointed]" with duties "[to be agreed
         with Registry]", and a comment (not evidence) says cohort 1 may have
         internal moderation only -> partially_met.
  - 6.K3 Its "Assessed in" cell is an inserted tracked change ("Task 2
         (accessibility plan review)") and Task 2's description says so in
         an inserted sentence; inserted text is part of the submission -> met.
  - 6.S2b Its "Assessed in" cell had "Task 2 (tracking data)" DELETED and "-"
         inserted; Day 6 teaches it -> partially_met.
  - 5.2  "set out in the University's Programme Handbook, section 3, and are
         not repeated here": cross-reference to a document not supplied
         -> not_met.
  - 5.6  "[Paragraph on library, ICT and specialist resources to be supplied
         by Greycoat]" placeholder; a comment says the paragraph has been
         "chased" -> not_met.
  - 1.1  Aims centre on the SENCO's confidence, resilience and "well-being" (the
         participant's, not pupils'); pupils only "in turn" -> partially_met.
  - 1.3  Research cited is supervision literature (Proctor, Hawkins and
         Shohet, Kolb): wrong context; taught days only "research-informed"
         -> partially_met.
  - 1.7  Parents only "where participants bring it to supervision"; no taught
         session, no task -> partially_met (6.S8, 6.A1 supervision only).
  - 3.1  Only a contract question and "reasonable adjustments to how
         supervision is arranged"; nothing for taught days, selection,
         assessment or publicity -> partially_met.
  - 3.2  One September intake, days in fixed order; only supervision venue
         and telephone options -> partially_met.
  - 3.3  "The Award has no online study element" -> not_applicable.
  - 5.1  Evaluation methods all internal (questionnaires, record audit, session
         evaluations, Review Group); no external examiner yet -> partially_met.
  - 5.4  met: chartered EPs with three years' post-qualification experience,
         the SEN development group, University tutors with SENCO experience.
  - 1.5  met (Day 5 "Hearing the child" and Task 1's pupil views), while 1.7
         is not: do not read the two alike.
  - 6.0, 1.9  Award rule passes Task 1, Task 2 and Portfolio; Part Six says
         supervision records "are not seen by markers" yet Part Six also claims
         "Between them, the two tasks, the portfolio and supervision make sure
         that every national outcome is met" (supervision counted as if
         assessment) -> partially_met.
  - Text box: a 2007-08 pilot participant's quotation (past pilot, not
         evidence of anything).
  - Footnote 2 carries the three-month rule for new CRB disclosures (counts,
         part of 5.3 met). Footnote 3 (the TME reference) supports 5.9.
  - Appendix 2 form prompts ("Which national outcomes did this touch?") are
         not evidence.
  - Header/footer: not evidence.
  Met in this shape: E.1, E.2 (fact table); 2.2 (S1 Starting Profile into an
  Individual Learning Plan with personalised outcomes); 2.5 (S6); 5.3 (Part
  Seven plus footnote 2); 5.7 (role table, supervisor training, mentor
  briefing, supervision of supervisors); 5.9 (Starting Profile repeated, TME on
  pupils' targets, footnote 3); 4.1-4.3 (Forum survey, pilot, Award Review
  Group with heads, SENCOs, parent representative).
  Criterion 6 (Appendix 1 read with Part Six):
  - Supervision only, never assessed: 6.A1, A3, S4, S8 -> partially_met.
  - Taught only: 6.K2 (Day 1), 6.S2b (Day 6, see above) -> partially_met.
  - Absent: 6.S2c, 6.S2d (no row, no day) -> not_met.
  - Met: A2, A4, A5, A6, A7, K1, K3, K4, K5, K6, K7, K8, K9, S1, S2, S2a, S3,
    S5, S6, S7, S9.
"""
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ed-02-larkmead-supervision-framework"
OUT = os.path.join(HERE, NAME + ".docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = "Ruth Sanderson"
DATE = "2009-03-09T10:15:00Z"
_rev = [100]


def next_id():
    _rev[0] += 1
    return str(_rev[0])


doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(6)
for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(2.5)

PLUM = RGBColor(0x5B, 0x2C, 0x6F)
part_style = doc.styles.add_style("LEPS Part Title", WD_STYLE_TYPE.PARAGRAPH)
part_style.base_style = normal
part_style.font.size = Pt(14)
part_style.font.bold = True
part_style.font.color.rgb = PLUM
part_style.paragraph_format.space_before = Pt(16)
part_style.paragraph_format.space_after = Pt(6)
sub_style = doc.styles.add_style("LEPS Subhead", WD_STYLE_TYPE.PARAGRAPH)
sub_style.base_style = normal
sub_style.font.size = Pt(11)
sub_style.font.bold = True
sub_style.font.italic = True
sub_style.paragraph_format.space_before = Pt(8)


# ------------------------------------------------------------------ helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def part(text):
    return doc.add_paragraph(text, style="LEPS Part Title")


def sub(text):
    return doc.add_paragraph(text, style="LEPS Subhead")


def p(text="", bold=False, italic=False, size=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return para


def lead(label, text):
    para = doc.add_paragraph()
    r = para.add_run(label + " ")
    r.bold = True
    para.add_run(text)
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _run_xml(text, deleted=False, italic=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return (f'<w:r xmlns:w="{W_NS}">{rpr}<{tag} xml:space="preserve">{esc}</{tag}></w:r>')


def add_ins(paragraph, text):
    ins = parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="{next_id()}" w:author="{AUTHOR}" '
                    f'w:date="{DATE}">{_run_xml(text)}</w:ins>')
    paragraph._p.append(ins)
    return ins


def add_del(paragraph, text):
    d = parse_xml(f'<w:del xmlns:w="{W_NS}" w:id="{next_id()}" w:author="{AUTHOR}" '
                  f'w:date="{DATE}">{_run_xml(text, deleted=True)}</w:del>')
    paragraph._p.append(d)
    return d


def deleted_paragraph(text):
    para = doc.add_paragraph()
    pPr = para._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), next_id())
    dm.set(qn("w:author"), AUTHOR)
    dm.set(qn("w:date"), DATE)
    rPr.append(dm)
    pPr.append(rPr)
    add_del(para, text)
    return para


def inserted_paragraph(text):
    para = doc.add_paragraph()
    pPr = para._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    im = OxmlElement("w:ins")
    im.set(qn("w:id"), next_id())
    im.set(qn("w:author"), AUTHOR)
    im.set(qn("w:date"), DATE)
    rPr.append(im)
    pPr.append(rPr)
    add_ins(para, text)
    return para


def comment(run, text, author, initials):
    doc.add_comment(runs=[run], text=text, author=author, initials=initials)


FOOTNOTES = []


def footnote(paragraph, text):
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES)
    r = parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{fid}"/></w:r>')
    paragraph._p.append(r)


def write_footnotes():
    items = []
    for i, t in enumerate(FOOTNOTES, start=1):
        esc = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        items.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r>'
            f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}">'
           f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           + "".join(items) + "</w:footnotes>")
    fpart = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)


def text_box(paragraph, lines, width_cm=14.5, height_cm=3.6):
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/><w:color w:val="5B2C6F"/>'
        f'</w:rPr><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>' for ln in lines)
    xml = f'''<w:r xmlns:w="{W_NS}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>
<wp:docPr id="501" name="Pull quote"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="F4ECF7"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="5B2C6F"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="PullQuote" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#F4ECF7" strokecolor="#5B2C6F">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    paragraph._p.append(parse_xml(xml))


def table(rows, widths=None, fill="E8DAEF", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0:
                r.bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    return t


# ------------------------------------------------------------------ header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Larkmead EPS  -  Supervision and Professional Support Framework: National "
                "Award for SEN Coordination  -  DRAFT 4")
hr.font.size = Pt(8)
fpara = sec.footer.paragraphs[0]
frun = fpara.add_run("Based on the Larkmead EPS Supervision Policy (2007). Not for circulation "
                     "beyond the Award team and the TDA.")
frun.font.size = Pt(8)

# ------------------------------------------------------------------ title
p("London Borough of Larkmead  -  Educational Psychology Service", bold=True, size=10)
p("with the Department of Education Studies, Greycoat University", italic=True, size=10)
t = p("Supervision and Professional Support Framework", bold=True, size=20)
t.runs[0].font.color.rgb = PLUM
p("for the Larkmead National Award for SEN Coordination", bold=True, size=13)

status = table([
    ["Status", "Owner", "Approved by", "Next review"],
    ["Draft 4, March 2009: for submission to the TDA with the Award's application",
     "Priya Raman, Supervision Lead", "EPS Management Team (Draft 3, 26 February 2009)",
     "July 2010, after the first cohort"],
], widths=[6.0, 3.4, 4.2, 2.8])
p()

sub("A note on this document")
p("The TDA asks how the Award will be rooted in practice in schools and how everyone "
  "involved in it will know their part. For us the answer is supervision. Half of the "
  "Larkmead Award happens in participants' own schools, and what holds that half together "
  "is the monthly conversation between each new SENCO and an educational psychologist. We "
  "have therefore sent our Supervision Framework as the heart of our application. Part Two "
  "summarises the Award itself; the rest explains how supervision works, who does what, and "
  "where each national outcome is developed and assessed (Appendix 1).")

# ------------------------------------------------------------------ Part One
part("Part One: Why supervision?")
p("SENCOs tell us the job is lonely. They hold difficult conversations with parents, carry "
  "worries about children home with them, and are expected to lead colleagues who are often "
  "more senior than they are. Educational psychologists have long relied on supervision to "
  "do similar work well, and since 2007 every Larkmead EP has had monthly supervision under "
  "the Service's Supervision Policy. This framework offers the same to new SENCOs.")
para = p("We use Proctor's account of the three functions of supervision: formative "
         "(developing knowledge and skill), normative (keeping practice safe, ethical and "
         "accountable) and restorative (looking after the person who does the work).")
footnote(para, "Proctor, B. (1988) 'Supervision: a co-operative exercise in accountability', in "
         "Marken, M. and Payne, M. (eds) Enabling and Ensuring. Leicester: National Youth Bureau. "
         "See also Hawkins, P. and Shohet, R. (2006) Supervision in the Helping Professions, 3rd "
         "edn. Maidenhead: Open University Press.")
p("Supervision follows an experiential learning cycle: the participant brings a piece of "
  "real work, reflects on it with the supervisor, connects it with theory and research, and "
  "plans what to try next (Kolb, 1984). Our approach is consultative and solution-focused. "
  "The supervisor does not tell the participant what to do; the supervisor helps the "
  "participant think.")
sub("What supervision is not")
bullets([
    "It is not line management. The link EP has no say in the participant's pay, "
    "appraisal or timetable, and does not report to the headteacher on the participant.",
    "It is not therapy. Supervision can help a participant notice the emotional weight of "
    "the work and plan how to manage it; where a participant needs more than that, the "
    "supervisor will suggest the Council's employee support service or the participant's "
    "GP.",
    "It is not assessment (see Part Six).",
    "It is not casework by the back door. A pupil discussed in supervision does not become "
    "a referral to the EPS; if the participant and supervisor agree that the EPS should be "
    "involved, the school asks for it in the usual way at its planning meeting.",
])
lead("What the Award aims to achieve.",
     "The aim of the Larkmead Award is to develop confident, reflective and resilient SENCOs "
     "who can lead provision in their schools, look after their own well-being and that of "
     "the staff they lead, and keep learning. We expect this will in turn benefit pupils with "
     "SEN and disabilities.")

sub("What SENCOs told us")
p("In September 2008 we surveyed the SENCO Forum about the induction they wanted. Of the 58 "
  "SENCOs who replied, 41 asked for regular one-to-one time with someone outside their "
  "school, 36 said they had no one in school with whom to think through casework, and 30 "
  "said release for whole days was the biggest barrier to training. The primary and "
  "secondary headteachers' groups, consulted in October 2008, asked that any course should "
  "leave a visible mark on the school's provision map. In 2007-08 the Service ran a pilot "
  "supervision group for nine new SENCOs; their end-of-year evaluations and interviews "
  "with four of their headteachers shaped this framework.")
p("As a result the Award builds in six individual supervision sessions and three Work "
  "Discussion Groups, holds the first supervision in the participant's school before the "
  "first taught day, keeps taught days to eight, and makes Task 2 a project on the school's "
  "own provision.")
tbp = doc.add_paragraph()
text_box(tbp, [
    "\u201cAn hour a month with someone who asked me the right questions did more for me than "
    "any course I have been on. I stopped apologising for being the SENCO.\u201d",
    "Member of the 2007-08 pilot supervision group, primary school SENCO",
])

# ------------------------------------------------------------------ Part Two
part("Part Two: The Award in brief")
glance = table([
    ["The Award at a glance", ""],
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination (the "
     "National Award for SEN Coordination)"],
    ["Awarding body", "Greycoat University, Department of Education Studies; validated on "
     "4 February 2009"],
    ["Credit", "60 credits at Level 7 (Master's level): Module 1 The SENCO and the Child "
     "(30 credits), Module 2 The SENCO and the School (30 credits)"],
    ["Intake and length", "One intake each September; one academic year"],
    ["Taught days", "Eight, at the Larkmead Teachers' Centre, in the order below"],
    ["Supervision", "Six individual sessions (S1-S6) with the participant's link EP, "
     "ninety minutes each, and three Work Discussion Groups"],
    ["Assessment", "Task 1 (Module 1), Task 2 and the Professional Practice Portfolio "
     "(Module 2)"],
    ["Fee", "£1,200; for Larkmead schools met from the local authority's SENCO training "
     "budget"],
], widths=[3.5, 12.9])
glance.cell(0, 0).merge(glance.cell(0, 1))
p()
sub("The taught days")
table([
    ["Day", "Content"],
    ["1", "The SENCO and the law: Part IV of the Education Act 1996, the SEN Code of "
     "Practice 2001, the Disability Discrimination Act 1995 and 2005, the 2008 SENCO "
     "Regulations; Every Child Matters and the five outcomes."],
    ["2", "How children develop: cognitive, language, social and emotional development; "
     "how disability, SEN, poverty and the classroom environment shape development."],
    ["3", "Areas of need: specific learning difficulties including dyslexia, moderate "
     "learning difficulties, speech, language and communication needs, autism, and "
     "behavioural, emotional and social difficulties; their effect on learning."],
    ["4", "Leading and supporting colleagues: consultation skills, observation and "
     "feedback, coaching, planning and delivering staff training."],
    ["5", "Hearing the child: ways of eliciting pupils' views (scaling, drawing the ideal "
     "school, Talking Mats, pupil-led reviews); involving pupils in setting and reviewing "
     "their targets."],
    ["6", "Assessment and planning: using other professionals' assessments; approaches, "
     "strategies and resources including ICT; target setting and review; tracking progress "
     "with P scales and national test data."],
    ["7", "Working with other agencies: health, social care, CAMHS and voluntary "
     "organisations; the Common Assessment Framework; finding specialist support."],
    ["8", "The SENCO and school improvement: provision mapping, school self-evaluation, "
     "the accessibility plan, working with the head and governors."],
], widths=[1.4, 15.0])
p()
p("The taught days are research-informed and are refreshed each year by the teaching team.")
para = p("Admissions. ")
para.runs[0].bold = True
para.add_run("Entry requirements and selection are set out in the University's Programme "
             "Handbook, section 3, and are not repeated here.")
para = p("Prior learning. ")
para.runs[0].bold = True
r_apl = para.add_run("The Award does not accredit prior learning or experience: the "
                     "University's Postgraduate Certificate regulations require all 60 credits "
                     "to be taken on the programme.")
comment(r_apl, "Joseph Okoye (Registry) says the 2008 regulations do allow APCL up to 30 "
        "credits for a PG Cert. Do we want to offer it? If so this sentence needs to change.",
        "Priya Raman", "PR")
deleted_paragraph(
    "Assessment-only route. In exceptional cases a SENCO with at least three years' "
    "experience in the role may apply to be assessed without attending the taught days or "
    "supervision, by submitting the Professional Practice Portfolio and taking part in a "
    "professional discussion with a link EP and a University tutor. The fee is £450.")
para = p("Ways of taking part. ")
para.runs[0].bold = True
para.add_run("The taught days run in a fixed order from October to June. Supervision "
             "sessions can be held in the participant's school, at the EPS base in Marsh "
             "Lane, or, for S3 and S5, by telephone. The Award has no online study element.")

# ------------------------------------------------------------------ Part Three
part("Part Three: Who does what")
p("Everyone involved has a written description of their role, and no one takes on a role "
  "without the preparation shown in the last column.")
roles = table([
    ["Role", "Who", "What they do", "How they are prepared"],
    ["Programme Director", "Dr Ruth Sanderson, Senior Lecturer, Greycoat (former SENCO "
     "and LA inclusion adviser)", "Leads the Award, chairs the Board of Examiners and the "
     "Award Review Group, teaches Days 1 and 8", "-"],
    ["Supervision Lead", "Priya Raman, Senior EP", "Allocates supervisors, runs supervisor "
     "training and the supervisors' group, audits records",
     "Postgraduate certificate in supervision (2006)"],
    ["Link EP supervisor", "The participant's school link EP (seven EPs in 2009-10)",
     "Six supervision sessions; facilitates a Work Discussion Group; arranges specialist "
     "contacts; does not mark",
     "Service's two-day supervision skills course; half-day Award briefing in July; "
     "monthly supervisors' group"],
    ["University tutor", "Three Greycoat tutors, each with SENCO experience",
     "Teaches days; marks Task 1, Task 2 and the Portfolio",
     "Award briefing; marking standardisation meeting before each marking period"],
    ["School mentor", "A senior leader named by the headteacher",
     "Meets the participant half-termly; agrees release; signs the Task 2 project plan",
     "Two-hour briefing at the Teachers' Centre in September; the Mentor Guide"],
    ["External examiner", "[to be appointed]", "[to be agreed with Registry]",
     "University induction for external examiners"],
], widths=[2.8, 4.2, 5.2, 4.2])
ee_run = roles.cell(6, 1).paragraphs[0].runs[0]
comment(ee_run, "Registry cannot confirm an external examiner before September. Cohort 1 "
        "may have internal moderation only.", "Ruth Sanderson", "RS")
p()
p("Every link EP is a Chartered Educational Psychologist with at least three years' "
  "experience since qualifying, and each is a member of the Service's SEN development group, "
  "which reviews new research and national guidance each half-term. Supervisors bring their "
  "Award supervision to the monthly supervisors' group led by the Supervision Lead, so that "
  "the supervisors are themselves supervised.")
p("The headteacher's part is set out in the Headteacher's Agreement, signed with the "
  "nomination: to release the participant for the eight taught days and the six "
  "supervision sessions, to name a school mentor, to give the participant access to the "
  "school's data and provision map for Task 2, and to make time for the participant to "
  "present the project to governors.")

# ------------------------------------------------------------------ Part Four
part("Part Four: The supervision year")
table([
    ["Session", "When", "Focus", "Record"],
    ["S1", "September, in school, before Day 1", "Contracting (Part Five). The participant "
     "completes the Starting Profile, rating themselves against every national outcome "
     "with examples; participant and supervisor turn it into an Individual Learning Plan "
     "that names the participant's own priority outcomes and personal targets for each, "
     "and which days, readings and specialist contacts will meet them.",
     "Contract; Starting Profile; Individual Learning Plan (copy to tutor)"],
    ["S2", "November", "Casework. Choosing the Task 1 pupil; setting the pupil's targets "
     "and rating the starting point on each (see Part Eight).", "Supervision record"],
    ["S3", "January", "Review of the Individual Learning Plan; leading and supporting "
     "colleagues; planning the observation and feedback for the Portfolio.",
     "Supervision record; revised plan"],
    ["S4", "March", "Task 2 project; working with senior leaders and governors; "
     "workload, priorities and delegation; deploying teaching assistants.",
     "Supervision record"],
    ["S5", "May", "What has changed? Re-rating the Task 1 pupil's targets; reviewing the "
     "project's effect.", "Supervision record"],
    ["S6", "July", "Looking forward. The participant repeats the Starting Profile, and "
     "with the supervisor drafts two or three professional development targets for the next "
     "year, which the participant takes to the performance management review with the "
     "headteacher.", "Supervision record; Next Steps plan (copy to mentor)"],
], widths=[1.6, 3.2, 8.4, 3.2])
p()
sub("Work Discussion Groups")
p("Three times a year participants meet in groups of six to eight, facilitated by a link EP, "
  "for a structured peer consultation. One member brings a current concern about a pupil, a "
  "colleague or a family; the group works through it in a fixed sequence of questions, "
  "reflections and suggestions, and the presenter decides what to take away. Participants "
  "learn the process so that they can run problem-solving groups with colleagues in their "
  "own schools.")
sub("Parents and carers")
p("Relationships with parents and carers come up in almost every supervision, and "
  "supervisors will help participants think them through whenever participants bring them.")

sub("When supervision is not working")
p("Supervision depends on the relationship, and a relationship sometimes does not work. "
  "Either the participant or the supervisor may ask the Supervision Lead for a review "
  "meeting at any time. The first step is a three-way conversation about what each needs; "
  "if that does not help, the participant is offered a different link EP for the remaining "
  "sessions, with no explanation required and nothing recorded against either person. "
  "Where a participant's school is in difficulty (an Ofsted category, a long-term "
  "vacancy in the leadership team) the Supervision Lead will also offer an extra session.")
sub("Work Discussion Group agreements")
p("At the first meeting each group agrees its own ground rules. Every group so far has "
  "agreed some version of the following: names of pupils and families are not used; what "
  "a member brings stays in the room; the presenter is not interrupted during the first "
  "account; suggestions are offered, not given; and the presenter has the last word.")

# ------------------------------------------------------------------ Part Five
part("Part Five: The supervision contract")
p("At S1 the participant and supervisor agree and sign a contract. The template is below; "
  "words in square brackets are completed for each participant.")
contract = [
    ("1. Who we are", "[Participant], SENCO at [school], and [link EP], educational "
     "psychologist, Larkmead EPS."),
    ("2. When and where", "Six sessions of ninety minutes between [September] and [July], at "
     "[venue]. Sessions cancelled by either of us are rearranged within three weeks."),
    ("3. What supervision is for", "Developing practice, keeping practice safe, and looking "
     "after the participant. Supervision is not assessment."),
    ("4. Confidentiality", "What is said stays between us, except where a child may be at "
     "risk of harm, when the supervisor will follow the Larkmead Safeguarding Children Board "
     "procedures and will tell the participant first wherever possible."),
    ("5. Records", "The supervisor keeps a brief record of each session on the form at "
     "Appendix 2, agreed with the participant at the end of the session. Records are kept "
     "securely by the EPS for two years."),
    ("6. Making supervision work for you", "Is there anything about your health, a "
     "disability, caring responsibilities or the way you prefer to work that we should "
     "take into account? [Agreed arrangements]"),
    ("7. Signed", "[Participant]   [Supervisor]   [Date]"),
]
ct = doc.add_table(rows=len(contract), cols=2)
ct.style = "Table Grid"
for i, (a, b) in enumerate(contract):
    ct.cell(i, 0).text = a
    ct.cell(i, 1).text = b
    ct.cell(i, 0).paragraphs[0].runs[0].bold = True
    ct.cell(i, 0).width = Cm(4.2)
    ct.cell(i, 1).width = Cm(12.2)
    shade(ct.cell(i, 0), "F4ECF7")
p()
p("Supervisors will be sensitive to diversity and difference, and will make reasonable "
  "adjustments to how supervision is arranged, for example its length, timing, venue or "
  "the way the record is kept.")

# ------------------------------------------------------------------ Part Six
part("Part Six: Supervision and assessment")
p("Supervision and assessment are kept apart on purpose. A participant who fears being "
  "judged will not bring the piece of work that went wrong, and that is the piece of work "
  "supervision most needs. So the link EP never marks, and the supervision record belongs to "
  "the participant and the supervisor: it is not seen by markers and is not submitted for "
  "assessment. The link EP's only contribution to assessment is a one-line confirmation that "
  "the six sessions took place.")
lead("Task 1: Reflective casework analysis (Module 1, 4,500 words).",
     "An analysis of work with one pupil over at least two terms: how the pupil's needs were "
     "identified from observation, data and assessment, including the assessments of other "
     "professionals; an account of the pupil's development and of the factors, including the "
     "pupil's SEN or disability and the classroom environment, that affect it, set against "
     "the main types of SEN; the pupil's own views and how the pupil took part in setting and "
     "reviewing targets; the targets, the intervention and its review; a critical discussion "
     "of the approaches and resources chosen, including ICT, and of the research behind "
     "them; the decisions the participant took and why; and the legal and Code of Practice "
     "framework for each step.")
para = lead("Task 2: Leading a development project (Module 2, 3,000 words and a 15-minute "
            "presentation).",
            "A project to improve one aspect of provision in the participant's school: a "
            "review of the effectiveness of current provision carried out with colleagues and "
            "its place in the school's self-evaluation; a provision map showing gaps and "
            "provision that is not working; proposed strategic priorities presented to the "
            "headteacher and the governors' curriculum or inclusion committee, whose written "
            "response is included.")
add_ins(para, " The review must include the school's accessibility plan and what the "
        "school does to meet its disability equality duties.")
lead("Professional Practice Portfolio (Module 2, pass or fail).",
     "Three pieces of evidence, each with a 500-word commentary: a record of observing a "
     "colleague's teaching and giving feedback, and of a staff training session the "
     "participant led; a record of a multi-agency meeting the participant organised or "
     "attended, with a directory of local services compiled for the school; and the "
     "participant's CPD plan, showing how the participant keeps up to date on SEN and "
     "disability. Marked by a University tutor against written criteria.")
para = p("Marking. Tasks are marked by University tutors using the University's Level 7 "
         "criteria.")
add_ins(para, " Every Task 1 and Task 2 script is second-marked by a tutor from the other "
        "partner, and the two markers agree the mark before the Board of Examiners.")
para = p("The award. The Board of Examiners awards the Postgraduate Certificate to "
         "participants who pass Task 1, Task 2 and the Portfolio. Between them, the two "
         "tasks, the portfolio and supervision make sure that every national outcome is met.")
comment(para.runs[0], "Should markers see the supervision record? Then we could count it for "
        "the outcomes that are only in supervision. Discuss at team meeting 19/3.",
        "Owen Fairbairn", "OF")

# ------------------------------------------------------------------ Part Seven
part("Part Seven: Safeguarding and suitability")
para = p("Supervisors visit participants in school and participants work directly with "
         "pupils throughout the Award, so we check suitability before supervision begins. "
         "The nomination form, signed by the headteacher, records the date and number of the "
         "participant's current enhanced CRB disclosure and confirms that the participant is "
         "not barred from working with children and that there are no current disciplinary "
         "concerns. Carol Weekes, the Programme Administrator, checks every form and keeps a "
         "record; no supervisor is allocated until the record is complete.")
footnote(para, "A participant who has not worked in a school or college in a post with "
         "regular contact with children in the three months before the Award starts must "
         "obtain a new enhanced disclosure through Larkmead HR before S1.")
p("The normative function of supervision also means that any concern about a participant's "
  "conduct with children raised in supervision is taken to the Supervision Lead and, where "
  "necessary, to the Local Authority Designated Officer.")

# ------------------------------------------------------------------ Part Eight
part("Part Eight: Specialist expertise, resources and placements")
p("Each participant's Individual Learning Plan names at least one specialist contact, and "
  "the link EP arranges it: a half-day visit to Beechcroft School or to the Orchard Centre "
  "at St Anselm's Primary, time with the Autism Outreach Team, the Sensory Support Service "
  "or a speech and language therapist, or shadowing a Parent Partnership officer. Visits are "
  "arranged for every participant whatever their school's buy-back, and are followed by a "
  "short discussion at the next supervision.")
para = p("[Paragraph on library, ICT and specialist resources to be supplied by Greycoat]")
comment(para.runs[0], "Greycoat library team to send their standard library/ICT paragraph - chased 5/3.",
        "Priya Raman", "PR")

# ------------------------------------------------------------------ Part Nine
part("Part Nine: Quality and impact")
sub("How we check that supervision is working")
bullets([
    "Participants complete the Supervision Feedback Questionnaire after S3 and S6.",
    "The Supervision Lead audits a sample of one in five supervision records each term, "
    "with participants' consent, against the standards in the Service's Supervision Policy.",
    "Session evaluations are collected after each taught day.",
    "The Award Review Group meets each July to consider all of this evidence and agrees "
    "changes for the next cohort, which are recorded in the Award action plan.",
])
p("The Award Review Group is chaired by the Programme Director and includes the Supervision "
  "Lead, two headteachers (one primary, one secondary), two SENCOs nominated by the SENCO "
  "Forum, a parent representative from the Larkmead Parent Carer Forum and, from 2010, two "
  "former participants. Its members read the evaluation report before the meeting and decide "
  "with the teaching team what will change. Headteachers also take part as school mentors, "
  "and SENCO Forum members co-facilitate the Work Discussion Groups.")
p("The pilot group of 2007-08 has already changed the way we work. Its members found "
  "sixty-minute sessions too short to get beyond the week's crisis, so sessions are now "
  "ninety minutes. They asked for time with other SENCOs as well as with an EP, which is "
  "where the Work Discussion Groups came from. And they told us that supervision in school "
  "was easier to protect than supervision at the EPS base, so S1 is always held in school.")
sub("Measuring impact")
para = p("We measure impact at two levels. For participants, the Starting Profile is repeated "
         "at S6 and the change in each rating is reported, outcome by outcome, to the Award "
         "Review Group. For pupils, each participant sets three targets for the Task 1 pupil at "
         "S2 and, with the supervisor, rates the pupil's starting point on each using Target "
         "Monitoring and Evaluation; the targets are rated again at S5 and a term after the "
         "Award ends. The ratings are pooled, without names, and reported each year.")
footnote(para, "Dunsmuir, S., Brown, E., Iyadurai, S. and Monsen, J. (2009) 'Evidence-based "
         "practice and evaluation: from insight to impact', Educational Psychology in Practice, "
         "25(1), 53-70.")
sub("Ending")
p("S6 closes the supervision relationship. The Next Steps plan drafted there goes, with the "
  "participant's agreement, to the school mentor, and graduates are welcome to join the "
  "Service's termly SENCO supervision groups.")

# ------------------------------------------------------------------ Appendix 1
part("Appendix 1: Where each national outcome is developed and assessed")
p("Outcomes are abridged. 'Supervision' means the outcome is worked on in the sessions "
  "shown; supervision records are not assessed (Part Six).")

rows = [
    ("Professional attributes", None, None, None),
    ("Fair, respectful relationships with pupils and parents", "-", "S2, S5", "-"),
    ("Gaining the commitment of colleagues and senior leaders", "4, 8", "S4", "Task 2"),
    ("Prioritising, managing time, delegating", "-", "S4", "-"),
    ("Solving problems and making sound judgements on provision", "6", "S2", "Task 1"),
    ("Clear speech and writing; listening to others", "4", "WDGs", "Task 2 presentation; "
     "Task 1"),
    ("Using research and outside advice", "3, 6", "S2, S3", "Task 1"),
    ("Keeping up to date; own CPD", "-", "S6", "Portfolio (CPD plan)"),
    ("Knowledge and understanding", None, None, None),
    ("SEN law and the Code of Practice", "1", "-", "Task 1"),
    ("Every Child Matters", "1", "-", "-"),
    ("Disability equality law", "1, 8", "-", "__K3__"),
    ("Child development", "2", "-", "Task 1"),
    ("Main types of SEN", "3", "S2", "Task 1"),
    ("Approaches, strategies and resources including ICT", "6", "S2", "Task 1"),
    ("School self-evaluation and improvement", "8", "S4", "Task 2"),
    ("Best practice and research in SEN", "3, 6", "S3", "Task 1"),
    ("Role of external agencies", "7", "-", "Portfolio (directory)"),
    ("Professional skills", None, None, None),
    ("Strategic development with senior leaders and governors", "8", "S4", "Task 2"),
    ("Identifying needs, targets, interventions, review", "6", "S2, S5", "Task 1"),
    ("Using other professionals' assessments", "6", "S2", "Task 1"),
    ("Tracking progress with summative data", "6", "-", "__S2b__"),
    ("Provision mapping", "8", "S4", "Task 2"),
    ("Deploying and managing staff", "-", "S4", "-"),
    ("Supporting colleagues' professional development", "4", "S3", "Portfolio "
     "(observation and training)"),
    ("Reviewing provision with colleagues for self-evaluation", "8", "S4", "Task 2"),
    ("Involving pupils in their own provision", "5", "S2", "Task 1"),
    ("Liaising with parents and carers", "-", "S2, S5", "-"),
    ("Working with other agencies and voluntary organisations", "7", "-",
     "Portfolio (multi-agency record)"),
]
ot = doc.add_table(rows=len(rows) + 1, cols=4)
ot.style = "Table Grid"
for j, hd in enumerate(["National outcome (abridged)", "Taught day", "Supervision",
                        "Assessed in"]):
    c = ot.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(hd)
    rr.bold = True
    shade(c, "E8DAEF")
for i, (a, b, c_, d) in enumerate(rows, start=1):
    if b is None:
        m = ot.cell(i, 0).merge(ot.cell(i, 3))
        m.text = ""
        rr = m.paragraphs[0].add_run(a)
        rr.bold = True
        shade(m, "F4ECF7")
        continue
    for j, val in enumerate((a, b, c_, d)):
        cell = ot.cell(i, j)
        cell.text = ""
        para = cell.paragraphs[0]
        if val == "__K3__":
            add_ins(para, "Task 2 (accessibility plan review)")
        elif val == "__S2b__":
            add_del(para, "Task 2 (tracking data)")
            add_ins(para, "-")
        else:
            para.add_run(val)
        for r in para.runs:
            r.font.size = Pt(9)
for row in ot.rows:
    for j, w in enumerate([7.4, 2.2, 2.6, 4.2]):
        row.cells[j].width = Cm(w)
p()

# ------------------------------------------------------------------ Appendix 2
part("Appendix 2: Supervision record")
form = [
    ("Participant / supervisor / date / session (S1-S6)", ""),
    ("What did we talk about?", ""),
    ("Which national outcomes did this touch?", ""),
    ("What will the participant try next?", ""),
    ("Anything for the Individual Learning Plan?", ""),
    ("Any safeguarding matter? (If yes, follow Part Seven)", "Yes / No"),
    ("Agreed by", "Participant ............   Supervisor ............"),
]
ft = doc.add_table(rows=len(form), cols=2)
ft.style = "Table Grid"
for i, (a, b) in enumerate(form):
    ft.cell(i, 0).text = a
    ft.cell(i, 1).text = b
    ft.cell(i, 0).width = Cm(6.4)
    ft.cell(i, 1).width = Cm(10.0)
    shade(ft.cell(i, 0), "F4ECF7")

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
