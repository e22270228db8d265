"""Build eb-02-westwold-elearning-storyboard.docx (blind test application).

PROVIDER
  The National Strategies SEN and Inclusion Regional Team for Westwold
  (invented): a senior consultant and four SEN and inclusion consultants
  working with Quensby City Council, Holmewood County Council and Sallick
  Borough Council (all invented) and the University of Wenbourne (invented),
  which validates the award. Award: the Westwold SENCO Award, Postgraduate
  Certificate in SEN Coordination, 60 credits at Level 7, modules WSE1 and
  WSE2. Blended: eight online units on the Westwold Learning Platform
  (Moodle, hosted by Wenbourne) and six face-to-face Network Days. People:
  Pauline Dunmore (senior consultant, SME lead), Sunil Mehra, Bridget
  Oyelaran, Rachel Thewlis (consultants), Dr Keith Ansell (Wenbourne
  programme leader), Kit Farrant (instructional designer at the invented
  e-learning developer Brightline Interactive Ltd).

KIND OF DOCUMENT
  An E-LEARNING STORYBOARD: the developer's screen-by-screen storyboard for
  "Online Unit 0: Your Award", the orientation unit every participant
  completes before the first Network Day, sent to the TDA as the
  application with a short covering note ("it is the place where we explain
  the whole programme to participants"). Not a film script: each screen is a
  labelled table (Screen / Type / Status / On-screen text / Narration /
  Interaction / Feedback / Accessibility / Developer notes), with
  click-to-reveal panels, knowledge-check questions with right and wrong
  options and their feedback, screens on HOLD with placeholders, and screens
  marked CUT that must not be built.

LAYOUT
  Title block, a document-control table and version history, the covering
  note, a conventions key (screen types TXT, HOT, VID, MCQ; status APPROVED,
  HOLD, CUT), then 33 screen tables in nine sections (0.1 to 0.9), each
  screen preceded by a bold Heading 3 line "Screen 0.x.y  Title". Reveal
  panels are nested lines in one cell ("Reveal 1:", ...). The outcome map is
  three reveal panels on one screen, each a small three-column table inside
  the storyboard table cell (nested tables). Real tracked changes (w:ins /
  w:del, author "Pauline Dunmore", 26 February 2009) from the final SME
  read: a deleted sentence, an inserted sentence, an inserted paragraph,
  and a deleted-and-replaced cell in the outcome map. Four Word comments
  by reviewers (not part of the submission). Page header and footer
  (developer's template; not evidence).

TRAPS (requirement ids affected)
  - Knowledge-check distractor: option A of Question 2 says an experienced
    teacher can be assessed "through the assessment-only route"; it is
    marked Incorrect and its feedback says the award "does not have an
    assessment-only route": 2.3 not_met.
  - Knowledge-check distractor for CRB: option A says the Award office
    checks the disclosure at Network Day 1; feedback "we don't ask to see
    it"; Screen 0.4.4 on safer recruitment is on HOLD with "[Legal text to
    be supplied by Wenbourne]"; a comment says legal wording is coming
    (comment, not evidence): 5.3 not_met.
  - CUT screens (0.3.5 "Your learning plan", 0.7.4 "Pupil Progress
    Tracker") describe full arrangements that the covering note says will
    not be made: 2.2 partially_met (the starting-point audit remains, used
    only to suggest Spotlight resources; no individual plan or personalised
    outcomes), 5.9 partially_met (only the repeat audit and a confidence
    survey remain; no measure of pupils' progress).
  - Tracked deletion: the e-tutor's two-working-day reply and fortnightly
    live surgery are deleted; the inserted sentence leaves an end-of-unit
    forum summary; peer forums and e-mail progress notes to mentors remain:
    3.3 partially_met (no direct tutor support online between Network
    Days).
  - Tracked insertion (counts): a whole inserted paragraph adds APEL beside
    APCL: 2.1 met.
  - Tracked change in the outcome map: for the main types of SEN
    "Assignment 1" is deleted and "Unit 3 knowledge check" inserted; a
    comment explains why (not evidence): 6.K5 partially_met.
  - Distant negation: the sentence about school visits ("which in the
    pilot many of you asked for, and which several of our local authority
    colleagues and special school heads generously offered to host ...")
    ends "something we are not able to include in the 2009-10 programme";
    specialist expertise is there (EP, SaLT, sensory, Greenhollow School's
    Network Day): 5.5 partially_met.
  - Placeholders: "[Mentor guide: HOLD]" with only the mentor's meeting
    duty described (5.7 partially_met; e-tutors are trained and
    standardised); "External evaluation: [PLACEHOLDER: paragraph from
    Wenbourne Quality Office]" with internal surveys, analytics and the
    Review Group only (5.1 partially_met); "[External examiner: HOLD]" with
    internal second marking and a moderation meeting only (5.8
    partially_met). A comment naming an external examiner is not part of
    the submission.
  - General claims without evidence: the award was "shaped by what SENCOs
    and heads across Westwold told us" (4.1 partially_met), while the pilot
    of fourteen SENCOs and the LA requests led to named changes (4.2 met).
    Research only as "the best available evidence"; developments named
    (IDP, Progression Guidance), but no research or inspection evidence
    named: 1.3 partially_met.
  - Blanket claim on Screen 0.6.3 ("Every national outcome is covered")
    and an award rule that adds completing all units (posting the Learning
    Log entry and attempting each knowledge check): 1.9 partially_met,
    6.0 partially_met.
  - Knowledge checks "are for practice: your scores are not recorded"
    (Screen 0.6.1, Question 4): outcomes that "count" only in a knowledge
    check are not assessed for the award.
  - Outcome map (Screen 0.6.3), Criterion 6:
      6.A3, 6.A7, 6.S5, 6.S6: "Learning Log (not marked)": partially_met.
      6.K2: "Unit 1 knowledge check": partially_met.
      6.K5: tracked change above: partially_met.
      6.S2d: "Unit 4 knowledge check": partially_met.
      6.A4, 6.K7, 6.S2c: no row, and no unit content: not_met.
      All others: unit named and assignment named, with the brief on
      Screen 0.6.2 asking for it: met (6.K4 child development is in Unit 2
      and Assignment 1; 6.S7 in Unit 5 and Assignment 1).
  - Met in unusual places: E.1/E.2 in a reveal panel (0.2.2); 3.1 on an
    accessibility screen with the accessibility row of other screens;
    3.2 on the pathway screen; 4.3 the termly Award Review Group; 2.5 the
    Unit 8 plan with the e-tutor's written feedback; 5.6 the resources
    reveal (including Holmewood's assistive technology loan service).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "eb-02-westwold-elearning-storyboard"
OUT = os.path.join(HERE, NAME + ".docx")

AUTHOR = "Pauline Dunmore"
DATE = "2009-02-26T16:40:00Z"
_rev = [100]

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(3)
for lvl, size in ((1, 14), (2, 12), (3, 10.5)):
    hs = doc.styles["Heading %d" % lvl]
    hs.font.name = "Calibri"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.header.paragraphs[0].text = (
    "Brightline Interactive | Westwold SENCO Award | U0 storyboard v1.4 | CLIENT CONFIDENTIAL")
sec.footer.paragraphs[0].text = (
    "Storyboard template SB-3  (c) Brightline Interactive Ltd 2008. "
    "Screens marked CUT are retained for audit only.")


# ------------------------------------------------------------------ helpers
def P(text="", bold=False, italic=False, size=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev_id():
    _rev[0] += 1
    return str(_rev[0])


def add_ins(p, text):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _rev_id())
    ins.set(qn("w:author"), AUTHOR)
    ins.set(qn("w:date"), DATE)
    ins.append(_run_el(text))
    p._p.append(ins)


def add_del(p, text):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rev_id())
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    d.append(_run_el(text, deleted=True))
    p._p.append(d)


def mark_para(p, kind):
    """Mark the paragraph mark itself as inserted or deleted."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), _rev_id())
    m.set(qn("w:author"), AUTHOR)
    m.set(qn("w:date"), DATE)
    rpr.append(m)
    ppr.append(rpr)


