"""lv-01-kestrel-tor-training-plan

Provider (invented): Kestrel Tor Falconry and Birds of Prey Conservation Centre,
Dartmere, with the University of Dartmere (validating) and Tamarshire County
Council, applying in October 2008 to run the National Award for SEN
Coordination from January 2009.

Document kind and layout: the centre's own hawk Training Plan form (Form
KT-TP3, "Manning to Entering"), the form it fills in for every bird, reused to
set out the course. Parts A-J follow the form (The Bird, Weight and Condition,
Furniture, The Falconers, Stages of Training, Flying Ground, Field Reports,
Progress Board, Welfare, Keeping the Mews in Order). The form's grey italic
prompts are left in under every Part (never answers). No heading styles for
the Parts: titles are bold capitalised Normal paragraphs on shaded bands.
House vocabulary: participants are "handlers", tutors "Falconers", school
mentors "Cadgers", study days "Flying Days", the seven units "Stages"
(Manning ... Hacking Back), assessed tasks "Field Reports", the pre-course
audit the "Condition Score", the course handbook the "Mews Book", the online
forum "the Perch". A header and footer. A table of Stages with a merged cell,
a Progress Board of 28 outcomes in the centre's own words, grouped by merged
shaded rows, keyed in a "Terms we use" glossary table in Part A far above it
("Flown free" = marked in a Field Report; "Creance only" = practised on a
Flying Day on a line, never marked; "Not yet taken up" = not in this year's
programme). Tracked changes (one whole inserted paragraph, one deleted
sentence, one deleted Progress Board row), two Word comments, a VML text box.

Traps (requirement ids):
- "[credits TBC with the University]" placeholder: masters level stated but no
  credit value (E.2 partially_met).
- Reading lists "kept fresh" and "the latest thinking" with nothing named (1.3
  partially_met).
- Hearing pupils' own views only hoped for ("something we hope to add") (1.5
  not_met); the matching Progress Board row is "Not yet taken up" (6.S7 not_met).
- Some outcomes "Creance only" (practised, never marked): 6.A3, 6.A7, 6.K4,
  6.S2d, 6.S5 partially_met; so assessment does not cover all outcomes (1.9
  partially_met).
- Disability equality row deleted by a tracked row deletion (6.K3 not_met).
- "We do not offer a fast-track or assessment-only route"; the neighbouring
  Exe Valley Owl Sanctuary's route is another provider's (2.3 not_met).
- Tailoring stated generally, no word on progression or cost (2.4 partially_met).
- One fixed September start, fixed order of Stages, only a Wednesday or
  Saturday choice (3.2 partially_met).
- The Perch: peer forum, Falconers "do not post on the Perch" (3.3
  partially_met: e-learning present, no tutor support online).
- Reasonable adjustments paragraph exists only as a whole tracked insertion
  (3.1 met; an inserted paragraph is part of the submission).
- CRB checks are on the centre's staff and volunteers who meet school parties,
  not on candidates; a comment suggests adding candidates; the footer says
  "All handlers CRB checked" (footer never evidence) (5.3 not_met).
- Specialists visit, but "handlers do not go out on placement" (5.5 partially_met).
- External examiner sentence deleted by tracked change; Field Reports marked
  only by the Stage's Falconer (5.8 partially_met).
- Pupil achievement impact only "we would like" (5.9 partially_met).
- Award on "passing all four Field Reports", not tied to outcomes (6.0
  partially_met).
- Text box "Flying Day kit list" is practical only; the Centre's "Bird
  Welfare Audit" is not school self-evaluation (6.K7 is met by its own row).
"""
from pathlib import Path
from _lv_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A1, A2 = "R. Pengelly", "J. Hext"
D1, D2 = "2008-10-14T09:12:00Z", "2008-10-21T16:40:00Z"

d = new_doc()
header_footer(d, "Kestrel Tor Falconry & Birds of Prey Conservation Centre - Form KT-TP3 Training Plan (Manning to Entering)",
              "KT-TP3 rev 4 - All handlers CRB checked - Page")


def part(title):
    return para(d, title, bold=True, size=12, shade="E2D3B5")


