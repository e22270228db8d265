"""Build dx-02-carrowby-visit-protocol.docx (blind test application).

KIND OF DOCUMENT
  An operational protocol with aide-memoire: the diocesan schools
  commission's "Protocol LA-3", which governs the three visits its link
  advisers make to each participant's school, submitted as the application
  (with the Standards Committee's amendments still showing as tracked
  changes). Voice: instructions to the adviser in the second person
  ("you"), prompts as italic questions, a tick-box checklist, an "If ... /
  Then ..." decision table, blank visit-record templates with the form's
  guidance left in, and an outcome table.

PROVIDER (invented)
  Diocese of Carrowby Schools Commission (St Columba's Centre, Carrowby) with
  Holy Rood University College, Saltmarsh (Catholic foundation, taught degree
  awarding powers), which validates and awards the Postgraduate Certificate
  (National Award for SEN Coordination), 60 credits at Level 7: SEN701 The
  SENCO in Law and Practice, SEN702 Leading Provision in the Catholic School.
  People: Catherine Rourke (Director of Schools), Paul Hennessy (Senior
  Adviser, Inclusion; lead link adviser), Dr Siobhan Mallory (College
  programme leader), Fr Michael Doherty (Episcopal Vicar for Education).
  Partners: the Carrowby Catholic Parents' Forum, the Catholic Children's
  Society, St Joseph's Catholic Special School. Real documents cited: SEN
  Code of Practice 2001, SENDA 2001, DDA 1995/2005, Every Child Matters,
  Removing Barriers to Achievement, the Inclusion Development Programme.

LAYOUT
  Title block; a document-control table; a shaded note to the panel; Parts 1
  to 9 as Heading 1 with hand-typed paragraph numbers ("3.2 Safeguarding
  checks", "3.3 Admission", "5.3 The criteria") that collide with requirement
  ids; a study-day table; a roles table; a checklist typed with "\u2610"; italic
  prompt questions; an If/Then table; blank record templates LV1-LV3 with a
  bracketed instruction to advisers; Part 9's outcome table with merged group
  rows and a key. Real tracked changes (w:ins / w:del, author Catherine
  Rourke, 2 March 2009) and three Word comments. Page header and footer
  (never evidence). No e-learning.

TRAPS (requirement ids affected)
  - 3.3  "There is no online element" -> not_applicable.
  - 2.3  If/Then row: an assessment-only route is only being discussed,
      "possibly from 2010. Nothing can be promised". -> not_met.
  - 5.5  "Do not arrange or promise a placement: the Award has no placement
      element"; the St Joseph's day survives only as a deleted sentence;
      specialist expertise on the study days is concrete. -> partially_met.
  - 5.6  Resources are never mentioned (materials "given out on the day").
      -> not_met.
  - 2.4  Met: the Individual Learning Plan directs the school-based work and
      the tutorials; fee and the Commission's funding of visits are stated.
  - 5.2  Admission is by the College "under its Admissions Policy ... published
      on the College website" (not supplied); advisers only check readiness
      after admission, at Visit 1. -> partially_met.
  - 5.4  Advisers are "experienced teachers and advisers, and each has a
      background in SEN"; no names, qualifications or College staff; a
      comment asks whether to list qualifications. -> partially_met.
  - 1.3  Study days are "research-informed and draw on the latest national
      guidance"; no research or inspection evidence named. -> partially_met.
  - 1.1  Aim is progress and "higher standards"; well-being only as mission
      language ("flourishing"); ECM only as study-day content. -> partially_met.
  - 1.5, 6.S7  The Visit 3 meeting with pupils is a deleted paragraph (a
      comment gives the reason); pupil involvement is only a study-day topic
      and a visit prompt ("Discussed"). -> partially_met.
  - 3.2  One September intake, one year, Fridays only; only visit dates are
      flexible. -> partially_met.
  - 4.3  The deleted sentence says the heads' group "will be invited to
      comment once a cohort has completed"; the inserted sentence gives its
      real termly role and seats on the Programme Committee. -> met.
  - 2.1  APEL up to 30 credits (the figure changed by tracked change from 20)
      through the College's APEL panel. -> met.
  - 5.8  Second marking, Award Board and external examiner in plain text; an
      inserted sentence adds second observation of Practice Reviews. -> met.
  - 5.3  Plain, concrete CRB and List 99 checks before Visit 1, with a new
      disclosure for anyone out of post for three months. -> met.
  - 6.0, 1.9  Award rule is concrete (pass A, B and the Practice Review), but
      Part 9's intro claims the whole specification is "cover[ed] and
      assess[ed]" while the table has "Discussed", "not part of the Award" and
      a missing row. -> partially_met.
  - Criterion 6 (Part 9 read with Part 5's criteria PR1-PR6 and the
      assignments in brief):
      "Discussed" only (raised at a visit, not graded, no assignment):
        6.A3, 6.A7, 6.K7, 6.S1, 6.S2d, 6.S4, 6.S7 -> partially_met (PR1
        grades the review with colleagues for the improvement plan, 6.S6,
        not knowledge of self-evaluation, which the table marks Discussed);
      6.K2 taught on study day 1, dashes for visits and assignments
        -> partially_met;
      6.S2c only in the Commission's separate Assessment for Learning
        programme, "not part of the Award" (another course) -> not_met;
      6.S5 coaching was required by the old Diocesan Certificate, "the Award
        does not" (past arrangement, Part 7) -> not_met;
      6.K4 child development has no row and no study day -> not_met.
      All other outcomes are taught on a named study day and assessed by a
      graded Practice Review criterion or an assignment -> met.
  - Not part of the submission: the header ("COMMISSION STAFF AND PROGRAMME
      TEAM ONLY"), the footer, three comments, deleted text.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dx-02-carrowby-visit-protocol"
OUT = os.path.join(HERE, NAME + ".docx")

AUTHOR = "Catherine Rourke"
DATE = "2009-03-02T11:20:00Z"
_rev = [100]

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(4)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = (
        "CARROWBY DIOCESAN SCHOOLS COMMISSION \u2013 COMMISSION STAFF AND PROGRAMME TEAM ONLY")
    s.footer.paragraphs[0].text = (
        "Protocol LA-3, version 1.3 (Standards Committee amendments, 2 March 2009). "
        "Uncontrolled when printed.")


# ------------------------------------------------------------------ helpers
def _run(text, bold=False, italic=False, deleted=False, size=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _mark(kind):
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def add_segments(p, segs, size=None):
    """segs: list of (kind, text[, style]) where kind is n (normal), b (bold),
    i (italic), ins (inserted), del (deleted)."""
    for seg in segs:
        kind, text = seg[0], seg[1]
        if kind == "ins":
            w = _mark("ins")
            w.append(_run(text, size=size))
            p._p.append(w)
        elif kind == "del":
            w = _mark("del")
            w.append(_run(text, deleted=True, size=size))
            p._p.append(w)
        else:
            p._p.append(_run(text, bold=(kind == "b"), italic=(kind == "i"), size=size))
    return p


def P(*segs, style=None, indent=None, after=None, size=None, align=None):
    p = doc.add_paragraph(style=style)
    segs = [("n", s) if isinstance(s, str) else s for s in segs]
    add_segments(p, segs, size=size)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def NP(num, title, *segs):
    """A hand-numbered paragraph: bold '3.2 Title.' then text."""
    return P(("b", f"{num}  {title}.  "), *segs)


def deleted_paragraph(text):
    """A whole paragraph deleted as a tracked change (mark and text)."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_mark("del"))
    ppr.append(rpr)
    w = _mark("del")
    w.append(_run(text, deleted=True))
    p._p.append(w)
    return p


