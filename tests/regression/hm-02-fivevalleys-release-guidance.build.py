"""hm-02-fivevalleys-release-guidance: build script.

Provider (invented): the Five Valleys SEN Partnership, a regional SEN
partnership of five small rural local authorities (Hartside County Council,
Glenmarsh Council, Easterfold Borough Council, Wyvelow Council, Kirkwhin County
Council), applying with the University of Caldmoor, which awards the credits.

Document kind and layout: the partnership's finance and business-support
guidance to headteachers, governors and school business managers on releasing
a SENCO for the award: release time, supply cover, travel, subsistence and
claims, issued as a numbered guidance note (ref. FVSP/Fin/08/03) and sent as
the application with a shaded note for the panel. The partnership's own
vocabulary: Centre Days (taught, at hub venues), Gap Days (funded school-based
release days), a Link Day (a funded placement day), the Starting Conversation,
the Individual Release and Training Plan, ValleyLink (the online area), the
Next Steps Planner, four Valley Units and four Portfolio Tasks. Layout: a
letterhead typed with manual line breaks, a reference field table, a VML text
box "Quick guide", Heading 1/2 styles with hand-typed section numbers (1-11,
which collide with requirement ids, e.g. "3.3 Link Day", "5.3 Disabled
participants"), a release calendar with merged term cells and per-hub venue
columns, a mileage-rate table, numbered claim steps in Word's List Number
style, Annex A (the units and tasks, each unit a "You will..." paragraph with an
"Assessed in:" line), Annex B (a blank claim form whose field prompts are never
answers), Annex C (staff and resources). Footnotes (mileage rates), comments by
the finance officer, tracked changes (a deleted laptop offer, an inserted
February start), header and footer.

Traps (requirement ids):
- Level of the 60 credits "will be confirmed at the University's validation
  event" -> E.2 partially_met (condition / plan).
- Aims speak only of attainment ("raise the attainment") -> 1.1 partially_met.
- Disability Discrimination Act named only for the partnership's duties to
  disabled participants, never as course content (wrong context) -> 6.K3
  not_met and 1.4 partially_met; those duties are limited to travel costs ->
  3.1 partially_met.
- "Commitment" asked of the headteacher to release the SENCO (wrong context,
  the head's commitment, not the participant gaining it) -> 6.A2 not_met.
- "Deploying cover staff" is the school's job in the supply-cover section
  (wrong context) -> 6.S4 not_met.
- Child development appears nowhere -> 6.K4 not_met.
- Stakeholders "consulted widely" and views "shaped the course", no detail
  -> 4.2 partially_met (generic).
- Laptop for each participant is a tracked DELETION; schools' own ICT is the
  school's matter -> 5.6 partially_met (tracked-changes, someone else's).
- Heads' impact return asks about pupils, but "measures ... will be developed"
  -> 5.9 partially_met (plan).
- Award on passing four tasks and attendance, not on all outcomes -> 6.0
  partially_met; outcomes covered but not assessed -> 1.9 partially_met.
- Assessment-only route offered though no release is funded for it (a
  condition on money, not on the route) -> 2.3 met.
- CRB: head confirms, partnership checks personnel records, new check if out of
  school more than three months -> 5.3 met.
- Outcomes: covered not assessed 6.A3, 6.K6, 6.S2b, 6.S8; formative only 6.S5
  ("does not count towards the Award"); assessed but not taught 6.A5.
- The claim form's prompts (Annex B), the header, footer and comments are
  never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.shared import Pt, RGBColor
from _hm_helpers import (Footnotes, add_del, add_ins, bold_title, comment, header_footer,
                         linebreak_para, para, set_cell, shade, shade_par, table, text_box)

OUT = Path(__file__).resolve().with_name("hm-02-fivevalleys-release-guidance.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
header_footer(doc, "Five Valleys SEN Partnership - Finance and Business Support - Guidance Note FVSP/Fin/08/03",
              "Issued to all maintained schools in the five authorities. Check ValleyLink for the current "
              "version. The Award meets every national standard.")


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


linebreak_para(doc, ["FIVE VALLEYS SEN PARTNERSHIP", "Partnership Business Centre, Old Grammar School, "
                     "Market Street, Glenmarsh", "Tel 01987 440 120   valleys.sen@fivevalleys.gov.uk"])
t = doc.add_heading("Releasing your SENCO for the Five Valleys Award for SEN Coordination, 2008-09", 0)
para(doc, "Guidance for headteachers, governors and school business managers on release time, supply cover, "
          "travel, subsistence and claims")
rows = [
    ["Reference", "FVSP/Fin/08/03"],
    ["Issued by", "Partnership Finance and Business Support, on behalf of the Five Valleys SEN Partnership"],
    ["Applies to", "Hartside, Glenmarsh, Easterfold, Wyvelow and Kirkwhin maintained schools"],
    ["Date", "June 2008"],
    ["Replaces", "FVSP/Fin/07/02 (pilot year)"],
]
tr = table(doc, rows, bold_header=False)
for i in range(len(rows)):
    shade(tr.cell(i, 0), "E7E6E6")

note = doc.add_paragraph()
shade_par(note, "E2EFDA")
r = note.add_run("Note for the TDA panel. ")
r.bold = True
note.add_run(
    "This guidance goes to every school whose SENCO joins the Award. We have sent it as our application "
    "because in five small rural authorities release, travel and cover decide who can take part, and almost "
    "every arrangement of the Award shows up here. Annex A (the units and tasks) and Annex C (staff and "
    "resources) were written with the panel in mind. The Award is run by the Partnership and awarded by the "
    "University of Caldmoor.")

text_box(doc, [
    "Quick guide",
    "8 Centre Days at three hub venues, 6 Gap Days in school, 1 Link Day in a special setting.",
    "Supply cover paid at GBP 165 a day for every Centre, Gap and Link Day.",
    "Mileage at 40p a mile beyond the first 10 miles; car sharing encouraged.",
    "Claims within 30 days of each half term on form FVSP/C1 (Annex B).",
], height_pt=95, fill="FCE4D6")

# ----------------------------------------------------------------------------- 1
h1("1  About this guidance")
para(doc, "Every school in the Five Valleys is small by national standards, and most are many miles from the "
          "nearest neighbour. A SENCO who cannot be released cannot train. This guidance sets out what the "
          "Partnership pays for, what the school pays for, and how to claim. It replaces last year's pilot "
          "guidance. Where this guidance and the University's regulations differ on anything to do with "
          "study or assessment, the University's regulations apply.")
para(doc, "The Partnership believes every child in the Valleys deserves a SENCO who is trained, confident and "
          "supported. Headteachers, SENCOs and LA officers were consulted widely during 2007-08 and their "
          "views have shaped the course.")
para(doc, "The need is plain. The five authorities' 2007 SEN workforce audit found that 58 of the 212 SENCOs "
          "in the Valleys had been in post for less than two years, that one in three was also the "
          "headteacher, and that the average return journey to the nearest LA training venue was 54 miles. "
          "Headteachers' returns to the same audit named release and cover as the main barrier to SENCO "
          "training, and SENCOs named working with other agencies and leading colleagues as their greatest "
          "needs.")

# ----------------------------------------------------------------------------- 2
h1("2  The Award in brief")
rows = [
    ["Title", "Five Valleys Award for SEN Coordination (Postgraduate Certificate)"],
    ["Awarded by", "University of Caldmoor, Faculty of Education"],
    ["Credits", "60 credits. Whether these are at level 6 or level 7 will be confirmed at the University's "
                "validation event in July 2008."],
    ["Length", "One school year, part time; a February start is also possible (see 8.4)"],
    ["Aim", "To raise the attainment of pupils with special educational needs in Five Valleys schools by "
            "developing the knowledge and skills of their SENCOs"],
    ["Structure", "Four Valley Units, taught on Centre Days and applied on Gap Days; four Portfolio Tasks "
                  "(Annex A)"],
    ["Fee", "GBP 900, paid by the Partnership from the five authorities' pooled training budget; no charge to "
            "schools"],
]
tb = table(doc, rows, bold_header=False)
for i in range(len(rows)):
    shade(tb.cell(i, 0), "E7E6E6")

# ----------------------------------------------------------------------------- 3
h1("3  Release: Centre Days, Gap Days and the Link Day")
para(doc, "The Award needs fifteen days of release across the year. The Partnership funds supply cover for "
          "all fifteen (section 4).")
h2("3.1 Centre Days")
para(doc, "Centre Days are taught days at one of three hub venues, chosen so that no school is more than "
          "forty minutes' drive from one. Each SENCO attends the hub nearest to their school but may attend "
          "another hub for any single day.")
rows = [
    ["Term", "Day", "Date", "North hub (Kirkwhin)", "Central hub (Glenmarsh)", "South hub (Wyvelow)"],
    ["Autumn 2008", "Centre Days 1-2 (residential)", "25-26 Sept", "Whinfell Lodge, all hubs together",
     None, None],
    [None, "Centre Day 3", "6 Nov", "Kirkwhin Teachers' Centre", "Old Grammar School", "Wyvelow Library"],
    ["Spring 2009", "Centre Day 4", "15 Jan", "Kirkwhin Teachers' Centre", "Old Grammar School",
     "Wyvelow Library"],
    [None, "Centre Day 5", "12 Mar", "Kirkwhin Teachers' Centre", "Old Grammar School", "Wyvelow Library"],
    ["Summer 2009", "Centre Days 6-7", "7 and 21 May", "Kirkwhin Teachers' Centre", "Old Grammar School",
     "Wyvelow Library"],
    [None, "Centre Day 8", "2 July", "University of Caldmoor (all hubs)", None, None],
]
tc = table(doc, rows, header_fill="D9E1F2", size=9)
set_cell(tc.cell(1, 3).merge(tc.cell(1, 5)), "Whinfell Lodge, all hubs together", size=9)
set_cell(tc.cell(6, 3).merge(tc.cell(6, 5)), "University of Caldmoor (all hubs)", size=9)
set_cell(tc.cell(1, 0).merge(tc.cell(2, 0)), "Autumn 2008", bold=True, size=9)
set_cell(tc.cell(3, 0).merge(tc.cell(4, 0)), "Spring 2009", bold=True, size=9)
set_cell(tc.cell(5, 0).merge(tc.cell(6, 0)), "Summer 2009", bold=True, size=9)

h2("3.2 Gap Days")
para(doc, "Gap Days are six funded days in the SENCO's own school, two in each term, for the school-based "
          "work of the Portfolio Tasks: observing, interviewing pupils and parents, meeting colleagues, "
          "mapping provision and trying out changes. They are not extra planning time. The SENCO and the "
          "headteacher agree the dates at the Starting Conversation (7.3) and record them in the Individual "
          "Release and Training Plan.")
h2("3.3 Link Day")
para(doc, "Every participant spends one funded Link Day in a special school, resource base or specialist "
          "service chosen from the Partnership's list of eleven host settings, with a briefed host who "
          "plans the day around the participant's Portfolio Task 2. Travel to the Link Day is claimed in the "
          "usual way.")

# ----------------------------------------------------------------------------- 4
h1("4  Supply cover")
para(doc, "The Partnership pays GBP 165 for each Centre, Gap and Link Day the SENCO attends, whether or not "
          "the school uses a supply teacher. Where the SENCO is also the headteacher, the payment may be "
          "used for an acting head or for a teacher's extra hours.")
h2("4.1 What the school does")
para(doc, "Deploying cover staff is the school's responsibility. Schools should plan cover well before each "
          "Centre Day; the Partnership does not supply or book supply teachers, but the list of registered "
          "supply teachers in each authority is on ValleyLink.")
p = para(doc, "We ask for your commitment as headteacher to release your SENCO on every one of the fifteen "
              "days and to protect Gap Days from being used for cover.")
comment(doc, p, "Do we want to say what happens if a school repeatedly cancels Gap Days? - PB",
        author="Pat Brennand", initials="PB")
h2("4.2 What is not funded")
para(doc, "Cover for twilight meetings, for tutorials held after school, or for days missed without notice is "
          "not funded.")

# ----------------------------------------------------------------------------- 5
h1("5  Travel")
h2("5.1 Mileage")
p = para(doc, "Mileage is paid for journeys to Centre Days and the Link Day, from the school or from home "
              "whichever is shorter, at the rates below.")
fn.add(p, "Rates follow the Partnership's casual user rates for 2008-09, which are within HMRC approved "
          "mileage allowance payments.")
rows = [
    ["Journey", "Rate"],
    ["First 10 miles of each return journey", "Not paid"],
    ["Beyond 10 miles, car", "40p a mile"],
    ["Each passenger carried (car sharing)", "5p a mile extra"],
    ["Public transport", "Actual standard-class fare, with receipt"],
]
table(doc, rows, header_fill="D9E1F2")
h2("5.2 Travelling less")
para(doc, "Because distances are long, the Award is designed so that participants travel as little as "
          "possible. Each Centre Day's main sessions are also available online on ValleyLink, so a SENCO kept "
          "at home by snow or flooding can follow the day from school, and "
          "tutorials can be held by telephone or by video link from the three hub venues.")
h2("5.3 Disabled participants")
para(doc, "The Partnership's duties under the Disability Discrimination Act apply to the Award. A participant "
          "whose disability makes driving or public transport difficult may claim taxi fares in full, and "
          "the reasonable travel costs of a companion or support worker.")

# ----------------------------------------------------------------------------- 6
h1("6  Subsistence and overnight stays")
para(doc, "Centre Days 1 and 2 are residential at Whinfell Lodge; accommodation and meals are booked and paid "
          "for by the Partnership. Lunch is provided on all other Centre Days. No other subsistence is paid. "
          "Participants with dietary or access needs should tell the Partnership Business Centre when they "
          "register.")

# ----------------------------------------------------------------------------- 7
h1("7  Before the course")
h2("7.1 Nomination")
para(doc, "The headteacher nominates the SENCO on form FVSP/N1. The form asks the headteacher to confirm "
          "that the SENCO holds Qualified Teacher Status, is (or will be from September) the school's SENCO, "
          "and holds a current enhanced CRB disclosure. The Partnership Business Centre checks every "
          "nomination against the employing authority's personnel records before a place is confirmed. A "
          "nominee who has not worked in a school in a post with regular contact with children in the past "
          "three months must obtain a new enhanced disclosure before starting.")
h2("7.2 Entry audit")
para(doc, "Every nominee completes the Entry Audit, a self-assessment against the national minimum outcomes, "
          "and sends it with a short account of their SEN experience. A Partnership tutor reads both. Where "
          "a nominee does not yet seem likely to reach the outcomes within the year, the tutor telephones "
          "the headteacher, explains what the nominee should do first (usually the Partnership's Foundation "
          "Twilight Pack and a term shadowing an experienced SENCO) and offers a place in the following "
          "intake.")
h2("7.3 The Starting Conversation")
para(doc, "Before Centre Day 1 the SENCO, the headteacher and the Partnership tutor meet in school for the "
          "Starting Conversation (one hour). They go through the Entry Audit outcome by outcome, agree which "
          "outcomes the SENCO already meets and which need most work, and write the Individual Release and "
          "Training Plan: the SENCO's personal set of outcomes, which Centre Day sessions and online units to "
          "concentrate on, the focus of each Portfolio Task and the Gap Day dates. The tutor checks the plan "
          "against the evidence in the portfolio at each review point during the year.")
h2("7.4 Credit for earlier study")
para(doc, "SENCOs who hold the Partnership's former SENCO Induction Certificate, or other relevant study or "
          "experience, may apply to the University for accreditation of prior learning of up to 20 credits. "
          "The tutor advises at the Starting Conversation; the claim is assessed against the Valley Unit "
          "outcomes by the University and, if granted, reduces the number of Centre Days needed.")

# ----------------------------------------------------------------------------- 8
h1("8  During the course")
h2("8.1 ValleyLink")
para(doc, "ValleyLink is the Award's online area. Each Valley Unit has online sessions with readings, short "
          "video clips and activities. Tutors run a discussion forum for each hub group and answer posts "
          "within two working days; every Thursday from 4 to 5 pm a tutor holds an online surgery. Between "
          "Centre Days participants work in online groups of four on shared tasks, and tutors, mentors and "
          "schools receive a monthly ValleyLink update by email.")
h2("8.2 School mentors")
para(doc, "Each SENCO has a school mentor, normally the headteacher or deputy, who meets them at least twice "
          "a term. Mentors attend a two-hour briefing in their hub and receive the Mentor Guide, which sets "
          "out what they do and what they do not do (they do not assess).")
h2("8.3 Tutorials")
para(doc, "Each SENCO has three individual tutorials with their Partnership tutor, in school or by telephone "
          "or video link, to review the Individual Release and Training Plan.")
p = para(doc, "8.4 Starting later, pausing and changing hubs. ")
p.runs[0].bold = True
p.add_run("A SENCO may pause after any Valley Unit and rejoin the next group, or change hub. Online units can "
          "be taken in any order. ")
add_ins(p, "SENCOs may also start in February, taking Units 3 and 4 first and Units 1 and 2 in the autumn.",
        author="Pat Brennand")
h2("8.5 Resources")
p = para(doc, "Participants may use the University of Caldmoor library, including its electronic journals, and "
              "ValleyLink.")
add_del(p, " The Partnership also funds a laptop for each participant.", author="Pat Brennand")
para(doc, "Schools are asked to let participants use their own school's ICT; any specialist software a task "
          "needs is a matter for the school.")

# ----------------------------------------------------------------------------- 9
h1("9  After the course")
para(doc, "On the last Gap Day the SENCO, the mentor and the tutor hold a Next Steps meeting. Using the Next "
          "Steps Planner the SENCO sets professional development objectives for the following two years, "
          "which the headteacher is asked to carry into the SENCO's performance management. The Planner "
          "lists further study (the University's MA in Inclusion), the Partnership's SENCO networks and "
          "specialist courses.")
para(doc, "In exceptional cases an experienced SENCO or specialist teacher who already appears to meet the "
          "outcomes may be assessed without taking the course, through the assessment-only route: the "
          "candidate submits the four Portfolio Tasks and a professional discussion, assessed in the same "
          "way as for other participants. The fee is GBP 450, paid by the Partnership; no release days are "
          "funded for this route.")

# ----------------------------------------------------------------------------- 10
h1("10  Claims procedure")
for step in [
    "Complete form FVSP/C1 (Annex B) for each half term, listing each Centre, Gap and Link Day attended.",
    "The headteacher countersigns to confirm attendance and that Gap Days were used for Award work.",
    "Attach mileage details and receipts for public transport and taxi fares.",
    "Send the form to the Partnership Business Centre within 30 days of the end of the half term.",
    "Payment is made to the school's budget share in the following month.",
]:
    doc.add_paragraph(step, style="List Number")
p = para(doc, "Late claims ")
add_del(p, "will not be paid.", author="Pat Brennand")
add_ins(p, "are paid only with the written agreement of the Partnership Business Manager.", author="Pat Brennand")

# ----------------------------------------------------------------------------- 11
h1("11  Quality and evaluation")
para(doc, "The Award is reviewed by the Five Valleys Award Steering Group, which includes an LA link officer "
          "from each authority, two headteachers, two SENCOs who completed the pilot, the Parent Partnership "
          "coordinator and the University programme leader. It meets each term. It reads the participants' "
          "evaluation of every Centre Day and online unit, the tutors' end-of-unit reports, the University's "
          "annual monitoring report and the external examiner's report, and records in its minutes the "
          "changes it makes for the next group. Host settings give feedback on Link Days, and former "
          "participants join the Steering Group's annual review day.")
p = para(doc, "At the end of the year each headteacher completes an impact return on the SENCO's practice and "
              "on pupils with SEN in the school. Measures of the effect on pupils' progress will be developed "
              "with the University during 2008-09.")
comment(doc, p, "Can we say anything firmer about pupil data? Panel asked this last time. - JH",
        author="Jo Hebblethwaite", initials="JH")
para(doc, "Participants rate their confidence against each outcome in the Entry Audit and again at the Next "
          "Steps meeting, and the Steering Group receives the comparison.")

# ----------------------------------------------------------------------------- 12
h1("12  Questions business managers ask")
for q, a in [
    ("Can a part-time SENCO be released on a day they do not normally work?",
     "Yes. The Partnership pays the usual GBP 165 and the school pays the SENCO for the extra day under the "
     "employing authority's conditions of service."),
    ("What happens if our SENCO leaves during the year?",
     "Supply cover payments stop at the end of the month in which the SENCO leaves. A SENCO who moves to "
     "another Five Valleys school keeps their place and their Individual Release and Training Plan; one who "
     "moves outside the Valleys may finish the Award with the University at the new school's expense."),
    ("Two of our federation's SENCOs travel together. Who claims?",
     "The driver claims the mileage and the passenger supplement; the passenger claims nothing."),
    ("Our SENCO is finding the course hard. Is there help?",
     "Tell the Partnership tutor. The tutor can agree extra tutorials and an amended Individual Release and "
     "Training Plan; extensions to Portfolio Task deadlines are agreed by the University."),
]:
    pq = para(doc, q)
    pq.runs[0].bold = True
    para(doc, a)

# ----------------------------------------------------------------------------- Annex A
h1("Annex A  What the release buys: the Valley Units and Portfolio Tasks")
para(doc, "Each Valley Unit is taught on Centre Days and online and applied on Gap Days. The Portfolio Tasks "
          "are marked by the University against criteria that name the national minimum outcomes. Tasks are "
          "first-marked by the Partnership tutor and second-marked by a University tutor; a moderation "
          "meeting of all markers follows each task, and the external examiner samples every task.")
para(doc, "Participants who pass all four Portfolio Tasks and attend at least 90 per cent of Centre Days "
          "receive the Award.")

h2("Valley Unit 1: Foundations (Centre Days 1-2)")
para(doc, "You will learn the SEN framework - the Education Act 1996, the SEN Code of Practice (2001) and "
          "the Children Act 2004 - and what each means for the school, the "
          "SENCO and others; the five Every Child Matters outcomes and the SENCO's part in helping children "
          "reach them; and the government's SEN strategy, Removing Barriers to Achievement (2004).")
para(doc, "Assessed in: Portfolio Task 1, the SEN Briefing, a written briefing for staff and governors on the "
          "SEN framework and Every Child Matters in your own school (2,500 words).")

h2("Valley Unit 2: Knowing Learners (Centre Days 3-4)")
para(doc, "You will study behavioural, emotional and social difficulties, specific learning difficulties "
          "including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
          "moderate learning difficulties, and how each affects learning. You will learn to identify pupils "
          "who may have SEN, set challenging targets, plan interventions and review progress; to use the "
          "assessments of psychologists, therapists and advisory teachers to plan teaching; to build fair and "
          "supportive relationships with pupils and their families; to involve pupils in planning and "
          "reviewing their own provision; and to work with parents and carers. You will also look critically "
          "at a range of approaches, strategies and resources for teaching and assessment, including ICT.")
para(doc, "Assessed in: Portfolio Task 2, the Learner Profile, a case study of one pupil including a Pupil "
          "Conversation in which you consult the pupil about their provision, drawing on your Link Day "
          "(3,500 words). The marking criteria cover identification, targets, interventions and review, the "
          "use of other professionals' assessments, your understanding of the main types of need and how they affect learning, your relationship with the pupil and family, the pupil's "
          "part in the plan, and the services involved. The critical review of approaches and resources is "
          "discussed in tutorials and is not assessed.")

h2("Valley Unit 3: Provision and Progress (Centre Days 5-6)")
para(doc, "You will learn to map provision and find what is ineffective or missing; to review provision "
          "with colleagues and feed the findings into the school's self-evaluation and improvement planning, "
          "and the principles behind both; to track progress using summative assessments including national "
          "tests; to encourage colleagues' formative assessment with approaches for pupils with SEN; to "
          "identify in good time the special arrangements pupils need for national tests and examinations "
          "and put them in place with colleagues; and to make sound decisions about provision when problems "
          "arise. A session on the SENCO's year covers organising your own time and delegating tasks to "
          "others.")
para(doc, "Assessed in: Portfolio Task 3, the Provision Review, a provision map of your school with an "
          "evaluation carried out with colleagues and how it feeds the school's self-evaluation, a plan for test and examination arrangements, and a "
          "decision log of three problems you resolved (3,500 words).")

h2("Valley Unit 4: Leading and Partnering (Centre Days 7-8)")
para(doc, "You will study research and best practice in meeting SEN, including the Ofsted reports Special "
          "educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter "
          "where pupils are taught? (2006) and the interim report of the Bercow review of services for "
          "children with speech, language and communication needs (2008), and use them with external advice "
          "to improve your own and colleagues' practice. You will learn the scope and role of health, social "
          "care and voluntary organisations and how to get specialist help; how to work in partnership with "
          "them; how to advise the head, senior colleagues and governors on an inclusive ethos, policy and "
          "resources; and how to keep up to date and plan your own professional development. On Centre Day "
          "7 you work in a peer coaching trio, observing a colleague's video-recorded lesson and giving "
          "feedback; the tutor comments on your feedback, but this does not count towards the Award.")
para(doc, "Assessed in: Portfolio Task 4, the Leadership Enquiry, a small enquiry into an aspect of SEN "
          "practice in your school, using research, with a 15-minute presentation of its findings and a "
          "proposal to the senior team and governors, and your professional development plan (4,000 words "
          "equivalent). Clarity of speech and writing is a marking criterion for the presentation and the "
          "written report.")
para(doc, "Services and voluntary organisations are also assessed in Portfolio Task 2.")

# ----------------------------------------------------------------------------- Annex B
h1("Annex B  Claim form FVSP/C1")
rows = [
    ["School", "[School name]"],
    ["SENCO", "[Name]"],
    ["Half term", "[e.g. Autumn 1]"],
    ["Days attended", "[List each Centre, Gap and Link Day with its date]"],
    ["Miles claimed", "[Miles beyond the first 10 of each return journey]"],
    ["How has this release improved provision for pupils with SEN in your school?", "[Optional]"],
    ["Headteacher's signature", "[Signature]   Date: [date]"],
]
tf = table(doc, rows, bold_header=False)
for i in range(len(rows)):
    shade(tf.cell(i, 0), "E7E6E6")

# ----------------------------------------------------------------------------- Annex C
h1("Annex C  Staff and resources")
rows = [
    ["Name", "Role", "Background"],
    ["Dr Miriam Ashworth", "University programme leader", "Reader in Inclusive Education; former SENCO and "
     "LA SEN adviser; publishes on rural SEN provision"],
    ["Gareth Lowther", "Partnership tutor, North hub", "Advisory teacher for SpLD, Kirkwhin; OCR Diploma in "
     "SpLD; SENCO for nine years"],
    ["Anne Crosthwaite", "Partnership tutor, Central hub", "Senior educational psychologist, Glenmarsh"],
    ["Dev Mistry", "Partnership tutor, South hub", "Head of the Wyvelow autism outreach team; NASENCO"],
    ["Host settings", "Link Days", "Eleven special schools, resource bases and specialist services across "
     "the five authorities, each with a briefed host"],
]
table(doc, rows, header_fill="D9E1F2", size=9)
para(doc, "Tutors are observed teaching once a year by the programme leader, attend the University's annual "
          "staff conference and the Partnership's SEN briefings, and are given two days a year for their own "
          "updating. New tutors shadow a full Valley Unit before teaching and attend a marking standardisation "
          "session before marking.")
para(doc, "Participants also draw on the specialist expertise of the five authorities' educational "
          "psychology, sensory, speech and language and autism services, each of which teaches on at least "
          "one Centre Day.")

fn.finish()
doc.save(str(OUT))
print("wrote", OUT)
