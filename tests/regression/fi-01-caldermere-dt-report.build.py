"""fi-01-caldermere-dt-report: build the .docx next to this script.

Provider (invented)
-------------------
Caldermere Open University, a national distance-learning university with its
own degree-awarding powers (headquarters at Brayfield Park, Caldermere;
thirteen Regional Centres). It teaches by supported open learning: printed
course books (Blocks), a Reader and a DVD, part-time associate tutors in the
regions, face-to-face and telephone tutorials, a residential weekend, and the
CalderLink computer conferencing system. It applies on its own account with
E847 "The SENCO's Role: Coordinating Special Educational Needs", a 60-credit
postgraduate course in its MA in Education, first presented February 2009.

Kind of document and layout
---------------------------
The course's Developmental Testing Report (E847/DT/03, 17 October 2008):
the in-house report on a summer's trial of the draft course books with
eighteen serving or newly appointed SENCOs ("testers") nominated by local
authorities, with four critical readers and the External Assessor, written
by the University's Course Evaluation and Testing Unit for the Course Team.
It is sent as the application under a one-page covering minute from the
Course Team Chair. The report keeps its own voice (third person about
"testers" and "the Course Team") and its own purpose: most of it is about
what testers found hard, how long things took and what the Course Team
decided. The Course Team's decisions sit in shaded one-cell "Course Team
decision" boxes with codes A (accepted, done), P (partly), D (deferred to
the 2010 presentation) and R (rejected). Layout features: a covering minute
with numbered paragraphs; a field table; a tester profile table; a study-time
table; block-by-block findings with tester quotations; a critical readers'
comments table with a response-code column; a "deferred and rejected" list;
Appendix A (the course as it will be presented, numbered A1-A12); Appendix B
(the outcome map "as approved by Curriculum Board on 9 July 2008", i.e.
before testing, with merged group rows); Appendix C (the blank block
questionnaire used in testing, prompts only). Page header and footer with a
PAGE field; four footnotes (citations and a note on study hours, none the
only evidence for a verdict); four Word comments.

Traps (requirement ids)
-----------------------
* Blanket claim in the covering minute that "every national outcome is
  taught and assessed", contradicted by the report (1.9, 6.0).
* Appendix B predates testing. The body later removes or changes things
  the map still shows as assessed: TMA01 Part B on the disability equality
  duty is dropped (6.K3 partial: still taught, no longer assessed); the
  Block 3 formative-assessment question is replaced by an unassessed
  conference activity (6.S2c partial); the Block 3 section on access
  arrangements for national tests and examinations is cut altogether, the
  negation sitting in the Block 3 findings far from the map row (6.S2d
  not met).
* No row in the map, and testers report Block 4 says nothing on managing
  teaching assistants; only deferred to 2010 (6.S4 not met).
* Map rows not assessed: time management "self-assessment questions" only,
  and the External Assessor's suggestion to assess it was rejected (6.A3
  partial); child development only in the Reader, DVD and SAQs (6.K4
  partial).
* Pupil voice: a short section; new material deferred to 2010; TMA02 asks
  for the pupil's view only "where it can be obtained" (1.5, 6.S7 partial).
* Award rule: best three of four TMAs (substitution) plus the ECA; the
  Professional Practice Record is checked for completeness, not marked
  (6.0 partial, 1.9 partial).
* Assessment-only route asked for by testers, rejected for 2009 and only
  to be put to Curriculum Board in 2010 (2.3 not met).
* Credit transfer for certificated study only; experience alone is not
  credited (2.1 partial).
* Open entry: no interview, a head's Support Form about access to the
  school; the Starting Profile comes after registration (5.2 partial).
* CRB: the right words about the wrong people - associate tutors who visit
  schools and the residential weekend staff are checked; nothing verifies
  students' disclosures; a comment (not part of the submission) asks
  whether heads should confirm it (5.3 not met).
* Conferencing: tutors' 2009 contracts do not include moderation, tutor-
  group conferences will not run, the Staffroom conference is peer-only and
  unmoderated; ICT mainly for eTMA submission (3.3 partial).
* Placements: a Sunday-morning visit at the residential weekend; "E847 has
  no placement"; the DVD filmed at a special school is not a placement
  (5.5 partial; specialist expertise is there).
* Pupil impact: measures in the ECA but the Course Team has "not yet
  decided" how to collate them; competence and confidence via the
  Finishing Profile (5.9 partial).
* Stakeholders in evaluation: LA Advisory Group members in the Course
  Review only "would like", deferred; a comment says the Faculty has
  agreed the costs (comment, not part of the submission) (4.3 partial).
* Past arrangement: the predecessor E831's school mentors are gone (no
  verdict depends on it; 5.7 is met through tutor briefing and monitoring).
* Met despite looking thin: 2.2 (Starting Profile, Personal Study Plan
  agreed in the first telephone tutorial), 5.8 (monitoring of tutor
  marking, double-marking of the ECA, External Examiner), 3.1 (alternative
  formats, disclosure, residential access).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "fi-01-caldermere-dt-report.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)


# ---------------------------------------------------------------- helpers
def P(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def PR(parts, style=None):
    """Paragraph of (text, 'b'|'i'|'') runs."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullet(text):
    return P(text, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def table(rows, widths=None, header=True, size=9, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, "D5DCE4")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def decision_box(lines):
    """Shaded one-cell box: the Course Team's decision."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "E2EFD9")
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("Course Team decision")
    r.bold = True
    r.font.size = Pt(9.5)
    for code, text in lines:
        p = c.add_paragraph()
        r = p.add_run(code + "  ")
        r.bold = True
        r.font.size = Pt(9.5)
        r2 = p.add_run(text)
        r2.font.size = Pt(9.5)
    doc.add_paragraph()
    return c


# footnotes --------------------------------------------------------------
FOOTNOTES = []


def footnote(paragraph, text):
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES)
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


def write_footnotes_part():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [
        f'<w:footnotes xmlns:w="{W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, text in enumerate(FOOTNOTES, start=1):
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="17"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>'
        )
    parts.append("</w:footnotes>")
    blob = "".join(parts).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    paragraph.add_run("1")
    r5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


# header / footer ----------------------------------------------------------
hp = sec.header.paragraphs[0]
hr = hp.add_run("Caldermere Open University  |  E847 Developmental Testing Report  |  Course Team use")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("E847/DT/03  Final  17 October 2008    Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")

# ================================================================ COVERING MINUTE
P("CALDERMERE OPEN UNIVERSITY", bold=True, size=14)
P("Faculty of Education and Childhood Studies", bold=True, size=11)
P("Brayfield Park, Caldermere CM7 4RT", size=9)
P()
table([
    ["Minute", ""],
    ["To", "The Approval Panel, National Award for SEN Coordination, Training and Development Agency for Schools"],
    ["From", "Dr Helen Marchbank, Chair, E847 Course Team"],
    ["Date", "3 November 2008"],
    ["Subject", "Application for approval: E847 The SENCO's Role: Coordinating Special Educational Needs"],
], widths=[3, 13.5], header=False, size=9.5)

P("1.  The University applies on its own account for approval to offer the National Award for SEN "
  "Coordination through E847 The SENCO's Role: Coordinating Special Educational Needs. E847 is a 60-credit "
  "course at postgraduate (M) level and is one of the courses that count towards our MA in Education. The "
  "University has its own degree-awarding powers, so the credit and the award are the University's own; "
  "E847 was approved by our Curriculum Board on 9 July 2008 under the procedures that apply to all our "
  "postgraduate courses, with an External Assessor from another university reading every block.")
P("2.  We have not written a separate account of the course for the panel. Instead we enclose the report "
  "on the course's developmental testing, which the Course Team considered at its fourteenth meeting on "
  "22 October 2008. Developmental testing is the stage at which draft course books are studied by people "
  "like the students who will eventually use them, before anything is sent to print. We think it shows the "
  "panel, better than anything we could write for the occasion, both what E847 is and how it has been "
  "shaped by the schools and local authorities it is meant to serve. The report is reproduced as it went to "
  "the Course Team, with the Course Team's decisions in the shaded boxes.")
P("3.  Appendix A of the report describes E847 as it will be presented from 7 February 2009. Appendix B "
  "maps the national minimum outcomes onto the course; the map shows that every national outcome is "
  "taught and assessed in E847.")
P("4.  I should be glad to answer any questions the panel may have. The Course Manager, Graham Petty, can "
  "be reached on 01843 662 410 or at e847-course@caldermere.ac.uk.")
P("Helen Marchbank", italic=True)
P("Senior Lecturer in Inclusive Education and Chair, E847 Course Team")
doc.add_page_break()

# ================================================================ TITLE PAGE
P("E847 The SENCO's Role: Coordinating Special Educational Needs", bold=True, size=16)
P("Developmental Testing Report", bold=True, size=14)
P("Draft Study Guide, Blocks 1 to 4, Starting Profile, TMA questions and ECA guidance", italic=True)
P()
table([
    ["Report", "E847/DT/03 (final)"],
    ["Date", "17 October 2008"],
    ["Prepared by", "Ruth Okonedo, Course Evaluation and Testing Unit (CETU), for the E847 Course Team"],
    ["Course Team Chair", "Dr Helen Marchbank"],
    ["Course Manager", "Graham Petty"],
    ["Testing period", "2 June to 26 September 2008 (four mailings; residential day 13 September 2008)"],
    ["Testers", "18 recruited, 16 completed"],
    ["Critical readers", "4 (local authority SEN adviser, special school headteacher, Parent Partnership coordinator, educational psychologist)"],
    ["External Assessor", "Professor Alan Whitlow, School of Education, University of Dunmore"],
    ["Distribution", "E847 Course Team; Head of CETU; Staff Tutors (Education) in the thirteen Regions; members of the E847 Local Authority Advisory Group"],
], widths=[4, 12.5], header=False, size=9.5)

# ================================================================ 1 SUMMARY
H("1  Summary", 1)
P("Sixteen of the eighteen testers worked through all four draft blocks over the summer. Their overall "
  "judgement was favourable: fourteen of the sixteen said they would recommend the course to a colleague "
  "in their first year as SENCO, and the two who would not both gave workload as the reason rather than "
  "content. The main findings are these.")
for b in [
    "Block 3 is far too long. Testers reported a median of 171 hours against 130 planned. Substantial cuts are needed before print.",
    "Block 1's section on disability equality reads, in one tester's words, \"like reading the Act\", and TMA01 Part B could not be done in schools that had no disability equality scheme to hand.",
    "The material on working with parents is the strongest in the course; the material on listening to pupils is the weakest and is much shorter.",
    "Block 4 says nothing about managing teaching assistants, which several testers regard as the largest part of their job.",
    "The draft Starting Profile invites over-confident self-rating, particularly on the knowledge items.",
    "Testers' TMAs were marked independently by two tutors; agreement was acceptable but the marking guides need tightening.",
    "Testers used the trial CalderLink conferences unevenly; the peer \"Staffroom\" conference was valued far more than the tutor-group conferences.",
]:
    bullet(b)
P("Each section below sets out what testers and readers said, followed by the Course Team's decision. "
  "Decisions are coded A (accepted and done in the print version), P (partly accepted), D (deferred to the "
  "2010 presentation) and R (rejected).")

# ================================================================ 2 BACKGROUND
H("2  Background and method", 1)
H("2.1  The course in brief", 2)
P("E847 is a 60-credit postgraduate course for teachers who are new to the SENCO role or about to take it "
  "up. It is studied part time over about eleven months through four printed Blocks, a Study Guide, a "
  "Reader and a DVD, with an associate tutor, tutorials, a residential weekend and a course website. "
  "Students carry out a School-based Activity (SBA) in their own school in each block, and each of the four "
  "tutor-marked assignments (TMAs) is built on one of them. The course ends with an end-of-course "
  "assessment (ECA). Appendix A gives the full description of the course as it will be presented.")
H("2.2  Why the course was tested", 2)
P("All new University courses are developmentally tested before their first presentation. For E847 this "
  "mattered more than usual: the course is written for a role that has just been given a statutory basis, "
  "for a group of teachers whose time is notoriously short, and by a Course Team most of whose members "
  "last worked as SENCOs some years ago. The Course Team wanted to know whether the study time was "
  "realistic, whether the School-based Activities could be done in ordinary schools, whether the TMA "
  "questions were clear and could be marked consistently, and whether the Starting Profile helped "
  "students and tutors to see what each student needed.")
H("2.3  Recruiting testers", 2)
p = P("Testers were invited through the nine local authorities on the E847 Local Authority Advisory Group. "
      "Each authority's SEN adviser was asked to nominate two teachers who had been SENCO for less than two "
      "years or who were due to take up the post in September 2008, one primary and one secondary where "
      "possible. Testers received an honorarium of £350, a certificate of participation and a copy of the "
      "printed course; they did not receive credit. They studied the drafts in four mailings, kept a "
      "study-time diary, completed a questionnaire after each block (Appendix C), completed the draft "
      "Starting Profile, wrote at least two TMAs, took part in trial CalderLink conferences, came to a "
      "residential day on 13 September and joined a telephone group interview at the end.")
H("2.4  Critical readers and the External Assessor", 2)
P("Four critical readers, none of them testers, read the drafts with a brief to say what a SENCO in their "
  "part of the system would need the course to do: Janet Ogundimu, Senior SEN Adviser, Westcombe County "
  "Council; Peter Hallam, Headteacher, Hollins Bank School (a special school for pupils with moderate and "
  "severe learning difficulties in Brackley); Maureen Tilley, Coordinator, Fernside Parent Partnership "
  "Service; and Dr Sanjay Mehta, Senior Educational Psychologist, Brackley Borough Council. The External "
  "Assessor, Professor Alan Whitlow of the University of Dunmore, reads every block for academic level and "
  "coherence, as University regulations require; his comments on the drafts are included here because they "
  "overlap with the testers'.")

# ================================================================ 3 TESTERS
H("3  The testers", 1)
P("Table 1 shows the eighteen testers. Local authorities are shown by letter, as agreed with the "
  "Advisory Group.")
t_testers = table([
    ["Tester", "Phase", "LA", "Position in June 2008", "School (pupils)", "Completed"],
    ["T01", "Primary", "A", "SENCO, 1st year", "210", "Yes"],
    ["T02", "Secondary", "A", "Assistant SENCO, to be SENCO Sept 08", "1,150", "Yes"],
    ["T03", "Primary", "B", "SENCO, 2nd year", "95", "Yes"],
    ["T04", "Secondary", "B", "SENCO, 1st year", "870", "Yes"],
    ["T05", "Primary", "C", "Deputy head and SENCO, 1st year", "330", "Yes"],
    ["T06", "Middle", "C", "SENCO, 2nd year", "520", "No (maternity leave)"],
    ["T07", "Primary", "D", "To be SENCO Sept 08", "180", "Yes"],
    ["T08", "Secondary", "D", "SENCO, 1st year", "1,420", "Yes"],
    ["T09", "Primary", "E", "SENCO, 1st year", "60", "Yes"],
    ["T10", "Secondary", "E", "SENCO, 2nd year", "990", "Yes"],
    ["T11", "Primary", "F", "SENCO, 1st year", "400", "Yes"],
    ["T12", "Primary", "F", "SENCO, 1st year", "240", "No (workload)"],
    ["T13", "Secondary", "G", "SENCO, 1st year", "760", "Yes"],
    ["T14", "Primary", "G", "To be SENCO Sept 08", "415", "Yes"],
    ["T15", "Secondary", "H", "SENCO, 2nd year", "1,030", "Yes"],
    ["T16", "Primary", "H", "SENCO, 1st year", "150", "Yes"],
    ["T17", "Primary", "J", "Head of small school and SENCO", "48", "Yes"],
    ["T18", "Secondary", "J", "SENCO, 1st year (formerly Head of Learning Support, FE)", "1,280", "Yes"],
], widths=[1.4, 2, 1, 6, 2.2, 3.5], size=8.5)
P("Eleven testers were women and seven men; two described themselves as from minority ethnic groups. "
  "One tester (T09) told us at recruitment that she is dyslexic; at her request she studied Block 1 from "
  "the audio recording and the Word file as well as the print, and her comments on the alternative formats "
  "are reported in section 9. Eight testers had done no study since their PGCE; three had a "
  "postgraduate certificate or diploma already, in two cases in special educational needs.")

# ================================================================ 4 STUDY TIME
H("4  Study time", 1)
p = P("E847 is planned at 600 hours of study. Table 2 compares the planned hours for each block with the "
      "hours testers recorded in their diaries.")
footnote(p, "University courses are planned at ten hours of study per credit. The ECA is planned at 100 hours; it was not tested in full and is not shown in Table 2.")
table([
    ["Block", "Planned hours", "Median reported", "Range", "Testers reporting"],
    ["Study Guide and Block 1", "120", "131", "88-190", "16"],
    ["Block 2", "130", "142", "95-201", "16"],
    ["Block 3", "130", "171", "120-244", "16"],
    ["Block 4", "120", "118", "80-160", "16"],
], widths=[5, 2.5, 3, 2.5, 3], size=9)
P("Most of the overrun in Block 3 came from two sections: Section 3 (assessment for learning and tracking "
  "progress) and Section 5 (arrangements for pupils in national tests and examinations). Secondary testers "
  "spent on average nine hours more on Section 5 than primary testers, several of whom told us they "
  "skipped it once they saw how much of it concerned GCSE.")

# ================================================================ 5 BLOCK BY BLOCK
H("5  Findings block by block", 1)

H("5.1  Block 1: The SENCO, the law and the school", 2)
P("Block 1 introduces the SENCO's role and the framework within which it is done: the SEN Code of "
  "Practice (2001) and the duties of schools and local authorities under the Education Act 1996; Every "
  "Child Matters and the Children Act 2004; Removing Barriers to Achievement; the disability "
  "discrimination and disability equality duties; and the new regulations on the SENCO's qualifications "
  "and role. SBA 1 asks students to audit their school's SEN policy against the Code of Practice and the "
  "five Every Child Matters outcomes, and TMA01 is the report of that audit.")
p = P("Testers were in no doubt about the value of Section 3, which explains the 2008 regulations on "
      "SENCOs and what they mean for the relationship between the SENCO and the senior leadership team. "
      "Several testers took the section to their headteacher.")
footnote(p, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, in force from 1 September 2008.")
P("Section 4, on disability discrimination and the disability equality duty, was the least liked part of "
  "the block. Testers found it dense and legalistic (\"like reading the Act\", T08), and the draft TMA01 "
  "Part B, which asked them to review their school's Disability Equality Scheme and its action plan, "
  "caused real difficulty: five testers could not get hold of their school's scheme, and two discovered "
  "that their school did not have one. Those who completed Part B took twice as long over it as over "
  "Part A. Janet Ogundimu, who read the block for Westcombe, suggested that the law should be explained "
  "through what it requires of the SENCO rather than section by section.")
P("T09 found the Word version of Block 1 easier to work with than the print, using her own text-to-speech "
  "software, and the audio recording useful for revision. She asked that the Word file keep the print "
  "version's page numbers so that she could follow references in tutorials.")
decision_box([
    ("A", "Section 4 rewritten around what the duties require of a SENCO, and shortened from 24 to 11 pages; the detail moves to a new chapter 3 of the Reader, with an audio summary on the DVD."),
    ("A", "TMA01 Part B removed. TMA01 is now the SEN policy audit only (Part A of the draft), reworded to ask explicitly about the five Every Child Matters outcomes. Disability equality remains in Block 1 and the Reader but is no longer assessed in TMA01."),
    ("A", "Word files of all blocks to carry the print page numbers in the margin."),
])

H("5.2  Block 2: Knowing the learners", 2)
P("Block 2 is about the pupils and the people round them. Section 1 introduces how children develop and "
  "how development is affected by SEN, disability and the learning environment, largely through Reader "
  "chapter 5 and band 2 of the DVD. Sections 2 and 3 take the most common kinds of need in turn: "
  "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
  "speech, language and communication needs, the autistic spectrum, and moderate learning difficulties. "
  "Section 4 covers working with parents and carers and listening to pupils; Section 5 covers the work of "
  "other services and agencies, statutory and voluntary, and how to use their assessments. SBA 2 is a case "
  "study of one pupil, and TMA02 is the case study.")
P("The parents material was the best-received in the course. Testers particularly valued the activity in "
  "which they rehearse a first meeting with a parent who is angry about provision, using the DVD clip "
  "filmed with parents from Fernside, and the \"family partnership\" planning sheet that Maureen Tilley "
  "suggested at an earlier draft stage. Several testers used the sheet in real meetings during the summer "
  "term.")
P("By contrast, testers found the material on listening to pupils thin: four pages against nineteen on "
  "parents. T13 wrote: \"I can tell you what my Year 9s' parents want. I'm not sure I could tell you what "
  "my Year 9s want, and the block doesn't really help me find out.\" The case study guidance asks students "
  "to include the pupil's own view, but testers with pupils who have communication difficulties were not "
  "sure how to go about it.")
P("Dr Mehta thought the treatment of child development too slight for a masters course and the reading "
  "on it \"skimmed rather than studied\". Testers did not raise the point, though several said that they "
  "had not done Section 1's self-assessment questions because nothing depended on them. Dr Mehta also "
  "suggested, and testers agreed, that Section 5 should show how to read an educational psychologist's or "
  "speech and language therapist's report and turn it into classroom strategies.")
p = P("Peter Hallam asked that the block make more of outreach from special schools as a source of "
      "specialist advice for mainstream SENCOs, drawing on the Ofsted survey of inclusion.")
footnote(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.")
decision_box([
    ("A", "Section 5 gains a worked example on reading a professional's report and planning from it, and a case study of a special school outreach service (Hollins Bank)."),
    ("P", "Child development: the Reader chapter stays as the main text; Section 1's self-assessment questions are revised. Child development is not added to TMA02, whose word limit is already reached."),
    ("D", "New material on consulting pupils, including pupils with communication difficulties, to be commissioned for the 2010 presentation. For 2009 the TMA02 guidance asks students to include the pupil's view where it can be obtained."),
])

H("5.3  Block 3: Planning, teaching and tracking progress", 2)
P("Block 3 is the longest and most practical block. Section 1 covers identification, target setting and "
  "planning interventions, and reviewing progress; Section 2 covers approaches, strategies and resources "
  "for teaching and learning; Section 3 covers assessment, both formative (assessment for learning) and "
  "summative (national tests, P scales and tracking systems); Section 4 covers provision mapping; "
  "Section 5 covers arrangements for pupils in national tests and examinations; Section 6 covers ICT and "
  "assistive technology. SBA 3 asks students to map provision for one year group and identify what is "
  "missing or not working; TMA03 reports on it.")
P("Section 4 was named by eleven testers as the most useful thing in the course. T04: \"I have been asked "
  "for a provision map since the day I started. Now I know what one is for.\" Testers also valued "
  "Section 6, and asked for the DVD to show more of the assistive technology in use.")
P("Section 3 overlapped heavily with the assessment for learning training most testers' schools had "
  "already had, and the draft TMA03 question asking students to plan how they would help other teachers "
  "develop formative assessment for pupils with SEN was the one most often left until last. The tracking "
  "material, on the other hand, was valued, especially by primary testers working with P scales for the "
  "first time.")
P("Section 5 divided testers sharply. The secondary testers, whose schools deal with access arrangements "
  "every year, wanted more of it; the primary testers found the examination material irrelevant and "
  "skipped much of it. It was the single largest cause of the overrun in Table 2.")
decision_box([
    ("A", "Section 5 (arrangements for national tests and examinations) is removed from Block 3 and will not appear in the 2009 materials; the time released goes to Section 4."),
    ("P", "Section 3 shortened by a third. The TMA03 question on helping colleagues develop formative assessment is replaced by a tutor-group activity in which students share a plan for colleagues and receive comments from their tutor; the activity is not assessed. TMA03 now concentrates on tracking progress and provision mapping."),
    ("A", "Two new DVD sequences on assistive technology, filmed at Hollins Bank and at a secondary school in Westcombe."),
])

H("5.4  Block 4: Leading and working with others", 2)
P("Block 4 deals with the SENCO as a leader: working with the headteacher, senior leaders and governors; "
  "shaping an inclusive ethos and the school's SEN policy, priorities and resources; supporting colleagues' "
  "professional development through observation and feedback, coaching, mentoring and training; taking "
  "part in the school's self-evaluation and improvement planning; managing the role itself (priorities, "
  "time, delegation); and the SENCO's own continuing development. SBA 4 asks students to plan, deliver and "
  "evaluate a piece of professional development for colleagues; TMA04 reports on it and includes a short "
  "witness statement from the headteacher.")
P("Testers found Block 4 the best paced of the four. The section on managing the role was popular, and "
  "several testers wrote their own weekly plans from its template. Professor Whitlow observed that "
  "nothing in the assessment asks students to show that they manage their time or delegate well, and "
  "suggested a short reflective element in TMA04.")
P("The strongest criticism of Block 4 was an absence. Six testers, all of whom manage teaching assistants, "
  "pointed out that the block says nothing about deploying and managing support staff. T15: \"Block 4 "
  "tells me how to run an INSET session for teachers but not what to do on Monday morning with eleven "
  "teaching assistants.\" The Course Team acknowledged that this had been left out when Block 4 was "
  "planned.")
P("Headteachers' witness statements for TMA04 were slow to arrive for four testers; heads asked for a "
  "simple form.")
decision_box([
    ("R", "Time management and delegation will not be assessed directly; the Course Team's view is that they are evident in whether students complete the course. The self-assessment questions in Section 5 remain."),
    ("D", "A section on deploying and managing teaching assistants and other support staff to be written when Block 4 is revised for the 2010 presentation."),
    ("A", "A one-page headteacher's witness form for TMA04, sent to heads with the Headteacher's Guide."),
])

# ================================================================ 6 STARTING PROFILE
H("6  The Starting Profile", 1)
P("The Starting Profile is the course's initial assessment. In the draft, students rated themselves from 1 "
  "to 4 against each national minimum outcome and wrote a short comment. Testers completed it in June "
  "and again in September, and their tutors at the residential day were asked to rate a sample of them "
  "independently from the testers' TMAs.")
P("The comparison was instructive. On the knowledge items, testers' June self-ratings were on average "
  "almost a whole point above their tutors' ratings; on the skills items the two were close. T18, "
  "formerly head of learning support in a further education college, rated herself 4 on every knowledge "
  "item and discovered in Block 1 that most of what she knew about the law applied to colleges, not "
  "schools. Testers said the profile would be more honest if it asked for an example for each rating.")
decision_box([
    ("A", "The Starting Profile is rewritten: each outcome now has a prompt asking for a recent example from the student's own practice, and a rating only after the example."),
    ("A", "Students send the completed profile to their tutor before the individual telephone tutorial in week 2. In that tutorial the tutor and student agree a Personal Study Plan recording the outcomes on which the student most needs to work, the optional Reader chapters and DVD bands to prioritise, which phase version of the Block 3 activities to follow, and the focus of each School-based Activity. The tutor keeps a copy, and the plan is reviewed at the residential weekend and before the ECA."),
    ("A", "At the end of the course students complete the same profile again (the Finishing Profile) as part of the ECA, so that they and the University can see how far their competence and confidence have moved."),
])

# ================================================================ 7 ASSESSMENT
H("7  The assessment trial", 1)
P("Each tester wrote at least two TMAs. Twenty-six scripts were marked independently by two experienced "
  "associate tutors from the Education programme, neither of whom knew the other's marks, using the draft "
  "marking guides. Marks agreed within five percentage points on 21 of the 26 scripts. Of the five that "
  "did not, four were TMA02 case studies, where the tutors differed on how much weight to give the "
  "student's use of professionals' assessments. The tutors then met with the Course Chair to agree the "
  "marks and to redraft the marking guides.")
P("Testers found the TMA questions clear, with the exception of the old TMA01 Part B (section 5.1). They "
  "valued the tutors' written comments, and several asked for the comments to say more about how to "
  "improve the next assignment rather than about the one just marked.")
decision_box([
    ("A", "Marking guides for all four TMAs redrafted, with an annotated example script for each grade band. Tutors complete a marking exercise on a sample script at the tutor briefing before they mark live scripts."),
    ("A", "Tutors' comments on each TMA end with a \"For your next assignment\" paragraph."),
])
P("The arrangements for marking and moderation in presentation are set out in Appendix A6.")

# ================================================================ 8 ONLINE
H("8  CalderLink conferences", 1)
P("Testers had two trial conferences on CalderLink: a tutor-group conference of eight testers moderated "
  "by a tutor, and a course-wide \"Staffroom\" conference with no moderator. Nine of the sixteen testers "
  "posted at least once. The Staffroom was by far the busier: testers used it to ask each other about "
  "provision maps, swap policies and, in July, to commiserate about the end of term. The tutor-group "
  "conferences were used mainly for questions to the tutor about the TMAs, which testers said they would "
  "as soon ask by e-mail or phone.")
P("Tutors' contracts for 2009 cover tutorials, telephone tuition and marking. Moderating a conference is "
  "not part of them, and the Faculty has not been able to fund it for the first presentation.")
decision_box([
    ("P", "For 2009 there will be no tutor-group conferences. The Staffroom conference will run for each presentation as a peer conference without a moderator; a member of the Course Team will read it weekly and post corrections where necessary. Tutors will give students their telephone and e-mail times at the first tutorial. TMAs are submitted through the electronic TMA system."),
    ("D", "Tutor-moderated conferences to be reconsidered for 2010 if funding for moderation is agreed."),
])

# ================================================================ 9 RESIDENTIAL DAY / ACCESS
H("9  The residential day and alternative formats", 1)
P("The residential weekend cannot be tested in full until the course runs, but a one-day version was held "
  "at Stennet Hall, the conference centre the University uses for residential schools in the Midlands, on "
  "13 September 2008. Eleven testers came. The day included a panel session in which three parents of "
  "children with SEN, arranged through Fernside Parent Partnership Service, talked about their dealings "
  "with schools, and a session led by Dr Mehta on working with educational psychologists.")
P("Testers rated the parents' panel as the best session of the day. Several asked whether they could see "
  "specialist provision at first hand; a visit to Hollins Bank, twenty minutes from Stennet Hall, was "
  "arranged for the end of the day and five testers went.")
P("T09's experience of the alternative formats (section 5.1) was good, and the arrangements in Appendix "
  "A9 were checked with her. One tester who uses a wheelchair had no difficulty with Stennet Hall's "
  "accessible rooms, ramps and lift, but pointed out that the session room's hearing loop had not been "
  "switched on.")
decision_box([
    ("A", "From 2009 the Sunday morning of each residential weekend includes an optional visit to Hollins Bank or to the resourced provision at Lavering High School, for up to thirty students per weekend."),
    ("A", "The parents' panel becomes a standing part of the weekend, arranged each year with Fernside Parent Partnership Service, which is paid for its time."),
    ("A", "Venue checklist for residential weekends to include hearing loops."),
])

# ================================================================ 10 CRITICAL READERS
H("10  Critical readers' and External Assessor's main comments", 1)
P("Table 3 lists the main comments not already covered above.")
table([
    ["Reader", "Comment", "Code", "Response"],
    ["J. Ogundimu (LA)", "Block 1 should explain how local authorities fund SEN provision and what the SENCO can expect from the LA's SEN services.", "A", "New box in Block 1 Section 1; local variation acknowledged."],
    ["J. Ogundimu (LA)", "SENCOs need to know how to put a case to governors for resources.", "A", "Added to Block 4 Section 2, with an example paper to a governors' committee."],
    ["P. Hallam (special school)", "Make more of special school outreach; stop describing special schools only as a \"placement\" option for pupils.", "A", "Block 2 Section 5 case study; wording changed throughout."],
    ["M. Tilley (Parent Partnership)", "Avoid \"hard to reach parents\"; say what the school can do to be easier to reach.", "A", "Wording changed in Block 2 Section 4 and the Study Guide."],
    ["M. Tilley (Parent Partnership)", "Tell SENCOs what Parent Partnership Services do and how to refer.", "A", "Added to Block 2 Section 5."],
    ["S. Mehta (EP)", "Child development treated thinly.", "P", "See 5.2."],
    ["A. Whitlow (EA)", "The Reader should include the recent review of services for children with speech, language and communication needs, and the Ofsted inclusion survey.", "A", "Both added to the Reader (chapters 9 and 12)."],
    ["A. Whitlow (EA)", "Time management and delegation are not assessed.", "R", "See 5.4."],
    ["A. Whitlow (EA)", "Level of TMA and ECA guidance appropriate to M level; ECA literature review well specified.", "-", "Noted."],
], widths=[3.3, 6.5, 1.2, 5.5], size=8.5)
p = P("The Reader's new chapter 9 is an extract from the Bercow Report with a commentary written for "
      "SENCOs by Dr Mehta.")
footnote(p, "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0-19) with Speech, Language and Communication Needs. Nottingham: DCSF.")

# ================================================================ 11 DEFERRED / REJECTED
H("11  Requests deferred or rejected", 1)
P("Some requests raised in testing cannot be met for the first presentation. The Course Team asked that "
  "they be recorded here so that they are considered at the first Course Review.")
P("Assessment without study.  Three of the more experienced testers (T10, T15 and T18) asked whether a "
  "SENCO who already has long experience could be assessed for the award without taking the course. The "
  "University's regulations do not allow a qualification to be awarded to anyone who has not registered "
  "for and completed the course that leads to it, and the Course Team does not propose to seek a change "
  "for 2009. It will ask Curriculum Board in 2010 whether an assessment-only route could be considered. (R)")
P("Credit for experience.  T18 asked whether her FE experience could count towards the course. Credit "
  "transfer is available for previous postgraduate study (Appendix A8), but the University does not award "
  "credit for experience alone and the Course Team does not propose to ask for an exception. (R)")
P("Pupil voice.  See 5.2. (D)")
P("Teaching assistants.  See 5.4. (D)")
P("Tutor-moderated conferences.  See section 8. (D)")
p_la = P("Local authorities in the Course Review.  Members of the Local Authority Advisory Group asked to "
         "see the outcomes of the course as well as to help build it. The Course Team would like Advisory "
         "Group members to take part in the annual Course Review from 2010, if the Faculty agrees to meet "
         "their travel costs. (D)")
doc.add_comment(p_la.runs, text="Faculty has agreed travel costs for two LA reps at the 2009 Course Review - confirmed by e-mail 20 Oct. Can we say so? GP", author="Graham Petty", initials="GP")

# ================================================================ APPENDIX A
doc.add_page_break()
H("Appendix A  E847 as it will be presented from February 2009", 1)
P("This appendix was revised after the Course Team meeting of 22 October 2008 and reflects the decisions "
  "above.", italic=True)

H("A1  Aims", 2)
P("E847 aims to help teachers who lead the coordination of provision for pupils with special educational "
  "needs and disabilities to improve those pupils' progress and well-being, in the full sense of the five "
  "Every Child Matters outcomes, by developing their knowledge, understanding and skills as SENCOs and as "
  "leaders in their schools. Every block asks students to do something in their own school and to judge "
  "its effect on pupils; the ECA requires evidence of change in pupils' learning, attendance, participation "
  "or well-being, measured before and after a piece of development work that the student leads.")

H("A2  Who the course is for", 2)
P("E847 is open to qualified teachers working in a maintained or independent school in England who are "
  "the school's SENCO or who will become SENCO during the course. In line with the University's tradition "
  "of open entry there is no interview and no further academic entry requirement; a first degree is not "
  "required. Registration is confirmed when the University receives the Headteacher's Support Form, on "
  "which the headteacher confirms that the applicant is employed as a teacher at the school and agrees to "
  "give the student access to pupils, records and colleagues for the School-based Activities, and to "
  "complete the witness form for TMA04. Applicants who are unsure whether they are ready for the course "
  "can talk to an enquiry adviser at their Regional Centre before registering.")

H("A3  Structure and study calendar", 2)
P("E847 starts twice a year, in February and in September, and runs for about eleven months. Students "
  "who fall behind can defer to the next presentation and carry forward the TMA scores they have "
  "achieved, once, without paying a second fee. The calendar for the February 2009 presentation is below.")
table([
    ["Weeks", "Dates (2009)", "Study", "Assessment (cut-off date)"],
    ["1-9", "7 Feb - 10 Apr", "Study Guide; Block 1 The SENCO, the law and the school", "TMA01 (10 April)"],
    ["10-19", "11 Apr - 19 Jun", "Block 2 Knowing the learners", "TMA02 (19 June)"],
    ["20-21", "27-28 Jun or 4-5 Jul", "Residential weekend, Stennet Hall (choice of two weekends)", "-"],
    ["22-31", "6 Jul - 25 Sep", "Block 3 Planning, teaching and tracking progress", "TMA03 (25 September)"],
    ["32-40", "26 Sep - 27 Nov", "Block 4 Leading and working with others", "TMA04 (27 November)"],
    ["41-46", "28 Nov - 15 Jan 2010", "ECA: Practice Development Project", "ECA (15 January 2010)"],
], widths=[1.6, 3.3, 7, 4.5], size=9)

H("A4  Teaching and support", 2)
P("Students receive the Study Guide, four Blocks, the Reader and the DVD in two mailings. All are "
  "available in alternative formats (A9). Each student is allocated an associate tutor, who teaches a "
  "group of up to sixteen in the student's region. Tuition consists of an individual telephone tutorial "
  "in week 2 (on the Starting Profile and the Personal Study Plan), four three-hour Saturday tutorials at "
  "the Regional Centre or a local teachers' centre, the residential weekend, and contact with the tutor by "
  "telephone and e-mail at the times the tutor gives. The course website carries the study calendar, "
  "the TMA and ECA guidance, the Staffroom conference, links to the University Library's electronic "
  "journals and databases, and the electronic TMA system. The residential weekend includes the parents' "
  "panel, sessions led by specialist practitioners (an educational psychologist, a speech and language "
  "therapist and an outreach teacher from Hollins Bank), workshops on each block and a short "
  "presentation by each student to their tutor group on the progress of their ECA project.")

H("A5  Work in school", 2)
P("Every block has a School-based Activity, done in the student's own school and tied to the outcomes "
  "the block develops: SBA 1, an audit of the school's SEN policy; SBA 2, a case study of a pupil, with the "
  "pupil's parents and the professionals involved; SBA 3, a provision map for a year group; SBA 4, a piece "
  "of professional development for colleagues. The ECA is a Practice Development Project: a change in "
  "provision that the student leads in the school over at least ten weeks, agreed with the headteacher, "
  "with baseline and follow-up measures of its effect on pupils. E847 has no placement; students' "
  "practical work is in their own schools, and the Sunday visit at the residential weekend (section 9) is "
  "the only opportunity the course arranges to see another setting.")

H("A6  Assessment", 2)
P("There are four TMAs and an ECA. TMA01 (2,500 words) reports the SEN policy audit. TMA02 (3,000 words) is "
  "the case study of a pupil, including the views of the parents and of the professionals involved, and the "
  "pupil's own view where it can be obtained. TMA03 (3,000 words) reports the provision map and the "
  "tracking of pupils' progress. TMA04 (2,500 words plus the headteacher's witness form) reports the "
  "professional development the student led. The ECA has three parts: Part A, the Practice Development "
  "Project report (5,000 words, including a review of relevant research); Part B, Next Steps, a "
  "1,000-word professional development plan; Part C, the Professional Practice Record, in which the "
  "student cross-references evidence from the course to each national minimum outcome, together with the "
  "Finishing Profile.")
P("As for all the University's postgraduate courses, each TMA is scored out of 100 and the overall "
  "continuous assessment score is the average of the best three TMA scores. To pass, a student needs an "
  "overall continuous assessment score of at least 40 and an ECA score of at least 40. Part C of the ECA "
  "is checked for completeness by the marker but is not itself marked.")
P("Associate tutors mark the TMAs using the Course Team's marking guides. Each region's Staff Tutor "
  "monitors every tutor's marking, looking at a sample of each tutor's scripts for every TMA and giving the "
  "tutor written feedback on marks and comments; new tutors are monitored on every script for TMA01. ECAs "
  "are marked centrally by a team of six markers led by the Course Chair, who meet to standardise marking "
  "on sample scripts before they begin; a 20 per cent sample and every script scored below 45 are second "
  "marked. The External Examiner, Dr Frances Kettle of Middlebrook University, sees a sample of TMAs and "
  "ECAs from every region and every borderline and failing ECA, and reports to the Examination and "
  "Assessment Board, which confirms all results.")

H("A7  Tutors and the Course Team", 2)
P("The Course Team wrote the course and remains responsible for it in presentation. Its members are Dr "
  "Helen Marchbank (Chair; formerly SENCO and head of a learning support service), Dr Aisha Rahman "
  "(Lecturer in Special Needs Education; speech and language therapist by first profession), Dr Tom Everett "
  "(Senior Lecturer in Assessment), Clare Dowd (Staff Tutor in Education, North West; SENCO in two "
  "secondary schools until 2005), and Graham Petty (Course Manager). Dr Sanjay Mehta is a consultant to "
  "the Course Team.")
P("Associate tutors are recruited through the University's usual procedures. For E847 the person "
  "specification requires qualified teacher status, experience as a SENCO or in a local authority SEN "
  "support service within the last five years, and a postgraduate qualification in special educational "
  "needs or inclusive education. Sixteen tutors have been appointed for 2009, eleven of them current or "
  "recent SENCOs and five from local authority services. Associate tutors who visit students' schools, "
  "and all staff at the residential weekend, hold an enhanced Criminal Records Bureau disclosure, which "
  "the Regional Centre checks before appointment and renews every three years.")
P("All tutors attend a one-day briefing in January led by the Course Team, covering the course, the Tutor "
  "Notes, the Starting Profile and Personal Study Plan, and the marking exercise described in section 7. "
  "Each tutor is supported and monitored by the Staff Tutor for the region, who also observes one "
  "tutorial in each tutor's first year. Headteachers receive a Headteacher's Guide explaining what the "
  "School-based Activities ask of the school and what the witness form asks of them. Unlike its "
  "predecessor, E831 Special Needs in the Mainstream (last presented in 2007), E847 does not use "
  "school-based mentors.")

H("A8  Credit transfer", 2)
P("Students who have already gained postgraduate credit in special educational needs, from the "
  "University or another institution, within the last five years may apply for credit transfer of up to "
  "30 credits against Blocks 1 and 2, which exempts them from TMA01 and TMA02. Claims are decided by the "
  "University's Credit Transfer Centre on the advice of the Course Chair. Experience without certificated "
  "study is not credited (section 11).")

H("A9  Students with disabilities", 2)
p_a9 = P("The University asks every applicant on the registration form whether they have a disability, "
         "health condition or specific learning difficulty that affects their study, and explains why: so "
         "that support can be in place before the course begins. Students who tell us are contacted by the "
         "Regional Centre's disability adviser to agree the support they need. For E847 all printed "
         "materials are available as Word files carrying the print page numbers, in comb-bound and "
         "large-print versions, and as audio recordings; the DVD has subtitles and a transcript. Extra "
         "time for TMAs and the ECA, assistive software on loan, a note-taker or sign language interpreter "
         "at tutorials and the residential weekend, and accessible accommodation at Stennet Hall are "
         "arranged through the disability adviser. Guidance on School-based Activities explains how they can "
         "be adapted. The course materials include disabled adults' own accounts of their schooling, and the "
         "residential weekend's specialist sessions are led in 2009 by two disabled practitioners.")

H("A10  Fees and funding", 2)
P("The fee for 2009 is £1,150, which covers all materials, tuition, the residential weekend and "
  "assessment. For teachers eligible under the TDA's funding arrangements for the National Award, the "
  "University will claim the fee directly so that eligible students pay nothing. Because the course is "
  "studied at a distance, with tuition close to home, students lose no more than three Saturdays and one "
  "weekend from school, and schools need not pay for supply cover.")

H("A11  Quality assurance and evaluation", 2)
P("E847 is subject to the University's procedures for all courses. Every student is sent the "
  "University's end-of-course survey; tutors complete a tutor report at the end of each presentation; the "
  "Staff Tutors report on tutor monitoring; the External Examiner reports each year to the Examination and "
  "Assessment Board; and the Course Team holds an annual Course Review, which considers all of these "
  "together with completion and pass rates by region, phase, gender, ethnicity and disability. The Course "
  "Review's action plan goes to the Faculty's Board of Studies, and changes to the course are published in "
  "the next presentation's Study Guide as \"What we have changed and why\". Students' Starting and "
  "Finishing Profiles are compared for each presentation to show how far students' ratings of their own "
  "competence and confidence have moved. ECA Part A requires every student to report baseline and "
  "follow-up measures of the effect of their project on pupils; the Course Team has not yet decided how "
  "these will be collated across the cohort.")

H("A12  After E847", 2)
P("ECA Part B, Next Steps, asks each student to set targets for their professional development over the "
  "following two years, to discuss them with their headteacher or line manager before submission, and to "
  "record the outcome of that discussion. The Next Steps guidance includes a planning template, the "
  "routes on from E847 (the University's MA in Education, for which E847 counts as 60 of the 180 "
  "credits, and its specialist courses in dyslexia and in autism), and local authority and national "
  "networks for SENCOs.")

# ================================================================ APPENDIX B
doc.add_page_break()
H("Appendix B  National minimum outcomes: where developed and where assessed", 1)
P("Reproduced from the E847 course specification as approved by Curriculum Board on 9 July 2008. B = "
  "Block, S = Section, SBA = School-based Activity, SAQ = self-assessment question, ECA = end-of-course "
  "assessment.", italic=True)

MAP = [
    ("Professional attributes", None, None),
    ("Fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "B2 S4; SBA 2", "TMA02"),
    ("Gaining the commitment of colleagues, including the headteacher and senior leaders", "B4 S1-2; SBA 4", "TMA04 (with headteacher's witness form)"),
    ("Prioritising, managing time and delegating", "B4 S5; Study Guide", "SAQs in B4 S5"),
    ("Anticipating and resolving problems; sound judgement on provision", "B3 S1; ECA project", "ECA Part A"),
    ("Clear speech and writing; listening to others' views", "All blocks; tutorials; residential weekend presentation", "All TMAs; ECA"),
    ("Drawing on research and external advice", "Reader; B4 S4", "ECA Part A (research review)"),
    ("Keeping up to date and taking responsibility for own CPD", "B4 S6; Starting Profile", "ECA Part B"),
    ("Professional knowledge and understanding", None, None),
    ("SEN law and guidance, including the Code of Practice", "B1 S1-3", "TMA01"),
    ("Every Child Matters: principles and outcomes", "B1 S2", "TMA01"),
    ("Disability equality law and the actions it requires", "B1 S4", "TMA01 Part B"),
    ("How children develop; effects of SEN, disability and environment", "B2 S1; Reader ch. 5; DVD band 2", "SAQs in B2 S1"),
    ("Common types of SEN and disability (BESD, SpLD, SLCN, ASD, MLD)", "B2 S2-3", "TMA02"),
    ("Approaches, strategies and resources, including ICT", "B3 S2, S6", "TMA03"),
    ("School self-evaluation and improvement", "B4 S4", "ECA Part A"),
    ("Best practice and research in meeting SEN", "Reader; B3", "ECA Part A"),
    ("External agencies; getting specialist support", "B2 S5", "TMA02"),
    ("Professional skills", None, None),
    ("Influencing strategic development with senior colleagues and governors", "B4 S2", "TMA04"),
    ("Identifying pupils, setting targets, planning interventions, reviewing progress", "B3 S1; SBA 3", "TMA03"),
    ("Using other professionals' assessments", "B2 S5; SBA 2", "TMA02"),
    ("Using summative assessment and national tests to track progress", "B3 S3", "TMA03"),
    ("Encouraging colleagues' formative assessment", "B3 S3", "TMA03"),
    ("Special arrangements for national tests and examinations", "B3 S5", "TMA03"),
    ("Provision mapping; identifying ineffective or missing provision", "B3 S4; SBA 3", "TMA03"),
    ("Supporting colleagues' professional development", "B4 S3; SBA 4", "TMA04"),
    ("Reviewing provision with staff to inform self-evaluation", "B4 S4; ECA project", "ECA Part A"),
    ("Involving pupils in planning and reviewing their provision", "B2 S4; SBA 2", "TMA02"),
    ("Liaising with parents and carers", "B2 S4; SBA 2", "TMA02"),
    ("Working with other services and agencies, including voluntary organisations", "B2 S5; SBA 2", "TMA02"),
]
t = doc.add_table(rows=1 + len(MAP), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["National minimum outcome (abridged)", "Developed in", "Assessed in"]):
    cell_text(t.cell(0, j), h, bold=True, size=8.5)
    shade(t.cell(0, j), "D5DCE4")
for i, (a, b, c) in enumerate(MAP, start=1):
    row = t.rows[i]
    if b is None:
        m = row.cells[0].merge(row.cells[2])
        cell_text(m, a, bold=True, size=8.5)
        shade(m, "EDEDED")
    else:
        cell_text(row.cells[0], a, size=8.5)
        cell_text(row.cells[1], b, size=8.5)
        cell_text(row.cells[2], c, size=8.5)
for row in t.rows:
    for j, w in enumerate([8.3, 4.6, 3.6]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()
p_sc = P("Students complete the Professional Practice Record (ECA Part C) against the full wording of each "
         "outcome, which is printed in the Study Guide.")
doc.add_comment(p_sc.runs, text="Ruth - we agreed at CT14 that the Block 3 conference activity on formative assessment would be assessed through a reflective commentary in ECA Part A. Please amend the map and 5.3. HM", author="Helen Marchbank", initials="HM")

# ================================================================ APPENDIX C
H("Appendix C  Block questionnaire used in testing", 1)
P("Testers completed this questionnaire after each block. It is reproduced blank.", italic=True)
for q in [
    "1. How many hours did you spend on this block in total? Please use your study-time diary.",
    "2. Which section took you longest, and why?",
    "3. Which activity was most useful to you in your work as SENCO? Please say what you did with it.",
    "4. Was there anything you expected to find in this block and did not? Please be specific.",
    "5. Was the School-based Activity possible in your school? If not, what got in the way?",
    "6. Were the TMA question and guidance clear? What, if anything, would you change?",
    "7. How did you use the DVD, the Reader and CalderLink while studying this block?",
    "8. Is there anything about the format of the materials that made them harder to use?",
    "9. Any other comments.",
]:
    P(q)
p_c = P("Please return this questionnaire to CETU, Brayfield Park, in the prepaid envelope, within two "
        "weeks of finishing the block.", italic=True)

# comment on the tester table (not part of the submission)
doc.add_comment(t_testers.cell(17, 2).paragraphs[0].runs,
                text="LA J asked that its name not be shown anywhere in the report, including the distribution list. RO",
                author="Ruth Okonedo", initials="RO")
# comment on CRB sentence in A7
for para in doc.paragraphs:
    if para.text.startswith("Associate tutors are recruited"):
        doc.add_comment(para.runs, text="Do we need heads to confirm students' CRB disclosures on the Support Form? Registry to advise. GP",
                        author="Graham Petty", initials="GP")
        break

write_footnotes_part()
doc.core_properties.author = "Ruth Okonedo"
doc.core_properties.title = "E847 Developmental Testing Report"
doc.save(OUT)
print("wrote", OUT)
