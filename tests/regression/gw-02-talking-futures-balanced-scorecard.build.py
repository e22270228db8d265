"""gw-02-talking-futures-balanced-scorecard

Provider (invented): Talking Futures, a national charity for children's
speech, language and communication, whose Training and Workforce Directorate
runs the National Award for SENCOs with Mersland University (School of
Education and Lifelong Learning), which validates and awards it.

Document kind: the Directorate's balanced scorecard for 2008-09, Strand 3
(the SENCO award), as approved by the trustees and lightly revised to send to
the TDA as the application. A performance-management document: it states
objectives, measures, baselines and targets per perspective, and the
arrangements sit in the initiative sheets.

Layout: title block; a bordered covering note; Part A, a strategy map as a
table with a merged mission row and shaded perspective cells; Part B, a
landscape scorecard table (Ref / Objective / Measure / Baseline / Target /
Initiative / Owner) with shaded merged perspective rows; Part C, fifteen
initiative sheets I-01 to I-15 under Heading 2, each with run-in labels
(What we will do / Who / When / Status); Annex 1, the Outcome Record in the
charity's own words (Where built / How evidenced / Counts towards award
Y/N) with merged group rows; Annex 2, the team. Heading styles for Parts.
Header and footer (board-paper reference, page field). Tracked changes by
the Director and the University's partnership manager; three comments.

Traps (requirement ids):
- Scorecard targets with no arrangement behind them (e.g. parent
  satisfaction) are not evidence; arrangements are in Part C.
- I-05 Credit for prior learning: "Deferred to 2009-10"; until then every
  participant takes every module (2.1 not_met: only planned).
- I-04 Starting Profile rates confidence in eight topic areas to place people
  in three streams; no individual plan or personalised outcomes (2.2
  partially_met); tailoring to streams only and no cost information
  (2.4 partially_met).
- I-14 Completion: the Next Steps paragraph is a deleted tracked change;
  what remains is an alumni bulletin and a celebration (2.5 not_met).
- I-08 Access: a values statement, large print on request and accessible
  venues, nothing on disclosure or individual adjustments (3.1
  partially_met).
- I-03: applicants declare that they hold an enhanced CRB disclosure; no
  one verifies it (5.3 partially_met). A comment raises it (not part).
- I-11: tutor induction is in place, but the Practice Mentor briefing pack is
  "Not started" and mentors are briefed by their participant (5.7
  partially_met).
- I-06 Direct Assessment Route is live (2.3 met); an inserted tracked change
  adds its fee.
- Three delivery routes with an online platform (3.2 met, 3.3 met).
- Annex 1: the disability equality row is a deleted tracked row (6.K3
  not_met; K3 appears nowhere else); no row for reviewing provision with
  staff for self-evaluation (6.S6 not_met); A2 "Study-day role play
  (formative)", K9 no evidence ("Reading log (not submitted)"), S4
  optional portfolio item "N", S2b "tutor check, not graded" (all
  partially_met); 1.9 partially_met as a result. The Award Board rule in
  I-12 requires every outcome on the Outcome Record signed off, but the
  Record lacks K3 and S6 and its N outcomes are only "confirmed" by the
  tutor (6.0 partially_met).
- I-02 Module 1 lists SEN law and policy but no disability legislation, and
  the disability row of the Outcome Record is deleted (1.4 partially_met).
- The header and footer carry only the paper reference and page number.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _gw_helpers import *
from docx.shared import Pt

DIR = "Maggie Rowntree"
UNI = "Colin Asante (Mersland)"

d = base_doc("Calibri", 10.5)
header_footer(d.sections[0], "Talking Futures  |  Training and Workforce Directorate  |  Balanced Scorecard 2008-09",
              "Board paper TF/B/08/41 (revised for TDA)  |  Restricted")

p = d.add_paragraph()
r = p.add_run("Talking Futures\nTraining and Workforce Directorate")
r.bold = True; r.font.size = Pt(13)
d.add_heading("Balanced Scorecard 2008-09, Strand 3: National Award for SENCOs", 0)
table(d, [
    ["Version", "Approved by", "Date", "Owner"],
    ["3.2 (revised for TDA submission)", "Board of Trustees (paper TF/B/08/41)", "18 September 2008; revised 7 November 2008",
     "Maggie Rowntree, Director of Training and Workforce"],
], widths=[4, 5, 4, 4])

p = d.add_paragraph()
p.add_run("Covering note. ").bold = True
p.add_run("Talking Futures and Mersland University are sending our scorecard for the SENCO strand as our "
          "application. It is the document our trustees approved and the one we shall manage the award by, so "
          "it shows honestly what we intend to achieve and how we will know. Parts A and B set out our "
          "objectives, measures and targets; the arrangements themselves are described in the initiative "
          "sheets in Part C, and Annex 1 is the Outcome Record each participant completes. Targets are "
          "targets: where an initiative is not yet live, its sheet says so.")
border_par(p)

# PART A
d.add_heading("Part A: Strategy map", 1)
d.add_paragraph("We use the four perspectives of the balanced scorecard, adapted for a charity: the children "
                "and schools we exist for come first, then the teachers who take the award, then the processes "
                "that run it, and then the people and resources it depends on. Each objective is coded by "
                "perspective (C, P, Q, L).")
sm = d.add_table(rows=5, cols=4)
sm.style = "Table Grid"
m = sm.cell(0, 0).merge(sm.cell(0, 3))
cell_text(m, "Mission: every child able to communicate to the best of their ability, and every school able to help them",
          bold=True, size=10)
shade(m, "1F4E79")
for rr in m.paragraphs[0].runs:
    rr.font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
rows = [
    ("Children and schools", "C1 Pupils with SEN and/or disabilities achieve more and are better off across the five ECM outcomes",
     "C2 Schools' SEN provision is better planned and led", "C3 Parents and pupils are partners in provision"),
    ("Participants", "P1 New SENCOs meet every national outcome", "P2 Participants are confident leaders of SEN",
     "P3 The award is open to every eligible teacher"),
    ("Programme processes", "Q1 Recruit the right people and know their starting point", "Q2 Teach and assess to a consistent, high standard",
     "Q3 Listen to stakeholders and act on what they say"),
    ("Learning, people and resources", "L1 Expert, current tutors and well-briefed mentors", "L2 Specialist settings and resources",
     "L3 An online platform that joins people up"),
]
for i, row in enumerate(rows, start=1):
    for j, v in enumerate(row):
        cell_text(sm.cell(i, j), v, bold=(j == 0), size=9)
        if j == 0:
            shade(sm.cell(i, j), "DEEAF6")

# PART B (landscape)
landscape(d)
d.add_heading("Part B: Scorecard", 1)
rows = [["Ref", "Objective", "Measure", "Baseline 2007-08", "Target 2008-09", "Initiative", "Owner"]]
persp = [
    ("Children and schools", [
        ("C1", "Pupils achieve more and are better off", "Change in case-study pupils' scores on the TF Progress Checker (baseline and after 12 weeks)", "No baseline (new measure)", "80% of case-study pupils show measurable gain", "I-13", "Head of Evaluation"),
        ("C1", "", "Headteacher survey six months after completion: change in SEN provision and pupil outcomes", "n/a", "Response rate 60%", "I-13", "Head of Evaluation"),
        ("C2", "Better planned and led provision", "Participants' schools with a current provision map", "41% (pre-course survey)", "90% at completion", "I-02", "Programme Lead"),
        ("C3", "Parents and pupils as partners", "Parent satisfaction with their school's SEN provision", "-", "90%", "-", "-"),
    ]),
    ("Participants", [
        ("P1", "Meet every national outcome", "Outcome Records fully signed off at the Award Board", "n/a", "100% of those awarded", "I-12", "Programme Lead"),
        ("P2", "Confident leaders", "Mean confidence rating, Starting Profile against Completion Profile", "n/a", "Rise of 1.0 on a 5-point scale", "I-04, I-13", "Programme Lead"),
        ("P3", "Open to every eligible teacher", "Applicants by route; disabled applicants; withdrawals", "n/a", "3 routes running; withdrawals under 10%", "I-07, I-08", "Director"),
    ]),
    ("Programme processes", [
        ("Q1", "Right people, known starting point", "Applications screened against entry criteria within 10 days", "n/a", "100%", "I-03, I-04", "Admissions Officer"),
        ("Q1", "", "Credit for prior learning decisions made before start", "n/a", "-", "I-05", "Mersland"),
        ("Q2", "Consistent, high-standard assessment", "Second-marked sample agreeing within one grade; external examiner's report", "n/a", "95% agreement; no unresolved issues", "I-12", "Programme Lead"),
        ("Q3", "Act on stakeholders' views", "Changes made in response to Stakeholder Panel, reported back in 'You told us'", "12 changes (design phase)", "Report back twice a year", "I-09", "Director"),
    ]),
    ("Learning, people and resources", [
        ("L1", "Expert tutors, briefed mentors", "Tutors with current practice in schools or services; mentors briefed before Module 1", "n/a", "100% / 100%", "I-11", "Programme Lead"),
        ("L2", "Specialist settings and resources", "Participants completing two host-setting days", "n/a", "100%", "I-10", "Placement Coordinator"),
        ("L3", "Platform that joins people up", "Participants active on TF Online each fortnight; e-tutor reply within 48 hours", "n/a", "85% / 95%", "I-07", "E-learning Manager"),
    ]),
]
merge = []
for g, items in persp:
    merge.append(len(rows))
    rows.append([g] + [None] * 6)
    for it in items:
        rows.append(list(it))
tb = table(d, rows, widths=[1.1, 4, 6.5, 3.2, 3.5, 2, 3], size=8.5)
for i in merge:
    a = tb.cell(i, 0).merge(tb.cell(i, 6))
    cell_text(a, rows[i][0], bold=True, size=9)
    shade(a, "DEEAF6")
p = d.add_paragraph("A dash means that no initiative or target has yet been agreed.")
comment(d, p, "C3 has a target but nothing behind it. Leave it in? It's in the Board version.", DIR, "MR")

# PART C (portrait)
portrait(d)
d.add_heading("Part C: Initiative sheets", 1)


def sheet(code, title, parts, status):
    d.add_heading(f"{code} {title}", 2)
    out = []
    for lab, txt in parts:
        p = d.add_paragraph()
        p.add_run(lab + ". ").bold = True
        p.add_run(txt)
        out.append(p)
    p = d.add_paragraph()
    p.add_run("Status: ").bold = True
    p.add_run(status)
    out.append(p)
    return out


sheet("I-01", "Validation and award", [
    ("What we will do", "Mersland University validated the award on 2 October 2008 as a Postgraduate Certificate in "
     "Leading Provision for Special Educational Needs (National Award for SENCOs): 60 credits at master's level, "
     "in three 20-credit modules. Mersland registers participants, runs the Award Board and confers the award; "
     "credit counts towards its MA in Education."),
    ("Who", "Colin Asante, Partnership Manager, Mersland; Maggie Rowntree for Talking Futures."),
], "Complete.")

sheet("I-02", "Course design and study days", [
    ("What we will do", "The award's purpose, written into the validated aims, is that pupils with SEN and/or "
     "disabilities achieve more and are safer, healthier and happier at school: the five Every Child Matters "
     "outcomes, not only test results. Every assignment asks participants to show the effect on pupils. "
     "Module 1 (Leading SEN in context) covers the law and policy: the Education Act 1996, the SEN Code of "
     "Practice 2001 and the SEN Toolkit, Every Child Matters and the Children Act 2004, the 2008 SENCO "
     "Regulations, and current national strategies such as the Inclusion Development Programme and the "
     "Bercow Review's recommendations. Module 2 (Knowing the child) covers child development, language "
     "development and the common types of SEN, identification and assessment, tracking and target setting, "
     "and ICT and other approaches to removing barriers. Module 3 (Leading change) covers leading and "
     "developing colleagues, deploying staff, provision mapping, working with other services and voluntary "
     "organisations, and working with parents and carers."),
    ("Practice", "Each module has directed tasks in the participant's own school, and all three assignments are "
     "built on work done there. A study day called Hearing every voice teaches ways of consulting pupils, "
     "including those with little or no speech (Talking Mats, symbol questionnaires, pupil-led reviews). "
     "The parents' day is taught with the Westfold Parent Partnership Service and two parent trainers from "
     "our own family support team, and participants then plan and hold a review meeting with a family, "
     "recorded in their portfolio. The colleagues' days cover coaching, observing and giving feedback, "
     "leading staff training, and joint planning with health and LA colleagues outside the school."),
    ("Evidence base", "Tutors build sessions on recent research and inspection findings: the Bercow Review (2008), "
     "Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Education and Skills "
     "Committee's 2006 report, research on the prevalence of language difficulties in areas of social "
     "disadvantage, and evaluations of language interventions in the early years. Each spring tutors review "
     "reading lists and update sessions at the team development day."),
], "Complete: first cohort January 2009.")

ps = sheet("I-03", "Recruitment and entry", [
    ("What we will do", "Applicants must have QTS, be working in a school in England and hold or be about to take "
     "up the SENCO role. The headteacher countersigns the application to confirm the role, time for study "
     "and a named Practice Mentor. The Admissions Officer screens applications against these criteria within "
     "ten days and passes borderline cases to the Programme Lead, who telephones the applicant; where "
     "someone is not ready, the Programme Lead agrees with them and their headteacher what to do first "
     "(usually our two-day Communication Leaders course and a term working alongside the current SENCO) "
     "and offers a place in a later cohort. Applicants declare on the form that they hold a current "
     "enhanced CRB disclosure through their employer."),
    ("Who", "Admissions Officer; Programme Lead."),
], "Live.")
comment(d, ps[0], "Mersland's admissions team asked whether anyone checks the declaration. At the moment nobody does.",
        UNI, "CA")

sheet("I-04", "Starting Profile and streams", [
    ("What we will do", "Before Module 1 each participant completes the Starting Profile, an online questionnaire in "
     "which they rate their confidence in eight topic areas (law, child development, types of need, "
     "assessment, provision planning, leading colleagues, working with families, working with agencies). "
     "Scores place each participant in one of three streams for the study-day workshops: Foundation, Core or "
     "Extension. Streams are reviewed at the end of each module."),
    ("Who", "Programme Lead."),
], "Live.")

sheet("I-05", "Credit for prior learning", [
    ("What we will do", "We plan to introduce credit for prior certificated and experiential learning once "
     "Mersland's revised regulations for accrediting prior learning are approved. Until then every "
     "participant takes all three modules."),
    ("Who", "Mersland Registry."),
], "Deferred to 2009-10.")

ps = sheet("I-06", "Direct Assessment Route", [
    ("What we will do", "An experienced teacher, for instance from a specialist support service, who believes they "
     "already meet the national outcomes may apply to be assessed without taking the course. The Programme "
     "Lead screens the application by interview; if accepted, the candidate compiles a portfolio of evidence "
     "against all 28 outcomes on the Outcome Record (Annex 1), which is assessed by two tutors and followed "
     "by a one-hour professional discussion. The portfolio goes to the same Award Board and external "
     "examiner as the taught route."),
], "Live: two enquiries so far.")
ins_run(ps[0], " The fee is \u00a3650.", UNI, "2008-11-05T14:20:00Z")

sheet("I-07", "Routes and TF Online", [
    ("What we will do", "There are three routes to the same award. The Weekday route has nine study days at our "
     "Carrow Street centre, with cohorts starting in January and September. The Blended route has four "
     "study days and the rest of the course online in units of about a fortnight. The Summer route has an "
     "intensive week in August followed by online units through the autumn term. Participants may move "
     "between routes at the end of a module and may take the modules in a different order on the Blended "
     "route."),
    ("Online support", "TF Online (our Moodle platform) holds every module's materials and recorded sessions. Every "
     "participant has a named e-tutor who replies to messages within 48 hours and runs a weekly live chat "
     "surgery; participants work in online learning sets of eight with their own forum, and between "
     "face-to-face days the sets complete shared tasks which the e-tutor moderates. Practice Mentors "
     "receive a monthly email update and can message the e-tutor, and tutors meet online every month to "
     "review participants' progress."),
    ("Who", "E-learning Manager; e-tutors."),
], "Live: Blended route from January 2009; Summer route from August 2009.")
d.add_paragraph("Weekday route, January 2009 cohort").runs[0].bold = True
table(d, [
    ["Day", "Date", "Module", "Theme"],
    ["1", "15 January 2009", "1", "The SENCO's role in law and practice; the Code of Practice"],
    ["2", "5 February 2009", "1", "Every Child Matters; policy, ethos and the governing body; provision mapping"],
    ["3", "5 March 2009", "2", "How children develop; language and communication; the common types of need"],
    ["4", "26 March 2009", "2", "Identifying need; assessment, tracking and targets; ICT to remove barriers"],
    ["5", "30 April 2009", "2", "Hearing every voice (co-taught with Voice Crew)"],
    ["6", "4 June 2009", "3", "Leading colleagues: coaching, observation, training; deploying teaching assistants"],
    ["7", "2 July 2009", "3", "Parents' day (with Westfold Parent Partnership Service)"],
    ["8", "1 October 2009", "3", "Multi-agency day (hosted by LA SEN managers)"],
    ["9", "12 November 2009", "3", "Change project presentations and professional discussions"],
], widths=[1.2, 3.5, 1.8, 10])
d.add_paragraph("Host-setting days are taken between Days 4 and 8 at a time agreed with the host. Learning set "
                "tasks on TF Online run between every pair of study days on all three routes, so that "
                "participants on different routes meet online and the Weekday cohort is not cut off between "
                "days.")

sheet("I-08", "Access and equality", [
    ("What we will do", "Talking Futures is committed to equality of opportunity and to removing barriers to "
     "communication for everyone. We welcome applications from disabled teachers and from all communities. "
     "Our venues are accessible to wheelchair users and course materials are available in large print on "
     "request."),
], "Live.")

sheet("I-09", "Stakeholder Panel", [
    ("What we will do", "Between March and June 2008 we surveyed 312 SENCOs through our schools network, held "
     "focus groups with headteachers in three LAs, and asked our young people's advisory group, Voice Crew, "
     "what a good SENCO does. The strongest messages were that new SENCOs need help with provision "
     "mapping, with leading teaching assistants and with getting senior leaders on side, and that young "
     "people want to be asked, not talked about. The Stakeholder Panel (two SENCOs, two headteachers, an LA "
     "SEN manager, a parent, a Voice Crew member and a Mersland tutor) advised on the design and will meet "
     "twice a year to review the evaluation data and the external examiner's report and agree changes."),
    ("You told us, so we", "Provision mapping is now assessed in Assignment 1; a day on deploying teaching "
     "assistants was added; Voice Crew members co-teach the Hearing every voice day; headteachers asked for "
     "a route they could release staff for in the summer, which became the Summer route; LA SEN managers "
     "host the multi-agency day and act as guest speakers."),
], "Live.")

sheet("I-10", "Host settings and resources", [
    ("What we will do", "Every participant spends two days in a host setting chosen from our network of 14 "
     "Communication Hubs (special schools, language resource bases and specialist units), arranged by our "
     "Placement Coordinator to match the participant's Starting Profile and school context. The host "
     "provides an observation programme and a meeting with its SENCO, and the participant completes a "
     "structured visit record for the portfolio. Specialist input on study days comes from our speech and "
     "language therapists, an educational psychologist and a specialist teacher for autism."),
    ("Resources", "Participants borrow assessment kits, communication aids and software from our resource "
     "library by post, use Mersland's library and e-journals from home, and use TF Online."),
], "Live.")

ps = sheet("I-11", "Tutors and Practice Mentors", [
    ("What we will do", "Tutors are chosen for current practice: each works in schools or services for at least "
     "part of the week (Annex 2). New tutors attend a two-day induction covering the modules, the Outcome "
     "Record and marking, and shadow an experienced tutor for one module; all tutors follow the Tutor Guide "
     "and attend the team development day each spring. Practice Mentors are senior colleagues in the "
     "participant's school. A Practice Mentor briefing pack is planned; for the first cohort mentors will "
     "be briefed by their participant."),
], "Tutors: live. Mentor pack: not started.")

sheet("I-12", "Assessment, moderation and the award", [
    ("What we will do", "Assessment is by three assignments and a portfolio. Assignment 1 (Module 1): a review of "
     "the school's SEN policy and provision, including a provision map and recommendations presented to "
     "the headteacher and SEN governor. Assignment 2 (Module 2): a pupil profile and intervention study, "
     "using other professionals' reports, the pupil's own views and baseline and 12-week measures on the TF "
     "Progress Checker. Assignment 3 (Module 3): a change project led with colleagues, with a 30-minute "
     "professional discussion with two tutors. The portfolio holds the visit record, a record of a review "
     "meeting with a family, a coaching record and the Outcome Record."),
    ("Moderation", "Every assignment is marked by the personal tutor and a 20 per cent sample, with all fails, is "
     "second-marked; a Mersland moderator samples each module; the external examiner sees a sample from "
     "every module and attends the Award Board. Markers standardise on exemplars before each marking round."),
    ("The award", "The Award Board recommends the award only when all three assignments and the portfolio have "
     "passed and the Outcome Record shows every national outcome evidenced and signed off by the personal "
     "tutor and the moderator. A participant with any outcome not signed off is referred."),
], "Live.")

sheet("I-13", "Measuring impact and evaluation", [
    ("What we will do", "We evaluate with study-day and module evaluations, the Completion Profile (the Starting "
     "Profile repeated), termly reviews by the Programme Lead, the Stakeholder Panel, the external "
     "examiner, Mersland's annual monitoring and our trustees' Education Committee. Pupil impact is measured "
     "through Assignment 2: each participant records baseline and 12-week TF Progress Checker scores for "
     "their case-study pupils and one well-being measure agreed with the pupil, which we collate across "
     "the cohort. Six months after completion we survey headteachers about changes in provision and "
     "outcomes. The Head of Evaluation reports the scorecard measures to the Director each term, and "
     "changes are agreed with the Stakeholder Panel and made through Mersland's modification process."),
], "Live.")

ps = sheet("I-14", "Completion", [
    ("What we will do", "Participants who complete receive their certificate at a celebration event in the "
     "House of Commons each spring. Graduates join our alumni network and receive our termly e-bulletin."),
], "Live.")
p = d.add_paragraph()
p.add_run("At the final tutorial each participant drafts a Next Steps plan of three professional targets, to "
          "agree with their headteacher at performance review, and the tutor discusses further study.")
mark_par(p, "del", DIR, "2008-11-06T11:02:00Z")

sheet("I-15", "Cost", [
    ("What we will do", "The fee for the taught routes is set each year by the Director with Mersland."),
], "Live.")

# ANNEX 1
d.add_page_break()
d.add_heading("Annex 1: The Outcome Record", 1)
d.add_paragraph("Each participant keeps this record. 'Where built' is where the course develops the outcome; "
                "'How evidenced' is what the tutor signs off; 'Counts' shows whether that evidence is marked "
                "towards the award (Y) or not (N).")
rows = [["Code", "You can...", "Where built", "How evidenced", "Counts"]]
grp = [
    ("Attributes", [
        ("OR1", "build fair, respectful relationships with pupils with SEN and their families", "Hearing every voice; parents' day", "Assignment 2; family review record", "Y"),
        ("OR2", "win the commitment of colleagues, the head and senior leaders", "Module 3, leading colleagues", "Study-day role play (formative)", "N"),
        ("OR3", "prioritise, manage your time and delegate well", "Module 3", "Assignment 3 (reflective section on managing the project)", "Y"),
        ("OR4", "anticipate problems and make sound decisions on provision", "Modules 2 and 3", "Assignment 3; professional discussion", "Y"),
        ("OR5", "speak and write clearly and listen to others", "All modules", "Professional discussion; all assignments", "Y"),
        ("OR6", "use research and outside advice to improve practice", "Module 2", "Assignment 2 (evidence base)", "Y"),
        ("OR7", "keep up to date and lead your own CPD", "All modules", "Assignment 3 (reflective section)", "Y"),
    ]),
    ("Knowledge", [
        ("OR8", "know SEN law and guidance, including the Code of Practice, and apply it", "Module 1", "Assignment 1", "Y"),
        ("OR9", "know Every Child Matters and the SENCO's part in it", "Module 1", "Assignment 1", "Y"),
        ("OR10", "know how children develop and what affects development", "Module 2", "Assignment 2", "Y"),
        ("OR11", "know the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD)", "Module 2", "Assignment 2", "Y"),
        ("OR12", "judge approaches and resources for assessment and teaching, including ICT", "Module 2", "Assignment 2", "Y"),
        ("OR13", "know the principles of school self-evaluation for SEN", "Module 1", "Assignment 1", "Y"),
        ("OR14", "know best practice and research in meeting SEN", "Module 2", "Assignment 2", "Y"),
        ("OR15", "know what outside agencies do and how to get their help", "Module 3, multi-agency day", "Reading log (not submitted)", "N"),
    ]),
    ("Skills", [
        ("OR16", "shape an inclusive ethos and policy with senior leaders and governors", "Module 1", "Assignment 1 (presentation to head and governor)", "Y"),
        ("OR17", "identify pupils with SEN, set targets, plan interventions and review", "Module 2", "Assignment 2", "Y"),
        ("OR18", "use other professionals' assessments in planning teaching", "Module 2", "Assignment 2", "Y"),
        ("OR19", "use summative data and national tests to track progress", "Module 2", "Tracking sheet: tutor check, not graded", "N"),
        ("OR20", "help colleagues develop formative assessment for pupils with SEN", "Module 3", "Coaching record (portfolio)", "Y"),
        ("OR21", "arrange access arrangements for tests and examinations in good time", "Module 2", "Assignment 2 (section on the pupil's test arrangements)", "Y"),
        ("OR22", "use provision mapping and find gaps", "Module 1", "Assignment 1 (provision map)", "Y"),
        ("OR23", "deploy and manage support staff", "Module 3, deploying TAs day", "Optional portfolio item", "N"),
        ("OR24", "develop colleagues: observation, modelling, coaching, training", "Module 3", "Coaching record; Assignment 3", "Y"),
        ("OR25", "involve pupils in planning and reviewing their provision", "Hearing every voice", "Assignment 2 (pupil's views)", "Y"),
        ("OR26", "work with parents and carers", "Parents' day", "Family review record (portfolio)", "Y"),
        ("OR27", "work with other services and voluntary bodies", "Module 3, multi-agency day", "Assignment 3 (partnership section)", "Y"),
    ]),
]
merge = []
for g, items in grp:
    merge.append(len(rows))
    rows.append([g] + [None] * 4)
    for it in items:
        rows.append(list(it))
    if g == "Knowledge":
        krow = len(rows)
        rows.append(["OR9a", "know disability equality law and what it requires of schools", "Module 1", "Assignment 1", "Y"])
tb = table(d, rows, widths=[1.3, 6.5, 3.5, 4.5, 1.3], size=8.5)
for i in merge:
    a = tb.cell(i, 0).merge(tb.cell(i, 4))
    cell_text(a, rows[i][0], bold=True, size=9)
    shade(a, "E2EFD9")
mark_row(tb.rows[krow], "del", UNI, "2008-11-05T14:31:00Z")
p = d.add_paragraph("Outcomes marked N are covered in teaching, and the tutor confirms them on the Outcome Record.")
comment(d, p, "Colin: why has OR9a gone? Is disability law covered somewhere else now?", DIR, "MR")

# ANNEX 2
d.add_heading("Annex 2: The team", 1)
table(d, [
    ["Name", "Role", "Background and current practice"],
    ["Maggie Rowntree", "Director of Training and Workforce", "Former headteacher of a special school; MA Special Education"],
    ["Dr Iona Blackett", "Programme Lead; personal tutor", "Former SENCO and LA inclusion adviser; PhD on SENCO leadership; tutors two days a week and advises schools three"],
    ["Sam Okafor", "Tutor, Module 2; e-tutor", "Speech and language therapist (HPC registered), works in two primary schools"],
    ["Dr Helen Tsui", "Tutor, Module 2", "Educational psychologist, Westfold LA; practising"],
    ["Rachel Imrie", "Tutor, Module 3", "Serving SENCO and deputy head, Hallam Road Primary"],
    ["Colin Asante", "Mersland link and moderator", "Senior Lecturer in Education; former secondary SENCO"],
], widths=[3.5, 4.5, 9])

d.save(str(Path(__file__).with_suffix("").with_suffix(".docx")))
