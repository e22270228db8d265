"""Build dr-01-nuct-conference-report.docx (blind test application).

KIND OF DOCUMENT
  A trade union's ANNUAL CONFERENCE PAPER: the National Executive's report to
  Conference 2009 on a motion carried at Conference 2008, sent to the TDA,
  with a one-page covering letter, as the Institute's application. It is the
  union's own genre: the motion as carried (with its amendments and whether
  each was CARRIED, LOST or REMITTED), then the Executive's report clause by
  clause, finance, "Conference is asked to..." recommendations, and two
  annexes. Not a bid, minutes, committee report or handbook: a conference
  paper with motion text, card votes and remitted business.

PROVIDER (invented)
  National Union of Class Teachers (NUCT), a national teachers' union, and its
  CPD arm, the NUCT Institute for Professional Learning ("the Institute"),
  with the University of Stourton (School of Education) validating, delivered
  through five regional centres run with the Union's regional offices and
  branches. Award: Postgraduate Certificate in Special Educational Needs
  Coordination (National Award), 60 credits at Level 7, two 30-credit modules
  (Module 1 Knowing the Learner, Units 1-5; Module 2 Leading Provision,
  Units 6-10). People: Dr Helen Marsland (Director of the Institute), Janet
  Rowcliffe (chair, Professional Development Committee), Yvonne Okafor
  (programme leader), Dr Priya Nand (University link tutor), Dr Frances Lyle
  (external examiner, University of Edgecombe).

LAYOUT
  Covering letter (typed letterhead, manual line breaks in the address).
  Title block in a custom paragraph style; no Word heading styles: section
  titles are a custom bold style "Paper Section" ("C. Accreditation ...").
  Paragraphs carry typed numbers 1-82 (continuous, conference style), with a
  hanging indent. The motion as carried sits in a shaded one-cell box, its
  clauses (a)-(h) typed; an amendments table (number, region, text, RESULT).
  The Executive reports clause by clause ("Clause (c) and Amendment 38C").
  A staff table, a finance table, a "Conference is asked to" list. Annex 1:
  an outcome table in the Institute's own words with merged group rows and
  columns "Where it is developed" / "Where it is assessed for the Award";
  some cells say "Journal (formative; not marked)", "Not assessed
  separately", "-". Annex 2: regional centres and dates. Real footnotes
  (footnotes part) carry some detail. Page header and footer (never
  evidence; the footer carries a CRB slogan about tutors).

TRAPS (requirement ids affected)
  Motion text is a demand, not an arrangement:
  - 1.5  Clause (e) instructs the Executive to make sure SENCOs are trained to
         seek pupils' views; the report (para 17) only "strongly supports" it
         and asks the Institute to look at it after the first year; no unit
         covers it in 2009-10. -> not_met.
  - 5.5  Clause (g) asks for a placement in a special school for every
         participant; the report (para 52) arranges visits only "where members
         working in those schools volunteer to host" and "cannot yet
         guarantee" one; LA officers speak in Units 1 and 7. -> partially_met.
  Amendment results:
  - 2.1  Amendment 38A CARRIED (APCL of the Union's Certificate in Inclusive
         Practice): up to 30 credits of certificated Level 7 learning; claims
         based on experience alone not accepted (APEL ruled out, para 31);
         experience only "taken into account" via the profile.
         -> partially_met.
  - 2.3  Amendment 38C (assessment-only route) REMITTED; the report on it
         (paras 32-33), far from the motion box, says no route has been agreed
         and "none will be available in 2009-10". -> not_met.
  - 3.2/3.3 Amendment 38B (a full distance-learning route) LOST; the programme
         is taught with online units between days (3.3 applies). 3.2 met by
         two start points, day and twilight/Saturday routes, either order of
         modules for February starters, one- or two-year completion.
         3.3: Staffroom Online has unit materials, between-day tasks and a
         peer forum; tutors "are not timetabled to take part in the forums";
         tutor contact only on study days and at tutorials. -> partially_met.
  Negation far from its subject / union policy:
  - 5.3  A long paragraph on the Union's policy "Checked once, trusted always"
         ends "The Institute will not, therefore, ask participants or their
         headteachers to supply or confirm..." -> not_met. The footer says
         tutors and mentors are CRB-checked (footer, and not candidates).
  Past arrangements:
  - 5.7  The old Foundation Course's mentor residential "has not been
         continued"; mentors get only the Mentor Guide; tutors have a handbook,
         induction and standardisation. -> partially_met.
  - 6.S2d The Foundation Course's session on access arrangements "has not been
         carried forward"; no unit or assessment. -> not_met.
  Aspiration:
  - 4.3  LA officers teach and special schools may host (delivery), but the
         Award Advisory Board with LA, heads' and parents' members "will be
         set up once the first cohort has completed"; evaluation is by
         participants. -> partially_met.
  - 5.9  Profile repeated at the end (participants' confidence and
         competence); Assignment 2 baseline and outcome measures for one pupil;
         drawing them together across cohorts is "in time", "no method has yet
         been agreed". -> partially_met.
  Wrong context:
  - 6.K7 The Institute's own "self-evaluation framework" for its courses
         (para 58) is not school self-evaluation; Unit 8 teaches it; Annex 1
         says "Not assessed (discussed at tutorials)". -> partially_met.
  - 3.1  The Union's Advice Line on reasonable adjustments at work for disabled
         members is another service; but the Institute's own disclosure,
         access conversation and adjustments are concrete. -> met (noted).
  - 1.7  Parents appear in Unit 7 mainly through "the Union's guidance to
         members on handling complaints"; general, and not assessed.
         -> partially_met (with 6.S8 partially_met).
  Unsupported coverage claim:
  - 1.9, 6.0 Para 24: "every one of the national outcomes is assessed" and
         passing both modules means a participant "has met them all"; Annex 1
         shows formative-only and unassessed rows and omits child development
         and access arrangements altogether. -> partially_met.
  Criterion 6 (Annex 1 read with paras 18-23):
  - Formative or unassessed only: 6.A3 (Unit 9, journal), 6.A7 (Unit 10
    next-steps plan "not assessed"), 6.K7, 6.K9 and 6.S9 (Unit 7, journal),
    6.S5 (Unit 9, "-"), 6.S8 (Unit 7, journal). -> partially_met.
  - Assessed but not taught: 6.S7 (Assignment 2 criterion 5 "where
    available"; no unit) -> partially_met.
  - Absent: 6.K4 (child development), 6.S2c (formative assessment for all),
    6.S2d. -> not_met.
  - Met: A1, A2, A4, A5, A6, K1, K2, K3, K5, K6, K8, S1, S2, S2a, S2b, S3, S4,
    S6 (taught in a unit and assessed in Assignments 1-3 or the Professional
    Conversation).
  Met in unusual places: 5.8 partly in footnote 6; E.1/E.2 with footnote 2;
  2.5 with the Career Compass footnote; 4.1/4.2 survey figures in section G.
"""
import copy
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dr-01-nuct-conference-report"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(5)

