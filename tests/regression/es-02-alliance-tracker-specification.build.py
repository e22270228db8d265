"""es-02-alliance-tracker-specification: build the .docx next to this script.

Provider (invented)
-------------------
Alliance Professional Development (APD), the professional development arm of
the Specialist Schools Alliance, a membership charity of about 1,400 secondary
specialist schools in England, which works through nine regional hubs, each
based in a lead school. The Award is validated by the (invented) University of
Stanbridge as its PGCert in Leading SEN Provision, 60 credits at level 7.
Developer (invented): Brightline Systems Ltd. Application dated March 2009.

Kind of document and layout
---------------------------
The functional specification of the "SENCO Award Tracker", the participant
record module of the Alliance's membership system, sent whole as the
submission with a shaded note to the panel saying why.
- Title block, Document Control (version history) table and sign-off table.
- Heading 1/2 with Word heading styles and typed decimal numbers that collide
  with requirement ids ("2.2 Aims", "2.4 Pathways and timing", "5.6 (Not
  used)", "5.9 Communications", "6.3 SAFEGUARDING", "4.3" etc.).
- "The Tracker shall ..." requirement tables with ID / Requirement / Priority
  (MoSCoW) / Release columns; business rules BR-01 to BR-20; a participant
  status table; a roles table; a data dictionary (Field / Type / Mandatory /
  Rules) per entity; reference tables of study days, assessment components
  and the outcome register REF_OUTCOME (the Alliance's codes PA1-PA7, KU1-KU9,
  PS1-PS9 with PS2a-PS2d, columns "Developed in", "Evidence", "Counts to
  award", "Status"); reports table; interfaces; out-of-scope list;
  assumptions and risks; glossary.
- Tracked changes: a whole deleted table row (KU7 in REF_OUTCOME), a whole
  inserted row (PS2d), a deleted requirement row (FR-28 placements), an
  inserted clause in FR-22. Four Word comments. Header, and a footer with a
  PAGE field.

Traps (requirement ids)
-----------------------
- Priorities: items marked "Could" or "Won't" for Release 2 are not in place
  for the first intake (the note to the panel says so):
  FR-46 pupil-impact return (5.9 partially_met: confidence survey, heads'
  survey and evaluation exist, pupil data not gathered across the programme);
  FR-47 Next Steps plan, "Could" for Release 2 with nothing in its place
  (2.5 not_met; 6.A7 partially_met because its evidence is the ungraded
  Learning Log and the R2 plan); FR-49 mentor briefing record "Won't", mentors
  only e-mailed the guide (5.7 partially_met, tutors' induction is concrete).
- Version history v1.2: the assessment-only pathway removed, status
  AO_CANDIDATE "withdrawn", section 5.6 "Not used", out-of-scope list says
  there is no such route. -> 2.3 not_met.
- 1.4 "How the requirements were gathered": workshops with hub coordinators,
  Student Records and finance shaped the SYSTEM (wrong context). Nothing says
  how schools, LAs, parents or former participants shaped the content.
  2.8 gives only demand evidence from the 2008 consultation (61 per cent of
  heads ...) and "The Award is the Alliance's response", not how content
  reflects needs -> 4.1 and 4.2 partially_met (general terms only). Hub Steering Groups review report R09 and their
  recommendations are logged and go to the Programme Committee -> 4.3 met.
- 2.9 staff: a generic sentence and a placeholder "[to be supplied by the
  Programme Manager before build]" for tutor approval criteria; a comment
  promises them. -> 5.4 partially_met.
- Placements: FR-28 (placement booking) is a DELETED tracked row; section 10
  says the Alliance does not arrange placements; specialist contributors are
  real (REF_CONTRIBUTOR, study days). -> 5.5 partially_met.
- REF_OUTCOME: KU7 (school self-evaluation) row is a DELETED tracked row and
  the principle is taught nowhere else -> 6.K7 not_met. PS4 (deploying and
  managing staff) is "Retired (v1.3)" and assessed by schools' performance
  management "not by the Award" -> 6.S4 not_met. PS2d is an INSERTED row
  (part of the submission) -> 6.S2d met. "Counts to award = N" rows with
  ungraded evidence: PA2 (mentor statement), PA7 (Learning Log and an R2
  record), KU4 (Learning Log), PS8 (Learning Log) -> partially_met. PS2b has
  "Developed in" = dash: assessed but not taught -> partially_met.
- BR-20 award rule is exact but counts only outcomes flagged "Counts to award
  = Y"; the Programme Document's blanket claim quoted in 5.7 is therefore not
  borne out. -> 6.0, 1.9 partially_met.
- Parents only as a session topic with formative evidence -> 1.7
  partially_met. Research only as a session topic; reading lists out of scope
  -> 1.3 partially_met.
- Met despite the technical register: E.1, E.2 (2.1), 2.1 (FR-11 to FR-14),
  2.2 (FR-15 to FR-19 Starting Profile and ILP against the 28 outcomes), 3.1
  (FR-02, FR-03, ADJUSTMENT, BR-09), 3.2 (two pathways, two intakes, unit
  order, 12 or 24 months), 3.3 (moderated unit forums, two-day response
  alert, learning sets, live sessions, tutorials), 5.2 (BR-01, BR-03,
  NOT_YET_READY letter), 5.3 (SAFEGUARDING entity and BR-02: disclosure seen,
  three-month rule, List 99, employer confirmation), 5.8 (FR-31 to FR-36).
- Header says "COMMERCIAL IN CONFIDENCE"; nothing in it is evidence.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = Path(__file__).name[: -len(".build.py")]
OUT = HERE / f"{NAME}.docx"

AG = "Anna Goodwin"
KO = "Kim Osei (Brightline)"
GP = "Gareth Pennock"
DT = "2009-03-13T11:05:00Z"
DT2 = "2009-03-16T09:20:00Z"

_ids = [500]


def nid():
    _ids[0] += 1
    return str(_ids[0])


def _change(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_ins(p, text, author, date):
    ins = _change("w:ins", author, date)
    ins.append(_run(text))
    p._p.append(ins)


def track_row(row, kind, author, date):
    """Mark a whole table row as inserted or deleted (row mark and every run)."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_change("w:" + kind, author, date))
    seen = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                w = _change("w:" + kind, author, date)
                r.addprevious(w)
                w.append(r)
                if kind == "del":
                    for t in r.findall(qn("w:t")):
                        t.tag = qn("w:delText")
            ppr = p._p.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            rpr.append(_change("w:" + kind, author, date))
            ppr.append(rpr)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
for s, sz in (("Heading 1", 14), ("Heading 2", 12), ("Title", 24)):
    doc.styles[s].font.name = "Calibri"
    doc.styles[s].font.size = Pt(sz)
    doc.styles[s].font.color.rgb = RGBColor(0x24, 0x40, 0x61)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
