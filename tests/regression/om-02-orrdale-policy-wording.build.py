"""om-02-orrdale-policy-wording

Provider (invented): the Orrdale Dry Stone Walling Association, which has run the "Orrdale Walling
Scheme" since 1994 (members' walling work, training courses, schools' days) and now runs a course for
the National Award for SEN Coordination with Orrdale Council; Lunesmouth University validates it as a
Postgraduate Certificate at Level 7 (credit value still a placeholder).

Document kind and layout: the course written and sent as an insurance-style policy wording, "Section
W: SENCO Award Cover", Issue 3, in the house form the Association uses for everything issued under its
Scheme. The teacher is "you", the Insured; the Association is "we". A typed title block on shaded
paragraphs; a "Key Facts" text box; a "Statement of demands and needs" that quotes the TDA
specification back; Part 1 the Schedule (label/value table with a merged row and a tracked change in
the Premium cell); Part 2 Definitions (a two-column table of the provider's own terms: Field Day,
Home Length, Stone Store, Survey, Cover Note, Surveyor, Adjuster, Independent Assessor, Mate, Proof,
Lines, Renewal Notice); Part 3 purpose and a statement of belief; Part 4 becoming insured; Part 5 the
cover in Sections W1-W6 with "What is not covered" clauses, a Field Day table with merged Block cells,
and four Proofs each led by "You pass Proof n by showing that you:" and a bulleted list; Part 6
General Conditions; Part 7 General Exclusions; Part 8 Endorsements (one deleted by tracked change,
one inserted); Part 9 complaints; three Word comments by the Scheme Committee; two footnotes; a
header; a footer carrying a false claim about online tutor support.

The national outcomes appear only as the Association's "Lines", spread between the Field Day table
("What is laid") and the Proofs' pass lists; the reader must cross them to know which are taught and
which assessed.

Traps (requirement ids):
- The demands-and-needs statement quotes the specification ("reflect recent research and inspection
  evidence ..." and "involve rigorous assessment of participants against all of the programme
  outcomes"): quotation, not evidence. Research is otherwise only "drawing on current thinking about
  effective practice", and "you are not asked to review research in any of them" (1.3
  partially_met; 6.K8 partially_met: taught, not assessed; 6.A6 not_met).
- Credit value is a placeholder "[60 – to be confirmed by the University's Academic Board, June
  2009]" although Level 7 is stated (E.2 partially_met).
- Statement of belief (values, no arrangement) beside a concrete purpose clause (1.1 met on the
  purpose clause and the marked "Difference for children" section).
- Claims for credit: certificated study accredited; "claims based on experience alone" excluded
  (2.1 partially_met).
- General Exclusion 1: no assessment-only cover, plus a committee comment asking whether to copy the
  University's route (2.3 not_met).
- Stone Store: tutor replies limited to Block weeks by a tracked change ("throughout the Period of
  Cover" deleted), "What is not covered: tutor replies ... outside Block weeks"; the footer's "Tutor
  support on the Stone Store every week of the year" is a footer (3.3 partially_met).
- Stakeholders: "we took account of what Orrdale Council, headteachers and SENCOs told us" and "their
  views have shaped this Issue", with no evidence or detail; the survey figures exist only in a Word
  comment (4.1, 4.2 partially_met). Heads, a SENCO and a parent on the Scheme Committee that
  receives the evaluation evidence; Parent Partnership co-leads a Field Day (4.3 met).
- Placements: General Exclusion 2 says none are arranged; the endorsement that arranged them is a
  tracked deletion; visiting specialists are real (5.5 partially_met).
- Resources: general library access plus walling kit (hard hats, gloves, a batter frame) - the right
  word about the wrong thing (5.6 partially_met).
- Impact: confidence ratings compared; pupil measures only under the "former Certificate in Inclusive
  Outdoor Learning (2005–2008)" (a past arrangement) and "We intend to do something similar" (5.9
  partially_met).
- CRB: General Condition 3 is concrete (5.3 met). Disability adjustments concrete (3.1 met).
- Pupil voice exists only in the tracked insertion Endorsement 3, which also extends Proof 2 (1.5 met,
  6.S7 met: inserted text counts).
- Award Condition "every Line in your Cover Note has been proved", while Proof 2 only comments on
  child development and some Lines are in no Proof (6.0, 1.9 partially_met).
- Outcomes: taught and proved (met): 6.A1 A2 A4 A5 A7 K1 K2 K3 K5 K6 K7 K9 S1 S2 S2a S2c S3 S5 S7 S8
  S9. Taught only: 6.K4 ("comment on, but not mark"), 6.K8, 6.S6. Proved only (no Field Day lays
  them): 6.A3, 6.S4. Absent: 6.A6, 6.S2b (no summative tracking or national tests anywhere), 6.S2d
  (no access arrangements anywhere).

Run: python om-02-orrdale-policy-wording.build.py  (writes the .docx beside itself)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _om_helpers import (new_doc, para, add_runs, shade_cell, cell_text, set_col_widths, ins, dele,
                         inserted_para, deleted_para, comment, footnote, textbox, page_field, save)
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
NAME = "om-02-orrdale-policy-wording"
SC_AUTH, SC_DATE = "Scheme Committee (J. Threlfall)", "2009-04-06T16:40:00Z"

doc = new_doc(font="Arial", size=10, margins_cm=2.0)
B = {"bold": True}
I = {"italic": True}

# ---------- header / footer ----------
sec = doc.sections[0]
add_runs(sec.header.paragraphs[0], [("POLICY WORDING — SECTION W — SENCO AWARD COVER", B)], size=8)
fp = sec.footer.paragraphs[0]
add_runs(fp, ["Orrdale Walling Scheme · Section W · Issue 3 · Tutor support on the Stone Store every week of the year · "],
         size=7)
page_field(fp, prefix="Page ")

# ---------- title block ----------
for txt, sz in [("ORRDALE DRY STONE WALLING ASSOCIATION", 15), ("ORRDALE WALLING SCHEME", 12),
                ("POLICY WORDING · SECTION W", 12), ("SENCO Award Cover", 18),
                ("Issue 3 · April 2009 · Approval edition", 9)]:
    para(doc, [(txt, {"bold": True, "size": sz, "color": "FFFFFF"})], align="center", shade="4E5B31",
         space_after=0)
para(doc, "", space_after=4)

kp = doc.add_paragraph()
textbox(kp, [
    [("KEY FACTS", {"bold": True, "size": 11})],
    [("What is Section W? ", B), "The cover the Association gives a teacher on its course for the National Award for "
     "Special Educational Needs Coordination: eight Field Days, Home Lengths in your own school, the Stone Store, "
     "tutorials, four Proofs and, when you pass, the Award."],
    [("Who awards it? ", B), "Lunesmouth University, which validates the course."],
    [("Significant exclusions: ", B), "no assessment-only cover; no placements arranged by us; no credit for "
     "experience alone. See Part 7."],
    [("Can I change my mind? ", B), "You may defer once, to the next intake (General Condition 4)."],
    [("How do I complain? ", B), "See Part 9."],
], width_pt=470, fill="EDEFE6", stroke="4E5B31")

para(doc, [("About this wording. ", B), "This is the third issue of Section W. It is set out in the form the Association "
           "uses for everything it issues under the Orrdale Walling Scheme, which since 1994 has covered our members’ "
           "walling work, our training courses and our schools’ days. Section W is new. It covers the Association’s "
           "course for the National Award for SEN Coordination, which we run with Orrdale Council and which Lunesmouth "
           "University validates. We send it to the TDA as our application as the Scheme Committee left it on 6 April, "
           "with the Committee’s marked changes."], space_before=6)
para(doc, [("How to read this wording. ", B), "In this wording “you” and “your” mean the Insured, the teacher named on "
           "the Cover Note. “We”, “us” and “our” mean the Association acting as Scheme Administrator. Words with capital "
           "letters have the meanings given in Part 2. Headings are for convenience only."])
p = para(doc, [("Statement of demands and needs. ", B), "This Section meets the demands and needs of a provider whose "
               "programme must ‘reflect recent research and inspection evidence and important developments and innovations "
               "relating to special educational needs and disability’ and must ‘involve rigorous assessment of "
               "participants against all of the programme outcomes’. We have not given you advice about whether this "
               "cover suits you."], shade="F2F2F2")


def heading(txt):
    return para(doc, [(txt, {"bold": True, "size": 11, "color": "4E5B31"})], space_before=10, space_after=4, keep=True)


def clause(num, parts, indent=0.0, after=4):
    if isinstance(parts, str):
        parts = [parts]
    p = para(doc, [(num + "  ", B)] + parts, space_after=after)
    p.paragraph_format.left_indent = Cm(1.0 + indent)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    return p


def bullets(items, indent=1.6):
    out = []
    for it in items:
        p = para(doc, ["•\t" + it], space_after=1)
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        out.append(p)
    return out


# ---------- PART 1 SCHEDULE ----------
heading("PART 1   THE SCHEDULE")
sched = [
    ("Scheme Administrator", "Orrdale Dry Stone Walling Association, The Lime Kiln Yard, Thwaite Foot, Orrdale. "
                             "Scheme Administrator: Mrs Jean Threlfall"),
    ("Policy number", "[issued on acceptance]"),
    ("The Insured", "The teacher named on the Cover Note"),
    ("The Employer", "The school named on the Cover Note"),
    ("Award", "Postgraduate Certificate: National Award for Special Educational Needs Coordination"),
    ("Validated by", "Lunesmouth University (validation event 3 March 2009; conditions signed off 24 March 2009)"),
    ("Level", "Level 7 (masters)"),
    ("Credit value", "[60 – to be confirmed by the University’s Academic Board, June 2009]"),
    ("Periods of Cover", "Intake A: 14 September 2009 to 9 July 2010. Intake B: 1 February 2010 to 10 December 2010"),
    ("Premium", None),
    ("Sections in force", "W1 Field Days · W2 Home Lengths · W3 The Stone Store · W4 Claims for credit · "
                          "W5 Proofs and the Award · W6 Our undertakings"),
]
st = doc.add_table(rows=len(sched), cols=3)
st.style = "Table Grid"
for i, (k, v) in enumerate(sched):
    cell_text(st.cell(i, 0), [(k, B)], size=9, shade="DDE3CF")
    if k == "Sections in force":
        m = st.cell(i, 1).merge(st.cell(i, 2))
        cell_text(m, v, size=9)
    elif k == "Premium":
        c = st.cell(i, 1).merge(st.cell(i, 2))
        pp = c.paragraphs[0]
        dele(pp, "£1,250", SC_AUTH, SC_DATE, size=9)
        ins(pp, "£1,180", SC_AUTH, SC_DATE, size=9)
        add_runs(pp, [" per Insured, invoiced to the Employer"], size=9)
        footnote(doc, pp, "Orrdale Council pays half the premium for its maintained schools. Academies and "
                          "independent schools pay in full.")
    else:
        m = st.cell(i, 1).merge(st.cell(i, 2))
        cell_text(m, v, size=9)
set_col_widths(st, [3.8, 6.6, 6.6])
lvl = [p for p in st.cell(6, 1).paragraphs][0]
footnote(doc, lvl, "Level 7 of the Framework for Higher Education Qualifications in England, Wales and Northern Ireland.")

# ---------- PART 2 DEFINITIONS ----------
heading("PART 2   DEFINITIONS")
defs = [
    ("Adjuster", "The Field Tutor who second-marks and moderates a Proof. Never the Surveyor of the same Proof."),
    ("Block", "A group of Field Days: the Autumn, Spring and Summer Blocks. A Block week is the week of a Field Day."),
    ("Cover Note", "Your individual training plan, issued after the Survey (4.3)."),
    ("Field Day", "One of the eight taught days in W1."),
    ("Field Tutor", "A tutor appointed by us and approved by the University (W6.1)."),
    ("Home Length", "A task done in your own school between Field Days (W2)."),
    ("Independent Assessor", "The external examiner appointed by Lunesmouth University."),
    ("Lines", "What you must be able to do by the end of the Period of Cover, set out in W1 and W5: our wording of "
              "the national minimum outcomes."),
    ("Mate", "A senior colleague named by your Employer who supports you in school."),
    ("Proof", "One of the four assessed pieces in W5."),
    ("Renewal Notice", "The plan for your next year’s development that you write at Field Day 8 (W5.9)."),
    ("Stone Store", "Our online site, on Lunesmouth University’s Moodle (W3)."),
    ("Survey", "Our assessment of your needs before cover starts (4.3)."),
    ("Surveyor", "The Field Tutor who first marks a Proof."),
]
dt = doc.add_table(rows=0, cols=2)
dt.style = "Table Grid"
for k, v in defs:
    c = dt.add_row().cells
    cell_text(c[0], [(k, B)], size=9)
    cell_text(c[1], v, size=9)
set_col_widths(dt, [3.8, 13.2])

# ---------- PART 3 PURPOSE ----------
heading("PART 3   THE PURPOSE OF THIS COVER")
clause("3.1", "This cover exists for children. Its purpose is to raise the achievement and well-being of children and "
              "young people with special educational needs and disabilities in your school, in all five Every Child "
              "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and "
              "achieving economic well-being), by improving what you know, understand and can do as their SENCO.")
clause("3.2", "That purpose runs through every Section. Each Field Day opens with the question “What will be different "
              "for children?”. Each Proof ends with a section headed “Difference for children”, which is marked: you "
              "must show evidence of the change your work made for the children concerned in at least two of the five "
              "outcomes. A Proof without it is not passed.")
clause("3.3", [("Statement of belief. ", I), "The Association believes that every child deserves a wall that stands: "
              "sound footings, good throughs and a cope that keeps the weather out. We believe in inclusion, in "
              "partnership and in the dignity of craft."])

# ---------- PART 4 BECOMING INSURED ----------
heading("PART 4   BECOMING INSURED")
clause("4.1", "Eligibility. You are eligible for cover if (a) you hold Qualified Teacher Status; (b) you are the SENCO "
              "of your school, or your head has designated you to become SENCO during the Period of Cover; and (c) your "
              "Employer signs Part C of the Proposal, agreeing to release you for the Field Days and naming your Mate.")
clause("4.2", "The Proposal. Part A asks for your details; Part B asks what we should know to make the cover work for "
              "you (General Condition 1); Part C is for your Employer; Part D is for claims for credit (W4).")
clause("4.3", "The Survey. Before your Period of Cover starts, a Field Tutor surveys you against every Line. You rate "
              "yourself on our Survey sheet and bring two pieces of your own SEN paperwork (a pupil’s plan and a note of "
              "a review meeting, say); the Field Tutor then visits your school and talks the ratings through with you "
              "and your head. Within two weeks we issue your Cover Note, which is your individual training plan. It "
              "lists the Lines you can already show (you still prove them, but the Field Days that lay them become "
              "optional for you), the Lines you need, the Field Days you must attend, and the Home Lengths set for your "
              "school. The Surveyor who marks your first Proof checks the Cover Note against your work and amends it if "
              "the Survey was wrong.")
clause("4.4", "Declining a Proposal. If the Survey shows that you could not reasonably reach every Line within the "
              "Period of Cover (for example, because you have not yet taught children with SEN in your own class), we "
              "will not accept the Proposal. We will write to you and to your head saying what to do first, usually a "
              "term on Orrdale Council’s SEN Foundation Programme, and invite you to propose again for a later intake.")

# ---------- PART 5 WHAT IS COVERED ----------
heading("PART 5   WHAT IS COVERED")
para(doc, [("Section W1   Field Days", {"bold": True})], space_before=4, keep=True)
clause("W1.1", "You are covered for eight Field Days in three Blocks. Intake A takes the Blocks in the order below; "
               "Intake B starts with the Spring Block and ends with the Autumn Block. Field Days run from 9.30 to 3.30 at "
               "the Lime Kiln Yard or the Orrdale Professional Centre. Each Field Day lays the Lines shown.")

fd = [
    ("Autumn Block", "1  Footings: the law",
     "The Education Act 1996 and the SEN Code of Practice 2001 — the graduated response, School Action and School "
     "Action Plus, statutory assessment and statements, annual reviews — and what they ask of you, your head and your "
     "governors, and how to put them into practice; the Disability Discrimination Act 1995 as amended in 2005, the "
     "disability equality duty, accessibility plans and what they require a school to do for disabled pupils; Every "
     "Child Matters, the Children Act 2004, the common assessment framework and the SENCO’s part in the five outcomes; "
     "Removing Barriers to Achievement and the Inclusion Development Programme."),
    ("Autumn Block", "2  Knowing the stone",
     "How children develop, and how special educational needs, disability and the physical and social setting for "
     "learning affect development; the most common types of SEN and disability — behavioural, emotional and social "
     "difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, "
     "autism, moderate learning difficulties — and how each affects learning; what works, drawing on current thinking "
     "about effective practice."),
    ("Autumn Block", "3  Sorting and placing",
     "Identifying children who may have SEN; setting challenging targets; planning interventions and reviewing them; "
     "provision mapping, and finding provision that is missing or not working; a critical look at approaches to "
     "assessment, planning and teaching, including the use of ICT, to remove barriers and personalise provision."),
    ("Spring Block", "4  Two faces",
     "Working in partnership with parents and carers, co-led by the Orrdale Parent Partnership Service: relationships "
     "with children and their families that stay fair, respectful and constructive when things are hard; an annual "
     "review role-play; giving difficult news and listening to what comes back."),
    ("Spring Block", "5  Throughs",
     "Other services and voluntary organisations: the educational psychology service, speech and language therapy, "
     "CAMHS, Orrdale Autism Outreach, Orrdale Mencap and the Dales Dyslexia Association each explain what they do and "
     "how to get their help and resources; using their assessments in planning teaching; helping colleagues build "
     "formative assessment into their lessons, with approaches that work for children with SEN."),
    ("Spring Block", "6  Working the gang",
     "Advising and supporting colleagues inside your school and beyond it: observing and giving feedback, modelling, "
     "coaching and mentoring, planning a training session (each Insured is paired with a SENCO from another school and "
     "runs a staff meeting there as a Home Length); speaking and writing clearly, and listening; case problems in which "
     "you must see trouble coming and make a decision about a child’s provision."),
    ("Summer Block", "7  Cope",
     "Working with senior colleagues and governors on an inclusive ethos, policy, priorities and resources; winning "
     "the commitment of the head and staff; the principles of school self-evaluation and improvement and how they "
     "bear on outcomes for children with SEN; reviewing the effectiveness of provision with other staff to inform the "
     "school’s self-evaluation."),
    ("Summer Block", "8  Walking the wall",
     "Keeping up to date and taking responsibility for your own professional development in SEN and disability; "
     "drafting your Renewal Notice (W5.9)."),
]
ft = doc.add_table(rows=1, cols=3)
ft.style = "Table Grid"
for i, h in enumerate(["Block", "Field Day", "What is laid"]):
    cell_text(ft.cell(0, i), [(h, B)], size=9, shade="B8C49A")
start = {}
for blk, day, what in fd:
    c = ft.add_row().cells
    cell_text(c[1], [(day, B)], size=9)
    cell_text(c[2], what, size=9)
    start.setdefault(blk, []).append(len(ft.rows) - 1)
for blk, rws in start.items():
    m = ft.cell(rws[0], 0).merge(ft.cell(rws[-1], 0))
    cell_text(m, [(blk, B)], size=9, shade="DDE3CF")
set_col_widths(ft, [2.6, 3.4, 11.0])

clause("W1.2", "Specialist expertise. Besides the Field Tutors, every Field Day has at least one visiting specialist "
               "from the services named in Field Day 5, or from Orrdale Council’s sensory support and behaviour support "
               "teams, who stays for the day and takes questions about your own children.")
clause("W1.3", "What is not covered under W1. A Field Day missed through illness is not repeated for you alone; you may "
               "attend it with the next intake at no charge.")
clause("W1.4", "Cost. The Premium covers everything in this Section. Because the Field Days that lay Lines you can "
               "already show are optional for you, your Employer pays for no more supply cover than you need.")

para(doc, [("Section W2   Home Lengths", B)], space_before=6, keep=True)
clause("W2.1", "Between Field Days you are covered for Home Lengths: tasks done in your own school, set by your Field "
               "Tutor from your Cover Note to fit your school, and agreed with your Mate. There are normally two Home "
               "Lengths in each Block. Your Mate meets you after every Field Day.")
clause("W2.2", "After each Block your Field Tutor holds an hour’s tutorial with you to review your Cover Note, record the "
               "Lines you have moved on, and set your next Home Lengths.")
clause("W2.3", "What is not covered under W2. Home Lengths in a school other than your own, except the paired staff "
               "meeting in Field Day 6.")

para(doc, [("Section W3   The Stone Store", B)], space_before=6, keep=True)
clause("W3.1", "You are covered for access to the Stone Store, our online site on Lunesmouth University’s Moodle, from "
               "the day your Cover Note is issued. It holds the Field Day materials and reading, the Home Length briefs, "
               "and the Wallers’ Bothy, a discussion forum for your intake.")
p = clause("W3.2", "Field Tutors answer questions posted on the Stone Store ")
dele(p, "within three working days throughout the Period of Cover.", SC_AUTH, SC_DATE)
ins(p, "within three working days in Block weeks.", SC_AUTH, SC_DATE)
clause("W3.3", "Your Mate may have a guest login to see your Home Length briefs and to message your Field Tutor.")
clause("W3.4", "What is not covered under W3. Tutor replies on the Stone Store outside Block weeks, except in the "
               "fortnight before a Proof is due.")

para(doc, [("Section W4   Claims for credit", B)], space_before=6, keep=True)
clause("W4.1", "You may claim credit for prior certificated study at Level 7 in special educational needs, completed in "
               "the last five years, up to 20 credits. Make your claim on Part D of the Proposal with your transcript. "
               "The University’s Accreditation of Prior Learning panel decides the claim, and a successful claim excuses "
               "you from the Proof that carries those Lines.")
clause("W4.2", "What is not covered under W4. Claims based on experience alone. We take your experience into account in "
               "the Survey, and it may make Field Days optional for you, but we do not give credit for it.")

para(doc, [("Section W5   Proofs and the Award", B)], space_before=6, keep=True)
clause("W5.1", "There are four Proofs. Each is first marked by a Surveyor against the University’s Level 7 criteria, and "
               "each ends with “Difference for children” (3.2). Proofs are about your school, not about the literature: "
               "you are not asked to review research in any of them.")
clause("W5.2", "Proof 1: the Footing Essay (3,500 words, after the Autumn Block). You pass Proof 1 by showing that you:")
bullets(["know SEN law and the Code of Practice, what they mean for your school, for you and for others, and how to put "
         "them into practice;",
         "know the Every Child Matters outcomes and how you as SENCO help children reach them;",
         "know disability equality law and what it requires your school to do for disabled pupils;",
         "understand the principles of school self-evaluation and improvement and how they bear on outcomes for children "
         "with SEN."])
clause("W5.3", "Proof 2: the Case Length (a study of one child over two terms, 4,000 words with appendices). You pass "
               "Proof 2 by showing that you:")
bullets(["know the child’s needs and how they affect the child’s learning;",
         "used a critical grasp of approaches and resources, ICT included, to remove barriers and personalise the "
         "child’s provision;",
         "used the assessments of other professionals to shape the child’s teaching;",
         "know what the other agencies involved do, and how you got their help;",
         "worked with those services and any voluntary organisations so that the support hung together;",
         "kept a fair, respectful and constructive relationship with the child and the child’s parents or carers;",
         "worked with the parents or carers to promote the child’s learning and development;",
         "saw problems coming, resolved them, and made well-founded decisions about the child’s provision."])
para(doc, "Your Surveyor will also comment on, but not mark, what you write about the child’s development and what has "
          "shaped it.", indent_cm=1.0)
clause("W5.4", "Proof 3: the Gap Survey (a project in your own school, 4,000 words). You must put a change to provision in "
               "place in your school and report what happened. You pass Proof 3 by showing that you:")
bullets(["identified the children concerned, set challenging targets, planned interventions and reviewed their progress;",
         "mapped the school’s provision and found what was missing or not working;",
         "deployed and managed teaching assistants and other staff to deliver the change;",
         "encouraged colleagues to develop formative assessment, with approaches suited to pupils with SEN."])
clause("W5.5", "Proof 4: the Cope Review (a twenty-minute presentation to a panel of your head, a governor and a Field "
               "Tutor, with a 2,000-word reflective commentary on a change you led). You pass Proof 4 by showing that you:")
bullets(["worked with senior colleagues and governors to shape an inclusive ethos, policy, priorities and the use of "
         "resources;",
         "won the commitment of your head and colleagues;",
         "supported a colleague’s development by observing, modelling, coaching or training;",
         "expressed yourself clearly in speech and writing, and listened to and understood other people’s views;",
         "prioritised, managed your time and delegated appropriately;",
         "kept up to date and took responsibility for your own professional development."])
clause("W5.6", "Marking and adjusting. Before each Proof the Surveyors meet to mark three pieces together against the "
               "criteria. The Adjuster second-marks, blind, every fail and one in four of the rest. The Independent "
               "Assessor samples every Proof and sits on a third of the Cope Review panels. The University’s Board of "
               "Examiners confirms all marks.")
clause("W5.7", "Award Condition. The Award is issued only when you have passed all four Proofs and the Adjuster has "
               "confirmed that every Line in your Cover Note has been proved.")
clause("W5.8", "Resubmission. You may resubmit any Proof once.")
clause("W5.9", "Renewal Notice. At Field Day 8 you draft your Renewal Notice: three development targets for the year "
               "after the Award, on our template, with the support you will need to meet them. Your Field Tutor comments "
               "on it, and you take it to your head for your next performance management review.")

para(doc, [("Section W6   Our undertakings", B)], space_before=6, keep=True)
clause("W6.1", "Field Tutors. Dr Helen Capstick (course leader; formerly Orrdale Council’s senior adviser for SEN; EdD "
               "on SEN coordination in rural primary schools); Martin Oddie (senior educational psychologist, Orrdale "
               "Council); Sue Brunskill (specialist teacher for specific learning difficulties, AMBDA); Gareth Ellwood "
               "(SENCO at Thwaite Foot Community School; MA in Inclusive Education). Each Field Tutor teaches in schools "
               "or works with schools every week, attends the Orrdale SENCO Network each term and the University’s "
               "annual staff development day.")
clause("W6.2", "Roles. Every Field Tutor has the Field Tutors’ Handbook, which sets out who surveys, teaches, tutors, "
               "marks and adjusts, and when the Employer is contacted. Mates attend a twilight briefing before each "
               "intake and receive the Mates’ Guide, which says what they do after each Field Day and for each Proof. "
               "Surveyors’ standardisation is in W5.6.")
clause("W6.3", "Evaluation. Inside the course: a feedback form after every Field Day; an analysis of Proof results Line by "
               "Line after each Block; a Field Tutors’ review meeting after each Block. Outside it: the Independent "
               "Assessor’s annual report; the University’s annual monitoring; and a review of the course each summer by "
               "Orrdale Council’s School Improvement Service. The Scheme Committee considers all of this each term and "
               "decides what changes, and each new intake is given a note, “What we changed”, on its first Field Day.")
p = clause("W6.4", "Impact. At the Survey and again at Field Day 8 you rate your confidence against every Line, and we "
                   "compare the two for the whole intake. Under our former Certificate in Inclusive Outdoor Learning "
                   "(2005–2008), Insureds’ schools sent us reading and attendance figures each term for the children in "
                   "their projects, and we reported them to the Scheme Committee. We intend to do something similar for "
                   "Section W once the Scheme Committee has agreed it.")
comment(doc, p.runs[-1:], "Can we promise the pupil figures again? Schools were slow to send them last time.",
        "Scheme Committee (A. Metcalfe)", "AM")
p = clause("W6.5", "Stakeholders. In writing this Section we took account of what Orrdale Council, headteachers and "
                   "SENCOs told us schools want from the Award, and their views have shaped this Issue. ")
comment(doc, p.runs[-1:], "Shouldn’t we put the Council’s survey in? 74 SENCOs replied and 52 asked for provision "
                          "mapping. JT", "Scheme Committee (J. Threlfall)", "JT")
add_runs(p, ["Two headteachers nominated by the Orrdale Heads’ Association, a SENCO elected by each intake and a parent "
             "nominated by the Parent Partnership Service sit on the Scheme Committee, which receives the evaluation "
             "evidence in W6.3 every term and decides what changes. The Parent Partnership Service co-leads Field Day 4, "
             "and the services in Field Day 5 take part as visiting specialists."])
clause("W6.6", "Resources. As an associate student of Lunesmouth University you may use its library. For the optional "
               "walling hour at the Lime Kiln Yard we provide hard hats, gloves, eye protection and a batter frame for "
               "every Insured.")

# ---------- PART 6 GENERAL CONDITIONS ----------
heading("PART 6   GENERAL CONDITIONS")
clause("GC1", "Telling us what you need. We want to know about any disability, health condition or other circumstance "
              "that might make part of the cover harder for you, so that we can make reasonable adjustments before you "
              "start. Part B of the Proposal asks, and says why. What you tell us is kept by the Scheme Administrator and "
              "is not seen by anyone deciding your Proposal. Adjustments we make include moving Field Days to the "
              "ground-floor room at the Professional Centre; materials in large print, on coloured paper or "
              "electronically; BSL interpreters; rest breaks; and extra time or another format for a Proof, agreed with "
              "the University’s disability service. Both venues have level access and accessible toilets, and our "
              "leaflet for the Award says in words and pictures that disabled teachers are welcome and how to ask for "
              "what they need.")
clause("GC2", "Your Employer. Your Employer must release you for the Field Days you are to attend and name a Mate. If "
              "your Employer withdraws, tell us; cover continues if another school takes you on.")
clause("GC3", "Checks. Cover does not start until the Scheme Administrator has seen the original of your current "
              "enhanced CRB disclosure. If you have not worked in a school or college in a post with regular contact "
              "with children in the last three months, we will process a new enhanced disclosure for you before you "
              "start. Part C of the Proposal also asks your head to confirm that you are not barred from working with "
              "children and that no disciplinary proceedings are outstanding against you.")
clause("GC4", "Deferral and changes. You may defer once, to the next intake. Because there are two intakes a year and "
              "Intake B takes the Blocks in a different order, you may start in September or February. A missed Field "
              "Day may be attended with the next intake (W1.3). Field Days are face to face and the Stone Store is "
              "online; all of the cover is part time.")
clause("GC5", "Own work. A Proof that is not your own work is not passed and may end your cover.")

# ---------- PART 7 GENERAL EXCLUSIONS ----------
heading("PART 7   GENERAL EXCLUSIONS")
para(doc, "This Section does not cover:")
p = clause("E1", "Assessment only. We do not provide cover for anyone who wishes to be assessed without attending Field "
                 "Days, however experienced. Every Insured attends at least six of the eight Field Days.")
comment(doc, p.runs[-1:], "Lunesmouth’s own MA has an assessment-only route. Do we want one? JT",
        "Scheme Committee (J. Threlfall)", "JT")
clause("E2", "Placements. We do not arrange placements in other schools or settings. Any visit you make to another "
             "school, other than the paired staff meeting in Field Day 6, is a matter between you and your Employer.")
clause("E3", "Credit for experience alone (W4.2).")
clause("E4", "Walling. No Insured is required to build, lift or carry stone.")
clause("E5", "Supply cover and travel costs, which are your Employer’s.")

# ---------- PART 8 ENDORSEMENTS ----------
heading("PART 8   ENDORSEMENTS")
para(doc, [("Endorsements change the cover above. An endorsement applies only where it is printed in this wording.", I)])
clause("End. 1", "Intake B. For Intake B the Blocks run Spring, Summer, Autumn, and the Footing Essay is due after the "
                 "Autumn Block.")
deleted_para(doc, [("End. 2  ", B), "Placements. We will arrange two days for each Insured at Fellside Special School and "
                   "one day at an Orrdale resource base, during the Spring Block."], SC_AUTH, SC_DATE)
inserted_para(doc, [("End. 3  ", B), "Pupil voice. From Intake A, Field Day 4 includes a session led by Orrdale Young "
                    "Voices on consulting children and young people, including those with little or no speech, about the "
                    "decisions that affect them. Proof 2 is extended: you must also show that the child took part in "
                    "planning, agreeing and reviewing their own provision, and how you helped colleagues work with the "
                    "child in that way."], SC_AUTH, SC_DATE)

# ---------- PART 9 COMPLAINTS ----------
heading("PART 9   COMPLAINTS")
clause("9.1", "If you are unhappy with any part of the cover, tell the Scheme Administrator, who will reply within ten "
              "working days. If you are still unhappy, the University’s complaints procedure for students on validated "
              "courses applies.")
para(doc, "", space_after=6)
para(doc, [("Signed for the Association", I)], space_after=0)
para(doc, "Jean Threlfall, Scheme Administrator, 7 April 2009")

save(doc, HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
