"""he-02-haddenshire-myths-and-facts

Provider (invented): Haddenshire County Council, Pupil Inclusion and Attendance
Service (PIAS), which runs the county's three short stay schools (pupil referral
units: Beacon House, Old Forge and Riverbank), with Kelsall University
validating "the Haddenshire SENCO Award".

Document kind: a "Myths and Facts" briefing for headteachers and chairs of
governors, handed out at the Spring Heads' Briefing (4 February 2009) and sent
to the panel as it stands, with a shaded note and Annex A written for the panel.
Layout: Title style, Heading 1 for the four parts, twenty-five myths each in a shaded
one-cell box ("MYTH 7" and the myth in quotation marks) followed by "The facts"
in Normal paragraphs, a "Quick facts" table, a table of what heads told us and
what changed, an Inclusion Days table, and an annex outcome table ("By the end,
your SENCO can..." / "Where we work on it" / "How we check") with merged shaded
group rows. Footnotes, tracked changes (a deleted APEL sentence, a deleted and an
inserted CRB sentence), three comments, header and footer.

Traps (requirement ids):
- Every myth is a statement the Service is refuting, never its own claim: a myth
  that SENCOs get credit for the Inclusion Certificate (2.1), that there is an
  entry test (5.2), that it is all online (3.3), that schools sort out the CRB
  (5.3), that SENCOs will learn access arrangements (6.S2d).
- APL/APEL: negated ("does not give credit for prior study or experience"); the
  sentence offering 20 credits is a tracked deletion (2.1 not_met).
- E-learning: "There is no online or e-learning part of the Award" (3.3
  not_applicable); email to tutors is not e-learning.
- CRB: the old answer (the school's job) is a tracked deletion, the Service's
  own check is a tracked insertion, so it counts (5.3 met).
- Credits left as a placeholder "[TBC]" (E.2 partially_met).
- Research only as "the latest thinking", sources only in a footnote (1.3
  partially_met).
- Parents: a value ("Parents' views matter to us") and one talk; not assessed
  (1.7, 6.S8 partially_met).
- Equality: level access and a welcome, nothing on disclosure or adjustments
  (3.1 partially_met).
- Entry open to any SENCO with the head's agreement, no check of readiness
  (5.2 partially_met).
- Placements only "if your school can release" the SENCO (5.5 partially_met).
- Second marking and moderation only planned (5.8 partially_met).
- Award on attendance plus passing the assignments (6.0 partially_met) and
  outcomes left unassessed (1.9 partially_met).
- Next steps only encouraged in general (2.5 partially_met).
- Access arrangements left to another course, the county Examinations
  Service's (6.S2d not_met). School self-evaluation is absent; only a comment
  raises it (6.K7 not_met).
- Outcomes not assessed ("—"): time management (6.A3), deploying staff (6.S4),
  parents (6.S8); the Development Log is "checked at tutorial, not marked" (6.A7);
  relationships with pupils only, not parents (6.A1) (all partially_met).
- A Fast Track Assessment is a real assessment-only route (2.3 met); a Starting
  Point conversation sets a Personal Route (2.2 met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _he_helpers as h
from docx.shared import Pt

OUT = Path(__file__).resolve().with_name("he-02-haddenshire-myths-and-facts.docx")
A1, A2 = "Ruth Bannister", "Kelsall Univ - M Ashdown"
D1, D2 = "2009-02-09T09:20:00Z", "2009-02-12T16:05:00Z"

d = h.new_doc("Calibri", 11)
P = lambda t="", **k: h.para(d, t, **k)
H = lambda t: d.add_heading(t, level=1)

d.add_paragraph("Myths and Facts: the Haddenshire SENCO Award", style="Title")
P("A briefing for headteachers and chairs of governors", bold=True, size=13, space_after=0)
P("Pupil Inclusion and Attendance Service · Spring Heads' Briefing, 4 February 2009", italic=True)

h.boxed(d, [
    "**For the TDA panel.** This is the briefing we gave Haddenshire heads in February, sent as it stands. "
    "We chose to answer heads' questions as myths because the same misunderstandings came up at every "
    "Area meeting. The myths in the boxes are what people have said to us; the facts that follow each one "
    "are our answer. Annex A was added for the panel. Ruth Bannister, Senior Inclusion Officer.",
], fill="FFF2CC")

P("A word from the Head of Service", bold=True, size=12, space_after=3)
P("Our short stay schools teach, every week, young people whom mainstream schools have struggled to keep. "
  "We believe that every child in Haddenshire deserves a SENCO who knows them, fights for them and can bring "
  "a whole staff with them. The Haddenshire SENCO Award exists to raise the achievement and improve the "
  "well-being of pupils with special educational needs and disabilities in your school: their progress in "
  "learning, their attendance, their safety and health, and their readiness for the next stage. Every "
  "assignment asks your SENCO to change something in your school and show what difference it made to "
  "named pupils. Our own staff have spent years in mainstream "
  "classrooms as well as in short stay schools, and we have built the Award round what works in both. "
  "We hope this briefing clears up some of what you have heard. – Graham Tolley, Head of "
  "Pupil Inclusion and Attendance")

P("Quick facts", bold=True, size=12, space_after=3)
h.table(d, [
    ["", ""],
    ["Who validates it", "Kelsall University, School of Education"],
    ["Level and credits", "Postgraduate Certificate, Master's level (Level 7); credits [TBC]"],
    ["Length", "Two or three terms, part time"],
    ["Taught days", "Ten Inclusion Days at our three short stay schools"],
    ["Assessment", "Three Practice Assignments (PA1–PA3)"],
    ["Start points", "September, January and April"],
    ["Fee", "£1,200 (the Authority pays half for maintained schools)"],
], widths=[4.5, 11.5], header=False)


_n = [0]


def myth(n, text):
    _n[0] += 1
    n = _n[0]
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    h.add_runs(p, f"**MYTH {n}**   \u201c{text}\u201d", size=11)
    h.shade(c, "DDEBF7")
    q = d.add_paragraph()
    h.add_runs(q, "The facts", bold=True, color="1F4E79")
    q.paragraph_format.space_after = Pt(2)
    q.paragraph_format.space_before = Pt(4)
    return q


H("1  Who the Award is for")
myth(1, "The Award is for SENCOs in special schools and PRUs.")
P("No. The Award is for teachers in mainstream primary and secondary schools who lead, or are about to lead, "
  "the coordination of SEN provision. It was designed with mainstream schools in mind, and the national "
  "requirement that new SENCOs gain the qualification from September 2009 applies to them.")
myth(2, "Experienced SENCOs have to sit through the whole course.")
P("Not necessarily. In exceptional cases, a teacher who already meets every outcome of the Award – for "
  "example an experienced SENCO new to a Haddenshire school, or a teacher from our outreach team or a special "
  "school – can take the Fast Track Assessment instead of the taught course. They submit a portfolio of "
  "evidence against every outcome and have a professional discussion with two assessors, one from the "
  "Service and one from Kelsall University. The fee is £450. Fast Track candidates are assessed against the "
  "same outcomes and standard as everyone else.")
myth(0, "Our higher-level teaching assistant can take it.")
P("The Award is for qualified teachers, because the SENCO in a maintained school must be a teacher. The "
  "Service runs a separate course for teaching assistants and HLTAs, the Supporting Inclusion Certificate, "
  "and many schools send their senior TA on it in the same year as the SENCO starts the Award.")
myth(3, "My SENCO already has the county's Inclusion Certificate, so she'll get credit for it.")
p = P("Sadly not. Kelsall University does not give credit for prior study or experience on this Award: "
      "every participant completes all three Practice Assignments. ")
h.del_run(p, "Holders of the Inclusion Certificate may claim up to 20 credits through the University's "
             "APEL procedure.", A2, D2)
myth(4, "There is an entry test.")
P("No. Any teacher with QTS who is the school's SENCO, or is about to become it, can join with the "
  "headteacher's agreement. There is no test and no interview.")
P("Before the first Inclusion Day every participant has a Starting Point conversation with their Inclusion "
  "Tutor. Together they rate the participant against each outcome of the Award, using the Starting Point "
  "profile and evidence from the participant's school, and agree a Personal Route: which of the optional "
  "Inclusion Days to attend, which outcomes to focus on, and the participant's own targets for the Award, "
  "which are recorded and revisited at each tutorial.")
crb_facts = myth(5, "Schools have to sort out the CRB.")
p = P("")
h.del_run(p, "Your SENCO's CRB check is a matter for you as the employer, and we do not ask about it. ", A1, D1)
h.ins_run(p, "At enrolment the Service's Course Administrator sees each participant's enhanced CRB "
             "disclosure and records its date. Where a participant has not worked in a post with regular "
             "contact with children in the last three months, the County's HR team obtains a new enhanced "
             "disclosure before the first Inclusion Day, and we also ask the headteacher to confirm that "
             "there are no outstanding concerns about the participant's conduct.", A1, D1)
crb_para = p

H("2  How it runs")
myth(6, "It's all done online now.")
P("There is no online or e-learning part of the Award. All the teaching happens face to face on the "
  "Inclusion Days and in tutorials. Participants can email their tutor between days, and tutors aim to "
  "reply within three working days.")
myth(7, "You have to start in September.")
P("There are three start points each year: September, January and April. Every Inclusion Day is run twice, "
  "once as a full day and once as two twilight sessions, so your SENCO can choose what suits your "
  "timetable, and apart from Inclusion Day 1 the days can be taken in any order. A participant can take "
  "two terms or three to finish.")
myth(0, "If my SENCO misses a day, she will have to drop out.")
P("No. Because every Inclusion Day runs twice, a participant who misses one can usually catch it within a "
  "few weeks; if not, they join the next group's day. Each participant has three tutorials a year with "
  "their Inclusion Tutor, one of them in their own school, to review the Personal Route, and the route can "
  "change if the participant's role or school changes – for instance when a SENCO moves from a primary to "
  "a secondary school part way through.")
myth(8, "It's just lectures.")
P("Each Inclusion Day mixes input, case work with real (anonymised) pupils from our short stay schools and "
  "planning for a task back in school. The days are:")
h.table(d, [
    ["Day", "What it covers", "Where"],
    ["ID1", "The SENCO's role; the SEN Code of Practice, statements, annual reviews and transition; "
     "Every Child Matters; the Disability Discrimination Act and disability equality duty; current national "
     "policy, including Removing Barriers to Achievement", "Beacon House"],
    ["ID2", "How children develop: language, learning, emotional and social development, and how SEN, "
     "disability, home and school environment affect it", "Old Forge"],
    ["ID3", "Behavioural, emotional and social difficulties; building relationships with pupils", "Riverbank"],
    ["ID4", "Specific learning difficulties and dyslexia; moderate learning difficulties; what research "
     "says works; ICT to remove barriers", "Beacon House"],
    ["ID5", "Autism and speech, language and communication needs; hearing pupils' views: Talking Mats, "
     "person-centred reviews and pupil-led target setting", "Old Forge"],
    ["ID6", "Identifying needs, targets and tracking: teacher assessment, national tests and P scales; "
     "formative assessment in the classroom; a talk from the Parent Partnership Service", "Riverbank"],
    ["ID7", "Working with colleagues and other agencies: educational psychology, CAMHS, social care, "
     "health, the voluntary sector", "Beacon House"],
    ["ID8", "Provision mapping; managing the SENCO week; deploying teaching assistants", "Old Forge"],
    ["ID9", "Leading colleagues: coaching, observation and feedback, training; reviewing provision with "
     "colleagues", "Riverbank"],
    ["ID10", "Influencing the senior team and governors; policy, ethos and budgets; presentations of PA3",
     "Beacon House"],
], widths=[1.4, 12.0, 2.6])
P("Between the days participants carry out the tasks for their Practice Assignments in their own school "
  "(see the myth about essays below), so what they learn is used straight away with their own pupils and colleagues.")
myth(9, "It's all about behaviour because the behaviour service runs it.")
p = P("Behaviour is one day out of ten. The Award covers the range of needs SENCOs meet most often – "
      "dyslexia and specific learning difficulties, speech, language and communication needs, autism, "
      "moderate learning difficulties, and behavioural, emotional and social difficulties – together with "
      "the law and national policy. The course reflects the latest thinking on inclusion.")
h.footnote(d, p, "For example Ofsted (2006) Inclusion: does it matter where pupils are taught?; "
                 "DCSF (2008) The Bercow Report; Rose (2009, forthcoming) on dyslexia.")
myth(10, "Our SENCO is disabled, so the venues won't be suitable.")
P("All three short stay schools have level access, an accessible toilet and parking by the door. We "
  "welcome applications from all teachers.")
myth(11, "The tutors are out of touch with mainstream schools.")
P("The course leader, Ruth Bannister, was a SENCO in Haddenshire primary and secondary schools for twelve "
  "years and holds an MEd in Inclusive Education. The Inclusion Tutors are the three heads of our short "
  "stay schools and two senior outreach teachers, who spend most of their week in mainstream schools. All "
  "hold postgraduate SEN qualifications, and each of them completes at least five days of their own "
  "specialist CPD a year. Kelsall University's Inclusion team teaches on ID4 and ID5 and runs tutorials.")
P("Participants meet specialists from the educational psychology, speech and language therapy, sensory "
  "support and CAMHS teams on the Inclusion Days. Placement days in one of our short stay schools or in a "
  "special school can be arranged if your school can release the SENCO.")

H("3  What it asks of your school")
myth(12, "Your SENCO will be out of school for weeks.")
P("Ten days across two or three terms, and the twilight option reduces that further. The rest of the work "
  "is done in your school, on your pupils, with your staff.")
myth(0, "It costs too much for a small school.")
P("The fee is £1,200, and the Authority pays half for every maintained school in Haddenshire, so the "
  "school's share is £600. Small schools in the same cluster can share a School-based Mentor. Because the "
  "assignments are built round work your SENCO would be doing anyway – mapping provision, tracking "
  "pupils, training staff – the Award is not an extra project but a way of doing the job well, and the "
  "twilight option keeps supply cover to a minimum.")
myth(13, "The head has to mentor the SENCO.")
P("We ask you to name a School-based Mentor: a senior leader, who need not be the head. Mentors meet the "
  "SENCO at least twice a term and sign off the school-based tasks. Every mentor comes to a two-hour "
  "Mentor Briefing on the role, the outcomes and the tasks and receives the Mentor Handbook. Inclusion "
  "Tutors have a day's induction each year on tutoring, the assignments and the marking criteria.")
myth(14, "The assignments are just essays.")
P("They are pieces of practice in your school, written up:")
for t in ["• PA1 Knowing Our Pupils (3,000 words): the participant identifies pupils who may have SEN, "
          "using observation, data and the reports of other professionals; tracks their progress with "
          "teacher assessment and national test results; maps the school's provision and identifies what "
          "is missing or not working; and sets targets.",
          "• PA2 Making a Difference (4,000 words): the participant plans and leads an intervention for a "
          "small group, chosen with the evidence from research on what works; records a conversation with "
          "each pupil about their targets and how they are getting on; takes baseline and follow-up "
          "measures of the pupils' attainment, attendance and well-being; and evaluates the result. It "
          "includes a section on the law and guidance that applies to the pupils concerned.",
          "• PA3 Leading Change (2,500 words and a 15-minute presentation to the participant's senior "
          "team, observed by the tutor): the participant works with colleagues to review how well SEN "
          "provision is working, coaches a colleague, observes and gives feedback, runs a training session "
          "and proposes a change to policy or resources to the senior team and governors."]:
    P(t, space_after=2)
P("Each assignment is marked by the Inclusion Tutor who taught the group, against the Kelsall marking "
  "criteria. We plan to introduce second marking and moderation with Kelsall University from the second "
  "cohort.")
myth(0, "Our pupils' information will be passed around the course.")
P("No. Pupils are never named in assignments or on Inclusion Days. Participants anonymise all case "
  "material, ask parents' permission before using a pupil's work, and keep the raw data in school. The "
  "case studies we use from our short stay schools are anonymised in the same way.")
myth(15, "Parents aren't part of it.")
P("Parents' views matter to us. On Inclusion Day 6 a parent from the Parent Partnership Service talks "
  "about what families want from a SENCO.")
myth(16, "Heads have no say in it.")
P("You shaped it. In spring 2008 we surveyed every Haddenshire headteacher and SENCO and held discussion "
  "groups at the four Area Heads' meetings and with the SENCO Network. The table shows what you told us and "
  "what we changed.")
h.table(d, [
    ["What you told us", "What we did"],
    ["SENCOs cannot be out of school for whole days every few weeks (71% of heads)",
     "Twilight versions of every day; three start points"],
    ["New SENCOs struggle most with data and with leading colleagues",
     "ID6 on tracking; PA3 on leading change"],
    ["Behaviour should not dominate: most pupils on our registers have learning or language needs",
     "Behaviour reduced to one day; ID4 and ID5 added"],
    ["The course must lead to something useful for the school, not just an essay",
     "All three assignments built round a change in the participant's school"],
], widths=[8.0, 8.0])
P("Two headteachers and two SENCOs sit on the Award Board with the Service and the University. Each term "
  "the Board reads participants' evaluations of every Inclusion Day, the tutors' reports and the "
  "assignment results, and each year it receives the University's annual monitoring report and a survey "
  "of participants' headteachers and mentors on the difference the Award has made in school; it agrees "
  "the changes to be made for the next cohort. Former participants will return as guest speakers and "
  "mentors, and the school councils of our three short stay schools give their views each year on what a "
  "good SENCO does.")

H("4  What your SENCO comes away with")
myth(17, "It isn't a real qualification.")
p = P("It is a Postgraduate Certificate of Kelsall University, validated by the University's School of "
      "Education at Master's level. The number of credits is being finalised with the University [TBC], "
      "and participants can use them towards Kelsall's MA in Inclusive Education.")
h.footnote(d, p, "Kelsall University, Regulations for Postgraduate Awards 2008-09, section 4.")
myth(18, "Once they've done the days, they've got it.")
P("Your SENCO gains the Award by attending at least eight of the ten Inclusion Days and passing all three "
  "Practice Assignments. A participant who fails an assignment may resubmit it once.")
myth(19, "They'll learn how to do exam access arrangements.")
P("Not on this Award. Access arrangements for national tests and examinations are covered by the County "
  "Examinations Service's separate training for exams officers and SENCOs.")
myth(0, "It won't make any difference to our pupils.")
P("Every participant has to show the difference. In Making a Difference (PA2) your SENCO takes baseline "
  "measures for a group of pupils before an intervention and measures again afterwards; in Leading "
  "Change (PA3) they report what changed in colleagues' practice. The results are fed back to you through "
  "your School-based Mentor, and the Service reports the totals across the county to the Award Board.")
myth(20, "It all stops when the course ends.")
P("We encourage participants to think about what comes next. Several SENCOs from our earlier courses have "
  "gone on to Master's study, and we hope many from the Award will too.")

H("Annex A  The Award in brief (for the TDA panel)")
P("**Evaluation and impact.** Participants evaluate every Inclusion Day and complete a confidence rating "
  "against each outcome at their Starting Point conversation and again at the end. In PA2 each participant "
  "records baseline and follow-up measures for every pupil in the intervention group – reading or maths "
  "age, attendance, and a well-being scale completed with the pupil – and we collate these across the "
  "cohort each year, with the participants' before-and-after confidence ratings, in the report to the "
  "Award Board. Kelsall's external examiner reports on standards each year, and the University's annual "
  "monitoring applies.")
P("**How the Award is organised.** The Award is run by the Service's Professional Learning team from Beacon "
  "House, with a course leader, five Inclusion Tutors and a Course Administrator. Kelsall University's "
  "School of Education is responsible for the award, its regulations, the external examiner and annual "
  "monitoring; a named University link tutor attends the Award Board and teaches on two Inclusion Days. "
  "The course team meets after every Inclusion Day to review the day's evaluations and agree any changes "
  "to the next run of that day, and after each assignment deadline to review results and the feedback "
  "given to participants. Each participant's Starting Point profile, Personal Route, tutorial notes and "
  "results are kept on a single record, which the tutor and participant update at each tutorial.")
P("**Resources.** Participants can borrow assessment kits, intervention programmes and books from the "
  "Inclusion Resource Library at Beacon House, and use the assistive technology suite there (text-to-speech "
  "and mind-mapping software, alternative keyboards, communication aids) with our ICT adviser. Kelsall "
  "University gives every participant library and online journal access.")
P("**The outcomes.** The table shows how we put the outcomes to participants, where the programme works on "
  "each and how we check it.", space_after=4)
rows = [
    ["By the end, your SENCO can…", "Where we work on it", "How we check"],
    ["ATTRIBUTES", None, None],
    ["Build respectful, supportive relationships with pupils with SEN", "ID3", "PA2 (pupil conversations)"],
    ["Win the commitment of colleagues and senior leaders", "ID9, ID10", "PA3 presentation"],
    ["Manage their time and priorities and delegate", "ID8", "—"],
    ["Solve problems and make sound decisions about provision", "ID8, ID9", "PA1; PA3"],
    ["Communicate clearly in writing and speech and listen to others", "all days", "All PAs; PA3 presentation"],
    ["Use research and outside advice to improve practice", "ID4, ID7", "PA2"],
    ["Keep up to date and take charge of their own CPD", "ID1, tutorials", "Development Log (checked at tutorial, not marked)"],
    ["KNOWLEDGE", None, None],
    ["SEN law, the Code of Practice and how to apply them", "ID1", "PA2"],
    ["Every Child Matters and the SENCO's part", "ID1", "PA2 (well-being measures)"],
    ["Disability equality law and what it requires", "ID1", "PA3 (policy proposal)"],
    ["How children develop and what affects it", "ID2", "PA1"],
    ["The common types of SEN and how they affect learning", "ID3, ID4, ID5", "PA1; PA2"],
    ["Approaches, strategies and resources, including ICT", "ID4, ID5", "PA2"],
    ["Best practice and what research shows", "ID4", "PA2"],
    ["External agencies and getting specialist help", "ID7", "PA1 (other professionals' reports)"],
    ["SKILLS", None, None],
    ["Influence the school's strategy, ethos and resources with senior staff and governors", "ID10", "PA3"],
    ["Identify needs, set targets, plan interventions, review progress", "ID6", "PA1; PA2"],
    ["Use other professionals' assessments", "ID7", "PA1"],
    ["Track progress with summative and national test data", "ID6", "PA1"],
    ["Help colleagues develop formative assessment", "ID6", "PA3 (training session)"],
    ["Map provision and find what is missing or not working", "ID8", "PA1"],
    ["Deploy teaching assistants and other staff", "ID8", "—"],
    ["Develop colleagues: coaching, observation, feedback, training", "ID9", "PA3"],
    ["Review with colleagues how well provision is working", "ID9", "PA3"],
    ["Involve pupils in planning and reviewing their provision", "ID5", "PA2 (pupil conversations)"],
    ["Work with parents and carers", "ID6 (Parent Partnership talk)", "—"],
    ["Work with other services and voluntary organisations", "ID7", "PA1; PA2"],
]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    if r[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 2))
        h.cell_text(c, r[0], bold=True, size=9, fill="DDEBF7")
        continue
    for j, v in enumerate(r):
        h.cell_text(t.cell(i, j), v, bold=(i == 0), size=9, fill=("BDD7EE" if i == 0 else None))
d.add_paragraph()
P("Ruth Bannister, Senior Inclusion Officer, Pupil Inclusion and Attendance Service, Haddenshire County "
  "Council, Shire Hall, Kelsall. 16 February 2009.", italic=True)

# comments
h.comment(d, crb_facts.runs[0],
          "HR have confirmed they can turn new disclosures round in three weeks. RB", "Ruth Bannister", "RB")
for para_ in d.paragraphs:
    if para_.text.startswith("Not on this Award"):
        h.comment(d, para_.runs[0], "Should we put access arrangements back in? The Exams Service course is "
                  "full until the autumn. MA", "M Ashdown", "MA")
    if para_.text.startswith("The outcomes."):
        h.comment(d, para_.runs[0], "There is no row on school self-evaluation. Kelsall's panel flagged this – "
                  "add to ID10 and PA3? MA", "M Ashdown", "MA")

h.header_footer(d, "Haddenshire County Council · Pupil Inclusion and Attendance Service · Myths and Facts",
                "PIAS/SA/04 · February 2009 · Please share with your SENCO and your chair of governors")
d.save(OUT)
print(OUT.name, h.word_count(OUT), "words")
