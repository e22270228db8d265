"""jn-02-hollinshire-field-key: build script.

Provider (invented): Wild Classroom, the education department of the Hollinshire Wildlife Trust, with the
University of Cadwell Faculty of Education, which validates the award.

Document kind and layout: the application is written as one of the trust's pocket field guides, "A Field
Guide to the SENCO Award, with a key to its pieces of work". It opens with "How to use this guide", then a
dichotomous identification key (numbered couplets 1a/1b ... leading to a piece of work and whether it is
marked), then numbered "species accounts", each a Heading 2 followed by bold run-in field-guide labels
("Identification.", "Where found.", "When.", "Behaviour.", "Similar species.", "Status."), a "Recorder's
tip" VML text box (the permit, i.e. the CRB check), footnotes, a Word comment, tracked changes, page
header and footer, and a closing "Distribution table" of the national outcomes ("Recorded at |
Verification") with merged group rows and its own verification codes: C (Confirmed: verified in a
marked piece, the Record Card or the Voucher Specimen), A (Accepted: seen in the unmarked Field
Notebook) and NR (Not recorded). The trust's vocabulary: Field Meetings FM1-FM7 (study days), the Home
Patch Study (school-based inquiry), the Record Card (marked portfolio), the Voucher Specimen (marked
presentation and viva), the Field Notebook (unmarked), Referees (tutors and markers), Local Group
Leaders (school mentors), Migrants (participants bringing credit), Vagrants (the assessment-only
candidate), the Baseline Count (needs audit), the Permit (CRB check).

Traps (requirement ids):
- 1.1 / 6.K2: the aim is "to raise the attainment and progress of pupils with SEN in reading, writing and
  mathematics"; well-being and Every Child Matters appear only as an "A" (unmarked) row -> 1.1
  partially_met, 6.K2 partially_met.
- 1.5 / 6.S7: consulting pupils is only planned ("We plan to involve the Trust's Young Rangers ... from
  2010"); the pupil-involvement row is NR -> 1.5 not_met, 6.S7 not_met.
- 1.8: the Home Patch Study "does not require participants to introduce a change" -> partially_met.
- 1.9: A and NR rows in the Distribution table -> partially_met.
- 2.1: "or experiential" is a tracked INSERTION in the Migrants account, so experience is accredited
  -> met (the insertion counts).
- 2.2: the Baseline Count is "not used to set individual targets" -> partially_met.
- 2.3: the Vagrants account: "Not recorded in Hollinshire"; the assessment-only route described is the
  University's MA's (another programme's arrangement) -> not_met.
- 2.5: only "may wish to consider further study" -> partially_met.
- 3.2: one September start, fixed order, two Saturday repeats -> partially_met.
- 3.3: a sentence about a Moodle site and forum is a tracked DELETION; "There is no online part to the
  course" -> not_applicable.
- 4.1: needs evidence is anecdotal ("We know from our work with schools"); 4.2 met from the SENCO Forum's
  changes; 4.3 met.
- 5.2: any qualified teacher may apply, "We do not interview or set an entry task" -> partially_met.
- 5.3: the CRB check of every candidate is only in the Recorder's tip text box -> met (a text box is the
  provider's statement). The footer's line about volunteers is not evidence.
- 5.6: own school's resources, a small trust library, University library access "has been applied for"
  -> partially_met.
- 5.7: Local Group Leaders "are sent the course outline and the dates of Field Meetings" -> partially_met.
- 5.9: participants' confidence is asked; "We do not attempt to measure the course's effect on pupils'
  achievement" -> partially_met.
- 6.0: attendance plus passing two pieces; a comment asking whether all 28 outcomes should be confirmed
  does not count -> partially_met.
- E.2: 60 credits at Level 7 in the body -> met; the footnote's 20-credit pilot of 2007-08 is a past
  arrangement (and a footnote), not the programme.
- 6.A3: NR -> not_met. 6.K7: NR; the participant's own "self-assessment" in the Field Notebook is not
  school self-evaluation -> not_met. 6.S2d: C (Record Card entry 3) but recorded nowhere -> partially_met.
"""
from pathlib import Path

from _jn_helpers import Doc

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