para(d, "KESTREL TOR FALCONRY & BIRDS OF PREY CONSERVATION CENTRE", bold=True, size=15, align="center")
para(d, "TRAINING PLAN: MANNING TO ENTERING (Form KT-TP3)", bold=True, size=13, align="center")
para(d, "Completed for: The Kestrel Tor SENCo Award (National Award for SEN Coordination), first flight January 2009",
     italic=True, align="center")
prompt(d, "Bird's name: ______   Species: ______   Ring no.: ______   Hatch date: ______   Hood size: ______")
table(d, [["Plan owner", "Flying weight", "Plan agreed by", "Date"],
          ["Ruth Pengelly, Education Manager", "n/a", "Jack Hext, Head Falconer; Dr Anna Carew, University of Dartmere", "20 October 2008"]])
para(d, "")
para(d, "Every bird at Kestrel Tor has a Training Plan on this form, pinned on the mews door, and every falconer "
        "knows how to read one. When the Centre's education team and the University of Dartmere agreed to run a "
        "course for special educational needs coordinators, we decided to write the course on the same form, "
        "because it is the way we think about bringing on anything new: patiently, stage by stage, weighing "
        "progress as we go and never flying a bird free until it is ready. The prompts printed on the form are "
        "left in; our answers follow them.")

part("PART A. THE BIRD (WHO THE PLAN IS FOR)")
prompt(d, "Describe the bird, its origin and temperament, and why it is being trained.")
para(d, "The plan is for the people we call handlers: teachers who are newly appointed as SENCO in a maintained "
        "school in Tamarshire, Plymstock or West Dartmere, and who must gain the National Award for SEN "
        "Coordination within three years of taking up the post. We take twenty-four handlers a year. Most come "
        "to us from the primary schools that already bring classes to the Centre on our schools programme, and "
        "several of them first met us when a pupil with autism or with severe anxiety found it could stand still "
        "and calm for a hooded owl when it could stand still for nothing else.")
para(d, "The purpose of the Kestrel Tor SENCo Award is plain: to raise the achievement and improve the "
        "well-being of children and young people with special educational needs and disabilities in the "
        "handlers' schools, so that they are healthy, stay safe, enjoy and achieve, make a positive contribution "
        "and achieve economic well-being. Every Stage names which of these five outcomes it serves, each Field "
        "Report asks the handler to show the difference made for named pupils, and the aims in the Mews Book "
        "are written in terms of pupils, not of handlers.")
para(d, "The course leads to the Postgraduate Certificate in Special Educational Needs Coordination, which the "
        "University of Dartmere validates and awards. The University's Faculty of Education approved the "
        "course at a validation event on 2 October 2008 as a masters level programme of [credits TBC with the "
        "University] credits, and the University's quality office monitors it through its annual review.")
para(d, "Terms we use", bold=True)
para(d, "Falconers use a few words that mean something exact. These are the ones used in this plan.")
table(d, [["Term", "What it means in this plan"],
          ["Handler", "A SENCO taking the course."],
          ["Falconer", "A course tutor. Every Falconer is a qualified teacher with SENCO experience (see Part D)."],
          ["Cadger", "The handler's mentor in school: an experienced SENCO or senior leader from a nearby school."],
          ["Flying Day", "A taught day at the Centre's Education Barn, 9.30 to 4.00."],
          ["Stage", "One of the seven units of the course (Part E)."],
          ["Field Report", "One of the four marked pieces of work (Part G)."],
          ["Flown free", "On the Progress Board: worked on at the Stage shown and marked in the Field Report shown."],
          ["Creance only", "On the Progress Board: practised on a Flying Day on a line, as we fly a young bird on the creance, "
                           "but not marked in any Field Report."],
          ["Not yet taken up", "On the Progress Board: not in this year's programme."],
          ["The Perch", "The course's online forum (Part I)."],
          ["Mews Book", "The course handbook every handler, Falconer and Cadger receives."]], widths=[3.5, 13])
para(d, "")

