"""eu-01-salverley-admission-arrangements: build the .docx next to this script.

PROVIDER (invented)
    Salverley and Wexbridge Jewish Education Board ("the Board"), the education
    board of a small Jewish community serving eleven schools in two cities (six
    voluntary-aided schools maintained by Salverley City Council and Wexbridge
    City Council, five independent schools), with the University of Felsham
    School of Education, which validates and awards a 60-credit Postgraduate
    Certificate in SEN Coordination (National Award). 2009-10 intakes;
    submitted March 2009.

KIND OF DOCUMENT AND LAYOUT
    The Board's *admission arrangements* for the course, written in the form
    the Board uses for its schools' pupil admission arrangements ("determined by
    the Education Committee", a published number of places, who may apply,
    oversubscription criteria with notes and a tie-break, how to apply, waiting
    lists, late applications, deferral, reviews of decisions, a timetable), sent
    to the TDA with a shaded note to the panel and four schedules added behind
    it (A the course, B people, partners and quality, C assessment and the
    national outcomes, D evidence from schools). The blank Supplementary
    Information Form (SIF) is reproduced, with its own prompts, tick boxes
    ("\u2610") and a Starting Profile table listing all 28 outcomes in the
    Board's words for self-rating.
    No heading styles: titles are bold capitalised Normal paragraphs ("PART 4 -
    ..."); paragraphs carry typed numbers 1-44 with a tab; lists typed as
    "(a)", "(b)". Tables: admissions timetable, module table, session-pattern
    table with merged group rows, staff table, what-we-heard table, task table
    and a separate where-developed table for the outcomes. Page header and
    footer (PAGE field). Two real footnotes (no evidence in them).

TRAPS (requirement ids)
    * The oversubscription criteria are called "Criterion 1" to "Criterion 4"
      (Part 4): numbering that collides with the TDA's criteria. "Criterion 3"
      is about SENCOs in other schools, not flexible delivery.
    * The SIF is a blank form: its question H asks the applicant about seeking
      a pupil's views (a prompt, never an answer; 1.5 stays partial on the
      Module 2 topic "pupil voice"; 6.S7 partial).
    * Starting Profile lists all 28 outcomes for self-rating, including those
      the course never develops or assesses (6.A4, 6.K7, 6.S2d): a needs
      tool, not coverage.
    * Blanket claim in Schedule C: "Every national outcome is assessed in at
      least one of the three tasks" while Table C2 / C3 show outcomes taught
      but not assessed (6.A3, 6.S2b, 6.S6, 6.S7, 6.K9), assessed only in an
      unmarked learning journal (6.A7), assessed but never taught (6.K4), or
      absent (6.A4, 6.K7), and access arrangements explicitly excluded
      ("not part of the Certificate") (6.S2d). Hence 1.9 and 6.0 partial.
    * After the Certificate (para 44): further targets only hoped for ("We
      would like", "hope to discuss") (2.5 not met).
    * Steering Group "is not asked to evaluate the course" and receives
      reports "for information"; stakeholders do deliver (guest speakers,
      mentors, hosts) (4.3 partial).
    * Special-setting day arranged by participants themselves through their own
      school's links; the Board only supplies a letter (5.5 partial; specialist
      expertise present).
    * Mentors "receive the Mentor Guide" and nothing else (5.7 partial).
    * Wexbridge group tutor post vacant, "to be appointed" (5.4 partial).
    * Pupil impact not collected; "has asked us to look at this for 2010-11"
      (5.9 partial: confidence measured at start and end only).
    * Met despite looking like traps: CRB checks on candidates are done
      properly, including the three-month rule and previous employers (5.3);
      the assessment-only route is real (2.3); a second start in January and
      modules in a different order (3.2); printed packs and telephone
      tutorials for participants who do not use the internet alongside a
      moderated online forum (3.3).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / (Path(__file__).name.replace(".build.py", ".docx"))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.paragraph_format.space_after = Pt(5)

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin = sec.bottom_margin = Cm(2.2)

FOOTNOTES = []


# ---------------------------------------------------------------- helpers
def runs(p, parts):
    """parts: str or list of (text, fmt) where fmt has b/i/u letters."""
    if isinstance(parts, str):
        parts = [(parts, "")]
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        r.underline = "u" in fmt or None
    return p


def para(parts, align=None, size=None, space_after=None, indent=None, keep=False):
    p = doc.add_paragraph()
    runs(p, parts)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def part_title(text):
    p = para([(text, "b")], size=11.5, space_after=4, keep=True)
    p.paragraph_format.space_before = Pt(12)
    return p


def sub_title(text):
    p = para([(text, "b")], space_after=3, keep=True)
    p.paragraph_format.space_before = Pt(6)
    return p


def num(n, parts, footnote=None):
    """A typed paragraph number, a tab, then the text, with a hanging indent."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    p.add_run(f"{n}.\t")
    if isinstance(parts, str):
        parts = [(parts, "")]
    runs(p, parts)
    if footnote:
        add_footnote(p, footnote)
    return p


def sub(label, parts, level=1.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(level + 0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(level + 0.9))
    p.paragraph_format.space_after = Pt(3)
    p.add_run(f"{label}\t")
    runs(p, parts if not isinstance(parts, str) else [(parts, "")])
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, parts, size=9.5, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, "b" if bold else "")]
    first = True
    for chunk in parts:
        text, fmt = chunk
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                p = cell.add_paragraph()
            r = p.add_run(piece)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            r.font.size = Pt(size)
    for pp in cell.paragraphs:
        pp.paragraph_format.space_after = Pt(2)


def table(rows, widths, header=True, size=9.5, head_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            if val is None:
                continue
            cell_text(c, val, size=size, bold=(header and i == 0))
            if header and i == 0:
                shade(c, head_fill)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def box(paras, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    first = True
    for parts in paras:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        runs(p, parts)
        p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)


def add_footnote(p, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = p.add_run()
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r._r.append(rPr)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid))
    r._r.append(ref)


def write_footnotes():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = "".join(
        f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for fid, text in FOOTNOTES)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'{notes}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def merge_row(t, i, text, fill="F2F2F2"):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, [(text, "b")])
    shade(a, fill)


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.text = "Salverley and Wexbridge Jewish Education Board \u2013 Admission Arrangements 2009-10 \u2013 PG Certificate in SEN Coordination"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Ref ADM/SENCO/09 \u2013 determined 11 February 2009 \u2013 published 16 February 2009 \u2013 page "
fp.runs[0].font.size = Pt(8)
add_field(fp, "PAGE")

