"""hq-01-ambleford-learning-stories

Provider: Ambleford Metropolitan Borough Council's Early Years Inclusion Team (the
borough's Area SENCOs), in partnership with Kirkstone University School of Education,
offering the Ambleford Early Years SENCO Award (the National Award for SEN
Coordination) to SENCOs in primary and nursery schools and children's centres.

Document kind and layout: the team sends, as its application, a book of "Learning
Stories" from its 2008 pilot, written the way early years practitioners write
narrative assessments of children (the Te Whariki / Carr format): each story is
addressed to one pilot SENCO in the second person ("you") by her Link Area SENCO, and
followed by bold run-in sections "What learning is happening here?", "Opportunities
and possibilities" (next steps), "Your voice" and "Another voice". Photo placeholders
sit in shaded VML text boxes. No heading styles for the stories (bold typed titles);
Heading styles only in Part Three, "About the Award, for the panel", which has an
"Award at a glance" table with merged and shaded cells, prose sections and an outcome
table "Where the outcomes live" (columns "Where we notice it" / "How we know") with
merged shaded group rows. A covering note to the panel is a text box. Header (team
name) and a footer that claims "Every national outcome is covered and assessed".
Footnotes carry references. Tracked changes and comments.

Traps (requirement ids):
- Footer claim that every outcome is covered and assessed: never evidence (1.9, 6.0).
- Story 1: participant asked whether her earlier diploma could count; "the Award does
  not give credit for earlier study" - negation (2.1 not_met). Starting Conversation
  and My Learning Plan are real arrangements (2.2, 2.4 met).
- "Opportunities and possibilities" sections are next steps for one SENCO, not the
  Award's arrangements: e.g. time management is only talked about (6.A3 partial), the
  EYFS Profile task is "next year we hope to add" (6.S2b partial).
- Story 4: the head, not the SENCO, moves the teaching assistants; Part Three says
  deploying staff "is the setting manager's job" and is left out (6.S4 not_met).
- Story 8: the CPD plan is "yours to keep; we do not mark it" (6.A7 partial).
- Part Three: special arrangements for national tests "are not covered" (6.S2d
  not_met); dyslexia and MLD not taught (6.K5 partial).
- Assessment-only route: a full route in a tracked deletion does not count; the
  inserted sentence counts and says the judging is not settled (2.3 partial).
- CRB: the team says it does not check disclosures; a comment proposing a check is
  not part of the submission (5.3 not_met).
- Entry: heads nominate, no check of knowledge and skills (5.2 partial).
- Equality: values plus accessible venues only (3.1 partial).
- E-learning: Blackboard board is peer-only; tutor presence online only hoped for;
  Kirkstone's MA students' online tutor is another programme's arrangement (3.3
  partial).
- Placements: a past pilot arrangement at Oakfield plus a hope for 2009 (5.5 partial).
- Inspection evidence only planned (1.3 partial).
- Impact on children only hoped for; confidence measured (5.9 partial).
- Governors come to a Sharing Circle (wrong context); strategic ethos developed on a
  Gathering Day but not assessed (6.S1 partial). School self-evaluation developed
  only (6.K7 partial).
- 1.9 partial because several outcomes are developed but never assessed.
"""
import json
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _hq_helpers import Doc, merge, shade

HERE = Path(__file__).parent
NAME = "hq-01-ambleford-learning-stories"
D = Doc(header="Ambleford MBC Children's Services - Early Years Inclusion Team (Area SENCOs)",
        footer="Ambleford Learning Stories 2008 | Every national outcome is covered and assessed")

D.typed_title("Our Learning Stories", 22)
D.typed_title("The Ambleford Early Years SENCO Award: stories from the pilot year, and how the Award will run from January 2009", 13)
D.p("Ambleford Metropolitan Borough Council, Early Years Inclusion Team, with Kirkstone University School of Education")
D.p(("Application for approval to provide the National Award for SEN Coordination, November 2008", "i"))

D.textbox([("A note for the panel", "b"),
           "We are an Area SENCO team. We spend our working lives writing learning stories about children, so when we sat down to write this application we wrote it the way we know best. The eight stories that follow were written during our pilot by each SENCO's Link Area SENCO and shared with the SENCO at the time; names are used with permission. Part Three, at the back, sets out plainly how the Award will run, and the table at the end shows where each national outcome is worked on and how we know it has been reached.",
           "Sue Hartley, Principal Early Years Inclusion Officer"], fill="E2EFDA")