sec_style = doc.styles.add_style("Paper Section", WD_STYLE_TYPE.PARAGRAPH)
sec_style.base_style = normal
sec_style.font.bold = True
sec_style.font.size = Pt(12)
sec_style.font.all_caps = True
sec_style.paragraph_format.space_before = Pt(12)
sec_style.paragraph_format.space_after = Pt(6)
sec_style.paragraph_format.keep_with_next = True

title_style = doc.styles.add_style("Paper Title", WD_STYLE_TYPE.PARAGRAPH)
title_style.base_style = normal
title_style.font.bold = True
title_style.font.size = Pt(14)
title_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

sub_style = doc.styles.add_style("Paper Subhead", WD_STYLE_TYPE.PARAGRAPH)
sub_style.base_style = normal
sub_style.font.italic = True
sub_style.font.bold = True
sub_style.paragraph_format.space_before = Pt(6)
sub_style.paragraph_format.keep_with_next = True

for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(2.5)
    s.header.paragraphs[0].text = (
        "NUCT Annual Conference 2009  |  Paper C/09/14  |  Professional Development")
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    s.footer.paragraphs[0].text = (
        "National Union of Class Teachers, Thorne House, Wellgate, Lindhurst.  "
        "Institute courses are led by experienced tutors, and every Institute "
        "tutor and mentor is CRB-checked.")
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)

# ------------------------------------------------------------------ footnotes
FOOTNOTES = []  # (id, text)


def add_footnote_ref(paragraph, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = paragraph.add_run()
    rpr = parse_xml('<w:rPr %s><w:vertAlign w:val="superscript"/></w:rPr>' % nsdecls("w"))
    r._r.append(rpr)
    ref = parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), fid))
    r._r.append(ref)
    return r


