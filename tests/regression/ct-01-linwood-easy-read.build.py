"""Build ct-01-linwood-easy-read.docx: the Linwood Partnership's application in an Easy Read
parallel edition (invented provider).

Provider: the Linwood Partnership, a partnership of three bodies: the Linwood
Trust (an invented national charity for disabled children and young people
with communication difficulties, with a training arm and a Communication Aids
Centre in Ostervale), Bramblehurst School (an invented special school for
pupils aged 3-19 with severe and complex learning difficulties) and the
University of Ostervale, Faculty of Education, which validated the programme
and confers the award. Programme: Postgraduate Certificate in Special
Educational Needs Coordination (National Award), three 20-credit Level 7
units LNW701-LNW703. Dated March 2009; 2008-era vocabulary (CRB, DDA and the
Disability Equality Duty, SEN Code of Practice 2001, ECM, Bercow Review 2008).

Voice: a user-led charity's plain English. Each part opens with short Easy
Read sentences ("You can ...", "We will ...") and then gives "The full
detail" in direct first-person-plural prose with some long paragraphs.

Layout (a kind of document not in the earlier sets: an accessible "Easy Read"
parallel edition, which the charity uses for all its public documents):
- Cover with a "How to read this document" box (shaded one-cell table).
- Eleven parts, each a Heading 1 with a plain title and no criterion number
  ("Part 3: Who can join"). The parts follow the charity's own order, not the
  specification's.
- In each part an "In short" panel: a borderless two-column table, a small
  pictogram (inline PNG with neutral alt text) in the left cell and one to
  three short sentences in 14 pt in the right, key words in bold.
- "Hard words" boxes (shaded one-cell tables) that define terms.
- "The full detail" (Heading 2) in ordinary prose, with two ordinary tables
  (the units; what stakeholders told us and what changed) and a staff table.
- Quotations from members of the Young Voices panel in shaded boxes.
- "Part 10: What we cannot do yet": a list of negations and hopes.
- "Part 11: What you will learn and how we check it": the national minimum
  outcomes rewritten as first-person "I can ..." / "I know ..." statements in
  a four-column table with merged group rows (How I work with people / What
  I know / What I can do) and a key of symbols: a tick (marked, counts toward
  the award), a pencil (practice task, tutor comments only, does not count),
  blank or a dash (nothing). The outcomes are never given codes.
- Page header and footer (never evidence).

Traps and the requirement ids they affect:
- 1.1 partially_met: the aims are all about well-being, rights and belonging
  ("happy, safe and included"); raising achievement is never an aim and only
  three of the five ECM outcomes are named in the aims.
- 1.3 partially_met: research is the Trust's own study and the Bercow Review;
  no inspection evidence anywhere. The Easy Read line "We use the newest
  ideas" adds nothing.
- 1.5 met (not a trap): the Young Voices session plus gathering the case-study
  pupil's views, which Task 2 marks.
- 2.1 partially_met: only certificated Level 7 credit; "We cannot give credit
  for experience alone". The Hard words box defines APL generously, but a
  definition is not an arrangement.
- 2.3 not_met: the Hard words box in Part 3 defines an assessment-only route
  (a definition, not an offer); Part 10 says "We do not have an
  assessment-only route", that "Some universities have one" (other
  providers) and that the Partnership hopes to start one in 2010 (aspiration).
- 2.5 partially_met: the final study day only gives information about the MA
  and other courses; no target setting, no planning tool, no link to the
  participant's line manager.
- 3.3 partially_met: online units with a peer forum, but "tutors do not read
  or reply to posts" and questions wait for the next study day; nothing on
  ICT for communication with schools.
- 4.3 partially_met: parents and young people co-teach and sit on the Task 3
  presentation panel (other aspects), but evaluation by stakeholders is only
  wished for (Part 7 and Part 10); local authority officers only "receive a
  copy" of the annual report.
- 5.2 partially_met: entry conditions (QTS, role, head's support) but "We do
  not set an entry test or interview" and no check of readiness, no guidance
  for those not ready.
- 5.3 not_met: enhanced CRB disclosures are held by tutors, Young Voices
  facilitators and parent tutors (wrong people); for participants "we rely on
  their employers' checks" and Part 10 repeats "We do not check your CRB".
  The Hard words box defines a CRB check (definition only).
- 5.7 partially_met: tutors have a handbook, a tutor day and pairing; school
  mentors are only named by the head, with nothing on how they learn their
  role.
- 5.9 partially_met: repeat self-audit and confidence ratings measure
  participants; effect on pupils only wished for.
- 6.0 partially_met and 1.9 partially_met: the award rule is "pass all three
  marked tasks", and Part 11 claims "Every national outcome has a row in this
  table" although three outcomes have no row and several are pencil or blank.
- Outcomes in Part 11:
  met (where learnt AND a tick): A1, A2, A4, A5 (speaking-up session;
  presentation marked for clear speech and listening, writing marked in all
  tasks), K1, K3, K5, K6, K8, K9, S1, S2, S2a, S3, S6, S7, S8, S9.
  partially_met: A3, A7, S5 (pencil: practice only, formative); A6, K2, K4,
  S2d (taught in a unit, "Checked" column a dash); S2b (ticked for Task 2 but
  the "Where I learn it" cell is a dash and no unit teaches tracking with
  summative data: assessed, not developed).
  not_met: K7 (no row; "self-evaluation" occurs only in the Hard words box
  and in the Partnership Board's own self-evaluation of the programme, the
  wrong context); S2c (no row, nowhere); S4 (no row; Part 10 "We do not teach
  how to manage teaching assistants and other support staff").
- Met arrangements written plainly or in Easy Read style: E.1, E.2, 1.2, 1.4,
  1.6, 1.7, 1.8, 2.2, 2.4, 3.1, 3.2, 4.1, 4.2, 5.1, 5.4, 5.5, 5.6, 5.8.
- Header ("accessible edition") and footer (alternative formats, page
  number) carry no evidence.
"""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("ct-01-linwood-easy-read.docx")


