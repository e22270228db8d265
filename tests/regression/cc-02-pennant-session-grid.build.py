"""Build cc-02-pennant-session-grid.docx (blind test application).

PROVIDER
  Pennant SEN Leadership Partnership (invented consortium): Pennant County
  Council Learning Support Service (lead partner), Halsworth Borough Council
  Inclusion Team, and Coldridge School (special school, specialist SEN college).
  Academic accreditation by Kelsey University (invented). Award: Certificate in
  Leading SEN Provision (National Award for SEN Coordination), 60 credits.
  Programme Director: Janet Hollis. Academic link/moderator: Dr Owen Pask.

LAYOUT
  Almost entirely tables, with short prose answers to the criteria between them:
    Table 1  "Programme at a glance": two-column field table (Field | Entry)
    Prose    Criterion 1 (short)
    Table 2  Session grid: No. | Date | Venue | Title | Content | Codes |
             Preparation | Follow-up task; merged full-width term rows
             (Autumn / Spring / Summer) and a "Placement" row
    Prose    Criterion 2 answers 2.1-2.5 (short, some pointing back to Table 1)
    Prose    Criterion 3 (short)
    Table 3  Programme team
    Prose    Criterion 4 + Table 4 stakeholder evidence
    Prose    Criterion 5 + Table 5 quality assurance calendar
    Prose    Criterion 6 (pass rule, coverage claim)
    Table 6  Assessment rubric: Task | Weighting | Criteria | Codes assessed,
             with an asterisked note under it
    Appendix B  Key to outcome codes: provider code -> national outcome(s)
  The provider's own codes (NA-K1..NA-K7, SK-1..SK-10, PA-1..PA-3) do not share
  numbering with the national outcomes (e.g. NA-K3 is national knowledge 5).
  Some codes map to two national outcomes (NA-K6, SK-1, SK-3, SK-7, SK-8(a/b),
  SK-10); some national outcomes have no code (prioritise/delegate; child
  development; exam access arrangements). Header/footer carry a confidentiality
  line and a version stamp (never evidence).

TRAPS (requirement ids affected)
  - E.2   Field table: 60 credits but "Level: H (Level 6) for the 2009-10
          cohort"; a Level 7 version only to be submitted in 2010.
          -> partially_met.
  - 2.3   Prose 2.3 names an assessment-only route run by Pennant for HLTA
          status (wrong party/programme) and then declines one for this award.
          -> not_met.
  - 2.5   A pro-forma prompt left in, followed only by "We hope to offer a
          follow-on route to an MA ... in due course". Session 14 is an
          evaluation and certificates, no target setting. -> not_met.
  - 2.4   Common 14-session sequence; personalisation only via ILP choices;
          fee stated, nothing on cost-effectiveness. -> partially_met.
  - 3.2   Single September intake (the January start ran "until 2007": past
          arrangement), twilight face to face only; only flexibility is
          deferring Task 3 with agreement. -> partially_met.
  - 3.3   "E-learning: None"; handouts in print and CD-ROM. -> not_applicable.
  - 4.2   "The Partnership has listened carefully ... reflects them throughout"
          (general, no detail of what changed). 4.1 met via Table 4.
          -> partially_met.
  - 5.4   Programme team table: only the Director and the Kelsey link named;
          both tutor posts "TBC"; tutors "will be drawn from the pool ... once
          approval is confirmed". -> partially_met.
  - 5.5   Specialist contributors teach sessions, but the placement is "may be
          arranged on request, subject to the school's capacity" (conditional).
          -> partially_met.
  - 5.7   Field "Tutor and mentor roles": the TDA-style guidance left in as a
          prompt plus "[JH to complete from Handbook, section 5.7]"
          (placeholder). -> not_met.
  - 1.9, 6.0  Prose: "Every national minimum outcome is mapped to at least one
          Partnership code (Appendix B), so a participant who passes has met
          them all" (unsupported); the pass rule checks codes, not the national
          outcomes, and several outcomes have no code or are unassessed.
          -> partially_met.
  Opposite traps (plain concrete statements in unusual shapes, met):
  - 5.3   CRB verification is entirely a field-table entry. -> met.
  - 2.1, 2.2, 3.1, 5.2, 5.6  Field-table entries (APL, Needs analysis/ILP,
          Disability and access + Equality monitoring, Entry + guidance,
          Specialist resources). -> met.
  - 5.8, 5.9, 5.1  QA calendar rows (double marking, moderator sample,
          external examiner; pupil baseline/post data collated; entry/exit
          self-rating). -> met.
  - 6.S2d has no code at all, but Session 9 teaches access arrangements and
          the Task 3 criteria assess an access-arrangements timetable. -> met.
  Criterion 6 via codes:
  - Taught, assessed only formatively (Professional Learning Journal, 0%,
    "not graded"): NA-K4 -> 6.K2; SK-6 -> 6.S7; PA-3 -> 6.A7. -> partially_met.
  - Taught, not assessed: SK-4 -> 6.S2c (Session 8; absent from the rubric);
    SK-8(b) -> 6.S5 (Session 11 teaches SK-8; Task 3 assesses only SK-8(a)).
    -> partially_met.
  - Negation far from its subject: Task 1 lists NA-K2 (disability equality,
    6.K3), but the asterisked note under the rubric says it is not assessed
    for the 2009-10 cohort. -> partially_met.
  - Assessed, not developed: PA-2 -> 6.A4 (Task 2 only; the key says "not the
    focus of a particular session"). -> partially_met.
  - Orphan code: SK-10 (-> 6.K9 and 6.S9) is in the key but in no session and
    no task. -> not_met.
  - No code and no content: 6.A3, 6.K4. -> not_met.
  - Met (code in a session and in a graded task): A1, A2, A5, A6, K1, K5, K6,
    K7, K8, S1, S2, S2a, S2b, S3, S4, S6, S8 (+ S2d as above).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cc-02-pennant-session-grid.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)

sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, m, Cm(1.6))
sec.header.paragraphs[0].text = (
    "Pennant SEN Leadership Partnership - TDA National Award application - "
    "CONFIDENTIAL - v4.2")
sec.footer.paragraphs[0].text = (
    "Pennant CC Learning Support Service, County Hall, Pennant. Printed 26/02/2009")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
        p.paragraph_format.space_after = Pt(1)


def table(headers, rows, widths=None, head_fill="1F4E79", size=9):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True, size=size, colour=RGBColor(0xFF, 0xFF, 0xFF))
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # merged full-width band
            m = cells[0].merge(cells[-1])
            set_cell(m, row, bold=True, size=size)
            shade(m, "D9E2F3")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)
    return t


def heading(text, size=12):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    return p


def para(text, italic=False, bold_lead=None):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead + " ")
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


# ---------------------------------------------------------------- title
p = doc.add_paragraph()
r = p.add_run("PENNANT SEN LEADERSHIP PARTNERSHIP")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph()
r = p.add_run("Application for approval to provide nationally accredited training for "
              "teachers new to the SENCO role, 2009-10 | submitted 27 February 2009 by "
              "Pennant County Council Learning Support Service on behalf of the Partnership")
r.font.size = Pt(11)

para("This application is set out mainly in tables, as the Partnership's validation "
     "documents were. Table 1 gives the facts of the programme; Table 2 is the session "
     "grid, with the Partnership outcome codes developed in each session; Tables 3 to 5 "
     "cover staffing, stakeholders and quality assurance; Table 6 is the assessment "
     "rubric; Appendix B is the key that links our codes to the national minimum "
     "outcomes. Short answers to each criterion sit between the tables.")
heading("Table 1: Programme at a glance")
table(["Field", "Entry"], [
    ["Provider", "Pennant SEN Leadership Partnership: Pennant County Council Learning "
     "Support Service (lead partner); Halsworth Borough Council Inclusion Team; Coldridge "
     "School (special school and specialist SEN college, cognition and learning)."],
    ["Accrediting HEI", "Kelsey University, School of Education and Lifelong Learning. "
     "Validation event held 19 January 2009; programme approved as a 60-credit Certificate "
     "within the Kelsey Professional Studies Framework (validation report KU/PSF/09/014). "
     "Partnership agreement signed 4 February 2009."],
    ["Award title", "Certificate in Leading SEN Provision (National Award for SEN Coordination)"],
    ["Credit", "60 credits"],
    ["Level", "H (Level 6) for the 2009-10 cohort. A Level 7 (M) version will be submitted "
     "to Kelsey for revalidation in 2010."],
    ["Duration", "One academic year: 14 twilight sessions (4.15-7.15 pm) plus school-based "
     "follow-up tasks between sessions."],
    ["Intake", "September only. (Until 2007 the Partnership's Certificate in SEN "
     "Coordination also ran a January start.)"],
    ["Venues", "Halsworth Professional Centre (HPC); Coldridge School (CS); Kelsey "
     "University, Pennant campus (KU)."],
    ["Mode", "Face-to-face taught sessions with school-based tasks. With the Programme "
     "Director's agreement a participant may submit Task 3 in the autumn term of the "
     "following year."],
    ["E-learning", "None. All teaching is face to face; handouts are issued in print and on CD-ROM."],
    ["Places", "36 (two tutor groups of 18)"],
    ["Fee", "1,100 pounds. Pennant and Halsworth meet half the fee for SENCOs in maintained schools."],
    ["Entry requirements", "QTS; in post as SENCO, or designated by the headteacher to take "
     "up the role by January 2010; headteacher nomination form (confirms release and names a "
     "workplace mentor); pre-course audit; entry interview with the Programme Director."],
    ["Applicants who do not meet entry requirements", "Written guidance on what to do "
     "first (normally Pennant's 'Introduction to SEN' course and a term in the role), copied "
     "to the headteacher, with the offer of a telephone conversation with the head."],
    ["CRB and suitability", "The headteacher confirms on the nomination form that the "
     "candidate holds a current enhanced CRB disclosure, has been checked against List 99 "
     "and has no outstanding disciplinary matters. Applicants who have not worked in a post "
     "with regular contact with children in the last three months obtain a new enhanced "
     "disclosure through Pennant County Council HR before Session 1; the Programme Director "
     "sees the disclosure before a place is confirmed."],
    ["Needs analysis", "Pre-course audit against the Partnership outcome codes (Appendix B), "
     "completed with the application and discussed at interview. The results set each "
     "participant's Individual Learning Plan (ILP): the codes they will give priority to, "
     "the focus of their Task 2 pupil study and of their journal. ILP reviewed at "
     "tutorials in Sessions 5 and 10."],
    ["APL", "Kelsey University APCL/APEL regulations apply. Prior certificated learning in "
     "SEN at Level 6 or above within the last five years may be credited against Task 1 "
     "(up to 20 credits) where it is mapped to the codes Task 1 assesses; experiential "
     "learning by portfolio and professional discussion. Claims are decided by the Kelsey "
     "APL Board before Session 1."],
    ["Disability and access", "Application form Q12 invites disclosure of disability. The "
     "Programme Director agrees reasonable adjustments with each participant and the Kelsey "
     "Disability Service before Session 1 (e.g. large-print or electronic handouts, BSL "
     "interpretation, extra time or an alternative format for tasks). All three venues have "
     "step-free access, hearing loops and accessible parking; the Coldridge visit is "
     "planned with the participant."],
    ["Equality monitoring", "Applicants' gender, ethnicity and disability are recorded and "
     "reported annually to the Steering Group, with action agreed where groups are "
     "under-represented. The programme leaflet is available in large print and on audio CD."],
    ["Specialist resources", "Coldridge Assistive Technology Suite (Clicker 5, Write Online, "
     "switch access, communication aids), open to participants by booking on Wednesday "
     "afternoons; Pennant SEN Resource Library (assessment materials, intervention packs); "
     "Kelsey University library and e-journals."],
    ["Placement", "A visit to Coldridge School may be arranged on request, subject to the "
     "school's capacity."],
    ["Tutor and mentor roles", "[Guidance: show how everyone involved in delivery and "
     "assessment understands their roles and responsibilities]  [JH to complete from "
     "Handbook, section 5.7]"],
    ["Contact", "Janet Hollis, Programme Director, Pennant Learning Support Service"],
], widths=[5.5, 20.5])

heading("Criterion 1: raising achievement")
para("Our test of success is the progress and well-being of the pupils our participants "
     "teach. Session 1 starts from the five Every Child Matters outcomes, and Task 2 asks each participant to measure one pupil's progress before and "
     "after an intervention, in attainment and in one aspect of well-being such as "
     "attendance or a self-esteem scale. Every session ends with a follow-up task in the "
     "participant's own school (grid below), so what is learned on Thursday evening is "
     "tried in school and brought back to the next session. Session 6 teaches ways of "
     "consulting pupils and working with parents; Sessions 8, 11 and 12 deal with "
     "supporting colleagues in school and, through the follow-up tasks, with the "
     "cluster SENCO group.")

heading("Table 2: Session grid")
G = [
    "AUTUMN TERM 2009",
    ["1", "Thu 24 Sep 09", "HPC", "The SENCO role and the five outcomes",
     "The SENCO role in the SEN Code of Practice (2001), paras 5.30 and 6.32; Every Child "
     "Matters: the five outcomes for pupils with SEN; Removing Barriers to Achievement "
     "(2004); programme structure; ILPs",
     "NA-K1, NA-K4", "Complete pre-course audit; bring school SEN policy",
     "Agree ILP with mentor; choose Task 2 pupil"],
    ["2", "Thu 8 Oct 09", "KU", "Research and evidence in SEN",
     "Finding and judging research; Ofsted (2004) Special educational needs and "
     "disability: towards inclusive schools; Ofsted (2006) Inclusion: does it matter where "
     "pupils are taught?; Bercow Review (2008); Brooks (2007) What works for children with "
     "literacy difficulties?; Lamb Inquiry; keeping up to date",
     "NA-K6, PA-1, PA-3", "Read Ofsted (2006) summary",
     "Annotated bibliography of five items (journal)"],
    ["3", "Thu 22 Oct 09", "HPC", "The law, disability equality and access",
     "Education Act 1996 Part 4; SENDA 2001; statutory assessment and statements; DDA 1995 "
     "and 2005; the disability equality duty; accessibility plans; reasonable adjustments",
     "NA-K1, NA-K2", "Bring school accessibility plan and disability equality scheme",
     "Compare school SEN policy with the Code (feeds Task 1)"],
    ["4", "Thu 5 Nov 09", "CS", "Areas of need 1: communication and interaction",
     "Speech, language and communication needs (Bercow); autistic spectrum disorders, with "
     "the Pennant Autism Outreach Team; Inclusion Development Programme materials (2008)",
     "NA-K3, NA-K5", "IDP SLCN materials (DVD)",
     "Observe a pupil with SLCN or ASD in two lessons"],
    ["5", "Thu 19 Nov 09", "CS", "Areas of need 2: cognition, learning, BESD",
     "Dyslexia and specific learning difficulties; moderate learning difficulties; "
     "behavioural, emotional and social difficulties; educational psychologist on "
     "assessment; tutorial: ILP review",
     "NA-K3, NA-K5, SK-3", "Bring an anonymised EP or specialist report",
     "Use one specialist report to plan classroom adjustments"],
    ["6", "Thu 3 Dec 09", "HPC", "Pupils and parents as partners",
     "Ways of consulting pupils: interviews, questionnaires, Talking Mats, person-centred "
     "reviews; Halsworth Parent Partnership Service (guest); running review meetings with "
     "parents and carers; Lamb Inquiry themes",
     "SK-6, SK-7", "Read the school's information for parents on SEN",
     "Gather three pupils' views on their IEP targets; hold or observe a parent review meeting"],
    "SPRING TERM 2010",
    ["7", "Thu 14 Jan 10", "HPC", "Identification, targets and intervention",
     "The graduated response (School Action, School Action Plus); IEPs and SMART targets; "
     "planning and reviewing interventions; using reports from educational psychologists, "
     "speech and language therapists and advisory teachers",
     "SK-2, SK-3", "Bring two anonymised IEPs", "Baseline assessment of Task 2 pupil"],
    ["8", "Thu 28 Jan 10", "HPC", "Assessment for learning and inclusive teaching",
     "AfL strategies for pupils with SEN; helping colleagues build formative assessment "
     "into their planning; personalising approaches; ICT to remove barriers (Clicker 5, "
     "text-to-speech, visual timetables)",
     "SK-4, NA-K5", "Try one AfL strategy with your Task 2 pupil",
     "Joint planning session with a class teacher"],
    ["9", "Thu 11 Feb 10", "HPC", "Tracking progress and access arrangements",
     "P scales; RAISEonline and CVA for pupils with SEN; National Strategies progression "
     "guidance; school tracking systems; identifying pupils early for Key Stage 2 test and "
     "GCSE access arrangements (QCA and JCQ rules, application deadlines)",
     "SK-3", "Bring anonymised SEN tracking data",
     "Draft an access arrangements timetable for 2010-11"],
    ["10", "Thu 4 Mar 10", "HPC", "Provision mapping and school self-evaluation",
     "Provision maps and costing; the SEF and SEN; the Ofsted framework; reviewing the "
     "effectiveness of provision with class teachers and TAs; tutorial: ILP review",
     "SK-5, SK-9, NA-K7", "Bring current list of provision",
     "Draft a provision map for one year group; share it at the cluster SENCO group"],
    ["11", "Thu 18 Mar 10", "CS", "Leading and developing staff",
     "Deploying and managing TAs (DISS project findings, 2008); coaching and modelling; "
     "observing lessons and giving feedback; planning INSET",
     "SK-8", "Bring TA timetable", "Coaching conversation with a colleague (journal)"],
    "SUMMER TERM 2010",
    ["12", "Thu 22 Apr 10", "KU", "Strategic leadership for inclusion",
     "Working with the head, senior team and governors; SEN policy and priorities in the "
     "school improvement plan; the SEN budget; presenting to governors",
     "SK-1, PA-1", "Read the governors' annual SEN report", "Prepare Task 3 presentation"],
    ["13", "Thu 13 May 10", "KU", "Task 3 presentations",
     "Presentations to a panel: tutor, Halsworth SEN officer and a headteacher",
     "(assessment)", "-", "-"],
    ["14", "Thu 24 Jun 10", "HPC", "Review and celebration",
     "Programme evaluation; exit self-rating against the codes; presentation of certificates",
     "PA-3", "-", "-"],
    ["Placement", "By arrangement", "CS", "Visit to Coldridge School",
     "On request, subject to capacity (see Placement, Table 1)", "-", "-", "-"],
]
table(["No.", "Date", "Venue", "Title", "Content", "Codes", "Preparation", "Follow-up task"],
      G, widths=[1.3, 2.2, 1.3, 3.5, 8.6, 2.1, 3.4, 4.0], size=8)

heading("Criterion 2: matching provision to participants")
para("See APL in Table 1.", bold_lead="2.1")
para("See Needs analysis in Table 1: the pre-course audit sets each participant's ILP.",
     bold_lead="2.2")
para("We have considered an assessment-only route. Pennant's Learning Support Service "
     "already runs assessment-only routes to HLTA status for teaching assistants, and we "
     "know the model well. For the National Award, however, the Partnership will not "
     "offer assessment without attendance in 2009-10: candidates who believe they already "
     "meet the outcomes will be advised to take the programme with an APL claim.",
     bold_lead="2.3")
para("All participants follow the same fourteen-session sequence. Personalisation "
     "comes from the ILP: the choice of Task 2 pupil, the focus of the journal and the "
     "codes each participant gives priority to.", bold_lead="2.4")
para("[Prompt: how will participants who complete successfully be helped to consider "
     "further professional targets?]  We hope to offer a follow-on route to an MA with "
     "Kelsey University in due course.", bold_lead="2.5")

heading("Criterion 3: access and flexibility")
para("Equality and access arrangements are in Table 1 (Disability and access; Equality "
     "monitoring). Delivery is kept simple: one evening a fortnight at three venues close "
     "to schools, with the option of completing Task 3 the following autumn. We do not "
     "use e-learning.")

heading("Table 3: Programme team")
table(["Role", "Name", "Qualifications and experience"], [
    ["Programme Director", "Janet Hollis", "MA (Special Educational Needs), NPQH; SENCO in "
     "two Pennant secondary schools 1994-2004; Senior SEN Adviser, Pennant County Council "
     "since 2004; associate lecturer, Kelsey University"],
    ["Tutor, group A", "TBC", "To be appointed from the Partnership pool"],
    ["Tutor, group B", "TBC", "Appointment April 2009"],
    ["Academic link and moderator", "Dr Owen Pask", "Senior Lecturer in Education, Kelsey "
     "University"],
    ["Specialist contributors", "Pennant Educational Psychology Service; Pennant Autism "
     "Outreach Team; Halsworth Parent Partnership Service; Coldridge School staff",
     "Session-specific (see grid)"],
], widths=[5, 7, 14])
para("Tutors will be drawn from the Partnership's pool of experienced practitioners once "
     "approval is confirmed.")

heading("Criterion 4: stakeholders")
heading("Table 4: Evidence of stakeholders' needs", size=11)
table(["Source", "When", "Who", "What they told us"], [
    ["Headteacher questionnaire", "Oct 2008", "41 of 96 Pennant and Halsworth heads",
     "Priorities: provision mapping; deployment of TAs; using data; no daytime release"],
    ["SENCO Forum consultation", "Nov 2008", "54 SENCOs at two forum meetings",
     "New SENCOs want: the law and the paperwork; areas of need; working with parents"],
    ["Parent Partnership Service", "Dec 2008", "Coordinator and three parent representatives",
     "Parents want SENCOs who run reviews well and keep them informed"],
    ["Former participants, Certificate in SEN Coordination", "2005-07",
     "22 end-of-course evaluations", "More on data; less lecture time"],
], widths=[6, 2.5, 6, 11.5])
para("The Partnership has listened carefully to all of these voices, and the programme "
     "reflects them throughout.")
para("The Steering Group (two headteachers, the Halsworth SEN officer, the Parent "
     "Partnership coordinator, a parent representative, Dr Pask for Kelsey and two "
     "participant representatives) meets each term to review session evaluations and the "
     "annual report and agrees changes to the programme. Headteachers and the Halsworth "
     "SEN officer sit on the Task 3 presentation panel; the Parent Partnership Service and "
     "the Autism Outreach Team teach sessions; headteachers nominate the workplace mentors.")

heading("Criterion 5: quality assurance")
para("Quality assurance runs on a single calendar, below, shared by the Partnership and "
     "Kelsey University. Each row names the evidence collected and what it is used for; "
     "the termly Steering Group and the annual report to Kelsey are where the evidence "
     "turns into changes to the following year's programme.")
heading("Table 5: Quality assurance calendar", size=11)
table(["When", "Activity", "Who", "Evidence", "Used for"], [
    ["Every session", "Session evaluation form", "Participants", "Ratings and comments",
     "Tutor adjusts the next session; termly summary to the Steering Group"],
    ["Sessions 5 and 10", "ILP review tutorial", "Tutor and participant", "ILP notes",
     "Progress check; extra support where needed"],
    ["Entry and Session 14", "Self-rating against the codes (competence and confidence)",
     "Participants", "Entry and exit ratings compared", "Annual impact report"],
    ["Task 2", "Baseline and post-intervention pupil measures (attainment and one "
     "well-being measure)", "Participants", "Anonymised pupil data collated across the cohort",
     "Annual impact report: pupils' progress"],
    ["After each task", "Double marking of every script; Kelsey moderator samples 25% of "
     "each task and all fails", "Tutors; Dr Pask", "Moderation report",
     "Marking standardisation before the next task"],
    ["Each summer", "External examiner (Kelsey framework) reviews a sample and attends "
     "the Assessment Board", "External examiner", "Report", "Action plan"],
    ["Each term", "Steering Group", "See Criterion 4", "Minutes", "Changes to the programme"],
    ["Annually", "Annual programme report to the Kelsey Professional Studies Board",
     "Programme Director", "Report and action plan", "Next year's programme plan"],
], widths=[3.2, 8, 4, 5.3, 5.5])

heading("Criterion 6: completing the programme")
para("Every national minimum outcome is mapped to at least one Partnership code "
     "(Appendix B), so a participant who passes has met them all. To pass, a participant "
     "must pass each of the three graded tasks (40% at Level 6), and their Outcome Record "
     "must show every code listed against those tasks as 'secure'. The Assessment Board, "
     "with the external examiner, confirms the Outcome Record before the Certificate is "
     "awarded.")

heading("Table 6: Assessment rubric")
table(["Task", "Weighting", "Criteria", "Codes assessed"], [
    ["Task 1: Policy into practice (3,000 words)", "30%",
     "Accurate account of the law and the Code as they apply to the school; critical use "
     "of at least eight research or inspection sources; clear, well-structured argument "
     "and writing; recommendations for the school's SEN policy that draw on the evidence",
     "NA-K1, NA-K2*, NA-K6, PA-1"],
    ["Task 2: Pupil intervention study (4,000 words)", "40%",
     "Identification and assessment of the pupil's needs, drawing on other professionals' "
     "reports and on the area of need; SMART targets; intervention planned and reviewed; "
     "baseline and post-intervention measures; critical evaluation of approaches and "
     "resources, including ICT; record of work with parents or carers; justification of "
     "the choices made when the plan did not work as expected",
     "SK-2, SK-3, SK-7, NA-K3, NA-K5, PA-2"],
    ["Task 3: Leading provision (provision map, 20-minute presentation, 1,500-word "
     "commentary)", "30%",
     "Costed provision map for a year group or key stage, identifying gaps and ineffective "
     "provision; review of provision carried out with colleagues and fed into the SEF; "
     "plan for the deployment of TAs; strategic priorities for inclusion agreed with the "
     "head or senior team and a governor; timetable for identifying pupils who need access "
     "arrangements for 2010-11 national tests and examinations, and for putting them in place",
     "SK-1, SK-5, SK-8(a), SK-9, NA-K7"],
    ["Professional Learning Journal", "0% (formative; discussed at tutorials, not graded)",
     "Reflection on the session follow-up tasks", "PA-3, SK-6, NA-K4"],
], widths=[5.5, 3, 13, 4.5])
p = para("* NA-K2: for the 2009-10 cohort the disability equality element is not assessed "
         "in Task 1; it will be added once the revised accessibility planning guidance is "
         "published.", italic=True)

heading("Appendix B: key to Partnership outcome codes")
table(["Code", "Partnership descriptor", "National minimum outcome(s), TDA Annex 3"], [
    ["NA-K1", "The statutory framework for SEN",
     "Knowledge: laws and guidance on SEN, including the SEN Code of Practice, what they "
     "mean for the school and how to put them into practice"],
    ["NA-K2", "Disability equality", "Knowledge: laws on disability equality and the action they require"],
    ["NA-K3", "Areas of need", "Knowledge: the most common types of SEN and disabilities and how they affect learning"],
    ["NA-K4", "Every Child Matters", "Knowledge: the principles and outcomes of ECM and how the SENCO helps pupils achieve them"],
    ["NA-K5", "Teaching, learning and ICT for inclusion",
     "Knowledge: critical understanding of approaches, strategies and resources for "
     "assessment, planning, teaching and learning, including ICT"],
    ["NA-K6", "Research and evidence",
     "Knowledge: best practice and the outcomes of research. Attributes: draw on research "
     "and external advice to improve own and colleagues' practice"],
    ["NA-K7", "Self-evaluation", "Knowledge: principles of school self-evaluation and improvement"],
    ["SK-1", "Strategic leadership for inclusion",
     "Skills: with senior colleagues and governors, shape an inclusive ethos, policies, "
     "priorities and use of resources. Attributes: gain the commitment of colleagues, "
     "including the head"],
    ["SK-2", "Identification and intervention", "Skills: identify pupils, set targets, plan interventions, review progress"],
    ["SK-3", "Using assessment information",
     "Skills: use assessments from other professionals; use summative assessments, "
     "including national tests, to track progress"],
    ["SK-4", "Assessment for learning", "Skills: encourage other teachers to develop formative assessment"],
    ["SK-5", "Provision mapping", "Skills: provision mapping and management; identify ineffective or missing provision"],
    ["SK-6", "Pupil participation", "Skills: involve pupils in planning, agreeing and reviewing their provision"],
    ["SK-7", "Parents and carers",
     "Skills: liaise with parents and carers. Attributes: fair, respectful relationships "
     "with pupils and their parents"],
    ["SK-8", "Leading staff: (a) deployment; (b) development",
     "(a) Skills: deploy and manage staff. (b) Skills: support colleagues' professional "
     "development through observation, modelling, coaching and training"],
    ["SK-9", "Evaluating provision", "Skills: review and evaluate provision with staff to inform self-evaluation"],
    ["SK-10", "Multi-agency partnership",
     "Knowledge: scope and role of external agencies. Skills: work in partnership with "
     "other services, including voluntary organisations"],
    ["PA-1", "Communication", "Attributes: express themselves clearly in speech and writing; listen to others"],
    ["PA-2", "Professional judgement", "Attributes: anticipate and resolve problems; make well-founded decisions"],
    ["PA-3", "Professional learning", "Attributes: keep up to date; take responsibility for own CPD"],
], widths=[2.2, 7, 16.8])
para("PA-2 is assessed through Task 2; it is not the focus of a particular session.",
     italic=True)

doc.save(OUT)
print("wrote", OUT)
