"""ig-02-hembury-dragons-den: the Hembury Schools' Partnership, an extended services
cluster of nine schools in the market town of Hembury (a cluster coordinator, the
Hembury SENCO Forum, Riverside Children's Centre), with Tamarfield University
awarding the credit. Record dated July 2008, sent October 2008.

Document kind and layout
------------------------
The cluster allocates its extended services money through an annual "Dragons' Den"
at which bids are pitched to five Dragons (two heads, the University's head of
CPD, a parent governor, and a Year 9 "Junior Dragon" from the school councils).
It sends, as its application, the Den's record of Bid 4, the SENCO Award:
a covering letter; a front sheet table with merged, shaded cells; a text box
"How the Den works"; Part A, the pitch script as delivered (speaker names in
capitals); Part B, the Dragons' questions and the pitchers' answers, run-in;
Part C, each Dragon's decision ("I'm in, on condition ...") and a "Terms agreed"
table with Accepted / Declined and one tracked-deleted row; Part D, the Pitch Pack
as amended after the Den (a field table, Strands, Proofs, roles, quality) and the
"Proof Sheet" of outcomes in the cluster's own words ("Built in | Proved by").
No heading styles: bold capitalised Normal paragraphs with typed part letters;
lists typed with "•". Header and footer. Comments. Tracked insertions and
deletions.

Traps (requirement ids)
-----------------------
- The pitch offered "30 credits"; the University Dragon's condition of 60 credits
  at masters level is Accepted and the Pack's credit is a tracked deletion of 30
  and insertion of 60 (E.2 met: an insertion counts; the pitch is superseded).
- Assessment-only route asked for by a Dragon and Accepted as "Straight to Proof",
  described in the Pack (2.3 met).
- Prior learning: earlier masters-level study credited (up to 20 credits), but
  "We don't give credit for experience on its own" (2.1 partially_met).
- "Honestly, we haven't got that far" about what follows the Award (2.5 not_met).
- CRB: "that's the employing school's business", the Den is not duplicating it; a
  Terms row in which heads would confirm CRB is a tracked deletion; the footer's
  claim that all participants are CRB checked is a footer (5.3 not_met).
- Online Hub: the pitch promised a tutor "any evening"; a Dragon describes the
  University's own PGCert online support (another provider's arrangement); the
  condition of a tutor-moderated forum is Declined: tutors answer only on Strand
  days and the forum is participants' own; a comment proposing weekly checks is a
  comment (3.3 partially_met). Flexibility otherwise real: two starts, Strands in
  any order (3.2 met).
- Parents: "Working with families is what our Parent Support Advisers do"; one
  Strand 1 session on the Code's principles (1.7 partially_met); Proof Sheet row
  "not part of the Award" (6.S8 not_met); relationships row about pupils only,
  parents omitted (6.A1 partially_met).
- Disability: "We welcome everyone and we follow the DDA" without any arrangement
  (3.1 partially_met).
- Research: "right up to date with the latest research" with no research or
  inspection evidence named (1.3 partially_met), although "what works" content is
  taught and assessed (6.K8 met).
- Tutors: "drawn from the Forum's experienced SENCOs and from Tamarfield", no
  qualifications or experience given (5.4 partially_met).
- Evaluation: parents on the steering group Declined and the Cluster Board only
  "receives" the evaluation report, but mentors (heads or deputies) answer an
  end-of-course questionnaire and rate participants, and Hembury Brook and
  Riverside host placements and teach (4.3 met despite the refusal).
- Proof Sheet: disability equality law built in, "-" in Proved by (6.K3 partially_met);
  professionals' assessments "Hub quiz (practice only)" (6.S2a partially_met);
  supporting colleagues' development "peer feedback on Strand days (not graded)"
  (6.S5 partially_met); no row for keeping up to date and own CPD (6.A7 not_met).
  Award rule: every outcome on the Sheet signed off, no compensation, but the Sheet
  omits or excludes some minimum outcomes (6.0 partially_met, 1.9 partially_met).
- Pupils' progress measured at baseline and after, Accepted condition T4 (5.9 met).
- The Junior Dragon's question answered with the Pupil Voice Project, Proof 2 (1.5, 6.S7 met).
"""
from pathlib import Path
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from _ig_helpers import (new_doc, header_footer, para, runs, table, shade, shade_row, set_cell,
                         ins, dele, comment, text_box, _ids)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc(font="Calibri", size=11)
