"""Build cd-02-quayside-rag-return.docx: a blind test application.

PROVIDER
  The Quayside SENCO Consortium (invented): Tyneford Metropolitan University
  (validating and awarding body), Saltmere Borough Council, Cradley Bay City
  Council and Fennick School (a Saltmere special school). National Award for
  SEN Coordination: two 20-credit Level 7 modules (QSA701, QSA702) = 40
  credits, with an optional 20-credit QSA703 to make a 60-credit PG Cert.
  Entirely face-to-face (Saturday mornings and after school), one September
  start. Assessment: Assignment 1 Provision Review (Parts A-D) and Case Profile
  (QSA701); Impact Study and Practice File (QSA702; graded and ungraded items).

LAYOUT
  A monitoring-style compliance return. Landscape. A short covering narrative;
  then one long four-column table (Ref | Requirement (our paraphrase) | RAG
  status | Evidence and commentary) with merged full-width section rows, the
  template's guidance row left in, RAG cells shaded; the outcomes are rows
  MO-01 ... MO-24 (with MO-17a-d) of the same table with "Developed in:" and "Assessed by:"
  written into the commentary (one row combines two outcomes); then an action
  plan table (Ref | Action | Owner | Deadline). Page header and footer (never
  evidence). The self-assessed RAG rating is never evidence by itself.

TRAPS (requirement ids affected)
  - Green rows with weak commentary (self-rating is not evidence):
    R05 "Content reflects current research" -> 1.3 partial; R11 "All outcomes
    are assessed. See MO rows." while the MO rows show gaps -> 1.9 partial;
    R15 "high quality ... cost-effective" -> 2.4 partial; R17 "complies with all
    relevant equality legislation" -> 3.1 partial; R18 "highly flexible" but one
    start, one mode, fixed times -> 3.2 partial; R22 "fully involved" + LA
    co-teaching + a past arrangement for another programme -> 4.3 partial;
    R28 "See Appendix F" when no appendices are attached -> 5.6 not_met;
    R31 "strong impact ... as shown by evaluations" -> 5.9 partial;
    R25 serving teachers "will therefore have been CRB checked", responsibility
    of the school, plus action A4 (future) -> 5.3 not_met.
  - Green row whose own commentary undercuts it: R02 Level 7 but 40 credits
    (60 only with an optional extra module) -> E.2 partial.
  - Green row with a concrete award rule that the MO rows contradict: R32 ->
    6.0 partial.
  - Amber "in development" rows that describe real arrangements -> met:
    R07 (1.5), R09 (1.7), R13 (2.2), R16 (2.5), R21 (4.2), R27 (5.5),
    R29 (5.7), MO-04 (6.A4), MO-07 (6.A7), MO-16 (6.S1), MO-22 (6.S7),
    MO-23 (6.S8).
  - Amber row that is only an intention -> MO-19 (6.S4) not_met.
  - Red rows -> R14 (2.3) not_met; MO-03 (6.A3) not_met; MO-17c (6.S2c)
    not_met.
  - N/A row: no e-learning at all -> 3.3 not_applicable.
  - Combined row: MO-11 names child development and types of SEN in the
    requirement column but the commentary covers only types of SEN -> 6.K5
    met, 6.K4 not_met.
  - Wrong party: MO-17d access arrangements left to schools' own procedures,
    "Assessed by: n/a" -> 6.S2d not_met.
  - Formative only / not graded: MO-02 (6.A2) action learning set feedback;
    MO-17a (6.S2a) tutorial discussion; MO-20 (6.S5) ungraded Practice File
    item -> partial. Taught but not assessed: MO-10 (6.K3) -> partial.
    Placeholder "[to be confirmed]": MO-24 (6.S9) -> partial. Green generic
    "all sessions / all written assignments": MO-05 (6.A5) writing only ->
    partial.
  - Template prompt left in ("Guidance for completion ... Delete this row
    before submission") and a placeholder deadline in the action plan: not
    evidence for anything.
  - Unsupported coverage claim in the covering narrative ("All of the national
    minimum outcomes are fully covered and assessed").
  - Action plan items are intentions only (A3 assessment-only route, A4 CRB,
    A5 formative assessment, A6 impact data, A7 staff deployment, A8 time
    management): they add nothing to 2.3, 5.3, 6.S2c, 5.9, 6.S4, 6.A3.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cd-02-quayside-rag-return.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin = sec.bottom_margin = Cm(1.6)


def add_page_field(par):
    run = par.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


hp = sec.header.paragraphs[0]
hp.text = "RESTRICTED \u2013 Consortium partners and TDA only"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Quayside SENCO Consortium \u2013 Monitoring Return format v2.3 \u2013 Page "
fp.runs[0].font.size = Pt(8)
add_page_field(fp)


def para(text, bold=False, italic=False, size=None, align=None, space_after=6, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Cell text; '\n' inside text becomes a manual line break (as pasted)."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    r = p.add_run(parts[0])
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    for part in parts[1:]:
        r.add_break()
        r = p.add_run(part)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)


RAG_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF5050", "N/A": "D9D9D9"}
WIDTHS = (Cm(1.6), Cm(5.6), Cm(1.9), Cm(16.9))

# ---------------------------------------------------------------- title + narrative
para("Quayside SENCO Consortium", bold=True, size=16, space_after=0)
para("National Award for Special Educational Needs Coordination", bold=True, size=12, space_after=0)
para("Application for approval, 2009\u201310: compliance return against the TDA specification "
     "(Annex 2 requirements and Annex 3 minimum outcomes)", size=11)
para("Completed by: Consortium Programme Office    Date: 16 January 2009    Status: FINAL for submission",
     italic=True, space_after=12)

para("1. Introduction", bold=True, size=11)
para("The Quayside SENCO Consortium brings together Tyneford Metropolitan University, which validates and "
     "awards the qualification; the children's services of Saltmere Borough Council and Cradley Bay City "
     "Council; and Fennick School, a Saltmere special school for pupils with complex needs, which hosts "
     "sessions and placements. Since 2005 the Consortium has run the Quayside Certificate in Inclusive "
     "Practice for teaching assistants; the National Award for SENCOs is a new programme, validated in "
     "December 2008, and will recruit its first cohort of up to 30 participants in September 2009.")
para("2. How to read this return", bold=True, size=11)
para("We have set out the application in the format of the Consortium's termly monitoring return, which "
     "our partner schools and authorities know well. Each requirement of the specification appears as a "
     "row, in our own words, with our self-assessed RAG rating and the evidence behind it. Green means the "
     "arrangement is in place for the September 2009 cohort; Amber means it is in development; Red means "
     "it is not yet in place. The national minimum outcomes appear as rows MO-01 to MO-24, showing where "
     "each is developed and how it is assessed. An action plan for Amber and Red rows follows the table. "
     "No appendices are attached; supporting documents are available from the Programme Office on request.")
para("3. Summary", bold=True, size=11)
para("Of the 60 rows, 43 are rated Green, 13 Amber, 3 Red and 1 not applicable. All of the national "
     "minimum outcomes are fully covered and assessed within the programme. The Amber ratings mostly "
     "reflect our practice of rating any arrangement Amber until it has run once with a full cohort.")

# ---------------------------------------------------------------- the return table
SEC = "section"
ROWS = [
    ("[Guidance for completion: the RAG rating must be supported by the evidence in column 4. Green = fully "
     "in place; Amber = partially in place; Red = not in place. Delete this row before submission.]", SEC),
    ("Eligibility", SEC),
    ("R01", "Award made by a university", "Green",
     "The Award is validated by Tyneford Metropolitan University (validation event 3 December 2008, "
     "approved without conditions) and conferred by its Senate. The University is the awarding body and "
     "holds final responsibility for academic standards; the two authorities and Fennick School are "
     "delivery partners under a Memorandum of Cooperation signed in November 2008."),
    ("R02", "Masters level and credit value", "Green",
     "The National Award is validated at Level 7 (Masters) and comprises two 20-credit modules: QSA701 "
     "Law, Policy and the SENCO Role, and QSA702 Leading Provision and Impact (40 credits in total). "
     "Participants who wish to may add the 20-credit module QSA703 Inquiry into Practice to gain the "
     "Postgraduate Certificate in Inclusive Practice (60 credits). The Award itself is complete at 40 credits."),
    ("Criterion 1 \u2013 Raising achievement", SEC),
    ("R03", "Aims, content and assessment centred on pupils' achievement and well-being (all five ECM outcomes)",
     "Green",
     "Programme aim 1: \u2018to improve the achievement and well-being of children and young people with "
     "SEN and/or disabilities across the five Every Child Matters outcomes through the professional "
     "development of the teachers who coordinate their provision\u2019. Every module learning outcome is "
     "written in terms of its effect on pupils. The QSA702 Impact Study is assessed against criterion 3, "
     "\u2018evidence of the effect of the participant's leadership on pupils' learning, progress or "
     "well-being\u2019, and a study that does not address criterion 3 cannot pass."),
    ("R04", "Strong links to effective practice in schools; school-based activity linked to the outcomes",
     "Green",
     "All assessed work is set in the participant's own school. Between sessions participants complete "
     "five Practice Tasks, each linked to named outcomes (see MO rows) and recorded in the Practice File. "
     "Every participant also spends one day on placement in a contrasting setting (R27). Sessions are "
     "co-taught by serving practitioners from the authorities' services and from Fennick School."),
    ("R05", "Up-to-date research, inspection evidence and developments in SEN and disability", "Green",
     "Content reflects current research and inspection evidence. Reading lists are reviewed annually by "
     "module leaders."),
    ("R06", "Current legislation, government policy and national initiatives on SEN and disability", "Green",
     "QSA701 Day 1, \u2018The legal and policy framework\u2019: Education Act 1996 Part IV as amended; Special "
     "Educational Needs and Disability Act 2001; SEN Code of Practice 2001; Disability Discrimination Act "
     "1995 as amended in 2005; Children Act 2004 and Every Child Matters; Removing Barriers to Achievement "
     "(2004); the Education (SEN Co-ordinators) (England) Regulations 2008. QSA701 Day 2 covers disability "
     "equality in more depth (MO-10). Knowledge of the SEN framework is assessed in Assignment 1 (MO-08)."),
    ("R07", "Consulting children and young people", "Amber",
     "In development. QSA702 Day 3, \u2018The pupil's voice\u2019, is led jointly by the module leader and "
     "Saltmere's Children's Rights and Participation Officer and covers structured interviews, Talking "
     "Mats, pupil-led reviews and consulting pupils with little or no speech. In Practice Task 2 each "
     "participant interviews three pupils with SEN about their provision using the Consortium's "
     "semi-structured schedule, feeds back to the pupils and records what was agreed; this is a graded "
     "item in the Practice File. Rated Amber because the interview schedule is being revised after it was "
     "trialled with teaching assistants in 2008."),
    ("R08", "Advising, supporting and collaborating with colleagues in and beyond the school", "Green",
     "QSA702 Days 4\u20135, \u2018Leading colleagues\u2019: coaching, observation and feedback, modelling, "
     "leading INSET, and working with SENCOs in other schools through the authorities' cluster groups and "
     "with Fennick School's outreach team. In Practice Task 3 participants plan, deliver and evaluate a "
     "professional development activity for colleagues (MO-20)."),
    ("R09", "Working in partnership with parents and carers", "Amber",
     "In development. QSA702 Day 6, \u2018Parents as partners\u2019, is co-delivered with Cradley Bay Parent "
     "Partnership Service and a parent trainer from Saltmere Parent Carer Forum. It covers working with "
     "parents at School Action and School Action Plus, annual reviews, handling disagreement and "
     "complaints, and signposting to independent parental supporters. In Practice Task 4 each participant "
     "plans and chairs a review or planning meeting with a parent or carer; the mentor observes it and "
     "completes the Consortium observation record, and the participant's reflective account is a graded "
     "item in the Practice File. Rated Amber because the parent trainer's contract for 2009\u201310 is not "
     "yet signed."),
    ("R10", "Participants make an impact on practice by meeting the outcomes", "Green",
     "The Impact Study (QSA702, 4,000 words) requires each participant to lead a change in provision in "
     "their own school over at least one term and to evaluate its effect on pupils and on colleagues' "
     "practice. Headteachers sign off the focus of the study at the start."),
    ("R11", "Rigorous assessment against all the outcomes", "Green",
     "All outcomes are assessed. See MO rows."),
    ("Criterion 2 \u2013 Differentiated provision", SEC),
    ("R12", "Credit for prior learning and experience", "Green",
     "Tyneford's APL regulations (Academic Regulations, section 9) apply. A participant may claim up to 20 "
     "credits (one module, normally QSA701) for prior certificated learning in SEN at Level 7, or for "
     "experiential learning evidenced through a reflective claim mapped to the module learning outcomes. "
     "Claims are assessed by the module leader and approved by the Faculty APL Committee; the fee is "
     "halved for a successful claim."),
    ("R13", "Needs assessed against the outcomes before the course; individual training plan and personalised outcomes",
     "Amber",
     "In development. Each applicant completes the Consortium Needs Analysis before the programme starts: "
     "a self-assessment against every national minimum outcome, rated 1\u20134, with a short note of the "
     "evidence. At the pre-course interview in June or July the tutor and applicant go through the Needs "
     "Analysis and agree an Individual Training Plan listing the outcomes the participant will "
     "prioritise, the optional sessions they will attend, the setting for their placement day and the "
     "focus of the Impact Study. The plan is signed by the participant, the tutor and the headteacher, and "
     "reviewed at the January tutorial. Rated Amber because the Needs Analysis is being moved from paper "
     "to an electronic form (A2)."),
    ("R14", "Assessment-only route in exceptional cases", "Red",
     "Not offered in 2009\u201310. See action A3."),
    ("R15", "High-quality, tailored, cost-effective provision that promotes progression", "Green",
     "Provision is of high quality and is tailored to participants' needs. The programme is cost-effective."),
    ("R16", "Helping participants who complete to set further professional targets", "Amber",
     "In development. On the final taught day each participant completes the Consortium \u2018Next "
     "Steps\u2019 sheet, setting two or three professional targets for the following year with possible "
     "routes (QSA703, MA modules, LA specialist training), and is asked to take it to their performance "
     "management review; the tutor discusses it with them at the final tutorial. Rated Amber because we "
     "would like to add a follow-up contact after six months."),
    ("Criterion 3 \u2013 Flexible and accessible delivery", SEC),
    ("R17", "Equalities duties; reasonable adjustments for disabled participants", "Green",
     "The Consortium complies with all relevant equality legislation and is committed to equality of "
     "opportunity for all participants. The University's policies apply."),
    ("R18", "Flexible delivery", "Green",
     "The programme is highly flexible. Sessions are held on Saturday mornings and after school "
     "(4.30\u20137.00pm) at Fennick School and at the University's Quayside campus.\n"
     "The programme starts each September."),
    ("R19", "Support for e-learning (only where e-learning is used)", "N/A",
     "Not applicable. No part of the programme is delivered by e-learning: all sessions are face-to-face "
     "and materials are handed out on paper at sessions. Participants can contact tutors by email or "
     "telephone."),
    ("Criterion 4 \u2013 Stakeholders", SEC),
    ("R20", "Provision reflects evidence of stakeholders' needs", "Green",
     "Evidence used in designing the programme:\n"
     "(a) a survey of SENCOs in both authorities (March 2008; 64 responses from 150 schools): the greatest "
     "needs named were provision mapping, leading teaching assistants and working with parents;\n"
     "(b) Saltmere and Cradley Bay SEN data showing rising numbers of pupils with statements for autistic "
     "spectrum disorders and for speech, language and communication needs;\n"
     "(c) Ofsted section 5 reports for 30 local schools, 11 of which named SEN provision as an area for "
     "improvement, most often the tracking of pupils' progress;\n"
     "(d) the views of Saltmere Parent Carer Forum, gathered at two meetings in spring 2008.\n"
     "The programme's emphases follow from these: provision mapping (Assignment 1), the ASD and SLCN "
     "workshops, tracking progress (Impact Study) and the Parents as Partners day."),
    ("R21", "How stakeholders have influenced the development and improvement of the programme", "Amber",
     "In development. The Consortium Steering Group \u2013 the two authorities' heads of SEN, four "
     "headteachers, Fennick School's deputy head, the Cradley Bay Parent Partnership coordinator and "
     "University staff \u2013 met three times in 2008 and changed the design in three ways: sessions moved "
     "from weekdays to Saturday mornings and after school to cut supply costs for schools; the placement "
     "day was added; and the Parents as Partners day was added, co-delivered with parents. Rated Amber "
     "because the Steering Group's terms of reference for 2009\u201310 are still being agreed (A9)."),
    ("R22", "How stakeholders will be involved in evaluation and other aspects of the provision", "Green",
     "Stakeholders will be fully involved in evaluating the programme. LA SEN advisers and Fennick School "
     "staff co-teach sessions and host placements. In 2007\u201308 headteachers sat on the evaluation panel "
     "for the Consortium's Certificate in Inclusive Practice for teaching assistants, which worked well."),
    ("Criterion 5 \u2013 Quality assurance", SEC),
    ("R23", "Internal and external evaluation; how evidence is used to improve the programme", "Green",
     "Internal: session evaluation forms; end-of-module questionnaires; module leaders' reports; the "
     "Annual Monitoring Report to the Faculty Academic Standards Committee, with an action plan. "
     "External: the external examiner's annual report (Ms Carol Dent, formerly of the University of "
     "Wexcombe); University periodic review every five years. Module leaders respond in writing to each "
     "external examiner's report, and the responses and the AMR action plan are considered by the "
     "Programme Committee each October before the new cohort starts. Changes are reported to "
     "participants in the module handbooks."),
    ("R24", "Entry: accepted candidates can benefit and reach the outcomes", "Green",
     "Entry requirements: QTS; at least two years' teaching; a current post as SENCO, or designation to "
     "become SENCO within a year, in a maintained school; headteacher's nomination. Every applicant has a "
     "pre-course interview with a tutor based on the Needs Analysis (R13). Applicants whose Needs Analysis "
     "and interview show they are unlikely to reach the outcomes within the year are given written advice "
     "on preparatory steps (for example the authorities' induction course for new SENCOs), and the tutor "
     "contacts the headteacher to agree a plan; a place is held for them for the following year."),
    ("R25", "CRB enhanced disclosure and other background checks", "Green",
     "All participants are serving teachers and will therefore have been CRB checked by their employer. "
     "Safer recruitment is the responsibility of the employing school."),
    ("R26", "Qualified, experienced staff with up-to-date specialist knowledge", "Green",
     "Programme leader: Dr Anita Rowe, Principal Lecturer; formerly SENCO in two secondary schools and SEN "
     "adviser for Cradley Bay (2000\u201306); PhD (2005) on provision mapping.\n"
     "Module leaders: Mr Colin Hardaker, formerly head of Fennick School's outreach service; Ms Priya Lal, "
     "specialist teacher for autism, Saltmere, seconded to the University at 0.4.\n"
     "Sessional contributors: educational psychologists and speech and language therapists from both "
     "authorities, and Saltmere's Children's Rights and Participation Officer.\n"
     "All tutors hold a relevant postgraduate qualification; University staff spend at least five days a "
     "year in partner schools under the Consortium's outreach agreement."),
    ("R27", "Access to specialist expertise and high-quality placements", "Amber",
     "In development. Specialist contributors: educational psychologists from both authorities, the "
     "Cradley Bay speech and language therapy service, Saltmere Behaviour Support Team, Fennick School's "
     "autism outreach teachers and a CAMHS primary mental health worker. Placement: each participant "
     "spends one day in a contrasting setting chosen with their tutor from the Consortium's list of host "
     "settings (currently 12, including Fennick School, Saltmere Pupil Referral Unit, the Cradley Bay "
     "Hearing Impairment Resource Base and two mainstream schools with resourced provision for autism). "
     "Each host agrees a programme for the day, and participants write a placement report for the "
     "Practice File. Rated Amber because we are recruiting two further secondary hosts (A1)."),
    ("R28", "Enough specialist teaching resources, including ICT and specialist technology", "Green",
     "See Appendix F (Resources)."),
    ("R29", "Tutors and mentors understand their roles and can carry them out", "Amber",
     "In development. Each participant has a school-based mentor, a senior colleague nominated by the "
     "headteacher. Mentors receive the Consortium Mentor Handbook, which sets out their role (agreeing "
     "tasks, observing Task 4, signing the Practice File, attending the January three-way review), and "
     "attend a half-day mentor briefing in September before mentoring begins; a mentor who cannot attend "
     "is visited by the tutor instead. Tutors attend an induction day and an annual tutor development "
     "day, and a new tutor is paired with an experienced one for their first module. Rated Amber because "
     "attendance at the 2008 briefing for the teaching assistant programme was only 70 per cent and we "
     "are changing the timing."),
    ("R30", "Consistent, reliable and moderated assessment", "Green",
     "All assignments are marked against published grade criteria. Second marking covers every fail and "
     "every distinction and a 20 per cent sample of other work. A moderation meeting precedes each "
     "Assessment Board. The external examiner moderates a sample from each module and attends the Board. "
     "Graded Practice File items are moderated by a second tutor on a 25 per cent sample."),
    ("R31", "Evaluating quality and impact on participants' competence and confidence and on pupils' achievement",
     "Green",
     "The programme has a strong impact on participants' confidence and on their pupils, as shown by "
     "consistently positive end-of-module evaluations."),
    ("Criterion 6 \u2013 Completion requirements", SEC),
    ("R32", "Award only to participants who have shown all the minimum outcomes", "Green",
     "The award regulations (programme specification, section 7.3) state that the Award is conferred only "
     "when the participant has passed both modules and the Assessment Board has confirmed, from the "
     "participant's Outcome Record, that evidence has been assessed against every national minimum "
     "outcome. The tutor keeps the Outcome Record and the external examiner checks a sample."),
    ("Minimum outcomes \u2013 professional attributes", SEC),
    ("MO-01", "Fair, respectful relationships with pupils and their families", "Green",
     "Developed in: QSA702 Day 3 (the pupil's voice) and Day 6 (Parents as partners).\n"
     "Assessed by: Practice File graded items \u2013 Task 2 pupil interviews and Task 4 parent meeting, "
     "with the mentor's observation record."),
    ("MO-02", "Winning the commitment of colleagues and senior leaders", "Green",
     "Developed in: QSA702 Day 4, \u2018Leading change\u2019.\n"
     "Assessed by: feedback from peers in action learning sets."),
    ("MO-03", "Prioritising, managing time and delegating", "Red",
     "Not yet mapped. See action A8."),
    ("MO-04", "Anticipating and solving problems; sound decisions about provision", "Amber",
     "In development. Developed in: QSA702 Day 5 case conference simulation, in which participants work "
     "through a contested decision about a pupil's provision with an educational psychologist and a "
     "parent trainer in role.\n"
     "Assessed by: Impact Study section 4, \u2018Decisions and judgements\u2019, graded against criterion 5. "
     "Rated Amber because the simulation materials are being rewritten."),
    ("MO-05", "Communicating clearly in speech and writing; listening", "Green",
     "Developed in: all sessions.\n"
     "Assessed by: all written assignments."),
    ("MO-06", "Using research and external advice to improve own and colleagues' practice", "Green",
     "Developed in: QSA702 Days 1\u20132 (using research; reading the literature).\n"
     "Assessed by: Impact Study literature review (criterion 2), which must show how research and advice "
     "from specialists shaped the change for the participant and for colleagues."),
    ("MO-07", "Keeping up to date; owning professional development", "Amber",
     "In development. Developed in: QSA701 Day 1, \u2018You as SENCO: planning your own development\u2019; "
     "participants keep a CPD log throughout the programme.\n"
     "Assessed by: the CPD log is a graded item in the Practice File (pass/refer). Rated Amber because "
     "the log template is being revised."),
    ("Minimum outcomes \u2013 knowledge and understanding", SEC),
    ("MO-08", "SEN law and the Code of Practice; implications and putting them into practice", "Green",
     "Developed in: QSA701 Day 1.\n"
     "Assessed by: Assignment 1 Part B, an audit of the school's SEN policy and procedures against the "
     "Code of Practice, with an action plan for the school."),
    ("MO-09", "Every Child Matters and the SENCO's part in it", "Green",
     "Developed in: QSA701 Days 1 and 2.\n"
     "Assessed by: Assignment 1 Part C, mapping the school's provision for pupils with SEN against the "
     "five outcomes and identifying what the SENCO can do to improve them."),
    ("MO-10", "Disability equality law and the actions it requires", "Green",
     "Developed in: QSA701 Day 2, \u2018Disability equality\u2019: the schools' duties under the DDA, "
     "reasonable adjustments, accessibility plans and the disability equality scheme.\n"
     "Assessed by: not separately assessed."),
    ("MO-11", "How children develop; the main types of SEN and disability and their effect on learning",
     "Green",
     "Developed in: QSA701 Days 3\u20134, \u2018Areas of need\u2019: workshops on behavioural, emotional and "
     "social difficulties (Saltmere Behaviour Support Team), specific learning difficulties including "
     "dyslexia, speech, language and communication needs (Cradley Bay speech and language therapy "
     "service), autistic spectrum disorders (Fennick outreach) and moderate learning difficulties.\n"
     "Assessed by: the Case Profile (QSA701), in which the participant analyses how one pupil's "
     "difficulties affect their learning."),
    ("MO-12", "Approaches, strategies and resources, including ICT, used critically to remove barriers",
     "Green",
     "Developed in: QSA701 Day 5, \u2018Removing barriers\u2019, including assistive technology and software "
     "for literacy and communication, and personalising provision.\n"
     "Assessed by: Impact Study criterion 4, a critical evaluation of the approach chosen and of the "
     "alternatives."),
    ("MO-13", "School self-evaluation and improvement as they relate to SEN outcomes", "Green",
     "Developed in: QSA701 Day 7, \u2018SEN in the SEF\u2019.\n"
     "Assessed by: Assignment 1 Part D (see MO-21)."),
    ("MO-14", "Best practice and research in meeting SEN", "Green",
     "Developed in: reading for every session; QSA702 Day 1.\n"
     "Assessed by: Impact Study literature review (criterion 2)."),
    ("MO-15", "External agencies: their scope and role; getting specialist support", "Green",
     "Developed in: QSA701 Day 6, \u2018Working with other services\u2019 (educational psychology, speech and "
     "language therapy, CAMHS, social care, Connexions, voluntary sector), and the placement day.\n"
     "Assessed by: Case Profile section 3 (a map of the agencies involved with the pupil and how their "
     "support was obtained) and the placement report."),
    ("Minimum outcomes \u2013 professional skills", SEC),
    ("MO-16", "Influencing strategy, ethos, policy and resources with senior colleagues and governors",
     "Amber",
     "In development. Developed in: QSA702 Day 7, \u2018Influencing strategy\u2019, with a trainer from "
     "Saltmere Governor Services.\n"
     "Assessed by: Practice File Task 5: the participant presents a paper on an aspect of SEN strategy, "
     "policy or resourcing to the governing body or one of its committees, or to the senior leadership "
     "team; headteacher's witness statement; graded. Rated Amber because Day 7 is new in 2009."),
    ("MO-17", "Identifying pupils, setting targets, planning interventions and reviewing progress", "Green",
     "Developed in: QSA701 Day 5 (identification through observation, data and assessment; target "
     "setting) and QSA702 Day 2.\n"
     "Assessed by: Impact Study: identification of the pupils, targets, the planned intervention and "
     "review of progress (criteria 1 and 3)."),
    ("MO-17a", "Using other professionals' assessments to shape teaching", "Green",
     "Developed in: QSA701 Day 6 and the placement day.\n"
     "Assessed by: discussed with the tutor at the January tutorial."),
    ("MO-17b", "Using summative data, including national tests, to track progress", "Green",
     "Developed in: QSA702 Day 2, \u2018Tracking progress\u2019 (RAISEonline, P scales, CASPA, optional tests).\n"
     "Assessed by: Impact Study criterion 3, which requires summative data, including national test or "
     "teacher assessment levels where available, to show progress and any change made to the "
     "intervention as a result."),
    ("MO-17c", "Encouraging colleagues' formative assessment", "Red",
     "Not currently covered. See action A5."),
    ("MO-17d", "Special arrangements for tests and examinations", "Green",
     "Participants will already be familiar with access arrangements for national tests and examinations "
     "through their schools' own procedures and the QCA and JCQ guidance.\n"
     "Assessed by: n/a."),
    ("MO-18", "Provision mapping; identifying ineffective or missing provision", "Green",
     "Developed in: QSA701 Day 2 (workshop using Cradley Bay's provision mapping tool).\n"
     "Assessed by: Assignment 1 Part A, a provision map for the school with an analysis of gaps and of "
     "provision that is not working."),
    ("MO-19", "Deploying and managing staff", "Amber",
     "In development. To be added to QSA702 when the module is revalidated in 2010 (A7)."),
    ("MO-20", "Supporting colleagues' professional development", "Green",
     "Developed in: QSA702 Days 4\u20135 (coaching, observation and feedback, modelling, planning INSET).\n"
     "Assessed by: Practice Task 3 is recorded in the Practice File with the mentor's comments; it is not "
     "one of the graded items."),
    ("MO-21", "Reviewing provision with colleagues to inform school self-evaluation", "Green",
     "Developed in: QSA701 Day 7.\n"
     "Assessed by: Assignment 1 Part D, a review of the effectiveness of the school's SEN provision "
     "carried out with at least two colleagues, ending with recommendations written for the school's SEF."),
    ("MO-22", "Involving pupils in planning, agreeing and reviewing their provision", "Amber",
     "In development. Developed in: QSA702 Day 3.\n"
     "Assessed by: Practice File Task 2 (pupil interviews, feedback to pupils and the changes agreed), "
     "graded. Amber: see R07."),
    ("MO-23", "Liaising with parents and carers", "Amber",
     "In development. Developed in: QSA702 Day 6.\n"
     "Assessed by: Practice File Task 4 (observed parent meeting), graded. Amber: see R09."),
    ("MO-24", "Working with other services and agencies, including voluntary organisations", "Green",
     "Developed in: QSA701 Day 6, with speakers from the local branch of the National Autistic Society and "
     "from Saltmere Young Carers.\n"
     "Assessed by: [to be confirmed]."),
]

t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, txt, w in zip(t.rows[0].cells, ("Ref", "Requirement (our paraphrase)", "RAG status",
                                       "Evidence and commentary"), WIDTHS):
    set_cell(c, txt, bold=True)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    c.width = w
# repeat header row
trPr = t.rows[0]._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
th.set(qn("w:val"), "true")
trPr.append(th)

for row in ROWS:
    cells = t.add_row().cells
    if len(row) == 2:  # merged section / guidance row
        m = cells[0].merge(cells[3])
        guidance = row[0].startswith("[")
        set_cell(m, row[0], bold=not guidance, italic=guidance)
        shade(m, "FFF2CC" if guidance else "D9E2F3")
        continue
    ref, req, rag, ev = row
    set_cell(cells[0], ref)
    set_cell(cells[1], req)
    set_cell(cells[2], rag, bold=True)
    shade(cells[2], RAG_FILL[rag])
    set_cell(cells[3], ev)
    for c, w in zip(cells, WIDTHS):
        c.width = w

# ---------------------------------------------------------------- action plan
para("", space_after=4)
para("4. Action plan for Amber and Red rows", bold=True, size=11)
ACTIONS = [
    ("A1", "Recruit two further secondary placement hosts (R27)", "Programme Leader", "June 2009"),
    ("A2", "Move the Needs Analysis to an electronic form (R13)", "Programme Office", "May 2009"),
    ("A3", "Draft a procedure for an assessment-only route and take it to Faculty Board (R14)",
     "Programme Leader", "TBC"),
    ("A4", "Add a CRB and List 99 confirmation to the headteacher nomination form (R25)",
     "Admissions Officer", "June 2009"),
    ("A5", "Add a session on supporting colleagues' formative assessment (MO-17c)",
     "Module Leader QSA702", "September 2010"),
    ("A6", "Collate pupil outcome data from Impact Studies into an annual impact report (R31)",
     "Programme Leader", "[insert date]"),
    ("A7", "Revalidate QSA702 to include the deployment and management of support staff (MO-19)",
     "Head of Department", "2010"),
    ("A8", "Map time management and delegation into a module (MO-03)", "Module Leader QSA701",
     "Before first cohort"),
    ("A9", "Agree Steering Group terms of reference for 2009\u201310 (R21)", "Chair, Steering Group",
     "March 2009"),
    ("A10", "Sign parent trainer contract for 2009\u201310 (R09)", "Programme Office", "April 2009"),
]
a = doc.add_table(rows=1, cols=4)
a.style = "Table Grid"
AW = (Cm(1.4), Cm(14.0), Cm(5.0), Cm(3.6))
for c, txt, w in zip(a.rows[0].cells, ("Ref", "Action", "Owner", "Deadline"), AW):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
    c.width = w
for row in ACTIONS:
    cells = a.add_row().cells
    for c, txt, w in zip(cells, row, AW):
        set_cell(c, txt)
        c.width = w

para("", space_after=4)
para("Signed on behalf of the Consortium Board: Dr Anita Rowe, Programme Leader, and Mrs Judith Carver, "
     "Head of SEN and Inclusion, Saltmere Borough Council", italic=True)

doc.save(OUT)
print("wrote", OUT)
