"""mo-02-brackenholt-cask-club-outturn: build script (writes the .docx next to itself).

Provider (invented): the Cooperage Academy of the Brackenholt Cask Company Ltd, a cooperage and bonded
warehouse at Brackenholt Wharf that makes, repairs and sells whisky and wine casks and runs a private
cask club, with the University of Stainmore (validating, Faculty of Education) and Wyredale County
Council. March 2009.

Document kind and layout: the Cask Club's seasonal "Outturn", the members' booklet that lists the casks
bottled that season with tasting notes, written for the award as "The Outturn No. 22, Spring 2009". A
shaded masthead table with merged cells; a bordered note to the panel; "From the Cooper's Bench" (an
editor's letter); a text box ("EDITOR'S PICK"); "How to read the Outturn", a key that defines the
Strength values used in the outcome entries several sections later ("Bottled (B1)", "Cask sample",
"Still in wood") and the Nose / Palate / Finish fields; a Warehouse Diary table with merged venue cells;
the three Bottlings (marked assessments); the outcome entries as run-in paragraphs grouped in three
Ranges under Heading 2, each outcome a numbered cask with a name, a Strength, and Nose (the outcome in the
Club's words) / Palate (where it is developed) / Finish (how it is judged), with no national codes and
no entry at all for one outcome; "Joining the Club" with a price list (merged header); the Club Room
(VLE); the Tasting Panel table; Warehouse Keeping (QA); Members' Letters in their writers' voices;
"Last Orders"; an order form with tick boxes. Heading styles, a header and a footer (PAGE field),
three footnotes, three comments, tracked changes (credits 40 -> 60; a Strength cell changed from "Cask
sample" to "Bottled (B3)"; a deleted next-steps paragraph).

House vocabulary: participants are "members", tutors "Panellists" of "the Tasting Panel", school
mentors "Cask Keepers", study days "Warehouse Days" (WD1-WD8), the marked assignments "Bottlings"
(B1-B3), formative-only work a "Cask sample", the initial audit the "First Nosing", the assessment-only
route a "Single Cask", credit for prior learning "Casks bought in", the VLE "the Club Room", the
evaluation group "the Warehouse Committee".

Traps (requirement ids):
- Credits: "40" deleted and "60" inserted (tracked change; the inserted text counts) -> E.2 met.
- Aim is attainment only ("faster progress in reading, writing and mathematics"); Every Child Matters
  appears only as a knowledge cask -> 1.1 partially_met.
- Research and inspection: only "kept fresh each year" and "the latest research", nothing named -> 1.3
  partially_met.
- Parents: an hour in which the Parent Partnership officer "explains what the Service offers"; cask 3.11
  is a "Cask sample" -> 1.7 partially_met, 6.S8 partially_met.
- Award rule: "Members who pass all three Bottlings have shown every outcome in this Outturn" (claim
  contradicted by Cask samples and Still in wood), and the Editor's Pick text box's blanket claim ->
  6.0 partially_met, 1.9 partially_met.
- First Nosing "is for the member's own information ... there is no separate plan"; a comment suggests
  a personal plan (comment) -> 2.2 partially_met.
- Further targets: the concrete WD8 paragraph is a tracked deletion; what remains is "We would like to
  add a Next Cask session ... in a later Outturn" (hope); the footer's "Every member leaves with a plan
  for their next cask" is a footer -> 2.5 not_met.
- Equality: only "welcomes every teacher", the University's policy, "we will do our best" -> 3.1
  partially_met.
- Mentors: Cask Keepers "receive a copy of this Outturn"; the September briefing evening appears only
  in a comment -> 5.7 partially_met.
- Resources: the University library and a tea urn; nothing specialist -> 5.6 partially_met.
- CRB (looks negative, is met): "We do not bottle a member's application until the head has confirmed
  ..." with the University's admissions check and a new disclosure for anyone out of school three months
  -> 5.3 met. The order form's tick box is not the evidence.
- Single Cask (assessment-only) in exceptional circumstances, with a fee and a footnote -> 2.3 met.
- Members' letters are their writers' words: a head's "I hope the Club will ask heads like me ..." is
  not the provider's arrangement; the provider's own arrangement (heads and the council on the Warehouse
  Committee, heads' impact questionnaire) makes 4.3 met.
- Outcome entries keyed far above: "Cask sample" (developed, not marked) -> 6.A3, 6.S2b, 6.S2c, 6.S8,
  6.S9 partially_met; cask 2.3 (disability equality law) is "Bottled (B1)" but "not tasted at a
  Warehouse Day" -> 6.K3 partially_met (assessed, not developed); "Still in wood" -> 6.K4 (plan for 2010)
  and 6.S4 (plan) not_met; no cask for test and examination arrangements (numbers run on without a gap)
  -> 6.S2d not_met; keeping up to date appears only as the editor's belief -> 6.A7 not_met.
- Cask 3.10 (pupils in planning provision): Strength changed by tracked change from "Cask sample" to
  "Bottled (B3)" -> 6.S7 met.
- A footnote on cask 2.3 and on the Single Cask fee, one on the word "Outturn" (no effect).
"""
from pathlib import Path
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mo_helpers import (base_document, shade_cell, shade_paragraph, table_borders, cell_text, add_run,
                         ins_run, del_run, deleted_paragraph, text_box, Footnotes, header_footer,
                         border_paragraph, comment)