part("PART B. WEIGHT AND CONDITION")
prompt(d, "Record the bird's weight on arrival, its condition score and the flying weight to be aimed for.")
para(d, "Before a hawk is manned we weigh it and score its condition, and we plan its feeding from there. Each "
        "handler does the same. Entry is for teachers with Qualified Teacher Status who hold, or have been "
        "appointed to, the SENCO post in their school. The application is signed by the headteacher, who "
        "confirms the post and agrees release for the Flying Days and the support of a Cadger. Ruth Pengelly "
        "interviews each applicant by telephone or at the Centre to check that the applicant's teaching "
        "experience and present knowledge of SEN are enough to benefit from the course and reach its outcomes; "
        "an applicant who is not yet ready is advised to take the county's Inclusion Foundation course first and "
        "reapply.")
para(d, "In the month before Stage 1 every handler completes the Condition Score: a self-audit against each of "
        "the outcomes on the Progress Board, scored from 1 (new to me) to 4 (I do this well and could show "
        "others), with one piece of evidence for any score of 3 or 4. The handler's Falconer and Cadger go "
        "through it with the handler at the first Flying Day and together they write the handler's Individual "
        "Flying Plan: three personal targets, drawn from the lowest-scored outcomes, which the handler carries "
        "into the Field Reports, and the choice of which Extra Flights (optional Flying Day workshops) to take.")
para(d, "Handlers who have already studied SEN at masters level may ask for that study to be credited: the "
        "University's Accreditation of Prior Learning procedure allows up to 20 credits to be carried in. "
        "Experienced SENCOs may also claim credit for what they have learned in post by presenting a Prior "
        "Experience portfolio, which a Falconer and a University tutor assess against the Stage outcomes; "
        "credit awarded this way exempts the handler from the matching Field Report.")
para(d, "We do not offer a fast-track or assessment-only route; every handler flies every Stage. Our neighbours "
        "at the Exe Valley Owl Sanctuary run an assessment-only route for experienced SENCOs through their own "
        "university partner, and we refer enquirers who want that route to them.")
para(d, "Within the course every handler works to the same seven Stages, but the Individual Flying Plan and the "
        "Extra Flights mean that the time spent, and the pupils chosen for the Field Reports, follow the "
        "handler's own needs. We have tried to keep the course tailored to each handler wherever we can.")

part("PART C. FURNITURE AND EQUIPMENT")
prompt(d, "List jesses, leash, swivel, bells, hood, telemetry, lure, glove, scales and creance issued with the bird.")
para(d, "The Education Barn seats thirty, with a projector, an interactive whiteboard and six laptops with "
        "the assessment and provision mapping software used in Tamarshire schools. The SEN resource room off "
        "the barn holds the course library (some four hundred titles and the current journals), a set of "
        "standardised assessment materials handlers may borrow, and a sensory and communication resources "
        "collection including switch access devices, a Clicker 5 licence and symbol software lent by the "
        "county's Communication Aids service. Handlers have University library and e-journal access from "
        "enrolment.")
text_box(d, ["Flying Day kit list",
             "Bring: your Mews Book, your Individual Flying Plan, a packed lunch or order from the cafe, boots for "
             "the afternoon flying display, and a coat. Gloves are provided. Please do not wear perfume near the "
             "owls. Parking is free in the top field."], height_pt=80)

part("PART D. THE FALCONERS")
prompt(d, "Name the falconer responsible for the bird and anyone else who will handle it.")
para(d, "The course is led by Ruth Pengelly, the Centre's Education Manager, a former SENCO of twelve years in "
        "two Tamarshire primary schools, who holds an MA in Special and Inclusive Education. The two other "
        "Falconers are Mark Tregear, until 2007 the SENCO and deputy head of a Plymstock secondary school and an "
        "accredited assessor for specific learning difficulties, and Dr Helen Vosper, a senior lecturer in "
        "inclusive education at the University of Dartmere who chairs the county's SEN moderation group. All "
        "three keep their specialist knowledge current: each spends at least five days a year in schools "
        "working alongside SENCOs and attends the county's termly SENCO network, and the University funds "
        "each to attend one national SEN conference a year.")
