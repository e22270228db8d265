"""is-02-sarbat-social-stories: build script (writes is-02-sarbat-social-stories.docx next to itself).

Provider (invented): Sarbat Schools Trust, a trust of Sikh faith schools (Sarbat Khalsa Primary,
Sarbat Nanak Primary and Sarbat Sikh High School) in Hallbrook, applying with Charnwick University
School of Education (the Midlands) for the 2008-09 National Award for SEN Coordination.

Document kind and layout: a booklet of Social Stories (in Carol Gray's form, which the Trust's SEN
teams write for pupils every week) written for teachers joining the course and sent as the
application. Twenty-three short stories in the first person ("I"), one per Heading 2, each sentence its
own paragraph or, in some stories, a two-column table "Sentence | Kind of sentence" (descriptive,
perspective, directive, affirmative) with a shaded header. Picture placeholders "[Picture: ...]"
in shaded one-cell tables. The Trust's own vocabulary: "Sangat Days" (study days), the "Sangat Room"
(the Moodle area), the "Saathi" (school mentor), the three "Sakhis" (assessed pieces). Then "Part
Two: for the panel" with a table of the outcomes ("I can ... | I learn it on | It is checked in")
with merged, shaded band rows. Tracked changes (w:ins / w:del with author and date): a whole
deleted paragraph, a whole inserted paragraph and a sentence replaced. Two Word comments. Header and
footer.

Traps (requirement ids):
- Assessment-only route only in a deleted tracked paragraph (2.3 not_met).
- CRB check on candidates only in an inserted tracked paragraph, which is part of the submission
  (5.3 met).
- Moderation by the University deleted and replaced by "still to be agreed"; second reading of a
  sample within the Trust is real (5.8 partially_met).
- No account of how stakeholders have shaped the course: the only instance (heads asking to move
  provision mapping and add the placement day) is in a comment; only the Course Board, with two
  heads and the council's SEN adviser, that "decides what to change" gives them a route to
  improvement (4.2 partially_met). Needs asserted in general, "because we work alongside them
  every day" (4.1 partially_met).
- Perspective and affirmative sentences are not arrangements: "Some people feel shy about saying
  they have a disability. That is okay." plus a lift and a hearing loop (3.1 partially_met).
- Peer support online only hoped: "I hope other SENCOs will talk to me in the Sangat Room" (3.3
  partially_met; tutor support and ICT real).
- Self-check read by the tutor but no individual plan or personalised outcomes (2.2
  partially_met).
- Entry asks only for QTS and the role (5.2 partially_met).
- Assistive technology "is buying ... this year" (5.6 partially_met).
- "My tutors tell me about new ideas" without named research or inspection evidence (1.3
  partially_met) while research on what works is taught and judged (6.K8 met).
- Talking with families is the Family Link Workers' job (1.7 partially_met; 6.S8 partially_met,
  "Not marked").
- Disability equality law belongs to the Trust's equality officer's staff training, "not part of
  this course" (6.K3 not_met; 1.4 met on SEN law and policy).
- Special arrangements for tests and examinations are nowhere (6.S2d not_met), while national
  tests are used for tracking (6.S2b met).
- Pass rule compensates: a Sakhi passes at 40 per cent and the Award follows three passes
  (6.0 partially_met); outcomes "Not marked" (6.A4, 6.S2c, 6.S6; 1.9 partially_met).
"""
from pathlib import Path
from _is_helpers import (new_doc, para, table, band, shade, set_cell, comment, header_footer,
                         tracked_para, deleted_para, inserted_para)

OUT = Path(__file__).with_name("is-02-sarbat-social-stories.docx")
d = new_doc("Arial", 12)
header_footer(d, "Sarbat Schools Trust  ·  My SENCO Stories  ·  for the TDA, October 2008",
              "Sarbat Schools Trust, Guru Nanak Road, Hallbrook  ·  with Charnwick University School of Education")
A1 = ("Manjit Kaur Virdi", "2008-10-06T10:15:00Z")
A2 = ("Dr Elaine Rowcroft", "2008-10-09T16:40:00Z")

