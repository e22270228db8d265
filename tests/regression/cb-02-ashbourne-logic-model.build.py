"""Build cb-02-ashbourne-logic-model.docx (blind test application).

PROVIDER
    The Ashbourne Partnership: St Aldhelm's College, Ashbourne (a college of
    higher education whose taught awards are validated by the University of
    Calderbrook), with Marlshire County Council and Kelford Borough Council.
    Invented provider, people and places. Programme: Postgraduate Certificate:
    Leading SEN Provision, first cohorts 2009-10.

LAYOUT
    A bid written around a logic model. Section 1 short prose about the
    partnership and award. Section 2 a large landscape table (Inputs |
    Activities | Outputs | Outcomes | Impact) in five strands, each strand a
    merged, shaded row across all columns; the cells carry many arrangements as
    short phrases, one per cell paragraph, with activity codes A1-A12.
    Section 3 "Theory of change" narrative. Section 4 assumptions and external
    factors (several assumptions are really hopes). Section 5 evaluation
    framework table (Indicator | Source | Frequency | Who). Section 6 "Outcome
    pathway" table mapping each national outcome (in the provider's own
    shorthand) to activity codes. Section 7 "Assessment regime", which alone
    says which activity codes are summative (A10-A12), formative only (A5, A6,
    A9) or not assessed (A1-A4, A7, A8). Section 8 team and resources.
    Landscape section, merged cells and repeated header rows use raw OOXML;
    header and footer.

TRAPS (requirement ids affected)
    * Activity codes A1-A12 collide with the professional-attribute outcome
      numbering 6.A1-6.A7: "A1" in the pathway is the pre-course audit, not
      outcome 6.A1. Outcome verdicts must be read by cross-referencing the
      pathway (Section 6) against the assessment regime (Section 7).
    * Pathway maps to formative-only activities:
        A5 online tasks -> 6.A4 (only A5) partially_met; 6.K6 (A3, A5)
          partially_met
        A6 coaching triads -> 6.S2c partially_met
        A9 consultation task -> 6.A1, 6.S7, 6.S8 partially_met
    * Pathway maps to taught / not-assessed activities only:
        A2 study days -> 6.K3 partially_met (A10 audit covers the Code and ECM
          only, not disability law)
        A8 multi-agency day -> 6.K9, 6.S9 partially_met
    * Unsupported coverage claims: the Summary says all national outcomes are
      developed and assessed and every requirement is met (no verdict rests on
      it). 6.A3 row says "Embedded across the
      programme" with no codes and nothing anywhere develops or assesses it
      -> 6.A3 not_met.
    * Placeholder: 6.S2d row "To be developed for the 2009-10 cohort"
      -> 6.S2d not_met.
    * 1.9 partially_met (several outcomes formative or unassessed);
      6.0 partially_met (Section 7.5: pass in each component, no compensation,
      but the award is not tied to every outcome and several outcomes are
      never summatively assessed).
    * Conditional / unsettled: Section 1 says the credit value "(40 or 60
      credits) will be settled at" the March 2009 validation event
      -> E.2 partially_met (masters level is stated; E.1 met).
    * Past arrangement + hope: Section 3 recalls portfolio-only assessment on
      the former Advanced Certificate (2003-07); assumption 5 says the College
      "would consider" an assessment-only arrangement if demand emerges
      -> 2.3 not_met.
    * Value statement + hope: Section 3 "committed to equality of opportunity";
      assumption 3 hopes disabled participants will disclose early; no
      arrangement anywhere -> 3.1 not_met.
    * Unsupported claim, survey explicitly declined: Section 3 "needs ... well
      understood ... we do not think a further survey is needed" -> 4.1
      not_met.
    * Intention / deferral: Section 3 says the model was drafted by the College
      team and stakeholders' views "will be sought once approval is confirmed"
      -> 4.2 not_met (future Programme Board role counts for 4.3 instead).
    * Hope in assumptions: assumption 2 (in-school mentors who understand the
      programme) while only tutors are standardised -> 5.7 partially_met;
      assumption 4 (schools have the assessment materials and software) with
      only library and Moodle as resources -> 5.6 partially_met.
    * Placeholder and unnamed staff: Section 8 programme leader "[name to be
      confirmed ...]", LA tutors "to be nominated"; one named unit leader
      -> 5.4 partially_met.
    * Wrong party: headteacher's nomination "confirming suitability" stands in
      for the provider's own check of prior knowledge; no guidance for those
      not ready -> 5.2 partially_met.
    * Opposite trap, plain concrete statements in unusual shapes that ARE met:
        logic-model cell "Enrolment check: enhanced CRB disclosure number and
          date seen and recorded; barred-list status confirmed; employer
          reference ..." -> 5.3 met;
        logic-model cell "APEL panel ..." -> 2.1 met;
        Outputs cell "Exit CPD plan per participant ..." + Section 3 -> 2.5 met;
        Activities cell with two start points, two cohorts, blocks in either
          order -> 3.2 met;
        Outputs cells (tutor comment within 7 days, moderated forum, e-bulletin
          to headteachers) -> 3.3 met;
        evaluation-framework rows E3 (pupil baseline/post data) and E1
          (confidence) -> 5.9 met; Programme Board/headteacher survey in the
          "Who" column -> 4.3 met;
        A7 placement days and A8 specialists -> 5.5 met.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cb-02-ashbourne-logic-model.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec0 = doc.sections[0]
sec0.left_margin = sec0.right_margin = Cm(2.3)
PORTRAIT_W, PORTRAIT_H = sec0.page_width, sec0.page_height


def para(text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def fill_cell(cell, items, size=9):
    """One short phrase per paragraph inside the cell."""
    cell.text = ""
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(it)
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)


def header_row(t, headers, fill="1F3864"):
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(10)
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])


def band(t, text, fill="E2EFD9"):
    """A merged, shaded row across the whole table (strand or group label)."""
    row = t.add_row()
    a = row.cells[0].merge(row.cells[-1])
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    shade(a, fill)


# ---------------------------------------------------------------- header/footer
hp = sec0.header.paragraphs[0]
hp.text = "The Ashbourne Partnership  |  SENCO training: application for approval  |  v4 (submitted)"
hp.runs[0].font.size = Pt(8)
fp = sec0.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fr = fp.add_run("St Aldhelm's College, Ashbourne  ·  page ")
fr.font.size = Pt(8)
run = OxmlElement("w:r")
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
tt = OxmlElement("w:t")
tt.text = "1"
run.append(tt)
fld.append(run)
fp._p.append(fld)

# ---------------------------------------------------------------- title + section 1
para("The Ashbourne Partnership", bold=True, size=18)
para("Application for approval to provide nationally accredited training for teachers new to "
     "the SENCO role, 2009-2014", size=13)
para("Submitted to the Training and Development Agency for Schools, November 2008", italic=True)

doc.add_heading("Summary", level=1)
para("The Ashbourne Partnership proposes a one-year, part-time postgraduate certificate for "
     "teachers new to the SENCO role in Marlshire and Kelford, run jointly by a college of higher "
     "education and two local authorities that already work together on SEN support. The "
     "programme is organised around a single idea: that the test of SENCO training is what "
     "changes for pupils. Everything in it - the study days, the school-based tasks, the "
     "assessments and our own evaluation - is arranged to get from what a new SENCO knows to "
     "what happens for children in their school. All of the national outcomes are developed and "
     "assessed through the activities in the logic model, and the programme meets every "
     "requirement of the national specification. We expect to enrol around 45 teachers a year in "
     "two cohorts, rising to 60 once the national requirement takes effect.")
doc.add_heading("1. The partnership and the award", level=1)
para("The Ashbourne Partnership brings together St Aldhelm's College, Ashbourne, a college of "
     "higher education whose taught awards are validated by the University of Calderbrook; "
     "Marlshire County Council's Children and Young People's Service; and Kelford Borough "
     "Council. The College leads and administers the programme. The two authorities co-teach "
     "and pay half the fee for teachers in their maintained schools.")
para("Between them the two authorities maintain 333 schools (Marlshire 262, Kelford 71), four "
     "special schools and eleven resource bases. The College has trained teachers since 1891 and "
     "has offered postgraduate study for serving teachers since 1994; some 600 teachers a year "
     "now take its masters-level modules.")
para("The programme, Postgraduate Certificate: Leading SEN Provision, goes to a University of "
     "Calderbrook validation event in March 2009 as an award at masters level (Level 7). Its "
     "credit value (40 or 60 credits) will be settled at that event in the light of the final "
     "national specification.")
para("The logic model in Section 2 sets out the whole programme on one page. The activity codes "
     "A1 to A12 in its Activities column are used again in the outcome pathway (Section 6) and "
     "the assessment regime (Section 7).")

# ---------------------------------------------------------------- section 2 (landscape)
land = doc.add_section()
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = PORTRAIT_H, PORTRAIT_W
land.left_margin = land.right_margin = Cm(1.5)
land.top_margin = land.bottom_margin = Cm(1.5)

doc.add_heading("2. Logic model", level=1)
cols = ["Inputs", "Activities", "Outputs", "Outcomes (for SENCOs)", "Impact (for pupils)"]
lm = doc.add_table(rows=1, cols=5)
lm.style = "Table Grid"
header_row(lm, cols)

strands = [
    ("Strand 1  Entry and personalisation", [
        ["Admissions tutor (0.1 FTE)",
         "Entry: QTS; in post as SENCO or designated SENCO",
         "Headteacher nomination form confirming the teacher's suitability and release",
         "Fee £1,200; LAs pay £600 for maintained-school staff"],
        ["Enrolment check: enhanced CRB disclosure number and date seen and recorded; "
         "barred-list status confirmed; employer reference on conduct and any disciplinary matters",
         "APEL panel: up to 20 credits for prior masters study or evidenced experience",
         "A1 Pre-course audit against the national outcomes, then ILP meeting with personal tutor"],
        ["Two cohorts a year, c. 45 participants",
         "ILP per participant with personal outcome targets, reviewed at each of three tutorials",
         "APEL decisions minuted"],
        ["Each SENCO starts from what they already know and works on what they need"],
        ["More SENCOs trained, at lower cost per head"],
    ]),
    ("Strand 2  Taught programme", [
        ["Tutor team (Section 8)",
         "LA SEN advisers co-teach study days",
         "College library and e-journals",
         "Ashbourne Moodle site"],
        ["Two start points: September and January",
         "Marlshire day cohort (Tuesdays) or Kelford Saturday cohort; switch cohort between blocks",
         "A3 and A4 blocks may be taken in either order after A2",
         "A2 Study days 1-4: SEN Code of Practice 2001; SENDA and DDA 1995/2005, disability "
         "equality duty; ECM and the SENCO; Removing Barriers to Achievement; inclusive ethos, "
         "policy, governors",
         "A3 Study days 5-8: child development; BESD, SpLD/dyslexia, SLCN, ASD, MLD; assessment "
         "and teaching approaches incl. ICT; research on what works (Brooks 2007; IDP 2008; "
         "Ofsted 2006); identification, targets, review; tracking with P scales and national tests",
         "A4 Study days 9-12: leading change; provision mapping; deploying and managing TAs; "
         "self-evaluation and the SEF; working with the leadership team; working with parents and "
         "carers (with Marlshire Parent Partnership)",
         "A5 Online tasks on Moodle between study days, chosen from a bank of 16 to fit the ILP"],
        ["12 study days per cohort",
         "8 online tasks per participant; tutor comment within 7 days",
         "Tutor-moderated cohort forum; tutor answers posts within 2 working days",
         "Termly e-bulletin to participants' headteachers"],
        ["Current knowledge of law, needs and evidence-based approaches"],
        ["Teaching better matched to pupils' needs"],
    ]),
    ("Strand 3  School-based practice", [
        ["Participant's own school; headteacher commits 12 days' release",
         "Host settings: Brookfield Special School; Kelford ASD resource base",
         "EPS, CAMHS, SALT, Marlshire Parent Partnership, Kelford Mencap"],
        ["A6 Coaching triads: three cycles of observation and feedback between participants",
         "A7 Two placement days in a host setting, with a host teacher and set observation tasks",
         "A8 Multi-agency day led by EP, CAMHS, SALT and voluntary-sector staff",
         "A9 Consultation task: participant plans and runs a consultation with at least three "
         "pupils and their parents about their provision"],
        ["Coaching log", "Placement report", "Consultation summary"],
        ["Confident in coaching colleagues, consulting pupils and parents, and working with "
         "other agencies"],
        ["Pupils and families help shape provision"],
    ]),
    ("Strand 4  Assessment and award", [
        ["Assessment handbook and published criteria",
         "External examiner: Dr Rhian Pugh, University of Wrexford",
         "Assessment board"],
        ["A10 Assignment 1: policy audit",
         "A11 Assignment 2: pupil case study",
         "A12 Leadership project portfolio and professional dialogue",
         "Second marking and moderation",
         "Exit tutorial"],
        ["Three summative results per participant",
         "Exit CPD plan per participant, agreed at the exit tutorial, for their next performance "
         "management meeting",
         "External examiner's report"],
        ["Award only on a pass in every component"],
        ["-"],
    ]),
    ("Strand 5  Partnership and quality", [
        ["Programme Board: College, both LAs, two headteachers, one former participant",
         "Evaluation framework (Section 5)"],
        ["Programme Board meets termly",
         "Tutor standardisation day each September",
         "Annual review and action plan (July)"],
        ["Annual Programme Report", "Action plan"],
        ["Programme improves year on year"],
        ["Raised achievement and well-being of pupils with SEN and/or disabilities in Marlshire "
         "and Kelford schools, across all five Every Child Matters outcomes"],
    ]),
]
for title, cells in strands:
    band(lm, title)
    row = lm.add_row().cells
    for i, items in enumerate(cells):
        fill_cell(row[i], items)
widths = [4.6, 8.2, 5.2, 4.4, 4.2]
for row in lm.rows:
    for i, w in enumerate(widths):
        try:
            row.cells[i].width = Cm(w)
        except IndexError:
            pass

# back to portrait
port = doc.add_section()
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = PORTRAIT_W, PORTRAIT_H
port.left_margin = port.right_margin = Cm(2.3)

# ---------------------------------------------------------------- section 3
doc.add_heading("3. Theory of change", level=1)
para("Our theory of change is simple to state. If SENCOs new to the role understand the law, the "
     "range of pupils' needs and the evidence on what works, and if they can lead colleagues in "
     "identifying needs, planning provision and checking its effect, then teaching for pupils "
     "with SEN and/or disabilities in their schools improves, and those pupils achieve more and "
     "are safer, healthier and more involved in the life of the school.")
para("The chain has three links. The first is knowledge: the study days (A2-A4) and online "
     "tasks (A5) give participants a working command of the Code of Practice, the disability "
     "legislation, Every Child Matters and the main types of need, grounded in current research "
     "and inspection evidence. The second is practice: almost everything is done in or about the "
     "participant's own school - the policy audit, the pupil case study, the provision map - so "
     "learning is tested against real pupils and real colleagues. The third is leadership: "
     "coaching triads (A6), the consultation task (A9) and the leadership project (A12) ask "
     "participants to change what others do, not only what they do themselves.")
para("Personalisation runs through the chain. The pre-course audit (A1) produces an individual "
     "learning plan with personal outcome targets. The plan decides which online tasks a "
     "participant takes, which host setting they visit (A7) and the focus of the case study and "
     "project, and it is reviewed at each of three tutorials. Participants who already hold "
     "relevant credit shorten their route through the APEL panel. Running the taught blocks once "
     "for both authorities keeps the fee at £1,200, half of it met by the authorities. At the "
     "exit tutorial each participant drafts a CPD plan for the next two years and takes it to "
     "their performance management meeting.")
para("Pupils' progress is the real test. Every case study (A11) records baseline and "
     "post-intervention measures for the pupils concerned, and these are collated across cohorts "
     "(Section 5) so that the partnership can see what difference the programme makes.")
para("Each link has something that must be true before the next can follow. By the end of the "
     "first block, participants should be able to explain to a colleague what the Code of "
     "Practice requires of their school and where the school falls short (A10). By the end of "
     "the case study, they should be able to show a change in a named pupil's progress that "
     "follows from a change in teaching (A11). By the end of the project, colleagues should be "
     "doing something differently because of the participant's leadership (A12). Twelve months "
     "after completion, headteachers should be able to point to provision that is better "
     "planned, better matched and better reviewed than before (E4 in Section 5).")
para("The partnership is committed to equality of opportunity and to the full inclusion of "
     "disabled people in all its work.")
para("The needs of schools in Marlshire and Kelford are well understood by the partnership "
     "through long experience of running SENCO networks; we do not think a further survey is "
     "needed.")
para("This logic model was drafted by the College programme team over the summer of 2008. The "
     "partner authorities have agreed to co-teach, and the views of headteachers and SENCOs on "
     "the content will be sought once approval is confirmed.")
para("Between 2003 and 2007 the College ran an Advanced Certificate in SEN Coordination, under "
     "which experienced SEN support teachers could be assessed by portfolio alone. Several of "
     "the present tutors taught on it, and its lessons have shaped this model.")

# ---------------------------------------------------------------- section 4
doc.add_heading("4. Assumptions and external factors", level=1)
para("The model holds if:", bold=True)
assumptions = [
    "headteachers release participants for twelve study days and two placement days;",
    "each participant's school provides an in-school mentor who understands what the programme "
    "expects and can support the school-based tasks;",
    "participants with a disability tell us early so that adjustments can be made;",
    "participants' schools have the assessment materials and software the case study needs;",
    "very few experienced practitioners seek assessment without training; if demand emerges, "
    "the College would consider an assessment-only arrangement;",
    "the two authorities continue to meet half the fee in 2009-10 and 2010-11;",
    "host settings remain willing to take participants for placement days.",
]
for i, a in enumerate(assumptions, 1):
    para(f"{i}.  {a}")
para("External factors we are watching:", bold=True)
for e in [
    "regulations expected in 2009 requiring new SENCOs to gain the national award;",
    "the Lamb Inquiry into parental confidence in the SEN system, reporting in 2009;",
    "Sir Jim Rose's review of provision for pupils with dyslexia, reporting in 2009;",
    "reorganisation of Kelford's SEN support services from April 2009.",
]:
    para("•  " + e)

# ---------------------------------------------------------------- section 5
doc.add_heading("5. Evaluation framework", level=1)
ev = doc.add_table(rows=1, cols=5)
ev.style = "Table Grid"
header_row(ev, ["", "Indicator", "Source", "Frequency", "Who"])
for r in [
    ("E1", "Participants' confidence against the national outcomes",
     "A1 audit repeated at the exit tutorial", "Start and end", "Personal tutor; collated by "
     "programme leader"),
    ("E2", "Participants' competence", "Component results mapped to outcomes; external "
     "examiner's report", "Each assessment board", "Unit leaders; external examiner"),
    ("E3", "Pupils' progress after participants' interventions",
     "Baseline and post-intervention data from A11: reading and spelling ages, NC or P-scale "
     "levels, attendance, a well-being scale", "Every cohort, collated termly",
     "Participants supply; programme leader analyses"),
    ("E4", "Change in school practice", "Headteacher survey 12 months after completion",
     "Annual", "LA SEN advisers"),
    ("E5", "Participants' views of teaching and support", "End-of-block questionnaire; focus "
     "group", "After each block", "Programme administrator; former-participant Board member"),
    ("E6", "Quality of teaching", "Peer observation of tutors", "Annual", "College Quality Unit"),
    ("E7", "Fit with local needs", "Programme Board review of E1-E6", "Termly",
     "Programme Board (College, LAs, headteachers)"),
]:
    cells = ev.add_row().cells
    for i, v in enumerate(r):
        fill_cell(cells[i], [v], size=9.5)
doc.add_paragraph()
para("Evidence from E1-E7 and the external examiner's report is brought together in the Annual "
     "Programme Report each July, which also goes to the University of Calderbrook's annual "
     "monitoring. The Programme Board agrees an action plan from it and checks progress at its "
     "autumn meeting.")

# ---------------------------------------------------------------- section 6
doc.add_heading("6. Outcome pathway", level=1)
para("Each national outcome, in our shorthand, and the activities through which participants "
     "develop and show it.")
op = doc.add_table(rows=1, cols=3)
op.style = "Table Grid"
header_row(op, ["National outcome (our shorthand)", "Pathway (activity codes)", "Notes"])
groups = [
    ("Professional attributes", [
        ("Fair, respectful relationships with pupils and their families", "A9",
         "Consultation with pupils and parents"),
        ("Winning the commitment of colleagues and senior leaders", "A4, A10",
         "Audit presented to headteacher and SEN governor"),
        ("Prioritising, managing time, delegating", "Embedded across the programme", ""),
        ("Anticipating problems; sound decisions on provision", "A5", "Online case scenarios"),
        ("Clear speaking and writing; listening to others", "A10, A11, A12",
         "Written components; professional dialogue"),
        ("Using research and outside advice to improve practice", "A3, A11", ""),
        ("Keeping up to date; owning one's CPD", "A1, A12", "ILP; CPD statement in portfolio"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law, the Code of Practice and putting them into practice", "A2, A10",
         "Audit of the school's policy and practice"),
        ("Every Child Matters and the SENCO's part in it", "A2, A10", ""),
        ("Disability equality law and the duties it brings", "A2", "Study day 2"),
        ("Child development and what affects it", "A3, A11", ""),
        ("The main types of SEN and disability", "A3, A7, A11", ""),
        ("A critical view of approaches, strategies and resources, incl. ICT", "A3, A5", ""),
        ("Self-evaluation and school improvement for SEN", "A4, A12", ""),
        ("Research and best practice", "A3, A11", ""),
        ("External agencies and getting specialist support", "A8", "Multi-agency day"),
    ]),
    ("Professional skills", [
        ("Strategic influence with senior staff and governors; inclusive ethos, policy, "
         "resources", "A2, A10", ""),
        ("Identifying needs, setting targets, planning and reviewing interventions", "A3, A11", ""),
        ("Using other professionals' assessments", "A8, A11", ""),
        ("Using summative data and national tests to track progress", "A3, A11", ""),
        ("Helping colleagues develop formative assessment", "A6", "Triad focus, cycle 2"),
        ("Access arrangements for tests and examinations", "To be developed for the 2009-10 "
         "cohort", ""),
        ("Provision mapping; spotting ineffective or missing provision", "A4, A12",
         "Provision map in portfolio"),
        ("Deploying and managing staff", "A4, A12", ""),
        ("Supporting colleagues' professional development", "A6, A12", ""),
        ("Evaluating provision with staff to feed self-evaluation", "A12", ""),
        ("Involving pupils in planning and reviewing their provision", "A9", ""),
        ("Working with parents and carers", "A9", ""),
        ("Partnership with other services, including voluntary bodies", "A8", ""),
    ]),
]
for g, rows in groups:
    band(op, g, fill="F2F2F2")
    for r in rows:
        cells = op.add_row().cells
        for i, v in enumerate(r):
            fill_cell(cells[i], [v], size=9.5)
for row in op.rows:
    for i, w in enumerate([8.5, 4.2, 4.2]):
        try:
            row.cells[i].width = Cm(w)
        except IndexError:
            pass
doc.add_paragraph()

# ---------------------------------------------------------------- section 7
doc.add_heading("7. Assessment regime", level=1)
para("7.1  Summative components. The award rests on three components, each marked against "
     "published criteria at Level 7.")
para("A10 Policy audit (3,500 words; 30%). A critical audit of the school's SEN policy and "
     "practice against the SEN Code of Practice and Every Child Matters, with recommendations "
     "presented to the headteacher and the governor responsible for SEN, whose written response "
     "is included. Criteria: knowledge of the Code and of ECM and how they apply in the school; "
     "quality and realism of the recommendations; success in securing senior colleagues' "
     "support; clarity of writing.")
para("A11 Pupil case study (5,000 words; 40%). An account of one or two pupils: how their needs "
     "were identified through observation, data and assessment; how those needs relate to the "
     "pupil's development and type of need; how reports from other professionals shaped "
     "teaching; the targets set; the intervention and its review, with baseline and "
     "post-intervention data including national or optional test results. Criteria: "
     "understanding of the pupil's development and needs; use of other professionals' "
     "assessments; use of summative data; quality of targets, intervention and review; use of "
     "research evidence; clarity of writing.")
para("A12 Leadership project portfolio and professional dialogue (30%). The portfolio contains a "
     "provision map for a year group or key stage with an analysis of ineffective or missing "
     "provision; a plan for deploying and managing teaching assistants, and its review; a record "
     "of one staff development session led by the participant and of one observation-and-"
     "feedback cycle with a colleague; an evaluation of one strand of provision carried out with "
     "staff, and the participant's contribution to the SEF; a reflective CPD statement; and a "
     "statement from the headteacher. The 40-minute professional dialogue with two assessors "
     "(one an LA SEN adviser) explores the project and how the participant communicated with and "
     "listened to colleagues.")
para("7.2  Formative elements. A5 online tasks receive written tutor comments; A6 coaching "
     "triads receive peer feedback recorded in the coaching log; A9 consultation summaries are "
     "discussed at the third tutorial. None of these is graded or counts towards the award.")
para("7.3  Not assessed. A1, the study days (A2-A4), the placement days (A7) and the "
     "multi-agency day (A8) are recorded for attendance only.")
para("7.4  Consistency. Summative work that fails or falls within three marks of a boundary is "
     "second-marked, as is a further 20% sample. SEN advisers from both authorities join the "
     "College's moderation meeting before each assessment board, and the external examiner "
     "samples every component and reports to the University of Calderbrook.")
para("7.5  The award. A participant gains the award only by passing each of A10, A11 and A12; "
     "marks are not compensated between components. One resubmission of each component is "
     "allowed.")

# ---------------------------------------------------------------- section 8
doc.add_heading("8. Programme team and resources", level=1)
for line in [
    "Programme leader: [name to be confirmed - appointment in progress, interviews January 2009]",
    "Unit leader, A3 and A11: Dr Farida Qureshi, Senior Lecturer in Inclusive Education (PhD; "
    "SENCO in Kelford primary schools 1996-2004)",
    "A2 and A4 blocks: College lecturers in education",
    "LA tutors: two SEN advisers, one from each authority, 0.2 FTE each, to be nominated by the "
    "authorities",
    "Visiting contributors: educational psychologists, CAMHS practitioners and speech and language "
    "therapists (A8); staff of Brookfield Special School and the Kelford ASD resource base host "
    "A7 placements",
    "Resources: the College library (SEN collection and e-journals) and the Ashbourne Moodle site",
    "Administration: a programme administrator (0.5 FTE) handles enrolment, the enrolment checks "
    "in Strand 1 and the collation of evaluation returns",
    "Tutorials: every participant has a personal tutor from the College team and three tutorials "
    "a year, one face to face and two by telephone or on Moodle",
]:
    para("•  " + line)

# ---------------------------------------------------------------- section 9
doc.add_heading("9. Outline calendar, 2009-10", level=1)
cal = doc.add_table(rows=1, cols=3)
cal.style = "Table Grid"
header_row(cal, ["Month", "Marlshire day cohort (Tuesdays)", "Kelford Saturday cohort"])
for r in [
    ("July-August 2009", "Enrolment checks; A1 audit; ILP meetings", "Enrolment checks; A1 audit; "
     "ILP meetings"),
    ("September-November", "A2 study days 1-4; first tutorial", "A2 study days 1-4; first tutorial"),
    ("December", "A10 submitted", "A10 submitted"),
    ("January-March 2010", "A3 study days 5-8; A7 placement days", "A4 study days 9-12 (order "
     "reversed); second tutorial"),
    ("April-May", "A4 study days 9-12; A8 multi-agency day", "A3 study days 5-8; A7 placement "
     "days; A8 multi-agency day"),
    ("June", "A11 submitted; A9 consultation", "A11 submitted; A9 consultation"),
    ("July", "A12 portfolio and dialogue; exit tutorial", "A12 portfolio and dialogue; exit "
     "tutorial"),
]:
    cells = cal.add_row().cells
    for i, v in enumerate(r):
        fill_cell(cells[i], [v], size=9.5)
doc.add_paragraph()
para("The January cohort follows the same sequence from January 2010 to December 2010, with A12 "
     "and the exit tutorial in December.")

doc.save(OUT)
print("wrote", OUT)
