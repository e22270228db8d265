"""Build cs-02-thirlstane-gap-analysis.docx: a university's gap analysis of its old course against the TDA specification.

Provider (invented): Thirlstane University, School of Education, Centre for
Inclusion and Special Educational Needs (CISEN), awarding its own degrees, with
Ashgill County Council and Port Mawley City Council as partner authorities
(bursaries, Programme Committee; they do not teach). Old course: the Advanced
Certificate in Special Needs Coordination (AdvCert), 2003-2009, 40 credits at
Level 6, four units SNC401-SNC404 built on the TTA National Standards for SENCOs
(1998). New course: Postgraduate Certificate in Leading SEN Coordination
(National Award), 60 credits at Level 7, modules LSC701-LSC703, taught or
blended route. Dated 20 February 2009.

Layout: a gap analysis report submitted to the TDA's panel, in a dry,
impersonal quality-office voice (passives, abbreviations AdvCert / PGCert /
PRG / CISEN, terse table cells), with:
- Part A, purpose, scope and method in prose (who sat on the Programme Review
  Group, the schools survey, the former participants' focus group, the three
  changes that came from stakeholders), and a key table of gap ratings 0-3;
- Part B, in a LANDSCAPE section: one five-column table for eligibility and
  criteria 1-5, with merged shaded criterion rows: Req. | What the
  specification asks (summary) | AdvCert 2003-09 (as is) | Gap | PGCert from
  September 2009 (to be). The "as is" column holds past arrangements; the
  "summary" column paraphrases the specification; only the "to be" column is
  the programme, which sometimes says "As now" (so the as-is arrangement
  carries forward), or points to Part A or Part D;
- Part C, still landscape: an outcomes table with merged group rows
  (Outcome abridged | AdvCert | PGCert: developed in | PGCert: assessed in |
  Gap) and a key to the assessment codes A1, A2, A3 and J, which COLLIDE with
  the outcome ids 6.A1-6.A3;
- Part D (portrait), numbered commentary paragraphs D1-D7, with a programme
  outline table of sessions 701/1-703/8;
- Part E, an action plan table (intentions only), then a sign-off line;
- page header and footer.

Traps, with the requirement ids they affect:
- "As now" resolves to the as-is cell: 1.2 met (concrete school
  tasks carried forward), 3.1 partially_met (the carried-forward arrangement is
  only the University's Disability Equality Scheme and Race Equality Policy).
- Cross-references that resolve: 4.1 "See Part A" (met), 5.3 "See Part D,
  paragraph D4" (met: the real CRB and background-check procedure), 5.4 "See
  D6" (met).
- Past arrangements in the as-is column that are NOT carried forward:
  assessment-only by portfolio (2.3 not_met, "Not carried forward"), the special
  school visit (5.5 partially_met, "Discontinued": the only specialist expertise is
  the CISEN team of D6, no placements), the Parent Partnership session
  (1.7 not_met, gap "remains open"), inter-school clusters (1.6 partially_met:
  within school only), the SNC404 time-management workshop (6.A3), SNC402 child
  development (6.K4).
- 1.3 partially_met: research yes, inspection evidence only "to be considered".
- 1.5 partially_met: one optional twilight lecture on pupil voice.
- 2.2 partially_met: self-audit discussed at induction, but the individual
  learning plan template "is being designed".
- 3.3 partially_met: Blackboard units with peer boards and electronic
  submission, but "the discussion boards are not tutor-moderated" and tutor
  questions wait for the next study day (no tutor support between sessions).
- 4.3 partially_met: LA officers, heads and former participants sit on the
  Programme Committee that evaluates, but "LAs and schools do not contribute to
  teaching or assessment".
- 5.6 partially_met: library, VLE and test library, but assistive technology
  only "planned for 2009-10".
- 5.7 partially_met: the AdvCert tutor handbook is still in use; revision only
  planned (an annual standardisation day exists).
- 5.9 partially_met: repeat self-audit for participants' confidence; impact on
  pupils "open (Part E)".
- 5.5 is not met by the staff list alone: the range of specialisms in D6 gives
  some specialist expertise, hence partial, but nothing external and no placement.
- Part E's action plan is intentions only and never evidence (2.2, 1.7, 5.5,
  5.6, 5.7, 5.9, 1.3, outcomes).
- Outcome rows assessed in a summative assignment but not developed in the
  PGCert (partially_met): 6.A3 (withdrawn AdvCert workshop), 6.A7
  ("Participant's own responsibility"), 6.K4 (withdrawn unit), 6.K7 ("-" with
  a gap rating of 0: the rating contradicts the row), 6.S2c ("-"), 6.S2d (an LA
  briefing "not part of the PGCert": another body's arrangement), 6.S7 ("-"),
  6.S8 ("-", pointing to the open 1.7 gap), and 6.A1 (702/6 develops
  relationships with pupils only, not with parents or carers).
- Code collision: the assignments are called A1, A2, A3; "Assessed in: A3"
  on the time-management row is Assignment 3, not outcome 6.A3.
- Genuine arrangements, met: E.1, E.2, 1.1 (rewritten aim and marking
  criterion 4), 1.4, 1.8, 1.9 and 6.0 (every outcome in at least one summative
  assignment, Outcome Record at the Examination Board, D7), 2.1 (APCL and APEL),
  2.4, 2.5 (703/8 plan taken to performance management), 3.2 (two intakes,
  order, routes, one or two years), 4.2 (three named changes from stakeholders
  in Part A), 5.1, 5.2, 5.8, and the outcome rows with a PGCert session and an
  assignment.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cs-02-thirlstane-gap-analysis.docx")


def smart(text: str) -> str:
    text = re.sub(r'(^|[\s(\[\u2014/])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[\u2014/])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


doc = Document()
doc.core_properties.author = "I. Thwaite"
doc.core_properties.title = "Gap analysis - AdvCert SNC against TDA specification"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(6)
for lvl, size in (("Heading 1", 14), ("Heading 2", 11.5)):
    hs = doc.styles[lvl]
    hs.font.name = "Calibri"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(smart(text))
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def numbered(label, text):
    """A commentary paragraph with a typed paragraph number in bold."""
    p = doc.add_paragraph()
    p.add_run(label + "  ").bold = True
    p.add_run(smart(text))
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def write_cell(cell, text, size=8.5, bold=False, italic=False):
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(smart(line))
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic


def grid(header, rows, widths, head_fill="1F3A5F"):
    """rows: list of lists; a row given as ('GROUP', text) becomes a merged shaded row."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        shade(c, head_fill)
        write_cell(c, h, bold=True)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, tuple) and row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            shade(m, "DCE6F0")
            write_cell(m, row[1], bold=True, size=9)
            continue
        for i, val in enumerate(row):
            write_cell(cells[i], val, italic=(i == 1 and len(header) == 5 and header[1].startswith("What")))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# ------------------------------------------------------------ header / footer
