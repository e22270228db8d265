"""gs-02-wexbridge-etivity-book: an e-tivity book on Gilly Salmon's five-stage model.

Provider (invented): the Professional Development Unit (PDU) of Wexbridge University, which
runs "The SENCO Award Online" (PG Certificate, 60 M-level credits) on Coursewise, the hosted
learning platform of Lumen Learning Systems Ltd, a commercial e-learning company that also
employs some of the e-moderators. Partner councils: Brackley Borough Council and Fenmoor
County Council.

Document kind and layout: the course's E-tivity Book for Cohort 1 (2009-10), written for
participants ("you") and their e-moderators, sent as the application with a shaded
preface for the panel. No Word heading styles: custom paragraph styles "Part Title" and
"Etivity Title". Part A "How the course works" in plain prose with typed "•" bullets;
Part B, 23 e-tivities grouped by Salmon's five stages, each a two-column table with a
merged shaded title row and rows Purpose / Spark / Task / Respond / E-moderator notes /
Outcomes / Counts towards the award; e-tivity numbers (1.1 ... 5.3) collide with
requirement ids (e.g. "E-tivity 2.3", "E-tivity 5.3", "E-tivity 3.3"). Part C, the
e-moderating team. Part D, the Outcome Tracker index in the course's own words with merged
group rows. Footnotes carry references. Header and footer with a PAGE field. A tracked
deletion and insertion, and a Word comment.

Traps (requirement ids):
- 1.1 partly: the stated aims are about pupils' "attainment and progress" only; well-being
  and ECM appear only in E-tivity 3.2's content.
- 2.1 partly: experience is taken into account (skipping e-tivities after the Starting
  Audit) but "credit from earlier courses cannot be transferred into the Award".
- 2.3 not met: the assessment-only sentence (with a fee) is a deleted tracked change; the
  inserted replacement only says "We would like in time to offer".
- 3.1 partly: the platform's accessibility statement (the company's claim) and a general
  welcome to tell the e-moderator; no concrete reasonable-adjustment arrangements.
- 3.3 met (support from e-moderators and peers, between the two Meet-up days, ICT with
  schools via sponsor updates). E-tivity "3.3" is a disability equality e-tivity, not 3.3.
- 4.3 partly: former participants serve as peer e-moderators (delivery), but involving the
  councils in evaluation is only hoped for.
- 5.2 partly: entry conditions stated, but readiness rests on "we rely on your
  headteacher's nomination"; no check.
- 5.3 not met: "we do not ask for it again"; the only checks described are on Lumen's own
  staff (wrong context).
- 5.5 partly: "Ask the Expert" fortnights give expertise; the visit to another setting is
  self-arranged ("We cannot arrange visits for you"); a comment about a host list is not
  part of the submission.
- 5.1 partly: internal methods are concrete (participation data, stage surveys, confidence
  ratings, pupil measures, July review, annual monitoring), but there is no external
  evaluation yet: the external examiner is only to be appointed.
- 5.8 partly: own e-moderator marks with a guide, second opinion only "if unsure", the
  external examiner only to be appointed; no moderation described.
- 6.0 and 1.9 partly: the award needs the three Assessed Pieces and an overall mark; Outcome
  Tracker sign-off is "not a condition of the Award".
- Outcomes: 6.A3, 6.K2, 6.S2c, 6.S7 are developed in e-tivities but assessed only through
  the (optional) Tracker -> partly; 6.S2d absent from e-tivities and Tracker -> not met.
  E-tivity 5.3 "Next steps plan" meets 2.5 (not a numbering accident).
"""
from pathlib import Path
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
sys.path.insert(0, str(Path(__file__).parent))
from _gs_helpers import table, boxed, shade, add_field, merge_row, Footnotes, mark_paragraph_deleted, mark_paragraph_inserted

