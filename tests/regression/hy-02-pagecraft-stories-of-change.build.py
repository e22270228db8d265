"""hy-02-pagecraft-stories-of-change

Provider (invented): the Pagecraft Foundation, a national literacy intervention charity
whose Lead Tutors train Pagecraft Teachers to give daily one-to-one Pagecraft sessions to
struggling young readers. In 2007-08 it ran an unaccredited pilot course for SENCOs,
"Literacy Leads", in 24 schools. It applies with the University of Askham to run the
National Award for SEN Coordination as the Pagecraft SENCO Award from September 2009.

Document kind and layout: a "Most Significant Change" evaluation report, "Stories of
Change", in the participatory-evaluation format: how stories were collected and selected,
four domains of change, seven selected stories (each a small story card table, the
teller's words in italics, then bold run-in "Why the panel chose it:" and "What the
Foundation has done:"), then PART THREE, the Award for the panel, under bold typed titles
with hand numbering that collides with the requirement ids ("3.1", "3.3 Online study",
"5.3"), and an "Outcome Ladder" table in the Foundation's words with merged, shaded group
rows and "Practised in" / "Judged in" columns. No heading styles. Footnotes; tracked
changes (a deleted paragraph, a counted inserted sentence, a deleted and replaced table
cell entry, a deleted sentence); two comments; a header and footer.

Traps (requirement ids):
- Stories are tellers' words about the pilot and about what pilot SENCOs did; only
  "What the Foundation has done" and Part Three are the provider's arrangements
  (wrong-context, past arrangements).
- Story 2 praises the pilot's online forum where the tutor answered; Part Three says
  tutors are not online between Study Days and a sentence promising forum replies is
  tracked-deleted (3.3 partially_met).
- Story 5: provision mapping "was dropped after the pilot"; the local authority trains it
  (6.S3 not_met).
- Story 6: a deaf SENCO's negative story; the Foundation is only "looking at" access;
  Part Three has a welcome statement and large print on request (3.1 p).
- The Assessment Route for experienced SENCOs is a deleted paragraph (2.3 not_met).
- Credit for prior study: only in a comment; the body says "no credit is given for
  earlier study" (2.1 not_met).
- The CRB check is a tracked insertion, which counts (5.3 met).
- "Disability law is not covered" (1.4 p, 6.K3 not_met).
- The pilot's unit on autism and behaviour was dropped; the Ladder covers reading,
  language and communication difficulties only (6.K5 p).
- Entry is any nominated SENCO; "we do not set further entry tests" (5.2 p).
- "We do not provide specialist software or equipment" (5.6 p).
- "We do not ask participants for test data about their pupils" (5.9 p).
- Award on an average mark across two tasks; a comment asks about "all rungs" and the
  footer claims every rung is judged, neither of which counts (6.0 p).
- Ladder rows "Practised, not judged" (6.A2 p, 6.S2d p), "formative feedback only"
  (6.S1 p), and the S9 row's "Task 2 (agency map)" tracked-deleted and replaced by
  "Practised, not judged" (6.S9 p); hence 1.9 p.
- Stakeholders: story panels with heads, parents, young people and LA officers each year
  (4.3 met); consultation and stories shaped the course (4.1, 4.2 met).
"""
from pathlib import Path
from _hy_helpers import (new_doc, para, runs, table, group_row, set_cell, header_footer, comment,
                         footnote, ins_run, del_run, deleted_para, save)

HERE = Path(__file__).resolve().parent
NAME = "hy-02-pagecraft-stories-of-change"
JH = ("Jo Hartley", "2009-01-12T09:30:00Z")
PM = ("Priya Mistry", "2009-01-14T16:05:00Z")

d = new_doc()
header_footer(d, "The Pagecraft Foundation - Stories of Change - for the TDA panel",
              "Pagecraft Foundation. Every rung of the Outcome Ladder is judged before the Award is made.")

para(d, "STORIES OF CHANGE", bold=True, size=18)
para(d, "What the Literacy Leads pilot changed, told by the people it changed; and the Pagecraft SENCO "
        "Award that has grown from it", italic=True, size=12)
para(d, "A Most Significant Change review by the Pagecraft Foundation, January 2009, with the University "
        "of Askham", size=10)