A4_W, A4_H = Cm(21.0), Cm(29.7)
s0 = doc.sections[0]
s0.page_width, s0.page_height = A4_W, A4_H
s0.left_margin = s0.right_margin = Cm(2.2)
hp = s0.header.paragraphs[0]
r = hp.add_run("Thirlstane University  |  School of Education  |  CISEN  |  Gap analysis: AdvCert SNC v. "
               "TDA specification  |  v1.2, 20.02.09")
r.font.size = Pt(7.5)
fp = s0.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ title block
para("THIRLSTANE UNIVERSITY", bold=True, size=15, align="c", after=2)
para("School of Education \u00b7 Centre for Inclusion and Special Educational Needs (CISEN)",
     align="c", after=14)
para("GAP ANALYSIS", bold=True, size=13, align="c", after=2)
para("The Advanced Certificate in Special Needs Coordination (2003\u201309) measured against the TDA "
     "specification for nationally accredited training for SENCOs, and the Postgraduate Certificate in "
     "Leading SEN Coordination (National Award) that replaces it from September 2009",
     align="c", italic=True, after=12)
info = doc.add_table(rows=0, cols=2)
info.style = "Table Grid"
for k, v in (
        ("Prepared by", "Programme Review Group (PRG), chair Dr Imogen Thwaite, Principal Lecturer"),
        ("Partner authorities", "Ashgill County Council; Port Mawley City Council"),
        ("Submitted to", "TDA approval panel, with the PGCert definitive document"),
        ("Status", "Version 1.2. Approved for submission by the School Learning and Teaching "
                   "Committee, 18 February 2009"),
        ("Summary of ratings", "Criteria 1\u20135 and eligibility: 31 rows. Outcomes: 29 rows. "
                               "Rating 3 (open) on 5 rows; see Part E.")):
    c1, c2 = info.add_row().cells
    write_cell(c1, k, size=9.5, bold=True)
    write_cell(c2, v, size=9.5)
    shade(c1, "EEF2F7")
    c1.width, c2.width = Cm(4.2), Cm(12.4)
para("")