HERE = Path(__file__).parent
NAME = "mo-02-brackenholt-cask-club-outturn"
IR, DW = "Isla Rennard", "Duncan Whitelaw"
D1, D2 = "2009-03-02T11:20:00Z", "2009-03-04T15:05:00Z"
AMBER, PEAT = "F6E7C8", "3B2A1A"

doc = base_document(font="Book Antiqua", size=10)
for lvl, sz in ((1, 14), (2, 12)):
    st = doc.styles[f"Heading {lvl}"]
    st.font.name = "Book Antiqua"
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string("7A4A12")
fn = Footnotes(doc)
header_footer(doc, "THE OUTTURN  ·  No. 22  ·  SPRING 2009  ·  MEMBERS ONLY",
              "Brackenholt Cask Company Ltd  ·  Bond No. 4, Brackenholt Wharf  ·  Every member leaves with a "
              "plan for their next cask.")


def para(text, italic=False, size=None):
    p = doc.add_paragraph()
    add_run(p, text, italic=italic, size=size)
    p.paragraph_format.space_after = Pt(4)
    return p


def runin(label, text):
    p = doc.add_paragraph()
    add_run(p, label + " ", bold=True)
    add_run(p, text)
    p.paragraph_format.space_after = Pt(3)
    return p


# ---------------------------------------------------------------- masthead
t = doc.add_table(rows=3, cols=3)
table_borders(t, color=PEAT)
m = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(m, "THE OUTTURN", bold=True, size=26, color="FFFFFF", align="center")
shade_cell(m, PEAT)
cell_text(t.cell(1, 0), "No. 22 · Spring 2009", bold=True, size=9)
cell_text(t.cell(1, 1), "The Brackenholt Cask Club", bold=True, size=9, align="center")
cell_text(t.cell(1, 2), "Members' Bottlings", bold=True, size=9)
for c in t.rows[1].cells:
    shade_cell(c, AMBER)
m = t.cell(2, 0).merge(t.cell(2, 2))
cell_text(m, "This Outturn: the National Award for SEN Coordination, 2009-10, bottled with the University of "
          "Stainmore and Wyredale County Council", italic=True, size=10, align="center")
fn.add(m.paragraphs[0], "An outturn is the list of casks a cask club bottles in a season, with the club's "
       "tasting notes for each.")

p = para("For the TDA panel. We send the Outturn as our members will receive it. The Tasting Panel's "
         "names and the price list are as they will be printed; the order form at the back is the one "
         "members return.", italic=True, size=9)
border_paragraph(p, color="7A4A12")

# ---------------------------------------------------------------- editor
doc.add_heading("From the Cooper's Bench", level=1)
para("Twice a year the Club sends its members an Outturn: the casks we have chosen to bottle, with our "
     "notes on each. This spring's Outturn is different. For three years the Cooperage Academy, which "
     "trains our apprentice coopers and runs the Club's tastings, has also run a small course for new "
     "SENCOs from Wyredale schools, begun because two of our own apprentices' teachers asked for it. From "
     "September that course becomes the National Award for SEN Coordination, and this Outturn lists what "
     "it bottles.")
p = para("The University of Stainmore's Faculty of Education validated the Award on 3 February 2009 as a "
         "Postgraduate Certificate worth ")
