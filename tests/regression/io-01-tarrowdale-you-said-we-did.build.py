"""io-01-tarrowdale-you-said-we-did

Provider: Tarrowdale Co-operative Schools Trust, a co-operative trust of twelve
schools in the Tarrow valley (two secondaries, nine primaries and Brookside
special school), with the University of Eastbridge as validating partner and
Harnley Borough Council's SEN Support Service and the Tarrow Valley Parent
Partnership as partners. 2008-09 National Award for SEN Coordination.

Document kind and layout: the Trust's "You Said, We Did" report to its
Stakeholder Forum (the co-operative trust's forum of parents, pupils, staff,
heads and community members), sent whole as the application with a short
covering text box. Heading 1 for the four parts, a foreword from the Forum's
chair (values), "How we listened", then five three-column tables ("You said |
We did | Where it stands"), one per constituency of members, each opened by a
merged, shaded band row; then "The Award as it now stands" (a field table with a
merged title row), Appendix A (the Strands and Co-op Days in prose) and Appendix B
(the three "Shares", the assessed tasks, each with "What the markers look for:"
lists). Header and footer (the co-operative values in the footer), two Word
comments, a footnote, a tracked deletion and a tracked insertion, a
placeholder "[date of June Forum meeting to be added]". House vocabulary:
Co-op Days (taught days), Strands (modules), Learning Sets, Shares (assessed
tasks), Starting Point profile, Outcomes Record, Award Review Group.

Traps (requirement ids):
- The "You said" column is members' words, never the Trust's arrangement: a
  parent asks how the Trust will know the Award helps children (5.9), a pupil
  asks to be asked (1.5, 6.S7), a TA asks for child development (6.K4).
- Pupil consultation "is not part of the Award in 2008-09", status "Not taken
  forward this year"; only a session for 2009-10 planned (1.5, 6.S7 not_met).
- Child development only asked for and "Passed to the Heads' Council", status
  "Open" (6.K4 not_met).
- Access arrangements left to the Trust's Exams Officers' Network, "separate
  from the Award"; the sentence saying Share C judges it is a tracked deletion
  (6.S2d not_met).
- Assessment-only route refused by the University's regulations "for 2008-09"
  (2.3 not_met).
- Prior certificated learning credited, but "The University does not give
  credit for experience alone" (2.1 partially_met).
- The Starting Point profile is against the outcomes but used only to form
  Learning Sets, no individual plan or personalised outcomes (2.2 partially_met).
- CRB: member schools' SENCOs are left to their own schools' records; only
  candidates from outside the Trust are checked (5.3 partially_met). A comment
  asking to claim more is not evidence.
- Mentor guide only "being written" and hoped for in the spring; tutors have a
  handbook (5.7 partially_met). A comment says it is "nearly done".
- Impact: competence and confidence self-rating done; pupils' achievement only
  "in talks", "nothing has been agreed" (5.9 partially_met).
- Disability equality law: judged in Share A but its session "has moved to
  Co-op Day 8 in 2009-10" (6.K3 partially_met, assessed not taught).
- Practised but "Not judged in any Share": time management and delegation
  (6.A3), strategic work with governors (6.S1), national test data (6.S2b),
  working alongside other agencies (6.S9), the Next Steps plan (6.A7; 2.5 is met).
- Award rule requires every national outcome, but several are not judged or not
  covered (6.0 partially_met; 1.9 partially_met).
- Tracked insertion makes Share B judge the link to the school's
  self-evaluation form (6.K7 met).
- Values in the foreword and footer are not arrangements.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _io_helpers import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "io-01-tarrowdale-you-said-we-did.docx")
doc = Document()
header_footer(doc, "Tarrowdale Co-operative Schools Trust  |  Stakeholder Forum  |  You Said, We Did  |  Autumn 2008",
              "Self-help · self-responsibility · democracy · equality · equity · solidarity  —  "
              "Tarrowdale Co-operative Schools Trust, The Teachers' Centre, Mill Lane, Harnley")
fn = Footnotes(doc)

para(doc, "Tarrowdale Co-operative Schools Trust", bold=True, size=20)
para(doc, "YOU SAID, WE DID", bold=True, size=26)
para(doc, "The National Award for SEN Coordination: what our members told us and what we have done about it", italic=True, size=13)
para(doc, "Report to the Stakeholder Forum, October 2008, sent with the Trust's application to the Training and Development Agency for Schools for approval to run the National Award in 2008-09")

textbox(doc, [
    ("A note for the TDA panel", True),
    ("The Trust is a co-operative: its members are the parents, pupils, staff and community partners of twelve schools, and they hold us to account through the Stakeholder Forum. We report back to the Forum every term in this form. We have sent you the report as it went to the Forum, because it is the most honest account we have of how the Award was shaped.", False),
    ("The Award's arrangements are set out in the \"We did\" column and in Part 3 and the two appendices.", False),
    ("Contact: Ruth Allard, Award Lead and Trust Inclusion Adviser.", False),
], height_pt=170)

doc.add_paragraph("Foreword from the Chair of the Stakeholder Forum", style="Heading 1")
para(doc, "Our Trust was formed in 2008 by twelve schools that believed they could do more together than apart. We hold to the co-operative values of self-help, self-responsibility, democracy, equality, equity and solidarity, and we believe that every child in the Tarrow valley, whatever their needs, deserves a teacher who knows how to help them. Nowhere is that more important than for children with special educational needs and disabilities.")
para(doc, "Last year fourteen SENCOs from our schools took part in a pilot course with the University of Eastbridge. This year the Trust wants to offer the new National Award to SENCOs from all twelve schools and to neighbouring schools. Before we wrote a word of the course, we asked our members what they wanted from it. This report sets out what they said, and what the Trust has done. Where we have not done something, we say so.")
para(doc, "Margaret Olufemi, parent member and Chair of the Stakeholder Forum")

doc.add_paragraph("Part 1: How we listened", style="Heading 1")
para(doc, "Between March and July 2008 the Trust gathered evidence about what the Award needs to do in five ways.")
for t in [
    "1. A survey of all twelve schools: each SENCO and headteacher returned a questionnaire on the school's SEN register by type of need, the SENCO's experience and training, and the three things they most wanted from a SENCO course. All twelve schools replied (24 returns).",
    "2. Harnley Borough Council's SEN Support Service gave us the valley's figures on statements and School Action Plus by type of need for 2005 to 2008.",
    "3. Two open meetings of the Stakeholder Forum, in April and on [date of June Forum meeting to be added], attended by 61 parents, staff and community members.",
    "4. The Learners' Council (two pupils from each school) discussed \"What makes a good SENCO?\" at its May meeting.",
    "5. The fourteen pilot SENCOs wrote end-of-course evaluations and six of them met the Award Lead for a review afternoon in July.",
]:
    para(doc, t)
para(doc, "The survey and the Council's figures told us three things that changed the course: autism and speech, language and communication needs are the fastest-growing needs in the valley (statements for autism rose from 38 to 61 between 2005 and 2008); two thirds of our SENCOs had no SEN qualification and a third had been in post less than two years; and SENCOs in the primary schools are mostly class teachers with little release time. Those findings are why Strand 2 gives a whole Co-op Day to autism and communication needs, why the Award begins with the SENCO's role, and why every Co-op Day is offered on a Saturday as well as a weekday.")

doc.add_paragraph("Part 2: You said, we did", style="Heading 1")
para(doc, "Each row below is one thing a member said to us (in their words, lightly shortened), what the Trust did, and where it stands now. Where it stands is one of: Done; In hand; Passed on; Open; Not taken forward this year.")

SECTIONS = [
    ("Parents and carers", [
        ("\"When my son's review meeting happens I feel talked at. SENCOs need to learn to listen to us.\" (parent, Brook Lane Primary)",
         "Co-op Day 5, Families as Partners, is now co-led by the Tarrow Valley Parent Partnership Service and two parent members of the Forum. SENCOs practise running a review meeting with a parent in role, then hold a structured conversation with a family in their own school, agree what the school and the family will each do, and write it up for Share C, where it is judged.",
         "Done"),
        ("\"Parents of children with autism told us the SENCO didn't know who else could help.\" (parent governor, Harnley Road Infants)",
         "Co-op Day 7, The Team Around the Child, brings in Harnley Autism Support (a parents' voluntary organisation), the educational psychology service, the speech and language therapy team and CAMHS. Each SENCO maps the agencies involved with one child for Share A and explains how the school obtained their help.",
         "Done"),
        ("\"Will the SENCO who does this course actually be better for my child? How will you know?\" (parent, St Cuthbert's CE Primary)",
         "Every SENCO completes the Trust's confidence and competence self-rating against the national outcomes at the start and again at the end of the Award, and the tutor rates the same scale from the three Shares; the two sets of ratings are reported to the Award Review Group. On pupils' achievement, we are in talks with Harnley's data team about whether pupil-level progress data for the children in each SENCO's enquiry could be compared with similar pupils; nothing has been agreed.",
         "In hand"),
    ]),
    ("Pupils (the Learners' Council)", [
        ("\"Teachers should ask us what helps, not just our mums.\" (Year 9 member, Tarrow High)",
         "We took this to the Heads' Council in June. They agreed that it matters but felt the eight Co-op Days are already full, so consulting pupils is not part of the Award in 2008-09. The Learners' Council has been asked to help us design a session for 2009-10.",
         "Not taken forward this year"),
        ("\"The person who helps me with reading keeps changing.\" (Year 5 member, St Cuthbert's)",
         "Co-op Day 6, Deploying Support Staff, now covers timetabling, directing and managing teaching assistants and learning mentors. Each SENCO reviews how support staff are deployed in her or his school and proposes changes in Share C, where the proposal is judged.",
         "Done"),
    ]),
    ("Staff: SENCOs and teaching assistants", [
        ("\"The reading list felt old.\" (pilot SENCO, Moorside Primary)",
         "The University rewrote the reading list in August 2008. It now includes the Bercow Review of services for children with speech, language and communication needs (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Inclusion Development Programme materials on dyslexia and on communication needs (2008) and Removing Barriers to Achievement (2004). Every Co-op Day opens with a twenty-minute What's New slot in which the tutor presents recent research, inspection findings or policy.",
         "Done"),
        ("\"I already have a certificate in specific learning difficulties. Do I have to do it all again?\" (SENCO, Harnley Road Infants)",
         "The University's Accreditation of Prior Certificated Learning lets a SENCO bring up to 20 credits of earlier masters-level study into the 60, on application to the Award Lead before Co-op Day 1. The University does not give credit for experience alone, however long.",
         "Done"),
        ("\"We all started in different places but got the same course.\" (pilot SENCO, Tarrow High)",
         "Before Co-op Day 1 each SENCO completes the Starting Point profile, rating herself or himself against the national outcomes with the headteacher. We use the profiles to put SENCOs with similar starting points into the same Learning Set of four, and each set chooses two of the five optional afternoon workshops.",
         "Done"),
        ("\"We see the little ones every day and don't understand why some are so far behind. Can the course cover how children develop?\" (teaching assistant, Harnley Road Infants)",
         "Passed to the Heads' Council and to the University for the 2009-10 review of the Award.",
         "Open"),
        ("\"Access arrangements for GCSE are a nightmare and nobody trained me.\" (SENCO, Kelsey Bank School)",
         "The Trust's Exams Officers' Network runs its own half-day on access arrangements each spring, open to SENCOs; it is separate from the Award.",
         "Passed on"),
        ("\"I can't get release on Tuesdays.\" (SENCO and Year 6 teacher, Fellside Primary)",
         "Every Co-op Day now runs twice: on a Tuesday at the Teachers' Centre, and again on the following Saturday at Tarrow High. SENCOs may mix the two. There are two start points, September and January; the January cohort takes Strands 3 and 4 before Strands 1 and 2, and a SENCO who misses a Co-op Day may take it with the next cohort.",
         "Done"),
        ("\"Handouts on the day, in small print, were hard for me.\" (pilot SENCO with dyslexia)",
         "The booking form now invites every SENCO to tell us, in confidence, about a disability or other need, and our leaflet says why we ask. The Award Lead agrees adjustments with the SENCO before Co-op Day 1: materials a week ahead on the Learning Platform, in large print or on coloured paper, extra time for Shares, a scribe or recorder in the professional conversation. All venues are step-free with hearing loops, and placement hosts are told of agreed adjustments.",
         "Done"),
        ("\"The online forum was dead between days.\" (pilot SENCO, Oakley Primary)",
         "Each Learning Set now has its own space on the Trust's Learning Platform. The set's tutor posts a follow-up task after every Co-op Day and replies to posts within three working days, and SENCOs post drafts of their Shares for comment from the other three. Two follow-up units are taken online between Co-op Days. Tutors, mentors and headteachers get Award news and dates through the Platform's noticeboard.",
         "Done"),
        ("\"What happens after the Award?\" (pilot SENCO, Moorside Primary)",
         "The last Co-op Day ends with Next Steps: each SENCO drafts three professional objectives for the coming year on the Trust's planning sheet, to take to her or his performance management review, and the University's MA tutor sets out routes into the MA in Inclusive Education.",
         "Done"),
    ]),
    ("Headteachers (the Heads' Council)", [
        ("\"I want to know the SENCO we send can cope. Last year one struggled.\" (head, Fellside Primary)",
         "Entry now requires qualified teacher status, at least two years' teaching, a current or agreed SENCO role and the headteacher's nomination. The Award Lead holds a pre-course conversation with each nominee using the Starting Point profile; where a nominee is unlikely to reach the outcomes within the year, she advises on what to do first and agrees it with the headteacher.",
         "Done"),
        ("\"My deputy has run SEN for ten years. Can she just be assessed?\" (head, Kelsey Bank School)",
         "We asked the University. Its regulations do not at present allow the Certificate to be awarded without enrolment on the taught modules, so for 2008-09 there is no route straight to assessment.",
         "Not taken forward this year"),
        ("\"What will it cost us?\" (head, Oakley Primary)",
         "The fee is £1,150 per SENCO, including the University's registration. Co-op Days are held in member schools, which keeps costs down, and optional workshops mean that no SENCO sits through what she or he already knows.",
         "Done"),
        ("\"Who checks that participants are safe to work with children?\" (head, Brookside School)",
         "SENCOs from our twelve schools are covered by their own school's recruitment checks, recorded on each school's single central record. Candidates from schools outside the Trust must send a copy of a current enhanced CRB disclosure with their application, which the Trust's HR officer checks before a place is confirmed.",
         "Done"),
        ("\"We want SENCOs who lead, not SENCOs who do paperwork.\" (head, Tarrow High)",
         "Co-op Day 8 includes a session with two chairs of governors on writing SEN policy and planning SEN resources with the senior team, and Co-op Day 2 covers gaining the commitment of the head and senior leaders.",
         "Done"),
        ("\"Last year two tutors marked the same kind of work very differently.\" (head, Moorside Primary)",
         "Every Share is marked by the Learning Set's tutor and second-marked by a tutor from another set. The tutors meet after each hand-in to standardise on three scripts before marks are agreed. The University's external examiner samples a third of the Shares, and all fails and borderlines, and attends the Assessment Board.",
         "Done"),
    ]),
    ("Community and partner members", [
        ("\"Our figures show autism and communication needs rising fastest in the valley.\" (Head of SEN Support Service, Harnley Borough Council)",
         "Co-op Day 4 is given wholly to autism and to speech, language and communication needs, and is taught by two specialist teachers from the SEN Support Service.",
         "Done"),
        ("\"We would like to help judge whether the Award makes a difference.\" (Harnley Autism Support)",
         "Harnley Autism Support now has a seat on the Award Review Group, with two Forum parents, two heads, a pupil representative from the Learners' Council and the University. The Group meets each July, reads the SENCOs' evaluations, the external examiner's report and the Shares' results, and recommends changes to the Trust Board, which reports them back to the Forum in this form.",
         "Done"),
        ("\"Mentors in school need clearer guidance.\" (Dr Anil Mehra, University of Eastbridge)",
         "Tutors have the Award Tutor Handbook and a standardisation meeting before each Share. A Mentor Guide for the school-based mentors is being written and we hope to have it ready for the spring term; until then mentors are briefed by telephone when they ask.",
         "In hand"),
        ("\"Mainstream SENCOs would learn a lot from seeing our practice.\" (headteacher, Brookside School)",
         "Each SENCO spends two placement days at Brookside or at the Harnley Hearing Support Base, arranged by the Award Lead with a host teacher, with a set task for each day that feeds into Share A or Share B.",
         "Done"),
        ("\"Will everyone who turns up get the Award?\" (community member, Tarrow Credit Union)",
         "No. A SENCO is awarded the Certificate only when she or he has passed all three Shares and the Outcomes Record, signed by the tutor, shows every one of the national minimum outcomes met. There is no compensation between Shares.",
         "Done"),
    ]),
]
row_paras = {}
def row(prefix):
    return next(v for k, v in row_paras.items() if k.startswith(prefix))
for title, rows in SECTIONS:
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    band = t.rows[0].cells[0].merge(t.rows[0].cells[2])
    cell_text(band, title, bold=True)
    shade(band, "C6E0B4")
    for c, h in zip(t.rows[1].cells, ["You said", "We did", "Where it stands"]):
        cell_text(c, h, bold=True)
        shade(c, "E2EFDA")
    for said, did, stands in rows:
        r = t.add_row().cells
        cell_text(r[0], said, italic=True)
        cell_text(r[1], did)
        cell_text(r[2], stands)
        row_paras[said] = r
    para(doc, "")

# tracked deletion in the access arrangements row
acc = row("\"Access arrangements for GCSE ")[1]
dele(acc.paragraphs[0], " Share C will also judge how the SENCO identifies in good time, and puts in place with colleagues, special arrangements for tests and examinations.",
     author="Ruth Allard", date="2008-10-02T16:20:00Z")
# footnote on APCL row
fn.add(row("\"I already have a certificate")[1].paragraphs[0],
       "University of Eastbridge Academic Regulations 2007-08, Regulation 14, Accreditation of Prior Learning.")
# comments
comment(doc, row("\"Who checks that participants")[1].paragraphs[0],
        "Can we say the Trust checks the member schools' SENCOs too? HR say they could look at the SCRs if asked.", author="Dr Anil Mehra", initials="AM")
comment(doc, row("\"Mentors in school need cleare")[1].paragraphs[0],
        "Jo says the Mentor Guide is nearly done - could we just say it's ready?", author="Margaret Olufemi", initials="MO")

doc.add_paragraph("Part 3: The Award as it now stands", style="Heading 1")
para(doc, "After the Forum's meetings the Trust Board approved the Award in the form below on 17 July 2008.")
glance = [
    ("Title", "Postgraduate Certificate in Co-operative SEN Leadership (the National Award for SEN Coordination)"),
    ("Validated by", "University of Eastbridge, School of Education, at a validation event on 9 July 2008; the Trust delivers it under the University's collaborative provision agreement"),
    ("Credit", "60 credits at Masters level (M level)"),
    ("Aim", "To raise the achievement and well-being of children and young people with SEN and/or disabilities in our schools (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being) by developing the knowledge, skills and judgement of the SENCOs who lead their provision. Every Strand and every Share is written around that aim: Share A begins from one child's achievement and well-being, and Share B measures the difference a change in provision makes to a group of pupils."),
    ("Who it is for", "SENCOs new to the role in the Trust's twelve schools and neighbouring schools; cohorts of up to 24"),
    ("Shape", "Eight Co-op Days in four Strands, each offered on a Tuesday and repeated on a Saturday; two placement days; two online follow-up units; Learning Sets of four; three assessed Shares"),
    ("Staff", "Ruth Allard, Award Lead (MEd Special and Inclusive Education; SENCO at Tarrow High for eleven years; now Trust Inclusion Adviser). Dr Anil Mehra, Senior Lecturer in Inclusive Education, University of Eastbridge. Helen Pryce and Tom Aske, specialist teachers (autism; speech, language and communication), Harnley SEN Support Service. Dr Kath Moss, senior educational psychologist. Each tutor keeps up to date through at least five days a year of specialist CPD, recorded in the Trust's CPD log and reviewed by the Award Lead."),
    ("Resources", "The Trust's SEN library at the Teachers' Centre (about 600 books and journals, and e-journal access through the University); an assistive technology loan kit (text-to-speech and word-prediction software, Clicker 5, portable word processors, recording devices) that SENCOs borrow for their schools; Brookside's sensory and communication rooms; the Learning Platform."),
    ("Evaluation", "Evaluations at the end of each Co-op Day and of each Share; Learning Set feedback to tutors; the self-rating scale at start and end; the external examiner's annual report; the University's annual monitoring; the Award Review Group each July, whose recommendations go to the Trust Board and back to the Forum. Changes made as a result are listed in the next You Said, We Did report."),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(top, "The Award at a glance", bold=True)
shade(top, "C6E0B4")
for k, v in glance:
    r = t.add_row().cells
    cell_text(r[0], k, bold=True)
    shade(r[0], "F2F2F2")
    cell_text(r[1], v)
para(doc, "")

doc.add_paragraph("Appendix A: The Strands and the Co-op Days", style="Heading 1")
strands = [
    ("Strand 1: Rights and Duties (Co-op Days 1 and 2)",
     ["Co-op Day 1 works through the SEN Code of Practice (2001), the graduated response (School Action, School Action Plus, statutory assessment and statements) and annual reviews, and what each means for the school, the SENCO, class teachers and governors. It also covers Every Child Matters: the five outcomes, the Children Act 2004 and the SENCO's part in helping children with SEN reach them through the school's work with other services.",
      "The session on the Disability Discrimination Act and the disability equality duty has moved to Co-op Day 8 in 2009-10; in 2008-09 Strand 1 covers the SEN Code of Practice and Every Child Matters.",
      "Co-op Day 2, The SENCO's Role, covers prioritising the work of a SENCO, managing time and delegating tasks to others and checking they are done, and gaining the commitment of the headteacher and senior leaders to improving outcomes for pupils with SEN. Through case discussions drawn from the pilot, SENCOs practise anticipating problems and making sound, well-founded decisions about provision. SENCOs bring their own job description and a week's diary."]),
    ("Strand 2: Knowing the Learner (Co-op Days 3 and 4)",
     ["Co-op Day 3 covers behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, and moderate learning difficulties, and how each can affect children's learning. Co-op Day 4, held at Brookside, covers autism and speech, language and communication needs.",
      "Across both days SENCOs practise identifying pupils who may have SEN from classroom observation, data and assessment, setting challenging targets, planning interventions that remove barriers to learning and reviewing progress; they learn to read and use reports from educational psychologists, therapists and specialist teachers in planning teaching; and they try out approaches, strategies and resources, including ICT and the assistive technology kit, judging critically what suits which pupils. The tutors present the research evidence behind the interventions used most in our schools and what the best schools in the valley do."]),
    ("Strand 3: Leading Provision (Co-op Days 6 and 8)",
     ["Co-op Day 6 covers provision mapping and provision management: costing provision, mapping it against need, and finding the provision that is not working or is missing. It also covers deploying and managing teaching assistants and learning mentors.",
      "Co-op Day 8 covers leading colleagues: observing teaching and giving feedback, modelling, coaching and mentoring, and planning training; encouraging class teachers to develop formative assessment for all pupils, with particular approaches for pupils with SEN; reviewing with other staff how well provision works, so that the findings inform the school's self-evaluation and improvement planning; using RAISEonline and the national test results to track pupils' progress and change programmes; and the session with chairs of governors. The day ends with Next Steps."]),
    ("Strand 4: Working Together (Co-op Days 5 and 7)",
     ["Co-op Day 5, Families as Partners, and Co-op Day 7, The Team Around the Child, are described in Part 2. Co-op Day 7 also covers the Common Assessment Framework, the role of each service and how to get specialist support and resources, and SENCOs practise working with professionals from other services and the voluntary sector on a shared plan. Co-op Day 5 also covers building fair, respectful and supportive relationships with pupils and families, including when things have gone wrong."]),
]
for title, paras in strands:
    para(doc, title, bold=True)
    for x in paras:
        para(doc, x)

doc.add_paragraph("Appendix B: The three Shares", style="Heading 1")
para(doc, "The Award is assessed through three Shares. Each is marked against the criteria below, which are written from the national minimum outcomes; each criterion must be met to pass the Share, and the tutor records the result on the SENCO's Outcomes Record.")
para(doc, "Share A: Case Review (3,000 words, due after Co-op Day 4)", bold=True)
para(doc, "The SENCO reviews the school's provision for one pupil with SEN and/or disabilities: how the need was identified, the assessment information from other professionals, the targets and interventions, the agencies involved, and what the school's accessibility plan and disability equality scheme require for this pupil.")
para(doc, "What the markers look for:")
sa = ["applies the SEN Code of Practice and related guidance correctly to the case and says what it means for the school;",
      "explains the duties of disability equality law and what they require the school to do for this pupil;",
      "describes the pupil's type of need and how it affects learning, drawing on the main types of SEN covered in Strand 2;",
      "shows how the pupil was identified, how targets were set and interventions planned, and how progress is reviewed;",
      "uses assessments from other professionals to shape the teaching approach;",
      "judges critically the approaches, strategies and resources used, including ICT;",
      "explains the scope and role of each agency involved and how the school got specialist support;",
      "anticipates problems and makes well-founded decisions about the next steps, and writes clearly."]
for x in sa:
    para(doc, "- " + x)
para(doc, "Share B: Provision Enquiry (4,000 words, due after Co-op Day 8)", bold=True)
pb = para(doc, "The SENCO leads a change in provision for a group of pupils in her or his own school over at least a term: maps current provision, takes baseline measures of the pupils' attainment and well-being, works with class teachers to introduce the change (including formative assessment approaches for the group), measures the outcome, and reviews with colleagues whether the provision worked")
ins(pb, " and explains how its findings feed the school's self-evaluation form and improvement plan", author="Ruth Allard", date="2008-10-03T09:12:00Z")
run(pb, ".")
para(doc, "What the markers look for:")
for x in ["uses provision mapping to plan the group's provision and identify what was ineffective or missing;",
          "reviews and evaluates the provision with other staff and applies the principles of school self-evaluation to it;",
          "encourages class teachers to develop formative assessment, with approaches suited to the pupils;",
          "draws on research evidence and best practice to improve her or his own and colleagues' practice;",
          "shows the impact on pupils' achievement and well-being, and writes clearly."]:
    para(doc, "- " + x)
para(doc, "Share C: Leadership Portfolio and Professional Conversation", bold=True)
para(doc, "A portfolio of evidence from the SENCO's year (the family conversation from Co-op Day 5, the deployment proposal from Co-op Day 6, a record of coaching or training given to colleagues, and a short commentary), followed by a forty-minute professional conversation with the tutor and the school-based mentor.")
para(doc, "What the markers look for:")
for x in ["builds fair, respectful, supportive and constructive relationships with pupils with SEN and their parents or carers, and liaises with families to promote learning;",
          "gains the commitment of colleagues, including the headteacher and senior leaders;",
          "deploys and manages support staff effectively;",
          "supports colleagues' professional development through observation and feedback, modelling, coaching or training;",
          "explains the principles of Every Child Matters and her or his part in them;",
          "expresses views clearly in speech and listens to and takes account of the views of others."]:
    para(doc, "- " + x)
para(doc, "Not judged in any Share in 2008-09: time management and delegation (Co-op Day 2), strategic work with governors and the use of national test data (Co-op Day 8), working alongside other agencies (Co-op Day 7) and the Next Steps plan, which is not marked. These are practised on the Co-op Days and discussed in Learning Sets.")
para(doc, "Approved by the Trust Board, 17 July 2008. Reported to the Stakeholder Forum, October 2008.", italic=True)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
