"""eu-02-ardenport-panel-paper: build the .docx next to this script.

PROVIDER (invented)
    Ardenport and Kelmouth Board of Jewish Education ("the Board"), the
    education board of a small Jewish community serving nine schools in two
    cities (five voluntary-aided, four independent, three of them strictly
    Orthodox), with the University of Stanbury School of Education, which
    validates a 60-credit Postgraduate Certificate (National Award for SEN
    Coordination). First cohort September 2009; submitted March 2009.

KIND OF DOCUMENT AND LAYOUT
    A paper to the Board's Religious Advisory Panel (a panel of rabbis and a
    girls' school principal whose agreement the Board needs before any course
    runs in its independent schools), asking the Panel's guidance on eleven
    "Matters", each headed in English with a Hebrew numeral ("Matter 3 -
    \u05e9\u05d0\u05dc\u05d4 \u05d2"), laid out as "The question" / "What we
    propose", and followed by a shaded box "The Panel's response" (approved,
    approved with conditions, not approved, noted). The Panel's amendments are
    kept as real tracked changes (w:ins / w:del, author "Howard Levene
    (Secretary)"), and the Secretary's and Director's notes are Word comments.
    Sent to the TDA with a covering box; Part C ("for the TDA") and two
    annexes were added: a blank self-review form and an outcome table in the
    Board's own three strands (Middot / Da'at / Ma'asim) with merged strand
    rows and columns "Where it is learnt" / "How it is assessed". A glossary
    table of community terms. "\u05d1\u05e1\u05f4\u05d3" as a right-to-left run
    at the top. Page header and footer. Typed bold headings, no heading
    styles.

TRAPS (requirement ids)
    * Matter 3: the sentence offering a moderated discussion forum is a
      deleted tracked change, replaced by an inserted "The website will not
      have a discussion forum"; the Panel's response says the forum is not
      approved. E-learning remains (readings, recorded talks, hand-in), with
      telephone tutorials and chavruta partners between sessions, but no use
      of ICT for communication among participants (3.3 partial).
    * Matter 10: the assessment-only route is a deleted tracked change; the
      Panel's response records that the University "has not agreed" and the
      Board "will ask again for 2010-11"; a comment says the Academic Board
      might approve it in June (2.3 not met). Part (a) credits certificated
      study only, "Experience ... does not by itself earn credit" (2.1 partial).
    * Matter 11: CRB checks are on tutors who visit schools; for participants
      the Board relies on employers ("are matters for their employers"); a
      comment asks whether participants' disclosures should be checked
      (5.3 not met).
    * Matter 6: filming of lessons deleted (tracked), in-person observation
      inserted - the inserted text is part of the submission (6.S5 met).
    * Matter 2: an inserted sentence guarantees single-sex groups have the
      same content, assignments and markers (part of the submission; 3.1 is
      still only partial, since disability adjustments are generic).
    * Matter 8: entry for teachers without QTS; "No teacher nominated by the
      head ... will be refused a place" - entry conditions but no check of
      readiness or guidance (5.2 partial).
    * Part A aims: attainment and taking part in school and community life;
      well-being only as a value; Every Child Matters never mentioned
      (1.1 partial; 6.K2 not met - no row in Annex 2).
    * Part C, C2: the self-review is used to form tutorial groups and "kept on
      file", no individual plan (2.2 partial); C3 quality and value in general
      terms (2.4 partial); C4 equality in general terms (3.1 partial); C9
      resources "as funds allow" (5.6 partial); C7 University moderation "to
      be agreed", with a comment saying who might do it (5.8 partial).
    * C12 blanket claim "Between them the three assignments assess every one
      of the national outcomes" against Annex 2, where outcomes are assessed
      only in part (6.A1 parents half), only in an unmarked log (6.A7, 6.S8,
      6.S9), only in tutorial discussion "(formative)" (6.K7, 6.S2b), not at
      all ("\u2014": 6.A2, 6.K3), "to be added for 2010-11" (6.S6), or missing
      (6.A3, 6.K2) (1.9 and 6.0 partial).
    * Met despite looking like traps: placements arranged and briefed by the
      Board (5.5), pupils consulted with parents' agreement (1.5, 6.S7), access
      arrangements taught and assessed (6.S2d), evaluation with pupil
      baseline and follow-up measures (5.9), next-steps planning (2.5).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / (Path(__file__).name.replace(".build.py", ".docx"))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Cambria"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Cambria")
st.paragraph_format.space_after = Pt(6)
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.4)

REV_AUTHOR = "Howard Levene (Secretary)"
REV_DATE = "2009-03-05T10:00:00Z"
_rev_id = [300]
HEB = ["\u05d0", "\u05d1", "\u05d2", "\u05d3", "\u05d4", "\u05d5", "\u05d6", "\u05d7", "\u05d8", "\u05d9",
       "\u05d9\u05d0"]


# ---------------------------------------------------------------- helpers
def add_runs(p, parts):
    if isinstance(parts, str):
        parts = [(parts, "")]
    out = []
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        out.append(r)
    return out


def para(parts, align=None, size=None, after=None, keep=False, indent=None):
    p = doc.add_paragraph()
    rs = add_runs(p, parts)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if size:
        for r in rs:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if keep:
        p.paragraph_format.keep_with_next = True
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def heading(text, size=12.5, before=14):
    p = para([(text, "b")], size=size, after=4, keep=True)
    p.paragraph_format.space_before = Pt(before)
    return p


def label(text):
    p = para([(text, "bi")], after=2, keep=True)
    p.paragraph_format.space_before = Pt(4)
    return p


def rtl_run(p, text, bold=True, size=None):
    r = p.add_run(text)
    r.bold = bold or None
    if size:
        r.font.size = Pt(size)
    rPr = r._r.get_or_add_rPr()
    rtl = OxmlElement("w:rtl")
    rPr.append(rtl)
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    rf.set(qn("w:cs"), "David")
    return r


def matter_heading(n, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(f"Matter {n} \u2013 ")
    r.bold = True
    r.font.size = Pt(12)
    rtl_run(p, "\u05e9\u05d0\u05dc\u05d4 " + HEB[n - 1], size=12)
    r = p.add_run(f": {title}")
    r.bold = True
    r.font.size = Pt(12)
    return p


def _mk_run(text, deleted=False, italic=False):
    r = OxmlElement("w:r")
    if italic:
        rPr = OxmlElement("w:rPr")
        i = OxmlElement("w:i")
        rPr.append(i)
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(segments, indent=None):
    """segments: list of (kind, text) with kind 'n' (normal), 'ins' or 'del'."""
    p = doc.add_paragraph()
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    for kind, text in segments:
        if kind == "n":
            p.add_run(text)
            continue
        el = OxmlElement("w:ins" if kind == "ins" else "w:del")
        el.set(qn("w:id"), str(_rev_id[0]))
        _rev_id[0] += 1
        el.set(qn("w:author"), REV_AUTHOR)
        el.set(qn("w:date"), REV_DATE)
        el.append(_mk_run(text, deleted=(kind == "del")))
        p._p.append(el)
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


def response_box(verdict, paras):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "E4ECF4")
    p = c.paragraphs[0]
    r = p.add_run("The Panel\u2019s response: ")
    r.bold = True
    r2 = p.add_run(verdict)
    r2.bold = True
    r2.italic = True
    for parts in paras:
        q = c.add_paragraph()
        add_runs(q, parts)
    for q in c.paragraphs:
        q.paragraph_format.space_after = Pt(3)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def cell_set(cell, parts, size=9.5, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, "b" if bold else "")]
    for text, fmt in parts:
        for i, piece in enumerate(text.split("\n")):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(piece)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            r.font.size = Pt(size)
    for q in cell.paragraphs:
        q.paragraph_format.space_after = Pt(2)


def table(rows, widths, size=9.5, header=True):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            if val is None:
                continue
            cell_set(c, val, size=size, bold=(header and i == 0))
            if header and i == 0:
                shade(c, "D0D7DE")
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def merge_row(t, i, text, fill="EFEFEF"):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_set(a, [(text, "b")])
    shade(a, fill)


def add_field(p, instr):
    r = p.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate"),
                      ("w:t", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), attr)
        elif tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el.text = "1"
        r._r.append(el)


def comment(run, text, author, initials, date="2009-03-05T11:30:00Z"):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.text = "Ardenport and Kelmouth Board of Jewish Education \u2013 Religious Advisory Panel \u2013 Paper RAP 5769/4"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Responses agreed by the Chair 5 March 2009 (9 Adar 5769) \u2013 page "
fp.runs[0].font.size = Pt(8)
add_field(fp, "PAGE")

# ---------------------------------------------------------------- top matter
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rtl_run(p, "\u05d1\u05e1\u05f4\u05d3", bold=False, size=10)

t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "F3EFE0")
cell_set(c, [("For the Training and Development Agency for Schools \u2013 National Award for SEN Coordination, "
              "application for approval, March 2009\n", "b"),
             ("This paper was written for the Board\u2019s Religious Advisory Panel, whose agreement the Board must "
              "have before any course runs in our independent schools. It is the fullest account we have of how "
              "the Award will run in our community, so we send it as our application. The Panel\u2019s responses "
              "are shown in the shaded boxes as the Chair agreed them on 5 March 2009, and the amendments the Panel "
              "asked for to our proposals are shown as tracked changes. The margin notes are the Secretary\u2019s "
              "and mine; they are not part of the paper. Part C, the two annexes and the glossary were added for "
              "the TDA.\n", ""),
             ("Rivka Sternberg, Director of Education, 12 March 2009", "i")], size=10)
doc.add_paragraph()

para([("ARDENPORT AND KELMOUTH BOARD OF JEWISH EDUCATION", "b")], align="c", size=13, after=2)
para([("Religious Advisory Panel", "b")], align="c", size=12, after=2)
para("Paper RAP 5769/4", align="c", after=8)
para([("The National Award for SEN Coordination: matters on which the Board asks the Panel\u2019s guidance", "b")],
     align="c", size=12.5, after=6)
para("For the meeting of Thursday 26 February 2009 (2 Adar 5769) at the Board\u2019s offices, 3 Crescent Gardens, "
     "Ardenport", align="c", size=10, after=2)
para("Prepared by Mrs Rivka Sternberg, Director of Education, with Mrs Adina Rose, Adviser for Special "
     "Educational Needs", align="c", size=10, after=2)
para("Members of the Panel: Dayan Shmuel Rakow (Chair), Rabbi Avraham Lipschitz, Rabbi Dr David Marcus, "
     "Rebbetzin Chana Feld. Secretary: Mr Howard Levene.", align="c", size=10, after=12)

# ---------------------------------------------------------------- Part A
heading("PART A \u2013 BACKGROUND FOR MEMBERS OF THE PANEL")
para("A1. Every school must have a teacher who coordinates the help given to pupils with special educational "
     "needs: the SENCO. In our nine schools the SENCO is usually a senior teacher who also teaches, and in "
     "the smaller independent schools often the principal\u2019s deputy. Since September 2008 the SENCO of a "
     "maintained school, which includes our five voluntary-aided schools, must be a qualified teacher, and the "
     "Government intends that every SENCO new to the role will have to gain a new National Award for SEN "
     "Coordination. Our four independent schools are not bound by this, but three of them have told us they "
     "wish their SENCOs to take it.")
para("A2. The Award is a university qualification. We have agreed with the University of Stanbury School of "
     "Education that it will be a Postgraduate Certificate of the University, worth 60 credits at Master\u2019s "
     "level, in three modules of 20 credits. The University approved the programme at its validation event on "
     "4 February 2009. The University awards the Certificate and its regulations apply; the Board recruits "
     "participants, provides most of the teaching, arranges the school visits and supports participants in their "
     "schools.")
para("A3. Why should the Board run the course, rather than send our teachers to the University\u2019s open "
     "programme? Our heads gave us three reasons in the consultation described in Part C: the University\u2019s "
     "programme meets on Friday afternoons and in the school holidays including Chol HaMoed; its examples are "
     "drawn from schools very different from ours; and teachers from our independent schools would not be able "
     "to take part fully. The Board\u2019s course will follow the University\u2019s approved modules and "
     "assignments but be taught in our own buildings, at times that suit our calendar, with examples from our own "
     "classrooms \u2013 including the Kodesh (Jewish studies) classroom, where many of our pupils with SEN struggle "
     "most.")
para("A4. The aim of the course is to raise the attainment and progress of pupils with SEN and disabilities in "
     "our schools, in both the Chol (general studies) and the Kodesh curriculum, and to enable every such child "
     "to take his or her full part in the life of the school and of the community: in tefillah, in the festivals, "
     "and in preparing for Bar and Bat Mitzvah. We believe every child is precious and that a child\u2019s "
     "happiness matters as much as his or her results. The course does this by making the SENCO a stronger "
     "leader of teaching and learning for these pupils.")
para("A5. Most of what follows is straightforward. But some features of a university course raise questions for "
     "our independent schools in particular, and the Board does not wish to proceed with those features without "
     "the Panel\u2019s guidance. They are set out below as eleven Matters. For each we explain the question and "
     "what we propose.")

# ---------------------------------------------------------------- Part B
heading("PART B \u2013 MATTERS FOR THE PANEL\u2019S GUIDANCE")

matter_heading(1, "When the course meets")
label("The question")
para("The course has about 90 hours of sessions across the year. When may they be held?")
label("What we propose")
para("Three groups, each following the same modules. Group A (Ardenport) meets on Wednesdays, 4.15 to 6.45, at "
     "the Board\u2019s offices; it is intended mainly for teachers from the voluntary-aided schools. Group B "
     "(Ardenport) meets on Sunday mornings, 9.00 to 12.30, at the Board\u2019s Education Centre, Rowan Street; it "
     "is intended mainly for teachers from the independent schools, who have told us that weekday evenings clash "
     "with family and communal obligations. Group C (Kelmouth) meets on alternate Tuesdays, 4.30 to 7.30, at "
     "Kelmouth Hebrew Primary School. A teacher may join whichever group suits them. No session will be held on "
     "Shabbat, Yom Tov or Erev Yom Tov, and none on a Friday.")
response_box("Approved, with one addition.", [
    "The Panel approved the three groups. It asked that no session be held during Chol HaMoed or on a public fast "
    "day, and that the Sunday group finish in time for Mincha. The Director confirmed that the calendar for "
    "2009-10 meets these conditions.",
])

matter_heading(2, "Men\u2019s and women\u2019s groups")
label("The question")
para("Some teachers in our independent schools would not take part in discussion in a mixed group, and some "
     "would prefer to be taught by a tutor of their own sex. May the course be arranged so that they can take "
     "part?")
label("What we propose")
tracked([("n", "In Group B, the taught part of each session will be given to the whole group, and the discussion "
                "and tutorial part will be held in a men\u2019s section led by Mr Eliezer Gold and a women\u2019s "
                "section led by Mrs Adina Rose. No teacher will be required to join a single-sex section; Groups A "
                "and C remain mixed. "),
         ("ins", "The men\u2019s and women\u2019s sections follow the same sessions, readings and assessed "
                 "assignments, and their work is marked by the same markers.")])
response_box("Approved, with the amendment shown.", [
    "The Panel approved the proposal and asked that it be made clear that the sections receive the same "
    "course. The amendment above was agreed.",
])

matter_heading(3, "The course website")
label("The question")
para("The University provides every course with a website (StanburyLearn) holding readings, recorded talks and "
     "a place to hand in work. Several teachers in our independent schools do not use the internet at home, and "
     "some schools do not permit it. How should the website be used?")
label("What we propose")
p3 = tracked([("n", "The website will hold the readings for each session, short recorded talks by the tutors, and "
                     "the place where assignments are handed in and returned with feedback. "),
              ("del", "Each group will also have a discussion forum on the website, moderated by its tutor, where "
                      "participants post a short reflection after each session and reply to one another between "
                      "sessions. "),
              ("ins", "The website will not have a discussion forum. "),
              ("n", "Teachers who do not use the internet will receive every reading and the notes of every talk as "
                    "a printed pack, posted before each session, and may hand in work on paper at the Board\u2019s "
                    "office.")])
para("Between sessions every participant will have a telephone tutorial of about twenty minutes with their tutor "
     "every three weeks, and may telephone or, if they use email, write to the tutor at other times. Participants "
     "will also study in pairs (Matter 4).")
response_box("Approved in part.", [
    "The Panel approved the use of the website for readings, recorded talks and handing in work, and the printed "
    "packs. The Panel did not approve the discussion forum, for any group: it does not wish the Board to ask "
    "teachers to take part in open online discussion, and it prefers that participants discuss their learning "
    "in person, in their sessions and with their study partners.",
])
# comment anchored on the first run of the Matter 3 proposal paragraph
comment(p3.runs[0], "Rabbi Lipschitz asked whether the website could be filtered. RS to ask Dr Whitlow whether a "
                    "forum on a filtered site would change the Panel\u2019s view for 2010-11.", "Howard Levene", "HL")

matter_heading(4, "Study partners (chavruta)")
label("The question")
para("Learning in pairs is at the heart of Jewish learning. May the course use it?")
label("What we propose")
para("Each participant will be paired with a study partner (chavruta) from a different school \u2013 where "
     "possible a voluntary-aided school paired with an independent school. Partners prepare the readings for each "
     "session together, by meeting or by telephone, and visit one another\u2019s schools once in each module to "
     "see how the other school meets the needs of a pupil they have discussed. Each pair keeps a short record of "
     "what they studied, which forms part of each participant\u2019s learning log.")
response_box("Approved.", [
    "The Panel welcomed this. Partners are to be of the same sex. The Panel noted that the school visits will "
    "help the voluntary-aided and independent schools to learn from one another.",
])

matter_heading(5, "Days in specialist settings")
label("The question")
para("The University asks that each participant spend time in a setting that specialises in SEN. The nearest "
     "such settings are not Jewish schools. Is this acceptable?")
label("What we propose")
para("Each participant will spend two days in Module 2 in a specialist setting arranged by the Board: Brookfield "
     "Special School (Kelmouth City Council, for pupils with moderate and severe learning difficulties), the "
     "Ardenport Language and Communication Base at Hillcrest Primary, or Beit Ezra, the community\u2019s day "
     "centre for young people with learning disabilities. Each host has agreed to take up to six participants a "
     "year, names a member of staff to look after them, and receives the Board\u2019s visit guide, which sets out "
     "what the participant should observe and the questions they should ask. Participants write up each day in "
     "their learning log and use it in Assignment 2.")
response_box("Approved.", [
    "The Panel approved the visits. It asked that participants be told in advance about arrangements for food, "
    "and that participants from the independent schools be offered Beit Ezra or the Language Base first if they "
    "wish.",
])

matter_heading(6, "Observing and coaching colleagues")
label("The question")
para("In Module 3 participants learn to help colleagues improve their teaching of pupils with SEN. How may they "
     "observe lessons?")
label("What we propose")
tracked([("del", "Participants will video a short teaching episode, their own or a colleague\u2019s, and use the "
                 "recording in coaching conversations and in their Assignment 3 presentation. "),
         ("ins", "Participants will observe a colleague\u2019s lesson in person, with the colleague\u2019s agreement, "
                 "and use their notes in coaching conversations and in Assignment 3; they will also lead at least "
                 "one training session for staff in their school. "),
         ("n", "Tutors will model a coaching conversation in the Module 3 sessions.")])
response_box("Approved with the amendment shown.", [
    "The Panel did not approve the filming of pupils in the independent schools, and asked that the same method "
    "be used in all schools so that no participant is at a disadvantage. The amendment above was agreed.",
])

matter_heading(7, "Hearing the views of pupils")
label("The question")
para("The Code of Practice expects that pupils with SEN are involved in decisions about their own provision. The "
     "course asks SENCOs to learn to seek pupils\u2019 views. Does this raise any difficulty?")
label("What we propose")
para("In Module 2 each participant learns and practises ways of finding out what a pupil thinks about their "
     "learning and the help they receive \u2013 structured conversations, talking mats, drawings, a trusted adult "
     "present \u2013 and then holds such a conversation with two pupils in their own school. Participants bring "
     "what they learnt to the next session, and in Assignment 2 they show how the pupil\u2019s views were sought, "
     "recorded and used in planning and reviewing the pupil\u2019s provision; markers assess this part.")
response_box("Approved, with a condition.", [
    "The Panel approved this, on condition that the parents are told in advance and may decline, and that a "
    "pupil is never asked about matters of religious observance in the home.",
])

matter_heading(8, "Teachers in the independent schools who do not hold QTS")
label("The question")
para("Several SENCOs in our independent schools trained in seminaries in England or abroad and do not hold "
     "Qualified Teacher Status. May they take the course?")
label("What we propose")
para("The University has agreed that a teacher from an independent school may be admitted without QTS if they "
     "hold a degree or a seminary diploma the University accepts as equivalent, have taught for at least three "
     "years and are nominated by their head. No teacher nominated by the head of one of our schools who meets "
     "these conditions will be refused a place. Before the course begins every participant completes the "
     "self-review in Annex 1.")
response_box("Supported.", [
    "The Panel supported the proposal and thanked the University.",
])

matter_heading(9, "Working with parents")
label("The question")
para("Parents in our community are often anxious about a child being identified as having SEN, for fear of how "
     "the child and the family will be seen, including, in some families, when the time comes for a shidduch. "
     "How should the course prepare SENCOs for these conversations?")
label("What we propose")
para("A whole session of Module 3 on working with parents, led by Mrs Rose with two parents from Lev Echad, the "
     "community\u2019s support network for families of children with SEN. Participants practise difficult "
     "conversations in role play, learn how to explain the Code of Practice and the local Parent Partnership "
     "Service to parents, and discuss how to keep information confidential in a small community. As a school "
     "task each participant then leads a review meeting with the parents of a pupil with SEN and writes it up in "
     "the learning log, which is discussed at their next tutorial.")
response_box("Approved.", [
    "The Panel approved the session. Rabbi Lipschitz offered to join it to speak about how a rabbi can support "
    "parents, and the Director accepted.",
])

matter_heading(10, "Recognising earlier study and long experience")
label("The question")
para("Some of our SENCOs have already studied SEN at university, and a few have many years\u2019 experience. Must "
     "they take the whole course?")
label("What we propose")
p10a = para("(a) A participant who has passed Master\u2019s-level study in SEN in the last five years may ask the "
     "University to credit it under its regulations for the accreditation of prior learning, up to 20 credits "
     "(one module). Experience in the role is taken into account in the self-review and by tutors, but does not "
     "by itself earn credit.")
tracked([("del", "(b) A teacher with long experience as a SENCO may be assessed without attending the course: they "
                 "would submit a portfolio mapped against the national outcomes and take part in a professional "
                 "discussion with two assessors.")])
comment(p10a.runs[0], "CW thinks the University\u2019s Academic Board could approve an assessment-only route in "
                      "June if we send a proposal in April. HL", "Howard Levene", "HL")
response_box("(a) approved; (b) noted.", [
    "The Panel approved (a). On (b), the Director reported that the University has not agreed to an "
    "assessment-only route for 2009-10, and the paragraph has been withdrawn. The Board will ask again for "
    "2010-11.",
])

matter_heading(11, "Tutors visiting schools")
label("The question")
para("Tutors will visit participants in their schools, including girls\u2019 schools. What safeguards should "
     "apply?")
label("What we propose")
p11 = para("Every Board and University tutor who visits a school holds an enhanced CRB disclosure, which the "
           "Board checks and records before the first visit. A male tutor visiting a girls\u2019 school is "
           "accompanied by a female colleague, and visits are arranged through the head. Participants themselves "
           "are employed by their schools, and checks on them are matters for their employers: the voluntary-aided "
           "schools follow the local authorities\u2019 procedures and the independent schools have told us they "
           "carry out the checks required of them.")
response_box("Approved.", [
    "The Panel approved the safeguards for tutors.",
])
comment(p11.runs[0], "Should we also ask heads to confirm each participant\u2019s CRB disclosure on the "
                     "nomination form? To raise with Dr Whitlow. RS", "Rivka Sternberg", "RS")

# ---------------------------------------------------------------- Part C
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
heading("PART C \u2013 OTHER ARRANGEMENTS (ADDED FOR THE TDA)")
para("These matters did not need the Panel\u2019s guidance. They are set out here so that the TDA has a full "
     "account of the programme.")

heading("C1. The course in outline", size=11, before=8)
table([
    ["Module", "What it covers", "Assignment"],
    [[("Module 1: The SENCO and the law\n", "b"), ("Autumn term; 10 sessions", "")],
     "The Education Act 1996 and SENDA 2001; the SEN Code of Practice 2001 (School Action, School Action Plus, "
     "statutory assessment, statements and annual reviews); the 2008 SENCO regulations; the Disability "
     "Discrimination Act 1995 as amended in 2005 and the disability equality duty; Removing Barriers to "
     "Achievement; the Lamb Inquiry (2008-09); the Bercow Review (2008). The school\u2019s SEN policy and its "
     "governors; provision mapping; the services available to schools in Ardenport and Kelmouth.",
     "Assignment 1: a review of the school\u2019s SEN policy and provision map against the Code, with a paper "
     "to governors recommending changes, and a directory of the services available to the school and how to "
     "reach them (4,000 words)."],
    [[("Module 2: Understanding and planning for the child\n", "b"), ("Spring term; 10 sessions", "")],
     "Child development and what affects it; the main areas of need (specific learning difficulties and "
     "dyslexia, speech, language and communication, autism, behavioural, emotional and social difficulties, "
     "moderate learning difficulties; sensory and physical needs); bilingual pupils whose home language is "
     "Yiddish or Hebrew; identification and assessment; using reports from psychologists and therapists; "
     "targets, IEPs and reviews; tracking with P scales and national test results; helping teachers with "
     "assessment for learning; access arrangements for national tests and GCSE, with the examinations officer "
     "of Ardenport Jewish High School; approaches and resources, including ICT; hearing pupils\u2019 views "
     "(Matter 7); the days in specialist settings (Matter 5).",
     "Assignment 2: a study of one pupil with SEN from identification to review, including the pupil\u2019s "
     "views, the help given to the pupil\u2019s teachers, and the arrangements the pupil will need in the next "
     "national tests or examinations (4,000 words), with five short answers on other areas of need."],
    [[("Module 3: Leading provision\n", "b"), ("Summer term; 10 sessions", "")],
     "Leading and managing teaching assistants; coaching, observing and training colleagues (Matter 6); "
     "bringing the head and senior staff with you; the school\u2019s self-evaluation form and Ofsted; working "
     "with parents (Matter 9); working with other services and with voluntary bodies; what research says about "
     "leading change; \u201cMy next steps\u201d.",
     "Assignment 3: a change in provision led with colleagues, with a baseline and follow-up measure of the "
     "progress of the pupils concerned, written up (3,500 words) and presented to the group."],
], [Cm(3.6), Cm(8.2), Cm(4.6)], size=9)
para("Participants may take the three modules in one year or spread them over two, and may change group between "
     "modules. A teacher who joins in January may begin with Module 2 and take Module 1 the following autumn.")
para("The readings for each module are chosen by the University and Board tutors together and reviewed each "
     "summer. They include recent research and inspection evidence \u2013 for example Ofsted\u2019s Inclusion: "
     "Does it Matter Where Pupils are Taught? (2006), the Bercow Review and the Inclusion Development Programme "
     "materials (2008), and Brooks\u2019s What Works for Pupils with Literacy Difficulties (2007) \u2013 and each "
     "session ends with what the evidence means for our own schools. Each participant keeps a learning log "
     "throughout the course.")

heading("C2. Before the course", size=11, before=8)
para("Each participant completes the self-review in Annex 1 before the first session. Tutors use the self-reviews "
     "to form tutorial groups that mix stronger and less experienced participants, and keep them on file.")

heading("C3. Quality and value", size=11, before=8)
para("We are confident that the course will be of high quality and good value. The fee is \u00a31,150, which for "
     "the voluntary-aided schools is met from the national funding for the Award. For the independent schools the "
     "Board will meet half the fee from its Education Fund.")

heading("C4. Access and equality", size=11, before=8)
para("The Board complies with the Disability Discrimination Act and the Equality Act 2006 and welcomes applications "
     "from every qualified teacher. Our venues are accessible. Participants who need anything to help them take "
     "part should let us know.")

heading("C5. Staff", size=11, before=8)
table([
    ["Name", "Role in the course", "Qualifications and experience"],
    ["Mrs Adina Rose", "Programme leader; Groups A and B (women\u2019s section)",
     "Adviser for SEN to the Board since 2005; SENCO at Moriah Primary School for nine years; MEd in Special "
     "Educational Needs (Stanbury, 2003); OCR Diploma in Specific Learning Difficulties"],
    ["Mr Eliezer Gold", "Group B (men\u2019s section); Module 2 sessions",
     "Head of learning support, Toras Chaim Boys\u2019 School; qualified teacher; MA in Inclusive Education "
     "(Stanbury, 2007)"],
    ["Dr Clare Whitlow", "University programme director; Group C; Module 1 sessions",
     "Senior Lecturer in SEN, University of Stanbury; former local authority SEN adviser; research on SENCO "
     "leadership"],
    ["Mrs Miriam Haas", "Module 2 sessions on language and communication",
     "Speech and language therapist (Ardenport NHS Trust); Yiddish and Hebrew speaker"],
    ["Dr Paul Okafor", "Module 2 sessions on assessment",
     "Educational psychologist, Kelmouth City Council; link EP for two of our schools"],
], [Cm(3.3), Cm(5.0), Cm(8.1)], size=9)
para("Board tutors attend the University\u2019s staff development days for partnership tutors twice a year, and "
     "the Board pays for each to attend one national SEN conference a year.")

heading("C6. Mentors, tutors and markers", size=11, before=8)
para("Each participant has a mentor in school, normally the head or deputy. Mentors attend a two-hour briefing "
     "at the Board before the course begins (8 September 2009 in Ardenport, 10 September in Kelmouth), receive "
     "the Mentor Handbook, which sets out what they do at each stage, and are invited to a mentors\u2019 meeting "
     "each term. Mrs Rose telephones any mentor who misses the briefing and goes through the handbook with them. "
     "Tutors meet monthly as a team with Dr Whitlow to plan sessions and compare notes on participants\u2019 "
     "progress, and every new marker is briefed on the marking criteria and marks alongside an experienced "
     "colleague for their first assignment.")

heading("C7. Marking and moderation", size=11, before=8)
p_mod = para("Every assignment is marked by the participant\u2019s tutor, and a second Board tutor marks every "
             "fail and one in five of the rest. The arrangements for moderation by the University will be agreed "
             "with the University before the first assignments are handed in.")
comment(p_mod.runs[0], "CW says the external examiner for the MEd may be asked to moderate a sample. Not yet "
                       "confirmed. HL", "Howard Levene", "HL")

heading("C8. Evaluation and impact", size=11, before=8)
para("Participants complete an evaluation sheet at the end of each session and a questionnaire at the end of each "
     "module; the tutors\u2019 team meeting reviews them and records what it will change. At the start and end of "
     "the course participants rate their confidence against each national outcome. In Assignment 3 every "
     "participant records a baseline measure of the progress of the pupils concerned (reading age, P scale or "
     "National Curriculum level, attendance or behaviour records, as suits the change) and measures it again "
     "at least a term later; the Board collates these measures, anonymised, into an annual impact summary. Each "
     "head is asked in the summer term for a short written account of what has changed in their school. Dr "
     "Whitlow reviews the programme each year for the University under its annual monitoring procedure, and the Steering Group (C10) considers all of this each July and agrees the changes for the next "
     "year.")

heading("C9. Resources", size=11, before=8)
para("Participants have access to the University library and its online journals. The Board will build up a "
     "collection of books, assessment materials and software for participants to borrow as funds allow.")

heading("C10. What schools and families told us, and their part in the course", size=11, before=8)
para("Between October and December 2008 we met the heads of all nine schools, sent a short questionnaire to "
     "every SENCO (seventeen replies), held an evening with Lev Echad\u2019s parents\u2019 group (nineteen parents) and "
     "met the SEN officers of both local authorities. The main things we heard, and what we did, were:")
table([
    ["What we heard", "What we did"],
    ["Independent school heads: weekday evenings are difficult for many of their staff; some teachers will "
     "not take part in mixed discussion.", "Group B on Sunday mornings; men\u2019s and women\u2019s sections (Matters 1 and 2)."],
    ["SENCOs: many pupils in the boys\u2019 schools speak Yiddish at home, and it is hard to tell language "
     "difference from difficulty.", "Sessions with Mrs Haas in Module 2."],
    ["SENCOs: Kodesh teachers are rarely included in SEN training.", "Examples from Kodesh lessons in every "
     "module; participants may choose a Kodesh class for Assignment 3."],
    ["Parents: schools talk to them too late and too publicly.", "The Module 3 session on parents, led with "
     "Lev Echad (Matter 9)."],
    ["Local authority officers: SENCOs need to know the services available and how to reach them.",
     "The services directory in Assignment 1."],
], [Cm(8.2), Cm(8.2)], size=9)
para("A Steering Group meets each term: two heads of voluntary-aided schools, two of independent schools, a "
     "parent from Lev Echad, an SEN officer from each local authority, Dr Whitlow and the Director. It reviews "
     "the evaluation evidence and the impact summary each July and agrees changes for the following year. Heads "
     "act as mentors, Lev Echad parents help lead the session on working with parents, and the hosts of the "
     "specialist days take part in the Module 2 review of those days.")

heading("C11. After the Award", size=11, before=8)
para("The last session of Module 3, \u201cMy next steps\u201d, is given to planning what comes next. Each "
     "participant completes a planning sheet setting two or three professional targets for the following year, "
     "agrees them with their tutor, and takes the sheet to their performance management meeting with the head. "
     "The Board\u2019s termly SENCO Forum, open to all who complete the course, follows up these plans, and tutors "
     "discuss with each participant further study, including the University\u2019s MA.")

heading("C12. The Award", size=11, before=8)
para("A participant who passes all three assignments and attends at least 85% of sessions is recommended to the "
     "University for the Award. Between them the three assignments assess every one of the national outcomes; "
     "Annex 2 shows where each is learnt and how it is assessed.")

# ---------------------------------------------------------------- Annex 1
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
heading("ANNEX 1 \u2013 SELF-REVIEW BEFORE THE COURSE (BLANK)", before=0)
para([("Please complete before the first session and bring it with you. For each area, tick the box that is "
       "closest, and add a note if you wish.", "i")], size=10)
table([
    ["Area", "New to me", "Some experience", "Confident", "Note"],
    ["The law and the Code of Practice", "\u2610", "\u2610", "\u2610", ""],
    ["Knowing the child: kinds of need and assessment", "\u2610", "\u2610", "\u2610", ""],
    ["Planning, targets and reviews", "\u2610", "\u2610", "\u2610", ""],
    ["Working with colleagues and teaching assistants", "\u2610", "\u2610", "\u2610", ""],
    ["Working with parents and pupils", "\u2610", "\u2610", "\u2610", ""],
    ["Working with other services", "\u2610", "\u2610", "\u2610", ""],
    ["Leading and managing my own time", "\u2610", "\u2610", "\u2610", ""],
], [Cm(6.2), Cm(1.9), Cm(2.3), Cm(1.9), Cm(4.1)], size=9)

# ---------------------------------------------------------------- Annex 2
heading("ANNEX 2 \u2013 THE NATIONAL OUTCOMES IN OUR THREE STRANDS")
para("We have grouped the national outcomes in three strands that our teachers recognise: Middot (the qualities "
     "of a SENCO), Da\u2019at (what a SENCO knows) and Ma\u2019asim (what a SENCO does). The wording is ours.")
rows = [["Outcome (our wording)", "Where it is learnt", "How it is assessed"]]
strands = [
    ("Middot \u2013 the qualities of a SENCO", [
        ["Fair, warm and respectful relationships with pupils with SEN and with their parents",
         "Module 2 (Matter 7); Module 3 (Matter 9)", "Assignment 2 (the pupil\u2019s views)"],
        ["Bringing the head, senior staff and colleagues with you", "Module 3", "\u2014"],
        ["Foreseeing and solving problems; making sound judgements about provision", "Module 3",
         "Assignment 3 (problems met and decisions taken)"],
        ["Speaking and writing clearly; listening to others", "All modules; chavruta",
         "All three assignments; Assignment 3 presentation"],
        ["Using research and expert advice to improve one\u2019s own and colleagues\u2019 practice",
         "All modules (readings)", "Assignments 2 and 3"],
        ["Keeping up to date; taking charge of one\u2019s own professional learning",
         "Learning log; \u201cMy next steps\u201d", "Learning log (not marked)"],
    ]),
    ("Da\u2019at \u2013 what a SENCO knows", [
        ["SEN law and the Code of Practice, and how to apply them in school", "Module 1", "Assignment 1"],
        ["Disability equality law and what it requires of schools", "Module 1", "\u2014"],
        ["How children develop and what affects development, including SEN and the setting", "Module 2",
         "Assignment 2"],
        ["The common kinds of SEN and disability and how they affect learning", "Module 2",
         "Assignment 2 (short answers)"],
        ["Approaches and resources for assessment, planning and teaching, including ICT", "Module 2",
         "Assignment 2"],
        ["How school self-evaluation works and where SEN fits in it", "Module 3",
         "Tutorial discussion (formative)"],
        ["What research and good practice say about meeting SEN", "Modules 2 and 3", "Assignment 3"],
        ["The work of outside services and how to get specialist help", "Module 1", "Assignment 1 (directory)"],
    ]),
    ("Ma\u2019asim \u2013 what a SENCO does", [
        ["With senior staff and governors, shaping an inclusive ethos, policy and use of resources", "Module 1",
         "Assignment 1"],
        ["Identifying pupils, setting targets, planning interventions and reviewing progress", "Module 2",
         "Assignment 2"],
        ["Using other professionals\u2019 assessments to plan teaching", "Module 2", "Assignment 2"],
        ["Using summative assessment and national tests to track progress", "Module 2",
         "Tutorial discussion (formative)"],
        ["Helping teachers develop assessment for learning with pupils with SEN", "Module 2", "Assignment 2"],
        ["Arranging access arrangements for national tests and examinations in good time", "Module 2",
         "Assignment 2"],
        ["Provision mapping; finding weak or missing provision", "Module 1", "Assignment 1"],
        ["Deploying and managing teaching assistants and other staff", "Module 3", "Assignment 3"],
        ["Developing colleagues: observing, coaching, modelling, training (Matter 6)", "Module 3", "Assignment 3"],
        ["Reviewing with colleagues how well provision works, for the school\u2019s self-evaluation",
         "To be added for 2010-11", "\u2014"],
        ["Involving pupils in planning and reviewing their own provision (Matter 7)", "Module 2", "Assignment 2"],
        ["Working with parents (Matter 9)", "Module 3", "Learning log (not marked)"],
        ["Working with other services and voluntary bodies", "Module 3", "Learning log (not marked)"],
    ]),
]
for name, items in strands:
    rows.append([name, None, None])
    rows.extend(items)
t = table(rows, [Cm(8.0), Cm(4.2), Cm(4.2)], size=9)
i = 1
for name, items in strands:
    merge_row(t, i, name)
    i += len(items) + 1

heading("GLOSSARY FOR READERS OUTSIDE OUR COMMUNITY", size=11)
table([
    ["Term", "Meaning"],
    ["Chavruta", "A study partner; learning in pairs"],
    ["Chol", "General (secular) studies; also the weekdays of a festival (Chol HaMoed)"],
    ["Dayan", "A judge of a rabbinical court"],
    ["Erev Yom Tov", "The day before a festival"],
    ["Kodesh", "Jewish studies"],
    ["Mincha", "The afternoon prayer"],
    ["Shidduch", "An arranged introduction with a view to marriage"],
    ["Tefillah", "Prayer"],
    ["Yom Tov", "A festival day, kept like Shabbat"],
], [Cm(3.5), Cm(12.9)], size=9)

doc.save(OUT)
print("wrote", OUT)