del_run(p, "40", IR, D1)
ins_run(p, "60", IR, D1)
add_run(p, " credits at Masters level (Level 7). The University awards the Certificate and its "
        "regulations for postgraduate study apply.")
para("The Award has one aim: that children with special educational needs in our members' schools make "
     "faster progress in reading, writing and mathematics. Everything in the Outturn is chosen for that.")
para("We believe every SENCO should keep learning long after the last Warehouse Day, just as a cask keeps "
     "working long after it leaves the cooperage.")
para("Isla Rennard, Head of the Cooperage Academy", italic=True)

p = doc.add_paragraph()
text_box(p, [
    ("EDITOR'S PICK", True),
    ("Every cask in this Outturn is bottled at full strength: every national outcome is marked, and no "
     "member leaves with a half-filled cask.", False),
], height_cm=2.2)

# ---------------------------------------------------------------- key
doc.add_heading("How to read the Outturn", level=1)
para("Each cask in the Outturn is one thing a member will be able to do when they finish. Every entry has "
     "a number, a name, a Strength and three notes.")
for label, text in [
    ("Nose:", "what the member will be able to do, in our words."),
    ("Palate:", "where in the year it is worked on: which Warehouse Day, or elsewhere."),
    ("Finish:", "how it is judged."),
]:
    runin(label, text)
para("The Strength tells you whether the cask is marked:")
for label, text in [
    ("Bottled (B1), Bottled (B2), Bottled (B3):", "the cask is marked in that Bottling, one of the three "
     "marked pieces of work for the Award, by the Tasting Panel against the University's criteria."),
    ("Cask sample:", "the cask is tasted at a Warehouse Day and the member gets a Panellist's comments on "
     "it, but it is not marked and does not count towards the Award."),
    ("Still in wood:", "the cask is not in this Outturn."),
]:
    p = runin(label, text)
    p.paragraph_format.left_indent = Cm(0.6)

# ---------------------------------------------------------------- diary
doc.add_heading("The Warehouse Diary", level=1)
para("The Award runs over one school year in eight Warehouse Days, with work in the member's own school "
     "between them. There are two intakes: Outturn A starts in September and Outturn B in February; "
     "Outturn B members take Warehouse Days 5 to 8 first and Days 1 to 4 the following autumn. Every "
     "Warehouse Day runs twice, on a Wednesday and again on the Saturday after, and members may come to "
     "either. Days 2 and 7 can also be taken in the Club Room online, in the same week.")
t = doc.add_table(rows=1, cols=4)
table_borders(t, color=PEAT)
for j, h in enumerate(["Where", "Day", "Outturn A date", "What we taste"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), AMBER)
diary = [
    ("WD1 Opening the Bond", "23 Sept 2009", "The SENCO's role; the SEN Code of Practice (2001), the SEN and "
     "Disability Act 2001 and the Disability Discrimination Act 2005; Every Child Matters and Removing "
     "Barriers to Achievement. The First Nosing."),
    ("WD2 Know Your Wood", "21 Oct 2009", "The commonest kinds of SEN and disability and how they affect "
     "learning; members choose a Specialist Flight (autism, speech and language, or behaviour)."),
    ("WD3 Dipping the Cask", "18 Nov 2009", "Finding pupils who may have SEN; targets and interventions; "
     "using other professionals' assessments; tracking data; approaches and ICT for teaching."),
    ("WD4 The Cask Plan", "13 Jan 2010", "Provision mapping; reviewing provision with colleagues; the "
     "SENCO's week (a time audit)."),
    ("WD5 The Voice in the Cask", "10 Feb 2010", "Consulting pupils: members practise three ways (Talking "
     "Mats, pupil-led review meetings and picture questionnaires) and try one in school before WD6. Then "
     "an hour with the Parent Partnership officer, who explains what the Service offers."),
    ("WD6 Leading the Warehouse", "17 Mar 2010", "Leading colleagues: observation and feedback, coaching, "
     "training; the head, senior leaders and governors; school self-evaluation and the SEF; assessment "
     "for learning."),
    ("WD7 Many Hands", "21 Apr 2010", "Outside agencies and voluntary organisations; a Team Around the "
     "Child role play; case discussions."),
    ("WD8 The Final Nosing", "19 May 2010", "Research and best practice; practising the B3 presentation."),
]
start = None
for i, (d, date, what) in enumerate(diary):
    cells = t.add_row().cells
    cell_text(cells[1], d, bold=True, size=9)
    cell_text(cells[2], date, size=9)
    cell_text(cells[3], what, size=9)
    if i in (0, 4):
        start = len(t.rows) - 1
    if i in (3, 7):
        mm = t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0))
        cell_text(mm, "Cooperage Academy, Bond No. 4, Brackenholt Wharf" if i == 3 else
                  "University of Stainmore, Wyredale campus", size=9)
        shade_cell(mm, "FBF3E2")
