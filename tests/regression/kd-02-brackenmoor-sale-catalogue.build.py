"""kd-02-brackenmoor-sale-catalogue: build script.

Provider (invented): the Brackenmoor and District Agricultural Society Education Trust, the charity of a county
agricultural show society, which runs schools' days and a year-round education programme on the Brackenmoor
Showfield, working with the University of Kirkbridge (validation). Application for the 2008-09 National Award for SEN
Coordination, first group 2009-10.

Kind of document: the course written as the Society's printed pedigree SALE CATALOGUE, in the style its
auctioneers use for the autumn show and sale: a cover, a text box of "Auctioneers' Announcements" (corrections since
printing), numbered "Conditions of Sale", an "Order of Sale" table of Ring Days, then 23 catalogued Lots in lot
order, each with Vendor, Shown, Graded and Notes lines, and a closing "Sale Summary" table of outcomes. House
vocabulary: participants are "Buyers"; study days are "Ring Days"; each unit or session is a "Lot"; tutors are
"Auctioneers"; school-based mentors are "Drovers"; marked assessments are "Inspections" A-D (D "the Parade");
unmarked group discussion is "Pen Viewing"; the external examiner is the "Breed Society Inspector"; the
pre-course needs assessment is the "Pre-sale Appraisal".

Layout: Times New Roman, no heading styles; centred bold capital cover lines; bold "LOT n" paragraphs; run-in bold
field labels ("Vendor:", "Shown:", "Graded:"); numbered Conditions typed by hand ("1.", "2."); an Order of Sale table
with vertically merged Ring Day cells (vMerge) and a merged title row; a shaded note to the panel; the
Announcements in a text box (wps with VML fallback) at the front; the outcome table "Sale Summary" ("Shown in |
Graded at") with values "Shown only" and "Not forward" defined in Condition 4 in quotation marks; a header and
footer; tracked changes; two Word comments.

Traps (requirement ids):
- E.2 partially_met: "60 credits at Level 7" became Level 6 by a tracked change (deleted "Level 7", inserted
  "Level 6"); only Inspections C and D can be taken at Level 7, for 30 Master's credits.
- 1.3 partially_met: only general words ("reflects the latest thinking"), no research or inspection evidence named.
- 1.8 partially_met: the Home Farm Project is conditional on the head agreeing; otherwise a desk study.
- 1.9 partially_met: "Shown only", "Not forward" and a withdrawn Lot in the Sale Summary.
- 2.1 partially_met: prior certificated study is credited, but "We do not give credit for experience".
- 2.3 not_met: Lot 23 "Direct Inspection" is another society's assessment-only route, "catalogued for information";
  Condition 8 requires every Buyer to attend the Ring Days.
- 3.1 partially_met: only general welcome and a ramp; no arrangement for adjustments.
- 3.2 partially_met: one intake, fixed order; only Lots 8 and 9 may be taken on either of two days.
- 3.3 not_applicable: "No part of the course is taught online".
- 4.1 and 4.2 partially_met: heads were talked to in the Show tent and "some of their suggestions were taken up",
  with no findings and no account of what changed.
- 4.3 met: the Buyers' Panel (heads, parent partnership, LA officer, former Buyers) reviews evaluation each July.
- 5.3 not_met: CRB checks are on Auctioneers and Drovers (the right words about the wrong people); Buyers' checks
  are "a matter for their employing school, and the Trust does not ask to see them"; a comment asking whether to ask
  is not part of the submission.
- 5.6 partially_met: general reference to the Society's library; nothing on ICT or specialist technology.
- 5.7 partially_met: Auctioneers are briefed and have a handbook; Drovers "receive a copy of this catalogue" only.
- 6.0 partially_met: award for Pass at all four Inspections, which do not grade every outcome.
- 6.A1, 6.S2b, 6.S6, 6.S8 partially_met: "Shown only" rows.
- 6.K3 partially_met: graded at Inspection B but shown in no Lot ("-" in the Shown in column).
- 6.A7 not_met: its row still names Lot 22, but the Announcements box withdraws Lot 22 from the sale.
- 6.S2d not_met: "Not forward".
"""
from pathlib import Path
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from _kd_helpers import (new_doc, para, run, table, cell_text, shade_cell, shade_para, tracked_insert,
                         tracked_delete, text_box, header_footer, word_count)