# ---------------------------------------------------------------- pictograms
def _png(width, height, rows):
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def icon_png(colour, motif, size=96):
    r0 = size / 2
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            dx, dy = x - r0 + 0.5, y - r0 + 0.5
            d2 = dx * dx + dy * dy
            if d2 > r0 * r0:
                row += bytes((255, 255, 255, 0))
                continue
            if motif == "dot":
                white = d2 < (size * 0.18) ** 2
            elif motif == "ring":
                white = (size * 0.2) ** 2 < d2 < (size * 0.3) ** 2
            elif motif == "bar":
                white = abs(dy) < size * 0.08 and abs(dx) < size * 0.3
            elif motif == "plus":
                white = ((abs(dy) < size * 0.07 and abs(dx) < size * 0.28)
                         or (abs(dx) < size * 0.07 and abs(dy) < size * 0.28))
            else:  # "two": two heads and a shared line
                a = (dx + size * 0.15) ** 2 + (dy + size * 0.05) ** 2
                b = (dx - size * 0.15) ** 2 + (dy + size * 0.05) ** 2
                white = (a < (size * 0.11) ** 2 or b < (size * 0.11) ** 2
                         or (abs(dy - size * 0.2) < size * 0.06 and abs(dx) < size * 0.3))
            row += bytes((255, 255, 255, 255)) if white else bytes((*colour, 255))
        rows.append(bytes(row))
    return _png(size, size, rows)


ICONS = {
    "people": ((46, 117, 182), "two"),
    "school": ((112, 48, 160), "bar"),
    "law": ((191, 144, 0), "ring"),
    "idea": ((84, 130, 53), "dot"),
    "help": ((197, 90, 17), "plus"),
    "check": ((31, 78, 121), "ring"),
    "no": ((192, 0, 0), "bar"),
    "talk": ((0, 112, 192), "two"),
    "book": ((127, 96, 0), "bar"),
    "next": ((84, 130, 53), "plus"),
}
_icon_cache = {}

# ---------------------------------------------------------------- document
doc = Document()
doc.core_properties.author = "Nia Pembridge"
doc.core_properties.title = "The Linwood Partnership - application for approval (accessible edition)"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(12)
for lvl, size in ((1, 20), (2, 14)):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Arial"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

_pic_id = [200]


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def box_borders(table, colour="1F4E79", size=12):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>'
                  for s in ("top", "left", "bottom", "right"))
        + "</w:tblBorders>"))