para("Between Warehouse Days 2 and 3 every member spends the Hallowmoor Day at Hallowmoor School, a "
     "special school for pupils with severe and complex learning difficulties, with a written brief from "
     "their Panellist: a morning in class, an afternoon with the school's SENCO and its speech and language "
     "therapist. Between the other Warehouse Days members carry out a Cask Keeping task in their own school, "
     "set at the Warehouse Day before, and bring it back to the next.")
para("Our reading list is kept fresh each year by the Tasting Panel, so that members always meet the "
     "latest research.")

# ---------------------------------------------------------------- bottlings
doc.add_heading("The Bottlings", level=1)
para("There are three marked pieces of work. Each is set in the member's own school and marked by a "
     "Panellist against the University's criteria for the casks it bottles.")
for label, text in [
    ("B1 The Written Dram.", "A critical study (4,000 words) of SEN law, policy and practice in the member's "
     "school, using research to recommend one change. Due in December."),
    ("B2 The Cask Plan.", "The member's provision map for their school, a review of it with colleagues, and "
     "a case study of two pupils: how they were identified, the reports of other professionals, their "
     "targets, the intervention and its review (5,000 words in all). Due in March."),
    ("B3 The Tasting.", "A development project the member leads in school. The member takes baseline "
     "measures of the pupils' attainment before the project and measures again at the end, and presents "
     "the project and its results in twenty minutes to two Panellists and the member's head, who then ask "
     "questions. Due in June."),
]:
    p = runin(label, text)
    p.paragraph_format.left_indent = Cm(0.6)

