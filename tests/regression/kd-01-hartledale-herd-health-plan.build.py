"""kd-01-hartledale-herd-health-plan: build script.

Provider (invented): the Hartledale Agricultural Society Education Trust (the "Show Trust"), the education
charity of a county agricultural show society, which runs a Farm Classroom on the showground, working with the
University of Wenmouth School of Education (validation, 60 credits at Level 7). Application for the 2008-09
National Award for SEN Coordination, for a first group in 2009-10.

Kind of document: the course written on the Trust's own ANNUAL HERD HEALTH PLAN template (form HHP/3), the
template its farm team and vets use for the Trust's teaching herd. The Society's Education Committee requires all
Trust plans to share one format, so the course team filled the vet's form in for the course. House vocabulary:
the "Herd" is the group; participants are "Members"; study days are "Herd Days" in a "Vaccination and Treatment
Programme"; marked assignments are "Health Tests" T1-T4 (T4 "the Walk-round", a professional discussion);
formative tasks are "Routine Observations" (never marked); tutors are "Attending Vets"; school-based mentors are
"Stockpersons"; the external examiner is the "Consulting Vet"; the pre-course needs assessment is the
"Pre-movement Check" and the individual training plan is the "Member's Health Plan"; admissions are "Bought-in
stock and quarantine"; CRB and safeguarding are "Biosecurity"; the impact project is the "Herd Improvement
Project".

Layout: no Word heading styles; section titles are bold capitalised Normal paragraphs with the template's own
typed numbers (1-13). The template's grey italic prompts are left in under several titles (they are the vet
template's questions, never answers). A shaded note to the panel and a glossary table at the front. A holding
details table; a Herd Days table with merged term rows (gridSpan); a Health Tests table; the outcome table
"8. Health Tests by outcome" in the Trust's own words and its own numbers H1-H28 (no national codes), columns
"Vaccinated at | Tested at", with its key ("Vaccinated only", "Not in programme") only in a text box (wps with VML
fallback) placed above the table. Tracked changes (w:ins / w:del), two Word comments, footnotes carrying research
references, a page header and footer, a blank signature table.

Traps (requirement ids):
- 1.1 partially_met: the Plan Objectives aim only at "attainment and progress"; well-being and the ECM outcomes
  are content (H9) but not in the aims.
- 1.5 partially_met: pupils' views are only "touched on" as part of review paperwork on Herd Day 5; not developed
  as a skill.
- 1.9 partially_met: several outcome rows are "Vaccinated only" (taught, never tested).
- 2.3 not_met: explicit negation ("There is no assessment-only route"), plus a past arrangement (the 2007 pilot's
  Walk-round-alone route "ended with the pilot") and a whole sentence offering a direct Walk-round deleted by a
  tracked change.
- 2.5 not_met: onward targets are left to the head's performance management ("the Trust does not take part"), and a
  Word comment asking for an onward-targets session is not part of the submission.
- 3.3 partially_met: e-learning exists (the "Online Pen" on the university's Moodle) with peer support and
  materials between Herd Days, but Attending Vets "do not post in the Online Pen": no direct tutor support online.
- 4.3 partially_met: only Members' own evaluation sheets; heads and the parent partnership are only hoped for
  ("We hope ..."); a comment suggesting the parent partnership join is not evidence.
- 5.3 met (looks like a trap): the check of each Member's enhanced CRB disclosure is in a tracked INSERTION (part
  of the submission); the footer's "All Members CRB checked" is a footer and not counted either way.
- 5.5 partially_met: specialist expertise is real (county EP, speech and language therapy, sensory service at Herd
  Days) but placements are left to Members "if they wish" and "the Trust does not arrange these"; the county
  Inclusion Service's placements belong to another provider's course (the LA induction course).
- 5.9 partially_met: Members' confidence self-rating at start and end is measured; impact on pupils is only
  "expected".
- 6.0 partially_met: the award rule requires every Health Test passed and "every outcome tested in it", which
  only covers the tested outcomes; the table shows outcomes no Health Test marks.
- 6.A2, 6.A3, 6.S2d, 6.S7 partially_met: "Vaccinated only" rows.
- 6.K4 not_met: "Not in programme" in both columns.
- 6.K7 partially_met: tested at T4 but the Herd Day that taught it is deleted by a tracked change ("-" remains).
- 6.S2c not_met: no row and nothing in the text (formative "Routine Observations" are the Members' own tasks, the
  right word about the wrong thing).
- Header/footer and grey template prompts are never evidence.
"""
from pathlib import Path
from docx.shared import Pt, Cm
from _kd_helpers import (new_doc, para, run, table, cell_text, shade_cell, shade_para, tracked_insert,
                         tracked_delete, mark_para_deleted, text_box, Footnotes, header_footer, word_count)

