"""fa-01-hartmoor-statement-of-purpose: build script.

Provider (invented)
-------------------
Hartmoor Care and Education Limited, a private children's services company that
owns and runs five independent residential special schools for pupils aged 8-18
with behavioural, emotional and social difficulties (four of them dual-registered
as children's homes). In 2006 it set up the Hartmoor Academy of Practice to train
its own staff; from 2009 the Academy offers a Postgraduate Certificate in Leading
SEN Provision (60 credits, Level 7), validated by the (invented) University of
Caldermouth, for which it seeks approval as the National Award for SEN
Coordination. January 2009.

Kind of document and layout
---------------------------
The Academy's *Statement of Purpose*, written to the same headings the company
uses for its schools' statements under Standard 1 of the National Minimum
Standards for Residential Special Schools (aims and philosophy, the service,
admission, premises, staffing, care and support, consultation, equality,
safeguarding, complaints, monitoring and review), and sent as the application.
A controlled document: a document-control table, a typed contents list, Heading 1
sections with typed numbers, paragraphs numbered by hand (bold "4.6" then a tab),
a units table, a small "What you told us / What we did" table, Appendix A
(staff schedule) and Appendix B (outcomes schedule: merged group rows, columns
"Where developed" and "How assessed"). Third-person voice ("the Academy",
"Hartmoor"), first person plural in places. Header and footer on every page.
Board review left in as real tracked changes (w:ins / w:del, one a whole deleted
table row) and three Word comments. Some paragraph numbers collide with
requirement ids (e.g. "5.3 Library and learning resources", "3.3 The units",
"2.5" a values paragraph) -- incidental, as in any numbered statement.

Traps (requirement ids affected)
--------------------------------
* Distant negation (2.3): 4.7 discusses very experienced applicants who ask to
  be assessed straight away; only at the end of 4.8 does the text say that there
  is no "route to the award by assessment alone, which the Academy does not
  offer".
* Tracked insertion carries the only APEL arrangement (2.1 met): in 4.6 the
  Board inserted the sentence on credit for experience; without it only
  certificated learning is credited.
* Tracked deletion (3.2, still met): a February intake was deleted from 3.5;
  the standard and extended routes, units in any order and catch-up sessions
  remain.
* Deleted table row (6.S2c not met): the Appendix B row on encouraging
  colleagues' formative assessment is a deleted tracked row.
* Wrong context (1.5, 6.S7): section 8.1 describes how Hartmoor's *pupils* are
  consulted in its schools (house meetings, pupil councils, advocacy); the
  programme itself only lists "pupil participation" as a Unit 2 topic and
  evidences pupil involvement in the unmarked Practice Log.
* Wrong context and past arrangement (5.5): 3.7 "Placements" is about pupils'
  placements commissioned by local authorities; the old certificate's mainstream
  placement week "was not kept". Specialist expertise (Clinical Services team,
  one consultation each) is real, so partial.
* Someone else's checks (5.3): section 10 describes Hartmoor's safer recruitment
  of its own staff at length; for participants from other schools the Academy
  "does not ask for or check disclosure details". Partial.
* Value statements without arrangement (1.7, 3.1): "We believe that parents and
  carers are partners..." and the equality paragraph; 3.1 has accessible
  premises and a general policy only. The footer's promise of reasonable
  adjustments at every stage is a footer (never evidence).
* E-learning as a store, not a teaching space (3.3 partial): Academy Online
  holds materials and an unmoderated forum; "tutors do not teach or answer
  questions through it"; support between Blocks comes from Practice Educators
  and up to two telephone tutorials.
* Needs assessment without a plan (2.2 partial): the Starting Point Self-Review
  is used for grouping and optional sessions; "We do not write a separate
  training plan for each participant".
* Comments are not the submission (5.7, 5.8, 6.S2d): a comment asks for the
  Practice Educator handbook and briefing (not written); a comment asks whether
  to mention the University's external examiner -- the body describes only
  internal second marking (5.8 partial); a comment on access arrangements.
* Aspirations (2.5 not met, 5.9 partial, 4.3 partial): "In time we would like to
  keep in touch with former participants..."; pupil-impact evidence in Task 2
  is not drawn together ("we hope"); stakeholders in evaluation only intended
  "from 2010" (guest speakers are real, so 4.3 partial).
* Blanket claim (1.9, 6.0 partial): "The programme addresses the full set of
  national minimum outcomes for SENCOs" against an Appendix B with outcomes
  evidenced only in the unmarked Practice Log (6.A3, 6.S2b, 6.S7, 6.S8 partial),
  a row covering only BESD types of need (6.K5 partial), no row on keeping up to
  date (6.A7 not met), access arrangements "Not in the 2009-10 programme"
  (6.S2d not met) and the deleted formative-assessment row (6.S2c not met).
  The award rule requires every outcome "listed in Appendix B" (6.0 partial).
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("fa-01-hartmoor-statement-of-purpose.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
doc.styles["Heading 1"].font.size = Pt(14)
doc.styles["Heading 2"].font.size = Pt(12)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)

_rev = [100]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def _tracked(kind, text, author, date):
    """A w:ins or w:del element holding one run."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    return el


BOARD = "Graham Oduya"
BDATE = "2009-01-19T10:30:00Z"