header_footer(d, header="Hembury Schools' Partnership  -  Cluster Dragons' Den 2008  -  Bid 4",
              footer="All course tutors and participants are CRB checked by the Partnership.  Hembury Schools' Partnership, Market Hall Chambers, Hembury")


def H(text):
    return para(d, text, bold=True, size=12, color="1F3864")


def typed(items):
    for it in items:
        para(d, "\u2022  " + it)


para(d, "HEMBURY SCHOOLS' PARTNERSHIP", bold=True, size=15)
para(d, "Extended Services Cluster  \u2022  Market Hall Chambers, 4 Bull Ring, Hembury", italic=True)
para(d, "")
para(d, "To: The Approval Panel, National Award for SEN Coordination, Training and Development Agency for Schools")
para(d, "From: Mark Ellison, Cluster Coordinator")
para(d, "Date: 6 October 2008")
para(d, "")
para(d, "Dear Panel members,")
para(d, "Every June the Partnership decides how to spend its extended services money at a Dragons' Den. The schools, the Hembury SENCO Forum, "
        "Riverside Children's Centre and our other partners pitch their bids to five Dragons, who question them and decide. In June 2008 the "
        "Forum pitched for the money to run the Hembury SENCO Award, with Tamarfield University awarding the credit, and the Dragons funded it "
        "on conditions. We are sending you the Den's record of that bid as our application, because it shows better than a fresh document why "
        "the course is as it is.")
para(d, "Please read Part A (the pitch) and Part B (the questions) as the record of what was said on the night. What we do now is set out in Part C's "
        "Terms agreed and in Part D, the Pitch Pack as we amended it after the Den; our amendments are shown as tracked changes so you can see what changed.")
para(d, "Yours faithfully,")
para(d, "Mark Ellison")
para(d, "Cluster Coordinator, on behalf of the Partnership's nine schools: Hembury Community College, Hembury Brook School, Abbey Road Primary, "
        "St Mary's CE Primary, Castle Hill Primary, Hembury Infants, Hembury Juniors, Northleigh Primary and Colcombe CE Primary.", italic=True)
para(d, "")

t = table(d, [
    ["CLUSTER DRAGONS' DEN 2008: RECORD OF BID", None, None, None],
    ["Bid", "4 of 7", "Date of Den", "10 June 2008, Hembury Community College hall"],
    ["Title", "The Hembury SENCO Award", None, None],
    ["Pitchers", "Lorna Baptiste (Chair, Hembury SENCO Forum; SENCO, Castle Hill Primary) and Gemma Okafor (Manager, Riverside Children's Centre)", None, None],
    ["The Ask", "\u00a318,600 for 2008-09: twelve places, supply cover for Strand days, the Forum's tutor time", None, None],
    ["Dragons", "Chair: Paul Rendell, Principal, Hembury Community College\nDr Ruth Ashby, Head of CPD, Tamarfield University\nSandra Keogh, Headteacher, Northleigh Primary\nDavid Pryce, parent governor, Abbey Road Primary\nMaya (Year 9), Junior Dragon for the school councils", None, None],
    ["Decision", "Funded in full, on conditions (Part C)", "Recorded by", "Mark Ellison, Cluster Coordinator"],
], header_fill="1F3864", size=9)
for c in t.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i in range(1, 7):
    shade(t.cell(i, 0), "D9E2F3")
shade(t.cell(6, 1), "E2EFDA")
para(d, "")

text_box(d, [
    ("How the Den works", True),
    ("Each bid has five minutes to pitch and twenty minutes of questions. Each Dragon then says whether they are in or out and on what "
     "conditions. A bid is funded if three Dragons are in. Within two weeks the pitchers meet the Chair and the Cluster Coordinator and "
     "agree which conditions they accept; the Terms agreed are signed and the Cluster Board holds the bid to them.", False),
], fill="#FFF2CC", height="90pt")