HERE = Path(__file__).resolve().parent
NAME = "kd-02-brackenmoor-sale-catalogue"

doc = new_doc("Times New Roman", 10.5)
header_footer(doc, "BRACKENMOOR SHOWFIELD  \u2022  CATALOGUE OF THE SENCO AWARD SALE 2009-10",
              "Buyers are deemed to have read the Conditions of Sale. Printed for the Education Trust by Dalesman "
              "Print, Brackenmoor.")


def c(text, size=11, bold=True):
    return para(doc, text, bold=bold, size=size, align="center", space_after=2)


def body(text):
    return para(doc, text)


def lot(no, title, vendor, shown, graded, notes):
    p = para(doc, f"LOT {no}", bold=True, size=13)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(0)
    para(doc, title, bold=True, size=11, space_after=2)
    for label, val in (("Vendor: ", vendor), ("Shown: ", shown), ("Graded: ", graded)):
        q = para(doc, "", space_after=0)
        run(q, label, bold=True)
        run(q, val)
    for n in notes:
        para(doc, n)


c("BRACKENMOOR AND DISTRICT AGRICULTURAL SOCIETY", 12)
c("EDUCATION TRUST", 12)
c("CATALOGUE", 22)
c("of the", 11, bold=False)
c("SENCO AWARD SALE 2009-10", 16)
c("comprising TWENTY-THREE LOTS", 11)
c("to be offered on EIGHT RING DAYS in the Sale Ring, Brackenmoor Showfield", 11, bold=False)
c("leading to the National Award for SEN Coordination", 11, bold=False)
c("in partnership with the University of Kirkbridge", 11, bold=False)
c("Auctioneers: Mary Dacre (Course Leader), Dr Peter Lund, Anwen Hollis", 10, bold=False)

note = para(doc, "To the approval panel. ", bold=True)
run(note, "The Trust prints a catalogue for every sale the Society holds, and our course team has written the course "
          "the same way, because that is the form our schools already know from the Showfield. Each Lot is a part of "
          "the course. The Buyers are the SENCOs who take it. The Conditions of Sale are the course rules.")
shade_para(note, "FFF2CC")

text_box(doc, [
    ("AUCTIONEERS' ANNOUNCEMENTS", True),
    ("Since this catalogue went to print:", False),
    ("Lot 22 (Keeping up to Date) is WITHDRAWN from this year's sale: it will not be shown on any Ring Day or graded at any Inspection.", False),
    ("Lot 9 will be shown before Lot 8 on Ring Day 3.", False),
    ("Ring Day 6 moves from 11 March to 18 March 2010.", False),
], width_cm=16, height_cm=3.6, fill="FFFFFF")

