"""lr-02-stannard-bulletin-of-rate

Provider (invented): Stannard Horological College, Thetbridge, a clock and watchmaking college
that has run a CPD unit for teachers since 2003, with the (invented) University of East Marwood.

Document kind and layout: the course written as the College's observatory-style chronometer trial
papers: "Conditions of Trial and Bulletin of Rate" for the "SENCo Movement", 2009 Trial. A cover
"Certificate of Rate" in a floating text box (wps + VML) carrying a blanket claim. Heading 1 for the
Parts, numbered Conditions typed by hand as bold run prefixes ("Condition 14."). A "Terms used in this
Bulletin" table near the start defines the values of the outcome table far below: "Rated A/B/C"
(marked), "Rate noted" (observed and written in the Rate Book, not marked), "Not on trial". Vocabulary:
Entrants (participants), Depositors (headteachers), Observers (tutors), Regulators (school mentors),
Periods I-VI in watch positions ("Dial up", "Crown down", ...), Ratings A-C, the Final Comparison, the
Rate Book. A table of Periods with its Mode cells merged vertically. The outcomes are Part VIII's
"Table of Daily Rates" with merged shaded group rows, a tracked change inside one cell, and a footnote
that changes one row. Another footnote. A Word comment. A placeholder. Header and footer.

Traps (requirement ids):
- Cover text box: "This Movement meets every one of the national minimum outcomes" (blanket claim,
  not evidence for any 6.* id).
- Research only in general terms ("keep abreast of research") and best practice/research row
  "Not on trial" (1.3 partially_met, 6.K8 not_met).
- Rating C may be a proposal the Entrant "need not carry out" (1.8 partially_met).
- Some outcomes only "Rate noted" (1.9 partially_met).
- APEL concrete (2.1 met).
- Self-audit is only filed, no individual plan (2.2 partially_met).
- Another provider's assessment-only route (Brinsford Institute); "The College does not offer an
  assessment-only route" (2.3 not_met).
- Equality only as a value and a general compliance statement (3.1 partially_met).
- Online Periods: peer forum only, "Observers do not post in it" (3.3 partially_met); 3.2 met.
- Depositors' Panel only "commented on" the draft (Condition 28), which alone would not do for 4.2;
  but the survey (Condition 27) and the 2007-08 pilot (Condition 18c) say what stakeholders changed,
  so 4.1 and 4.2 are met; 4.3 met (the Panel's termly part in evaluation).
- Entry requires QTS only (5.2 partially_met).
- CRB checks are the employing schools' business, "not made by the College" (5.3 not_met).
- Award rule is a placeholder "[to be inserted after the Board of Studies meets]"; the rule exists only
  in a Word comment (6.0 not_met).
- Table of Daily Rates: "Rate noted" for problem solving (6.A4), approaches and ICT (6.K6), strategic
  influence (6.S1), reviewing provision for self-evaluation (6.S6): partially_met. External agencies
  cell changed by tracked change from "Rated B" (deleted) to "Rate noted" (6.K9 partially_met).
  Own CPD observed in no Period ("-") but Rated C (6.A7 partially_met). Coaching row reads "Rate
  noted" but a footnote moves it to Rating C (6.S5 met). No row on summative tracking and national
  tests (6.S2b not_met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _lr_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Georgia", 10)
fn = Footnotes(d)
header_footer(d, "Stannard Horological College  -  Observatory Trial 2009  -  Conditions of Trial and Bulletin of Rate",
              "Rated movements are guaranteed to the Agency's limits. Issued by the Trial Office, Stannard Horological College, Thetbridge.")


def cond(n, title_, text):
    p = d.add_paragraph()
    r = p.add_run(f"Condition {n}. {title_}. ")
    r.bold = True
    p.add_run(text)
    return p


para(d, "STANNARD HOROLOGICAL COLLEGE, THETBRIDGE", bold=True, size=14, align="c")
para(d, "in partnership with the University of East Marwood", italic=True, align="c")
para(d, "OBSERVATORY TRIAL OF THE SENCo MOVEMENT, 2009", bold=True, size=13, align="c")
para(d, "Conditions of Trial and Bulletin of Rate, submitted to the Training and Development Agency for Schools "
        "for approval to deliver the National Award for SEN Coordination", align="c")
text_box(d, ["CERTIFICATE OF RATE",
             "Movement: the SENCo Movement (Postgraduate Certificate, 60 credits, Level 7)",
             "Trial: 2009 Trial, Periods I to VI",
             "This Movement meets every one of the national minimum outcomes and has been found to keep time within the limits set by the Agency.",
             "Signed for the Trial Office: E. Cardew, Director of Teacher Studies"], height_in=1.5)
para(d)

d.add_heading("Why a Bulletin of Rate", level=1)
para(d, "For three centuries a watch that claimed to be a precision timekeeper was sent to an observatory for "
        "trial. It was run for weeks in five positions and at three temperatures, its daily rate was written down "
        "each day, and it was given a Bulletin of Rate only if it held to the limits in every position. Our "
        "students still send their best movements for rating. When we were asked to set out the College's course "
        "for special educational needs coordinators, we found that the course is built the same way: Entrants are "
        "taken through six Periods, each in a different position, they are observed throughout, and they are "
        "rated at set points. This Bulletin therefore sets out the Conditions of Trial (Parts I to VII) and the "
        "Table of Daily Rates (Part VIII).")
para(d, "Stannard Horological College has taught clock and watch making in Thetbridge since 1889. Its CPD unit for "
        "teachers, opened in 2003, trains teachers of design and technology and, since 2005, teaching assistants "
        "and teachers who support pupils with special educational needs in practical subjects. In 2007-08 the unit "
        "ran an unaccredited pilot of this course with eleven SENCOs from Thetbridge and Marwood schools.")

d.add_heading("Terms used in this Bulletin", level=1)
table(d, [
    ["Term", "Meaning"],
    ["Movement", "The course: the SENCo Movement, the Postgraduate Certificate in SEN Coordination"],
    ["Entrant", "A teacher taking the course"],
    ["Depositor", "The headteacher who enters a teacher for trial and releases him or her for it"],
    ["Observer", "A tutor of the College or the University"],
    ["Regulator", "The mentor in the Entrant's own school, a member of its senior leadership team"],
    ["Period", "One of the six taught blocks, each named for a position in which a watch is rated"],
    ["Rate Book", "The Entrant's log of school-based tasks, kept through the trial and read by the Observer at each Period"],
    ["Rating A, B, C", "The three marked assignments (Condition 21)"],
    ["Rated A, Rated B, Rated C", "In the Table of Daily Rates: the outcome is marked in that Rating"],
    ["Rate noted", "In the Table of Daily Rates: the Observer watches the outcome in the Period and writes a note in the Rate Book, with feedback; it is not marked and does not count towards the award"],
    ["Not on trial", "In the Table of Daily Rates: the outcome is not part of this year's trial"],
    ["Final Comparison", "The closing meeting of the trial, at which the Entrant's Ratings are compared with the Table and the Entrant's next steps are set"],
])

d.add_heading("Part I. The Movement", level=1)
cond(1, "Accreditation", "The SENCo Movement is the Postgraduate Certificate in Special Educational Needs "
     "Coordination of the University of East Marwood. It was validated by the University on 3 June 2008, with "
     "the College as an accredited partner, for delivery from September 2008 to August 2013.")
cond(2, "Level and credit", "The Movement carries 60 credits at Level 7 (masters level) and is made up of three "
     "modules of 20 credits: Escapement (Periods I and II), Train (Periods III and IV) and Balance (Periods V "
     "and VI). Its credits count towards the University's MA in Education.")
cond(3, "Aim", "The aim of the Movement is that pupils with special educational needs and/or disabilities in the "
     "Entrants' schools achieve more and are safer, healthier and happier. Each Rating asks the Entrant to show "
     "the effect of his or her work both on pupils' attainment and on their well-being, measured against the "
     "five Every Child Matters outcomes, and the Periods teach both.")
cond(4, "Law and policy", "Period I takes Entrants through the Education Act 1996 as amended by the Special "
     "Educational Needs and Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination "
     "Act 1995 and 2005 and the disability equality duty, the Children Act 2004, Removing Barriers to Achievement "
     "(2004) and the 2008 regulations on the SENCO's qualifications, and asks each Entrant to audit what his or "
     "her own school does against them.")
cond(5, "Research", "Observers keep abreast of research in the field and bring it to the Periods.")
cond(6, "The Rate Book", "Between Periods each Entrant carries out set tasks in school and records them in the "
     "Rate Book: each task is tied to lines of the Table of Daily Rates. After Period I the Entrant audits the "
     "school's SEN policy; after Period II the Entrant observes two pupils with different needs; after Period "
     "III the Entrant sets targets with a class teacher using a report from another professional; after Period "
     "IV the Entrant interviews pupils about their provision and runs a review meeting with a family; after "
     "Period V the Entrant draws a provision map; after Period VI the Entrant leads a staff meeting. The "
     "Regulator reads and signs each entry.")
cond(7, "Change in school", "Rating C is a Proposal for Change to the school's SEN provision, which the Entrant "
     "writes with the Regulator and presents to the Depositor. The Entrant need not carry out the proposal "
     "during the trial, and most Entrants carry it out the following year.")

d.add_heading("Part II. Entry to trial", level=1)
cond(8, "Who may enter", "Entrants must hold qualified teacher status.")
cond(9, "Checks", "Checks on Entrants' CRB disclosures are a matter for their employing schools and are not made "
     "by the College.")
cond(10, "Prior learning", "Entrants who hold Level 7 credit from the University or from another university, or "
     "who can show prior experience through a portfolio mapped against the Table of Daily Rates, may claim up to "
     "20 credits under the University's regulations for the accreditation of prior learning (APL) and of prior "
     "experiential learning (APEL). A claim is judged by the College's APEL tutor, moderated by the University "
     "and confirmed by the Board of Examiners; a successful claim exempts the Entrant from Rating A or Rating B.")
cond(11, "Inspection on entry", "On entry each Entrant completes a self-audit against the Table of Daily Rates, "
     "which the Observer files for reference.")
cond(12, "Assessment-only route", "The College does not offer an assessment-only route. Experienced SENCOs who "
     "ask for one are referred to the Brinsford Institute, whose assessment-only route assesses a portfolio and "
     "a viva without attendance.")
cond(13, "Equality", "The College welcomes Entrants of every background and ability and complies with all "
     "equality legislation.")

d.add_heading("Part III. Periods of trial", level=1)
cond(14, "Starting points and modes", "The Movement starts twice a year, in September and in February. Period I "
     "is always taken first and Period VI last; Periods II to V may be taken in any order. Each of Periods II to "
     "V may be taken either face to face, as two study days at the College, or online, over three weeks on the "
     "College's Moodle site. Entrants may complete the trial part time over twelve months or over eighteen.")
cond(15, "Online Periods", "Online Periods use the College's Moodle site, the Observatory, which holds the "
     "readings, recorded lectures by the Observers and the Rate Book tasks. Entrants post to a peer forum; the "
     "forum is for Entrants only and Observers do not post in it.")
cond(16, "The six Periods", "The Periods, their positions and their content are:")
pt = table(d, [
    ["Period", "Position", "Content", "Mode"],
    ["I", "Dial up", "Law, guidance and policy on SEN and disability; Every Child Matters; the SENCO's role", "Face to face (two days)"],
    ["II", "Dial down", "How children develop and how SEN, disability and environment affect development; the common types of need: BESD, SpLD including dyslexia, SLCN, ASD, MLD", "Face to face or online (Entrant's choice)"],
    ["III", "Crown up", "Identifying pupils who may have SEN; setting challenging targets; planning and reviewing interventions; using other professionals' assessments; formative assessment with colleagues; access arrangements for national tests and examinations", ""],
    ["IV", "Crown down", "Pupils and families: consulting pupils about the matters that affect them and bringing them into their reviews; partnership with parents and carers", ""],
    ["V", "Crown left", "Provision mapping and management; deploying teaching assistants; managing time and priorities; problem solving and decisions on provision", ""],
    ["VI", "Hot and cold", "Leading and coaching colleagues; strategic influence with the head and governors; reviewing provision for school self-evaluation; external agencies and voluntary organisations", "Face to face (two days)"],
])
m = pt.cell(2, 3).merge(pt.cell(5, 3))
m.text = "Face to face or online (Entrant's choice)"
para(d)
cond(17, "Pupils' voices", "In Period IV Entrants learn and practise ways of consulting children and young people: "
     "structured interviews, pupil questionnaires, talking mats for pupils with communication needs and pupil-led "
     "reviews. The Rate Book task after Period IV requires each Entrant to interview at least four pupils about "
     "their provision and to report what changed as a result.")
cond(18, "Colleagues and parents", "Periods V and VI teach Entrants to advise and support colleagues in their "
     "school and to work with colleagues in other schools and services, and Period IV and its Rate Book task "
     "teach them to advise, support and work in partnership with parents and carers, using the review meeting "
     "with a family as the practical test.")

cond("18a", "The pattern of a Period", "A face-to-face Period runs over two days, 9.30 am to 4.00 pm. The first "
     "morning is taught by an Observer, with a visiting specialist where the Table of Periods shows one. The first "
     "afternoon is the Bench Hour, in which Entrants work in threes on material they have brought from school: "
     "an anonymised IEP, a page of the school's tracking data, a timetable of teaching assistants. The second "
     "day is given to case discussion, in which each Entrant presents one pupil or one piece of provision and "
     "the others question it, and to planning the Rate Book task that follows the Period. An online Period "
     "follows the same pattern over three weeks: recorded lectures in the first week, peer case discussion on "
     "the forum in the second, and the planning of the Rate Book task in the third.")
cond("18b", "What the Periods look like from the school", "Depositors release each Entrant for twelve study days "
     "in all (fewer for Entrants who take Periods online) and for the three days of the Comparison Placement. "
     "The Regulator gives the Entrant half an hour after each Period to talk through the Rate Book task, and "
     "the Depositor hears the Rating C presentation. Schools tell us that the Rate Book tasks are the part of the "
     "trial their staff notice first: a new provision map on the staffroom wall, a review meeting that a family "
     "asked to be repeated, a staff meeting led by a SENCO who had not led one before.")
cond("18c", "The 2007-08 pilot", "Eleven SENCOs from Thetbridge and Marwood took an unaccredited pilot of the "
     "Movement between October 2007 and June 2008. Nine completed it. They asked for more time on provision "
     "mapping and less on the law, which is why Period V now has two full days and Period I covers the law in "
     "a single day with a second day on the SENCO's role; and they asked for the Rate Book to be shorter, which "
     "is why each task is now limited to two sides. Two of the nine now sit on the Depositors' Panel.")

d.add_heading("Part IV. Observers, Regulators and equipment", level=1)
p_obs = cond(19, "Observers", "The Observers are Eleanor Cardew, Director of Teacher Studies, a former SENCO and "
             "local authority SEN adviser with an MEd in Special and Inclusive Education; Dr Samuel Okafor of the "
             "University of East Marwood, senior lecturer in inclusive education and author of work on provision "
             "mapping; Margaret Hyde, specialist teacher for hearing impairment and SENCO of Thetbridge High School; "
             "and Tom Ellery, a chartered educational psychologist. Each Observer spends at least one day a week in "
             "schools or services.")
fn.add(p_obs, "Observers' continuing development is recorded in the College's staff development plan; each attended the NASEN national conference in 2008.")
cond(20, "Specialist expertise and placements", "Each Entrant spends three days on a Comparison Placement in a "
     "special school or an enhanced resource base of a different phase or type from his or her own, arranged by "
     "the College with Thetbridge Park School, Marwood Vale School and the Thetbridge Autism Outreach Service. "
     "A speech and language therapist teaches in Period II, and an educational psychologist and a social worker "
     "from the Thetbridge Children's Services team teach in Period VI.")
cond(21, "Ratings", "There are three Ratings: Rating A, a case study of one pupil (4,000 words, module Escapement); "
     "Rating B, a provision map with a critical commentary (4,000 words, module Train); and Rating C, the "
     "Proposal for Change (5,000 words, module Balance) with an oral presentation to the Depositor and Observer.")
cond(22, "Equipment", "Entrants use the University of East Marwood library and its electronic journals, the "
     "College's SEN Resource Centre (assessment materials, a lending library of 350 titles, and assistive "
     "technology including text-to-speech, symbol software and speech recognition software, which Entrants may "
     "borrow for school), and the Observatory Moodle site. Periods are taught in rooms with interactive "
     "whiteboards, and Period V includes a workshop on provision-mapping software.")
cond(23, "Regulators", "Each Regulator attends a half-day induction at the College before Period I and receives "
     "the Regulator's Handbook, which sets out the Regulator's duties: to meet the Entrant after each Period, "
     "to read and sign the Rate Book and to help plan the Proposal for Change. Observers work from the "
     "Observers' Handbook and meet before each Period to plan it and after each Rating to review it.")

d.add_heading("Part V. Rating and the Final Comparison", level=1)
cond(24, "Marking and moderation", "Each Rating is marked by the Entrant's Observer against the University's "
     "Level 7 criteria and second-marked by another Observer; the Observers meet after each Rating to moderate a "
     "sample of scripts across the cohort. The University's external examiner, Professor Ann Lowther, reviews a "
     "sample of every Rating, attends the Board of Examiners and reports annually.")
p_award = cond(25, "Award", "[to be inserted after the Board of Studies meets]")
comment(d, p_award, "Agreed at Board 12/9: award only if every outcome in the Table is shown in the Ratings. Put this in before it goes. EC",
        author="Eleanor Cardew")
cond(26, "Final Comparison", "At the Final Comparison each Entrant and the Observer compare the Entrant's "
     "Ratings with the self-audit made on entry. Each Entrant then writes an Adjustment Plan with the Observer, "
     "setting two or three professional targets for the following year, and the Regulator signs it.")

d.add_heading("Part VI. Depositors", level=1)
cond(27, "What schools told us", "In the spring of 2008 the College surveyed the SENCOs and headteachers of 38 "
     "schools in Thetbridge and Marwood and held a focus group with the two authorities' SEN teams and the "
     "Parent Partnership Service. They asked for a course that could be taken online in part, that placed new "
     "SENCOs in settings unlike their own, and that taught provision mapping. The Movement was built to answer "
     "these needs: the online Periods, the Comparison Placement and Period V come from the survey.")
cond(28, "The Depositors' Panel", "The Depositors' Panel was shown our draft Conditions in June 2008 and commented "
     "on them.")
cond(29, "Depositors in evaluation", "The Depositors' Panel, of four headteachers, two SENCOs from the 2007-08 "
     "pilot, a parent governor and the Thetbridge SEN adviser, meets each term. It reads the Period evaluations "
     "and the external examiner's report, hears from Entrants' representatives and agrees with the Observers "
     "what will change in the next trial; two members of the Panel watch the Rating C presentations each year.")

d.add_heading("Part VII. Review of the trial", level=1)
cond(30, "Evaluation", "Each Period ends with a written evaluation; a mid-trial focus group is run by an Observer "
     "who does not teach the group; the external examiner reports each year; the Depositors' Panel reviews the "
     "trial each term; and the University's annual monitoring reviews the Movement's results. Each July the "
     "Observers write an Annual Trial Report that lists the evidence and the changes made because of it, which "
     "goes to the University and to the Panel.")
cond(31, "Measures of effect", "Entrants complete a confidence scale of 30 items at entry and at the Final "
     "Comparison, and the Rate Book is scored against the Table at Periods I and VI, to measure the change in "
     "their competence and confidence. Each Entrant's Rating A and Rating C record the attainment (P scales or "
     "National Curriculum levels) and attendance of the pupils concerned at the start and end of the trial, and "
     "the Observers collect these figures for the Annual Trial Report to measure the effect on pupils' "
     "achievement.")
cond(32, "Fit and cost", "Entrants choose the pupils, provision and change their Ratings address, so the trial "
     "fits each school; the online Periods save supply cover. The fee is £1,250, of which £350 goes to the "
     "University; the College's bursary fund meets half the fee for Entrants from schools of fewer than 100 "
     "pupils. Completing Entrants may carry their 60 credits into the MA in Education.")

d.add_heading("Part VIII. Table of Daily Rates", level=1)
para(d, "The Table lists the national minimum outcomes in the Observers' words, the Period in which each is "
        "observed and the Rating in which it is rated. The values are those defined under Terms used in this "
        "Bulletin.")
rows = [
    ["Outcome (as our Observers put it)", "Observed in Period", "Rated"],
    ["PROFESSIONAL ATTRIBUTES", "", ""],
    ["Fair, respectful and constructive relationships with pupils with SEN and with their families", "IV", "Rated A"],
    ["Winning the commitment of colleagues, the head and senior leaders", "VI", "Rated C"],
    ["Setting priorities, managing time and delegating", "V", "Rated B"],
    ["Foreseeing and solving problems and judging provision soundly", "V", "Rate noted"],
    ["Clear speech and writing; listening to others' views", "VI", "Rated C"],
    ["Drawing on research and outside advice to improve practice", "II, VI", "Rated A"],
    ["Keeping up to date and owning one's professional development in SEN", "-", "Rated C"],
    ["PROFESSIONAL KNOWLEDGE AND UNDERSTANDING", "", ""],
    ["The law and guidance on SEN, the Code of Practice and putting them into practice", "I", "Rated A"],
    ["Every Child Matters and the SENCO's part in it", "I", "Rated A"],
    ["Disability equality law and the action it requires", "I", "Rated B"],
    ["How children develop and how SEN, disability and environment affect development", "II", "Rated A"],
    ["The common types of SEN and disability and their effect on learning", "II", "Rated A"],
    ["Approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning", "III", "Rate noted"],
    ["School self-evaluation and improvement in relation to SEN", "VI", "Rated C"],
    ["Best practice and research outcomes in meeting SEN", "Not on trial", "Not on trial"],
    ["The work of external agencies and how to obtain specialist support", "VI", "Rated B"],
    ["PROFESSIONAL SKILLS", "", ""],
    ["Influencing, with senior colleagues and governors, an inclusive ethos, policies, priorities and resources", "VI", "Rate noted"],
    ["Identifying pupils who may have SEN, setting challenging targets, planning and reviewing interventions", "III", "Rated A"],
    ["Using other professionals' assessments to shape teaching", "III", "Rated A"],
    ["Helping colleagues develop formative assessment for pupils with SEN", "III", "Rated B"],
    ["Arranging access arrangements for national tests and examinations in good time", "III", "Rated B"],
    ["Provision mapping and management; finding ineffective or missing provision", "V", "Rated B"],
    ["Deploying and managing staff", "V", "Rated B"],
    ["Supporting colleagues' development by observation, feedback, modelling, coaching and training", "VI", "Rate noted"],
    ["Reviewing provision with colleagues to inform school self-evaluation", "VI", "Rate noted"],
    ["Involving pupils in planning, agreeing and reviewing their provision", "IV", "Rated A"],
    ["Liaising with parents and carers", "IV", "Rated A"],
    ["Partnership with other services and agencies, including voluntary organisations", "VI", "Rated C"],
]
tt = table(d, rows)
for i, r in enumerate(rows):
    if r[1] == "" and r[2] == "":
        group_row(tt, i, r[0])
# external agencies row: tracked change from Rated B to Rate noted
cell_change(tt.cell(18, 2), "Rated B", "Rate noted", author="Samuel Okafor", day=24)
# coaching row: footnote moves it to Rating C
fn.add(tt.cell(27, 2).paragraphs[0], "Moved to Rating C by the Board of Studies on 12 September 2008: coaching a colleague is now part of the marked Proposal for Change and is marked in Rating C.")
para(d)
para(d, "Issued by the Trial Office, Stannard Horological College, 28 November 2008.")
fn.finish()
d.save(OUT)
print(OUT.name, words(d))