para(d, "Visiting specialists teach within the Stages: an educational psychologist from the county's service, "
        "a speech and language therapist from the Tamarshire NHS Trust, the county's sensory support team and "
        "the Parent Partnership coordinator. Handlers do not go out on placement; the Flying Ground for every "
        "Stage is the handler's own school (Part F).")
para(d, "Cadgers are recruited from the county's network of experienced SENCOs and are paid a fee. Every "
        "Falconer and Cadger is given the Mews Book, which sets out what each of them does at each Stage, and "
        "Cadgers attend a half-day Cadger Briefing at the Centre before Stage 1 and a second before the final "
        "Field Report. A Falconer visits each Cadger once in the year to check that the mentoring is being done "
        "as the Mews Book sets it out.")

part("PART E. STAGES OF TRAINING")
prompt(d, "For each stage give the target, the number of sessions and what must be seen before moving on.")
para(d, "A young hawk is manned until it will sit calmly on the fist, then brought to the fist for food, flown "
        "on a line (the creance), flown free, brought to the lure, entered to quarry and, for our conservation "
        "birds, hacked back to the wild. The course has seven Stages named for these steps. Each Stage has two or "
        "three Flying Days and a task in school between them.")
t = table(d, [["Stage", "Flying Days", "What it covers", "Field Report"],
              ["1 Manning", "2 (Jan)", "The SENCO's role; the SEN Code of Practice 2001 and the Education "
               "Act 1996, and how to put them into practice in school; Every Child Matters and the five "
               "outcomes; the school's SEN policy; prioritising and managing the SENCO's own time.", "Field Report 1"],
              ["2 To the Fist", "3 (Feb-Mar)", "Identifying pupils who may have SEN; the common types of need "
               "(behavioural, emotional and social difficulties, dyslexia and other specific learning "
               "difficulties, speech, language and communication needs, autistic spectrum disorders, moderate "
               "learning difficulties) and their effects on learning; child development and how SEN and the "
               "environment affect it; using assessments from other professionals.", "Field Report 1"],
              ["3 On the Creance", "3 (Apr-May)", "Target setting, planning interventions and reviewing "
               "progress; using national test and teacher assessment data to track progress; formative "
               "assessment; access arrangements for tests and examinations; approaches, strategies and ICT for "
               "teaching and learning.", "Field Report 2"],
              ["4 Free Flight", "2 (Jun)", "Provision mapping and management; deploying and managing "
               "teaching assistants; reviewing provision with colleagues; school self-evaluation and SEN.",
               "Field Report 2"],
              ["5 Lure and Stoop", "3 (Sep-Oct)", "Leading colleagues: gaining the support of the head and "
               "senior team; training, coaching and mentoring colleagues; working with governors on policy and "
               "resources.", "Field Report 3"],
              ["6 Entering", "2 (Nov)", "Working with parents and carers; working with other services and "
               "agencies, including voluntary organisations; research and best practice on SEN.", "Field Report 3"],
              ["7 Hacking Back", "1 (Dec)", "Review of the year and the handler's next professional targets.",
               "Field Report 4"]], widths=[2.6, 2.2, 9, 2.7])
t.cell(6, 3).merge(t.cell(5, 3))
t.cell(5, 3).text = "Field Report 3 (covers Stages 5 and 6)"
para(d, "")
para(d, "Stage 1 Manning. As a newly taken hawk learns to sit on the glove amid noise and people, the new "
        "SENCO learns to sit calmly in the role. Handlers study the Code of Practice and the SEN "
        "duties of the Education Act 1996 and map their school's practice against them, and they look at what the five Every "
        "Child Matters outcomes ask of the SENCO. The second Flying Day is given to managing the job: "
        "handlers keep a two-week time log, and on the day they practise prioritising and delegating with "
        "case studies, though this is not marked.")
para(d, "Stage 2 To the Fist. Handlers learn to spot need early. The educational psychologist and the speech "
        "and language therapist each lead a session on the types of need and on how to use their reports in "
        "planning teaching. A session on child development looks at how the environment of home and school "
        "shapes development; handlers work through it with case studies on the day, and it is not marked.")