hp.text = "COMMERCIAL IN CONFIDENCE \u2013 SENCO Award Tracker \u2013 Functional Specification v1.4"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Specialist Schools Alliance / Brightline Systems Ltd \u2013 page ")
fr.font.size = Pt(8)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
fr2 = OxmlElement("w:r")
t2 = OxmlElement("w:t")
t2.text = "1"
fr2.append(t2)
fld.append(fr2)
fp._p.append(fld)


def P(text="", bold=False, italic=False, size=None, after=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def B(text):
    return doc.add_paragraph(text, style="List Bullet")


def fmt_table(t, widths, header=True):
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            if widths:
                c.width = Cm(widths[j])
            for par in c.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(8.5)
                    if header and i == 0:
                        r.bold = True
            if header and i == 0:
                shade(c, "DBE5F1")


def table(rows, widths=None, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    fmt_table(t, widths, header)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------- note to panel
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, "F2F2F2")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for t in [
    "The Specialist Schools Alliance applies, with the University of Stanbridge, for approval to offer the "
    "National Award for SEN Coordination through its nine regional hubs. We are sending the functional "
    "specification of the SENCO Award Tracker, the part of AllianceNet that will run the Award, because it "
    "is the one document in which every rule of the Award as we run it is set down exactly: each stage a "
    "participant passes through, who is responsible for it, and what must be true before the participant "
    "moves on.",
    "Sections 2 to 9 describe the programme and its rules. Requirements are prioritised Must, Should, "
    "Could or Won't (the MoSCoW convention). Only Release 1 items will be built for the first intake in "
    "September 2009; items marked for Release 2 are not yet in place. We have left the developer's "
    "comments and our last revisions visible.",
    "Gareth Pennock, Head of Professional Development, Alliance Professional Development, 20 March 2009",
]:
    q = c.add_paragraph(t)
    for r in q.runs:
        r.font.size = Pt(9.5)
doc.add_paragraph()

# ------------------------------------------------------------- title block
doc.add_paragraph("SENCO Award Tracker", style="Title")
P("Functional Specification", bold=True, size=16, after=2)
P("Version 1.4 \u2013 baselined for build \u2013 16 March 2009", after=2)
P("Prepared by Alliance Professional Development with Brightline Systems Ltd", italic=True, after=12)

P("Document control", bold=True)
table([
    ["Version", "Date", "Author", "Changes"],
    ["0.1", "10/11/2008", "A. Goodwin (APD)", "First draft from requirements workshops"],
    ["0.3", "05/12/2008", "A. Goodwin; K. Osei (Brightline)", "Data dictionary and status model added"],
    ["1.0", "09/01/2009", "A. Goodwin", "Issued for review"],
    ["1.1", "23/01/2009", "A. Goodwin", "Review comments from hub coordinators and University Student Records Office"],
    ["1.2", "16/02/2009", "A. Goodwin", "Assessment-only pathway (AO) removed following the Programme Board's "
     "decision of 11 February 2009; status AO_CANDIDATE withdrawn; section 5.6 emptied"],
    ["1.3", "06/03/2009", "A. Goodwin", "Outcome register revised after the validation event of 24 February: "
     "PS4 retired; KU4 evidence moved to the Learning Log; PS2d added"],
    ["1.4", "16/03/2009", "A. Goodwin", "Baselined for build"],
], widths=[1.4, 2, 4, 9.6])
P("Sign-off", bold=True)
table([
    ["Name", "Role", "Signed off"],
    ["Gareth Pennock", "Head of Professional Development, APD (business owner)", "16/03/2009"],
    ["Dr Ruth Calloway", "Programme Leader, Faculty of Education, University of Stanbridge", "16/03/2009"],
    ["Ian Threlfall", "Director, Brightline Systems Ltd", "16/03/2009"],
], widths=[3.5, 10, 3.5])

# ------------------------------------------------------------- 1
H1("1  Introduction")
H2("1.1  Purpose of this document")
P("This document specifies what the SENCO Award Tracker (\"the Tracker\") must do to support the "
  "National Award for SEN Coordination (\"the Award\") as the Alliance will run it from September 2009. "
  "It is the basis for Brightline's build and for user acceptance testing in July 2009.")
H2("1.2  Scope")
P("The Tracker holds each participant's record from first enquiry to the award: application and "
  "admission, safeguarding and eligibility checks, credit for prior learning, the Starting Profile and "
  "Individual Learning Plan, attendance and online activity, tutorials, assessment, moderation and the "
  "award, and the reports that the Alliance and the University need to run and evaluate the programme. "
  "It does not hold teaching materials, which are on Alliance Learning, the Alliance's Moodle 1.9 site, "
  "and it is not the University's definitive student record (section 9).")
H2("1.3  Releases")
P("Release 1 goes live on 1 July 2009 for the September 2009 intake. Release 2 is planned for July 2010, "
  "subject to budget.")
H2("1.4  How the requirements were gathered")
P("Brightline's analyst ran three requirements workshops in November 2008 with hub coordinators from six "
  "of the nine hubs, two hub tutors, the University's Student Records Office and the Alliance's finance "
  "team, and reviewed the spreadsheets that hubs used to manage the Alliance's unaccredited SENCO "
  "Induction Programme in 2007-08. The hub coordinators asked for one record per participant in place of "
  "nine spreadsheets, for standard letters and for alerts when a participant falls behind; Student "
  "Records asked for a nightly file in place of paper registration forms; finance asked for invoicing by "
  "school. All of these are in Release 1.")
H2("1.5  Related documents")
for t in ["APD, National Award for SEN Coordination: Programme Document, as validated 24 February 2009",
          "University of Stanbridge, Academic Regulations for Taught Postgraduate Awards, 2008-09",
          "University of Stanbridge, Regulations for the Accreditation of Prior Learning, 2008",
          "Specialist Schools Alliance, Data Protection Policy and Safeguarding Policy, 2008",
          "Alliance Learning: Site Administration Guide, v2"]:
    B(t)
H2("1.6  Conventions")
P("\"Shall\" marks a requirement. Requirements are numbered FR-nn and business rules BR-nn. Priority "
  "uses MoSCoW: Must, Should, Could, Won't (for this release). Field names are in capitals.")

# ------------------------------------------------------------- 2
H1("2  The Award: business context")
H2("2.1  The qualification")
P("The Award is offered as the University of Stanbridge's Postgraduate Certificate in Leading SEN "
  "Provision (National Award for SEN Coordination): 60 credits at Master's level, level 7 of the "
  "Framework for Higher Education Qualifications, in three units of 20 credits. The University's "
  "Faculty of Education validated the programme on 24 February 2009. The University registers "
  "participants, holds the definitive record of marks, appoints the external examiner and makes the "
  "award. The Alliance recruits participants, runs the hubs and the online units, contracts the tutors "
  "and carries out first marking and internal moderation.")
H2("2.2  Aims")
P("As validated, the Award's aim is that each SENCO who completes it leads measurable improvement in the "
  "progress and well-being of pupils with special educational needs and disabilities in their own "
  "school. Every unit ends with a task set in the participant's school. The Unit 3 project requires the "
  "participant to plan a change in provision for a group of pupils, take a baseline, and judge the "
  "change's effect on the pupils' progress and on at least one aspect of their well-being, described in "
  "terms of the Every Child Matters outcomes.")
H2("2.3  Structure")
table([
    ["Unit", "Title", "Credits", "Study days", "Online weeks", "Assessed by"],
    ["U1", "The SENCO, the law and the school", "20", "SD1, SD2", "4",
     "U1A Policy and provision review (4,000 words)"],
    ["U2", "Understanding and meeting needs", "20", "SD3, SD4", "4", "U2A Case study of a pupil (4,000 words)"],
    ["U3", "Leading and evaluating change", "20", "SD5, SD6", "4",
     "U3P Project report (5,000 words); PD Professional discussion (40 minutes)"],
], widths=[1.1, 4.4, 1.4, 2, 1.8, 6.3])
P("Two further components run through the programme and are not graded: the Learning Log (LL), which "
  "the participant keeps online and the tutor reads before each tutorial, and the Mentor statement (MS), "
  "which the workplace mentor writes at the end of Unit 3. Components are defined in REF_COMPONENT "
  "(section 7.2).")
P("The school fee is \u00a31,450 a participant on either pathway. Holding study days in member schools, "
  "sharing the online units across the nine hubs and using serving practitioners as tutors keeps the "
  "full cost of a place at about \u00a32,200, of which the Alliance meets the balance from members' "
  "subscriptions.")
H2("2.4  Pathways and timing")
P("There are two pathways. On the Hub pathway participants attend six study days at their hub and "
  "complete the online weeks between them. On the Online pathway, meant for participants who live far "
  "from a hub or cannot be released for six days, participants attend two study days (SD1 at the start "
  "and SD6 at the end) and follow the rest of the programme on Alliance Learning with a named e-tutor. "
  "There are two intakes a year, in September and in February. Units 1 and 2 may be taken in either "
  "order; Unit 3 is taken last. Participants complete in twelve months, or in up to twenty-four with "
  "their headteacher's agreement, and may change pathway between units.")
H2("2.5  Between study days")
P("Each unit has four online weeks of structured activities on Alliance Learning. Each unit has a forum "
  "moderated by the unit's e-tutor, who answers participants' questions within two working days (FR-22). "
  "Participants also work in learning sets of five or six from different schools, each with its own "
  "forum, and join a fortnightly live online session with their tutor. Each participant has three "
  "thirty-minute tutorials a unit, by telephone or video call, and can message their tutor through "
  "Alliance Learning at any time. Mentors and headteachers receive a termly progress e-mail (FR-50).")
H2("2.6  Work in school")
P("The participant's headteacher names a workplace mentor, normally a senior leader, who meets the "
  "participant at least twice a term, agrees the focus of the Unit 3 project and writes the Mentor "
  "statement. Between study days participants carry out gap tasks in their own school. The Unit 3 "
  "project is carried out in the participant's school over at least a term, must involve at least two "
  "colleagues, and includes a staff training session led by the participant. Participants present their "
  "projects at SD6 to their hub, to which member-school SENCOs and mentors are invited.")
H2("2.7  Hubs")
table([
    ["Hub", "Lead school", "Hub Coordinator"],
    ["North East", "Brackley Moor Science College, Tyneford", "Mrs P. Ridley"],
    ["North West", "Sandalwood Language College, Ormsby", "Mr D. Kaur"],
    ["Yorkshire and the Humber", "Calderwick Engineering College, Haxby Bridge", "Ms L. Firth"],
    ["East Midlands", "Beaumont Hill Sports College, Linby Vale", "Mr T. Onions"],
    ["West Midlands", "St Aldhelm's Arts College, Wolverford", "Mrs S. Baptiste"],
    ["East of England", "Fenmarsh Mathematics and Computing College, Holbeach St Clare", "Mr R. Gedge"],
    ["London", "Riverside Humanities College, Lambley", "Ms A. Mensah"],
    ["South East", "Downsway Business and Enterprise College, Ashcombe Parva", "Mrs J. Whitlock"],
    ["South West", "Penwithen Music College, Tregony Cross", "Mr M. Pascoe"],
], widths=[3.6, 9.4, 4])
H2("2.8  Why the Alliance is offering the Award")
P("In the Alliance's 2008 consultation with member schools, 61 per cent of the headteachers who replied "
  "said that their SENCO was new to the role or held no SEN qualification, and hub coordinators reported "
  "waiting lists for the Induction Programme in seven of the nine regions. The Award is the Alliance's "
  "response.")
H2("2.9  Staff")
p = P("Hub tutors are drawn from the most experienced SENCOs in member schools and from local authority "
      "support services, and work in pairs on study days. The Tracker holds each tutor's qualifications "
      "and experience (TUTOR, section 6.6) and will not let an unapproved tutor be assigned to a group. ")
r_ph = p.add_run("Approval criteria for hub tutors: [to be supplied by the Programme Manager before build].")
doc.add_comment(r_ph, text="Ruth to send the criteria from the validation document.", author=AG,
                initials="AG")

# ------------------------------------------------------------- 3
H1("3  Users and roles")
table([
    ["Role", "Who", "Tracker access", "Responsibilities"],
    ["Participant", "Registered teacher", "Own record", "Completes application, Starting Profile, "
     "Learning Log and submissions; keeps the ILP up to date with the tutor."],
    ["Headteacher (sponsor)", "Head of participant's school", "Sponsorship form; progress reports",
     "Nominates, confirms safeguarding details (6.3), names the workplace mentor, agrees release."],
    ["Workplace mentor", "Senior leader in the school", "None in Release 1",
     "Meets the participant at least twice a term; writes the Mentor statement. Is sent the Mentor Guide "
     "by e-mail when named (FR-08). A record of mentor briefing is a Release 2 item (FR-49)."],
    ["Hub Coordinator", "Lead-school senior leader", "All records for the hub",
     "Runs admissions and interviews, verifies safeguarding, agrees adjustments, keeps registers."],
    ["Hub tutor / e-tutor", "Approved tutors", "Assigned groups",
     "Teaches, holds tutorials, moderates forums, first-marks. Accounts are activated only when the "
     "Programme Manager has recorded that the tutor has completed the Alliance's two-day tutor induction "
     "(programme, marking criteria, moderation, Tracker and Alliance Learning) and a marking "
     "standardisation exercise."],
    ["Specialist contributor", "See REF_CONTRIBUTOR", "None",
     "Educational psychologists, speech and language therapists, specialist teachers for sensory "
     "impairment and autism, parent partnership officers and staff of voluntary organisations who lead "
     "sessions on study days."],
    ["Moderator", "Alliance Senior Tutor", "All assessment records",
     "Cross-hub moderation; sets the moderation flag (FR-34)."],
    ["External examiner", "Appointed by the University", "Read-only sample",
     "Samples marked work from every hub; confirms results (FR-35)."],
    ["Student Records", "University of Stanbridge", "Interface only", "Registration, marks, award (section 9)."],
    ["Programme Manager", "APD", "All", "Owns the Tracker; approves tutors; runs reports."],
    ["Hub Steering Group", "Member heads, LA SEN officers, parent partnership officer, a former participant",
     "Report R09", "Reviews report R09 each term and records recommendations, which the Hub Coordinator "
     "enters in the hub action log (FR-44); these go to the Programme Committee with the annual data pack "
     "(R10). Members also host study days and act as specialist contributors."],
], widths=[2.8, 3.4, 2.8, 8])

# ------------------------------------------------------------- 4
H1("4  Participant lifecycle")
H2("4.1  Statuses")
table([
    ["Status", "Meaning", "Set by"],
    ["ENQUIRY", "Has asked for information", "System"],
    ["APPLIED", "Application submitted", "System"],
    ["SPONSORED", "Headteacher's sponsorship form received", "System"],
    ["CHECKED", "Eligibility and safeguarding verified (BR-01, BR-02)", "Hub Coordinator"],
    ["INTERVIEWED", "Interview held and Readiness Profile scored (BR-03)", "Hub Coordinator"],
    ["NOT_YET_READY", "Readiness threshold not met; guidance sent (BR-03)", "Hub Coordinator"],
    ["OFFERED", "Place offered", "Hub Coordinator"],
    ["ENROLLED", "Registration confirmed by Student Records (BR-05)", "Interface"],
    ["ACTIVE", "Studying", "System"],
    ["INTERRUPTED", "Studies paused (maximum twelve months)", "Programme Manager"],
    ["UNITS_COMPLETE", "All components submitted and marked", "System"],
    ["BOARD", "Results sent to the Assessment Board", "Student Records"],
    ["AWARDED / REFERRED", "Board decision (BR-20)", "Student Records"],
    ["WITHDRAWN", "Left the programme", "Hub Coordinator"],
    ["AO_CANDIDATE", "Withdrawn in v1.2; not used", "\u2013"],
], widths=[3.4, 10, 3.6])
H2("4.2  Business rules for admission")
for lead, text in [
    ("BR-01 Eligibility.", "An applicant can be set to CHECKED only if (a) the Hub Coordinator has "
     "checked the applicant's qualified teacher status against the General Teaching Council register; "
     "(b) the applicant is SENCO, or has been designated by the headteacher to become SENCO within "
     "twelve months, in a member school or a school in one of the Alliance's local partnerships; and "
     "(c) the headteacher's sponsorship form has been received."),
    ("BR-02 Safeguarding.", "An applicant cannot be set to CHECKED until the SAFEGUARDING record "
     "(section 6.3) is complete and verified by the Hub Coordinator."),
    ("BR-03 Readiness.", "Every applicant is interviewed by the Hub Coordinator and a hub tutor, who "
     "score the Readiness Profile: knowledge of SEN, experience of teaching pupils with SEN, experience "
     "of working with colleagues, capacity for Master's-level study, and the school's support, each from "
     "1 to 4. An applicant who scores at least 2 in every area and 12 in total may be OFFERED a place. "
     "Otherwise the applicant is set to NOT_YET_READY and the Tracker produces letter LT-04 to the "
     "applicant and the headteacher within ten working days, setting out what the applicant should do "
     "first, offering the Alliance's online short course SEN Foundations and inviting an application "
     "to a later intake; the Hub Coordinator offers the headteacher a telephone conversation."),
    ("BR-04 Offers.", "Places are offered in order of interview date once BR-01 to BR-03 are met; "
     "further applicants go on a waiting list for the next intake."),
    ("BR-05 Enrolment.", "A participant becomes ENROLLED only when Student Records confirms "
     "registration; no submission is accepted from a participant who is not ENROLLED."),
]:
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(" " + text)

# ------------------------------------------------------------- 5
H1("5  Functional requirements")
H2("5.1  Application and admission")
table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-01", "The Tracker shall provide an online application form, with a Word version for those who "
     "prefer it.", "Must", "R1"],
    ["FR-02", "The application form, the prospectus and every standard letter shall be available in large "
     "print, in Word and in a format suitable for screen readers, on request, and every page of the "
     "application shall say how to ask for them.", "Must", "R1"],
    ["FR-03", "Every application shall ask: \"Do you have a disability, health condition or specific "
     "learning difficulty for which you would like us to make adjustments?\" (Yes / No / I would like to "
     "discuss it), with a free-text box. A Yes or a request to discuss creates a confidential task for the "
     "Hub Coordinator to contact the applicant within five working days (ADJUSTMENT, section 6.4). The "
     "answer is not shown to interviewers and plays no part in selection.", "Must", "R1"],
    ["FR-04", "The Tracker shall e-mail the headteacher a link to the sponsorship form when an "
     "application is submitted.", "Must", "R1"],
    ["FR-05", "The sponsorship form shall capture the safeguarding confirmations in section 6.3.", "Must", "R1"],
    ["FR-06", "The Tracker shall schedule interviews and record Readiness Profile scores.", "Must", "R1"],
    ["FR-07", "The Tracker shall produce standard letters LT-01 to LT-06 (acknowledgement, invitation to "
     "interview, offer, not yet ready, waiting list, enrolment).", "Must", "R1"],
    ["FR-08", "When a mentor is named, the Tracker shall e-mail the mentor the Mentor Guide.", "Must", "R1"],
], widths=[1.4, 12.2, 1.7, 1.7])
H2("5.2  Credit for prior learning")
table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-11", "A participant who has passed Master's-level study in SEN or inclusion in the last five years "
     "may claim up to 20 credits (one unit) under the University's APL regulations. The Tracker shall "
     "record the claim and the evidence uploaded.", "Must", "R1"],
    ["FR-12", "A participant with substantial experience of coordinating SEN may claim the same credit for "
     "experiential learning by a portfolio mapped to the unit's outcomes. The Tracker shall record the "
     "University APL Board's decision (the Board meets in February, June and October).", "Must", "R1"],
    ["FR-13", "Credit granted shall exempt the participant from the unit's study days, online weeks and "
     "assessment.", "Must", "R1"],
    ["FR-14", "The school fee shall be reduced by \u00a3400 for each unit exempted.", "Must", "R1"],
], widths=[1.4, 12.2, 1.7, 1.7])
H2("5.3  Starting Profile and Individual Learning Plan")
table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-15", "Before SD1 the participant shall rate themselves against each of the 28 national outcomes "
     "(REF_OUTCOME) on a four-point scale, with a note of evidence for each rating.", "Must", "R1"],
    ["FR-16", "At the first tutorial the tutor shall review the ratings with the participant and record "
     "an agreed rating for each outcome.", "Must", "R1"],
    ["FR-17", "The Tracker shall then produce the participant's Individual Learning Plan (ILP), listing "
     "as personal targets the outcomes agreed at 1 or 2, the study-day workshops and online activities "
     "recommended for each, and the agreed focus of the Unit 3 project.", "Must", "R1"],
    ["FR-18", "The tutor shall review the ILP at every tutorial and record changes.", "Must", "R1"],
    ["FR-19", "Where a whole unit's outcomes are agreed at 3 or 4, the Tracker shall prompt the tutor to "
     "discuss an APL claim (FR-11, FR-12).", "Should", "R1"],
], widths=[1.4, 12.2, 1.7, 1.7])
H2("5.4  Learning, attendance and support")
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["ID", "Requirement", "Priority", "Release"]):
    t.cell(0, j).text = h