H("PART A  -  THE PITCH (as delivered)")
para(d, "LORNA BAPTISTE: Dragons, there are 2,700 children in Hembury's nine schools and 480 of them are on our SEN registers. Last year five of our "
        "nine SENCOs were in their first or second year in the job. In March the Forum asked every head and every SENCO what a new SENCO most needs. "
        "All nine heads answered. Eight said leading other staff; seven said using data to show progress; six said knowing who to call outside school. "
        "The SENCOs said provision mapping, managing TAs, and knowing the law well enough to explain it to a parent at the school gate. We also asked "
        "the Riverside parents' group and the school councils, and the Junior Dragon will remember the council's answer: ask us.")
para(d, "GEMMA OKAFOR: So we've built a course from those answers, in Hembury, for Hembury. The Hembury SENCO Award. Four Strands, taught on "
        "Strand days at Riverside and the College, with twilights in between. A Needs Map at the start so that nobody is taught what they already "
        "know. Three Proofs and a Professional Conversation at the end, and Tamarfield awarding 30 credits. And a Hub, on the College's learning "
        "platform, where every participant will get a tutor any evening they need one.")
para(d, "LORNA BAPTISTE: The course is for children. It is about raising achievement for children with SEN in all five of the Every Child Matters "
        "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being, not just "
        "their levels. Everything a SENCO does on the course is done in their own school, with their own pupils. We'd love to run a family learning "
        "strand at Riverside one day too. We're asking for eighteen thousand six hundred pounds. That's \u00a31,550 a place, less than half what a "
        "SENCO would cost us on a university course in the city, and the money stays in Hembury.")

H("PART B  -  THE DRAGONS' QUESTIONS")
para(d, "The questions are recorded in the order they were asked. Answers are as given, lightly edited.", italic=True)


def qa(who, q, a):
    runs(d, [(who + ": ", "b"), (q, "i")])
    runs(d, [("Answer: ", "b"), (a, "")])


qa("PAUL RENDELL", "What am I buying? Why not just send them to Tamarfield?",
   "You're buying a course made to fit our schools. The Needs Map means each SENCO's plan is their own, and every assignment is done on a real "
   "problem in their own school. The costs are the Forum's tutor time, cover and Tamarfield's fee; the budget sheet is in the Pack. Sending twelve "
   "SENCOs to the city would cost more than twice as much and lose them a day's travel each time.")
qa("DR RUTH ASHBY", "Thirty credits won't do. The national award expects masters level and normally 60 credits. Will you build it to 60?",
   "If that's what it takes, yes. We'd rather do it properly.")
qa("DR RUTH ASHBY", "Some of your SENCOs did our old Certificate in Inclusive Practice. Will they have to do it all again?",
   "No. Tamarfield's APL rules will credit up to 20 credits of earlier masters-level study against the Award, if the study matches the "
   "outcomes. We don't give credit for experience on its own.")
qa("DR RUTH ASHBY", "And what about your two SENCOs at Hembury Brook, who have done this for fifteen years? Must they sit through every Strand?",
   "We hadn't planned for that.")
qa("DR RUTH ASHBY", "On our own PGCert every student has a personal tutor online, and we answer forum posts within a working day. What will your Hub give them?",
   "The Hub will have the Strand materials, the readings and a forum for the participants.")
qa("SANDRA KEOGH", "Who'll teach it? I don't want my SENCO taught by somebody who last ran an annual review in 1995.",
   "Tutors will be drawn from the Forum's experienced SENCOs and from Tamarfield, and they will be right up to date with the latest research.")
qa("SANDRA KEOGH", "How will I know my SENCO has made a difference to the children?",
   "We'll want to show that. We've talked about asking every SENCO to measure their pupils before and after, but we haven't decided how.")
qa("SANDRA KEOGH", "What happens when they finish? Do they just stop?",
   "Honestly, we haven't got that far. Maybe an MA one day, for some of them.")
