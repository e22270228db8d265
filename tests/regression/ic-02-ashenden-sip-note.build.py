"""ic-02-ashenden-sip-note: build ic-02-ashenden-sip-note.docx.

Provider (invented): Ashenden School, an 11-18 secondary school designated a
Training School, leading the Ashenden and Tollbridge Schools Partnership (nine
primary schools, three secondary schools and Tollbridge special school), applying
with Brantwood University (validating) to run the National Award for SEN
Coordination from September 2009.

Document kind and layout: the School Improvement Partner's Note of Visit to the
headteacher and governing body (National Strategies SIP-note form), whose visit in
March 2009 was given over to scrutinising the Award before submission, sent as the
application under the headteacher's covering letter (letterhead typed with line
breaks) with the school's own "Annex A: The Ashenden Award at a glance". The note
is in the SIP's third-person voice ("The headteacher told me...", "I saw..."), with
a front table with merged, shaded title cells; no heading styles: bold capital
section titles and hand-numbered paragraphs 3.1-3.27 with bold run-in lead-ins;
typed "\u2022" bullets for evidence seen; an agreed-actions table (actions are
plans, never arrangements) and SIP judgements ("This is a strength"). Annex A has a
Blocks table (what each Block "works on": development) and a Tasks table (what each
Task "judges": assessment), outcomes in the school's own words; an outcome is met
only when it is in both. A shaded text box (head's note to the panel), a page
header and footer, tracked changes in the Annex, a SIP comment.

Traps (requirement ids affected):
- Credits split across levels: "the Foundations module (20 credits) at Level 6"
  (E.2 partially_met).
- Prior learning not accepted; "would be looked at for 2010" (2.1 not_met:
  negation + future plan); an agreed action repeats it as a plan.
- Cost never addressed: governors "have not yet seen a costing" (2.4 partially_met).
- Progression: information about the MA only; a "next steps" conversation is an
  SIP recommendation in the actions table (2.5 partially_met).
- Ashenden Online: tutor and peer support between Block days, but the platform "is
  not yet open to participants' headteachers or mentors" and communication with
  schools is by letter (3.3 partially_met).
- Stakeholder influence only "taken on board", "the papers I saw do not show what
  changed" (4.2 partially_met); 4.1 and 4.3 met.
- Entry: QTS and nomination only, "no check" of readiness (5.2 partially_met).
- Resources: library budget "not yet been agreed"; no specialist technology
  (5.6 partially_met).
- Moderation: second marking internal; external moderation "is to be arranged"
  (5.8 partially_met).
- CRB checks made by the school's Training Manager at enrolment (5.3 met, despite
  the third-person voice).
- Deployment of teaching assistants belongs to the school's separate HLTA
  preparation programme (6.S4 not_met, other programme); an agreed action only
  "consider[s]" adding it.
- School self-evaluation "to be added" once the new Ofsted framework is published
  (6.K7 not_met, plan).
- Prioritising, time management and delegation appear nowhere (6.A3 not_met).
- Tracked DELETION in Annex A removes the common types of SEN from Task 1's list
  (6.K5 partially_met: developed in Block 1, not assessed).
- Tracked INSERTION adds the January start (counted, 3.2 met).
- Developed, not assessed: gaining colleagues' commitment (6.A2). The Placement
  Week "is not assessed", but external agencies are also taught in Block 3 and
  judged in Task 3 (6.K9 met: a near-trap). Assessed but not
  taught: the Leadership Presentation to governors (6.S1). Summative data discussed
  only in mentor meetings, formative (6.S2b).
- Some outcomes unassessed, so "pass the three Tasks" does not ensure every
  outcome (1.9, 6.0 partially_met).
- SIP comment (not part of the submission) and the head's text-box note.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ic_helpers import *

OUT = Path(__file__).resolve().with_name("ic-02-ashenden-sip-note.docx")
d = new_doc("Arial", 10.5)
header_footer(d, "Ashenden School, a Training School  \u2022  SENCO Award application", "RESTRICTED: headteacher and governing body")

line_break_para(d, ["ASHENDEN SCHOOL", "A Training School", "Mill Lane, Ashenden", "Headteacher: Mrs Clare Whitlow"],
                bold_first=True)
P(d, "16 March 2009")
P(d, "Dear colleagues,")
P(d, "The Ashenden and Tollbridge Schools Partnership applies with Brantwood University for approval to run the "
     "National Award for SEN Coordination from September 2009. Rather than write the Award out again, we enclose "
     "our School Improvement Partner's Note of Visit of 9 March 2009, which the governing body asked to be devoted "
     "to the Award, together with our own Annex A. The Note is reproduced as our governors received it. We have "
     "acted on several of the agreed actions since and record below where things now stand.")
P(d, "Yours sincerely,")
P(d, "Clare Whitlow, Headteacher")
textbox(d, [[("Headteacher's note to the panel", "b")],
            "All participants will be encouraged to go on learning after the Award. Where the Note and Annex A "
            "differ, Annex A describes the Award as it will run."], height_pt=70)

t = table(d, [["SCHOOL IMPROVEMENT PARTNER: NOTE OF VISIT", ""],
              ["School", "Ashenden School (Training School), URN 1XXXXX"],
              ["Headteacher", "Mrs Clare Whitlow"],
              ["School Improvement Partner", "Mr David Renshaw"],
              ["Date of visit", "9 March 2009"],
              ["Focus of visit", "Scrutiny of the proposed National Award for SEN Coordination, at the request of the governing body"],
              ["Distribution", "Headteacher; Chair of Governors; local authority (School Improvement Service)"]],
          head_fill="1F3864")
merge_row(t, 0, "SCHOOL IMPROVEMENT PARTNER: NOTE OF VISIT", "BDD7EE")
P(d, "")
P(d, [("1. PURPOSE OF THE VISIT", "b")])
P(d, "1.1 The governing body asked me to look at the school's proposal to lead, as a Training School, a SENCO "
     "Award for the Partnership, and to tell them whether it is ready to go to the TDA. I spent the day with the "
     "headteacher, the programme leader, the Training Manager and two of the proposed mentors, and met three "
     "SENCOs from Partnership primary schools over lunch.")
P(d, "1.2 Some context. Ashenden has been a Training School since 2005 and already leads school-based initial "
     "teacher training and a middle leaders' course for the Partnership. In 2008-09 it ran an unaccredited pilot of "
     "Blocks 1 and 2 with eight SENCOs, which is where the examples I read came from. The governors' concern is "
     "less whether the school can teach the Award than whether it has the systems a nationally approved "
     "qualification needs, and this note is organised with that in mind. I have followed the order of the TDA's "
     "criteria loosely, but my paragraph numbers are my own.")
P(d, [("2. EVIDENCE CONSIDERED", "b")])
for e in ["the Brantwood University validation document and the panel's report (12 February 2009);",
          "the Award handbook (draft 4) and Annex A;", "the consultation questionnaire and its analysis;",
          "the Starting Audit and two completed examples from the pilot group;",
          "the Ashenden Online course area;", "the mentor training materials;",
          "the Training Manager's enrolment checklist."]:
    P(d, "\u2022 " + e)
P(d, [("3. MAIN FINDINGS", "b")])
paras = [
 ("Accreditation. ", "3.1 ", "Brantwood University has validated the Award and will award the Postgraduate Certificate "
  "in Special Educational Needs Coordination. The Award carries 60 credits: the Foundations module (20 credits) at "
  "Level 6 and the two later modules (40 credits) at Level 7. The programme leader told me the University would not "
  "validate the Foundations module at Level 7 without a longer written task."),
 ("Aims. ", "3.2 ", "The Award's stated aims are to improve the achievement and the well-being of pupils with SEN "
  "and/or disabilities, across all five Every Child Matters outcomes and not only in their test results, by making "
  "their SENCOs confident leaders of provision. Each of the three Tasks asks participants for evidence of the "
  "difference their work has made to pupils, and the handbook's content is organised around the five outcomes. "
  "This is a strength."),
 ("Links with practice. ", "3.3 ", "All three Tasks are carried out in the participant's own school, and each "
  "participant has a mentor, an experienced SENCO from another Partnership school, who visits twice a term. "
  "Participants also spend a Specialist Placement Week in a setting unlike their own (see 3.19)."),
 ("Research and policy. ", "3.4 ", "Block 1 takes participants through the SEN Code of Practice, the Education Act "
  "1996, SENDA 2001, the Disability Discrimination Act as amended in 2005, the 2008 regulations on the SENCO role "
  "and the local authority's SEN strategy. Block 3 is built on recent evidence: Ofsted's 2004 and 2006 reports on "
  "inclusion, the Bercow Review (2008) and current research on interventions; participants write a short review "
  "of research for Task 3."),
 ("Pupils and families. ", "3.5 ", "Block 2 is given over to working with pupils and families. Participants learn "
  "to consult pupils about their provision using person-centred review methods, practise with a pupil in their "
  "own school, and write up what the pupil said and what changed as part of the Family Partnership Case Study "
  "(Task 2). The same Task asks them to show how they worked with the pupil's parents or carers, and I read two "
  "pilot examples which did this well."),
 ("Colleagues. ", "3.6 ", "Block 3 teaches participants to advise and coach colleagues, to observe and give "
  "feedback, and to work with colleagues in other schools and services; Task 3 is a Leading Improvement Project "
  "carried out with colleagues."),
 ("Prior learning. ", "3.7 ", "The school does not at present accept credit from earlier study or experience. "
  "The headteacher told me this would be looked at for 2010."),
 ("Starting Audit. ", "3.8 ", "Before the first Block each participant completes the Starting Audit, which takes "
  "every national minimum outcome in turn and asks the participant to rate and evidence it; the mentor then "
  "visits and challenges the ratings. From the audit the programme leader and participant agree an Individual "
  "Learning Route, which names the participant's own priority outcomes, the Block sessions and readings to "
  "concentrate on, and what the mentor will work on. I saw two completed Routes from the pilot group; both were "
  "specific and the mentors had revisited them in January."),
 ("Direct Assessment. ", "3.9 ", "Exceptionally, a very experienced SENCO or a teacher from the SEN support "
  "service may be admitted to Direct Assessment: a portfolio and a professional dialogue with two tutors, judged "
  "against every minimum outcome, without attending the Blocks. The programme leader and the University decide "
  "admission to this route case by case, and the fee is \u00a3450."),
 ("Value for money. ", "3.10 ", "The Individual Learning Route and the mentor's visits do tailor the Award to each "
  "participant. However, the governors have not yet seen a costing of the Award, and I was not able to judge its "
  "value for money."),
 ("After the Award. ", "3.11 ", "At the final session participants are given information about the University's "
  "MA in Special and Inclusive Education."),
 ("Access. ", "3.12 ", "The application form invites applicants to tell the school about any disability or need "
  "and explains why; the Training Manager, who is the Award's Access Coordinator, meets each applicant who does so "
  "to agree adjustments before the course starts. Materials are available in large print and electronically; "
  "Block venues and placement settings are checked for access; and adjustments to assessment (extra time, a "
  "recorded presentation in place of writing, a reader) are agreed with the University. The Award leaflet says "
  "all of this in plain terms and includes a disabled SENCO's account of the pilot."),
 ("Flexibility. ", "3.13 ", "Participants may take Block 1 as three days or as six twilights. Blocks 2 and 3 may "
  "be taken in either order, and participants study part time over one year or, by agreement, two."),
 ("Ashenden Online. ", "3.14 ", "Each Block has a course area on Ashenden Online, the school's learning platform. "
  "Tutors answer questions in the Block forum within two working days, and participants work in online study "
  "groups of four between Block days, with a tutor looking in weekly. The platform is not yet open to "
  "participants' headteachers or mentors, and communication with schools is still by letter."),
 ("Consultation. ", "3.15 ", "In autumn 2008 the school sent a questionnaire to the 38 SENCOs in the Partnership and "
  "the neighbouring authority (31 replied), met the local authority's inclusion team, held a focus group with "
  "parents through the Parent Partnership Service and asked the Ashenden school council what a good SENCO does. "
  "The analysis was thorough: SENCOs wanted more on provision mapping and on working with families; parents "
  "wanted to be listened to; pupils wanted to be asked."),
 ("", "3.16 ", "The headteacher told me that the local authority's comments on the draft had been \u201ctaken on "
  "board\u201d, but the papers I saw do not show what changed as a result of the consultation."),
 ("Stakeholders in the Award. ", "3.17 ", "The Award Steering Group includes two parents, the local authority's "
  "inclusion adviser and a Partnership SENCO. Each year it receives the evaluation report, questions the programme "
  "leader on it and agrees the changes for the next group. Parents and pupils in participants' schools complete a "
  "short questionnaire at the end of Task 2; the inclusion adviser sits on the moderation panel; mentors are "
  "Partnership SENCOs; and voluntary organisations host placements."),
 ("Evaluation. ", "3.18 ", "Every Block session is evaluated; a participants' panel meets the programme leader each "
  "term; tutors observe one another's sessions. Externally the Award is part of the University's annual monitoring, "
  "has an external examiner and receives the local authority's comments. All of this goes to the Steering Group, "
  "whose agreed changes are written into the next year's handbook. The handbook for 2009-10 already shows changes "
  "made after the pilot."),
 ("Placements and expertise. ", "3.19 ", "The Specialist Placement Week is spent at Tollbridge special school, the "
  "Ashenden pupil referral unit or the local authority's autism base, with a named host. Educational psychologists, "
  "a speech and language therapist and the sensory service teach on Blocks 2 and 3."),
 ("Staff. ", "3.20 ", "The programme leader, Mr Tom Ferris, was SENCO at Tollbridge for nine years and holds an MEd in "
  "Special Education; the two other tutors are an educational psychologist and the University's senior lecturer "
  "in inclusion, who is research-active. All three teach or practise in schools now."),
 ("Resources. ", "3.21 ", "The school's SEN resource collection is small, and the library budget for SEN texts for "
  "2009-10 has not yet been agreed. Participants will have access to the University library."),
 ("Tutors and mentors. ", "3.22 ", "Mentors attend two days of training before the course and a review day in "
  "February, and have a mentor handbook setting out their role; tutors are inducted by the University and take part "
  "in a standardisation session on each Task."),
 ("Marking. ", "3.23 ", "Tasks are second-marked within the tutor team. External moderation by the University is to "
  "be arranged."),
 ("Entry. ", "3.24 ", "Entry requires QTS and the headteacher's nomination. There is at present no check of whether "
  "an applicant has the knowledge and experience to benefit from the Award."),
 ("Suitability checks. ", "3.25 ", "Mrs Okonjo, the Training Manager, sees each participant's enhanced CRB disclosure "
  "at enrolment, records its number and date, and asks any participant whose disclosure comes from a post they "
  "left more than three months before the course to obtain a new one. She also takes up a reference from the "
  "headteacher confirming that there are no concerns about the participant's conduct. I saw the checklist "
  "completed for the pilot group."),
 ("Impact. ", "3.26 ", "For Task 3 every participant takes baseline measures of the pupils in their project before "
  "the intervention and again at the end and a term later; participants rate their own confidence against the "
  "outcomes at the start and end; and headteachers are surveyed a year after completion. The Steering Group "
  "receives these figures with the evaluation report."),
 ("Completion. ", "3.27 ", "The Award will be made to participants who pass the three Tasks. Deploying and managing "
  "teaching assistants is covered in the school's separate HLTA preparation programme, not in the Award. School "
  "self-evaluation is to be added once the new Ofsted framework is published in September 2009."),
]
for lead, num, body in paras:
    P(d, [(num, ""), (lead, "b"), (body, "")])
P(d, [("4. AGREED ACTIONS", "b")])
table(d, [["Action", "Lead", "By", "Support brokered"],
          ["Draw up arrangements for crediting prior learning for the 2010 group", "Programme leader", "January 2010", "University RPL officer"],
          ["Consider adding the deployment of support staff to Block 3", "Programme leader", "July 2009", "\u2014"],
          ["Cost the Award for governors", "Business manager", "May 2009", "LA finance"],
          ["Build a \u201cnext steps\u201d conversation with each participant's line manager into the final session", "Programme leader", "July 2009", "\u2014"],
          ["Agree external moderation with the University", "Headteacher", "June 2009", "\u2014"]])
P(d, "")
P(d, [("5. FOR THE GOVERNING BODY", "b")])
P(d, "5.1 The Award is well designed around the needs of pupils and families and the school has consulted widely. "
     "Before it goes to the TDA, governors should satisfy themselves about the actions above.")
P(d, "David Renshaw, School Improvement Partner, 10 March 2009")

P(d, [("ANNEX A: THE ASHENDEN AWARD AT A GLANCE", "b")], size=13)
P(d, "Written by the school. The Award has three Blocks of three days each, a Specialist Placement Week and three "
     "Tasks. Participants start in September; ")
ins(d.paragraphs[-1], "a second group starts in January and follows the same Blocks from Block 2.", author="T. Ferris")
P(d, [("Table A1. What each Block works on", "b")])
table(d, [
    ["Block", "Days", "What participants work on"],
    ["Block 1: Foundations", "September (or six twilights)",
     "The SEN Code of Practice and SEN law and what they mean for the school and the SENCO; the Every Child Matters "
     "outcomes and the SENCO's part in them; disability equality law and what schools must do; how children develop "
     "and what affects development, including SEN, disability and the environment for learning; the common types of "
     "SEN (BESD, dyslexia and other specific learning difficulties, speech, language and communication needs, "
     "autism, moderate learning difficulties) and how they affect learning; building fair, respectful and "
     "supportive relationships with pupils and their parents or carers."],
    ["Block 2: Pupils and Families", "November-December",
     "Consulting pupils and involving them in planning and reviewing their provision; working in partnership with "
     "parents and carers; identifying pupils who may have SEN, setting challenging targets, planning interventions "
     "and reviewing progress; using other professionals' assessments to plan teaching; helping colleagues to use "
     "formative assessment with pupils with SEN; access arrangements for tests and examinations, planned in good "
     "time with colleagues; approaches, strategies and resources for teaching and assessment, including ICT."],
    ["Block 3: Leading and Improving", "February-March",
     "Provision mapping and finding provision that is ineffective or missing; coaching, observing, modelling and "
     "training colleagues; reviewing provision with colleagues to feed the school's self-evaluation; winning the "
     "commitment of colleagues and senior leaders; anticipating problems and making sound decisions; writing and "
     "speaking clearly and listening; using research and outside advice; keeping up to date and planning one's own "
     "professional development; best practice and research in meeting SEN; working with other services and "
     "voluntary organisations."],
    ["Specialist Placement Week", "Any week agreed with the host",
     "The scope and role of external agencies and how to get specialist support and resources, seen from a "
     "specialist setting. The Placement Week is not assessed."],
])
P(d, "")
P(d, "Summative assessment data, including national test results, is discussed with the mentor at each visit; the "
     "mentor gives written feedback, but this does not count towards the Award.")
P(d, [("Table A2. What each Task judges", "b")])
t2 = table(d, [
    ["Task", "What it asks", "What it judges"],
    ["Task 1: Foundations Essay (Level 6, 3,000 words)",
     "An essay on the participant's school's duties and how it meets them, with a case study of one pupil and family.",
     ""],
    ["Task 2: Family Partnership Case Study (Level 7, 5,000 words)",
     "A case study of work with one pupil with SEN and their family over a term.",
     "Consulting the pupil and involving them in planning and review; partnership with parents and carers; "
     "identification, targets, interventions and review; use of other professionals' assessments; formative "
     "assessment with colleagues; access arrangements for tests and examinations; critical use of approaches and "
     "resources including ICT."],
    ["Task 3: Leading Improvement Project and Leadership Presentation (Level 7, 6,000 words and a 20-minute presentation)",
     "A project led with colleagues, with pupils' baseline and later measures, a research review and a reflective "
     "log; then a presentation to the headteacher and a governor on the school's strategic development for SEN.",
     "Provision mapping; supporting colleagues' professional development; reviewing provision with colleagues for "
     "self-evaluation; anticipating and resolving problems; clear speech and writing and listening to others; use "
     "of research and outside advice; keeping up to date and owning one's CPD; best practice and research; working "
     "with other services and voluntary organisations; advising senior colleagues and governors on an inclusive "
     "ethos, policies, priorities and resources."],
])
cp = t2.cell(1, 2).paragraphs[0]
add_runs(cp, "Knowledge of SEN law and the Code of Practice; Every Child Matters; disability equality law; child "
             "development; fair and constructive relationships with pupils and parents or carers")
dele(cp, "; knowledge of the common types of SEN and their effect on learning", author="T. Ferris")
add_runs(cp, ".")
P(d, "")
p = P(d, "Participants who pass all three Tasks are recommended to the University's Board of Examiners for the award.")
comment(d, p, "Should Task 1 not judge the common types of SEN as well? DR", author="David Renshaw", initials="DR")

P(d, [("Table A3. The year", "b")])
table(d, [["When", "What happens", "Who"],
          ["June-July", "Application; headteacher's nomination; enrolment and suitability checks; access conversation where asked for", "Training Manager"],
          ["Early September", "Starting Audit; mentor's first visit; Individual Learning Route agreed", "Participant, mentor, programme leader"],
          ["September", "Block 1 (three days or six twilights); Ashenden Online opens", "Tutors"],
          ["October", "Task 1 handed in; mentor visit", "Participant, mentor"],
          ["November-December", "Block 2; online study groups between Block days", "Tutors, study group"],
          ["January", "Route reviewed with the mentor; Placement Week any time from now", "Mentor, host setting"],
          ["February-March", "Block 3; Task 2 handed in", "Tutors"],
          ["April-June", "Leading Improvement Project; Leadership Presentation", "Participant, headteacher, governor"],
          ["July", "Task 3 handed in; final session; moderation panel; Board of Examiners", "Tutors, inclusion adviser, University"]])
P(d, "")
P(d, [("The mentor. ", "b"), ("Each participant's mentor is a serving SENCO from another Partnership school who has "
      "completed the two days of mentor training. The mentor challenges the Starting Audit, agrees and reviews the "
      "Individual Learning Route, visits twice a term, discusses the participant's school data with them, and reads "
      "drafts of Tasks 2 and 3 (but does not mark them). Mentors meet as a group at the February review day, where "
      "the programme leader goes through the marking of Task 1 with them so that their advice on the later Tasks "
      "matches what tutors look for.", "")])
P(d, [("Study groups. ", "b"), ("Participants are placed in study groups of four, mixing primary and secondary "
      "SENCOs, for the whole year. Groups meet on Ashenden Online between Block days, with a tutor looking in each "
      "week, and meet face to face over lunch on each Block day. Groups read and comment on each other's Task 2 "
      "plans before they are carried out.", "")])
P(d, [("WHERE THINGS STAND, 16 MARCH 2009 (HEADTEACHER)", "b")])
for x in ["Prior learning: the University's RPL officer will meet the programme leader in the autumn; we still intend to "
          "offer credit for prior learning from the 2010 group.",
          "Support staff: we have decided to keep the deployment of teaching assistants in the HLTA preparation "
          "programme this year and will review the position after the first cohort.",
          "Costing: the business manager's costing goes to the governors' finance committee on 12 May.",
          "Next steps: the programme leader is drafting a “next steps” sheet for the final session.",
          "Moderation: the University has agreed in principle to moderate the Tasks; the details will follow.",
          "Tollbridge special school has confirmed four placement places a term and the local authority's autism base "
          "two; the pupil referral unit has offered two more from January 2010."]:
    P(d, "\u2022 " + x)
P(d, "Governors considered the Note at their meeting on 12 March and agreed that the application should go forward.")

d.save(str(OUT))
print("wrote", OUT.name)
