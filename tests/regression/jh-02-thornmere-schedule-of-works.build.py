"""jh-02-thornmere-schedule-of-works

Provider (invented): Thornmere Homes, a large housing association (about 45,000 homes in the
North West), through its Community and Family Learning team ("Thornmere Learning Works"),
with the University of Ribblesford's Faculty of Education, which validates the award.
Contract TLW/09/03, Revision C, April 2009.

Document kind and layout: the team writes the course as its Asset Management team writes a
planned-works contract: a "Specification and Schedule of Works" in the NBS manner.
Preliminaries with NBS clause numbers (A10 Project particulars, A12 The site, A34 Security,
A50 Work by others, A54 Provisional work, A55 Dayworks, A70 Quality control), then a priced
schedule in six work sections, each a table "Item | Description | Qty | Unit | Rate £ | £"
with a merged section-title row and a merged "Carried to collection" row, a Collection
(summary of costs), and a "Component Schedule and Commissioning Record" for the outcomes
("Installed at" the item where a component is built, "Commissioned at" the Test where it is
tested; "Not commissioned" means not tested). The house vocabulary is the Asset team's:
OMIT items, PROVISIONAL sums, works by others, dayworks, defects liability, handover. No
heading styles: clause titles are bold Normal paragraphs. A shaded note to the panel (a
one-cell table), header and footer with a PAGE field, tracked changes (the moderation item
struck out and "OMIT" inserted), one Word comment on the award rule.

Traps (requirement ids):
- E.2 partial: 60 credits, "40 credits at Level 7 (masters level) and 20 credits at Level 6".
- 1.1 partial: the aim is attainment in reading, writing and mathematics only; well-being
  and the other ECM outcomes are not in the aims (ECM is taught on Learning Day 2).
- 1.4 partial and 6.K3 not met: disability equality law is taught on Thornmere's separate
  "Equality Essentials" course and "excluded from these Works"; the Component Schedule says
  "Excluded from this contract".
- 1.5 partial, 6.S7 partial: gathering pupils' views is installed at Item 2.05 but not
  commissioned; the skills course on consulting pupils is the council Participation Team's
  "Hear My Voice" workshops, listed under A50 Work by others (not in this contract).
- 1.9 partial: several components "Not commissioned".
- 2.3 not met: the assessment-only route is Provisional Sum PS1, "to be expended only if"
  the University's committee approves it, which "it has not yet considered".
- 3.2 partial: one October intake, a fixed order; only a day or twilight choice.
- 3.3 not applicable: Item 2.11 (online route) is OMITTED by Variation 1; no e-learning.
- 5.3 met: the Course Administrator sees and records each enhanced CRB disclosure (A34).
- 5.4 partial: Course Leader "to be appointed"; tutors described only in general terms.
- 5.5 partial: specialist visitors, but special-school placements are the council's
  outreach team's, "Work by others".
- 5.8 partial: second marking, but external moderation (Item 4.06) is struck through by a
  tracked deletion and "OMIT" inserted.
- 5.9 not met: Item 6.05 "we intend to develop measures" of impact in year two.
- 6.0 partial: the award is a weighted average of 50% with no Test below 40% (a comment
  asks whether every outcome should be needed: comment only).
- 6.A2 partial: commissioned in Test 2 but installed nowhere ("—").
- 6.A7 not met: no row in the Component Schedule and nothing in the works.
- 6.K9, 6.S2c, 6.S6 partial: installed, "Not commissioned"; they appear only in the Site
  Diary, which is read and returned with comments and "is not marked".
- Item numbers such as 2.05, 4.06 and 6.05 collide with requirement ids (wrong context).
"""
import os
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _jh_helpers import (new_doc, para, run, runs, table, shade, cell_text, ins_run, del_run,
                         header_footer)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "jh-02-thornmere-schedule-of-works"

