"""gz-01-calderholme-cabinet-report

Provider (invented): Rowan Bank Professional Development Centre, the teachers'
centre of Calderholme Metropolitan Borough Council's Children and Young
People's Service, with the University of Mereside (School of Education)
validating a 60-credit Masters-level Postgraduate Certificate that carries the
National Award for SENCOs.

Document kind: a council "Report to the Cabinet Member" for an individual
executive decision (key decision, Forward Plan reference), sent to the TDA as
the application, unchanged, with the signed decision record and with
appendices written for the panel. A shaded note at the top says so. Third
person throughout ("the Centre", "it is proposed", "the Cabinet Member is
asked to").

Layout: a report front-sheet table (report of / to / date / key decision /
wards / contact officer); numbered council-report sections typed as bold
Normal paragraphs (no heading styles) with hand-typed paragraph numbers
("5.12"), many of which collide with requirement ids; a recommendations list;
an options appraisal table (four options, three rejected); a finance table; a
risk table whose mitigation column carries some arrangements; the decision
record as a boxed table with the Cabinet Member's decision on each
recommendation; Appendix A (programme of days, merged unit rows), Appendix B
(a landscape outcome map "Developed on / Assessed by" with merged group rows),
Appendix C (course team). Header with the council's name; footer with the
report reference and a PAGE field. Tracked changes by the Head of Service
(a deleted paragraph, an inserted sentence). Four Word comments.

Traps (requirement ids):
- 2.5: the only passage on next-step targets and progression is a deleted
  tracked paragraph (5.14); a comment explains the deletion -> not_met.
- 2.1: APCL up to 20 credits exists only as a tracked INSERTION (part of the
  submission), and the same paragraph says experience alone is not
  accredited -> partially_met.
- 2.3: recommendation 2.4 and paragraph 6.6: no assessment-only route in
  2009-10 (negation) -> not_met.
- 5.3: CRB checks are on Centre tutors and visiting speakers (wrong
  context); participants are explicitly not checked; a legal officer's
  comment asks about it (comment, no evidence) -> not_met.
- 5.5: specialist services teach on the days (expertise), but placements in
  specialist settings depend on recommendation 2.5, which the decision record
  shows was deferred -> partially_met.
- 3.2: options appraisal rejects the online route (Option D); one September
  start, fixed order; only carrying Unit 3 to the next cohort -> partially_met.
- 3.3: CalderNet platform used (so 3.3 applies); forum peer-only, "not
  moderated by tutors", no support between days -> partially_met.
- 1.3: only a general promise to keep content up to date -> partially_met.
- 1.5 / 6.S7: pupil participation is a topic on Day 4, never assessed ->
  partially_met.
- 2.2: self-audit on Day 1 (not before the course), no individual plan or
  personalised outcomes -> partially_met.
- 5.2: entry checks are on role and nomination only -> partially_met.
- 5.7: tutors briefed; mentor guidance only "will be developed" ->
  partially_met.
- 5.9: participants' confidence measured; pupil impact only hoped for
  ("would hope", "will explore") -> partially_met.
- 6.0 / 1.9: blanket claim that "every national outcome is assessed" is
  contradicted by Appendix B -> partially_met both.
- Appendix B per outcome: 6.A3 and 6.S2c assessed only in the unmarked
  learning log (formative) -> partially_met; 6.A7 and 6.S7 "Not assessed" ->
  partially_met; 6.K7 assessed in Assignment 3 but "Developed on" is blank ->
  partially_met; 6.S2d row is a placeholder "[session to be confirmed]" /
  "TBC" -> not_met; 6.K4 has no row and is nowhere in the text -> not_met.
- Header and footer text is never evidence.
"""
from pathlib import Path
from _gz_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HOS = "Carol Benn (Head of School Improvement)"
D1 = "2009-01-08T10:12:00Z"

d = new_doc("Arial", 11)
header_footer(d, "Calderholme Metropolitan Borough Council  |  Cabinet Member for Children and Young People  |  Individual Executive Decision",
              "Report ref CYP/09/014  |  Establishing the National Award for SENCOs at Rowan Bank PDC")

box(d, ["Note for the TDA approval panel",
        "This is the report on which the Council took its decision to run the National Award for SENCOs, "
        "submitted to the TDA as our application without alteration apart from this note. The decision record "
        "signed on 12 January 2009 follows section 15. Appendices A to C were prepared for the panel and for the "
        "University's validation event and form part of the application. Enquiries: Dr Helen Okafor, Manager, "
        "Rowan Bank Professional Development Centre, 01632 960 418."])

