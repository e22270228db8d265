"""Build bu-02-wendlebury-minutes.docx: University of Wendlebury with Harnmoor County Council (invented).

Provider: the Faculty of Education and Social Care of the invented
University of Wendlebury, in partnership with the invented Harnmoor County
Council. Programme: Postgraduate Certificate in Special Educational Needs
Coordination, three 20-credit Level 7 modules (EDU7101 law and policy,
EDU7102 assessment and teaching, EDU7103 leading provision). The Faculty
submits the confirmed minutes of a special meeting of its Faculty Academic
Standards Committee (14 January 2009), with Annex A, as its application.

Layout: committee minutes. A submission note, then the minutes heading,
"Present / In attendance / Apologies", and six minutes with typed bold
headings. Every paragraph starts with a typed number "1.1", "1.2" ...
"6.4" (Normal style, tab, hanging indent), so the paragraph numbers collide
with the requirement ids: paragraph 1.3 is stakeholder needs (4.1), 1.5 a
value statement about parents, 2.3 is module EDU7103 (not assessment only),
2.5 is school-based work (1.2), 3.1 entry requirements (5.2), 3.2 CRB
checks (5.3), 3.3 APL (2.1; nothing about e-learning), 4.1 the delivery
pattern (3.2), 4.2 the rejected online module (3.3), 4.3 stakeholder
influence (4.2), 5.1 staffing (5.4), 5.2 resources (5.6), 5.3 placements
(5.5), 5.4 tutor roles (5.7), 5.5 moderation (5.8), 5.6 evaluation (5.1),
5.7 impact (5.9), 5.8 further study (2.5), 5.9 the fee (2.4). Minutes
language throughout: "The committee agreed that ...", "It was noted that
...", "Members expressed ...", "referred to ...", "to be considered at the
next meeting", "Action: PK". An action table at the end and Annex A, a
three-column table (Outcome | Developed in | Assessed by) for the
attributes and knowledge outcomes only. Header and footer (not evidence).

Traps and the requirement ids each affects:
- Numbering collision (all the paragraph numbers above): the paragraph
  numbered like a requirement is about a different requirement.
- Decisions genuinely taken are met: E.1 (validation event arranged, the
  University awards), E.2, 1.2, 1.4, 1.8, 2.1, 4.1, 4.2, 5.1, 5.2, 5.3,
  5.4, 5.8, and skills whose module content and assessment are both
  described (6.S1, 6.S2, 6.S6).
- Deferral / referral -> not_met: pupil consultation "to be considered at
  the next meeting" (1.5, 6.S7); the assessment-only route referred to the
  Academic Regulations Committee after noting another university offers one
  (2.3: other-provider); impact proposals to the next meeting after the
  Chair quotes the specification (5.9: quoted-specification).
- Deferral of part -> partially_met: needs analysis agreed but its use for
  individual plans deferred (2.2); stakeholders teach but their part in
  evaluation referred to the Partnership Sub-Committee (4.3); tutors
  briefed but the mentor handbook only to be written (5.7); aims to be
  revised to add well-being, only an action (1.1); reading lists from 2004,
  updating only an action, though Annex A places research in EDU7101 (1.3).
- Negation: the online version of EDU7101 "not supported", so the
  programme is face to face and 3.3 is not_applicable; placements "did not
  agree to reinstate" with the 2006 placement only recalled (past), so 5.5
  is partially_met on specialist expertise alone; access arrangements for
  tests "would not be included" (6.S2d not_met).
- Conditional: library funding "subject to the Faculty budget" and a
  collection called "small and largely dated", nothing on ICT (5.6
  not_met).
- Value statement: "parents must be at the heart of the programme" (1.7
  and 6.S8 partially_met on the EDU7102 topic alone).
- General only: University Disability Equality Scheme and the Disability
  Service (3.1 partially_met); one September intake, up to two years to
  complete (3.2 partially_met); information about the MA only (2.5
  partially_met); fee and LA half-funding only (2.4 partially_met);
  "collaborating with colleagues" as a topic, advising and supporting
  colleagues nowhere (1.6 partially_met).
- Blanket claim: paragraph 6.1 "Annex A showed that every minimum outcome
  is assessed", while Annex A has "To be confirmed" for child development
  (6.K4 not_met), "Participant's own responsibility" and a dash for CPD
  (6.A7 not_met), dashes for time management (6.A3) and external agencies
  (6.K9), written assignments only for speech and listening (6.A5), and
  the skills mapping was referred back (1.9, 6.0 partially_met).
- Skills judged from module content (paragraphs 2.2, 2.3) and the
  assessment descriptions: content only -> partially_met (6.S2a, 6.S2b,
  6.S3, 6.S4, 6.S8, 6.S9); absent -> not_met (6.S2c, 6.S5).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bu-02-wendlebury-minutes.docx")

doc = Document()
doc.core_properties.author = "Chris Doyle"
doc.core_properties.title = "FASC minutes 14.01.09 - SENCO award"
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)  # A4
hp = sec.header.paragraphs[0]
hp.text = "University of Wendlebury \u2013 Faculty Academic Standards Committee \u2013 CONFIRMED MINUTES"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "FASC/09/M1 \u2013 Confirmed by Faculty Board 21 January 2009 \u2013 Not for wider circulation"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_text(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(10)


def heading(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    p.add_run(text).bold = True


def para(num, text):
    """A minuted paragraph with a typed number and a hanging indent."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.25)
    p.paragraph_format.first_line_indent = Cm(-1.25)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    p.add_run(f"{num}\t{text}")
    return p