# CONDITIONS ---------------------------------------------------------------------------------------------------
para(doc, "CONDITIONS OF SALE", bold=True, size=13, align="center")
conds = [
    "The sale is conducted by the Brackenmoor and District Agricultural Society Education Trust (\"the Trust\"). "
    "The course is validated by the University of Kirkbridge, which awards the credit and the certificate under its "
    "Continuing Professional Development framework.",
    None,  # condition 2, built with a tracked change below
    "The course aims to raise the achievement of children and young people with SEN and disabilities and to improve "
    "their well-being in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, "
    "making a positive contribution and achieving economic well-being. Every Lot is planned to that end and the "
    "Inspections look for it.",
    "In the Sale Summary, \"Shown only\" means the outcome is shown in the Lot named but is not graded at any "
    "Inspection, and \"Not forward\" means the outcome is not offered at this sale.",
    "Buyers must hold Qualified Teacher Status and be working as SENCO in a school in Brackenmoor or a neighbouring "
    "authority. Each Buyer's headteacher signs the entry form to confirm the role and the release for all eight Ring "
    "Days.",
    "Before a place is confirmed, an Auctioneer interviews every applicant and reads a short written piece on a "
    "pupil the applicant teaches. An applicant whose knowledge of SEN practice or whose writing will not carry them "
    "to the outcomes by the end of the year is offered the Trust's Introduction to SEN evening course first.",
    "Pre-sale Appraisal. Before Ring Day 1 each Buyer scores themselves against every outcome in the Sale Summary, "
    "with comments from their headteacher. At a Pre-sale meeting the Buyer and their Auctioneer use the scores to "
    "write the Buyer's Sale Plan: the outcomes the Buyer most needs, the reading they will do first and the Buyer's own "
    "targets for the year. The Sale Plan is reviewed at each Auctioneer tutorial (November, February and May).",
    "Every Buyer attends the Ring Days. No Buyer is graded at an Inspection without having been shown the Lots on "
    "which it draws.",
    "Buyers who have passed university modules in SEN in the last five years may ask the University to count them "
    "towards the Award, up to 20 credits. We do not give credit for experience.",
    "The fee is \u00a31,200 a Buyer, which covers the eight Ring Days, all four Inspections, the Drover's visits and "
    "the Buyer's library card. Schools in Brackenmoor may use the authority's SENCO training grant. Because the Trust "
    "owns the Sale Ring and the classrooms on the Showfield, the fee is some \u00a3400 below the fees of comparable "
    "courses in the region.",
    "The Society welcomes disabled Buyers and the Sale Ring is reached by a ramp.",
    "There is one sale a year, beginning in September. Lots are shown in catalogue order, except that Lots 8 and 9 may "
    "be taken on either Ring Day 3 or the repeat of Ring Day 3 held on the Saturday following. The course is "
    "part-time. No part of the course is taught online.",
    "All Auctioneers and Drovers hold enhanced CRB disclosures, which the Trust renews every three years. Buyers' CRB "
    "disclosures are a matter for their employing school, and the Trust does not ask to see them.",
    "Inspections A, B and C are marked by the Buyer's Auctioneer and second marked by another Auctioneer. The "
    "Auctioneers meet after each Inspection to moderate a sample across the group, and the Breed Society Inspector "
    "(the external examiner appointed by the University) sees a sample of every Inspection and all fails before the "
    "University's examination board. The Parade (Inspection D) is graded by two Auctioneers together.",
    "A Buyer who is graded Pass or better at all four Inspections receives the University's certificate and the "
    "National Award. One resubmission of each Inspection is allowed.",
    "The Auctioneers' decision on any matter of grading is subject only to the University's academic appeals "
    "procedure.",
]
for i, text in enumerate(conds, start=1):
    p = para(doc, "", space_after=3)
    run(p, f"{i}.  ", bold=True)
    if text is None:
        run(p, "The Award Certificate carries 60 credits at ")
        tracked_delete(p, "Level 7", author="Mary Dacre", date="2009-04-20T11:05:00Z")
        tracked_insert(p, "Level 6", author="Mary Dacre", date="2009-04-20T11:05:00Z")
        run(p, " of the University's framework. Buyers who wish may submit Inspections C and D at Level 7 for 30 "
               "credits at Master's level.")
    else:
        run(p, text)
        if i == 13:
            doc.add_comment(p.runs[-1], text="Should we ask Buyers for the disclosure number?", author="Peter Lund",
                            initials="PL")

# ORDER OF SALE ------------------------------------------------------------------------------------------------
para(doc)
para(doc, "ORDER OF SALE", bold=True, size=13, align="center")
rows = [
    ["ORDER OF SALE 2009-10", None, None],
    ["Ring Day", "Date", "Lots shown"],
    ["Ring Day 1", "Thursday 24 September 2009", "Lot 1, Lot 2, Lot 3"],
    ["Ring Day 2", "Thursday 22 October 2009", "Lot 4, Lot 5, Lot 6"],
    ["Ring Day 3", "Thursday 19 November 2009", "Lot 7, Lot 8, Lot 9"],
    [None, "Saturday 21 November 2009 (repeat)", "Lot 8, Lot 9"],
    ["Ring Day 4", "Thursday 14 January 2010", "Lot 10, Lot 11, Lot 12"],
    ["Ring Day 5", "Thursday 11 February 2010", "Lot 13, Lot 14, Lot 15"],
    ["Ring Day 6", "Thursday 11 March 2010", "Lot 16, Lot 17, Lot 18"],
    ["Ring Day 7", "Thursday 13 May 2010", "Lot 19 (placement days arranged separately), Lot 20"],
    ["Ring Day 8", "Thursday 17 June 2010", "Lot 21, Lot 22"],
]
t = table(doc, rows, widths=[3, 6, 8], header_fill="D9D9D9")
title_cell = t.cell(0, 0).merge(t.cell(0, 2))
for extra in title_cell.paragraphs[1:]:
    extra._p.getparent().remove(extra._p)
