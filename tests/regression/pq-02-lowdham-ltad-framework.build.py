"""pq-02-lowdham-ltad-framework

Provider (invented): Lowdham Vale Volleyball Club's Schools Programme ("Vale Schools Volley"),
which has coached in about 40 Lowdham Vale schools since 1997; the Award is validated by the
(invented) Castlegate University. Framework version 3, January 2009, sent as the application.

Document kind and layout: the course written as the club's Long-Term Athlete Development (LTAD)
framework, in the manner of a governing body's LTAD document (Balyi's stages, the Ten Key
Factors, windows of trainability), renamed the "Long-Term Development Framework for SENCOs".
No heading styles anywhere: titles are bold capitalised Normal paragraphs with hand-typed
"FACTOR n \u2014" and "STAGE n \u2014" numbers; lists typed with "\u2022"; two paragraphs broken by
manual line breaks as if pasted; a chair's foreword of values and hopes; two "Coach's Corner"
text boxes of beliefs; five stage tables with a merged, shaded title row ("Training :
Competition" ratios, a template prompt left in the Stage 5 table); a Squad Day table; a
landscape "Windows of Trainability" chart of the outcomes whose codes (Test letters, "m", dash)
are keyed in Factor 5, pages above it; a tracked insertion (Direct Entry to Competition) and a
tracked deletion (a discussion board); a comment; a header; a footer with an endorsement claim
and a page field; a placeholder for Steering Group dates.
Terms: participant; Programme Coach = programme leader; Performance Coaches = tutors; Link Coach
= school-based mentor; Squad Day = taught day; Developmental Age check = pre-course needs
assessment; IDP = individual development plan; Tests A-D = assessed pieces ("Competition");
Final Review Panel = award board; Vale Learning = the club's Moodle site.

Traps (requirement ids):
- Credits at two levels: "40 at Level 7 and 20 at Level 6" (E.2 partially_met).
- Aim about attainment only ("reading, writing and mathematics"); well-being appears only in the
  chair's values (1.1 partially_met).
- Research: the only research named is sport science (Balyi's LTAD); SEN content is said to be
  kept up to date in general terms only (1.3 partially_met); K8 monitored only.
- Disability equality law left to the Council's Equalities Team training, "we do not repeat it"
  (1.4 partially_met, 6.K3 not_met: another body's arrangement).
- Parents: one 90-minute session; the rest left to the Parent Partnership Service's own course
  (1.7 partially_met); S8 monitored only.
- APL negated, with a past arrangement from the pilot that was stopped (2.1 not_met).
- Assessment-only route present only as a tracked insertion, which counts (2.3 met).
- E-learning with tutor e-mail support between Squad Days but the peer discussion board deleted
  and "no online discussion between participants" (3.3 partially_met).
- External evaluation: none yet, only the external examiner to be appointed; a comment saying
  the examiner is confirmed is not part of the submission (5.1 partially_met).
- Compensation between Tests in the award rule (6.0 partially_met; 1.9 partially_met with the
  "m" lines and the missing and absent outcomes).
- Unsupported claim that the chart lists every national outcome, while the access-arrangements
  outcome has no line and is never mentioned (6.S2d not_met).
- Right words, wrong thing: the "partnership with voluntary organisations" line is a day
  helping the club's volunteers and partner clubs at a sports festival (6.S9 not_met).
- Chart codes: "m" (monitored, not marked) for A5, A7, K8, S2c, S5, S8 (partially_met); a dash
  in Window for K9, marked in Test B but not taught (partially_met).
- Values and hopes in the foreword and text boxes are never evidence; the footer's endorsement
  is never evidence; the template prompt in the Stage 5 table is not an answer.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _pq_helpers import *  # noqa
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = "pq-02-lowdham-ltad-framework"

doc = base_doc("Calibri", 10.5)
header_footer(doc, "LOWDHAM VALE VOLLEYBALL CLUB  \u00b7  VALE SCHOOLS VOLLEY  \u00b7  LTD-S FRAMEWORK v3  \u00b7  JANUARY 2009",
              "Endorsed by the regional Schools Volleyball Panel. Approved for 2009.")

ORANGE = "C55A11"


def title(text, size=12, fill=None):
    p = para(doc, text, bold=True, size=size, color="1F1F1F")
    p.paragraph_format.space_before = Pt(10)
    if fill:
        shade_para(p, fill)
    return p


def bullet(text):
    return para(doc, "\u2022  " + text)


def stage_table(name, rows, fill):
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(m, name, bold=True, size=10.5, fill=fill)
    for i, (k, v) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), k, bold=True, size=9.5, fill="F2F2F2")
        cell_text(t.cell(i, 1), v, size=9.5)
    for row in t.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(12.6)
    para(doc, "")
    return t


# ------------------------------------------------------------- cover
para(doc, "LOWDHAM VALE VOLLEYBALL CLUB", bold=True, size=12, align="center", space_after=0)
para(doc, "Vale Schools Volley", italic=True, size=11, align="center", space_after=6)
para(doc, "LONG-TERM DEVELOPMENT FRAMEWORK FOR SENCOs", bold=True, size=20, align="center", space_after=2)
para(doc, "Our LTAD for the National Award for Special Educational Needs Coordination", size=12, align="center")
para(doc, "Version 3, January 2009. Prepared by the Programme Coach for the Vale Schools Volley Steering Group "
          "and sent to the TDA with the club's application for approval.", italic=True, align="center")

title("FOREWORD FROM THE CHAIR")
para(doc, "Lowdham Vale Volleyball Club believes that every child can be a player. For twelve years our coaches "
          "have taken volleyball into the Vale's schools, and the children who have taught us most are the ones "
          "who find school hardest. We believe that every child should be healthy, happy and active, and that "
          "every child with special educational needs deserves a teacher who knows how to lead the whole school "
          "round them. We hope that one day every school in the Vale will have a SENCO who has come through this "
          "framework. \u2014 Kath Dunmore, Chair")

# ------------------------------------------------------------- what is LTAD
title("1  WHAT THIS FRAMEWORK IS")
p = para(doc, "Long-Term Athlete Development (LTAD) is the way British sport now plans how a player grows from "
              "a first touch of the ball to a lifetime in the game. It is built on research into athletes' "
              "development (Balyi and Hamilton, 2004) and every governing body, ours included, has one.")
p.add_run().add_break()
p.add_run("Our Schools Programme uses the same shape for the teachers we train. This framework sets out the "
          "Award as five Stages, explains it through LTAD's Ten Key Factors, and ends with our Windows of "
          "Trainability chart, which lists every one of the national minimum outcomes and shows where each is "
          "trained and how it is measured.")
para(doc, "The Award is validated by Castlegate University as its Postgraduate Certificate in Special "
          "Educational Needs Coordination (validation event held 9 December 2008). It carries 60 credits: 40 at "
          "Level 7 and 20 at Level 6, because Test A is set and marked at Level 6. The University awards the "
          "certificate and the credit; the club recruits, teaches, mentors and assesses under the University's "
          "regulations.")
para(doc, "The framework's aim is simple: pupils with special educational needs in our participants' schools "
          "make faster progress in reading, writing and mathematics. Every Stage has objectives that serve it, "
          "and Test C measures it.")

text_box(doc, [
    ("COACH'S CORNER", True),
    ("Inclusion is not a session, it is a culture. We coach the whole person. Nobody sits on the bench. "
     "Fun first, then skill, then winning.", False),
], height_pt=60, fill="FBE4D5")

# ------------------------------------------------------------- people
title("2  THE COACHING TEAM")
team = [
    ["Role in the framework", "Who", "Background"],
    ["Programme Coach (programme leader)", "Mrs Joanne Akers",
     "SENCO for fourteen years in two Vale secondary schools; MA in Inclusive Education (2004); NPQH; now "
     "leads Vale Schools Volley three days a week and is still SENCO at Ashby Lane School two days a week."],
    ["Performance Coach", "Mr Tom Redfern",
     "Advisory teacher for specific learning difficulties with the Council's Learning Support Service; AMBDA; "
     "runs the Council's SENCO cluster meetings."],
    ["Performance Coach", "Ms Priya Shah",
     "Specialist teacher for speech, language and communication needs and hearing impairment; MSc Speech and "
     "Language Sciences (2006)."],
    ["Performance Coach", "Mr Alan Birtles",
     "Headteacher of Sandholme School (special school for pupils with severe and complex needs); Ofsted "
     "additional inspector until 2007."],
    ["University link tutor", "Dr Helen Marsh",
     "Senior Lecturer in Special and Inclusive Education, Castlegate University; moderates all Tests."],
    ["Link Coach", "A senior colleague in each participant's school", "Named by the headteacher (see Factor 9)."],
]
table(doc, team, widths=[4, 3.6, 9], header_fill="FBE4D5", size=9.5)
para(doc, "")
para(doc, "Performance Coaches keep their knowledge current through their own specialist posts, each spends "
          "at least a day a term in a school other than their own, and the coaching team meets each June to "
          "update every Squad Day before the new season.")

# ------------------------------------------------------------- ten key factors
title("3  THE TEN KEY FACTORS")
para(doc, "LTAD rests on ten key factors. This is what each one means for the Award.")

title("FACTOR 1 \u2014 THE TEN-YEAR RULE", 11)
para(doc, "It takes about ten years to make an expert. The Award is one Stage on a long road, so it ends by "
          "looking forward. At Squad Day 9 (Stage 5, Active for Life) each participant uses our Active for Life "
          "Plan to write three professional targets for the next two years, with the training or support each "
          "will need, and takes the plan to their performance management meeting with their headteacher. The "
          "Programme Coach telephones every participant six months later to ask how the targets are going.")

title("FACTOR 2 \u2014 FUNDAMENTALS", 11)
para(doc, "Players who miss the basics pay for it later. Stage 1 gives every participant the fundamentals of "
          "the SENCO's job: the law and policy on SEN, Every Child Matters, how children develop, and the most "
          "common kinds of special educational needs.")

title("FACTOR 3 \u2014 SPECIALISATION", 11)
para(doc, "Specialise late, not early. Participants keep a broad base until Stage 3, when each chooses the "
          "focus of their School Project with their Link Coach and Performance Coach.")

title("FACTOR 4 \u2014 DEVELOPMENTAL AGE", 11)
para(doc, "In sport, two twelve-year-olds can be years apart in development. Two SENCOs with the same years "
          "in post can be just as far apart. Before Squad Day 1 every participant has a Developmental Age check:")
bullet("a self-assessment against every line of the Windows of Trainability chart, each line rated from "
       "\u201cnew to me\u201d to \u201cI lead others in this\u201d, with evidence for the higher ratings;")
bullet("a one-hour meeting in the participant's school with a Performance Coach, who looks at the evidence and "
       "at the school's SEN register, provision map and policy;")
bullet("a short statement from the headteacher on what the school needs from its SENCO.")
para(doc, "From these the Performance Coach and the participant write the Individual Development Plan (IDP): "
          "the participant's personal targets on the chart's lines, which four online units they will take, "
          "their reading, and the likely focus of their School Project. The IDP is reviewed at the end of every "
          "Stage.")
para(doc, "Accreditation of prior learning is not available on this Award: every participant takes every Stage "
          "and every Test, whatever they have studied before. In the 2007-08 pilot two teachers were excused Test "
          "A because they held a dyslexia certificate; Castlegate's regulations for the Award do not allow this, "
          "and we have stopped it.")
p = para(doc, "")
tracked_ins(p, "Direct Entry to Competition. In exceptional cases, such as an advisory teacher or an experienced "
               "SENCO moving to the Vale from another authority, a teacher who appears already to meet the "
               "outcomes may go straight to Stage 4 and take Tests A to D without attending Squad Days, after a "
               "Developmental Age check with the Programme Coach. The standard is the same; the fee is \u00a3450.",
            author="Joanne Akers", date="2009-01-12T11:20:00Z")

title("FACTOR 5 \u2014 TRAINABILITY", 11)
para(doc, "Every capacity has a window when it trains best. The chart at the end of this framework gives each "
          "capacity a Window, the Stage in which it is trained, and a Measured by entry. A Test letter (A, B, C "
          "or D) means the capacity is marked in that Test against the Award's standard. A small m means the "
          "capacity is monitored: a coach watches for it, notes progress in the IDP and gives feedback, but it "
          "is not marked. A dash in the Window column means the capacity has no Squad Day or online unit of its "
          "own.")

title("FACTOR 6 \u2014 THE WHOLE SENCO", 11)
para(doc, "Players develop physically, mentally, cognitively and emotionally, and so do SENCOs. Squad Day 2 "
          "works on the SENCO's relationships with pupils and their families and on speaking, writing and "
          "listening; Squad Day 8 works on time, priorities and delegation and on solving problems before they "
          "grow.")

title("FACTOR 7 \u2014 PERIODISATION", 11)
para(doc, "The year is planned in Stages. Stages 2 and 3 may be taken in either order, so a participant who "
          "starts in January can join the group already in Stage 3. There are two starts a year, in September "
          "and January. A participant may finish in one school year or spread the Stages over two. Squad Days are "
          "on Saturdays (09:30 to 15:00); the online units on Vale Learning, the club's Moodle site, are done at "
          "home or school at the participant's own pace within the Stage.")

title("FACTOR 8 \u2014 CALENDAR PLANNING FOR COMPETITION", 11)
para(doc, "The Award has four Tests, spread so that no two fall in the same half-term:")
tests = [
    ["Test", "What the participant does", "When", "Weight"],
    ["A  The Rulebook", "A 3,000-word essay on the law and policy on SEN, Every Child Matters and how children "
     "develop, applied to the participant's school. Set and marked at Level 6.", "End of Stage 1", "20%"],
    ["B  Case File", "A case file on two pupils: identifying their needs, the kinds of SEN involved, targets, the "
     "plan and strategies (including ICT), the assessments of other professionals, a referral to an outside "
     "agency, and the Pupil Voice Rally: a consultation the participant plans and carries out with at least four "
     "pupils with SEN about something that affects them, and how the pupils then helped set and review their "
     "own targets.", "End of Stage 2", "30%"],
    ["C  School Project", "A 5,000-word report of an improvement the participant leads in their school: a "
     "provision map, a review of provision with colleagues against the school's self-evaluation, tracking of "
     "summative data, how the participant supported colleagues' development during the project (observing and giving feedback, coaching, training), a short review of published research on the chosen approach, and each target pupil's "
     "baseline and re-test scores in reading, writing or mathematics.", "End of Stage 3", "35%"],
    ["D  Court Review", "A 20-minute presentation to the headteacher and a Performance Coach on leading SEN in "
     "the school, with a professional discussion: the plan taken to governors, how the participant won the "
     "senior team's support, how teaching assistants are deployed, a problem the participant saw coming and how "
     "they resolved it, and how the participant manages their time and delegates.", "Stage 4", "15%"],
]
table(doc, tests, widths=[2.8, 10, 2.3, 1.5], header_fill="FBE4D5", size=9)
para(doc, "")
para(doc, "Every Test is marked by a Performance Coach and a sample of at least one in three, including every "
          "fail and every distinction, is second-marked by another coach. The coaching team marks two pilot "
          "scripts together before each marking round, and Dr Marsh moderates a sample of every Test for the "
          "University's Board of Examiners.")
para(doc, "The Award is made by the Final Review Panel to participants whose Tests add up to 50% or more. A "
          "participant may fail one Test (below 50% but not below 40%) and still receive the Award if the overall "
          "mark is 50% or more. Attendance at Squad Days earns no marks.")

title("FACTOR 9 \u2014 SYSTEM ALIGNMENT AND INTEGRATION", 11)
para(doc, "LTAD only works when clubs, schools and governing bodies pull the same way. So does the Award.")
para(doc, "Before writing version 1 we sent a questionnaire to the heads and SENCOs of the 40 schools we coach "
          "in; 33 schools replied. The Council's SEN team gave us its SEN Strategy 2007-10 and its figures on "
          "SENCO turnover. Schools asked most for help with provision mapping, managing teaching assistants and "
          "the SENCO's time; the Council asked for stronger tracking of pupils' progress. Squad Days 4, 7 and 8 "
          "are built round those answers.")
para(doc, "The Steering Group (three headteachers, the Council's Principal Officer for SEN, a parent governor, "
          "a former pilot participant and the Programme Coach) agreed this framework. After the pilot it changed "
          "three things: the exam was replaced by the School Project, provision mapping moved from Stage 3 to "
          "Stage 2 and back again when heads said it needed the school's data first, and the January start was "
          "added at the heads' request.")
para(doc, "The Steering Group meets twice a year to read the evaluation evidence (Factor 10) and decide changes. "
          "[Steering Group dates for 2009-10 to be confirmed.] Headteachers name each participant's Link Coach; "
          "the Council's officers teach on Squad Days 4 and 7; former pilot participants act as Link Coaches in "
          "their own schools.")
para(doc, "Link Coaches are trained before they start: a half-day session at the club each September and "
          "January and the Link Coach Handbook, which sets out what they do (meet the participant twice a half-"
          "term, help them gain access to data and colleagues, and sign the School Project's evidence log) and "
          "what they do not do (mark Tests). Performance Coaches have a Coach Handbook, an induction with the "
          "Programme Coach and the joint marking before each round.")
para(doc, "Disability equality law is not part of Squad Day 1: every teacher in the borough is trained on the "
          "Disability Discrimination Act and the Disability Equality Duty by the Council's Equalities Team, and "
          "we do not repeat it.")
para(doc, "Working with parents and carers has one 90-minute session on Squad Day 5. For the rest, we "
          "encourage every participant to attend the Parent Partnership Service's own two-day course, Partners "
          "in Provision.")

title("FACTOR 10 \u2014 CONTINUOUS IMPROVEMENT", 11)
p = para(doc, "Every Squad Day ends with an evaluation sheet; every online unit has a short survey; the coaching "
              "team reviews both after each Stage; and the Steering Group reads a summary twice a year and "
              "records what will change. We have not yet arranged any external evaluation of the Award; the "
              "University will appoint an external examiner once the first Tests have been marked.")
doc.add_comment(p.runs, text="Helen says the external examiner is confirmed for September. Update? JA",
                author="Joanne Akers", initials="JA")
p = para(doc, "We measure the Award's impact in three ways. Each participant rates their competence and "
              "confidence on every line of the chart at the Developmental Age check and again at the Court Review.")
p.add_run().add_break()
p.add_run("Each target pupil in a School Project has a baseline and a re-test score, and the Programme Coach "
          "puts every participant's pupil results together each summer for the Steering Group. Headteachers "
          "complete a short questionnaire six months after the Award on what has changed in their school.")
para(doc, "Content is reviewed every June to keep it up to date with the latest research and national "
          "developments.")

# ------------------------------------------------------------- access
title("4  ACCESS FOR EVERY PARTICIPANT")
para(doc, "As a training provider we have duties under the Disability Discrimination Act, and we plan for "
          "disabled participants before they arrive. The application form and the Developmental Age check both "
          "invite participants to tell us, in confidence, about a disability or health condition, and say why we "
          "ask. We make reasonable adjustments in teaching and in the Tests: handouts in large print or on "
          "coloured paper, extra time or a viva in place of part of a written Test, a note-taker or a British "
          "Sign Language interpreter, and recorded feedback. All Squad Day venues have level access. Our leaflet "
          "about the Award is available in large print and audio, and says that disabled teachers are welcome "
          "to apply and how to ask for adjustments.")

# ------------------------------------------------------------- stages
title("5  THE STAGES")
stage_table("STAGE 1 \u2014 LEARNING THE COURT  (September to December)", [
    ("Objectives", "Know the law, the policy and the kinds of need; see the whole SENCO role."),
    ("Key capacities", "A1, A5, K1, K2, K4, K5 (see the chart)"),
    ("Training : competition", "80 : 20"),
    ("Training", "Squad Days 1 to 3; reading from the IDP."),
    ("Competition", "Test A"),
    ("Support", "Performance Coach tutorial at each Squad Day; Link Coach meetings in school."),
], "FBE4D5")
stage_table("STAGE 2 \u2014 LEARNING TO LEAD  (January to March)", [
    ("Objectives", "Identify, plan, teach and review for pupils with SEN; hear pupils; use other professionals' "
                   "advice."),
    ("Key capacities", "K5, K6, K8, S2, S2a, S2b, S2c, S7, S8"),
    ("Training : competition", "60 : 40"),
    ("Training", "Squad Days 4 to 6; four online units on Vale Learning chosen from seven in the IDP; a placement "
                 "day at Sandholme School or at the Hillcrest Primary resourced provision for speech, language "
                 "and communication needs, which we arrange."),
    ("Competition", "Test B"),
    ("Support", "Performance Coaches answer questions on the online units by e-mail within five working days."),
], "FBE4D5")
stage_table("STAGE 3 \u2014 LEADING TO IMPROVE  (April to July)", [
    ("Objectives", "Lead an improvement in the participant's own school and show what it did for pupils."),
    ("Key capacities", "A2, A3, A4, A6, K7, S1, S3, S4, S5, S6, S9"),
    ("Training : competition", "40 : 60"),
    ("Training", "Squad Days 7 and 8; the School Project in the participant's own school."),
    ("Competition", "Test C"),
    ("Support", "Link Coach meetings; two tutorials with the Performance Coach, one in school."),
], "FBE4D5")
stage_table("STAGE 4 \u2014 COMPETITION", [
    ("Objectives", "Show the standard."),
    ("Training : competition", "0 : 100"),
    ("Competition", "Test D, the Court Review; the Final Review Panel."),
], "F8CBAD")
stage_table("STAGE 5 \u2014 ACTIVE FOR LIFE", [
    ("Objectives", "Keep developing after the Award."),
    ("Key capacities", "A7"),
    ("Training", "Squad Day 9: the Active for Life Plan (Factor 1)."),
    ("Competition", "[Describe the competition structure for this stage: formats, frequency, level of "
                    "competition.]"),
], "F8CBAD")

title("6  SQUAD DAYS")
sq = [
    ["Squad Day", "Stage", "Content"],
    ["1", "1", "The SENCO and the law: the Education Act 1996, the SEN Code of Practice (2001), Removing Barriers "
     "to Achievement, the Children Act 2004 and Every Child Matters, the Education (SEN Co-ordinators) "
     "Regulations 2008. What they mean for the school and the SENCO and how to put them into practice."],
    ["2", "1", "How children develop and how SEN, disability and the setting affect development. Relationships "
     "with pupils and families; speaking, writing and listening as a SENCO."],
    ["3", "1", "Autistic spectrum disorders; behavioural, emotional and social difficulties; specific learning "
     "difficulties including dyslexia; speech, language and communication needs; moderate learning "
     "difficulties. How each affects learning."],
    ["4", "2", "Identifying needs, setting targets, planning and reviewing interventions. Using reports from "
     "educational psychologists and therapists. National tests, P scales and teacher assessment to track "
     "progress. Helping colleagues use formative assessment. (Council officers teach part of this day.)"],
    ["5", "2", "Pupil voice: ways of consulting pupils with SEN (talking mats, diamond ranking, interviews, "
     "pupil-led reviews), practised in pairs and planned for the Pupil Voice Rally; involving pupils in their "
     "targets and reviews. Working with parents and carers (90 minutes)."],
    ["6", "2", "Approaches, strategies and resources for teaching and assessment, including ICT and assistive "
     "technology; best practice from our partner schools."],
    ["7", "3", "School self-evaluation and improvement; provision mapping and management; reviewing provision "
     "with colleagues. (Council officers teach part of this day.)"],
    ["8", "3", "Leading colleagues: the head, senior team and governors; an inclusive ethos and policy; deploying "
     "and managing teaching assistants; coaching and supporting colleagues' development; working with other "
     "SENCOs through the Council's cluster; time, priorities, delegation; solving problems; using research in "
     "school."],
    ["9", "5", "Active for Life: keeping up to date, the Active for Life Plan, celebration."],
]
table(doc, sq, widths=[2, 1.5, 13.1], header_fill="FBE4D5", size=9)
para(doc, "")
para(doc, "The seven online units on Vale Learning are: dyslexia-friendly classrooms; autism and the learning "
          "environment; speech, language and communication; behaviour for learning; assistive technology; "
          "difficulties with number; sensory impairment. Each has video clips from our partner schools, readings "
          "and a task.")
p = para(doc, "Questions about a unit go to the Performance Coach who wrote it, by e-mail. ")
tracked_del(p, "A discussion board for each unit lets participants talk to each other and to the coach "
               "between Squad Days. ", author="Joanne Akers", date="2009-01-12T11:31:00Z")
p.add_run("There is no online discussion between participants.")

title("7  RESOURCES")
para(doc, "Participants have Castlegate University library membership for the length of the Award. The club "
          "lends each school a resource box for its Stage 2 case file (screening tests, visual supports, a "
          "talking mat kit) and brings a demonstration set of assistive technology (text-to-speech software, "
          "Clicker 5, a symbol-writing program and switches) to Squad Day 6. Vale Learning holds all readings "
          "and the online units.")

text_box(doc, [
    ("COACH'S CORNER", True),
    ("A good coach never stops learning. We want every participant to leave us hungry for more, and we are "
     "always looking at how we could do better.", False),
], height_pt=55, fill="FBE4D5")

title("8  WHO CAN JOIN")
para(doc, "Participants must hold Qualified Teacher Status, be their school's SENCO or be named by their head "
          "to become SENCO within a year, and have their headteacher's written support. The Programme Coach "
          "reads every application and the head's statement, and the Developmental Age check confirms that the "
          "participant can reach the Award's standard within the time they have chosen. Teachers who are not "
          "ready are offered a meeting, a written note of what to do first (often the Council's SENCO cluster "
          "for a year) and a call to their headteacher.")
para(doc, "Before Squad Day 1 the club checks with each participant's school the number and date of their "
          "enhanced Criminal Records Bureau disclosure, and records it. A participant who has not worked in a "
          "school in the last three months applies for a new enhanced disclosure through the club's Welfare "
          "Officer before starting, and the club takes up a reference from their last employer.")
para(doc, "The fee is \u00a31,200. Schools in the Council's SEN network pay \u00a3900, because the Council meets "
          "the rest from its SENCO training budget. Squad Days are on Saturdays, so schools pay no supply cover. "
          "Groups are kept to 14, and the IDP decides which online units, reading and School Project focus each "
          "participant takes, so that no one repeats what they already know well.")

# ------------------------------------------------------------- chart (landscape)
new_section(doc, landscape=True)
title("9  WINDOWS OF TRAINABILITY")
para(doc, "Each line below is one of the national minimum outcomes, in our words. Window and Measured by are "
          "explained under Factor 5.")
chart = [
    ["Line", "Capacity", "Window", "Measured by"],
    ["ATTRIBUTES", None, None, None],
    ["A1", "Fair, respectful, supportive relationships with pupils with SEN or disabilities and with their families", "S1", "m"],
    ["A2", "Wins the commitment of colleagues, the headteacher and senior leaders", "S3", "D"],
    ["A3", "Prioritises, manages time and delegates well, checking delegated work is done", "S3", "D"],
    ["A4", "Anticipates and resolves problems; makes sound, well-founded decisions on provision", "S3", "D"],
    ["A5", "Speaks and writes clearly; listens to and understands others", "S1", "m"],
    ["A6", "Draws on research and outside advice to improve own and colleagues' practice", "S3", "C"],
    ["A7", "Keeps up to date and takes charge of own professional development in SEN and disability", "S5", "m"],
    ["KNOWLEDGE AND UNDERSTANDING", None, None, None],
    ["K1", "The law and guidance on SEN, including the Code of Practice, and how to put them into practice", "S1", "A"],
    ["K2", "Every Child Matters: its principles and outcomes and the SENCO's part", "S1", "A"],
    ["K3", "The law on disability equality and what it requires (see Factor 9)", "\u2014", "\u2014"],
    ["K4", "How children develop and how SEN, disability and the environment affect development", "S1", "A"],
    ["K5", "The common kinds of SEN and disability and how they affect learning", "S1, S2", "B"],
    ["K6", "Approaches, strategies and resources, including ICT, to remove barriers and personalise provision", "S2", "B"],
    ["K7", "School self-evaluation and improvement and how they bear on pupils with SEN", "S3", "C"],
    ["K8", "Best practice and research in meeting SEN", "S2", "m"],
    ["K9", "The scope and role of outside agencies; getting specialist support", "\u2014", "B"],
    ["SKILLS", None, None, None],
    ["S1", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources", "S3", "D"],
    ["S2", "Identifies pupils with SEN, sets challenging targets, plans interventions, reviews progress", "S2", "B"],
    ["S2a", "Uses assessments from a range of professionals", "S2", "B"],
    ["S2b", "Uses summative assessment and national tests to track progress and change programmes", "S2", "C"],
    ["S2c", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "S2", "m"],
    ["S3", "Provision mapping and management; finds ineffective or missing provision", "S3", "C"],
    ["S4", "Deploys and manages staff effectively", "S3", "D"],
    ["S5", "Supports colleagues' professional development", "S3", "C"],
    ["S6", "Reviews and evaluates provision with colleagues, feeding the school's self-evaluation", "S3", "C"],
    ["S7", "Involves pupils in planning, agreeing and reviewing their provision", "S2", "B"],
    ["S8", "Liaises effectively with parents and carers", "S2", "m"],
    ["S9", "Partnership with other services and voluntary organisations: a day working alongside the club's "
           "volunteers and partner clubs at the Vale Schools Festival in June", "S3", "m"],
]
ct = table(doc, chart, widths=[1.6, 17.5, 2.6, 3], header_fill="C55A11", size=9)
for c in ct.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(chart):
    if i and row[1] is None:
        mc = ct.cell(i, 0).merge(ct.cell(i, 3))
        cell_text(mc, row[0], bold=True, size=9, fill="FBE4D5")
    elif i:
        if row[2] not in ("\u2014",):
            shade_cell(ct.cell(i, 2), "F8CBAD")
para(doc, "")
para(doc, "Shaded cells show the window in which a capacity is trained.", italic=True, size=9)
para(doc, "Joanne Akers, Programme Coach, for the Steering Group, January 2009", italic=True)

out = HERE / (NAME + ".docx")
doc.save(out)
print(out, word_count(out), "words")