HERE = Path(__file__).parent
NAME = "gs-02-wexbridge-etivity-book"
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
ps = doc.styles.add_style("Part Title", WD_STYLE_TYPE.PARAGRAPH)
ps.base_style = doc.styles["Normal"]
ps.font.size = Pt(16); ps.font.bold = True; ps.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
es = doc.styles.add_style("Etivity Title", WD_STYLE_TYPE.PARAGRAPH)
es.base_style = doc.styles["Normal"]
es.font.size = Pt(12); es.font.bold = True; es.font.color.rgb = RGBColor(0x38, 0x56, 0x23)
fn = Footnotes(doc)

hp = sec.header.paragraphs[0]
hp.text = "Wexbridge University PDU  |  The SENCO Award Online  |  E-tivity Book"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Cohort 1, 2009-10  -  page ")
r.font.size = Pt(8)
add_field(fp, "PAGE")


def PT(t):
    return doc.add_paragraph(t, style="Part Title")


def P(t, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.italic = italic
    return p


def B(t):
    return doc.add_paragraph("\u2022  " + t)


def sub(t):
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.bold = True
    return p


p = doc.add_paragraph()
r = p.add_run("The SENCO Award Online")
r.bold = True; r.font.size = Pt(22)
p = doc.add_paragraph()
r = p.add_run("E-tivity Book for participants and e-moderators\nCohort 1: September 2009 - June 2010")
r.font.size = Pt(13)
P("Professional Development Unit, Wexbridge University, with Lumen Learning Systems Ltd, "
  "Brackley Borough Council and Fenmoor County Council")

boxed(doc, [
    "Preface for the approval panel",
    "This is the book every participant and e-moderator will work from. We send it as our application "
    "because the course is its e-tivities: almost everything a participant does happens in one of them. "
    "Part A explains how the course works, including entry, assessment and quality. Part B sets out "
    "the e-tivities stage by stage; each one names the national outcomes it develops and whether it "
    "counts towards the Award. Part D is the index of the Outcome Tracker. Please note that e-tivity "
    "numbers follow the five stages of the model we use and are not the numbers of the TDA "
    "requirements.",
    "Dr Miriam Oduya, Programme Director, PDU, March 2009",
], fill="E2EFDA")

PT("Part A  How the course works")
sub("What the course is for")
p = P("The SENCO Award Online is for teachers who have recently become, or are about to become, the "
      "special educational needs coordinator in their school. Its aim is simple: that the pupils with "
      "SEN and/or disabilities in your school make better attainment and progress because of what you "
      "learn to do as their SENCO. By the end you will be able to lead colleagues, plan and evaluate "
      "provision, and show, with data, a difference for a group of pupils.")
sub("The Award")
P("The course is a Postgraduate Certificate of Wexbridge University worth 60 credits at Masters level, "
  "validated by the University's Faculty of Education and Health in January 2009. The credits count "
  "towards the University's MA in Education (Inclusion). The PDU is the University's unit for "
  "part-time professional courses; it admits you, employs the Programme Director, appoints the "
  "e-moderators and runs the examination board. Coursewise, the platform the course runs on, is "
  "provided by Lumen Learning Systems Ltd, who also employ three of the e-moderators under contract "
  "to the University.")
sub("How an e-tivity course works")
P("The course is built on Gilly Salmon's five-stage model of online learning, which several of us have "
  "used on other University courses. You move through the stages over about 32 weeks, doing one or "
  "two e-tivities a week in a group of ten with your own e-moderator. An e-tivity is a short, "
  "structured online activity: a spark to get you thinking, a task, a response to others, and a "
  "summary from your e-moderator. Most take two to three hours, spread through a week; many are done "
  "partly in your own school. There are two face-to-face Meet-up days at the University's Brackley "
  "campus, one at the start and one at the end. Between them, everything happens on Coursewise:")
B("your e-moderator reads every posting in your group and replies to questions within two working days;")
B("at the end of each e-tivity your e-moderator posts a 'weave', a summary that draws your group's ideas together;")
B("each group has a private 'staffroom' forum of its own, and a buddy pairing for the first two stages;")
B("a live 'Surgery' session in the Coursewise chat room every other Wednesday, 4.30-5.30pm, with your e-moderator;")
B("your school sponsor (usually the headteacher) receives an emailed update from your e-moderator at the end of each stage and can log in to see your Personal Learning Plan;")
B("e-moderators share their weaves and worries in a tutors' forum the Programme Director reads daily;")
B("Lumen's helpdesk answers technical questions by telephone and email, 8am-6pm on weekdays.")
sub("Joining")
P("You need qualified teacher status and to be in, or about to take up, a SENCO post in a school in "
  "England. Your headteacher nominates you on the form at the end of this book. We rely on your "
  "headteacher's nomination to tell us that you are ready for the course and can give it about five "
  "hours a week.")
P("As a serving teacher you will already have had an enhanced CRB check through your school, so we do "
  "not ask for it again. All Lumen staff who e-moderate or administer Coursewise hold enhanced CRB "
  "disclosures, renewed every three years.")
sub("Starting where you are")
P("In E-tivity 1.3 you complete the Starting Audit, rating yourself against each of the national "
  "outcomes and giving an example for each rating. Your e-moderator discusses it with you by "
  "telephone in the second week and you agree your Personal Learning Plan: which outcomes are "
  "priorities for you, which e-tivities you can skip because you already do these things well, and "
  "which optional 'deep dive' resources you should take up. The plan is reviewed at the end of each "
  "stage. Credit from earlier courses cannot be transferred into the Award, but what you already know "
  "and do is taken into account through the audit and the plan.")
pd = P("Experienced SENCOs may instead submit a portfolio for assessment only, for a fee of GBP 450.")
mark_paragraph_deleted(pd, "Miriam Oduya", 400)
pi = P("We would like in time to offer an assessment-only route for very experienced SENCOs, once the "
       "course has run once.")
mark_paragraph_inserted(pi, "Miriam Oduya", 410)
sub("Fitting the course round your job")
P("There are two intakes, September and January. E-tivities are asynchronous: you can do them at any "
  "time in their week, and Stage 3 e-tivities can be taken in any order. If work or illness gets in "
  "the way, you can 'step off' for up to a term and rejoin the next group at the same stage. The "
  "whole course can be finished in one year or spread over two. The fee is GBP 1,600, paid by your "
  "school; because there are only two days out of school, supply costs are low, and the councils "
  "meet half the fee for their schools.")
sub("If you have a disability or a particular need")
P("Coursewise meets the WCAG 1.0 'AA' guidelines, according to Lumen's accessibility statement. We "
  "welcome applications from disabled teachers, and you are always welcome to tell your e-moderator "
  "about anything that would help you study.")
sub("Assessment and the Award")
P("Three Assessed Pieces count towards the Award. Each is submitted to your ePortfolio on Coursewise "
  "and marked against a marking guide that lists the outcomes it assesses:")
B("AP1 Law, policy and practice commentary (3,500 words), end of Stage 3;")
B("AP2 Provision review: your school's provision map and an evaluation report written for your senior leadership team (4,000 words), mid Stage 4;")
B("AP3 Leading change project, with baseline and follow-up measures for the pupils concerned (5,000 words), and a recorded ten-minute talk to colleagues, Stage 5.")
P("Your own e-moderator marks your Assessed Pieces using the marking guide. If an e-moderator is "
  "unsure about a mark, they may ask the Programme Director for a second opinion. The University will "
  "appoint an external examiner for the programme.")
P("The Outcome Tracker in your ePortfolio lists the national outcomes. For each outcome you attach "
  "evidence, usually a posting from an e-tivity, and your e-moderator signs it off. We encourage you "
  "to complete it, and it is a good record to take to your performance management review, but "
  "Tracker sign-off is not a condition of the Award. The Award is made when you have passed all "
  "three Assessed Pieces with an overall mark of at least 50 per cent.")
sub("How we know the course is working")
P("We find out how the course is doing in several ways. Coursewise records how many participants take "
  "part in each e-tivity, and e-moderators flag anyone who has not posted for ten days. At the end of "
  "each stage you fill in a short survey, and at the start and end of the course you rate your "
  "confidence against each outcome. AP3 asks you to measure something that matters for the pupils "
  "in your project before and after your change; we collect these measures, anonymised, every year. "
  "The course team (the Programme Director and the e-moderators) meets each July to review surveys, marks, the "
  "confidence ratings and the pupil measures, and writes the University's annual programme monitoring "
  "report, which is read by the Faculty's Quality Committee. Changes agreed are listed in the next "
  "year's E-tivity Book.")
sub("Where the course came from")
P("In 2008 Brackley and Fenmoor asked all 86 of their SENCOs appointed in the previous three years what "
  "they had found hardest and how they would like to learn. Two findings shaped this book. SENCOs "
  "said that getting out of school was the biggest barrier, which is why the course is online with "
  "only two Meet-up days; and they said that what they most needed was help with provision mapping, "
  "with managing teaching assistants and with influencing senior leaders, which is why Stage 4 "
  "spends most time on these. Headteachers in the councils' SEN steering groups asked that "
  "participants' projects be done in their own schools, and every AP is.")
P("Three SENCOs who completed the PDU's earlier 'Leading SEN' module will work as peer e-moderators, "
  "helping in groups during Stages 1 and 2. We hope that in future the councils' SEN teams will also "
  "help us evaluate the course.")

PT("Part B  The e-tivities")
P("Each e-tivity is set out in the same way. 'Counts towards the Award' tells you whether the work is "
  "marked as part of an Assessed Piece; e-tivities that do not count still feed your Outcome Tracker.", italic=True)


def etivity(num, title, purpose, spark, task, respond, notes, outcomes, counts):
    doc.add_paragraph(f"E-tivity {num}  {title}", style="Etivity Title")
    rows = [["", ""], ["Purpose", purpose], ["Spark", spark], ["Task", task], ["Respond", respond],
            ["E-moderator notes", notes], ["Outcomes", outcomes], ["Counts towards the Award", counts]]
    t = table(doc, rows, header=False, size=9)
    merge_row(t, 0, f"{num}  {title}", fill="E2EFDA")
    for i in range(1, len(rows)):
        shade(t.cell(i, 0), "F2F2F2")
    doc.add_paragraph()
    return t


stage_intro = {
    1: "Stage 1: Access and motivation (weeks 1-2)",
    2: "Stage 2: Online socialisation (weeks 3-5)",
    3: "Stage 3: Information exchange (weeks 6-14)",
    4: "Stage 4: Knowledge construction (weeks 15-27)",
    5: "Stage 5: Development (weeks 28-32)",
}


def stage(n, text):
    p = doc.add_paragraph()
    r = p.add_run(stage_intro[n])
    r.bold = True; r.font.size = Pt(13)
    P(text)


stage(1, "You get into Coursewise, meet your group and agree your plan. The first Meet-up day falls in week 1.")
etivity("1.1", "Hello from my school",
        "To check you can log in, post and attach a picture.",
        "A photograph of one place in your school where a pupil with SEN does well.",
        "Post the photograph (no pupils' faces) and two sentences about why that place works.",
        "Reply to two others: what might make that place work in your school?",
        "Welcome everyone by name within 24 hours. Telephone anyone who has not posted by day 4.",
        "-", "No")
etivity("1.2", "My school, my sponsor",
        "To involve your headteacher or sponsor from the start.",
        "A two-minute audio clip of a headteacher on why she backs her SENCO.",
        "Meet your sponsor and agree the sponsor agreement (time, access to data, a link governor). Upload it.",
        "Post one thing your sponsor said that surprised you.",
        "Check every agreement is uploaded by the end of week 2; chase the Programme Director if not.",
        "Gaining commitment of senior leaders", "No")
etivity("1.3", "Starting Audit",
        "To see where you are against the outcomes and agree your Personal Learning Plan.",
        "The Starting Audit form in your ePortfolio.",
        "Rate yourself on each outcome (new to me / some experience / confident) with an example, then book your planning call.",
        "After the call, post your top three priorities to your buddy.",
        "Challenge ratings without examples. Record the agreed plan and the e-tivities the participant may skip.",
        "All outcomes (diagnostic)", "No")

stage(2, "You get to know your group and start thinking as a SENCO.")
etivity("2.1", "Three things about SEN in my school",
        "To share contexts.", "A word cloud of last year's group's answers.",
        "Post three facts about SEN in your school: one number, one strength, one worry.",
        "Find someone whose school is unlike yours and ask them one question.",
        "Weave by school phase. Note worries that later e-tivities will meet.", "-", "No")
etivity("2.2", "A week in the life",
        "To see how SENCOs spend their time.",
        "Two SENCOs' time logs from the pilot, one primary, one secondary.",
        "Keep a simple log of your SENCO time for five days and post the totals.",
        "Compare with your buddy: what could be done by someone else?",
        "Do not judge; this log is used again in E-tivity 4.7.",
        "Prioritising and managing time", "No")
etivity("2.3", "Who's in my network?",
        "To map the services and organisations around your pupils.",
        "A blank network map and a list of Brackley and Fenmoor services, health teams and voluntary organisations.",
        "Draw the map for one pupil: every service and voluntary organisation involved, and how you contact them.",
        "Add one contact to another participant's map that they had missed.",
        "Keep the maps: they are evidence for AP3.",
        "External agencies; working with other services and voluntary organisations", "Yes: developed further in AP3")

stage(3, "You gather and share what you need to know. Stage 3 e-tivities can be done in any order. AP1 is due at the end of the stage.")
etivity("3.1", "The Code in practice",
        "To understand the SEN Code of Practice (2001) and how your school applies it.",
        "Extracts from the Code and the SEN Toolkit; a school's SEN policy with its gaps highlighted.",
        "Compare your school's SEN policy with the Code's graduated response (School Action, School Action Plus, statutory assessment) and the SENCO regulations of 2008.",
        "Post the biggest gap you found and how you would close it.",
        "Make sure the 2008 regulations on the SENCO being a qualified teacher are discussed.",
        "SEN law and guidance; identifying pupils, targets and review", "Yes: AP1")
etivity("3.2", "Every Child Matters at SENCO level",
        "To see how the five outcomes apply to pupils with SEN and/or disabilities.",
        "A case: a Year 8 pupil with ASD who is achieving but isolated and anxious.",
        "Write one action for each of the five outcomes that you, as SENCO, could take for this pupil.",
        "Choose another participant's action and say which service you would involve.",
        "Weave around being healthy and staying safe, which groups tend to skip.",
        "Every Child Matters and the SENCO's part", "No")
etivity("3.3", "Disability equality in my school",
        "To understand the Disability Discrimination Act as amended in 2005 and the disability equality duty.",
        "Your school's accessibility plan and disability equality scheme.",
        "Audit one of them against the duties: is anything missing? Is anything out of date?",
        "Post one change you would ask your headteacher to make.",
        "Point to the DCSF guidance on accessibility planning.",
        "Disability equality law and the actions it requires", "Yes: AP1")
etivity("3.4", "Areas of need carousel",
        "To build knowledge of the most common types of SEN.",
        "Five short films: BESD, SpLD including dyslexia, SLCN, ASD and MLD.",
        "Choose two areas you know least about. For each, post how it affects learning in your subject or phase and one strategy that helps.",
        "Add evidence (a research summary or a specialist's advice) to one posting on an area you know well.",
        "Make sure every area is covered in the group. Introduce the AT Taster Box: each participant tries one piece of assistive technology or software with a pupil and posts what it changed.",
        "Common types of SEN and their effect on learning", "Yes: AP1")
etivity("3.5", "How children develop",
        "To connect child development with SEN and the learning environment.",
        "A short reading on developmental pathways and the influence of home and school environments.",
        "Take one pupil you know and describe how their development has been affected by their need and their surroundings.",
        "Comment on one other pupil profile.",
        "Link to AP2, where a pupil profile is required.",
        "Child development and the factors that affect it", "Yes: AP2")
etivity("3.6", "Data detectives",
        "To use summative data, including national test results, to track progress.",
        "Anonymised tracking data for a Key Stage 2 cohort, with P scales and national curriculum levels.",
        "Find the pupils with SEN whose progress has stalled and suggest what to change.",
        "Check another participant's analysis: do you agree?",
        "Show how to use RAISEonline and the school's own tracking.",
        "Using summative assessment to track progress", "Yes: AP2")
etivity("3.7", "What does the research say?",
        "To use research evidence and inspection findings.",
        "Ofsted's 'Inclusion: does it matter where pupils are taught?' (2006) and the Bercow Review (2008).",
        "Find one piece of research about an intervention your school uses. Post what it shows and how strong the evidence is.",
        "Rate two other postings for strength of evidence.",
        "Model how to judge evidence. Return to this in Stage 4.",
        "Research and best practice; drawing on research to improve practice", "Yes: AP1")
etivity("3.8", "Reading other professionals' reports",
        "To use assessments by educational psychologists, therapists and others.",
        "An educational psychologist's report and a speech and language therapy report on the same pupil.",
        "Turn the recommendations into three classroom strategies for the pupil's teachers.",
        "Improve one strategy posted by someone else.",
        "This is the first 'Ask the Expert' fortnight: a Fenmoor EP answers questions in the forum.",
        "Using assessments from other professionals", "Yes: AP2")

stage(4, "You work on real problems in your school with your group. AP2 is due in week 22.")
etivity("4.1", "Provision map clinic",
        "To use provision mapping to plan provision and find what is ineffective or missing.",
        "Three provision maps, one strong and two weak.",
        "Draft your school's provision map, costed, and mark one piece of provision you think is not working.",
        "Give and receive feedback in a trio.",
        "Second 'Ask the Expert' fortnight: a Brackley specialist teacher.",
        "Provision mapping; reviewing provision with colleagues; school self-evaluation", "Yes: AP2")
etivity("4.2", "Deploying support staff",
        "To deploy and manage teaching assistants well.",
        "Findings on how support staff are deployed and what difference it makes to pupils.",
        "Review how teaching assistants are deployed for three pupils and plan one change.",
        "Post your plan and respond to one other.",
        "Push for plans that say who, when and how it will be checked.",
        "Deploying and managing staff", "Yes: AP2")
etivity("4.3", "Formative assessment with colleagues",
        "To help colleagues use assessment for learning with pupils with SEN.",
        "A short film of a teacher using self-assessment cards with pupils with MLD.",
        "Work with one colleague to try one formative assessment approach with pupils with SEN. Post what happened.",
        "Suggest an adaptation for another participant's approach.",
        "Encourage participants to involve a colleague, not to do it themselves.",
        "Encouraging colleagues' formative assessment", "No")
etivity("4.4", "Hearing the pupil's voice",
        "To consult pupils and involve them in planning and reviewing their provision.",
        "A pupil-led review meeting on film.",
        "Interview three pupils with SEN about their support, using a method that suits each of them, and involve one of them in planning their next review.",
        "Share what the pupils said and what you will change.",
        "Check consent arrangements with the school before interviews.",
        "Involving pupils in their provision", "No")
etivity("4.5", "Parents as partners",
        "To build respectful working relationships with parents and carers.",
        "A Parent Partnership Service officer's audio clip on what parents find hard.",
        "Plan and hold one meeting with the parents of a pupil on School Action Plus that they lead. Post what you learned.",
        "Respond to two others with one idea each.",
        "Remind participants of the relationships and liaison outcomes; this is core to AP3.",
        "Relationships with pupils and parents; liaising with parents and carers", "Yes: AP3")
etivity("4.6", "A visit to another setting",
        "To see provision in a different kind of setting.",
        "Postings from pilot SENCOs about their visits.",
        "Spend half a day in a special school, resource base or a school unlike yours. We cannot arrange visits for you: ask your sponsor or the council's SEN team to suggest a setting.",
        "Post one practice you will adapt.",
        "Optional for participants who cannot be released.",
        "Drawing on external advice", "No")
c = doc.tables[-1]
doc.add_comment(c.cell(3, 1).paragraphs[0].runs,
                text="Fenmoor said they would give us a list of host settings - could we promise that here? (LD, Lumen editor)",
                author="Lucy Dane (Lumen Learning)", initials="LD")
etivity("4.7", "Juggling",
        "To prioritise, manage time and delegate.",
        "Your time log from E-tivity 2.2.",
        "Sort your SENCO tasks into four boxes (do, delegate, diarise, drop) and delegate one task, with a check that it is done well.",
        "Tell your group how the delegation went.",
        "Follow up in the next Surgery.",
        "Prioritising, managing time and delegating", "No")
etivity("4.8", "Governors and senior leaders",
        "To influence inclusive strategy, policy and the use of resources.",
        "A governors' SEN report that changed a school's budget.",
        "Present your provision map and evaluation (your AP2 draft) to your headteacher or SEN governor and agree one strategic change.",
        "Post the change and how you won support for it.",
        "This is where AP2's evaluation report is tested with a real audience.",
        "Influencing strategy with senior leaders and governors; gaining commitment; clear speech and writing", "Yes: AP2")
etivity("4.9", "Coaching a colleague",
        "To support colleagues' development by observation, feedback, modelling and coaching.",
        "A coaching conversation on film with a commentary.",
        "Observe a colleague teaching a pupil with SEN, give feedback, and coach them through one change. Plan a short staff training session from what you learn.",
        "Share the session plan with your trio.",
        "Check that feedback was agreed with the colleague before posting.",
        "Supporting colleagues' professional development", "Yes: AP3")

stage(5, "You lead a change, write it up and plan what next. The final Meet-up day is in week 32.")
etivity("5.1", "Planning my change project",
        "To plan AP3, including baseline measures for the pupils.",
        "Three pilot projects with their before-and-after data.",
        "Post your project plan: the problem, the pupils, the baseline measure, the change and how you will know.",
        "Critique two plans: is the measure the right one?",
        "Approve every plan before the participant starts.",
        "Problem solving and judgement; identifying, setting targets and reviewing progress", "Yes: AP3")
etivity("5.2", "Critical friends",
        "To improve AP3 drafts through peer review.",
        "The AP3 marking guide.",
        "Post a draft section of AP3.", "Review two drafts against the marking guide.",
        "Weave the common weaknesses.",
        "Clear writing; listening to others' views", "Yes: AP3")
etivity("5.3", "Next steps plan",
        "To plan your own development after the Award.",
        "Notes on the University's MA and other routes; council SENCO network dates.",
        "Write three professional targets for next year and take them to your performance management meeting with your line manager.",
        "Post one target and what will help you reach it.",
        "Read every plan. The Programme Director sends each participant a letter on progression options.",
        "Keeping up to date; taking responsibility for own CPD", "Yes: AP3 (reflective section)")

PT("Part C  The e-moderating team")
P("Every e-moderator has completed Lumen's five-week online course 'E-moderating', designed on the same "
  "model, and the PDU's two-day assessor briefing on the marking guides and the Outcome Tracker. New "
  "e-moderators are paired with an experienced one for their first group, and the Programme Director "
  "reads a sample of every e-moderator's weaves each stage and discusses them at a monthly team "
  "meeting by telephone.")
table(doc, [
    ["Name", "Role", "Background"],
    ["Dr Miriam Oduya", "Programme Director (PDU)", "Senior lecturer in inclusive education; former SENCO and LA SEN adviser; teaches on the University's MA"],
    ["Alan Pryce", "E-moderator (PDU)", "SENCO, Brackley secondary school; MA SEN; accredited Salmon-model e-moderator"],
    ["Gita Ramsay", "E-moderator (PDU)", "Fenmoor specialist teacher for SpLD; AMBDA; NASEN branch secretary"],
    ["Three e-moderators", "E-moderators (Lumen)", "Former SENCOs with e-moderating experience on Lumen's other teacher CPD courses"],
    ["Three peer e-moderators", "Stages 1-2 only", "SENCOs who completed the PDU's 'Leading SEN' module"],
], size=9)
doc.add_paragraph()
P("E-moderators keep their knowledge up to date through the councils' termly SENCO network meetings, "
  "which they attend, and each spends a day a term in a school. Participants also reach specialists "
  "in four 'Ask the Expert' fortnights: an educational psychologist, a specialist teacher, a speech "
  "and language therapist and an autism outreach teacher answer questions in the forum.")
P("Resources: besides Coursewise and its chat room, you have the University's e-library through "
  "Athens (tested with our pilot group), an 'AT Taster Box' of assistive technology (text-to-speech, "
  "a reading pen, mind-mapping software) that the PDU posts to schools for a month, and the course "
  "reader, posted in August.")
p = P("Our approach to online learning follows Salmon's model and the University's e-learning strategy.")
fn.add(p, "Salmon, G. (2002) E-tivities: the key to active online learning. London: Kogan Page.")
p = P("The research e-tivities draw on inspection evidence and recent reviews.")
fn.add(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535; Bercow, J. (2008) The Bercow Report, DCSF.")

PT("Part D  Outcome Tracker index")
P("The Tracker in your ePortfolio holds one line for each outcome below, in our words. The table shows "
  "where each is developed and where it is assessed in an Assessed Piece. Outcomes that no Assessed "
  "Piece assesses are recorded in the Tracker only.")
rows = [["Outcome (our wording)", "Developed in e-tivities", "Assessed in"]]
groups = [
    ("What a SENCO is like", [
        ["Fair, respectful relationships with pupils and parents", "4.5", "AP3"],
        ["Winning the commitment of colleagues and leaders", "1.2, 4.8", "AP2"],
        ["Prioritising, managing time, delegating", "2.2, 4.7", "Tracker only"],
        ["Solving problems and judging provision soundly", "5.1", "AP3"],
        ["Speaking and writing clearly; listening", "4.8, 5.2", "AP2, AP3 (recorded talk)"],
        ["Using research and outside advice", "3.7, 4.6", "AP1"],
        ["Keeping up to date; owning your CPD", "5.3", "AP3"],
    ]),
    ("What a SENCO knows", [
        ["SEN law, the Code of Practice and how to apply them", "3.1", "AP1"],
        ["Every Child Matters and the SENCO's part", "3.2", "Tracker only"],
        ["Disability equality law and duties", "3.3", "AP1"],
        ["How children develop", "3.5", "AP2"],
        ["Common types of SEN and their effect on learning", "3.4", "AP1"],
        ["Approaches, strategies and resources including ICT", "3.4, 3.8, 4.1", "AP2"],
        ["School self-evaluation and SEN", "4.1", "AP2"],
        ["Best practice and research", "3.7", "AP1"],
        ["External agencies and specialist support", "2.3, 3.8", "AP1"],
    ]),
    ("What a SENCO does", [
        ["Influencing inclusive strategy with leaders and governors", "4.8", "AP2"],
        ["Identifying pupils, setting targets, planning, reviewing", "3.1, 5.1", "AP3"],
        ["Using other professionals' assessments", "3.8", "AP2"],
        ["Using summative data and national tests", "3.6", "AP2"],
        ["Helping colleagues with formative assessment", "4.3", "Tracker only"],
        ["Provision mapping; spotting what is not working", "4.1", "AP2"],
        ["Deploying and managing staff", "4.2", "AP2"],
        ["Developing colleagues: observation, modelling, coaching, training", "4.9", "AP3"],
        ["Reviewing provision with colleagues for self-evaluation", "4.1", "AP2"],
        ["Involving pupils in planning and reviewing provision", "4.4", "Tracker only"],
        ["Liaising with parents and carers", "4.5", "AP3"],
        ["Working with other services and voluntary organisations", "2.3", "AP3"],
    ]),
]
for g, items in groups:
    rows.append([g, "", ""])
    rows.extend(items)
tb = table(doc, rows, size=9, fill="E2EFDA")
for i, row in enumerate(rows):
    if i > 0 and row[1] == "":
        merge_row(tb, i, row[0], fill="F2F2F2")
doc.add_paragraph()

PT("Headteacher's nomination")
P("I nominate the teacher named below for The SENCO Award Online. I confirm that they hold QTS, are or "
  "will be our SENCO from ____________, and that the school will give them time to study and access "
  "to the data and colleagues their Assessed Pieces need.")
P("Teacher: ______________________   School: ______________________\n"
  "Headteacher: __________________   Signature: ___________________   Date: ________")

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