fr_rows = [
    ["FR-20", "The Tracker shall hold study-day registers, completed by the Hub Coordinator on the day.",
     "Must", "R1"],
    ["FR-21", "The Tracker shall import each participant's completion of online activities from Alliance "
     "Learning each night.", "Must", "R1"],
    ["FR-22", "Where a question posted in a unit forum has no reply from the e-tutor within two working "
     "days, the Tracker shall alert the e-tutor", "Must", "R1"],
    ["FR-23", "The Tracker shall record tutorials (three a unit): date, mode and notes.", "Must", "R1"],
    ["FR-24", "The Tracker shall hold the timetable of fortnightly live online sessions and record "
     "attendance.", "Must", "R1"],
    ["FR-25", "Where a participant misses a study day or two consecutive online weeks, the Tracker shall "
     "alert the tutor, who contacts the participant and copies the mentor.", "Must", "R1"],
    ["FR-26", "Participants shall be able to book loans from their hub's resource base: standardised "
     "assessment kits, a language screening kit, and assistive technology kits (laptop with text-to-speech, "
     "predictive writing and mind-mapping software, digital recorder).", "Must", "R1"],
    ["FR-27", "The Tracker shall pass ENROLLED participants to the University each night so that they "
     "receive Athens access to the University library's e-journals and e-books.", "Must", "R1"],
    ["FR-28", "The Tracker shall record each participant's two-day placement in a special school or "
     "resource base: host, dates and the host's report.", "Should", "R1"],
]
for row in fr_rows:
    cells = t.add_row().cells
    for j, v in enumerate(row):
        cells[j].text = v