d = Doc(author="Owen Pryce", date="2008-12-02T14:10:00Z", font="Georgia", size=10)
d.header_footer(header="Hollinshire Wildlife Trust  -  Wild Classroom  -  Field Guide No. 14",
                footer="Records of sightings are always welcome: send yours to Wild Classroom, Brookside "
                       "Centre. All our volunteers working with children are CRB checked.")

d.p([("b", "WILD CLASSROOM FIELD GUIDES  -  No. 14")], color="2E5E3A", size=9)
d.h("A Field Guide to the SENCO Award", 0)
d.p([("i", "with a key to its pieces of work")])
d.p("An application from the Hollinshire Wildlife Trust and the University of Cadwell to the Training and "
    "Development Agency for Schools for approval to provide the National Award for SEN Coordination, "
    "first cohort September 2009.")

d.h("How to use this guide", 1)
d.p("Wild Classroom has published thirteen field guides for schools, from pond life to winter birds, and "
    "every Hollinshire teacher who has brought a class to Brookside or Cleeve Marsh will have used one. We "
    "have written our application in the same way. Part 1 is a key: start at couplet 1 with any piece of "
    "work on the course and follow the couplets until you reach its name, which tells you whether it is "
    "marked. Part 2 has an account of each feature of the course, in the order our guides always use: "
    "Identification, Where found, When, Behaviour, Similar species and Status. Part 3 is a distribution "
    "table showing where each national outcome is recorded and how it is verified.")
d.p(["The course is the Hollinshire SENCO Award. It is validated by the University of Cadwell Faculty of "
     "Education as a single module of 60 credits at Level 7 (masters level), ED7S40, which may count "
     "towards the University's MA in Education. The University approved the module on 4 November 2008.",
     ("fn", "University of Cadwell, Faculty of Education Validation Panel, minute 08/117. The pilot run with "
            "two schools in 2007-08 carried 20 credits.")])

d.h("About Wild Classroom", 1)
d.p("The Hollinshire Wildlife Trust manages thirty-eight nature reserves across the county and has "
    "offered learning for schools since 1979. Wild Classroom, its education department, employs eleven "
    "teachers and education officers and works with around 14,000 pupils a year, at the Brookside Centre, "
    "at Cleeve Marsh and in schools. Since 2004 it has run the county's outdoor learning programme for "
    "pupils with SEN and disabilities, in which small groups from mainstream and special schools spend a "
    "morning a week on a reserve for a term, and it has trained more than three hundred teachers and "
    "teaching assistants in adapting outdoor learning for pupils with SEN. The SENCOs of schools in that "
    "programme asked us to think about a course for SENCOs themselves, and the University of Cadwell, "
    "which has validated our Certificate in Outdoor Learning since 2006, agreed to work with us on it.")
d.p("This guide is a companion to the module specification the University holds, to the Participant "
    "Handbook and to the Referees' marking criteria; all three are available to the panel on request.")

d.h("Part 1. Key to the pieces of work", 1)
key = [
    ("1a", "Work is done during a Field Meeting", "2"),
    ("1b", "Work is done in the participant's own school", "3"),
    ("2a", "Written up afterwards and handed to a Referee for marking", "Record Card entry (account 8)"),
    ("2b", "Kept in the participant's own notebook; not handed in", "Field Notebook entry (account 10)"),
    ("3a", "Part of the participant's inquiry into provision in their school", "Home Patch Study (account 7)"),
    ("3b", "Not part of that inquiry", "4"),
    ("4a", "Presented to Referees and the cohort at FM7 and discussed in a viva", "Voucher Specimen (account 9)"),
    ("4b", "Discussed only with the Local Group Leader", "Field Notebook entry (account 10)"),
]
d.table([["Couplet", "Description", "Go to / name"]] + [list(k) for k in key], widths=[1.8, 10, 5])
d.p([("i", "Only Record Card entries and the Voucher Specimen are marked. A Field Notebook entry is seen "
           "by the Local Group Leader but never marked.")])

d.h("Part 2. Accounts", 1)

def account(title, fields):
    d.h(title, 2)
    for label, text in fields:
        d.p([("b", label + ". "), *(text if isinstance(text, list) else [text])])