para(d, "My SENCO Stories", bold=True, size=26, align="center")
para(d, "Social Stories for teachers joining the Sarbat SENCO Award, 2008-09", size=14, align="center")
para(d, "Sarbat Khalsa Primary  ·  Sarbat Nanak Primary  ·  Sarbat Sikh High School", size=10, align="center")

d.add_heading("About these stories", level=1)
para(d, "Our SEN teams write Social Stories every week for pupils who find a new situation hard. When we "
        "asked teachers who were thinking of joining our SENCO course what worried them, most of the "
        "worries were about not knowing what would happen. So we wrote the course as Social Stories, in the "
        "way Carol Gray teaches: short, true sentences, in the first person, describing what happens, with a "
        "few sentences about how people feel and what the reader might try.")
para(d, "We give this booklet to every teacher who applies, and we are sending it to the panel as our "
        "application, with a short Part Two at the end that sets out the outcomes. Each story is true of the "
        "course as it runs in 2008-09.")


def picture(text):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), f"[Picture: {text}]", italic=True)
    shade(t.cell(0, 0), "EDEDED")
    para(d, "")


def story(title, sentences, pic=None):
    d.add_heading(title, level=2)
    if pic:
        picture(pic)
    out = []
    for s in sentences:
        out.append(para(d, s))
    return out


def story_table(title, rows, pic=None):
    d.add_heading(title, level=2)
    if pic:
        picture(pic)
    t = table(d, [["Sentence", "Kind of sentence"]] + [list(r) for r in rows], head_fill="DDEBF7")
    para(d, "")
    return t


d.add_heading("Part One: the stories", level=1)
story_table("Story 1. I am joining the Sarbat SENCO Award", [
    ("I am a teacher. This year I am learning to be a SENCO.", "Descriptive"),
    ("The course is the Postgraduate Certificate in Special Educational Needs Coordination. Charnwick University School of Education validated it in May 2008, and the University gives the certificate.", "Descriptive"),
    ("The course is worth 60 credits at Master's level (Level 7).", "Descriptive"),
    ("The Sarbat Schools Trust teaches the course, and Charnwick University's tutors teach on it too.", "Descriptive"),
    ("The course helps me raise the achievement of children with special educational needs and disabilities, and helps them be healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being.", "Descriptive"),
    ("Every Sakhi I write asks me to show what changed for children's learning and well-being.", "Descriptive"),
    ("Some teachers feel nervous at the start. That is okay.", "Perspective / affirmative"),
], pic="a teacher walking into the hall at Sarbat Sikh High School")

story("Story 2. Who can join", [
    "To join, I need to be a qualified teacher who works as a SENCO or will soon.",
    "I fill in the application form and my headteacher signs it.",
    "My headteacher also names a senior colleague to be my Saathi.",
])
inserted_para(d, "Before my first Sangat Day, the Trust's registrar asks to see my enhanced CRB disclosure "
                 "certificate and writes its number and date in the course register. If my disclosure is more "
                 "than three years old, or was for another employer, the Trust applies for a new one and I "
                 "cannot start until it comes back clear. The registrar also takes up a reference from my "
                 "headteacher.", author=A1[0], date=A1[1])

story("Story 3. Telling the Trust what I need", [
    "Everyone is welcome at Sarbat, as everyone is welcome in the gurdwara.",
    "The hall where we meet has a lift and a hearing loop.",
    "Some people feel shy about saying they have a disability. That is okay.",
    "The Trust treats every teacher fairly.",
], pic="the lift beside the hall doors")

story("Story 4. My self-check", [
    "Before Sangat Day 1, I fill in a self-check.",
    "The self-check lists everything a SENCO must be able to do at the end of the course.",
    "For each one, I tick \"I can do this\", \"I can do some of this\" or \"This is new to me\".",
    "My tutor reads my self-check before Sangat Day 1.",
    "I keep my self-check in my folder and look at it again at the end.",
])

