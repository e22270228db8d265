"""jr-01-brightholme-formulary: build jr-01-brightholme-formulary.docx next to this script.

Provider (invented): Brightholme Hospital School and the Department of Paediatric
Psychology of Brightholme Children's Hospital (Kestwick and Brightholme Hospitals
NHS Foundation Trust), with the University of Hallenby validating.  Application for
approval to run the National Award for SEN Coordination from September 2009.

Document kind and layout: the course written as a section of the Trust's own
children's formulary ("Brightholme Children's Formulary, Chapter 20: Non-medicinal
preparations, Section 20.4").  Each part of the course is a drug-style monograph
with the formulary's fixed run-in labels (Indications, Cautions, Contra-indications,
Dose, Administration, Monitoring, Counselling, Available as, Licensed use,
Formulary status).  The course's own vocabulary: "Ward Rounds" (six study days),
"Bedside Tasks" (school-based tasks), "Case Presentations" (CP1-CP4, the marked
work), "Starting Obs" (needs assessment) and the "Individual Care Plan", "Link
Supervisors" (mentors), the "Discharge Review", "Yellow Cards" (feedback cards),
the "Award Therapeutics Committee" (programme committee), "PRN only" (given when
asked for, never checked).  Heading 1/2 styles for the chapter and monographs;
monograph labels are bold runs, not headings.  A shaded formulary banner table, a
Ward Round table with a merged "clinic" cell, a staff table, and an Appendix 20A
"Indications and Monitoring Chart" of the outcomes with merged group rows and a
key.  A black-triangle text box with a blanket coverage claim.  Header and
footer.  Tracked changes: Level 6 replaced by Level 7 (insertion), a January
intake deleted.  Two Word comments.

Traps (requirement ids):
- E.2 met only through the tracked insertion "7 (masters level)" replacing a deleted "6".
- 1.5 young people only talk to participants ("hear from") - no consulting skill developed: partial.
- 1.9 several outcomes are "PRN only" or absent from the chart: partial.
- 2.1 prior certificated study accredited; experience explicitly not ("Unlicensed use"): partial.
- 2.3 assessment-only "Non-formulary"; the route described is another university's
  (Castlemoor); a comment asks about 2010: not_met (negation, other provider, comment).
- 2.5 only a reminder that further study exists; target setting left to the line
  manager after the course: partial.
- 3.2 one September cohort, a choice of day only; the January intake is a tracked
  deletion: partial.
- 3.3 e-learning (HallenbyOnline) with tutor and peer support between Ward Rounds: met.
- 4.3 LA staff act as Link Supervisors (other aspects), but stakeholders in evaluation
  only hoped for ("We hope that"): partial.
- 5.3 CRB checks are the employing school's responsibility and the Trust "does not ask
  to see it"; the checks described are on tutors; the claim that participants are
  checked is only in the footer: not_met (someone else's responsibility, wrong
  context, footer).
- 5.5 specialist expertise yes; ward placements "not offered", the placement week
  was the old 2007 course (past arrangement): partial.
- 5.9 confidence measured; pupils' achievement only expected and "would like to
  measure": partial.
- 6.0 award by an average mark with compensation, not by every outcome: partial.
- 6.* chart: "PRN only" rows developed but not checked (6.A3, 6.K7, 6.S2d, 6.S4);
  6.A7 checked at CP4 but given nowhere ("-"): partial.  6.K4 "Not stocked";
  6.S2b missing from the chart; 6.S7 "Non-formulary: to be added in the 2010
  edition" (plan): not_met.  Text-box claim "covers every national minimum
  outcome" is not evidence (blanket claim).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jr_helpers import (new_doc, para, runin, run, table, cell_text, shade, tracked,
                         deleted_paragraph, textbox, header_footer, comment, merge_row)

HERE = Path(__file__).resolve().parent
NAME = "jr-01-brightholme-formulary"
AUTH = "J. Okafor (Formulary Pharmacist)"

d = new_doc("Arial", 10)
header_footer(
    d,
    "Brightholme Children's Formulary  |  Edition 3 (2009)  |  Chapter 20 Non-medicinal preparations",
    "Kestwick and Brightholme Hospitals NHS Foundation Trust. All participants are CRB checked before the first "
    "Ward Round. Uncontrolled when printed. Review date: July 2010.")

# ---- banner ---------------------------------------------------------------
t = table(d, [["BRIGHTHOLME CHILDREN'S FORMULARY"],
              ["Chapter 20  Non-medicinal preparations: Education and Psychology\n"
               "Section 20.4  SENCO Award (National Award for SEN Coordination)"]],
          bold_first_row=True)
shade(t.cell(0, 0), "1F4E79")
for r in t.cell(0, 0).paragraphs[0].runs:
    r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
shade(t.cell(1, 0), "DEEAF6")

para(d, "Submitted to the Training and Development Agency for Schools with the Trust's application for approval "
        "as a provider of the National Award for SEN Coordination. Prepared by Brightholme Hospital School and the "
        "Department of Paediatric Psychology, with the University of Hallenby, School of Education. January 2009.",
     italic=True)

d.add_heading("How to use this section", level=1)
para(d, "This section of the formulary is written in the same way as every other section the Trust publishes, so "
        "that the clinicians, teachers and managers who will run the Award read it in the format they already use "
        "on the wards. Each part of the course has its own monograph. Read the labels as follows. Indications are "
        "what the part is for. Cautions are things the tutor must watch. Contra-indications are situations in "
        "which the part is not given. Dose is how much of it a participant receives. Administration is how it is "
        "given. Monitoring is how we check that it has worked. Counselling is what we tell the participant. "
        "Available as describes the forms in which it is supplied. Formulary status says whether the Trust stocks "
        "it.")
para(d, "The school-based and marked parts of the course keep the names our first planning group gave them. Ward "
        "Rounds are the six taught days. Bedside Tasks are pieces of practical work carried out in the "
        "participant's own school. Case Presentations (CP1 to CP4) are the four pieces of assessed work. Link "
        "Supervisors are the mentors. Yellow Cards are the feedback cards participants complete after each Ward "
        "Round. The Award Therapeutics Committee is the committee that runs the course.")

textbox(d, ["\u25bc  NEW PREPARATION (black triangle)",
            "The SENCO Award is new to this formulary. Like every black-triangle preparation it is closely watched "
            "by the Award Therapeutics Committee in its first two years. The Award covers every national minimum "
            "outcome for SENCOs."], height_pt=70)

# ---- 20.4.1 -----------------------------------------------------------------
d.add_heading("20.4.1  SENCO AWARD (Hallenby/Brightholme)", level=2)
runin(d, "Indications.",
      "To raise the achievement and improve the well-being of children and young people with SEN and/or "
      "disabilities in the participant's school, across all five Every Child Matters outcomes (being healthy, "
      "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), "
      "and not only their attainment, by developing the participant as the teacher who leads SEN coordination in "
      "the school. Each Case Presentation centres on named pupils, and CP1 is marked on how well the participant's "
      "plan for them addresses their achievement and well-being under each of the five outcomes.")
runin(d, "Cautions.",
      "Many of our participants' pupils have medical conditions, long absences or hospital admissions. Tutors "
      "should take care that the course is not narrowed to medical needs: the Award prepares SENCOs for the whole "
      "range of pupils in mainstream and special schools.")
p = d.add_paragraph()
run(p, "Dose. ", bold=True)
run(p, "Total dose: 60 credits at Level ")
tracked(p, "6", "del", AUTH, "2008-12-05T09:12:00Z")
tracked(p, "7 (masters level)", "ins", AUTH, "2008-12-05T09:12:00Z")
r_lvl = run(p, " of the University of Hallenby's credit framework, taken part time over one school year. "
               "The dose is made up of six Ward Rounds, four Bedside Tasks, four Case Presentations and six Link "
               "Supervision visits. The fee of \u00a31,650 is met by the two local authorities for SENCOs in their schools. "
               "Holding the Ward Rounds in the hospital's own education centre keeps the cost per participant below "
               "the University's standard fee, and the clinic workshops let tutor time go where the Individual Care "
               "Plans show most need.")
comment(d, [r_lvl], "Level changed after the University's validation event, 4 December 2008.", AUTH, "JO")
runin(d, "Licensed use.",
      "The Award is validated by the University of Hallenby, which confers it as the Postgraduate Certificate in "
      "Special Educational Needs Coordination (National Award). Participants are registered students of the "
      "University for the year and have the use of its library, its online learning site and its student "
      "services.")
runin(d, "Unlicensed use.",
      "Credit for earlier certificated study at Level 7 (up to 20 credits, for example from a relevant module of "
      "another university's MA) may be transferred under the University's regulations for the accreditation of "
      "prior certificated learning. The University does not accredit prior experiential learning for this Award: "
      "a participant's experience is taken into account only in planning their Ward Round choices.")
runin(d, "Available as.",
      "One cohort a year from September. Each Ward Round is run twice, on a Tuesday and again on the following "
      "Saturday, and participants may attend either. Course materials, readings and recordings of the Ward Round "
      "lectures are also available on HallenbyOnline.")
deleted_paragraph(d, "A second intake in January is also offered for SENCOs appointed during the autumn term.",
                  AUTH, "2009-01-08T14:30:00Z")
runin(d, "Formulary status.",
      "Formulary (Amber: started by the hospital school and psychology department, continued in the "
      "participant's own school).")

# ---- 20.4.2 -----------------------------------------------------------------
d.add_heading("20.4.2  STARTING OBS (needs assessment)", level=2)
runin(d, "Indications.",
      "Every participant before the first Ward Round. Starting Obs assesses the participant's knowledge, "
      "understanding and skills against each of the national minimum outcomes, so that the course can be fitted "
      "to the person.")
runin(d, "Administration.",
      "In July, before the course begins, the participant completes the Starting Obs chart: a self-rating of "
      "each outcome on a four-point scale with a short note of evidence for each rating. Their headteacher adds "
      "comments. The Link Supervisor then meets the participant in school for an hour, tests the ratings against "
      "the evidence (a participant may think their knowledge of the Code of Practice is secure when it is out of "
      "date), and agrees the Individual Care Plan.")
runin(d, "Individual Care Plan.",
      "The Individual Care Plan records the participant's personalised outcomes: which outcomes need most work, "
      "which of the three clinic workshops they will take at each Ward Round, which pupils their Bedside Tasks "
      "will centre on and what their Link Supervisor will focus on. The plan is reviewed at every Link "
      "Supervision visit and rewritten at the mid-year review in February.")
runin(d, "Monitoring.",
      "The Link Supervisor compares the Starting Obs ratings with the evidence seen in the Bedside Tasks and "
      "Case Presentations during the year and corrects the plan where the first assessment was wrong.")

# ---- 20.4.3 -----------------------------------------------------------------
d.add_heading("20.4.3  WARD ROUNDS (taught days)", level=2)
runin(d, "Indications.",
      "The six taught days. Each runs from 9.15 to 4.00 in the Lantern Room, the hospital school's education "
      "centre on the ground floor of the Children's Hospital. Mornings are taught to the whole group; in the "
      "afternoon participants go to one of three clinic workshops chosen in their Individual Care Plan.")
wr = table(d, [
    ["Ward Round", "Month", "Title", "What is given"],
    ["WR1", "September", "The SENCO's round",
     "The role of the SENCO; Every Child Matters and what it asks of the SENCO; identifying pupils who may have "
     "SEN from observation, data and assessment; setting targets and reviewing progress; provision mapping."],
    ["WR2", "October", "The law and the Code",
     "The SEN Code of Practice (2001) and the Education Act 1996; the Disability Discrimination Act 1995 as "
     "amended in 2005, the disability equality duty and planned adjustments; Removing Barriers to Achievement; "
     "access arrangements for national tests and examinations."],
    ["WR3", "November", "Needs and development",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
     "speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties; "
     "medical conditions and long absence. Using reports from psychologists, therapists and doctors to plan "
     "teaching; assistive technology and ICT."],
    ["WR4", "January", "Families and young people",
     "Working with parents and carers, taught with the Kestwick Parent Partnership Service; the Family "
     "Conversations model practised in role play with the psychologists. Two members of the Young People's "
     "Advisory Panel talk about returning to school."],
    ["WR5", "March", "Working with colleagues and agencies",
     "Leading change with the headteacher and governors; deploying and managing teaching assistants; the "
     "Common Assessment Framework and the team around the child; health, social care and voluntary services."],
    ["WR6", "May", "Evidence and improvement",
     "Reading and using research; evaluating interventions; supporting colleagues' formative assessment; "
     "reviewing provision; school self-evaluation and the SEN section of the SEF."],
    ["Afternoons", "", "Clinic workshops (choice of three at each Ward Round, as set in the Individual Care Plan)", None],
], size=9)
merge_row(wr, 7, 2, 3, "Clinic workshops (choice of three at each Ward Round, as set in the Individual Care Plan)",
          bold=False, fill="F2F2F2")
para(d, "")
runin(d, "Recent research and inspection evidence.",
      "Each Ward Round has a reading list drawn up by the Department of Paediatric Psychology's research tutor "
      "and renewed each summer. For 2009-10 it includes Ofsted's report Inclusion: does it matter where pupils are "
      "taught? (2006), the Bercow Review of services for children with speech, language and communication needs "
      "(2008), the Lamb Inquiry's terms of reference and first evidence (2009), and the department's own study of "
      "42 children returning to school after cancer treatment (Hale and Mensah, 2008). Ward Round tutors set one "
      "of these readings as preparation for each day.")
runin(d, "Young people.",
      "At Ward Round 4 participants hear from two members of the hospital's Young People's Advisory Panel about "
      "what it is like to return to school after a long admission, and about which adults in school helped them.")

# ---- 20.4.4 -----------------------------------------------------------------
d.add_heading("20.4.4  BEDSIDE TASKS (school-based practice)", level=2)
runin(d, "Indications.",
      "Practical work in the participant's own school, directly tied to the outcomes in Appendix 20A. Each "
      "Bedside Task asks the participant to change one part of the school's practice and report the change in "
      "the next Case Presentation.")
table(d, [
    ["Task", "What the participant does in school", "Reported in"],
    ["BT1  Admission", "Identifies a group of pupils who may have SEN, using observation, data and assessment; "
     "sets targets; plans an intervention; updates the school's provision map.", "CP1"],
    ["BT2  Family meeting", "Plans and holds a meeting with the parents or carers of a pupil with SEN and/or a "
     "disability, with the pupil's teachers, and agrees next steps with the family.", "CP2"],
    ["BT3  Colleague round", "Observes a colleague teaching a pupil with SEN, gives feedback, models an approach "
     "and coaches the colleague over half a term; presents the work to the headteacher and a governor.", "CP3"],
    ["BT4  Review round", "With the staff concerned, reviews how well one strand of the school's SEN provision "
     "is working, including a meeting with an outside agency, and feeds the findings into the school's "
     "self-evaluation.", "CP4"],
], size=9)
para(d, "")
runin(d, "Cautions.",
      "The headteacher agrees to each Bedside Task in writing before it begins. Where a task involves a pupil "
      "known to the hospital, the participant must not use any information from the pupil's health record.")

# ---- 20.4.5 -----------------------------------------------------------------
d.add_heading("20.4.5  CASE PRESENTATIONS (assessment)", level=2)
runin(d, "Indications.",
      "The four pieces of assessed work. Each Case Presentation is marked against the outcomes shown for it in "
      "the Levels checked in column of Appendix 20A, using the University's Level 7 criteria.")
runin(d, "Dose.",
      "CP1 Admission notes: a 4,000-word case study of the BT1 group and the school's provision (25%). CP2 "
      "Family and needs: a 3,000-word report on BT2 and on the needs of the pupil concerned (25%). CP3 Colleague "
      "round: a 3,000-word account of BT3 with the colleague's and headteacher's written comments (25%). CP4 "
      "Grand Round: a 20-minute presentation to a panel of tutors and peers on BT4, with a reflective log of the "
      "participant's learning during the year (25%).")
runin(d, "Monitoring.",
      "Each Case Presentation is first marked by the participant's Link Supervisor and second marked by a tutor "
      "from the University. All marks go to a moderation meeting of all markers at the end of each term, which "
      "looks again at every fail, every borderline script and a sample of the rest. The University's external "
      "examiner sees a sample of every Case Presentation and the whole of any script the markers disagree on, "
      "and attends the Board of Examiners. Markers meet for a standardisation morning each September, marking two "
      "scripts together before they mark alone.")
runin(d, "Award.",
      "The Award is conferred when the average mark across the four Case Presentations is at least 50%, with no "
      "single Case Presentation below 40%. A Case Presentation below 40% may be resubmitted once.")

# ---- 20.4.6 -----------------------------------------------------------------
d.add_heading("20.4.6  LINK SUPERVISION (mentoring)", level=2)
runin(d, "Indications.",
      "Every participant has a Link Supervisor for the year: a clinical psychologist from the Department of "
      "Paediatric Psychology, a teacher from the hospital school, or an Area SENCO from Kestwick or Brightholme "
      "local authority. Link Supervisors visit the participant in school six times, meet the headteacher at the "
      "first and last visit, and answer questions by email between visits.")
runin(d, "Administration.",
      "Before their first visit every Link Supervisor attends a half-day induction run by the course leader, and "
      "receives the Link Supervisor Handbook, which sets out the role, the visit schedule, how to run the Starting "
      "Obs meeting, how to first mark a Case Presentation and what to do if a participant is struggling. Link "
      "Supervisors attend the September standardisation morning and a review meeting each term. The course "
      "leader observes each new Link Supervisor on one visit in the first year.")

# ---- 20.4.7 -----------------------------------------------------------------
d.add_heading("20.4.7  DISCHARGE REVIEW", level=2)
runin(d, "Indications.",
      "The last meeting of the course, in July. The Link Supervisor and participant check the Indications and "
      "Monitoring Chart together, the participant completes the SENCO Confidence Scale again, and the final "
      "Yellow Card is collected.")
runin(d, "Counselling.",
      "Participants should be told that the Award is a beginning, not an end, and that further study (for example "
      "the University's MA in Inclusive Education) is open to them. Setting targets for their next steps is a "
      "matter for them and their line manager after the course.")

# ---- 20.4.8 -----------------------------------------------------------------
d.add_heading("20.4.8  NON-FORMULARY ITEMS", level=2)
para(d, "The following are sometimes asked for. They are not stocked by this Trust.")
p = runin(d, "Assessment-only supply (\"stat dose\").",
          "Non-formulary. The Trust does not supply the Award by assessment alone. Experienced SENCOs who ask for "
          "it are referred to the University of Castlemoor, which assesses candidates against the outcomes "
          "through its own direct-assessment route without their taking the course.")
comment(d, [p.runs[1]], "Could we stock this from 2010? Castlemoor charge \u00a3450. Discuss at ATC.", AUTH, "JO")
runin(d, "Ward placements.",
      "Placements on the hospital wards are not offered, for infection-control reasons. Until 2007 the hospital "
      "school's SEN Update course included a placement week on the wards and in the Child Development Centre.")

# ---- prescribing notes --------------------------------------------------------
d.add_heading("20.4.9  PRESCRIBING NOTES", level=1)
d.add_heading("Entry (who may receive the Award)", level=2)
para(d, "The Award is for qualified teachers who have taken on the role of SENCO in a school, or who will take it "
        "on within the year. Applicants send the Trust's application form with a supporting statement from their "
        "headteacher, which confirms the time the school will release for study and for Bedside Tasks. The course "
        "leader and a Link Supervisor interview every applicant. Before an offer is made the Starting Obs chart is "
        "read to check that the applicant has enough knowledge, understanding and skills to benefit from the "
        "course and to reach the outcomes by the end of the year. Where an applicant is not yet ready, the course "
        "leader writes to say what they should do first (usually the local authority's SEN induction programme "
        "and a term in post), discusses this with the headteacher and invites them to apply the following year.")
d.add_heading("Equality and access", level=2)
para(d, "The Trust's Disability Equality Scheme applies to the Award as it does to patients and staff. The "
        "application form and the course leaflet say that disabled teachers are welcome, and invite applicants to "
        "tell us about a disability or health condition so that reasonable adjustments can be made; we ask again, "
        "privately, at the Starting Obs meeting. Adjustments we make include the hearing loop and step-free access "
        "in the Lantern Room, materials in large print or electronic form, rest breaks, Link Supervision visits "
        "timed to suit the participant, and extra time or another form of Case Presentation agreed with the "
        "University's Disability Service. Interview panels are told of any adjustment before the interview. Race, "
        "gender and religion are monitored at application and at completion, and the Award Therapeutics Committee "
        "reviews the figures each year.")
d.add_heading("Safeguarding", level=2)
p = para(d, "Participants are employed teachers. Responsibility for their CRB enhanced disclosure rests with their "
            "employing school or local authority, and the Trust does not ask to see it. All Trust tutors and Link "
            "Supervisors hold enhanced CRB disclosures, renewed every three years.")
comment(d, [p.runs[0]], "Check with HR whether we should see the certificates of participants. - LM", "L. Marsh (Course Leader)", "LM")
d.add_heading("Staff", level=2)
table(d, [
    ["Name and post", "Qualifications and experience", "Part taken"],
    ["Linda Marsh, Head of Brightholme Hospital School (course leader)",
     "MA Special and Inclusive Education; NPQH; former SENCO in two secondary schools; nine years leading the "
     "hospital school", "WR1, WR6, Link Supervisor, moderation"],
    ["Dr Samuel Hale, Consultant Clinical Psychologist",
     "DClinPsy; chartered psychologist; twelve years in paediatric psychology; research on school return after "
     "serious illness", "WR3, WR4, research tutor, Link Supervisor"],
    ["Dr Aisha Mensah, Clinical Psychologist",
     "DClinPsy; trained in Family Conversations; leads the hospital's Young People's Advisory Panel",
     "WR4, Link Supervisor"],
    ["Peter Quayle, Deputy Head, hospital school",
     "MEd Assessment; specialist teacher assessor (dyslexia); eight years as a SENCO", "WR2, WR3, Link Supervisor"],
    ["Dr Helen Bryce, Senior Lecturer, University of Hallenby",
     "PhD on inclusion in secondary schools; leads the University's MA in Inclusive Education",
     "Second marking, WR5, WR6"],
], size=9)
para(d, "")
para(d, "Staff keep their specialist knowledge up to date through the Trust's continuing professional development "
        "scheme and clinical supervision, the University's research seminars and membership of NASEN and the "
        "British Psychological Society. Each tutor has at least one study day a year on SEN and disability.")
d.add_heading("Specialist expertise and resources", level=2)
para(d, "Ward Rounds bring in the Trust's speech and language therapists, occupational therapists, the epilepsy "
        "nurse specialist and a community paediatrician, as well as the psychologists and hospital school "
        "teachers. Participants use the Trust's health library and the University's library and e-journals, the "
        "hospital school's assessment library (standardised tests may be borrowed for Bedside Tasks) and its ICT "
        "suite, where switch access, eye-gaze and communication aids, text-to-speech and mind-mapping software can "
        "be tried out.")
d.add_heading("HallenbyOnline", level=2)
para(d, "Between Ward Rounds the course runs on HallenbyOnline, the University's Blackboard site. Participants work "
        "in online Bay groups of five, each with a discussion board moderated by a tutor, and complete an online "
        "task between each pair of Ward Rounds. Tutors reply to questions on the board or by email within three "
        "working days. Case Presentations are submitted and returned with feedback online, and the course leader "
        "sends a termly e-bulletin to participants' headteachers.")
d.add_heading("Formulary consultation (stakeholders)", level=2)
para(d, "Before writing this section we consulted the people who will use it. In spring 2008 we surveyed all 58 "
        "SENCOs who had been in post for less than two years in Kestwick and Brightholme, and 21 headteachers; "
        "we held a session with the Parents' Forum of the Children's Hospital and with the two local authorities' "
        "SEN services. New SENCOs asked most for help with pupils who have medical conditions or long absences, "
        "with multi-agency work and with managing teaching assistants. Headteachers said that they could not "
        "release SENCOs on the same weekday every month. Parents asked that SENCOs learn to listen to families "
        "before planning. As a result we added WR3's afternoon on medical conditions, made WR5 about working with "
        "agencies and teaching assistants, repeated every Ward Round on a Saturday, and built the Family "
        "Conversations role play into WR4.")
para(d, "Area SENCOs from both local authorities act as Link Supervisors and the Kestwick Parent Partnership "
        "Service teaches part of WR4. We hope that the Parents' Forum and the Young People's Advisory Panel will "
        "in future help us judge how well the Award is working.")
d.add_heading("Pharmacovigilance (quality assurance)", level=2)
para(d, "After every Ward Round each participant completes a Yellow Card: what worked, what did not and what "
        "should change. Link Supervisors report each term on the progress of their participants. The Award "
        "Therapeutics Committee (the course leader, a psychologist, a University tutor, an Area SENCO from each "
        "local authority and a participant representative) meets each term, reads the Yellow Cards, the Link "
        "Supervisors' reports and the marks, and records changes in its action log; the log is reported in the "
        "next edition of this section. Each year the Committee writes the University's annual monitoring report. "
        "Externally, the University's external examiner reports on standards each year, the University reviews "
        "the Award every five years, and both local authorities' SEN services comment each summer on the "
        "course's fit with local needs.")
para(d, "Participants complete the SENCO Confidence Scale at Starting Obs and again at the Discharge Review; the "
        "Committee compares the two for each cohort and against the Case Presentation marks. We expect the Award "
        "to lead to better outcomes for pupils in participants' schools and would like to measure this in "
        "future.")

# ---- appendix -------------------------------------------------------------------
d.add_heading("Appendix 20A  Indications and Monitoring Chart", level=1)
para(d, "Key. Given in names the Ward Round (WR) or Bedside Task (BT) where the outcome is taught or practised. "
        "Levels checked in names the Case Presentation (CP) that marks it. PRN only: covered in a Ward Round when "
        "the group asks for it; no Case Presentation checks it.", italic=True)
rows = [["Outcome (our wording)", "Given in", "Levels checked in"],
        ["ATTRIBUTES", None, None],
        ["Fair, respectful and supportive relationships with pupils and their families", "WR4, BT2", "CP2"],
        ["Winning the commitment of colleagues, the head and senior staff", "WR5, BT3", "CP3"],
        ["Prioritising, managing time, delegating", "WR1 clinic", "PRN only"],
        ["Anticipating problems, sound decisions about provision", "WR3, BT1", "CP1"],
        ["Speaking and writing clearly; listening to others' views", "All Ward Rounds", "CP4"],
        ["Using research and outside advice to improve practice", "WR6", "CP4"],
        ["Keeping up to date; owning one's CPD", "\u2014", "CP4 (reflective log)"],
        ["KNOWLEDGE AND UNDERSTANDING", None, None],
        ["SEN law and the Code of Practice, and putting them into practice", "WR2", "CP1"],
        ["Every Child Matters and the SENCO's part in it", "WR1", "CP1"],
        ["Disability equality law and the actions it requires", "WR2", "CP1"],
        ["How children develop and what affects development", "Not stocked (from initial teacher training)", "\u2014"],
        ["Common types of SEN and disability and their effect on learning", "WR3", "CP2"],
        ["Approaches to assessment, planning and teaching, including ICT", "WR3, WR6", "CP2"],
        ["School self-evaluation and improvement for SEN", "WR6", "PRN only"],
        ["Best practice and research in meeting SEN", "WR6", "CP4"],
        ["External agencies and how to get specialist support", "WR5", "CP3"],
        ["SKILLS", None, None],
        ["Influencing the school's inclusive ethos and policy with senior staff and governors", "WR5, BT3", "CP3"],
        ["Identifying pupils, setting targets, planning interventions, reviewing progress", "WR1, BT1", "CP1"],
        ["Using other professionals' assessments in planning teaching", "WR3", "CP2"],
        ["Helping teachers develop formative assessment", "WR6, BT3", "CP3"],
        ["Access arrangements for tests and examinations", "WR2", "PRN only"],
        ["Provision mapping; finding ineffective or missing provision", "WR1, BT1", "CP1"],
        ["Deploying and managing staff", "WR5", "PRN only"],
        ["Supporting colleagues' development (observation, modelling, coaching)", "BT3", "CP3"],
        ["Reviewing provision with staff to inform self-evaluation", "BT4", "CP4"],
        ["Involving pupils in planning and reviewing their provision", "Non-formulary: to be added in the 2010 edition", "\u2014"],
        ["Working with parents and carers", "WR4, BT2", "CP2"],
        ["Partnership with other services and voluntary organisations", "WR5, BT4", "CP3"]]
ch = table(d, rows, header_fill="DEEAF6", size=9)
for i, row in enumerate(rows):
    if row[1] is None:
        merge_row(ch, i, 0, 2, row[0], bold=True, fill="F2F2F2")

para(d, "")
para(d, "Section 20.4 approved by the Drug and Therapeutics Committee (non-medicinal preparations sub-group), "
        "14 January 2009. Next review July 2010.", italic=True)

d.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