# inserted clause on FR-22
add_ins(t.rows[3].cells[1].paragraphs[0], " and, after four working days, the Hub Coordinator.", AG, DT)
track_row(t.rows[9], "del", AG, DT2)
fmt_table(t, [1.4, 12.2, 1.7, 1.7])
doc.add_paragraph()

H2("5.5  Assessment and moderation")
table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-30", "Participants shall submit U1A, U2A and U3P through Alliance Learning, with a plagiarism "
     "check.", "Must", "R1"],
    ["FR-31", "A hub tutor shall first-mark each submission within twenty working days against the "
     "University's level 7 criteria (pass mark 50).", "Must", "R1"],
    ["FR-32", "For every component, the marker shall rate each outcome that the component assesses "
     "(REF_OUTCOME) as Secure or Not yet secure, with a comment (OUTCOME_EVIDENCE).", "Must", "R1"],
    ["FR-33", "A second tutor shall blind-mark every fail, every mark from 48 to 52 and a random ten per "
     "cent of the rest; the Tracker shall select the sample.", "Must", "R1"],
    ["FR-34", "The Moderator shall sample at least five scripts per component per hub at the cross-hub "
     "moderation meeting each term and set the moderation flag.", "Must", "R1"],
    ["FR-35", "The external examiner shall see a sample from every hub before each Assessment Board.",
     "Must", "R1"],
    ["FR-36", "No result shall go to Student Records until the moderation flag is set and the external "
     "examiner has confirmed the sample.", "Must", "R1"],
    ["FR-37", "Adjustments to assessment agreed in ADJUSTMENT (extended deadline, alternative format, "
     "professional discussion in two parts) shall be applied to the participant's deadlines and "
     "arrangements automatically.", "Must", "R1"],
    ["FR-38", "A referred participant may resubmit once within twelve weeks.", "Must", "R1"],
], widths=[1.4, 12.2, 1.7, 1.7])
H2("5.6  (Not used)")
P("Emptied in v1.2.", italic=True)
H2("5.7  The award")
p = doc.add_paragraph()
p.add_run("BR-20 Award.").bold = True
r_br = p.add_run(" The Tracker shall allow Student Records to set AWARDED only when (a) all three units "
                 "have been passed at the Assessment Board, (b) the professional discussion has been passed, "
                 "and (c) every outcome in REF_OUTCOME with Counts to award = Y and status Active has at least "
                 "one OUTCOME_EVIDENCE record rated Secure by a marker.")
