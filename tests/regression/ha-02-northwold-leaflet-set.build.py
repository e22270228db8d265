"""ha-02-northwold-leaflet-set: build the .docx next to this script.

Provider: St Cuthwin's Hospital School (on the site of Northwold Children's
Hospital) and the Learning and Education Service of Northwold Children's
Hospital NHS Foundation Trust, with Harbourne University accrediting. The
course is "the SENCO Award"; its teaching days are "Study Days", its three
days in the hospital school the "Ward Week", its online space "Cloudbase",
its assessed pieces "Tasks" 1-4 (Pupil Profile, Provision Review, Colleague
Project, Conversation with your tutor).

Document kind and layout: a set of eight information leaflets for teachers,
written in the Trust's patient-information house style (leaflet codes, "What
is...?" question headings, "Questions you may want to ask" lists, contact
lines, "My notes" lines, other-formats statements), sent whole as the
application under a covering letter from the headteacher. Second person
("you") throughout. Heading 1 per leaflet, Heading 2 per question. A
header and a footer; leaflet 5 holds the outcome table in the school's own
words (no codes), grouped with shaded group rows; tracked changes (a deleted
table row, a deleted sentence, an inserted sentence); two comments; a
placeholder.

Traps (requirement ids affected):
- E.2: 60 credits, but teachers without a postgraduate qualification may take
  it "at Level 6" as a Graduate Certificate: partially_met.
- 2.3: the portfolio-only Outreach Certificate route "closed in July 2007"
  (past arrangement ended); nothing replaces it. not_met.
- 2.1: credit only for the University's own Certificate in Inclusive
  Practice; no accreditation of other study or experience. partially_met.
- 2.5: "we will send you details of the MA" / hope you carry on: general,
  no help to set targets. partially_met.
- 1.5: a value statement and watching ward teachers plan with patients in
  Ward Week; no development of consulting skills. partially_met.
- 4.1: "we know from our work with schools" - no evidence gathered.
  partially_met. 4.2 and 4.3 met (Parent Carer Forum change; Course
  Committee with a parent, a young person, a head; heads' survey).
- 5.1: internal evaluation only (questionnaires, Course Committee); the
  external examiner is only in a comment. partially_met.
- 5.8: marking by "your tutor" only; moderation and external examiner only in
  a comment. not_met.
- 5.9: participants' confidence measured; pupils' progress appears only as a
  question in a "Questions you may want to ask" list. partially_met.
- 5.2: entry is QTS plus the head's agreement; nothing checks prior knowledge
  or skills. partially_met.
- 5.6: only "Cloudbase, library membership and all course materials" and a
  Study Day on ICT and assistive technology; no specialist resources for
  participants described. partially_met.
- 5.3: met concretely (head confirms disclosure number and date; new check
  through the Trust after three months out of school); notes_on_met.
- 3.1: leaflet 6 is about adjustments for participants (met); it is not
  teaching of disability equality law (6.K3's row is deleted).
- Criterion 6 (leaflet 5): A3, A7, S2c "We will talk about this in your
  tutorials" (formative); S7 developed in Ward Week but no Task; K7 empty
  "How we will know" cell -> partially_met. K3's row is a tracked deletion;
  S2d and S6 are missing -> not_met. 1.9 partially_met; 6.0 partially_met
  (passing the four Tasks does not cover every outcome).
- "Questions you may want to ask" lists are prompts, not answers.
"""
from pathlib import Path
import docx
from docx.shared import Pt
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ha_helpers import table, boxed, ins, dele, shade, delete_row, field_page

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = docx.Document()
st = doc.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Northwold Children's Hospital NHS Foundation Trust  -  Information for teachers"
fp = sec.footer.paragraphs[0]
fp.text = "Leaflet set EDU-SA  |  Issue 1  |  February 2009  |  Review date February 2010  |  "
field_page(fp)

H = lambda t, l=1: doc.add_heading(t, level=l)
P = lambda t: doc.add_paragraph(t)


def B(items):
    for i in items:
        doc.add_paragraph(i, style="List Bullet")


def leaflet_end(code, questions, contact):
    H("Questions you may want to ask", 2)
    B(questions)
    P("My notes: ______________________________________________")
    P("Contact: " + contact)
    P("If you need this leaflet in large print, on audio CD, in Braille or in another language, please ask the Learning and Education Service on 01733 405 220. Leaflet " + code + ".")


