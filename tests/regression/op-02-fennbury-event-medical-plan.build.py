"""op-02-fennbury-event-medical-plan: build op-02-fennbury-event-medical-plan.docx next to this script.

PROVIDER. Fennbury Volunteer First Aid Brigade, Youth and Schools Division (the youth and schools division of a
volunteer first-aid brigade, which covers school events and runs first-aid teaching in schools), with the
University of Wrexley, which validates the course at Level 7.

DOCUMENT KIND AND LAYOUT. The course written as an Event Medical Plan, on the template the Division uses for every
public duty it covers: a boxed title block (merged cells, shaded labels), a distribution list, then numbered plan
sections in Word heading styles ("1 Event overview" ... "13 Stand-down"): definitions, an event risk assessment
table, medical resources and staffing, triage (admissions), deployment (the study days as Shifts, a timetable with
merged cells), Rovers, Handovers (the marked assessments), communications, welfare and access, liaison with partner
agencies, records, audit and debrief, and stand-down. Annex A, in a landscape section, is the Deployment Record:
the 29 outcomes in the Division's words with "Posted at" and "Handed over at" columns, keyed in section 2's
definitions far above ("Standby only", "Rover only", "Debrief only", "Not deployed"). Annex B is a sign-off table
with placeholders. Footnotes, tracked changes (a change in a title-block cell, an inserted paragraph, a deleted
paragraph), two Word comments, a header and a footer with a PAGE field.
House words: Crew Members (participants), Duty Officers (tutors), Rovers (school-based mentors), Control (the
course office), Shifts (study days), Handovers H1-H3 (marked assessments), Triage (admissions and needs
assessment), the Standby Pack (pre-reading), the Stand-down Debrief, the Liaison Group.

TRAPS (requirement ids touched):
- Title block: "60" deleted and "[credits to be confirmed by the University]" inserted in the Credits cell
  (change in a cell; the placeholder is what remains); Level 7 is stated -> E.2 partially_met.
- Section 5: "Prior learning is not accredited" and the University's APL regulations "are not applied to this
  Award" (negation) -> 2.1 not_met; but Triage category T1 "Fast Lane" is a live assessment-only route ->
  2.3 met; Triage before the course sets a Personal Deployment Plan with personal outcomes -> 2.2 met.
- Section 5: a tracked INSERTED paragraph on seeing CRB enhanced disclosures and other checks (inserted: part of
  the submission) -> 5.3 met; the risk table's note that Duty Officers hold enhanced disclosures is about the
  wrong people and is not needed.
- Section 9: the deleted paragraph offering "Control Net", an online area (deleted: not part of the submission),
  and "There is no online study element in this plan." -> 3.3 not_applicable.
- Section 6: one September start, a fixed order, every Shift face to face (day or twilight repeat); the
  neighbouring Eastport Division's January start and evening route are "not part of this plan" (another
  provider's arrangements) -> 3.2 partially_met.
- Risk table and section 10: adjustments only "on request" and "what the venue allows"; no anticipation,
  disclosure or equality-law duties -> 3.1 partially_met.
- Section 11: the stakeholder survey "arrived after this plan was fixed" and "No changes have yet been made as
  a result of stakeholder views" (a plan for next year) -> 4.2 not_met; the survey and forum meetings
  themselves -> 4.1 met; the Liaison Group's future role -> 4.3 met.
- Section 4: specialist visitors, but "Crew Members are not placed outside their own school" -> 5.5
  partially_met.
- Section 8: only failed Handovers are second-marked and University moderation starts "from the second year"
  -> 5.8 partially_met.
- Section 12: a confidence questionnaire, but pupil data only "we intend to" (aspiration) -> 5.9 partially_met.
- Section 13: the Stand-down Debrief only "invites" Crew Members to say what they will do next -> 2.5
  partially_met.
- Section 1: "The Division's Clinical Guidelines" reviewed yearly (right words, wrong thing) and research "where
  relevant" -> 1.3 partially_met; SEN law taught but disability equality law nowhere -> 1.4 partially_met.
- Annex A: "Not deployed" 6.A3 and 6.K3 -> not_met; "Standby only" 6.K4 and 6.S7, "Rover only" 6.A7 and 6.S4,
  "Debrief only" 6.S6 -> partially_met (covered, not assessed); several outcomes are handed over only in a
  Handover's oral part, which is still marked -> met. Not every outcome is marked -> 1.9 partially_met.
- A Word comment claims disability law "is in Shift 1 anyway" and another asks whether to say more on equality
  duties (comments: never evidence); a footnote records the
  pilot's Fast Lane candidates (footnotes are part of the text); the header and footer carry no evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _op_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "op-02-fennbury-event-medical-plan"
AUTH = "S. Pryor (Award Team Leader)"
UNI = "D. Okafor (University of Wrexley)"

doc = base_doc("Calibri", 10.5)
for lvl, size, col in ((1, 13, "1F3864"), (2, 11, "1F3864")):
    st = doc.styles[f"Heading {lvl}"]
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(col)
sec = doc.sections[0]
header_footer(sec, "FENNBURY VOLUNTEER FIRST AID BRIGADE - YOUTH AND SCHOOLS DIVISION - EVENT MEDICAL PLAN "
                   "EMP/YS/08-14 - RESTRICTED TO NAMED RECIPIENTS",
              "Plan owner: Award Team Leader. Uncontrolled when printed.")
FN = Footnotes(doc)
LAB = "DCE6F1"


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def p(t, **kw):
    return para(doc, t, **kw)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ------------------------------------------------------------------ title block
para(doc, "EVENT MEDICAL PLAN", bold=True, size=20, align="c", color="C00000", space_after=0)
para(doc, "Fennbury Volunteer First Aid Brigade - Youth and Schools Division", bold=True, size=12, align="c")
tb = doc.add_table(rows=9, cols=4)
tb.style = "Table Grid"
fields = [
    ("Event", "National Award for SEN Coordination - Fennbury Course 2008-09", None, None),
    ("Event organiser", "Fennbury Volunteer First Aid Brigade, Youth and Schools Division, St Aidan's Hall, Mill "
                        "Lane, Fennbury", None, None),
    ("Validating body", "University of Wrexley, School of Education", "Level", "Level 7 (master's)"),
    ("Event dates", "September 2008 to July 2009", "Credits", "CREDITS"),
    ("Venues", "St Aidan's Hall (Division HQ); University of Wrexley, Fennbury Campus, Room E14", None, None),
    ("Expected attendance", "24 Crew Members (teachers new to the SENCO role)", "Duty Officers", "5"),
    ("Event Medical Lead", "Award Team Leader, Youth and Schools Division", None, None),
    ("Plan reference", "EMP/YS/08-14", "Version", "0.4"),
    ("Plan status", "Submitted to the TDA as the Division's application for approval to run the Award. Signed off "
                    "by the Liaison Group on [date of Liaison Group meeting].", None, None),
]
for i, (a, b, c, d) in enumerate(fields):
    row = tb.rows[i]
    cell_text(row.cells[0], a, bold=True, size=9)
    shade(row.cells[0], LAB)
    if c is None:
        m = row.cells[1].merge(row.cells[3])
        cell_text(m, b, size=9)
    else:
        cell_text(row.cells[1], b, size=9)
        cell_text(row.cells[2], c, bold=True, size=9)
        shade(row.cells[2], LAB)
        if d == "CREDITS":
            pp = row.cells[3].paragraphs[0]
            del_run(pp, "60", author=AUTH)
            ins_run(pp, "[credits to be confirmed by the University]", author=AUTH)
        else:
            cell_text(row.cells[3], d, size=9)
for row in tb.rows:
    for j, w in enumerate([3.6, 7.4, 2.6, 3.4]):
        row.cells[j].width = Cm(w)
para(doc, "")
p("Distribution", bold=True)
table(doc, [["Copy", "Holder"], ["1", "Training and Development Agency for Schools (approval panel)"],
            ["2", "University of Wrexley, School of Education (Programme Leader)"],
            ["3", "Fennbury County Council, SEN and Inclusion Service (Liaison Group chair)"],
            ["4", "Divisional Superintendent"], ["5", "Control (course file)"]], widths=[1.5, 15])
para(doc, "")
p("A note to the panel. We write an Event Medical Plan for every public duty the Division covers, from a primary "
  "school sports day to the Fennbury Show. Our Duty Officers, our partner schools and the Council's officers all "
  "know the layout, so we have used it for the Award. Read \"event\" as the course, \"Crew Member\" as a teacher "
  "on the course and \"Handover\" as a marked assessment; section 2 gives every term.", italic=True)

# ------------------------------------------------------------------ 1
h1("1 Event overview")
p("1.1 The event is a one-year, part-time course leading to the National Award for SEN Coordination for teachers "
  "new to the SENCO role. It is run by the Division and validated by the University of Wrexley, which confers the "
  "Award, as a Level 7 module worth [credits to be confirmed by the University].")
p("1.2 Purpose. The purpose of the event is that pupils with SEN and/or disabilities in the Crew Members' schools "
  "achieve more and are safer, healthier and happier: better learning and progress, and progress towards all five "
  "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution, "
  "achieving economic well-being). Every Shift ends by asking \"What will be different for a pupil on Monday?\" and "
  "every Handover is marked partly on the difference the Crew Member's work made to named pupils.")
p("1.3 Practice. The course is done in the Crew Member's own school as much as in the hall. Each Shift sets a "
  "School Task, carried out with the Crew Member's Rover between Shifts and tied to the outcomes in Annex A, and "
  "Handover 3 is an improvement project in the Crew Member's school measured on pupils' progress.")
p("1.4 Currency. Course content follows the Division's Clinical Guidelines, which are reviewed every year by the "
  "Brigade's Medical Director. Duty Officers bring current research into Shifts where relevant.")
cur_par = doc.paragraphs[-1]
p("1.5 Cost. The fee is \u00a31,200 for the year, including University registration; the Council pays half for "
  "its maintained schools in 2008-09. The Personal Deployment Plan (5.3) means each Crew Member spends their School "
  "Task time where they need it most.")
FN.add(cur_par, "The Clinical Guidelines are the Brigade's first-aid treatment protocols; the 2008 "
       "edition was issued in April.")

# ------------------------------------------------------------------ 2
h1("2 Definitions")
p("The following terms are used throughout this plan and in Annex A.")
defs = [
    ("Term", "Meaning in this plan"),
    ("Event", "The course described in this plan."),
    ("Crew Member", "A teacher accepted onto the course."),
    ("Duty Officer", "A tutor on the course (section 4)."),
    ("Rover", "A senior colleague in the Crew Member's own school who supports them between Shifts (section 7)."),
    ("Control", "The course office at St Aidan's Hall, staffed Monday to Friday, 8.30 to 4.30."),
    ("Shift", "A taught day (section 6)."),
    ("School Task", "The piece of work in school set at the end of each Shift."),
    ("Standby Pack", "The reading pack sent to every Crew Member in July, before the event."),
    ("Triage", "Admission, and the assessment of each applicant's needs before the event (section 5)."),
    ("Handover", "One of the three marked assessments, H1 to H3 (section 8)."),
    ("Posted at", "In Annex A: the Shift at which an outcome is taught."),
    ("Handed over at", "In Annex A: the Handover in which an outcome is marked. A Crew Member who does not show the "
                       "outcome does not pass that Handover."),
    ("Standby only", "In Annex A: the outcome is in the Standby Pack reading; it is not taught on a Shift and not "
                     "marked."),
    ("Rover only", "In Annex A: the outcome is left to the Crew Member's conversations with their Rover; it is not "
                   "taught on a Shift and not marked."),
    ("Debrief only", "In Annex A, under \"Handed over at\": the outcome is discussed at the hot debrief at the end of "
                     "the Shift; it is not marked."),
    ("Not deployed", "In Annex A: the outcome is not covered by this plan."),
]
dt = table(doc, [list(x) for x in defs], widths=[3.5, 13])
for r in dt.rows[1:]:
    r.cells[0].paragraphs[0].runs[0].bold = True

# ------------------------------------------------------------------ 3
h1("3 Event risk assessment")
p("Risks to the event, scored 1 to 5 for likelihood (L) and severity (S) before controls.")
rk = [
    ("Hazard", "Who", "L x S", "Controls", "Residual"),
    ("A Crew Member's school does not release them for Shifts", "Crew Member", "3 x 4",
     "The head signs the Release Agreement at Triage; Shift dates are sent to schools in June; Control rings the head "
     "after a second absence.", "Low"),
    ("A Crew Member falls behind with School Tasks", "Crew Member", "3 x 3",
     "Rover meets the Crew Member fortnightly; Duty Officer phones after any missed School Task.", "Low"),
    ("A disabled Crew Member cannot use the venue", "Crew Member", "2 x 4",
     "Reasonable adjustments can be requested at any time; the Duty Officer will do what the venue allows.",
     "Medium"),
    ("Safeguarding of children at the venue", "Children", "1 x 5",
     "No children attend Shifts. All Duty Officers hold Brigade enhanced disclosures.", "Low"),
    ("Marking is inconsistent between Duty Officers", "Crew Member", "3 x 4", "See section 8.", "Medium"),
    ("Loss of Crew Members' work", "Crew Member", "2 x 3",
     "Handovers are handed in on paper and on a memory stick; Control keeps both.", "Low"),
]
rt = table(doc, [list(x) for x in rk], widths=[4.2, 2, 1.4, 7.2, 1.7], size=8.5)

# ------------------------------------------------------------------ 4
h1("4 Medical resources and staffing")
h2("4.1 Duty Officers")
st_rows = [
    ("Role", "Name", "Qualifications and experience"),
    ("Award Team Leader (Event Medical Lead)", "Sarah Pryor",
     "MA in Special and Inclusive Education (2006); SENCO in two Fennbury primary schools for nine years; Division "
     "Schools Officer since 2005; member of the Council's SENCO Forum steering group."),
    ("Programme Leader (University)", "Dr David Okafor",
     "Senior Lecturer in Inclusive Education, University of Wrexley; PhD on provision mapping; external examiner "
     "for two other universities' SEN programmes."),
    ("Duty Officer", "Ann Gilchrist",
     "Former head of a special school for pupils with moderate learning difficulties; specialist teacher for "
     "specific learning difficulties (AMBDA)."),
    ("Duty Officer", "Rob Keane",
     "Advisory teacher for behaviour, Fennbury County Council; trained in Nurture Group practice (2007)."),
    ("Duty Officer", "Priya Nair",
     "Speech and language therapist, Fennbury PCT; leads the county's Communication Friendly Schools project."),
]
table(doc, [list(x) for x in st_rows], widths=[4, 3, 9.5], size=9)
p("All Duty Officers attend the University's two-day programme team induction, and every Duty Officer does at least "
  "five days a year of their own SEN professional development, which the Award Team Leader checks in their annual "
  "review.")
h2("4.2 Specialist support")
p("Shifts 3, 4 and 5 include specialist visitors: an educational psychologist from the Council's Educational "
  "Psychology Service, the Fennbury Parent Carer Forum, the Council's Sensory Support Team, and a CAMHS primary "
  "mental health worker. Crew Members are not placed outside their own school: the event has no placements.")
h2("4.3 Kit")
p("Kit available to all Crew Members: the University library and its online journals (every Crew Member is "
  "registered as a University student); the Division's loan collection of standardised assessments and "
  "intervention programmes; a day at the Council's Access Technology Centre during Shift 3, with the loan of "
  "software (text-to-speech, symbol software, mind-mapping) for trial in school; laptops for use at Shifts.")
h2("4.4 Briefing of staff")
p("Each Duty Officer and each Rover is given a Role Card saying what they do, what they do not do and who to call. "
  "Rovers attend a two-hour Rover Briefing at St Aidan's Hall in September and a one-hour update in February; a "
  "Rover who cannot attend is briefed by telephone by the Award Team Leader. New Duty Officers shadow a Duty "
  "Officer for a full Shift and second-mark a Handover before marking alone.")

# ------------------------------------------------------------------ 5
h1("5 Triage")
p("Triage is how we decide who joins the event and what each Crew Member needs. It takes place between March and "
  "July, before the event.")
h2("5.1 Entry")
p("An applicant must hold QTS, be in post as a SENCO or be named by their head to take up the role by September, "
  "and send an application form countersigned by the head with the Release Agreement. Each applicant has a "
  "45-minute Triage Interview with a Duty Officer, who scores the application and the interview against the Entry "
  "Criteria: a working knowledge of the SEN Code of Practice; recent responsibility for at least one pupil's "
  "individual education plan; the head's commitment to release and to a Rover; and a short written account of a "
  "piece of SEN work, to check writing at the level the course needs.")
h2("5.2 Triage categories")
tri = [
    ("Category", "Who", "What happens"),
    ("T1 - Fast Lane", "In exceptional cases, an applicant who already appears to meet every outcome (for example an "
                       "experienced teacher from the Council's SEN support services)",
     "A Triage panel of two Duty Officers and the Programme Leader decides. The applicant takes Handovers 1, 2 and 3 "
     "without attending Shifts, marked and moderated like everyone else's, and receives the Award only on passing "
     "all three. Fee: \u00a3550."),
    ("T2 - Standard", "An applicant who meets the Entry Criteria",
     "A place on the event and a Personal Deployment Plan (5.3)."),
    ("T3 - Not yet ready", "An applicant who does not yet meet the Entry Criteria",
     "A letter setting out what they need to do to reach the entry level, a meeting with a Duty Officer if they "
     "want one, and, with the applicant's agreement, a call from the Award Team Leader to their head to agree "
     "support in school. They may reapply the next year."),
]
trt = table(doc, [list(x) for x in tri], widths=[3, 5.5, 8], size=9)
FN.add(trt.cell(1, 2).paragraphs[0], "Two experienced teachers from the Council's SEN support services completed the Fast Lane "
       "in the 2007-08 pilot.")
h2("5.3 Needs assessment and Personal Deployment Plan")
p("At the Triage Interview every applicant completes the Outcome Self-Check, rating themselves against each line of "
  "Annex A and giving evidence for any line rated secure; the Duty Officer tests two lines in conversation. From "
  "this the Duty Officer writes a Personal Deployment Plan before the first Shift: the outcomes the Crew Member "
  "will concentrate on, the School Tasks to do in more depth, up to three personal outcomes of the Crew Member's "
  "own beyond the national ones, and the reading from the Standby Pack to start with. The Plan is reviewed with "
  "the Rover at the February update and again before Handover 3.")
h2("5.4 Prior learning")
p("Prior learning is not accredited: every Crew Member completes every Shift and every Handover. The University's "
  "APL regulations are not applied to this Award.")
h2("5.5 Checks")
inserted_paragraph(doc, "Before a Crew Member's first Shift, Control sees the original of their CRB enhanced "
                        "disclosure certificate, or a letter from their head giving the date and number of a current "
                        "enhanced disclosure held by the school. An applicant who has not worked in a school in the "
                        "past three months applies for a new enhanced disclosure through the Brigade's registered "
                        "body before the event. Control also asks the head to confirm in writing that the applicant "
                        "is not barred from working with children and has no outstanding disciplinary matter.",
                   author=UNI)

# ------------------------------------------------------------------ 6
h1("6 Deployment: Shifts")
p("Eight Shifts, each one day, from September to June. Every Shift is run on a Tuesday at St Aidan's Hall and repeated "
  "as two twilight sessions (4.15 to 7.15) at the Fennbury Campus on the Wednesday and Thursday of the following "
  "week, so a Crew Member can choose day or twilight Shift by Shift. There is one start each year, in September, "
  "and the Shifts are taken in order.")
p("The neighbouring Eastport Division runs its own course with another university, with a January start and an "
  "evening route. These arrangements are not part of this plan.")
sh = doc.add_table(rows=1, cols=4)
sh.style = "Table Grid"
for j, h in enumerate(["Term", "Shift", "Content", "School Task"]):
    cell_text(sh.cell(0, j), h, bold=True, size=9)
    shade(sh.cell(0, j), LAB)
shifts = [
    ("Autumn", "1 Booking On",
     "The SENCO's role and the course. The law and guidance on SEN: the Education Act 1996, the SEN Code of Practice "
     "(2001) and the Education (SENCO) Regulations 2008, and what they require of the school and the SENCO. Every "
     "Child Matters: the five outcomes and the SENCO's part in them. Writing for governors and parents.",
     "Audit the school's SEN policy against the Code."),
    ("Autumn", "2 Primary Survey",
     "Identifying pupils who may have SEN: observation, data, screening. Setting challenging targets; planning and "
     "reviewing interventions. Using summative data and national tests to track progress and change programmes. "
     "Helping colleagues use formative assessment with pupils with SEN. Access arrangements for tests and "
     "examinations: identifying them early and putting them in place.",
     "Track one group's progress over a half term."),
    ("Autumn", "3 Secondary Survey",
     "The common types of SEN and disability: BESD, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autism and moderate learning difficulties, and how each affects learning. "
     "Approaches, strategies and resources, including ICT, and their evidence. Reading and using reports from other "
     "professionals. Day at the Access Technology Centre.",
     "Trial one approach or piece of software with a pupil."),
    ("Spring", "4 Talking to the Casualty",
     "Consulting children and young people: interviews, questionnaires, school councils, approaches for pupils with "
     "little or no speech. Fair, respectful relationships with pupils and families. Working in partnership with "
     "parents and carers, with the Parent Carer Forum.",
     "Consult a group of pupils on one issue that affects them."),
    ("Spring", "5 Calling for Backup",
     "External agencies: educational psychology, health, social care, CAMHS, voluntary organisations; the Common "
     "Assessment Framework; getting specialist help and resources; working in partnership around a child.",
     "Map the agencies working with the school."),
    ("Spring", "6 Running the Scene",
     "Provision mapping and management: planning provision and finding what is missing or not working. Anticipating "
     "and solving problems; making decisions on provision. School self-evaluation and improvement: the SEF and how "
     "SEN outcomes fit in it. Reviewing provision with colleagues.",
     "Draft a provision map."),
    ("Summer", "7 Command",
     "Gaining the commitment of the head and senior leaders; working with governors on ethos, policy, priorities and "
     "resources. Supporting colleagues: observation and feedback, modelling, coaching and mentoring, running "
     "training. Research and best practice, and using them and outside advice to improve practice. Speaking to "
     "staff.",
     "Lead one staff meeting."),
    ("Summer", "8 Stand-down",
     "Handover 3 presentations. The Stand-down Debrief (section 13).", "-"),
]
for term, shf, cont, task in shifts:
    r = sh.add_row()
    for j, v in enumerate([term, "Shift " + shf, cont, task]):
        cell_text(r.cells[j], v, size=8.5, bold=(j == 1))
groups = {}
for i, s in enumerate(shifts, 1):
    groups.setdefault(s[0], []).append(i)
for term, idx in groups.items():
    m = sh.cell(idx[0], 0).merge(sh.cell(idx[-1], 0))
    cell_text(m, term, size=8.5, bold=True)
    shade(m, "F2F2F2")
for row in sh.rows:
    for j, w in enumerate([1.8, 3.2, 8.5, 3.5]):
        row.cells[j].width = Cm(w)

# ------------------------------------------------------------------ 7
h1("7 Rovers and work in school")
p("Every Crew Member has a Rover: a member of the school's senior team named by the head on the Release Agreement. "
  "The Rover meets the Crew Member for an hour every fortnight, agrees each School Task, observes the staff meeting "
  "the Crew Member leads for Handover 3 and writes a short witness statement for it. Rovers do not mark Handovers.")
p("Some things are left to the Rover conversations rather than taught on a Shift, because they depend so much on "
  "the school: how teaching assistants are deployed in that school, and how the Crew Member keeps up to date "
  "after the course. Annex A marks these \"Rover only\".")

# ------------------------------------------------------------------ 8
h1("8 Handovers")
p("There are three Handovers. Each has written criteria; the Handover is passed only when every criterion is met.")
ho = [
    ("Handover", "Form", "To pass, the Crew Member shows that they:"),
    ("H1 - Casualty Handover (after Shift 4)",
     "A case study of one pupil (3,500 words) and a ten-minute oral handover of the case to two Duty Officers, with "
     "questions.",
     "identified the pupil's needs, set challenging targets, planned an intervention and reviewed progress; used "
     "other professionals' assessments in planning teaching; understood the pupil's type of SEN and how it affects "
     "learning; applied the SEN law and Code of Practice correctly; related the provision to the five Every Child "
     "Matters outcomes; built a fair and respectful relationship with the pupil and family; worked with the parents "
     "or carers to promote the pupil's learning; knew which agencies to involve and worked with them."),
    ("H2 - Post Report (after Shift 6)",
     "A provision map for a year group or key stage with a 2,500-word report.",
     "used provision mapping to find ineffective or missing provision; used summative data, including national "
     "tests, to track progress and change programmes; identified in good time the access arrangements pupils need "
     "for tests and examinations and how they were put in place; set out how they encourage colleagues' formative "
     "assessment for pupils with SEN; judged approaches and resources, including ICT, critically; made and "
     "defended sound decisions on provision; explained the principles of school self-evaluation and where SEN "
     "outcomes sit in the school's SEF."),
    ("H3 - Command Handover (Shift 8)",
     "An improvement project in school (4,000 words), the Rover's witness statement of the staff meeting, and a "
     "fifteen-minute presentation.",
     "gained the commitment of the head and senior leaders; worked with senior colleagues and governors on ethos, "
     "policy, priorities and resources; supported colleagues' development; drew on research and outside advice; "
     "showed knowledge of best practice and research; spoke and wrote clearly and listened to colleagues' views; "
     "took baseline and follow-up measures of the pupils the project was for."),
]
table(doc, [list(x) for x in ho], widths=[3.3, 4.7, 8.5], size=8.5)
para(doc, "")
p("Marking. Each Handover is marked by the Crew Member's Duty Officer against its criteria. The Award Team Leader "
  "second-marks every Handover the first marker has failed. The University will moderate a sample of Handovers "
  "from the second year of the event; in the first year the Award Team Leader's second marking stands in for "
  "moderation.")
p("Resubmission. A Crew Member who fails a Handover may resubmit once, within six weeks.")
p("The Award. The Division recommends a Crew Member to the University for the Award only when they have passed all "
  "three Handovers, each on every criterion. The University's Examination Board confirms the Award.")

# ------------------------------------------------------------------ 9
h1("9 Communications")
p("Control is the single point of contact for Crew Members, Rovers and heads: telephone 01632 960 418, staffed "
  "Monday to Friday, and a shared e-mail inbox answered within two working days. Duty Officers give Crew Members "
  "their work e-mail addresses at Shift 1. Heads receive a termly letter on attendance and progress.")
deleted_paragraph(doc, "Control Net. From January 2009 Crew Members will also use Control Net, an online area with "
                       "the Shift materials, a discussion board and an online tutorial each month, so that part of "
                       "each Shift can be studied at home.", author=AUTH)
p("There is no online study element in this plan. Shift handouts are posted to Crew Members who miss a Shift.")

# ------------------------------------------------------------------ 10
h1("10 Welfare and access")
p("Both venues have level access, accessible toilets and parking. Refreshments are provided at every Shift; "
  "dietary needs are asked for on the application form. Reasonable adjustments can be requested at any time by "
  "telling Control; the Duty Officer will do what the venue allows.")
a_par = p("Crew Members are welcome whatever their background, and Duty Officers treat everyone with respect.")

# ------------------------------------------------------------------ 11
h1("11 Liaison with partner agencies")
p("11.1 What stakeholders need. In June 2008 we surveyed the 96 SENCOs and headteachers at the Council's SENCO "
  "Conference (61 replies), held two evening meetings with the Fennbury Parent Carer Forum, and read the Council's "
  "SEN Strategy 2008-11, whose priorities are earlier identification, better use of data and stronger work with "
  "parents. SENCOs asked for more on data and provision mapping; heads asked for short release and work that "
  "improves the school; parents asked that SENCOs learn to listen to them and their children.")
p("11.2 What has changed. The survey results arrived after this plan was fixed; they will shape the 2009-10 plan. "
  "No changes have yet been made as a result of stakeholder views.")
p("11.3 How stakeholders will be involved. The Liaison Group (the Council's Head of SEN and Inclusion in the chair, "
  "two heads, a SENCO, two members of the Parent Carer Forum, the Programme Leader and, from 2009-10, two former "
  "Crew Members) meets each term. It reads the Shift evaluations and Handover results, receives the annual review "
  "(section 12), and agrees the Lessons Identified that go into next year's plan. Council officers and the Parent "
  "Carer Forum also deliver parts of Shifts 3, 4 and 5, and Rovers in schools support every Crew Member.")

# ------------------------------------------------------------------ 12
h1("12 Records, audit and debrief")
p("12.1 Hot debrief. At the end of each Shift, Crew Members complete an evaluation form and the Duty Officers hold "
  "a 20-minute hot debrief the same afternoon.")
p("12.2 Audit. Each term Control audits attendance, School Task completion and Handover results by outcome, and "
  "the Award Team Leader reports to the Liaison Group.")
p("12.3 External. The University's annual monitoring and its external examiner's report on the module; the Liaison "
  "Group's termly review.")
p("12.4 Lessons Identified. Everything learnt from 12.1 to 12.3 goes into the Lessons Identified log, with an owner "
  "and a date. The Award Team Leader reviews the log each July and the changes go into the next version of this plan.")
p("12.5 Competence and confidence. Crew Members repeat the Outcome Self-Check at Shift 8, and we compare it with "
  "Triage, line by line, with Handover results alongside.")
p("12.6 Pupils. We intend to ask Crew Members for their pupils' progress data in future years, so that we can see "
  "what difference the event makes to pupils.")

# ------------------------------------------------------------------ 13
h1("13 Stand-down")
p("At the Stand-down Debrief on Shift 8 each Crew Member is invited to say what they will do next. Rovers are "
  "thanked and certificates of attendance are given out. Control closes the course file in July.")

# ------------------------------------------------------------------ Annex A
sec2 = landscape_section(doc)
sec2.header.is_linked_to_previous = False
sec2.footer.is_linked_to_previous = False
header_footer(sec2, "EMP/YS/08-14 - ANNEX A - DEPLOYMENT RECORD", "Uncontrolled when printed.")
h1("Annex A - Deployment Record")
p("Every national minimum outcome, in our words, with where it is posted and where it is handed over. Terms as "
  "defined in section 2.")
outc = [
    ("Attributes", None, None, None),
    ("6.A1", "Builds fair, respectful, supportive relationships with pupils with SEN and/or disabilities and with their "
             "parents or carers", "Shift 4", "H1"),
    ("6.A2", "Gains the commitment of colleagues, including the head and senior leaders, to better outcomes for these "
             "pupils", "Shift 7", "H3"),
    ("6.A3", "Prioritises work, manages time and delegates well, making sure delegated work gets done",
     "Not deployed", "Not deployed"),
    ("6.A4", "Anticipates and solves problems and makes well-founded decisions on provision", "Shift 6", "H2"),
    ("6.A5", "Speaks and writes clearly; listens to and understands others' views", "Shifts 1 and 7", "H3"),
    ("6.A6", "Draws on research evidence and outside advice to improve own and colleagues' practice", "Shift 7", "H3"),
    ("6.A7", "Keeps up to date and takes responsibility for own CPD in SEN and disability", "Rover only", "-"),
    ("Knowledge and understanding", None, None, None),
    ("6.K1", "SEN law and guidance, including the Code of Practice: what it means for the school and the SENCO, and "
             "how to carry it out", "Shift 1", "H1"),
    ("6.K2", "Every Child Matters: its principles and outcomes and the SENCO's part in them", "Shift 1", "H1"),
    ("6.K3", "Disability equality law and the actions it requires to support disabled pupils", "Not deployed",
     "Not deployed"),
    ("6.K4", "How children develop, and how SEN, disability and the physical and social environment affect it",
     "Standby only", "-"),
    ("6.K5", "The common types of SEN and disability and how they affect learning", "Shift 3", "H1"),
    ("6.K6", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, "
             "understood critically", "Shift 3", "H2"),
    ("6.K7", "School self-evaluation and improvement and how they bear on outcomes for pupils with SEN", "Shift 6",
     "H2"),
    ("6.K8", "Best practice and research on meeting SEN", "Shift 7", "H3"),
    ("6.K9", "The scope and role of external agencies and how to get specialist support", "Shift 5", "H1"),
    ("Skills", None, None, None),
    ("6.S1", "With senior colleagues and governors, influences an inclusive ethos, policies, priorities and use of "
             "resources", "Shift 7", "H3"),
    ("6.S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "Shift 2", "H1"),
    ("6.S2a", "Uses assessments from other professionals to develop teaching", "Shift 3", "H1"),
    ("6.S2b", "Uses summative assessment, including national tests, to track progress and change programmes",
     "Shift 2", "H2"),
    ("6.S2c", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "Shift 2", "H2"),
    ("6.S2d", "Identifies access arrangements for tests and examinations in good time and puts them in place",
     "Shift 2", "H2"),
    ("6.S3", "Uses provision mapping to plan provision and find ineffective or missing provision", "Shift 6", "H2"),
    ("6.S4", "Deploys and manages staff effectively", "Rover only", "-"),
    ("6.S5", "Supports colleagues' professional development by observation, modelling, coaching, mentoring and "
             "training", "Shift 7", "H3"),
    ("6.S6", "Reviews the effectiveness of provision with other staff to inform self-evaluation", "Shift 6",
     "Debrief only"),
    ("6.S7", "Makes sure pupils are involved in planning, agreeing, reviewing and evaluating their provision",
     "Standby only", "-"),
    ("6.S8", "Liaises with parents and carers to promote their children's learning and development", "Shift 4", "H1"),
    ("6.S9", "Works in partnership with other services and agencies, including voluntary organisations", "Shift 5",
     "H1"),
]
at = doc.add_table(rows=1, cols=4)
at.style = "Table Grid"
for j, h in enumerate(["Ref", "Outcome", "Posted at", "Handed over at"]):
    cell_text(at.cell(0, j), h, bold=True, size=9)
    shade(at.cell(0, j), "1F3864")
    at.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
k3_cell = None
for code, text, po, ho_ in outc:
    r = at.add_row()
    if po is None:
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, code, bold=True, size=9)
        shade(m, LAB)
        continue
    for j, v in enumerate([code, text, po, ho_]):
        cell_text(r.cells[j], v, size=8.5, bold=(j == 0))
    if po in ("Not deployed", "Standby only", "Rover only") or ho_ == "Debrief only":
        shade(r.cells[3], "FCE4D6")
    if code == "6.K3":
        k3_cell = r.cells[1]
for row in at.rows:
    for j, w in enumerate([1.5, 15, 3.4, 3.4]):
        row.cells[j].width = Cm(w)
doc.add_comment(k3_cell.paragraphs[0].runs, text="Disability law is in Shift 1 anyway - Sarah, can we change this "
                "to Shift 1 / H1 before it goes?", author="D. Okafor", initials="DO")
doc.add_comment(a_par.runs, text="Do we need to say more on equality duties here? Not sure what the TDA expect.",
                author="S. Pryor", initials="SP")

# ------------------------------------------------------------------ Annex B
sec3 = portrait_section(doc)
sec3.header.is_linked_to_previous = False
sec3.footer.is_linked_to_previous = False
header_footer(sec3, "EMP/YS/08-14 - ANNEX B - SIGN-OFF", "Uncontrolled when printed.")
h1("Annex B - Plan sign-off")
table(doc, [["Role", "Name", "Signature", "Date"],
            ["Event Medical Lead (Award Team Leader)", "Sarah Pryor", "[signature]", "[date]"],
            ["Programme Leader, University of Wrexley", "Dr David Okafor", "[signature]", "[date]"],
            ["Divisional Superintendent", "[name]", "[signature]", "[date]"],
            ["Chair, Liaison Group", "[name]", "[signature]", "[date]"]], widths=[6, 4, 4, 2.5])
para(doc, "")
p("This plan is reviewed each July and reissued before the next event.", italic=True)

FN.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