p(d, "CALDERHOLME METROPOLITAN BOROUGH COUNCIL", bold=True, size=14, align="c")
p(d, "REPORT TO THE CABINET MEMBER FOR CHILDREN AND YOUNG PEOPLE", bold=True, size=12, align="c")
t = table(d, [
    ["Report of", "Executive Director, Children and Young People's Service (Martin Greaves)"],
    ["To", "Councillor Pauline Ashcroft, Cabinet Member for Children and Young People"],
    ["Date of decision", "12 January 2009"],
    ["Subject", "Establishing the National Award for Special Educational Needs Coordination at Rowan Bank Professional Development Centre"],
    ["Key decision", "Yes (Forward Plan reference FP/CYP/2008/61)"],
    ["Wards affected", "All"],
    ["Public / exempt", "Public. No exempt information."],
    ["Contact officer", "Dr Helen Okafor, Manager, Rowan Bank Professional Development Centre"],
], header=False, size=9.5, widths=[4.2, 12.3])
for r in t.rows:
    shade(r.cells[0], "EDEDED")
    r.cells[0].paragraphs[0].runs[0].bold = True
p(d)

p(d, "1.  PURPOSE OF THE REPORT", bold=True)
p(d, "1.1  This report asks the Cabinet Member to approve the establishment, from September 2009, of a course "
     "leading to the National Award for Special Educational Needs Coordination (\"the Award\") at Rowan Bank "
     "Professional Development Centre (\"the Centre\"), validated by the University of Mereside, and to approve "
     "the associated fee, staffing and budget.")
p(d, "1.2  The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the SENCO "
     "in every maintained school to be a qualified teacher, and the Government has announced that teachers new "
     "to the role will be required to gain the Award. Approval to offer it is given by the Training and "
     "Development Agency for Schools (TDA) on behalf of the Secretary of State. If the recommendations are "
     "agreed, this report will form the basis of the Council's application to the TDA.")

p(d, "2.  RECOMMENDATIONS", bold=True)
p(d, "The Cabinet Member is asked to:")
for r in [
    "2.1  approve the establishment of the Rowan Bank SENCO Award from September 2009, in partnership with the University of Mereside, subject to approval by the TDA;",
    "2.2  approve a fee of £1,450 per participant for 2009-10, of which the Council will meet £700 for each participant from a Calderholme maintained school from the Standards Fund SEN allocation;",
    "2.3  approve the secondment of a Programme Leader at 0.6 FTE from the School Improvement Service for two years;",
    "2.4  note that an assessment-only route to the Award will not be offered in 2009-10;",
    "2.5  approve expenditure of up to £9,000 in 2009-10 on a part-time Placement Coordinator to arrange a placement for each participant in a specialist setting; and",
    "2.6  delegate to the Executive Director authority to sign the collaboration agreement with the University of Mereside.",
]:
    p(d, r)

p(d, "3.  BACKGROUND", bold=True)
p(d, "3.1  Calderholme has 98 maintained schools: 79 primary, 13 secondary, 4 special schools and 2 pupil referral "
     "units. In January 2008, 21.3% of pupils were identified as having special educational needs, above the "
     "national figure, and 3.1% had a statement. The gap between the attainment of pupils with SEN and that of "
     "their peers at Key Stage 2 and at GCSE is wider than in our statistical neighbours, and the Children and "
     "Young People's Plan 2008-11 commits the Council to narrowing it.")
p(d, "3.2  Turnover among SENCOs is high. Of the 98 SENCOs in post in September 2008, 37 had been in the role "
     "for less than two years, and in 11 primary schools the role was held by a member of the senior leadership "
     "team alongside other responsibilities. Ofsted's 2006 report Inclusion: does it matter where pupils are "
     "taught? found that the quality of provision depended heavily on the leadership of SEN in the school; local "
     "school improvement visits in 2007-08 reached a similar view.")
p(d, "3.3  The Centre has run short courses for new SENCOs since 1996, most recently a five-session "
     "\"SENCO Induction\" programme. This is not accredited and does not meet the new requirements. The nearest "
     "university offering an accredited SENCO course is 40 minutes away by car, and take-up by Calderholme "
     "teachers has been low (four teachers in 2007-08).")

