"""ko-01-bramblecote-haccp-plan: build the .docx next to this script.

Provider (invented): Bramblecote & District Beekeepers' Association (BDBA), whose
honey house stands on the Hollinsford campus of Hollinsford College of Rural Skills,
in partnership with the College and the University of Wessington (validating HEI),
applying to run the National Award for SEN Coordination from 2008-09.

Document kind and layout: the course written as the association's HACCP food safety
plan ("HACCP PLAN: THE SENCO LINE", Issue 4), because the College's quality office asked
for the course to be written "the way we write everything else". No Word heading
styles: titles are bold capitalised Normal paragraphs with typed numbers ("SECTION 7 -
PREREQUISITE PROGRAMMES (PRPs)"). A glossary table defines the plan's own words:
Line (the course), Operators (participants), Suppliers (schools and headteachers),
Intake Inspection (needs assessment), Steps (units), Line Trials (school-based
tasks), Line Supervisors (mentors), CCPs (marked assessments), Monitoring
(formative feedback), Verification (moderation), PRPs, Lots (outcome lines),
Dispatch and Release. A HACCP-team table (staff), a product description table with a
merged title row, a PRP table, a process-flow diagram in a VML text box, a hazard
analysis table, a CCP table with shaded header and merged rows, a Traceability
table of 28 Lots whose key ("PRP only", "Monitoring only", a dash, "Not in scope")
is defined only in the sentences above it, an amendment record, two footnotes,
two Word comments, a tracked change inside the Traceability table, header and
footer.

Traps (requirement ids):
- "Intended effect" of the product is pupils' attainment and rate of progress only,
  measured in levels and P scales; no well-being or ECM focus in the aims (1.1
  partially_met), though ECM is taught and assessed as content (6.K2 met).
- Pupil voice only a value plus a pre-course reading on pupil participation (1.5
  partially_met); pupils' involvement in their provision is "Not in scope" in
  Traceability (6.S7 not_met).
- Some Lots are "PRP only" (worked on, not checked) or "Monitoring only" (feedback,
  no mark), so assessment does not cover all outcomes (1.9 partially_met; 6.A3, 6.K4,
  6.S2c, 6.S4 partially_met). Exam access arrangements are checked at CCP3 but no
  Step teaches them (a dash) (6.S2d partially_met). School self-evaluation is "Not in
  scope" (6.K7 not_met) while reviewing provision with staff is assessed (6.S6 met).
- Tracked change in Traceability: "CCP4" deleted, "PRP only" inserted for Lot L07
  (own CPD) (6.A7 partially_met).
- Assessment-only: applicants who already meet the outcomes are referred to another
  provider's route ("Kelbrook University's SENCO assessment-only route, with which we
  have no formal arrangement") (2.3 not_met: another provider's arrangement).
- CRB checks are on tutors, volunteers and speakers; checks on Operators are "the
  schools' business" (someone else's responsibility). A Word comment asks whether to
  add Operators' checks, and the footer claims all Operators hold a disclosure (a
  comment and a footer are not evidence) (5.3 not_met).
- Placements only on a condition ("if the school can take them that term"), and the
  two-day special school placement was the 2007-08 pilot's (past arrangement, in the
  amendment record); specialist expertise itself is concrete (5.5 partially_met).
- The Comb (Moodle): tutor replies and monthly online tutorials between study days,
  but "forums are switched off" and it "is not used for discussion between
  Operators" (3.3 partially_met: no peer support).
- Line Supervisors only "are sent a copy of this plan and a letter"; tutors are
  inducted properly (5.7 partially_met).
- Stakeholder involvement in evaluation: Operators' Step evaluations only; heads,
  LA and parents only hoped for ("hope to form a stakeholder group") (4.3
  partially_met). 4.1 and 4.2 are met by the 2008 survey and the changes it caused.
- Impact on pupils' achievement only hoped for; confidence measured at intake and
  Dispatch (5.9 partially_met).
- Release rule: all four CCPs passed with an aggregate mark and compensation between
  CCPs, no reference to every outcome (6.0 partially_met).
- Dispatch: a leaflet about the MA and short courses, no target setting (2.5
  partially_met).
- A second comment claims an APEL cap that the body states differently (comment is
  not evidence; 2.1 is met by the body).
- Header "uncontrolled when printed" and the footer are not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ko_helpers import (Document, Pt, para, runs, table, shade, add_ins, add_del, textbox,
                         Footnotes, header_footer, merge_row, words)

OUT = Path(__file__).with_name("ko-01-bramblecote-haccp-plan.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "BDBA Honey House  |  HACCP Plan: The SENCO Line  |  Issue 4  |  UNCONTROLLED WHEN PRINTED",
              "Plan owner: HACCP Team Leader. All tutors and Operators hold a current enhanced CRB disclosure. Next review: July 2009.")


def title(t):
    para(doc, t, bold=True, size=11)


para(doc, "BRAMBLECOTE & DISTRICT BEEKEEPERS' ASSOCIATION", bold=True, size=14, align="center")
para(doc, "Honey House, Hollinsford College of Rural Skills", align="center")
para(doc, "HACCP PLAN: THE SENCO LINE", bold=True, size=16, align="center")
para(doc, "National Award for SEN Coordination, 2008-09 onwards, with the University of Wessington", italic=True, align="center")
para(doc, "Issue 4, 14 October 2008. Submitted to the TDA as our application for approval.", align="center")

title("SECTION 1 - WHY THIS IS WRITTEN AS A HACCP PLAN")
para(doc, "Everything that leaves the Bramblecote honey house leaves under a written HACCP plan: the extracted "
          "honey, the cut comb, the wax blocks and the mead we make for the autumn show. When Hollinsford College "
          "agreed to host a SENCO course with the association and the University of Wessington, the College's "
          "quality office asked us to write the course the way we write everything else. This is the result. It "
          "follows the seven HACCP principles: we have analysed what could go wrong for the children at the end "
          "of the line, decided where the critical control points are, set critical limits, said how each is "
          "monitored, said what we do when something goes wrong, said how we verify that the plan works, and "
          "said what records we keep.")
para(doc, "The association has run beekeeping courses at the College for thirty years. Several of our members "
          "are teachers, and three of them are SENCOs; it was they who first asked whether the College's rural "
          "skills classrooms could host training for colleagues new to the role. In 2007-08 we ran a small "
          "unaccredited pilot for nine teachers. This plan is for the accredited course that replaces it.")

title("SECTION 2 - WORDS USED IN THIS PLAN")
para(doc, "Readers outside the honey house will meet some words used in a particular sense. They mean this "
          "throughout the plan:")
gl = [
    ["Word in this plan", "What it means on the SENCO line"],
    ["The Line", "The course as a whole: the National Award for SEN Coordination as run by BDBA, the College and the University."],
    ["Operator", "A participant: a qualified teacher who is, or is about to become, the SENCO of a school."],
    ["Supplier", "The Operator's school, represented by its headteacher, who nominates the Operator and releases them."],
    ["Intake Inspection", "The check of each Operator against the outcomes before the first Step (Section 6)."],
    ["Batch Sheet", "The Operator's individual training plan, written from the Intake Inspection."],
    ["Step", "One of the four 15-credit units of the Line, each taught on study days or twilight sessions."],
    ["Line Trial", "A task the Operator carries out in their own school between study days."],
    ["Line Supervisor", "An experienced SENCO or senior leader in or near the Operator's school who supports the Line Trials."],
    ["CCP", "Critical control point: one of the four marked assessments. Nothing is released without passing them."],
    ["Monitoring", "A tutor's check and written feedback during a Step. Monitoring carries no mark."],
    ["Verification", "Second marking, moderation and the external examiner's scrutiny."],
    ["PRP", "A prerequisite programme: something the Line depends on that is not itself a control point."],
    ["Lot", "One line of the Traceability table in Section 11: one of the national outcomes as we word it."],
    ["Dispatch", "The end of an Operator's time on the Line."],
    ["Release", "The award of the certificate by the University."],
]
table(doc, gl)

title("SECTION 3 - THE HACCP TEAM")
para(doc, "The plan is owned by the HACCP team. Tutors teach the Steps and mark the CCPs; the honey house "
          "manager looks after the building and has no part in teaching or marking.")
team = [
    ["Name", "Role on the Line", "Background and current practice"],
    ["Margaret Tolley", "HACCP Team Leader (programme leader); tutor for Steps 1 and 4",
     "SENCO for eleven years in two Hollinsfordshire secondary schools; LA SEN adviser 2004-07; MA Special and Inclusive Education (Wessington, 2004); still chairs the county's secondary SENCO network."],
    ["Dr Owen Prideaux", "University link tutor; tutor for Step 3; chair of the Line's assessment board",
     "Senior lecturer in inclusive education, University of Wessington; taught in a special school for eight years; publishes on provision mapping and the deployment of teaching assistants."],
    ["Hannah Selby", "Tutor for Step 2 (assessment of need)",
     "Educational psychologist, Hollinsfordshire EP service, seconded to the Line one day a fortnight; works with 14 schools in the county."],
    ["Ravi Dhanda", "Tutor for Step 2 (specific learning difficulties)",
     "Specialist teacher (SpLD) with the LA learning support service; holds AMBDA and the OCR Diploma in SpLD; assesses pupils weekly."],
    ["Sue Penrose", "PRP owner: resources and the Comb",
     "Learning resources manager, Hollinsford College; manages the College's Moodle site and assistive technology loans."],
    ["Colin Ashworth", "Honey house manager",
     "BDBA education secretary; keeps the building, the rota and the room bookings. Not a tutor."],
]
table(doc, team)
para(doc, "Every tutor attends the University's annual assessment and update day, the LA's termly SENCO forum "
          "and at least one national conference or course a year, and logs it in the team's CPD record. Tutors "
          "teach on the Line for no more than half their working time so that each keeps a current caseload or "
          "school role.")

title("SECTION 4 - PRODUCT DESCRIPTION")
pd = [
    ["Product description", ""],
    ["Product name", "National Award for SEN Coordination (Postgraduate Certificate in SEN Coordination)"],
    ["Accrediting body", "The University of Wessington, which validated the programme in June 2008 and awards the certificate."],
    ["Level and size", "60 credits at masters level (M level): four Steps of 15 credits each."],
    ["Intended effect", "Raising the attainment and rate of progress of pupils with SEN and/or disabilities in Operators' schools, measured in National Curriculum levels and P scales."],
    ["Batch size", "Up to 16 Operators, two batches a year (September and January)."],
    ["Shelf life", "Approval sought for five years; this plan is reviewed every July (Section 12)."],
    ["Fee", "GBP 1,150 per Operator; Hollinsfordshire LA pays half the fee for Operators from its maintained schools."],
]
t = table(doc, pd)
merge_row(t, 0, 0, 1, "Product description", fill="FFE699")
para(doc, "")

title("SECTION 5 - PROCESS FLOW")
para(doc, "The flow of the Line is shown below. The flow diagram is verified on site by the HACCP team at the "
          "start of each batch.")
textbox(doc, [
    "INTAKE INSPECTION (September or January)",
    "        |",
    "STEP 1  Receiving: law, policy and the SENCO's role  ->  CCP1",
    "        |",
    "STEP 2  Uncapping: identifying and assessing need  ->  CCP2",
    "        |   (Steps 2 and 3 may be taken in either order)",
    "STEP 3  Extraction: planning, mapping and managing provision  ->  CCP3",
    "        |",
    "STEP 4  Settling and bottling: leading and developing others  ->  CCP4",
    "        |",
    "DISPATCH  ->  RELEASE (University assessment board)",
], height_pt=190, title="PROCESS FLOW DIAGRAM (verified 2 September 2008)")
para(doc, "Each Step is taught either as three Saturday study days at the College or as six Tuesday twilight "
          "sessions (4.30 to 7.00 pm) at the Hollinsford Teachers' Centre; an Operator may mix the two within a "
          "Step. There are two batches a year, starting in September and January, and Steps 2 and 3 may be taken "
          "in either order. The Line is part time only. Most Operators finish within twelve to fifteen months; "
          "the University allows up to three years.")
para(doc, "Between study days the Line runs on the Comb, the College's Moodle site. The Comb holds each Step's "
          "readings, recorded presentations and the upload point for Line Trial reports. Each Operator's tutor "
          "replies to questions posted to their page within three working days and holds a monthly online "
          "tutorial between study days. The Comb is not used for discussion between Operators; forums are switched off.")

title("SECTION 6 - INTAKE")
para(doc, "6.1 Intended users. ", bold=True)
para(doc, "The Line is for qualified teachers who hold, or are about to take up, the post of SENCO. To be "
          "accepted an applicant must hold QTS, be in post or designated by their headteacher, and send a "
          "nomination form signed by the headteacher (the Supplier) agreeing release for study days and time "
          "for Line Trials. The Team Leader interviews every applicant and reads their entry self-audit. An "
          "applicant who does not yet have the knowledge to benefit is told in writing what to do first, for "
          "example the LA's five-day Foundations of SEN course, and the Team Leader discusses this with the "
          "headteacher; the applicant may then join the January batch.")
para(doc, "6.2 Intake Inspection. ", bold=True)
para(doc, "Before Step 1 each Operator rates themselves against all 29 national outcomes on a four-point scale, "
          "with examples of evidence for each rating. The tutor meets the Operator for an hour to test the "
          "ratings, and the headteacher adds a comment. From this the tutor and Operator write the Batch Sheet: "
          "a personalised set of outcomes to concentrate on, the optional workshops to attend, and the Line "
          "Trials most useful in that school. The Batch Sheet is reviewed at each CCP and rewritten if needed.")
para(doc, "6.3 Incoming material with a certificate. ", bold=True)
para(doc, "An Operator who has passed masters-level modules in SEN in the last five years may have up to 30 "
          "credits accredited (APCL), mapped against the outcomes by the Team Leader and Dr Prideaux. An "
          "Operator with substantial experience but no certificate may claim up to 15 credits by portfolio "
          "(APEL), judged by the University's APEL panel against the outcomes of the Step concerned.")
para(doc, "6.4 Finished product brought in from outside. ", bold=True)
para(doc, "The honey house does not bottle honey it has not extracted. Applicants who appear already to meet "
          "all the outcomes are referred to Kelbrook University's SENCO assessment-only route, with which we have "
          "no formal arrangement.")
para(doc, "6.5 Tailoring and cost. ", bold=True)
para(doc, "The Batch Sheet decides which of eight optional workshops an Operator attends (for example sensory "
          "impairment, EAL and SEN, behaviour in the primary years, post-16 transition), so that no Operator "
          "sits through sessions on what they can already show. Batches of at most 16 keep study days "
          "practical; sharing the College's rooms and the LA's speakers keeps the fee below the regional "
          "average, and the LA's half-fee grant is paid only on completion of each Step, which keeps the "
          "Line cost-effective for schools.")

title("SECTION 7 - PREREQUISITE PROGRAMMES (PRPs)")
para(doc, "The PRPs below are not control points. They are the conditions the Line needs before any Step can run.")
prp = [
    ["PRP", "What it covers", "Owner"],
    ["PRP1 Premises and access",
     "Ground-floor teaching room with hearing loop and accessible parking. At interview every Operator is asked about any adjustments they need; the College's disability adviser agrees a support plan (for example enlarged print, a note-taker, rest breaks, extra time for a CCP) before Step 1, and the University's regulations allow extended deadlines for disabled Operators.", "College"],
    ["PRP2 Resources",
     "University library with off-campus access to e-journals; the College ICT suite with text-to-speech, Clicker 5 and Widgit software; a lending library of standardised assessment kits and SEN software that Operators borrow for Line Trials; the LA's specialist resource base.", "Sue Penrose"],
    ["PRP3 Training of personnel",
     "Tutors: induction into this plan, the University's marking workshop each September and the tutors' assessment handbook. Line Supervisors are sent a copy of this plan and a letter explaining the Line Trials before Step 1.", "Team Leader"],
    ["PRP4 Personnel hygiene",
     "All tutors, honey house volunteers and visiting speakers hold enhanced CRB disclosures, checked by the College's HR office and renewed every three years. Operators are employed by their schools, and checks on them are the schools' business.", "College HR"],
    ["PRP5 Pest control (falling behind)",
     "An Operator who misses a study day or a deadline is contacted by their tutor within a week and given a catch-up plan; an Operator who has to stop may rejoin the next batch at the same Step.", "Tutors"],
    ["PRP6 Specialist input",
     "Speakers from the EP service, the speech and language therapy service, the Hearing Impaired Service, CAMHS and the Hollinsfordshire Parent Partnership Service teach on the study days. An Operator who asks to see practice in a special school may be found a day's visit at Hawksmere School, if the school can take them that term.", "Team Leader"],
]
table(doc, prp)
p = para(doc, "")
para(doc, "")

title("SECTION 8 - HAZARD ANALYSIS")
p = para(doc, "For each Step we have asked what could go wrong for the pupils at the end of the line if the SENCO "
              "were not well prepared, and what controls the Step puts in place. Content draws on current "
              "research and inspection evidence, including Ofsted's 2006 report on inclusion")
fn.ref(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted, HMI 2535.")
runs(p, " and the Bercow Review of services for children and young people with speech, language and "
        "communication needs")
fn.ref(p, "Bercow, J. (2008) The Bercow Report: A review of services for children and young people (0-19) with speech, language and communication needs. Nottingham: DCSF.")
runs(p, ", and each Step's reading list is refreshed every July.")
hz = [
    ["Step", "Hazard (what could go wrong for pupils)", "Control measure on the Line", "CCP?"],
    ["1 Receiving", "The SENCO misreads the law, so pupils wait for support or are refused reasonable adjustments.",
     "Study of the SEN Code of Practice (2001) and SEN Toolkit, the Disability Discrimination Act 1995 as amended in 2001 and 2005 and the Disability Equality Duty, Every Child Matters: Change for Children and its five outcomes, Removing Barriers to Achievement, and the Bercow Review. Line Trial 1: audit the school's SEN policy and accessibility plan against the Code and the law and report the findings to the headteacher.", "Yes - CCP1"],
    ["2 Uncapping", "Needs are missed or mislabelled; targets are too low.",
     "Child development and how SEN, disability and environment affect it; the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD); reading reports from EPs, therapists and specialist teachers; using P scales, national test and optional test data to track progress. Line Trial 2: a full assessment of two pupils, with targets and a plan, reviewed after six weeks.", "Yes - CCP2"],
    ["3 Extraction", "Provision is bought that does not work; agencies are not used; staff are deployed badly.",
     "Provision mapping and costing; evaluating interventions with staff; the scope of external agencies and the voluntary sector; deployment of teaching assistants. Line Trial 3: map the school's provision, identify what is missing or ineffective and present the map to the senior leadership team.", "Yes - CCP3"],
    ["4 Settling and bottling", "Colleagues and parents are not brought with the SENCO; changes do not last.",
     "Leading change; coaching and mentoring; observing lessons and giving feedback; running training; working with governors on policy; a session with the Parent Partnership Service on working with parents. Operators should value pupils' views, and are asked to read the Code of Practice's chapter on pupil participation before Step 1. Line Trial 4: a change project in the Operator's school, evaluated with pupil progress data before and after.", "Yes - CCP4"],
]
table(doc, hz)
para(doc, "Line Trials are carried out in the Operator's own school and are planned with the Line Supervisor. "
          "In Line Trial 3 the Operator also leads a staff meeting on the findings and works with at least two "
          "other SENCOs in their cluster to compare maps, so that advising and supporting colleagues within and "
          "beyond the school is practised, not only discussed. In Line Trial 4 the Operator plans and chairs a "
          "review meeting with the parents of a pupil on the school's SEN register and writes a reflective "
          "account of how the partnership with the family was built.")

title("SECTION 9 - CRITICAL CONTROL POINTS")
para(doc, "Each CCP is a marked assessment. The critical limit is the University's masters-level pass mark of "
          "40% on the published criteria for that CCP.")
ccp = [
    ["CCP", "Step", "What is checked", "Critical limit", "Monitoring before the CCP", "Corrective action"],
    ["CCP1", "1", "Policy review essay (3,000 words) based on Line Trial 1", "40%", "Tutor reads and comments on an essay plan", "One resubmission, capped at 40%"],
    ["CCP2", "2", "Case study of two pupils (4,000 words) with assessment evidence, targets and review", "40%", "Tutor feedback on a draft of one case", "One resubmission, capped at 40%"],
    ["CCP3", "3", "Provision map, 20-minute presentation to the Operator's senior leadership team (filmed) and viva with two tutors, with a 2,000-word commentary", "40%", "Rehearsal presentation on a study day", "Re-presentation within eight weeks"],
    ["CCP4", "4", "Leadership portfolio and change project report (5,000 words) from Line Trial 4", "40%", "Two tutorials on the Comb", "One resubmission, capped at 40%"],
    ["Release rule", None, None, None, None, None],
]
t = table(doc, ccp, header_fill="F4B183")
merge_row(t, 5, 1, 5, "An Operator is released (the award is made) when all four CCPs have been passed with an aggregate mark of 40% or more; a mark of 35-39% at one CCP may be compensated by marks at the others.", bold=False)
shade(t.cell(5, 0), "FCE4D6")
para(doc, "")

title("SECTION 10 - VERIFICATION")
para(doc, "10.1 Marking and moderation. ", bold=True)
para(doc, "Every CCP1 and CCP4 script is second-marked; a sample of a quarter of CCP2 and CCP3 scripts, "
          "including all fails and all marks above 70%, is second-marked. The tutors meet after each CCP to "
          "moderate, using the shared criteria and annotated exemplars kept from earlier batches. The "
          "external examiner, Dr Frances Ilford of Northbay University, sees a sample from every CCP, attends the "
          "assessment board and reports to the University each year.")
para(doc, "10.2 Evaluation of the Line. ", bold=True)
para(doc, "Internal checks: an Operator evaluation at the end of every Step; a tutors' review meeting after each "
          "batch; the University's annual monitoring report. External checks: the external examiner's report; "
          "the LA's senior SEN adviser observes one study day in every Step and reports to the Team Leader. "
          "Findings go into the July review of this plan, and each change is logged in the amendment record "
          "(Section 13) with the evidence that led to it.")
para(doc, "10.3 Effect on Operators and pupils. ", bold=True)
para(doc, "Operators rate their confidence against every outcome at Intake Inspection and again at Dispatch, "
          "and the change is reported for each batch. As to the effect on pupils' achievement, we hope in time "
          "to gather this from schools.")

title("SECTION 11 - TRACEABILITY")
para(doc, "Every Lot can be traced back to the Step that processes it and forward to the CCP that verifies it. "
          "In the column headed Verified at, where a cell reads PRP only the Lot is worked on in the Step shown "
          "but no CCP checks it, and where it reads Monitoring only the tutor gives written feedback on it during "
          "the Step but it carries no mark. In the column headed Processed at a dash means no Step teaches the Lot. "
          "Not in scope means the Lot is not handled on this Line.")
lots = [
    ["Lot", "Outcome (our wording)", "Processed at", "Verified at"],
    ["L01", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "Step 4", "CCP4"],
    ["L02", "Wins the commitment of colleagues, the headteacher and senior leaders", "Step 4", "CCP3"],
    ["L03", "Prioritises, manages time and delegates, checking delegated work is done", "Step 3", "PRP only"],
    ["L04", "Anticipates and resolves problems; makes sound judgements about provision", "Step 3", "CCP3"],
    ["L05", "Speaks and writes clearly; listens to and understands others' views", "Steps 1-4", "CCP3"],
    ["L06", "Uses research and outside advice to improve own and colleagues' practice", "Step 2", "CCP2"],
    ["L07", "Keeps up to date and takes charge of own CPD in SEN and disability", "Step 4", None],
    ["L08", "SEN law and guidance, the Code of Practice and how to apply them in school", "Step 1", "CCP1"],
    ["L09", "Every Child Matters: its principles, five outcomes and the SENCO's part", "Step 1", "CCP1"],
    ["L10", "Disability equality law and the actions it requires of the school", "Step 1", "CCP1"],
    ["L11", "How children develop and how SEN, disability and environment affect development", "Step 2", "PRP only"],
    ["L12", "Common types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "Step 2", "CCP2"],
    ["L13", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "Step 2", "CCP2"],
    ["L14", "Principles of school self-evaluation and improvement for SEN outcomes", "Not in scope", "Not in scope"],
    ["L15", "Best practice and research outcomes in meeting SEN", "Step 3", "CCP4"],
    ["L16", "The scope of external agencies and how to get specialist support", "Step 3", "CCP3"],
    ["L17", "With senior colleagues and governors, shapes an inclusive ethos, policy and use of resources", "Step 4", "CCP4"],
    ["L18", "Identifies pupils with SEN, sets challenging targets, plans interventions, reviews progress", "Step 2", "CCP2"],
    ["L19", "Uses other professionals' assessments to shape teaching", "Step 2", "CCP2"],
    ["L20", "Uses summative and national test data to track progress and change programmes", "Step 2", "CCP2"],
    ["L21", "Encourages colleagues to develop formative assessment, with approaches for SEN", "Step 4", "PRP only"],
    ["L22", "Identifies access arrangements for national tests and exams in good time and puts them in place", "-", "CCP3"],
    ["L23", "Uses provision mapping; finds ineffective or missing provision", "Step 3", "CCP3"],
    ["L24", "Deploys and manages staff, including teaching assistants", "Step 3", "Monitoring only"],
    ["L25", "Supports colleagues' development by observation, feedback, modelling, coaching and training", "Step 4", "CCP4"],
    ["L26", "Reviews and evaluates provision with other staff", "Step 3", "CCP4"],
    ["L27", "Involves pupils in planning, agreeing and reviewing their provision", "Not in scope", "Not in scope"],
    ["L28", "Liaises with parents and carers to promote learning", "Step 4", "CCP4"],
    ["L29", "Works in partnership with other services, agencies and voluntary organisations", "Step 3", "CCP3"],
]
t = table(doc, lots, header_fill="C9C9C9")
c = t.cell(7, 3)
add_del(c.paragraphs[0], "CCP4", "Owen Prideaux", "2008-10-09T16:20:00Z")
add_ins(c.paragraphs[0], "PRP only", "Owen Prideaux", "2008-10-09T16:20:00Z")
para(doc, "The Traceability table was last checked line by line against the national outcomes in October 2008.")

title("SECTION 12 - CUSTOMER REQUIREMENTS, FEEDBACK AND REVIEW")
para(doc, "12.1 What our customers told us. ", bold=True)
para(doc, "Before this plan was written, in the spring of 2008, the team surveyed the headteachers and SENCOs "
          "of all 64 schools in the Bramblecote and Hollinsford districts; 41 replied. The LA's SEN strategy "
          "for 2008-11 was read alongside the replies, and the Parent Partnership Service ran a discussion with "
          "its parents' forum. Headteachers asked for training that could be done without weekday release, "
          "SENCOs asked for more on provision mapping and the deployment of teaching assistants, the LA named "
          "working with parents and with external agencies as county priorities, and parents asked that SENCOs "
          "be trained to run review meetings families could follow.")
para(doc, "12.2 What we changed because of it. ", bold=True)
para(doc, "Because 17 headteachers said they could not release staff on weekdays, the Saturday and twilight "
          "patterns replaced the pilot's weekday days. Provision mapping, a single session in the pilot, became "
          "the whole of Step 3. The Parent Partnership Service's session and the parents' review meeting in Line "
          "Trial 4 were added at the parents' forum's request, and the LA's agency leads now teach in Step 3.")
para(doc, "12.3 Feedback from here on. ", bold=True)
para(doc, "Each Operator completes an evaluation at the end of every Step, and the results are read at the "
          "tutors' review meeting. We would like headteachers, the LA and parents to have a say in how the Line "
          "is judged, and hope to form a stakeholder group once the first batch is released.")
para(doc, "12.4 Dispatch. ", bold=True)
para(doc, "At Dispatch each Operator receives a leaflet about the University's MA in Inclusive Education and "
          "the College's short courses, and a copy of their final Batch Sheet.")
para(doc, "12.5 Annual review. ", bold=True)
para(doc, "The HACCP team reviews the whole plan every July, after the assessment board. The review takes in "
          "the Step evaluations, the external examiner's report, the LA adviser's observation notes, the "
          "moderation minutes and the confidence ratings, and agrees what to change for the next batch.")

title("SECTION 13 - AMENDMENT RECORD")
am = [
    ["Issue", "Date", "Change", "By"],
    ["1", "March 2007", "Plan for the unaccredited pilot: nine teachers, weekday study days, two days' placement at Hawksmere School for every teacher.", "MT"],
    ["2", "July 2007", "Pilot online discussion forum opened on the Comb.", "SP"],
    ["3", "July 2008", "Pilot ended. Line rewritten for validation at 60 credits; Saturday and twilight patterns; provision mapping becomes Step 3; forum closed.", "MT / OP"],
    ["4", "October 2008", "Traceability table checked against the national outcomes; submitted to the TDA.", "OP"],
]
table(doc, am)
para(doc, "")
para(doc, "Signed for the HACCP team: Margaret Tolley, HACCP Team Leader. Countersigned for the University of "
          "Wessington: Dr Owen Prideaux.")

# comments (not evidence)
pc = [p for p in doc.paragraphs if p.text.startswith("The honey house does not bottle")][0]
doc.add_comment(pc.runs[0], text="Owen: the University says we must check every Operator's enhanced CRB ourselves, not leave it to schools. Add to PRP4?", author="Margaret Tolley", initials="MT")
pa = [p for p in doc.paragraphs if p.text.startswith("An Operator who has passed masters-level")][0]
doc.add_comment(pa.runs[0], text="APEL is capped at 30 credits too, I think - check with Registry.", author="Colin Ashworth", initials="CA")

fn.finish()
doc.save(OUT)
print(OUT.name, words(OUT), "words")
