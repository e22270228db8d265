"""qd-02-fendyke-tech-pack: build the .docx next to this script.

Provider: Fendyke Handball Club ("the Foxes"), through the Fendyke Handball Community Trust, with Brackenhurst
University's School of Education and Lifelong Learning, which validates the course as a Postgraduate
Certificate at Master's level.

Document kind and layout: a garment TECH PACK on the club kit secretary's template, used to specify the course
as a "style" (FHC-SEN09 "The Award") for the "factory" (the University). Eleven numbered pages, each opened by a
typed, shaded bar ("PAGE 3 - BILL OF MATERIALS"); no heading styles. A cover text box "TO THE PANEL" keys the
Points of Measure table on Page 6 ("In tolerance at", "Proto only", "Dropped from this style"). A style
summary table with merged cells and placeholders ([Name], a blank Approved by, "[TBC by factory] credits"),
flat-sketch placeholders, a revision history (past arrangements), a bill of materials (staff, mentors,
specialists, resources) with the template's grey prompts left in and a deleted row, a size set (routes), a
construction sheet of Operations (study days, workroom tasks) with a deleted operation, a landscape Points of
Measure table grouped Body / Sleeve / Collar whose codes clash with Annex 3's letters (sleeve S01-S07 are the
professional attributes, not the skills; body B01-B13 are the skills), quality control, a fit comments log, a
costing block, and an Open Issues list. Header and footer, tracked changes, comments, footnotes.

Traps (requirement ids):
- Credits only as a placeholder "[TBC by factory] credits at Master's level"; a comment (not part of the
  submission) gives a figure -> E.2 partially_met.
- Revision history: Rev A's "made to measure" assessment-only option and e-learning panel, both removed
  (past arrangements); size set says made to measure is "Not offered in this style"; Open Issues "may look
  at it for 2011" (a vague plan) -> 2.3 not_met.
- Deleted operation Op 80 (end-of-course target setting) and an Open Issue saying it was removed ->
  2.5 not_met.
- APL: prior study is taken into account in the Fit Record but "Credit from earlier study is not carried
  over" -> 2.1 partially_met.
- Entry: any qualified teacher with the head's signature; no check of prior knowledge -> 5.2 partially_met.
- Equality: a compliance statement plus large print on request -> 3.1 partially_met.
- E-learning: three self-study units online in the Kit Room, but no tutor or peer support online and
  questions wait for the next day -> 3.3 partially_met.
- Placements: the BOM row for special-school placement days is a deleted tracked change; "participants are
  not placed outside their own school"; placements only hoped for -> 5.5 partially_met (specialists do teach).
- Mentors ("Lining") only sent this pack and a letter; tutors are trained -> 5.7 partially_met.
- Pupil voice: "a short input" and sleeve/body row "Proto only" -> 1.5, 6.S7 partially_met.
- POM values: "Proto only" (fitted and commented on at the Fit Session, never measured) -> 6.A2, 6.A6,
  6.K2 (a cell changed by tracked change from "Insp 1" to "Proto only"), 6.K8, 6.S2b, 6.S7 partially_met;
  "Dropped from this style" -> 6.K4, 6.S4 not_met. With these, 1.9 partially_met.
- A tracked inserted row (access arrangements, B06) is part of the submission -> 6.S2d met.
- Code clash: "S02" in the POM table is the sleeve point for the head's commitment (6.A2), not skill 6.S2.
- The cover text box "APPROVED FOR PRODUCTION ... Every point of measure in tolerance" is a blanket claim
  about coverage. The award rule in Quality Control requires only the points "the wearer has been measured
  on", so "Proto only" and dropped points are never required -> 6.0 partially_met, 1.9 partially_met.
- Template prompts in grey ("<Enter composition ...>") are never answers.
- Comments from the factory are not part of the submission.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _qd_helpers import (new_doc, para, add_runs, shade_para, border_para, table, merge, set_cell, shade_cell,
                         ins_run, del_run, delete_row, insert_row_mark, replace_in_cell, comment, Footnotes,
                         text_box, header_footer, landscape_section, portrait_section)
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "qd-02-fendyke-tech-pack.docx"

FOX = "D9622B"    # club orange
BAR = "3A3A3A"
LIGHT = "F3E3D9"
GREY = "EDEDED"
PROMPT = {"italic": True, "color": "8C8C8C"}

doc = new_doc("Calibri", 10)
fn = Footnotes(doc)
AUTH = "K. Ashdown"
header_footer(doc.sections[0], "FENDYKE HANDBALL CLUB  |  KIT TECH PACK  |  Style FHC-SEN09 \u2018THE AWARD\u2019  |  "
              "Season 2009-10  |  Rev C", "Fendyke Handball Community Trust. Confidential: for the factory and the TDA panel.")


def bar(text):
    p = para(doc, [(text, {"bold": True, "size": 11, "color": "FFFFFF"})], shade=BAR, space_before=12,
             space_after=4, keep=True)
    return p


def sub(text):
    return para(doc, [(text, {"bold": True, "color": "B04A1C"})], space_before=6, space_after=2, keep=True)


def body(parts, **kw):
    return para(doc, parts, space_after=4, **kw)


# ---------------------------------------------------------------- cover
para(doc, [("FENDYKE HANDBALL CLUB", {"bold": True, "size": 18, "color": "B04A1C"})], space_after=0)
para(doc, [("Kit Tech Pack  \u2022  Style FHC-SEN09  \u2022  \u2018The Award\u2019", {"bold": True, "size": 13})],
     space_after=8)
text_box(doc, [
    ("TO THE PANEL", True, 10),
    ("Our kit secretary has written the tech packs for the Foxes' match kit for fifteen years, and the Trust's course "
     "team, most of whom play or coach at the club, found it the clearest way to set out a course that several hands "
     "must make the same way every time. So the course is a style, FHC-SEN09. 'We' means the Fendyke Handball "
     "Community Trust, which designs and makes it; 'the factory' means Brackenhurst University, which validates it and "
     "awards it; the wearer is the participant.", False, 9),
    ("How to read the Points of Measure (Page 6). Each point of measure (POM) is one of the national outcomes in our "
     "words. 'Cut at' gives the Operation (Page 5) where it is made. 'In tolerance at' gives the Inspection where it is "
     "measured and marked: Insp 1, Insp 2 or both. 'Proto only' means the point is shaped in an Operation and looked at "
     "at the Fit Session, where the wearer gets comments but no mark; it is not measured at any Inspection. 'Dropped "
     "from this style' means this course does not make it.", False, 9),
    ("Grey italic text in angle brackets is the template's own prompt and is not part of our answer.", False, 9),
], width_pt=455, height_pt=200, fill="FFF6F0", stroke="D9622B")
text_box(doc, [("APPROVED FOR PRODUCTION", True, 12),
               ("Rev C. Every point of measure in tolerance at final inspection.", False, 9)],
         width_pt=220, height_pt=44, fill="FFFFFF", stroke="B04A1C")

# ---------------------------------------------------------------- page 1
bar("PAGE 1 \u2014 STYLE SUMMARY")
st = doc.add_table(rows=7, cols=4)
st.style = "Table Grid"
cells = [
    ("Style no.", "FHC-SEN09", "Style name", "The Award (National Award for SEN Coordination)"),
    ("Season", "2009-10 (first cut September 2009; second cut January 2010)", "Brand", "Fendyke Handball Community Trust"),
    ("Factory", "Brackenhurst University, School of Education and Lifelong Learning", "Factory contact", "[Name]"),
    ("Size range", "S (Standard), L (Long); see Page 4", "Sample stage", "PP (pre-production)"),
    ("Credit value", "[TBC by factory] credits at Master's level", "Approved by", ""),
]
for i, row in enumerate(cells):
    for j, v in enumerate(row):
        set_cell(st.cell(i, j), v, size=9, bold=(j % 2 == 0), shade=(LIGHT if j % 2 == 0 else None))
credit_cell = st.cell(4, 1)
comment(doc, credit_cell.paragraphs[0].runs, "Validation panel on 4 February will confirm 60.", author="Brackenhurst (M. Ilsley)",
        initials="MI")
merge(st, 5, 0, 5, 3, "Description", bold=True, shade=LIGHT, size=9)
merge(st, 6, 0, 6, 3, "A part-time course of three terms (five on the Long size) taking a teacher new to coordinating provision for pupils with SEN "
      "and disabilities to the national outcomes. Brackenhurst University validates the course as its Postgraduate "
      "Certificate in Special Educational Needs Coordination, registers every participant and awards the certificate; "
      "the Trust designs and teaches it with the University's tutors.", size=9)
para(doc, "", space_after=2)
sk = table(doc, [["[FRONT FLAT SKETCH \u2014 attached as PDF]", "[BACK FLAT SKETCH \u2014 attached as PDF]"]], size=9)
for c in sk.rows[0].cells:
    shade_cell(c, GREY)
para(doc, "", space_after=2)
sub("Design intent")
body("This style is made for one purpose: raising the achievement and well-being of children and young people with SEN "
     "and disabilities in the wearer's school, across all five Every Child Matters outcomes, being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. The course aims "
     "say so; every Operation names the pupils it is meant to help; and both Inspections ask for evidence of what "
     "changed for pupils, with a baseline before the wearer's intervention and a measure after it.")
body("Every Operation is cut in the wearer's own school as well as in the room: between the taught days each wearer "
     "carries out a Workroom task in school that applies the day's work to real pupils and colleagues and is checked "
     "against the points of measure it serves, so the course changes practice while it is being made.")

# ---------------------------------------------------------------- page 2
bar("PAGE 2 \u2014 REVISION HISTORY")
table(doc, [
    ["Rev", "Date", "Change", "By"],
    ["A", "12 May 2008", "First proto for the club pilot: five taught days, one long assignment, an e-learning panel "
     "with weekly online tutor chats, and a 'made to measure' option (assessment only, for experienced support "
     "teachers).", "KA"],
    ["B", "9 September 2008", "After the Proto 1 fit (see Page 9): days cut to six hours to end by 3.30; provision "
     "mapping day added; e-learning panel replaced by the Kit Room (Page 3); made-to-measure option withdrawn; "
     "Lining (school mentors) added.", "KA / RF"],
    ["C", "14 January 2009", "Pre-production: Points of Measure aligned with the national outcomes; blind second "
     "marking and moderation added to Quality Control; Op 80 removed for cost.", "KA"],
], widths=[1.2, 2.8, 11.0, 1.6], header_shade=GREY, size=8.5)

# ---------------------------------------------------------------- page 3
bar("PAGE 3 \u2014 BILL OF MATERIALS")
body("Everything that goes into the style, and who supplies it.")
bom = [
    ["Ref", "Component", "Material / spec", "Supplier", "Placement"],
    ["BOM-01", "Shell", "Seven taught days (Operations 10 to 70), 9.30 to 3.30", "Trust tutors with University tutors",
     "Foxes clubhouse Education Room; University, Room B12"],
    ["BOM-02", "Lining", "A school mentor for every wearer: a senior leader or experienced SENCO named by the head",
     "The wearer's school", "Throughout, in school"],
    ["BOM-03", "Interlining", "Three one-to-one tutorials (after Ops 20, 50 and 70)", "Wearer's tutor", "School or clubhouse"],
    ["BOM-04", "Trims", "Specialist visitors who teach on the days: an educational psychologist, a speech and language "
     "therapist, CAMHS, the sensory support service, the Parent Partnership service, Dyslexia Action and the local "
     "branch of the National Autistic Society", "Fendyke and Marlcombe services; voluntary organisations",
     "Ops 20, 50"],
    ["BOM-05", "Thread", "Reading pack, University library card and e-journals for the year", "University library",
     "Throughout"],
    ["BOM-06", "Hardware", "The Kit Room: a laptop trolley with Clicker 5, Inspiration, text-to-speech and symbol "
     "software; a visualiser; six reading pens; a loan bank of assistive technology wearers can take into school for a "
     "half term to try with pupils; the Kit Room web pages (Page 4)", "Trust (bought with Awards for All grant, 2008)",
     "Clubhouse Education Room"],
    ["BOM-07", "Placement", "Two days in a special school or resourced base, shadowing its SENCO",
     "Ashgrove School; Marlcombe Hearing Base", "Between Ops 30 and 40"],
    ["BOM-08", "Labels", "Postgraduate Certificate and transcript", "Factory", "On completion"],
    ["BOM-09", "Packaging", None, "", ""],
]
bt = doc.add_table(rows=len(bom), cols=5)
bt.style = "Table Grid"
for i, row in enumerate(bom):
    for j, v in enumerate(row):
        if v is None:
            c = bt.cell(i, j)
            c.text = ""
            add_runs(c.paragraphs[0], [("<Enter composition and weight, e.g. 100% polyester, 140 gsm>",
                                        dict(PROMPT, size=8.5))])
            continue
        set_cell(bt.cell(i, j), v, size=8.5, bold=(i == 0), shade=(FOX if i == 0 else None))
delete_row(bt.rows[7], author=AUTH)
for row in bt.rows:
    for j, w in enumerate([1.5, 2.2, 7.0, 3.6, 3.0]):
        row.cells[j].width = Cm(w)
para(doc, "", space_after=2)
body("Participants are not placed outside their own school; the specialists come to them on the days.")
sub("Make-up team")
table(doc, [
    ["Role", "Who", "Qualified and current"],
    ["Course leader", "Rachel Fenn", "SENCO for nine years (primary and secondary); MEd in Inclusive Education; "
     "Fendyke's Inclusion Consultant, 2005-08; Foxes' women's team captain."],
    ["Tutor", "Kieran Ashdown", "Advanced Skills Teacher for SEN; OCR Level 7 in specific learning difficulties; club "
     "kit secretary."],
    ["Tutor", "Dr Hannah Quayle", "Educational psychologist, Fendyke Psychology Service, two days a month to the Trust."],
    ["Factory tutor", "Dr Martin Ilsley", "Principal Lecturer in SEN and Inclusion, Brackenhurst University."],
    ["External examiner", "Appointed by the factory", "From another university's SEN programme."],
], widths=[3.0, 3.4, 10.6], header_shade=GREY, size=8.5)
para(doc, "", space_after=2)
body("Tutors keep current: each works in schools at least one day a week, attends the University's SEN research "
     "seminars and spends two days a year with a specialist service of their choice.")

# ---------------------------------------------------------------- page 4
bar("PAGE 4 \u2014 SIZE SET AND GRADING")
sz = table(doc, [
    ["Size", "Fits", "Length", "Cuts (start)"],
    ["S \u2014 Standard", "Most wearers: full-time SENCOs and teachers named for the role", "Three terms",
     "September or January"],
    ["L \u2014 Long", "Part-time staff, wearers with heavy commitments, or where an adjustment calls for it",
     "Five terms", "September or January"],
    ["Made to measure", "Assessment only, without the course", "\u2014", "Not offered in this style."],
], widths=[3.0, 8.0, 2.5, 3.5], header_shade=GREY, size=8.5)
para(doc, "", space_after=2)
body("Grading rules. Both sizes use the same Operations and the same Inspections. Operations 40, 50 and 60 are made "
     "to stand alone, so a wearer on the January cut, or one who misses a day, takes them in a different order and "
     "picks up the missed day with the next cut. Wearers on the Long size may submit each Inspection in the term after "
     "the Standard date. Every size is part-time.")
body("Fitting prior study. We take account of what a wearer has already studied: at the Fit Session the tutor reads "
     "earlier certificates and transcripts and notes in the Individual Fit Record which Operations can be lighter for "
     "that wearer. Credit from earlier study is not carried over into this style.")
body("The Kit Room online. Three units are studied online between the days in the Kit Room web pages: Unit K1 the law "
     "in forty minutes, Unit K2 the common types of SEN, Unit K3 using data, each with readings, short films from "
     "partner schools and a self-marking quiz. Wearers can post in the Kit Room's discussion board. There is no tutor "
     "support online: tutors do not read or answer the board, and questions wait for the next day or the next "
     "tutorial.")
body("Adaptive fit. The Trust welcomes applications from disabled teachers and complies with the Disability "
     "Discrimination Act. Handouts are available in large print on request.")

# ---------------------------------------------------------------- page 5
bar("PAGE 5 \u2014 CONSTRUCTION (OPERATIONS)")
body("Operations in making order. Each taught day is followed by a Workroom task (WR) done in school with the Lining.")


def op(code, title, text):
    p = para(doc, [(code + "  ", {"bold": True, "color": "B04A1C"}), (title + ". ", {"bold": True}), text],
             space_after=5)
    return p


op("Op 05", "Fit Session", "Before the first day every wearer meets their tutor in school for ninety minutes. Using "
   "the Fit Record, the 29 points of measure set out as questions with examples of what good looks like, the wearer "
   "rates themself and the tutor tests each rating against the wearer's evidence and a short task. The tutor and "
   "wearer then agree the Individual Fit Record: the points the wearer most needs to work on, their personal targets, "
   "which Workroom tasks they will do in full and which lightly, and their Inspection topics. The Fit Record is "
   "re-taken at a second Fit Session after Op 50.")
op("Op 10", "The law and the Code",
   "The SEN Code of Practice (2001), its graduated response and statutory assessment; the Special Educational Needs "
   "and Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty "
   "and school accessibility plans; the Children Act 2004 and Every Child Matters, and what they ask of the SENCO. WR1: "
   "audit the school's SEN policy and accessibility plan against them.")
op("Op 20", "Finding and assessing",
   "Identifying pupils through classroom observation, data, assessment and other monitoring; the most common types "
   "of SEN (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
   "language and communication needs, autistic spectrum disorders and moderate learning difficulties) and how each "
   "affects learning, taught with the educational psychologist and the speech and language therapist; using "
   "assessments and reports from other professionals to plan teaching; choosing approaches, strategies and resources, "
   "ICT included, from the Kit Room; setting targets and planning interventions; national tests, P scales and "
   "tracking data; identifying in good time the access arrangements pupils need for tests and examinations and "
   "working with colleagues to put them in place. WR2: baseline a target group of pupils and plan an intervention.")
op("Op 30", "Provision mapping",
   "Building and costing a provision map; using it to find provision that is ineffective or missing. WR3: map the "
   "provision for the target group and one year group.")
op("Op 40", "Leading colleagues",
   "Winning the commitment of the head and senior leaders; supporting colleagues' development by observing teaching "
   "and giving feedback, modelling, coaching and mentoring, and planning training; helping colleagues use formative "
   "assessment with pupils with SEN. WR4: plan and lead a staff training session on assessment for learning.")
op("Op 50", "Parents, pupils and partners",
   "Working in partnership with parents and carers: a morning with the Parent Partnership service and two parents "
   "from the Fendyke Parent Carer Forum, and a rehearsed difficult meeting in which each wearer takes the SENCO's part "
   "and is given feedback by a parent; the work of outside agencies and voluntary organisations, how to reach them "
   "and how to plan jointly with them. There is a short input on pupil voice. WR5: plan one joint review with a "
   "parent and an outside agency.")
op("Op 60", "Leading SEN in the school",
   "Working with senior colleagues and governors on an inclusive ethos, SEN policy, priorities and resources; the "
   "principles of school self-evaluation and how they apply to pupils with SEN; reviewing the effectiveness of "
   "provision with colleagues; weighing evidence and taking sound decisions about provision; managing the SENCO's "
   "time, prioritising and delegating.")
p = op("Op 70", "Evidence and best practice",
       "Recent research and inspection evidence on meeting special educational needs, including Ofsted's 2006 report "
       "on inclusion and the Education and Skills Committee's 2006 report on SEN, and new developments such as the "
       "Inclusion Development Programme; how SENCOs find and use research and external advice.")
fn.add(p, "Ofsted, Inclusion: does it matter where pupils are taught? (HMI 2535, July 2006); House of Commons "
       "Education and Skills Committee, Special Educational Needs, Third Report of Session 2005-06.")
p = para(doc, "", space_after=5)
del_run(p, "Op 80  Final fitting. At the last day each wearer drafts their targets for the next two years with their "
        "tutor and takes a planning sheet to their head's performance review.", author=AUTH, bold=False)

# ---------------------------------------------------------------- page 6: POM (landscape)
landscape_section(doc)
bar("PAGE 6 \u2014 POINTS OF MEASURE")
para(doc, [("Key on the cover (TO THE PANEL). Codes follow the garment: B = body, S = sleeve, C = collar.",
            {"size": 9, "italic": True})])
POM = [
    ("BODY", None),
    ("B01", "Works with the senior team and governors on an inclusive ethos, policy, priorities and resources", "Op 60", "Insp 2", "\u00b1 0"),
    ("B02", "Identifies pupils, sets challenging targets, plans interventions and reviews progress", "Op 20", "Insp 1", "\u00b1 0"),
    ("B03", "Uses other professionals' assessments to shape teaching", "Op 20", "Insp 1", "\u00b1 0"),
    ("B04", "Uses national tests and summative data to track progress and change programmes", "Op 20", "Proto only", "\u2014"),
    ("B05", "Helps colleagues develop formative assessment for pupils with SEN", "Op 40", "Insp 2", "\u00b1 0"),
    ("B06", "Identifies access arrangements for tests and examinations in good time and puts them in place", "Op 20", "Insp 1", "\u00b1 0"),
    ("B07", "Uses provision mapping to plan provision and find what is ineffective or missing", "Op 30", "Insp 1", "\u00b1 0"),
    ("B08", "Deploys and manages staff", "\u2014", "Dropped from this style", "\u2014"),
    ("B09", "Supports colleagues' professional development", "Op 40", "Insp 2", "\u00b1 0"),
    ("B10", "Reviews provision with colleagues to inform the school's self-evaluation", "Op 60", "Insp 2", "\u00b1 0"),
    ("B11", "Involves pupils in planning, agreeing and reviewing their provision", "Op 50", "Proto only", "\u2014"),
    ("B12", "Liaises with parents and carers", "Op 50", "Insp 1", "\u00b1 0"),
    ("B13", "Works in partnership with other services and voluntary organisations", "Op 50", "Insp 2", "\u00b1 0"),
    ("SLEEVE", None),
    ("S01", "Fair, respectful, constructive relationships with pupils with SEN and their parents or carers", "Op 50", "Insp 1", "\u00b1 0"),
    ("S02", "Gains the commitment of colleagues, the head and senior leaders", "Op 40", "Proto only", "\u2014"),
    ("S03", "Prioritises, manages time and delegates", "Op 60", "Insp 2", "\u00b1 0"),
    ("S04", "Anticipates and solves problems; sound decisions on provision", "Op 60", "Insp 1", "\u00b1 0"),
    ("S05", "Clear in speech and writing; listens to others", "Op 40", "Insp 2", "\u00b1 0"),
    ("S06", "Uses research and external advice to improve practice", "Op 70", "Proto only", "\u2014"),
    ("S07", "Keeps up to date; takes charge of own CPD", "Op 70", "Insp 2", "\u00b1 0"),
    ("COLLAR", None),
    ("C01", "SEN law and the Code of Practice, and how to put them into practice", "Op 10", "Insp 1", "\u00b1 0"),
    ("C02", "Every Child Matters and the SENCO's part in it", "Op 10", "CHANGE", "\u2014"),
    ("C03", "Disability equality law and the actions it requires", "Op 10", "Insp 1", "\u00b1 0"),
    ("C04", "How children develop and what affects development", "\u2014", "Dropped from this style", "\u2014"),
    ("C05", "The common types of SEN and how they affect learning", "Op 20", "Insp 1", "\u00b1 0"),
    ("C06", "Approaches, strategies and resources, ICT included, weighed critically", "Op 20", "Insp 1", "\u00b1 0"),
    ("C07", "School self-evaluation and improvement for pupils with SEN", "Op 60", "Insp 2", "\u00b1 0"),
    ("C08", "Best practice and research on meeting SEN", "Op 70", "Proto only", "\u2014"),
    ("C09", "External agencies and how to get specialist support", "Op 50", "Insp 2", "\u00b1 0"),
]
rows = [("POM", "Description (our words)", "Cut at", "In tolerance at", "Tol.")] + POM
pt = doc.add_table(rows=len(rows), cols=5)
pt.style = "Table Grid"
b06_row = None
for i, r in enumerate(rows):
    if r[1] is None:
        merge(pt, i, 0, i, 4, r[0], bold=True, shade=LIGHT, size=8.5)
        continue
    for j, v in enumerate(r):
        if v == "CHANGE":
            replace_in_cell(pt.cell(i, j), "Insp 1", "Proto only", author=AUTH, size=8.5)
            continue
        set_cell(pt.cell(i, j), v, size=8.5, bold=(i == 0), shade=(FOX if i == 0 else None))
    if r[0] == "B06":
        b06_row = pt.rows[i]
insert_row_mark(b06_row, author=AUTH)
for row in pt.rows:
    for j, w in enumerate([1.4, 13.0, 2.0, 4.4, 1.4]):
        row.cells[j].width = Cm(w)
s06 = [r for r in pt.rows if r.cells[0].text == "S06"][0]
comment(doc, s06.cells[3].paragraphs[0].runs, "Could the Insp 2 enquiry pick this up? Then it would be measured.",
        author="Brackenhurst (M. Ilsley)", initials="MI")
para(doc, "", space_after=2)

# ---------------------------------------------------------------- page 7 onwards (portrait)
portrait_section(doc)
bar("PAGE 7 \u2014 LABELS, TRIMS AND COMPLIANCE")
sub("Who can order")
body("Any qualified teacher working in a school in Fendyke, Marlcombe or the two neighbouring authorities may order, "
     "with the head's signature on the order form. Orders are taken in date order until the cut is full.")
sub("Care label: checks on wearers")
body("Before a place is confirmed, the Trust's Welfare Officer, who has run the club's own CRB checks since 2002, "
     "checks every wearer's enhanced CRB disclosure: the head's signature on the order form confirms the disclosure "
     "number and date of issue, and the Welfare Officer checks them against the school's single central record by "
     "telephone. A wearer who has not worked in a school in a post with regular contact with children in the last three "
     "months applies for a new enhanced disclosure through the club, as a registered body, before the first day. We "
     "also ask the last employer for a reference on conduct and any disciplinary matters, and check that the wearer is "
     "not barred from teaching.")
sub("Swing tag")
body("Postgraduate Certificate in Special Educational Needs Coordination, Brackenhurst University, with a transcript "
     "listing the Inspections passed.")

bar("PAGE 8 \u2014 QUALITY CONTROL")
sub("Inline checks")
body("At each Fit Session and tutorial the tutor gives written comments on the wearer's progress against the Fit "
     "Record. These comments are not marks.")
sub("Inspections (marked)")
table(doc, [
    ["Inspection", "What the wearer submits", "When"],
    ["Insp 1 \u2014 The Provision Study",
     "4,000 words with appendices: the policy and accessibility audit (WR1); the target group identified, baselined and "
     "mapped (WR2, WR3), the professionals' advice used, the approaches chosen and why, the access arrangements planned; "
     "how the wearer built working relationships with the pupils and their parents and held the parent review (WR5); the "
     "decisions taken as the plan went on; the re-measure after the intervention.", "February (Standard); May (Long)"],
    ["Insp 2 \u2014 The Leadership Portfolio",
     "A school improvement enquiry agreed with the head and governors, showing what changed for pupils (4,000 words), the staff training session from WR4 "
     "observed by the tutor, the joint review with an outside agency, the wearer's review of provision with colleagues "
     "for the school's self-evaluation, a time and delegation plan for the SENCO's week, the wearer's learning log of "
     "how they kept up to date through the year, and a fifteen-minute presentation of the enquiry to the tutor and "
     "the head with questions.", "June (Standard); December (Long)"],
], widths=[3.6, 10.4, 3.0], header_shade=GREY, size=8.5)
para(doc, "", space_after=2)
sub("Final inspection: release to the wearer")
p = body("Every Inspection is marked by the wearer's tutor against the points of measure it carries and second-marked "
         "blind by a tutor who has not taught the wearer. Tutors from the Trust and the factory meet for a "
         "standardisation meeting with exemplar work before each Inspection is marked. A sample of a quarter of each "
         "Inspection ")
ins_run(p, "and every fail ", author=AUTH)
add_runs(p, "goes to the factory's moderator and then to the external examiner, and the factory's Board of Examiners "
         "confirms every result. The Award is released only when the final inspection record shows every point of "
         "measure the wearer has been measured on in tolerance, across both Inspections; there is no compensation "
         "between points.")
sub("Training the make-up team")
body("Trust tutors attend the factory's induction for associate tutors and both standardisation meetings, and the "
     "course leader observes each tutor teach once a year. The Lining (school mentors) are sent a copy of this pack "
     "and a letter from the course leader explaining the course.")
sub("Wear test: evaluation")
body("Wearers complete an evaluation card after every Operation and an end-of-course questionnaire; tutors meet after "
     "every day to review the cards; the external examiner's report and the factory's annual programme review give "
     "the outside view. The Steering Group, with two headteachers, the Fendyke and Marlcombe SEN managers, a parent "
     "from the Parent Carer Forum and two former wearers, meets each term to read all of this and decide the changes, "
     "which go into the next revision of this pack (Page 2) and are reported back to wearers.")
sub("Wash test: impact")
body("Each wearer rates their confidence and competence on the Fit Record at Op 05, after Op 50 and at the end. For "
     "pupils, Insp 1 asks every wearer to baseline a target group (reading or number ages, attendance and a well-being "
     "scale) before the intervention and measure again after it; the Trust collects these results each year into an "
     "impact summary for the Steering Group and the factory, and six months after the end asks each head what has "
     "changed for pupils with SEN in the school.")

bar("PAGE 9 \u2014 FIT COMMENTS LOG")
body("Before the first proto we surveyed the 41 schools in Fendyke and Marlcombe and both authorities' SEN teams on "
     "what new SENCOs need; 33 schools replied, and their top needs (provision mapping, working with parents, getting "
     "specialist help) set the Operations. The proto was then fitted on our pilot.")
fc = table(doc, [
    ["Sample", "Date", "Fitted on", "Comment", "Action"],
    ["Proto 1", "June 2008", "Nine pilot teachers and their heads", "Days too long to release staff; too much law, "
     "not enough on running provision", "Rev B: days end by 3.30; Op 30 provision mapping added"],
    ["Proto 1", "June 2008", "Fendyke SEN team", "New SENCOs don't know how to get specialist help", "Op 50 agencies; "
     "BOM-04 trims"],
    ["SMS", "November 2008", "Fendyke Parent Carer Forum", "Parents want SENCOs who explain and listen", "Op 50 "
     "rehearsed meeting with parents giving feedback"],
    ["SMS", "November 2008", "Two pilot heads", "Want a January start for mid-year appointments", "January cut added"],
], widths=[1.6, 2.4, 3.6, 5.0, 4.4], header_shade=GREY, size=8.5)
p = para(doc, "", space_after=2)
fn.add(p, "The pilot ran as an unaccredited club course in the summer term of 2008 with nine teachers.")

bar("PAGE 10 \u2014 COSTING")
table(doc, [
    ["Item", "Per wearer"],
    ["Teaching, tutorials and Fit Sessions", "\u00a3610"],
    ["Factory registration and award", "\u00a3290"],
    ["Kit Room and materials", "\u00a350"],
    ["Price to school", "\u00a3950 (Trust bursary of \u00a3300 for schools with more than 30% of pupils on the SEN register)"],
], widths=[9.0, 8.0], header_shade=GREY, size=8.5)
para(doc, "", space_after=2)
body("Because the Fit Record shows what each wearer already has, Workroom tasks for points already in tolerance are "
     "done lightly and the time goes to the wearer's own targets; a cut of twelve to sixteen wearers keeps the price "
     "down without losing the tutorials.")

bar("PAGE 11 \u2014 OPEN ISSUES")
table(doc, [
    ["No.", "Issue", "Status"],
    ["OI-1", "Credit value to be confirmed by the factory at validation.", "Open"],
    ["OI-2", "Made to measure (assessment only). Not offered; we may look at it for 2011.", "Parked"],
    ["OI-3", "Op 80 final fitting (next-year targets) removed at Rev C for cost.", "Parked"],
    ["OI-4", "Placements in special schools: we would like to offer them again when funding allows.", "Parked"],
    ["OI-5", "Tutor time on the Kit Room board.", "Open"],
], widths=[1.5, 12.5, 3.0], header_shade=GREY, size=8.5)
para(doc, "", space_after=2)
para(doc, [("Signed off: ", {"bold": True}), ("__________________  (kit secretary)     __________________  (factory)",
                                              {"color": "555555"})])

fn.finish()
doc.save(OUT)
print("wrote", OUT)