HERE = Path(__file__).resolve().parent
NAME = "kd-01-hartledale-herd-health-plan"
GREY = "808080"

doc = new_doc("Arial", 10)
fn = Footnotes(doc)
header_footer(doc, "HARTLEDALE AGRICULTURAL SOCIETY EDUCATION TRUST  |  ANNUAL HERD HEALTH PLAN  |  Form HHP/3",
              "Plan to be reviewed with the Consulting Vet each July. All Members CRB checked. Registered charity no. 1104xxx")


def title(text):
    p = para(doc, text, bold=True, size=11)
    p.paragraph_format.space_before = Pt(10)
    return p


def prompt(text):
    return para(doc, text, italic=True, color=GREY, size=9)


def body(text):
    return para(doc, text)


def bullet(text):
    return para(doc, "\u2022  " + text)


para(doc, "HARTLEDALE AGRICULTURAL SOCIETY EDUCATION TRUST", bold=True, size=14, align="center")
para(doc, "ANNUAL HERD HEALTH PLAN 2009-10", bold=True, size=16, align="center")
para(doc, "The Show Trust Course for the National Award for SEN Coordination", bold=True, size=12, align="center")
para(doc, "with the University of Wenmouth School of Education", italic=True, align="center")

n = para(doc, "A note for the approval panel. ", bold=True)
run(n, "The Society's Education Committee asks that every plan the Trust writes is set out on the same form, "
       "the Herd Health Plan template that our farm team and our vets use for the teaching herd at the Farm "
       "Classroom. We have kept to it for the course. The grey italic lines are the template's own questions and "
       "have been left in. The words on the form mean the following on the course.")
shade_para(n, "E2EFD9")

table(doc, [
    ["Word on this plan", "What it means on the course"],
    ["Herd", "The group of up to 24 SENCOs who start together (the 2009-10 Group)"],
    ["Member", "A participant on the course"],
    ["Herd Day", "A taught study day at the Farm Classroom, Hartledale Showground"],
    ["Health Test", "A marked and graded assessment (T1 to T4)"],
    ["Routine Observation", "A short task a Member brings to a Herd Day for discussion; not marked"],
    ["Attending Vet", "A course tutor (Trust or University staff)"],
    ["Stockperson", "An experienced SENCO in a nearby school who mentors a Member"],
    ["Consulting Vet", "The external examiner appointed by the University"],
    ["Pre-movement Check", "The needs assessment each Member completes before Herd Day 1"],
    ["Member's Health Plan", "The individual training plan agreed after the Pre-movement Check"],
], widths=[4, 13], header_fill="C5E0B3")

para(doc)
title("HOLDING DETAILS")
t = table(doc, [
    ["Holding", "Hartledale Showground Farm Classroom, Show Lane, Hartledale"],
    ["Holding number (CPH)", "Course ref. HAS/SENCO/09"],
    ["Herd", "2009-10 Group, up to 24 Members; a second Herd starts in January 2010"],
    ["Validating body", "University of Wenmouth, School of Education"],
    ["Plan prepared by", "Ruth Askey, Course Leader (Education Trust)"],
    ["Attending Vets", "Ruth Askey; Dr Colin Marwood (University of Wenmouth); Helen Tranter"],
    ["Consulting Vet", "Appointed by the University (see section 11)"],
    ["Plan period", "September 2009 to July 2010"],
], widths=[5, 12], bold_header=False)
for r in t.rows:
    shade_cell(r.cells[0], "EDEDED")

# 1 -------------------------------------------------------------------------------------------------------------
title("1. HERD PROFILE AND OBJECTIVES")
prompt("Describe the herd, its purpose and the objectives of this plan for the coming year.")
body("The Show Trust has run the Farm Classroom at Hartledale Showground since 1998. Around 9,000 pupils a year "
     "visit it with their schools, and for the last six years a third of our visiting groups have come from special "
     "schools and resourced units. Our education staff have worked closely with SENCOs across the county in that "
     "time, and the course grew out of that work.")