# covering letter
for line in ["St Cuthwin's Hospital School", "Level 2, Northwold Children's Hospital, Gallows Lane, Northwold NW4 7QE", "", "The Approval Panel, National Award for SENCOs", "Training and Development Agency for Schools", "", "20 February 2009"]:
    P(line)
P("Dear Panel members,")
P("Application for approval: the SENCO Award, St Cuthwin's Hospital School and the Trust's Learning and Education Service, with Harbourne University")
P("We enclose our application in the form our teachers will actually meet it: the set of eight leaflets the Trust's Learning and Education Service has produced, in the same house style as the leaflets our patients and families receive. We decided early on that if the course could not be explained plainly to a busy teacher it was not ready, and the Trust's Readers' Panel of parents has checked every leaflet for plain English. The leaflets are written to the teacher (\"you\"). Together they describe the whole course.")
P("St Cuthwin's teaches about 1,800 children a year on the wards and in our two classrooms, and we work daily with the SENCOs of the schools our pupils come from and return to. Harbourne University accredits the Award and its Postgraduate Certificate in Education (SEN Coordination) regulations apply.")
P("Yours faithfully,")
P("Miriam Lowther, Headteacher, St Cuthwin's Hospital School")
P("Paul Lindqvist, Head of Learning and Education, Northwold Children's Hospital NHS Foundation Trust")
doc.add_page_break()

# Leaflet 1
H("1. Thinking about the SENCO Award?")
P("Leaflet EDU-SA-01. Information for teachers")
H("What is the SENCO Award?", 2)
P("The SENCO Award is a one-year, part-time course for teachers who lead, or are about to lead, the coordination of provision for children with special educational needs in their school. It is the national award that all new SENCOs are expected to gain, run by St Cuthwin's Hospital School and the Trust's Learning and Education Service, and accredited by Harbourne University.")
P("The whole point of the course is the children. You will spend the year finding out how to help pupils with SEN and disabilities do better: in their learning, and in being healthy, staying safe, enjoying school, making a contribution and getting ready for adult life. Everything you write for the course asks you to show what changed for children in your school.")
H("What qualification will I get?", 2)
P("When you complete the Award you receive Harbourne University's Postgraduate Certificate in Education (SEN Coordination), worth 60 credits at Masters level (Level 7), which can count towards the University's MA in Education. If you have not studied beyond your first degree, you can choose to take the same course at Level 6 and receive the University's Graduate Certificate instead; the Study Days are the same and the Tasks are marked against Level 6 criteria.")
H("Who can take it?", 2)
P("You need to be a qualified teacher working in a school in Northwold, Fenmarsh or the surrounding authorities, in a role that includes coordinating SEN provision or about to take one on, and your headteacher needs to agree to release you for the Study Days and the Ward Week. You will need a headteacher's agreement form (leaflet 2).")
H("How much does it cost?", 2)
P("The fee for 2009-10 is £1,500, which your school pays. Most schools use the funding the government provides for the national award. Cloudbase, library membership and all course materials are included.")
H("Why a hospital school?", 2)
P("Our teachers work every day with children whose education has been broken by illness, injury or mental health difficulties, and with the SENCOs who welcome them back. We know what makes the difference. We also know from our work with schools that SENCOs want more help with medical needs, with working alongside health staff and with getting colleagues on board, and we have built the course round those needs.")
P("Our next open evening is on [insert date of open evening] in the Lantern Room, Education Centre.")
leaflet_end("EDU-SA-01", ["Will the course fit round my timetable?", "Can my school share the cost with another school?", "Do I have to be the SENCO already?"], "Course Administrator, Learning and Education Service, 01733 405 220, senco.award@northwold.nhs.uk")