def fill_cell(cell, content, size=9):
    """content: str (paragraphs split on \\n) or list of items.

    An item may be a str, or a tuple:
      ("ins", text)            an inserted paragraph
      ("mix", [("", t), ("del", t), ("ins", t), ("b", t)])  runs in one paragraph
      ("comment", text, comment_text, author)  a paragraph carrying a comment
    """
    items = content.split("\n") if isinstance(content, str) else content
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(2)
        if isinstance(it, str):
            r = p.add_run(it)
            r.font.size = Pt(size)
        elif it[0] == "ins":
            mark_para(p, "ins")
            add_ins(p, it[1])
        elif it[0] == "mix":
            for kind, t in it[1]:
                if kind == "del":
                    add_del(p, t)
                elif kind == "ins":
                    add_ins(p, t)
                else:
                    r = p.add_run(t)
                    r.font.size = Pt(size)
                    if kind == "b":
                        r.bold = True
        elif it[0] == "comment":
            r = p.add_run(it[1])
            r.font.size = Pt(size)
            doc.add_comment(r, text=it[2], author=it[3],
                            initials="".join(w[0] for w in it[3].split()))
    return cell


SCREEN_FILL = "EDE4F2"


def screen(sid, title, stype, status, rows):
    """rows: list of (label, content)."""
    h = doc.add_heading("Screen %s  %s" % (sid, title), level=3)
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    fill_cell(c0, "Type: %s" % stype)
    fill_cell(c1, "Status: %s" % status)
    for c in (c0, c1):
        shade(c, "B4A7D6" if status != "CUT" else "BFBFBF")
        for r in c.paragraphs[0].runs:
            r.bold = True
    for i, (label, content) in enumerate(rows, 1):
        lc = t.cell(i, 0)
        fill_cell(lc, label)
        shade(lc, SCREEN_FILL)
        lc.paragraphs[0].runs[0].bold = True
        fill_cell(t.cell(i, 1), content)
    for row in t.rows:
        row.cells[0].width = Cm(3.2)
        row.cells[1].width = Cm(13.8)
    P(after=2)
    return t


def nested_table(cell, rows, widths, changes=None):
    """A small table inside a cell. changes: {(r, c): [("del", t), ("ins", t)]}."""
    nt = cell.add_table(rows=len(rows), cols=len(rows[0]))
    nt.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = nt.cell(i, j)
            c.width = Cm(widths[j])
            if changes and (i, j) in changes:
                p = c.paragraphs[0]
                for kind, tx in changes[(i, j)]:
                    if kind == "del":
                        add_del(p, tx)
                    elif kind == "ins":
                        add_ins(p, tx)
                    else:
                        p.add_run(tx).font.size = Pt(8.5)
            else:
                r = c.paragraphs[0].add_run(val)
                r.font.size = Pt(8.5)
                if i == 0:
                    r.bold = True
            if i == 0:
                shade(c, "D9D2E9")
    return nt


