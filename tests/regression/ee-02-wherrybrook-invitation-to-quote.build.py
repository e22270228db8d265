"""Build ee-02-wherrybrook-invitation-to-quote.docx (blind test application).

KIND OF DOCUMENT
  A council INVITATION TO QUOTE (ITQ) for an independent evaluation of the
  programme, issued to evaluators under the host council's Contract Standing
  Orders: procurement instructions, a description of the thing to be
  evaluated, evaluation questions, the data the buyer will supply, a
  reference group, deliverables, budget, quotation content and scoring, an
  outcome annex for sampling, the Clarification Log sent to all bidders, and
  the blank Form of Quotation. The Partnership sends it, version 2 with the
  Clarification Log, as its application, under a short covering note. It is
  the buyer's specification, not a supplier's response.

PROVIDER (invented)
  Wherrybrook Sensory Support Partnership: the joint hearing and vision
  support service of Wherrybrook City Council (host and lead for
  procurement), Tarrowdale County Council, Ketterford Borough Council and
  Brimsdale Borough Council, under a Joint Committee; with Castlebridge
  University School of Education and Lifelong Learning, which validates the
  PGCert Special Educational Needs Coordination (National Award), 60 credits
  at Level 7, modules SNC7001 Knowing the Child: Law, Need and Access and
  SNC7002 Leading Provision; Assignments A, B (SNC7001) and C (SNC7002).
  People: Ruth Calloway (Partnership manager), Dr Simon Achebe (University
  programme leader), Janet Pryor (procurement officer), and others in the
  staff table. ITQ WCC/CS/2009/017, issued 23 February 2009, version 2 with
  Clarification Log 16 March 2009; covering note 30 March 2009.

LAYOUT
  Covering note; cover block; typed contents list; Heading 1 sections; hand
  typed paragraph numbers in bold run-in form ("2.3 Entry and allocation of
  places.") that collide with requirement ids (2.3 is entry, 2.9 is the
  assessment-only route, 3.3 is out of scope, 5.3 is about reports...);
  tables: procurement timetable, study days, staff, data to be supplied,
  deliverables, payment stages, quality/price scoring; Annex A outcome table
  with merged group rows and a placeholder; Annex B Clarification Log (No.,
  Date, Question, Answer) that overrides Section 2; Annex C a blank form of
  quotation with bracketed fields. Page header and footer (never evidence).

TRAPS (requirement ids affected)
  Withdrawn by the later Clarification Log (the covering note says the Log
  is the Partnership's position):
  - 2.3  not_met. Para 2.9 offers an assessment-only route (portfolio and
         professional discussion, 450 pounds); Clarification 4: the
         validation panel did not approve it and it "will not be offered".
  - 3.3  not_applicable. Paras 2.5 and 2.6 describe a blended route on
         CastleNet with moderated boards and office hours; Clarification 2:
         the blended route will not run, all days face to face, CastleNet
         not used for the course.
  - 3.2  partially_met. January intake withdrawn (Clarification 1) and
         blended route withdrawn; one venue, daytime only; what remains is
         taking the modules over one year or two.
  Wrong context (the buyer's requirements of the evaluator, not the
  programme's arrangements):
  - 5.3  not_met. Para 1.9 requires CRB disclosures of the evaluator's
         staff; Clarification 6: "No" the Partnership does not check
         participants' disclosures.
  - 3.1  partially_met. Para 1.8 is the council's equality requirement on
         suppliers; Clarification 9 is about interpreters for evaluation
         fieldwork; the programme itself offers only alternative-format
         materials and a loop at the venue (para 2.14).
  - 1.5  partially_met. Para 3.5 asks the evaluator to hear from pupils;
         the programme has only a session title "Listening to children"
         (Day 7).
  - 6.S7 partially_met. Annex A's "assessed" cell for pupil involvement is
         participants' own representation on the Programme Board.
  - 1.3  partially_met. Para 3.4 asks the evaluator for a literature review;
         the programme says only that sessions "draw on current research"
         and names only the Bercow Review.
  Explicit negations in Section 2:
  - 5.2  not_met. Para 2.3: no entry requirements beyond nomination, no
         interview, places in order of nomination.
  - 5.5  partially_met. Para 2.17: specialists available but "There is no
         placement or visit element".
  Partial arrangements:
  - 2.2  partially_met. Self-audit used to place participants in tutor
         groups and choose examples; no individual plan.
  - 5.8  partially_met. Only fails and borderline scripts second-marked;
         external examiner "to be confirmed" (Clarification 8: expected in
         the summer).
  - 6.0, 1.9  partially_met. Award on 8 of 10 days' attendance and passing
         A, B and C; Annex A shows outcomes that are not assessed,
         optional, wrong-context, a placeholder or missing.
  Criterion 6 (Annex A read with para 2.8):
  - partially_met: 6.A4 (Day 8 clinic, not assessed); 6.A7 (Day 10 Next
    Steps planner, formative); 6.S2c (Day 5, formative tutor feedback
    only); 6.S3, 6.S4, 6.S6 (Assignment C "focus" chosen from three: each
    optional); 6.S7 (wrong context, above).
  - not_met: 6.A3 (no row, no content on time, priorities or delegation);
    6.K4 (row reads "[to be confirmed following validation]" in both cells,
    and Clarification 10 cannot confirm).
  - met: A1, A2, A5, A6, K1, K2, K3, K5, K6, K7, K8, K9, S1, S2, S2a, S2b,
    S2d, S5, S8, S9.
  Met in unusual places: 4.3 and 5.1 (Section 5 Reference Group and the
  Programme Board's written response); 5.9 (Section 4 data table: pupil
  baseline, end and 12-month follow-up data from Assignment B, entry and
  exit self-audits); 4.1/4.2 (para 2.15); 2.5 (Day 10 Next Steps with the
  head); 5.7 (para 2.19 tutor induction and mentor briefing).
  Decoys: Section 8 scoring (quality 60 / price 40) and Annex C's blank
  form are procurement text, never evidence.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ee-02-wherrybrook-invitation-to-quote"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)
for sname, size in (("Heading 1", 13), ("Heading 2", 11)):
    s = doc.styles[sname]
    s.font.name = "Verdana"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x44, 0x1C, 0x5C)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = ("Wherrybrook City Council  |  ITQ WCC/CS/2009/017  |  Independent evaluation: "
           "National Award for SEN Coordination")
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("Version 2 (incorporating Clarification Log) 16.03.2009  |  Commercial in "
           "confidence when completed  |  Children's Services Procurement, Civic Centre, "
           "Wherrybrook WB1 2AA")
fp.runs[0].font.size = Pt(8)


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def para(t="", lead=None, italic=False, bold=False, size=None, align=None):
    p = doc.add_paragraph()
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    if t:
        r = p.add_run(t)
        r.italic = italic
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def num(n, title, text):
    """Hand-typed paragraph number with a bold run-in title."""
    return para(text, lead="%s %s." % (n, title))


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def table(header, rows, widths, size=8.5, group_rows=()):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        shade(c, "D9CCE3")
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            m.text = ""
            r = m.paragraphs[0].add_run(row)
            r.bold = True
            r.font.size = Pt(size)
            shade(m, "EFE9F4")
            continue
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------ covering note
para("WHERRYBROOK SENSORY SUPPORT PARTNERSHIP  \u00b7  CASTLEBRIDGE UNIVERSITY", bold=True, size=9)
para("Covering note to the TDA SENCO approvals team, 30 March 2009", bold=True)
para("We were asked at the TDA regional briefing on 5 February to show, above all, how we "
     "would know whether our programme makes a difference to children. Rather than write "
     "a separate account, we are sending the Invitation to Quote for the programme\u2019s "
     "independent evaluation, which the Partnership\u2019s Joint Committee approved on 19 "
     "February. Section 2 describes the programme in full for quoting organisations; "
     "Annex A maps the national minimum outcomes. Section 2 was written before the "
     "University\u2019s validation event on 10 March 2009, at which the panel approved the "
     "programme subject to changes. The Clarification Log at Annex "
     "B, issued to all quoting organisations on 16 March, records the changes the "
     "validation panel required; where Section 2 and the Clarification Log differ, the "
     "Clarification Log is our position. Annex C, the blank form of quotation, is "
     "included only so that the document is complete. Quotations closed on 27 March and "
     "we expect to appoint the evaluator on 20 April.")
para("Ruth Calloway, Partnership Manager, Wherrybrook Sensory Support Partnership; "
     "Dr Simon Achebe, Programme Leader, Castlebridge University")
doc.add_page_break()

# ------------------------------------------------------------ cover
para("WHERRYBROOK CITY COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Children\u2019s Services \u2013 on behalf of the Wherrybrook Sensory Support Partnership "
     "(Wherrybrook, Tarrowdale, Ketterford and Brimsdale)", align=WD_ALIGN_PARAGRAPH.CENTER)
para("INVITATION TO QUOTE", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Independent evaluation of the National Award for SEN Coordination "
     "(Wherrybrook Partnership programme), 2009\u20132012", bold=True, size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
table(["Item", "Detail"], [
    ["Reference", "WCC/CS/2009/017"],
    ["Issued", "23 February 2009 (version 1); 16 March 2009 (version 2, with Clarification Log)"],
    ["Clarification questions by", "12 noon, 9 March 2009"],
    ["Closing date for quotations", "12 noon, 27 March 2009"],
    ["Estimated value", "\u00a316,500 to \u00a319,500 excluding VAT over three years"],
    ["Procurement contact", "Janet Pryor, Children\u2019s Services Procurement, Civic Centre, Wherrybrook WB1 2AA"],
], widths=[5.0, 11.0], size=9)
para("Contents", bold=True)
for line in ["Section 1  Instructions to quoting organisations",
             "Section 2  The programme to be evaluated",
             "Section 3  Purpose and scope of the evaluation",
             "Section 4  Information the Partnership will provide",
             "Section 5  Involvement of stakeholders",
             "Section 6  Deliverables and timetable",
             "Section 7  Budget and payment",
             "Section 8  Content of quotations and how they will be evaluated",
             "Annex A  National minimum outcomes: where developed and assessed",
             "Annex B  Clarification Log",
             "Annex C  Form of Quotation"]:
    para(line)
doc.add_page_break()

# ------------------------------------------------------------ Section 1
h1("Section 1  Instructions to quoting organisations")
num("1.1", "About this invitation",
    "Wherrybrook City Council (\u2018the Council\u2019) invites quotations for an independent "
    "evaluation of the National Award for SEN Coordination run by the Wherrybrook Sensory "
    "Support Partnership (\u2018the Partnership\u2019) with Castlebridge University (\u2018the "
    "University\u2019). The Council acts as lead authority for procurement under the joint "
    "arrangement between the four councils.")
num("1.2", "Procedure",
    "This is a quotation under the Council\u2019s Contract Standing Orders for contracts "
    "below \u00a350,000, for which at least three written quotations are sought. The Council "
    "is not bound to accept the lowest or any quotation, and will not pay any costs of "
    "preparing a quotation.")
num("1.3", "Timetable", "The Council intends to follow this timetable.")
table(["Stage", "Date"], [
    ["Invitation issued", "23 February 2009"],
    ["Deadline for clarification questions", "9 March 2009"],
    ["Clarification Log issued to all", "16 March 2009"],
    ["Closing date", "27 March 2009"],
    ["Interviews (shortlisted organisations)", "7 April 2009"],
    ["Award of contract", "20 April 2009"],
    ["Inception meeting", "w/c 11 May 2009"],
], widths=[9.0, 7.0], size=9)
num("1.4", "Clarification questions",
    "Questions must be sent by e-mail to the procurement contact. Questions and answers, "
    "without the name of the organisation that asked, are issued to all quoting "
    "organisations in the Clarification Log (Annex B).")
num("1.5", "Freedom of Information",
    "The Council is subject to the Freedom of Information Act 2000. Mark any information "
    "you consider commercially sensitive and say why; the Council will decide on "
    "disclosure.")
num("1.6", "Conflicts of interest",
    "Declare any relationship with the Partnership, the University or any of the four "
    "councils. Staff of the University\u2019s School of Education may not take part in the "
    "evaluation.")
num("1.7", "Canvassing",
    "Any attempt to influence the award of the contract other than through the quotation "
    "will disqualify the organisation.")
num("1.8", "Equality",
    "The Council requires every supplier to comply with the Race Relations (Amendment) "
    "Act 2000, the Disability Discrimination Act 1995 as amended in 2005, and the "
    "Equality Act 2006, and to enclose its equality policy with its quotation.")
num("1.9", "Safeguarding",
    "Any member of the evaluator\u2019s team who will interview or observe children must "
    "hold an enhanced CRB disclosure issued within the last three years. The Council will "
    "ask to see the disclosures before fieldwork begins.")
num("1.10", "Insurance",
    "The evaluator must hold professional indemnity insurance of at least \u00a31 million "
    "and public liability insurance of at least \u00a35 million.")
num("1.11", "Data protection",
    "The evaluator will act as a data processor for the Council under the Data Protection "
    "Act 1998 and will sign the Council\u2019s data processing agreement before receiving "
    "any personal data.")

# ------------------------------------------------------------ Section 2
h1("Section 2  The programme to be evaluated")
num("2.1", "The Partnership",
    "The Wherrybrook Sensory Support Partnership is the joint service of Wherrybrook City "
    "Council (the host authority), Tarrowdale County Council, Ketterford Borough Council "
    "and Brimsdale Borough Council for children and young people with hearing "
    "impairment, visual impairment or multi-sensory impairment, from diagnosis to the age "
    "of nineteen. It was set up in 2001 under a joint arrangement overseen by a Joint "
    "Committee of members of the four councils. It employs 18.5 full-time-equivalent "
    "teachers of the deaf, 11 teachers of children with visual impairment, a teacher of "
    "multi-sensory impairment, two educational audiologists, a habilitation specialist "
    "and a transcription unit, and runs the Sensory Resource Base at Ferrand Street, "
    "Wherrybrook. Its teachers advise about 520 schools across the four areas.")
num("2.2", "The award",
    "The programme is the Postgraduate Certificate in Special Educational Needs "
    "Coordination (National Award), an award of Castlebridge University at Level 7 "
    "(master\u2019s level) with 60 credits. It has two 30-credit modules: SNC7001 Knowing "
    "the Child: Law, Need and Access, and SNC7002 Leading Provision. The University "
    "validates and awards the certificate; the Partnership and the University teach it "
    "together. The first cohort of 36 begins in September 2009.")
num("2.3", "Entry and allocation of places",
    "The programme is open to any teacher nominated by their headteacher as the "
    "school\u2019s SENCO, or as SENCO designate, in a school in the four areas. The "
    "Partnership does not set entry requirements beyond nomination and does not "
    "interview; places are allocated in the order in which nominations are received until "
    "the cohort is full.")
num("2.4", "Aims",
    "The purpose of the programme is to raise the achievement and improve the well-being "
    "of children and young people with SEN and disabilities \u2013 in all five Every Child "
    "Matters outcomes, not in attainment alone \u2013 by developing SENCOs who lead "
    "provision well in their schools. Every assignment asks the participant to show the "
    "difference made for named pupils.")
num("2.5", "Structure and delivery",
    "There are ten study days, from 9.15 am to 3.45 pm at the Sensory Resource Base, "
    "Ferrand Street. Participants may start in September 2009 or January 2010, and may "
    "follow either the face-to-face route or a blended route in which five study days are "
    "replaced by online units (2.6). Participants may complete the two modules in one "
    "year, or spread them over two by taking SNC7002 with the following year\u2019s "
    "cohort.")
num("2.6", "Online units",
    "On the blended route, five units are studied on CastleNet, the University\u2019s "
    "Blackboard site. Each has a discussion board moderated by the unit tutor, who replies "
    "within two working days, and a weekly online office hour. Participants on the "
    "blended route are paired with a face-to-face participant for peer support.")
num("2.7", "Study days",
    "The content of the study days is below. Sessions draw on current research and "
    "inspection evidence, and on the Partnership\u2019s own experience of supporting "
    "children in mainstream schools.")
table(["Day", "Theme and content", "Led by"], [
    ["1", "The law and the SENCO. Education Act 1996 Part IV; the SEN Code of Practice "
     "(2001); SENDA 2001; the SENCO Regulations 2008; statutory assessment, statements and "
     "annual reviews. Every Child Matters: the five outcomes and the SENCO\u2019s part in "
     "each.", "Dr Simon Achebe; Lorna Finch"],
    ["2", "Finding and using evidence. Research methods for practitioners; critical "
     "reading; asking for and using advice from specialist services; the University "
     "library and e-journals.", "Dr Simon Achebe"],
    ["3", "Disability equality. The Disability Discrimination Act 1995 and 2005; the "
     "disability equality duty; accessibility planning; reasonable adjustments in "
     "lessons, on trips and in tests.", "Ruth Calloway"],
    ["4", "Understanding need. Speech, language and communication needs (the Bercow "
     "Review, 2008); autistic spectrum disorders; dyslexia and specific learning "
     "difficulties; moderate learning difficulties; behavioural, emotional and social "
     "difficulties; hearing, visual and multi-sensory impairment.",
     "Dr Anita Moss; Partnership teachers"],
    ["5", "Teaching and learning. Personalised learning; approaches, strategies and "
     "resources, including ICT and assistive technology (radio aids, magnifiers, screen "
     "readers, symbol software) and how to judge them; assessment for learning and how to "
     "help colleagues use it with pupils with SEN.", "Kieran Doyle; Dr Anita Moss"],
    ["6", "Leading colleagues. Working with the headteacher, senior leaders and governors "
     "on inclusion policy, priorities and resources; winning colleagues\u2019 commitment; "
     "deploying and managing teaching assistants and communication support workers; "
     "coaching, observation and feedback; planning staff training.",
     "Lorna Finch; Ruth Calloway"],
    ["7", "Listening to children. Working with parents and carers: building relationships "
     "of trust, difficult conversations, the Wherrybrook Parent Partnership Service, a "
     "panel of parents of deaf and blind children.", "Parent Partnership; Kieran Doyle"],
    ["8", "Identification, targets and tracking. Identifying pupils through observation, "
     "data and assessment; using the assessments of audiologists, teachers of the deaf "
     "and of the visually impaired, educational psychologists and therapists; setting "
     "targets, planning and reviewing interventions; tracking progress with P scales, "
     "national tests and RAISEonline; access arrangements for Key Stage tests and GCSE, "
     "including modified and Braille papers. Afternoon: problem-solving clinic on "
     "participants\u2019 own cases.", "Kieran Doyle; Partnership teachers"],
    ["9", "Provision and self-evaluation. Provision mapping and costing; reviewing with "
     "staff whether provision is working; school self-evaluation, the SEF and Ofsted; SEN "
     "in the school improvement plan.", "Lorna Finch"],
    ["10", "Working with other services. Health, social care, educational psychology, "
     "speech and language therapy; voluntary organisations such as NDCS, RNIB and local "
     "societies; the CAF. Afternoon: Next Steps (2.13).", "Ruth Calloway; Dr Simon Achebe"],
], widths=[1.0, 11.8, 3.4])
num("2.8", "Assessment",
    "Each module is assessed by written work carried out in the participant\u2019s own "
    "school.")
para("Assignment A, Policy and practice review (SNC7001, 4,000 words, 50%). A review of "
     "the school\u2019s SEN policy and accessibility plan against the law, the Code of "
     "Practice and the disability equality duty, showing what the Every Child Matters "
     "outcomes require of the school, using research and inspection evidence and the "
     "advice of specialist services to make recommendations, written clearly for "
     "governors.")
para("Assignment B, Pupil study (SNC7001, 4,000 words, 50%). The participant identifies "
     "a pupil, uses the assessments of other professionals, sets challenging targets, "
     "plans and carries out an intervention using approaches and resources including ICT "
     "and justifies them critically, and reviews progress. The pupil\u2019s needs are set "
     "within a critical account of the main areas of need. The participant meets the "
     "parents or carers at least twice and keeps notes, works with the other services "
     "involved (including at least one voluntary organisation) and explains their roles, "
     "and reflects on the working relationship with the pupil and family. Baseline and "
     "end measures are recorded for the pupil (2.8 and Section 4).")
para("Assignment C, Leading change (SNC7002, 4,000 words and a 20-minute presentation, "
     "100%). All participants: (1) analyse the school\u2019s summative data for pupils with "
     "SEN, including national test results, show how their progress is tracked and where "
     "programmes should change; (2) set out priorities for SEN within the school\u2019s "
     "self-evaluation and improvement plan, presented to the headteacher or a senior "
     "leader and a governor, with the headteacher\u2019s written response; (3) plan the "
     "access arrangements for the next national tests or examinations for the pupils who "
     "need them, agreed with the colleagues who will put them in place; (4) keep a "
     "coaching record of supporting a colleague, including an observation and feedback. "
     "Each participant also chooses one focus: (i) a provision map showing missing or "
     "ineffective provision; (ii) a review, with the staff who run it, of the "
     "effectiveness of one intervention; or (iii) a review of the deployment of teaching "
     "assistants.")
num("2.9", "Assessment-only route",
    "Candidates with substantial experience of SEN coordination may submit a portfolio "
    "mapped to the national outcomes and attend a professional discussion with two "
    "tutors, without attending the study days. The fee is \u00a3450.")
num("2.10", "Credit for prior learning",
    "Up to 30 credits may be awarded against SNC7001, either for earlier certificated "
    "study at Level 7 (APCL) or for experience, through a reflective portfolio claim "
    "mapped to the module\u2019s learning outcomes and assessed by two tutors (APEL), under "
    "the University\u2019s regulations.")
num("2.11", "Self-audit",
    "Before Day 1 each participant completes an online self-audit against the national "
    "minimum outcomes. Tutors use the returns to place participants in primary, "
    "secondary or special school tutor groups and to choose the examples used in "
    "sessions.")
num("2.12", "Tutoring and cost",
    "Tutor groups have twelve participants. Each participant has three individual "
    "tutorials and chooses the pupil and focus for the assignments with the tutor, to "
    "suit the school. The fee is \u00a31,200, of which the participant\u2019s council pays "
    "\u00a3900; loans from the Sensory Resource Base are free.")
num("2.13", "Next Steps",
    "On the afternoon of Day 10 each participant completes the Partnership\u2019s Next "
    "Steps planner and agrees with the headteacher, at a meeting in the following "
    "half-term, professional targets for the coming year to take into performance "
    "management. Tutors comment on the planner; it is not marked.")
num("2.14", "Access",
    "Course materials are produced in large print, Braille or electronic text by the "
    "Partnership\u2019s transcription unit on request, and the main training room at "
    "Ferrand Street has a fixed induction loop.")
num("2.15", "How the programme was shaped",
    "Between September and December 2008 the Partnership surveyed SENCOs in the four "
    "areas (147 responses, 41%), held workshops with each of the four headteachers\u2019 "
    "forums, and met the Wherrybrook Parent Partnership Service, the Tarrowdale Parent "
    "Carer Forum and Eyes and Ears, its group of young people with sensory impairment. "
    "SENCOs asked for practical work on data and access arrangements; heads asked for "
    "fewer days out of school and for work that improved the school, not just the SENCO; "
    "parents asked for SENCOs who explain decisions; young people asked to be asked. As "
    "a result, the programme was cut from fourteen planned days to ten, Assignment C was "
    "built around the school\u2019s own improvement plan, access arrangements were added to "
    "Day 8 and Assignment C, and parents and young people helped design Day 7.")
num("2.16", "Staff",
    "The staff who will teach and assess are below.")
table(["Name", "Post", "Relevant qualifications and experience"], [
    ["Dr Simon Achebe", "Programme Leader, Castlebridge University",
     "Principal Lecturer in SEN; PhD on SENCO leadership; former SENCO and LA adviser."],
    ["Ruth Calloway", "Partnership Manager",
     "Teacher of the deaf; MA Special Education; led the Partnership since 2005."],
    ["Lorna Finch", "Senior Adviser (Inclusion), Tarrowdale",
     "Former headteacher; Ofsted-trained; leads Tarrowdale\u2019s SENCO network."],
    ["Kieran Doyle", "Senior teacher, vision team",
     "Qualified teacher of children with visual impairment; former secondary SENCO; "
     "trains exam centres on modified papers."],
    ["Dr Anita Moss", "Senior Lecturer, Castlebridge University",
     "Specific learning difficulties and autism; AMBDA; published on inclusion."],
], widths=[3.4, 4.6, 8.2])
num("2.17", "Specialist expertise and placements",
    "Participants may call on the Partnership\u2019s specialists (teachers of the deaf and "
    "of the visually impaired, educational audiologists, the habilitation specialist) "
    "and on the educational psychology services of the four councils for advice on their "
    "assignments. There is no placement or visit element; participants who wish to see "
    "a resource base may arrange this through their own school.")
num("2.18", "Resources",
    "The Sensory Resource Base lends participants assistive technology and teaching "
    "resources for use with pupils (radio aids, soundfield systems, CCTV magnifiers, "
    "screen readers, talking books, symbol software). Participants are registered "
    "students of the University, with full library, e-journal and off-campus access.")
num("2.19", "Tutors and mentors",
    "All tutors attend a tutor induction day each June and work from the Programme Tutor "
    "Handbook, which sets out the role, the assignment briefs and the marking criteria. "
    "Each participant\u2019s headteacher names a school mentor; mentors attend a two-hour "
    "briefing in September, receive the Mentor Handbook with a role description, and are "
    "telephoned by the tutor before each assignment.")
num("2.20", "Marking",
    "Assignments are marked by the module tutor against the University\u2019s Level 7 "
    "criteria. Fails and borderline scripts are second-marked by another tutor. The "
    "external examiner will be appointed by the University [name to be confirmed].")
num("2.21", "The award",
    "Participants who attend at least eight of the ten study days and pass Assignments "
    "A, B and C at 50% or more receive the Postgraduate Certificate and the National "
    "Award.")
num("2.22", "Quality assurance",
    "Each module is evaluated by participants. The programme is part of the "
    "University\u2019s annual monitoring, reported to the Faculty Quality Committee, and "
    "will have an external examiner. A Programme Board \u2013 the Partnership, the "
    "University, two headteachers, a parent nominated by the Parent Partnership Service, "
    "and a participant representative from each cohort \u2013 meets each term, considers "
    "all this evidence and the evaluator\u2019s reports, and agrees an annual action plan, "
    "which is sent to the Joint Committee.")

# ------------------------------------------------------------ Section 3
h1("Section 3  Purpose and scope of the evaluation")
num("3.1", "Purpose",
    "The Partnership wants to know, independently of those who teach the programme, "
    "whether it improves what SENCOs do and what happens for children, and how it should "
    "change. The evaluation covers the first three cohorts (2009\u201312).")
num("3.2", "Evaluation questions", "The evaluator will answer these questions.")
table(["No.", "Question", "Main evidence expected"], [
    ["EQ1", "Did participants\u2019 competence and confidence against the national outcomes "
     "improve?", "Entry and exit self-audits; assignment marks; tutor judgements; interviews"],
    ["EQ2", "What difference did the programme make to the achievement and well-being of "
     "pupils with SEN and disabilities?", "Assignment B pupil data at baseline, end of "
     "intervention and 12 months later; school data; pupil and parent views"],
    ["EQ3", "What changed in participants\u2019 schools?", "Provision maps, policies, "
     "improvement plans; headteacher interviews"],
    ["EQ4", "How well did the programme work for different participants (phase, area, "
     "disabled participants)?", "Module evaluations; attendance and results by group"],
    ["EQ5", "Did the programme give value for money?", "Costs supplied by the Partnership"],
    ["EQ6", "What should change?", "All of the above"],
], widths=[1.2, 8.0, 7.0])
num("3.3", "Out of scope",
    "The evaluator will not re-mark assignments or judge individual participants; that "
    "is for the University\u2019s Board of Examiners. The Partnership\u2019s wider services "
    "are not to be evaluated.")
num("3.4", "Review of published evidence",
    "In the inception phase the evaluator will carry out a short review of published "
    "research on SENCO training and its impact, to frame the evaluation.")
num("3.5", "Hearing from pupils",
    "The evaluator should hear directly from a sample of twelve to fifteen pupils whose "
    "provision was the subject of Assignment B, using methods suited to them (BSL, "
    "Braille, symbols), with communication support provided by the Partnership.")
num("3.6", "Methods",
    "Quoting organisations should propose their own methods. The Partnership expects a "
    "mix of analysis of the data in Section 4, interviews, a survey of headteachers, and "
    "case studies of six schools.")

# ------------------------------------------------------------ Section 4
h1("Section 4  Information the Partnership will provide")
para("The Partnership and the University will collect the following and pass it to the "
     "evaluator, anonymised where stated, under the data processing agreement.")
table(["Information", "Collected by", "When", "Form"], [
    ["Entry self-audit against the national outcomes", "Partnership", "Before Day 1", "Spreadsheet"],
    ["Exit self-audit (same instrument)", "Partnership", "Day 10", "Spreadsheet"],
    ["Attendance", "Partnership", "Each study day", "Register"],
    ["Assignment marks and Board of Examiners results", "University", "After each Board", "Anonymised list"],
    ["Module evaluations", "University", "End of each module", "Summary report"],
    ["Pupil data from Assignment B: attainment in the target area, attendance, a "
     "well-being scale and the pupil\u2019s own rating, at baseline and at the end of the "
     "intervention", "Participants, returned to the Partnership on the Pupil Data Sheet",
     "With Assignment B", "Anonymised spreadsheet"],
    ["The same pupil measures 12 months after the intervention", "Partnership teachers with "
     "the school", "12 months later", "Anonymised spreadsheet"],
    ["Second-marking records and external examiner reports", "University", "Annually", "Copies"],
    ["Programme Board minutes and action plans", "Partnership", "Termly", "Copies"],
    ["Costs of the programme", "Partnership", "Annually", "Statement"],
], widths=[6.4, 4.0, 2.8, 3.0])

# ------------------------------------------------------------ Section 5
h1("Section 5  Involvement of stakeholders")
num("5.1", "Evaluation Reference Group",
    "An Evaluation Reference Group will advise the evaluator. Its members are two "
    "headteachers (one primary, one secondary), two participants, a parent nominated by "
    "the Parent Partnership Service, a young person from Eyes and Ears with a support "
    "worker, an officer from each of the four councils, and the University\u2019s quality "
    "officer.")
num("5.2", "Role",
    "The Reference Group meets each term. It comments on the evaluator\u2019s inception "
    "report and survey and interview tools before they are used, and on each draft "
    "report before it is finalised.")
num("5.3", "Reporting back",
    "The evaluator will present the findings of each report to the four headteachers\u2019 "
    "forums, to Eyes and Ears, and to the Joint Committee.")
num("5.4", "Response",
    "The Programme Board will respond in writing to each interim and final report within "
    "two months, saying which recommendations it accepts and what will change, and the "
    "changes will be included in its annual action plan (2.22).")

# ------------------------------------------------------------ Section 6
h1("Section 6  Deliverables and timetable")
table(["Deliverable", "Content", "Due"], [
    ["Inception report", "Evidence review (3.4), methods, tools, sampling, ethics, timetable", "30 June 2009"],
    ["Interim report 1", "Cohort 1: EQ1, EQ4 and early EQ2 findings", "31 October 2010"],
    ["Interim report 2", "Cohorts 1\u20132: EQ1\u2013EQ5; 12-month pupil follow-up for Cohort 1", "31 October 2011"],
    ["Final report", "All questions, all three cohorts; recommendations; summary for schools and families in accessible formats", "30 September 2012"],
], widths=[3.6, 9.4, 3.2])

# ------------------------------------------------------------ Section 7
h1("Section 7  Budget and payment")
para("The budget is \u00a316,500 to \u00a319,500 excluding VAT for the whole contract, "
     "including travel. Communication support for fieldwork is paid by the Partnership "
     "and should not be included. Payment is made in stages on acceptance of each "
     "deliverable.")
table(["Stage", "Share of contract price"], [
    ["Acceptance of inception report", "20%"],
    ["Acceptance of interim report 1", "25%"],
    ["Acceptance of interim report 2", "25%"],
    ["Acceptance of final report", "30%"],
], widths=[10.0, 6.0])

# ------------------------------------------------------------ Section 8
h1("Section 8  Content of quotations and how they will be evaluated")
para("Quotations must include: an outline of the proposed methods; the team, with CVs "
     "and the time each member will give; relevant experience, with two referees; how "
     "the team will work with children and adults with sensory impairment; a timetable; "
     "and the price, on the Form of Quotation (Annex C).")
table(["Criterion", "Weight", "Scored"], [
    ["Quality of proposed methods", "30%", "0\u20134"],
    ["Team experience and expertise", "20%", "0\u20134"],
    ["Approach to accessibility and to working with children", "10%", "0\u20134"],
    ["Price", "40%", "Lowest price scores full marks; others pro rata"],
], widths=[9.0, 2.5, 4.7])

# ------------------------------------------------------------ Annex A
h1("Annex A  National minimum outcomes: where developed and assessed")
para("For sampling. \u2018Assessed in\u2019 names the assignment that assesses the outcome "
     "for the award. Outcomes are given in the national order, shortened.")
table(["Outcome (national wording, shortened)", "Developed in", "Assessed in", "The evaluator may sample"], [
    "Professional attributes",
    ["Fair, respectful relationships with pupils and parents or carers", "Day 7", "Assignment B", "Parent meeting notes"],
    ["Gaining the commitment of colleagues, including head and senior leaders", "Day 6", "Assignment C (2) and head\u2019s response", "Head\u2019s responses"],
    ["Anticipating and resolving problems; sound judgement on provision", "Day 8 clinic", "Not assessed", "Tutor notes"],
    ["Clear expression in speech and writing; listening to others", "All days", "Assignments A and C (presentation)", "Scripts; presentation records"],
    ["Drawing on research and external advice", "Day 2", "Assignment A", "Scripts"],
    ["Keeping up to date; own CPD", "Day 10 Next Steps", "Formative: Next Steps planner (not marked)", "Planners"],
    "Professional knowledge and understanding",
    ["SEN law and the Code of Practice", "Day 1", "Assignment A", "Scripts"],
    ["Every Child Matters", "Day 1", "Assignment A", "Scripts"],
    ["Disability equality law", "Day 3", "Assignment A", "Scripts"],
    ["How children develop", "[to be confirmed following validation]", "[to be confirmed following validation]", "\u2013"],
    ["Common types of SEN and disability", "Day 4", "Assignment B", "Scripts"],
    ["Approaches, strategies and resources, including ICT", "Day 5", "Assignment B", "Scripts"],
    ["School self-evaluation and improvement", "Day 9", "Assignment C (2)", "Improvement plan extracts"],
    ["Best practice and research", "Day 2", "Assignment A", "Scripts"],
    ["External agencies and specialist support", "Day 10", "Assignment B", "Scripts"],
    "Professional skills",
    ["Strategic development with senior colleagues and governors", "Day 6", "Assignment C (2)", "Presentations"],
    ["Identifying pupils, targets, interventions, review", "Day 8", "Assignment B", "Pupil Data Sheets"],
    ["Using assessments from a range of professionals", "Day 8", "Assignment B", "Scripts"],
    ["Using summative assessments and national tests to track progress", "Day 8", "Assignment C (1)", "Data analyses"],
    ["Encouraging colleagues\u2019 formative assessment", "Day 5", "Formative tutor feedback on a lesson plan only", "\u2013"],
    ["Special arrangements for national tests and examinations", "Day 8", "Assignment C (3)", "Access plans"],
    ["Provision mapping; ineffective or missing provision", "Day 9", "Assignment C focus (i), if chosen", "Provision maps"],
    ["Deploying and managing staff", "Day 6", "Assignment C focus (iii), if chosen", "Scripts"],
    ["Supporting colleagues\u2019 professional development", "Day 6", "Assignment C (4)", "Coaching records"],
    ["Reviewing the effectiveness of provision with staff", "Day 9", "Assignment C focus (ii), if chosen", "Scripts"],
    ["Involving pupils in planning and reviewing their provision", "Day 7", "Participant representation on the Programme Board (2.22)", "Board minutes"],
    ["Liaising with parents and carers", "Day 7", "Assignment B", "Parent meeting notes"],
    ["Partnership with other services and voluntary organisations", "Day 10", "Assignment B", "Scripts"],
], widths=[5.8, 3.0, 4.2, 3.2])

# ------------------------------------------------------------ Annex B
h1("Annex B  Clarification Log (issued 16 March 2009)")
para("Questions received by 9 March 2009 and the Council\u2019s answers, issued to all "
     "quoting organisations. These answers take account of the University\u2019s validation "
     "event on 10 March 2009 and replace anything different in Sections 1 to 8.", italic=True)
table(["No.", "Question", "Answer"], [
    ["1", "How many participants will there be in each cohort, and when do they start?",
     "36 in September 2009. The January 2010 intake will not run: the validation panel "
     "asked for a single September intake while the programme is new."],
    ["2", "Paragraphs 2.5 and 2.6 describe a blended route. Should the evaluation cover "
     "online learning?",
     "No. Following validation, the blended route will not run. All ten study days are "
     "face to face at Ferrand Street, and CastleNet will not be used for the course. "
     "Please do not plan any evaluation of online learning."],
    ["3", "Is the evaluator expected to observe study days?",
     "Yes, up to four days in each year, by arrangement."],
    ["4", "Will there be candidates on the assessment-only route (paragraph 2.9) to "
     "include in the sample?",
     "No. The validation panel did not approve the assessment-only route, and it will "
     "not be offered."],
    ["5", "Do participants spend time in other settings that the evaluator should visit?",
     "No. See paragraph 2.17."],
    ["6", "Paragraph 1.9 requires CRB disclosures for the evaluator\u2019s staff. Does the "
     "Partnership check participants\u2019 disclosures?",
     "No. Participants are serving teachers, and their employers are responsible for their "
     "checks."],
    ["7", "Will the pupil data from Assignment B be anonymised before it is passed on?",
     "Yes. Each pupil will have a code; the key stays with the Partnership."],
    ["8", "Will external examiner reports be available in the first year?",
     "Yes, once the external examiner is appointed; the University expects to appoint "
     "in the summer of 2009."],
    ["9", "Will interviews with Deaf participants or pupils need interpreters, and who "
     "pays?",
     "The Partnership will book and pay for BSL/English interpreters and other "
     "communication support for all evaluation fieldwork."],
    ["10", "Annex A says \u2018to be confirmed\u2019 for child development. Can you confirm?",
     "We are not able to confirm this before the closing date."],
    ["11", "Is the budget inclusive of VAT?",
     "No. The range in Section 7 excludes VAT."],
], widths=[1.0, 6.6, 8.6])

# ------------------------------------------------------------ Annex C
h1("Annex C  Form of Quotation")
para("To: Wherrybrook City Council, Children\u2019s Services Procurement. Reference "
     "WCC/CS/2009/017.")
for line in [
    "Name of organisation: [                                        ]",
    "Address: [                                        ]",
    "Contact name, telephone and e-mail: [                                        ]",
    "Total price for the whole contract, excluding VAT: \u00a3[            ]",
    "Day rate(s) used: \u00a3[            ]",
    "We offer to carry out the evaluation described in this Invitation to Quote for the "
    "price above, and confirm that we have read and accept the Council\u2019s conditions "
    "of contract.",
    "Signed: [                    ]   Position: [                    ]   Date: [          ]",
]:
    para(line)

doc.save(OUT)
print("wrote", OUT)