para(d, "")
p = para(d, "")
runs(p, ("To the panel. ", "b"),
     "Part One explains how we gathered and chose the stories. Part Two gives the seven stories our "
     "Trustees' panel chose, each with the reasons and with what we have done since. Part Three sets out "
     "the Award itself, and ends with the Outcome Ladder. The stories are in their tellers' own words; "
     "what the Foundation does is in Part Three and in the paragraphs headed What the Foundation has done.")

# ------------------------------------------------------------------ PART ONE
para(d, "PART ONE - HOW WE GATHERED THE STORIES", bold=True, size=13)
para(d, "Pagecraft's Lead Tutors train and support the teachers who give our daily one-to-one Pagecraft "
        "sessions to six- and seven-year-olds who are struggling to learn to read. In 2007-08, at the "
        "request of four local authorities, we ran Literacy Leads, a pilot course of six days for the "
        "SENCOs of 24 Pagecraft schools. It was not accredited. We wanted to know what difference it made, "
        "and we did not want to decide in advance what the difference should be.")
p = para(d, "So we used the Most Significant Change technique. In June and July 2008 our Lead Tutors asked "
            "each SENCO, their headteacher, a class teacher, a parent and, where the family agreed, a child "
            "one question: looking back over the year, what do you think was the most significant change "
            "that came from the course? We collected 86 stories.")
footnote(d, p, "The technique follows Davies and Dart, The Most Significant Change Technique: A Guide to Its "
               "Use (2005). Stories were written down by the collector and read back to the teller.")
para(d, "Each story was filed under one of four domains of change:")
for b in ["Domain 1: children's learning and well-being;",
          "Domain 2: how teachers and assistants work;",
          "Domain 3: working with families and other services;",
          "Domain 4: lessons learned (what went wrong, or should change)."]:
    para(d, b, style="List Bullet")
p = para(d, "Stories were chosen in three rounds. In each of the four authorities a story panel of two heads, "
            "a parent, a Year 6 pupil representative from a school council and a local authority officer "
            "read every story and chose one per domain, writing down why. The Foundation's Trustees then "
            "read the sixteen chosen stories, with the reasons, and chose the seven below. Every teller was "
            "told which stories were chosen and why.")
footnote(d, p, "The four story panels met in September 2008 in Kettering, Rotherham, Stockport and Truro.")

para(d, "What the 86 stories said, in outline", bold=True)
table(d, [
    ["Teller", "Stories", "Domain 1", "Domain 2", "Domain 3", "Domain 4"],
    ["SENCOs", "24", "9", "8", "4", "3"],
    ["Headteachers", "19", "5", "10", "2", "2"],
    ["Class teachers", "17", "7", "7", "1", "2"],
    ["Parents and carers", "15", "6", "0", "8", "1"],
    ["Children", "11", "9", "0", "1", "1"],
    ["All", "86", "36", "25", "16", "9"],
], header_fill="E4DFEC")
para(d, "")
para(d, "Three things stood out before any panel met. First, most SENCOs told stories about one child, not "
        "about systems: the course had changed how they saw a child before it changed how they ran provision. "
        "Second, the heads' stories were mostly about other staff: assistants briefed properly, class teachers "
        "asking the SENCO into their rooms. Third, almost nobody outside the school appeared in the stories, "
        "except parents; only two stories mentioned an outside service. The nine Domain 4 stories were about "
        "time, about release days being cancelled, and, in one case, about access to the course itself.")

# ------------------------------------------------------------------ PART TWO
para(d, "PART TWO - THE SEVEN STORIES", bold=True, size=13)

