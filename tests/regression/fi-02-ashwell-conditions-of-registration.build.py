"""fi-02-ashwell-conditions-of-registration: build the .docx next to this script.

Provider (invented)
-------------------
Ashwell Open University, a national distance-learning university with its own
degree-awarding powers (Ashwell Park, Milbury; regional offices), teaching by
supported open learning: printed module books and a set book, part-time
regional tutors, Saturday day schools, a compulsory Residential School, and
an online "Study Space" with tutor-group forums and an online room. It
applies on its own account with ED862 Leading Provision for Special
Educational Needs (60 credits, FHEQ level 7), which leads to its
Postgraduate Certificate in SEN Coordination and the National Award.

Kind of document and layout
---------------------------
The course's Course-Specific Conditions of Registration for 2009/10
(Edition 1, final draft, Legal Office reference LO/CR/ED862/1): the part of
the student contract that applies to one course, to be read with the
University's General Conditions of Registration (which are NOT enclosed).
It is sent under a covering letter from the Course Chair and the Academic
Registrar, who explain that the Conditions are what the University binds
itself to. Legal register: "you" (the student), "the University", defined
terms with capitals, a definitions table, twelve numbered Parts with
clauses typed by hand (1.1, 3.2, 9.4 ...; some numbers happen to match
requirement ids but are about other things), "(a) ... (b) ..." lists, and
cross-references to the General Conditions. Four Schedules: 1 Course
Description; 2 Award Outcomes (a table with the University's own codes
AO1-AO28 in its own words, "Studied in" and "Assessed in" columns, merged
group rows); 3 Residential School; 4 the blank Sponsor's Undertaking with
tick boxes and blanks. The Legal Office's last edits are real tracked
changes (author "Legal Office", 26 November 2008) with five Word comments
(three from the Legal Office, two from the Course Team).
Header and footer (PAGE field). A "[£TBC ...]" placeholder.

Traps (requirement ids)
-----------------------
* Award rule: the Legal Office deleted "and have demonstrated each of the
  Award Outcomes listed in Schedule 2" from clause 9.5 and inserted a
  pointer to Schedule 2; the rule is pass each component at 40 (6.0
  partial; deleted text is not part of the submission).
* Schedule 2: child development is explicitly not studied, "assumed from
  initial teacher training" (6.K4 not met; also Schedule 1 para 4); no row
  at all for pupils' involvement in their provision (6.S7 not met).
  Studied but assessed only by an unmarked Learning Log (6.A7), not
  assessed (6.K7), only in TMA2 option (b) (6.S2b), only if the Workplace
  Project is a staff-development project (6.S5), only in the unmarked
  Specialist Placement Record (6.S9): all partial. Hence 1.9 partial.
* Pupils' consent and data clause (8.6) is the right words about the wrong
  thing: nothing develops consulting pupils (1.5 not met).
* Aims are attainment and statutory duties only (1.1 partial); research
  "drawn on" in general terms only (1.3 partial).
* Tutors: "The University aims to appoint" experienced SENCOs - an
  aspiration; nothing on staff qualifications (5.4 not met). Tutor briefing
  sentence deleted by the Legal Office with a comment (5.7 partial: roles
  described, mentors get a handbook, no preparation of tutors survives).
* Disability: the arrangements are "set out in Part 7 of the General
  Conditions", not enclosed; the alternative-formats sentence is deleted;
  only Residential School notice and workplace adjustments remain (3.1
  partial).
* Entry Self-Review is only used by the tutor who "may use it to suggest"
  priorities; no individual plan (2.2 partial; 5.2 met because the
  Admissions Tutor screens every Self-Review and advises student and head).
* Progression after the course appears only in a Word comment (2.5 not
  met).
* Student provides own computer; the University supplies no equipment or
  software (5.6 partial).
* Met despite traps: 2.3 (Assessment-Only Route with a "[£TBC]" fee
  placeholder), 5.3 (headteacher's confirmation of the enhanced disclosure
  and List 99 check in clause 4.2, the new-disclosure rule in an INSERTED
  clause 4.3), 3.3 (tutor-moderated forum, online tutorials, between day
  schools; "normally" inserted), 5.5 (a two-day Specialist Placement
  arranged through partner authorities, plus specialists at the Residential
  School), 4.1-4.3 (the covering letter's consultation findings and
  changes; the Partnership Panel in the annual review, clause 11.2).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "fi-02-ashwell-conditions-of-registration.docx"

AUTHOR = "Legal Office"
DATE = "2008-11-26T10:00:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Times New Roman"
    doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


# ---------------------------------------------------------------- helpers
def P(text="", bold=False, italic=False, size=None, align=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def clause(num, text, indent=0.0):
    """Hand-numbered clause: number typed in bold, then the text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2 + indent)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    r = p.add_run(num + "\t")
    r.bold = True
    p.add_run(text)
    return p


def sub(letter, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.2)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"({letter})\t{text}")
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    for i, piece in enumerate(text.split("\t")):
        if i:
            r.append(OxmlElement("w:tab"))
        if piece:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            r.append(t)
    return r


def add_ins(p, text):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), AUTHOR)
    ins.set(qn("w:date"), DATE)
    ins.append(_run(text))
    p._p.append(ins)
    return ins


def add_del(p, text):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    d.append(_run(text, deleted=True))
    p._p.append(d)
    return d


def mark_para(p, kind):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), _next_id())
    m.set(qn("w:author"), AUTHOR)
    m.set(qn("w:date"), DATE)
    rPr.append(m)
    pPr.append(rPr)