# ------------------------------------------------------------ Part A
doc.add_heading("Part A  Purpose, scope and method", level=1)
para("A1. The Advanced Certificate in Special Needs Coordination (AdvCert) has been offered by CISEN "
     "since 2003: 40 credits at Level 6 in four 10-credit units (SNC401\u2013SNC404), designed against "
     "the TTA National Standards for Special Educational Needs Coordinators (1998). 188 teachers have "
     "completed it. The TDA's draft specification and the 2008 SENCO Regulations make the AdvCert "
     "unfit for purpose as it stands. This paper records, requirement by requirement, what the AdvCert "
     "did, where it falls short of the specification, and what the Postgraduate Certificate in "
     "Leading SEN Coordination (PGCert) does from September 2009. The last AdvCert cohort completes "
     "in July 2009; no AdvCert arrangement continues unless the PGCert column of Part B or Part C "
     "says so.")
para("A2. The Programme Review Group met seven times between September 2008 and February 2009. "
     "Members: the programme leader and two CISEN lecturers; Ashgill's Principal Adviser for SEN; "
     "Port Mawley's Head of Inclusion; two headteachers (one primary, one secondary) nominated by "
     "the authorities' heads' associations; two former AdvCert participants; and a University "
     "quality officer. The comparison was made line by line from the AdvCert definitive document, "
     "the last three annual monitoring reports and external examiner reports, and the draft "
     "specification.")
para("A3. Evidence of stakeholders' needs came from three sources. (a) A questionnaire to the "
     "SENCO and headteacher of every maintained school in the two authorities (October 2008; 96 "
     "schools, 58 returns). The needs most often named were provision mapping and management (41 "
     "returns), deploying and managing teaching assistants (37), access arrangements for tests and "
     "examinations (25), and release from school (heads: 19 of 22 said fortnightly daytime release "
     "was \"difficult\" or \"impossible\"). (b) A focus group of eleven former AdvCert participants "
     "(November 2008), who wanted study that could be done partly from home and more on leading "
     "colleagues. (c) The two authorities' SEN strategies, both of which commit the authority to "
     "training new SENCOs within two years of appointment and to reducing reliance on statements "
     "through better-managed school provision.")
para("A4. Three features of the PGCert came directly from these stakeholders. Provision mapping and "
     "management is the opening session of LSC703 and the spine of Assignment 3, because it led the "
     "schools' questionnaire. The February intake was added at the heads' request, so that a SENCO "
     "appointed in January need not wait eight months. The blended route was designed with the "
     "former participants' focus group, two of whose members tested the first online unit in "
     "January 2009 and whose comments changed its structure. The PRG's LA members also asked that "
     "assignment tasks be set in the participant's own school, which all three now are.")
para("A5. Gap ratings used in Parts B and C:")
key = doc.add_table(rows=1, cols=2)
key.style = "Table Grid"
write_cell(key.rows[0].cells[0], "Rating", bold=True, size=9)
write_cell(key.rows[0].cells[1], "Meaning", bold=True, size=9)
for k, v in (("0", "No gap: the AdvCert already met the requirement"),
             ("1", "Minor gap: closed by the change shown in the PGCert column"),
             ("2", "Significant gap: closed by the change shown in the PGCert column"),
             ("3", "Gap remains open: see Part E")):
    a, b = key.add_row().cells
    write_cell(a, k, size=9)
    write_cell(b, v, size=9)
    a.width, b.width = Cm(2), Cm(12)
para("")

# ------------------------------------------------------------ landscape: Part B and Part C
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = A4_H, A4_W
land.left_margin = land.right_margin = Cm(1.8)

doc.add_heading("Part B  Eligibility and Criteria 1\u20135", level=1)
para("The second column summarises the specification for reference only. The PGCert column "
     "describes the programme from September 2009; \"As now\" means that the AdvCert arrangement "
     "in the third column continues unchanged.", italic=True, size=9)

HB = ["Req.", "What the specification asks (summary)", "AdvCert 2003\u201309 (as is)", "Gap",
      "PGCert from September 2009 (to be)"]