cell_text(title_cell, "ORDER OF SALE 2009-10", bold=True, shade="D9D9D9")
for j in range(3):
    cell_text(t.cell(1, j), rows[1][j], bold=True)
m = t.cell(4, 0).merge(t.cell(5, 0))
for extra in m.paragraphs[1:]:
    extra._p.getparent().remove(extra._p)
cell_text(m, "Ring Day 3")
para(doc)
body("Ring Days run from 9.30 to 3.30 in the Education Pavilion. Each ends with Pen Viewing: the Buyers show one "
     "another the work they have done in their schools since the last Ring Day, in groups of four with an Auctioneer, "
     "and receive spoken feedback. Pen Viewing is not graded.")

para(doc, "NOTES FOR BUYERS ON RING DAYS", bold=True, size=13, align="center")
body("Buyers should park in the Members' car park by the Pavilion gate; the showfield gates open at 8.45. Coffee is "
     "served in the Pavilion from 9.00 and lunch is provided. Buyers bring to each Ring Day the work set at the "
     "previous one, their Sale Plan and any questions for their Auctioneer, who is available for a short individual "
     "conversation at lunch on every Ring Day.")
body("The Trust has welcomed schools to the Showfield since 1994. Its schools' days bring some 7,000 pupils a year to "
     "see livestock, machinery and food production, and its staff have worked with special schools and resourced "
     "bases on adapted visits for many of those years. The Trust's Education Committee, which includes two "
     "headteachers and a governor of a special school, agreed in 2008 that the Trust should put that experience to "
     "wider use, and the course is the result.")
body("Each Buyer's Drover visits the Buyer's school once a half term, usually for an hour after school, to talk "
     "through the Buyer's work since the last Ring Day and to help with the school-based parts of the Lots. Buyers "
     "keep a short note of each visit with their Pen Viewing work.")

# LOTS ---------------------------------------------------------------------------------------------------------
para(doc, "THE LOTS", bold=True, size=13, align="center")
lot(1, "THE SENCO'S YEAR", "The Trust (Mary Dacre)", "Ring Day 1", "Inspection A", [
    "The SENCO's role under the 2008 regulations and how a SENCO plans the year: setting priorities, managing time, "
    "and what to delegate and to whom. Buyers bring their school's SEN calendar."])
lot(2, "THE CODE AND THE LAW", "University of Kirkbridge (Dr Peter Lund)", "Ring Day 1", "Inspection A", [
    "Part 4 of the Education Act 1996, the SEN Code of Practice 2001 and how a school puts them into practice, the "
    "2008 SENCO regulations, and current government policy including Removing Barriers to Achievement and the "
    "Inclusion Development Programme."])
lot(3, "EVERY CHILD MATTERS", "The Trust (Anwen Hollis)", "Ring Day 1", "Inspection B", [
    "The five outcomes and the SENCO's part in them, with the county's Children's Trust arrangements."])
lot(4, "KNOWING THE BREEDS", "The Trust (Anwen Hollis) with the county Learning Support Service",
    "Ring Day 2", "Inspection B", [
    "The common types of SEN and disability (behavioural, emotional and social difficulties; specific learning "
    "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
    "moderate learning difficulties) and how each affects learning."])
lot(5, "HOW CHILDREN GROW", "University of Kirkbridge (Dr Peter Lund)", "Ring Day 2", "Inspection B", [
    "How children develop, and how SEN, disability and the child's surroundings at home and school shape that "
    "development."])
