"""Build dx-01-mardale-course-reader.docx (blind test application).

KIND OF DOCUMENT
  A course Reader: the bound book of readings, headnotes and study questions
  that a Catholic university college and a diocesan schools commission give
  every participant at interview, sent (pilot edition) as the application.
  Readings are listed and introduced, not reproduced. The arrangements sit in
  the Editor's Introduction; the content sits in eight Units (one per study
  day), each with an italic headnote by the tutor, coded readings ("Reading
  4.4", "Core" / "Route"), "Questions for reflection", a shaded "In your
  school" box and a shaded "Towards assessment" box; then Appendix A (the four
  assessed tasks, a table) and Appendix B (the national outcomes in the
  provider's own short wording, "Developed in" / "Assessed in", merged group
  rows).

PROVIDER (invented)
  St Cuthbert's University College, Brantham (Catholic foundation, taught
  degree awarding powers), Faculty of Education and Theology, with the Diocese
  of Mardale Schools Commission (Emmaus House, Kirkby Mardale). Postgraduate
  Certificate, National Award for SEN Coordination, 60 credits at Level 7,
  modules EDM701 and EDM702. People: Dr Margaret Tierney (programme leader and
  editor), Dr Tomasz Nowak, Ann-Marie Keegan, Declan Foy (Commission SEN
  adviser), Bernadette Carrick (Director of Schools), Grace Adeyemi (head of
  St Teresa's Catholic Special School), Professor Alan Brightwell (external
  examiner, University of Oakhurst). Real documents cited: SEN Code of
  Practice 2001, ECM 2004, Removing Barriers 2004, The Common Good in
  Education (CES 1997), DDA guidance 2006, Ofsted 2004, Bercow 2008, Brooks
  2007, Lewis and Norwich 2005, Leading on Inclusion 2005, DISS, Safeguarding
  Children and Safer Recruitment 2006, CAF guide, Davis and Florian 2004,
  Smith, Cowie and Blades 2003, the Lamb Inquiry (in progress).

LAYOUT
  Title page of centred paragraphs; a shaded one-cell box "To the members of
  the approval panel"; a one-line typed contents; Heading 1 / Heading 2 styles for
  the Introduction, Units and Appendices; reading entries as bold "Reading N.n"
  lines; numbered reflection questions typed "1." etc.; one-cell shaded boxes;
  a staff table; footnotes (real footnotes part, part of the submission);
  five Word comments (not part of the submission); page header and footer
  (never evidence).

TRAPS (requirement ids affected)
  - 6.0, 1.9  Blanket claim in the panel box: "Every one of the national
      minimum outcomes is taught and assessed within these pages"; Appendix B
      shows several outcomes with "-", "Throughout", "Not assessed" or no row.
      The award rule itself is concrete (pass all four tasks, no
      compensation). -> partially_met.
  - 2.3  Distant negation: the Introduction sets out the question of being
      "assessed on it, without the study days", then several sentences later
      "neither is something the partnership is able to offer". Reading 8.3 is
      another university's assessment-only route (wrong context). -> not_met.
  - 2.1  Experience shapes the personal route, but "The College does not,
      however, award credit for earlier study or experience". -> partially_met.
  - 2.5  "the Reader does not presume to plan it for you"; a next-steps
      session exists only in a Word comment; Unit 8's afternoon is about
      developments to follow (Lamb, dyslexia review), not further targets.
      -> not_met.
  - 5.3  The only CRB text is Reading 6.3's headnote, about the SENCO
      recruiting TAs (wrong context); enrolment checks are "dealt with in your
      joining letter" (not supplied); the diocesan HR check is only in a
      comment. -> not_met.
  - 5.5  Specialist expertise is concrete (guest services), but the old
      Certificate's placement week is gone ("we have not been able to keep
      it"); a morning visit and informal visits only. -> partially_met.
  - 5.6  Library and Moodle, but the assistive technology loan collection
      "closed in July 2008" and only "hopes to re-open". -> partially_met.
  - 5.7  Tutors' induction and standardisation are concrete; mentor guidance
      notes "are being written" (a comment says the draft is not agreed).
      -> partially_met.
  - 5.9  Route Finder repeated (confidence and competence), but pupil
      baselines only "where you can", and the Commission's follow-up of pupils
      "is not yet agreed". -> partially_met.
  - 3.3  Moodle site with recordings and submission, but forums are peer-only
      ("tutors do not read or post in them"); tutor contact only face to face.
      -> partially_met.
  - 1.1  Aims name all five ECM outcomes (own words), but the tasks judge the
      difference to the pupil only as learning and attainment ("the outcome
      for the pupil's learning"). -> partially_met.
  - Criterion 6 (Appendix B read with the Units' "Towards assessment" boxes):
      6.A3 row has "-" in both columns -> not_met.
      6.S2c has no row and is never mentioned -> not_met.
      6.A4 "Throughout / Throughout" only -> partially_met.
      6.A7 "Not assessed (see Unit 8)" -> partially_met.
      6.K2 "Underpins all tasks", "not a marking criterion" -> partially_met.
      6.K3 "Taught only" (Unit 2 box says not in Task 1's criteria)
           -> partially_met.
      6.K4 "Background to Task 2", Unit 3 box "It is not marked"
           -> partially_met.
      6.S2d Reading 4.4 is a placeholder ("permission to reproduce awaited";
           a comment says no reply), no task -> partially_met.
      6.S4 taught in Unit 6, Task 3 "does not ask you to write about
           staffing" -> partially_met.
      All other outcomes are developed in a named Unit and named in the
      marking criteria of a task (Appendix A) -> met.
  - Concrete arrangements that ARE met: E.1/E.2 (validated by Academic Board,
      60 credits Level 7); 2.2 (Route Finder and Personal Route); 3.1 (full
      disability paragraph); 3.2 (two venues, two intakes, one or two years);
      4.1/4.2 (survey figures, focus groups, and what changed); 4.3
      (Programme Committee with heads and a parent, guest contributors); 5.1,
      5.8 (moderation and external examiner, partly in a footnote); 5.2
      (interview, guidance letter, call to the head); 5.4 (staff table).
"""
import os
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dx-01-mardale-course-reader"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.4)
    s.right_margin = Cm(2.4)
    s.header.paragraphs[0].text = (
        "THE READER  \u00b7  National Award for SEN Coordination  \u00b7  "
        "Pilot edition 2009\u201310")
    s.footer.paragraphs[0].text = (
        "Extracts are copied for registered participants under the College's "
        "CLA Higher Education Licence. No further copying is permitted.")

