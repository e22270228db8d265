"""ly-01-quireholme-facilities-report

Provider (invented): the Quireholme Guild of Bookbinders and Book Conservators, a charity
that runs the Tanner's Yard Conservation Studio and workshop courses, and a "Book Arts in
Schools" outreach team of qualified teachers, applying with the University of Westrow to
run the National Award for SEN Coordination in 2008-09.

Document kind and layout: the Guild's Loans Officer has written the application on the
Guild's own Standard Facilities Report form (the UK registrars' form a lender asks a
borrowing venue to complete before an object goes on loan). No heading styles: sections
are shaded bold capital bars ("SECTION 5 - SECURITY"), questions are bold numbered
paragraphs whose numbers collide with requirement ids ("3.3 Stakeholders and the climate
of the course", "5.3 Personnel checks", "2.3 Placements and visits"). The form's grey
italic prompts are left in under each question. A cover table with merged and shaded
cells; a VML text box ("LENDER'S SUMMARY") with a blanket claim; header and footer
(the footer claims CRB checks); tracked changes (a whole deleted paragraph, a deleted
sentence, an inserted sentence, a deleted table row); four Word comments. The outcomes
are a "Schedule of Objects" in Section 8 with merged group rows, whose column
"Condition on return" uses values ("Examined", "Viewed only", "In store", "Not lent")
defined only in 1.5 "Terms used in this report", far above the table. The Guild's own
names: Sewing Days 1-8, Bench Tasks 1-3, the Finishing Review, the Individual Binding
Plan, the Reading Room (online), Studio Tutors, School Mentors.

Traps (requirement ids):
- E.2: masters level stated but the credit value is a placeholder "[TBC by Westrow
  Registry]" -> partially_met.
- 1.5, 6.S7: consulting pupils only hoped for ("We hope to add a session on consulting
  pupils...") and the Schedule row says "Not lent" -> not_met.
- 1.9: several objects only "Viewed only" or "In store" -> partially_met.
- 2.1: prior certificated learning accredited, experiential learning explicitly not
  ("We do not at present accredit experiential learning") -> partially_met.
- 2.3: the assessment-only route exists only in a deleted paragraph; the text says every
  candidate attends -> not_met. A neighbouring partnership's assessment-only route under
  "Loan history" is another provider's arrangement.
- 2.5: a leaflet about the MA, no help setting targets -> partially_met.
- 3.3: the Reading Room gives tutor support between Sewing Days, but the sentence about
  peer support is deleted and the text says it has no discussion board -> partially_met.
- 4.3: stakeholders' part in evaluation only "would welcome" / "hope" -> partially_met.
- 5.3: CRB checks on tutors and workshop volunteers; candidates' checks are left to the
  employing school and the Guild "does not ask to see it"; a comment and the footer claim
  otherwise, neither of which counts -> not_met.
- 5.5: specialist speakers, but visits only "for candidates who ask"; placements were in
  the past pilot and in another partnership's course -> partially_met.
- 5.7: the School Mentor briefing exists only in an inserted sentence (counts) -> met.
- 5.9: candidates' confidence measured; pupils' progress only wished for -> partially_met.
- 6.0: the award rule is only "in accordance with the University of Westrow's Assessment
  Regulations"; a comment proposes an outcomes rule -> not_met.
- 6.S2d: its Schedule row is a deleted tracked row -> not_met.
- 6.A3, 6.A7, 6.K7, 6.S5: "Viewed only" (formative, not marked) -> partially_met; a
  comment suggests K7 be Examined (does not count).
- 6.K4, 6.S2c: "In store" (taught, not examined) -> partially_met.
- Text box: "every one of the national outcomes is examined" is a blanket claim
  contradicted by the Schedule.
"""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ly_helpers import (add_ins, add_del, deleted_paragraph, inserted_paragraph, shade, cell_text, delete_row,
                         prompt, bold_para, page_field, text_box, merge_row, word_count)