D.typed_title("How to read a learning story", 13)
D.p("A learning story is written to the learner. It describes something that happened, says what learning we think was going on, and suggests what might come next. In our pilot each of the twelve SENCOs had a Link Area SENCO, one of the six members of our team, who visited the setting twice each term (a Link Visit) and wrote at least one story after each visit. The SENCO then added her own voice, and sometimes a colleague, parent or other professional added theirs. The stories were collected in each SENCO's Learning Story Portfolio, which is one of the three pieces of assessed work for the Award.")
D.p("The headings we use are the ones our settings use with children: ", ("What learning is happening here?", "b"), " ", ("Opportunities and possibilities", "b"), " ", ("Your voice", "b"), " and ", ("Another voice", "b"), ". The next steps under Opportunities and possibilities were written for one SENCO at one moment; they are suggestions to her, not promises about the Award.")


def story(n, title, who, date, narrative, learning, opps, yours, other):
    D.typed_title(f"Story {n}: {title}", 14)
    D.p((f"Written by {who}", "i"), (f"  |  {date}", "i"))
    D.textbox([f"[Photo {n}: to be inserted - permission held]"], fill="F2F2F2", height=28)
    paras = []
    for para in narrative:
        paras.append(D.p(para))
    D.p(("What learning is happening here?", "b"))
    for para in learning:
        paras.append(D.p(para))
    D.p(("Opportunities and possibilities", "b"))
    for para in opps:
        paras.append(D.p(para))
    D.p(("Your voice", "b"))
    D.p((yours, "i"))
    D.p(("Another voice", "b"))
    D.p((other, "i"))
    return paras


s1 = story(1, "Amira and the Outcome Wheel", "Jan Whitworth, Link Area SENCO, for Amira Hussain, SENCO, Brook Street Nursery School", "February 2008", [
    "Amira, you came to your Starting Conversation with a carrier bag full of files and said straight away that you were worried you would have to start from the beginning. We sat in the staff room with the Outcome Wheel on the table between us. The Outcome Wheel sets out all of the national SENCO outcomes as spokes, and before the first Gathering Day every SENCO rates herself on each spoke with her Link Area SENCO, using the examples of evidence we give for each one.",
    "You rated yourself high on working with parents and on knowing the children, and low on the law and on leading other adults. We talked about each low spoke and you showed me your Code of Practice file, which turned out to be the 1994 edition. From the Wheel we wrote your My Learning Plan together: the outcomes you would aim at first, the Gathering Days you most needed, the Link Visit tasks that would build your evidence, and two personal outcomes of your own, about leading the nursery nurses and about transition to Reception.",
    "You asked whether the Early Years Diploma you took at Ambleford College could count towards the Award. We explained that the Award does not give credit for earlier study; everyone takes all three strands, and your diploma work will help you but will not be counted.",
], [
    "You were finding out that you already know a great deal, and also that some of what you know needs bringing up to date. You were taking charge of your own plan.",
], [
    "We might look together at how you divide your week between the children, the staff and the paperwork. We could talk about managing time at your next Link Visit.",
], "I thought the Wheel would be a test. It wasn't, it was a conversation. My plan is pinned above my desk.",
   "Amira came back from her Starting Conversation and asked me for an hour a week of protected SENCO time. She got it. (Mrs P. Barnes, headteacher)")

s2 = story(2, "Joe shows Helen round", "Ray Delaney, Link Area SENCO, for Helen Price, SENCO, Fernhill Primary School", "March 2008", [
    "Helen, after Gathering Day 4 (Listening to Children) you went back to Fernhill and tried the Mosaic approach with Joe, who is four and who rarely speaks in the Reception class. You gave him the setting's camera and asked him to show you the places he liked and the places he did not. Joe took nineteen photographs, eleven of them of the outdoor den.",
    "You brought the photographs to Joe's review meeting and laid them out on the table with his mum. Joe pointed at the den and said 'my house'. The review decided that his speech targets would be worked on in the den, with a small group of friends, rather than at the table in the quiet room.",
    "You wrote this up as Portfolio Task 2, the Child's Voice task, in which every SENCO shows how she consulted a child about his or her own provision and how the child's views changed what was agreed. Your Link Area SENCO and a Kirkstone tutor marked it against the outcomes it carries.",
], [
    "You were learning to plan with a child rather than for him, and to help the class teacher and Joe's mum see Joe's view too.",
], [
    "You might share the camera tours with the Reception team at a staff meeting.",
], "Joe's photos changed the meeting. Nobody argued with the den.",
   "I had never been asked what Joe thought. He had lots to say. (Joe's mum)")