stories = [
    ("1", "Domain 1: children's learning and well-being", "A SENCO, primary school, Stockport", "Lead Tutor, June 2008",
     ["Before the course I thought my job was the register and the reviews. Now I think my job is Callum. "
      "He had finished Pagecraft sessions at the average band and by February he was back where he started. "
      "On the course we had to take one child and follow him properly, with his baseline and his targets, and "
      "look at how he was doing at playtime and at home as well as in reading. I saw that he was anxious, "
      "not lazy. We changed his group, gave him a job at lunchtime, and his reading came back."],
     "The panels chose this story because it shows a SENCO looking at the whole child, not only at reading, "
     "and because the change lasted.",
     "The case study of one child became Task 1 of the Award, the Child Study, and it now asks participants "
     "to show progress in well-being as well as in learning (see 3.6)."),
    ("2", "Domain 2: how teachers and assistants work", "A headteacher, junior school, Rotherham", "Lead Tutor, July 2008",
     ["The online forum was a lifeline for her. She would post a question on a Tuesday night and the tutor "
      "would have answered by Thursday. She stopped feeling she was on her own. Our assistants noticed it "
      "first: she started to give them proper briefings instead of notes in a tray."],
     "The panels chose it because the head saw the change in other staff, not only in the SENCO.",
     "We have kept online study and the Story Circles in which participants support each other (see 3.3). "
     "We could not afford tutor time online between Study Days, and we have said so in 3.3."),
    ("3", "Domain 1: children's learning and well-being", "A child, Year 3, Cornwall (told to the Lead Tutor with her mother)", "Lead Tutor, July 2008",
     ["Mrs Hale asked me what helps me and I said the blue paper and sitting near the front. "
      "And she did it. And she asked me again after Christmas."],
     "The panels, and especially the pupil representatives, chose this because the child was asked, and "
     "asked again.",
     "The Child's Voice task was added to Unit 2, and is judged in Task 1 (see 3.5 and 3.6)."),
    ("4", "Domain 3: working with families and other services", "A parent, Kettering", "Lead Tutor, June 2008",
     ["For two years every meeting was about what my son could not do. This year the SENCO came to our house "
      "and we wrote his plan together, what we would do at home and what they would do at school. "
      "It is on our fridge."],
     "Chosen because the parent describes being a partner, not an audience.",
     "The Family Learning Plan, written with a parent or carer, is now part of the Child Study (see 3.6)."),
    ("5", "Domain 2: how teachers and assistants work", "A SENCO, infant school, Northamptonshire", "Lead Tutor, July 2008",
     ["The provision map we built on the course showed us we had three assistants doing the same phonics "
      "group with different children and nobody doing anything for the older ones. We moved two of them. "
      "I would never have seen that without the map."],
     "Chosen because it shows the SENCO changing how staff are deployed on the strength of evidence.",
     "Provision mapping was dropped after the pilot to make room for the Child's Voice task, because the "
     "local authorities told us they already train SENCOs in it. Deploying assistants stays in Unit 2."),
    ("6", "Domain 4: lessons learned", "A SENCO who is deaf, secondary school, Cornwall", "Lead Tutor, July 2008",
     ["Nobody asked. I sat at the front and lip-read for six hours and missed most of the group work. "
      "The course was good. The days were not built for me."],
     "The Trustees chose this story above all the others in Domain 4, because the teller was right and "
     "because it was hard to hear.",
     "We apologised. We are looking at how to make Study Days more accessible for the first Award cohort."),
    ("7", "Domain 3: working with families and other services", "A local authority educational psychologist, Stockport", "Lead Tutor, July 2008",
     ["The SENCOs on the course started to ring me before the crisis, not after it. They knew what I could "
      "do and what the speech and language service could do, and they came to the planning meeting with "
      "the right questions."],
     "Chosen because it was the only story told from outside the school about working with other services.",
     "Working with other services is taught in Unit 2 (see 3.5 and the Outcome Ladder)."),
]
for num, domain, teller, coll, words, why, done in stories:
    para(d, "")
    t = table(d, [["Story " + num, domain], ["Told by", teller], ["Collected by", coll]], header_fill="E4DFEC")
    for w in words:
        para(d, w, italic=True)
    p = para(d, "")
    runs(p, ("Why the panel chose it: ", "b"), why)
    p = para(d, "")
    runs(p, ("What the Foundation has done: ", "b"), done)

# ------------------------------------------------------------------ PART THREE
para(d, "")
para(d, "PART THREE - THE PAGECRAFT SENCO AWARD", bold=True, size=13)

para(d, "3.1 Who we are and who validates", bold=True)
para(d, "The Pagecraft Foundation is a national charity with 14 Lead Tutors working in 31 local authorities. "
        "The University of Askham validated the Pagecraft SENCO Award on 4 December 2008 as a Postgraduate "
        "Certificate of 60 credits at Level 7 (masters level), in two modules of 30 credits. The University "
        "registers participants, appoints the external examiner and confers the award; the Foundation "
        "recruits, teaches and supports participants and marks their work with the University.")

para(d, "3.2 What the Award is for", bold=True)
para(d, "The Award's purpose is to raise the achievement and improve the well-being of children and young "
        "people with SEN and disabilities in participants' schools, in all five Every Child Matters "
        "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
        "achieving economic well-being. Each Unit's objectives name the outcomes it works towards, and both "
        "Tasks ask participants to show what changed for children.")