WB = [1.4, 5.2, 5.6, 1.1, 12.4]
grid(HB, [
    ("GROUP", "Eligibility"),
    ["Para 5", "Academic accreditation by an HEI, alone or in partnership",
     "University award, conferred by Academic Board", "0",
     "As now. The PGCert was approved by the University's Academic Standards Committee on 28 "
     "January 2009, following a validation event on 9 December 2008 with two external panel "
     "members (a SENCO trainer from another university and a serving SENCO)."],
    ["Para 3", "Validated at masters level; normally 60 credits",
     "40 credits at Level 6", "2",
     "60 credits at Level 7 (M level of the FHEQ): three 20-credit modules, LSC701, LSC702 and "
     "LSC703. Credits count towards the MA Inclusive Education."],
    ("GROUP", "Criterion 1  Raising the achievement of children and young people with SEN and/or "
              "disabilities"),
    ["1.1", "Clear focus in aims, objectives, content and assessment on raising achievement and "
            "improving well-being",
     "Aims framed around the 1998 Standards; no reference to Every Child Matters", "1",
     "Programme aim rewritten (see D1). Each module has a learning outcome on pupils' achievement "
     "and well-being across the five ECM outcomes, and every marking grid carries criterion 4, "
     "\"effect on pupils' achievement and well-being\", which must be passed."],
    ["1.2", "Strong links to effective practice in schools",
     "Each unit sets a directed school-based task (e.g. audit of the SEN register against the Code, "
     "observation of one pupil across a school day), reported at the next taught day and mapped to "
     "the Standards; SNC404 is a development project in the participant's school", "0",
     "As now (tasks re-mapped to the national outcomes)."],
    ["1.3", "Recent research, inspection evidence and developments",
     "Reading lists updated annually by unit leaders; CISEN research seminars open to participants",
     "1",
     "Reading lists updated annually, as now. Use of inspection evidence (Ofsted thematic reports) "
     "to be considered by the module team during 2009\u201310."],
    ["1.4", "Current legislation, policy and initiatives",
     "SNC401: Education Act 1996 and SEN Code of Practice 2001", "1",
     "LSC701 sessions 701/1\u2013701/5: Education Act 1996 Part IV, SENDA 2001, the Code of Practice, "
     "DDA 1995 and 2005 and the Disability Equality Duty, Children Act 2004 and ECM, Removing "
     "Barriers to Achievement, the SENCO Regulations 2008, the Inclusion Development Programme."],
    ["1.5", "Skills in consulting children and young people", "Not addressed", "2",
     "An optional twilight lecture, \"Hearing the pupil's voice\", open to all participants in the "
     "spring term."],
    ["1.6", "Advising, supporting and collaborating with colleagues within and beyond the school",
     "SNC404 coaching workshop; termly inter-school cluster meetings convened by LA SEN advisers",
     "1",
     "LSC703 keeps the coaching and mentoring workshop (703/4) and adds peer observation and "
     "feedback with a colleague in the participant's own school. The inter-school cluster meetings "
     "ended in 2008 when the LA advisory posts were deleted and are not part of the PGCert."],
    ["1.7", "Advising, supporting and working in partnership with parents and carers",
     "SNC402 session led by the Parent Partnership Service (discontinued 2007 when the Service's "
     "funding ended)", "3",
     "Gap remains open. The PRG would like to restore a session on parents and carers and has "
     "approached the Port Mawley Parent Partnership Service; no arrangement has yet been made."],
    ["1.8", "Impact on practice by meeting the programme outcomes",
     "SNC404 development project", "0",
     "Assignment 3 (LSC703): each participant plans, leads and evaluates a change in provision in "
     "their own school and must show, with before-and-after evidence, what has changed in practice."],
    ["1.9", "Rigorous assessment against all the programme outcomes",
     "Four assignments marked against the Standards", "2",
     "Every national outcome is assessed in at least one of Assignments 1\u20133 (Part C). Each "
     "marking grid lists the outcomes the assignment assesses; each must reach pass standard. "
     "Outcome Record checked at the Examination Board (D7)."],
    ("GROUP", "Criterion 2  Differentiated provision matched to participants' needs"),
    ["2.1", "Take account of and accredit prior study and experience",
     "Accreditation of prior certificated learning only, up to 10 credits; experiential learning "
     "not accredited", "1",
     "University APL regulations for Level 7: up to 20 credits for prior certificated learning "
     "(APCL) or prior experiential learning (APEL). APEL claims are made by a portfolio mapped to "
     "module outcomes, assessed by two tutors and seen by the external examiner."],
    ["2.2", "Pre-course needs assessment against the outcomes; individual training plan; "
            "personalised outcomes",
     "None", "2",
     "All accepted candidates complete a self-audit against the national outcomes, discussed with "
     "their personal tutor at induction. An individual learning plan template is being designed "
     "and will be piloted with the September 2009 cohort."],
    ["2.3", "Assessment-only route for suitably experienced candidates",
     "AdvCert could be awarded on portfolio alone to candidates with five years' SENCO experience "
     "(four awards, 2005\u201308)", "3",
     "Not carried forward. University regulations for postgraduate awards require enrolment on "
     "modules; an assessment-only route is not available for the PGCert."],
    ["2.4", "High-quality provision tailored to individuals; effective CPD; cost-effective",
     "Common programme for all; fee \u00a3950", "1",
     "Participants choose the focus of all three assignments; three individual tutorials per "
     "module, with targets recorded on Blackboard and reviewed at the next tutorial; choice of "
     "taught or blended route (D3); groups capped at 20. Fee \u00a31,200 for 60 credits, half met "
     "by LA bursaries for maintained schools in Ashgill and Port Mawley."],
    ["2.5", "Completing participants helped to consider further professional targets",
     "\u2014", "1",
     "Final LSC703 session (703/8) and tutorial: each participant writes a professional development "
     "plan with two or three targets for the following year on the CISEN template, and takes it to "
     "their performance management review with their line manager."],
    ("GROUP", "Criterion 3  Flexible and accessible delivery"),
    ["3.1", "Equalities duties; reasonable adjustments for disabled candidates and participants",
     "University Disability Equality Scheme and Race Equality Policy apply", "0", "As now."],
    ["3.2", "Flexible ways of delivering: start times, order, modes",
     "One September intake; units in fixed order; taught days only", "2",
     "Two intakes (September, February). LSC701 and LSC702 in either order; LSC703 last. Taught "
     "route or blended route (D3); participants may change route between modules, and may "
     "complete in one year or two."],
    ["3.3", "Where e-learning is used: tutor and peer support; support between face-to-face "
            "sessions; effective ICT",
     "n/a (no e-learning)", "2", "Blended route: see D3."],
    ("GROUP", "Criterion 4  Stakeholders"),
    ["4.1", "Provision reflects evidence about the needs of the main stakeholders",
     "Informal feedback from LA advisers", "1", "See Part A, A3 and A4."],
    ["4.2", "How stakeholders have influenced development and improvement",
     "\u2014", "1", "See Part A, A4."],
    ["4.3", "How stakeholders will be involved in evaluation and other aspects",
     "Annual meeting with LA advisers", "1", "See D5."],
    ("GROUP", "Criterion 5  Quality assurance"),
    ["5.1", "Internal and external evaluation methods; evidence used to improve quality and impact",
     "Unit questionnaires; external examiner; University annual monitoring", "0",
     "As now, plus a mid-module online survey and a termly Programme Committee (D5) that receives "
     "the evaluation data and agrees changes. Actions are recorded in the Annual Monitoring "
     "Report, followed up at the next Committee and reported to the next cohort at induction."],
    ["5.2", "Candidates accepted have enough prior knowledge, understanding and skills",
     "QTS and a SENCO post", "1",
     "QTS; in post as SENCO or designated to take the role within a year; headteacher's supporting "
     "statement; interview including the self-audit. A candidate judged not yet ready receives "
     "written guidance on what to do first (normally the LA's SEN induction programme) and, with "
     "the candidate's consent, the programme leader discusses this with the headteacher."],
    ["5.3", "Verify a current CRB enhanced disclosure and other background checks",
     "Not checked by the University: regarded as the employer's responsibility", "2",
     "See Part D, paragraph D4."],
    ["5.4", "Suitably qualified and experienced staff with up-to-date specialist knowledge",
     "CISEN staff", "0", "As now. See D6."],
    ["5.5", "Access to specialist expertise and appropriate high-quality placements",
     "Two-day visit to a special school or resourced provision (SNC403)", "3",
     "Discontinued for 2009\u201310 on cost grounds. A placement protocol with Ashgill's special "
     "schools is in the action plan (Part E)."],
    ["5.6", "Enough specialist teaching resources, including ICT and specialist technology",
     "University library; CISEN test library", "1",
     "As now: University library and e-journals; CISEN test library (standardised assessments, "
     "intervention programmes) available for loan; Blackboard. Assistive technology: a small "
     "collection is planned for 2009\u201310 (Part E)."],
    ["5.7", "All involved in delivery and assessment understand and can carry out their roles",
     "AdvCert tutor handbook", "1",
     "The AdvCert tutor handbook remains in use until it is revised for the PGCert's outcomes and "
     "marking grids (Part E)."],
    ["5.8", "Assessment consistent, reliable, accurate and moderated",
     "10% second marking; external examiner", "1",
     "Second marking of 25% of each assignment and of all fails and distinctions; moderation "
     "meeting before each Examination Board; the external examiner samples every module and "
     "attends the Board; annual standardisation day for all markers using exemplar scripts."],
    ["5.9", "Evaluating impact on participants' competence and confidence and on pupils' achievement",
     "End-of-course questionnaire", "3",
     "Participants repeat the self-audit at the end of LSC703; the change in ratings is reported "
     "in the Annual Monitoring Report. Impact on pupils' achievement: open (Part E)."],
], WB)