s3 = story(3, "The provision map on the kitchen table", "Nadia Sharif, Link Area SENCO, for Donna Reid, SENCO, Ellis Road Children's Centre", "April 2008", [
    "Donna, on Gathering Day 5 (Mapping What We Offer) we worked through a provision map for a children's centre, and you said that yours would not fit on a page. At your next Link Visit we spread it out on the kitchen table in the family room: every group, every key person, every visiting therapist, and the children each one served.",
    "When we put the map beside your register of children with additional needs, you found that nine children had speech and language targets and only three were in any group that worked on talk. You also found that the Stay and Play group for children with autism had run for two years with no review of whether it made a difference. You rewrote the map, stopped one group and started a Chatterbox group run by two of your practitioners with the speech and language therapist.",
    "This became the starting point of your Setting Enquiry, the 6,000-word piece of practitioner research that is the Award's second assessed task. In it you took baseline measures of the nine children's language before the Chatterbox group began and measured them again after ten weeks.",
], [
    "You were learning to use a provision map to find what was missing and what was not working, and to make a decision about it.",
], [
    "You could take the map to your Children's Centre advisory board.",
], "I stopped something I'd inherited. That felt brave.",
   "Donna's baseline gave us numbers to argue with. Seven of the nine moved up a band. (Liz Cope, speech and language therapist)")

s4 = story(4, "Carol's Makaton staff meeting", "Jan Whitworth, Link Area SENCO, for Carol Mensah, SENCO, St Anne's RC Primary School", "May 2008", [
    "Carol, I watched you lead the Foundation Stage staff meeting on Makaton. You did not tell the staff about signing; you signed the whole welcome, taught six signs by modelling them with a puppet, and then asked each teaching assistant to use two signs at snack time the next day. A week later you went back into Nursery to watch snack time and gave each of them a few words of feedback.",
    "Your head, Mrs Lowe, had already decided to move two teaching assistants into Nursery for the summer term, and she asked you to make sure they could sign before they started.",
    "You put the staff meeting plan, your observation notes and the teaching assistants' comments into your Portfolio as Task 4, Leading Learning, where every SENCO shows how she has observed colleagues and given feedback, modelled practice, coached someone, and led a piece of training. Mrs Lowe wrote a witness statement for the task about how you had won the staff round.",
], [
    "You were learning to lead adults the way you lead children: by showing, then trying, then noticing.",
], [
    "You might coach one teaching assistant over a half term and keep notes of the coaching conversations.",
], "I was terrified. The puppet helped.",
   "Carol persuaded a staff team who had always said that signing was for the special school. (Mrs J. Lowe, headteacher)")

s5 = story(5, "Meeting Kayden's mum", "Ray Delaney, Link Area SENCO, for Kamala Iyer, SENCO, Westgate Nursery School", "June 2008", [
    "Kamala, you told me on Gathering Day 7 (Families First) that you dreaded the first meeting with a family when the news was hard. On that day a parent from the Ambleford Parent Partnership Service told the group what it had been like to hear, in a corridor, that her son might be autistic, and the group practised a first meeting in threes, with one of you watching and giving feedback.",
    "Three weeks later you met Kayden's mum. You booked the family room, you asked her to tell you about Kayden at home before you said anything about nursery, and you wrote down her words. You agreed two things she would try at home and two things the nursery would try, and a date to meet again.",
    "Your record of that Family Meeting, with Kayden's mum's comments on it, is in your Portfolio as Task 5, Working with Families. Every SENCO writes up at least two family meetings for this task and reflects on what she heard and what she said.",
], [
    "You were learning to listen first, to say clearly and kindly what you had seen, and to make plans with a parent rather than for her.",
], [
    "You might offer to be a buddy for a newer SENCO on the course who is dreading the same thing.",
], "I listened for ten minutes before I said anything. It was the best meeting I've had.",
   "She asked about Kayden first, not his problems. (Kayden's mum)")

