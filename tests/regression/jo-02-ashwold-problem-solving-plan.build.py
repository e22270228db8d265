"""jo-02-ashwold-problem-solving-plan: build script.

Provider (invented): Ashwold Police, Youth Engagement and Schools Team (YEST),
with the University of Kirkstead, Faculty of Education, which will validate the
award. Application for approval to run the 2008-09 National Award for SEN
Coordination, sent as the Force's own SARA Problem Solving Plan (Form PSP1).

Document kind and layout
------------------------
A problem-oriented policing plan on the Force's standard form, Scanning -
Analysis - Response - Assessment, with the form's grey "[Guidance: ...]" prompts
left in; a front-sheet table with merged cells (PSP reference, owner, partners,
status, review date); typed tick boxes ("☒ Partner referral  ☐ Crime data");
a scanning data table; a Problem Analysis Triangle typed as a 3 x 3 table with a
merged centre cell (Pupil / Barrier / Setting, with the SENCO as "capable
guardian"); a consultation table ("Who | How | What they told us | What we
changed"); a "Response options considered" table whose Decision column holds
Adopted / Rejected / Deferred; numbered plan paragraphs R1-R18; a tactics table R-T1-R-T5 with owner and
status; an assessment measures table (measure, baseline, target, source, when);
a "Displacement" text box; Appendix 1 an outcome coverage table in the Team's
own codes (AT-1 ... AT-7, KN-1 ... KN-9, SK-1 ... SK-10 with SK-3a-d) with "Not covered in
PSDs" and "Outside this plan" cells and merged group rows; Appendix 2 the team;
Appendix 3 a review log. Header and footer (never evidence), tracked changes (a
deleted sentence, an inserted sentence), two comments, a footnote.

The course's own vocabulary: Problem-Solving Days or PSDs (study days),
Facilitators (tutors), the participant's own in-school SARA cycle, Casework 1
and Casework 2 (marked reports), the Review Panel (marked viva), Hot Debriefs
(unmarked notes after each PSD), Problem-Solving Partners (mentors), Circles
(peer groups), the Scanning self-audit (needs assessment).

Traps (requirement ids)
-----------------------
- E.2: "60 credits" but the University "will confirm at validation whether the
  credits are at Level 6 or Level 7" (partially met). E.1 is met: validation is
  arranged with a named university and date.
- 1.1: the aim is narrowed to exclusion and youth-justice entry ("reduce fixed-term
  and permanent exclusions"), not achievement across the ECM outcomes (partially
  met).
- 1.7 / 6.S8 / 6.A1: work with parents "is not part of this plan" and is left to
  another Force project, PSP/ASH/08/090 (someone else's arrangement: 1.7 and S8
  not met; A1 partially met, pupils only).
- 1.9: five outcomes are marked but never taught ("Not covered in PSDs") and two
  are outside the Award (partially met).
- 2.2 / 2.4: the Scanning self-audit is used only "to group participants into
  Circles"; "All participants follow the same programme" (no individual plan or
  personalised outcomes: partially met both).
- 2.3: the assessment-only route is "Deferred" to "the 2010 review" in the options
  table (a plan: not met). A comment asking about it is not evidence.
- 2.5: further targets are left to heads' performance management; the provider
  only "reminds" participants (partially met).
- 3.1: equality in general terms only ("committed to equality and diversity")
  with no arrangement for disabled participants (partially met).
- 3.2: one September intake, fixed order; only a twilight repeat of three PSDs
  (partially met).
- 3.3: an online route was "Rejected"; a sentence about a Moodle area is a tracked
  deletion; "The course has no online or e-learning element" (not applicable).
- 5.3: the CRB check is real and specific (met); the three-month rule is in an
  inserted tracked sentence (counts).
- 5.6: "no specialist ICT or assistive technology"; participants use their own
  schools' resources (partially met).
- 6.0: the award rule requires every outcome "listed in Appendix 1", but Appendix
  1 puts SK-9 and SK-3d outside the Award (partially met).
- 6.A3, 6.A5, 6.K4, 6.S2b, 6.S5: "Not covered in PSDs" but marked in Casework or
  the Review Panel (assessed, not taught: partially met).
- 6.S2d: "Not part of the Award" (examinations officer's job: not met).
- 6.K7 met: a PSD on school self-evaluation (SEF) marked in Casework 2, despite the
  Force's own "self-assessment" language elsewhere.
- The header's form title and the footer's SARA motto are never evidence; grey
  prompts are never answers; typed ticks in the Source box are not arrangements.
"""
from pathlib import Path
from _jo_helpers import (new_doc, header_footer, para, runin, prompt, table, merge_row, shade, set_cell,
                         ins_run, del_run, deleted_paragraph, inserted_paragraph, text_box, Footnotes,
                         comment, words)