account("1. The Participant", [
    ("Identification", "A qualified teacher who is the SENCO of a Hollinshire school, or who expects to "
     "take on the role within a year. Any qualified teacher with responsibility for SEN or who expects to "
     "take it on may apply. We do not interview or set an entry task; the application form asks for the "
     "name of the school and the headteacher's signature."),
    ("Where found", "Most of our participants will come from the county's 176 primary schools, many of "
     "them small rural schools where the SENCO also teaches a class full time."),
    ("Similar species", "Teaching assistants and higher level teaching assistants, who are not eligible for "
     "the Award and for whom the Trust runs its separate Supporting Inclusion Outdoors course."),
    ("Status", "Twenty places in each cohort."),
])
d.textbox([
    [("b", "Recorder's tip: the Permit")],
    ["Before a place is confirmed, the Wild Classroom office checks every candidate's enhanced CRB "
     "disclosure: we see the original disclosure, record its number and date, and check it is no more "
     "than three years old. We also check List 99 through the county council and take up a reference from "
     "the candidate's headteacher that asks whether there are any concerns about the candidate's conduct "
     "or any disciplinary matters outstanding. No candidate starts without a Permit."],
], height_pt=130)

account("2. Migrants", [
    ("Identification", "Participants who arrive with credit already gained elsewhere."),
    ("Behaviour", ["Up to 30 credits of prior certificated ", ("ins", "or experiential "),
                   "learning may be accredited towards the Award under the University of Cadwell's "
                   "accreditation of prior learning regulations. A claim is made by portfolio, mapped "
                   "against the outcomes in Part 3, and assessed by a Referee and confirmed by the "
                   "University's APL panel before the course starts."]),
    ("Status", "We expect two or three Migrants in each cohort."),
])

account("3. Vagrants", [
    ("Identification", "A very experienced teacher, perhaps from a support service, who already meets "
     "the outcomes and wishes to be assessed without taking the course."),
    ("Similar species", "The University of Cadwell's MA in Inclusive Education offers an assessment-only "
     "route to its Specialist Certificate in SEN, in which candidates submit a portfolio and attend a viva."),
    ("Status", "Not recorded in Hollinshire. The SENCO Award has no assessment-only route."),
])

account("4. The Baseline Count", [
    ("Identification", "A self-audit against the national outcomes, completed by each participant in the "
     "fortnight before FM1 and discussed with a Referee at FM1."),
    ("Behaviour", "The audit is for the participant's own information and is not used to set individual "
     "targets. Referees use the cohort's audits to decide how much time to give to each topic."),
])