s6 = story(6, "Round the table for Ellie", "Nadia Sharif, Link Area SENCO, for Sophie Grant, SENCO, Park Lane Primary School", "June 2008", [
    "Sophie, Gathering Day 8 (Around the Child) brought the people who work around our children into one room: a speech and language therapist, an educational psychologist, our Portage supervisor, a health visitor, and a volunteer from Home-Start Ambleford. Each told the group what they do, how a setting asks for them, and what they need from a SENCO. We then used a case to run a Team Around the Child meeting, with you as lead professional.",
    "In July you chaired the real thing for Ellie, whose Common Assessment had been started by the health visitor. You had read the psychologist's report and the therapist's advice beforehand and you turned their recommendations into three changes to how Ellie's key person works with her. You sent everyone a one-page note of who was doing what.",
    "This became your Portfolio Task 3, Working Together, in which every SENCO shows how she used advice from other professionals to plan teaching and learning and how she worked with at least one service outside education, including a voluntary one.",
], [
    "You were learning what each service can and cannot do, and how to turn a report into a plan.",
], [
    "You might find out what the Ambleford Toy Library can lend Ellie's family.",
], "I used to file the reports. Now I read them with a highlighter and a plan.",
   "Sophie's note after the meeting was the clearest I have seen from a school. (Dr M. Osei, educational psychologist)")

s7 = story(7, "Ruby's small steps", "Jan Whitworth, Link Area SENCO, for Amira Hussain, SENCO, Brook Street Nursery School", "July 2008", [
    "Amira, you noticed Ruby in September: at three and a half she did not join in, and she covered her ears at tidy-up time. You watched her for two weeks, wrote observations in her Learning Journey and compared them with the Development Matters bands. With her key person you set three small targets in a Play Plan and agreed a review date six weeks on. At the review you found she had met two and had gone backwards on one, and you changed the plan.",
    "On Gathering Day 6 (Knowing Where They Are) we looked at how the Development Matters bands and the EYFS Profile at the end of Reception can be used to track children's progress over time, and at how you encourage every practitioner in the room to observe and note next steps for all children, with extra care for children who communicate differently. You have since run a session on observation for your nursery nurses.",
    "Your Setting Enquiry and your Portfolio Task 1, Noticing and Planning, both show how you identify a child who may have additional needs, set targets, plan, and review; Task 4 holds your observation session for the nursery nurses.",
], [
    "You were learning to trust your observations and to change the plan when the child told you it was wrong.",
], [
    "Next year we hope to add a Portfolio task using EYFS Profile data to track a group of children, so that SENCOs show how they use summative results. For now you might look at last year's Profile results with your Reception colleague.",
], "I used to think a plan was a promise. Now I think it's a guess.",
   "Ruby now helps to ring the tidy-up bell. (Ruby's key person)")

s8 = story(8, "Kamala at the Sharing Circle", "Ray Delaney, Link Area SENCO, for Kamala Iyer, SENCO, Westgate Nursery School", "October 2008", [
    "Kamala, at the ninth and last Gathering Day you presented your Setting Enquiry to the Sharing Circle: the other SENCOs, two Link Area SENCOs, a Kirkstone tutor and, this time, your chair of governors, who had asked to come. You spoke for fifteen minutes without notes and answered questions for ten. The Sharing Circle presentation is the Award's third assessed task and is marked by the tutor and a Link Area SENCO together.",
    "In the afternoon you had your Next Steps Conversation. Each SENCO, with her Link Area SENCO and, where they can come, her headteacher or manager, looks back at the Outcome Wheel, sees how far she has come and sets targets for the next year. You wrote yours on a Next Steps card: to join the borough's SENCO network, to take the Kirkstone module on autism, and to become a Portage link for your nursery.",
    "You also wrote your own CPD plan for the coming year. Your CPD plan is yours to keep; we do not mark it.",
], [
    "You were learning to speak about your work with confidence to people who did not know it, and to take charge of what comes next.",
], [
    "You could offer to speak at a Gathering Day next year.",
], "I didn't know I could talk for fifteen minutes.",
   "I came to support Kamala and went away understanding what a SENCO does. (Chair of governors, Westgate Nursery School)")

