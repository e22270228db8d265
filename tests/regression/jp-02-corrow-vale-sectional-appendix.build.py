"""jp-02-corrow-vale-sectional-appendix

Provider (invented): the Footplate Learning Team of the Corrow Vale Railway Society, a
heritage railway's learning department, working with Kingsbarrow University (School of
Education), which validates the award. November 2008, for a January 2009 start.

Document kind and layout: the course written as a SECTIONAL APPENDIX, the railway's
standing route book that describes a line location by location (mileages, running lines,
line speeds, signal boxes, remarks) and then gives "Local Instructions" for each place.
Word Heading 1 / Heading 2 styles for its Modules. Module 1 explanatory notes and an
abbreviations table; Module 2 General Instructions numbered GI 1 ... GI 14; Module 3
"Table A: Line of Route" (Location | M Ch | Running line | Line speed | Signal box |
Remarks) with the Signal box column merged vertically where one Instructor covers several
locations and a shaded terminus row; Module 4 Local Instructions per location; Module 5
Route Availability; Module 6 the "Route Knowledge Schedule" of outcomes (Feature | Learned
at | Signed at) in three merged, shaded groups, with "UNSIGNED" and "CONDUCTED" cells
defined in a run of "Word: meaning." sentences above it; Module 7 signing for the road
(the tasks and award); Module 8 safety; Module 9 line performance; an amendments record
with "[TBC]" placeholders and blank prompts. Header and footer. Two Word comments.
House vocabulary: participants are "Trainees", study days are "Turns" at named
locations, tutors are "Instructors", school mentors are "Route Conductors", assessments
are Route Knowledge tasks RK1-RK3 and the "Terminus Examination", signed by "Assessors";
the needs assessment is the "Route Audit"; assessment-only is "Light Engine" working.

Traps (requirement ids):
- E.2 partially_met: Master's level, but "Credit value: [TBC]" (placeholder).
- 1.1 partially_met: the aims are about attainment ("reading, writing and mathematics")
  only; well-being is not in the aims or the task criteria (ECM is taught as content).
- 1.4 partially_met: SEN law and policy taught, but no disability legislation is taught;
  the DDA appears only as the Society's own duty (GI 11), which is wrong context for 1.4
  and 6.K3.
- 1.9 partially_met: UNSIGNED and CONDUCTED entries in the Schedule: not all outcomes
  assessed.
- 2.2 partially_met: the Route Audit exists, but "does not change the route": no
  individual plan or personalised outcomes.
- 2.4 partially_met: follows 2.2: one fixed route for all; cost given, no tailoring.
- 3.1 partially_met: only a general statement of compliance and a venue note; no
  arrangement for anticipating needs or adjustments.
- 3.2 partially_met: "single line working": one January start, Turns in fixed order; only
  catching up a missed Turn next year.
- 3.3 not_applicable: "There is no online section of the Learning Line".
- 4.3 partially_met: council staff and a special school take part in delivery, but
  evaluation by schools and the council is only hoped for ("We hope that").
- 5.1 partially_met: a questionnaire and the examiner's report, but "Results are filed";
  nothing on how evidence improves the course.
- 5.3 not_met: CRB checks only for the Society's own members (wrong people); checks on
  Trainees are left to schools: "the Society does not ask for them" (negation /
  someone else's responsibility).
- 5.7 met, with distractor: "Route Conductors are sent a copy of this Appendix" alone would
  not do, but the same sentence goes on to a Route Conductors' briefing; Instructors and
  Assessors are inducted and standardised.
- 5.9 met: confidence ratings at the Route Audit and Terminus, pupil baseline and
  follow-up measures in RK2 collated each year, headteacher report six months on.
- 6.0 partially_met: no compensation between tasks, but the Certificate is awarded on
  passing the tasks, while UNSIGNED and CONDUCTED features are never shown.
- 6.A3, 6.K7, 6.S2c, 6.S7 partially_met: "UNSIGNED" (learned on a Turn, never signed).
- 6.A7 partially_met: the Schedule says "CONDUCTED" (left to the line manager), but GI 12
  has every Trainee agree onward targets at Kingsbarrow: developed a little, never signed.
- 6.S2a not_met: "CONDUCTED": left to the council's educational psychologists (someone
  else's responsibility); RK2 does not ask for other professionals' assessments.
- 6.S2d not_met: "CONDUCTED": left to the school's examinations officer.
- 6.K3 not_met: no feature for disability equality law; the DDA only as the Society's duty.
- 5.6 met: GI 15 "Rolling stock" is the resources paragraph under a railway name.
- 1.5 met, 6.K4 met: taught at Signal Hill and Beckside Halt; don't let their railway
  names hide them.
- A comment claims "APL agreed with KU" (comment, not evidence), but GI 6 states the APL
  arrangement in the body anyway (2.1 met).
- Mileages, line speeds and GI numbers are not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.shared import Pt
from _jp_helpers import new_doc, para, runs, table, merge_text, shade, header_footer, comment

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Times New Roman", 10.5)
header_footer(d, "Corrow Vale Railway  -  Sectional Appendix  -  Section LL: The Learning Line  -  Issue 1",
              "Amendments will be notified in the Periodic Operating Notice. Staff must keep this Appendix corrected "
              "up to date.")

H1 = "Heading 1"
H2 = "Heading 2"


def gi(num, title, text):
    return runs(d, [(f"GI {num}  {title}. ", {"b": True}), text])


def li(text):
    return para(d, text)


# ---------------------------------------------------------------- cover
para(d, "CORROW VALE RAILWAY SOCIETY", bold=True, size=16, align="c")
para(d, "SECTIONAL APPENDIX", bold=True, size=20, align="c")
para(d, "SECTION LL: THE LEARNING LINE", bold=True, size=13, align="c")
para(d, "Corrow Junction to Kingsbarrow", italic=True, size=12, align="c")
para(d, "National Award for SEN Coordination, with Kingsbarrow University", align="c")
para(d, "Issue 1. Effective from Monday 5 January 2009. Supersedes: none.", align="c")
para(d, "The Footplate Learning Team writes all of its courses in the form of the Society's own Sectional Appendix, "
        "so that the volunteers who run our lines and the teachers who travel on them work from one book. This "
        "Section LL describes the Learning Line as it will run for teachers new to the role of SENCO, and is "
        "submitted as our application for approval.", italic=True)

# ---------------------------------------------------------------- module 1
para(d, "Module 1  Explanatory Notes", style=H1)
para(d, "Table A gives the Learning Line location by location, in the order in which Trainees travel it. Mileages "
        "are given in miles and chains from Corrow Junction and stand for the study hours a Trainee has worked by "
        "that point (one mile for every ten hours). Line speed is the pace we expect: the lower the figure, the "
        "more reading and school work that stretch asks for. The Signal box column names the Instructor in charge "
        "of each location. Local Instructions for each location follow in Module 4.")
para(d, "Abbreviations used in this Section", bold=True)
table(d, [["Abbreviation", "Meaning"],
          ["FLT", "Footplate Learning Team of the Corrow Vale Railway Society"],
          ["KU", "Kingsbarrow University, School of Education"],
          ["CSEN", "Corrowshire County Council SEN and Inclusion Service"],
          ["RC", "Route Conductor: the mentor in the Trainee's own school"],
          ["RK", "Route Knowledge task, marked and signed by an Assessor"],
          ["TE", "Terminus Examination"],
          ["UNS", "Unsigned (see Module 6)"],
          ["CON", "Conducted (see Module 6)"]], widths=[3, 13])

# ---------------------------------------------------------------- module 2
para(d, "Module 2  General Instructions applicable to the whole Line", style=H1)
gi(1, "Owner of the Line",
   "The Learning Line is owned and run by the Footplate Learning Team, which has taught school groups at the "
   "Society's Corrow Junction museum and on the line since 1998. The Team is led by Jean Halloran (see GI 13).")
gi(2, "Validating authority",
   "Kingsbarrow University validated the Learning Line as its Postgraduate Certificate in Special Educational "
   "Needs Coordination at an event on 18 September 2008. The University awards the Certificate, enrols each "
   "Trainee, appoints the external examiner and holds the examination board.")
gi(3, "Level and credit", "Master's level (Level 7). Credit value: [TBC] - to be confirmed by the University's "
   "Academic Board in December 2008.")
gi(4, "Object of the Line",
   "The Learning Line exists to raise the attainment of pupils with special educational needs and disabilities. "
   "Its aims are that every Trainee, by the Terminus, leads provision in his or her school so that pupils with "
   "SEN make measurably better progress in reading, writing and mathematics, and that the school's data show it. "
   "The RK tasks are marked on the evidence of that progress.")
gi(5, "Practice in school",
   "Between Turns each Trainee works in his or her own school on tasks set at each location: an audit, a "
   "provision map, work with a group of pupils, a training session for colleagues. Every task feeds one of the "
   "RK tasks, and every RK task is written about the Trainee's own school, so the Line changes practice as it "
   "is travelled.")
p_apl = gi(6, "Through running",
           "A Trainee who holds Master's-level credit in SEN from another course, or whose experience as an "
           "acting SENCO can be shown in a portfolio mapped to the Route Knowledge Schedule, may apply to the KU "
           "accreditation of prior learning panel for up to 20 credits against RK1. The panel meets each "
           "November; its decision is recorded on the Trainee's file.")
comment(d, p_apl, "APL agreed with KU at validation - Dr Okonjo to confirm the panel dates.", "J. Halloran", "JH")
gi(7, "Light Engine working",
   "In exceptional cases a teacher who already leads SEN provision - for example an experienced SENCO new to "
   "this country's system, or a teacher from the county's support services - may run Light Engine: he or she "
   "attends no Turns, and submits RK1, RK2 and RK3 and sits the Terminus Examination, all marked to the same "
   "standard. The Lead Instructor decides on each request with the University, after interview. The fare for "
   "Light Engine working is £650.")
gi(8, "Route Audit",
   "Before Corrow Junction each Trainee completes the Route Audit, rating himself or herself against every "
   "feature of the Route Knowledge Schedule. The Audit is for the Trainee's own information and does not "
   "change the route: every Trainee travels every Turn in the order shown.")
gi(9, "Fares",
   "The fare is £1,200 for the whole Line, including the two placement days at Ashlin Vale School. Corrowshire "
   "pays half the fare for its own schools' SENCOs in 2009.")
gi(10, "Single line working",
   "There is one route over the Learning Line. Trainees start in January and travel the Turns in the order "
   "shown in Table A, on eight Thursdays. A Trainee who misses a Turn may pick it up on the following year's "
   "Line. There is no online section of the Learning Line; all Turns are taught face to face.")
gi(11, "Equality",
   "The Society welcomes all Trainees and complies with the Disability Discrimination Act 1995 and all other "
   "equality legislation. The museum classroom at Corrow Junction is on the ground floor.")
gi(12, "Onward working",
   "At Kingsbarrow each Trainee and Instructor agree three onward targets for the Trainee's next two years, "
   "which the Trainee takes to his or her performance management review with the headteacher; a copy is kept "
   "on the Trainee's file.")
gi(13, "Footplate staff",
   "Jean Halloran, Lead Instructor, was SENCO of two Corrowshire primary schools for eleven years, holds the "
   "Kingsbarrow MEd in Special Needs (2003) and works two days a week for CSEN as a SENCO network leader. "
   "Dr Peter Okonjo, Senior Lecturer at KU, teaches its MA in Inclusive Education and researches the "
   "assessment of pupils with SLCN. Sarah Penrose is a senior educational psychologist with CSEN. Each "
   "Instructor completes at least five days of specialist updating a year.")
gi(14, "Instructors and Assessors",
   "Instructors and Assessors are inducted by the Lead Instructor, work to the KU marking guide and attend a "
   "standardisation meeting before each marking round. Route Conductors are sent a copy of this Appendix and "
   "attend a two-hour Route Conductors' briefing at Corrow Junction in January, at which the Lead Instructor goes "
   "through what a Route Conductor does at each location, how to sign a Trainee's school tasks and when to call "
   "the Instructor.")
gi(15, "Rolling stock",
   "Trainees have full use of the KU library and its electronic journals, and of the Footplate Learning Team's "
   "resource collection in the museum classroom: standardised reading, spelling and language assessments, "
   "symbol software, text-to-speech and switch-access equipment, and a set of laptops with the software used "
   "on the Turns. CSEN lends its specialist equipment for Wellow Bank and Signal Hill, and its advisory teachers "
   "for sensory impairment show it in use.")
gi(16, "Gradients",
   "Table A gives each stretch a line speed. A low line speed warns of a steep gradient: Wellow Bank (15) asks for "
   "the most reading and the longest task, and Ashlin Vale (10) is two full days away from school. Trainees should "
   "plan their time with their Route Conductor and headteacher before Corrow Junction, and heads are asked to "
   "release Trainees for the eight Thursdays and the two placement days.")

# ---------------------------------------------------------------- module 3
para(d, "Module 3  Table A: Line of Route", style=H1)
rows = [["Location", "M Ch", "Running line", "Line speed", "Signal box", "Remarks"],
        ["Corrow Junction", "0 00", "Admission", "-", "J. Halloran", "Booking, entry checks, Route Audit. See LI 1."],
        ["Mill Lane (Turn 1)", "2 40", "Up Main", "25", "", "Thu 22 Jan 2009. The SENCO's role; Every Child Matters; "
         "SEN law and the Code of Practice."],
        ["Beckside Halt (Turn 2)", "4 20", "Up Main", "20", "", "Thu 12 Feb 2009. How children develop; the "
         "commonest kinds of need."],
        ["Ashlin Vale (placement)", "6 00", "Loop", "10", "D. Rhind", "Two days, Feb-Mar 2009, at Ashlin Vale School. "
         "See LI 4."],
        ["Pennock Crossing (Turn 3)", "7 60", "Up Main", "25", "S. Penrose", "Thu 19 Mar 2009. Parents and carers; "
         "other services and agencies."],
        ["Wellow Bank (Turn 4)", "9 40", "Up Main", "15", "Dr P. Okonjo", "Thu 30 Apr 2009. Assessment, tracking, "
         "provision mapping, teaching approaches and ICT."],
        ["Foxley Tunnel (Turn 5)", "11 20", "Up Main", "20", "", "Thu 4 Jun 2009. Leading colleagues: support staff, "
         "coaching, training."],
        ["Signal Hill (Turn 6)", "13 00", "Up Main", "25", "J. Halloran", "Thu 2 Jul 2009. Listening to pupils."],
        ["Castle Points (Turn 7)", "14 60", "Up Main", "20", "", "Thu 8 Oct 2009. Strategy, governors, "
         "school improvement."],
        ["Kingsbarrow (Turn 8)", "16 40", "Terminus", "-", "All", "Thu 19 Nov 2009. Terminus Examination; "
         "onward targets."]]
ta = table(d, rows, widths=[3.4, 1.2, 1.9, 1.4, 2.3, 6.3], size=8.5)
merge_text(ta, 1, 4, 3, 4, "J. Halloran", size=8.5)
merge_text(ta, 6, 4, 7, 4, "Dr P. Okonjo", size=8.5)
merge_text(ta, 8, 4, 9, 4, "J. Halloran", size=8.5)
for c in ta.rows[10].cells:
    shade(c, "EDEDED")

# ---------------------------------------------------------------- module 4
para(d, "Module 4  Local Instructions", style=H1)
para(d, "LI 1  Corrow Junction", style=H2)
li("Trainees must hold Qualified Teacher Status and be the SENCO, or the teacher designated to become the SENCO, of "
   "a school in the Corrow Vale area. The booking form carries a statement of the Trainee's SEN experience and a "
   "reference from the headteacher. The Lead Instructor reads every form against the Route Knowledge Schedule and "
   "meets any Trainee whose experience leaves doubt that he or she can reach every feature by Kingsbarrow. Where a "
   "teacher is not ready, the Lead Instructor writes to the teacher and the headteacher setting out what to do "
   "first, usually a term shadowing an experienced SENCO through the CSEN network, and offers a place on the next "
   "Line.")
para(d, "LI 2  Mill Lane", style=H2)
li("The first Turn sets out the SENCO's role and the Every Child Matters outcomes and the SENCO's part in them, then "
   "works through the Education Act 1996 (Part IV), the SEN Code of Practice 2001, Removing Barriers to Achievement "
   "(2004) and the 2008 regulations on the SENCO in schools. Trainees bring their school's SEN policy and compare "
   "it with the Code.")
para(d, "LI 3  Beckside Halt", style=H2)
li("Sarah Penrose leads a session on how children develop - physically, in language, socially and emotionally - "
   "and how development is shaped by SEN and disability and by the setting a child learns in. The afternoon takes "
   "the commonest kinds of need in turn: behavioural, emotional and social difficulties, dyslexia and other "
   "specific learning difficulties, speech, language and communication needs, autism, and moderate learning "
   "difficulties, and how each affects learning.")
para(d, "LI 4  Ashlin Vale", style=H2)
li("Every Trainee spends two days at Ashlin Vale School, Corrowshire's all-age special school, which has specialist "
   "status for communication and interaction. The days are planned by the headteacher, David Rhind, and each "
   "Trainee shadows a class teacher, the speech and language therapist and the school's outreach team. Trainees "
   "from special schools go instead to a mainstream school with a resource base, arranged by CSEN.")
para(d, "LI 5  Pennock Crossing", style=H2)
li("Pennock Crossing is where the Line meets families and other services. Representatives of the Corrowshire "
   "Parent Partnership Service and of Corrow Vale Families Together, a parents' group, lead the morning on "
   "working with parents and carers; in the afternoon Trainees plan a multi-agency meeting with a health "
   "visitor, a social worker and a voluntary sector worker, using a case from Ashlin Vale.")
para(d, "LI 6  Wellow Bank", style=H2)
li("The steepest stretch of the Line. Dr Okonjo takes Trainees through assessment for identifying need, "
   "the use of national test results and tracking data to check progress, target setting, intervention "
   "planning and review, provision mapping and the costing of provision, and approaches and resources for "
   "teaching, including ICT. The Turn draws on the Ofsted report Inclusion: does it matter where pupils are "
   "taught? (2006) and on the Bercow Review of services for children with speech, language and communication "
   "needs (2008). Formative assessment in the classroom is discussed in the last hour.")
para(d, "LI 7  Foxley Tunnel", style=H2)
li("Leading colleagues: deploying and managing teaching assistants and other support staff, observing lessons "
   "and giving feedback, coaching and mentoring, planning and leading training, and gaining the commitment of "
   "the headteacher and senior team. Time management, priorities and delegation are the subject of a short "
   "workshop after lunch. Trainees plan the Driving Turn (RK3) here.")
para(d, "LI 8  Signal Hill", style=H2)
li("Listening to pupils. Trainees learn and practise ways of consulting children and young people about matters "
   "that affect them - pupil interviews, talking mats, questionnaires in symbols, pupil-led reviews - and "
   "between Signal Hill and Castle Points each Trainee consults a group of pupils in his or her own school and "
   "brings the results to Castle Points. The same Turn looks at how pupils can take part in planning and "
   "reviewing their own provision.")
para(d, "LI 9  Castle Points", style=H2)
li("Strategy: working with the headteacher and governors on inclusive policy, priorities and resources; reviewing "
   "with colleagues how well provision works; school self-evaluation and the SEF. A chair of governors and a "
   "headteacher from a Corrowshire school take part.")
para(d, "LI 10  Kingsbarrow", style=H2)
li("The Terminus Examination (see Module 7) and the agreement of onward targets (GI 12).")

# ---------------------------------------------------------------- module 5
para(d, "Module 5  Route Availability", style=H1)
li("Route availability shows who may travel the Line. RA 1: SENCOs in post in mainstream primary and secondary "
   "schools. RA 2: SENCOs of special schools and pupil referral units, who take the mainstream placement in LI 4. "
   "RA 3: teachers designated by their headteacher to become SENCO within a year. All three travel the same "
   "route, described in GI 10.")

# ---------------------------------------------------------------- module 6
para(d, "Module 6  Route Knowledge Schedule", style=H1)
li("Every Trainee must learn the features below. Learned at: the Turn or placement where the feature is taught. "
   "Signed at: the RK task or the Terminus Examination in which an Assessor marks it and signs for it. UNSIGNED: "
   "taught on a Turn, but no Assessor signs for it. CONDUCTED: the Learning Line neither teaches nor signs for "
   "this feature; the person named takes the Trainee over that stretch.")
rows = [["Feature", "Learned at", "Signed at"],
        ["A", "", ""],
        ["Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with "
         "their families", "Pennock Crossing; Ashlin Vale", "RK2"],
        ["Gains the commitment of colleagues, the headteacher and senior leaders", "Foxley Tunnel", "RK3"],
        ["Prioritises, manages time and delegates well", "Foxley Tunnel", "UNSIGNED"],
        ["Foresees and solves problems; makes sound decisions about provision", "Castle Points", "RK1"],
        ["Speaks and writes clearly; listens to others' views", "all Turns", "RK3; TE"],
        ["Draws on research and outside advice to improve own and colleagues' practice", "Wellow Bank",
         "RK3"],
        ["Keeps up to date and owns his or her CPD in SEN and disability", "CONDUCTED: the Trainee's line manager",
         "CONDUCTED"],
        ["B", "", ""],
        ["SEN law and guidance, the Code of Practice, and putting them into practice", "Mill Lane", "RK1"],
        ["Every Child Matters and the SENCO's part in the five outcomes", "Mill Lane", "TE"],
        ["How children develop, and how SEN, disability and environment affect development", "Beckside Halt",
         "RK2"],
        ["The commonest kinds of SEN and disability and their effect on learning", "Beckside Halt", "RK2"],
        ["Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
         "Wellow Bank", "RK3"],
        ["School self-evaluation and improvement for pupils with SEN", "Castle Points", "UNSIGNED"],
        ["Best practice and research in meeting SEN", "Wellow Bank", "RK3"],
        ["External agencies and how to obtain specialist support", "Pennock Crossing; Ashlin Vale", "RK2"],
        ["C", "", ""],
        ["Advises the head and governors on an inclusive ethos, policy, priorities and resources",
         "Castle Points", "RK1"],
        ["Identifies pupils with SEN, sets challenging targets, plans interventions, reviews progress",
         "Wellow Bank", "RK2"],
        ["Uses other professionals' assessments to shape teaching", "CONDUCTED: CSEN's educational psychologists",
         "CONDUCTED"],
        ["Uses summative assessment and national tests to track progress and change programmes", "Wellow Bank",
         "RK2"],
        ["Helps other teachers develop formative assessment for pupils with SEN", "Wellow Bank", "UNSIGNED"],
        ["Arranges access arrangements for tests and examinations",
         "CONDUCTED: the school's examinations officer", "CONDUCTED"],
        ["Uses provision mapping to plan provision and find what is missing or ineffective", "Wellow Bank", "RK1"],
        ["Deploys and manages support staff", "Foxley Tunnel", "RK3"],
        ["Develops colleagues through observation, feedback, modelling, coaching and training", "Foxley Tunnel",
         "RK3"],
        ["Reviews provision with colleagues to inform self-evaluation", "Castle Points", "RK1"],
        ["Involves pupils in planning and reviewing their provision", "Signal Hill", "UNSIGNED"],
        ["Works with parents and carers", "Pennock Crossing", "RK2"],
        ["Works in partnership with other services, including voluntary organisations", "Pennock Crossing", "RK2"]]
rk = table(d, rows, widths=[9.5, 4, 2.5], size=8.5)
for i, label in ((1, "GROUP A - THE DRIVER"), (9, "GROUP B - THE ROAD"), (19, "GROUP C - THE DRIVING")):
    merge_text(rk, i, 0, i, 2, label, bold=True, fill="E2EFDA", size=8.5)

# ---------------------------------------------------------------- module 7
para(d, "Module 7  Signing for the Road", style=H1)
para(d, "Route Knowledge tasks", style=H2)
table(d, [["Task", "What the Trainee submits", "When"],
          ["RK1 Line Survey", "A 3,500-word survey of SEN provision in the Trainee's school: the SEN policy against "
           "the law and Code, a provision map, a review with colleagues of what works, problems found and decisions "
           "proposed, and a paper for the head and governors", "after Turn 3"],
          ["RK2 Running Log", "A term-long log of work with a group of three pupils: how their needs were "
           "identified, their development, national test and tracking data, "
           "targets and interventions, work with parents and other services; baseline and end-of-term measures "
           "for each pupil", "after Turn 5"],
          ["RK3 Driving Turn", "A training session for colleagues, led by the Trainee in school and observed by an "
           "Instructor, and a 4,000-word commentary on leading colleagues: the head's commitment, deploying support "
           "staff, coaching, the research and strategies used, and what changed", "after Turn 7"],
          ["TE Terminus Examination", "A 30-minute oral examination on the Trainee's journey and on Every Child "
           "Matters, before two Assessors", "Turn 8"]], widths=[3.2, 10.3, 2.5])
para(d, "Marking and moderation", style=H2)
li("Each RK task is marked by one Assessor against the KU marking guide and second marked by another; the two "
   "agree a mark or refer it to the Lead Instructor. A moderation meeting of all Assessors samples scripts from "
   "each task, and the KU external examiner sees every fail, every distinction and a sample of the rest before "
   "the examination board.")
para(d, "The Certificate", style=H2)
p_cert = li("A Trainee who passes each of RK1, RK2 and RK3 and the Terminus Examination is passed to drive the "
            "Learning Line and is awarded the Certificate. There is no compensation between tasks: a fail in one "
            "cannot be made up by marks in another.")
comment(d, p_cert, "Does this need to say every feature has been signed? Check with KU.", "P. Okonjo", "PO")

# ---------------------------------------------------------------- module 8
para(d, "Module 8  Safety and Welfare", style=H1)
li("All Society members who work with school parties on the railway or in the museum hold an enhanced CRB "
   "disclosure, renewed every three years, under the Society's Child Protection Policy. Checks on Trainees are a "
   "matter for the employing school; the Society does not ask for them.")
li("Trainees on placement at Ashlin Vale follow that school's safeguarding procedures and sign its visitors' "
   "book.")

# ---------------------------------------------------------------- module 9
para(d, "Module 9  Line Performance", style=H1)
para(d, "Why the Line runs where it does", style=H2)
li("In 2007 CSEN surveyed the SENCOs of all 212 Corrowshire schools; 131 replied. They asked for training close "
   "to home on Thursdays, for time in a special school, and for more on working with parents and on tracking "
   "pupils' progress. The Ashlin Vale placement, the Pennock Crossing Turn and the Wellow Bank Turn come from "
   "that survey. The SEN and Inclusion Service read the draft Line in June 2008 and asked for the multi-agency "
   "meeting at Pennock Crossing, which was added; Corrow Vale Families Together asked that parents lead part of "
   "that Turn, and they do.")
para(d, "Evaluation", style=H2)
li("At the end of the Line Trainees complete the University's module questionnaire, and the external examiner "
   "reports each year. Results are filed with the Footplate Learning Team.")
li("We hope that headteachers and the Corrowshire SEN and Inclusion Service will in future help us evaluate the "
   "Line.")
para(d, "Impact", style=H2)
li("Each Trainee rates his or her confidence against every feature at the Route Audit and again at Kingsbarrow, "
   "and the Lead Instructor reports the change for the group. In RK2 each Trainee records baseline and "
   "end-of-term measures for three pupils (reading or spelling age, a standardised mathematics score and attendance), "
   "and these are collated across the Line each year. Six months after Kingsbarrow "
   "each Trainee's headteacher is asked to report what has changed for pupils with SEN in the school, and the "
   "Lead Instructor writes these up in the annual report to KU.")

# ---------------------------------------------------------------- amendments
para(d, "Record of amendments", style=H1)
table(d, [["Amendment No.", "Date", "Location / Module", "Detail", "Entered by"],
          ["1", "[TBC]", "GI 3", "Credit value to be entered after KU Academic Board", "[TBC]"],
          ["2", "", "", "", ""],
          ["3", "", "", "", ""]], widths=[2.2, 2, 3, 6.5, 2.3])
para(d, "Staff finding an error in this Appendix should report it to the Footplate Learning Team, Corrow Junction, "
        "giving the Section, Module and location.", italic=True)

d.save(OUT)
print("wrote", OUT)