qa("SANDRA KEOGH", "Do you check their CRB?",
   "No. They are all teachers employed in our schools, so that's the employing school's business. The Den isn't going to duplicate it.")
qa("DAVID PRYCE", "Where do parents come in? When my son was diagnosed, the SENCO was the only person in school who understood.",
   "Working with families is what our Parent Support Advisers do, and Riverside's family workers. The Award won't ask SENCOs to take that on; "
   "there's one session in Strand 1 on the Code of Practice's principles of partnership with parents.")
qa("DAVID PRYCE", "And if a SENCO on the course is disabled?",
   "We welcome everyone and we follow the DDA.")
qa("DAVID PRYCE", "Will parents have a say in how the course is judged?",
   "The Cluster Board receives the evaluation report at the end of the year, and parent governors sit on the Board.")
qa("MAYA (JUNIOR DRAGON)", "Will the SENCOs ask us what we think before they decide things about us?",
   "Yes. In Strand 3 every SENCO learns ways of asking children and young people about things that affect them, and then does a Pupil Voice "
   "Project in their own school, in which a group of pupils helps plan, agree and review part of their own provision. It's marked: it's Proof 2.")
qa("MAYA (JUNIOR DRAGON)", "Will they come and see schools like Hembury Brook?",
   "Yes. Every participant spends two days at Hembury Brook School working alongside a class team, and a day with Riverside's multi-agency team.")

H("PART C  -  THE DRAGONS' DECISIONS")
qa("PAUL RENDELL", "I'm in.", "No conditions beyond the Board's usual: a report at the end of the year.")
qa("DR RUTH ASHBY", "I'm in, on conditions.",
   "Build it to 60 credits at Level 7. Give your experienced SENCOs a way to be assessed without the teaching. And put a tutor on that forum.")
qa("SANDRA KEOGH", "I'm in, on condition.", "Show me the difference to the children, not just to the SENCOs.")
qa("DAVID PRYCE", "I'm out.", "Until parents have a seat on whatever group runs this, I'm out. I wish you well.")
qa("MAYA (JUNIOR DRAGON)", "I'm in.", "Because they're going to ask us.")
para(d, "Four Dragons in: the bid is funded. The pitchers met the Chair and the Cluster Coordinator on 24 June 2008 and agreed these terms.")
para(d, "TERMS AGREED, 24 JUNE 2008", bold=True)
rows = [
    ["Ref", "Condition", "Response of the pitchers", "Status"],
    ["T1", "60 credits at Level 7 (Ashby)", "The Award is built and validated as a 60-credit module at Level 7. See Part D.", "Accepted"],
    ["T2", "An assessment-only route (Ashby)", "Straight to Proof: see Part D.", "Accepted"],
    ["T3", "A tutor on the Hub forum (Ashby)", "The Hub forum stays the participants' own space; tutors answer questions there only in the week of each Strand day.", "Declined"],
    ["T4", "Show the difference to children (Keogh)", "Every SENCO takes baseline measures of the pupils in their Provision Impact Study and measures them again after the intervention (Proof 3).", "Accepted"],
    ["T5", "A parent on the steering group (Pryce)", "The steering group stays the Forum's officers and the Tamarfield tutor; parents' views reach the Board through the Parent Support Advisers' annual report.", "Declined"],
    ["T6", "Heads confirm each participant's CRB disclosure", "The nomination form will ask the head to confirm the date of the enhanced disclosure.", "Accepted"],
    ["T7", "A report to the Board (Rendell)", "An end-of-year report to the Cluster Board each July.", "Accepted"],
]
t = table(d, rows, size=9)
# T6 row is a tracked deletion: replace its text with deleted runs and mark the row deleted
row = t.rows[6]
for j, c in enumerate(row.cells):
    txt = rows[6][j]
    c.text = ""
    dele(c.paragraphs[0], txt, author="Mark Ellison", date="2008-07-01T09:00:00Z")
trPr = row._tr.get_or_add_trPr()
m = OxmlElement("w:del")
m.set(qn("w:id"), str(next(_ids)))
m.set(qn("w:author"), "Mark Ellison")
m.set(qn("w:date"), "2008-07-01T09:00:00Z")
trPr.append(m)
comment(d, t.cell(3, 2).paragraphs[0].runs[0],
        "Can't we just say a tutor will look at the forum once a week? GO", author="Gemma Okafor", initials="GO")