doc.add_comment(r_br, text="Student Records confirmed this logic on 12 March.", author=AG, initials="AG")
P("The Programme Document states that the Award is given only to participants who meet all the national "
  "minimum outcomes; BR-20 is how the Tracker enforces this.")
table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-39", "On award, the Tracker shall produce a transcript listing the units passed and the national "
     "outcomes rated Secure.", "Must", "R1"],
    ["FR-40", "A participant who is REFERRED shall be sent letter LT-06 setting out what must be "
     "resubmitted.", "Must", "R1"],
], widths=[1.4, 12.2, 1.7, 1.7])
H2("5.8  Evaluation, reporting and quality")
t = table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-41", "The Tracker shall import the study-day evaluation forms completed on the day.", "Must", "R1"],
    ["FR-42", "The Tracker shall send an end-of-unit survey to every participant and report the "
     "results by hub (R07).", "Must", "R1"],
    ["FR-43", "At the end of Unit 3 participants shall rate themselves again against the 28 outcomes; the "
     "Tracker shall report the change from the Starting Profile for each participant, hub and cohort "
     "(R08).", "Must", "R1"],
    ["FR-44", "The Tracker shall keep an action log for each hub and for the programme, recording "
     "recommendations from the Hub Steering Group, the external examiner and the Programme Committee, the "
     "action agreed, its owner and when it was done.", "Must", "R1"],
    ["FR-45", "Six months after a participant completes, the Tracker shall send the headteacher a survey "
     "on changes in the SENCO's practice and in provision for pupils with SEN (R11).", "Should", "R1"],
    ["FR-46", "The Tracker shall collect the baseline and outcome measures from each Unit 3 project and "
     "report them by hub and cohort as a pupil-impact return.", "Could", "R2"],
    ["FR-47", "The Tracker shall record a Next Steps plan: three professional targets agreed between the "
     "participant and headteacher at the end of the Award.", "Could", "R2"],
    ["FR-48", "The Tracker shall hold the external examiner's annual report and the programme team's "
     "response.", "Must", "R1"],
    ["FR-49", "The Tracker shall record mentors' attendance at a mentor briefing.", "Won't", "R2"],
], widths=[1.4, 12.2, 1.7, 1.7])
doc.add_comment(t.rows[6].cells[1].paragraphs[0].runs[0],
                text="Programme Committee would like this in Release 1 if the budget allows.", author=GP,
                initials="GP")