body("The course leads to the National Award for SEN Coordination. It is validated by the University of Wenmouth "
     "as a Postgraduate Certificate in SEN Coordination of 60 credits at Level 7 (Master's level) within the "
     "University's Postgraduate Professional Development framework. The University awards the credit and the "
     "certificate; the Trust delivers the Herd Days, runs the Stockperson scheme and administers the course.")
p = para(doc, "Plan Objectives. ", bold=True)
run(p, "The objective of this plan is that every Member leaves the course better able to raise the attainment and "
       "progress of pupils with SEN and disabilities in their own school, measured in the levels and sub-levels "
       "pupils reach.")
body("Every Herd Day is linked to work the Member does in school. Between Herd Days each Member carries out "
     "Routine Observations in their own school (for example, reviewing one pupil's individual education plan with "
     "the class teacher) and brings them back to the next Herd Day, and the Herd Improvement Project (Health Test "
     "T3) is a change the Member leads in their own school over two terms.")

# 2 -------------------------------------------------------------------------------------------------------------
title("2. HEALTH STATUS OF INCOMING STOCK")
prompt("Record the health status required of animals joining the herd and how it is confirmed.")
body("Members must hold Qualified Teacher Status and be the SENCO, or be about to become the SENCO, in a maintained "
     "school or academy in Hartledale or a neighbouring authority. Each application carries the headteacher's "
     "nomination, which confirms the Member's role and the release time the school will give.")
body("Every applicant is interviewed by an Attending Vet, by telephone or at the Farm Classroom, and completes a "
     "short written task on a pupil they know. The interviewer checks that the applicant has the knowledge of SEN "
     "practice and the writing needed to meet the outcomes by the end of the year. Applicants who are not ready are "
     "offered the Trust's one-day SEN Foundation session and a place on the next Herd.")

# 3 -------------------------------------------------------------------------------------------------------------
title("3. BOUGHT-IN STOCK AND QUARANTINE")
prompt("Describe how animals brought into the herd are checked and isolated before joining.")
p = para(doc, "Pre-movement Check. ", bold=True)
run(p, "Before Herd Day 1 each Member rates themselves against every one of the course outcomes in section 8 and "
       "sends the rating, with their headteacher's comments, to their Attending Vet. At a one-hour meeting in "
       "September the Attending Vet and the Member agree the Member's Health Plan: which outcomes the Member needs "
       "most help with, which Routine Observations they will do first, and a personal set of outcome targets for the "
       "year that builds on what they already know and do.")
p = para(doc, "Prior learning. ", bold=True)
run(p, "Members who have already studied at Level 7, or who can show learning from experience, may apply to the "
       "University's Accreditation of Prior Learning (APL and APEL) procedure for up to 20 of the 60 credits. The "
       "Attending Vet helps the Member map the earlier study or experience against the outcomes, and the "
       "University's APL panel decides the claim. Credit awarded reduces the Health Tests the Member takes.")
p = para(doc, "Assessment only. ", bold=True)
run(p, "There is no assessment-only route: every Member takes part in the Herd Days and every Member is assessed "
       "through the Health Tests. Members at the 2007 pilot could be assessed on a Walk-round alone; that "
       "arrangement ended with the pilot.")
dp = para(doc, "Exceptionally experienced SENCOs may ask to go straight to the Walk-round (T4) without attending "
               "Herd Days.")
mark_para_deleted(dp, author="Colin Marwood", date="2009-03-02T09:40:00Z")

# 4 -------------------------------------------------------------------------------------------------------------
title("4. VACCINATION AND TREATMENT PROGRAMME")
prompt("List each vaccination or treatment, the date it is given and the product used.")
body("There are eight Herd Days, each from 9.30 to 4.00 at the Farm Classroom. Members also have a directed study "
     "programme between Herd Days, set out in the Member's Health Plan. The total study time is 600 hours.")
