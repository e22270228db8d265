"""gk-02-wetherden-planning-workbook: build the .docx next to this script.

Provider: the Wetherden Federation (Wetherden Park School, a special school
designated a Specialist SEN College for sensory and physical needs, and
Morwick House School, for pupils with behavioural, emotional and social
difficulties), with its Wetherden Outreach and Advisory Service (WOAS),
leading a bid with Pelham Metropolitan Borough Council and Burnside College
of Higher Education, which validates a 60-credit Level 7 certificate.

Document kind: the course team's Excel planning workbook, printed sheet by
sheet (converted to Word through "Save as web page"), sent as the
application with a shaded covering note. Landscape; the workbook's file name
and print time in the header; a page field in the footer.

Layout: no heading styles at all; each sheet opens with a bold typed line
"SHEET n of 10 - NAME"; every sheet is a table whose first row holds the
spreadsheet's column letters (A, B, C...) shaded grey and whose first column
holds row numbers; terse cells mixed with long wrapped-text cells; status
columns (Done / Open / Dropped / OK / check / gap); a "#REF!" cell; "TBC"
cells; Excel cell notes carried over as Word comments; merged cells for unit
bands in the calendar; Sheet 10 "SCRATCH" printed at the end although the
covering note says it is the team's rough working and not part of the
application.

Traps (requirement ids affected):
- Sheet 10 SCRATCH holds an assessment-only route "OK'd in principle" with a
  fee, and an external examiner "agreed" - neither part of the submission by
  the covering note's own words (2.3 not_met; 5.8 stays partially_met).
- Aim cell is about equipping SENCOs to "meet the statutory requirements";
  ECM appears only as one session; tasks assess the SENCO's systems (1.1
  partially_met).
- Research: one session on evidence for interventions and a reading list "to
  be refreshed"; no inspection evidence or developments (1.3 partially_met).
- Outcomes sheet: the row for child development is absent (codes jump from
  O10 to O12; the covering note says hidden rows do not print), 6.K4 not_met; summative
  tracking row present only as "gap" with dashes (6.S2b not_met);
  relationships assessed only by tutorial notes "not graded" (6.A1),
  problem solving "not assessed" (6.A4), self-evaluation "#REF!" (6.K7),
  coaching colleagues assessed only in an optional part of Task 3 (6.S5),
  reviewing provision "check - no task yet" (6.S6), all partially_met;
  1.9 partially_met. 6.0 met: the award rule on Sheet 1 requires all 28
  national outcomes signed off on the Outcome Record, whatever the map's gaps.
- Sheet 9 ACCESS: step-free venues and large print on request and a bare
  statement that the course complies with the DDA; nothing on disclosure or
  assessment adjustments (3.1 partially_met).
- Stakeholder reference group "Membership TBC", status Open, looks like a
  gap, but heads' questionnaires, the Council's contract review with school
  feedback and stakeholders teaching sessions make 4.3 met.
- Placements: "participants may arrange visits if they wish" (5.5
  partially_met).
- Second marking of borderline and fail scripts only; external examiner "TBC
  (Burnside to appoint)" (5.8 partially_met).
- Impact on participants and pupils: "Not started - to discuss" (5.9
  not_met); session evaluation forms are about quality, not impact, and the
  Starting Audit is a needs assessment, not repeated as a measure.
- The online route sheet (printed area of Sheet 3) gives e-tutors, live
  tutorials, study partners and support between sessions (3.3 met).
- Final session "Where next?" only describes MA routes (2.5 partially_met).
- Comments (Excel cell notes) are not part of the submission; one explains
  the #REF!, one chases parent representatives.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("gk-02-wetherden-planning-workbook.docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def field(par, instr, shown="1"):
    def fc(kind):
        r = par.add_run()
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r._r.append(f)
    fc("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    fc("separate")
    par.add_run(shown)
    fc("end")


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.5)
sec.top_margin = sec.bottom_margin = Cm(1.5)
hp = sec.header.paragraphs[0]
hp.text = "Wetherden_NatAward_Planning_v7.xls\tPrinted 17/03/2009 09:42"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("Page ")
field(fp, "PAGE")

COMMENTS = []


def P(text="", bold=False, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def sheet(n, name, headers, rows, start=1, bands=None, widths=None):
    """rows: list of tuples; a tuple ('BAND', text) is a merged band row.
    Row numbers are printed in the first column; start is the first data
    row number (after the header row, which is row start-1)."""
    P(f"SHEET {n} of 10 - {name}", bold=True, size=11)
    ncol = len(headers) + 1
    t = doc.add_table(rows=2, cols=ncol)
    t.style = "Table Grid"
    letters = "ABCDEFGHIJ"
    t.rows[0].cells[0].text = ""
    shade(t.rows[0].cells[0], "D9D9D9")
    for i in range(len(headers)):
        c = t.rows[0].cells[i + 1]
        c.text = letters[i]
        shade(c, "D9D9D9")
    t.rows[1].cells[0].text = str(start - 1)
    shade(t.rows[1].cells[0], "D9D9D9")
    for i, h in enumerate(headers):
        c = t.rows[1].cells[i + 1]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "FFF2CC")
    rn = start
    cellmap = {}
    for row in rows:
        cells = t.add_row().cells
        cells[0].text = str(rn)
        shade(cells[0], "D9D9D9")
        if row[0] == "BAND":
            m = cells[1].merge(cells[ncol - 1])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "DDEBF7")
        else:
            for i, v in enumerate(row):
                cells[i + 1].text = v
            cellmap[rn] = cells
        rn += 1
    doc.add_paragraph()
    return t, cellmap


# --------------------------------------------------------------- cover note
cov = doc.add_table(rows=1, cols=1)
cov.style = "Table Grid"
c = cov.rows[0].cells[0]
shade(c, "E2EFDA")
c.paragraphs[0].add_run("Covering note to the TDA approval panel").bold = True
for txt in [
    "From: Andrew Marsden, Manager, Wetherden Outreach and Advisory Service, on behalf of the Wetherden Federation, Pelham MBC and Burnside College of Higher Education. 17 March 2009.",
    "We have planned the course in a shared workbook, which the course team, the Council's SEN officers and Burnside's link tutor have all worked on since October. Rather than rewrite it, we are sending it as printed. Sheets 1 to 9 are our application. Sheet 10 (SCRATCH) is the team's rough working; it prints with the workbook but it is not part of the application and nothing on it has been agreed.",
    "Cell notes added by team members print as comments in the margin. Grey row numbers and column letters are the spreadsheet's own. Rows hidden in the workbook do not print.",
]:
    c.add_paragraph(txt)
doc.add_paragraph()

# --------------------------------------------------------------- sheet 1
sheet(1, "ABOUT", ["Field", "Value"], [
    ("Course title", "Certificate in Special Educational Needs Coordination (National Award for SENCOs)"),
    ("Awarding body", "Burnside College of Higher Education (taught degree awarding powers since 2005). Validated by Burnside's Academic Standards Committee, 4 March 2009, for five years."),
    ("Credit and level", "60 credits at Level 7 (Master's); three units: Unit A 20 credits, Unit B 20 credits, Unit C 20 credits"),
    ("Progression", "Credits count towards Burnside's MA Education (Inclusion and SEN) - 120 further credits"),
    ("Lead partner", "Wetherden Federation (Wetherden Park School - Specialist SEN College, sensory and physical; Morwick House School - BESD). Executive Head: Mrs Helen Varley"),
    ("Delivery partner", "Wetherden Outreach and Advisory Service (WOAS): 11 teachers incl. QTVI, QTHI, physical disability and behaviour specialists; works with all 96 Pelham schools"),
    ("Council partner", "Pelham MBC Children's Services - SEN and Inclusion; Parent Partnership Service; Educational Psychology Service"),
    ("Aim", "To equip teachers new to the SENCO role to lead SEN provision in their schools and to meet the statutory requirements for the role."),
    ("Cohort size", "Cohort 1 (Sept 2009): 18 places; Cohort 2 (Feb 2010): 14 places. Max 20 per group."),
    ("Start points", "September and February each year. Units A and B may be taken in either order; Unit C is taken last."),
    ("Routes", "Day route: 10 study days at Wetherden Park. Online route: Units A and B online on the Federation's Fronter platform with 3 face-to-face days; Unit C same for both routes."),
    ("Duration", "3 terms part time (either route); may extend to 2 years with course leader's agreement."),
    ("Fee", "\u00a31,150 (Pelham MBC pays \u00a3650 per Pelham participant from its SEN training budget; schools pay \u00a3500). Cost per place to partners approx \u00a31,480 incl. staff time - see Budget tab (not printed)."),
    ("Award rule", "To be awarded the Certificate a participant must pass all four tasks AND have every one of the 28 national outcomes signed off on their Outcome Record by a tutor. The Burnside Assessment Board checks the Outcome Records before confirming any award; no award without a complete Record."),
    ("Research base", "Reading list to be refreshed for 2009-10 (JD)."),
], start=2)

# --------------------------------------------------------------- sheet 2
sheet(2, "ENTRY", ["Step", "What happens", "Who", "When", "Record kept"], [
    ("1 Nomination", "Head completes nomination form: teacher has QTS, is SENCO or will be by start date, school will release for all study days / online study time and 1 day per term for school tasks.", "Headteacher", "By 30 June (Sept start) / 30 Nov (Feb start)", "Nomination form"),
    ("2 Safeguarding", "Nomination form asks head to give date and number of the teacher's CRB enhanced disclosure and to confirm List 99 has been checked and there are no current disciplinary matters. Course administrator checks every form is complete and phones the school if not. Anyone not in a school post with regular contact with children in last 3 months gets a new enhanced CRB through Pelham HR before starting.", "Head; course administrator", "On receipt", "Checklist on nomination file"),
    ("3 Entry check", "Course leader reads each application against entry profile: QTS + 2 yrs teaching + SENCO role or agreed route into it + some experience teaching pupils with SEN.", "Course leader", "Within 2 weeks", "Entry decision sheet"),
    ("4 Not yet ready", "If profile not met: letter to teacher and head setting out what is missing and what would help (e.g. WOAS SENCO Network, shadowing an experienced SENCO for a term); course leader phones head; offered a later start.", "Course leader", "Within 2 weeks", "Letter on file"),
    ("5 Prior learning", "Teachers with Level 7 credit in SEN/inclusion from last 5 yrs can apply to Burnside RPL panel for up to 20 credits (one unit). APEL: portfolio against a unit's outcomes, with a 30-min professional discussion. Course leader advises at interview.", "Course leader; Burnside RPL panel", "Before start", "RPL claim form; panel decision"),
    ("6 Starting audit", "Participant rates self on all 28 outcomes (4-point scale + evidence) on the Starting Audit form; head adds comments.", "Participant; head", "2 weeks before start", "Starting Audit"),
    ("7 Planning interview", "1 hour with personal tutor: goes through Starting Audit and school context; agrees Individual Learning Plan (ILP) - which outcomes need most work, which optional workshops to attend, focus of Task 3, personal targets for each unit.", "Personal tutor; participant", "Before first session", "ILP (copy to head)"),
    ("8 ILP reviews", "ILP reviewed at each unit tutorial and targets reset; tutor checks Starting Audit ratings against evidence in tasks.", "Personal tutor", "End of each unit", "ILP"),
], start=2)

# --------------------------------------------------------------- sheet 3
t3, cm3 = sheet(3, "CALENDAR (Cohort 1)", ["Code", "Date", "Mode", "Venue", "Session", "Lead"], [
    ("BAND", "UNIT A - The SENCO, the law and leadership (20 credits)"),
    ("A1", "24/09/09", "Day / online", "Wetherden Park (day); Fronter (online)", "Role of the SENCO; SEN Code of Practice 2001; SENDA 2001 and the 2008 SENCO regulations", "Course leader"),
    ("A2", "15/10/09", "Day / online", "Wetherden Park; Fronter", "Disability Discrimination Act duties, disability equality schemes, accessibility plans", "Pelham equalities officer; course leader"),
    ("A3", "12/11/09", "Day / online", "Wetherden Park; Fronter", "Strategy: working with heads and governors; SEN policy; budgets and resources", "Executive Head"),
    ("A4", "03/12/09", "Day / online", "Wetherden Park; Fronter", "Every Child Matters and the SENCO; multi-agency working and the CAF", "Pelham Children's Trust officer"),
    ("BAND", "UNIT B - Knowing the learner (20 credits)"),
    ("B1", "14/01/10", "Day / online", "Wetherden Park; Fronter", "Types of need: SpLD/dyslexia, MLD; assessment tools", "EP; WOAS"),
    ("B2", "04/02/10", "Day / online", "Morwick House", "Types of need: BESD, ASD, SLCN", "Morwick staff; SALT"),
    ("B3", "04/03/10", "Day / online", "Wetherden Park; Fronter", "Sensory and physical needs; ICT and assistive technology; removing barriers", "WOAS QTVI/QTHI; AT technician"),
    ("B4", "25/03/10", "Day / online", "Wetherden Park; Fronter", "Pupil voice and participation: consulting pupils, person-centred reviews", "Morwick House school council co-ordinator"),
    ("B5", "22/04/10", "Day", "Wetherden Park", "Working with parents and carers", "Pelham Parent Partnership Service"),
    ("BAND", "UNIT C - Leading provision (20 credits) - both routes face to face"),
    ("C1", "13/05/10", "Day", "Wetherden Park", "Identification, targets and review; provision mapping; finding ineffective provision", "WOAS; EP"),
    ("C2", "10/06/10", "Day", "Wetherden Park", "What works: evidence on interventions", "Burnside tutor"),
    ("C3", "24/06/10", "Day", "Morwick House", "Leading colleagues: deploying TAs, observation and feedback, coaching, running INSET; assessment for learning with colleagues", "Burnside tutor; Morwick deputy head"),
    ("C4", "08/07/10", "Day", "Wetherden Park", "Tests and exams: access arrangements; working with other services and voluntary groups; Where next? - MA routes at Burnside", "WOAS; Pelham SENCO network chair"),
    ("OPT", "Termly", "Twilight", "Wetherden Park", "Optional workshops (chosen through ILP): dyslexia screening, Makaton, de-escalation, moving and handling", "WOAS specialists"),
], start=2)

# --------------------------------------------------------------- sheet 4
t4, cm4 = sheet(4, "OUTCOMES", ["Ref", "Outcome (national, our wording)", "Developed in", "Assessed by", "Status"], [
    ("BAND", "Attributes"),
    ("O1", "Fair, respectful, supportive relationships with pupils with SEN/disabilities and their parents/carers", "B4, B5", "Personal tutor's notes from tutorials - not graded", "OK"),
    ("O2", "Gains commitment of colleagues incl. head and senior leaders", "A3, C3", "Task 3 (change project) + head's statement", "OK"),
    ("O3", "Prioritises, manages time, delegates and checks delegated work", "A1, C3", "Task 4 (portfolio: reflective commentary on role)", "OK"),
    ("O4", "Anticipates and resolves problems; sound judgement on provision", "C1", "not assessed", "check"),
    ("O5", "Clear speech and writing; listens to and understands others' views", "All; B4, B5", "Tasks 1-3 written; Task 2 review meeting observed and graded", "OK"),
    ("O6", "Uses research and outside advice to improve own and colleagues' practice", "C2", "Task 3 (literature section)", "OK"),
    ("O7", "Keeps up to date; owns CPD on SEN/disability", "C4; ILP", "Task 4 (portfolio: CPD log and reflective commentary)", "OK"),
    ("BAND", "Knowledge and understanding"),
    ("O8", "SEN law and guidance incl. Code of Practice - implications and how to apply", "A1", "Task 1 (policy audit)", "OK"),
    ("O9", "ECM principles/outcomes and the SENCO's part", "A4", "Task 1", "OK"),
    ("O10", "Disability equality law and actions required", "A2", "Task 1", "OK"),
    ("O12", "Common types of SEN/disability (BESD, SpLD incl dyslexia, SLCN, ASD, MLD) and effect on learning", "B1, B2, B3", "Task 2 (case study)", "OK"),
    ("O13", "Critical understanding of approaches, strategies, resources incl. ICT to remove barriers and personalise", "B1-B3", "Task 2", "OK"),
    ("O14", "School self-evaluation and improvement and SEN outcomes", "A3", "#REF!", "OK"),
    ("O15", "Best practice and research in meeting SEN", "C2", "Task 3 (literature section)", "OK"),
    ("O16", "Scope and role of external agencies; getting specialist support", "A4, C4", "Task 2 (multi-agency section)", "OK"),
    ("BAND", "Skills"),
    ("O17", "With senior colleagues and governors, shapes inclusive ethos, policy, priorities, resources", "A3", "Task 1 (action plan agreed with head and SEN governor)", "OK"),
    ("O18", "Identifies pupils, sets challenging targets, plans interventions, reviews progress", "C1", "Task 2", "OK"),
    ("O18a", "Uses assessments from a range of professionals", "B1, B2", "Task 2", "OK"),
    ("O18b", "Uses summative assessment incl. national tests to track progress and adjust programmes", "-", "-", "gap"),
    ("O18c", "Encourages colleagues' formative assessment with approaches for pupils with SEN", "C3", "Task 3", "OK"),
    ("O18d", "Identifies special arrangements for tests/exams in good time and puts them in place", "C4", "Task 4 (portfolio: access arrangements record for own school)", "OK"),
    ("O19", "Provision mapping and management; identifies ineffective or missing provision", "C1", "Task 3", "OK"),
    ("O20", "Deploys and manages staff effectively", "C3", "Task 3", "OK"),
    ("O21", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "C3", "Task 3 optional section (participants may include a coaching log)", "OK"),
    ("O22", "Reviews and evaluates provision with other staff to inform school self-evaluation", "C1", "check - no task yet", "check"),
    ("O23", "Involves pupils in planning, agreeing, reviewing their provision", "B4", "Task 2 (pupil consultation)", "OK"),
    ("O24", "Liaises effectively with parents and carers", "B5", "Task 2 (parent meeting)", "OK"),
    ("O25", "Works in partnership with other services and agencies incl. voluntary organisations", "A4, C4", "Task 2 (multi-agency section)", "OK"),
], start=2)
ref_cell = cm4[16][3]
doc.add_comment(runs=[ref_cell.paragraphs[0].runs[0]], text="JD: link to Tasks tab broke when I moved it. Fix before printing!!", author="Jo Dennison", initials="JD")

# --------------------------------------------------------------- sheet 5
sheet(5, "TASKS", ["Task", "Unit", "What the participant does", "Size", "Marking", "Moderation"], [
    ("Task 1 Policy audit", "A", "Audits own school's SEN policy and practice against the Code of Practice, the DDA duties and ECM; writes an action plan agreed with the head and the SEN governor.", "4,000 words", "Unit tutor, Burnside Level 7 criteria", "Second marking: borderline and fail scripts only"),
    ("Task 2 Case study", "B", "Studies one pupil: assessments by school and other professionals; consults the pupil (method suited to the pupil) and meets the parents/carers; leads a review meeting (observed by tutor and graded); revises the plan.", "5,000 words + observed review", "Unit tutor; observation by personal tutor", "Second marking: borderline and fail scripts only"),
    ("Task 3 Change project", "C", "Uses a provision map to find ineffective or missing provision for a group; plans and leads a change with colleagues and TAs; literature section on evidence for the chosen approach; head's statement on the participant's leadership.", "4,000 words", "Unit tutor", "Second marking: borderline and fail scripts only"),
    ("Task 4 Portfolio", "All", "Outcome Record (all 28 outcomes signed off by tutors); CPD log; reflective commentary on the role; access arrangements record for own school; ILP and reviews.", "Portfolio", "Personal tutor - pass/refer", "Course leader checks all Outcome Records"),
    ("External examiner", "All", "TBC (Burnside to appoint).", "", "", ""),
], start=2)

# --------------------------------------------------------------- sheet 6
sheet(6, "TEAM", ["Name", "Role", "Background", "Role briefing"], [
    ("Andrew Marsden", "Course leader; personal tutor", "WOAS manager; MEd Inclusive Education; SENCO in two secondary schools 1996-2004", "Writes role descriptors; runs tutor induction"),
    ("Jo Dennison", "Personal tutor; Unit C lead", "Burnside senior lecturer; PhD (teacher leadership and inclusion); external examiner for another college's SEN awards", "Attends tutor induction; Burnside marking training"),
    ("Helen Varley", "Executive Head; Unit A sessions", "NPQH; head of Wetherden Park since 2001; Specialist SEN College bid lead", "Tutor induction"),
    ("Priya Chandran", "Personal tutor; Unit B lead", "WOAS behaviour specialist; MA Emotional and Behavioural Difficulties; former deputy head, Morwick House", "Tutor induction"),
    ("Dr Liam Fortune", "Sessions B1, C1", "Pelham senior educational psychologist", "Session brief"),
    ("Carol Ashby", "Sessions B3", "QTVI; WOAS sensory team leader", "Session brief"),
    ("Workplace mentors", "One per participant, named by head (usually a deputy or assistant head)", "-", "Twilight mentor briefing each September and February; Mentor Guide; mentor signs off workplace evidence on Outcome Record"),
    ("All tutors", "-", "-", "Half-day tutor induction before each cohort: role descriptors, marking criteria, Outcome Record, ILP process; a marking standardisation exercise with sample scripts"),
], start=2)

# --------------------------------------------------------------- sheet 7
sheet(7, "QA & EVALUATION", ["Activity", "Evidence", "When", "Who", "Goes to / what happens", "Status"], [
    ("Session evaluation", "Paper or online form after every session (content, pace, usefulness)", "Every session", "Course administrator collates", "Course team meeting next month; changes logged on Changes tab", "Done (pilot forms ready)"),
    ("Unit review", "Evaluation summary, marks, tutor notes", "End of each unit", "Course team", "Unit review note; actions for next cohort", "Open"),
    ("Participant focus group", "Notes of 45-min discussion, led by a tutor who did not teach the unit", "End of Units A and C", "Personal tutors (swap)", "Unit review note", "Open"),
    ("Burnside annual monitoring", "Annual course report: results, evaluations, equality data, action plan", "Each October", "Course leader; Burnside link tutor", "Burnside Academic Standards Committee; actions checked next year", "Open"),
    ("Pelham contract review", "Numbers, completion, school feedback", "Each July", "Pelham SEN manager with WOAS manager", "Pelham SEN strategy group; informs next year's places and funding", "Open"),
    ("Head's questionnaire", "Short questionnaire to each participant's head at end of course", "End of course", "Course administrator", "Annual course report", "Open"),
    ("Impact on participants and pupils", "", "", "", "", "Not started - to discuss"),
    ("Stakeholder reference group", "Membership TBC - heads, parents, SENCO network; first meeting to be arranged", "Termly", "Course leader", "", "Open"),
], start=2)

# --------------------------------------------------------------- sheet 8
t8, cm8 = sheet(8, "STAKEHOLDERS", ["Date", "Who", "What they told us", "What we did", "Status"], [
    ("Oct 2008", "Pelham SENCOs - survey (48 of 96 schools replied)", "31 had no SEN qualification; 22 not on SLT. Want: law and Code, running reviews, leading TAs, data. Most can be released 1 day a month; 14 said twilight or online would suit them better.", "Study days monthly; online route for Units A and B (Fronter) added; optional twilight workshops chosen through the ILP.", "Done"),
    ("Nov 2008", "Pelham heads' forum (22 heads)", "Want SENCOs who lead others and can show governors impact of spending; tasks must be useful to the school.", "All tasks school-based; Task 1 action plan agreed with head and governor; head's statement in Task 3.", "Done"),
    ("Nov 2008", "Pelham SEN data (statements, tribunal appeals, exclusions)", "Highest rates of fixed-term exclusion of pupils with SEN in the region; appeals often about communication with parents.", "BESD session at Morwick House; parent session B5 with Parent Partnership Service; Task 2 parent meeting.", "Done"),
    ("Dec 2008", "Parent Partnership Service and Pelham Parents' Forum", "Parents want to be listened to and told who does what.", "PPS leads B5. Parents' Forum to nominate 2 parent reps for reference group.", "Open"),
    ("Jan 2009", "Morwick House school council", "'Ask us what helps'; 'Don't just ask our parents'.", "Session B4 on pupil voice; pupil consultation in Task 2.", "Done"),
    ("Jan 2009", "Neighbouring borough (Ellwood) SEN team", "Could send 4-6 SENCOs a year if there is a February start.", "February start added.", "Done"),
    ("Feb 2009", "WOAS teachers", "Wanted to run a full module on sensory and physical needs.", "Kept to one session (B3) + optional workshops; too much for 60 credits.", "Dropped"),
], start=2)
doc.add_comment(runs=[cm8[5][4].paragraphs[0].runs[0]], text="AM: chase PPS re parent reps - no reply since Jan", author="Andrew Marsden", initials="AM")

# --------------------------------------------------------------- sheet 9
sheet(9, "ACCESS", ["Item", "Arrangement"], [
    ("Venues", "Wetherden Park and Morwick House teaching rooms are step-free, with accessible toilets and parking. Wetherden Park has a hearing loop in the conference room."),
    ("Materials", "Large print on request."),
    ("Online route", "Fronter works with screen readers; WOAS AT technician can set up participants' own equipment."),
    ("Equality", "The course complies with the Disability Discrimination Act and the Federation's equality policies."),
], start=2)

# --------------------------------------------------------------- sheet 3b: online support (printed with sheet 3 in workbook order? no: its own area)
P("SHEET 3 (continued) - ONLINE ROUTE SUPPORT (printed area B40:F48)", bold=True, size=11)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["What", "How", "Who"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "FFF2CC")
for row in [
    ("Units A and B online", "Each session (A1-B4) is a week's study on Fronter: reading, short video of the day-route session, structured task, forum discussion. Online participants attend 3 face-to-face days (induction in September or February, B5, and a mid-point day with the day-route group).", "Course leader; Unit leads"),
    ("Tutor support online", "Each online group of up to 10 has a named e-tutor who replies to forum posts and emails within 2 working days and reads and comments on each week's task.", "Personal tutors as e-tutors"),
    ("Live tutorials", "Fortnightly live online tutorial (Fronter chat room), Tuesdays 4.00-5.00 pm, and a telephone tutorial with the personal tutor each half term.", "Personal tutors"),
    ("Peer support", "Online groups have their own forum; each participant has a 'study partner' from another school; day-route participants also use the forums between study days.", "Participants; e-tutor sets up pairs"),
    ("Between sessions (both routes)", "Personal tutor available by email and phone; draft feedback on one draft of each task within 10 working days; Fronter holds all materials and task briefs.", "Personal tutors"),
    ("Schools and mentors", "Heads and mentors have guest log-ins to see task briefs and the Mentor Guide and receive a termly progress email from the personal tutor.", "Course administrator"),
]:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()

# --------------------------------------------------------------- specialist expertise / resources (sheet 6 lower area)
P("SHEET 6 (continued) - SPECIALISTS AND RESOURCES (printed area A20:D31)", bold=True, size=11)
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for i, h in enumerate(["Item", "Detail"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "FFF2CC")
for row in [
    ("Specialist staff", "Federation: speech and language therapists (2), physiotherapist, occupational therapist, QTVI (3), QTHI (2), behaviour specialists (3), Makaton and PECS trainers. Pelham: educational psychologists, sensory service, CAMHS link worker (session A4)."),
    ("Placements / visits", "Participants may arrange visits to Wetherden Park, Morwick House or other specialist settings if they wish."),
    ("Resource base", "Wetherden Park Specialist SEN College resource base: assessment kits (loan), assistive technology suite (switches, eye gaze, Braille and magnification, communication aids), sensory room, library of 1,400 titles; Burnside library and e-journals with Athens log-in for all participants."),
    ("ICT", "Fronter platform (Federation licence); laptops with AT software for loan during the course."),
]:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()

# --------------------------------------------------------------- sheet 10 scratch
P("SHEET 10 of 10 - SCRATCH", bold=True, size=11)
sheet_rows = [
    ("Assessment-only route? Burnside OK'd in principle, fee approx \u00a3450, for WOAS staff with 5+ yrs. Decide by Easter.", "JD"),
    ("Ext examiner - Dr P Okafor agreed 3/3/09 (needs Burnside sign-off).", "JD"),
    ("Baseline pupil data in Task 3? Ask Liam re measures.", "AM"),
    ("Alumni event each summer?", "HV"),
    ("Check room bookings Morwick for 04/02 and 24/06.", "admin"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["", "A", "B"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "D9D9D9")
for n, (a, b) in enumerate(sheet_rows, start=1):
    cells = t.add_row().cells
    cells[0].text = str(n)
    shade(cells[0], "D9D9D9")
    cells[1].text = a
    cells[2].text = b

doc.save(OUT)
print("wrote", OUT)
