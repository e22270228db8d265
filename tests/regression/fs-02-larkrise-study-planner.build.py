"""fs-02-larkrise-study-planner

Provider (invented): the Larkrise Trust, a national charity for deafblind and
multi-sensory-impaired children, through Larkrise College, its training
college at Holcombe Lacey, Herefordshire, with the University of
Castlebridge (validating). The Award is the Postgraduate Certificate in
Special Educational Needs Coordination, studied mainly at home from a
Reader, study guides and a DVD, with two residential weekends at Holcombe
Lacey and a placement week.

Document kind: the participants' Study Planner for 2009-10, the week-by-week
calendar a distance-learning course posts to each participant, sent to the
TDA in the version that went to the University's registry for checking,
under a covering letter from the Head of College that adds what the planner
does not say. Layout: covering letter (first person plural, to the panel);
"How to use this planner" written to "you" with a key of typed symbols
(☎ telephone tutorial, ✉ Course Task due, R residential weekend, P placement,
C Common Room); a landscape section holding the week-by-week planner table
(Wk / Week beginning / Block and topic / Reading and activities / In school
this week / Contact and deadlines), residential and placement rows shaded,
holiday rows merged across the table; numbered planner notes N1-N13 referred
to from the table; a portrait section with "Course Tasks at a glance" and
"Where the national outcomes come in" (outcome in the College's own words /
Weeks / Checked in). Header and footer. Tracked changes by the University's
registry (Kath Ridley) and the Head of College; Word comments by the Course
Administrator.

Traps (requirement ids):
- Enhanced CRB disclosure for candidates exists only as a paragraph inserted
  (tracked) in the covering letter: inserted text is part of the submission
  (5.3 met).
- Note N9 on the assessment-only route is a whole deleted paragraph; nothing
  else offers the route (2.3 not_met).
- A Course Task 3 date changed by tracked change (no effect on verdicts).
- Stakeholder influence on the course appears only in a comment ("Parents'
  Panel asked for ... added as Week 14"); the letter speaks only of "forty
  years" of experience (4.1 partially_met: generic; 4.2 not_met).
- Stakeholders in evaluation are concrete: link colleagues' questionnaire,
  the Parents' Panel reviewing the evaluation report, placement hosts
  (4.3 met).
- Impact: "We have not yet settled how we will measure" the effect on
  pupils or participants, only an intention (5.9 not_met).
- Tutors described only as "experienced teachers of children with sensory
  impairments", no qualifications (5.4 partially_met).
- Research: "reading lists are refreshed each year" and the course "draws on
  current research", with nothing specific (1.3 partially_met).
- Prior learning: "the University may allow you to count" earlier credit,
  ask the Course Office; nothing on experience (2.1 partially_met).
- E-learning: the Common Room forum is for participants and "tutors do not
  take part in it"; tutor contact is three fixed telephone tutorials;
  nothing on ICT between the College and schools (3.3 partially_met).
- Week 38 "Looking forward" only suggests talking to the head, no tool or
  session (2.5 partially_met).
- Award rule: passing the four Course Tasks and attending both weekends
  (6.0 partially_met), while several outcomes are not assessed (1.9
  partially_met).
- Outcomes table: no row for school self-evaluation (6.K7 not_met);
  exam access arrangements "Not covered in 2009-10" (6.S2d not_met); time
  management (6.A3) and deploying staff (6.S4) in a week but checked "-"
  (partially_met); own CPD discussed at a telephone tutorial, "not marked"
  (6.A7 partially_met); strategic influence with governors assessed in CT4
  but in no week (6.S1 partially_met).
- Header says "Version 3 - for University check": a header, never evidence.
"""
import sys, os

# ---- helpers (python-docx plus raw OOXML) ----
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, grey=False, size=None, italic=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if size:
            r.font.size = Pt(size)
    return cell


def para(doc_or_cell, text, bold=False, italic=False, size=None, grey=False, style=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, pieces):
    """pieces: list of (text, dict(bold=, italic=))"""
    for t, kw in pieces:
        r = p.add_run(t)
        r.bold = kw.get("bold")
        r.italic = kw.get("italic")
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{i+1}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes))
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes {W}>'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


_rev = [100]


