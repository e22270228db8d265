"""Build bw-01-carnhallow-faq.docx: University of Carnhallow CPD unit, FAQ prospectus (invented).

Provider: the Centre for Professional Learning (the University's CPD unit),
University of Carnhallow, working with Carnhallow City Council and Westmoor
County Council. Programme: Postgraduate Certificate in Special Educational
Needs Coordination (National Award), 60 credits at Level 7, three units and
three assignments, ten study days plus three online units on the
University's Moodle site ("CarnLearn"). Dated April 2009, first intake
September 2009. 2008-09 vocabulary (CRB, SEN Code of Practice 2001, DDA,
Every Child Matters, SEF, RAISEonline, TAs).

Layout: a one-page covering letter to the TDA (letterhead typed as Normal
paragraphs, values prose and a blanket claim about the outcomes), then an
applicant-facing prospectus written in the second person ("you") as a list
of questions and answers ("Who is the course for?", "How will I be
assessed?", "What if I can't attend a session?"). The questions are
Heading 2 paragraphs; there are no criterion numbers anywhere. The
national outcomes appear only in the "Assessment map" table: columns are
the three assignments, rows are the outcomes paraphrased in the unit's own
words, grouped under three merged group rows; cells say "Main focus",
"Contributes" or an em dash. A key under the table says that "Contributes"
is commented on in feedback but "is not one of the marking criteria", so
an outcome that only "Contributes" is NOT assessed for the award. Where
each outcome is developed is in the unit content lists under "What will I
study?". One outcome (formative assessment with colleagues) has no row.

Traps and the requirement each affects:
- Blanket claim in the covering letter: "every one of the national minimum
  outcomes is taught and assessed" is not evidence (1.9, 6.0).
- "Contributes" means formative feedback only: 6.A7 (Study Day 10 develops
  it, A3 only "Contributes"), 6.K4 (Unit 2 develops it, A2 "Contributes"),
  6.S2d (Unit 2 develops access arrangements, A2 "Contributes"): all
  partially_met.
- 6.A3: a row with dashes in every column and a note saying it "is not
  part of any assignment" and is "a matter for you and your line manager":
  neither developed nor assessed: not_met.
- 6.S2c: encouraging colleagues' formative assessment has no row and is
  not taught: not_met.
- Hence 1.9 and 6.0 partially_met: the award rule (pass all three
  assignments, each marked against its "Main focus" outcomes) is concrete,
  but some outcomes are never marked.
- 5.3 not_met (deferral/negation): "You won't need a new one ... we don't
  ask to see it" -- the check is left to the employer.
- 5.5 partially_met: specialist expertise is real (EP, SALT, ASD outreach
  teachers teach sessions), but visits to other settings happen only "if
  your headteacher agrees" and "we can sometimes help" (conditional).
- 5.7 partially_met: tutors have induction and standardisation, but school
  mentors are only "sent a copy of the Mentor Guide"; no briefing/training.
- Looks like traps but met (see notes_on_met): 4.3 the sentence "We are
  considering how parents and young people might also give us their views"
  is only an aspiration, but stakeholders already teach on the course, the
  Advisory Group receives the annual course report and checks its action
  plan, and headteachers are surveyed on impact, so 4.3 is met; 2.3 the assessment-only
  route is real, though phrased "Exceptionally, yes"; 3.3 the online units
  have tutor and peer support, fortnightly online tutorials between study
  days and e-mail contact with headteachers; 4.2 past-tense changes made
  after the 2008 pilot feedback are real influence; 5.9 baseline and
  follow-up pupil measures in Assignment 3 plus a survey of headteachers.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("bw-01-carnhallow-faq.docx")
DASH = "\u2014"

doc = Document()
doc.core_properties.author = "Rachel Tindall"
doc.core_properties.title = "PG Cert SEN Coordination - prospectus and covering letter"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for sec in doc.sections:
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text, bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def q(text):
    return doc.add_heading(text, level=2)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def cell_text(cell, text, bold=False, italic=False, center=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ============================================================ covering letter
para("UNIVERSITY OF CARNHALLOW", bold=True, size=14, space_after=0)
para("Centre for Professional Learning", bold=True, space_after=0)
para("Elmhurst Building, Priory Road, Carnhallow CH2 7QL", space_after=0)
para("Telephone 01872 553410   cpl@carnhallow.ac.uk", space_after=12)

para("17 April 2009", space_after=12)
para("Ms Philippa Farrant\nProgramme Approval Team\nTraining and Development Agency for Schools\n"
     "151 Buckingham Palace Road\nLondon SW1W 9SZ", space_after=12)
para("Dear Ms Farrant")
para("Application for approval to provide nationally accredited training for new SENCOs", bold=True)
para("I am pleased to enclose the University of Carnhallow's application for approval to provide the "
     "Postgraduate Certificate in Special Educational Needs Coordination (National Award) from "
     "September 2009. Rather than write a separate document for the panel, we have chosen to submit the "
     "prospectus that applicants will receive, because we believe that the best test of a course is "
     "whether the people who take it can understand what it will ask of them and what it will give them. "
     "Everything we describe below is what we will do; the prospectus has been agreed by the University's "
     "Faculty of Education Board of Studies and by our two partner authorities.")
para("The Centre for Professional Learning has run accredited SEN courses for teachers in the Carnhallow "
     "area since 1994, and in 2008 we piloted the first two units of this programme with 22 SENCOs from "
     "Carnhallow City and Westmoor. Inclusion is at the heart of what the Centre does, and we are proud of "
     "the long partnership with local schools that this course grows out of.")
para("The programme has been designed around the national minimum outcomes, and every one of the "
     "national minimum outcomes is taught and assessed. The Assessment map shows how the outcomes "
     "relate to the three assignments.")
para("If the panel would find it helpful, the Programme Leader, Mr Owen Brathwaite, and I would be glad "
     "to meet you or to answer any questions in writing.")
para("Yours sincerely", space_after=24)
para("Dr Rachel Tindall\nDirector, Centre for Professional Learning", space_after=6)
para("Enc. Prospectus 2009-10: Postgraduate Certificate in SEN Coordination (National Award)", italic=True)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ============================================================ prospectus
t = doc.add_heading("Postgraduate Certificate in Special Educational Needs Coordination (National Award)", level=1)
para("Prospectus 2009-10: your questions answered", bold=True, size=12)
para("Centre for Professional Learning, University of Carnhallow, with Carnhallow City Council "
     "and Westmoor County Council", italic=True)
para("Since September 2008 every teacher newly appointed as a school's special educational needs "
     "coordinator has had to be a qualified teacher, and from September 2009 new SENCOs will be expected to "
     "gain the National Award for SEN Coordination within three years of taking up the post. This course "
     "leads to that award. This prospectus tries to answer the questions that SENCOs and headteachers asked "
     "us most often during the 2008 pilot. If your question isn't here, ring Jo Pentreath on 01872 553412.")

q("Who is the course for?")
para("The course is for qualified teachers who have recently taken on the SENCO role in a maintained "
     "school or academy, or who will take it on by the end of the autumn term 2009. Teachers in special "
     "schools, pupil referral units and SEN support services are also welcome if coordinating provision "
     "is a significant part of their job.")
para("To join you need:")
bullets([
    "qualified teacher status and at least two years' teaching experience;",
    "a current or agreed SENCO role (or a role coordinating provision for pupils with SEN and/or "
    "disabilities);",
    "the support of your headteacher, who signs Part C of the application form and names a senior "
    "colleague to act as your in-school mentor;",
    "enough experience of teaching pupils with SEN to be able to make the most of the course.",
])
para("Every applicant has a 30-minute admissions conversation with one of the course tutors, by telephone "
     "or in person, and completes a short written task (a 500-word account of one pupil you have taught and "
     "what you did to help him or her make progress). The task and the conversation tell us whether you "
     "already have the knowledge and skills to reach all the course outcomes within the year. If we think "
     "you are not ready yet, we will tell you why, suggest what to do in the meantime (for example our "
     "ten-week Introduction to SEN short course, or shadowing an experienced SENCO in a cluster school) and, "
     "with your agreement, talk it through with your headteacher. You can re-apply for the January intake.")

q("What will the course do for me, and for the children I work with?")
para("The course has one main aim: to raise the achievement and improve the well-being of children and "
     "young people with SEN and/or disabilities in your school, by developing your knowledge, "
     "understanding and skills as the teacher who leads their provision. By 'achievement' we mean all five "
     "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being), not only test results. That aim runs through every "
     "unit and through the assessment. In Assignment 2 you report on your case study pupil's progress "
     "against targets for learning and for well-being, and in Assignment 3 you measure the effect of a "
     "change you have led on the progress, attendance or well-being of a group of pupils.")
para("By the end of the course you will have led at least one real improvement in provision in your "
     "school. Assignment 3 is built around it: you plan it with your mentor, carry it out over the spring "
     "and summer terms, and show what difference it made to practice in your school and to the pupils "
     "concerned.")

q("How is the course organised?")
para("The course is a Postgraduate Certificate of the University of Carnhallow, validated by the University's "
     "Senate in March 2009 and carrying 60 credits at Level 7 (masters level). The credits can count "
     "towards the University's MA in Inclusive Education. There are three units of 20 credits each, and "
     "each unit has one assignment:")
tab = doc.add_table(rows=1, cols=4)
tab.style = "Light Grid Accent 1"
hdr = tab.rows[0].cells
for c, h in zip(hdr, ["Unit", "Study days", "Online unit (CarnLearn)", "Assignment"]):
    cell_text(c, h, bold=True)
for row in [
    ("Unit 1: The SENCO, the law and the inclusive school", "Days 1-3 (autumn term)",
     "Online unit A: Legislation in practice (3 weeks)", "A1 Policy review, 4,000 words"),
    ("Unit 2: Knowing, assessing and planning for learners", "Days 4-7 (spring term)",
     "Online unit B: Types of need (4 weeks)", "A2 Case study, 4,000 words"),
    ("Unit 3: Leading provision and people", "Days 8-10 (summer term)",
     "Online unit C: Evaluating impact (3 weeks)", "A3 Development project: 3,500-word report and "
     "15-minute presentation"),
]:
    cells = tab.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v)
para("")
para("Study days run from 9.15 to 3.30 at the Elmhurst Building in Carnhallow or at the Westmoor Teachers' "
     "Centre in Lanreath, whichever is nearer to you; both venues run each study day in the same week. "
     "Between study days you work through the online units and carry out school-based tasks. Each unit has "
     "three or four school-based tasks (for example, auditing your school's SEN policy against the Code of "
     "Practice, observing a pupil in two contrasting lessons, or mapping the provision for one year group). "
     "Every task is linked to the outcomes the unit develops, and you bring the results to the next study "
     "day. Most participants complete in one academic year; you can take up to two years if you need to.")
para("There are two intakes: September and January. If you join in January you start with Unit 2 and "
     "take Unit 1 in the following autumn term; Units 1 and 2 can be taken in either order, but Unit 3 "
     "always comes last because the development project draws on both.")

q("What will I study?")
para("Unit 1: The SENCO, the law and the inclusive school", bold=True)
bullets([
    "The Education Act 1996, the SEN and Disability Act 2001 and the SEN Code of Practice (2001): what "
    "they require of the school, the governing body, the headteacher, the SENCO and class teachers, and "
    "how to turn them into day-to-day procedures.",
    "The Disability Discrimination Act 1995 and 2005, the Disability Equality Duty, accessibility planning "
    "and reasonable adjustments, and what your school has to do to meet them.",
    "Every Child Matters and the Children Act 2004, Removing Barriers to Achievement, and the SENCO's part "
    "in helping pupils reach the five outcomes.",
    "Recent inspection and research evidence: Ofsted's Inclusion: does it matter where pupils are taught? "
    "(2006), the Bercow Review of services for children with speech, language and communication needs "
    "(2008) and the Inclusion Development Programme. On Day 2 you learn to read a research article "
    "critically and to judge whether an approach is supported by evidence.",
    "Working with the headteacher, senior team and governors on SEN policy, ethos and the use of resources.",
])
para("Unit 2: Knowing, assessing and planning for learners", bold=True)
bullets([
    "How children develop (cognitive, language, social and emotional development) and how development is "
    "affected by SEN and disabilities and by the physical and social environment of the classroom.",
    "The most common kinds of need: behavioural, emotional and social difficulties; specific learning "
    "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
    "disorders; and moderate learning difficulties, and how each can affect learning. Online unit B "
    "covers these in depth, with short films made in Westmoor schools.",
    "Identifying pupils who may have SEN through observation, data and assessment; setting challenging "
    "targets; planning interventions; and reviewing progress with the pupil, the parents and colleagues.",
    "Using reports and assessments from educational psychologists, speech and language therapists and "
    "other professionals to plan teaching; using P scales, national curriculum assessments and national "
    "test results to track progress and change a programme that is not working.",
    "Teaching approaches and resources, including ICT and assistive technology, and how to choose between "
    "them; problem-solving 'clinics' on Day 6 in which you bring a difficult case and work out, with other "
    "SENCOs, what to do next.",
    "Access arrangements for national tests and public examinations: what is allowed, what evidence is "
    "needed and how early to start.",
    "Listening to pupils: ways of consulting children and young people, including those with little or no "
    "speech (Talking Mats, pupil-led reviews, pupil questionnaires), and involving them in setting and "
    "reviewing their own targets.",
    "Working with parents and carers: building trust, running review meetings, and giving advice, with "
    "the Carnhallow Parent Partnership Service.",
    "The work of other services and agencies, including voluntary organisations, and how to get specialist "
    "advice, support and resources.",
])
para("Unit 3: Leading provision and people", bold=True)
bullets([
    "Provision mapping and provision management: costing provision, spotting what is missing or not "
    "working.",
    "Deploying and managing teaching assistants and other support staff.",
    "Supporting colleagues: observing lessons and giving feedback, modelling, coaching and mentoring, and "
    "planning and leading staff training.",
    "Leading change: gaining the commitment of the headteacher, senior leaders and colleagues.",
    "School self-evaluation: the SEF, RAISEonline and the school improvement plan; reviewing the "
    "effectiveness of SEN provision with colleagues so that it feeds into self-evaluation.",
    "Presenting to governors and senior leaders: Day 9 includes a practice presentation with feedback.",
    "Study Day 10, 'Your next steps', looks at how to keep up to date after the course (journals, networks, "
    "nasen, LA SENCO forums) and at planning your own professional development.",
])

q("What happens before the course starts?")
para("About four weeks before your first study day you complete 'Starting Point', our needs analysis. It "
     "lists every course outcome with a short example of what it looks like in practice, and asks you to "
     "rate yourself, give evidence, and say which outcomes you think you need most help with. Your tutor "
     "then meets you (at school or at Elmhurst) for 45 minutes to talk it through. Because people often "
     "overrate knowledge that is out of date, the tutor checks your ratings against what you say and what "
     "your headteacher has written on Part C.")
para("Together you agree a Personal Learning Plan. It records your priority outcomes, the outcomes you "
     "already appear to meet (which tutors will still look for evidence of in your assignments), which "
     "optional workshops and online materials you should use, and the school-based tasks you will choose. "
     "It also sets out your personal outcomes for the year, in your own words, for example 'to set up a "
     "pupil-led review system in Key Stage 3'. Your tutor reviews the plan with you at the end of each "
     "unit, and your assignment topics are chosen to fit it. Tutorial time is weighted towards the "
     "priorities in your plan, so two people on the same course can have quite different years.")

q("Can I get credit for study or experience I already have?")
para("Yes. If you have passed relevant Level 7 study in the last five years (for example a certificate in "
     "specific learning difficulties or in autism), you can claim up to 20 credits by accreditation of "
     "prior learning (APL), which exempts you from one unit. If your experience is uncertificated, you "
     "can claim credit for it (APEL) by putting together a short portfolio showing how it meets the "
     "outcomes of the unit concerned; a tutor assesses the portfolio and the Faculty's APL panel confirms "
     "the award of credit. Claims must be made by the end of your first month. In either case your "
     "Starting Point discussion will take your prior learning into account.")

q("I've coordinated SEN provision for years. Do I have to attend?")
para("Exceptionally, yes, you can be assessed without attending. If you have at least three years' recent "
     "experience of coordinating SEN provision, or you work in an LA SEN support service, you can apply "
     "for the assessment-only route. The Programme Leader interviews you and looks at your Starting Point "
     "needs analysis. If you are accepted, you submit all three assignments (including the presentation "
     "for Assignment 3) within twelve months, with a tutorial before each, and you are assessed against "
     "the same outcomes and criteria as everyone else. The fee for this route is \u00a3650. We expect only "
     "a handful of people a year to be suitable.")

q("How will I be assessed?")
para("You are assessed through three assignments, one at the end of each unit:")
bullets([
    "A1 Policy review (4,000 words). A critical review of your school's SEN policy and practice against "
    "the law, the Code of Practice, the Disability Equality Duty and research evidence, ending with "
    "recommendations for your senior leadership team and governors.",
    "A2 Case study (4,000 words). A study of one pupil (with the consent of the pupil and parents): how "
    "the pupil's needs were identified and assessed, including advice from other professionals; the "
    "targets, interventions and review; how the pupil and parents were involved; and what progress the "
    "pupil made in learning and well-being.",
    "A3 Development project. You plan, lead and evaluate a development in SEN provision in your school, "
    "for example a new provision map, a change in how teaching assistants are deployed, or a programme of "
    "staff training that you lead. You take baseline measures of the pupils concerned before you start "
    "and measure again at the end. You write a 3,500-word report and give a 15-minute presentation to "
    "two tutors and, where possible, your headteacher or a governor.",
])
para("Each assignment is marked against particular course outcomes. The Assessment map below shows which. "
     "The outcomes are grouped in the same way as the national outcomes but are written in our own words.")

para("Assessment map", bold=True, size=11)
amap = doc.add_table(rows=1, cols=4)
amap.style = "Table Grid"
amap.alignment = WD_TABLE_ALIGNMENT.CENTER
h = amap.rows[0].cells
for c, v in zip(h, ["Course outcome: by the end of the course you will be able to show that you...",
                    "A1 Policy review", "A2 Case study", "A3 Development project"]):
    cell_text(c, v, bold=True, size=9)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

MF, CO, NO = "Main focus", "Contributes", DASH
ROWS = [
    ("G", "How you work: your professional attributes"),
    ("build fair, respectful and supportive relationships with pupils with SEN or disabilities and with "
     "their families", NO, MF, CO),
    ("win the commitment of colleagues, including the headteacher and senior leaders, to better outcomes "
     "for these pupils", NO, CO, MF),
    ("manage your workload, set priorities and delegate well *", NO, NO, NO),
    ("anticipate and solve problems and make sound, well-founded judgements about provision", NO, MF, CO),
    ("communicate clearly in speech and in writing, and listen to and understand other people's views",
     MF, MF, MF),
    ("use research evidence and outside advice to improve your own and colleagues' practice", MF, CO, CO),
    ("keep up to date and take charge of your own professional development in SEN and disability",
     NO, NO, CO),
    ("G", "What you know and understand"),
    ("SEN law and guidance, including the Code of Practice, what they mean for the school and how to put "
     "them into practice", MF, CO, NO),
    ("Every Child Matters and how the SENCO helps children reach the five outcomes", CO, MF, NO),
    ("disability equality law and what it requires schools to do", MF, NO, NO),
    ("how children develop and what can affect their development, including SEN, disability and the "
     "learning environment", NO, CO, NO),
    ("the main types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
     "affect learning", NO, MF, NO),
    ("approaches, strategies and resources for assessment, planning, teaching and learning, including "
     "ICT, and how to use them to remove barriers", NO, MF, CO),
    ("how school self-evaluation and improvement work for pupils with SEN and disabilities", NO, NO, MF),
    ("what research and best practice say about meeting special educational needs", MF, CO, NO),
    ("what external agencies do and how to get specialist support and resources", NO, MF, NO),
    ("G", "What you can do: leading provision"),
    ("work with senior leaders and governors to shape an inclusive ethos, policies, priorities and the "
     "use of resources", CO, NO, MF),
    ("identify pupils who may have SEN or disabilities, set challenging targets, plan interventions and "
     "review progress", NO, MF, NO),
    ("   \u2026 using assessments from other professionals to plan teaching", NO, MF, NO),
    ("   \u2026 using summative assessment, including national tests, to track progress and change "
     "programmes", NO, CO, MF),
    ("   \u2026 identifying and arranging access arrangements for tests and examinations in good time",
     NO, CO, NO),
    ("use provision mapping to plan provision and find what is missing or not working", NO, NO, MF),
    ("deploy and manage teaching assistants and other staff", NO, NO, MF),
    ("support colleagues' professional development through observation and feedback, modelling, "
     "coaching and training", NO, NO, MF),
    ("review the effectiveness of provision with colleagues to inform the school's self-evaluation",
     NO, NO, MF),
    ("involve pupils in planning, agreeing and reviewing their own provision", NO, MF, NO),
    ("work with parents and carers to support their child's learning and development", NO, MF, NO),
    ("work in partnership with other services and agencies, including voluntary organisations",
     NO, MF, CO),
]
for row in ROWS:
    cells = amap.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[3])
        cell_text(m, row[1], bold=True, size=9)
        shade(m, "D9E2F3")
        continue
    cell_text(cells[0], row[0], size=9)
    for c, v in zip(cells[1:], row[1:]):
        cell_text(c, v, center=True, size=9, bold=(v == MF))
for r in amap.rows:
    r.cells[0].width = Cm(9.0)
    for c in r.cells[1:]:
        c.width = Cm(2.6)

para("")
para("Key. Main focus: this outcome is one of the marking criteria for the assignment, and you must show "
     "it to pass. Contributes: you will draw on this outcome in the assignment and your tutor will comment "
     "on it in your feedback, but it is not one of the marking criteria. " + DASH + ": not part of this "
     "assignment.", italic=True, size=9)
para("* Managing your workload is not part of any assignment. It is a matter for you and your line "
     "manager, and we do not teach it as a separate topic.", italic=True, size=9)
para("To be awarded the Postgraduate Certificate you must pass all three assignments. Each assignment is "
     "marked against the outcomes shown as Main focus for it, using the University's Level 7 grade "
     "descriptors, and you pass an assignment only if every Main focus outcome is met. If you do not pass "
     "an assignment you may resubmit it once, within eight weeks, after a tutorial.")

q("Who marks my work, and how do you make sure it's fair?")
para("Your unit tutor marks each assignment against the marking criteria, which are published in the "
     "course handbook. A second tutor blind-marks every script that is a fail or a borderline pass and a "
     "20% sample of the rest, and the presentations for Assignment 3 are always assessed by two tutors "
     "together. After each unit the tutors hold a moderation meeting at which they compare marks on a "
     "sample across all tutor groups. The external examiner, Professor Lynne Adeyemi of the University of "
     "Calderbrook, sees a sample of every assignment, attends the summer Board of Examiners and reports "
     "to the University each year.")
para("New tutors have a half-day induction with the Programme Leader, are given the tutor handbook and "
     "are paired with an experienced tutor for their first unit. All tutors take part in a standardisation "
     "meeting before marking begins, at which they mark two sample scripts and agree the standard. We send "
     "your mentor a copy of the Mentor Guide when you start the course.")

q("What if I can't attend a session?")
para("We know that SENCOs get called into annual reviews and crises at short notice. Every study day runs "
     "twice in the same week (once at Elmhurst and once at Lanreath), so you can usually swap to the other "
     "venue by e-mailing the course office. If you miss both, the slides, handouts and a recording of the "
     "main input are posted on CarnLearn the next day, and your tutor will set you a short catch-up task and "
     "talk it through with you at the next online tutorial. You need to attend at least eight of the ten "
     "study days; if illness or another serious reason keeps you away for longer, you can suspend your "
     "studies and rejoin the next intake at the point you left.")

q("How does the online part work?")
para("Each unit has an online unit on CarnLearn, the University's Moodle site, which you work through "
     "between study days. Each online unit has readings, short films and activities, and ends with a task "
     "that you post to your tutor group's discussion forum. Your e-tutor (one of the course tutors) "
     "follows the forum, replies to questions within two working days and sums up each week's discussion. "
     "Tutor groups of eight to ten people are also expected to comment on each other's posts.")
para("Between study days there is a one-hour online tutorial every fortnight, held in the evening on "
     "CarnLearn's live classroom, and you can book a 20-minute telephone or video tutorial with your tutor "
     "at any time. Before you start you are shown how to use CarnLearn on Study Day 1, and the University's "
     "IT helpdesk is open until 8pm on weekdays. Your headteacher and mentor are sent an e-mail update at "
     "the end of each unit with the dates of the next study days and the school-based tasks, and tutors "
     "share a staff area on CarnLearn where they plan and compare notes on forum activity.")

q("I have a disability. What support can I expect?")
para("The application form asks whether you have a disability or any other need we should know about, "
     "and explains why we ask: so that we can make adjustments before you start, not after something has "
     "gone wrong. If you tell us, the University's Disability Adviser contacts you before the course to "
     "agree a support plan, which might include materials in large print or electronic format, a "
     "note-taker or British Sign Language interpreter at study days, parking near the door, rest breaks, "
     "extra time for assignments or a different format for the presentation. Both venues are fully "
     "accessible, with hearing loops in the main rooms. You can tell us at any point, not only when you "
     "apply, and we will not share what you tell us without your permission.")
para("Admissions decisions are made on the criteria above only, and tutors who mark your work do not see "
     "your support plan unless you ask them to. This prospectus is available in large print, in Braille "
     "and as an audio file, and the course office will read it through with you over the phone if that "
     "helps.")

q("Do I need a CRB check?")
para("You won't need a new one. As a serving teacher you will already have been checked by your employer "
     "when you were appointed, so we don't ask to see it.")

q("Who will teach me?")
para("The course team are all experienced SEN practitioners as well as university tutors:")
bullets([
    "Owen Brathwaite, Programme Leader: SENCO in two Carnhallow secondary schools for eleven years; MA in "
    "Inclusive Education; teaches Unit 3.",
    "Dr Meera Chaudhry: former specialist teacher for speech, language and communication needs in "
    "Westmoor; PhD on pupil participation in reviews; teaches Unit 2.",
    "Gail Hosking: educational psychologist with Carnhallow City Council (0.4 seconded to the University); "
    "teaches assessment and child development in Unit 2.",
    "Dr Simon Treloar: Senior Lecturer in Education Law and Policy; author of the Westmoor SEN policy "
    "guidance for schools (2007); teaches Unit 1.",
    "Ann Mayhew: SENCO and assistant headteacher at Penwithick Vale Primary School, seconded for one day a week; "
    "tutor for the primary tutor group.",
])
para("All tutors spend at least five days a year in schools outside their teaching on the course, and the "
     "team takes part in the Faculty's research seminar on inclusion.")

q("Will I meet other specialists or spend time in other settings?")
para("Specialist sessions are taught by practitioners: a speech and language therapist from the Westmoor "
     "NHS Trust, teachers from the Carnhallow Autism Outreach Service, an officer from the Parent Partnership "
     "Service and a team of young people from the Westmoor Youth Forum who run a workshop on being "
     "consulted. If your headteacher agrees, you can spend a day in a special school or resource base to "
     "see another kind of provision, and we can sometimes help you find one.")

q("What resources can I use?")
para("You have full access to the University library, including its online journals and the Inclusion "
     "Collection of SEN tests, assessment materials and teaching resources, which you can borrow for up "
     "to four weeks. The Elmhurst Building has an assistive technology suite (screen readers, "
     "voice-recognition software, symbol software, switch-access devices and a range of communication "
     "aids) that you can book for school-based tasks, and the Westmoor Teachers' Centre holds a duplicate "
     "set of the most-used assessment materials. You are also given a course reader for each unit.")

q("Who else has shaped the course?")
para("Before we designed the course we asked SENCOs and heads what they needed. In the summer of 2007 we "
     "sent a questionnaire to all 214 schools in Carnhallow City and Westmoor (138 replied), held two focus "
     "groups with 19 SENCOs, and met the SEN teams and Parent Partnership Services of both authorities. "
     "The clearest messages were that SENCOs wanted more on leading and managing support staff, more "
     "practical help with data, and study days that did not all fall on the same weekday. Both authorities "
     "also told us that provision mapping was a priority in their SEN strategies.")
para("Those findings shaped the course. Unit 3 was built around managing support staff and provision "
     "mapping; the data workshop in Unit 2 was added; and study days alternate between Tuesdays and "
     "Thursdays. After the 2008 pilot, participants asked for more time on autism and for the online units "
     "to be shorter, so we added an autism session taught by the Autism Outreach Service and cut each "
     "online unit by a week. Parents on the Parent Partnership steering group asked us to give more weight "
     "to parents' views of reviews, and Assignment 2 now asks you to include them.")
para("The course Advisory Group, which meets twice a year, includes the two authorities' principal SEN "
     "officers, two headteachers, two SENCOs from the pilot group and the manager of the Parent "
     "Partnership Service. It advises on content and on the dates and venues of study days. Local "
     "authority officers, Parent Partnership staff and young people from the Youth Forum also teach on the "
     "course (see above). We are considering how parents and young people might also give us their views "
     "on the course in future.")

q("How do you know the course works?")
para("We gather evidence in several ways:")
bullets([
    "you complete a short evaluation at the end of every study day and an online survey at the end of "
    "each unit;",
    "at the start and end of the course you rate your confidence and competence against every course "
    "outcome on the Starting Point form, so we can see where people have moved and where they have not;",
    "in Assignment 3 you measure the pupils involved before and after your development project (for "
    "example reading ages, P scale or national curriculum levels, attendance, or a well-being scale), and "
    "we collate these results across the cohort each year;",
    "twelve months after the course we send a short survey to your headteacher asking what has changed in "
    "SEN provision and in the progress of pupils with SEN;",
    "the external examiner reports on standards each year, and the University reviews the course through "
    "its annual monitoring and five-yearly periodic review;",
    "tutors observe one another teaching once a year.",
])
para("The Programme Leader brings all of this together in an annual course report, which goes to the "
     "Faculty Board and the Advisory Group with an action plan. The action plan is checked at the next "
     "meeting, and the changes made are reported to the next cohort in the course handbook (the section "
     "'You said, we did').")

q("What happens when I finish?")
para("Study Day 10 ends with a session on your next steps. You look back at your Personal Learning Plan "
     "and your Starting Point ratings, and use our Next Steps planner to draft two or three professional "
     "targets for the following year, which you then take to your performance management review with your "
     "line manager. Your tutor comments on the draft at your final tutorial. We also tell you about further "
     "routes, including the MA in Inclusive Education, into which your 60 credits transfer, and the "
     "specialist certificates in dyslexia and autism.")

q("How much does it cost?")
para("The fee for 2009-10 is \u00a31,300 for the full certificate. Carnhallow City Council and Westmoor "
     "County Council each pay \u00a3700 of the fee for SENCOs in their own schools, and TDA funding for the "
     "National Award is expected to cover the rest for new SENCOs. If you are exempted from a unit by APL "
     "the fee is reduced by a third. We keep costs down by running study days in the two centres twice in "
     "one week rather than hiring venues, by putting materials online rather than printing them, and by "
     "using tutors seconded from local schools and services.")

q("What does my headteacher need to do?")
para("Your headteacher signs the application, releases you for the ten study days (the authorities fund "
     "supply cover at the standard rate), and names a senior colleague as your mentor. Your mentor meets "
     "you at least once each half term to discuss your school-based tasks and your development project and "
     "signs the project plan for Assignment 3. Headteachers are invited to the Assignment 3 presentations.")

para("")
para("Centre for Professional Learning, University of Carnhallow. Prospectus 2009-10, version 2 (April "
     "2009). The University reserves the right to change the arrangements described here.", italic=True,
     size=8)

doc.save(OUT)
print("wrote", OUT)