HERE = Path(__file__).resolve().parent
NAME = "jo-02-ashwold-problem-solving-plan"
A1, A2 = "DI S. Harrow", "PS J. Mensah"
T1, T2 = "2008-12-09T09:05:00Z", "2009-01-06T14:22:00Z"

d = new_doc("Calibri", 10.5)
fn = Footnotes(d)
header_footer(d, "ASHWOLD POLICE  |  PROBLEM SOLVING PLAN  |  FORM PSP1 (v4, 2007)",
              "Scan - Analyse - Respond - Assess.  Every problem has an owner.")

para(d, "ASHWOLD POLICE", bold=True, size=15)
para(d, "Problem Solving Plan (PSP1)", bold=True, size=13)
prompt(d, "[Guidance: Complete every section. Keep the plan live: update the Review Log at each review. Sections "
          "marked * must be completed before the plan is submitted to the Area Problem Solving Panel.]")

t = table(d, [
    ["PSP reference*", "PSP/ASH/08/117", "Status", "Open - Response stage"],
    ["Problem title*", "Pupils with special educational needs drifting into exclusion and offending: SENCO "
     "capacity in Ashwold schools", None, None],
    ["Problem owner*", "Insp K. Dunmore, Youth Engagement and Schools Team (YEST)", "Date opened", "3 March 2008"],
    ["Lead partner", "University of Kirkstead, Faculty of Education (course and award)", "Next review",
     "31 March 2009"],
    ["Other partners", "Ashwold County Council Inclusion Service; Ashwold Youth Offending Team; Ashwold "
     "Secondary Heads' Association; Ashwold Primary Heads' Forum; Ashwold Youth Council", None, None],
    ["Also submitted to", "TDA, as the application for approval to run the National Award for SEN Coordination "
     "2008-09", None, None],
], header=False, widths=[3.3, 7.5, 2.6, 3.4])
for i in (1, 4, 5):
    t.cell(i, 1).merge(t.cell(i, 3))
for i in range(6):
    shade(t.cell(i, 0), "E2EFDA")
for i in (0, 2, 3):
    shade(t.cell(i, 2), "E2EFDA")

# ------------------------------------------------------------------ S
d.add_heading("S - SCANNING", level=1)
prompt(d, "[Guidance: What is the problem? Who reported it? How do you know it is a problem? Use data, not "
          "impressions. Tick each source of the problem.]")
runin(d, "Source of problem:  ", "☒ Partner referral   ☒ Community concern   ☐ Crime data   ☒ Repeat "
                                 "demand   ☐ Tasking and Co-ordinating Group")
para(d, "S1. The problem. Pupils with special educational needs are over-represented in every group the Youth "
        "Engagement and Schools Team works with: pupils excluded from school, pupils missing from education and "
        "first-time entrants to the youth justice system. Schools tell us the same thing from the other side: "
        "their SENCOs are new to the role, have had little training and do not know which agency to call. The "
        "problem this plan addresses is the capacity of SENCOs in Ashwold schools to identify and meet pupils' "
        "needs early enough.")