d = new_doc("Arial", 10)
header_footer(d, "THORNMERE HOMES  Asset Management and Community Investment  |  Contract TLW/09/03  Rev C",
              "Specification and Schedule of Works: National Award for SEN Coordination 2009-10")


def clause(code, name):
    p = d.add_paragraph()
    run(p, code + "  " + name.upper(), bold=True, color="7B2C00")
    return p


def body(text):
    return para(d, text)


para(d, "THORNMERE HOMES", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "SPECIFICATION AND SCHEDULE OF WORKS", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Contract TLW/09/03: Course Works for the National Award for SEN Coordination, 2009-10",
     bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
table(d, [["Employer", "Thornmere Homes (Community and Family Learning: Thornmere Learning Works)"],
          ["Contract Administrator", "Gill Ashworth, Head of Community Learning"],
          ["Academic Partner", "University of Ribblesford, Faculty of Education"],
          ["Works executed by", "Thornmere Learning Works course team, with the University of Ribblesford"],
          ["Revision", "Rev C, 6 April 2009 (Rev A issued to the Board in December 2008)"]],
      bold_header=False, widths=[4.5, 11.5])
para(d, "")
nt = d.add_table(rows=1, cols=1)
nt.style = "Table Grid"
c = nt.cell(0, 0)
shade(c, "FCE4D6")
cell_text(c, "A note for the approval panel", bold=True)
for t in [
    "Our Asset Management team writes every planned-works contract in this form, and our Board approves "
    "projects from it. We have written the course the same way, so that the Board, our partner schools and the "
    "University read one document. The Works are the course. Items priced in the schedule are carried out on the "
    "course as it runs from October 2009.",
    "Items marked OMIT are not part of the Works. A PROVISIONAL sum is spent only if the condition written against "
    "it is met. Work by others is done by another body and is not part of this contract.",
]:
    c.add_paragraph(t)

para(d, "PART A  PRELIMINARIES", bold=True, size=12)

clause("A10", "Project particulars")
body("The Works are a one-year part-time course leading to the University of Ribblesford's Postgraduate Certificate "
     "in SEN Coordination, which the University validated on 12 February 2009 as meeting the National Award. The "
     "University confers the award on the recommendation of its Board of Examiners. The certificate carries 60 "
     "credits, 40 credits at Level 7 (masters level) and 20 credits at Level 6.")

clause("A11", "Contract documents")
body("The Works are described by this Specification and Schedule of Works, read with the University's programme "
     "specification and module descriptor, the Tutor and Mentor Handbook, the Participant Handbook, the marking "
     "criteria for Tests 1 to 3 and the Participant Agreement. Where they differ, the University's documents govern "
     "academic matters and this document governs how the course is delivered.")

clause("A12", "The site: existing conditions")
body("Before writing the Works we carried out a condition survey of SEN coordination in the 58 primary and "
     "secondary schools that serve Thornmere neighbourhoods:")
for t in ["a questionnaire to every headteacher (49 returned) and every SENCO (44 returned);",
          "four focus groups with parents from our Parents Together groups (31 parents);",
          "a day with 12 young people from our Youth Panel, several of whom have statements of SEN;",
          "the local authority's data on the progress of pupils at School Action Plus, which is below the "
          "national figure in 40 of the 58 schools."]:
    p = d.add_paragraph(style="List Bullet")
    run(p, t)
body("The survey found that new SENCOs had least confidence in leading teaching assistants, using data to track "
     "progress and working with families who find school hard to approach. As a result Learning Days 3, 5 and 6 "
     "were rewritten in Rev B, the school-based Test 2 became an audit of provision, and each Learning Day now has a "
     "twilight version after heads told us release was hardest on Fridays. The Youth Panel asked that SENCOs learn "
     "to explain things without jargon; Test 3 is now marked partly on this.")

clause("A13", "Description of the works")
body("The purpose of the Works is to raise the attainment of pupils with SEN in reading, writing and mathematics "
     "in the schools on our estates, by giving new SENCOs the knowledge and skills to lead provision. Every Test asks "
     "the participant to show the effect of their work on the attainment of the pupils concerned.")

clause("A20", "The contract")
body("Each participant, their headteacher and Thornmere sign a Participant Agreement before the course starts. It "
     "sets out release for the ten Learning Days, the time the school gives for the Tests, and the school mentor.")

clause("A30", "Acceptance of applicants")
body("Applicants send an application form and a reference from their headteacher. Every applicant then completes "
     "the Entry Check: a short written account of a pupil they have supported and a 30-minute conversation with a "
     "tutor, both judged against a checklist drawn from the national outcomes, to confirm that the applicant has the "
     "knowledge, understanding and skills to benefit from the course and to reach the outcomes within the year. An "
     "applicant who is not ready is told in writing what to do first (usually the local authority's SEN induction "
     "course), and the Course Administrator speaks to their headteacher.")

clause("A34", "Security, safety and protection")
body("No place is confirmed until the Course Administrator has seen the applicant's enhanced CRB disclosure, "
     "issued within the last three years, or a letter from the school giving the disclosure number, its date and "
     "confirming the List 99 check, and has recorded it on the participant's file. Participants whose disclosure is "
     "older than three years are asked to apply for a new one through Thornmere's registered body before the first "
     "Learning Day.")

clause("A35", "Limitations on method and sequence")
body("There is one intake a year, in October. The Learning Days are worked in the order given in Section 2. Each "
     "Learning Day runs as a full day and again as two twilight sessions the following week, and participants may "
     "choose either.")

clause("A36", "Facilities and resources")
body("Teaching takes place at the Thornmere Learning Works centre in Burnholme, which has two teaching rooms, a "
     "resource library of assessment materials and SEN texts, and an ICT room with 20 computers running "
     "text-to-speech, symbol and screen-reading software, switch access and interactive whiteboards. Participants "
     "use the University library and its electronic journals with a University card, and may borrow kits of "
     "assessment materials and assistive technology for use in their school.")

clause("A37", "Equality and access")
body("Every applicant is asked on the application form what adjustments they need. The Course Administrator meets "
     "any participant who tells us of a disability before the course starts and agrees written adjustments, such as "
     "materials in large print or on coloured paper, a BSL interpreter, extra time for Tests and alternative formats "
     "for submission, which are sent to tutors and to the University's disability service. Both venues are step free "
     "with a hearing loop.")

clause("A40", "Management and staff")
body("Course Leader: to be appointed (an experienced SENCO with a masters degree). Tutors: experienced SENCOs and "
     "advisory teachers drawn from our partner schools and the local authority. The University appoints a link "
     "tutor.")
body("Every tutor and every school mentor attends a one-day induction before the course starts, covering the "
     "national outcomes, the Tests and the marking criteria, and what the tutor and mentor each do. Each receives the "
     "Tutor and Mentor Handbook, which sets out the mentor's duties half term by half term. The Course Leader "
     "observes each tutor teaching once a year and meets mentors each term.")

clause("A50", "Work by others (not in this contract)")
for t in ["Placements in special schools: arranged by Ribblesford Council's SEN Outreach team for teachers in its "
          "schools.",
          "Consulting pupils: the council's Participation Team runs \"Hear My Voice\" Saturday workshops on consulting "
          "children and young people, which participants may attend.",
          "Disability equality law: taught on Thornmere's separate Equality Essentials course for school staff and "
          "excluded from these Works."]:
    p = d.add_paragraph(style="List Bullet")
    run(p, t)

clause("A54", "Provisional work")
body("PS1 Assessment-only route. A provisional sum of £3,000 is included for assessing experienced SENCOs against "
     "the outcomes without the Learning Days, to be expended only if the University's Academic Standards Committee "
     "approves an assessment-only route for the Award, which it has not yet considered.")

clause("A55", "Dayworks")
body("Each participant may call on up to four extra hours of tutor time, in person or by phone, at any point in the "
     "year, booked through the Course Administrator. Tutors use these hours for the targets in the participant's "
     "Personal Works Plan.")

clause("A70", "Quality control")
body("Every Learning Day is evaluated by participants on a form, and the whole course at handover. Mentors and "
     "headteachers complete a short survey at the end of the year. The University's link tutor observes two "
     "Learning Days a year, and the course goes through the University's annual monitoring, with a report from the "
     "external examiner. The course team meets each July to read all of this, and changes for the next year are "
     "issued as a new revision of this document, recorded in the revision table.")

para(d, "PART B  SCHEDULE OF WORKS", bold=True, size=12)
para(d, "Preambles", bold=True)
body("Items are measured per participant unless stated. A Learning Day is priced once for the group and covers both "
     "the full-day and the twilight version. Rates include preparation, materials and the venue. Items priced at "
     "nil are carried out by the participant or their school at no charge to the contract but are still part of the "
     "Works and are checked at tutorials. Participants' travel is not included.")
body("The Learning Days each follow the same pattern: a morning of input and discussion, an afternoon in which "
     "participants apply the day's content to a pupil or a piece of provision in their own school, and a closing "
     "half hour agreeing the school-based task (Item 3.02) that follows. Reading for each day is set in the "
     "Participant Handbook, with a core text and two research articles.")

COLS = ["Item", "Description", "Qty", "Unit", "Rate £", "£"]


def section(title, items, total):
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 5))
    cell_text(m, title, bold=True)
    shade(m, "FBE5D6")
    for j, h in enumerate(COLS):
        cell_text(t.cell(1, j), h, bold=True)
    rows = []
    for it in items:
        r = t.add_row()
        for j, v in enumerate(it):
            cell_text(r.cells[j], v)
        rows.append(r)
    r = t.add_row()
    m = r.cells[0].merge(r.cells[4])
    cell_text(m, "Carried to collection", italic=True)
    cell_text(r.cells[5], total, bold=True)
    para(d, "")
    return t, rows