account("5. Field Meetings", [
    ("Identification", "Seven taught days, held at the Trust's Brookside Centre, on the edge of Cadwell, "
     "and at Cleeve Marsh, which has its own classroom."),
    ("When", "All participants start in September and take the Field Meetings in the same order. FM2 and "
     "FM5 are repeated on a Saturday for those who cannot be released. The course runs from September to "
     "July."),
    ("Behaviour", ["There is no online part to the course: all teaching is face to face.",
                   ("del", " Notes from each Field Meeting will also be placed on a Moodle site with a "
                           "discussion forum for participants.")]),
])
d.table([
    ["Field Meeting", "Date (cohort 1)", "Saturday repeat", "Venue"],
    ["FM1 Reading the landscape", "Thursday 24 September 2009", "-", "Brookside"],
    ["FM2 Field signs", "Thursday 22 October 2009", "Saturday 24 October 2009", "Brookside"],
    ["FM3 The whole habitat", "Thursday 3 December 2009", "-", "Cleeve Marsh"],
    ["FM4 Mapping the reserve", "Thursday 28 January 2010", "-", "Brookside"],
    ["FM5 Working with others", "Thursday 11 March 2010", "Saturday 13 March 2010", "Cleeve Marsh"],
    ["FM6 Leading the reserve", "Thursday 13 May 2010", "-", "Brookside"],
    ["FM7 The Voucher Specimen", "Thursday 8 July 2010", "-", "Brookside"],
], widths=[5, 4.5, 4, 3])
fms = [
    ("FM1 Reading the landscape.",
     "The SENCO's role and the law and guidance that frame it: the Education Act 1996, the SEN Code of "
     "Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 and the disability "
     "equality duty and what it requires of schools, Removing Barriers to Achievement (2004) and the "
     "Every Child Matters outcomes. Participants then put the Code into practice on a case from their own "
     "school."),
    ("FM2 Field signs.",
     "Identifying pupils who may have SEN; the most common kinds of SEN and disability (behavioural, "
     "emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autistic spectrum disorders and moderate learning difficulties) "
     "and their effect on learning; how children develop and how SEN, disability and environment affect "
     "development. The Bercow Review (2008) and its findings on speech, language and communication are "
     "studied in depth."),
    ("FM3 The whole habitat.",
     "Setting challenging targets, planning interventions and reviewing progress; using the assessments "
     "of educational psychologists, therapists and specialist teachers to develop teaching; tracking "
     "progress with national tests, teacher assessment and P scales and adjusting programmes; encouraging "
     "colleagues to use formative assessment with pupils with SEN; approaches, strategies and resources for "
     "teaching and learning, including ICT, examined critically against the research."),
    ("FM4 Mapping the reserve.",
     "Provision mapping and management: costing provision, finding what is missing or ineffective; "
     "deploying and managing teaching assistants; reviewing the effectiveness of provision with colleagues "
     "so that the findings feed into the school's self-evaluation; Ofsted's 2006 report Inclusion: does it "
     "matter where pupils are taught? and what it says about provision in mainstream schools."),
    ("FM5 Working with others.",
     "Fair, respectful and constructive relationships with pupils and their families; liaising with "
     "parents and carers, with a session led by the Hollinshire Parent Partnership Service in which "
     "participants practise structured conversations with parents; advising and supporting colleagues; "
     "external agencies, what each does and how to get specialist support and resources from them; working "
     "with health, social care and voluntary organisations. We plan to involve the Trust's Young Rangers, a "
     "group of young people with disabilities, in a session on consulting pupils from 2010."),
    ("FM6 Leading the reserve.",
     "Working with senior colleagues and governors to shape an inclusive ethos, policy and use of "
     "resources; winning the commitment of the headteacher and colleagues; supporting colleagues' "
     "development through observation, feedback, coaching and training; anticipating problems and making "
     "sound decisions about provision; best practice and research outcomes in meeting SEN, and drawing on "
     "research and outside advice to improve practice."),
    ("FM7 The Voucher Specimen.",
     "Presentations and vivas; keeping up to date and taking responsibility for one's own development "
     "after the course."),
]
for t, b in fms:
    d.p([("b", t + " "), b])

account("6. Between Field Meetings", [
    ("Behaviour", "Each participant has three individual tutorials with their Referee, at their school or "
     "at Brookside, and may telephone or email their Referee at any time. The focus of the Home Patch Study "
     "and of each Record Card entry is chosen by the participant with their Referee to fit their school and "
     "their experience. The fee is GBP 950, which is below that of the nearest university course, because "
     "the Trust provides the venues."),
])

account("7. The Home Patch Study", [
    ("Identification", "A school-based inquiry of about 5,000 words into one aspect of provision for pupils "
     "with SEN in the participant's own school, carried out between FM2 and FM6."),
    ("Behaviour", "The participant observes, collects data and interviews colleagues, a specialist from "
     "outside the school and at least two parents, and writes up an analysis of the provision against the "
     "research. It is the participant's practical activity in school and is tied to the outcomes in Part 3. "
     "The Home Patch Study describes and analyses provision; it does not require participants to introduce "
     "a change, though many will want to. It forms Record Card entries 4 and 5."),
    ("Where found", "In the participant's school, with the Local Group Leader."),
])

account("8. The Record Card", [
    ("Identification", "The marked portfolio: five entries. Entry 1, a commentary on how the law and the "
     "Code of Practice apply in the participant's school (1,500 words). Entry 2, a study of one pupil's "
     "needs and the assessments of professionals involved (2,000 words). Entry 3, the school's arrangements "
     "for assessment and tracking, including access arrangements for tests and examinations (1,500 words). "
     "Entries 4 and 5, the Home Patch Study."),
    ("Behaviour", "Each entry has its own marking criteria, published in the Participant Handbook, which "
     "ask for accurate knowledge, critical use of the research, links to the participant's own school and "
     "clear writing. Entries are handed in through the year, two weeks after the Field Meeting they follow, "
     "so that feedback from one entry can be used in the next. Referees return each entry with written "
     "feedback within three weeks."),
    ("Status", "Each entry is marked by a Referee against published criteria, and 25 per cent of all "
     "entries, including every fail and every borderline, are second-marked by another Referee. A "
     "University moderator samples each cohort's Record Cards, and the University's external examiner for "
     "the MA in Education sees a sample and attends the examination board."),
])