def attach_footnotes():
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = []
    body.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:separator/></w:r></w:p></w:footnote>')
    body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in FOOTNOTES:
        body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (fid, esc(text)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ helpers
PARA_NO = [0]


def np(text, notes=None):
    """A numbered conference-paper paragraph: typed number, hanging indent.
    notes: list of (after_substring, footnote_text) to place footnote refs."""
    PARA_NO[0] += 1
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run("%d.\t" % PARA_NO[0])
    if not notes:
        p.add_run(text)
        return p
    rest = text
    for after, ftext in notes:
        i = rest.index(after) + len(after)
        p.add_run(rest[:i])
        add_footnote_ref(p, ftext)
        rest = rest[i:]
    p.add_run(rest)
    return p


def plain(text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def section(text):
    return doc.add_paragraph(text, style="Paper Section")


def subhead(text):
    return doc.add_paragraph(text, style="Paper Subhead")


def bullet_lines(items, indent=1.6):
    for t in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(2)
        p.add_run("\u2013\t" + t)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="6" w:color="000000"/>'
        '<w:left w:val="single" w:sz="6" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:color="000000"/>'
        '<w:right w:val="single" w:sz="6" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" w:color="000000"/>'
        '</w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, bold=False, italic=False, size=9.5):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)


def table(rows, widths, header=True, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    set_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            c.width = Cm(widths[j])
            if header and i == 0:
                shade(c, "D9D9D9")
    doc.add_paragraph()
    return t


# ================================================================== LETTER
p = doc.add_paragraph()
r = p.add_run("NUCT Institute for Professional Learning")
r.bold = True
r.font.size = Pt(13)
r.add_break(WD_BREAK.LINE)
r2 = p.add_run("Thorne House, Wellgate, Lindhurst LN4 7QS")
r2.add_break(WD_BREAK.LINE)
p.add_run("Telephone 01632 770 400  |  institute@nuct.org.uk")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

plain("8 May 2009")
p = doc.add_paragraph()
p.add_run("SENCO Training Approvals")
p.runs[0].add_break(WD_BREAK.LINE)
p.add_run("Training and Development Agency for Schools")
p.runs[1].add_break(WD_BREAK.LINE)
p.add_run("Piccadilly Gate, Store Street, Manchester M1 2WD")

plain("Dear Colleagues,")
plain("National Award for SEN Coordination: application from the NUCT Institute for "
      "Professional Learning", bold=True)
plain("I enclose, as our application for approval, Conference Paper C/09/14, which the "
      "National Executive presented to the Union's Annual Conference at Kingsholme on "
      "12 April 2009. Conference received the paper and carried the recommendations in "
      "paragraph 62 without amendment. We have chosen to send the paper as it went to "
      "Conference because it is the fullest account of the programme that the Union and "
      "the University of Stourton have agreed, and because it records the decisions of "
      "the Union's governing body on it.")
plain("Section B reproduces Motion 38 and its amendments as they stood at Conference 2008. "
      "Sections C to I are the Executive's report on what has been done. Annex 1 sets out "
      "the national outcomes and where each is taught and assessed.")
plain("One change has been made since Conference. The twilight and Saturday route, which "
      "paragraph 38 describes as running in three regions, will run in all five regions "
      "from September 2009, because the Eastern and South West regional councils have "
      "agreed to release tutor time for it.")
plain("I should be glad to answer any questions the panel may have.")
plain("Yours faithfully,")
p = plain("Dr Helen Marsland")
p.runs[0].add_break(WD_BREAK.LINE)
p.add_run("Director, NUCT Institute for Professional Learning")
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ================================================================== TITLE
doc.add_paragraph("NATIONAL UNION OF CLASS TEACHERS", style="Paper Title")
doc.add_paragraph("ANNUAL CONFERENCE 2009, KINGSHOLME, 10\u201313 APRIL", style="Paper Title")
doc.add_paragraph("Conference Paper C/09/14", style="Paper Title")
doc.add_paragraph("A QUALIFIED SENCO IN EVERY SCHOOL", style="Paper Title")
plain("Report of the National Executive on Motion 38 (Conference 2008) and on the "
      "National Award for SEN Coordination offered by the NUCT Institute for "
      "Professional Learning", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
plain("Presented by the Professional Development Committee of the National Executive "
      "(Chair: Janet Rowcliffe). Lead officer: Dr Helen Marsland, Director of the Institute. "
      "Business session: Sunday 12 April, morning.", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)

# ================================================================== A
section("A. Introduction")
np("Conference 2008 carried Motion 38, 'A qualified SENCO in every school', by a large "
   "majority on a card vote.",
   notes=[("card vote.", "Motion 38 was moved by the Northern Region and seconded by the "
           "Eastern Region. Card vote: for 168,420; against 9,115.")])
doc.paragraphs[-1].runs[-1].text += (
    " The motion followed the Government's decision that every new SENCO in a "
    "maintained school must hold a nationally approved qualification, and it instructed the "
    "Executive to make sure that members could gain that qualification from their own "
    "Union, on terms that respect them as professionals.")
np("This paper reports on each clause of the motion and on the amendments. It also sets "
   "out, for Conference's information, the full arrangements for the National Award for "
   "SEN Coordination which the Institute will offer from September 2009, because the "
   "Executive intends to submit this paper to the Training and Development Agency for "
   "Schools (TDA) as the Union's application for approval as a provider.")
np("The Executive wishes to thank the many members, branch secretaries and regional "
   "officers who took part in the consultation described in Section G, and the "
   "University of Stourton, whose School of Education has been a generous and "
   "demanding partner.")
np("The Union has always believed that every child is entitled to a teacher who "
   "understands how they learn, and that the SENCO is the colleague on whom the whole "
   "staff relies for that understanding. The Institute exists to help members do the "
   "jobs they already do, better, and to win the time and recognition those jobs "
   "deserve.")

# ================================================================== B
section("B. The motion as carried")
np("The text of Motion 38, as amended and carried at Conference 2008, is set out in the "
   "box below. The amendments and their results follow in Table 1.")

box = doc.add_table(rows=1, cols=1)
set_borders(box)
c = box.cell(0, 0)
shade(c, "EDEDED")
motion = [
    ("Motion 38: A qualified SENCO in every school (as amended)", True),
    ("Conference welcomes the Government's recognition that the coordination of provision "
     "for pupils with special educational needs is skilled professional work which "
     "deserves a qualification of its own.", False),
    ("Conference believes that the training must be led by teachers, rooted in the "
     "classroom and free at the point of use to members.", False),
    ("Conference instructs the Executive to:", False),
    ("(a) secure the accreditation at master's level, by a university, of a SENCO "
     "qualification offered by the Union's Institute;", False),
    ("(b) offer that qualification in every region of the Union;", False),
    ("(c) press for a route by which experienced SENCOs may be assessed for the "
     "qualification without being required to attend a course;", False),
    ("(d) make sure that the training recognises the workload of SENCOs and the time "
     "they need to do the job;", False),
    ("(e) make sure that SENCOs are trained to seek out, and act on, the views of the "
     "children and young people they work for;", False),
    ("(f) work with parents' organisations so that the course helps SENCOs build trust "
     "with families;", False),
    ("(g) secure for every participant a placement in a special school or specialist "
     "setting;", False),
    ("(h) report to Conference 2009; and", False),
    ("(i) seek credit for members who already hold the Union's Certificate in Inclusive "
     "Practice. [Amendment 38A]", False),
]
first = True
for text, bold in motion:
    pp = c.paragraphs[0] if first else c.add_paragraph()
    first = False
    rr = pp.add_run(text)
    rr.bold = bold
    rr.italic = not bold
    rr.font.size = Pt(10)
    if text.startswith("("):
        pp.paragraph_format.left_indent = Cm(0.8)
doc.add_paragraph()

plain("Table 1: Amendments to Motion 38 (Conference 2008)", bold=True, size=10)
table([
    ["No.", "Moved by", "Amendment (in brief)", "Result"],
    ["38A", "Eastern Region", "Add clause (i): seek credit for members who hold the Union's "
     "Certificate in Inclusive Practice.", "CARRIED"],
    ["38B", "South West Region", "In clause (b), after 'every region of the Union', add "
     "'and by full distance learning, so that no member need travel to study'.", "LOST"],
    ["38C", "London and South East Region", "In clause (c), delete 'press for' and insert "
     "'establish, from the first year,'.", "REMITTED to the Executive"],
    ["38D", "Midlands Region", "Add: 'and require the Institute's tutors to visit every "
     "participant in school at least twice'.", "LOST"],
], widths=[1.2, 3.2, 8.5, 3.0])

np("Clauses (a) to (i) are reported on in the sections that follow. Where a clause is "
   "reported as achieved, the arrangement described is what the Institute will do from "
   "September 2009. The remitted Amendment 38C is reported on with clause (c) in "
   "Section E.")

# ================================================================== C
section("C. Accreditation and the university partnership (clauses (a) and (i))")
np("Clause (a) has been achieved. The University of Stourton's Academic Standards "
   "Committee validated the Postgraduate Certificate in Special Educational Needs "
   "Coordination (National Award) on 19 February 2009, for five years from September "
   "2009.",
   notes=[("19 February 2009,", "University of Stourton, Academic Standards Committee, "
           "minute ASC/09/22. The validation panel included an external assessor from "
           "another university and a serving SENCO.")])
np("The Award carries 60 credits at Level 7 (master's level) of the Framework for Higher "
   "Education Qualifications. It is made up of two modules of 30 credits each: Module 1, "
   "Knowing the Learner (Units 1 to 5), and Module 2, Leading Provision (Units 6 to 10). "
   "Participants are registered as associate students of the University, and the "
   "certificate is awarded by the University. The 60 credits may be carried forward into "
   "the University's MA in Inclusive Education.")
np("The Institute designs and teaches the programme and runs recruitment, the regional "
   "study days and the Staffroom Online site. The University approves tutors as "
   "recognised teachers of the University, appoints the external examiner, holds the "
   "Board of Examiners and includes the programme in its annual monitoring. A link tutor "
   "from the School of Education, Dr Priya Nand, sits on the Institute's Programme "
   "Committee and teaches Unit 2 in every region.")
np("Clause (i), added by Amendment 38A, is reported in Section E, paragraph 30.")

# ================================================================== D
section("D. The programme")
subhead("What the Award is for")
np("The Award has one purpose before all others: that children and young people with "
   "special educational needs and/or disabilities in our members' schools achieve more, "
   "and are healthier, safer, happier in school and better prepared for adult life. The "
   "programme aims, unit outcomes and assessment criteria are written around all five "
   "Every Child Matters outcomes, not only attainment. Every assignment asks the "
   "participant to show, with evidence, what difference their work has made or is "
   "making for pupils, including their well-being and their part in the life of the "
   "school.")
np("The second aim is that the participant leads: that by the end of the year they are "
   "recognised in their school as the person who coordinates provision for pupils with "
   "SEN, advises colleagues and influences the school's priorities.")

subhead("How it is organised")
np("Each participant attends ten regional study days (one for each unit), completes a "
   "short online unit on Staffroom Online between each pair of study days, carries out a "
   "'gap task' in their own school after every unit, and has three individual tutorials "
   "with their regional tutor (after Units 2, 5 and 8). A workplace mentor, normally "
   "the headteacher or a deputy, is named on the nomination form and meets the "
   "participant at least once each half term.")
np("The ten units are:")
bullet_lines([
    "Unit 1  The law, the Code and the SENCO. The Education Act 1996 Part IV; the SEN "
    "and Disability Act 2001; the SEN Code of Practice (2001) and the graduated response; "
    "statutory assessment and annual reviews; the Disability Discrimination Act 1995 as "
    "amended in 2005 and the disability equality duty, accessibility plans and schemes; "
    "Every Child Matters (2004), Removing Barriers to Achievement (2004), the Children's "
    "Plan (2007) and the Inclusion Development Programme. Part of the day is taught by "
    "an SEN officer of a local authority in each region.",
    "Unit 2  Evidence, inspection and research. Reading research critically; Ofsted "
    "(2004) Special educational needs and disability: towards inclusive schools; Ofsted "
    "(2006) Inclusion: does it matter where pupils are taught?; the Bercow Review of "
    "services for children and young people with speech, language and communication "
    "needs (2008); early findings of the Deployment and Impact of Support Staff project; "
    "the Lamb Inquiry and the Rose review of dyslexia, both reporting this year. Taught "
    "by Dr Priya Nand.",
    "Unit 3  Identifying needs and tracking progress. Classroom observation, screening "
    "and assessment; setting challenging targets; planning and reviewing interventions; "
    "P scales, national test results, RAISEonline and the school's own tracking data.",
    "Unit 4  Areas of need (1). Specific learning difficulties including dyslexia; "
    "moderate learning difficulties; speech, language and communication needs; "
    "autistic spectrum disorders.",
    "Unit 5  Areas of need (2). Behavioural, emotional and social difficulties; sensory "
    "and physical needs; using reports and assessments from educational psychologists, "
    "speech and language therapists and advisory teachers to plan teaching.",
    "Unit 6  Personalising teaching and learning. Approaches and strategies for "
    "assessment, planning and teaching; waves of intervention; judging the evidence for "
    "an intervention; ICT and assistive technology to remove barriers.",
    "Unit 7  Beyond the classroom. The roles of the educational psychology service, "
    "CAMHS, speech and language therapy, social care and voluntary organisations; the "
    "Common Assessment Framework and the lead professional. Unit 7 also looks at the "
    "SENCO's relationship with parents and carers, drawing on the Union's guidance to "
    "members on handling complaints. An LA officer contributes in each region.",
    "Unit 8  Leading inclusion. The SEN policy; working with the headteacher, senior "
    "leaders and governors on an inclusive ethos and priorities; provision mapping and "
    "costing; reviewing the effectiveness of provision with colleagues; school "
    "self-evaluation and the SEF.",
    "Unit 9  Managing people and workload. Deploying and managing teaching assistants; "
    "coaching and mentoring colleagues; time, priorities and delegation under the "
    "National Agreement on workload; making and defending decisions.",
    "Unit 10  Next steps. Presentations (Assignment 3) in the morning; professional "
    "development planning in the afternoon (paragraph 35).",
])
np("Participants choose, for Units 4 and 5, a primary or a secondary strand, and for the "
   "gap tasks they choose two areas of need on which to concentrate, agreed in their "
   "Individual Learning Plan (paragraph 28).")

subhead("Work in school")
np("The programme is built on the participant's own school. Each gap task is a short, "
   "practical piece of work in school (for example, observing a pupil with the class "
   "teacher, or drafting a section of the SEN policy with a governor), written up in the "
   "reflective journal and discussed at the next study day. All three assignments are "
   "set in the participant's own school and use its pupils, data and staff. Where a "
   "participant works in a setting where this is not possible, the regional tutor agrees "
   "an alternative school through the branch.")

subhead("Pupils' views (clause (e))")
np("The Executive strongly supports clause (e): the children and young people our members "
   "teach are the best judges of whether provision is working for them. The Professional "
   "Development Committee has asked the Institute to look at how pupil participation could "
   "be given a place of its own in the programme when it is reviewed after the first year. "
   "For 2009-10 the ten units do not include a session on it.")

subhead("How it is assessed")
np("Module 1 is assessed by Assignment 1, a critical review of the school's SEN policy "
   "and practice against the law and the Code of Practice (4,000 words), and Assignment "
   "2, a learner case study (4,000 words). Module 2 is assessed by Assignment 3, a "
   "leading change project (4,000 words plus a 15-minute presentation to a senior leader "
   "and a governor), and by a Professional Conversation. Annex 1 shows which outcomes "
   "each task assesses.")
np("Assignment 1 requires the participant to show accurate knowledge of the law, the "
   "Code, disability equality legislation and Every Child Matters and what they mean for "
   "their school, including its accessibility plan, and to use research and inspection "
   "evidence to recommend improvements to their own and colleagues' practice.")
np("Assignment 2 follows one pupil for at least a term: identification of needs using "
   "the school's assessments and those of other professionals; challenging targets; an "
   "intervention planned, carried out and reviewed, with a baseline and an outcome "
   "measure; a critical account of the pupil's needs set against the main areas of need; "
   "a critical evaluation of the approaches and resources used, including ICT; the "
   "participant's relationship with the pupil and family (criterion 4); and the pupil's "
   "views of the provision, where these are available (criterion 5).")
np("Assignment 3 asks the participant to lead one change in provision in their school "
   "and evaluate it: an analysis of the school's data on pupils with SEN, including "
   "national test results and P scales, and how programmes will change as a result; a "
   "costed provision map showing gaps and provision that is not working; a plan for "
   "deploying teaching assistants; a review of the provision carried out with class "
   "teachers and teaching assistants, with recommendations for the school's improvement "
   "plan; and the strategic priorities for inclusion, presented to the headteacher or a "
   "senior leader and a governor, whose written feedback is submitted. The mentor "
   "countersigns the impact statement.")
np("The Professional Conversation is a 30-minute structured discussion with two tutors at "
   "the end of Module 2, graded pass or fail. The participant talks through three "
   "problems from their own practice, how they decided what to do and why, and responds "
   "to a scenario set on the day. The conversation assesses judgement and decision-making "
   "and clear spoken communication, including how well the participant listens to and "
   "takes account of other views.")
np("The reflective journal is kept throughout and read by the tutor at each tutorial. It "
   "is formative: it is not marked and does not count towards the Award.")
np("Every one of the national outcomes is assessed within the programme. The pass mark "
   "for each assignment is 50 per cent, and the Professional Conversation must be "
   "passed. A participant who passes both modules has met them all, and will be awarded "
   "the Postgraduate Certificate by the University.")
np("Participants may resubmit a failed assignment once, within ten weeks.")

# ================================================================== E
section("E. Getting in, and getting credit (clauses (c) and (i))")
subhead("Who can join")
np("The Award is open to members and non-members. Applicants must hold qualified teacher "
   "status, be employed in a school, and be the SENCO or have been told by their "
   "headteacher that they will take on the role within a year. The headteacher completes "
   "a nomination form which confirms the role, commits release for the ten study days, "
   "names the workplace mentor and agrees that the participant may use school data in "
   "assignments.")
np("Each applicant completes the Starting Point Profile (paragraph 28) with their "
   "application, and the regional coordinator holds a telephone interview with every "
   "applicant. Where the profile or the interview shows that an applicant is not yet "
   "ready to benefit, the coordinator explains in writing what they need to do, offers a "
   "place on the Institute's two-day 'SEN Foundations' course, and telephones the "
   "headteacher to agree a plan. Such applicants are offered a place on a later intake.")

subhead("Starting point and individual plan")
np("The Starting Point Profile lists every national outcome, in plain terms, with a "
   "four-point self-rating and a box for evidence. The tutor reviews it with the "
   "participant at an induction tutorial before Unit 1, challenges ratings that look too "
   "high or too low (knowledge of the law is the one most often out of date), and agrees "
   "an Individual Learning Plan. The plan names the outcomes on which the participant "
   "will concentrate, their strand and areas of need for gap tasks, and any reading to "
   "do before the course. It is reviewed at each tutorial and updated as the assignments "
   "show what the participant can already do.")
np("Tutors look for evidence against the outcomes throughout, and the plan is revised "
   "where a tutor judges that an outcome rated strong at the start has not yet been "
   "shown.")

subhead("Credit for earlier study (clause (i))")
np("Clause (i) has been achieved in part. The University has agreed that members who "
   "hold the Union's Certificate in Inclusive Practice, which the University credit-rated "
   "at 20 credits at Level 7 in 2006, may claim those credits, and that other Level 7 "
   "credit in SEN gained within the last five years may also be claimed, up to a "
   "maximum of 30 credits against Module 1. Claims are made by portfolio to the "
   "University's Accreditation Officer before the course begins.")
np("The University does not accept claims for credit based on experience alone for this "
   "Award. A member's experience is taken into account through the Starting Point Profile "
   "and the Individual Learning Plan.")

subhead("Experienced SENCOs (clause (c) and Amendment 38C)")
np("Conference remitted Amendment 38C, which would have required an assessment-only "
   "route from the first year, and asked the Executive to press for one under clause "
   "(c). Many experienced members have written to the Union about this, and the "
   "Executive shares their frustration that colleagues who have coordinated provision for "
   "ten years or more should be asked to sit through a course.")
np("The Executive has pressed. The Professional Development Committee met the University "
   "twice, and raised the matter with the TDA at a regional briefing. The University's "
   "regulations require a candidate for a taught postgraduate award to be enrolled on its "
   "modules, and the Institute could not find a form of words that satisfied them. We have "
   "therefore not been able to agree an assessment-only route, and none will be available "
   "in 2009-10. The Executive will continue to press.")

subhead("Criminal Records Bureau checks")
np("Conference policy, reaffirmed in 2006, is that a teacher in continuous employment "
   "who has been checked once should not be asked to undergo the same check again and "
   "again, each time they take a course or move between schools; that repeated checks "
   "cause delay, cost and distress out of all proportion to any benefit; and that "
   "responsibility for safer recruitment lies with employers, who already hold the "
   "necessary information. All participants on the Award are employed in schools, and "
   "their employers will have carried out the checks the law requires. The Institute will "
   "not, therefore, ask participants or their headteachers to supply or confirm CRB "
   "disclosure details as a condition of joining the programme.",
   notes=[("again and again,", "Conference 2006, Motion 12, 'Checked once, trusted "
           "always'.")])

subhead("After the Award")
np("Unit 10 ends with next steps. Each participant completes a professional development "
   "plan for the following year using the Institute's Career Compass planning tool, "
   "identifying targets for their own development as a SENCO and the support they will "
   "ask for, and takes the plan to their next performance management review with their "
   "headteacher. Tutors discuss progression to the MA in Inclusive Education and to the "
   "Institute's leadership programmes. The plan is not assessed.",
   notes=[("Career Compass planning tool,", "Career Compass is the Institute's planning "
           "tool, also used on its middle and senior leadership programmes; it includes a "
           "template for agreeing objectives with a line manager.")])
np("The Union's Learning Representatives in schools are available to help members follow "
   "up their plans.")

# ================================================================== F
section("F. Access, flexibility and equality (clauses (b) and (d))")
subhead("Routes and start dates")
np("Clause (b) has been achieved: the Award will be offered from September 2009 in all "
   "five regions of the Union, at the regional centres listed in Annex 2.")
np("Participants may start in September or in February. They may follow the day route "
   "(ten study days, normally on Thursdays) or the twilight and Saturday route (the "
   "same ten units taught as twenty twilight sessions of two and a half hours and three "
   "Saturday mornings). The twilight and Saturday route will run in the Northern, "
   "Midlands and London and South East regions in 2009-10. February starters take "
   "Module 2 before Module 1 if they wish. Participants may complete in one year or, "
   "with the tutor's agreement, take the modules in successive years.")
np("The Executive has taken clause (d) to heart. The ten study days were fixed after "
   "members told us that twelve was more than schools would release; the twilight route "
   "exists because 43 per cent of the members who replied to our survey said that "
   "release in school time would be difficult; and each online unit is designed to take "
   "no more than three hours.")

subhead("Distance learning (Amendment 38B)")
np("Amendment 38B, which would have required the Award to be offered by full distance "
   "learning, was lost. The Executive's view, which Conference accepted, was that a "
   "programme which aims to change practice in schools must bring SENCOs together.")
np("The online units are, however, a real part of the programme. Staffroom Online, the "
   "Institute's learning site, holds the unit materials and readings, the between-day "
   "tasks and a discussion forum for each regional group, where participants share gap "
   "tasks and help one another between study days. Participants receive a login and a "
   "short training session on Unit 1. Tutors are not timetabled to take part in the "
   "forums; participants' questions to their tutor are taken at study days and at "
   "tutorials, or can be left with the regional office.")

subhead("Equality and disability")
np("The Institute's Equality Scheme (2007), which covers race, disability and gender "
   "equality, applies to the Award. The application form invites applicants to tell us "
   "about any disability or other need, and explains why we ask and who will see the "
   "information. Every applicant who does so is offered an access conversation with the "
   "regional coordinator before the course begins, and the adjustments agreed are "
   "recorded and passed, with the participant's consent, to the tutors. Adjustments "
   "already made on Institute courses include materials in large print or electronic "
   "format, BSL/English interpreters, rest breaks and parking at venues, and extended "
   "deadlines. Adjustments to assessment are agreed with the University's Disability "
   "Service.")
np("All five regional centres have step-free access, an induction loop and accessible "
   "toilets; school visits are checked for access before they are arranged. Course "
   "publicity is available in large print and on the website in an accessible format, "
   "and it includes disabled teachers in its images and case studies. Selection is "
   "against the published entry requirements only, and the telephone interview is "
   "offered by textphone or email where that suits the applicant.")
np("The Union's Advice Line, which advises disabled members on reasonable adjustments "
   "in their own workplaces, is separate from the Institute and is not part of the Award.")

# ================================================================== G
section("G. Listening to members and partners (clause (f))")
np("In the autumn of 2008 the Institute surveyed members who are SENCOs or expect to "
   "become SENCOs. There were 1,312 replies.",
   notes=[("1,312 replies.", "Members' SEN Survey 2008: online and paper questionnaire, "
           "14 October to 21 November 2008. The full report is on the members' area of "
           "the Union's website.")])
np("Seventy-one per cent of those who replied had had no training for the role beyond "
   "a day or two; 43 per cent said release in school time would be difficult. The "
   "priorities they named were provision mapping (64 per cent), managing and deploying "
   "teaching assistants (59 per cent), the law and the Code (55 per cent), using data "
   "to track progress (51 per cent) and working with parents and carers (38 per cent). "
   "Branch consultation meetings in nine areas heard from members, and from SEN "
   "officers of eleven local authorities, that SENCOs need to be able to make the case "
   "for SEN to senior leaders and governors.")
np("The programme was changed as a result. The outline considered by the Professional "
   "Development Committee in September 2008 had twelve study days and no twilight route; "
   "it now has ten days and a twilight and Saturday route. Provision mapping and the "
   "deployment of teaching assistants were given units of their own (Units 8 and 9) and "
   "are assessed in Assignment 3; the presentation to a senior leader and a governor was "
   "added to Assignment 3 at the request of the local authority officers; and the "
   "workplace mentor became a senior leader after heads in two regions asked for it.")
np("Under clause (f), the Professional Development Committee wrote to three national "
   "parents' organisations. One has agreed in principle to review the Unit 7 materials. "
   "No further work has yet been possible.")
np("Local authority SEN officers teach part of Units 1 and 7 in each region, and branch "
   "secretaries help find alternative schools and visit hosts. Participants evaluate "
   "every study day and each module. The Executive intends to set up an Award Advisory "
   "Board, with members from local authorities, headteachers, a parents' organisation "
   "and former participants, to advise on the evaluation and development of the Award; "
   "it will be set up once the first cohort has completed.")

# ================================================================== H
section("H. Staff, resources and quality")
subhead("The team")
np("The programme is led by Yvonne Okafor, who was a SENCO in two primary schools for "
   "eleven years and an LA advisory teacher for SEN for four, and holds an MA in Special "
   "and Inclusive Education. Each region has a regional tutor who has been a SENCO and "
   "holds a master's degree or the equivalent, and is approved by the University as a "
   "recognised teacher. Table 2 lists the team.")
plain("Table 2: Tutors for 2009-10", bold=True, size=10)
table([
    ["Name", "Role", "Background"],
    ["Yvonne Okafor", "Programme leader; London and South East tutor",
     "Primary SENCO 11 years; LA advisory teacher 4 years; MA Special and Inclusive Education"],
    ["Dr Priya Nand", "University link tutor; Unit 2 in all regions",
     "Senior Lecturer, University of Stourton; former secondary SENCO; research on "
     "teaching assistant deployment"],
    ["Graham Tate", "Northern regional tutor",
     "Secondary SENCO 9 years; specialist teacher (SpLD); MEd"],
    ["Anjali Mistry", "Midlands regional tutor",
     "SENCO in a special school and a resource base; MA Autism"],
    ["Ruth Callender", "Eastern regional tutor",
     "Primary SENCO and assistant head; MA Education (SEN)"],
    ["Owen Prideaux", "South West regional tutor",
     "Behaviour support service teacher; secondary SENCO; MSc Educational Psychology"],
], widths=[3.2, 5.2, 7.5])
np("Every tutor spends at least two days a year working in schools, attends the "
   "Institute's tutors' conference each July, and keeps a record of their own "
   "professional development, which the programme leader reviews each year.")

subhead("Specialist expertise and visits")
np("Participants hear from an LA SEN officer in Units 1 and 7, from Dr Nand on research, "
   "and, in the Northern and Midlands regions, from an educational psychologist in Unit "
   "5. Clause (g) asked for a placement in a special school or specialist setting for "
   "every participant. Branches have approached special schools, and visits will be "
   "arranged where members working in those schools volunteer to host. The Executive "
   "regrets that we cannot yet guarantee a visit to every participant.")

subhead("Resources")
np("Each regional centre has an Institute resource collection of books, assessment "
   "materials and intervention programmes, which participants may borrow. As associate "
   "students, participants have full access to the University of Stourton's online "
   "library, including its electronic journals. Each regional centre also holds an "
   "assistive technology kit (text-to-speech and word-prediction software, Clicker 5, "
   "switch access devices and visual timetable software, with two laptops), which is "
   "used in Unit 6 and may be borrowed by participants for a gap task.")

subhead("Tutors and mentors")
np("Tutors are prepared through the Award Tutor Handbook, a two-day induction in July, "
   "and a standardisation meeting before each round of marking. The handbook sets out "
   "each tutor's duties for teaching, tutorials, marking and pastoral support. Workplace "
   "mentors receive the Mentor Guide, which is posted with the nomination pack and "
   "explains what a mentor is asked to do. Under the Foundation Course, which the Union "
   "ran without accreditation from 1999 to 2007, mentors were trained at a residential "
   "weekend; this has not been continued.")
np("The Foundation Course also included a session on access arrangements for national "
   "tests and examinations; it has not been carried forward into the Award.")

subhead("Marking and moderation")
np("Every assignment is first marked by the participant's regional tutor against the "
   "published criteria and then second-marked on a sample: 25 per cent of every "
   "assignment, all fails and all marks of 70 and above.",
   notes=[("70 and above.", "Second marking is by a tutor from a different region, so "
           "that no tutor second-marks their own group. The University's moderator "
           "samples across all five regions each round.")])
np("Each Professional Conversation is conducted by two tutors, who agree the outcome. "
   "The external examiner, Dr Frances Lyle of the University of Edgecombe, sees a sample "
   "of every assignment and attends the University's Board of Examiners, which confirms "
   "all marks.")

subhead("Evaluation and impact")
np("The programme will be evaluated in several ways. Participants complete an evaluation "
   "of every study day and an end-of-module questionnaire; tutors review each unit at a "
   "team meeting after each intake; the external examiner reports each year; and the "
   "University's annual monitoring review considers results, evaluations and the "
   "external examiner's report. The Programme Committee, which includes the University "
   "link tutor, draws these together into an annual action plan. The plan is reported to the Professional Development "
   "Committee, and the changes made are reported to participants at the start of the "
   "next intake. The Institute uses its own self-evaluation framework, adopted for all "
   "its accredited courses in 2008, to grade the programme each year.")
np("To see the difference the Award makes, participants repeat the Starting Point "
   "Profile at the end of the course, so that their own competence and confidence can be "
   "compared with where they started, and Assignment 2 records a baseline and an outcome "
   "measure for the pupil studied. The Executive would like, in time, to draw these "
   "together to show the difference the Award makes to pupils across the Union; no method "
   "has yet been agreed.")

# ================================================================== I
section("I. Finance")
np("The full fee is \u00a31,250 for each participant, including the University's "
   "registration fee of \u00a3310. Members pay \u00a3650: the Union meets the balance "
   "from its Professional Development Fund, which Conference 2008 increased for the "
   "purpose. Members on supply contracts pay \u00a3350. Non-members pay the full fee.")
plain("Table 3: Cost per participant, 2009-10 (groups of 16)", bold=True, size=10)
table([
    ["Item", "\u00a3 per participant"],
    ["Tutor time (study days, tutorials, marking)", "560"],
    ["University registration and moderation", "310"],
    ["Venues and catering (regional centres)", "140"],
    ["Staffroom Online, materials and resources", "120"],
    ["Administration and quality assurance", "120"],
    ["Total", "1,250"],
], widths=[10.0, 4.0])
np("Using the Union's own regional centres rather than hired venues saves about \u00a390 "
   "a participant, and teaching in the regions means that few participants travel more "
   "than an hour. Groups are kept between 12 and 20 so that tutorials and feedback are "
   "not squeezed.")

# ================================================================== J
section("J. Recommendations")
np("Conference is asked to:")
bullet_lines([
    "note the report on Motion 38 and its amendments;",
    "endorse the arrangements for the National Award for SEN Coordination set out in "
    "Sections C to I;",
    "agree that this paper be submitted to the TDA as the Union's application for "
    "approval; and",
    "instruct the Executive to report again to Conference 2010 on clauses (c), (f) and "
    "(g).",
])

# ================================================================== ANNEX 1
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
section("Annex 1: The national outcomes and where they are developed and assessed")
plain("The outcomes are listed in brief, in the Institute's words. 'Assessed' means that "
      "the outcome is a published marking criterion of the task named.", italic=True, size=10)

rows = [
    ["Outcome (in brief)", "Where it is developed", "Where it is assessed for the Award"],
    ["BEING A SENCO", None, None],
    ["Fair, respectful, constructive relationships with pupils and their families",
     "Units 6, 7", "Assignment 2, criterion 4"],
    ["Winning the commitment of colleagues, the head and senior leaders",
     "Unit 8", "Assignment 3 (presentation; written feedback from head and governor)"],
    ["Prioritising, managing time and delegating", "Unit 9",
     "Journal (formative; not marked)"],
    ["Anticipating and solving problems; sound judgement about provision", "Unit 9",
     "Professional Conversation"],
    ["Clear speaking and writing; listening to others",
     "All units", "Assignments 1-3 (writing); Professional Conversation and presentation (speaking, listening)"],
    ["Using research and outside advice to improve practice", "Unit 2", "Assignment 1"],
    ["Keeping up to date and taking charge of one's own development", "Unit 10",
     "Next-steps plan (not assessed)"],
    ["WHAT A SENCO KNOWS", None, None],
    ["SEN law and the Code of Practice, and putting them into practice", "Unit 1",
     "Assignment 1"],
    ["Every Child Matters and the SENCO's part in it", "Unit 1",
     "Assignment 1; Assignment 2 (outcomes for the pupil)"],
    ["Disability equality law and what it requires of schools", "Unit 1",
     "Assignment 1 (accessibility plan)"],
    ["The main types of SEN and disability and how they affect learning", "Units 4, 5",
     "Assignment 2"],
    ["Approaches, strategies and resources, including ICT, understood critically", "Unit 6",
     "Assignment 2"],
    ["School self-evaluation and improvement", "Unit 8", "Not assessed (discussed at tutorials)"],
    ["Best practice and research on meeting SEN", "Unit 2", "Assignment 1"],
    ["What other agencies do and how to get their help", "Unit 7",
     "Journal (formative; not marked)"],
    ["WHAT A SENCO DOES", None, None],
    ["Shaping the school's inclusive ethos, policy, priorities and resources with senior "
     "leaders and governors", "Unit 8", "Assignment 3"],
    ["Identifying needs, setting targets, planning interventions and reviewing progress",
     "Units 3, 5", "Assignment 2"],
    ["Using other professionals' assessments to plan teaching", "Unit 5", "Assignment 2"],
    ["Using test and other summative data to track progress and change programmes",
     "Unit 3", "Assignment 3"],
    ["Provision mapping; finding provision that is missing or not working", "Unit 8",
     "Assignment 3"],
    ["Deploying and managing staff", "Unit 9", "Assignment 3"],
    ["Supporting colleagues' development (observation, coaching, training)", "Unit 9",
     "\u2013"],
    ["Reviewing provision with colleagues to inform the school's self-evaluation",
     "Unit 8", "Assignment 3"],
    ["Involving pupils in planning and reviewing their provision", "\u2013",
     "Assignment 2, criterion 5 (where the pupil's views are available)"],
    ["Working with parents and carers", "Unit 7", "Journal (formative; not marked)"],
    ["Working with other services, agencies and voluntary organisations", "Unit 7",
     "Journal (formative; not marked)"],
]
t = doc.add_table(rows=len(rows), cols=3)
set_borders(t)
widths = [7.5, 3.0, 5.5]
for i, row in enumerate(rows):
    if row[1] is None:
        merged = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(merged, row[0], bold=True, size=9)
        shade(merged, "F2F2F2")
        continue
    for j, val in enumerate(row):
        c = t.cell(i, j)
        cell_text(c, val, bold=(i == 0), size=9)
        c.width = Cm(widths[j])
        if i == 0:
            shade(c, "D9D9D9")
doc.add_paragraph()

# ================================================================== ANNEX 2
section("Annex 2: Regional centres, 2009-10")
table([
    ["Region", "Centre", "Day route", "Twilight and Saturday route", "Starts"],
    ["Northern", "Calder House, Wakeby", "Thursdays", "Yes", "September, February"],
    ["Midlands", "Arden Court, Mercot", "Thursdays", "Yes", "September, February"],
    ["Eastern", "Fenway House, Stanbridge", "Thursdays", "From 2010", "September, February"],
    ["South West", "The Tamar Rooms, Exbury St Mary", "Thursdays", "From 2010",
     "September, February"],
    ["London and South East", "Thorne House, Lindhurst", "Thursdays", "Yes",
     "September, February"],
], widths=[3.0, 4.5, 2.2, 3.3, 3.0])

attach_footnotes()
doc.save(OUT)
print("wrote", OUT)