# ------------------------------------------------------------------ helpers
FOOTNOTES = []  # (id, text)
TOKEN = re.compile(
    r"\[\[(?P<anchor>.+?)\|\|(?P<ctext>.+?)\|\|(?P<cauth>.+?)\|\|(?P<cini>.+?)\]\]"
    r"|\{\{fn:(?P<fn>.+?)\}\}"
    r"|\*\*(?P<bold>.+?)\*\*"
    r"|\*(?P<ital>.+?)\*")


def footnote_ref(paragraph, text):
    fid = len(FOOTNOTES) + 2
    FOOTNOTES.append((fid, text))
    r = paragraph.add_run()
    rpr = r._r.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r._r.append(ref)


def fill(p, text, italic=False, bold=False, size=None):
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            r = p.add_run(text[pos:m.start()])
            r.italic = italic or None
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
        if m.group("anchor"):
            r = p.add_run(m.group("anchor"))
            r.italic = italic or None
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            doc.add_comment(r, text=m.group("ctext"), author=m.group("cauth"),
                            initials=m.group("cini"))
        elif m.group("fn"):
            footnote_ref(p, m.group("fn"))
        elif m.group("bold"):
            r = p.add_run(m.group("bold"))
            r.bold = True
            r.italic = italic or None
            if size:
                r.font.size = Pt(size)
        elif m.group("ital"):
            r = p.add_run(m.group("ital"))
            r.italic = True
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
        pos = m.end()
    if pos < len(text):
        r = p.add_run(text[pos:])
        r.italic = italic or None
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
    return p


def P(text="", style=None, italic=False, bold=False, size=None, align=None,
      indent=None, after=None):
    p = doc.add_paragraph(style=style)
    fill(p, text, italic=italic, bold=bold, size=size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def H1(text):
    return doc.add_heading(text, level=1)


def H2(text):
    return doc.add_heading(text, level=2)


def shade(cell, fill_hex):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=9.5):
    cell.paragraphs[0].text = ""
    parts = text.split("\n")
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        fill(p, t, bold=bold, italic=italic, size=size)