hd = table(doc, [
    ["Herd Day", "When", "What the day covers", "Led by"],
    ["AUTUMN TERM 2009", None, None, None],
    ["Herd Day 1", "Thurs 17 Sept", "The SENCO role and the 2008 regulations; the law and the SEN Code of Practice "
     "and how a school puts them into practice; planning the SENCO's year, priorities, time and delegation", "R. Askey"],
    ["Herd Day 2", "Thurs 15 Oct", "Every Child Matters and the SENCO's part in it; disability equality duties and "
     "the school's Disability Equality Scheme; writing reports and speaking to colleagues", "C. Marwood"],
    ["Herd Day 3", "Thurs 19 Nov", "Knowing the herd: the common types of SEN (BESD, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autism, MLD) and how they affect "
     "learning; working with pupils and with parents and carers", "H. Tranter, county SALT"],
    ["SPRING TERM 2010", None, None, None],
    ["Herd Day 4", "Thurs 14 Jan", "Identifying pupils; targets and interventions; using national test results and "
     "teacher assessment to track progress; provision mapping; approaches to teaching, including ICT and assistive "
     "technology", "R. Askey"],
    ["Herd Day 5", "Thurs 11 Feb", "Reviews and agencies: the educational psychologist, speech and language therapy, "
     "health, social care, the sensory service and local voluntary groups; using their assessments in teaching", "County EP service"],
    ["Herd Day 6", "Thurs 18 Mar", "What research says works; launching the Herd Improvement Project", "C. Marwood"],
    ["SUMMER TERM 2010", None, None, None],
    ["Herd Day 7", "Thurs 13 May", "Leading others: working with the head, senior team and governors; deploying and "
     "managing teaching assistants; coaching and observing colleagues", "H. Tranter"],
    ["Herd Day 8", "Thurs 17 June", "Keeping up to date; access arrangements for tests and examinations; preparing "
     "for the Walk-round", "R. Askey"],
], widths=[2.3, 2.4, 9.8, 2.5], header_fill="C5E0B3")
for i, label in ((1, "AUTUMN TERM 2009"), (5, "SPRING TERM 2010"), (9, "SUMMER TERM 2010")):
    c = hd.cell(i, 0).merge(hd.cell(i, 3))
    for extra in c.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(c, label, bold=True, size=9, shade="E2EFD9")
para(doc)
body("Herd Day 5 touches on pupil views as one part of the annual review paperwork.")
body("Routine Observations are set for every gap between Herd Days. They are discussed in small groups at the next "
     "Herd Day and the Attending Vet gives spoken feedback; they are not marked.")

# 5 -------------------------------------------------------------------------------------------------------------
title("5. TREATMENT PROTOCOLS FOR INDIVIDUAL ANIMALS")
prompt("Record how sick or lame animals are identified and treated, and by whom.")
body("Each Member has one Attending Vet for the year, who holds three individual tutorials with them (October, "
     "February and May) to review the Member's Health Plan and change it where the Member's needs or school have "
     "changed. The Stockperson visits the Member's school once each half term.")
body("The Trust meets its duties under the Disability Discrimination Act. Every application form asks whether the "
     "applicant needs any adjustment, and the Course Leader agrees them with the applicant before Herd Day 1. The "
     "Farm Classroom is on one level with an accessible toilet and a hearing loop; handouts are sent a week ahead "
     "and can be had in large print or on disk; Members with dyslexia may have extra time for Health Tests through "
     "the University's disability service; and the Walk-round can be held in a quiet room at the Member's school.")
body("There are two starting points, September and January. Herd Days 4 to 6 can be taken in any order by Members "
     "who start in January, and a Member who misses a Herd Day may attend it with the next Herd. The course is "
     "part-time throughout.")
body("The fee is \u00a31,450 a Member, of which the county's SENCO training grant pays \u00a3900 for Hartledale "
     "schools. Holding the Herd Days at the showground, where the Trust owns the building, keeps the fee below that "
     "of courses held in hired venues, and the Stockperson scheme is paid for from the same fee.")
p = para(doc, "The Online Pen. ", bold=True)
run(p, "Materials for each Herd Day, the readings and the Routine Observation sheets are on the Online Pen, the "
       "course area on the University's Moodle site, from the week before the Herd Day. Members post their Routine "
       "Observations there and comment on each other's between Herd Days; each Herd keeps its own discussion "
       "board. Attending Vets do not post in the Online Pen; questions to them go by email or telephone.")

# 6 -------------------------------------------------------------------------------------------------------------
title("6. BIOSECURITY")
prompt("Describe the measures that stop disease entering the herd (visitors, vehicles, boots, bought-in stock).")
body("All Trust staff, Attending Vets and Stockpersons hold enhanced CRB disclosures, which the Trust's "
     "administrator checks every three years. The Trust's child protection policy applies to every Herd Day.")