HERE = Path(__file__).parent
NAME = "ly-01-quireholme-facilities-report"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "Quireholme Guild of Bookbinders and Book Conservators  |  Standard Facilities Report (Award edition)  |  Version 3, October 2008"
fp = sec.footer.paragraphs[0]
fp.text = ("Tanner's Yard, Quireholme QH2 4RB  |  All tutors, candidates and volunteers hold enhanced CRB disclosures  |  Page ")
page_field(fp)


def bar(text):
    return bold_para(doc, text, size=11, shade_fill="BFBFBF", caps=True)


def q(text):
    return bold_para(doc, text)


def para(text):
    return doc.add_paragraph(text)


t = doc.add_paragraph()
r = t.add_run("STANDARD FACILITIES REPORT")
r.bold = True
r.font.size = Pt(18)
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = doc.add_paragraph()
r = t.add_run("Award edition: application to the Training and Development Agency to provide the National Award for SEN Coordination, 2008-09")
r.italic = True
t.alignment = WD_ALIGN_PARAGRAPH.CENTER

para("Lenders ask us for this report before they send a binding or a manuscript to Tanner's Yard, and our Loans "
     "Officer knows its questions better than any other form we fill in. We have used it here, question by question, "
     "to describe the course we propose to run with the University of Westrow. The grey notes under each question are "
     "the form's own and have been left in. The section numbers are those of the facilities report form; they are not "
     "the numbers of the panel's criteria.")

cover = doc.add_table(rows=8, cols=4)
cover.style = "Table Grid"
merge_row(cover, 0, "PART A  -  BORROWING INSTITUTION")
rows = [("Institution", "Quireholme Guild of Bookbinders and Book Conservators (registered charity 1004417)"),
        ("Address", "Tanner's Yard Conservation Studio, 14 Tanner's Yard, Quireholme QH2 4RB"),
        ("Validating partner", "University of Westrow, School of Education"),
        ("Local authority partner", "Quireholme Borough Council, SEN Support Service"),
        ("Contact", "Margaret Quayle, Loans Officer and Course Warden"),
        ("Report completed by", "M. Quayle, with O. Fairbrother and H. Iredale"),
        ("Date of report", "14 October 2008")]
for i, (a, b) in enumerate(rows, 1):
    c0 = cover.rows[i].cells[0].merge(cover.rows[i].cells[1])
    c1 = cover.rows[i].cells[2].merge(cover.rows[i].cells[3])
    cell_text(c0, a, bold=True)
    shade(c0, "F2F2F2")
    cell_text(c1, b)

tb = doc.add_paragraph()
text_box(tb, [("LENDER'S SUMMARY", True),
              ("Eight Sewing Days, three Bench Tasks and a Finishing Review, over three terms.", False),
              ("Every one of the national outcomes is examined before the Award is made.", False),
              ("CRB checked for all. Validated by the University of Westrow.", False)], height_pt=80)

# ---------------- 1.5 terms (key) placed early
bar("Section 1 - General information")
q("1.1 Name and status of the institution")
prompt(doc, "Give the full legal name and status of the borrowing institution and the nature of its collections.")
para("The Quireholme Guild of Bookbinders and Book Conservators was founded in 1893 by the binders of the town's "
     "printing works. It is now a registered charity with 140 members. It runs the Tanner's Yard Conservation Studio, "
     "which conserves books and archives for libraries, churches and private owners, and a programme of workshop "
     "courses in binding, paper repair and box-making. Since 1998 its Book Arts in Schools team, five qualified "
     "teachers employed by the Guild, has worked in 30 Quireholme schools each year, most of it with pupils who have "
     "special educational needs, and it is from that team that this course has grown.")

q("1.2 Governing body and accreditation")
prompt(doc, "State the governing body of the institution and any accreditation or registration held (e.g. Museums Accreditation).")
para("The Guild is governed by its Court of twelve elected members. The course is validated by the University of "
     "Westrow's School of Education as an optional module of its MA in Education. The University's Programme Board "
     "approved the module in June 2008 at Level 7 (masters level), and the credit value is [TBC by Westrow Registry]. "
     "Candidates are registered students of the University for the year of the course.")