# ------------------------------------------------------------------ title block
P("Westwold SENCO Award", bold=True, size=16)
P("Online Unit 0: Your Award", bold=True, size=13)
P("Storyboard, version 1.4 (sign-off copy with tracked edits), 27 February 2009", italic=True)

t = doc.add_table(rows=8, cols=2)
t.style = "Table Grid"
ctrl = [
    ("Client", "The National Strategies, Westwold Regional Team (SEN and Inclusion), for "
               "Quensby City Council, Holmewood County Council and Sallick Borough Council, "
               "with the University of Wenbourne"),
    ("Developer", "Brightline Interactive Ltd"),
    ("SME lead", "Pauline Dunmore, Senior SEN and Inclusion Consultant"),
    ("Instructional designer", "Kit Farrant (Brightline)"),
    ("Platform", "Westwold Learning Platform (Moodle 1.9, hosted by the University of Wenbourne)"),
    ("Learner time", "About 90 minutes; can be left and resumed at any screen"),
    ("Audience", "Participants in the Westwold SENCO Award, in the fortnight before Network Day 1"),
    ("Sign-off", "SME: P. Dunmore 27/02/09.  Client: S. Mehra 27/02/09.  Build from v1.4 with "
                 "tracked edits accepted."),
]
for i, (a, b) in enumerate(ctrl):
    fill_cell(t.cell(i, 0), a)
    shade(t.cell(i, 0), SCREEN_FILL)
    fill_cell(t.cell(i, 1), b)
P(after=2)

P("Version history", bold=True)
t = doc.add_table(rows=6, cols=3)
t.style = "Table Grid"
vh = [
    ("Version", "Date", "Change"),
    ("1.0", "05/12/08", "First draft from the design workshop"),
    ("1.1", "19/12/08", "SME review: narration rewritten in the team's voice"),
    ("1.2", "16/01/09", "Changes after the pilot with 14 SENCOs (see Screen 0.2.3)"),
    ("1.3", "10/02/09", "Steering group: Screens 0.3.5 and 0.7.4 CUT; Screen 0.4.4 on HOLD"),
    ("1.4", "27/02/09", "Final SME read, tracked; sign-off"),
]
for i, row in enumerate(vh):
    for j, val in enumerate(row):
        fill_cell(t.cell(i, j), val)
        if i == 0:
            shade(t.cell(i, j), "D9D2E9")
P(after=2)

# ------------------------------------------------------------------ covering note
doc.add_heading("Covering note to the TDA approval panel", level=2)
P("The National Strategies Westwold Regional Team submits, with our partners Quensby, "
  "Holmewood and Sallick councils and the University of Wenbourne, the storyboard of Online "
  "Unit 0 as our application to offer the National Award for SEN Coordination. Unit 0 is the "
  "online unit every participant completes before the first Network Day. It is the place "
  "where we explain the whole programme to participants, so we have chosen to send it rather "
  "than write the same things twice.")
P("Please read the on-screen text, the narration and the feedback as our account of the "
  "programme. Screens marked CUT will not be built and describe arrangements we have "
  "decided not to make. Developer notes are instructions to Brightline. The build will match "
  "version 1.4 once the tracked edits are accepted.")
P("Pauline Dunmore, Senior SEN and Inclusion Consultant, 2 March 2009", italic=True)

# ------------------------------------------------------------------ conventions
doc.add_heading("Storyboard conventions", level=2)
t = doc.add_table(rows=8, cols=2)
t.style = "Table Grid"
conv = [
    ("TXT", "Text and image screen with narration"),
    ("HOT", "Click-to-reveal screen: the learner clicks each item to open a panel"),
    ("VID", "Video screen with transcript"),
    ("MCQ", "Knowledge check: one question, options, feedback for each option"),
    ("APPROVED", "Signed off for build"),
    ("HOLD", "Do not build until the missing text or media is supplied"),
    ("CUT", "Do not build. Kept in the storyboard for the audit trail"),
    ("Narration", "Recorded by the SME; a transcript button is on every screen"),
]
for i, (a, b) in enumerate(conv):
    fill_cell(t.cell(i, 0), a)
    shade(t.cell(i, 0), SCREEN_FILL)
    fill_cell(t.cell(i, 1), b)
P(after=2)

# ================================================================== 0.1
doc.add_heading("Section 0.1  Welcome", level=2)
screen("0.1.1", "Welcome", "TXT", "APPROVED", [
    ("On-screen text", "Welcome to the Westwold SENCO Award\nThis unit takes about 90 minutes. "
                       "You can stop at any screen and pick up where you left off."),
    ("Narration", "Hello, and welcome. I'm Pauline Dunmore, and I lead the team of National "
                  "Strategies consultants who will be working with you this year. This short "
                  "unit explains how the Award works: what it is for, how you'll study, who "
                  "will support you, how you'll be assessed and what happens at the end. "
                  "Everything here is also in the participant handbook, but we think it makes "
                  "more sense when you can click around it."),
    ("Accessibility", "Narration transcript button. All images have alt text. Keyboard "
                      "navigation tested with screen reader (JAWS 10)."),
])
screen("0.1.2", "Why this matters", "VID", "HOLD", [
    ("On-screen text", "Why this matters"),
    ("Media", "[PLACEHOLDER: 2-minute video of a Sallick parent and her son's SENCO talking "
              "about his move to secondary school. Filming 12 March 2009.]"),
    ("Developer notes", "Hold until video supplied; use still and caption if not received by "
                        "20 March."),
])