p(d, "4.  OPTIONS CONSIDERED", bold=True)
p(d, "4.1  Four options were appraised by officers in October 2008. They are summarised below.")
table(d, [
    ["Option", "Summary", "Assessment", "Outcome"],
    ["A. Do nothing", "Schools make their own arrangements with universities.", "Low take-up; travel and cost barriers for schools; no local influence on content.", "Rejected"],
    ["B. Buy places", "Council buys a block of places on the University of Mereside's campus course.", "Fee £2,100 per place; days fall on Fridays, which heads said they could not release; no local content.", "Rejected"],
    ["C. Centre-delivered Award", "Centre delivers, University validates and awards the credit.", "Lowest cost per place; local content and tutors; builds on the Centre's existing work with SENCOs.", "Recommended"],
    ["D. Online route", "Places bought from a national provider offering the Award wholly online.", "Flexible start dates, but no local network and no school-based element; heads did not support it.", "Rejected"],
], size=9, widths=[3.2, 4.8, 6.0, 2.5])
p(d)
p(d, "4.2  Option C is recommended. It is the only option that combines a local network of SENCOs, "
     "school-based assessment and a price schools have said they can afford.")

p(d, "5.  THE PROPOSED PROGRAMME", bold=True)
p(d, "5.1  The Rowan Bank SENCO Award will be a Postgraduate Certificate in Special Educational Needs "
     "Coordination of 60 credits at Masters level (M level), validated by the University of Mereside under its "
     "collaborative provision regulations. The University's validation event was held at the Centre on "
     "4 December 2008 and the programme was approved subject to TDA approval. The University awards the "
     "credit and the certificate; the Centre delivers the teaching and first-marks the assignments.")
p(d, "5.2  The aim of the programme is to raise the achievement of children and young people with SEN and/or "
     "disabilities in Calderholme schools, and to improve their well-being in each of the five Every Child "
     "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution, "
     "achieving economic well-being), by equipping teachers to lead provision for them. Each assignment asks "
     "participants to show what difference their work has made for pupils, and Assignment 3 must report "
     "pupils' progress and well-being before and after the change the participant has led.")
p(d, "5.3  The programme has three units of 20 credits each, taught over ten Centre days and two twilight "
     "tutorials between September 2009 and July 2010 (Appendix A):")
for s in ["•  Unit 1, The SENCO, the Law and the Inclusive School (Days 1-3);",
          "•  Unit 2, Knowing the Learner: Assessment, Planning and Intervention (Days 4-7);",
          "•  Unit 3, Leading and Improving Provision (Days 8-10)."]:
    p(d, s)
p(d, "5.4  The programme is rooted in participants' own schools. Each Centre day ends with a gap task to be "
     "carried out in school before the next day (for example, auditing the school's SEN register against the "
     "Code of Practice, or observing a teaching assistant's intervention group), and each assignment is based on "
     "the participant's school. Assignment 3 is a development project that the participant plans with the "
     "headteacher, leads in school over at least a term and evaluates.")
p(d, "5.5  Unit 1 develops participants' understanding of the legislation and guidance that govern SEN and "
     "disability: Part IV of the Education Act 1996, the SEN Code of Practice 2001, the Special Educational "
     "Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability "
     "equality duty, accessibility planning, Removing Barriers to Achievement (2004) and the 2008 SENCO "
     "Regulations. It is assessed through Assignment 1, a review of the school's SEN policy and practice against "
     "that framework.")
p(d, "5.6  Tutors will ensure that the content is kept up to date with current research and national "
     "developments.")
p(d, "5.7  Day 4 is led jointly by the Programme Leader and the Calderholme Parent Partnership Service, with two "
     "parents from the Parent Partnership parents' forum. Participants practise planning and chairing a review "
     "meeting with parents, including difficult conversations, and the Assignment 2 case study must include a "
     "review meeting held with the pupil's parents or carers and an account of how their views changed the plan. "
     "The same day introduces pupil participation and ways of listening to pupils.")
p(d, "5.8  Working with colleagues runs through the programme. On Day 9 participants practise coaching and giving "
     "feedback after a lesson observation, and in Assignment 3 they must plan and lead at least one training "
     "session for colleagues and show how they secured the headteacher's support. Day 7, on provision mapping and "
     "multi-agency working, is taught with the Educational Psychology Service and the Children's Services "
     "locality teams, and covers the Common Assessment Framework and the team around the child. Assignment 2 "
     "requires participants to work with at least one outside professional on the pupil's plan.")
p(d, "5.9  Participants are placed in tutor groups of about eight, by phase (primary, secondary, special and "
     "PRU), which stay together for the year. Each has a tutorial of 30 minutes with their tutor on each of the "
     "twilight evenings, and may choose the focus of their case study and development project to suit the "
     "priorities in their school's improvement plan.")