# ---------------------------------------------------------------- covering note
box([
    [("Note to the TDA approval panel", "b")],
    [("These are the admission arrangements for our Postgraduate Certificate in Special Educational Needs "
      "Coordination, as the Board\u2019s Education Committee determined them on 11 February 2009 and published "
      "them to schools on 16 February. Parts 1 to 9 and the Supplementary Information Form are exactly as "
      "published. So that the panel can see the whole programme in one place we have added four schedules "
      "behind them: Schedule A (the course), Schedule B (people, partners and quality), Schedule C "
      "(assessment and the national outcomes) and Schedule D (what schools and families told us). Where a "
      "published paragraph already answers one of the panel\u2019s questions we have not repeated it in the "
      "schedules.", "")],
    [("Miriam Adler, Director of Education, 2 March 2009", "i")],
])

para([("SALVERLEY AND WEXBRIDGE JEWISH EDUCATION BOARD", "b")], align="c", size=13, space_after=2)
para("Carmel House, 14 Arnfield Road, Salverley", align="c", size=9, space_after=10)
para([("ADMISSION ARRANGEMENTS FOR THE ACADEMIC YEAR 2009-10", "b")], align="c", size=12, space_after=2)
para([("Postgraduate Certificate in Special Educational Needs Coordination", "b")], align="c", size=12, space_after=2)
para([("(National Award for SEN Coordination)", "")], align="c", space_after=2)
para([("offered by the Board in partnership with the University of Felsham School of Education", "i")],
     align="c", space_after=10)
para([("Determined by the Education Committee of the Board on Wednesday 11 February 2009 (17 Shevat 5769) "
       "after consultation with the governing bodies of the schools listed in Annex 1 and with Salverley City "
       "Council and Wexbridge City Council.", "i")], size=9.5, space_after=10)

# ---------------------------------------------------------------- PART 1
part_title("PART 1 \u2013 STATUS OF THESE ARRANGEMENTS")
num(1, "The Salverley and Wexbridge Jewish Education Board (\u201cthe Board\u201d) is the education body of the "
       "Jewish communities of the two cities. It advises the governing bodies of the six voluntary-aided Jewish "
       "schools on religious education, admissions and school improvement, and it provides advisory and "
       "training services, by agreement, to the five independent Jewish schools. The schools are listed in "
       "Annex 1. These arrangements for adult learners are drafted in the same form as the admission "
       "arrangements the Board helps its schools to publish for pupils, because that form is familiar to our "
       "heads and governors.")
num(2, "The course is a Postgraduate Certificate of the University of Felsham. The University\u2019s School of "
       "Education validated it on 14 January 2009 as a 60-credit award at Master\u2019s level (level 7 of the "
       "Framework for Higher Education Qualifications), made up of three modules of 20 credits. The University "
       "is the awarding body and its regulations for taught postgraduate awards apply. The Board recruits, "
       "teaches most sessions and runs the school-based work; the University registers successful applicants as "
       "its students, gives them library and online access, second-marks and moderates their work and appoints "
       "the external examiner.")
num(3, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the SENCO in a "
       "maintained school to be a qualified teacher, and the Government has announced that teachers new to the "
       "role will be required to gain the National Award. These requirements apply to our voluntary-aided "
       "schools. They do not apply to independent schools, but four of our five independent schools have asked "
       "that their SENCOs be able to take the Award on the same terms, and they may.",
    footnote="SI 2008/2945, in force from 1 September 2008. The Department consulted in autumn 2008 on amending "
             "regulations to make the Award mandatory for SENCOs new to the role.")
num(4, "Draft arrangements were sent for consultation to the governing bodies and headteachers of all eleven "
       "schools and to the SEN teams of both local authorities between 3 November and 12 December 2008. What we "
       "heard, and what we changed as a result, is set out in Schedule D.")

# ---------------------------------------------------------------- PART 2
part_title("PART 2 \u2013 PLACES AVAILABLE")
num(5, "The Board will admit up to 24 participants in 2009-10 (\u201cthe published number\u201d): 12 to the Salverley "
       "group and 12 to the Wexbridge group. Both groups follow the same three modules and take the same "
       "assessed tasks.")
num(6, "There are two points of entry. The main intake begins with an induction evening in the week beginning "
       "7 September 2009. A second intake of up to 8 places begins on Sunday 10 January 2010; those "
       "participants take the modules in a different order (Module 2 in the spring term, Module 3 in the summer "
       "term and Module 1 in the autumn term of 2010) and finish in December 2010. January places count within "
       "the published number.")
num(7, "The two groups meet in different patterns, because the two cities asked for different things (see "
       "Schedule D). The Salverley group meets on nine Sunday study days, 9.30 to 3.30, at Carmel House. The "
       "Wexbridge group meets for sixteen Monday twilight sessions, 4.30 to 7.00, at the University\u2019s "
       "Wexbridge campus, with two Sunday study days. No session is held on Shabbat or a Yom Tov, during Chol "
       "HaMoed, or on a Friday. A participant may move from one group to the other between modules if that suits "
       "them better, provided there is room.")
num(8, "A participant who needs more time may take up to two years, by taking one module at a time and pausing "
       "between modules (\u201cthe extended route\u201d). Applicants who already know they want the extended "
       "route should say so in Section G of the Supplementary Information Form; others may ask to change to it "
       "at the end of any module.")

# ---------------------------------------------------------------- PART 3
part_title("PART 3 \u2013 WHO MAY APPLY")
num(9, "To be considered, an applicant must:")
sub("(a)", "be a qualified teacher, that is hold Qualified Teacher Status, or (for teachers in independent "
           "schools only) hold a teaching qualification accepted under paragraph 11;")
sub("(b)", "hold a first degree or an equivalent qualification accepted by the University;")
sub("(c)", "be the SENCO of a school, or have been designated by the headteacher to take up the role by "
           "September 2010;")
sub("(d)", "have the written support of their headteacher, including the release described in paragraph 10; and")
sub("(e)", "complete the Starting Profile in Section C of the Supplementary Information Form.")
num(10, "Release. The headteacher agrees to release the participant for every session that falls in school "
        "time (in the Wexbridge group, an early finish on Mondays so that the participant reaches the campus by 4.30; in the three independent schools which teach on "
        "Sunday mornings, every Sunday study day) and to give the participant time in school for the school-based "
        "tasks, including a meeting each half term with an in-school mentor, normally the headteacher or a "
        "deputy.")