table(d, [
    ["Scanning evidence", "Figure", "Source"],
    ["Pupils with SEN among all fixed-term exclusions, 2006-07", "71%", "County Inclusion Service"],
    ["Pupils with SEN among permanent exclusions, 2006-07", "8 of 11", "County Inclusion Service"],
    ["Young people on YOT caseload with unmet speech, language and communication needs (screened)", "58%",
     "Ashwold YOT, 2007-08"],
    ["SENCOs in post under two years (heads' survey, 139 of 190 schools replied)", "46%",
     "Heads' Association / Primary Heads' Forum survey, April 2008"],
    ["SENCOs with no SEN qualification beyond initial training", "63%", "Same survey"],
    ["Schools reporting they did not know how to refer to CAMHS", "38%", "Same survey"],
], widths=[10, 2.2, 4.6])
para(d, "S2. Why this is a police problem. The Team's Schools Officers see the end of a chain that starts much "
        "earlier, in a classroom. Enforcement does not change it. The Area Problem Solving Panel accepted the "
        "problem on 3 March 2008 on the basis that the Force should act with partners on causes, not only on "
        "incidents.")

# ------------------------------------------------------------------ A
d.add_heading("A - ANALYSIS", level=1)
prompt(d, "[Guidance: Use the Problem Analysis Triangle. Who is the victim? Who is the offender? Where does it "
          "happen? Who could act as guardian, handler or manager? What do partners know that you do not?]")
p = para(d, "A1. Problem Analysis Triangle. For this problem the Team has re-drawn the triangle: the pupil in place "
            "of the victim, the barrier to learning in place of the offender, and the school setting in place of "
            "the location. The SENCO is the capable guardian who can act on all three sides.")
fn.add(p, "Adapted from the Force's PSP training notes (Problem-Oriented Policing, 2007 edition).")
t = table(d, [
    ["", "PUPIL (victim side)", ""],
    ["SETTING (location side)", "THE SENCO\ncapable guardian", "BARRIER (offender side)"],
    ["", "What acts on all three: SENCO knowledge, time and authority in the school", ""],
], header=False, widths=[5.3, 6.2, 5.3])
t.cell(2, 0).merge(t.cell(2, 2))
set_cell(t.cell(2, 0), "What acts on all three: SENCO knowledge, time and authority in the school", italic=True)
shade(t.cell(1, 1), "FFE699")
d.add_paragraph()
para(d, "A2. What we found on each side. Pupil: the pupils who reach us have often had needs, most often speech, "
        "language and communication needs, that were never identified; they have rarely been asked what would "
        "help. Barrier: behaviour is the presenting problem and the need behind it is missed; support is "
        "arranged late and not reviewed. Setting: in most schools the SENCO has no protected time, teaching "
        "assistants are deployed by habit, and links with outside agencies depend on personal contacts. "
        "Guardian: a SENCO who knows the law, the common needs, the agencies and how to lead colleagues can "
        "change all three.")
para(d, "A3. Consultation. Between March and June 2008 the Team and the Inclusion Service consulted as follows.")
table(d, [
    ["Who", "How", "What they told us", "What we changed"],
    ["Secondary and primary heads", "Survey (139 replies); two heads' meetings", "Training must be about the SENCO's own "
     "school; no more than one day out at a time; assessment should be useful to the school", "Each participant "
     "runs a SARA cycle on a real problem in their own school; PSDs are single days; Casework is written for "
     "the head as well as the University"],
    ["SENCOs (27)", "Two focus groups", "Want practical law, the agencies, and how to get colleagues on side; "
     "fear the writing", "A PSD on agencies; Circles for peer support; a Casework guide with marked exemplars"],
    ["Ashwold YOT", "Case file review", "Missed SLCN and late referrals", "PSD 3 led jointly with the YOT "
     "speech and language therapist"],
    ["Ashwold Youth Council (SEN sub-group)", "Two sessions", "\"Nobody asked us\"", "Pupil voice PSD; "
     "pupil interviews are required in Casework 1"],
    ["Inclusion Service", "Joint planning group", "Provision mapping is patchy", "Provision mapping in PSD 2 and "
     "Casework 1"],
], widths=[3.1, 3.0, 5.4, 5.3], size=8)
para(d, "A4. What we do not know yet. How many pupils per school the course will reach; whether the figures in S1 "
        "will move within one year (see A-ASSESSMENT below).")

