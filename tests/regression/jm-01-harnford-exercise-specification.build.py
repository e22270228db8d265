"""jm-01-harnford-exercise-specification

Provider (invented): the Community Safety Education Team (CSET) of Harnford County Fire and Rescue
Service, with the University of Wrexcombe School of Education validating the award. January 2009.

Document kind and layout: the course written as a fire-service EXERCISE SPECIFICATION (the planning
document a service writes for a multi-agency training exercise), because the team designs all its
training that way. "Exercise BEACON" is the course. House vocabulary: Players (participants),
Directing Staff or DS (tutors), EXCON (exercise control: the programme team), Exercise Director
(course director), Umpires (assessors), Lead Umpire (moderator), Observers, Role Players, Safety
Officer, Phases (taught days), Live Play injects (school-based tasks), Evaluator Forms EF-1 to EF-4
(marked assignments), hot and cold debriefs, End-Ex (completion), "Next Watch" plan. Cover table
with merged cells and shading, a document-control table, typed part numbers ("PART 4 - ...",
"4.3") that are Normal bold paragraphs with no heading styles, a phase table, a Master Events List
(MEL) table, a red-bordered VML text box "SAFETY BRIEF", a Directing Staff nominal roll, an
Objectives Evaluation Matrix in Annex C (group rows merged and shaded) whose "Evaluated by" cells
are EF-n (marked) or "HD" (hot debrief only: played through, talked over, not marked). Header
"NOT PROTECTIVELY MARKED"; footer with a claim; three Word comments; two footnotes; tracked
changes (one deleted sentence, one inserted sentence, one deleted cell text).

Traps (requirement ids):
- Aim is attainment and "staying safe" only; the other ECM outcomes are absent (1.1 partial).
- Phase 1 plays SEN law and government policy only; disability legislation is never taught (1.4 partial).
- Matrix has outcomes marked "HD" only, so not every outcome is assessed (1.9 partial, 6.A3, 6.A7,
  6.K4, 6.K8, 6.S7 partial); 6.S2b is marked in EF-2 but played in no phase (assessed, not covered:
  partial).
- Earlier study "taken into account" to excuse Phase 1, but no credit is accredited; the University's
  RPL panel appears only in a comment (2.1 partial).
- The "dry route" (assessment without play) was the 2007 pilot's, run by the county's Learning
  Support Service, and "does not form part of Exercise BEACON"; the footer still claims it (2.3 not met).
- DDA appears only as the Service's own duty as an employer and in its general statement, with
  adjustments "can be discussed" (3.1 partial); disability equality law is not an objective: the
  matrix row says the DDA is met in the Service's "Equality Scheme", not taught (6.K3 not met:
  right words, wrong thing).
- A January second start is a tracked deletion; what remains is a Saturday repeat of each phase
  (3.2 partial).
- Exercise Net forum is peers only; DS "may look in"; nothing for support between phases (3.3 partial).
- Observers from the Parent Partnership Service at the cold debrief appear in a tracked insertion
  (counts: 4.3 met).
- CRB verification of players is in the SAFETY BRIEF text box (5.3 met: a text box is the
  provider's own statement).
- Specialist speakers, but "Players are not attached to other schools" (5.5 partial).
- Impact on pupils is only hoped for and the Exercise Report "will not measure impact as such";
  a comment asks to add the pilot's measure (5.9 not met).
- Award rule: End-Ex on an average of 50% across the four Evaluator Forms, compensating (6.0 partial).
- 6.S2d: the matrix cell naming "Inject 9" is a tracked deletion; the row now reads "Not played"
  (6.S2d not met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jm_helpers import *
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "NOT PROTECTIVELY MARKED", "Exercise BEACON EXSPEC v2.1 - Harnford County Fire and Rescue Service - "
              "Assessment-only (dry) route available on request")

# ---------- cover
cov = doc.add_table(rows=5, cols=2)
cov.style = "Table Grid"
a = cov.cell(0, 0).merge(cov.cell(0, 1))
set_cell(a, "HARNFORD COUNTY FIRE AND RESCUE SERVICE\nCommunity Safety Education Team", bold=True, size=12, fill="C00000", color="FFFFFF")
b = cov.cell(1, 0).merge(cov.cell(1, 1))
set_cell(b, "EXERCISE BEACON\nEXERCISE SPECIFICATION (EXSPEC)\nNational Award for SEN Coordination, 2009-10", bold=True, size=14, fill="F2F2F2")
rows = [("Validating partner", "University of Wrexcombe, School of Education"),
        ("Exercise Director", "Station Manager (Education) Carol Ashby, Head of Community Safety Education"),
        ("Submitted to", "Training and Development Agency for Schools, provider approval round, January 2009")]
for i, (k, v) in enumerate(rows, start=2):
    set_cell(cov.cell(i, 0), k, bold=True, size=9)
    set_cell(cov.cell(i, 1), v, size=9)
doc.add_paragraph()
bold_para(doc, "DOCUMENT CONTROL")
table(doc, [["Version", "Date", "Author", "Change"],
            ["1.0", "12/09/2008", "C. Ashby", "First issue to EXCON planning group"],
            ["2.0", "28/11/2008", "C. Ashby / J. Pellow", "Scoping results added; MEL re-sequenced"],
            ["2.1", "14/01/2009", "J. Pellow", "Issued for TDA submission"]])

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Note to the approval panel. ").bold = True
p.add_run("Everything this team designs, from a schools fire-safety week to a multi-agency exercise with the police and "
          "ambulance services, is planned on the Service's exercise specification template, and our partners in schools "
          "and at the University have come to know it. We have written the course in the same way rather than translate it. "
          "A short glossary follows so that the terms do not get in the way.")

bold_para(doc, "GLOSSARY OF EXERCISE TERMS")
table(doc, [["Term in this EXSPEC", "Meaning for the course"],
            ["Exercise BEACON", "The course leading to the National Award for SEN Coordination"],
            ["Player", "A teacher on the course (new or aspiring SENCO)"],
            ["EXCON", "Exercise Control: the programme team that runs the course"],
            ["Directing Staff (DS)", "Tutors who lead the Phases"],
            ["Umpire", "An assessor who marks Evaluator Forms"],
            ["Lead Umpire", "The senior assessor who second-marks and moderates"],
            ["Phase", "A taught day or pair of days at the Service's Training Centre, Dunmere"],
            ["Live Play inject", "A task carried out in the player's own school"],
            ["Evaluator Form (EF)", "A marked assignment; there are four, EF-1 to EF-4"],
            ["Hot debrief / cold debrief", "Review at the end of a Phase / review at the end of the year"],
            ["End-Ex", "Completion of the course and the award"]], header_fill="FDE9D9")

# ---------- PART 1
doc.add_paragraph()
bold_para(doc, "PART 1 - EXERCISE OUTLINE", size=11)
bold_para(doc, "1.1 Background")
doc.add_paragraph(
    "The Community Safety Education Team has worked in every school in Harnford for eleven years. Our schools liaison "
    "officers deliver fire-safety education to about 31,000 pupils a year, and since 2003 we have run the county's "
    "Firesetter Intervention Scheme, most of whose referrals are children with behavioural, emotional and social "
    "difficulties, autism or learning difficulties. Two of the team are seconded teachers who were SENCOs, and the team "
    "has for four years trained school staff in adapting safety education for pupils with SEN. Headteachers asked us in "
    "2007 whether we could do for SENCOs what we do for our own crews: a structured, progressive programme in which people "
    "practise the real job under supervision and are assessed on how they perform. Exercise BEACON is our answer.")
bold_para(doc, "1.2 Aim")
doc.add_paragraph(
    "The aim of Exercise BEACON is to raise the attainment of pupils with special educational needs and disabilities in "
    "Harnford schools, and to keep them safe, by developing teachers who lead SEN coordination with the knowledge, "
    "judgement and command skills the role needs.")
bold_para(doc, "1.3 Objectives")
doc.add_paragraph(
    "The exercise objectives are the national minimum outcomes for the award. Annex C sets out each one as Exercise BEACON "
    "plays it, the Phase or inject in which it is exercised, and how it is evaluated. In addition EXCON sets each player "
    "personal objectives in a Player Brief (see 6.2).")
bold_para(doc, "1.4 Type and scale")
doc.add_paragraph(
    "Exercise BEACON is a progressive exercise run over one school year, part time. It has six Phases at the Training "
    "Centre (nine days in all), three Live Play injects in the player's own school, and a final Command Post Exercise "
    "(CPX) in June. It carries 60 credits at Master's level (Level 7) and is validated by the University of Wrexcombe "
    "School of Education as the module EDM7140, which may be counted towards the University's PG Certificate in Inclusive "
    "Education. Twenty-four places are offered each year.")

# ---------- PART 2
bold_para(doc, "PART 2 - EXERCISE ORGANISATION", size=11)
bold_para(doc, "2.1 EXCON")
doc.add_paragraph(
    "EXCON is the Exercise Director, the two seconded teachers who act as Phase Leads, the University link tutor "
    "(Dr Hamid Farouk, Senior Lecturer in Inclusive Education) and the team's training administrator. EXCON meets after "
    "every Phase, keeps the Player Record for each player and holds the MEL.")
bold_para(doc, "2.2 Directing Staff")
p = doc.add_paragraph(
    "Directing Staff lead the Phases. They are the two seconded SENCOs, the University link tutor, and three associate DS "
    "drawn from the county's Learning Support Service and a Harnford special school. Their names, qualifications and "
    "current work are in the nominal roll at Annex A.")
fn.ref(p, "All DS hold qualified teacher status. Both seconded teachers hold the county's former SENCO certificate and a "
          "Master's degree; associate DS are practising specialist teachers or an educational psychologist.")
doc.add_paragraph(
    "Before the first Phase every DS and Umpire attends the DS Briefing Day, at which EXCON goes through this EXSPEC, the "
    "Evaluation Criteria for each Evaluator Form, the role of each member of staff and the marking and moderation timetable. "
    "Each receives the DS Handbook, which sets out what each role does and when. New DS shadow one Phase before leading one, "
    "and the Lead Umpire observes every new Umpire's first marking.")
bold_para(doc, "2.3 Umpires and the Lead Umpire")
doc.add_paragraph(
    "Every Evaluator Form is marked by an Umpire against the published Evaluation Criteria. The Lead Umpire (the University "
    "link tutor) second-marks every fail, every distinction and one in four of the rest, and chairs a standardisation "
    "meeting before each round of marking at which all Umpires mark the same two scripts. The University's external "
    "examiner for inclusive education sees a sample from each Evaluator Form and attends the University's Module "
    "Assessment Board, which confirms all marks.")
bold_para(doc, "2.4 Role Players and Observers")
doc.add_paragraph(
    "In several Phases parents and young people take part as Role Players. They are recruited through Harnford Parent "
    "Partnership Service and the Youth Forum of Harnford Special Schools, are paid for their time and are briefed by the "
    "Phase Lead. Observers are headteachers and officers from the local authority who watch Phases and the CPX and report "
    "to EXCON.")

# ---------- PART 3
bold_para(doc, "PART 3 - EXERCISE PLAY: THE PHASES", size=11)
doc.add_paragraph(
    "Each Phase opens with a Situation Briefing from the Phase Lead, moves through syndicate table-top play on a developing "
    "scenario about the pupils of an invented school, Castle Mead Primary and Harbour Lane High School, and closes with a hot "
    "debrief. Each Phase runs on a weekday and is repeated on the following Saturday; players may attend either.")
ph = table(doc, [
    ["Phase", "Dates (weekday / Saturday repeat)", "Title", "What is played"],
    ["1", "24-25 Sept 2009 / 26 Sept", "Mobilise", "The SEN Code of Practice, SEN law and government policy; Every Child "
     "Matters and the SENCO's part in it; the SENCO role and the National Standards for SENCOs; the player's first audit."],
    ["2", "5 Nov / 7 Nov", "Size-up", "Identifying pupils who may have SEN: observation, data, screening; the most common "
     "types of SEN and their effects on learning; how children develop; using other professionals' assessments."],
    ["3", "14 Jan 2010 / 16 Jan", "Working the plan", "Targets and interventions; provision mapping and management; "
     "deploying teaching assistants and managing their work; encouraging colleagues' formative assessment."],
    ["4", "4 Mar / 6 Mar", "Multi-agency", "External agencies and how to get their help; working with parents and carers; "
     "involving pupils in planning and reviewing their provision; the Role Players' day."],
    ["5", "29-30 Apr / 1 May", "Command", "Strategic influence with senior leaders and governors; school self-evaluation "
     "and SEN; coaching, observation and training colleagues; managing time and priorities."],
    ["6", "17 June / 19 June", "Stop message", "The CPX; reviewing the year; the Next Watch plan."]])
doc.add_paragraph()
bold_para(doc, "3.1 Phase notes")
runin(doc, "Phase 1, Mobilise. ", "Players work through the 2001 Code of Practice as a set of incidents: a parent requests "
      "statutory assessment; an annual review falls due; a pupil moves to School Action Plus. The DS plays the part of the "
      "local authority officer. Each syndicate writes up what the law requires and what the school must do. Players also "
      "take apart the five Every Child Matters outcomes for two case-study pupils and say what a SENCO can do for each.")
p = runin(doc, "Phase 2, Size-up. ", "Players read and discuss recent research and inspection evidence, including Ofsted's "
          "2006 report Inclusion: does it matter where pupils are taught? and the Bercow Review of services for children with "
          "speech, language and communication needs (2008). An educational psychologist and a speech and language therapist "
          "lead the afternoon on assessment, and the morning of the second session covers child development and how the "
          "environment affects it.")
fn.ref(p, "Ofsted, Inclusion: does it matter where pupils are taught? (HMI 2535, 2006); J. Bercow, The Bercow Report (DCSF, 2008).")
runin(doc, "Phase 3, Working the plan. ", "Players map the provision of Castle Mead Primary, identify what is missing or not "
      "working, and present a revised map to a DS playing the headteacher. The afternoon is on deploying and managing "
      "teaching assistants, with a session on helping class teachers to build assessment for learning that works for "
      "pupils with SEN.")
runin(doc, "Phase 4, Multi-agency. ", "Role Players take part all day. Players hold a review meeting with a parent, take "
      "part in a pupil-led review with a young person from the Youth Forum, and plan a Team Around the Child meeting "
      "with officers from health, social care and a voluntary organisation, Harnford Autism Support.")
runin(doc, "Phase 5, Command. ", "Players present to a panel playing the senior leadership team and a governor, are "
      "coached by DS in observation and feedback, and work on school self-evaluation using their own school's SEF.")
runin(doc, "Phase 6, Stop message. ", "The CPX and the End-Ex review.")

# ---------- PART 4 MEL
bold_para(doc, "PART 4 - MASTER EVENTS LIST (MEL)", size=11)
doc.add_paragraph("The MEL lists every inject in the order it falls. Serials marked LP are Live Play in the player's own school.")
table(doc, [
    ["Serial", "Week", "Inject", "From", "Expected player action", "Evaluated in"],
    ["1", "Sept wk 3", "Readiness Check returned", "EXCON", "Complete the self-audit against the national outcomes with the head", "Not evaluated (sets Player Brief)"],
    ["2", "Oct wk 2", "LP1: school audit", "Own head", "Audit SEN provision and policy against the Code of Practice; report to head", "EF-1"],
    ["3", "Nov wk 4", "Case file: pupil J", "DS", "Analyse a pupil's needs from reports by an EP, a SALT and the class teacher; propose teaching approaches", "EF-1"],
    ["4", "Jan wk 4", "Provision map", "DS (as head)", "Audit and redesign a provision map; identify ineffective or missing provision; cost TA deployment", "EF-2"],
    ["5", "Feb wk 2", "LP2: change project", "Own head", "Lead one improvement in provision for a group of pupils in own school, with colleagues", "EF-3"],
    ["6", "Mar wk 1", "Review meeting", "Role Players", "Hold a review meeting with a parent (Role Player)", "EF-3 (log entry)"],
    ["7", "Mar wk 3", "LP3: coach a colleague", "Own school", "Observe a colleague teaching, give feedback, plan and deliver a short staff training session", "EF-3"],
    ["8", "May wk 1", "Strategy brief", "DS (as governor)", "Advise SLT and a governor on SEN priorities and the inclusion policy", "EF-4"],
    ["9", "June wk 3", "CPX", "EXCON", "Handle a developing school scenario under time pressure before a panel", "EF-4"],
], size=8)

doc.add_paragraph()
bold_para(doc, "4.1 Evaluator Forms")
for lab, txt in [
    ("EF-1 Situation Report (3,000 words, 25%). ", "The player's audit of SEN provision in their own school against the "
     "Code of Practice and the five ECM outcomes, with an analysis of one pupil's needs drawing on other "
     "professionals' assessments. Marked on the Evaluation Criteria for EF-1."),
    ("EF-2 Provision Map Appreciation (3,500 words, 25%). ", "A redesigned provision map for the player's school with a "
     "report explaining which provision is not working and why, how staff will be deployed, and how progress will be "
     "tracked through teacher assessment and national test results."),
    ("EF-3 Live Play Log (portfolio, 25%). ", "The record of the change project, the review meeting and the coaching inject, "
     "with the headteacher's witness statement and an Umpire's visit to the school. It must show the impact the player has "
     "made on practice and on the pupils in the project."),
    ("EF-4 Command Post Exercise (30 minutes, 25%). ", "An oral assessment before a panel of two Umpires and an Observer. "
     "The player handles a school scenario that develops through three timed injects and defends their decisions."),
]:
    runin(doc, lab, txt)

# ---------- PART 5 SAFETY
bold_para(doc, "PART 5 - SAFETY", size=11)
doc.add_paragraph("The Exercise Safety Officer is the team's Safeguarding Lead, Watch Manager Dan Kerridge.")
p = doc.add_paragraph()
text_box(p, [
    "1. No player takes part in any Phase that involves Role Players, or in any Live Play inject, until EXCON has verified "
    "that the player holds a current enhanced CRB disclosure.",
    "2. At joining, each player's headteacher sends the disclosure number and date; the Safety Officer checks it against "
    "the employer's single central record and records the check on the Player Record. Disclosures more than three years "
    "old are renewed through the Service's registered body before the course starts.",
    "3. List 99 and the General Teaching Council register are checked for every player at the same time.",
    "4. Role Players under 18 are always accompanied by a Youth Forum worker.",
], title="SAFETY BRIEF - READ BY ALL DS BEFORE PHASE 1", height_pt=150)
doc.add_paragraph()

# ---------- PART 6 Joining
bold_para(doc, "PART 6 - JOINING, READINESS AND ROUTES", size=11)
bold_para(doc, "6.1 Who may play")
doc.add_paragraph(
    "Players must hold qualified teacher status, be in post as SENCO or designated to become SENCO within the year, and "
    "be sponsored by their headteacher, who signs to release them for the Phases and the Live Play injects. EXCON reads "
    "each application against these conditions and the player's experience. Where an applicant is not yet ready, for "
    "instance a newly qualified teacher, EXCON writes to the applicant and to the headteacher setting out what they should "
    "do first (usually the county's Inclusion Foundation course) and offers a place the following year.")
bold_para(doc, "6.2 Readiness Check and Player Brief")
doc.add_paragraph(
    "In September each player completes the Readiness Check, a self-audit against every national outcome, rating each "
    "as secure, developing or new, with evidence. A Phase Lead meets the player and the headteacher in school to test the "
    "ratings against what they see, and writes the Player Brief: the player's own objectives for the year, the Phases or "
    "parts of Phases they most need, and which outcomes their Live Play injects should target. Umpires look for evidence "
    "against the Readiness Check throughout the year and EXCON revises the Player Brief after Phase 3.")
bold_para(doc, "6.3 Earlier study")
p = doc.add_paragraph(
    "Earlier study will be taken into account. A player who has completed the Service's Level 6 module Safety Education for "
    "Pupils with SEN, or an equivalent, may be excused the first day of Phase 1 on the Phase Lead's advice.")
comment(doc, p.runs[0], "Univ. RPL panel can award up to 20 credits against EDM7140 for earlier Level 7 study - do we want to say so here? HF")
bold_para(doc, "6.4 Dry route")
doc.add_paragraph(
    "In the 2007 pilot exercise, run for us by the county's Learning Support Service, two very experienced SENCOs took a "
    "'dry' route: they were evaluated on all four Evaluator Forms without playing the Phases. That route was the Learning "
    "Support Service's arrangement and does not form part of Exercise BEACON.")
bold_para(doc, "6.5 Access")
doc.add_paragraph(
    "The Service is committed to equality and meets its duties under the Disability Discrimination Act as an employer and "
    "as a public authority. Reasonable adjustments for players can be discussed with EXCON. The Training Centre at Dunmere "
    "has level access throughout.")
bold_para(doc, "6.6 Flexibility")
p = doc.add_paragraph("Every Phase is run twice, on a weekday and again on the Saturday, and a player may mix the two. ")
add_del(p, "A second cohort will start in January 2010 at the Dunmere centre, so that a player may join at either point.",
        author="C. Ashby", date="2009-01-12T16:40:00Z")
doc.add_paragraph("Live Play injects are timed by the player and head within the windows in the MEL.")
bold_para(doc, "6.7 Cost")
doc.add_paragraph(
    "The fee is £1,450 per player. Harnford County Council's School Improvement Service funds twelve places a year for "
    "schools in its priority areas. Because the Phases use the Service's own Training Centre and DS, the cost per player "
    "is about a third lower than the county paid for its previous SENCO certificate.")

# ---------- PART 7 Comms
bold_para(doc, "PART 7 - COMMUNICATIONS", size=11)
doc.add_paragraph(
    "Exercise Net is the course's area on the Service's online learning platform. It holds the Phase materials, the MEL, "
    "the Evaluation Criteria and the case files, and three short online units that players complete before Phases 2, 3 "
    "and 5 in place of pre-reading. Each syndicate has a discussion board on which players post their work in progress "
    "and comment on one another's; DS may look in from time to time. Evaluator Forms are submitted through Exercise Net.")

# ---------- PART 8 Evaluation
bold_para(doc, "PART 8 - EVALUATION AND DEBRIEF", size=11)
bold_para(doc, "8.1 Hot debriefs")
doc.add_paragraph(
    "Every Phase ends with a hot debrief in which players say what worked, what did not, and what they will take back "
    "to school. The Phase Lead records the points on the Debrief Sheet and EXCON reviews them within a week.")
bold_para(doc, "8.2 Cold debrief and the Exercise Report")
p = doc.add_paragraph(
    "In July EXCON holds the cold debrief with the DS, the Umpires, a sample of players and their headteachers, and the "
    "local authority's Principal Officer for SEN. It draws on the Debrief Sheets, the players' end-of-year questionnaire, "
    "the marks and the external examiner's report. ")
add_ins(p, "Observers from Harnford Parent Partnership Service and the Youth Forum also attend the cold debrief and give "
        "their written evaluation of the Phases in which they took part.", author="J. Pellow", date="2009-01-14T09:02:00Z")
doc.add_paragraph(
    "The Exercise Report sets out the Lessons Identified, each with an owner and a date, and goes to the Service's "
    "Community Safety Board and to the University's Programme Committee. Lessons Identified become changes to the next "
    "year's MEL and Phase plans; EXCON checks at the following cold debrief that each has been acted on. The University "
    "also reviews the module through its annual monitoring.")
bold_para(doc, "8.3 Impact")
p = doc.add_paragraph(
    "The Exercise Report will not measure impact as such in the first year. We would hope, in time, to look at whether the "
    "pupils in players' schools do better, and we would like to work with schools on how that might be done.")
comment(doc, p.runs[0], "Can we put in the pupil tracking measure from the pilot? Panel will want a method. CA", author="C. Ashby", initials="CA")

# ---------- PART 9 Stakeholders
bold_para(doc, "PART 9 - STAKEHOLDERS AND SCOPING", size=11)
doc.add_paragraph(
    "Before writing the exercise we ran a scoping exercise in the spring of 2008. We surveyed all 214 Harnford schools "
    "(131 replied), held two focus groups of SENCOs and one of headteachers, and met the local authority's SEN team, the "
    "Parent Partnership Service and the Youth Forum. Schools told us that new SENCOs most needed help with provision "
    "mapping and with managing teaching assistants, and that they could release staff more easily on Saturdays. Parents "
    "asked that SENCOs learn to run reviews with families rather than for them. As a result Phase 3 was doubled in "
    "length, every Phase is repeated on a Saturday and the Role Players' day in Phase 4 was created.")
doc.add_paragraph(
    "Headteachers act as Observers at the CPX, special school staff are associate DS, and the local authority's SEN team "
    "provides the case-file material for Phase 2.")

# ---------- PART 10 End-Ex
bold_para(doc, "PART 10 - END-EX", size=11)
bold_para(doc, "10.1 Award")
doc.add_paragraph(
    "A player reaches End-Ex, and is recommended to the University's Module Assessment Board for the award, when the "
    "average of their four Evaluator Form marks is 50% or more and they have attended at least five of the six Phases.")
bold_para(doc, "10.2 Next Watch")
doc.add_paragraph(
    "At the End-Ex review each player drafts a Next Watch plan: three professional targets for the coming year, agreed "
    "with the headteacher at the school's performance management review, with the further study open to them, including "
    "the rest of the University's PG Certificate. DS give each player written feedback on the plan.")

# ---------- ANNEX A
bold_para(doc, "ANNEX A - DIRECTING STAFF NOMINAL ROLL", size=11)
table(doc, [
    ["Name", "Role in BEACON", "Qualifications", "Current work"],
    ["Carol Ashby", "Exercise Director", "BEd, MA Education Management", "Head of Community Safety Education; former deputy head of a special school"],
    ["Jenny Pellow", "Phase Lead (Phases 1, 3, 5)", "BA QTS, MA Special and Inclusive Education, OCR Cert. SpLD", "Seconded SENCO; 9 years as SENCO in two primary schools"],
    ["Marcus Oyelaran", "Phase Lead (Phases 2, 4, 6)", "PGCE, MEd Autism", "Seconded SENCO; former SENCO of an 11-16 school; autism outreach teacher"],
    ["Dr Hamid Farouk", "University link tutor, Lead Umpire", "PhD, PGCE, Senior Fellow HEA", "Senior Lecturer in Inclusive Education, University of Wrexcombe"],
    ["Ruth Carey", "Associate DS", "PGCE, Dip. Hearing Impairment", "Learning Support Service, sensory team leader"],
    ["Dr Alan Mercer", "Associate DS", "Doctorate in Educational Psychology", "Senior educational psychologist, Harnford"],
    ["Sian Trewin", "Associate DS", "BEd, MA SEN", "Deputy head, Penhale Special School"],
], size=8)

# ---------- ANNEX B resources
bold_para(doc, "ANNEX B - EXERCISE RESOURCES", size=11)
doc.add_paragraph(
    "The Training Centre at Dunmere has four syndicate rooms with interactive whiteboards, a suite of 24 laptops with "
    "screen-reading and mind-mapping software, and a 120-seat lecture theatre. The team's resource library holds 600 "
    "titles and the assessment materials used by the Learning Support Service, which players may borrow. Players have "
    "full access to the University library, including its electronic journals, for the year.")
bold_para(doc, "B.1 Specialist expertise")
doc.add_paragraph(
    "Specialist speakers from the educational psychology service, speech and language therapy, CAMHS and Harnford Autism "
    "Support take part in Phases 2 and 4. Players are not attached to other schools during the exercise: all Live Play "
    "takes place in the player's own school.")

# ---------- ANNEX C matrix
bold_para(doc, "ANNEX C - OBJECTIVES EVALUATION MATRIX", size=11)
doc.add_paragraph(
    "Key: EF-1 to EF-4 are the Evaluator Forms (4.1), each marked by an Umpire. HD means the objective is played in the "
    "Phase shown and talked over at that Phase's hot debrief; it is not marked and nothing is recorded against the player.")
M = [
    ("PROFESSIONAL ATTRIBUTES", None, None, None),
    ("A1", "Build fair, respectful and constructive relationships with pupils with SEN and their families", "Phase 4; Serial 6", "EF-3"),
    ("A2", "Win the commitment of the head, senior leaders and colleagues", "Phase 5; Serial 5", "EF-3"),
    ("A3", "Prioritise, manage time, delegate and check delegated work", "Phase 5", "HD"),
    ("A4", "Anticipate problems, make sound decisions on provision under pressure", "Phase 3; CPX", "EF-4"),
    ("A5", "Communicate clearly in speech and writing; listen to others' views", "All Phases", "EF-1, EF-4"),
    ("A6", "Use research and outside advice to improve own and colleagues' practice", "Phase 2", "EF-1"),
    ("A7", "Keep up to date; own their CPD in SEN and disability", "Phase 6 (Next Watch)", "HD"),
    ("PROFESSIONAL KNOWLEDGE", None, None, None),
    ("K1", "SEN law and the Code of Practice, and what they mean for the school", "Phase 1; Serial 2", "EF-1"),
    ("K2", "Every Child Matters and the SENCO's part in the five outcomes", "Phase 1", "EF-1"),
    ("K3", "Disability equality law", "Met through the Service's Disability Equality Scheme", "-"),
    ("K4", "How children develop; effects of SEN and environment", "Phase 2", "HD"),
    ("K5", "BESD, SpLD, SLCN, ASD and MLD and their effect on learning", "Phase 2; Serial 3", "EF-1"),
    ("K6", "Approaches, strategies and resources, including ICT", "Phases 2 and 3", "EF-2"),
    ("K7", "School self-evaluation and improvement for SEN", "Phase 5", "EF-4"),
    ("K8", "Best practice and research in meeting SEN", "Phase 2", "HD"),
    ("K9", "External agencies and getting specialist support", "Phase 4", "EF-4"),
    ("PROFESSIONAL SKILLS", None, None, None),
    ("S1", "Influence strategy, ethos, policy and resources with SLT and governors", "Phase 5; Serial 8", "EF-4"),
    ("S2", "Identify pupils, set targets, plan interventions, review progress", "Phases 2 and 3", "EF-2"),
    ("S2a", "Use other professionals' assessments", "Phase 2; Serial 3", "EF-1"),
    ("S2b", "Use summative data and national tests to track progress", "-", "EF-2"),
    ("S2c", "Encourage colleagues' formative assessment for pupils with SEN", "Phase 3; Serial 7", "EF-3"),
    ("S2d", "Special arrangements for national tests and examinations", None, "-"),
    ("S3", "Provision mapping; find ineffective or missing provision", "Phase 3; Serial 4", "EF-2"),
    ("S4", "Deploy and manage staff", "Phase 3; Serial 4", "EF-2"),
    ("S5", "Support colleagues' development: observe, feed back, coach, train", "Phase 5; Serial 7", "EF-3"),
    ("S6", "Review provision with staff to inform self-evaluation", "Phase 5; Serial 5", "EF-3"),
    ("S7", "Involve pupils in planning and reviewing their provision", "Phase 4", "HD"),
    ("S8", "Liaise with parents and carers", "Phase 4; Serial 6", "EF-3"),
    ("S9", "Work with other services and voluntary organisations", "Phase 4", "EF-4"),
]
mt = doc.add_table(rows=len(M) + 1, cols=4)
mt.style = "Table Grid"
for j, h in enumerate(["Nat. Obj.", "Objective as BEACON plays it", "Exercised in", "Evaluated by"]):
    set_cell(mt.cell(0, j), h, bold=True, size=8, fill="C00000", color="FFFFFF")
s2d_cell = None
for i, (code, obj, where, ev) in enumerate(M, start=1):
    if obj is None:
        c = mt.cell(i, 0).merge(mt.cell(i, 3))
        set_cell(c, code, bold=True, size=8, fill="D9D9D9")
        continue
    set_cell(mt.cell(i, 0), code, size=8)
    set_cell(mt.cell(i, 1), obj, size=8)
    if code == "S2d":
        s2d_cell = mt.cell(i, 2)
        s2d_cell.text = ""
        pp = s2d_cell.paragraphs[0]
        add_del(pp, "Serial 9a: access arrangements for KS2 tests", author="C. Ashby", date="2009-01-12T16:44:00Z")
        add_ins(pp, "Not played", author="C. Ashby", date="2009-01-12T16:44:00Z")
        for r in pp._p.iter(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            if rpr is None:
                rpr = parse_xml(f'<w:rPr {W}/>')
                r.insert(0, rpr)
            rpr.append(parse_xml(f'<w:sz {W} w:val="16"/>'))
    else:
        set_cell(mt.cell(i, 2), where, size=8)
    set_cell(mt.cell(i, 3), ev, size=8)
comment(doc, mt.cell(M.index(("K3", "Disability equality law", "Met through the Service's Disability Equality Scheme", "-")) + 1, 2).paragraphs[0].runs[0],
        "K3 - is this right? The DDA is taught in Phase 1 surely. HF")

doc.add_paragraph()
doc.add_paragraph(
    "Every player plays every Phase objective, and Umpires note evidence of any objective in the Player Record wherever it "
    "appears. EXCON is confident that Exercise BEACON fully covers the national outcomes.")
p = doc.add_paragraph("END OF EXSPEC")
p.runs[0].bold = True

fn.finish()
doc.save(OUT)
print(OUT.name, words(doc), "words")
