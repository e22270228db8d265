"""Build ca-01-ravensmoor-handbook.docx (invented provider, written blind).

Provider: Ravensmoor University, Faculty of Education and Lifelong Learning,
working with Caldbeck Borough Council's SEN and Inclusion Service.
Programme: Postgraduate Certificate in Coordinating Special Educational Needs
(the National Award for SEN Coordination), three 20-credit Level 7 modules
SNC701-SNC703 awarded by the University. Dated July 2009, 2008-09 vocabulary
(CRB, DDA, SEN Code of Practice 2001, Every Child Matters, RAISEonline,
P scales, SEF).

Layout: the Programme Tutors' Handbook 2009-10, submitted as the application
with a one-paragraph covering note. Written in the third person as duties
("Tutors must ...", "The module leader is responsible for ...",
"Participants are required to ..."). Heading 1/2 with typed section numbers
(1, 1.1 ...) that collide with requirement ids (handbook "1.3 How the
programme was developed" is stakeholder evidence, "3.2 Online study" is
e-learning, "4.3 Marking procedure" and so on). Every procedure (admission,
APL, needs analysis, marking, moderation, evaluation) and the list of twelve
sessions is numbered by Word's own list numbering (List Number style with a
w:num per list and a startOverride), so the step numbers are NOT in the text.
Assignment briefs name the national outcomes they evidence, in the
handbook's own paraphrase. Appendices A-E are forms: prompts, blank cells and
tick boxes only. Header and footer.

Traps, with the requirement ids they affect:
- 2.3 not_met (negation + future): "The University's regulations do not at
  present allow an assessment-only route", to be reviewed in 2010.
- 5.3 not_met (negation + another body's arrangement): CRB clearance is the
  employing school's responsibility and "The programme team does not carry
  out its own checks"; the only other mention is the prompt "Date of
  enhanced CRB disclosure" in the Appendix A form.
- 3.1 partially_met: a duty to refer disclosures to Disability Services and
  agree adjustments to assessment deadlines and formats; the invitation to
  disclose exists only as a form prompt, nothing on sessions, selection or
  materials.
- 3.3 partially_met: the Module 2 online route has direct tutor replies by
  e-mail and weekly summaries on RavenNet, but "there is no discussion forum"
  and no peer support.
- 1.3 partially_met: only a duty to review reading lists and a generic
  research-skills session; no named research, inspection evidence or
  developments.
- 2.4 partially_met: tailoring and progression are described, cost is never
  mentioned.
- 4.3 partially_met: stakeholders teach sessions, but the Steering Group only
  "receives the annual evaluation report for information".
- 5.5 partially_met: specialist contributors are arranged, but a visit to a
  special school is left to participants ("may ... if their headteacher
  agrees"); no placements are arranged.
- 5.9 partially_met: competence and confidence measured (repeat needs
  analysis, exit questionnaire), pupil impact only "encouraged ... where
  data are available".
- 6.0 / 1.9 partially_met: an award rule tied to the three assignments and
  the Outcome Sign-off Sheet, but the briefs leave outcomes unassessed;
  a blanket "every national minimum outcome is covered by the programme".
- Formative only (learning journal "not marked"): 6.A3, 6.A7 partially_met.
- Taught in a session, in no brief: 6.K9, 6.S2c, 6.S9 partially_met.
- Optional element of Assignment 3 ("may, if it suits their project"):
  6.S5 partially_met.
- Appear only in forms (Needs Analysis and Outcome Sign-off Sheet prompts):
  child development 6.K4 and access arrangements 6.S2d, not_met.
- Cross-reference inside a procedure: the exit tutorial uses the Next Steps
  form (Appendix E) and the tutor duty is stated in the text (2.5 met).
"""
from __future__ import annotations

import copy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("ca-01-ravensmoor-handbook.docx")

doc = Document()
doc.core_properties.author = "Dr Miriam Oakes"
doc.core_properties.title = "SENCO Programme Tutors' Handbook 2009-10"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

