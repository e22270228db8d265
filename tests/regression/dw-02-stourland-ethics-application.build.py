"""Build dw-02-stourland-ethics-application.docx (blind test application).

KIND OF DOCUMENT
  A university faculty research ethics application (Form FREC-1) for the
  three-year evaluation built into the award, sent to the TDA as the
  application because its Section D ("The intervention") and Appendix 3 give
  the fullest description of the programme. A short covering memo, then the
  form as the team left it: the form's grey "Guidance:" prompts still in
  place, tick boxes (the check-box characters), the team's Word comments and
  tracked changes, the Committee's decision sheet (Section K) filled in by the
  Committee, a Participant Information Sheet, a consent form and an outcome
  map appendix.

PROVIDER (invented)
  Stourland Hospital and Home Education Service (Stourland County Council):
  the Infirmary School (children's wards, Stourland Royal Infirmary,
  Stourland Hospitals NHS Trust), the Larkfield Adolescent Unit school (CAMHS
  inpatient unit), two medical-needs PRUs (the Lantern Centre, Ellesby;
  Meadowbank, Harwood Cross) and the Home and Hospital Teaching Team. University
  partner: Faculty of Education and Social Care, University of Ridgeworth.
  Award: PG Cert Special Educational Needs Coordination (National Award),
  RID7301 and RID7302, 30 credits each. People: Dr Alun Prothero (programme
  director, principal investigator), Sian Maddox (Head of Professional
  Learning, the Service), Dr Fenella Okafor (research fellow), Graham Tulloch
  (Head of Service), Dr Ruth Castellano (consultant community paediatrician),
  Mo Hadley (CAMHS nurse consultant), Professor Janet Kilbride (external
  examiner, University of Esterbrook), Professor David Lum (chair of FREC).

LAYOUT
  Covering memo (typed "To / From / Date / Re" lines). Then the form: a
  lettered section per part (A-K), typed as bold Normal paragraphs with
  section letters, not heading styles; question numbers (A1, D5, G4 ...)
  in bold run-in labels; Section A is a two-column field table; tick boxes
  typed as characters; grey italic "Guidance:" prompts under many questions;
  a study-day table; Section K a shaded "For Committee use only" table; Appendix
  1 (PIS, question headings), Appendix 2 (consent table with initial boxes),
  Appendix 3 (outcome map with merged group rows, a tracked change in one
  cell). Header and footer are the form's (never evidence). Word comments
  (five) and tracked changes (w:ins/w:del with author and date, one a whole
  deleted paragraph).

TRAPS (requirement ids affected)
  Tracked changes:
  - E.2  "Level 6" deleted and "Level 7" inserted in A7 (inserted text is the
         submission). -> met.
  - 2.3  A whole paragraph offering assessment without attending is deleted;
         the inserted replacement reads "There is no assessment-only route."
         A comment suggests a route "might be possible from 2010". -> not_met.
  - 3.3  "Tutors will respond to postings within three working days" is an
         insertion (counts); monthly live online tutorial, e-mail, mentors'
         access to the e-portfolio. -> met.
  - 5.7  "All mentors attend a half-day briefing ... and receive the Mentor
         Handbook" is deleted; the inserted text says a briefing "will be
         arranged ... (date to be confirmed)"; a comment says the handbook is
         not ready; tutors get an induction. -> partially_met.
  - 6.S4 Appendix 3: "T2" deleted, "T3, if relevant to the participant's
         role" inserted. -> partially_met.
  Comments (never part of the submission): APEL deadline (no effect on 2.1,
  which the body meets); assessment-only route "might be possible from 2010"
  (2.3); Mentor Handbook "won't be ready for September" (5.7); "We don't
  currently check CRB for anyone on the programme" (5.3); "Is 'assumed at
  entry' OK?" (6.K5).
  Wrong context (research arrangements, not programme arrangements):
  - 5.3  G3 answers "Yes" for the research team's own CRB disclosures; G4
         (candidates on placements) is answered "N/A ... employers are
         responsible"; the grey guidance under G4 is the form's prompt, and
         the Committee's Condition 2 (Section K) is the Committee's
         requirement, not the provider's system. -> not_met.
  - 2.5  The only forward look is the research's 12-month interview asking
         "what further professional development they have undertaken" (E,
         RQ4) and Appendix 3's A7 row; nothing helps completers set targets.
         -> not_met.
  - 1.5  The Young Advisers (F2) advise the research team, not participants;
         the programme has only "Pupil voice runs as a theme through all
         eight days". -> partially_met. 6.S7 assessed only "if available".
         -> partially_met.
  - 3.1  D3 invites disclosure on the application form; F4's adjustments are
         for research interviews. -> partially_met.
  Pro-forma prompts left in: every "Guidance:" paragraph (never evidence).
  General terms:
  - 2.4  "tailored to each participant through the Personal Learning Plan,
         and we believe it offers very good value" (D4). -> partially_met.
  - 4.2  "The design of the programme reflects what we heard ..." (C3) with
         no account of what changed. -> partially_met (4.1 met by C2 survey
         figures; 4.3 met by the Programme Board in D12).
  - 3.2  One September intake, modules in order; video link and interruption
         only. -> partially_met.
  - 5.5  Specialist clinicians teach, but placements only "where
         participants' settings and the Service's units can arrange it".
         -> partially_met.
  Conditional: G5 NHS R&D approval (pupil data from NHS settings excluded if
  not granted); does not change 5.9, which is met by E (baseline and
  follow-up pupil measures in every T2, pooled; pre/post audit; head
  interviews).
  Outcome map (Appendix 3) against the claim "Every national outcome is
  assessed at least once" (D9) and the pass rule (pass each task; outcomes
  without evidence are only "noted ... for development"):
  - 1.9, 6.0 -> partially_met.
  - 6.A3 "T3, if time allows"; 6.K2 "-" in Assessed; 6.K5 "Optional online
    refresher unit; assumed at entry" / "Not assessed"; 6.K7 "Not assessed";
    6.S2b "Formative task (not marked)"; 6.S4 (tracked change); 6.S7
    "theme throughout" / "if available". -> partially_met.
  - 6.A7 row of dashes; 6.S2c has no row and no content. -> not_met.

VERDICTS: 40 met, 16 partially_met, 5 not_met, 0 not_applicable.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.run import Run

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dw-02-stourland-ethics-application"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)

for s in doc.sections:
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(2.0)
    s.header.paragraphs[0].text = ("University of Ridgeworth \u2013 Faculty of Education and Social "
                                   "Care \u2013 Research Ethics Committee (FREC)")
    s.footer.paragraphs[0].text = ("Form FREC-1, version 4 (September 2008). Guidance notes are "
                                   "available from the Faculty Research Office.")
    s.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

GREY = RGBColor(0x80, 0x80, 0x80)
_CID = [500]


def _next_id():
    _CID[0] += 1
    return str(_CID[0])


def para(text="", bold=False, italic=False, size=None, colour=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    if align is not None:
        p.alignment = align
    return p


def section(title):
    p = para(title.upper(), bold=True, size=11)
    p.paragraph_format.space_before = Pt(12)
    return p


def q(label, text=""):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if text:
        p.add_run(text)
    return p


def guidance(text):
    p = para("Guidance: " + text, italic=True, size=8.5, colour=GREY)
    return p


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, segments):
    """segments: list of (kind, text, author) with kind in t / ins / del."""
    for kind, text, *rest in segments:
        author = rest[0] if rest else "Alun Prothero"
        if kind == "t":
            p.add_run(text)
            continue
        el = OxmlElement("w:ins" if kind == "ins" else "w:del")
        el.set(qn("w:id"), _next_id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), "2009-04-28T15:20:00Z" if kind == "ins" else "2009-04-28T15:19:00Z")
        el.append(_run_el(text, deleted=(kind == "del")))
        p._p.append(el)
    return p


def deleted_paragraph(text, author="Alun Prothero"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), "2009-04-28T15:19:00Z")
    rPr.append(d)
    pPr.append(rPr)
    tracked(p, [("del", text, author)])
    return p


def comment(run, text, author, initials):
    doc.add_comment([run], text=text, author=author, initials=initials)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return r


def table(rows, widths, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0) or (not header and j == 0), size=size)
            if (header and i == 0) or (not header and j == 0):
                shade(c, "E7E6E6")
            c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


# ================================================================ COVER MEMO
para("MEMORANDUM", bold=True, size=13)
for lab, val in [
    ("To:", "Approvals Team, National Award for SEN Coordination, Training and Development "
            "Agency for Schools"),
    ("From:", "Dr Alun Prothero, University of Ridgeworth, and Sian Maddox, Stourland Hospital "
              "and Home Education Service"),
    ("Date:", "29 May 2009"),
    ("Re:", "Application for approval: PG Certificate in Special Educational Needs Coordination "
            "(National Award), University of Ridgeworth with Stourland Hospital and Home "
            "Education Service"),
]:
    q(lab, val)
para("Our fullest account of the programme is the application we made to the Faculty\u2019s "
     "Research Ethics Committee for the three-year evaluation that is built into it. Section D of "
     "the form (\u2018The intervention\u2019) and Appendix 3 describe the programme itself; the "
     "other sections describe how we will evaluate it. Rather than rewrite it, we send the "
     "application as it went to the Committee, with the Committee\u2019s decision sheet of "
     "19 May 2009 (Section K). We should be glad to supply the validated programme "
     "specification if the panel would find it useful.")
para("Alun Prothero, Programme Director          Sian Maddox, Head of Professional Learning")

# ================================================================ FORM
para("FACULTY OF EDUCATION AND SOCIAL CARE RESEARCH ETHICS COMMITTEE", bold=True, size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("APPLICATION FOR ETHICAL REVIEW (FREC-1)", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
guidance("Complete every section. Where a question does not apply, write N/A and say why. "
         "Applications for projects involving NHS patients, premises or records also need NHS "
         "research governance approval. Delete all guidance text before submission.")

# ---------------------------------------------------------------- A
section("Section A: Project details")
ta = doc.add_table(rows=8, cols=2)
ta.style = doc.styles["Table Grid"]
A_ROWS = [
    ("A1 Title", "Teaching the child who is unwell: an evaluation of the Stourland\u2013Ridgeworth "
                 "National Award for SEN Coordination, 2009\u20132012"),
    ("A2 Principal investigator", "Dr Alun Prothero, Principal Lecturer in Inclusive Education; "
                                  "Programme Director of the award"),
    ("A3 Co-investigators", "Sian Maddox, Head of Professional Learning, Stourland Hospital and "
                            "Home Education Service; Dr Fenella Okafor, Research Fellow, Centre "
                            "for Inclusion Research"),
    ("A4 Category", "\u2610 Taught student project   \u2610 Doctoral research   \u2612 Staff "
                    "research   \u2612 Evaluation of a University programme"),
    ("A5 Funding", "Stourland County Council Children\u2019s Services workforce development "
                   "budget, \u00a38,400 over three years (confirmed in writing, 2 April 2009)"),
    ("A6 Dates", "1 September 2009 to 31 August 2012"),
    ("A7 Programme evaluated", None),
    ("A8 NHS involvement", "\u2612 Yes   \u2610 No. Some participants teach at the Infirmary "
                           "School and the Larkfield Unit, which are on NHS premises. R&D approval "
                           "from Stourland Hospitals NHS Trust was applied for on 11 May 2009."),
]
for i, (lab, val) in enumerate(A_ROWS):
    cell_text(ta.cell(i, 0), lab, bold=True)
    shade(ta.cell(i, 0), "E7E6E6")
    ta.cell(i, 0).width = Cm(4)
    ta.cell(i, 1).width = Cm(13)
    if val is not None:
        cell_text(ta.cell(i, 1), val)
c = ta.cell(6, 1)
c.text = ""
tracked(c.paragraphs[0], [
    ("t", "Postgraduate Certificate in Special Educational Needs Coordination (National Award), "
          "60 credits at Level "),
    ("del", "6"), ("ins", "7"),
    ("t", ", validated by the University\u2019s Academic Standards Committee on 3 March 2009 and "
          "delivered in partnership with Stourland Hospital and Home Education Service "
          "(\u2018the Service\u2019)."),
])
for r in c.paragraphs[0].runs:
    r.font.size = Pt(9)
doc.add_paragraph()

# ---------------------------------------------------------------- B
section("Section B: Lay summary")
guidance("No more than 300 words, in plain English, for a lay member of the Committee.")
para("From September 2009 the University and Stourland\u2019s Hospital and Home Education Service "
     "will run a new course for teachers who coordinate special educational needs provision in "
     "schools (SENCOs). The course is a Postgraduate Certificate and carries the national award "
     "that all new SENCOs must now gain. As well as the most common kinds of special educational "
     "need, it pays particular attention to children whose learning is affected by illness, long "
     "stays in hospital or mental health difficulties. We want to find out whether the course "
     "changes what SENCOs know and do, and whether the children they work with do better as a "
     "result, in their learning, their attendance and their well-being. We will ask the teachers "
     "on the course to complete a questionnaire at the start and end, look at the project each of "
     "them carries out in their school, interview some of them and their headteachers a year "
     "later, and collect anonymous information about the progress of the pupils involved in their "
     "projects. No child will be interviewed or identified.")

# ---------------------------------------------------------------- C
section("Section C: Background, rationale and evidence of need")
guidance("Summarise the background to the project and why it is needed. Cite key literature.")
q("C1 Policy context.",
  "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require "
  "every SENCO to be a qualified teacher, and the Government has announced that teachers new to "
  "the role must gain a nationally approved award. The Special Educational Needs Code of Practice "
  "(2001) places the SENCO at the centre of provision for pupils with SEN, and the guidance Access "
  "to Education for Children and Young People with Medical Needs (DfES, 2001) expects schools to "
  "plan with hospital and home teaching services for pupils who are ill. Ofsted\u2019s reports "
  "Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does "
  "it matter where pupils are taught? (2006) found that pupils\u2019 progress depends on the "
  "expertise and leadership of the adults responsible for them. The Bercow Review (2008) and the "
  "work of the Lamb Inquiry on parental confidence point the same way.")
q("C2 Evidence of local need.",
  "In October 2008 the Service surveyed the SENCOs of Stourland\u2019s 187 schools; 112 replied "
  "(60 per cent). Sixty-eight per cent had at least one pupil absent for more than fifteen days "
  "for medical reasons in the previous year, and 74 per cent had had no training on medical "
  "needs. The priorities they named for a new SENCO\u2019s training were working with health "
  "services (66 per cent), managing a return to school after long absence (61 per cent), the "
  "Code of Practice (55 per cent), pupils with anxiety and other mental health needs (52 per "
  "cent) and data and tracking (41 per cent). A focus group of eight consultant paediatricians "
  "and CAMHS clinicians in November 2008 asked that SENCOs understand the effects of treatment "
  "and medication on learning, and the Stourland Parent Carer Forum, in January 2009, asked that "
  "parents of sick children be treated as partners rather than messengers.")
q("C3 How the programme responds.",
  "The design of the programme reflects what we heard from schools, clinicians and families, and "
  "the views of headteachers were sought throughout its development.")
q("C4 Why an evaluation.",
  "Little is known about whether SENCO training changes outcomes for pupils, and nothing about "
  "its effect for pupils whose schooling is interrupted by illness. The evaluation is designed "
  "both to improve the programme year by year and to add to that evidence.")

# ---------------------------------------------------------------- D
section("Section D: The intervention")
guidance("If your project evaluates an intervention, describe it in enough detail for the "
         "Committee to understand what participants will experience. Programme documents may be "
         "attached instead.")
q("D1 Aims.",
  "The programme aims to ensure that pupils with SEN and disabilities, including those whose "
  "education is interrupted by illness, make better progress and are healthier, safer and "
  "happier across the five outcomes of Every Child Matters, because their SENCO leads provision "
  "more effectively. The objectives, the content and each of the three assessed tasks are built "
  "round that aim: every task requires participants to report the difference made for "
  "particular (anonymised) pupils.")
q("D2 Structure.",
  "Two 30-credit modules: RID7301 SEN, Health and the Law and RID7302 Leading Provision for "
  "Pupils with SEN and Medical Needs. Participants attend eight study days and three individual "
  "tutorials and carry out directed tasks in their own settings, over one academic year from "
  "September. There is one intake a year and the modules are taken in order. Study days are held "
  "at the Lantern Centre, Ellesby; participants working at the Infirmary School or the Larkfield "
  "Unit, and others who cannot travel on a particular day, can join by video link from the "
  "Infirmary School\u2019s teaching room. Participants who need longer may interrupt their "
  "studies under the University\u2019s standard regulations.")
q("D3 Entry and selection.",
  "Applicants must hold qualified teacher status and be in post as SENCO, or designated to take "
  "up the role, with the written support of their headteacher, who agrees to release them for "
  "the study days and to name a mentor. The application form asks applicants to describe their "
  "experience against the three groups of national outcomes, and the programme director and a "
  "headteacher from the Service\u2019s Management Committee interview each applicant to judge "
  "whether they can reach all the outcomes within the year. Applicants who are not yet ready are "
  "given written advice and offered a place in the County\u2019s SENCO Foundation Network, and, "
  "with their permission, the programme director talks to their headteacher about what they "
  "need to do before reapplying. The application form invites applicants to tell us about any "
  "disability or health condition.")
q("D4 Needs analysis and learning plan.",
  "Before the first study day each participant completes the Outcome Audit, rating themselves "
  "against each national outcome on a four-point scale with a note of evidence. At the first "
  "tutorial the tutor and participant discuss the audit, check the evidence behind the highest "
  "ratings and agree a Personal Learning Plan setting out the participant\u2019s own outcome "
  "targets, the reading they will prioritise and the focus of each task. The plan is reviewed at "
  "the second and third tutorials. The programme is tailored to each participant through the "
  "Personal Learning Plan, and we believe it offers very good value.")
p = q("D5 Prior learning.",
      "Participants may apply for accreditation of prior learning under the University\u2019s "
      "Regulation 7, for up to 30 credits (RID7301): either for certificated learning at Level 7 "
      "within the last five years or through a claim for experiential learning, in which the "
      "participant presents a portfolio mapped to the national outcomes that RID7301 covers. "
      "Claims are assessed by two members of the programme team and moderated by the external "
      "examiner.")
comment(p.runs[-1], "Registry say APEL claims have to be in by 30 September \u2013 do we need to "
                    "say so here?", "Sian Maddox", "SM")
deleted_paragraph("Experienced candidates, for example teachers from the Service\u2019s outreach "
                  "team, may present for assessment without attending the taught sessions, "
                  "through a portfolio and professional discussion.")
p = doc.add_paragraph()
tracked(p, [("ins", "There is no assessment-only route.")])
anchor = p.add_run(" ")
comment(anchor, "Registry told me a portfolio-plus-viva route might be possible from 2010 \u2013 "
                "worth saying we are looking at it?", "Sian Maddox", "SM")

q("D6 Content.",
  "The eight study days are set out below. Each day\u2019s reading list includes recent "
  "inspection reports and research and is reviewed each summer by the programme team. Pupil "
  "voice runs as a theme through all eight days.")
table([
    ["Day", "Module", "Content", "Contributors"],
    ["1", "RID7301", "The SENCO, Every Child Matters and the child who is unwell: the role, the "
                     "five outcomes, the Service and hospital education", "Alun Prothero, Graham "
                                                                          "Tulloch"],
    ["2", "RID7301", "Law and guidance: Education Act 1996, SEN Code of Practice (2001), SENDA "
                     "2001, Disability Discrimination Acts 1995 and 2005 including the disability "
                     "equality duty, Children Act 2004, Access to Education (2001), Managing "
                     "Medicines in Schools (2005)", "Alun Prothero, County SEN Officer"],
    ["3", "RID7301", "Development, illness and learning: how children develop; the effects of "
                     "chronic illness, treatment, medication and absence; mental health needs in "
                     "childhood and adolescence", "Dr Ruth Castellano, Mo Hadley"],
    ["4", "RID7301", "Assessment and planning: identifying needs; using reports from clinicians, "
                     "psychologists and therapists; setting and reviewing targets; tracking "
                     "progress with summative data; access arrangements for tests and "
                     "examinations", "Sian Maddox, Educational Psychology Service"],
    ["5", "RID7301", "Families and other agencies: partnership with parents and carers; health, "
                     "social care and voluntary organisations (including CLIC Sargent and "
                     "Young Minds); planning a return to school", "Stourland Parent Partnership "
                                                                 "Service and a parent from the "
                                                                 "Parent Carer Forum"],
    ["6", "RID7302", "Teaching approaches and technology: strategies and resources that remove "
                     "barriers, including assistive technology and video link; what research "
                     "says works", "Alun Prothero, Fenella Okafor"],
    ["7", "RID7302", "Leading colleagues: coaching, observing and giving feedback, training; "
                     "deploying and managing teaching assistants; provision mapping",
     "Sian Maddox, a headteacher"],
    ["8", "RID7302", "Leading provision: inclusive policy and strategy with governors and senior "
                     "leaders; self-evaluation and improvement planning; reviewing provision with "
                     "colleagues", "Graham Tulloch, Alun Prothero"],
], widths=[1.0, 1.8, 10.2, 4.0])
para("Knowledge of the common types of SEN is expected at entry; an optional online refresher "
     "unit on Ridgeworth Learn covers them for participants whose audit shows a gap.")

q("D7 Practice-based learning.",
  "All three tasks are carried out in the participant\u2019s own school, unit or PRU and are "
  "agreed with the headteacher. Task 2 requires the participant to lead a change in provision "
  "with colleagues and to evaluate its effect on pupils. Where participants\u2019 settings and the "
  "Service\u2019s units can arrange it, participants may spend a day at the Infirmary School or "
  "with the Home and Hospital Teaching Team. Clinicians from Stourland Hospitals NHS Trust "
  "teach on Days 3 and 5.")
p = q("D8 Online learning.",
      "Ridgeworth Learn, the University\u2019s virtual learning environment, holds the materials, "
      "readings and recordings of study-day inputs, a discussion board for the cohort and an "
      "e-portfolio for the Outcome Evidence Record. ")
tracked(p, [("ins", "Tutors will respond to postings within three working days. ", "Fenella Okafor")])
p.add_run("Between study days a tutor leads a one-hour live online tutorial each month, and "
          "participants can contact tutors by e-mail or telephone. Mentors in schools have guest "
          "access to the participant\u2019s e-portfolio so that they can follow and comment on the "
          "evidence as it builds.")
q("D9 Assessment.",
  "Task 1 (RID7301, 4,000 words, 100 per cent of the module) is a case study of a pupil with SEN "
  "and, where relevant, a medical condition: the pupil\u2019s development and needs, the law "
  "that applies including the school\u2019s disability duties, the assessments of other "
  "professionals, the targets and interventions planned with the family and other agencies, an "
  "access-arrangements plan for the pupil\u2019s next tests or examinations, and a review of "
  "progress. Task 2 (RID7302, 4,000 words, 60 per cent) is a report on a change in provision led "
  "by the participant with colleagues, with a literature review, a provision map of the setting, "
  "baseline and follow-up measures for the pupils concerned, and a presentation of the findings "
  "to the setting\u2019s leadership team. Task 3 (RID7302, 40 per cent) is a 40-minute "
  "professional discussion with the tutor and the school mentor, based on the Outcome Evidence "
  "Record.")
para("Every national outcome is assessed at least once across the three tasks (Appendix 3). To "
     "pass the award, a participant must pass each task at 50 per cent. In Task 3 the tutor and "
     "mentor review the Outcome Evidence Record with the participant, and any national outcome "
     "for which the record does not yet hold evidence is noted on the record as \u2018for "
     "development\u2019.")
para("Tasks are marked against published criteria. A sample of 20 per cent, all fails and all "
     "marks of 70 and above are second-marked; markers meet to standardise before each round; and "
     "the external examiner, Professor Janet Kilbride (University of Esterbrook), reviews a sample "
     "from every task and attends the Examination Board.")
q("D10 Staff and mentors.",
  "Dr Alun Prothero (PhD; former SENCO and local authority SEN adviser; programme director of the "
  "University\u2019s MA in Inclusive Education). Sian Maddox (MA in SEN, NPQH; twelve years as a "
  "hospital teacher and head of the Infirmary School). Dr Fenella Okafor (PhD in education; "
  "research on the reintegration of pupils after illness). Graham Tulloch (Head of Service). "
  "Dr Ruth Castellano (consultant community paediatrician) and Mo Hadley (CAMHS nurse consultant) "
  "contribute to Day 3. Service staff who teach on the programme complete the University\u2019s "
  "induction for associate tutors.")
p = doc.add_paragraph()
tracked(p, [
    ("t", "Each participant\u2019s headteacher names a school mentor. "),
    ("del", "All mentors attend a half-day briefing before the programme starts, and receive the "
            "Mentor Handbook."),
    ("ins", "A half-day briefing for mentors will be arranged in summer 2009 (date to be "
            "confirmed)."),
])
anchor = p.add_run(" ")
comment(anchor, "Mentor Handbook \u2013 I\u2019m still drafting it; it won\u2019t be ready for "
                "September.", "Fenella Okafor", "FO")
q("D11 Resources.",
  "Participants are registered students of the University, with full use of its library and "
  "electronic journals from home. The Service\u2019s ICT and Assistive Technology Centre at the "
  "Lantern Centre lends laptops, switch-access and communication equipment and video-link units "
  "for use in participants\u2019 tasks, and is used for Day 6.")
q("D12 Programme management and quality.",
  "A Programme Board meets each term: the programme team, two headteachers (one special, one "
  "mainstream), the Parent Partnership Service, a parent from the Parent Carer Forum and the "
  "Trust\u2019s lead nurse for children\u2019s services. It receives the study-day and module "
  "evaluations, the external examiner\u2019s report and this evaluation\u2019s interim findings, "
  "and agrees an action plan each summer, which goes to the Faculty\u2019s annual monitoring and "
  "is checked at the Board\u2019s next meeting.")

# ---------------------------------------------------------------- E
section("Section E: Research questions and methods")
guidance("State the research questions and describe the design, the data to be collected and how "
         "they will be analysed.")
q("RQ1 Do participants\u2019 knowledge, skills and confidence change?",
  "The Outcome Audit is completed at entry and again at the final tutorial, and the tutor "
  "moderates both. We will compare ratings for each outcome and each cohort.")
q("RQ2 Does practice change?",
  "We will analyse the Task 2 reports, with participants\u2019 consent, and interview ten "
  "headteachers by telephone twelve months after their SENCO completes.")
q("RQ3 Do pupils benefit?",
  "Every Task 2 report includes baseline and follow-up measures for the pupils concerned: "
  "attainment (a standardised score or P level), attendance, and the Service\u2019s ten-item "
  "\u2018How I feel about school\u2019 well-being scale. Participants return these measures, "
  "anonymised, on a template, and we will pool them across each cohort and across the three "
  "years.")
q("RQ4 Is change sustained?",
  "Twelve months after completion we will interview eight participants about what has continued "
  "in their settings and what further professional development they have undertaken since.")
para("Interim findings go to the Programme Board each term and are used to revise the programme "
     "for the next cohort.")

# ---------------------------------------------------------------- F
section("Section F: Participants, recruitment and consent")
q("F1 Who will take part?",
  "Programme participants (up to twenty a year for three years), their headteachers and their "
  "mentors. Pupils are not research participants (see F2).")
q("F2 Will any research participants be under 18?", "\u2610 Yes   \u2612 No")
para("Pupils\u2019 measures reach us only as anonymised figures from Task 2. The Service\u2019s "
     "Young Advisers, a group of six young people aged 12 to 16 from the Larkfield Unit and the "
     "Lantern Centre, will advise the research team on the wording of the well-being scale and "
     "of the summary of findings. They are not research participants, and their involvement "
     "follows the Service\u2019s participation policy.")
q("F3 How will participants be recruited, and how will consent be obtained?",
  "The Participant Information Sheet (Appendix 1) is given out at the induction session, and "
  "consent (Appendix 2) is sought separately from enrolment. Participants may decline or "
  "withdraw at any time without affecting their studies or their marks.")
q("F4 How will you meet the needs of participants who are disabled?",
  "Interviews can be held by telephone or at the participant\u2019s workplace; the information "
  "sheet is available in large print or electronically; a participant may bring a supporter "
  "to an interview.")

# ---------------------------------------------------------------- G
section("Section G: Risks and safeguards")
q("G1 Risks to participants.",
  "The main risk is that participants feel obliged to take part because the investigators are "
  "also their tutors. Consent is sought by Dr Okafor, who does not teach or mark on the "
  "programme, and tutors will not know who has consented until marks are confirmed.")
q("G2 Risks to pupils.",
  "No pupil is identified. Participants collect measures as part of their normal work and follow "
  "their school\u2019s data protection policy.")
q("G3 Do all members of the research team who may have contact with children or vulnerable "
  "adults hold a current enhanced CRB disclosure?", "\u2612 Yes   \u2610 No")
para("Dr Prothero (University, issued January 2008); Ms Maddox (Stourland County Council, renewed "
     "2007); Dr Okafor (University; applied for in April 2009, and she will not visit any school "
     "until it is issued).")
q("G4 If students or participants will be placed in settings with children as part of the "
  "project, state how their CRB status will be verified.")
guidance("The University expects the applicant to see each disclosure, or to obtain written "
         "confirmation from the employer, before any placement begins.")
p = para("N/A to this application: programme participants are serving teachers whose employers "
         "are responsible for their CRB checks.")
comment(p.runs[0], "The Committee may push on this. We don\u2019t currently check CRB for anyone "
                   "on the programme \u2013 OK to leave as N/A?", "Alun Prothero", "AP")
q("G5 NHS approval.",
  "If Stourland Hospitals NHS Trust has not granted R&D approval by September 2009, measures from "
  "pupils taught at the Infirmary School and the Larkfield Unit will be left out until it does; "
  "the rest of the evaluation will go ahead.")
q("G6 Disclosures.",
  "Any concern about a child\u2019s safety that arises in the course of the research will be "
  "passed on under the Stourland Safeguarding Children Board procedures.")

# ---------------------------------------------------------------- H, I, J
section("Section H: Data")
para("Data are held on the University\u2019s secure server, in password-protected files, in line "
     "with the Data Protection Act 1998. Interview recordings are deleted once transcribed. "
     "Anonymised data are kept for five years after the end of the project.")
section("Section I: Dissemination and involvement")
para("Findings will be reported to the Programme Board each term, to participants and their "
     "schools, to the Parent Carer Forum and the Young Advisers in a short summary, and to the "
     "TDA, and will be offered to a peer-reviewed journal.")
section("Section J: Declaration")
para("I confirm that the information in this application is accurate and that the project will "
     "be carried out as described. Signed: Alun Prothero (30 April 2009); Sian Maddox "
     "(30 April 2009). Head of School: Professor Anne Whitlock (1 May 2009).")

# ---------------------------------------------------------------- K
section("Section K: For Committee use only")
tk = doc.add_table(rows=5, cols=2)
tk.style = doc.styles["Table Grid"]
K_ROWS = [
    ("Reference", "FREC/09/031"),
    ("Decision", "\u2610 Approved   \u2612 Approved subject to conditions   \u2610 Not approved "
                 "(19 May 2009)"),
    ("Conditions", "1. Revise the Participant Information Sheet to say that taking part in the "
                   "evaluation has no effect on marks. 2. Confirm, before any programme "
                   "participant visits the Infirmary School or the Larkfield Unit, that their "
                   "enhanced CRB disclosure has been seen. 3. Send the Trust\u2019s R&D approval "
                   "letter before any pupil measures are collected from NHS settings."),
    ("Reviewers\u2019 comments", "A careful design. The Committee notes that its review covers "
                                 "the evaluation, not the programme itself."),
    ("Signed", "Professor David Lum, Chair. Conditions met: \u2610 (Research Office to complete)"),
]
for i, (lab, val) in enumerate(K_ROWS):
    cell_text(tk.cell(i, 0), lab, bold=True)
    cell_text(tk.cell(i, 1), val)
    for j in range(2):
        shade(tk.cell(i, j), "F2F2F2")
    tk.cell(i, 0).width = Cm(4)
    tk.cell(i, 1).width = Cm(13)
doc.add_paragraph()

# ================================================================ APPENDIX 1
section("Appendix 1: Participant Information Sheet")
for head, txt in [
    ("What is the study about?", "We want to find out what difference the National Award course "
     "makes to SENCOs and to the pupils they work with."),
    ("Why have I been asked?", "Because you are starting the course in September 2009."),
    ("What will I be asked to do?", "To let us use your two Outcome Audits and your Task 2 "
     "report, to return the anonymised pupil measures from Task 2 on our template, and perhaps "
     "to be interviewed a year after you finish."),
    ("Do I have to take part?", "No. You can take the course without taking part in the study, "
     "and you can withdraw at any time."),
    ("What will happen to the results?", "They will be used to improve the course and will be "
     "published without naming you, your school or any pupil."),
    ("Who can I contact?", "Dr Fenella Okafor, Centre for Inclusion Research."),
]:
    q(head)
    para(txt)

# ================================================================ APPENDIX 2
section("Appendix 2: Consent form")
table([
    ["Statement", "Please initial"],
    ["I have read the information sheet and have had the chance to ask questions.", ""],
    ["I understand that taking part is voluntary and that I may withdraw at any time.", ""],
    ["I agree that my Outcome Audits and Task 2 report may be used for the study.", ""],
    ["I agree to be contacted about an interview after I complete the course.", ""],
], widths=[14, 3])

# ================================================================ APPENDIX 3
section("Appendix 3: Where each national outcome is developed and assessed, and the evaluation "
        "data we collect")
A3_ROWS = [
    ("G", "Professional attributes"),
    ("Fair, respectful relationships with pupils and their families", "Day 5", "T1", "Audit"),
    ("Gaining the commitment of senior leaders and colleagues", "Day 8",
     "T2 (presentation to leadership team); T3", "Head interviews"),
    ("Managing time, priorities and delegation", "Tutorial 1 (planning the year)",
     "T3, if time allows", "Audit"),
    ("Anticipating and resolving problems; sound judgements about provision", "Days 4 and 7", "T2",
     "\u2014"),
    ("Clear speaking and writing; listening to others", "All days", "T1, T2 (written); T3 (oral)",
     "\u2014"),
    ("Using research and outside advice to improve practice", "Day 6", "T2 (literature review)",
     "\u2014"),
    ("Keeping up to date; responsibility for own CPD", "\u2014", "\u2014", "12-month interview"),
    ("G", "Knowledge and understanding"),
    ("SEN law and the Code of Practice, and putting them into practice", "Day 2", "T1", "Audit"),
    ("Every Child Matters: principles, outcomes, the SENCO\u2019s part", "Day 1", "\u2014", "Audit"),
    ("Disability equality law and the duties it brings", "Day 2",
     "T1 (the school\u2019s disability duties for the pupil)", "Audit"),
    ("Child development, and how illness, SEN and environment affect it", "Day 3", "T1", "Audit"),
    ("The common types of SEN and disability and how they affect learning",
     "Optional online refresher unit; assumed at entry", "Not assessed", "Audit"),
    ("Approaches, strategies and resources, including ICT", "Day 6", "T2", "Audit"),
    ("School self-evaluation and improvement", "Day 8", "Not assessed", "Audit"),
    ("Research and best practice in meeting SEN", "Day 6", "T2", "\u2014"),
    ("Other agencies and how to get specialist support", "Day 5", "T1", "Audit"),
    ("G", "Professional skills"),
    ("With senior colleagues and governors, shaping inclusive ethos, policy, priorities and "
     "resources", "Day 8", "T2", "Head interviews"),
    ("Identifying needs, setting targets, planning interventions, reviewing progress", "Day 4", "T1",
     "Pupil measures"),
    ("\u2026 using other professionals\u2019 assessments", "Days 4 and 5", "T1", "\u2014"),
    ("\u2026 using summative assessment to track progress", "Day 4", "Formative task (not marked)",
     "Pupil measures"),
    ("\u2026 special arrangements for tests and examinations", "Day 4",
     "T1 (access-arrangements plan)", "\u2014"),
    ("Provision mapping; finding ineffective or missing provision", "Day 7",
     "T2 (provision map of the setting)", "\u2014"),
    ("Deploying and managing staff", "Day 7", "TRACKED", "\u2014"),
    ("Supporting colleagues\u2019 development: observation, coaching, training", "Day 7",
     "T2 (each project includes coaching or training colleagues)", "Head interviews"),
    ("Reviewing provision with colleagues to inform self-evaluation", "Day 8",
     "T2 (evaluation with colleagues, reported for the setting\u2019s self-evaluation)", "\u2014"),
    ("Involving pupils in planning and reviewing their provision", "Theme throughout",
     "T1 (pupil\u2019s views, if available)", "\u2014"),
    ("Working with parents and carers", "Day 5", "T1", "\u2014"),
    ("Working with other services and agencies, including voluntary organisations", "Day 5", "T1",
     "\u2014"),
]
t3 = doc.add_table(rows=1 + len(A3_ROWS), cols=4)
t3.style = doc.styles["Table Grid"]
for j, h in enumerate(["National outcome (summary)", "Developed", "Assessed", "Evaluation data"]):
    cell_text(t3.cell(0, j), h, bold=True, size=8.5)
    shade(t3.cell(0, j), "E7E6E6")
k5_cell = None
for i, row in enumerate(A3_ROWS, start=1):
    if row[0] == "G":
        m = t3.cell(i, 0).merge(t3.cell(i, 3))
        cell_text(m, row[1], bold=True, size=8.5)
        shade(m, "F2F2F2")
        continue
    for j in range(4):
        if row[j] == "TRACKED":
            cc = t3.cell(i, j)
            cc.text = ""
            tracked(cc.paragraphs[0], [("del", "T2", "Sian Maddox"),
                                       ("ins", "T3, if relevant to the participant\u2019s role",
                                        "Sian Maddox")])
        else:
            r = cell_text(t3.cell(i, j), row[j], size=8.5)
            if row[0].startswith("The common types") and j == 1:
                k5_cell = r
for row in t3.rows:
    for j, w in enumerate([6.6, 3.4, 4.6, 2.4]):
        row.cells[j].width = Cm(w)
comment(k5_cell, "Is \u2018assumed at entry\u2019 OK? The TDA wants every outcome assessed.",
        "Sian Maddox", "SM")

doc.save(OUT)
print("wrote", OUT)
