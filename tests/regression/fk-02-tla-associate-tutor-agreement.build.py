"""fk-02-tla-associate-tutor-agreement: a union's standard contract for its freelance tutors.

Provider (invented): the Teachers' and Lecturers' Alliance (TLA), Professional
Development Department, Carrow House, Birmingham, which runs accredited courses
for its members; validating university: Northbray University. Programme: the
Postgraduate Certificate in Special Educational Needs Coordination (National
Award for SEN Coordination), 60 credits at Level 7, Units A, B and C, three
routes (weekend, twilight, blended) and two start dates.

Kind of document: the department's Associate Tutor Agreement 2009-10, the
contract for services that every freelance tutor signs, sent with a covering
letter as the core of the application because its Schedules are the
definitive description of the programme. Legal voice ("the Union shall", "the
Tutor shall"), hand-typed clause numbers in Normal paragraphs, bold typed
clause titles, a parties/placeholder front table ("[Tutor name]"), a
signature table, six Schedules with tables (study days, a QA calendar, the
outcome table, fees). The Legal Officer's tracked changes are left visible
(w:del / w:ins with author and date), and there are two Word comments.

Traps (ids affected):
- Clause 4.3 only tells tutors to keep content up to date with research; no
  research or inspection evidence is named (1.3 partially_met).
- APL/APEL "not offered"; prior study only taken into account in the plan
  (2.1 partially_met).
- The Direct Assessment Route paragraph (Schedule 2, 2.9) is a deleted
  tracked change (2.3 not_met).
- Equality: a general equal-opportunities clause stays; the paragraph on
  disclosure and reasonable adjustments is a deleted tracked change
  (3.1 partially_met).
- Recital (D) names stakeholders' findings, but says only that the programme
  "has been designed to reflect these findings" (4.1 met, 4.2 partially_met).
- Programme Committee is Union and University staff; inviting LA and school
  members is only intended; LA staff contribute as specialist speakers
  (4.3 partially_met).
- Placements: clause 6.4 "Not used for the 2009-10 Programme"; specialist
  contributors listed in Schedule 2 (5.5 partially_met).
- Clause 9 vets the Tutor (enhanced CRB, List 99, references), never the
  participants; a comment asks whether participants' CRB is covered
  (5.3 not_met, wrong context + comment).
- Clause 10.5 impact evaluation is a placeholder "[to be agreed with Northbray
  University before the Programme starts]"; only the aims require each
  assignment to show the effect on pupils (5.9 partially_met).
- An inserted tracked change adds blind second marking of a 20% sample
  (5.8 met: an insertion is part of the submission).
- Award rule: passing Assignments A, B and C; no check that every national
  outcome is shown, while A7 has no row, S2b is only formative, A3 and S6
  "evidenced by attendance" (6.0 partially_met, 1.9 partially_met).
- Outcomes: A7 missing (not_met); A3 and S6 attendance only, S2b formative
  online task only, K9 covered but "-" for assessment, K3 assessed but
  "not taught" (partially_met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_name("fk-02-tla-associate-tutor-agreement.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)

AUTHOR = "Jane Marsh (Legal Officer)"
DATE = "2009-01-22T10:15:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def para(text="", bold=False, italic=False, size=None, align=None, indent=None, after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(after)
    return p


def clause(num, text, title=None, indent=0.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(num + "\t")
    if title:
        r = p.add_run(title + ". ")
        r.bold = True
    p.add_run(text)
    return p


def heading(text):
    p = para(text, bold=True, size=12, after=8)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def _run_xml(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def deleted_para(num, text, indent=0.0):
    """A whole paragraph deleted as a tracked change (runs and paragraph mark)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid()); d.set(qn("w:author"), AUTHOR); d.set(qn("w:date"), DATE)
    rPr.append(d)
    pPr.append(rPr)
    w = OxmlElement("w:del")
    w.set(qn("w:id"), nid()); w.set(qn("w:author"), AUTHOR); w.set(qn("w:date"), DATE)
    w.append(_run_xml(num + "\t" + text, deleted=True))
    p._p.append(w)
    return p


