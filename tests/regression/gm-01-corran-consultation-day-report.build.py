"""gm-01-corran-consultation-day-report

Provider (invented): the Education and Training Department of the Corran Society
for Autism, a national autism charity based at Corran House, Wetherfield, applying
with the University of Haxby (Faculty of Education), which validated the course
as a 60-credit Postgraduate Certificate at Level 7 in December 2008.

Document kind: the report of a stakeholder consultation day (Saturday 15 November
2008) on the proposed award, issued in January 2009 and sent as the application
with a shaded note to the panel.  Part A records the day (a cover table, a table
of who came, the programme of the day).  Part B gives eight workshop themes, each
with what delegates said and a shaded "Our response" paragraph; a floating text
box holds post-it notes from the "graffiti wall".  Part C, "The course as it now
stands", describes the arrangements (heading styles C1-C12, a study-day table
with a vertically merged unit column).  Annex 1 maps the national outcomes in the
Society's own words to study days and assessments, with merged group rows;
Annex 2 lists staff.  Header and footer (page field).  Two Word comments.

Traps (requirement ids):
- Delegates' suggestions in Part B are not arrangements; only "Our response" and
  Part C commit the Society.  An LA adviser's request for an assessment-only
  route is refused because of university regulations (2.3 not_met, negation).
- Exam access arrangements are declared "outside the scope of the course" in B6
  and have no row in Annex 1 (6.S2d not_met).  Child development has no row and
  is never covered (6.K4 not_met).
- Pupil voice becomes "a thread running through every study day" with no session
  or task; the Annex row says not separately assessed (1.5, 6.S7 partially_met).
- Safeguarding section C10: the CRB checks described are on Society staff and
  Young People's Group facilitators, not on candidates; a comment asks whether
  candidates should be checked (comments are not part of the submission)
  (5.3 not_met, wrong-context + comment).
- Placements: the Society's schools host work-experience placements for local
  pupils (wrong context); participants' visits are only "on request" and "not part
  of the course" (5.5 partially_met).
- HaxLearn forums are peer-only; tutors do not monitor them and questions wait
  for study days (3.3 partially_met: e-learning without tutor support between
  sessions).
- Starting Points questionnaire used only to plan group topics and tutorial sets,
  no individual plan (2.2 partially_met).
- Progression offered only as the MA route (2.5 partially_met).
- Equality: a commitment and an accessible building only (3.1 partially_met).
- Stakeholder involvement in evaluation only wished for ("We would like...")
  (4.3 partially_met; involvement in delivery is concrete).
- Research drawn on, but no inspection evidence anywhere (1.3 partially_met).
- Tutors "experienced and know the course well"; heads get a letter (5.7 partially_met).
- Evaluation of participants' confidence only; "we do not at present collect
  information about pupils' progress" (5.9 partially_met).
- Award rule is passing the four assessments, plus a blanket claim that they
  "cover all of the national outcomes" while Annex 1 shows gaps (6.0, 1.9
  partially_met).
- Annex 1: A3, A7, K7, S2b taught but "Not separately assessed"/"Not assessed"/"-"
  (partially_met).  A comment on the K7 row promises a fix (not part).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from _gm_helpers import shade_cell, shade_par, page_field, text_box, set_cell

OUT = HERE / "gm-01-corran-consultation-day-report.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "The Corran Society for Autism \u00b7 Education and Training Department"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Shaping the Award: consultation day report, issued 23 January 2009 \u00b7 "
page_field(fp)

H = lambda t, l=1: doc.add_heading(t, level=l)


def P(t, style=None):
    return doc.add_paragraph(t, style=style)


def B(t):
    return doc.add_paragraph(t, style="List Bullet")


def response(t):
    p = doc.add_paragraph()
    r = p.add_run("Our response. ")
    r.bold = True
    p.add_run(t)
    shade_par(p, "E2EFD9")
    return p


def said(t):
    p = doc.add_paragraph()
    r = p.add_run("Delegates said. ")
    r.bold = True
    p.add_run(t)
    return p


doc.add_heading("Shaping the Award", level=0)
P("Report of the stakeholder consultation day on the proposed National Award for "
  "SEN Coordination, held at Corran House, Wetherfield, on Saturday 15 November 2008, "
  "with a description of the course as it now stands")

note = P("")
r = note.add_run("Note for the approval panel. ")
r.bold = True
note.add_run(
    "We have chosen to send this report as our application because it shows, more "
    "honestly than a fresh document could, how the course came to take its present "
    "shape. Parts A and B record the day: what delegates told us and how we responded. "
    "Part C and the two annexes describe the course as we will run it from February 2009. "
    "Where a suggestion in Part B is not taken up in Part C, we have not adopted it.")
shade_par(note, "DEEAF6")

t = doc.add_table(rows=6, cols=2)
t.style = "Table Grid"
rows = [
    ("Document", "Consultation day report and course description"),
    ("Prepared by", "Dr Helen Marsh, Head of Education and Training, with Dr Ian Pryce, University of Haxby"),
    ("Partner", "University of Haxby, Faculty of Education (validating institution)"),
    ("Status", "Final, approved by the Society's Education Committee on 20 January 2009"),
    ("Distribution", "All delegates; Society trustees; Haxby Faculty Board; TDA approval panel"),
    ("Contact", "training@corransociety.org.uk  \u00b7  Corran House, Mill Lane, Wetherfield"),
]
for i, (a, b) in enumerate(rows):
    set_cell(t.cell(i, 0), a, bold=True)
    shade_cell(t.cell(i, 0), "D9D9D9")
    set_cell(t.cell(i, 1), b)

# ---------------------------------------------------------------- Part A
H("Part A: The day")
H("A1 Why we held it", 2)
P("The Society has trained teachers and support staff in autism practice for more than "
  "twenty years, and since 2004 has run a Certificate in Autism Practice with the "
  "University of Haxby. When the Government announced that every new SENCO would need "
  "a nationally accredited qualification, schools and local authorities in the region "
  "began to ask whether we would offer one. Before deciding, we wanted to hear from the "
  "people the course would serve: SENCOs, headteachers, local authority officers, "
  "parents, and young people with autism themselves.")
P("In September 2008 we sent a short questionnaire to every SENCO on our mailing list and "
  "to the SEN teams of fourteen local authorities. We received 212 replies from SENCOs "
  "(a response rate of 41 per cent) and replies from eleven authorities. The consultation "
  "day was built around what those replies told us. The three needs SENCOs put first "
  "were: knowing the law and the Code of Practice well enough to explain it to colleagues "
  "and parents (named by 74 per cent); managing teaching assistants and other staff "
  "(61 per cent); and understanding a wider range of needs than the ones they had met in "
  "their own classrooms (58 per cent). Authorities put the quality of provision mapping "
  "and the SENCO's influence with senior leaders at the top of their lists.")

H("A2 Who came", 2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Group", "Invited", "Attended")):
    set_cell(c, h, bold=True)
    shade_cell(c, "D9D9D9")
for row in [
    ("SENCOs and assistant SENCOs (primary, secondary, special)", "60", "38"),
    ("Headteachers and deputy headteachers", "20", "9"),
    ("Local authority SEN officers, advisers and educational psychologists", "16", "12"),
    ("Parents and carers (through the Society's Family Support Service)", "15", "11"),
    ("Members of the Society's Young People's Group (aged 14 to 19)", "8", "6"),
    ("Society staff and University of Haxby staff", "14", "14"),
    ("Total", "133", "90"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

H("A3 Programme of the day", 2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Time", "Session", "Led by")):
    set_cell(c, h, bold=True)
    shade_cell(c, "D9D9D9")
for row in [
    ("09.30", "Welcome and what the questionnaire told us", "Dr Helen Marsh"),
    ("10.00", "\"What a good SENCO did for me\": the Young People's Group", "Group members with their facilitator"),
    ("10.40", "Workshop round 1 (themes B1 to B4)", "Table facilitators"),
    ("11.50", "The graffiti wall and coffee", "Everyone"),
    ("12.20", "Workshop round 2 (themes B5 to B8)", "Table facilitators"),
    ("13.30", "Lunch", ""),
    ("14.15", "Panel: a headteacher, a parent and an LA adviser answer questions", "Chaired by Dr Ian Pryce"),
    ("15.15", "What happens next", "Dr Helen Marsh"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

H("A4 How this report is set out", 2)
P("Part B takes each workshop theme in turn. For each we summarise what delegates said, "
  "drawing on the facilitators' notes and the flip charts, and then say in a shaded box "
  "what the course team decided when it met on 2 December 2008. Part C describes the "
  "course as it now stands, and Annex 1 shows where each of the national outcomes is "
  "taught and assessed.")

# ---------------------------------------------------------------- Part B
H("Part B: What we heard, and what we have done about it")

H("B1 What new SENCOs need most", 2)
p = said("The tables confirmed the questionnaire. New SENCOs described feeling \"the only person "
         "in the building who has read the Code\", and wanted confidence in explaining the law to "
         "colleagues and families. Several said that courses they had been on were strong on "
         "theory and weak on what to do on Monday morning. Headteachers wanted SENCOs who could "
         "hold their own in senior leadership meetings and use data. LA officers asked for "
         "better provision maps: one said that \"half the maps we see are lists of names\".")
text_box(p, [
    "**From the graffiti wall",
    "\"Please don't make it all about autism!\"",
    "\"Heads should come to at least one session.\"",
    "\"Online would help us in the Dales - 90 minutes each way.\"",
    "\"Ask the children. They know what works.\"",
    "\"Teach us to manage TAs, not just deploy them.\"",
    "\"Give credit for what we've already done.\"",
], width_pt=170, height_pt=190)
response("We have built the course around practice in participants' own schools. Every study "
         "day ends with a school task, and the main assignment in Unit 2 is an enquiry carried out "
         "in the participant's school (see C4). Provision mapping and the management of support "
         "staff each have a study day of their own (study days 5 and 6).")

H("B2 Getting in, and getting credit", 2)
said("Experienced SENCOs who had been in post for several years asked why they should sit "
     "through sessions on things they already do. Delegates who had already completed our "
     "Certificate in Autism Practice, or a university module, wanted that credit to count. "
     "Two LA advisers argued strongly for an assessment-only route, so that advisory "
     "teachers with long experience could present evidence without attending.")
response("Credit for earlier study and for experience is now part of the admissions process "
         "(C5). We looked carefully at the assessment-only route. The University's regulations "
         "require every candidate for the Postgraduate Certificate to be enrolled on, and taught "
         "in, both units, so we are not able to offer assessment without attendance, and we have "
         "told the advisers so. Experienced candidates can reduce their study through the prior "
         "learning arrangements instead.")

H("B3 Time, place and pace", 2)
said("This was the most heated discussion of the day. Rural SENCOs described journeys of an "
     "hour and a half and schools unwilling to release staff for full days. Others preferred "
     "Saturdays. Several asked for a route that could start in the spring. One table produced "
     "a long list of things that could be done online.")
response("There will be two intakes each year and a choice of weekday and Saturday groups (C8). "
         "Course materials, readings and a discussion forum will be on the University's "
         "HaxLearn site. We did not agree to a wholly online route: the team's view, and the "
         "view of most headteachers on the day, was that the study days are where the learning "
         "from one school meets the learning from another.")

H("B4 Autism, and everything else", 2)
said("A recurring worry, summed up on the graffiti wall, was that a course run by an autism "
     "charity would be an autism course. SENCOs said that in a typical school the biggest "
     "groups on the register are pupils with moderate learning difficulties, speech and "
     "language needs, behavioural, emotional and social difficulties and dyslexia. Parents, "
     "on the other hand, told us that autism is still poorly understood in many mainstream "
     "schools and asked us not to lose what makes our training distinctive.")
response("Study days 3 and 4 now cover the five most common areas of need in equal measure, "
         "with autism taught alongside the others rather than before them. The Society's research "
         "programme on autism and education will still inform the course, but we have asked "
         "colleagues from Haxby's speech and language and educational psychology courses to lead "
         "the sessions on dyslexia, language needs and behaviour.")

H("B5 Hearing pupils and working with families", 2)
said("The Young People's Group opened the day by describing the SENCOs who had made a "
     "difference to them. The common thread was being asked, and then being listened to. One "
     "young man said that his review meetings were \"about me but not with me\". Parents spoke "
     "about the difference between being informed and being involved, and about meetings held "
     "at times working parents could not manage.")
response("Working with families now has a study day of its own (study day 3), co-taught by "
         "parent trainers from the Society's Family Support Service. On consulting pupils, the "
         "team's view was that it should not be confined to one session. Rather than a single "
         "session, we will make pupil voice a thread running through every study day.")

H("B6 Tests, examinations and data", 2)
said("Secondary SENCOs asked for help with access arrangements for GCSE and national tests, "
     "which several described as the most stressful part of the year. Primary colleagues "
     "wanted to be able to use RAISEonline and P scales with confidence.")
response("Using national data to track progress is covered on study day 6. Access arrangements "
         "for tests and examinations are outside the scope of the course: they change every year, "
         "and the local authorities and the examination boards already run annual briefings that "
         "SENCOs attend.")

H("B7 Working in the school and beyond it", 2)
said("Delegates wanted more on leading colleagues: persuading a reluctant department, "
     "coaching teaching assistants, running training. LA officers wanted SENCOs who knew "
     "which service to call and how to make a good referral. Several SENCOs asked whether they "
     "could spend time in a specialist setting.")
response("Study days 5 and 7 deal with leading and developing colleagues; study day 3 with "
         "other services. On specialist settings, see C9.")

H("B8 Keeping it honest", 2)
said("The panel session ended with a question from a parent: how would we know whether the "
     "course made any difference to children? Headteachers wanted to be told how their SENCO "
     "was getting on.")
response("Our quality arrangements are in C12. We agree that the question of impact on "
         "children is the hardest one, and we say there what we can and cannot yet do.")

# ---------------------------------------------------------------- Part C
H("Part C: The course as it now stands")

H("C1 The award and its accreditation", 2)
P("The National Award for SEN Coordination is offered by the Society in partnership with the "
  "University of Haxby. It was validated by the University at its approval event on 9 December "
  "2008 as a Postgraduate Certificate of 60 credits at Level 7 (masters level), made up of two "
  "30-credit units. Participants are registered as students of the University, which confers the "
  "award. The credits may be carried into the University's MA in Inclusive Education.")

H("C2 What the course is for", 2)
P("The course exists to raise the achievement and improve the well-being of children and young "
  "people with special educational needs and disabilities, in all five of the Every Child "
  "Matters outcomes, by making their SENCOs more knowledgeable, more skilled and more "
  "influential. Its aims are that participants will:")
for a in [
    "lead provision in their schools so that pupils with SEN and disabilities make better progress "
    "in their learning and are healthier, safer and more fully part of school life;",
    "understand the law, guidance and policy that shape that provision, and put them into practice;",
    "work with colleagues, families, pupils and other services as partners;",
    "evaluate what their school provides, and change what does not work.",
]:
    B(a)
P("The assessments follow the same logic: each asks the participant to show what difference a "
  "piece of their work has made, or could make, to pupils' progress and well-being.")

H("C3 Structure and study days", 2)
P("There are eight study days, four in each unit, with three individual tutorials. Each unit "
  "runs over roughly one term and a half.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Unit", "Study day", "Content")):
    set_cell(c, h, bold=True)
    shade_cell(c, "D9D9D9")
sd = [
    ("Unit 1: Policy, Practice and Special Needs (30 credits)",
     "1. The SENCO and the law",
     "The Education Act 1996 and the SEN Code of Practice 2001; SENDA 2001; the SENCO regulations "
     "in prospect for 2009; Every Child Matters and the SENCO's part in the five outcomes; the "
     "Inclusion Development Programme."),
    ("", "2. Disability equality and inclusion",
     "The Disability Discrimination Act 1995 as amended in 2005; the disability equality duty, "
     "schemes and accessibility plans; reasonable adjustments for pupils; research on inclusion "
     "and its outcomes, with reading from the Society's research unit."),
    ("", "3. Families, pupils and other services",
     "Working with parents and carers (co-taught with parent trainers); multi-agency working, "
     "the Common Assessment Framework and referral routes; speech and language therapy, "
     "educational psychology, CAMHS and the voluntary sector."),
    ("", "4. Understanding needs",
     "Autism, speech, language and communication needs, dyslexia and other specific learning "
     "difficulties, behavioural, emotional and social difficulties, moderate learning "
     "difficulties, and how each affects learning; approaches, resources and ICT, including "
     "visual supports and communication aids."),
    ("Unit 2: Leading Provision and People (30 credits)",
     "5. Leading colleagues",
     "Influencing senior leaders and governors; shaping an inclusive ethos and policy; "
     "deploying and managing teaching assistants; workshop \"The SENCO's week\" on priorities, "
     "time and delegation."),
    ("", "6. Identifying, planning, tracking",
     "Identifying pupils with SEN; targets and interventions; using reports from other "
     "professionals; national data, RAISEonline and P scales; provision mapping and finding "
     "gaps."),
    ("", "7. Developing colleagues",
     "Observation and feedback, coaching and mentoring, planning training; helping teachers "
     "use assessment for learning with pupils with SEN; case problems and decisions."),
    ("", "8. Evaluating and improving",
     "Evaluating provision with colleagues; school self-evaluation and the SEF; research on "
     "effective provision; keeping up to date: journals, networks, research briefings."),
]
for u, d, c in sd:
    cells = t.add_row().cells
    set_cell(cells[0], u)
    set_cell(cells[1], d)
    set_cell(cells[2], c)
# merge the unit column
t.cell(1, 0).merge(t.cell(4, 0))
t.cell(5, 0).merge(t.cell(8, 0))
set_cell(t.cell(1, 0), sd[0][0], bold=True)
set_cell(t.cell(5, 0), sd[4][0], bold=True)

H("C4 Work in school", 2)
P("The course is rooted in participants' own schools. Each study day ends with a school task "
  "of two to four hours, agreed in advance with the headteacher, which participants bring back "
  "to the next day: for example, auditing the school's accessibility plan after study day 2, or "
  "drawing a map of the services the school uses after study day 3. In Unit 2 each participant "
  "carries out a school-based enquiry into an aspect of SEN provision, puts at least one of its "
  "recommendations into practice during the unit, and reports on what changed for pupils and "
  "staff. The school tasks build the participant's Professional Portfolio.")

H("C5 Admission, prior learning and starting points", 2)
P("Applicants must hold Qualified Teacher Status, work in a school in England, and either be "
  "the school's SENCO or be designated to take on the role within two years. The headteacher "
  "completes a supporting statement confirming the applicant's role and the school's "
  "commitment to release them for study days and school tasks. The programme leader then "
  "holds a telephone interview with each applicant, working through their experience against "
  "the course outcomes. Where an applicant is not yet ready, we explain what they would need "
  "to do first (often our one-term Autism and Inclusion short course, or a period leading an "
  "aspect of SEN in school) and speak to the headteacher about it.")
P("Credit for earlier study: participants who hold the Society's Certificate in Autism Practice, "
  "or other masters-level credit in SEN gained within the last five years, may apply for up to "
  "30 credits, normally against Unit 1. Credit for experience: experienced practitioners may "
  "claim Unit 1 by a portfolio mapped against its learning outcomes, assessed by two tutors "
  "and confirmed by the University's accreditation of prior learning panel. The fee for a "
  "portfolio claim is \u00a3150.")
P("Before the first study day, each participant completes the Starting Points questionnaire, "
  "rating themselves against each of the course outcomes. Tutors use the returns to plan "
  "which topics the group needs most and to put participants into tutorial sets.")

H("C6 Support for each participant", 2)
P("Every participant has a personal tutor from the course team who holds three individual "
  "tutorials with them, one at the start of each unit and one before the enquiry is written "
  "up. The enquiry topic is chosen by the participant with the tutor and the headteacher, so "
  "that it matches a priority in the school's development plan. Groups are capped at sixteen. "
  "The fee is \u00a31,200 a unit; four of the local authorities we consulted have agreed to meet "
  "half the fee for SENCOs in their schools, and the Society offers four bursaries a year.")
P("On completion, participants are invited to continue to the University's MA in Inclusive "
  "Education, where the Award's 60 credits count in full.")

H("C7 Access and equality", 2)
P("The Society is committed to equality of opportunity for everyone it works with and to "
  "challenging discrimination against disabled people. Corran House is fully accessible, with "
  "level access, a lift, a hearing loop in the main training room and a quiet room. We welcome "
  "applications from disabled teachers.")

H("C8 Routes and ways of studying", 2)
P("There are two intakes a year, in February and September. Participants can take the units "
  "in either order, and may take up to two years to complete. Each study day runs twice: on "
  "a weekday at Corran House and on a Saturday at the University's Haxby campus, and "
  "participants may move between the two. Between study days, participants use the "
  "University's HaxLearn site, where each study day has its slides, readings, a short "
  "recorded introduction and a discussion forum. The forums are for participants to support "
  "one another; tutors do not monitor them, and questions for tutors should be kept for study "
  "days and tutorials.")

H("C9 Who teaches, who else contributes, and what we can offer", 2)
P("The course team and their backgrounds are listed in Annex 2. Tutors are experienced and "
  "know the course well. Headteachers are sent a letter at the start of each unit explaining "
  "what their SENCO will be doing.")
P("Participants have access to a wide range of specialist expertise. The Society's own speech "
  "and language therapists, its clinical psychologist and its outreach teachers teach on study "
  "days 3 and 4, with colleagues from Haxby's educational psychology and speech and language "
  "programmes. Parent trainers co-teach study day 3, and two autistic adults from the Society's "
  "speakers' panel contribute to study day 4. LA advisers from two of the authorities we "
  "consulted act as guest tutors on study day 6.")
P("The Society's three schools already host work-experience placements for pupils from local "
  "mainstream secondary schools, and are well used to visitors. Participants who wish to see "
  "specialist practice can ask to visit one of the Society's schools; visits depend on the "
  "schools' availability and are not part of the course.")
P("Resources: participants may borrow from the Society's Information Centre (some 6,000 books, "
  "journals and DVDs on autism and SEN, with a postal loan service) and, as registered students, "
  "from the University library and its electronic journals. Corran House has an assistive "
  "technology room where participants try visual support software, communication aids and "
  "text-to-speech tools during study day 4.")

H("C10 Suitability and safeguarding", 2)
c10 = P("All Society staff who teach on the course, and the facilitators of the Young People's "
        "Group, hold enhanced CRB disclosures, renewed every three years in line with the "
        "Society's safeguarding policy. Visitors to the Society's schools are accompanied at all "
        "times.")
doc.add_comment(c10.runs, text="Ian: do we need to ask participants for their CRB details too? "
                "Haxby asks PGCE applicants but not CPD students. Let's decide before the panel.",
                author="Ian Pryce", initials="IP")

H("C11 Assessment and the award", 2)
P("Each unit has two assessed pieces:")
for a in [
    "Unit 1: Assignment 1, a 4,000-word review of the participant's school's SEN policy and "
    "practice against the Code of Practice, the disability equality duty and Every Child "
    "Matters; and a 15-minute presentation to the school's senior leadership team, observed "
    "by the tutor or recorded, proposing one change to the school's provision.",
    "Unit 2: Assignment 2, a 6,000-word report of the school-based enquiry, which must argue "
    "with evidence the likely effect of the change on pupils' progress and well-being; and the "
    "Professional Portfolio, marked pass or fail, which holds the school tasks, records of "
    "work with colleagues, families and services, and two profiles of pupils with different "
    "needs.",
]:
    B(a)
P("Every piece is first marked by the personal tutor. A second tutor marks all fails and a "
  "quarter of the remainder, chosen across grades; the markers then meet to agree marks before "
  "they go to the University's Board of Examiners. The external examiner, Dr Anne Rowley of "
  "the University of Dunmore, sees a sample from every unit, attends the Board and reports "
  "each year.")
P("The award is made to participants who pass all four assessments. Between them, the "
  "assessments cover all of the national outcomes for SENCOs (see Annex 1).")

H("C12 Quality and evaluation", 2)
P("Participants evaluate every study day on a one-page form and each unit by questionnaire. "
  "The Course Committee (the programme leader, the Haxby unit leader and two tutors) meets each term, reviews the evaluations, the marks and the "
  "external examiner's report, and keeps an action plan. What we change is reported back to "
  "participants on a \"You said, we did\" sheet at the next study day. The course is included "
  "in the University's annual monitoring and the Society's Education Committee receives a "
  "report each year.")
P("Participants rate their confidence against each outcome on the Starting Points "
  "questionnaire and again at the end of the course, so that we can see where confidence has "
  "grown. We do not at present collect information about pupils' progress; we recognise this "
  "is the harder question the parent asked on the day.")
P("Stakeholders already play a part in the course: parent trainers, autistic adults, "
  "specialist staff and LA advisers teach on it, and headteachers host the presentation in "
  "Unit 1. We would like members of the groups who came on 15 November to help us evaluate the "
  "first year, and will ask them in due course.")

# ---------------------------------------------------------------- Annexes
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
H("Annex 1: Where the national outcomes are developed and assessed")
P("The outcomes are given in the course's own wording. SD = study day; A1, A2 = Assignments 1 "
  "and 2; Pres = Unit 1 presentation; Port = Professional Portfolio.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Outcome (course wording)", "Where it is developed", "How it is assessed")):
    set_cell(c, h, bold=True)
    shade_cell(c, "BFBFBF")
groups = [
    ("Professional attributes", [
        ("Builds fair, respectful and constructive relationships with pupils with SEN and with their families",
         "SD3; SD6", "Port: reflective account of a review meeting, with the parent's comments"),
        ("Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils with SEN",
         "SD5", "Pres"),
        ("Sets priorities, manages time and delegates, checking delegated work is done",
         "SD5 workshop \"The SENCO's week\"", "Not separately assessed"),
        ("Anticipates and solves problems and makes sound decisions about provision",
         "SD7 case problems", "A2: decisions section"),
        ("Communicates clearly in speech and writing; listens to others' views",
         "All study days; SD5", "Pres; all written work"),
        ("Uses research and outside advice to improve own and colleagues' practice",
         "SD2; SD8; reading groups", "A2 literature review; Port: log of advice used with colleagues"),
        ("Keeps up to date and takes charge of own professional development in SEN",
         "SD8: journals, networks, research briefings", "Not assessed"),
    ]),
    ("Knowledge and understanding", [
        ("The SEN framework in law and guidance, including the Code of Practice, and how to apply it",
         "SD1", "A1"),
        ("Every Child Matters and the SENCO's contribution to the five outcomes", "SD1", "A1"),
        ("Disability equality law and what schools must do", "SD2", "A1: audit of the accessibility plan"),
        ("The main areas of need: autism, SLCN, dyslexia and SpLD, BESD, MLD, and their effect on learning",
         "SD4", "Port: two pupil profiles"),
        ("Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
         "SD4; SD6", "A2"),
        ("School self-evaluation and improvement as they bear on pupils with SEN", "SD8", "\u2014"),
        ("Best practice and research on meeting SEN", "SD2; SD8", "A2"),
        ("What other agencies do and how to get their help", "SD3", "Port: map of services and a joint-working record"),
    ]),
    ("Skills", [
        ("Works with senior leaders and governors to shape an inclusive ethos, policy and use of resources",
         "SD5", "Pres"),
        ("Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress",
         "SD6", "A2"),
        ("Uses other professionals' assessments to shape teaching", "SD6", "A2"),
        ("Uses summative and national data to track progress and adjust programmes",
         "SD6: RAISEonline, P scales", "Not assessed in this unit"),
        ("Helps other teachers develop formative assessment for pupils with SEN", "SD7",
         "Port: record of work with a colleague on assessment for learning"),
        ("Maps provision and identifies what is missing or not working", "SD6", "A2: provision map appendix"),
        ("Deploys and manages support staff well", "SD5", "Port: review of teaching assistant deployment"),
        ("Develops colleagues through observation and feedback, coaching and training", "SD7",
         "Port: observation and feedback record; training session plan and evaluation"),
        ("Reviews provision with colleagues to feed the school's self-evaluation", "SD8", "A2: evaluation chapter"),
        ("Involves pupils in planning and reviewing their provision", "A thread through all study days",
         "Not separately assessed"),
        ("Works with parents and carers", "SD3", "Port: reflective account of a review meeting"),
        ("Works with other services and voluntary organisations", "SD3", "Port: joint-working record"),
    ]),
]
k7_row = None
for g, items in groups:
    cells = t.add_row().cells
    m = cells[0].merge(cells[2])
    set_cell(m, g, bold=True)
    shade_cell(m, "E7E6E6")
    for o, w, a in items:
        cells = t.add_row().cells
        set_cell(cells[0], o)
        set_cell(cells[1], w)
        set_cell(cells[2], a)
        if o.startswith("School self-evaluation"):
            k7_row = cells[2]
doc.add_comment(k7_row.paragraphs[0].runs, text="Helen: we will add a task on the SEF to "
                "Assignment 2 for the September intake.", author="Helen Marsh", initials="HM")

H("Annex 2: Course team")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Name and role", "Background", "Teaches")):
    set_cell(c, h, bold=True)
    shade_cell(c, "BFBFBF")
for row in [
    ("Dr Helen Marsh, Head of Education and Training, programme leader",
     "Former secondary SENCO and LA autism adviser; PhD (autism and inclusion), Haxby 2003; Society research committee",
     "SD1, SD2, SD5; personal tutor"),
    ("Dr Ian Pryce, Senior Lecturer in Inclusive Education, University of Haxby, Unit 2 leader",
     "Former primary headteacher and SENCO; MA programme leader since 2005; Fellow of the Higher Education Academy",
     "SD6, SD8; personal tutor"),
    ("Sarah Quinn, Outreach Teacher", "Twelve years in the Society's outreach service; NPQH; MEd (SEN)",
     "SD4, SD7; personal tutor"),
    ("Marcus Bell, Speech and Language Therapist", "HPC registered; specialist in autism and SLCN", "SD3, SD4"),
    ("Dr Priya Nair, Clinical Psychologist", "Society clinical lead; research on anxiety in autistic pupils", "SD4"),
    ("Jo Whitfield, Family Support Service Manager", "Parent trainer; parent of an autistic young adult", "SD3"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

doc.save(OUT)
print("wrote", OUT)