def action(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.25)
    r = p.add_run(text)
    r.bold = True
    r.italic = True


# ------------------------------------------------------------------ submission note
p = doc.add_paragraph()
p.add_run("Note for the TDA panel. ").bold = True
p.add_run("The University of Wendlebury submits the confirmed minutes of the special meeting of its Faculty "
          "Academic Standards Committee held on 14 January 2009, with Annex A, as its application for approval "
          "to provide the National Award for SEN Coordination in partnership with Harnmoor County Council. "
          "The minutes record the decisions taken on the programme. Dr Priya Kaul, Programme Leader, "
          "30 January 2009.")
doc.add_paragraph()

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("UNIVERSITY OF WENDLEBURY\nFaculty of Education and Social Care\nFaculty Academic Standards "
              "Committee")
r.bold = True
r.font.size = Pt(13)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Minutes of the special meeting held on Wednesday 14 January 2009 at 2.00 pm in Room G12, Ridley "
          "Building").italic = True

p = doc.add_paragraph()
p.add_run("Present: ").bold = True
p.add_run("Professor Alan Redfearn (Dean, Chair); Dr Priya Kaul (Programme Leader, SEN and Inclusion); "
          "Mr Tom Asante (Principal Lecturer, CPD); Ms Gill Hartigan (Faculty Quality Officer); Mrs Sandra "
          "Voss (Head of SEN Support, Harnmoor County Council); Dr Ewan Pryce (Faculty Librarian).")
p = doc.add_paragraph()
p.add_run("In attendance: ").bold = True
p.add_run("Ms Ana Mendes (Disability Adviser); Mr Chris Doyle (Secretary).")
p = doc.add_paragraph()
p.add_run("Apologies: ").bold = True
p.add_run("Dr Ruth Sallis (Head of Postgraduate Programmes).")

p = doc.add_paragraph()
p.add_run("Paper received: ").bold = True
p.add_run("FASC/09/04, National Award for SEN Coordination: proposal (Dr Kaul).")

# ------------------------------------------------------------------ 1
heading("1.  Background, aims and accreditation")
para("1.1", "The committee received Paper FASC/09/04, presented by Dr Kaul. The proposal is for a "
     "Postgraduate Certificate in Special Educational Needs Coordination of 60 credits at Level 7, made up of "
     "three 20-credit modules: EDU7101 SEN: Law, Policy and Practice; EDU7102 Assessment, Planning and "
     "Teaching for Pupils with SEN; and EDU7103 Leading and Coordinating SEN Provision.")