def insert_run(p, text):
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), nid()); w.set(qn("w:author"), AUTHOR); w.set(qn("w:date"), DATE)
    w.append(_run_xml(text))
    p._p.append(w)


def table(headers, rows, widths=None, size=9.5):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for rw in t.rows:
        for i, c in enumerate(rw.cells):
            if widths:
                c.width = Cm(widths[i])
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# ------------------------------------------------------------ covering letter
para("TEACHERS' AND LECTURERS' ALLIANCE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Professional Development Department", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Carrow House, 20 Endell Road, Birmingham B3 1QT  |  0121 496 0730", size=9,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
para("SENCO Training Approvals\nTraining and Development Agency for Schools\n151 Buckingham Palace Road\nLondon SW1W 9SZ")
para("30 January 2009")
para("Dear Colleagues")
para("Application for approval: National Award for SEN Coordination", bold=True)
para("The Alliance's Professional Development Department has run accredited courses for members since 1996, "
     "most of them with Northbray University, which validated our Postgraduate Certificate in Special "
     "Educational Needs Coordination on 28 November 2008. We enclose, as the core of our application, our "
     "Associate Tutor Agreement for 2009-10. All of our teaching on the Programme is done by associate tutors "
     "working with the Programme Leader, and every tutor signs this Agreement. Its Schedules are the "
     "definitive description of the Programme as validated, and the same Schedules 2 and 3 are printed in the "
     "Participants' Course Guide, so what we require of tutors is what participants are promised.")
para("The copy enclosed is the one returned by our Legal Officer on 22 January. We have left her tracked "
     "changes showing so that the panel can see the current state of the text; the Agreement will be issued "
     "to tutors in this form once the changes are accepted. The University's validation report and the "
     "Course Guide are available on request.")
para("Yours faithfully")
para("Dr Kathryn Ashdown\nDirector of Professional Development", after=4)
doc.add_page_break()

# ------------------------------------------------------------ front table
para("ASSOCIATE TUTOR AGREEMENT 2009-10", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
para("(Contract for services)  -  Postgraduate Certificate in Special Educational Needs Coordination",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
table(["", ""], [
    ("Agreement reference", "TLA/PD/AT/2009/[number]"),
    ("Tutor", "[Tutor name], of [address]"),
    ("Tutor Group(s) and Route", "[e.g. Group W1, Weekend Route, September 2009 start]"),
    ("Period", "1 April 2009 to 31 August 2010"),
    ("Programme Leader", "Dr Owen Rees"),
    ("Validating university", "Northbray University, School of Education and Lifelong Learning"),
], widths=[5, 11])

para("THIS AGREEMENT is made on the date of the last signature below BETWEEN:")
clause("(1)", "THE TEACHERS' AND LECTURERS' ALLIANCE of Carrow House, 20 Endell Road, Birmingham B3 1QT, acting "
       "through its Professional Development Department (\"the Union\"); and")
clause("(2)", "the person named as Tutor in the table above (\"the Tutor\").")
heading("BACKGROUND")
clause("(A)", "The Union provides accredited professional development for its members through its Professional "
       "Development Department.")
clause("(B)", "The Union and Northbray University (\"the University\") have developed the Postgraduate Certificate "
       "in Special Educational Needs Coordination (\"the Programme\"), which leads to the National Award for "
       "SEN Coordination. The University validated the Programme on 28 November 2008 as a Postgraduate "
       "Certificate of 60 credits at Level 7 (masters level) of the Framework for Higher Education "
       "Qualifications, and will confer the Award.")
clause("(C)", "The purpose of the Programme is to equip teachers who coordinate provision for pupils with special "
       "educational needs to raise the achievement and improve the well-being of those pupils in relation to "
       "all five Every Child Matters outcomes - being healthy, staying safe, enjoying and achieving, making a "
       "positive contribution and achieving economic well-being - and not only their attainment.")
clause("(D)", "In developing the Programme the Union surveyed its members who are SENCOs (812 replies, February "
       "2008), consulted the SEN and inclusion teams of Dudley, Walsall, Shropshire, Telford and Wrekin and "
       "Herefordshire, the Hollybank Parent Partnership Service and SENCO cluster groups in three of those "
       "areas. They told the Union that new SENCOs need: (i) routes that do not depend on weekday release; "
       "(ii) practical grounding in the Code of Practice early on; (iii) help in leading and managing teaching "
       "assistants; (iv) confidence in meetings with parents; and (v) practical skills in provision mapping. "
       "The Programme has been designed to reflect these findings.")
clause("(E)", "The Union engages experienced practitioners as associate tutors on a self-employed basis to teach "
       "and assess the Programme, and the Tutor has agreed to provide services on the terms below.")

heading("IT IS AGREED as follows:")
heading("1.  DEFINITIONS")
defs = [
    ("Participant", "a teacher registered on the Programme."),
    ("Study Day", "a taught day of the Programme (on the Twilight Route, two twilight sessions count as one Study Day)."),
    ("Unit", "one of Units A, B and C of the Programme described in Schedule 2, each of 20 credits."),
    ("Tutor Group", "the group of Participants (normally no more than 16) allocated to the Tutor."),
    ("Workplace Supporter", "the senior colleague in a Participant's school named by the headteacher to support the Participant."),
    ("Course Office", "the Professional Development Department's administrative team."),
    ("Tutor Handbook", "the Union's handbook for associate tutors on the Programme, as revised each July."),
    ("Programme Committee", "the committee described in Schedule 4."),
]
for i, (k, v) in enumerate(defs, 1):
    p = clause(f"1.{i}", "", indent=0.5)
    r = p.add_run(f"\"{k}\"")
    r.bold = True
    p.add_run(" means " + v)

heading("2.  APPOINTMENT AND TERM")
clause("2.1", "The Union engages the Tutor to provide the Services set out in Schedule 1 for the Tutor Group(s) "
       "named above, for the period stated, unless ended earlier under clause 12.")
clause("2.2", "The Tutor is not an employee of the Union. Nothing in this Agreement creates a contract of "
       "employment, and the Tutor is responsible for his or her own tax and National Insurance.")

heading("3.  THE SERVICES")
clause("3.1", "The Tutor shall provide the Services described in Schedule 1 in accordance with the Programme "
       "described in Schedules 2 and 3 and with the Tutor Handbook.")
clause("3.2", "The Tutor shall not change the content, order or assessment of a Unit without the written agreement "
       "of the Programme Leader.")

heading("4.  QUALIFICATIONS AND KEEPING UP TO DATE")
clause("4.1", "The Tutor warrants that he or she meets the essential requirements of the Person Specification in "
       "Part B of Schedule 1 and shall provide certificates on request.")
clause("4.2", "The Tutor shall undertake at least five days of professional development each year relevant to "
       "special educational needs and disability, record them in the Tutor Development Record, and discuss "
       "them with the Programme Leader at the annual tutor review in June.")
clause("4.3", "The Tutor shall ensure that the content of sessions reflects current research and inspection "
       "evidence and national developments.")

heading("5.  INDUCTION, HANDBOOK AND STANDARDISATION")
clause("5.1", "Before first teaching on the Programme, the Tutor shall attend the two-day tutor induction held "
       "by the Union and the University in July, which covers the Programme's aims and outcomes, the Tutor's "
       "duties at each stage, marking to the University's masters-level criteria, the Starting Point Review, "
       "and the online learning environment.")
clause("5.2", "The Tutor shall follow the Tutor Handbook and shall attend the standardisation meetings held each "
       "January and June, at which tutors mark and discuss the same scripts before marking live work.")
clause("5.3", "The Programme Leader or a senior tutor will observe the Tutor teaching at least once a year and "
       "give written feedback, and the Tutor shall act on it.")

heading("6.  TEACHING ARRANGEMENTS")
clause("6.1", "The Tutor shall teach the Study Days for the Tutor Group on the Route and dates set by the Course "
       "Office (see Schedule 2, paragraph 2.4).")
clause("6.2", "Study Days are held at the Union's regional centres in Birmingham, Nottingham and Bristol and, "
       "for the Weekend Route, at Carrow House. The Course Office books rooms and equipment.")
clause("6.3", "The Tutor shall arrange with the Course Office the specialist contributors for each Study Day "
       "listed in Schedule 2, paragraph 2.11, and shall brief them on the Unit's outcomes.")
clause("6.4", "Not used for the 2009-10 Programme.", title="Placements and visits")

heading("7.  ASSESSMENT AND MARKING")
clause("7.1", "The Tutor shall mark the assignments of the Tutor Group against the published assessment "
       "criteria for each assignment within fifteen working days of submission and return written feedback "
       "on the University's feedback form.")
p72 = clause("7.2", "All fails and all marks of 70 or above shall be second-marked by another tutor.")
insert_run(p72, " In addition, a sample of 20% of the remaining scripts for each assignment, drawn across all "
           "Tutor Groups by the Programme Leader, shall be second-marked blind; where the two marks differ by "
           "more than ten, the markers shall agree a mark with the Programme Leader.")
clause("7.3", "The University moderates a sample of each assignment, and the external examiner appointed by the "
       "University reviews a sample of all assessed work and attends the Board of Examiners. The Tutor shall "
       "make marked work and feedback available for these purposes by the dates set by the Course Office.")
clause("7.4", "Only the University's Board of Examiners may confirm marks and recommend the Award.")

heading("8.  PARTICIPANTS, EQUALITY AND CONFIDENTIALITY")
clause("8.1", "The Tutor shall comply with the Union's Equal Opportunities Policy and shall not discriminate "
       "against any Participant on grounds of disability, race, sex, sexual orientation, religion or belief "
       "or age.")
deleted_para("8.2", "The Union's Access Adviser contacts every Participant who discloses a disability on the "
             "registration form to agree reasonable adjustments to teaching and assessment, and the Tutor shall "
             "put in place the adjustments notified to him or her by the Course Office before each Study Day.")
clause("8.3", "The Tutor shall keep confidential all information about Participants, their schools and their "
       "pupils, and shall ensure that pupils are not identified in any work used for standardisation or "
       "moderation.")

heading("9.  SAFEGUARDING AND VETTING")
p91 = clause("9.1", "The Tutor shall hold an enhanced disclosure from the Criminal Records Bureau dated within the "
             "three years before the start of this Agreement and shall produce it to the Course Office before "
             "first teaching.")
clause("9.2", "The Union will check the Tutor against List 99 and will take up two references, one from the "
       "Tutor's most recent employer in education, before the Agreement begins.")
clause("9.3", "The Tutor shall tell the Programme Leader at once of any caution, conviction, investigation or "
       "disciplinary matter that may affect his or her suitability to work with children or teachers.")

heading("10.  QUALITY ASSURANCE AND EVALUATION")
clause("10.1", "The Tutor shall give out and collect the Union's evaluation form at the end of every Study Day "
       "and return the forms to the Course Office, which summarises them for the Programme Leader within one "
       "week.")
clause("10.2", "At the end of each Unit the Tutor shall write a Tutor Report (template in the Tutor Handbook) "
       "covering attendance, Participants' progress, assessment results and recommended changes.")
clause("10.3", "The Tutor shall attend the end-of-Unit review meeting, at which the tutors and the Programme Leader "
       "review the evaluations and agree changes for the next run of "
       "the Unit.")
clause("10.4", "The Tutor shall contribute to the annual programme review described in Schedule 4.")
clause("10.5", "[to be agreed with Northbray University before the Programme starts]", title="Evaluating impact")

heading("11.  FEES AND EXPENSES")
clause("11.1", "The Union shall pay the fees and expenses set out in Schedule 6 within 30 days of receiving a "
       "correct claim form.")

heading("12.  TERMINATION")
clause("12.1", "Either party may end this Agreement by giving one term's written notice. The Union may end it at "
       "once if the Tutor is in serious breach, including any breach of clause 9.")

heading("13.  GENERAL")
clause("13.1", "Materials written by the Tutor for the Programme belong to the Union, which grants the Tutor a "
       "licence to use them in his or her own teaching.")
clause("13.2", "The Tutor shall comply with the Data Protection Act 1998 in handling Participants' personal "
       "data. This Agreement is governed by the law of England and Wales.")

table(["Signed for the Union", "Signed by the Tutor"],
      [("Name: Dr Kathryn Ashdown, Director of Professional Development\nSignature: ..................\nDate: ..........",
        "Name: [Tutor name]\nSignature: ..................\nDate: ..........")], widths=[8, 8])

doc.add_comment(p91.runs, text="Kathryn - is the participants' CRB covered anywhere? Could we say the school "
                "confirms it on the nomination form? JM", author=AUTHOR, initials="JM")

# ------------------------------------------------------------ Schedule 1
doc.add_page_break()
heading("SCHEDULE 1: THE SERVICES AND PERSON SPECIFICATION")
para("Part A: The Services", bold=True)
para("For each Tutor Group the Tutor shall:")
svc = [
    "hold a Starting Point Review with each Participant before the first Study Day (Schedule 2, paragraph 2.6);",
    "plan and teach the Study Days for the Unit(s) allocated, using the Programme materials;",
    "hold one individual tutorial per Unit with each Participant, in person or by telephone, to agree the focus of the assignment;",
    "support Participants online between Study Days as set out in Schedule 2, paragraph 2.5;",
    "mark assignments and give feedback as set out in clause 7;",
    "hold a Next Steps tutorial with each Participant at the end of Unit C (Schedule 2, paragraph 2.10);",
    "attend induction, standardisation, end-of-Unit review meetings and the annual programme review.",
]
for i, s in enumerate(svc, 1):
    clause(f"({chr(96 + i)})", s, indent=0.5)
para("Part B: Person Specification", bold=True)
table(["", "Essential", "Desirable"], [
    ("Qualifications", "Qualified Teacher Status; a masters degree, or a postgraduate diploma, in special "
     "educational needs, inclusion or a closely related field", "A doctorate or other research degree; "
     "a specialist qualification in a type of SEN (e.g. SpLD, hearing impairment)"),
    ("Experience", "At least three years as a SENCO, specialist teacher or LA SEN adviser, within the last "
     "five years; experience of training or coaching adults", "Teaching or marking at masters level"),
    ("Knowledge", "Thorough, current knowledge of the SEN Code of Practice (2001), disability discrimination "
     "legislation and Every Child Matters", "Knowledge of the National Strategies' Inclusion Development "
     "Programme"),
], widths=[3, 7, 6])

# ------------------------------------------------------------ Schedule 2
heading("SCHEDULE 2: THE PROGRAMME")
clause("2.1", "The Programme aims to develop in Participants the knowledge, understanding and skills to lead "
       "provision for pupils with SEN and/or disabilities in their schools so that those pupils achieve more "
       "and are safer, healthier and more fully included, as set out in Background (C). Each assignment "
       "requires the Participant to show the effect of his or her work on pupils' progress and well-being.",
       title="Aims")
clause("2.2", "Applicants must hold QTS, be in post as SENCO or designated by their headteacher to become SENCO "
       "within the year, and be nominated by their headteacher on the Union's nomination form, which asks "
       "about their experience of SEN and the support the school will give. The Course Office checks every "
       "form. The Programme Leader telephones any applicant whose form suggests they may not yet be able to "
       "meet the outcomes, and, with the applicant's agreement, the headteacher; he may advise deferring to "
       "a later start, with a preparatory reading and school-task pack, or a period as assistant SENCO first.",
       title="Entry and selection")
clause("2.3", "The Programme has three Units of 20 credits, each taught over three Study Days:",
       title="Units and Study Days")
table(["Unit", "Study Day", "Content", "Specialist contributor"], [
    ("A: The SENCO, the Law and the School", "A1", "The SENCO's role; the Code of Practice 2001; statutory "
     "assessment and statements; the Children Act 2004 and Every Child Matters", "LA SEN casework officer"),
    ("", "A2", "Inclusive ethos; working with governors and the senior team; writing and "
     "reviewing the school SEN policy", "-"),
    ("", "A3", "Working with parents and carers; consulting children and young people (structured methods: "
     "talking mats, pupil-led reviews, questionnaires)", "Hollybank Parent Partnership Service"),
    ("B: Learners, Assessment and Intervention", "B1", "How children develop; the main types of SEN (BESD, "
     "SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "Speech and language therapist; "
     "autism outreach teacher"),
    ("", "B2", "Using assessments from educational psychologists and therapists; external agencies and how to "
     "get specialist support; multi-agency working and the CAF", "Educational psychologist"),
    ("", "B3", "Target setting, interventions and review; using national test and tracking data; formative "
     "assessment; access arrangements for national tests and examinations", "-"),
    ("C: Leading and Developing Provision", "C1", "Provision mapping and management; deploying and managing "
     "teaching assistants", "-"),
    ("", "C2", "Coaching, mentoring and training colleagues; time management and delegation", "-"),
    ("", "C3", "Reviewing provision and school self-evaluation; research and best practice; presenting the "
     "Practice Development Project", "-"),
], widths=[3.5, 1.5, 7.5, 3.5], size=8.5)
clause("2.4", "The Programme runs on three Routes: the Weekend Route (three residential weekends at Carrow House, "
       "one per Unit); the Twilight Route (eighteen twilight sessions, 4.30-7.30pm, at regional centres); and "
       "the Blended Route (one face-to-face Study Day per Unit, with the other two Study Days replaced by "
       "online study units). Cohorts start in January and September. Units A and B may be taken in either "
       "order; Unit C is taken last. Participants may change Route between Units.", title="Routes and start dates")
clause("2.5", "All Participants use TLA Learning Online (the Union's Moodle site). Each Tutor Group has a "
       "course area with materials, an assignment drop box and a discussion forum for Participants, moderated "
       "by the Tutor. The Tutor shall answer Participants' questions within three working days and hold a "
       "live online tutorial once a month between Study Days. Headteachers and Workplace Supporters have "
       "access to a Supporters' page and receive a termly progress note from the Course Office by email. "
       "Blended Route Participants complete online study units with tasks that the Tutor reviews before the "
       "next Study Day.", title="Online learning and support between Study Days")
clause("2.6", "Before the first Study Day the Tutor shall hold a Starting Point Review with each Participant, in "
       "person or by telephone, using the Outcome Self-Review form, on which the Participant rates him- or "
       "herself against each national outcome with evidence. From it the Tutor and Participant agree an "
       "Individual Learning Plan that records the outcomes the Participant most needs to develop, the focus "
       "of each assignment and any extra reading or school tasks. The Plan is reviewed at each Unit tutorial.",
       title="Starting Point Review and Individual Learning Plan")
clause("2.7", "The Programme does not offer accreditation of prior learning or of prior experiential learning: "
       "every Participant completes all three Units. The Tutor shall take account of a Participant's previous "
       "study and experience when agreeing the Individual Learning Plan.", title="Prior learning")
clause("2.8", "Each Participant's headteacher names a Workplace Supporter, who meets the Participant at least "
       "twice a term. Workplace Supporters receive the Supporter's Guide and are invited to a two-hour "
       "twilight briefing run by the Programme Leader at the start of each cohort, which explains the "
       "Programme, their role and what Participants will be asked to do in school.", title="Workplace Supporters")
deleted_para("2.9", "Direct Assessment Route. An experienced applicant (for example a specialist teacher from an LA "
             "support service) who appears already to meet the outcomes may apply to be assessed without "
             "attending the Programme. The applicant submits a portfolio mapped to all the national outcomes "
             "and Assignments A to C and has a professional discussion with two tutors.", indent=0.0)
clause("2.10", "At the end of Unit C the Tutor shall hold a Next Steps tutorial with each Participant, who brings "
       "a draft of three professional development targets for the following two years. The Participant "
       "discusses the targets with the headteacher or line manager at the next performance management review, "
       "and the Tutor suggests further study, including the University's MA in Inclusive Education, to which "
       "the Programme's 60 credits count.", title="Next Steps")
clause("2.11", "Specialist contributors are listed in the table at paragraph 2.3. They are drawn from the SEN "
       "services of the five authorities named in Background (D), the Hollybank Parent Partnership Service and "
       "the Midlands Autism Outreach Partnership.", title="Specialist contributors")
clause("2.12", "The fee is GBP 1,100 (GBP 950 for members), payable by the school or local authority; "
       "residential costs on the Weekend Route are extra. Tutor Groups of 12-16 and the use of the Union's own "
       "centres keep the cost per Participant below that of comparable university courses.", title="Fees to Participants")
clause("2.13", "Each Tutor Group has a Programme Resource Box (current editions of standardised reading, "
       "spelling and language assessments, the Inclusion Development Programme materials and sample provision "
       "maps). Participants have Northbray University library membership with Athens access to electronic "
       "journals. The Course Office lends laptops with text-to-speech and mind-mapping software, and the "
       "Union holds a licence for provision-mapping software that Participants use in Unit C.",
       title="Resources")

# ------------------------------------------------------------ Schedule 3
heading("SCHEDULE 3: ASSESSMENT AND THE NATIONAL OUTCOMES")
clause("3.1", "Assignment A, SEN Policy Review (4,000 words): a review of the Participant's school's SEN policy "
       "and practice against the Code of Practice and disability legislation, with recommendations presented "
       "to the headteacher and governors.", indent=0)
clause("3.2", "Assignment B, Pupil Profile and Intervention Record (4,000 words): the assessment, target-setting, "
       "intervention and review for two pupils, including the views of the pupils and their parents and the "
       "advice of other professionals.")
clause("3.3", "Assignment C, Practice Development Project (4,000 words and a 20-minute professional conversation "
       "with the Tutor and the Workplace Supporter): a development in provision that the Participant plans, "
       "leads with colleagues and evaluates.")
clause("3.4", "Online Task Record: short tasks in TLA Learning Online reviewed by the Tutor. These are formative "
       "and do not count towards the Award.")
clause("3.5", "A Participant who passes each of Assignments A, B and C shall be recommended by the Board of "
       "Examiners for the Award.", title="The Award")
clause("3.6", "The table shows where each national outcome is developed and where it is assessed.")
OUT3 = [
    ("A1 Relationships with pupils and their parents or carers", "A3, B2", "Assignment B"),
    ("A2 Gaining the commitment of colleagues and senior leaders", "A2, C2", "Assignment A; Assignment C"),
    ("A3 Prioritising, managing time and delegating", "C2", "Evidenced by attendance at C2"),
    ("A4 Resolving problems and making sound judgements on provision", "C1, C3", "Assignment C"),
    ("A5 Clear speech and writing; listening to others", "All Units", "All assignments; professional conversation"),
    ("A6 Using research and external advice", "C3", "Assignment C"),
    ("K1 SEN law and the Code of Practice", "A1", "Assignment A"),
    ("K2 Every Child Matters and the SENCO", "A1", "Assignment A"),
    ("K3 Disability equality law and duties", "Not taught - see Assignment A guidance", "Assignment A"),
    ("K4 Child development", "B1", "Assignment B"),
    ("K5 Common types of SEN and their effect on learning", "B1", "Assignment B"),
    ("K6 Approaches, strategies and resources incl. ICT", "B3, C1", "Assignment B"),
    ("K7 School self-evaluation and SEN", "C3", "Assignment C"),
    ("K8 Best practice and research", "C3", "Assignment C"),
    ("K9 External agencies and specialist support", "B2", "-"),
    ("S1 Influencing strategy, ethos and policy with senior colleagues and governors", "A2", "Assignment A"),
    ("S2 Identifying pupils, targets, interventions, review", "B3", "Assignment B"),
    ("S2a Using other professionals' assessments", "B2", "Assignment B"),
    ("S2b Using summative assessment and national tests to track progress", "B3", "Online Task Record"),
    ("S2c Developing colleagues' formative assessment", "B3", "Assignment C"),
    ("S2d Access arrangements for national tests and examinations", "B3", "Assignment B"),
    ("S3 Provision mapping; finding ineffective or missing provision", "C1", "Assignment C"),
    ("S4 Deploying and managing staff", "C1", "Assignment C"),
    ("S5 Supporting colleagues' professional development", "C2", "Assignment C"),
    ("S6 Reviewing provision with staff to inform self-evaluation", "C3", "Evidenced by attendance at C3"),
    ("S7 Involving pupils in planning and reviewing provision", "A3", "Assignment B"),
    ("S8 Liaising with parents and carers", "A3", "Assignment B"),
    ("S9 Partnership with other services and voluntary organisations", "B2", "Assignment B"),
]
table(["National outcome", "Developed (Study Day)", "Assessed"], OUT3, widths=[8, 4, 4], size=8.5)

# ------------------------------------------------------------ Schedule 4
heading("SCHEDULE 4: QUALITY ASSURANCE CALENDAR")
para("The Programme is managed by the Programme Committee: the Director of Professional Development (chair), the "
     "Programme Leader, two tutors and the University's Link Tutor and Quality Officer. The Union intends to "
     "invite local authority and school representatives to join the Committee in due course.")
table(["When", "What", "Who", "Evidence used and what happens to it"], [
    ("Every Study Day", "Participant evaluation forms", "Tutor; Course Office", "Summary to Programme Leader "
     "within a week; Tutor adjusts the next Study Day"),
    ("End of each Unit", "Tutor Report and end-of-Unit review", "Tutors; Programme Leader",
     "Changes agreed for the next run of the Unit, recorded in the Unit log"),
    ("January and June", "Standardisation meetings", "All tutors; Link Tutor", "Agreed marks on shared "
     "scripts; Tutor Handbook amended where criteria were read differently"),
    ("After each marking period", "Second marking and University moderation", "Tutors; University moderator",
     "Moderation report to Board of Examiners"),
    ("July and December", "Board of Examiners", "University; external examiner", "Confirmed results; external "
     "examiner's oral report"),
    ("October", "Annual programme review", "Programme Committee", "Evaluations, results, external examiner's "
     "annual report, Tutor Reports; action plan to the University's School Quality Committee and to the "
     "Union's Education Committee"),
], widths=[2.5, 4, 3.5, 6], size=8.5)

# ------------------------------------------------------------ Schedule 5
heading("SCHEDULE 5: TUTOR CODE OF CONDUCT")
for i, s in enumerate([
    "Treat Participants as professional colleagues and respond to them promptly and courteously.",
    "Start and finish sessions on time; notify the Course Office at once of any absence.",
    "Do not recruit Participants to private consultancy or other paid work.",
    "Use Union and University materials only for the Programme.",
    "Raise any concern about a Participant's practice or the safety of a pupil with the Programme Leader the "
    "same day, following the Union's safeguarding procedure.",
], 1):
    clause(f"5.{i}", s)

# ------------------------------------------------------------ Schedule 6
heading("SCHEDULE 6: FEES AND EXPENSES")
table(["Item", "Fee (GBP)"], [
    ("Study Day (or two twilight sessions), including preparation", "320"),
    ("Residential weekend (Friday evening to Sunday afternoon)", "700"),
    ("Starting Point Review, per Participant", "40"),
    ("Unit tutorial, per Participant", "35"),
    ("Marking and feedback, per assignment (first marking)", "55"),
    ("Second marking, per assignment", "25"),
    ("Next Steps tutorial, per Participant", "35"),
    ("Induction (two days) and standardisation meetings, per day", "200"),
    ("Travel", "Standard-class rail or 40p per mile"),
], widths=[12, 4])

doc.save(OUT)
print("wrote", OUT)
