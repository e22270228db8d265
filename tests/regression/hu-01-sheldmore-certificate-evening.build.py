"""hu-01-sheldmore-certificate-evening

Provider: Sheldmore City Council's Ethnic Minority Achievement Service (EMAS), in partnership with
the University of Aldbridge (School of Education), offering the National Award for SEN Coordination to
SENCOs in the city's multilingual schools.

Document kind and layout: the printed programme of the Service's "Celebrating Success" certificate
evening (18 June 2009) for the last cohort of its unaccredited pilot course ("Inclusion in
Multilingual Schools"), sent whole as the application. A shaded note to the panel opens it; then the
running order in a table (merged cells for the interval), a welcome from the Head of Service, eight
graduates' citations (their own school projects, past tense), an extract from the keynote address,
"Part Four: Looking Ahead" written for the panel (study days, tasks, entry, quality, an outcome table
in the Service's own words with merged, shaded group rows and "Where you meet it" / "How we check"
columns), thanks to partners, and a tear-off reply slip. Heading styles for the parts only; the
citations are bold names with Normal text. Text box (the "evening at a glance" panel), footnotes,
comments, tracked changes (a deleted sentence, a deleted outcome row, an inserted sentence), header
and a footer claiming approval.

Traps (requirement ids):
- Pilot arrangements in the past tense (portfolio route, weekend sessions) in the welcome and
  citations: not the award's (2.3, 3.2). Graduates' projects (pupil conferencing, parents' coffee
  mornings, provision maps) are their practice, not the course's: 1.5, 1.7, 6.S3, 6.S7 are decided on
  Part Four only.
- 1.1: aims speak only of attainment; well-being only in the Head's values ("every child's happiness
  matters to us"): partially_met.
- 1.5: "Study Day 4 touches on pupil voice": general, no skill development or assessment: partially_met.
- 1.9: "Not every outcome is separately assessed": partially_met.
- 2.3: tracked-deleted sentence offered an assessment-only route; the text left says "There is no
  assessment-only route into the Award": not_met (negation plus deletion).
- 2.4: tailored plans and progression, but the fee "is still to be agreed" and nothing on cost: partially_met.
- 3.1: a value ("committed to equality of opportunity") and step-free venues; the reasonable
  adjustments sentence sits only in a comment: partially_met.
- 3.3: "There is no online element": not_applicable.
- 4.3: participants evaluate each day; heads and community only "we would like": partially_met.
- 5.3: CRB checks "a matter for each participant's employing school" (someone else's responsibility,
  nothing verified): not_met.
- 5.5: specialists named, but placements "are being discussed": partially_met.
- 5.7: tutors standardise, but the in-school "link colleague" has no role described: partially_met.
- 5.9: confidence survey before and after; pupils' achievement only "we would also like, in time":
  partially_met.
- 6.0: met (explicit Assessment Board rule), despite the footer's claim and the reply slip.
- Outcomes: the row on disability equality law is a tracked deletion (6.K3 not_met); encouraging
  other teachers' formative assessment is nowhere (6.S2c not_met); time management, child development,
  self-evaluation, deploying staff, involving pupils in their provision "Not assessed" and exam access arrangements feedback only on a
  draft (6.A3, 6.K4, 6.K7, 6.S4, 6.S7, 6.S2d partially_met).
- Footer "Approved by the TDA" and header are not evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _hu_helpers import Builder

OUT = Path(__file__).with_name("hu-01-sheldmore-certificate-evening.docx")
b = Builder(font="Calibri", size=11)
b.header_footer("Sheldmore City Council  |  Ethnic Minority Achievement Service",
                "Celebrating Success 2009  \u2022  The SENCO Award in Multilingual Schools is approved by the TDA  \u2022  Printed by Sheldmore Reprographics")

b.box([("A note for the approval panel", "b"),
       "We have chosen to send you the printed programme of our certificate evening exactly as our guests "
       "received it on 18 June 2009, rather than rewrite it as a form. It shows the course we have run for "
       "three years and the people it has served. Part Four, \u201cLooking Ahead\u201d, was written for you: it "
       "describes the National Award for SEN Coordination that we will offer with the University of Aldbridge "
       "from September 2009, and it is the part on which we ask to be judged. The citations and the welcome "
       "describe the pilot course, which will not continue in its old form.",
       "Farida Mahmood, Head of Ethnic Minority Achievement Service, Sheldmore City Council"], fill="F2F2F2")

b.p("CELEBRATING SUCCESS", bold=True, size=22, align="center", color="1F4E79")
b.p("Certificate Evening for the SENCOs of Sheldmore\u2019s Multilingual Schools", bold=True, size=14, align="center")
b.p("Thursday 18 June 2009, 5.30pm, The Great Hall, Sheldmore Council House", italic=True, align="center")
b.p("\u0986\u09aa\u09a8\u09be\u0995\u09c7 \u09b8\u09cd\u09ac\u09be\u0997\u09a4\u09ae  \u2022  Witamy  \u2022  \u062e\u0648\u0634 \u0622\u0645\u062f\u06cc\u062f  \u2022  Soo dhawow  \u2022  Welcome", align="center")

b.textbox(["The evening at a glance",
           "14 SENCOs receive the Certificate in Inclusion in Multilingual Schools (third and final cohort).",
           "Keynote: Professor Ruth Adeyemi, University of Aldbridge.",
           "Music: Year 5 steel pan band, Hollins Street Primary School.",
           "Food from the kitchens of the Sheldmore Women\u2019s Centre.",
           "Please collect your reply slip about the new Award from the table by the door."], width=430, height=120)

b.h("Part One: The Evening", 1)
t = b.table([["Time", "Item", "Who"],
             ["5.30pm", "Arrival, refreshments and the photographic display of school projects", "EMAS team"],
             ["6.00pm", "Welcome", "Farida Mahmood, Head of Service"],
             ["6.10pm", "Words from the Cabinet Member for Children and Young People", "Councillor Harbans Gill"],
             ["6.20pm", "Keynote: \u201cTwo languages, one child, many doors\u201d", "Professor Ruth Adeyemi"],
             ["6.50pm", "Interval: steel pan band and food", ""],
             ["7.15pm", "Presentation of certificates and citations", "Farida Mahmood and Professor Adeyemi"],
             ["7.45pm", "Looking ahead: the National Award from September", "Dr Tomasz Wrobel, Course Leader"],
             ["8.00pm", "Close", ""]], widths=[2.2, 9.5, 5])
b.group_row(t, 5, "6.50pm   Interval: steel pan band and food in the Banqueting Room", fill="FFF2CC")
b.p()

b.h("Part Two: Welcome", 1)
b.p("Good evening, and thank you for coming. Three years ago this Service, which many of you still know "
    "as \u201cthe language support team\u201d, began a small course for special educational needs coordinators "
    "in schools where most children speak a language other than English at home. We began it because our "
    "bilingual teachers kept telling us the same story: a child new to English was placed on School Action "
    "Plus because nobody could tell whether the difficulty lay in the language or in the learning, or a child "
    "with a real and serious need waited two years for an assessment because everyone assumed it was \u201cjust "
    "the English\u201d.")
b.p("Every child\u2019s happiness matters to us, and so does every child\u2019s progress. That belief is why the "
    "Service exists. In Sheldmore, 58 per cent of primary pupils and 44 per cent of secondary pupils are "
    "recorded as having English as an additional language; more than 90 languages are spoken in our schools.")
b.p("The pilot course ran on six Saturday mornings and four twilight sessions a year. Participants who could "
    "not attend could, in the pilot, present a portfolio of their school\u2019s work instead, and four of our "
    "graduates took that route. The certificate tonight is the Service\u2019s own; it carried no university "
    "credit. From September that changes, and Dr Wrobel will say more at the end of the evening.")
b.p("Tonight belongs to fourteen SENCOs who gave up their Saturdays, and to their schools. Thank you, too, to "
    "the families who let us tell their children\u2019s stories, and to the community organisations who have "
    "walked alongside us.")
b.p("Farida Mahmood", bold=True)
b.p("Head of Ethnic Minority Achievement Service", italic=True)

b.h("Part Three: Our Graduates", 1)
b.p("Each graduate chose an area of their school\u2019s practice to change during the year. The citations "
    "below were written by their tutors and read aloud as certificates were presented.")
cites = [
    ("Shazia Begum, Hollins Street Primary School",
     "Shazia set up termly pupil conferences for children on the SEN register, held in Sylheti and English "
     "with a bilingual teaching assistant. Children now help to write their own targets, and the Year 6 "
     "pupils presented their views to governors in March. Her governors have since asked every annual review "
     "to begin with the child\u2019s own words."),
    ("Michael O\u2019Donnell, St Anselm\u2019s Catholic High School",
     "Michael rebuilt his school\u2019s provision map so that it shows, for each intervention, which pupils are "
     "new to English and which have an identified learning difficulty. He found that three withdrawal groups "
     "were taught by the least experienced staff and had no measurable effect, and he closed two of them."),
    ("Agnieszka Nowak, Brookfield Infant School",
     "Agnieszka began a Friday coffee morning for Polish-speaking parents of children with speech and "
     "language needs. With the speech and language therapist she translated the school\u2019s Speaking and "
     "Listening targets into Polish, and attendance at review meetings rose from four families to eleven."),
    ("Hamid Rahimi, Northgate Academy",
     "Hamid worked with the school\u2019s examinations officer on access arrangements for bilingual pupils with "
     "literacy difficulties, and made sure that the evidence of need was gathered in Year 9 rather than in the "
     "spring of Year 11."),
    ("Grace Mensah, Cotton Lane Primary School",
     "Grace trained her teaching assistants to use a bilingual picture-vocabulary assessment before any "
     "referral for a language disorder. Referrals to the speech and language therapy service fell, and the "
     "referrals made were accepted first time."),
    ("Imran Qureshi, Park View Junior School",
     "Imran led a staff meeting cycle on quality-first teaching for pupils with moderate learning difficulties, "
     "modelling lessons in Year 4 and coaching two newly qualified teachers through the spring term."),
    ("Fadumo Abdi, Riverside Community College",
     "Fadumo brought together the school nurse, the Somali community worker and the educational psychologist "
     "to plan support for a group of Year 8 pupils who had missed years of schooling. Her \u201cteam around the "
     "year group\u201d now meets every half term."),
    ("Joanna Price, Elmhurst Primary School",
     "Joanna persuaded her headteacher to give the SENCO a place on the senior leadership team, and then wrote "
     "the school\u2019s first accessibility plan with the governors\u2019 inclusion committee."),
]
for name, text in cites:
    b.p(name, bold=True)
    b.p(text)
b.p("Also receiving certificates: Bilal Hussain, Rebecca Lloyd, Sunita Patel, Daniel Kowalski, Helen Ward "
    "and Yusuf Osman.", italic=True)

b.h("Part Three (continued): From the keynote", 2)
b.p("An extract from Professor Adeyemi\u2019s address, printed at the request of guests.", italic=True)
b.p("\u201cWe have known for a generation that a child\u2019s first language is not a problem to be solved but a "
    "resource for learning. The research of Jim Cummins on the difference between conversational fluency and "
    "academic language, and the work of our own colleagues here in Aldbridge on the assessment of bilingual "
    "learners, tell us that it can take five to seven years for a pupil to catch up in academic English. When "
    "we misread that gap as a learning difficulty, we over-identify; when we wait for it to close before we "
    "look for a learning difficulty, we under-identify. Both are failures of the same kind: failures to know "
    "the child. What this course has taught me, as someone who came to it as a visiting speaker, is that the "
    "SENCO in a multilingual school does not need a second set of procedures. She needs the confidence to ask "
    "better questions, and a headteacher who will let her ask them.\u201d")

b.h("Part Four: Looking Ahead \u2013 The National Award for SEN Coordination in Multilingual Schools", 1)
b.p("This part was prepared for the Training and Development Agency\u2019s approval panel and for headteachers. "
    "It describes the course that replaces the pilot from September 2009.", italic=True)

b.h("1. The Award and our partner", 2)
para = b.p("The National Award for SEN Coordination in Multilingual Schools is a postgraduate certificate of the "
           "University of Aldbridge, validated by the University\u2019s Academic Standards Committee on 12 May 2009 as "
           "a course of 60 credits at Master\u2019s level (Level 7). The University awards the credit; the Service "
           "and the University\u2019s School of Education teach it together.")
b.footnote(para, "Validation report AS/09/117. The 60 credits may count towards the University's MA in Education (Inclusion and Diversity).")
b.p("The aim of the Award is to raise the attainment of bilingual pupils who have special educational needs "
    "and/or disabilities, by equipping their SENCOs to lead provision that tells language from learning "
    "difficulty and answers both. Its objectives are that each participant will lead a measurable improvement "
    "in the progress of pupils with SEN in their own school, and will meet every one of the national "
    "outcomes for the Award.")

b.h("2. How the year runs", 2)
b.p("The Award is taught over one year in eight Study Days at the Sheldmore Teachers\u2019 Centre and at the "
    "University, with two twilight Surgeries each term, and is built around four assessed Tasks carried out "
    "in the participant\u2019s own school. Each Study Day is followed by a Gap Task that asks the participant to "
    "try something in school and bring the result back to the next day.")
t = b.table([["Study Day", "What we do", "Led by"],
             ["1. Knowing our children", "Language acquisition and learning difficulty; how children develop and how a disability or a new language and setting affects development; first-language assessment", "Dr Wrobel; Bilingual Assessment Team"],
             ["2. The law, the Code and the city", "The SEN Code of Practice 2001 and its implications; the Children Act 2004 and Every Child Matters; Removing Barriers to Achievement; New Arrivals Excellence Programme guidance; the SENCO\u2019s duties", "Service SEN adviser; University"],
             ["3. Knowing the need", "The most common types of SEN and disability and their effect on learning (BESD, dyslexia and other SpLD, SLCN, autism, MLD) in bilingual pupils; assessment, planning and teaching approaches including ICT; special arrangements for national tests", "Educational psychologist; speech and language therapist"],
             ["4. Partners: families, pupils and services", "Working with parents and carers through interpreters and community organisations; external agencies and how to get specialist support; Study Day 4 touches on pupil voice", "Community Liaison Officers; Sheldmore Somali Parents Forum"],
             ["5. Leading and managing provision", "Provision mapping and management; deploying teaching assistants and bilingual staff; managing the SENCO\u2019s week", "Service SEN adviser; two headteachers"],
             ["6. Tracking progress", "Setting challenging targets; using national test and teacher assessment data to track progress and change programmes; using the reports of other professionals to plan teaching", "University; Service data manager"],
             ["7. Leading colleagues", "Coaching and mentoring, observation and feedback, leading training; gaining the commitment of the headteacher and senior leaders; influencing policy with governors", "Dr Wrobel; Joanna Price (graduate, 2009)"],
             ["8. What works, and how we know", "Research on meeting SEN in multilingual settings and recent Ofsted reports on SEN and on pupils learning English as an additional language; evaluating provision with colleagues; school self-evaluation; presenting enquiry findings", "Professor Adeyemi; University"]],
            widths=[3.5, 9.5, 4])
b.p()
b.p("There are two start points each year, September and January, and the eight Study Days can be taken in "
    "either of two orders: participants who begin in January take Days 5 to 8 first. Each Study Day is "
    "offered twice, once as a full day and once as two consecutive twilights, so that participants can choose "
    "the pattern their school can release them for. There is no online element: all materials are printed "
    "and posted or handed out on the day, and tutors are available by telephone.")

b.h("3. The four Tasks", 2)
b.runs([("Task A: Language and Learning Profile. ", "b"),
        "A 3,000-word case study of one bilingual pupil with SEN, using first-language assessment, the reports "
        "of other professionals and the views of the family, ending in a plan with challenging targets and a "
        "review of progress after one term. Marked by the University against published criteria."])
b.runs([("Task B: Provision Review. ", "b"),
        "The participant maps the school\u2019s provision for pupils with SEN, identifies what is ineffective or "
        "missing, and presents a costed proposal to the headteacher and the governor responsible for SEN. The "
        "written review (2,500 words) is marked; the headteacher completes a short statement of what was agreed."])
b.runs([("Task C: The Enquiry. ", "b"),
        "A school-based enquiry of 6,000 words in which the participant leads a change in practice with "
        "colleagues, draws on research and external advice, and evaluates its effect on pupils\u2019 progress with "
        "the staff involved. Marked by the University; double-marked where the first mark is a fail or a merit."])
b.runs([("Task D: Professional Conversation. ", "b"),
        "A forty-minute recorded conversation with two tutors, using the participant\u2019s Award File, in which "
        "the participant shows how they have worked with parents and carers, supported colleagues\u2019 development "
        "and worked with other services. Graded pass or refer against the outcomes it covers."])
b.p("Every Task is linked to the outcomes in the table in section 8. Not every outcome is separately "
    "assessed: some are developed on the Study Days and in Gap Tasks and are not the subject of a Task.")

b.h("4. Who the Award is for and how we choose", 2)
b.p("The Award is for SENCOs, and teachers about to take up the role, in Sheldmore schools and in schools in "
    "neighbouring authorities where at least a fifth of pupils speak English as an additional language. "
    "Applicants must hold Qualified Teacher Status, be in post as SENCO or named by their headteacher as the "
    "next SENCO, and send an application signed by the headteacher that commits the school to release time. "
    "Every applicant has a thirty-minute interview with a tutor, who checks through a short written task that "
    "the applicant can write at the level the course asks and has enough knowledge of SEN practice to benefit "
    "from the course and meet its outcomes; applicants who are not ready are offered a place on the Service\u2019s "
    "introductory SEN course first.")
b.p("Checks on criminal records are a matter for each participant\u2019s employing school, which will have "
    "carried them out on appointment.")
b.p("Participants who already hold the Service\u2019s pilot certificate, or credit from another university at "
    "Level 7 in special educational needs, may apply for accreditation of prior learning. The University\u2019s "
    "APL panel may award up to 20 credits, which exempts the participant from Task A; a claim is made on the "
    "University\u2019s APL form with a mapping of the earlier work to the Task A criteria and is decided before "
    "the first Study Day.")
b.tracked([("t", "Each applicant is interviewed individually. "),
           ("del", "Experienced SENCOs may instead present a portfolio for assessment only, as in the pilot. "),
           ("t", "There is no assessment-only route into the Award.")])
para = b.p("The Service is committed to equality of opportunity for all who apply. All our venues have step-free "
           "access and a hearing loop.")
b.comment(para, "Add: we will make reasonable adjustments for disabled participants, e.g. extra time, materials in large print, a note-taker. FM to confirm with University disability office before we send.", author="Tomasz Wrobel", initials="TW")

b.h("5. Starting where you are", 2)
b.p("In the first fortnight each participant has a Starting Point Conversation with their personal tutor. "
    "Before it, they rate themselves against each of the national outcomes on the Service\u2019s self-review "
    "sheet and their headteacher adds a short note on the school\u2019s priorities. The tutor and participant then "
    "agree an Individual Learning Plan which records which outcomes the participant already meets with "
    "evidence, the three to five personal outcomes they will work on hardest, the Gap Tasks and Surgeries they "
    "will use, and the focus of Task C. The plan is reviewed at the end of each term.")
b.p("The Award is designed to lead on. In a Next Steps tutorial at the end of the year each participant agrees "
    "with their tutor two or three further professional targets and a route towards them, whether the "
    "University\u2019s MA, the specialist qualification in specific learning difficulties, or a leadership "
    "programme; the targets are recorded in the Award File and sent to the headteacher with the participant\u2019s "
    "agreement. Tuition is tailored through the Individual Learning Plan and the choice of Surgeries. The fee for "
    "2009-10 is still to be agreed with the Schools Forum.")

b.h("6. What schools and families told us, and what we changed", 2)
b.p("In January 2009 we surveyed the SENCOs and headteachers of all 71 Sheldmore schools with more than 20 per "
    "cent of pupils learning English as an additional language (61 replied) and held two focus groups with "
    "parents through the Somali Parents Forum and the Polish Saturday School. We also drew on the Service\u2019s "
    "own data, which show that bilingual pupils in the city are over-represented at School Action Plus and "
    "under-represented among pupils with statements for autism.")
t = b.table([["What we heard", "What we changed for the Award"],
             ["Saturday sessions kept SENCOs with young families away (pilot evaluation, 2008)", "Study Days are now in school time, with the twilight option"],
             ["Heads wanted the work to change the school, not just the SENCO (heads\u2019 survey)", "Task B is presented to the headteacher and a governor"],
             ["Parents said meetings happened to them, not with them (focus groups)", "Study Day 4 is co-led by the Somali Parents Forum; Task D asks for evidence of work with parents"],
             ["Pilot participants found the portfolio route unclear (pilot evaluation)", "Replaced by four defined Tasks"]],
            widths=[8, 8])
b.p()
b.p("Participants complete an evaluation at the end of every Study Day and a longer review at the end of the "
    "year, and two participants sit on the Course Committee. In future years we would like headteachers and our "
    "community partners to take part in evaluating the course too.")

b.h("7. Making sure it is good enough", 2)
b.p("The course team evaluates the Award in several ways. Inside the partnership: Study Day evaluations, which "
    "the Course Leader summarises within a week and discusses at the monthly team meeting; the termly Course "
    "Committee (tutors, two participants, the Service SEN adviser and a University quality officer); and the "
    "University\u2019s annual monitoring report. Outside it: the University\u2019s external examiner, who sees a sample "
    "of every Task and reports each year, and the Council\u2019s Children\u2019s Services scrutiny of the Service. Every "
    "report produces a short action list which the Course Committee follows up; the external examiner\u2019s "
    "report and the Committee\u2019s response go to the University\u2019s School Board.")
b.p("To see what difference the Award makes, each participant completes a confidence and competence "
    "questionnaire against the outcomes at the Starting Point Conversation and again at the Next Steps "
    "tutorial, and their headteacher rates the same items; the team compares the two. We would also like, in "
    "time, to look at whether the progress of pupils with SEN in participants\u2019 schools improves.")
b.p("Tasks are marked by University tutors against published criteria. A sample of a third of every Task, and "
    "all fails and distinctions, is second-marked; the tutors meet before each marking round to agree standards "
    "on anonymised scripts, and the external examiner moderates the sample. Task D conversations are recorded "
    "so that they can be moderated.")
b.p("The teaching team are: Dr Tomasz Wrobel, Course Leader, a former SENCO in two Sheldmore primary schools with "
    "a doctorate in bilingual assessment; Professor Ruth Adeyemi, professor of inclusive education; Amina "
    "Yusuf, the Service\u2019s SEN adviser and a former head of learning support; and Mark Ellison, senior "
    "educational psychologist, all of whom teach and practise currently. Sessions are also taught by the speech "
    "and language therapy service, the Bilingual Assessment Team, the Sensory Support Service and the Service\u2019s "
    "Community Liaison Officers, who together cover 23 community languages. Visits to Fernlea special school are "
    "being discussed.")
b.p("Tutors meet for a half-day before the course begins and before each marking round to go through the "
    "Tasks, the marking criteria and their roles, and the University provides every tutor with the course "
    "handbook. Each participant names a link colleague in school.")
b.p("Participants borrow from the Service\u2019s Resource Base, which holds over 2,000 dual-language books, "
    "first-language assessment materials in 14 languages, the standard SEN assessment kits, and talking "
    "translators; they have full access to the University library and its electronic journals, and the "
    "Teachers\u2019 Centre ICT suite has symbol software, text-to-speech and screen-reading programs for use on "
    "Study Days.")

b.h("8. The outcomes and where they are met", 2)
b.p("The table below sets out the national outcomes for the Award in our own words, where each is developed, "
    "and how we check it.")
rows = [["What you will be able to do", "Where you meet it", "How we check"],
        ["As a professional", "", ""],
        ["Build fair, respectful and constructive relationships with pupils with SEN and their families, across languages", "Study Days 1 and 4", "Task D"],
        ["Win the support of colleagues, including the headteacher and senior leaders", "Study Day 7; Task B", "Task B (headteacher\u2019s statement)"],
        ["Manage your time, set priorities and delegate", "Study Day 5", "Not assessed"],
        ["Anticipate problems and make sound, well-founded decisions about provision", "Study Days 5 and 6", "Task B"],
        ["Speak and write clearly, and listen to others\u2019 views, including through interpreters", "Study Days 4 and 7", "Task C; Task D"],
        ["Use research and outside advice to improve your own and colleagues\u2019 practice", "Study Day 8", "Task C"],
        ["Keep up to date and take charge of your own professional development in SEN", "Starting Point Conversation; Next Steps tutorial", "Individual Learning Plan reviewed and signed off by tutor"],
        ["What you will know", "", ""],
        ["The SEN Code of Practice and other law and guidance, and how to put it into practice", "Study Day 2", "Task A; Task B"],
        ["Every Child Matters and the SENCO\u2019s part in it", "Study Day 2", "Task C"],
        ["The law on disability equality and what it requires of schools", "Study Day 2", "Task B"],
        ["How children develop, and how SEN, disability and a new language or setting affect development", "Study Day 1", "Not assessed"],
        ["The most common kinds of SEN and disability and how they affect learning", "Study Day 3", "Task A"],
        ["Approaches and resources for assessment, planning and teaching, including ICT", "Study Days 3 and 6", "Task A"],
        ["School self-evaluation and improvement for pupils with SEN", "Study Day 8", "Not assessed"],
        ["Best practice and research in meeting SEN", "Study Day 8", "Task C"],
        ["What outside agencies do and how to get specialist help", "Study Day 4", "Task D"],
        ["What you will be able to lead", "", ""],
        ["Shape, with senior colleagues and governors, an inclusive ethos, policies and use of resources", "Study Day 7", "Task B"],
        ["Identify pupils who may have SEN, set challenging targets, plan and review", "Study Days 1 and 6", "Task A"],
        ["Use the assessments of other professionals to shape teaching", "Study Day 6", "Task A"],
        ["Use national tests and other summative data to track progress and change programmes", "Study Day 6", "Task C"],
        ["Plan special arrangements for national tests and examinations in good time", "Study Day 3", "Feedback on a draft plan; not marked"],
        ["Use provision mapping to find ineffective or missing provision", "Study Day 5", "Task B"],
        ["Deploy and manage teaching assistants and other staff", "Study Day 5", "Not assessed"],
        ["Support colleagues\u2019 development through coaching, modelling and training", "Study Day 7", "Task D"],
        ["Review with colleagues how well provision works, for school self-evaluation", "Study Day 8", "Task C"],
        ["Involve pupils in planning, agreeing and reviewing their provision", "Study Day 4", "Not assessed"],
        ["Work closely with parents and carers", "Study Day 4", "Task D"],
        ["Work with other services and voluntary and community organisations", "Study Day 4; Task C", "Task D"]]
t = b.table(rows, widths=[8.5, 4, 4])
for i in (1, 9, 19):
    b.group_row(t, i, rows[i][0])
b.delete_row(t.rows[12], author="Amina Yusuf")
b.p()
b.p("The Award is conferred only on participants whom the joint Assessment Board of the Service and the "
    "University judges to have met every one of the national outcomes, on the evidence of the four Tasks and "
    "the Individual Learning Plan. A participant who passes the Tasks but has not shown an outcome is given a "
    "further task to show it before the Board confirms the Award.")
b.tracked([("ins", "Participants who do not complete the Award within two years may carry forward credit for the Tasks they have passed, as the University\u2019s regulations allow.")],
          author="Tomasz Wrobel")

b.h("Thank you", 1)
b.p("Our thanks to the University of Aldbridge; to the headteachers of Sheldmore who released their SENCOs on "
    "Saturdays; to the Somali Parents Forum, the Polish Saturday School, the Bangladeshi Women\u2019s Association "
    "and the Sheldmore Women\u2019s Centre; to the speech and language therapy service and the Educational "
    "Psychology Service; and to the fourteen graduates, whose work is on the display boards tonight.")

b.p("- - - - - - - - - - - - - - - - - - - - tear off and hand in - - - - - - - - - - - - - - - - - - - -", align="center")
b.p("REPLY SLIP: The National Award from September 2009", bold=True)
b.table([["Name", ""], ["School", ""], ["Please send me an application pack  \u2610", ""],
         ["I would like to talk to a tutor about prior learning  \u2610", ""],
         ["My headteacher would like to attend the briefing on 2 July  \u2610", ""]], header=False, widths=[9, 7])
b.save(OUT)
print("wrote", OUT)