# ------------------------------------------------------------------ R
d.add_heading("R - RESPONSE", level=1)
prompt(d, "[Guidance: List the options you considered, including those you rejected, and why. Then set out the "
          "response plan: each tactic with an owner, partners, start date and status.]")
para(d, "R1. Options considered.")
table(d, [
    ["Option", "For", "Against", "Decision"],
    ["1. Buy places on an existing university SENCO course outside the county", "Quick", "No link to local "
     "agencies; travel; heads want local", "Rejected"],
    ["2. An accredited course run by the University with the Team and the Inclusion Service", "Local; draws on "
     "partners; accredited", "Takes a year to set up", "Adopted"],
    ["3. An online route", "Flexible", "Schools told us SENCOs want to meet; the Team has no platform", "Rejected"],
    ["4. An assessment-only route for experienced SENCOs", "Recognises experience", "Needs its own assessment "
     "design", "Deferred - to be reconsidered at the 2010 review"],
    ["5. Schools Officers trained to advise SENCOs", "Uses existing staff", "Not their role; no expertise",
     "Rejected"],
], widths=[5.4, 3.0, 5.4, 3.0], size=8.5)
p = para(d, "R2. The course. The response adopted is the Ashwold SENCO Award, a Postgraduate Certificate of the "
        "University of Kirkstead carrying 60 credits. The University's validation event is fixed for 4 March "
        "2009, with the first intake in September 2009. The University will confirm at validation whether the "
        "credits are at Level 6 or Level 7.")
comment(d, p, "Kirkstead say they could run an assessment-only board in 2009 if we ask by Feb. Decide at next review?",
        A1, "SH")
para(d, "R3. Aim. The aim of the response is to reduce fixed-term and permanent exclusions, and first-time entry "
        "to the youth justice system, among pupils with special educational needs in Ashwold schools, by "
        "giving their SENCOs the knowledge and skills to identify needs early, plan and review support, and "
        "work with colleagues and agencies.")
para(d, "R4. Entry. The course is for teachers with QTS who are SENCOs or are to become SENCOs within the year. The "
        "headteacher nominates on Form AS1, which asks for the candidate's current responsibilities and the "
        "school's reasons for nominating them. The Programme Leader interviews every candidate, using six "
        "questions on SEN practice and a short written task, against published entry criteria. A candidate who "
        "is not ready is given written advice on what to do first, and the Programme Leader discusses it with "
        "the headteacher; they may re-apply for the next intake.")
p = para(d, "R5. Suitability checks. On Form AS1 the headteacher must give the date and number of the candidate's "
            "enhanced CRB disclosure and confirm that the school has checked List 99 and taken references. The "
            "Team's Vetting Officer checks each form before an offer is made and no offer is made without it. ")
ins_run(p, "Candidates who have not worked in a post with regular contact with children in the last three months "
           "must obtain a new enhanced disclosure through the University before PSD 1.", A2, T2)
para(d, "R6. The Scanning self-audit. Before PSD 1 each participant rates themselves against every outcome in "
        "Appendix 1. Facilitators use the self-audit to group participants into Circles of five with a spread of "
        "experience. All participants follow the same programme of Problem-Solving Days.")
para(d, "R7. Prior learning. Under the University's Accreditation of Prior Learning regulations a participant may "
        "bring up to 20 credits of earlier masters-level study in SEN (APCL), or claim up to 20 credits for "
        "experience by a portfolio mapped to Appendix 1 and assessed by two Facilitators (APEL). Claims are "
        "made at interview and decided by the University's APL panel before PSD 1; credit gained reduces the "
        "Casework required.")