lot(6, "PUPILS AND FAMILIES", "The Trust (Mary Dacre) with the Parent Partnership Service", "Ring Day 2",
    "Pen Viewing", [
    "Building fair and respectful relationships with pupils and their parents and carers, and working with parents "
    "as partners: meetings, reviews and home-school diaries. The Parent Partnership Service's officer leads the "
    "afternoon, and Buyers practise difficult conversations in pairs."])
lot(7, "IDENTIFICATION AND TARGETS", "The Trust (Mary Dacre)", "Ring Day 3", "Inspection B", [
    "Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing "
    "progress."])
lot(8, "DATA AND TRACKING", "University of Kirkbridge (Dr Peter Lund)", "Ring Day 3 or its Saturday repeat",
    "Pen Viewing", [
    "Using national test results, teacher assessment and P scales to track pupils' progress and adjust "
    "programmes."])
lot(9, "TEACHING APPROACHES AND ICT", "The Trust (Anwen Hollis)", "Ring Day 3 or its Saturday repeat",
    "Inspections B and C", [
    "Approaches, strategies and resources for assessment, planning and teaching, including ICT, and how the SENCO "
    "helps other teachers develop formative assessment that works for pupils with SEN."])
lot(10, "PROVISION MAPPING", "The Trust (Mary Dacre)", "Ring Day 4", "Inspection A", [
    "Provision maps and provision management; finding provision that is missing or not working, and making sound "
    "decisions about what to change."])
lot(11, "LEADING TEACHING ASSISTANTS", "The Trust (Anwen Hollis)", "Ring Day 4", "Inspection C", [
    "Deploying and managing teaching assistants and other support staff."])
lot(12, "WORKING WITH COLLEAGUES", "University of Kirkbridge (Dr Peter Lund)", "Ring Day 4", "Inspection C", [
    "Gaining the commitment of the head, senior leaders and colleagues; advising and supporting colleagues in school "
    "and in other schools; observing, coaching and training colleagues."])
lot(13, "OTHER PROFESSIONALS", "County Educational Psychology Service", "Ring Day 5", "Inspection B", [
    "The work of the educational psychologist, speech and language therapist, health and social care and voluntary "
    "organisations; how to get their support, work in partnership with them and use their assessments in teaching."])
lot(14, "PUPIL CONVERSATIONS", "The Trust (Anwen Hollis)", "Ring Day 5", "Inspection B", [
    "Consulting children and young people about what affects them, and making sure pupils take part in planning, "
    "agreeing and reviewing their own provision. Buyers use the Trust's talking mats and photo-planning kits and "
    "record one pupil conversation for the case study."])
lot(15, "SPEAKING AND WRITING", "The Trust (Mary Dacre)", "Ring Day 5", "Inspection D", [
    "Writing clear reports and advice for colleagues and parents; presenting to staff; listening to and "
    "understanding the views of others."])
lot(16, "RESEARCH AND PRACTICE", "University of Kirkbridge (Dr Peter Lund)", "Ring Day 6", "Inspection C", [
    "Best practice and research findings in meeting SEN, and drawing on research and outside advice to improve one's "
    "own practice and that of colleagues. The Lot reflects the latest thinking in the field."])
lot(17, "STRATEGY WITH HEADS AND GOVERNORS", "The Trust (Mary Dacre)", "Ring Day 6", "Inspection C", [
    "Working with senior colleagues and governors to shape an inclusive ethos, SEN policy, priorities and the "
    "deployment of resources."])
lot(18, "SCHOOL SELF-EVALUATION", "University of Kirkbridge (Dr Peter Lund)", "Ring Day 6", "Inspection D", [
    "The principles of school self-evaluation and improvement for SEN, and reviewing with colleagues how well "
    "provision works so that the review feeds the school's self-evaluation."])
lot(19, "PLACEMENT DAYS", "The Trust with Brackenmoor special schools", "Two days between Ring Days 6 and 7",
    "Inspection C", [
    "Every Buyer spends two days in a contrasting setting, arranged by the Trust: a special school, the pupil "
    "referral unit or a resourced base. The Trust's Placement Officer matches Buyers to settings and briefs the host. "
    "The specialist teachers of the county's sensory, autism and learning support services also teach on Ring Days "
    "2, 5 and 7 and take Buyers' questions by telephone."])