para(d, "")

H("PART D  -  THE PITCH PACK (as amended after the Den)")
para(d, "D1  THE HEMBURY SENCO AWARD AT A GLANCE", bold=True)
t = table(d, [
    ["Field", "Detail"],
    ["Award", "The Hembury SENCO Award (the National Award for SEN Coordination)"],
    ["Credit", ""],
    ["Validation", "Tamarfield University validated the Award as a module of its MA Education framework on 2 July 2008. Tamarfield registers participants, appoints the external examiner and awards the credit through its Board of Examiners."],
    ["Aims", "To raise the achievement and improve the well-being of children and young people with SEN and disabilities in Hembury's schools in all five Every Child Matters outcomes, by developing SENCOs who lead provision in their schools."],
    ["Starts", "Two starts a year, September and January. Strands 2, 3 and 4 may be taken in any order after Strand 1."],
    ["Modes", "Strand days and twilights face to face; the Hub (the College's learning platform) for materials, readings, the participants' forum and the submission of Proofs."],
    ["Places", "Twelve in 2008-09; fee and cover paid by the Partnership"],
], size=9)
p = t.cell(2, 1).paragraphs[0]
dele(p, "30", author="Lorna Baptiste")
ins(p, "60", author="Lorna Baptiste")
p.add_run(" credits at Level 7 (masters level)")
para(d, "")

para(d, "D2  WHO CAN JOIN AND HOW WE CHOOSE", bold=True)
para(d, "The Award is for qualified teachers in the nine schools who are SENCOs or will become SENCOs within the year. Heads nominate. Each nominee "
        "completes the Needs Map and has a forty-minute entry interview with a Forum tutor and the Tamarfield tutor, who judge against a written "
        "checklist whether the nominee has the knowledge, understanding and experience to reach the outcomes by the end. A nominee who is not ready "
        "is given a written plan (usually two terms of the Forum's meetings and a mentor SENCO) and the tutor agrees it with their head; they may "
        "apply for the next start.")
para(d, "D3  THE NEEDS MAP", bold=True)
para(d, "Before the first Strand day each participant maps themselves against every outcome on the Proof Sheet, with evidence, and their tutor "
        "checks the map in a one-to-one meeting. Together they write an Individual Training Plan: the personal outcomes the participant will work "
        "towards, which Strand sessions and twilights they need most, the school-based tasks they will do, and which outcomes the tutor is "
        "satisfied are already met so that less time is spent on them. The plan is reviewed at the midpoint.")
para(d, "D4  STRAIGHT TO PROOF", bold=True)
para(d, "An experienced SENCO or advisory teacher whose Needs Map and interview show that they already meet most of the outcomes may, "
        "exceptionally, take the Straight to Proof route: they attend no Strand days, submit the three Proofs and take the Professional Conversation "
        "within two terms, and are assessed against every outcome on the Proof Sheet in the same way as other participants. The fee is a third of the "
        "full fee.")