# ---------------------------------------------------------------- the outturn
doc.add_heading("This Season's Outturn", level=1)
casks = [
    ("Range 1 · Character", None),
    ("1.1", "Open Door", "Bottled (B3)",
     "builds fair, warm and honest working relationships with pupils who have SEN or disabilities and with "
     "their families.",
     "WD5, through the pupil-led review meetings members practise and hold in school.",
     "The B3 project is marked on how the member worked with the pupils and their families."),
    ("1.2", "The Head's Dram", "Bottled (B3)",
     "brings the head, senior leaders and colleagues on board for better outcomes for pupils with SEN.",
     "WD6.",
     "The B3 project plan must be agreed by the senior team; the member's account of winning that "
     "agreement is marked."),
    ("1.3", "Slow Pour", "Cask sample",
     "puts first things first, manages time, and hands tasks to others and checks they are done.",
     "WD4, the time audit of the SENCO's week.",
     "The Panellist talks each member's time audit through at WD4."),
    ("1.4", "Steady Hand", "Bottled (B2)",
     "sees problems coming, sorts them out and makes sound decisions about provision.",
     "WD7, case discussions.",
     "B2's case study is marked on the soundness of the decisions taken."),
    ("1.5", "Clear Spirit", "Bottled (B1 and B3)",
     "speaks and writes clearly, and listens to and understands other people's views.",
     "Every Warehouse Day, and the presentation practice at WD8.",
     "B1 is marked for clear writing; the B3 presentation and questions for speaking and listening."),
    ("1.6", "Well Read", "Bottled (B1)",
     "uses research and advice from outside the school to improve their own and colleagues' practice.",
     "WD8.",
     "B1 must use research to recommend a change in practice."),
    ("Range 2 · Knowledge", None),
    ("2.1", "Code of Practice", "Bottled (B1)",
     "knows the law and guidance on SEN, including the SEN Code of Practice, what they mean for the school, "
     "the SENCO and others, and how to carry them out.",
     "WD1.", "B1."),
    ("2.2", "Five Outcomes", "Bottled (B1)",
     "knows the principles and the five outcomes of Every Child Matters and how a SENCO helps pupils reach "
     "them.", "WD1.", "B1."),
    ("2.3", "Level Access", "Bottled (B1)",
     "knows the law on disability equality and what it requires a school to do for disabled pupils.",
     "Not tasted at a Warehouse Day: members bring this from their own school's disability equality "
     "scheme.", "B1 includes a section on the school's scheme."),
    ("2.4", "First Growth", "Still in wood",
     "knows how children develop and how SEN, disability and their surroundings affect development.",
     "To be bottled in the 2010 Outturn.", "—"),
    ("2.5", "Five Grains", "Bottled (B2)",
     "knows the commonest kinds of SEN and disability (behavioural, emotional and social difficulties, "
     "dyslexia and other specific learning difficulties, speech, language and communication needs, autism "
     "and moderate learning difficulties) and how each affects learning.",
     "WD2 and the member's Specialist Flight.", "The two pupils in B2's case study."),
    ("2.6", "The Cooper's Tools", "Bottled (B2)",
     "weighs up approaches, strategies and resources for assessment, planning and teaching, including ICT, "
     "and uses them to remove barriers and personalise provision.", "WD3.", "B2."),
    ("2.7", "Warehouse Inspection", "Bottled (B3)",
     "knows how school self-evaluation and improvement work and how they bear on outcomes for pupils with "
     "SEN.", "WD6: the self-evaluation form and the SEN sections of the improvement plan.",
     "The B3 project must start from the school's self-evaluation, and is marked on it."),
    ("2.8", "Proof", "Bottled (B1)",
     "knows the best practice and research on meeting special educational needs.", "WD8.",
     "B1's review of research."),
    ("2.9", "Outside Help", "Bottled (B2)",
     "knows what outside agencies do and how to get specialist support and resources for pupils.", "WD7.",
     "B2's case study."),
    ("Range 3 · Craft", None),
    ("3.1", "House Style", "Bottled (B3)",
     "works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the "
     "use of resources.", "WD6, with a governor from a member school.", "B3."),
    ("3.2", "Dipping Rod", "Bottled (B2)",
     "spots pupils who may have SEN (by observation, data and assessment), sets challenging targets, plans "
     "interventions and reviews progress.", "WD3.", "B2's case study."),
    ("3.3", "Second Opinion", "Bottled (B2)",
     "uses assessments by other professionals to shape teaching.", "WD3.",
     "B2's case study must use at least two professionals' reports."),
    ("3.4", "Regauge", "Cask sample",
     "uses summative assessment, including national tests, to track progress and change programmes.",
     "WD3, the tracking-data workshop.",
     "Members bring a tracking sheet to WD4 for the Panellist's comments."),
    ("3.5", "Feedback Loop", "Cask sample",
     "encourages colleagues to use formative assessment for all pupils, with approaches for pupils with "
     "SEN.", "WD6.", "Discussed at WD6."),
    ("3.6", "The Cask Plan", "Bottled (B2)",
     "uses provision mapping to plan provision and to find what is ineffective or missing.", "WD4.",
     "B2's provision map."),
    ("3.7", "Crew List", "Still in wood",
     "deploys and manages support staff well.",
     "Not in this Outturn; the Tasting Panel plans to add it once the council's guidance on teaching "
     "assistants is published.", "—"),
    ("3.8", "Master and Apprentice", "Bottled (B3)",
     "develops colleagues by observing and giving feedback, modelling, coaching and mentoring, and "
     "training.", "WD6.",
     "B3 includes a coaching cycle or training session led by the member and observed by the head."),
    ("3.9", "Cask Review", "Bottled (B2)",
     "reviews with colleagues how well provision is working, to feed the school's self-evaluation and "
     "improvement planning.", "WD4.", "B2's review of the provision map with colleagues."),
    ("3.10", "The Voice in the Cask", "S7",
     "makes sure pupils with SEN help to plan, agree, review and evaluate their own provision.", "WD5.",
     "B3 shows how pupils helped to plan and review the project's provision."),
    ("3.11", "Family Reserve", "Cask sample",
     "works with parents and carers to support their children's learning and development.",
     "WD5, the hour with the Parent Partnership officer.", "Not marked."),
    ("3.12", "Blended", "Cask sample",
     "works in partnership with other services and agencies, including voluntary organisations.",
     "WD7, the Team Around the Child role play.", "Discussed at WD7."),
]
for row in casks:
    if row[1] is None:
        doc.add_heading(row[0], level=2)
        continue
    no, name, strength, nose, palate, finish = row
    p = doc.add_paragraph()
    add_run(p, f"Cask {no}  ", bold=True, color="7A4A12")
    add_run(p, f"{name}  ·  ", bold=True)
    if strength == "S7":
        del_run(p, "Cask sample", DW, D2, bold=True)
        ins_run(p, "Bottled (B3)", DW, D2, bold=True)
    else:
        add_run(p, strength, bold=True)
    p.paragraph_format.space_before = Pt(5)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    for label, text in (("Nose:", "The member " + nose), ("Palate:", palate), ("Finish:", finish)):
        q = doc.add_paragraph()
        add_run(q, label + " ", italic=True, bold=True, size=9)
        add_run(q, text, italic=True, size=9)
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.space_after = Pt(0)
        if no == "2.3" and label == "Palate:":
            fn.add(q, "Every maintained school must publish a disability equality scheme under the "
                   "Disability Discrimination Act 2005.")