account("9. The Voucher Specimen", [
    ("Identification", "A 20-minute presentation at FM7 on what the participant has learned about leading "
     "provision in their school, followed by a 15-minute viva with two Referees. Marked by both Referees "
     "together against published criteria, and recorded."),
])

account("10. The Field Notebook", [
    ("Identification", "The participant's own notebook, kept from FM1 to FM7: reflections on each Field "
     "Meeting, a record of discussions with the Local Group Leader and a termly self-assessment of progress "
     "against the participant's own goals."),
    ("Status", "Seen and signed by the Local Group Leader each half term. Not marked."),
])

account("11. Referees", [
    ("Identification", "The course team. Owen Pryce, Head of Wild Classroom, taught for fourteen years and "
     "was SENCO of Cleeve Primary School; he holds an MEd in Special and Inclusive Education. Dr Hannah "
     "Merrick, senior lecturer at the University of Cadwell, leads the MA in Inclusive Education and "
     "researches provision for pupils with speech, language and communication needs. Joanna Petit is the "
     "county's lead teacher for specific learning difficulties and a former SENCO of a secondary school. "
     "All three take part in the county SENCO Forum and in at least one national SEN conference a year."),
])

account("12. Local Group Leaders", [
    ("Identification", "A senior colleague in the participant's school, normally the headteacher or a "
     "deputy, who acts as mentor."),
    ("Behaviour", "Local Group Leaders are sent the course outline and the dates of Field Meetings."),
])

account("13. Host sites and specialists", [
    ("Behaviour", "Every participant spends two days in a special school or resource base, arranged by the "
     "county's SEN team with Hollinshire's four special schools and six resource bases, and writes up what "
     "they learned in a Record Card entry. Speakers at Field Meetings include an educational psychologist, "
     "a speech and language therapist, a teacher of the deaf and the county's autism outreach team."),
])

account("14. Habitat: venues and resources", [
    ("Behaviour", "Participants use the resources of their own schools for most of their reading and "
     "practical work. The Trust has a small library of SEN books at Brookside, and access to the University "
     "of Cadwell library for participants has been applied for. Both centres have a projector and wireless "
     "internet."),
])

account("15. Access for all", [
    ("Behaviour", "The application form invites candidates to tell us about any disability or other need, "
     "and the Wild Classroom office follows this up with each candidate before the course. Reasonable "
     "adjustments are agreed with the University's Disability Service and may include materials in large "
     "print or electronic form, a reader or scribe, extra time or an alternative form of assessment, and "
     "parking next to the classroom. Brookside and Cleeve Marsh have level access and hearing loops. "
     "Tutors treat every participant fairly, whatever their background, and the course follows the "
     "University's equality schemes for race, disability and gender."),
])

account("16. Who asked for this course", [
    ("Behaviour", "We know from our work with schools that teachers want practical, local training that "
     "does not take them far from their classes. In March 2008 we took a first outline to the Hollinshire "
     "SENCO Forum. The Forum asked us to add a Field Meeting on provision mapping (now FM4), to move the "
     "Home Patch Study earlier so that it could run through the spring term, and to include the session "
     "with the Parent Partnership Service in FM5; all three changes were made."),
    ("Status", "Two SENCO Forum representatives and the county's principal officer for SEN sit on the "
     "course steering group, which reads every evaluation report and agrees changes each summer. "
     "Headteachers of participants complete a questionnaire on the course's effect on their school at the "
     "end of the year, and county officers speak at Field Meetings."),
])

account("17. The Annual Report", [
    ("Behaviour", "Participants evaluate each Field Meeting on the Trust's form, and complete an "
     "end-of-course questionnaire that asks how confident they feel against each area of the outcomes. "
     "Referees meet after each Field Meeting to review the evaluations. The external examiner's report, "
     "the University's annual monitoring and the headteachers' questionnaires are brought together in an "
     "Annual Report to the steering group, which sets the changes for the next cohort. We do not attempt to "
     "measure the course's effect on pupils' achievement."),
])

