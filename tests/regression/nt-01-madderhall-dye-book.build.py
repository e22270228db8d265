"""nt-01-madderhall-dye-book: the Madderhall Guild of Hand-Spinners and Natural Dyers' application, written as
the Guild's own DYE BOOK (a natural dyer's shade card and dye-house notes) for its "SENCO Range 2009-10".

Provider (invented): the Madderhall Guild of Hand-Spinners and Natural Dyers, a craft charity with a teaching
studio (the Woad Room at Madderhall Mill, Kettlewick) that has run "Fibre in Schools" craft sessions for pupils
with SEN for years; partners are the Swalebeck Schools Partnership (twenty schools) and Wenslow County Council's
SEN team; the award is validated by the (invented) University of Calderwick as a 60-credit Masters-level
Postgraduate Certificate.

Document kind and layout: a dyer's shade card and dye-house notes. Heading 1 styles with the Guild's own names
("Mordanting", "Scouring", "Over-dyeing", "Proofing", "Colour-matching", "After the pot") that never name a
criterion; typed section numbers 1-14. Vocabulary: participants are "Dyers", study days are eight "Baths" each
named after a dyestuff (Weld, Madder, Woad, Cochineal, Logwood, Walnut, Onion skins, Lichen), school-based
practical tasks are "Dyehouse Days", formative tasks are "exhaust tasks", assessed assignments are three
"Skeins", the pre-course needs assessment is "Scouring", the individual training plan is the "Dye Plan",
personalised outcomes are "personal shades", APL is "Over-dyeing", the VLE forum is "the Board", the quality
committee is the "Colour Committee". A Baths table with a merged dye-lot row and shaded swatch cells; a Skeins
table with a vertically merged credits cell; a landscape SHADE REGISTER (29 shades = the national outcomes in
the Guild's words, swatch cells shaded in colour) with columns "Dyed in | Proofed in", keyed by a "Dyer's note"
in a VML text box placed ABOVE the register ("Exhaust only" = practised, not marked; "Not in this range";
"-" in "Dyed in" = no Bath dyes it). Header and footer; page-number field; footnotes; one comment; tracked
insertions and deletions (a deleted paragraph, a deleted sentence, a deleted register row with its replacement).

Traps (requirement ids):
- 1.1: the stated aim is attainment only ("raise the attainment of pupils with SEN in reading, writing and
  mathematics"); well-being appears in Bath content (Madder) but not in aims or assessment -> partially_met.
- 1.9 / 6.0: the register has "Exhaust only" and "Not in this range" shades; the award rule lets an average of
  50 across the three Skeins carry a weak Skein (compensation) -> both partially_met.
- 2.3: negation ("have decided not to offer one"); an older assessment-only paragraph is a tracked DELETION;
  the university's assessment-only route belongs to its MA in Inclusive Education (another programme) -> not_met.
- 3.2: the February start is a tracked INSERTION (counts) -> met.
- 3.3: the Board is for peers only; "tutors do not answer questions on the Board" -> partially_met.
- 4.3: stakeholders host, mentor and speak (other aspects), but their part in evaluation is only hoped for
  ("We hope that headteachers...") -> partially_met.
- 5.3: CRB checks are on Guild tutors who teach children on Saturdays (wrong people); for Dyers "we do not ask to
  see anything further"; the footer's claim that Dyers hold disclosures is a footer; a comment asks about it ->
  not_met.
- 5.5: visiting specialists at Baths (met part), but a visit to a special school only "when the school is able to
  host" -> partially_met.
- 5.8: single marking by the Bath tutor; the second-reader sentence is a tracked DELETION; the external examiner
  only "in due course" -> partially_met.
- 5.9: a confidence scale at start and end, but pupils' progress only "We would like, in time, to hear" ->
  partially_met.
- 6.A2: proofed in Skein Three but "Dyed in" is "-" (assessed, not developed) -> partially_met.
- 6.A3, 6.A7, 6.S2c, 6.S7: "Exhaust only" (developed, not assessed) -> partially_met; 1.5 stays met because the
  consulting skills are developed in Walnut and a Dyehouse Day.
- 6.K4: "Not in this range"; the Guild's children's classes "designed with a child-development specialist" are
  the wrong context -> not_met.
- 6.S2d: "Not in this range"; the deleted register row once placed it in Cochineal; the Guild's own craft
  examinations' access policy is the wrong context -> not_met.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from _nt_helpers import (add_ins, add_del, deleted_paragraph, inserted_paragraph, delete_table_row, add_footnote,
                         add_textbox, shade, shade_paragraph, set_cell_text, table_borders, landscape_section,
                         portrait_section, add_page_field, keep_table_header, para, runs)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for name, size, col in (("Heading 1", 15, "6B2D1F"), ("Heading 2", 12, "3F4F2A")):
    hs = doc.styles[name]
    hs.font.name = "Georgia"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor.from_string(col)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "THE MADDERHALL DYE BOOK  \u00b7  SENCO Range 2009\u201310  \u00b7  shade card and dye-house notes"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("Madderhall Guild of Hand-Spinners and Natural Dyers \u00b7 Registered charity 1021457 \u00b7 "
           "All Guild tutors and Dyers hold enhanced CRB disclosures \u00b7 ")
fp.runs[0].font.size = Pt(8)
add_page_field(fp, "")

AUTH = "Ruth Allonby"
AUTH2 = "Colin Metcalfe (Calderwick)"

# ------------------------------------------------------------------ cover
doc.add_paragraph("The Madderhall Dye Book", style="Title")
p = para(doc, "SENCO Range 2009\u201310: shade card and dye-house notes", italic=True, size=13)
p = para(doc, "")
runs(p, ["Offered by ", ("the Madderhall Guild of Hand-Spinners and Natural Dyers", "b"),
         " at the Woad Room, Madderhall Mill, Kettlewick, with the Swalebeck Schools Partnership and "
         "Wenslow County Council, and validated by the University of Calderwick."])
p = para(doc, "Sent to the Training and Development Agency for Schools with our application for approval to "
              "offer the National Award for SEN Coordination. March 2009.")
shade_paragraph(p, "F3E6D3")

para(doc, "How to use this book", bold=True)
para(doc, "A dye book is what a dyer keeps by the vat: what goes into each bath, how the fibre is prepared, how "
          "the colour is proofed, and a card of the shades the house can promise. We have kept that shape because "
          "it is the shape in which our tutors think. Where this book speaks of a Dyer it means a teacher on the "
          "Range; where it speaks of a Bath it means one of our eight study days; and the Shade Register at the "
          "back is our list of everything a Dyer must be able to do by the end, in our own words, with the Bath "
          "that dyes each shade and the Skein in which it is proofed.")

# ------------------------------------------------------------------ 1
doc.add_heading("1. The Dye House", level=1)
para(doc, "The Madderhall Guild was founded in 1952 by hand-spinners from the upper dale and now has 340 members. "
          "Since 1994 the Guild has run Fibre in Schools, which takes carding, spinning and dyeing into classrooms, "
          "mostly for pupils with special educational needs, and since 2001 it has taught in its own studio, the "
          "Woad Room, a ground-floor room in the restored Madderhall Mill. Four of the Guild's teaching members "
          "are qualified teachers who have been SENCOs, and it was their idea that the Guild should offer the "
          "National Award with the schools it already works in.")
p = para(doc, "The Range is validated by the University of Calderwick, School of Education, as the Postgraduate "
              "Certificate in Special Educational Needs Coordination. It carries 60 credits at Masters level "
              "(level 7 of the framework for higher education qualifications). The university's validation panel "
              "met at the Mill on 4 February 2009 and approved the Range for five years from September 2009, with "
              "one condition, now met, about the wording of the assessment regulations.")
add_footnote(doc, p, "The university's Academic Standards Committee confirmed the validation on 25 February 2009 "
                     "(minute ASC/09/14). The Guild is a registered partner institution of the university.")
para(doc, "Our Saturday craft classes for children were designed with a child-development specialist, and many "
          "of the children who come to them have statements. That work is not part of the Range, but it is why "
          "the Guild is trusted by the schools that have asked us to offer it.")

# ------------------------------------------------------------------ 2
doc.add_heading("2. What the Range is for", level=1)
p = para(doc, "")
runs(p, [("Aim. ", "b"), "The aim of the Range is to raise the attainment of pupils with SEN in reading, writing "
         "and mathematics by giving the teachers who coordinate their provision the knowledge and skill to lead it "
         "well."])
para(doc, "Objectives. By the end of the Range a Dyer will have:", bold=False)
for t in ("led one change in the provision of their own school, with its senior leaders;",
          "mapped their school's provision and found where it is thin;",
          "studied one pupil closely with the pupil's family and the professionals who know the pupil;",
          "shown in three Skeins that they can do what the Shade Register asks."):
    doc.add_paragraph(t, style="List Bullet")
para(doc, "Every Dyer works from their own school. Nothing on the Range is done for the Range alone: each Bath is "
          "followed by a Dyehouse Day in the Dyer's school, and each Skein is made from real work with real "
          "pupils and colleagues.")

# ------------------------------------------------------------------ 3
doc.add_heading("3. Fibre: who the Range is for", level=1)
para(doc, "The Range is for qualified teachers who are their school's SENCO, or who have been named by their "
          "headteacher to take up the role within the year, in mainstream or special schools. Most of our Dyers "
          "will come from the twenty Swalebeck schools and from elsewhere in Wenslow, but the Range is open to "
          "any school that can release its teacher for the Baths.")
para(doc, "We take sixteen Dyers in a dye-lot. Two dye-lots a year is the most the Woad Room can hold.")

# ------------------------------------------------------------------ 4
doc.add_heading("4. Mordanting: before the first Bath", level=1)
para(doc, "Wool will not take a dye it has not been prepared for, and the same is true of people. Before we offer "
          "a place we check four things.")
items = [
    ("Qualified teacher status. ", "We see the certificate or the GTC registration number."),
    ("The role. ", "The headteacher writes to us to say that the teacher is, or will be within the year, the "
                   "school's SENCO, and that the school will release them for the Baths and give them the time "
                   "the Dyehouse Days need."),
    ("A starting point. ", "Each applicant comes to the Woad Room for a forty-minute Mordanting conversation with "
                           "the Master Dyer, with a short piece of writing about one pupil they teach. We are "
                           "looking for enough knowledge of SEN, enough classroom experience and enough written "
                           "fluency to make it likely that the applicant will reach every shade within the year."),
    ("A way in for those not yet ready. ", "If we decide that an applicant is not yet ready, the Master Dyer tells "
                                          "them in writing what to do first (for example, the Guild's six-week "
                                          "Carding Course for classroom teachers new to SEN, or a term spent "
                                          "alongside their school's present SENCO) and writes to their "
                                          "headteacher to agree a date for a second conversation."),
]
for lead, rest in items:
    p = doc.add_paragraph(style="List Number")
    runs(p, [(lead, "b"), rest])
p = para(doc, "The Guild holds enhanced CRB disclosures for all studio tutors who teach children in its Saturday "
              "classes, renewed every three years. We take it that Dyers, as serving teachers, have already been "
              "checked by their employers, and we do not ask to see anything further.")
doc.add_comment(p.runs, text="Should we say something more here about checks on Dyers? The university's registry "
                             "may ask at the partner review.", author=AUTH2, initials="CM")
p = para(doc, "")
runs(p, [("Disability and access. ", "b"),
         "Our application form asks every applicant, in a separate sealed page that only the Master Dyer reads, "
         "whether they have a disability or a health condition we should plan for, and the Mordanting "
         "conversation asks again. We have made these adjustments for Dyers on the pilot dye-lot and offer them "
         "to all: the Woad Room is on the ground floor with level access and an accessible toilet; it has an "
         "induction loop; papers come in large print or on coloured paper on request; a Dyer may present a Skein "
         "as a recorded talk with a shorter written commentary; Skein deadlines are moved for Dyers whose "
         "disability makes them hard to meet. Our leaflets and application form are in large print and on audio "
         "CD, and the university's disability service has read our Mordanting papers and our assessment "
         "arrangements to check that nothing in them disadvantages a disabled applicant. Dyehouse Days happen "
         "in the Dyer's own school, so no Dyer has to travel to a placement they cannot reach."])

# ------------------------------------------------------------------ 5
doc.add_heading("5. Scouring: the Dye Plan", level=1)
para(doc, "Raw fleece is scoured before it is dyed, to see what is really there. Three weeks before the first "
          "Bath every Dyer receives the Shade Register and rates themselves against each of the 29 shades: "
          "\u2018already strong\u2019, \u2018partly there\u2019 or \u2018new to me\u2019, with a line of evidence "
          "for each \u2018already strong\u2019. The Master Dyer then meets the Dyer for an hour. Together they "
          "test the self-rating with questions and examples (a Dyer who thinks they know the Code of Practice well "
          "is asked what they would do about a statement review next week) and agree the Dye Plan.")
para(doc, "The Dye Plan is a single sheet. It lists the Baths the Dyer will take (every Dyer takes Weld and "
          "Lichen; a Dyer whose scouring shows a shade already strong may leave out up to three of the other six "
          "Baths), the Dyehouse Days, and three or four personal shades: targets of the Dyer's own, written in "
          "the Dyer's words, that sit on top of the Register because of the school they work in. A SENCO in a "
          "special school for pupils with severe learning difficulties might add a shade on communication "
          "passports; a secondary SENCO might add one on leading a department's teaching assistants. The Dye "
          "Plan is looked at again at Bath 4 and changed if the Dyer's year has changed.")
p = para(doc, "A Dyer who leaves out a Bath pays less, and the time the tutors save is spent on tutorials with "
              "Dyers whose scouring showed more shades \u2018new to me\u2019. We think this is the best use of a "
              "small team and a small room.")
add_footnote(doc, p, "Fee for 2009\u201310: \u00a31,450 for the full Range; \u00a3120 less for each Bath left out. "
                     "The Swalebeck Schools Partnership pays \u00a3600 of the fee for each Dyer from its own "
                     "schools. The fee includes university registration.")

# ------------------------------------------------------------------ 6
doc.add_heading("6. Over-dyeing: what a Dyer brings", level=1)
para(doc, "Some fibre comes to us already dyed. A Dyer who has earlier Masters-level credit in special or "
          "inclusive education (for example a completed module of another university's certificate) may claim "
          "up to 20 of the 60 credits under the University of Calderwick's Accreditation of Prior Learning "
          "regulations. A Dyer with no earlier credit but long experience (a teacher from a support service, "
          "say) may claim credit for that experience by putting together an over-dyeing file: a commentary "
          "against the shades of one Skein, with evidence from their own work, which is read by two tutors and "
          "the university's APL adviser. Credit given this way excuses the Dyer from that Skein, never from the "
          "rest of the Register.")
p = para(doc, "")
runs(p, [("Without the Baths? ", "b"),
         "We have thought hard about an assessment-only route and have decided not to offer one: every Dyer takes "
         "at least four Baths and all three Skeins, and an over-dyeing file may replace one Skein at most. The "
         "university has an assessment-only route for its MA in Inclusive Education, but that route does not lead "
         "to the National Award."])
deleted_paragraph(doc, "Experienced SENCOs may ask to be proofed without taking the Baths: they submit all three "
                       "Skeins at once and are interviewed by two tutors against every shade.", author=AUTH,
                  date="2009-02-27T16:12:00Z")

# ------------------------------------------------------------------ 7
doc.add_heading("7. The Baths", level=1)
p = para(doc, "A Bath is a full Saturday in the Woad Room (9.30 to 4.00), or the same day taken as two twilights "
              "(4.30 to 7.30) on a Tuesday and Thursday of the same week: the Dyer chooses. Weld is always first "
              "and Lichen always last; the six Baths between may be taken in any order, and a Dyer may spread "
              "the Range over two years and join the next dye-lot for the Baths they missed. The autumn dye-lot "
              "starts in September.")
add_ins(p, " A spring dye-lot starts in February, with the same Baths in the same order.", author=AUTH,
        date="2009-03-04T09:30:00Z")
para(doc, "Each Bath opens with Fresh from the vat: twenty minutes on a piece of recent research, an inspection "
          "finding or a change in policy that bears on the day. In 2009\u201310 these include Ofsted's Inclusion: "
          "does it matter where pupils are taught? (2006), the Bercow Review of services for children and young "
          "people with speech, language and communication needs (2008), the Inclusion Development Programme "
          "materials on dyslexia and on speech, language and communication needs (2008), the Education (Special "
          "Educational Needs Co-ordinators) (England) Regulations 2008, and the first evidence to the Lamb "
          "Inquiry on parental confidence (2009).")

BATHS = [
    ("Autumn half of the dye-lot", None, None, None, None),
    ("1", "Weld", "F2D24B", "The law and the Code. The SEN Code of Practice and the Education Act 1996 part IV; "
     "School Action, School Action Plus, statutory assessment and statements; the SENCO Regulations 2008; the "
     "Disability Discrimination Act and the disability equality duty, accessibility plans and reasonable "
     "adjustments for pupils; what each asks of the school, the SENCO and the governors.", "Audit the school's SEN "
     "policy and accessibility plan against the law."),
    ("2", "Madder", "B5452F", "Every Child Matters. The five outcomes and what they look like for pupils with SEN "
     "and disabilities; the Common Assessment Framework; the SENCO's part in extended services, transition and "
     "keeping pupils safe.", "Map the school's work for one group of pupils against the five outcomes."),
    ("3", "Woad", "3B5B8C", "Knowing the learner. Behavioural, emotional and social difficulties; specific "
     "learning difficulties, dyslexia first; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties: how each can affect learning, and approaches, strategies and "
     "resources, including ICT, that lower the barriers.", "Try one approach from the day with a pupil and "
     "record what changed."),
    ("4", "Cochineal", "9E1B3B", "Assessment, targets and tracking. Identifying pupils through observation, data "
     "and assessment; P scales, national tests and RAISEonline; setting challenging targets; planning and "
     "reviewing interventions; using reports from educational psychologists, speech and language therapists "
     "and advisory teachers; formative assessment in ordinary classrooms.", "Exhaust task: plan, with one "
     "class teacher, how that teacher will use formative assessment with two pupils on the register."),
    ("Spring half of the dye-lot", None, None, None, None),
    ("5", "Logwood", "5B3A6B", "Provision mapping and managing support. Building and costing a provision map; "
     "finding provision that does not work or is missing; deploying and managing teaching assistants; "
     "reviewing provision with colleagues. Time, priorities and delegation for a SENCO who also teaches.",
     "Draft the school's provision map with the head or a deputy. Exhaust task: a week's time log, talked "
     "over with the tutor."),
    ("6", "Walnut", "6E4B2F", "Pupils and parents. Consulting pupils, including pupils with little or no "
     "speech (Talking Mats, symbol questionnaires, person-centred reviews); pupils planning and reviewing their "
     "own provision; working with parents and carers, including parents who find school hard; the Parent "
     "Partnership Service.", "A pupil conversation with three pupils about their support; a meeting with one "
     "parent for Skein One. Exhaust task: a pupil-led review."),
    ("7", "Onion skins", "C98A2B", "Agencies and the wider team. Educational psychology, speech and language "
     "therapy, CAMHS, the sensory support service, health and social care; voluntary organisations (the "
     "Wenslow Dyslexia Association and the local branch of the National Autistic Society speak); how to get "
     "specialist advice and resources, and how to work as one team.", "Draw the school's map of agencies and "
     "voluntary groups, with names."),
    ("8", "Lichen", "9C6B8E", "Leading and evaluating. School self-evaluation and the SEF; working with the "
     "headteacher, senior leaders and governors on an inclusive ethos, policy, priorities and resources; "
     "supporting colleagues by observation and feedback, modelling, coaching and training; using research and "
     "outside advice; keeping up to date and planning one's own development.", "Lead a staff meeting; observe "
     "a colleague and give feedback. Exhaust task: a first Next Colours plan."),
]
t = doc.add_table(rows=1, cols=5)
table_borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["Bath", "Dyestuff", "Swatch", "What is in the pot", "The Dyehouse Day that follows"]
for i, h in enumerate(hdr):
    set_cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "E8D9C4")
keep_table_header(t.rows[0])
for b in BATHS:
    row = t.add_row()
    if b[1] is None:
        m = row.cells[0].merge(row.cells[4])
        set_cell_text(m, b[0], bold=True, italic=True, size=9)
        shade(m, "F6EFE6")
        continue
    set_cell_text(row.cells[0], b[0], size=9)
    set_cell_text(row.cells[1], b[1], bold=True, size=9)
    set_cell_text(row.cells[2], "", size=9)
    shade(row.cells[2], b[2])
    set_cell_text(row.cells[3], b[3], size=9)
    set_cell_text(row.cells[4], b[4], size=9)
for row in t.rows:
    for i, w in enumerate((Cm(1.1), Cm(2.2), Cm(1.4), Cm(8.0), Cm(4.4))):
        row.cells[i].width = w

# ------------------------------------------------------------------ 8
doc.add_heading("8. Dyehouse Days", level=1)
para(doc, "Between Baths each Dyer spends twelve half-days over the year on Dyehouse Days in their own school, "
          "doing the task set at the end of the Bath before. The tasks are chosen so that a Dyer tries each shade "
          "in their own setting before it is proofed, and each one leaves something behind in the school: a "
          "revised policy, a provision map, a staff meeting, a set of pupil conversations.")
para(doc, "Each Dyer has a Dye-house Mentor in school: a headteacher, deputy or assistant head who has agreed to "
          "meet them after every second Dyehouse Day, to open doors with colleagues and governors, and to sign "
          "the Dyehouse Day record. Outside the school, Dyers meet in three Swalebeck cluster groups of five or "
          "six, led by an experienced SENCO from the Partnership, to share what they have tried and to advise "
          "each other.")
para(doc, "Some Dyehouse Days carry an exhaust task. In the vat an exhaust bath is the weaker bath that takes "
          "what colour is left; on the Range an exhaust task is practice. The Dyer does it, writes a page on it "
          "and talks it over with the tutor at the next Bath, but it is not marked and it does not count towards "
          "the Award.")

# ------------------------------------------------------------------ 9
doc.add_heading("9. The Board", level=1)
para(doc, "The university gives every Dyer a login to its Blackboard site, where the Range has a space we call "
          "the Board. The Board holds the Bath handouts, readings and the Skein briefs, and has a discussion "
          "room for each dye-lot. The Board is for Dyers to talk to each other; tutors do not answer questions on "
          "the Board, and questions to tutors are kept for the Baths. Dyers who cannot reach the Board from school "
          "can use the two computers in the Woad Room.")

# ------------------------------------------------------------------ 10
doc.add_heading("10. Proofing", level=1)
para(doc, "A dyer proofs a colour by testing that it holds. On the Range a shade is proofed when a Dyer's Skein "
          "shows it, and is read against the Shade Register. There are three Skeins, each worth 20 credits.")
SKEINS = [
    ("Skein One", "The Pupil Study. A close study of one pupil with SEN over a term, made with the pupil, the "
     "family and the professionals who know the pupil: assessments gathered, targets set, an intervention "
     "planned, taught and reviewed.", "4,000 words"),
    ("Skein Two", "The Provision Map. The school's provision map with a commentary on what works, what does not "
     "and what is missing; how staff are deployed; how the school checks its provision and its accessibility "
     "plan; the agencies it works with.", "4,000 words and the map"),
    ("Skein Three", "The Change Project. One change in the school's provision, agreed with the headteacher "
     "and reported to governors, drawing on research; how colleagues were won over, trained and supported; "
     "how the change was taken up. Presented to the Dyer's senior leadership team and to a tutor.", "5,000 words and a "
     "twenty-minute presentation"),
]
t2 = doc.add_table(rows=1, cols=4)
table_borders(t2)
for i, h in enumerate(["Skein", "What the Dyer makes", "Length", "Credits"]):
    set_cell_text(t2.rows[0].cells[i], h, bold=True, size=9)
    shade(t2.rows[0].cells[i], "E8D9C4")
for s in SKEINS:
    r = t2.add_row()
    set_cell_text(r.cells[0], s[0], bold=True, size=9)
    set_cell_text(r.cells[1], s[1], size=9)
    set_cell_text(r.cells[2], s[2], size=9)
m = t2.rows[1].cells[3].merge(t2.rows[3].cells[3])
set_cell_text(m, "20 each; 60 in all, at level 7", size=9)
for row in t2.rows:
    for i, w in enumerate((Cm(2.2), Cm(9.5), Cm(3.2), Cm(2.4))):
        row.cells[i].width = w
para(doc, "")
para(doc, "Every Dyer also keeps a Sample Book: the Dye Plan, the Dyehouse Day records signed by the mentor, the "
          "exhaust-task pages and a short reflection after each Bath. The Sample Book is not marked, but it must "
          "be complete before the Skeins go to the examination board.")
p = para(doc, "Each Skein is marked by the tutor of the Bath that dyes it, against the shades listed for that "
              "Skein in the Register, using the university's Masters-level criteria.")
add_del(p, " A second reader marks one Skein in four, and every fail, before marks are confirmed.", author=AUTH,
        date="2009-02-27T16:20:00Z")
para(doc, "The university will in due course appoint an external examiner for the Range, who will see Skeins "
          "and attend the examination board.")
p = para(doc, "")
runs(p, [("The Award. ", "b"),
         "The university's examination board confirms the Award. A Dyer passes the Range by passing the three "
         "Skeins; a Dyer who falls short in one Skein may be carried by the other two where the average of the "
         "three marks is 50 or more. The board then recommends the Dyer for the Postgraduate Certificate and for "
         "the National Award."])

# ------------------------------------------------------------------ 11
doc.add_heading("11. Colour-matching: what schools told us", level=1)
para(doc, "Before we wrote the Range we asked the people who would use it what colour they wanted. In the spring "
          "of 2008 the Guild sent a questionnaire to the headteachers and SENCOs of the twenty Swalebeck schools "
          "(eighteen replied) and met Wenslow's Principal Officer for SEN, whose figures show that 37 of the "
          "county's 212 schools have a SENCO new to the role since 2006. We also held an evening at the Mill with "
          "the Wenslow Parent Partnership Service and eight parents of children with statements.")
para(doc, "What they told us shaped the Range. Headteachers wanted SENCOs who could map and cost provision and "
          "manage teaching assistants, so provision mapping moved from the last Bath in our first draft to "
          "Logwood, in the middle of the year, where the map can be drafted in time to be used. SENCOs wanted "
          "the law early and plainly, so Weld is first and compulsory. Parents asked that SENCOs learn to listen "
          "to them and to their children, so Walnut, which was half a Bath shared with agencies, became a whole "
          "Bath on pupils and parents, and Skein One now asks for a meeting with the family.")
para(doc, "Stakeholders are part of the Range as it runs. Swalebeck headteachers and deputies are the Dye-house "
          "Mentors; Partnership SENCOs lead the cluster groups; the county's educational psychologists and speech "
          "and language therapists, the Parent Partnership Service and two voluntary organisations speak at Baths. "
          "We hope that headteachers and the county's SEN team will in time want to help us judge how well the "
          "Range works.")

# ------------------------------------------------------------------ 12
doc.add_heading("12. Dyestuffs: tutors, visitors and the Woad Room", level=1)
STAFF = [
    ("Ruth Allonby, Master Dyer (programme leader). ", "MA in Special Educational Needs (Calderwick, 2002). SENCO "
     "at Kettlewick Community Primary 1996\u20132004 and at Brantfield Special School 2004\u20132008; now the "
     "Guild's Education Officer and a member of Wenslow's SEN moderation panel for statutory assessment."),
    ("Dr Tom Harker, Bath tutor (Cochineal, Logwood). ", "PhD on provision mapping in small rural schools "
     "(Calderwick, 2007); assistant head and SENCO at Skelgate Community College; NASEN branch secretary."),
    ("Alison Pybus, Bath tutor (Woad, Walnut). ", "Specialist teacher for autism and speech, language and "
     "communication needs with Wenslow's learning support service; accredited Talking Mats trainer."),
    ("Dr Colin Metcalfe, university link tutor (Weld, Lichen). ", "Senior lecturer in inclusive education at "
     "Calderwick; former LA SEN adviser; reviews the Range's reading lists each summer."),
]
for lead, rest in STAFF:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, [(lead, "b"), rest])
para(doc, "All four tutors teach children or advise schools in the term in which they teach the Range; Ruth "
          "Allonby and Tom Harker each attend the national SENCO conference and a NASEN course every year, and the "
          "tutors meet each July to bring the Bath content up to date.")
para(doc, "Visitors at Baths this year include an educational psychologist and a speech and language therapist "
          "from Wenslow's services, the Parent Partnership Service coordinator, the Wenslow Dyslexia Association "
          "and the National Autistic Society's local branch. A visit to Brantfield Special School can be arranged "
          "for Dyers who ask, when the school is able to host.")
para(doc, "The Woad Room keeps a lending shelf for the Range: about 400 books on SEN and disability, the British "
          "Journal of Special Education and Support for Learning, and a set of assessment and teaching materials "
          "that Dyers can borrow for Dyehouse Days. It has a laptop trolley with eight laptops loaded with Clicker "
          "5, Write:OutLoud, Inspiration and Widgit symbol software, two digital voice recorders and a visualiser. "
          "Through the university, every Dyer has the library, its electronic journals and Athens access for "
          "the length of the Range.")
para(doc, "Tutors and mentors are prepared for their parts. New tutors spend a day with the Master Dyer before "
          "teaching a Bath, co-teach their first Bath, and are observed by her once a year. Dye-house Mentors come "
          "to a half-day briefing at the Mill in September (or February), receive the Mentor's Notes, which set "
          "out what they do at each meeting and what they sign, and can ring the Master Dyer at any time. Cluster "
          "leaders meet the tutors each term.")

# ------------------------------------------------------------------ 13
doc.add_heading("13. Keeping the colour true", level=1)
para(doc, "We check the Range as a dyer checks a dye-lot, at every stage. At the end of every Bath each Dyer "
          "fills in a Bath ticket (what helped, what did not, what they will try); the tutors read the tickets "
          "that evening and meet for half an hour after each Bath. At Bath 4 and Bath 8 a tutor who has not taught "
          "the group holds a focus group with the Dyers. The university reviews the Range each year through its annual monitoring "
          "report, and its partner review every three years looks at recruitment, Mordanting, Scouring and Dye "
          "Plans, Dyehouse Days, Skeins and the examination board.")
para(doc, "All of this comes to the Colour Committee (the Master Dyer, the tutors, the university link tutor and "
          "a Dyer from each dye-lot), which meets each June. It agrees a list of Changes for "
          "the next dye-lot; the list is sent to the university, to the Partnership and to every Dyer, and the "
          "committee checks a year later that each change was made.")
para(doc, "Each Dyer rates their confidence against each shade on a five-point colour scale at Scouring and again "
          "at Lichen, and the Colour Committee looks at the change for each dye-lot. We would like, in time, to "
          "hear from schools how the pupils of our Dyers are getting on.")

# ------------------------------------------------------------------ 14
doc.add_heading("14. After the pot", level=1)
para(doc, "Finishing the Range is where a Dyer's own colour work starts. In the afternoon of Lichen every Dyer "
          "writes a Next Colours plan on the Guild's planning sheet: two or three professional targets for the "
          "next two years, what they will need, and who in school can help. Tutors talk each plan through with "
          "the Dyer, suggest courses and networks (the Calderwick MA in Inclusive Education takes the Range's 60 "
          "credits; the Swalebeck SENCO network meets each half-term), and the Dyer takes the plan to their "
          "headteacher for their next performance management meeting.")

# ------------------------------------------------------------------ Register (landscape)
landscape_section(doc)
doc.add_heading("The Shade Register", level=1)
p = para(doc, "The 29 shades below are what a Dyer must be able to do by the end of the Range. We wrote them in "
              "our own words from the national minimum outcomes, grouped as the Guild groups its colours: the "
              "yellows are how a Dyer works with people, the blues what a Dyer knows, the reds what a Dyer does.")
p = para(doc)
add_textbox(p, [("Dyer's note: reading the Register", True),
                ("Dyed in: the Bath or Baths where the shade is taught. A dash (-) means no Bath dyes it.", False),
                ("Proofed in: the Skein in which the shade is marked by the Bath tutor. Exhaust only means the "
                 "shade is practised in an exhaust task, talked over with the tutor, and not marked. Not in this "
                 "range means the Guild does not offer the shade in 2009-10.", False),
                ("Access arrangements for examinations are dealt with in the Guild's own craft examinations "
                 "policy, which is available from the office.", False)], width_pt=640, height_pt=96,
            fill="FBF6EC", stroke="8C6B3F")

REG = [
    ("Yellows: working with people", None, None, None, None),
    ("Y1", "F2D24B", "Builds fair, respectful and warm working relationships with pupils with SEN and disabilities "
     "and with their parents and carers", "Walnut", "Skein One"),
    ("Y2", "E9C23A", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
     "pupils with SEN", "-", "Skein Three"),
    ("Y3", "E0B54A", "Sets priorities, manages time and delegates tasks, checking they are done", "Logwood",
     "Exhaust only"),
    ("Y4", "D9A637", "Sees problems coming, solves them, and makes sound decisions about provision", "Cochineal, "
     "Logwood", "Skein Two"),
    ("Y5", "CFA030", "Speaks and writes clearly; listens to and understands the views of others", "All Baths",
     "All three Skeins"),
    ("Y6", "C7962B", "Uses research and outside advice to improve their own and colleagues' teaching", "Lichen",
     "Skein Three"),
    ("Y7", "BE8C26", "Keeps up to date on SEN and disability and takes charge of their own professional development",
     "Lichen", "Exhaust only"),
    ("Blues: what a Dyer knows", None, None, None, None),
    ("B1", "8FB3D9", "The law and guidance on SEN, including the Code of Practice: what it means for the school, "
     "the SENCO and others, and how to carry it out", "Weld", "Skein One"),
    ("B2", "7FA5CF", "Every Child Matters: its five outcomes and how a SENCO helps pupils reach them", "Madder",
     "Skein Three"),
    ("B3", "6E97C4", "Disability equality law and what the school must do under it", "Weld", "Skein Two"),
    ("B4", "5E89BA", "How children develop and how SEN, disability and the setting affect development", "-",
     "Not in this range"),
    ("B5", "4E7BAF", "The common kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how "
     "they affect learning", "Woad", "Skein One"),
    ("B6", "406DA3", "Approaches, strategies and resources, ICT among them, for assessing, planning and teaching, "
     "weighed critically", "Woad, Cochineal", "Skein One"),
    ("B7", "345F96", "How a school evaluates itself and improves, and how that bears on outcomes for pupils with "
     "SEN", "Lichen", "Skein Two"),
    ("B8", "2A5288", "Best practice and research findings in meeting SEN", "Lichen", "Skein Three"),
    ("B9", "21457A", "What outside agencies do and how to get specialist help and resources", "Onion skins",
     "Skein Two"),
    ("Reds: what a Dyer does", None, None, None, None),
    ("R1", "E7A0A0", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and the "
     "use of resources", "Lichen", "Skein Three"),
    ("R2", "DF8E8E", "Finds pupils who may have SEN, sets challenging targets, plans interventions and reviews "
     "progress", "Cochineal", "Skein One"),
    ("R2a", "D77C7C", "Uses other professionals' assessments to shape teaching", "Cochineal, Onion skins",
     "Skein One"),
    ("R2b", "CF6A6A", "Uses summative assessment and national tests to track progress and change programmes",
     "Cochineal", "Skein One"),
    ("R2c", "C75858", "Helps other teachers develop formative assessment for pupils with SEN", "Cochineal",
     "Exhaust only"),
    ("R2d-old", "BF4646", "Arranges in good time special arrangements for national tests and examinations",
     "Cochineal", "Skein One"),
    ("R2d", "BF4646", "Arranges in good time special arrangements for national tests and examinations", "-",
     "Not in this range"),
    ("R3", "B73434", "Uses provision mapping to plan provision and find what is weak or missing", "Logwood",
     "Skein Two"),
    ("R4", "AF2222", "Deploys and manages staff who support pupils with SEN", "Logwood", "Skein Two"),
    ("R5", "A71A1A", "Supports colleagues' development: observation and feedback, modelling, coaching, training",
     "Lichen", "Skein Three"),
    ("R6", "9F1515", "Reviews provision with colleagues to feed the school's self-evaluation", "Logwood, Lichen",
     "Skein Two"),
    ("R7", "971010", "Makes sure pupils take part in planning, agreeing and reviewing their own provision",
     "Walnut", "Exhaust only"),
    ("R8", "8F0C0C", "Works with parents and carers to help their children learn and develop", "Walnut",
     "Skein One"),
    ("R9", "870808", "Works with other services and voluntary organisations as one coordinated team",
     "Onion skins", "Skein Two"),
]
t3 = doc.add_table(rows=1, cols=5)
table_borders(t3)
for i, h in enumerate(["Shade", "Swatch", "What the Dyer can do (in our words)", "Dyed in", "Proofed in"]):
    set_cell_text(t3.rows[0].cells[i], h, bold=True, size=9)
    shade(t3.rows[0].cells[i], "E8D9C4")
keep_table_header(t3.rows[0])
old_row = None
for code, col, text, dyed, proofed in REG:
    r = t3.add_row()
    if col is None:
        m = r.cells[0].merge(r.cells[4])
        set_cell_text(m, code, bold=True, size=9)
        shade(m, "F6EFE6")
        continue
    set_cell_text(r.cells[0], code.replace("-old", ""), bold=True, size=9)
    set_cell_text(r.cells[1], "", size=9)
    shade(r.cells[1], col)
    set_cell_text(r.cells[2], text, size=9)
    set_cell_text(r.cells[3], dyed, size=9)
    set_cell_text(r.cells[4], proofed, size=9)
    if code.endswith("-old"):
        old_row = r
for row in t3.rows:
    for i, w in enumerate((Cm(1.4), Cm(1.6), Cm(13.5), Cm(4.0), Cm(3.6))):
        row.cells[i].width = w
delete_table_row(old_row, author=AUTH, date="2009-03-04T10:05:00Z")

# ------------------------------------------------------------------ back to portrait: signature
portrait_section(doc)
doc.add_heading("Signed for the Guild", level=1)
para(doc, "Ruth Allonby, Master Dyer and Education Officer, for the Council of the Madderhall Guild of "
          "Hand-Spinners and Natural Dyers.")
para(doc, "Dr Colin Metcalfe, for the University of Calderwick School of Education.")
para(doc, "Helen Sowerby, Chair of the Swalebeck Schools Partnership.")
para(doc, "4 March 2009")

doc.save(OUT)
print("wrote", OUT)