# ---------------------------------------------------------------- joining
doc.add_heading("Joining the Club", level=1)
para("Membership for the Award is open to qualified teachers in Wyredale and neighbouring authorities who "
     "are SENCOs, or whose head has named them to become SENCO within the year. The head nominates the "
     "member on the order form and agrees to release them for the Warehouse Days and the Hallowmoor Day.")
para("Before a place is offered, a Panellist meets each applicant for a Cask Check: half an hour in the "
     "applicant's school, talking through a short account the applicant writes of provision for one pupil. "
     "The Panellist judges whether the applicant has the knowledge and experience to reach every bottled "
     "cask within the year. Where they have not yet, the Panellist writes to the applicant and the head "
     "with what to do first (usually a term with the council's SENCO Network and a named experienced SENCO) "
     "and keeps a place for them in the next intake.")
para("We do not bottle a member's application until the head has confirmed in writing that the member's "
     "enhanced CRB disclosure is current, and the University's admissions office checks the disclosure "
     "number and date against the head's letter. An applicant who has not worked in a school or college in "
     "the last three months applies for a new enhanced disclosure through the University before the first "
     "Warehouse Day, and the admissions office also takes up a reference from the last employer.")
p = para("At WD1 each member takes the First Nosing: they score themselves against every cask in this "
         "Outturn and note where they are strong. The First Nosing is for the member's own information: "
         "the Warehouse Days are the same for everyone, and there is no separate plan.")
comment(doc, p.runs[0], "Could the First Nosing feed a personal plan for each member? Tasting Panel to "
        "discuss in May. DW", DW, "DW", "2009-03-04T14:50:00Z")
doc.add_heading("Casks bought in", level=2)
para("Members who have already studied at masters level, or who have long experience, can have it "
     "counted. Up to 30 of the 60 credits can come from earlier certificated study (within seven years), "
     "and experience can be claimed through a portfolio that maps the member's past work against the "
     "casks in this Outturn, with evidence and a statement from a head or line manager. The University's "
     "Accreditation of Prior Learning panel assesses every claim; credit awarded reduces both the Bottlings "
     "and the fee.")
doc.add_heading("Single Cask", level=2)
p = para("In exceptional circumstances, an experienced teacher who already seems to meet every cask (for "
         "example an advisory teacher from the council's learning support service) may take the Single "
         "Cask route: an interview with the Programme Leader, then all three Bottlings, without the "
         "Warehouse Days. The Programme Leader must agree that the route is right for the teacher, and "
         "the Bottlings are marked and moderated like everyone else's.")
fn.add(p, "The Single Cask fee covers the interview and the marking of all three Bottlings; it does not "
       "include the Hallowmoor Day.")
doc.add_heading("Price list", level=2)
t = doc.add_table(rows=2, cols=3)
table_borders(t, color=PEAT)
mm = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(mm, "Price per member, 2009-10", bold=True, size=9, color="FFFFFF")
shade_cell(mm, PEAT)
for j, h in enumerate(["Route", "Full price", "Wyredale schools"]):
    cell_text(t.cell(1, j), h, bold=True, size=9)
    shade_cell(t.cell(1, j), AMBER)
for a, b, c in [
    ("The full Outturn (eight Warehouse Days, Hallowmoor Day, three Bottlings)", "£1,600",
     "£900 (the council pays £700)"),
    ("Single Cask (assessment only)", "£650", "£650"),
    ("Casks bought in", "£25 off for each credit awarded", "£25 off for each credit awarded"),
]:
    r = t.add_row().cells
    cell_text(r[0], a, size=9)
    cell_text(r[1], b, size=9)
    cell_text(r[2], c, size=9)