p(d, "5.10  On Day 1 each participant completes the Centre's SENCO Self-Audit, rating their confidence against "
     "each of the national outcomes. The audit is discussed at the first twilight tutorial and kept in the "
     "participant's Professional Portfolio.")
p(d, "5.11  Course materials, readings and assignment briefs will be posted on the CalderNet learning platform, "
     "where each cohort will also have a discussion forum. The forum is for participants to support one another; "
     "it is not moderated by tutors, and questions for tutors should be brought to the next Centre day or "
     "twilight tutorial.")
p(d, "5.12  All participants start in September and take the units in order. A participant who is unable to "
     "complete Unit 3 in the year, for example because of a change of school, may complete it with the following "
     "cohort without further fee.")
p(d, "5.13  The programme is assessed through three assignments and a Professional Portfolio:")
table(d, [
    ["Component", "Unit", "Task", "Weighting"],
    ["Assignment 1", "1", "Policy and Practice Review (4,000 words): the school's SEN policy, practice and accessibility plan reviewed against the legal framework and Every Child Matters, with recommendations agreed with the headteacher", "Unit 1, 20 credits"],
    ["Assignment 2", "2", "Case Study (4,000 words): one pupil's needs identified and assessed, using assessments from other professionals; targets set; an intervention planned, delivered and reviewed with the pupil's parents; baseline and end measures of progress", "Unit 2, 20 credits"],
    ["Assignment 3", "3", "School Development Project (5,000 words) and a 15-minute presentation on Day 10: a change in the school's SEN provision led by the participant, with the evaluation of its effect on pupils and staff", "Unit 3, 20 credits"],
    ["Professional Portfolio", "All", "Self-Audit, gap tasks, learning log and evidence of leading staff. Checked by the tutor at the end of the year: pass/fail", "Required for the award"],
], size=9, widths=[3.0, 1.2, 9.5, 2.8])
p(d)
p(d, "5.14  To be awarded the Certificate a participant must pass all three assignments at 50% or above and have a "
     "Professional Portfolio confirmed as complete. Every national outcome is assessed in at least one of the "
     "three assignments, as Appendix B shows.")
del_para(d, "At the final tutorial each participant will agree with their tutor and headteacher a set of "
            "professional targets for the year after the Award, recorded on the Centre's Next Steps form, and will "
            "be given information on progression to the University's MA in Inclusive Education, to which the "
            "Certificate's 60 credits transfer.", HOS, D1, bold_lead="5.15  ")
cm_anchor = d.paragraphs[-1]

p(d, "6.  ADMISSIONS AND PRIOR LEARNING", bold=True)
p(d, "6.1  The programme is open to qualified teachers who are in post as SENCO in a school or PRU, or who have "
     "been designated to take up the role within the year, and who are nominated by their headteacher. "
     "Teachers from Calderholme schools have priority; places not taken by 30 June are offered to neighbouring "
     "authorities' schools.")
p(d, "6.2  Applications are made on the Centre's application form, countersigned by the headteacher. The Centre "
     "Manager checks each application against the criteria in 6.1 and confirms places by 15 July.")
para = p(d, "6.3  ")
ins_run(para, "Credit of up to 20 credits may be awarded for Masters-level study already completed and certificated, "
              "under the University's procedure for the accreditation of prior certificated learning. ", HOS, D1)
para.add_run("Experience in the role on its own is not accredited, though participants are encouraged to draw on it "
             "in their assignments.")
p(d, "6.4  Places: 24 in 2009-10 (three tutor groups of eight).")
p(d, "6.5  The minimum number for the programme to run is 14.")
para = p(d, "6.6  Some experienced SENCOs have asked whether they could be assessed without attending. The "
     "University's regulations do not currently allow the Certificate to be awarded without the taught units, "
     "and no such route will be offered in 2009-10 (recommendation 2.4).")
comment(d, para, "TDA spec (para 16) expects an assessment-only route 'in exceptional circumstances'. Flag as a risk "
        "for approval? - CB", "Carol Benn", "CB")

p(d, "7.  CONSULTATION", bold=True)
p(d, "7.1  In June 2008 the Centre surveyed all SENCOs in Calderholme schools about their training needs and the "
     "arrangements that would make an accredited course possible for them; 71 of 98 replied. Headteachers were "
     "consulted at the primary and secondary headteachers' conferences in July and October 2008, and the "
     "proposals were discussed with the SEN Strategy Group, the Parent Partnership parents' forum and the "
     "Calderholme Disability Forum.")
