"""Build bv-01-ashcombe-descriptors.docx (invented provider, written blind).

Provider: University of Ashcombe, School of Education, in partnership with
Kelsmoor County Council (Children, Schools and Families Directorate).
Programme: Postgraduate Certificate in Special Educational Needs
Coordination, 60 credits at Level 7, four 15-credit modules SENC7101-7104
(called Modules A-D). Dated January 2009; 2008-era vocabulary (CRB, DDA,
Every Child Matters, School Action Plus, Bercow Review, IDP).

Layout: a "module descriptor pack".
- Cover lines, then a covering narrative of about two pages under short
  Heading 2 titles (never criterion numbers), ending with a mapping
  paragraph "Mapping to the national minimum outcomes" that paraphrases each
  national outcome and names the provider's OWN learning-outcome code
  (LO-A1 ... LO-D6).
- Four module descriptors, each a two-column table (field | value): Module
  code, Title, Credits, Level, Module leader, Delivery, Aims, Indicative
  content, Learning outcomes ("By the end of this module participants will
  be able to:" then the coded outcomes, one paragraph each), Assessment
  (summative tasks listing the codes they assess, and formative tasks that
  are "not graded" / "do not carry marks"), Reading.
- Header and footer (pack title and version; never evidence).

To resolve an outcome the reader must go mapping paragraph -> LO code ->
descriptor Assessment row and see whether the code is in a summative task.

Traps and the requirement ids they affect:
- Formative-only codes: LO-A5 (own CPD, 6.A7), LO-B5 (summative data and
  national tests, 6.S2b), LO-D5 (time, priorities, delegation, 6.A3),
  LO-D6 (deploying support staff, 6.S4) are defined and developed but
  appear only in formative tasks -> partially_met.
- Explicit gap with an intention: formative assessment by colleagues and
  access arrangements "have no module outcome in this edition of the
  descriptors; the steering group will consider how to add them"
  (6.S2c, 6.S2d not_met).
- Blanket claim "Taken together the four modules ensure that every
  participant ... has met the national minimum outcomes" (6.0, 1.9
  partially_met, because of the formative-only and missing outcomes).
- Negation: "the programme has no assessment-only route" because of
  University regulations (2.3 not_met), right after a full RPL arrangement
  (2.1 met).
- CRB: the headteacher confirms a current enhanced CRB disclosure, but no
  other background check (5.3 partially_met).
- Placements: participants "may arrange a visit" themselves; "the programme
  does not arrange or assess placements" (5.5 partially_met; specialist
  expertise is present).
- One September intake, fixed order A-D; only blended study and resuming
  with the next cohort (3.2 partially_met).
- Pupils' achievement: competence and confidence are measured (entry/exit
  audit, headteachers' questionnaire) but pupils' achievement only "We
  would also hope, in time, to be able to show" (5.9 partially_met).
  Assessments only mark "proposals" for pupils' learning and well-being, so
  they do not measure pupil impact either.
- Met despite looking thin or scattered: 3.3 (online units with moderated
  forum, tutorials between taught days, ICT for communication with schools,
  tutors and peers), 2.5 (final tutorial "Moving On" targets, only in the
  Module D descriptor), 1.5 and 6.S7 (LO-C1 assessed in the partnership
  case study), 6.A5 (presentation plus written summary), 4.3 (steering
  group receives evaluations, stakeholders teach and sit on the panel).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bv-01-ashcombe-descriptors.docx")


def sm(s: str) -> str:
    """Typographic apostrophes and dashes, as Word's AutoFormat would give."""
    return s.replace("'", "\u2019").replace(" -- ", " \u2013 ").replace("--", "\u2013")


doc = Document()
doc.core_properties.author = "H. Marchbank"
doc.core_properties.title = "PGCert SENCO module descriptor pack"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = sm("University of Ashcombe -- School of Education | PGCert SEN Coordination | Module Descriptor Pack v1.3")
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = sm("Validated 26 November 2008 -- Kelsmoor County Council partnership -- January 2009")
fp.runs[0].font.size = Pt(8)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text, style=None, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(sm(text))
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def h(text, level=2):
    return doc.add_heading(sm(text), level=level)


