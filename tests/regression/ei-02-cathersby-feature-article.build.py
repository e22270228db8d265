"""Build ei-02-cathersby-feature-article.docx (blind test application).

PROVIDER
  Cathersby Education Consulting Ltd (invented), a small private education
  consultancy in the cathedral city of Cathersby, run by two former inspectors
  (Frances Allardyce, HMI 1997-2007; Desmond Okafor, Ofsted inspector
  1994-2008) and a former SENCO (Helen Strachan). It sells training and reviews
  to schools. It runs the award with the University of Grellingham (invented),
  which validated a Postgraduate Certificate in Coordinating Special
  Educational Needs (National Award), 60 credits at Level 7, in December 2008.
  Magazine (invented): "Provision Matters", features editor Claire Membury,
  sub-editor Jon Ashworth.

KIND OF DOCUMENT
  A FEATURE ARTICLE for a professional magazine, sent as the editor's second
  proof with the magazine's and the authors' tracked changes and comments
  still in it, under a one-page covering letter, with an annex on the
  outcomes written for the panel. No magazine feature or proof is in the
  regression README (newsletters, bulletins and press packs are different
  kinds: an issue of many items, and PR material).

LAYOUT
  Section 1 (one column): covering letter on the company's letterhead, typed
  address with manual line breaks, company header.
  Section 2 (two newspaper columns): the magazine proof, its own page header
  ("PROVISION MATTERS ... PROOF 2") and footer (copyright; never evidence).
  Kicker, headline, standfirst, byline as formatted Normal paragraphs (no
  heading styles); bold crossheads typed as Normal paragraphs; a drop-in
  "Fact file" box, an "Assignments" box and an "About the authors" box as
  shaded one-cell tables; two pull quotes in VML text boxes (a head's
  words; a former participant's memory of the old course).
  Tracked changes: four whole paragraphs or sentences deleted (three by the
  sub-editor "cut for length", one by the author), two passages inserted by
  the author, and small word-level edits by the sub-editor.
  Five Word comments (editor and author). None is evidence.
  Section 3 (one column): "Annex for the approval panel" with an outcome table
  in the company's shorthand, merged group rows, "-" and "Not covered in
  2009-10" cells, a key saying the Learning Log is not marked, company header.

TRAPS (requirement ids affected)
  Text that is not part of the submission:
  - 2.1  The APL paragraph (30 credits of prior M-level credit, portfolio
         credit for experience) is a tracked DELETION "cut for length"; the
         author's comment asking to reinstate it is a comment. Nothing else
         on prior learning. -> not_met.
  - 1.5, 6.S7  The pupil-voice paragraph is a tracked deletion by the author
         (her comment: the University asked them to drop it for the first
         year); the annex says "Not covered in 2009-10". -> not_met both.
  - 5.8  Remaining text: every assignment "second-marked by another of us".
         University moderation and the external examiner are only in a
         deleted paragraph. -> partially_met.
  - 4.3  Heads host visits, a parent and an EP speak (delivery); the steering
         group that would read the evaluation is a deleted sentence (and was
         "From next year" anyway). -> partially_met.
  Inserted text IS part of the submission:
  - 5.3  The CRB paragraph in the Fact file is an author's insertion
         (head confirms enhanced disclosure number and date; new disclosure
         through the company if out of school three months; reference from
         previous employer; List 99 check by the head). -> met.
  - 3.2  The sentence that each block runs twice at two venues is an
         insertion; otherwise one September intake, fixed order, one year.
         -> partially_met (it would be not_met without the insertion).
  Negations far from their subject:
  - 3.3  "Plenty of providers are putting SENCO training online ... We have
         not" (a crosshead and a paragraph away from "online"); the old
         course's discussion board was "let go" (past). No e-learning.
         -> not_applicable.
  - 2.3  The assessment-only question is posed in "What we haven't solved";
         the answer "it is something we will not be offering" comes two
         sentences later. -> not_met.
  Values, generalities and hopes:
  - 1.1  Aims are progress "in reading, writing and mathematics"; well-being
         and the whole child are values only. -> partially_met.
  - 1.7, 6.S8  Parents "know their children better than any of us" and a
         parent speaks in Block 3, but no assignment involves parents; annex
         "-" for assessment. -> partially_met both. 6.A1 is assessed for the
         relationship with the child only. -> partially_met.
  - 2.4  Individual Learning Plan steers tutor visits only; everyone takes the
         same blocks; cost answered with "we know this is a lot". -> partially_met.
  - 3.1  "Our venues are accessible, and anyone who needs an adjustment only
         has to tell us" (no disclosure process, nothing on assessment).
         -> partially_met.
  - 4.2  "What they told us shaped almost every decision we made" without
         saying what changed. -> partially_met (4.1 met: survey numbers and
         findings).
  - 5.1  Internal methods only (session sheets, peer observation by the
         ex-inspectors, end-of-year survey, half-termly review). -> partially_met.
  - 5.5  Specialist speakers, but "We don't arrange placements"; the week in
         a special school belonged to the old course (past; pull quote).
         -> partially_met.
  - 5.9  Confidence ratings at start and end; pupil impact "we would love to
         be able to say". -> partially_met.
  Blanket claim against the annex:
  - 1.9, 6.0  "every one of the national outcomes is assessed somewhere in
         the three assignments" (editor's comment queries it); the annex
         shows "-", "Log" (not marked), optional strands and "Not covered".
         -> partially_met both.
  Criterion 6 (annex):
  - Not assessed ("-"): 6.K2, 6.K4, 6.S8; "Log" only: 6.A3, 6.A7; optional
    "if the participant chooses the coaching strand": 6.S5; pupil
    relationship only: 6.A1. -> partially_met.
  - "Not covered in 2009-10": 6.S2d, 6.S7. No row and no mention: 6.S2c.
    -> not_met.
  - The rest are developed in a named block and assessed in a named
    assignment, agreeing with the Assignments box. -> met.
  Met in ordinary prose: E.1, E.2, 1.2, 1.3, 1.4, 1.6, 1.8, 2.2, 2.5, 4.1,
  5.2, 5.4, 5.6, 5.7.
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ei-02-cathersby-feature-article"
OUT = os.path.join(HERE, NAME + ".docx")

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VNS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
PLUM = RGBColor(0x6B, 0x2D, 0x5C)
GREY = RGBColor(0x66, 0x66, 0x66)

SUB = "Jon Ashworth"
ED = "Claire Membury"
AUTH = "Frances Allardyce"
D_SUB = "2009-02-10T11:20:00Z"
D_AUTH = "2009-02-12T16:05:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(5)

_rev = [100]


def rid():
    _rev[0] += 1
    return _rev[0]


def set_cols(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def header_footer(section, head, foot):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(head)
    r.font.size = Pt(7.5)
    r.font.color.rgb = GREY
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(foot)
    r.font.size = Pt(7)
    r.font.color.rgb = GREY


def para(text="", bold=False, italic=False, size=None, colour=None, font=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
        if font:
            r.font.name = font
    return p


def crosshead(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.name = "Arial"
    r.font.size = Pt(10.5)
    r.font.color.rgb = PLUM
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def _run(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {WNS}><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked(segments):
    """A paragraph made of ('n'|'ins'|'del', text[, author, date]) segments."""
    p = doc.add_paragraph()
    for seg in segments:
        kind, text = seg[0], seg[1]
        author = seg[2] if len(seg) > 2 else SUB
        date = seg[3] if len(seg) > 3 else D_SUB
        if kind == "n":
            p.add_run(text)
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {WNS} w:id="{rid()}" w:author="{author}" w:date="{date}">'
                f'{_run(text)}</w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(
                f'<w:del {WNS} w:id="{rid()}" w:author="{author}" w:date="{date}">'
                f'{_run(text, deleted=True)}</w:del>'))
    return p


def whole_para(text, kind, author=SUB, date=D_SUB):
    """A whole paragraph inserted or deleted, paragraph mark included."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr.append(parse_xml(
        f'<w:rPr {WNS}><{tag} w:id="{rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    p._p.append(parse_xml(
        f'<{tag} {WNS} w:id="{rid()}" w:author="{author}" w:date="{date}">'
        f'{_run(text, deleted=(kind == "del"))}</{tag}>'))
    return p