p(d, "7.2  The main findings were:")
for s in ["•  SENCOs' greatest needs were in leading and managing teaching assistants (68% of respondents), provision mapping (61%) and using data to track progress (57%);",
          "•  82% said they could not attend a course outside the borough, and most preferred whole days in term time to evening sessions;",
          "•  headteachers wanted the course to lead to changes in provision in their schools, not only written work, and did not want days to fall on Fridays or in the weeks of national tests;",
          "•  parents wanted SENCOs to hear directly from parents about how review meetings feel to them."]:
    p(d, s)
p(d, "7.3  The programme was changed in response. A whole day on provision mapping (Day 7) and one on deploying "
     "and managing support staff (Day 8) were added; Assignment 3 was changed from an essay to a school "
     "development project at the headteachers' request; Centre days were moved to Tuesdays and Wednesdays and "
     "none is held in May; and Day 4 is now co-led by parents.")
p(d, "7.4  A SENCO Award Steering Group will oversee the programme. Its members are two headteachers nominated "
     "by the headteachers' conferences, two experienced SENCOs from the SENCO Network, a parent from the "
     "Parent Partnership forum, the University link tutor and the Centre Manager. It will meet each term, receive "
     "the evaluation evidence described in section 8 and agree the annual programme review. Headteachers of "
     "participants are also asked to complete a questionnaire at the end of the year on the difference the "
     "course has made in their school.")

p(d, "8.  QUALITY ASSURANCE AND EVALUATION", bold=True)
p(d, "8.1  Internal measures: participants evaluate each Centre day on the Centre's standard form; a mid-year "
     "review is held with each tutor group in February; the tutor team meets after each unit to review "
     "evaluations, assignment results and the marking; and the Programme Leader writes an annual programme "
     "review each September.")
p(d, "8.2  External measures: the University's annual monitoring of collaborative provision, including a visit "
     "by the University link tutor each term; the report of the University's external examiner; and the views of "
     "the Steering Group. The programme may in future be inspected by Ofsted.")
p(d, "8.3  The annual programme review draws this evidence together into an action plan. The plan is agreed by "
     "the Steering Group, sent to the University's School of Education Quality Committee, and reported to the "
     "Cabinet Member each autumn together with the results of the participant and headteacher surveys.")
p(d, "8.4  Participants rate their confidence against the national outcomes in the Self-Audit at the start of the "
     "course and again in July, so that the change in their confidence can be reported. Over time the Council "
     "would hope to see an improvement in the progress of pupils with SEN in participants' schools, and the "
     "Centre will explore with the Performance and Information Team how this might be measured.")
p(d, "8.5  Assignments are first-marked by the participant's tutor against the University's Masters-level "
     "criteria. A sample of at least one in four scripts from each assignment, including all fails and all "
     "scripts at 70% or above, is second-marked by another tutor, and the marks are agreed at a moderation "
     "meeting of the tutor team. The University link tutor attends the moderation meetings, the external "
     "examiner reviews a sample from each assignment, and marks are confirmed by the University's Board of "
     "Examiners in July.")
p(d, "8.6  Tutors will be briefed about the assignments and marking criteria at a team meeting before the course "
     "starts. Each participant's headteacher is asked to act as, or nominate, a school-based mentor. Guidance for "
     "mentors will be developed during the first year.")

p(d, "9.  FINANCIAL IMPLICATIONS", bold=True)
p(d, "9.1  The budget for 2009-10, assuming 24 participants, is:")
t = table(d, [
    ["", "£"],
    ["Programme Leader, 0.6 FTE (secondment, incl. on-costs)", "31,200"],
    ["Specialist tutors and visiting speakers (sessional)", "6,400"],
    ["University validation and registration (24 x £180)", "4,320"],
    ["Placement Coordinator (recommendation 2.5)", "9,000"],
    ["Centre costs: rooms, catering, materials", "5,100"],
    ["Total cost", "56,020"],
    ["Income: fees (24 x £1,450)", "34,800"],
    ["Standards Fund SEN allocation (already budgeted)", "21,220"],
], size=9.5, widths=[12.5, 4.0])
comment(d, t.cell(4, 0).paragraphs[0], "If 2.5 is not agreed this line comes out and the Standards Fund "
        "contribution falls to £12,220. - Finance (R. Dutta)", "Raj Dutta", "RD")
