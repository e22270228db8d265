"""fm-02-kingsport-schemes-of-work

Provider (invented): Kingsport City Council's Behaviour and Learning Support
Service (KBLSS), which runs the city's Pupil Referral Service (Harbour House,
key stage 3-4, and the Westgate Centre, key stage 2), with the University of
Eskford School of Education validating.

Document kind: the Service's curriculum map and schemes of work for the award,
written by its PRU curriculum team in the house format the PRUs use for their
own pupils' curriculum: a curriculum statement (rationale, aims, principles,
equal opportunities, entry, routes), a long-term plan, medium-term plans for
five units in the school template (Session / Learning objectives (WALT) /
Activities / Personalisation / Resources / AfL / ECM link), an Assessment,
Recording and Reporting (ARR) section, evaluation and review, and an
"Outcome Tracker" modelled on the Assessing Pupils' Progress (APP) grids, with
the national outcomes rewritten as assessment focuses AF1-AF27 and judgements
"Working towards / Secure". Sent with a short covering note to the panel.

Layout: no Word heading styles; custom paragraph styles ("KBLSS Part",
"KBLSS Sub") for titles; a cover table; a long-term plan with vertically and
horizontally merged term cells; landscape medium-term plan tables with an
"ECM link" column filled almost only with "E&A"; the tracker in landscape;
header and footer ("Uncontrolled when printed"); the University link tutor's
tracked changes (a deleted sentence granting exemption for prior study, an
inserted fee sentence); two Word comments.

Traps (requirement ids):
- E.2 partially_met: Level 7, but the credit value ("40 or 60") is still to be
  confirmed by the University.
- 1.1 partially_met: the aims are about attainment and progress; well-being
  and the five ECM outcomes appear nowhere except the template's "ECM link"
  column (almost always "E&A").
- 6.K2 not_met: Every Child Matters has no assessment focus on the tracker and
  no session.
- 1.8 partially_met: Task 3 is a development plan; carrying it out is only
  hoped for.
- 2.1 not_met: "The Service does not award credit for prior study or
  experience"; the exemption sentence for an earlier module is a deleted
  tracked change.
- 3.1 partially_met: the equal opportunities paragraph is values only.
- 4.1 partially_met: needs known "from our day-to-day work in schools"; the
  survey exists only in a comment.
- 4.2 not_met: stakeholders will shape "later versions" (future only); the
  content was written by the curriculum team.
- 5.2 partially_met: open to any teacher who is or will be a SENCO; no
  check of prior knowledge.
- 5.6 partially_met: "a wide range of resources" with nothing specified.
- 5.7 partially_met: tutors' induction is concrete; the school coaches'
  role is never set out and they receive no briefing.
- 1.9 / 6.0 partially_met: the award rule is "Secure" on every tracker AF,
  but the tracker has no AF for ECM and rules out staff deployment, and some
  AFs are not assessed by a task.
- Tracker: 6.A3 "observed in sessions (not recorded)"; 6.A5 writing only,
  speaking and listening not assessed; 6.K5 only BESD taught, others by
  directed reading; 6.K7 assessed in Task 3 with no session ("-" in Taught
  in); 6.S2c formative peer discussion only; 6.S4 "not part of this award"
  (the Council's separate support staff course).
- Met despite looks: 2.3 (the Direct Assessment Route is concrete); 5.3 (the
  participant's CRB check is confirmed on the nomination form and verified
  by the Council's HR team); 5.5 (two contrasting-setting days with host
  tutors, plus specialist services).
"""
import copy
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
_rev = [100]


def _id():
    _rev[0] += 1
    return str(_rev[0])