def tracked_clause(num, parts, indent=0.0, para_mark=None):
    """parts: list of (kind, text) where kind is '', 'ins' or 'del'."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2 + indent)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    if num is not None:
        if para_mark == "ins":
            add_ins(p, num + "\t")
        elif para_mark == "del":
            add_del(p, num + "\t")
        else:
            r = p.add_run(num + "\t")
            r.bold = True
    for kind, text in parts:
        if kind == "ins":
            add_ins(p, text)
        elif kind == "del":
            add_del(p, text)
        else:
            p.add_run(text)
    if para_mark:
        mark_para(p, para_mark)
    return p


def comment_on(paragraph, text, author="Legal Office", initials="LO"):
    runs = paragraph.runs
    if not runs:
        r = paragraph.add_run("")
        runs = [r]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def table(rows, widths, header=True, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), "D9D9D9")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def add_field(paragraph, instr):
    for kind in ("begin", None, "separate", "1", "end"):
        r = paragraph.add_run()
        if kind in ("begin", "separate", "end"):
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r._r.append(f)
        elif kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            r._r.append(it)
        else:
            r.text = kind
        r.font.size = Pt(8)


# header / footer ------------------------------------------------------------
hp = sec.header.paragraphs[0]
hr = hp.add_run("Ashwell Open University  \u2013  ED862 Course-Specific Conditions of Registration 2009/10  \u2013  Edition 1 (final draft)")
hr.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("LO/CR/ED862/1    Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")

# ============================================================ COVERING LETTER
P("ASHWELL OPEN UNIVERSITY", bold=True, size=14)
P("Faculty of Education and Social Studies  \u00b7  Ashwell Park  \u00b7  Milbury  MK19 3DW", size=9)
P("Tel 01908 551 200   www.ashwell.ac.uk", size=9)
P()
P("National Award for SEN Coordination \u2013 Provider Approval\nTraining and Development Agency for Schools\n151 Buckingham Palace Road\nLondon SW1W 9SZ")
P("1 December 2008")
P("Dear Members of the Panel", )
P("ED862 Leading Provision for Special Educational Needs", bold=True)
P("Ashwell Open University applies on its own account for approval to offer the National Award for SEN "
  "Coordination. We would offer it through a new course, ED862 Leading Provision for Special Educational "
  "Needs, which our Qualifications Committee approved on 14 October 2008 and which will first be "
  "presented in October 2009.")
P("We have thought hard about what to send you. Every Ashwell course has Course-Specific Conditions of "
  "Registration, which with our General Conditions form the contract between the University and each "
  "student. Unlike a prospectus, the Conditions say only what the University is prepared to be held to: "
  "the Legal Office removes anything we cannot guarantee. We have therefore chosen to send you the ED862 "
  "Conditions themselves, as the most reliable statement we can give of what a SENCO registering with us "
  "will receive and what will be required of them. They are in final draft; the Legal Office's last "
  "changes are shown as tracked changes, and the Conditions will be published with the course's "
  "prospectus entry once the panel has reached its decision. Schedule 1 describes the course and Schedule 2 "
  "shows where each outcome of the National Award is studied and assessed.")
P("The Conditions do not say how the course came to take the shape it has, so we add a few words here. "
  "In the autumn and spring of 2007-08 we asked 214 SENCOs, reached through the SENCO networks of eleven "
  "local authorities and through our former students, what a course for new SENCOs must give them and what "
  "stops them studying; we met SEN officers and advisers from those eleven authorities; we held two focus "
  "groups with headteachers in Milbury and in Tarrant; and we discussed a first outline with the regional "
  "Parent Partnership network. What we heard changed the course in four ways. SENCOs told us that "
  "weekday release was the greatest obstacle, so all day schools are on Saturdays and the course can be "
  "taken at an Extended pace (clause 6.2). Local authorities asked that SENCOs see specialist provision at "
  "first hand and offered places in their own special schools and services, so the Specialist Placement "
  "(clause 8.3) is arranged through them. Headteachers asked to know from the start what the school was "
  "committing to, which led to the Sponsor's Undertaking (Schedule 4). Parent Partnership coordinators "
  "asked that SENCOs practise difficult conversations with parents, which is now a workshop at the "
  "Residential School, led by parents (Schedule 3).")
P("The same people have not finished with us. The ED862 Partnership Panel, with representatives of four "
  "of the local authorities, two headteachers, a Parent Partnership coordinator and two former students of "
  "our earlier SEN courses, met twice during development and is written into the course's annual review "
  "(clause 11.2).")
P("Please contact Dr Miriam Oyelaran, Course Chair, on 01908 551 347 if you have any questions.")
P("Yours faithfully")
P()
P("Dr Miriam Oyelaran, Course Chair, ED862          Stephen Aske, Academic Registrar")
doc.add_page_break()

# ============================================================ TITLE
P("ASHWELL OPEN UNIVERSITY", bold=True, size=13, align="c")
P("CONDITIONS OF REGISTRATION 2009/10", bold=True, size=13, align="c")
P("Course-Specific Conditions", bold=True, size=12, align="c")
P("ED862 Leading Provision for Special Educational Needs", bold=True, size=12, align="c")
P("(Postgraduate Certificate in SEN Coordination and the National Award for SEN Coordination)", italic=True, align="c")
P()
table([
    ["Edition", "1 (final draft for publication)"],
    ["Applies to", "Students registering for the October 2009 and February 2010 Presentations"],
    ["Read with", "General Conditions of Registration 2009 (not reproduced here)"],
    ["Reference", "LO/CR/ED862/1, 26 November 2008"],
], widths=[3.5, 12], header=False, size=10)

P("Contents", bold=True)
for c in [
    "Part 1   About these Conditions",
    "Part 2   The Course and the Award",
    "Part 3   Eligibility and admission",
    "Part 4   Safeguarding and suitability",
    "Part 5   Credit for earlier learning and the Assessment-Only Route",
    "Part 6   Study, tuition and support",
    "Part 7   Disabled students",
    "Part 8   Your School, the Workplace Activities and the Specialist Placement",
    "Part 9   Assessment and the Award",
    "Part 10  Changing your study, deferral and withdrawal",
    "Part 11  Quality, evaluation and your information",
    "Part 12  Complaints and appeals",
    "Schedule 1  Course Description",
    "Schedule 2  Award Outcomes",
    "Schedule 3  The Residential School",
    "Schedule 4  Sponsor's Undertaking",
]:
    P(c, size=10, indent=0.5)
doc.add_page_break()

# ============================================================ PART 1
H("Part 1   About these Conditions", 1)
clause("1.1", "These Course-Specific Conditions form part of the contract between you and Ashwell Open University "
       "(\"the University\") when you register for ED862. They must be read with the General Conditions of "
       "Registration 2009 (\"the General Conditions\"), which apply to every student of the University. If "
       "these Conditions and the General Conditions conflict, these Conditions apply.")
clause("1.2", "In these Conditions the words in the table below have the meanings given to them. Other capitalised "
       "words have the meanings given in the General Conditions.")
table([
    ["Term", "Meaning"],
    ["Assessment-Only Route", "The route described in clause 5.4, by which a candidate is assessed against the Award Outcomes without tuition."],
    ["Award Outcomes", "The outcomes listed in Schedule 2, which correspond to the national minimum outcomes for the National Award."],
    ["Component", "One of the four assessed parts of the Course: TMA1, TMA2, TMA3 and the ECA."],
    ["Course", "ED862 Leading Provision for Special Educational Needs."],
    ["Day School", "A Saturday tutorial of five hours held by your Tutor at a regional venue."],
    ["ECA", "The end-of-course assessment described in clause 9.3."],
    ["Headteacher", "The headteacher of your School or, where the School has none, the person responsible for its management."],
    ["Learning Log", "The reflective record you keep on the Study Space throughout the Course."],
    ["Presentation", "A run of the Course with a fixed start date and fixed dates for the submission of Components."],
    ["Residential School", "The compulsory two-night residential event described in Schedule 3."],
    ["School", "The school in England in which you are employed as a teacher."],
    ["School Mentor", "The experienced colleague nominated by your Headteacher under clause 8.2."],
    ["Specialist Placement", "The placement described in clause 8.3."],
    ["Sponsor's Undertaking", "The form at Schedule 4, completed and signed by your Headteacher."],
    ["Study Space", "The Course's website, including its forums, online room and electronic submission system."],
    ["TMA", "A tutor-marked assignment."],
    ["Tutor", "The member of the University's associate teaching staff allocated to you under clause 6.3."],
    ["Workplace Activities", "The activities you carry out in your School, described in Schedule 1."],
], widths=[4.2, 11.3], size=9.5)
clause("1.3", "In these Conditions \"you\" means a student registered for the Course or, where the context requires, a "
       "candidate for the Assessment-Only Route, and \"we\" and \"us\" mean the University.")

# ============================================================ PART 2
H("Part 2   The Course and the Award", 1)
clause("2.1", "The Course is worth 60 credits at postgraduate level (level 7 of the Framework for Higher Education "
       "Qualifications in England, Wales and Northern Ireland). It was approved by the University's "
       "Qualifications Committee on 14 October 2008 under the University's own degree-awarding powers.")
clause("2.2", "If you complete the Course successfully under Part 9, the University will award you the Postgraduate "
       "Certificate in SEN Coordination and the National Award for SEN Coordination. The credit may also count "
       "towards other qualifications of the University, subject to their regulations.")
clause("2.3", "The University's right to offer the National Award depends on the approval of the Training and "
       "Development Agency for Schools. If that approval is withdrawn after you register, the University will "
       "tell you within 20 working days and will allow you to complete the Course and receive the Postgraduate "
       "Certificate.")
clause("2.4", "The Course is described in Schedule 1. The University may make reasonable changes to the Course "
       "under clause 4 of the General Conditions but will not reduce the tuition set out in Part 6 during a "
       "Presentation.")

# ============================================================ PART 3
H("Part 3   Eligibility and admission", 1)
clause("3.1", "To register for the Course you must:")
sub("a", "hold qualified teacher status;")
sub("b", "be employed as a teacher in a School, on a contract that runs at least until the end of your Presentation;")
sub("c", "be your School's special educational needs coordinator, or be designated by your Headteacher to take up that role within six months of the start of your Presentation;")
sub("d", "have your Headteacher's agreement, given on the Sponsor's Undertaking; and")
sub("e", "complete and submit the Entry Self-Review under clause 3.2.")
clause("3.2", "The Entry Self-Review asks you to describe your experience against each Award Outcome and to give an "
       "example from your own practice. An Admissions Tutor from the Course Team will read every Entry Self-Review "
       "within ten working days of receiving it. Your registration is confirmed only when the Admissions Tutor is "
       "satisfied that you have the knowledge, understanding and experience to benefit from the Course and to "
       "reach the Award Outcomes by its end.")
clause("3.3", "If the Admissions Tutor is not so satisfied (for example because you have taught for less than two "
       "years since qualifying, or have had no responsibility for pupils with special educational needs), the "
       "Admissions Tutor will write to you explaining why and what you could do to become ready, which may "
       "include the University's 30-credit course ED206 Understanding Special Educational Needs or a period of "
       "experience in your School. With your consent the Admissions Tutor will also discuss this with your "
       "Headteacher. You may apply again for a later Presentation.")
clause("3.4", "Your Entry Self-Review is passed to your Tutor, who may use it to suggest the parts of the Course on "
       "which you should concentrate.")
clause("3.5", "Places on each Presentation are limited to 240. If more eligible applications are received, places "
       "are allocated in the order in which complete applications are received, and you will be offered a place "
       "on the next Presentation.")

# ============================================================ PART 4
H("Part 4   Safeguarding and suitability", 1)
clause("4.1", "Because the Course requires you to work with pupils, colleagues and families in your School and on "
       "your Specialist Placement, the University must be satisfied that you are suitable to work with children "
       "and young people.")
clause("4.2", "The Sponsor's Undertaking includes your Headteacher's confirmation that:")
sub("a", "the School holds an enhanced disclosure from the Criminal Records Bureau for you, recorded on the School's single central record, and gives its date and number;")
sub("b", "you have been checked against List 99 and are not barred from working with children;")
sub("c", "the School has taken up references from your previous employer, and there are no current disciplinary proceedings or concerns about your conduct with children.")
P("The University's Registry checks every Sponsor's Undertaking. Your registration will not be confirmed until a "
  "Sponsor's Undertaking with each of these confirmations has been received.", indent=1.2)
p43 = tracked_clause("4.3", [("ins", "If you have not worked in a school or further education college in a post involving "
                              "regular contact with children or young people during the three months before the start "
                              "of your Presentation, you must also obtain a new enhanced disclosure through the "
                              "University, which acts as a registered body for this purpose. The University will send "
                              "you the application form and will not confirm your registration until the disclosure has "
                              "been received and considered by the Registry's safeguarding officer. The fee for the "
                              "disclosure is payable by you.")], para_mark="ins")
comment_on(p43, "Inserted to reflect para 26 of the TDA specification (candidates out of school for three months). Registry confirms it can act as registered body. LO")
clause("4.4", "You must tell the University at once if anything happens during your registration that would affect "
       "the confirmations in clause 4.2. The University may suspend your registration while it considers the matter "
       "under clause 15 of the General Conditions.")

# ============================================================ PART 5
H("Part 5   Credit for earlier learning and the Assessment-Only Route", 1)
clause("5.1", "You may apply, before the start of your Presentation, for credit for earlier learning in one of the "
       "ways described in clauses 5.2 and 5.3. Credit may not exceed 30 of the Course's 60 credits.")
clause("5.2", "Credit transfer. If you have passed postgraduate study in special educational needs at the "
       "University or another higher education institution in the last five years, you may apply to have it "
       "counted in place of Module A, Module B or both, so far as the content corresponds.")
clause("5.3", "Credit for experience. If you have substantial experience relevant to the Award Outcomes of Module A "
       "or Module B but no certificated study, you may submit a portfolio claim, in the form set out in the "
       "Credit Claim Guide, mapping evidence from your practice to each of the Award Outcomes of that Module. Two "
       "members of the Course Team assess each claim and may ask to interview you. If the claim succeeds you are "
       "exempt from the Module's TMA. The fee for assessing a claim is £150.")
clause("5.4", "Assessment-Only Route. In exceptional cases a teacher with extensive and recent experience of leading "
       "provision for pupils with special educational needs (for example, a member of a local authority SEN "
       "support service, or a SENCO of at least three years' standing who has led whole-school change) may apply "
       "to be assessed against all the Award Outcomes without tuition. The Course Chair and an assessor who is "
       "not a member of the University's staff decide whether to accept the application. A candidate who is "
       "accepted submits a portfolio of evidence mapped to every Award Outcome and attends a professional "
       "discussion of 90 minutes with two assessors, and must also complete the ECA. Candidates who do not "
       "demonstrate every Award Outcome may transfer to the Course.")
p55 = clause("5.5", "The fee for the Assessment-Only Route is [£TBC \u2013 Finance to confirm].")
comment_on(p55, "Finance to confirm the AOR fee by 12 December; must be in place before publication.", author="Course Team", initials="CT")
clause("5.6", "Whatever credit you are given, Part 9 applies to the rest of the Course, and the Award is made only "
       "under clause 9.5.")

# ============================================================ PART 6
H("Part 6   Study, tuition and support", 1)
clause("6.1", "The Course is studied part time by supported distance learning. The University will send you the "
       "printed module books for Modules A, B and C, the set book, the Course DVD and the Study Guide before "
       "each Module begins, and will give you access to the Study Space for the whole of your Presentation.")
clause("6.2", "Each Presentation starts in October or February. You may study at the Standard pace (the whole "
       "Course in nine months) or at the Extended pace (eighteen months, with no increase in fee). On the "
       "Extended pace you may take Modules B and C in either order. You must tell the University which pace you "
       "choose when you register, and may change from the Standard to the Extended pace once, before the cut-off "
       "date for TMA2.")
clause("6.3", "The University will allocate you a Tutor from the region in which your School is situated. Tutor "
       "groups have no more than eighteen students. The University aims to appoint its ED862 Tutors from among "
       "experienced SENCOs and local authority SEN specialists.")
p63b = tracked_clause(None, [("del", "The University will hold a briefing day for all Tutors before each Presentation, "
                                     "and Tutors will attend a marking standardisation meeting before marking TMA1.")],
                      para_mark="del")
comment_on(p63b, "Deleted: Tutor briefing and standardisation are matters for the associate teaching staff contract, not the student contract. LO")
clause("6.4", "Your Tutor will:")
sub("a", "hold three Day Schools during each Module at the Standard pace (the same number spread over the Extended pace);")
sub("b", "hold an online tutorial in the Study Space's online room in each Module, recorded for students who cannot attend;")
p64c = doc.add_paragraph()
p64c.paragraph_format.left_indent = Cm(2.2)
p64c.paragraph_format.first_line_indent = Cm(-0.8)
p64c.add_run("(c)\tmoderate your tutor-group forum in the Study Space and ")
add_ins(p64c, "normally ")
p64c.add_run("reply to your messages and forum questions within three working days, including in the weeks between "
             "Day Schools;")
sub("d", "mark your TMAs and return them with written feedback within fifteen working days of the cut-off date; and")
sub("e", "hold an individual telephone review with you after each TMA.")
clause("6.5", "As well as your tutor-group forum, the Study Space has a course-wide forum moderated by the Course Team, "
       "an area in which groups of students working in the same phase share resources, the electronic TMA system, "
       "links to the University Library's electronic journals and databases, and a forum for Tutors, moderated by "
       "the Course Team, which students cannot see. The University sends your "
       "Headteacher and School Mentor a short e-mail bulletin at the start of each Module describing what you "
       "will be doing in school, and your Tutor may contact your School Mentor by e-mail about the Workplace "
       "Activities.")
clause("6.6", "You must have regular access to a computer with an internet connection, a DVD player and the ability "
       "to print. The University does not supply equipment or software for the Course.")
clause("6.7", "Day Schools are optional but you are strongly advised to attend. Attendance at the Residential School "
       "is a condition of completing the Course (Schedule 3).")

# ============================================================ PART 7
H("Part 7   Disabled students", 1)
clause("7.1", "The University's arrangements for disabled students, and the way it meets its duties under the "
       "Disability Discrimination Act 1995, are set out in Part 7 of the General Conditions and in the "
       "University's Disability Equality Scheme.")
p72 = tracked_clause("7.2", [("del", "The University will provide all ED862 module books in large print, audio and "
                                     "electronic formats on request, and the DVD with subtitles.")],
                     para_mark="del")
comment_on(p72, "Covered by General Conditions 7.4 - do not duplicate here. LO")
clause("7.3", "If you need adjustments to the accommodation or programme of the Residential School, you must tell the "
       "University at least eight weeks before it takes place (Schedule 3, paragraph 4).")
clause("7.4", "If a disability affects the way you can carry out a Workplace Activity or the Specialist Placement, "
       "your Tutor may agree an alternative way of meeting the same requirement with you and your School Mentor.")

# ============================================================ PART 8
H("Part 8   Your School, the Workplace Activities and the Specialist Placement", 1)
clause("8.1", "The Course is built on your work in your School. Each Module includes Workplace Activities, described in "
       "Schedule 1, which you carry out in your School and which form the basis of the TMAs and the ECA. Your "
       "Headteacher agrees, on the Sponsor's Undertaking, to give you the access to pupils, records, colleagues "
       "and governors that the Workplace Activities require.")
clause("8.2", "Your Headteacher will nominate a School Mentor, normally a member of the senior leadership team, who "
       "will meet you at least twice in each Module to discuss your Workplace Activities and will confirm on the "
       "Workplace Activity record that they have taken place. The University will send your School Mentor the "
       "ED862 Mentor Handbook, which sets out what the University asks of School Mentors.")
clause("8.3", "Specialist Placement. During Module B you will spend two days (which may be taken separately) in a "
       "special school, a resourced provision or a specialist support service. The University arranges Specialist "
       "Placements through the local authorities with which it has agreements for the Course, and your Tutor will "
       "confirm your placement setting by the end of week six of Module B. Each placement setting receives a "
       "placement brief and names a member of its staff to host you. You keep a Specialist Placement Record, "
       "which you submit with TMA2.")
clause("8.4", "Your Headteacher agrees on the Sponsor's Undertaking to release you for the two days of the Specialist "
       "Placement and for the Residential School if it falls in term time.")
clause("8.5", "You may not carry out a Workplace Activity in a school other than your School without the written "
       "agreement of your Tutor.")
clause("8.6", "Pupils' information and consent. When you collect information about pupils for a Workplace Activity "
       "or the Specialist Placement you must follow your School's policies and the Data Protection Act 1998. You "
       "must obtain the written consent of a pupil's parent or carer before using the pupil's work, records or "
       "words in an assignment, must make sure no pupil can be identified in anything you submit, and must not "
       "make audio or video recordings of pupils for the Course.")

# ============================================================ PART 9
H("Part 9   Assessment and the Award", 1)
clause("9.1", "The Course has four Components: TMA1 (Module A, 3,000 words), TMA2 (Module B, 4,000 words), TMA3 "
       "(Module C, 4,000 words) and the ECA. Schedule 1 describes each one.")
clause("9.2", "Each Component is marked out of 100 and the pass mark for each is 40. You must submit every Component. "
       "A mark below 40 in a TMA may be resubmitted once, within four weeks of its return, and a resubmitted TMA "
       "is capped at 40.")
clause("9.3", "The ECA consists of a report of 5,000 words on the Workplace Project you lead in your School in Module "
       "C, and a professional discussion of 30 minutes with your Tutor and a second assessor, held in your region "
       "or by telephone, in which you present the project and answer questions about it.")
clause("9.4", "Your Tutor marks your TMAs against the Course Team's marking guides. The Course Team samples at least "
       "ten per cent of each Tutor's marked TMAs, and every TMA marked below 40, and gives each Tutor written "
       "feedback. Every ECA report is marked independently by two markers, who agree a mark; the professional "
       "discussion is recorded. The External Examiner appointed by the University reviews a sample of TMAs and all "
       "ECAs marked below 45 or above 70, and reports to the Board of Examiners, which confirms all marks and "
       "results.")
tracked_clause("9.5", [("", "To be awarded the Postgraduate Certificate in SEN Coordination and the National Award you must "
                            "pass each of the four Components and complete the Residential School"),
                       ("del", ", and have demonstrated each of the Award Outcomes listed in Schedule 2"),
                       ("", ". "),
                       ("ins", "Schedule 2 shows where each Award Outcome is studied and assessed.")])
clause("9.6", "The Board of Examiners has no power to compensate a failed Component.")
clause("9.7", "The rules on late submission, extensions, plagiarism and assessment offences are in Parts 9 and 10 of "
       "the General Conditions.")

# ============================================================ PART 10
H("Part 10   Changing your study, deferral and withdrawal", 1)
clause("10.1", "You may defer once to the next Presentation at any time before the cut-off date for TMA3. Components "
       "you have passed are carried forward for up to three years.")
clause("10.2", "If you change school during the Course you must tell the University within ten working days; the "
       "Course can continue only if your new Headteacher completes a new Sponsor's Undertaking.")
clause("10.3", "Refunds on withdrawal are governed by Part 5 of the General Conditions.")

# ============================================================ PART 11
H("Part 11   Quality, evaluation and your information", 1)
clause("11.1", "The University evaluates the Course through: a survey of all students at the end of each Module and "
       "of the Course; a survey of every Headteacher and School Mentor at the end of each Presentation, asking "
       "what has changed in the School's provision for pupils with special educational needs; Tutors' end-of-"
       "Presentation reports; the monitoring of Tutors' marking under clause 9.4; the External Examiner's annual "
       "report; and completion and pass rates by region, pace, gender, ethnicity and disability.")
clause("11.2", "The Course Team considers all this evidence at an annual review with the ED862 Partnership Panel, "
       "which includes representatives of local authorities, headteachers, a Parent Partnership Service and former "
       "students. The review agrees an action plan, which goes to the Faculty's Board of Studies. Changes made as "
       "a result are published to students in the Study Space under \"What we changed this year\".")
clause("11.3", "You agree to complete the ED862 Confidence and Competence Scale when you register and again when you "
       "submit the ECA. Your Workplace Project report must include baseline and follow-up measures of the progress "
       "of the pupils the project is intended to help. The Course Team collates these measures, without names, for "
       "each Presentation and reports them, with the change in students' Confidence and Competence Scale scores, "
       "to the annual review and to the Training and Development Agency for Schools.")
clause("11.4", "The University will tell your Headteacher whether you have submitted and passed each Component, and will "
       "share your result with the Training and Development Agency for Schools. Part 13 of the General Conditions "
       "explains how the University otherwise uses your personal information.")

# ============================================================ PART 12
H("Part 12   Complaints and appeals", 1)
clause("12.1", "Complaints and academic appeals are dealt with under Parts 11 and 12 of the General Conditions. A "
       "complaint about a Specialist Placement setting or your School is dealt with by the University with the "
       "setting or School concerned.")

# ============================================================ SCHEDULE 1
doc.add_page_break()
H("Schedule 1   Course Description", 1)
P("1.  Aims", bold=True)
P("ED862 aims to enable you to carry out the statutory responsibilities of a special educational needs "
  "coordinator and to lead provision in your School that raises the attainment of pupils with special "
  "educational needs and disabilities. By the end of the Course you should be able to show each of the Award "
  "Outcomes in Schedule 2.")
P("2.  Structure", bold=True)
table([
    ["Module", "Credits", "Standard pace", "Workplace Activities", "Component"],
    ["A  The SENCO, Policy and the Law", "15", "Weeks 1-10", "WA1 Policy and practice review", "TMA1"],
    ["B  Understanding and Meeting Needs", "20", "Weeks 11-24 (Residential School in week 20)", "WA2 Pupil profile and plan; Specialist Placement", "TMA2"],
    ["C  Leading Provision", "25", "Weeks 25-38", "WA3 Provision map and staff development; Workplace Project", "TMA3; ECA"],
], widths=[4.3, 1.6, 3.6, 4.3, 1.9], size=9)
P("3.  Content", bold=True)
P("Module A introduces the legal and policy framework for special educational needs: the Education Act 1996 and "
  "the SEN Code of Practice (2001) (Unit 1); Every Child Matters, the Children Act 2004 and the SENCO's part in "
  "the five outcomes (Unit 2); the role of the SENCO under the 2008 regulations, and the governing body's duties "
  "(Unit 3); the Disability Discrimination Act 1995 as amended, the disability equality duty and schools' "
  "accessibility planning (Unit 4); and arrangements for pupils in national tests and public examinations "
  "(Unit 5). WA1 asks you to review your School's SEN policy and its accessibility plan against the law, to "
  "identify what needs to change, and to check the School's arrangements for pupils in national tests and "
  "examinations; TMA1 is your review.")
P("Module B is about pupils' needs and how to meet them. Units 1 to 3 deal with the most common kinds of special "
  "educational need and disability (behavioural, emotional and social difficulties; specific learning "
  "difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
  "moderate learning difficulties) and their effect on learning. Unit 4 deals with building relationships with "
  "pupils and their families and with meetings with parents and carers. Unit 5 deals with identifying needs, "
  "setting targets, planning and reviewing interventions, approaches and resources for teaching including ICT, "
  "and using summative data and national tests to track progress. Unit 6 deals with making decisions about "
  "provision when resources are limited. Unit 7 deals with the work of other services and agencies, including "
  "voluntary organisations, and with using their assessments in planning. WA2 asks you to build a profile and "
  "plan for one pupil, including a meeting with the pupil's parents or carers and the advice of the "
  "professionals involved. TMA2 gives you a choice of (a) a case study based on WA2 or (b) a study of the "
  "progress of a group of pupils using summative assessment data, with a shorter account of WA2.")
P("Module C is about leading provision in your School. Unit 1 deals with working with the headteacher and senior "
  "leaders and gaining their commitment; Unit 2 with governors and the strategic development of an inclusive "
  "ethos, policy and the use of resources; Unit 3 with provision mapping, identifying ineffective or missing "
  "provision, and developing colleagues' practice, including their use of formative assessment, through "
  "observation and feedback, coaching and training; Unit 4 with school self-evaluation and reviewing the "
  "effectiveness of provision with colleagues; Unit 5 with deploying and managing teaching assistants and "
  "other staff, prioritising work and delegating; and Unit 6 with keeping up to date with developments in "
  "SEN and disability and taking responsibility for your own learning during the Course, for which you keep "
  "the Learning Log. WA3 asks you to produce a provision map for "
  "your School, or a key stage of it, to present it and its implications for resources to your senior "
  "leadership team or governors, and to plan and lead a piece of staff development arising from it; TMA3 "
  "reports on all three and includes a reflective section on how you prioritised the work, delegated parts "
  "of it and deployed support staff. The Workplace Project is a change in provision, agreed with your Headteacher, that you "
  "lead over at least twelve weeks and evaluate; it may be a staff development project or a change to "
  "provision for a group of pupils.")
P("4.  What the Course does not cover", bold=True)
P("ED862 assumes the knowledge of child development and of general classroom practice that teachers gain in "
  "initial teacher training and does not revisit them.")
p5 = P("5.  Reading and research", bold=True)
P("Each Module draws on current research and inspection findings. The set book and the module readers "
  "contain the articles and extracts you need, and the Study Guide explains how to use the University "
  "Library's electronic journals.")
p6 = P("6.  The Residential School", bold=True)
P("The Residential School in Module B is described in Schedule 3. It includes workshops led by specialist "
  "practitioners from local authority services and the parents' workshop described in Schedule 3, paragraph 3.")
p_end = P("7.  Completing the Course", bold=True)
p_end2 = P("When you have passed all four Components and attended the Residential School, the Board of Examiners "
           "confirms your result and the University sends your certificate and a transcript to you and tells your "
           "Headteacher.")
comment_on(p_end2, "Should we add something on next steps after ED862 - the MA, specialist courses, a development plan with the head? Not in the Conditions at present. MO", author="Course Team", initials="CT")

# ============================================================ SCHEDULE 2
doc.add_page_break()
H("Schedule 2   Award Outcomes", 1)
P("The Award Outcomes are the University's statement of the national minimum outcomes for the National Award. "
  "\"Studied in\" gives the Module and Unit; \"Assessed in\" gives the Component in which the outcome is "
  "assessed.", italic=True)
AO = [
    ("Professional attributes", None, None),
    ("AO1", "Builds fair, respectful and constructive relationships with pupils with SEN or disabilities and with their families", "B Unit 4; WA2", "TMA2"),
    ("AO2", "Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes for these pupils", "C Unit 1", "TMA3"),
    ("AO3", "Sets priorities, manages time and delegates, and checks that delegated work is done", "C Unit 5", "TMA3"),
    ("AO4", "Foresees and resolves problems and makes sound decisions about provision", "B Unit 6; Workplace Project", "ECA"),
    ("AO5", "Communicates clearly in speech and writing and listens to the views of others", "All Modules", "ECA (professional discussion); all TMAs"),
    ("AO6", "Uses research and outside advice to improve own and colleagues' practice", "All Modules; set book", "TMA1; ECA"),
    ("AO7", "Keeps up to date and takes responsibility for own professional development in SEN and disability", "C Unit 6", "Learning Log (reviewed by Tutor; not marked)"),
    ("Professional knowledge and understanding", None, None),
    ("AO8", "Knows the law and guidance on SEN, including the Code of Practice, and how to apply them", "A Units 1, 3", "TMA1"),
    ("AO9", "Knows the principles and outcomes of Every Child Matters and the SENCO's part in them", "A Unit 2", "TMA1"),
    ("AO10", "Knows the law on disability equality and what it requires of schools", "A Unit 4", "TMA1"),
    ("AO11", "Knows how children develop and how SEN, disability and environment affect development", "Not studied in ED862: assumed from initial teacher training (Schedule 1, paragraph 4)", "-"),
    ("AO12", "Knows the common types of SEN and disability and how they affect learning", "B Units 1-3", "TMA2"),
    ("AO13", "Understands critically the approaches, strategies and resources, including ICT, for assessment, planning and teaching", "B Unit 5", "TMA2"),
    ("AO14", "Understands school self-evaluation and improvement as they relate to pupils with SEN", "C Unit 4", "-"),
    ("AO15", "Knows best practice and research in meeting SEN", "B Units 1-7; set book", "ECA"),
    ("AO16", "Knows the role of external agencies and how to obtain specialist support", "B Unit 7; Specialist Placement", "TMA2"),
    ("Professional skills", None, None),
    ("AO17", "Advises senior colleagues and governors on an inclusive ethos, policies, priorities and resources", "C Unit 2", "TMA3"),
    ("AO18", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "B Unit 5; WA2", "TMA2"),
    ("AO19", "Uses other professionals' assessments to shape teaching", "B Unit 7; WA2", "TMA2"),
    ("AO20", "Uses summative assessment, including national tests, to track progress and adjust provision", "B Unit 5", "TMA2 option (b)"),
    ("AO21", "Helps colleagues develop formative assessment, with attention to pupils with SEN", "C Unit 3; WA3", "TMA3"),
    ("AO22", "Identifies in good time the arrangements pupils need in national tests and examinations and puts them in place", "A Unit 5", "TMA1"),
    ("AO23", "Uses provision mapping to plan provision and find what is missing or ineffective", "C Unit 3; WA3", "TMA3"),
    ("AO24", "Deploys and manages staff effectively", "C Unit 5", "TMA3"),
    ("AO25", "Supports colleagues' professional development through observation, feedback, coaching and training", "C Unit 3; WA3", "ECA, where the Workplace Project is a staff development project"),
    ("AO26", "Reviews the effectiveness of provision with colleagues to inform school self-evaluation", "C Unit 4; Workplace Project", "ECA"),
    ("AO27", "Liaises effectively with parents and carers", "B Unit 4; WA2", "TMA2"),
    ("AO28", "Works with other services and agencies, including voluntary organisations", "B Unit 7; Specialist Placement", "Specialist Placement Record (submitted with TMA2; not marked)"),
]
t = doc.add_table(rows=1 + len(AO), cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Code", "Award Outcome", "Studied in", "Assessed in"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), "D9D9D9")
for i, row_data in enumerate(AO, start=1):
    row = t.rows[i]
    if row_data[1] is None:
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, row_data[0], bold=True, italic=True, size=9)
        shade(m, "F2F2F2")
    else:
        for j, val in enumerate(row_data):
            cell_text(row.cells[j], val, size=9)
for row in t.rows:
    for j, w in enumerate([1.3, 7.2, 3.6, 3.6]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ============================================================ SCHEDULE 3
H("Schedule 3   The Residential School", 1)
P("1.  The Residential School runs from Friday evening to Sunday afternoon at the University's conference centre "
  "at Ashwell Park in week 20 of the Standard pace (week 30 of the Extended pace). Dates for the October 2009 "
  "Presentation are [to be confirmed].")
P("2.  The fee for the Course includes accommodation, meals and tuition at the Residential School. Travel is at "
  "your own cost.")
P("3.  The programme includes workshops on each Module, sessions led by specialist practitioners (Schedule 1, "
  "paragraph 6), a workshop on difficult conversations with parents led by parents of children with special "
  "educational needs through the regional Parent Partnership network, and tutor-group sessions on planning the "
  "Workplace Project.")
P("4.  Ashwell Park has step-free access to all teaching rooms, accessible bedrooms, induction loops in every "
  "teaching room and a quiet room. If you need any adjustment to the accommodation or the programme, you must "
  "tell the University at least eight weeks before the Residential School so that it can be arranged.")
P("5.  If you cannot attend because of illness or another serious reason, you may attend the Residential School "
  "of the next Presentation; your other Components are not affected.")

# ============================================================ SCHEDULE 4
doc.add_page_break()
H("Schedule 4   Sponsor's Undertaking", 1)
P("To be completed by the Headteacher and returned to Registry (ED862), Ashwell Open University, Ashwell Park, "
  "Milbury MK19 3DW, with the student's registration.", italic=True)
table([
    ["Student's name", ""],
    ["School and DCSF number", ""],
    ["Headteacher's name", ""],
    ["School Mentor's name and post", ""],
    ["Enhanced CRB disclosure: date and number", ""],
], widths=[6, 9.5], header=False, size=10)
P("I confirm that (tick each box):")
for line in [
    "\u2610  the applicant is employed as a teacher at this School on a contract that runs at least to the end of the Presentation;",
    "\u2610  the applicant is the School's SENCO, or will take up the role within six months of the start of the Presentation;",
    "\u2610  the School holds an enhanced CRB disclosure for the applicant, recorded on the single central record, with the date and number given above;",
    "\u2610  the applicant has been checked against List 99;",
    "\u2610  references were taken up from the applicant's previous employer, and there are no current disciplinary proceedings or concerns about the applicant's conduct with children;",
    "\u2610  the School will give the applicant the access to pupils, records, colleagues and governors that the Workplace Activities require;",
    "\u2610  I have nominated the School Mentor named above;",
    "\u2610  the School will release the applicant for the Specialist Placement and, if it falls in term time, the Residential School.",
]:
    P(line, indent=0.5)
P()
P("Signed ______________________________ (Headteacher)          Date ______________")
P("School stamp")

doc.core_properties.author = "Legal Office"
doc.core_properties.title = "ED862 Course-Specific Conditions of Registration 2009/10"
doc.save(OUT)
print("wrote", OUT)