q("1.3 Staff responsible for the loan")
prompt(doc, "Give the names and positions of the staff who will be responsible for the object while on loan.")
para("Margaret Quayle, Course Warden, was SENCO of Ravensfield Primary School for eleven years and holds an MA in "
     "Special and Inclusive Education (Westrow, 2003). Dr Owen Fairbrother is a chartered educational psychologist who "
     "works three days a week for Quireholme Borough Council. Helen Iredale is an advisory teacher for specific "
     "learning difficulties and holds AMBDA. Rajinder Sahota was headteacher of Brook Lane Special School until 2006 "
     "and holds the NPQH. All four Studio Tutors attend the Borough's termly SENCO network and the University's "
     "research seminars, and each spends at least five days a year in schools outside the course, so that their "
     "specialist knowledge stays current.")

q("1.4 Purpose of the loan")
prompt(doc, "Describe the purpose of the loan and the exhibition or research for which the object is requested.")
para("The purpose of the course is to raise the achievement and improve the well-being of children and young people "
     "with special educational needs and disabilities, in all five Every Child Matters outcomes: being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
     "Its objectives are that each SENCO leaves able to lead provision in the school that makes a measurable "
     "difference to these pupils. The content follows the same line: every Sewing Day ends with the question "
     "\"What difference will this make to which pupils?\", and Bench Task 2 requires the candidate to show, with the "
     "school's data and the pupils' own accounts, the effect of the school's provision on pupils' attainment and on "
     "their well-being across the five outcomes.")

q("1.5 Terms used in this report")
prompt(doc, "Define any terms specific to your institution that the lender may not recognise.")
for term, d in [
    ("Sewing Day", "one of the eight taught days of the course (see Section 7)."),
    ("Bench Task", "one of the three marked pieces of work (see Section 7)."),
    ("Individual Binding Plan", "the candidate's own training plan (see 5.2)."),
    ("Reading Room", "the course's pages on the University's Blackboard site (see 4.3)."),
    ("Examined", "in the Schedule of Objects (Section 8): the object is shown on the Sewing Day named and is marked, "
                 "pass or refer, in the Bench Task named, by two tutors."),
    ("Viewed only", "the object is shown and the candidate's work on it is discussed with a tutor and given written "
                    "comments, but it is not marked and does not count towards the Award."),
    ("In store", "the object is shown on the Sewing Day named but no task looks at it."),
    ("Not lent", "the object is not part of the course in 2008-09."),
]:
    p = doc.add_paragraph()
    p.add_run(term + ": ").bold = True
    p.add_run(d)

# ---------------- Section 2
bar("Section 2 - Building and premises")
q("2.1 Venues")
prompt(doc, "Describe the construction of the building, its age, and the areas where the object will be displayed or stored.")
para("Sewing Days are held in the Long Room at Tanner's Yard, a converted tannery of 1871 with a seminar room for 24 on "
     "the ground floor, level access from the yard, an accessible toilet and an induction loop. Two of the eight "
     "days are held at the University's Westrow campus so that candidates can be inducted into the library. Most of "
     "the course's practical work takes place in the candidates' own schools: each Bench Task is a piece of work done "
     "in the candidate's school with real pupils and colleagues, planned against the outcomes in the Schedule of "
     "Objects and agreed in advance with the School Mentor.")

q("2.2 Specialist equipment")
prompt(doc, "List any specialist equipment available (e.g. environmental monitors, display cases, handling equipment).")
para("The Guild's reference library at Tanner's Yard holds some 600 books and journals on special educational needs, "
     "built up by the Book Arts in Schools team, and candidates may borrow from it. The ICT room has eight computers "
     "with Clicker 5, Write Online, text-to-speech and voice recognition software, and a set of communication aids lent "
     "by the Borough's SEN Support Service, which candidates use on Sewing Day 3. As registered students, candidates "
     "have full use of the University library and its electronic journals from home.")