H2("5.9  Communications")
table([
    ["ID", "Requirement", "Priority", "Release"],
    ["FR-50", "Each term the Tracker shall e-mail the mentor and the headteacher a short progress report: "
     "attendance, online activity, tutorials and submissions.", "Must", "R1"],
    ["FR-51", "Hub Coordinators shall be able to e-mail their cohort and learning sets.", "Must", "R1"],
    ["FR-52", "All messages sent by the Tracker shall be logged against the participant.", "Must", "R1"],
], widths=[1.4, 12.2, 1.7, 1.7])

# ------------------------------------------------------------- 6
H1("6  Data dictionary (selected entities)")
P("Only the entities that carry programme rules are listed. Full definitions are in Brightline's "
  "technical design.", italic=True)
H2("6.1  PARTICIPANT")
table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["PARTICIPANT_ID", "Integer", "Y", "System generated"],
    ["GTC_NUMBER", "Text(7)", "Y", "Checked against the GTC register (BR-01)"],
    ["SCHOOL_URN", "Integer", "Y", "Must be a member or partnership school"],
    ["ROLE", "List", "Y", "SENCO; Designated SENCO (date of designation within twelve months)"],
    ["PATHWAY", "List", "Y", "Hub; Online. Can change between units"],
    ["INTAKE", "List", "Y", "September; February"],
    ["STATUS", "List", "Y", "Section 4.1"],
], widths=[3.6, 2, 2, 9.4])
H2("6.2  APPLICATION")
table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["READINESS_SCORES", "5 x Integer 1-4", "Y", "BR-03"],
    ["INTERVIEW_PANEL", "2 x User", "Y", "Hub Coordinator and a hub tutor"],
    ["SPONSOR_FORM_DATE", "Date", "Y", "Set on receipt (FR-04)"],
    ["MENTOR_NAME / EMAIL", "Text", "Y before OFFERED", "Triggers FR-08"],
], widths=[3.6, 2.6, 2.4, 8.4])
H2("6.3  SAFEGUARDING")
t = table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["CRB_DISCLOSURE_NO", "Text(12)", "Y", "Enhanced disclosure number, confirmed by the headteacher on "
     "the sponsorship form"],
    ["CRB_ISSUE_DATE", "Date", "Y", "Confirmed by the headteacher"],
    ["RECENT_CONTACT", "Y/N", "Y", "Has the applicant worked in a post with regular contact with children "
     "or young people in the last three months? If N, a new enhanced disclosure is requested through the "
     "Alliance's registered body and BR-02 is not met until it is received"],
    ["LIST99_CHECKED", "Y/N", "Y", "Headteacher confirms that the applicant has been checked against List "
     "99 and is not barred or prohibited from teaching"],
    ["EMPLOYER_CONFIRMATION", "Y/N", "Y", "Headteacher confirms there are no concerns about the "
     "applicant's conduct with children and no outstanding disciplinary proceedings"],
    ["SEEN_BY / SEEN_DATE", "User / Date", "Y", "Hub Coordinator sees the original disclosure certificate "
     "at interview and records it"],
], widths=[4.2, 2, 1.8, 9])
doc.add_comment(t.rows[4].cells[0].paragraphs[0].runs[0],
                text="Do we keep the List 99 result or only the fact that it was checked? Data protection.",
                author=KO, initials="KO")
H2("6.4  ADJUSTMENT")
table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["DISCLOSURE", "List", "Y", "Yes; No; I would like to discuss it (FR-03)"],
    ["NEED_SUMMARY", "Text", "If Yes", "Visible only to the Hub Coordinator and the Programme Manager"],
    ["ADJUSTMENT_TYPE", "Multi-list", "If Yes", "Alternative format; BSL interpreter; note-taker; rest "
     "breaks; venue access; assistive software; extended deadline; professional discussion in two parts; "
     "other"],
    ["AGREED_WITH", "List", "If Yes", "Participant and Hub Coordinator; adjustments to assessment also "
     "agreed with the University's Disability Service before the first deadline"],
    ["REVIEW_DATE", "Date", "If Yes", "Reviewed at the start of each unit"],
], widths=[3.6, 2.2, 1.8, 9.4])
P("BR-09 Venues. A study day cannot be scheduled at a venue whose REF_VENUE record lacks step-free access "
  "and an accessible toilet; a hearing loop is booked when an ADJUSTMENT requires it.")
H2("6.5  ILP")
table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["OUTCOME_CODE", "REF_OUTCOME", "Y", "One row per outcome"],
    ["SELF_RATING / AGREED_RATING", "Integer 1-4", "Y", "FR-15, FR-16"],
    ["TARGET", "Text", "If agreed 1-2", "Personal target for the outcome"],
    ["ACTIVITIES", "Multi-list", "If agreed 1-2", "Recommended workshops and online activities"],
    ["PROJECT_FOCUS", "Text", "Y by end of Unit 2", "Agreed with tutor and mentor"],
], widths=[4.4, 2.6, 2.6, 7.4])
H2("6.6  TUTOR")
table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["QUALIFICATIONS", "Text", "Y", "Free text"],
    ["SEN_ROLE_HISTORY", "Text", "Y", "Free text"],
    ["INDUCTION_DATE", "Date", "Y before activation", "Two-day tutor induction"],
    ["STANDARDISATION_DATE", "Date", "Y before marking", "Marking standardisation exercise"],
    ["APPROVED", "Y/N", "Y", "Set by the Programme Manager"],
], widths=[4.4, 2, 2.8, 7.8])
H2("6.7  OUTCOME_EVIDENCE")
table([
    ["Field", "Type", "Mandatory", "Rules"],
    ["OUTCOME_CODE", "REF_OUTCOME", "Y", "Only outcomes that the component assesses"],
    ["COMPONENT", "REF_COMPONENT", "Y", "Summative components only"],
    ["RATING", "List", "Y", "Secure; Not yet secure"],
    ["MARKER / DATE", "User / Date", "Y", "First marker; changed only by moderation"],
], widths=[4.4, 2.6, 1.8, 8.2])