D.comment(s8[0], "Is the chair of governors bit relevant? Keep it, it's lovely. SH", author="Sue Hartley", initials="SH")

# ------------------------------------------------------------------ Part Three
D.h("Part Three: About the Award, for the panel", 1)
D.p("The stories show the Award as our SENCOs lived it. This part sets out how it will run for the cohorts starting in January 2009 and September 2009.")
D.h("The Award at a glance", 2)
t = D.table([
    ["", "", ""],
    ["Award", "Ambleford Early Years SENCO Award (National Award for SEN Coordination)", ""],
    ["Accreditation", "Validated by Kirkstone University as a Postgraduate Certificate: 60 credits at Level 7 (masters level)", ""],
    ["Strands", "Strand One: Knowing Each Child (20 credits)", "Strand Two: Leading Inclusion (20 credits)"],
    ["", "Strand Three: Together with Families and Agencies (20 credits)", ""],
    ["Taught days", "Nine Gathering Days at Ambleford children's centres, 9.30 to 3.30", ""],
    ["Between days", "Two Link Visits a term from a Link Area SENCO", ""],
    ["Assessment", "Learning Story Portfolio (Tasks 1 to 5); Setting Enquiry (6,000 words); Sharing Circle presentation", ""],
    ["Starts", "January and September each year", ""],
], shade_header=None)
merge(t, 0, 0, 0, 2, "THE AWARD AT A GLANCE", fill="A9D08E", bold=True)
for r in (1, 2, 5, 6, 7, 8):
    merge(t, r, 1, r, 2)
merge(t, 3, 0, 4, 0, "Strands")
merge(t, 4, 1, 4, 2)
for r in range(1, 9):
    shade(t.cell(r, 0), "E2EFDA")

D.h("What the Award is for", 2)
p = D.p("The Award exists so that the youngest children with special educational needs and disabilities in Ambleford do better: that they are healthy, safe, enjoy and achieve, make a positive contribution and, in time, achieve economic well-being. Every strand's aims are written in those terms, every Gathering Day ends with the question 'what will be different for a child on Monday?', and the Setting Enquiry is marked on the difference it made to the children it involved, measured from the SENCO's own baseline.")
D.p("The Gathering Days are built on what is known about early childhood and inclusion. Strand One draws on the Effective Provision of Pre-school Education (EPPE) study and the Researching Effective Pedagogy in the Early Years (REPEY) findings; Strand Three on the Early Support programme's evaluation and on the Bercow review of services for children with speech, language and communication needs, whose interim report appeared this year. We plan to draw on Ofsted's reports about children's centres once they are published.")
fn = D.p("Gathering Day 2 (The Law and Us) covers the SEN Code of Practice, the Disability Discrimination Act and the disability equality duty, the Early Years Foundation Stage statutory framework, Every Child Matters and the Children Act 2004, and what each means for a SENCO in a nursery, a children's centre or a primary school. SENCOs complete a Policy Audit of their own setting's SEN and disability policies against the Code and the duty, which is part of Portfolio Task 1.")
D.footnote(fn, "Department for Education and Skills (2001) Special Educational Needs Code of Practice; Disability Discrimination Act 2005; DCSF (2008) Statutory Framework for the Early Years Foundation Stage.")

D.h("Who teaches and supports", 2)
D.p("The six Link Area SENCOs are all qualified teachers with at least five years' experience as SENCOs in early years settings or primary schools; four hold the Kirkstone MA in Inclusive Education and two hold the BPS-approved Portage qualification. Each keeps up to date through the team's half-termly case supervision and at least three days a year of specialist training. The Kirkstone tutors, Dr Anne Marsh and Peter Collier, teach on the University's MA in Inclusive Education and supervise research on early intervention.")
D.p("Guest contributors come from the services our SENCOs work with: the speech and language therapy service, the educational psychology service, the Portage service, the Sensory Support Team, the Parent Partnership Service and Home-Start Ambleford. The team's Toy and Resource Library at Ellis Road lends SENCOs assessment materials, books and equipment, and two loan laptops with Boardmaker and Clicker 5 installed, and SENCOs use them on Gathering Days.")
D.p("In the pilot every participant spent a day at the nursery class of Oakfield Special School. From 2009 we hope to offer this again if Oakfield can take them.")

