"""Build cz-02-st-ediths-governance-handbook.docx: St Edith's University College, SENCO Award Partnership Governance Handbook (invented provider).

Provider
--------
St Edith's University College, Wrexford (a Church of England foundation with
taught degree awarding powers), School of Education and Childhood, with
Wrexford City Council and Lyneham County Council. Postgraduate Certificate in
Special Educational Needs Coordination, 60 credits at Level 7, three 20-credit
units SENC1-SENC3, assessed by components C1-C3. The handbook was approved
by the Academic Board on 24 June 2009 and is sent to the TDA with a one-line
transmittal slip. 2008-era vocabulary (CRB, safer recruitment, DDA, Single
Equality Scheme, SEN Code of Practice 2001, ECM, SENCO Regulations 2008).

Layout (a kind of document not in the earlier sets: a governance handbook of
constitution, terms of reference and cycle of business)
-------------------------------------------------------------------------
- A transmittal slip (a small two-column table) and a title block with the
  Academic Board's approval minute.
- Part 1 Constitution: short lettered articles (A to F) in "The Partnership
  exists to..." voice.
- Part 2 Structure: a committee structure drawn as an indented table.
- Part 3 Terms of Reference for six bodies (Partnership Board, Programme
  Management Board, Admissions and Accreditation Panel, Board of Examiners,
  Stakeholder Reference Group, Programme Team). Each has a two-column
  particulars table (Status, Reports to, Chair, Clerk, Meets, Quorum), a
  Membership list in Word bullets, and Duties typed as "(a)", "(b)" ... in
  infinitive committee style ("To receive ...", "To approve ..."). Some duties
  are real arrangements, some restate the specification, some only "may
  wish to consider".
- Part 4 Role descriptions (Programme Leader, Unit Tutor, School-Based Mentor,
  External Examiner).
- Part 5 Annual Cycle of Business: a table by month of the business each body
  takes.
- Annex A Programme outline (units, study days, content, components).
- Annex B Schedule of Assessment: national outcomes in the Partnership's own
  words under merged group rows, with "Taught in" and "Assessed by" columns
  (cells "-", "TBC", "optional", "not assessed", one outcome missing).
- Annex C Matters outside these Terms of Reference (exclusions).
- Three Word comments by the clerk (not part of the submission), page header
  and footer.

Traps and the requirement ids they affect
-----------------------------------------
- 1.3 partially_met: the Programme Team's duty restates the requirement
  ("To ensure that the curriculum reflects recent research and inspection
  evidence ..."); behind it only generic content on judging research (SENC3),
  no named research, inspection evidence or updating arrangement.
- 1.7 partially_met and 6.S8 partially_met: parents appear as knowledge of
  "parents' rights under the Code of Practice" in SENC1 and a Parents' Forum
  member on the Reference Group; no skills work; S8 has "-" in Assessed by.
- 2.2 partially_met: the Initial Self-Assessment is used only "to allocate
  candidates to tutor groups"; no individual plan or personalised outcomes.
- 2.4 partially_met: "To keep the fee under review and to secure value for
  money" and general words on quality; no tailoring arrangement.
- 2.5 not_met: nothing in the body; the only mention is a clerk's Word comment
  about a "next steps" session run for the pilot group (comments are not part
  of the submission).
- 3.1 partially_met: only a general statement of compliance with the Single
  Equality Scheme and equality as a standing item; no arrangement for
  disclosure or reasonable adjustments.
- 3.2 partially_met: a single September intake in one fixed order, with
  extended registration over two years as the only flexibility.
- 3.3 not_applicable: Annex C says an online route was considered and not
  adopted; the programme has no online or distance element.
- 5.3 not_met (deferral): the Panel "relies on the employing school's safer
  recruitment checks" and "does not itself request or see CRB disclosure
  information"; a clerk's comment suggesting the Panel should see
  certificates is not part of the submission.
- 5.5 partially_met: specialist contributors (EP, SALT, CAMHS) are named for
  SENC2, but "Placements and visits to other settings are not part of the
  programme".
- 5.6 not_met: resources are "a matter for the School budget and fall outside
  these Terms of Reference"; nothing is described.
- 5.9 partially_met: the end-of-programme confidence survey is real; pupils'
  progress only "The Board may wish to consider in due course ...".
- 6.0 and 1.9 partially_met: the Board of Examiners confirms outcomes "as set
  out in the Schedule of Assessment at Annex B", but the award regulations
  allow compensation of a failed component, and Annex B leaves several
  outcomes unassessed.
- Outcomes (Annex B):
  met: A1, A2, A4, A6, K1, K2, K3, K5, K6, K7, K8, K9, S1, S2, S2a, S2d, S3,
  S4, S6, S7, S9;
  assessed but "-" in Taught in (A5 partially_met);
  "not assessed (reflective journal)" (A7 partially_met);
  "-" in Assessed by (K4, S8 partially_met);
  "TBC" (S2b partially_met);
  "C3 Part B (optional)" (S5 partially_met);
  "Employer's performance management: outside the programme" (A3 not_met);
  no row at all (S2c not_met).
- Word comments: one on the CRB duty (5.3), one on the Programme Team duties
  ("next steps", 2.5), one on the S2b row. None changes a label.
- met despite ToR style: 2.1 (APCL and APEL claims with evidence, up to 20
  credits), 2.3 (Direct Assessment route with eligibility, portfolio and
  professional discussion), 4.1-4.3 (Reference Group consultation, changes
  made, annual evaluation review and LA moderators), 5.7 (role descriptions
  and compulsory mentor induction), 5.8 (second marking, moderation,
  external examiner).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cz-02-st-ediths-governance-handbook.docx")

doc = Document()
doc.core_properties.author = "J. Whitcombe (Clerk)"
doc.core_properties.title = "SENCO Award Partnership Governance Handbook 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11)
for lvl, size in ((1, 14), (2, 12)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Times New Roman"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x00, 0x00, 0x00)

GREY = "E7E6E6"
COMMENTS = []


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


def label(text):
    p = para(text, bold=True, after=2)
    p.paragraph_format.keep_with_next = True
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def duties(items, comment_on=None):
    """Duties typed "(a) To ..." with a hanging indent; optionally a comment on one of them."""
    out = []
    for i, text in enumerate(items):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"({chr(97 + i)})\t")
        r = p.add_run(text)
        out.append(r)
    return out


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return r


def table(rows, header=True, size=10, widths=None, first_col_bold=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0) or (first_col_bold and j == 0), size=size)
            if (header and i == 0) or (first_col_bold and j == 0):
                shade(c, GREY)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def particulars(rows):
    t = table(rows, header=False, size=10, widths=[3.5, 12.5], first_col_bold=True)
    para("", after=0)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("St Edith\u2019s University College, Wrexford \u2014 SENCO Award Partnership \u2014 Governance Handbook")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Approved by Academic Board 24.06.09 (AB/09/47). Next review: June 2010. Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ transmittal slip
table([
    ("To", "SENCO Training Approval Panel, TDA"),
    ("From", "Academic Registrar, St Edith\u2019s University College"),
    ("Date", "1 July 2009"),
    ("Enclosure", "SENCO Award Partnership: Governance Handbook 2009\u201310, as approved. The Handbook is "
                  "the Partnership\u2019s controlling document and is submitted as our application."),
], header=False, size=9, widths=[3.0, 13.0], first_col_bold=True)
para("", after=24)
para("ST EDITH\u2019S UNIVERSITY COLLEGE, WREXFORD", bold=True, size=14, align="c", after=0)
para("School of Education and Childhood", align="c")
para("THE SENCO AWARD PARTNERSHIP", bold=True, size=18, align="c", after=0)
para("St Edith\u2019s University College \u00b7 Wrexford City Council \u00b7 Lyneham County Council",
     align="c")
para("GOVERNANCE HANDBOOK 2009\u201310", bold=True, size=16, align="c", after=0)
para("Constitution, Terms of Reference, Role Descriptions and Annual Cycle of Business", italic=True,
     align="c")
para("Approved by the Academic Board on 24 June 2009 (minute AB/09/47)", size=10, align="c")
page_break()

# ------------------------------------------------------------------ Part 1 Constitution
doc.add_heading("Part 1  Constitution of the Partnership", level=1)
label("Article A  Name")
para("The SENCO Award Partnership (\u201cthe Partnership\u201d) is a standing partnership of St Edith\u2019s "
     "University College, Wrexford (\u201cthe University College\u201d), Wrexford City Council and Lyneham "
     "County Council (\u201cthe Authorities\u201d).")
label("Article B  Purpose")
para("The Partnership exists to improve the outcomes achieved by pupils with special educational needs and "
     "disabilities in the schools of Wrexford and Lyneham \u2013 in being healthy, staying safe, enjoying "
     "and achieving, making a positive contribution and achieving economic well-being \u2013 by preparing "
     "teachers to lead the coordination of SEN provision in their schools. It does so through a single "
     "programme, the Postgraduate Certificate in Special Educational Needs Coordination (\u201cthe "
     "Programme\u201d).")
label("Article C  The award")
para("The Programme leads to the Postgraduate Certificate in Special Educational Needs Coordination, an "
     "award of the University College made under the taught degree awarding powers granted to it in 2006. "
     "The award carries 60 credits at Level 7 (Master\u2019s level) of the Framework for Higher Education "
     "Qualifications and comprises three units of 20 credits each, SENC1, SENC2 and SENC3 (Annex A). It "
     "was validated on 11 March 2009 and is subject to the University College\u2019s Academic "
     "Regulations for Taught Postgraduate Awards.")
label("Article D  Principles")
para("The Partners share the belief that inclusion is a matter of rights and of school improvement, not "
     "of charity. The Partnership is committed to equality of opportunity and operates under the "
     "University College\u2019s Single Equality Scheme. Equality and diversity is a standing item on the "
     "agenda of every body established by this Handbook.")
label("Article E  Responsibilities of the Partners")
para("The University College is responsible for the academic standards of the award, for registration, "
     "assessment and the award itself, and for the quality assurance of the Programme. The Authorities "
     "each second one SEN adviser to the Programme Team for two days a week, nominate members of the bodies "
     "below, publicise the Programme to their schools and provide the Wrexford and Lyneham teachers\u2019 "
     "centres as teaching venues without charge.")
label("Article F  Amendment")
para("This Handbook may be amended by the Partnership Board, subject to the approval of the Academic Board "
     "in matters affecting the award.")

# ------------------------------------------------------------------ Part 2 Structure
doc.add_heading("Part 2  Structure", level=1)
para("The bodies of the Partnership and their lines of report are as follows.")
table([
    ("Body", "Reports to", "Receives reports from"),
    ("Academic Board of the University College", "\u2014", "Partnership Board (on academic matters)"),
    ("    Partnership Board", "Academic Board; the two Authorities\u2019 Children\u2019s Services",
     "Programme Management Board; Stakeholder Reference Group"),
    ("        Programme Management Board", "Partnership Board",
     "Admissions and Accreditation Panel; Programme Team"),
    ("        Board of Examiners", "Academic Board", "External Examiner"),
    ("        Stakeholder Reference Group", "Partnership Board", "\u2014"),
    ("            Admissions and Accreditation Panel", "Programme Management Board", "\u2014"),
    ("            Programme Team", "Programme Management Board", "Unit tutors; School-Based Mentors"),
], size=9, widths=[6.5, 5.0, 5.5])
para("")

# ------------------------------------------------------------------ Part 3 ToR
doc.add_heading("Part 3  Terms of Reference", level=1)

# 3.1 Partnership Board
doc.add_heading("3.1  Partnership Board", level=2)
particulars([
    ("Status", "Strategic board of the Partnership"),
    ("Reports to", "Academic Board; the Directors of Children\u2019s Services of the Authorities"),
    ("Chair", "Pro-Principal (Academic), St Edith\u2019s University College"),
    ("Clerk", "Faculty Administrator (Mr J. Whitcombe)"),
    ("Meets", "Twice a year (November and June)"),
    ("Quorum", "Four members, including one from each Partner"),
])
label("Membership")
for m in ("Pro-Principal (Academic) (Chair)", "Head of the School of Education and Childhood",
          "Programme Leader", "Head of SEN and Inclusion, Wrexford City Council",
          "Principal Officer, Additional Needs, Lyneham County Council",
          "One primary and one secondary headteacher, nominated by the two headteachers\u2019 associations"):
    bullet(m)
label("Duties")
duties([
    "To set the strategic direction of the Partnership and agree the number of places to be offered each "
    "year.",
    "To receive the annual report of the Programme Management Board, including the Annual Programme "
    "Review, and the annual report of the Stakeholder Reference Group.",
    "To keep the fee under review and to secure value for money for schools.",
    "To resolve any matter referred to it by the Programme Management Board.",
])

# 3.2 PMB
doc.add_heading("3.2  Programme Management Board", level=2)
particulars([
    ("Status", "Operational board of the Programme"),
    ("Reports to", "Partnership Board"),
    ("Chair", "Programme Leader (Dr Ruth Quayle)"),
    ("Clerk", "Programme Administrator"),
    ("Meets", "Once each term"),
    ("Quorum", "Five members"),
])
label("Membership")
for m in ("Programme Leader (Chair)", "The three unit leaders", "The two seconded Authority SEN advisers",
          "Two participant representatives, elected by each cohort",
          "A representative of the University College\u2019s Library and Learning Services"):
    bullet(m)
label("Duties")
duties([
    "To manage the Programme in accordance with the definitive document and the Academic Regulations.",
    "To receive at each meeting the summary of participants\u2019 study-day evaluations and end-of-unit "
    "questionnaires, and the notes of the termly meeting between participant representatives and the "
    "Programme Leader, and to agree any action arising.",
    "To prepare the Annual Programme Review each October, drawing on the evaluations, the pass, "
    "progression and completion data, the External Examiner\u2019s report, the Board of Examiners\u2019 "
    "moderation report and the comments of the Stakeholder Reference Group, and to set out in an action "
    "plan the changes to be made for the next cohort.",
    "To receive, at its summer meeting, the results of the end-of-programme survey in which participants "
    "rate their confidence against each national outcome at entry and on completion, and to compare them "
    "with the previous year.",
    "To keep under review the impact of the Programme. The Board may wish to consider in due course "
    "whether information on the progress of pupils in participants\u2019 schools could be collected.",
    "To approve the programme of study days and the allocation of teaching.",
])

# 3.3 Admissions Panel
doc.add_heading("3.3  Admissions and Accreditation Panel", level=2)
particulars([
    ("Status", "Sub-committee of the Programme Management Board"),
    ("Reports to", "Programme Management Board"),
    ("Chair", "Programme Leader"),
    ("Clerk", "Admissions Officer, School of Education and Childhood"),
    ("Meets", "In May, June and July, and as required for claims for credit"),
    ("Quorum", "Two members, one of whom is an Authority adviser"),
])
label("Membership")
for m in ("Programme Leader (Chair)", "One unit leader", "One seconded Authority SEN adviser"):
    bullet(m)
label("Duties")
panel = duties([
    "To consider every application against the entry requirements: Qualified Teacher Status; employment in "
    "a school in Wrexford, Lyneham or a neighbouring authority in a post carrying responsibility for SEN "
    "coordination, or confirmed for such a post; and a nomination signed by the headteacher undertaking to "
    "release the applicant.",
    "To read each applicant\u2019s statement of 1,000 words on a current SEN issue in their school and to "
    "interview any applicant whose statement leaves doubt about readiness for study at Master\u2019s level "
    "or about the likelihood of meeting the national outcomes within the year; and, where an applicant is "
    "not admitted, to write to the applicant and the headteacher setting out what further experience or "
    "preparation is advised and inviting a fresh application for a later cohort.",
    "To receive each admitted candidate\u2019s Initial Self-Assessment against the national outcomes and to "
    "use it to allocate candidates to tutor groups.",
    "In respect of safeguarding, to note that every candidate is employed in a school. The Panel relies on "
    "the employing school\u2019s safer recruitment checks and does not itself request or see CRB disclosure "
    "information.",
    "To determine claims for Accreditation of Prior Learning of up to 20 credits against SENC1, whether "
    "for certificated learning (APCL), supported by certificates and transcripts, or for experiential "
    "learning (APEL), supported by a reflective claim of 2,500 words mapped to the SENC1 learning "
    "outcomes with documentary evidence from the candidate\u2019s practice; and to refer its "
    "recommendations to the Board of Examiners for ratification.",
    "To determine, in exceptional cases, applications for Direct Assessment from candidates with at least "
    "three years\u2019 experience as a SENCO or as a specialist teacher in an SEN support service. An "
    "eligible candidate submits a portfolio mapped to every national outcome in Annex B, including a "
    "completed school improvement project equivalent to component C3, and undertakes a 45-minute "
    "professional discussion with two examiners; the Board of Examiners decides the result. The fee is "
    "set at 40 per cent of the full fee.",
])
COMMENTS.append((panel[3], "Registry asks whether the Panel should see CRB certificates itself rather than "
                 "rely on schools \u2013 to raise at PMB in the autumn? JW", "J. Whitcombe", "JW"))

# 3.4 Board of Examiners
doc.add_heading("3.4  Board of Examiners", level=2)
particulars([
    ("Status", "Board of Examiners of the Academic Board for the award"),
    ("Reports to", "Academic Board"),
    ("Chair", "Head of the School of Education and Childhood"),
    ("Clerk", "Registry"),
    ("Meets", "July and December"),
    ("Quorum", "Chair, Programme Leader, two internal examiners and the External Examiner"),
])
label("Duties")
duties([
    "To ensure that every component is first-marked by the unit tutor and that all fails, all marks within "
    "three marks of a grade boundary and a sample of 20 per cent of the remainder from every tutor are "
    "second-marked.",
    "To hold a moderation meeting before each Board, at which the Programme Team and the two Authority SEN "
    "advisers compare marked work from every tutor group against the published assessment criteria, and to "
    "receive the moderation report.",
    "To appoint, on the nomination of the Programme Management Board, an External Examiner from another "
    "higher education institution, who samples every component, attends the Board and reports annually "
    "to the Principal.",
    "To confirm that every candidate recommended for the award has met the national minimum outcomes, as "
    "set out in the Schedule of Assessment at Annex B.",
    "To make awards under the Academic Regulations. The award is made to a candidate whose average mark "
    "across the three components is 50 or more; a fail in one component at 40\u201349 may be compensated "
    "where the average is 50 or more.",
    "To ratify recommendations of the Admissions and Accreditation Panel on prior learning and to decide the "
    "results of Direct Assessment.",
])

# 3.5 Stakeholder Reference Group
doc.add_heading("3.5  Stakeholder Reference Group", level=2)
particulars([
    ("Status", "Advisory group to the Partnership Board"),
    ("Reports to", "Partnership Board"),
    ("Chair", "A headteacher member, elected annually"),
    ("Clerk", "Programme Administrator"),
    ("Meets", "Twice a year (October and May)"),
    ("Quorum", "Five members"),
])
label("Membership")
for m in ("Two primary, one secondary and one special school headteacher",
          "Two serving SENCOs from each Authority\u2019s SENCO network",
          "A representative of the Wrexford and Lyneham Parents\u2019 Forum",
          "A principal educational psychologist from each Authority",
          "A representative of the Lyneham Dyslexia Association",
          "From 2010, two former participants"):
    bullet(m)
label("Duties")
duties([
    "To advise on the needs of schools, pupils and families that the Programme should address. In "
    "October 2008, before validation, the Group commissioned a survey of all SENCOs and headteachers in "
    "the two Authorities (156 replies) and held a consultation evening with 23 SENCOs. The survey found "
    "that new SENCOs felt least prepared to lead teaching assistants and to use data to track pupils\u2019 "
    "progress, and that headteachers wanted SENCOs able to contribute to the school\u2019s "
    "self-evaluation.",
    "To advise on the design of the Programme. As a result of the Group\u2019s advice the Programme "
    "Team moved data tracking and provision mapping from an optional workshop into the core of SENC2 and "
    "SENC3, added a study day on leading support staff, and placed the study days on Thursdays, the day "
    "most schools said they could release staff.",
    "To receive each October the Annual Programme Review and the External Examiner\u2019s report, to "
    "comment on them and on the action plan, and to have its comments recorded in the Review.",
    "To run, through its headteacher members, a short survey of the headteachers of each cohort one term "
    "after completion on the changes their SENCO has led, and to report the results to the Partnership "
    "Board.",
])

# 3.6 Programme Team
doc.add_heading("3.6  Programme Team", level=2)
particulars([
    ("Status", "The teaching team of the Programme"),
    ("Reports to", "Programme Management Board"),
    ("Chair", "Programme Leader"),
    ("Meets", "Monthly in term time, and for a standardisation day each September"),
])
label("Membership")
table([
    ("Member", "Role", "Qualifications and current practice"),
    ("Dr Ruth Quayle", "Programme Leader; unit leader SENC3",
     "PhD (inclusive school leadership); former SENCO and deputy headteacher; Ofsted additional inspector"),
    ("Mr Daniel Ebo", "Unit leader SENC1",
     "MA (Education Law and Policy); formerly SEN Casework Manager, Wrexford City Council"),
    ("Mrs Gillian Harte", "Unit leader SENC2",
     "MEd (SEN); OCR Diploma in SpLD; AMBDA; former SENCO of a Lyneham secondary school"),
    ("Ms Farah Latif", "Tutor (seconded)", "Wrexford City Council SEN Adviser; leads the Wrexford SENCO network"),
    ("Mr Owen Price", "Tutor (seconded)", "Lyneham County Council Senior Adviser, Inclusion; NPQH"),
], size=9, widths=[3.5, 4.5, 8.0])
para("")
label("Duties")
team = duties([
    "To deliver the units as approved and to set and mark the assessed components.",
    "To attend the annual standardisation day, at which unit tutors double-mark exemplar scripts against the "
    "assessment criteria and are briefed on any change in the Tutor Handbook.",
    "To ensure that the curriculum reflects recent research and inspection evidence and important "
    "developments and innovations in special educational needs and disability.",
    "To keep their own specialist knowledge up to date; each member undertakes at least five days\u2019 "
    "professional development a year in SEN and disability, recorded in the annual staff review.",
    "To induct School-Based Mentors (Part 4).",
])
COMMENTS.append((team[4], "Should we add the \u2018next steps\u2019 session we ran for the pilot group, where "
                 "participants drafted targets to take to their performance management? Not in here at "
                 "present. JW", "J. Whitcombe", "JW"))

# ------------------------------------------------------------------ Part 4 Roles
doc.add_heading("Part 4  Role descriptions", level=1)
label("Programme Leader")
para("Leads the Programme Team; chairs the Programme Management Board and the Admissions and Accreditation "
     "Panel; is the first point of contact for participants, headteachers and the External Examiner; "
     "writes the Annual Programme Review.")
label("Unit Tutor")
para("Teaches the study days of a unit; leads a tutor group of about twelve participants; holds two "
     "individual tutorials with each participant in each unit, one of them in the participant\u2019s "
     "school; first-marks components; works from the Tutor Handbook, which sets out the marking criteria, "
     "feedback standards and tutorial record.")
label("School-Based Mentor")
para("Nominated by the headteacher from the senior leadership team. Attends a compulsory half-day mentor "
     "induction run by the Programme Team in September, receives the Mentor Guide, meets the participant "
     "at least twice each half-term to discuss school-based tasks, arranges access to pupil data and to "
     "colleagues for assessed work, and signs the declaration that the C3 project was carried out in the "
     "school as described. The mentor does not mark assessed work.")
label("External Examiner")
para("Appointed for four years by the Board of Examiners. Comments on draft assessment briefs each "
     "summer, samples marked work from every component and tutor, attends the Board of Examiners and "
     "writes an annual report to the Principal, to which the Programme Leader replies in writing.")

# ------------------------------------------------------------------ Part 5 Cycle
doc.add_heading("Part 5  Annual Cycle of Business", level=1)
table([
    ("Month", "Body", "Business"),
    ("September", "Programme Team", "Standardisation day; mentor induction"),
    ("October", "Programme Management Board", "Annual Programme Review and action plan"),
    ("October", "Stakeholder Reference Group", "Comments on the Review and External Examiner\u2019s report"),
    ("November", "Partnership Board", "Receives the Review; agrees places and fee for the next year"),
    ("December", "Board of Examiners", "SENC1 results; APL ratification; deferred candidates"),
    ("February", "Programme Management Board", "Unit evaluations for SENC1; progress of cohort"),
    ("May", "Stakeholder Reference Group", "Headteacher survey results for the previous cohort"),
    ("May\u2013July", "Admissions and Accreditation Panel", "Admissions; APL claims; Direct Assessment"),
    ("June", "Programme Management Board", "End-of-programme confidence survey; staffing for next year"),
    ("June", "Partnership Board", "Strategic review"),
    ("July", "Board of Examiners", "Final results and awards; moderation report; External Examiner"),
], size=9, widths=[2.5, 5.5, 8.0])
para("")
page_break()

# ------------------------------------------------------------------ Annex A
doc.add_heading("Annex A  Programme outline (extract from the definitive document)", level=1)
para("The Programme runs part time over one academic year from a single September intake, with the units "
     "taken in order. A participant may extend registration to two years with the agreement of the "
     "Programme Leader. Study days are held on Thursdays at the University College and at the Wrexford and "
     "Lyneham teachers\u2019 centres; each unit has four study days and directed school-based tasks between "
     "them, which participants discuss with their mentor.")
table([
    ("Unit", "Content", "Assessment"),
    ("SENC1  Law, Policy and the SENCO\n(Sept\u2013Dec)",
     "The Education Act 1996, SENDA 2001 and the SEN Code of Practice 2001 in practice; the SENCO "
     "Regulations 2008; Every Child Matters and the five outcomes; the DDA 1995 and 2005, the Disability "
     "Equality Duty and accessibility planning; parents\u2019 rights under the Code of Practice; working "
     "with the headteacher and governors on SEN policy, inclusive ethos and the SEN budget.",
     "C1 Policy analysis (4,000 words): an analysis of the school\u2019s SEN and disability policies "
     "against the law and ECM, with recommendations presented to the headteacher and a governor."),
    ("SENC2  Learning, Assessment and Intervention\n(Jan\u2013Mar)",
     "Child development and the factors that affect it; the main types of SEN and disability (BESD, SpLD "
     "including dyslexia, SLCN, ASD, MLD); identifying need; using reports from other professionals; "
     "target-setting and review; national tests, P scales and standardised tests for tracking; access "
     "arrangements for national tests and examinations; approaches, strategies and ICT; consulting pupils "
     "(person-centred reviews, pupil questionnaires, communicating with pupils with little speech); the "
     "work of other services and the voluntary sector. Contributors: an educational psychologist from each "
     "Authority, a speech and language therapist and a CAMHS practitioner.",
     "C2 Case study portfolio (4,000 words): one pupil\u2019s needs, the assessments gathered from "
     "other professionals, targets and intervention, access arrangements where needed, the pupil\u2019s "
     "own views gathered by the participant, and a multi-agency review."),
    ("SENC3  Leading Inclusive Practice\n(Apr\u2013Jul)",
     "Leading and managing support staff; gaining the commitment of senior colleagues; anticipating and "
     "solving problems; provision mapping and management; school self-evaluation and improvement; "
     "reviewing provision with staff; evaluating research and evidence-based practice; coaching and "
     "developing colleagues; the SENCO\u2019s own professional learning.",
     "C3 School improvement project (5,000 words and a 15-minute presentation to the Programme Team and "
     "mentor). Part A: a change in provision led by the participant, with a literature review and an "
     "evaluation of pupils\u2019 attainment, attendance and well-being before and after. Part B "
     "(optional): a coaching log with a colleague."),
], size=9, widths=[3.6, 7.6, 5.8])
para("")

# ------------------------------------------------------------------ Annex B
doc.add_heading("Annex B  Schedule of Assessment", level=1)
para("The Schedule shows, for each national minimum outcome in the Partnership\u2019s own wording, the unit "
     "in which it is taught and the component by which it is assessed.")
SCHED = [
    ("Outcome", "Taught in", "Assessed by"),
    ("PROFESSIONAL ATTRIBUTES", None, None),
    ("Fair and constructive relationships with pupils and their parents", "SENC1; SENC2", "C2"),
    ("Winning the commitment of the head, senior leaders and colleagues", "SENC3", "C3 Part A"),
    ("Prioritising, managing time and delegating",
     "Employer\u2019s performance management: outside the programme", "\u2014"),
    ("Anticipating and solving problems; sound judgement on provision", "SENC3", "C3 Part A"),
    ("Clear speech and writing; listening to others", "\u2014", "C1, C2, C3 and the C3 presentation"),
    ("Using research and outside advice to improve practice", "SENC3", "C3 literature review"),
    ("Keeping up to date; own CPD", "SENC3", "not assessed (reflective journal)"),
    ("KNOWLEDGE AND UNDERSTANDING", None, None),
    ("SEN law and the Code of Practice, and putting them into practice", "SENC1", "C1"),
    ("Every Child Matters and the SENCO\u2019s part", "SENC1", "C1"),
    ("Disability equality law and the actions it requires", "SENC1", "C1"),
    ("How children develop and what affects development", "SENC2", "\u2014"),
    ("The common types of SEN and disability", "SENC2", "C2"),
    ("Approaches, strategies and resources including ICT", "SENC2", "C2"),
    ("School self-evaluation and improvement", "SENC3", "C3 Part A"),
    ("Best practice and research in SEN", "SENC3", "C3 literature review"),
    ("External agencies and specialist support", "SENC2", "C2 multi-agency review"),
    ("SKILLS", None, None),
    ("Influencing strategy, ethos, policy and resources with senior colleagues and governors", "SENC1", "C1"),
    ("Identifying need, setting targets, planning and reviewing interventions", "SENC2", "C2"),
    ("Using other professionals\u2019 assessments", "SENC2", "C2"),
    ("Using summative data and national tests to track progress", "SENC2", "TBC"),
    ("Access arrangements for tests and examinations", "SENC2", "C2"),
    ("Provision mapping; finding missing or ineffective provision", "SENC3", "C3 Part A"),
    ("Deploying and managing staff", "SENC3", "C3 Part A"),
    ("Supporting colleagues\u2019 professional development", "SENC3", "C3 Part B (optional)"),
    ("Reviewing provision with staff to inform self-evaluation", "SENC3", "C3 Part A"),
    ("Involving pupils in planning and reviewing their provision", "SENC2", "C2"),
    ("Liaising with parents and carers", "SENC1", "\u2014"),
    ("Working with other services and voluntary organisations", "SENC2", "C2 multi-agency review"),
]
t = doc.add_table(rows=len(SCHED), cols=3)
t.style = "Table Grid"
s2b_run = None
for i, row in enumerate(SCHED):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, row[0], bold=True, size=9)
        shade(m, GREY)
        continue
    for j, v in enumerate(row):
        r = cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), GREY)
        if v == "TBC":
            s2b_run = r
for r in t.rows:
    for j, w in enumerate((9.0, 4.2, 3.8)):
        r.cells[j].width = Cm(w)
COMMENTS.append((s2b_run, "Dr Quayle to confirm whether C2 covers this before the July Board. JW",
                 "J. Whitcombe", "JW"))
para("")

# ------------------------------------------------------------------ Annex C
doc.add_heading("Annex C  Matters outside these Terms of Reference", level=1)
para("The following are not within the remit of any body established by this Handbook:")
bullet("Online delivery. The Programme Management Board considered an online route in February 2009 and "
       "did not adopt it; the Programme has no online or distance element.")
bullet("Placements. Placements and visits to other settings are not part of the programme; each "
       "participant\u2019s own school is the setting for all school-based work.")
bullet("Resources. Teaching accommodation, library provision and specialist teaching resources are a matter "
       "for the School budget and fall outside these Terms of Reference.")
bullet("Employment matters, including participants\u2019 release and cover, which are for the employing "
       "school.")

# ------------------------------------------------------------------ comments
for run, text, author, initials in COMMENTS:
    doc.add_comment(run, text=text, author=author, initials=initials)

doc.save(OUT)
print("wrote", OUT)
