"""nf-02-coldkeld-boundary-care-agreement: writes nf-02-coldkeld-boundary-care-agreement.docx next to itself.

Provider (invented): Coldkeld Dry Stone Walling Association's Boundaries Training scheme, which runs walling and
hedge-laying courses and administers the (invented) Brackendale National Park's Boundary Care Agreements with
farms for restoring walls and hedges. It applies (April 2009) to run the National Award for SEN Coordination,
validated by the (invented) University of Askerby as a 40-credit Master's-level module, with the (invented)
Thornsett County Council.

Document kind and layout: the Association's "Agreement Document" for a Boundary Care Agreement, in the form of an
agri-environment agreement, used for the course: every teacher on the course (the "Holder") signs one with the
Association for their school (the "Holding"). Study units are "Management Options" with codes (FT1 Footings, HR1-HR2
Hearting, BT1 Batter, GP1 Gapping, TH1-TH2 Throughs, HL1-HL2 Laying, CP1 Coping, PV1 Pupil Voice); the things each
Holder must do under an Option are "Prescriptions"; the three marked pieces are "Capital Items" CW1-CW3 (Gap Survey,
Length Rebuilt, Walk-round) that the Adviser "inspects" before they are "claimed"; tutors are "Advisers", school
mentors "Lengthsmen", study days "Field Days", online sessions "Gatherings", placements "Neighbouring Holdings", the
outcomes "Features" in Schedule 1. A cover table with merged cells and "[ ]" placeholders left in; a shaded,
bordered note to the panel; Part B definitions as a two-column table keying Schedule 1's "Status" column far below
("Claimed (CW1)", "Inspected only", "Option only", "Not in agreement"); an Options table with a withdrawn row; a
Capital Works Plan table; the Association's Undertakings as hand-numbered clauses G1-G14; Special Conditions SC1-SC6;
a payments table; Schedule 1 (the Feature Schedule) with merged group rows; Schedule 2 (the map) a placeholder;
a blank signature table; a header; a footer with a PAGE field; three footnotes; two Word comments; tracked changes by
the Lead Adviser (a deleted moderation clause, an inserted January start, a change inside a Feature Schedule cell).

Traps (requirement ids):
- Schedule 1 keyed in Part B far above: "Option only" (covered, not assessed: 6.S2c, 6.K8 partially_met);
  "Inspected only" (formative feedback, no claim: 6.A5 partially_met); "Not in agreement" (6.S5 withdrawn with Option
  HL2 in SC5; 6.S7 withdrawn with Option PV1 in SC4: not_met). 6.K2 (Every Child Matters) has no Feature and Part C
  says the Agreement "does not take in the wider Every Child Matters outcomes" (not_met).
- Tracked change in a cell: F7 (6.S6) "Claimed (CW3)" deleted, "Inspected only" inserted (partially_met); CW3's
  specification no longer mentions reviewing provision with staff.
- Comments (not part of the submission): one suggests F26 (6.A5) is really judged in the Walk-round (stays
  partially_met); one says Option CP1 was changed after the heads' meeting (4.2 stays partially_met).
- Deleted clause: G12 "Moderation" (a second Adviser and the external examiner sampling) exists only in a tracked
  deletion; what is left is second inspection of failed Items by the Lead Adviser (5.8 partially_met).
- Inserted text: the January start in G8 (3.2 met).
- Template left in: G11 "Equipment provided" lists walling hammers, batter frames and bill-hooks, the only resources
  named (right word, wrong thing: 5.6 not_met).
- Negation: SC4 withdraws pupil voice: "Holders do not consult pupils as part of this Agreement" (1.5 not_met);
  SC5 withdraws coaching and training colleagues, so advising and supporting colleagues is left to collaboration
  with services and other schools (1.6 partially_met).
- Aim stated for attainment only ("faster progress in reading, writing and mathematics, measured in National
  Curriculum levels and P scales"), with ECM left to the school (1.1 partially_met).
- Credits: "a 40-credit module at Master's level (Level 7)" (E.2 partially_met).
- Condition: APL "Subject to the University's agreement" (2.1 partially_met).
- Needs assessment only places Holders in a group; "The Options and Capital Items are the same for every Holder"
  (2.2 partially_met); tailoring is still done through in-school tutorials (2.4 met).
- Values without arrangements: "committed to equality of opportunity and complies with" the Acts, plus level access
  (3.1 partially_met).
- General stakeholder evidence: "heads and teachers have often told us" (4.1, 4.2 partially_met); the Steering
  Group's evaluation and the heads on Walk-round panels make 4.3 met.
- Evaluation gathered but not used: returns "kept on file for the University's annual monitoring", and the Options
  and Capital Items are "fixed for the five years" (5.1 partially_met).
- Award rule on three Capital Items only, plus a blanket claim that "a Holder who has claimed all three Capital
  Items has brought every Feature in Schedule 1 into good order" which Schedule 1 contradicts (6.0 partially_met;
  1.9 partially_met).
- Met despite appearances: CRB disclosures are seen and recorded by the Association (5.3); the "Capital Works only
  Agreement" is an assessment-only route (2.3); the Exit Review's "Next Five Years" plan (2.5; 6.A7 claimed in CW3);
  baseline and twelve-week measures on six target pupils (5.9); the Walk-round specification (6.K7 claimed in CW3).
- Footnotes carry supporting detail (levels framework, baseline measures, access arrangements); none is needed for
  a verdict.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nf_helpers import (new_doc, para, add_runs, shade_para, border_para, shade_cell, cell_text, cell_para, table,
                         repeat_header, add_ins, add_del, deleted_paragraph, inserted_paragraph, add_footnote, save,
                         header_footer, comment)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("nf-02-coldkeld-boundary-care-agreement.docx")
LA = "Helen Raistrick"
WHEN = "2009-04-02T15:40:00Z"
GREEN = "DDE6D0"
PALE = "EEF2E8"

doc = new_doc(font="Arial", size=10)
header_footer(doc,
              [("Coldkeld Dry Stone Walling Association", "b"), "  ·  Boundaries Training  ·  Agreement Document"],
              ["Agreement ref. CDSWA/BCA/SENCO/09  ·  Version 3, April 2009  ·  Page "])

# ------------------------------------------------------------------ cover table
t = table(doc, 11, 4, widths_cm=[4.0, 4.4, 3.6, 4.6])
m = t.cell(0, 0).merge(t.cell(0, 3))
cell_text(m, [("AGREEMENT DOCUMENT", "bX")], fill=GREEN, align="c")
m = t.cell(1, 0).merge(t.cell(1, 3))
cell_text(m, [("Boundary Care Agreement: National Award for SEN Coordination", "bL")], align="c")
cover = [
    ("Agreement reference", "CDSWA/BCA/SENCO/09", "Version", "3 (April 2009)"),
    ("Agreement holder (the Holder)", "[Name of teacher]", "Holding (school)", "[School name and DfE number]"),
    ("Head teacher", "[Name]", "Lengthsman", "[Name and post]"),
    ("Adviser", "[To be allocated at the Holding Record]", "Field Day group", "[A / B]"),
    ("Agreement start", "1 September 2009", "Agreement end", "31 July 2010"),
    ("Scheme approval sought", "2009–2014", "Accrediting university", "University of Askerby"),
    ("Local authority partner", "Thornsett County Council, Learning Support Service", "Issued by",
     "Boundaries Training, Coldkeld Hall, Coldkeld"),
]
for i, row in enumerate(cover, start=2):
    for c, v in enumerate(row):
        cell_text(t.cell(i, c), [(v, "b" if c in (0, 2) else "")], fill=PALE if c in (0, 2) else None, size=9)
m = t.cell(9, 0).merge(t.cell(9, 3))
cell_text(m, [("Schedules: ", "b"), "1 Feature Schedule  ·  2 Map of the Holding"], size=9)
m = t.cell(10, 0).merge(t.cell(10, 3))
cell_text(m, [("This Agreement is between the Association and the Holder. The Holder's head teacher countersigns "
               "it for the Holding.", "i")], size=9)
para(doc, "")

p = para(doc, [("Note for the approval panel. ", "b"),
               "For twenty years the Association has drawn up Boundary Care Agreements with farms in the Brackendale "
               "National Park: each sets out the boundaries to be restored, the management options and the capital "
               "works, and what will be inspected before payment is claimed. When our Boundaries Training scheme "
               "began its courses for teachers we used the same Agreement, and every teacher on our SENCO course "
               "signs one. We send the Agreement itself, with the Association's own undertakings in Part G, because "
               "it is how the course is run."], align="j")
shade_para(p, PALE)
border_para(p, ("top", "bottom", "left", "right"), 6)

# ------------------------------------------------------------------ Part A
para(doc, "Part A. About this Agreement", style="Heading 1")
para(doc, "A1. Under this Agreement the Holder takes the Management Options in Part D, carries out the Prescriptions "
          "in Part E and completes the Capital Items in Part F, and the Association provides what is set out in Part "
          "G. The Agreement runs for one Agreement Year.", align="j")
p = para(doc, "A2. The University of Askerby validates the Agreement as a 40-credit module at Master's level (Level 7), "
              "\"SEN Coordination: the National Award\", and the University confers the award (Part K).", align="j")
add_footnote(doc, p, "Level 7 of the Framework for Higher Education Qualifications in England, Wales and Northern "
                     "Ireland (2008).")
para(doc, "A3. Words in capitals have the meanings in Part B.", align="j")

# ------------------------------------------------------------------ Part B
para(doc, "Part B. Definitions", style="Heading 1")
defs = [
    ("Holder", "The teacher who signs the Agreement: a SENCO, or a teacher named by their head teacher to become "
               "the SENCO."),
    ("Holding", "The Holder's school."),
    ("Adviser", "One of the Association's tutors. Each Holder has one Adviser for the Agreement Year. The Lead "
                "Adviser leads the course."),
    ("Lengthsman", "A senior colleague in the Holding, named by the head teacher, who meets the Holder every "
                   "half-term and oversees the Capital Items in school."),
    ("Field Day", "A day of teaching at Coldkeld Hall, 9.30 to 4.00."),
    ("Gathering", "An online session of about ninety minutes in the evening, on the Coldkeld Field Room (Part G, G9)."),
    ("Option", "A unit of the course with its own code (Part D)."),
    ("Prescription", "What the Holder must do under an Option (Part E)."),
    ("Capital Item", "One of the three marked pieces of work, CW1, CW2 and CW3 (Part F)."),
    ("Inspection", "The Adviser's marking of a Capital Item against its Specification."),
    ("Claim", "A Capital Item that passes Inspection is Claimed. Only Claimed Items count towards the award."),
    ("Feature", "One of the things the Holder must bring into good order by the end of the Agreement, listed in "
                "Schedule 1."),
    ("Status (Schedule 1)", "\"Claimed (CW1)\", \"Claimed (CW2)\" or \"Claimed (CW3)\": the Feature is part of the "
                            "Specification of that Capital Item, the Adviser inspects it, and the Item cannot be "
                            "Claimed unless the Feature is shown. \"Inspected only\": the Adviser looks at the Feature "
                            "at a Field Day or tutorial and gives written feedback; it is not part of any Capital Item "
                            "and no claim is made on it. \"Option only\": the Feature is worked on under the Options "
                            "named; nothing is inspected. \"Not in agreement\": the Feature is outside this Agreement "
                            "(Part I)."),
    ("Neighbouring Holding", "A school or service where the Holder spends placement days (Part G, G10)."),
    ("Steering Group", "The group that oversees the course (Part H)."),
    ("Exit Review", "The Holder's last tutorial with the Adviser, in July (Part G, G14)."),
]
t = table(doc, len(defs) + 1, 2, widths_cm=[4.0, 12.6])
repeat_header(t.rows[0])
cell_text(t.cell(0, 0), [("Term", "b")], fill=GREEN, size=9)
cell_text(t.cell(0, 1), [("Meaning", "b")], fill=GREEN, size=9)
for i, (k, v) in enumerate(defs, start=1):
    cell_text(t.cell(i, 0), [(k, "b")], size=9)
    cell_text(t.cell(i, 1), v, size=9)
para(doc, "")

# ------------------------------------------------------------------ Part C
para(doc, "Part C. Aim of the Agreement", style="Heading 1")
para(doc, "C1. The aim of this Agreement is that pupils with special educational needs and disabilities in the "
          "Holder's school make faster progress in reading, writing and mathematics, measured in National Curriculum "
          "levels and P scales, because their SENCO leads provision for them better. Every Option and every Capital "
          "Item is chosen for what it adds to that progress.", align="j")
para(doc, "C2. The Agreement does not take in the wider Every Child Matters outcomes, which are for the Holder's "
          "school to pursue through its own plans.", align="j")

# ------------------------------------------------------------------ Part D
para(doc, "Part D. Management Options", style="Heading 1")
para(doc, "Each Option is offered both as Field Days and as a set of Gatherings (Part G, G8). Field Days run from "
          "September to June.", align="j")
opts = [
    ("FT1", "Footings: the law and guidance on SEN and disability", "2 Field Days", "Autumn"),
    ("HR1", "Hearting: how children develop, and the common kinds of need", "2 Field Days", "Autumn"),
    ("HR2", "Hearting: approaches, resources and research", "1 Field Day, 2 Gatherings", "Autumn"),
    ("BT1", "Batter: finding need, setting targets, assessment and tests", "2 Field Days", "Autumn / Spring"),
    ("GP1", "Gapping: provision maps and reviewing provision", "1 Field Day, 1 Gathering", "Spring"),
    ("TH1", "Throughs: outside services, voluntary bodies and other schools", "1 Field Day, 1 Gathering", "Spring"),
    ("TH2", "Throughs: parents and carers", "1 Field Day", "Spring"),
    ("HL1", "Laying: deploying staff and managing the SENCO's own work", "1 Field Day, 1 Gathering", "Summer"),
    ("HL2", "Laying: coaching, mentoring and training colleagues", "WITHDRAWN (Part I, SC5)", "—"),
    ("CP1", "Coping: leading with the head teacher, senior leaders and governors", "1 Field Day, 1 Gathering",
     "Summer"),
    ("PV1", "Pupil Voice", "WITHDRAWN (Part I, SC4)", "—"),
]
t = table(doc, len(opts) + 1, 4, widths_cm=[1.6, 8.4, 3.8, 2.8])
repeat_header(t.rows[0])
for i, h in enumerate(["Code", "Option", "Quantity", "When"]):
    cell_text(t.cell(0, i), [(h, "b")], fill=GREEN, size=9)
for r, row in enumerate(opts, start=1):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), [(v, "b" if c == 0 else "")], size=9)
    if "WITHDRAWN" in row[2]:
        for c in range(4):
            shade_cell(t.cell(r, c), "E0E0E0")
para(doc, "")

# ------------------------------------------------------------------ Part E
para(doc, "Part E. Prescriptions", style="Heading 1")
para(doc, "Under each Option the Holder must do what is set out below. The Adviser checks each Prescription at the "
          "next tutorial.", align="j")
presc = [
    ("FT1 Footings. ",
     "The Holder must study the law and guidance on SEN and disability and what each asks of the school, the SENCO "
     "and others: Part IV of the Education Act 1996, the SEN Code of Practice 2001, the Special Educational Needs "
     "and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 with the Disability Equality "
     "Duty and accessibility planning, and the Government's strategy Removing Barriers to Achievement (2004). The "
     "Holder must check the Holding's SEN policy and accessibility plan against them and bring the result to the "
     "second Field Day."),
    ("HR1 Hearting. ",
     "The Holder must study how children develop and how their development is affected by SEN and disability and by "
     "the physical and social setting for learning, and the common kinds of need: behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties, and how each affects learning."),
    ("HR2 Hearting. ",
     "The Holder must weigh up approaches, strategies and resources for assessment, planning, teaching and "
     "learning, including ICT, and decide which remove which barriers in the Holding. The Holder must read and "
     "discuss at a Gathering recent research and inspection evidence set by the Adviser, which for 2009–10 is the "
     "Ofsted report Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for "
     "children and young people with speech, language and communication needs (2008), the Inclusion Development "
     "Programme materials on dyslexia and on speech, language and communication needs (2008), and the evidence to "
     "the Lamb Inquiry on parental confidence in the SEN system."),
    ("BT1 Batter. ",
     "The Holder must learn how to identify pupils who may have SEN or disabilities through observation, data and "
     "assessment, set challenging targets, plan interventions and review progress; use assessments from "
     "educational psychologists, therapists and advisory teachers to shape teaching; use summative assessment, "
     "including the national tests, to track progress and change programmes; encourage colleagues to develop "
     "formative assessment with approaches for pupils with SEN; and identify in good time the special arrangements "
     "pupils need for national tests and examinations and put them in place with colleagues."),
    ("GP1 Gapping. ",
     "The Holder must map the Holding's provision, cost it and find what is missing or not working, and must review "
     "the provision with the staff who deliver it. The Holder must study the principles of school self-evaluation "
     "and improvement planning as they bear on pupils with SEN."),
    ("TH1 Throughs. ",
     "The Holder must learn what outside services do and how to get specialist support, by meeting the educational "
     "psychology, speech and language therapy, sensory support and CAMHS teams and two voluntary bodies at the Field "
     "Day, and must plan joint work with a SENCO from another school. The Holder must not approach a service on "
     "behalf of a pupil without the parents' consent."),
    ("TH2 Throughs. ",
     "The Holder must practise review meetings with parents in role, led by the Thornsett Parent Partnership Service "
     "and two parents of pupils with SEN, and must co-lead a review meeting with parents at the Holding and agree the "
     "next steps with them."),
    ("HL1 Laying. ",
     "The Holder must plan how teaching assistants are deployed and managed for pupils with SEN in the Holding, and "
     "must plan a half-term of their own SENCO work, showing what is delegated to whom and how it will be checked."),
    ("CP1 Coping. ",
     "The Holder must present to the Holding's senior leadership team and to the governor responsible for SEN on the "
     "school's inclusive ethos, policies, priorities and use of resources, and must plan how to win the head "
     "teacher's and senior colleagues' commitment to better outcomes for pupils with SEN. The Holder must draft "
     "their own plan for keeping up to date on SEN and disability."),
]
for lead, body in presc:
    p = para(doc, [(lead, "b"), body], align="j")
    if lead.startswith("BT1"):
        add_footnote(doc, p, "For the national tests, the Key Stage assessment and reporting arrangements; for "
                             "examinations, the JCQ regulations on access arrangements and reasonable adjustments.")

# ------------------------------------------------------------------ Part F
para(doc, "Part F. Capital Works Plan", style="Heading 1")
para(doc, "Each Capital Item is inspected by the Holder's Adviser against its Specification and the Features that "
          "Schedule 1 gives to it. An Item is Claimed only when every Feature given to it is shown.", align="j")
cw = [
    ("CW1", "Gap Survey",
     "The Holding's provision map and a 4,000-word report: the law and guidance, including the school's duties to "
     "disabled pupils; how the pupils' development and learning are affected by their needs and setting; the kinds "
     "of need in the school; how professionals' assessments have been used; the approaches and resources, including "
     "ICT, the map relies on; the school's access arrangements for national tests and examinations; and the gaps.",
     "14 December 2009"),
    ("CW2", "Length Rebuilt",
     "An intervention at the Holding for six target pupils, planned from the gaps in CW1, and a 5,000-word report. "
     "The Holder identifies the pupils, sets targets, plans the intervention with the teaching assistants who "
     "deliver it, deploys and manages them, and keeps a time plan showing what was delegated. The Holder takes "
     "baseline measures before the intervention and again after twelve weeks, and tracks progress with the "
     "school's summative data and national test results, changing the programme as needed. The Holder works with "
     "the pupils' parents throughout and with at least one outside service, uses research and outside advice, and "
     "shows how problems were foreseen and decisions made.",
     "21 May 2010"),
    ("CW3", "Walk-round",
     "The Holder walks the Adviser and a head teacher from the Steering Group round the Holding's provision for an "
     "hour, followed by thirty minutes' professional discussion: how the Holder has worked with the head teacher, "
     "senior leaders and governors on the school's inclusive ethos, policies, priorities and resources; how the "
     "Holder has won colleagues' commitment; how the school's self-evaluation and improvement planning take in "
     "pupils with SEN; and the Holder's own plan for keeping up to date.",
     "June 2010 (date agreed with the Holding)"),
]
t = table(doc, len(cw) + 1, 4, widths_cm=[1.4, 2.6, 9.6, 3.0])
repeat_header(t.rows[0])
for i, h in enumerate(["Item", "Name", "Specification", "Complete by"]):
    cell_text(t.cell(0, i), [(h, "b")], fill=GREEN, size=9)
for r, row in enumerate(cw, start=1):
    for c, v in enumerate(row):
        cp = cell_text(t.cell(r, c), [(v, "b" if c < 2 else "")], size=9)
        if row[0] == "CW2" and c == 2:
            add_footnote(doc, cp, "Baseline measures used by Holders include standardised reading and spelling ages, "
                                  "the Boxall Profile and attendance.")
para(doc, "")
p = para(doc, [("F1. ", "b")])
runs = add_runs(p, ["An Item that the Adviser does not Claim may be resubmitted once, within two months. A Holder who "
                    "has claimed all three Capital Items has brought every Feature in Schedule 1 into good order."])
comment(doc, runs, "Should F26 (speaking and writing) be Claimed? It is judged in the Walk-round really. – HR",
        "Helen Raistrick", "HR")

# ------------------------------------------------------------------ Part G
para(doc, "Part G. The Association's Undertakings", style="Heading 1")
para(doc, "The Association undertakes to the Holder as follows.", align="j")
G = [
    ("G1 Entry. ",
     "The Association accepts as a Holder only a teacher with QTS who is in post in a school, is the SENCO or is named "
     "by the head teacher to become the SENCO within a year, and has the head teacher's signed nomination. The Lead "
     "Adviser interviews every applicant by telephone against the Features. An applicant who is not yet ready is "
     "told in writing what to do first, the Lead Adviser speaks to the head teacher, and the applicant is offered a "
     "place the following year."),
    ("G2 Checks. ",
     "Before the Agreement starts, the Association sees the head teacher's written confirmation that the Holder "
     "holds a current enhanced CRB disclosure and has no outstanding disciplinary matter, and records the "
     "disclosure's number and date. A Holder who has not worked in a school in a post with regular contact with "
     "children in the last three months applies for a new enhanced disclosure through the Association's "
     "registered body, and does not start the Neighbouring Holding days until it is seen."),
    ("G3 Holding Record. ",
     "Before the first Field Day each Holder completes a Holding Record, rating themselves against each Feature in "
     "Schedule 1. The Adviser reads it and uses it to place the Holder in one of the two Field Day groups (A for "
     "newer SENCOs, B for more experienced ones). The Options and Capital Items are the same for every Holder."),
    ("G4 Tutorials. ",
     "Each Holder has three tutorials with the Adviser at the Holding, in October, February and July, at which the "
     "Adviser and Holder agree how the Options will be applied in the Holding, which pupils the Length Rebuilt "
     "will serve and what extra reading the Holder needs. The fee (Part J) is kept low by holding Field Days at "
     "Coldkeld Hall at cost and by using the Gatherings for the lighter Options."),
    ("G5 Earlier study. ",
     "See Part I, SC3."),
    ("G6 Capital Works only. ",
     "In exceptional cases a teacher with long experience of leading SEN provision, for example a member of a local "
     "authority support service or an experienced SENCO new to the award, may apply for a Capital Works only "
     "Agreement. The Lead Adviser interviews the applicant and reads their evidence against the Features. If it is "
     "agreed, the Holder attends no Field Days but completes CW1, CW2 and CW3, which are inspected and Claimed "
     "exactly as for other Holders. The fee is £480."),
    ("G7 Equal opportunities. ",
     "The Association is committed to equality of opportunity and complies with the Disability Discrimination Act "
     "1995 and the Equality Act 2006. Field Days are held at Coldkeld Hall, which has level access and an "
     "accessible toilet."),
]
for lead, body in G:
    para(doc, [(lead, "b"), body], align="j")
p = para(doc, [("G8 Routes. ", "b"), "Holders may start in September"])
add_ins(p, " or in January, joining at Option HR1 and taking FT1 with the following September's Holders", LA, WHEN)
add_runs(p, [". Each Option is offered both as Field Days and as Gatherings, so a Holder may take any Option by "
             "either route, and a Holder whose school calendar requires it may take Options in a different order, "
             "agreed with the Adviser."])
para(doc, [("G9 The Coldkeld Field Room. ", "b"),
           "The Gatherings are held on the Coldkeld Field Room, the course's site on the University's Moodle. Each "
           "Gathering is led live by an Adviser, and the papers and a recording stay on the site. Holders work in "
           "gangs of four with their own forum. Between Field Days the Adviser answers questions on the Field Room, "
           "by e-mail or by telephone within two working days, and the Adviser reads each gang's forum weekly. The "
           "Association e-mails each head teacher and Lengthsman a short report each term, and Lengthsmen can see "
           "the Holder's Capital Item plans on the Field Room."], align="j")
para(doc, [("G10 Staff, specialists and Neighbouring Holdings. ", "b"),
           "The Lead Adviser is Dr Helen Raistrick, formerly Principal Officer (SEN) for Thornsett, whose doctorate "
           "(2005) was on provision mapping in secondary schools. The Advisers are Mark Dinsdale, SENCO at "
           "Brackendale High School, who holds the OCR Diploma in specific learning difficulties; Sarah Capstick, "
           "specialist teacher for autism with the Thornsett outreach service; and Graham Iveson, a senior "
           "educational psychologist. Each Adviser spends at least five days a year updating their own specialist "
           "knowledge. Educational psychologists, speech and language therapists, CAMHS and the sensory support "
           "service teach on TH1. Each Holder spends two placement days at a Neighbouring Holding chosen with the "
           "Adviser from six that have agreed to host: two special schools, a pupil referral unit, two mainstream "
           "schools with resource bases, and the Thornsett Sensory Service."], align="j")
para(doc, [("G11 Equipment provided. ", "b"),
           "The Association provides, for every Field Day, walling hammers, batter frames, lines and pins, gloves and "
           "eye protection, and hedging bill-hooks on request. Holders must wear stout boots."], align="j")
para(doc, [("G12 Advisers and Lengthsmen. ", "b"),
           "Every August the Advisers spend a day together inspecting exemplar Capital Items and agreeing the "
           "standard for each Feature, and a new Adviser inspects alongside the Lead Adviser in their first year. "
           "Each Lengthsman receives the Lengthsman's Guide and attends a half-day briefing in September on what a "
           "Lengthsman does for the Holder and the Capital Items; the Adviser meets the Lengthsman at each tutorial."],
     align="j")
para(doc, [("G13 Inspection. ", "b"),
           "Each Capital Item is inspected by the Holder's Adviser against its Specification. An Item the Adviser "
           "fails is inspected again by the Lead Adviser."], align="j")
deleted_paragraph(doc, "G14 Moderation. One in five of all Capital Items, across every Adviser and the range of "
                       "marks, is inspected again by a second Adviser, and the University's external examiner "
                       "samples the Items of every Adviser before the Examination Board.", LA, WHEN)
para(doc, [("G14 Exit Review. ", "b"),
           "At the Exit Review the Adviser and Holder draw up the Holder's \"Next Five Years\" plan of professional "
           "targets on the Association's planning sheet, and the Holder takes it to their performance management "
           "meeting with the head teacher."], align="j")

# ------------------------------------------------------------------ Part H
para(doc, "Part H. Monitoring, Inspection and Review", style="Heading 1")
para(doc, [("H1 Returns. ", "b"),
           "Every Holder fills in a return after each Field Day and Gathering. The returns are kept on file for the "
           "University's annual monitoring."], align="j")
para(doc, [("H2 Steering Group. ", "b"),
           "The Steering Group is two head teachers from Thornsett schools, the Council's Principal Officer (SEN), a "
           "parent from the Thornsett Parent Partnership Service, a former Holder and the Lead Adviser. It meets each "
           "July to evaluate the year: it reads the returns, a sample of Claimed Items and the impact figures (H5), "
           "and interviews two Holders. Its head teachers sit on the Walk-round panels, and the Neighbouring Holdings "
           "host Holders each year."], align="j")
para(doc, [("H3 Changes. ", "b"),
           "The Options and Capital Items are fixed for the five years of approval and will be reviewed when the "
           "Agreement is renewed in 2014."], align="j")
p = para(doc, [("H4 What schools need. ", "b")])
runs = add_runs(p, ["The Association has worked alongside schools for twenty years, on school walling days and on "
                    "its summer schemes for young people, and heads and teachers have often told us how stretched "
                    "their SENCOs are. The Agreement reflects what we have heard."])
comment(doc, runs, "We did change CP1 after the heads' meeting in May – say so? – MD", "Mark Dinsdale", "MD")
p = para(doc, [("H5 Impact. ", "b"),
               "Each Holder records baseline measures for the six target pupils of CW2 before the intervention starts, "
               "again after twelve weeks and at the end of the Agreement Year, and rates their own confidence against "
               "the Features in the Holding Record and again at the Exit Review. The Lead Adviser collates both "
               "across all Holders and reports them to the Steering Group each July, and one term later asks each "
               "head teacher for the target pupils' end-of-year results."], align="j")

# ------------------------------------------------------------------ Part I
para(doc, "Part I. Special Conditions", style="Heading 1")
sc = [
    ("SC1. ", "The Holder's head teacher must release the Holder for the Field Days and the two Neighbouring Holding "
              "days, and must name a Lengthsman before the Agreement starts."),
    ("SC2. ", "The Holder must keep the Capital Items' records, including pupils' data, securely and in line with "
              "the Holding's data protection policy."),
    ("SC3. ", "Subject to the University's agreement, up to 20 credits of earlier study at Master's level may be "
              "accredited towards the award."),
    ("SC4. ", "Option PV1 (Pupil Voice) has been withdrawn from this Agreement for 2009–10. Holders do not consult "
              "pupils as part of this Agreement."),
    ("SC5. ", "Option HL2 (coaching, mentoring and training colleagues) has been withdrawn from this Agreement, "
              "to make room for the Neighbouring Holding days. Holders who wish to may take the "
              "Association's short course for school mentors after the Agreement ends."),
    ("SC6. ", "Where a Holder moves school during the Agreement Year, the Agreement transfers to the new Holding if "
              "the new head teacher countersigns it."),
]
for lead, body in sc:
    para(doc, [(lead, "b"), body], align="j")

# ------------------------------------------------------------------ Part J, K
para(doc, "Part J. Payments", style="Heading 1")
t = table(doc, 5, 3, widths_cm=[7.0, 4.6, 5.0])
for i, h in enumerate(["Item", "Amount", "When"]):
    cell_text(t.cell(0, i), [(h, "b")], fill=GREEN, size=9)
for r, row in enumerate([("Agreement fee (Field Days, Gatherings, tutorials, Inspection)", "£1,250", "In three "
                          "instalments: September, January, April"),
                         ("Capital Works only Agreement (G6)", "£480", "On signing"),
                         ("University registration", "Included", "—"),
                         ("Neighbouring Holding travel", "Paid by the Holding", "—")], start=1):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), v, size=9)
para(doc, "")
para(doc, "Part K. The Award", style="Heading 1")
para(doc, "K1. The University's Examination Board confers the award on a Holder whose three Capital Items have each "
          "been Claimed. The Board meets in July.", align="j")

# ------------------------------------------------------------------ Schedule 1
para(doc, "Schedule 1. Feature Schedule", style="Heading 1")
para(doc, "The Features the Holder will bring into good order, the Options under which each is worked, and its "
          "Status (see Part B).", align="j")
feats = [
    ("IDENTIFYING AND ASSESSING", [
        ("F1", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions and "
               "reviews progress", "BT1", "Claimed (CW2)"),
        ("F2", "Uses assessments from a range of professionals to develop teaching approaches", "BT1, TH1",
         "Claimed (CW1)"),
        ("F3", "Uses summative assessment, including national tests, to track progress and change programmes", "BT1",
         "Claimed (CW2)"),
        ("F4", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN", "BT1",
         "Option only"),
        ("F5", "Identifies in good time the special arrangements pupils need for national tests and examinations and "
               "puts them in place", "BT1", "Claimed (CW1)"),
    ]),
    ("PROVISION", [
        ("F6", "Uses provision mapping to plan provision and identify what is ineffective or missing", "GP1",
         "Claimed (CW1)"),
        ("F7", "Reviews and evaluates provision with other staff to inform the school's self-evaluation", "GP1", None),
        ("F8", "Knows the principles of school self-evaluation and improvement as they bear on pupils with SEN",
         "GP1, CP1", "Claimed (CW3)"),
        ("F9", "Knows the law and guidance on SEN, including the Code of Practice, and how to put them into practice",
         "FT1", "Claimed (CW1)"),
        ("F10", "Knows the law on disability equality and the actions it requires", "FT1", "Claimed (CW1)"),
        ("F11", "Knows how children develop and how SEN, disability and the setting affect development", "HR1",
         "Claimed (CW1)"),
        ("F12", "Knows the common kinds of SEN and disability and how they affect learning", "HR1", "Claimed (CW1)"),
        ("F13", "Has a critical grasp of approaches, strategies and resources, including ICT", "HR2", "Claimed (CW1)"),
        ("F14", "Knows best practice and the outcomes of research in meeting SEN", "HR2", "Option only"),
        ("F15", "Draws on research and outside advice to improve their own and colleagues' practice", "HR2, TH1",
         "Claimed (CW2)"),
    ]),
    ("PARTNERSHIP", [
        ("F16", "Knows the scope and role of outside agencies and how to get specialist support", "TH1",
         "Claimed (CW2)"),
        ("F17", "Works in partnership with other services and agencies, including voluntary bodies", "TH1",
         "Claimed (CW2)"),
        ("F18", "Liaises effectively with parents and carers to promote their children's learning", "TH2",
         "Claimed (CW2)"),
        ("F19", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents",
         "TH2", "Claimed (CW2)"),
        ("F28", "Makes sure pupils are involved in planning, agreeing and reviewing their provision", "PV1",
         "Not in agreement"),
    ]),
    ("LEADING", [
        ("F20", "Deploys and manages staff effectively", "HL1", "Claimed (CW2)"),
        ("F21", "Prioritises, manages time and delegates appropriately", "HL1", "Claimed (CW2)"),
        ("F22", "Supports colleagues' professional development: observation, feedback, coaching, mentoring, training",
         "HL2", "Not in agreement"),
        ("F23", "Gains the commitment of colleagues, including the head teacher and senior leaders", "CP1",
         "Claimed (CW3)"),
        ("F24", "With senior colleagues and governors, influences the school's inclusive ethos, policies and "
                "priorities", "CP1", "Claimed (CW3)"),
        ("F25", "Anticipates and resolves problems and makes sound judgements on provision", "CP1, BT1",
         "Claimed (CW2)"),
        ("F26", "Expresses themselves clearly in speech and writing, and listens to others", "All",
         "Inspected only"),
        ("F27", "Keeps up to date and takes responsibility for their own development on SEN and disability", "CP1",
         "Claimed (CW3)"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in feats)
t = table(doc, nrows, 4, widths_cm=[1.2, 10.4, 2.2, 2.8])
repeat_header(t.rows[0])
for i, h in enumerate(["Ref", "Feature: the Holder…", "Options", "Status"]):
    cell_text(t.cell(0, i), [(h, "b")], fill=GREEN, size=9)
r = 1
for gname, rows_ in feats:
    m = t.cell(r, 0).merge(t.cell(r, 3))
    cell_text(m, [(gname, "b")], fill=PALE, size=9)
    r += 1
    for ref, f, o, s in rows_:
        cell_text(t.cell(r, 0), ref, size=9)
        cell_text(t.cell(r, 1), f, size=9)
        cell_text(t.cell(r, 2), o, size=9)
        if s is None:
            cp = t.cell(r, 3).paragraphs[0]
            add_del(cp, "Claimed (CW3)", LA, WHEN, size=9)
            add_ins(cp, "Inspected only", LA, WHEN, size=9)
        else:
            cell_text(t.cell(r, 3), s, size=9)
        r += 1
para(doc, "")

# ------------------------------------------------------------------ Schedule 2 and signatures
para(doc, "Schedule 2. Map of the Holding", style="Heading 1")
para(doc, [("[Plan of the Holding's SEN provision to be attached by the Adviser at the first tutorial.]", "i")])
para(doc, "Signatures", style="Heading 1")
t = table(doc, 4, 3, widths_cm=[5.6, 6.0, 5.0])
for i, h in enumerate(["Signed for", "Signature", "Date"]):
    cell_text(t.cell(0, i), [(h, "b")], fill=GREEN, size=9)
for r, who in enumerate(["The Holder", "The Holding (head teacher)", "The Association (Lead Adviser)"], start=1):
    cell_text(t.cell(r, 0), who, size=9)
    cell_text(t.cell(r, 1), "", size=9)
    cell_text(t.cell(r, 2), "", size=9)

save(doc, OUT)
print("wrote", OUT)