para(d, "Stage 3 On the Creance. Handlers work on targets, interventions and review. They learn to use "
        "national test and teacher assessment data to track progress and to change a programme that is not "
        "working, and they plan how to help class teachers use formative assessment with pupils with SEN. "
        "Access arrangements for national tests and examinations are covered with the county's examinations "
        "officer, with a timeline exercise on the day; this part is practised but not marked.")
para(d, "Stage 4 Free Flight. Handlers draw up a provision map for a year group, cost it, and identify "
        "provision that is not working or is missing. They plan how teaching assistants are deployed and "
        "managed. With colleagues they review the effectiveness of one intervention and write up how the "
        "result feeds the school's self-evaluation form, and they study the principles of school "
        "self-evaluation and improvement as they bear on outcomes for pupils with SEN.")
para(d, "Stage 5 Lure and Stoop. Handlers plan how to win the commitment of the head and senior leaders and "
        "present a proposal to them, and they work with their link governor on the school's SEN policy, "
        "priorities and resources. They practise observing a colleague and giving feedback, coaching and "
        "planning a training session for staff; the coaching practice happens on the Flying Days and in school "
        "and is not marked.")
para(d, "Stage 6 Entering. Parents and carers: handlers plan and hold a review meeting with parents and "
        "reflect on how they listened and how they built a fair and constructive relationship with the family "
        "and the pupil. Other services: handlers map the agencies and voluntary organisations in their area "
        "and show how they got specialist support for one pupil. Handlers read research on an intervention of "
        "their choice and judge the evidence for it.")
para(d, "Stage 7 Hacking Back. When a conservation bird is hacked back it is given its freedom in stages from "
        "a hack box and watched until it is independent. Our last Stage does the same for the handler: at a "
        "one-to-one Hacking Back review with the Falconer and the Cadger, the handler looks back over the "
        "Condition Score and sets next professional targets for the following two years, including further "
        "study towards the University's MA in Inclusive Education, for which the Award's credits count. Keeping "
        "up to date with SEN after the course and planning one's own professional development is discussed at "
        "this review but is not marked.")
para(d, "A session on hearing pupils' own views about their provision, and on bringing pupils into planning "
        "and reviewing it, is something we hope to add when the Centre's young rangers' group is up and running.")

part("PART F. FLYING GROUND")
prompt(d, "Where will the bird be flown, and by whom? Note any hazards on the ground.")
para(d, "Every Stage ends with a task in the handler's own school, agreed with the Cadger and tied to the "
        "outcomes the Stage serves: a policy audit after Stage 1, a case study of one pupil after Stage 2, an "
        "intervention with baseline and follow-up measures after Stage 3, a provision map after Stage 4, a staff "
        "training session after Stage 5 and a parent review meeting after Stage 6. The Cadger visits at least "
        "three times in the year to see the handler at work, and the tasks become the Field Reports. Because each "
        "task changes something in the school, by the end of the course every handler has made a change in "
        "practice that the Cadger has seen and the Field Report records. The same tasks build the handler's "
        "skill in advising and working with colleagues within the school and with other schools in the "
        "cluster, and in supporting and working with parents and carers.")

part("PART G. FIELD REPORTS")
prompt(d, "How will you judge that the bird is ready to move on? Record weights and responses at each stage.")
para(d, "There are four Field Reports, each of 3,000 to 4,000 words with evidence from school. Each Field "
        "Report is marked by the Falconer who taught the Stage against the outcomes listed for it on the "
        "Progress Board, using the University's masters level criteria.")
p = para(d, "Each Field Report is marked by the Falconer who taught the Stage. ")
dele(p, "A sample of every Field Report is second marked by another Falconer and the University's external "
        "examiner, Professor Alan Fenwick, moderates the marks each summer.", A2, D2)
para(d, "Field Report 1 (Stages 1 and 2): a policy audit and a case study of a pupil with SEN. Field Report 2 "
        "(Stages 3 and 4): an intervention with baseline and follow-up measures, and a provision map with a "
        "review of one intervention. Field Report 3 (Stages 5 and 6): a leadership proposal, a record of work "
        "with a colleague and the governor, a parent review and an agency map. Field Report 4 (Stage 7): a "
        "reflective review of the year.")