section("SECTION 1  PREPARATION AND SURVEY", [
    ["1.01", "Starting Survey. Before Learning Day 1 each participant rates themselves against every national "
     "outcome, with evidence from their work, and their tutor visits them in school to test the ratings against "
     "that evidence.", "1", "visit", "120", "120"],
    ["1.02", "Personal Works Plan. From the Starting Survey the tutor and participant agree the outcomes that need "
     "most work, a personal set of outcome targets, the focus of the Tests and how the dayworks hours will be used. "
     "Reviewed at each tutorial.", "1", "plan", "60", "60"],
    ["1.03", "Tutorials. Three one-hour tutorials in the participant's school, in December, March and June.", "3",
     "hour", "40", "120"],
    ["1.04", "Credit for prior study and experience. Participants may claim up to 20 credits through the "
     "University's Recognition of Prior Learning procedure, either for earlier masters-level study of SEN or for "
     "experience shown in a portfolio assessed by the link tutor against the outcomes of Test 3, which it then "
     "replaces.", "1", "claim", "150", "150"],
], "450")

section("SECTION 2  STRUCTURE: THE LEARNING DAYS", [
    ["2.01", "Foundations. The SEN Code of Practice and the SEN framework; statutory assessment and statements; "
     "government policy and initiatives including Removing Barriers to Achievement, the Inclusion Development "
     "Programme, the Bercow Review (2008) and Ofsted's Inclusion: does it matter where pupils are taught? (2006).",
     "1", "day", "600", "600"],
    ["2.02", "Every Child Matters. The five outcomes and what the SENCO can do to help pupils with SEN be healthy, "
     "stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being; the Common "
     "Assessment Framework.", "1", "day", "600", "600"],
    ["2.03", "Growing up. How children develop and how SEN, disability and the home and school environment affect "
     "development; the most common kinds of SEN (BESD, dyslexia and other specific learning difficulties, SLCN, "
     "autistic spectrum disorders, MLD) and their effect on learning.", "1", "day", "600", "600"],
    ["2.04", "Assessment. Identifying pupils who may have SEN from observation and data, setting challenging "
     "targets, planning interventions and reviewing progress; using other professionals' assessments; using "
     "national test results and other summative data to track progress; encouraging colleagues' formative "
     "assessment; identifying access arrangements for tests and examinations in good time and putting them in "
     "place with colleagues.", "1", "day", "600", "600"],
    ["2.05", "Families and pupils. Building fair and respectful relationships with pupils and families; liaising "
     "with parents and carers, taught with parents from our Parents Together groups; gathering pupils' views for "
     "reviews and involving pupils in agreeing their targets.", "1", "day", "600", "600"],
    ["2.06", "Provision. Provision mapping and management; finding provision that is missing or not working; "
     "deploying and managing teaching assistants and other staff.", "1", "day", "600", "600"],
    ["2.07", "Teaching. Approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT and assistive technology; research and best practice in meeting SEN, and using research and "
     "outside advice in the participant's own and colleagues' practice.", "1", "day", "600", "600"],
    ["2.08", "Other services. The scope and role of external agencies; getting specialist support; working in "
     "partnership with health, social care, the voluntary sector and Thornmere's own family support workers. With "
     "an educational psychologist and a speech and language therapist.", "1", "day", "650", "650"],
    ["2.09", "Leading. Influencing strategy, ethos, policy and resources with senior colleagues and governors; "
     "supporting colleagues' development by observation and feedback, modelling, coaching and training; reviewing "
     "provision with staff; school self-evaluation and improvement for SEN; prioritising, managing time and "
     "delegating.", "1", "day", "600", "600"],
    ["2.10", "The case conference. Anticipating and solving problems and making sound decisions about provision; "
     "speaking and writing clearly and listening to others, practised through a simulated multi-agency meeting. "
     "With a headteacher and a parent partnership officer.", "1", "day", "650", "650"],
    ["2.11", "OMIT. Online route through the University's virtual learning environment: omitted from this contract "
     "by Variation 1.", "", "", "", "0"],
], "6,100")

