"""ho-02-kestrel-readiness-sar

Provider (invented): Kestrel Workforce Development Ltd, an independent
work-based training company in the Wenham valley that runs NVQs in Supporting
Teaching and Learning in Schools and, with the (invented) Lindhurst
University, a Foundation Degree for teaching assistants. Lindhurst validates
the SENCO award and awards the credits. Kestrel piloted a non-accredited
"SEN Leadership Certificate" with nine SENCOs from January to July 2008.

Document kind and layout: a further-education style Self-Assessment Report
(SAR) in Kestrel's house template, a "New Programme Readiness Review" written
against the Common Inspection Framework's five Key Questions, sent as the
application. Heading styles for the Key Questions; a grades summary table;
under each Key Question a judgement paragraph and a two-column "Key
strengths" / "Areas for improvement" table with evidence references [E1]...;
a landscape Quality Improvement Plan (QIP) with owners, dates and RAG status;
Annex A the programme outline (units U1-U5) with a merged header row; Annex B
an outcome coverage table in Kestrel's words with shaded group rows and a
"Readiness grade" column; an evidence index. Header and footer, footnotes,
comments, tracked changes (a deleted sentence, an inserted paragraph).

Traps, with the ids they touch:
- 40 credits at Level 7, 60 only with an optional unit; a comment asks about
  making it core (E.2 partially_met).
- Reading list from the pilot, newest items 2004, an area for improvement
  (1.3 partially_met).
- Starting Point Profile kept on file; everyone follows the same units and
  assignments (2.2 partially_met).
- Direct Assessment route exists only in an inserted tracked paragraph: it
  counts; "the pilot offered no direct assessment" is past (2.3 met).
- Equality only as a policy that "applies to all programmes" and accessible
  rooms; disclosure and adjustments in assessment are an area for
  improvement (3.1 partially_met).
- No e-learning: "not used on this programme"; an online discussion area is
  only a QIP action to explore (3.3 not_applicable).
- CRB: the sentence saying Kestrel checks disclosures is a deleted tracked
  change; what remains says it is the school's responsibility (5.3 not_met).
- Specialist ICT "we do not yet have" (5.6 partially_met); mentors only sent
  a guidance note, "no training is offered" (5.7 partially_met).
- U3 test-data session "in the pilot" was replaced (6.S2b not_met: past
  arrangement).
- "Keeps up to date" appears only about Kestrel's own tutors' CPD (6.A7
  not_met: wrong subject).
- "coaching and mentoring" appears only as Kestrel mentors coaching the
  candidate (6.S5 not_met: wrong context).
- ECM introduced in U1 but not in its assignment (6.K2 partially_met); ICT
  "not covered on this programme" (6.K6 partially_met); head's comments "not
  graded" (6.A2 partially_met); TA deployment plan "discussed at tutorial, not
  graded" (6.S4 partially_met); reviewing provision with staff to be assessed
  only from a future date (6.S6 partially_met). Hence 1.9 partially_met.
- "In the pilot, participants were observed leading a staff meeting by their
  headteacher" and kept a learning journal: past arrangements that the
  Advisory Group "will look at again", not part of the new programme (6.S5,
  6.A7 stay not_met). A "Learner voice" list of pilot quotations and a table
  of progress on the pilot's areas for improvement.
- Grades in the summary are Kestrel's self-judgements, not evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ho_helpers import *

OUT = Path(__file__).with_name("ho-02-kestrel-readiness-sar.docx")
d = new_doc("Calibri", 10.5)
header_footer(d.sections[0], "Kestrel Workforce Development Ltd   SAR 2008/09   New Programme Readiness Review   RESTRICTED",
              "Grades are Kestrel's own provisional judgements. Document owner: Quality and Standards Team.")
QA = "Dawn Pryce"
MD = "Alan Kirkby"

d.add_heading("Self-Assessment Report: New Programme Readiness Review", 0)
para(d, "Programme: Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)", bold=True)
para(d, "Prepared by the Quality and Standards Team and approved by the Kestrel Quality Board on 24 September 2008")
p = para(d, "Kestrel writes a readiness review, in the same format as our annual Self-Assessment Report, for every new "
            "programme before it recruits. We are submitting this review, unchanged except for the evidence index, as our "
            "application to the TDA. The Key Questions are those of the Common Inspection Framework")
footnote(d, p, "Common Inspection Framework for further education and skills, Ofsted and ALI, 2005 edition as revised 2007.")
shade_para(p, "FFF2CC")

d.add_heading("1. Context", 1)
para(d, "Kestrel Workforce Development Ltd has trained school support staff since 1999. In 2007-08 we had 640 learners on "
        "NVQ Level 2 and 3 Supporting Teaching and Learning in Schools and 85 on the Foundation Degree in Supporting Teaching and "
        "Learning, which Lindhurst University validates and awards. Schools asked us to extend our work to the teachers who lead "
        "support staff, and from January to July 2008 we piloted an unaccredited SEN Leadership Certificate with nine SENCOs from "
        "seven schools")
footnote(d, d.paragraphs[-1], "Eight of the nine pilot participants completed; pilot results are in the evidence index [E3].")
para(d, "The new programme is a Postgraduate Certificate in SEN Coordination, validated by Lindhurst University's Faculty of "
        "Education on 9 July 2008 and awarded by the University. It is made up of four core units of 10 credits each at "
        "Level 7 (masters level), giving 40 credits. Candidates who also take the optional 20-credit unit U5 Inclusive "
        "Leadership gain 60 credits. Kestrel delivers, assesses and internally verifies the programme; Lindhurst moderates, "
        "appoints the external examiner and confers the award.")
comment(d, d.paragraphs[-1], "Lindhurst expects 60 - can we make U5 core from 2009? AK", MD, "AK")

d.add_heading("2. Summary of grades", 1)
table(d, [
    ["Key Question", "Readiness grade", "Last year (pilot)"],
    ["KQ1 How well will learners achieve?", "2 Good", "2"],
    ["KQ2 How effective will teaching, training and learning be?", "2 Good", "3"],
    ["KQ3 How well does the programme meet the needs and interests of learners?", "1 Outstanding", "2"],
    ["KQ4 How well will learners be guided and supported?", "2 Good", "2"],
    ["KQ5 How effective are leadership and management?", "2 Good", "3"],
    ["Contributory grade: equality of opportunity", "3 Satisfactory", "-"],
], size=9, widths=[10, 3.5, 3.5])

# ---------------- KQ1
d.add_heading("Key Question 1: How well will learners achieve?", 1)
para(d, "Judgement. The programme's purpose is improved achievement and well-being for pupils with SEN and/or "
        "disabilities in candidates' own schools across the five Every Child Matters outcomes (being healthy, staying safe, "
        "enjoying and achieving, making a positive contribution and achieving economic well-being). Every unit's learning "
        "outcomes, content and assignment are written to that purpose and each assignment is marked partly on the difference "
        "the candidate's work makes to pupils. Candidates are assessed by four unit assignments and a final viva, and only "
        "candidates who meet every minimum outcome are recommended for the award.")
table(d, [
    ["Key strengths", "Areas for improvement"],
    ["The award rule is clear: no candidate is recommended to the Lindhurst Assessment Board unless their Outcome Record shows "
     "every minimum outcome evidenced and signed by the assessor and the internal verifier [E12].",
     "Several minimum outcomes are developed in the units but are not yet assessed, or are assessed only formatively (Annex B). "
     "These are QIP actions 5 and 6."],
    ["The U4 School Improvement Project requires each candidate to lead a change in SEN provision in their school and "
     "show its effect on practice and on pupils [E9].",
     "Credit value: the core programme is 40 credits; only candidates who take U5 reach 60 credits."],
    ["Eight of nine pilot participants completed and all eight reported changes to their school's provision [E3].", ""],
], size=9, widths=[8.5, 8.5])

# ---------------- KQ2
d.add_heading("Key Question 2: How effective will teaching, training and learning be?", 1)
para(d, "Judgement. Teaching is led by experienced SEN practitioners and is rooted in candidates' schools: each unit has "
        "three taught days followed by a school-based task, and every assignment is carried out in the candidate's own "
        "school. Annex A summarises the units.")
table(d, [
    ["Key strengths", "Areas for improvement"],
    ["U1 develops candidates' understanding of current SEN law and guidance, including the SEN Code of Practice 2001, the "
     "Disability Discrimination Act and the Disability Equality Duty, and Government policy in Removing Barriers to Achievement "
     "and Every Child Matters [E5].",
     "The U2 reading list was drawn up for the pilot and its most recent items date from 2004. It does not yet reflect recent "
     "research and inspection evidence (QIP action 1)."],
    ["U4 develops skills in advising and collaborating with class teachers, senior leaders and colleagues in other schools "
     "through the cluster SENCO network, and in working in partnership with parents and carers: candidates plan and lead "
     "a review meeting with a family and write it up for assessment [E9].",
     "ICT is not covered on this programme because candidates' schools use such different systems."],
    ["In U4 each candidate consults a group of pupils with SEN about their provision, using at least two methods (for "
     "example a structured interview and a visual questionnaire), and reports what the pupils said and what changed [E9].",
     "Specialist resources: we do not yet have assistive technology or specialist software for candidates to see and try "
     "(QIP action 3). Candidates use Lindhurst's library and e-journals and Kestrel's SEN resource base of about 250 titles "
     "and assessment kits [E14]."],
    ["Tutors: the programme manager, Helen Gatward, was a secondary SENCO for eleven years and holds an MEd in Inclusive "
     "Education; the two other tutors are an LA specialist teacher for SpLD and a former primary SENCO and leading teacher "
     "for inclusion. Kestrel keeps its tutors up to date through a funded programme of three SEN conference or course days a "
     "year and termly reading seminars [E6].",
     "Workplace mentors are sent a guidance note; no training is offered to mentors."],
    ["Tutors and assessors attend a programme induction and three standardisation meetings a year and know their roles as "
     "set out in the Tutor and Assessor Handbook [E7]. Each candidate is also coached and mentored through the year by a "
     "Kestrel mentor, who visits them in school each term.", ""],
], size=9, widths=[8.5, 8.5])

# ---------------- KQ3
d.add_heading("Key Question 3: How well does the programme meet the needs and interests of learners?", 1)
para(d, "Judgement. The programme was designed from what schools, the local authority and the pilot SENCOs told us, and "
        "it is organised so that teachers can join at different points and study in the way that suits their school.")
table(d, [
    ["Key strengths", "Areas for improvement"],
    ["Needs evidence: in spring 2008 we surveyed the 58 headteachers of schools in our NVQ partnership (37 replied), "
     "interviewed the Wenham LA Principal SEN Officer and two SEN advisers, and held a focus group of pilot participants. "
     "Schools asked for study in the candidate's own school, help with managing teaching assistants and working with "
     "parents, and release of no more than one day a month [E2].",
     "Take-up of the Saturday cohort was low in the pilot (three of nine)."],
    ["Influence: as a result of the survey and the pilot evaluations we moved the assignments into candidates' own schools, "
     "added the family review meeting to U4, and replaced the pilot's lecture-based U3 with a provision mapping workshop "
     "[E3, E4].", ""],
    ["Continuing involvement: a Programme Advisory Group of two headteachers, the LA SEN adviser, the coordinator of the "
     "Wenham Parent Partnership Service and two former pilot participants meets each term; it reviews unit evaluations, "
     "pass rates and the external examiner's report and agrees changes. Headteachers and the Parent Partnership coordinator "
     "also speak in U4 [E8].", ""],
    ["Flexibility: there are three start points a year (September, January and April). Units U1 to U3 may be taken in any "
     "order, with U4 last. Each unit runs both as three day-release days and as six twilight sessions, and U2 and U3 are also "
     "offered as a five-day summer school in August for candidates who cannot be released in term time [E10].", ""],
    ["Specialist expertise and placements: educational psychologists, an autism outreach teacher and a speech and language "
     "therapist teach in U2 and U3, and every candidate spends a placement day in one of our three partner special "
     "schools or resource bases, arranged by Kestrel, with a focus set by their tutor [E11].", ""],
], size=9, widths=[8.5, 8.5])
para(d, "There is no e-learning on this programme: all teaching is face to face. The e-learning modules that support "
        "Kestrel's NVQ programmes are not used on this programme.")

# ---------------- KQ4
d.add_heading("Key Question 4: How well will learners be guided and supported?", 1)
para(d, "Judgement. Entry procedures make sure candidates are ready to benefit, and prior learning is recognised.")
table(d, [
    ["Key strengths", "Areas for improvement"],
    ["Entry: candidates must hold QTS, work in a school and be, or be about to become, its SENCO. They apply with a "
     "statement endorsed by the headteacher and have an Entry Conversation with the programme manager, who checks their "
     "knowledge and experience against the outcomes. Applicants who are not yet ready receive written advice on how to "
     "prepare, and Kestrel contacts their headteacher to agree it [E12].",
     "Starting Point Profiles are kept on file but are not yet used to set individual plans. All candidates follow the same "
     "units and the same assignments."],
    ["Starting point: at induction each candidate completes a Starting Point Profile, rating themselves against every "
     "minimum outcome, and discusses it with their tutor [E12].", ""],
    ["Prior learning: under Lindhurst's regulations candidates may claim up to 20 credits through accreditation of prior "
     "certificated learning (APCL) or prior experiential learning (APEL). APEL claims are made by a portfolio mapped to the "
     "unit outcomes and are assessed by a Kestrel assessor and confirmed by Lindhurst [E13].", ""],
    ["Next steps: at the final tutorial each candidate draws up a Next Steps Plan of professional targets for the "
     "following year, using a Kestrel planning template, and takes it to their line manager for their performance "
     "management review [E12].", ""],
], size=9, widths=[8.5, 8.5])
p = ins_para(d, "Direct Assessment route. Exceptionally, an experienced applicant such as an LA SEN support teacher or a "
                "long-serving SENCO may be assessed without attending the units. They complete the Starting Point Profile, "
                "submit the four unit assignments and take the viva, are assigned an assessor, and must show every minimum "
                "outcome before being recommended for the award. The pilot offered no direct assessment.",
             QA, "2008-09-22T11:05:00Z")
p = para(d, "Background checks. ")
del_run(p, "Kestrel will check each candidate's CRB enhanced disclosure at enrolment and record the disclosure number. ",
        QA, "2008-09-22T11:20:00Z")
p.add_run("Kestrel does not ask for or see candidates' CRB disclosures: checking them is the responsibility of the employing school.")
comment(d, p, "Legal view was that schools hold this. DP", QA, "DP")

# ---------------- KQ5
d.add_heading("Key Question 5: How effective are leadership and management?", 1)
para(d, "Judgement. The programme sits inside Kestrel's quality system and Lindhurst's, and the evidence from both is used "
        "to improve it.")
table(d, [
    ["Key strengths", "Areas for improvement"],
    ["Evaluation: candidates complete an evaluation at the end of each unit; tutors are observed once a year; a candidate "
     "representative attends the Programme Advisory Group; the external examiner reports annually; and Lindhurst's annual "
     "monitoring review examines the programme. All of this evidence feeds the next SAR and its Quality Improvement Plan, "
     "which the Quality Board monitors each term [E8, E15].",
     "Equality of opportunity: Kestrel's Equality and Diversity Policy applies to all programmes and our training rooms are "
     "accessible, but we have not yet set out how candidates can tell us about a disability or what adjustments we would "
     "make in assessment, and our pre-course materials have not yet been reviewed (QIP action 4)."],
    ["Assessment quality: the internal verifier samples a third of each assessor's marking and all fails; assessors "
     "double-mark at three standardisation meetings a year; Lindhurst moderates a sample of every unit and the external "
     "examiner sees work from every unit [E7, E15].", ""],
    ["Impact: candidates complete a competence and confidence questionnaire against the outcomes at the start and end of "
     "the programme. In U4 each candidate takes baseline measures of the attainment, attendance or well-being of the "
     "pupils their project targets and measures them again at the end; Kestrel collates these results across the cohort "
     "each year, and surveys headteachers six months after completion about changes in pupils' progress [E9, E16].", ""],
    ["Value for money: the fee is \u00a31,100, including registration. Units are taught in cluster schools to cut travel, "
     "candidates choose the pupils and priorities their assignments address so the work serves their school, and "
     "release is limited to about twelve days over the year [E10].", ""],
], size=9, widths=[8.5, 8.5])


d.add_heading("Learner voice: what the pilot told us", 2)
para(d, "Pilot participants completed an evaluation after each unit and a group interview in July 2008, led by a member of "
        "the Quality and Standards Team who did not teach them. Their comments have shaped this review and several of the "
        "changes described under Key Question 3.")
for q in ["\u201cThe sessions on managing TAs were the most useful thing I have done since I took on the role.\u201d",
          "\u201cI needed more on working with parents who are angry or upset; the role-play in the last session came too late.\u201d",
          "\u201cHaving to do the tasks in my own school meant my head took notice.\u201d",
          "\u201cSaturdays are hard with a young family; twilights would be better.\u201d"]:
    bullet(d, q)
para(d, "In the pilot, participants were observed leading a staff meeting by their headteacher and were given written "
        "feedback. Pilot participants also kept a learning journal, which tutors read at each visit. Both were valued by "
        "participants, and the Programme Advisory Group will look at them again when it reviews the first cohort.")

d.add_heading("Progress on the pilot's areas for improvement", 2)
table(d, [
    ["Area for improvement (pilot)", "What we did", "Status"],
    ["Too much lecturing in U3", "U3 rewritten around a provision mapping workshop using candidates' own data on provision", "Done"],
    ["Assignments not linked to schools' priorities", "All assignments now set in the candidate's school and agreed with the headteacher", "Done"],
    ["Parents' perspective missing", "Family review meeting added to U4; Parent Partnership coordinator joins the Advisory Group", "Done"],
    ["No accreditation", "Validated by Lindhurst University as a Postgraduate Certificate", "Done"],
    ["Timetabling", "Twilight and summer school options added", "Done"],
], size=9, widths=[5, 9.5, 2.5])

# ---------------- QIP
landscape(d)
d.add_heading("3. Quality Improvement Plan 2008-09", 1)
t = table(d, [
    ["No.", "Action", "Owner", "By", "Success measure", "RAG"],
    ["1", "Update the U2 reading list to include recent research and Ofsted evidence", "HG", "Dec 2008", "New list approved by Lindhurst", "Amber"],
    ["2", "Explore an online discussion area for candidates for 2009-10", "AK", "Jul 2009", "Decision recorded", "Red"],
    ["3", "Buy assistive technology for the resource base", "AK", "Mar 2009", "Equipment in use in U2", "Red"],
    ["4", "Write disability disclosure and adjustments procedure; review pre-course materials", "DP", "Jan 2009", "Procedure approved", "Amber"],
    ["5", "Add assessment of reviewing provision with staff to U4 from January 2009", "HG", "Jan 2009", "Revised U4 brief", "Amber"],
    ["6", "Consider grading head's comments and the TA deployment plan", "HG", "Apr 2009", "Decision recorded", "Red"],
], size=9, widths=[1.2, 9, 1.8, 2.2, 5.5, 1.6])
for i, c in [(1, "FFC000"), (2, "FF0000"), (3, "FF0000"), (4, "FFC000"), (5, "FFC000"), (6, "FF0000")]:
    shade(t.cell(i, 5), c)

# ---------------- Annex A
portrait(d)
d.add_heading("Annex A. Programme outline", 1)
rows = [
    ["Unit", "What candidates learn and do", "Assessment", ""],
    ["", "", "Task", "Weight"],
    ["U1 The SENCO and the Law (10 credits)",
     "SEN law and the Code of Practice and what they mean for the school, the SENCO and others; the Disability Discrimination "
     "Act, the Disability Equality Duty and accessibility planning; Every Child Matters. ECM is introduced in U1 but is not "
     "part of the U1 assignment.",
     "Policy critique of the candidate's school SEN and disability policies (2,500 words)", "100%"],
    ["U2 Understanding Learners (10 credits)",
     "How children develop and how development is affected by SEN, disability and the physical and social environment; "
     "BESD, specific learning difficulties including dyslexia, SLCN, autistic spectrum disorders and MLD and how they affect "
     "learning; approaches and strategies for assessment, planning and teaching; best practice and research in SEN.",
     "Learner Profile: a case study of one pupil drawing on research and on reports from other professionals (3,000 words)", "100%"],
    ["U3 Leading Provision (10 credits)",
     "Identifying pupils who may have SEN, setting targets, planning interventions and reviewing progress; using other "
     "professionals' assessments; helping colleagues develop assessment for learning; identifying access arrangements for "
     "national tests and examinations in good time and putting them in place; provision mapping; deploying teaching "
     "assistants; prioritising, managing time and delegating; anticipating and resolving problems.",
     "Provision Map and Commentary (3,000 words); TA deployment plan (discussed at tutorial, not graded)", "100% / 0%"],
    ["U4 Working Together (10 credits)",
     "Relationships with pupils and families; consulting pupils and involving them in planning and reviewing their "
     "provision; parents and carers; external agencies and voluntary organisations; gaining the commitment of colleagues, "
     "the headteacher and senior leaders; advising governors and senior colleagues on inclusive policy and priorities; school "
     "self-evaluation; reviewing provision with other staff.",
     "School Improvement Project with presentation to senior leaders and governors (4,000 words); headteacher's comments "
     "(not graded); final viva (30 minutes)", "80% / 0% / 20%"],
    ["U5 Inclusive Leadership (20 credits, optional)", "Leadership theory applied to inclusion.", "Essay (5,000 words)", "100%"],
]
t = table(d, rows, size=9, widths=[3.4, 7.6, 4.6, 1.4])
a = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(a, "Assessment", bold=True, size=9); shade(a, "D9D9D9")
a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "Unit", bold=True, size=9); shade(a, "D9D9D9")
a = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(a, "What candidates learn and do", bold=True, size=9); shade(a, "D9D9D9")
for j in (2, 3):
    set_cell(t.cell(1, j), rows[1][j], bold=True, size=9); shade(t.cell(1, j), "EDEDED")
para(d, "")
para(d, "In the pilot, U3 included a session on analysing Key Stage test results and other summative data to track pupils' "
        "progress. That session has been replaced by the provision mapping workshop.")

# ---------------- Annex B
d.add_heading("Annex B. Minimum outcomes: where they are met", 1)
para(d, "Kestrel's wording of the national minimum outcomes, where each is developed and how it is assessed.")
rows = [
    ["Outcome (Kestrel wording)", "Developed in", "Assessed by", "Readiness grade"],
    ["ATTRIBUTES", "", "", ""],
    ["Fair, respectful relationships with pupils and families", "U4", "School Improvement Project", "2"],
    ["Wins colleagues' and the head's commitment", "U4", "Headteacher's comments (not graded)", "3"],
    ["Prioritises, manages time, delegates", "U3", "Provision Map and Commentary", "2"],
    ["Resolves problems; sound judgement on provision", "U3", "Provision Map and Commentary; viva", "2"],
    ["Clear speech and writing; listens to others", "All units", "All assignments; viva", "1"],
    ["Uses research and outside advice to improve practice", "U2", "Learner Profile", "2"],
    ["Keeps professional knowledge current", "Tutor CPD programme (KQ2)", "-", "2"],
    ["KNOWLEDGE", "", "", ""],
    ["SEN law and the Code of Practice in practice", "U1", "Policy critique", "1"],
    ["Every Child Matters and the SENCO's part", "U1", "-", "3"],
    ["Disability equality law and duties", "U1", "Policy critique", "2"],
    ["Child development and what affects it", "U2", "Learner Profile", "2"],
    ["Common types of SEN and their effect on learning", "U2", "Learner Profile", "1"],
    ["Approaches, strategies and resources", "U2", "Learner Profile", "2"],
    ["School self-evaluation and SEN", "U4", "School Improvement Project", "2"],
    ["Best practice and research", "U2", "Learner Profile", "2"],
    ["External agencies and specialist support", "U4", "School Improvement Project", "2"],
    ["SKILLS", "", "", ""],
    ["Influences inclusive strategy with senior colleagues and governors", "U4", "Project presentation to senior leaders and governors", "2"],
    ["Identifies pupils, sets targets, plans and reviews interventions", "U3", "Provision Map and Commentary", "2"],
    ["Uses other professionals' assessments", "U2, U3", "Learner Profile", "2"],
    ["Tracks progress with test data", "U3 (pilot only; session replaced)", "-", "4"],
    ["Helps colleagues develop assessment for learning", "U3", "Provision Map and Commentary", "2"],
    ["Access arrangements for tests and examinations", "U3", "Provision Map and Commentary", "2"],
    ["Provision mapping; finds ineffective or missing provision", "U3", "Provision Map and Commentary", "1"],
    ["Deploys and manages staff", "U3", "TA deployment plan (discussed at tutorial, not graded)", "3"],
    ["Reviews provision with staff for self-evaluation", "U4", "From January 2009 (QIP action 5)", "3"],
    ["Involves pupils in planning and reviewing provision", "U4", "School Improvement Project", "2"],
    ["Liaises with parents and carers", "U4", "School Improvement Project (family review meeting)", "1"],
    ["Works with other services and voluntary organisations", "U4", "School Improvement Project", "2"],
]
t = table(d, rows, size=8.5, widths=[7.5, 3.5, 4.5, 1.5])
for i, r in enumerate(rows):
    if r[0] in ("ATTRIBUTES", "KNOWLEDGE", "SKILLS"):
        merge_row(t, i, r[0], fill="DDEBF7", size=8.5)
comment(d, d.paragraphs[-1], "Annex B checked against Annex 3 - HG to confirm grades", QA, "DP")

d.add_heading("Evidence index", 2)
for e in ["E2 Stakeholder survey and focus group report, May 2008", "E3 Pilot evaluation report, July 2008",
          "E4 Programme design record", "E5 U1-U4 unit handbooks", "E6 Staff CVs and CPD records",
          "E7 Tutor and Assessor Handbook; standardisation minutes", "E8 Programme Advisory Group terms of reference",
          "E9 U4 School Improvement Project brief", "E10 Timetable and fees", "E11 Partner schools agreement",
          "E12 Admissions and assessment regulations", "E13 Lindhurst APL regulations", "E14 Resource base catalogue",
          "E15 Quality manual", "E16 Impact questionnaires", "E1 [not used]"]:
    bullet(d, e, "-")

save(d, OUT)
print("wrote", OUT)