# Leaflet 2
H("2. Applying, checks and your starting conversation")
P("Leaflet EDU-SA-02. Information for teachers")
H("How do I apply?", 2)
P("Fill in the application form on Cloudbase or on paper and ask your headteacher to complete the headteacher's agreement form. Applications close six weeks before each start date. We will let you know within two weeks whether you have a place.")
H("What checks will you make?", 2)
P("Because you will spend time with children in the hospital school, we need to know you are safe to work with them. We will ask your headteacher to confirm on the agreement form the number and date of your enhanced CRB disclosure and that there are no concerns about your conduct or any outstanding disciplinary matters. If you have not worked in a school for more than three months, the Trust's Recruitment team will carry out a new enhanced CRB check before you start, and will ask your previous employer for a reference. We cannot confirm your place until these checks are complete.")
H("What is the starting conversation?", 2)
P("Before your first Study Day you will meet your tutor, in your school or at the hospital, for about an hour and a half. Beforehand you will fill in the Starting Sheet, rating yourself against each thing the course expects you to be able to do (leaflet 5) and noting examples from your work. In the conversation your tutor will ask about your examples and help you check your ratings, because it is easy to think you know something well when the rules have moved on. Together you will agree your Personal Learning Plan: which outcomes you most need to work on, which you can already show, which optional workshops you should attend, and what your Pupil Profile and Colleague Project might be about. Your tutor will look at the plan with you again at the midway tutorial.")
H("Can I get credit for study I have already done?", 2)
p = P("If you have already passed Harbourne University's Certificate in Inclusive Practice in the last five years, you can count 20 credits towards the Award and you will not need to complete Task 1. ")
dele(p, "Credit for other study and for experience can be claimed through a portfolio, assessed by the course leader.", author="Paul Lindqvist", date="2009-02-16T11:02:00Z")
H("Can I just be assessed?", 2)
P("Until July 2007 experienced teachers could gain the hospital school's Outreach Certificate by submitting a portfolio without attending. That route closed in July 2007, when the Outreach Certificate ended, and everyone now takes the full course.")
leaflet_end("EDU-SA-02", ["What happens if my CRB check is more than three years old?", "Can I change my Personal Learning Plan during the year?", "Who sees my Starting Sheet?"], "Course Administrator, 01733 405 220")

# Leaflet 3
H("3. How the course is run")
P("Leaflet EDU-SA-03. Information for teachers")
H("When does it start?", 2)
p = P("There are two start dates a year, in September and February. You can start with either, and if something happens during the year you can pause and rejoin the next group at the same point. ")
ins(p, "From September 2009 there will also be an Evening Route, with the Study Days taught as twelve twilight sessions from 4.30 to 7.30 for teachers whose schools cannot release them in the day.", author="Paul Lindqvist", date="2009-02-16T11:20:00Z")
H("What will I do?", 2)
B([
    "Six Study Days at the Education Centre, about one every five weeks, 9.30 to 3.30.",
    "The Ward Week: three days (not necessarily consecutive) in St Cuthwin's, working alongside our teachers on the wards and in the classrooms.",
    "Study on Cloudbase between Study Days: readings, short activities and discussion with your group.",
    "Practice in your own school: the Pupil Profile, the Provision Review and the Colleague Project (leaflet 4).",
    "Three tutorials with your tutor: the starting conversation, a midway tutorial and the final Conversation.",
])
H("What are the Study Days about?", 2)
table(doc, [
    ["Study Day", "Theme", "Who teaches"],
    ["1", "The SENCO, the law and the Code of Practice; Every Child Matters; what the Lamb Inquiry and the Bercow Review mean for your school", "Course leader; Fenmarsh SEN Team manager"],
    ["2", "How children develop, and what illness, disability and the environment do to development", "Consultant paediatrician; course leader"],
    ["3", "The main types of need: speech, language and communication, autism, dyslexia and specific learning difficulties, behaviour, emotional and social difficulties, moderate learning difficulties", "Trust speech and language therapist; clinical psychologist; St Cuthwin's SENCO"],
    ["4", "Assessment, planning, provision mapping and tracking progress; ICT and assistive technology", "Course leader; St Cuthwin's ICT lead"],
    ["5", "Working with families and with other services, including voluntary organisations", "Northwold Parent Partnership; Parent Carer Forum; Northwold Hospital Play Service"],
    ["6", "Leading colleagues: gaining support, coaching, delegation, managing teaching assistants", "Course leader; a serving SENCO"],
])
P("")
P("Study Day readings include Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008), and recent research on interventions for reading and for language, which you discuss on Cloudbase before the day.")
H("What is Cloudbase?", 2)
P("Cloudbase is the course's online space, on the Trust's learning platform. Each module has weekly readings and tasks, a discussion board for your group of about twelve, and a place to upload drafts. Your tutor reads and answers posts in the discussion board within two working days and holds a one-hour online tutorial for your group every fortnight between Study Days, which you can join from school or home. You can message your tutor and your group at any time, and your school-based mentor has a log-in to see your plan and leave notes. Tutors use Cloudbase to send schools the dates of visits and to share marking feedback with each other.")
H("Who will teach me?", 2)
table(doc, [
    ["Name", "Role", "Background"],
    ["Dr Anna Rybak", "Course leader", "Former SENCO and LA advisory teacher; PhD on the education of children with chronic illness; Senior Teacher, St Cuthwin's"],
    ["Tom Ashdown", "Tutor", "SENCO, St Cuthwin's since 2004; MA Special and Inclusive Education; OCR Certificate in specific learning difficulties"],
    ["Leila Farouk", "Tutor", "Specialist speech and language therapist, Northwold Children's; tutor on the Trust's ward-teaching course"],
    ["Dr Graham Pell", "University tutor", "Senior lecturer, Harbourne University; leads the MA in Education (Inclusion)"],
])
P("")
leaflet_end("EDU-SA-03", ["Can I do the course without attending the Study Days?", "What if I miss a Study Day?", "Will the Evening Route have the same tutors?"], "Dr Anna Rybak, course leader, 01733 405 231")