section("SECTION 3  FIT-OUT IN SCHOOL", [
    ["3.01", "School mentor. A senior colleague named in the Participant Agreement meets the participant each half "
     "term to plan and review school-based work.", "6", "meeting", "0", "0"],
    ["3.02", "School-based work. After each Learning Day the participant carries out a task in their own school "
     "and records what happened and what changed for pupils in the Site Diary (Item 4.04).", "10", "task", "0", "0"],
    ["3.03", "Cluster triads. Participants from neighbouring schools meet in threes each half term to advise one "
     "another on their school work, and each visits a triad partner's school once.", "6", "meeting", "0", "0"],
], "0")

section("SECTION 4  TESTING AND COMMISSIONING", [
    ["4.01", "Test 1: Pupil Case File (3,000 words). The identification, assessment, target-setting, intervention "
     "and review for one pupil, using reports from other professionals and test data, with access arrangements, "
     "the family's part and the agencies involved. Marked.", "1", "test", "180", "180"],
    ["4.02", "Test 2: Provision Audit and Plan (4,000 words and a provision map). An audit of provision in the "
     "participant's school, a plan agreed with the head and governors, the deployment of support staff, and a "
     "programme of coaching or training for colleagues, drawing on research. Marked.", "1", "test", "240", "240"],
    ["4.03", "Test 3: Case Conference (30 minutes). The participant chairs a simulated review meeting with a tutor, "
     "a parent and a professional, and answers questions on Every Child Matters. Observed and marked.", "1", "test",
     "120", "120"],
    ["4.04", "Site Diary. The participant's record of school-based work, read by the mentor and tutor each half "
     "term and returned with comments. The Site Diary is not marked.", "1", "diary", "0", "0"],
    ["4.05", "Second marking. A second tutor marks every fail and one in four of all other Tests.", "1", "item",
     "300", "300"],
    ["4.06", "", "1", "item", "", ""],
], "840")