# ------------------------------------------------------------------ cover
para("UNIVERSITY OF ASHCOMBE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
para("School of Education", align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
para("in partnership with Kelsmoor County Council, Children, Schools and Families Directorate",
     align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
para("Postgraduate Certificate in Special Educational Needs Coordination", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
para("Application for approval as a provider of nationally accredited training for SENCOs: "
     "covering statement and module descriptor pack", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Contact: Dr Helen Marchbank, Programme Leader, School of Education, Priory Road, Ashcombe. "
     "January 2009", align=WD_ALIGN_PARAGRAPH.CENTER, size=9)

# ------------------------------------------------------------------ narrative
h("Covering statement", 1)

h("The partnership and the award")
para("The University of Ashcombe School of Education and Kelsmoor County Council have worked together on "
     "the training of SENCOs since 2001, first through the County's SENCO Induction Days and, since 2005, "
     "through the SEN pathway of the University's MA Inclusive Education. This pack sets out the "
     "Postgraduate Certificate in Special Educational Needs Coordination, which the University's Academic "
     "Standards Committee validated on 26 November 2008 for first delivery in September 2009. The award is "
     "made by the University of Ashcombe. It carries 60 credits at Level 7 of the Framework for Higher "
     "Education Qualifications (masters level), made up of four 15-credit modules, SENC7101 to SENC7104, "
     "which we refer to below as Modules A to D. Credit may be carried forward into the MA Inclusive "
     "Education.")

h("What the programme is for")
para("The programme exists to improve what happens for children and young people with special educational "
     "needs and disabilities in the schools our participants lead: their progress in learning and their "
     "well-being across all five Every Child Matters outcomes -- being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being. Each module's aims say "
     "how it serves that purpose, the indicative content of every module returns to it, and every "
     "summative assessment is marked against a criterion on how the participant's analysis and proposals "
     "would improve the learning and well-being of the pupils concerned. Each module also has a directed "
     "task carried out in the participant's own school and tied to that module's learning outcomes, so "
     "that what is learned on the taught days is tried out, and reflected on, in practice.")
para("Content is kept current by the module leaders, who revise their reading lists each summer. The "
     "2009-10 modules draw on Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow "
     "Review of services for children and young people with speech, language and communication needs "
     "(2008), the Inclusion Development Programme materials on dyslexia and on speech, language and "
     "communication needs, and the University's own research on provision mapping and pupil "
     "participation.")

h("Admission")
para("Applicants must hold QTS, be employed in a school in England and be in, or about to take up, the "
     "SENCO role. The application form includes a supporting statement from the headteacher, who also "
     "confirms that the applicant holds a current enhanced CRB disclosure. The programme leader interviews "
     "every applicant (by telephone where travel is difficult), using the Ashcombe SENCO Audit described "
     "below, to check that he or she has the knowledge and experience to benefit from the programme and to "
     "reach its outcomes within the year. Where an applicant is not yet ready we say what needs to be done "
     "first -- usually the County's one-term SEN Foundation course -- and the County's SEN adviser "
     "discusses this with the headteacher. The applicant may then join the following cohort.")
para("Prior certificated learning at Level 7 (for example a specialist dyslexia teaching qualification) and "
     "prior experiential learning can each be recognised under the University's Recognition of Prior "
     "Learning (RPL) procedure, up to a maximum of 30 credits, that is two modules. Claims are mapped "
     "against the learning outcomes of the module concerned and assessed by the module leader; experiential "
     "claims are supported by a portfolio of evidence and a professional discussion. The University's "
     "regulations do not permit a taught award to be conferred wholly through assessment without "
     "registration on modules, so the programme has no assessment-only route; highly experienced "
     "applicants are advised to make the largest RPL claim they can instead.")

h("Starting from each participant's needs")
para("Before the first taught day every participant completes the Ashcombe SENCO Audit, a self-assessment "
     "against each national minimum outcome, to which the headteacher adds comments. At an individual "
     "tutorial in the first half-term the participant's personal tutor goes through the audit with him or "
     "her, checking self-ratings against evidence from the participant's school, and together they agree an "
     "Individual Learning Plan. The plan records the outcomes to be given priority and those already "
     "secure, the focus chosen for each module's school-based task and assignment, and any additional "
     "reading or visits; it is the participant's personalised set of outcomes, and it is revisited at the "
     "tutorials that close Modules B and D. The modules build from law and knowledge (A and B) to "
     "partnership (C) and leadership (D), and because tasks and assignment foci follow the plan, "
     "participants spend their time where they most need to develop. The fee of \u00a31,180 is met in full "
     "by Kelsmoor County Council for teachers in its maintained schools, and taught days are held at the "
     "County's Wellow Cross professional development centre at no room cost to the programme.")

h("How the programme is delivered")
para("There is a single intake each September. Modules are taken in the order A, B, C, D over one "
     "academic year, through ten taught days (held on Fridays, with supply cover funded by the County for "
     "its own schools) and the University's virtual learning environment, AshcombeOnline. Participants who "
     "need to interrupt their studies may resume with the next cohort at the start of any module.")
para("Two units of Module B, on the common types of SEN and on ICT and access technology, are studied "
     "online. For these units each tutor group has a discussion forum moderated by its tutor, who replies "
     "to postings within three working days; participants post a short task and respond to the postings "
     "of two peers. Between all taught days participants can book a half-hour telephone or e-mail tutorial "
     "with their personal tutor, and the tutor contacts any participant who has not logged on for three "
     "weeks. AshcombeOnline is also used to share session materials, to submit and return assignments, and "
     "to send termly updates to headteachers and school-based mentors; the tutor team uses a staff area "
     "on it to share planning and marking.")
para("The application form invites applicants to tell us about any disability or health condition so that "
     "adjustments can be planned. The programme leader follows up each disclosure with the University's "
     "Disability Advisory Service before the course starts and agrees a written support plan with the "
     "participant, for example extra time or an alternative format for the Module C presentation, "
     "materials in large print or in advance, a reader or a note-taker. All taught days are held in a "
     "fully accessible building with a hearing loop. Programme publicity states that disabled teachers are "
     "welcome and describes the support available, and the programme is monitored each year under the "
     "University's Disability Equality Scheme and Race Equality Policy.")

h("Schools, the County and families")
para("In spring 2008 Kelsmoor surveyed its headteachers and SENCOs about SENCO training (162 returns from "
     "241 schools) and ran two focus groups with former participants of the Induction Days and one with "
     "the Kelsmoor Parent Partnership forum. Headteachers asked above all for SENCOs who can lead provision "
     "mapping and evaluate interventions; SENCOs asked for help with managing teaching assistants and "
     "working with outside agencies; parents asked that SENCOs involve them earlier and explain decisions "
     "plainly. These findings are why Module D is built around provision mapping and a school development "
     "project, why Module C is given over to pupils, parents and partners, and why Friday delivery with "
     "funded cover has replaced twilight sessions.")
para("A steering group of two headteachers, two serving SENCOs, the County's Principal SEN Adviser, a "
     "Parent Partnership officer and the programme leader meets each term. It receives the module "
     "evaluations and the external examiner's report, comments on the annual programme report and agrees "
     "the action plan that follows from it. Serving SENCOs act as school-based mentors, County specialists "
     "teach sessions (see the descriptors), and a County SEN adviser sits on the Module C presentation "
     "panel.")

h("Staff, expertise and resources")
para("The programme leader is Dr Helen Marchbank, Senior Lecturer in Inclusive Education (PhD on provision "
     "mapping in primary schools; SENCO in two Kelsmoor schools until 2003). The module leaders are Dr "
     "Colm Fennessy (educational psychologist, Kelsmoor Educational Psychology Service, seconded to the "
     "University two days a week), Ms Priya Bhandari (MA SEN; advisory teacher with the Kelsmoor "
     "Communication and Autism Team until 2007) and Mrs Ruth Ashdown (NPQH; SENCO at Fordbridge High "
     "School). All tutors teach on the MA Inclusive Education and attend at least two national SEN "
     "conferences a year. Sessions are also taught by a speech and language therapist from Kelsmoor PCT, "
     "the County's Sensory Support Service and the Parent Partnership Service. Participants may arrange a "
     "visit to Hawkstone Special School or to the County's pupil referral unit if their Individual Learning "
     "Plan suggests it, but the programme does not arrange or assess placements.")
para("The University library holds the SEN collection of the former Kelsmoor Teachers' Centre and the "
     "main journals in the field in print and online. The School of Education keeps a loan collection of "
     "standardised tests and an assistive technology room (text-to-speech and mind-mapping software, "
     "Clicker, switch-access devices) used in the Module B online unit and on the taught days.")

h("Quality, marking and impact")
para("The programme follows the University's quality procedures. Internal evidence comes from session and "
     "module evaluations, participants' audit ratings at entry and exit, the tutor team's review at the end "
     "of each module and annual programme monitoring; external evidence from the external examiner "
     "(Professor Lorna Gidley, University of Carrick), the steering group, a headteachers' end-of-year "
     "questionnaire and the County's monitoring of SEN in its schools. The annual programme report brings "
     "these together, and its action plan is reviewed by the steering group and the School's Teaching "
     "Committee; the move to Friday delivery and the extra data workshop in Module B, for instance, came "
     "from the evaluation of the 2008 pilot days.")
para("All tutors, and the County advisers who sit on presentation panels, attend a briefing at the start "
     "of each year and receive the Programme Handbook for Tutors, which sets out roles, marking criteria "
     "and the RPL procedure. School-based mentors attend a half-day briefing and have a Mentor Guide "
     "setting out what they do and what they do not do (they support, they do not assess). Every summative "
     "assessment is marked against published Level 7 criteria; a sample of at least 20% across the grade "
     "range, and every fail, is second-marked at a moderation meeting for each module, and the moderated "
     "sample goes to the external examiner before the Assessment Board.")
para("Participants' competence and confidence are measured by comparing the Ashcombe SENCO Audit at entry "
     "with the same audit completed at the final tutorial, and through the headteachers' questionnaire. We "
     "would also hope, in time, to be able to show effects on pupils' achievement in participants' "
     "schools.")

h("The award")
para("To be awarded the Postgraduate Certificate a participant must pass the summative assessment of all "
     "four modules (or hold RPL credit for up to two of them) and must complete the formative tasks. Taken "
     "together the four modules ensure that every participant who is awarded the certificate has met the "
     "national minimum outcomes.")

h("Mapping to the national minimum outcomes")
para("The national minimum outcomes are developed through the module learning outcomes as follows. For the "
     "professional attributes: relationships with pupils and their families, LO-C2; gaining the commitment "
     "of colleagues and senior leaders, LO-D3; prioritising, managing time and delegating, LO-D5; "
     "anticipating problems and making sound decisions about provision, LO-D2; speaking and writing "
     "clearly and listening to others, LO-C5; drawing on research and external advice, LO-B6; keeping up "
     "to date and taking charge of one's own professional development, LO-A5.")
para("For knowledge and understanding: SEN law and the Code of Practice, LO-A1; Every Child Matters, LO-A2; "
     "disability equality legislation, LO-A3; child development, LO-B1; the main types of SEN and "
     "disability, LO-B2; approaches, strategies and resources including ICT, LO-B4; school self-evaluation, "
     "LO-D4; best practice and research, LO-B6; the role of external agencies, LO-C3.")
para("For skills: influencing strategy with senior leaders and governors, LO-D1; identifying needs, setting "
     "targets, planning and reviewing interventions, LO-B3; using other professionals' assessments, LO-C3; "
     "using summative data and national tests to track progress, LO-B5; provision mapping, LO-D2; "
     "deploying and managing support staff, LO-D6; colleagues' professional development, LO-D3; "
     "evaluating provision with colleagues, LO-D4; involving pupils in their own provision, LO-C1; "
     "liaising with parents and carers, LO-C2; working with other services and voluntary organisations, "
     "LO-C3. Two outcomes -- encouraging colleagues to develop formative assessment, and identifying and "
     "putting in place access arrangements for national tests and examinations -- have no module outcome "
     "in this edition of the descriptors; the steering group will consider how to add them at the first "
     "annual review.")

# ------------------------------------------------------------------ descriptors
MODULES = [
    {
        "code": "SENC7101 (Module A)",
        "title": "The SENCO: Law, Policy and Well-being",
        "leader": "Dr Helen Marchbank",
        "delivery": "Taught days 1 and 2 (September, October); directed school-based task; tutorial.",
        "aims": "To develop a critical understanding of the legislation, statutory guidance and national policy "
                "that frame the SENCO's work, and of how a school can use them to raise the achievement and "
                "improve the well-being of pupils with SEN and disabilities.",
        "content": [
            "Education Act 1996 (Part IV) as amended by the SEN and Disability Act 2001; the SEN Code of "
            "Practice (2001): the graduated response, School Action and School Action Plus, statutory "
            "assessment, statements and annual reviews; the roles of governors, headteacher, SENCO and class "
            "teachers.",
            "Disability Discrimination Act 1995 and 2005: the Disability Equality Duty, accessibility "
            "planning, reasonable adjustments for disabled pupils.",
            "Children Act 2004, Every Child Matters: Change for Children and the five outcomes; the Common "
            "Assessment Framework; Removing Barriers to Achievement (2004).",
            "Ofsted inspection and SEN; the school's SEN policy and information to parents.",
            "The SENCO as a professional: keeping up to date, sources of information, planning one's own "
            "development.",
            "School-based task: compare your school's SEN policy and accessibility plan with the Code and "
            "the DDA, and discuss your findings with your headteacher.",
        ],
        "los": [
            ("LO-A1", "explain the main provisions of SEN law and the SEN Code of Practice, what they require "
                      "of the school, the SENCO, governors and other staff, and how to apply them in their own "
                      "school;"),
            ("LO-A2", "explain the principles and five outcomes of Every Child Matters and analyse how the "
                      "SENCO can help pupils with SEN and disabilities to achieve them;"),
            ("LO-A3", "explain the duties that disability equality legislation places on schools and identify "
                      "the actions their own school needs to take for disabled pupils;"),
            ("LO-A4", "critically evaluate their school's SEN policy and accessibility plan against current "
                      "legislation and guidance;"),
            ("LO-A5", "audit their own knowledge and skills, identify reliable sources of up-to-date "
                      "information on SEN and disability, and plan their own continuing professional "
                      "development."),
        ],
        "assessment": [
            "Summative (100%): a 4,000-word policy analysis of the participant's school's SEN policy and "
            "accessibility plan against SEN and disability law, the Code of Practice and Every Child "
            "Matters, with recommendations to the governing body. Assesses LO-A1, LO-A2, LO-A3, LO-A4.",
            "Formative: a personal development plan drafted from the Ashcombe SENCO Audit and discussed at "
            "the first tutorial (LO-A5). It is not graded.",
        ],
        "reading": [
            "Cowne, E. (2008) The SENCO Handbook: Working within a Whole-School Approach. 5th edn. London: "
            "Routledge.",
            "DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
            "DfES (2004) Every Child Matters: Change for Children. London: DfES.",
            "DfES (2004) Removing Barriers to Achievement: the Government's Strategy for SEN. London: DfES.",
            "Ofsted (2004) Special Educational Needs and Disability: Towards Inclusive Schools. London: Ofsted.",
        ],
    },
    {
        "code": "SENC7102 (Module B)",
        "title": "Understanding Learners: Development, Difficulty and Assessment",
        "leader": "Dr Colm Fennessy",
        "delivery": "Taught days 3, 4 and 5 (November to January); two online units on AshcombeOnline; "
                    "directed school-based task; tutorial at the end of the module.",
        "aims": "To deepen participants' understanding of how children develop and learn, of the most common "
                "forms of SEN and disability, and of how assessment and teaching can be used to remove "
                "barriers to learning and secure progress.",
        "content": [
            "Child development: cognitive, language, social, emotional and physical; how development is "
            "shaped by SEN and disability and by the physical and social environment of home and school.",
            "The most common types of need: behavioural, emotional and social difficulties; specific learning "
            "difficulties including dyslexia; speech, language and communication needs (with the Bercow "
            "Review); autistic spectrum disorders; moderate learning difficulties; an introduction to "
            "sensory and physical needs (online unit 1, with the Sensory Support Service).",
            "Identifying needs through observation, data and assessment; standardised tests and their "
            "limits; setting targets; individual and group education plans; planning, costing and reviewing "
            "interventions.",
            "Data workshop: P scales, teacher assessment and end of key stage test results; tracking "
            "progress and changing programmes.",
            "Approaches, strategies and resources for assessment, planning and teaching, including ICT and "
            "assistive technology (online unit 2, using the assistive technology room).",
            "Reading research critically; what the evidence says about effective interventions; the "
            "Inclusion Development Programme.",
            "School-based task: observe and assess a pupil causing concern, and plan an intervention with "
            "the class teacher.",
        ],
        "los": [
            ("LO-B1", "explain how children develop and how development can be affected by SEN and "
                      "disability and by the physical and social environment for learning;"),
            ("LO-B2", "describe the most common types of SEN and disability -- behavioural, emotional and "
                      "social difficulties, specific learning difficulties including dyslexia, speech, "
                      "language and communication needs, autistic spectrum disorders and moderate learning "
                      "difficulties -- and analyse how they affect learning;"),
            ("LO-B3", "identify pupils who may have SEN using observation, data and assessment, set "
                      "appropriately challenging targets, plan interventions that remove barriers to "
                      "learning, and review pupils' progress;"),
            ("LO-B4", "critically evaluate approaches, strategies and resources, including ICT, for "
                      "assessment, planning, teaching and learning, and select them to personalise "
                      "provision;"),
            ("LO-B5", "use summative assessment data, including national tests, to track pupils' progress "
                      "and adjust programmes;"),
            ("LO-B6", "evaluate research evidence and examples of best practice and use them to improve "
                      "their own and colleagues' practice."),
        ],
        "assessment": [
            "Summative (100%): a 4,500-word case study of two pupils with different needs in the "
            "participant's school, covering identification, assessment, targets, intervention and review, "
            "and critically discussing the research and the approaches used. Assesses LO-B1, LO-B2, LO-B3, "
            "LO-B4, LO-B6.",
            "Formative: in the data workshop participants analyse an anonymised class tracking sheet and "
            "present their conclusions to their group; tutor feedback is given orally (LO-B5). The online "
            "unit tasks are required but not graded.",
        ],
        "reading": [
            "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0-19) "
            "with Speech, Language and Communication Needs. Nottingham: DCSF.",
            "DCSF (2008) Inclusion Development Programme: Supporting children with speech, language and "
            "communication needs. London: DCSF.",
            "Frederickson, N. and Cline, T. (2002) Special Educational Needs, Inclusion and Diversity: a "
            "Textbook. Buckingham: Open University Press.",
            "Lewis, A. and Norwich, B. (eds) (2005) Special Teaching for Special Children? Maidenhead: Open "
            "University Press.",
        ],
    },
    {
        "code": "SENC7103 (Module C)",
        "title": "Pupils, Parents and Partners",
        "leader": "Ms Priya Bhandari",
        "delivery": "Taught days 6 and 7 (February, March); one day with the Kelsmoor Multi-Agency Support "
                    "Team; directed school-based task.",
        "aims": "To develop the skills participants need to listen to pupils, to work in partnership with "
                "parents and carers, and to collaborate with colleagues and with other services and "
                "agencies, so that pupils with SEN and disabilities are supported coherently.",
        "content": [
            "Pupil voice: consulting pupils, including those with communication difficulties (Talking Mats, "
            "visual and symbol-supported methods); pupils' part in planning and reviewing IEPs and annual "
            "reviews; Article 12 of the UN Convention on the Rights of the Child.",
            "Working with parents and carers: relationships built on respect and honesty; explaining "
            "decisions; difficult conversations; the Parent Partnership Service (session taught with a "
            "Parent Partnership officer).",
            "Multi-agency working: the educational psychology service, speech and language therapy, CAMHS, "
            "social care, health, Connexions, and voluntary organisations such as the Kelsmoor Dyslexia "
            "Association and the local branch of the National Autistic Society; the Common Assessment "
            "Framework and the lead professional; using other professionals' reports to shape teaching.",
            "Advising, supporting and collaborating with colleagues in school and in cluster schools.",
            "Communication skills: writing reports for parents and professionals, chairing review "
            "meetings, active listening.",
            "School-based task: consult a pupil and his or her parents before a review, and reflect on what "
            "changed as a result.",
        ],
        "los": [
            ("LO-C1", "consult pupils with SEN and disabilities, including those with communication "
                      "difficulties, and involve them in planning, agreeing and reviewing their provision;"),
            ("LO-C2", "establish fair, respectful and constructive relationships with pupils and their "
                      "parents or carers, and liaise with parents to support their child's learning and "
                      "development;"),
            ("LO-C3", "explain the roles of external agencies and voluntary organisations, obtain specialist "
                      "support and resources, and use other professionals' assessments to shape teaching "
                      "approaches, working in partnership with them;"),
            ("LO-C4", "advise, support and collaborate with colleagues within and beyond their school to meet "
                      "pupils' needs;"),
            ("LO-C5", "communicate clearly in speech and in writing with pupils, parents, colleagues and "
                      "professionals, and listen to and take account of their views."),
        ],
        "assessment": [
            "Summative (i), 70%: a 3,000-word partnership case study of the participant's work with one "
            "pupil, the pupil's family and the agencies involved, including the record of a consultation "
            "with the pupil. Assesses LO-C1, LO-C2, LO-C3, LO-C4.",
            "Summative (ii), 30%: a 15-minute presentation of the case to a panel of a tutor and a Kelsmoor "
            "SEN adviser, with a one-page written summary for the panel, followed by questions. Assesses "
            "LO-C5.",
        ],
        "reading": [
            "Carpenter, B. (ed.) (1997) Families in Context: Emerging Trends in Family Support and Early "
            "Intervention. London: David Fulton.",
            "DfES (2004) Working Together: Giving Children and Young People a Say. London: DfES.",
            "Hornby, G. (2000) Improving Parental Involvement. London: Cassell.",
            "Wolfendale, S. (ed.) (2002) Parent Partnership Services for Special Educational Needs. London: "
            "David Fulton.",
        ],
    },
    {
        "code": "SENC7104 (Module D)",
        "title": "Leading and Evaluating SEN Provision",
        "leader": "Mrs Ruth Ashdown",
        "delivery": "Taught days 8, 9 and 10 (April to June); school development project; final tutorial "
                    "(July).",
        "aims": "To prepare participants to lead the development of SEN provision in their school: planning "
                "and evaluating provision, leading and developing staff, and influencing whole-school policy "
                "and improvement.",
        "content": [
            "The SENCO as a leader; working with the headteacher, senior team and governors on inclusion "
            "policy, priorities and the use of resources.",
            "School improvement planning, the self-evaluation form and inspection; evaluating provision with "
            "colleagues.",
            "Provision mapping and costing, using the Kelsmoor provision map template; finding ineffective "
            "or missing provision; anticipating problems and deciding priorities.",
            "Deploying and managing teaching assistants and other support staff.",
            "Supporting colleagues' development: lesson observation and feedback, modelling, coaching and "
            "mentoring, planning and leading INSET.",
            "Managing change; managing time, setting priorities and delegating.",
            "Looking forward: at the final tutorial the personal tutor and participant review the Individual "
            "Learning Plan against the exit audit and draft the participant's next professional targets on "
            "the Moving On template, which the participant takes to his or her performance management review.",
        ],
        "los": [
            ("LO-D1", "working with senior colleagues and governors, advise on and influence the strategic "
                      "development of an inclusive ethos, policies, priorities and the use of resources;"),
            ("LO-D2", "use provision mapping to plan, cost and manage provision, identify ineffective or "
                      "missing provision, anticipate and resolve problems and make well-founded decisions "
                      "about priorities;"),
            ("LO-D3", "gain the commitment of the headteacher, senior leaders and colleagues, and support "
                      "colleagues' professional development through observation and feedback, modelling, "
                      "coaching and training;"),
            ("LO-D4", "review the effectiveness of provision with colleagues and use the findings in the "
                      "school's self-evaluation and improvement planning;"),
            ("LO-D5", "prioritise their work, manage their time and delegate tasks appropriately, making "
                      "sure they are carried out;"),
            ("LO-D6", "deploy and manage teaching assistants and other support staff effectively."),
        ],
        "assessment": [
            "Summative (100%): a 5,000-word report on a school development project, agreed with the "
            "headteacher, in which the participant leads a change in SEN provision and evaluates its effect "
            "on the school's practice. Assesses LO-D1, LO-D2, LO-D3, LO-D4.",
            "Formative: (a) a learning log kept through the project and reviewed at the final tutorial "
            "(LO-D5); (b) a staff briefing on the deployment of support staff, observed by a fellow "
            "participant who gives written feedback (LO-D6). Formative tasks are required but do not carry "
            "marks.",
        ],
        "reading": [
            "Blatchford, P. and others (2008) Deployment and Impact of Support Staff in Schools. London: DCSF.",
            "Gross, J. (2008) Beating Bureaucracy in Special Educational Needs. London: Routledge.",
            "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
            "Rose, R. and Howley, M. (2007) The Practical Guide to Special Educational Needs in Inclusive "
            "Primary Classrooms. London: Paul Chapman.",
        ],
    },
]


def fill(cell, items, lo_intro=None, los=None):
    cell.text = ""
    first = True
    if lo_intro:
        cell.paragraphs[0].add_run(sm(lo_intro))
        first = False
        for code, text in los:
            p = cell.add_paragraph()
            p.add_run(code + " ").bold = True
            p.add_run(sm(text))
        return
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(sm(it))


doc.add_page_break()
h("Module descriptors", 1)
para("Each descriptor follows the University's standard template. Learning outcome codes are used in the "
     "mapping above and in the assessment entries.", italic=True)

for m in MODULES:
    h(f"{m['code']}: {m['title']}", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Module code", [m["code"]]),
        ("Title", [m["title"]]),
        ("Credits", ["15"]),
        ("Level", ["7 (masters)"]),
        ("Module leader", [m["leader"]]),
        ("Delivery", [m["delivery"]]),
        ("Aims", [m["aims"]]),
        ("Indicative content", m["content"]),
        ("Learning outcomes", None),
        ("Assessment", m["assessment"]),
        ("Reading", m["reading"]),
    ]
    for field, value in rows:
        c = t.add_row().cells
        c[0].text = field
        c[0].paragraphs[0].runs[0].bold = True
        shade(c[0], "E7E6E6")
        if value is None:
            fill(c[1], None, "By the end of this module participants will be able to:", m["los"])
        else:
            fill(c[1], value)
        c[0].width = Cm(3.6)
        c[1].width = Cm(13.0)
    doc.add_paragraph()

doc.save(OUT)
print("wrote", OUT)