# ================================================================== 0.2
doc.add_heading("Section 0.2  What the Award is for", level=2)
screen("0.2.1", "What the Award is for", "TXT", "APPROVED", [
    ("On-screen text", "Better outcomes for pupils with SEN and disabilities: in their learning, "
                       "their health, their safety, their enjoyment, their contribution and "
                       "their future.\nA SENCO who can lead that with colleagues, families, "
                       "pupils and other services."),
    ("Narration", "The Award has one purpose above all: that pupils with special educational "
                  "needs and disabilities in your school do better, in all five Every Child "
                  "Matters outcomes and not only in their test results. The second purpose "
                  "follows from the first: to give you the knowledge, understanding and skills "
                  "to lead that work in your school. Every unit ends with a task you try out in "
                  "your own school, both assignments are carried out in your school, and both "
                  "ask you to show what difference your work made to pupils' progress and "
                  "well-being. That is written into the marking criteria."),
])
screen("0.2.2", "Who's behind the Award", "HOT", "APPROVED", [
    ("On-screen text", "Click each partner to find out what they do."),
    ("Reveal 1: National Strategies", "The Westwold Regional Team of SEN and inclusion "
     "consultants designed the Award, wrote the online units, leads the Network Days and "
     "provides your e-tutor."),
    ("Reveal 2: The councils", "Quensby, Holmewood and Sallick provide the Network Day venues, "
     "specialists from their educational psychology, speech and language therapy and sensory "
     "support services, and pay half of your fee if you work in one of their maintained "
     "schools."),
    ("Reveal 3: University of Wenbourne", "Wenbourne validated the Award on 21 January 2009 as "
     "its Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at "
     "Level 7 (master's level), in two 30-credit modules, WSE1 Knowing the Learner and WSE2 "
     "Leading Provision. You are registered as a Wenbourne student. The University sets the "
     "assessment regulations, hosts the Westwold Learning Platform and gives you full library "
     "access."),
])
screen("0.2.3", "Built with SENCOs", "TXT", "APPROVED", [
    ("On-screen text", "Shaped by Westwold SENCOs"),
    ("Narration", "The Award was shaped by what SENCOs and heads across Westwold told us they "
                  "needed. In November 2008 fourteen SENCOs from the three councils tried out "
                  "an early version of this unit and Units 1 and 2. Because of what they told "
                  "us, we split the old Unit 3 into two shorter units, added printable versions "
                  "of every unit, moved Network Day 2 out of the week of the Key Stage 2 tests, "
                  "and added a Saturday option for Network Days 3 and 5. Holmewood's SEN team "
                  "asked us to build the Progression Guidance into Unit 4, which we did, and "
                  "the Sallick parent partnership service reviewed and rewrote parts of "
                  "Unit 5. The whole Award draws on the best available evidence and on the "
                  "National Strategies' own programmes, including the Inclusion Development "
                  "Programme and the Progression Guidance 2008-09."),
])