D.h("Joining the Award", 2)
D.p("SENCOs are nominated by their headteacher or centre manager on the Award nomination form. Applicants must be qualified teachers and must hold, or be about to take up, the SENCO role. We trust heads to nominate the right person, and we do not interview.")
cr = D.p("We do not check criminal records disclosures ourselves; that is a matter for the SENCO's employer, who will have carried out the checks required for her post.")
D.comment(cr, "Ruth - should we say we'll check CRB on the nomination form? Decide before submission.", author="Ruth Okafor", initials="RO")
D.p("Ambleford is committed to equality and to the inclusion of every adult as well as every child. All Gathering Day venues are children's centres with level access, and we will do our best to meet any other needs.")
ao = D.p("An experienced SENCO can ask to go straight to the Portfolio and the Setting Enquiry without attending Gathering Days. ")
D.dele(ao, "She will take the Assessment Only Route: a portfolio mapped to every national outcome, checked at two Link Visits and examined at a viva by a Kirkstone tutor and a Link Area SENCO, for a fee of £450.")
D.ins(ao, "We have not yet settled with the University how their evidence will be judged.")
D.comment(ao, "Deleted the AO route detail until Kirkstone confirm. PC", author="Peter Collier", initials="PC")

D.h("How the Award is taught", 2)
D.p("There are two start points a year, in January and September. The three strands can be taken in any order, because each Gathering Day stands alone and each Portfolio task belongs to a strand; a SENCO who joins in September starts with Strand Two. SENCOs who cannot be released for a whole day may take the Gathering Days for Strand Three as three twilight sessions at Westgate, and a SENCO may spread the Award over two years if her setting needs her to. The Award costs a setting £1,150 a place, about half the University's fee for a stand-alone Postgraduate Certificate, because the Link Visits are built into the visits our team already makes to every setting.")
D.p("Readings, Gathering Day slides and Portfolio guidance are on a Kirkstone Blackboard site, where there is also a discussion board for each cohort. The board is for SENCOs to support one another; tutors do not moderate the board. We would like tutors to join the board next year. Kirkstone's own MA students have an online tutor who answers questions within two working days. Between Gathering Days, support for the Award comes from the Link Visits.")

D.h("How we assess and moderate", 2)
D.p("The three assessed tasks are each marked by the SENCO's Link Area SENCO and a Kirkstone tutor, against the outcomes the task carries, using the Kirkstone Level 7 criteria. A sample of every cohort's Portfolios and Enquiries, including every fail and every borderline piece, is second-marked by the other Kirkstone tutor and sent to the University's external examiner, and the Link Area SENCOs hold a moderation meeting each term at which they mark the same piece blind and compare.")
D.p("No one receives the Award until every national outcome is signed off in her Portfolio by her Link Area SENCO and confirmed by the Kirkstone examination board.")
D.p("Link Area SENCOs and guest tutors use the Link Area SENCO Handbook, which sets out the role, the Link Visit pattern, how to write a learning story and how to mark. New Link Area SENCOs shadow an experienced colleague for a term and attend the University's assessor training day before they mark.")

D.h("Listening to settings", 2)
D.p("The Award grew out of our 2007 survey of all 64 nurseries, children's centres and primary schools with nursery classes in Ambleford. Fifty-one replied. They asked for training that happens in the setting as well as out of it, that takes account of how small early years staff teams are, and that helps SENCOs work with families and with health colleagues. The Link Visits, the Families First day and the Around the Child day come from those answers.")
D.p("The pilot SENCOs and their heads changed the Award. They told us the first draft had too much writing and too little talk, so the Sharing Circle replaced a second written assignment; they told us that twilight sessions suited Westgate's part-time teachers, so Strand Three now has a twilight option.")
D.p("Heads and centre managers sit on the Award Steering Group with the Kirkstone tutors, the Parent Partnership Service and two former participants, and it reviews each cohort's evaluation every July. Parents speak on the Families First day, children's centres host every Gathering Day, and settings' speech therapists and psychologists contribute to Gathering Day 8.")