doc.add_heading("Part C  The national minimum outcomes", level=1)
para("Assessment codes. A1 = Assignment 1 (LSC701): critical review of the school's SEN policy and "
     "practice against the law and the Code, 4,000 words, with an action plan presented to the "
     "governors' SEN committee. A2 = Assignment 2 (LSC702): case study of a pupil, 4,000 words, "
     "including the pupil's and parents' views. A3 = Assignment 3 (LSC703): change project report, "
     "5,000 words, and a 20-minute presentation and professional discussion with the tutor and the "
     "participant's headteacher. A1\u2013A3 are summative; each must be passed. J = professional "
     "journal, formative only, not graded. Session numbers refer to the programme outline in D2.",
     size=9)
HC = ["National outcome (abridged)", "AdvCert", "PGCert: developed in", "PGCert: assessed in", "Gap"]
WC = [8.4, 3.6, 7.2, 5.2, 1.3]
grid(HC, [
    ("GROUP", "Professional attributes"),
    ["Fair, respectful, constructive relationships with pupils and their parents or carers",
     "SNC402", "702/6 Relationships with pupils: fairness, respect and trust",
     "A2 (relationships with the pupil and with the parents)", "1"],
    ["Gaining the commitment of colleagues, the head and senior leaders", "SNC404",
     "703/2", "A3 (presentation to headteacher)", "0"],
    ["Prioritising, managing time, delegating", "SNC404 workshop",
     "\u2014 (SNC404 workshop not carried forward)", "A3 (project management)", "2"],
    ["Anticipating and resolving problems; sound judgement on provision", "\u2014", "703/5",
     "A3", "1"],
    ["Expressing themselves clearly in speech and writing; listening", "All units", "703/7",
     "A3 (report and presentation)", "0"],
    ["Drawing on research and external advice to improve practice", "SNC404", "701/8", "A3; J",
     "0"],
    ["Keeping up to date; responsibility for own CPD", "\u2014",
     "Participant's own responsibility", "A3 (appendix: CPD log)", "1"],
    ("GROUP", "Professional knowledge and understanding"),
    ["SEN law and guidance, the Code of Practice, implications and practice", "SNC401",
     "701/1, 701/2", "A1", "0"],
    ["Every Child Matters and the SENCO's part in the five outcomes", "\u2014", "701/4", "A1", "2"],
    ["Disability equality law and the actions it requires", "\u2014", "701/3", "A1", "2"],
    ["How children develop; effects of SEN, disability and environment", "SNC402",
     "\u2014 (SNC402 withdrawn)", "A2", "2"],
    ["Common types of SEN and disability and their effect on learning", "SNC402",
     "702/2, 702/3", "A2", "0"],
    ["Approaches, strategies and resources, including ICT: critical understanding", "SNC402",
     "702/4, 702/5", "A2", "0"],
    ["Principles of school self-evaluation and improvement", "SNC403", "\u2014", "A3", "0"],
    ["Best practice and research outcomes in meeting SEN", "SNC404", "701/7, 703/1", "A3", "0"],
    ["Scope and role of external agencies; obtaining specialist support", "SNC403", "702/8", "A2",
     "0"],
    ("GROUP", "Professional skills"),
    ["With senior colleagues and governors, shaping an inclusive ethos, policy, priorities and "
     "resources", "SNC401", "701/6", "A1", "1"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "SNC402",
     "702/1", "A2", "0"],
    ["\u2014 using assessments from other professionals", "SNC402", "702/1", "A2", "0"],
    ["\u2014 using summative assessment and national tests to track progress", "\u2014", "702/7",
     "A2", "1"],
    ["\u2014 encouraging colleagues' formative assessment", "\u2014", "\u2014", "A3", "1"],
    ["\u2014 special arrangements for tests and examinations", "SNC402",
     "LA access arrangements briefing (Ashgill, each spring; not part of the PGCert)", "A2", "1"],
    ["Provision mapping and management", "SNC403", "703/1", "A3", "0"],
    ["Deploying and managing staff", "SNC403", "703/3", "A3", "0"],
    ["Supporting colleagues' professional development", "SNC404", "703/4", "A3", "0"],
    ["Reviewing provision with colleagues to inform self-evaluation", "SNC403", "703/6", "A3", "0"],
    ["Involving pupils in planning and reviewing their provision", "\u2014", "\u2014", "A2", "2"],
    ["Liaising with parents and carers", "SNC402", "\u2014 (see Part B, 1.7)", "A2", "3"],
    ["Partnership with other services and voluntary organisations", "SNC403", "702/8", "A2", "0"],
], WC)

