"""ns-01-harrowfell-planners-notes: build the .docx next to this script.

Provider (invented): Harrowfell Orienteers (HFO), an orienteering club whose Coaching Section has planned the
National Award for SEN Coordination with the Lowther Vale Schools Partnership (sixteen schools) and the University
of Skelwith School of Education, which awards it as a 60-credit Level 7 Postgraduate Certificate.

Document kind and layout: the club writes every course it runs as an orienteering planner's "Planner's Notes for
the Controller", and sends the award's notes to the panel as the controller holds them (Issue 3). Heading styles
(Heading 1) for twelve Parts; a shaded note to the panel; an "event at a glance" table; a glossary of the club's
words (Runner, Course, Leg, Control, Manned control MC1-MC4, Drinks station DS1-DS3, Planner, Organiser,
Controller, Marshal, Dibber, Download, Results); a "They told us / What we did" table; a Courses table; a Legs
table; a landscape Control Description Sheet laid out like an IOF description sheet, with column letters A-H in
the first header row, a merged title row, columns E-F merged in every row, the Group column (C) merged down each
group, numeric control codes (31-63) rather than national codes, and numbered notes under it; a VML text box
holding the controller's stamp; footnotes; a page header and a footer; tracked changes; comments.

The 29 outcomes (6.A1-6.S9) are placed only in the Control Description Sheet (column D in the club's own words),
with "Set out on" (the leg that teaches it) and "Punched at" (MC1-MC4 = marked; DS1-DS3 = drinks station,
feedback only, not punched; a dash = not on this course). The Legs table and the Manned controls part repeat the
control codes.

Traps (requirement ids):
- A text box "controller's stamp" says all controls are "in place" and checked: an unsupported blanket claim; the
  sheet itself leaves three controls off and five at drinks stations only (6.0 partially_met, 1.9 partially_met).
- Drinks stations give feedback only: outcomes punched only at a DS are taught but not assessed (6.A3, 6.A7,
  6.S2c partially_met). A tracked change in a cell moves K9's punch from MC2 (deleted) to DS2 (inserted), so 6.K9 is
  partially_met.
- 6.A2 is punched at MC3 but set out on no leg ("runners find their own way"): assessed, not taught (partially_met).
- Child development (6.K4) is a "Control removed" row with a note: not_met.
- Test and examination arrangements (6.S2d) are "Not on this course", the schools' examinations officers'
  job: someone else's responsibility (not_met).
- Deploying teaching assistants (6.S4) is the Partnership's own twilight, "not part of the Award": another
  arrangement, not this programme's (not_met).
- Assessment-only route: a tracked-deleted "Score course" paragraph, a comment agreeing to drop it, and the
  University's own assessment-only route on a different programme at another site (2.3 not_met).
- APL for certificated study only; "Experience, however long, does not earn credit" (2.1 partially_met).
- Equalities: only the hut's and schools' physical access and the club's sport equality policy (3.1 partially_met).
- E-learning: SkelNet holds materials and the electronic dibber, but the pilot's forum was dropped and there is no
  peer or online contact between legs, only the marshal by telephone (3.3 partially_met; past arrangement).
- Stakeholders take part in delivery but their part in evaluation is only something the heads "would like" and the
  club "will think about" (4.3 partially_met).
- CRB: runners write their disclosure number on the entry form and the club does not see the disclosure; the
  Welfare Officer checks the club's coaches, not the runners; a footer claims the Organiser checks (footer, never
  evidence) (5.3 partially_met).
- Placements: the pilot's day at a special school (past) "could not" be arranged this year; specialist speakers
  are in place (5.5 partially_met).
- Research: the planner keeps up with research "on coaching and talent development in orienteering" (right words,
  wrong thing); Leg 8 has only a general "what the research says" (1.3 partially_met).
- Impact: runners' confidence is measured at the Pre-start and the Download, but for pupils' achievement "We have
  not yet found a fair way" (5.9 partially_met).
- Comments are never evidence and the footer's CRB claim is not evidence. The two footnotes are part of the
  submission but add nothing: one names the sport's safeguarding policy (coaches), one the planner's papers.
- Met despite the club's vocabulary: E.1/E.2 (validated 60 credits at Level 7), 2.2 (Pre-start and Personal Course
  Card with personal targets), 3.2 (two starts, Saturday or twilight runs of each leg, Short Brown order), 4.1/4.2,
  5.2 (entry standard, "White course" letter and a call to the head), 5.8 (including an inserted third-marking
  sentence), 2.5 (Next Event plan), 5.1.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ns_helpers import (Footnotes, base_font, cell_del, cell_ins, dele, deleted_paragraph, ins,
                         inserted_paragraph, landscape, page_field, para, portrait, set_cell, shade, shade_par,
                         table, text_box)

HERE = Path(__file__).parent
NAME = "ns-01-harrowfell-planners-notes"
RA = "Ruth Askew"
AG = "Alan Gowbarrow"
D1 = "2008-11-10T09:30:00Z"
D2 = "2008-11-13T16:05:00Z"

doc = Document()
base_font(doc, "Calibri", 10.5)
fn = Footnotes()

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Harrowfell Orienteers – Coaching Section   |   Planner's Notes, Event SEN/1   |   Issue 3"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Every runner holds a current enhanced CRB disclosure, checked by the Organiser before Leg 1.   ")
r.font.size = Pt(8)
page_field(fp, "Page ")

# ---------------------------------------------------------------- title block
p = doc.add_paragraph(style="Title")
p.add_run("Planner's Notes for the Controller")
para(doc, "Event SEN/1 – The Long Brown and the Short Brown", bold=True, size=14)
para(doc, "National Award for Special Educational Needs Coordination, 2009–10", bold=True, size=12)
para(doc, "Harrowfell Orienteers (HFO) Coaching Section, with the Lowther Vale Schools Partnership and the "
          "University of Skelwith School of Education")
para(doc, "Issue 3 · 14 November 2008 · Planner: Dr Ruth Askew · Organiser: Mrs Janet Thwaite · "
          "Controller: Professor Alan Gowbarrow", italic=True, size=9)

p = para(doc, "A note for the panel. ", bold=True)
p.add_run("We are an orienteering club. For twelve years every course our Coaching Section has run, from the "
          "junior squad's winter training to British Orienteering's coaching awards, has been written up by its "
          "planner as Planner's Notes for a controller, who checks every control site before anyone runs. When the "
          "Lowther Vale Schools Partnership and the University of Skelwith asked us to plan the SENCO award with "
          "them, we planned it the same way, and the University's validation panel read these notes. We send them "
          "to you as the Controller holds them, with Part 2 to explain our words. Nothing has been written for the "
          "panel except this note.")
shade_par(p, "E7EEF7")

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1. The event at a glance", level=1)
rows = [
    ["Item", "Detail"],
    ["Event", "SEN/1: the National Award for Special Educational Needs Coordination, first run, 2009–10"],
    ["Organising club", "Harrowfell Orienteers Coaching Section, with the Lowther Vale Schools Partnership (eleven "
                        "primary, three secondary and two special schools) and the University of Skelwith School of "
                        "Education"],
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
              "Coordination): 60 credits at Level 7 (masters level), awarded by the University of Skelwith"],
    ["Validation", "Validated by the University of Skelwith at its validation event on 22 October 2008, for five "
                   "years from September 2009, subject to the Secretary of State's approval of the provider"],
    ["Courses", "The Long Brown (all ten legs) and the Short Brown (for runners with accredited prior study). See "
                "Part 5."],
    ["Starts", "Saturday 26 September 2009 and Saturday 16 January 2010"],
    ["Entries", "24 places at each start"],
    ["Fee", "£1,450 per runner; the Partnership pays £600 of this for teachers in its own schools"],
    ["Event centre", "Harrowfell Hut, Skelwith Road, and the Partnership's schools for twilight legs"],
]
table(doc, rows, header_fill="D9D9D9", size=9)

# ---------------------------------------------------------------- Part 2
doc.add_heading("Part 2. Words we use", level=1)
para(doc, "The notes use the club's words throughout. They mean the following on this event.")
rows = [
    ["Our word", "What it means on SEN/1"],
    ["Event", "The award programme as a whole; SEN/1 is its 2009–10 run."],
    ["Runner", "A participant: a teacher new to the SENCO role, or about to take it on."],
    ["Course", "A route through the award. There are two, the Long Brown and the Short Brown (Part 5)."],
    ["Leg", "A study day. The Long Brown has ten (Part 7)."],
    ["Control", "One of the national minimum outcomes, written in our words on the Control Description Sheet "
                "(Part 12)."],
    ["Control site", "The runner's own school, where the work for a control is done."],
    ["Manned control", "MC1 to MC4: a marked piece of assessed work (Part 8). A control is punched only at a manned "
                       "control; the marshal's pass mark is the punch."],
    ["Drinks station", "DS1 to DS3: a tutorial where the runner gets written feedback on a short piece of work. "
                       "Nothing is marked at a drinks station, and a control visited only at a drinks station is not "
                       "punched."],
    ["Planner", "The programme leader."],
    ["Organiser", "The course administrator."],
    ["Controller", "The University's external examiner for the award, who checks the planner's work and the "
                   "marking."],
    ["Marshal", "A tutor, or a school-based mentor (a mentor marshal)."],
    ["Dibber", "The runner's evidence record: a file kept on SkelNet, the University's virtual learning "
               "environment."],
    ["Download", "Hand-in of the completed dibber at the end of the course."],
    ["Results", "The University's Award Board for the programme."],
]
table(doc, rows, header_fill="D9D9D9", size=9)

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3. Why we are putting on this event", level=1)
para(doc, "Orienteering is a sport in which everyone, whatever their speed, finds their own way round and gets to "
          "the finish. We think schools should work the same way for children with special educational needs. The "
          "aim of SEN/1 is that children and young people with special educational needs and/or disabilities in "
          "our runners' schools achieve more and have a better time at school. We mean achievement in all five "
          "Every Child Matters outcomes – being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and achieving economic well-being – and not test results alone.")
para(doc, "The aim runs through the course, not just this page. Every leg begins with a pupil: a short account, "
          "written by a Partnership SENCO, of one child's day and what helped or hindered them. MC2 asks the runner "
          "to plan, with one pupil and the pupil's family, for that pupil's progress across the five outcomes, and "
          "MC3 is marked on whether the change the runner leads in their school is built around what pupils with "
          "SEN need.")
para(doc, "By the finish, each runner will:")
for t in ["lead and coordinate provision for pupils with SEN and/or disabilities in their own school, within the "
          "law and the SEN Code of Practice;",
          "work with colleagues in and beyond school, with parents and carers and with pupils themselves, so that "
          "provision is planned around the pupil;",
          "know what provision is working, what is missing, and how to change it;",
          "have changed something real in their school, and be able to show it."]:
    doc.add_paragraph(t, style="List Bullet")
para(doc, "Every control is found on the runner's own ground. Between legs each runner does the site work for that "
          "leg in their own school, agreed beforehand with their headteacher: observing a lesson, auditing a "
          "policy, running a review meeting, interviewing a pupil. Leg days start with a debrief of the site work "
          "and end with the site work for the next leg.")

# ---------------------------------------------------------------- Part 4
doc.add_heading("Part 4. Walking the area", level=1)
para(doc, "A planner walks the area before setting a single control. In May and June 2008 the Organiser sent a "
          "questionnaire to the headteachers and SENCOs of all sixteen Partnership schools (fourteen replied) and "
          "to the twenty-three other schools in the Lowther Vale district (nine replied). The Planner held two "
          "evening meetings for SENCOs at Harrowfell Hut (31 came), met the county's SEN team and its Parent "
          "Partnership Service, and asked the pupil councils of six Partnership schools what they wanted their "
          "school's SENCO to be good at. The Parent Partnership Service ran a short session for us with eight "
          "parents of children with statements.")
para(doc, "The table shows what we heard and what we changed in the first draft of the course because of it.")
rows = [
    ["They told us", "What we did about it"],
    ["Heads: new SENCOs can describe the Code of Practice but cannot yet lead staff. (11 of 14 Partnership heads)",
     "Leg 9 and MC3 were added; MC3 is a change the runner leads, not an essay about leadership."],
    ["SENCOs: days out of school are hard to get, especially in small primaries.",
     "Every leg runs twice, as a Saturday and as two weekday twilights (Part 5)."],
    ["Parents: 'We're told what has been decided, not asked.'",
     "Leg 7 was rewritten around planning with families; MC2 must include a planning meeting with the pupil's "
     "parent or carer."],
    ["Pupil councils: 'Ask us what helps.'",
     "Leg 7 now teaches ways of finding out pupils' views, including pupils with little or no speech."],
    ["County SEN team: SENCOs' provision maps are lists of interventions with no outcomes.",
     "Leg 5 and MC3 are built around provision mapping with outcomes and costs."],
]
table(doc, rows, header_fill="D9D9D9", size=9)

# ---------------------------------------------------------------- Part 5
doc.add_heading("Part 5. Courses", level=1)
rows = [
    ["Course", "Length", "Legs", "Manned controls", "Who it is for"],
    ["Long Brown", "60 credits; about twelve months part time", "All ten", "MC1, MC2, MC3, MC4",
     "Teachers new to the SENCO role, starting from scratch"],
    ["Short Brown", "60 credits, up to 20 of them from accredited prior study; six to nine months",
     "At least six, chosen at the Pre-start", "MC1, MC2, MC3, MC4",
     "Runners with Level 7 credit in SEN from the last five years"],
]
table(doc, rows, header_fill="D9D9D9", size=9)
para(doc, "Accredited prior study. A runner who holds Level 7 credit in special educational needs, gained in the "
          "last five years, may ask at entry for up to 20 credits of it to count towards the 60. The University's "
          "APL Officer decides the claim against the module outcomes, and the runner then joins the Short Brown, "
          "missing the legs their earlier study covered. We give credit for certificated study only. Experience, "
          "however long, does not earn credit on its own.")
p = doc.add_paragraph()
p.add_run("There is no Score course on SEN/1. ")
dele(p, "Experienced SENCOs may instead enter the Score course: no legs, a dibber of existing evidence and the "
        "four manned controls, for a fee of £500.", RA, D1)
cmt_anchor = p.runs[0]
doc.add_comment(cmt_anchor, text="Agreed: drop the Score course for the first run and look again in 2010. AG",
                author=AG, initials="AG")
para(doc, "Skelwith's Faculty of Education runs an assessment-only route on its own PGCert in Inclusive Practice at "
          "the Carlisle campus, and the Organiser passes on enquiries from experienced SENCOs to the Faculty.")
para(doc, "Starts and ways round. There are two starts each year, in September and January. Every leg is put on "
          "twice: as a Saturday at Harrowfell Hut, and as two weekday twilight sessions (16.00 to 18.30) in a "
          "Partnership school in the fortnight after. Runners may mix the two as they need to. Short Brown runners "
          "take the legs they need in the order their Personal Course Card sets, and a runner who misses a leg "
          "picks it up on the next start's run of the same leg at no extra cost.")
para(doc, "What it costs. The fee covers all legs, marking and the University's registration. The Partnership "
          "pays £600 of it for its own teachers, and the club's Coaching Section bursary fund will pay half the "
          "fee for two runners at each start from schools outside the Partnership. Twilight legs in schools cost "
          "us nothing in room hire, and the savings keep the fee at this level.")

# ---------------------------------------------------------------- Part 6
doc.add_heading("Part 6. The start", level=1)
doc.add_heading("Who may enter", level=2)
para(doc, "A runner must hold Qualified Teacher Status, be in post in a school, and either hold the SENCO role or "
          "be named by the headteacher to take it on within the year. The entry form is signed by the headteacher, "
          "who agrees to release the runner for the legs and the site work. Each runner writes a one-page "
          "statement on one pupil with SEN they have taught, and the Planner reads every statement against the "
          "entry standard: enough knowledge of the Code of Practice and of their school's SEN systems to follow "
          "Leg 1 and to be likely to meet every control by the finish. A runner who is not yet ready gets a "
          "White course letter saying what to do first (usually the Inclusion Development Programme sessions and "
          "a term shadowing their school's current SENCO), and the Planner telephones their headteacher to talk "
          "it through. They are offered a place at the next start.")
doc.add_heading("Safety", level=2)
p = para(doc, "The entry form asks each runner to write the number and date of their enhanced CRB disclosure. We do "
              "not see the disclosure itself. The club's Welfare Officer checks the CRB disclosures of all HFO "
              "coaches and volunteers who work with juniors, every three years, as British Orienteering requires.")
fn.ref(p, "British Orienteering Safeguarding and Protecting Children Policy (2007), section 5.")
para(doc, "Harrowfell Hut, where the Saturday legs run, has level access from the car park and an accessible "
          "toilet, and the Partnership schools used for twilight legs are all on one level. HFO follows British "
          "Orienteering's Equity Policy at all its events.")
doc.add_heading("The Pre-start", level=2)
para(doc, "Before Leg 1 every runner does the Pre-start. They rate themselves against each of the controls on the "
          "Control Description Sheet as 'Never been there', 'Been near it' or 'Know it well', and bring one piece "
          "of evidence for every 'Know it well'. At a one-hour meeting with their marshal the ratings are checked "
          "against the evidence and the headteacher's comments on the entry form; marshals know that runners often "
          "rate old knowledge as current. The runner and marshal then write the runner's Personal Course Card: the "
          "course (Long or Short Brown), the legs to attend, the controls to look for first, the site work to give "
          "most time to, and three personal targets of the runner's own, which go beside the national controls "
          "and are reviewed at each drinks station. The Card is revised at DS2.")

# ---------------------------------------------------------------- Part 7 legs
doc.add_heading("Part 7. Legs", level=1)
para(doc, "Each leg is a day (09.30 to 15.30) or two twilights. The numbers in the third column are the control "
          "codes of Part 12.")
legs = [
    ["Leg", "Title", "Controls set out", "What the leg covers"],
    ["1", "Map and compass", "41, 42, 43",
     "The SEN Code of Practice (2001) and the SENCO's duties under it; the SEN and Disability Act 2001; the "
     "Disability Discrimination Act 1995 and 2005 and the disability equality duty; Every Child Matters and the five "
     "outcomes; the county's SEN policy and funding; what the law means for the school, the governors and the "
     "SENCO, and how to put it into practice."],
    ["2", "Reading the ground", "45, 52, 53",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties; how each can "
     "affect learning. Identifying pupils who may have SEN from observation, data and assessment; setting targets "
     "and planning interventions; reading and using reports from educational psychologists, speech and language "
     "therapists and other professionals."],
    ["3", "Route choice", "33, 34",
     "The SENCO's week: priorities, time, what to delegate and to whom, and how to check it is done; anticipating "
     "problems; making and explaining decisions about provision."],
    ["4", "Tracking", "54, 55",
     "Summative data: P scales, national curriculum tests and teacher assessment, RAISEonline; tracking pupils' "
     "progress and changing programmes that are not working; helping colleagues use formative assessment with "
     "pupils with SEN."],
    ["5", "The provision map", "47, 57, 60",
     "Provision mapping and management, with outcomes and costs; finding ineffective or missing provision; school "
     "self-evaluation and the SEF; reviewing provision with colleagues."],
    ["6", "Other people's maps", "49, 63",
     "Educational psychology, speech and language therapy, CAMHS, the sensory support and behaviour support "
     "services, social care, the Common Assessment Framework and the voluntary sector (the Lowther Vale Dyslexia "
     "Association and the county autism support group speak). How to get specialist support and resources."],
    ["7", "Running together", "31, 61, 62",
     "Working with parents and carers: listening, planning together, difficult meetings, the Parent Partnership "
     "Service. Finding out what pupils think, including pupils with little or no speech (Talking Mats, "
     "person-centred reviews, pupil questionnaires), and involving pupils in planning and reviewing their "
     "provision."],
    ["8", "Technique", "36, 46, 48",
     "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT and "
     "assistive technology; what the research says works for pupils with SEN, read critically; using outside "
     "advice to improve teaching."],
    ["9", "Leading the relay", "35, 51, 59",
     "Working with the senior team and governors on the school's inclusive ethos, policies and use of resources; "
     "observing teaching and giving feedback; coaching and mentoring colleagues; planning and delivering staff "
     "training; speaking and writing for different audiences."],
    ["10", "The run-in", "37",
     "Presentation practice for MC4; the Next Event plan (Part 11); keeping up to date after the award."],
]
t = table(doc, legs, header_fill="D9D9D9", size=8.5)
para(doc, "Drinks stations. DS1 comes after Leg 3, DS2 after Leg 6 and DS3 between Leg 10 and the Download. At each "
          "the runner meets their marshal for an hour with a short piece of writing (1,000 words at most) and gets "
          "written feedback. Drinks stations are not marked.")
para(doc, "Between legs. SkelNet, the University's virtual learning environment, holds the materials for every leg "
          "and each runner's dibber, and runners upload their site work to it. In the 2007–08 pilot the Planner "
          "set up a discussion forum on SkelNet, but it was hardly used and has been closed; between legs runners "
          "contact their mentor marshal by telephone.")

# ---------------------------------------------------------------- Part 8 manned controls
doc.add_heading("Part 8. Manned controls", level=1)
para(doc, "A control is punched when the runner passes the manned control that carries it. Each manned control is "
          "marked against the controls it carries, listed below by code; to pass, the runner must show every one.")
mcs = [
    ("MC1 The Map Check (15 credits; after Leg 2). ",
     "An audit, of about 3,000 words, of the school's SEN and disability policies and practice against the SEN "
     "Code of Practice, the disability equality duty and the Every Child Matters outcomes, ending with an action "
     "plan the headteacher has agreed. Carries 41, 42 and 43."),
    ("MC2 The Shadow Runner (15 credits; after Leg 7). ",
     "A case study of one pupil with SEN, with written consent from the parent or carer: how the pupil's needs were "
     "identified, what other professionals' assessments said and how they shaped teaching, the pupil's targets "
     "and interventions, how progress was tracked with test and assessment data, the pupil's own views and how the "
     "pupil took part in planning and reviewing, the planning meeting with the parent or carer, and the work done "
     "with at least one outside service or voluntary organisation. Carries 31, 45, 52, 53, 54, 61, 62 and 63."),
    ("MC3 The Relay (20 credits; after Leg 9). ",
     "A change the runner leads in their school over at least a term, written up in 4,000 words with evidence: "
     "a provision map of one year group, a review of it with colleagues that feeds the school's self-evaluation, "
     "the change agreed with the senior team and reported to governors, and the coaching or training the runner "
     "gave colleagues to make it work. The marshal also has the headteacher's statement of how the runner won "
     "colleagues over and dealt with problems on the way. Carries 32, 34, 47, 51, 57, 59 and 60."),
    ("MC4 The Run-in (10 credits; at the Download). ",
     "A twenty-minute presentation to two marshals on one approach the runner has used, with a critical review of "
     "the research and outside advice behind it, followed by a twenty-minute professional conversation. Carries "
     "35, 36, 46 and 48."),
]
for head, body in mcs:
    p = doc.add_paragraph()
    p.add_run(head).bold = True
    p.add_run(body)
para(doc, "Results. A runner goes on the results, and is recommended to the Award Board, only when all four manned "
          "controls are passed and the Controller has signed the Download sheet. A manned control may be re-run "
          "once.")

# ---------------------------------------------------------------- Part 9 officials
doc.add_heading("Part 9. Officials and marshals", level=1)
rows = [
    ["Role", "Name", "Background"],
    ["Planner (programme leader)", "Dr Ruth Askew",
     "SENCO for fourteen years in two Lowther Vale schools; EdD (Skelwith, 2006) on SENCOs and provision mapping; "
     "British Orienteering Level 3 coach; leads Legs 1, 5 and 9."],
    ["Tutor marshal", "Mr Owen Pattinson",
     "Head of the county's Learning Support Service; former specialist teacher for SpLD; AMBDA; leads Legs 2, 4 "
     "and 8."],
    ["Tutor marshal", "Ms Carol Nixon",
     "Deputy head, Hesketh Brow Special School; NPQH; leads Legs 3, 6 and 7."],
    ["University tutor", "Dr Imran Shah",
     "Senior Lecturer in Inclusive Education, University of Skelwith; module leader for the MA Inclusive "
     "Education; second-marks every manned control."],
    ["Mentor marshals", "Twelve Partnership SENCOs",
     "Each has led SEN in a school for at least five years; each mentors two runners from another school."],
    ["Organiser", "Mrs Janet Thwaite", "Partnership business manager; HFO club secretary."],
    ["Controller", "Professor Alan Gowbarrow",
     "External examiner, appointed by the University; former LA principal educational psychologist."],
]
table(doc, rows, header_fill="D9D9D9", size=9)
p = para(doc, "The Planner keeps up with the latest research on coaching and talent development in orienteering and "
              "sits on British Orienteering's coaching committee, and the course draws on that experience of "
              "coaching adults.")
fn.ref(p, "Dr Askew's recent papers are listed on the club's website.")
para(doc, "Marshals' briefing. Before the first leg every marshal, tutor and mentor alike, attends a half-day "
          "Marshals' Briefing run by the Planner and Dr Shah and receives the Marshals' Handbook. The briefing "
          "covers the Control Description Sheet, the Pre-start meeting, what feedback at a drinks station should "
          "look like, the marking criteria for each manned control, and the mentor's job between legs. Mentor "
          "marshals meet the Planner again after DS2. A marshal who misses the briefing does not mentor or mark "
          "until they have had it one to one.")
para(doc, "Specialist expertise. Legs 2, 6 and 7 bring in the county's educational psychologists, a speech and "
          "language therapist from the Primary Care Trust, the Lowther Vale Dyslexia Association, the county autism "
          "support group and the Parent Partnership Service. In the 2007–08 pilot every runner spent a day at "
          "Hesketh Brow Special School. Hesketh Brow could not take visitors this year, and no other placement has "
          "been arranged.")
para(doc, "Resources. Runners have full use of the University library and its electronic journals, SkelNet, and "
          "the county Learning Support Service's loan collection of assessment materials (including standardised "
          "reading and spelling tests) and assistive technology (text-to-speech software, digital recorders, "
          "symbol software), which Mr Pattinson brings to Legs 2, 4 and 8. Each twilight school has a room with "
          "an interactive whiteboard.")

# ---------------------------------------------------------------- Part 10 controller's checks
doc.add_heading("Part 10. Controller's checks", level=1)
p = para(doc, "Marking. Every manned control is marked by the runner's tutor marshal and second-marked by Dr Shah "
              "against the same criteria. ")
ins(p, "Where the first and second marks differ by more than one grade, the Controller marks the piece a third "
       "time. ", RA, D2)
p.add_run("After each manned control the marshals hold a marking meeting and agree the marks on three scripts "
          "before any are returned. The Controller moderates a sample of each manned control (at least a quarter "
          "of them, including every fail and every borderline piece) and reports to the Award Board, which "
          "confirms all results.")
para(doc, "Evaluating the event. Runners complete a leg review at the end of each leg, and the marshals meet for "
          "an hour after each start's final leg to go through the reviews and the drinks station feedback. The "
          "Controller writes an annual report on the course and the marking, and the course goes through the "
          "University's annual monitoring, with its figures for recruitment, completion and marks. Each July the "
          "Planner writes a 'Changes for next year' list from all of these, which the Partnership's steering group "
          "agrees; the Controller checks in the following year's report that the changes were made.")
para(doc, "Runners' competence and confidence. Every runner repeats the Pre-start self-rating at the Download, "
          "and we compare the two ratings control by control, with the marks for the manned controls, to see "
          "where the course is and is not moving runners on.")
para(doc, "Pupils. We have not yet found a fair way of measuring what the course does for pupils' achievement, and "
          "we hope to collect some evidence of it from runners' schools in a later year.")
para(doc, "Partners. Partnership SENCOs mentor and mark, Partnership schools host the twilight legs, and the "
          "county's services and the Parent Partnership Service speak at legs. The Partnership's headteachers "
          "have said they would like to see the Controller's report, and we will think about how they, parents "
          "and pupils might take part in evaluating the course.")

# ---------------------------------------------------------------- Part 11
doc.add_heading("Part 11. After the finish", level=1)
para(doc, "At Leg 10 every runner writes a Next Event plan: two or three professional targets for the year after "
          "the award, with what they will need to reach them. They take the plan to their performance management "
          "meeting with their headteacher, and their mentor marshal sees the agreed version at DS3. The 60 credits "
          "count towards the University's MA in Inclusive Education, and Dr Shah talks to each start about it at "
          "Leg 10.")

# ---------------------------------------------------------------- Part 12 control description sheet (landscape)
landscape(doc)
doc.add_heading("Part 12. Control Description Sheet", level=1)
para(doc, "How to read the sheet. The sheet is laid out like an IOF control description sheet, and the letters "
          "across the top are its columns. A is the control number and B its code (the codes the Legs table and "
          "Part 8 use). C is the group. D says, in our words, what the runner can do at the finish. E–F gives the "
          "leg on which the control is set out. G says where it is punched: MC1 to MC4 mean it is marked there; "
          "DS1 to DS3 mean it is visited at a drinks station for feedback only, and is not punched; a dash means "
          "it is not on this course. H gives any other information and points to the notes under the sheet.")

C = [
    # no, code, group, feature, leg, punched, other
    ("1", "31", "How the runner runs",
     "Builds fair, respectful, supportive and constructive relationships with pupils who have SEN or "
     "disabilities, and with their parents or carers.", "Leg 7", "MC2", ""),
    ("2", "32", None,
     "Brings colleagues, the headteacher and senior leaders included, on board to improve what pupils with SEN "
     "achieve.", "—", "MC3", "No leg: runners find their own way to this one (note 1)."),
    ("3", "33", None,
     "Sets priorities, manages their own time and delegates tasks sensibly, checking they are done.", "Leg 3",
     "DS1", ""),
    ("4", "34", None,
     "Sees problems coming and sorts them out; makes well-founded decisions and sound judgements about "
     "provision.", "Leg 3", "MC3", ""),
    ("5", "35", None,
     "Speaks and writes clearly, and listens to and understands what others think.", "Leg 9", "MC4", ""),
    ("6", "36", None,
     "Uses research and outside advice to improve their own and colleagues' teaching.", "Leg 8", "MC4", ""),
    ("7", "37", None,
     "Keeps up to date and takes charge of their own professional development in SEN and disability.", "Leg 10",
     "DS3", ""),
    ("8", "41", "What the runner knows",
     "The law and guidance on SEN, with the SEN Code of Practice: what they mean for the school, the SENCO and "
     "others, and how to put them into practice.", "Leg 1", "MC1", ""),
    ("9", "42", None,
     "The principles and five outcomes of Every Child Matters, and how the SENCO helps children reach them.",
     "Leg 1", "MC1", ""),
    ("10", "43", None,
     "The disability equality laws and what they require a school to do for disabled pupils.", "Leg 1", "MC1", ""),
    ("11", "44", None, "Control removed.", "—", "—", "Removed at the Controller's site check (note 2)."),
    ("12", "45", None,
     "The commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each "
     "affects learning.", "Leg 2", "MC2", ""),
    ("13", "46", None,
     "A critical understanding of approaches, strategies and resources, ICT among them, for assessing, planning, "
     "teaching and learning, and how to use them to remove barriers and personalise provision.", "Leg 8", "MC4",
     ""),
    ("14", "47", None,
     "How school self-evaluation and improvement work, and what they mean for outcomes for pupils with SEN.",
     "Leg 5", "MC3", ""),
    ("15", "48", None, "Best practice and the outcomes of research in meeting SEN.", "Leg 8", "MC4", ""),
    ("16", "49", None,
     "What outside agencies do and how to get specialist support and resources for pupils.", "Leg 6", "K9CELL",
     ""),
    ("17", "51", "What the runner does",
     "Working with senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities and "
     "use of resources.", "Leg 9", "MC3", ""),
    ("18", "52", None,
     "Identifies pupils who may have SEN from observation, data and assessment; sets challenging targets; plans "
     "interventions; reviews progress.", "Leg 2", "MC2", ""),
    ("19", "53", None,
     "Uses assessments by other professionals to shape teaching and learning.", "Leg 2", "MC2", ""),
    ("20", "54", None,
     "Uses summative assessment, national tests included, to track progress and change programmes.", "Leg 4", "MC2",
     ""),
    ("21", "55", None,
     "Encourages colleagues to develop formative assessment, with thought for pupils with SEN.", "Leg 4", "DS1",
     ""),
    ("22", "56", None, "Special arrangements for national tests and examinations.", "—", "—",
     "Not on this course (note 3)."),
    ("23", "57", None,
     "Uses provision mapping and management to plan provision and to find what is ineffective or missing.",
     "Leg 5", "MC3", ""),
    ("24", "58", None, "Deploying and managing teaching assistants and other support staff.", "—", "—",
     "Partnership TA Deployment twilight, not part of the Award (note 4)."),
    ("25", "59", None,
     "Supports colleagues' professional development: observation and feedback, modelling, coaching and "
     "mentoring, training.", "Leg 9", "MC3", ""),
    ("26", "60", None,
     "Reviews with other staff how well provision is working, to feed the school's self-evaluation.", "Leg 5",
     "MC3", ""),
    ("27", "61", None,
     "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision.", "Leg 7",
     "MC2", ""),
    ("28", "62", None, "Works with parents and carers to support their children's learning and development.",
     "Leg 7", "MC2", ""),
    ("29", "63", None,
     "Works in partnership with other services and agencies, voluntary organisations included.", "Leg 6", "MC2",
     ""),
]
n = len(C) + 3
t = doc.add_table(rows=n, cols=8)
t.style = "Table Grid"
# row 0: merged title row
top = t.cell(0, 0).merge(t.cell(0, 7))
set_cell(top, "SEN/1   ·   Long Brown and Short Brown   ·   60 credits   ·   10 legs   ·   MC1–MC4", bold=True, size=9)
shade(top, "BFBFBF")
for j, L in enumerate("ABCDEFGH"):
    set_cell(t.cell(1, j), L, bold=True, size=9)
    shade(t.cell(1, j), "D9D9D9")
hdr = ["No.", "Code", "Group", "Feature: what the runner can do at the finish", "Set out on", None, "Punched at",
       "Other information"]
for j, h in enumerate(hdr):
    if h:
        set_cell(t.cell(2, j), h, bold=True, size=8.5)
        shade(t.cell(2, j), "EDEDED")
t.cell(2, 4).merge(t.cell(2, 5))
group_starts = []
k9cell = None
for i, (no, code, grp, feat, leg, pun, oth) in enumerate(C):
    r_ = i + 3
    set_cell(t.cell(r_, 0), no, size=8.5)
    set_cell(t.cell(r_, 1), code, size=8.5)
    if grp:
        group_starts.append(r_)
        set_cell(t.cell(r_, 2), grp, size=8.5, bold=True)
    set_cell(t.cell(r_, 3), feat, size=8.5)
    ef = t.cell(r_, 4).merge(t.cell(r_, 5))
    set_cell(ef, leg, size=8.5)
    if pun == "K9CELL":
        k9cell = t.cell(r_, 6)
    else:
        set_cell(t.cell(r_, 6), pun, size=8.5)
    if oth:
        set_cell(t.cell(r_, 7), oth, size=8.5)
# merge the group column down each group
bounds = group_starts + [n]
for a, b in zip(bounds, bounds[1:]):
    t.cell(a, 2).merge(t.cell(b - 1, 2))
# tracked change inside the K9 cell: MC2 deleted, DS2 inserted
cell_del(k9cell, "MC2", RA, D1)
cell_ins(k9cell, "DS2", RA, D1)
for row in t.rows:
    for j, w in enumerate([1.0, 1.1, 2.4, 9.5, 1.4, 0.6, 1.8, 5.6]):
        row.cells[j].width = Cm(w)

para(doc, "Notes", bold=True)
notes = [
    "1. Control 32 has no leg of its own. Runners show it in MC3, through the headteacher's statement.",
    "2. Control 44 was the child development session on the first draft of Leg 2. At the site check the Controller "
    "found that it repeated what most runners had done in initial teacher training, and it was taken out. It has "
    "not been replaced.",
    "3. Access arrangements for national tests and examinations are made by each Partnership school's examinations "
    "officer. Runners are not asked to learn or show this on SEN/1.",
    "4. The Partnership runs its own TA Deployment twilight for SENCOs and senior leaders each spring. It is not part "
    "of the Award, and nothing from it is marked.",
]
for nt in notes:
    para(doc, nt, size=9)
anchor = doc.paragraphs[-2]
doc.add_comment(anchor.runs[0], text="Could 56 go on MC2 next year? AG", author=AG, initials="AG")

text_box(doc, [("CONTROLLER'S STAMP", True),
               ("Courses checked on the ground and approved. All controls in place and checked. "
                "A. Gowbarrow, Controller, 13 November 2008.", False)], width_pt=300, height_pt=62)

portrait(doc)
para(doc, "End of Planner's Notes, Issue 3.", italic=True, size=9)

fn.attach(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