q("2.3 Placements and visits")
prompt(doc, "Will the object be moved between venues during the loan period? If so, give details.")
para("The Borough's specialists teach on the course: the speech and language therapy team and the sensory support "
     "service each lead a session on Sewing Day 2, and the Parent Partnership Service co-leads Sewing Day 6. Visits to "
     "a special school or resourced provision can be arranged for candidates who ask, where a host school is willing.")

# ---------------- Section 3
bar("Section 3 - Environmental conditions and monitoring")
q("3.1 How conditions are monitored")
prompt(doc, "State the temperature and relative humidity ranges maintained, and how they are monitored and recorded.")
para("We monitor the course in several ways. Inside the course, every candidate completes an evaluation slip at the end "
     "of each Sewing Day; the Studio Tutors meet within a week to read them, and a mid-course review in February asks "
     "each candidate about the course as a whole. Outside it, the University appoints an external examiner, who sees a "
     "sample of every Bench Task and reports to the Programme Board each summer, and the Borough's SEN adviser observes "
     "two Sewing Days a year and writes to the Course Warden. The Course Warden brings all of this together in an "
     "annual Course Report to the Programme Board with an action plan for the next year. In the 2007-08 pilot, for "
     "example, the slips showed that candidates met provision mapping too late to use it in their tasks, and it was "
     "moved from Sewing Day 6 to Sewing Day 3.")

q("3.2 Records kept")
prompt(doc, "How long are environmental records kept, and can copies be sent to the lender?")
para("Each candidate completes the Confidence Wheel, a self-rating against each object in the Schedule, at enrolment "
     "and again at the Finishing Review, and the two wheels are compared with the tutors' marks to show what has "
     "changed in the candidate's competence and confidence. We would like in future to follow the progress of the "
     "pupils named in Bench Task 3, but have not yet found a way to do so. Records are kept for six years and "
     "summaries can be sent to the panel.")

q("3.3 Stakeholders and the climate of the course")
prompt(doc, "Describe any factors in the surrounding environment that may affect the object.")
para("The course was built on what Quireholme's schools told us they needed. In spring 2007 we sent a questionnaire to "
     "all 61 SENCOs in the Borough's schools, and 44 replied; most asked for help with provision mapping, with leading "
     "teaching assistants and with parents, and two thirds could only attend on Saturdays or after school. The "
     "Borough's 2007 review of SEN provision found the same gaps. A steering group of the Borough's SEN manager, two "
     "headteachers, the Parent Partnership co-ordinator and a SENCO met three times in 2007-08; at its suggestion "
     "the twilight pattern of delivery was added, and it asked for the session with parents that is now Sewing Day 6.")

q("3.4 Evaluation with partners")
prompt(doc, "Will the lender's representatives be able to inspect the conditions during the loan?")
para("We would welcome the views of the Local Authority and of headteachers on how the course is going, and hope to "
     "hear from them during the year.")

# ---------------- Section 4
bar("Section 4 - Light, access and display")
q("4.1 Access for visitors with disabilities")
prompt(doc, "Describe access to the display areas for visitors with disabilities.")
para("At enrolment every candidate is asked, in confidence, whether they have a disability or a need the course should "
     "plan for. From the answer the Course Warden agrees adjustments with the candidate before Sewing Day 1: handouts in "
     "large print or sent electronically ten days ahead, a British Sign Language interpreter booked through the "
     "Borough, rest breaks, and extra time for Bench Tasks agreed with the University's Disability Office. The Long Room "
     "and the Westrow rooms are step-free. The Guild's Disability Equality Scheme (2007) covers course candidates as "
     "well as studio visitors, and the Court reviews it each year.")

q("4.2 Opening hours and pattern of use")
prompt(doc, "State the opening hours of the display areas and any periods of closure.")
para("The course starts twice a year, in September and in February. Each Sewing Day can be taken either as one "
     "Saturday (10.00 to 16.00) or as two twilight sessions (16.30 to 19.30) in the same fortnight, and candidates may "
     "move between the two patterns from one Sewing Day to the next. Sewing Days 2 to 7 may be taken in either "
     "intake, so a candidate who misses one can join the other group. Taught days are joined up by work online in the "
     "Reading Room.")