# ------------------------------------------------------------- 7
H1("7  Reference data")
H2("7.1  REF_STUDY_DAY")
table([
    ["Code", "Unit", "Title and content"],
    ["SD1", "U1", "The SENCO's role and the law: Part IV of the Education Act 1996, the SEN Code of Practice "
     "(2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and "
     "the disability equality duty, the Children Act 2004 and Every Child Matters, Removing Barriers to "
     "Achievement (2004), the 2008 SENCO regulations."],
    ["SD2", "U1", "Leading SEN in the school: inclusive policy, working with governors and senior leaders, "
     "provision mapping, using the SEN budget; working with parents."],
    ["SD3", "U2", "Understanding needs: identifying needs through observation, screening and specialist "
     "assessment; behavioural, emotional and social difficulties, dyslexia and other specific learning "
     "difficulties, speech, language and communication needs, autism, moderate learning difficulties; "
     "setting targets and reviewing interventions; pupil voice, including methods for consulting pupils "
     "with communication difficulties, which participants try with a pupil before SD4 and report on in "
     "their learning set."],
    ["SD4", "U2", "Meeting needs: teaching approaches and ICT to remove barriers; assessment for learning "
     "with colleagues; using reports from other professionals; access arrangements for national tests and "
     "examinations; working with other agencies and voluntary organisations."],
    ["SD5", "U3", "Leading change: using research evidence to choose interventions; coaching, observing and "
     "giving feedback to colleagues; planning training; winning the support of senior leaders."],
    ["SD6", "U3", "Reviewing provision with colleagues and planning improvement; managing the role and "
     "your time; project presentations."],
], widths=[1.4, 1.4, 14.2])
P("Each hub records in REF_CONTRIBUTOR the specialist contributors who lead or share sessions on each study "
  "day: for example, the local authority's educational psychologists on SD3, speech and language therapists "
  "and the sensory and autism outreach teams on SD3 and SD4, and the parent partnership officer on SD2.")
H2("7.2  REF_COMPONENT")
table([
    ["Code", "Component", "Summative?"],
    ["U1A", "Unit 1 policy and provision review, 4,000 words", "Yes (graded)"],
    ["U2A", "Unit 2 case study of a pupil, including work with other agencies, 4,000 words",
     "Yes (graded)"],
    ["U3P", "Unit 3 project report, 5,000 words, with a pupil voice section, baseline and outcome measures",
     "Yes (graded)"],
    ["PD", "Professional discussion, 40 minutes, with two tutors, including scenario questions",
     "Yes (pass/fail)"],
    ["LL", "Learning Log", "No (read at tutorials; not graded)"],
    ["MS", "Mentor statement", "No (not graded)"],
], widths=[1.6, 11, 4.4])
H2("7.3  REF_OUTCOME")
P("The 28 national outcomes under the Alliance's codes. \"Counts to award\" = Y means the outcome is "
  "checked by BR-20.")
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
for j, h in enumerate(["Code", "Outcome", "Developed in", "Evidence", "Counts to award", "Status"]):
    t.cell(0, j).text = h
OUT_ROWS = [
    ("G", "Professional attributes"),
    ("PA1", "Fair, respectful, supportive relationships with pupils with SEN and their parents or carers",
     "SD2; U2 online week 3", "U2A", "Y", "Active"),
    ("PA2", "Gain the commitment of colleagues, including the headteacher and senior leaders", "SD5", "MS",
     "N", "Active"),
    ("PA3", "Prioritise, manage time and delegate effectively", "SD6", "PD", "Y", "Active"),
    ("PA4", "Anticipate and resolve problems; make sound decisions about provision", "SD4; U2 online scenarios",
     "PD", "Y", "Active"),
    ("PA5", "Express themselves clearly in speech and writing; listen to others", "All units",
     "U1A, U2A, U3P, PD", "Y", "Active"),
    ("PA6", "Use research and outside advice to improve own and colleagues' practice", "SD5; U1 online week 2",
     "U3P", "Y", "Active"),
    ("PA7", "Keep up to date and take responsibility for own CPD", "SD6", "LL; Next Steps plan (FR-47, R2)",
     "N", "Active"),
    ("G", "Knowledge and understanding"),
    ("KU1", "SEN law and guidance, including the Code of Practice, and putting them into practice", "SD1",
     "U1A", "Y", "Active"),
    ("KU2", "Every Child Matters and the SENCO's part in achieving its outcomes", "SD1", "U1A", "Y", "Active"),
    ("KU3", "Disability equality law and the actions it requires", "SD1; U1 online week 4", "U1A", "Y",
     "Active"),
    ("KU4", "How children develop and how SEN, disability and the learning environment affect development",
     "U2 online week 1", "LL", "N", "Active (evidence changed v1.3)"),
    ("KU5", "Common types of SEN and disability and their effect on learning", "SD3; U2 online", "U2A", "Y",
     "Active"),
    ("KU6", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
     "SD3; SD4", "U2A", "Y", "Active"),
    ("KU7", "Principles of school self-evaluation and improvement for pupils with SEN", "SD6", "U1A", "Y",
     "Active"),
    ("KU8", "Best practice and research on meeting SEN", "SD5", "U3P", "Y", "Active"),
    ("KU9", "External agencies and how to get specialist support and resources", "SD4", "U2A", "Y", "Active"),
    ("G", "Professional skills"),
    ("PS1", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and use of "
     "resources", "SD2", "U1A", "Y", "Active"),
    ("PS2", "Identify pupils who may have SEN, set challenging targets, plan interventions, review progress",
     "SD3", "U2A", "Y", "Active"),
    ("PS2a", "Use other professionals' assessments to develop teaching approaches", "SD4", "U2A", "Y",
     "Active"),
    ("PS2b", "Use summative assessment, including national tests, to track progress and change programmes",
     "\u2013", "U3P", "Y", "Active"),
    ("PS2c", "Encourage colleagues to develop formative assessment, with approaches for pupils with SEN",
     "SD4", "PD", "Y", "Active"),
    ("PS2d", "Identify in good time the access arrangements pupils need for tests and examinations and put "
     "them in place with colleagues", "SD4", "U2A", "Y", "Active"),
    ("PS3", "Use provision mapping to plan provision and find ineffective or missing provision", "SD2", "U1A",
     "Y", "Active"),
    ("PS4", "Deploy and manage staff effectively", "\u2013", "\u2013", "N",
     "Retired (v1.3): deployment and management of support staff is assessed through the school's "
     "performance management, not by the Award"),
    ("PS5", "Support colleagues' professional development: observation and feedback, modelling, coaching, "
     "training", "SD5", "U3P", "Y", "Active"),
    ("PS6", "Review and evaluate provision with colleagues to inform the school's review and improvement "
     "planning", "SD6", "U3P", "Y", "Active"),
    ("PS7", "Involve pupils in planning, agreeing, reviewing and evaluating their provision", "SD3", "U3P",
     "Y", "Active"),
    ("PS8", "Liaise with parents and carers to promote pupils' learning and development", "SD2", "LL", "N",
     "Active"),
    ("PS9", "Work in partnership with other services and agencies, including voluntary organisations", "SD4",
     "U2A", "Y", "Active"),
]
ku7_row = ps2d_row = None
for row in OUT_ROWS:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[5])
        m.text = row[1]
        shade(m, "EEECE1")
    else:
        for j, v in enumerate(row):
            cells[j].text = v
        if row[0] == "KU7":
            ku7_row = t.rows[-1]
        if row[0] == "PS2d":
            ps2d_row = t.rows[-1]
