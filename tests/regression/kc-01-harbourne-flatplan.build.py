"""kc-01-harbourne-flatplan: build script.

Provider (invented): the Harbourne Evening Press Group's schools literacy and media
project, "Front Page Learning", with the University of Castlebridge (School of
Education), applying in January 2009 to run the National Award for SEN Coordination
as the "Harbourne Certificate in SEN Coordination" from September 2009.

Document kind and layout: the course written as the newspaper's production FLATPLAN
for "The Learning Edition", version 3, as the production desk would keep it: an
"edition at a glance" fact table, a key to the flatplan's terms, the flatplan itself
(a table of Pages = study days, with spreads as vertically merged cells and shaded
section rows), "Page notes" for each Page, numbered "Production rules" PR 1-PR 14
(entry, vetting, back issues, the e-edition, the award...), the four "Copies" (the
marked assignments), a "Pagination" table of the national outcomes in the project's
own words (shaded merged group rows; columns "Runs on" and "Passed for press in"),
readers' research and the Readers' Panel, the "Post-mortem" (evaluation) and a
contacts list of the desk. Word heading styles for the big parts, bold run-in
titles elsewhere. Header and footer with a page field. Tracked changes by the
production editor, three Word comments, a yellow "Editor's note" VML text box.

Vocabulary: Pages (study days), Spreads, Desk editors (tutors), Desk mentors
(school-based mentors), Copies (marked assignments), "Passed for press" (marked by
a desk editor and second-read), "Proof only" (drafted and talked through at a Page
desk but never marked), "Held over" (to a later edition), "Spiked" (dropped),
Newsroom Tasks (in-school practical tasks), the e-edition (Moodle), Pre-press
check (needs self-rating), Back issues (APEL), Straight to press (an old
assessment-only route), Post-mortem (evaluation), Reader reply cards.

Traps (requirement ids):
- Aims speak only of reading and writing attainment and "enjoying and achieving"
  (1.1 partially_met), although the ECM outcomes are a Page (6.K2 met).
- Pupil voice only "encouraged" in Copy (1.5 partially_met); the pupil involvement
  row is "SPIKED", with a comment hoping to restore it (6.S7 not_met).
- "Proof only" rows are developed but never marked (6.A3, 6.A7, 6.K4, 6.S2d
  partially_met; so 1.9 partially_met). "Proof only" is defined in the key.
- School self-evaluation is "HELD OVER to the 2010-11 edition" (6.K7 not_met).
- No row and no mention anywhere of summative assessment / national tests to track
  progress (6.S2b not_met).
- Award rule is four Copies passed, not every outcome shown (6.0 partially_met).
- Pre-press check used only to pair mentors and pick pages; "There is no
  individual plan as such" (2.2 partially_met).
- Straight-to-press route belonged to the 2007-08 pilot and "has not been carried
  into this edition" (2.3 not_met: past arrangement).
- Next edition back page gives information on the MA only (2.5 partially_met).
- The e-edition: peer forum, readings, audio, but "desk editors do not monitor the
  forums" and tutor contact is only at Pages (3.3 partially_met; 3.2 met).
- Readers' Panel shaped the edition (4.1, 4.2 met); its part in evaluation is only
  "We would like" (4.3 partially_met: involved as guest columnists and mentors).
- Vetting is left to schools; the Group checks only its own newsroom staff; the
  sentence saying the Group would see each participant's disclosure is a tracked
  DELETION and a comment asks Legal (5.3 not_met: someone else's responsibility).
- Second reading of every Copy is a tracked INSERTION (5.8 met).
- Specialists visit, but "Placements in other schools are not part of this
  edition" (5.5 partially_met).
- Desk mentors only "receive a copy of this flatplan" (5.7 partially_met; desk
  editors' induction is described).
- Confidence measured by re-rating; pupils' progress only hoped for (5.9
  partially_met).
- Editor's note text box: "Every one of the national outcomes is covered in this
  edition" (blanket claim; verdicts unchanged).
- Header/footer carry nothing that is evidence.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kc_helpers import *

NAME = "kc-01-harbourne-flatplan"
ED = "Marian Tolley"
d = new_doc("Arial", 10)
header_footer(d, "HARBOURNE EVENING PRESS GROUP - PRODUCTION DESK - THE LEARNING EDITION - FLATPLAN v3 - NOT FOR PUBLICATION",
              "Front Page Learning, Press Hall, Quayside Road, Harbourne HB1 4QT. Flatplan v3, 12 January 2009.")

para(d, [("HARBOURNE EVENING PRESS GROUP", "b big")], align="c", space_after=0)
para(d, [("Front Page Learning", "b")], align="c", space_after=0)
para(d, [("THE LEARNING EDITION 2009-10: FLATPLAN AND PAGE NOTES (v3)", "b")], align="c", space_after=2)
para(d, [("Sent to the TDA approval panel as our application to run the National Award for SEN Coordination, with the University of Castlebridge. "
          "We have sent the flatplan itself rather than rewriting it into a form, because it is the document our desk editors and the university actually work from.", "i")], align="c")

d.add_heading("The edition at a glance", level=1)
t = table(d, [
    ["Item", "Detail"],
    ["Title of the edition", "The Harbourne Certificate in SEN Coordination (National Award for SEN Coordination)"],
    ["Published by", "Front Page Learning, the schools literacy and media project of the Harbourne Evening Press Group"],
    ["Validated by", "University of Castlebridge, School of Education. Approved at the university's validation event on 3 December 2008 as a Postgraduate Certificate."],
    ["Size of the edition", "60 credits at Level 7 (masters level), in two 30-credit modules: Module A (Pages 1-6) and Module B (Pages 7-12)"],
    ["Pages", "Twelve Pages (study days), 9.30-3.30, at Press Hall, Harbourne"],
    ["Copies", "Four marked Copies (see Part 5)"],
    ["Editions", "September edition and January edition each year"],
    ["Fee", "GBP 1,450, of which the Press Group's Foundation pays GBP 400 for every participant"],
    ["Production editor", ED + ", Education Editor, Front Page Learning"],
], widths=[4.5, 12.5])

para(d, "")
text_box(d, [
    [("EDITOR'S NOTE", "b")],
    [("Every one of the national outcomes is covered in this edition. We have been running newspapers in Harbourne for 140 years and "
      "schools for 20 of them: we know how to get words to the people who need them, and this edition puts that to work for the "
      "children who most need it. - Geoffrey Hale, Editor, Harbourne Evening Press", "i")],
], height_pt=90)

d.add_heading("Part 1. Why we are printing this edition", level=1)
para(d, "Front Page Learning has run reading and writing projects in Harbourne's schools since 1989: the Young Reporters scheme, "
        "the newspaper-in-the-classroom packs and, since 2005, the Literacy Desk, which sends our journalists into forty primary and "
        "secondary schools a year. Many of the pupils our Literacy Desk works with have special educational needs, and their SENCOs "
        "asked us, again and again, for training they could take without leaving the county.")
para(d, [("Our aim. ", "b"), ("Our aim is to raise the reading and writing attainment of pupils with special educational needs in Harbourne's "
        "schools by training the teachers who coordinate their provision. Every Page of the edition is tied to that aim: the SENCO who "
        "completes it should be able to show that the pupils in their school are reading and writing better, and enjoying and achieving "
        "in school, because of what the SENCO has changed.", "")])
para(d, [("What the edition draws on. ", "b"), ("The Pages are written from current evidence: the Bercow Review of services for children "
        "with speech, language and communication needs (2008); Ofsted's report Inclusion: does it matter where pupils are taught? (2006); "
        "the Lamb Inquiry into parental confidence, now under way, which we follow week by week; the 2008 regulations on the SENCO role; "
        "and the University of Castlebridge's own research on literacy interventions for pupils with dyslexia and with speech and "
        "language needs. Desk editors rewrite each Page's notes every edition so that new reports and guidance are in them.", "")])
para(d, [("Rooted in schools. ", "b"), ("Every Page ends with a Newsroom Task: a short piece of practical work the participant carries out in "
        "their own school before the next Page, tied to the lines of the pagination that Page carries (Part 6). The tasks build towards "
        "Copy 3, The Campaign, in which the participant leads a change in their school's provision and measures what it did. The edition "
        "is built so that what participants learn changes what happens for pupils in their school during the year, not afterwards.", "")])

d.add_heading("Part 2. Key to the flatplan", level=1)
para(d, "The flatplan uses the production desk's own terms. For the panel, this is what they mean:")
table(d, [
    ["Term", "What it means in this edition"],
    ["Page", "A study day at Press Hall. A Spread is a Page that runs over two days."],
    ["Desk editor", "A tutor. Each Page has a lead desk editor; each participant also has one named desk editor for the year."],
    ["Desk mentor", "A senior colleague in the participant's own school who supports the Newsroom Tasks."],
    ["Copy", "A marked assignment. There are four Copies (Part 5)."],
    ["Passed for press", "Marked by a desk editor against the university's Level 7 criteria and passed."],
    ["Proof only", "Drafted and talked through at the Page desk with a desk editor, but never marked. Nothing that is Proof only counts towards a Copy."],
    ["Held over", "Planned, but moved to a later edition. It does not run in 2009-10."],
    ["Spiked", "Dropped from this edition."],
    ["Newsroom Task", "Practical work in the participant's own school between Pages."],
    ["e-edition", "The edition's pages on the university's Moodle site."],
], widths=[3.5, 13.5])

d.add_heading("Part 3. The flatplan", level=1)
para(d, "Dates are for the September edition. The January edition runs the same Pages from 13 January 2010.")
rows = [["Page", "Section", "Slot", "Lead desk editor", "Date", "Copy due"],
        ["MODULE A", "", "", "", "", ""],
        ["1", "FRONT", "The front page: the SENCO's job, and the Pre-press check", "Tolley / Prickett", "16 Sept 2009", ""],
        ["2", "LAW", "The law spread: SEN and disability law in the school", "Prickett", "30 Sept 2009", ""],
        ["3", "", "", "", "1 Oct 2009", "Copy 1: 2 Nov"],
        ["4", "NEWS", "Who's on the page: the common types of need", "Menon", "4 Nov 2009", ""],
        ["5", "NEWS", "Every Child: the five outcomes and the SENCO", "Satterthwaite", "18 Nov 2009", ""],
        ["6", "DATA DESK", "Finding the story: identification, targets, interventions, review", "Menon / Satterthwaite", "2 Dec 2009", "Copy 2: 18 Jan"],
        ["MODULE B", "", "", "", "", ""],
        ["7", "DATA DESK", "The provision map", "Satterthwaite", "20 Jan 2010", ""],
        ["8", "FEATURES", "What works: teaching, learning, research, ICT", "Prickett", "3 Feb 2010", ""],
        ["9", "OPINION", "The leader page: ethos, policy and the head", "Tolley / Prickett", "3 Mar 2010", ""],
        ["10", "LETTERS", "The letters page: parents and carers", "Satterthwaite", "17 Mar 2010", ""],
        ["11", "PEOPLE", "The people pages: staff, coaching and the team", "Satterthwaite", "21 Apr 2010", "Copy 3: 7 June"],
        ["12", "BACK PAGE", "Contacts book: other services; Next edition", "Menon / Tolley", "9 June 2010", "Copy 4: 9 June"],
        ]
t = table(d, rows, widths=[1.2, 2.3, 6.5, 3.0, 2.3, 2.2], size=8)
merge_row(t, 1, "MODULE A (30 credits): Pages 1-6", fill="BDD7EE", size=8)
merge_row(t, 8, "MODULE B (30 credits): Pages 7-12", fill="BDD7EE", size=8)
merge_cells(t, 3, 1, 4, 1, "LAW", size=8)
merge_cells(t, 3, 2, 4, 2, "The law spread: SEN and disability law in the school (a Spread: two days)", size=8)
merge_cells(t, 3, 3, 4, 3, "Prickett", size=8)
merge_cells(t, 5, 1, 6, 1, "NEWS", fill="F2F2F2", size=8)

d.add_heading("Part 4. Page notes", level=1)
notes = [
    ("Page 1 - FRONT. ", "The front page introduces the SENCO's job as the 2008 regulations and the SEN Code of Practice set it out, and the edition itself. "
     "In the afternoon each participant sits down with their desk editor for the Pre-press check (PR 4). Newsroom Task 1: interview the "
     "headteacher about how the school sees the SENCO role and write it up as a 400-word profile."),
    ("Pages 2-3 - LAW (Spread). ", "Two days on the law: the Education Act 1996 as amended by the Special Educational Needs and Disability Act 2001, "
     "the SEN Code of Practice 2001 and its toolkit, statements and annual reviews, and the 2008 SENCO regulations on day one; on day two the "
     "Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, the planning duties and the school's accessibility plan, "
     "and what each of them asks the school and the SENCO to do. Newsroom Task 2: check the school's SEN policy and accessibility plan against "
     "the law and report what needs to change. This is the raw material of Copy 1."),
    ("Page 4 - NEWS: who's on the page. ", "Raj Menon, educational psychologist, takes the most common types of need: behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs (with the Bercow findings); autistic "
     "spectrum disorders; and moderate learning difficulties, and what each of them does to a child's learning, reading and writing. The afternoon "
     "on how children develop, and how need and the classroom around them shape that, is a Proof only session: participants draft a short note "
     "on one child and talk it through with the desk, but it is not marked."),
    ("Page 5 - NEWS: Every Child. ", "The five Every Child Matters outcomes, the Children Act 2004, the Common Assessment Framework and the SENCO's part "
     "in helping pupils with SEN to reach each outcome. Newsroom Task 5: map which of the five outcomes the school's provision for three named "
     "pupils serves well and which it does not."),
    ("Page 6 - DATA DESK: finding the story. ", "How to identify pupils who may have SEN or disabilities from classroom observation, screening and "
     "teachers' concerns; setting challenging targets; planning interventions that remove barriers; reviewing progress with the pupil's teachers. "
     "Participants work with real (anonymised) reports from educational psychologists, speech and language therapists and the sensory support "
     "team and turn them into teaching approaches. A desk session on access arrangements for tests and examinations runs as Proof only. This Page "
     "feeds Copy 2."),
    ("Page 7 - DATA DESK: the provision map. ", "Provision mapping and management: costing provision, seeing at a glance what each pupil gets, and "
     "finding provision that is not working or not there. Participants bring their own school's map. The afternoon is on helping other teachers "
     "build formative assessment into every lesson, with approaches for pupils with SEN."),
    ("Page 8 - FEATURES: what works. ", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT and "
     "assistive technology (text-to-speech, Clicker, symbol software), looked at critically. The research evidence on what works for pupils with SEN, "
     "how to read it, and how to bring it and outside advice to colleagues. Newsroom Task 8: choose one intervention from the evidence and plan its "
     "trial for Copy 3."),
    ("Page 9 - OPINION: the leader page. ", "Working with the head, senior colleagues and governors on the school's inclusive ethos, its policies and "
     "priorities, and how resources are used; gaining the commitment of colleagues to better outcomes; making sound decisions on provision when "
     "problems arise. Two members of the Readers' Panel (a head and a governor) write the guest column: they speak and take questions."),
    ("Page 10 - LETTERS: the letters page. ", "Parents and carers: building fair and respectful relationships with pupils and their families, "
     "liaising with parents, writing to them plainly, running meetings that parents find useful, and working in partnership with the Harbourne "
     "Parent Partnership Service. A parent from the Readers' Panel writes the guest column."),
    ("Page 11 - PEOPLE: the people pages. ", "Deploying and managing teaching assistants and other staff; supporting colleagues' development by "
     "observing and giving feedback, modelling, coaching and mentoring, and running training; working with colleagues beyond the school through "
     "the cluster SENCO networks. A Proof only session on prioritising the SENCO's own workload and delegating."),
    ("Page 12 - BACK PAGE: contacts book. ", "The scope and role of the external agencies - health, social care, the educational psychology service, "
     "the sensory and behaviour support teams and voluntary organisations - how to get specialist support, and how to work in partnership with "
     "them. The last hour is Next edition (PR 13a) and a Proof only session on keeping up to date. Participants present Copy 4 in the afternoon."),
]
for a, b in notes:
    para(d, [(a, "b"), (b, "")])
para(d, "Participants are encouraged to include pupils' own words in their Copy where they can.")

d.add_heading("Part 5. The four Copies", level=1)
para(d, "Each Copy is marked by the participant's desk editor against the university's Level 7 criteria. A Copy that is Passed for press earns "
        "its credits; one that is not may be re-filed once.")
table(d, [
    ["Copy", "What the participant files", "Length", "Module"],
    ["Copy 1: The Lead", "An analysis of the school's SEN and disability policy and practice against the law and the Every Child Matters outcomes, "
     "with recommendations the participant has taken to the head and governors and their response.", "3,000 words", "A"],
    ["Copy 2: The Case File", "A case study of one pupil: how the need was identified, the professional assessments used, targets, intervention, "
     "review, the work with the parents and the outside agencies involved, and the decisions the participant made and why.", "4,000 words", "A"],
    ["Copy 3: The Campaign", "The participant leads a change in the school's provision (from the Newsroom Tasks): the provision map before and "
     "after, how staff were deployed and coached, how colleagues were helped with formative assessment, the research it drew on, and a review "
     "of its effect carried out with colleagues and reported into the school's improvement planning.", "5,000 words", "B"],
    ["Copy 4: The Editor's Chair", "A twenty-minute presentation of the Campaign to a panel of two desk editors and a Readers' Panel member, "
     "with questions, and a 1,500-word written commentary.", "20 min + 1,500 words", "B"],
], widths=[3.2, 9.5, 2.5, 1.6])

d.add_heading("Part 6. Pagination of the national outcomes", level=1)
para(d, "This is how the outcomes run through the edition. \"Runs on\" gives the Page where the outcome is taught; \"Passed for press in\" gives "
        "the Copy in which it is marked. The terms are those of the key in Part 2.")
P = [["What the participant can do", "Runs on", "Passed for press in"],
     ["ATTRIBUTES", "", ""],
     ["Build fair, respectful and constructive relationships with pupils with SEN and with their parents and carers", "Page 10", "Copy 2"],
     ["Win the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "Page 9", "Copy 1"],
     ["Prioritise, manage time and delegate, making sure delegated tasks get done", "Page 11", "Proof only"],
     ["Anticipate and resolve problems, make well-founded decisions and sound judgements on provision", "Page 9", "Copy 2"],
     ["Speak and write clearly; listen to and understand the views of others", "Pages 1-12", "Copy 4"],
     ["Use research evidence and outside advice to improve their own and colleagues' practice", "Page 8", "Copy 3"],
     ["Keep up to date and take charge of their own professional development in SEN and disability", "Page 12", "Proof only"],
     ["KNOWLEDGE", "", ""],
     ["SEN law and guidance, the SEN Code of Practice, what they mean for the school and the SENCO and how to put them into practice", "Pages 2-3", "Copy 1"],
     ["The principles and outcomes of Every Child Matters and the SENCO's part in them", "Page 5", "Copy 1"],
     ["Disability equality law and the actions it requires of the school", "Pages 2-3", "Copy 1"],
     ["How children develop and how SEN, disability and the learning environment affect development", "Page 4", "Proof only"],
     ["The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "Page 4", "Copy 2"],
     ["A critical grasp of approaches, strategies and resources for assessment, planning, teaching and learning, including ICT", "Page 8", "Copy 3"],
     ["Principles of school self-evaluation and improvement as they bear on outcomes for pupils with SEN", "HELD OVER to the 2010-11 edition", "HELD OVER"],
     ["Best practice and research outcomes in meeting SEN", "Page 8", "Copy 3"],
     ["The scope and role of external agencies and how to get specialist support and resources", "Page 12", "Copy 2"],
     ["SKILLS", "", ""],
     ["With senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of resources", "Page 9", "Copy 1"],
     ["Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Page 6", "Copy 2"],
     ["Use assessments from a range of professionals to shape teaching", "Page 6", "Copy 2"],
     ["Help other teachers develop formative assessment, with approaches for pupils with SEN", "Page 7", "Copy 3"],
     ["Spot in good time the access arrangements pupils need in tests and examinations and put them in place", "Page 6", "Proof only"],
     ["Use provision mapping and management; find provision that is ineffective or missing", "Page 7", "Copy 3"],
     ["Deploy and manage staff to support pupils with SEN", "Page 11", "Copy 3"],
     ["Support colleagues' development: observation and feedback, modelling, coaching, mentoring, training", "Page 11", "Copy 3"],
     ["Review with colleagues how well provision is working and feed it into the school's improvement planning", "Page 11", "Copy 3"],
     ["Involve pupils in planning, agreeing, reviewing and evaluating their own provision", "SPIKED", "SPIKED"],
     ["Liaise with parents and carers to promote pupils' learning and development", "Page 10", "Copy 2"],
     ["Work in partnership with other services and agencies, including voluntary organisations", "Page 12", "Copy 2"],
     ]
t = table(d, P, widths=[11.0, 3.0, 3.0], size=8)
for i in (1, 9, 19):
    merge_row(t, i, P[i][0], fill="D9E2F3", size=8)
for i, r in enumerate(P):
    if r[2] in ("Proof only",):
        shade_cell(t.cell(i, 2), "FFF2CC")
    if r[2] in ("HELD OVER", "SPIKED"):
        shade_cell(t.cell(i, 1), "F4CCCC")
        shade_cell(t.cell(i, 2), "F4CCCC")
spk = t.cell(29, 1).paragraphs[0]
comment(d, spk, "Can we get the pupil voice page back before this goes to the panel? We had it in v2. - Night desk", "Dan Okafor", "DO")

d.add_heading("Part 7. Production rules", level=1)
rules = [
    ("PR 1 Who can join the edition. ", "Participants must hold QTS and be in post as SENCO, or be named by their head to take up the role within "
     "the year. The head signs a sponsorship form agreeing release for the Pages and a desk mentor. Every applicant has a 30-minute interview with "
     "a desk editor, who looks at the applicant's experience, a 500-word written piece on the provision in their school and the Pre-press check, "
     "and decides whether they are ready to reach the outcomes by the end of the edition. An applicant who is not ready is told in writing what to "
     "do first (usually the LA's SEN induction course and a term working alongside the current SENCO), the desk editor speaks to the head, and "
     "the applicant is offered a place on a later edition."),
    ("PR 2 Vetting. ", "Vetting of participants is a matter for their employing schools and the local authority. The Group holds enhanced CRB "
     "disclosures for its own newsroom staff who visit schools for the Literacy Desk."),
]
for a, b in rules:
    p = para(d, [(a, "b"), (b, "")])
pr2 = p
dele(pr2, " We will also see each participant's enhanced CRB disclosure, and take up a reference from their head, before Page 1.", ED, "2009-01-09T16:20:00Z")
comment(d, pr2, "Legal to advise whether we need to see disclosures ourselves. Left as is for now. - MT", ED, "MT")
rules = [
    ("PR 3 Back issues. ", "A participant who has earlier masters-level study in SEN may bring up to 20 credits into the edition through the "
     "university's procedure for the accreditation of prior learning. A participant with long experience may instead make a claim from "
     "experience: a portfolio mapped against the lines of the pagination, assessed by their desk editor and confirmed by the university's APL "
     "panel, which can exempt them from one Copy in Module A."),
    ("PR 4 Pre-press check. ", "At interview each participant rates themselves against every line of the pagination (not yet / partly / "
     "confident) and the desk editor talks the ratings through with them. The desk editor uses the check to pair the participant with a desk "
     "mentor who suits them and to suggest which Newsroom Tasks to begin with. There is no individual plan as such: every participant takes "
     "all twelve Pages and all four Copies."),
    ("PR 5 Straight to press. ", "In the pilot year (2007-08) three experienced SENCOs went straight to press: they filed the Copies without "
     "attending any Pages. That route belonged to the pilot's arrangement with Castlebridge's old Certificate in Inclusion, and it has not been "
     "carried into this edition."),
    ("PR 6 Editions and order. ", "There are two editions a year, starting in September and in January, so a participant can start at either "
     "point. Pages 4 to 12 may be taken in any order with either edition's group, and a participant who misses a Page takes it with the other "
     "edition. Each Page is repeated on the Saturday after it runs for participants who cannot be released mid-week. The taught Pages are "
     "blended with the e-edition (PR 7), and a participant may spread the edition over two years."),
    ("PR 7 The e-edition. ", "The university's Moodle site carries the e-edition: the readings, slides and an audio recording of every Page, the "
     "Newsroom Task sheets, and a forum for each edition's group where participants post drafts and comment on each other's. The e-edition is "
     "where participants meet between Pages; desk editors do not monitor the forums, and participants see their desk editor at the Pages."),
    ("PR 8 Access. ", "The application form asks every applicant about any disability or need, and says why we ask. Anyone who tells us is offered "
     "a meeting with the university's Disability Service, which agrees a written access plan with them: extra time for Copies, materials in other "
     "formats, a note-taker, a BSL interpreter or a loop. Press Hall has level access, a lift to the training floor and a hearing loop, and the "
     "Page materials go up on the e-edition five days ahead so they can be read with the participant's own software. The Group and the university "
     "follow the Disability Equality Duty and the university's equality policies, and we monitor who applies and who completes."),
    ("PR 9 Fees and tailoring. ", "The fee is GBP 1,450; the Group's Foundation pays GBP 400 of it for every participant and the LA meets a further "
     "GBP 300 for Harbourne schools. Groups are capped at 16. After every second Page each participant has a 20-minute page conference with their "
     "desk editor on their drafts and their progress against the pagination, and the Newsroom Tasks are set in each participant's own school, so "
     "the work fits the school they lead."),
    ("PR 10 The award. ", "The Certificate is awarded when all four Copies have been Passed for press. A Copy that fails may be re-filed once."),
]
for a, b in rules:
    para(d, [(a, "b"), (b, "")])
p = para(d, [("PR 11 Second read and moderation. ", "b"), ("Every Copy is marked by the participant's desk editor.", "")])
ins(p, " Every Copy is then second-read by a desk editor from the university who did not mark it, and the two agree the mark.", ED, "2009-01-12T09:05:00Z")
runs(p, [(" Before marking each Copy the desk editors hold a copy conference: they mark three sample scripts together and agree the standard. "
          "The university's moderator samples a third of all Copies, and every fail, and the external examiner (Professor Ann Lyle, University of "
          "Westmarch) sees a sample each year and attends the exam board.", "")])
rules = [
    ("PR 12 Desk editors and desk mentors. ", "Every desk editor completes the University of Castlebridge's induction for associate tutors, the "
     "module handbook briefing and the marking standardisation day before marking. Desk mentors receive a copy of this flatplan and an invitation "
     "to Page 1."),
    ("PR 13 Specialists and placements. ", "Specialists take part in the Pages: an educational psychologist (Raj Menon) leads Pages 4 and 6, a "
     "speech and language therapist and the sensory support team join Page 4, and the Parent Partnership Service joins Page 10. Placements in "
     "other schools are not part of this edition; the Newsroom Tasks take place in the participant's own school."),
    ("PR 13a Next edition. ", "The back page of the edition carries information on the University of Castlebridge's MA in Inclusive Education "
     "and how the 60 credits of this edition count towards it."),
    ("PR 14 Resources. ", "Participants have full access to the university library and its online journals, the e-edition, and the Learning "
     "Newsroom at Press Hall: twenty laptops with text-to-speech, Clicker and symbol software, a collection of assessment materials and "
     "intervention programmes, and the Harbourne Evening Press archive for Newsroom Tasks."),
]
for a, b in rules:
    para(d, [(a, "b"), (b, "")])

d.add_heading("Part 8. Readers' research and the Readers' Panel", level=1)
para(d, [("Readers' research. ", "b"), ("In the autumn of 2008 our research team, with Harbourne LA's SEN service, surveyed every school in "
        "the county: 58 of 71 replied, and we held two focus groups with SENCOs and one with parents through the Parent Partnership Service. "
        "SENCOs asked most for help with managing teaching assistants, working with parents and getting the head on side; heads asked for SENCOs "
        "who could use a provision map; parents asked to be written to plainly. Those answers gave us Pages 7, 9, 10 and 11.", "")])
para(d, [("The Readers' Panel. ", "b"), ("The Panel meets each term: four SENCOs, two heads, a governor, the LA's head of SEN, and two parents "
        "from the Parent Partnership Service. It read v1 and v2 of this flatplan. Because of it we added the Letters page (Page 10), moved the "
        "Data desk Pages earlier, and made Copy 4 a presentation with a Panel member in the chair. Panel members write the guest columns on "
        "Pages 9 and 10 and two of them act as desk mentors. We would like the Panel to read the post-mortem report each year too, once the "
        "edition is established.", "")])

d.add_heading("Part 9. The post-mortem", level=1)
para(d, [("How we check the edition. ", "b"), ("Every Page ends with a reader reply card (what worked, what did not, what the participant will "
        "use). Halfway through each edition an independent focus group is run by the university's quality office. The desk editors hold a "
        "post-mortem meeting at the end of each term, which goes through the reply cards, the marks and the moderator's comments and agrees "
        "changes for the next edition; the changes are listed in the flatplan's version history. Externally, the edition goes through the "
        "university's annual monitoring, and the external examiner's report is answered point by point by the production editor.", "")])
para(d, [("Circulation figures. ", "b"), ("At the Editor's Chair each participant rates themselves again against every line of the pagination, "
        "and we compare it with the Pre-press check to see how far confidence and competence have grown. We hope, in time, to see the effect in "
        "the reading ages of the pupils our participants work with.", "")])

d.add_heading("Part 10. The desk", level=1)
table(d, [
    ["Name", "Role", "Background"],
    [ED, "Production editor", "Former English teacher and head of learning support (14 years); MA Education; runs Front Page Learning"],
    ["Dr Owen Prickett", "Desk editor (university)", "Senior lecturer in inclusive education, University of Castlebridge; EdD; SENCO in two secondary schools for nine years"],
    ["Helen Satterthwaite", "Desk editor", "SENCO at a Harbourne primary school for eleven years; MA in SEN; OCR diploma in specific learning difficulties; LA SENCO network leader"],
    ["Raj Menon", "Desk editor (specialist)", "Senior educational psychologist, Harbourne LA, seconded 0.2 to the edition"],
    ["Colm Rafferty", "Literacy Desk manager", "Journalist; runs the Young Reporters scheme; helps with the Page materials"],
], widths=[3.5, 3.5, 10.0])
para(d, "Desk editors each spend at least five days a year in schools and attend the university's SEN research seminars, so their specialist "
        "knowledge stays current.")
para(d, [("Version history. ", "b"), ("v1 (October 2008) first flatplan; v2 (November 2008) after the Readers' Panel; v3 (January 2009) for the panel.", "i")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".docx")
d.save(out)
print(out, word_count(d))