def para(text="", style=None, bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def npara(num, *segments):
    """Hand-numbered paragraph: bold number, a tab, then segments.
    A segment is a str (plain), or ("ins"|"del", text) for a tracked change,
    or ("i", text) for italic."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    r = p.add_run(num + "\t")
    r.bold = True
    runs = []
    for seg in segments:
        if isinstance(seg, str):
            runs.append(p.add_run(seg))
        elif seg[0] == "i":
            rr = p.add_run(seg[1])
            rr.italic = True
            runs.append(rr)
        else:
            p._p.append(_tracked(seg[0], seg[1], BOARD, BDATE))
    return p, runs


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def table(headers, rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def delete_row(row, author, date):
    """Mark a whole table row as a tracked deletion."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p.runs):
                txt = r.text
                rpr = r._r.find(qn("w:rPr"))
                p._p.remove(r._r)
                dl = _tracked("del", txt, author, date)
                if rpr is not None:
                    dl[0].insert(0, rpr)
                p._p.append(dl)


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r4._r.append(f3)


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Hartmoor Care and Education Ltd  |  Statement of Purpose: Hartmoor Academy of Practice  |  CONTROLLED DOCUMENT"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("HCE-ACD-SOP-01  Version 2.1  January 2009  |  Uncontrolled when printed  |  "
                "Hartmoor welcomes applications from disabled people and makes reasonable adjustments "
                "at every stage of recruitment, training and assessment.  |  Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")