# ================================================================== 0.3
doc.add_heading("Section 0.3  How the Award works", level=2)
screen("0.3.1", "The shape of your year", "TXT", "APPROVED", [
    ("On-screen text", "8 online units  |  6 Network Days  |  2 assignments  |  1 Learning Log"),
    ("Narration", "The Award is blended. You'll work through eight online units, each lasting "
                  "about three weeks and ten to twelve hours: readings, short videos, "
                  "activities, a 'Try it in school' task, a forum discussion with your home "
                  "group, a Learning Log entry and a short knowledge check. Six Network Days "
                  "bring everyone together face to face. Module WSE1 is Units 1 to 4 and "
                  "Assignment 1; Module WSE2 is Units 5 to 8 and Assignment 2."),
])
screen("0.3.2", "The eight units", "HOT", "APPROVED", [
    ("On-screen text", "Click a unit to see what it covers."),
    ("Unit 1", "The SENCO, the law and Every Child Matters: the SEN Code of Practice (2001), "
               "SENDA 2001, the Disability Discrimination Acts and the disability equality "
               "duty, accessibility planning, the SENCO Regulations 2008, and the five Every "
               "Child Matters outcomes for pupils with SEN."),
    ("Unit 2", "How children develop and learn: physical, cognitive, language, social and "
               "emotional development, and how SEN, disability and the physical and social "
               "environment of the school affect it."),
    ("Unit 3", "Understanding needs: dyslexia and specific learning difficulties, speech, "
               "language and communication needs (with the Inclusion Development Programme), "
               "autistic spectrum disorders, behavioural, emotional and social difficulties, "
               "moderate learning difficulties. Primary, secondary and special pathways."),
    ("Unit 4", "Identifying and tracking: observation, data and assessment; using reports from "
               "educational psychologists, therapists and advisory teachers; setting targets, "
               "planning and reviewing interventions; P scales, national tests and "
               "RAISEonline; access arrangements for national tests and examinations."),
    ("Unit 5", "Pupils and families: ways of hearing pupils' views, including pupils who do not "
               "use speech; pupils' part in setting and reviewing their targets; fair and "
               "respectful relationships with pupils and parents; working with parents and "
               "carers (written with the Sallick parent partnership service)."),
    ("Unit 6", "Teaching and learning: quality first teaching and personalised learning; "
               "choosing interventions; ICT and assistive technology to remove barriers; "
               "what research tells us about meeting special educational needs and how to use "
               "it and outside advice in your school."),
    ("Unit 7", "Leading provision: winning the support of your head and colleagues; working "
               "with senior leaders and the SEN governor on inclusive policy and the use of "
               "resources; provision mapping; deploying and managing teaching assistants; "
               "coaching and training colleagues; reviewing provision with colleagues; "
               "managing your time and delegating."),
    ("Unit 8", "Beyond the school and next steps: educational psychology, speech and language "
               "therapy, CAMHS, social care, sensory services and voluntary organisations; the "
               "Common Assessment Framework; keeping up to date; planning your next steps."),
])
screen("0.3.3", "Network Days", "TXT", "APPROVED", [
    ("On-screen text", "Six Network Days: Quensby Teachers' Centre or Ashby Lodge, Holmewood. "
                       "Choose either venue each time."),
    ("Narration", "Network Days are where the online units come to life. Each one has a "
                  "specialist session, from an educational psychologist, a speech and language "
                  "therapist or the sensory support service, case discussion in your home group, "
                  "and a twenty-minute tutorial with your e-tutor. Network Day 4 is hosted by "
                  "Greenhollow Special School, whose staff lead the afternoon. School visits, "
                  "which in the pilot many of you asked for, and which several of our local "
                  "authority colleagues and special school heads generously offered to host "
                  "during the spring term, are, because we could not find a way to fund the "
                  "supply cover, something we are not able to include in the 2009-10 "
                  "programme."),
])
screen("0.3.4", "Fitting the Award around your job", "TXT", "APPROVED", [
    ("On-screen text", "Start in September or January\nUnits in any order within each module\n"
                       "Online at any time, printable at any time\nPrimary, secondary or "
                       "special pathway"),
    ("Narration", "You can start in September or in January. Within each module you can take "
                  "the units in any order that suits your school year, as long as each is "
                  "finished before the module's assignment. Units are open day and night, and "
                  "every unit has a printable version for when you can't get online. In "
                  "Units 3 and 4 you choose a primary, secondary or special pathway, and the "
                  "Spotlight resources in every unit let you go further in the areas that "
                  "matter most in your school. Your fee is 950 pounds, and the councils pay "
                  "half for their maintained schools; online study means you need only six "
                  "days out of school."),
])
screen("0.3.5", "Your learning plan", "TXT", "CUT", [
    ("On-screen text", "Your learning plan"),
    ("Narration", "In your second week, your e-tutor will agree an individual learning plan "
                  "with you, based on your starting-point audit: the national outcomes you will "
                  "concentrate on, the Spotlight resources you will use and the school tasks "
                  "that will build them. Your plan is reviewed at each Network Day tutorial."),
    ("Developer notes", "CUT at v1.3. Do not build. Steering group 10/02/09: e-tutors cannot "
                        "take on individual plans this year."),
])

# ================================================================== 0.4
doc.add_heading("Section 0.4  Before you started", level=2)
screen("0.4.1", "How places were offered", "TXT", "APPROVED", [
    ("Narration", "You have a place because you hold qualified teacher status, you are the "
                  "SENCO or have been named by your head to become SENCO, and your head signed "
                  "a nomination form agreeing to release you for the Network Days and naming "
                  "your school mentor. You also completed the starting-point audit and talked "
                  "it through on the phone with one of us. When we think an applicant is not "
                  "yet ready, usually because they are still in their induction year or have no "
                  "responsibility for pupils with SEN, we write to explain what to do first, "
                  "often a term in the council's New SENCO Network, and we ring their head to "
                  "agree a plan, so that they can apply for a later start."),
])
screen("0.4.2", "Your starting point", "TXT", "APPROVED", [
    ("On-screen text", "Your starting-point audit: 28 statements, rated 1 to 4"),
    ("Narration", "The audit you completed with your application has one statement for each "
                  "of the national outcomes, and you rated yourself from 1, new to this, to 4, "
                  "confident enough to show others. Your e-tutor uses it to suggest which "
                  "Spotlight resources to start with. You'll repeat the audit in Unit 8, so you "
                  "can see how far you've come."),
])
screen("0.4.3", "Credit for what you already know", "TXT", "APPROVED", [
    ("Narration", [
        "If you have passed a Level 7 module in special educational needs at any university "
        "in the last five years, you can claim credit for it (accreditation of prior "
        "certificated learning) towards WSE1, up to its full 30 credits. Wenbourne's APL panel "
        "maps your module against the WSE1 learning outcomes.",
        ("ins", "You can also ask for credit for learning from experience (APEL). You put "
                "together a short claim mapping your experience to the learning outcomes of "
                "WSE1, with evidence from your school, which two tutors assess and Wenbourne's "
                "APL panel confirms. Talk to the Award office before Network Day 1."),
    ]),
])
screen("0.4.4", "Safer recruitment", "TXT", "HOLD", [
    ("On-screen text", [("comment", "[Legal text to be supplied by Wenbourne]",
                         "Wenbourne legal say we must check disclosures for anyone not "
                         "employed in a school. Wording promised by end of March.",
                         "Sunil Mehra")]),
    ("Developer notes", "Hold screen until text arrives. If not received, remove from the "
                        "menu."),
])