para(d, "R8. Problem-Solving Days. Eight PSDs run on Thursdays from September to June at the Kirkstead Campus, with "
        "a twilight repeat of PSDs 2, 3 and 4 at Northfield Police Station for participants in the north of the "
        "county. All participants start in September and take the PSDs in the same order.")
table(d, [
    ["PSD", "Month", "Content", "Led by"],
    ["1", "Sept", "The SENCO's role; the SARA cycle; choosing a problem in your school; the law: SEN Code of "
     "Practice 2001, SENDA 2001, Disability Discrimination Act duties for schools; Every Child Matters and the "
     "Children Act 2004", "Programme Leader; Inclusion Service"],
    ["2", "Oct", "Scanning in school: identification, observation and data; provision mapping and finding "
     "provision that is missing or not working; deploying teaching assistants", "Inclusion Service"],
    ["3", "Nov", "Speech, language and communication needs; autism; dyslexia and specific learning difficulties; "
     "behavioural, emotional and social difficulties; moderate learning difficulties; using specialists' "
     "assessments", "YOT speech and language therapist; University"],
    ["4", "Jan", "Pupil voice: consulting pupils, Talking Mats, structured interviews, involving pupils in "
     "their own plans and reviews", "Youth Council; University"],
    ["5", "Feb", "Analysis: research on what works (Bercow Review 2008, Steer Report 2005, Ofsted 2006); "
     "approaches and resources including ICT; formative assessment with colleagues",
     "University"],
    ["6", "Mar", "Response: the agencies day (YOT, CAMHS, Educational Psychology, social care, voluntary "
     "organisations) and working with them; advising colleagues in other schools", "Partners"],
    ["7", "Apr", "Assessment: school self-evaluation and the SEF, reviewing provision with colleagues, "
     "leading an inclusive ethos with senior leaders and governors", "University; a headteacher"],
    ["8", "June", "Review Panels; what next", "Course team"],
], widths=[1.0, 1.3, 10.5, 4.0], size=8.5)
p = para(d, "R9. The participant's own SARA cycle. Each participant chooses a problem in their own school, agreed "
            "with the headteacher, such as late identification of language needs in Year 7, and runs a full SARA "
            "cycle on it through the year: scanning the school's data and provision map, interviewing at least "
            "three pupils, planning a response with colleagues and one outside agency, and assessing the effect "
            "on pupils. A Problem-Solving Partner (an experienced SENCO from another school) meets them in school "
            "three times and observes one session they lead with colleagues. Each participant also spends a "
            "Placement Day at Riverside Pupil Referral Unit or Oakfield Special School, with an observation task "
            "that feeds Casework 1.")
deleted_paragraph(d, "R9a. A Moodle area will hold PSD materials and a forum for each Circle.", A1, T1)
para(d, "R10. The course has no online or e-learning element. PSD materials are given out on paper and on CD, and "
        "Circles meet at each PSD and once between PSDs at a member's school.")
para(d, "R11. Assessment.")
table(d, [
    ["Component", "What is submitted", "Weight"],
    ["Casework 1: Scanning and Analysis", "5,000 words: the problem in the participant's school, the data, the "
     "provision map, the pupils' views from the interviews, the Placement Day task and the analysis", "40%"],
    ["Casework 2: Response and Assessment", "5,000 words: the response with colleagues and an agency, the "
     "baseline and follow-up measures for the pupils concerned, the summative data, the school's "
     "self-evaluation and what the school will do next", "40%"],
    ["Review Panel", "A 30-minute viva with a Facilitator and a headteacher from the Heads' Association on the "
     "whole cycle, including how the participant led and worked with colleagues", "20%"],
    ["Hot Debriefs", "A one-page note after each PSD; read by the Circle's Facilitator; not marked", "-"],
], widths=[4.2, 10.6, 2.0], size=8.5)
para(d, "R12. The award. The Review Panel confirms that the participant has passed both Casework reports and the "
        "viva and has shown, in marked work, every outcome listed in Appendix 1. Only then does the University's "
        "Board of Examiners make the award.")