# ------------------------------------------------------------ portrait again: Part D and E
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = A4_W, A4_H
port.left_margin = port.right_margin = Cm(2.2)

doc.add_heading("Part D  Commentary on the principal changes", level=1)
numbered("D1", "Aims. The AdvCert was designed before Every Child Matters and its aims describe the "
         "SENCO's tasks rather than the pupils' outcomes. The PGCert's aim is \"to raise the "
         "achievement and improve the well-being of children and young people with SEN and/or "
         "disabilities, across all five Every Child Matters outcomes, through the professional "
         "learning of their SENCOs\". The aim is carried into each module's learning outcomes, into "
         "the content of LSC701 (701/4) and into assessment: each assignment brief asks for evidence "
         "of the effect of the participant's work on pupils' achievement and well-being, and "
         "criterion 4 of every marking grid, which must be passed, assesses it. The PRG regards this "
         "as the most important single change, since it alters what a participant has to show in "
         "order to pass, and not merely what the programme says about itself.")
numbered("D2", "Programme outline. Eight three-hour sessions per module. Session numbers are used "
         "in Part C.")
outline = doc.add_table(rows=1, cols=2)
outline.style = "Table Grid"
write_cell(outline.rows[0].cells[0], "Module", bold=True, size=9)
write_cell(outline.rows[0].cells[1], "Sessions", bold=True, size=9)
for mod, sess in (
        (["LSC701", "Law, policy and the strategic SENCO", "20 credits"],
         ["701/1 The statutory framework: Education Act 1996 Part IV, SENDA 2001, the SEN Code of "
          "Practice (2001)",
          "701/2 Putting the Code into practice: implications for the school, the SENCO, colleagues "
          "and governors",
          "701/3 Disability equality: DDA 1995 and 2005, the Disability Equality Duty, accessibility "
          "planning and the actions the law requires",
          "701/4 Every Child Matters: the five outcomes, the Children Act 2004, the CAF and the "
          "SENCO's part",
          "701/5 National policy: Removing Barriers to Achievement, the SENCO Regulations 2008, the "
          "Inclusion Development Programme",
          "701/6 The SENCO in strategic leadership: working with the head, senior leaders and "
          "governors on an inclusive ethos, policy, priorities and resources",
          "701/7 Reading research critically: what the evidence says about meeting SEN",
          "701/8 Using research and external advice to improve one's own and colleagues' practice"]),
        (["LSC702", "Assessment, learning and intervention", "20 credits"],
         ["702/1 Identification and assessment: observation, data, target-setting, planning and "
          "reviewing interventions; using assessments from psychologists, therapists and other "
          "professionals",
          "702/2 Types of need (1): behavioural, emotional and social difficulties; speech, language "
          "and communication needs; autistic spectrum disorders",
          "702/3 Types of need (2): specific learning difficulties including dyslexia; moderate "
          "learning difficulties",
          "702/4 Approaches and strategies for teaching and learning: a critical appraisal",
          "702/5 ICT and other resources that remove barriers and personalise provision",
          "702/6 Relationships with pupils: fairness, respect and trust",
          "702/7 Summative assessment, national tests and tracking progress; adjusting programmes",
          "702/8 External agencies and voluntary organisations: roles, referral routes, multi-agency "
          "working"]),
        (["LSC703", "Leading provision and people", "20 credits"],
         ["703/1 Provision mapping and management; evidence of what works",
          "703/2 Working with senior leaders: gaining commitment",
          "703/3 Deploying and managing support staff",
          "703/4 Coaching and mentoring, observation and feedback, modelling, leading training",
          "703/5 Problem-solving and decision-making in provision",
          "703/6 Reviewing and evaluating provision with colleagues",
          "703/7 Communicating with colleagues: speaking, writing, listening",
          "703/8 Next steps: professional development planning"])):
    a, b = outline.add_row().cells
    write_cell(a, mod, size=9)
    write_cell(b, sess, size=9)
    a.width, b.width = Cm(3.6), Cm(13)