num(11, "Teachers in independent schools without QTS. Several SENCOs in our independent schools are experienced "
        "teachers who trained abroad or in a seminary and do not hold QTS. They may apply. Before places are "
        "offered, the Board\u2019s Adviser for Inclusion, Mrs Shifra Kahan, meets each such applicant, looks at "
        "their qualifications with the University\u2019s admissions tutor, Dr Alan Brereton, and advises whether "
        "they should enter the Certificate or first take the Board\u2019s non-credit Foundation Course in SEN "
        "(ten evenings in the autumn term).")
num(12, "Applicants who are not yet ready. Where an applicant does not meet paragraph 9, or where the Starting "
        "Profile and the conversation in paragraph 17 suggest that they would be unlikely to reach all of the "
        "national outcomes by the end of the course, the Adviser for Inclusion writes to them explaining what "
        "they should do first (for example a term as assistant SENCO, the Foundation Course, or a set programme "
        "of reading and school visits), sends a copy of the letter to the headteacher and offers to meet them "
        "both. Such applicants may apply again for the January intake or for September 2010.")

# ---------------------------------------------------------------- PART 4
part_title("PART 4 \u2013 HOW PLACES ARE OFFERED IF THERE ARE MORE APPLICANTS THAN PLACES")
num(13, "Every applicant who meets Part 3 is offered a place if there are enough places in the group they ask "
        "for. If there are more eligible applicants than places in a group, places are offered in the order of "
        "the criteria below.")