account("18. After the course", [
    ("Behaviour", "Participants may wish to consider further study at the University of Cadwell, and "
     "details of the MA in Education are given out at FM7."),
])

account("19. What the course is for", [
    ("Behaviour", "The aim of the Award is to raise the attainment and progress of pupils with SEN in "
     "reading, writing and mathematics by giving their SENCOs the knowledge and skills to lead provision "
     "well."),
    ("Status", ["The Award is made to participants who attend at least 80 per cent of Field Meetings and "
                "pass the Record Card and the Voucher Specimen.",
                ("c", " ", "Shouldn't we say that all 28 outcomes have to be confirmed? HM", "Hannah Merrick")]),
])

d.h("Part 3. Distribution table", 1)
d.p("For each national outcome, in our own words, the table gives where it is recorded on the course and "
    "how it is verified. C: Confirmed, verified in a marked piece (the Record Card entry or Voucher "
    "Specimen named). A: Accepted, seen in the Field Notebook but not marked. NR: Not recorded.")
rows = [
    ["Outcome", "Recorded at", "Verification"],
    ["Character", "", ""],
    ["Fair and constructive relationships with pupils and families", "FM5", "C (Record Card 2)"],
    ["Winning the commitment of colleagues and the headteacher", "FM6", "C (Voucher Specimen)"],
    ["Prioritising, managing time and delegating", "-", "NR"],
    ["Anticipating problems; sound decisions on provision", "FM6, Home Patch", "C (Record Card 4)"],
    ["Clear speech and writing; listening to others", "FM7", "C (Voucher Specimen)"],
    ["Drawing on research and outside advice", "FM6", "C (Record Card 5)"],
    ["Keeping up to date; own development", "FM7", "C (Voucher Specimen)"],
    ["Knowing the ground", "", ""],
    ["SEN law and the Code of Practice, and putting them into practice", "FM1", "C (Record Card 1)"],
    ["Every Child Matters and the SENCO's part", "FM1", "A"],
    ["Disability equality law and what it requires", "FM1", "C (Record Card 1)"],
    ["Child development; effect of SEN, disability and environment", "FM2", "C (Record Card 2)"],
    ["The common kinds of SEN and disability", "FM2", "C (Record Card 2)"],
    ["Approaches and resources for teaching and assessment, incl. ICT", "FM3", "C (Record Card 3)"],
    ["School self-evaluation and improvement", "-", "NR"],
    ["Best practice and research in meeting SEN", "FM6", "C (Record Card 5)"],
    ["External agencies and specialist support", "FM5", "C (Record Card 2)"],
    ["Fieldcraft", "", ""],
    ["Strategic development with senior colleagues and governors", "FM6", "C (Voucher Specimen)"],
    ["Identifying needs, targets, interventions and review", "FM2, FM3", "C (Record Card 2)"],
    ["Using other professionals' assessments", "FM3", "C (Record Card 2)"],
    ["Summative assessment and national tests to track progress", "FM3", "C (Record Card 3)"],
    ["Helping colleagues develop formative assessment", "FM3", "C (Record Card 3)"],
    ["Special arrangements for tests and examinations", "-", "C (Record Card 3)"],
    ["Provision mapping; missing or ineffective provision", "FM4", "C (Record Card 4)"],
    ["Deploying and managing staff", "FM4", "C (Record Card 4)"],
    ["Supporting colleagues' development", "FM6", "C (Voucher Specimen)"],
    ["Reviewing provision with staff for self-evaluation", "FM4, Home Patch", "C (Record Card 5)"],
    ["Pupils involved in planning and reviewing provision", "-", "NR"],
    ["Liaising with parents and carers", "FM5, Home Patch", "C (Record Card 4)"],
    ["Partnership with other services and agencies", "FM5", "C (Record Card 2)"],
]
grp = [i for i, r in enumerate(rows) if r[0] in ("Character", "Knowing the ground", "Fieldcraft")]
d.table(rows, merges=[(r, 0, r, 2) for r in grp], shade={(r, 0): "DDEBD3" for r in grp}, widths=[10, 3.5, 3.5])
d.p([("i", "Owen Pryce, Head of Wild Classroom, Hollinshire Wildlife Trust, Brookside Centre, Mill Lane, "
           "Cadwell. December 2008.")])

d.save(OUT)
print("wrote", OUT)