story("Story 5. What I already know counts", [
    "Some teachers have studied special educational needs before. Some have done a SENCO's job for years.",
    "Charnwick University can give me credit for what I have already studied. If I passed Master's-level "
    "modules on special educational needs in the last five years, I send the certificates and the University "
    "can count up to 30 credits of them.",
    "Charnwick University can also give me credit for what I have learned by doing the job. I write a "
    "portfolio that shows which outcomes my experience already meets, with evidence from my school. My "
    "tutor and a University assessor read it, and if it shows the outcomes I do not write the Sakhi that "
    "covers them.",
])
deleted_para(d, "Very experienced SENCOs can ask to be assessed without coming to the Sangat Days. They write "
                "all three Sakhis and are judged against every outcome in the same way.", author=A2[0], date=A2[1])

story_table("Story 6. Sangat Days", [
    ("Sangat Days are our study days. There are six.", "Descriptive"),
    ("Each Sangat Day runs on a Thursday and again on the Saturday after it. I can come to either.", "Descriptive"),
    ("The course starts twice a year, in September and in January. I can start at either time.", "Descriptive"),
    ("Sangat Day 1 comes first. After that I can take Sangat Days 2 to 6 in any order, with the next group if I miss one.", "Descriptive"),
    ("Between Sangat Days I work in my own school and in the Sangat Room online.", "Descriptive"),
    ("I choose two of the four afternoon options, and my Sakhis are about children in my own school, so the course fits what I need.", "Descriptive"),
    ("The fee is £1,050. Trust schools and Hallbrook Council each pay half the fee for their own SENCOs.", "Descriptive"),
    ("I will try to come to every Sangat Day.", "Directive"),
], pic="six Sangat Day cards on a table")

story("Story 7. The Sangat Room", [
    "The Sangat Room is the course's area on the Trust's Moodle site.",
    "Every Sangat Day's slides, readings and tasks are in the Sangat Room the day before.",
    "Between Sangat Days I do a short online task for each day and post it in the Sangat Room.",
    "My tutor reads my posts and replies within two working days. I can also send my tutor a message there at any time.",
    "The Trust and my school's headteacher get messages about the course through the Sangat Room too.",
    "I hope other SENCOs will talk to me in the Sangat Room.",
])

story_table("Story 8. Sangat Day 1: the law and the Code", [
    ("On Sangat Day 1 I learn the law about special educational needs: the Education Act 1996 and the SEN and Disability Act 2001.", "Descriptive"),
    ("I learn the SEN Code of Practice (2001) and what it means for my school, for me and for other staff, and I practise using it with real cases from Hallbrook.", "Descriptive"),
    ("I learn about government policy: Removing Barriers to Achievement, the National Strategies and the Inclusion Development Programme.", "Descriptive"),
    ("I learn the five Every Child Matters outcomes and what a SENCO does to help children reach them.", "Descriptive"),
    ("Disability equality law is taught by the Trust's equality officer in the Trust's own staff training. It is not part of this course.", "Descriptive"),
    ("Sakhi 1 checks what I know about the law, the Code and Every Child Matters.", "Descriptive"),
], pic="a copy of the Code of Practice")

story("Story 9. Sangat Day 2: children and their needs", [
    "On Sangat Day 2 I learn how children grow and develop, and how special needs, disabilities, the classroom and the family can change that.",
    "I learn about the most common needs: behavioural, emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, autism and moderate learning difficulties. I learn how each one can affect a child's learning.",
    "I look critically at ways to assess, plan and teach, including ICT, and at how to use them to take away barriers.",
    "I read research on what works for these children, and I find out what good schools do.",
    "My tutors tell me about new ideas.",
    "Sakhi 1 checks all of this.",
])

story("Story 10. Sangat Day 3: finding and planning", [
    "On Sangat Day 3 I learn how to find children who may have special needs, using observation, data and assessment.",
    "I learn to set targets that stretch a child, plan help that takes away barriers, and check progress.",
    "I learn to use reports from psychologists, therapists and other professionals to plan teaching.",
    "I learn to use national test results, teacher assessments and other summative data to track progress and change a child's programme when it is not working.",
    "I learn how to help other teachers use assessment for learning with children with special needs. This is not marked.",
    "I learn to draw a provision map and to find what is missing or not working.",
    "In the problem-solving circle I practise making decisions about provision and solving problems before they grow. This is not marked.",
    "Sakhi 2 checks the rest.",
])