p(d)
p(d, "9.2  At £1,450 the fee is £650 below the University's campus fee, and schools save travel time. The "
     "Council's contribution of £700 per place means that a Calderholme maintained school pays £750, plus "
     "supply cover for ten days.")

p(d, "10.  LEGAL IMPLICATIONS", bold=True)
p(d, "10.1  Approval to deliver the Award is given by the TDA; the University of Mereside is the awarding body, and "
     "a collaboration agreement will set out the responsibilities of each party.")
para = p(d, "10.2  The Council is responsible, as provider, for the suitability of those who teach on the course. All "
     "Centre tutors and visiting speakers hold an enhanced CRB disclosure, renewed every three years and recorded "
     "on the Centre's staff register. Participants will all be serving teachers employed in schools and are "
     "therefore already subject to their employers' safer recruitment checks; no further checks on participants "
     "are proposed.")
comment(d, para, "The TDA specification (para 26) says providers must verify candidates' CRB status. Should the "
        "application form ask the head to confirm it? - Legal Services (S. Moran)", "Sarah Moran", "SM")

p(d, "11.  EQUALITY AND DIVERSITY IMPLICATIONS", bold=True)
p(d, "11.1  An initial equality impact assessment was completed in November 2008 and will be reviewed after the "
     "first year. Its conclusions are set out here.")
p(d, "11.2  The application form explains why the Centre asks applicants about any disability or health "
     "condition and how the information will be used, and invites them to discuss adjustments in confidence "
     "with the Programme Leader before the course starts. The same invitation is printed in the course leaflet "
     "and on the Centre's website, which meets the Council's accessibility standard.")
p(d, "11.3  All Centre days are held at Rowan Bank, which has level access, a lift, an accessible toilet on each "
     "floor, reserved parking and an induction loop in both training rooms. Materials are posted on CalderNet a "
     "week before each day and are available in large print or other formats on request. Reasonable adjustments "
     "to assessment (for example extra time, or a recorded presentation in place of part of a written "
     "assignment) are agreed with the University's Disability Service, and the selection criteria in 6.1 "
     "contain nothing that would disadvantage a disabled applicant. Adjustments are also made for the placement "
     "and for any visit.")
p(d, "11.4  The Calderholme Disability Forum will contribute a session on Day 2, led by disabled adults, on "
     "disabled people's experience of school and on the disability equality duty. The Centre will monitor "
     "applications, completion and results by gender, ethnicity and disability and report them to the Steering "
     "Group each year.")

p(d, "12.  HUMAN RESOURCES IMPLICATIONS", bold=True)
p(d, "12.1  The Programme Leader will be seconded from the School Improvement Service at 0.6 FTE for two years "
     "and will be backfilled. Specialist tutors are drawn from the Council's SEN support services under a "
     "service-level arrangement, with time agreed with their managers. The course team is listed at Appendix C.")

p(d, "13.  RISK MANAGEMENT", bold=True)
table(d, [
    ["Risk", "Likelihood / impact", "Mitigation"],
    ["TDA does not approve the programme", "Low / High", "Application prepared with the University; programme validated December 2008."],
    ["Fewer than 14 participants", "Medium / Medium", "Places offered to neighbouring authorities from July; Standards Fund subsidy keeps the fee low."],
    ["Inconsistent marking between tutors", "Medium / High", "Second marking and moderation as in 8.5; external examiner."],
    ["Schools do not release participants", "Medium / Medium", "Dates published in March; headteacher countersigns the application and agrees release for all ten days."],
    ["Programme Leader leaves", "Low / High", "A second tutor shadows the Leader and takes Unit 1."],
], size=9, widths=[5.0, 3.0, 8.5])
p(d)

p(d, "14.  REASONS FOR THE RECOMMENDATIONS", bold=True)
p(d, "14.1  The recommended option secures a local accredited route for the borough's SENCOs at an affordable "
     "cost, builds on the Centre's existing work with SENCOs and keeps the content tied to the Council's "
     "priorities for pupils with SEN.")

p(d, "15.  BACKGROUND PAPERS", bold=True)
p(d, "Survey of SENCOs' training needs, June 2008; notes of headteachers' conferences, July and October 2008; "
     "initial equality impact assessment, November 2008; University of Mereside validation report, December 2008.")

