"""Build dv-01-handbook.docx: University of Wendlebury participant handbook (invented).

Provider: the Faculty of Education, University of Wendlebury (invented), in
partnership with Ousebridge City Council Children's Services (invented).
Programme: National Award for SEN Coordination, awarded as a Postgraduate
Certificate in Special Educational Needs Coordination, 60 credits at Level 7,
three 20-credit modules (M1 The SENCO, Policy and the Law; M2 Identifying and
Meeting Needs; M3 Leading and Developing Provision). Blended: study days at
the University plus online units on the VLE "WendleLearn". Submitted to the
TDA in February 2009 with a one-paragraph covering note, as the application.

Layout: a participant handbook written in the second person ("you will ...").
Heading styles; module pages each with Aims, Learning outcomes (the
provider's own numbered outcomes LO1.1 ... LO3.6, never the national codes),
Indicative content, and Assessment (word count plus the LOs each assessment
assesses); a calendar table; a participant's "before you start" checklist
with empty boxes; an FAQ; support and quality sections; a running header
and a footer (neither is evidence).

Traps and the requirement ids each affects:
- Blanket claim "Together, the three assignments assess every national
  outcome of the Award" while the module assessment lines leave LOs out
  (1.9 partially_met, 6.0 partially_met: the award rule is "passed all three
  module assessments").
- LO listed but left out of the module's "Assesses" line: LO1.2 disability
  equality (6.K3 partially_met), LO1.5 commitment of colleagues
  (6.A2 partially_met).
- Formative-only task: the M2 "Data task (formative)" is "not marked and does
  not count towards the Award" (6.S2b partially_met). The word "formative"
  there is about the participant's task, not whole-school formative
  assessment (6.S2c not_met: absent).
- Conditional assessment: LO3.2 deploying staff is assessed "only if your
  role includes line management of teaching assistants" (6.S4 partially_met).
- Indicative content only, no LO and no assessment: Every Child Matters
  (6.K2 partially_met), pupil voice and IEP reviews (1.5 partially_met,
  6.S7 partially_met), keeping up to date and a CPD record (6.A7
  partially_met).
- Absent outcomes: prioritising, time and delegation (6.A3 not_met); how
  children develop (6.K4 not_met).
- Wrong context: "access arrangements" and extra time are the participant's
  own adjustments for their assessments, not pupils' arrangements for
  national tests (6.S2d not_met; they do support 3.1 met).
- Responsibility shifted: the CRB disclosure is a box in the participant's
  own checklist and "your responsibility and your employer's"; host schools
  "may ask to see it". The provider verifies nothing (5.3 not_met).
- Negation in an FAQ: "Can I just be assessed? No." (2.3 not_met).
- Negation of experience: APCL up to 20 credits, but "the University does not
  award credit for experience alone" (2.1 partially_met).
- Aspiration: pupils' achievement "we are looking at ways of finding this
  out in future years" (5.9 partially_met: the confidence ratings are real);
  "We intend to set up a stakeholder reference group" (4.2 not_met);
  "We hope that completing the Award will be the start ..." plus a pointer
  to the MA only (2.5 partially_met).
- General terms: "headteachers and SENCOs tell us that new SENCOs need most
  help with ..." with no source, method or link to the design (4.1
  partially_met); nothing says how stakeholders shaped the programme.
- Mentors chosen by the headteacher with no preparation; only tutors are
  inducted and standardised (5.7 partially_met).
- Library and VLE only, no specialist resources or technology (5.6
  partially_met).
- Generic mission statement in the welcome ("Inclusion is at the heart of all
  we do"): no verdict rests on it.
- E-learning with tutor-moderated forum, webinars, tutorials and a School
  Link page for headteachers and mentors: 3.3 met (not a trap, but the
  engine must not call it not_applicable).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("dv-01-handbook.docx")
BOX = "\u2610"

doc = Document()
doc.core_properties.author = "Miriam Achterberg"
doc.core_properties.title = "National Award for SEN Coordination - Participant Handbook 2009-10"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = ("University of Wendlebury \u00b7 National Award for SEN Coordination \u00b7 "
                                 "Participant Handbook 2009\u201310")
sec.footer.paragraphs[0].text = "Version 1.2, February 2009. Faculty of Education, Riverside Centre."


def h(text, level):
    return doc.add_heading(text, level=level)


def p(text, bold_lead=None, style=None):
    para = doc.add_paragraph(style=style)
    if bold_lead:
        para.add_run(bold_lead).bold = True
    para.add_run(text)
    return para


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill="DCE6F1"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, header):
        c.text = ""
        c.paragraphs[0].add_run(v).bold = True
        shade(c)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    if widths:
        for r in t.rows:
            for c, w in zip(r.cells, widths):
                c.width = w
    return t


# ------------------------------------------------------------------ cover
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("UNIVERSITY OF WENDLEBURY\nFaculty of Education")
r.bold = True
r.font.size = Pt(16)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("National Award for SEN Coordination\n"
          "Postgraduate Certificate in Special Educational Needs Coordination\n"
          "Participant Handbook 2009\u201310\n"
          "in partnership with Ousebridge City Council Children\u2019s Services").bold = True

p("The Faculty of Education submits this handbook, which every participant receives at induction, as its "
  "application for approval to provide nationally accredited SENCO training. It is reproduced exactly as "
  "participants will receive it. Dr Miriam Achterberg, Programme Leader, 20 February 2009.",
  bold_lead="Note to the TDA. ").runs[1].italic = True

# ------------------------------------------------------------------ 1
h("1. Welcome", 1)
p("Welcome to the National Award for SEN Coordination at Wendlebury. We believe that every child can "
  "flourish, and that the SENCO is the person in a school who makes that belief real for pupils with special "
  "educational needs and disabilities. Inclusion is at the heart of all we do.")

# ------------------------------------------------------------------ 2
h("2. Your Award at a glance", 1)
p("The Award is a Postgraduate Certificate of the University of Wendlebury. It was validated by the "
  "University\u2019s Faculty Academic Board on 11 February 2009 as a 60-credit award at Level 7 (Master\u2019s "
  "level) of the Framework for Higher Education Qualifications.")
p("The programme aims to raise the achievement and improve the well-being of the children and young people "
  "with SEN and/or disabilities in your school \u2013 in all five Every Child Matters outcomes, not only in "
  "attainment \u2013 by developing your knowledge, understanding and skills as the teacher who leads SEN "
  "coordination. Each module\u2019s learning outcomes and content are built around that aim, and every "
  "assignment asks you to show, with evidence from your own pupils, what difference your work has made to "
  "their achievement and well-being \u2013 their attendance, their own view of how they are getting "
  "on, and their progress.", bold_lead="Aim. ")
p("Each module has a school-based task which you carry out in your own school between study days. Each task "
  "is tied to that module\u2019s learning outcomes, and each assignment asks you to plan, lead and evaluate a "
  "change in your school\u2019s practice, so that by the end of the Award you have used every module to change "
  "something for your pupils.", bold_lead="Learning in your school. ")
p("Together, the three assignments assess every national outcome of the Award. You will be awarded the "
  "National Award for SEN Coordination when you have passed all three module assessments.",
  bold_lead="Gaining the Award. ")

# ------------------------------------------------------------------ 3
h("3. Before you start", 1)
h("3.1 Who the programme is for", 2)
p("To join the programme you must hold QTS, have at least two years\u2019 teaching experience and be in post as "
  "SENCO or be named by your headteacher as the SENCO designate. The programme leader reads "
  "every application against these requirements and telephones any applicant whose experience of SEN seems "
  "too limited for them to benefit from the programme. If you do not yet meet the entry requirements, she "
  "will tell you what you need to do first and will talk this through with your headteacher.")
h("3.2 Your Self-Review and Individual Learning Plan", 2)
p("Before the induction day you complete the Award Self-Review on WendleLearn. It sets out the national "
  "outcomes of the Award as 41 statements, and for each one you rate yourself from 1 (new to me) to 4 (I do "
  "this confidently and could show evidence), adding a short example. Your personal tutor reads your "
  "Self-Review before your induction tutorial, in which you agree together your Individual Learning Plan "
  "(ILP). The ILP lists the outcomes you will concentrate on, the personal targets you set yourself for each "
  "module, and the optional workshops (Section 4) you will attend. You revisit your ILP with "
  "your tutor at the end of each module and record your progress towards your targets.")
h("3.3 Credit for previous study", 2)
p("If you have passed Master\u2019s-level modules in SEN or inclusion in the last five years, you can apply to "
  "the Faculty\u2019s Accreditation of Prior Certificated Learning (APCL) panel for up to 20 credits towards the "
  "Award \u2013 that is, exemption from one module \u2013 by sending your transcript and the assessed work to the "
  "programme administrator by 30 June. Please note that the University does not award credit for experience "
  "alone, however long: prior learning must have been assessed and certificated.")
h("3.4 Your checklist before you start", 2)
for item in ["I have completed the Award Self-Review on WendleLearn",
             "My headteacher has signed Part C of the application form",
             "My enhanced CRB disclosure is current",
             "I have told the programme administrator about any disability or support need",
             "I have a copy of the core text for Module 1"]:
    p(f"{BOX}  {item}")
p("Keeping your CRB disclosure up to date is your responsibility and your employer\u2019s. Schools you visit "
  "may ask to see it, so please bring it with you on visit days.")

# ------------------------------------------------------------------ 4
h("4. How your programme is organised", 1)
p("You choose a September or a January start. Module 1 and Module 2 can be taken in either order; Module 3, "
  "which draws the others together, always comes last. You may take up to two years, and you can pause "
  "between modules with your tutor\u2019s agreement.")
p("Each module combines face-to-face study days at the University\u2019s Riverside Centre with online units on "
  "WendleLearn, the University\u2019s virtual learning environment.")
p("Between study days your tutor moderates the discussion forum of your learning set and replies to posts and e-mails within three working days. Each learning set also meets "
  "in a one-hour evening webinar, led by the tutor, every three weeks. Your headteacher and your school mentor are given a log-in to the WendleLearn "
  "School Link page, which carries the study day dates, the school-based tasks and a termly newsletter from "
  "the programme team, and tutors use it to arrange their visits to your school. Tutors share their planning "
  "and marking notes with one another in the programme team\u2019s own WendleLearn area.",
  bold_lead="Support online. ")
p("As well as the core study days there are six optional twilight workshops. You attend the "
  "ones your ILP identifies. Because the workshops you attend are chosen from your ILP, you do not spend "
  "time \u2013 or your school\u2019s money \u2013 on what you already do well. The fee of \u00a31,450 covers the taught "
  "programme, assessment and WendleLearn; Ousebridge City Council pays half the fee for SENCOs in its "
  "maintained schools.", bold_lead="Optional workshops. ")

h("Calendar 2009\u201310 (September start)", 2)
table(["Date", "Session", "Where", "Module"], [
    ("Thu 17 Sep 2009", "Induction day: the Award, your ILP, WendleLearn", "Riverside Centre", "\u2013"),
    ("Thu 8 Oct 2009", "Study day 1: The law, the Code of Practice and the SENCO", "Riverside Centre", "M1"),
    ("Thu 19 Nov 2009", "Study day 2: Policy and governors", "Riverside Centre", "M1"),
    ("Mon 11 Jan 2010", "Module 1 assignment due", "\u2013", "M1"),
    ("Thu 21 Jan 2010", "Study day 3: Understanding needs", "Riverside Centre", "M2"),
    ("Feb 2010", "Online units 2.1\u20132.4; learning set webinars", "WendleLearn", "M2"),
    ("Thu 4 Mar 2010", "Study day 4: Parents, carers and other services", "Riverside Centre", "M2"),
    ("Thu 11 Mar 2010", "Specialist setting day (see Section 6)", "Special school or resourced base", "M2"),
    ("Thu 18 Mar 2010", "Cluster visit day: a colleague SENCO\u2019s school", "Host school", "M2"),
    ("Mon 26 Apr 2010", "Module 2 case study due", "\u2013", "M2"),
    ("Thu 6 May 2010", "Study day 5: Provision mapping and leading staff", "Riverside Centre", "M3"),
    ("Thu 24 Jun 2010", "Study day 6: Leadership project presentations", "Riverside Centre", "M3"),
    ("Mon 12 Jul 2010", "Module 3 project report due", "\u2013", "M3"),
], widths=(Cm(3.2), Cm(8.0), Cm(3.8), Cm(1.6)))

# ------------------------------------------------------------------ 5 modules
h("5. Your modules", 1)

h("Module 1: The SENCO, Policy and the Law (20 credits, Level 7)", 2)
p("To develop your understanding of the legal and policy framework for SEN and disability, and your ability "
  "to lead your school\u2019s SEN policy and its self-evaluation so that pupils with SEN and/or disabilities "
  "achieve well and are safe, healthy and included.", bold_lead="Aims. ")
p("By the end of the module you will be able to:", bold_lead="Learning outcomes. ")
for lo in [
    "LO1.1 explain the law and statutory guidance on SEN, including the SEN Code of Practice (2001), what they "
    "require of your school, of you as SENCO and of others, and put them into practice in your school;",
    "LO1.2 explain the duties of the Disability Discrimination Act 1995 (as amended in 2005), including the "
    "disability equality duty and accessibility planning, and the actions your school must take to meet them;",
    "LO1.3 explain the principles of school self-evaluation and improvement and, with other staff, review and "
    "evaluate how effective your school\u2019s provision for pupils with SEN and/or disabilities is, using the "
    "findings in the school\u2019s self-evaluation and improvement plan;",
    "LO1.4 advise your headteacher, senior colleagues and governors on the strategic development of an "
    "inclusive ethos and of policies, priorities and the use of resources, so that all pupils have access to "
    "the curriculum and take part in the wider life of the school;",
    "LO1.5 gain the commitment of colleagues, including your headteacher and senior leaders, to improving the "
    "outcomes of pupils with SEN and/or disabilities.",
]:
    p(lo, style="List Paragraph")
p("The SEN Code of Practice (2001) and the Special Educational Needs and Disability Act 2001; the Disability "
  "Discrimination Acts 1995 and 2005 and accessibility planning; the 2008 regulations on the SENCO role; "
  "Removing Barriers to Achievement (2004); Every Child Matters: Change for Children (2004) and its five "
  "outcomes; Ofsted (2004) Special educational needs and disability: towards inclusive schools and Ofsted "
  "(2006) Inclusion: does it matter where pupils are taught?; the self-evaluation form; working with "
  "governors; keeping yourself up to date \u2013 NASEN, journals, local SENCO networks \u2013 and "
  "starting your own CPD record.", bold_lead="Indicative content. ")
p("Policy review, 4,000 words. You review your school\u2019s SEN policy and practice against the law and the "
  "Code of Practice, carry out with colleagues an evaluation of one area of SEN provision, and write "
  "recommendations for your governors, with evidence of the effect on the pupils concerned. "
  "Assesses LO1.1, LO1.3 and LO1.4.", bold_lead="Assessment. ")

h("Module 2: Identifying and Meeting Needs (20 credits, Level 7)", 2)
p("To develop your skills in identifying and meeting needs, and in working with parents, carers and other "
  "professionals.", bold_lead="Aims. ")
p("By the end of the module you will be able to:", bold_lead="Learning outcomes. ")
for lo in [
    "LO2.1 describe the most common types of SEN and disability \u2013 behavioural, emotional and social "
    "difficulties, specific learning difficulties including dyslexia, speech, language and communication "
    "needs, autistic spectrum disorders and moderate learning difficulties \u2013 and explain how each can "
    "affect a child\u2019s learning;",
    "LO2.2 critically evaluate approaches, strategies and resources, including ICT, for assessment, planning, "
    "teaching and learning, and use them to remove barriers to learning and personalise provision;",
    "LO2.3 identify pupils who may have SEN and/or disabilities using classroom observation, data and "
    "assessment, set them appropriately challenging targets, plan interventions and review their progress;",
    "LO2.4 use assessments made by educational psychologists, speech and language therapists and other "
    "professionals to develop teaching and learning approaches;",
    "LO2.5 use summative assessments, including national tests, to track pupils\u2019 progress and change their "
    "programmes;",
    "LO2.6 build fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
    "disabilities and with their parents and carers, and liaise with parents and carers to promote their "
    "children\u2019s learning and development;",
    "LO2.7 explain the scope and role of the external agencies and voluntary organisations that serve your "
    "school and how to obtain specialist support and resources, and work in partnership with them.",
]:
    p(lo, style="List Paragraph")
p("The five areas of need above; Inclusion Development Programme (2008) materials on dyslexia and on speech, "
  "language and communication needs; the Bercow Review (2008); assessment tools and ICT such as "
  "text-to-speech; individual education plans and target setting; pupil "
  "voice: why it matters and ways of involving pupils in their IEP reviews; working with parents and carers, "
  "including structured conversations and the Parent Partnership Service; multi-agency working, the Common "
  "Assessment Framework and the team around the child; advising a colleague SENCO.",
  bold_lead="Indicative content. ")
p("On the cluster visit day you spend the day in "
  "the school of a SENCO from another cluster, then write a short note of advice for that "
  "SENCO and discuss it with them when they make the return visit to your school.",
  bold_lead="School-based task. ")
p("Case study, 5,000 words, of two pupils with different needs in your school: how their needs were "
  "identified, what other professionals\u2019 assessments showed, the targets and interventions you planned, "
  "your work with their parents and with outside services, and the progress and well-being of each pupil. "
  "Assesses LO2.1, LO2.2, LO2.3, LO2.4, LO2.6 and LO2.7.", bold_lead="Assessment. ")
p("You analyse your school\u2019s end of key stage results for pupils with SEN and discuss them with your "
  "learning set. The data task is not marked and does not count towards the Award.",
  bold_lead="Data task (formative). ")

h("Module 3: Leading and Developing Provision (20 credits, Level 7)", 2)
p("To develop your leadership of SEN provision: planning and evaluating provision, deploying and developing "
  "staff, and drawing on research to improve practice.", bold_lead="Aims. ")
p("By the end of the module you will be able to:", bold_lead="Learning outcomes. ")
for lo in [
    "LO3.1 use provision mapping and management to plan provision for pupils with SEN and/or disabilities and "
    "identify ineffective or missing provision;",
    "LO3.2 deploy and manage teaching assistants and other staff effectively to support pupils with SEN and/or "
    "disabilities;",
    "LO3.3 support colleagues\u2019 professional development through observation and feedback, modelling, "
    "coaching and mentoring, and leading training;",
    "LO3.4 draw on research evidence, the outcomes of research into best practice in meeting SEN, and external "
    "advice, to improve your own and colleagues\u2019 practice;",
    "LO3.5 anticipate and resolve problems, make well-founded decisions and exercise sound judgement about "
    "provision for pupils with SEN and/or disabilities;",
    "LO3.6 express yourself clearly in speech and in writing, and listen to and understand the views of "
    "others.",
]:
    p(lo, style="List Paragraph")
p("Provision mapping and costing; deploying and managing teaching assistants; coaching and mentoring models; "
  "planning and leading INSET; small-scale action research and reading research critically; communicating "
  "with different audiences and handling difficult conversations.",
  bold_lead="Indicative content. ")
p("Leadership project report, 5,000 words, on a change in provision that you lead in your school, with "
  "evidence of its effect on the pupils concerned, and a 15-minute presentation with questions at study "
  "day 6. Assesses LO3.1, LO3.3, LO3.4, LO3.5 and LO3.6. LO3.2 is assessed only if your role includes line "
  "management of teaching assistants; if it does not, LO3.2 is not assessed.", bold_lead="Assessment. ")

# ------------------------------------------------------------------ 6
h("6. Support for you", 1)
p("Your headteacher chooses your school mentor, usually a senior leader, who meets you each half term to talk "
  "about your school-based tasks.", bold_lead="Your school mentor. ")
p("Every tutor on the programme takes part in the Faculty\u2019s induction for new programme tutors and in an "
  "assessment standardisation meeting before each marking period.", bold_lead="Your tutors. ")
p("Please tell us about a "
  "disability, a specific learning difficulty or a health condition on your application form or at any time "
  "afterwards. The University\u2019s Disability Advisory Service will agree "
  "with you a Learning Support Plan, which may include handouts in advance or in large print, a note-taker, "
  "extended deadlines, or extra time and rest breaks for your presentation. These access arrangements apply "
  "to your own assessments. The Riverside Centre and every school used for visits are checked for step-free "
  "access, and tutors are "
  "briefed on each participant\u2019s Learning Support Plan.", bold_lead="Disability and additional needs. ")
p("Study days include sessions led by Ousebridge\u2019s educational psychology service, its speech and language "
  "therapy team, the Sensory Support Service and the Ousebridge Autism Outreach team. On the specialist "
  "setting day you spend a day in one of Ousebridge\u2019s three special schools or its two resourced bases, "
  "chosen with your tutor from your ILP and arranged by the programme administrator.",
  bold_lead="Specialist expertise. ")
p("You can use the University library, including its online journals, and WendleLearn.",
  bold_lead="Library and learning resources. ")

# ------------------------------------------------------------------ 7
h("7. How we assure and improve quality", 1)
p("Dr Miriam Achterberg, Programme Leader, was SENCO in two Ousebridge secondary schools for eleven years and "
  "holds a PhD on the SENCO\u2019s part in school self-evaluation. Mr Rahul Desai, Senior Lecturer, is a former "
  "advisory teacher for autism and an accredited trainer for the Inclusion Development Programme. All tutors hold a Master\u2019s degree in SEN or "
  "inclusion and spend at least five days a year working in schools or on SEN research to keep their "
  "knowledge up to date.", bold_lead="Your tutors. ")
p("At the end of every module you complete an online evaluation. The external examiner, appointed by the University, samples assignments from every module "
  "and reports each year. The Programme Committee \u2013 the programme team, two participant representatives, "
  "the Ousebridge SEN adviser and a headteacher nominated by Ousebridge\u2019s headteachers\u2019 forum \u2013 meets "
  "each term, reviews the evaluations and the external examiner\u2019s report, and agrees changes. The changes "
  "are recorded in the Annual Programme Review and reported to you at the next study day under \u201cYou said, "
  "we did\u201d.", bold_lead="Evaluation. ")
p("Your tutor marks each assignment against the published assessment criteria and the University\u2019s "
  "Level 7 grade descriptors. A second tutor blind-marks a 20% sample of each module\u2019s assignments and "
  "every fail and distinction, and the external examiner moderates a sample from each module before the "
  "Examination Board confirms the marks.", bold_lead="Marking and moderation. ")
p("At the start and at the end of the programme you rate your confidence against the 41 Self-Review "
  "statements, and we compare the two ratings for every cohort. We would also like to know whether the pupils "
  "you work with achieve more as a result of your work on the Award, and we are looking at ways of finding "
  "this out in future years.", bold_lead="The difference the Award makes. ")
p("Ousebridge headteachers and SENCOs tell us that new SENCOs need most help with the law, with data and with leading "
  "teaching assistants. We intend to set up a "
  "stakeholder reference group, including parents and young people, to advise on the future development of "
  "the programme.", bold_lead="Where the programme comes from. ")

# ------------------------------------------------------------------ 8
h("8. When you finish", 1)
p("We hope that completing the Award will be the start of a new chapter in your professional life and that "
  "you will continue to grow as a leader of inclusion. Many of our graduates go on to the MA in Inclusive "
  "Education, to which your 60 credits can be transferred; details are available from the Faculty office.")

# ------------------------------------------------------------------ 9
h("9. Frequently asked questions", 1)
for q, a in [
    ("I have been a SENCO for nine years. Can I just be assessed?",
     "No. The Award is available only by following the taught programme, although you may be able to claim "
     "credit for previous Master\u2019s study (Section 3.3)."),
]:
    p(q, bold_lead="Q. ")
    p(a, bold_lead="A. ")

doc.save(OUT)
print("wrote", OUT.name)
