"""Build cu-01-morlaston-decision-log.docx: Morlaston University with Orlestone County Council (invented).

Provider: Morlaston University, Faculty of Education and Health, in partnership
with Orlestone County Council Children's Services (an HEI-led partnership).
Programme: Postgraduate Certificate in Special Educational Needs Coordination
(National Award for SEN Coordination), three 20-credit Level 7 units.
Dated 27 March 2009; 2008-09 vocabulary (CRB, DDA 2005, SEN Code of Practice
2001, ECM, P scales, RAISEonline, the SENCO Regulations 2008).

Kind of document / layout: the partnership's Programme Development Group (PDG)
DECISION LOG, submitted whole as the application, with a short covering note.
- Covering note to the panel (bold typed title lines, no heading styles for
  the note), ending with a blanket claim that the current entries "address
  every requirement of the specification and every national minimum outcome".
- Part A: how to read the log: a key table of status values (Current,
  Superseded by Dnn, Rejected, Proposed, Open) and area codes, and a PDG
  membership table giving the owners' initials.
- Part B (landscape section): the register itself, a seven-column table
  (Ref | Date | Area | Decision | Basis | Status | Owner), 55 entries D01-D55
  in date order, with full-width merged separator rows for each PDG meeting
  ("PDG 4 - 16 October 2008 ..."), shaded. A decision is only the programme
  when its Status is Current; supersession chains run forward (D06 -> D27,
  D02 -> D19, D11 -> D20, D17 -> D34, D22 -> D36, D39 -> D44, D05 -> D31).
  Entries cross-refer by D-number ("see D09", "replaces D39").
- Part C: open issues OI-1 to OI-6, typed as bold run-in labels.
- Part D: an outcome code key (PA1-PA7, KU1-KU9, PS1-PS9 with PS2a-PS2d, in
  Annex 3 order) with the outcome abridged in the PDG's words and a "Where
  developed" column. WHERE AN OUTCOME IS ASSESSED IS ONLY IN THE LOG
  ENTRIES D38, D40, D44 (codes listed in the Decision text), so each outcome
  needs two hops: the key for development, the current assessment entry for
  assessment. Part D's heading claims "All national outcomes are allocated".
- Page header (version, confidentiality) and footer (partner names, page
  field): never evidence.

Traps, with the requirement ids they affect:
- E.2 met only by following D02 (40 credits, Superseded by D19) to D19
  (60 credits at Level 7).
- 1.3 partially_met: research-based reading lists are Current (D12) but the
  use of Ofsted inspection evidence (D13) was Rejected.
- 1.5 not_met and 6.S7 not_met: the pupil-voice session (D22) and PS7 in
  Assignment 2 (D39) are both Superseded; D36 withdraws them and Part C OI-2
  only promises reconsideration for 2010-11. The covering note's value
  statement about pupils' voices is not an arrangement. Part D says
  "Withdrawn (D36)".
- 1.7 partially_met and 6.S8 partially_met: one session on how parents
  experience the SEN system (D15), no skill development in advising or
  partnership, and PS8 is in no assessment entry.
- 1.9 and 6.0 partially_met: the award rule (D45) is passing three
  assignments; the rule that every outcome is evidenced (D46) is only
  Proposed, and several outcomes are unassessed; the blanket claims in the
  covering note and Part D's heading do not change that.
- 2.1 met only through the chain D06 (no APL, Superseded by D27) -> D27.
- 2.2 partially_met: the self-audit is Current but used only to place
  participants in workshop groups (D23); the individual training plan with
  personalised outcomes (D24) is only Proposed.
- 2.3 not_met: the assessment-only route D05 (on another university's model,
  Kelbrook) is Superseded by D31, which says there is none for 2009-10; OI-6
  only promises to revisit.
- 2.5 partially_met: only a presentation on progression to the MA (D53);
  personal CPD planning is Open (OI-5).
- 3.3 partially_met (e-learning applies through D20): tutor-moderated boards
  and study groups (D25) and tutorials between taught days (D26) are Current,
  but mentors' access (ICT communication with schools) was Rejected (D33).
- 4.3 partially_met: stakeholders teach (D32), but their part in evaluation
  (D50) is Open (OI-3).
- 5.3 not_met: the registry check of candidates' CRB disclosures (D17) is
  Superseded by D34, which leaves it to employing schools; the Current D28 is
  about tutors and visiting speakers (wrong context).
- 5.5 partially_met: specialist contributors (D32) but the placement day
  (D52) was Rejected.
- 5.7 partially_met: tutors, speakers and second markers are briefed (D37);
  mentors are nominated but their handbook is only being drafted (D35, OI-1).
- 5.9 partially_met: participants' change measured by repeat self-audit (D48);
  pupil impact collation (D49) only Proposed.
- Outcomes (key + current assessment entry):
  met: PA2, PA4, PA5, PA6, KU1, KU3, KU5, KU6, KU7, KU8, PS1, PS2, PS2a,
  PS2b, PS3, PS4, PS5, PS6, PS9.
  partially_met: PA1 and PS8 (parents' session, never assessed); PA3
  (reflective journal "not marked": formative only); KU2 (taught, whether it
  is assessed is Open, D42/OI-4); KU4 (removed from Assignment 2 by D44 and
  left to a pre-course reading pack; the superseded D39 still lists it);
  KU9 (taught by LA services, in no current assessment); PS2d (taught, not
  assessed).
  not_met: PA7 (Open, OI-5), PS2c (key shows a dash), PS7 (withdrawn).
- Genuine arrangements written tersely in the register (met): E.1 (D01,
  D29), 1.1 (D03), 1.2 (D07), 1.4 (D08), 1.6 (D14), 1.8 (D40), 2.4 (D54),
  3.1 (D55, the last entry, out of area order), 3.2 (D20, D21), 4.1 (D04,
  D09), 4.2 (D10, D20, D21), 5.1 (D47), 5.2 (D16, D18), 5.4 (D30), 5.6 (D51),
  5.8 (D43).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cu-01-morlaston-decision-log.docx")

doc = Document()
doc.core_properties.author = "Tessa Fairbairn"
doc.core_properties.title = "PDG Decision Log v14"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)


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


def runin(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ------------------------------------------------------------------ header / footer
sec0 = doc.sections[0]
hp = sec0.header.paragraphs[0]
hr = hp.add_run("PDG Decision Log  |  version 14  |  27 March 2009  |  CONFIDENTIAL: "
                "for the TDA approval panel only")
hr.font.size = Pt(8)
hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
fp = sec0.footer.paragraphs[0]
fr = fp.add_run("Morlaston University  \u00b7  Orlestone County Council Children\u2019s Services  "
                "\u00b7  page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ covering note
para("MORLASTON UNIVERSITY \u00b7 FACULTY OF EDUCATION AND HEALTH", bold=True, size=12, after=0)
para("ORLESTONE COUNTY COUNCIL \u00b7 CHILDREN\u2019S SERVICES", bold=True, size=12)
para("National Award for SEN Coordination: Programme Development Group", size=12, after=0)
para("DECISION LOG \u2013 version 14 (27 March 2009)", bold=True, size=16)
para("Submitted to the Training and Development Agency for Schools in support of the "
     "partnership\u2019s application for approval to provide nationally accredited training for "
     "special educational needs coordinators.", italic=True)

para("Covering note", bold=True, size=12)
para("The Programme Development Group (PDG) was set up jointly by the University and the County "
     "Council in June 2008 and has met eight times. Every decision it has taken about the new "
     "programme is entered in this log, with the evidence or reasoning behind it, the status of "
     "the decision and the person who owns it. At the applicants\u2019 briefing in February the "
     "TDA asked for evidence of how programmes had been developed and not only a description of "
     "them, and we have concluded that the most honest answer is to send the log itself rather "
     "than to rewrite it as an essay. We ask the panel to read it with Part A beside it.")
para("Only entries whose status is Current describe the programme as it will run from September "
     "2009. Entries marked Superseded or Rejected are kept so that the history of the design can "
     "be audited; Proposed entries have been tabled but not yet agreed; questions that the PDG "
     "has not settled are listed in Part C. The log is ordered by date, so a later entry may "
     "replace an earlier one: where it does, the earlier entry names its successor.")
para("Members of the PDG share a conviction that every pupil\u2019s voice matters and that the "
     "SENCO is the person best placed to make sure it is heard. Taken together, the current "
     "entries address every requirement of the specification and every national minimum "
     "outcome.")
para("Dr Ruth Athill, Programme Leader and Chair of the PDG", italic=True, after=0)
para("Graham Pennock, Principal Officer (SEN), Orlestone County Council", italic=True)

# ------------------------------------------------------------------ Part A
para("PART A \u2013 HOW TO READ THE LOG", bold=True, size=12)
para("Status values", bold=True)
key = doc.add_table(rows=1, cols=2)
key.style = "Table Grid"
cell_text(key.rows[0].cells[0], "Status", bold=True)
cell_text(key.rows[0].cells[1], "Meaning", bold=True)
for a, b in [
    ("Current", "Agreed by the PDG and in force for the 2009\u201310 cohorts."),
    ("Superseded by Dnn", "Agreed at the time, since replaced by the entry named. No longer in force."),
    ("Rejected", "Considered and not adopted. Never in force."),
    ("Proposed", "Tabled and awaiting a decision of the PDG (next meeting: PDG 9, 23 April 2009)."),
    ("Open (OI-n)", "A question the PDG has not settled; see Part C."),
]:
    row = key.add_row()
    cell_text(row.cells[0], a)
    cell_text(row.cells[1], b)
for c in key.rows[0].cells:
    shade(c, "D9D9D9")
set_widths(key, [4.0, 12.0])

para("")
para("Area codes", bold=True)
para("ACC accreditation and award \u00b7 AIM aims \u00b7 CUR curriculum and content \u00b7 ENT entry "
     "and selection \u00b7 PER personalisation \u00b7 DEL delivery \u00b7 STK stakeholders \u00b7 QA "
     "quality assurance \u00b7 STF staffing \u00b7 RES resources \u00b7 ASM assessment and award. "
     "Outcome codes (PA, KU, PS) are explained in Part D.")

para("Membership of the PDG", bold=True)
mem = doc.add_table(rows=1, cols=3)
mem.style = "Table Grid"
for i, h in enumerate(["Member", "Role", "Initials"]):
    cell_text(mem.rows[0].cells[i], h, bold=True)
    shade(mem.rows[0].cells[i], "D9D9D9")
for a, b, c in [
    ("Dr Ruth Athill", "Programme Leader, Morlaston University (chair)", "RA"),
    ("Graham Pennock", "Principal Officer (SEN), Orlestone County Council", "GP"),
    ("Dr Sunita Varma", "Unit 2 leader; educational psychologist, Orlestone EP Service", "SV"),
    ("Owen Bright", "Unit 3 leader; inclusion consultant, Orlestone County Council", "OB"),
    ("Tessa Fairbairn", "Admissions and Registry, Faculty of Education and Health", "TF"),
    ("Janet Oduya", "Headteacher, Castle Lane Primary School; heads\u2019 reference group", "JO"),
    ("Mike Hanley", "Headteacher, Rushbrook Upper School; heads\u2019 reference group", "MH"),
    ("Bev Carrow", "Manager, Orlestone Parent Partnership Service", "BC"),
    ("Dr Kath Linnell", "External adviser (Reader in Inclusive Education, another university)", "KL"),
]:
    row = mem.add_row()
    for i, v in enumerate((a, b, c)):
        cell_text(row.cells[i], v)
set_widths(mem, [4.0, 10.0, 2.0])

# ------------------------------------------------------------------ Part B (landscape)
sec1 = doc.add_section(WD_SECTION.NEW_PAGE)
sec1.orientation = WD_ORIENT.LANDSCAPE
sec1.page_width, sec1.page_height = sec0.page_height, sec0.page_width
sec1.left_margin = sec1.right_margin = Cm(1.8)

para("PART B \u2013 THE LOG (entries D01 to D55)", bold=True, size=12)

COLS = ["Ref", "Date", "Area", "Decision", "Basis (evidence or reasoning)", "Status", "Owner"]
WIDTHS = [1.2, 1.7, 1.3, 10.0, 6.2, 3.2, 1.6]

LOG = [
    ("PDG 1 \u2013 19 June 2008, Orlestone Professional Centre",),
    ("D01", "19.06.08", "ACC",
     "The programme will lead to an award of Morlaston University and will be approved through the "
     "University\u2019s validation procedure for new taught provision.",
     "Academic Standards Committee agreed on 2 June 2008 to take the proposal forward.",
     "Current", "RA"),
    ("D02", "19.06.08", "ACC",
     "Award size: 40 credits at Level 7, as two 20-credit units.",
     "Matches the University\u2019s existing Certificate in Inclusive Practice.",
     "Superseded by D19", "RA"),
    ("D03", "19.06.08", "AIM",
     "Programme aim: \u201cto raise the achievement and improve the well-being of children and young "
     "people with SEN and/or disabilities, in all five Every Child Matters outcomes, by developing "
     "SENCOs who lead provision in their schools.\u201d The aim is written into the programme "
     "specification and the outcomes of each unit, and appears as criterion 1 (\u201cimpact on "
     "pupils\u2019 achievement and well-being\u201d) of the marking grid used for all three "
     "assignments, so that every assignment is judged partly on what it means for pupils.",
     "Wording agreed with GP; ECM outcomes named at the request of the heads\u2019 reference group.",
     "Current", "RA / GP"),
    ("D04", "19.06.08", "STK",
     "Survey every Orlestone maintained school (headteacher and SENCO) on what new SENCOs most "
     "need.",
     "No local evidence existed. Orlestone SEN Strategy 2008\u201311 commits the County to "
     "training every newly appointed SENCO.",
     "Current (done: see D09)", "GP"),
    ("D05", "19.06.08", "PER",
     "Offer an assessment-only route at a fee of \u00a3650, on the model Kelbrook University uses for "
     "its PG Certificate in Specific Learning Difficulties: portfolio plus viva.",
     "Two LA advisory teachers asked whether they could be assessed without attending.",
     "Superseded by D31", "RA"),
    ("D06", "19.06.08", "PER",
     "No accreditation of prior learning: every participant takes every unit.",
     "Simplicity in the first year.",
     "Superseded by D27", "TF"),

    ("PDG 2 \u2013 17 July 2008, Morlaston University, Hawksmoor Building",),
    ("D07", "17.07.08", "CUR",
     "School-based tasks. Each unit sets two directed tasks that the participant carries out in his "
     "or her own school between taught days, each tied in the unit handbook to named outcomes "
     "(examples: auditing the SEN register against the Code of Practice; tracking one pupil "
     "through a whole school day; mapping provision for one year group). The tasks are the raw "
     "material of the assignments.",
     "Heads\u2019 reference group: \u201cthe course has to be done in the school, not about it.\u201d",
     "Current", "RA"),
    ("D08", "17.07.08", "CUR",
     "Unit 1 (Law, policy and the SENCO) content: Education Act 1996 Part IV; SEN and Disability "
     "Act 2001; SEN Code of Practice (2001) and the SEN Toolkit; Disability Discrimination Act 1995 "
     "as amended in 2005, the Disability Equality Duty and accessibility planning; Children Act "
     "2004 and Every Child Matters; Removing Barriers to Achievement (2004); the Education (Special "
     "Educational Needs Co-ordinators) (England) Regulations 2008; the Inclusion Development "
     "Programme. Each topic is taught with its implications for the school and the SENCO.",
     "Statutory framework; list checked by the County\u2019s legal team.",
     "Current", "RA"),
    ("D09", "17.07.08", "STK",
     "Survey results accepted. 214 schools surveyed, 103 replies (48%). Needs most often named: "
     "provision mapping and costing (71% of replies); deploying and managing teaching assistants "
     "(64%); working with parents when relationships are strained (52%); tracking the progress of "
     "pupils working below national curriculum levels (49%). 29% of SENCOs in post have held the "
     "role for under two years; 31% of replies asked for a January start.",
     "Survey report, Orlestone Research and Intelligence Unit, July 2008.",
     "Current", "GP"),
    ("D10", "17.07.08", "CUR",
     "In response to D09: provision mapping and costing, and deploying and managing support staff, "
     "each become a full session of Unit 3; tracking progress with P scales, national test results "
     "and RAISEonline becomes a session of Unit 2.",
     "D09.",
     "Current", "RA"),
    ("D11", "17.07.08", "DEL",
     "Delivery: ten taught days at the Orlestone Professional Centre, all face to face.",
     "\u2014",
     "Superseded by D20", "RA"),

    ("PDG 3 \u2013 18 September 2008, Orlestone Professional Centre",),
    ("D12", "18.09.08", "CUR",
     "Reading lists for every unit drawn mainly from research published since 2003; unit leaders "
     "refresh them each summer and add new national developments.",
     "KL\u2019s comment at PDG 2.",
     "Current", "Unit leaders"),
    ("D13", "18.09.08", "CUR",
     "Build Ofsted inspection findings (Inclusion: does it matter where pupils are taught?, 2006) and "
     "recent local inspection reports into Unit 1 as a taught session.",
     "Proposed by GP.",
     "Rejected (no room in Unit 1)", "RA"),
    ("D14", "18.09.08", "CUR",
     "Working with colleagues. Unit 3 has two sessions on coaching and mentoring; each participant "
     "then runs a coaching cycle with one colleague in school (joint planning, observation, "
     "feedback, follow-up) and keeps a coaching record. Beyond the school, each participant joins "
     "one of the four termly SENCO cluster meetings led by County inclusion consultants and brings "
     "a current problem from school to work on with SENCOs from other schools.",
     "D09; the County\u2019s cluster network already exists.",
     "Current", "OB / GP"),
    ("D15", "18.09.08", "CUR",
     "Parents and carers: one Unit 2 session, led by the Orlestone Parent Partnership Service, on "
     "how parents experience the SEN system.",
     "D09 (52%).",
     "Current", "BC"),
    ("D16", "18.09.08", "ENT",
     "Entry requirements: QTS; in post as SENCO or designated to take up the post within twelve "
     "months; written support from the headteacher, including agreement to release the "
     "participant for taught days.",
     "SENCO Regulations 2008.",
     "Current", "TF"),
    ("D17", "18.09.08", "ENT",
     "Registry to see each accepted candidate\u2019s enhanced CRB disclosure at enrolment and record "
     "its number and date; candidates out of school employment for three months or more to apply "
     "for a new disclosure through the University.",
     "Safeguarding Children and Safer Recruitment in Education (DCSF 2006), chapter 4.",
     "Superseded by D34", "TF"),
    ("D18", "18.09.08", "ENT",
     "Selection. The programme leader interviews every candidate and goes through the pre-course "
     "self-audit (D23) to judge whether he or she can reach all the outcomes within the programme. "
     "A candidate judged not yet ready receives a letter setting out what to do first (usually "
     "the County\u2019s New to SENCO days or a term shadowing an experienced SENCO) and, with the "
     "candidate\u2019s agreement, the programme leader talks the letter through with the "
     "headteacher.",
     "Specification, paragraph 13.",
     "Current", "RA"),

    ("PDG 4 \u2013 16 October 2008, Morlaston University, Hawksmoor Building",),
    ("D19", "16.10.08", "ACC",
     "Award size changed to 60 credits at Level 7, as three 20-credit units: Postgraduate "
     "Certificate in Special Educational Needs Coordination (National Award for SEN "
     "Coordination). Replaces D02.",
     "Specification: normally 60 credits at masters level.",
     "Current", "RA"),
    ("D20", "16.10.08", "DEL",
     "Blended delivery replaces D11: seven taught days at the Orlestone Professional Centre and "
     "six online study weeks on the University\u2019s Blackboard site (two per unit), each with set "
     "reading, a structured task and a discussion board.",
     "Heads\u2019 reference group: ten days\u2019 release is more than most schools can fund.",
     "Current", "RA"),
    ("D21", "16.10.08", "DEL",
     "Two intakes a year, September and January. After Unit 1, Units 2 and 3 may be taken in "
     "either order, and a participant may spread the programme over up to two years.",
     "D09 (31% asked for a January start).",
     "Current", "TF"),
    ("D22", "16.10.08", "CUR",
     "Consulting children and young people: one Unit 2 session on pupil-voice methods; in "
     "Assignment 2 each participant consults three pupils about their provision and reports what "
     "changed.",
     "Specification 1.5.",
     "Superseded by D36", "SV"),

    ("PDG 5 \u2013 13 November 2008, Orlestone Professional Centre",),
    ("D23", "13.11.08", "PER",
     "Pre-course self-audit: each accepted candidate rates himself or herself from 1 to 4 against "
     "every national outcome before interview. The ratings are used to place participants in one "
     "of three workshop groups for Units 2 and 3.",
     "Specification, paragraphs 14\u201315.",
     "Current", "RA"),
    ("D24", "13.11.08", "PER",
     "Individual training plan: at the first tutorial tutor and participant turn the self-audit into "
     "a written plan with a personalised set of outcomes, reviewed at every later tutorial.",
     "Specification 2.2.",
     "Proposed (PDG 9)", "RA"),
    ("D25", "13.11.08", "DEL",
     "Online study weeks: each discussion board is moderated by the unit tutor, who answers posts "
     "within two working days; participants work in online study groups of five throughout.",
     "\u2014",
     "Current", "Unit leaders"),
    ("D26", "13.11.08", "DEL",
     "Between taught days every participant may book three 30-minute telephone or email tutorials "
     "per unit with the unit tutor.",
     "\u2014",
     "Current", "Unit leaders"),
    ("D27", "13.11.08", "PER",
     "Accreditation of prior learning replaces D06. A candidate may claim up to 20 credits (one "
     "unit, not Unit 1) for prior certificated learning at Level 7, or for prior experiential "
     "learning shown in a portfolio mapped to the unit\u2019s outcomes and assessed by two tutors, "
     "under the University\u2019s APL regulations. Every claimant meets the APL adviser first.",
     "Two applicants hold specialist diplomas (SpLD; hearing impairment).",
     "Current", "TF"),
    ("D28", "13.11.08", "QA",
     "All tutors and visiting speakers hold enhanced CRB disclosures, checked by University Human "
     "Resources or by the County.",
     "University safeguarding policy.",
     "Current", "TF"),

    ("PDG 6 \u2013 15 January 2009, Morlaston University, Hawksmoor Building",),
    ("D29", "15.01.09", "ACC",
     "Validation event of 8 January 2009 approved the programme with two conditions (revised Unit 3 "
     "handbook; clearer APL limits). Both conditions met on 14 January.",
     "Validation report, 9 January 2009.",
     "Current", "RA"),
    ("D30", "15.01.09", "STF",
     "Staffing. Programme leader Dr Ruth Athill (SENCO for nine years in two Orlestone secondary "
     "schools; MA Inclusive Education; Senior Lecturer since 2005). Unit 2 leader Dr Sunita Varma "
     "(chartered educational psychologist, still practising half-time in the Orlestone EP "
     "Service). Unit 3 leader Owen Bright (former head of a primary school with a resourced "
     "provision for speech and language needs; County inclusion consultant). Every unit leader "
     "works in schools or SEN services now, and each attends the nasen conference or an "
     "equivalent national event every year at Faculty expense.",
     "\u2014",
     "Current", "Dean"),
    ("D31", "15.01.09", "PER",
     "No assessment-only route for the 2009\u201310 cohorts (replaces D05). To be revisited after "
     "the first year (OI-6).",
     "University regulations do not allow a PG Certificate to be awarded without registered study "
     "for at least 40 credits.",
     "Current", "RA"),
    ("D32", "15.01.09", "STK",
     "Contributions to teaching. The Orlestone EP Service, speech and language therapy service and "
     "autism outreach team each lead one Unit 2 session, and the Orlestone Dyslexia Association "
     "(voluntary) joins them for the Unit 2 multi-agency day; the Parent Partnership Service leads "
     "D15; two heads from the reference group co-lead the Unit 3 session on winning the commitment "
     "of senior leaders.",
     "\u2014",
     "Current", "GP"),
    ("D33", "15.01.09", "DEL",
     "Give school-based mentors guest access to Blackboard so that they can follow the "
     "participant\u2019s online work and message the tutor.",
     "\u2014",
     "Rejected (licence cost)", "TF"),
    ("D34", "15.01.09", "ENT",
     "CRB disclosures of participants are the responsibility of the employing school; the "
     "University will not see or record them (replaces D17).",
     "Participants are employed teachers already checked by their schools.",
     "Current", "TF"),
    ("D35", "15.01.09", "QA",
     "Mentors: each participant\u2019s headteacher nominates a school-based mentor. A mentor "
     "handbook setting out the mentor\u2019s role is being drafted.",
     "\u2014",
     "Current; handbook Proposed (OI-1)", "RA"),

    ("PDG 7 \u2013 12 February 2009, Orlestone Professional Centre",),
    ("D36", "12.02.09", "CUR",
     "The Unit 2 pupil-voice session (D22) is withdrawn to make room for the P scales and "
     "RAISEonline session (D10), and the Assignment 2 requirement to consult pupils goes with it. "
     "Pupil voice to be reconsidered for the 2010\u201311 cohort (OI-2).",
     "Validation panel: Unit 2 overloaded.",
     "Current", "RA"),
    ("D37", "12.02.09", "QA",
     "Every tutor, visiting speaker and second marker attends a half-day briefing each July on the "
     "unit handbooks, the marking grid and the outcome codes, and receives the Programme "
     "Handbook.",
     "Validation condition.",
     "Current", "RA"),
    ("D38", "12.02.09", "ASM",
     "Assignment 1 (Unit 1): 4,000-word critical review of the participant\u2019s school SEN policy "
     "and practice against the law and the Code of Practice, drawing on published research, ending "
     "in an action plan presented to the governor responsible for SEN. Marked against PA6, KU1, "
     "KU3, KU8, PS1.",
     "\u2014",
     "Current", "RA"),
    ("D39", "12.02.09", "ASM",
     "Assignment 2 (Unit 2): 4,000-word case study of one pupil. Marked against PA4, KU4, KU5, KU6, "
     "PS2, PS2a, PS2b, PS7, PS9.",
     "\u2014",
     "Superseded by D44", "SV"),
    ("D40", "12.02.09", "ASM",
     "Assignment 3 (Unit 3): 5,000-word report on a change in SEN provision that the participant "
     "leads in school, with the coaching record (D14) as an appendix, and a 20-minute presentation "
     "to the tutor and the participant\u2019s headteacher. The report must show, with evidence, "
     "what changed for pupils and staff. Marked against PA2, PA5, KU7, PS3, PS4, PS5, PS6.",
     "\u2014",
     "Current", "OB"),
    ("D41", "12.02.09", "ASM",
     "Reflective journal kept throughout the programme, including a weekly log of how the "
     "participant planned and delegated SENCO tasks; read and commented on by the tutor at each "
     "tutorial; not marked.",
     "\u2014",
     "Current", "RA"),
    ("D42", "12.02.09", "ASM",
     "Whether KU2 should be added to the Assignment 1 marking criteria.",
     "\u2014",
     "Open (OI-4)", "RA"),

    ("PDG 8 \u2013 12 March 2009, Morlaston University, Hawksmoor Building",),
    ("D43", "12.03.09", "ASM",
     "Marking and moderation: the unit tutor marks every assignment against the grid; a 25% sample "
     "and every fail and distinction are second-marked; a moderation meeting for each unit precedes "
     "each Examination Board; the external examiner (a senior lecturer in SEN at another "
     "university) reviews a sample of every assignment and attends the Board.",
     "University Assessment Regulations.",
     "Current", "RA"),
    ("D44", "12.03.09", "ASM",
     "Assignment 2 marking criteria revised (replaces D39): PA4, KU5, KU6, PS2, PS2a, PS2b, PS9. KU4 "
     "moves to the pre-course reading pack; PS7 went with D36.",
     "Validation panel: Assignment 2 was assessing too many outcomes.",
     "Current", "SV"),
    ("D45", "12.03.09", "ASM",
     "Award: a participant who passes Assignments 1, 2 and 3 is awarded the Postgraduate "
     "Certificate.",
     "University Assessment Regulations.",
     "Current", "TF"),
    ("D46", "12.03.09", "ASM",
     "Outcome record: the Examination Board confirms, for each participant, that every national "
     "outcome has been evidenced before the award is made.",
     "Specification, paragraph 27.",
     "Proposed (PDG 9)", "RA"),
    ("D47", "12.03.09", "QA",
     "Evaluation. Participants evaluate each unit by questionnaire and a closing discussion; unit "
     "leaders write an annual unit report; the external examiner reports each year; the Programme "
     "Annual Monitoring Report brings these together with pass and completion rates and goes to "
     "the Faculty Quality Committee and to the PDG. Its action plan is the first item at the "
     "autumn PDG, and changes made are reported to the next cohort at induction.",
     "University quality framework.",
     "Current", "RA"),
    ("D48", "12.03.09", "QA",
     "Impact on participants: each participant repeats the self-audit (D23) at the end of Unit 3; "
     "the change in cohort ratings is reported in the Annual Monitoring Report.",
     "\u2014",
     "Current", "RA"),
    ("D49", "12.03.09", "QA",
     "Impact on pupils: collate the baseline and follow-up pupil data from Assignment 3 projects "
     "into an annual impact summary for the PDG.",
     "\u2014",
     "Proposed (PDG 9)", "RA"),
    ("D50", "12.03.09", "STK",
     "Heads\u2019 reference group and Parent Partnership Service to take part in the annual "
     "evaluation of the programme.",
     "\u2014",
     "Open (OI-3)", "GP"),
    ("D51", "12.03.09", "RES",
     "Resources: taught days at the Orlestone Professional Centre, home of the County\u2019s SEN "
     "Resource Library (standardised assessments, intervention programmes, reading schemes) and an "
     "ICT room with assistive technology (Clicker 5, text-to-speech, Widgit symbol software) used "
     "in the Unit 2 ICT session; University library and e-journals for every participant; "
     "Blackboard.",
     "\u2014",
     "Current", "GP"),
    ("D52", "12.03.09", "STF",
     "Placement: every participant to spend one day in a special school or resourced base.",
     "Proposed by SV.",
     "Rejected (heads\u2019 reference group: release for an extra day not affordable)", "SV"),
    ("D53", "12.03.09", "CUR",
     "The final Unit 3 session includes a presentation on progression to the University\u2019s MA "
     "Education (SEN and Inclusion), into which the 60 credits transfer.",
     "\u2014",
     "Current", "RA"),
    ("D54", "12.03.09", "PER",
     "Tailoring within units: each participant chooses the focus of every assignment in his or her "
     "own school; the three workshop groups (D23) work on different tasks matched to their audit "
     "ratings; tutorials as D26. Fee \u00a31,200 for the programme, of which the County pays \u00a3600 "
     "for each Orlestone participant from the SEN Strategy budget; costs held down by teaching at "
     "the County\u2019s own centre.",
     "Cost model agreed with the Faculty Finance Officer.",
     "Current", "RA / GP"),
    ("D55", "12.03.09", "DEL",
     "Access for disabled participants: the application form invites candidates to disclose a "
     "disability and explains why; the programme leader and the University Disability Adviser "
     "agree reasonable adjustments with each disabled participant before the course (teaching, "
     "online materials, assessment, including extra time or an alternative to the Assignment 3 "
     "presentation); publicity and handbooks are available in large print and electronic formats; "
     "both venues are step-free with hearing loops. Governed by the University\u2019s Disability "
     "Equality Scheme and Race Equality Policy.",
     "Validation panel asked for this to be recorded as a decision.",
     "Current", "TF"),
]

tbl = doc.add_table(rows=1, cols=len(COLS))
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(COLS):
    cell_text(tbl.rows[0].cells[i], h, bold=True, size=9)
    shade(tbl.rows[0].cells[i], "BFBFBF")
# repeat header row on every page
trPr = tbl.rows[0]._tr.get_or_add_trPr()
trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))

for entry in LOG:
    row = tbl.add_row()
    if len(entry) == 1:
        merged = row.cells[0].merge(row.cells[-1])
        cell_text(merged, entry[0], bold=True, size=9)
        shade(merged, "E7EEF7")
        continue
    for i, v in enumerate(entry):
        cell_text(row.cells[i], v, size=9, bold=(i == 0))
set_widths(tbl, WIDTHS)

# ------------------------------------------------------------------ Part C, D (portrait)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.PORTRAIT
sec2.page_width, sec2.page_height = sec0.page_width, sec0.page_height
sec2.left_margin = sec2.right_margin = sec0.left_margin

para("PART C \u2013 OPEN ISSUES (as at 27 March 2009)", bold=True, size=12)
runin("OI-1 Mentor handbook (D35). ",
      "A draft is being written by RA and two reference-group heads; it is due at PDG 10 in June.")
runin("OI-2 Pupil voice (D36). ",
      "The PDG wishes to restore consultation with children and young people and to find a place "
      "for it in the assessment, but has not agreed where it will go. It will be reconsidered when "
      "the 2010\u201311 programme is planned.")
runin("OI-3 Stakeholders and evaluation (D50). ",
      "The heads\u2019 reference group and the Parent Partnership Service have been asked whether "
      "they would like a role in the annual evaluation. No reply yet.")
runin("OI-4 Every Child Matters in the assessment (D42). ",
      "KU2 is taught in Unit 1; whether it should also be marked in Assignment 1 is undecided.")
runin("OI-5 After the programme (D53). ",
      "Whether to add a personal CPD plan to the final session, and where PA7 should be taught and "
      "assessed. Options to be brought to PDG 9.")
runin("OI-6 Assessment-only route (D31). ",
      "To be revisited after the first cohort, if University regulations allow.")

para("")
para("PART D \u2013 OUTCOME CODES. All national outcomes are allocated (see assessment entries "
     "D38 to D46).", bold=True, size=12)
para("The PDG numbers the national minimum outcomes in the order of Annex 3 of the TDA "
     "specification: professional attributes PA1\u2013PA7, knowledge and understanding KU1\u2013KU9, "
     "professional skills PS1\u2013PS9, with the four parts of the second skill as PS2a\u2013PS2d. "
     "The wording below is the PDG\u2019s shorthand, not the specification\u2019s. Where each outcome "
     "is assessed is recorded in the Current assessment entries of Part B.")
codes = [
    ("PA1", "Fair, respectful, constructive relationships with pupils with SEN and/or disabilities "
            "and with their parents or carers", "Unit 2, parents\u2019 session (D15)"),
    ("PA2", "Winning the commitment of colleagues, the head and senior leaders",
     "Unit 3, session co-led by two heads (D32)"),
    ("PA3", "Prioritising, managing time, delegating and checking delegated work",
     "Reflective journal (D41)"),
    ("PA4", "Anticipating and resolving problems; sound judgement about provision",
     "Unit 2, case-study workshops"),
    ("PA5", "Clear speech and writing; listening to and understanding others",
     "Unit 3, presenting to staff and governors"),
    ("PA6", "Using research and outside advice to improve one\u2019s own and colleagues\u2019 "
            "practice", "Unit 1, finding and using research"),
    ("PA7", "Keeping up to date; owning one\u2019s CPD on SEN and disability", "Open (OI-5)"),
    ("KU1", "SEN law and guidance, including the Code of Practice, and putting it into practice",
     "Unit 1 (D08)"),
    ("KU2", "Every Child Matters: principles, outcomes and the SENCO\u2019s part", "Unit 1 (D08)"),
    ("KU3", "Disability equality law and the action it requires", "Unit 1 (D08)"),
    ("KU4", "How children develop; how SEN, disability and the learning environment affect "
            "development", "Pre-course reading pack (D44)"),
    ("KU5", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
            "MLD) and their effect on learning", "Unit 2"),
    ("KU6", "Approaches, strategies and resources, including ICT, for assessment, planning, "
            "teaching and learning", "Unit 2, including the ICT room session (D51)"),
    ("KU7", "School self-evaluation and improvement and SEN outcomes", "Unit 3"),
    ("KU8", "Best practice and research on meeting SEN", "Unit 1"),
    ("KU9", "External agencies: scope, role, and obtaining specialist support and resources",
     "Unit 2, sessions led by County services (D32)"),
    ("PS1", "With senior colleagues and governors, shaping an inclusive ethos, policies, "
            "priorities and use of resources", "Unit 1, strategic leadership session"),
    ("PS2", "Identifying pupils, setting challenging targets, planning interventions, reviewing "
            "progress", "Unit 2"),
    ("PS2a", "Using other professionals\u2019 assessments to shape teaching", "Unit 2"),
    ("PS2b", "Using summative assessment, including national tests, to track progress",
     "Unit 2, P scales and RAISEonline session (D10)"),
    ("PS2c", "Encouraging colleagues\u2019 formative assessment, with approaches for pupils with SEN",
     "\u2014"),
    ("PS2d", "Special arrangements for national tests and examinations",
     "Unit 2, session led by the County\u2019s assessment officer"),
    ("PS3", "Provision mapping; finding ineffective or missing provision", "Unit 3 (D10)"),
    ("PS4", "Deploying and managing staff", "Unit 3 (D10)"),
    ("PS5", "Supporting colleagues\u2019 professional development: observation and feedback, "
            "modelling, coaching, training", "Unit 3 (D14)"),
    ("PS6", "Reviewing provision with staff to inform the school\u2019s self-evaluation", "Unit 3"),
    ("PS7", "Involving pupils in planning and reviewing their own provision",
     "Withdrawn (D36); see OI-2"),
    ("PS8", "Liaising with parents and carers", "Unit 2, parents\u2019 session (D15)"),
    ("PS9", "Partnership with other services and agencies, including voluntary organisations",
     "Unit 2, multi-agency day (D32)"),
]
ct = doc.add_table(rows=1, cols=3)
ct.style = "Table Grid"
for i, h in enumerate(["Code", "National minimum outcome (PDG shorthand)", "Where developed"]):
    cell_text(ct.rows[0].cells[i], h, bold=True, size=9)
    shade(ct.rows[0].cells[i], "BFBFBF")
for c, o, w in codes:
    row = ct.add_row()
    cell_text(row.cells[0], c, bold=True, size=9)
    cell_text(row.cells[1], o, size=9)
    cell_text(row.cells[2], w, size=9)
set_widths(ct, [1.6, 9.4, 5.0])

para("")
para("Log kept by Tessa Fairbairn for the PDG. Next revision after PDG 9 (23 April 2009).",
     italic=True)

doc.save(OUT)
print("wrote", OUT)