# Item 4.06: the moderation text struck out in Rev C, OMIT inserted
tbl = d.tables[-1]
cell = tbl.rows[-2].cells[1]
p = cell.paragraphs[0]
ins_run(p, "OMIT. ", bold=True, author="Gill Ashworth", date="2009-04-06T09:00:00Z")
del_run(p, "External moderation. The University's link tutor moderates a sample of each Test, and all marks "
        "go to the University's Board of Examiners.", author="Gill Ashworth", date="2009-04-06T09:00:00Z")
pr = tbl.rows[-2].cells[4].paragraphs[0]
del_run(pr, "400", author="Gill Ashworth", date="2009-04-06T09:00:00Z")
pr = tbl.rows[-2].cells[5].paragraphs[0]
del_run(pr, "400", author="Gill Ashworth", date="2009-04-06T09:00:00Z")
ins_run(pr, "0", author="Gill Ashworth", date="2009-04-06T09:00:00Z")

section("SECTION 5  EXTERNAL WORKS", [
    ["5.01", "Parents Together. Each participant spends one session with a Thornmere Parents Together group, "
     "listening to parents of children with SEN and practising advising and supporting them, and plans with their "
     "mentor how their school will work in partnership with one family.", "1", "session", "80", "80"],
    ["5.02", "Beyond the school. Through the cluster triads (Item 3.03) and Learning Day 2.08 participants practise "
     "advising and supporting colleagues in other schools and services.", "", "", "", "incl."],
    ["5.03", "Specialist visitors. An educational psychologist, a speech and language therapist, a parent "
     "partnership officer and a headteacher teach on Learning Days 2.08 and 2.10.", "4", "visit", "150", "600"],
], "680")