para(d, "D5  THE STRANDS", bold=True)
t = table(d, [
    ["Strand", "What it covers", "Time", "Taught by"],
    ["1  The Law and the Child", "The SEN Code of Practice and the SENCO's duties under it; the Disability Discrimination Act and schools' disability equality duty; Every Child Matters and the SENCO's part in it; how children develop and how SEN, disability and the learning environment affect development; one session on the Code's principles of partnership with parents.", "2 days, 2 twilights", "Forum tutors"],
    ["2  What Works", "The most common SEN and disabilities (BESD, specific learning difficulties including dyslexia, speech, language and communication needs, autism, MLD) and how they affect learning; approaches, strategies, resources and ICT for assessment, planning and teaching; best practice and what research says about it; drawing on research and outside advice.", "2 days, 2 twilights", "Forum tutors, county EP, Riverside speech and language therapist"],
    ["3  Listening and Leading", "Consulting children and young people; pupils planning and reviewing their provision; working with the head and governors on inclusive policy and resources; gaining colleagues' commitment; deploying and managing TAs; observing, coaching and mentoring colleagues.", "2 days, 2 twilights", "Forum tutors, Hembury Brook staff"],
    ["4  Provision that Counts", "Identifying pupils, setting targets, planning interventions, reviewing progress; using other professionals' assessments; tracking progress with national tests and other summative data; helping colleagues with formative assessment; access arrangements for Key Stage tests and GCSE, in good time; provision mapping; reviewing provision with staff for the school's self-evaluation; the role of other agencies and voluntary organisations and how to get their help; prioritising and managing time.", "2 days, 3 twilights", "Forum tutors, Tamarfield tutor"],
    ["Placements", "Two days at Hembury Brook School working alongside a class team; one day with Riverside Children's Centre's multi-agency team. Each has a set task that feeds Proof 1.", None, "Host staff"],
], size=8.5)
shade_row(t, 5, "F2F2F2", bold=False)
para(d, "")

para(d, "D6  THE PROOFS", bold=True)
typed([
    "Proof 1, the Pupil File (3,500 words): one pupil's identification, assessment, targets, intervention and review over two terms, using "
    "assessments from at least two other professionals and the work of at least one other agency.",
    "Proof 2, the Pupil Voice Project (2,500 words and evidence): a group of pupils helps plan, agree and review part of their own provision.",
    "Proof 3, the Provision Impact Study (4,000 words): the SENCO leads a change in provision with the head's agreement, maps provision before "
    "and after, and measures the pupils concerned at baseline and after the intervention, in attainment and in one measure of well-being "
    "chosen with the pupils.",
    "The Professional Conversation (40 minutes): two assessors question the participant on their Proofs and their decisions, and on how they "
    "prioritise and manage their time in the role.",
])
para(d, "Each Proof is marked by two assessors, a Forum tutor and the Tamarfield tutor, who sign off on the Proof Sheet each outcome the "
        "participant has shown. The Award is made only when every outcome on the Proof Sheet has been signed off by both. There is no compensation "
        "between Proofs: a strong Proof does not make up for an outcome not shown. A participant may resubmit a Proof once.")

para(d, "D7  ROLES, QUALITY AND RESOURCES", bold=True)
table(d, [
    ["Role", "What they do", "How they are prepared"],
    ["Forum tutor", "Teaches Strand days and twilights; meets participants one to one; first assessor", "The Tutor Handbook; a day's induction with Tamarfield before the first start; termly tutor meetings"],
    ["Tamarfield tutor", "Second assessor; leads on the Proof Sheet and moderation", "Tamarfield staff development; the Tutor Handbook"],
    ["In-school mentor (head or deputy)", "Meets the participant half-termly; agrees the Proof 3 change", "A two-hour mentor briefing each autumn and the Mentor Guide"],
    ["Placement host", "Sets and signs off the placement task", "Briefed by the Cluster Coordinator before the placement"],
], size=8.5)
para(d, "")
para(d, "Quality. Participants evaluate every Strand day and twilight on the Hub; their tutors review the evaluations monthly. At the end of each "
        "run participants complete an end-of-course questionnaire and mentors a shorter one. Tamarfield's external examiner reviews a sample of "
        "every Proof and reports each summer, and Tamarfield's annual monitoring covers the Award. The steering group meets each July, reads all "
        "of this and the pupil measures from Proof 3, and writes the changes for the next run into the Pack; the evaluation report then goes to "
        "the Cluster Board.")
para(d, "Consistency. Before each Board of Examiners the assessors meet to moderate a sample of Proofs across both starts, with Tamarfield's "
        "moderator, and the external examiner sees all fails and borderline Proofs.")
para(d, "Impact. Each participant rates their confidence and competence against the Proof Sheet at the Needs Map and again at the Professional "
        "Conversation, and their mentor rates them at both points. Proof 3's baseline and after measures of pupils' attainment and well-being "
        "are collated across the cohort for the July report.")