p = para(d, "Unit 1 covers the SEN Code of Practice (2001) and statutory assessment, Removing Barriers to "
            "Achievement (2004), Every Child Matters and the Children Act 2004, the Rose Review (2006) and "
            "the Bercow Review (2008), with Ofsted's reports on inclusion and on SEN provision. Disability law "
            "is not covered: in our schools it falls to the business manager and governors.")
footnote(d, p, "Readings for each Unit are chosen by the Lead Tutors with the University's Centre for Inclusion "
               "Research and revised each year.")

para(d, "3.3 Online study", bold=True)
para(d, "The Award is blended. There are six face-to-face Study Days; between them participants work "
        "through weekly online units on Pagecraft Online, our learning platform: readings, short films of "
        "Pagecraft sessions, and tasks to try in school. Each participant belongs to a Story Circle of five, "
        "which meets in its own online forum and once on each Study Day, and in which participants comment "
        "on each other's work.")
p = para(d, "Tutors are not online between Study Days; questions for the tutor are saved for the next Study "
            "Day, where an hour is set aside for them. ")
del_run(p, "Tutors answer questions in the forum within two working days.", *JH)
para(d, "There are two starts a year, in September and January. The two Units may be taken in either order, "
        "and a participant may spread the Award over two years, taking one Unit each year.")

para(d, "3.4 Joining", bold=True)
para(d, "Any SENCO nominated by their headteacher is accepted; we do not set further entry tests. "
        "The head's nomination confirms that the participant is, or will be by the start, the school's SENCO, "
        "and commits the school to the release days.")
p = para(d, "")
runs(p, "Checks. ")
ins_run(p, "Before the first Study Day we confirm with the nominating school the date and number of each "
           "participant's CRB enhanced disclosure, and anyone who has not worked in a school in the past three "
           "months must obtain a new disclosure before starting.", *PM)
p = para(d, "")
r = runs(p, "Everyone takes both Units and both Tasks in full; no credit is given for earlier study.")
comment(d, r, "University allows up to 20 credits APL at Level 7 - shall we say so? JH",
        author="Jo Hartley", initials="JH")
deleted_para(d, "The Assessment Route. An experienced SENCO who believes they already meet the outcomes may "
                "ask to be assessed without taking the Units: they submit both Tasks and attend the Final "
                "Conversation, for a reduced fee.", *JH)
p = para(d, "Starting Story. Before the first Study Day each participant writes a Starting Story: a page on "
            "where they are now in the role, and a self-rating on every rung of the Outcome Ladder. Their "
            "tutor reads it with the head's comments and agrees a Personal Route with them in the first "
            "fortnight: the rungs they will work on hardest, their own personal outcomes for the year, and "
            "which online options they will take. The Personal Route is revisited at each Study Day.")
para(d, "Fairness. The Foundation welcomes every teacher, whatever their background or ability, and values "
        "the diversity of our schools. Papers are available in large print on request.")

para(d, "Cost. The fee is 1,200 pounds for the year, of which the four authorities pay half for their "
        "schools. Because most study is online, a school releases its SENCO for six days and two Setting "
        "Visit days only, and the Personal Route lets a participant spend less time on rungs they can "
        "already show and more on those they cannot.")
para(d, "3.5 The Units", bold=True)
table(d, [
    ["Unit", "Study Days", "What participants learn and do"],
    ["Unit 1: The Child and the Law", "Days 1-3",
     "SEN law, guidance and policy (see 3.2); how children develop and how SEN, disability and their "
     "surroundings affect development; reading, language and communication difficulties, including dyslexia "
     "and speech, language and communication needs; assessment, including observation, running records, "
     "standardised tests, other professionals' reports and national test data; teaching approaches and "
     "resources, including ICT; research on what works for children with SEN."],
    ["Unit 2: The SENCO in the School", "Days 4-6",
     "Leading colleagues: observing, giving feedback, modelling and coaching, running training; helping class "
     "teachers develop formative assessment; deploying assistants; working with heads and governors on policy "
     "and resources; school self-evaluation and improvement planning for SEN; the Child's Voice task; "
     "working with parents and carers; working with other services and voluntary organisations; managing "
     "time and delegating."],
])
para(d, "")
para(d, "In the pilot, a third Unit covered autism and behaviour. That Unit has been dropped from the Award.")
p = para(d, "Setting Visits. Each participant spends two days in a contrasting setting, chosen with their "
            "tutor from a special school, a language unit, a pupil referral unit or a sensory support service. "
            "The Foundation arranges the visits with the host and gives each host a visit brief. Specialist "
            "speakers on Study Days include an educational psychologist, a speech and language therapist "
            "and a family support worker.")