story("Story 11. Sangat Day 4: working with others", [
    "On Sangat Day 4 I learn how to deploy and manage teaching assistants.",
    "I learn to coach and mentor colleagues, to watch lessons and give feedback, and to run training.",
    "I learn what the educational psychology service, health, social care and voluntary groups do, and how to work with them and ask for their help.",
    "I learn how to advise and support colleagues in my school and in other schools, and how to get my headteacher and senior leaders behind a change.",
    "Talking with families is mostly the job of our Family Link Workers. On Sangat Day 4 I hear from them about how they work with parents.",
    "Sakhi 2 checks deploying staff. Sakhi 3 checks coaching colleagues, working with other services and winning the head's support.",
])

story("Story 12. Sangat Day 5: hearing children", [
    "On Sangat Day 5 I learn to ask children what they think about things that matter to them, with talking mats, pictures and simple questions.",
    "I learn how to help children plan, agree and review the help they get, and how to help colleagues do this too.",
    "I learn to build fair, respectful relationships with children and their families.",
    "Before the next Sangat Day I ask two children in my school about their help, and I write about it in Sakhi 1.",
], pic="a child pointing to a talking mat")

story("Story 13. Sangat Day 6: leading and improving", [
    "On Sangat Day 6 I learn how to work with my headteacher and governors on an inclusive school, on policy and on spending.",
    "I learn how school self-evaluation works and what it means for children with special needs.",
    "I learn how to review, with other staff, whether our provision is working, so that it feeds the school's self-evaluation. This is not marked.",
    "I learn to plan my time, choose what matters most, and hand some jobs to others.",
    "I learn to speak and write clearly, and to listen to other people's views.",
    "I learn to use research and outside advice to make my teaching and my colleagues' teaching better, and to keep up to date.",
    "Sakhi 3 checks all of this except the review.",
])

story("Story 14. My placement day", [
    "Every SENCO spends one day at Brookfield Special School or at Hallbrook's autism base.",
    "The Trust arranges the day with the school and the council. I do not have to arrange it myself.",
    "I watch lessons, meet the therapists and talk with the SENCO there.",
    "On Sangat Days I also meet visitors: an educational psychologist, a speech and language therapist, a teacher of the deaf and a worker from the Hallbrook Autism Society.",
])

story("Story 15. My Saathi", [
    "My Saathi is a senior colleague in my school. My Saathi helps me plan my Sakhis and watches me lead a meeting.",
    "Before the course starts, every Saathi comes to a training afternoon at the Trust and is given the Saathi role card, which says what a Saathi does and does not do.",
    "My tutors have a tutors' handbook and meet before every Sangat Day. New tutors mark with an experienced tutor for their first year.",
])

d.add_heading("Story 16. Writing my Sakhis", level=2)
para(d, "A Sakhi is a true story. On this course I write three Sakhis about my own work in my own school.")
table(d, [["Sakhi", "What I do", "Length", "It checks"],
          ["Sakhi 1: a child's story", "I work with one child and their family for a term and write what I learned and what changed.", "4,000 words", "The law and the Code, Every Child Matters, needs and development, approaches and research, hearing children, relationships"],
          ["Sakhi 2: my school's provision", "I map our provision, find a gap, plan and review help for a group, and redeploy assistants.", "4,000 words and map", "Finding and planning, professional reports, tracking with test data, provision mapping, deploying staff"],
          ["Sakhi 3: a change I lead", "I lead a change in my school with my head and governors, coach colleagues, work with another service, and show what changed for children.", "5,000 words and a talk", "Leading with governors, self-evaluation, coaching, other services, head's support, time, communication, research and keeping up to date"]],
      head_fill="DDEBF7", size=10)