para("1.2", "It was noted that the programme will be validated by the University under its standard "
     "procedures at a validation event already arranged for 26 February 2009, and that the award and the "
     "credit will be the University\u2019s. The committee agreed to recommend the programme to the validation "
     "panel.")
para("1.3", "It was noted that the proposal responds to a survey of 62 SENCOs carried out by Harnmoor County "
     "Council in November 2008 (48 responses). Newly appointed SENCOs most wanted help with the legal "
     "framework (39 of 48), with leading and managing teaching assistants (35) and with making the case to "
     "senior leaders for resources (31). Mrs Voss confirmed that the Council\u2019s SEN Strategy 2008\u201311 "
     "commits it to funding accredited training for every newly appointed SENCO in its maintained schools.")
para("1.4", "The committee received the aims as proposed: \u201cto raise the attainment of pupils with SEN by "
     "developing the knowledge and skills of the teachers who coordinate provision for them\u201d. Members "
     "observed that the aims did not refer to pupils\u2019 well-being or to the Every Child Matters outcomes, "
     "and asked that they be revised before the validation event.")
action("Action: PK")
para("1.5", "Members expressed the strong view that parents must be at the heart of the programme.")
para("1.6", "Mrs Voss reported that the Council would release two of its SEN advisers to teach sessions in "
     "EDU7102 and EDU7103 in each year of the programme.")

# ------------------------------------------------------------------ 2
heading("2.  Programme content")
para("2.1", "EDU7101 covers the Education Act 1996 (Part IV), the Special Educational Needs and Disability Act "
     "2001, the SEN Code of Practice (2001), the Disability Discrimination Acts 1995 and 2005 and the "
     "disability equality duty, the Children Act 2004 and Every Child Matters, and Removing Barriers to "
     "Achievement (2004), with the SENCO\u2019s responsibilities under each; and what is known about best "
     "practice in meeting special educational needs. It is assessed by a 4,000-word essay analysing the "
     "participant\u2019s own school\u2019s policy and practice against the law and guidance.")
para("2.2", "EDU7102 covers the main areas of need (behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties); identification through observation and data; target "
     "setting, planning interventions and reviewing progress; using reports from educational psychologists "
     "and therapists; using summative data, including P scales and national test results, to track "
     "progress; teaching approaches and resources, including ICT; working with parents and carers; and "
     "multi-agency working and the Common Assessment Framework. It is assessed by a 5,000-word case study of "
     "a pupil, which must show how the pupil\u2019s needs were identified, the targets set, the intervention "
     "planned and the review of the pupil\u2019s progress.")
para("2.3", "EDU7103 covers the SENCO as a leader; working with the headteacher, senior leaders and governors "
     "on SEN policy, priorities, resources and an inclusive ethos; provision mapping; deploying and managing "
     "teaching assistants; school self-evaluation and SEN; and collaborating with colleagues. It is assessed "
     "by a work-based project in which the participant leads a development in the school\u2019s SEN "
     "provision, agreed with the headteacher, evaluates its effectiveness with the colleagues involved and "
     "reports the findings for the school\u2019s self-evaluation, and presents a review of the school\u2019s "
     "SEN policy to the governing body or its curriculum committee.")
para("2.4", "It was noted that the module reading lists had been carried over from the former Certificate in "
     "Special Educational Needs and were last revised in 2004. Dr Kaul undertook to bring them up to date, "
     "and to include recent inspection evidence, before the validation event.")
action("Action: PK")
para("2.5", "The committee agreed that each module would include directed tasks carried out in the "
     "participant\u2019s own school, and that the EDU7103 project would be carried out in the "
     "participant\u2019s own school.")
para("2.6", "Members discussed whether the EDU7102 case study should require participants to consult the "
     "pupil about his or her provision. Views differed. The matter is to be considered at the next meeting.")