def P(doc, text="", bold=False, italic=False, style=None, size=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def RUNS(doc, parts, style=None):
    """parts: list of (text, fmt) with fmt containing b/i."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def TABLE(doc, rows, header=True, size=None, fill="D9D9D9", style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), fill)
    return t


def group_row(t, i, text, fill="EDEDED"):
    """merge a whole row into one shaded cell"""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, text, bold=True)
    shade(a, fill)


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def INS(p, text, author, date="2009-01-20T10:00:00Z"):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(_run_el(text))
    p._p.append(ins)


def DEL(p, text, author, date="2009-01-20T10:00:00Z"):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    d.append(_run_el(text, deleted=True))
    p._p.append(d)


def DEL_PARA(doc, text, author, date="2009-01-20T10:00:00Z"):
    """a whole paragraph deleted, paragraph mark included"""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)
    DEL(p, text, author, date)
    return p


def COMMENT(doc, p, text, author, initials):
    runs = p.runs if p.runs else [p.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def landscape(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot

from docx.enum.style import WD_STYLE_TYPE
UT = "Dr Helen Marsh (UoE)"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sp = doc.styles.add_style("KBLSS Part", WD_STYLE_TYPE.PARAGRAPH)
sp.base_style = doc.styles["Normal"]; sp.font.size = Pt(15); sp.font.bold = True
sp.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79); sp.paragraph_format.space_before = Pt(18)
ss = doc.styles.add_style("KBLSS Sub", WD_STYLE_TYPE.PARAGRAPH)
ss.base_style = doc.styles["Normal"]; ss.font.size = Pt(12); ss.font.bold = True; ss.paragraph_format.space_before = Pt(10)
header_footer(doc, "KBLSS Curriculum Team | CT/09/03 | National Award for SEN Coordination | Uncontrolled when printed",
              "Kingsport City Council Children's Services. Review date: July 2010. Owner: PRS Curriculum Leader.")

def PART(t): return P(doc, t, style="KBLSS Part")
def SUB(t): return P(doc, t, style="KBLSS Sub")

t = TABLE(doc, [["KINGSPORT BEHAVIOUR AND LEARNING SUPPORT SERVICE\nPupil Referral Service Curriculum Team"],
                ["CURRICULUM MAP AND SCHEMES OF WORK\nNational Award for SEN Coordination 2009-10"],
                ["In partnership with the University of Eskford, School of Education\nDocument CT/09/03, version 2, February 2009"]], header=False, size=13)
for r in t.rows:
    shade(r.cells[0], "DEEAF6")
P(doc)
P(doc, "To the TDA approval panel", bold=True)
P(doc, "Every course our Pupil Referral Service teaches, whether to fourteen-year-olds at Harbour House or to newly qualified teachers, has a curriculum map and schemes of work in this format, and our teachers plan from them. We have written the SENCO award the same way and send the document as our application because it is how the course will actually be taught. The University's link tutor, Dr Helen Marsh, has read the draft and her changes are shown. Carol Dent, Curriculum Leader, Pupil Referral Service.", italic=True)

PART("Part 1: Curriculum statement")
SUB("1.1 Rationale")
P(doc, "Kingsport has 94 schools. Every year between 15 and 20 of them appoint a SENCO who is new to the role. Most of the pupils who come to Harbour House or the Westgate Centre have special educational needs that were known to their school, and many had needs that were not recognised until they were at the point of exclusion. Our outreach teachers spend much of their week with SENCOs, and we believe that a SENCO who knows how to identify needs early, plan with colleagues and bring in the right help is the best protection a vulnerable pupil has. The course is our attempt to put what our outreach teachers know into a structured programme, with the University's academic standards behind it.")
SUB("1.2 Aims")
P(doc, "The course aims to:")
for x in ["raise the attainment and rate of progress of pupils with SEN and/or disabilities in Kingsport schools, measured in National Curriculum levels, P scales and GCSE results;",
          "give new SENCOs the knowledge, skills and confidence to lead SEN provision in their school;",
          "reduce the number of pupils with SEN who are excluded or placed in the Pupil Referral Service because their learning needs were not met."]:
    P(doc, "\u2022 " + x)
SUB("1.3 Principles")
P(doc, "Our curriculum for participants follows the same principles as our curriculum for pupils: learning is active, builds on what learners already know, and is assessed through what they do as well as what they write. Each session has clear learning objectives (\"We are learning to...\"), shared at the start and reviewed at the end. Participants learn from each other and from the pupils and families we work with.")
SUB("1.4 Equal opportunities")
P(doc, "Kingsport City Council and the University of Eskford are committed to equality of opportunity and to valuing diversity. We welcome participants from all backgrounds and believe every teacher who wants to become an effective SENCO should have the chance to do so. We will treat all participants fairly and with respect, and we will not tolerate discrimination of any kind.")
SUB("1.5 Who the course is for")
P(doc, "The course is open to any qualified teacher in a Kingsport school, or in a neighbouring authority's school if places allow, who is a SENCO or will become one. Headteachers nominate on the Service's nomination form, which also asks them to confirm that the nominee holds a current enhanced CRB disclosure and the date it was issued; the Council's Schools HR team checks that date against the school's single central record (for academies and voluntary aided schools, the school sends a copy of the disclosure certificate), and no participant starts the course or the contrasting-setting days until HR has confirmed the check. Places are offered in the order nominations are received.")
SUB("1.6 Prior learning")
p = P(doc, "The Service does not award credit for prior study or experience: everyone who follows the taught course completes all five units and all four tasks.")
DEL(p, " Participants who have passed the University's 20-credit module Understanding Behaviour since 2005 will be exempt from Unit 2 and Task 2.", UT, "2009-02-09T14:20:00Z")
SUB("1.7 The Direct Assessment Route")
p = P(doc, "A small number of experienced teachers, for example outreach teachers from our own Service or SENCOs who have led provision in another authority, may already show most or all of the outcomes. They can apply for the Direct Assessment Route. The candidate meets the course leader to go through the Starting Point Assessment (4.2) with evidence; if the course leader and the University link tutor agree that the candidate is likely to be Secure across the tracker, the candidate submits Tasks 1 to 3 and takes part in the Professional Review Meeting (Task 4) without attending the units. Their work is marked and moderated in the same way as everyone else's. We expect no more than two or three candidates a year.")
INS(p, " Candidates on this route pay a reduced fee of £450.", UT, "2009-02-09T14:25:00Z")
SUB("1.8 Routes and timing")
P(doc, "There are two starts each year, in September and January. Units 1 and 5 are taken first and last; Units 2, 3 and 4 can be taken in any order, because each runs in both the autumn and the spring term. Each unit is offered in two modes: as two full study days at Harbour House, or as four twilight sessions (4.00-6.30pm) at the Westgate Centre. Participants can mix modes between units. Most participants complete in three terms; a participant can take up to two years if their school circumstances change, with the course leader's agreement. The fee is £950 per participant, kept down because the Service provides the venues and three of the tutors from its core budget; for Kingsport maintained schools the Council's Standards Fund pays half.")
SUB("1.9 Online learning on the Kingsport Grid for Learning")
P(doc, "Each unit has an online area on the city's learning platform, the Kingsport Grid for Learning (KGfL), which every school already uses. Between sessions participants complete the unit's online tasks (a short reading with a structured response, a case discussion or a data exercise), which the unit tutor reads and comments on within the week. Each unit has a tutor-moderated discussion forum, and participants are put into learning sets of four who share their gap tasks on the forum and comment on each other's. Tutors hold an online \"surgery\" in the forum on Tuesday evenings between 7 and 8pm during each unit. Participants who choose the twilight mode cover one of the four sessions through a guided online session on KGfL. The course leader uses KGfL messaging to contact participants and headteachers, and tutors share marking and moderation records in a closed tutors' area.")
SUB("1.10 Staffing")
TABLE(doc, [
    ["Tutor", "Role", "Background"],
    ["Carol Dent", "Course leader; Units 1 and 5", "MA Education (SEN); PRS Curriculum Leader; SENCO in a secondary school for seven years; Ofsted-trained in 2007 as an additional inspector"],
    ["Bilal Hussain", "Unit 2 tutor", "Head of Harbour House; Diploma in Emotional and Behavioural Difficulties; led the city's SEAL roll-out in secondary schools 2007-08"],
    ["Joanne Reeve", "Unit 3 tutor", "Specialist teacher (specific learning difficulties); AMBDA; KBLSS outreach"],
    ["Dr Helen Marsh", "University link tutor; Unit 4 tutor", "Principal Lecturer, University of Eskford; PhD on multi-agency working; research in pupil participation"],
    ["Sam Okonedo", "Unit 4 co-tutor", "Senior educational psychologist, Kingsport EPS"],
])
P(doc)
P(doc, "All tutors have taught in mainstream schools and are practising now, in the Service, the EPS or the University. They keep up to date through the Service's Wednesday professional development afternoons and the University's research seminars.")
P(doc, "New tutors attend the University's half-day associate tutor induction and shadow one unit before they teach. Before each cohort the tutors meet for a standardisation day at which they mark two anonymised pieces of work from the previous cohort together and agree the tracker judgements.")
P(doc, "Each participant's school names a school coach, usually a senior leader, who supports the participant in school.")
SUB("1.11 Resources")
P(doc, "Participants will have access to a wide range of resources for SEN from the Service and the University to support their learning.")
SUB("1.12 Specialist expertise and contrasting-setting days")
P(doc, "Besides the tutors above, sessions are led by the Kingsport Speech and Language Therapy Service, the Autism Outreach Team, the Hearing and Vision Support Team, the Primary Mental Health Team, and Kingsport Parent Partnership. Every participant also spends two days in a contrasting setting during Unit 3: one of Harbour House, the Westgate Centre, Saltmarsh Special School, the hospital school, or (for secondary SENCOs) a primary school with a specialist resource base. The host setting names a host tutor who agrees a focused task with the participant (for example, shadowing an annual review or observing how the setting uses P scales), and the participant writes up the task for their Task 2 evidence file.")

PART("Part 2: Long-term plan")
rows = [["Term", "Unit", "Title", "Sessions", "Task"],
        ["Autumn", "1", "The SENCO, the law and the school", "2 days / 4 twilights", "Task 1"],
        ["", "2", "Understanding behaviour, emotional and social needs", "2 days / 4 twilights", ""],
        ["", "3", "Identifying needs and planning teaching", "2 days / 4 twilights", "Task 2"],
        ["Spring", "2, 3, 4 (repeat)", "Units 2 and 3 repeated; Unit 4 first run", "as above", ""],
        ["", "4", "Working with pupils, families, colleagues and agencies", "2 days / 4 twilights", ""],
        ["Summer", "5", "Leading provision in your school", "2 days / 4 twilights", "Task 3, Task 4"],
        ["", "", "Professional Review Meetings (June-July)", "", ""]]
t = TABLE(doc, rows)
t.cell(1, 0).merge(t.cell(3, 0)); cell_text(t.cell(1, 0), "Autumn")
t.cell(4, 0).merge(t.cell(5, 0)); cell_text(t.cell(4, 0), "Spring")
t.cell(6, 0).merge(t.cell(7, 0)); cell_text(t.cell(6, 0), "Summer")
m = t.cell(7, 1).merge(t.cell(7, 4)); cell_text(m, "Professional Review Meetings (June-July)")
P(doc)

landscape(doc)
PART("Part 3: Medium-term plans")
P(doc, "Each plan shows the sessions of one unit. AfL = how the tutor checks learning in the session; ECM link = the Every Child Matters outcome the session contributes to (E&A = enjoying and achieving).")
hdr = ["Session", "Learning objectives (WALT)", "Activities", "Personalisation", "Resources", "AfL", "ECM link"]
units = [
 ("Unit 1: The SENCO, the law and the school", [
  ["1.1", "Know the duties in the Education Act 1996 and the SEN Code of Practice (2001); understand School Action, School Action Plus and statutory assessment", "Timeline of a pupil's journey through the Code; statement-writing exercise using an anonymised Kingsport file", "Experienced participants lead table groups", "Code of Practice; SEN Toolkit; Kingsport SEN handbook", "Quiz; exit cards", "E&A"],
  ["1.2", "Understand the disability equality duty and accessibility planning, and what they require schools to do for disabled pupils", "Audit of own school's accessibility plan and disability equality scheme against the DDA 2005 duties", "Primary / secondary versions of audit", "DDA 2005 guidance; school plans brought by participants", "Peer review of audit", "E&A"],
  ["1.3", "Understand current policy: the Children's Plan, the Steer Report (2005, 2009 update), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008) and the Lamb Inquiry", "Jigsaw reading; each group briefs the others on one report and its messages for SENCOs", "Choice of report by phase", "Reports; summaries", "Group briefing", "E&A"],
  ["1.4", "Understand the SENCO's role and how to prioritise, manage time and delegate", "Diary analysis of a week in role; delegation planning", "Own diary", "Time audit sheet", "Tutor observation", "E&A"],
 ]),
 ("Unit 2: Understanding behaviour, emotional and social needs", [
  ["2.1", "Understand behavioural, emotional and social difficulties and how they affect learning", "Case studies from Harbour House; functional analysis of behaviour", "Phase groups", "Boxall Profile; SDQ", "Case discussion", "E&A"],
  ["2.2", "Understand how children develop socially and emotionally and how the environment for learning affects development", "Attachment and development lecture; classroom environment audit", "Primary / secondary case", "Environment audit tool", "Audit feedback", "E&A"],
  ["2.3", "Consult pupils about what affects them and involve them in planning and reviewing their support", "Harbour House pupil panel explains their own review process; participants practise \"talking mats\" and person-centred review questions", "Choice of tools by age", "Talking Mats; pupil review booklet", "Role-play feedback", "E&A"],
  ["2.4", "Other types of need: specific learning difficulties, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties", "Directed reading on KGfL with structured response", "Reading chosen by need in own school", "KGfL reading list", "Online response", "E&A"],
 ]),
 ("Unit 3: Identifying needs and planning teaching", [
  ["3.1", "Identify pupils who may have SEN using observation, data and assessment; set challenging targets", "Using RAISEonline and school tracking data; writing targets from assessment", "Own school data", "RAISEonline extracts; tracking sheets", "Target-writing check", "E&A"],
  ["3.2", "Use assessments by other professionals (EP, SALT, OT, specialist teachers) to plan teaching", "Unpick real reports; turn recommendations into classroom strategies", "Reports relevant to own pupils", "Anonymised reports", "Strategy plan reviewed by EP", "E&A"],
  ["3.3", "Use summative assessment and national tests to track progress and change programmes; plan access arrangements for tests and examinations in good time", "Tracking exercise; JCQ access arrangements and KS2 test arrangements timetable", "Phase versions", "JCQ regulations; QCA KS2 arrangements", "Timeline task", "E&A"],
  ["3.4", "Critically compare approaches, strategies and resources, including ICT, to remove barriers to learning", "Evaluation of interventions and assistive technology; research evidence", "Own intervention list", "Assistive technology kit (Service loan)", "Evaluation grid", "E&A"],
  ["3.5", "Contrasting-setting days (two days)", "Focused task agreed with host tutor", "Setting chosen to contrast with own", "Host setting", "Write-up", "E&A"],
 ]),
 ("Unit 4: Working with pupils, families, colleagues and agencies", [
  ["4.1", "Build fair and constructive relationships with parents and carers; advise and work in partnership with them", "Parents from Kingsport Parent Partnership describe their experiences; role-play of a difficult review meeting with feedback", "Scenarios by phase", "Parent Partnership materials", "Observed role-play", "E&A"],
  ["4.2", "Understand the role of external agencies and voluntary organisations and how to get specialist support", "Agency market place: EPS, SALT, CAMHS, social care, voluntary groups; CAF process", "Agencies chosen by need", "Kingsport directory of services", "Referral exercise", "SS"],
  ["4.3", "Advise, coach and support colleagues; observe teaching and give feedback", "Coaching triads; observation of a video lesson and feedback", "Own school scenario", "Coaching guide", "Triad feedback", "E&A"],
  ["4.4", "Encourage colleagues to use formative assessment with pupils with SEN", "AfL strategies review; planning a staff briefing", "Own staff", "AfL materials (National Strategies)", "Peer discussion", "E&A"],
 ]),
 ("Unit 5: Leading provision in your school", [
  ["5.1", "Use provision mapping and management to plan provision and find what is missing or not working", "Build a provision map for own school; costing", "Own school", "Provision map templates", "Map reviewed by tutor", "E&A"],
  ["5.2", "Influence senior leaders and governors; gain commitment to inclusion", "Preparing a governors' briefing; case studies of SENCOs in leadership teams", "Own school", "Governors' guides", "Presentation practice", "E&A"],
  ["5.3", "Review provision with colleagues and plan development", "Review tools; evaluating interventions with staff", "Own school", "Review templates", "Plan check", "E&A"],
  ["5.4", "Next steps: set objectives for continuing professional development", "Each participant drafts a CPD plan for the next two years using the Service's Next Steps sheet and takes it to their performance management review with their headteacher", "Individual", "Next Steps sheet; MA prospectus", "Tutor conversation", "E&A"],
 ]),
]
for title, body in units:
    SUB(title)
    TABLE(doc, [hdr] + body, size=8.5)
    P(doc)

portrait(doc)
PART("Part 4: Assessment, recording and reporting")
SUB("4.1 Our approach")
P(doc, "We assess participants the way we assess pupils: we find out where they start, agree targets with them, gather evidence as they go, and make a judgement only when the evidence is secure. The four tasks are summative and are marked at Level 7 by the University's criteria; the tracker records the evidence for each assessment focus (AF) as it comes in. The course has been approved by the University of Eskford's School of Education at Level 7 (masters level) as a Postgraduate Certificate; its credit value (40 or 60 credits) is to be confirmed by the University's Academic Standards Committee in April 2009.")
SUB("4.2 Starting Point Assessment and Individual Training Plan")
P(doc, "Before Unit 1 each participant completes the Starting Point Assessment: for each AF on the tracker (Part 6) they judge themselves Working towards, Secure or Secure in all contexts, and give a piece of evidence for any AF they judge Secure. At a one-hour starting meeting in their school the course leader goes through it with them and their school coach, checks the evidence, and writes an Individual Training Plan (ITP) that sets out the participant's personal targets (the AFs they most need to work on), which optional activities and directed reading they must do, and the school-based focus for Tasks 2 and 3. The ITP is reviewed with the unit tutor at the end of each unit and updated on KGfL.")
SUB("4.3 The tasks")
TABLE(doc, [
    ["Task", "What participants do", "Length", "When"],
    ["Task 1: School SEN audit", "Audit the school's SEN policy, practice and disability duties against the Code of Practice and the DDA; recommendations to the headteacher", "3,000 words", "End of Unit 1"],
    ["Task 2: Pupil case study", "Case study of a pupil with SEN in own school: assessments from other professionals, targets, intervention, the pupil's and parents' views, a review of progress; includes the contrasting-setting write-up", "4,000 words plus evidence file", "End of Unit 3"],
    ["Task 3: Provision review and development plan", "Provision map for own school, a review of provision with colleagues, and a development plan for the following year presented to the senior leadership team or governors", "4,000 words plus presentation", "End of Unit 5"],
    ["Task 4: Professional Review Meeting", "A 40-minute professional discussion with the course leader and a second tutor, based on the participant's reflective log and a short presentation about their own development, research they have used and their Next Steps plan", "40 minutes", "June-July"],
])
P(doc)
P(doc, "Task 3 asks for a development plan rather than a completed change: participants are not expected to have carried the plan out by the end of the course, though we hope that many will have made a start and will report on it at their Professional Review Meeting.")
SUB("4.4 Marking and moderation")
P(doc, "Each task is first-marked by the unit tutor against the University's Level 7 criteria and the AFs it covers. The University link tutor second-marks all fails, all distinctions and a sample of at least one in four of the rest. Tutors meet for a moderation meeting within three weeks of each deadline. The University's external examiner, Professor Alan Crewe, sees a sample of every task and attends the Examination Board each July. Professional Review Meetings are recorded (with consent) and the external examiner listens to three each year.")
SUB("4.5 The award")
P(doc, "A participant is recommended to the University's Examination Board for the award when they have passed all four tasks and the tracker shows Secure against every assessment focus. Where an AF is still Working towards, the course leader sets a short additional piece of evidence before the Board.")
SUB("4.6 Reporting")
P(doc, "Headteachers receive a written report at the end of each unit (attendance, task results, the ITP targets met) and a final report with the award.")

PART("Part 5: Evaluation and review")
SUB("5.1 How we evaluate the course")
P(doc, "Participants complete an evaluation at the end of every unit, online on KGfL. The unit tutor summarises it for the Curriculum Team meeting, which agrees changes for the next run of the unit and records them on the unit's scheme of work. The University's annual monitoring report, the external examiner's report and the Examination Board's results are discussed each September at the Course Review Group, which also receives a headteachers' survey (sent six months after each cohort finishes). The Council's Quality Assurance team observes one session in each unit each year using the Service's lesson observation schedule.")
SUB("5.2 Impact on participants and pupils")
P(doc, "Participants repeat the Starting Point Assessment at the end of the course and we report the change in their judgements and in a confidence rating for each AF. Each participant also chooses three focus pupils at the start of Unit 3 and records their attainment (National Curriculum levels or P scales), attendance and any fixed-term exclusions at the start of Unit 3 and again at the Professional Review Meeting; these figures, with the participant's explanation of what changed and why, are part of Task 4. The Curriculum Team collates the focus-pupil figures for the whole cohort for the Course Review Group and compares the cohort's schools' rates of exclusion of pupils with SEN with the city average.")
SUB("5.3 Stakeholders")
p = P(doc, "We know from our day-to-day work in schools what new SENCOs find hardest: the paperwork of statutory assessment, knowing which agency to call, and getting time and support from senior leaders. The course has been planned around these needs.")
COMMENT(doc, p, "Can we put in the figures from the autumn SENCO questionnaire here? The panel will want evidence. HM", UT, "HM")
P(doc, "The content of this first version has been written by the Curriculum Team. We intend that schools, parents and pupils will help shape later versions of the course once it is running.")
P(doc, "The Course Review Group, which meets each September and February, is chaired by the head of KBLSS and includes two headteachers nominated by the Kingsport Headteachers' Association, a representative of Kingsport Parent Partnership, the University link tutor and two participants from the current cohort. It reads the evaluation evidence in 5.1 and 5.2 and agrees the changes for the following year. Each summer the Harbour House pupil panel reviews the pupil-consultation materials used in session 2.3 and tells the tutors what to change. Host settings, Parent Partnership and the specialist services teach on the course (1.12), and headteachers give evidence of impact through the six-month survey.")

landscape(doc)
PART("Part 6: Outcome Tracker")
p = P(doc, "Our tracker rewrites the national minimum outcomes as assessment focuses (AFs), as the APP grids do for pupils. The tutor records a judgement for each AF (Working towards / Secure) and where the evidence is.")
COMMENT(doc, p, "Check all the national outcomes are here before this goes to TDA. HM", UT, "HM")
rows = [["AF", "Assessment focus", "Taught in", "Evidence for a Secure judgement", "Working towards / Secure"]]
groups = []
def G(x):
    groups.append(len(rows)); rows.append([x, "", "", "", ""])
G("Being a SENCO: personal qualities")
rows += [
 ["AF1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "2.3, 4.1", "Task 2 (pupil's and parents' views); Task 4", ""],
 ["AF2", "Wins the commitment of colleagues, the headteacher and senior leaders", "5.2", "Task 3 presentation to SLT or governors", ""],
 ["AF3", "Prioritises, manages time and delegates", "1.4", "Observed in sessions (not recorded)", ""],
 ["AF4", "Anticipates and solves problems; makes sound decisions about provision", "3.4, 5.1", "Task 2; Task 3", ""],
 ["AF5", "Expresses ideas clearly in speech and writing and listens to others", "All units", "Writing: all tasks. Speaking and listening: not separately assessed", ""],
 ["AF6", "Uses research and outside advice to improve own and colleagues' practice", "1.3, 3.4", "Task 3 (literature section); Task 4", ""],
 ["AF7", "Keeps up to date and takes charge of own CPD in SEN", "5.4", "Task 4 (Next Steps plan and reflective log)", ""],
]
G("Knowing and understanding")
rows += [
 ["AF8", "Knows SEN law and guidance, including the Code of Practice, and how to apply them in school", "1.1", "Task 1", ""],
 ["AF9", "Knows disability equality law and what it requires of schools", "1.2", "Task 1 (disability duties section)", ""],
 ["AF10", "Understands how children develop and how SEN, disability and environment affect development", "2.2", "Task 2", ""],
 ["AF11", "Understands the common types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "2.1 (BESD); other types of need by directed reading only (2.4)", "Task 2 (a pupil with BESD)", ""],
 ["AF12", "Critically evaluates approaches and resources, including ICT, for assessment, planning and teaching", "3.4", "Task 2; Task 3", ""],
 ["AF13", "Understands school self-evaluation and improvement in relation to SEN", "-", "Task 3 (review of provision against the school's SEF)", ""],
 ["AF14", "Knows best practice and research in meeting SEN", "1.3, 3.4", "Task 3; Task 4", ""],
 ["AF15", "Knows the role of external agencies and how to obtain specialist support", "4.2", "Task 2 (agency section)", ""],
]
G("Leading and doing")
rows += [
 ["AF16", "Influences the strategic development of an inclusive ethos, policy and resources with senior leaders and governors", "5.2", "Task 3", ""],
 ["AF17", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "3.1", "Task 2", ""],
 ["AF18", "Uses other professionals' assessments to plan teaching", "3.2", "Task 2", ""],
 ["AF19", "Uses summative assessment and national tests to track progress and adjust programmes", "3.3", "Task 2 (progress data); Task 4 focus-pupil figures", ""],
 ["AF20", "Encourages colleagues to use formative assessment with pupils with SEN", "4.4", "Formative: peer discussion in session 4.4", ""],
 ["AF21", "Identifies access arrangements for tests and examinations in good time and puts them in place", "3.3", "Task 3 (access arrangements timeline for own school)", ""],
 ["AF22", "Uses provision mapping and management; identifies ineffective or missing provision", "5.1", "Task 3", ""],
 ["AF23", "Deploys and manages support staff", "Not part of this award: covered by the Council's separate Leading Support Staff course", "-", ""],
 ["AF24", "Supports colleagues' professional development (observation and feedback, modelling, coaching, training)", "4.3", "Task 4 (coaching record and colleague's feedback)", ""],
 ["AF25", "Reviews and evaluates provision with colleagues to inform self-evaluation and improvement planning", "5.3", "Task 3", ""],
 ["AF26", "Involves pupils in planning, agreeing and reviewing their provision", "2.3", "Task 2 (record of a pupil-led review)", ""],
 ["AF27", "Liaises effectively with parents and carers; works with other services and voluntary organisations", "4.1, 4.2", "Task 2 (parent meeting record; agency section)", ""],
]
t = TABLE(doc, rows, size=8.5)
for i in groups:
    group_row(t, i, rows[i][0])

doc.save(str(OUT))
print("wrote", OUT)