# ================================================================== 0.5
doc.add_heading("Section 0.5  Who will support you", level=2)
screen("0.5.1", "Meet your team", "HOT", "APPROVED", [
    ("On-screen text", "Click a photo to meet the team."),
    ("Pauline Dunmore", "Senior SEN and Inclusion Consultant and Award lead. Ten years a primary "
                        "SENCO, then an LA advisory teacher; MA in Special and Inclusive "
                        "Education; regional lead for the Inclusion Development Programme."),
    ("Sunil Mehra", "SEN and Inclusion Consultant. Former head of learning support in an 11-18 "
                    "school; Postgraduate Diploma in Specific Learning Difficulties; leads "
                    "Progression Guidance work with the three councils."),
    ("Bridget Oyelaran", "SEN and Inclusion Consultant. Teacher of the deaf and former head of "
                         "a hearing support base; leads Units 3 and 8."),
    ("Rachel Thewlis", "SEN and Inclusion Consultant. Former deputy head of a special school "
                       "for pupils with BESD; MA in Educational Leadership; leads Unit 7."),
    ("Dr Keith Ansell", "Senior Lecturer in Inclusive Education, University of Wenbourne; "
                        "programme leader for the Award at the University and chief marker."),
    ("Training", "Every e-tutor has completed Wenbourne's Tutoring Online course and attends a "
                 "standardisation day on the two assignments before each intake."),
])
screen("0.5.2", "Getting help between Network Days", "TXT", "APPROVED", [
    ("Narration", [
        "Each unit has a forum for your home group of eight SENCOs, and we'll ask you to "
        "pair up with a study buddy in Unit 1.",
        ("mix", [("", "Between Network Days, help comes from your home group and your study "
                      "buddy. "),
                 ("del", "Your e-tutor will answer any question you post in your unit forum "
                         "within two working days, and holds a live online surgery every "
                         "other Thursday from 7 to 8 pm. "),
                 ("ins", "Your e-tutor reads each unit forum when the unit closes and posts a "
                         "summary of the main questions. "),
                 ("", "Your twenty-minute tutorial is on each Network Day.")]),
        "At the end of each unit the platform e-mails a short progress note to you and your "
        "school mentor, so that your school knows where you are.",
    ]),
    ("Accessibility", "Forum posts can be read aloud with the platform's text-to-speech tool."),
])
screen("0.5.3", "Your school mentor", "TXT", "APPROVED", [
    ("Narration", [("comment",
                    "Your mentor is a member of your school's leadership team, named by your "
                    "head. They will meet you at least twice a term to talk about your Try it "
                    "in school tasks and your assignments.",
                    "Steering group agreed a mentor briefing twilight in September at each "
                    "venue. Add here once dates are fixed?",
                    "Rachel Thewlis")]),
    ("On-screen text", "[Mentor guide: HOLD]"),
    ("Developer notes", "Link to the mentor guide PDF when it is written."),
])
screen("0.5.4", "Access for everyone", "TXT", "APPROVED", [
    ("Narration", "We want every SENCO to be able to take part fully. The platform and all "
                  "eight units have been tested with screen readers, every video is captioned "
                  "and transcribed, and every unit can be printed in large print. Before the "
                  "Award starts you were sent a confidential form asking whether you have a "
                  "disability or health condition we should know about; if you told us, the "
                  "Award office has already been in touch, and Wenbourne's Disability Advisory "
                  "Service will agree any adjustments you need, such as extra time for "
                  "assignments, assignments in another format, a support worker on Network "
                  "Days or specialist software. You can tell us at any point, not only at the "
                  "start. Both venues have level access, a hearing loop and accessible "
                  "toilets, and the Saturday option on two Network Days helps those with "
                  "caring responsibilities."),
])
screen("0.5.5", "Resources", "HOT", "APPROVED", [
    ("Reveal 1: Library", "Wenbourne's library and e-journals, from home or school, with "
                          "readings for every unit linked from the platform."),
    ("Reveal 2: National Strategies", "The Inclusion Development Programme online modules, "
                                      "the Progression Guidance 2008-09 and the SEN materials "
                                      "from the Standards Site, linked in each unit."),
    ("Reveal 3: Technology", "Holmewood's Assistive Technology Loan Service lends participants "
                             "a laptop with text-to-speech, symbol and mind-mapping software, "
                             "and communication aids to trial in school for up to half a "
                             "term."),
])