bp = para(doc, "")
tracked_insert(bp, "At enrolment each Member gives the number and date of their enhanced CRB disclosure; the "
                   "administrator checks it with the employing school before Herd Day 1, and no Member who has not "
                   "been checked goes on a school visit or into a Walk-round.",
               author="Ruth Askey", date="2009-03-05T16:02:00Z")

# 7 -------------------------------------------------------------------------------------------------------------
title("7. PERFORMANCE RECORDING")
prompt("Which performance records are kept (milk yield, fertility, growth rates) and what are the targets?")
body("Members are assessed through four Health Tests. Each is marked against the course outcomes named for it in "
     "section 8, and every outcome named for a Health Test must be shown for the Health Test to pass.")
table(doc, [
    ["Health Test", "What the Member does", "Length", "When"],
    ["T1 Provision Map Review", "Reviews the school's provision map and the data behind it, and says what provision "
     "is missing or not working", "3,000 words", "January"],
    ["T2 Case Study", "Follows one pupil for a term with the pupil's parents, teachers and outside agencies", "4,000 words", "March"],
    ["T3 Herd Improvement Project", "Leads a change in SEN practice in their own school and reports its effect on "
     "colleagues and pupils", "6,000 words", "June"],
    ["T4 The Walk-round", "A 40-minute professional discussion in the Member's school with the Attending Vet and the "
     "Stockperson, walking through the Member's portfolio and development log", "40 minutes", "July"],
], widths=[4, 8.5, 2.2, 2.3], header_fill="C5E0B3")
para(doc)
body("T1 to T3 are first marked by the Attending Vet and second marked by another Attending Vet. All Attending Vets "
     "meet in July to moderate a sample of every Health Test and every failed script, and the Consulting Vet sees "
     "that sample and all fails before the University's examination board. T4 is graded on a shared form by the "
     "Attending Vet and the Stockperson together, and every Walk-round is audio recorded for moderation.")
body("The award is made only to Members who have passed every Health Test and shown every outcome tested in it. A "
     "Member who fails a Health Test may resubmit it once.")

# 8 -------------------------------------------------------------------------------------------------------------
title("8. HEALTH TESTS BY OUTCOME")
prompt("List each disease tested for, the test used and the herd's status.")
body("The table shows, for each course outcome, the Herd Day where it is given and the Health Test where it is "
     "tested. The outcomes are in our own words.")
text_box(doc, [("Key to the table", True),
               ("\"Vaccinated only\" means the outcome is given on a Herd Day but no Health Test marks it.", False),
               ("\"Not in programme\" means the outcome is neither given nor tested in 2009-10.", False)],
         width_cm=16, height_cm=2.6)
