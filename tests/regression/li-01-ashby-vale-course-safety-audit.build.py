"""li-01-ashby-vale-course-safety-audit

Provider (invented): Ashby Vale County Council, Highways and Transportation, Road
Safety Team, whose School Staff Training Unit runs the course, with the University of
Wenlock as validating HEI. The course is called "the Scheme".

Document kind and layout: the unit sends its course design as a house-style Stage 2
Road Safety Audit report (after HD 19/03), titled "Course Safety Audit, Stage 2
(Detailed Design)". Typed bold numbered titles on Normal paragraphs (no heading
styles), an audit brief and team table, "Items raised at the Stage 1 Audit" with a
status column (past arrangements), "Problems identified at this Stage 2 Audit" each as
PROBLEM / RECOMMENDATION, a Designer's Response and Exception Report table, Appendix B
the Design Team's own Scheme description (Links L1-L4, Site Days, Inspection Points
IP1-IP3, "Desk check"), Appendix C a Schedule of Features (the 28 outcomes: "Ref |
Feature (in our words) | Built in | Signed off at") whose values "Walked only", "Desk
check only", "Not built" and "-" are defined in section 1.6, far above. Header and
footer. A VML text box holds the Audit Team Statement. Tracked changes in two table
cells and one whole inserted paragraph. A Word comment.

Traps (requirement ids):
- Aim covers attainment and safety only, not all five ECM outcomes (1.1 partial).
- Pupil consultation absent; the Designer's Response only "intend[s]" to add it next
  year (1.5 not met); Schedule row "Not built" (6.S7 not met).
- Problem 3.2 notes features not signed off, response "no change for 2008-09"
  (1.9 partial).
- Pre-start Survey used for grouping only, "No individual plan is drawn up" (2.2 partial).
- Assessment-only route: Stage 1 "Direct Sign-off" route withdrawn (past) and the
  Exception Report says it will not be offered (2.3 not met).
- Next steps only "encouraged to think about" (2.5 partial).
- One start, fixed order, only a twilight option (3.2 partial).
- Online forum with peer support but "Tutors do not moderate or reply on the forum
  between Site Days" (3.3 partial).
- CRB: only tutors and crossing patrol trainers checked (wrong people); the claim about
  participants is only in the footer and in a comment; Problem 3.9 response only
  "will discuss" (5.3 not met).
- Placements at a special school were Stage 1 only, withdrawn (5.5 partial; expertise met).
- Impact on pupils only hoped for (5.9 partial).
- Award by aggregate mark with compensation (6.0 partial).
- Tracked change: 6.A1 "IP2" deleted, "Walked only" inserted (6.A1 partial); 6.K3
  "Walked only" deleted, "IP1" inserted (6.K3 met).
- Inserted paragraph gives the mentor briefing (5.7 met).
- No row for child development (6.K4 not met). "-" built in for 6.S9 (assessed not
  taught: partial). "Walked only": 6.A3, 6.S2d; "Desk check only": 6.K7, 6.S5 (partial).
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _li_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
d = new_doc("Ashby Vale County Council | Highways and Transportation | Road Safety Team",
            "RSA/SENCo/08/02 Stage 2 | Issue 2 | All Scheme participants hold enhanced CRB disclosures")

def T(text):
    return para(d, text, bold=True)

def P(text):
    return para(d, text)

para(d, "COURSE SAFETY AUDIT", bold=True, size=16)
para(d, "STAGE 2 (DETAILED DESIGN)", bold=True, size=13)
P("Scheme: Ashby Vale SENCo Award (National Award for SEN Coordination), cohort 2008-09")
P("Client: Training and Development Agency for Schools (application for approval)")
P("Design Organisation: School Staff Training Unit, Road Safety Team, with the University of Wenlock School of Education")
P("Report reference: RSA/SENCo/08/02. Issue 2, November 2008.")

T("1 INTRODUCTION")
T("1.1 Purpose of this report")
P("The Road Safety Team has audited every scheme it builds for more than twenty years, and its School Staff Training Unit "
  "puts its own courses through the same discipline. This report describes the detailed design of the Ashby Vale SENCo "
  "Award and records what an independent audit team found when it examined that design. We send it to the Agency as our "
  "application because it is the most honest account we have of the course: the design as built, the problems an "
  "independent eye found in it, and what we have done, or have decided not to do, about each one.")
P("Readers who have not met a safety audit before should read Appendix B first. It is the Design Team's own description "
  "of the Scheme. Sections 2 to 4 are the audit itself. Section 5 and the Designer's Response table record the Design "
  "Team's answers to each problem. Appendix C is the Schedule of Features, which shows where each of the national "
  "outcomes is built into the Scheme and where it is signed off.")
T("1.2 Audit brief")
P("The Audit Team was asked to examine the Stage 2 design of the Scheme against the Agency's specification of 2008 and "
  "the University of Wenlock's requirements for a validated module at Level 7, and to identify any feature of the design "
  "that could prevent a participant from reaching the national outcomes or that could put the quality of the award at "
  "risk. The audit took place between 6 and 24 October 2008 and included a visit to Site Day 2 of the pilot group.")
T("1.3 Audit Team and Design Team")
table(d, [
    ["Role", "Name", "Organisation"],
    ["Audit Team Leader", "Margaret Oyelaran", "University of Wenlock, Quality Office"],
    ["Audit Team Member", "Dr Huw Prothero", "Educational Psychology Service, Ashby Vale"],
    ["Audit Team Member", "Sarah Kettle", "Headteacher, Fordham Primary School"],
    ["Observer", "Gary Lund", "Road Safety Team (audit method only)"],
    ["Design Team Leader", "Rachel Penhale", "School Staff Training Unit"],
    ["Design Team", "Tom Ackroyd; Dr Anita Rhodes", "Training Unit; University of Wenlock"],
])
P("")
T("1.4 Documents examined")
P("The Audit Team examined the documents listed in Appendix A, observed one Site Day and interviewed six pilot "
  "participants, two tutors and the Design Team Leader.")
T("1.5 Scope")
P("The audit covers the taught Links, the Inspection Points, the online forum and the arrangements for entry, quality "
  "assurance and award. It does not cover the Road Safety Team's other training for schools (pedestrian training, "
  "Bikeability and school crossing patrols), which is delivered under separate arrangements.")
T("1.6 Terms used in this report")
P("A Link is one of the four taught units of the Scheme (L1 to L4). A Site Day is a full day of face-to-face teaching; "
  "there are ten. An Inspection Point is one of the three marked assessments (IP1 to IP3); a feature is signed off at an "
  "Inspection Point when it is marked there against published criteria. A Desk check is the tutor's written comment on a "
  "draft; it is not marked and does not count towards the award.")
P("In the Schedule of Features (Appendix C), \"Walked only\" means that the Link teaches the feature but no Inspection "
  "Point signs it off. \"Desk check only\" means that the feature is looked at in a Desk check and nowhere marked. \"Not "
  "built\" means the Scheme does not include it. A dash in the Built in column means that no Link teaches the feature.")

T("2 ITEMS RAISED AT THE STAGE 1 AUDIT")
P("The Stage 1 (outline design) audit was carried out in May 2008. Its items and their present status are set out below. "
  "Items marked Closed were resolved in the detailed design. Items marked Withdrawn describe features of the outline "
  "design that are no longer part of the Scheme.")
table(d, [
    ["Item", "Stage 1 finding", "Status at Stage 2"],
    ["S1/1", "Outline design had no entry interview.", "Closed. Entry interview now in place (Appendix B, B.6)."],
    ["S1/2", "Placement days at Brook Lane Special School proposed for every participant.", "Withdrawn. Brook Lane is unable to host placements in 2008-09."],
    ["S1/3", "A \"Direct Sign-off\" route let experienced SENCOs go straight to IP3.", "Withdrawn at the University's request in June 2008."],
    ["S1/4", "Tutors and guest speakers from the School Crossing Patrol service are CRB checked through County HR.", "Closed. Checks confirmed for all tutors."],
    ["S1/5", "No external examiner named.", "Closed. Dr Joan Whitlow, University of Harlsey, appointed."],
])
P("")

T("3 PROBLEMS IDENTIFIED AT THIS STAGE 2 AUDIT")
T("3.1 Aims of the Scheme")
P("PROBLEM. Location: Appendix B, B.1. Summary: the aim of the Scheme is expressed in terms of attainment and safety. "
  "The Audit Team found the taught content strong on both but noted that the design says little about the other "
  "outcomes for children that the Agency's specification names.")
P("RECOMMENDATION. The Design Team should consider restating the aim.")
T("3.2 Features not signed off")
P("PROBLEM. Location: Appendix C. Summary: several features are marked \"Walked only\" or \"Desk check only\" and one is "
  "signed off without being taught. A participant could therefore pass without being assessed against every feature.")
P("RECOMMENDATION. Every feature should be signed off at an Inspection Point.")
T("3.3 Pre-start Survey")
P("PROBLEM. Location: Appendix B, B.5. Summary: the Pre-start Survey is well designed but its results are used only to "
  "form groups for Site Days. Participants with very different starting points follow the same route.")
P("RECOMMENDATION. Use the survey to agree an individual plan with each participant.")
T("3.4 Route for experienced SENCOs")
P("PROBLEM. Location: Section 2, item S1/3. Summary: since the Direct Sign-off route was withdrawn there is no way for a "
  "very experienced SENCO to be assessed without following the whole taught programme.")
P("RECOMMENDATION. Reinstate an assessment-only route for exceptional cases.")
T("3.5 Online forum")
P("PROBLEM. Location: Appendix B, B.4. Summary: pilot participants valued the Junction Box forum but told us that "
  "questions posted between Site Days went unanswered until the next Site Day.")
P("RECOMMENDATION. Agree a tutor response time for the forum.")
T("3.6 Flexibility")
P("PROBLEM. Location: Appendix B, B.4. Summary: the Scheme has one start date and a fixed order of Links. Two pilot "
  "participants who changed schools in the spring could not rejoin later.")
P("RECOMMENDATION. Consider a January start.")
T("3.7 Consulting pupils")
P("PROBLEM. Location: Appendix B, Link 2. Summary: the Scheme contains no element in which participants learn how to "
  "consult children and young people about the decisions that affect them, or how to involve pupils in planning and "
  "reviewing their own provision.")
P("RECOMMENDATION. Add this to Link 2 and sign it off at IP2.")
T("3.8 Measuring impact")
P("PROBLEM. Location: Appendix B, B.9. Summary: the design measures participants' confidence well but has no measure of "
  "the effect on pupils.")
P("RECOMMENDATION. Select a small number of pupil measures.")
T("3.9 Criminal records checks")
p39 = P("PROBLEM. Location: Appendix B, B.6. Summary: the entry procedure contains no check that participants hold a "
        "current enhanced CRB disclosure, although participants visit other schools during Link 4.")
comment(d, p39, "Surely their own schools have done this? We could ask heads to confirm CRB on the nomination form from 2009.",
        author="Rachel Penhale", initials="RP")
P("RECOMMENDATION. Add a CRB check to the entry procedure.")

T("4 AUDIT TEAM STATEMENT")
P("The statement below is signed by the members of the Audit Team.")
textbox(d, [
    "AUDIT TEAM STATEMENT",
    "We certify that we have examined the documents listed in Appendix A and visited Site Day 2 of the pilot group. "
    "The audit has been carried out with the sole purpose of identifying any feature of the design that could be removed "
    "or modified to improve the quality of the Scheme. The problems identified are noted in this report. No member of the "
    "Audit Team has been involved in the design of the Scheme.",
    "Margaret Oyelaran (Team Leader)    Dr Huw Prothero    Sarah Kettle    24 October 2008",
])

T("5 DESIGNER'S RESPONSE AND EXCEPTION REPORT")
P("The Design Team has considered every problem. Where a recommendation is accepted the response says what has been "
  "done. Where it is not accepted the reason is given; these are the exceptions.")
table(d, [
    ["Problem", "Response", "Action"],
    ["3.1", "Noted.", "The aim is unchanged for 2008-09."],
    ["3.2", "Noted. The Inspection Points are already at the University's maximum assessment load.", "No change for 2008-09."],
    ["3.3", "Partly accepted.", "Tutors will refer to the survey return in the Site Day 1 conversation."],
    ["3.4", "Not accepted (exception). The University will not validate a route that awards credit without the taught Links.", "The Scheme will not offer an assessment-only route."],
    ["3.5", "Noted. Tutor time between Site Days is not funded.", "Participants are reminded that questions are taken at the next Site Day."],
    ["3.6", "Noted.", "A January start will be looked at if demand allows."],
    ["3.7", "Accepted in principle.", "We intend to build a pupil-voice element into Link 2 for the 2009-10 cohort, subject to tutor time."],
    ["3.8", "Accepted in principle.", "See Appendix B, B.9."],
    ["3.9", "Accepted in principle.", "The Design Team will discuss with the University whether a check can be added."],
])
P("")

T("APPENDIX A  DOCUMENTS EXAMINED")
for x in ["A1 Scheme handbook, draft 3 (September 2008)", "A2 Link outlines L1 to L4", "A3 Inspection Point briefs IP1 to IP3 and marking criteria",
          "A4 University of Wenlock module approval documents", "A5 Pilot evaluation summary (July 2008)",
          "A6 Reference Group minutes, February to September 2008", "A7 Tutor handbook and mentor briefing notes",
          "A8 Schools' needs survey report (November 2007)"]:
    P(x)

T("APPENDIX B  THE SCHEME AS DESIGNED (DESIGN TEAM'S DESCRIPTION)")
T("B.1 What the Scheme is for")
P("The Ashby Vale SENCo Award is a 60 credit module at Level 7 (masters level) of the University of Wenlock's "
  "Postgraduate Certificate in Professional Practice. The University validated the module in July 2008 and awards the "
  "credit; the Training Unit delivers the teaching jointly with University tutors. Participants who pass receive 60 "
  "masters credits and the National Award for SEN Coordination.")
P("The aim of the Scheme is to raise the attainment of pupils with special educational needs and disabilities and to make "
  "school journeys and school sites safer for them. The Road Safety Team came to this work through its casualty data: "
  "children with SEN and disabilities are over-represented among child pedestrian casualties in the county, and our "
  "school travel advisers kept meeting SENCOs who were doing the job with very little training. The objectives of each "
  "Link, its content and the Inspection Points are all written around that aim.")
T("B.2 The Links")
P("The Scheme is built from four Links, taught over ten Site Days between September 2008 and June 2009.")
runs(d, [("Link 1: The Highway Code of SEN. ", "b"),
         ("Site Days 1 to 3. Participants study the law and guidance that govern the SENCO's work: the Education Act 1996 as "
          "amended, the SEN Code of Practice 2001 and its toolkit, the Special Educational Needs and Disability Act 2001, the "
          "Disability Discrimination Act 2005 and the disability equality duty, Removing Barriers to Achievement (2004) and "
          "the Every Child Matters outcomes and the Children Act 2004. They look at what each requires of a school and how the "
          "SENCO puts it into practice. Link 1 also covers the SENCO's own working week: how to plan the term, what to "
          "keep and what to hand on. Participants read the Ofsted report Inclusion: does it matter where pupils are taught? "
          "(2006) and the Bercow Review of services for children and young people with speech, language and communication "
          "needs (2008), and learn how to use research and the advice of outside specialists to improve their own and "
          "colleagues' teaching. Each participant is shown how to keep a professional development log for their own "
          "learning about SEN and disability.", "")])
runs(d, [("Link 2: Knowing the Road User. ", "b"),
         ("Site Days 4 to 6. The common types of SEN and disability, including behavioural, emotional and social "
          "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
          "autistic spectrum disorders and moderate learning difficulties, and how each affects learning. Participants "
          "examine approaches to assessment, planning and teaching, including ICT and assistive technology, and the "
          "research on what works. They learn to identify pupils who may have SEN, to set challenging targets, to plan "
          "interventions and to review progress, and to use the assessments of educational psychologists, speech and "
          "language therapists and other professionals in their teaching. Link 2 gives a full Site Day to working with "
          "parents and carers, led with the Parent Partnership Service: building fair and respectful relationships with "
          "pupils and their families, running review meetings and liaising with parents through the year.", "")])
runs(d, [("Link 3: Managing the Junction. ", "b"),
         ("Site Days 7 and 8. The SENCO as a leader: working with the headteacher, senior leaders and governors on the "
          "school's inclusive ethos, policy, priorities and resources; gaining the commitment of colleagues; provision "
          "mapping and management and finding provision that is missing or not working; deploying and managing teaching "
          "assistants; using summative assessment, including national tests, to track progress and adjust programmes; "
          "helping colleagues to develop formative assessment; planning access arrangements for tests and examinations in "
          "good time; and the principles of school self-evaluation as they apply to SEN. Problem solving and decision "
          "making about provision run through both days as case exercises.", "")])
runs(d, [("Link 4: The Wider Network. ", "b"),
         ("Site Days 9 and 10. The role of external agencies and how to get specialist support and resources; reviewing and "
          "evaluating provision with colleagues; supporting colleagues' professional development by observation and "
          "feedback, coaching and mentoring; and keeping up to date. Participants spend one half day visiting a school in "
          "another phase to look at its provision. Link 4 closes with the Onward Route session (B.8).", "")])
T("B.3 The Inspection Points")
P("The Scheme has three marked Inspection Points.")
P("IP1 Route Study (4,000 words). A case study of one pupil's provision, analysed against the law, the research and the "
  "advice of other professionals. Marked by the University tutor against the IP1 criteria.")
P("IP2 Junction Improvement (5,000 words). Each participant plans, carries out and evaluates a change to SEN provision in "
  "their own school, agreed with the headteacher at the start of the year, and reports its effect on practice and on "
  "the pupils concerned. The Junction Improvement is the Scheme's main school-based activity and is tied to the "
  "features it signs off in Appendix C. Tutors visit each participant's school once during IP2.")
P("IP3 Site Meeting (30 minutes). A presentation to a panel of a tutor and a visiting headteacher, followed by a "
  "professional dialogue about the participant's practice, their work with parents and agencies, and their own "
  "development.")
P("Before each Inspection Point participants may submit a draft for a Desk check. Desk checks are not marked.")
T("B.4 Delivery")
P("All participants start together in September. The Links are taught in order on Thursdays, one Site Day roughly every "
  "three weeks, at the County's Highways Training Centre in Ashby, which is on one level with a hearing loop, accessible "
  "toilets and parking. The nomination form asks every applicant about any disability or other need, and the Training "
  "Unit makes the adjustments agreed with them: materials in large print or electronic form, a note-taker or BSL "
  "interpreter, rest breaks and extra time for IP3. The Unit applies the County's disability, race and gender equality "
  "schemes to recruitment, teaching and assessment. Participants who cannot be released for whole days may attend the same content as two twilight "
  "sessions. Between Site Days participants use the Junction Box, a forum on the County's Learning Gateway (Moodle), "
  "to share materials and questions with each other; tutors post the Site Day resources there. Tutors do not moderate or "
  "reply on the forum between Site Days; questions are taken at the next Site Day.")
T("B.5 Getting started")
P("Before Site Day 1 every participant completes the Pre-start Survey, rating themselves against the 28 features in "
  "Appendix C. Tutors use the returns to form the working groups for Site Days. No individual plan is drawn up.")
P("Participants who already hold masters-level credit in SEN may claim accreditation of prior learning for up to 20 "
  "credits against IP1, and those with substantial experience as a SENCO may claim accreditation of prior experiential "
  "learning by portfolio against the same Inspection Point. Claims are assessed by the University's APL adviser under "
  "its published regulations and a fee of £60 is charged.")
P("The Scheme is designed so that participants choose the focus of IP1 and IP2 from their own school's priorities, and "
  "tutors agree the IP2 plan with each participant and their headteacher, so that the work matches each participant's "
  "setting and stage. The 60 credits count towards the University's MA in Education, and the Agency's funding covers "
  "the full fee: participants' schools pay for cover only. At £1,850 per participant the Scheme costs less than the "
  "University's standard Level 7 module, because Site Days use the County's own training centre.")
T("B.6 Entry")
P("Applicants must hold QTS and be in post as SENCO, or designated to become SENCO within the year, in a maintained "
  "school. They send a nomination form signed by the headteacher, which commits the school to release them for Site "
  "Days and to support IP2. Every applicant has an entry interview with a tutor, who checks their current knowledge and "
  "experience against the entry profile; applicants who need more grounding are offered the County's SEN foundation "
  "course first and join a later cohort.")
T("B.7 Staff and resources")
P("Tutors are Rachel Penhale (MA SEN, former SENCO for eleven years, County SEN adviser), Tom Ackroyd (NPQH, former "
  "special school deputy head, Bikeability instructor trainer) and Dr Anita Rhodes (PhD on inclusion, Senior Lecturer "
  "in SEN at the University of Wenlock). All three attend the County's termly SEN updates and the University's research "
  "seminars. Specialist sessions are taught by the Educational Psychology Service, the Speech and Language Therapy "
  "team, the ASD outreach team, the Sensory Support Service and the Parent Partnership Service.")
P("Participants have use of the Training Centre's SEN resource library, the University library and e-journals, and a "
  "loan bank of assistive technology (text-to-speech and mind-mapping software, portable word processors, visualisers) "
  "from the County's ICT Centre.")
P("Every tutor receives the Scheme's tutor handbook, which sets out the Links, the marking criteria for each Inspection "
  "Point and the moderation timetable, and attends a half-day tutor induction in September.")
p_ins = d.add_paragraph()
ins(p_ins, "Each participant's headteacher names an in-school mentor. Mentors receive the mentor briefing notes and attend "
    "a twilight mentor briefing before IP2, which explains what they do (meeting the participant twice a term, "
    "agreeing the Junction Improvement, confirming that the work took place) and what they do not do (they do not mark).")
T("B.8 Quality and moderation")
P("Each Link is evaluated by participants at the end of its last Site Day, and tutors observe one of each other's "
  "sessions each term. The University's annual module review draws on these evaluations, the external examiner's report "
  "and the Reference Group's comments, and sets actions for the next cohort: after the pilot, for example, we moved the "
  "Site Day on access arrangements from June to January. All IP scripts are marked by the University tutor; a 20 per cent "
  "sample, and every fail, is second-marked by another tutor and the marks are agreed at a moderation meeting before the "
  "samples go to the external examiner, Dr Joan Whitlow.")
P("At the Onward Route session on Site Day 10 participants are encouraged to think about their next steps.")
T("B.9 Stakeholders and impact")
P("The Scheme was shaped by evidence about what local schools need. In November 2007 the Training Unit surveyed all 64 "
  "schools in the county: 41 headteachers and 52 SENCOs replied, and the two needs they named most often, leading "
  "colleagues and managing teaching assistants, became Link 3. The Reference Group (four headteachers, three SENCOs, the "
  "Parent Partnership Service, the Educational Psychology Service and a parent governor) met four times during the "
  "design and asked us to move the agencies content into its own Link, which is why Link 4 exists. The Reference Group "
  "meets each term during the cohort, reviews the Link evaluations and a summary of IP results, and two of its members "
  "sit on the University's annual module review.")
P("Participants complete a confidence questionnaire against the 28 features at the start and end of the Scheme, and "
  "their IP2 reports describe the change in their school's practice. We hope that in time the Scheme will also show an "
  "effect on pupils' achievement.")
T("B.10 Award")
P("Each Inspection Point is marked out of 100. A participant passes with an aggregate mark of 50 per cent across IP1 to "
  "IP3, provided no Inspection Point is below 40 per cent; a strong mark in one Inspection Point may compensate for a "
  "weaker one.")

T("APPENDIX C  SCHEDULE OF FEATURES")
P("The features are the national minimum outcomes, in our words. Values are explained in section 1.6.")
rows = [["Ref", "Feature (in our words)", "Built in", "Signed off at"],
        ["Professional attributes", None, None, None],
        ["C01", "Fair, respectful and supportive relationships with pupils with SEN and their families", "L2", [("IP2", "del"), ("Walked only", "ins")]],
        ["C02", "Winning the commitment of colleagues, including the head and senior leaders", "L3", "IP2"],
        ["C03", "Prioritising, managing time and delegating", "L1", "Walked only"],
        ["C04", "Anticipating and solving problems; sound decisions about provision", "L3", "IP1"],
        ["C05", "Speaking and writing clearly; listening to others' views", "L1, L2", "IP3"],
        ["C06", "Drawing on research and outside advice to improve practice", "L1", "IP1"],
        ["C07", "Keeping up to date and owning one's SEN professional development", "L4", "IP3"],
        ["Knowledge and understanding", None, None, None],
        ["C08", "SEN law and guidance, including the Code of Practice, and putting them into practice", "L1", "IP1"],
        ["C09", "Every Child Matters principles and outcomes and the SENCO's part in them", "L1", "IP1"],
        ["C10", "Disability equality law and what it requires of the school", "L1", [("Walked only", "del"), ("IP1", "ins")]],
        ["C11", "The common types of SEN and disability and their effect on learning", "L2", "IP1"],
        ["C12", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "L2", "IP2"],
        ["C13", "School self-evaluation and improvement and SEN outcomes", "L3", "Desk check only"],
        ["C14", "Best practice and research on meeting SEN", "L2", "IP1"],
        ["C15", "External agencies: what they do and how to get their support", "L4", "IP2"],
        ["Skills", None, None, None],
        ["C16", "Shaping the school's inclusive ethos, policy, priorities and resources with leaders and governors", "L3", "IP2"],
        ["C17", "Identifying pupils with SEN, setting targets, planning interventions, reviewing progress", "L2", "IP2"],
        ["C18", "Using other professionals' assessments to shape teaching", "L2", "IP1"],
        ["C19", "Tracking progress with summative assessment and national tests; adjusting programmes", "L3", "IP2"],
        ["C20", "Helping colleagues develop formative assessment for pupils with SEN", "L3", "IP2"],
        ["C21", "Access arrangements for tests and examinations in good time", "L3", "Walked only"],
        ["C22", "Provision mapping; finding missing or ineffective provision", "L3", "IP2"],
        ["C23", "Deploying and managing staff", "L3", "IP2"],
        ["C24", "Supporting colleagues' development: observation, feedback, coaching, training", "L4", "Desk check only"],
        ["C25", "Reviewing the effectiveness of provision with colleagues for self-evaluation", "L4", "IP2"],
        ["C26", "Pupils involved in planning and reviewing their own provision", "-", "Not built"],
        ["C27", "Liaising with parents and carers", "L2", "IP3"],
        ["C28", "Partnership with other services and agencies, including voluntary organisations", "-", "IP3"],
        ]
t = table(d, rows)
for i, r in enumerate(rows):
    if r[1] is None:
        shade_cell(t.cell(i, 0), "F2F2F2")
P("")
P("End of report.")
d.save(os.path.join(HERE, "li-01-ashby-vale-course-safety-audit.docx"))
print("written")
