"""Build the engine's sample input: an invented 2009 SENCO-training application.

Running ``python tests/build_sample.py`` writes
``applications/riverside-senco-2009.docx`` (the folder holds the sample only,
so that ``approval-engine batch applications`` is a round of one).

The provider (entirely invented)
--------------------------------
*Riverside Institute of Education*, the school of education of the invented
*University of Eldermere*, applying to the TDA in March 2009 with two invented
partner local authorities, *Brackenfield Metropolitan Borough Council* and
*Ashcombe County Council*. The award is the Postgraduate Certificate in
Special Educational Needs Coordination: 60 credits at masters level (Level 7),
awarded by the University of Eldermere, built from three 20-credit modules
(SEN01 law, policy and leadership; SEN02 assessment, intervention and
provision; SEN03 leading practice and partnership). All people, places,
venues, groups and figures are made up; telephone numbers use the 01632
range reserved for fiction.

Layout
------
* Cover: "Title" style heading, sub-title lines, submission date, contact,
  then a page break.
* "Heading 1" sections: an introduction (provider, partner authorities,
  accrediting university, award) and one section per criterion 1-6.
* "Heading 2" sub-topics in the provider's own words (never the
  specification's 1.1, 2.3 ... numbering).
* Ordinary paragraphs, "List Bullet" lists, a programme-structure table
  (criterion 1), a course-team table (criterion 5) and, for criterion 6, the
  outcome matrix (rows = minimum outcomes in the provider's own short wording;
  columns = outcome / module(s) where developed / how assessed).
* A page footer with the provider's name and a page number. Footers are
  never evidence.

Deliberate gaps (what the engine should find)
---------------------------------------------
* 2.3  not_met        - explicitly not offered: "We do not offer an
                         assessment-only route."
* 2.5  not_met        - only an aspiration: "We hope in future to help
                         participants ... think about their next professional
                         targets"; nothing is in place.
* 3.3  partially_met  - blended mode uses the VLE ("RiverNet") with
                         tutor-moderated forums and peer groups (direct tutor
                         and peer support), but nothing about support between
                         face-to-face sessions or about ICT for communication
                         with schools / between tutors.
* 5.3  partially_met  - enhanced CRB (DBS) checks are described for the
                         Institute's tutors and visiting speakers only, never
                         for candidates.
* 5.6  not_met        - specialist teaching resources (ICT, specialist
                         technology, library) are not mentioned at all.
* 6.A3 partially_met  - "Managing time, priorities and delegation":
                         developed in SEN01, "how assessed" cell left empty.
* 6.K4 partially_met  - "Child development and the factors affecting it":
                         developed in SEN02, "how assessed" cell left empty.
* 6.S2d not_met       - special arrangements for national tests and
                         examinations: missing from the matrix and from the
                         text.

Everything else (E.1, E.2, 1.1-1.9, 2.1, 2.2, 2.4, 3.1, 3.2, 4.1-4.3,
5.1, 5.2, 5.4, 5.5, 5.7-5.9, 6.0 and the other minimum outcomes) is meant to
be clearly and concretely met.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUTPUT = Path(__file__).resolve().parents[1] / "applications" / "riverside-senco-2009.docx"

PROVIDER = "Riverside Institute of Education, University of Eldermere"

# ---------------------------------------------------------------------------
# Content. Each block is (kind, payload):
#   ("h1", text) / ("h2", text) / ("p", text) / ("bullets", [text, ...])
#   ("table", (header_row, rows, column_widths_cm))
# ---------------------------------------------------------------------------

INTRO = [
    ("h1", "Introduction to the partnership"),
    ("p",
     "The Riverside Institute of Education is the school of education of the "
     "University of Eldermere. Since 2004 we have "
     "offered a 30-credit module, Coordinating Special Educational Needs, "
     "which 212 teachers have taken, most of them from our two partner local "
     "authorities."),
    ("p",
     "This application is made by the Institute in partnership with "
     "Brackenfield Metropolitan Borough Council, an urban authority with 96 "
     "schools, and Ashcombe County Council, a largely rural county with 287 "
     "schools. The SEN teams of both authorities have written this "
     "application with us and will contribute to teaching, mentoring, "
     "moderation and evaluation."),
    ("p",
     "The programme leads to the Postgraduate Certificate in Special "
     "Educational Needs Coordination, a 60-credit award at masters level "
     "(Level 7 of the Framework for Higher Education Qualifications), awarded "
     "by the University of Eldermere. The University approved the programme "
     "in principle on 11 February 2009, and the validation event is fixed "
     "for 6 May 2009. The award is made up of three "
     "20-credit modules, SEN01, SEN02 and SEN03, described below."),
    ("p",
     "We plan to recruit a first cohort of 40 teachers, in two groups of 20, "
     "for September 2009, with a second intake in February 2010."),
]

CRITERION_1 = [
    ("h1", "Criterion 1: Raising the achievement of children and young people "
           "with SEN and/or disabilities"),
    ("h2", "What the programme is for"),
    ("p",
     "The purpose of the programme is to improve the achievement and "
     "well-being of children and young people with SEN and/or disabilities in "
     "our participants' schools, across all five Every Child Matters "
     "outcomes: being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being. The programme "
     "aims are:"),
    ("bullets", [
        "to develop SENCOs who lead teaching and learning for pupils with SEN "
        "and/or disabilities so that these pupils make measurable progress in "
        "attainment and in their wider well-being;",
        "to give participants up-to-date knowledge of SEN and disability law, "
        "policy and research;",
        "to develop the skills to work with pupils, parents and carers, "
        "colleagues and other agencies in planning and reviewing provision;",
        "to make participants confident leaders who influence senior leaders "
        "and governors.",
    ]),
    ("p",
     "Every assignment "
     "asks participants to show how their work has affected, or is expected "
     "to affect, outcomes for identified pupils, and the marking criteria for "
     "each module include a criterion headed 'impact on pupils' achievement "
     "and well-being', which must be passed."),
    ("h2", "Rooted in practice in participants' own schools"),
    ("p",
     "The programme is built around the participant's own school. Each module "
     "includes directed school-based tasks linked to the minimum outcomes, "
     "for example auditing the school's SEN register against the Code of "
     "Practice, mapping provision for one year group, or leading a review "
     "meeting with a pupil and their parents. In SEN03 participants carry out "
     "a term-long work-based enquiry in their school, designing, carrying out "
     "and evaluating a change in provision. Practising SENCOs from both "
     "authorities co-teach about a third of the taught sessions."),
    ("h2", "Research, inspection evidence and new developments"),
    ("p",
     "Course content is reviewed each year against recent research and "
     "inspection evidence. For 2009-10 this includes Ofsted's report "
     "Inclusion: does it matter where pupils are taught? (2006), the Bercow "
     "Review of services for children with speech, language and "
     "communication needs (2008), the Inclusion Development Programme "
     "materials (2008-09) and the emerging findings of the Lamb Inquiry into "
     "parental confidence. We will build in the Rose Review of dyslexia "
     "provision and the Achievement for All pilot as they report. Tutors "
     "include published researchers, and "
     "participants are expected to read and critique current research in "
     "every module."),
    ("h2", "Law, policy and national initiatives"),
    ("p",
     "SEN01 covers the legal and policy framework and what it means for "
     "participants' schools: the Education Act 1996 "
     "and the SEN Code of Practice 2001 (School Action, School Action Plus, "
     "statutory assessment and statements, IEPs, annual reviews and "
     "transition plans), the Special Educational Needs and Disability Act "
     "2001, the Disability Discrimination Act 1995 as amended in 2005 and the "
     "Disability Equality Duty, the Children Act 2004 and Every Child "
     "Matters, and the 2008 regulations on the SENCO role. These sessions are "
     "rewritten as the law changes; later cohorts, for example, will study "
     "the Equality Act 2010."),
    ("h2", "Listening to children and young people"),
    ("p",
     "SEN03 includes a day on pupil participation, led with "
     "Brackenfield's Children's Participation Officer, covering "
     "person-centred reviews, symbol-supported questionnaires for pupils with "
     "communication difficulties, and involving pupils in setting and "
     "reviewing their IEP targets. Every participant must consult at least "
     "three pupils with SEN and/or disabilities as part of their enquiry and "
     "show how the pupils' views changed what the school did."),
    ("h2", "Working with colleagues, parents and carers"),
    ("p",
     "Participants learn to advise and support colleagues through coaching "
     "and mentoring, lesson observation and feedback, and planning and "
     "leading staff training. In SEN03 each participant plans, delivers and "
     "evaluates a training session for colleagues in their school. "
     "Collaboration beyond the school is developed through sessions with "
     "educational psychologists, specialist teachers and health colleagues, "
     "and through the SEN02 multi-agency day."),
    ("p",
     "Work with parents and carers is taught jointly with the Parent "
     "Partnership Services and the Ashcombe Parents' Forum for SEN. Sessions "
     "cover building trust, running useful review meetings and handling "
     "disagreement. Each participant's portfolio must "
     "include a record of a planned meeting with parents or carers and a "
     "reflection on it."),
    ("h2", "Making a difference and assessing it rigorously"),
    ("p",
     "Participants show their impact on practice by meeting the programme "
     "outcomes in their own school. Each assignment is mapped to named "
     "outcomes (see Criterion 6), marking criteria are set at Level 7, and "
     "the Professional Portfolio holds school-based evidence countersigned by "
     "the headteacher."),
    ("table", (
        ["Module", "Credits", "Main content", "Assessment"],
        [
            ["SEN01 The SENCO: Law, Policy and Inclusive Leadership", "20",
             "SEN and disability law; Every Child Matters; managing the "
             "SENCO role; senior leaders and governors; self-evaluation",
             "4,000-word critical review of the school's SEN and disability "
             "policy and practice; 10-minute presentation of its "
             "recommendations to a senior leader"],
            ["SEN02 Assessment, Intervention and Provision", "20",
             "Child development; common types of SEN; assessment and IEPs; "
             "provision mapping; interventions and ICT; deploying support "
             "staff; multi-agency working; optional strand",
             "4,000-word case study of provision for one pupil; annotated "
             "provision map for one year group"],
            ["SEN03 Leading Practice and Partnership", "20",
             "Pupil participation; parents and carers; developing colleagues; "
             "work-based enquiry",
             "5,000-word enquiry report with pupil impact data; Professional "
             "Portfolio; 30-minute professional discussion"],
        ],
        [4.5, 1.6, 5.4, 5.5],
    )),
]

CRITERION_2 = [
    ("h1", "Criterion 2: Provision matched to participants' needs"),
    ("h2", "Recognising what participants already bring"),
    ("p",
     "Under the University's regulations for the "
     "accreditation of prior learning, participants may claim up to 20 "
     "credits (one module), either from certificated study at Level 7 "
     "completed in the last five years (APL) or through a portfolio claim "
     "based on experience (APEL), mapped against the module outcomes and the "
     "relevant minimum outcomes. Claims are decided by the Institute's APL "
     "Panel and sampled by the external examiner. Teachers who passed our Coordinating Special Educational "
     "Needs module can import that credit against SEN01. Accepted claims are "
     "recorded in the participant's Individual Training Plan so that the "
     "outcomes they cover are not taught twice."),
    ("h2", "Starting Point Profile and Individual Training Plans"),
    ("p",
     "Before the course begins, every participant completes the Riverside "
     "SENCO Starting Point Profile, a self-audit we have written around the "
     "national minimum outcomes. For each outcome the participant rates their "
     "confidence on a four-point scale and gives a short example of "
     "evidence, and the headteacher adds a comment. Because people can "
     "misjudge the scope of an outcome, the profile also contains short "
     "scenario questions for each group of outcomes."),
    ("p",
     "The profile is discussed at a 45-minute induction tutorial with the "
     "participant's personal tutor, and together they agree an Individual "
     "Training Plan (ITP). The ITP sets out a personalised set of priority "
     "outcomes, the optional strand the participant will follow in SEN02, "
     "the focus of the enquiry and any agreed APL. It is reviewed at the end "
     "of each module, and tutors look for evidence against all the outcomes "
     "throughout, so that the first assessment of need can be corrected."),
    ("h2", "Tailoring the programme"),
    ("p", "Provision is differentiated in several ways:"),
    ("bullets", [
        "optional strands in SEN02 (speech, language and communication; "
        "autism; behavioural, emotional and social difficulties; specific "
        "learning difficulties), chosen through the ITP and the needs of the "
        "participant's school;",
        "where the profiles show that a whole group is already secure in an "
        "area, that time is spent on the group's weaker outcomes instead;",
        "six hours of individual tutorial time for each participant, used "
        "according to need;",
        "a choice of enquiry topic, negotiated with the headteacher so that "
        "it addresses a priority in the school improvement plan.",
    ]),
    ("p",
     "The programme is designed to be cost-effective for schools and "
     "authorities. The fee for 2009-10 is \u00a31,650, which both authorities "
     "will reduce by \u00a3400 for their own schools. Taught days are held in "
     "local venues to cut travel and supply costs, and groups of about 20 let "
     "us combine shared lectures with small-group work."),
    ("h2", "Candidates who are already experienced"),
    ("p",
     "We do not offer an assessment-only route. All participants follow the "
     "taught programme, although experienced candidates may shorten it "
     "through APL as described above. We considered an assessment-only "
     "option and concluded that the small numbers we expect would not "
     "justify it at present."),
    ("h2", "After the programme"),
    ("p",
     "We hope in future to help participants who complete the award to think "
     "about their next professional targets, perhaps through a final review "
     "tutorial and by pointing them towards further study such as our MA "
     "Education (Inclusion). These arrangements have not yet been developed "
     "and will be considered by the Steering Group once the first cohort has "
     "finished."),
]

CRITERION_3 = [
    ("h1", "Criterion 3: Flexible and accessible delivery"),
    ("h2", "Equality of opportunity and disabled participants"),
    ("p",
     "The Institute works within the University's Single Equality Scheme, "
     "which brings together our duties under the Race Relations (Amendment) "
     "Act 2000, the Disability Discrimination Act 1995 as amended in 2005 "
     "(DDA) and the Equality Act 2006; the scheme will be revised for the "
     "Equality Act 2010. In line with the Disability Equality Duty we "
     "anticipate the needs of disabled participants rather than waiting for "
     "requests:"),
    ("bullets", [
        "the programme leaflet, application form and web pages welcome "
        "disabled applicants and explain how to tell us about a disability "
        "and what support is available; materials come in large print, audio "
        "and electronic formats;",
        "the application form and the induction tutorial invite participants "
        "to disclose a disability in confidence, after which the University's "
        "Disability Advice Service agrees a Learning Support Plan, for "
        "example extra time, alternative assessment formats, a note-taker or "
        "a BSL interpreter;",
        "all venues are wheelchair accessible with hearing loops, access is "
        "checked before any school visit, and selection uses published "
        "criteria;",
        "reasonable adjustments to assessment are agreed in advance, and the "
        "marking criteria judge the outcomes, not the form of presentation.",
    ]),
    ("p",
     "We promote positive attitudes towards disabled people by involving "
     "disabled adults in teaching: the Ashcombe Disability Forum leads the "
     "SEN01 session on the social model of disability. Participants are also "
     "asked to examine how their school encourages disabled pupils and "
     "parents to take part in school and public life."),
    ("h2", "Routes through the programme"),
    ("p",
     "The programme is part time and can be followed in several ways:"),
    ("bullets", [
        "two start points each year, in September and February;",
        "SEN01 and SEN02 can be taken in either order, with SEN03 normally "
        "last;",
        "a standard route over three terms and an extended route of up to two "
        "years for participants who need more time;",
        "for SEN01 and SEN02, a taught mode (five full days per module) or a "
        "blended mode (three full days plus online study);",
        "taught days at the Brackenfield Professional Centre, at Ashcombe's "
        "Westfield Teachers' Centre and on the University campus, with "
        "twilight sessions for participants who cannot be released.",
    ]),
    ("h2", "Learning online"),
    ("p",
     "The blended mode uses the University's virtual learning environment, "
     "RiverNet. Each module has a set of online units with readings and "
     "structured tasks. Every online unit has a tutor-moderated discussion "
     "forum: the module tutor sets a task, responds to participants' "
     "contributions and gives feedback within the unit, so that participants "
     "get direct support from their tutor and from the eight to ten peers in "
     "their online group."),
]

CRITERION_4 = [
    ("h1", "Criterion 4: Working with stakeholders"),
    ("h2", "What schools, families and the authorities told us"),
    ("p",
     "Before designing the programme we gathered evidence of stakeholders' "
     "needs in three ways. In October 2008 the two authorities sent a "
     "questionnaire to every SENCO and headteacher; 168 SENCOs and 97 "
     "headteachers replied. In November 2008 we held focus groups with "
     "headteachers, new SENCOs, parents and LA support services, and we "
     "analysed School Action Plus and statement data with the authorities' "
     "SEN teams. The main messages were:"),
    ("bullets", [
        "new SENCOs feel least prepared for the strategic side of the role: "
        "working with senior leaders and governors, budgets and evaluating "
        "provision;",
        "headteachers want SENCOs who can use data to show the impact of "
        "interventions and of support staff;",
        "in both authorities the largest and fastest-growing groups at School "
        "Action Plus are pupils with behavioural, emotional and social "
        "difficulties and pupils with speech, language and communication "
        "needs, with a marked rise in diagnoses of autism in Brackenfield;",
        "parents want SENCOs who explain things clearly and involve them "
        "early, not only at review meetings;",
        "Ashcombe's small rural schools find it hard to release staff for "
        "full days.",
    ]),
    ("p",
     "These findings shaped the strategic focus of SEN01, the data and "
     "provision mapping in SEN02, the optional strands, the weight given to "
     "parents in SEN03, and the blended and twilight options."),
    ("h2", "How stakeholders shaped the design"),
    ("p",
     "A Programme Development Group met five times between October 2008 and "
     "February 2009. Its members were the two Principal SEN Officers, three "
     "headteachers, four practising SENCOs, the managers of both Parent "
     "Partnership "
     "Services, a senior educational psychologist, a speech and language "
     "therapy manager from the local Primary Care Trust and a member of the "
     "Ashcombe Parents' Forum for SEN. The group changed the draft "
     "programme, for example:"),
    ("bullets", [
        "headteachers asked for more on managing teaching assistants, so a "
        "session on deploying and managing support staff was added to SEN02;",
        "parent members asked for the SEN03 session on parents to be "
        "co-delivered by parents, which it now is;",
        "Ashcombe headteachers asked for alternatives to full-day release, "
        "which led to the blended mode and twilight sessions.",
    ]),
    ("h2", "Keeping stakeholders involved"),
    ("p",
     "The Development Group will become the Programme Steering Group, meeting "
     "termly with the same membership plus two participant representatives "
     "from each cohort. It will receive the evaluation reports described "
     "under Criterion 5 and agree the annual improvement plan. Stakeholders "
     "will also take part directly:"),
    ("bullets", [
        "LA advisers, educational psychologists, specialist teachers and "
        "parents will be guest speakers;",
        "schools with strong SEN practice will host participants' visits;",
        "each participant will have a school-based mentor, normally an "
        "experienced SENCO or senior leader;",
        "an LA SEN adviser will sit on the moderation panel for SEN03;",
        "headteachers will give evidence of the programme's impact through a "
        "questionnaire six months after their SENCO completes.",
    ]),
]

CRITERION_5 = [
    ("h1", "Criterion 5: Quality assurance"),
    ("h2", "Evaluating and improving the programme"),
    ("p",
     "The programme is subject to the University's quality assurance "
     "framework and to our own evaluation plan. Internal methods include:"),
    ("bullets", [
        "a written evaluation of every taught day and an end-of-module "
        "questionnaire;",
        "a Staff-Student Liaison Committee each term;",
        "module leaders' reports, including pass rates and grade profiles;",
        "an Annual Programme Monitoring Report to the Institute's Quality "
        "Committee.",
    ]),
    ("p",
     "External methods include the external examiner's report, feedback "
     "from the authorities and headteachers, and Ofsted findings. The "
     "Programme "
     "Leader brings this evidence together in an annual action plan, agreed "
     "by the Steering Group, which records what will change, who is "
     "responsible and by when. The plan covers recruitment and selection, "
     "needs assessment and target setting, programme content including the "
     "school-based tasks, assessment, and evaluation. In 2008, for example, "
     "evaluations of our existing module led us to replace two lectures on "
     "legislation with case-based workshops."),
    ("h2", "Admission and entry requirements"),
    ("p",
     "Applicants must hold qualified teacher status, be employed in a school "
     "in a post that includes, or will soon include, the SENCO role, and "
     "have their headteacher's written support. They write a statement "
     "about their experience and are "
     "interviewed by a tutor and an LA representative. Where an applicant "
     "does not yet have enough knowledge or experience to be likely to meet "
     "the outcomes by the end of the programme, we explain what they need to "
     "do, usually a period working alongside the school's current SENCO and "
     "our short open module Introduction to Inclusive Practice, and agree a "
     "plan with the headteacher so that they can join a later intake."),
    ("h2", "Checks on our tutors"),
    ("p",
     "All Institute tutors, associate tutors and visiting speakers who work "
     "in schools or meet pupils hold a current enhanced CRB disclosure (now a "
     "DBS check), which the University's Human Resources department renews "
     "every three years, and the Institute follows Safeguarding Children and "
     "Safer Recruitment in Education (DCSF, 2006) when appointing staff. "
     "Schools hosting a tutor's visit receive written confirmation of the "
     "tutor's checks beforehand."),
    ("h2", "The course team"),
    ("p",
     "The programme will be taught by a team with current specialist "
     "knowledge and recent experience in schools:"),
    ("table", (
        ["Name", "Role on the programme", "Background"],
        [
            ["Dr Helen Marsh", "Programme Leader; SEN01 leader",
             "Senior Lecturer; nine years as a secondary SENCO; EdD (2006) "
             "on the SENCO role"],
            ["Tariq Bashir", "SEN02 leader; autism strand",
             "Senior Lecturer; former specialist teacher for autism; MA in "
             "specific learning difficulties"],
            ["Dr Anna Kowalczyk", "Tutor; SLCN strand",
             "Lecturer; former speech and language therapist"],
            ["Ruth Ellery", "Associate tutor; SEN03 co-leader",
             "Senior SEN Adviser, Brackenfield MBC; former primary "
             "headteacher"],
            ["Martin Coyle", "Associate tutor; SpLD strand",
             "Head of Ashcombe Learning Support Service; NPQH"],
            ["Jenny Holt", "Associate tutor; BESD strand",
             "Ashcombe behaviour support teacher; former deputy head of a "
             "pupil referral unit"],
        ],
        [3.5, 4.5, 9.0],
    )),
    ("p",
     "Every tutor undertakes at least five days of professional updating a "
     "year, including time in schools."),
    ("h2", "Specialist expertise and visits to other settings"),
    ("p",
     "Beyond the core team, participants will work with educational "
     "psychologists, sensory impairment teachers, "
     "speech and language therapists, CAMHS practitioners and voluntary "
     "organisations, including Ashcombe Autism Family Support, on the SEN02 "
     "multi-agency day. Each participant also spends at least one day in a "
     "contrasting setting chosen to suit their ITP, such as a special school, "
     "an enhanced resource base for pupils with autism, a pupil referral unit "
     "or a mainstream school recognised for its inclusive practice, arranged "
     "by the authorities from a list of 24 approved settings."),
    ("h2", "Clear roles for tutors and mentors"),
    ("p",
     "Everyone involved in delivery and assessment has a written role "
     "description in the Programme Handbook. Module leaders plan, teach, mark "
     "and moderate; personal tutors agree and review the ITP; school-based "
     "mentors confirm that school-based evidence "
     "is authentic and add a short statement to the portfolio. New associate "
     "tutors attend a one-day induction on Level 7 assessment and shadow an "
     "experienced tutor. Mentors attend a half-day briefing and receive the "
     "Mentor Guide. At the end of each module the Programme Leader checks, "
     "from participant feedback and the moderation record, that tutors and "
     "mentors have carried out their roles."),
    ("h2", "Consistent and moderated assessment"),
    ("p",
     "All work is marked against published Level 7 criteria, and before "
     "marking begins each year the team holds a standardisation exercise "
     "using anonymised work from the previous cohort. Marking is then checked "
     "at three levels:"),
    ("bullets", [
        "second marking of at least 20% of scripts in each module, together "
        "with all fails and all work at distinction level;",
        "a moderation meeting for each module, attended by all markers (and "
        "for SEN03 by an LA adviser), which agrees final marks and records its "
        "decisions;",
        "the external examiner, an SEN academic from another university, who "
        "samples work from every module and attends the Assessment Board.",
    ]),
    ("h2", "Measuring impact on participants and pupils"),
    ("p", "We evaluate impact at three levels, with specific measures:"),
    ("bullets", [
        "participants' competence and confidence: the Starting Point Profile "
        "is repeated at the end of the programme, and changes in self-rated "
        "confidence against each outcome are compared with tutors' assessment "
        "decisions;",
        "practice in schools: headteachers and mentors complete a "
        "questionnaire at the end of the programme and six months later on "
        "changes in SEN practice;",
        "pupils' achievement and well-being: in the SEN03 enquiry every "
        "participant takes baseline measures for the pupils involved before "
        "the intervention and repeats them afterwards, for example reading "
        "and spelling ages, progress in National Curriculum or P scale levels, "
        "attendance, exclusions or scores on the Strengths and Difficulties "
        "Questionnaire.",
    ]),
    ("p",
     "Each year the pupil data from all enquiries are collated into an "
     "anonymised impact report for the Steering Group and both authorities."),
]

# Outcome matrix: (outcome in the provider's words, module(s), how assessed).
# Deliberate gaps: empty "how assessed" for time management (6.A3) and child
# development (6.K4); no row at all for special arrangements in national tests
# and examinations (6.S2d).
OUTCOME_MATRIX = [
    ("Building fair, respectful and constructive relationships with pupils "
     "and their families", "SEN02, SEN03",
     "Case study; parent meeting record in portfolio"),
    ("Winning the commitment of colleagues, the headteacher and senior "
     "leaders", "SEN01, SEN03",
     "SEN01 presentation; mentor's statement"),
    ("Managing time and priorities and delegating tasks", "SEN01", ""),
    ("Solving problems and making sound judgements about provision",
     "SEN02, SEN03",
     "Recommendations in case study; professional discussion"),
    ("Clear communication in speech and writing; listening to others",
     "All modules",
     "All written assignments; SEN01 presentation; professional discussion"),
    ("Using research and outside advice to improve own and colleagues' "
     "practice", "All modules",
     "Literature review in enquiry report; critical policy review"),
    ("Keeping up to date and owning one's CPD in SEN and disability",
     "All modules", "Reflective journal extracts in portfolio"),
    ("SEN law and the Code of Practice, and putting them into practice",
     "SEN01", "Critical policy review"),
    ("Every Child Matters and the SENCO's contribution", "SEN01, SEN03",
     "Critical policy review; enquiry report"),
    ("Disability equality law and the duties it places on schools", "SEN01",
     "Critical policy review (accessibility plan section)"),
    ("Child development and the factors that affect it", "SEN02", ""),
    ("Common types of SEN and disability and their effect on learning",
     "SEN02", "Case study; optional strand task"),
    ("Approaches and strategies for assessment and teaching, including ICT",
     "SEN02", "Case study; annotated provision map"),
    ("School self-evaluation and improvement for pupils with SEN",
     "SEN01, SEN03", "Critical policy review; enquiry report"),
    ("Best practice and research on meeting SEN", "All modules",
     "Literature review in enquiry report; case study"),
    ("The role of external agencies and how to obtain specialist support",
     "SEN02", "Case study (multi-agency section); visit record"),
    ("Shaping an inclusive ethos and policy with senior leaders and "
     "governors", "SEN01",
     "Presentation to a senior leader; recommendations in critical policy "
     "review"),
    ("Identifying needs, setting targets, planning and reviewing "
     "interventions", "SEN02", "Case study including IEP and review"),
    ("Using other professionals' assessments to plan teaching", "SEN02",
     "Case study"),
    ("Tracking progress with summative data, including national tests",
     "SEN02, SEN03",
     "Annotated provision map; baseline and outcome data in enquiry"),
    ("Encouraging colleagues to use formative assessment", "SEN03",
     "Staff training session plan and evaluation"),
    ("Provision mapping and finding ineffective or missing provision",
     "SEN02", "Annotated provision map"),
    ("Deploying and managing support staff", "SEN02",
     "Provision map commentary on teaching assistants"),
    ("Developing colleagues through observation, coaching and training",
     "SEN03",
     "Staff training session; observation record"),
    ("Reviewing provision with colleagues to inform self-evaluation",
     "SEN01, SEN03", "Enquiry report; critical policy review"),
    ("Involving pupils in planning and reviewing their provision", "SEN03",
     "Pupil consultation in enquiry report"),
    ("Working with parents and carers", "SEN03",
     "Parent meeting record and reflection"),
    ("Partnership with other services and voluntary organisations", "SEN02",
     "Multi-agency section of case study"),
]

CRITERION_6 = [
    ("h1", "Criterion 6: The minimum outcomes and the award"),
    ("h2", "What a participant must show to gain the award"),
    ("p",
     "The Postgraduate Certificate is awarded only to participants who have "
     "passed all three modules (or been granted APL for one of them) and who "
     "have shown, through the assessments listed below, that they meet every "
     "national minimum outcome. Passing the modules on marks alone is not "
     "enough: the Assessment Board checks each participant's Professional "
     "Portfolio against the outcome matrix and will not confer the award "
     "while any outcome remains unevidenced. A participant who has not yet "
     "met an outcome is allowed one resubmission of evidence."),
    ("h2", "Where the outcomes are developed and assessed"),
    ("p",
     "The matrix shows, for each outcome, the module or modules in which it "
     "is developed and how it is assessed."),
    ("table", (
        ["Outcome", "Module(s) where developed", "How assessed"],
        [list(row) for row in OUTCOME_MATRIX],
        [7.0, 3.2, 6.8],
    )),
]

SECTIONS = INTRO + CRITERION_1 + CRITERION_2 + CRITERION_3 + CRITERION_4 \
    + CRITERION_5 + CRITERION_6


# ---------------------------------------------------------------------------
# Writing the document
# ---------------------------------------------------------------------------

def add_page_number(paragraph):
    """Append a PAGE field to a paragraph (python-docx has no API for it)."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def add_table(doc, header, rows, widths_cm):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)
    doc.add_paragraph()
    return table