rows = [
    ["Ref", "Course outcome (our words)", "Vaccinated at", "Tested at"],
    ["H1", "Building fair, respectful and supportive relationships with pupils with SEN and their parents", "Herd Day 3", "T2"],
    ["H2", "Winning the commitment of colleagues, the head and senior leaders", "Herd Day 7", "Vaccinated only"],
    ["H3", "Setting priorities, managing time and delegating", "Herd Day 1", "Vaccinated only"],
    ["H4", "Anticipating and solving problems; sound decisions about provision", "Herd Day 4", "T1"],
    ["H5", "Speaking and writing clearly; listening to others' views", "Herd Day 2", "T4"],
    ["H6", "Using research and outside advice to improve practice", "Herd Day 6", "T3"],
    ["H7", "Keeping up to date and owning one's CPD on SEN and disability", "Herd Day 8", "T4"],
    ["H8", "SEN law and the Code of Practice and putting them into practice", "Herd Day 1", "T2"],
    ["H9", "Every Child Matters: its outcomes and the SENCO's part", "Herd Day 2", "T2"],
    ["H10", "Disability equality law and what it requires of schools", "Herd Day 2", "T1"],
    ["H11", "How children develop, and how SEN and surroundings affect it", "Not in programme", "Not in programme"],
    ["H12", "The common types of SEN and disability and their effect on learning", "Herd Day 3", "T2"],
    ["H13", "Approaches to assessment, planning and teaching, including ICT", "Herd Day 4", "T2"],
    ["H14", "Principles of school self-evaluation and improvement for SEN", None, "T4"],
    ["H15", "Best practice and research findings in meeting SEN", "Herd Day 6", "T3"],
    ["H16", "What outside agencies do and how to get their help", "Herd Day 5", "T2"],
    ["H17", "With the head and governors, shaping an inclusive ethos, policy and resources", "Herd Day 7", "T3"],
    ["H18", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Herd Day 4", "T2"],
    ["H19", "Using other professionals' assessments in teaching", "Herd Day 5", "T2"],
    ["H20", "Using national tests and other summative data to track progress and adjust programmes", "Herd Day 4", "T1"],
    ["H21", "Arranging access arrangements for tests and examinations in good time", "Herd Day 8", "Vaccinated only"],
    ["H22", "Provision mapping and finding missing or ineffective provision", "Herd Day 4", "T1"],
    ["H23", "Deploying and managing teaching assistants and other staff", "Herd Day 7", "T1"],
    ["H24", "Coaching, observing and training colleagues", "Herd Day 7", "T3"],
    ["H25", "Reviewing with colleagues how well provision works", "Herd Day 6", "T3"],
    ["H26", "Involving pupils in planning and reviewing their own provision", "Herd Day 5", "Vaccinated only"],
    ["H27", "Liaising with parents and carers", "Herd Day 3", "T2"],
    ["H28", "Working with other services and agencies, including voluntary organisations", "Herd Day 5", "T2"],
]
ot = table(doc, rows, widths=[1.2, 10, 3, 3], header_fill="C5E0B3", size=8.5)
# H14: the Herd Day that gave it is deleted by a tracked change
c = ot.cell(14, 2)
c.paragraphs[0].text = ""
tracked_delete(c.paragraphs[0], "Herd Day 6", author="Colin Marwood", date="2009-03-02T09:51:00Z")
tracked_insert(c.paragraphs[0], "-", author="Colin Marwood", date="2009-03-02T09:51:00Z")
cm = ot.cell(11, 2).paragraphs[0].runs[0]
doc.add_comment(cm, text="Child development - can Herd Day 3 pick this up next year?", author="Helen Tranter",
                initials="HT")

# 9 -------------------------------------------------------------------------------------------------------------
title("9. STOCKPERSONS AND ATTENDING VETS")
prompt("Name the people who care for the herd and the training they have had.")
p = para(doc, "Ruth Askey ", bold=True)
run(p, "(Course Leader) was SENCO of a large primary school for nine years and then a county SEN adviser for four "
       "years. She holds an MA in Special and Inclusive Education and the OCR Level 7 certificate in specific "
       "learning difficulties, and has led the Trust's SEN work since 2005.")
p = para(doc, "Dr Colin Marwood ", bold=True)
run(p, "is Senior Lecturer in Inclusive Education at the University of Wenmouth, a former secondary SENCO and the "
       "University's link tutor for the course. His doctorate was on the deployment of teaching assistants.")
p = para(doc, "Helen Tranter ", bold=True)
run(p, "is a specialist teacher for autism and communication and a member of the county's Autism Outreach Team, "
       "seconded to the Trust for two days a month. She holds the Birmingham Autism (Children) certificate.")
fp = para(doc, "All three keep their knowledge current through the University's research seminars, NASEN "
               "membership and the county SENCO network; each attends at least one national SEN conference a year.")
fn.add(fp, "For 2009-10 the three Attending Vets attend the nasen Special Needs conference and the University's "
           "Inclusion Research Group seminars.")
body("Stockpersons are experienced SENCOs in Hartledale schools, each with at least five years in the role. They "
     "are chosen by the Course Leader with the county SEN team, and each mentors one or two Members. Every "
     "Stockperson attends a half-day Stockperson Briefing in September and a moderation afternoon in July, and "
     "works from the Stockperson's Handbook, which sets out what a Stockperson does at each half-termly visit, how "
     "to grade the Walk-round with the Attending Vet, and when to tell the Course Leader of a concern. Attending "
     "Vets new to the course are inducted by the Course Leader and second-mark with her for their first Herd.")
body("Specialist colleagues from the county's educational psychology service, the speech and language therapy "
     "service and the sensory support service teach on Herd Days 3 and 5 and answer Members' questions on the "
     "Online Pen's notice board. Members may, if they wish, arrange a visit to a special school or a resourced unit; "
     "the Trust does not arrange these. The county Inclusion Service arranges week-long placements in special "
     "schools for SENCOs on its own LA induction course.")

# 10 ------------------------------------------------------------------------------------------------------------
title("10. FEED, HOUSING AND EQUIPMENT")
prompt("Describe housing, ventilation, feed and water supply.")
body("The Farm Classroom has a teaching room for 30, two breakout rooms and a resource room holding the Trust's SEN "
     "collection of some 600 books, assessment kits and intervention programmes, which Members may borrow. Members "
     "have full use of the University of Wenmouth library and its e-journals through their student accounts. The "
     "resource room has six networked computers with text-to-speech and mind-mapping software, a document camera "
     "and a set of communication aids lent by the county's communication aids service, which are used on Herd "
     "Days 3 and 4.")

# 11 ------------------------------------------------------------------------------------------------------------
title("11. HERD RECORDS AND ANNUAL REVIEW")
prompt("Record how the plan will be reviewed with the vet and what records will be used.")
rp = para(doc, "Before designing the course the Trust surveyed the 186 schools in Hartledale in autumn 2008; 64 "
               "replied. Heads asked for a course near home, on days that did not fall in assessment weeks, and "
               "with a strong school-based part, and SENCOs asked most for help with provision mapping, data and "
               "leading teaching assistants. The course reflects those answers: it is held at the showground in the "
               "middle of the county, the Herd Days avoid the county's assessment weeks, Herd Day 4 is given to "
               "provision mapping and data, and the Herd Improvement Project is carried out in the Member's own "
               "school.")
fn.add(rp, "Hartledale Show Trust, SENCO Training Needs Survey (December 2008), summary available to the panel.")
body("The county's headteachers' steering group saw the first outline in January 2009 and asked for the Walk-round "
     "to be held in the Member's own school rather than at the showground; we changed it. The parent partnership "
     "service asked for working with parents to be assessed, and it is now part of T2.")
body("The course draws on recent evidence, including the Ofsted report Inclusion: does it matter where pupils are "
     "taught? (2006), the Bercow Report (2008) and the House of Commons Education and Skills Committee report on "
     "SEN (2006), and on the Every Child Matters outcomes and the 2008 SENCO regulations; the readings for each Herd "
     "Day are revised every summer.")
p = para(doc, "Evaluation. ", bold=True)
run(p, "Members complete an evaluation sheet after each Herd Day and a longer evaluation at the end of the year. "
       "The Attending Vets meet after every Herd Day to review the sheets, and the July review meeting looks at the "
       "evaluations, the Health Test results, the moderation report and the Consulting Vet's report. The "
       "Consulting Vet, appointed by the University, reports each year on standards and on the course, and the "
       "University's annual monitoring report records what is changed as a result. Changes agreed at the July "
       "meeting are written into the next year's plan.")
ep = para(doc, "We hope that headteachers and the parent partnership service will also be asked for their views "
               "as part of the evaluation in future years.")
doc.add_comment(ep.runs[0], text="Should the parent partnership sit on the July review?", author="Colin Marwood",
                initials="CM")
body("Each Member rates their confidence against the course outcomes at the Pre-movement Check and again before the "
     "Walk-round, and the Course Leader compares the two ratings for the whole Herd in the July review. We expect "
     "that pupils in Members' schools will make better progress as a result.")

# 12 ------------------------------------------------------------------------------------------------------------
title("12. MOVING ON")
prompt("Record arrangements for animals leaving the herd (sales, culls, movement records).")
mp = para(doc, "Members who complete the course receive the University's certificate and the National Award. Their "
               "further professional targets are for the headteacher to set through the school's performance "
               "management; the Trust does not take part.")
doc.add_comment(mp.runs[0], text="Could we offer an onward-targets session at the Walk-round?", author="Ruth Askey",
                initials="RA")

# 13 ------------------------------------------------------------------------------------------------------------
title("13. SIGNATURES")
prompt("The plan must be signed by the farmer and the vet.")
sig = table(doc, [
    ["", "Name", "Signature", "Date"],
    ["Course Leader (Trust)", "", "", ""],
    ["Link tutor (University)", "", "", ""],
    ["Consulting Vet", "", "", ""],
], widths=[5, 4, 5, 3], header_fill="EDEDED")

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(out)
print(out, "words ~", word_count(doc))
