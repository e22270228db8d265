"""gr-02-amberley-cross-terms-of-reference

Provider (invented): The Amberley Cross Trust, a charity sponsoring three
academies (Amberley Cross Academy 11-18, Fenmoor Academy 11-16, Brookside
Academy 3-16) in the invented borough of Wexley, applying with the University
of Ambleford, School of Education and Lifelong Learning.

Document kind: the Terms of Reference of the seven bodies that run the
award (Award Board, Programme Team, Admissions and Starting Point Panel,
Board of Examiners, Stakeholder Reference Group, Young Advisers' Panel,
Mentors' Network), with Annexes A-C (outline, assessment and outcomes,
staff), adopted by the Trust and sent as the application. Third person,
constitutional voice ("The Panel shall ...").

Layout: Heading 1 per ToR ("ToR 3 - Admissions and Starting Point Panel"),
hand-numbered clauses 1.1-7.9 that collide with requirement ids ("3.3
Quorum", "5.3 Duties", "2.5 Resources"); a membership table per body; a
typed contents list; the Trust's ToR template prompts left in ToR 7;
placeholders "[TBC]"; Annex B is prose per assignment ("Assessed in this
assignment:" lists in the Trust's own words) plus a "Developed on study
days but not assessed" list; Annex C a staff table. Tracked changes by the
Clerk: a deleted CRB duty in ToR 3, a deleted item on deploying teaching
assistants in Annex B, an inserted sentence on the award rule. Three Word
comments. Footer with PAGE field; header with the Trust's name.

Traps (requirement ids):
- Credits only "[TBC]" though master's level is stated -> E.2 partially_met.
- ToR 1 purpose speaks only of attainment targets -> 1.1 partially_met.
- ToR 2 (b) keeps content current only as a general duty, but Annex A
  names Ofsted 2006 and the Bercow Review -> 1.3 met.
- ToR 2 clause on equality is a blanket compliance statement, no
  adjustments -> 3.1 partially_met.
- Resources: "will be available on the platform" only -> 5.6
  partially_met.
- ToR 3: the CRB clause is a DELETED tracked change; a comment says HR
  think the single central record covers it -> 5.3 not_met.
- ToR 5: the Parents' Reference Group was stood down (past arrangement);
  evaluation involvement is only "may be invited" -> 4.3 partially_met
  (4.1, 4.2 met).
- ToR 7 (Mentors' Network) is the template with its prompts left in; the
  Programme Team "tutor induction is to be arranged" -> 5.7 not_met.
- ToR 4: award on an aggregate mark with compensation; the Outcome Record
  is "for information" -> 6.0 partially_met; 1.9 partially_met.
- Annex B: A2 (commitment of colleagues) developed but not assessed;
  K4 listed in Assignment 2's brief but on no study day (assessed, not
  developed); K6 says ICT is not covered; S2d developed not assessed; S9
  only in formative online contributions -> partially_met each; S4 exists
  only in a deleted tracked change -> not_met.
- ToR 6 (Young Advisers) is genuine: pupils run an "Ask us" session where
  participants practise consulting them, and Assignment 2 assesses it
  -> 1.5, 6.S7 met.
- 2.3 met (ToR 3 direct-assessment route), 3.3 met (online module with
  tutor, peers, between-session support, ICT with schools).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _gr_helpers import *  # noqa
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
OUT = HERE / "gr-02-amberley-cross-terms-of-reference.docx"
CLERK, D1 = "K. Oduya", "2009-02-09T15:40:00Z"

d = base("Calibri", 11)
sec = d.sections[0]
run(sec.header.paragraphs[0], "The Amberley Cross Trust - Award Terms of Reference", size=8, color="555555")
fp = sec.footer.paragraphs[0]
run(fp, "Adopted by the Trustees 4 February 2009 - page ", size=8)
add_field(fp, "PAGE")

para(d, "The Amberley Cross Trust", bold=True, size=18)
para(d, "with the University of Ambleford, School of Education and Lifelong Learning", size=12)
para(d, "National Award for SEN Coordination", bold=True, size=14)
para(d, "Terms of Reference of the bodies that govern, deliver and assure the Award", size=13)
para(d, "Adopted by the Board of Trustees on 4 February 2009. Submitted to the Training and Development Agency for Schools as the Trust's "
        "application for approval, February 2009.", italic=True)

para(d, "Contents", bold=True)
for line in ["Introduction", "ToR 1 - Award Board", "ToR 2 - Programme Team", "ToR 3 - Admissions and Starting Point Panel",
             "ToR 4 - Board of Examiners", "ToR 5 - Stakeholder Reference Group", "ToR 6 - Young Advisers' Panel",
             "ToR 7 - Mentors' Network", "Annex A - The Award in outline", "Annex B - Assessment and the national outcomes",
             "Annex C - The Programme Team"]:
    para(d, line, space_after=0)

d.add_heading("Introduction", level=1)
para(d, "The Amberley Cross Trust is a charity founded in 2003 by the Amberley Cross Livery Company to sponsor academies in Wexley. It "
        "sponsors Amberley Cross Academy (11-18, opened 2006), Fenmoor Academy (11-16, opened 2008) and Brookside Academy (3-16, opened "
        "2008). Between them the academies teach 2,900 pupils, of whom about one in five is on the SEN register; Brookside houses the "
        "borough's resourced provision for 24 pupils with speech, language and communication needs.")
para(d, "The Trust will offer the National Award for SEN Coordination jointly with the University of Ambleford from September 2009 to "
        "twenty teachers a year: the SENCOs and assistant SENCOs of its own academies and teachers from other schools in Wexley and the "
        "neighbouring authorities. The University validates the Award and confers it; the Trust recruits, teaches and supports "
        "participants; both share quality assurance. Rather than write a separate narrative, the Trustees have set out how the Award "
        "works in the terms of reference of the seven bodies that run it, because these are what members, staff and the University are "
        "held to. The annexes describe the programme, the assessment and the staff.")

# ---------------- ToR 1
d.add_heading("ToR 1 - Award Board", level=1)
para(d, "1.1 Purpose. The Award Board is the joint strategic body of the Trust and the University for the Award. The Award is to raise "
        "standards of attainment for pupils with SEN in the Trust's academies and partner schools, as measured by the Trust's annual "
        "attainment targets for pupils on the SEN register.")
para(d, "1.2 Membership.")
table(d, [["Member", "Nominated by"],
          ["Chief Executive of the Trust (Chair)", "Trust"],
          ["Head of Continuing Professional Development, School of Education (Vice-chair)", "University"],
          ["Principal of each of the three academies", "Trust"],
          ["Head of SEN and Inclusion, Wexley Borough Council", "Council"],
          ["Programme Leader (Annex C)", "ex officio"],
          ["Clerk (without a vote)", "Trust"]], widths=[10, 5])
para(d, "1.3 Quorum. Four members, including at least one from the Trust and one from the University.")
para(d, "1.4 Meetings. Three times a year (October, February, June).")
para(d, "1.5 Duties. The Award Board shall:")
for x in ["(a) ensure the Award keeps its validation by the University as a Postgraduate Certificate at master's level, of [TBC] credits "
          "(the credit value will be confirmed by the University's Academic Board in May 2009);",
          "(b) approve the Annual Programme Report and its action plan;",
          "(c) receive the external examiner's report and the University's annual monitoring report, and see that their recommendations are acted on;",
          "(d) set the fee and the number of places each year;",
          "(e) receive each June the evaluation of the Award's impact described in 1.6."]:
    para(d, x)
para(d, "1.6 Evaluation of impact. The Programme Team shall report each June on: participants' self-ratings of competence and confidence "
        "against the outcomes at the start and end of the year; tutors' and mentors' judgements of competence from the Outcome Record; and "
        "the pupil data from Assignment 3, in which each participant records baseline measures for a group of pupils before an "
        "intervention (reading or spelling ages, attendance, Boxall profile scores or P-scale levels, as suits the pupils) and the same "
        "measures at the end of the intervention and again a term later. The report shall set these against the results of the previous "
        "year so that the Board can see whether changes made have helped.")
para(d, "1.7 Reporting. The Chair reports to the Trustees' Standards Committee and to the University's Collaborative Provision Committee.")

# ---------------- ToR 2
d.add_heading("ToR 2 - Programme Team", level=1)
para(d, "2.1 Purpose. The Programme Team plans, teaches and supports participants through the Award.")
para(d, "2.2 Membership. The Programme Leader, the three module tutors and the University Link Tutor (Annex C). Specialist contributors "
        "attend for the study days on which they teach.")
para(d, "2.3 Meetings. Before and after every study day, and for a planning day each July.")
para(d, "2.4 Duties. The Programme Team shall:")
for x in ["(a) teach the nine study days and the online module (Annex A), linking every study day to a task the participant carries "
          "out in their own school before the next one;",
          "(b) keep the content of the Award in line with current research and inspection findings;",
          "(c) agree with each participant's school a three-day placement in a contrasting setting: Beckett's Lane Special School, "
          "the Brookside Language Resource Base, the Wexley Pupil Referral Service or Hartfield Children's Centre; the host names a "
          "teacher who plans the days with the participant;",
          "(d) arrange specialist contributors from Wexley Educational Psychology Service, the Wexley Child and Adolescent Mental Health "
          "Service, the Sensory Impairment Team and the Wexley branch of the National Autistic Society;",
          "(e) moderate the online module daily in term time and reply to participants' questions within two working days;",
          "(f) comply with the Trust's Equality Policy in all its work with participants."]:
    para(d, x)
para(d, "2.5 Resources. Reading lists, study-day materials and recorded presentations will be available on the platform.")
para(d, "2.6 Flexibility. Participants may start in September or January. Modules 1 and 2 may be taken in either order; Module 3 comes "
        "last because it draws on both. A participant may complete in one year or, by agreement with the Programme Leader and their "
        "principal, over two years. Module 2 is taught partly online (see 2.7), so a participant who cannot attend a study day can "
        "follow it through the recording and the online task.")
para(d, "2.7 The online module. Module 2 has a six-week online strand on AmberNet, the Trust's learning platform (Moodle). Each week has a "
        "reading, a short recorded input and a discussion task in a tutor group of six or seven. The tutor leads each group's forum and "
        "holds a one-hour live online tutorial (Elluminate) every other Wednesday evening; between study days participants post their "
        "gap-task findings to their group and comment on two others' posts. Schools' principals and mentors have guest access to the "
        "tutor group's news page, and the Programme Team sends a termly e-bulletin to schools through the platform. Participants without "
        "broadband at home may use the Learning Resource Centre at Amberley Cross, open until 8 pm on weekdays.")
para(d, "2.8 Tutors' induction. A tutor induction for the Award is to be arranged.")

# ---------------- ToR 3
d.add_heading("ToR 3 - Admissions and Starting Point Panel", level=1)
para(d, "3.1 Purpose. To decide who is admitted to the Award and on what terms, and to set each participant's starting point.")
para(d, "3.2 Membership. The Programme Leader (Chair), one module tutor, and a principal or headteacher who is not the candidate's own.")
para(d, "3.3 Quorum. Two members, one of whom is the Programme Leader.")
para(d, "3.4 Meetings. In June and November, and otherwise as needed.")
para(d, "3.5 Duties. The Panel shall:")
for x in ["(a) admit only candidates who hold QTS, have at least two years' teaching experience, and are SENCOs or are to become SENCOs "
          "within a year, with the written support of their headteacher;",
          "(b) judge, from the application, a written reflection on a pupil the candidate has supported and an interview, whether the "
          "candidate has enough knowledge and experience to benefit from the Award and reach the outcomes within its time; where a "
          "candidate is not ready, write to the candidate and the headteacher setting out what to do to be ready (for example, the "
          "Inclusion Development Programme's dyslexia and speech, language and communication modules) and invite them to reapply;",
          "(c) consider claims for accreditation of prior certificated and experiential learning of up to 30 credits under the University's "
          "APL regulations, and pass them to the University's APL Board with a recommendation;",
          "(d) exceptionally, admit an experienced candidate (for example a teacher from a support service who has led SEN provision for "
          "several years) by direct assessment, without the taught programme: the candidate submits the three assignments and attends the "
          "Final Review, with two tutorials, for a fee of £600;",
          "(e) agree with each participant, after the Starting Point Review, an Individual Learning Plan setting out the outcomes the "
          "participant already meets, the outcomes to be worked on, the study days and placement that will help most, and the focus of "
          "Assignment 3;"]:
    para(d, x)
pdel = deleted_paragraph(d, "(f) before admission, see the candidate's enhanced CRB disclosure certificate, or written confirmation from the "
                         "headteacher that it is held on the school's single central record, and check List 99.", CLERK, D1)
para(d, "3.6 Starting Point Review. Before the first study day each participant completes the Starting Point Review, rating themselves "
        "on each national outcome with an example from their practice, and discusses it with a tutor. The tutor checks the self-rating "
        "against the examples, because new SENCOs often rate what they knew some years ago. The Individual Learning Plan is reviewed at "
        "the mid-year tutorial and the tutors look for evidence against each outcome through the year.")
para(d, "3.7 Reporting. The Panel reports numbers admitted, deferred and refused to the Award Board each October.")

# ---------------- ToR 4
d.add_heading("ToR 4 - Board of Examiners", level=1)
para(d, "4.1 Purpose. To confirm marks and recommend the Award to the University.")
para(d, "4.2 Membership. The University's Head of CPD (Chair), the Programme Leader, the module tutors, the Link Tutor and the external "
        "examiner.")
para(d, "4.3 Meetings. In July and December.")
para(d, "4.4 Marking and moderation. Each assignment is first-marked by the module tutor against the University's level 7 criteria and the "
        "assignment's published criteria. The Link Tutor second-marks every fail and distinction and one in five other scripts. Before "
        "marking each assignment, all markers mark the same two scripts and agree the standard. The external examiner, appointed by the "
        "University, reviews a sample from every assignment and reports each year.")
p44 = para(d, "4.5 Award. A participant who gains an overall mark of 50 per cent across the three assignments, with no assignment below 40 per "
        "cent, shall be recommended for the Award.")
ins(p44, " The tutor completes the participant's Outcome Record at the Final Review for information.", CLERK, D1)
para(d, "4.6 Appeals. Under the University's academic appeals regulations.")

# ---------------- ToR 5
d.add_heading("ToR 5 - Stakeholder Reference Group", level=1)
para(d, "5.1 Purpose. To bring the views of those the Award serves into its design and review.")
para(d, "5.2 Membership. Two SENCOs from partner schools outside the Trust; a former participant of the Trust's 2007-08 SENCO induction "
        "course; the Wexley Parent Partnership Service manager; the Wexley SEN Support Service; Wexley Dyslexia Association; and the Link "
        "Tutor.")
para(d, "5.3 Duties and how stakeholders have shaped the Award. Before the Award was designed, the Trust surveyed the SENCOs and "
        "headteachers of the 52 schools in Wexley (34 replied) and held two focus groups with SENCOs in October 2008. The needs they "
        "reported and what the Group asked for are set out below with the changes made:")
table(d, [["What stakeholders told us", "What changed in the Award"],
          ["New SENCOs struggle most with the law and with statutory reviews", "Module 1 now has a full day on annual reviews, with a mock review"],
          ["Schools want to keep staff on site: no more than one day out a month", "Nine study days over the year, with the online strand in Module 2"],
          ["Parents want SENCOs who explain provision in plain terms (Parent Partnership Service)", "Study day 6 is led jointly with the Parent Partnership Service and includes a practice meeting with parent volunteers"],
          ["The Dyslexia Association asked for specialist assessment content", "Study day 4 includes standardised assessment, with kits from the Trust's loan collection"],
          ["Former participants found the 2007-08 course too theoretical", "Every study day ends with a school-based gap task"]], widths=[7.5, 8])
para(d, "5.4 Involvement in evaluation. The Group may be invited to comment on the Annual Programme Report. The Parents' Reference Group, "
        "which met termly during 2007-08 to review the Trust's induction course, was stood down in July 2008.")
para(d, "5.5 Meetings. Twice a year.")

# ---------------- ToR 6
d.add_heading("ToR 6 - Young Advisers' Panel", level=1)
para(d, "6.1 Purpose. To help participants learn to consult children and young people, and to give pupils with SEN a say in the Award.")
para(d, "6.2 Membership. Eight to ten pupils aged 11 to 16 with SEN or disabilities from the three academies, chosen by their "
        "academy's student council with their parents' consent, supported by a learning mentor.")
para(d, "6.3 Duties. The Young Advisers run the afternoon of study day 5 (\"Ask us\"), in which participants practise ways of finding out "
        "pupils' views (conversation with visual prompts, ranking activities, Talking Mats and person-centred review formats) and the "
        "Young Advisers tell them what worked. Participants then use one of these methods with a pupil in their own school and record "
        "the result in Assignment 2. The Young Advisers also review the Award's leaflet each year.")
para(d, "6.4 Safeguarding. The learning mentor is present throughout; pupils are never alone with participants.")

# ---------------- ToR 7 (template left in)
d.add_heading("ToR 7 - Mentors' Network", level=1)
para(d, "7.1 Purpose. [State in one sentence why the group exists.]")
para(d, "7.2 Membership. [List members by role, not by name.]")
para(d, "7.3 Quorum. [Usually one third of members.]")
para(d, "7.4 Duties. [Number each duty. Use \"shall\".]")
para(d, "7.5 Reporting. [Name the body this group reports to.]")
p7 = d.paragraphs[-1]
d.add_comment(p7.runs[0], text="Still to draft. Mentors will be the academies' assistant principals for inclusion, or an SENCO from another school - JT to write.",
              author="K. Oduya", initials="KO")

# ---------------- Annex A
d.add_heading("Annex A - The Award in outline", level=1)
para(d, "The Award has three modules taught over nine study days at Amberley Cross Academy (or at Brookside Academy for study days 4 and 6), "
        "with a six-week online strand in Module 2, a three-day placement and a school-based enquiry. Each study day runs 9.15 am to 3.45 pm.")
table(d, [["Module", "Study days and content"],
          ["Module 1 - Law, policy and the inclusive academy",
           "Day 1: the SENCO's role; the SEN Code of Practice (2001) and the SENCO Regulations 2008; SEN in academies' Funding Agreements.\n"
           "Day 2: Every Child Matters, the Children's Plan and the five outcomes; the Common Assessment Framework; disability equality: the DDA 1995 and 2005, schools' Disability Equality Schemes and accessibility plans.\n"
           "Day 3: statutory assessment and annual reviews (mock review); school self-evaluation and SEN; Ofsted's 2006 report on inclusion; what research says about effective provision."],
          ["Module 2 - Learners and learning",
           "Day 4: identifying need; standardised assessment; dyslexia and other specific learning difficulties.\n"
           "Day 5: speech, language and communication needs (the Bercow Review, 2008), autism, behavioural, emotional and social difficulties, moderate learning difficulties; afternoon \"Ask us\" with the Young Advisers.\n"
           "Day 6: working with parents and carers (with the Parent Partnership Service); other services and the voluntary sector; using reports from educational psychologists and therapists to plan teaching.\n"
           "Online strand (six weeks): personalised teaching approaches and resources; target setting and intervention; using data (RAISEonline, P scales, CASPA)."],
          ["Module 3 - Leading and managing provision",
           "Day 7: provision mapping and management; evaluating interventions; managing the SENCO's time and delegating; solving problems and making decisions about provision (case scenarios).\n"
           "Day 8: leading colleagues: observation, feedback, coaching and running training; assessment for learning with pupils with SEN; access arrangements for national tests and examinations.\n"
           "Day 9: working with senior leaders and governors on policy and resources; winning colleagues' commitment; planning your own professional development; presenting the enquiry.\n"
           "Placement (three days) and school-based enquiry."]], widths=[5, 11])
para(d)
para(d, "At the end of the year each participant has a Next Steps tutorial with their tutor, drafts a Next Steps plan of two or three "
        "professional targets for the following year (for example, further study towards the MA, or leading a cluster network), and takes "
        "it to a meeting with their principal or line manager; a copy is kept by the Programme Team and followed up by e-mail after six "
        "months. The fee is £1,750 for partner schools (the Trust meets the cost for its own academies); the Individual Learning Plan "
        "allows participants who already meet some outcomes to skip the related study day and spend the time on their placement or "
        "enquiry instead.")

# ---------------- Annex B
d.add_heading("Annex B - Assessment and the national outcomes", level=1)
para(d, "Each assignment below lists the national outcomes it assesses, in the Trust's words. Every assignment is marked as described in "
        "ToR 4.")
para(d, "Assignment 1: Policy into practice (Module 1; 4,000 words).", bold=True)
para(d, "The participant analyses how their school meets its duties under SEN and disability law and the Code of Practice, using "
        "research and inspection evidence, and recommends changes.")
para(d, "Assessed in this assignment:", italic=True)
for x in ["knowledge of SEN law and guidance, including the Code of Practice, and what it means for the school and the SENCO;",
          "the principles and outcomes of Every Child Matters and the SENCO's part in them;",
          "disability equality law and the actions it requires of the school;",
          "school self-evaluation and improvement as it applies to pupils with SEN;",
          "research and best practice in meeting SEN, and drawing on research and outside advice to improve practice;",
          "the role of external agencies and how to obtain their help;",
          "clear, well-argued writing."]:
    para(d, "- " + x)
para(d, "Assignment 2: Two learners (Module 2; 4,000 words plus appendices).", bold=True)
para(d, "A case study of two pupils with different needs, including how each pupil's development has been affected by their needs and by "
        "the environment for learning, a record of consulting one pupil using a method practised with the Young Advisers, and a record of "
        "a meeting with a parent or carer.")
para(d, "Assessed in this assignment:", italic=True)
for x in ["fair, respectful relationships with pupils and their families;",
          "how children develop and how SEN, disability and environment affect development;",
          "the main types of SEN and disability and their effect on learning;",
          "a critical understanding of approaches and resources for assessment, planning and teaching (ICT is not covered: each academy "
          "trains its own staff in ICT);",
          "identifying need, setting targets, planning interventions and reviewing progress;",
          "using other professionals' assessments to plan teaching;",
          "using summative data, including national tests, to track progress and adjust programmes;",
          "involving pupils in planning and reviewing their provision;",
          "working in partnership with parents and carers, and listening to others' views."]:
    para(d, "- " + x)
para(d, "Assignment 3: School-based enquiry (Module 3; 5,000 words and a 15-minute presentation to senior leaders).", bold=True)
para(d, "The participant leads a change in provision in their own school, measures pupils' progress before and after (see 1.6), and "
        "presents the findings to the principal and the governor responsible for SEN.")
para(d, "Assessed in this assignment:", italic=True)
for x in ["working with senior colleagues and governors to shape inclusive policy, priorities and use of resources;",
          "planning and managing time, and delegating tasks with checks that they are done;",
          "anticipating problems and making sound decisions on provision;",
          "using provision mapping to plan provision and find gaps or ineffective provision;",
          "supporting colleagues' development by observation and feedback, modelling, coaching and training (the participant's training "
          "session is observed by the mentor);",
          "encouraging colleagues to use formative assessment with pupils with SEN;",
          "reviewing the effectiveness of provision with colleagues to inform self-evaluation;",
          "keeping up to date and planning one's own professional development (reflective commentary);"]:
    para(d, "- " + x)
deleted_paragraph(d, "- deploying and managing teaching assistants and other adults, with evidence of changed deployment;", CLERK, D1)
para(d, "Developed on study days but not assessed:", italic=True)
for x in ["gaining the commitment of colleagues, including the principal and senior leaders (study day 9);",
          "access arrangements for national tests and examinations (study day 8)."]:
    para(d, "- " + x)
para(d, "Online contributions (Module 2):", italic=True)
para(d, "Participants' posts in the online strand are read by the tutor and discussed at the mid-year tutorial. They are formative and "
        "carry no mark. They are where participants share and discuss how they work with other services, including voluntary "
        "organisations, drawing on study day 6.")

# ---------------- Annex C
d.add_heading("Annex C - The Programme Team", level=1)
table(d, [["Name and role", "Qualifications and experience"],
          ["Mrs Jennifer Thwaite, Programme Leader (Trust's Director of Inclusion)", "MA Special and Inclusive Education; OCR Level 7 in specific learning difficulties; SENCO for nine years; National Strategies inclusion consultant 2005-08"],
          ["Mr Samuel Akande, Module 2 tutor", "MEd; advanced skills teacher for SLCN at Brookside's language base; trainer for the Inclusion Development Programme"],
          ["Ms Clare Morrow, Module 3 tutor", "MBA (Educational Leadership); NPQH; assistant principal for inclusion, Amberley Cross Academy"],
          ["Dr Imran Siddiqui, Module 1 tutor and Link Tutor (University)", "PhD on SEN policy; Senior Lecturer in Inclusive Education; external examiner for SEN programmes at two universities"]],
      widths=[6, 10])
para(d)
para(d, "All tutors take part in at least one SEN research or professional event each year (for example the nasen Conference or the "
        "University's inclusion research seminars) and record it in their annual review with the Programme Leader.")

# comments
anchor = next(x for x in d.paragraphs if x.text.startswith("3.6 Starting Point Review"))
d.add_comment(anchor.runs[0], text="Deleted (f) above: HR say the academies' single central record covers this, so the Panel need not check. KO",
              author="K. Oduya", initials="KO")
anchor2 = next(x for x in d.paragraphs if x.text.startswith("Developed on study days but not assessed"))
d.add_comment(anchor2.runs[0], text="Item on teaching assistants removed from Assignment 3 at the University's request (word count). Re-home it? IS",
              author="I. Siddiqui", initials="IS")
d.save(OUT)
print("wrote", OUT)