def add_cover(doc):
    doc.add_paragraph("Training and Development Agency for Schools")
    doc.add_heading("Application for approval to provide nationally "
                    "accredited training for SENCOs", level=0)
    for line in [
        PROVIDER,
        "in partnership with Brackenfield Metropolitan Borough Council and "
        "Ashcombe County Council",
        "Postgraduate Certificate in Special Educational Needs Coordination "
        "(60 credits, Level 7)",
        "Submitted 20 March 2009",
        "Contact: Dr Helen Marsh, Programme Leader, Riverside Institute of "
        "Education, telephone 01632 960 418",
    ]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path=OUTPUT):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    props = doc.core_properties
    props.title = "Application for approval: nationally accredited SENCO training"
    props.author = "Riverside Institute of Education"
    props.subject = "TDA SENCO training provider application, 2009 (invented sample)"

    footer = doc.sections[0].footer
    fp = footer.paragraphs[0]
    fp.text = (PROVIDER + " \u2013 application for approval of nationally "
               "accredited SENCO training, March 2009 \u2013 page ")
    add_page_number(fp)

    add_cover(doc)
    for kind, payload in SECTIONS:
        if kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            add_table(doc, *payload)
        else:
            raise ValueError(f"unknown block kind {kind!r}")

    doc.save(str(path))
    return path


def word_count(path=OUTPUT):
    """Words in the body paragraphs and tables (the footer is not counted)."""
    doc = Document(str(path))
    words = sum(len(p.text.split()) for p in doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                words += len(cell.text.split())
    return words


if __name__ == "__main__":
    out = build()
    print(f"wrote {out} ({word_count(out)} words)")