para(d, "R13. Parents and carers. Work with parents and carers is not part of this plan. It is delivered by the "
        "Force's Family Intervention Project with Ashwold Children's Services under PSP/ASH/08/090.")
para(d, "R14. After the course. At the Review Panel participants are reminded that the course is a first step, "
        "and their headteacher sets further targets through performance management.")
para(d, "R15. Equality. Ashwold Police is committed to equality and diversity and the course will comply with the "
        "Disability Discrimination Act and other equality legislation.")
para(d, "R16. Resources. Participants use their own schools' resources and the University library. The Team has "
        "no specialist ICT or assistive technology for the course.")
para(d, "R17. The course team. The Programme Leader and Facilitators are listed in Appendix 2. Facilitators meet "
        "for a full day in July to agree the programme, the Casework criteria and the marking guide, and again in "
        "January; Problem-Solving Partners are trained on a half day in September using the Partners' "
        "Handbook, which sets out their three visits, the observation record and what they must not do "
        "(they do not mark). Guest speakers from partner agencies receive a session brief naming the outcomes "
        "their session serves.")
para(d, "R18. Cost. The fee is £1,200. The Force provides the Northfield venue and the Programme Leader's "
        "administrative support at no charge, and the Inclusion Service releases two Facilitators, so the "
        "fee covers University teaching, Partners' visits and assessment.")
table(d, [
    ["Tactic", "Action", "Owner", "Start", "Status"],
    ["R-T1", "Validate the Ashwold SENCO Award", "University", "Mar 2009", "In progress"],
    ["R-T2", "Recruit and train Problem-Solving Partners", "Inclusion Service", "June 2009", "Not started"],
    ["R-T3", "Nominations, interviews and vetting", "YEST / University", "May 2009", "Not started"],
    ["R-T4", "Book PSD venues and speakers", "YEST", "Apr 2009", "In progress"],
    ["R-T5", "Set up the Review Group", "Insp Dunmore", "Jan 2009", "Complete"],
], widths=[1.6, 8.0, 3.2, 2.0, 2.0], size=8.5)

# ------------------------------------------------------------------ A (assessment)
d.add_heading("A - ASSESSMENT", level=1)
prompt(d, "[Guidance: How will you know whether the response worked? Give measures, baselines and targets. "
          "Consider displacement and diffusion of benefits.]")
para(d, "AS1. Measures. The plan will be assessed against the following measures, reported to the Area Problem "
        "Solving Panel and the Review Group each term.")
table(d, [
    ["Measure", "Baseline", "Target", "Source", "When"],
    ["Participants' confidence against each outcome", "Scanning self-audit", "Rise on 80% of outcomes",
     "Repeat self-audit at PSD 8", "June"],
    ["Participants' practice", "Partner's first visit record", "Improvement at third visit",
     "Partners' observation records", "Each visit"],
    ["Progress of the pupils in each participant's SARA cycle", "Baseline in Casework 1 (attainment, "
     "attendance, incidents, pupil views)", "Measurable progress for each pupil", "Casework 2", "June"],
    ["Exclusions of pupils with SEN in participants' schools", "2007-08", "Fall by 2010-11",
     "Inclusion Service", "Annually"],
    ["Quality of course", "-", "-", "PSD evaluations; external examiner's report; Review Group", "Termly"],
], widths=[4.4, 3.6, 3.0, 3.6, 2.0], size=8.5)
para(d, "AS2. Quality assurance. Each PSD is evaluated in writing by participants and the Facilitator summarises "
        "the results for the course team. Every Casework report is second-marked in full by another Facilitator, "
        "and the two agree the mark or refer it to the Programme Leader; the external examiner appointed by the "
        "University moderates a sample of at least a third of each component, including every fail, and attends "
        "the Board of Examiners. Facilitators hold a standardisation meeting before each marking round using "
        "marked examples. The University's annual monitoring review and the Area Problem Solving Panel both "
        "receive the course report, and changes are recorded in the Review Log.")