def tracked(p, text, kind, author, date="2009-03-02T10:00:00Z"):
    """Append an inserted ('ins') or deleted ('del') run to paragraph p."""
    _rev[0] += 1
    if kind == "ins":
        x = (f'<w:ins {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}">'
             f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    else:
        x = (f'<w:del {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}">'
             f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_para(p, kind, author, date="2009-03-02T10:00:00Z"):
    """Mark the paragraph mark itself as inserted/deleted (whole-paragraph change)."""
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {W}/>')
        pPr.append(rPr)
    tag = "w:ins" if kind == "ins" else "w:del"
    rPr.append(parse_xml(f'<{tag} {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}"/>'))


def vml_textbox(doc, paragraphs, fill="F2F2F2"):
    """An inline VML text box (w:pict) holding the given list of (text, bold) paragraphs."""
    inner = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="20"/></w:rPr>'
        f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t, b in paragraphs)
    h = 30 + 16 * sum(1 + len(t) // 95 for t, _ in paragraphs)
    x = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:450pt;height:{h}pt" fillcolor="#{fill}">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(x)
    doc.element.body.append(el)
    # keep sectPr last
    sp = doc.element.body.find(qn("w:sectPr"))
    if sp is not None:
        doc.element.body.remove(sp)
        doc.element.body.append(sp)


def merge_row(table, row_idx, text, fill=None, bold=True):
    row = table.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c


def table_borders(table):
    table.style = "Table Grid"
# ---- end helpers ----
from docx.enum.section import WD_ORIENT, WD_SECTION

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "fs-02-larkrise-study-planner"
REG = "Kath Ridley (Registry, Castlebridge)"
HEAD = "Jonathan Greaves"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Larkrise College  |  PG Certificate SEN Coordination  |  Study Planner 2009-10  |  Version 3 - for University check"
sec.footer.paragraphs[0].text = "Larkrise Trust, Holcombe Lacey, Herefordshire HR2 8LP. Registered charity."

# ---------------- covering letter ----------------
para(doc, "LARKRISE COLLEGE", bold=True, size=14)
para(doc, "The training college of the Larkrise Trust for deafblind and multi-sensory-impaired children", italic=True)
para(doc, "Holcombe Lacey, Herefordshire HR2 8LP")
para(doc, "22 May 2009")
para(doc, "The Approval Panel, National Award for SEN Coordination\nTraining and Development Agency for Schools")
para(doc, "Dear Panel members,")
L = []
for t in [
    "Our application for approval of the Postgraduate Certificate in Special Educational Needs Coordination",
    "Rather than write a long statement, we are sending the document our participants will actually live by: "
    "the Study Planner for 2009-10, in the version that has just gone to the University of Castlebridge's "
    "registry for checking. Almost everything our participants do happens at home, in their own schools, and "
    "on two weekends with us, and the Planner shows, week by week, what they will do and when. This letter "
    "adds what a planner does not say.",
    "The award. The Postgraduate Certificate is worth 60 credits at Level 7 (masters level) and is awarded by the "
    "University of Castlebridge, whose validation panel approved it on 19 March 2009 for five years. The College "
    "teaches and assesses; the University appoints the external examiner and holds the Board of Examiners.",
    "What it is for. The course exists to improve the lives and learning of children with special educational "
    "needs and disabilities. Its aims, and the four Course Tasks by which participants are assessed, are framed "
    "around the five Every Child Matters outcomes: every Course Task asks the participant to show what changed "
    "for children, in their learning, safety, health, participation and preparation for adult life, because of "
    "what the participant did.",
    "Why we built it. Our forty years of working alongside families and schools tell us what new SENCOs need, "
    "and the course draws on current research and the best practice we see in the schools we support.",
    "Who can join. Applicants must hold QTS and be SENCO, or about to become SENCO, in a school in England. The "
    "application includes a statement from the head teacher about the applicant's experience with pupils with "
    "SEN and the school's commitment to release them. Every applicant then has a 30-minute telephone interview "
    "with a tutor, who uses a short set of questions drawn from the national outcomes to judge whether they "
    "have the grounding to complete the course within the year. Where an applicant is not yet ready, the tutor "
    "says what would help (usually our ten-week Foundation in Sensory and Complex Needs, or a term's work "
    "alongside an experienced SENCO), writes to the head teacher to explain, and offers a place on the "
    "following intake.",
]:
    L.append(para(doc, t, bold=(t.startswith("Our application"))))
p_crb = doc.add_paragraph()
tracked(p_crb, "Checks. No place is confirmed until the Course Office has seen the applicant's enhanced CRB "
        "disclosure, dated within the last three years, and a letter from the head teacher confirming the "
        "school's own safer-recruitment checks. The Course Office records the disclosure number and date "
        "before the placement week is arranged, and placement hosts are told that this has been done.",
        "ins", HEAD, "2009-05-20T09:12:00Z")
mark_para(p_crb, "ins", HEAD, "2009-05-20T09:12:00Z")
for t in [
    "Access. Larkrise is a disability charity and many of our staff are themselves deaf, blind or deafblind. The "
    "application form invites applicants to tell us about any disability or access need and explains how we "
    "will use the information. The Reader and study guides are available in braille, Moon, large print, audio "
    "and electronic text; we book BSL, deafblind manual and tactile BSL interpreters and note-takers for the "
    "weekends and the placement week; and the Course Office agrees any adjustment to Course Task formats or "
    "deadlines with the participant and the University's disability adviser before the first task is due. "
    "Placement hosts are asked, in advance, to make the same adjustments.",
    "Flexibility. There are two intakes, in September and February; the February intake follows the same "
    "Planner, starting at Week 1 in the first week of February. Participants may swap the order of Blocks 3 "
    "and 4, may attend a residential weekend with the other intake, and may extend their registration to two "
    "years.",
    "Cost. The fee is £1,480, which includes both residential weekends, the placement week and all course "
    "materials. The Trust meets the cost of interpreters, alternative formats and access equipment from its "
    "own funds, so that no participant pays more because of a disability. Participants who are allowed "
    "earlier credit by the University pay a reduced fee.",
    "The team. Our tutors are all experienced teachers of children with sensory impairments who know the work "
    "of a SENCO well. Each participant has one tutor throughout.",
    "Quality. Each Course Task is marked by the participant's tutor and second-marked by another tutor (all "
    "fails, all distinctions and a 25% sample). The tutors hold a moderation meeting after each task, and the "
    "external examiner samples every task before the Board of Examiners. Before the course starts, tutors "
    "attend a standardisation day where they mark the same anonymised pilot scripts and compare marks. Tutors "
    "work from the Tutor Handbook. Each participant's school names a link colleague, usually the head or a "
    "deputy, who receives our Link Colleague Pack and a telephone call from the tutor in Week 2 explaining what "
    "the course asks of the school, what the placement week involves and what the link colleague is asked to "
    "sign. Participants evaluate each Block and each weekend on a short form; the course team reads them at "
    "the end of each Block; and the Course Board (the College, the University's link tutor, two SENCOs who "
    "have finished the course and a member of the Trust's Parents' Panel) meets each term to agree changes, "
    "which are reported in the University's annual monitoring report.",
    "Schools, families and services. At the end of the course each link colleague completes a questionnaire "
    "on what has changed in the school. The Trust's Parents' Panel reads the annual evaluation report each "
    "autumn and its comments go to the Course Board with the external examiner's report. Heads of local "
    "authority sensory support services host participants in the placement week and give their view of "
    "each placement on the host's form.",
    "Effect on practice and on children. We have not yet settled how we will measure the course's effect on "
    "participants' practice or on the children in their schools. We intend to look at this with the "
    "University during the first year.",
    "The award rule. The Certificate is awarded when a participant has passed all four Course Tasks and "
    "attended both residential weekends (see N11 in the Planner).",
    "We would be glad to answer any questions.",
    "Yours faithfully,",
    "Jonathan Greaves\nHead of College",
]:
    L.append(para(doc, t))

# ---------------- how to use ----------------
doc.add_page_break()
para(doc, "STUDY PLANNER 2009-10", bold=True, size=18)
para(doc, "Postgraduate Certificate in Special Educational Needs Coordination (September intake)", bold=True, size=12)
para(doc, "How to use this planner", bold=True, size=13)
for t in [
    "This Planner is your map of the year. Pin it up at home. Each row is one week. It tells you which part of "
    "the Reader and study guide to work on, what to try in school that week, and when you will hear from your "
    "tutor or must send in work. Expect to spend six to eight hours a week on the course, some of it in school.",
    "The course is in four Blocks. Block 1 (Weeks 1-8): The SENCO and the law. Block 2 (Weeks 9-18): Knowing the "
    "child. Block 3 (Weeks 20-28): Provision that works. Block 4 (Weeks 29-38): Leading others. Each Block has a "
    "study guide, chapters of the Course Reader and a DVD. The reading lists in the study guides are refreshed "
    "each year.",
    "Before Week 1: your Starting Point Review. When you accept your place we send you the Starting Point "
    "Review, a self-assessment against each of the national SENCO outcomes with examples of what each looks "
    "like in school. Send it to your tutor before Week 1. At your first telephone tutorial (Week 1) you and "
    "your tutor agree your Personal Route Map: the outcomes you will concentrate on, the optional activities "
    "you will do or skip, and the outcomes you will evidence through your Course Tasks. Your tutor keeps a copy "
    "and you review it together at each tutorial.",
    "Earlier study. If you have earlier postgraduate credit, the University may allow you to count it towards "
    "the Certificate. Ask the Course Office.",
    "Keeping in touch. You have three telephone tutorials with your tutor (Weeks 1, 16 and 33, ☎ on the "
    "Planner). Between them, email the Course Office with questions and they will pass them to your tutor. The "
    "Common Room (C) is the course's online discussion board on the Larkrise learning site; it is yours, for "
    "talking to others on the course, and tutors do not take part in it.",
]:
    para(doc, t)
para(doc, "Key to the Planner", bold=True)
for t in ["☎  telephone tutorial with your tutor", "✉  Course Task due at the Course Office by 5pm on the Friday",
          "R  residential weekend at Holcombe Lacey (shaded)", "P  placement week (shaded)",
          "C  Common Room discussion thread opens", "N  see the Planner notes after the table"]:
    para(doc, t)

# ---------------- landscape planner ----------------
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = sec.page_height, sec.page_width
para(doc, "The week-by-week Planner", bold=True, size=13)

weeks = [
    ("1", "7 Sep", "Block 1. Welcome; the SENCO's role", "Study guide 1, part 1; DVD 1", "Meet your link colleague; agree release time", "☎ Tutorial 1: your Personal Route Map"),
    ("2", "14 Sep", "The SEN Code of Practice", "Reader ch. 1; activity 1.2", "Read your school's SEN policy", "Tutor phones your link colleague"),
    ("3", "21 Sep", "Disability equality law; SENCO regulations 2008", "Reader ch. 2; activity 1.4", "Find your school's accessibility plan and disability equality scheme", "C: 'What does the law ask of us?'"),
    ("4", "28 Sep", "Every Child Matters and the SENCO", "Reader ch. 3", "Map one pupil's needs across the five outcomes", ""),
    ("5", "5 Oct", "Where SEN policy is going", "Study guide 1, part 3", "Interview your head about SEN priorities", ""),
    ("6", "12 Oct", "R1 Residential weekend 1 (Fri 16 - Sun 18 Oct)", "Pre-reading pack 1", "", "R  N2"),
    ("7", "19 Oct", "Writing week", "Guidance for Course Task 1", "", ""),
    ("8", "26 Oct", "HALF TERM", None, None, None),
    ("9", "2 Nov", "Block 2. How children develop", "Study guide 2, part 1; DVD 2", "Observe a pupil in two settings", "✉ Course Task 1 (Fri 6 Nov)"),
    ("10", "9 Nov", "Sensory and multiple needs; development and environment", "Reader ch. 5", "", ""),
    ("11", "16 Nov", "The common kinds of SEN: behaviour, dyslexia, speech and language, autism, MLD", "Reader ch. 6-7", "Audit the needs on your SEN register", "C: 'Beyond the labels'"),
    ("12", "23 Nov", "Relationships with pupils and families", "Study guide 2, part 3", "", ""),
    ("13", "30 Nov", "The child's voice: consulting pupils, including those without speech", "Reader ch. 8; DVD 2 clips", "Gather one pupil's views for their review", "N3"),
    ("14", "7 Dec", "Working with parents and carers", "Reader ch. 9; family interviews on DVD 2", "Plan a meeting with the parents of your focus pupil", ""),
    ("15", "14 Dec", "Using research in school", "Study guide 2, part 5", "", ""),
    ("-", "21 Dec - 8 Jan", "CHRISTMAS: no study planned", None, None, None),
    ("16", "11 Jan", "Assessment: using other professionals' reports; setting targets", "Reader ch. 10", "Collect reports on your focus pupil", "☎ Tutorial 2"),
    ("17", "18 Jan", "Other services and voluntary organisations", "Study guide 2, part 6", "Map the agencies around your focus pupil", ""),
    ("18", "25 Jan", "Writing week", "Guidance for Course Task 2", "", "✉ Course Task 2 (Fri 29 Jan)"),
    ("19", "1 Feb", "P Placement week (two days, N7)", "Placement workbook", "Two days with a host service or school", "P"),
    ("20", "8 Feb", "Block 3. Planning provision", "Study guide 3, part 1; DVD 3", "", ""),
    ("21", "15 Feb", "HALF TERM", None, None, None),
    ("22", "22 Feb", "Provision mapping", "Reader ch. 12; activity 3.3", "Draft a provision map for one year group", "C: 'Share a provision map'"),
    ("23", "1 Mar", "Tracking progress: national tests, P scales and other summative data", "Reader ch. 13", "Analyse your SEN pupils' progress data", ""),
    ("24", "8 Mar", "Interventions and their evidence", "Reader ch. 14", "", ""),
    ("25", "15 Mar", "What research says works", "Study guide 3, part 4", "", ""),
    ("26", "22 Mar", "Reviewing provision with colleagues", "Activity 3.6", "Hold a provision review meeting", ""),
    ("27", "29 Mar", "Teaching assistants and other staff", "Reader ch. 15", "", ""),
    ("-", "5 - 16 Apr", "EASTER: no study planned", None, None, None),
    ("28", "19 Apr", "Writing week", "Guidance for Course Task 3", "", "✉ Course Task 3 (Fri "),
    ("29", "26 Apr", "Block 4. Leading others", "Study guide 4, part 1; DVD 4", "", ""),
    ("30", "3 May", "Gaining colleagues' commitment", "Reader ch. 17", "Present to your senior team", ""),
    ("31", "10 May", "Assessment for learning across the school", "Activity 4.3", "Lead a staff session on formative assessment", ""),
    ("32", "17 May", "Coaching, mentoring and observation", "Reader ch. 18", "Observe and give feedback to a colleague", "C: 'Coaching conversations'"),
    ("33", "24 May", "The SENCO's workload: priorities and delegation", "Study guide 4, part 4", "", "☎ Tutorial 3"),
    ("34", "31 May", "HALF TERM", None, None, None),
    ("35", "7 Jun", "R2 Residential weekend 2 (Fri 11 - Sun 13 Jun)", "Pre-reading pack 2", "", "R  N2"),
    ("36", "14 Jun", "Writing week", "Guidance for Course Task 4", "", "✉ Course Task 4 (Fri 18 Jun)"),
    ("37", "21 Jun", "Catch-up week", "", "", ""),
    ("38", "28 Jun", "Looking forward", "Study guide 4, part 6", "You may want to talk to your head about what you would like to do next", ""),
]
t = doc.add_table(rows=1, cols=6)
table_borders(t)
for i, h in enumerate(["Wk", "Week beginning", "Block and topic", "Reading and activities", "In school this week", "Contact and deadlines"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "C6E0B4")
for w in weeks:
    t.add_row()
    idx = len(t.rows) - 1
    if w[3] is None:
        c = merge_row(t, idx, f"{w[1]}   {w[2]}", fill="D9D9D9")
        continue
    cs = t.rows[idx].cells
    for i, v in enumerate(w):
        cell_text(cs[i], v, size=9)
    if w[2].startswith("R") or w[2].startswith("P "):
        for c in cs:
            shade(c, "FFF2CC")
    if w[5].startswith("✉ Course Task 3"):
        pp = cs[5].paragraphs[0]
        tracked(pp, "16 Apr)", "del", REG, "2009-05-14T15:40:00Z")
        tracked(pp, "23 Apr)", "ins", REG, "2009-05-14T15:40:00Z")

# ---------------- notes ----------------
p5 = doc.add_section(WD_SECTION.NEW_PAGE)
p5.orientation = WD_ORIENT.PORTRAIT
p5.page_width, p5.page_height = sec.page_width, sec.page_height
para(doc, "Planner notes", bold=True, size=13)
notes = [
    ("N1", "Dates. Holiday weeks are shaded grey. If your school's holidays differ from those shown, move the study week, not the deadline."),
    ("N2", "Residential weekends run from Friday 4pm to Sunday 1pm at Holcombe Lacey. Accommodation and meals are included in the fee. Weekend 1 includes a session led by parents of children on the Trust's family service and a panel of professionals from health, social care and education; Weekend 2 includes your Course Task 4 presentation to your tutor group and a second tutor. Tell the Course Office by Week 4 about any access, dietary or interpreting needs."),
    ("N3", "Consulting pupils. Week 13 uses DVD clips filmed with pupils at Larkrise School, showing how staff gather the views of children who use objects of reference, touch cues or signing. In Course Task 2 you show how you gathered your focus pupil's own views and how they shaped the plan."),
    ("N4", "School tasks. The 'In school this week' column is the heart of the course. Keep notes in your Course Log, because Course Tasks 2, 3 and 4 draw on what you did and what difference it made to pupils and colleagues."),
    ("N5", "Resources. You can borrow books, assessment materials, switches, communication aids and tactile resources from the Trust's Resource Library by post (return postage is paid). As a registered student of the University you have full access to its library and its electronic journals from home; your login arrives in Week 1. The DVDs are subtitled and audio-described."),
    ("N6", "Specialists. Each Block's study guide names a Larkrise specialist (audiologist, habilitation specialist, speech and language therapist, educational psychologist) whom you can email through the Course Office with questions about that Block."),
    ("N7", "Placement week. The Course Office arranges two placement days in Week 19 at one of our partner special schools, resourced provisions or local authority sensory support services, as near to your home as possible. Your host agrees a focus with you in advance, and you complete the placement workbook, which feeds Course Task 3. Hosts are experienced SENCOs or heads of service who have had our host briefing."),
    ("N8", "Extensions. Ask the Course Office before the due date. Extensions of up to two weeks can be agreed by your tutor; longer ones go to the University."),
]
for k, v in notes:
    p = doc.add_paragraph(); runs(p, [(k + "  ", {"bold": True}), (v, {})])
p9 = doc.add_paragraph()
tracked(p9, "N9  Assessment-only candidates. A small number of very experienced SENCOs, agreed at interview, may "
        "register for assessment only. They do not follow the weekly Planner: they submit Course Tasks 1-4 on "
        "the dates shown, attend Weekend 2 for the presentation, and have two telephone tutorials.",
        "del", REG, "2009-05-14T15:52:00Z")
mark_para(p9, "del", REG, "2009-05-14T15:52:00Z")
for k, v in [
    ("N10", "Marking. Your tutor marks each Course Task within four weeks and returns it with written feedback against the University's masters-level criteria. Marks are provisional until the Board of Examiners."),
    ("N11", "Completing the Certificate. You are awarded the Certificate when you have passed all four Course Tasks and attended both residential weekends. If you miss a weekend, you may attend the same weekend with the February intake."),
    ("N12", "Access arrangements for tests and examinations are not covered in 2009-10; your school's examinations officer is the best person to advise you."),
    ("N13", "Evaluation. You will receive a short evaluation form at the end of each Block and each weekend. Please return it: the Course Board reads every one."),
]:
    p = doc.add_paragraph(); runs(p, [(k + "  ", {"bold": True}), (v, {})])
c = doc.add_comment(doc.paragraphs[-1].runs, text="Parents' Panel asked for a week on family life and parents' "
                    "meetings - added as Week 14 after the January meeting. Worth saying in the letter?",
                    author="Sue Brannigan (Course Administrator)", initials="SB")

# ---------------- course tasks ----------------
para(doc, "Course Tasks at a glance", bold=True, size=13)
t = doc.add_table(rows=1, cols=4)
table_borders(t)
for i, h in enumerate(["Task", "What you do", "Length and credits", "Due"]):
    cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "C6E0B4")
for row in [
    ("CT1 My school and the law", "Audit your school's SEN policy and accessibility plan against the Code of Practice, disability equality law and Every Child Matters, and recommend changes.", "2,500 words; 10 credits", "Week 9"),
    ("CT2 A child in focus", "A study of one pupil: their development and needs, other professionals' assessments, the pupil's own views, work with the family and with other services, the targets you set and a term's review of progress.", "5,000 words; 20 credits", "Week 18"),
    ("CT3 Provision that works", "A provision map for a year group or key stage, an analysis of progress data for pupils with SEN, a review of provision held with colleagues, drawing on research and your placement, and the decisions you made.", "4,000 words; 15 credits", "Week 28"),
    ("CT4 Leading others", "A portfolio of evidence (your presentation to the senior team, a staff session on formative assessment, a coaching or observation record, and a paper advising your head and governors on SEN policy and resources) with a 20-minute presentation at Weekend 2.", "Portfolio and presentation; 15 credits", "Week 36"),
]:
    cs = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(cs[i], v, size=10)

para(doc, "Where the national outcomes come in", bold=True, size=13)
para(doc, "The national outcomes are written here in our words. 'Weeks' shows where you study the outcome; "
     "'Checked in' shows where it is assessed.", italic=True)
rows = [
    ("Attributes", None, None),
    ("Fair and constructive relationships with pupils with SEN and their families", "12, 14", "CT2"),
    ("Winning the commitment of colleagues, including the head and senior team", "30", "CT4"),
    ("Managing your time, setting priorities, delegating", "33", "-"),
    ("Solving problems and making sound decisions about provision", "24-26", "CT3"),
    ("Clear speaking and writing; listening to others", "Throughout", "CT2 (writing); CT4 presentation"),
    ("Using research and outside advice to improve practice", "15, 25", "CT3"),
    ("Keeping up to date and planning your own development", "38", "Tutorial 3 (discussed, not marked)"),
    ("Knowledge and understanding", None, None),
    ("SEN law and guidance, the Code of Practice, and what they mean for your school", "2, 5", "CT1"),
    ("Every Child Matters and the SENCO's part in it", "4", "CT1"),
    ("Disability equality law and what it requires", "3", "CT1"),
    ("Child development, and how SEN, disability and environment affect it", "9, 10", "CT2"),
    ("The common kinds of SEN and how they affect learning", "10, 11", "CT2"),
    ("Approaches, strategies and resources, including ICT, for assessing and teaching", "11, 16, 24", "CT2; CT3"),
    ("Best practice and research in meeting SEN", "25", "CT3"),
    ("What other agencies do and how to get their help", "17; Weekend 1", "CT2"),
    ("Skills", None, None),
    ("Advising the head and governors on an inclusive ethos, policy, priorities and resources", "-", "CT4 (paper to head and governors)"),
    ("Identifying pupils with SEN, setting targets, planning interventions, reviewing progress", "9-16", "CT2"),
    ("Using other professionals' assessments in teaching", "16", "CT2"),
    ("Using summative data and national tests to track progress", "23", "CT3"),
    ("Helping colleagues with formative assessment", "31", "CT4"),
    ("Access arrangements for tests and examinations", "Not covered in 2009-10 (N12)", "-"),
    ("Provision mapping; finding what is missing or not working", "22-24", "CT3"),
    ("Deploying and managing teaching assistants and other staff", "27", "-"),
    ("Supporting colleagues' development: observation, coaching, training", "31, 32", "CT4"),
    ("Reviewing provision with colleagues to feed the school's self-evaluation", "26", "CT3"),
    ("Involving pupils in planning and reviewing their provision", "13", "CT2"),
    ("Working with parents and carers", "14", "CT2"),
    ("Working with other services and voluntary organisations", "17; Weekend 1", "CT2"),
]
t = doc.add_table(rows=1, cols=3)
table_borders(t)
for i, h in enumerate(["Outcome", "Weeks", "Checked in"]):
    cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "C6E0B4")
for a, b, c in rows:
    t.add_row()
    idx = len(t.rows) - 1
    if b is None:
        merge_row(t, idx, a, fill="E2EFDA")
    else:
        cs = t.rows[idx].cells
        cell_text(cs[0], a, size=10); cell_text(cs[1], b, size=10); cell_text(cs[2], c, size=10)
p = para(doc, "Questions about this Planner: Course Office, Larkrise College, 01981 540 330, courseoffice@larkrise-college.org.uk")
doc.add_comment(p.runs, text="Tutors have asked whether one of them should look in on the Common Room each week. "
                "To discuss at the July team meeting.", author="Sue Brannigan (Course Administrator)", initials="SB")

doc.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
