"""Build dv-02-university-response.docx: Kellingham University School of Education (invented).

Provider: the School of Education and Lifelong Learning, Kellingham University
(invented), with the support of Brindmoor Metropolitan Borough Council and
Caundle County Council (invented). Programme: Postgraduate Certificate in the
Coordination of Special Educational Needs, three 20-credit Level M modules
(EDU7401 Law, Policy and the Inclusive School; EDU7402 Learners, Needs and
Pedagogies; EDU7403 Leading Provision for Inclusion), three assignments and a
viva. Face to face only. Dated March 2009, 2008-era vocabulary.

Layout: a formal response in continuous academic prose under nine numbered
headings (Heading styles), written in long sentences with subordinate
clauses; negations and hedges sit far from the nouns they govern. Section 8
has an outcome mapping table (Table 1: outcome(s), where principally
developed, how assessed). Some rows name two outcomes; some assessment cells
say "Formative" or are blank; one row says "Not addressed (see Note 3)"; one
outcome has no row at all; notes under the table override a row.

Traps and the requirement ids each affects:
- Distant negation of experiential learning: APL regulations "which in other
  programmes of the School permit the accreditation of experiential learning
  ... are not, in the case of this award, ... applied to experience"
  (2.1 partially_met: certificated learning only).
- Intention subject to approval: an assessment-only route "should be
  available from the second year of operation, subject to approval"
  (2.3 not_met).
- Distant negation of e-learning: the VLE holds materials and a discussion
  board "if they choose", but "no part of the programme is taught online"
  (3.3 not_applicable; the VLE words must not make 3.3 apply).
- Negation then arrangement: CRB disclosures "are not separately verified by
  the University", but every headteacher must confirm on the nomination form
  that a current enhanced disclosure is held and that there are no
  disciplinary concerns, and the nomination is refused without it
  (5.3 met, see notes_on_met).
- Explicit refusal: placements and external specialists are not "considered
  necessary" (5.5 not_met).
- Hedged vague intention: stakeholders "will be invited in due course",
  "where it is appropriate and practicable" (4.3 partially_met, not met:
  the only concrete involvement in evaluation is participants' module
  questionnaires and focus groups and the headteachers' questionnaire in
  Section 7; nothing on other aspects of the provision).
- Value statement only: "The University values the diversity of its
  students ..." (3.1 not_met).
- Aim limited to attainment; well-being appears nowhere in aims or assessment
  (1.1 partially_met; 6.K2 is nonetheless met as knowledge of ECM).
- General terms: parents "addressed throughout" (1.7 partially_met), the
  University's Code of Practice on Assessment with no moderation described
  (5.8 partially_met), "normally expected to hold QTS" with no checking
  (5.2 partially_met), "of the highest quality" plus choice of inquiry focus
  (2.4 partially_met), a self-audit in the first session with no individual
  plan (2.2 partially_met), only an extended registration period (3.2
  partially_met).
- Table 1: "Formative" on A1/S8, A7, K7/S6 (partially_met); blank
  assessment cell on K9/S9 (partially_met); S2c "Not addressed" with Note 3
  (not_met); no row at all for prioritising and time (6.A3 not_met) or for
  child development (6.K4 not_met); the S2d row says "Assignment 2" but
  Note 2 says Assignment 2 "does not require participants to address the
  special arrangements" (6.S2d partially_met). Combined rows assessed by an
  assignment are met for both outcomes (A5/A6, K1/K3, S2/S2a, S4/S5).
- Blanket claim "as Table 1 demonstrates, assess every one of the minimum
  outcomes" against the table's gaps (1.9 partially_met, 6.0
  partially_met).
- Generic mission statements in the introduction and conclusion carry no
  verdict.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("dv-02-university-response.docx")

doc = Document()
doc.core_properties.author = "Hannah Rooke"
doc.core_properties.title = "Kellingham University - response to the TDA invitation (SENCO training)"
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)


def h(text, level=1):
    return doc.add_heading(text, level=level)


def p(text):
    para = doc.add_paragraph(text)
    para.paragraph_format.space_after = Pt(8)
    return para


def shade(cell, fill="E7E6E6"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ------------------------------------------------------------------ title
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("KELLINGHAM UNIVERSITY\nSchool of Education and Lifelong Learning")
r.bold = True
r.font.size = Pt(15)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Application for approval to provide nationally accredited training for special educational needs "
          "coordinators: a response to the invitation of the Training and Development Agency for Schools\n"
          "Postgraduate Certificate in the Coordination of Special Educational Needs").italic = True
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Professor Alistair Menteith, Head of School, and Dr Hannah Rooke, Programme Director\nMarch 2009")

# ------------------------------------------------------------------ 1
h("1. Introduction")
p("The School of Education and Lifelong Learning, which has offered postgraduate study in special and "
  "inclusive education since 1994 and whose Centre for Inclusion Research has, over the past decade, "
  "undertaken commissioned work for a number of local authorities in the region, welcomes the opportunity to "
  "respond to the Agency\u2019s invitation. We hold, as a School, that the education of children with special "
  "educational needs and disabilities is a matter of social justice, and that the professional formation of "
  "those who coordinate provision for them is among the most important work in which a university school of "
  "education can engage.")
p("The programme described below has been developed with the support of Brindmoor Metropolitan Borough "
  "Council and Caundle County Council, whose SENCOs make up the greater part of the School\u2019s current "
  "postgraduate population in special education, and it is organised, in what follows, under the criteria of "
  "Annex 2 of the draft specification.")

# ------------------------------------------------------------------ 2
h("2. Accreditation and structure of the award")
p("The award, a Postgraduate Certificate of Kellingham University, was approved by the University\u2019s "
  "Academic Standards Committee at its meeting of 21 January 2009, following a validation event at which a "
  "member of another university\u2019s school of education acted as external assessor, and it comprises three "
  "modules of twenty credits each at Level M \u2013 sixty credits in all \u2013 which may subsequently, at the "
  "participant\u2019s election, be counted towards the University\u2019s MA in Inclusive Education. The modules are "
  "EDU7401 Special Educational Needs: Law, Policy and the Inclusive School; EDU7402 Learners, Needs and "
  "Pedagogies; and EDU7403 Leading Provision for Inclusion. They are assessed respectively by a critical "
  "policy analysis of 5,000 words (Assignment 1), a practitioner inquiry of 6,000 words (Assignment 2) and a "
  "leadership inquiry of 5,000 words (Assignment 3), the last of which is followed by a viva voce "
  "examination of thirty minutes.")

# ------------------------------------------------------------------ 3
h("3. The programme\u2019s purposes and its grounding in practice (Criterion 1)")
p("The overarching aim of the programme, as it is stated in the programme specification, is to enable "
  "participants to raise the educational attainment of pupils with special educational needs and/or "
  "disabilities in their schools, and each of its three assignments requires the participant to evidence, by "
  "reference to attainment data, the progress of the pupils whose provision he or she has changed.")
p("Practice is, throughout, the programme\u2019s point of departure. Each module is organised around a "
  "school-based inquiry, which the participant carries out in his or her own school between taught sessions "
  "and which is directly tied to the outcomes assessed in that module; and since each inquiry requires the "
  "participant to plan, implement and evaluate a change in the school\u2019s provision, and to report its "
  "effect upon pupils, the programme is designed so that participants meet its outcomes by changing practice "
  "rather than by describing it.")
p("The reading on which the modules draw, which the module leaders revise each year, includes the reports of "
  "Ofsted on inclusion (2004, 2006), the Bercow Review of services for children with speech, language and "
  "communication needs (2008), the Inclusion Development Programme, and the outputs of the School\u2019s own "
  "Centre for Inclusion Research, notably its 2007\u201308 study of provision mapping in forty primary schools. "
  "EDU7401 is concerned with the legislative and policy framework: the SEN Code of Practice (2001), the "
  "Special Educational Needs and Disability Act 2001, the Disability Discrimination Acts of 1995 and 2005, "
  "Every Child Matters and its five outcomes, Removing Barriers to Achievement and the SENCO regulations of "
  "2008, together with their implications for the school, the SENCO and the governing body.")
p("The consultation of children and young people, to which the programme gives a prominence that reflects "
  "its importance in the Code of Practice, is developed in a taught session of EDU7402 on methods of "
  "consultation (structured interviews, pupil questionnaires, Talking Mats and person-centred review), and "
  "each participant is then required, as part of the practitioner inquiry, to plan and conduct a "
  "consultation with the pupils at its centre, by methods suited to their age and needs, and to report how "
  "the pupils\u2019 views shaped the provision that was agreed with them.")
p("Collaboration with colleagues is developed principally in EDU7403, in which participants coach a colleague "
  "through a cycle of observation and feedback and lead a development with the staff of their school, and in "
  "the three cluster seminars of that module, at which participants work with the SENCOs of neighbouring "
  "schools on a shared problem and advise one another\u2019s schools. Partnership with parents and carers, a "
  "theme to which the programme team attaches the greatest importance, is not confined to any one module but "
  "is, rather, addressed throughout.")
p("Every one of the minimum outcomes is, as Table 1 in Section 8 shows, assessed.")

# ------------------------------------------------------------------ 4
h("4. Differentiation, prior learning and progression (Criterion 2)")
p("Candidates who hold prior certificated learning at Level M may, under the University\u2019s regulations for "
  "the Accreditation of Prior Learning (Regulation 7.4), seek exemption from up to one module; the same "
  "regulations, which in other programmes of the School permit the accreditation of experiential learning "
  "through a portfolio, are not, in the case of this award, and for reasons connected with the currency of "
  "the national outcomes, applied to experience.")
p("Although it has not been thought practicable, given the timing of recruitment, to complete an assessment "
  "of each participant\u2019s needs before the programme begins, each participant completes, in the first "
  "session, a self-audit against the national outcomes, which the personal tutor discusses with him or her in "
  "the first tutorial and which informs the choice of focus for the practitioner inquiry.")
p("We have given careful consideration to the provision, envisaged in paragraph 16 of the guidance, of an "
  "assessment-only route, and, having discussed the matter with our partner authorities, it is our intention "
  "that such a route, in which an experienced candidate would submit a portfolio of evidence and be examined "
  "by viva voce against the minimum outcomes, should be available from the second year of operation, subject "
  "to approval by the Academic Standards Committee.")
p("The School\u2019s provision is, we believe, of the highest quality, and the freedom each participant has to "
  "choose the focus of the inquiries allows the programme to respond to the circumstances of individual "
  "schools.")
p("In the final session of EDU7403 each participant drafts a professional development plan for the two years "
  "following the award, setting objectives which he or she is asked to discuss with the headteacher or line "
  "manager at the next performance management review, and the session introduces the further study available "
  "through the MA in Inclusive Education and the local SENCO networks.")

# ------------------------------------------------------------------ 5
h("5. Access and flexibility (Criterion 3)")
p("The University values the diversity of its students, and the School believes that a programme concerned "
  "with inclusion must itself be a model of inclusive practice.")
p("There is a single annual intake in September, and the order in which the modules are taken, since each "
  "builds upon its predecessor, is fixed; participants may, however, with the agreement of the Programme "
  "Director, extend their registration over a period of up to three years.")
p("Although reading lists, materials and assignment briefs are posted on the University\u2019s virtual learning "
  "environment, on which participants may also, if they choose, use a discussion board, no part of the "
  "programme is taught online: the programme is not, and in the view of the programme team should not be, "
  "delivered through e-learning, and all teaching takes place in seminars at the University.")

# ------------------------------------------------------------------ 6
h("6. The place of stakeholders (Criterion 4)")
p("Evidence of the needs which the programme must meet was gathered in the summer term of 2008 through a "
  "questionnaire sent, with the help of both partner authorities, to all 214 SENCOs in their maintained "
  "schools (to which 131, or 61 per cent, replied), and through two focus groups with a total of twelve "
  "headteachers. Four needs were most often identified: the implications of the statutory framework for "
  "small primary schools; provision mapping; the involvement of pupils in decisions about their provision; "
  "and the leadership of teaching assistants.")
p("These findings led directly to the decision to make provision mapping the subject of the first session of "
  "EDU7403, to the inclusion of pupil consultation as a required element of the practitioner inquiry, and to "
  "the addition of a session on deploying teaching assistants; and the authorities\u2019 SEN advisers, who sat "
  "on the programme development group from May to November 2008, proposed the case study of a small rural "
  "primary school around which EDU7401 is built.")
p("It is anticipated that stakeholders, including the partner authorities and, where it is appropriate and "
  "practicable, parents, will be invited in due course to contribute to the evaluation of the programme.")

# ------------------------------------------------------------------ 7
h("7. Quality assurance (Criterion 5)")
p("Internal evaluation comprises module evaluation questionnaires, a focus group held half-way through each "
  "module by a member of staff who does not teach on it, and the annual monitoring report, which is "
  "considered by the School\u2019s Board of Studies; external evaluation is provided by the external examiner\u2019s "
  "annual report and by the University\u2019s six-yearly periodic review. The actions arising from each source "
  "are recorded in the action plan of the annual monitoring report, which the Board of Studies follows up "
  "at its next meeting, and they are reported to the following cohort at induction.")
p("Candidates are normally expected to hold Qualified Teacher Status and to have taught for not less than "
  "two years.")
p("Candidates\u2019 enhanced disclosures from the Criminal Records Bureau, which their employers will already "
  "have obtained, are not separately verified by the University, since participants are serving teachers; "
  "the University does, however, require each headteacher to confirm on the nomination form that the "
  "candidate holds a current enhanced disclosure, has not been barred from working with children and has no "
  "outstanding disciplinary issues, and no nomination without that confirmation is accepted.")
p("The programme team consists of Dr Hannah Rooke, Programme Director, a former SENCO and local authority "
  "inclusion adviser whose doctoral research concerned the SENCO\u2019s role in school improvement; Dr Kwame "
  "Asante, Senior Lecturer, a chartered educational psychologist who continues to practise one day a week in "
  "Caundle; and Mrs Fiona Llewellyn, Lecturer, formerly head of a specialist speech and language base. Each "
  "is an active member of the Centre for Inclusion Research, and each spends not less than six days a year "
  "in schools.")
p("It is not, given that all participants are serving SENCOs who work daily with a range of specialist "
  "colleagues, considered necessary for the programme to arrange placements, or to supplement the expertise "
  "of the programme team with that of external specialists.")
p("The School\u2019s Inclusion Resource Base, which is open to participants during and outside taught sessions, "
  "holds standardised tests of reading, language and number, a collection of assistive technology (text-to-"
  "speech and speech recognition software, switch-accessible devices and symbol-writing software) and a "
  "library collection in special and inclusive education of some 4,000 volumes, to which is added full online "
  "access to the principal journals in the field.")
p("Every member of the programme team attends, before first teaching on the programme, a briefing by the "
  "Programme Director on the national outcomes, the programme\u2019s assessment criteria and the roles of tutor, "
  "personal tutor and module leader as they are set out in the Programme Team Handbook, and new tutors are "
  "mentored by an experienced colleague throughout their first year.")
p("Assessment will be conducted in accordance with the University\u2019s Code of Practice on Assessment, which is "
  "designed to ensure that standards are consistent, reliable and accurate.")
p("The impact of the programme on pupils\u2019 achievement, which we recognise to be difficult to demonstrate "
  "within the lifetime of a part-time programme, will be evidenced through the requirement, in the practitioner "
  "inquiry, that participants record baseline measures for a target group of pupils before their "
  "intervention and measure them again not less than ten weeks later, the results being aggregated each year "
  "in the annual monitoring report; participants\u2019 competence and confidence are measured by their "
  "self-rating against the national outcomes at entry and at exit, by the grades achieved in the three "
  "assignments, and by a questionnaire sent to their headteachers six months after completion.")

# ------------------------------------------------------------------ 8
h("8. The minimum outcomes and the award (Criterion 6)")
p("Table 1 maps each of the minimum outcomes to the module in which it is principally developed and to the "
  "assessment through which it is demonstrated; where two outcomes are, in our judgement, so closely related "
  "that they are developed and assessed together, they are shown in a single row. No candidate will be "
  "recommended by the Board of Examiners for the award unless he or she has passed each of the three "
  "assignments and the viva, which together, as Table 1 demonstrates, assess every one of the minimum "
  "outcomes.")

cap = doc.add_paragraph()
cap.add_run("Table 1. The minimum outcomes: where developed and how assessed").bold = True
ROWS = [
    ("A1 Relationships with pupils and their parents or carers; S8 Liaison with parents and carers",
     "EDU7402, sessions 4\u20135", "Formative"),
    ("A2 Gaining the commitment of colleagues, including senior leaders", "EDU7403", "Assignment 3"),
    ("A4 Resolving problems and exercising sound judgement on provision", "EDU7403", "Assignment 3; viva"),
    ("A5 Clear expression in speech and writing, and listening; A6 Drawing on research and external advice",
     "All modules", "Assignments 1\u20133; viva"),
    ("A7 Keeping up to date and taking responsibility for own CPD", "EDU7403, final session",
     "Professional development plan (formative)"),
    ("K1 SEN law and the Code of Practice; K3 Disability equality law", "EDU7401", "Assignment 1"),
    ("K2 Every Child Matters and the SENCO\u2019s part in its outcomes", "EDU7401", "Assignment 1"),
    ("K5 The most common types of SEN and disability", "EDU7402", "Assignment 2"),
    ("K6 Approaches, strategies and resources, including ICT", "EDU7402", "Assignment 2"),
    ("K7 School self-evaluation and improvement; S6 Reviewing provision with staff",
     "EDU7403", "Formative"),
    ("K8 Best practice and the outcomes of research", "All modules", "Assignments 1\u20133"),
    ("K9 The role of external agencies; S9 Partnership with other services and agencies",
     "EDU7402, session 6", ""),
    ("S1 Strategic development, with senior colleagues and governors", "EDU7403", "Assignment 3"),
    ("S2 Identification, targets, interventions and review; S2a Using the assessments of other "
     "professionals", "EDU7402", "Assignment 2"),
    ("S2b Summative assessment and tracking progress", "EDU7402", "Assignment 2"),
    ("S2c Formative assessment", "\u2014", "Not addressed (see Note 3)"),
    ("S2d Special arrangements for tests and examinations", "EDU7402, session 7", "Assignment 2 (see Note 2)"),
    ("S3 Provision mapping", "EDU7403", "Assignment 3"),
    ("S4 Deploying and managing staff; S5 Supporting colleagues\u2019 professional development", "EDU7403",
     "Assignment 3"),
    ("S7 Involving pupils in planning and reviewing their provision", "EDU7402", "Assignment 2"),
]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for c, v in zip(tb.rows[0].cells, ["Outcome(s)", "Principally developed in", "Assessed through"]):
    c.text = ""
    c.paragraphs[0].add_run(v).bold = True
    shade(c)
for row in ROWS:
    cells = tb.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
for r_ in tb.rows:
    for c, w in zip(r_.cells, (Cm(9.0), Cm(3.8), Cm(4.0))):
        c.width = w

p("Note 1. \u201cFormative\u201d denotes a task on which written feedback is given but which carries no marks.")
p("Note 2. Assignment 2, which is already the longest of the three, does not require participants to "
  "address the special arrangements for national tests and examinations, which are instead discussed in the "
  "seventh session of EDU7402.")
p("Note 3. Outcome S2c, which concerns whole-school formative assessment practice and which the programme "
  "team regards as the responsibility of a school\u2019s assessment leader rather than of its SENCO, is not "
  "addressed.")

# ------------------------------------------------------------------ 9
h("9. Concluding remarks")
p("The School believes that the programme set out above, grounded as it is in the practice of schools and in "
  "the research of the Centre for Inclusion Research, will make a lasting contribution to the achievement of "
  "children with special educational needs and disabilities in the region, and it looks forward to the "
  "Agency\u2019s response.")

doc.save(OUT)
print("wrote", OUT.name)