# Leaflet 4
H("4. Your practice in school")
P("Leaflet EDU-SA-04. Information for teachers")
H("Why is so much of the course in my school?", 2)
P("Because that is where children's lives change. Each piece of work you do for the Award is something you would want to do as a SENCO anyway, carried out in your school and written up so that you and we can see what it achieved.")
H("What will I do in school?", 2)
P("The Pupil Profile (Task 1) follows one child with SEN or a disability through a term: what the assessments of different professionals say, what you and the child's teachers set as targets, what provision you put in place, how you and the family worked together, and what the child's progress was, measured before and after. The Provision Review (Task 2) maps your school's provision for a year group, tests it against the data on pupils' progress and finds what is not working or missing. The Colleague Project (Task 3) is a change you lead with colleagues: for example coaching teaching assistants in a reading intervention, or training teachers in adapting lessons, with your headteacher's agreement and an account of what changed.")
H("Who will support me in school?", 2)
P("You choose a mentor in your school, usually a member of the senior team. Mentors come to a preparation afternoon at the Education Centre at the start of each intake, where the course leader explains the mentor's part (two meetings a term with you, signing your practice log, giving feedback on one session you lead with colleagues) and gives them the Mentor Guide. Your tutor visits your school once during the year to meet you and your mentor.")
H("What about the children's views?", 2)
P("We believe children are the experts on their own lives and should always be asked. In the Ward Week you will see how our teachers plan lessons with patients at the bedside.")
H("What about parents and carers?", 2)
P("Study Day 5 is run with the Northwold Parent Partnership Service and parents from the Parent Carer Forum. You practise difficult conversations, using real (anonymised) situations the parents bring, and for the Pupil Profile you must plan and hold a meeting with the child's parents or carers and include their view of the outcome.")
H("What about colleagues outside school?", 2)
P("On Study Day 5 you also meet staff from the Trust's therapy teams, the local authorities' specialist teaching services, the educational psychology service and two voluntary organisations (the Northwold Autism Family Group and Young Minds Matter). Your Pupil Profile must show how you worked with at least one service outside the school.")
H("What is the Ward Week?", 2)
P("You spend three days with St Cuthwin's teachers, seeing how a hospital school coordinates provision for children with very different needs at short notice, how we take part in discharge planning, and how we work with home schools. Our partner special schools, Fenbridge School and The Willows, also host a half-day visit for each group.")
leaflet_end("EDU-SA-04", ["Can my mentor be the headteacher?", "What if my Pupil Profile child moves school?", "Will the children in my school be asked what they think of the course?"], "Tom Ashdown, tutor, 01733 405 236")

