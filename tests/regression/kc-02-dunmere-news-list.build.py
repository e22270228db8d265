"""kc-02-dunmere-news-list: build script.

Provider (invented): the Echo Reading Room, the schools literacy and media project of
the Dunmere Press Group (publisher of the Dunmere Echo and four weeklies), with the
University of Kelsworth, applying in January 2009 to run the National Award for SEN
Coordination as "the Byline" (a Postgraduate Certificate) from September 2009.

Document kind and layout: the newsroom's morning conference NEWS LIST, a special list
given over to the course, sent as the application. No Word heading styles: the
sections are shaded bold capital bars (PAGE ONE, NEWS, FEATURES, LETTERS, PICTURES,
SPORT, LEGAL, COMMENT, DIARY / FORWARD PLANNING, HOLDING AND SPIKED). Each item is a
typed slug line (SLUG | reporter | length | picture | status: RUNNING, HOLDING,
SPIKED, FWD) followed by a news-style intro paragraph. A "Press Days" table with a
merged term column; the outcomes as the Sport desk's "FIXTURES AND RESULTS" table
(Fixture | Kick-off | Result) with merged shaded group rows, its key given in a run
of sentences above it ("A Friendly is played but no score is kept..."). A yellow
"OUTLOOK" weather box (VML text box). Header and footer. Two Word comments from the
editor; a tracked deletion and a tracked insertion by the news editor.

Vocabulary: Trainees (participants), Press Days (study days), Desk Heads (tutors),
Stringers (school-based mentors), "on patch" (in the Trainee's own school), the
Tip-off sheet (needs assessment), the Assignment sheet (individual training plan),
the marked pieces (the Splash, the Feature, the Column, the Interview), the
Notebook (unmarked log), the Byline (the award).

Traps (requirement ids):
- "40 at Level 7 and 20 at Level 6" (E.2 partially_met).
- Desk Heads "keep up with the latest thinking" - no research or inspection named
  (1.3 partially_met).
- Disability law "is not taught on the Byline": it is the university's separate
  module, "not part of this award" (6.K3 not_met: someone else's; 1.4 partially_met).
- Parents only in "Letters home", a Friendly (1.7 partially_met, 6.S8 partially_met).
- Friendly cells - played, not marked (6.A2, 6.S2c partially_met); a Result with no
  Kick-off "-" (6.S2d partially_met: assessed, not taught); so 1.9 partially_met.
- "No fixture" cells (6.K4 not_met; 6.K3 not_met), "Postponed to the 2010 season"
  (6.S6 not_met); no row and no mention of time management and delegation (6.A3
  not_met).
- Award rule states every minimum outcome must be shown (6.0 met; notes_on_met).
- Prior learning taken into account but "The University does not give credit for
  prior learning on this award" (2.1 partially_met).
- Assessment-only route is the Wexcombe Clarion's Fast Track (another provider's);
  the sentence offering it to Echo Trainees is a tracked DELETION; "Echo has no plans
  to copy it" (2.3 not_met).
- One start, fixed order, Tuesday or Saturday only; "There is no online element"
  (3.2 partially_met; 3.3 not_applicable).
- Access only the building's ramps and lift (3.1 partially_met).
- Stakeholders are Stringers and speakers, but evaluating is FWD "from 2010" (4.3
  partially_met); survey and changes (4.1, 4.2 met).
- Assistive technology suite SPIKED; only the university library (5.6 partially_met).
- "Second marking: HOLDING" - single marking plus an external examiner's sample
  (5.8 partially_met).
- Impact on pupils only in the OUTLOOK box's forecast, no measure of participants'
  competence or confidence (5.9 partially_met; 5.1 met).
- CRB check with List 99 and reference: the List 99 and reference words are a tracked
  INSERTION (5.3 met).
- Leader column of values (no verdict rests on it).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kc_helpers import *

NAME = "kc-02-dunmere-news-list"
NE = "Sally Kerr"
d = new_doc("Times New Roman", 11)
header_footer(d, "DUNMERE ECHO - NEWS LIST - INTERNAL - NOT FOR PUBLICATION",
              "Conference 10.00, Editor's office. List compiled by the newsdesk (S. Kerr, news editor).")


def bar(text):
    para(d, [(text, "b")], shade="D9D9D9", space_after=3)


def slug(s, who, length, pic, status, body):
    para(d, [(s, "b"), (f"  |  {who}  |  {length}  |  {pic}  |  ", "grey"), (status, "b")], space_after=1)
    return para(d, body, space_after=6)


para(d, [("DUNMERE ECHO", "b big")], space_after=0)
para(d, [("NEWS LIST: MORNING CONFERENCE, MONDAY 19 JANUARY 2009", "b")], space_after=0)
para(d, [("SPECIAL LIST: THE BYLINE (Echo Reading Room / University of Kelsworth), National Award for SEN Coordination", "b")], space_after=2)
para(d, [("For the TDA panel: this is the newsdesk's list for the morning we signed the Byline off. We have sent it as it stands, because it is "
          "the fullest account of the course anyone in the building has written. The Echo Reading Room is the Dunmere Press Group's schools "
          "literacy and media project. Status words: RUNNING (decided and going ahead), HOLDING (not yet decided), SPIKED (dropped), FWD (forward "
          "planning, for a later date).", "i")])

bar("PAGE ONE")
slug("BYLINE-LAUNCH", "Kerr", "600w", "pic: signing", "RUNNING",
     "The Echo Reading Room is to train Dunmere's SENCOs. From September 2009 the Reading Room and the University of Kelsworth will run the "
     "Byline, a Postgraduate Certificate for teachers new to coordinating special educational needs provision. The university's School of "
     "Education validated the Byline on 26 November 2008 and will award it. It carries 60 credits: 40 at Level 7 and 20 at Level 6 (the "
     "Press Days module). Forty Trainees a year, in two groups of twenty.")

bar("NEWS")
slug("AIMS", "Kerr", "300w", "no pic", "RUNNING",
     "The Byline exists to raise the achievement and well-being of children and young people with SEN and disabilities in Dunmere's schools: "
     "to help them be healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being. Its objectives are "
     "that each Trainee can lead teaching and learning for these pupils in their own school, manage and support the staff who work with them, "
     "and show by the end of the year what has changed for the pupils. Each Press Day, each on-patch task and each marked piece is written "
     "against those five outcomes: the Splash, for instance, must report the effect of the Trainee's change on pupils' attainment, attendance "
     "and well-being.")
slug("ON-PATCH", "Osei", "400w", "pic: Trainee in class", "RUNNING",
     "Every Press Day sends Trainees back on patch, to their own school, with a task tied to that day's Fixtures: observe a lesson, map "
     "provision for a year group, run a pupil panel, coach a teaching assistant. The tasks build into the Splash, a change the Trainee leads "
     "in their own school's provision over two terms, with before-and-after evidence. Trainees do not write about SEN provision in general; "
     "they write about what they changed, for which pupils, and what happened.")
slug("PRESS-DAYS", "Osei", "350w", "table", "RUNNING",
     "Ten Press Days, each run twice: on a Tuesday and again on the Saturday, so Trainees whose schools cannot release them midweek can come at "
     "the weekend. The Byline starts once a year, in September, and the Press Days run in the order below. There is no online element: "
     "everything happens on Press Days and on patch.")
t = table(d, [
    ["Term", "Press Day", "Title", "Desk Head"],
    ["Autumn 2009", "1", "The Newsroom: the SENCO's job and the Code", "Pryce"],
    ["", "2", "The Law Desk: SEN law and guidance", "Pryce"],
    ["", "3", "People in the News: the common needs", "Ahmed"],
    ["", "4", "Every Child: the five outcomes", "Ahmed"],
    ["Spring 2010", "5", "The Data Desk: finding and following pupils", "Lowther"],
    ["", "6", "Letters Home", "Lowther"],
    ["", "7", "What Works", "Pryce"],
    ["Summer 2010", "8", "The Newsroom Team", "Lowther"],
    ["", "9", "The Leader Column", "Ahmed"],
    ["", "10", "Contacts Book; Next Edition", "Pryce / Ahmed"],
], widths=[3.0, 2.2, 8.5, 3.3], size=9)
merge_cells(t, 1, 0, 4, 0, "Autumn 2009", fill="EDEDED")
merge_cells(t, 5, 0, 7, 0, "Spring 2010", fill="EDEDED")
merge_cells(t, 8, 0, 10, 0, "Summer 2010", fill="EDEDED")
para(d, "")
slug("TIP-OFF", "Kerr", "350w", "no pic", "RUNNING",
     "Before Press Day 1 every Trainee fills in a Tip-off sheet, rating themselves against each Fixture on the card (see SPORT) and giving "
     "examples, and their head adds a note. The Trainee's Desk Head goes through it with them in a one-hour meeting and from it writes their "
     "Assignment sheet: the Trainee's own plan for the year, naming the Fixtures they most need to work on, their personal targets under each, "
     "which of the optional afternoon workshops they take and what their on-patch tasks will focus on. The Assignment sheet is reviewed with "
     "the Desk Head at the February desk meeting and rewritten if needed.")
slug("PRIOR", "Kerr", "150w", "no pic", "RUNNING",
     "Desk Heads read every Trainee's earlier qualifications and experience before the Tip-off meeting, and the Assignment sheet takes account "
     "of them: a Trainee who has already done the LA's dyslexia course, say, is steered to other workshops. The University does not give credit "
     "for prior learning on this award.")
slug("COST", "Bell", "250w", "no pic", "RUNNING",
     "The fee is GBP 1,200. The Echo Trust pays half for any Trainee from a Dunmere school, and the LA's Schools Forum has agreed to meet the "
     "rest for schools in the Excellence Cluster. Groups are twenty, split into desks of five for the afternoon workshops; the optional "
     "workshops let Trainees spend their time where their Assignment sheet says they need it, and each Trainee has a half-hour one-to-one with "
     "their Desk Head after every second Press Day to review progress against the Assignment sheet.")
slug("NEXT-EDITION", "Osei", "200w", "no pic", "RUNNING",
     "The last hour of Press Day 10 is Next Edition. Each Trainee uses the Byline planning sheet to draft three professional targets for the "
     "following year, built on what the Splash showed, and takes them to their line manager for the school's performance management round. "
     "Desk Heads ring every Trainee in the following November to ask how the targets are going and what they need next, including the "
     "university's MA routes.")

bar("FEATURES")
slug("DAY-BY-DAY", "Ahmed", "900w", "pics: Press Days", "RUNNING",
     "What happens on each Press Day, in brief.")
days = [
    ("Press Day 1, The Newsroom. ", "The SENCO's job under the 2008 regulations and the SEN Code of Practice 2001; the graduated response; "
     "the Tip-off sheets returned and Assignment sheets agreed."),
    ("Press Day 2, The Law Desk. ", "The Education Act 1996 and the SEN and Disability Act 2001, the Code of Practice, statutory assessment, "
     "statements and annual reviews, the SEN regulations, and current government policy and initiatives such as the Inclusion Development "
     "Programme. Disability equality law is not taught on the Byline: Trainees take it in the "
     "university's separate module Disability and the Law, which is not part of this award."),
    ("Press Day 3, People in the News. ", "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
     "speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties; and how each affects learning. "
     "Building fair, respectful relationships with these pupils and their families. The Feature is set."),
    ("Press Day 4, Every Child. ", "The principles and outcomes of Every Child Matters, the Children Act 2004 and the SENCO's part in helping "
     "pupils with SEN reach each outcome; the Common Assessment Framework; the role of the extended school."),
    ("Press Day 5, The Data Desk. ", "Identifying pupils who may have SEN from observation, data and teachers' concerns; setting challenging "
     "targets; planning interventions; reviewing progress. Using summative assessments, including the national tests and teacher assessment, "
     "to track progress and change programmes. Reading reports from psychologists, therapists and advisory teachers and turning them into "
     "teaching. The Splash is set."),
    ("Press Day 6, Letters Home. ", "Writing to parents and carers plainly: letters home, reports, invitations to reviews. Trainees redraft one "
     "of their school's letters in the Notebook."),
    ("Press Day 7, What Works. ", "A critical look at approaches, strategies and resources for assessment, planning and teaching, including ICT; "
     "best practice and the research on what works for pupils with SEN, and how to use it and outside advice to improve practice in their own "
     "and colleagues' classrooms; provision mapping and finding provision that is missing or not working; the principles of school "
     "self-evaluation as they bear on SEN."),
    ("Press Day 8, The Newsroom Team. ", "Deploying and managing teaching assistants and other staff; coaching, mentoring, observing and giving "
     "feedback, modelling and running training for colleagues; anticipating and resolving problems and making sound decisions on provision; "
     "working with SENCOs in other schools through the cluster network; helping colleagues develop formative assessment in their lessons."),
    ("Press Day 9, The Leader Column. ", "Working with the head, senior colleagues and governors on the school's inclusive ethos, policies, "
     "priorities and resources; winning colleagues' commitment; consulting pupils and making sure pupils with SEN take part in planning, "
     "agreeing, reviewing and evaluating their provision. The Column and the Interview are set."),
    ("Press Day 10, Contacts Book. ", "External agencies - health, social care, the educational psychology service, the voluntary sector - "
     "what they do, how to get specialist support and resources, and how to work in partnership with them; keeping up to date and taking "
     "charge of one's own development; Next Edition."),
]
for a, b in days:
    para(d, [(a, "b"), (b, "")], indent=0.6)
slug("MARKED-PIECES", "Ahmed", "500w", "no pic", "RUNNING",
     "Four marked pieces. The Feature (3,000 words): a case study of one pupil, from identification and the professional reports through "
     "targets, intervention and review to the work with outside agencies, and the relationships built along the way. The Splash "
     "(4,000 words): the change the Trainee led on patch, with the provision map before and after, how staff were deployed and coached, what research and advice it drew on, the decisions taken, and its effect on pupils. "
     "The Column (2,000 words): a paper to the head and governors arguing for a change of policy or resources, with the law and the five "
     "outcomes behind it, and a note of how it was received. The Interview: the Trainee runs a pupil panel with pupils with SEN about their "
     "provision, shows how pupils helped plan and review it, and writes it up (1,500 words). Each piece is marked against the university's "
     "criteria. Trainees also keep the Notebook, a reflective log, which is read by the Desk Head but not marked.")
slug("THE-DESK", "Bell", "400w", "pics: head shots", "RUNNING",
     "Who teaches the Byline. Dr Gwen Pryce, senior lecturer in special and inclusive education at Kelsworth, PhD on dyslexia and literacy, "
     "SENCO for eight years, Byline programme leader. Imran Ahmed, head of the LA's inclusion support service, former SENCO and deputy head, "
     "MA in SEN, NPQH. Carol Lowther, SENCO at Dunmere High for twelve years, Advanced Skills Teacher, AMBDA. Each Desk Head spends time in "
     "schools every week. The Reading Room's own staff (Kerr, Osei, Bell) organise the Byline; they do not teach or mark it.")
slug("STRINGERS", "Bell", "300w", "no pic", "RUNNING",
     "Each Trainee has a Stringer: a senior colleague in their school (usually a deputy head) who supports the on-patch tasks and signs the "
     "Splash's record of what was done. Stringers come to a half-day Stringer briefing in September, where the Desk Heads take them through the "
     "Stringer handbook - what a Stringer does and does not do, how to observe and give feedback, what the Splash needs - and Desk Heads ring "
     "each Stringer once a term. New Desk Heads shadow a full Press Day and mark alongside Dr Pryce before they mark alone, and all Desk Heads "
     "attend the university's annual briefing for programme tutors.")
slug("SPECIALISTS", "Osei", "250w", "no pic", "RUNNING",
     "Every Trainee spends two days in placement at Fernside Special School or the Castle Street resource base for pupils with speech and "
     "language needs, arranged by the Reading Room with the LA, with a set task to observe and discuss provision there. The educational "
     "psychology service, the speech and language therapy team and the local CAMHS team each lead an afternoon workshop.")

bar("LETTERS")
slug("WHAT-SCHOOLS-SAID", "Kerr", "500w", "no pic", "RUNNING",
     "The Byline grew out of what schools told us. In spring 2008 the Reading Room surveyed every head and SENCO in Dunmere (61 schools; 44 "
     "replied) and the LA's inclusion service ran two meetings with SENCOs. They asked for training close to home, on Saturdays as well as "
     "weekdays, with real school data, and with far more on managing teaching assistants and on the law. The Saturday Press Days, the Data "
     "Desk and The Newsroom Team day are the result. The LA's inclusion service and six SENCOs then read the draft programme in October 2008; "
     "because of their comments the Splash became a change the Trainee leads rather than an essay, and the Interview was added.")
slug("INVOLVED", "Kerr", "200w", "no pic", "RUNNING",
     "Schools are in the Byline through the Stringers, and the LA's inclusion service and the Parent Partnership Service lead workshops.")

bar("PICTURES")
slug("VENUE", "Bell", "150w", "pic: Reading Room", "RUNNING",
     "Press Days are held in the Reading Room on the ground floor of Echo House. The Echo building has ramps, a lift and accessible toilets.")
slug("LIBRARY", "Bell", "100w", "no pic", "RUNNING",
     "Trainees may use the University of Kelsworth library, including its online journals, with a university card.")

bar("SPORT")
para(d, [("FIXTURES AND RESULTS 2009-10", "b")], space_after=2)
para(d, "This is the season's card: every Fixture is one of the national minimum outcomes in our words. Kick-off gives the Press Day where the "
        "Fixture is played; Result gives the marked piece where the score is kept. A Friendly is played but no score is kept: the Trainee writes "
        "it up in the Notebook and nobody marks it. No fixture means the outcome is not on this season's card. Postponed means it moves to the "
        "2010 season. A dash means there is no Press Day for it.")
F = [["Fixture", "Kick-off", "Result"],
     ["ATTRIBUTES", "", ""],
     ["Fair, respectful, constructive relationships with pupils with SEN and their families", "Press Day 3", "The Feature"],
     ["Winning the commitment of colleagues, the head and senior leaders", "Press Day 9", "Friendly"],
     ["Anticipating and resolving problems; sound decisions on provision", "Press Day 8", "The Feature"],
     ["Speaking and writing clearly; listening to others' views", "Press Days 1-10", "The Column"],
     ["Using research and outside advice to improve own and colleagues' practice", "Press Day 7", "The Splash"],
     ["Keeping up to date; taking charge of own development in SEN", "Press Day 10", "The Column"],
     ["KNOWLEDGE", "", ""],
     ["SEN law, guidance and the Code of Practice, and putting them into practice", "Press Days 1-2", "The Column"],
     ["Every Child Matters: principles, outcomes, the SENCO's part", "Press Day 4", "The Column"],
     ["Disability equality law and what it requires", "No fixture", "No fixture"],
     ["How children develop and what affects development", "No fixture", "No fixture"],
     ["The common types of SEN and disability and their effect on learning", "Press Day 3", "The Feature"],
     ["Approaches, strategies and resources including ICT, critically", "Press Day 7", "The Splash"],
     ["School self-evaluation and improvement, for pupils with SEN", "Press Day 7", "The Splash"],
     ["Best practice and research in meeting SEN", "Press Day 7", "The Splash"],
     ["External agencies and getting specialist support", "Press Day 10", "The Feature"],
     ["SKILLS", "", ""],
     ["Shaping an inclusive ethos, policy, priorities and resources with senior staff and governors", "Press Day 9", "The Column"],
     ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Press Day 5", "The Feature"],
     ["Using other professionals' assessments to shape teaching", "Press Day 5", "The Feature"],
     ["Using summative assessments and national tests to track progress", "Press Day 5", "The Splash"],
     ["Helping other teachers develop formative assessment", "Press Day 8", "Friendly"],
     ["Special arrangements for national tests and examinations, in good time", "-", "The Splash"],
     ["Provision mapping; finding ineffective or missing provision", "Press Day 7", "The Splash"],
     ["Deploying and managing staff", "Press Day 8", "The Splash"],
     ["Supporting colleagues' development: observation, feedback, coaching, training", "Press Day 8", "The Splash"],
     ["Reviewing provision with staff to inform school self-evaluation", "Postponed to the 2010 season", "Postponed"],
     ["Involving pupils in planning and reviewing their provision", "Press Day 9", "The Interview"],
     ["Liaising with parents and carers", "Press Day 6", "Friendly"],
     ["Partnership with other services and voluntary organisations", "Press Day 10", "The Feature"],
     ]
t = table(d, F, widths=[10.5, 3.5, 3.0], size=9)
for i in (1, 8, 18):
    merge_row(t, i, F[i][0], fill="C6E0B4", size=9)
for i, r in enumerate(F):
    if r[2] in ("Friendly",):
        shade_cell(t.cell(i, 2), "FFF2CC")
    if r[2] in ("No fixture", "Postponed"):
        shade_cell(t.cell(i, 1), "F4CCCC")
        shade_cell(t.cell(i, 2), "F4CCCC")

bar("LEGAL")
p = slug("CHECKS", "Kerr", "200w", "no pic", "RUNNING",
         "Before a Trainee's place is confirmed, the Byline office sees the original of their current enhanced CRB disclosure and logs its "
         "number and date.")
ins(p, " It also checks List 99 and takes up a reference from the Trainee's head or last employer asking about any concerns.", NE, "2009-01-16T17:40:00Z")
slug("ENTRY", "Kerr", "250w", "no pic", "RUNNING",
     "To join, a teacher must hold QTS, be the SENCO or be named by the head to become SENCO within the year, and bring a letter from the head "
     "agreeing release and a Stringer. Applicants write 500 words on provision in their school and are interviewed by a Desk Head, who decides "
     "from that, the Tip-off sheet and the head's letter whether they can reach every Fixture by the end of the season. Those who cannot yet are "
     "told in writing what to do first, and the Desk Head talks to their head about it; most join the following year.")
slug("MARKING", "Kerr", "200w", "no pic", "RUNNING",
     "Each piece is marked by the Trainee's Desk Head. The university's external examiner sees a sample of pieces each summer and attends the "
     "exam board. Second marking: HOLDING, to be agreed with the university.")
slug("AWARD", "Kerr", "150w", "no pic", "RUNNING",
     "The Byline is awarded only to a Trainee whose marked pieces show every one of the national minimum outcomes. The Desk Head checks the "
     "Trainee's pieces against the card before the exam board, and a Trainee with any outcome not shown does not receive the award until it is.")

bar("COMMENT")
slug("LEADER", "Editor", "400w", "no pic", "RUNNING",
     "Every child in Dunmere deserves to pick up this newspaper and read it. Children with special educational needs are too often left "
     "off the page. We believe that the teacher who coordinates their provision is the most important reader we have, and that every SENCO "
     "in Dunmere should be a confident, skilled and respected leader. The Byline is this newspaper's promise to them.")

bar("COMPETITION")
p = slug("RIVALS", "Osei", "300w", "no pic", "RUNNING",
         "Over the border, the Wexcombe Clarion's schools project and Wexcombe College run a Fast Track for experienced SENCOs, who are assessed "
         "against all the outcomes without attending any days. Echo has no plans to copy it.")
dele(p, " Echo Trainees with long experience may also take the Fast Track, on the Clarion's terms.", NE, "2009-01-16T17:35:00Z")
comment(d, p, "Could we offer something like this ourselves next year? Raise at conference. - Ed.", "Martin Greaves", "MG")

bar("DIARY / FORWARD PLANNING")
slug("REVIEW", "Kerr", "300w", "no pic", "RUNNING",
     "How we check the Byline. Trainees fill in a feedback sheet at the end of every Press Day; the Desk Heads meet at the end of each term to go "
     "through the sheets, the marks and the Stringers' comments and agree changes for the next term; the university's annual monitoring report "
     "and the external examiner's report come to the Reading Room's board, which decides what changes for the next year. Changes are listed in "
     "the next year's Byline handbook. This year's sheets from our pilot Saturday workshops have already moved the Data Desk before Letters Home.")
slug("EVALUATE-2010", "Kerr", "150w", "no pic", "FWD",
     "From 2010, invite heads, Stringers and parents from the Parent Partnership Service to evaluate the Byline each year.")
slug("RESEARCH", "Kerr", "100w", "no pic", "RUNNING",
     "Desk Heads keep up with the latest thinking and bring it to Press Days.")
text_box(d, [
    [("OUTLOOK", "b")],
    [("Bright spells for Dunmere's schools. We expect to see pupils' reading ages rise in the schools where Trainees work, and Trainees "
      "leaving the Byline more confident than they came.", "i")],
], height_pt=60)

bar("HOLDING AND SPIKED")
slug("ASSISTIVE-TECH", "Bell", "200w", "no pic", "SPIKED",
     "The assistive technology suite for the Reading Room: the bid to the Echo Trust was turned down in December, so there will be no suite for "
     "the 2009-10 season.")
slug("SECOND-MARKING", "Kerr", "50w", "no pic", "HOLDING", "See MARKING under LEGAL.")
p = slug("SELF-REVIEW", "Kerr", "50w", "no pic", "HOLDING", "The Fixture on reviewing provision with staff: see SPORT.")
comment(d, p, "Pryce says we can fit it in 2010. - MG", "Martin Greaves", "MG")
para(d, [("List ends. Next conference 16.00.", "i")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".docx")
d.save(out)
print(out, word_count(d))