footnote(d, p, "Host settings in 2009-10 include Millbrook Special School (Rotherham) and the Trevose Language "
               "Unit (Cornwall).")
para(d, "Resources. Participants have full access to the University library and its electronic journals, "
        "and to Pagecraft Online. We do not provide specialist software or equipment; participants use what "
        "their school has.")

para(d, "3.6 The Tasks", bold=True)
para(d, "Task 1, the Child Study (Unit 1, 5,000 words). The participant follows one child with SEN for two "
        "terms: gathers a baseline from observation, data and other professionals' assessments; carries out "
        "the Child's Voice task with the child, using a structured conversation or a Talking Mat, and plans "
        "with them; writes a Family Learning Plan with the parent or carer; sets challenging targets across "
        "learning and well-being; plans and reviews the intervention with the class teacher using summative "
        "data, including national test results; and reflects on the relationships built with the child and "
        "family and on the decisions taken.")
para(d, "Task 2, the Change Project (Unit 2, 5,000 words). The participant leads one change in their school's "
        "provision: reviews the effect of current provision with colleagues; redeploys or manages staff; coaches at least one colleague, including in formative "
        "assessment; delegates and manages the time the change takes; evaluates the result, drawing on "
        "research and outside advice. The participant also reports to the governing body on the change; "
        "this report receives formative feedback from the tutor and is not marked.")
para(d, "Final Conversation. At the end, each participant talks with their tutor and a second assessor for "
        "thirty minutes about the two Tasks, how they keep up to date and what they will do next; it is "
        "judged pass or fail.")
p = para(d, "")
r = runs(p, "The Award is made to participants whose two Tasks achieve an average mark of 50 or more and who "
            "pass the Final Conversation.")
comment(d, r, "Should this say all rungs of the Ladder have to be shown? PM", author="Priya Mistry", initials="PM")
para(d, "Next Chapter. The last Study Day ends with the Next Chapter session: each participant uses our Next "
        "Chapter planner to set professional targets for the following year, to agree with their head.")

para(d, "Study Days in 2009-10 (September start)", bold=True)
table(d, [
    ["Day", "Date", "Unit", "Focus"],
    ["1", "Thu 24 September 2009", "Unit 1", "The law, the Code and the child; Starting Stories shared"],
    ["2", "Thu 5 November 2009", "Unit 1", "Development, difficulties and assessment"],
    ["3", "Thu 14 January 2010", "Unit 1", "Teaching approaches, ICT, and reading other professionals' reports"],
    ["4", "Thu 4 March 2010", "Unit 2", "Leading colleagues: coaching, feedback, training"],
    ["5", "Thu 13 May 2010", "Unit 2", "Children, families, other services"],
    ["6", "Thu 8 July 2010", "Unit 2", "Self-evaluation, governors; Next Chapter"],
], header_fill="E4DFEC")
para(d, "")
para(d, "3.7 People", bold=True)
p = para(d, "The Award is taught by six Lead Tutors. Each has been a SENCO, holds a masters degree in SEN or "
            "literacy, and keeps teaching children one-to-one every week. Tutors take part in the University's "
            "staff development programme and in the Foundation's two research days each year.")
footnote(d, p, "Two tutors are also Associate Lecturers of the University of Askham.")
para(d, "New tutors have a three-day induction and the Award Tutor Handbook, and are paired with an "
        "experienced tutor for their first cohort. Each participant's head names a Story Partner, a senior "
        "colleague who meets the participant each half term; Story Partners have a twilight training session "
        "and a written guide to the role.")

para(d, "3.8 Marking and quality", bold=True)
para(d, "Every Task is marked by the tutor and second-marked by another tutor. Tutors meet each term to "
        "moderate a sample across cohorts; the University moderates a further sample, and the external "
        "examiner sees all fails and a sample of each grade band.")