# ---------------------------------------------------------------- cover
para("HARTMOOR CARE AND EDUCATION LIMITED", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Statement of Purpose", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para("Hartmoor Academy of Practice", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Postgraduate Certificate in Leading SEN Provision\n(National Award for Special Educational Needs Coordination)",
     size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Submitted to the Training and Development Agency for Schools with our application for approval "
     "to provide nationally accredited training for SENCOs", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
t = table(["Document control", ""], [
    ["Document reference", "HCE-ACD-SOP-01"],
    ["Version", "2.1 (Board review amendments shown as tracked changes)"],
    ["Owner", "Academy Manager, Hartmoor Academy of Practice"],
    ["Approved by", "Board of Directors, 22 January 2009"],
    ["Replaces", "Version 1.3 (Academy Statement of Purpose, September 2007)"],
    ["Next review", "January 2010, or earlier if the service changes"],
    ["Distribution", "Academy staff and tutors; Hartmoor headteachers and heads of care; University of Caldermouth "
                     "(Associate Institutions Office); participants' headteachers; the TDA"],
], widths=[4.5, 12])
t.cell(0, 0).merge(t.cell(0, 1))
set_cell(t.cell(0, 0), "Document control", bold=True)
para()
para("Contents", bold=True)
for line in ["1  About this Statement", "2  Aims, objectives and philosophy", "3  The service the Academy provides",
             "4  Who the Academy is for: admission", "5  Premises and facilities", "6  Staffing",
             "7  Supporting participants", "8  Consultation with children and young people, participants and others",
             "9  Equality and diversity", "10  Safeguarding and the suitability of participants",
             "11  Assessment and the award", "12  Complaints and appeals", "13  Monitoring and review",
             "Appendix A  Staff schedule", "Appendix B  Outcomes schedule"]:
    para(line, space_after=0)

# ---------------------------------------------------------------- 1
h1("1  About this Statement")
npara("1.1", "Hartmoor Care and Education Limited (\u201cHartmoor\u201d) is a private company registered in England "
      "(company number 04418827) which provides care and education for children and young people aged 8 to 18 "
      "whose behavioural, emotional and social difficulties mean that they cannot, for the time being, be educated "
      "in their local schools. We own and run five independent residential special schools: Hartmoor Hall School, "
      "near Ludstone; Fellgate School, Kelby; The Beeches, Wharram Cross; Ravensholme School, near Aldbury; and "
      "Stanway House School, Marchester. Four of the five are also registered as children\u2019s homes. Between them "
      "the schools have 212 places, and our pupils are placed by 41 local authorities.")
npara("1.2", "Each of our schools keeps a Statement of Purpose under Standard 1 of the National Minimum Standards "
      "for Residential Special Schools, and the dual-registered schools keep one under the Children\u2019s Homes "
      "Regulations 2001 as well. When the Board set up the Hartmoor Academy of Practice in 2006 to bring our staff "
      "training under one roof, it decided that the Academy should have a Statement of Purpose of its own, written "
      "to the same headings, reviewed every year and approved by the Board. This is the Academy\u2019s Statement "
      "for 2009. It has been rewritten to describe the Postgraduate Certificate in Leading SEN Provision, which we "
      "are asking the TDA to approve as a programme leading to the National Award for Special Educational Needs "
      "Coordination, and we send it to the TDA as our application.")
npara("1.3", "The Statement is written for three sets of readers: Academy staff and participants, who need to know "
      "what the Academy undertakes to do; the headteachers of the schools from which participants come; and the "
      "TDA\u2019s approval panel. Some paragraphs describe arrangements in Hartmoor\u2019s own schools rather than in "
      "the Academy; where they do, we say so.")
npara("1.4", "Responsible individual: Jonathan Carrow, Managing Director. Director of Education: Graham Oduya. "
      "Academy Manager: Dr Alison Threlkeld. The Academy\u2019s address is The Coach House, Hartmoor Hall, "
      "Ludstone Road, Ludstone LD7 4QP (telephone 01592 774 300).")

# ---------------------------------------------------------------- 2
h1("2  Aims, objectives and philosophy")
npara("2.1", "Hartmoor\u2019s company charter describes the purpose of our schools as \u201cto give children whose lives "
      "have been disrupted a settled place in which to learn, and adults who will not give up on them\u201d. The "
      "Academy exists to make sure that those adults know what they are doing and keep getting better at it.")
npara("2.2", "The aim of the Postgraduate Certificate is that every teacher who completes it leads provision for "
      "pupils with special educational needs and disabilities in his or her school in a way that measurably improves "
      "how those pupils do: in their learning and attainment, and in being healthy, staying safe, enjoying and "
      "achieving, making a positive contribution and achieving economic well-being. We have put the five Every "
      "Child Matters outcomes into the aim on purpose. For many of the pupils we teach, attendance, safety and a "
      "placement that holds have to come before any gain in test levels, and a SENCO who watches only attainment "
      "data will miss most of what matters to them.")
npara("2.3", "The programme has five objectives. By the end of it, participants will be able to: (a) explain the "
      "law, statutory guidance and national policy on SEN and disability and apply them in their own school; "
      "(b) explain how behaviour, development and learning affect one another, including for children who have "
      "experienced trauma, neglect or disrupted care; (c) use assessment evidence from teachers, other professionals "
      "and the pupils themselves to identify needs, set targets and plan and review interventions; (d) lead, deploy "
      "and develop colleagues so that provision improves; and (e) show, through an enquiry carried out in their own "
      "school, that changes they have led have made a difference to a group of pupils.")
npara("2.4", "Every assessed task asks for evidence about pupils. Task 1 asks the participant to review how well the "
      "school\u2019s provision serves its pupils with SEN and disabilities, using attendance, exclusion, attainment "
      "and well-being information. Task 2 requires baseline and follow-up measures for the pupils whose provision "
      "the participant has changed. Task 3 asks the participant to talk through the effect of his or her leadership "
      "on pupils, with evidence.")
npara("2.5", "Our philosophy rests on a few beliefs which apply in the Academy as they do in our schools. We believe "
      "that behaviour is communication and that every child can learn when the conditions are right. We believe "
      "that parents and carers are partners in everything we do, however far from home their child is placed. We "
      "believe that good practice is learned alongside other practitioners, not only from books, and that the best "
      "test of any training is what it changes for children.")

# ---------------------------------------------------------------- 3
h1("3  The service the Academy provides")
npara("3.1", "The Academy provides all of Hartmoor\u2019s staff training: induction, Team Teach positive handling, "
      "safeguarding, the NVQ Level 3 in Caring for Children and Young People for our residential staff, and our "
      "in-house Middle Leaders Programme. Since 2008 it has also trained teachers from other schools. The "
      "Postgraduate Certificate in Leading SEN Provision is its only award-bearing programme.")
npara("3.2", "The Postgraduate Certificate is validated by the University of Caldermouth, School of Education and "
      "Lifelong Learning, under the University\u2019s associate institution arrangements. The validation event was "
      "held on 6 November 2008 and the programme was approved for five years from September 2009, subject to TDA "
      "approval. It is a Postgraduate Certificate of 60 credits at Level 7 (Masters) of the Framework for Higher "
      "Education Qualifications, made up of three units of 20 credits. Participants are registered as students of "
      "the University, which confers the award, and the 60 credits may be carried into the University\u2019s MA in "
      "Inclusive Education.")
npara("3.3", "The three units are set out below. Each is led by a named unit tutor (see Appendix A).")
table(["Unit", "Credits", "Main content", "Assessed by"], [
    ["Unit 1: The SENCO, the Law and the Wider System", "20",
     "The SEN Code of Practice (2001) and statutory assessment; the Special Educational Needs and Disability Act 2001; "
     "the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and accessibility "
     "planning; the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; Every Child "
     "Matters and the Children Act 2004; Removing Barriers to Achievement (2004); the Common Assessment Framework and "
     "working with CAMHS, social care, youth offending teams and voluntary organisations; school SEN policy.",
     "Task 1: Provision Review (3,500 words)"],
    ["Unit 2: Behaviour, Development and Learning", "20",
     "How children develop, attachment, and the effects of trauma, neglect and disrupted care; behavioural, "
     "emotional and social difficulties and ADHD; assessment (standardised tests, observation, the Boxall Profile, "
     "the Strengths and Difficulties Questionnaire); using the assessments of psychologists, therapists and other "
     "professionals; setting targets, planning and reviewing interventions; pupil participation; working with "
     "families at a distance; Learning Behaviour (the Steer report, 2005), SEAL and the Inclusion Development "
     "Programme (2008).",
     "Task 2: Practice Enquiry (5,000 words)"],
    ["Unit 3: Leading Provision and People", "20",
     "Leading SEN provision as part of the school\u2019s leadership; working with the headteacher, senior leaders and "
     "governors; provision mapping and costing; deploying and managing teaching assistants, learning mentors and "
     "residential staff; observation, feedback, coaching and mentoring; school self-evaluation and improvement "
     "planning; managing time and workload.",
     "Task 3: Professional Conversation (45 minutes, with a portfolio)"],
], widths=[4.0, 1.4, 8.6, 3.2])
para()
npara("3.4", "On the standard route participants attend four two-day Blocks at The Coach House, on a Thursday and "
      "Friday in late September, November, February and May. Overnight accommodation and meals are provided on Block "
      "days for those who want them. Between Blocks participants study the directed reading and tasks on Academy "
      "Online, meet their Practice Educator (section 6) and carry out practice activities in their own school. The "
      "programme is planned as 600 hours of study: 64 hours at Blocks, about 40 hours of practice activity in school, "
      "and the rest directed and independent study, including work on the three tasks.")
npara("3.5", "There are two routes. The standard route runs from September to July. The extended route lets a "
      "participant take the units over two years, one or two units in each year, in any order, attending the Blocks "
      "that belong to those units; it suits teachers who have only just taken up the SENCO role or whose schools "
      "cannot release them four times in one year. ",
      ("del", "Participants on either route may also join in February, starting with Unit 2. "),
      "A participant who misses a Block day for a good reason catches up through the recording and materials on "
      "Academy Online and a telephone tutorial with the unit tutor.")
npara("3.6", "Academy Online is the programme\u2019s site on the University\u2019s Moodle system. It holds the session "
      "materials and directed reading for every Block, links to the University\u2019s electronic library, recordings "
      "of the keynote session at each Block, a discussion forum for each Block group and the drop box through which "
      "tasks are submitted. It is a store of materials rather than a teaching space: tutors do not teach or answer "
      "questions through it, and the forum is for participants\u2019 own use. Between Blocks participants are supported "
      "by their Practice Educator and may book up to two telephone tutorials with their unit tutor in each unit.")
npara("3.7", "Placements. Hartmoor\u2019s schools take pupils on placements commissioned by local authorities under "
      "individual placement agreements, and most of Hartmoor\u2019s own staff have worked with pupils whose previous "
      "placements have broken down. The Academy does not arrange placements in other schools for participants. Until "
      "2007 the Academy\u2019s in-house Certificate in SEN Practice included a week\u2019s placement in a mainstream "
      "school in Ludshire; that certificate has now been replaced by the Postgraduate Certificate and the placement "
      "week was not kept, because participants carry out their practice activity in their own schools.")
npara("3.8", "Participants do have access to Hartmoor\u2019s Clinical Services team of two clinical psychologists, an "
      "educational psychologist, two speech and language therapists, an occupational therapist and a family "
      "therapist. Members of the team teach at Block B, and every participant may book one hour\u2019s consultation "
      "with a clinician to talk through a pupil or a group of pupils for Task 2.")
npara("3.9", "The fee for the 2009-10 cohort is \u00a32,150 per participant for the whole programme, including "
      "accommodation and meals on Block days. Hartmoor meets the fee for its own teachers; for other schools it is "
      "invoiced in three termly instalments. Holding the Blocks in our own conference centre, and using Hartmoor "
      "clinicians rather than bought-in speakers, keeps the fee below that of comparable university courses in the "
      "region. Within the common programme, each participant chooses the focus of every task from the priorities of "
      "his or her own school, chooses two of the four optional sessions offered at Blocks B and C, and agrees with "
      "the Practice Educator which practice activities to carry out each term.")

# ---------------------------------------------------------------- 4
h1("4  Who the Academy is for: admission")
npara("4.1", "The Postgraduate Certificate is for qualified teachers who are, or are about to become, the SENCO or a "
      "member of a SENCO team in a mainstream school, a special school, a pupil referral unit or one of "
      "Hartmoor\u2019s schools. Applicants must hold Qualified Teacher Status, have completed their induction year "
      "and be nominated by their headteacher.")
npara("4.2", "Applicants send an application form, a nomination statement from the headteacher confirming the "
      "applicant\u2019s role and the school\u2019s agreement to release him or her for the Blocks, and a Starting "
      "Point Self-Review. In the Self-Review the applicant rates himself or herself against each of the programme "
      "outcomes on a four-point scale, with an example of evidence for each rating.")
npara("4.3", "The Academy Manager and one unit tutor read every application. Each applicant then has a 20-minute "
      "interview, in person or by telephone, about their current role, the support of their headteacher and their "
      "readiness to study at Masters level. We offer a place where the applicant holds QTS, holds or will shortly "
      "take up a SENCO role, has the head\u2019s support including release for the Blocks, and can show that they "
      "can write at the level required: usually through a previous degree or postgraduate study, and otherwise "
      "through a 500-word piece on a pupil they have taught, which the tutor reads before the interview.")
npara("4.4", "Where an applicant does not yet meet these requirements, the Academy Manager writes to him or her "
      "setting out what needs to happen first (for example a year in a SEN role, or our one-day Preparing for "
      "Postgraduate Study course) and, with the applicant\u2019s agreement, talks to the headteacher about how the "
      "school can help. Applicants may apply again for the next intake.")
npara("4.5", "The Starting Point Self-Review is discussed at Block A in a tutorial with the unit tutor. It helps us "
      "to put participants into tutorial groups and to advise each participant which optional sessions to take. "
      "We do not write a separate training plan for each participant; the Practice Log serves that purpose for "
      "those who want it. Participants repeat the Self-Review at the end of the programme.")
npara("4.6", "A participant who has already completed study in SEN at Masters level elsewhere may apply through "
      "the University\u2019s procedure for the accreditation of prior certificated learning to be exempted from Unit 1 "
      "or Unit 2, up to a maximum of 20 credits. ",
      ("ins", "The same procedure also recognises experience gained in a SENCO or similar role: the applicant "
              "submits a claim mapped to the unit\u2019s learning outcomes, with evidence from his or her work, "
              "which the unit tutor assesses and the University\u2019s Accreditation of Prior Learning Panel "
              "approves. "),
      "Claims are made before the programme starts and decided before Block A.")
npara("4.7", "Each year we hear from a few teachers who have led provision for pupils with SEN for many years, "
      "sometimes as acting SENCOs or in local authority support services, and who ask whether they can simply be "
      "assessed. We take their experience seriously. Their Starting Point Self-Review usually shows it, they are "
      "often the most useful members of a tutorial group, and they may be able to claim credit under 4.6.")
npara("4.8", "Whatever an applicant\u2019s experience, every participant attends at least the Unit 3 Blocks and "
      "completes the Practice Enquiry and the Professional Conversation, because both are about the participant\u2019s "
      "own school as it is now. None of this amounts to a route to the award by assessment alone, which the Academy "
      "does not offer.")
npara("4.9", "Hartmoor teachers apply in the same way and are selected against the same requirements. No internal "
      "applicant is interviewed by his or her own line manager.")

# ---------------------------------------------------------------- 5
h1("5  Premises and facilities")
npara("5.1", "The Academy occupies The Coach House, a converted stable block in the grounds of Hartmoor Hall which "
      "opened in 2005. It has two seminar rooms (for 30 and 16), a library and quiet study room, an ICT suite with "
      "twelve networked computers and fourteen en-suite bedrooms for participants staying over on Block days. The "
      "ground floor, including one bedroom, is fully accessible, the first floor is reached by a lift, and the main "
      "seminar room has an induction loop.")
npara("5.2", "The Coach House has its own entrance and car park. Pupils of Hartmoor Hall School do not use it during "
      "Blocks, and participants are not on the school site unless a visit has been arranged.")
npara("5.3", "Library and learning resources. The Academy library holds about 1,800 books and reports on SEN, "
      "behaviour, child development and school leadership and takes 30 journals. Because participants are "
      "registered students of the University of Caldermouth, they have full use of the University library and its "
      "electronic journals through an Athens login, issued at Block A. The Academy keeps a loan collection of "
      "assessment materials (including the British Picture Vocabulary Scale, the Wide Range Achievement Test, the "
      "Boxall Profile and a reading and spelling battery) and of assistive technology (Clicker 5, Dragon "
      "NaturallySpeaking, Read and Write and a set of portable word processors), which participants use at Blocks "
      "and may borrow for their enquiries.")

# ---------------------------------------------------------------- 6
h1("6  Staffing")
npara("6.1", "The Academy Manager, Dr Alison Threlkeld, leads the programme and is the unit tutor for Unit 3. She "
      "was a secondary SENCO for nine years and a local authority adviser for SEN and inclusion for six, and her "
      "doctorate was on the exclusion of pupils with behavioural difficulties. Appendix A lists all the staff who "
      "teach on the programme.")
npara("6.2", "Every tutor holds QTS or a relevant professional qualification and has at least five years\u2019 "
      "experience of work with pupils with SEN. Each tutor has five days a year for his or her own professional "
      "development, attends the University\u2019s education research seminar series, and spends at least two days a "
      "year alongside a SENCO in a mainstream school, so that what we teach stays close to schools other than ours.")
npara("6.3", "Tutors are appointed as associate lecturers of the University once the University has approved their "
      "qualifications and experience. Before teaching on the programme each tutor attends the University\u2019s "
      "associate lecturer induction day, and every tutor attends its annual assessment workshop on marking at Level 7. "
      "Each unit has a unit guide for tutors setting out sessions, directed tasks and marking criteria.")
p, runs = npara("6.4", "Each participant has a Practice Educator. For Hartmoor teachers this is a deputy headteacher "
                "from another Hartmoor school; for participants from other schools it is a senior colleague nominated "
                "by their headteacher. The Practice Educator meets the participant once a term, observes one meeting "
                "or session that the participant leads, and signs the Practice Log.")
doc.add_comment(runs[0], text="Practice Educator handbook and briefing day \u2013 add here? Not written yet; could say "
                "\u2018will be\u2019 but I would rather not promise dates. AT", author="Alison Threlkeld", initials="AT")
npara("6.5", "Tutor groups have no more than twelve participants. Our Clinical Services team (3.8) contributes to "
      "Block B, and the Local Authority Principal Officer for SEN in Ludshire and two parents from the Hartmoor "
      "Families Group contribute to Blocks A and B (8.4).")

# ---------------------------------------------------------------- 7
h1("7  Supporting participants")
npara("7.1", "Each participant has a named unit tutor for each unit, who gives a 30-minute one-to-one tutorial at each "
      "Block and written comments on a one-page plan for each task before the participant starts writing.")
npara("7.2", "Hartmoor gives its own teachers five days\u2019 study leave for the programme. We ask other schools to "
      "do the same and say so in the letter confirming a place.")
npara("7.3", "A participant who falls behind may ask the unit tutor for an extension of up to four weeks, or may "
      "transfer to the extended route, without penalty.")
npara("7.4", "On Block days participants staying overnight have meals together at The Coach House, a quiet study "
      "room is open until 10 pm and a named member of Academy staff is on call.")

# ---------------------------------------------------------------- 8
h1("8  Consultation with children and young people, participants and others")
npara("8.1", "In our schools pupils are consulted every week through house meetings and through each school\u2019s "
      "Pupil Council, which the headteacher meets every half term. An independent advocacy service provided by the "
      "charity Speak Up Ludshire visits every school fortnightly, and every pupil contributes to his or her placement "
      "reviews and to the annual review of his or her statement, with an advocate if he or she wishes. Pupils\u2019 "
      "views are reported each term to the Board.")
npara("8.2", "The Academy consults its participants. Each Block group elects a representative who attends the "
      "termly Programme Meeting with the Academy Manager and the unit tutors. Participants complete an evaluation "
      "form at the end of every Block, and the results and the Academy\u2019s response are posted on Academy Online "
      "within a month.")
npara("8.3", "Before designing the Postgraduate Certificate, in 2007-08, we asked schools and others what a SENCO "
      "programme should do. We sent a questionnaire to the SENCOs of 38 schools in Ludshire, Kelbury and "
      "Marchester (29 replied), held two meetings with Hartmoor\u2019s headteachers, met SEN officers of Ludshire "
      "County Council and Kelbury Borough Council, and held an evening with the Hartmoor Families Group of parents "
      "and carers. The main messages, and what we did about them, are below.")
table(["What you told us", "What we did"], [
    ["SENCOs in mainstream schools said the hardest part of the role was pupils whose behaviour puts their "
     "placement at risk, and that most courses say little about it.",
     "Unit 2 puts behavioural, emotional and social difficulties at the centre, taught by staff who work with "
     "these pupils every day."],
    ["SENCOs said they were expected to use attainment data and provision maps but had never been shown how.",
     "Unit 3 has a full day on provision mapping, and Task 1 requires a provision map of the participant\u2019s school."],
    ["Headteachers said they could not release staff in May of Year 6 or during Year 11 examinations.",
     "Block D avoids the national test week and is held in the last week of May."],
    ["The local authorities asked for more on how special and mainstream schools can work together when a pupil "
     "moves between them.",
     "Unit 1 includes a session on reintegration and dual placements, led with the Ludshire Principal Officer."],
    ["Parents said that schools often talk to them only when something has gone wrong, especially when their child "
     "is a long way from home.",
     "Block B includes a session led by two parents from the Families Group (8.4)."],
], widths=[8.5, 8.5])
para()
npara("8.4", "Stakeholders take part in the programme as it runs. The Principal Officer for SEN in Ludshire leads the "
      "Block A session on statutory assessment and the reintegration session in Unit 1, and two parents from the "
      "Hartmoor Families Group lead a Block B session, What it is like to be a parent at a distance. We intend to "
      "invite the two local authorities and a parent representative to join the Academy Board\u2019s annual review "
      "of the programme from 2010.")

# ---------------------------------------------------------------- 9
h1("9  Equality and diversity")
npara("9.1", "Hartmoor is committed to equality of opportunity and to valuing the diversity of the children, "
      "families and staff we work with. No applicant or participant will be treated less favourably on grounds of "
      "race, colour, nationality, ethnic origin, gender, marital status, disability, religion or belief, sexual "
      "orientation or age.")
npara("9.2", "The Academy follows the Hartmoor Equal Opportunities Policy (HR-07), which applies to all staff and to "
      "everyone training with us. The premises are accessible (5.1), and any participant who needs an adjustment is "
      "welcome to raise it with the Academy Manager.")
npara("9.3", "Applicants complete an equal opportunities monitoring form, which is kept separately from the "
      "application. The Academy Manager reports the figures to the Board each year.")

# ---------------------------------------------------------------- 10
h1("10  Safeguarding and the suitability of participants")
npara("10.1", "Hartmoor recruits all of its staff in line with Safeguarding Children and Safer Recruitment in "
      "Education (DfES, 2006). Before anyone starts work with us we obtain an enhanced Criminal Records Bureau "
      "disclosure, check List 99 and the Protection of Children Act list, take up two references including one from "
      "the current or most recent employer, and check identity, qualifications and the right to work in the UK. Every "
      "interview panel includes at least one member who has completed safer recruitment training. Disclosures are "
      "renewed every three years, and each school keeps a single central record which is checked by the Director of "
      "Education each term and by Ofsted at inspection.")
npara("10.2", "Participants who are Hartmoor teachers have been through these checks as employees, and the Academy "
      "confirms the entry on the school\u2019s single central record before confirming their place.")
npara("10.3", "Participants from other schools are employed by their own schools or local authorities, which are "
      "responsible for checking them. The Academy does not ask for or check disclosure details for these "
      "participants; we take the headteacher\u2019s nomination as sufficient.")
npara("10.4", "Participants do not have unsupervised contact with Hartmoor pupils at any time. Any visit to a "
      "classroom or house at one of our schools is arranged in advance and accompanied by a member of the "
      "school\u2019s staff.")
npara("10.5", "Every member of Academy staff has completed safeguarding training at the level required for their "
      "role. Any concern about a child raised during the programme is reported to the Designated Senior Person at "
      "Hartmoor Hall School, who follows the Ludshire Safeguarding Children Board procedures and informs the "
      "participant\u2019s own school where that is appropriate.")

# ---------------------------------------------------------------- 11
h1("11  Assessment and the award")
npara("11.1", "Task 1, the Provision Review (3,500 words, Unit 1), asks the participant to review the school\u2019s "
      "SEN policy and provision against the law and the Code of Practice, with a provision map of the school and an "
      "analysis of how well the provision serves its pupils, and to recommend changes to the senior leadership team "
      "and governors.")
npara("11.2", "Task 2, the Practice Enquiry (5,000 words, Unit 2), asks the participant to identify a group of pupils "
      "whose needs are not being met, to review the literature and the assessments already made by other "
      "professionals, to plan and lead an intervention with colleagues, and to report baseline and follow-up measures "
      "of the pupils\u2019 progress and well-being. The headteacher signs the enquiry plan and writes a short "
      "statement on the enquiry\u2019s effect on the school, which the participant includes. The Practice Enquiry "
      "must show changes to practice that the participant has led, not only recommendations.")
npara("11.3", "Task 3, the Professional Conversation (Unit 3), is a 45-minute recorded discussion with two tutors, "
      "based on a portfolio of the participant\u2019s work as SENCO during the year: how he or she has led and "
      "developed colleagues, deployed staff, worked with pupils and their families, handled a difficult decision, "
      "and what difference this has made.")
npara("11.4", "Participants also keep a Practice Log of their practice activities, which the Practice Educator "
      "reads and signs each term. The Log is not marked. It is there to help participants reflect and to plan their "
      "practice activity for the following term.")
p, runs = npara("11.5", "Each task is marked by the unit tutor against the University\u2019s Level 7 assessment "
                "criteria. ",
                ("ins", "Every Practice Enquiry is second-marked by another Academy tutor, and any difference of more "
                        "than five marks is resolved by the Academy Manager. "),
                "Marks are agreed at the Academy\u2019s Assessment Meeting in July.")
doc.add_comment(runs[-1], text="Graham \u2013 should we say the University appoints an external examiner and that "
                "marks go to its Board of Examiners? I am not sure what the validation agreement commits us to. AT",
                author="Alison Threlkeld", initials="AT")
npara("11.6", "The programme addresses the full set of national minimum outcomes for SENCOs. Appendix B shows where "
      "each is developed and how it is assessed.")
npara("11.7", "A participant is awarded the Postgraduate Certificate, and with it the National Award for SEN "
      "Coordination, when he or she has passed all three tasks at 40 per cent or above and the Assessment Meeting "
      "has confirmed from the participant\u2019s work that every outcome listed in Appendix B has been evidenced. "
      "There is no compensation between tasks. A participant may resubmit a failed task once; the mark for a "
      "resubmitted task is capped at 40 per cent.")

# ---------------------------------------------------------------- 12
h1("12  Complaints and appeals")
npara("12.1", "A participant who is unhappy with any part of the programme should first raise it with the unit tutor "
      "or the Academy Manager. If it is not resolved within ten working days, he or she may make a formal complaint "
      "in writing to the Director of Education, who will reply within twenty working days. Complaints and their "
      "outcomes are reported to the Board.")
npara("12.2", "Appeals against marks or against a decision of the Assessment Meeting are made under the "
      "University\u2019s academic appeals procedure, which is explained in the participant handbook.")

# ---------------------------------------------------------------- 13
h1("13  Monitoring and review")
npara("13.1", "In our schools, the proprietor\u2019s monitoring of records and of the quality of care under "
      "Standard 33 of the National Minimum Standards is carried out by the Director of Education, who visits each "
      "school every month. He visits the Academy each term in the same way, looks at participants\u2019 evaluations, "
      "attendance and marks, and reports to the Board.")
npara("13.2", "Each autumn the Academy writes the University\u2019s Annual Programme Monitoring report, drawing on "
      "the Block evaluations, the minutes of the Programme Meetings, marks and completion rates, and the comments of "
      "headteachers. The report goes to the University\u2019s Associate Institutions Committee, whose comments and "
      "required actions are added to the Academy Development Plan for the following year, and the Board reviews "
      "the Plan each January.")
npara("13.3", "We judge the programme\u2019s effect on participants\u2019 competence and confidence by comparing each "
      "participant\u2019s Starting Point Self-Review with the Self-Review repeated at the end of the programme, by "
      "marks and completion rates, and by the headteacher\u2019s statement in the Practice Enquiry.")
npara("13.4", "Every Practice Enquiry reports baseline and follow-up measures for a group of pupils, and the tutors "
      "read these when they mark it. We have not yet found a way to bring this evidence together across a cohort; "
      "we hope to do so once the first cohort has finished, and perhaps in time to follow pupils\u2019 progress in "
      "participants\u2019 schools for a year after the programme.")
npara("13.5", "In time we would like to keep in touch with former participants and to help them plan what comes "
      "next in their professional development. For now, the Academy\u2019s work with a participant ends when the "
      "award is confirmed.")
npara("13.6", "This Statement is reviewed every January by the Academy Manager and approved by the Board. Any "
      "change to the service between reviews is notified to participants, their headteachers and the University.")

# ---------------------------------------------------------------- Appendix A
doc.add_page_break()
h1("Appendix A  Staff schedule")
table(["Name", "Role on the programme", "Qualifications and experience", "Time"], [
    ["Dr Alison Threlkeld", "Academy Manager; unit tutor, Unit 3",
     "BEd, MA (SEN), PhD; QTS. Secondary SENCO 1990-99; LA adviser, SEN and inclusion, 1999-2005; Academy Manager "
     "since 2006.", "Full time"],
    ["Mark Steadman", "Unit tutor, Unit 1",
     "BA, PGCE, NPQH. Headteacher of Fellgate School 2001-08; previously deputy head of a secondary school with a "
     "resourced base for pupils with autism.", "0.6"],
    ["Dr Priya Lalvani", "Unit tutor, Unit 2; Head of Clinical Services",
     "BSc, DEdPsy; chartered educational psychologist. LA educational psychologist for eight years; "
     "Hartmoor Head of Clinical Services since 2004.", "0.4 on the programme"],
    ["Siân Pryce", "Tutor, Unit 2 (communication and language sessions)",
     "BSc Speech and Language Therapy; registered with the Health Professions Council. Twelve years in schools, "
     "including a language unit.", "0.2"],
    ["Deborah Kaye", "University link tutor; second tutor in Task 3",
     "Senior Lecturer in Inclusive Education, University of Caldermouth; MA; QTS; former primary SENCO.",
     "As agreed with the University"],
    ["Practice Educators", "One for each participant (6.4)",
     "Deputy headteachers of Hartmoor schools, or senior colleagues nominated by participants\u2019 headteachers.",
     "Three visits a year"],
], widths=[3.2, 3.8, 7.6, 2.6])

# ---------------------------------------------------------------- Appendix B
doc.add_page_break()
h1("Appendix B  Outcomes schedule")
para("The national minimum outcomes are listed in our own brief wording. \u201cWhere developed\u201d gives the unit "
     "and Block; \u201cHow assessed\u201d names the task in which the outcome is assessed.", italic=True)
rowsB = [
    ("G", "Professional attributes"),
    ("Builds fair, respectful, supportive relationships with pupils and with their parents or carers",
     "Unit 2, Block B", "Task 3"),
    ("Gains the commitment of the headteacher, senior leaders and colleagues", "Unit 3, Blocks C and D",
     "Task 2 (head\u2019s statement; impact section)"),
    ("Prioritises, manages time and delegates well", "Unit 3, Block C", "Practice Log (not marked)"),
    ("Anticipates and resolves problems; makes sound judgements about provision", "Unit 2, Block B case studies",
     "Task 3"),
    ("Communicates clearly in speech and writing; listens to others", "All Blocks", "Tasks 1, 2 and 3"),
    ("Uses research and outside advice to improve own and colleagues\u2019 practice", "Units 1 and 2",
     "Task 2 (literature review)"),
    ("G", "Knowledge and understanding"),
    ("SEN law, the Code of Practice and guidance, and how to put them into practice", "Unit 1, Block A", "Task 1"),
    ("Every Child Matters and the SENCO\u2019s part in it", "Unit 1, Block A", "Task 1"),
    ("Disability equality law and the duties it places on schools", "Unit 1, Block A", "Task 1"),
    ("How children develop, and how SEN, disability and environment affect development", "Unit 2, Block B",
     "Task 3"),
    ("Behavioural, emotional and social difficulties, including attachment difficulties and ADHD, and how they "
     "affect learning", "Unit 2, Block B", "Task 2"),
    ("Approaches and resources for assessment, planning, teaching and learning, including ICT",
     "Unit 2, Blocks B and C", "Task 2"),
    ("School self-evaluation and improvement for pupils with SEN", "Unit 3, Block C", "Task 1"),
    ("Best practice and research in meeting SEN", "Unit 2", "Task 2"),
    ("External agencies and how to get specialist support", "Unit 1, Block A; Block B clinical sessions", "Task 1"),
    ("G", "Skills"),
    ("Works with senior leaders and governors on an inclusive ethos, policies, priorities and resources",
     "Unit 3, Block C", "Task 1"),
    ("Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress",
     "Unit 2, Blocks B and C", "Task 2"),
    ("Uses the assessments of other professionals in planning teaching", "Unit 2, Block B", "Task 2"),
    ("Uses summative assessment, including national tests, to track progress and adjust programmes",
     "Unit 2, Block C", "Practice Log (not marked)"),
    ("D", "Encourages colleagues\u2019 formative assessment, including approaches for pupils with SEN",
     "Unit 3, Block C", "Task 3"),
    ("Access arrangements for national tests and examinations", "Not in the 2009-10 programme",
     "Not in the 2009-10 programme"),
    ("Provision mapping; identifying ineffective or missing provision", "Unit 3, Block C", "Task 1"),
    ("Deploys and manages teaching assistants and other staff", "Unit 3, Block C", "Task 3"),
    ("Develops colleagues through observation and feedback, modelling, coaching, mentoring and training",
     "Unit 3, Block D", "Task 3"),
    ("Reviews provision with colleagues to inform the school\u2019s self-evaluation", "Unit 3, Block C", "Task 1"),
    ("Involves pupils in planning, reviewing and evaluating their provision", "Unit 2, Block B",
     "Practice Log (not marked)"),
    ("Works with parents and carers to promote pupils\u2019 learning and development",
     "Unit 2, Block B (Families Group session)", "Practice Log (not marked)"),
    ("Works in partnership with other services and voluntary organisations", "Unit 1, Block A", "Task 1"),
]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for i, h in enumerate(["Outcome", "Where developed", "How assessed"]):
    set_cell(tb.rows[0].cells[i], h, bold=True)
    shade(tb.rows[0].cells[i], "D9E2F3")
access_row = None
for r in rowsB:
    row = tb.add_row()
    if r[0] == "G":
        c = row.cells[0].merge(row.cells[2])
        set_cell(c, r[1], bold=True)
        shade(c, "EDEDED")
        continue
    deleted = r[0] == "D"
    vals = r[1:] if deleted else r
    for i, v in enumerate(vals):
        set_cell(row.cells[i], v)
    if deleted:
        delete_row(row, BOARD, BDATE)
    if vals[0].startswith("Access arrangements"):
        access_row = row
for row in tb.rows:
    for i, w in enumerate([9.0, 4.6, 3.6]):
        row.cells[i].width = Cm(w)
doc.add_comment(access_row.cells[0].paragraphs[0].runs[0],
                text="Fellgate and Stanway House enter pupils for GCSE \u2013 our exams officer could run a session "
                "on access arrangements in Block C? GO", author="Graham Oduya", initials="GO")
para()
para("Signed on behalf of the Board: Jonathan Carrow, Managing Director, 22 January 2009")

doc.save(OUT)
print("wrote", OUT)