para(d, "The Kestrel Tor SENCo Award is made to handlers who pass all four Field Reports.")

part("PART H. PROGRESS BOARD")
prompt(d, "Tick each response as it is seen: steps to fist / jumps to fist / flies to fist on creance / flies free / comes to lure / takes quarry.")
para(d, "The Progress Board is how we keep track of what each handler is learning. It uses the terms set out "
        "in Part A.")
rows = [["Code", "What the handler learns (in our words)", "Stage", "Progress"],
        ["THE BIRD'S TEMPERAMENT", None, None, None],
        ["KT1", "Fair, respectful and constructive relationships with pupils with SEN and with their families", "6", "Flown free: FR3"],
        ["KT2", "Winning the commitment of colleagues, the head and senior leaders", "5", "Flown free: FR3"],
        ["KT3", "Managing own time, putting first things first, delegating", "1", "Creance only"],
        ["KT4", "Seeing problems coming and solving them; sound judgement about provision", "4", "Flown free: FR2"],
        ["KT5", "Speaking and writing clearly; listening to the views of others", "5, 6", "Flown free: FR3"],
        ["KT6", "Using research and outside advice to improve own and colleagues' teaching", "6", "Flown free: FR3"],
        ["KT7", "Keeping up to date and owning one's professional development in SEN", "7", "Creance only"],
        ["WHAT THE HANDLER KNOWS", None, None, None],
        ["KT8", "SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Flown free: FR1"],
        ["KT9", "Every Child Matters: its outcomes and the SENCO's part", "1", "Flown free: FR1"],
        ["KT10", "Disability equality law and what it requires schools to do", "1", "Flown free: FR1"],
        ["KT11", "How children develop; how SEN, disability and surroundings affect development", "2", "Creance only"],
        ["KT12", "The common types of SEN and disability and how they affect learning", "2", "Flown free: FR1"],
        ["KT13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "3", "Flown free: FR2"],
        ["KT14", "School self-evaluation and improvement for SEN outcomes", "4", "Flown free: FR2"],
        ["KT15", "Research and best practice in meeting SEN", "6", "Flown free: FR3"],
        ["KT16", "What outside agencies do and how to get specialist help", "6", "Flown free: FR3"],
        ["WHAT THE HANDLER CAN DO", None, None, None],
        ["KT17", "Working with senior colleagues and governors on inclusive policy, priorities and resources", "5", "Flown free: FR3"],
        ["KT18", "Identifying pupils, setting stretching targets, planning interventions, reviewing progress", "2, 3", "Flown free: FR1, FR2"],
        ["KT18a", "Using other professionals' assessments to shape teaching", "2", "Flown free: FR1"],
        ["KT18b", "Using national test and other summative data to track and adjust", "3", "Flown free: FR2"],
        ["KT18c", "Helping teachers use formative assessment with pupils with SEN", "3", "Flown free: FR2"],
        ["KT18d", "Access arrangements for tests and examinations, in good time", "3", "Creance only"],
        ["KT19", "Provision mapping; finding provision that is weak or missing", "4", "Flown free: FR2"],
        ["KT20", "Deploying and managing support staff", "4", "Flown free: FR2"],
        ["KT21", "Coaching, mentoring, observing and training colleagues", "5", "Creance only"],
        ["KT22", "Reviewing provision with colleagues to feed self-evaluation", "4", "Flown free: FR2"],
        ["KT23", "Pupils taking part in planning and reviewing their own provision", "-", "Not yet taken up"],
        ["KT24", "Working with parents and carers", "6", "Flown free: FR3"],
        ["KT25", "Partnership with other services, agencies and voluntary bodies", "6", "Flown free: FR3"]]
t = table(d, rows, widths=[1.6, 10, 1.5, 3.4])
for i, row in enumerate(rows):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        c.text = row[0]
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "E2D3B5")
delete_row(t, 12, A2, D2)
para(d, "")
d.add_comment(para(d, "Progress is reviewed with the handler at every Flying Day.").runs,
              "Jack: the KT10 row came out because disability law is now only in the Stage 1 reading. OK?", author=A1, initials="RP")