# ================================================================== 0.6
doc.add_heading("Section 0.6  How you are assessed", level=2)
screen("0.6.1", "Assessment at a glance", "TXT", "APPROVED", [
    ("On-screen text", "Assignment 1 (WSE1)  |  Assignment 2 (WSE2)  |  Learning Log  |  "
                       "Knowledge checks"),
    ("Narration", "Two assignments carry your credit, one for each module, and each must be "
                  "passed at 50 per cent. Your Learning Log is an online journal: you post one "
                  "entry for each unit, your e-tutor checks that it is there and comments on "
                  "it, but it is not marked. The knowledge checks at the end of each unit are "
                  "for practice: your scores are not recorded. To gain the Award you must pass "
                  "both assignments and complete all eight units, which means posting each "
                  "unit's Learning Log entry and attempting its knowledge check."),
])
screen("0.6.2", "The two assignments", "HOT", "APPROVED", [
    ("Reveal 1: Assignment 1", "A case study of provision for one pupil (5,000 words). Identify "
     "the pupil's needs using classroom observation, the school's data and assessments, and "
     "the reports of other professionals; explain the pupil's development and how their "
     "needs, any disability and the school environment affect it; agree challenging targets "
     "with the pupil and involve them in reviewing their progress; plan, carry out and review "
     "an intervention, with a critical evaluation of the approaches, strategies and resources "
     "used, including ICT; meet the parents or carers at least twice and describe how you "
     "built a fair and respectful relationship with the pupil and family; work with at least "
     "one other service or voluntary organisation and explain its role; show how the school's "
     "procedures follow the SEN Code of Practice and the law. Marked on the quality of your "
     "evidence and writing and on what changed for the pupil."),
    ("Reveal 2: Assignment 2", "Leading provision (4,000 words and a 10-minute recorded "
     "presentation). Analyse your school's data for pupils with SEN, including national tests "
     "and teacher assessment, to show how their progress is tracked and where programmes need "
     "to change; produce a costed provision map that shows gaps and provision that is not "
     "working; plan the deployment and management of teaching assistants; review the "
     "school's accessibility plan against the disability equality duty; review research and "
     "best practice, and the advice of outside specialists, that support your plan; and "
     "present your proposals for the school's inclusive ethos, SEN policy and resources to "
     "your head or senior team and the SEN governor, whose written response you submit. "
     "Marked on your analysis, your use of research, the clarity of your presentation and the "
     "evidence that senior colleagues are committed to the plan."),
])

s = screen("0.6.3", "The national outcomes: where you'll work on them and where they count",
           "HOT", "APPROVED", [
    ("On-screen text", "Every national outcome is covered. Click each group to see where."),
    ("Reveal 1: Attributes", ""),
    ("Reveal 2: Knowledge", ""),
    ("Reveal 3: Skills", ""),
    ("Developer notes", "Build each reveal as a scrolling table. Keep the wording as here."),
])
attr = [
    ["You will...", "Worked on in", "Counts in"],
    ["build fair, respectful relationships with pupils and their families", "Unit 5",
     "Assignment 1"],
    ["win the commitment of colleagues, your head and senior leaders", "Unit 7",
     "Assignment 2 (presentation and response)"],
    ["manage your time, set priorities and delegate", "Unit 7", "Learning Log (not marked)"],
    ["speak and write clearly, and listen to others", "All units; Network Days",
     "Assignment 1; Assignment 2 presentation"],
    ["use research and outside advice to improve practice", "Unit 6", "Assignment 2"],
    ["keep up to date and plan your own professional development", "Unit 8",
     "Learning Log (not marked)"],
]
know = [
    ["You will know...", "Worked on in", "Counts in"],
    ["SEN law and the Code of Practice, and what they mean for your school", "Unit 1",
     "Assignment 1"],
    ["the Every Child Matters outcomes and your part in them", "Unit 1",
     "Unit 1 knowledge check"],
    ["disability equality law and what it requires", "Unit 1",
     "Assignment 2 (accessibility plan)"],
    ["how children develop, and what affects their development", "Unit 2", "Assignment 1"],
    ["the main types of SEN and how they affect learning", "Unit 3", ""],
    ["approaches, strategies and resources, including ICT", "Unit 6", "Assignment 1"],
    ["research and best practice in meeting SEN", "Unit 6", "Assignment 2"],
    ["other services and agencies, and how to get their help", "Unit 8", "Assignment 1"],
]
skills = [
    ["You will be able to...", "Worked on in", "Counts in"],
    ["shape the school's inclusive ethos, policy and resources with senior colleagues and "
     "governors", "Unit 7", "Assignment 2"],
    ["identify needs, set targets, plan and review interventions", "Unit 4", "Assignment 1"],
    ["   use other professionals' assessments", "Units 4 and 8", "Assignment 1"],
    ["   track progress with national tests and other summative data", "Unit 4",
     "Assignment 2"],
    ["   arrange access arrangements for tests and examinations", "Unit 4",
     "Unit 4 knowledge check"],
    ["map provision and find what is not working", "Unit 7", "Assignment 2"],
    ["deploy and manage teaching assistants and other staff", "Unit 7", "Assignment 2"],
    ["coach, train and support colleagues", "Unit 7", "Learning Log (not marked)"],
    ["review with colleagues how well provision is working", "Unit 7",
     "Learning Log (not marked)"],
    ["involve pupils in planning and reviewing their provision", "Unit 5", "Assignment 1"],
    ["work with parents and carers", "Unit 5", "Assignment 1"],
    ["work with other services and voluntary organisations", "Unit 8", "Assignment 1"],
]
W3 = [7.4, 2.6, 3.4]
nested_table(s.cell(2, 1), attr, W3)
kt = nested_table(s.cell(3, 1), know, W3,
                  changes={(5, 2): [("del", "Assignment 1"), ("ins", "Unit 3 knowledge check")]})
doc.add_comment(kt.cell(5, 0).paragraphs[0].runs[0],
                text="Assignment 1 is already crowded - moved to the knowledge check. OK? KA",
                author="Keith Ansell", initials="KA")
nested_table(s.cell(4, 1), skills, W3)