para(d, "")
para(d, "My tutor marks each Sakhi against the University's Level 7 criteria.")
tracked_para(d, [("n", "Another tutor reads a sample of every tutor's marking. "),
                 ("del", "Charnwick University moderates every Sakhi before the exam board."),
                 ("ins", "Moderation with Charnwick University is still to be agreed.")],
             author=A2[0], date=A2[1])
para(d, "Each Sakhi passes at 40 per cent. When I have passed all three Sakhis, I get the Award.")

story("Story 17. Who teaches me", [
    "My tutors are Manjit Kaur Virdi, who was SENCO at Sarbat Khalsa Primary for nine years and has an MA in Inclusive Education; Dr Elaine Rowcroft, a senior lecturer in special education at Charnwick University who still works in schools every week; and Harpal Singh Grewal, a specialist teacher with Hallbrook's learning support service who holds the OCR Diploma in Specific Learning Difficulties.",
    "Each tutor spends at least five days a year on their own training in special needs.",
])

story("Story 18. How the Trust checks the course is good", [
    "At the end of each Sangat Day I fill in an evaluation. The tutors read them and tell us at the next Sangat Day what they have changed.",
    "At the start and end of the course I rate how confident I feel about each outcome, and the Course Board compares the two.",
    "In Sakhi 3 I measure the progress of the children my change is for, using their levels, reading ages or behaviour records before and after, and the Course Board adds these up across the group each year.",
    "My headteacher fills in a questionnaire in July about what has changed in the school.",
    "Charnwick University's external examiner reads Sakhis and writes a report, and the University reviews the course every year.",
    "The Course Board is made of Trust staff, University staff, two headteachers and Hallbrook's SEN adviser. It reads all the evaluations and decides what to change.",
    "Headteachers from our schools and from Brookfield Special School also teach on Sangat Days, and the Saathis help us judge how the course works in school.",
])
p18 = d.paragraphs[-1]
comment(d, p18, "Heads asked us last spring to move provision mapping earlier and add the placement day. Should we say so here? MKV",
        author=A1[0], initials="MKV")
story("Story 19. What the Trust knows about SENCOs", [
    "The Trust knows what SENCOs in our schools need, because we work alongside them every day.",
    "Hallbrook Council wants more SENCOs with the Award.",
])

story("Story 20. When I finish", [
    "At the end of the course I have a last tutorial with my tutor and my line manager.",
    "We fill in the Next Steps plan together. It lists my goals for next year and what training could help.",
    "My tutor tells me how I could go on to the Charnwick MA in Inclusive Education, which counts my 60 credits.",
    "I feel proud. That is a good feeling.",
])

story_table("Story 21. My first Sangat Day", [
    ("My first Sangat Day is at Sarbat Sikh High School. It starts at 9.30 and finishes at 3.30.", "Descriptive"),
    ("When I arrive, a tutor meets me at the door and gives me my folder, my Sangat Room login and a name badge.", "Descriptive"),
    ("There are about twenty teachers in the group. Some are from Trust schools and some are from other schools in Hallbrook and the county.", "Descriptive"),
    ("At lunchtime we eat together. The food is vegetarian and made by volunteers from the gurdwara, as it is every day for the pupils.", "Descriptive"),
    ("I do not need to cover my head in the hall. I may if I wish.", "Descriptive"),
    ("Many teachers say the first day feels long. That is okay.", "Perspective / affirmative"),
    ("I will try to write down one question to ask my Saathi.", "Directive"),
], pic="teachers eating lunch together at long tables")

story("Story 22. If I miss a day or fall behind", [
    "Sometimes a teacher is ill, or something happens at school, and they miss a Sangat Day.",
    "If I miss a Sangat Day, I do its online task in the Sangat Room, and I come to the same Sangat Day with the next group, in the next term, at no extra cost.",
    "If I cannot hand in a Sakhi on time, I ask my tutor for more time before the date. My tutor can give up to four weeks. For longer, the University decides.",
    "If I need to stop for a while, I can pause the course for up to a year and start again with a later group.",
    "Many teachers worry about falling behind. Talking to my tutor early usually helps.",
])