D.h("How we know it is working", 2)
D.p("Every Gathering Day is evaluated on the day. Each strand is reviewed by the Steering Group at the end of the year, and Kirkstone's annual monitoring and the external examiner's report bring an outside view. Each July the Steering Group agrees changes for the next cohort from the evaluations, the examiner's report and the strand reviews, and we publish a 'You said, we did' sheet to settings.")
D.p("SENCOs rate their confidence on each spoke of the Outcome Wheel at the Starting Conversation and again at the Next Steps Conversation, and we compare the two. We hope that in time we will see children's progress improve in the settings whose SENCOs have taken the Award.")

# ------------------------------------------------------------------ outcome table
D.h("Where the outcomes live", 2)
D.p("Our words for each national outcome, where it is worked on, and how we know it has been reached. GD = Gathering Day; T1 to T5 = Portfolio tasks; SE = Setting Enquiry; SC = Sharing Circle.")
rows = [["National outcome (our words)", "Where we notice it", "How we know"]]
groups = [
    ("Being a SENCO (attributes)", [
        ("Warm, fair relationships with children and families", "GD4, GD7, Stories 2 and 5", "T2 and T5"),
        ("Bringing the head and colleagues with you", "GD9, Link Visits", "T4 head's witness statement"),
        ("Managing your time and handing work on", "Link Visits (Story 1)", "Talked about at Link Visits"),
        ("Sound decisions about provision", "GD5, Story 3", "SE"),
        ("Saying it clearly, listening well", "GD7, SC", "SC and T5"),
        ("Using research and outside advice", "GD1, GD8", "SE literature review and T3"),
        ("Keeping up to date, owning your CPD", "GD9, Next Steps Conversation", "CPD plan (not marked)"),
    ]),
    ("Knowing (knowledge and understanding)", [
        ("SEN law and the Code of Practice", "GD2", "T1 Policy Audit"),
        ("Every Child Matters and the SENCO", "GD2, GD8", "T3"),
        ("Disability equality law", "GD2", "T1 Policy Audit"),
        ("How children develop", "GD1, GD6", "T1"),
        ("Common needs: speech and language, autism, behaviour and emotions", "GD3", "T1"),
        ("Approaches and resources, including ICT", "GD3, GD5, Resource Library", "SE"),
        ("Self-evaluation and improvement", "GD9", "Not assessed"),
        ("Best practice and research", "GD1, GD3", "SE"),
        ("Other services and how to reach them", "GD8", "T3"),
    ]),
    ("Doing (skills)", [
        ("Shaping ethos and policy with leaders and governors", "GD9", "Not assessed"),
        ("Noticing, setting targets, planning, reviewing", "GD6, Story 7", "T1 and SE"),
        ("Using other professionals' assessments", "GD8, Story 6", "T3"),
        ("Using summative results to track progress", "GD6", "Not yet (planned for 2009-10)"),
        ("Helping colleagues to observe and assess", "GD6, Story 7", "T4"),
        ("Special arrangements for national tests", "Not covered", "Not assessed"),
        ("Provision mapping", "GD5, Story 3", "SE"),
        ("Deploying staff", "Not covered", "Not assessed"),
        ("Developing colleagues", "GD9, Story 4", "T4"),
        ("Reviewing provision with staff", "GD5", "SE"),
        ("Children taking part in their own plans", "GD4, Story 2", "T2"),
        ("Working with parents and carers", "GD7, Story 5", "T5"),
        ("Working with other agencies, including voluntary", "GD8, Story 6", "T3"),
    ]),
]
grow = []
for g, items in groups:
    grow.append(len(rows))
    rows.append([g, None, None])
    for it in items:
        rows.append(list(it))
t = D.table(rows, shade_header="A9D08E")
for i in grow:
    merge(t, i, 0, i, 2, rows[i][0], fill="E2EFDA", bold=True)

D.p("Three things are deliberately left out. Special arrangements for national tests are not covered, because our SENCOs' children are almost all under five. Deploying staff is the setting manager's job, not the SENCO's, in most of our nurseries and children's centres, so the Award leaves it out. Specific learning difficulties such as dyslexia, and moderate learning difficulties, are rarely identified before five, so the Award does not teach them.")
D.p("Shaping ethos and policy is worked on at the last Gathering Day, Leading the Inclusive Setting, where SENCOs draft an inclusion statement for their setting, and self-evaluation is introduced there too, using the setting's own self-evaluation form; neither is assessed.")
D.p("Sue Hartley, Principal Early Years Inclusion Officer, and Dr Anne Marsh, Kirkstone University", align=None)

D.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