lot(20, "HOME FARM PROJECT", "The Trust (Mary Dacre)", "Ring Day 7 and the summer term", "Inspection C", [
    "Where the Buyer's headteacher agrees, the Buyer leads a change in SEN practice in their own school and reports "
    "its effect on colleagues and pupils. Where the headteacher does not agree, the Buyer writes a desk study of a "
    "change they would make."])
lot(21, "AFTER-SALE REVIEW", "The Trust (Buyer's own Auctioneer)", "Ring Day 8", "Not graded", [
    "Each Buyer meets their Auctioneer to look back at the Sale Plan and agree their next professional targets: "
    "further study, the SENCO network and a target to take into the school's performance management. The targets are "
    "written on the Buyer's After-sale Card, and a copy goes to the headteacher."])
lot(22, "KEEPING UP TO DATE", "The Trust (Anwen Hollis)", "Ring Day 8", "Inspection D", [
    "Keeping up to date with SEN and disability and taking responsibility for one's own professional development."])
lot(23, "DIRECT INSPECTION (ENTERED BY THE UPPER SWALEMOOR AGRICULTURAL SOCIETY)", "Upper Swalemoor Show Society",
    "Not shown", "Upper Swalemoor's own Inspection", [
    "The neighbouring Upper Swalemoor Society's course lets very experienced SENCOs present for inspection without "
    "attending its days. This lot is catalogued for information; it is not part of the Trust's course."])

# INSPECTIONS --------------------------------------------------------------------------------------------------
para(doc, "THE INSPECTIONS", bold=True, size=13, align="center")
table(doc, [
    ["Inspection", "What the Buyer presents", "When"],
    ["A  The Ring Card", "A review of the school's SEN policy and provision map, 2,500 words", "January"],
    ["B  The Case Study", "One pupil followed for a term: identification, assessments by other professionals, "
     "targets, the pupil's own views and the family's part; the criteria include the school's duties under "
     "disability equality law and how the Buyer's school meets them. 4,000 words", "March"],
    ["C  The Home Farm Project report", "The project (or desk study) of Lot 20, with a placement log, 5,000 words",
     "June"],
    ["D  The Parade", "A 15-minute presentation to two Auctioneers and the Buyer's Drover, followed by a "
     "professional discussion", "July"],
], widths=[4, 10.5, 2.5], header_fill="D9D9D9")

# PEOPLE, RESOURCES, REVIEW ------------------------------------------------------------------------------------
para(doc)
para(doc, "AUCTIONEERS AND DROVERS", bold=True, size=13, align="center")
body("Mary Dacre, Course Leader, was a secondary SENCO for eleven years and holds an MEd in Inclusive Education and "
     "the National SENCO Award's predecessor certificate. Dr Peter Lund is Principal Lecturer in SEN at the University "
     "of Kirkbridge and a former educational psychologist. Anwen Hollis is an advisory teacher for SpLD and holds the "
     "AMBDA qualification. All three sit on the county's SEN development group and keep up their specialist knowledge "
     "through it and through the University's research group.")
body("Auctioneers new to the Trust attend an Auctioneers' Meeting in August, where the Course Leader goes through the "
     "Auctioneers' Handbook, the grading criteria and the second-marking rota. Drovers are experienced SENCOs in "
     "Brackenmoor schools who each walk alongside one or two Buyers during the year. Drovers receive a copy of this "
     "catalogue.")

para(doc, "THE SALE RING AND PENS", bold=True, size=13, align="center")
body("The Education Pavilion holds a teaching room for 40 and four small rooms for Pen Viewing. The Society's library "
     "has books on SEN, and Buyers may borrow them.")

para(doc, "SHOW COMMITTEE AND BUYERS' PANEL", bold=True, size=13, align="center")
body("The course was first talked about with heads who visited the Trust's tent at the 2008 Brackenmoor Show, and some "
     "of their suggestions were taken up.")
body("A Buyers' Panel meets every July: two headteachers, the Parent Partnership Service's officer, the authority's "
     "SEN officer and two Buyers from the year before. The Panel reads the Buyers' evaluations, the Inspection results "
     "and the Breed Society Inspector's report, interviews the Drovers, and recommends changes to the Trust's Education "
     "Committee, which decides them and records what it changed in the next catalogue.")
