"""Build bt-01-sallowby-definitive.docx: University of Sallowby definitive document (invented).

Provider: the (invented) University of Sallowby, School of Education and
Childhood, which awards the qualification itself, developed with two
(invented) local authorities, Hartwell Metropolitan Borough Council and
Eskdale County Council. Programme: Postgraduate Certificate in Special
Educational Needs Coordination (National Award for SEN Coordination), three
20-credit Level 7 modules SNC701-SNC703. Dated April 2009, "Definitive
Document v2.1" for a validation event; 2008-era vocabulary (CRB, DDA, SEN
Code of Practice 2001, Every Child Matters).

Layout: a university definitive document.
- Title block, then a Document Control table (version history). Heading 1
  and Heading 2 styles with the university's own decimal numbering, which
  collides with requirement ids ("4.3 SNC703 ...", "5.3 Marking and
  moderation", "5.1 Principles"); the numbers are only section numbers.
- Section 4 gives a module specification for each module as a two-column
  table (label | value). Learning outcomes are numbered 701.1 ... 703.5 in
  the provider's own words; every module's "Assessment" row says only "See
  Section 5", so what is assessed has to be followed across.
- Section 5 (assessment strategy) ties specific learning outcomes to the
  three summative tasks in a table. Five learning outcomes (701.5, 701.6,
  702.1, 702.7, 703.3) are in no task.
- Appendix B maps the national minimum outcomes (paraphrased, never coded)
  to module learning outcomes and to "where evidenced". For the five
  outcomes above it names only formative activities. Three rows name no
  learning outcome and send the outcome elsewhere; one row names a
  learning outcome that is about something else.
- Page header and footer (never evidence).

Traps and the requirement each affects:
- 2.3 not_met (past arrangement / negation): the only mention of an
  assessment-only route is in the Document Control table: it was offered
  under an earlier award and "not carried forward".
- 1.5 not_met (negation): participants are "not asked to interview, survey
  or otherwise consult pupils" and the programme "does not teach methods for
  doing so"; they use views already recorded by schools.
- 6.S7 not_met (wrong context): Appendix B maps "Involving pupils in
  planning, agreeing and reviewing their provision" to 702.3 and Task 2,
  but 702.3 is about partnership with parents and carers; together with the
  negation above nothing develops or assesses pupils' involvement.
- 3.3 not_met: SNC702 has three online units on Blackboard, so e-learning is
  used (3.3 applies), but they are "self-study packs ... worked through
  independently"; "Tutors do not monitor the units; queries are taken at the
  next study day". No tutor or peer support online, none between sessions.
- 3.2 partially_met: study days repeated on a Saturday, but "one intake a
  year" and modules "must be taken in the order shown".
- 2.2 partially_met: the Self-Audit at interview is discussed and "kept on
  file"; no individual training plan or personalised outcomes.
- 2.4 partially_met: "designed to offer high-quality professional
  development tailored to each participant", choice of task focus,
  "represents good value": general; no arrangement for cost-effectiveness or
  progression.
- 4.3 partially_met: LA specialists co-teach study days (other aspects), but
  for evaluation the Steering Group "will be kept informed" only.
- 4.1, 4.2 met: 2008 survey findings that shaped named LOs; Steering Group
  changes of 12 March 2009 recorded in v2.1.
- 5.3 partially_met (self-declaration): the application form "asks
  applicants to state the date of their most recent enhanced CRB
  disclosure"; not verified, no other background checks. The heading
  "5.3 Marking and moderation" is about assessment, not CRB.
- 5.5 partially_met (negation): specialist services teach study days, but
  "There is no placement element".
- 5.7 partially_met: tutors have an induction and handbook; school-based
  mentors are nominated but given no briefing or guidance.
- 5.9 partially_met (aspiration): Self-Audit repeated for confidence; impact
  on pupils "a longer-term matter" the team "hopes to study".
- 1.9 partially_met, 6.0 partially_met (blanket claim): Section 5 says the
  strategy "has been designed so that the national minimum outcomes are
  assessed across the three modules" and the award needs the three tasks
  passed, but Appendix B leaves five outcomes formative only and four with
  no assessment at all.
- 6.A3, 6.A7, 6.K4, 6.S2c, 6.S6 partially_met (formative only): developed
  in a module LO that no summative task assesses; Appendix B names only a
  formative activity.
- 6.K7 not_met (deferral): "To be developed for the 2010 cohort".
- 6.S2d not_met (another provider's arrangement): "Covered through Hartwell
  and Eskdale local authorities' termly SENCO network meetings".
- 6.S4 not_met (not the provider's): "Addressed through the participant's
  own school performance management arrangements".
- Met outcomes need the three-way resolution Appendix B -> module LO ->
  Section 5 task table (e.g. 6.K3 through 701.1 and Task 1; 6.K9 and 6.S9
  through 702.6 and Task 2; 6.A5 through 703.5 and the Task 3 presentation).
- Values in the rationale ("believes passionately") are not evidence; the
  real arrangements around them carry 1.1.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bt-01-sallowby-definitive.docx")

doc = Document()
doc.core_properties.author = "Helen Aske"
doc.core_properties.title = "Definitive Document - PGCert SEN Coordination v2.1"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

sec = doc.sections[0]
sec.header.paragraphs[0].text = ("University of Sallowby \u2013 Definitive Document \u2013 PGCert Special "
                                 "Educational Needs Coordination \u2013 v2.1")
sec.footer.paragraphs[0].text = "For validation panel use only. Not for circulation."


def shade(cell, fill="E7E6E6"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False):
    """Text may be a string or a list of paragraphs."""
    cell.text = ""
    parts = text if isinstance(text, list) else [text]
    first = True
    for part in parts:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(part)
        run.bold = bold


def table(header, rows, widths, header_fill="BDD7EE"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # group row merged across
            merged = cells[0].merge(cells[-1])
            cell_text(merged, row, bold=True)
            shade(merged, "F2F2F2")
            continue
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    return t


def module_spec(rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        cell_text(cells[0], label, bold=True)
        shade(cells[0])
        cell_text(cells[1], value)
    for r in t.rows:
        r.cells[0].width = Cm(3.8)
        r.cells[1].width = Cm(12.7)
    return t


def h1(text):
    doc.add_heading(text, level=1)


def h2(text):
    doc.add_heading(text, level=2)


def p(text):
    return doc.add_paragraph(text)


# ------------------------------------------------------------------ title
for line, size in (("UNIVERSITY OF SALLOWBY", 16), ("School of Education and Childhood", 12),
                   ("DEFINITIVE DOCUMENT", 14),
                   ("Postgraduate Certificate in Special Educational Needs Coordination\n"
                    "(National Award for SEN Coordination)", 12)):
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run(line)
    r.bold = True
    r.font.size = Pt(size)
para = p("Developed in partnership with Hartwell Metropolitan Borough Council and Eskdale County Council. "
         "Prepared for the validation event of 6 May 2009 and submitted to the Training and Development "
         "Agency for Schools in support of the University\u2019s application for approval as a provider of "
         "nationally accredited SENCO training.")
para.alignment = WD_ALIGN_PARAGRAPH.CENTER

p("Document control").runs[0].bold = True
table(["Version", "Date", "Changes"], [
    ["1.0", "November 2008", "First draft, derived from the definitive document of the PG Certificate in "
                             "Inclusion (SEN), 2006\u201308."],
    ["1.3", "January 2009", "Module structure revised to three 20-credit modules. The assessment-only route "
                            "offered under the PG Certificate in Inclusion (SEN) 2006\u201308 was not carried "
                            "forward (Faculty Board minute 08/114)."],
    ["2.0", "February 2009", "Appendix B (mapping to the national minimum outcomes) added."],
    ["2.1", "April 2009", "Changes requested by the Programme Steering Group on 12 March 2009: provision "
                          "mapping moved from SNC702 to SNC703; session on working with parents co-delivered "
                          "by Eskdale Parent Partnership Service."],
], (Cm(1.8), Cm(3.0), Cm(11.7)))

# ------------------------------------------------------------------ 1
h1("1 Introduction and Rationale")
h2("1.1 Purpose of this document")
p("This definitive document sets out the programme for validation by the University. Once approved it is the "
  "authoritative statement of the programme.")
h2("1.2 Context")
p("The Education (Special Educational Needs Coordinators) (England) Regulations 2008 require the SENCO in a "
  "maintained school to be a qualified teacher. Amendments expected to take effect from September 2009 will "
  "require teachers new to the role to gain the National Award for SEN Coordination within three years. The "
  "University has offered a Postgraduate Certificate in Inclusion (SEN) since 2006; this programme replaces it.")
p("The programme team believes passionately that every child can succeed, and that the SENCO is the key to "
  "making inclusion a reality in every classroom.")
h2("1.3 Evidence of local need")
p("In October and November 2008 the University and the two authorities surveyed the SENCOs and headteachers "
  "of all 212 primary, secondary and special schools in Hartwell and Eskdale; 131 SENCOs and 47 headteachers "
  "replied. The three needs most often named were: planning and evaluating provision across the school, "
  "including provision mapping (73% of SENCOs); working with parents and carers (61%); and tracking the "
  "progress of pupils working well below age-related expectations (58%). These findings are reflected in "
  "learning outcomes 703.1, 702.3 and 702.4 respectively, each of which is assessed (Section 5).")

# ------------------------------------------------------------------ 2
h1("2 Programme Aims")
p("The programme aims to:")
for a in ("(a) raise the achievement and improve the well-being of children and young people with special "
          "educational needs and/or disabilities, in relation to all five Every Child Matters outcomes, by "
          "developing the knowledge, understanding and skills of the teachers who coordinate their provision;",
          "(b) develop participants as leaders of inclusive practice who can influence colleagues, senior "
          "leaders and governors;",
          "(c) ground participants\u2019 learning in critical enquiry into practice in their own schools."):
    p(a)
p("The programme learning outcomes are the module learning outcomes set out in Section 4. Appendix B relates "
  "them to the national minimum outcomes in Annex 3 of the TDA draft specification (2008).")

# ------------------------------------------------------------------ 3
h1("3 Programme Structure")
p("The programme consists of three 20-credit modules at Level 7 (M level), 60 credits in all, studied part "
  "time over one academic year: SNC701 (September to December), SNC702 (January to March) and SNC703 "
  "(April to July). There is one intake a year, in September, and the modules must be taken in the order "
  "shown, since each builds on the one before.")
p("Each module has three study days at the University\u2019s Hartwell Centre. Every study day is repeated on "
  "the following Saturday for participants whose schools cannot release them. Each module also has a "
  "directed school-based task carried out in the participant\u2019s own school and tied to the module\u2019s "
  "learning outcomes (Section 4). SNC702 also includes three online units (see 7.4).")

# ------------------------------------------------------------------ 4
h1("4 Module Specifications")
h2("4.1 SNC701 The SENCO, Policy and the Inclusive School")
module_spec([
    ("Module code", "SNC701"),
    ("Credits and level", "20 credits, Level 7"),
    ("Module leader", "Dr Helen Aske"),
    ("Aims", "To develop a critical understanding of the legal and policy context of SEN and disability and "
             "of the SENCO\u2019s strategic role in the school."),
    ("Learning outcomes", [
        "On completion of this module participants will be able to:",
        "701.1 critically analyse the legal and policy framework for SEN and disability in England \u2013 "
        "including the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001 and "
        "the Disability Discrimination Act 1995 as amended in 2005, with its disability equality duty \u2013 "
        "and explain what it requires of the school, the SENCO and other staff and how it is put into "
        "practice;",
        "701.2 explain the principles and the five outcomes of Every Child Matters and evaluate how the SENCO "
        "helps pupils with SEN and/or disabilities to achieve them;",
        "701.3 working with the headteacher, senior colleagues and governors, propose and justify developments "
        "to the school\u2019s inclusion policy, priorities and use of resources, and secure colleagues\u2019 "
        "commitment to them;",
        "701.4 critically evaluate research and inspection evidence on meeting special educational needs and "
        "use it, with advice from external sources, to improve their own and colleagues\u2019 practice;",
        "701.5 prioritise the demands of the SENCO role, manage their time and delegate tasks appropriately;",
        "701.6 identify their own professional development needs in SEN and disability and take "
        "responsibility for meeting them.",
    ]),
    ("Indicative content", "Principles of inclusion; the SEN Code of Practice (2001) and the graduated "
     "response; the SEN and Disability Act 2001; the Disability Discrimination Act and the disability "
     "equality duty, accessibility planning; Every Child Matters: Change for Children (2004); Removing "
     "Barriers to Achievement (2004); the 2008 SENCO Regulations; the SENCO in the leadership team; research "
     "and inspection evidence, including Ofsted\u2019s Inclusion: does it matter where pupils are taught? "
     "(2006), the Bercow Report (2008) and the Inclusion Development Programme (2008); managing time and "
     "delegation."),
    ("Learning and teaching", "Three study days; directed reading; seminar activities; school-based task."),
    ("School-based task", "Audit the school\u2019s SEN policy and accessibility plan against the legal "
     "framework and discuss the findings with the headteacher."),
    ("Assessment", "See Section 5."),
])
h2("4.2 SNC702 Assessment, Planning and Intervention")
module_spec([
    ("Module code", "SNC702"),
    ("Credits and level", "20 credits, Level 7"),
    ("Module leader", "Mrs Ruth Penhaligon"),
    ("Aims", "To develop participants\u2019 critical understanding of the needs of pupils with SEN and/or "
             "disabilities and their skill in assessing, planning for and reviewing provision."),
    ("Learning outcomes", [
        "On completion of this module participants will be able to:",
        "702.1 explain how children develop and how their development can be affected by SEN and/or "
        "disabilities and by the physical and social environment for learning;",
        "702.2 critically discuss the most common types of SEN and disability \u2013 behavioural, emotional "
        "and social difficulties, specific learning difficulties including dyslexia, speech, language and "
        "communication needs, autistic spectrum disorders and moderate learning difficulties \u2013 and how "
        "each can affect learning;",
        "702.3 work in partnership with parents and carers in planning, agreeing and reviewing provision for "
        "their children, establishing fair, respectful and constructive relationships with pupils and their "
        "families;",
        "702.4 identify pupils who may have SEN and/or disabilities using classroom observation, data and "
        "assessment; set challenging targets; plan and review interventions; use assessments from other "
        "professionals to shape teaching; and use summative assessment, including national test results, to "
        "track progress and adjust programmes;",
        "702.5 critically evaluate approaches, strategies and resources, including ICT, for assessing, "
        "planning for and teaching pupils with SEN and/or disabilities;",
        "702.6 explain the scope and role of external agencies and voluntary organisations and work with them "
        "to secure specialist support and resources;",
        "702.7 encourage colleagues to develop formative assessment, with approaches suited to pupils with SEN "
        "and/or disabilities.",
    ]),
    ("Indicative content", "Child development and the factors that affect it; the main types of SEN and "
     "disability; assessment for learning; the P scales and tracking progress; individual education plans "
     "and reviews; working with parents and carers (co-delivered by Eskdale Parent Partnership Service); "
     "multi-agency working and the Common Assessment Framework; ICT and assistive technology."),
    ("Learning and teaching", "Three study days; three online units (7.4); directed reading; school-based "
                              "task."),
    ("School-based task", "Assess one pupil, with the pupil\u2019s parents or carers, and plan an "
                          "intervention."),
    ("Assessment", "See Section 5."),
])
h2("4.3 SNC703 Leading and Developing Provision")
module_spec([
    ("Module code", "SNC703"),
    ("Credits and level", "20 credits, Level 7"),
    ("Module leader", "Dr Helen Aske"),
    ("Aims", "To develop participants\u2019 capacity to lead, manage and improve provision for pupils with SEN "
             "and/or disabilities."),
    ("Learning outcomes", [
        "On completion of this module participants will be able to:",
        "703.1 use provision mapping and management to plan and cost provision and to identify provision that "
        "is ineffective or missing;",
        "703.2 support the professional development of colleagues through observation and feedback, "
        "modelling, coaching and mentoring, and planning and leading training;",
        "703.3 review and evaluate, with colleagues, the effectiveness of provision for pupils with SEN and/or "
        "disabilities;",
        "703.4 plan, lead and evaluate a development in SEN provision in their school, anticipating and "
        "resolving problems and making well-founded decisions;",
        "703.5 communicate clearly in speech and writing, listening to and taking account of the views of "
        "colleagues.",
    ]),
    ("Indicative content", "Provision mapping and management; leading change; coaching and mentoring; "
     "collaborating with SENCOs in other schools through cluster networks; evaluating provision; presenting "
     "to senior leaders and governors."),
    ("Learning and teaching", "Three study days; coaching triads; school-based task."),
    ("School-based task", "Lead a development in SEN provision in the school (the Task 3 project)."),
    ("Assessment", "See Section 5."),
])

# ------------------------------------------------------------------ 5
h1("5 Assessment Strategy")
h2("5.1 Principles")
p("Assessment is by three summative tasks, one for each module, marked against the University\u2019s Level 7 "
  "assessment criteria. The assessment strategy has been designed so that the national minimum outcomes are "
  "assessed across the three modules. Formative activities in each module (seminar tasks, the reflective "
  "learning journal, feedback on draft plans) support the summative tasks but do not carry marks.")
table(["Task", "Module", "Description", "Length", "Learning outcomes assessed"], [
    ["Task 1", "SNC701", "Policy analysis: a critical analysis of the school\u2019s SEN policy and accessibility "
     "plan against the legal framework, Every Child Matters and research evidence, ending with proposals "
     "presented to the headteacher and a governor.", "4,000 words", "701.1, 701.2, 701.3, 701.4"],
    ["Task 2", "SNC702", "Case study of one pupil: assessment drawing on other professionals\u2019 reports; "
     "targets for learning and well-being; an intervention planned and reviewed with the parents or carers "
     "and, where involved, external agencies; tracking of progress.", "4,000 words",
     "702.2, 702.3, 702.4, 702.5, 702.6"],
    ["Task 3", "SNC703", "Development project: a provision map for the school; a development led by the "
     "participant, including the support given to colleagues\u2019 professional development; an evaluation "
     "of its effect on practice. Written report (80%) and a 15-minute presentation with questions to a "
     "tutor and the participant\u2019s headteacher (20%).", "3,500 words and presentation",
     "703.1, 703.2, 703.4, 703.5"],
], (Cm(1.4), Cm(1.7), Cm(7.9), Cm(2.2), Cm(3.3)))
p("")
h2("5.2 Ethics")
p("Participants are not asked to interview, survey or otherwise consult pupils for their assignments, and the "
  "programme does not teach methods for doing so: the University\u2019s research ethics procedures make this "
  "impractical within a 60-credit award. Participants use pupils\u2019 views already recorded by their "
  "schools.")
h2("5.3 Marking and moderation")
p("All Task 3 reports and presentations, and a 20% sample of Tasks 1 and 2 including every fail and every "
  "borderline script, are second-marked. Marks are agreed at a moderation meeting, after which the external "
  "examiner, Dr Frances Oyelaran of the University of Kettlebury, reviews a sample from every task. The Board "
  "of Examiners confirms all marks.")
h2("5.4 Award")
p("To receive the award a participant must pass all three tasks (50% or above). Successful participants "
  "receive the Postgraduate Certificate in Special Educational Needs Coordination, which carries the "
  "National Award for SEN Coordination. A failed task may be resubmitted once, with the mark capped at 50%.")

# ------------------------------------------------------------------ 6
h1("6 Admissions")
h2("6.1 Entry requirements")
p("Applicants must hold qualified teacher status and a first degree or equivalent, and be employed in a "
  "maintained school or academy as its SENCO or be designated to become SENCO within the year. The "
  "application must include a statement from the headteacher agreeing to release and support the applicant.")
h2("6.2 Selection and self-audit")
p("Each applicant is interviewed by a tutor and a local authority SEN adviser. At interview the applicant "
  "completes the Sallowby SENCO Self-Audit, rating themselves against each national minimum outcome; the "
  "tutor discusses the ratings with them and the audit is kept on file. Where the interview shows that an "
  "applicant is unlikely to reach the outcomes by the end of the year \u2013 for example a teacher with no "
  "experience of planning for pupils with SEN \u2013 the tutor advises the applicant on what to do first, "
  "agrees this with the headteacher, and offers a place in the following year.")
h2("6.3 Criminal records")
p("The application form asks applicants to state the date of their most recent enhanced CRB disclosure.")
h2("6.4 Accreditation of prior learning")
p("Applicants may claim accreditation of prior certificated learning (APCL) or of prior experiential learning "
  "(APEL) for up to 40 credits, under the University\u2019s Accreditation of Prior Learning Regulations. A "
  "claim is made for a whole module: the applicant submits a portfolio mapping evidence against each of the "
  "module\u2019s learning outcomes, which two tutors assess and the APL Panel confirms. SNC703 cannot be "
  "claimed, so that every participant completes the development project.")

# ------------------------------------------------------------------ 7
h1("7 Learning, Teaching and Support")
h2("7.1 Approach")
p("Study days combine lectures, seminars and workshops. Each module\u2019s school-based task is carried out in "
  "the participant\u2019s own school and tied to that module\u2019s learning outcomes, and Task 3 requires each "
  "participant to lead a real development in their school and evaluate its effect on practice.")
h2("7.2 Meeting individual needs")
p("The programme is designed to offer high-quality professional development tailored to each participant. "
  "Participants choose the focus of every task to suit their school, and tutorials are available on "
  "request. The fee of \u00a31,800 represents good value.")
h2("7.3 Equality and disability")
p("The University meets its duties under the Disability Discrimination Act 1995 (as amended in 2005), the "
  "Race Relations (Amendment) Act 2000 and the Equality Act 2006. Programme publicity and the application "
  "form invite applicants to disclose a disability and explain why we ask: so that adjustments can be agreed "
  "before the programme starts. The University\u2019s Disability Service agrees a Learning Support Plan with "
  "each participant who discloses, covering for example materials in large print or electronic format, a "
  "note-taker, rest breaks, additional time, or an alternative format for the Task 3 presentation. Study days "
  "are held in rooms with level access and an induction loop, and programme publicity is available in large "
  "print and audio.")
h2("7.4 Online units")
p("The three online units in SNC702 (child development; assessment for learning; assistive technology) are "
  "self-study packs on the University\u2019s virtual learning environment, Blackboard, each of about six "
  "hours, worked through independently between study days. Tutors do not monitor the units; queries are "
  "taken at the next study day.")
h2("7.5 Specialist expertise")
p("Study days draw on specialists from the two authorities\u2019 educational psychology, speech and language "
  "therapy, autism outreach and sensory support services. There is no placement element: all school-based "
  "tasks are carried out in the participant\u2019s own school.")
h2("7.6 After the award")
p("The last SNC703 study day includes a session, \u2018After the award\u2019, in which each participant drafts "
  "a professional development plan for the following two years using the programme\u2019s planning template, "
  "to be discussed with their headteacher at their next performance management review. Tutors also set out "
  "routes to further study, including the University\u2019s MA in Inclusive Education.")

# ------------------------------------------------------------------ 8
h1("8 Quality Management and Enhancement")
h2("8.1 Evaluation")
p("Each module is evaluated by participants through a questionnaire and a focus group on its final study day, "
  "and the module leader writes a module review. The Annual Programme Monitoring Report draws on the module "
  "reviews, results, the external examiner\u2019s report and participants\u2019 evaluations, and sets an "
  "action plan for the following year, which the School\u2019s Learning and Teaching Committee monitors. The "
  "programme is also subject to the University\u2019s periodic review, with an external panel member, every "
  "five years.")
h2("8.2 Stakeholders")
p("The Programme Steering Group (two headteachers, the principal SEN officers of both authorities, an Eskdale "
  "Parent Partnership officer and the programme leader) advised on the design of the programme. At its meeting "
  "of 12 March 2009 it asked for provision mapping to be moved from SNC702 to SNC703, so that it could be "
  "assessed through the development project, and for the session on working with parents to be co-delivered "
  "by the Eskdale Parent Partnership Service; both changes were made (version 2.1). Local authority "
  "specialists co-teach study days (7.5). Once the programme is running, the Steering Group will be kept "
  "informed of the results of evaluation.")
h2("8.3 Impact")
p("The Sallowby SENCO Self-Audit completed at interview is repeated at the end of SNC703, giving each "
  "participant and the programme team a measure of change in confidence against each national outcome; the "
  "results are summarised in the Annual Programme Monitoring Report. The impact on pupils\u2019 achievement is "
  "a longer-term matter, which the programme team hopes to study through follow-up research with former "
  "participants.")
h2("8.4 Roles of tutors and mentors")
p("All tutors attend a programme team induction each September, covering the assessment criteria, marking and "
  "moderation procedures and tutorial roles, and receive the Programme Handbook. Each participant also "
  "nominates a school-based mentor, normally the headteacher or a deputy, who meets the participant each "
  "half-term.")

# ------------------------------------------------------------------ 9
h1("9 Staffing and Resources")
h2("9.1 Programme team")
for s in ("Dr Helen Aske, programme leader: Senior Lecturer in Inclusive Education; PhD on inclusion and school "
          "leadership; SENCO and deputy headteacher in Hartwell schools, 1994\u20132005.",
          "Mrs Ruth Penhaligon: Senior Lecturer; MEd (Specific Learning Difficulties), AMBDA; SENCO in a "
          "Hartwell secondary school until 2007.",
          "Mr Daniel Fairweather: Senior Educational Psychologist, Eskdale County Council, seconded to the "
          "programme for one day a week.",
          "Ms Joy Anand: Principal SEN Officer, Hartwell Metropolitan Borough Council."):
    doc.add_paragraph(s, style="List Bullet")
p("Every tutor undertakes at least five days of SEN-related professional updating a year, recorded in their "
  "annual development review.")
h2("9.2 Resources")
p("The University library holds the core texts and journals for the programme and provides electronic access "
  "off campus. The Centre for Inclusive Education\u2019s resource room holds standardised assessment materials "
  "(including the British Picture Vocabulary Scale and the Dyslexia Screening Test), curriculum software and "
  "assistive technology (Clicker 5, text-to-speech software, switch-access devices), which participants try "
  "out in SNC702 workshops and may borrow for their school-based tasks.")

# ------------------------------------------------------------------ Appendix A
h1("Appendix A Indicative reading")
for ref in ("Department for Education and Skills (2001) Special Educational Needs Code of Practice. London: DfES.",
            "Department for Education and Skills (2004) Removing Barriers to Achievement. London: DfES.",
            "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
            "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0\u201319) "
            "with Speech, Language and Communication Needs. Nottingham: DCSF.",
            "HM Government (2004) Every Child Matters: Change for Children. London: DfES."):
    p(ref)

# ------------------------------------------------------------------ Appendix B
h1("Appendix B Mapping to the national minimum outcomes")
p("This appendix relates the module learning outcomes to the national minimum outcomes (TDA draft "
  "specification, Annex 3). The third column shows where participants produce evidence of each outcome.")
table(["National minimum outcome (summary)", "Module learning outcome", "Where evidenced"], [
    "Professional attributes",
    ["Fair, respectful and constructive relationships with pupils and their parents or carers", "702.3", "Task 2"],
    ["Gaining the commitment of colleagues, including the headteacher and senior leaders", "701.3", "Task 1"],
    ["Prioritising, managing time and delegating", "701.5",
     "Seminar activity 701/3: time and delegation audit (formative)"],
    ["Anticipating and resolving problems; sound judgement on provision", "703.4", "Task 3"],
    ["Expressing themselves clearly; listening to others", "703.5", "Task 3 (presentation)"],
    ["Drawing on research and external advice", "701.4", "Task 1"],
    ["Keeping up to date; responsibility for own CPD", "701.6",
     "Reflective learning journal (formative; not submitted)"],
    "Professional knowledge and understanding",
    ["SEN law and guidance, including the Code of Practice", "701.1", "Task 1"],
    ["Every Child Matters and the SENCO\u2019s part", "701.2", "Task 1"],
    ["Disability equality law and the actions it requires", "701.1", "Task 1"],
    ["How children develop and what affects development", "702.1",
     "Online unit 1 and study day 702/1 (formative)"],
    ["Common types of SEN and disability and their effect on learning", "702.2", "Task 2"],
    ["Approaches, strategies and resources, including ICT", "702.5", "Task 2"],
    ["School self-evaluation and improvement", "\u2014", "To be developed for the 2010 cohort"],
    ["Best practice and research in meeting SEN", "701.4", "Task 1"],
    ["External agencies and specialist support", "702.6", "Task 2"],
    "Professional skills",
    ["Influencing strategic development with senior colleagues and governors", "701.3", "Task 1"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "702.4", "Task 2"],
    ["Using assessments from a range of professionals", "702.4", "Task 2"],
    ["Using summative assessments, including national tests, to track progress", "702.4", "Task 2"],
    ["Encouraging colleagues\u2019 formative assessment", "702.7", "Seminar activity 702/5 (formative)"],
    ["Special arrangements for national tests and examinations", "\u2014",
     "Covered through Hartwell and Eskdale local authorities\u2019 termly SENCO network meetings"],
    ["Provision mapping; identifying ineffective or missing provision", "703.1", "Task 3"],
    ["Deploying and managing staff", "\u2014",
     "Addressed through the participant\u2019s own school performance management arrangements"],
    ["Supporting colleagues\u2019 professional development", "703.2", "Task 3"],
    ["Reviewing the effectiveness of provision with other staff", "703.3",
     "Study day 703/3 workshop (formative)"],
    ["Involving pupils in planning, agreeing and reviewing their provision", "702.3", "Task 2"],
    ["Liaising with parents and carers", "702.3", "Task 2"],
    ["Working with other services and agencies, including voluntary organisations", "702.6", "Task 2"],
], (Cm(7.5), Cm(2.6), Cm(6.4)))

doc.save(OUT)
print(f"wrote {OUT.name}")