para("The Bottlings are set in each member's own school, on pupils and provision they are responsible for, "
     "and the Specialist Flight lets members spend WD2 on the need most pressing in their school. Running "
     "each day twice in our own rooms keeps the price down and saves schools supply cover on Saturdays.")
doc.add_heading("Access", level=2)
para("The Club welcomes every teacher, and the Award follows the University of Stainmore's Equal "
     "Opportunities Policy. If a member tells us about a disability we will do our best to help.")

# ---------------------------------------------------------------- club room
doc.add_heading("The Club Room", level=1)
para("The Club Room is the Award's Moodle site, hosted by the University. Every member and every Cask "
     "Keeper has a login. It holds each Warehouse Day's readings and slides, the Cask Keeping tasks, and "
     "the online versions of Days 2 and 7. Between Warehouse Days members post questions to their "
     "Panellist, who replies within two working days; each Panellist holds a live chat in the Club Room "
     "every other Tuesday evening; and members are grouped in Cask Circles of five, each with its own forum, "
     "to share their Cask Keeping tasks. Bottlings are handed in and returned with feedback through the Club "
     "Room, and the Panel uses it to send notices to members, Cask Keepers and heads.")

# ---------------------------------------------------------------- panel
doc.add_heading("The Tasting Panel", level=1)
t = doc.add_table(rows=1, cols=2)
table_borders(t, color=PEAT)
for j, h in enumerate(["Panellist", "Background"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), AMBER)
for a, b in [
    ("Isla Rennard, Head of the Cooperage Academy (Programme Leader)",
     "MEd Special Educational Needs; fourteen years a SENCO in Wyredale primary and secondary schools; "
     "leads WD1, WD4 and WD6."),
    ("Dr Duncan Whitelaw, University of Stainmore",
     "Principal Lecturer in Special and Inclusive Education; PhD on pupil participation in annual reviews; "
     "leads WD5 and WD8 and the University's moderation."),
    ("Morag Caddell, Wyredale County Council",
     "Head of the Learning Support Service; specialist teacher (dyslexia, AMBDA); leads WD2 and WD3."),
    ("Dr Femi Adeyemi, Wyredale Educational Psychology Service",
     "Senior educational psychologist; chairs the county's multi-agency autism group; leads WD7."),
    ("Ruth Ambler, Hallowmoor School", "Deputy head and SENCO of a special school; runs the Hallowmoor Day."),
]:
    r = t.add_row().cells
    cell_text(r[0], a, bold=True, size=9)
    cell_text(r[1], b, size=9)
para("Guest tasters on the Warehouse Days include the Parent Partnership officer, a speech and language "
     "therapist, the autism outreach teacher and speakers from Wyredale Mencap and the local Dyslexia "
     "Association.")
p = para("Each member's head names a Cask Keeper in school, usually a senior leader, to support the member "
         "between Warehouse Days. Cask Keepers receive a copy of this Outturn.")
comment(doc, p.runs[0], "We do run a Cask Keepers' evening each September. Add it? IR", IR, "IR",
        "2009-03-02T12:02:00Z")
para("Members use the University's library, including its online journals. Every Warehouse Day at "
     "Brackenholt has the Academy's classroom, a projector and a tea urn.")

# ---------------------------------------------------------------- QA
doc.add_heading("Warehouse Keeping", level=1)
para("Casks in bond are checked every year; so is the Award.")
for label, text in [
    ("Every Warehouse Day:", "members fill in a tasting card, and the Panel reads the cards before the next "
     "day and changes it where they point to a problem."),
    ("Marking:", "every Bottling is marked by one Panellist; the University second-marks a sample of at least "
     "one in five of each Bottling and every fail, and the Panel meets after each Bottling to agree marks "
     "against the criteria. The University's external examiner sees every fail and a sample of passes and "
     "reports each year."),
    ("Competence and confidence:", "members rate their confidence on each cask at the First Nosing and again "
     "at WD8, and the Panel compares the two."),
    ("Pupils:", "the baseline and end measures of pupils' attainment in every B3 project are collected and "
     "the Panel reports each year how much progress the members' pupils made."),
    ("Heads:", "heads complete a questionnaire in July on what has changed in their school's SEN provision."),
    ("The Warehouse Committee:", "the Programme Leader, the University's link tutor, Wyredale's senior SEN "
     "adviser, two headteachers of member schools and a parent from the Wyredale Parent Partnership forum "
     "meet each summer to review all of this evidence with the external examiner's report and agree the "
     "changes for the next Outturn, which the University's annual monitoring then checks."),
]:
    runin(label, text)

