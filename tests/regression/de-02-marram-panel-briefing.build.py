"""Build de-02.docx: The Marram Trust, internal briefing for the TDA approval panel meeting, March 2009.

Provider (invented)
-------------------
The Marram Trust: a national autism education charity with three special schools
(Marram House in Caldwick, Tideway School and a third), an outreach service, a
clinical team, parent trainers and a Parent Advisory Group, and a training arm,
Marram Learning. It applies alone for the "Marram Award" (Postgraduate
Certificate in SEN Coordination, 60 credits at Level 7), validated on 4 February
2009 by the invented University of Eskridge. Invented partner councils: Caldwick
City Council and Stoneleigh County Council. 2008-era vocabulary (CRB, DDA,
Disability Equality Duty, SENDA, SEN Code of Practice 2001, ECM, CAF, SENCO
Regulations 2008, IDP, Bercow).

Layout (a kind of document a charity really keeps: a speaking brief)
--------------------------------------------------------------------
The Trust's Policy and Communications team's brief for the Chief Executive,
the Director of Marram Learning and the Programme Leader before an oral
presentation and questions with the TDA's panel, sent as it stands.
- Page header "RESTRICTED ..." and footer (version, page field).
- Title lines and a two-column "brief details" table (meeting, date, venue,
  attending, prepared by, status).
- 1 Purpose and handling (who leads on what; a typed bracketed author note).
- 2 Key messages: a shaded one-cell box of value statements (never evidence).
- 3 Background: an "at a glance" field table and a ten-row study-day table.
- 4 Questions and lines to take: one long three-column table (Question we
  expect / Line to take / If pressed and background), with themes A-G as
  merged full-width shaded rows and questions numbered Q1-Q30. Lines to take
  are often promises, values or restatements; the arrangements, and the
  candid admissions, sit under "If pressed:" and "Background (not for use):".
  Two real Word comments are attached to cells (not part of the submission).
- 5 Handle with care: bullets of weak points, including a past certificate's
  dropped placement week and online module.
- Annex A: the panel members (no evidence).
- Annex B: the Outcome Evidence Record: a table of the 29 outcomes in the
  Trust's words with merged group rows, "Taught" (a study day, a dash, or
  "autism only") and "Assessed in" (Evidence Tasks T1-T6 or the Proposal for
  Change, PfC), a note on dashes, and a key to the tasks.
There is no online or distance element (3.3 not_applicable): Q19 says so; the
only "online module" belongs to the closed 2003-08 certificate.

Traps and the ids they affect
-----------------------------
- 1.1 partially_met: the aim is understanding, confidence and children feeling
  "safe and understood"; ECM only on Day 1; Background admits the panel's
  advice to add pupils' progress and attainment was not acted on.
- 1.5 partially_met (wrong context): the line to take is about the Trust's own
  Pupil Council and film; only the assessed T2 task involves a pupil, and
  "there is no session on consulting pupils in the ten days".
- 2.1 not_met (negation plus another body's rule): "we do not accredit prior
  learning or experience"; the University's regulations "would allow" APL.
- 2.3 not_met (intention): "in discussion with the University ... hope to
  offer one from 2010"; Background "nothing is agreed".
- 2.5 not_met (hope): "We want every graduate to leave with ambition ..."; "we
  hope many will go on ... we would like to run a graduates' day in future".
- 3.1 not_met (values only): "equality is not an add-on ... it is who we are",
  "fully committed to the Disability Equality Duty"; Background "we have no
  written access procedure for the award yet. Simon will look at this".
- 3.2 partially_met: Saturdays and a choice of two venues, but "one intake a
  year" and a "fixed order". A comment about a January start is not part of
  the submission.
- 4.3 partially_met: stakeholders co-teach Days 6 and 7, but for evaluation
  they "will be kept informed" and "we will look at how they might
  contribute"; the line to take "Stakeholders will be involved at every stage"
  is a restated promise. 4.1 and 4.2 met (Q20, Q21).
- 5.2 partially_met: entry requirements and head's signature, but "places are
  offered in the order applications arrive"; no check of readiness.
- 5.3 not_met (deferral to employers; wrong people): "We do not repeat them or
  ask for disclosure details"; only Marram tutors are CRB-checked. A comment
  asking whether to start recording CRB numbers is not part of the submission.
- 5.5 partially_met: clinical team, outreach teachers and parent trainers, but
  "placements are not part of the award"; a day at a school only if asked.
  Section 5's old certificate's placement week is a past arrangement.
- 5.6 partially_met: "a wealth of specialist resources" (general); a library
  usable on study days; University library only after the first task; no
  specialist technology for participants.
- 5.7 partially_met: restated promise; tutors inducted, handbook, observed,
  but the participant "explains the role to the mentor".
- Met arrangements behind "If pressed": 1.3 (annual review of reading lists),
  5.9 (confidence ratings at entry and end, headteachers' return on pupils'
  progress and attendance, annual impact report). The line to take for 5.9 is
  a bare promise; the If pressed text carries the methods.
- 1.9 and 6.0 met: every one of the 29 outcomes has an assessed line on the
  Record, marked against criteria and signed off; the award needs every line
  signed, countersigned and confirmed by the Board.
- Outcomes (Annex B): met where a study day teaches it and a task assesses
  it: A1, A2, A4, A5, A6, K1, K2, K3, K6, K8, K9, S1, S2, S2a, S4, S5, S6, S8,
  S9. partially_met, assessed but not taught (dash): A3, A7, K7, S2b, S2c,
  S2d, S3, S7; taught for autism only: K4, K5.
- Section 5, Annex A, the key messages, the header and the footer add no
  evidence.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from datetime import datetime
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("de-02-marram-panel-briefing.docx")

NAVY = "23395B"
GREY = "E7EBF0"
PALE = "F4F6F9"

doc = Document()
doc.core_properties.author = "Jo Farrant"
doc.core_properties.comments = ""
doc.core_properties.title = "Briefing: TDA approval panel, 26 March 2009"
doc.core_properties.created = datetime(2009, 3, 12, 10, 5)
doc.core_properties.modified = datetime(2009, 3, 23, 9, 20)
doc.core_properties.revision = 3
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    h = doc.styles[name]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor.from_string(NAVY)


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return r


def cell_labelled(cell, parts, size=9):
    """parts: list of (label or None, text); each becomes a paragraph with a bold run-in label."""
    cell.text = ""
    runs = []
    first = True
    for label, text in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if label:
            lr = p.add_run(label + " ")
            lr.bold = True
            lr.font.size = Pt(size)
            if label.startswith("Background"):
                lr.italic = True
        r = p.add_run(text)
        r.font.size = Pt(size)
        if label and label.startswith("Background"):
            r.italic = True
        runs.append(r)
    return runs


def field_table(rows, w0=4.0, w1=12.5):
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), GREY)
        cell_text(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(w0)
        t.cell(i, 1).width = Cm(w1)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------- header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hr = hp.add_run("RESTRICTED \u2013 MARRAM TRUST INTERNAL BRIEFING \u2013 NOT FOR WIDER CIRCULATION")
hr.bold = True
hr.font.size = Pt(8)
hr.font.color.rgb = RGBColor(0xA0, 0x1E, 0x1E)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Policy and Communications with Marram Learning  \u00b7  Briefing v3 (final), 23 March 2009  \u00b7  Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------- title
para("THE MARRAM TRUST", bold=True, size=16, after=0)
para("the national autism education charity", italic=True, size=9)
para("BRIEFING", bold=True, size=20, after=2)
para("TDA approval panel: presentation and questions on the Marram Award for SEN Coordination", bold=True,
     size=12)
field_table([
    ("Meeting", "TDA SENCO Training Approval Panel: our presentation and questions on our application"),
    ("Date and time", "Thursday 26 March 2009, 2.00 to 2.45 pm (please arrive by 1.30 pm)"),
    ("Venue", "TDA, 151 Buckingham Palace Road, London SW1W 9SZ, Room 4.12"),
    ("Attending for Marram", "Dr Ruth Penhaligon, Chief Executive; Simon Adeyemi, Director, Marram Learning; "
                             "Cath Lindqvist, Programme Leader"),
    ("Brief prepared by", "Jo Farrant, Policy and Communications, with Marram Learning"),
    ("Status", "Version 3 (final), 23 March 2009. Replaces version 2 of 17 March."),
])

# ------------------------------------------------------------- 1
doc.add_heading("1. Purpose and handling", level=1)
para("This brief prepares Ruth, Simon and Cath for the panel\u2019s questions on our application to run the "
     "National Award for SEN Coordination. The panel has our written submission of 20 February. The TDA has told "
     "us to expect a ten-minute presentation from us and then about thirty minutes of questions, which are "
     "likely to follow the six criteria in the TDA\u2019s specification.")
para("Section 4 sets out the questions we expect, the line to take on each, and what to say if pressed. Text "
     "marked Background is for your information only and should not be read out. Section 5 lists the areas "
     "where we are weakest. Annex B is the Outcome Evidence Record; Cath will bring copies to hand out if asked.")
para("Ruth opens and closes and takes questions on the Trust and its values. Simon takes organisation, quality "
     "and partnerships. Cath takes teaching and assessment. If a question is not covered here, say that we will "
     "write to the panel within a week, and do not guess. [Jo: slides to the TDA by Tuesday 24th.]")

# ------------------------------------------------------------- 2
doc.add_heading("2. Key messages", level=1)
kb = doc.add_table(rows=1, cols=1)
kb.style = "Table Grid"
kc = kb.cell(0, 0)
shade(kc, GREY)
cell_text(kc, "Whatever the question, come back to these:", bold=True)
for msg in (
    "Autistic children and their families deserve SENCOs who truly understand them.",
    "Marram has forty years\u2019 experience of educating autistic children, and we want every school to share it.",
    "This is an award for every SENCO, not only for autism specialists.",
    "Inclusion is at the heart of everything we do.",
    "Our award is rooted in real classrooms: our own schools, and yours.",
):
    p = kc.add_paragraph()
    r = p.add_run("\u25aa  " + msg)
    r.font.size = Pt(10)
doc.add_paragraph()

# ------------------------------------------------------------- 3
doc.add_heading("3. Background: the award at a glance", level=1)
field_table([
    ("Title", "Postgraduate Certificate in SEN Coordination (the Marram Award)"),
    ("Validated by", "The University of Eskridge, at a validation event on 4 February 2009, for five years from "
                     "September 2009. The University awards the certificate."),
    ("Level and credit", "Level 7 (Master\u2019s level), 60 credits"),
    ("Length", "One year, October 2009 to July 2010"),
    ("Teaching", "Ten Saturday study days, 9.30 am to 4.00 pm, at Marram House, Caldwick, or at the Marram Centre, "
                 "Stoneleigh. Participants choose one venue for the year."),
    ("Assessment", "A portfolio of six Evidence Tasks (T1 to T6), each marked pass or refer, and a 5,000-word "
                   "Proposal for Change (PfC) with a 15-minute presentation"),
    ("Places", "Up to 20 at each venue"),
    ("Fee", "\u00a31,350, set at the cost of delivery; Marram bursaries of up to half the fee for schools with "
            "fewer than 150 pupils"),
    ("Team", "Programme Leader, four Marram tutors, Marram\u2019s clinical team, two Marram parent trainers, and "
             "autism outreach teachers from Caldwick City Council and Stoneleigh County Council"),
])

para("The ten study days", bold=True)
DAYS = [
    ("Day", "Title", "What it covers"),
    ("1", "The SENCO\u2019s world",
     "The Education Act 1996 and SENDA 2001; the SEN Code of Practice 2001 and how to put it into practice; the DDA "
     "1995 and 2005 and the Disability Equality Duty; Every Child Matters and the SENCO\u2019s part in the five "
     "outcomes; Removing Barriers to Achievement; the 2008 SENCO Regulations; the Inclusion Development Programme"),
    ("2", "Understanding autism (1)",
     "How autistic children develop; communication and social understanding (Marram clinical team)"),
    ("3", "Understanding autism (2)", "Sensory differences, anxiety and behaviour (Marram clinical team)"),
    ("4", "At Tideway School",
     "Structured teaching and visual supports in Tideway classrooms; approaches, strategies and resources, "
     "including ICT, and how to judge them critically"),
    ("5", "Finding out and planning",
     "Identifying need from observation, data and assessment; using assessments from psychologists and "
     "therapists; setting challenging targets; planning and reviewing interventions"),
    ("6", "Working with families",
     "Co-led by two Marram parent trainers: listening to parents, sharing information and assessments, "
     "supporting families before and in reviews, resolving disagreements; fair and respectful relationships "
     "with pupils and families"),
    ("7", "Beyond the school",
     "External agencies and how to get specialist support; the Common Assessment Framework; voluntary "
     "organisations; joint work with psychologists, therapists, outreach services and social care (co-taught "
     "by the councils\u2019 autism outreach teachers)"),
    ("8", "Leading adults",
     "Deploying and managing teaching assistants; observation and feedback, coaching, modelling and training "
     "colleagues; advising and supporting colleagues; winning the commitment of the headteacher and senior "
     "leaders"),
    ("9", "Leading the school",
     "An inclusive ethos; working with senior leaders and governors on policy, priorities and resources; "
     "reviewing provision with colleagues and reporting to senior leaders and governors; anticipating problems "
     "and making decisions; presenting clearly and listening"),
    ("10", "Evidence and the future",
     "Reading research critically; using research and outside advice to improve practice; research and best "
     "practice in meeting special educational needs, in autism and beyond; presentations of Proposals for Change"),
]
dt = doc.add_table(rows=len(DAYS), cols=3)
dt.style = "Table Grid"
for i, row in enumerate(DAYS):
    for j, v in enumerate(row):
        cell_text(dt.cell(i, j), v, bold=(i == 0), size=8.5)
        if i == 0:
            shade(dt.cell(i, j), GREY)
for r in dt.rows:
    r.cells[0].width = Cm(1.0)
    r.cells[1].width = Cm(3.8)
    r.cells[2].width = Cm(11.7)
doc.add_paragraph()

# ------------------------------------------------------------- 4
doc.add_heading("4. Questions we expect, and lines to take", level=1)
para("Lines to take may be used as they stand. \u201cIf pressed\u201d text may be used if the panel comes back "
     "to the point. Background is not for use.", italic=True)

Q = [
    ("A. The award and its purpose", None),
    ("Q1", "Who accredits the award, and at what level?",
     "The University of Eskridge validated the award on 4 February 2009 as a Postgraduate Certificate of 60 "
     "credits at Level 7, Master\u2019s level. The University awards it and its Board of Examiners confirms every "
     "result.",
     [("Background:", "the validation report is Appendix 3 of our written submission.")]),
    ("Q2", "What is the award for?",
     "The award aims to develop SENCOs who understand autism and other special educational needs, lead "
     "provision with confidence and create schools where every child feels safe and understood.",
     [("If pressed:", "Every Child Matters runs through the programme, and Day 1 covers the five outcomes and "
                      "the SENCO\u2019s part in them."),
      ("Background (not for use):", "the validation panel advised us to make more of pupils\u2019 progress and "
                                    "attainment in the aims. We have not yet changed them.")]),
    ("Q3", "How is the programme linked to practice in schools, and will it change practice?",
     "Every Evidence Task is real work in the participant\u2019s own school: reviewing the SEN policy with the "
     "head, planning and reviewing a pupil\u2019s provision, holding a meeting with a family, coaching a "
     "colleague. Day 4 is spent at Tideway School, in its classrooms. The Proposal for Change is agreed with the "
     "headteacher, put into effect in the summer term, and its first results are reported in the presentation.",
     []),
    ("B. What participants learn", None),
    ("Q4", "How do you keep the content up to date with research, inspection evidence and policy?",
     "Day 1 covers current law and policy, from the Education Act 1996 and the Code of Practice to the 2008 "
     "SENCO Regulations and the Inclusion Development Programme. Day 10 deals with recent research and "
     "inspection evidence, including Ofsted\u2019s report Inclusion: does it matter where pupils are taught? "
     "(2006), the Bercow Review (2008) and the Autism Working Group\u2019s good practice guidance (2002).",
     [("If pressed:", "each June the tutors review every reading list and day plan against new research, Ofsted "
                      "reports and DCSF guidance, and Cath signs off the changes.")]),
    ("Q5", "How do you develop participants\u2019 skills in consulting children and young people?",
     "Listening to autistic children is what Marram does every day. The Marram House Pupil Council advises our "
     "trustees, and our young people\u2019s film Ask Me has been shown at the House of Commons.",
     [("If pressed:", "in Evidence Task 2 each participant involves the focus pupil in reviewing his or her own "
                      "provision, and the tutor assesses how well this was done."),
      ("Background (not for use):", "there is no session on consulting pupils in the ten days.")]),
    ("Q6", "And working with colleagues, inside and outside the school?",
     "Day 8 develops the skills of advising and supporting colleagues: observation and feedback, coaching, "
     "modelling and running training. Day 7, co-taught with the councils\u2019 autism outreach teachers, "
     "develops joint work with psychologists, therapists, outreach services and social care. Evidence Tasks 4 "
     "and 5 assess both.", []),
    ("Q7", "And parents and carers?",
     "Day 6 is co-led by two Marram parent trainers, themselves parents of autistic children. It develops "
     "listening to parents, sharing information and assessments with them, supporting families before and in "
     "review meetings, and resolving disagreements. In Evidence Task 3 each participant plans, holds and reviews "
     "a meeting with a family, and the tutor assesses it.", []),
    ("Q8", "Isn\u2019t this really an autism course?",
     "No. It is an award for every SENCO. Autism is our lens, not our limit.",
     [("If pressed:", "where Annex B shows no teaching day, participants meet the outcome through their own "
                      "school\u2019s practice and evidence it in the portfolio, and the tutor assesses it like "
                      "any other line."),
      ("Background (not for use):", "the panel may pick on the common types of SEN, because Days 2 and 3 deal "
                                    "with autism only.")]),
    ("C. Assessment and the award", None),
    ("Q9", "How will you assess participants against all the outcomes?",
     "Through the Outcome Evidence Record at Annex B. Each of the 29 national outcomes has a line on the Record "
     "naming the Evidence Task or the Proposal for Change in which it is assessed. Each task is marked pass or "
     "refer against published criteria, and the tutor signs a line off only when the evidence meets the "
     "outcome.", []),
    ("Q10", "Who gets the award?",
     "No participant is awarded the certificate until every line of the Outcome Evidence Record has been signed "
     "off by the assessing tutor and countersigned by the Programme Leader, the Proposal for Change has passed, "
     "and the University\u2019s Board of Examiners has confirmed the result.", []),
    ("Q11", "How do you make sure assessment is consistent?",
     "Every Proposal for Change, every refer decision and one portfolio in four are second-marked blind by "
     "another tutor. The tutors meet to moderate after each marking round. The University\u2019s external "
     "examiner, Dr Alan Hesketh, samples work from both venues and attends the Board of Examiners. Before any "
     "marking, all tutors mark the same two portfolios at the September standardisation meeting.", []),
    ("D. Meeting participants\u2019 needs", None),
    ("Q12", "How do you take account of prior learning and experience?",
     "The award is designed as a coherent whole, and our participants tell us they value the journey together.",
     [("If pressed:", "we do not accredit prior learning or experience; every participant takes all ten days and "
                      "all the assessments. The University\u2019s regulations would allow up to 30 credits of "
                      "APL, but we have chosen not to use them.")]),
    ("Q13", "How do you assess each participant\u2019s needs?",
     "Before Day 1 every participant completes the Starting Point self-assessment against the 29 outcomes and "
     "has a one-hour interview with Cath. Together they agree an Individual Learning Plan: the outcomes the "
     "participant most needs to work on, personal targets for the year and the focus of their Evidence Tasks. "
     "Tutors review the plan at each of the three tutorials.", []),
    ("Q14", "Is there an assessment-only route for experienced SENCOs?",
     "We recognise that some very experienced SENCOs may not need the full programme.",
     [("If pressed:", "we are in discussion with the University about an assessment-only route and hope to "
                      "offer one from 2010."),
      ("Background (not for use):", "nothing is agreed, and the University has not yet seen a proposal. Do not "
                                    "give a date.")]),
    ("Q15", "How is the programme tailored to individuals, and is it good value?",
     "The Individual Learning Plan shapes each participant\u2019s year: participants choose the pupil, the "
     "colleague and the change they work on, and each has three one-to-one telephone tutorials with their tutor "
     "between study days. The fee is set at the cost of delivery, and Marram bursaries cover up to half the fee "
     "for small schools.", []),
    ("Q16", "What happens when participants finish?",
     "We want every graduate to leave with ambition for what comes next.",
     [("If pressed:", "we hope many will go on to the University\u2019s MA in Autism and Education, and we would "
                      "like to run a graduates\u2019 day in future.")]),
    ("E. Access and flexibility", None),
    ("Q17", "How do you meet your duties to disabled participants?",
     "As a disability charity, equality is not an add-on for Marram: it is who we are.",
     [("If pressed:", "Marram is fully committed to the Disability Equality Duty and to the spirit of the "
                      "Disability Discrimination Act in everything it does."),
      ("Background (not for use):", "we have no written access procedure for the award yet. Simon will look at "
                                    "this after the meeting.")]),
    ("Q18", "How flexible is the programme?",
     "We know how hard it is for SENCOs to get out of school. That is why every study day is on a Saturday, and "
     "participants choose whichever of our two venues is nearer to them.",
     [("If pressed:", "there is one intake a year, in October, and the days run in a fixed order because each "
                      "builds on the last.")]),
    ("Q19", "Is there any online or distance learning?",
     "No. All ten days are face to face, and tutorials are by telephone. SENCOs told us they wanted time away "
     "from screens, with colleagues.", []),
    ("F. Stakeholders", None),
    ("Q20", "How did you find out what schools and local authorities need?",
     "Between October and December 2008 we consulted SENCOs through the Caldwick and Stoneleigh SENCO forums (86 "
     "questionnaire returns), the autism outreach services of both councils, the heads of our three schools and "
     "the Marram Parent Advisory Group. SENCOs asked for Saturday teaching and practical work on leading "
     "teaching assistants; the councils asked for multi-agency working and the Common Assessment Framework; "
     "parents asked for a day on working with families, led by parents.", []),
    ("Q21", "What difference did that make?",
     "We moved all teaching to Saturdays at two venues, added Day 8 on leading adults, built Day 7 with the "
     "councils\u2019 outreach teachers and asked two parent trainers to co-lead Day 6. The Parent Advisory Group "
     "rewrote the brief for Evidence Task 3.", []),
    ("Q22", "How will stakeholders be involved from now on, including in evaluation?",
     "Stakeholders will be involved at every stage.",
     [("If pressed:", "the councils\u2019 outreach teachers co-teach Day 7 and the parent trainers co-lead Day 6. "
                      "The Parent Advisory Group and both councils will be kept informed of how the first cohort "
                      "goes, and we will look at how they might contribute to evaluation once it is under way.")]),
    ("G. Quality", None),
    ("Q23", "How will you evaluate the programme and improve it?",
     "Internally, every participant evaluates every study day, the tutors meet after each day to review the "
     "evaluations, and Cath runs a mid-year focus group with each cohort. Externally, we have the external "
     "examiner\u2019s report and the University\u2019s annual monitoring review. The Programme Board, chaired by "
     "Simon, considers all of this each July, agrees an action plan and tells the next cohort on its first day "
     "what has changed as a result.", []),
    ("Q24", "How will you know the award has made a difference to SENCOs and to children?",
     "We will measure the award\u2019s impact on SENCOs and on children.",
     [("If pressed:", "participants rate their confidence against each of the 29 outcomes on the Starting Point "
                      "at entry and again at the end, and we compare the two alongside their tutors\u2019 "
                      "assessments. One term after the course we ask each participant\u2019s headteacher for a "
                      "short return on changes in SEN provision and on the progress and attendance of pupils on "
                      "the SEN register, using the school\u2019s own tracking data. Cath collates both into an "
                      "annual impact report for the Programme Board and the University.")]),
    ("Q25", "How do you select participants?",
     "Applicants must hold QTS and be in post as SENCO, or be designated by their headteacher to become SENCO "
     "within the year. The headteacher signs the application to confirm the school\u2019s support.",
     [("If pressed:", "places are offered in the order applications arrive. The headteacher\u2019s signature is "
                      "our assurance that the applicant is ready.")]),
    ("Q26", "How do you check that participants are safe to work with children?",
     "Safeguarding is paramount at Marram.",
     [("If pressed:", "participants are serving teachers whose schools have already carried out the checks the "
                      "law requires. We do not repeat them or ask for disclosure details."),
      ("Background (not for use):", "all Marram tutors hold enhanced CRB disclosures, renewed every three years "
                                    "by our HR team.")]),
    ("Q27", "Who teaches the programme?",
     "Cath Lindqvist was SENCO of an 1,100-pupil comprehensive for eight years and an autism outreach teacher for "
     "five, and holds an MA in Special and Inclusive Education. The four tutors are qualified teachers with at "
     "least five years\u2019 experience as SENCOs or specialist teachers, two from Marram\u2019s schools and two "
     "from its outreach service; all hold or are completing Master\u2019s degrees. Each tutor teaches or advises "
     "in schools at least one day a week, and all attend two Marram update days and the University\u2019s "
     "education conference each year.", []),
    ("Q28", "What specialist expertise and placements can participants draw on?",
     "Participants learn from Marram\u2019s clinical team (our speech and language therapists, occupational "
     "therapist and clinical psychologist), who teach on Days 2 and 3, as well as from the councils\u2019 "
     "outreach teachers and our parent trainers.",
     [("If pressed:", "placements are not part of the award. A participant who asks can spend a day at one of "
                      "our schools.")]),
    ("Q29", "What resources do participants have?",
     "Participants have access to a wealth of specialist resources.",
     [("If pressed:", "Marram House has an autism library that participants may use on study days. Participants "
                      "are not registered with the University library until they submit their first Evidence "
                      "Task.")]),
    ("Q30", "How do tutors and mentors know what to do?",
     "Everyone involved in delivering and assessing the award will understand their role and have the skills to "
     "carry it out.",
     [("If pressed:", "every tutor completes Marram\u2019s two-day tutor induction, works from the Tutor Handbook "
                      "and is observed teaching by Cath in the first term. Each participant chooses a mentor in "
                      "school and explains the role to the mentor, using a one-page note.")]),
]

qt = doc.add_table(rows=1, cols=3)
qt.style = "Table Grid"
qt.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(("Question we expect", "Line to take", "If pressed / Background")):
    cell_text(qt.cell(0, j), h, bold=True)
    shade(qt.cell(0, j), NAVY)
    qt.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
comment_targets = {}
for item in Q:
    cells = qt.add_row().cells
    if item[1] is None:
        m = cells[0].merge(cells[2])
        cell_text(m, item[0], bold=True)
        shade(m, GREY)
        continue
    num, question, line, extra = item
    cell_text(cells[0], f"{num}  {question}", bold=False)
    cells[0].paragraphs[0].runs[0].font.bold = False
    cell_text(cells[1], line)
    runs = cell_labelled(cells[2], extra) if extra else [cell_text(cells[2], "\u2014")]
    comment_targets[num] = runs
for r in qt.rows:
    r.cells[0].width = Cm(4.0)
    r.cells[1].width = Cm(6.6)
    r.cells[2].width = Cm(6.0)

c18 = doc.add_comment(comment_targets["Q18"][0],
                text="Could we say a January start at Stoneleigh is likely from 2011? The waiting list suggests "
                     "the numbers are there.",
                author="Cath Lindqvist", initials="CL")
c26 = doc.add_comment(comment_targets["Q26"][0],
                text="Ruth asked whether we should start recording participants\u2019 CRB numbers ourselves. "
                     "Decision needed before Thursday?",
                author="Jo Farrant", initials="JF")
for cm, stamp in ((c18, "2009-03-20T16:42:00Z"), (c26, "2009-03-23T09:15:00Z")):
    cm._comment_elm.set(qn("w:date"), stamp)
doc.add_paragraph()

# ------------------------------------------------------------- 5
doc.add_heading("5. Handle with care", level=1)
for b in (
    "Prior learning (Q12) and the assessment-only route (Q14): do not commit to anything.",
    "Safeguarding (Q26): do not say or imply that we check participants\u2019 CRB disclosures. We don\u2019t.",
    "Disabled participants (Q17): keep to the line. There is no written procedure yet.",
    "Outcomes with no teaching day (Q8 and the dashes in Annex B).",
    "Placements (Q28) and school mentors (Q30).",
    "Do not mention the old Marram Certificate in Autism Studies (2003 to 2008). It carried no credit, and its "
    "placement week and online module were dropped when it closed.",
):
    doc.add_paragraph(b, style="List Bullet")

# ------------------------------------------------------------- Annex A
doc.add_heading("Annex A \u2013 The panel, as far as we know it", level=1)
for name, text in (
    ("Margaret Ellery, TDA (chair).", "Formerly a local authority SEN adviser. Expect questions on quality "
                                      "assurance."),
    ("Dr Philip Naylor, DCSF SEN and Disability Division.", "Led on the 2008 SENCO Regulations."),
    ("Anne Trevelyan, headteacher of a special school and a former SENCO.", "Likely to ask about the outcomes "
                                                                           "and about parents."),
):
    p = doc.add_paragraph()
    r = p.add_run(name + " ")
    r.bold = True
    p.add_run(text)

# ------------------------------------------------------------- Annex B
doc.add_heading("Annex B \u2013 The Outcome Evidence Record", level=1)
para("Each participant\u2019s Record has one line for each national outcome. The tutor signs each line when the "
     "evidence named in the last column meets the outcome.")
REC = [
    ("Professional attributes", None),
    ("1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
          "disabilities and with their parents and carers", "Day 6", "T2, T3"),
    ("2", "gain the commitment of colleagues, including the headteacher and senior leaders, to better outcomes "
          "for pupils with SEN", "Day 8", "PfC"),
    ("3", "prioritise, manage their time and delegate, checking that delegated tasks are done", "\u2014", "T6"),
    ("4", "anticipate and resolve problems and make sound, well-founded decisions about provision", "Day 9", "PfC"),
    ("5", "express themselves clearly in speech and writing, and listen to and understand others\u2019 views",
     "Day 9", "PfC and presentation"),
    ("6", "draw on research evidence and outside advice to improve their own and colleagues\u2019 practice",
     "Day 10", "PfC"),
    ("7", "keep up to date and take responsibility for their own professional development in SEN and disability",
     "\u2014", "T6"),
    ("Knowledge and understanding", None),
    ("8", "know the law and guidance on SEN, including the Code of Practice, what they mean for the school and how "
          "to put them into practice", "Day 1", "T1"),
    ("9", "know the principles and outcomes of Every Child Matters and the SENCO\u2019s part in them", "Day 1",
     "PfC"),
    ("10", "know the law on disability equality and what it requires of schools", "Day 1", "T1"),
    ("11", "understand how children develop and how SEN, disabilities and the environment affect development",
     "Day 2 (autism)", "T2"),
    ("12", "know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
           "they affect learning", "Days 2 and 3 (autism only)", "T2"),
    ("13", "evaluate critically approaches, strategies and resources, including ICT, and use them to remove "
           "barriers to learning", "Day 4", "T2"),
    ("14", "understand the principles of school self-evaluation and improvement and how they relate to outcomes "
           "for pupils with SEN", "\u2014", "PfC"),
    ("15", "know about best practice and research in meeting special educational needs", "Day 10", "PfC"),
    ("16", "know the scope and role of external agencies and how to obtain specialist support and resources",
     "Day 7", "T5"),
    ("Professional skills", None),
    ("17", "with senior colleagues and governors, influence the strategic development of an inclusive ethos, "
           "policies, priorities and the use of resources", "Day 9", "T1, PfC"),
    ("18", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Day 5", "T2"),
    ("19", "use assessments from other professionals to develop teaching approaches", "Day 5", "T2"),
    ("20", "use summative assessments, including national tests, to track progress and adjust programmes",
     "\u2014", "T2"),
    ("21", "encourage colleagues to develop formative assessment, with approaches for pupils with SEN", "\u2014",
     "T4"),
    ("22", "identify in good time the special arrangements pupils need for national tests and examinations, and "
           "put them in place", "\u2014", "T2"),
    ("23", "use provision mapping and management to plan provision and identify ineffective or missing "
           "provision", "\u2014", "PfC"),
    ("24", "deploy and manage staff to support pupils with SEN", "Day 8", "T4"),
    ("25", "support colleagues\u2019 professional development through observation and feedback, modelling, "
           "coaching and training", "Day 8", "T4"),
    ("26", "review and evaluate with other staff the effectiveness of provision, to inform the school\u2019s "
           "self-evaluation and improvement planning", "Day 9", "PfC"),
    ("27", "involve pupils in planning, agreeing, reviewing and evaluating their provision", "\u2014", "T2"),
    ("28", "liaise effectively with parents and carers to promote their children\u2019s learning", "Day 6", "T3"),
    ("29", "work in partnership with other services and agencies, including voluntary organisations", "Day 7",
     "T5"),
]
rt = doc.add_table(rows=1, cols=4)
rt.style = "Table Grid"
for j, h in enumerate(("Line", "The participant can \u2026", "Taught", "Assessed in")):
    cell_text(rt.cell(0, j), h, bold=True, size=8.5)
    shade(rt.cell(0, j), GREY)
for row in REC:
    cells = rt.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, row[0].upper(), bold=True, size=8.5)
        shade(m, PALE)
        continue
    for j, v in enumerate(row):
        cell_text(cells[j], v, size=8.5)
for r in rt.rows:
    r.cells[0].width = Cm(1.0)
    r.cells[1].width = Cm(10.0)
    r.cells[2].width = Cm(2.8)
    r.cells[3].width = Cm(2.7)
doc.add_paragraph()
para("Where the Taught column shows a dash, the outcome is not taught on the study days: participants meet it "
     "through their own school\u2019s practice and evidence it in the task shown, which the tutor assesses in the "
     "same way as any other line. Days 2 and 3 deal with autism; other types of need are not taught.", italic=True)

para("Key to the tasks", bold=True)
for code, text in (
    ("T1 Policy Review.", "The school\u2019s SEN policy and practice reviewed against the Code of Practice, the DDA "
                          "and the Disability Equality Duty, with an action plan agreed with the headteacher and "
                          "presented to the SEN governor."),
    ("T2 Focus Pupil Study.", "One pupil: how the need was identified, assessments by other professionals, targets, "
                              "interventions and their review, progress tracked with summative assessments including "
                              "national tests, access arrangements for tests and examinations, how the pupil took "
                              "part in reviewing the provision, and the participant\u2019s relationship with the "
                              "pupil."),
    ("T3 Family Meeting Record.", "Planning, holding and reviewing a meeting with the pupil\u2019s parents or "
                                  "carers."),
    ("T4 Leading Adults Record.", "A plan for deploying teaching assistants, a coaching cycle with a colleague "
                                  "(observation, feedback, modelling) and work with a colleague on formative "
                                  "assessment for pupils with SEN."),
    ("T5 Agency Map and Case Discussion.", "The agencies and voluntary organisations the school works with, and a "
                                           "case worked on jointly with another service."),
    ("T6 Reflective Log.", "How the participant has prioritised, managed their time and workload and delegated "
                           "across the year, and how they keep up to date on SEN and disability."),
    ("PfC Proposal for Change.", "5,000 words and a 15-minute presentation to the tutor and the headteacher."),
):
    p = doc.add_paragraph()
    r = p.add_run(code + " ")
    r.bold = True
    p.add_run(text)
para("Each task is marked pass or refer against published criteria. A referred task may be resubmitted once.")

doc.save(OUT)
print("wrote", OUT)
