"""je-01-cairnlea-gas-record: builds je-01-cairnlea-gas-record.docx next to itself.

Provider (invented): the Cairnlea Trust, a national charity for children with acquired brain injury, whose
Education Service supports pupils returning to school after injury and trains school staff, applying with
the University of Marchbury, Faculty of Health and Education, for the 2008-09 National Award for SEN
Coordination ("the SENCO Award (Acquired Brain Injury Pathway)"), January 2009.

Document kind and layout: the Education Service writes every returning child's plan as a Goal Attainment
Scaling (GAS) record, and writes its course the same way: a "GAS Record" of seventeen programme goals. Each
goal is a table with a merged, shaded title row, a goal-setter / weight / review row, and five scaled rows
(+2 "much more than expected" down to -2 "much less than expected"), the third column carrying the markers
"NOW" (how the course runs from September 2009) and "BASELINE" (the unaccredited "Back to School" course of
2006-08). "How to read this record" says the NOW row is the course, the rows above NOW are stretch levels
"we have not arranged", and the baseline row is the past. Each goal table is followed by "What we do" prose in
the Service's own vocabulary (Study Days, Bridge Tasks, Goal Check-ins, Tasks A-C, the Starting Point Review,
CairnNet, the Family Panel, "The Rebuilders"). Heading styles for the goals; a merged cover table; header and
footer; one footnote; Word comments; tracked changes (a deleted sentence and an inserted phrase); an "Outcome
Goal Sheet" table of the 28 outcomes in the Trust's own words with columns "Built in" and "Rated in" and a key
saying Goal Check-ins are not marked.

Traps (requirement ids):
- GAS rows above NOW are only aspirations: a written CPD plan agreed with the head (2.5: only a talk on
  further study is NOW, partially_met); heads, parents and young people on an evaluation group (4.3: NOW is
  only that officers and the Family Panel receive the annual report, while Family Panel parents speak on
  Day 5 -> partially_met); baseline measures of pupils (5.9: NOW measures confidence and task results, "we do
  not yet gather evidence about pupils' progress" -> partially_met); pupil consultation practice and
  assessment (1.5, 6.S7: NOW sits at -1, a lecture mention only -> partially_met).
- Goal 11, direct assessment: NOW sits at -2, "We do not offer an assessment-only route" (2.3 not_met); a
  comment says one candidate was informally assessed in 2008 (comment, not evidence).
- Baseline rows describe the old course: a hospital-school placement day in 2007-08 (5.5: NOW placements only
  "being discussed", specialist expertise present -> partially_met).
- Flexibility: one September start, fixed order, Wednesdays only; a second January start exists only in a
  deleted tracked sentence and as a +1 stretch level (3.2 partially_met). CairnNet e-learning with tutor
  replies, study trios between days (3.3 met).
- CRB: the goal text describes checks on the Trust's own staff and mentors (wrong people); the claim about
  participants is only in the page footer (5.3 not_met).
- Moderation: an inserted tracked phrase adds the external examiner's review of the moderated sample (5.8 met,
  it stands as inserted).
- Award rule passes three marked tasks with compensation of one mark of 40-49; nothing says every outcome must
  be shown (6.0 partially_met, and 1.9 partially_met with the unassessed outcomes below). A comment asks
  whether to say all outcomes must be met (comment only).
- Outcome Goal Sheet: disability equality law "Not in this Award", covered in a separate briefing outside it
  (6.K3 not_met); no row at all for summative data / national tests (6.S2b not_met); "Rated in" empty for
  time management (6.A3), exam access arrangements (6.S2d), pupil participation (6.S7) -> partially_met;
  rated only in unmarked Goal Check-ins: own CPD (6.A7), school self-evaluation (6.K7), deploying staff (6.S4)
  -> partially_met.
- The validation footnote supports E.1/E.2 (both already met in the body).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _je_helpers import (new_doc, para, run, cell_text, shade_cell, table, ins, dele, comment, Footnotes,
                         header_footer, page_break, word_count)

HERE = Path(__file__).resolve().parent
NAME = "je-01-cairnlea-gas-record"
d = new_doc("Calibri", 10.5)
fn = Footnotes(d)
header_footer(d, "Cairnlea Trust Education Service  |  GAS Record: SENCO Award (ABI Pathway)  |  v3 for the TDA panel",
              "Cairnlea Trust, registered charity. Cairnlea Trust checks every participant's enhanced CRB "
              "disclosure before Day 1.")

TEAL = "1F6F78"
LIGHT = "DCEFF0"

# ---------------- cover ----------------
para(d, "CAIRNLEA TRUST  ·  EDUCATION SERVICE", bold=True, size=11, color=TEAL)
para(d, "Goal Attainment Scaling Record", bold=True, size=22, color=TEAL)
para(d, "Programme goal set: the SENCO Award (Acquired Brain Injury Pathway)", bold=True, size=13)
para(d, "National Award for SEN Coordination, with the University of Marchbury, Faculty of Health and Education",
     italic=True)

t = table(d, 5, 4)
cover = [("Record holder", "The SENCO Award course team", "Goal-setting meeting", "9 January 2009"),
         ("Goal setters", "Dr Ruth Allardyce (Head of Education Service); Mark Tennent (Course Leader); "
          "Dr Helen Okafor (University of Marchbury); two members of the Family Panel", "Review meeting",
          "July 2010, after the first cohort"),
         ("Record version", "3 (for the TDA approval panel)", "Number of goals", "17"),
         ("", "", "", ""),
         ("", "", "", "")]
for i, row in enumerate(cover[:3]):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), shade=(LIGHT if j % 2 == 0 else None))
m = t.cell(3, 0).merge(t.cell(3, 3))
cell_text(m, "Scale used on every goal", bold=True, shade=TEAL, color="FFFFFF")
m2 = t.cell(4, 0).merge(t.cell(4, 3))
cell_text(m2, "+2 much more than expected   +1 more than expected   0 expected level   "
              "-1 less than expected   -2 much less than expected")

para(d, "")
para(d, "Why a GAS record?", bold=True, size=12, color=TEAL)
para(d, "Every child our Education Service helps back into school after a brain injury has a Goal Attainment "
        "Scaling record. It is set at the first Return Meeting with the child, the family and the school, and it "
        "is scored again at every review. Teachers in more than four hundred schools have now seen one. When the "
        "course team sat down to plan the SENCO Award we found we were already talking in goals and levels, so "
        "we have written the course the way we write a child's plan. We hope the panel will find it a clear, "
        "honest picture: where the course stands, where it started, and where it still has to go.")
para(d, "How to read this record", bold=True, size=12, color=TEAL)
for s in ["Each goal has five levels. The level we expect to reach is 0.",
          "The row marked NOW describes the course as it will run from September 2009. That row, and the "
          "\"What we do\" notes under the table, are the course.",
          "Rows above NOW are stretch levels: we have not arranged them.",
          "The row marked BASELINE describes our unaccredited \"Back to School\" course, which ran for three "
          "cohorts between 2006 and 2008. It no longer runs.",
          "Where NOW sits below 0 we have said so plainly; those goals are not yet where we want them."]:
    para(d, s, style="List Bullet")


# ---------------- goal tables ----------------
def goal(num, title, setter, weight, rows, now, base, notes, review="July 2010"):
    """rows: five descriptions from +2 to -2; now/base: level ints."""
    d.add_heading(f"Goal {num}: {title}", level=2)
    t = table(d, 7, 3, widths=[2.2, 11.6, 2.8])
    top = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(top, f"GOAL {num}  ·  {title.upper()}", bold=True, color="FFFFFF", shade=TEAL)
    cell_text(t.cell(1, 0), "Goal setter", bold=True, shade=LIGHT)
    cell_text(t.cell(1, 1), f"{setter}   ·   Weight {weight}   ·   Review {review}")
    cell_text(t.cell(1, 2), "Where we are", bold=True, shade=LIGHT)
    labels = ["+2", "+1", "0", "-1", "-2"]
    for i, (lab, desc) in enumerate(zip(labels, rows)):
        lvl = 2 - i
        r = t.rows[i + 2]
        cell_text(r.cells[0], lab, bold=True)
        cell_text(r.cells[1], desc)
        mark = []
        if lvl == now:
            mark.append("◄ NOW")
        if lvl == base:
            mark.append("◄ BASELINE")
        cell_text(r.cells[2], "  ".join(mark), bold=True, color=TEAL)
        if lvl == now:
            for c in r.cells:
                shade_cell(c, "FFF3C4")
    para(d, "What we do", bold=True, color=TEAL)
    ps = []
    for n in notes:
        ps.append(para(d, n))
    return t, ps


goal(1, "A recognised masters qualification", "RA / HO", 3, [
    "Award holders can carry the 60 credits into both the MA Inclusive Education and the MSc Paediatric "
    "Neurorehabilitation with no further assessment.",
    "Award holders can carry the 60 credits into the MA Inclusive Education.",
    "The Award is validated by the University of Marchbury, Faculty of Health and Education, as a Postgraduate "
    "Certificate of 60 credits at Level 7 (masters level).",
    "The University has agreed the credit level; validation still to come.",
    "Certificate of attendance from the Trust; no academic credit."], now=1, base=-2, notes=[
    "The University of Marchbury validated the course on 3 December 2008 as the Postgraduate Certificate in "
    "Special Educational Needs Coordination (Acquired Brain Injury Pathway): 60 credits at Level 7, made up of "
    "two 30-credit modules, \"Returning Learners\" and \"Leading Provision\". Every participant is registered as a "
    "student of the University and receives the University's award. Award holders can carry the 60 credits "
    "into the University's MA Inclusive Education under its credit accumulation rules."])
p = d.paragraphs[-1]
fn.add(p, "Validation panel report MU/FHE/08/114, approved without conditions; one recommendation, on "
          "the size of the reading list, has been taken up.")

goal(2, "Pupils do better and are well", "MT", 3, [
    "Participants' schools show measurably better attendance and attainment for pupils with SEN a year on.",
    "Every Study Day opens with a returning pupil's story told by the pupil or a parent.",
    "Every aim, Study Day, task and marking grid is written round the progress and well-being of pupils with "
    "SEN and disabilities, across all five Every Child Matters outcomes.",
    "Aims mention pupils; content mostly about the medical side of brain injury.",
    "Course content about brain injury; pupils' learning hardly mentioned."], now=0, base=-1, notes=[
    "The course has three aims: to help SENCOs raise the achievement of pupils with SEN and disabilities, in "
    "the full sense of the five Every Child Matters outcomes; to help them lead colleagues so that every "
    "teacher takes responsibility for those pupils; and, through the pathway's own strand, to help schools "
    "welcome back pupils whose learning has changed after a brain injury. Each Study Day names the outcomes it "
    "serves. Each marking grid has a criterion headed \"Difference for pupils\", and a task cannot pass "
    "without it: the participant must show what changed for named pupils in attainment, attendance, safety, "
    "health or participation.",
    "We keep being healthy and staying safe in view throughout, because our pupils come back tired, in pain "
    "or at risk of a second injury, and a school that only looks at reading ages misses them."])

goal(3, "Rooted in the participant's own school", "MT", 3, [
    "Participants' enquiries are published by the Trust as practice notes for other schools.",
    "Each participant hosts a Bridge Task visit from another participant.",
    "A Bridge Task in the participant's own school between every pair of Study Days, tied to named outcomes; "
    "Task B is a change the participant leads in their school and evaluates.",
    "Two school-based activities, not linked to outcomes.",
    "Taught entirely at the Trust's centre; no work in school."], now=0, base=-2, notes=[
    "There are ten Study Days across the year (nine on Wednesdays at the Trust's Marchbury centre, and Day 10 "
    "at the University). Between each pair of days every participant carries out a Bridge Task in their own "
    "school: a short, practical piece of work such as observing a lesson for a pupil with SEN, interviewing a "
    "parent, rewriting a provision map, or running a staff briefing. Each Bridge Task names the outcomes it "
    "practises and is reported back at the start of the next Study Day.",
    "Task B, the School Change Enquiry, asks each participant to identify a weakness in their school's "
    "provision, lead a change with colleagues over at least one term, and evaluate the effect on pupils and on "
    "staff practice. Because every task is set in the participant's own school, the course changes practice as "
    "participants meet the outcomes, and the mentor's end-of-year statement records what has changed."])

goal(4, "Up to date with research and inspection", "HO", 2, [
    "Participants' enquiries feed back into the reading list each year.",
    "Course team publishes an annual research digest for schools.",
    "Reading lists and sessions revised each summer from current research and inspection evidence; each Study "
    "Day uses at least one recent study or report.",
    "Reading list fixed since 2006.",
    "No reading list."], now=0, base=-1, notes=[
    "The course team revises every Study Day each summer. Sessions draw on the Ofsted report Inclusion: does it "
    "matter where pupils are taught? (2006), the Bercow Review of services for children with speech, language "
    "and communication needs (2008), the House of Commons Education and Skills Committee report on SEN (2006), "
    "recent research on fatigue and cognitive change after childhood brain injury, including the Trust's own "
    "follow-up study of 212 returning pupils, and developments such as the Inclusion Development Programme and "
    "the new regulations on the SENCO role. Dr Okafor, who leads the University's research group on "
    "childhood neurodisability, reviews the reading list each June."])

goal(5, "Law, policy and the national picture", "MT", 2, [
    "Participants lead a governors' session on the law in their school.",
    "Local authority SEN officers co-teach Day 2.",
    "Day 2 teaches the SEN Code of Practice, the Education Act 1996 duties, the SENCO regulations and Every "
    "Child Matters; participants apply them to their own school's policy and are assessed on it in Task C.",
    "Legislation covered in a handout.",
    "Not covered."], now=0, base=-1, notes=[
    "Day 2, \"The Rules of the Road\", covers the SEN Code of Practice (2001) and its graduated response, the "
    "statutory assessment and statement process, the Education (Special Educational Needs Co-ordinators) "
    "(England) Regulations 2008, Every Child Matters and the Children Act 2004, and current initiatives such as "
    "the Inclusion Development Programme. As their Bridge Task, participants check their school's SEN policy "
    "against the Code and bring the gaps they find to Day 3."])

goal(6, "Hearing the pupil", "Family Panel", 2, [
    "Young people with brain injury co-teach Day 4 and help judge part of Task B.",
    "Every participant carries out a structured consultation with a pupil about their provision, and it is "
    "marked.",
    "Every participant practises a consultation method (Talking Mats, the \"three houses\", a person-centred "
    "review) with feedback from a tutor.",
    "Pupil voice is covered in the Day 4 lecture on the SEN Code of Practice, as one of the Code's principles. "
    "Participants do not practise consulting pupils on the course.",
    "Not mentioned."], now=-1, base=-2, notes=[
    "We have not yet reached the expected level for this goal. Our young people's group, The Rebuilders, told "
    "us at the Family Panel in November that they want to be asked, not talked about, and we agree. We are "
    "talking to them about how they might run a session in 2010-11."])

goal(7, "Leading and supporting colleagues", "MT", 3, [
    "Participants train colleagues in a neighbouring school.",
    "Participants coach a teaching assistant through an accredited course.",
    "Days 7 and 8 teach leading adults: gaining the head's and senior leaders' commitment, coaching, modelling "
    "and observation with feedback, running training; Task B is judged on how the participant worked with "
    "colleagues inside and beyond the school.",
    "One session on working with teaching assistants.",
    "Not covered."], now=0, base=-1, notes=[
    "On Day 7, \"Bringing People With You\", participants plan how to win the commitment of their headteacher, "
    "senior leaders and governors to a change, and practise presenting a case for resources. On Day 8, "
    "\"Growing Other Adults\", they practise coaching conversations, lesson observation with feedback, and "
    "modelling a strategy for a colleague; their Bridge Task is to observe a colleague teaching a pupil with "
    "SEN and give feedback, with their mentor watching the feedback conversation. They also practise "
    "collaborating beyond the school, with our outreach teachers, the hospital school, therapists and the "
    "educational psychology service, by planning a multi-agency Return Meeting for a pupil. Task B is marked "
    "on how the participant advised, supported and worked with colleagues in and beyond the school."])

goal(8, "Working with families", "Family Panel", 3, [
    "Parents co-mark part of Task A.",
    "Participants run a parents' evening on SEN in their school.",
    "Day 5 is taught with Family Panel parents; participants practise difficult conversations and plan "
    "partnership with a family; Task A is judged on how they worked with the family.",
    "Parents mentioned in the Code of Practice session.",
    "Not covered."], now=0, base=-1, notes=[
    "Day 5, \"The Kitchen Table\", is taught by a Trust family support worker and two parents from the Family "
    "Panel. Participants practise listening to a parent who is angry or grieving, sharing news of slow progress "
    "honestly and kindly, and agreeing a plan with a family. Their Bridge Task is to hold a planning meeting "
    "with the parents of a pupil on their SEN register, and Task A (the Return Plan Case Study) is marked on "
    "the relationship they built with the pupil and family and how they advised and worked with them."])

goal(9, "Starting where each participant is", "MT / HO", 3, [
    "Each participant's plan is revised every term with the head.",
    "Participants choose between two routes through the modules.",
    "A Starting Point Review against every outcome before Day 1 sets each participant's Personal Learning "
    "Plan and personal outcomes; tutorials and optional workshops follow the plan.",
    "A self-audit form at the start, not followed up.",
    "Everyone does the same."], now=0, base=-1, notes=[
    "Before Day 1 every participant completes the Starting Point Review: a self-rating against each of the "
    "course outcomes, a short written scenario marked by a tutor to check that the self-rating is realistic, "
    "and a one-hour conversation with their personal tutor and, if possible, their mentor. From this the tutor "
    "writes a Personal Learning Plan naming the outcomes the participant most needs to work on, two or three "
    "personal outcomes of their own, and which of the optional Thursday workshops (on autism, dyslexia, speech "
    "and language, behaviour, and provision mapping) they should join. Participants who already show an outcome securely "
    "spend that time on the optional workshops instead.",
    "Tutorials use the Plan, and it is reviewed at each Goal Check-in. Groups are kept to eighteen, "
    "and the optional workshops are shared with the Trust's other courses, which keeps the fee to £1,450 "
    "while giving each participant the parts they need; progression is checked against the Plan at each "
    "Goal Check-in."])

goal(10, "Credit for what people bring", "HO", 2, [
    "Credit for prior learning agreed before application.",
    "Credit for the Trust's own short courses.",
    "Credit for prior study and experience through the University's accreditation of prior learning rules, up "
    "to 30 of the 60 credits.",
    "Credit considered case by case.",
    "No credit for prior learning."], now=0, base=-2, notes=[
    "Applicants who hold relevant Level 7 credit, for example from the University's module \"Brain Injury and "
    "Learning\" or another university's SEN module, can claim up to 30 credits under the University's "
    "Accreditation of Prior Certificated Learning regulations. Applicants with substantial experience can claim "
    "the same credit through an experiential learning portfolio mapped to the module outcomes, assessed by two "
    "tutors and confirmed by the University's APL panel. The Starting Point Review then sets the plan for the "
    "remaining module."])

goal(11, "A direct assessment route", "RA", 1, [
    "Direct route open to experienced teachers from any service.",
    "Direct route open to Trust outreach teachers.",
    "Experienced outreach and support-service teachers can take the Award by assessment only: portfolio and "
    "Task C.",
    "Direct route under discussion with the University.",
    "We do not offer an assessment-only route. Every participant attends the Study Days and completes the "
    "three tasks."], now=-2, base=-2, notes=[
    "This goal is where it started. The University has not yet been asked to approve a direct route."])
t11 = d.tables[-1]
comment(d, t11.rows[6].cells[1].paragraphs[0].runs,
        "We did this informally for one outreach teacher in 2008 - can we count that? RA", author="Ruth Allardyce",
        initials="RA")

goal(12, "What comes next", "HO", 1, [
    "Award holders meet again a year later to review their targets.",
    "Every participant leaves with a written professional development plan agreed with their headteacher.",
    "Day 10 closes with a talk from the University's admissions tutor about further study, including the MA "
    "Inclusive Education.",
    "Certificates handed out; no discussion of next steps.",
    "None."], now=0, base=-1, notes=[
    "The last afternoon of Day 10 is held at the University. Participants hear about the MA and the MSc and can "
    "book an admissions appointment."])

t, ps = goal(13, "Open to everyone who should come", "MT", 3, [
    "Fully online route as well as the taught route.",
    "A second group starting each January, and a twilight route.",
    "Reasonable adjustments agreed with every disabled participant; accessible venues; CairnNet used between "
    "Study Days with tutor and peer support.",
    "Adjustments made when asked.",
    "No information about access."], now=0, base=-1, notes=[
    "The application form and the Starting Point Review both invite participants to tell us about a disability "
    "or health condition, and explain why we ask. Many of our own staff have lived with brain injury in their "
    "families, and we know what fatigue, pain and slowed processing do to a long day. Where a participant "
    "tells us, the course leader agrees reasonable adjustments with them in writing before Day 1: for example "
    "rest breaks, handouts in advance or in large print, a note-taker, extra time for tasks, a quiet room, or "
    "parking by the door. The University's Disability Service advises on assessment. Both venues are fully "
    "accessible and have hearing loops. We monitor applications by ethnicity, gender and disability and report "
    "them to the University each year.",
    "The course runs as one group a year, starting in September. Study Days are on Wednesdays and the two "
    "modules are taken in a fixed order. ",
    "CairnNet, the Trust's online learning space, carries each Study Day's materials and a recording of its "
    "main input, posted the same evening. Each participant belongs to a study trio that meets on CairnNet "
    "between Study Days to discuss their Bridge Tasks, and tutors answer forum questions within two working "
    "days. Every participant also has three email or telephone tutorials with their personal tutor between "
    "Study Days, and a CairnNet induction on Day 1."])
dele(ps[1], "A second group starts each January, with Study Days on Thursday evenings.",
     author="Mark Tennent", date="2009-01-08T16:20:00Z")

goal(14, "Shaped by the people it is for", "Family Panel / MT", 2, [
    "Heads, parents and young people sit on a course evaluation group each June.",
    "Local authority officers help choose the next year's workshops.",
    "Local authority officers and the Family Panel receive the course's annual report. Family Panel parents "
    "teach Day 5.",
    "Stakeholders asked informally.",
    "Not asked."], now=0, base=-2, notes=[
    "In spring 2008 we surveyed 140 schools in the five local authorities where the Trust works most (94 "
    "replied) and held two focus groups with SENCOs, one with headteachers and one with local authority SEN "
    "officers. The Family Panel, twelve parents of children with brain injury, met twice on the course. The "
    "schools asked for more on leading staff and on data; the parents asked that schools understand fatigue "
    "and that SENCOs learn to talk with families as partners.",
    "What changed because of them: headteachers asked that assessment be done in the participant's own school, "
    "so Task B became the School Change Enquiry; the local authorities asked for a shared workshop on provision "
    "mapping, now the Thursday provision mapping workshop; and the Family Panel's request became Day 5, which Family Panel "
    "parents help to teach."])

t, ps = goal(15, "Quality we can show", "HO", 3, [
    "Participants' pupils' outcomes reported to the local authorities each year.",
    "Participants take a baseline measure of the pupils in Task B and we collect the results each year.",
    "Participant evaluation of every day; University annual monitoring; an external examiner; double marking "
    "and moderation; confidence and competence measured at start and end.",
    "End-of-course questionnaire only.",
    "No evaluation."], now=0, base=-1, notes=[
    "Participants evaluate every Study Day on a short form and the whole course at the end. The course "
    "committee (the course team and the University link tutor) meets "
    "each term, reads the evaluations, the Goal Check-in notes and the marks, and records what it will change "
    "in an action log that goes to the University. The course goes through the University's annual monitoring "
    "and its periodic review, and the external examiner's report is answered in writing.",
    "Every task is marked against the published grid. One task in five is double marked, as is every fail and "
    "every distinction, and a moderation meeting of all markers agrees the marks before they go to the "
    "University's board of examiners",
    "Participants rate their confidence on every outcome at the Starting Point Review and again on Day 10, and "
    "tutors record their judgement of competence from the tasks. We report both each year. We do not yet "
    "gather evidence about pupils' progress."])
ins(ps[1], ", and the external examiner reviews the moderated sample.", author="Helen Okafor",
    date="2009-01-10T09:12:00Z")

goal(16, "The right people, safely", "MT", 3, [
    "Heads confirm their SENCO's readiness a term ahead.",
    "Applicants attend a taster day before applying.",
    "Clear entry requirements checked by the course leader; advice and a talk with the head for anyone not "
    "ready.",
    "Anyone nominated was accepted.",
    "Open enrolment."], now=0, base=-1, notes=[
    "Applicants must hold Qualified Teacher Status, be in post as SENCO or about to take up the role, and have "
    "their headteacher's signed nomination, which commits the school to release them for the Study Days and to "
    "name a mentor. The course leader checks each application and the Starting Point Review scenario. If an "
    "applicant is not yet ready to benefit, he tells them what they need to do first (usually a term of "
    "working alongside an experienced SENCO, or our short course on the graduated response), speaks to their "
    "headteacher, and offers a place the following year.",
    "All Cairnlea staff who teach on the course, and the mentors we appoint from our outreach team, hold "
    "enhanced CRB disclosures renewed every three years."])

goal(17, "People and things to learn with", "RA", 3, [
    "A specialist placement for every participant in a hospital school or rehabilitation unit.",
    "Open Door visits to specialist settings for every participant.",
    "A qualified, experienced team; specialist input on every Study Day; trained mentors; a resource library "
    "and loan ICT.",
    "Tutors from the Trust only.",
    "In 2007-08 each participant spent a placement day at Marchbury Children's Hospital School."],
    now=0, base=-2, notes=[
    "Dr Ruth Allardyce, Head of Education Service, was a SENCO for nine years and holds a PhD on the return to "
    "school after childhood brain injury. Mark Tennent, Course Leader, is a former local authority SEN adviser "
    "with an MA in Special and Inclusive Education and the Postgraduate Certificate in Higher Education. Priya "
    "Shah, senior tutor, is an educational psychologist. Dr Helen Okafor, the University link tutor, leads its "
    "research group on childhood neurodisability. Every tutor spends at least two days a term supporting "
    "returning pupils in schools, so their knowledge is current.",
    "Specialist sessions are taught by the Trust's clinical neuropsychologist, a paediatric occupational "
    "therapist and a speech and language therapist from the University. Open Door visits to the hospital "
    "school are being discussed for 2010.",
    "Participants use the Trust's library of some 1,200 books, assessment materials and videos, and CairnNet. "
    "Each participant can borrow a laptop with text-to-speech, mind-mapping and Clicker 5 for the year, and the "
    "University library and its e-journals are open to them as registered students.",
    "Tutors and mentors each have the Course Handbook with their role description. Tutors attend a "
    "standardisation meeting before each task is marked. Mentors, who are experienced SENCOs or outreach "
    "teachers, attend a half-day briefing before Day 1 and a mid-year meeting, and the personal tutor "
    "phones each mentor after every Goal Check-in."])

# ---------------- tasks and award ----------------
d.add_heading("Tasks, Goal Check-ins and the Award", level=1)
para(d, "Three tasks are marked. Three Goal Check-ins are tutorials with feedback; they are not marked and do not "
        "count towards the Award.")
t = table(d, 7, 3, widths=[3.5, 8.5, 4.5])
hdr = ["", "What the participant does", "When"]
for j, h in enumerate(hdr):
    cell_text(t.cell(0, j), h, bold=True, shade=LIGHT)
rows = [("Task A: Return Plan Case Study (marked)", "A 4,000-word case study of planning, with a pupil's "
         "family and the professionals involved, for a pupil with SEN or a disability: using assessments from "
         "other professionals, setting targets, planning and reviewing provision.", "Module 1, March"),
        ("Task B: School Change Enquiry (marked)", "A 6,000-word enquiry: auditing provision with a provision "
         "map, leading a change with colleagues, evaluating its effect with staff.", "Module 2, June"),
        ("Task C: Professional Conversation (marked)", "A 40-minute recorded conversation with two tutors about "
         "the participant's portfolio of Bridge Tasks, testing knowledge and judgement.", "Day 10, July"),
        ("Goal Check-in 1 (not marked)", "Tutorial on the Personal Learning Plan.", "November"),
        ("Goal Check-in 2 (not marked)", "Tutorial on Bridge Tasks 4-7.", "February"),
        ("Goal Check-in 3 (not marked)", "Tutorial on Task B drafts and on keeping up to date.", "May")]
for i, r in enumerate(rows, 1):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j == 0))

p = para(d, "Awarding the Certificate. ", bold=True)
r = run(p, "A participant who passes Task A, Task B and Task C is awarded the Postgraduate Certificate. Each "
           "task is marked out of 100 and the pass mark is 50. Under the University's regulations a mark of 40 "
           "to 49 in one task may be compensated by an average of 55 or more across the three tasks.")
comment(d, r, "Should we add that all the national outcomes must be met? The spec seems to want it. HO",
        author="Helen Okafor", initials="HO")

# ---------------- outcome goal sheet ----------------
d.add_heading("Outcome Goal Sheet", level=1)
para(d, "The national outcomes in our own words, where each is built into the course and where it is rated. "
        "\"—\" means it is not rated.")
OUT = [
    ("Builds fair, warm and honest relationships with pupils and families", "A1", "Day 5", "Task A"),
    ("Wins the commitment of the head, senior leaders and colleagues", "A2", "Day 7", "Task B"),
    ("Keeps the plates spinning: priorities, time, delegating", "A3", "Day 3", "—"),
    ("Sees problems coming and makes sound decisions about provision", "A4", "Days 3, 6", "Task C"),
    ("Speaks and writes clearly; listens and understands", "A5", "All days", "Tasks A, C"),
    ("Uses research and outside advice to improve practice", "A6", "Days 4, 9", "Task B"),
    ("Keeps learning and owns their development", "A7", "Day 10", "Goal Check-in 3 (not marked)"),
    ("The SEN Code of Practice and the law on SEN, in practice", "K1", "Day 2", "Task C"),
    ("Every Child Matters and the SENCO's part in it", "K2", "Days 1, 2", "Task C"),
    ("Disability equality law", "K3", "Not in this Award: disability equality duties are covered in the "
     "Trust's separate half-day Equality Briefing for schools, which is not part of the Award.", "—"),
    ("How children develop, and how injury, SEN and surroundings change development", "K4", "Day 1", "Task C"),
    ("Common SEN (BESD, dyslexia, SLCN, autism, MLD) and acquired brain injury", "K5", "Days 4, 6 and "
     "Thursday workshops", "Task C"),
    ("Approaches to assessment, planning and teaching, including ICT", "K6", "Day 6", "Tasks A, C"),
    ("School self-evaluation and SEN", "K7", "Day 8", "Goal Check-in 2 (not marked)"),
    ("What works: best practice and research", "K8", "Day 9", "Task B"),
    ("Other agencies and how to get their help", "K9", "Day 3", "Task A"),
    ("Shapes the school's inclusive ethos and policy with leaders and governors", "S1", "Day 7", "Task B"),
    ("Identifies needs, sets challenging targets, plans and reviews", "S2", "Day 3", "Task A"),
    ("Uses other professionals' assessments to shape teaching", "S2a", "Days 3, 4", "Task A"),
    ("Helps colleagues use formative assessment with pupils with SEN", "S2c", "Day 6", "Task B"),
    ("Exam and test access arrangements in good time", "S2d", "Day 6", "—"),
    ("Provision mapping; finding what is missing or not working", "S3", "Day 9", "Task B"),
    ("Deploys and manages staff", "S4", "Day 8", "Goal Check-in 2 (not marked)"),
    ("Coaches, models and trains colleagues", "S5", "Day 8", "Task B"),
    ("Reviews provision with staff to feed self-evaluation", "S6", "Day 9", "Task B"),
    ("Pupils take part in planning and reviewing their provision", "S7", "Day 4 lecture", "—"),
    ("Works with parents and carers", "S8", "Day 5", "Task A"),
    ("Works with other services and voluntary bodies", "S9", "Day 3", "Task A"),
]
t = table(d, len(OUT) + 2, 4, widths=[7.5, 1.5, 4.0, 3.6])
top = t.cell(0, 0).merge(t.cell(0, 3))
cell_text(top, "OUTCOME GOAL SHEET", bold=True, color="FFFFFF", shade=TEAL)
for j, h in enumerate(["Outcome (our words)", "Ref", "Built in", "Rated in"]):
    cell_text(t.cell(1, j), h, bold=True, shade=LIGHT)
for i, r in enumerate(OUT, 2):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9)

para(d, "")
para(d, "Signed for the Cairnlea Trust: Dr Ruth Allardyce, Head of Education Service.  Signed for the University "
        "of Marchbury: Dr Helen Okafor, Faculty of Health and Education.", italic=True)

fn.finish()
out = HERE / f"{NAME}.docx"
d.save(out)
print(out, word_count(out), "words")