# ---------------------------------------------------------------- where from
doc.add_heading("Where this Outturn came from", level=1)
para("In June 2008 we asked every head and SENCO in Wyredale's 146 schools what a new SENCO most needs from "
     "a course; 71 schools answered. The council gave us its data on the SENCOs in its schools, and the "
     "Wyredale Parent Partnership forum held an evening for us.")
for label, text in [
    ("Heads told us:", "weekday release is hard to cover. So every Warehouse Day runs twice, once on a "
     "Saturday."),
    ("SENCOs told us:", "they need most help with provision mapping and with autism and speech and language "
     "needs. So provision mapping has its own day and Bottling, and WD2 offers the Specialist Flights."),
    ("The council told us:", "half its SENCOs have been in post under three years, most in small primary "
     "schools. So the Cask Check and the Hallowmoor Day were designed for teachers new to the role."),
    ("Parents told us:", "they want SENCOs who ask their children what they think. So WD5 begins with "
     "consulting pupils."),
]:
    runin(label, text)

doc.add_heading("Members' Letters", level=2)
for who, text in [
    ("A headteacher, Wyredale primary school:",
     "When the Club asked us last summer what a new SENCO needs, I said time, and someone outside the "
     "building to talk to. The Saturday days are a godsend. I hope the Club will ask heads like me to help "
     "judge whether it worked."),
    ("A parent, Wyredale Parent Partnership forum:",
     "Our son's SENCO was in her first year and it showed. I am glad the course starts by asking children "
     "what they think."),
    ("A pilot member, 2008:",
     "The Hallowmoor Day changed how I see my own school. Keep it."),
]:
    p = doc.add_paragraph()
    add_run(p, who + " ", bold=True, size=9)
    add_run(p, text, italic=True, size=9)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(3)
comment(doc, doc.paragraphs[-1].runs[0], "Permission to print received from all three writers. IR", IR, "IR",
        "2009-03-02T12:10:00Z")

# ---------------------------------------------------------------- last orders
doc.add_heading("Last Orders", level=1)
para("Members who pass all three Bottlings have shown every outcome in this Outturn and are awarded the "
     "University's Postgraduate Certificate, the National Award for SEN Coordination. A member who fails a "
     "Bottling may resubmit it once.")
deleted_paragraph(doc, "At WD8 every member drafts three professional targets for the next two years and "
                  "agrees them with their head; the member's Panellist comments on the draft.", DW, D2)
para("We would like to add a Next Cask session on setting further targets to a later Outturn.")

# ---------------------------------------------------------------- order form
doc.add_heading("Order Form", level=1)
para("Return to the Cooperage Academy, Bond No. 4, Brackenholt Wharf, by 30 June 2009.", italic=True, size=9)
t = doc.add_table(rows=0, cols=2)
table_borders(t, color=PEAT)
for a, b in [
    ("Member's name", ""),
    ("School and authority", ""),
    ("Post (SENCO, or date named to become SENCO)", ""),
    ("Intake", "☐ Outturn A (September)     ☐ Outturn B (February)"),
    ("Route", "☐ Full Outturn     ☐ Single Cask     ☐ I wish to claim Casks bought in"),
    ("Specialist Flight (WD2)", "☐ Autism     ☐ Speech and language     ☐ Behaviour"),
    ("Access", "☐ I would like to tell you about a disability or health condition"),
    ("Safeguarding", "☐ My head's letter confirming my enhanced CRB disclosure is attached"),
    ("Head's nomination", "I nominate this teacher, will release them for the Warehouse Days and the "
     "Hallowmoor Day, and name as Cask Keeper: ____________\nSigned (head): ____________   Date: ______"),
]:
    r = t.add_row().cells
    cell_text(r[0], a, bold=True, size=9)
    shade_cell(r[0], AMBER)
    cell_text(r[1], b, size=9)

fn.attach()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