para("")
numbered("D3", "Routes. The taught route has eight study days per module at the Thirlstane campus. "
         "The blended route has three study days per module; between them participants work "
         "through online units on the University's Blackboard site, each with readings, short "
         "recorded lectures, a task and a discussion board on which participants post and respond "
         "to one another. The discussion boards are not tutor-moderated; questions for tutors are "
         "taken at the next study day or at the individual tutorial. Assignments are submitted and "
         "returned with feedback through Blackboard. Participants on either route may switch "
         "route between modules.")
numbered("D4", "Safeguarding checks on candidates. The University's Admissions Office verifies, "
         "before an offer is confirmed, that every candidate holds a current enhanced CRB "
         "disclosure: the candidate supplies the disclosure number and date of issue, and the "
         "headteacher's reference confirms them. A candidate who has not worked in a school or FE "
         "college in a post involving regular contact with children or young people in the past "
         "three months is required to obtain a new enhanced disclosure through the University "
         "before enrolment. The headteacher's reference must also state that the candidate is not "
         "barred from teaching or working with children and that there are no conduct concerns or "
         "outstanding disciplinary matters; where the candidate has been in post for less than a "
         "year, the previous employer is asked the same questions. Offers are not confirmed until "
         "all three checks are complete, and the record is kept on the candidate's admissions file.")