def comment_on_last_run(p, text, author, initials):
    runs = p.runs
    doc.add_comment(runs[-1] if runs else p.add_run(""), text=text, author=author,
                    initials=initials)


def H1(text):
    return doc.add_heading(text, level=1)


def shade(cell, fill_hex):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcPr.append(shd)


def cell_write(cell, content, bold=False, size=9):
    cell.paragraphs[0].text = ""
    if isinstance(content, str):
        content = [[("b" if bold else "n", content)]]
    elif content and isinstance(content[0], tuple):
        content = [content]
    for i, segs in enumerate(content):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        add_segments(p, segs, size=size)


def table(rows, widths, header=True, size=9, header_fill="C9D6E3", group_fill="E8E8E8"):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            cell_write(m, row, bold=True, size=size)
            shade(m, group_fill)
            continue
        for j, val in enumerate(row):
            cell_write(cells[j], val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(cells[j], header_fill)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def box(lines, fill_hex="EAF1DD"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[0]
    shade(c, fill_hex)
    cell_write(c, lines, size=9.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def prompts(qs):
    for q in qs:
        P(("i", "\u2013  " + q), indent=0.8, after=1)


def check(items):
    for it in items:
        P("\u2610  " + it, indent=0.4, after=2)


# ------------------------------------------------------------------ title
P(("b", "Diocese of Carrowby Schools Commission"), align="c", after=0, size=13)
P("in partnership with Holy Rood University College, Saltmarsh", align="c", after=12)
P(("b", "PROTOCOL LA-3"), align="c", after=2, size=16)
P(("b", "Link Adviser Visits to Participants' Schools"), align="c", after=2, size=13)
P("National Award for Special Educational Needs Coordination", align="c", after=2)
P(("i", "Protocol, aide-m\u00e9moire and visit records"), align="c", after=12)

table([
    ["Owner", "Paul Hennessy, Senior Adviser (Inclusion) and lead link adviser"],
    ["Approved by", "Standards Committee of the Schools Commission (approval of version 1.3 "
     "on 16 March 2009)"],
    ["Applies to", "Commission link advisers; the College programme team; headteachers "
     "(Parts 1, 2 and 6)"],
    ["Version", "1.3, showing the Standards Committee's amendments of 2 March 2009"],
    ["Review", "July 2010, after the first cohort"],
], [3.5, 13.0], header=False)

box([
    [("b", "Note for the TDA approval panel")],
    [("n", "The Commission and the College submit this protocol as their application. It is "
      "the document by which the Award is run in schools, and Parts 1, 5, 8 and 9 describe "
      "the programme as a whole: the study days, the assessment and the award. The "
      "Standards Committee's amendments of 2 March are shown as tracked changes; the "
      "version approved on 16 March will incorporate them. Catherine Rourke, Director of "
      "Schools, and Dr Siobhan Mallory, Programme Leader, Holy Rood University College.")],
])

# ------------------------------------------------------------------ part 1
H1("Part 1   Why we visit")
NP("1.1", "The Award",
   "The National Award for SEN Coordination is offered by Holy Rood University College, "
   "Saltmarsh, in partnership with the Commission. The College, which holds taught degree "
   "awarding powers, validated the programme at its Academic Standards Committee on 29 "
   "January 2009 as a Postgraduate Certificate of 60 credits at Level 7, made up of two "
   "30-credit modules: SEN701 The SENCO in Law and Practice, and SEN702 Leading Provision "
   "in the Catholic School. The College awards the Certificate; the Commission provides the "
   "school-based element described in this protocol.")
NP("1.2", "What the Award is for",
   "The Award exists so that pupils with special educational needs and disabilities in the "
   "diocese's schools make better progress and reach higher standards. Our schools' mission "
   "speaks of every child flourishing as a child of God; for the Award that means, first, "
   "measurable progress in learning, and the visits are designed to keep the participant's "
   "attention on it. Every visit is a service to the school as well as a check on the "
   "participant: you come to help a new SENCO lead SEN well in a Catholic school.")
NP("1.3", "The shape of the programme",
   "Participants attend six study days at the College, on Fridays, taught by the College's "
   "programme team with Commission advisers and colleagues from other services. The study "
   "days are research-informed and draw on the latest national guidance. Participants "
   "complete two assignments, one for each module, and receive three visits in school from "
   "a Commission link adviser, one each term. There is one intake each September and the "
   "Award is completed in one academic year. There is no online element: study-day materials "
   "are given out on the day. The College's fee for 2009\u201310 is \u00a3980. The Commission "
   "meets the cost of the three visits from the schools' service agreement, so schools in the "
   "diocese pay the College fee only; that keeps the Award cheaper than the Diocesan "
   "Certificate was, and puts the individual work in school, where the participant's own "
   "plan (Part 4) directs it, rather than in extra taught days.")
table([
    ["Study day", "Date", "Focus"],
    ["SD1", "Fri 25 Sept 2009", "The SENCO's role, the law and the Code: the SEN Code of Practice "
     "(2001), the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Act 1995 as amended in 2005 and the disability equality duty, Every "
     "Child Matters and Removing Barriers to Achievement, the Inclusion Development Programme."],
    ["SD2", "Fri 6 Nov 2009", "Areas of need and what works: behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and "
     "communication needs; autism; moderate learning difficulties. Research and best practice on "
     "what works, and how to weigh external advice. With a speech and language therapist and "
     "staff of St Joseph's Catholic Special School."],
    ["SD3", "Fri 15 Jan 2010", "Identifying, assessing and tracking: observation, school data and "
     "the reports of other professionals; setting targets and planning interventions; P scales, "
     "national tests and RAISEonline; access arrangements for tests and examinations; ICT and "
     "other resources for teaching and learning."],
    ["SD4", "Fri 5 Mar 2010", "Provision: mapping and costing provision; deploying and managing "
     "teaching assistants; reviewing effectiveness with colleagues; the self-evaluation form "
     "and school improvement; making decisions about provision."],
    ["SD5", "Fri 30 Apr 2010", "Families, pupils and services: working with parents and carers "
     "(with the Carrowby Catholic Parents' Forum); pupil voice; the educational psychology "
     "service, CAMHS, social care, the Catholic Children's Society and voluntary organisations; "
     "the Common Assessment Framework."],
    ["SD6", "Fri 11 Jun 2010", "Leading SEN: the SENCO in the leadership team; governors and "
     "strategy; winning colleagues' commitment; managing the SENCO's time; communicating "
     "with colleagues and families."],
], [1.8, 3.0, 11.7])
NP("1.4", "Why visits",
   "The Diocesan SENCO Certificate, which the Commission ran from 1999 to 2008, was taught "
   "entirely at St Columba's Centre, and its evaluations said the same thing every year: what "
   "participants learned on a Friday did not always reach the school on Monday. The visits are "
   "the Award's answer. They tie the study days to the participant's own school, to real "
   "pupils and real colleagues, and the second visit is part of the assessment.")
NP("1.5", "How this protocol was shaped",
   "In October 2008 the Commission asked the headteachers of all 77 of its schools what they "
   "wanted from the school-based part of the Award, and 58 replied. Forty-one asked that "
   "visits avoid the weeks of national tests and examinations; thirty-six wanted the head "
   "present at the last visit, so that next steps could be carried into performance "
   "management; twenty-nine asked that participants should not be observed teaching "
   "(\u201cshe is training to be a SENCO, not a class teacher\u201d). Eight SENCOs who had "
   "completed the Diocesan Certificate met twice to test the visit prompts, and the "
   "Carrowby Catholic Parents' Forum commented on the Practice Review.")
NP("1.6", "What changed as a result",
   "No visit is made in the weeks of Key Stage tests or GCSE examinations (Part 3). The head "
   "joins the second half of Visit 3 (Part 6). The two observed lessons of the Diocesan "
   "Certificate have been replaced by a single Practice Review of the participant leading a "
   "meeting with colleagues (Part 5). At the Parents' Forum's suggestion the Practice Review "
   "now looks at the participant's record of a meeting with a family.")

# ------------------------------------------------------------------ part 2
H1("Part 2   Who does what")
table([
    ["Role", "Responsibilities in the Award"],
    ["Participant", "Completes the Outcomes Audit with the College application; attends the six "
     "study days; agrees visit dates; keeps the Visit File; completes the two assignments."],
    ["Headteacher", "Nominates the participant; releases them for study days and visits; "
     "confirms the CRB record (Part 3); joins the second half of Visit 3; attends the "
     "September briefing evening for heads."],
    ["Link adviser (Commission)", "Makes the three visits; assesses the Practice Review; completes "
     "Forms LV1 to LV3; may recommend a participant to the College's APEL panel; acts on "
     "concerns (Part 7)."],
    ["College tutor", "Teaches the study days; marks the assignments; is the participant's tutor "
     "for academic matters."],
    ["Programme leader (College)", "Dr Siobhan Mallory. Admissions, APEL panel, Award Board, "
     "programme committee."],
    ["Lead link adviser (Commission)", "Paul Hennessy. Allocates advisers; runs induction and "
     "standardisation; compiles the Impact Report (Part 8)."],
    ["Heads' Reference Group", "Six headteachers, a chair of governors and a parent governor "
     "nominated by the Parents' Forum (Part 8)."],
], [4.5, 12.0])
p = P("Link advisers are drawn from the Commission's advisory team. All are experienced teachers "
      "and advisers, and each has a background in SEN.")
comment_on_last_run(p, "Should we list the advisers' qualifications and posts for the TDA? "
                    "The College hasn't sent its staff list either. PH", "Paul Hennessy", "PH")

# ------------------------------------------------------------------ part 3
H1("Part 3   Before the first visit")
NP("3.1", "Checklist", "Before Visit 1, tick each item on Form LV1, section A.")
check([
    "You have the participant's Outcomes Audit from the College: a rating from 1 (new to me) "
    "to 4 (secure, with evidence) against every national outcome, with the evidence noted.",
    "The CRB and List 99 checks in 3.2 are complete and recorded.",
    "You have read the disability section of the application and, where the participant has "
    "disclosed a disability or health condition, you have the College's Learning Support Plan.",
    "The head has signed the release agreement for study days and visits.",
    "Three visit dates are agreed, none in a week of Key Stage tests or GCSE examinations.",
])
NP("3.2", "Safeguarding checks",
   "For participants in the diocese's Catholic schools, confirm from the Diocesan HR record that "
   "the participant holds an enhanced CRB disclosure and has been checked against List 99; for "
   "participants from other schools, the head confirms both from the school's single central "
   "record on the release agreement. Record the disclosure number and date of issue on LV1. A "
   "participant who has not worked in a post with regular contact with children in the past "
   "three months must obtain a new enhanced disclosure through the College before any visit "
   "is made. The College does not confirm registration until LV1, section A, is complete.")
NP("3.3", "Admission",
   "Participants are admitted by the College under its Admissions Policy for the Award, which "
   "is published on the College website; link advisers take no part in admission. If at Visit 1 "
   "you judge that a participant does not yet have the experience to reach the outcomes this "
   "year, discuss deferral with the head and tell the programme leader the same week.")
NP("3.4", "Adjustments",
   "Make any reasonable adjustment a disabled participant needs for a visit: a different "
   "time, a ground-floor room, the prompts sent in advance, a longer visit or a break, or a "
   "sign language interpreter, which the College arranges. The College's Disability Service "
   "makes the adjustments for study days and assignments, and the Practice Review criteria may "
   "be met through an alternative format agreed with the programme leader. Participants are "
   "invited on the application form and again at Visit 1 to tell us of anything that would "
   "help; it is their choice whether to do so, and what they tell you goes no further without "
   "their consent.")

# ------------------------------------------------------------------ part 4
H1("Part 4   Visit 1: Starting Point")
P(("i", "Autumn term, within four weeks of SD1. Ninety minutes, in the participant's school."))
NP("4.1", "Purpose",
   "To agree the participant's Individual Learning Plan, to understand the school, and to "
   "check that the participant understands the SENCO's statutory role.")
NP("4.2", "Prompts", "Use these to open conversation; you need not ask them all.")
prompts([
    "What does the Code of Practice require of you that you are not yet doing?",
    "Which pupils with SEN are making least progress, and how do you know?",
    "How are pupils involved in setting and reviewing their targets at present?",
    "How is teaching assistants' time allocated, and by whom?",
    "How do you plan your week? What could you delegate?",
    "When must applications for access arrangements for this year's tests or examinations "
    "be made, and who makes them?",
])
NP("4.3", "The Individual Learning Plan",
   "Using the Outcomes Audit, agree with the participant an Individual Learning Plan (LV1, "
   "section C): six to eight priority outcomes for the year, the study-day sessions and "
   "school-based tasks that address each, and the evidence the participant will gather. "
   "Outcomes rated 4 with evidence are marked \u201csecure\u201d: the participant need not work "
   "on them, but must still show them in the assessment. Send the plan to the College tutor, "
   "who uses it to group participants and to set the focus of their tutorials.")
p = NP("4.4", "Prior learning",
       "If the audit and evidence suggest substantial prior learning \u2013 a completed Level 7 "
       "SEN module, say, or the Diocesan Certificate with its portfolio \u2013 explain the "
       "College's APEL route: up to ")
add_segments(p, [("del", "20"), ("ins", "30"), ("n", " credits (")])
add_segments(p, [("ins", "the whole of "), ("n", "SEN701) may be awarded by the College's APEL "
             "panel on a portfolio mapped to SEN701's outcomes, submitted by 30 November. You "
             "may recommend; the College decides.")])
NP("4.5", "Record", "Complete LV1, sections B to D, and send it to the participant, the head "
   "and the College within five working days.")

# ------------------------------------------------------------------ part 5
H1("Part 5   Visit 2: The Practice Review")
P(("i", "Spring term, February or March. Half a day, in the participant's school."))
NP("5.1", "Status",
   "The Practice Review is a summative assessment and part of SEN702. A participant must pass "
   "it to be awarded the Certificate. It is graded Pass or Refer; a participant who is referred "
   "has one further Practice Review before 30 June.")
NP("5.2", "What happens",
   "In the first part (45 minutes) you observe the participant leading a meeting with the "
   "colleagues who deliver one strand of the school's provision for pupils with SEN, with a "
   "senior leader present, to review how well it is working, using the school's provision map "
   "and pupil data. In the second part (40 minutes) you hold a professional conversation "
   "with the participant about one pupil from their Assignment B enquiry, for which they bring "
   "the pupil's records and their notes of a meeting with the pupil's parents or carers, with "
   "the family's written comments.")
NP("5.3", "The criteria",
   "Grade each criterion Met or Not yet met. A Pass requires every criterion to be met.")
table([
    ["", "Criterion"],
    ["PR1", "Leads colleagues in reviewing the effectiveness of a strand of provision, using the "
     "provision map and pupil data to identify what is ineffective or missing, and agrees "
     "changes to be taken into the school improvement plan."],
    ["PR2", "Gains the commitment of colleagues, including the senior leader present, to the "
     "agreed changes."],
    ["PR3", "Anticipates problems and makes well-founded decisions about provision."],
    ["PR4", "Speaks clearly, listens to colleagues and takes account of their views."],
    ["PR5", "Explains how the pupil's needs were identified, drawing on the assessments of other "
     "professionals and on summative data including national tests; how challenging targets "
     "were set, and how progress was reviewed and the programme changed."],
    ["PR6", "Shows, from the meeting notes and the family's comments, a fair, respectful and "
     "constructive relationship with the pupil and the parents or carers."],
], [1.4, 15.1])
p = NP("5.4", "Moderation",
       "Assignments are marked by College tutors; a second tutor marks one in five and every "
       "fail, and the College's external examiner reviews a sample before the Award Board. ")
add_segments(p, [("ins", "A College tutor second-observes one Practice Review in four, chosen by "
             "the programme leader, and every Practice Review you propose to grade Refer. The "
             "external examiner joins at least one Practice Review each year.")])
NP("5.5", "Feedback", "Give oral feedback on the day and send LV2 within five working days.")

# ------------------------------------------------------------------ part 6
H1("Part 6   Visit 3: Impact and Next Steps")
P(("i", "Summer term, June. Ninety minutes; the head joins for the second half."))
NP("6.1", "Evidence of impact on pupils",
   "The participant presents the baseline and end-of-intervention measures for the pupils in "
   "their Assignment B enquiry (reading or number age, P scale level, attendance, or a "
   "well-being scale agreed at Visit 1), and the school's tracking data for pupils on the SEN "
   "register for the year. Record both on LV3, section B.")
NP("6.2", "Confidence and competence",
   "The participant repeats the Outcomes Audit. Record the change in ratings on LV3.")
p = deleted_paragraph(
    "6.3  Pupils' views.  With their parents' consent, you also meet two pupils whose provision "
    "the participant has reviewed during the year, and ask them what difference it has made.")
p = NP("6.4", "Prompts (not graded)", "Discuss and record; these are not assessed.")
doc.add_comment(p.runs[0], text="6.3 removed at Committee: puts pupils on the spot and needs "
                "consent forms we don't have. Can the prompts here carry it? CR",
                author="Catherine Rourke", initials="CR")
prompts([
    "How has the school's self-evaluation form changed because of your work this year?",
    "What have you told the governors about SEN this year, and what did they decide?",
    "How do pupils now take part in planning and reviewing their support?",
    "How do you keep up to date, and what will you read next?",
])
NP("6.5", "Next steps",
   "With the head present, the participant presents a plan for the following year: two or three "
   "professional objectives arising from the Award, to be taken into their performance "
   "management review, with the professional development that would support them. You and the "
   "head comment, and the plan is attached to LV3.")

# ------------------------------------------------------------------ part 7
H1("Part 7   When you need to act")
rows = [
    ["If \u2026", "Then \u2026"],
    ["the participant misses a study day", "Tell the programme leader, who sends the day's "
     "materials and arranges a tutorial."],
    ["the head withdraws release", "Speak to the head; if it is not resolved within a week, "
     "refer to the Director of Schools."],
    ["you have a safeguarding concern about a pupil", "Follow the school's procedures and the "
     "diocesan safeguarding policy, and tell the lead adviser the same day."],
    ["you are concerned about the participant's suitability to work with children", "Tell the "
     "lead adviser and the programme leader the same day; the College's fitness to practise "
     "procedure applies."],
    ["the participant tells you of a disability or condition", "See 3.4; with consent, tell the "
     "College's Disability Service."],
    ["the head asks whether an experienced colleague could be assessed without taking the "
     "course", "Say that the Commission and the College are discussing an assessment-only "
     "route for experienced candidates, possibly from 2010. Nothing can be promised and no "
     "names should be taken."],
    ["the participant asks for a placement in a special school", [[
        ("n", "Do not arrange or promise a placement: the Award has no placement element. "),
        ("del", "A day at St Joseph's can be arranged through the lead adviser. "),
        ("n", "Staff of St Joseph's contribute to SD2.")]]],
    ["the participant asks to be assessed on coaching a colleague", "The Diocesan Certificate "
     "required an observed coaching session; the Award does not. Participants who want to "
     "develop coaching may join the Commission's separate twilight course, Coaching in "
     "Catholic Schools."],
    ["the head asks for help with formative assessment across the staff", "Refer the head to "
     "the Commission's Assessment for Learning programme for whole staffs. It is not part of "
     "the Award."],
]
t = table(rows, [6.0, 10.5])
# comment on the assessment-only row
cell = t.rows[6].cells[1]
doc.add_comment(cell.paragraphs[0].runs[-1], text="Fr Michael asks whether we can give heads a "
                "date. Not until the College has agreed it. CR", author="Catherine Rourke",
                initials="CR")

# ------------------------------------------------------------------ part 8
H1("Part 8   Records, training and evaluation")
NP("8.1", "Records",
   "LV1 to LV3 are copied to the participant, the head and the College, and kept by the "
   "Commission for six years.")
NP("8.2", "Training for advisers",
   "Before their first visit, every link adviser completes a two-day induction run jointly "
   "by the College and the Commission in September, covering the Award's outcomes and "
   "assignments, the Practice Review criteria with filmed examples, the College's assessment "
   "regulations and this protocol. An adviser new to the role makes their first Visit 2 "
   "alongside the lead adviser. All advisers attend a standardisation meeting each term, at "
   "which they grade the same filmed Practice Review and compare their judgements. College "
   "tutors are briefed on the visits and the Practice Review at the programme team's September "
   "meeting, and heads at the September briefing evening.")
p = NP("8.3", "Evaluation",
       "Participants evaluate each study day and, at the end of the Award, the programme as a "
       "whole. Each adviser writes a termly summary of their visit records, without names, for "
       "the lead adviser. ")
add_segments(p, [
    ("del", "The Heads' Reference Group will be invited to comment once a cohort has completed. "),
    ("ins", "The Heads' Reference Group reads the termly summaries and the participants' "
     "evaluations and advises the Standards Committee, and two of its members sit on the "
     "College's programme committee. "),
    ("n", "The programme committee writes the College's annual monitoring report, drawing on "
     "the evaluations, the summaries and the external examiner's report, and the Standards "
     "Committee agrees each July the changes to this protocol and to the study days for the "
     "next cohort.")])
NP("8.4", "The Impact Report",
   "Each September the lead adviser compiles the Award's Impact Report from the LV3 forms: for "
   "each participant, the change in their Outcomes Audit ratings and the progress of their "
   "intervention pupils from baseline; for the cohort, the progress of pupils on the SEN "
   "register in participants' schools against the diocesan figures. It goes to the Standards "
   "Committee, the Heads' Reference Group and the College.")
NP("8.5", "The award",
   "The College awards the Postgraduate Certificate to participants who pass Assignment A "
   "(SEN701), Assignment B (SEN702) and the Practice Review. No element compensates for another.")

# ------------------------------------------------------------------ part 9
H1("Part 9   What the visits look for: the national outcomes")
P("The assignments in brief:")
P(("b", "Assignment A"), " (SEN701, 4,000 words, January). A critical review of the school's "
  "SEN policy and practice against SEN law, the Code of Practice and the disability "
  "discrimination legislation, including the accessibility plan, drawing on research, best "
  "practice and external advice, with recommendations. Marked for knowledge of the law and "
  "what it requires, critical use of research and advice, and clear writing.", indent=0.4)
P(("b", "Assignment B"), " (SEN702, 5,000 words, May). A provision enquiry: map the provision "
  "for one year group; for two pupils, identify needs using other professionals' assessments "
  "and school and national test data, set targets, plan and carry out an intervention with "
  "baseline and end measures; evaluate the approaches and resources used, including ICT, in "
  "the light of the pupils' types of need; and account for the part played by the other "
  "services and voluntary organisations involved. Marked on each of these and on clear "
  "writing.", indent=0.4)
P("The table shows, for each national outcome, where it is taught, what the visits do with it "
  "and which assignment assesses it. Taken together, the study days, the visits and the two "
  "assignments cover and assess the whole of the national specification.")
P(("b", "Key."), "  Graded = assessed at the Practice Review against the criterion named.  "
  "Discussed = raised at a visit and recorded on LV1 or LV3; not graded.  A, B = the "
  "assignment that assesses it.  \u2013 = not part of this column.", size=9)
table([
    ["National outcome (our wording)", "Study day", "Visits", "Assignment"],
    "Professional attributes",
    ["Relationships with pupils with SEN and their families", "SD5", "Graded (PR6)", "\u2013"],
    ["Commitment of colleagues and senior leaders", "SD6", "Graded (PR2)", "\u2013"],
    ["Prioritising, managing time, delegating", "SD6", "Discussed (Visit 1)", "\u2013"],
    ["Judgement and decisions about provision", "SD4", "Graded (PR3)", "\u2013"],
    ["Communicating clearly; listening", "SD6", "Graded (PR4)", "A, B"],
    ["Using research and external advice", "SD2", "\u2013", "A"],
    ["Keeping up to date; own CPD", "\u2013", "Discussed (Visit 3)", "\u2013"],
    "Knowledge and understanding",
    ["SEN law and the Code of Practice", "SD1", "Discussed (Visit 1)", "A"],
    ["Every Child Matters", "SD1", "\u2013", "\u2013"],
    ["Disability equality law", "SD1", "\u2013", "A"],
    ["Types of SEN and disability", "SD2", "\u2013", "B"],
    ["Approaches, strategies and resources, including ICT", "SD2, SD3", "\u2013", "B"],
    ["Self-evaluation and school improvement", "SD4", "Discussed (Visit 3)", "\u2013"],
    ["Best practice and research", "SD2", "\u2013", "A"],
    ["Other agencies and specialist support", "SD5", "\u2013", "B"],
    "Professional skills",
    ["Strategy with senior colleagues and governors", "SD6", "Discussed (Visit 3)", "\u2013"],
    ["Identifying needs, setting targets, planning and reviewing", "SD3", "Graded (PR5)", "B"],
    ["   using other professionals' assessments", "SD3", "Graded (PR5)", "B"],
    ["   tracking with summative data, including national tests", "SD3", "Graded (PR5)", "B"],
    ["   formative assessment with colleagues", "Commission's Assessment for Learning "
     "programme (not part of the Award)", "\u2013", "\u2013"],
    ["   access arrangements for tests and examinations", "SD3", "Discussed (Visit 1)", "\u2013"],
    ["Provision mapping; finding ineffective or missing provision", "SD4", "Graded (PR1)", "B"],
    ["Deploying and managing staff", "SD4", "Discussed (Visit 1)", "\u2013"],
    ["Supporting colleagues' professional development", "\u2013", "Not part of the Award "
     "(Part 7)", "\u2013"],
    ["Reviewing provision with staff for self-evaluation", "SD4", "Graded (PR1)", "\u2013"],
    ["Involving pupils in their provision", "SD5", "Discussed (Visits 1, 3)", "\u2013"],
    ["Liaising with parents and carers", "SD5", "Graded (PR6)", "\u2013"],
    ["Working with other services and voluntary organisations", "SD5", "\u2013", "B"],
], [7.2, 3.6, 3.6, 2.1])

# ------------------------------------------------------------------ appendix: forms
H1("Appendix   Visit records LV1 to LV3")
P(("i", "[Adviser: delete this guidance and the bracketed prompts before sending a record to "
   "the school. Keep entries factual; do not record information about named pupils beyond "
   "initials.]"), size=9)
table([
    ["LV1  Starting Point", ""],
    ["A  Checks (3.1, 3.2)", "Outcomes Audit received \u2610   CRB disclosure no. ________ "
     "issued ________   List 99 \u2610   Learning Support Plan \u2610 / n.a.   Release agreement "
     "\u2610   Dates agreed \u2610"],
    ["B  The school", "[Number on roll; pupils at School Action, School Action Plus, with "
     "statements; SEN staffing]"],
    ["C  Individual Learning Plan", "[Six to eight priority outcomes; sessions and tasks; "
     "evidence to gather]"],
    ["D  Notes from the prompts", "[Including any APEL recommendation]"],
], [4.5, 12.0], header=False, size=8.5)
table([
    ["LV2  Practice Review", ""],
    ["PR1 to PR6", "Met / Not yet met, with evidence, for each criterion"],
    ["Outcome", "Pass \u2610   Refer \u2610   Second observer (if any): ________"],
    ["Feedback", "[Strengths; what to do before the next review, if referred]"],
], [4.5, 12.0], header=False, size=8.5)
table([
    ["LV3  Impact and Next Steps", ""],
    ["A  Outcomes Audit", "Ratings at Visit 1 and Visit 3 [attach]"],
    ["B  Pupils", "Baseline and end measures for the enquiry pupils; SEN register tracking"],
    ["C  Discussion (not graded)", "[Notes from the 6.4 prompts]"],
    ["D  Next steps", "Plan attached \u2610   Head's comment: ________"],
], [4.5, 12.0], header=False, size=8.5)

doc.save(OUT)
print("wrote", OUT)