body("The Trust evaluates the course in several ways. Buyers complete an evaluation after each Ring Day and at the end "
     "of the year; the Auctioneers review these after each Ring Day; the Breed Society Inspector reports on standards "
     "each year; and the University's annual monitoring review looks at results, progression and the Inspector's "
     "report. Each Buyer scores their confidence and competence against the outcomes at the Pre-sale Appraisal and "
     "again before the Parade. The Trust also collates the progress of the case study pupils from Inspection B, in "
     "reading and spelling ages, P scales or National Curriculum levels, attendance and the number of fixed-term "
     "exclusions, from the start of the case study to the end of the summer term, and reports it to the Buyers' Panel "
     "with the confidence scores.")

# SALE SUMMARY -------------------------------------------------------------------------------------------------
para(doc, "SALE SUMMARY: OUTCOMES BY LOT", bold=True, size=13, align="center")
body("The outcomes below are those every Buyer must reach. Read the Shown in and Graded at columns with Condition 4.")
summary = [
    ["Outcome", "Shown in", "Graded at"],
    ["Fair, respectful and constructive relationships with pupils and their parents and carers", "Lot 6", "Shown only"],
    ["Gaining the commitment of colleagues, the head and senior leaders", "Lot 12", "Inspection C"],
    ["Prioritising, managing time and delegating", "Lot 1", "Inspection A"],
    ["Anticipating and solving problems; sound decisions on provision", "Lot 10", "Inspection A"],
    ["Speaking and writing clearly; listening to others", "Lot 15", "Inspection D"],
    ["Drawing on research and outside advice to improve practice", "Lot 16", "Inspection C"],
    ["Keeping up to date; responsibility for own professional development", "Lot 22", "Inspection D"],
    ["SEN law and the Code of Practice and their implications", "Lot 2", "Inspection A"],
    ["Every Child Matters and the SENCO's part", "Lot 3", "Inspection B"],
    ["Disability equality law and the actions it requires", "-", "Inspection B"],
    ["How children develop and how SEN and surroundings affect it", "Lot 5", "Inspection B"],
    ["The common types of SEN and disability and their effect on learning", "Lot 4", "Inspection B"],
    ["Approaches to assessment, planning and teaching, including ICT", "Lot 9", "Inspection B"],
    ["Principles of school self-evaluation and improvement", "Lot 18", "Inspection D"],
    ["Best practice and research in meeting SEN", "Lot 16", "Inspection C"],
    ["The role of outside agencies and getting specialist support", "Lot 13", "Inspection B"],
    ["Shaping an inclusive ethos and policy with senior leaders and governors", "Lot 17", "Inspection C"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Lot 7", "Inspection B"],
    ["Using other professionals' assessments in teaching", "Lot 13", "Inspection B"],
    ["Using summative assessments and national tests to track progress", "Lot 8", "Shown only"],
    ["Helping other teachers develop formative assessment for pupils with SEN", "Lot 9", "Inspection C"],
    ["Special arrangements for national tests and examinations", "Not forward", "Not forward"],
    ["Provision mapping; finding missing or ineffective provision", "Lot 10", "Inspection A"],
    ["Deploying and managing staff", "Lot 11", "Inspection C"],
    ["Supporting colleagues' development: observation, coaching, training", "Lot 12", "Inspection C"],
    ["Reviewing provision with colleagues to inform self-evaluation", "Lot 18", "Shown only"],
    ["Involving pupils in planning and reviewing their provision", "Lot 14", "Inspection B"],
    ["Liaising with parents and carers", "Lot 6", "Shown only"],
    ["Partnership with other services and agencies, including voluntary organisations", "Lot 13", "Inspection B"],
]
st = table(doc, summary, widths=[11, 3, 3], header_fill="D9D9D9", size=9)
doc.add_comment(st.cell(7, 1).paragraphs[0].runs[0], text="Lot 22 withdrawn - update this row?", author="Anwen Hollis",
                initials="AH")

out = HERE / (NAME + ".docx")
doc.save(out)
print(out, "words ~", word_count(doc))