fmt_table(t, [1.3, 6.6, 2.6, 2.6, 1.6, 2.3])
for rr in t.rows:
    if len({id(c._tc) for c in rr.cells}) == 1:
        for r_ in rr.cells[0].paragraphs[0].runs:
            r_.bold = True
doc.add_comment(ps2d_row.cells[0].paragraphs[0].runs[0],
                text="Added after the validation panel asked where access arrangements are assessed.",
                author=AG, initials="AG")
track_row(ku7_row, "del", AG, DT2)
track_row(ps2d_row, "ins", AG, DT)
doc.add_paragraph()

# ------------------------------------------------------------- 8
H1("8  Reports")
table([
    ["Report", "Contents", "For", "When"],
    ["R01", "Applications and admissions by hub and status", "Hub Coordinators; Programme Manager", "Weekly"],
    ["R02", "Adjustments agreed and outstanding (anonymised outside the hub)", "Programme Manager", "Monthly"],
    ["R03", "Attendance and online activity; participants falling behind", "Tutors; Hub Coordinators", "Weekly"],
    ["R04", "Tutorials held against plan", "Hub Coordinators", "Monthly"],
    ["R05", "Marks, second marking and moderation status", "Moderator; Programme Manager", "Termly"],
    ["R06", "Outcome evidence by participant: outcomes rated Secure so far", "Tutors; participant", "On demand"],
    ["R07", "Study-day evaluations and end-of-unit survey results", "Hub Coordinators; Programme Committee",
     "Termly"],
    ["R08", "Change in self-rating from Starting Profile to end of Unit 3", "Programme Committee", "Annually"],
    ["R09", "Hub report: recruitment, attendance, evaluations, results, adjustments, action log", "Hub "
     "Steering Group", "Termly"],
    ["R10", "Annual data pack for the Programme Committee and the University's annual monitoring: R05, R07, "
     "R08, R11, external examiner's report and the action log", "Programme Committee; University", "Annually"],
    ["R11", "Headteachers' survey six months after completion (FR-45)", "Programme Committee", "Annually"],
    ["R12", "Pupil-impact return (FR-46)", "Programme Committee", "Release 2"],
], widths=[1.4, 8.6, 4.6, 2.4])
P("The Programme Committee (APD's Head of Professional Development, the University's programme leader, "
  "two hub coordinators and two member headteachers) considers R10 each October, agrees changes for the "
  "next intakes and records them in the programme action log (FR-44); the University's annual monitoring "
  "and the external examiner's report feed the same meeting.")

# ------------------------------------------------------------- 9
H1("9  Interfaces")
table([
    ["ID", "System", "Direction", "What passes"],
    ["IF-01", "University of Stanbridge student record system", "Both", "Registrations out nightly; "
     "confirmations, marks and Board decisions back"],
    ["IF-02", "Alliance Learning (Moodle 1.9)", "Both", "Enrolments and groups out; activity completion and "
     "forum activity back nightly; single sign-on"],
    ["IF-03", "E-mail", "Out", "Letters, alerts, progress reports"],
    ["IF-04", "University Athens service", "Out (via IF-01)", "Library accounts for ENROLLED participants"],
], widths=[1.4, 5.6, 2.6, 7.4])

# ------------------------------------------------------------- 10
H1("10  Out of scope for Release 1")
for t_ in [
    "Assessment-only route: the Award has no assessment-only route (removed in v1.2).",
    "Pupil-impact return (FR-46) and Next Steps plan (FR-47): Release 2.",
    "Mentor briefing records (FR-49): Release 2.",
    "Placements: the Alliance does not arrange placements in other settings for participants, and no "
    "placement module is needed.",
    "Reading lists and session materials: held on Alliance Learning and kept up to date by unit leaders; "
    "not part of the Tracker.",
    "Invoicing of schools: handled by the Alliance finance system from report R01.",
]:
    B(t_)

# ------------------------------------------------------------- 11
H1("11  Assumptions, dependencies and risks")
table([
    ["Ref", "Item", "Owner"],
    ["A1", "Hub lead schools provide a networked room and projector for each study day.", "Hub Coordinators"],
    ["A2", "The University's nightly file format is fixed by 30 April 2009.", "Student Records"],
    ["D1", "Alliance Learning upgrade to Moodle 1.9.4 completed by June 2009.", "APD"],
    ["R1", "Late confirmation of tutor approval criteria delays user acceptance testing of TUTOR.",
     "Programme Manager"],
    ["R2", "Release 2 budget not agreed by the Alliance Board.", "Head of Professional Development"],
], widths=[1.2, 12, 3.8])

# ------------------------------------------------------------- glossary
H1("Appendix A  Glossary")
for t_ in [
    "APD: Alliance Professional Development, the professional development arm of the Specialist Schools "
    "Alliance.",
    "AllianceNet: the Alliance's membership and events system, of which the Tracker is a module.",
    "Alliance Learning: the Alliance's Moodle site for online units, forums and submissions.",
    "ILP: Individual Learning Plan (FR-17).",
    "Learning set: a group of five or six participants from different schools who work together online "
    "and on study days.",
    "MoSCoW: Must, Should, Could, Won't (for this release).",
    "Study day: a taught day at a hub lead school or member school, 9.30 to 3.30.",
]:
    B(t_)

doc.save(OUT)
print("wrote", OUT)