# Leaflet 5
H("5. What you will learn and how we will know")
P("Leaflet EDU-SA-05. Information for teachers")
H("What will I be able to do by the end?", 2)
P("The table lists everything the national award expects of a SENCO, in our words, where on the course you work on it, and how we will know you can do it. Your Starting Sheet uses the same list.")
rows = [
    ["You will be able to...", "Where we work on it", "How we will know"],
    ["Being a SENCO people trust", "", ""],
    ["build fair, respectful and supportive relationships with children with SEN and disabilities and with their families", "Study Day 5; Ward Week", "Task 1 (Pupil Profile): parents' meeting and the family's view"],
    ["win the support of colleagues, including your headteacher and senior team", "Study Day 6", "Task 3 (Colleague Project)"],
    ["decide what matters most, manage your time and hand on work sensibly", "Study Day 6", "We will talk about this in your tutorials"],
    ["see problems coming, solve them and make sound decisions about provision", "Study Day 4; Cloudbase case discussions", "Task 2 (Provision Review)"],
    ["explain yourself clearly in speech and writing, and listen to others' views", "Every Study Day", "Task 4 (Conversation with your tutor) and all written Tasks"],
    ["use research and outside advice to improve your practice and your colleagues'", "Study Days 3-4; Cloudbase readings", "Task 3: the research behind your project"],
    ["keep yourself up to date and plan your own development", "Starting conversation; midway tutorial", "We will talk about this in your tutorials"],
    ["What you will know", "", ""],
    ["the law and guidance on SEN, including the Code of Practice, and how to use them in school", "Study Day 1", "Task 4 (Conversation with your tutor)"],
    ["what Every Child Matters aims for and the SENCO's part in it", "Study Day 1", "Task 1: the child's progress across the five outcomes"],
    ["the law on disability equality and what it asks of your school", "Study Day 1", "Task 4"],
    ["how children develop and how SEN, disability and the child's surroundings affect development", "Study Day 2", "Task 1"],
    ["the main kinds of SEN and disability and how they affect learning", "Study Day 3", "Task 1 and Task 4"],
    ["approaches, strategies and resources for assessment, planning and teaching, including ICT, and their strengths and limits", "Study Day 4", "Task 2"],
    ["how schools evaluate themselves and improve outcomes for pupils with SEN", "Study Day 6", ""],
    ["what works best in meeting SEN, from practice and research", "Study Days 3-4", "Task 3"],
    ["what other services do and how to get specialist help and resources", "Study Day 5", "Task 1: the services involved"],
    ["What you will do", "", ""],
    ["with your head and governors, shape your school's inclusive ethos, policies, priorities and spending", "Study Day 6", "Task 3, with your headteacher's statement"],
    ["spot pupils who may have SEN, set challenging targets, plan interventions and review progress", "Study Day 4", "Task 1"],
    ["use assessments from other professionals to plan teaching", "Study Days 3-4", "Task 1"],
    ["use test and assessment results, including national tests, to track progress and change programmes", "Study Day 4", "Task 2"],
    ["help other teachers use assessment for learning with pupils with SEN", "Study Day 6", "We will talk about this in your tutorials"],
    ["use provision mapping to manage provision and find what is not working or missing", "Study Day 4", "Task 2"],
    ["deploy and manage teaching assistants and other staff well", "Study Day 6", "Task 3"],
    ["support colleagues' development by observing, giving feedback, modelling, coaching and training", "Study Day 6", "Task 3: the session your mentor observes"],
    ["make sure pupils help plan, agree and review their own provision", "Ward Week", ""],
    ["work well with parents and carers", "Study Day 5", "Task 1"],
    ["work with other services and voluntary organisations", "Study Day 5", "Task 1"],
]
t = table(doc, rows)
for i, r in enumerate(rows):
    if r[1] == "" and r[2] == "" and i:
        for c in t.rows[i].cells:
            shade(c, "E2EFD9")
            for pp in c.paragraphs:
                for rr in pp.runs:
                    rr.bold = True
# delete the disability-equality row as a tracked change
delete_row(t.rows[12], author="Anna Rybak", date="2009-02-17T16:05:00Z")
P("")
H("How will I get the Award?", 2)
P("To be awarded the SENCO Award you need to pass all four Tasks. Task 4, the Conversation with your tutor, is a 40-minute professional discussion at the end of the year with your tutor and the University tutor, about your Pupil Profile, your Colleague Project and how the year has changed your practice.")
leaflet_end("EDU-SA-05", ["What happens if I fail a Task?", "Can I resubmit?", "How long are the written Tasks?"], "Dr Anna Rybak, course leader, 01733 405 231")