numbering = doc.part.numbering_part.element
_next_num = [100]


def new_list():
    """A fresh w:num on the List Number abstract (id 7), restarting at 1."""
    _next_num[0] += 1
    nid = _next_num[0]
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="7"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return nid


def numbered(items, nid=None):
    nid = nid or new_list()
    for it in items:
        p = doc.add_paragraph(style="List Number")
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
        if isinstance(it, tuple):
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)
    return nid


def H1(t):
    doc.add_heading(t, level=1)


def H2(t):
    doc.add_heading(t, level=2)


def H3(t):
    doc.add_heading(t, level=3)


def P(t, italic=False, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.italic = italic
    r.bold = bold
    return p


def shade(cell, fill="E7E6E6"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def form(title, rows, cols=2, header=None):
    P(title, bold=True)
    t = doc.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            shade(c)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    return t


# ------------------------------------------------------------ header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Ravensmoor University \u2013 PGCert Coordinating SEN \u2013 Programme Tutors\u2019 Handbook 2009\u201310"
sec.footer.paragraphs[0].text = "Version 1.2, 10 July 2009. For programme staff and school mentors; not for circulation to participants."

# ------------------------------------------------------------ cover
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("RAVENSMOOR UNIVERSITY\nFaculty of Education and Lifelong Learning")
r.bold = True
r.font.size = Pt(14)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Postgraduate Certificate in Coordinating Special Educational Needs\n"
              "(National Award for SEN Coordination)\n\nPROGRAMME TUTORS\u2019 HANDBOOK 2009\u201310")
r.bold = True
r.font.size = Pt(13)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("in partnership with Caldbeck Borough Council SEN and Inclusion Service")

P("Covering note to the TDA. Ravensmoor University submits this handbook as its application for approval "
  "to provide nationally accredited training for teachers new to the SENCO role. The handbook is the "
  "working document that governs what our tutors, module leaders and school mentors do, and we believe it "
  "shows our arrangements more honestly than a document written for the purpose. The panel is asked to "
  "read it as a whole. Dr Miriam Oakes, Programme Leader, 10 July 2009.", italic=True)

# ------------------------------------------------------------ Section 1
H1("1 About the programme")
H2("1.1 Purpose")
P("The Postgraduate Certificate exists to improve the progress and well-being of children and young people "
  "with special educational needs and disabilities in Ravensmoor, Caldbeck and the neighbouring "
  "authorities, by developing the teachers who lead provision for them. Progress is understood in the "
  "widest sense: the programme\u2019s three aims refer to all five Every Child Matters outcomes (being "
  "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
  "well-being) and not only to attainment.")
P("The aims are that participants will (a) understand the legal and policy framework and the needs of "
  "the pupils they serve; (b) be able to identify needs, plan, teach and review so that pupils with SEN "
  "and disabilities make progress and are safe, healthy and included in the life of the school; and "
  "(c) lead colleagues in improving provision. Tutors must make these aims explicit at the start of every "
  "module. Each of the three assignments requires the participant to set out the effect of his or her "
  "work on named pupils\u2019 achievement and well-being, and an assignment that does not do so cannot be "
  "awarded a pass (see the assessment criteria in Section 4).")

H2("1.2 Award and credit")
P("The programme leads to the Postgraduate Certificate in Coordinating Special Educational Needs, an award "
  "of Ravensmoor University approved by the Faculty Academic Standards Committee on 17 June 2009. It "
  "carries 60 credits at Level 7 (masters level) made up of three 20-credit modules: SNC701 The SENCO, the "
  "Law and the Whole School; SNC702 Understanding and Assessing Learners; and SNC703 Leading Provision and "
  "People. Credit may be carried forward into the University\u2019s MA in Inclusive Education.")

H2("1.3 How the programme was developed")
P("In the spring of 2008 the Faculty and the Caldbeck SEN and Inclusion Service surveyed every SENCO and "
  "headteacher in Caldbeck and Harrowdale; 64 SENCOs and 31 headteachers replied. Two focus groups were "
  "held with newly appointed SENCOs, and the Harrowdale Parent Partnership Service ran a discussion evening "
  "for parents of pupils with statements. The results were reported to a design group that included two "
  "headteachers, the Principal Educational Psychologist and the Parent Partnership co-ordinator.")
P("Three messages were consistent. SENCOs wanted far more on provision mapping and on deploying teaching "
  "assistants; headteachers wanted participants to lead change in school rather than write about it; and "
  "parents wanted SENCOs who listen and who explain what is being done. The programme was changed as a "
  "result: provision mapping and the management of teaching assistants each now have a full session in "
  "SNC703; the SNC703 assignment became a change project presented to the participant\u2019s headteacher; "
  "and the session on pupil voice and families is co-taught by the Parent Partnership Service. The "
  "design group also asked for fewer daytime sessions, which is why most sessions are now twilights.")

H2("1.4 The programme team")
P("The programme team are all experienced practitioners whose specialist knowledge is kept up to date "
  "through practice, research and the University\u2019s staff development scheme:")
form("", [
    ("Dr Miriam Oakes, Programme Leader; module leader SNC703",
     "PhD (inclusive school leadership); former SENCO and deputy headteacher; Senior Lecturer since 2004; "
     "chairs the Caldbeck SENCO Network."),
    ("Mr Daniel Prentice, module leader SNC701",
     "MA Special and Inclusive Education; ten years as SENCO in two secondary schools; LA SEN adviser "
     "2005\u201308; seconded to the University two days a week."),
    ("Ms Aisha Lomond, module leader SNC702",
     "MEd; Postgraduate Diploma in Specific Learning Difficulties (AMBDA); specialist teacher, Caldbeck "
     "Learning Support Service; still teaches two days a week."),
    ("Dr Rhys Havard, personal tutor",
     "Educational psychologist (chartered, BPS), Caldbeck Educational Psychology "
     "Service; research on pupil participation in reviews."),
    ("Mrs Jean Cattermole, personal tutor",
     "MA; SENCO of Brackley Moor Primary School (judged outstanding for care, guidance and support, "
     "2008); National Strategies Inclusion Development Programme trainer."),
], cols=2)
P("All tutors take part in at least three days of specialist development each year (for example the "
  "nasen conference or LA briefings on the Inclusion Development Programme), and the Programme Leader "
  "records this in the annual staff development log.")

H2("1.5 Specialist contributors")
P("Sessions in SNC702 are co-taught by the Caldbeck Speech and Language Therapy Service, the Sensory "
  "Support Team, the Behaviour Support Service and the Educational Psychology Service, and the session on "
  "pupil voice and families by the Harrowdale Parent Partnership Service. The module leader is responsible "
  "for briefing each contributor on the outcomes the session addresses and for sending the session plan "
  "two weeks in advance.")
P("Participants may also arrange a day\u2019s visit to a special school or resourced provision if their "
  "headteacher agrees, and the personal tutor can suggest schools that have welcomed visitors in the past.")

H2("1.6 Roles and responsibilities")
P("The Programme Leader is responsible for the programme as a whole: admissions, the programme calendar, "
  "liaison with Caldbeck Borough Council, the Programme Steering Group, the annual evaluation report and "
  "the Assessment Board.")
P("Each module leader is responsible for planning and teaching the module, briefing the specialist "
  "contributors, setting and marking the module assignment and arranging its moderation (Section 4).")
P("Personal tutors must meet each of their tutees at least three times in the year: for the needs "
  "analysis interview, at the mid-point review of the Individual Learning Plan and at the exit tutorial. "
  "They must keep a note of each meeting on the forms in the appendices and return a copy to the "
  "programme office within a week.")
P("Each participant has a school mentor, normally a member of the senior leadership team, named on the "
  "nomination form. School mentors are required to meet the participant at least once each half-term, to "
  "make time for the school-based tasks and to attend the participant\u2019s SNC703 presentation. Mentors "
  "receive the Mentor Guide (an extract of this handbook) and are invited to a twilight briefing at the "
  "University in September, led by the Programme Leader; mentors who cannot attend are visited in school "
  "by the personal tutor before the end of October.")
P("Participants are required to attend all taught sessions (or complete the equivalent online units), "
  "complete the school-based tasks, keep a learning journal and submit the three assignments by the "
  "published dates.")

H2("1.7 Tutor induction and development")
P("All tutors, including the specialist contributors who mark or second-mark work, must attend the annual "
  "tutor induction day in early September. The day covers the national outcomes, the Individual Learning "
  "Plan, the assessment criteria and a marking exercise on anonymised scripts from the pilot cohort. New "
  "tutors are paired with an experienced tutor for their first year and are observed teaching once by the "
  "Programme Leader. Module leaders must review their reading lists each summer.")

# ------------------------------------------------------------ Section 2
H1("2 Admission, prior learning and needs analysis")
H2("2.1 Who may join")
P("The programme is open to qualified teachers who are, or are about to become, the SENCO of a school or "
  "an academy, nominated by their headteacher. Applicants normally have at least two years\u2019 teaching "
  "experience since qualifying.")
H3("Admission procedure")
P("The Programme Administrator and the Programme Leader must follow these steps for every applicant:")
numbered([
    "The Programme Administrator checks that the nomination form (Appendix A) has been signed by the "
    "headteacher and that the applicant holds QTS.",
    "The applicant completes the Needs Analysis (Appendix B) and returns it with the form.",
    "The Programme Leader or a personal tutor interviews the applicant, in person or by telephone, using "
    "the completed Needs Analysis to judge whether he or she has enough knowledge and experience to reach "
    "all the outcomes within the year.",
    "Where the interview shows that an applicant is not yet ready, the Programme Leader writes to the "
    "applicant with advice on what to do first (for example a term shadowing an experienced SENCO, or "
    "the LA\u2019s introductory course) and, with the applicant\u2019s agreement, telephones the "
    "headteacher to agree a plan; the applicant is offered a place on the next intake.",
    "Where the applicant is ready, a place is offered in writing and a personal tutor is allocated.",
    "Any disability disclosed on the nomination form is referred by the Programme Administrator to the "
    "University Disability Services, who agree with the participant any adjustments to assessment "
    "deadlines and formats; module leaders must put these adjustments into effect.",
])
P("Responsibility for CRB clearance rests with the participant\u2019s employing school, which must satisfy "
  "itself under the safer recruitment guidance that the teacher is suitable to work with children. The "
  "programme team does not carry out its own checks.")

H2("2.2 Accreditation of prior learning")
P("Participants who have already studied part of the content at masters level, or who can show that "
  "their experience meets the outcomes of a module, may apply for accreditation of prior learning. The "
  "procedure is as follows:")
numbered([
    "The participant raises the possibility at the needs analysis interview, and the personal tutor "
    "identifies which module (at most one, 20 credits) the claim concerns.",
    "For prior certificated learning, the participant sends the transcript and module outline to the "
    "module leader, who checks that the level, the credit and the date (within the last five years) "
    "match the module.",
    "For prior experiential learning, the participant compiles a portfolio of evidence from his or her "
    "work, mapped against the module\u2019s learning outcomes, with a 2,000-word reflective commentary; "
    "the module leader assesses it against the module\u2019s marking criteria.",
    "The claim is considered by the Faculty APL panel, which meets in October and February.",
    "The personal tutor adjusts the Individual Learning Plan to show the module exempted.",
])
P("The University\u2019s regulations do not at present allow an assessment-only route to this award. The "
  "Programme Steering Group will look at the question again in 2010, once the first cohort has "
  "completed.")

H2("2.3 Needs analysis and the Individual Learning Plan")
P("Every participant\u2019s needs are assessed against the national outcomes before the first session. "
  "Personal tutors must follow this procedure:")
numbered([
    "By 10 September, the participant rates himself or herself against each outcome on the Needs Analysis "
    "(Appendix B), on a four-point scale, and adds brief evidence for any rating of 3 or 4.",
    "Within two weeks the personal tutor holds a one-hour needs analysis interview, in school where "
    "possible, and tests the self-ratings by asking for examples; tutors should watch especially for "
    "knowledge that has dated since the new Code of Practice and the Disability Equality Duty.",
    "Tutor and participant agree an Individual Learning Plan (Appendix C): the participant\u2019s priority "
    "outcomes, any outcomes already secure, the school-based tasks to be chosen and the focus of each "
    "assignment, which together make up the participant\u2019s personalised outcomes.",
    "The personal tutor sends a copy of the plan to the module leaders, who must group participants for "
    "workshop activities according to their priorities and offer additional tutorials on priority "
    "outcomes.",
    "At the mid-point review in February the plan is revisited and any outcomes not yet evidenced are "
    "targeted in SNC703.",
])
P("The modules are planned to build on one another, from the framework of law and policy in SNC701, "
  "through the assessment of individual learners in SNC702, to the leadership of provision in SNC703. "
  "Participants whose Individual Learning Plans show a strength in a module\u2019s content are directed "
  "to the extension readings and may choose a more demanding assignment focus.")

# ------------------------------------------------------------ Section 3
H1("3 Delivery")
H2("3.1 Pattern of study")
P("There are two intakes each year, in September and January. SNC701 and SNC702 may be taken in either "
  "order; SNC703 is taken last because it draws on both. Taught sessions are twilights (4.30 to 7.30 pm) "
  "at the University\u2019s Fellgate campus, with two Saturday sessions a module. SNC702 can also be "
  "followed through its online route, in which the eight taught sessions are replaced by eight online "
  "units on RavenNet, the University\u2019s virtual learning environment. Participants may spread the "
  "three modules over two years if their school circumstances change.")

H2("3.2 Online study")
P("The online units follow the same content as the taught sessions, with recorded presentations, readings "
  "and a task for each unit. The module leader posts a weekly summary and answers to common questions on "
  "the RavenNet module page. Tutors must reply to participants\u2019 e-mails within five working days. "
  "There is no discussion forum on the online route at present, and online participants do not meet "
  "the taught group.")

H2("3.3 The taught sessions")
P("The twelve sessions are listed below in their usual order. Tutors must cover the content shown; "
  "participants on the online route cover sessions 5 to 8 through the online units.")
sessions_list = new_list()
H3("SNC701 The SENCO, the Law and the Whole School")
numbered([
    ("The legal framework. ", "The Education Act 1996 (Part IV), the SEN and Disability Act 2001, the SEN "
     "Code of Practice (2001) and the graduated response, statutory assessment and statements; the "
     "Disability Discrimination Act 1995 and 2005, the Disability Equality Duty and accessibility "
     "planning; what each requires of the school, the SENCO and governors."),
    ("Every Child Matters and the SENCO. ", "The five outcomes and what they mean for pupils with SEN and "
     "disabilities; the Children Act 2004, the Common Assessment Framework and Removing Barriers to "
     "Achievement; how the SENCO contributes to each outcome."),
    ("The SENCO role. ", "The Education (Special Educational Needs Co-ordinators) (England) Regulations "
     "2008; setting priorities, managing time and delegating; keeping records proportionate."),
    ("Using research. ", "Finding, reading and judging research on SEN; each participant brings an "
     "article to critique; introduction to the literature review for Assignment 1."),
], nid=sessions_list)
H3("SNC702 Understanding and Assessing Learners")
numbered([
    ("The range of need. ", "Autistic spectrum disorders, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, behavioural, emotional and social "
     "difficulties and moderate learning difficulties, and how each affects learning (co-taught by the "
     "Speech and Language Therapy Service and the Behaviour Support Service)."),
    ("Pupil voice and families. ", "Consulting pupils, including those with little or no speech; "
     "person-centred reviews; building trusting relationships with pupils and parents; advising and "
     "working in partnership with parents and carers (co-taught by the Harrowdale Parent Partnership "
     "Service)."),
    ("Assessment, planning and intervention. ", "Identifying pupils who may have SEN from observation, "
     "data and assessment; setting targets and planning interventions; using P scales, national test "
     "results and RAISEonline to track progress; helping colleagues to use assessment for learning with "
     "pupils with SEN; ICT and assistive technology to remove barriers to learning."),
    ("Working with other services. ", "The roles of the educational psychology, speech and language "
     "therapy, CAMHS, sensory and social care services and of voluntary organisations such as the "
     "Caldbeck Autism Support Group and the local Dyslexia Association; how to obtain specialist support; "
     "using reports from other professionals in planning."),
], nid=sessions_list)
H3("SNC703 Leading Provision and People")
numbered([
    ("Strategy and provision mapping. ", "Working with the headteacher, senior leaders and governors on "
     "the SEN policy, inclusion priorities and resources; provision mapping and management; finding "
     "ineffective or missing provision."),
    ("Leading and developing staff. ", "Deploying and managing teaching assistants; observation and "
     "feedback, coaching and mentoring, planning and leading staff training; presenting to colleagues "
     "and winning their commitment."),
    ("Managing change. ", "Case studies of problems SENCOs face; anticipating difficulties, weighing "
     "evidence and making decisions about provision."),
    ("Evaluating provision. ", "School self-evaluation and the SEF; reviewing the effectiveness of "
     "provision with colleagues; keeping up to date and planning one\u2019s own professional development."),
], nid=sessions_list)

H2("3.4 School-based tasks")
P("Between sessions participants are required to complete six school-based tasks, chosen from the "
  "module task lists in the light of their Individual Learning Plans. Every task is carried out in the "
  "participant\u2019s own school and is linked to named outcomes. Two are compulsory: in SNC702 each "
  "participant must hold a structured conversation with at least two pupils with SEN about their "
  "learning and their support, using the approaches practised in session 6, and write up what was "
  "learned and what was changed; and in SNC703 each participant must audit the school\u2019s provision "
  "map with a member of the senior leadership team. Tasks are discussed at the start of the next "
  "session and feed the assignments.")

H2("3.5 Equality and access")
P("Tutors must check the adjustments agreed for their participants (see the admission procedure) before "
  "each assignment is set. "
  "The University\u2019s Disability Equality Scheme applies to the programme.")

# ------------------------------------------------------------ Section 4
H1("4 Assessment")
H2("4.1 The assignments")
P("Each module is assessed by one assignment, marked against the Level 7 criteria in the module "
  "specification. Each brief states which national outcomes the assignment evidences; markers must "
  "comment on each of them.")
H3("Assignment 1 (SNC701): Policy into practice \u2013 a critical review (4,000 words)")
P("Participants critically review their school\u2019s SEN policy and practice against the law, the Code "
  "of Practice and published research, and propose improvements. The review must include the "
  "school\u2019s accessibility plan and its arrangements under the Disability Equality Duty, and a "
  "literature review. It evidences these outcomes: knowledge of SEN law and the Code of Practice and how "
  "to put them into practice; the Every Child Matters outcomes and the SENCO\u2019s part in them; "
  "disability equality law and the actions it requires; knowledge of research and best practice; and "
  "drawing on research and external advice to improve practice in the school.")
H3("Assignment 2 (SNC702): Two learners \u2013 a case study (5,000 words or equivalent)")
P("Participants study two pupils with different needs over at least a term: how their needs were "
  "identified, reports from other professionals and how they were used, targets, interventions and "
  "their review, and progress data including national test results. The study must include the "
  "pupils\u2019 own views (from the compulsory task) and a record of work with their parents. It "
  "evidences: respectful and constructive relationships with pupils and their families; the main types "
  "of SEN and their effect on learning; a critical grasp of approaches, strategies and resources, "
  "including ICT; identifying needs, setting targets, planning interventions and reviewing progress; "
  "using other professionals\u2019 assessments; using summative data and national tests to track progress "
  "and adjust programmes; involving pupils in planning and reviewing their provision; and working with "
  "parents and carers.")
H3("Assignment 3 (SNC703): Leading a change in provision (report of 4,000 words and a presentation)")
P("Participants plan, lead and evaluate a change in SEN provision in their school, agreed with the "
  "headteacher, and present it to a panel of the module leader and their headteacher or school mentor, "
  "followed by questions. The report must use the school\u2019s provision map and self-evaluation and "
  "show the effect of the change on pupils. It evidences: gaining the commitment of colleagues and senior "
  "leaders; anticipating and resolving problems and making sound decisions; clear speech and writing and "
  "listening to others (assessed through the report and the presentation); working with senior "
  "colleagues and governors on strategy; provision mapping and identifying gaps; deploying and managing "
  "staff; reviewing provision with colleagues to inform self-evaluation; and the principles of school "
  "self-evaluation. Participants may, if it suits their project, include an account of training or "
  "coaching they gave colleagues.")

H2("4.2 The learning journal")
P("Participants keep a learning journal throughout the programme, recording how they manage their time "
  "and priorities in the role, what they read and the professional development they undertake. Tutors "
  "discuss it at each tutorial. The journal is formative: it is not marked and does not count towards "
  "the award.")

H2("4.3 Marking procedure")
P("Module leaders are responsible for seeing that every assignment is marked as follows:")
numbered([
    "Work is submitted electronically through RavenNet by noon on the published date and is checked for "
    "plagiarism.",
    "The first marker, normally the participant\u2019s module tutor, marks the work against the published "
    "Level 7 criteria within three weeks and completes the feedback sheet, commenting on each national "
    "outcome named in the brief.",
    "A second tutor marks blind every script that the first marker has failed or graded as a distinction, "
    "and a further 20% sample covering the full range of marks.",
    "First and second markers agree a mark; where they cannot, the module leader appoints a third marker.",
    "Presentations for Assignment 3 are assessed by two people using the standard presentation schedule, "
    "and are audio-recorded for moderation.",
    "Agreed marks are entered on the marks sheet and released to participants as provisional until the "
    "Assessment Board.",
])

H2("4.4 Moderation procedure")
numbered([
    "Before marking begins, the module leader holds a standardisation meeting at which all markers mark "
    "and discuss two sample scripts.",
    "After marking, the module team meets to review the double-marked sample and the spread of marks "
    "across markers; any marker whose marks differ systematically is asked to review his or her "
    "scripts.",
    "The external examiner, Professor Alan Greatorex of the University of Severnside, receives a sample "
    "from every module (all fails, all distinctions and at least six others) and two presentation "
    "recordings.",
    "The external examiner reports in writing to the Assessment Board, and the Programme Leader responds "
    "to each recommendation in the annual evaluation report.",
])

H2("4.5 The award")
P("The Assessment Board will recommend the award of the Postgraduate Certificate only where the "
  "participant has passed all three assignments and the personal tutor has completed the Outcome "
  "Sign-off Sheet (Appendix D). Every national minimum outcome is covered by the programme.")

H2("4.6 The exit tutorial")
P("In the final month, personal tutors must hold an exit tutorial with each participant. Using the Next "
  "Steps form (Appendix E), tutor and participant look back over the Individual Learning Plan and the "
  "participant drafts three professional development targets for the following year, which he or she "
  "takes to a meeting with the headteacher. Tutors must also tell participants about the MA in "
  "Inclusive Education, the Caldbeck SENCO Network and specialist courses.")

# ------------------------------------------------------------ Section 5
H1("5 Evaluation and quality assurance")
P("The programme is subject to the University\u2019s annual monitoring and five-yearly review. Within "
  "that framework, the Programme Leader is responsible for this procedure:")
numbered([
    "Participants complete an evaluation form after every session (Appendix F); module leaders summarise "
    "these at the end of each module and discuss them with the tutors.",
    "At the end of the programme participants repeat the Needs Analysis, and the change in their ratings "
    "on each outcome is reported as a measure of growth in competence and confidence, together with an "
    "exit questionnaire.",
    "Participants are encouraged to include measures of their pupils\u2019 progress in Assignments 2 and 3 "
    "where data are available.",
    "The external examiner\u2019s report and the Assessment Board\u2019s results are considered with the "
    "evaluations.",
    "The Programme Leader writes an annual evaluation report with an action plan, which is approved by "
    "the Faculty Academic Standards Committee; progress on the plan is checked at the next annual "
    "monitoring.",
    "The Programme Steering Group, which includes the Caldbeck Head of SEN and Inclusion, two "
    "headteachers and the Parent Partnership co-ordinator, receives the annual evaluation report for "
    "information.",
])

H2("5.1 Resources")
P("Participants have full access to the Fellgate campus library, which holds the Faculty\u2019s SEN "
  "collection and electronic journals, and to the Inclusion Resource Base, which holds assessment "
  "materials, published intervention programmes, and assistive technology (text-to-speech and "
  "voice-recognition software, switch access devices and communication aids) that participants may "
  "borrow for use in school. The Caldbeck Learning Support Service lends its test materials to "
  "participants for Assignment 2. RavenNet holds all session materials.")

# ------------------------------------------------------------ Appendices
H1("Appendices: forms")
P("Appendix A: Nomination and application form", bold=True)
form("", [
    ("Name of applicant", ""),
    ("School and local authority", ""),
    ("Date of QTS", ""),
    ("Date of enhanced CRB disclosure", ""),
    ("Do you have a disability or health condition for which adjustments may be needed? (Yes / No)", ""),
    ("Name of school mentor", ""),
    ("Headteacher\u2019s nomination: I confirm that the applicant is or will become the school\u2019s SENCO",
     "Signed:                          Date:"),
])
P("Appendix B: Needs Analysis (extract)", bold=True)
P("Rate yourself against each outcome: 1 = new to me; 2 = some knowledge; 3 = secure; 4 = could lead "
  "others. Give evidence for any rating of 3 or 4.", italic=True)
form("", [
    ("Relationships with pupils with SEN and their parents", "", ""),
    ("Managing time, priorities and delegation", "", ""),
    ("How children develop, and how SEN and the environment affect development", "", ""),
    ("Types of SEN and disability", "", ""),
    ("External agencies and specialist support", "", ""),
    ("Access arrangements for tests and examinations", "", ""),
    ("Formative assessment with colleagues", "", ""),
    ("(continues for all outcomes)", "", ""),
], cols=3, header=("Outcome", "Rating (1\u20134)", "Evidence"))
P("Appendix C: Individual Learning Plan", bold=True)
form("", [
    ("Priority outcomes", ""),
    ("Outcomes already secure", ""),
    ("School-based tasks chosen", ""),
    ("Assignment focus (SNC701 / SNC702 / SNC703)", ""),
    ("Mid-point review (date and notes)", ""),
])
P("Appendix D: Outcome Sign-off Sheet", bold=True)
form("", [
    ("Child development and the factors affecting it", "", ""),
    ("Special arrangements for national tests and examinations", "", ""),
    ("Working with other services and voluntary organisations", "", ""),
    ("Keeping up to date and own CPD", "", ""),
    ("(continues for all outcomes)", "", ""),
], cols=3, header=("National outcome", "Evidence (assignment and page)", "Tutor\u2019s initials"))
P("Appendix E: Next Steps", bold=True)
form("", [
    ("What have you achieved against your Individual Learning Plan?", ""),
    ("Target 1 / Target 2 / Target 3", ""),
    ("Date of meeting with headteacher", ""),
])
P("Appendix F: Session evaluation", bold=True)
form("", [
    ("Session and date", ""),
    ("How useful was the session for your role? (1\u20135)", ""),
    ("What will you do differently as a result?", ""),
])

doc.save(OUT)
print("wrote", OUT)