para(d, "We will repeat the Most Significant Change review every year, with story panels of heads, parents, "
        "pupil representatives and local authority officers, and the panels' choices will go to the "
        "Programme Committee (the Foundation, the University and the four authorities), which agrees the "
        "changes for the next cohort. Study Day evaluations, the University's annual monitoring report and "
        "the external examiner's report go to the same Committee.")
para(d, "Participants rate themselves on the Ladder again at the end, and the difference from the Starting "
        "Story is reported to the Committee. We do not ask participants for test data about their pupils; "
        "the stories are our evidence of what changed for children.")
para(d, "How the Award was shaped. Besides the stories, we surveyed the heads and SENCOs of 120 schools in the "
        "four authorities in spring 2008. Heads asked for tasks rooted in the school; SENCOs asked for help "
        "with parents and with other services. Both are now in the Tasks, and the Family Learning Plan and "
        "the Child's Voice task came directly from Stories 3 and 4.")

# ------------------------------------------------------------------ Ladder
para(d, "")
para(d, "THE OUTCOME LADDER", bold=True, size=13)
para(d, "Each rung is one national outcome, in our words. Practised in shows where the Award works on it; "
        "Judged in shows where it is marked.")
ladder = [
    ("Who the SENCO is", [
        ("Builds fair, respectful and supportive relationships with children with SEN and their families", "Unit 1", "Task 1"),
        ("Gains the commitment of the head, senior leaders and colleagues", "Unit 2", "Practised, not judged"),
        ("Manages time, sets priorities and delegates", "Unit 2", "Task 2"),
        ("Sees problems coming, solves them and judges provision soundly", "Units 1 and 2", "Tasks 1 and 2"),
        ("Speaks and writes clearly, and listens", "All", "Final Conversation; Tasks"),
        ("Uses research and outside advice to improve practice", "Units 1 and 2", "Task 2"),
        ("Keeps up to date and owns their professional development", "All", "Final Conversation"),
    ]),
    ("What the SENCO knows", [
        ("SEN law and the Code of Practice, what they mean for the school and how to apply them", "Unit 1", "Task 1"),
        ("Every Child Matters and the SENCO's part in the five outcomes", "Unit 1", "Task 1"),
        ("How children develop and what affects development", "Unit 1", "Task 1"),
        ("Reading, language and communication difficulties, including dyslexia and SLCN", "Unit 1", "Task 1"),
        ("Approaches, strategies and resources for assessment and teaching, including ICT", "Unit 1", "Task 1"),
        ("School self-evaluation and improvement for SEN", "Unit 2", "Task 2"),
        ("Research and best practice in meeting SEN", "Units 1 and 2", "Task 2"),
        ("What other agencies do and how to get their help", "Unit 2", "Task 1"),
    ]),
    ("What the SENCO does", [
        ("Advises the head and governors on inclusive policy, priorities and resources", "Unit 2", "Task 2 (formative feedback only)"),
        ("Identifies children who may have SEN, sets targets, plans and reviews interventions", "Unit 1", "Task 1"),
        ("Uses other professionals' assessments to shape teaching", "Unit 1", "Task 1"),
        ("Uses summative data and national tests to track progress", "Unit 1", "Task 1"),
        ("Helps teachers develop formative assessment for children with SEN", "Unit 2", "Task 2"),
        ("Plans special arrangements for national tests", "Unit 1 (mentioned)", "Practised, not judged"),
        ("Deploys and manages staff", "Unit 2", "Task 2"),
        ("Coaches, mentors, models and trains colleagues", "Unit 2", "Task 2"),
        ("Reviews provision with colleagues to inform self-evaluation", "Unit 2", "Task 2"),
        ("Involves children in planning and reviewing their provision", "Unit 2", "Task 1"),
        ("Works with parents and carers", "Unit 2", "Task 1"),
        ("Works with other services and voluntary organisations", "Unit 2", ""),
    ]),
]
rows = [["Rung", "Practised in", "Judged in"]]
groups = []
for g, items in ladder:
    groups.append(len(rows))
    rows.append([g, "", ""])
    rows.extend([list(x) for x in items])
lt = table(d, rows, header_fill="E4DFEC")
for i in groups:
    group_row(lt, i, rows[i][0], fill="F2EEF7")
last = lt.cell(len(rows) - 1, 2).paragraphs[0]
del_run(last, "Task 2 (agency map)", *PM)
ins_run(last, "Practised, not judged", *PM)

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