screen("0.6.4", "Marking and moderation", "TXT", "APPROVED", [
    ("Narration", "Your e-tutor marks your assignments against Wenbourne's Level 7 criteria "
                  "and the assignment criteria, and gives you written feedback within four "
                  "weeks. A second tutor marks a sample of at least one in five scripts, and "
                  "every script that fails or is awarded a distinction, and the team meets to "
                  "agree marks before they go to the University's examination board."),
    ("On-screen text", "[External examiner: HOLD]"),
])

# ================================================================== 0.7
doc.add_heading("Section 0.7  Your voice and the Award's quality", level=2)
screen("0.7.1", "Your voice", "TXT", "APPROVED", [
    ("Narration", "At the end of every unit there's a two-minute survey, and at the end of "
                  "each module a longer questionnaire. The platform also tells us which "
                  "activities people use and where they get stuck. Each term the Award Review "
                  "Group looks at all of this and agrees changes: the three councils' SEN "
                  "leads, two headteachers, a parent from the Sallick parent partnership "
                  "service, two participant representatives and the team. Its changes are "
                  "posted on the 'You said, we did' page of the platform, and the councils' SEN "
                  "leads also report what they see of participants' work in their schools."),
])
screen("0.7.2", "Checking the Award's quality", "TXT", "APPROVED", [
    ("Narration", [("comment",
                    "The Award is reviewed each year through Wenbourne's annual monitoring, "
                    "and the team writes an action plan from the surveys and the Review "
                    "Group's findings.",
                    "External examiner now confirmed: Dr J. Okafor, University of Carrick. "
                    "Add before build.",
                    "Pauline Dunmore")]),
    ("On-screen text", "External evaluation: [PLACEHOLDER: paragraph from Wenbourne Quality "
                       "Office]"),
])
screen("0.7.3", "Seeing the difference", "TXT", "APPROVED", [
    ("Narration", "You'll repeat your starting-point audit in Unit 8, and complete a short "
                  "confidence survey at the start and the end of the Award. We put the "
                  "results for the whole group together and report them to the Review "
                  "Group, so that we can see where the Award makes the most difference to "
                  "SENCOs and where it needs to do more."),
])
screen("0.7.4", "Pupil Progress Tracker", "TXT", "CUT", [
    ("Narration", "For three pupils you choose at the start, you'll record a baseline of their "
                  "attainment and well-being, and add their progress at the end of each "
                  "module and six months after the Award. We'll combine the results to show "
                  "the Award's impact on pupils across Westwold."),
    ("Developer notes", "CUT at v1.3. Do not build. Steering group: not manageable in year one."),
])

# ================================================================== 0.8
doc.add_heading("Section 0.8  After the Award", level=2)
screen("0.8.1", "Next steps", "TXT", "APPROVED", [
    ("Narration", "The last part of Unit 8 is about what comes next. You'll draw up a "
                  "professional development plan for the next two years, using the template "
                  "on the platform and your repeated audit; your e-tutor gives written "
                  "feedback on it, and you take it to your performance management review with "
                  "your head. Your 60 credits count towards Wenbourne's MA Education "
                  "(Inclusion), and the councils' SENCO networks carry on after the Award."),
])

# ================================================================== 0.9
doc.add_heading("Section 0.9  Checkpoint", level=2)
screen("0.9.1", "Question 1", "MCQ", "APPROVED", [
    ("Question", "How many credits is the Award worth?"),
    ("Options", "A. 30 credits at Level 6\nB. 60 credits at Level 7\nC. 120 credits at "
                "Level 7"),
    ("Feedback", "A. Incorrect. The Award is at master's level.\nB. Correct: two modules of "
                 "30 credits at Level 7.\nC. Incorrect. That would be a Postgraduate "
                 "Diploma."),
])
screen("0.9.2", "Question 2", "MCQ", "APPROVED", [
    ("Question", "Sam has been an advisory teacher for twelve years and has just become SENCO "
                 "at her new school. Can she gain the Award without following the units?"),
    ("Options", "A. Yes, through the assessment-only route: she submits a portfolio against "
                "the national outcomes and has a professional discussion.\nB. No, but she "
                "may be able to claim credit for prior learning towards WSE1."),
    ("Feedback", "A. Incorrect. The Westwold Award does not have an assessment-only route, "
                 "and every participant follows the units.\nB. Correct. See Screen 0.4.3."),
])
screen("0.9.3", "Question 3", "MCQ", "APPROVED", [
    ("Question", "Who checks that you have a current enhanced CRB disclosure?"),
    ("Options", "A. The Award office checks your disclosure certificate at Network Day 1.\n"
                "B. Your school, as your employer."),
    ("Feedback", "A. Incorrect. We don't ask to see it: your school holds the record on its "
                 "single central record.\nB. Correct."),
])
screen("0.9.4", "Question 4", "MCQ", "APPROVED", [
    ("Question", "Do your knowledge-check scores count towards the Award?"),
    ("Options", "A. Yes, they make up 10 per cent of each module.\nB. No."),
    ("Feedback", "A. Incorrect.\nB. Correct. They are for practice, and your scores are not "
                 "recorded."),
])
screen("0.9.5", "Well done", "TXT", "APPROVED", [
    ("On-screen text", "You've finished Unit 0. See you at Network Day 1."),
    ("Narration", "That's the end of Unit 0. Your e-tutor will post a welcome in your home "
                  "group forum this week. We look forward to meeting you."),
])

doc.save(OUT)
print("wrote", OUT)
