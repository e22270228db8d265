"""hh-01-tarnbridge-course-blog

Provider (invented): Tarnbridge Borough Council (a unitary authority), its
Educational Psychology Service (EPS), which runs the "Tarnbridge Award in SEN
Coordination" with the University of Wexmoor, which validates it as a
Postgraduate Certificate (60 credits at Masters level). February 2009.

Document kind: the course leader's blog, "Thinking Allowed", printed out and
sent whole as the application. Newest post first. A shaded note from the
Principal Educational Psychologist opens it; a sidebar (About / Archive / Tags)
is typed as a table with a merged title row; each post has a title in a custom
"Post Title" style (no heading styles anywhere), a dateline, tags, the post in
the leader's chatty first-person plural, and readers' comments with the
leader's replies (in a custom italic "Comment" style). A page "For the approval
panel" was added at the end: a table of the ten Thursday days, the three
assessed Tasks, the award rule and an outcome table in the service's words
("Where we work on it" / "Where it counts"), with shaded group rows made by
merged cells. Header (the blog's web address, print date) and footer.
Tracked changes by the Principal EP (one inserted sentence, one deleted
sentence); two Word comments (CRB; national tests).

Traps (requirement ids):
- E.1/E.2 met: validated on 5 February 2009 as a PGCert, 60 credits at M level.
- 2.3 not_met: an assessment-only route existed in the pilot year (a past
  arrangement, post of 29 October) and the newest post says it "won't be part
  of the accredited course"; the sentence offering it in the summary post is a
  deleted tracked change.
- 5.3 not_met: CRB checks are left to the employing school ("we don't ask to
  see it"); a reader's comment about her school's CRB practice is not the
  provider's; a Word comment wondering whether to check is not evidence.
- 5.2 met only through an inserted tracked change (what happens when the link
  EP thinks a teacher is unlikely to meet the outcomes).
- 2.1 partially_met: prior study is taken into account (days can be skipped)
  but the university "does not allow credit from earlier courses" into it.
- 3.1 partially_met: only the building's access and "large print on request";
  nothing on disclosure, selection or assessment.
- 3.3 partially_met: the Gateway (Moodle) forum and readings are real and
  peers support each other, but tutor replies are only hoped for ("we can't
  promise it this year").
- 5.7 partially_met: tutors have a marking briefing; the in-school mentors'
  briefing pack is only to be written ("when we've written it").
- 5.9 partially_met: competence and confidence measured by re-rating the
  Starting Point profile; the effect on pupils' achievement is only hoped
  for ("we hope to look at").
- 1.9 and 6.0 partially_met: the award is for passing three Tasks; the
  outcome table shows several outcomes only in the unmarked Learning Log.
- 1.5/6.S7 met (Day 4 and Task B "Child's-eye review").
- Outcomes: 6.A3, 6.A7, 6.K4 only in the Learning Log "(not marked)";
  6.S2c assessed only by formative feedback on a draft (right words, wrong
  thing: the participant's own draft); 6.S2d covered but "Not assessed";
  6.S4 assessed in Task A but "-" where it is worked on (all partially_met).
  6.K7 absent from the table and the posts (not_met). 6.S2b's row says "Not
  covered this year" and only a Word comment proposes adding it (not_met).
- Readers' comments (a head, SENCOs) are not the provider's statements; the
  leader's replies are.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _hh_helpers import (para, runs, cell_text, shade, table, boxed, ins, dele,
                         comment, header_footer, custom_style)

HERE = Path(__file__).parent
NAME = "hh-01-tarnbridge-course-blog"
PEP = "Martin Oyelaran"
DATE = "2009-02-19T16:20:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(10)
custom_style(doc, "Post Title", size=15, bold=True, color="1F4E79")
custom_style(doc, "Dateline", size=8, bold=False, color="7F7F7F", italic=True)
custom_style(doc, "Comment Text", size=9, bold=False, color="404040", italic=True)
custom_style(doc, "Blog Name", size=22, bold=True, color="1F4E79")
header_footer(doc, "http://www.tarnbridge.gov.uk/eps/thinkingallowed  |  printed 20/02/2009 09:14",
              "Thinking Allowed - the Tarnbridge SENCO course blog. Tarnbridge Educational Psychology Service, Kelling Centre, Tarnbridge TB4 2QS")

boxed(doc, "**A note for the approval panel from the Principal Educational Psychologist**\n"
      "We have chosen to send you our course blog, printed exactly as it stood on 20 February 2009, because it is where we have "
      "explained the course to Tarnbridge teachers and heads as it took shape. The newest post comes first. Later posts replace "
      "anything earlier posts say. Readers' comments are left in because they show the conversation with schools, but they are "
      "theirs, not ours. The last page, \"For the approval panel\", was written for you and is not on the blog.\n"
      "Martin Oyelaran, Principal Educational Psychologist, Tarnbridge Borough Council")
para(doc)
para(doc, "Thinking Allowed", style="Blog Name")
para(doc, "Notes from the team that runs the Tarnbridge Award in SEN Coordination", italic=True)

side = doc.add_table(rows=4, cols=3)
side.style = "Table Grid"
top = side.cell(0, 0).merge(side.cell(0, 2))
cell_text(top, "ABOUT  |  ARCHIVE  |  TAGS", bold=True)
shade(top, "DEEAF6")
cell_text(side.cell(1, 0), "**About this blog**\nWritten by Dr Ruth Allonby, Senior Educational Psychologist and course leader, with posts from the rest of the course team. Questions to sencoaward@tarnbridge.gov.uk.")
cell_text(side.cell(1, 1), "**Archive**\nFebruary 2009 (2)\nJanuary 2009 (2)\nDecember 2008 (1)\nNovember 2008 (2)\nOctober 2008 (3)")
cell_text(side.cell(1, 2), "**Tags**\nassessment (4)  pupil voice (2)  parents (1)  heads (3)  online (1)  pilot (2)  team (1)  validation (1)")
r3 = side.cell(2, 0).merge(side.cell(2, 2))
cell_text(r3, "Subscribe by email  |  RSS  |  Log in")
r4 = side.cell(3, 0).merge(side.cell(3, 2))
cell_text(r4, "Search this blog: ____________________  [Go]")
para(doc)


def post(title, dateline, tags):
    para(doc, title, style="Post Title")
    para(doc, f"Posted by {dateline}   |   Tags: {tags}", style="Dateline")


def comments_head(n):
    para(doc, f"{n} comments", style="Dateline")


def c(who, text):
    p = doc.add_paragraph(style="Comment Text")
    runs(p, f"**{who} said:** {text}")
    return p

# ---------------------------------------------------------------- post 1
post("Where we've got to: the whole course in one post",
     "Ruth Allonby on 18 February 2009 at 17:42", "validation, assessment, heads")
para(doc, "A lot of you have asked for one post that pulls everything together now that the university has said yes, so here it is. "
     "If anything below disagrees with an older post, this one is right.")
para(doc, "**What it is.** The Tarnbridge Award in SEN Coordination is a Postgraduate Certificate of the University of Wexmoor: 60 credits "
     "at Masters level, in three 20-credit modules. The University's validation panel approved it on 5 February 2009 (more on that day "
     "in the post below) and the first full cohort of 22 starts in September 2009.")
para(doc, "**Why we run it.** Everything in the course is pointed at one thing: children and young people with SEN and disabilities in "
     "Tarnbridge doing better, in all five of the Every Child Matters senses, not just in their test results. Every module's objectives "
     "are written in those terms, the Thursday days keep coming back to particular children, and every assessed Task asks you to show "
     "what changed for a group of pupils: their progress, their attendance, how safe and how included they feel.")
para(doc, "**The three modules.** Module 1, \"Knowing the Territory\", covers the law, the Code of Practice, the kinds of need you will "
     "meet and how children develop. Module 2, \"Children at the Centre\", is about assessment, pupil voice, families and other "
     "services. Module 3, \"Leading for Inclusion\", is about leading colleagues, provision mapping and changing practice in your school.")
p = para(doc, "**How it runs.** Ten Thursday days at the Kelling Centre (9.15 to 3.45), three twilight surgeries (4 to 6) with your link "
         "EP, your own work in school between the days, and the Gateway site for readings and the forum. Modules 1 and 2 can be taken in "
         "either order, and there are two starting points in the year, September and January, so you can join when your school can "
         "release you. ")
ins(p, "A teacher who starts in January finishes the following December, and the Examination Board meets twice a year to allow for this.",
    author=PEP, date=DATE)
p = para(doc, "**Who can do it.** Any teacher with QTS in a Tarnbridge school (or an academy or independent school that buys our "
         "traded service) who is a SENCO or will be one within the year, with the head's nomination. ")
dele(p, "Experienced colleagues from the Learning Support Team can still ask to be assessed without taking the course.",
     author=PEP, date=DATE)
para(doc, "**The assessment-only question.** We ran an assessment-only route in the pilot year, but it won't be part of the accredited "
     "course: the University wants everyone through at least the Module 3 days, and so do we.")
para(doc, "**What it costs.** £1,150 for the year. The Schools Forum has agreed to pay half for maintained Tarnbridge schools, so most "
     "schools pay £575, and the cover for ten days is the school's. We think that is good value against what out-of-borough "
     "courses charge, and because days you already know well can be skipped (see the Starting Point post) nobody pays in time for "
     "teaching they don't need.")
para(doc, "**What happens at the end.** The last twilight surgery is called \"What next?\". You bring your Learning Log and leave with "
     "a one-page Next Steps sheet: two or three professional targets for the following year that you have drafted with your link EP "
     "and take to your performance management meeting with your head. We also go through the University's MA in Inclusive Education, "
     "which accepts the 60 credits, and the Service's own SENCO Network meetings.")
comments_head(2)
c("Jo Farrant (SENCO, St Cuthbert's RC Primary)", "Thank you, this is really helpful. Can my deputy head come to the first day with me?")
c("Ruth Allonby", "Yes, Jo: heads and deputies are invited to the afternoon of Day 1, when we talk about what the school will do to support you.")

# ---------------------------------------------------------------- post 2
post("Validation day: what the panel asked us", "Ruth Allonby on 6 February 2009 at 20:05", "validation, assessment")
para(doc, "Yesterday six of us spent the day at Wexmoor with the University's validation panel, and we came out with approval and two "
     "conditions, both about the module handbook. The panel were most interested in three things.")
para(doc, "**Marking.** Every Task is first marked by one of the EP tutors and second marked by a Wexmoor tutor, using the University's "
     "M-level criteria and our own Task grids. Where the two disagree by more than one band, a third marker from the University decides. "
     "The module moderator at Wexmoor then moderates a sample of at least one in four scripts from every Task, including every fail and "
     "every borderline, and the external examiner, Professor Anne Cheldon, sees a sample and attends the Examination Board. Before each "
     "marking round all markers meet for half a day to mark the same two scripts and agree the grades, which is how we keep marking "
     "consistent from one tutor to another.")
para(doc, "**Evaluation.** We told the panel about the evaluation sheets at the end of every Thursday day, the end-of-module "
     "questionnaires, the participants' representatives who sit on the Course Committee, the Steering Group of heads (see the post from "
     "November), the external examiner's report, and the University's annual monitoring report. Every July the course team reads all of "
     "that together and writes an action plan for the next year, which goes to the Steering Group and to the University. The pilot's "
     "action plan is the reason the provision mapping day now exists.")
para(doc, "**Our tutors.** The panel read our CVs (summarised in the \"Meet the team\" post) and asked how we keep up to date. Every EP "
     "tutor has at least five days' CPD a year in the Service's programme, and each of us still carries a casework patch of schools.")
comments_head(1)
c("Alan Birtle (Headteacher, Fellgate Primary)", "Congratulations to the team. Our governors will want to know how you judge whether it made a difference to the children, not just the teachers.")
c("Ruth Allonby", "Good question, Alan, and one we asked ourselves. At the start and the end of the course every participant rates themselves "
  "against the Starting Point profile, and the link EP checks the ratings against the evidence, so we can see the change in competence "
  "and confidence for each person and across the group. For the children, honestly, we're not there yet: we hope to look at whether "
  "pupils' progress in participants' schools improves over the next few years, once we have some data to compare.")

# ---------------------------------------------------------------- post 3
post("Before you start: the Starting Point conversation", "Ruth Allonby on 21 January 2009 at 16:30", "assessment, heads")
para(doc, "Everyone who is offered a place has a Starting Point conversation with their link EP in the term before the course begins. "
     "Beforehand you fill in the Starting Point profile: for each of the 28 national outcomes you rate yourself from 1 (\"new to me\") "
     "to 4 (\"I do this well and could show someone else\"), and you note your evidence. In the conversation (about 45 minutes, in "
     "your school) the link EP goes through your ratings with you, because it is easy to think you know something that has moved on "
     "since you learned it.")
para(doc, "Out of the conversation comes My Course Plan: your own short list of the outcomes you most need to work on, the days you must "
     "attend and any days you could miss because you already know that ground well, and two or three personal targets for the year. Your "
     "head signs it. We use the whole group's plans to decide how long to spend on each topic on the Thursday days.")
p = para(doc, "We take account of what you have already studied in the conversation, so if you have done the Wexmoor Certificate in "
         "Specific Learning Difficulties, for example, you won't need the dyslexia part of Day 3. But the University does not allow "
         "credit from earlier courses to count towards this Postgraduate Certificate, so everyone completes all three Tasks. ")
ins(p, "If the link EP thinks that a teacher is unlikely to be able to meet the outcomes within the year, we talk it through with the head "
    "before a place is confirmed, and suggest a route in, usually our one-term Inclusion Foundations course and a place the following "
    "September.", author=PEP, date=DATE)
p = para(doc, "**CRB.** Several of you asked. Your school, as your employer, is responsible for making sure you have a current enhanced "
         "CRB disclosure; we don't ask to see it.")
comment(doc, p.runs, "Should we be checking this ourselves? HR say schools do it but the spec asks the provider. MO", PEP, "MO")
comments_head(2)
c("Linda Pask (SENCO, Marsh Lane Primary)", "At Marsh Lane we renew everyone's enhanced CRB every three years, so I can send you a copy of mine if that helps.")
c("Ruth Allonby", "Thanks Linda, there's no need: that's your school's job rather than ours.")

# ---------------------------------------------------------------- post 4
post("Pupil voice, talking mats and a lot of sticky notes", "Sam Thewlis on 7 January 2009 at 18:12", "pupil voice")
para(doc, "Day 4 of the pilot was the one people have talked about most, so a few words on what it will look like next year. In the "
     "morning we practise ways of finding out what children think about the things that affect them: Talking Mats with children who "
     "have little speech, the \"Views of the Child\" booklet we use in our own casework, drawing the ideal school, and structured "
     "interviews with older students. Two Year 9 students from Tarnbridge Youth Council run a session on what it feels like when adults "
     "make plans about you without asking.")
para(doc, "In the afternoon we move from consulting one child to involving children in their own provision: how to get pupils to help set "
     "and review their targets, how to make reviews something children take part in rather than sit through, and how to help "
     "colleagues build that kind of working relationship. Between Day 4 and Day 5 you try one of the methods with a pupil in your "
     "school, and that work goes into Task B, the Child's-eye review, which is marked.")
comments_head(1)
c("Priya Mistry (SENCO, Holmfield Academy)", "The Talking Mats session was brilliant in the pilot. I've used it in three annual reviews since.")

# ---------------------------------------------------------------- post 5
post("Parents as partners, with Tarnbridge Parent Partnership", "Ruth Allonby on 10 December 2008 at 15:55", "parents")
para(doc, "Day 5 is planned and run with Tarnbridge Parent Partnership Service and the Parents' Forum. Parents of children with SEN tell "
     "their own stories of good and bad meetings with schools, and we practise the conversations SENCOs find hard: sharing worrying "
     "news, disagreeing about provision, explaining what the school can and can't do. The Parent Partnership officers show how they "
     "support families in meetings and when to refer on. We look at how to advise and support class teachers who are meeting parents, "
     "and how to set up the school's way of working with families so it does not all rest on the SENCO.")
para(doc, "Task B includes a section in which you describe how you worked with the child's parents or carers and what the family "
     "said about it, and the markers look for that.")

# ---------------------------------------------------------------- post 6
post("What heads and SENCOs told us, and what we changed", "Martin Oyelaran on 26 November 2008 at 12:10", "heads, pilot")
para(doc, "Last spring we sent a questionnaire to every head and SENCO in Tarnbridge's 64 schools; 51 heads and 47 SENCOs replied. We "
     "also ran three focus groups at SENCO Network meetings and asked the Parents' Forum and the Youth Council what they wanted SENCOs "
     "to be good at. The top three needs that heads named were leading other staff, using data to show progress, and provision "
     "mapping; SENCOs named time, the law, and working with other agencies; parents named being listened to.")
para(doc, "Those answers changed the course. We added a whole day on provision mapping (Day 8), moved the days from Fridays to Thursdays "
     "because heads said Fridays were harder to cover, made Task C a piece of change in your own school because heads wanted to see "
     "something happen, and asked Parent Partnership to co-run Day 5.")
para(doc, "From next year heads keep a hand in. A Steering Group of four heads, a SENCO from the pilot, the Parent Partnership manager "
     "and a parent from the Forum meets each term. It reads the evaluation sheets and the July action plan and tells us what to change; "
     "two of its heads also host study visits and one is a guest speaker on Day 9. Every participant's head is sent a short "
     "questionnaire at the end of the year about what difference the course has made in the school, and the answers go to the "
     "Steering Group.")
comments_head(1)
c("Gill Harker (Headteacher, Nab Lane Infants)", "Glad to see Thursdays. Please keep the cover letters coming early.")

# ---------------------------------------------------------------- post 7
post("Can I do it online?", "Dev Chaudhry on 12 November 2008 at 19:40", "online")
para(doc, "Partly. The course is not a distance-learning course, but a good share of it happens on Tarnbridge Learning Gateway, the "
     "council's Moodle site. Each Thursday day has a Gateway page with the slides, the readings and a short task to do before the next "
     "day. Each learning set of five or six participants has its own forum, and sets in the pilot used them a lot to help each other "
     "between days, to share documents, and to get feedback on plans from people in other schools. We use the Gateway for all messages "
     "about the course, and heads get a read-only login so they can see what their SENCO is doing.")
para(doc, "We'd like tutors to answer forum posts within a couple of days, but honestly we can't promise it this year: the EP tutors "
     "do the course alongside their casework.")

# ---------------------------------------------------------------- post 8
post("The pilot year: what we learned", "Ruth Allonby on 29 October 2008 at 21:02", "pilot, assessment")
para(doc, "In 2007-08 we piloted the course, unaccredited, with fourteen SENCOs. A few things from that year that people keep asking about:")
para(doc, "- We ran an assessment-only route. Two experienced teachers from the Learning Support Team were assessed against all the "
     "outcomes on their portfolios and a professional discussion, without coming to the days. It worked for them.")
para(doc, "- Every participant was visited in school twice by their link EP and observed leading a meeting. Participants valued it.")
para(doc, "- We moderated marking through the SENCO Network, with two SENCOs from each cluster reading samples.")
para(doc, "- The pilot had no day on provision mapping. People missed it, and heads said so in the survey.")
para(doc, "The pilot's evaluation is on the Gateway for anyone who wants to read all 22 pages of it.")

# ---------------------------------------------------------------- post 9
post("Meet the team", "Ruth Allonby on 15 October 2008 at 17:25", "team")
para(doc, "**Ruth Allonby** (course leader) is a Senior EP with twelve years in Tarnbridge, a doctorate in educational psychology on "
     "SENCOs' work with parents, and a past life as a secondary SENCO. **Sam Thewlis** is an EP with a special interest in pupil "
     "participation and autism. **Dev Chaudhry** is an EP and the Service's lead for dyslexia and assistive technology. **Hannah Roe** "
     "is an advisory teacher for speech, language and communication, seconded from the NHS Trust's speech and language therapy team. "
     "**Dr Paul Venn** is a senior lecturer in inclusive education at Wexmoor and our university link. All tutors have led SEN work in "
     "schools or services in the last five years.")
para(doc, "We also bring in people from outside the Service: the Behaviour Support Team, the Sensory Support Service, the Child and "
     "Adolescent Mental Health team, Connexions and the voluntary sector (Tarnbridge Autism Support, the local Dyslexia Association). "
     "And every participant spends two days on a study placement in one of six specialist settings, Hollins Brook Special School, the "
     "Ravel Street Pupil Referral Unit, the Language Resource Base at Moorside Primary, the ASD base at Tarnbridge High, the Hearing "
     "Impaired Unit at Fell Road and the Child Development Centre, chosen in your Starting Point conversation. Each placement has a host "
     "who agrees a short programme with you.")
para(doc, "Tutors get a marking briefing and the Task grids before each marking round, and the module handbook spells out who does what. "
     "Each participant will also have an in-school mentor, usually the head or a deputy, and mentors will get a briefing pack when we've "
     "written it.")
para(doc, "For resources, participants can borrow from the EPS test and resource library, try out and borrow software and equipment from "
     "Dev's assistive technology loan kit (text readers, word prediction, voice recorders, switch-accessible kit), and use the "
     "University library and its online journals with a Wexmoor login.")

# ---------------------------------------------------------------- post 10
post("Why is an EP service running a SENCO course?", "Martin Oyelaran on 1 October 2008 at 09:30", "heads")
para(doc, "Because SENCOs are the people we work with most, and because the new regulations mean every new SENCO will need the Award. "
     "We think it is better that Tarnbridge SENCOs learn alongside the services they will work with than travel to Leeds.")
para(doc, "The course is built on what the evidence says. Day 1 and Day 2 take you through the legislation and policy you work within: "
     "the Education Act 1996, the SEN Code of Practice 2001 and its toolkit, the Disability Discrimination Act 1995 as amended in 2005 "
     "and the disability equality duty, Every Child Matters and the Children Act 2004, Removing Barriers to Achievement and the new SENCO "
     "regulations. Readings are chosen from recent research and inspection evidence: Ofsted's Inclusion: does it matter where pupils "
     "are taught? (2006), the Bercow Review of services for children with speech, language and communication needs (2008), the "
     "Education and Skills Committee's report on SEN (2006), and the Lamb Inquiry as it reports in 2009. Each Thursday day's Gateway page "
     "lists the readings for the day.")
para(doc, "The Kelling Centre has level access, a lift, a hearing loop and accessible toilets, and handouts can be printed in large print on request.")
comments_head(1)
c("Anon", "Will there be car parking? Last time I had to park on Mill Road.")

# ---------------------------------------------------------------- panel page
doc.add_page_break()
para(doc, "FOR THE APPROVAL PANEL (not on the blog)", style="Post Title")
para(doc, "1. The Thursday days", style="Dateline")
days = [["Day", "Module", "What we do", "In school before the next day"],
        ["1", "1", "The SENCO role; the law and the SEN Code of Practice; Every Child Matters; afternoon with heads", "Read your school's SEN policy against the Code"],
        ["2", "1", "Disability equality duty and accessibility plans; how children develop; the main kinds of need (BESD, SpLD, SLCN, ASD, MLD)", "Shadow a pupil for a morning"],
        ["3", "1", "Assessment tools and what other professionals' reports tell you; dyslexia and assistive technology; exam access arrangements", "Gather the assessments on three pupils"],
        ["4", "2", "Pupil voice and involving pupils in their provision (see the January post)", "Try one method with a pupil"],
        ["5", "2", "Parents as partners, with Parent Partnership", "Plan a meeting with a family"],
        ["6", "2", "Targets, interventions, reviewing progress; assessment for learning in the classroom", "Draft Task A"],
        ["7", "3", "Leading and influencing colleagues, heads and governors; coaching and modelling; running training", "Observe a colleague and give feedback"],
        ["8", "3", "Provision mapping and management; spotting ineffective provision", "Map one year group"],
        ["9", "3", "Working with other services and the voluntary sector; the team around the child; guest head", "Meet one outside service"],
        ["10", "3", "Research, evidence and your own development; presenting Task C", "Finish Task C"]]
table(doc, days, size=8)
para(doc)
para(doc, "2. What is assessed", style="Dateline")
tasks = [["Task", "What you do", "Length", "Module"],
         ["A", "Provision map and audit of provision in your school, with a plan for changes", "4,000 words", "1"],
         ["B", "Child's-eye review: a case study of one pupil, including their views, their family's part and other professionals' advice", "4,000 words", "2"],
         ["C", "Leading a change: a piece of change you lead in your school, with evidence of what happened for pupils, and a 15-minute presentation", "5,000 words", "3"],
         ["Learning Log", "Weekly entries, discussed at surgeries (not marked)", "-", "all"]]
table(doc, tasks, size=8)
para(doc)
para(doc, "3. The award", style="Dateline")
para(doc, "You get the Award when you pass Tasks A, B and C at the University's Masters-level pass mark of 50 per cent. The Examination "
     "Board confirms results.")
para(doc, "4. The national outcomes and where they are in the course", style="Dateline")

rows = [("Attributes", None, None),
        ("Building good relationships with children and their families", "Days 4, 5", "Task B"),
        ("Winning the backing of colleagues and senior leaders", "Day 7", "Task C"),
        ("Managing your time, priorities and delegating", "Days 1, 10", "Learning Log (not marked)"),
        ("Solving problems and making sound decisions about provision", "Days 6, 8", "Tasks A, C"),
        ("Communicating clearly in speech and writing; listening", "Days 5, 7", "Task C presentation; all written Tasks"),
        ("Using research and outside advice", "Days 9, 10", "Tasks B, C"),
        ("Keeping up to date; owning your CPD", "Day 10", "Learning Log (not marked)"),
        ("Knowledge", None, None),
        ("SEN law, the Code of Practice and putting it into practice", "Day 1", "Task A"),
        ("Every Child Matters and the SENCO's part", "Day 1", "Task C"),
        ("Disability equality law and what it requires", "Day 2", "Task A"),
        ("Child development and what affects it", "Day 2", "Learning Log (not marked)"),
        ("The main kinds of SEN and how they affect learning", "Days 2, 3", "Task B"),
        ("Approaches, strategies and resources, including ICT", "Days 3, 6", "Tasks A, B"),
        ("Best practice and research in meeting SEN", "Day 10", "Task C"),
        ("Other agencies and how to get specialist help", "Day 9", "Task B"),
        ("Skills", None, None),
        ("Shaping an inclusive ethos, policy and resources with senior staff and governors", "Day 7", "Task C"),
        ("Identifying needs, setting targets, planning and reviewing interventions", "Day 6", "Tasks A, B"),
        ("Using other professionals' assessments", "Day 3", "Task B"),
        ("Using national test results to track progress", "Not covered this year", "-"),
        ("Helping colleagues use assessment for learning", "Day 6", "Formative feedback on your draft Task A"),
        ("Access arrangements for tests and exams", "Day 3", "Not assessed"),
        ("Provision mapping; finding ineffective provision", "Day 8", "Task A"),
        ("Deploying and managing support staff", "-", "Task A"),
        ("Developing colleagues: observation, feedback, coaching, training", "Day 7", "Task C"),
        ("Reviewing with colleagues how well provision is working", "Day 8", "Task A"),
        ("Involving pupils in their provision", "Day 4", "Task B"),
        ("Working with parents and carers", "Day 5", "Task B"),
        ("Working with other services and voluntary organisations", "Day 9", "Task B")]
t = doc.add_table(rows=len(rows) + 1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["The outcome, in our words", "Where we work on it", "Where it counts"]):
    cell_text(t.cell(0, j), h, bold=True, size=8)
    shade(t.cell(0, j), "D9E2F3")
for i, (a, b, cc) in enumerate(rows, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, a, bold=True, size=8)
        shade(m, "F2F2F2")
    else:
        cell_text(t.cell(i, 0), a, size=8)
        cell_text(t.cell(i, 1), b, size=8)
        x = cell_text(t.cell(i, 2), cc, size=8)
        if a.startswith("Using national test"):
            comment(doc, x.paragraphs[0].runs, "Can we add national tests and tracking to Day 6 from September? RA", "Ruth Allonby", "RA")
para(doc)
para(doc, "Thank you for reading. Ruth Allonby, course leader, 19 February 2009")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