part("PART I. WELFARE")
prompt(d, "Note any injury, illness or special needs of the bird and how they will be managed.")
para(d, "Every bird has its own needs and we plan for them. Our course publicity and application form invite "
        "applicants to tell us about any disability or health condition, and the Education Barn, the resource "
        "room and the toilets are on one level with level parking.")
inserted_paragraph(d, "Where a handler tells us of a disability we agree reasonable adjustments with them before "
                      "Stage 1, for example handouts in large print or on coloured paper, a reader or extra time "
                      "for any timed task, a British Sign Language interpreter on Flying Days, or an extended "
                      "deadline for a Field Report, and the Cadger and the University are told of the adjustments "
                      "with the handler's consent. The same adjustments follow the handler into selection and "
                      "assessment.", A1, D1)
para(d, "The course starts once a year, in January, and the Stages run in the order above. Each Flying Day is "
        "held on a Wednesday and repeated, with the same content, on the following Saturday, so a handler who "
        "cannot be released midweek can come on Saturdays.")
p = para(d, "Between Flying Days handlers can use the Perch, an online forum on the University's virtual learning "
            "environment, to share resources and talk through their school tasks with one another. The Falconers "
            "do not post on the Perch; questions go to them at the next Flying Day.")
d.add_comment(p.runs, "Should we say the Falconers read it weekly? They don't at present.", author=A2, initials="JH")

part("PART J. KEEPING THE MEWS IN ORDER")
prompt(d, "Record cleaning, disinfection and inspection of the mews, and by whom.")
para(d, "The course is reviewed the way we review our bird care. Handlers complete an evaluation after every "
        "Flying Day and at the end of each Stage; the Falconers meet after each Stage to read the evaluations "
        "and the Field Report results and agree changes for the next cohort, which are recorded in the course "
        "log. The University's annual monitoring report brings in the Faculty's review and "
        "the course's recruitment and results data, and the county's SEN adviser observes two Flying Days a year and reports to the "
        "course steering group.")
para(d, "The steering group meets each term. It has two headteachers, two serving SENCOs, the county's SEN "
        "adviser, a parent from the Tamarshire Parent Partnership and a former handler. It receives the "
        "evaluation summaries, the Field Report results and the observers' reports, and it agrees the action "
        "plan for the following year; headteachers of handlers' schools are also asked to complete a short "
        "questionnaire at the end of the course on the difference the Award has made in school.")
para(d, "The course was designed from evidence. In spring 2008 we surveyed the headteachers and SENCOs of the "
        "112 schools on our schools programme (71 replied) and the county's SEN team. They asked for practical "
        "work tied to the SENCO's own school, for help with provision mapping and working with teaching "
        "assistants, and for Saturday sessions. In summer 2008 we ran two trial Flying Days with eighteen "
        "SENCOs; after them we moved provision mapping from Stage 6 to Stage 4, added the Saturday repeat days, "
        "and added the session on access arrangements at the request of two secondary SENCOs.")
para(d, "Handlers' competence and confidence are measured by the Condition Score taken again at the end of "
        "Stage 7, which the Falconers compare with the first score, and by the Cadger's end-of-year report. We "
        "would like, in time, to find a way of measuring the difference the course makes to the attainment of "
        "the pupils in handlers' schools.")
para(d, "Our reading lists are kept fresh and the Falconers make sure the course always reflects the latest "
        "thinking in special educational needs and disability.")
para(d, "Safeguarding. All Centre staff and volunteers who meet school parties hold an enhanced CRB disclosure, "
        "checked by the Centre Manager and renewed every three years, and the Centre's child protection policy "
        "is reviewed each year with the county's safeguarding officer.")
para(d, "")
para(d, "Signed: Ruth Pengelly (plan owner)     Jack Hext (Head Falconer)     20 October 2008", italic=True)

d.save(OUT)
print("wrote", OUT)