q("4.3 The Reading Room")
prompt(doc, "Describe lighting levels and any ultraviolet filtering.")
p = para("The Reading Room is the course's area on the University's Blackboard site. Tutors post the materials for each "
         "Sewing Day there a week ahead, and candidates post drafts of their Bench Tasks. Between Sewing Days each "
         "candidate's Studio Tutor answers questions and comments on drafts in the Reading Room within three working "
         "days. ")
add_del(p, "Candidates also support one another in the Reading Room's open forum, which a tutor moderates.")
para("The Reading Room has no discussion board; it is used for documents and tutor messages.")

# ---------------- Section 5
bar("Section 5 - Security")
q("5.1 Admission")
prompt(doc, "Describe the security staffing of the building during and outside opening hours.")
para("Candidates must hold Qualified Teacher Status, teach in a school in England, and be the school's SENCO or be "
     "named by the headteacher to become SENCO within a year. Each application comes with the headteacher's statement "
     "of support. The Course Warden interviews every applicant, by telephone or at Tanner's Yard, and reads the "
     "Pre-course Skills Survey before offering a place; an applicant whose survey and interview show too little "
     "experience of SEN work to meet the outcomes is advised to take the Borough's introductory SEN course first and "
     "apply for the next intake.")

q("5.2 The Pre-course Skills Survey and the Individual Binding Plan")
prompt(doc, "Describe the intruder alarm system and who responds to it.")
para("The Pre-course Skills Survey asks each candidate to rate themselves, with an example from their own work, "
     "against every object in the Schedule. At the first tutorial the Studio Tutor and the candidate use it to draw up "
     "the Individual Binding Plan: which objects the candidate most needs to work on, the candidate's own targets for "
     "each, and the reading and school tasks that will help. The School Mentor signs the plan, and it is reviewed and "
     "rewritten at Sewing Day 4.")

q("5.3 Personnel checks")
prompt(doc, "Are all staff who may have access to the object subject to security vetting?")
p = para("All Studio Tutors and the volunteers who help at our children's workshops hold enhanced CRB disclosures "
         "checked by the Guild. Candidates are teachers employed by their schools, and the CRB check of each candidate "
         "is the responsibility of the employing school; the Guild does not ask to see it.")
doc.add_comment(p.runs, text="Registry asks whether we should check candidates' CRBs ourselves. MQ to raise at the Board.",
                author="Owen Fairbrother", initials="OF")

q("5.4 Prior learning")
prompt(doc, "Describe procedures for the issue and control of keys.")
para("A candidate who has already passed a masters-level module in special educational needs at any university may "
     "ask for up to 20 credits to be accredited through the University of Westrow's procedure for accrediting prior "
     "certificated learning; the Course Warden advises which Bench Task the credit replaces. We do not at present "
     "accredit experiential learning.")

q("5.5 Routes through the course")
prompt(doc, "Is the building protected by CCTV? If so, describe coverage.")
deleted_paragraph(doc, "Experienced SENCOs may, in exceptional circumstances, take the Award by assessment only: they "
                       "submit a portfolio mapped to every object in the Schedule and are examined on it at a viva "
                       "without attending the Sewing Days.")
para("Every candidate attends the Sewing Days and completes all three Bench Tasks.")

# ---------------- Section 6
bar("Section 6 - Fire and emergency procedures")
q("6.1 If a candidate falls behind")
prompt(doc, "Describe the fire detection and suppression systems, and the emergency plan for the collection.")
para("A candidate who falls behind has an extra tutorial with the Studio Tutor, who revises the Individual Binding Plan; "
     "a Bench Task may be extended by up to four weeks, and a candidate who has to stop may interrupt and rejoin the "
     "next intake at the same Sewing Day. Because the Individual Binding Plan is built from each candidate's own survey, "
     "the reading and school tasks differ from candidate to candidate, and the tutorials are used to push each one "
     "beyond what they already do well.")

