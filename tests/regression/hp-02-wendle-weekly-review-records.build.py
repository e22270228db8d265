"""hp-02-wendle-weekly-review-records: builds hp-02-wendle-weekly-review-records.docx next to this script.

Provider (invented): Wendle Valley SCITT, a school-centred initial teacher
training consortium of eight schools (six primary, two secondary; lead school
Holmbrook Primary), with the University of Carrock validating, applying for
the 2008-09 National Award for SEN Coordination.

Document kind and layout: the SCITT's "Specimen Weekly Review Records", the
booklet it uses at mentor training, sent whole as the application under a
covering letter (letterhead typed with line breaks). Part 1 is guidance to
Professional Mentors with grey "[Prompt: ...]" lines left in; Part 2 is six
completed specimen records for an invented participant, each a form table
(merged shaded title row, field rows, numbered boxes 1-5) in the mentor's
voice; Part 3 "The programme behind the records" for the panel, in
hand-numbered paragraphs 3.1-3.16 whose numbers clash with requirement ids
(para 3.3 is about the Training Days, not e-learning; para 3.1 is validation,
not equality); a Training Day table with a tracked-deleted row (TD5); Part 4
"The Wheel", an outcome record in the SCITT's own codes (R1-R7, U1-U8,
L1-L13) with merged shaded group rows, "Developed through" and "Signed off at"
columns. Tracked changes, Word comments, one footnote, header and footer.

Traps (requirement ids):
- E.2: "Level 6 (graduate certificate) or Level 7 (Masters)" at the
  participant's choice -> partially_met.
- 1.3: only reading lists "refreshed each year"; no inspection evidence or
  developments -> partially_met.
- 1.7 / 6.S8: TD5 on families is a tracked-deleted table row; the mentor's
  suggestion in Record 3 that the participant invite a parent is her own
  school practice; the Wheel's L12 "Developed through" is a placeholder but it
  is signed off at FR -> 1.7 not_met, 6.S8 partially_met (assessed, not
  covered).
- 2.1: prior learning shapes the ITP, but "The University does not accredit
  earlier study or experience towards this Award" -> partially_met.
- 2.3: assessment only "being discussed with the University" for 2010 ->
  not_met.
- 3.1: only "reasonable adjustments for participants who ask for them" ->
  partially_met.
- 3.3: two Training Days may be studied online on Carrock Online with the
  Link Tutor answering email; nothing on peer support, support between
  face-to-face sessions or ICT for communication -> partially_met.
- 4.1: "Our eight schools told us what their SENCOs need" with no evidence
  gathered -> partially_met; 4.2 met (two named changes after heads' meetings).
- 5.5: speakers bring expertise, but visits to other settings only
  "encouraged where release allows" -> partially_met.
- 6.0: the award rule signs off "every code on the Wheel", but the Wheel has
  no code for Every Child Matters, excludes L8 and has placeholders ->
  partially_met.
- 6.K2: no code and no content on Every Child Matters anywhere -> not_met
  (1.1 is met through the aims and the Focus Pupil Case Study's well-being
  measures).
- 6.S4: L8 "Not part of the Award" (TAs managed by the head or business
  manager) -> not_met.
- 6.A4, 6.K7, 6.S2b: "Developed through" a dash but signed off -> assessed not
  covered -> partially_met.
- 6.K3: the row and TD1 cover only "who counts as disabled" under the DDA, not
  the actions the law requires -> partially_met.
- 6.K9: developed at TD4 but "Signed off at" is a placeholder ->
  partially_met. 6.S9: both cells placeholders, TD4 touches services ->
  partially_met.
- Part 1's grey prompts ("[Prompt: ...]") and the mentor's remarks in the
  specimen records are not arrangements.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hp_helpers import *  # noqa

OUT = Path(__file__).resolve().with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 10.5)
header_footer(d, "Wendle Valley SCITT - Specimen Weekly Review Records - Mentor Training Edition 2008-09",
              "Wendle Valley SCITT, Holmbrook Primary School, Mill Lane, Wendlebridge. Not for circulation to participants.")

# covering letter
let = d.add_paragraph()
add_runs(let, "Wendle Valley SCITT", bold=True, size=13)
let.add_run().add_break()
add_runs(let, "Holmbrook Primary School (lead school)")
let.add_run().add_break()
add_runs(let, "Mill Lane, Wendlebridge WB4 2HL")
let.add_run().add_break()
add_runs(let, "Telephone 01632 960 418")
p(d, "3 December 2008")
p(d, "SENCO Award Approvals, Training and Development Agency for Schools")
p(d, "Dear colleagues,")
p(d, "National Award for SEN Coordination: application from Wendle Valley SCITT", bold=True)
p(d, "Wendle Valley SCITT is a partnership of eight schools (six primary and two secondary) that has trained new "
     "teachers since 2002. We have never found a better way of showing how we train than the records our mentors "
     "keep, so we enclose, as our application, the booklet of Specimen Weekly Review Records we use at mentor "
     "training, rewritten for the SENCO Award. Parts 1 and 2 are as mentors receive them. Part 3 sets out the "
     "programme behind the records and Part 4 is our outcome record, which we call the Wheel.")
p(d, "The participant in the specimen records is invented, but every arrangement she meets is one we run.")
p(d, "Yours sincerely,")
p(d, "Marion Thackeray, SCITT Director")

# Part 1
p(d, "")
p(d, "PART 1: HOW TO COMPLETE THE WEEKLY REVIEW RECORD", bold=True, size=12)
p(d, "The Weekly Review is the heart of the Award in school. Each participant meets the Professional Mentor for "
     "forty minutes every week of term, except Training Day weeks. The participant brings evidence; the mentor "
     "writes the record; both sign it, and a copy goes into the participant's Evidence Portfolio.")
for lab, prompt in [("Box 1 Since last review", "[Prompt: What has the participant done towards last week's targets? Record what you saw, not what you were told.]"),
                    ("Box 2 Focus today", "[Prompt: Which part of the Individual Training Plan does today's review address?]"),
                    ("Box 3 Evidence seen", "[Prompt: List documents, observations or data looked at. Could this evidence support a Wheel code at the Final Review?]"),
                    ("Box 4 Wheel codes", "[Prompt: Which codes did today's work touch? Touching a code is not signing it off.]"),
                    ("Box 5 Targets", "[Prompt: No more than three targets, each small enough to do before next week. Have you considered involving pupils and parents?]")]:
    p(d, f"**{lab}.**", space_after=0)
    p(d, prompt, italic=True, color="808080", size=9)
p(d, "**What a good record looks like.** Records are short, factual and dated. They say what was seen, not what "
     "was felt. Every target can be checked at the next review. Mentors writing their first records often make "
     "the same mistakes:")
bullets(d, ["recording what the participant intends rather than what has been done;",
            "writing targets that are really aims (\"improve provision for dyslexia\");",
            "ticking Wheel codes because a topic came up, when no evidence was seen;",
            "forgetting to sign, or to send the copy for the Evidence Portfolio;",
            "letting the review become a general catch-up about the school week."], mark="-")
p(d, "The specimen records in Part 2 were written by our mentor trainers for an invented participant. "
     "Use them at mentor training to compare with your own, and notice how the targets in one record become the "
     "first box of the next.")
p(d, "Mentors should note that only the Final Review panel, the Focus Pupil Case Study and the Enquiry Report sign "
     "codes off. The Weekly Review helps the participant get there.")

# Part 2 specimen records
p(d, "")
p(d, "PART 2: SPECIMEN RECORDS", bold=True, size=12)
p(d, "Participant: Ms Aisha Rahman, SENCO (first year), Netherby Primary (Base School). Professional Mentor: Mr "
     "Dan Feeney, deputy headteacher. Link Tutor: Mrs Rosalind Igwe.", italic=True)

records = [
    ("1", "15 September 2008",
     "Aisha has completed the Starting Profile. Her Link Tutor meeting on 10 September agreed her Individual "
     "Training Plan, with five priority codes (L7, L10, U6, R3, L11).",
     "Getting started: what the ITP means week by week.",
     "Starting Profile (self-rating and evidence for each code); ITP; Netherby's SEN register and current IEPs.",
     "R3, R7",
     "1. Read the SEN policy and list what is out of date.\n2. Book Training Day 1.\n3. Start the Evidence Portfolio index."),
    ("2", "29 September 2008",
     "Policy annotated: eleven points out of date. Training Day 1 attended; Aisha is now clear about the "
     "graduated response and statutory assessment.",
     "The SEN policy and the Code of Practice.",
     "Annotated policy; TD1 notes; Aisha's draft note to the headteacher on changes needed.",
     "U1, R5",
     "1. Meet the headteacher about the policy changes.\n2. Choose a focus pupil for the Case Study with the Link Tutor."),
    ("3", "13 October 2008",
     "Focus pupil chosen (Year 4 boy with speech and language needs). Baseline taken: reading age, the "
     "speech and language therapist's report and the well-being scale the SCITT provides.",
     "Planning the Focus Pupil Case Study.",
     "Baseline record; therapist's report; Pupil Conversation notes from TD3.",
     "L3, L11, U4",
     "1. Plan the intervention with the class teacher.\n2. Aisha plans to invite the pupil's mother to the next "
     "IEP review; you might also like to ask the County's parent partnership officer for advice.\n"
     "3. Repeat the Pupil Conversation with the pupil in three weeks."),
    ("4", "3 November 2008",
     "Aisha studied TD6 online on Carrock Online in half-term week. She emailed the Link Tutor twice with "
     "questions and had replies within two days.",
     "Assessment, targets and interventions.",
     "Carrock Online unit notes; three revised IEPs with sharper targets.",
     "L2, L5, U5",
     "1. Lead the staff meeting on formative assessment on 19 November.\n2. Ask me to observe two TAs' "
     "interventions with you."),
    ("5", "24 November 2008",
     "Staff meeting led; I observed it (notes attached). Good use of examples from Year 2.",
     "Supporting colleagues.",
     "My observation notes; staff evaluations of the meeting; Aisha's coaching log with one NQT.",
     "L9, R2",
     "1. Write up the staff meeting for the Evidence Portfolio.\n2. Draft the provision map for Key Stage 2."),
    ("6", "8 December 2008",
     "Draft provision map complete for Key Stage 2. Two interventions have no evidence of impact. Aisha "
     "would like to be assessed at Level 6 rather than Level 7 and will discuss this with Mrs Igwe.",
     "Provision mapping: what works and what is missing.",
     "Provision map; intervention records; costings.",
     "L7, L10",
     "1. Take the provision map to the senior leadership team in January.\n2. Update the ITP at the mid-point review."),
    ("7", "19 January 2009",
     "Mid-point review with Mrs Igwe held on 14 January: the ITP now drops U6 as a priority (Aisha's Starting "
     "Profile evidence was confirmed by her work on the Key Stage 2 map) and adds L1 and R2. Provision map "
     "presented to the senior leadership team; the headteacher agreed to stop one intervention and move the "
     "teaching assistant time to a speech and language group.",
     "The ITP after the mid-point review; preparing the Enquiry Report.",
     "Revised ITP; senior leadership team minutes; Aisha's draft enquiry question and a note of the data she will use.",
     "L1, R2, L7",
     "1. Agree the enquiry question with Mrs Igwe by 2 February.\n2. Draft a paper for the governors' curriculum "
     "committee on the revised SEN policy.\n3. Re-measure the focus pupil in week twelve (2 February)."),
]
for no, date, since, focus, evidence, codes, targets in records:
    p(d, "")
    t = table(d, [["", "", "", ""],
                  ["Review no.", no, "Date", date],
                  ["1. Since last review", since, None, None],
                  ["2. Focus today", focus, None, None],
                  ["3. Evidence seen", evidence, None, None],
                  ["4. Wheel codes touched", codes, None, None],
                  ["5. Targets until next review", targets, None, None],
                  ["Signed (participant)", "A. Rahman", "Signed (mentor)", "D. Feeney"]],
              header=False, widths=[4.0, 5.5, 3.0, 4.2])
    merge_row(t, 0, f"WENDLE VALLEY SCITT - WEEKLY REVIEW RECORD {no}", fill="C9DAF8")
    for r in range(2, 7):
        c = t.cell(r, 1).merge(t.cell(r, 3))
        shade(t.cell(r, 0), "F2F2F2")
        t.cell(r, 0).paragraphs[0].runs[0].bold = True
    if no == "3":
        comment(d, t.cell(6, 1).paragraphs[0].runs[0],
                "Use this one at training to talk about parents - we no longer have a day on it. MT",
                author="Marion Thackeray", initials="MT")

# Part 3
p(d, "")
p(d, "PART 3: THE PROGRAMME BEHIND THE RECORDS (for the approval panel)", bold=True, size=12)
paras = [
    ("3.1 The Award and its validation.", "The Award is validated by the University of Carrock and carries 60 "
     "credits. Participants choose at registration whether to be assessed at Level 6 (graduate certificate) or "
     "Level 7 (Masters); the tasks are the same and the marking criteria differ."),
    ("3.2 Who it is for and how we select.", "Applicants must hold QTS, be in post as SENCO or be named by their "
     "headteacher as the SENCO from the following term, and have the headteacher's signed agreement to release "
     "and to provide a Professional Mentor. The SCITT Director and a Link Tutor interview every applicant, using "
     "the Starting Profile questions to judge whether the applicant can reach every code in a year. Applicants "
     "who are not ready are told in writing what to do first, and the Director agrees a plan with their head. "
     "Some experienced SENCOs have asked to be assessed without the Training Days; we are discussing with the "
     "University whether an assessment-only route could be offered from 2010."),
    ("3.3 Training Days.", "There are seven Training Days (see the table below), held in consortium schools in "
     "September, October, November, January, February, March and May. Every day includes time in the host "
     "school's classrooms with its SENCO, and every day ends with a school-based task for the Weekly Review. "
     "Each Training Day has a reading list, refreshed each year by the Link Tutors."),
    ("3.4 Starting Profile and Individual Training Plan.", "Before Training Day 1 every participant completes the "
     "Starting Profile, rating themselves against every code on the Wheel with evidence, and the mentor comments. "
     "The Link Tutor then agrees an Individual Training Plan with the participant, naming priority codes, the "
     "Training Days and tasks that will address them and the codes that need least work. The ITP is reviewed at "
     "the mid-point review with the Link Tutor in January. Earlier study and experience are recorded in the "
     "Starting Profile and shape the ITP. The University does not accredit earlier study or experience towards "
     "this Award."),
    ("3.5 Flexibility.", "Participants may start in September or January. Training Days 2 and 6 may be studied "
     "online instead, on Carrock Online, the University's learning platform, where each has a unit of readings, "
     "video and tasks; the Link Tutor answers participants' questions by email within two working days. "
     "Participants who miss a Training Day attend it with the next group."),
    ("3.6 Equality.", "The SCITT makes reasonable adjustments for participants who ask for them."),
    ("3.7 Checks.", "Before Training Day 1 the SCITT Administrator checks, with each participant's employing "
     "school, the number and date of the participant's enhanced CRB disclosure against the school's single "
     "central record, and asks the head to confirm that there are no concerns about the participant's conduct. A "
     "participant who has not worked in a school in a post involving regular contact with children in the past "
     "three months must obtain a new enhanced disclosure through the SCITT before starting."),
    ("3.8 Assessment.", "There are three assessments. The Focus Pupil Case Study (CS, 4,000 words) follows one "
     "pupil for twelve weeks: the participant takes baseline measures of the pupil's attainment and well-being, "
     "involves the pupil through the Pupil Conversation, uses other professionals' assessments, plans and leads "
     "an intervention and measures the pupil again. The Enquiry Report (ER, 6,000 words) is a whole-school "
     "enquiry into one area of provision. The Final Review (FR) is a forty-five minute professional discussion "
     "on the Evidence Portfolio with the Link Tutor and a headteacher from another consortium school, at which "
     "the panel signs off codes on the Wheel."),
    ("3.9 The Award decision.", "A participant is recommended to the University for the Award only when the Final "
     "Review panel has confirmed that every code on the Wheel has been signed off at CS, ER or FR, and both "
     "written assessments have passed."),
    ("3.10 Marking and moderation.", "CS and ER are marked by the Link Tutor and second-marked by another Link "
     "Tutor. The University's programme leader moderates a sample from each cohort; an external examiner "
     "appointed by the University reviews a sample and reports to the Board of Examiners. Final Review panels "
     "meet for standardisation each spring using recorded specimen reviews."),
    ("3.11 Staff.", "The SCITT Director was a SENCO for nine years and an LA SEN adviser for four; the three Link "
     "Tutors are serving SENCOs with Masters degrees in SEN and at least five years in post; the University's "
     "programme leader, Dr Amir Qureshi, teaches the MA in Special Educational Needs. Each tutor attends the "
     "University's annual SEN update conference and keeps a professional development record."),
    ("3.12 Expertise and visits.", "Educational psychologists, a speech and language therapist, the County's "
     "sensory support team and a local autism charity each teach on Training Days. Visits to other settings are "
     "encouraged where release allows."),
    ("3.13 Resources.", "Participants have the University library, Carrock Online and the SCITT's resource room at "
     "Holmbrook, which holds assessment materials, intervention programmes and an assistive technology loan kit "
     "(text-to-speech software, laptops with symbol software, portable word processors, a visualiser) that "
     "participants borrow for their Case Study."),
    ("3.14 Mentors and tutors.", "Every Professional Mentor signs the Mentor Agreement and attends a day's mentor "
     "training, using this booklet, before the participant starts, and a refresher each year. The Mentor "
     "Agreement and the Link Tutor handbook set out who does what. Link Tutors visit each Base School once a term "
     "and sample the Weekly Review Records."),
    ("3.15 Stakeholders.", "Our eight schools told us what their SENCOs need. The design was then discussed with "
     "the eight headteachers at two meetings in 2008, after which Training Day 8 (provision mapping) was added "
     "and the Final Review panel was changed to include a headteacher from another school. The Award Review "
     "Group, which meets each term, includes two headteachers, the County's Principal Educational Psychologist, "
     "a parent from the Parent Partnership Service's forum and a participant representative; it receives the "
     "evaluation evidence and agrees changes to the programme."),
    ("3.16 Evaluation.", "The Award aims to raise the achievement and well-being of pupils with SEN and "
     "disabilities by improving the SENCO's leadership. We evaluate it through participants' evaluations of each "
     "Training Day; a confidence questionnaire against the Wheel at the start and the end; the Focus Pupil Case "
     "Study measures, which show each pupil's progress in attainment and well-being from the baseline; a "
     "survey of headteachers a term after completion; Link Tutors' sampling of Weekly Review Records; the "
     "external examiner's report; and the University's annual monitoring. The Review Group considers all of it "
     "each term, and the changes it agrees are written into the next year's handbook. At the Final Review each "
     "participant completes a Next Steps Plan, on the SCITT's template, setting targets for the following year, "
     "which the participant takes to their performance management review."),
]
for i, (head, body) in enumerate(paras):
    par = p(d, f"**{head}** {body}")
    if head.startswith("3.5"):
        comment(d, par.runs[-1], "Can we say anything about forums? Carrock haven't switched them on for us. RI",
                author="Rosalind Igwe", initials="RI")
    if head.startswith("3.10"):
        footnote(d, par, "The external examiner for 2009-11 is Professor Helen Marsh, University of Ashwell.")
    if head.startswith("3.15"):
        ins(par, " Its minutes are sent to all eight governing bodies.", author="Marion Thackeray")
    if head.startswith("3.3"):
        # table of Training Days
        t = table(d, [["Day", "Title", "Content"],
                      ["TD1", "The SENCO and the law", "The SEN Code of Practice (2001) and the SEN and Disability Act "
                       "2001: the graduated response, statutory assessment, statements and annual reviews, and what "
                       "they mean for the school; who counts as disabled under the Disability Discrimination Act."],
                      ["TD2", "How children grow and learn", "How children develop and how SEN, disability and the "
                       "physical and social environment affect development; the most common types of need: "
                       "behavioural, emotional and social difficulties, dyslexia and other specific learning "
                       "difficulties, speech, language and communication needs, autism and moderate learning "
                       "difficulties. (May be studied online.)"],
                      ["TD3", "Hearing the pupil", "The Pupil Conversation: consulting pupils about their learning "
                       "and provision; person-centred reviews; involving pupils in setting and reviewing targets."],
                      ["TD4", "Who else can help?", "What educational psychologists, speech and language therapists, "
                       "CAMHS, sensory support and voluntary organisations do; how to refer; using their reports to "
                       "plan teaching."],
                      ["TD6", "Assessment, targets and interventions", "Identifying pupils; setting challenging "
                       "targets; planning, recording and reviewing interventions; approaches and resources, "
                       "including ICT, judged critically; helping colleagues use formative assessment with pupils "
                       "with SEN; identifying early the pupils who need access arrangements for national tests and "
                       "GCSE and arranging them with colleagues. (May be studied online.)"],
                      ["TD7", "Leading colleagues", "Gaining the commitment of the headteacher, senior leaders and "
                       "staff; working with governors on inclusive policy and priorities; observing, coaching and "
                       "giving feedback; planning and leading staff training; working with colleagues in other "
                       "schools through the consortium SENCO cluster."],
                      ["TD8", "Provision mapping and review", "Provision maps and costing; finding ineffective or "
                       "missing provision; reviewing provision with staff and feeding the findings into the school "
                       "improvement plan; what research says works."]],
                  widths=[1.2, 3.8, 11.8])
        deleted_row(t, ["TD5", "Families and the SENCO", "Working in partnership with parents and carers; difficult "
                        "conversations; parents at reviews."], author="Marion Thackeray")
        _tr = t.rows[-1]._tr
        t._tbl.remove(_tr)
        t.rows[4]._tr.addnext(_tr)
        p(d, "")

# Part 4 the Wheel
p(d, "")
p(d, "PART 4: THE WHEEL (outcome record)", bold=True, size=12)
p(d, "The Wheel is our own statement of what a SENCO completing the Award can do. Codes are ours; the Starting "
     "Profile, the ITP and the Weekly Review Records all use them.")
rows = [["Code", "In our words", "Developed through", "Signed off at"],
        ["ROLE", None, None, None],
        ["R1", "Builds fair, respectful and supportive relationships with pupils with SEN and their parents or carers", "TD3; Weekly Reviews", "CS"],
        ["R2", "Wins the commitment of the head, senior leaders and colleagues", "TD7", "FR"],
        ["R3", "Prioritises, manages time and delegates, checking that tasks are done", "Weekly Reviews", "FR"],
        ["R4", "Anticipates and solves problems and makes sound decisions about provision", "-", "FR"],
        ["R5", "Writes and speaks clearly and listens to others", "All Training Days", "ER; FR"],
        ["R6", "Uses research and outside advice to improve own and colleagues' practice", "Reading lists; TD8", "ER"],
        ["R7", "Keeps up to date and takes charge of own CPD", "ITP; Weekly Reviews", "FR"],
        ["UNDERSTANDING", None, None, None],
        ["U1", "SEN law and the Code of Practice, what they mean for the school and how to apply them", "TD1", "CS"],
        ["U2", "Who counts as disabled under the Disability Discrimination Act", "TD1", "FR"],
        ["U3", "How children develop and what affects development", "TD2", "CS"],
        ["U4", "The common types of SEN and disability and their effect on learning", "TD2", "CS"],
        ["U5", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "TD6", "ER"],
        ["U6", "School self-evaluation and improvement as they bear on pupils with SEN", "-", "ER"],
        ["U7", "Best practice and research on meeting SEN", "Reading lists; TD8", "ER"],
        ["U8", "What outside agencies do and how to get their support", "TD4", "[to be added]"],
        ["LEADING", None, None, None],
        ["L1", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources", "TD7", "FR"],
        ["L2", "Identifies pupils, sets challenging targets, plans interventions and reviews progress", "TD6", "CS"],
        ["L3", "Uses other professionals' assessments to plan teaching", "TD4", "CS"],
        ["L4", "Uses national tests and other summative assessment to track progress and change programmes", "-", "ER"],
        ["L5", "Helps colleagues develop formative assessment for pupils with SEN", "TD6", "FR"],
        ["L6", "Identifies in good time the pupils who need access arrangements and puts them in place", "TD6", "FR"],
        ["L7", "Uses provision mapping to plan provision and find what is ineffective or missing", "TD8", "ER"],
        ["L8", "Deploys and manages staff", "Not part of the Award: in our schools teaching assistants are deployed and managed by the headteacher or business manager", "-"],
        ["L9", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "TD7", "FR (staff session observed by mentor)"],
        ["L10", "Reviews provision with colleagues to inform self-evaluation and improvement planning", "TD8", "ER"],
        ["L11", "Involves pupils in planning, agreeing and reviewing their provision", "TD3", "CS"],
        ["L12", "Liaises with parents and carers", "[to be decided once TD5 is replaced]", "FR"],
        ["L13", "Works in partnership with other services and voluntary organisations", "[to be added after our meeting with the County's services in January]", "[to be added]"]]
t = table(d, rows, widths=[1.3, 8.0, 4.4, 3.1])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], fill="FCE4D6")
comment(d, t.cell(len(rows) - 2, 2).paragraphs[0].runs[0], "Parents day was cut for cost - do we need it back? DF",
        author="Dan Feeney", initials="DF")

p(d, "")
p(d, "Marion Thackeray, SCITT Director, for the Wendle Valley SCITT Steering Committee. December 2008.")
d.save(str(OUT))
print("wrote", OUT.name)