def box(title, text, fill_hex="EFE8D8"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[0]
    shade(c, fill_hex)
    cell_text(c, "**" + title + "**\n" + text, size=9.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def table(rows, widths, header_fill="D9D2C3", group_fill="EEEEEE", size=9):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        if isinstance(row, str):  # merged group row
            m = cells[0].merge(cells[-1])
            cell_text(m, row, bold=True, size=size)
            shade(m, group_fill)
            continue
        for j, val in enumerate(row):
            cell_text(cells[j], val, bold=(i == 0), size=size)
            if i == 0:
                shade(cells[j], header_fill)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def reading(code, kind, ref, readfor, fn=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run("Reading " + code + "   ")
    r.bold = True
    r = p.add_run("(" + kind + ")  ")
    r.italic = True
    fill(p, ref)
    if fn:
        footnote_ref(p, fn)
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(0.8)
    fill(q, "*Read for:* " + readfor, size=10)


def questions(qs):
    P("**Questions for reflection**", after=2)
    for i, q in enumerate(qs, 1):
        P(f"{i}.  {q}", indent=0.6, after=2)


def study_day(text):
    P(text, italic=True, size=9.5)


def write_footnotes():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = [f'<w:footnotes xmlns:w="{W}">',
           '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in FOOTNOTES:
        esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        xml.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
    xml.append("</w:footnotes>")
    blob = "".join(xml).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ title page
P("St Cuthbert's University College, Brantham", align="c", size=13, bold=True, after=2)
P("Faculty of Education and Theology", align="c", after=2)
P("in partnership with the Diocese of Mardale Schools Commission", align="c", italic=True, after=18)
P("National Award for Special Educational Needs Coordination", align="c", size=14, after=2)
P("Postgraduate Certificate (60 credits at Level 7)", align="c", after=18)
P("THE READER", align="c", size=24, bold=True, after=4)
P("Readings, headnotes and study questions for the eight Units", align="c", italic=True, after=18)
P("Pilot edition, prepared for the TDA approval panel, March 2009", align="c", after=2)
P("Edited by Dr Margaret Tierney", align="c", after=18)

box("To the members of the approval panel",
    "We submit the Reader rather than a separate narrative because it is the document in "
    "which the Award is most fully itself. Every participant receives it at interview, and "
    "it sets out how the programme runs, who teaches it, how it is assessed and how we know "
    "it is working. The Editor's Introduction describes the arrangements; each Unit closes "
    "with a box headed \u201cTowards assessment\u201d; Appendix A summarises the four tasks "
    "and Appendix B maps the national minimum outcomes against Units and tasks. "
    "[[Every one of the national minimum outcomes is taught and assessed within these "
    "pages||Is this quite true? Time management and staffing aren't in any task, and I "
    "can't find formative assessment anywhere. Soften before it goes?||Tomasz Nowak||TN]], "
    "and no participant will receive the Award without meeting them all. Readings are "
    "listed, not reproduced, in this edition.\n"
    "*Margaret Tierney, Programme Leader, 6 March 2009*")

P("**Contents**   Editor's Introduction  \u00b7  Units 1 to 8 (one for each study day)  "
  "\u00b7  Appendix A: the assessed tasks  \u00b7  Appendix B: the national minimum outcomes")
doc.add_page_break()

# ------------------------------------------------------------------ introduction
H1("Editor's Introduction")
H2("Why a Reader?")
P("The Diocesan Certificate in Special Needs Coordination, which many of your colleagues "
  "took, ran on a folder of photocopies that grew each year. When the Schools Commission "
  "and the College agreed in the autumn of 2008 to build the National Award together, we "
  "decided to start with the reading, because the reading is where a programme shows what "
  "it thinks matters.")
P("A Catholic school exists for every child who comes to it, and above all for the child "
  "the world is inclined to overlook. The Award has one main aim, and we will judge "
  "ourselves by it: that pupils with special educational needs and disabilities in your "
  "school make better progress in their learning, and are healthier, safer, enjoying and "
  "achieving more, playing a fuller part in the life of their school and parish, and better "
  "prepared for adult life and work, because you have taken the programme. Its second aim "
  "follows from the first: to give you, as the teacher who leads SEN in your school, the "
  "knowledge, understanding and skills to lead that provision with your head and "
  "governors, with colleagues, with parents and carers, with pupils themselves and with the "
  "services beyond the school.")

H2("The Award in outline")
P("The Award is offered by St Cuthbert's University College, which holds taught degree "
  "awarding powers, as a Postgraduate Certificate of 60 credits at Level 7 (Master's level). "
  "The College's Academic Board validated it on 11 February 2009 for five years from "
  "September 2009. It has two 30-credit modules: EDM701 Law, Learners and the Catholic "
  "School (Units 1 to 5, Tasks 1 and 2) and EDM702 Leading Provision (Units 6 to 8, Tasks 3 "
  "and 4).")
P("Each study day runs twice in the same week: on the Tuesday at the College in Brantham "
  "and on the Thursday at Emmaus House, the Commission's centre in Kirkby Mardale. You may "
  "attend either, and change from one Unit to the next. There are two intakes: the "
  "September group takes the Units between September and June, and the January group "
  "between January and the following December, with Units 3 and 4 in either order. Either "
  "group may spread the Award over two years, taking EDM701 in the first. Between study "
  "days there are three individual tutorials of an hour with your personal tutor.")

H2("Before the first study day")
P("The Award is for qualified teachers who are SENCOs, or whom their head has designated "
  "to take up the role. Your head completes a nomination form, which confirms your release for the eight "
  "study days and names a school mentor, normally the head or a deputy. You then complete "
  "the Route Finder and come to a forty-minute interview with Declan Foy, the Commission's "
  "Adviser for SEN and Inclusion, and a College tutor, who use your Route Finder to check "
  "that you can benefit from the Award and reach all of its outcomes in the time. If you are "
  "not yet ready \u2013 usually because you are very new to teaching or to SEN work \u2013 we "
  "write saying what would help (most often a year in post, or the Commission's course "
  "First Steps for New SENCOs), Declan telephones your head to talk it through, and you are "
  "offered a place the following year without a second interview.")
P("The formalities of enrolment \u2013 registration with the College, fees, and "
  "[[the checks the College makes before you join||Diocesan HR already holds a current "
  "enhanced CRB disclosure for every teacher in our own schools. Can we say so here, and say "
  "what happens for participants from other schools?||Bernadette Carrick||BC]] \u2013 are dealt "
  "with in your joining letter and are not repeated here.")

H2("The Route Finder and your Personal Route")
P("The Route Finder is a self-audit listing every national minimum outcome. For each you "
  "rate yourself from 1 (new to me) to 4 (I do this confidently and could show you the "
  "evidence), and note your evidence. At your first tutorial, in the fortnight after Unit "
  "1, you and your tutor go through it and agree your Personal Route: a one-page plan naming "
  "the six to eight outcomes that will be your particular focus, the *Route* readings you "
  "will add to the *Core* readings, the pupil and colleague you expect to work with in Tasks "
  "2 and 4, and your tutorial dates. It is reviewed at the second and third tutorials. Study "
  "groups on the day are formed by phase, and some Units give separate questions for "
  "primary, secondary and special schools.")

H2("Experience counts, though not as credit")
P("Many of you bring years of experience of SEN, and some bring earlier study: the "
  "Diocesan Certificate, an Open University course, a local authority's SENCO induction. "
  "Where your Route Finder shows you are already secure in an area, your tutor will "
  "agree that you replace that Unit's core readings with Route readings that take you "
  "further, and you may use existing work from your school as the starting point for the "
  "relevant task. The College does not, however, award credit for earlier study or "
  "experience towards this Award: its Academic Board decided in February that, because every "
  "outcome must be shown within the programme, there will be no accreditation of prior "
  "learning. Everyone completes all four tasks.")
P("At the January information evenings two further questions were asked often enough to "
  "answer here. The first was whether a summer intensive could let the Award be finished "
  "between July and Christmas. The second was whether an experienced teacher \u2013 someone "
  "from the Commission's own SEN support team, say, or a deputy head who has led SEN for "
  "years \u2013 could bring together evidence of what they already do and be assessed on it, "
  "without the study days. We understand why both were asked. A summer intensive would suit "
  "teachers who find release in term time hard to secure. The second question goes to the heart of what we say "
  "about experience above, and Reading 8.3 describes one university that has answered it in "
  "its own way. Having been through both carefully with the College's Registry and the "
  "Commission's Standards Committee, we have concluded that neither is something the "
  "partnership is able to offer in 2009\u201310.")

H2("Access, adjustments and support")
P("The nomination form and the College's application "
  "form both invite you to tell us about any disability or condition that might affect your "
  "study, and explain why we ask; at interview you will be asked again, privately, and it is "
  "always your choice whether to say. If you tell us, the College's Disability and Learning "
  "Support Service meets you before Unit 1 to agree a Learning Support Agreement, which goes, "
  "with your consent, to your tutors. Typical adjustments include this Reader in large print, "
  "on coloured paper or as an electronic file for screen-reading software; a note-taker or "
  "permission to record study days; and, in assessment, extended deadlines, a viva in place "
  "of part of a written task, or a recorded presentation for Task 3. Both venues have "
  "step-free access and a hearing loop. The College's equality scheme applies to the Award in "
  "full: interview questions and marking criteria have been checked against it, and the "
  "Award's publicity names a contact for disabled applicants.")

H2("Cuthbert Online")
P("Each Unit has a page on Cuthbert Online, the College's Moodle site, with electronic "
  "copies of the readings, the slides and recordings of each study day's main "
  "presentations, the task briefs and dates, and a discussion forum for your study group. "
  "The forums are there for participants to help one another between study days; tutors do "
  "not read or post in them; questions for tutors are kept for tutorials and the tutor "
  "surgery at the end of each study day. Tasks are submitted, and "
  "returned with feedback, through the site.")

H2("The people behind the Reader")
table([
    ["Name", "Part in the Award", "Background and current work"],
    ["Dr Margaret Tierney", "Programme Leader and Editor; Units 1, 5, 8; personal tutor",
     "Senior Lecturer in Inclusive Education. SENCO in two Catholic primary schools for "
     "eleven years. PhD (2004) on pupils' part in their annual reviews."],
    ["Dr Tomasz Nowak", "Units 3, 4, 6; personal tutor",
     "Lecturer in Psychology of Education. Educational psychologist with Mardale County "
     "Council 1996\u20132006; chartered psychologist; consultancy on provision mapping."],
    ["Mrs Ann-Marie Keegan", "Units 2, 6, 7; personal tutor",
     "SEN Consultant to the Commission since 2005; SENCO at St Aidan's Catholic High School "
     "for nine years. MA in Special Educational Needs; leads the diocesan SENCO network."],
    ["Mr Declan Foy", "Admissions; Units 1, 2, 7",
     "Adviser for SEN and Inclusion, Mardale Schools Commission; formerly headteacher of St "
     "Brendan's Catholic Primary School."],
    ["Mrs Grace Adeyemi", "Guest tutor, Unit 4",
     "Headteacher, St Teresa's Catholic Special School, Kirkby Mardale."],
], [3.6, 4.2, 8.4])
P("Guest contributors include the County's educational psychology service (Units 5, 7), "
  "a speech and language therapist from Mardale Primary Care Trust (Unit 4), the CAMHS "
  "primary mental health team (Unit 7), the family support service of the Mardale Catholic "
  "Children's Society (Units 5 and 7), the Parent Partnership Service and a parent from the "
  "Mardale Catholic Parents' SEN Network (Unit 5).")
P("Those of you who took the Diocesan Certificate will remember its placement week at St "
  "Teresa's. It was the part of the Certificate that participants valued most, and we have "
  "not been able to keep it: the Award's study time is fully committed, and St Teresa's can "
  "no longer release staff to host whole weeks. In its place Unit 4 includes a morning at "
  "St Teresa's,{{fn:The St Teresa's morning is on the Wednesday of Unit 4 week for both "
  "venues' groups. The school needs names a fortnight ahead.}} and your tutor can put you "
  "in touch with a colleague in another Catholic school whose practice you would like to "
  "see; such visits are informal and are arranged between the schools.")

H2("Libraries, loans and technology")
P("You have full borrowing rights at the College library, with its SEN collection, and "
  "electronic access to the main journals. Many of you will have borrowed from the "
  "Commission's Assistive Technology Loan Collection at Emmaus House; it closed in July 2008 "
  "when its funding ended, and the Commission hopes to re-open a smaller collection during "
  "2009\u201310. Until then, Unit 4's session on technology uses the software on the College's "
  "network.")

H2("Mentors and tutors")
P("Your school mentor meets you at least once each half-term, helps you choose the pupil and "
  "the colleague for your tasks, takes part in the professional discussion for Task 4 and "
  "signs the portfolio declaration. "
  "[[Guidance notes for mentors, setting out what the role involves, are being written by "
  "Ann-Marie Keegan and will reach schools before Unit 1.||Draft sent to Margaret on 3 "
  "March; not yet agreed with the Commission. AMK||Ann-Marie Keegan||AK]] Tutors new to the "
  "Award are inducted by the Programme Leader, shadow a study day before leading one, and "
  "have their first marking second-marked in full. Every marker attends the standardisation "
  "meeting held before each submission date, at which the team marks and discusses the same "
  "two scripts.")

H2("How your work is marked")
P("Each task is marked against the criteria in Appendix A by your personal tutor. A second "
  "tutor marks at least one script in five, every script within five marks of the pass mark "
  "and every fail, and the two agree a mark or refer it to the Programme Leader. Marks are "
  "confirmed by the College's Board of Examiners after the external examiner{{fn:Professor "
  "Alan Brightwell, Professor of Inclusive Education at the University of Oakhurst, "
  "appointed by Academic Board for 2009\u201313. He sees a sample from every task and every "
  "marker, and attends the Board.}} has seen a sample of the work. To be awarded the "
  "Postgraduate Certificate you must pass each of the four tasks with at least 50 per cent; "
  "a strong mark in one task cannot make up for a fail in another. A failed task may be "
  "resubmitted once.")

H2("Whose voices shaped the Award")
P("In October and November 2008 the Commission sent a questionnaire to the headteacher and "
  "the SENCO of each of the diocese's 104 Catholic schools, and 71 schools replied. Asked what "
  "new SENCOs most needed, heads put first \u201cleading and managing teaching assistants\u201d "
  "(58 per cent) and \u201cusing data to show pupils' progress\u201d (52 per cent); SENCOs put "
  "first speech, language and communication needs (61 per cent), behaviour (55 per cent) and "
  "getting help from other services (49 per cent). Eighty-three per cent said their SENCO "
  "could be released for no more than a day a month. In January 2009 we held focus groups "
  "with eleven members of the Mardale Catholic Parents' SEN Network and with the school "
  "council of St Teresa's. Parents asked to be \u201ctold the truth early, and asked, not "
  "informed\u201d. The County's SEN team and the Catholic Children's Society commented on a first "
  "outline.")
P("What changed as a result: eight single study days instead of the five two-day blocks we "
  "first proposed, each repeated at two venues; a whole morning of Unit 4 on speech, language "
  "and communication needs; Unit 5 rewritten around the family's experience of review "
  "meetings, with a parent co-leading its afternoon; an analysis of the school's own data for pupils with SEN in Task 3; and, in "
  "Unit 7, the services that heads said SENCOs find hardest to reach.")

H2("How we know the Award is working")
P("The Award is reviewed each year under the College's annual monitoring procedure. The "
  "evidence comes from module evaluation questionnaires; a mid-year focus group of "
  "participants run by someone outside the team; the Route "
  "Finder, which you repeat at Unit 8, so that the two sets of ratings show the change in "
  "participants' confidence and competence against the outcomes; the marks and the external "
  "examiner's report; and the Commission's termly questionnaire to heads whose staff are on "
  "the Award. The Programme Committee \u2013 the tutors, Declan Foy for the Commission, two "
  "participants elected by each cohort, two headteachers nominated by the Diocesan "
  "Headteachers' Association and a member of the Parents' SEN Network \u2013 reads all of this "
  "each June, writes an action plan, and sends it to the Faculty's Quality Committee and the "
  "Commission's Standards Committee. The changes are printed at the front of the next "
  "edition of the Reader, under \u201cYou told us\u201d.")
P("What the Award does for your pupils is harder to measure in a single year, and we have "
  "not yet settled how best to do it beyond your own enquiries. In Task 2 you are encouraged "
  "to set a baseline for your pupil where you can, and the Programme Committee will read "
  "anonymised summaries of the outcomes. The Commission would like to follow the progress of "
  "pupils with SEN in participants' schools through the data it already collects from its "
  "schools; that step is not yet agreed.")

H2("What it costs")
P("The fee for 2009\u201310 is \u00a31,150, of which the Commission pays \u00a3250 for "
  "teachers in the diocese's Catholic schools. Free rooms at Emmaus House and the College's "
  "own printing keep it below the College's standard rate for 60 credits; the individual "
  "work is carried by tutorials and the Personal Route, not by extra study days.")
doc.add_page_break()

# ------------------------------------------------------------------ units
H1("Unit 1   Achievement, well-being and the Catholic school")
study_day("Study day: Tuesday 22 September 2009 (College) or Thursday 24 September "
          "(Emmaus House). Led by Margaret Tierney and Declan Foy.")
P("What does it mean to say that a pupil with SEN has achieved? We read the government's "
  "account of what every child should be able to expect alongside the Church's account of "
  "why every child matters: the five outcomes of Every Child Matters, the argument of "
  "Removing Barriers to Achievement that schools must expect more of pupils with SEN, and "
  "the SENCO's role as the Code of Practice describes it.",
  italic=True)
reading("1.1", "Core", "HM Government (2004) *Every Child Matters: Change for Children*. "
        "London: DfES.", "the five outcomes, and what the programme of change asks of schools.")
reading("1.2", "Core", "DfES (2004) *Removing Barriers to Achievement: The Government's "
        "Strategy for SEN*. Chapters 1 and 3.",
        "early intervention, higher expectations and personalised provision.")
reading("1.3", "Core", "Catholic Education Service (1997) *The Common Good in Education*. "
        "London: CES.", "the claim that a Catholic school is measured by how it serves "
        "those most in need.")
questions([
    "Which of the five outcomes does your school find hardest to show for pupils with SEN?",
])
box("In your school", "Ask your head what they hope the Award will change.")
box("Towards assessment", "Unit 1 is the backdrop for the whole Award. The five outcomes "
    "frame every task, but no task assesses your knowledge of Every Child Matters as such.")

H1("Unit 2   The law, the Code and disability equality")
study_day("Study day: 13 or 15 October 2009. Led by Ann-Marie Keegan and Declan Foy; "
          "afternoon co-led by a teacher with a disability.")
P("This Unit gives you the statutory framework: the Education Act 1996 "
  "as amended by the Special Educational Needs and Disability Act 2001; the Code of "
  "Practice and its graduated response, statutory assessment, statements and annual "
  "reviews; and the duties the Disability Discrimination Act 1995, as amended in 2005, "
  "places on schools \u2013 not to treat disabled pupils less favourably, to make reasonable "
  "adjustments, to plan for access, and the disability equality duty. We also ask what "
  "current policy asks of schools, and how a SENCO turns the law into everyday practice.",
  italic=True)
reading("2.1", "Core", "DfES (2001) *Special Educational Needs Code of Practice*. Chapters 1, "
        "5 or 6 (by phase), 7, 8 and 9.", "the graduated response, and who must do what.",
        fn="Chapter 10 of the Code, on working with other agencies, is read in Unit 7; "
        "chapters 2 and 3, on parents and on pupil participation, in Unit 5.")
reading("2.2", "Core", "DfES (2006) *Implementing the Disability Discrimination Act in "
        "Schools and Early Years Settings*.",
        "reasonable adjustments, accessibility plans and the disability equality duty.")
reading("2.3", "Core", "Ofsted (2004) *Special Educational Needs and Disability: Towards "
        "Inclusive Schools*.", "what inspectors found.")
questions([
    "Where does your school's practice depart from the graduated response, and why?",
])
box("In your school", "Find your school's SEN policy, accessibility plan and disability "
    "equality scheme. Who wrote each, and when was each last reviewed?")
box("Towards assessment", "Task 1 assesses your knowledge of SEN law and the Code of "
    "Practice and how your school puts them into practice. The disability equality readings "
    "are taught here but are not among Task 1's marking criteria.")

H1("Unit 3   How children develop and learn")
study_day("Study day: 10 or 12 November 2009. Led by Tomasz Nowak.")
P("A SENCO needs a working theory of development, to ask sensible questions about why a "
  "pupil is where they are. We look "
  "at typical development in language, thinking, attention and social and emotional life; "
  "at how development is affected by impairment, by early experience and attachment, by "
  "poverty and by the physical and social environment of the classroom; and at what this "
  "means for the judgements teachers make. The afternoon is a workshop on observing a "
  "pupil in class.", italic=True)
reading("3.1", "Core", "Smith, P.K., Cowie, H. and Blades, M. (2003) *Understanding "
        "Children's Development*, 4th edn. Oxford: Blackwell. Chapters 1 and 12.",
        "how development is studied, and the range of what is typical.")
reading("3.2", "Core", "Nowak, T. (2007) \u2018Attachment, belonging and the school day\u2019, "
        "*Mardale Papers in Education* 9.",
        "what early experience can mean for behaviour and learning in school.")
questions([
    "Which explanations of a pupil's difficulties are most often heard in your staffroom?",
])
box("In your school", "Observe your Task 2 pupil in two lessons, and note when they are "
    "most and least engaged.")
box("Towards assessment", "This Unit is background for Task 2. It is not marked: Task 2's "
    "criteria are about identification, planning and review, not developmental theory.")

H1("Unit 4   Areas of need, approaches and technology")
study_day("Study day: 8 or 10 December 2009; St Teresa's morning on 9 December. Led by "
          "Tomasz Nowak and Grace Adeyemi, with a speech and language therapist.")
P("A SENCO must know the main areas of need well enough to recognise them, to understand "
  "how each can affect learning and to know what the evidence says helps: behavioural, "
  "emotional and "
  "social difficulties; specific learning difficulties, including dyslexia; speech, "
  "language and communication needs; autistic spectrum disorders; and moderate learning "
  "difficulties. For each we look critically at approaches to assessment, planning and "
  "teaching, and at resources, including ICT, that can remove barriers.",
  italic=True)
reading("4.1", "Core", "DCSF (2008) *The Bercow Report: A Review of Services for Children "
        "and Young People (0\u201319) with Speech, Language and Communication Needs*. Summary.",
        "how common these needs are and how often they are missed.")
reading("4.2", "Core", "Lewis, A. and Norwich, B. (eds) (2005) *Special Teaching for Special "
        "Children? Pedagogies for Inclusion*. Maidenhead: Open University Press. "
        "Introduction and the two chapters your Personal Route names.",
        "whether different needs call for different teaching.")
reading("4.3", "Core", "Brooks, G. (2007) *What Works for Pupils with Literacy "
        "Difficulties?* 3rd edn. London: DCSF.", "how to judge the evidence for an "
        "intervention.")
reading("4.4", "Core", "[[[Extract on access arrangements for Key Stage tests and public "
        "examinations, from the QCA and JCQ guidance \u2013 permission to reproduce awaited; "
        "extract to follow]||Still no reply from JCQ. If nothing comes by April I'll write "
        "a summary myself.||Margaret Tierney||MT]]",
        "how pupils qualify for access arrangements, and the deadlines by which the SENCO "
        "must apply.")
questions([
    "Which area of need do you feel least confident about, and what would change that?",
])
box("In your school", "Try one piece of software or equipment from the study day with your "
    "Task 2 pupil, and note what changed.")
box("Towards assessment", "Task 2 assesses your understanding of your pupil's needs, set "
    "within a critical account of the main areas of SEN and disability, and your critical "
    "evaluation of the approaches and resources, including ICT, that you used. Reading 4.4 "
    "is for information; no task asks about access arrangements.")

H1("Unit 5   The pupil at the centre: identifying, planning, reviewing")
study_day("Study day: 19 or 21 January 2010. Led by Margaret Tierney, with an educational "
          "psychologist; afternoon co-led by a parent from the Mardale Catholic Parents' SEN "
          "Network and the Parent Partnership officer.")
P("We follow one pupil from the first concern to "
  "the review of an intervention: how a teacher's observation, the school's assessment data "
  "and the reports of other professionals \u2013 educational psychologists, therapists, "
  "advisory teachers \u2013 come together to identify need; how targets are set that are "
  "challenging rather than safe; how interventions are planned to remove barriers; and how "
  "progress is reviewed. Throughout we ask where the pupil and the family are in the "
  "process. The morning includes practice in a structured conversation with a pupil about "
  "their targets and support. The afternoon is about meetings with parents and carers: how "
  "to prepare, listen, explain and agree what happens next, and how to keep the "
  "relationship fair and constructive when the news is hard.", italic=True)
reading("5.1", "Core", "DfES (2001) *Special Educational Needs Code of Practice*. Chapters 2 "
        "and 3.", "what partnership with parents and pupil participation require.")
reading("5.2", "Core", "Tierney, M. (2004) \u2018Who speaks at the review?\u2019, extract from a "
        "doctoral thesis, St Cuthbert's University College.",
        "the ways pupils are silenced, and the ways they are heard.")
questions([
    "At your school's last review meeting, who spoke most, and who least?",
])
box("In your school", "Hold a structured conversation with your Task 2 pupil about their "
    "targets and support, and arrange to meet the parents or carers.")
box("Towards assessment", "Task 2 is built on this Unit. It assesses how you identify needs "
    "(drawing on other professionals' assessments), set targets, plan and review an "
    "intervention, involve the pupil in planning and reviewing it, and work with the parents "
    "or carers; its criteria include the quality of your relationship with the pupil and the "
    "family.")

H1("Unit 6   Leading provision: mapping, deploying, evaluating")
study_day("Study day: 9 or 11 March 2010. Led by Tomasz Nowak and Ann-Marie Keegan.")
P("EDM702 begins with the SENCO as a leader. We look at provision mapping as a tool "
  "for planning and costing provision and for finding what is missing or not working; at "
  "using the school's data \u2013 Key Stage results, P scales, contextual value added and "
  "RAISEonline \u2013 to track the progress of pupils with SEN and change programmes that are "
  "not working; at how the SENCO reviews provision with colleagues and feeds the school's "
  "self-evaluation form and improvement plan; at how teaching assistants are deployed "
  "and managed, drawing on the DISS project; and at how to put the case for inclusion, policy "
  "and resources to the head and governors.", italic=True)
reading("6.1", "Core", "DfES (2005) *Leading on Inclusion*. Primary National Strategy. "
        "Section on provision mapping.", "mapping as a management tool, not a list.")
reading("6.2", "Core", "Institute of Education (2008) *Deployment and Impact of Support "
        "Staff in Schools* (DISS): summary of first findings.",
        "what happens when the least qualified adults teach the pupils who struggle most.")
reading("6.3", "Route", "DfES (2006) *Safeguarding Children and Safer Recruitment in "
        "Education*. Chapter 4.",
        "for SENCOs who recruit teaching assistants or volunteers: the checks a school "
        "must make before an appointment \u2013 an enhanced CRB disclosure, List 99, references "
        "from previous employers, identity and qualifications.")
questions([
    "Which strand of your provision would you stop tomorrow if the data were honest?",
])
box("In your school", "Map how your teaching assistants' time is used for one week, and "
    "compare it with what the pupils' plans say they need.")
box("Towards assessment", "Task 3 assesses provision mapping, the use of data to track "
    "progress, reviewing provision with colleagues for self-evaluation, and presenting "
    "strategic priorities to your head and a governor. It does not ask you to write about "
    "staffing: the mapping of teaching assistants' time is for your own development and "
    "for discussion at tutorial.")

H1("Unit 7   Colleagues and other services")
study_day("Study day: 27 or 29 April 2010. Led by Ann-Marie Keegan and Declan Foy, with "
          "guest services.")
P("The morning is about colleagues: how SENCOs support "
  "other teachers' professional development by observing and giving feedback, modelling, "
  "coaching and mentoring, and arranging training. The afternoon is about the services "
  "beyond the school: what the "
  "educational psychology service, speech and language therapy, CAMHS, social care, the "
  "Catholic Children's Society and voluntary groups such as the Mardale Autism Support "
  "Group can offer; the Common Assessment Framework; and how to get specialist support and "
  "resources for a pupil.", italic=True)
reading("7.1", "Core", "DfES (2001) *Special Educational Needs Code of Practice*. Chapter 10.",
        "the SENCO's part in joined-up work.")
reading("7.2", "Core", "Children's Workforce Development Council (2006) *The Common "
        "Assessment Framework for Children and Young People: Practitioners' Guide*.",
        "when a CAF helps and who leads it.")
reading("7.3", "Core", "Keegan, A.-M. (2007) \u2018Coaching in the SENCO's toolkit\u2019, "
        "*Mardale SENCO Network Notes* 11.", "a coaching cycle you can use in Task 4.")
questions([
    "Which service would you most like to understand better, and whom could you ask?",
])
box("In your school", "Plan the coaching cycle for Task 4 with your mentor, and find a "
    "multi-agency meeting you can lead or attend before the end of May.")
box("Towards assessment", "Task 4 assesses how you support a colleague's professional "
    "development (the coaching record) and how you work with other services (the record "
    "of a multi-agency meeting, with your reflection on the services involved).")

H1("Unit 8   Evidence, research and keeping up to date")
study_day("Study day: 15 or 17 June 2010. Led by Margaret Tierney.")
P("The morning is about how SENCOs find, read and use research and "
  "inspection evidence, and the advice of specialists outside the school, to improve their "
  "own and their colleagues' practice. The afternoon looks at the developments SENCOs "
  "will need to follow over the coming year \u2013 the Lamb Inquiry into parental confidence "
  "(due to report in 2009) and the review of provision for pupils with dyslexia now under "
  "way \u2013 and where to follow them: journals, nasen and the diocesan SENCO network. You "
  "repeat the Route Finder before you leave.", italic=True)
reading("8.1", "Core", "Davis, P. and Florian, L. (2004) *Teaching Strategies and "
        "Approaches for Pupils with Special Educational Needs: A Scoping Study*. DfES "
        "Research Report 516.", "what the research does and does not show.")
reading("8.2", "Core", "Tierney, M. and Nowak, T. (2008) \u2018Reading research as a SENCO\u2019, "
        "*St Cuthbert's Occasional Papers* 3.", "a short method for judging a study.")
reading("8.3", "Route", "Hartley, R. (2008) \u2018Recognising expertise: an assessment-only "
        "route to SENCO accreditation at Northwold University\u2019, *Teacher Development "
        "Practice* 6(2).", "Northwold lets experienced support-service teachers present a "
        "portfolio against every outcome without attending its course. What counts as "
        "evidence of expertise?")
questions([
    "Which research finding from the year has changed something you do?",
])
box("In your school", "Share one finding from your Task 2 enquiry at a staff meeting.")
box("Towards assessment", "Task 1 draws on the research and best-practice readings of this "
    "Unit and of Units 2 and 4, and Task 4's professional discussion asks how you have used "
    "external advice. Keeping up to date is for you; it is not assessed.")
H2("After the Award")
P("[[What you do with the Award afterwards is rightly a matter for you, your head and your "
  "performance management reviewer, and the Reader does not presume to plan it for you."
  "||Declan suggests a next-steps session in Unit 8 with a planning template to take to "
  "performance management. Worth adding if we can find the time?||Margaret Tierney||MT]] "
  "We hope you will stay in touch through the diocesan SENCO network, and that some of you "
  "will come back to the Award one day as mentors.")
doc.add_page_break()

# ------------------------------------------------------------------ appendix A
H1("Appendix A   The assessed tasks")
table([
    ["Task", "Module, weight, length, date", "What you do, and the marking criteria"],
    ["1  Policy into practice", "EDM701, 40%; 3,500 words; 8 January 2010",
     "A critical review of your school's SEN policy and practice against SEN law and the "
     "Code of Practice, with recommendations. Criteria: accurate knowledge of SEN law and "
     "the Code and of what they require of the school, the SENCO and others; a critical, "
     "evidenced account of how well the school puts them into practice; critical use of "
     "research, inspection evidence and best practice to improve your own and colleagues' "
     "practice; clear, well-organised writing."],
    ["2  Case enquiry: one pupil", "EDM701, 60%; 5,000 words; 23 April 2010",
     "Identify a pupil's needs from observation, school data and the assessment of at least "
     "one other professional; set challenging targets; plan, carry out and review an "
     "intervention of six to ten weeks; hold a structured conversation with the pupil and "
     "show how their views shaped the plan and its review; meet the parents or carers at "
     "least once; place the pupil's needs within a critical account of the main areas of "
     "SEN and disability; evaluate the approaches and resources used, including ICT; "
     "evaluate the outcome for the pupil's learning. Criteria: each of these, and fair, "
     "respectful relationships with pupil and family, shown in the records."],
    ["3  Leading provision", "EDM702, 70%; 4,000 words and a 15-minute presentation; "
     "28 May 2010",
     "Analyse your school's data for pupils with SEN (Key Stage or GCSE results, P scales, "
     "the school's tracking) to show how progress is tracked and where programmes must "
     "change; build a costed provision map showing ineffective or missing provision; review "
     "one strand of provision with the colleagues who deliver it and show how the review "
     "feeds the school's self-evaluation and improvement plan; present strategic priorities "
     "for inclusion, policy and resources to your head and a governor, whose written "
     "response you include. Criteria: each of these; evidence of senior colleagues' "
     "commitment; a clear spoken presentation."],
    ["4  Portfolio and professional discussion", "EDM702, 30%; portfolio and a 30-minute "
     "discussion; 2 July 2010",
     "(a) The record of a coaching cycle with a colleague: observation, feedback, agreed next "
     "steps, follow-up observation. (b) The record of a multi-agency meeting you led or took "
     "part in, with a 1,000-word reflection on the services involved and how you obtained "
     "specialist support. (c) A discussion of the portfolio with your tutor and mentor. "
     "Criteria: support for a colleague's development; knowledge of other services and "
     "voluntary organisations and partnership with them; use of external advice; clear "
     "speech and careful listening."],
], [2.8, 3.4, 10.0], size=8.5)
P("You must pass all four tasks, each at 50 per cent or above, to be awarded the "
  "Postgraduate Certificate. Your reflective journal is for your own use and is not "
  "assessed.", size=9.5)

# ------------------------------------------------------------------ appendix B
H1("Appendix B   The national minimum outcomes in this Reader")
P("The national minimum outcomes in our own short wording. \u201cAssessed in\u201d names the "
  "task whose marking criteria include the outcome.", size=9.5)
table([
    ["Outcome", "Developed in", "Assessed in"],
    "Professional attributes",
    ["Fair, respectful and constructive relationships with pupils with SEN and their "
     "families", "Unit 5", "Task 2"],
    ["Winning the commitment of colleagues, the head and senior leaders", "Units 6, 7",
     "Task 3"],
    ["Managing time and priorities; delegating", "\u2013", "\u2013"],
    ["Judgement and problem-solving about provision", "Throughout", "Throughout"],
    ["Clear speech and writing; listening to others", "Units 5, 8", "Tasks 1, 3, 4"],
    ["Drawing on research and external advice", "Units 4, 8", "Tasks 1, 4"],
    ["Keeping up to date; owning one's CPD", "Unit 8", "Not assessed (see Unit 8)"],
    "Knowledge and understanding",
    ["SEN law and the Code of Practice, and putting them into practice", "Unit 2", "Task 1"],
    ["Every Child Matters and the SENCO's part in it", "Unit 1",
     "Underpins all tasks (note 1)"],
    ["Disability equality law and the duties it places on schools", "Unit 2",
     "Taught only (note 2)"],
    ["How children develop, and what affects development", "Unit 3", "Background to Task 2"],
    ["The main types of SEN and disability and their effect on learning", "Unit 4", "Task 2"],
    ["Approaches, strategies and resources, including ICT", "Units 4, 5", "Task 2"],
    ["School self-evaluation and improvement", "Unit 6", "Task 3"],
    ["Best practice and research", "Units 4, 8", "Task 1"],
    ["Other services and agencies; getting specialist support", "Unit 7", "Task 4"],
    "Skills",
    ["Inclusive strategy, policy and resources with senior colleagues and governors",
     "Unit 6", "Task 3"],
    ["Identifying needs, setting targets, planning interventions, reviewing progress",
     "Unit 5", "Task 2"],
    ["   \u2013 using other professionals' assessments", "Unit 5", "Task 2"],
    ["   \u2013 tracking progress with summative data, including national tests", "Unit 6",
     "Task 3"],
    ["   \u2013 access arrangements for tests and examinations", "Unit 4 (Reading 4.4)",
     "\u2013"],
    ["Provision mapping; finding ineffective or missing provision", "Unit 6", "Task 3"],
    ["Deploying and managing staff", "Unit 6", "\u2013"],
    ["Supporting colleagues' professional development", "Unit 7", "Task 4"],
    ["Reviewing provision with staff to inform self-evaluation", "Unit 6", "Task 3"],
    ["Involving pupils in planning and reviewing their provision", "Unit 5", "Task 2"],
    ["Working with parents and carers", "Unit 5", "Task 2"],
    ["Working with other services and voluntary organisations", "Unit 7", "Task 4"],
], [9.0, 3.6, 3.6], size=9)
P("Notes. 1. Every Child Matters is the frame for the whole Award; it is not a marking "
  "criterion of any one task. 2. Disability equality is taught in Unit 2.", size=9)

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