para("2.7", "The committee agreed that access arrangements for national tests and examinations would not be "
     "included in the programme, since in Harnmoor schools these are the responsibility of examinations "
     "officers and the Council\u2019s assessment team.")

# ------------------------------------------------------------------ 3
heading("3.  Admissions, prior learning and needs analysis")
para("3.1", "The committee agreed the entry requirements: Qualified Teacher Status; at least two years\u2019 "
     "teaching experience; appointment as SENCO, or designation as the next SENCO by the headteacher; and a "
     "supporting statement from the headteacher. Every applicant will be interviewed by the Programme Leader "
     "or a Harnmoor SEN adviser. Where the interview shows that an applicant is not yet ready to benefit, the "
     "Programme Leader will advise the applicant on the experience needed first and, with the applicant\u2019s "
     "agreement, discuss it with the headteacher.")
para("3.2", "The committee agreed that the application form will require the number and date of the "
     "applicant\u2019s enhanced CRB disclosure; that the Admissions Office will check the original "
     "certificate at interview; that applicants whose disclosure is more than three years old, or who have "
     "not worked in a post involving regular contact with children in the previous three months, must obtain "
     "a new enhanced disclosure through the University before starting; and that the headteacher\u2019s "
     "statement must confirm that there are no disciplinary issues or concerns about the applicant\u2019s "
     "conduct.")
para("3.3", "It was noted that University Regulation 14 allows accreditation of prior certificated learning of "
     "up to 20 credits at Level 7 taken in the last five years, and of prior experiential learning through a "
     "portfolio assessed against the module learning outcomes. The committee agreed that both would apply "
     "to this programme.")
para("3.4", "Dr Kaul reported that the University of Brackley\u2019s SENCO programme offers an assessment-only "
     "route. The committee was not persuaded that such a route could be reconciled with Regulation 14 and "
     "referred the question to the University Academic Regulations Committee.")
para("3.5", "The committee agreed that every applicant would complete a needs analysis against the national "
     "minimum outcomes before the course. Dr Kaul will bring proposals to the next meeting on how the results "
     "should inform individual learning plans.")
para("3.6", "Ms Mendes reminded members that the University\u2019s Disability Equality Scheme applies to all "
     "programmes. It was noted that participants could contact the Disability Service.")

# ------------------------------------------------------------------ 4
heading("4.  Delivery and partnership")
para("4.1", "The committee agreed that the programme would have one intake a year, in September, with twelve "
     "twilight sessions and three Saturday study days at the Wendlebury campus and the Harnmoor Professional "
     "Development Centre, and that participants may take up to two years to complete the three modules.")
para("4.2", "Mr Asante proposed that EDU7101 be offered online through WendleLearn, the University\u2019s "
     "virtual learning environment. The proposal was not supported; the programme will be taught face to "
     "face for at least its first two cohorts.")
para("4.3", "It was noted that the programme team had changed the draft in response to the Harnmoor survey "
     "(paragraph 1.3): managing teaching assistants had been added to EDU7103 and the legal framework given "
     "a whole module. Mrs Voss confirmed that the Council\u2019s SENCO forum had seen and commented on the "
     "draft in December 2008, and that its request for twilight sessions had been adopted.")
para("4.4", "Members discussed whether headteachers, Harnmoor officers and former participants should sit on "
     "the programme committee and take part in evaluating the programme. The question was referred to the "
     "Faculty Partnership Sub-Committee, which meets in March.")

# ------------------------------------------------------------------ 5
heading("5.  Staffing, resources and quality")
para("5.1", "The programme will be taught by Dr Kaul (PhD on inclusive schooling; SENCO in two Harnmoor "
     "primary schools, 1994\u20132003); Mr Asante (formerly headteacher of a Harnmoor special school); Dr "
     "Lena Ostrowska (lecturer in the psychology of education, chartered psychologist); and the two Harnmoor "
     "SEN advisers, both experienced teachers with specialist qualifications (one in specific learning "
     "difficulties, one in hearing impairment) who currently support schools across the county.")
