"""hf-02-northway-statement-of-work: builds hf-02-northway-statement-of-work.docx next to itself.

Provider (invented): Northway Open University, a distance-learning university that
awards its own degrees and teaches through associate lecturers ("regional tutors")
based at eleven regional centres, with Quillon Learning Systems Ltd, the e-learning
company that builds and hosts its online materials. Course: ED870 Coordinating
Special Educational Needs, first presentation May 2009.

Document kind: a commercial STATEMENT OF WORK (No. 4 under a framework agreement),
drafted by the e-learning company and marked up by the University's Contracts
Office, sent as the application with a shaded note, because its Schedule 1 (the
course description the course team supplied) is the fullest account of the course.
Layout: a version-control table; a shaded covering note; hand-numbered clauses
"1.1", "3.2", "5.3" ... whose numbers collide with requirement ids; a definitions
list; In scope / Out of scope lists; a deliverables table D1-D12 with acceptance
criteria; a responsibilities table (Activity / Quillon / University) with a merged
heading row; numbered assumptions A1-A9; a service-levels table; milestones and
charges; a blank signature table with placeholders; Schedule 1 in the University's
voice; Schedule 2, a landscape outcome coverage matrix in the course's words with
merged shaded group rows. Tracked changes by the Contracts Office (a deleted
double-marking sentence, an inserted direct-assessment sentence), Word comments by
Quillon's project manager, header and footer.

Traps (requirement ids):
- Clause numbers "3.3 Out of scope", "5.3 ...", "2.3 ..." collide with ids; the
  clause headed like a requirement says nothing about it.
- Level only a placeholder: "[Registry to confirm FHEQ level]" (E.2 partial).
- Research only in general terms and a reading list "to be supplied" (1.3 partial).
- Parents only as an optional, unassessed activity (1.7 partial, 6.S8 partial).
- Credit for certificated study only; "does not award credit for experience alone"
  (2.1 partial).
- The direct assessment route is in a tracked insertion, which counts (2.3 met).
- Platform accessibility and "complies with the Disability Discrimination Act 1995"
  are about the software (wrong context); reasonable adjustments out of scope and
  only "should contact" (3.1 partial). Unit 1 teaches SEN law only: disability
  legislation is nowhere in the content (1.4 partial; 6.K3 not met: no row, no content).
- Peer forums were used in the pilot (past) and are out of scope now; a comment
  offers them for Release 2; another client's peer mentoring is not ED870's
  (3.3 partial: tutor email and phone support only).
- Stakeholders: "designed in consultation" only (4.1 partial); storyboard review
  by LA representatives "[dates TBC]" and assumed for the future (4.2 not met);
  Programme Advisory Group in evaluation (4.3 met).
- CRB: "the responsibility of their employing schools; the University does not
  check them" (5.3 not met).
- Double marking only in the pilot and in a deleted sentence; moderation rate a
  placeholder (5.8 partial).
- Award rule covers the course's own outcomes, which omit some national outcomes
  (6.0 partial); not all outcomes assessed (1.9 partial).
- Matrix: no row for helping teachers with formative assessment (6.S2c not met);
  "Not assessed" (6.A1), assessed with no unit (6.A2, 6.A7), formative quiz only
  (6.K9), "optional portfolio item (not required)" (6.S3).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hf_helpers import *

NAME = "hf-02-northway-statement-of-work"
d = new_doc("Arial", 10)
header_footer(d, "Quillon Learning Systems Ltd - Commercial in Confidence",
              "SOW 4 (ED870) version 1.3 - agreed subject to signature")

para(d, "STATEMENT OF WORK No. 4", size=16, bold=True)
para(d, "under the Framework Agreement for Digital Learning Services between Northway Open University and "
        "Quillon Learning Systems Ltd dated 3 March 2007", size=11)
para(d, "ED870 Coordinating Special Educational Needs: design, build and hosting of the online course", size=11, bold=True)
table(d, [["Version", "Date", "Author", "Status"],
          ["1.0", "29 September 2008", "R. Okafor (Quillon)", "First draft"],
          ["1.2", "21 November 2008", "R. Okafor (Quillon)", "After the University's comments"],
          ["1.3", "9 January 2009", "Contracts Office, Northway Open University", "Agreed subject to signature"]])
d.add_paragraph()
boxed(d, [
    "**Note for the approval panel**",
    "Northway Open University is applying to the TDA for approval of ED870 Coordinating Special Educational Needs as a "
    "course leading to the National Award for SEN Coordination. We send the Statement of Work we have agreed with "
    "Quillon Learning Systems, who build and host our online materials, because its Schedule 1, which our course team "
    "wrote, is our fullest description of the course, and the body of the Statement shows how the online course is "
    "built, supported and run. Where the Statement says \"the Client\" it means the University. The Contracts Office's "
    "last changes are shown as tracked changes; Quillon's comments are in the margin.",
    "Professor Anne Lindqvist, Dean of Education and Languages, Northway Open University",
])

para(d, "1. DEFINITIONS", bold=True)
for t in ["1.1 \"Course\" means ED870 Coordinating Special Educational Needs, a course of the Client leading to the National Award for SEN Coordination.",
          "1.2 \"Course Team\" means the Client's academic staff who write and are responsible for the Course.",
          "1.3 \"Regional Tutor\" means an associate lecturer of the Client who teaches and assesses a tutor group of up to 18 participants from one of the Client's eleven regional centres.",
          "1.4 \"Learning Object\" means a unit of online material with its own identifier (LO-unit.number) built by Quillon to a storyboard approved by the Course Team.",
          "1.5 \"Platform\" means Quillon's hosted learning environment, QLearn 4, including the Practice Portfolio tool.",
          "1.6 \"Release 1\" means the online Course as it will be used by the first presentation, starting in May 2009."]:
    para(d, t)

para(d, "2. BACKGROUND", bold=True)
para(d, "2.1 The Client is a distance-learning university with its own degree-awarding powers. It validates and awards "
        "the Course itself through its Awards and Qualifications Committee, which approved ED870 on 17 October 2008 as a "
        "postgraduate course of 60 credits [Registry to confirm FHEQ level]. Successful participants receive the "
        "National Award for SEN Coordination and the credit counts towards the Client's MA in Education. The Client's "
        "regional centres register participants, allocate them to Regional Tutors and run the day schools; its central "
        "Course Team writes the materials, sets and moderates the assessment and evaluates the Course.")
para(d, "2.2 The Course was piloted as a print-based course with day schools in 2008 with 36 participants in three "
        "regions. The Client now wishes to present it twice a year in all eleven regions, with most of the study online.")
p23 = para(d, "2.3 Quillon built and hosts the Client's E-series online courses under SOW 1 to SOW 3 and will build ED870 "
        "on the same Platform. ")
para(d, "2.4 The Course was designed in consultation with local authorities and schools in the Client's regions. "
        "The materials will reflect current research and recent developments in SEN.")

para(d, "3. SCOPE OF SERVICES", bold=True)
para(d, "3.1 In scope. Quillon will:")
for b in ["build the Learning Objects for Units 1 to 5 from the Course Team's storyboards, including video, audio and interactive activities;",
          "build and host the Practice Portfolio tool, the online Starting Profile and the self-check quizzes;",
          "host the Course on the Platform from 1 April 2009 to 31 March 2012, with the service levels in clause 7;",
          "provide the participant helpdesk for technical problems and train Regional Tutors to use the Platform;",
          "build every screen to WCAG 1.0 level AA, test it with JAWS and with keyboard only, and supply a print and a large-print PDF of every unit. The Platform complies with the Disability Discrimination Act 1995."]:
    para(d, b, style="List Bullet")
para(d, "3.2 Flexible use. The Platform will allow the Client to open the Course to a new group at any of two start dates "
        "a year (May and November), to release units in an order the Client sets for each participant, and to give a "
        "participant access for up to 24 months where the Client has agreed a longer study period.")
para(d, "3.3 Out of scope. The following are not part of this Statement of Work:")
for b in ["academic content, teaching, assessment, marking and the award, which are the Client's;",
          "tutor moderation of online discussion;",
          "peer discussion forums for Release 1. Forums were used in the 2008 pilot; the Client has decided not to include them in Release 1;",
          "reasonable adjustments to assessment and to day schools for disabled participants;",
          "checks on participants' criminal records disclosures, which are the responsibility of their employing schools; the University does not check them."]:
    para(d, b, style="List Bullet")
para(d, "3.4 For comparison only: Quillon's service for the Royal Institute of Therapy Practice's online course includes "
        "peer mentoring and moderated forums run by Quillon staff. No such service is provided under this Statement of Work.")

para(d, "4. DELIVERABLES", bold=True)
table(d, [["Ref", "Deliverable", "Acceptance criteria", "Due"],
          ["D1", "Storyboards for Units 1 to 5", "Approved by the Course Chair. Stakeholder review of storyboards by local authority representatives: [dates TBC]", "30 Jan 2009"],
          ["D2", "Learning Objects, Units 1 and 2", "Built to storyboard; WCAG 1.0 AA; tested by the Course Team", "27 Feb 2009"],
          ["D3", "Learning Objects, Units 3 to 5", "As D2", "27 Mar 2009"],
          ["D4", "Starting Profile", "Participant rates each of the 27 Course Outcomes; result and tutor's notes saved to the Practice Portfolio", "27 Feb 2009"],
          ["D5", "Practice Portfolio tool", "Sections A to E; upload of documents, audio and video; tutor marking screen with the Client's marking guide", "27 Mar 2009"],
          ["D6", "Self-check quizzes", "One per unit; feedback on each answer; results visible to the participant and tutor only", "27 Mar 2009"],
          ["D7", "Video library", "22 clips filmed by the Client (see Schedule 1, part 6); captions and transcripts", "27 Mar 2009"],
          ["D8", "Research summaries bank", "Summaries written by the Course Team; reading list [to be supplied by the University]", "27 Mar 2009"],
          ["D9", "Platform training for Regional Tutors", "Half-day online session for each regional centre; recorded", "17 Apr 2009"],
          ["D10", "Helpdesk", "Live from 1 April 2009; see clause 7", "1 Apr 2009"],
          ["D11", "Evaluation data export", "Termly export of survey responses, Starting Profile ratings and portfolio submission dates to the Client", "Termly"],
          ["D12", "Print PDFs", "Print and large-print PDF for each unit", "3 Apr 2009"]])
d.add_paragraph()

para(d, "5. RESPONSIBILITIES", bold=True)
rt = d.add_table(rows=10, cols=3); rt.style = "Table Grid"
merge_row(rt, 0, "Who does what (L = leads, S = supports, - = no part)", shade="DDEBF7")
for j, h in enumerate(["Activity", "Quillon", "University"]):
    cell_text(rt.cell(1, j), h, bold=True, size=9, shade="D9D9D9")
resp = [["5.1 Admission and entry checks", "-", "L: Course Chair reviews every application (Schedule 1, part 3)"],
        ["5.2 Starting Profile and learning plan", "S: builds and hosts the tool", "L: Regional Tutor agrees the plan"],
        ["5.3 Regional tutor support", "S: Platform training (D9)", "L: email support and telephone tutorials"],
        ["5.4 Marking", "S: marking screen", "L: Regional Tutor marks to the marking guide"],
        ["5.5 Moderation of marking", "-", "L: sample moderated by the Course Team [University to confirm sampling rate]"],
        ["5.6 Technical helpdesk", "L", "-"],
        ["5.7 Evaluation", "S: data export (D11)", "L: Course Team and Programme Advisory Group"],
        ["5.8 Award", "-", "L: Examination Board"]]
for i, r in enumerate(resp, start=2):
    for j, v in enumerate(r):
        cell_text(rt.cell(i, j), v, size=9)
d.add_paragraph()
pm = para(d, "5.9 Marking. ")
tracked(pm, "Every Practice Portfolio will be double marked by a second Regional Tutor. ", "del")
pm.add_run("In the 2008 pilot every portfolio was double marked. From Release 1 each portfolio is marked by the "
           "participant's own Regional Tutor using the Client's marking guide, and the Professional Review is conducted by "
           "two assessors.")

para(d, "6. ASSUMPTIONS AND DEPENDENCIES", bold=True)
for t in ["A1 The Client will approve each storyboard within ten working days.",
          "A2 The Client will supply all video footage by 13 February 2009.",
          "A3 The Client will arrange for local authority representatives to review the storyboards before D2 is built.",
          "A4 Participants will have broadband access at home or at school.",
          "A5 Schools' filtering will allow access to the Platform and to the video host.",
          "A6 The Client's student record system will send registrations to the Platform daily.",
          "A7 The Client will provide the marking guide by 6 March 2009.",
          "A8 Regional Tutors will attend D9 before the first presentation.",
          "A9 No more than 220 participants will be registered in any presentation."]:
    para(d, t)

para(d, "7. SERVICE LEVELS", bold=True)
table(d, [["Service", "Level", "Measured"],
          ["Platform availability", "99.5 per cent, excluding planned maintenance on Sunday 6 am to 8 am", "Monthly"],
          ["Helpdesk hours", "8 am to 10 pm every day, including weekends and school holidays", "Monthly"],
          ["Helpdesk first response", "Within 2 hours in hours; critical faults within 30 minutes", "Monthly"],
          ["Video captions", "All video captioned before release", "Each release"]])
d.add_paragraph()
para(d, "8. CHARGES AND MILESTONES", bold=True)
para(d, "8.1 The fixed price for design and build (D1 to D9, D12) is GBP 148,600, paid 30 per cent on signature, 40 per cent "
        "on acceptance of D3 and 30 per cent on acceptance of D5. Hosting and helpdesk are charged at GBP 21 per registered "
        "participant per presentation. 8.2 Changes follow the change control procedure in clause 14 of the Framework Agreement.")
para(d, "9. PROJECT GOVERNANCE AND REPORTING", bold=True)
para(d, "9.1 A Project Board of the Course Chair, the Client's Head of Online Learning, Quillon's Account Director and "
        "Quillon's project manager meets monthly until Release 1 is accepted and then each quarter. It receives a "
        "highlight report on progress against the deliverables, risks and issues, and the helpdesk and availability "
        "figures against clause 7.")
para(d, "9.2 Quillon's project manager and the Course Team's production manager speak weekly. Storyboards, builds and "
        "test results are kept on Quillon's project extranet, to which the Course Team, the Client's Head of Online "
        "Learning and the Contracts Office have access.")
para(d, "9.3 Each Learning Object passes three tests before the Course Team accepts it: a functional test by Quillon, an "
        "accessibility test by Quillon's accessibility lead, and an academic check by the member of the Course Team who "
        "wrote the storyboard. Faults found in test are logged, graded and fixed before acceptance; faults graded "
        "cosmetic may be fixed in the next maintenance release by agreement.")
para(d, "9.4 After the first presentation Quillon will report to the Project Board on use of the Platform: logins, "
        "time on each unit, completion of each Learning Object and portfolio submissions by date. The Client decides "
        "what use it makes of these reports in reviewing the Course.")
para(d, "9.5 Intellectual property in the Course Team's content remains with the Client. Quillon keeps the rights in the "
        "Platform and its templates and grants the Client a licence to use them for the life of this Statement of Work. "
        "At the end of the hosting period Quillon will return all content and participant data to the Client in an "
        "agreed format and delete its own copies within 30 days.")
para(d, "10. SIGNATURES", bold=True)
table(d, [["For Quillon Learning Systems Ltd", "For Northway Open University"],
          ["Name: [name]", "Name: [name]"],
          ["Signature: ", "Signature: "],
          ["Date: [date]", "Date: [date]"]])
d.add_page_break()

para(d, "SCHEDULE 1: COURSE DESCRIPTION (supplied by the University)", bold=True, size=12)
para(d, "Written by the ED870 Course Team, December 2008. In this Schedule \"we\" means the University.")
para(d, "**1 Aims.** ED870 aims to help SENCOs lead their schools so that pupils with special educational needs and "
        "disabilities achieve more and are healthy, safe, enjoy school, make a positive contribution and are prepared for "
        "economic well-being. Every unit states which of these outcomes it serves, and the Practice Portfolio asks "
        "participants to show the effect of their work on both pupils' progress and their well-being.")
para(d, "**2 Structure.** Five units, each of about six weeks of part-time study (roughly 100 hours each, 600 hours in all), "
        "studied online with print versions, with three day schools at the regional centre:")
table(d, [["Unit", "Title", "What participants do in school"],
          ["1", "Policy and the SENCO: SEN law and guidance (the SEN Code of Practice 2001 and the SEN Toolkit), Every Child Matters, Removing Barriers to Achievement and the Children's Plan, and how a school puts them into practice; child development and how SEN, disability and the environment affect it", "Review the school's SEN policy with the head and a governor"],
          ["2", "Identifying need and planning provision: the common kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD); assessment, target setting and review; using other professionals' assessments; using national test results and other summative data; access arrangements for national tests and examinations; approaches, resources and ICT for teaching, weighed critically; provision mapping", "Profile two pupils; map the school's provision"],
          ["3", "Pupils, parents and colleagues: consulting pupils and involving them in planning and reviewing their support; relationships with pupils and families; an optional online activity on working with parents and carers; coaching and mentoring colleagues, leading training, observation and feedback; deploying and managing teaching assistants; prioritising, managing time and delegating", "Hold a pupil-consultation meeting; coach a colleague"],
          ["4", "Working with other services: the roles of health, social care, educational psychology, specialist teaching and voluntary organisations, and how to get their help", "Plan a multi-agency review"],
          ["5", "Leading improvement: school self-evaluation and SEN; reviewing provision with colleagues; research evidence and outside advice; solving problems and making decisions on provision; planning and leading a change", "Lead and evaluate a school improvement project"]])
d.add_paragraph()
para(d, "**3 Entry and admission.** Applicants must hold QTS, be working as a SENCO or about to take up the role, and "
        "have their head's written support, including study time and access to pupils' records. The Course Chair reviews "
        "every application and the applicant's Starting Profile; applicants whose profile shows too little experience of "
        "SEN work are offered a place on our 30-credit course E805 first.")
para(d, "**4 Starting Profile and learning plan.** Before the course begins each participant rates themselves against "
        "the 27 Course Outcomes with evidence. The Regional Tutor discusses the profile by telephone and agrees a "
        "learning plan naming personal targets and the units and day-school sessions to concentrate on. The plan is "
        "reviewed at the end of each unit. Participants may take the units in the order the plan sets, within the "
        "presentation, and start in May or November. Most schools pay the fee of GBP 1,050 from their Standards Fund; "
        "the credit counts towards the MA in Education, and participants who complete go on to our MA at a reduced fee.")
para(d, "**5 Credit for earlier learning and the direct assessment route.** Credit for earlier certificated study at "
        "postgraduate level may be given under the University's Credit Transfer regulations, up to 30 credits. The "
        "University does not award credit for experience alone.")
p5 = para(d, "")
tracked(p5, "In exceptional circumstances a SENCO with at least five years' experience may, with the Course Chair's "
            "agreement, register for the assessment only: they submit the full Practice Portfolio and take the "
            "Professional Review without studying the units, with one tutorial to explain the requirements.", "ins")
para(d, "**6 Tutors, specialists and placements.** Regional Tutors hold a masters degree in education or inclusion and "
        "have been SENCOs, specialist teachers or educational psychologists within the last three years; many still "
        "work in schools or services. The Course Team are two senior lecturers who research and publish on SEN and the "
        "Course Chair, a former LA principal educational psychologist. Each Regional Tutor attends a briefing day before "
        "each presentation on the Tutor Guide, which sets out their role in tutoring, day schools and marking; each "
        "participant's head names a school mentor, who receives the Mentor Guide and a twilight briefing at the regional "
        "centre. Our video library has 22 clips by educational psychologists, a speech and language therapist, a "
        "specialist teacher of the deaf, an occupational therapist and voluntary organisations. Each participant spends "
        "two days in a specialist setting (a special school, a resource base or a support service) arranged by the "
        "regional centre. Participants use the University Library's online collections and the assistive technology "
        "loan scheme at each regional centre.")
para(d, "**7 Support.** Regional Tutors answer participants' questions by email within two working days and hold three "
        "telephone tutorials in each unit, as well as the three day schools. Quillon's helpdesk deals with technical problems. "
        "Disabled participants should contact the University's Disability Resource Team.")
para(d, "**8 Assessment and award.** Participants build a Practice Portfolio (Sections A to E, about 8,000 words with "
        "evidence) and take a Professional Review, a 40-minute discussion of the portfolio with two assessors. "
        "Section A: policy review (Unit 1); Section B: pupil profiles and provision map (Unit 2); Section C: pupil "
        "consultation and coaching record (Unit 3); Section D: multi-agency review plan (Unit 4); Section E: school "
        "improvement project and its effect on pupils, with a CPD log. The Examination Board, with the external "
        "examiner, makes the award only where the portfolio and the Professional Review show that the participant has "
        "met every one of the 27 Course Outcomes. Unit 5 ends with a Next Steps Review in which each participant agrees "
        "with the tutor a professional development plan with targets for the year after the course, which is shared "
        "with the head.")
para(d, "**9 Evaluation and impact.** We use participants' end-of-unit and end-of-course surveys, Regional Tutors' "
        "reports, the external examiner's report, the Starting Profile repeated at the end of the course to measure "
        "change in confidence and competence, progress data (National Curriculum levels or P scales) for the two focus "
        "pupils in each portfolio before and after the improvement project, and a survey of heads twelve months after "
        "completion. The annual course review turns this evidence into actions, and the Course Team reports the "
        "actions taken to the Faculty's Teaching Committee.")
para(d, "**10 Programme Advisory Group.** Two LA SEN officers, two headteachers, a parent partnership officer, a "
        "representative of a voluntary organisation and two participants' representatives meet each term. They "
        "receive the evaluation report, help design the heads' survey and take part in the annual course review.")

landscape_section(d)
para(d, "SCHEDULE 2: OUTCOME COVERAGE MATRIX", bold=True, size=12)
para(d, "The 27 Course Outcomes as the Course Team wrote them, with the unit and Learning Objects that develop each and "
        "where it is assessed. Quillon uses this matrix to tag Learning Objects and portfolio sections.")
rows = [
    ("G", "A  Personal and professional qualities"),
    ("Builds fair and supportive relationships with pupils with SEN and disabilities and their parents and carers", "3", "LO-3.4", "Not assessed"),
    ("Gains the commitment of colleagues, the head and senior leaders", "-", "-", "Professional Review"),
    ("Prioritises, manages time and delegates", "3", "LO-3.9", "Section C"),
    ("Anticipates problems and makes sound decisions about provision", "5", "LO-5.4", "Section E"),
    ("Communicates clearly in speech and writing and listens to others", "3, 5", "LO-3.6", "Professional Review"),
    ("Draws on research and outside advice to improve practice", "5", "LO-5.3", "Section E"),
    ("Keeps up to date and takes responsibility for own CPD", "-", "-", "Section E (CPD log)"),
    ("G", "B  Knowledge and understanding"),
    ("SEN law and guidance and how to put it into practice", "1", "LO-1.1, LO-1.2", "Section A"),
    ("Every Child Matters and the SENCO's part in it", "1", "LO-1.3", "Section A"),
    ("How children develop and how SEN, disability and environment affect development", "1", "LO-1.5", "Section B"),
    ("The common kinds of SEN and disability and their effect on learning", "2", "LO-2.1 to LO-2.5", "Section B"),
    ("Approaches, resources and ICT for assessment, planning and teaching", "2", "LO-2.7", "Section B"),
    ("School self-evaluation and improvement for SEN", "5", "LO-5.1", "Section E"),
    ("Best practice and research in meeting SEN", "2, 5", "LO-2.8, LO-5.3", "Section E"),
    ("The roles of other services and how to get specialist help", "4", "LO-4.1 to LO-4.3", "Unit 4 self-check quiz (formative)"),
    ("G", "C  Skills"),
    ("Works with the head and governors on ethos, policy, priorities and resources", "1", "LO-1.6", "Section A"),
    ("Identifies pupils, sets targets, plans interventions and reviews progress", "2", "LO-2.6", "Section B"),
    ("Uses other professionals' assessments in planning teaching", "2", "LO-2.6", "Section B"),
    ("Uses national tests and other summative data to track progress", "2", "LO-2.9", "Section B"),
    ("Arranges access arrangements for national tests and examinations in good time", "2", "LO-2.10", "Section B"),
    ("Maps provision and identifies what is missing or not working", "2", "LO-2.11", "Optional portfolio item (not required)"),
    ("Deploys and manages teaching assistants and other staff", "3", "LO-3.8", "Section C"),
    ("Coaches, mentors, observes and trains colleagues", "3", "LO-3.7", "Section C"),
    ("Reviews provision with colleagues to inform school self-evaluation", "5", "LO-5.2", "Section E"),
    ("Involves pupils in planning and reviewing their provision", "3", "LO-3.2", "Section C"),
    ("Liaises with parents and carers", "3", "LO-3.5 (optional)", "Not assessed"),
    ("Works in partnership with other services and voluntary organisations", "4", "LO-4.4", "Section D"),
]
mt = d.add_table(rows=1 + len(rows), cols=4); mt.style = "Table Grid"
for j, h in enumerate(["Course Outcome", "Unit", "Learning Objects", "Assessed in"]):
    cell_text(mt.cell(0, j), h, bold=True, size=9, shade="D9D9D9")
for i, r in enumerate(rows, start=1):
    if r[0] == "G":
        merge_row(mt, i, r[1], shade="FCE4D6")
        continue
    for j, v in enumerate(r):
        cell_text(mt.cell(i, j), v, size=9)
d.add_paragraph()
para(d, "Quiz results are not counted towards the award. Learning Objects marked optional may be skipped without affecting the result.")

# comments
comment(d, p23.runs, "We could switch on peer forums for Release 2 at no extra charge if the Client wishes. RO",
        author="R. Okafor", initials="RO")
comment(d, rt.cell(6, 2).paragraphs[0].runs, "Contracts Office: Course Team to confirm 10 per cent? RO", author="R. Okafor", initials="RO")

d.save(str(Path(__file__).resolve().parent / (NAME + ".docx")))
print("wrote", NAME + ".docx")
