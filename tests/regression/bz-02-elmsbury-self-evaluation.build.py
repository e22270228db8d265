"""Build bz-02-elmsbury-self-evaluation.docx (invented provider, written blind).

Provider: University of Elmsbury (awards its own degrees), Centre for
Inclusive Practice, Faculty of Education, working with Castlemere County
Council's Learning Support Service. Programme: Postgraduate Certificate in
SEN Coordination (National Award), 60 credits at Level 7, three 20-credit
modules (A: law, policy and the school; B: identifying and meeting needs;
C: leading provision and people), all taught face to face in 2009-10. It
replaces the Centre's Advanced Diploma in Inclusive Education (SEN pathway),
run 2003-2008. Dated March 2009, 2008-era vocabulary.

Layout: the University's own Programme Self-Evaluation Form (PSEF), used as
the application. A cover table of form fields and a grade key (1
outstanding, 2 good, 3 satisfactory, 4 inadequate); a "Summary judgement"
with three strengths typed as "\u2022" paragraphs and a paragraph of weaker
areas; then six "Areas", each
with an overall grade line and a four-column table (Aspect, Grade,
Evidence, Next steps). Strengths are concrete in many rows and general in
others. The Next steps column holds intentions only ("We will consider",
"We intend", "Explore"), never arrangements. Area 6 holds the award rule, a
blanket claim and a week-by-week scheme of work (week, date and mode,
session focus, what participants do, assessment), followed by a key to the
assessment tasks. Header and footer (never evidence).

Traps and the requirement ids each affects:
- 1.3 partially_met: the evidence is general ("draws on current research
  and inspection evidence", "research-active"); the specific reports appear
  only in Next steps as an intention to refresh reading lists.
- 1.9 partially_met, 6.0 partially_met: award on passing Tasks 1-3 and the
  professional discussion; the blanket claim "every national minimum
  outcome is covered and assessed" is contradicted by the scheme (K4 and
  S2d absent, A3, A7 and S2b formative or unassessed).
- 2.3 not_met (past arrangement, then intention): the Advanced Diploma's
  assessment-only route ran "until 2007"; the new programme "does not
  include one"; Next steps "consider whether" one could be offered.
- 2.5 partially_met: only general and informal ("tutors often talk with
  participants about ... the MA"); the planning tool is a next step.
- 3.3 not_applicable: "All teaching is face to face ... there is no online
  or e-learning element"; an online Module B is only a next step ("explore").
- 4.2 partially_met: the influence of stakeholders is asserted in general
  ("shaped by what schools and the Council told us") without saying what
  changed; 4.1 is met by the concrete survey and forum evidence, and 4.3 is
  met by the steering group (headteachers, a parent representative, the LA)
  reviewing the annual evaluation plus guest speakers and mentors.
- 5.5 partially_met: specialist expertise concrete (EP, SALT, ASD outreach,
  voluntary sector speakers) but "Participants do not undertake placements";
  visits to specialist provision only a next step.
- Criterion 6 (scheme of work): 6.A3 partially_met (time log discussed in
  tutorial, "formative"); 6.A7 partially_met (week 36 session, assessment
  "-"); 6.S2b partially_met (data exercise "formative, feedback in
  session"); 6.K4 not_met (child development appears nowhere); 6.S2d
  not_met (access arrangements appear only in Next steps: "Add a session").
- Met though they look weak: 1.7 and 6.S8 (a guest session plus a graded
  section of Task 2), 6.S2c (formative assessment is the topic of the staff
  training session assessed in Task 3), 5.3 (the University verifies the
  CRB disclosure number and date with the head, takes a reference and
  checks List 99), 5.9 (pre/post confidence, pupil data collated from Task
  2, follow-up questionnaire to heads).
- Grades are the provider's own judgements, never evidence: a grade of 1 or
  2 next to general evidence is still partial.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

NAME = "bz-02-elmsbury-self-evaluation"
OUT = Path(__file__).with_name(NAME + ".docx")

doc = Document()
doc.core_properties.author = "Miriam Okafor-Reid"
doc.core_properties.title = "PSEF - PGCert SEN Coordination (National Award)"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "University of Elmsbury - Programme Self-Evaluation Form (PSEF) 2009"
sec.footer.paragraphs[0].text = ("Centre for Inclusive Practice. Grades: 1 outstanding, 2 good, "
                                 "3 satisfactory, 4 inadequate.")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    p.add_run(parts[0]).bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        q.add_run(extra).bold = bold


def grid(header, rows, widths, fill="D9D9D9"):
    t = doc.add_table(rows=0, cols=len(header))
    t.style = "Table Grid"
    cells = t.add_row().cells
    for c, v in zip(cells, header):
        put(c, v, bold=True)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            put(m, row, bold=True)
            shade(m, "EDEDED")
            for p in m.paragraphs[1:]:
                if not p.text:
                    p._p.getparent().remove(p._p)
            continue
        for c, v in zip(cells, row):
            put(c, v)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = Cm(w)
    doc.add_paragraph("")
    return t


def area(title, grade, intro, rows):
    doc.add_heading(title, level=1)
    p = doc.add_paragraph()
    p.add_run("Overall grade for this area: ").bold = True
    p.add_run(grade)
    if intro:
        doc.add_paragraph(intro)
    grid(["Aspect", "Grade", "Evidence", "Next steps"], rows, (3.3, 1.3, 8.2, 4.2))


# ------------------------------------------------------------------ cover
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("UNIVERSITY OF ELMSBURY\nFaculty of Education - Centre for Inclusive Practice")
r.bold = True
r.font.size = Pt(14)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Programme Self-Evaluation Form (PSEF)\nsubmitted as our application to the TDA for approval to "
          "provide nationally accredited training for SENCOs").bold = True

grid(["Field", "Entry"], [
    ("Programme", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)"),
    ("Award and credit", "PGCert, 60 credits at Level 7 (M level), awarded by the University of Elmsbury "
                         "under its own degree-awarding powers. The programme was approved at a University "
                         "validation event on 3 February 2009 (panel chaired by the Pro-Vice-Chancellor "
                         "(Academic), with an external panel member from the University of Rowanford)."),
    ("Partner", "Castlemere County Council Learning Support Service (LSS)"),
    ("Predecessor programme", "Advanced Diploma in Inclusive Education (SEN pathway), 2003-2008; 112 "
                              "completers"),
    ("Completed by", "Dr Miriam Okafor-Reid, Programme Leader, with Mrs Gwen Tallis, Head of LSS"),
    ("Date", "16 March 2009"),
    ("Overall self-assessed grade", "2 (good)"),
], (4.5, 12.5))

doc.add_paragraph(
    "How to read this form. The University asks every programme team to grade itself each year against "
    "its own quality framework, giving the evidence for each grade and what it will do next. We have used "
    "the same form for this application, with one area for each of the TDA's six criteria. The evidence "
    "column says what we do now or what is fixed for the first cohort (September 2009). The next steps "
    "column is our improvement agenda: these are things we want to do, not things already arranged, and "
    "we have graded ourselves on what is in place.")

doc.add_heading("Summary judgement", level=1)
doc.add_paragraph(
    "We have graded the programme good overall. The new PGCert builds on five years of the Advanced "
    "Diploma, which 112 teachers completed, and on a partnership with the Learning Support Service that "
    "goes back to 1999. We think three things are genuinely strong.")
for b in [
    "\u2022 Practice in schools. Each participant's learning is tied to work in their own school through "
    "a mentor, school-based tasks after every session and two assignments carried out in school.",
    "\u2022 Individual planning. The self-audit, Individual Training Plan and termly tutorial mean that "
    "participants spend their time where they need it, and the optional spring workshops follow the plan.",
    "\u2022 Assessment. Three substantial tasks, double marking of every portfolio and an external examiner "
    "who samples every task.",
]:
    doc.add_paragraph(b)
doc.add_paragraph(
    "We are less satisfied with the arrangements for experienced candidates (we no longer have an "
    "assessment-only route), with what happens at the end of the course, and with the range of settings "
    "participants see beyond their own school. These are graded accordingly and appear in the next steps "
    "column. The Centre's improvement plan for 2009-10 will be written in July, after the first "
    "steering group meeting, and will take account of the panel's feedback on this form.")
doc.add_paragraph(
    "A note on terms. We use 'participant' for a teacher on the programme and 'candidate' for an "
    "applicant. 'Mentor' always means the school-based mentor named on the application form; 'tutor' "
    "means a member of University or LSS staff who teaches and marks on the programme.")

# ------------------------------------------------------------------ area 1
area("Area 1: Impact on pupils' achievement and well-being", "2 (good)",
     "The programme exists to make a difference to children and young people with SEN and disabilities in "
     "the schools where our participants work, and we judge ourselves first on that.", [
    ("Aims and focus on pupils", "1",
     "The programme's first aim, as validated, is 'to improve the achievement and well-being of children "
     "and young people with SEN and/or disabilities across all five Every Child Matters outcomes'. Every "
     "module has a learning outcome about pupils' progress. Task 2 requires each participant to set a "
     "baseline and measure the effect of an intervention on attainment and on at least one other Every "
     "Child Matters outcome (for example attendance, a well-being scale, exclusions, participation in "
     "clubs), and the marking grid gives 20% of the marks to the quality of that evidence.",
     "Share anonymised Task 2 results with the LA's Every Child Matters partnership."),
    ("Links with practice in schools", "1",
     "Every session ends with a school-based task, agreed in advance with the participant's school-based "
     "mentor (normally the head or a deputy), which is tried out before the next session and reported "
     "back. Task 2 is an intervention carried out in the participant's own school and Task 3 is built "
     "from evidence of leading practice there. Mentors observe at least two of these activities each "
     "year and sign the observation record.", "-"),
    ("Up to date with research and developments", "2",
     "Teaching draws on current research and inspection evidence, and all four tutors are research-active. "
     "Participants are expected to read widely.",
     "Refresh reading lists to take account of the Bercow Report (2008) and the Lamb Inquiry when it "
     "reports."),
    ("Law and policy", "1",
     "Module A (weeks 2-5) covers the Education Act 1996 as amended, the SEN Code of Practice (2001), "
     "SENDA 2001, the Disability Discrimination Act 1995 and 2005 and the disability equality duty, the "
     "Children Act 2004, Every Child Matters and Removing Barriers to Achievement. Task 1 asks participants "
     "to review their school's policy and practice against these and write an action plan.", "-"),
    ("Consulting children and young people", "2",
     "The week 22 session is on pupil voice: participants practise structured interviews, use visual and "
     "talking-mat approaches with non-verbal pupils, and plan how pupils will take part in their own "
     "review meetings. Task 2 section 1 must report the pupil's own views, how they were gathered and how "
     "the pupil took part in setting and reviewing targets.", "-"),
    ("Working with colleagues in and beyond school", "2",
     "Participants lead a training session for colleagues, observed by the mentor (Task 3). They join one "
     "of the four LSS cluster SENCO networks, where each participant presents a case for colleagues from "
     "other schools to advise on during the year, and week 19 is spent with EPs, therapists and other "
     "services on joint planning.", "-"),
    ("Working with parents and carers", "2",
     "Week 12 is led jointly with Castlemere Parent Partnership and two parents of children with "
     "statements: how to build trust, share information and handle disagreement. Task 2 section 4 is a "
     "record of a planning meeting with the pupil's parents and the participant's reflection on it.", "-"),
    ("Impact on practice", "2",
     "Participants must show a change in their own and their school's practice for Task 3 to pass; the "
     "mentor countersigns the evidence. In 2007-08, 31 of 34 Diploma completers reported a change to "
     "their school's SEN policy as a result.", "-"),
])

# ------------------------------------------------------------------ area 2
area("Area 2: Meeting participants' individual needs", "3 (satisfactory)", None, [
    ("Recognising prior learning", "2",
     "Under the University's Recognition of Prior Learning regulations, participants may claim up to 20 "
     "credits, either for Level 7 study completed in the last five years (certificated) or through a "
     "portfolio mapped against the Module A outcomes (experiential). Claims are assessed by the Faculty "
     "RPL adviser and confirmed by the Assessment Board.", "-"),
    ("Needs assessment and individual plans", "1",
     "Before the course each participant completes a self-audit against every national outcome and sends "
     "it with a short piece of writing on their school's SEN provision. At the induction day tutorial the "
     "tutor and participant agree an Individual Training Plan: the outcomes where the participant is "
     "already secure, their personal target outcomes for the year, the school-based tasks chosen to meet "
     "them and the focus of Tasks 2 and 3. The tutor checks the self-audit against the writing and the "
     "head's reference so that out-of-date knowledge is picked up. Plans are reviewed at each termly "
     "tutorial.", "-"),
    ("Assessment-only route", "4",
     "The former Advanced Diploma offered an assessment-only route until 2007, used by six specialist "
     "teachers. The new programme does not include one.",
     "Consider whether an assessment-only route could be offered from 2010, and at what cost."),
    ("Tailored, good-value provision", "2",
     "Participants choose two of four optional twilight workshops in the spring term according to their "
     "Individual Training Plan, and tutorial time is allocated by need (between three and six hours a "
     "year). The fee of £1,200 is below the Faculty average for 60 credits because the LSS provides "
     "venues and two tutors at no charge, and Castlemere pays half the fee for maintained schools. "
     "Completion on the Diploma was 89%.", "-"),
    ("Next professional targets", "2",
     "Tutors often talk with participants about their future development, including progression to the "
     "MA, and many past participants have gone on to it.",
     "Design a CPD planning tool for the final session."),
])

# ------------------------------------------------------------------ area 3
area("Area 3: Access, equality and flexibility", "2 (good)", None, [
    ("Equality and disability", "1",
     "The application form asks candidates whether they have a disability or health condition and "
     "explains that the answer is used only to plan support. Anyone who says yes is contacted by the "
     "University Disability Service within two weeks to agree a Learning Support Agreement (for example "
     "enlarged or coloured handouts, a reader, rest breaks, a BSL interpreter, extra time or an oral "
     "alternative for written tasks). All venues are checked for access before they are booked, and the "
     "Agreement goes to every tutor and mentor. Selection is by criteria published in the handbook. Our "
     "publicity uses photographs and case studies of disabled teachers.", "-"),
    ("Flexible routes", "2",
     "There are two intakes, September and January; the January intake takes Module B, then C, then A. "
     "Participants can complete in one year or spread the three modules over two years. Twilight sessions "
     "are held at two venues (Castlemere and Elmsbury) on different evenings so that participants can "
     "choose. All teaching is face to face; there is no online or e-learning element in 2009-10.",
     "Explore an online version of Module B for 2010-11."),
])

# ------------------------------------------------------------------ area 4
area("Area 4: Working with stakeholders", "2 (good)", None, [
    ("Evidence of need", "1",
     "In September 2008 the LSS surveyed every Castlemere school (163 of 214 replied). 58% of SENCOs had "
     "been in post less than three years; 44% of heads named provision mapping and the deployment of "
     "teaching assistants as their top priority for SENCO training. We also held two focus groups with "
     "Diploma graduates and one with the Castlemere Parent Partnership forum, whose message was that "
     "parents want SENCOs who explain things and follow through.", "-"),
    ("Influence on the programme", "2",
     "The programme has been shaped by what schools and the Council told us, and stakeholders' views are "
     "reflected throughout the modules.", "Publish a 'you said, we did' summary for schools."),
    ("Involvement in delivery and evaluation", "2",
     "Two headteachers, the Principal Educational Psychologist, a parent representative from the Parent "
     "Partnership forum and the Head of LSS sit on the programme steering group, which meets each term and "
     "in September reviews the annual evaluation report and agrees the action plan. Specialist staff, "
     "parents and voluntary sector speakers teach sessions; heads and deputies act as mentors.", "-"),
])

# ------------------------------------------------------------------ area 5
area("Area 5: Quality assurance, staffing and resources", "2 (good)", None, [
    ("Evaluation methods", "2",
     "Internal: a short evaluation at the end of every session; an end-of-module questionnaire; a "
     "mid-year focus group run by a member of Faculty staff outside the team; tutor review meetings after "
     "each module. External: the external examiner's annual report; the steering group; the University's "
     "periodic review. The Programme Leader writes an Annual Evaluation Report each September from all "
     "of these, with an action plan; the steering group agrees it and the changes go into the next year's "
     "handbook. This is how the pupil voice session was added to the Diploma in 2007.", "-"),
    ("Admissions and entry level", "1",
     "Candidates must hold QTS, be in post as SENCO or about to take on the role, and have their head's "
     "written support. Every candidate is interviewed by two tutors. Where a candidate is not ready we "
     "write to them and their headteacher setting out what is needed (usually a term's work with the LSS "
     "on the 'Getting started as a SENCO' programme) and offer a place on a later intake.", "-"),
    ("Safeguarding checks", "1",
     "Before a place is confirmed, the University's admissions officer obtains the number and date of "
     "issue of the candidate's enhanced CRB disclosure and confirms them in writing with the headteacher, "
     "together with confirmation that the candidate has been checked against List 99 and a reference "
     "covering conduct and any disciplinary matters. A candidate who has not worked in a school in a post "
     "with regular contact with children in the last three months must obtain a new enhanced disclosure "
     "through the University before starting.", "-"),
    ("Staff", "1",
     "Dr Miriam Okafor-Reid (Programme Leader): former SENCO and LA inclusion adviser, PhD on provision "
     "mapping, Ofsted inspector (SEN) until 2006. Dr Tom Ashe: former head of a special school for pupils "
     "with ASD, AMBDA. Mrs Gwen Tallis (LSS): former SENCO and specialist teacher for SLCN. Mr Lewis "
     "Dunmore (LSS): behaviour support team leader. All four attend at least two national SEN conferences "
     "a year and the two University staff have research time.", "-"),
    ("Specialist expertise and placements", "2",
     "Castlemere's Educational Psychology Service, the NHS speech and language therapy team, the ASD "
     "outreach team and voluntary organisations (Dyslexia Action, Castlemere Home-Start) teach in weeks "
     "14-19. Participants do not undertake placements; all practical work takes place in their own "
     "schools.", "Set up visits to specialist provision, if schools can host them."),
    ("Teaching resources", "2",
     "The University library holds the main SEN journals and e-journals, and participants have full "
     "library and Athens access. The LSS resource room at Castlemere lends assessment materials and has "
     "assistive technology (Clicker 5, Read&Write, Dragon NaturallySpeaking, switch-access equipment) for "
     "participants to try; week 21 is taught there.", "-"),
    ("Roles of tutors and mentors", "2",
     "All tutors attend a programme team day in September and work from the Tutor Handbook (roles, "
     "marking criteria, tutorial records). Mentors must attend a half-day briefing before the first "
     "school-based task and receive the Mentor Handbook, which sets out the observation and "
     "countersigning duties; a mentor who misses the briefing is visited by an LSS tutor.", "-"),
    ("Marking and moderation", "1",
     "Every Task 3 and every fail in any task is double marked; 20% of other scripts are second marked. "
     "The team meets to moderate each task before marks go to the Assessment Board. The external examiner "
     "(Dr Neil Brannock, University of Rowanford) samples every task and attends the Board.", "-"),
    ("Impact on participants and pupils", "2",
     "Participants rate their confidence against each national outcome at the start and end of the year; "
     "the change is reported in the Annual Evaluation Report. The baseline and post-intervention pupil "
     "data from every Task 2 are collated by the Programme Leader so that we can report the progress made "
     "by pupils in the interventions. Six months after completion heads receive a short questionnaire on "
     "changes in SEN practice and pupil outcomes.", "-"),
])

# ------------------------------------------------------------------ area 6
area("Area 6: Outcomes and the award", "2 (good)", None, [
    ("Award rule", "2",
     "The award is made by the Assessment Board to participants who pass Tasks 1, 2 and 3 and the "
     "professional discussion, each at 50% or more. Every national minimum outcome is covered and "
     "assessed (see the scheme of work below).",
     "Add a session on access arrangements for national tests and examinations."),
    ("Assessment of outcomes", "2",
     "Each task has a marking grid that names the outcomes it assesses. Tutors record in the tutorial "
     "record where each participant has met their target outcomes.", "-"),
])

# ------------------------------------------------------------------ scheme of work (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
new.left_margin = new.right_margin = Cm(1.8)
doc.add_heading("Scheme of work 2009-10 (September intake)", level=2)
doc.add_paragraph("Weeks are weeks of the University year. SD = study day (9.30-3.30, Castlemere Professional "
                  "Centre); TW = twilight (4.30-7.00, Castlemere or Elmsbury). The assessment column shows "
                  "where the session's content is assessed for the award.")

SCHEME = [
    "Module A - SEN coordination: law, policy and the school (autumn term)",
    ("1", "16 Sep SD", "Induction. The SENCO role; reviewing the self-audit; agreeing the Individual "
     "Training Plan", "Self-audit discussed in tutorial; ITP agreed", "Diagnostic only (not graded)"),
    ("2", "30 Sep TW", "SEN law and the Code of Practice", "School Action, School Action Plus, statutory "
     "assessment and statements; what the Code means for the school, the SENCO, governors and class "
     "teachers; putting the procedures into practice", "Task 1 part A (graded)"),
    ("4", "14 Oct TW", "Disability equality", "DDA duties, the disability equality scheme, accessibility "
     "plans, reasonable adjustments for disabled pupils", "Task 1 part B (graded)"),
    ("5", "21 Oct SD", "Every Child Matters and the SENCO", "The five outcomes, the CAF, extended services; "
     "how the SENCO helps pupils reach them", "Task 1 part C (graded)"),
    ("7", "4 Nov TW", "Shaping policy with the head and governors", "Inclusive ethos, SEN policy, "
     "development planning and the SEN budget; presenting proposals to the head and the SEN governor",
     "Task 1 part D: action plan agreed with the head and SEN governor (graded)"),
    ("8", "11 Nov TW", "Writing and speaking as a SENCO", "Writing for colleagues and parents; "
     "presenting a case; listening to others' points of view in meetings",
     "Task 1 and Task 2 marking grids (communication criterion); professional discussion"),
    ("10", "25 Nov SD", "School self-evaluation and SEN", "The SEF, RAISEonline, Ofsted's framework; "
     "reviewing provision with colleagues and feeding the findings into self-evaluation",
     "Task 1 part E: review of provision carried out with colleagues (graded)"),
    ("12", "9 Dec TW", "Working with parents and carers", "With Castlemere Parent Partnership; building "
     "fair and respectful relationships with pupils and families; difficult conversations",
     "Task 2 section 4 (graded)"),
    "Module B - Identifying and meeting needs (spring term)",
    ("14", "13 Jan SD", "Common needs I", "Dyslexia and other specific learning difficulties, speech, "
     "language and communication needs, moderate learning difficulties (specialist teachers, SALT)",
     "Task 2 section 2: analysis of the pupil's needs and their effect on learning (graded)"),
    ("15", "20 Jan TW", "Common needs II", "Autism; behavioural, emotional and social difficulties (ASD "
     "outreach, behaviour support team)", "Task 2 section 2 (graded)"),
    ("17", "3 Feb TW", "Identifying needs and planning interventions", "Observation, screening and data; "
     "setting challenging targets; planning and reviewing interventions", "Task 2 sections 1-3 (graded)"),
    ("18", "10 Feb TW", "Using national data to track progress", "Key stage results, P scales, tracking "
     "systems; changing a programme that is not working", "Formative: data exercise, feedback in session"),
    ("19", "24 Feb SD", "Other services and agencies", "EPs, therapists, CAMHS, social care, Connexions "
     "and voluntary organisations; using other professionals' assessments to plan teaching; getting "
     "specialist support", "Task 2 section 3: how professionals' advice shaped the intervention; "
     "multi-agency plan (graded)"),
    ("21", "10 Mar TW", "Approaches, resources and ICT", "Critical comparison of teaching approaches, "
     "assistive technology and other resources for removing barriers (LSS resource room)",
     "Task 2 section 3: critical evaluation of the approach chosen (graded)"),
    ("22", "17 Mar TW", "Pupil voice", "Consulting pupils; involving pupils in planning and reviewing "
     "their provision; helping colleagues to do the same", "Task 2 section 1 (graded)"),
    ("23", "24 Mar TW", "Using research", "Finding and judging research; what research and good practice "
     "say about meeting SEN; using it with colleagues", "Task 2 literature review (graded)"),
    ("24", "31 Mar TW", "Decisions about provision", "Case discussions: anticipating problems, weighing "
     "evidence, making and defending decisions", "Task 2 section 5 (graded); professional discussion"),
    "Module C - Leading provision and people (summer term)",
    ("27", "21 Apr SD", "Provision mapping", "Mapping and costing provision; spotting gaps and provision "
     "that is not working", "Task 3 item 1: school provision map with commentary (graded)"),
    ("28", "28 Apr TW", "Deploying and managing staff", "Teaching assistants and other adults; timetabling, "
     "line management, performance review", "Task 3 item 2: deployment plan (graded)"),
    ("30", "12 May TW", "Developing colleagues", "Observation and feedback, modelling, coaching and "
     "mentoring, planning training; helping teachers develop assessment for learning for pupils with SEN",
     "Task 3 item 3: participant leads a staff training session on assessment for learning, observed by "
     "the mentor (graded)"),
    ("31", "19 May TW", "Managing the role", "Priorities, time, delegation", "Formative: time log "
     "discussed in tutorial"),
    ("33", "9 Jun TW", "Winning commitment", "Leading change; working with the head and senior team",
     "Task 3 item 4: presentation to the senior leadership team (graded); professional discussion"),
    ("35", "23 Jun SD", "Professional discussions", "30-minute discussion with tutor and mentor on the "
     "Task 3 portfolio", "Task 3 (graded)"),
    ("36", "30 Jun TW", "Keeping up to date", "Networks, NASEN, journals; reviewing the ITP", "-"),
]
grid(["Week", "Date / mode", "Session focus", "What participants do", "Assessment"], SCHEME,
     (1.2, 2.3, 4.5, 10, 7))

doc.add_heading("Key to assessment tasks", level=2)
grid(["Task", "Description", "Weight"], [
    ("Task 1 (Module A)", "Policy review and action plan, 4,000 words, parts A-E", "20 credits"),
    ("Task 2 (Module B)", "Practitioner enquiry: an intervention with one pupil or a small group, 6,000 "
                          "words, sections 1-5 and a literature review", "20 credits"),
    ("Task 3 (Module C)", "Leadership portfolio (items 1-4) and 30-minute professional discussion with "
                          "tutor and mentor", "20 credits"),
    ("Formative tasks", "Data exercise, time log, reading journal: feedback only; they do not count "
                        "towards the award", "-"),
], (4, 16, 4))

doc.add_paragraph("Signed: Dr Miriam Okafor-Reid, Programme Leader; Professor David Lisle, Head of the "
                  "Centre for Inclusive Practice. 16 March 2009.")

doc.save(OUT)
print("wrote", OUT)
