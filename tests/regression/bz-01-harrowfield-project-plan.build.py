"""Build bz-01-harrowfield-project-plan.docx (invented provider, written blind).

Provider: Harrowfield Metropolitan Borough Council, Inclusion Support Service
(ISS), in partnership with the University of Wyebridge, School of Education,
which validates and awards. Programme: Postgraduate Certificate in Special
Educational Needs Coordination (National Award for SEN Coordination), 60
credits at Level 7: M1 "The SENCO, the law and the school", M2 "Assessment,
provision and progress" (blended: study days plus six online units on the
University's Blackboard site), M3 "Leading and developing provision".
Assessments A1 (policy and practice audit), A2 (intervention case study),
A3 (portfolio and professional discussion). Dated February 2009, 2008-era
vocabulary (CRB, List 99, DDA, Code of Practice 2001, RAISEonline).

Layout: a project plan, written the way an LA project office writes one.
A short "purpose" paragraph, a two-column Project Brief table, then
Table 1 Implementation plan (ID, milestone, owner, date, status: Complete /
Planned / TBC / At risk / Not started), Table 2 Risk register (ref, risk,
likelihood, impact, mitigation and controls, owner) with category rows
merged across all six columns, Table 3 Partner responsibilities (RACI
letters for University, ISS, school/headteacher, mentor, specialist
services) with a key, Table 4 Outcome delivery and assessment schedule
(outcome in the partnership's own words, delivered in, assessed by,
status), Table 5 Evaluation checkpoints, Table 6 Resource plan (staff), and
short linking prose between the tables. Page header and footer (never
evidence). Many of the real arrangements sit only in the Mitigation column
of the risk register.

Labelling convention used: a milestone with a named owner, a date and status
"Planned" or "Complete" is an arrangement. A row whose owner or date is
"TBC", or whose status is "Not started", is not an arrangement. An "At risk"
row is a scheduled arrangement whose delivery is in doubt, so it can only
support a partial verdict.

Traps and the requirement ids each affects:
- 1.1 partially_met: the project objective and A2 are about attainment
  ("narrow the attainment gap"); well-being appears only as a belief in the
  linking prose ("We recognise ..."); Every Child Matters is a session topic
  (6.K2) that is not assessed.
- 1.3 partially_met: risk R7 mitigation is generic ("kept current with the
  latest research and inspection findings"), no sources or mechanism beyond
  an annual reading list check.
- 1.5 partially_met, 6.S7 partially_met: pupil voice is a single M3 session
  whose materials milestone is "At risk" (post vacant); Table 4 gives no
  assessment for pupil involvement.
- 1.9 partially_met, 6.0 partially_met: the award rule is "pass A1, A2 and
  A3"; Table 4 leaves several outcomes unassessed, TBC or absent.
- 2.1 partially_met (negation): APCL of prior M-level credit only; "Prior
  experiential learning (APEL) will not be accredited in 2009-10."
- 2.3 not_met (negation/deferral): assessment-only route "Not offered in
  2009-10", demand to be reviewed by the Project Board.
- 2.4 partially_met: cost-effectiveness is concrete (fee, LA subsidy), but
  tailoring is only "where tutor capacity allows"; all follow one timetable.
- 2.5 not_met: exit CPD planning is milestone IP-19, owner and date "TBC",
  status "Not started".
- 3.3 partially_met: M2 online units exist; tutors answer questions at study
  days and the units carry ICT, but the discussion forum and tutor cover
  between study days are milestone IP-12 "TBC"; nothing else supports
  participants between sessions.
- 4.3 met (looks like a trap): in the RACI row for programme evaluation
  headteachers and specialist services are only "I", but the Project Board,
  which includes two headteachers nominated by the heads' associations and
  the Principal Educational Psychologist, considers the Annual Programme
  Monitoring report and agrees the action plan (Table 5), participants
  give focus-group evidence, and specialist services deliver sessions.
- 5.3 partially_met: the application form records the date of the
  candidate's CRB disclosure, self-declared and countersigned by the head;
  "The partnership does not carry out its own checks"; no other background
  checks (List 99 appears only in the paragraph on ISS staff recruitment).
- 5.5 partially_met: specialist expertise is concrete (EPs, SALT, ASD
  outreach), placements (special school visit) "At risk".
- 5.6 not_met (condition): specialist ICT depends on a capital bid "if
  successful"; otherwise participants use their own schools' resources.
  No library, materials or technology is committed anywhere else; the M2
  online units are course content, not a commitment of specialist
  resources.
- 5.7 partially_met: tutors' induction is concrete; mentor briefing and
  handbook are "TBC".
- 5.9 partially_met: participants' confidence is measured pre and post; the
  measure of pupils' achievement is "to be agreed" (TBC) and A2 data are
  not collated.
- 5.4, 5.8, 5.1, 5.2, 4.1, 4.2 met: concrete, sometimes only in the
  Mitigation column.
- Criterion 6 (Table 4): assessed "-" for 6.A3, 6.K2, 6.K9, 6.S2d
  (partially_met, taught only); 6.K8 assessed only by an ungraded reading
  presentation (partially_met, formative); 6.K7 assessed "TBC"
  (partially_met); 6.S6 an optional A3 element (partially_met); 6.K4 row
  "TBC" in both columns with status "At risk" and no session named
  (not_met); 6.A7 and 6.S2c have no row and are nowhere in the document
  (not_met).
- Header/footer text mentions "quality assured" and CRB: never evidence.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

NAME = "bz-01-harrowfield-project-plan"
OUT = Path(__file__).with_name(NAME + ".docx")

doc = Document()
doc.core_properties.author = "Owen Prideaux"
doc.core_properties.title = "Harrowfield SENCO Award - Project Plan v1.3"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)

sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.8)
sec.header.paragraphs[0].text = (
    "Harrowfield SENCO Award Partnership | Project Plan v1.3 | Submission to the TDA")
sec.footer.paragraphs[0].text = (
    "Owner: O. Prideaux, ISS Project Office. All partner staff are CRB checked and quality assured. "
    "Printed copies are uncontrolled.")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def table(header, rows, widths, group_fill="DDEBF7"):
    t = doc.add_table(rows=0, cols=len(header))
    t.style = "Table Grid"
    cells = t.add_row().cells
    for c, h in zip(cells, header):
        put(c, h, bold=True)
        shade(c, "BFBFBF")
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            put(m, row, bold=True)
            shade(m, group_fill)
            for p in m.paragraphs[1:]:
                p._p.getparent().remove(p._p)
            continue
        for c, v in zip(cells, row):
            put(c, v)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = Cm(w)
    return t


def h(text, level=1):
    doc.add_heading(text, level=level)


def para(text):
    doc.add_paragraph(text)


# ------------------------------------------------------------------ title
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("HARROWFIELD SENCO AWARD PARTNERSHIP")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Harrowfield Metropolitan Borough Council Inclusion Support Service and the University of "
          "Wyebridge School of Education").bold = True
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Project Plan for the Postgraduate Certificate in Special Educational Needs Coordination "
          "(National Award) - submitted in support of our application for approval, February 2009. "
          "Version 1.3, approved by the Project Board on 9 February 2009.")

h("1. Purpose of this document")
para("This plan is how the partnership runs the SENCO Award project, and we have chosen to submit it to the "
     "panel largely as it stands rather than rewrite it as an essay. The tables show what has been done, "
     "who is doing what and by when, and what we think could go wrong. A good deal of how the programme "
     "actually works is recorded in the mitigation column of the risk register (Table 2), because that is "
     "where the Project Board asked us to write down the controls we have agreed. Where a row is still "
     "marked TBC or at risk we have left it that way: the panel should see the plan as it really is.")
para("The project sponsor is Mrs Jan Whitcombe, Assistant Director (Learning and Inclusion). The project "
     "manager is Owen Prideaux, Senior Adviser for SEN in the Inclusion Support Service (ISS). The "
     "academic lead is Dr Helen Marsh-Tully, Senior Lecturer in Inclusive Education at the University of "
     "Wyebridge and Programme Leader for the award.")

h("2. Project brief")
table(["Item", "Detail"], [
    ("Programme title", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for "
                        "SEN Coordination)"),
    ("Awarding body", "University of Wyebridge. The University's Faculty Planning Committee approved the "
                      "programme in outline on 14 January 2009; the full validation event is fixed for "
                      "12 March 2009 (see IP-04). The award is made by the University."),
    ("Credit and level", "60 credits at Level 7 (masters level): three modules of 20 credits each."),
    ("Structure", "M1 The SENCO, the law and the school (five study days and two twilight sessions); M2 "
                  "Assessment, provision and progress (three study days and six online units on the "
                  "University's Blackboard site); M3 Leading and developing provision (four study days)."),
    ("Assessment", "A1 (M1): a 4,000-word audit of the participant's school's SEN and disability policy and "
                   "practice against the SEN Code of Practice and the Disability Discrimination Act duties. "
                   "A2 (M2): a 5,000-word case study of an intervention with one pupil or a small group, "
                   "including baseline and post-intervention measures, the advice of other professionals "
                   "and the views of the pupil's parents. A3 (M3): a leadership portfolio and a 30-minute "
                   "professional discussion with the personal tutor and the school-based mentor."),
    ("Project objective", "To raise the attainment of pupils with SEN in Harrowfield schools by giving every "
                          "school a trained SENCO, in line with the Children and Young People's Plan target "
                          "to narrow the attainment gap at Key Stages 2 and 4 by 2011."),
    ("Cohort", "Cohort 1: 24 places, September 2009 start. Cohort 2: 16 places, January 2010 start."),
    ("Venues", "Harrowfield Professional Development Centre (Fenton Road) for study days; University of "
               "Wyebridge, Lowgate campus, for the M3 professional discussions."),
    ("Governance", "Project Board (monthly): Assistant Director (chair), Head of ISS, Dr Marsh-Tully, two "
                   "headteachers nominated by the Harrowfield Primary and Secondary Heads' Associations, and "
                   "the Principal Educational Psychologist."),
], (5, 20))

para("")
para("We recognise that well-being matters to pupils with SEN as much as test results, and we want the "
     "programme to make a difference to both. The objective above is the one the Council has funded, "
     "and it is the one the project is measured against.")

h("3. Implementation plan")
para("Table 1 lists the project milestones. Status is reported to the Project Board each month. "
     "\"Planned\" means the date and owner are agreed; \"TBC\" means they are not yet agreed; \"At risk\" means "
     "the milestone is agreed but may slip.")
table(["ID", "Milestone", "Owner", "Date", "Status"], [
    "Stage 1 - Needs analysis and design",
    ("IP-01", "Survey of all Harrowfield SENCOs and headteachers on training needs (paper and online "
              "questionnaire; 74 of 96 schools replied)", "O. Prideaux", "31 Oct 2008", "Complete"),
    ("IP-02", "SENCO Forum workshop (20 November 2008) to test draft module outlines with 38 SENCOs and "
              "the Parent Partnership Service", "O. Prideaux", "20 Nov 2008", "Complete"),
    ("IP-03", "Module outlines revised in the light of IP-01 and IP-02 (provision mapping moved into M2 and "
              "made part of the assessed A3 portfolio; session on working with teaching assistants added "
              "to M3)", "Dr H. Marsh-Tully", "12 Dec 2008", "Complete"),
    ("IP-04", "University validation event", "Dr H. Marsh-Tully", "12 Mar 2009", "Planned"),
    "Stage 2 - Recruitment and preparation",
    ("IP-05", "Publicity and application pack to all schools (large-print and electronic versions "
              "available; disability disclosure section included)", "ISS admin team", "20 Apr 2009",
     "Planned"),
    ("IP-06", "Closing date for applications", "ISS admin team", "5 Jun 2009", "Planned"),
    ("IP-07", "Selection interviews (30 minutes, programme leader and ISS adviser)", "Dr H. Marsh-Tully / "
              "O. Prideaux", "15-19 Jun 2009", "Planned"),
    ("IP-08", "Pre-course self-audit against the national outcomes sent to every accepted participant",
     "Dr H. Marsh-Tully", "1 Jul 2009", "Planned"),
    ("IP-09", "Tutor induction day for all University and ISS tutors (roles, marking criteria, assessment "
              "regulations, use of Blackboard)", "Dr H. Marsh-Tully", "8 Sep 2009", "Planned"),
    ("IP-10", "Mentor briefing and mentor handbook", "TBC", "TBC", "TBC"),
    ("IP-11", "Induction tutorials: Individual Training Plans agreed (tutor, participant and mentor)",
     "Personal tutors", "21-25 Sep 2009", "Planned"),
    ("IP-12", "Blackboard discussion forum for M2 and tutor cover between study days", "TBC", "TBC", "TBC"),
    "Stage 3 - Delivery",
    ("IP-13", "M1 delivered (cohort 1)", "Dr H. Marsh-Tully", "Sep-Dec 2009", "Planned"),
    ("IP-14", "M2 delivered (cohort 1); M2 delivered (cohort 2, first module)", "Dr P. Ossei", "Jan-Mar 2010",
     "Planned"),
    ("IP-15", "Pupil voice session materials for M3 (Participation Officer to co-write and co-deliver)",
     "LA Participation Officer", "30 Apr 2010", "At risk (post vacant since January 2009)"),
    ("IP-16", "Special school / resource base visit day for each participant", "O. Prideaux", "Mar 2010",
     "At risk (host capacity not confirmed)"),
    ("IP-17", "M3 delivered (cohort 1)", "O. Prideaux", "Apr-Jul 2010", "Planned"),
    "Stage 4 - Assessment, award and review",
    ("IP-18", "Moderation meeting and Assessment Board (cohort 1)", "Dr H. Marsh-Tully", "Jul 2010",
     "Planned"),
    ("IP-19", "Exit tutorial and CPD planning template for completing participants", "TBC", "TBC",
     "Not started"),
    ("IP-20", "Annual Programme Monitoring report to the Project Board and University", "Dr H. Marsh-Tully",
     "Sep 2010", "Planned"),
    ("IP-21", "Measure of impact on pupils' achievement agreed with the LA Performance and Data Team", "TBC",
     "TBC", "TBC"),
], (1.5, 13.5, 3.5, 2.5, 4))

para("")
para("Stage 1 is complete. The survey (IP-01) told us that 61% of SENCOs in the borough had been in post "
     "for less than two years, that only nine held any SEN qualification, and that their most pressing "
     "needs were provision mapping, managing teaching assistants and getting other staff to take "
     "responsibility for pupils with SEN. Headteachers, for their part, asked for a course that would not "
     "take SENCOs out of school for more than twelve days a year. Those findings are why M2 is blended and "
     "why the study days are capped at twelve, and IP-03 records the changes the SENCO Forum asked for.")
para("The self-audit sent out at IP-08 lists every national outcome with a four-point rating and asks for "
     "one piece of evidence for each rating of 3 or 4. At the induction tutorial (IP-11) the personal "
     "tutor, the participant and the mentor go through it together and write the Individual Training "
     "Plan: the four to six outcomes rated lowest become the participant's personal priority outcomes, "
     "the plan names the school-based tasks that will address them, and the A2 and A3 topics are chosen "
     "with those priorities in mind. The plan is reviewed at the termly mentor meeting.")

h("4. Risk register")
para("Likelihood (L) and impact (I) are rated H, M or L. The mitigation column records the controls the "
     "Project Board has agreed; these are in place unless the row says otherwise.")
table(["Ref", "Risk", "L", "I", "Mitigation and controls", "Owner"], [
    "Category A: Recruitment and entry",
    ("R1", "Candidates join without the knowledge or experience to complete at Level 7", "M", "H",
     "Entry requirements: QTS; in post as SENCO or designated by the head to become SENCO within a year; a "
     "supporting statement from the headteacher committing release time and a mentor. Every candidate is "
     "interviewed (IP-07) against a scoring sheet. A candidate who does not meet the entry level is given "
     "written guidance on what to do first (normally the ISS 'New to SENCO' twilight series and a term "
     "shadowing an experienced SENCO) and the ISS adviser discusses this with the headteacher; they may "
     "reapply for the January intake.", "Dr H. Marsh-Tully"),
    ("R2", "Candidate without a current CRB disclosure", "L", "H",
     "The application form asks for the date of the candidate's enhanced CRB disclosure, completed by the "
     "candidate and countersigned by the headteacher. The partnership does not carry out its own checks; "
     "we rely on the employing school's safer recruitment procedures.", "ISS admin team"),
    ("R3", "Experienced SENCOs find M1 repetitive and drop out", "M", "M",
     "APCL: up to 20 credits of prior study at Level 7 within the last five years may be mapped by the "
     "University's APL tutor, Dr Ravi Chandran, against the M1 learning outcomes, in place of M1. Prior "
     "experiential learning (APEL) will not be accredited in 2009-10.", "Dr R. Chandran"),
    ("R4", "Demand for an assessment-only route from very experienced SENCOs and ISS specialist teachers",
     "L", "L", "Not offered in 2009-10. The Project Board will look at demand again at the end of cohort 1.",
     "Project Board"),
    ("R5", "Disabled candidates or participants cannot take part on equal terms", "L", "H",
     "The application pack (IP-05) invites candidates to tell us about a disability and says why we ask. "
     "Anyone who discloses is offered a meeting with the University Disability Advisory Service before "
     "induction, which agrees a written support plan (for example materials in large print or electronic "
     "format, a note-taker, extra time or an oral alternative in assessments). The Professional "
     "Development Centre has level access, an accessible toilet and a hearing loop. The support plan "
     "travels with the participant to any visit day.", "Dr H. Marsh-Tully"),
    ("R6", "Teachers cannot attend on the set dates", "M", "M",
     "Two intakes each year (September and January). Cohort 2 takes M2 first, then M3, then M1, so the "
     "modules can be studied in a different order. Every M1 study day is run twice, on a Tuesday and "
     "repeated on the following Saturday morning; the M2 online units can be studied at any time in the "
     "module. Participants may take a module with a later cohort if illness or a school crisis intervenes.",
     "O. Prideaux"),
    "Category B: Content and delivery",
    ("R7", "Content becomes out of date", "M", "M",
     "Module leaders keep sessions current with the latest research and inspection findings, and reading "
     "lists are checked each summer.", "Module leaders"),
    ("R8", "M2 online units not used or participants feel isolated", "M", "M",
     "The six online units are short (about 90 minutes each) and contain video of classroom practice, "
     "reading and a task to bring to the next study day. Tutors take questions about the units at the "
     "start of each M2 study day. A discussion forum is proposed (IP-12).", "Dr P. Ossei"),
    ("R9", "No pupil voice input to M3 if the Participation Officer post stays vacant", "H", "M",
     "If the post is not filled by March 2010, Dr Marsh-Tully will lead the session herself using the "
     "Council's published participation guidance.", "O. Prideaux"),
    ("R10", "Insufficient specialist resources (assistive technology, assessment materials)", "M", "M",
     "A bid has been made to the LA capital fund for an assistive technology suite at the Professional "
     "Development Centre; if successful it will be equipped in summer 2009. If the bid fails, participants "
     "will use the resources available in their own schools.", "Head of ISS"),
    ("R11", "Programme cost too high for schools", "M", "H",
     "Fee £1,350 per participant, of which the Council pays half from the Standards Fund for maintained "
     "schools. Study days are held in the Council's own centre, so there is no venue hire. Cost per "
     "successful completion will be reported to the Project Board each year and compared with the "
     "University's other PGCert programmes. Tutors will give more tutorial time to participants whose "
     "Individual Training Plans show greatest need, where tutor capacity allows; all participants follow "
     "the same timetable.", "Head of ISS"),
    "Category C: Assessment and quality",
    ("R12", "Marking inconsistent between University and ISS tutors", "M", "H",
     "Each assignment is first-marked by the personal tutor against the published University Level 7 "
     "criteria. A 25% sample across all markers, plus every fail and every mark within 3% of a boundary, "
     "is second-marked blind by a tutor from the other partner. A moderation meeting agrees marks before "
     "the Assessment Board. The external examiner, Professor Alan Frere (University of Northavon), sees a "
     "sample from each module and all fails, attends the Assessment Board and reports annually to the "
     "University.", "Dr H. Marsh-Tully"),
    ("R13", "Mentors unclear what is expected of them", "M", "M",
     "Mentor briefing and handbook to follow (IP-10).", "TBC"),
    ("R14", "Programme has no measurable effect in schools", "M", "H",
     "Participants rate their confidence against each national outcome on the self-audit at induction and "
     "again at the end of M3, and the two ratings are compared for the cohort in the Annual Programme "
     "Monitoring report. How impact on pupils' achievement is to be measured is to be agreed with the LA "
     "Performance and Data Team (IP-21); A2 baseline data will not be collated centrally in 2009-10.",
     "O. Prideaux"),
    ("R15", "Tutor leaves mid-year", "L", "M",
     "Each module has a named deputy from the other partner who co-teaches at least two sessions.",
     "Dr H. Marsh-Tully"),
], (1.2, 5.2, 0.8, 0.8, 14.5, 2.5))

h("5. Partner responsibilities")
para("R = responsible (does the work); A = accountable (signs off); C = consulted; I = informed. "
     "\"Specialist services\" means the Educational Psychology Service, the Speech and Language Therapy "
     "service (Harrowfield PCT), the ASD Outreach Team and the Parent Partnership Service.")
table(["Activity", "University", "ISS", "School / headteacher", "Mentor", "Specialist services"], [
    "Design and approval",
    ("Module design and revision", "R/A", "R", "C", "-", "C"),
    ("Validation and award", "R/A", "C", "-", "-", "-"),
    "Entry and induction",
    ("Admission decision and interview", "A", "R", "C", "-", "-"),
    ("Confirm candidate's CRB disclosure date on the application form", "I", "I", "R/A", "-", "-"),
    ("Self-audit and Individual Training Plan", "R/A", "C", "C", "C", "-"),
    "Teaching and school-based work",
    ("M1 study days (law, Code of Practice, DDA duties, Every Child Matters)", "R/A", "R", "-", "-", "-"),
    ("Session: working in partnership with parents and carers (M1)", "A", "C", "-", "-", "R (Parent Partnership)"),
    ("Multi-agency day: roles of EPs, therapists, CAMHS, Connexions and local voluntary groups (M1)",
     "A", "R", "-", "-", "R"),
    ("M2 sessions on the main types of SEN (BESD, dyslexia and SpLD, SLCN, ASD, MLD)", "A", "R", "-", "-",
     "R (EP, SALT, ASD Outreach)"),
    ("Host school-based tasks and A2 intervention", "I", "C", "R/A", "R", "-"),
    ("Supervise school-based work; termly review meeting with participant", "I", "C", "C", "R/A", "-"),
    ("Host visit day (special school or resource base)", "I", "R/A", "R (host school)", "-", "-"),
    "Assessment and evaluation",
    ("First marking and feedback", "R/A", "R", "-", "-", "-"),
    ("Second marking and moderation", "R/A", "R", "-", "-", "-"),
    ("A3 professional discussion", "R/A", "-", "-", "R", "-"),
    ("Programme evaluation and Annual Programme Monitoring report", "R/A", "C", "I", "-", "I"),
], (9, 2.8, 2.8, 3.2, 2.4, 4.5))

para("")
para("In practice the table means that the University owns the academic side and the award, the ISS "
     "owns recruitment, the local teaching and the links with schools, and the participant's own school "
     "is where the practical work happens. Each participant's mentor is an experienced SENCO, deputy head "
     "or inclusion manager in the participant's school or cluster, named on the application form; the "
     "mentor meets the participant at least once each half-term to agree the school-based task, observe "
     "it where it involves teaching or training colleagues, and sign the record that goes into the "
     "portfolio. The cluster SENCO networks, which meet twice a term, give participants a place to try "
     "out ideas with colleagues from other schools and to advise one another, and A3 asks for evidence of "
     "advice given to colleagues in the school and beyond it.")

h("6. Outcome delivery and assessment schedule")
para("Table 4 is the project office's tracker for the national minimum outcomes, in our own words. "
     "\"Delivered in\" gives the module and session; \"Assessed by\" gives the assignment that is marked for "
     "the award. A dash means no assessed task has been assigned yet.")
table(["Ref", "Outcome (our wording)", "Delivered in", "Assessed by", "Status"], [
    "Professional attributes",
    ("PA1", "Builds fair and respectful working relationships with pupils who have SEN and with their families",
     "M1 day 4 (with Parent Partnership); M2 case work", "A2 (pupil and parent views section)", "Agreed"),
    ("PA2", "Wins the support of the head, senior team and staff for better outcomes for pupils with SEN",
     "M3 day 1 'Leading from the middle'", "A3 (presentation to the senior leadership team, recorded in "
     "the portfolio)", "Agreed"),
    ("PA3", "Manages own workload, sets priorities and delegates to others", "M3 day 2 'Managing the role'",
     "-", "Agreed"),
    ("PA4", "Makes sound, well-founded decisions about provision and sorts out problems before they grow",
     "M2 days 1-3", "A2 (justification of the intervention chosen)", "Agreed"),
    ("PA5", "Communicates clearly in speech and writing and listens to others' views",
     "Induction writing workshop; M3 day 4 rehearsal", "A1 and A2 (written); A3 professional discussion",
     "Agreed"),
    ("PA6", "Uses research and outside advice to improve own and others' practice",
     "M2 online units 2 and 5", "A2 (literature review and use of professionals' advice)", "Agreed"),
    "Knowledge and understanding",
    ("KU1", "SEN law and guidance, including the Code of Practice, and what it means for the school",
     "M1 days 1-2", "A1", "Agreed"),
    ("KU2", "Every Child Matters and the SENCO's part in it", "M1 day 3", "-", "Agreed"),
    ("KU3", "Disability equality law and the duties it places on schools", "M1 day 2", "A1 (accessibility "
     "plan and disability equality scheme section)", "Agreed"),
    ("KU4", "Child development and how SEN, disability and the learning environment affect it", "TBC", "TBC",
     "At risk (University input not confirmed)"),
    ("KU5", "The common types of SEN and disability and their effect on learning", "M2 days 1-2 (specialist "
     "services)", "A2 (analysis of the pupil's needs and their effect on learning)", "Agreed"),
    ("KU6", "Approaches, strategies and resources for assessment and teaching, including ICT", "M2 online "
     "units 1-6", "A2", "Agreed"),
    ("KU7", "School self-evaluation and improvement as they bear on SEN", "M3 day 3", "TBC", "Agreed"),
    ("KU8", "Best practice and research on meeting SEN", "M2 online unit 5", "Reading presentation at M2 "
     "day 3 (formative, not graded)", "Agreed"),
    ("KU9", "The work of outside agencies and how to obtain specialist support", "M1 multi-agency day",
     "-", "Agreed"),
    "Professional skills",
    ("SK1", "Works with senior staff and governors to shape an inclusive ethos, policy and use of resources",
     "M3 days 1 and 3", "A3 (SEN development plan agreed with the head and the SEN governor)", "Agreed"),
    ("SK2", "Identifies pupils with SEN, sets targets, plans interventions and reviews progress", "M2 days 1-3",
     "A2", "Agreed"),
    ("SK3", "Uses other professionals' assessments to shape teaching", "M2 day 2", "A2 (use of EP or SALT "
     "report)", "Agreed"),
    ("SK4", "Uses summative data, including national test results, to track progress and change programmes",
     "M2 online unit 3 (RAISEonline, P scales, APP)", "A2 (baseline and post-intervention measures)", "Agreed"),
    ("SK5", "Plans special arrangements for national tests and examinations in good time",
     "M2 day 3", "-", "Agreed"),
    ("SK6", "Uses provision mapping to plan provision and spot gaps or weak provision", "M2 day 2; M2 online "
     "unit 4", "A3 (school provision map with commentary)", "Agreed"),
    ("SK7", "Deploys and manages teaching assistants and other staff", "M3 day 2", "A3 (staff deployment "
     "plan)", "Agreed"),
    ("SK8", "Develops colleagues through observation, feedback, modelling, coaching and training", "M3 day 4",
     "A3 (record of a training session led by the participant, observed by the mentor, with feedback)",
     "Agreed"),
    ("SK9", "Reviews the effectiveness of provision with colleagues to feed school self-evaluation",
     "M3 day 3", "A3 (optional element: participants may choose this or SK1 evidence)", "Agreed"),
    ("SK10", "Involves pupils in planning and reviewing their own provision", "M3 pupil voice session "
     "(see IP-15)", "-", "At risk"),
    ("SK11", "Works with parents and carers to support their child's learning", "M1 day 4", "A2 (record of "
     "a meeting with parents and how their views shaped the plan)", "Agreed"),
    ("SK12", "Works with other services and voluntary organisations for a coordinated approach",
     "M1 multi-agency day", "A2 (multi-agency plan for the pupil, including any voluntary sector "
     "involvement)", "Agreed"),
], (1.3, 8.5, 5, 7.5, 3))

para("")
para("Award rule. Participants who pass A1, A2 and A3 are awarded the Postgraduate Certificate and the "
     "National Award for SEN Coordination by the University's Assessment Board. A3 cannot be passed "
     "without the professional discussion. Each assignment must be passed at 40% or above; one "
     "resubmission is allowed per assignment.")

h("7. Evaluation checkpoints")
table(["Checkpoint", "Evidence collected", "Who", "When", "What happens to it"], [
    ("Session evaluation", "Short paper form at the end of each study day", "Session tutor",
     "Every study day", "Summarised by the module leader; changes to the next cohort's session noted in "
     "the module log"),
    ("Module evaluation", "University module questionnaire and a 30-minute focus group with six participants",
     "Module leader", "End of each module", "Module review report to the Programme Committee; actions "
     "carried into the Annual Programme Monitoring report"),
    ("Participant confidence", "Self-audit ratings at induction and end of M3 (see R14)", "Programme leader",
     "Sept and July", "Cohort comparison in the Annual Programme Monitoring report"),
    ("External examiner", "Annual report on standards and assessment", "Prof. A. Frere", "July",
     "Formal response from the Programme Leader; actions tracked by the Project Board"),
    ("Annual Programme Monitoring", "All of the above plus completion, pass rates and the cost report (R11)",
     "Dr H. Marsh-Tully", "September", "Considered by the Project Board and the Faculty; the agreed action "
     "plan changes the next year's modules"),
], (3.5, 7, 3, 2.5, 9))

h("8. Resource plan: staff")
table(["Role", "Name", "Background", "Time"], [
    ("Programme Leader; M1 leader", "Dr Helen Marsh-Tully", "Former SENCO (11 years, two primary schools); "
     "PhD on the role of the SENCO (2006); external examiner for an MA in Inclusion; member of NASEN's "
     "research committee", "0.4 FTE"),
    ("M2 leader", "Dr Peter Ossei", "Senior Lecturer; former specialist teacher (SpLD) with the county "
     "learning support service; AMBDA; leads the University's dyslexia assessment certificate", "0.3 FTE"),
    ("M3 leader; Project Manager", "Owen Prideaux", "Senior Adviser for SEN, ISS; former deputy head and "
     "SENCO of a secondary school; MA in Educational Leadership; Ofsted additional inspector until 2007",
     "0.3 FTE"),
    ("Tutor (M1, M2)", "Mrs Shirin Kaleem", "Principal Educational Psychologist; chartered psychologist",
     "12 days"),
    ("Tutor (M1)", "Ms Beth Aldous", "Manager, Harrowfield Parent Partnership Service", "4 days"),
    ("APL tutor", "Dr Ravi Chandran", "University APL coordinator, School of Education", "As needed"),
], (4, 4, 14, 3))

para("")
para("All ISS staff are appointed under the Council's safer recruitment procedure (enhanced CRB disclosure "
     "and List 99 check before appointment). University and ISS tutors keep their knowledge current "
     "through the ISS termly SEN update and their own specialist networks, and both module leaders at the "
     "University have a research allocation.")

h("9. Next report")
para("The Project Board will receive version 1.4 of this plan on 9 March 2009, after the validation event "
     "papers are submitted. Rows marked TBC will be updated as owners are agreed.")

doc.save(OUT)
print("wrote", OUT)