p(d, "DECISION RECORD", bold=True, size=12)
t = table(d, [
    ["Recommendation", "Decision"],
    ["2.1 Establish the Award", "Approved"],
    ["2.2 Fee and Council contribution", "Approved"],
    ["2.3 Secondment of Programme Leader", "Approved"],
    ["2.4 No assessment-only route in 2009-10", "Noted"],
    ["2.5 Placement Coordinator", "Deferred to the 2009-10 budget round. Not approved at this time."],
    ["2.6 Delegation to sign collaboration agreement", "Approved"],
    ["Declarations of interest", "None"],
    ["Signed", "Cllr P. Ashcroft, Cabinet Member for Children and Young People, 12 January 2009"],
], size=9.5, widths=[7.0, 9.5])
p(d)

# Appendix A
p(d, "APPENDIX A: PROGRAMME OF CENTRE DAYS 2009-10", bold=True, size=12)
rows = [["Day", "Date", "Content", "Led by"],
        ["UNIT 1: THE SENCO, THE LAW AND THE INCLUSIVE SCHOOL", None, None, None],
        ["1", "Tue 22 Sep 2009", "The SENCO's role and the school; Every Child Matters, the five outcomes and the SENCO's part in the Children's Trust; Self-Audit; Assignment 1 briefing", "Programme Leader"],
        ["2", "Wed 14 Oct 2009", "Law and guidance on SEN and disability; the disability equality duty and accessibility planning (with the Calderholme Disability Forum)", "Programme Leader; Legal Services"],
        ["3", "Tue 10 Nov 2009", "The SEN policy, governors and the school development plan; finding and using research evidence and external advice", "University link tutor"],
        ["T1", "Wed 25 Nov 2009 (twilight)", "Tutorials", "Tutors"],
        ["UNIT 2: KNOWING THE LEARNER", None, None, None],
        ["4", "Tue 12 Jan 2010", "Working with parents and carers; pupil participation", "Parent Partnership Service and parents"],
        ["5", "Wed 3 Feb 2010", "Behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties: what they mean for learning and teaching", "Learning Support, Behaviour Support and Autism Outreach teams; Speech and Language Therapy"],
        ["6", "Tue 2 Mar 2010", "Identifying needs and setting targets; using assessments from other professionals; tracking progress with P scales, RAISEonline and the school's data; assessment for learning with pupils with SEN; approaches, resources and ICT for teaching and learning", "Programme Leader; Educational Psychology Service; ICT in SEN team"],
        ["T2", "Wed 17 Mar 2010 (twilight)", "Tutorials", "Tutors"],
        ["7", "Tue 20 Apr 2010", "Provision mapping and management; multi-agency working, the CAF and the team around the child; voluntary organisations", "Educational Psychology Service; locality teams"],
        ["UNIT 3: LEADING AND IMPROVING PROVISION", None, None, None],
        ["8", "Wed 9 Jun 2010", "Managing the role: priorities and time; deploying and managing teaching assistants", "Programme Leader; a headteacher"],
        ["9", "Tue 22 Jun 2010", "Leading colleagues: lesson observation and feedback, coaching and mentoring, planning staff training; gaining the support of senior leaders", "University link tutor; Programme Leader"],
        ["10", "Wed 7 Jul 2010", "Evaluating provision with colleagues; project presentations", "All tutors; Steering Group members"],
        ]
t = table(d, rows, size=8.5, widths=[1.0, 3.0, 8.5, 4.0])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], size=8.5)
p(d)

landscape_section(d)
p(d, "APPENDIX B: NATIONAL OUTCOMES: WHERE THEY ARE DEVELOPED AND ASSESSED", bold=True, size=12)
p(d, "A1 = Assignment 1; A2 = Assignment 2; A3 = Assignment 3 (including presentation); LL = learning log in "
     "the Professional Portfolio (discussed at tutorials, not marked).", size=9)