para("5.2", "Dr Pryce reported that the Library\u2019s SEN collection was small and largely dated. The "
     "committee agreed to recommend that \u00a34,000 be set aside in 2009\u201310 for books and assessment "
     "materials, subject to the Faculty budget.")
para("5.3", "Members recalled that the former Certificate (discontinued in 2006) had included a week\u2019s "
     "placement in a special school, which participants had valued. Given the cost of supply cover, the "
     "committee did not agree to reinstate a placement. Specialist expertise will be provided by the Harnmoor "
     "advisers and by a session in EDU7102 led by an educational psychologist from Harnmoor Psychology "
     "Service.")
para("5.4", "It was agreed that all tutors, including the Harnmoor advisers, will attend the Faculty\u2019s "
     "annual marking and moderation briefing and receive the module handbooks. It was noted that "
     "participants will have a school-based mentor; a mentor handbook setting out mentors\u2019 roles is to "
     "be written before the programme starts.")
action("Action: TA")
para("5.5", "The committee confirmed that the University\u2019s assessment regulations will apply: all work is "
     "marked against the University\u2019s Level 7 criteria; a sample of 20 per cent, including all fails and "
     "distinctions, is second-marked; marks are agreed at a moderation meeting before each Examination "
     "Board; and the external examiner (Dr Hilary Moss, University of Castlereagh, who has agreed to serve) "
     "sees the sample and attends the Board.")
para("5.6", "Programme evaluation will follow the University\u2019s Annual Monitoring process. Internal "
     "evidence: analysis of module results and progression, peer observation of one session in each module, "
     "and each module leader\u2019s end-of-module review. External evidence: the external examiner\u2019s "
     "annual report and the University\u2019s six-yearly periodic review, which includes an external panel "
     "member. The Programme Leader writes an Annual Monitoring Report with an action plan, which this "
     "committee considers each November; the following year\u2019s report must show what was done about "
     "each action.")
para("5.7", "The Chair reminded members that the specification asks providers to show \u201chow the provider "
     "will evaluate the quality, standards and impact of the programme on participants\u2019 competence and "
     "confidence, and on the achievement of children and young people\u201d. Members agreed that this was "
     "difficult to measure. Dr Kaul will bring proposals to the next meeting.")
para("5.8", "It was noted that participants completing the Certificate will be told about the Faculty\u2019s "
     "MA in Inclusive Education, into which the 60 credits transfer.")
para("5.9", "The committee agreed a fee of \u00a31,350. Harnmoor County Council will pay half of the fee for "
     "teachers in its maintained schools.")

# ------------------------------------------------------------------ 6
heading("6.  Assessment, the minimum outcomes and the award")
para("6.1", "The committee agreed that the Certificate will be awarded to participants who pass all three "
     "modules. Dr Kaul stated that Annex A showed that every minimum outcome is assessed in at least one "
     "module.")
para("6.2", "The committee agreed the mapping in Annex A for the professional attributes and the professional "
     "knowledge and understanding outcomes, subject to the entry for child development, which is to be "
     "confirmed.")
para("6.3", "The mapping of the professional skills outcomes was referred back. Members noted that most of "
     "the skills are developed in EDU7102 and EDU7103, but that for most of them the paper did not show which "
     "assessment would assess them. The programme team is to bring a revised mapping to the next meeting "
     "(11 March 2009).")
para("6.4", "The Chair thanked Dr Kaul and Mrs Voss. There being no other business, the meeting closed at "
     "4.10 pm.")