def grid_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def add_rich(par, text, size=None, italic=False):
    """Add text to a paragraph; **...** marks bold key words."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = par.add_run(part)
        r.bold = bool(i % 2)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return par


def p(text="", size=None, italic=False, align=None, space_after=None):
    par = doc.add_paragraph()
    add_rich(par, text, size=size, italic=italic)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def in_short(rows):
    """The Easy Read panel: pictogram left, short sentences right, no borders."""
    h2("In short")
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for key, alt, sentences in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(2.6)
        cells[1].width = Cm(13.4)
        colour, motif = ICONS[key]
        data = _icon_cache.setdefault(key, icon_png(colour, motif))
        run = cells[0].paragraphs[0].add_run()
        shape = run.add_picture(io.BytesIO(data), width=Cm(1.9))
        _pic_id[0] += 1
        docpr = shape._inline.docPr
        docpr.set("descr", alt)
        docpr.set("name", f"Picture {_pic_id[0]}")
        first = True
        for s in sentences:
            par = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            add_rich(par, s, size=14)
            par.paragraph_format.space_after = Pt(4)
    doc.add_paragraph()
    return t


def hard_words(pairs):
    t = doc.add_table(rows=1, cols=1)
    box_borders(t, "BF9000", 8)
    c = t.rows[0].cells[0]
    shade(c, "FFF2CC")
    add_rich(c.paragraphs[0], "**Hard words**", size=13)
    for word, meaning in pairs:
        par = c.add_paragraph()
        add_rich(par, f"**{word}** \u2013 {meaning}", size=12)
    doc.add_paragraph()


def quote_box(text, who):
    t = doc.add_table(rows=1, cols=1)
    box_borders(t, "2E75B6", 8)
    c = t.rows[0].cells[0]
    shade(c, "DEEAF6")
    add_rich(c.paragraphs[0], f"\u201c{text}\u201d", size=14, italic=True)
    par = c.add_paragraph()
    add_rich(par, who, size=11)
    doc.add_paragraph()


def simple_table(header, rows, widths=None, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    grid_borders(t)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        add_rich(c.paragraphs[0], f"**{h}**", size=11)
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            first = True
            for line in val.split("\n"):
                par = cells[i].paragraphs[0] if first else cells[i].add_paragraph()
                first = False
                add_rich(par, line, size=10.5)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "The Linwood Partnership \u00b7 Application to the TDA \u00b7 Accessible edition (Easy Read with full detail)"
hp.runs[0].font.size = Pt(9)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Easy Read pages checked by the Linwood Young Voices panel. This document is also "
               "available in large print, Braille and audio.   Page ")
r.font.size = Pt(9)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover
p("**The Linwood Partnership**", size=26, align="c")
p("Linwood Trust \u00b7 Bramblehurst School \u00b7 University of Ostervale", size=14, align="c")
p("")
p("**Our application to the Training and Development Agency for Schools to run the National Award "
  "for Special Educational Needs Coordinators**", size=16, align="c")
p("Postgraduate Certificate in Special Educational Needs Coordination (National Award)", size=14,
  align="c", italic=True)
p("March 2009", size=14, align="c")
p("")
t = doc.add_table(rows=1, cols=1)
box_borders(t)
c = t.rows[0].cells[0]
shade(c, "F2F2F2")
add_rich(c.paragraphs[0], "**How to read this document**", size=14)
for line in (
    "The Linwood Trust writes all its public papers so that disabled people can read them. "
    "This application is no different.",
    "Each part starts with **In short**. This uses short sentences and pictures.",
    "Then comes **The full detail**. This is for readers who want to know exactly how the course works.",
    "Words that may be hard are explained in the yellow **Hard words** boxes.",
    "Part 11 shows everything a SENCO will learn on the course and how we check it.",
):
    par = c.add_paragraph()
    add_rich(par, line, size=13)
doc.add_paragraph()

# ---------------------------------------------------------------- Part 1
h1("Part 1: Who we are")
in_short([
    ("people", "Picture of three people holding hands",
     ["We are the **Linwood Partnership**.", "We are **three organisations** working together."]),
    ("help", "Picture of a helping hand",
     ["The **Linwood Trust** is a charity. It works with **disabled children and young people** "
      "and their families."]),
    ("school", "Picture of a school building",
     ["**Bramblehurst School** is a special school in Ostervale."]),
    ("book", "Picture of a certificate",
     ["The **University of Ostervale** has checked our course. The University gives the award.",
      "The award is a **Postgraduate Certificate**. It is worth **60 credits** at **Level 7**. "
      "Level 7 is **masters level**."]),
])
hard_words([
    ("Credits", "a way of counting how big a course is. 60 credits is about one year of part-time study."),
    ("Level 7", "the level of a masters degree."),
    ("Validation", "when a university checks a course carefully and agrees that it can lead to one of "
                   "its awards."),
])
h2("The full detail")
p("The Linwood Partnership brings together three organisations that have worked side by side in "
  "Ostervale for more than ten years. The Linwood Trust is a national charity for disabled children and "
  "young people who have difficulties with communication. It runs the Linwood Communication Aids Centre, "
  "a family support service, and a training department that has delivered short courses for teachers and "
  "teaching assistants since 2001. Bramblehurst School is a maintained special school for 164 pupils aged "
  "3 to 19 with severe and complex learning difficulties; it has a training centre on its site and an "
  "outreach team that works in 40 mainstream schools. The Faculty of Education of the University of "
  "Ostervale runs the Partnership\u2019s academic side and is the awarding body.")
p("The programme was validated by the University at an event on 4 February 2009. The validation panel "
  "included a member from another university and a headteacher from outside Ostervale, and it approved "
  "the programme without conditions. The award is the University of Ostervale Postgraduate Certificate in "
  "Special Educational Needs Coordination (National Award), 60 credits at Level 7 of the Framework for "
  "Higher Education Qualifications, made up of three 20-credit units: LNW701 Children, rights and the law; "
  "LNW702 Listening, planning and teaching; and LNW703 Leading change in your school. The programme runs "
  "under the University\u2019s Regulations for Taught Postgraduate Awards, and its Assessment Board confers "
  "the award. The 60 credits can be counted towards the University\u2019s MA Inclusive Education.")
quote_box("Ask me. Don\u2019t ask the person standing next to me.",
          "Kayleigh, 16, member of the Linwood Young Voices panel")
p("**Our promises.** We believe that every disabled child has the right to be heard, to learn alongside "
  "friends and to be safe and happy at school. We believe SENCOs change lives. We promise to treat every "
  "participant with respect and to practise what we teach.")

# ---------------------------------------------------------------- Part 2
h1("Part 2: What the course is for")
in_short([
    ("school", "Picture of a teacher with a group of children",
     ["The course is for teachers who **lead the SEN work** in a school.",
      "This teacher is called the **SENCO**."]),
    ("help", "Picture of a smiling child",
     ["We want disabled children and children with SEN to be **happy, safe and included** at school."]),
    ("law", "Picture of a book of laws",
     ["You will learn about the **laws** that protect children\u2019s rights."]),
    ("idea", "Picture of a light bulb",
     ["We use the **newest ideas** about disability."]),
])
h2("The full detail")
p("The programme has three aims. The first is to help SENCOs secure the rights and the well-being of "
  "disabled children and children with special educational needs in their schools, so that those children "
  "are healthy, stay safe and make a positive contribution to the life of their school and community. The "
  "second is to make SENCOs expert listeners, who find out what a child thinks and feels and act on it. "
  "The third is to help SENCOs lead schools in which disabled pupils belong: where they are welcomed, have "
  "friends and take part in everything the school offers. These aims run through every unit. In each "
  "marked task the participant must say what difference the work made to the well-being of the pupils "
  "concerned, and the case study in Unit 2 ends with a section on how the pupil\u2019s experience of school "
  "changed.")
p("Unit 1 gives participants a working understanding of the law and of government policy: Part IV of "
  "the Education Act 1996, the Special Educational Needs and Disability Act 2001, the SEN Code of Practice "
  "(2001), the Disability Discrimination Act 1995 as amended in 2005, with the Disability Equality Duty "
  "and accessibility planning, the Children Act 2004, Every Child Matters, Removing Barriers to Achievement "
  "(2004), the Inclusion Development Programme and the Education (Special Educational Needs Co-ordinators) "
  "(England) Regulations 2008. Participants read each of these with their own school in mind and bring "
  "their school\u2019s SEN policy and accessibility plan to the first study day.")
p("The course draws on the Trust\u2019s own research, especially our 2007 study of how 140 young people who "
  "use communication aids experience secondary school, and on the Bercow Review of services for children "
  "and young people with speech, language and communication needs (2008). Both are set reading for "
  "Unit 2.")

# ---------------------------------------------------------------- Part 3
h1("Part 3: Who can join")
in_short([
    ("check", "Picture of a list with ticks",
     ["You can join if:", "you are a **qualified teacher**;",
      "you are a **SENCO**, or you will be one soon;", "your **head teacher** says yes."]),
    ("help", "Picture of a person using a wheelchair at a table",
     ["Tell us if you are **disabled** or need things done differently.",
      "We will **change things** so that you can take part."]),
    ("book", "Picture of a certificate",
     ["Did you study at **masters level** before? We may **count** some of it."]),
    ("talk", "Picture of two people talking",
     ["Before the course starts you fill in a **\u201cWhere am I now?\u201d** form.",
      "Then you **meet your tutor**. Together you write **your own plan**."]),
])
hard_words([
    ("APL (accreditation of prior learning)", "when a university gives you credit for learning you did "
     "before, so you do not have to do it again."),
    ("Assessment-only route", "when a teacher who already knows and can do everything on a course is "
     "tested without doing the course."),
    ("CRB check", "a check of police records, for people who work with children."),
    ("Reasonable adjustment", "a change that makes sure a disabled person is not left out or put at a "
     "disadvantage."),
])
h2("The full detail")
p("**Entry.** Applicants must hold Qualified Teacher Status, be in post as SENCO or be designated to take "
  "up the role within twelve months, and send a form signed by their headteacher agreeing to release "
  "them for study days and placement days. We do not set an entry test or interview: anyone who meets "
  "these three conditions is offered a place, in the order in which applications arrive, until the group "
  "of 18 is full.")
p("**Safeguarding.** Safeguarding runs through everything the Trust does. Every tutor, every Young Voices "
  "facilitator and every parent tutor holds an enhanced CRB disclosure, renewed every three years and "
  "recorded on the Trust\u2019s single central record. Participants are serving teachers, and we rely on "
  "their employers\u2019 checks.")
p("**Disabled applicants and equality.** As a charity led by disabled people we try to get this right "
  "from the first contact. The leaflet and application form come in standard print, large print, Easy "
  "Read and audio, and can be completed by telephone with a member of staff. The form asks every "
  "applicant whether they are disabled or have a long-term condition, explains in plain words why we ask "
  "(so that we can plan adjustments before the course starts, not after a problem arises) and says who "
  "will see the answer. We ask the question again, privately, at the first tutor meeting, because many "
  "people do not disclose on a form. Each disabled participant then has an access conversation with the "
  "programme administrator and agrees a written access plan, which the participant holds and can change "
  "at any time. Adjustments we have made on our short courses, and will make on this programme, include "
  "British Sign Language interpreters and electronic note-takers, papers sent a week in advance and on "
  "coloured paper, rest breaks, a quiet room, extra time for marked tasks, and a Task 3 presentation given "
  "in BSL or with a communication aid. All study-day venues are step-free and have hearing loops, and the "
  "Bramblehurst placement days are planned with each participant so that nothing in them is out of reach. "
  "Tutors are told about an adjustment only with the participant\u2019s agreement, and nobody is asked to "
  "explain a disability in front of the group. We monitor applications, completions and results by "
  "disability and by ethnic group, report them to the Partnership Board each year under the Trust\u2019s "
  "Disability Equality Scheme and Race Equality Policy, and act on any gap we find. Four of our tutors "
  "and all the Young Voices facilitators are disabled people, and participants meet them as experts, not "
  "as case studies.")
p("**Prior learning.** Participants who have passed a Level 7 module in special educational needs or "
  "inclusion within the last five years can ask the University to count it, up to 20 credits, against "
  "Unit 1 or Unit 2. We cannot give credit for experience alone, however long: the University\u2019s rules "
  "for this award allow credit only for certificated learning.")
p("**Your own plan.** Before the first study day every participant completes the \u201cWhere am I "
  "now?\u201d self-audit. It is built from the national minimum outcomes: each \u201cI can\u201d statement in "
  "Part 11 is rated from 1 (new to me) to 4 (I do this well and could show you), with an example from the "
  "participant\u2019s own work for any rating of 3 or 4. The participant then meets their tutor for an hour, "
  "at school or at the Trust. The tutor looks at the examples, asks questions, and points out where "
  "knowledge may be out of date \u2013 for instance on the 2008 regulations or the Disability Equality Duty. "
  "Together they write a Personal Learning Plan: the participant\u2019s own set of outcomes to work on "
  "hardest (\u201cmy outcomes\u201d), the specialist strand they will follow, the optional workshops they "
  "will attend and the practice tasks that suit them. The plan is reviewed at the mid-point tutorial and "
  "at the end of each unit.")

# ---------------------------------------------------------------- Part 4
h1("Part 4: How the course works")
in_short([
    ("book", "Picture of three books",
     ["The course has **3 units**.", "Each unit has **study days** and **online work**."]),
    ("next", "Picture of a calendar",
     ["You can start in **September** or in **January**.",
      "You can do Unit 1 and Unit 2 in **either order**."]),
    ("talk", "Picture of a computer screen with speech bubbles",
     ["Online, you can **talk to other teachers** on the course."]),
    ("school", "Picture of a school building",
     ["You spend **2 days at Bramblehurst School** and **1 day** at our **Communication Aids Centre**."]),
    ("people", "Picture of a young person and a parent",
     ["**Young people** and **parents** help to teach some sessions."]),
])
hard_words([
    ("Blended learning", "learning that mixes study days with work you do on a computer at home."),
    ("Provision map", "a chart that shows all the extra help a school gives, who gets it and what it costs."),
    ("Talking Mats", "a way of finding out what a person thinks using picture symbols on a mat."),
])
h2("The full detail")
p("The three units and what they cover are set out below.")
simple_table(
    ["Unit", "Study days and online units", "What it covers"],
    [
        ["LNW701 Children, rights and the law (20 credits)",
         "3 study days\n3 online units",
         "The SEN framework and the Code of Practice, and what they mean for the school, the SENCO and "
         "others in practice; disability equality law, the Disability Equality Duty and accessibility "
         "planning; Every Child Matters, its five outcomes and the Common Assessment Framework; how "
         "children develop (thinking, language, social and emotional development) and how SEN, disability "
         "and the environment for learning affect development; the common types of need: behavioural, "
         "emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
         "language and communication needs, autistic spectrum disorders and moderate learning "
         "difficulties."],
        ["LNW702 Listening, planning and teaching (20 credits)",
         "4 study days\n3 online units",
         "Identifying pupils who may have SEN or disabilities through observation, data and assessment; "
         "setting challenging targets, planning interventions and reviewing progress; using reports from "
         "educational psychologists, speech and language therapists and occupational therapists; "
         "consulting children and young people (taught by Young Voices); \u201cSpeaking up and "
         "listening\u201d; working with parents and carers (taught with Ostervale Parents Together); "
         "approaches, resources and ICT, including communication aids, for removing barriers to learning; "
         "session 6: access arrangements for national tests and examinations; a specialist strand in "
         "communication or in behaviour."],
        ["LNW703 Leading change in your school (20 credits)",
         "3 study days\n2 online units",
         "Working with the headteacher, senior leaders and governors on inclusive policy, priorities and "
         "the use of resources; winning colleagues\u2019 commitment; seeing problems coming and making "
         "sound decisions about provision (case discussions); provision mapping and finding provision "
         "that is missing or not working; reviewing provision with colleagues and feeding the findings "
         "into the school improvement plan; coaching and mentoring colleagues, observation and feedback, "
         "leading staff training; working with outside agencies and voluntary organisations; reading "
         "circles on research and best practice; managing time and delegating."],
    ],
    widths=[4.0, 3.0, 9.0],
)
p("**Flexible routes.** There are two starting points each year, in September and in January. Units 1 "
  "and 2 can be taken in either order; Unit 3 comes last because it builds on both. Every study day runs "
  "twice, on a Thursday and again on the following Saturday, and participants choose which to attend. "
  "Most people finish in twelve to fifteen months; anyone may take up to two years, and a participant who "
  "needs to stop for a term (for illness, a new baby or an Ofsted inspection) can rejoin the next group "
  "without losing credit. The course is part time and blended: study days for the taught content, online "
  "units for reading and preparation.")
p("**The online units.** Each unit has two or three online units on Linwood Learn, the Trust\u2019s "
  "learning website: short recorded lectures, set readings and a quiz. Each online unit has a discussion "
  "forum where participants talk to one another and share resources. The forums are for participants: "
  "tutors do not read or reply to posts, and questions for tutors are collected and answered at the next "
  "study day.")
p("**Links with schools.** Every study day ends with a \u201cMonday morning task\u201d to be done in the "
  "participant\u2019s own school before the next study day \u2013 for instance mapping the school\u2019s "
  "provision for pupils with speech and language needs, or interviewing a pupil about what helps in "
  "lessons \u2013 and each task names the \u201cI can\u201d statements in Part 11 it works towards. The Unit "
  "3 change project is carried out in the participant\u2019s own school.")
p("**Placements and specialists.** Each participant spends two placement days at Bramblehurst School, "
  "shadowing the SENCO and a class team, joining an annual review and seeing communication aids in daily "
  "use, and one day at the Linwood Communication Aids Centre with its assessment team. Participants who "
  "already work in a special school are placed instead for two days in the resource base at Kelthorpe "
  "Primary School, a mainstream school. Educational psychologists, speech and language therapists and an "
  "occupational therapist from Ostervale\u2019s services teach in Unit 2, and the Trust\u2019s family support "
  "workers and Young Voices facilitators teach alongside the tutors.")
p("**Working with colleagues, pupils and parents.** Advising and supporting colleagues is practised in "
  "coaching trios on every Unit 3 study day and in the school, where each participant coaches a colleague "
  "through one cycle. Beyond the school, each participant belongs to a learning set of five SENCOs from "
  "different schools, which meets each half-term, and Unit 2 brings participants together with the "
  "agencies they will work with. Consulting children and young people is taught by the Young Voices "
  "panel, young disabled people aged 13 to 24, who show participants how to use Talking Mats, symbol "
  "questionnaires and person-centred reviews with pupils who do not use speech; each participant then "
  "gathers the views of the pupil in their case study in a way that suits that pupil, and Task 2 is "
  "marked on how well this was done and used. Ostervale Parents Together co-teach two sessions on "
  "working in partnership with parents and carers, and each participant plans and holds a meeting with "
  "the parents of their case-study pupil.")
p("**Matching the course to each person.** Everything above is shaped by the Personal Learning Plan: "
  "participants choose their strand, two of four optional workshops and the order of Units 1 and 2, and "
  "each has three individual tutorials. Groups are never larger than 18. The fee is \u00a31,180 for the "
  "whole award; the Trust offers bursaries to schools with fewer than 150 pupils, and sharing Bramblehurst"
  "\u2019s training centre and the Trust\u2019s online site keeps the cost well below that of our previous "
  "short courses per hour of tuition. The units are ordered so that participants build up from knowledge "
  "(Unit 1) to practice with individual pupils (Unit 2) to leading change across the school (Unit 3).")

# ---------------------------------------------------------------- Part 5
h1("Part 5: How we check your learning")
in_short([
    ("check", "Picture of a piece of work with a tick",
     ["There are **3 marked tasks**. You must **pass all 3**."]),
    ("book", "Picture of a notebook and pencil",
     ["There are also **practice tasks**. Your tutor gives you **comments**.",
      "Practice tasks **do not count** for the award."]),
    ("people", "Picture of two people reading one paper",
     ["**Two people** mark your work.",
      "Someone from **another university** checks the marking."]),
])
h2("The full detail")
p("**Task 1: Rights review (Unit 1, 3,000 words).** The participant reviews how their school meets the SEN "
  "framework, the Code of Practice and the disability equality duties, and writes an action plan agreed "
  "with the headteacher. It is marked on knowledge of SEN law and the Code of Practice and how to put "
  "them into practice, and on knowledge of disability equality law and the actions it requires.")
p("**Task 2: Case study of one pupil (Unit 2, 4,000 words).** The participant follows one pupil for a "
  "term: how the pupil\u2019s needs were identified, the targets set, the interventions planned and "
  "reviewed, the reports of other professionals and how they were used, the pupil\u2019s own views and part "
  "in planning and reviewing, the work with the parents, the approaches and ICT used, and the pupil\u2019s "
  "progress shown in test results and other summative data. It is marked on: the relationship with the "
  "pupil and family; understanding of the pupil\u2019s type of need and its effect on learning; "
  "identification, target setting, intervention and review; use of other professionals\u2019 assessments; "
  "tracking progress with summative data and changing the programme; critical use of approaches and ICT; "
  "the pupil\u2019s involvement; and partnership with the parents.")
p("**Task 3: Change project (Unit 3, 5,000-word report and a 20-minute presentation).** The participant "
  "leads a change in provision in their own school and reports on it. The report is marked on: working "
  "with senior leaders and governors on inclusive policy, priorities and resources; gaining the "
  "commitment of the headteacher and colleagues; anticipating and solving problems and the soundness of "
  "the decisions made; the use of provision mapping; reviewing the provision with colleagues and "
  "feeding the review into the school improvement plan; working with outside agencies and voluntary "
  "organisations, and how specialist support was obtained; and knowledge of best practice and research. "
  "The report must show what changed in practice and for pupils as a result; a project that changes "
  "nothing in the school cannot pass. The presentation is given to a panel of the unit tutor, a parent "
  "tutor and a member of Young Voices, and is marked for how clearly the participant speaks and how "
  "well they listen and respond to questions. Clear written expression is one of the marking criteria "
  "for all three tasks.")
p("**Practice tasks.** Three practice tasks support the marked work: a time log kept for three weeks "
  "in Unit 3, with a short note on priorities and delegation; a learning journal kept throughout; and a "
  "record of one coaching cycle with a colleague. Tutors read them and write comments. They are not "
  "marked and do not count toward the award.")
p("**Marking and moderation.** Each task is marked by the unit tutor against the University\u2019s Level 7 "
  "criteria. A second tutor marks a 25 per cent sample of every task, and every fail and every mark of "
  "70 or above; all presentations are marked by two panel members on the day. The tutors meet to moderate "
  "before each Assessment Board. The external examiner, Dr Philippa Reddaway of the University of "
  "Coldharbour, sees a sample of every task, attends the Board and reports each year.")
p("**The award.** To receive the Postgraduate Certificate a participant must pass all three marked "
  "tasks. The University\u2019s Assessment Board confirms each award. Practice tasks are not marked and "
  "do not affect the award.")

# ---------------------------------------------------------------- Part 6
h1("Part 6: Who teaches you and what you can use")
in_short([
    ("people", "Picture of a group of tutors",
     ["Our tutors **know a lot** about SEN and disability.", "Some of our tutors are **disabled**."]),
    ("idea", "Picture of a tablet with symbols",
     ["You can **borrow** communication aids and computer programs."]),
    ("school", "Picture of two teachers",
     ["Your head teacher chooses a **mentor** for you in your school."]),
])
h2("The full detail")
simple_table(
    ["Name", "Role on the programme", "Background"],
    [
        ["Dr Nia Pembridge", "Programme leader; Unit 2 tutor",
         "Head of Learning, Linwood Trust. SENCO in two Ostervale secondary schools for nine years; "
         "PhD (2006) on pupils who use communication aids in mainstream schools."],
        ["Ruth Tallis", "Unit 3 tutor",
         "Deputy headteacher and SENCO, Bramblehurst School; MA Special and Inclusive Education; leads "
         "the school\u2019s outreach team."],
        ["Professor Hilary Vance", "University link tutor; Unit 1 tutor",
         "Professor of Inclusive Education, University of Ostervale; former local authority SEN adviser."],
        ["Tom Haverstock", "Unit 2 tutor (specialist strand: behaviour)",
         "Chartered educational psychologist, Ostervale Psychology Service."],
        ["Grace Adeyemi", "Unit 2 tutor (specialist strand: communication)",
         "Speech and language therapist, Linwood Communication Aids Centre."],
        ["Josh Keeble", "Young Voices lead facilitator",
         "Coordinator of the Young Voices panel; uses a communication aid; trained by the Trust as a "
         "facilitator in 2007."],
        ["Amina Qureshi", "Parent tutor",
         "Chair of Ostervale Parents Together; parent of two disabled young people."],
    ],
    widths=[3.5, 4.5, 8.0],
)
p("All tutors have worked in schools or children\u2019s services within the last five years. Each takes "
  "part in at least one national SEN or disability conference a year and in the Trust\u2019s termly "
  "research seminars.")
p("**Resources.** The Linwood Communication Aids Centre holds more than 300 devices and software "
  "packages \u2013 symbol software, text-to-speech, switch access, voice output aids and an eye-gaze "
  "system \u2013 and participants may borrow any of them for a half-term to try with pupils. Bramblehurst "
  "School\u2019s assessment and sensory resource library is open to participants on study days. Every "
  "participant is a registered student of the University, with full use of its library and electronic "
  "journals from home.")
p("**Roles.** Every tutor has the Tutor Handbook, which sets out what tutors do at each stage, and "
  "attends the tutor day each July, where we go through the marking criteria, mark sample work together "
  "and review the year. Tutors new to the programme are paired with an experienced tutor for their first "
  "year. Parent tutors and Young Voices facilitators are trained by the Trust before they teach. Each "
  "participant\u2019s headteacher names a mentor in school, usually a member of the senior team, who meets "
  "the participant once each half-term.")

# ---------------------------------------------------------------- Part 7
h1("Part 7: Listening to people")
in_short([
    ("talk", "Picture of people sitting round a table",
     ["Before we wrote the course we **asked** parents, young people, SENCOs and head teachers "
      "what they wanted."]),
    ("idea", "Picture of a light bulb",
     ["We **changed** the course because of what they told us."]),
    ("people", "Picture of a young person and a parent at the front of a room",
     ["Parents and young people **teach** on the course.",
      "They also help to **mark** the presentations."]),
])
h2("The full detail")
p("Between March and October 2008 we asked the people the course is for what it should do. We surveyed "
  "parents and carers through the Trust\u2019s family network (212 replies). We held three focus groups with "
  "31 SENCOs from Ostervale, Marrowby and Kelthorpe, and a meeting with 12 headteachers from the same "
  "areas. The Young Voices panel spent two sessions on the question \u201cWhat should your SENCO be good "
  "at?\u201d. We met the SEN managers of Ostervale and Marrowby councils, who told us that half the SENCOs "
  "in their schools had been in post for less than three years. The table sets out what we heard and "
  "what we did about it.")
simple_table(
    ["What people told us", "What we changed"],
    [
        ["Parents: SENCOs do not always listen, and meetings feel like being told, not asked (64% of replies).",
         "Two sessions on working with parents, co-taught by Ostervale Parents Together, and the meeting "
         "with parents in Task 2."],
        ["Young Voices: \u201cAsk me, not my helper.\u201d",
         "The Young Voices session on consulting pupils; the pupil\u2019s views became a marked part of Task 2; "
         "a Young Voices member sits on every Task 3 presentation panel."],
        ["SENCOs: study days in school time are hard to get; weekends suit some people.",
         "Every study day runs on a Thursday and again on a Saturday."],
        ["Headteachers: they want the course to change something in the school, not just the SENCO\u2019s "
         "knowledge.",
         "Task 3 became a change project, and a project that changes nothing cannot pass."],
        ["Council SEN managers: many new SENCOs start mid-year.",
         "A second starting point in January."],
    ],
    widths=[8.0, 8.0],
)
p("Parents and young people are part of how the course is delivered and assessed: parent tutors and "
  "Young Voices facilitators teach, and both sit on the Task 3 presentation panel. The SEN managers of "
  "Ostervale and Marrowby councils receive a copy of the programme\u2019s annual report. We would like "
  "parents and young people to help us judge how well the course is working, and we are thinking about "
  "how to do this.")

# ---------------------------------------------------------------- Part 8
h1("Part 8: Making the course better")
in_short([
    ("check", "Picture of a form with smiley faces",
     ["After every study day you **tell us** what was good and what was not."]),
    ("book", "Picture of a report",
     ["Every year we write a **report**. We use it to make the course **better**."]),
    ("idea", "Picture of a child with a question mark",
     ["We would like to know if **children do better** because their SENCO did our course."]),
])
hard_words([
    ("Self-evaluation", "when an organisation looks honestly at how well it is doing and what it should "
                        "do next."),
    ("External examiner", "an expert from another university who checks that marking is fair."),
])
h2("The full detail")
p("Participants complete an evaluation sheet after every study day (in the same formats as the "
  "application form) and a questionnaire at the end of each unit, and the unit tutor holds a review "
  "discussion with each group at the mid-point. The external examiner reports each year on standards "
  "and on the assessment. All of this goes into the University\u2019s Annual Programme Review, which is "
  "scrutinised by the Faculty Quality Committee. Each summer the Partnership Board \u2013 the Trust\u2019s "
  "Head of Learning, the headteacher of Bramblehurst and the Dean of Education \u2013 writes its own "
  "self-evaluation of the programme from this evidence and agrees an action plan for the next year. Each "
  "new group receives a \u201cYou said, we did\u201d sheet showing what changed because of the last "
  "group\u2019s comments.")
p("To see how far the course raises participants\u2019 competence and confidence, every participant repeats "
  "the \u201cWhere am I now?\u201d self-audit at the end of the course and rates their confidence from 1 to "
  "10 in ten areas of the SENCO role at the start and at the end; the changes for the whole group are "
  "reported in the Annual Programme Review. We have not yet found a sound way to measure the course\u2019s "
  "effect on pupils\u2019 achievement. We would like to do this in future.")

# ---------------------------------------------------------------- Part 9
h1("Part 9: After the course")
in_short([
    ("next", "Picture of a road with a signpost",
     ["At the end of the course you can find out about **more courses**."]),
])
h2("The full detail")
p("The last study day includes an hour on further study. The University explains how the 60 credits "
  "count towards the MA Inclusive Education, the Trust describes its short courses on communication aids "
  "and Bramblehurst\u2019s outreach team describes its training for mainstream schools. Participants "
  "receive the Trust\u2019s termly newsletter for two years after they finish.")

# ---------------------------------------------------------------- Part 10
h1("Part 10: What we cannot do yet")
in_short([
    ("no", "Picture of a red stop sign",
     ["We **do not** have an **assessment-only route**.",
      "Some universities have one. We hope to start one in 2010."]),
    ("no", "Picture of a red stop sign",
     ["We **do not** teach how to **manage teaching assistants** and other support staff.",
      "Most local authorities run courses on this."]),
    ("no", "Picture of a red stop sign",
     ["We **do not** check your **CRB**. Your school does this."]),
    ("no", "Picture of a red stop sign",
     ["We **have not** yet asked parents and young people to help **judge** the course.",
      "We **cannot** yet show that children do better."]),
])

# ---------------------------------------------------------------- Part 11
h1("Part 11: What you will learn and how we check it")
in_short([
    ("check", "Picture of a list with ticks",
     ["This table shows **everything you will learn**.",
      "It shows **where** you learn it and **how** we check it."]),
])
h2("The full detail")
p("The national minimum outcomes for SENCOs are written below as things a SENCO can do or knows. Every "
  "national outcome has a row in this table.")
key = doc.add_table(rows=1, cols=1)
box_borders(key, "808080", 6)
kc = key.rows[0].cells[0]
shade(kc, "F2F2F2")
add_rich(kc.paragraphs[0], "**Key to the last column**", size=11)
for line in ("\u2714  marked task \u2013 counts toward your award",
             "\u270e  practice task \u2013 your tutor gives comments; it does not count toward your award",
             "blank  \u2013 not checked"):
    add_rich(kc.add_paragraph(), line, size=11)
doc.add_paragraph()

OUTCOMES = [
    ("How I work with people", None),
    ("I can build fair, respectful and warm relationships with disabled children and young people "
     "and with their parents or carers.",
     ("Unit 2: sessions with Young Voices and Ostervale Parents Together", "Task 2 case study", "\u2714")),
    ("I can get my head teacher, senior leaders and other colleagues to commit to better outcomes for "
     "pupils with SEN and disabilities.",
     ("Unit 3", "Task 3 report", "\u2714")),
    ("I can plan my time, put jobs in order of importance and hand tasks to others, making sure they "
     "get done.",
     ("Unit 3, study day 2", "Time log", "\u270e")),
    ("I can see problems coming, sort them out, and make sound decisions about provision.",
     ("Unit 3", "Task 3 report", "\u2714")),
    ("I can explain things clearly when I speak and when I write, and I listen to what other people "
     "think.",
     ("Unit 2: \u201cSpeaking up and listening\u201d", "Task 3 presentation; writing in all tasks",
      "\u2714")),
    ("I can use research and advice from outside my school to improve my own teaching and my "
     "colleagues\u2019 teaching.",
     ("Unit 3: reading circles", "\u2013", "")),
    ("I can keep up to date and take charge of my own learning about SEN and disability.",
     ("Throughout the course", "Learning journal", "\u270e")),
    ("What I know", None),
    ("I know the SEN laws and the SEN Code of Practice, what they mean for my school, for me and for "
     "others, and how to put them into practice.",
     ("Unit 1", "Task 1 rights review", "\u2714")),
    ("I know the five Every Child Matters outcomes and how I can help children to reach them.",
     ("Unit 1", "\u2013", "")),
    ("I know the disability equality laws and what they mean schools must do for disabled pupils.",
     ("Unit 1", "Task 1 rights review", "\u2714")),
    ("I know how children grow and develop, and how SEN, disability and the places where they learn "
     "can affect this.",
     ("Unit 1", "\u2013", "")),
    ("I know the most common kinds of SEN and disability \u2013 behavioural, emotional and social needs; "
     "dyslexia and other specific learning difficulties; speech, language and communication needs; "
     "autism; moderate learning difficulties \u2013 and how each can affect learning.",
     ("Unit 1; Unit 2 specialist strand", "Task 2 case study", "\u2714")),
    ("I can judge different ways of assessing, planning and teaching, including ICT and communication "
     "aids, and use them to remove barriers and to personalise learning.",
     ("Unit 2; Communication Aids Centre day", "Task 2 case study", "\u2714")),
    ("I know about good practice and research on meeting special educational needs.",
     ("Unit 3", "Task 3 report", "\u2714")),
    ("I know what outside agencies do and how to get specialist help and resources for pupils.",
     ("Unit 2: sessions with psychologists and therapists", "Task 3 report", "\u2714")),
    ("What I can do", None),
    ("With senior leaders and governors, I can shape an inclusive ethos, policies and priorities, and "
     "how money and other resources are used, so that all pupils can learn, make progress and take part "
     "in school life.",
     ("Unit 3", "Task 3 report", "\u2714")),
    ("I can find pupils who may have SEN or disabilities, using observation, data and assessment; set "
     "challenging targets; plan help that removes barriers to learning; and review how pupils are doing.",
     ("Unit 2", "Task 2 case study", "\u2714")),
    ("I can use assessments from other professionals to plan teaching.",
     ("Unit 2", "Task 2 case study", "\u2714")),
    ("I can use test results and other summative assessments to track pupils\u2019 progress and change "
     "what we do.",
     ("\u2013", "Task 2 case study", "\u2714")),
    ("I can spot early the special arrangements pupils need for national tests and examinations, and "
     "put them in place with colleagues.",
     ("Unit 2, session 6", "\u2013", "")),
    ("I can use provision mapping to plan support and to find support that is missing or not working.",
     ("Unit 3", "Task 3 report", "\u2714")),
    ("I can help colleagues to learn: watching lessons and giving feedback, showing good practice, "
     "coaching and mentoring, and running training.",
     ("Unit 3: coaching trios", "Coaching record", "\u270e")),
    ("I can review with other staff how well our provision works, and use what we find in the "
     "school\u2019s improvement plan.",
     ("Unit 3", "Task 3 report", "\u2714")),
    ("I can make sure pupils help to plan, agree, review and judge the support they get, and help them "
     "take charge of their own learning.",
     ("Unit 2: Young Voices", "Task 2 case study", "\u2714")),
    ("I can work well with parents and carers to help their child learn and develop.",
     ("Unit 2: Ostervale Parents Together", "Task 2 case study; Task 3 presentation", "\u2714")),
    ("I can work in partnership with other services and agencies, including charities and voluntary "
     "groups.",
     ("Units 2 and 3", "Task 3 report", "\u2714")),
]

ot = doc.add_table(rows=1, cols=4)
grid_borders(ot)
for i, h in enumerate(("I can \u2026 / I know \u2026", "Where I learn it", "How it is checked",
                       "Counts?")):
    c = ot.rows[0].cells[i]
    add_rich(c.paragraphs[0], f"**{h}**", size=11)
    shade(c, "D9E2F3")
for text, info in OUTCOMES:
    cells = ot.add_row().cells
    if info is None:
        merged = cells[0].merge(cells[3])
        add_rich(merged.paragraphs[0], f"**{text}**", size=12)
        shade(merged, "E2EFDA")
        continue
    add_rich(cells[0].paragraphs[0], text, size=11)
    for i, val in enumerate(info, start=1):
        add_rich(cells[i].paragraphs[0], val, size=11)
        if i == 3:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in ot.rows:
    for i, w in enumerate((8.5, 3.6, 3.2, 1.5)):
        row.cells[i].width = Cm(w)
doc.add_paragraph()

# ---------------------------------------------------------------- sign-off
p("Signed for the Linwood Partnership:")
par = doc.add_paragraph()
for i, line in enumerate(("Dr Nia Pembridge, Head of Learning, Linwood Trust (programme leader)",
                          "Callum Oduya, Headteacher, Bramblehurst School",
                          "Professor Hilary Vance, for the Dean of the Faculty of Education, "
                          "University of Ostervale")):
    r = par.add_run(line)
    if i < 2:
        r.add_break()
p("20 March 2009")

doc.save(OUT)
print("wrote", OUT)