section("SECTION 6  HANDOVER", [
    ["6.01", "Completion. The Award is recommended to the University when the weighted average of Tests 1 to 3 "
     "is 50% or more, with no Test below 40%.", "", "", "", "incl."],
    ["6.02", "Aftercare (defects liability period). Six months after handover the tutor visits the participant and "
     "their headteacher to agree the participant's next professional targets, using the Next Steps planner, and "
     "to discuss further study such as the University's MA in Inclusion, into which the credits transfer.",
     "1", "visit", "120", "120"],
    ["6.03", "Handover evaluation. Participants evaluate the course at the last Learning Day (see A70).", "", "",
     "", "incl."],
    ["6.04", "Stakeholder review. Each September a review panel of two headteachers, two parents from Parents "
     "Together, two members of the Youth Panel, a local authority officer and two past participants reads the year's "
     "evaluations and Test results and recommends changes, which the course team answers in writing.", "1",
     "meeting", "200", "200"],
    ["6.05", "Impact measures. In year two we intend to develop measures of the course's impact on participants "
     "and on the progress of pupils in their schools.", "", "", "", "0"],
], "320")

cm = d.tables[-1].rows[2].cells[1].paragraphs[0]
d.add_comment(cm.runs, text="The University's regulations use the aggregate, but should the Award need every outcome "
              "shown? Raise with link tutor.", author="Gill Ashworth", initials="GA")

para(d, "COLLECTION", bold=True, size=12)
t = table(d, [["Section", "", "£"],
              ["1", "Preparation and survey", "450"],
              ["2", "Structure: the Learning Days", "6,100"],
              ["3", "Fit-out in school", "0"],
              ["4", "Testing and commissioning", "840"],
              ["5", "External works", "680"],
              ["6", "Handover", "320"],
              ["", "Total for a group of 16", "8,390 (£524 per place)"],
              ["", "Provisional sum PS1 (not included)", "3,000"]],
          header_fill="FBE5D6", widths=[2, 9, 5])
