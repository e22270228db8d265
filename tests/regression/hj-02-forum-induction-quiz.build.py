"""hj-02-forum-induction-quiz

Provider (invented): Forum Academy, the professional training arm of the
Dyslexia Forum (a national dyslexia association), with Cranmoor University,
which validates the programme and awards the Postgraduate Certificate
(National Award for SEN Coordination, 60 credits at masters level). June 2009.

Document kind and layout: the tutor copy, with answers, of the Induction Day
quiz ("How well do you know your course?") that tutors run with each new
group, sent as the application under a covering letter typed with manual line
breaks. No heading styles: round titles are bold capitals in shaded paragraph
bars; questions are bold "Q1." paragraphs; options are typed "A)" to "D)"
lines (distractors are wrong answers, not arrangements); each answer is a
shaded one-cell table beginning "ANSWER:" with a "Why:" explanation and
sometimes a "Tutor's note". Round 6, "Which Unit?", is a table of what a
SENCO who finishes can do, in the course's own words, with merged group rows,
the Unit and "How it's assessed". House vocabulary: Weekend, Online and
Twilight routes; Unit 1 The SENCO and the Law, Unit 2 Understanding Learners,
Unit 3 Leading Provision; Skills Self-Check; Study Pods; e-moderators;
Outcomes Record; Specialist Visit Day; Celebration Day; Recognition Panel;
Direct Assessment (Unit 3 only). Header "TUTOR COPY", footer; Word comments;
tracked changes; placeholders.

Traps (requirement ids):
- Distractor options are never arrangements: Q10's "the whole Award by
  portfolio" is wrong; the answer allows Direct Assessment for Unit 3 only
  (2.3 partially_met).
- Q21 "Which of these is NOT in the Unit 3 Portfolio?": the answer is the
  assessment-for-learning session for colleagues, dropped after the pilot (a
  past arrangement); nothing else develops it (6.S2c not_met).
- Q24 on the Parents' Helpline is the association's own service, not
  participants' skills (wrong-context); working with parents is one Unit 2
  session, not assessed (1.7 partially_met, 6.S8 partially_met).
- Q12 on the CRB: the Academy's registry checks each disclosure at enrolment
  (5.3 met); the distractor "your school does it, we don't need to know" is
  wrong.
- Q26 "Who keeps your Outcomes Record up to date?" is about records, not the
  participant's own CPD; keeping up to date is not in the Round 6 table
  (6.A7 not_met, wrong-context).
- Self-evaluation appears only as participants' self-evaluation of their
  learning (the Skills Self-Check) and a comment notes the school
  self-evaluation row is missing (6.K7 not_met; comment not evidence).
- Skills Self-Check only places participants in tutor groups, "it doesn't
  change what you study" (2.2 partially_met).
- Evaluation of impact: confidence only, "We do not ask you for your pupils'
  results"; a comment asking to collect pupil data is not part of the
  submission (5.9 partially_met).
- Currency of content only asserted in general terms (1.3 partially_met).
- Evaluation by stakeholders other than participants: heads only "receive a
  copy" of the report (4.3 partially_met).
- Q28: the distractor B (a workshop on next professional targets) was the
  pilot's; the answer leaves next steps to the participant and head (2.5
  not_met: distractor, past arrangement, someone else's responsibility).
- Skills Self-Check "doesn't change what you study: everyone follows the same
  three Units": tailoring only through routes and credit (2.4 partially_met).
- Tutors hold standardisation meetings, but tutor induction is a placeholder
  and mentor briefing is left to schools (5.7 partially_met).
- Round 6 rows "Discussed in seminar only" / "Tutorial feedback only (not
  marked)" for gaining the head's commitment, deploying TAs, reviewing
  provision with colleagues (6.A2, 6.S4, 6.S6 partially_met) so not all
  outcomes are assessed (1.9 partially_met).
- Tracked change in the disability equality row: "Unit 1 Essay" deleted and
  "Not separately assessed" inserted (6.K3 partially_met).
- Online route with e-moderators, Study Pods and live sessions (3.3 met);
  award rule outcome by outcome with no compensation (6.0 met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _hj_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10.5)
header_footer(d, "TUTOR COPY - ANSWERS - do not hand out to participants",
              "Forum Academy, Induction Day Quiz v2 (June 2009). The Dyslexia Forum is a registered charity.")
AU = "Diane Holt"
DT = "2009-06-02T09:15:00Z"


def bar(text):
    p = para(d, "**" + text + "**", size=12, color="FFFFFF")
    shade_para(p, "1F4E79")
    return p


def q(num, text, options):
    para(d, f"**Q{num}.** {text}", space_after=2)
    for o in options:
        para(d, o, space_after=0)
    para(d, "", space_after=0)


def ans(text, why=None, note=None):
    lines = ["**ANSWER: " + text + "**"]
    if why:
        lines.append("Why: " + why)
    if note:
        lines.append("Tutor's note: " + note)
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "\n".join(lines), fill="E2EFDA")
    para(d)
    return t


# ---- covering letter
p = d.add_paragraph()
r = p.add_run("Forum Academy"); r.bold = True
for ln in ["The Dyslexia Forum", "Lanyon House, 14 Church Row", "Wexham WX1 4DA", "", "Training and Development Agency for Schools", "SENCO Training Approval Panel", "", "12 June 2009"]:
    r.add_break()
    r = p.add_run(ln)
para(d, "Dear Panel members,")
para(d, "**Application for approval: National Award for SEN Coordination (Forum Academy with Cranmoor University)**")
para(d, "Rather than write our answers to the criteria out again, we are sending you the document our tutors will use on the morning of Induction Day with every new group: a quiz, run in teams, about how the course works. We wrote it because new participants never read the handbook, and a quiz gets them talking about it. The tutor copy has the answers, and the answers are our arrangements. The wrong options in each question are just that: wrong. Round 6 sets out what a SENCO who finishes our course can do and where it is assessed.")
para(d, "Forum Academy is the professional training arm of the Dyslexia Forum, which has trained specialist teachers for twenty-two years. Cranmoor University validated the course on 20 May 2009 and will award the certificate.")
para(d, "Yours faithfully,")
para(d, "Diane Holt\nHead of Forum Academy")

bar("HOW TO RUN THE QUIZ")
para(d, "Put participants in teams of four, mixing routes and phases. Read each question aloud and show the options on the screen. Give the answer and the Why after each round; the Tutor's notes are for you. Allow fifty minutes. The winning team chooses the biscuits for Weekend 2. Answer sheets are on the last page.")

# ---- Round 1
bar("ROUND 1: THE AWARD AND WHO GIVES IT")
q(1, "Who awards the certificate you will get at the end of the course?", ["A) The Dyslexia Forum", "B) The TDA", "C) Cranmoor University", "D) Your local authority"])
ans("C", "Cranmoor University validated the course in May 2009 and awards the Postgraduate Certificate in SEN Coordination, which carries the National Award. Forum Academy teaches it under Cranmoor's partnership agreement, and Cranmoor's School of Education appoints the external examiner and chairs the Award Board.")
q(2, "How many credits is the course worth, and at what level?", ["A) 30 credits at Level 6", "B) 60 credits at masters level", "C) 120 credits at masters level", "D) None: it is a certificate of attendance"])
ans("B", "60 credits at masters level (Level 7). The credits sit in Cranmoor's credit framework like those of any other postgraduate certificate.")
q(3, "What is the course mainly for?", ["A) Making you a dyslexia specialist", "B) Getting your school through inspection", "C) Raising the achievement and well-being of pupils with SEN and disabilities", "D) Paperwork"])
ans("C", "The course aims to raise the achievement of pupils with SEN and disabilities in all five Every Child Matters outcomes, not just reading and spelling, by making you a better leader of SEN in your school. Every assessed task asks you to show what changed for pupils: their progress, their safety, their enjoyment, their part in school life, and their readiness for the next step.", "Groups from a dyslexia background often pick A. Take time over this one.")
q(4, "How many Units are there?", ["A) Two", "B) Three", "C) Six", "D) It depends on your route"])
ans("B", "Unit 1 The SENCO and the Law; Unit 2 Understanding Learners; Unit 3 Leading Provision. Each route teaches the same three Units.")

# ---- Round 2
bar("ROUND 2: GETTING STARTED")
q(5, "What did you have to do before we offered you a place?", ["A) Nothing: first come, first served", "B) Send in a form only", "C) An entry interview and a short written task", "D) Pass an exam"])
ans("C", "Every applicant has a thirty-minute interview with a tutor and writes a 500-word account of one pupil they have helped. The tutor checks both against our entry profile, which sets out the knowledge of SEN and the teaching experience you need to benefit and to reach the outcomes by the end. If you are not ready yet, we tell you what to do to get ready, and with your agreement we talk to your headteacher about it.")
q(6, "What is the Skills Self-Check for?", ["A) To decide whether you pass", "B) To place you in a tutor group with people at a similar stage", "C) To set your own personal outcomes", "D) It is just for fun"])
ans("B", "You complete the Skills Self-Check online before Induction Day, rating yourself against the national outcomes. We use it to place you in a tutor group with people at a similar stage. It doesn't change what you study: everyone follows the same three Units.", "Some will say C. It isn't.")
q(7, "You already have a postgraduate certificate in specific learning difficulties. What happens?", ["A) Nothing, sorry", "B) You can apply to the Recognition Panel for credit", "C) You skip the whole course", "D) You pay double"])
ans("B", "Cranmoor's Recognition Panel can credit up to 30 credits for earlier certificated study, and for experience: if you have led SEN work in a school without a qualification, you can make a claim with evidence of what you did, and the Panel assesses it against the Unit outcomes. Claims go in by the end of Weekend 1.")
q(8, "Which route is the Online route for?", ["A) Only people abroad", "B) Anyone who prefers to study online", "C) Only people who fail the Weekend route", "D) It doesn't exist yet"])
ans("B", "There are three routes. The Weekend route has six weekends at Lanyon House. The Twilight route runs eighteen evening sessions at our regional centres in Wexham, Stourford and Penhallow. The Online route is taught through the Forum Academy online campus, with two face-to-face days. You can start in September or February, and you can change route at the end of any Unit.")
q(9, "What does the course cost your school?", ["A) Nothing", "B) £1,250, with bursaries for small schools", "C) £3,000", "D) It depends on the tutor"])
ans("B", "£1,250 for all three routes. The Forum's bursary fund pays half the fee for schools with fewer than 100 pupils, and credit from the Recognition Panel reduces the fee pro rata. We set the price so a school can afford it from its CPD budget; the Online route costs us less to run, and that saving pays for the bursaries.")
q(10, "An experienced SENCO says she can already do everything the course teaches. Can she be assessed without doing the course?", ["A) Yes: she can submit a portfolio for the whole Award", "B) Yes, for Unit 3 only: she can take Direct Assessment", "C) No, never", "D) Only if her head agrees"])
ans("B", "Direct Assessment lets an experienced SENCO submit the Unit 3 Portfolio and take the viva without attending Unit 3. She must still take Units 1 and 2.", note="A is a common belief because another provider offers it. We do not.")

# ---- Round 3
bar("ROUND 3: HOW YOU WILL LEARN")
q(11, "On the Online route, who answers your questions between face-to-face days?", ["A) Nobody: you are on your own", "B) An e-moderator from the tutor team, within 48 hours on weekdays", "C) A call centre", "D) Your head"])
ans("B", "Each online group of twelve has an e-moderator, who is one of the course tutors. E-moderators answer questions in the group forum or by private message within 48 hours on weekdays and run a live online session every other Tuesday evening. You are also in a Study Pod of four, with its own forum, for the peer tasks in every Unit. Weekend and Twilight participants have the same forums and Study Pods between sessions. Your headteacher and mentor get a log-in to see your task schedule and receive an email when each task is submitted.")
q(12, "Who checks that you have a current enhanced CRB disclosure?", ["A) Your school does it, we don't need to know", "B) Forum Academy's registry, at enrolment", "C) Nobody: you are a teacher already", "D) The University, at the end"])
ans("B", "You bring your enhanced disclosure certificate to Induction Day. The registry records its number, date and level and checks it is no more than three years old; if it is older, or you cannot produce it, we ask your employer to confirm a current check before you begin any school visit. We also ask the school to confirm that you are not barred from work with children.", "Collect the certificates at registration, before the quiz.")
q(13, "You are dyslexic. What can the course do?", ["A) Nothing: everyone is treated the same", "B) Make reasonable adjustments you agree with us", "C) Let you skip the written work", "D) Only give extra time in exams"])
ans("B", "About a third of our participants are dyslexic or have another disability. The application form and the interview both invite you to tell us, and the Forum's Access Adviser agrees adjustments with you before the course begins: materials in your choice of font, colour and format, recordings of every taught session, extra time for submissions, a viva in place of part of the written work, and accessible rooms at every centre and on the Specialist Visit Day. Our promotional leaflets and application form are produced to the Forum's own dyslexia-friendly style guide.")
q(14, "Where will you spend your Specialist Visit Day?", ["A) At home", "B) At a Forum Learning Centre or a special school, with a host who plans the day", "C) At the University library", "D) There isn't one"])
ans("B", "Every participant spends one day in a setting unlike their own: one of the Forum's three Learning Centres, a special school, or a resourced provision for speech and language or autism. The host plans the day with you, and you bring back a short report to your Study Pod. Unit 2 sessions are taught by the Forum's specialist assessors, and each route has sessions led by an educational psychologist, a speech and language therapist and a local authority SEN officer.")
q(15, "Where do you find the books?", ["A) You buy them all", "B) The online library and the Forum's lending library", "C) There are no books", "D) Your school library"])
ans("B", "Cranmoor gives you full access to its online library. The Forum's lending library posts books and assessment materials to you, and lends assistive technology (text-to-speech software, reading pens, voice recognition) so that you can try it before recommending it to your school.")
q(16, "How do we make sure the course is up to date?", ["A) We don't", "B) Our tutors keep the course up to date", "C) It is rewritten every week", "D) The University does it"])
ans("B", "Our tutors are practitioners and keep the course up to date.")

# ---- Round 4
bar("ROUND 4: WHO WE ARE AND WHO HELPED")
q(17, "Who will teach you?", ["A) Volunteers", "B) Experienced SENCOs, specialist teachers and a university lecturer", "C) Only university lecturers", "D) Actors"])
ans("B", "The tutor team: Diane Holt (MA SEN, former SENCO and LA adviser); Dr Paul Mercer (Cranmoor, Senior Lecturer, doctorate on inclusion); Farah Siddiqui (PG Dip SpLD, AMBDA, SENCO in a secondary school until 2008); Kath Rowe (NPQH, former SENCO and special school deputy head). All tutors keep a current school link, teaching or advising at least ten days a year.")
q(18, "Why is there an Online route at all?", ["A) It is cheaper for us", "B) Local authorities and rural SENCOs asked for it", "C) The University insisted", "D) By accident"])
ans("B", "In autumn 2008 we asked the fourteen local authorities we work with, and 160 SENCOs on our mailing list, what a course should look like. Eleven authorities and most rural SENCOs said that travel time would stop people coming, so we added the Online route. Authorities also asked for more on the law and on working with other services, which is why Unit 1 now has a full day on statutory assessment and annual reviews, and Unit 3 a task on working with another agency.")
q(19, "Who evaluates the course?", ["A) You do", "B) Only the University", "C) Nobody", "D) Ofsted"])
ans("A", "You evaluate each Unit online at its end, and your Study Pod gives feedback at a mid-point review with the tutor. Heads receive a copy of the annual course report.", note="The external examiner and Cranmoor's annual review also look at the course; see Q27.")
q(20, "Your workplace mentor. Who chooses them, and how are they briefed?", ["A) We choose them", "B) Your head chooses them", "C) You have no mentor", "D) The University"])
ans("B", "Your head chooses a workplace mentor, usually a senior leader. How the mentor is briefed is up to your school.", note="[Tutor induction arrangements to be confirmed - DH]")

# ---- Round 5
bar("ROUND 5: ASSESSMENT")
para(d, "Unit 1 is assessed by a 3,500-word Essay; Unit 2 by a Case Study of one pupil; Unit 3 by the Unit 3 Portfolio and a twenty-minute viva.")
q(21, "Which of these is NOT in the Unit 3 Portfolio?", ["A) A provision map and what you changed as a result", "B) A log of one working week: how you prioritised, what you delegated and to whom", "C) A record of a review meeting involving the pupil", "D) A session you ran for colleagues on assessment for learning"])
ans("D", "The pilot Portfolio had a session for colleagues on assessment for learning, but we took it out in 2009 to make room for the working-week log. The rest are all in.")
q(22, "Who marks your work?", ["A) Your tutor alone", "B) Your tutor, with a second marker and the University checking", "C) Your head", "D) A computer"])
ans("B", "Each piece is marked by your tutor against the Unit criteria. A second tutor marks every fail, every distinction and one in five of the rest. Before each marking round the tutors hold a standardisation meeting with marked samples. Cranmoor moderates a sample of every Unit, and the external examiner sees the whole of the Unit 3 Portfolios and attends the Award Board.")
q(23, "To pass the course, you must...", ["A) Attend 80 per cent of sessions", "B) Get an average of 50 per cent", "C) Show every national outcome in your Outcomes Record", "D) Write one long essay"])
ans("C", "Your Outcomes Record lists every national outcome. Each one is signed off by the marker of the task that assessed it. The Award Board recommends the certificate only when every outcome in the Record is signed off; there is no compensation between Units.")
q(24, "Who answers the Forum's Parents' Helpline?", ["A) You do", "B) Trained Forum helpline volunteers", "C) The University", "D) Your head"])
ans("B", "The Parents' Helpline is staffed by trained volunteers, many of them parents of dyslexic children. You are not expected to answer it! Working with parents is covered in a Unit 2 session led by a Forum parent adviser and a SENCO.", note="This is not assessed, but it always gets a laugh.")
q(25, "In the Unit 2 Case Study, what must you use?", ["A) Only your own observations", "B) Reports from other professionals, your school's data and test results, and the pupil's views", "C) A published scheme", "D) Nothing: it is a story"])
ans("B", "You identify the pupil's needs using classroom observation, school data and the reports of at least two other professionals; set targets; plan and run an intervention for a term, justified from research evidence and best practice; track the pupil's progress with summative assessments, including the national tests where the pupil sits them; and review and change the plan. The pupil helps set and review the targets.")
q(26, "Who keeps your Outcomes Record up to date?", ["A) You and your tutor together", "B) The registry", "C) Your mentor", "D) Nobody"])
ans("A", "You add evidence as you go; your tutor signs off each outcome as it is assessed.")
q(27, "How do we find out whether the course is working?", ["A) We ask you at the end", "B) Several ways, inside and outside", "C) We don't", "D) Ofsted tells us"])
p_ans = ans("B", "Unit evaluations and Study Pod reviews; the tutors' standardisation meetings; the external examiner's annual report; Cranmoor's annual monitoring review; and a comparison of your Skills Self-Check at the start and the end, which tells us how far your confidence and competence have grown. The Course Committee reads them all each summer and agrees an action plan for the next year, which goes to Cranmoor. We do not ask you for your pupils' results.")
c = p_ans.cell(0, 0).paragraphs[1]
comment(d, [c.runs[0]], "Shouldn't we collect the case study pupils' reading ages, as we did in the pilot? The panel will ask about impact on pupils.", "Paul Mercer", "PM")

# ---- Round 6
bar("ROUND 6: WHICH UNIT?")
para(d, "Give teams the list without the last two columns. They say which Unit develops each item; one point for each, a bonus point for saying how it is assessed.")
rows = [["No.", "A SENCO who has finished our course can...", "Unit", "How it's assessed"],
        ["BEING A SENCO", None, None, None],
        ["1", "build fair, respectful and supportive relationships with pupils with SEN and their families", "2, 3", "Unit 2 Case Study; Unit 3 viva"],
        ["2", "win the support of colleagues and the head for improving outcomes", "3", "Discussed in seminar only"],
        ["3", "prioritise their own workload and delegate well", "3", "Unit 3 Portfolio (working-week log)"],
        ["4", "spot problems early and make sound, well-argued decisions about provision", "2, 3", "Unit 2 Case Study; Unit 3 viva"],
        ["5", "write and speak clearly, and listen to other people's views", "All", "Unit 1 Essay; Unit 3 viva"],
        ["6", "use research and expert advice to improve their own and colleagues' teaching", "2", "Unit 2 Case Study"],
        ["KNOWING", None, None, None],
        ["7", "explain the SEN law and the Code of Practice and what they mean for the school", "1", "Unit 1 Essay"],
        ["8", "explain Every Child Matters and the SENCO's part in the five outcomes", "1", "Unit 1 Essay"],
        ["9", "explain the disability equality duties and what they require of the school", "1", "DELROW"],
        ["10", "explain how children develop and what helps or hinders development", "2", "Unit 2 Case Study"],
        ["11", "describe dyslexia, speech and language needs, autism, behavioural, emotional and social difficulties and moderate learning difficulties and their effect on learning", "2", "Unit 2 Case Study (profile section)"],
        ["12", "judge critically the approaches, resources and ICT for assessing, planning and teaching", "2", "Unit 2 Case Study"],
        ["13", "say what the best research and practice show about meeting SEN", "2", "Unit 2 Case Study"],
        ["14", "explain what outside agencies do and how to get their help", "3", "Unit 3 Portfolio (agency task)"],
        ["DOING", None, None, None],
        ["15", "with governors and senior leaders, shape the school's inclusion policy, priorities and use of resources", "1, 3", "Unit 1 Essay (policy proposal to governors)"],
        ["16", "identify pupils with SEN, set targets, plan interventions and review progress", "2", "Unit 2 Case Study"],
        ["17", "use other professionals' assessments to plan teaching", "2", "Unit 2 Case Study"],
        ["18", "track progress with summative and national test data and change the programme", "2", "Unit 2 Case Study"],
        ["19", "plan access arrangements for tests and examinations in good time", "1", "Unit 1 Essay (Part B)"],
        ["20", "map provision and find what is missing or not working", "3", "Unit 3 Portfolio"],
        ["21", "deploy and manage teaching assistants and other staff", "3", "Tutorial feedback only (not marked)"],
        ["22", "coach, observe and train colleagues", "3", "Unit 3 Portfolio (coaching record)"],
        ["23", "review provision with colleagues", "3", "Tutorial feedback only (not marked)"],
        ["24", "involve pupils in planning and reviewing their provision", "2, 3", "Unit 2 Case Study; Unit 3 Portfolio (review meeting)"],
        ["25", "work with parents and carers", "2", "Session only"],
        ["26", "work with other services and voluntary organisations", "3", "Unit 3 Portfolio (agency task)"]]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    if row[1] is None:
        merge(t, i, 0, i, 3, row[0], bold=True, fill="BDD7EE")
        continue
    for j, v in enumerate(row):
        if v == "DELROW":
            cp = t.cell(i, j).paragraphs[0]
            del_run(cp, "Unit 1 Essay", author=AU, date=DT)
            ins_run(cp, "Not separately assessed", author=AU, date=DT)
        else:
            cell_text(t.cell(i, j), v, bold=(i == 0), fill="D9D9D9" if i == 0 else None, size=9.5)
cmt_cell = t.cell(len(rows) - 1, 1).paragraphs[0]
comment(d, [cmt_cell.runs[0]], "School self-evaluation isn't in this table at all - we cover it in the Unit 3 tutorial, don't we? Add a row?", "Kath Rowe", "KR")
para(d)
para(d, "Task details for the Unit 3 Portfolio are in the Portfolio brief. The agency task asks you to agree a joint plan for one pupil with another service or a voluntary organisation and to record the scope of the service and how you obtained its help. The coaching record covers half a term of coaching one colleague, with an observation and feedback. The review meeting involves the pupil and, where they wish, their parents.")

# ---- Round 7
bar("ROUND 7: AFTER THE COURSE")
q(28, "What happens at Celebration Day?", ["A) Certificates and lunch", "B) Certificates, a workshop on setting your next professional targets, and lunch", "C) A final exam", "D) You pay the second instalment"])
ans("A", "Certificates are presented by the Forum's President, and then lunch. By then you have earned a rest! What you do next is for you and your head to discuss in your school's performance management.", note="B was on the pilot programme; we dropped the workshop because few stayed for it.")
q(29, "You are the new SENCO and you want to change how the school runs its reading interventions. Which Unit helps most?", ["A) Unit 1", "B) Unit 2", "C) Unit 3", "D) All of them"])
ans("D", "All three. The point of the course is that you change something in your school and can show it made a difference: the Unit 1 policy proposal, the Unit 2 intervention and the Unit 3 provision map are all carried out in your own school, with your mentor, and each asks what changed as a result.")

bar("TIE-BREAKER")
q(30, "How many participants did the pilot group have, and how many completed?", ["Closest answer wins."])
ans("18 started in January 2008 and 16 completed the pilot in December 2008.", note="Pilot completers were not awarded the National Award; the pilot was unaccredited.")

bar("ANSWER SHEET")
t = table(d, [["Team name:", "[team]", "", ""], ["Round", "Answers", "Score", "Tutor initials"],
              ["1", "", "", ""], ["2", "", "", ""], ["3", "", "", ""], ["4", "", "", ""], ["5", "", "", ""], ["6", "", "", ""], ["7", "", "", ""], ["Tie-breaker", "", "", ""]],
          header_fill=None)
merge(t, 0, 1, 0, 3)

d.save(OUT)
print("wrote", OUT)