numbered("D5", "Stakeholders in evaluation. A Programme Committee meets termly. Its members are the "
         "programme leader, the module leaders, Ashgill's Principal Adviser for SEN, Port Mawley's "
         "Head of Inclusion, a headteacher from each authority and two former participants. It "
         "receives the module evaluations, the mid-module survey, marks and the external "
         "examiner's report, and agrees the changes recorded in the Annual Monitoring Report. All "
         "teaching is by CISEN staff: LAs and schools do not contribute to teaching or assessment.")
numbered("D6", "Staff. Dr Imogen Thwaite (programme leader), Principal Lecturer: nine years a "
         "secondary SENCO and four an LA SEN adviser; EdD on inclusive assessment. Dr Owen Gatley, "
         "Senior Lecturer: chartered educational psychologist, in practice in Ashgill until 2006 and "
         "still undertaking consultancy casework. Bernadette Quayle, Senior Lecturer: former head of "
         "a primary resourced provision for pupils with speech, language and communication needs; "
         "MA in specific learning difficulties; Approved Teacher Status (BDA). Nikhil Desai, "
         "Lecturer: former SENCO in a special school for pupils with autism; MA Autism. All have "
         "worked in schools or SEN services within the last five years, each has at least five "
         "days a year of research or professional updating under the CISEN staff development plan, "
         "and three of the four publish on SEN.")
numbered("D7", "The award. The PGCert is awarded only to participants who have passed Assignments "
         "1, 2 and 3 and whose Outcome Record shows every national minimum outcome evidenced at "
         "pass standard in at least one of them. Markers complete the Outcome Record for each "
         "assignment; the Examination Board checks it for every participant, and a participant "
         "whose record is incomplete is referred in the assignment concerned, even if its overall "
         "mark is a pass.")

doc.add_heading("Part E  Action plan for open and partly closed gaps", level=1)
act = doc.add_table(rows=1, cols=4)
act.style = "Table Grid"
for i, h in enumerate(("No.", "Action", "Lead", "By")):
    c = act.rows[0].cells[i]
    shade(c, "1F3A5F")
    write_cell(c, h, bold=True, size=9)
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for row in (
        ("E1", "Design an individual learning plan template; pilot with the September 2009 cohort",
         "IT", "Sept 2009"),
        ("E2", "Restore a session on working with parents and carers; seek Parent Partnership "
               "Service involvement", "BQ", "July 2009"),
        ("E3", "Agree a placement protocol with Ashgill special schools", "ND", "Dec 2009"),
        ("E4", "Bid to the School capital fund for an assistive technology collection", "OG",
         "2009\u201310"),
        ("E5", "Revise the tutor handbook for the PGCert outcomes and marking grids", "IT",
         "Aug 2009"),
        ("E6", "Options for measuring effects on pupils' achievement, for the Programme Committee",
         "IT", "2009\u201310"),
        ("E7", "Consider Ofsted thematic reports for module reading", "Module leaders",
         "2009\u201310"),
        ("E8", "Directed study for outcomes with no taught session (Part C)", "OG", "Sept 2009"),
        ("E9", "Review with the authorities whether inter-school clusters can be revived", "IT",
         "2010")):
    cells = act.add_row().cells
    for i, v in enumerate(row):
        write_cell(cells[i], v, size=9)
for row in act.rows:
    for i, w in enumerate((1.2, 10.6, 2.4, 2.4)):
        row.cells[i].width = Cm(w)
para("")
para("Dr Imogen Thwaite, Chair of the Programme Review Group, 20 February 2009", italic=True)

doc.save(OUT)
print("wrote", OUT)
