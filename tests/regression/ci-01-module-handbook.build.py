"""Build ci-01-module-handbook.docx: Cressingham University participant handbook (invented).

Provider: Cressingham University, School of Education and Lifelong Learning, with
Lowbridge County Council's Learning Support Service as delivery partner. Award:
Postgraduate Certificate, National Award for Special Educational Needs Coordination,
60 credits at Level 7, three 20-credit modules CSN7101-CSN7103. Participant Handbook
2009-10 (version 1.2, July 2009), submitted whole to the TDA as the application, with
a one-page covering section in front of it. 2009 vocabulary (CRB, DDA, SEN Code of
Practice 2001, ECM, SENCO Regulations 2008).

Layout:
- A short covering section addressed to the TDA, then the handbook exactly as
  participants receive it, written in the second person ("you will ...").
- Word Heading 1/2 styles for handbook sections; study days numbered "Day 1.1" to
  "Day 3.6" (numbers collide with requirement ids but are only session numbers).
- Each module lists its own learning outcomes LO1-LO8 in the provider's words.
- Section 6 is a separate mapping table (rows = module learning outcomes, a
  vertically merged Module column, national outcomes named in words, no ids) plus a
  final row for an outcome developed on a study day "not separately assessed".
- Section 7 has assessment briefs; each says which module LOs it tests, so whether a
  national outcome is assessed needs two tables (national outcome -> LO in Section 6
  -> LO listed in a brief). Ranges are written "LO1-LO5 and LO8". Formative tasks 1F,
  2F and 3F are not marked and do not count.
- Marking criteria table, submission and resubmission rules, a tutor contacts table.
- Page header and footer (never evidence).

Traps and the requirement ids they affect:
- Blanket claim in the covering section that passing the four tasks means every
  national outcome has been met (6.0 partially_met, 1.9 partially_met): the briefs
  leave several LOs unassessed.
- 6.K2 (ECM, M1 LO3) and 6.S7 (pupil involvement, M1 LO6): assessed only in the
  formative task 1F -> partially_met. 1.5 is still met (Day 1.4 and the 1F trial
  develop consultation skills).
- 6.K7: M1 LO7 is "not assessed in this module" and "you will return to it in
  Module 3"; Module 3 never maps to it (its LO4 is mapped only to reviewing
  provision with colleagues, 6.S6) -> cross-reference to nothing, partially_met.
- 6.S2b (M2 LO6, formative 2F only) and 6.S2d (M2 LO7, in no task) -> partially_met:
  Task 2 tests "LO1-LO5 and LO8". "Access arrangements for your assessments" in the
  disability section is the participants' own exam adjustments (wrong context for
  6.S2d).
- 6.S5 (M3 LO3) and 6.A3 (M3 LO7): formative 3F coaching log only -> partially_met.
- 6.K9: only in the mapping table's last row, Day 2.5, "not separately assessed"
  -> partially_met (6.S9 is met through M3 LO5 and Task 3B).
- 6.A4 absent from the mapping and the module outcomes -> not_met.
- 6.S2c absent; "formative" appears only about the programme's own tasks
  (right words, wrong thing) -> not_met.
- 1.3 partially_met: "research-informed" and M3 LO6 only; reading lists are posted
  later; no inspection evidence or recent developments named.
- 1.8 partially_met: the Task 3A enquiry is a proposal; "You are not expected to have
  carried out the change".
- 2.1 partially_met: certificated prior study up to 20 credits only; experience
  "cannot be accredited"; the Lowbridge SENCO Induction Course's APEL was a past
  arrangement (until 2008).
- 2.2 partially_met: the Starting Point self-review is kept in the portfolio and
  revisited at the end; no individual plan or personalised outcomes.
- 2.3 not_met (negation): "There is no route to the Award by assessment alone".
- 3.3 partially_met: online units with a participants' forum; "Tutors do not take
  part in the forum" and unit questions wait for the next study day.
- 4.3 partially_met: LA officers and the Parent Partnership Service teach, headteachers
  sit in Task 3B; but headteachers and the LA "are not asked to evaluate" the
  programme.
- 5.2 partially_met: entry requirements and nomination only; no interview, places in
  order of nomination; no check of readiness.
- 5.5 partially_met: visiting specialists, but "We do not arrange placements".
- 5.6 partially_met: library, e-journals and VLE, but specialist assessment materials
  and software must come from your own school.
- 5.7 partially_met: mentor role described and a copy of the handbook sent; no
  briefing or preparation.
- 5.9 partially_met: self-review repeated and confidence questionnaire; pupils'
  achievement explicitly not measured.
Genuine arrangements written plainly (met): E.1, E.2, 1.1, 1.2, 1.4, 1.5, 1.6, 1.7,
2.4, 2.5, 3.1, 3.2, 4.1, 4.2, 5.1, 5.3 (headteacher confirms disclosure date;
University obtains a new enhanced disclosure after three months out of school), 5.4,
5.8, and the outcomes traced through both tables.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

NAME = "ci-01-module-handbook"
OUT = Path(__file__).with_name(NAME + ".docx")

doc = Document()
doc.core_properties.author = "Miriam Castell"
doc.core_properties.title = "National Award for SEN Coordination - Participant Handbook 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def rich(*parts):
    """A paragraph of (text, bold) runs."""
    p = doc.add_paragraph()
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    return p


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def h3(text):
    return doc.add_heading(text, level=3)


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(rows, widths=None, header=True, fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(9.5)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Cressingham University \u00b7 National Award for SEN Coordination \u00b7 Participant Handbook 2009\u201310 (v1.2)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("School of Education and Lifelong Learning \u00b7 This handbook is available in large print and on "
               "Cressingham Learn \u00b7 Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                       '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ covering section
para("CRESSINGHAM UNIVERSITY", bold=True, size=15, align="c")
para("School of Education and Lifelong Learning", align="c")
para("Application to the Training and Development Agency for Schools for approval to provide "
     "the National Award for Special Educational Needs Coordination", bold=True, align="c")
para("")
h1("Covering section")
para("Dear colleagues,")
para("We submit as our application the handbook that every participant on our Postgraduate Certificate "
     "(National Award for Special Educational Needs Coordination) receives at the induction evening. "
     "We have chosen to send the handbook itself rather than to rewrite it for the panel, because it is "
     "the document by which our participants, their headteachers and our tutors actually work, and it "
     "is written to them rather than about them. Where it says \u2018you\u2019, it means the participant.")
para("The programme is a Cressingham University award. It was approved at a University validation event "
     "on 9 June 2009 (panel chaired by the Dean of Graduate Studies, with an external member from the "
     "University of Strathmere) and is offered in partnership with Lowbridge County Council\u2019s "
     "Learning Support Service, which provides a link tutor and several visiting specialists. Section 6 "
     "of the handbook maps the learning outcomes of our three modules onto the national minimum "
     "outcomes, and each assessment brief in Section 7 names the learning outcomes it tests. Because "
     "every national outcome appears in the mapping and every module is assessed, a participant who "
     "passes the four summative tasks has met all the national outcomes.")
para("The handbook is reproduced as issued (version 1.2). Questions about this application should be "
     "addressed to me.")
para("Dr Miriam Castell, Programme Leader, 24 July 2009")
doc.add_page_break()

# ------------------------------------------------------------------ handbook title
para("National Award for Special Educational Needs Coordination", bold=True, size=16, align="c")
para("Postgraduate Certificate \u00b7 60 credits at Level 7", align="c")
para("PARTICIPANT HANDBOOK 2009\u201310", bold=True, size=14, align="c")
para("Cressingham University in partnership with Lowbridge County Council Learning Support Service",
     italic=True, align="c")
para("")
para("Contents", bold=True)
for line in ["1  Welcome", "2  How this programme came about", "3  The programme at a glance",
             "4  Before you start", "5  The modules", "6  How your learning outcomes map onto the national outcomes",
             "7  Assessment", "8  Submitting your work", "9  Support for your learning",
             "10  How we look after the quality of the programme", "11  After the Award", "12  Tutor contacts"]:
    para(line)
doc.add_page_break()

# ------------------------------------------------------------------ 1 Welcome
h1("1  Welcome")
para("Welcome to the programme. Whether you have been your school\u2019s SENCO for a few months or have just "
     "been asked to take the role on, you are joining a group of colleagues who will spend the next year "
     "thinking hard about one question: what would it take for the pupils with special educational needs "
     "and disabilities in your school to do better \u2013 not only in their learning, but in being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being? Those five Every Child Matters outcomes run through the whole programme. Every "
     "assessed task asks you to show what your work means for the achievement and well-being of "
     "particular pupils, and you will find that the study days keep bringing you back to the children "
     "rather than to paperwork.")
para("The Education (Special Educational Needs Coordinators) (England) Regulations 2008 require a "
     "teacher newly appointed as SENCO to hold qualified teacher status and to gain the National Award "
     "within three years of taking up the post. This programme leads to that Award and to a "
     "Postgraduate Certificate of Cressingham University, worth 60 credits at Level 7 (masters level), "
     "which you can later count towards our MA in Inclusive Education.")
para("The programme is deliberately rooted in your own school. Between study days you will carry out "
     "directed tasks there \u2013 auditing the SEN register against the Code of Practice, shadowing a "
     "pupil for a day, drawing up a provision map \u2013 and each directed task is tied to one or more of "
     "your module learning outcomes. Your final enquiry (Task 3A) is set entirely in your school. Please "
     "read this handbook before the induction evening and keep it by you: most questions that "
     "participants ask us are answered somewhere in it.")

# ------------------------------------------------------------------ 2 Stakeholders
h1("2  How this programme came about")
para("In February and March 2009 the University and Lowbridge County Council asked the people who will "
     "live with this programme what it should do. We sent a questionnaire to the SENCO and the "
     "headteacher of every one of Lowbridge\u2019s 212 schools (we had 131 replies), held two evening "
     "focus groups with SENCOs appointed in the last three years, and met the Lowbridge Parent Partnership "
     "Service and the steering group of Lowbridge Parents for Inclusion. The Council\u2019s SEN Strategy "
     "2008\u20132011 added its own priority: reducing the number of statutory assessments by improving "
     "school-based provision at School Action and School Action Plus.")
para("What came back was clear. Headteachers wanted SENCOs who could cost and map provision and manage "
     "teaching assistants; new SENCOs wanted practical help with the data they were suddenly expected to "
     "interpret and with access arrangements for tests and examinations; parents wanted SENCOs who "
     "listened, explained decisions plainly and told them what was happening between reviews. Three "
     "things in this handbook are there because of what people told us:")
bullet("Day 2.4 on access arrangements and Day 2.3 on using data were added after 58 SENCOs named them "
       "as the areas in which they felt least confident;")
bullet("Day 2.6, on working with parents and carers, was planned with the Parent Partnership Service and "
       "is co-led by its coordinator, because parents asked for it to be;")
bullet("study days run from 9.30 to 3.00 rather than a full day, and the Saturday repeat of Module 1 "
       "exists, because headteachers told us that full days out of school were the biggest obstacle to "
       "releasing SENCOs.")
para("The Council\u2019s Learning Support Service teaches on the programme: its educational psychologists, "
     "speech and language therapy colleagues and autism outreach teachers lead sessions in Module 2, and "
     "its head, Jill Parfitt, is our link tutor. Your headteacher will also be involved, most directly by "
     "sitting in on your professional dialogue (Task 3B).")

# ------------------------------------------------------------------ 3 At a glance
h1("3  The programme at a glance")
table([
    ["Module", "Credits", "Study days", "Summative tasks", "Formative task"],
    ["CSN7101 The SENCO, the Law and the Inclusive School", "20", "Days 1.1\u20131.5", "Task 1 (100%)", "1F"],
    ["CSN7102 Understanding and Removing Barriers to Learning", "20",
     "Days 2.1\u20132.6 and Online Units 2A and 2B", "Task 2 (100%)", "2F"],
    ["CSN7103 Leading and Evaluating Provision", "20", "Days 3.1\u20133.6", "Task 3A (70%), Task 3B (30%)", "3F"],
], widths=[6.0, 1.5, 3.5, 3.5, 2.0])
h2("Ways of studying")
para("There are two start points each year. The September intake begins with Module 1; the January intake "
     "begins with Module 2 and takes Module 1 from the following April. Either way you take Module 3 last, "
     "because it draws on the other two. Most participants finish in twelve to fifteen months, but you "
     "may spread the three modules over as long as three years if your school circumstances change; talk "
     "to the Programme Leader if you want to do that. Module 1 runs twice, on Thursdays and as a Saturday "
     "repeat, and you may move between the two groups. All study days are at Lowbridge Teachers\u2019 "
     "Centre, Mill Lane, Harbeck.")
para("Two parts of Module 2 are studied online rather than on a study day. Online Unit 2A "
     "(Dyslexia-friendly classrooms) and Online Unit 2B (Technology that removes barriers) are on "
     "Cressingham Learn, the University\u2019s virtual learning environment. Each unit takes about six "
     "hours, is made up of short readings, video clips filmed in Lowbridge schools and a quiz, and can be "
     "done at any time in the fortnight it is open. Each unit has a discussion forum for you and the other "
     "participants. Tutors do not take part in the forum, and questions about the online units are dealt "
     "with at the next study day, so keep a note of anything you want to raise.")

# ------------------------------------------------------------------ 4 Before you start
h1("4  Before you start")
h2("Who the programme is for")
para("To join the programme you must hold qualified teacher status, be working in a school, and either be "
     "your school\u2019s SENCO or have been designated to take up the role within the next twelve months. "
     "Your headteacher nominates you on the Lowbridge nomination form, which also commits the school to "
     "releasing you for study days and to naming a school mentor. Places are offered in the order in which "
     "nominations are received; we do not interview.")
h2("Criminal records disclosure")
para("Because you will be working with children throughout the programme, we must be sure that you are "
     "suitable to do so. The nomination form asks your headteacher to confirm the date of your enhanced "
     "Criminal Records Bureau disclosure, that the school has checked it, and that there are no concerns "
     "about your conduct and no outstanding disciplinary matters. The Programme Administrator checks every "
     "form before a place is confirmed, and we cannot confirm your place until this section is complete. "
     "If you have not worked in a school or college in a post involving regular contact with children in "
     "the three months before the programme starts, the University will obtain a new enhanced disclosure "
     "for you before your first study day, at no cost to you.")
h2("Your Starting Point self-review")
para("Before Day 1.1 (or Day 2.1 if you join in January) you will complete the Starting Point self-review, "
     "a short booklet in which you rate your confidence against each of the national outcomes for the "
     "Award. You keep the completed self-review in your portfolio, and you will look at it again at the "
     "end of the programme to see how far you have come.")
h2("Credit for what you have already studied")
para("If you have already passed Level 7 study in special educational needs within the last five years "
     "(for example a university certificate in specific learning difficulties), you may apply to have it "
     "recognised under the University\u2019s Recognition of Prior Learning procedure, for up to 20 of "
     "the 60 credits. Your claim is matched against the learning outcomes of the module you want to be "
     "excused, and is decided by the School\u2019s RPL panel; ask the Programme Administrator for the "
     "claim form. Experience on its own, however long, cannot be accredited under the University\u2019s "
     "regulations. (Some of you will remember that the Council\u2019s SENCO Induction Course accepted "
     "portfolios of experience until 2008; that course has now closed.)")
para("There is no route to the Award by assessment alone: the University\u2019s regulations require every "
     "participant to follow the taught modules.")

# ------------------------------------------------------------------ 5 Modules
h1("5  The modules")

MODULES = [
    ("CSN7101 The SENCO, the Law and the Inclusive School",
     "Module leader: Dr Miriam Castell",
     "This module is about the framework you work inside and the school you work in. You will get to know "
     "the law and the guidance that shape your role, and you will learn to use them rather than merely "
     "comply with them: to argue for pupils, to shape policy with your headteacher and governors, and to "
     "make the case to colleagues for doing things differently. You will also start to listen, in a "
     "structured way, to the pupils themselves.",
     [
         "Explain the statutory framework for special educational needs \u2013 Part IV of the Education Act "
         "1996, the SEN Code of Practice (2001), SENDA 2001 and the 2008 SENCO Regulations \u2013 and apply it "
         "to the duties of your school, its governors, its SENCO and its teachers.",
         "Analyse how the Disability Discrimination Act 1995, as amended in 2005, and the disability "
         "equality duty shape your school\u2019s accessibility planning and the adjustments it makes for "
         "disabled pupils.",
         "Relate the five Every Child Matters outcomes to your role and judge how well your school "
         "contributes to them for pupils with SEN and disabilities.",
         "Work with your headteacher, senior colleagues and the governor responsible for SEN to shape an "
         "inclusive ethos, policy and priorities, and the way resources are used.",
         "Win the commitment of colleagues at every level, senior leaders included, to improving outcomes "
         "for pupils with SEN and disabilities.",
         "Set up ways in which pupils with SEN and disabilities take part in planning and reviewing the "
         "provision made for them.",
         "Explain the principles of school self-evaluation and improvement and show where provision for "
         "SEN belongs in them.",
         "Write and speak clearly for different audiences \u2013 governors, parents, colleagues \u2013 and "
         "show that you have listened to and understood their views.",
     ],
     [
         "Day 1.1 The SENCO\u2019s role and the law: the 1996 Act, the Code of Practice, statements and "
         "annual reviews",
         "Day 1.2 Disability equality: the DDA, accessibility plans and reasonable adjustments for pupils",
         "Day 1.3 Every Child Matters and the SENCO; leading through others: influencing senior leaders "
         "and governors",
         "Day 1.4 Hearing the pupil\u2019s voice: ways of consulting children and young people, including "
         "those with communication difficulties, about their provision and their school (Talking Mats, "
         "pupil-led reviews, symbol questionnaires)",
         "Day 1.5 School self-evaluation, the SEF and improvement planning; writing for governors",
     ],
     "Note on LO7: LO7 is developed through Day 1.5 and your directed reading. It is not assessed in this "
     "module; you will return to it in Module 3."),
    ("CSN7102 Understanding and Removing Barriers to Learning",
     "Module leader: Owen Treharne",
     "This module is about the children. You will look at how children develop and at what can get in the "
     "way, at the commonest kinds of special educational need, and at the evidence for what helps. Much of "
     "the module is taught with colleagues from the Learning Support Service, who bring the assessments "
     "that educational psychologists, therapists and specialist teachers carry out into the room so that "
     "you can learn to use them.",
     [
         "Explain how children develop \u2013 cognitively, linguistically, socially and emotionally \u2013 and "
         "how development can be affected by SEN, disability and the physical and social environment for "
         "learning.",
         "Describe the commonest kinds of SEN and disability \u2013 behavioural, emotional and social "
         "difficulties; specific learning difficulties, including dyslexia; speech, language and "
         "communication needs; autistic spectrum disorders; moderate learning difficulties \u2013 and "
         "analyse how each can affect learning.",
         "Evaluate critically a range of approaches, strategies and resources, including ICT, for "
         "assessing, planning and teaching, and choose among them to remove barriers and personalise "
         "provision.",
         "Identify pupils who may have SEN or disabilities from observation, data and assessment, set "
         "challenging targets, plan interventions and review progress.",
         "Use assessments made by educational psychologists, therapists and other professionals to shape "
         "teaching and learning.",
         "Use summative assessment, including national test results and P scales, to track progress and "
         "change programmes when they are not working.",
         "Anticipate the special arrangements pupils need for national tests and examinations and put "
         "them in place with colleagues.",
         "Build fair, respectful and constructive relationships with pupils and with their parents and "
         "carers, and work with parents and carers to support their children\u2019s learning and "
         "development.",
     ],
     [
         "Day 2.1 How children develop, and what gets in the way",
         "Day 2.2 The commonest needs: BESD, SpLD, SLCN, ASD and MLD (with the Learning Support Service)",
         "Online Unit 2A Dyslexia-friendly classrooms",
         "Day 2.3 Identifying needs; targets, interventions and reviews; using data and P scales",
         "Online Unit 2B Technology that removes barriers",
         "Day 2.4 Access arrangements for national tests and public examinations",
         "Day 2.5 Working with the educational psychology service, speech and language therapy and "
         "outreach services: what they do and how to obtain their help",
         "Day 2.6 Working with parents and carers: listening, advising, reviews and difficult "
         "conversations (co-led with Lowbridge Parent Partnership Service; you will rehearse a review "
         "meeting and then plan one with the family in your case study)",
     ],
     ""),
    ("CSN7103 Leading and Evaluating Provision",
     "Module leader: Dr Sunita Bhambra",
     "This module is about leadership: of provision, of people and of your own development. You will map "
     "and cost what your school provides, look at how support staff are deployed, learn to coach and "
     "support colleagues, and lead a review of part of your school\u2019s provision with the colleagues "
     "who deliver it. The module ends by asking you to look ahead.",
     [
         "Use provision mapping to plan and cost provision and to find provision that is missing or not "
         "working.",
         "Deploy and manage teaching assistants and other staff so that their work makes a difference to "
         "pupils with SEN and disabilities.",
         "Support colleagues\u2019 professional development through observation and feedback, modelling, "
         "coaching and mentoring, and planning or leading training.",
         "Lead a review, with colleagues, of how well a strand of provision is working, and report what "
         "you find to your senior leadership team so that it informs the school\u2019s improvement planning.",
         "Work in partnership with professionals from other services and agencies, including voluntary "
         "organisations, to coordinate support for pupils.",
         "Use research evidence and examples of best practice critically to improve your own practice and "
         "that of colleagues.",
         "Prioritise your work, manage your time and delegate tasks, checking that they are done well.",
         "Reflect on your own development as a SENCO and plan your continuing professional development.",
     ],
     [
         "Day 3.1 Provision mapping and management",
         "Day 3.2 Teaching assistants: deployment, management and impact",
         "Day 3.3 Coaching and mentoring colleagues; leading INSET",
         "Day 3.4 Reviewing provision with colleagues; research and best practice",
         "Day 3.5 Working across services: multi-agency and voluntary-sector partners; managing the "
         "SENCO\u2019s time",
         "Day 3.6 Looking forward: your next steps (see Section 11)",
     ],
     ""),
]

for i, (title, leader, about, los, days, note) in enumerate(MODULES, start=1):
    h2(f"Module {i}: {title}")
    para(leader, italic=True)
    para(about)
    para("By the end of the module you will be able to:", bold=True)
    for n, lo in enumerate(los, start=1):
        rich((f"LO{n}  ", True), (lo, False))
    para("Study days and online units", bold=True)
    for d in days:
        bullet(d)
    if note:
        para(note, italic=True)

para("Directed tasks. After each study day you will be set a directed task to carry out in school, such as "
     "auditing your SEN register against the Code of Practice (after Day 1.1), shadowing a pupil for a day "
     "(after Day 2.1) or drafting your school\u2019s provision map (after Day 3.1). Directed tasks are "
     "discussed at the start of the next study day and kept in your portfolio; they are not marked.")
para("Working beyond your school. Each module includes one cluster afternoon at which participants from "
     "neighbouring schools work together on a shared issue they have brought \u2013 transition between "
     "phases, sharing a speech and language therapist, a joint training day for teaching assistants \u2013 "
     "with a Learning Support Service officer.")

# ------------------------------------------------------------------ 6 Mapping
h1("6  How your learning outcomes map onto the national outcomes")
para("The Award has national minimum outcomes in three groups: professional attributes, professional "
     "knowledge and understanding, and professional skills. The table below shows which of your module "
     "learning outcomes addresses each of them. Assessment is described in Section 7.")

MAP = [
    ("Module 1", [
        ("LO1", "SEN law, the Code of Practice and their implications for the school, the SENCO and others"),
        ("LO2", "Disability equality law and the actions it requires"),
        ("LO3", "The principles and outcomes of Every Child Matters and the SENCO\u2019s part in them"),
        ("LO4", "Working with senior colleagues and governors on an inclusive ethos, policies, priorities and resources"),
        ("LO5", "Gaining the commitment of colleagues, including the headteacher and senior leaders"),
        ("LO6", "Involving pupils in planning, agreeing, reviewing and evaluating their provision"),
        ("LO7", "The principles of school self-evaluation and improvement"),
        ("LO8", "Expressing yourself clearly in speech and writing; listening to and understanding others"),
    ]),
    ("Module 2", [
        ("LO1", "How children develop and what affects their development"),
        ("LO2", "The most common types of SEN and disability and how they affect learning"),
        ("LO3", "Approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning"),
        ("LO4", "Identifying pupils, setting targets, planning interventions, reviewing progress"),
        ("LO5", "Using assessments from a range of professionals"),
        ("LO6", "Using summative assessments, including national tests, to track progress"),
        ("LO7", "Special arrangements for national tests and examinations"),
        ("LO8", "Fair, respectful relationships with pupils and parents or carers; liaising with parents and carers"),
    ]),
    ("Module 3", [
        ("LO1", "Provision mapping and management; identifying ineffective or missing provision"),
        ("LO2", "Deploying and managing staff"),
        ("LO3", "Supporting colleagues\u2019 professional development"),
        ("LO4", "Reviewing and evaluating provision with other staff, to inform the school\u2019s improvement planning"),
        ("LO5", "Partnership with other services and agencies, including voluntary organisations"),
        ("LO6", "Best practice and research; drawing on research and external advice to improve practice"),
        ("LO7", "Prioritising, managing time and delegating"),
        ("LO8", "Keeping up to date and taking responsibility for your own CPD"),
    ]),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = ["Module", "Learning outcome", "National outcome(s) addressed"]
for j, h in enumerate(hdr):
    c = t.rows[0].cells[j]
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(9.5)
    shade(c, "D9E2F3")
for mod, rows in MAP:
    first = None
    for k, (lo, nat) in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(["" if k else mod, lo, nat]):
            cells[j].text = ""
            rr = cells[j].paragraphs[0].add_run(val)
            rr.font.size = Pt(9.5)
        if k == 0:
            first = cells[0]
        last = cells[0]
    first.merge(last)
cells = t.add_row().cells
cells[0].merge(cells[1])
cells[0].text = ""
rr = cells[0].paragraphs[0].add_run("Day 2.5 (no learning outcome)")
rr.font.size = Pt(9.5)
cells[2].text = ""
rr = cells[2].paragraphs[0].add_run("The scope and role of external agencies and how to obtain specialist support "
                                     "and resources \u2013 developed on Day 2.5 with visiting professionals; not "
                                     "separately assessed")
rr.font.size = Pt(9.5)
for row in t.rows:
    for j, w in enumerate([2.2, 2.6, 11.5]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ------------------------------------------------------------------ 7 Assessment
h1("7  Assessment")
para("Each module has summative assessment, which is marked and counts towards the Award, and one "
     "formative task, which is not marked and does not count but on which you receive written or spoken "
     "feedback. Formative tasks must be attempted before you submit the summative task for that module. "
     "Each brief below tells you which of the module\u2019s learning outcomes the task tests; your work is "
     "marked against those outcomes using the criteria at the end of this section.")

BRIEFS = [
    ("Task 1  Policy review and governor briefing (Module 1, summative, 100%)",
     [["Length", "4,000 words, plus a 10-minute briefing"],
      ["Submit", "Thursday 14 January 2010 (September intake); Thursday 10 June 2010 (January intake)"],
      ["Learning outcomes tested", "Module 1 LO1, LO2, LO4, LO5 and LO8"]],
     "Review your school\u2019s SEN policy and practice against the Code of Practice and the disability "
     "equality duty. Identify where practice falls short of the law or of the school\u2019s own policy, and "
     "propose priorities for change with costings where you can. Agree the priorities with your headteacher "
     "and then brief the governor responsible for SEN in a 10-minute meeting, which your tutor observes or "
     "which you record. Your written review should end with a short account of how your headteacher and "
     "governor responded and what you did to win their support."),
    ("Task 1F  Pupil voice trial (Module 1, formative)",
     [["Length", "about 1,500 words or a 10-minute presentation at Day 1.5"],
      ["Learning outcomes practised", "Module 1 LO3 and LO6"]],
     "Try out one way of consulting pupils with SEN about their provision, using a method from Day 1.4, "
     "and relate what they told you to the five Every Child Matters outcomes. You will receive feedback "
     "from your tutor; the task is not marked."),
    ("Task 2  Case study of a learner (Module 2, summative, 100%)",
     [["Length", "5,000 words"],
      ["Submit", "Thursday 22 April 2010 (September intake); Thursday 4 March 2010 (January intake)"],
      ["Learning outcomes tested", "Module 2 LO1\u2013LO5 and LO8"]],
     "Write a case study of one pupil with SEN and/or a disability in your school. Describe the pupil\u2019s "
     "development and needs, drawing on the assessments of any other professionals involved, analyse the "
     "barriers to learning, and explain and evaluate the targets, interventions and teaching approaches "
     "(including any technology) you put in place. Include an account of your work with the pupil\u2019s "
     "parents or carers, including the review meeting you planned after Day 2.6, and reflect on your "
     "relationship with the pupil and the family."),
    ("Task 2F  Tracking exercise (Module 2, formative)",
     [["Length", "a completed tracking sheet and a one-page commentary"],
      ["Learning outcomes practised", "Module 2 LO6"]],
     "Using anonymised data from your school, track a group of pupils with SEN across two years of national "
     "curriculum assessment or P scales and suggest what should change for any pupil whose progress has "
     "stalled. Bring it to Day 2.4 for discussion; it is not marked."),
    ("Task 3A  Practitioner enquiry (Module 3, summative, 70%)",
     [["Length", "5,000 words"],
      ["Submit", "Thursday 8 July 2010 (September intake); Thursday 9 December 2010 (January intake)"],
      ["Learning outcomes tested", "Module 3 LO1, LO2, LO4 and LO6"]],
     "Choose one strand of your school\u2019s provision (for example the deployment of teaching assistants in "
     "Key Stage 2, or a reading intervention). Map it and cost it, examine how staff are deployed in it, "
     "and lead a review of how well it is working with the colleagues who deliver it, drawing on research "
     "and on examples of practice elsewhere. Your report ends with the change you recommend and how the "
     "school would know whether it had worked. You are not expected to have carried out the change by the "
     "time you submit; the enquiry is assessed on the quality of the review and the recommendation."),
    ("Task 3B  Professional dialogue (Module 3, summative, 30%)",
     [["Length", "30 minutes, with your tutor and your headteacher (or a senior colleague the headteacher names)"],
      ["When", "In the fortnight after Day 3.6"],
      ["Learning outcomes tested", "Module 3 LO5 and LO8"]],
     "You will talk through the work you have done with other services and agencies, including at least one "
     "voluntary organisation, for a pupil or group of pupils, and present the development plan you drafted on "
     "Day 3.6. Your tutor and headteacher will ask questions; your tutor marks the dialogue against the two "
     "learning outcomes and records the mark on the Task 3B record sheet, which your headteacher signs."),
    ("Task 3F  Coaching log (Module 3, formative)",
     [["Length", "a log of three coaching conversations and a 500-word reflection"],
      ["Learning outcomes practised", "Module 3 LO3 and LO7"]],
     "Coach a colleague through a small change in their practice over half a term, and reflect on how you "
     "made time for this alongside your other duties and what you delegated. Your tutor discusses the log "
     "with you at your third tutorial; it is not marked."),
]
for title, facts, body in BRIEFS:
    h2(title)
    table(facts, widths=[4.5, 11.5], header=False)
    para(body)

h2("Marking criteria")
para("Summative work is marked out of 100 against the learning outcomes the task tests. The pass mark is 50. "
     "Your tutor will use the descriptors below, and will comment on each learning outcome tested.")
table([
    ["Mark", "Knowledge and understanding", "Analysis and use of evidence", "Application to your school and pupils", "Communication"],
    ["70+", "Comprehensive and critical; engages with debate", "Sustained critical analysis; wide, well-chosen evidence",
     "Convincing link between your actions and pupils\u2019 achievement and well-being", "Fluent, precise, well structured"],
    ["60\u201369", "Thorough and accurate", "Analysis goes beyond description; good range of evidence",
     "Clear, well-justified implications for practice", "Clear and well organised"],
    ["50\u201359", "Sound, with minor gaps", "Some analysis; adequate evidence",
     "Implications identified but not fully argued", "Generally clear; minor lapses"],
    ["40\u201349 (fail)", "Incomplete or inaccurate in places", "Largely descriptive",
     "Weak or missing link to practice", "Unclear in places"],
    ["below 40 (fail)", "Serious gaps", "Little or no analysis", "No link to practice", "Poorly organised"],
], widths=[2.0, 3.6, 3.6, 3.8, 3.0])
h2("The Award")
para("To be awarded the Postgraduate Certificate and the National Award you must pass Task 1, Task 2, "
     "Task 3A and Task 3B, each with a mark of at least 50. Task 3A and Task 3B are combined into one "
     "module mark, but each must be passed in its own right. Formative tasks must be attempted but do not "
     "carry marks. The Examination Board meets in July and December.")

# ------------------------------------------------------------------ 8 Submission
h1("8  Submitting your work")
h2("How and when to submit")
para("Submit written tasks through the Turnitin link on the module page of Cressingham Learn by 4.00 pm on "
     "the date given in the brief. Put your student number, not your name, on the first page, state your "
     "word count, and use Harvard referencing. The word limit includes quotations but not the reference "
     "list or appendices; work more than 10% over the limit will be marked only up to the limit. Do not "
     "name pupils, staff or your school: use pseudonyms and say that you have done so.")
h2("Extensions and extenuating circumstances")
para("If illness or a serious problem at home or at school stops you meeting a deadline, ask your module "
     "leader for an extension before the deadline; up to ten working days can be granted by the module "
     "leader, and longer extensions by the Programme Leader. If something has affected your performance "
     "after you have submitted, use the University\u2019s extenuating circumstances form within five working "
     "days. Work submitted late without an extension is capped at 50 if it is up to five working days late "
     "and receives a mark of zero after that.")
h2("If you do not pass")
para("If a summative task is marked below 50 you will be offered a tutorial within two weeks of receiving "
     "your feedback, and you may resubmit the task once, within six weeks. A resubmitted task is capped at "
     "50. If the resubmission also fails, the Examination Board may allow you to repeat the module with "
     "attendance in the following year; otherwise you leave the programme with any credit you have already "
     "gained. For Task 3B, a second dialogue is arranged instead of a resubmission. Marks are provisional "
     "until they have been confirmed by the Examination Board.")

# ------------------------------------------------------------------ 9 Support
h1("9  Support for your learning")
h2("Your tutor and your tutorials")
para("You have a personal tutor for the whole programme, normally the leader of the module you start with. "
     "In each module you are entitled to three individual tutorials of up to 45 minutes, in person at the "
     "Teachers\u2019 Centre or by telephone: one to agree the focus of your task, one on your draft plan, and "
     "one on your formative task. You choose the pupil, the policy and the strand of provision you write "
     "about, so each task can be fitted to your school, your phase and what you most need to learn. Tutors "
     "answer emails about your tasks within five working days.")
para("The modules build on one another: Module 1 establishes the framework, Module 2 the knowledge of "
     "learners and teaching, and Module 3 asks you to lead. Optional twilight clinics after each study "
     "day are open to anyone who wants extra help with reading, academic writing or data.")
para("Fees. The fee for 2009\u201310 is \u00a31,290 for the whole programme. Lowbridge County Council pays "
     "\u00a3500 of this for SENCOs in its maintained schools, and pays supply cover for the Thursday study "
     "days. Holding study days at the Teachers\u2019 Centre and sharing the teaching with the Learning Support "
     "Service keeps the fee well below the University\u2019s standard postgraduate certificate fee.")
h2("Your school mentor")
para("Your headteacher names a school mentor for you, usually a member of the senior leadership team. Your "
     "mentor\u2019s role is to help you plan your directed tasks, to make sure you can get the information and "
     "the time you need for your assessed tasks, and to talk through your progress with you once a half "
     "term. We will send your mentor a copy of this handbook when your place is confirmed.")
h2("If you have a disability or other needs")
para("The University and the Council want every participant to be able to take a full part in the "
     "programme. The nomination form invites you to tell us about any disability, long-term health "
     "condition or specific learning difficulty; we ask so that we can make reasonable adjustments before "
     "you start, and the information is shared only with the people who need it to make those adjustments. "
     "You can tell us at any later point too. If you do, the University\u2019s Disability Support Service "
     "will meet you (at the Teachers\u2019 Centre if that is easier) and agree a Learning Support Plan, which "
     "may include materials in large print or electronic formats in advance of study days, a note-taker, "
     "rest breaks, extra tutorial time, and access arrangements for your assessments such as extra time or "
     "an alternative to the Task 3B dialogue. The Teachers\u2019 Centre is on one level, with an induction "
     "loop in both teaching rooms and an accessible car park. The programme operates under the "
     "University\u2019s Disability Equality Scheme and its Race and Gender Equality Schemes.")
h2("Library, online and specialist resources")
para("As a registered student you can use the University library in person and its electronic journals and "
     "e-books from home through Cressingham Learn, where each module also has its own page with session "
     "slides and task briefs. Reading lists for each module are posted on Cressingham Learn at the start "
     "of the module. The programme is research-informed throughout. You will need access to specialist "
     "assessment materials and assistive software in your own school; the programme does not provide "
     "them, although tutors can advise you on what to buy.")
para("Specialists you will meet. Educational psychologists, a speech and language therapist, autism outreach "
     "teachers and the Parent Partnership Service coordinator teach on Module 2. We do not arrange placements "
     "or visits to other settings; if you would like to spend time in a special school or resource base, "
     "your mentor can help you to arrange it.")

# ------------------------------------------------------------------ 10 Quality
h1("10  How we look after the quality of the programme")
para("At the end of each module you complete an online evaluation of the study days, the online units, "
     "the tasks and the tutoring, and halfway through each module your tutor runs a ten-minute "
     "\u2018temperature check\u2019 on the study day. The module leader writes a module report from your "
     "evaluations, the marks and the tutors\u2019 own review. The external examiner, Dr Gwen Albery of the "
     "University of Strathmere, reports each year on standards and on the assessment process. All of these "
     "go into the Annual Programme Monitoring Report, which is scrutinised by the School\u2019s Learning and "
     "Teaching Committee and ends in an action plan for the next cohort. At the first study day of each "
     "module we tell you what was changed as a result of the previous group\u2019s feedback.")
para("Headteachers and the local authority are not asked to evaluate the programme; their part is in "
     "nominating and supporting you and, for headteachers, in Task 3B.")
para("Marking and moderation. Every summative task is marked by your tutor. A second tutor marks at least "
     "one in four pieces of work for every task, chosen across the mark range, and every piece marked below "
     "50 or at 70 and above; the two markers agree a mark, and unresolved differences go to the Programme "
     "Leader. Before each Examination Board the tutors meet to moderate the marks for each task, and the "
     "external examiner receives a sample of every task, including all fails, and attends the Board. Tutors "
     "meet before marking each task to compare their marking of two sample scripts against the criteria.")
para("What difference does the programme make? At the end of Module 3 you will complete the Starting Point "
     "self-review again and a short confidence questionnaire, and the programme team compares the two "
     "self-reviews for the whole group in the Annual Programme Monitoring Report. The programme does not "
     "ask you to measure changes in your pupils\u2019 achievement.")

# ------------------------------------------------------------------ 11 After
h1("11  After the Award")
para("Day 3.6 is given over to what comes next. You will review your Starting Point self-review, and use "
     "the Next Steps planner to set two or three professional targets for the year after the programme, "
     "which you should then agree with your headteacher or line manager at your next performance "
     "management meeting. You present the plan in Task 3B. We will also explain how the 60 credits count "
     "towards the MA in Inclusive Education and introduce the Lowbridge SENCO Network, which meets termly.")

# ------------------------------------------------------------------ 12 Contacts
h1("12  Tutor contacts")
table([
    ["Name", "Role", "Contact", "Background"],
    ["Dr Miriam Castell", "Programme Leader; Module 1 leader; personal tutor",
     "m.castell@cressingham.ac.uk\n01632 960 412\nRoom E214, Eastgate Building",
     "SENCO and deputy head in two Lowbridge primary schools for 14 years; MA Special Educational Needs; EdD "
     "(2007) on SENCOs as middle leaders. Spends one day a week supporting SENCOs in Lowbridge schools."],
    ["Owen Treharne", "Module 2 leader; personal tutor",
     "o.treharne@cressingham.ac.uk\n01632 960 418",
     "Specialist teacher for specific learning difficulties in the Learning Support Service until 2008; "
     "MEd; AMBDA. Still assesses pupils for two Lowbridge secondary schools."],
    ["Dr Sunita Bhambra", "Module 3 leader; personal tutor",
     "s.bhambra@cressingham.ac.uk\n01632 960 433",
     "Secondary SENCO and assistant headteacher (11 years); PhD (2006) on the deployment of teaching "
     "assistants; governor of a Harbeck special school."],
    ["Jill Parfitt", "Link tutor, Lowbridge County Council",
     "jill.parfitt@lowbridge.gov.uk\n01632 960 550",
     "Head of the Learning Support Service; formerly headteacher of Ferncroft Special School."],
    ["Dr Rhys Mabey", "Visiting tutor (Module 2)", "via the Programme Administrator",
     "Senior Educational Psychologist, Lowbridge County Council."],
    ["Anita Grewcock", "Visiting tutor (Module 2)", "via the Programme Administrator",
     "Specialist speech and language therapist, Lowbridge Community Health."],
    ["Paula Denning", "Co-leader, Day 2.6", "via the Programme Administrator",
     "Coordinator, Lowbridge Parent Partnership Service."],
    ["Kerry Lomas", "Programme Administrator", "k.lomas@cressingham.ac.uk\n01632 960 400",
     "Nominations, CRB confirmations, extensions, Cressingham Learn accounts."],
    ["Disability Support Service", "Adjustments and Learning Support Plans",
     "dss@cressingham.ac.uk\n01632 960 300", "\u2014"],
], widths=[3.0, 3.4, 4.2, 6.4])
para("All tutors on the programme have worked in schools or SEN services within the last three years, and each "
     "attends at least one national SEN conference or course a year under the School\u2019s staff development "
     "plan.")

doc.save(OUT)
print("wrote", OUT)
