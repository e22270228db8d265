"""Build dm-01-trisac-concordance.docx (blind test application).

PROVIDER
  The Tri-Region SENCO Award Consortium (TRISAC, invented): three universities
  making one joint bid, each delivering the common programme in its own region
  and awarding it under its own regulations.
    North   - University of Lindmere (lead for 2009-10); LAs Lindmere City,
              Orrisdale County, Fellbeck MBC.
    Central - Brackwater University; LAs Brackwater MBC, Hensford County,
              Tamsey Borough.
    South   - St Oswin's University College, Tyneford; LAs Tyneford City,
              Marlsey County, Wrenmouth Borough.
  Award: Postgraduate Certificate: National Award for SEN Coordination, 60
  credits at Level 7, two 30-credit modules, four units, three assessed tasks
  (T1-T3) and a formative Learning Journal. People (invented): Dr Miriam Askew
  (North, HWG chair), Paul Oyelaran (Central), Dr Catrin Howells (South),
  Professor Alan Rudd (shared external examiner).

KIND OF DOCUMENT
  A cross-site CONCORDANCE: the consortium's Harmonisation Working Group's
  element-by-element comparison of what each of the three partners does, with
  an "agreed consortium position" and a status code per row, sent to the TDA
  as the definitive statement of the programme. Not a bid narrative, not a
  gap analysis of an old course, not a partnership agreement: its unit is the
  row "what North / Central / South do, and what is common".

LAYOUT
  Portrait front matter: title block, a document-status table, "1 Purpose"
  prose, "2 How to read this concordance" with a key table of status codes:
    C common (binding everywhere), V variation permitted (sites differ),
    H to be harmonised (sites differ; the position column is only the HWG's
      RECOMMENDATION, not adopted), X not offered.
  Then a landscape section: Parts A-G as seven-column tables (Ref, Element,
  North, Central, South, Consortium position, Status). In C rows the three
  site cells and the position cell are MERGED horizontally into one cell.
  Header-row shading. Numbered notes [1]-[9] typed under the tables. Part G
  ends with the OUTCOME CONCORDANCE: 29 national outcomes in the consortium's
  own wording, grouped by merged full-width rows (Being / Knowing / Doing),
  with columns Code, Outcome, Developed in, Assessed for the Award in, Notes.
  Part H: open items for the Board (a typed numbered list, "for information;
  not part of the agreed programme"). Heading 1 for Parts; page header and
  footer.

TRAPS (requirement ids affected)
  Numbering collisions
  - Row refs A1-A6 (Part A) collide with outcome ids 6.A1-6.A6; E1-E4 (Part
    E, stakeholders) collide with E.1/E.2. Outcome codes B1-B7, K1-K9, D1-D13
    are the consortium's own; the K codes follow the units' order, NOT the
    national order (consortium K2 = national K3 disability law, K3 = national
    K2 ECM, K4 = K5 types of SEN, K5 = K6 approaches, K6 = K9 agencies, K7 =
    K8 research, K8 = K7 self-evaluation, K9 = K4 child development). Note [6]
    says so.
  Site variation (arrangement exists at some sites only)
  - 2.1  B4 (V): APCL+APEL at North, APCL only at Central, none at South;
         position says South participants cannot have prior learning
         accredited. -> partially_met.
  - 6.K3 G2 (V): Task 1 assesses the accessibility plan / disability equality
         scheme at North and Central only; South omits it. Outcome row K2 says
         so. -> partially_met.
  - 5.4  F3 (V): well-qualified staff at North and Central; South's second
         post vacant and its Unit 2 "to be taught by visiting tutors not yet
         confirmed". -> partially_met.
  H rows: the "position" is a recommendation not adopted (aspiration)
  - 3.3  C6 (H): e-learning is used (Central's online units); weekly tutor
         forum at Central only; North unmoderated board, South materials only;
         common e-tutoring standard only recommended for 2010. -> partially_met.
  - 4.3  E4 (H): stakeholders deliver (E3), but in evaluation only one site's
         committee has LA members; the Stakeholder Reference Group is only
         recommended, "membership and funding still to be agreed".
         -> partially_met.
  - 5.6  D4 (H): libraries and reciprocal access everywhere; assistive
         technology only at Central; the kit for North/South only recommended.
         -> partially_met.
  - 6.0, 1.9  G3 (H): pass each task, no compensation, plus an Outcome Record
         at North/Central; South awards on task marks alone; Outcome Record
         only recommended. Blanket claim "every national outcome is assessed
         at least once across Tasks 1-3" contradicted by the outcome
         concordance (dashes, options, formative). -> partially_met both.
  X rows and negations (explicitly not offered)
  - 2.3  B5 (X): not offered; North's old portfolio-only route closed in
         2008 (past arrangement); note [3], far from the row, repeats that
         experienced candidates must follow the full programme. -> not_met.
  - 5.5  C8 (X): no placements; LA visit programmes exist but "not part of
         the Award" (another body's arrangement). Specialist expertise (C9)
         is concrete. -> partially_met.
  - 5.3  B6 (C): the consortium "does not itself ask for disclosure details or
         verify them"; note [2] confirms the Board's decision. The only
         positive statement is in the page FOOTER ("all participants are
         checked ..."), which is not evidence. -> not_met.
  Wrong context / partial
  - 2.5  D5: only Master's progression routes; setting professional targets
         is "a matter for performance management" and the programme "does not
         duplicate it". -> partially_met.
  - 6.A7 Outcome row B7 "Not mapped - see D5". -> not_met.
  Criterion 6 (outcome concordance, Part G)
  - Developed AND assessed in T1/T2/T3 (met): A1, A2, A4, A5, A6, K1, K5, K6,
    K7, K8, K9, S1, S2, S2a, S2b, S3, S4, S6, S7, S8.
  - Developed, assessed only in the formative Learning Journal: A3 (B3).
    -> partially_met.
  - "Not separately assessed: runs through every task" (vague): K2 (cons.
    K3, note [8]). -> partially_met.
  - Assessed only in a Task 3 OPTION (note [7]: only for those who choose
    it): S2d (D6, option i), S5 (D9, options ii/iii), S9 (D13, option iv +
    Journal). -> partially_met.
  - Dashes in both columns: K4 (cons. K9, note [9], H5), S2c (D5, H6 says
    the HWG does not propose to add it: covered in ITT). -> not_met.
  Concrete and met despite the shape
  - 3.1  B7 (C): disclosure invited, needs assessment and support plan,
         adjusted assessment, step-free rooming at South, accessible
         materials, equality monitoring. met.
  - 3.2  C3 (V) and C4: three intake patterns, cross-site attendance, one or
         two years, units 3/4 in either order. The V status is not a gap.
  - 5.9  F6: audit repeated, Task 2 baseline/post/follow-up pupil measures,
         collation across sites, heads' questionnaire. met.
  - E.1/E.2 in A1/A2 rows (codes that look like outcome ids).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dm-01-trisac-concordance.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)
for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
    st = doc.styles[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)
sec.header.paragraphs[0].text = (
    "Tri-Region SENCO Award Consortium \u00b7 Cross-Site Concordance v3.0 \u00b7 16 March 2009")
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("TRISAC/HWG/03 \u00b7 Safeguarding: all participants are checked in line with "
           "Safeguarding Children and Safer Recruitment in Education (DCSF, 2006).")
fp.runs[0].font.size = Pt(8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    paras = text.split("\n")
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def para(text, bold=False, italic=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def note(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    r = p.add_run(f"[{num}]\t")
    r.font.size = Pt(8.5)
    r2 = p.add_run(text)
    r2.font.size = Pt(8.5)


# ------------------------------------------------------------------ front matter
para("TRI-REGION SENCO AWARD CONSORTIUM", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("University of Lindmere  \u00b7  Brackwater University  \u00b7  St Oswin's University College, Tyneford",
     size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Cross-Site Concordance", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Postgraduate Certificate: National Award for Special Educational Needs Coordination",
     italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Version 3.0, submitted to the Training and Development Agency for Schools with the "
     "consortium's application for approval, 16 March 2009", size=10,
     align=WD_ALIGN_PARAGRAPH.CENTER)

status = [
    ("Prepared by", "Harmonisation Working Group (HWG): Dr Miriam Askew (University of Lindmere, "
     "chair), Paul Oyelaran (Brackwater University), Dr Catrin Howells (St Oswin's University "
     "College), Janet Firth (Orrisdale County Council, observer for the nine authorities)"),
    ("Approved by", "Consortium Board, 12 March 2009 (minute CB/09/14): Parts A to G. Part H is "
     "for information."),
    ("Supersedes", "Version 2.2, 9 February 2009"),
    ("Circulation", "TDA SENCO Approvals Team; the Academic Registrars of the three partners; "
     "the SEN leads of the nine partner authorities"),
    ("Contact", "Dr Miriam Askew, School of Education, University of Lindmere, Fenwick Building, "
     "Lindmere LN2 4QT; 01632 960418"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in status:
    row = t.add_row()
    set_text(row.cells[0], k, bold=True)
    shade(row.cells[0], "DCE6F0")
    set_text(row.cells[1], v)
widths(t, [3.5, 13.0])

doc.add_heading("1  Purpose of this concordance", level=1)
for txt in [
    "Each of the three partners has taught teachers with responsibility for special educational "
    "needs for many years: Lindmere through its Advanced Certificate in Inclusive Practice "
    "(2001 to 2008), Brackwater through its Postgraduate Certificate in Inclusion, and St Oswin's "
    "through the SEN module of its BPhil in Education. Those courses grew up separately, for "
    "different local authorities and under different university regulations. In autumn 2008 "
    "the three institutions agreed to offer the National Award for SEN Coordination together, "
    "as one programme taught in three regions, so that a new SENCO anywhere in the nine partner "
    "authorities can study close to school and still take exactly the same award.",
    "A joint programme taught at three sites lives or dies by whether the sites really do the "
    "same thing. This concordance is the consortium's answer to that question. It takes each "
    "element of the programme in turn, records what each partner does, and states what the "
    "consortium has agreed. Where the three sites already work identically, the row says so "
    "once. Where they differ, the row shows how, and whether the Board has accepted the "
    "difference or is still working to remove it.",
    "The concordance is the consortium's definitive statement of the programme and is submitted "
    "to the TDA in that capacity. The three partners' validation documents have been written "
    "to agree with it; where there is any conflict, the validation document of the awarding "
    "partner governs that partner's participants, and the Harmonisation Working Group will "
    "correct the concordance.",
    "The Award will first run from September 2009. None of the partners' existing SEN courses "
    "forms part of it, although some rows describe them where they explain a present "
    "difference between sites.",
]:
    para(txt)

doc.add_heading("2  How to read this concordance", level=1)
para("Every row carries one of four status codes in its last column.")
key = [
    ("C", "Common", "All three sites work in the same way. The site cells are merged and the text "
     "applies everywhere. Binding on all partners."),
    ("V", "Variation", "Sites differ within limits the Board has accepted. Each site's practice is "
     "given in its own column, and the consortium position says what holds throughout."),
    ("H", "To be harmonised", "Sites differ and the Board has not yet agreed a common position. "
     "The consortium position column gives the Harmonisation Working Group's recommendation, "
     "which is not binding until the Board adopts it. Until then each site continues as shown."),
    ("X", "Not offered", "None of the partners offers this as part of the Award."),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Code", "Meaning", "What it tells the reader")):
    set_text(c, h, bold=True)
    shade(c, "1F3A5F")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for code, meaning, text in key:
    row = t.add_row()
    set_text(row.cells[0], code, bold=True)
    set_text(row.cells[1], meaning)
    set_text(row.cells[2], text)
widths(t, [1.5, 3.2, 11.8])
para("")
para("Row references (A1, B4, E2 and so on) are the consortium's own and follow the Part letter. "
     "They are not the TDA's criterion numbers. Notes in square brackets are numbered through the "
     "document and printed beneath the table they belong to.", italic=True)

# ------------------------------------------------------------------ landscape tables
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
new.left_margin = new.right_margin = Cm(1.8)

COLW = [1.2, 3.0, 5.0, 5.0, 5.0, 5.5, 1.3]
HEAD = ("Ref", "Element", "North: University of Lindmere", "Central: Brackwater University",
        "South: St Oswin's University College", "Consortium position", "Status")
STATUS_FILL = {"C": "E2EFDA", "V": "FFF2CC", "H": "FCE4D6", "X": "EDEDED"}


def concordance(rows):
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, HEAD):
        set_text(c, h, bold=True, size=8.5)
        shade(c, "1F3A5F")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r in rows:
        row = t.add_row()
        ref, element, status = r[0], r[1], r[2]
        set_text(row.cells[0], ref, bold=True)
        set_text(row.cells[1], element, bold=True)
        set_text(row.cells[6], status, bold=True)
        shade(row.cells[6], STATUS_FILL[status])
        if len(r) == 4:  # common: merge the three sites and the position
            merged = row.cells[2].merge(row.cells[5])
            set_text(merged, r[3])
        else:
            for i, txt in enumerate(r[3:7]):
                set_text(row.cells[2 + i], txt)
    widths(t, COLW)
    return t


# ---- Part A
doc.add_heading("Part A  The award and the partnership", level=1)
concordance([
    ("A1", "Award and credit", "C",
     "Postgraduate Certificate: National Award for Special Educational Needs Coordination. "
     "60 credits at Level 7 (Master's level) of the Framework for Higher Education "
     "Qualifications, made up of two 30-credit modules: Module 1, Knowing and Leading SEN "
     "Provision (Units 1 and 2), and Module 2, Working Together and Leading Change (Units 3 "
     "and 4). Title, learning outcomes, tasks, marking criteria and pass rules are the same "
     "at every site."),
    ("A2", "Awarding institution", "V",
     "Registered with and awarded by the University of Lindmere. Validated by the Faculty of "
     "Education panel, 4 February 2009.",
     "Registered with and awarded by Brackwater University. Validated 19 February 2009, no "
     "conditions.",
     "Registered with and awarded by St Oswin's University College under its own taught degree "
     "awarding powers. Validation event 11 March 2009; one condition (updating the reading "
     "list), met 13 March 2009.",
     "Each participant registers with the partner in whose region they study and receives "
     "that partner's award. The certificate names the consortium and the common title. All "
     "three partners recognise the credit for progression (see D5)."),
    ("A3", "Governance", "C",
     "Consortium Board: a Dean or Pro Vice-Chancellor from each partner and the three "
     "programme leaders; the chair rotates annually (2009-10: Lindmere). Meets once a term. "
     "The Programme Leaders' Group meets monthly and runs delivery. The Harmonisation Working "
     "Group reports to the Board and keeps this concordance. The nine authorities receive a "
     "termly briefing from the Board."),
    ("A4", "Purpose and aims", "C",
     "The Award exists for the children. Its first aim, and the one the Board judges it by, "
     "is that pupils with SEN and/or disabilities in participants' schools make better "
     "progress and have a better time at school: safer, healthier, enjoying and achieving, "
     "contributing, and ready for life after school. These are the five Every Child Matters "
     "outcomes, not test results alone. Its second aim is to give teachers new to the lead "
     "SENCO role the knowledge, judgement and skill to bring that about, working with pupils, "
     "parents and carers, colleagues and other services. Every assessed task is carried out "
     "in the participant's own school and has to show what changed for pupils (G1)."),
    ("A5", "Fees and funding", "V",
     "\u00a31,150 for the Award.",
     "\u00a31,380 (Brackwater's standard postgraduate CPD rate).",
     "\u00a31,200 for the Award.",
     "Each of the nine authorities pays \u00a3300 towards the fee of every SENCO in a "
     "maintained school in its area. One set of materials, shared planning and one external "
     "examiner keep the cost per participant below what any partner would charge alone "
     "(Board costing, January 2009). Fee differences follow partners' own pricing and will "
     "not be harmonised."),
    ("A6", "Partner local authorities", "C",
     "Nine authorities. North: Lindmere City Council, Orrisdale County Council, Fellbeck MBC. "
     "Central: Brackwater MBC, Hensford County Council, Tamsey Borough Council. South: "
     "Tyneford City Council, Marlsey County Council, Wrenmouth Borough Council. They nominate "
     "candidates, teach alongside university staff (E3) and provide network leads as distant "
     "mentors (C7)."),
])
note(1, "Until September 2009 the partners' existing courses continue under their own names. "
     "Participants on them are not registered for the Award.")

# ---- Part B
doc.add_heading("Part B  Admission, entry and checks", level=1)
concordance([
    ("B1", "Entry requirements", "C",
     "Qualified teacher status; in post as SENCO, or designated by the headteacher to take up "
     "the role by the start of the programme; and the headteacher's signed nomination, which "
     "commits the school to release the participant for the ten study days and names a mentor "
     "from the senior leadership team."),
    ("B2", "Selection", "C",
     "Application form and nomination; the Starting Point Audit (D1), completed before "
     "interview; a 30-minute interview with a site tutor, in person or by telephone, which "
     "goes through the audit and the candidate's present role; a decision within ten working "
     "days. The site's programme leader checks every offer against the entry requirements and "
     "the audit before it is made."),
    ("B3", "Candidates not yet ready", "C",
     "A candidate who does not meet the entry requirements, or whose audit suggests they would "
     "be unlikely to reach the national outcomes within the programme, is sent a letter saying "
     "what to do first (usually a term in role with the authority's SENCO network, or the "
     "authority's introductory SENCO course) and inviting them to apply again. The programme "
     "leader telephones the headteacher to talk it through."),
    ("B4", "Prior learning", "V",
     "APCL up to 30 credits (Level 7 SEN credit gained in the last five years), and APEL up to "
     "15 credits by a portfolio mapped against the national outcomes and assessed by two "
     "tutors.",
     "APCL up to 20 credits for Level 7 SEN modules completed in the last five years. No APEL.",
     "None. St Oswin's regulations do not permit credit to be brought into a Postgraduate "
     "Certificate.",
     "Each partner's own regulations on prior learning apply. The HWG records that "
     "participants in the South region cannot at present have prior study or experience "
     "accredited."),
    ("B5", "Assessment without the taught programme", "X",
     "The Advanced Certificate's portfolio-only route closed in July 2008 and is not carried "
     "into the Award.",
     "Not offered.",
     "Not offered.",
     "Not offered for the Award. Experienced candidates can reduce their taught load only "
     "through APCL, where their partner allows it (B4)."),
    ("B6", "Safeguarding checks", "C",
     "Participants are serving teachers whose employers are responsible for safer recruitment "
     "checks, including enhanced CRB disclosure. The consortium does not itself ask for "
     "disclosure details or verify them, and the nomination form does not ask the head to "
     "confirm them [2]."),
    ("B7", "Disability, adjustments and equality", "C",
     "The application form and the offer letter both invite candidates to tell us about a "
     "disability or other need, and participants may do so at any time. On disclosure, the "
     "partner's disability service (Lindmere Disability Support, Brackwater Student "
     "Wellbeing, St Oswin's Learning Support) carries out a needs assessment and agrees a "
     "support plan with the participant within four weeks: for example materials in "
     "alternative formats, a note-taker, rest breaks, extra time or an alternative form of "
     "assessment of equal demand. The plan travels with the participant if they attend "
     "another site. All teaching rooms are step-free; South's Old Chapel annexe is not, so "
     "South sessions are timetabled in the Aidan Building whenever a participant needs it. "
     "Publicity and application materials are available in large print, audio and "
     "electronic formats, and say so. Applications, offers, completion and results are "
     "monitored by disability, ethnicity and gender and reported to the Board each year "
     "against each partner's race, disability and gender equality schemes."),
])
note(2, "The HWG considered whether the consortium should itself confirm candidates' CRB status "
     "and concluded that it would duplicate employers' checks. The Board agreed (CB/09/11).")
note(3, "Candidates who appear already to meet the outcomes, for example experienced advisory "
     "teachers, are advised to follow the full programme. Their Learning Plan (D2) can weight "
     "their study away from what they already know.")

# ---- Part C
doc.add_heading("Part C  Programme design and delivery", level=1)
concordance([
    ("C1", "Structure", "C",
     "Ten study days (9.15 to 3.30), four twilight sessions (4.30 to 6.30), three individual "
     "tutorials and directed school-based tasks between sessions. Module 1 (Units 1 and 2) "
     "runs in the first half of the year and Module 2 (Units 3 and 4) in the second. 600 "
     "notional learning hours, about 75 of them taught."),
    ("C2", "Content of the units", "C",
     "Unit 1, The SENCO, the law and the learner (Days 1 and 2, twilight 1): Part IV of the "
     "Education Act 1996, SENDA 2001, the SEN Code of Practice (2001) and the SEN Toolkit; "
     "the graduated response, statutory assessment and annual reviews; Every Child Matters, "
     "the Children Act 2004 and the SENCO's part in all five outcomes; the Disability "
     "Discrimination Acts 1995 and 2005, the disability equality duty and accessibility "
     "planning; Removing Barriers to Achievement (2004); inspection evidence, including "
     "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and "
     "Inclusion: does it matter where pupils are taught? (2006); the Lamb Inquiry as it "
     "reports.\n"
     "Unit 2, Teaching, learning and assessment (Days 3 to 6): speech, language and "
     "communication needs (the Bercow Review, 2008), autism, dyslexia and specific learning "
     "difficulties, behavioural, emotional and social difficulties and moderate learning "
     "difficulties, and how each shapes learning; the Inclusion Development Programme "
     "materials; personalised learning and the three waves of intervention; weighing the "
     "evidence on interventions (Brooks, 2007); ICT to remove barriers (text-to-speech, "
     "symbol software, visual supports); P scales, RAISEonline and tracking progress; access "
     "arrangements for Key Stage tests and GCSE under QCA and JCQ rules.\n"
     "Unit 3, Working with others (Days 7 and 8, twilight 2): finding out and acting on "
     "pupils' views (structured interviews, person-centred reviews); working with parents and "
     "carers, taught with Parent Partnership; educational psychology, speech and language "
     "therapy, CAMHS, social care and voluntary organisations; the CAF and the lead "
     "professional.\n"
     "Unit 4, Leading and managing provision (Days 9 and 10, twilights 3 and 4): working with "
     "the senior team and governors; SEN policy and strategic priorities; provision mapping "
     "and costing; deploying and managing teaching assistants (the DISS project, 2008); "
     "coaching, mentoring and leading training for colleagues; the SEF and reviewing "
     "provision with colleagues; the SENCO's week (twilight 3: priorities, time and "
     "delegation); problem-solving workshops built on real cases brought by participants."),
    ("C3", "Intakes", "V",
     "September.",
     "January.",
     "September and January.",
     "A participant may join at any site's intake. With both programme leaders' agreement any "
     "study day may be taken at another site; the three sites teach the same day within the "
     "same fortnight, so a missed day can be made up within two weeks."),
    ("C4", "Pace and order", "C",
     "Standard route: one year. Extended route: two years, Module 1 in the first year and "
     "Module 2 in the second. Units 3 and 4 may be taken in either order. A participant may "
     "interrupt for up to a year with the programme leader's agreement."),
    ("C5", "Phase strands", "C",
     "Days 4, 5 and 9 divide into primary and secondary strands; special school SENCOs choose "
     "either. Case material throughout is drawn from both phases."),
    ("C6", "E-learning and support between sessions", "H",
     "Blackboard site: session materials, readings and an unmoderated discussion board. "
     "Tutors answer e-mail.",
     "Moodle site with a weekly tutor-led forum (replies within three working days). Days 5 "
     "and 6 of Unit 2 may be taken as online units, with structured activities and a "
     "tutor-marked online task in place of attendance.",
     "Session materials on the St Oswin's portal. No online tutoring.",
     "HWG recommendation, not yet adopted: a common e-tutoring standard at all three sites "
     "from September 2010, with moderated forums and a weekly tutor presence. Until then each "
     "site works as shown."),
    ("C7", "School-based work and mentoring", "C",
     "Between sessions participants complete directed tasks in their own school. Each has a "
     "school mentor from the senior team, named on the nomination, who meets them at least "
     "twice a term, and an authority network lead as distant mentor, who reviews the Learning "
     "Plan at the mid-point."),
    ("C8", "Placements and visits", "X",
     "Optional authority visit programme to special schools and resource bases (not part of "
     "the Award).",
     "Optional visit to the Hensford Communication Centre (not part of the Award).",
     "None.",
     "The consortium does not arrange placements for the Award. The participant's own school "
     "is the setting for all practical work [4]."),
    ("C9", "Specialist contributors", "C",
     "In each region Units 2 and 3 draw on specialists from the partner authorities and "
     "beyond: educational psychologists, speech and language therapists, specialist teachers "
     "for sensory impairment, CAMHS practitioners, Parent Partnership officers and voluntary "
     "organisations, including the regional dyslexia associations and autism support groups. "
     "At least six specialist-led sessions in each region; each programme leader keeps a "
     "register of contributors."),
    ("C10", "Tutorials", "C",
     "Three individual tutorials of 45 minutes (weeks 4, 16 and 30), each reviewing the "
     "Learning Plan and work in progress; written comments on one draft of each task."),
])
note(4, "Where a site cell reads 'not part of the Award', the activity is run by an authority "
     "for its own SENCOs and is shown for completeness only.")

# ---- Part D
doc.add_heading("Part D  Individual needs, support and progression", level=1)
concordance([
    ("D1", "Starting Point Audit", "C",
     "Before interview each candidate rates themselves from 1 to 4 against every national "
     "minimum outcome, with a prompt asking for evidence from their present practice. The "
     "interviewing tutor checks the ratings against the evidence and flags outcomes where the "
     "candidate's knowledge may be out of date (for example on the disability equality duty)."),
    ("D2", "Individual Learning Plan", "C",
     "At the first tutorial participant and tutor agree a Learning Plan: three to five "
     "priority outcomes for the year (the participant's personalised outcomes), the focus of "
     "Task 2, the Task 3 options, and any additional reading or visits. It is reviewed at "
     "tutorials 2 and 3 and by the distant mentor at the mid-point. Outcomes already strongly "
     "evidenced are given less time, but every outcome must still be evidenced for the award "
     "(G3). Tutorial groups on study days are set from the audits, so that participants with "
     "similar priorities work together."),
    ("D3", "Study support", "C",
     "An academic writing workshop on Day 1 for those returning to study; each partner's "
     "study skills service; written comments on one draft of each task."),
    ("D4", "Specialist resources and technology", "H",
     "Library SEN collection. No assistive technology suite.",
     "Inclusive Technology Suite (text-to-speech, switch access, symbol software, "
     "communication aids), used on Day 6.",
     "Library SEN collection. A loan kit is being sourced.",
     "All participants have reciprocal access to the three partners' libraries (SCONUL "
     "Access). HWG recommendation, not yet adopted: a travelling assistive technology kit "
     "for North and South, costed for 2010-11."),
    ("D5", "After the Award", "C",
     "Participants are given details of Master's progression at each partner: the Award's 60 "
     "credits count towards the MA Education (Lindmere), the MA Inclusive Practice "
     "(Brackwater) and the MA in Special and Inclusive Education (St Oswin's). Setting "
     "professional targets after the Award is a matter for the participant's performance "
     "management in school, and the programme does not duplicate it."),
])

# ---- Part E
doc.add_heading("Part E  Stakeholders", level=1)
concordance([
    ("E1", "Evidence of what stakeholders need", "C",
     "Autumn 2008: a questionnaire to every SENCO in the nine authorities (346 sent, 212 "
     "returned, 61%); two headteacher focus groups in each region (38 heads in all); a "
     "workshop with the authorities' SEN officers (14 October 2008); a session with the "
     "Marlsey Parents' Forum (11 parents and carers). Main findings: 71% of SENCOs wanted "
     "day-time study days rather than evenings; secondary SENCOs found earlier courses 'too "
     "primary'; heads wanted something the school could use, 'not an essay for the shelf'; "
     "officers wanted new SENCOs to understand statutory processes and the authorities' own "
     "services; parents wanted SENCOs who explain things and ring back; 30% of SENCOs "
     "appointed in the last two years took up post in January."),
    ("E2", "How this has shaped the programme", "C",
     "Day-time study days form the core, with twilights kept for short topics; primary and "
     "secondary strands (C5); Task 3 is built around a provision map and proposal presented "
     "to the head and a governor; Unit 1's statutory sessions are taught jointly with "
     "authority officers; the session on working with families is taught with Parent "
     "Partnership, and Task 2 requires a meeting with parents or carers; January intakes at "
     "Central and South (C3)."),
    ("E3", "Stakeholders in delivery", "C",
     "Authority SEN officers teach Unit 1's statutory sessions and parts of Unit 3; network "
     "leads act as distant mentors; heads nominate and provide school mentors; special school "
     "heads and parents contribute to Unit 3; the Marlsey Parents' Forum reviewed the Task 2 "
     "guidance on meeting families."),
    ("E4", "Stakeholders in evaluation", "H",
     "Two authority representatives sit on the Lindmere programme committee.",
     "None at present.",
     "A heads' panel reviewed the old BPhil SEN module in 2007-08.",
     "HWG recommendation, not yet adopted: a Stakeholder Reference Group of heads, authority "
     "officers, parents and former participants to meet once a year and comment on the "
     "Consortium Annual Report. Membership and funding are still to be agreed."),
])

# ---- Part F
doc.add_heading("Part F  Quality, staffing and impact", level=1)
concordance([
    ("F1", "Quality assurance and evaluation", "C",
     "Each site follows its own university's annual monitoring, and the three site reports "
     "are combined each autumn into the Consortium Annual Report. Evidence: unit evaluation "
     "questionnaires after every unit; a mid-year focus group at each site, run by a tutor "
     "from another site; tutorial records of Learning Plan progress; recruitment, retention "
     "and pass data by site, gender, ethnicity and disability; mark distributions and "
     "moderation reports; the external examiner's report; the heads' end-of-programme "
     "questionnaire (F6). The Board agrees an action plan from the report each November. "
     "Changes are reported to the next cohort at induction ('What you told us, what we "
     "changed') and to the authorities in the termly briefing. The cycle covers recruitment "
     "and selection, the audit and Learning Plans, unit content and school-based tasks, "
     "assessment, and the evaluation methods themselves."),
    ("F2", "External examiner", "C",
     "One external examiner for all three sites: Professor Alan Rudd, Emeritus Professor of "
     "Inclusive Education, University of Kelbrook, formerly a SENCO and local authority "
     "inspector. He sees samples from every site, attends the Joint Assessment Board and "
     "reports to the Board and to each partner."),
    ("F3", "Teaching staff", "V",
     "Dr Miriam Askew, Programme Leader: SENCO in two primary schools for ten years; PhD on "
     "provision mapping; Inclusion Development Programme regional trainer, 2008.\n"
     "Tom Haigh, Senior Lecturer: former authority advisory teacher for autism; MA in SEN.",
     "Paul Oyelaran, Programme Leader: former head of learning support in an 11-18 school; "
     "MA Inclusive Education; convenes the Hensford SENCO network.\n"
     "Dr Ruth Venn, Senior Lecturer: former senior educational psychologist; research on "
     "assessing speech, language and communication needs.",
     "Dr Catrin Howells, Programme Leader: Reader in Inclusive Education; former deputy head "
     "of a special school; research on pupil voice.\n"
     "Lecturer in SEN (0.6): vacant; advertised February 2009, interviews 2 April 2009. Until "
     "the post is filled, South's Unit 2 sessions are to be taught by visiting tutors, not "
     "yet confirmed.",
     "Every tutor must have led SEN provision in a school or specialist service and hold a "
     "Master's qualification, and each keeps up to date through practice or research in "
     "schools, recorded in the partner's annual staff review."),
    ("F4", "Preparing tutors and mentors", "C",
     "A common tutor induction day each June for every tutor and marker at the three sites "
     "(programme, marking criteria, moderation, Learning Plans) and a shared Tutor Handbook. "
     "School mentors and distant mentors attend a half-day briefing in their region each "
     "September and receive the Mentor Guide, which sets out their role: meetings, reviewing "
     "the Learning Plan, confirming school-based evidence. The programme leader telephones "
     "any mentor who cannot attend and goes through the Guide with them."),
    ("F5", "Marking and moderation", "C",
     "Common marking criteria and grade descriptors for each task. Every fail and a 20% "
     "sample at each site are second-marked by a colleague at that site. After each task a "
     "cross-site moderation meeting: each site sends six scripts across the mark range, blind "
     "second-marked by tutors from the other two sites; differences of more than five marks "
     "are discussed and the site's marks adjusted where needed. The external examiner sees "
     "10% from every site and all fails and borderline scripts. One Joint Assessment Board "
     "confirms all marks."),
    ("F6", "Impact on participants and pupils", "C",
     "(a) The Starting Point Audit is repeated at the end of the programme and set against "
     "the first, both for the participant's confidence and for the tutor's judgement of "
     "competence. (b) Task 2 requires a baseline and a post-intervention measure for the "
     "pupil or group, one of attainment and one of well-being or participation (for example "
     "attendance, a self-rating scale, incident records), and a follow-up measure at least "
     "six weeks later. (c) Anonymised Task 2 pupil data from all three sites are collated "
     "each year and reported in the Consortium Annual Report. (d) Heads complete a "
     "questionnaire at the end of the programme on what has changed in the school's "
     "provision."),
])

# ---- Part G
doc.add_heading("Part G  Assessment and the award", level=1)
concordance([
    ("G1", "Assessed tasks", "C",
     "Task 1 (Module 1, 40%): The SEN policy in practice, 4,000 words. A critical review of "
     "the school's SEN policy and practice against the Code of Practice and SEN law, drawing "
     "on research and inspection evidence and on outside advice, with recommendations for the "
     "participant's own and colleagues' practice. Marked for accuracy, critical use of "
     "evidence and clear, well-organised writing.\n"
     "Task 2 (Module 1, 60%): Pupil-centred enquiry, 5,000 words. For one pupil or a small "
     "group: identifying needs from the school's assessments and other professionals' "
     "reports; a critical account of the relevant areas of need set against the main types "
     "of SEN; challenging targets; an intervention of six to ten weeks planned with the class "
     "teacher; a structured consultation with the pupil about the targets and the provision; "
     "at least one meeting with parents or carers, with a reflective account of the working "
     "relationship with pupil and family; how specialist advice and resources were obtained "
     "from other services; baseline, post-intervention and follow-up measures (F6); a "
     "critical evaluation of the approaches and resources used, including ICT.\n"
     "Task 3 (Module 2, 100%): Leading provision, 3,000 words and a 20-minute presentation "
     "to the head and a governor. An analysis of the school's data on pupils with SEN, "
     "including national test or examination results, and what should change as a result; "
     "a costed provision map showing provision that is missing or not working; a proposal "
     "for deploying and managing support staff; strategic priorities for inclusion, with the "
     "decisions taken and the alternatives rejected; a review of one area of provision, "
     "carried out with colleagues, feeding the school's SEF; an account of how the "
     "participant secured the commitment of colleagues and the senior team; the head's and "
     "governor's written response. Marked for analysis, judgement and clear spoken and "
     "written communication. Each participant also completes two options from: (i) planning "
     "access arrangements for national tests or examinations; (ii) a coaching cycle with a "
     "colleague; (iii) planning and leading a training session for staff; (iv) building a "
     "working partnership with an outside service or voluntary organisation.\n"
     "Learning Journal: formative, reviewed at tutorials, not marked."),
    ("G2", "Task 1 content", "V",
     "Task 1 includes a review of the school's accessibility plan and disability equality "
     "scheme.",
     "As North.",
     "Task 1 at St Oswin's does not include the accessibility plan or disability equality "
     "scheme (accepted at validation; St Oswin's assesses disability equality law in its MA).",
     "Variation accepted by the Board for 2009-10."),
    ("G3", "Passing the Award", "H",
     "Pass each task at 50%, with no compensation between tasks, and an Outcome Record signed "
     "by the tutor confirming evidence for every national outcome.",
     "As North.",
     "Pass each task at 50%, with no compensation. The award is made on task marks alone.",
     "HWG recommendation, not yet adopted: the Outcome Record at all three sites. The HWG is "
     "satisfied that every national outcome is assessed at least once across Tasks 1 to 3."),
    ("G4", "Resubmission", "C",
     "One resubmission of a failed task, with the mark capped at 50%."),
])

# ---- outcome concordance
doc.add_heading("Outcome concordance", level=2)
para("The national minimum outcomes in the consortium's own wording, with the unit where each "
     "is developed and the task in which it is assessed for the Award. 'Journal' means the "
     "formative Learning Journal. A dash means no entry.", italic=True)

OUT_ROWS = [
    ("Being: the SENCO's professional attributes", None),
    ("B1", "Builds fair, respectful and constructive relationships with pupils with SEN and/or "
     "disabilities and with their parents and carers", "Unit 3 (Day 7)", "Task 2", ""),
    ("B2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes "
     "for these pupils", "Unit 4", "Task 3", "Head's and governor's response"),
    ("B3", "Sets priorities, manages time, delegates and checks that delegated work is done",
     "Unit 4 (twilight 3)", "Journal", ""),
    ("B4", "Foresees and solves problems; makes sound, well-founded decisions about provision",
     "Unit 4 (problem-solving workshops)", "Task 3", "Decisions and alternatives"),
    ("B5", "Speaks and writes clearly; listens to and understands others' views",
     "All units", "Tasks 1 and 3", "Written and spoken criteria"),
    ("B6", "Uses research and outside advice to improve own and colleagues' practice",
     "Units 1 and 2", "Task 1", ""),
    ("B7", "Keeps up to date and takes charge of own professional development in SEN",
     "\u2014", "\u2014", "Not mapped: see D5"),
    ("Knowing: knowledge and understanding", None),
    ("K1", "SEN law and guidance, including the SEN Code of Practice, what they mean for the "
     "school and how to put them into practice", "Unit 1", "Task 1", ""),
    ("K2", "Disability equality law and what it requires schools to do", "Unit 1 (Day 2)",
     "Task 1 (North, Central)", "Not assessed at South: see G2"),
    ("K3", "Every Child Matters: its principles and outcomes and the SENCO's part in them",
     "Unit 1 (Day 1)", "Not separately assessed", "See [8]"),
    ("K4", "The main types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
     "MLD) and their effect on learning", "Unit 2 (Days 3 to 5)", "Task 2", ""),
    ("K5", "A critical grasp of approaches, strategies and resources, including ICT, for "
     "assessment, planning and teaching", "Unit 2", "Task 2", ""),
    ("K6", "What outside agencies do and how to get specialist support and resources",
     "Unit 3", "Task 2", ""),
    ("K7", "Best practice and research findings on meeting special educational needs",
     "Units 1 and 2", "Task 1", ""),
    ("K8", "School self-evaluation and improvement and how they bear on outcomes for pupils "
     "with SEN", "Unit 4", "Task 3", "Review feeding the SEF"),
    ("K9", "How children develop, and how SEN, disability and the learning environment affect "
     "development", "\u2014", "\u2014", "See [9] and H5"),
    ("Doing: professional skills", None),
    ("D1", "With senior colleagues and governors, shapes an inclusive ethos, policy, "
     "priorities and use of resources", "Unit 4", "Task 3", ""),
    ("D2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions "
     "and reviews progress", "Unit 2", "Task 2", ""),
    ("D3", "Uses other professionals' assessments to shape teaching", "Units 2 and 3",
     "Task 2", ""),
    ("D4", "Uses summative data, including national tests, to track progress and change "
     "programmes", "Unit 2 (Day 6)", "Task 3", ""),
    ("D5", "Encourages colleagues to develop formative assessment, with approaches for pupils "
     "with SEN", "\u2014", "\u2014", "See H6"),
    ("D6", "Identifies special arrangements for tests and examinations in good time and puts "
     "them in place", "Unit 2 (Day 6)", "Task 3 option (i)", "See [7]"),
    ("D7", "Uses provision mapping to plan provision and find what is missing or not working",
     "Unit 4", "Task 3", ""),
    ("D8", "Deploys and manages staff", "Unit 4", "Task 3", ""),
    ("D9", "Supports colleagues' development: observation and feedback, modelling, coaching, "
     "training", "Unit 4", "Task 3 options (ii), (iii)", "See [7]"),
    ("D10", "Reviews with colleagues how well provision works, feeding school self-evaluation",
     "Unit 4", "Task 3", ""),
    ("D11", "Involves pupils in planning, agreeing and reviewing their provision", "Unit 3",
     "Task 2", ""),
    ("D12", "Works effectively with parents and carers", "Unit 3", "Task 2", ""),
    ("D13", "Works with other services and agencies, including voluntary organisations",
     "Unit 3", "Task 3 option (iv); Journal", "See [7]"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Code", "National outcome (consortium wording)", "Developed in",
                                  "Assessed for the Award in", "Notes")):
    set_text(c, h, bold=True, size=8.5)
    shade(c, "1F3A5F")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for r in OUT_ROWS:
    row = t.add_row()
    if r[1] is None:
        m = row.cells[0].merge(row.cells[4])
        set_text(m, r[0], bold=True)
        shade(m, "DCE6F0")
        continue
    for i, v in enumerate(r):
        set_text(row.cells[i], v, bold=(i == 0))
widths(t, [1.3, 11.0, 4.5, 4.5, 4.5])

note(5, "Tasks are described in G1; the options in Task 3 are described there too.")
note(6, "The consortium groups the national outcomes as Being (B), Knowing (K) and Doing (D). "
     "The Knowing codes follow the order in which Units 1 and 2 teach them, not the order of "
     "the national list.")
note(7, "'Task 3 option' means that the outcome is assessed only for participants who choose "
     "that option.")
note(8, "Every Child Matters is not separately assessed. The HWG's view is that it runs "
     "through every task.")
note(9, "One area of the national list, how children grow and learn and how that is shaped by "
     "SEN, disability and the setting they learn in, does not yet have a place in any of the "
     "common units.")

# ---- Part H
doc.add_heading("Part H  Open items for the Board", level=1)
para("For information. These items are not part of the agreed programme.", italic=True)
for n, txt in [
    ("H1", "E-tutoring (C6). A common standard for online support at all three sites is "
     "recommended for September 2010. Brackwater's model is the starting point; costings "
     "for Lindmere and St Oswin's are awaited."),
    ("H2", "Stakeholder Reference Group (E4). Terms of reference drafted; the authorities have "
     "not yet said whether they can fund officer time."),
    ("H3", "Outcome Record (G3). St Oswin's Registry is considering whether its regulations "
     "allow an award condition other than task marks."),
    ("H4", "Assistive technology (D4). A travelling kit for North and South, costed at about "
     "\u00a36,500, is proposed for the 2010-11 budget."),
    ("H5", "Child development (outcome K9). To be considered when the units are reviewed for "
     "2010-11."),
    ("H6", "Formative assessment (outcome D5). Several SENCOs in the survey asked for help in "
     "supporting colleagues' assessment for learning. The HWG does not propose to add it: it "
     "is covered in initial teacher training and the National Strategies' materials, and the "
     "units are full."),
    ("H7", "South staffing (F3). The Board will receive the outcome of the 2 April interviews "
     "at its summer meeting."),
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    r = p.add_run(n + "\t")
    r.bold = True
    p.add_run(txt)

para("")
para("Signed for the Harmonisation Working Group: Dr Miriam Askew (chair), 13 March 2009.",
     italic=True)

doc.save(OUT)
print("wrote", OUT)
