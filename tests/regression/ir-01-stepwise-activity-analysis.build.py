"""ir-01-stepwise-activity-analysis

Provider (invented): Stepwise, the national charity for dyspraxia (developmental coordination
disorder), with Tennford Metropolitan University (a post-1992 university, formerly Tennford
Polytechnic), which validates the "Stepwise Award in SEN Coordination" as a 60-credit
Postgraduate Certificate. Dated November 2008.

Document kind and layout: the charity's therapy and training team writes the course up as an
occupational therapist's ACTIVITY ANALYSIS (the form its OTs use to break down a child's everyday
task: the occupation, its context, the sequence of steps, the performance demands, how the
activity is graded up or down, how it is adapted, and what the finished activity shows).
The new SENCO is "the participant"; the course's parts are "activities" AA1-AA8; the marked
tasks are "Checked Activities" CA1-CA3; school mentors are "Workplace Companions"; the e-learning
is "Stepwise Online". Heading styles for the parts; each activity is a two-column table of
labelled rows (shaded label column), the first row merged across both columns. An "Award at a
glance" table with merged cells. A shaded note to the panel in a VML text box. A "Performance
components" outcome table in the charity's own three groups (Being / Knowing / Doing) with
columns "Practised in" and "Checked by", band rows merged and shaded. Header and footer.
A tracked deletion, a tracked insertion and three Word comments.

Traps (requirement ids):
- 1.1: the stated aim is "attainment" only; well-being / ECM appears as content, not as aim or
  focus of assessment -> partially_met.
- 1.5 / 6.S7: talking with pupils is an optional extra in AA4 ("if they choose"), not checked
  -> partially_met both.
- 1.9: several components are "Practised only" -> partially_met.
- 2.1: met (University RPL regulations, up to 20 credits, plus an APEL claim).
- 2.2: a Starting Profile against the outcomes exists, but "we do not write individual training
  plans" and no personalised outcomes -> partially_met.
- 2.3: the assessment-only route ("Direct Check") exists only in a tracked DELETION; a comment
  asks to reinstate it -> not_met.
- 2.5: progression to the University's MA is described, and "next steps" are the pupils' next
  steps (right words, wrong subject); no help to set professional targets -> partially_met.
- 3.3: Stepwise Online gives tutor feedback, but the peer forum "will open if enough
  participants choose the online route" (condition / hope) -> partially_met.
- 4.3: evaluation by participants only; heads and the two councils are only hoped for
  ("We hope that ...") -> partially_met.
- 5.3: CRB checks are done on tutors and helpline volunteers; participants' disclosures are left
  to their schools; a comment claims checks at interview (comments are not the submission)
  -> not_met.
- 5.5: specialist expertise yes, but "We do not arrange placements" -> partially_met.
- 5.7: tutors' handbook and Tutor Day yes; the guide for Workplace Companions "is being
  written" -> partially_met.
- 5.8: moderation is met; the line about the external examiner's sampling is a tracked
  INSERTION (counts).
- 5.9: competence and confidence measured (Starting/End Profile); pupils' achievement only
  wished for ("we would like, in time") -> partially_met.
- 6.0: compensation between Checked Activities (an average of 50 can carry one mark of 40-49)
  -> partially_met.
- 6.A3, 6.K7, 6.S2b, 6.S6: practised, "not checked" -> partially_met.
- 6.A7: checked in CA3 but "not taught as such" -> partially_met.
- 6.S2d: "fall outside this Award" -> not_met.
- 6.K4: child development is taught through the charity's motor development session and
  checked in CA1 -> met (not a trap, but sits in the charity's own vocabulary).
- 5.3 again: the footer says "Every disclosure checked" (a footer is never evidence).
- Header and footer carry nothing else that counts.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from _ir_helpers import (para, runs, cell_text, shade, table, deleted_paragraph, inserted_paragraph,
                         ins_run, text_box, header_footer, comment)

HERE = Path(__file__).resolve().parent
NAME = "ir-01-stepwise-activity-analysis"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "Stepwise | Activity Analysis AA-SENCO/08 | Therapy and Training Team",
              "Stepwise, the national charity for dyspraxia. Registered charity. Every disclosure checked. Page")

para(doc, "STEPWISE", bold=True, size=20, align="center")
para(doc, "Activity Analysis: the Stepwise Award in SEN Coordination", style="Title")
para(doc, "Prepared by the Stepwise Therapy and Training Team with Tennford Metropolitan University, "
          "School of Education and Childhood. Submitted to the TDA for approval to offer the National "
          "Award for SEN Coordination, November 2008.", italic=True)

text_box(doc, [
    ("A note for the panel", True),
    ("Our occupational therapists analyse everyday activities (getting dressed, writing a sentence, "
     "crossing a playground) by breaking each one into its context, its steps, what it asks of the "
     "person, and how it can be made easier or harder. We have analysed our SENCO Award in the same way, "
     "because it is how our team thinks. Each part of the course is an Activity (AA1 to AA8). The three "
     "marked pieces are the Checked Activities (CA1 to CA3). Part 4 describes the environment the "
     "activities happen in. Part 5 shows where each national outcome is practised and where it is checked.", False),
], height_pt=130)

# ---------------- Part 1
para(doc, "Part 1. The occupational profile", style="Heading 1")
para(doc, "An activity analysis begins with the person and what they need to do. Our participant is a "
          "qualified teacher who has recently become, or is about to become, the special educational needs "
          "coordinator of a mainstream school. Most are in primary schools; about a third are in secondary "
          "schools; a few work in special schools or pupil referral units.")
para(doc, "We know what these teachers need because they tell us. In the spring of 2008 we asked every SENCO who "
          "had called the Stepwise helpline in the previous two years, or who had attended our annual "
          "conference, to complete a short questionnaire; 212 replied. We also held two focus groups with "
          "headteachers, and met the SEN teams of Tennford City Council and Marwick County Council, the two "
          "authorities in which most of our first participants will work. We read our own helpline records: "
          "in 2007-08 the schools line took 1,430 calls from teachers, and 61 per cent of them were about a "
          "pupil whose difficulties had not been identified until Year 5 or later.")
para(doc, "What they told us, and what we did about it:")
table(doc, [
    ["What we heard", "What we changed in the Award"],
    ["SENCOs wanted the law and the Code of Practice taught through real cases, not lectures (148 of 212).",
     "AA2 Foundations is taught through six case files drawn, with consent, from helpline calls."],
    ["Headteachers said new SENCOs struggle to lead other staff, especially older colleagues.",
     "We added AA6, Staff Briefing and Coaching, and made leading colleagues part of CA2."],
    ["Both councils said SENCOs rarely used the outside services that already exist.",
     "The Change Project (AA7) must now involve at least one outside service or voluntary organisation."],
    ["Rural SENCOs in Marwick could not travel to Tennford for every day.",
     "Four of the ten study days can be taken as Stepwise Online units instead (AA3)."],
    ["Many teachers said they could not spot motor and coordination difficulties.",
     "A whole day on how children develop, including movement, is now part of AA2."],
])
para(doc, "")

# ---------------- Part 2
para(doc, "Part 2. The occupation as a whole: the Award at a glance", style="Heading 1")
t = doc.add_table(rows=9, cols=3)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(a, "Stepwise Award in SEN Coordination (the National Award for SEN Coordination)", bold=True, fill="BDD7EE")
rows = [
    ("Awarding body", "Tennford Metropolitan University validates the Award and awards it as a Postgraduate "
                      "Certificate in SEN Coordination. Validation event held 14 October 2008; approved subject to TDA approval."),
    ("Credit", "60 credits at Level 7 (masters level): three modules of 20 credits, each ending in one Checked Activity."),
    ("Starts", "September and January each year. A January starter joins the September group for the second and third modules and "
               "takes the first module with the next September group."),
    ("Order", "Modules 2 and 3 can be taken in either order."),
    ("Modes", "Ten study days in Tennford, or six study days plus four Stepwise Online units; school-based activities throughout."),
    ("Length", "Normally one year part time; up to two years with the programme leader's agreement."),
    ("Fee", "GBP 1,650 for the year, of which Tennford City Council and Marwick County Council pay GBP 900 for teachers in their schools. "
            "Stepwise bursaries of GBP 400 for twelve participants from schools with no council funding."),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(t.cell(i, 0), k, bold=True, fill="F2F2F2")
    m = t.cell(i, 1).merge(t.cell(i, 2))
    cell_text(m, v)
cell_text(t.cell(8, 0), "Aim", bold=True, fill="F2F2F2")
m = t.cell(8, 1).merge(t.cell(8, 2))
cell_text(m, "The aim of the Award is to raise the attainment of pupils whose special educational needs or disabilities hold "
             "back their learning, by giving their SENCO the knowledge and skills to lead provision for them.")
para(doc, "")

# ---------------- Part 3
para(doc, "Part 3. The activities", style="Heading 1")
para(doc, "Each analysis below follows the same rows. 'Grading' is how the tutor makes the activity easier or "
          "harder for a participant; 'Adapting' is how we change the activity so that a disabled participant can "
          "do it.")

ROWLABELS = ["Where, when, with whom", "Sequence", "Demands", "Grading", "Adapting", "What it shows and how it is checked"]


def activity(code, title, cells, after=None):
    t = doc.add_table(rows=len(cells) + 1, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"{code}  {title}", bold=True, fill="C6E0B4")
    for i, (lab, txt) in enumerate(cells, start=1):
        cell_text(t.cell(i, 0), lab, bold=True, fill="EDEDED")
        cell_text(t.cell(i, 1), txt)
    para(doc, "")
    return t


activity("AA1", "Getting ready", [
    ("Where, when, with whom", "At home and in school, from the spring before the course; with the applicant's headteacher and our admissions tutor."),
    ("Sequence", "1. The applicant completes the application form and the headteacher completes the nomination page, confirming that the "
                 "applicant holds qualified teacher status and is, or will be by September, the school's SENCO or a designated SENCO in training.\n"
                 "2. The admissions tutor reads the form and holds a 30-minute telephone conversation using our entry questions, which ask the "
                 "applicant to describe a pupil they have taught with SEN and what they did.\n"
                 "3. Applicants who do not yet show enough knowledge of SEN to reach the outcomes in a year are told in writing what to do first "
                 "(usually our one-day Introduction to SEN and a term shadowing the current SENCO), and the admissions tutor telephones the "
                 "headteacher to agree it. They may apply again for the January start.\n"
                 "4. Accepted participants complete the Starting Profile: a self-rating, from 1 to 4, against each of the national outcomes, "
                 "with a short example for each rating of 3 or 4."),
    ("Demands", "Reading and completing forms; honest self-rating; some applicants find the Starting Profile long."),
    ("Grading", "The tutor reads the Starting Profile before the first study day and uses it to decide how much support to give in "
                "each activity, for example extra tutorials before CA1 for a participant who rated the law at 1. We do not write "
                "individual training plans, and every participant works towards the same outcomes."),
    ("Adapting", "The forms are available in large print and as Word files; applicants may give their answers by telephone. The form asks every applicant whether they have a disability or a condition such as dyspraxia or dyslexia, explains why we ask, and the admissions tutor agrees the reasonable adjustments each disabled participant needs, in writing, before the first study day."),
    ("What it shows and how it is checked", "Whether the applicant is ready to benefit. Not marked."),
])

para(doc, "Credit for earlier learning. Participants who have already passed relevant Level 7 study, for example a "
          "masters module in special or inclusive education, may claim up to 20 credits under the University's "
          "Recognition of Prior Learning regulations; the claim is assessed by the programme leader and confirmed by "
          "the University's Credit Panel. Experienced teachers may instead make an experiential (APEL) claim for "
          "Module 1 by portfolio, mapped to the outcomes that Module 1 checks.")
p = para(doc, "Safeguarding. ")
r = runs(p, [("Stepwise checks the enhanced Criminal Records Bureau disclosure of every tutor, Workplace Companion and helpline "
              "volunteer before they start work with us, and renews it every three years. Participants are serving teachers; "
              "their schools hold their disclosures.", "")])
comment(doc, r, "We do ask at interview whether they have a current CRB - shall I add that here? (J.O.)", author="Jenny Okafor", initials="JO")
deleted_paragraph(doc, "Direct Check. In exceptional cases an experienced teacher, for example from a council's learning support service, "
                       "who already meets the outcomes may present for the three Checked Activities without attending the study days, "
                       "for a fee of GBP 750.", author="Martin Hale", date="2008-11-03T09:12:00Z")
p = para(doc, "Participants then start the study days.")
comment(doc, p.runs, "Martin - the University asked us to keep an assessment-only route. Can we put the Direct Check back? (R.B.)",
        author="Ruth Bellamy", initials="RB")

activity("AA2", "Foundations (study days 1 to 4)", [
    ("Where, when, with whom", "Stepwise Learning Centre, Tennford; September and October; the programme leader, a Stepwise occupational "
                               "therapist, a university lecturer and a council SEN officer."),
    ("Sequence", "Day 1: The law and the Code. The SEN Code of Practice (2001), the Education Act 1996 as amended by the SEN and "
                 "Disability Act 2001, and what they mean for the school, the SENCO and the governors; School Action, School Action "
                 "Plus and statutory assessment, worked through a case file.\n"
                 "Day 2: Disability and equality. The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality "
                 "Duty and the school's Disability Equality Scheme and accessibility plan; what reasonable adjustments look like in a "
                 "classroom, a PE lesson and on a school trip.\n"
                 "Day 3: How children develop. Motor, language, cognitive, social and emotional development from birth to sixteen; "
                 "how a developmental difficulty such as dyspraxia, and the physical and social environment of the classroom, change "
                 "a child's path; when a difference becomes a difficulty.\n"
                 "Day 4: Every Child Matters and the common needs. The five Every Child Matters outcomes and the SENCO's part in each; "
                 "Removing Barriers to Achievement (2004); the most common kinds of SEN (behavioural, emotional and social difficulties, "
                 "specific learning difficulties including dyslexia and dyspraxia, speech, language and communication needs, autistic "
                 "spectrum disorders, moderate learning difficulties) and how each affects learning."),
    ("Demands", "Reading statute and guidance; linking law to a real case; recognising needs that look alike."),
    ("Grading", "Participants who rated themselves 3 or 4 on the law lead a case file discussion; those who rated 1 get a pre-reading pack "
                "and a tutorial by telephone before Day 1."),
    ("Adapting", "All handouts sent a week before as Word files; coloured paper on request; rest breaks every 50 minutes; the room set out "
                 "so that nobody has to copy from a board."),
    ("What it shows and how it is checked", "Knowledge of the law, disability equality, development, Every Child Matters and the common "
                                            "needs. Checked in CA1 (see AA4), where the Provision Walk report must explain the school's duties "
                                            "and the needs of the pupils it describes."),
])

activity("AA3", "Stepwise Online", [
    ("Where, when, with whom", "On the Stepwise Online site (Moodle, hosted by the University); at any time between study days; with an "
                               "online tutor."),
    ("Sequence", "Four units can replace Days 5, 6, 8 and 9: Assessment tools and ICT; Planning interventions; Working with other services; "
                 "Research in SEN. Each unit has readings, two short films from our schools, a quiz and a 600-word task. The online tutor "
                 "replies to each task within five working days and holds a weekly telephone surgery on Tuesday evenings. Every unit "
                 "opens with a planner in which the participant sets out when in the next fortnight they will do each part."),
    ("Demands", "Self-organisation; typing; working alone."),
    ("Grading", "Tasks can be shortened to a 300-word plan and a 10-minute recorded talk for participants who find writing slow."),
    ("Adapting", "The site works with screen readers and speech recognition software; films are captioned."),
    ("What it shows and how it is checked", "Online tasks are formative: the tutor gives written feedback, no marks. A discussion forum "
                                            "for online participants will open if enough participants choose the online route."),
])

activity("AA4", "The Provision Walk (Workplace Activity 1; study days 5 and 6)", [
    ("Where, when, with whom", "In the participant's own school, October to December, with their Workplace Companion (an experienced SENCO or "
                               "senior leader in the same school or a nearby one)."),
    ("Sequence", "1. Walk the school with the provision map, or with a blank one if the school has none, and list every intervention, "
                 "who delivers it, for whom and at what cost.\n"
                 "2. Identify, from classroom observation, teacher assessment and the school's data, pupils who may have unidentified "
                 "needs.\n"
                 "3. For three pupils, bring together what other professionals have written (educational psychologist, speech and language "
                 "therapist, occupational therapist, advisory teacher) and turn it into teaching approaches for their class teachers.\n"
                 "4. Set targets with the class teachers for those pupils, plan an intervention and review progress after six weeks.\n"
                 "5. Look at how teaching assistants are deployed, and propose one change to how they are timetabled or managed.\n"
                 "6. Participants who choose may also talk with two pupils about the help they get and what they would change.\n"
                 "7. Participants may use the optional data sheet to look at end-of-key-stage results and optional tests for pupils "
                 "with SEN; this is not part of the report."),
    ("Demands", "Observation; reading reports from several professions; working with data; tact with colleagues."),
    ("Grading", "A participant new to the school may map one key stage only; a confident participant maps the whole school and costs it."),
    ("Adapting", "The report may be submitted as an annotated provision map with a shorter commentary."),
    ("What it shows and how it is checked", "CA1: the Provision Walk report (4,000 words or equivalent), marked by the tutor against the "
                                            "Module 1 criteria; 20 credits. The report must show the map, the gaps and ineffective provision "
                                            "found, the three pupils' targets and review, the use of other professionals' assessments, the "
                                            "proposed change to staff deployment, and the legal duties and development knowledge from AA2 "
                                            "applied to the pupils described. The choice of ICT and other resources for each intervention "
                                            "must be justified critically."),
])

activity("AA5", "The Family Conversation (study day 7)", [
    ("Where, when, with whom", "Study day in Tennford, January; parents from the Stepwise Parents' Panel take part in role plays; then in school."),
    ("Sequence", "1. A morning with parents of children with dyspraxia and other needs about what helped and what did not when they talked "
                 "with schools.\n"
                 "2. Practice conversations with Parents' Panel members: sharing a concern for the first time, agreeing a plan, hearing a "
                 "complaint.\n"
                 "3. In school, the participant leads a review meeting with the parents of one of the three pupils from AA4 and writes a "
                 "reflective account, with the parents' written comment where they agree to give one."),
    ("Demands", "Listening; explaining clearly without jargon; managing strong feelings."),
    ("Grading", "The participant's Companion may co-lead the first meeting."),
    ("Adapting", "Role plays can be done in a small room with one observer."),
    ("What it shows and how it is checked", "Building fair and respectful relationships with pupils and their families, liaising with "
                                            "parents, and clear speech and listening. Checked in CA2 (the Leading Portfolio): the "
                                            "reflective account and the Companion's observation of the meeting."),
])

activity("AA6", "Staff Briefing and Coaching (study day 8)", [
    ("Where, when, with whom", "Study day, February; then in school with the headteacher and colleagues."),
    ("Sequence", "1. A day on leading adults: gaining the backing of the headteacher and senior team, presenting to governors, coaching and "
                 "mentoring, observing a lesson and giving feedback, modelling a strategy in a colleague's classroom.\n"
                 "2. In school: the participant presents a paper to the senior team or governors on one change to the school's SEN policy "
                 "or budget, and reports the decision.\n"
                 "3. The participant leads a twilight session for staff on formative assessment for pupils with SEN (for example, success "
                 "criteria that do not depend on handwriting) and coaches one colleague through three cycles of observation and feedback."),
    ("Demands", "Confidence with senior colleagues; planning adult learning; giving honest feedback."),
    ("Grading", "Participants who have led training before coach two colleagues instead of one."),
    ("Adapting", "Presentations may be recorded in advance."),
    ("What it shows and how it is checked", "Gaining the commitment of colleagues and leaders, influencing strategy and policy, supporting "
                                            "colleagues' development and encouraging formative assessment. Checked in CA2: the senior team or "
                                            "governors' paper with the minute of the decision, the twilight session plan with staff feedback, "
                                            "and the coaching log."),
])

activity("AA7", "The Change Project (study days 9 and 10; spring and summer terms)", [
    ("Where, when, with whom", "In school, March to June; with the Companion, at least one outside service or voluntary organisation, and "
                               "the participant's tutor."),
    ("Sequence", "1. Choose one problem in the school's provision, for example pupils with coordination difficulties missing out on PE and "
                 "trips.\n"
                 "2. Read the research and inspection evidence on it (the reading list includes recent Ofsted reports such as Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008) and the Leeds Consensus Statement on DCD (2006); the tutor helps with searching the University library).\n"
                 "3. Work with an outside service or voluntary organisation (a physiotherapy service, the educational psychology service, "
                 "a Stepwise outreach worker) to plan the change.\n"
                 "4. Carry out the change, deal with what goes wrong, and decide whether to continue it.\n"
                 "5. With the staff involved, review how well the provision worked, and write a paragraph for the school's self-evaluation "
                 "form. Study day 9 includes a session on how schools evaluate themselves and plan improvement, using the SEF."),
    ("Demands", "Planning over months; judging evidence; working with people outside the school."),
    ("Grading", "The tutor agrees the size of the project with each participant in a tutorial in March."),
    ("Adapting", "Extra tutorials for participants with a disability that affects planning or organisation."),
    ("What it shows and how it is checked", "CA3: the Change Project report (5,000 words) and a 20-minute professional conversation with "
                                            "two tutors; 20 credits. Marked for the research used, the decisions taken and why, the "
                                            "solution of problems along the way, the part played by the outside service, and the change "
                                            "made to practice. The staff review and the SEF paragraph are practised but not marked."),
])

activity("AA8", "The Reflective Review", [
    ("Where, when, with whom", "Written in June, discussed in the CA3 professional conversation."),
    ("Sequence", "The participant writes 1,000 words looking back over the year: what they have learned, how they keep up to date with "
                 "SEN and disability (journals, networks, courses), and next steps for the three pupils from AA4."),
    ("Demands", "Honest self-assessment."),
    ("Grading", "None."),
    ("Adapting", "May be recorded as a spoken account."),
    ("What it shows and how it is checked", "Part of CA3. Keeping up to date is not taught as such; it is checked in the Reflective Review."),
])
para(doc, "After the Award. Credits from the Award count towards the University's MA in Education (Inclusion), and "
          "participants receive the MA leaflet with their results.")

# ---------------- Part 4
para(doc, "Part 4. The environment", style="Heading 1")
para(doc, "An activity analysis always looks at the environment the activity happens in: the people, the places, "
          "the objects and the rules. Here is ours.")
para(doc, "People", style="Heading 2")
table(doc, [
    ["Who", "Role on the Award", "Background"],
    ["Dr Alison Reeve", "Programme leader; tutor for AA2 and AA7",
     "Occupational therapist and former SENCO; PhD on motor coordination in primary classrooms (2004); leads Stepwise's schools "
     "training; sits on a national working group on DCD."],
    ["Jenny Okafor", "Admissions tutor; tutor for AA4 and AA5",
     "SENCO in two Tennford primary schools for nine years; MA in Special and Inclusive Education; still teaches two days a week."],
    ["Martin Hale", "Senior Lecturer, Tennford Metropolitan University; University link tutor",
     "Former secondary SENCO and local authority adviser; teaches the University's MA in Education (Inclusion)."],
    ["Priya Raman", "Online tutor (AA3)", "Specialist teacher for specific learning difficulties; holds an approved Level 7 qualification in SpLD."],
    ["Council SEN officers", "Guest tutors on Day 1", "Tennford City Council and Marwick County Council SEN casework managers."],
])
para(doc, "Every tutor attends Stepwise's annual Tutor Day in July, which covers changes in law and guidance, the "
          "marking criteria and a marking exercise, and receives the Tutor Handbook, which sets out each tutor's "
          "duties. Workplace Companions are nominated by the headteacher. A guide for Workplace Companions is being "
          "written, and we expect Companions to meet the participant twice a term and to observe the AA5 meeting.")
para(doc, "Specialist expertise and places", style="Heading 2")
para(doc, "Participants have access to Stepwise's occupational therapists and physiotherapists, to the University's "
          "educational psychology and speech and language therapy lecturers, and to the council officers above. "
          "We do not arrange placements; the workplace activities take place in the participant's own school.")
para(doc, "Objects and tools", style="Heading 2")
para(doc, "Stepwise's resource library (assessment materials, handwriting and motor programmes, books and journals) "
          "is open to participants and posts items on request. Each participant may borrow an assistive technology "
          "box for a half term (a laptop with speech recognition, mind-mapping and text-to-speech software, a "
          "portable writing slope and pencil grips). The University gives every participant a library card, "
          "electronic journal access and a Stepwise Online account.")
para(doc, "Checking the checking", style="Heading 2")
p = para(doc, "Every Checked Activity is marked against published criteria. A second tutor blind-marks a sample of 25 per cent "
              "and every script below 50; the two tutors agree a mark or refer to the programme leader. A moderation meeting "
              "of all tutors is held after each Checked Activity. The University's module board confirms the marks. ")
ins_run(p, "The external examiner, appointed by the University, samples each Checked Activity and reports to the module board.",
        author="Martin Hale", date="2008-11-04T14:30:00Z")
para(doc, "How we evaluate the Award", style="Heading 2")
para(doc, "Inside Stepwise, every study day ends with a short evaluation form, each module ends with a fuller "
          "questionnaire, and the tutor team meets each term to review them. Outside Stepwise, the external "
          "examiner reports each year, and the Award goes through the University's annual monitoring, which "
          "compares it with the University's other postgraduate courses. The programme leader writes an annual "
          "action plan from all of this for the University's course committee; the first plan will be written in "
          "July 2009.")
para(doc, "To see whether participants have become more competent and confident, each participant completes an End "
          "Profile in June against the same outcomes as the Starting Profile, and we compare the two ratings across "
          "the group. We would like, in time, to know whether the pupils our participants work with do better as a "
          "result.")
para(doc, "Participants evaluate every day and every module, as above. We hope that headteachers and the two "
          "councils will join in evaluating the Award in future years.")

# ---------------- Part 5
para(doc, "Part 5. Performance components", style="Heading 1")
para(doc, "An OT names the performance components an activity needs. For our Award these are the national "
          "outcomes, which we have put into our own words in three groups: Being (the attributes), Knowing, and "
          "Doing. 'Practised only' means the component is developed in an activity but not marked.")

comp = [
    ("BEING", None, None),
    ("B1 Builds fair, respectful and supportive relationships with pupils and families", "AA5", "CA2 (reflective account, observation)"),
    ("B2 Wins the commitment of colleagues, the head and senior leaders", "AA6", "CA2 (senior team paper and minute)"),
    ("B3 Plans their time, prioritises and delegates", "AA3 (planner), AA7", "Practised only: not checked"),
    ("B4 Anticipates and solves problems; makes sound decisions about provision", "AA7", "CA3 (report and conversation)"),
    ("B5 Speaks and writes clearly; listens to others' views", "AA5, AA6", "CA2 (meeting observation), CA3 (conversation)"),
    ("B6 Uses research and outside advice to improve own and colleagues' practice", "AA7, AA3", "CA3 (research used)"),
    ("B7 Keeps up to date and owns their professional development", "(not taught as such)", "CA3 (Reflective Review)"),
    ("KNOWING", None, None),
    ("K1 The law and the SEN Code of Practice, and putting them into practice", "AA2 Day 1", "CA1 (legal duties applied)"),
    ("K2 Every Child Matters and the SENCO's part in it", "AA2 Day 4", "CA1 (needs of pupils described)"),
    ("K3 Disability equality law and what it requires of schools", "AA2 Day 2", "CA1 (legal duties applied)"),
    ("K4 How children develop, and what changes that path", "AA2 Day 3", "CA1 (development knowledge applied)"),
    ("K5 The common kinds of SEN and how they affect learning", "AA2 Day 4", "CA1"),
    ("K6 Approaches, strategies and resources, including ICT, known critically", "AA3, AA4", "CA1 (choice of resources justified)"),
    ("K7 School self-evaluation and improvement", "AA7 (Day 9)", "Practised only: not checked"),
    ("K8 Best practice and research in meeting SEN", "AA7, AA3", "CA3"),
    ("K9 Outside agencies and getting specialist help", "AA3, AA7", "CA3 (part played by the outside service)"),
    ("DOING", None, None),
    ("D1 Influences strategy, policy and resources with senior colleagues and governors", "AA6", "CA2 (senior team or governors' paper)"),
    ("D2 Identifies pupils, sets targets, plans interventions, reviews progress", "AA4", "CA1"),
    ("D2a Turns other professionals' assessments into teaching approaches", "AA4", "CA1"),
    ("D2b Uses summative results and national tests to track progress", "AA4 (optional data sheet)", "Practised only: not checked"),
    ("D2c Encourages colleagues' formative assessment", "AA6", "CA2 (twilight session)"),
    ("D3 Maps provision; finds what is missing or not working", "AA4", "CA1"),
    ("D4 Deploys and manages staff", "AA4", "CA1 (proposed change to deployment)"),
    ("D5 Develops colleagues: observation, feedback, modelling, coaching, training", "AA6", "CA2 (coaching log)"),
    ("D6 Reviews provision with staff to inform self-evaluation", "AA7", "Practised only: not checked"),
    ("D7 Involves pupils in planning and reviewing their provision", "AA4 (optional)", "Not checked"),
    ("D8 Liaises with parents and carers", "AA5", "CA2"),
    ("D9 Works with other services and voluntary organisations", "AA7", "CA3"),
]
t = doc.add_table(rows=len(comp) + 1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Component", "Practised in", "Checked by"]):
    cell_text(t.cell(0, j), h, bold=True, fill="BFBFBF")
for i, (a1, b1, c1) in enumerate(comp, start=1):
    if b1 is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, a1, bold=True, fill="E2EFDA")
    else:
        cell_text(t.cell(i, 0), a1)
        cell_text(t.cell(i, 1), b1)
        cell_text(t.cell(i, 2), c1)
para(doc, "")
para(doc, "Special arrangements for pupils in national tests and examinations fall outside this Award; schools' "
          "examinations officers deal with them.")

# ---------------- Part 6
para(doc, "Part 6. The finished activity: the Award", style="Heading 1")
para(doc, "The three Checked Activities are each marked out of 100, with 50 as the pass mark. To be awarded the "
          "Postgraduate Certificate a participant must reach an average of 50 across CA1, CA2 and CA3. A mark of "
          "40 to 49 in one Checked Activity may be carried by the other two if the average is 50 or more; a mark "
          "below 40 in any Checked Activity must be resubmitted once.")
para(doc, "Participants who pass receive the University's Postgraduate Certificate in SEN Coordination and the "
          "National Award certificate. Their headteacher receives a copy of the Outcome Record.")
para(doc, "Dr Alison Reeve, Programme Leader, for Stepwise and Tennford Metropolitan University", italic=True)

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