# Leaflet 6
H("6. If you have a disability or need adjustments")
P("Leaflet EDU-SA-06. Information for teachers")
H("Should I tell you about a disability or health condition?", 2)
P("We hope you will. The application form has a section for telling us about a disability, a long-term health condition, dyslexia or anything else that might affect your studies, and it explains what we will do with the information. You can also tell your tutor, or the Trust's Disability Adviser, at any time in the year; you do not have to do it at the start. We do not use the information in deciding whether to offer you a place.")
H("What adjustments can you make?", 2)
P("The Trust's Disability Adviser will meet you before the course to agree a Study Support Plan, which your tutors see. Adjustments we have made on our own courses include: handouts in large print or electronic copies a week in advance, a BSL interpreter or palantypist on Study Days, a reserved parking space and a rest room, extra time or a different format for the Conversation, coloured paper, recorded tutorials, and Ward Week arranged on the ground-floor wards or in the classrooms only. Harbourne University's Disability Service can assess you for the Disabled Students' Allowance.")
H("Is the building accessible?", 2)
P("The Education Centre is on the ground floor with level access, an accessible toilet and a hearing loop in every room. Cloudbase has been tested with screen readers.")
H("Do you treat everyone fairly?", 2)
P("The course follows the Trust's Single Equality Scheme. Our publicity and application form are available in alternative formats, and we check each year who applies, who is offered a place and who completes, by disability, ethnicity and gender, and report the figures to the Course Committee. Disabled teachers and parents of disabled children help teach Study Day 5, and two disabled former patients now working in education speak on Study Day 2 about their own schooling.")
leaflet_end("EDU-SA-06", ["Will my school be told about my disability?", "Can I have a copy of my Study Support Plan?"], "Disability Adviser, Learning and Education Service, 01733 405 244")

# Leaflet 7
H("7. Telling us what you think")
P("Leaflet EDU-SA-07. Information for teachers")
H("How do you check the course is good?", 2)
p = P("After every Study Day you fill in a short questionnaire on Cloudbase, and at the end of the year you complete a course questionnaire and join a group discussion with a member of the Trust's Patient and Public Involvement team who does not teach on the course. The tutors meet after each Study Day to read the questionnaires, and the Course Committee reviews the year and agrees changes for the next group.")
doc.add_comment(runs=[p.runs[0]], text="Harbourne will appoint an external examiner who will also moderate the Tasks - add once confirmed? PL", author="Paul Lindqvist", initials="PL")
H("Who is on the Course Committee?", 2)
P("The course leader, the headteacher of St Cuthwin's, the Head of Learning and Education, the University tutor, two SENCOs from earlier groups, a headteacher from a local school, a parent from the Northwold Parent Carer Forum, and a young person from the hospital's Youth Panel. It meets each term. At the end of the year headteachers of the schools whose SENCOs took part are sent a short survey asking what difference the course made in their school, and the results go to the Committee.")
H("Has anything changed because of what people said?", 2)
P("Yes. When we met the Parent Carer Forum in 2008 they told us that parents too often heard about SEN provision after decisions had been made, so the parents' meeting became a required part of the Pupil Profile. The Youth Panel asked that the Ward Week should not involve strangers simply watching them, so participants now work alongside our teachers rather than observing.")
H("How will my work be marked?", 2)
P("Your tutor marks each Task against the marking criteria in your course handbook and returns it with written feedback within four weeks.")
H("How will you know the course made a difference?", 2)
P("You rate your confidence against each outcome on the Starting Sheet at the beginning and again at the end, and we report the changes to the Course Committee.")
leaflet_end("EDU-SA-07", ["Will you measure how my pupils get on?", "Can I see the questionnaire results?", "Who do I talk to if I am unhappy with my marks?"], "Paul Lindqvist, Head of Learning and Education, 01733 405 210")

# Leaflet 8
H("8. After the Award")
P("Leaflet EDU-SA-08. Information for teachers")
H("What next?", 2)
P("We hope the Award will be the beginning rather than the end. Many SENCOs go on to further study, and we will send you details of Harbourne University's MA in Education, into which your 60 credits transfer. You will also be welcome at the St Cuthwin's SENCO network, which meets each term at the Education Centre.")
H("Will I stay in touch with the hospital school?", 2)
P("Yes, if you would like to. Our teachers will continue to contact you whenever one of your pupils is admitted or returns to school, and former participants are invited to help teach future groups.")
leaflet_end("EDU-SA-08", ["Will the Award count towards an MA?", "Can I come back to Study Days as a visitor?"], "Course Administrator, 01733 405 220")

doc.save(OUT)
print("wrote", OUT)