q("6.2 Who does what")
prompt(doc, "Who is responsible for the object in an emergency, and how are they contacted?")
p = para("Each Studio Tutor has the Tutors' Book, which sets out what the tutor does at each Sewing Day, tutorial and "
         "Bench Task, how to mark, and when to refer a concern to the Course Warden; new tutors shadow a full Sewing Day "
         "before leading one. ")
add_ins(p, "Each School Mentor attends a two-hour briefing at Tanner's Yard before Sewing Day 1 and receives the "
           "Mentor's Notes, which set out what the mentor does at each Bench Task.")

q("6.3 Marking and moderation")
prompt(doc, "Describe the procedures for reporting damage or loss.")
para("Every Bench Task is marked by the candidate's Studio Tutor against the marking grid for the objects it examines, "
     "and second-marked by another tutor. Before each round of marking the tutors mark two anonymous scripts together "
     "and agree the standard. A moderation meeting settles any difference, and the external examiner sees a sample "
     "of a third of the scripts, every referral and every script near the pass line, and confirms the marks at the "
     "University's examination board.")

# ---------------- Section 7
bar("Section 7 - Handling, packing and transport: the course")
prompt(doc, "Describe the handling procedures and the staff who will unpack, install and repack the object.")
para("The course runs over three terms: eight Sewing Days, three Bench Tasks done in school, and the Finishing Review.")
days = [
    ("Sewing Day 1", "Boards and spine",
     "The law and guidance the SENCO works within: the SEN Code of Practice (2001) and what it requires of schools, the "
     "Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 2005 and the disability "
     "equality duty, Removing Barriers to Achievement (2004) and Every Child Matters with the Children Act 2004, and "
     "what each means for the SENCO's daily work. Candidates read Ofsted's Inclusion: does it matter where pupils are "
     "taught? (2006) and the 2006 report of the Education and Skills Committee on special educational needs."),
    ("Sewing Day 2", "Collation",
     "Identifying pupils who may have SEN: the most common needs (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and "
     "their effects on learning; how children develop and how a need or the setting can change that; using the "
     "assessments of speech and language therapists, educational psychologists and sensory support teachers; P scales, "
     "national test data and tracking; setting challenging targets; and how the SENCO can help other teachers use "
     "assessment for learning with pupils with SEN."),
    ("Sewing Day 3", "Sewing the sections",
     "Provision mapping and management, finding provision that is missing or not working; deploying and managing "
     "teaching assistants; the SENCO's own time and priorities; ICT and assistive technology for teaching and learning."),
    ("Sewing Day 4", "Working with colleagues",
     "Advising and supporting colleagues in the school and beyond it; coaching, modelling and giving feedback after "
     "observation; gaining the commitment of the headteacher and senior leaders; working with governors on the "
     "school's inclusion policy and priorities."),
    ("Sewing Day 5", "Conservation",
     "Keeping pupils safe and well through transition between classes and schools, and the SENCO's part in the "
     "school's safeguarding. We hope to add a session on consulting pupils about their provision when Sewing Day 5 is "
     "rewritten for 2009-10."),
    ("Sewing Day 6", "Covering",
     "Working in partnership with parents and carers, led with the Parent Partnership Service: candidates practise "
     "difficult meetings and review their school's annual review and IEP meetings from the parents' side. The scope "
     "and roles of the external agencies and voluntary organisations, and how to get specialist help."),
    ("Sewing Day 7", "Finishing",
     "School self-evaluation and the SENCO's part in it; reviewing the effectiveness of provision with colleagues; "
     "using research and outside advice to change practice; keeping up to date and planning one's own development."),
    ("Sewing Day 8", "The Finishing Review",
     "Candidates present their Bench Task 3 to a panel of tutors and peers and answer questions. Completing candidates "
     "are given the University's leaflet on its MA in Education."),
]
dt = doc.add_table(rows=1, cols=3)
dt.style = "Table Grid"
for c, h in zip(dt.rows[0].cells, ("Day", "Name in the Guild", "What is shown")):
    cell_text(c, h, bold=True)
    shade(c, "D9D9D9")