para(d, "The cost per place is met by the school (£400) and Thornmere's Community Investment Fund (£124) for "
     "schools on our estates. The University's registration fee is charged separately.")

para(d, "COMPONENT SCHEDULE AND COMMISSIONING RECORD", bold=True, size=12)
para(d, "Every component of the national outcomes in the Works. Installed at: the item where the course builds it. "
     "Commissioned at: the Test in which it is tested and marked. Not commissioned: built but not tested.",
     italic=True)

COMP = [
    ("PROFESSIONAL ATTRIBUTES", None, None),
    ("Fair, respectful relationships with pupils, parents and carers", "2.05", "Test 1"),
    ("Commitment of colleagues and senior leaders", "—", "Test 2"),
    ("Priorities, time management and delegation", "2.09", "Test 2"),
    ("Problem solving and sound judgement on provision", "2.10", "Test 1"),
    ("Clear speech and writing; listening", "2.10", "Test 3"),
    ("Research and outside advice in practice", "2.07", "Test 2"),
    ("PROFESSIONAL KNOWLEDGE", None, None),
    ("SEN law, guidance and the Code of Practice", "2.01", "Test 2"),
    ("Every Child Matters", "2.02", "Test 3"),
    ("Disability equality law", "Excluded from this contract", "Excluded from this contract"),
    ("How children develop", "2.03", "Test 1"),
    ("Common types of SEN and disability", "2.03", "Test 1"),
    ("Approaches, strategies and resources, including ICT", "2.07", "Test 2"),
    ("School self-evaluation and improvement", "2.09", "Test 2"),
    ("Best practice and research", "2.07", "Test 2"),
    ("External agencies and specialist support", "2.08", "Not commissioned"),
    ("PROFESSIONAL SKILLS", None, None),
    ("Strategic influence with senior colleagues and governors", "2.09", "Test 2"),
    ("Identify, set targets, plan interventions, review", "2.04", "Test 1"),
    ("Use other professionals' assessments", "2.04", "Test 1"),
    ("Summative assessment and national tests to track progress", "2.04", "Test 1"),
    ("Colleagues' formative assessment", "2.04", "Not commissioned"),
    ("Access arrangements for tests and examinations", "2.04", "Test 1"),
    ("Provision mapping and management", "2.06", "Test 2"),
    ("Deploy and manage staff", "2.06", "Test 2"),
    ("Colleagues' professional development", "2.09", "Test 2"),
    ("Review provision with staff for self-evaluation", "2.09", "Not commissioned"),
    ("Involve pupils in planning and reviewing provision", "2.05", "Not commissioned"),
    ("Liaise with parents and carers", "2.05, 5.01", "Test 1"),
    ("Partnership with other services and voluntary organisations", "2.08", "Test 1"),
]
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Component", "Installed at", "Commissioned at"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "FBE5D6")
for a, b, c_ in COMP:
    r = t.add_row()
    if b is None:
        m = r.cells[0].merge(r.cells[2])
        cell_text(m, a, bold=True)
        shade(m, "EDEDED")
        continue
    cell_text(r.cells[0], a)
    cell_text(r.cells[1], b)
    cell_text(r.cells[2], c_)

para(d, "")
para(d, "REVISIONS", bold=True)
table(d, [["Rev", "Date", "Change"],
          ["A", "December 2008", "Issued to the Board"],
          ["B", "January 2009", "Learning Days 3, 5 and 6 rewritten after the condition survey; twilight versions added"],
          ["C", "April 2009", "Variation 1: online route omitted. Variation 2: Item 4.06 omitted"]],
      header_fill="FBE5D6", widths=[1.5, 3, 11.5])
para(d, "Approved for issue: Gill Ashworth, Contract Administrator, 6 April 2009")

d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
