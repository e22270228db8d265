"""jx-02-calderholt-pre-approval-report

Provider (invented): the Learning Team of Calderholt Prison and Youth Offending Education Service (education
at HMP/YOI Calderholt and for the Calderholt Youth Offending Team), with the University of Lyneham
validating. Course: the "Calderholt SENCO Award", first intake January 2009.

Kind of document and layout: the team's education officer writes the application as a "Pre-Approval Report"
in the Service's standard court report format, the pre-sentence report it writes for the youth court every
week: a merged-cell cover sheet (subject, panel, matter, author, countersignature), then the court report's
fixed parts typed as bold capitalised Normal paragraphs with no heading styles (1. SOURCES OF INFORMATION,
2. ANALYSIS OF THE PROPOSAL, 3. ASSESSMENT OF THE PROGRAMME, 4. ASSESSMENT OF RISK, 5. CONCLUSION,
6. PROPOSAL), hand-typed paragraph numbers (1.1, 3.3, 5.3 ...) that collide with requirement ids, the
assessment part divided under the court report's own run-in subheadings (Education, training and
employment; Accommodation; Family and personal relationships; Health; Thinking and behaviour; Motivation
to change; Attitudes), a proposal written as the requirements of an order (Supervision requirement,
Activity requirement ...), and an "Intervention Plan" appendix holding the outcomes ("Target | Intervention
| Compliance check") with merged group rows. House vocabulary: Activity Days, Practice Supervisors,
Compliance Checks CC1-CC3, supervision log, Direct Assessment, the Steering Group. Lists typed with "-".
Two Word comments from the countersigning manager; tracked changes (an inserted sentence, a deleted
sentence); header and footer.

Traps (requirement ids):
- Typed paragraph numbers such as "3.3", "5.3", "5.9" and "6.0"-like sections are the report's own and
  say nothing about the requirements of the same number.
- E.2: validated for "40 credits at Masters level"; a comment asking whether to say 60 is not evidence
  (partially_met).
- 1.6: colleagues in the participant's own school only; "Work beyond the school is for the Youth Offending
  Team's education workers and is not part of the Award" (partially_met).
- 1.7 / 6.S8: work with parents "is carried by the Youth Offending Team's parenting officers and is not part
  of the Award"; the Intervention Plan row says the same (not_met both). 6.A1 names pupils only
  (partially_met).
- 1.9: marked Compliance Checks, but some targets "Reported only" and one absent (partially_met).
- 2.2: an audit at entry used only to place participants in tutor groups; no individual plan or personal
  outcomes (partially_met).
- 2.5: participants only "encouraged to think about their next steps" (partially_met).
- 3.3: "The Award has no online or e-learning element" (not_applicable).
- 3.2: the second (September) intake is a tracked insertion, which counts (met).
- 4.1 / 4.2: stakeholders' needs known only "from our daily casework"; influence claimed in general terms
  (partially_met both). 4.3 is met by the Steering Group's named members and tasks.
- 5.3: the Service's vetting officer sees each participant's enhanced CRB disclosure; Safeguarding Children
  and Safer Recruitment in Education is also listed among the sources, which alone would not count (met).
- 5.6: resources claimed only generally (partially_met).
- 5.8: second marking of a sample; moderation only "will be agreed"; the previous certificate's external
  examiner is a past arrangement of another course; a sentence promising University moderation is a tracked
  deletion (partially_met).
- 5.9: "It is too early to say how we will measure"; a comment is not evidence (not_met).
- Appendix B (the previous certificate, 2005-2008) is a past arrangement of another course: its
  portfolio-only route, its parents' workshop and its external examiner count for nothing now.
- 5.2a: a blanket claim that the Award "covers all of the national outcomes" changes no verdict.
- 6.0: award on passing the three Compliance Checks plus attendance, not on all outcomes (partially_met).
- Intervention Plan: 6.A2 assessed in CC3 but "not an Activity Day topic" (partially_met); 6.K3 and 6.S4
  "Reported only" (partially_met); 6.S2d has no row and is never mentioned (not_met); 6.S8 "Not part of the
  Award" (not_met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jx_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "jx-02-calderholt-pre-approval-report"
AU, D = "D. Faraday", "2008-12-03T09:30:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
header_footer(doc, "CALDERHOLT PRISON AND YOUTH OFFENDING EDUCATION SERVICE \u2013 PRE-APPROVAL REPORT",
              "This report is prepared for the approval panel only. Standard report format CYO/PSR/3 (2007).")


def H(text):
    para(doc, text, bold=True, size=11)


def P(num, text):
    return para(doc, num + "  " + text)


def sub(text):
    para(doc, text, bold=True, italic=True)


t = table(doc, [
    ["PRE-APPROVAL REPORT", ""],
    ["Subject of report", "The Calderholt SENCO Award (National Award for SEN Coordination)"],
    ["Date of first intake", "21 January 2009"],
    ["Panel", "TDA approval panel for nationally accredited SENCO training, 2008-09 round"],
    ["Matter before the panel", "Application for approval as a provider"],
    ["Validating university", "University of Lyneham, School of Education and Social Inclusion"],
    ["Report author", "Maureen Ashdown, Education Officer (Learning and Skills)"],
    ["Countersigned", "David Faraday, Head of Learning"],
    ["Date of report", "3 December 2008"],
], header_fill=None, widths=[5, 11], size=10)
merge(t, 0, 0, 0, 1, "PRE-APPROVAL REPORT\n(prepared in the Service's standard court report format)", bold=True,
      fill="BFBFBF", size=11)
for r in range(1, 9):
    shade(t.cell(r, 0), "F2F2F2")
para(doc)

H("1. SOURCES OF INFORMATION")
P("1.1", "This report is based on:")
for s in [
    "- meetings of the Award team with the University of Lyneham's School of Education (June to October 2008);",
    "- the TDA's draft specification for nationally accredited SENCO training (2008);",
    "- the Special Educational Needs Code of Practice (2001) and Safeguarding Children and Safer Recruitment "
    "in Education (2007);",
    "- the course file of the Service's previous Certificate in Supporting Learners with SEN (2005-2008);",
    "- the author's casework with schools on behalf of young people leaving custody.",
]:
    para(doc, s)
P("1.2", "The author has taught in the education department at HMP/YOI Calderholt since 1999 and has "
         "co-ordinated provision for learners with learning difficulties and disabilities there since 2004.")

H("2. ANALYSIS OF THE PROPOSAL")
P("2.1", "The Service proposes to offer the Calderholt SENCO Award to teachers new to the role of special "
         "educational needs coordinator in schools, pupil referral units and secure settings in Calderholt and "
         "the neighbouring authorities. The Award's aim is to raise the achievement and improve the well-being "
         "of children and young people with SEN and/or disabilities across all five Every Child Matters "
         "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
         "achieving economic well-being. Each Activity Day, each Compliance Check and the Intervention Plan at "
         "Appendix A is written against that aim, and every Compliance Check asks the participant to show what "
         "changed for pupils.")
P("2.2", "The Service's interest is direct. Most of the young people in our education department at HMP/YOI "
         "Calderholt have special educational needs, and for many of them the need was identified late or not at "
         "all. A SENCO who knows how to spot need early, and how to keep a young person with SEN in school, "
         "prevents some of the journeys we see ending in custody.")
P("2.3", "We know from our daily casework with schools that SENCOs want more on behaviour, speech and "
         "language, and keeping young people in school.")
P("2.4", "The views of schools and of our partners have shaped the course throughout.")
p = P("2.5", "The University of Lyneham has validated the Award as a Postgraduate Certificate of 40 credits at "
             "Masters level (Level 7), under its regulations for taught postgraduate awards.")
P("2.6", "The Award replaces the Service's Certificate in Supporting Learners with SEN, which ran from 2005 to "
         "2008 for teachers and learning support staff in custody and in schools and was accredited by Ashdown "
         "College at Level 5. Its record is summarised at Appendix B. The Award is a different course: it is "
         "for teachers who lead SEN coordination, it is at Masters level, and it is built on the national "
         "outcomes rather than on the Certificate's units.")
P("2.7", "We expect an intake of 14 to 18 participants in each group: SENCOs from primary and secondary "
         "schools, teachers in charge of SEN in the two pupil referral units, and teachers from secure settings "
         "in the region who hold or are about to take on responsibility for SEN. Mixing these settings is "
         "deliberate. SENCOs in mainstream schools rarely see what happens to the pupils they lose, and teachers "
         "in secure settings rarely see the school end of a young person's story.")
P("2.8", "The Award is practical by design. Participants are assessed on what they do in their own school, and "
         "the school tasks set on each Activity Day are chosen so that what the participant learns is used the "
         "same week with pupils they know. Each task is logged in the supervision log and discussed with the "
         "Practice Supervisor, and the Compliance Checks draw on this work so that the change a participant "
         "makes in school is the evidence on which they are judged.")
doc.add_comment(p.runs, text="TDA says normally 60 credits. Can we say 60 now and sort it with Lyneham later?",
                author=AU, initials="DF")

H("3. ASSESSMENT OF THE PROGRAMME")
sub("Education, training and employment")
P("3.1", "The Award is taught on twelve Activity Days between January and December, with practical work in "
         "the participant's own school between Days. Every Activity Day ends with a school task: something "
         "the participant tries in their school, with pupils they know, and brings back to the next Day. The "
         "Activity Days are:")
for s in [
    "- Day 1. The SENCO's role; the Code of Practice and SEN law; Every Child Matters.",
    "- Day 2. Disability, equality and the law; the Disability Equality Duty in schools.",
    "- Day 3. How children develop; the common types of SEN and disability (BESD, specific learning "
    "difficulties including dyslexia, speech, language and communication needs, autism, moderate learning "
    "difficulties).",
    "- Day 4. Identifying need: observation, data and screening; targets; planning and reviewing interventions.",
    "- Day 5. Hearing young people: consulting pupils and involving them in their plans and reviews.",
    "- Day 6. Assessment: other professionals' reports, tracking with national tests and summative data, "
    "formative assessment in colleagues' classrooms.",
    "- Day 7. Teaching approaches, resources and ICT; removing barriers.",
    "- Day 8. Provision mapping and managing provision; support staff.",
    "- Day 9. Leading colleagues: observation, feedback, coaching and training.",
    "- Day 10. Other services and agencies: the Youth Offending Team, CAMHS, social care, voluntary bodies.",
    "- Day 11. Self-evaluation, policy and strategy with senior leaders and governors.",
    "- Day 12. Research, evidence and the participant's own development.",
]:
    para(doc, s)
P("3.1a", "School tasks are short and specific. After Day 4 the participant observes two pupils they are "
          "concerned about, gathers the school's data on them and sets targets with the class teacher; after "
          "Day 6 they compare a pupil's national test results with the reports of the other professionals who "
          "know the pupil and decide what should change in the pupil's programme; after Day 8 they draw up a "
          "provision map for one year group, costed, and mark the provision that is not working or is missing; "
          "after Day 11 they review one area of provision with the staff who deliver it and write the "
          "paragraph on SEN for the school's self-evaluation form. Tutors read every task in the supervision log "
          "and comment on it at the next Day.")
P("3.2", "The content draws on recent evidence. Participants read and discuss Ofsted's Special educational needs "
         "and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are "
         "taught? (2006), the Bercow Review of services for children and young people with speech, language and "
         "communication needs (2008), and the findings of the National Strategies' work on the Inclusion "
         "Development Programme. Day 1 and Day 2 cover current law and government policy, including the Code of "
         "Practice, the Disability Discrimination Act 1995 as amended in 2005, Every Child Matters and the "
         "Children's Plan.")
P("3.3", "On Day 5 participants learn and practise ways of consulting children and young people, including those "
         "with communication difficulties, and before Day 6 each carries out a consultation with a group of pupils "
         "in their own school about an issue that affects them and reports what changed as a result.")
P("3.4", "Participants advise and support colleagues in their own school: on Day 9 they practise observation "
         "and coaching and then coach a colleague for half a term. Work beyond the school is for the Youth "
         "Offending Team's education workers and is not part of the Award.")
sub("Accommodation")
p = P("3.5", "Activity Days are held at the University's Calderholt Centre, with two Days at the education "
             "department of HMP/YOI Calderholt. Each Day runs twice, once as a full day and once as two "
             "twilight sessions, and after Day 1 participants may take the Days in any order that suits their "
             "school. ")
ins(p, "A second intake starts each September, so that a teacher appointed SENCO in the summer need not wait "
       "a year.", AU, D)
P("3.6", "The Award has no online or e-learning element. All materials are given out in print and kept in the "
         "Service's resource base.")
sub("Family and personal relationships")
P("3.7", "Work with parents and carers is carried by the Youth Offending Team's parenting officers and is not "
         "part of the Award.")
sub("Health")
P("3.8", "The Service has a duty under the Disability Discrimination Act, the Race Relations (Amendment) Act "
         "2000 and the Equality Act 2006, and meets it for the Award as follows. The application form asks "
         "every applicant, in confidence, whether they have a disability or other need we should plan for, and "
         "tells them why. The tutor agrees adjustments with each participant who tells us of one before the first "
         "Day: so far these have included enlarged and coloured handouts, a sign language interpreter, extra time "
         "for the Case Study, and rest breaks. The Calderholt Centre is fully accessible; the two Days at HMP/YOI "
         "Calderholt are held in the ground-floor education block. Monitoring data on who applies and who "
         "completes are reported to the Steering Group each year.")
sub("Thinking and behaviour")
P("3.9", "Participants are assessed through three Compliance Checks. CC1 is a Case Study (3,000 words) of one "
         "pupil: needs, assessment, planning and review. CC2 is a Provision Review (5,000 words) of the "
         "participant's school, with a plan for change agreed with the headteacher. CC3 is a Practice Portfolio "
         "with a 30-minute professional discussion. Appendix A shows which targets each Check assesses.")
P("3.9a", "The marking criteria for each Check are published in the Award Handbook at the start of the year. "
          "CC1 is judged on the accuracy of the analysis of need, the use of evidence from other professionals, "
          "the quality of the targets and the review of progress. CC2 is judged on the use of the school's own "
          "data, the identification of ineffective or missing provision, and the realism of the plan agreed with "
          "the headteacher. CC3 is judged on the portfolio and on the discussion, in which two tutors ask the "
          "participant to explain and defend decisions they have taken during the year.")
P("3.10", "Each Compliance Check is marked by the tutor against published criteria, and one in five is "
          "second-marked by another tutor. Moderation arrangements will be agreed with the University during "
          "the first year.")
sub("Motivation to change")
P("3.11", "Applicants must hold qualified teacher status, be in post as SENCO or named by the headteacher as "
          "the next SENCO, and have the headteacher's written agreement to release them. The application form "
          "asks for a statement of the applicant's experience of pupils with SEN, and the tutor interviews each "
          "applicant by telephone. An applicant who is not ready is advised what to do first, and the tutor "
          "speaks to the headteacher.")
P("3.12", "Before Day 1 each participant completes a skills audit against the targets in Appendix A. The audit "
          "is used to place participants in one of two tutor groups.")
sub("Attitudes")
P("3.13", "The fee is \u00a31,200, and Calderholt pays it for its own schools. Participants choose the pupils "
          "and the area of provision for CC1 and CC2, so that the work they do is the work their school needs, "
          "and the order of Days after Day 1 is theirs to choose. Each Compliance Check builds on the one before, "
          "so that participants move steadily towards the targets.")

H("4. ASSESSMENT OF RISK")
sub("Likelihood of non-completion")
P("4.1", "The Service's previous Certificate in Supporting Learners with SEN (2005-2008) was completed by 41 of "
         "46 participants. It was moderated by the external examiner of Ashdown College, which accredited it.")
P("4.2", "Each participant has a Practice Supervisor in school (see Proposal), and the tutor contacts any "
         "participant who misses a Day within a week.")
P("4.2a", "Recruitment is the main risk to the first year. The Service has written to every headteacher in "
          "Calderholt and the two neighbouring authorities, and the two pupil referral units have each named a "
          "teacher. If fewer than ten places are taken for January, the Service will run the January group "
          "with the September intake rather than cancel it, so that no accepted participant loses a place.")
sub("Risk of harm to children")
P("4.3", "Before a place is confirmed, the Service's vetting officer sees each participant's enhanced Criminal "
         "Records Bureau disclosure, checks that it was issued within the last three years, and checks with the "
         "employing school that the participant is not barred from work with children. No participant starts "
         "the Award without this check.")
sub("Risk to the programme")
P("4.4", "The tutors are Maureen Ashdown (author; MA in Special and Inclusive Education, former SENCO), Paul "
         "Gittins (qualified teacher of the deaf; eleven years as a SENCO in two secondary schools) and Dr "
         "Helen Braid of the University of Lyneham (senior lecturer in inclusive education, who teaches "
         "Day 12). All three have worked with pupils with SEN in the last year and take part in the University's "
         "research seminars on inclusion.")
p = P("4.5", "The Service has adequate resources for the Award. ")
dele(p, "All Compliance Checks are moderated by the University's School of Education and seen by its external "
        "examiner.", AU, D)

H("5. CONCLUSION")
P("5.1", "The Award is evaluated in several ways. Participants complete an evaluation at the end of each "
         "Activity Day; the tutors hold a mid-year review with the group; the University's annual monitoring "
         "report and the external examiner's report are discussed by the Steering Group; and the Steering Group "
         "keeps an action log of the changes it agrees and checks them at the next meeting.")
P("5.2", "The Steering Group (two headteachers, the Youth Offending Team manager, a parent partnership officer "
         "and a member of the Calderholt young people's council) reviews the evaluations each term, one of its "
         "members observes at least one Activity Day a year, and it agrees each summer what will change for the "
         "next intake.")
P("5.2a", "In the author's assessment the Award covers all of the national outcomes and will meet every "
          "requirement of the specification. It is built by a team that has taught young people with SEN in "
          "custody for many years, validated by a university with a long record in inclusive education, and "
          "overseen by a Steering Group that brings schools, the Youth Offending Team, parents and young people "
          "to the table.")
P("5.3", "The Service is confident that the Award will be well received by schools.")
p = P("5.4", "It is too early to say how we will measure the Award's effect on participants or on pupils; the "
             "Steering Group will consider this in its first year.")
doc.add_comment(p.runs, text="Panel will want more here. Pre/post audit? Pupil data from CC2?", author=AU,
                initials="DF")

H("6. PROPOSAL")
P("6.1", "It is respectfully proposed that the panel approve the Service to provide the Calderholt SENCO Award, "
         "with the following requirements for each participant:")
for s in [
    "- Supervision requirement: for the twelve months of the Award each participant has a Practice Supervisor, "
    "an experienced SENCO or the headteacher, who meets them twice a term and keeps the supervision log. "
    "Practice Supervisors attend a half-day briefing before the first Day and receive a written role "
    "description; tutors attend the University's induction for associate tutors and a standardisation "
    "meeting before each Compliance Check.",
    "- Activity requirement: attendance at the twelve Activity Days and completion of the school task set on "
    "each Day.",
    "- Placement requirement: two days in a setting unlike the participant's own, chosen from the education "
    "department at HMP/YOI Calderholt, the Calderholt Pupil Referral Service and Brook Lane special school, "
    "arranged by the tutor. Educational psychologists, a speech and language therapist and the CAMHS "
    "primary mental health worker each lead part of an Activity Day.",
    "- Prior learning: credit of up to 20 credits for relevant Masters-level study, and for experience "
    "through a claim assessed against the targets, under the University's accreditation of prior "
    "experiential learning procedure.",
    "- Direct Assessment: in exceptional cases an experienced applicant, for example a specialist teacher from "
    "a support service, may be assessed through the three Compliance Checks without attending the Activity "
    "Days, for a fee of \u00a3600.",
    "- Exit review: at the final Activity Day participants are encouraged to think about their next steps.",
    "- Award: participants who pass all three Compliance Checks and attend at least 10 of the 12 Activity "
    "Days are recommended to the University for the award.",
]:
    para(doc, s)

para(doc, "Maureen Ashdown, Education Officer (Learning and Skills)          Countersigned: David Faraday, Head "
          "of Learning", italic=True)

para(doc)
H("APPENDIX A. INTERVENTION PLAN")
para(doc, "Target: what the SENCO will be able to do. Intervention: the Activity Day on which it is worked. "
          "Compliance check: the Check that assesses it. Reported only: the participant records the work in "
          "the supervision log; it is not marked.")
groups = [
    ("ATTITUDE", [
        ("Builds fair, supportive and constructive relationships with pupils with SEN", "Days 4, 5", "CC3"),
        ("Gains the commitment of colleagues and senior leaders", "Not an Activity Day topic", "CC3"),
        ("Prioritises, manages time and delegates", "Day 8", "CC2"),
        ("Anticipates and resolves problems and makes sound decisions on provision", "Days 4, 8", "CC1"),
        ("Speaks and writes clearly; listens to others", "Days 5, 9", "CC3"),
        ("Uses research and outside advice to improve practice", "Day 12", "CC2"),
        ("Keeps up to date and plans own CPD", "Day 12", "CC3"),
    ]),
    ("KNOWLEDGE", [
        ("SEN law, guidance and the Code of Practice, and putting them into practice", "Day 1", "CC1"),
        ("Every Child Matters and the SENCO's part in it", "Day 1", "CC2"),
        ("Disability equality law and what it requires", "Day 2", "Reported only"),
        ("How children develop and what affects development", "Day 3", "CC1"),
        ("The common types of SEN and disability and their effect on learning", "Day 3", "CC1"),
        ("Approaches, strategies and resources for assessment and teaching, including ICT", "Days 6, 7", "CC1"),
        ("School self-evaluation and improvement for SEN", "Day 11", "CC2"),
        ("Best practice and research on meeting SEN", "Day 12", "CC2"),
        ("What other agencies do and how to get their help", "Day 10", "CC3"),
    ]),
    ("SKILLS", [
        ("Influences ethos, policy, priorities and resources with senior leaders and governors", "Day 11", "CC2"),
        ("Identifies needs, sets targets, plans interventions, reviews progress", "Day 4", "CC1"),
        ("Uses other professionals' assessments to plan teaching", "Day 6", "CC1"),
        ("Uses summative data and national tests to track progress and change programmes", "Day 6", "CC2"),
        ("Develops colleagues' formative assessment for pupils with SEN", "Day 6", "CC3"),
        ("Uses provision mapping; finds ineffective or missing provision", "Day 8", "CC2"),
        ("Deploys and manages support staff", "Day 8", "Reported only"),
        ("Develops colleagues through observation, feedback, modelling, coaching and training", "Day 9", "CC3"),
        ("Reviews provision with staff to inform self-evaluation", "Day 11", "CC2"),
        ("Involves pupils in planning and reviewing their provision", "Day 5", "CC3"),
        ("Liaises with parents and carers", "Not part of the Award (YOT parenting officers)", "\u2014"),
        ("Works with other services and voluntary organisations", "Day 10", "CC3"),
    ]),
]
rows = [["Target", "Intervention", "Compliance check"]]
for g, items in groups:
    rows.append([g, "", ""])
    rows.extend([list(i) for i in items])
t = table(doc, rows, widths=[9, 4, 3])
r = 1
for g, items in groups:
    merge(t, r, 0, r, 2, g, bold=True, fill="D9D9D9")
    r += 1 + len(items)

para(doc)
H("APPENDIX B. PREVIOUS RECORD: CERTIFICATE IN SUPPORTING LEARNERS WITH SEN (2005-2008)")
para(doc, "Listed for completeness, as in the Service's court reports. The Certificate closed in July 2008.")
table(doc, [
    ["Year", "Intake", "Completed", "Notes"],
    ["2005-06", "14", "12", "First run, teachers and learning support staff in custody only"],
    ["2006-07", "16", "15", "Opened to school staff; a portfolio-only route for support service staff"],
    ["2007-08", "16", "14", "One evening workshop for parents run with the Parent Partnership Service; the "
                          "portfolio-only route closed"],
], widths=[2, 2, 2.5, 9.5])

out = HERE / (NAME + ".docx")
doc.save(out)
print(out, word_count(doc), "words")