para(d, "Resources. The Hub; the Forum's library at Riverside; Hembury Brook's assistive technology suite and communication aids, which "
        "participants borrow for their own pupils; a set of laptops with text-to-speech and symbol software; and Tamarfield's library and "
        "electronic journals, to which every registered participant has access.")
para(d, "Stakeholders in the course. The Award was built from the heads', SENCOs', parents' and school councils' answers in March 2008 and changed "
        "by the Den's conditions. Hembury Brook staff and Riverside's multi-agency team host the placements and teach in Strands 2 and 3, and a "
        "parent from Riverside's parents' group speaks in Strand 1.")

para(d, "D8  THE PROOF SHEET", bold=True)
para(d, "Every outcome a participant must show, in our own words, with where the course builds it and where it is proved.")
rows = [
    ["The SENCO ...", "Built in", "Proved by"],
    ["AS A PROFESSIONAL", None, None],
    ["has fair and respectful relationships with pupils with SEN and disabilities", "Strand 3", "Proof 2"],
    ["gains the commitment of colleagues, the head and senior leaders", "Strand 3", "Proof 3"],
    ["prioritises, manages time and delegates well", "Strand 4", "Professional Conversation"],
    ["anticipates and solves problems and makes sound judgements about provision", "Strand 4", "Proof 1; Professional Conversation"],
    ["speaks and writes clearly and listens to others", "All Strands", "All Proofs"],
    ["uses research and outside advice to improve practice", "Strand 2", "Proof 3"],
    ["KNOWS AND UNDERSTANDS", None, None],
    ["the SEN law and guidance, the Code of Practice, and how to put it into practice", "Strand 1", "Proof 1"],
    ["Every Child Matters and the SENCO's part in it", "Strand 1", "Proof 3"],
    ["disability equality law and what it requires", "Strand 1", "-"],
    ["how children develop and what affects their development", "Strand 1", "Proof 1"],
    ["the common SEN and disabilities and how they affect learning", "Strand 2", "Proof 1"],
    ["approaches, strategies, resources and ICT for assessment, planning and teaching", "Strand 2", "Proof 1; Proof 3"],
    ["school self-evaluation and improvement for pupils with SEN", "Strand 4", "Proof 3"],
    ["best practice and research in meeting SEN", "Strand 2", "Proof 3"],
    ["the role of other agencies and how to get specialist support", "Strand 4; placement", "Proof 1"],
    ["CAN", None, None],
    ["influence the school's inclusive ethos, policies and resources with senior colleagues and governors", "Strand 3", "Proof 3"],
    ["identify pupils, set targets, plan interventions and review progress", "Strand 4", "Proof 1"],
    ["use other professionals' assessments to shape teaching", "Strand 4", "Hub quiz (practice only)"],
    ["use national tests and other summative data to track progress and adjust programmes", "Strand 4", "Proof 3"],
    ["help colleagues develop formative assessment for pupils with SEN", "Strand 4", "Proof 3"],
    ["identify access arrangements for tests and examinations in good time and put them in place", "Strand 4", "Proof 1"],
    ["map provision and find what is missing or not working", "Strand 4", "Proof 3"],
    ["deploy and manage TAs and other staff", "Strand 3", "Proof 3"],
    ["support colleagues' development by observing, coaching and mentoring", "Strand 3", "Peer feedback on Strand days (not graded)"],
    ["review provision with staff to inform the school's self-evaluation", "Strand 4", "Proof 3"],
    ["make sure pupils help plan, agree and review their provision", "Strand 3", "Proof 2"],
    ["liaise with parents and carers", "Led by the cluster's Parent Support Advisers; not part of the Award", None],
    ["work in partnership with other services and voluntary organisations", "Strand 4; placement", "Proof 1"],
]
t = table(d, rows, size=8.5)
for i, r in enumerate(rows):
    if r[1] is None and i != 30:
        shade_row(t, i, "D9E2F3")
para(d, "")
para(d, "Signed for the pitchers: Lorna Baptiste, Gemma Okafor. Signed for the Den: Paul Rendell (Chair). 24 June 2008; Pack amended 1 July 2008.", italic=True)

d.save(OUT)
print("wrote", OUT)