story("Story 23. A Sikh school and me", [
    "The Sarbat schools are Sikh schools. Children of every faith, and of none, learn in them.",
    "Teachers of every faith and of none join this course. Nobody is asked about their religion.",
    "Sometimes the hall is used for a gurpurab, a festival day. On those days the Sangat Day moves to the Sarbat Nanak Primary hall, and the Trust tells me a month before.",
    "Some teachers have never been in a gurdwara. They may feel unsure at first. That is okay.",
    "Sikhs say \"sarbat da bhala\": the good of all. The Trust chose the name because it wants the good of every child.",
])

d.add_heading("Books and computers", level=2)
para(d, "I can use the Charnwick University library and its online journals. The Trust's SEN office lends "
        "books and tests. The Trust is buying a set of assistive technology for the course this year.")

d.add_heading("Part Two: for the panel", level=1)
para(d, "The outcomes below are the ones every SENCO must reach, in the words of our self-check. The middle "
        "column says where each is taught and the last where it is checked.")
rows = [["I can ...", "I learn it on", "It is checked in"],
        ["What I am like", None, None],
        ["build fair, respectful relationships with children and families", "Sangat Day 5", "Sakhi 1"],
        ["get my head and senior leaders behind a change", "Sangat Day 4", "Sakhi 3"],
        ["plan my time, choose what matters, hand jobs to others", "Sangat Day 6", "Sakhi 3"],
        ["solve problems and make good decisions about provision", "Sangat Day 3 (problem-solving circle)", "Not marked"],
        ["speak and write clearly and listen to others", "Sangat Day 6", "Sakhi 3"],
        ["use research and outside advice to improve teaching", "Sangat Day 6", "Sakhi 3"],
        ["keep up to date and plan my own training", "Sangat Day 6", "Sakhi 3"],
        ["What I know", None, None],
        ["the law and the Code of Practice, and how to use them", "Sangat Day 1", "Sakhi 1"],
        ["Every Child Matters and my part in it", "Sangat Day 1", "Sakhi 1"],
        ["disability equality law", "Trust equality training (not this course)", "-"],
        ["how children develop", "Sangat Day 2", "Sakhi 1"],
        ["the common special needs and how they affect learning", "Sangat Day 2", "Sakhi 1"],
        ["ways to assess, plan and teach, including ICT", "Sangat Day 2", "Sakhi 1"],
        ["how school self-evaluation works", "Sangat Day 6", "Sakhi 3"],
        ["what research says works", "Sangat Day 2", "Sakhi 1"],
        ["what other services do and how to get their help", "Sangat Day 4", "Sakhi 3"],
        ["What I do", None, None],
        ["help my school become more inclusive with the head and governors", "Sangat Day 6", "Sakhi 3"],
        ["find children, set targets, plan help, check progress", "Sangat Day 3", "Sakhi 2"],
        ["use other professionals' reports", "Sangat Day 3", "Sakhi 2"],
        ["track progress with test results and change programmes", "Sangat Day 3", "Sakhi 2"],
        ["help teachers use assessment for learning", "Sangat Day 3", "Not marked"],
        ["map provision and find gaps", "Sangat Day 3", "Sakhi 2"],
        ["deploy and manage assistants", "Sangat Day 4", "Sakhi 2"],
        ["coach, mentor and train colleagues", "Sangat Day 4", "Sakhi 3"],
        ["review provision with staff for self-evaluation", "Sangat Day 6", "Not marked"],
        ["help children plan and review their own help", "Sangat Day 5", "Sakhi 1"],
        ["work with parents and carers", "Sangat Day 4 (Family Link Workers)", "Not marked"],
        ["work with other services and voluntary groups", "Sangat Day 4", "Sakhi 3"]]
t = table(d, rows, head_fill="DDEBF7", size=10)
for i, r in enumerate(rows):
    if r[1] is None:
        band(t, i, r[0], fill="DDEBF7")
para(d, "")
para(d, "Manjit Kaur Virdi, course leader, Sarbat Schools Trust; Dr Elaine Rowcroft, Charnwick University School of Education.", italic=True)

d.save(OUT)
print("wrote", OUT)
