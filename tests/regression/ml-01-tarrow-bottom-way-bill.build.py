"""ml-01-tarrow-bottom-way-bill

Provider (invented): the Fenlow Navigation Trust's Heritage Boatyard and Lock-keeping School at Tarrow Bottom,
with Mardale University validating, applying in June 2008 to run the National Award for SEN Coordination from
January 2009.

Document kind and layout: the whole course sent as a canal carrier's WAY BILL with Conditions of Carriage, in the
house style the Trust's education team uses for all its course papers (the old carrying company's forms). No
heading styles: titles are bold CAPITALISED Normal paragraphs ("PART C - TOLLS AND GAUGING"). A way-bill block
table with merged and shaded cells; a Route table with shaded, merged term rows; twenty numbered Conditions of
Carriage typed by hand ("Condition 9."), one of which (Condition 9) keys the Cargo Manifest's "Tolled at" column
far below it ("T1" to "T4", "Ticket only", "Deck cargo", "Short-shipped"); a Cargo Manifest of the 28 minimum
outcomes in the Trust's own words with "Item | Goods (in our words) | Loaded at | Tolled at" columns; a header and
footer; a VML text box; a footnote; Word comments; tracked changes. The house vocabulary: the Passage (the
course), Loads 1-8 (study days; Load 5 online on "the Towpath"), Lock Work (tasks in the crew's own school), Tolls
T1-T4 (marked assignments), the Final Gauging (professional discussion), Crews (participants), Steerers (tutors),
Lengthsmen (school mentors), Toll Clerks (markers), Receipts (evaluation slips), the Carrying Committee
(programme committee), the Loading Form and Pre-loading Gauge (application and self-audit).

Traps (requirement ids):
- Footer: "All crews hold an enhanced CRB disclosure, checked by the Trust before loading." The body says CRB
  disclosures "are a matter for their employing schools and local authorities; the Trust does not ask to see
  them" (someone else's responsibility + a footer, never evidence): 5.3 not_met.
- Negation plus another provider's arrangement: "There is no assessment-only route"; Mardale University's own MA
  has an "accreditation-only route for its students, but it does not lead to this Award": 2.3 not_met.
- Other arrangement: the disability equality duty is taught on "the Trust's separate one-day Access Afloat
  course", not on the Passage, and the Manifest row is "Short-shipped": 6.K3 not_met. The Trust's own DDA duties to
  crews are concrete (3.1 met): right law, provider's duty, not course content.
- Special arrangements for tests "Short-shipped": 6.S2d not_met.
- Key far away: Condition 9 defines "Deck cargo" (carried on a Load, not tolled) and "Ticket only" (feedback, not
  marked): 6.A3, 6.S2c, 6.S7 partially_met (Deck cargo); 6.A5 partially_met (Ticket only).
- Tracked change in a cell: 6.S4's "T3" deleted and "Ticket only" inserted: partially_met.
- Footnote on 6.A7's cell says it is marked at the Final Gauging (met; footnote only confirms).
- Blanket claim in a text box ("Every one of the national minimum outcomes is carried on this Way Bill and
  tolled") contradicted by the Manifest: 6.K3, 6.S2d stay not_met; 1.9 partially_met (not every outcome tolled).
- Deleted paragraph offering a September start: 3.2 partially_met (one January start, fixed order; only Load 5
  online).
- Load 5 online: tutor answers questions within two working days, nothing on peers or between sessions: 3.3
  partially_met.
- Past arrangement: the 2007 pilot's exit interviews; now only "crews are encouraged to think about where they go
  next": 2.5 partially_met.
- APL taken into account but "does not award credit": 2.1 partially_met.
- Self-audit but "We do not write individual training plans": 2.2 partially_met.
- General terms only for research ("current thinking and good practice"): 1.3 partially_met.
- Pupil voice as a value plus deck cargo: 1.5 partially_met.
- Stakeholders in evaluation: crews' Receipts only; heads and parents "may in time be invited"; a comment
  proposing heads on the Carrying Committee (comment, not evidence): 4.3 partially_met.
- No placements ("The Trust does not arrange placements") though specialists contribute: 5.5 partially_met.
- Pupils' achievement only hoped for ("We hope, over time"), crews' confidence measured: 5.9 partially_met.
- Inserted sentence: external examiner moderation is a tracked insertion (counts): 5.8 met.
- A comment on Condition 4 (not evidence).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _ml_helpers import (bold_par, shade, table, tracked_par, ins_run, cell_change, comment, Footnotes,
                         text_box, set_header_footer)

HERE = Path(__file__).resolve().parent
NAME = "ml-01-tarrow-bottom-way-bill"
AU = "H. Brereton"
AU2 = "G. Okafor"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
fn = Footnotes(doc)

set_header_footer(
    doc,
    "FENLOW NAVIGATION TRUST  ·  TARROW BOTTOM HERITAGE BOATYARD AND LOCK-KEEPING SCHOOL  ·  WAY BILL SEN/09/1",
    "Form WB/3 (rev. 2008). All crews hold an enhanced CRB disclosure, checked by the Trust before loading. "
    "Registered charity. Page numbers as carried.")


def para(text, bold_lead=None, size=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead + " ")
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- covering note
para("Tarrow Bottom Wharf, Lock Lane, Tarrow, Fenlow FN7 2QD", size=9)
para("16 June 2008", size=9)
para("To the Approval Panel, National Award for SEN Coordination, Training and Development Agency for Schools")
para("Dear Panel members,")
para("Our education team has sent out its course papers as Way Bills since the Trust reopened the Tarrow Bottom "
     "yard in 1994: the old Fenlow Carrying Company's forms are what our visitors, our trainee lock-keepers and the "
     "teachers who come to us on INSET days know us by. We have kept to the same form for our SENCO course, which we "
     "call the Passage, and we ask you to read it as you would any other application. Part A gives the particulars "
     "of the Passage, Part B its Route, Part C the Tolls, Part D our Conditions of Carriage, Part E the Cargo "
     "Manifest (the national minimum outcomes in our own words), and Parts F and G the people, the yard and how we "
     "check the quality of what we carry.")
para("The Passage grew out of six years of work with the schools along the Fenlow and Mardale canals: our "
     "Waterway Classroom has welcomed pupils with special educational needs on boat and lock days since 2002, and "
     "the SENCOs who brought them asked us to help with their own training. We ran a pilot Passage for eleven "
     "teachers in 2007 with Mardale University and now seek approval to run it as the National Award.")
para("Yours faithfully,")
para("Hannah Brereton, Head of Learning (Steerer), for the Trustees of the Fenlow Navigation Trust")

# ---------------------------------------------------------------- way bill block
bold_par(doc, "FENLOW NAVIGATION TRUST - WAY BILL", size=14, align="center", space_before=14)
wb = doc.add_table(rows=6, cols=4)
wb.style = "Table Grid"
cells = [
    ("Way Bill No.", "SEN/09/1", "Date of loading", "January 2009 (Load 1: Saturday 17 January)"),
    ("Consignor", "Tarrow Bottom Heritage Boatyard and Lock-keeping School, for the Fenlow Navigation Trust", "", ""),
    ("Consignee", "The Approval Panel, TDA", "Validating university", "Mardale University, Faculty of Education"),
    ("Description of goods", "The Passage: National Award for SEN Coordination (Postgraduate Certificate)", "", ""),
    ("Weight", "60 credits at Level 7 (masters level)", "Crews per boat", "Up to 18"),
    ("Carriage", "£1,180 per crew, payable by the crew's school or local authority", "Signed for the Trust",
     "H. Brereton"),
]
for i, row in enumerate(cells):
    for j, v in enumerate(row):
        wb.cell(i, j).text = v
    for j in (0, 2):
        shade(wb.cell(i, j), "E7E6E6")
        for r in wb.cell(i, j).paragraphs[0].runs:
            r.bold = True
for i in (1, 3):
    m = wb.cell(i, 1).merge(wb.cell(i, 3))
    m.text = cells[i][1]

# ---------------------------------------------------------------- Part A
bold_par(doc, "PART A - PARTICULARS OF THE PASSAGE", space_before=12)
para("A1. The Passage has one purpose: to raise the achievement and improve the well-being of children and young "
     "people with SEN and/or disabilities in the crews' schools, across all five Every Child Matters outcomes "
     "(being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being). Each Load closes with the question \"What difference will this make to a pupil on Monday?\", "
     "and each Toll asks the crew to show the effect of their work on the achievement and well-being of named "
     "pupils in their school.")
para("A2. The Passage is validated by Mardale University's Faculty of Education as its Postgraduate Certificate "
     "(National Award for SEN Coordination). It carries 60 credits at Level 7; the University awards the credit, "
     "and its Board of Examiners confirms every result before the Award is made.")
para("A3. The Passage is for teachers new to the role of SENCO, or about to take it on. It is carried over eight "
     "Loads (study days) between January and September, with Lock Work in the crew's own school between Loads "
     "and four Tolls. Crews give about 150 hours to the Passage in all, most of them in school.")
para("A4. The Steerers keep the Loads up to date with current thinking and good practice, and the reading box on "
     "the boat is refreshed each year. Load 1 takes crews through the law and national policy on special "
     "educational needs: the Education Act 1996, the SEN Code of Practice (2001) and its Toolkit, Every Child "
     "Matters and the Children Act 2004, Removing Barriers to Achievement (2004), and the 2008 regulations on the "
     "SENCO's role, with what each means for the crew's own school.")
para("A5. We believe children's own voices matter, and crews are reminded throughout the Passage that pupils' "
     "views count.")

# ---------------------------------------------------------------- Part B
bold_par(doc, "PART B - THE ROUTE", space_before=12)
para("The Loads are carried on Saturdays in the Education Room at Tarrow Bottom Wharf, except Load 5, which is "
     "carried online. Each Load runs from 9.30 to 4.00 and has Lock Work set at its end.")
route = [
    ("Load", "Date", "Cargo (what the day carries)", "Lock Work set"),
    ("SPRING TERM 2009", "", "", ""),
    ("Load 1", "17 Jan", "The SENCO's Cut: the law, national guidance and the SENCO's part in Every Child Matters",
     "Read your school's SEN policy against the Code; note three changes to propose"),
    ("Load 2", "7 Feb", "Knowing the Cargo: how children develop; the common kinds of SEN and disability (BESD, "
     "dyslexia and other SpLD, SLCN, autism, MLD) and how each affects learning", "Begin the T1 case study"),
    ("Load 3", "7 Mar", "Working the Lock: leading from the middle, winning the head and senior team, planning "
     "your week, delegating to teaching assistants", "Keep a two-week time log; agree one task to delegate"),
    ("SUMMER TERM 2009", "", "", ""),
    ("Load 4", "25 Apr", "Gauging Progress: identifying need, setting targets, planning and reviewing "
     "interventions; using reports from other professionals; using summative results and national tests to "
     "track progress; formative assessment; pupils in their own plans and reviews",
     "Track a target group through one half-term; collect data for T2"),
    ("Load 5", "May (online, two weeks)", "The Toolbox: approaches, strategies and resources for assessment, "
     "planning, teaching and learning, including ICT; what research says works", "Trial one approach with a pupil"),
    ("Load 6", "13 Jun", "Other Boats on the Cut: coaching and supporting colleagues; speaking and listening in "
     "meetings; working with the educational psychology service, health, social care and voluntary groups",
     "Coach a colleague through one lesson; map the agencies your school uses"),
    ("Load 7", "4 Jul", "Parents and Carers Aboard: building fair and constructive relationships with pupils and "
     "families; running a review meeting with parents", "Plan and hold a review meeting with a parent"),
    ("AUTUMN TERM 2009", "", "", ""),
    ("Load 8", "19 Sep", "Mapping the Navigation: provision mapping; finding provision that does not work; "
     "reviewing provision with colleagues to feed school self-evaluation; keeping up to date",
     "Complete the provision map and audit for T3; draft your CPD plan"),
]
rt = table(doc, route, header_fill="1F3864")
for r in rt.rows[0].cells:
    for run in r.paragraphs[0].runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(route):
    if row[1] == "":
        m = rt.cell(i, 0).merge(rt.cell(i, 3))
        m.text = row[0]
        shade(m, "D9D9D9")
        for run in m.paragraphs[0].runs:
            run.bold = True

para("Lock Work. Every Load sets Lock Work in the crew's own school, chosen with the crew's Lengthsman so that it "
     "fits the school and the crew's stage: reading the school's own policy against the Code, a time log, a "
     "target group tracked for a half-term, coaching a colleague, holding a review with a parent. Lock Work is "
     "how the Passage reaches practice: each task is tied to the items it carries on the Manifest, and its "
     "results are the evidence the crew brings to the Tolls. By the end of the Passage every crew has led at "
     "least one change in their school's SEN provision and shown its effect on pupils.")
para("Order and starts. Every crew starts with Load 1 in January and works the Loads in order, because each Load "
     "builds on the Lock Work of the last. Load 5 is carried online.")
tracked_par(doc, "Crews who cannot start in January may join a second boat starting in September, and may carry "
            "Loads 5 to 8 before Loads 2 to 4 where their school's calendar requires it.", "del", AU2,
            "2008-06-10T15:20:00Z")
para("Load 5 on the Towpath. Load 5 is carried online through the Towpath, the Trust's e-learning site, over two "
     "weeks in May: crews work through the readings and short films at home and post one task. The Steerer "
     "answers crews' questions on the Towpath within two working days.")

# ---------------------------------------------------------------- Part C
bold_par(doc, "PART C - TOLLS AND GAUGING", space_before=12)
para("Four Tolls are paid on the Passage. Each is marked by two Toll Clerks against the Mardale University Level 7 "
     "criteria and against the items of the Manifest it carries (Part E).")
tolls = [
    ("Toll", "Due", "What the crew hands in", "Weight"),
    ("T1", "After Load 2", "A case study of one pupil (2,500 words): how the pupil has developed, the nature of "
     "their need and its effect on learning, what other professionals' assessments say and how the crew used "
     "them, and the crew's relationship with the pupil and family", "20%"),
    ("T2", "After Load 4", "An assessment and tracking report (3,000 words) on a target group: identification, "
     "targets, interventions, reviews, summative and national test data used to adjust the programme, and the "
     "approaches and ICT used", "25%"),
    ("T3", "After Load 8", "A provision map and audit of the crew's school, with a review of its effectiveness "
     "carried out with colleagues and a short paper for the school's self-evaluation", "25%"),
    ("T4", "October", "Change on the Cut: a report (3,500 words) on a change the crew has led, with the Final "
     "Gauging (see C3)", "30%"),
]
table(doc, tolls)
para("C1. Marking. Every Toll is marked by two Toll Clerks, one from the Trust and one from the University; they "
     "agree a mark together and record their reasons on the Toll Sheet. The Toll Clerks meet before each Toll is "
     "marked to mark three scripts together and agree the standard.")
p = para("C2. Moderation. Mardale University's Programme Board samples the marked Tolls each term. ")
ins_run(p, "The University's external examiner moderates a sample of every Toll and reports to the Board of "
        "Examiners each year.", AU2, "2008-06-11T09:05:00Z")
para("C3. The Final Gauging. At the end of the Passage each crew meets two Toll Clerks for a forty-minute "
     "professional discussion of T4 and of their CPD plan for the year ahead. The Final Gauging is marked, and "
     "its mark is part of T4.")
para("C4. The Award. A crew is awarded only when both Toll Clerks have signed every Toll Sheet and the Final "
     "Gauging shows that the crew has reached each of the national minimum outcomes; the Board of Examiners "
     "checks the Toll Sheets against the Manifest before it confirms the Award. A crew who pays every Toll but "
     "has not reached an outcome is told which, and may resubmit once.")
para("C5. Before the Passage. Before Load 1 every crew completes the Pre-loading Gauge, a self-audit against the "
     "national minimum outcomes, and discusses it with the Steerer at the Loading interview. We do not write "
     "individual training plans: the Route is the same for every crew, and the Gauge tells the Steerer where a "
     "crew will need most help.")

# ---------------------------------------------------------------- Part D
bold_par(doc, "PART D - CONDITIONS OF CARRIAGE", space_before=12)
para("These Conditions apply to every crew carried on the Passage. They are printed on the back of the Loading "
     "Form and every crew signs them at loading.", italic=True)
conds = [
    "Who may be carried. The Passage carries qualified teachers in England who hold a SENCO post, or have been "
    "named by their headteacher to take one on within the year. The Loading Form must be signed by the crew's "
    "headteacher, who undertakes to release the crew for the Loads and to support Lock Work.",
    "Loading interview. Every applicant has a Loading interview with a Steerer, who checks from the Loading Form "
    "and the Pre-loading Gauge that the applicant has the knowledge of SEN and the experience in school to "
    "benefit from the Passage and reach its outcomes by October. An applicant who has not yet the background is "
    "offered the Trust's two-day SEN Foundation course first and a place on the next boat.",
    "Prior study. Prior study and experience are recorded on the Loading Form and the Steerer takes them into "
    "account when agreeing Lock Work with the crew and Lengthsman. Mardale University does not award credit for "
    "prior learning on this Passage, so every crew carries the full 60 credits.",
    "No part-loads. There is no assessment-only route: every crew works the whole Passage. (Mardale University's "
    "own MA in Inclusive Education has an accreditation-only route for its students, but it does not lead to "
    "this Award.)",
    "Background checks. Crews come to us as serving teachers, and CRB disclosures are a matter for their employing "
    "schools and local authorities; the Trust does not ask to see them.",
    "Access. The Trust meets its duties under the Disability Discrimination Act to every crew. The Loading Form "
    "asks each applicant what adjustments they need, and the Steerer agrees them before Load 1: the Education "
    "Room at Tarrow Bottom is step-free with a hearing loop; papers are sent in large print or electronically on "
    "request; extra time and other arrangements for Tolls are agreed with the University's disability office; "
    "and the boat days are replaced by a bank-side session for any crew who cannot go aboard.",
    "Attendance. A crew who misses a Load carries it by doing the Load's readings and Lock Work with their "
    "Lengthsman and meeting the Steerer for an hour.",
    "Tolls. Tolls are handed in by the dates in Part C. A Toll handed in late without agreement is marked but "
    "capped at a pass.",
    "Terms used on the Manifest. In Part E, \"Loaded at\" names the Load that carries the item. In the \"Tolled "
    "at\" column, T1, T2, T3 or T4 means the item is marked in that Toll by two Toll Clerks; \"Ticket only\" "
    "means the Steerer writes a feedback ticket on the crew's work on that item at the Load, but it is not "
    "marked; \"Deck cargo\" means the item is carried on its Load but is not tolled; \"Short-shipped\" means the "
    "item is not carried on this Passage.",
    "Disability equality. The duties of schools under disability equality law are taught on the Trust's "
    "separate one-day Access Afloat course, which crews may book at the normal rate; they are not carried on the "
    "Passage.",
    "Lengthsmen. Each crew's headteacher names a Lengthsman: an experienced SENCO or senior leader in the crew's "
    "school or cluster who meets the crew at least twice a term, agrees Lock Work and signs it off.",
    "Complaints. A crew who is unhappy with any part of the Passage writes to the Head of Learning, who replies "
    "within ten working days; appeals on marks go to the University under its regulations.",
    "Materials. Readings, the Toolbox on the Towpath and the loan boxes are for the crew's own study and their "
    "school's use.",
    "Fees. Carriage is invoiced to the school or local authority named on the Loading Form in two parts, in "
    "January and June.",
    "Resubmission. A Toll that is not passed may be resubmitted once within six weeks of the feedback.",
    "Confidentiality. Crews anonymise all pupil data in Tolls. Case studies are shared with the pupil's parents "
    "before they are handed in.",
    "Photographs. No pupil may be photographed for a Toll without the written agreement of the parent.",
    "Boat safety. Crews on boat days wear the buoyancy aids issued and follow the skipper.",
    "Changes. The Trust may change the date of a Load for reasons of weather or stoppage, giving 14 days' notice.",
    "Law. These Conditions are governed by the law of England.",
]
cond_pars = []
for i, c in enumerate(conds, 1):
    lead, rest = c.split(". ", 1)
    p = doc.add_paragraph()
    r = p.add_run(f"Condition {i}. {lead}. ")
    r.bold = True
    r.font.size = Pt(9)
    r2 = p.add_run(rest)
    r2.font.size = Pt(9)
    cond_pars.append(p)
comment(doc, cond_pars[3], "Should we say the September boat will be back in 2010? Not agreed yet. GO",
        author=AU2, initials="GO")

# ---------------------------------------------------------------- Part E
bold_par(doc, "PART E - CARGO MANIFEST", space_before=12)
para("The Manifest lists the national minimum outcomes as we carry them, in our own words. The columns are "
     "explained in Condition 9.")
man = [
    ("Item", "Goods (in our words)", "Loaded at", "Tolled at"),
    ("PROFESSIONAL ATTRIBUTES", "", "", ""),
    ("A1", "Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and "
     "with their parents and carers", "Load 7", "T1"),
    ("A2", "Wins the commitment of colleagues, the head and the senior team to better outcomes for these pupils",
     "Load 3", "T4"),
    ("A3", "Puts first things first, manages time and delegates, and checks delegated work is done well",
     "Load 3", "Deck cargo"),
    ("A4", "Sees problems coming, solves them, and makes sound decisions about provision", "Load 8", "T4"),
    ("A5", "Speaks and writes clearly; listens to others and understands their views", "Load 6", "Ticket only"),
    ("A6", "Uses research and outside advice to improve own and colleagues' practice", "Load 5", "T4"),
    ("A7", "Keeps up to date and takes charge of own CPD in SEN and disability", "Load 8", "T4"),
    ("KNOWLEDGE AND UNDERSTANDING", "", "", ""),
    ("K1", "The law and guidance on SEN, the Code of Practice, and how to put them into practice in school",
     "Load 1", "T4"),
    ("K2", "Every Child Matters: its principles and outcomes and the SENCO's part in them", "Load 1", "T4"),
    ("K3", "Disability equality law and what it requires schools to do", "-", "Short-shipped"),
    ("K4", "How children develop, and how SEN, disability and surroundings affect development", "Load 2", "T1"),
    ("K5", "The common kinds of SEN and disability and how each affects learning", "Load 2", "T1"),
    ("K6", "Approaches, strategies and resources for assessment, planning, teaching and learning, ICT included, "
     "judged critically", "Load 5", "T2"),
    ("K7", "How school self-evaluation and improvement work for SEN outcomes", "Load 8", "T3"),
    ("K8", "What research and best practice show about meeting SEN", "Load 5", "T4"),
    ("K9", "What outside agencies do and how to get specialist help and resources", "Load 6", "T4"),
    ("SKILLS", "", "", ""),
    ("S1", "Works with senior colleagues and governors to shape an inclusive ethos, policy, priorities and "
     "budget", "Load 3", "T4"),
    ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
     "progress", "Load 4", "T2"),
    ("S2a", "Uses assessments by other professionals to shape teaching", "Load 4", "T1"),
    ("S2b", "Uses summative results and national tests to track progress and adjust programmes", "Load 4", "T2"),
    ("S2c", "Encourages other teachers to use formative assessment suited to pupils with SEN", "Load 4",
     "Deck cargo"),
    ("S2d", "Arranges special arrangements for national tests and examinations in good time", "-",
     "Short-shipped"),
    ("S3", "Maps and manages provision and finds what is missing or not working", "Load 8", "T3"),
    ("S4", "Deploys and manages teaching assistants and other staff well", "Load 3", "T3"),
    ("S5", "Develops colleagues by observation and feedback, modelling, coaching, mentoring and training",
     "Load 6", "T4"),
    ("S6", "Reviews provision with colleagues and feeds the findings into school self-evaluation", "Load 8", "T3"),
    ("S7", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "Load 4",
     "Deck cargo"),
    ("S8", "Works well with parents and carers", "Load 7", "T4"),
    ("S9", "Works in partnership with other services and voluntary groups", "Load 6", "T4"),
]
mt = table(doc, man, header_fill="1F3864")
for r in mt.rows[0].cells:
    for run in r.paragraphs[0].runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(man):
    if row[2] == "" and i > 0:
        m = mt.cell(i, 0).merge(mt.cell(i, 3))
        m.text = row[0]
        shade(m, "D9D9D9")
        for run in m.paragraphs[0].runs:
            run.bold = True
    if row[0] == "S4":
        cell_change(mt.cell(i, 3), "T3", "Ticket only", AU, "2008-06-12T11:40:00Z")
    if row[0] == "A7":
        fn.add(mt.cell(i, 3).paragraphs[0], "A7 is marked at the Final Gauging, which is part of T4 (see C3).")

text_box(doc, ["Every one of the national minimum outcomes is carried on this Way Bill and tolled before the Award "
               "is made."], height_pt=50, title="NOTE TO THE PANEL")

# ---------------------------------------------------------------- Part F
bold_par(doc, "PART F - TOLL CLERKS, LENGTHSMEN AND THE YARD", space_before=12)
para("F1. Steerers. The Passage is led by Hannah Brereton, Head of Learning at Tarrow Bottom, who was SENCO of a "
     "Fenlow secondary school for twelve years and of a special school for three, holds an MA in Special and "
     "Inclusive Education and has led Fenlow's SENCO network since 2004. She is joined by Dr Owen Pritchard, a "
     "senior educational psychologist with Mardale County Council, who leads Loads 2 and 6 and still carries a "
     "caseload of schools. Both are members of NASEN and attend its national conference each year.")
para("F2. Toll Clerks. The University's Toll Clerks are two senior lecturers in inclusive education, both former "
     "SENCOs, who teach on the University's MA and publish on SEN provision. The Trust's Toll Clerks are the two "
     "Steerers.")
para("F3. Specialists aboard. Speakers from the Mardale Speech and Language Therapy Service, the Fenlow Sensory "
     "Support Service, the Fenlow Parent Partnership Service and a local autism charity contribute to Loads 2, 6 "
     "and 7, and crews may book a half-hour telephone consultation with any of them during Lock Work. The Trust "
     "does not arrange placements; crews' Lock Work takes place in their own schools.")
para("F4. The yard. Loads are held in the Education Room at Tarrow Bottom, which has a projector and interactive "
     "whiteboard, ten laptops for crews' use, wireless internet and a small library of some 400 books and "
     "journals on SEN. The Trust keeps three loan boxes of assessment materials and a box of assistive "
     "technology (text-to-speech software, switches, a portable magnifier) which crews may borrow for Lock Work, "
     "and the Towpath holds the Toolbox and every Load's papers.")
para("F5. Briefing the Lengthsmen and Toll Clerks. Every Lengthsman comes to a half-day briefing at Tarrow Bottom "
     "in December, and has the Lengthsman's Handbook, which sets out what they do (agree and sign off Lock Work, "
     "meet the crew twice a term, report concerns to the Steerer) and what they do not (mark Tolls). The Steerer "
     "telephones each Lengthsman once a term. New Toll Clerks mark alongside an experienced Clerk before they "
     "mark alone, and all Toll Clerks attend the standardisation meetings in C1.")
para("F6. Cost. The carriage charge of £1,180 per crew covers the Loads, the Tolls, the Towpath and the loan "
     "boxes; it is held down by the use of the Trust's own rooms and by the Fenlow and Mardale local authorities' "
     "contribution to the Steerers' time. Lock Work, chosen to fit each crew's school and stage, means that most "
     "of the Passage is spent improving the crew's own practice rather than away from it, and each Load moves the "
     "crew on towards the outcomes it carries.")

# ---------------------------------------------------------------- Part G
bold_par(doc, "PART G - RECEIPTS, COMPLAINTS AND THE CARRYING COMMITTEE", space_before=12)
para("G1. What schools told us. In the spring of 2008 we surveyed the SENCOs and headteachers of 46 schools in "
     "Fenlow and Mardale (31 replied) and met the two local authorities' SEN officers and the Fenlow Parent "
     "Partnership Service. Schools asked for a course that could be done on Saturdays, that kept the teacher's "
     "learning in their own school, and that paid more attention to working with teaching assistants and with "
     "parents; the local authorities asked for more on tracking progress and on provision mapping.")
para("G2. What changed because of it. The pilot Passage in 2007 had ten Loads, all on weekdays, and its school "
     "tasks were done in a partner school. Because of what schools and the authorities told us we moved the "
     "Loads to Saturdays, cut them to eight, moved Lock Work into crews' own schools, gave Load 4 to tracking and "
     "Load 8 to provision mapping, and added Load 7 on parents after the Parent Partnership Service's comments on "
     "the pilot.")
para("G3. Receipts. After every Load each crew fills in a Receipt: what was useful, what was not, and what they "
     "will do on Monday. The Steerer reads the Receipts within the week and reports to the Carrying Committee. "
     "The pilot's eleven crews were asked what should change, and their answers are in G2.")
p = para("G4. Headteachers and parents may in time be invited to help us judge how well the Passage works.")
comment(doc, p, "Heads to sit on the Carrying Committee from 2009? Needs trustees' agreement. HB", author=AU,
        initials="HB")
para("G5. The Carrying Committee. The Carrying Committee is the Trust's Head of Learning, the University's "
     "programme leader, a Trustee and the two local authorities' SEN officers. It meets each term. Each July it "
     "reads the Receipts, the Toll results, the Toll Clerks' reports, the University's annual monitoring report, "
     "the external examiner's report and the notes of a local authority officer who observes one Load each year, "
     "and writes the Passage Plan for the next boat, setting out what will change and why. Crews are told what "
     "has changed at Load 1.")
para("G6. Measuring the difference. Crews rate their confidence against each outcome on the Pre-loading Gauge "
     "and again at the Final Gauging, and the Carrying Committee compares the two for every boat. We hope, over "
     "time, to be able to show a difference in the achievement of pupils in crews' schools.")
para("G7. Next steps. In the 2007 pilot the Steerer held an exit interview with each crew to agree next steps. "
     "On the Passage, crews are encouraged to think about where they go next.")

bold_par(doc, "RECEIVED IN GOOD ORDER", space_before=14)
sig = doc.add_table(rows=2, cols=3)
sig.style = "Table Grid"
for j, v in enumerate(("For the Consignor", "For the Trustees", "Date")):
    sig.cell(0, j).text = v
    shade(sig.cell(0, j), "E7E6E6")
for j, v in enumerate(("H. Brereton, Steerer", "A. Tallis, Chair of Trustees", "16 June 2008")):
    sig.cell(1, j).text = v

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(str(out))
print("wrote", out)