for a, b, c in days:
    row = dt.add_row().cells
    cell_text(row[0], a, bold=True)
    cell_text(row[1], b, italic=True)
    cell_text(row[2], c)

q("7.1 The Bench Tasks")
para("Bench Task 1 (autumn) is a case study of one pupil, of about 3,000 words: how the pupil's needs were identified, "
     "what the assessments of other professionals showed and how the candidate used them, the targets set, the "
     "intervention planned, and how progress was reviewed with the pupil's parents and the agencies involved.")
para("Bench Task 2 (spring) is the school's provision map with an evaluation, written with colleagues, of whether the "
     "provision works: how staff are deployed, how summative data including national tests are used to track progress "
     "and change programmes, how the school meets the Code of Practice and its disability equality duty, and the "
     "effect on pupils across the five outcomes. It feeds the school's self-evaluation form.")
para("Bench Task 3 (summer) is a change the candidate leads in the school, chosen from the Individual Binding Plan: the "
     "candidate wins the support of the headteacher and governors, works with colleagues and parents, draws on "
     "research and outside advice, puts the change into practice during the summer term and reports what difference "
     "it made, in writing and at the Finishing Review.")

q("7.2 The Award")
p = para("The Award is made in accordance with the University of Westrow's Assessment Regulations.")
doc.add_comment(p.runs, text="Should we say that only candidates who pass every object get the Award? Check with Registry.",
                author="Margaret Quayle", initials="MQ")

# ---------------- Section 8 schedule
bar("Section 8 - Display: Schedule of Objects")
prompt(doc, "List each object to be lent, with its display location and the condition in which it is to be returned.")
para("Each object is something a candidate must be able to show by the end of the course. The last column uses the "
     "terms defined at 1.5.")