para(d, "AS3. The Review Group. Set up in January 2009, it meets each term: two secondary heads, two primary "
        "heads, two former SENCO focus group members, the Parent Partnership Service, the YOT, two Youth "
        "Council members and the Programme Leader. It reads the PSD evaluations and measures, hears from "
        "participants, and agrees changes to the next year's programme. The Youth Council members run a "
        "short session with each Circle in May on what the course has changed for pupils, and report to the "
        "Review Group. Heads from the Heads' Association sit on every Review Panel.")
text_box(d, [
    "Displacement: will exclusions move to managed moves or part-time timetables instead? The Inclusion Service "
    "will report both alongside exclusions.",
    "Diffusion of benefits: SENCOs who advise colleagues in other schools should spread the effect; Partners' "
    "records will note this.",
], height_cm=3.0, fill="DEEBF7", title="DISPLACEMENT CHECK")

# ------------------------------------------------------------------ Appendix 1
d.add_page_break()
d.add_heading("Appendix 1: Outcome coverage", level=1)
prompt(d, "[Guidance: Map each outcome to where it is developed and where it is tested.]")
para(d, "Developed: the PSD where the outcome is taught. Marked in: the assessed component in which it must be "
        "shown. Hot Debriefs are not marked and do not appear in this table.")
AP = [
    ("ATTRIBUTES",),
    ("AT-1", "Fair, respectful and constructive relationships with pupils with SEN (relationships with parents: "
             "see PSP/ASH/08/090)", "PSD 4", "Casework 1"),
    ("AT-2", "Gains the commitment of colleagues, the headteacher and senior leaders", "PSD 7",
     "Review Panel"),
    ("AT-3", "Prioritises, manages time and delegates effectively", "Not covered in PSDs", "Review Panel"),
    ("AT-4", "Anticipates and solves problems; sound decisions on provision", "PSD 1", "Casework 2"),
    ("AT-5", "Communicates clearly in speech and writing; listens to others", "Not covered in PSDs", "Review Panel"),
    ("AT-6", "Uses research and outside advice to improve own and others' practice", "PSD 5", "Casework 1"),
    ("AT-7", "Keeps up to date and takes charge of own CPD", "PSD 8", "Review Panel"),
    ("KNOWLEDGE",),
    ("KN-1", "SEN law, the SEN Code of Practice and how to apply them", "PSD 1", "Casework 1"),
    ("KN-2", "Every Child Matters and the SENCO's part", "PSD 1", "Casework 2"),
    ("KN-3", "Disability equality law and what it requires of schools", "PSD 1", "Casework 1"),
    ("KN-4", "How children develop; effects of SEN, disability and environment", "Not covered in PSDs",
     "Casework 1"),
    ("KN-5", "Common types of SEN (BESD, SpLD incl. dyslexia, SLCN, ASD, MLD) and their effect on learning",
     "PSD 3", "Casework 1"),
    ("KN-6", "Approaches, strategies and resources, including ICT", "PSD 5", "Casework 2"),
    ("KN-7", "School self-evaluation and improvement for SEN outcomes", "PSD 7", "Casework 2"),
    ("KN-8", "Best practice and research in meeting SEN", "PSD 5", "Casework 1"),
    ("KN-9", "Role of external agencies; getting specialist support", "PSD 6", "Casework 2"),
    ("SKILLS",),
    ("SK-1", "With senior leaders and governors, influences an inclusive ethos, policies and resources", "PSD 7",
     "Review Panel"),
    ("SK-2", "Identifies needs, sets challenging targets, plans and reviews interventions", "PSD 2",
     "Casework 2"),
    ("SK-3a", "Uses other professionals' assessments in teaching approaches", "PSD 3", "Casework 2"),
    ("SK-3b", "Uses summative assessment and national tests to track progress and adjust programmes",
     "Not covered in PSDs", "Casework 2"),
    ("SK-3c", "Encourages colleagues' formative assessment for pupils with SEN", "PSD 5", "Casework 2"),
    ("SK-3d", "Special arrangements for national tests and examinations", "Not part of the Award: a matter for "
              "each school's examinations officer", "-"),
    ("SK-4", "Provision mapping; finding ineffective or missing provision", "PSD 2", "Casework 1"),
    ("SK-5", "Deploys and manages staff", "PSD 2", "Casework 2"),
    ("SK-6", "Supports colleagues' professional development (observation, feedback, modelling, coaching, "
             "training)", "Not covered in PSDs", "Review Panel"),
    ("SK-7", "Reviews provision with colleagues to inform self-evaluation", "PSD 7", "Casework 2"),
    ("SK-8", "Involves pupils in planning, agreeing and reviewing their provision", "PSD 4", "Casework 1"),
    ("SK-9", "Liaises with parents and carers", "Outside this plan (PSP/ASH/08/090)", "-"),
    ("SK-10", "Works with other services and agencies, including voluntary organisations", "PSD 6",
     "Casework 2"),
]
rows = [["Code", "Outcome", "Developed", "Marked in"]]
for m in AP:
    rows.append([m[0], "", "", ""] if len(m) == 1 else list(m))