def textbox(lines, fill="F3E8EF"):
    """An inline VML text box holding a pull quote."""
    inner = ""
    for i, (txt, italic, size) in enumerate(lines):
        rpr = "<w:rPr>" + ("<w:i/>" if italic else "") + \
              f'<w:color w:val="6B2D5C"/><w:sz w:val="{size * 2}"/></w:rPr>'
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(txt)}</w:t></w:r></w:p>'
    xml = (f'<w:r {WNS} {VNS}><w:pict><v:rect id="pq{rid()}" '
           f'style="width:215pt;height:105pt" fillcolor="#{fill}" stroked="f">'
           f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:rect></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def box(title, paras, fill="EFE6EC"):
    """A one-cell shaded table used as a boxout; paras may be str or callables."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    r = c.paragraphs[0].add_run(title)
    r.bold = True
    r.font.name = "Arial"
    r.font.size = Pt(9.5)
    r.font.color.rgb = PLUM
    for item in paras:
        if callable(item):
            item(c)
        else:
            lead, body = item if isinstance(item, tuple) else ("", item)
            cp = c.add_paragraph()
            if lead:
                lr = cp.add_run(lead + " ")
                lr.bold = True
                lr.font.size = Pt(8.5)
            br = cp.add_run(body)
            br.font.size = Pt(8.5)
    para()
    return t


# ===================================================================== section 1
s1 = doc.sections[0]
s1.left_margin = s1.right_margin = Cm(2.2)
header_footer(s1, "Cathersby Education Consulting Ltd", "Cathersby Education Consulting Ltd. "
              "Registered in England No. 5540912. Registered office: 2 Tanner's Row, Cathersby.")

p = para("CATHERSBY EDUCATION CONSULTING LTD", bold=True, size=12, colour=PLUM, font="Arial")
p = doc.add_paragraph()
r = p.add_run("2 Tanner's Row")
r.add_break(WD_BREAK.LINE)
p.add_run("Cathersby")
p.runs[-1].add_break(WD_BREAK.LINE)
p.add_run("Tel. 01982 407 355  |  office@cathersby-education.co.uk")
para("16 February 2009")
p = doc.add_paragraph()
r = p.add_run("SENCO Award Approvals")
r.add_break(WD_BREAK.LINE)
p.add_run("Training and Development Agency for Schools")
para()
para("Dear Colleagues,")
para("National Award for SEN Coordination: application from Cathersby Education "
     "Consulting Ltd with the University of Grellingham", bold=True)
para("Your invitation said that applicants could send existing documents rather than "
     "write afresh. The fullest account we have of our course is a feature the three of "
     "us have written for the spring issue of Provision Matters, the magazine many of our "
     "client SENCOs read. We enclose it as the magazine's second proof, which reached us "
     "last week. We have left the editor's and our own marks in, so that you can see the "
     "proof as it stands rather than a version tidied for the panel.")
para("Because a magazine feature is not the place for a table of the national outcomes, "
     "we have added an annex, written for you, that shows where each outcome is developed "
     "and where it is assessed.")
para("Dr Nadia Kellaway, programme leader for the Postgraduate Certificate at the "
     "University of Grellingham, has seen this letter and the proof.")
para("Yours faithfully,")
para("Frances Allardyce, Desmond Okafor and Helen Strachan")
para("Directors, Cathersby Education Consulting Ltd", italic=True)

# ===================================================================== section 2
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.left_margin = s2.right_margin = Cm(1.9)
set_cols(s2, 2)
header_footer(s2, "PROVISION MATTERS  \u00b7  Spring 2009  \u00b7  Features  \u00b7  "
              "PROOF 2 \u2013 for author approval \u2013 not for circulation",
              "\u00a9 Provision Matters 2009. No part of this proof may be reproduced without "
              "the permission of the publisher. Views expressed are the authors' own.")

para("LEADING PROVISION  |  THE NEW NATIONAL AWARD", bold=True, size=8, colour=PLUM, font="Arial")
para("From the inspector's chair to the SENCO's desk", bold=True, size=20, font="Arial")
para("Two former inspectors and a former SENCO have spent a year building a Master's-level "
     "course for new SENCOs. Frances Allardyce, Desmond Okafor and Helen Strachan explain "
     "what they have built, what they left out, and what still keeps them awake at night.",
     italic=True, size=11)
para("By Frances Allardyce, Desmond Okafor and Helen Strachan", bold=True, size=8.5)

tracked([("n", "For twenty years, two of us walked into schools with a clipboard. We "
          "judged lessons, read SEN registers, sat in on annual reviews and wrote the "
          "sentences that governors dread. The third of us was on the other side of the "
          "desk: Helen was SENCO at a large Cathersby primary for fourteen years and had "),
         ("del", "rather more than "), ("ins", "more than "),
         ("n", "her share of inspectors. When the SENCO regulations of 2008 made it plain "
          "that every new SENCO would need a qualification of their own, the three of us "
          "found ourselves asking the same question: if we had to build the course, what "
          "would we want it to do?")])
para("This article is the answer. Our course, the University of Grellingham's "
     "Postgraduate Certificate in Coordinating Special Educational Needs, was validated by "
     "the University in December and, subject to national approval, takes its first "
     "cohort in September.")

crosshead("Starting from the child")
para("We agreed on our first aim before we agreed on anything else, and it is simple: "
     "pupils with SEN in our participants' schools should make better progress in "
     "reading, writing and mathematics than they did before their SENCO joined us. Every "
     "inspector has sat in a school where the SEN paperwork was immaculate and the "
     "pupils were going nowhere. We did not want to train more people to produce "
     "immaculate paperwork.")
para("Of course we care about more than test scores. All three of us believe in "
     "educating the whole child, and we hope our participants will too. But the measure "
     "we will hold ourselves to is progress, and the course is built to make participants "
     "show it.")

textbox([("\u201cI can't release anyone for more than ten days. Anything more and I'd "
          "rather not send anyone at all.\u201d", True, 11),
         ("A Cathersby primary headteacher, at one of our breakfast meetings", False, 8)])

crosshead("What heads and SENCOs told us")
para("We are a small company and our clients are schools, so we asked them. In spring "
     "2008 we surveyed 38 SENCOs in our client schools and held four breakfast meetings "
     "for headteachers, which 52 heads attended, and we met the county's SEN team "
     "twice. The messages were consistent. Heads could release a SENCO for ten days in a "
     "year and not one more. SENCOs wanted the course close to home, wanted to be "
     "visited in their own schools rather than asked to write about schools in general, "
     "and, above all, wanted help with provision mapping and with managing teaching "
     "assistants. The county asked that we use its own guidance on the graduated "
     "response. What they told us shaped almost every decision we made.")

crosshead("Who it is for")
p = para("The course is for teachers who are SENCO now, or whose head has designated them "
         "to become SENCO by September. Applicants need qualified teacher status and a "
         "letter of nomination from their head, which confirms that the school will release "
         "them for the ten days and the two tutor visits and names a mentor, usually the "
         "deputy head.")
whole_para("If you already hold Master's-level credit in SEN, a module from another "
           "university for example, the University will count up to 30 credits of it "
           "towards the award, and we will map it against the national outcomes so that you "
           "take only the modules you still need. Experienced SENCOs can also claim credit "
           "for what they have learned on the job, through a portfolio that we assess with "
           "the University.", "del")
c = doc.add_comment(p.runs, text="Jon has cut the APL para below for length: it read like "
                    "small print. Shout if you need it.", author=ED, initials="CM")
para("Every applicant then has what we call the Starting Conversation: an hour with Helen, "
     "in the applicant's own school. Before it, the applicant rates themselves against each "
     "of the national outcomes for the award, from \u2018new to me\u2019 to \u2018I could "
     "teach a colleague\u2019. In the conversation Helen tests those ratings, gently, "
     "because a teacher who rates themselves highly on the Code of Practice has sometimes "
     "been working from the 1994 version. Out of the conversation comes each participant's "
     "Individual Learning Plan: the five or six outcomes that matter most for them, the "
     "focus of each tutor visit, and the personal targets they will be reviewed against.")
p = para("Sometimes the conversation shows that the applicant is not ready: a teacher in "
         "their first year of teaching, say, or one who has never taught a pupil with a "
         "statement. We do not take them. We write to them setting out what to do first, "
         "usually a year in post and the county's SENCO network, and Helen rings the head "
         "to talk it through. Two applicants for the first cohort have already been "
         "advised in this way.")
c = doc.add_comment(p.runs, text="Frances: please reinstate the APL para if you possibly "
                    "can. Grellingham allows up to 30 credits of prior Master's-level credit "
                    "and heads keep asking about it.", author=AUTH, initials="FA")

crosshead("How the year runs")
para("The course has five study blocks of two days each: October, December, February, "
     "April and June. There is one intake a year, in September, and the blocks are taken "
     "in order.")
whole_para("Each block runs twice in the same week, once at our rooms in Cathersby and once "
           "at Holmbridge Teachers' Centre, and participants can attend either.",
           "ins", AUTH, D_AUTH)
para("Between blocks, participants carry out practice tasks in their own schools, and each "
     "is visited twice by a tutor, once in the autumn and once in the spring, to see the "
     "tasks in action and review the Individual Learning Plan. All three assignments are "
     "written about, and carried out in, the participant's own school.")
p = para("Plenty of providers are putting SENCO training online, and some of our clients "
         "asked us to do the same. Our old unaccredited SENCO course had a discussion board; "
         "a handful of people used it and we have let it go.")
doc.add_comment(p.runs, text="Worth a line on why not? Lots of readers will want online.",
                author=ED, initials="CM")
crosshead("Why we stayed in the room")
para("We have not. We thought hard about it, and we came back each time to the same "
     "thing: the most useful hour on our old course was always the one where SENCOs "
     "from different schools argued with each other over a real provision map. Handouts "
     "go out by email a week before each block, and participants can email their tutor "
     "between blocks, but the course is taught face to face.")

crosshead("What we teach")
para("Block 1 is the role, the law and the big picture: the Education Act 1996, the SEN "
     "Code of Practice (2001), the Disability Discrimination Act and the disability "
     "equality duty, accessibility planning, and Every Child Matters. Block 2 takes the "
     "main areas of need in turn, speech, language and communication, autism, dyslexia "
     "and specific learning difficulties, behavioural, emotional and social difficulties "
     "and moderate learning difficulties, with a session on how children develop. Block 3 "
     "is assessment and planning: identifying needs, using the reports of other "
     "professionals, setting targets, choosing interventions, teaching approaches and "
     "ICT, and tracking progress with national test and P scale data. A parent from "
     "the county's parent partnership service speaks in Block 3 about what it is like "
     "to be on the other side of the review table.")
whole_para("Block 3 also includes Helen's day on the pupil's voice: how to find out what a "
           "child thinks about their support, including children with little or no speech, "
           "and how to make sure pupils help to set and review their own targets.",
           "del", AUTH, D_AUTH)
p = para("Block 4 is leadership: provision mapping, deploying and managing teaching "
         "assistants, coaching colleagues, managing your time and bringing the head and "
         "governors with you. Block 5 is working with other services, including the "
         "voluntary sector, school self-evaluation, and the Next Year Plan (see below).")
doc.add_comment(p.runs, text="Deleted the pupil voice para above: Grellingham's panel "
                "asked us to drop it for the first year. We'll bring it back in 2010.",
                author=AUTH, initials="FA")
tracked([("n", "Each block is built on evidence we trust. We draw on Ofsted's 2006 report "
          "Inclusion: does it matter where pupils are taught?, the Bercow Review of 2008, "
          "the early findings of the Deployment and Impact of Support Staff project and the "
          "evidence emerging from the Lamb Inquiry into parental confidence, "),
         ("del", "as well as "), ("ins", "and "),
         ("n", "the Inclusion Development Programme. Reading lists are rewritten each "
          "summer.")])
para("Block 5 ends with the Next Year Plan. Each participant writes a plan for their own "
     "professional development in the year after the course, on our template, discusses "
     "it with their mentor, and takes it to their performance management review.")

CRB_TEXT = ("The head confirms on the nomination letter the number and date of the "
            "participant's enhanced CRB disclosure and that the school has checked List 99. "
            "Anyone who has not worked in a school in the last three months obtains a new "
            "enhanced disclosure through us before the course starts, and we take up a "
            "reference from their last employer.")


def crb_insert(cell):
    """The author's inserted 'Suitability' line in the Fact file."""
    cp = cell.add_paragraph()
    cp._p.append(parse_xml(
        f'<w:ins {WNS} w:id="{rid()}" w:author="{AUTH}" w:date="{D_AUTH}">'
        f'<w:r><w:rPr><w:b/><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">'
        f'Suitability: </w:t></w:r>'
        f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">'
        f'{escape(CRB_TEXT)}</w:t></w:r></w:ins>'))


box("FACT FILE", [
    ("Award:", "Postgraduate Certificate in Coordinating Special Educational Needs "
     "(National Award), University of Grellingham. Validated December 2008."),
    ("Credits:", "60 credits at Level 7 (Master's level): three 20-credit modules, each "
     "assessed by one assignment. The credits count towards Grellingham's MA in Education."),
    ("Shape:", "ten study days in five two-day blocks, October to June; two tutor visits; "
     "practice tasks in school. One September intake."),
    ("Fee:", "\u00a31,650."),
    ("Entry:", "QTS; SENCO in post or designated; head's nomination letter; the Starting "
     "Conversation."),
    crb_insert,
])

crosshead("Assessment: the part everyone asks about")
p = para("There are three assignments, described in the box. Between them they are "
         "designed so that every one of the national outcomes is assessed somewhere in the "
         "three assignments, and participants also keep a Learning Log, which we read at "
         "each tutor visit. The University awards the certificate to participants who pass "
         "all three assignments.")
doc.add_comment(p.runs, text="Is this strictly true? Readers will hold you to it.",
                author=ED, initials="CM")
tracked([("n", "Each assignment is marked by one of us and second-marked by another of us"),
         ("del", ", blind"), ("n", ".")])
whole_para("Marking is then moderated by the University: a sample of every assignment goes "
           "to Dr Kellaway's team at Grellingham, and the University's external examiner "
           "reviews a sample from each module and attends the examination board.", "del")

box("THE THREE ASSIGNMENTS", [
    ("1. School SEN Audit (4,000 words).", "With the head and two colleagues, the "
     "participant reviews the school's SEN provision against the law, the Code of Practice "
     "and the disability equality duty, including the accessibility plan; analyses the "
     "school's Key Stage or GCSE results and P scale data for pupils with SEN; builds a "
     "provision map that shows gaps and provision that is not working; sets the findings "
     "against the school's self-evaluation form; and uses research and outside advice to "
     "make recommendations."),
    ("2. Child in Focus (4,000 words).", "For one child: identifying needs from the "
     "school's assessments and the reports of other professionals; an account of the "
     "child's needs set in a critical overview of the main areas of need; targets, an "
     "intervention and its review; a critical evaluation of the approaches and resources "
     "used, including ICT; the part played by other services and voluntary organisations; "
     "and the working relationship the participant built with the child."),
    ("3. Impact Project (3,000 words and a 10-minute presentation).", "A change in "
     "provision led by the participant that involves deploying teaching assistants or "
     "other staff differently, with pupils' progress measured before and after; the head's written statement of support "
     "and colleagues' feedback; an account of the problems met and the decisions taken; "
     "a presentation of the strategic proposals that follow to the head and the SEN "
     "governor, with questions. Participants may choose a coaching strand, in which they "
     "coach a colleague and record the cycle."),
])

crosshead("Parents, pupils and the people next door")
para("Parents know their children better than any of us, and the best SENCOs we met as "
     "inspectors treated them that way. We want every participant to leave the course "
     "with that instinct.")
para("Other professionals are part of the course too. The county's principal educational "
     "psychologist and a speech and language therapist teach in Block 2, and the autism "
     "outreach team in Block 5. We don't arrange placements. Participants who want to "
     "spend time in a special school or a language unit do so if their head agrees.")
textbox([("\u201cThe week I spent at Riverside School was the best week of the whole "
          "course.\u201d", True, 11),
         ("A participant on our unaccredited SENCO course, 2006", False, 8)], fill="EDEDED")
tracked([("n", "Heads are involved too. Six of our client schools have agreed to host "
          "practice visits for other participants, and heads sign off the Impact Project. "),
         ("del", "From next year a small steering group, two heads, a parent and the "
          "county's principal educational psychologist, will read our evaluation report "
          "and tell us what to change.")])

crosshead("Checking ourselves")
para("Two of us spent years telling schools that self-evaluation is only as good as what "
     "you do with it, so we could hardly skip our own. Every study day ends with an "
     "evaluation sheet. Frances and Desmond observe each other and Helen teaching at least "
     "once a block, and grade the session as they would have graded a lesson. At the end "
     "of the year every participant completes a survey. We meet each half-term to go "
     "through the evidence and decide what to change.")
para("Participants rate their confidence against each national outcome at the Starting "
     "Conversation and again at the end of the course, so we can see how far they have "
     "come. What we would love to be able to say is that the pupils in their schools are "
     "doing better because of it. That is harder, and we have not yet worked out how to "
     "show it.")

crosshead("Who teaches it")
box("ABOUT THE AUTHORS", [
    ("Frances Allardyce", "was one of Her Majesty's Inspectors from 1997 to 2007, with a "
     "national brief for SEN and inclusion, and before that headteacher of a special "
     "school for pupils with moderate learning difficulties. She holds an MEd in special "
     "education."),
    ("Desmond Okafor", "inspected schools for Ofsted from 1994 to 2008, latterly as a lead "
     "inspector, after ten years as deputy head of a comprehensive. He is a School "
     "Improvement Partner for five secondary schools."),
    ("Helen Strachan", "was SENCO at St Wilfrid's Primary, Cathersby, from 1993 to 2007, and "
     "led the county's primary SENCO network. She holds an MA in SEN and the OCR Diploma "
     "in specific learning difficulties."),
    ("Associates:", "Dr Paul Venning, educational psychologist, and Gill Sarson, former "
     "advisory teacher for speech, language and communication."),
])
para("All three of us still spend most weeks in schools, reviewing provision for clients, "
     "which keeps us honest about what SENCOs face now rather than what they faced when we "
     "were inspecting. Each of us also does at least five days of our own SEN training a "
     "year. Our two associates shadow a full block before they teach, and come to every "
     "marking standardisation meeting. Each participant's mentor in school comes to a "
     "two-hour briefing with us in September and has a Mentor Guide that sets out what we "
     "ask of them at each stage.")
para("For resources we bring our own lending library, more than 400 titles, to every "
     "block, along with a box of assistive technology to try and borrow: Clicker 5 on "
     "laptops, reading pens, talking tins and a Penfriend. Participants are registered "
     "students of the University and have full use of its library and e-journals.")

crosshead("What it costs, and who it's for")
para("The fee is \u00a31,650. We know this is a lot for a school budget, and we have kept it "
     "as low as we can. The Individual Learning Plan means that each participant's tutor "
     "visits are spent on what they most need. Our venues are accessible, and anyone who "
     "needs an adjustment only has to tell us.")

crosshead("What we haven't solved")
para("We have not solved everything. We still want pupils' own views to have the place "
     "in the course that the University asked us to hold back this year. We want to find "
     "a fair way of measuring what difference the course makes to children.")
para("And there is the question we are asked at every heads' breakfast: can an "
     "experienced SENCO, or a teacher from the support services, simply be assessed "
     "against the outcomes without doing the course? We have talked about it among "
     "ourselves and with the University, and we understand why people ask. For now, "
     "and certainly for the first cohort, it is something we will not be offering.")
para("Frances Allardyce, Desmond Okafor and Helen Strachan are the directors of "
     "Cathersby Education Consulting Ltd.", italic=True, size=8.5)

# ===================================================================== section 3
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.left_margin = s3.right_margin = Cm(2.2)
set_cols(s3, 1)
header_footer(s3, "Cathersby Education Consulting Ltd  |  Annex for the approval panel "
              "(not part of the article)", "Cathersby Education Consulting Ltd, 2 Tanner's "
              "Row, Cathersby.")
para("Annex for the approval panel", bold=True, size=14, colour=PLUM, font="Arial")
para("The national outcomes, where they are developed and where they are assessed", bold=True)
para("The outcomes are in our own shorthand, grouped as in the national list. Block numbers "
     "refer to the study blocks described in the article; Assignments 1 to 3 are those in "
     "the box. \u2018Log\u2019 means the Learning Log, which participants keep and which we "
     "read at tutor visits; it is not marked. A dash means the outcome is not assessed in an "
     "assignment.", size=9.5)

rows = [
    ("Professional attributes", None, None),
    ("Good relationships with pupils and their parents", "Blocks 2, 3",
     "Assignment 2 (working relationship with the child)"),
    ("Bringing the head and colleagues with you", "Block 4",
     "Assignment 3 (head's statement; colleagues' feedback)"),
    ("Managing time; delegating", "Block 4", "Log"),
    ("Sound judgement; solving problems", "Blocks 4, 5",
     "Assignment 3 (problems met and decisions taken)"),
    ("Clear writing and speaking; listening", "All blocks",
     "Assignments 1-3 (writing); Assignment 3 presentation and questions"),
    ("Using research and outside advice", "All blocks", "Assignment 1"),
    ("Own professional development", "Block 5 (Next Year Plan)", "Log"),
    ("Professional knowledge and understanding", None, None),
    ("SEN law and the Code of Practice", "Block 1", "Assignment 1"),
    ("Every Child Matters", "Block 1", "\u2013"),
    ("Disability equality law", "Block 1", "Assignment 1 (accessibility plan)"),
    ("How children develop", "Block 2 (one session)", "\u2013"),
    ("The main areas of need", "Block 2", "Assignment 2"),
    ("Approaches, strategies and resources, including ICT", "Blocks 2, 3", "Assignment 2"),
    ("School self-evaluation", "Block 5", "Assignment 1 (against the SEF)"),
    ("Research and best practice", "All blocks", "Assignment 1"),
    ("Outside agencies and specialist support", "Block 5", "Assignment 2"),
    ("Professional skills", None, None),
    ("Strategic influence with senior staff and governors", "Block 4",
     "Assignment 3 (presentation to head and SEN governor)"),
    ("Identifying needs, targets, interventions, review", "Blocks 2, 3", "Assignment 2"),
    ("Using other professionals' assessments", "Block 3", "Assignment 2"),
    ("Tracking progress with test and P scale data", "Block 3", "Assignment 1"),
    ("Access arrangements for tests and examinations", "Not covered in 2009-10 "
     "(schools' examinations officers handle these)", "Not covered"),
    ("Provision mapping", "Block 4", "Assignment 1 (provision map)"),
    ("Deploying and managing staff", "Block 4", "Assignment 3"),
    ("Developing colleagues", "Block 4",
     "Assignment 3, if the participant chooses the coaching strand"),
    ("Reviewing provision with colleagues", "Block 5",
     "Assignment 1 (audit carried out with the head and two colleagues)"),
    ("Involving pupils in their own provision", "Not covered in 2009-10", "\u2013"),
    ("Working with parents", "Block 3 (parent speaker)", "\u2013"),
    ("Partnership with other services, including voluntary organisations", "Block 5",
     "Assignment 2"),
]
t = doc.add_table(rows=len(rows) + 1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Outcome (our shorthand)", "Developed in", "Assessed in"]):
    c = t.cell(0, i)
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(c, "D9C3D3")
for i, (a, b, cc) in enumerate(rows, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        m.text = ""
        r = m.paragraphs[0].add_run(a)
        r.bold = True
        r.font.size = Pt(9)
        shade(m, "F3E8EF")
        continue
    for j, val in enumerate((a, b, cc)):
        c = t.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.font.size = Pt(9)
para()
para("Frances Allardyce, for the directors, 16 February 2009", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