# ------------------------------------------------------------------ actions
heading("Actions arising")
ACTIONS = [
    ("1.4", "Revise the programme aims", "PK", "Before 26 Feb 2009"),
    ("2.4", "Update the reading lists", "PK", "Before 26 Feb 2009"),
    ("2.6", "Pupil consultation in the EDU7102 case study", "Committee", "Next meeting"),
    ("3.4", "Assessment-only route", "Academic Regulations Committee", "Referred"),
    ("3.5", "Use of the needs analysis for individual learning plans", "PK", "Next meeting"),
    ("4.4", "Stakeholders\u2019 part in evaluation", "Partnership Sub-Committee", "March 2009"),
    ("5.4", "Mentor handbook", "TA", "July 2009"),
    ("5.7", "Measuring impact", "PK", "Next meeting"),
    ("6.3", "Mapping of the professional skills outcomes", "PK", "Next meeting"),
]
ta = doc.add_table(rows=1, cols=4)
ta.style = "Table Grid"
for c, h in zip(ta.rows[0].cells, ["Minute", "Action", "Who", "By"]):
    set_text(c, h, bold=True)
    shade(c, "D9D9D9")
for row in ACTIONS:
    for c, v in zip(ta.add_row().cells, row):
        set_text(c, v)
for r_ in ta.rows:
    for i, w in enumerate([Cm(1.6), Cm(8.0), Cm(4.2), Cm(3.0)]):
        r_.cells[i].width = w

doc.add_paragraph()
doc.add_paragraph("Next meeting: Wednesday 11 March 2009, 2.00 pm, Room G12.")

# ------------------------------------------------------------------ Annex A
doc.add_page_break()
p = doc.add_paragraph()
p.add_run("Annex A \u2013 Minimum outcomes: professional attributes and professional knowledge and "
          "understanding (as agreed on 14 January 2009, subject to paragraph 6.2)").bold = True
ANNEX = [
    ("G", "Professional attributes"),
    ("Fair, respectful, supportive and constructive relationships with pupils with SEN and/or disabilities "
     "and their parents or carers", "EDU7102", "EDU7102 case study"),
    ("Gaining the commitment of colleagues, including the headteacher and senior leaders", "EDU7103",
     "EDU7103 project"),
    ("Prioritising work, managing time, delegating appropriately", "Throughout", "\u2014"),
    ("Anticipating and resolving problems; well-founded decisions and sound judgement on provision",
     "EDU7103", "EDU7103 project"),
    ("Expressing themselves clearly in speech and writing; listening to and understanding others",
     "All modules", "All written assignments"),
    ("Drawing on research evidence and external advice to improve their own and colleagues\u2019 practice",
     "EDU7101", "EDU7101 essay"),
    ("Keeping up to date; taking responsibility for their own CPD", "Participant\u2019s own responsibility",
     "\u2014"),
    ("G", "Professional knowledge and understanding"),
    ("SEN law and guidance, including the SEN Code of Practice, and putting them into practice", "EDU7101",
     "EDU7101 essay"),
    ("Every Child Matters: principles, outcomes and the SENCO\u2019s part", "EDU7101", "EDU7101 essay"),
    ("Disability equality law and the actions it requires", "EDU7101", "EDU7101 essay"),
    ("How children develop, and how development is affected by SEN, disability and the environment",
     "To be confirmed", "To be confirmed"),
    ("The most common types of SEN and disability and how they affect learning", "EDU7102",
     "EDU7102 case study"),
    ("Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT",
     "EDU7102", "EDU7102 case study"),
    ("School self-evaluation and improvement, and outcomes for pupils with SEN", "EDU7103", "EDU7103 project"),
    ("Best practice and research outcomes in meeting SEN", "EDU7101", "EDU7101 essay"),
    ("The scope and role of external agencies; getting specialist support and resources", "EDU7102",
     "\u2014"),
]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for c, h in zip(tb.rows[0].cells, ["Outcome (Annex 3, abbreviated)", "Developed in", "Assessed by"]):
    set_text(c, h, bold=True)
    shade(c, "D9D9D9")
for row in ANNEX:
    cells = tb.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[2])
        set_text(m, row[1], bold=True)
        shade(m, "F2F2F2")
    else:
        for c, v in zip(cells, row):
            set_text(c, v)
for r_ in tb.rows:
    for i, w in enumerate([Cm(9.5), Cm(3.5), Cm(3.8)]):
        r_.cells[i].width = w

doc.save(OUT)
print("wrote", OUT)