t = table(d, rows, widths=[1.4, 9.6, 3.4, 2.4], size=8)
for i, m in enumerate(AP, start=1):
    if len(m) == 1:
        merge_row(t, i, m[0], fill="C6E0B4", size=8)

# ------------------------------------------------------------------ Appendix 2
d.add_heading("Appendix 2: The course team", level=1)
table(d, [
    ["Name", "Role", "Qualifications and current work"],
    ["Dr Helen Castellan", "Programme Leader (University)", "EdD on SENCO leadership; MA (SEN); SENCO in a "
     "secondary school for eight years; Principal Lecturer; member of nasen's research committee."],
    ["Mr Owen Pryce", "Facilitator (University)", "MEd (inclusive education); RSA Diploma SpLD; former Head of "
     "Inclusion; leads the University's dyslexia CPD."],
    ["Ms Grace Aldous", "Facilitator (Inclusion Service)", "MA (autism); Senior Inclusion Adviser; SENCO until "
     "2005; trains Ashwold SENCOs each term."],
    ["Mr Ravi Khatri", "Facilitator (Inclusion Service)", "Educational psychologist (Doctorate, HCPC "
     "registered); Area Principal EP."],
    ["Ms Lorna Bell", "Guest speaker (YOT)", "Speech and language therapist, RCSLT; YOT screening lead."],
    ["Insp Kate Dunmore", "Problem owner", "Leads YEST; not a member of the teaching or marking team."],
], widths=[3.4, 4.2, 9.2])

# ------------------------------------------------------------------ Appendix 3
d.add_heading("Appendix 3: Review log", level=1)
prompt(d, "[Guidance: Record each review: date, who reviewed, decisions, next review date.]")
t = table(d, [
    ["Date", "Reviewed by", "Decisions"],
    ["3 Mar 2008", "Area Problem Solving Panel", "Problem accepted; owner Insp Dunmore."],
    ["1 July 2008", "Insp Dunmore; University", "Option 2 adopted; options 1, 3 and 5 rejected; option 4 deferred."],
    ["9 Dec 2008", "DI Harrow", "Plan reviewed; online element removed; parents left to PSP/ASH/08/090."],
    ["6 Jan 2009", "PS Mensah", "Vetting section updated with University; Review Group set up."],
    ["31 Mar 2009", "[next review]", ""],
], widths=[2.4, 4.4, 10.0])
p = para(d, "Signed (problem owner): K. Dunmore, Insp 2291        Date: 7 January 2009")
comment(d, p, "Parents - the panel will expect us to cover this. Can 090 team come to a PSD?", A2, "JM")

fn.finish()
out = HERE / f"{NAME}.docx"
d.save(out)
print(out.name, "words:", words(d))