groups = [
    ("HAND: how the SENCO works", [
        ("H1", "Builds fair, respectful and supportive relationships with pupils with SEN and their parents", "Day 6", "Examined (Bench Task 1)"),
        ("H2", "Wins the commitment of colleagues, the headteacher and senior leaders", "Day 4", "Examined (Bench Task 3)"),
        ("H3", "Sets priorities, manages own time and delegates", "Day 3", "Viewed only"),
        ("H4", "Sees problems coming, solves them, judges provision soundly", "Day 3", "Examined (Bench Task 1)"),
        ("H5", "Speaks and writes clearly; listens to and understands others' views", "All days", "Examined (Bench Tasks 1-3)"),
        ("H6", "Uses research and outside advice to improve own and colleagues' practice", "Day 7", "Examined (Bench Task 3)"),
        ("H7", "Keeps up to date and takes charge of own development", "Day 7", "Viewed only"),
    ]),
    ("EYE: what the SENCO knows", [
        ("E1", "The SEN Code of Practice and the law on SEN, and how to put them into practice", "Day 1", "Examined (Bench Task 2)"),
        ("E2", "Every Child Matters and the SENCO's part in it", "Day 1", "Examined (Bench Task 2)"),
        ("E3", "Disability equality law and what it requires of the school", "Day 1", "Examined (Bench Task 2)"),
        ("E4", "How children develop, and how needs and surroundings affect development", "Day 2", "In store"),
        ("E5", "The common needs (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "Day 2", "Examined (Bench Task 1)"),
        ("E6", "Approaches and resources for assessment, planning and teaching, including ICT", "Days 2-3", "Examined (Bench Task 1)"),
        ("E7", "School self-evaluation and improvement as they bear on SEN", "Day 7", "Viewed only"),
        ("E8", "Best practice and research on meeting SEN", "Day 7", "Examined (Bench Task 3)"),
        ("E9", "What outside agencies do and how to get specialist help", "Day 6", "Examined (Bench Task 1)"),
    ]),
    ("TOOL: what the SENCO does", [
        ("T1", "With senior leaders and governors, shapes the school's inclusive ethos, policy and resources", "Day 4", "Examined (Bench Task 3)"),
        ("T2", "Identifies pupils with SEN, sets challenging targets, plans and reviews interventions", "Day 2", "Examined (Bench Task 1)"),
        ("T2a", "Uses other professionals' assessments to shape teaching", "Day 2", "Examined (Bench Task 1)"),
        ("T2b", "Uses summative assessment and national tests to track progress and adjust programmes", "Day 2", "Examined (Bench Task 2)"),
        ("T2c", "Helps other teachers use formative assessment with pupils with SEN", "Day 2", "In store"),
        ("T2d", "Arranges special arrangements for national tests and examinations in good time", "Day 2", "Examined (Bench Task 2)"),
        ("T3", "Maps and manages provision and finds what is missing or not working", "Day 3", "Examined (Bench Task 2)"),
        ("T4", "Deploys and manages staff", "Day 3", "Examined (Bench Task 2)"),
        ("T5", "Develops colleagues through observation, feedback, coaching and training", "Day 4", "Viewed only"),
        ("T6", "Reviews provision with other staff and feeds it into school self-evaluation", "Day 7", "Examined (Bench Task 2)"),
        ("T7", "Involves pupils in planning, agreeing and reviewing their provision", "-", "Not lent (see Sewing Day 5)"),
        ("T8", "Works well with parents and carers", "Day 6", "Examined (Bench Task 3)"),
        ("T9", "Works in partnership with other services, agencies and voluntary organisations", "Day 6", "Examined (Bench Task 1)"),
    ]),
]
st_ = doc.add_table(rows=1, cols=4)
st_.style = "Table Grid"
for c, h in zip(st_.rows[0].cells, ("No.", "Object", "Shown on", "Condition on return")):
    cell_text(c, h, bold=True)
    shade(c, "BFBFBF")
deleted_row = None
e7_cell = None
for g, items in groups:
    st_.add_row()
    merge_row(st_, len(st_.rows) - 1, g, fill="E7E6E6")
    for no, obj, day, cond in items:
        cells = st_.add_row().cells
        cell_text(cells[0], no, bold=True)
        cell_text(cells[1], obj)
        cell_text(cells[2], day)
        pc = cell_text(cells[3], cond)
        if no == "T2d":
            deleted_row = st_.rows[len(st_.rows) - 1]
        if no == "E7":
            e7_cell = pc
delete_row(deleted_row)
doc.add_comment(e7_cell.runs, text="Owen thinks E7 should be Examined in Bench Task 2. Decide at the Board.",
                author="Helen Iredale", initials="HI")

# ---------------- Section 9, 10
bar("Section 9 - Insurance and indemnity")
q("9.1 Fees and value")
prompt(doc, "State the value for which the object will be insured and whether government indemnity applies.")
para("The fee is 1,150 pounds for the year, which includes University registration, all materials and use of the "
     "library. The Borough funds twelve places a year for its own schools. The Guild's studio and ICT room are used "
     "without charge, and the tutors' time is costed at the Borough's rate for advisory teachers, so the cost per "
     "candidate is below that of the other masters-level SEN modules in the region. Candidates who pass may take the "
     "60 remaining credits of the University's MA, and several of the pilot group have done so.")

bar("Section 10 - Loan history")
q("10.1 Previous loans")
prompt(doc, "List recent loans received from other lenders, with dates and any incidents.")
para("In 2007-08 the Guild ran a pilot, the SENCO Bindery, of eight Saturdays for fourteen SENCOs, not accredited. In "
     "the pilot each candidate spent two days at Brook Lane Special School, which has since been reorganised.")
para("Several of our tutors also teach on the neighbouring Harwood Teaching School Partnership's SENCO course, which "
     "offers an assessment-only route and places its candidates for a week in its special schools.")
p = para("")
r = p.add_run("Declaration. ")
r.bold = True
p.add_run("I confirm that the information given in this report is accurate. Signed: Margaret Quayle, Course Warden, "
          "for the Court of the Quireholme Guild, 14 October 2008.")
doc.add_comment(p.runs, text="Court to countersign before sending.", author="Rajinder Sahota", initials="RS")

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words", word_count(doc))