rows = [["National outcome", "Developed on", "Assessed by"],
        ["PROFESSIONAL ATTRIBUTES", None, None],
        ["Fair, respectful, supportive and constructive relationships with pupils with SEN and their parents and carers", "Day 4", "A2"],
        ["Gaining the commitment of colleagues, including the headteacher and senior leaders", "Days 3, 9", "A3"],
        ["Prioritising, managing time and delegating", "Day 8", "LL"],
        ["Anticipating and resolving problems; sound judgements about provision", "Days 6, 7", "A2, A3"],
        ["Communicating clearly in speech and writing; listening to others", "All days", "A1, A2, A3 (presentation)"],
        ["Drawing on research and external advice to improve practice", "Day 3", "A1, A3"],
        ["Keeping up to date and taking responsibility for own professional development", "Throughout", "Not assessed"],
        ["KNOWLEDGE AND UNDERSTANDING", None, None],
        ["Law and guidance on SEN, including the Code of Practice, and putting them into practice", "Days 1, 2", "A1"],
        ["Every Child Matters and the SENCO's part in it", "Day 1", "A1"],
        ["Disability equality law and the action it requires", "Day 2", "A1"],
        ["Common types of SEN and disability and their effect on learning", "Day 5", "A2"],
        ["Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT", "Days 5, 6", "A2"],
        ["School self-evaluation and improvement and outcomes for pupils with SEN", "", "A3"],
        ["Best practice and research in meeting SEN", "Days 3, 5", "A1, A2"],
        ["External agencies and how to get specialist support", "Day 7", "A2"],
        ["SKILLS", None, None],
        ["Influencing strategic development, with senior colleagues and governors", "Days 3, 9", "A1, A3"],
        ["Identifying pupils, setting targets, planning interventions and reviewing progress", "Day 6", "A2"],
        ["Using assessments from a range of professionals", "Day 6", "A2"],
        ["Using summative assessment and national test data to track progress", "Day 6", "A2"],
        ["Encouraging colleagues to use formative assessment with pupils with SEN", "Day 6", "LL"],
        ["Special arrangements for national tests and examinations", "[session to be confirmed]", "TBC"],
        ["Provision mapping; identifying ineffective or missing provision", "Day 7", "A3"],
        ["Deploying and managing staff", "Day 8", "A3"],
        ["Supporting colleagues' professional development", "Day 9", "A3"],
        ["Reviewing the effectiveness of provision with colleagues to inform self-evaluation", "Day 10", "A3"],
        ["Involving pupils in planning and reviewing their provision", "Day 4", "Not assessed"],
        ["Liaising with parents and carers", "Day 4", "A2"],
        ["Working with other services and agencies, including voluntary organisations", "Day 7", "A2"],
        ]
t = table(d, rows, size=8.5, widths=[14.0, 5.0, 5.5])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], size=8.5)
p(d)
portrait_section(d)

p(d, "APPENDIX C: COURSE TEAM", bold=True, size=12)
table(d, [
    ["Name", "Role on the programme", "Qualifications and experience"],
    ["Jane Whitworth", "Programme Leader; Units 1 and 3; tutor group", "MEd (Special and Inclusive Education); former SENCO of a large primary school for nine years; Senior Adviser for SEN and Inclusion since 2004; Ofsted-trained."],
    ["Dr Anne Kershaw", "University link tutor; Unit 3; moderation", "PhD on inclusive school leadership; Senior Lecturer in Inclusive Education, University of Mereside; external examiner for two other universities' SEN programmes."],
    ["Ruth Allanson", "Unit 2 tutor; tutor group", "Specialist Teacher, Learning Support Service; Postgraduate Diploma in Specific Learning Difficulties, AMBDA; formerly Head of Learning Support in a secondary school."],
    ["Dr Simon Lacey", "Days 6 and 7", "Principal Educational Psychologist, Calderholme; leads the borough's provision mapping project."],
    ["Marcia Fennell", "Tutor group (secondary and PRU)", "SENCO and Assistant Headteacher, Calder Vale High School; NPQH; MA in Education; chair of the Calderholme SENCO Network."],
    ["Graham Pike", "Day 4", "Manager, Calderholme Parent Partnership Service."],
], size=9, widths=[3.2, 4.8, 8.5])
p(d)
p(d, "All tutors take part in at least two days a year of professional development on SEN, through the University's "
     "research seminars and the Council's SEN support services' training programme, and the Programme Leader "
     "keeps a record of this for the annual programme review.")
p(d, "The Centre's resources for the programme include the SEN Resource Library (about 1,800 books, journals and "
     "assessment materials, open until 7 pm on course days), an ICT suite of 20 networked computers with text "
     "readers and planning software, and the ICT in SEN team's loan bank of assistive technology and "
     "communication aids. Participants are registered as associate students of the University of Mereside and "
     "have full access to its library and electronic journals.")

# anchor a comment on the deleted paragraph's neighbour (first para of section 6)
sec6 = [x for x in d.paragraphs if x.text.startswith("6.1")][0]
comment(d, sec6, "5.15 taken out: the University says the MA transfer has not been agreed yet, so we should not "
        "promise it. Can go back in next year. - CB", "Carol Benn", "CB")

d.save(str(OUT))
print("wrote", OUT)