for lab, txt in [
    ("Criterion 1", "Teachers who took up the post of SENCO in a voluntary-aided or other maintained school on or "
                    "after 1 September 2008."),
    ("Criterion 2", "Other SENCOs and designated SENCOs in the schools listed in Annex 1."),
    ("Criterion 3", "SENCOs and designated SENCOs in any other school in Salverley or Wexbridge, of any religious "
                    "character or none."),
    ("Criterion 4", "Any other applicant who meets Part 3."),
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(3.2)
    p.paragraph_format.first_line_indent = Cm(-2.2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    p.paragraph_format.space_after = Pt(3)
    p.add_run(lab).bold = True
    p.add_run("\t" + txt)
num(14, "Tie-break. Where there are more applicants within one criterion than places left, priority goes to the "
        "applicant whose school has the larger number of pupils at School Action Plus or with a statement. If "
        "that does not separate them, places are allocated by drawing lots, supervised by a person independent of "
        "the Board (for 2009-10, the clerk to the Salverley Schools Forum).")
num(15, "Notes to the criteria.")
sub("(a)", "No account is taken of an applicant\u2019s religion or belief, sex, race, disability, age or sexual "
           "orientation. Criterion 2 concerns the school in which the applicant works, not the applicant.")
sub("(b)", "A teacher who works in two schools is considered under whichever criterion places them higher.")
sub("(c)", "An applicant who asks for one group and cannot be offered a place in it is offered any place left in "
           "the other group before the waiting list is used.")
num(16, "In 2008 the Board\u2019s Foundation Course was oversubscribed in Salverley only. We expect the Certificate to "
        "be full in Salverley and to have places left in Wexbridge.",
    footnote="The Foundation Course in SEN (non-credit, ten evenings) has run each autumn since 2005. It continues "
             "alongside the Certificate for teaching assistants and for teachers not yet ready for Master\u2019s "
             "study.")

# ---------------------------------------------------------------- PART 5
part_title("PART 5 \u2013 HOW TO APPLY AND HOW APPLICATIONS ARE CONSIDERED")
num(17, "Applicants complete the Supplementary Information Form (SIF) reproduced after Part 9, and the headteacher "
        "completes Section E. Every applicant who returns a complete form by the closing date is invited to a "
        "thirty-minute conversation with a tutor and the Adviser for Inclusion. The conversation uses the "
        "applicant\u2019s Starting Profile to check that the applicant is ready for the course and to agree the "
        "first priorities for their Individual Learning Plan (Schedule A, A5). It is not a competitive interview: "
        "places are offered only under Part 4.")
num(18, "Offers are made in writing and must be accepted within fourteen days. An offer is conditional on the "
        "checks in Part 7 and, for applicants from abroad, on the University confirming the equivalence of their "
        "qualifications.")
num(19, "Waiting lists. A waiting list is kept for each group until 31 October 2009 (and for the January intake "
        "until 31 January 2010), ranked in the order of Part 4, not by date of application.")
num(20, "Late applications are considered after all applications received on time, in the order of Part 4.")
sub_title("Timetable for September 2009 entry")
table([
    ["Date", "What happens"],
    ["Monday 16 February 2009", "Arrangements published; SIF available from the Board and on its website"],
    ["Friday 15 May 2009", "Closing date for applications"],
    ["8 \u2013 18 June 2009", "Conversations with applicants (Salverley: Carmel House; Wexbridge: University campus)"],
    ["Friday 26 June 2009", "Offers and letters under paragraph 12 sent"],
    ["Friday 10 July 2009", "Last date for accepting an offer"],
    ["Week beginning 7 September 2009", "Induction evening in each city; University registration"],
    ["Friday 30 October 2009", "Closing date for the January 2010 intake"],
], [Cm(5.2), Cm(11.2)])

# ---------------------------------------------------------------- PART 6
part_title("PART 6 \u2013 DISABLED APPLICANTS AND PARTICIPANTS; EQUALITY")
num(21, "The Board and the University each have a disability equality scheme under the Disability Discrimination "
        "Act 1995 as amended in 2005. Section D of the SIF asks every applicant whether they have a disability or "
        "long-term health condition we should know about so that we can make adjustments. The form explains that "
        "the answer is used only to plan adjustments and is not seen by anyone deciding on places. The Adviser "
        "for Inclusion contacts every applicant who tells us of a need before the conversation in paragraph 17, so "
        "that the conversation itself is accessible.")
num(22, "Adjustments we have already made or can make include:")
sub("(a)", "both venues (Carmel House and the Wexbridge campus) have step-free access, an accessible toilet and an "
           "induction loop in the teaching room;")
sub("(b)", "all handouts are on the course website a week before each session and can be supplied in large print, "
           "on coloured paper or electronically;")
sub("(c)", "a note-taker or BSL interpreter, arranged and paid for through the University\u2019s Disability Service;")
sub("(d)", "extra time, or a different format, for assessed work and for the presentation in Task 3, agreed with "
           "the Disability Service and recorded in a Learning Support Agreement that tutors and markers see;")
sub("(e)", "for the day in a specialist setting (Schedule A, A6), help in choosing a setting the participant can "
           "get to and move around easily.")
num(23, "Our leaflet and the Board\u2019s website say that disabled teachers are welcome on the course, give the "
        "name of the person to contact about adjustments and say that asking will not affect the decision on a "
        "place. The leaflet is available in large print and on audio CD. One session in Module 1 is led by a "
        "disabled SENCO from a Wexbridge primary school, on disability equality in practice, and the course "
        "website\u2019s reading list includes work by disabled writers.")
num(24, "We record the ethnicity, sex and disability (where declared) of applicants and of those offered places, "
        "and the Education Committee looks at the figures each year to check that no group is being put off or "
        "refused places disproportionately.")

# ---------------------------------------------------------------- PART 7
part_title("PART 7 \u2013 CHECKS ON APPLICANTS")
num(25, "Every participant works with children and visits at least one other school during the course. The "
        "Board therefore follows chapter 4 of Safeguarding Children and Safer Recruitment in Education (DCSF "
        "2007) for every applicant offered a place, whichever school they come from. A place is not confirmed "
        "until:")
sub("(a)", "the headteacher has confirmed in Section E of the SIF the date and number of the applicant\u2019s "
           "enhanced CRB disclosure held by the school, that List 99 was checked at appointment, and that there is "
           "no disciplinary matter outstanding;")
sub("(b)", "where the applicant has not worked in a school or college in a post with regular contact with children "
           "in the past three months, or the school holds no enhanced disclosure for them, the Board has obtained "
           "a new enhanced CRB disclosure through the University\u2019s registered body and seen it;")
sub("(c)", "where the applicant has been in their present post for less than two years, the Board has taken up a "
           "reference from the previous employer asking specifically about any concerns over conduct with "
           "children; and")
sub("(d)", "for qualified teachers, the Board\u2019s administrator has checked the General Teaching Council register "
           "for any prohibition or suspension.")
num(26, "The Board\u2019s administrator keeps a record of these checks for each participant; the Adviser for "
        "Inclusion signs it before registration, and the University is told only that the checks are complete.")

# ---------------------------------------------------------------- PART 8
part_title("PART 8 \u2013 CREDIT FOR EARLIER STUDY AND EXPERIENCE; ASSESSMENT WITHOUT ATTENDING")
num(27, "Credit for earlier study. An applicant who has passed Master\u2019s-level modules in SEN or inclusion at a UK "
        "university in the last five years may claim up to 40 credits towards the Certificate under the "
        "University\u2019s regulations for the Recognition of Prior Learning, where the modules\u2019 learning outcomes "
        "match ours. The claim is sent with the SIF (Section F) with the transcript and module outlines. Dr "
        "Brereton decides and writes to the applicant before the course starts, saying which module or modules "
        "they are exempt from.")
num(28, "Credit for experience. An applicant may claim exemption from Module 1 (20 credits) on the basis of "
        "experience. The applicant submits a portfolio of evidence from their own work mapped against the "
        "Module 1 learning outcomes, a reflective commentary of 2,500 words and a statement from the headteacher. "
        "The portfolio is marked by two tutors and moderated with the Task 1 scripts (Schedule B, B5).")
num(29, "Where no credit is claimed, experience is still taken into account: the Starting Profile and the "
        "conversation in paragraph 17 set the first priorities in each participant\u2019s Individual Learning "
        "Plan, and participants who show they are already secure in an area spend the related sessions on "
        "directed study of their own choosing.")
num(30, "Assessment without attending. In exceptional cases an applicant with long experience of coordinating SEN "
        "\u2013 for example a SENCO of many years who has moved to one of our schools from elsewhere, or a teacher "
        "from a local authority support service \u2013 may ask to be assessed against all of the national outcomes "
        "without attending the course. The applicant writes to the Adviser for Inclusion, who discusses the "
        "request with Dr Brereton. If it is accepted, the applicant submits the three assessed tasks in Schedule "
        "C within one year, together with a portfolio mapped against any outcome not covered by the tasks, and "
        "takes part in a one-hour professional discussion with two assessors, one from the University. The "
        "award is made only when every outcome has been shown. The fee for this route is \u00a3650.")

# ---------------------------------------------------------------- PART 9
part_title("PART 9 \u2013 DEFERRING, WITHDRAWING AND ASKING FOR A DECISION TO BE REVIEWED")
num(31, "A participant may defer a place once, to the January intake or to September 2010, by writing to the "
        "Adviser for Inclusion before the course starts. A participant who has to stop part-way (for example "
        "on maternity leave) keeps the credit for modules passed and may rejoin either group at the start of the "
        "next module.")
num(32, "An applicant who is refused a place, or whose claim under Part 8 is refused, may ask within 20 school "
        "days for the decision to be reviewed. The review panel is a member of the Education Committee who took "
        "no part in the decision, a headteacher from a school other than the applicant\u2019s, and the "
        "University\u2019s Associate Dean (Partnerships), Professor Helen Marchant. The applicant may attend and "
        "bring a colleague. The panel\u2019s decision is final and is given in writing within ten school days.")
num(33, "Complaints about the course once it has begun are dealt with under the University\u2019s student complaints "
        "procedure, after first being raised with the Adviser for Inclusion.")

# ---------------------------------------------------------------- SIF
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
para([("SUPPLEMENTARY INFORMATION FORM \u2013 PG CERTIFICATE IN SEN COORDINATION 2009-10", "b")], align="c", size=11.5)
para([("Please complete in black ink or type. Return to the Adviser for Inclusion, Carmel House, by Friday 15 May "
       "2009. Sections A to D and F to H are completed by the applicant; Section E by the headteacher.", "i")],
     size=9.5)
t = table([
    ["Section A \u2013 About you", ""],
    ["Full name", ""],
    ["Home address and postcode", ""],
    ["Telephone and email (if you use email)", ""],
    ["DfES / GTC teacher reference number (if any)", ""],
    ["Qualifications (degree, teaching qualification, any SEN qualifications, with dates)", ""],
], [Cm(7.0), Cm(9.4)])
merge_row(t, 0, "Section A \u2013 About you", fill="D9D9D9")
t = table([
    ["Section B \u2013 Your school and role", ""],
    ["School", ""],
    ["Your role and date you took it up (or will take it up)", ""],
    ["Number of pupils on roll / at School Action / School Action Plus / with a statement", ""],
    ["Hours a week you have for SEN coordination", ""],
], [Cm(7.0), Cm(9.4)])
merge_row(t, 0, "Section B \u2013 Your school and role", fill="D9D9D9")

para([("Section C \u2013 Starting Profile", "b")], keep=True)
para([("For each statement, circle the number that best describes you now: 1 = new to this; 2 = some experience; "
       "3 = confident; 4 = could help others. In the last column, give one example from your work that shows "
       "why. There are no right or wrong answers: the profile is used to plan your course, not to decide on "
       "your place.", "i")], size=9.5)
profile = [
    ("How I work", [
        "Building fair and respectful relationships with pupils with SEN and their parents",
        "Winning the support of the headteacher, senior staff and colleagues",
        "Prioritising, managing my time and delegating",
        "Sorting out problems and making sound decisions about provision",
        "Explaining clearly in speech and writing, and listening to others",
        "Using research and outside advice to improve practice",
        "Keeping up to date and planning my own professional development",
    ]),
    ("What I know", [
        "SEN law and the Code of Practice, and how to put them into practice",
        "Every Child Matters and what a SENCO can do towards its five outcomes",
        "Disability equality law and what it requires schools to do",
        "How children develop and what can affect development",
        "The main kinds of SEN and disability and how they affect learning",
        "Approaches and resources for assessment, planning and teaching, including ICT",
        "How school self-evaluation works and how it can improve SEN outcomes",
        "What research says works for pupils with SEN",
        "Outside agencies and how to get specialist help",
    ]),
    ("What I do", [
        "Shaping inclusive policy and use of resources with senior staff and governors",
        "Identifying pupils, setting targets, planning and reviewing interventions",
        "Using other professionals\u2019 assessments in planning teaching",
        "Using test and assessment data to track progress",
        "Helping colleagues to use assessment for learning with pupils with SEN",
        "Arranging access arrangements for tests and examinations in good time",
        "Provision mapping and spotting gaps or weak provision",
        "Deploying and managing teaching assistants and other staff",
        "Developing colleagues: observing, coaching, training",
        "Reviewing with colleagues how well provision is working",
        "Involving pupils in planning and reviewing their own provision",
        "Working with parents",
        "Working with other services and voluntary organisations",
    ]),
]
rows = [["Statement", "1  2  3  4", "Example from my work"]]
for grp, items in profile:
    rows.append([grp, None, None])
    for it in items:
        rows.append([it, "1  2  3  4", ""])
t = table(rows, [Cm(8.6), Cm(2.4), Cm(5.4)], size=8.5)
i = 1
for grp, items in profile:
    merge_row(t, i, grp)
    i += len(items) + 1

t = table([
    ["Section D \u2013 Disability and adjustments", ""],
    ["Do you have a disability or long-term health condition for which we should make adjustments to the "
     "course, venues or assessment?", "\u2610 Yes   \u2610 No   \u2610 Prefer to discuss"],
    ["If yes, what would help? (This section is detached and kept by the Adviser for Inclusion. It is not seen by "
     "anyone deciding on places.)", ""],
], [Cm(10.0), Cm(6.4)])
merge_row(t, 0, "Section D \u2013 Disability and adjustments", fill="D9D9D9")
t = table([
    ["Section E \u2013 Headteacher\u2019s statement", ""],
    ["Enhanced CRB disclosure number and date of issue held by the school", ""],
    ["List 99 checked at appointment", "\u2610 Yes"],
    ["Any disciplinary matter outstanding", "\u2610 No   \u2610 Yes (please attach details)"],
    ["I agree to release the applicant as set out in paragraph 10 and to act as, or name, an in-school mentor",
     "\u2610 Yes   Mentor: ____________"],
    ["Signed (headteacher) and date", ""],
], [Cm(10.0), Cm(6.4)])
merge_row(t, 0, "Section E \u2013 Headteacher\u2019s statement", fill="D9D9D9")
t = table([
    ["Sections F to H", ""],
    ["F. Are you claiming credit for earlier study or experience (Part 8)? If so, attach your evidence.",
     "\u2610 Study   \u2610 Experience   \u2610 No"],
    ["G. Which group and route would you prefer?",
     "\u2610 Salverley (Sundays)  \u2610 Wexbridge (Monday twilights)\n\u2610 January start  \u2610 Extended route"],
    ["G2. Do you use the internet at home? (If not, we will send course materials by post.)", "\u2610 Yes   \u2610 No"],
    ["H. Describe one occasion when you sought the views of a pupil with SEN about the help they receive, and what "
     "you did with what they told you. (No more than 200 words.)", ""],
], [Cm(10.0), Cm(6.4)])
merge_row(t, 0, "Sections F to H", fill="D9D9D9")
para([("Declaration: I confirm that the information on this form is correct. I understand that a place is "
       "conditional on the checks described in Part 7.   Signed ______________________   Date __________", "")],
     size=9.5)

# ---------------------------------------------------------------- Annex 1
para([("ANNEX 1 \u2013 SCHOOLS SERVED BY THE BOARD", "b")], size=11)
table([
    ["City", "Voluntary-aided (maintained)", "Independent"],
    ["Salverley", "Ohel Torah Primary School\nRimon Primary School\nSalverley Jewish High School",
     "Menorat HaMaor Girls\u2019 School\nTalmud Torah Bnei Yehuda (boys, 5-13)"],
    ["Wexbridge", "Wexbridge Jewish Primary School\nBeit Hillel Primary School\nWexbridge Jewish Community High School",
     "Yeshivas Ohr Yisroel (boys, 11-16)\nBnos Tikvah Girls\u2019 High School\nGan Shalom Infants (independent)"],
], [Cm(2.6), Cm(7.0), Cm(6.8)])

# ---------------------------------------------------------------- SCHEDULE A
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
para([("SCHEDULES ADDED FOR THE TDA APPROVAL PANEL", "b")], align="c", size=12)
part_title("SCHEDULE A \u2013 THE COURSE")
sub_title("A1  What the course is for")
num(34, "The Certificate exists to make a difference to children and young people with special educational needs "
        "and disabilities in our schools: to their learning and progress, and equally to their being healthy and "
        "safe, enjoying school and the life of the community, making a contribution and being ready for adult "
        "life and work. It does this by developing the knowledge, skills and standing of the SENCO as the person "
        "who leads that work in the school. Every module is planned from that end: each school task begins from "
        "identified pupils and asks what changed for them, and the criteria for every assessed task include the "
        "effect of the participant\u2019s work on pupils\u2019 progress and well-being.")
sub_title("A2  The modules")
table([
    ["Module", "Content", "School-based work"],
    [[("Module 1 \u2013 The SENCO, the law and the school\n", "b"), ("20 credits. Autumn term.", "")],
     "The SEN framework: Part IV of the Education Act 1996, SENDA 2001 and the SEN Code of Practice 2001 (the "
     "graduated response, School Action and School Action Plus, statutory assessment, statements and annual "
     "reviews); the 2008 SENCO regulations; the Disability Discrimination Act as amended in 2005, the disability "
     "equality duty and accessibility plans; Every Child Matters and the Children Act 2004: the five outcomes and "
     "what a SENCO can do towards each; Removing Barriers to Achievement (2004) and the Lamb Inquiry into parental "
     "confidence (2008-09); what Ofsted found in Inclusion: Does it Matter Where Pupils are Taught? (2006). The voluntary-aided and independent school in law; the dual curriculum and SEN in "
     "Kodesh (Jewish studies) lessons. Writing for governors and for parents. Disability equality in practice "
     "(led by a disabled SENCO).",
     "Review of the school\u2019s SEN policy, accessibility plan and provision map; a paper to the governing body "
     "(Task 1)."],
    [[("Module 2 \u2013 Knowing the child\n", "b"), ("20 credits. Spring term.", "")],
     "The main areas of need: specific learning difficulties including dyslexia (with the Inclusion Development "
     "Programme materials), speech, language and communication needs (with the Bercow Review, 2008), autistic "
     "spectrum disorders, behavioural, emotional and social difficulties, moderate learning difficulties. "
     "Language or learning? Pupils whose first language is Yiddish, Hebrew or Russian. Identification: "
     "observation, screening, standardised tests; reading and using reports from educational psychologists, "
     "speech and language therapists and the sensory services. Targets and IEPs; tracking progress with P "
     "scales, teacher assessment and national test results. Assessment for learning in the SEN classroom. "
     "Approaches, resources and ICT, including assistive software; what research says works (Brooks, What Works "
     "for Pupils with Literacy Difficulties, 2007). Pupil voice.",
     "Case study of one pupil from identification to review (Task 2)."],
    [[("Module 3 \u2013 Leading provision\n", "b"), ("20 credits. Summer term.", "")],
     "Leading and managing teaching assistants; coaching and mentoring colleagues; observing lessons and giving "
     "feedback; planning and leading staff training. Provision mapping across the school and costing provision. "
     "Working with the headteacher and governors on inclusion policy and resources. Managing the SENCO\u2019s "
     "time. Working with parents (with Nesher Family Support). Multi-agency working: the Common Assessment "
     "Framework, team around the child, the local authority services, CAMHS and voluntary organisations. "
     "Evaluating provision with colleagues.",
     "A development led with colleagues, and a presentation of it (Task 3)."],
], [Cm(3.6), Cm(8.9), Cm(3.9)], size=9)
sub_title("A3  Sessions")
t = table([
    ["When", "Where", "What"],
    ["Salverley group", None, None],
    ["Sundays 13 Sep, 18 Oct, 15 Nov, 6 Dec 2009", "Carmel House", "Module 1"],
    ["Sundays 17 Jan, 7 Feb, 14 Mar 2010", "Carmel House", "Module 2"],
    ["Sunday 25 Apr 2010, and Sunday 13 Jun 2010 (presentations)", "Carmel House", "Module 3"],
    ["Wexbridge group", None, None],
    ["Mondays 14 Sep to 30 Nov 2009 (six twilights)", "Wexbridge campus", "Module 1"],
    ["Sunday 10 Jan 2010; Mondays 18 Jan to 8 Mar 2010 (five twilights)", "Wexbridge campus", "Module 2"],
    ["Mondays 19 Apr to 7 Jun 2010 (five twilights); Sunday 20 Jun 2010 (presentations)", "Wexbridge campus",
     "Module 3"],
], [Cm(8.4), Cm(3.4), Cm(4.6)])
merge_row(t, 1, "Salverley group")
merge_row(t, 5, "Wexbridge group")
num(35, "Each module also has an elective half-day, taken in either city: in Module 1 \u201cSEN in the Kodesh "
        "classroom\u201d or \u201cSEN in the early years\u201d; in Module 2 a choice of specialist workshop (dyslexia, "
        "autism, or speech and language); in Module 3 \u201cLeading a small school\u2019s SEN provision\u201d or "
        "\u201cLeading SEN in a secondary school\u201d.")
sub_title("A4  Between sessions and online")
num(36, "Each module has a site on Felsham Online, the University\u2019s learning website, with the session "
        "materials, readings, recorded short lectures and a discussion board for each group. After every "
        "session the group tutor posts a question arising from it; each participant posts a short reflection and "
        "replies to at least two others before the next session, and the tutor replies to the board at least "
        "twice a week. Participants can message their tutor through the site or by email and have a telephone or "
        "face-to-face tutorial every three weeks. Assessed work is submitted and returned through the site.")
num(37, "Some participants, particularly in our independent schools, do not use the internet, for reasons of "
        "conscience. They receive the same materials as a printed pack posted before each session, submit work "
        "on paper or by hand at Carmel House, and take part in a fortnightly telephone tutorial with their tutor "
        "and one or two other participants, in place of the discussion board. Their tutor summarises the board\u2019s "
        "main points for them each fortnight.")
sub_title("A5  Individual Learning Plans")
num(38, "Within three weeks of starting, each participant and their tutor agree an Individual Learning Plan (ILP) "
        "from the Starting Profile and the conversation in paragraph 17. The ILP records the outcomes on which the "
        "participant most needs to work, the participant\u2019s own goals and the school\u2019s priorities, the choice "
        "of electives, any directed study in place of sessions (paragraph 29) and the focus of the Task 3 "
        "development. Tutors look for evidence during Module 1 that the Starting Profile ratings are right, since "
        "teachers often rate what they knew some years ago, and amend the ILP with the participant. The ILP is "
        "reviewed at the end of each module.")
sub_title("A6  Practice in school and in other settings")
num(39, "All three tasks are carried out in the participant\u2019s own school, with the in-school mentor. In "
        "Module 3 participants are expected to spend a day in a special school or a specialist resource base and "
        "to write up what they learnt in their learning journal. They arrange the day themselves through their own "
        "school\u2019s links; the Board can supply a letter of introduction.")
sub_title("A7  Fees")
num(40, "The fee for 2009-10 is \u00a31,250 (the assessment-only route \u00a3650). For participants from maintained "
        "schools the fee is met from the national funding for the Award, which the local authorities administer. "
        "For independent schools the Board\u2019s Kehillah Fund pays half the fee for any school with fewer than 200 "
        "pupils. The course costs less than a University-run programme because the Board provides venues free, "
        "and the two groups share tutors, materials and the online site.")

# ---------------------------------------------------------------- SCHEDULE B
part_title("SCHEDULE B \u2013 PEOPLE, PARTNERS AND QUALITY")
sub_title("B1  Tutors")
table([
    ["Name and post", "Part in the course", "Background"],
    ["Mrs Shifra Kahan, Adviser for Inclusion, the Board",
     "Programme leader; Salverley group tutor; Module 3 leader",
     "SENCO for twelve years at Ohel Torah Primary; MA in Special and Inclusive Education (Felsham, 2004); "
     "Diploma in Specific Learning Difficulties; NPQH 2007"],
    ["Dr Alan Brereton, Senior Lecturer in Inclusive Education, University of Felsham",
     "Admissions tutor; Module 1 leader; second marker",
     "Former special school deputy head; PhD on local authority inclusion policy; currently researching "
     "parents\u2019 confidence in the SEN system"],
    ["Dr Daniel Eckstein, Senior Educational Psychologist, Salverley City Council",
     "Module 2 leader (identification and assessment)",
     "Educational psychologist since 1996; link EP for four of our schools; trains SENCOs for the authority"],
    ["Mrs Leah Moskovitz, Specialist Teacher, Wexbridge Communication and Autism Team",
     "Module 2 sessions on SLCN and autism; Yiddish-speaking pupils",
     "Speech and language background; Yiddish speaker; Masters in Autism (2006)"],
    ["Rabbi Yaakov Halpern",
     "Elective \u201cSEN in the Kodesh classroom\u201d",
     "Former head of Talmud Torah Bnei Yehuda; MA in Special and Inclusive Education (Felsham, 2006)"],
    ["Wexbridge group tutor", "Wexbridge group tutor; Module 1 and 3 sessions in Wexbridge",
     "Post advertised March 2009; to be appointed by the end of June 2009"],
], [Cm(4.8), Cm(4.8), Cm(6.8)], size=9)
num(41, "Tutors attend the University\u2019s two professional update days each year, and each tutor keeps a record of "
        "reading and practice in schools that the programme leader reviews each summer.")
sub_title("B2  Specialist expertise and partners")
para("Beyond the tutors, participants meet and learn from: educational psychologists and specialist teachers "
     "from both authorities; a speech and language therapist from the Wexbridge NHS trust; the Salverley CAMHS "
     "primary mental health worker; the two authorities\u2019 SEN casework officers (statutory assessment); "
     "Nesher Family Support, the community\u2019s charity for families of children with SEN, whose family "
     "support worker, Mrs Tova Grunwald, and two parents lead the session on working with parents; and the "
     "SENCOs of the Salverley and Wexbridge special schools, who each lead a Module 3 session.")
sub_title("B3  Resources")
para("Participants have full access to the University library, its electronic journals and Felsham Online. The "
     "Board\u2019s SEN collection at Carmel House (about 900 books, a set of standardised tests that participants "
     "may use under supervision, and assistive software including Clicker 5, Read&Write and a Dragon "
     "speech-recognition laptop) is open on Sundays and on Monday and Wednesday evenings. The Board lends "
     "participants who need one a laptop with the assistive software installed for the length of the course.")
sub_title("B4  Mentors")
para("Each participant\u2019s in-school mentor (normally the headteacher or a deputy) receives the Mentor Guide, "
     "which sets out what we ask the mentor to do: meet the participant each half term, agree the Task 3 "
     "development, and sign the participant\u2019s record of school-based work.")
sub_title("B5  Marking and moderation")
para("Each task is marked by the group tutor against the published criteria for the task. At least a quarter of "
     "scripts from each group, and every script provisionally failed or awarded a distinction, are second-marked "
     "by University staff. Before marks are released the tutors of both groups meet with Dr Brereton to mark "
     "three common scripts and agree standards. Marks are confirmed by the University\u2019s Board of Examiners. "
     "The external examiner, Dr Gwen Aspinall of Tarrant University, sees a sample from each task and attends "
     "the Task 3 presentations in one city each year.")
sub_title("B6  Evaluation")
para("Participants complete a short evaluation at the end of each session and a fuller questionnaire at the end "
     "of each module. Tutors write a brief reflection on each module. The external examiner\u2019s report and the "
     "University\u2019s annual monitoring of the programme give an outside view. The Programme Committee (the "
     "programme leader, Dr Brereton and the group tutors) meets after each "
     "module to consider this evidence and record changes; changes are posted on Felsham Online as "
     "\u201cYou said, we did\u201d, and the annual monitoring report to the University carries an action plan for "
     "the next year.")
para("At the end of the course participants complete the Starting Profile again, and we compare the two to see "
     "how their confidence has changed against each outcome; tutors\u2019 marks against the outcomes show their "
     "competence. We do not at present collect information about pupils\u2019 progress for the evaluation of the "
     "course itself; the Steering Group has asked us to look at this for 2010-11.")
sub_title("B7  The Steering Group")
para("A Steering Group oversees the partnership: two headteachers of voluntary-aided schools, one of an "
     "independent school, the SEN managers of both local authorities, Nesher Family Support and Dr Brereton, "
     "chaired by the Director of Education. It meets each term and receives the Programme Committee\u2019s reports "
     "and the external examiner\u2019s report for information. The Steering Group is not asked to evaluate the "
     "course; that is the Programme Committee\u2019s job. Its members contribute to the course directly: the "
     "authorities\u2019 officers teach sessions, the heads act as mentors, Nesher leads a session and the special "
     "school SENCOs teach in Module 3.")

# ---------------------------------------------------------------- SCHEDULE C
part_title("SCHEDULE C \u2013 ASSESSMENT AND THE NATIONAL OUTCOMES")
sub_title("C1  The award")
para("The University awards the Certificate to a participant who passes all three tasks (40% is the pass mark "
     "at this level) and attends at least 80% of sessions, or who has been exempted from a module under Part 8. "
     "Each task is marked against the national outcomes listed for it in Table C2, and a task is passed only if "
     "the marker records that each of those outcomes has been shown. Every national outcome is assessed in at "
     "least one of the three tasks.")
sub_title("C2  The assessed tasks (Table C2)")
table([
    ["Task", "What is submitted", "National outcomes the marker records for this task"],
    ["Task 1 (Module 1)",
     "A review of the school\u2019s SEN policy, accessibility plan and provision map against the law and the Code "
     "(3,000 words), and a paper to the governing body with recommendations (1,000 words).",
     "Knowing SEN law and the Code of Practice and how to put them into practice; Every Child Matters and the "
     "SENCO\u2019s part in it; disability equality law and the actions it requires; shaping inclusive policy, "
     "priorities and resources with senior staff and governors; provision mapping and finding ineffective or "
     "missing provision; writing clearly for different readers."],
    ["Task 2 (Module 2)",
     "A case study of one pupil with SEN from identification to review (4,000 words), with a 1,500-word "
     "commentary on three areas of need other than the pupil\u2019s.",
     "Identifying the pupil, setting targets, planning the intervention and reviewing progress; using the "
     "assessments of other professionals; the participant\u2019s relationship with the pupil and the family; "
     "working with the parents; working with other services and voluntary organisations; how the pupil\u2019s "
     "development has been affected by their needs and surroundings; the main areas of need and how they "
     "affect learning (commentary); a critical view of the approaches, resources and ICT used; using research "
     "and outside advice; what research says works."],
    ["Task 3 (Module 3)",
     "A development led with colleagues (for example a change in how teaching assistants are deployed, or "
     "coaching colleagues in assessment for learning with pupils with SEN), written up in 3,000 words and "
     "presented to the group and the headteacher in 20 minutes, followed by questions.",
     "Gaining the commitment of colleagues, including the headteacher; deploying and managing staff; supporting "
     "colleagues\u2019 professional development through observation, coaching, modelling or training; encouraging "
     "colleagues to use formative assessment with pupils with SEN; speaking clearly and listening to others "
     "(presentation and questions)."],
], [Cm(2.6), Cm(5.6), Cm(8.2)], size=9)
para("Each participant also keeps a learning journal throughout the course, recording their reading, what they "
     "try in school and their plans for their own development. The journal is discussed at tutorials but is not "
     "marked.")
sub_title("C3  Where the outcomes are developed (Table C3)")
table([
    ["Module", "Outcomes developed in sessions and school-based work"],
    ["Module 1", "SEN law and the Code of Practice; Every Child Matters; disability equality law; working with "
                 "senior staff and governors on policy and resources; provision mapping; writing clearly."],
    ["Module 2", "Identification, targets, interventions and review; other professionals\u2019 assessments; "
                 "tracking progress with summative data and national tests; assessment for learning; the main "
                 "areas of need; approaches, resources and ICT; research on what works; "
                 "pupil voice; relationships with pupils and families."],
    ["Module 3", "Gaining colleagues\u2019 commitment; deploying and managing staff; coaching, observation and "
                 "training; managing time, priorities and delegation; working with parents; outside agencies and "
                 "how to get specialist help; working with other services and voluntary organisations; reviewing "
                 "with colleagues how well provision is working; speaking and listening."],
    ["Throughout", "Using research and outside advice; keeping up to date and planning one\u2019s own development "
                   "(learning journal)."],
], [Cm(2.6), Cm(13.8)], size=9)
para("Arrangements for national tests and examinations (access arrangements) are not part of the Certificate: "
     "in our schools they are the responsibility of the examinations officer or, in primary schools, the "
     "assessment coordinator. SENCOs may attend the local authorities\u2019 annual briefing on them.")

# ---------------------------------------------------------------- SCHEDULE D
part_title("SCHEDULE D \u2013 WHAT SCHOOLS AND FAMILIES TOLD US")
para("In November 2008 we sent a questionnaire to the headteacher and SENCO of every school in Annex 1 (replies "
     "from ten of eleven heads and fourteen SENCOs and assistant SENCOs), discussed the draft arrangements with "
     "the SEN teams of both authorities, and held an evening meeting with Nesher Family Support\u2019s parents\u2019 "
     "group on 25 November 2008 (22 parents). The table shows the main points and what we did.")
table([
    ["What we heard", "What we changed"],
    ["Heads of voluntary-aided schools can release a SENCO for no more than four school days a year.",
     "Sunday study days in Salverley and twilight sessions in Wexbridge (paragraph 7)."],
    ["Three independent schools teach on Sunday mornings; some staff do not use the internet.",
     "A weekday twilight pattern in Wexbridge; printed packs and telephone tutorials (paragraph 37)."],
    ["SENCOs in the boys\u2019 schools said many pupils learn in Yiddish for half the day, and English-language "
     "tests can mislead.", "A Module 2 session on language and learning led by Mrs Moskovitz."],
    ["Parents said they are often the last to hear about plans, and that families fear the stigma of outside "
     "agencies.", "A Module 3 session led by Nesher and parents; working with the family is assessed in Task 2."],
    ["Local authority officers asked that SENCOs understand statutory assessment and the authorities\u2019 "
     "provision-mapping template.", "Statutory assessment in Module 1; the authorities\u2019 template used in Task 1."],
    ["Heads asked for help with managing teaching assistants.", "Module 3 sessions; Task 3 option."],
    ["Independent school heads asked for a route for SENCOs without QTS.", "Paragraph 11."],
], [Cm(8.2), Cm(8.2)], size=9)
num(42, "Copies of the questionnaire, a summary of the replies and the notes of the parents\u2019 meeting are "
        "available from the Board on request.")
num(43, "Two former members of the Foundation Course took part in planning the electives.")
sub_title("After the Certificate")
num(44, "We would like to offer those who complete the Certificate a follow-on network, and we hope to discuss "
        "with heads how the course could feed into SENCOs\u2019 performance management objectives. We have not yet "
        "settled how this would work.")

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
