"""in-02-orrinford-referral-guidelines

Provider (invented): the Orrinford CAMHS in Schools Team, hosted by Orrinford
and Lathe NHS Trust's Child and Adolescent Mental Health Service and funded with
Orrinford City Council Children's Services; Lathbury University validates.
Course: "The Orrinford SENCO Award", first intake January 2009.

Document kind and layout: the team's "Referral Guidelines for Schools", the
house document a CAMHS team sends to schools to explain who it accepts and
what happens after referral, rewritten for the Award and sent as the
application. The Award is described in the service's clinical vocabulary
(Choice and Partnership Approach): headteachers "refer" a SENCO; Screening;
a Choice appointment (the needs assessment) ending in a "Let's Agree" plan;
Core Partnership sessions CP1-CP8 and Specific work options SP-a to SP-d; two
Reviews (the marked tasks) and an unmarked Reflective Diary; "Discharge with
the Award"; a DNA (did not attend) policy; re-referral; PALS. No heading
styles: numbered section titles typed in bold capitals in Normal paragraphs.
A shaded one-cell "Key points" box, an inclusion / exclusion table, the
referral form as a field table with placeholders and prompts left in
("[Name of SENCO]", "Tick if ..."), a staff table with "[to be confirmed]"
cells, a sessions table with merged, shaded term rows, and a "Care goals"
table mapping the national outcomes. A text box about referring children to
CAMHS (not the Award). Header and footer; a tracked change to the credits;
a Word comment about moderation.

Traps (requirement ids):
- Tracked change: "60 credits at Masters level" deleted and "60 credits, 40
  of them at Masters level and 20 at Level 6" inserted (E.2 partly met).
- Text box: referring a child to CAMHS through the Single Point of Access
  and the team's own "urgent" criteria are about children, not SENCOs
  (wrong context; nothing hangs on it).
- Fast-track referrals attend four Core sessions before the Reviews: not an
  assessment-only route (2.3 partly met).
- Equality only in general terms ("committed to equality") and a form field
  asking about access needs (3.1 partly met).
- Stakeholders in evaluation: schools and parents only "We intend to ask
  ... from 2010", but participants' feedback cards, heads' questionnaire after
  discharge and the Young Advisers co-leading CP3 are real (4.3 met despite
  the intention).
- Staff table with "[qualifications to be confirmed]" and "Tutor (to be
  appointed)" (5.4 partly met); resources and tutors' understanding of their
  roles only in general terms, school link supervisors' guidance "in due
  course" (5.6, 5.7 partly met).
- Marking by the group's own clinician; "The University's moderation
  arrangements apply to its own modules" (another body's arrangement); a
  comment claims moderation (5.8 not_met).
- Research only in general terms ("kept up to date with the latest research")
  (1.3 partly met); best practice and research taught but not reviewed
  (6.K8 partly met).
- Award rule by attendance and passing both Reviews, not by outcomes (6.0
  partly met); the Reflective Diary is unmarked and some goals are not
  reviewed (1.9 partly met).
- Specific work only for those who choose SP-b: gaining senior leaders'
  commitment and influencing strategy (6.A2, 6.S1 partly met).
- Disability equality law reviewed in Review 2 but taught nowhere (6.K3
  partly met, assessed but not covered); reviewing provision with staff
  taught, not reviewed (6.S6 partly met).
- Someone else's responsibility / negation: national tests "outside the
  CAMHS remit" (6.S2b not_met); deploying teaching assistants left to the
  council's TA Management course (6.S4 not_met); school self-evaluation is
  absent (6.K7 not_met).
- CRB checks are real and on the candidates (5.3 met), though the form's
  "CRB disclosure number" field is only a prompt; exam access arrangements
  for anxious pupils taught and reviewed (6.S2d met).
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _in_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
doc = new_doc("Orrinford and Lathe NHS Trust  |  Orrinford City Council  |  CAMHS in Schools Team",
              "Referral Guidelines for Schools: SENCO Award edition, issue 1, November 2008. Review date: November 2009.")


def title(text):
    para(doc, text, bold=True, size=12, color="1F4E79")


para(doc, "ORRINFORD CAMHS IN SCHOOLS TEAM", bold=True, size=16, align="center")
para(doc, "Referral Guidelines for Schools", bold=True, size=14, align="center")
para(doc, "SENCO Award edition: referring your SENCO to the Orrinford SENCO Award", italic=True, align="center")
para(doc, "For headteachers, SENCOs and governors of Orrinford schools. This edition also goes to the TDA as our application "
     "for approval to run the National Award for SEN Coordination.", italic=True, align="center")

kp = table(doc, [["Key points\n"
                  "• Headteachers refer; SENCOs may self-refer with their head's agreement.\n"
                  "• We screen every referral within ten working days.\n"
                  "• Every accepted SENCO has a Choice appointment, then joins Core Partnership sessions.\n"
                  "• Intakes in January, April and September.\n"
                  "• Discharge with the Award comes after two Reviews. Lathbury University awards the Postgraduate Certificate."]],
           header_fill=None)
shade(kp.cell(0, 0), "DEEAF6")

text_box(doc, [
    ("Worried about a child?", True),
    ("These guidelines are not for referring children or young people. To refer a child to CAMHS, use the Single Point of "
     "Access form on the council's website. We treat a referral as urgent if a young person is at risk of harm, and we see "
     "urgent referrals within 24 hours. Routine referrals of children are seen within 13 weeks.", False),
], fill="FCE4D6", height_cm=3.4)
para(doc)

title("1. ABOUT THIS SERVICE")
para(doc, "The CAMHS in Schools Team is a joint team of Orrinford and Lathe NHS Trust and Orrinford City Council. For six years "
     "we have offered consultation, training and direct work to the city's 74 schools. From January 2009 we also offer the "
     "Orrinford SENCO Award, a course for teachers new to the SENCO role, validated by Lathbury University.")
tracked_para(doc, [("n", "The Award is a Postgraduate Certificate of "),
                   ("d", "60 credits at Masters level"),
                   ("i", "60 credits, 40 of them at Masters level and 20 at Level 6"),
                   ("n", ", taken part time over about a year. Lathbury University validated the Award in October 2008 and "
                         "confers it; its regulations govern assessment and appeals.")],
             author="K. Ashworth", date="2008-11-20T09:30:00Z")
para(doc, "The Award's purpose is to raise the achievement and improve the wellbeing of children and young people with SEN "
     "and disabilities in Orrinford, in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being. Its objectives, content and both Reviews "
     "are built around that purpose: every participant must show what changed for a pupil's learning and wellbeing.")
para(doc, "Sessions are kept up to date with the latest research and inspection findings.")

title("2. WHO CAN BE REFERRED")
table(doc, [
    ["We accept referrals for", "We do not accept referrals for"],
    ["Qualified teachers who are the SENCO of an Orrinford school, or who will become the SENCO within the year",
     "Teaching assistants, learning mentors or higher level teaching assistants (the council's Support Staff pathway is for them)"],
    ["Teachers with at least one year's teaching since qualifying", "Teachers in their induction year"],
    ["Teachers whose head agrees to release them for Core Partnership sessions and placements",
     "Teachers whose school cannot release them for the Core Partnership sessions"],
    ["Teachers from the council's support services who are experienced in SEN (see Fast-track, section 3)",
     "Teachers working outside Orrinford (please contact your own local authority)"],
], widths=[8, 8])
para(doc, "If we cannot accept a referral, we write to the head and the teacher explaining why and what to do first: usually "
     "the council's Introduction to SEN course, a term as deputy to an experienced SENCO, or both. The team leader phones "
     "the head to talk it through, and the teacher can be referred again for the next intake.")

title("3. REFERRAL ROUTES")
runin(doc, "Standard referral.", "The headteacher completes the referral form (section 4) and sends it to the Team "
      "Administrator.")
runin(doc, "Self-referral.", "A SENCO may refer themselves, but we will not accept the referral until the head has signed "
      "the form.")
runin(doc, "Fast-track referral.", "Experienced teachers from the council's Behaviour Support, Learning Support or Sensory "
      "Support services may be fast-tracked. After the Choice appointment a fast-tracked participant attends four of the "
      "eight Core Partnership sessions, chosen at the Choice appointment, and then completes both Reviews.")
runin(doc, "Previous care.", "A teacher who has already studied SEN at Masters level may have up to 20 credits counted "
      "through the University's accreditation of prior learning. A teacher with substantial SENCO experience but no "
      "certificate may instead submit an Experience Portfolio mapped to the national outcomes, which two clinicians assess; "
      "credit from the Portfolio replaces the matching Core sessions and up to 20 credits.")

title("4. HOW TO REFER")
para(doc, "Please complete every field. Incomplete forms are returned.")
table(doc, [
    ["Referral form: SENCO Award", ""],
    ["Name of SENCO", "[Name of SENCO]"],
    ["School and DfES number", "[School]"],
    ["Date qualified; years as SENCO", "[Date]  [Years]"],
    ["CRB enhanced disclosure number and date of issue", "[Number]  [Date]"],
    ["Has the teacher worked in a school in the last three months?", "Yes / No"],
    ["Any access needs or adjustments the teacher will need?", "[Please describe]"],
    ["Intake requested", "January / April / September"],
    ["Head's confirmation", "Tick if there are no disciplinary or conduct concerns about this teacher  ☐"],
    ["Head's signature", "[Signature]  [Date]"],
], widths=[7, 9])
para(doc, "Before the Choice appointment, the Team Administrator checks the disclosure number and date against the school's "
     "single central record by phone. Where a referred teacher has not worked in a school in the last three months, the "
     "Trust's Human Resources department obtains a new enhanced CRB disclosure before the teacher begins, and we contact "
     "the previous employer for a reference.")

title("5. WHAT HAPPENS AFTER REFERRAL")
runin(doc, "Screening.", "Within ten working days a senior clinician screens the referral against the criteria in section 2 "
      "and checks the teacher's qualifications and experience with the head. You will hear from us by letter.")
runin(doc, "The Choice appointment.", "Every accepted teacher has a ninety-minute Choice appointment with a clinician before "
      "the course begins. Beforehand the teacher rates themselves against each national outcome and brings a pupil they are "
      "worried about. At the appointment the clinician and the teacher go through the ratings together, agree which outcomes "
      "are already secure and which need work, and write the Let's Agree plan: the teacher's personal goals, which Specific "
      "work options they will take, which Core sessions they may skip where a goal is already secure, and the pupil for "
      "Review 1. The plan is reviewed at the mid-point meeting in the second term.")
runin(doc, "Core Partnership.", "Eight Core Partnership sessions (CP1 to CP8), each a full day at the Orrinford Child and "
      "Family Centre. Sessions after CP1 may be taken in any order, and each is run twice a term.")
runin(doc, "Specific work.", "Each participant takes two of four Specific work options (SP-a to SP-d), chosen at the Choice "
      "appointment to fit their school and their goals.")
runin(doc, "Placement.", "Every participant spends two placement days, arranged by the team: one with a Tier 3 CAMHS clinic "
      "team, sitting in on assessment and case discussion, and one at Millbrook Pupil Referral Unit or Greenhill Special "
      "School, working alongside the SENCO. Each participant also has a half-day each with a speech and language therapist, "
      "an educational psychologist and a school nurse from the Trust.")
runin(doc, "In school.", "Between sessions, each participant carries out two pieces of work in their own school, agreed with "
      "the head: the pupil work for Review 1 and the provision work for Review 2. Both must change practice, and both Reviews "
      "ask the participant to show the change.")

title("6. THE CORE AND SPECIFIC SESSIONS")
table(doc, [
    ["Session", "Content"],
    ["Spring term"],
    ["CP1 Starting points", "The SENCO role; the SEN Code of Practice and SEN legislation in practice; Every Child Matters and "
                            "the five outcomes; the government's SEN strategy, Removing Barriers to Achievement."],
    ["CP2 How children grow", "Child development, attachment, and how SEN, disability, family and the school environment affect "
                              "development and learning."],
    ["CP3 Asking children", "Consulting children and young people; involving pupils in planning, agreeing and reviewing "
                            "their provision; pupil-led reviews. Co-led by the Orrinford Young Advisers."],
    ["Summer term"],
    ["CP4 Common needs", "Behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
                         "speech, language and communication needs, autistic spectrum disorders and moderate learning "
                         "difficulties, and how each affects learning."],
    ["CP5 Assessment that helps", "Using assessments from psychologists, therapists and CAMHS; identifying needs through "
                                  "observation and data; setting targets and planning and reviewing interventions; helping "
                                  "colleagues develop formative assessment; anxiety, examinations and access arrangements: "
                                  "identifying in good time the arrangements a pupil needs and putting them in place with the "
                                  "examinations officer."],
    ["CP6 Families", "Working in partnership with parents and carers: listening, sharing difficult news, building fair and "
                     "respectful relationships with pupils and families."],
    ["Autumn term"],
    ["CP7 Provision that works", "Provision mapping and management; finding ineffective or missing provision; teaching "
                                 "approaches, strategies and ICT that remove barriers; best practice and research in "
                                 "meeting SEN."],
    ["CP8 Working together", "Advising and supporting colleagues; coaching, modelling, observation and feedback; training "
                             "staff; reviewing provision with other staff; working with external agencies and voluntary "
                             "organisations; managing your time and delegating; keeping up to date."],
    ["Specific work (choose two)"],
    ["SP-a Mental health in the classroom", "Anxiety, low mood and self-harm; what schools can do; when to ask CAMHS."],
    ["SP-b Leading with the senior team", "Working with the head, senior leaders and governors; gaining their commitment; "
                                          "influencing the school's inclusive ethos, policies and use of resources."],
    ["SP-c Looked-after children", "Working with the Virtual School, social workers and carers."],
    ["SP-d Sensory and physical needs", "With the council's sensory and physical support teams."],
], widths=[5, 11])
para(doc, "Deploying and managing teaching assistants is covered by the council's Teaching Assistant Management course, "
     "which is not part of the Award. National tests and SATs data are outside the CAMHS remit and are not part of the Award.")

title("7. ONLINE SUPPORT")
para(doc, "Part of every Core session is studied online on the Orrinford Learning Net: a short e-learning unit before each "
     "session (readings, a recorded case and a task) and a discussion forum for each group. A named tutor moderates each "
     "group's forum and answers participants' messages within three working days. Between sessions each participant also "
     "has a 20-minute phone catch-up with their tutor once a month, and takes part in an online case discussion in the "
     "fortnight after each session. Reviews are submitted on the Learning Net, tutors return feedback through it, and heads "
     "receive a termly e-mail update on their SENCO's progress.")

title("8. WAITING TIMES AND START DATES")
para(doc, "There are three intakes a year, in January, April and September, each of up to 18 participants. A participant "
     "joining in April or September picks up the Core sessions in the order they run and catches up CP1 at the next "
     "opportunity. The council funds places for maintained schools; academies and independent schools pay £1,200. We keep "
     "the cost down by running sessions at the Family Centre and by letting participants skip Core sessions their Let's "
     "Agree plan shows they do not need.")

title("9. ATTENDANCE, CANCELLATIONS AND DNA")
para(doc, "Please tell us at least two working days ahead if a participant cannot attend. A participant who does not attend "
     "(DNA) a Core session without notice is offered the repeat session; two DNAs in a term lead to a review meeting with "
     "the head. Participants must attend every Core session on their Let's Agree plan.")

title("10. CONSENT, CONFIDENTIALITY AND INFORMATION SHARING")
para(doc, "Work for Review 1 is about a real pupil. Participants obtain written consent from the pupil's parent or carer, "
     "and the pupil's own agreement, on our consent form, and anonymise everything they submit. Case material shared in "
     "sessions stays in the session. The Trust's Caldicott Guardian has approved these arrangements.")

title("11. EQUALITY AND ACCESS")
para(doc, "Orrinford CAMHS is committed to equality and complies with the Disability Discrimination Act. We welcome "
     "referrals from disabled teachers. Please tell us about any access needs on the referral form.")

title("12. REVIEWS AND DISCHARGE")
runin(doc, "Reflective Diary.", "Kept throughout, and read by the tutor at the mid-point meeting. It is not marked.")
runin(doc, "Review 1: The Pupil Review (4,000 words).", "The participant's work with one pupil: identifying the pupil's "
      "needs from observation, data and other professionals' assessments; the targets set and interventions planned; "
      "how progress was reviewed; how the pupil was involved in planning and reviewing; the work with parents and other "
      "agencies; the problems met, the decisions made and the judgement behind them; any access arrangements identified "
      "for tests or examinations. The participant records the pupil's Strengths and Difficulties Questionnaire scores and "
      "an attainment measure before and after the intervention.")
runin(doc, "Review 2: The Provision Review (4,000 words and a 15-minute presentation to tutors).", "A provision map of the "
      "participant's school; the ineffective or missing provision it showed; the change the participant led; how they "
      "supported colleagues (coaching, modelling or a training session they ran), including in formative assessment for pupils with SEN; how they drew on research and outside "
      "advice; how the school's accessibility plan meets the disability equality duties; how they managed their own time "
      "and workload, and how they keep up to date with SEN and disability. SP-b participants also show how they worked with the head and governors on the school's inclusion "
      "policy. The presentation assesses how clearly the participant explains and listens to questions.")
p = para(doc, "Each Review is marked by the clinician who ran the participant's Core Partnership group. The University's "
         "moderation arrangements apply to its own modules.")
comment(doc, p, "I think the University moderates all our marking - check with Dr Fenn before this goes. KA", author="K. Ashworth",
        initials="KA")
runin(doc, "Discharge with the Award.", "A participant is discharged with the Award when they have attended all Core "
      "sessions on their Let's Agree plan and passed both Reviews. The Award is confirmed by the University's examination "
      "board.")
runin(doc, "Next steps.", "At the final Core session each participant writes a Next Steps plan with their tutor, using the "
      "team's planning sheet: the professional targets they will set for the following year and the further study open to "
      "them. They take it to their line manager, and our discharge letter to the head repeats it.")
runin(doc, "Re-referral.", "A former participant can be re-referred to the team for consultation at any time in the two "
      "years after discharge.")

title("13. OUR CLINICIANS AND TUTORS")
table(doc, [
    ["Name", "Role on the Award", "Qualifications and experience"],
    ["Dr Karen Ashworth", "Award Lead", "Consultant Clinical Psychologist; 16 years in CAMHS; former teacher; leads the Trust's schools consultation service"],
    ["Michael Oduya", "Tutor", "Specialist Teacher (SEN), council; former SENCO in two secondary schools; MA Special Educational Needs"],
    ["Lorna Pike", "Tutor", "Primary Mental Health Worker; [qualifications to be confirmed]"],
    ["Tutor (to be appointed)", "Tutor", "[to be confirmed]"],
    ["Dr Samuel Fenn", "University link tutor", "Senior Lecturer in Inclusive Education, Lathbury University"],
], widths=[3.5, 3.5, 9])
para(doc, "Tutors are experienced clinicians and know what is expected of them. Each participant also has a School Link "
     "Supervisor, usually a senior leader in their school; School Link Supervisors will receive guidance in due course. "
     "Participants have access to the resources they need for the Award.")

title("14. HOW WE CHECK THE SERVICE AND HOW YOU CAN HELP US IMPROVE IT")
para(doc, "We designed the Award from what schools told us. Our consultation log for 2007-08 recorded 212 requests for "
     "consultation from 58 schools; seven in ten came from SENCOs in their first two years, and the commonest themes were "
     "pupils' anxiety, challenging behaviour, working with parents and knowing which service to call. A questionnaire to all "
     "74 heads in May 2008 (51 replies) asked for training in the school, not just at the centre. Because of this the Award "
     "has CP3, CP6 and CP8, the placements and both in-school Reviews. The Orrinford Young Advisers asked to teach the "
     "session on asking children, and co-lead CP3. The city SENCO Forum commented on a draft of these guidelines in "
     "September 2008, and its request for intakes through the year gave us the April and September intakes.")
para(doc, "Every participant completes a feedback card after each session and a questionnaire at discharge. We intend to "
     "ask schools and parents to take part in evaluation from 2010.")
para(doc, "Internally, the team reviews feedback cards each term, analyses Review results by session and clinician, and "
     "carries out peer review of each tutor's sessions once a year. Externally, the University's external examiner reports "
     "each year and the Trust's clinical audit team audits the Award against these guidelines every two years. The Award "
     "Lead writes an annual service review each July; the changes it agrees go into the next year's sessions and guidelines, "
     "and the review is published on the Learning Net.")
para(doc, "We measure impact in three ways. Participants rate their confidence against each national outcome at the Choice "
     "appointment and at discharge. In Review 1 every participant records the pupil's Strengths and Difficulties "
     "Questionnaire and an attainment measure before and after the intervention, and the team collates these each year. "
     "A term after discharge the head completes a short questionnaire on changes in the SENCO's practice and in outcomes "
     "for pupils with SEN.")
runin(doc, "Comments, compliments and complaints.", "Please speak to the Award Lead first. If you are not satisfied, contact "
      "the Trust's Patient Advice and Liaison Service (PALS) or, for assessment decisions, follow the University's appeals "
      "procedure.")

title("15. WHAT WE ASK OF THE HEADTEACHER")
para(doc, "By signing the referral form the head agrees to release the SENCO for the Core sessions on the Let's Agree plan, "
     "for the two placement days and for the Choice appointment, and to name a School Link Supervisor. The head agrees the "
     "in-school work for both Reviews with the SENCO at the start, makes time for the SENCO to carry it out, and meets the "
     "SENCO and the tutor at the mid-point meeting in the second term to hear how the work is going. Heads tell us that the "
     "mid-point meeting is where they see most clearly what the Award is asking of their school, and it is the meeting we "
     "would least like to see cancelled.")
para(doc, "If a SENCO leaves the school or the role during the course, please tell us. The SENCO can usually continue if the "
     "new school agrees, or can pause and rejoin a later intake; work already passed is kept for up to two years under the "
     "University's regulations.")

title("16. CONTACT US")
table(doc, [
    ["For", "Contact"],
    ["Referrals and forms", "Team Administrator, CAMHS in Schools Team, Child and Family Centre, Wharf Road, Orrinford"],
    ["The Award, the Choice appointment, Reviews", "Dr Karen Ashworth, Award Lead"],
    ["Credit for earlier study or experience", "Dr Samuel Fenn, Lathbury University"],
    ["Placements", "Michael Oduya, Tutor"],
], widths=[6, 10])

title("APPENDIX: CARE GOALS")
para(doc, "The national outcomes, written as the care goals on every Let's Agree plan, with where we work on each and where "
     "it is reviewed. A dash means no Review looks at it.")
table(doc, [
    ["Care goal", "Worked on in", "Reviewed in"],
    ["Attributes"],
    ["Fair, respectful relationships with pupils and families", "CP6", "Review 1"],
    ["Gains the commitment of the head and senior leaders", "SP-b", "Review 2 (SP-b participants)"],
    ["Manages time, prioritises, delegates", "CP8", "Review 2"],
    ["Solves problems, sound judgement on provision", "CP5, CP7", "Review 1"],
    ["Speaks and writes clearly; listens", "All sessions", "Review 2 presentation"],
    ["Uses research and outside advice", "CP7", "Review 2"],
    ["Keeps up to date; owns their CPD", "CP8", "Next Steps plan, Review 2"],
    ["Knowledge"],
    ["SEN law and the Code of Practice", "CP1", "Review 1"],
    ["Every Child Matters", "CP1", "Review 1"],
    ["Disability equality law", "-", "Review 2"],
    ["Child development", "CP2", "Review 1"],
    ["Common types of SEN", "CP4", "Review 1"],
    ["Approaches, strategies, ICT", "CP7", "Review 2"],
    ["Best practice and research", "CP7", "-"],
    ["External agencies", "CP8, placements", "Review 1"],
    ["Skills"],
    ["Influences ethos, policy and resources", "SP-b", "Review 2 (SP-b participants)"],
    ["Identifies needs, targets, interventions, review", "CP5", "Review 1"],
    ["Uses other professionals' assessments", "CP5", "Review 1"],
    ["Helps colleagues with formative assessment", "CP5", "Review 2"],
    ["Access arrangements for tests and examinations", "CP5", "Review 1"],
    ["Provision mapping", "CP7", "Review 2"],
    ["Supports colleagues' development", "CP8", "Review 2"],
    ["Reviews provision with other staff", "CP8", "-"],
    ["Involves pupils in their provision", "CP3", "Review 1"],
    ["Works with parents and carers", "CP6", "Review 1"],
    ["Works with other services and voluntary organisations", "CP8, placements", "Review 1"],
], widths=[8, 4, 4])
para(doc, "Orrinford CAMHS in Schools Team, Child and Family Centre, Wharf Road, Orrinford")

finish_footnotes(doc)
doc.save(os.path.join(HERE, "in-02-orrinford-referral-guidelines.docx"))
