"""jt-01-cragfast-fell-forecast: build script (writes jt-01-cragfast-fell-forecast.docx).

PROVIDER (invented): the Cragfast Trust, a mountain rescue and outdoor-safety charity, through its
"Safer Hills" schools programme, with the University of Harrowdale (which validates the award as a
Postgraduate Certificate). The course is called "the Fell Course".

DOCUMENT KIND AND LAYOUT: the Trust's own weekly "Fell Forecast" (the mountain weather bulletin its
schools team sends to 300 schools every Friday) turned into a long-range forecast for the course season.
Header and footer; a shaded note to the panel; a "How to read this forecast" key table; Headline and
Synopsis; a "Forecast by Fell Day" table (ten study days); three period forecast tables with rows in the
bulletin's own fields ("How windy?", "Effect on you", "Cloud on the hills?", "Forecast confidence"); a
"Hazards" section; "Observations from last season" (the unaccredited 2007-08 pilot); "Neighbouring areas"
(another provider); a "Planning outlook"; a "Mountain safety message" in a VML text box; the "Summit
Table" of the outcomes with merged, shaded group rows (The Climber / The Map / The Ropework); "The small
print". Heading styles are used for the bulletin's sections. Two tracked changes and two comments.

VOCABULARY: Fell Days (study days), Home Ground tasks (in-school tasks), Guides (school-based mentors),
Summits (the three marked assessments), Valley route (an outcome worked on at Fell Days but marked in no
Summit), Kit Check (pre-course needs assessment) and Personal Route Card (individual plan), Base Camp
(the online forum), Onward Route (final tutorial), Forecast confidence (High / Medium / Low; Low is
defined as "being talked about, not arranged").

TRAPS (requirement ids):
- Forecast confidence "Low" marks things not arranged: the "Direct Ascent" assessment-only route (2.3),
  parents and heads joining the end-of-season evaluation, pupil progress data from every school (5.9).
  4.3 is still met: two heads sit on the steering group that reviews the course each term and a head sits on
  every Summit Talk panel (notes_on_met).
- Another provider's arrangement under "Neighbouring areas": the Eskhaven Partnership's assessment-only
  "Fast Descent" route; the Trust says it does not run one (2.3 not_met).
- Past arrangements under "Observations from last season": parents marking Summit Talks and tutors
  answering Base Camp posts in the pilot (neither is a current arrangement; 3.3 stays partially_met).
- Tracked deletion: the sentence promising tutor replies in Base Camp is deleted (3.3 partially_met:
  a peer forum with no tutor support in the surviving text). Tracked insertion: the named external
  examiner (5.8 met via the inserted sentence, with second marking in the body).
- Footer claims every participant has a CRB disclosure; the body says the Trust's CRB checks are on its
  own volunteer Guides and instructors and that participants' disclosures are "a matter for the employing
  school" which the Trust does "not ask to see" (5.3 not_met: someone else's responsibility; footer).
- Comments (not evidence): one proposes pupil data from every school (5.9), one asks about DDA (6.K3).
- APL: prior certificated credit only, experience explicitly not accredited (2.1 partially_met).
- Equality: a value statement plus step-free rooms, no arrangement for adjustments for disabled
  candidates (3.1 partially_met).
- Resources described only as books and a library card (5.6 partially_met).
- Pupil voice only "why pupils' views matter" (1.5 partially_met); 6.S7 Valley route only.
- Award rule averages the Summits with compensation (6.0 partially_met); Valley-route outcomes make
  1.9 partially_met.
- Summit Table: Valley route only for 6.A3, 6.A7, 6.S2d, 6.S7 (partially_met); 6.K4 marked in Summit
  One but reached on no Fell Day (partially_met); 6.K3 "Cloud - not forecast" and left to the county's
  own DDA day (not_met); no row at all for deploying and managing staff (6.S4 not_met).
"""
from pathlib import Path
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jt_helpers import (new_doc, para, runs, table, merge_row, set_cell, shade, add_ins, add_del,
                         text_box, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

d = new_doc("CRAGFAST TRUST  |  SAFER HILLS SCHOOLS PROGRAMME  |  FELL FORECAST No. 08/37 (long range)",
            "Forecasts are issued in good faith. Safeguarding: every participant holds a current enhanced CRB "
            "disclosure. The Cragfast Trust is a registered charity.")

p = para(d, "FELL FORECAST", bold=True, size=26)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = para(d, "Long-range forecast for the Fell Course: the National Award for SEN Coordination, season 2008-09",
         bold=True, size=13)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para(d, "Issued 14:00, Friday 12 December 2008. Forecaster: Dr Ruth Allonby, Course Leader, Safer Hills. "
        "Area: Harrowdale, the Fells and the Western Valleys. Next update: after the university's review in March 2009.",
     italic=True)

t = table(d, [["A note to the panel"],
              ["The Safer Hills team writes everything it sends to schools in the form of the Fell Forecast, which "
               "three hundred schools in the county receive every Friday morning. Heads told us they read it. We have "
               "kept the form for this application, so the course season is set out as a forecast: what is settled, "
               "what is likely and what is still only a cloud on the horizon. The key below says how to read it. "
               "Where the forecast says \"Forecast confidence: Low\" it is telling you about something we have not "
               "arranged."]], header_fill="DEEAF6")
shade(t.cell(1, 0), "DEEAF6")

d.add_heading("How to read this forecast", level=1)
table(d, [["Term", "What it means in this forecast"],
          ["Fell Day", "A taught study day at the Trust's Langmire centre or at the university. There are ten in the season."],
          ["Home Ground", "A task each participant carries out in their own school between Fell Days, with their Guide."],
          ["Guide", "An experienced senior colleague in the participant's school who acts as mentor (in the rescue team a Guide is the person who knows the ground)."],
          ["Summit", "A marked piece of work. There are three Summits; every one is marked by a tutor and second-marked."],
          ["Valley route", "An outcome that participants work on at the Fell Days but that is not marked in any Summit."],
          ["Cloud", "Not in this season's forecast."],
          ["Forecast confidence", "High: arranged and in place. Medium: arranged; dates or names to confirm. Low: being talked about, not arranged."]])

d.add_heading("Headline", level=1)
para(d, "Set fair for schools. Ten Fell Days, six Home Ground tasks and three Summits between October 2008 and July 2009, "
        "with a Guide for every participant and a Postgraduate Certificate of 60 credits at Master's level (Level 7) from "
        "the University of Harrowdale. Two ways up: an October start and a February start. Forecast confidence: High.")

d.add_heading("Synopsis: the general situation", level=1)
para(d, "The Cragfast Trust has run mountain rescue and outdoor-safety education in the county for thirty-one years. Its "
        "Safer Hills schools programme works with 300 schools and has, since 2004, trained teachers to lead outdoor learning "
        "for pupils with special educational needs and disabilities. The Fell Course grows out of that work. It is designed "
        "and taught jointly with the School of Education at the University of Harrowdale, which validated it as the "
        "Postgraduate Certificate in Special Educational Needs Coordination at a validation event on 24 September 2008. "
        "Successful participants receive the university's award, which carries 60 credits at Master's level (Level 7), and "
        "the National Award for SEN Coordination. Participants are registered students of the university from the first "
        "Fell Day, with its library, student support and appeals procedures.")
para(d, "The course has one aim, which we put on the front of every Fell Day handout: that pupils with special educational "
        "needs and disabilities in the participants' schools achieve more and are happier, healthier and safer for it. "
        "We mean achievement in the full Every Child Matters sense: being healthy, staying safe, enjoying and achieving, "
        "making a positive contribution and achieving economic well-being. Every Summit asks the participant to show what "
        "changed for pupils, and Summit Two is marked chiefly on the evidence of that change, across at least two of the five "
        "outcomes, for a group of pupils in the participant's own school.")
para(d, "The course is rooted in schools. Each Fell Day ends with a Home Ground task that the participant carries out in "
        "their own school in the following weeks, with their Guide, and brings back to the next Fell Day to be talked through. "
        "The tasks are practical: auditing the school's SEN register, observing and feeding back to a colleague, building a "
        "provision map, meeting parents, running a review meeting. Summit Two is an enquiry into a change the participant "
        "leads in their own school, so that meeting the course outcomes and making a difference to practice are the same piece of work.")
para(d, "What is taught draws on current research and inspection evidence. Fell Day 2 is built on Ofsted's 2006 report "
        "Inclusion: does it matter where pupils are taught?, the 2006 Select Committee report on SEN and the Bercow Review "
        "of services for children with speech, language and communication needs (2008), and participants read two pieces of "
        "recent research for Summit One. Fell Day 1 sets out the law and policy the SENCO works within: the Education Act "
        "1996, the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, Every Child Matters "
        "and the Children Act 2004, Removing Barriers to Achievement and the Education (Special Educational Needs "
        "Co-ordinators) (England) Regulations 2008, and participants test what each means for their own school in Home Ground task 1.")

d.add_heading("Forecast by Fell Day", level=1)
para(d, "Each Fell Day runs from 09:30 to 15:30. In the October season they are Thursdays at Langmire; each is repeated on the "
        "following Saturday at the university for participants who cannot be released on a weekday. The February season "
        "runs the same ten days in the same order, four months later.")
table(d, [["Fell Day", "Date (October season)", "On the hill", "Home Ground task to follow"],
          ["1", "9 Oct 2008", "The law, the Code and the role. Every Child Matters and where the SENCO stands in it. Relationships with pupils and families that are fair and respectful.", "HG1: Audit your school's SEN policy against the Code of Practice; talk it through with your Guide."],
          ["2", "23 Oct 2008", "Reading the research. What inspection tells us. Using advice from outside the school. Best practice in meeting SEN, and what the evidence says works.", "Reading for Summit One."],
          ["3", "13 Nov 2008", "Knowing the pupils (1): communication and interaction, autism, speech, language and communication needs. Speaking and writing for colleagues.", "HG2: A pupil profile, written for class teachers."],
          ["4", "4 Dec 2008", "Knowing the pupils (2): dyslexia and specific learning difficulties, behavioural, emotional and social difficulties, moderate learning difficulties. Identifying pupils, setting targets, planning interventions and reviewing them.", "HG3: Set and review targets for three pupils."],
          ["5", "15 Jan 2009", "Assessment for learning and the SENCO: using test and teacher assessment data to track progress; helping colleagues with formative assessment; access arrangements for tests and examinations; teaching approaches and ICT; solving problems and making decisions about provision.", "HG4: Track one group's progress over a term."],
          ["6", "5 Feb 2009", "Working with families and other services: meeting parents, the educational psychologist, health and social care, voluntary groups, the Trust's own family work. Using other professionals' assessments. Why pupils' views matter.", "HG5: Plan and hold a meeting with a family and an outside agency."],
          ["7", "5 Mar 2009", "Provision mapping and management: what provision costs, what it achieves, and what is missing or not working.", "HG6: Map provision for one year group."],
          ["8", "26 Mar 2009", "Leading colleagues: winning the commitment of the head and senior team; coaching, modelling, observation and feedback; managing your own time and priorities.", "Begin Summit Two enquiry."],
          ["9", "7 May 2009", "The SENCO and the school's self-evaluation: reviewing provision with colleagues and governors, SEN in the school improvement plan, shaping an inclusive ethos and policy.", "Complete Summit Two."],
          ["10", "25 Jun 2009", "Summit Talks and the Onward Route: keeping up to date and planning your own next steps.", "-"]])

d.add_heading("Forecast by period", level=1)
for title, rows in [
    ("Period 1: October to December (Fell Days 1-4)", [
        ("How windy?", "Brisk. Four Fell Days in ten weeks, each followed by a Home Ground task of about six hours."),
        ("Effect on you", "Before Fell Day 1 every participant completes the Kit Check: a self-audit against all of the course outcomes, which the participant and a tutor then go through together in a one-hour tutorial. From it the tutor and participant agree a Personal Route Card: the outcomes the participant most needs to work on, two personal targets of their own, which of the optional afternoon workshops to choose and how often to meet the tutor. The Guide signs the Route Card."),
        ("Cloud on the hills?", "Summit One (a 4,000-word Ridge Report on the law, the research and the pupils in the participant's school) is due on 8 January. Tutorials are offered to anyone whose Kit Check shows gaps in reading at Master's level."),
        ("Forecast confidence", "High.")]),
    ("Period 2: January to March (Fell Days 5-8)", [
        ("How windy?", "Strong in places. The Home Ground tasks are longer and the participant leads them."),
        ("Effect on you", "Participants choose two of four optional afternoon workshops according to their Route Card (sensory impairment, early years, secondary transition, SEN in small rural schools). The Route Card is reviewed at a mid-point tutorial in February and targets are reset."),
        ("Cloud on the hills?", "Workload. Participants tell us February is the hardest month. The Base Camp forum and the mid-point tutorial are the support."),
        ("Forecast confidence", "High.")]),
    ("Period 3: April to July (Fell Days 9-10)", [
        ("How windy?", "Easing."),
        ("Effect on you", "Summit Two (a 6,000-word Home Ground Enquiry into a change the participant has led in their own school) is due on 1 June. Summit Three, the Summit Talk, is a twenty-minute presentation to two tutors and a head teacher from another school, followed by a professional discussion of twenty minutes, on Fell Day 10. After the Summit Talk each participant has the Onward Route tutorial, where they, their tutor and their Guide set professional development objectives for the following year, to be taken into the school's performance management round."),
        ("Cloud on the hills?", "Participants who do not pass a Summit resubmit once, within six weeks."),
        ("Forecast confidence", "High.")])]:
    t = table(d, [[title, None]] + [list(r) for r in rows], header_fill="BDD7EE", bold_first_col=True)
    c = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(c, title, bold=True, fill="BDD7EE", size=9)
    para(d, "")

d.add_heading("Base Camp", level=2)
p = para(d, "Between Fell Days participants meet online at Base Camp, the Trust's forum, where each Fell Day's papers, readings "
            "and Home Ground templates are posted and where participants share their Home Ground work in small groups of five. ")
add_del(p, "A tutor reads Base Camp every day and answers every question within three working days. ",
        author="Ruth Allonby", date="2008-12-09T16:12:00Z")
p.add_run("Base Camp is run by the participants themselves, as the rescue team's own forum is run by its members.")

d.add_heading("Hazards", level=1)
para(d, "Every forecast names the hazards. These are the ones we see for the season, and what we do about them.")
table(d, [["Hazard", "What we do"],
          ["A participant falls behind", "The tutor contacts them within a week of a missed Fell Day or Home Ground task; a catch-up tutorial is offered, and participants may move from the October to the February season once without charge."],
          ["A participant's school cannot release them", "The Saturday repeat of each Fell Day; the head is asked to sign the release agreement before a place is confirmed."],
          ["Access", "The Trust believes the hills are for everyone, and so is the Fell Course. Langmire and the university rooms are step-free."],
          ["Safeguarding", "All Trust instructors and volunteer Guides who work with pupils on our outdoor days are CRB checked by the Trust before they start. Participants' own CRB disclosures are a matter for the employing school, as their employer; we do not ask to see them."],
          ["Cost", "The fee is £1,450 for the season, set at what the university charges for 60 credits less the Trust's contribution. The county's SEN service pays half the fee for maintained schools, and the Trust has eight bursaries for small rural schools."]])

d.add_heading("Observations from last season", level=1)
para(d, "In 2007-08 the Trust ran a pilot, Hill Sense for SENCOs, for fourteen teachers from the Western Valleys. It was not "
        "accredited. Some of what we learned is now part of the Fell Course; some of what we did then we have not kept.")
para(d, "Last season a tutor answered every Base Camp post within two working days. Last season parents from the Cragfast "
        "Parent Panel sat with tutors and marked the Summit Talks. Last season the pilot was evaluated by the county's "
        "SEN service, whose report (June 2008) recommended the longer Home Ground tasks that we have adopted.")

d.add_heading("What the schools told us", level=2)
para(d, "In March 2008 we asked the 300 schools on the Fell Forecast list what a new SENCO in their school needed; 141 replied, "
        "and we met the county's SEN service, the Harrowdale parent partnership service and the two special school head "
        "teachers. The replies were clear: new SENCOs were least confident about leading colleagues and working with the head, "
        "about provision mapping, and about meetings with families and outside agencies; three-quarters of heads could not "
        "release a teacher on more than ten days; and small rural schools could not release anyone on a weekday. What changed "
        "as a result: Fell Days 7 and 8 were added for provision mapping and leading colleagues, Fell Day 6 was rebuilt around "
        "families and agencies at the parent partnership service's request, the course was capped at ten days, and the "
        "Saturday repeat was introduced. Two head teachers from the survey now sit on the course's steering group, and a "
        "head teacher from another school sits on every Summit Talk panel.")

d.add_heading("Neighbouring areas", level=1)
para(d, "Over the border, the Eskhaven Partnership's SENCO course offers experienced SENCOs a \"Fast Descent\": assessment "
        "against all the outcomes by portfolio and interview, without attending the course. The Fell Course does not run an "
        "assessment-only route; candidates who ask are told about the Eskhaven route.")

d.add_heading("Planning outlook (2009-10 and beyond)", level=1)
table(d, [["Outlook", "Forecast confidence"],
          ["A \"Direct Ascent\" route by which a very experienced SENCO could be assessed against every outcome without attending the Fell Days, if the university agrees.", "Low"],
          ["Parents from the Parent Panel and heads from the steering group to join the end-of-season evaluation and help us judge what to change.", "Low"],
          ["Progress data on the target pupils from every participant's school, gathered a year after the course.", "Low"],
          ["A Fell Day on consulting pupils and involving them in their own plans.", "Low"]], header_fill="FCE4D6")

d.add_heading("Mountain safety message", level=1)
text_box(d, "MOUNTAIN SAFETY MESSAGE: FOR TUTORS AND GUIDES", [
    "Know your role before you set out. Every tutor has the Fell Course Tutor Handbook, which sets out the Summit "
    "briefs, marking criteria, feedback deadlines and second-marking rota, and attends the tutors' standardisation "
    "morning before each Summit is marked.",
    "Every Guide is sent the Guide's Card, a four-page guide to what the Guide does at each Home Ground task, and "
    "attends a half-day Guide briefing at Langmire in September (or February) before the first Fell Day. Guides who "
    "cannot attend are briefed by telephone by the participant's tutor. The Guide signs off each Home Ground task "
    "and writes a short statement for Summit Two."], height_pt=170)

d.add_heading("The Summit Table", level=1)
para(d, "The table shows where the course reaches each of the national outcomes (the Fell Days) and where reaching it is "
        "confirmed (the Summit in which it is marked). We have put the outcomes in our own words, grouped as we teach them.")
rows = [["Marker", "On our hill", "Reached on", "Confirmed at"]]
groups = [
    ("THE CLIMBER: attributes", [
        ("C1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with their families", "Fell Days 1, 6", "Summit Two"),
        ("C2", "Wins the commitment of colleagues, the head and the senior team", "Fell Day 8", "Summit Three"),
        ("C3", "Sets priorities, manages time and delegates", "Fell Day 8", "Valley route only"),
        ("C4", "Sees problems coming, solves them and judges provision soundly", "Fell Day 5", "Summit Two"),
        ("C5", "Speaks and writes clearly; listens to and understands others", "Fell Days 3, 9", "Summit Three"),
        ("C6", "Uses research and outside advice to improve practice", "Fell Day 2", "Summit One"),
        ("C7", "Keeps up to date and takes charge of their own professional development", "Fell Day 10", "Valley route only")]),
    ("THE MAP: knowledge and understanding", [
        ("M1", "SEN law and guidance, including the Code of Practice, and putting it into practice", "Fell Day 1", "Summit One"),
        ("M2", "Every Child Matters and the SENCO's part in it", "Fell Day 1", "Summit One"),
        ("M3", "Disability equality law and what it requires of schools", "Cloud - not forecast this season", "Cloud - not forecast this season"),
        ("M4", "How children develop, and how SEN, disability and surroundings affect development", "No Fell Day", "Summit One"),
        ("M5", "The commonest SEN and disabilities and how they affect learning", "Fell Days 3, 4", "Summit One"),
        ("M6", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT", "Fell Days 4, 5", "Summit Two"),
        ("M7", "School self-evaluation and improvement as they bear on SEN", "Fell Day 9", "Summit Two"),
        ("M8", "Best practice and research findings in meeting SEN", "Fell Day 2", "Summit One"),
        ("M9", "What outside agencies do and how to get specialist support", "Fell Day 6", "Summit Three")]),
    ("THE ROPEWORK: skills", [
        ("R1", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and budgets", "Fell Day 9", "Summit Three"),
        ("R2", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "Fell Day 4", "Summit Two"),
        ("R3", "Uses other professionals' assessments to shape teaching", "Fell Day 6", "Summit Two"),
        ("R4", "Uses test and summative data to track progress and adjust programmes", "Fell Day 5", "Summit Two"),
        ("R5", "Helps colleagues develop formative assessment for pupils with SEN", "Fell Day 5", "Summit Two"),
        ("R6", "Arranges access arrangements for tests and examinations in good time", "Fell Day 5", "Valley route only"),
        ("R7", "Maps and manages provision; finds what is missing or not working", "Fell Day 7", "Summit Two"),
        ("R8", "Develops colleagues by observation, feedback, modelling, coaching and training", "Fell Day 8", "Summit Three"),
        ("R9", "Reviews provision with colleagues to feed the school's self-evaluation", "Fell Day 9", "Summit Two"),
        ("R10", "Involves pupils in planning, agreeing and reviewing their own provision", "Fell Day 6", "Valley route only"),
        ("R11", "Works well with parents and carers", "Fell Day 6", "Summit Three"),
        ("R12", "Works with other services and agencies, including voluntary organisations", "Fell Day 6", "Summit Three")])]
group_rows = []
for g, items in groups:
    group_rows.append((len(rows), g))
    rows.append([g, None, None, None])
    rows.extend([list(x) for x in items])
t = table(d, rows, header_fill="BDD7EE")
for i, g in group_rows:
    merge_row(t, i, g, fill="E2EFDA")
para(d, "Summit One is marked against markers C6, M1, M2, M4, M5 and M8; Summit Two against C1, C4, M6, M7, R2, R3, R4, R5, R7 "
        "and R9; Summit Three against C2, C5, M9, R1, R8, R11 and R12. Disability equality law is covered on the county's "
        "own DDA training day, which most participants' schools send them to.")
p = d.paragraphs[-1]
comment(d, p.runs, "DDA - do we need our own Fell Day on this? - RA", author="Ruth Allonby", initials="RA")

d.add_heading("The small print", level=1)
para(d, "Who can come. Participants must be qualified teachers who are, or are about to be, their school's SENCO, with the "
        "head's signed support and release agreement. Each applicant completes the application form and a short written "
        "piece on a pupil they have taught; the course leader and a university tutor read every application and interview "
        "by telephone anyone whose form leaves doubt that they could meet the outcomes in the year. Applicants who are not "
        "yet ready are offered the Trust's two-day Introduction to SEN and advised to apply to the next season.")
para(d, "Prior learning. Participants who already hold Master's-level credit in SEN from Harrowdale or another university "
        "may bring up to 20 credits into the Fell Course through the university's accreditation of prior certificated "
        "learning, and are then excused Summit One. Experience alone, however long, is not accredited.")
para(d, "Access and equality. The Cragfast Trust is committed to equality of opportunity in everything it does, and the "
        "university's equality policy applies to every participant.")
para(d, "Who teaches. The course leader, Dr Ruth Allonby, was a SENCO in two secondary schools for eleven years, holds an MA "
        "in Special and Inclusive Education and a doctorate on outdoor learning for pupils with autism, and is a member of "
        "NASEN. The university tutor, Mr David Whinfell, is a senior lecturer in inclusive education, a former local "
        "authority SEN adviser and an external examiner for two other SEN programmes. The two associate tutors are serving "
        "SENCOs in a primary and a special school, both with the National SENCO accreditation of the previous scheme or an "
        "MA in SEN. Specialist sessions are taught by an educational psychologist from the county service, a speech and "
        "language therapist, the head of the county's sensory support team and the parent partnership coordinator. Every "
        "tutor attends at least two days' SEN updating a year.")
para(d, "Where participants go. Every participant spends a Borrowed Day, between Fell Days 4 and 6, in a special school or "
        "with the county's specialist teaching service, arranged by the Trust with the school and the service, with a "
        "short observation task that feeds Summit One.")
para(d, "Books and resources. The Trust keeps a lending library of 140 titles on SEN at Langmire, and every participant "
        "has a Harrowdale library card.")
para(d, "Marking and moderation. Every Summit is marked by the participant's tutor against the published criteria and "
        "second-marked by another tutor; all fails and borderline scripts and a sample of one in four of the rest are "
        "moderated by the university. ")
add_ins(d.paragraphs[-1], "Dr Kenneth Ormside of the University of Tarnover has agreed to act as external examiner and will see a sample of every Summit.",
        author="David Whinfell", date="2008-12-11T10:30:00Z")
para(d, "Checking the course. After every Fell Day participants complete a one-page weather report on it; the tutors meet "
        "the same week to read them and change the next Fell Day where they need to. The steering group (the course leader, "
        "the university tutor, two head teachers, the county's SEN adviser and the parent partnership coordinator) meets "
        "each term to review the reports, the Summit results and the moderator's comments, and its decisions are recorded "
        "in the course log. The university's annual monitoring report and the external examiner's report go to the "
        "university's School Board, and the course team must answer each point in the next year's plan.")
p = para(d, "Measuring what changed. Participants repeat the Kit Check at the end of the season, so that each participant's "
            "competence and confidence against every outcome can be set against where they started; the results are "
            "reported to the steering group. We hope to see the difference in pupils' progress too.")
comment(d, p.runs[-1:], "Could we promise pupil data from every school? - DW", author="David Whinfell", initials="DW")
para(d, "The award. Each Summit is marked out of 100. The award is made to participants whose three Summits average 50 per "
        "cent or more, provided that no single Summit is below 40 per cent. The university's examination board confirms the "
        "awards in July.")
para(d, "Ends. Next forecast: March 2009.", italic=True)

d.save(OUT)
print("wrote", OUT)
