"""hn-02-orrell-exhibition-panels

Provider (invented): the Orrell Centre for Professional Practice, the training
arm of the Orrell Society for Autism (a national autism charity), with the
School of Education of the University of Saltcombe, for the 2008-09 National
Award for SEN Coordination ("Orrell-Saltcombe Award in SEN Coordination").

Document kind and layout: the texts of the EIGHT EXHIBITION PANELS from the
Society's stand at its "Autism Matters 2008" conference, sent as the application
under a shaded covering note, followed by "PART B: FOR THE APPROVAL PANEL" in
hand-numbered paragraphs B1-B27. No heading styles at all: bold capital lines
("PANEL 3 OF 8"), panel headlines in large bold Normal text, "Caption:" lines in
italics for photographs not reproduced, visitors' comment cards reproduced in
floating text boxes (other people's words), a "Did you know?" line on each panel,
a course-at-a-glance table with merged cells, an outcome table ("On panel" / "How
assessed") with merged shaded group rows, tracked changes (deletions and an
insertion), comments, a header and a footer that claims approval.

Traps (ids):
- E.2: "a 40-credit certificate at Master's level" (not the normal 60) ->
  partially_met.
- 1.1: aims are well-being only and explicitly "not chasing test scores"; no
  focus on achievement in aims or assessment -> partially_met.
- 1.7: parents only tell their stories; participants "hear what it is like"
  (understanding, not skills in advising or partnership) -> partially_met.
- 1.9 / 6.0: award on "attend at least 80% of the study days and pass the
  Practice Project"; the blanket panel claim "covers every national outcome" is
  unsupported; the map shows outcomes not assessed -> both partially_met.
- 2.1: certificated credit only; "We cannot give credit for experience alone"
  -> partially_met.
- 2.5: "We encourage graduates to join our Alumni Network" (general) ->
  partially_met.
- 4.2: influence only in general terms ("shaped by everything families and
  schools have told us"); a visitor card saying the course changed is someone
  else's words in a text box -> partially_met.
- 5.2: "Places are offered in the order applications arrive"; QTS only; no
  check of readiness, no guidance for those who fall short -> partially_met.
- 5.8: second marking yes; "Moderation arrangements will be agreed with the
  University once validation is complete" (plan) -> partially_met.
- 5.9: "We have not yet decided how we will measure the Award's impact"; the
  before-and-after pupil measure survives only in a tracked DELETION -> not_met.
- 6.K2, 6.A2, 6.S2c: taught, "not assessed" -> partially_met.
- 6.K8, 6.S7: formative only ("feedback only", "not graded") -> partially_met.
- 6.K5: only autism and speech, language and communication needs taught;
  "Dyslexia, behavioural difficulties and moderate learning difficulties are not
  taught on this Award" -> partially_met (wrong scope).
- 6.S8: assessed in Portfolio task 3 but not developed (parents only tell
  their stories) -> partially_met (assessed but not covered), matching 1.7.
- 6.K7: self-evaluation appears only in a COMMENT (and a visitor card) -> not_met.
- 6.S2b: "National test data is outside the scope of this Award" (negation)
  -> not_met.
- 6.S6: reviewing provision with colleagues appears only in a visitor card
  (a head's words about her SENCO) and a tracked DELETION -> not_met.
- Footer "Approved by the TDA" is a footer and a false claim; ignored.
- Tracked INSERTION naming a February start counts (3.2 met).
- 5.3 met despite looking like a trap: the Centre itself sees the disclosure.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hn_helpers import (new_doc, para, runin, bullets, shade, cell_text, table, ins, dele,
                         textbox, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 11)
header_footer(d, "ORRELL SOCIETY FOR AUTISM  |  Stand texts, Autism Matters 2008  |  For the TDA",
              "Orrell Centre for Professional Practice - Approved by the TDA - www.orrell.org.uk")

# covering note (shaded one-cell table)
t = d.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
cell_text(c, "NOTE FOR THE APPROVAL PANEL", bold=True, fill="DDEBF7")
for line in [
    "From: Maureen Kettle, Head of the Orrell Centre for Professional Practice, and Professor Alan Reade, School of Education, University of Saltcombe. 24 November 2008.",
    "At our national conference, Autism Matters 2008 (Harrogate, 16-17 October), we launched our SENCO Award on an eight-panel stand. Over 600 teachers, parents and professionals visited it and many left comment cards. Rather than write the Award up again, we send the panel texts exactly as they stood, with the visitors' cards that were pinned beside them. Part B, after the panels, gives the detail the panels leave out and is written for you. The Centre designs and teaches the Award; the University of Saltcombe validates it and awards the credits.",
]:
    c.add_paragraph(line)
para(d, "")

para(d, "PART A: THE PANELS AS DISPLAYED", bold=True, size=13)


def panel(n, headline, body, caption, know):
    para(d, f"PANEL {n} OF 8", bold=True, color="1F4E79")
    para(d, headline, bold=True, size=16)
    ps = [para(d, b) for b in body]
    para(d, "Caption: " + caption, italic=True)
    para(d, "Did you know? " + know, italic=True, color="7F7F7F")
    return ps


panel(1, "Better school days for every autistic child",
      ["The Orrell-Saltcombe Award in SEN Coordination is for teachers who lead provision for pupils with special educational needs. It exists to make school life better for autistic children and others with SEN: happier, calmer, safer days, and a real part in school life.",
       "We are not chasing test scores. The Award is about well-being first: being healthy, staying safe and making a positive contribution.",
       "It is a 40-credit certificate at Master's level, validated and awarded by the University of Saltcombe, and it covers every national outcome for new SENCOs."],
      "A Year 4 pupil at Orrell's Brookside School uses his visual timetable.",
      "One child in every hundred is on the autistic spectrum.")
textbox(d, ["Visitor card",
            "\"Our SENCO did the Orrell course last year. Afterwards she sat down with all of us and reviewed the effectiveness of our SEN provision, and it went straight into our school self-evaluation.\" - Headteacher, Leeds"],
        height="70pt")

panel(2, "Learn in your school, not just about it",
      ["Everything on the Award happens in your own school as well as in the training room. The heart of it is your Practice Project: a change you plan and lead in your own school over two terms, for real pupils, tied to the national outcomes you are working towards.",
       "Your Practice Mentor, a senior colleague in your school, meets you each half term and sees the project through with you."],
      "A SENCO and her Practice Mentor planning a project.",
      "Last year's pilot projects reached 1,300 pupils in 27 schools.")

panel(3, "Study your way",
      ["Blended learning: six face-to-face study days and a term-by-term online programme on OrrellLearn, our virtual learning environment.",
       "Choose a weekday or a Saturday for every study day. Units 2 and 3 can be taken in either order.",
       "Every participant belongs to an online tutor group of eight, with a named e-tutor who runs a weekly discussion task and answers questions on OrrellLearn within two working days between study days. Participants also work in online peer pairs on their Practice Project.",
       "OrrellLearn holds the readings, recorded lectures and a project diary that your e-tutor and Practice Mentor can both see, so school, tutor and participant stay in touch."],
      "The OrrellLearn home page.",
      "OrrellLearn was used by 2,100 learners in 2007-08.")
p = para(d, "Starts: September")
ins(p, " and February", "M. Kettle")
p.add_run(".")

panel(4, "What you will learn",
      ["Unit 1, The Child, the Law and the School: how children develop and how autism, other SEN and disability and the school environment affect development; SEN law, the Code of Practice 2001 and what it asks of the school and the SENCO; the Disability Discrimination Act and the disability equality duty and the actions schools must take; Every Child Matters and the SENCO's part in it; current initiatives such as the Inclusion Development Programme and the Bercow Review (2008).",
       "Unit 2, Understanding Needs: autistic spectrum disorders and speech, language and communication needs in depth, and how they affect learning; identifying pupils, setting targets, planning interventions and reviewing progress; using assessments by psychologists and therapists; provision mapping; approaches, resources and ICT for teaching and assessment; access arrangements for tests and examinations; helping other teachers use formative assessment with pupils with SEN.",
       "Unit 3, Leading and Partnership: gaining the commitment of the headteacher, senior leaders and colleagues; leading and deploying teaching assistants and other staff; coaching, observation and staff training; working with senior leaders and governors on inclusive policy and resources; the scope and role of external agencies and how to get specialist support and resources; working with health, social care and voluntary organisations."],
      "A study day on provision mapping.",
      "Unit 2 was rewritten after the Bercow Review.")

panel(5, "Listening to children and families",
      ["Autistic young people from our Youth Voice group teach participants how to consult children about what matters to them, including children who do not speak, using Talking Mats, photographs and symbols. They also learn how to involve pupils in planning and reviewing their own support. Participants then try this out with a pupil in their own school.",
       "On Parents' Day, three parents tell their stories of school, good and bad, so that participants hear what it is like to be the parent of a child with SEN."],
      "Youth Voice members leading a Talking Mats workshop.",
      "Youth Voice has 40 members aged 12 to 24.")
textbox(d, ["Visitor card",
            "\"I said on my evaluation that Parents' Day was too rushed, and they changed the course after our feedback.\" - SENCO, pilot 2007-08"],
        height="55pt")

panel(6, "Taught by people who know",
      ["Our tutors have all led SEN provision in schools. Specialists from the Society's outreach teams, educational psychologists and speech and language therapists teach alongside them.",
       "Every participant spends two days in one of our three specialist schools or a partner authority's resourced base."],
      "Tutor Dev Sharma with a study-day group.",
      "The Society runs three specialist schools and an outreach service in 14 authorities.")

panel(7, "Open to everyone",
      ["We want every teacher who could lead SEN well to be able to take the Award, including teachers who are themselves disabled or autistic.",
       "Tell us what you need and we will make it happen: quiet rooms, written instructions, large print, induction loops, extra time."],
      "The quiet room at our Harrogate training centre.",
      "One in five of our trainers is disabled.")

panel(8, "What difference will it make?",
      ["We want to know what difference the Award makes to SENCOs and, above all, to children. Tell us your ideas on the card below.",
       "Graduates can stay with us: we encourage graduates to join our Alumni Network and keep learning."],
      "Pilot graduates at the 2008 celebration.",
      "The Alumni Network already has 31 members.")

# ---------------- PART B ----------------
para(d, "")
para(d, "PART B: FOR THE APPROVAL PANEL", bold=True, size=13)
para(d, "These paragraphs add what the panels leave out. They are numbered for reference.", italic=True)

B = [
    ("B1", "The Award. The Orrell-Saltcombe Award in SEN Coordination is validated by the University of Saltcombe and carries 40 credits at Master's level (level 7). Participants register with the University for the duration of the Award."),
    ("B2", "Shape. Three units over one academic year part time: six study days (two per unit), the OrrellLearn online programme between them, and the Practice Project in the participant's own school."),
    ("B3", "Research and evidence. Each unit's reading list is rebuilt every summer by the programme team from recent research, Ofsted reports (including Inclusion: does it matter where pupils are taught?, 2006) and national developments such as the Inclusion Development Programme and the Bercow Review. The Society's research unit briefs tutors on new findings each term. Each study day opens with a journal club on a recent study of best practice; participants get written feedback on their summaries, which are not graded."),
    ("B4", "Colleagues. Unit 3 develops participants' skills in advising, supporting and collaborating with colleagues within and beyond the school through coaching practice in triads and a joint session with outreach teachers from two partner authorities."),
    ("B4a", "Practice Mentors. The Practice Mentor is a senior colleague, usually a deputy or assistant headteacher, named by the headteacher on the application form. The mentor meets the participant each half term, comments in the project diary on OrrellLearn, and signs the Practice Project's statement that the work described took place in the school. Mentors do not mark; that is for tutors."),
    ("B5", "Impact on practice. The Practice Project requires each participant to plan, lead and write up a change in their own school's practice for pupils with SEN, agreed with their headteacher, and to show what changed in the school as a result."),
]
for k, v in B:
    runin(d, k + "  ", v)
    if k == "B2":
        para(d, "The Award at a glance", bold=True)
        g = d.add_table(rows=7, cols=4)
        g.style = "Table Grid"
        for j, h in enumerate(["Unit", "Study day", "When", "On OrrellLearn before the next study day"]):
            cell_text(g.cell(0, j), h, bold=True, fill="DDEBF7")
        plan = [
            ("Unit 1: The Child, the Law and the School", "Day 1: Development, needs and environment", "September (weekday) or the following Saturday", "Weekly discussion task; Practice Audit review with e-tutor"),
            (None, "Day 2: Law, the Code and equality duties", "October", "Portfolio task 1 drafted and discussed in tutor group"),
            ("Unit 2: Understanding Needs", "Day 3: Autism and communication", "November", "Recorded lecture on identification and targets; peer pairs"),
            (None, "Day 4: Provision mapping, assessment and access arrangements", "January", "Portfolio task 2 drafted; e-tutor feedback"),
            ("Unit 3: Leading and Partnership", "Day 5: Leading colleagues; Parents' Day in the afternoon", "March", "Coaching triads online; Practice Project diary"),
            (None, "Day 6: Working with agencies; project presentations", "May", "Project write-up with e-tutor support"),
        ]
        for i, row in enumerate(plan, start=1):
            for j, v in enumerate(row):
                if v is not None:
                    cell_text(g.cell(i, j), v)
        for top in (1, 3, 5):
            a = g.cell(top, 0)
            txt = a.text
            m = a.merge(g.cell(top + 1, 0))
            cell_text(m, txt, bold=True, fill="F2F2F2")
        para(d, "")

p = runin(d, "B6  ", "Practice Project, further detail. The project is written up in 5,000 words and assessed by two tutors. Participants record what happened for the pupils involved")
dele(p, ", measure the pupils' progress before and after the change, and review the effectiveness of the school's SEN provision with colleagues to inform the school's self-evaluation", "A. Reade")
p.add_run(".")

for k, v in [
    ("B7", "Assessment. Three pieces: a Portfolio of four tasks (Unit 1 and 2 tasks marked by tutors), a 15-minute presentation of the Practice Project to tutors and fellow participants (marked for clarity and for how the participant responds to questions and other views), and the Practice Project itself. The outcome table at the end shows which outcomes each piece assesses."),
    ("B8", "Passing. The Award is made to participants who attend at least 80% of the study days and pass the Practice Project."),
    ("B9", "Prior learning. We accept up to 20 credits of certificated Master's-level study taken in the last five years towards the Award. We cannot give credit for experience alone."),
    ("B10", "Before the course. With the offer of a place, every participant receives the Practice Audit, a self-assessment against each of the national outcomes with examples of evidence. They complete it with their headteacher before the first study day. Their tutor reads it and agrees with them an Individual Route Plan that sets personalised targets for the outcomes where they are weakest, the Portfolio tasks they will emphasise and the focus of their Practice Project; it takes account of their prior qualifications and experience."),
    ("B11", "Direct Assessment. In exceptional cases a very experienced applicant (for example an autism outreach teacher with several years' experience of leading SEN provision) may apply to be assessed without attending. The tutor team and the University agree each case; the candidate submits the Portfolio, the presentation and the Practice Project and is assessed against every national outcome."),
    ("B12", "Tailoring and cost. The Individual Route Plan is reviewed at each study day, and tutorials (three each, one in school) are used to adjust it. The fee is 1,200 pounds; group bookings by local authorities of six or more are discounted by 15%, and OrrellLearn replaces two study days that the pilot ran face to face, keeping travel and cover costs down for schools."),
    ("B13", "After the Award. As panel 8 says, we encourage graduates to join our Alumni Network."),
    ("B14", "Equality and access. The application form and the enrolment form both invite applicants to tell us about any disability, and say why: so that we can make reasonable adjustments. The access coordinator then agrees an adjustments plan with each participant who discloses (for example materials in advance, large print, a quiet room, rest breaks, extra time in assessment, a reader), and the plan follows them to school visits and the specialist school placement. Promotional material is produced in accessible formats. Our policy meets the Disability Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and selection and assessment decisions are monitored each year by disability and ethnicity."),
    ("B15", "Stakeholders' needs. In spring 2008 we surveyed 318 SENCOs and 44 headteachers in the 14 authorities where the Society has outreach teams, interviewed SEN advisers from six authorities, and analysed 2,600 calls from parents to the Society's helpline about school. SENCOs asked most for help with provision mapping, deploying support staff and understanding autism; heads asked for leadership; parents asked for SENCOs who listen. Each of these needs is covered in Units 2 and 3."),
    ("B16", "Influence. The Award has been shaped by everything families and schools have told us over forty years of the Society's work."),
    ("B17", "Stakeholders' part. A Steering Group of two local authority SEN advisers, two headteachers, a parent and a Youth Voice member meets each term; each summer it reviews participants' evaluations, tutors' reports and the external examiner's report and agrees changes. Youth Voice members teach in Unit 2, parents speak on Parents' Day, and local authority outreach teachers teach in Unit 3."),
    ("B18", "Evaluation. Internally: participants evaluate every study day and each unit online, tutors write an end-of-unit report, and Practice Mentors complete a questionnaire. Externally: the University's annual review and its external examiner, and the Steering Group. The programme team writes an annual report with an action plan, and changes are shown to the next cohort."),
    ("B19", "Entry. Applicants must hold QTS and be working as a SENCO or in an SEN role. Places are offered in the order applications arrive."),
    ("B20", "Checks. The Centre asks every applicant for the date and reference of a current enhanced CRB disclosure and checks it with the applicant's employer before the place is confirmed; anyone who has not worked in a school with regular contact with children in the past three months must obtain a new enhanced disclosure through the Society before starting. We also take up a reference from the current headteacher that confirms there are no disciplinary concerns."),
    ("B21", "Staff. Programme leader: Maureen Kettle, MA in Autism, former SENCO and LA inclusion adviser. Tutors: Dev Sharma (former SENCO, MEd), Dr Rachel Oyelaran (University of Saltcombe, senior lecturer, PhD in speech, language and communication), and Joan Pike (specialist teacher, autism outreach). All tutors spend at least six days a year on updating through the Society's research unit and practice networks."),
    ("B22", "Expertise and placements. Educational psychologists, speech and language therapists and Society outreach teachers teach on study days. Every participant spends two days in one of the Society's three specialist schools or a partner authority's resourced base, arranged by the Centre, with a planned programme and a host teacher."),
    ("B23", "Resources. The Society's library and the University's library and e-journals, the OrrellLearn VLE, loan kits of assessment materials, and ICT including symbol software, visual support software and communication aids in the Harrogate resource room."),
    ("B24", "Roles. Tutors and Practice Mentors each have a handbook. Practice Mentors attend a half-day briefing on their role and the outcomes, run by the programme leader, before the first study day; tutors have a day's induction and attend standardisation meetings."),
    ("B25", "Marking. Every Practice Project is second-marked by another tutor. Moderation arrangements will be agreed with the University once validation is complete."),
    ("B26", "Impact. We have not yet decided how we will measure the Award's impact on participants or pupils; the Steering Group will advise."),
    ("B27", "Outcomes. The table below shows each national outcome in our words, the panel it appears on and how it is assessed."),
]:
    runin(d, k + "  ", v)

para(d, "")
cap = para(d, "THE OUTCOMES ON THE STAND", bold=True)
comment(d, cap, "We should add school self-evaluation and the SEF somewhere - at present nobody teaches it. MK", "Maureen Kettle", "MK")

t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Outcome (our words)", "On panel", "How assessed"]):
    cell_text(t.cell(0, j), h, bold=True, fill="1F4E79")
groups = {
    "WHO YOU ARE": [
        ("Fair, respectful relationships with pupils and families", "5", "Portfolio task 3 (marked)"),
        ("Bringing the head and senior team with you", "4 (Unit 3 session)", "Not assessed"),
        ("Managing time, priorities and delegation", "4 (Unit 3)", "Portfolio task 4 (marked)"),
        ("Solving problems and sound judgements about provision", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Clear speaking and writing; listening to others", "2", "Presentation and Practice Project (marked)"),
        ("Using research and outside advice", "2, 4", "Practice Project literature review (marked)"),
        ("Keeping up to date; own CPD", "8", "Portfolio task 4: professional development log (marked)"),
    ],
    "WHAT YOU KNOW": [
        ("SEN law and the Code of Practice in practice", "4 (Unit 1)", "Portfolio task 1 (marked)"),
        ("Every Child Matters", "1, 4 (Unit 1)", "Not assessed"),
        ("Disability equality law and duties", "4 (Unit 1)", "Portfolio task 1 (marked)"),
        ("How children develop", "4 (Unit 1)", "Portfolio task 1 (marked)"),
        ("Autism and speech, language and communication needs", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Approaches, resources and ICT for teaching and assessment", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Best practice and research in SEN", "6", "Journal club: feedback only"),
        ("External agencies and specialist support", "4 (Unit 3)", "Portfolio task 3 (marked)"),
    ],
    "WHAT YOU DO": [
        ("Inclusive policy and resources with senior leaders and governors", "4 (Unit 3)", "Portfolio task 4 (marked)"),
        ("Identifying pupils, targets, interventions, reviewing progress", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Using other professionals' assessments", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Helping colleagues with formative assessment", "4 (Unit 2)", "Not assessed"),
        ("Access arrangements for tests and examinations", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Provision mapping", "4 (Unit 2)", "Portfolio task 2 (marked)"),
        ("Deploying and managing support staff", "4 (Unit 3)", "Portfolio task 4 (marked)"),
        ("Coaching, observation and training for colleagues", "4 (Unit 3)", "Practice Project (marked)"),
        ("Involving pupils in planning and reviewing their provision", "5", "Consultation try-out: not graded"),
        ("Working with parents and carers", "5", "Portfolio task 3 (marked)"),
        ("Working with other services and voluntary organisations", "4 (Unit 3)", "Portfolio task 3 (marked)"),
    ],
}
for g, items in groups.items():
    r = t.add_row()
    m = r.cells[0].merge(r.cells[2])
    cell_text(m, g, bold=True, fill="DDEBF7")
    for a, b, c in items:
        r = t.add_row()
        for j, v in enumerate((a, b, c)):
            cell_text(r.cells[j], v)

para(d, "")
for k, v in [
    ("B28", "Scope. Dyslexia, behavioural difficulties and moderate learning difficulties are not taught on this Award; participants who need them are referred to the University's Postgraduate Certificate in Specific Learning Difficulties. National test data is outside the scope of this Award."),
    ("B29", "Portfolio tasks, for reference. Task 1: a review of the school's SEN policy and accessibility plan against the law and the Code, with a short study of how one pupil's development has been affected by their needs and environment. Task 2: a case study of two pupils, from identification through targets and interventions to review, using other professionals' reports, the school's provision map and access arrangements. Task 3: a plan agreed with a pupil's parents and an outside agency, with a reflection on the relationship. Task 4: a leadership file: the participant's use of their time and delegation, how they deploy teaching assistants, a policy proposal taken to the senior team and governors, and a professional development log."),
]:
    runin(d, k + "  ", v)

p = para(d, "Signed: Maureen Kettle, Orrell Centre for Professional Practice; Professor Alan Reade, University of Saltcombe. ")
p.add_run("[University validation date to follow]").italic = True
comment(d, p, "Need the validation date from Registry before this goes.", "Alan Reade", "AR")

d.save(OUT)
print("wrote", OUT)
