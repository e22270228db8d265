"""nm-02-sallowmere-felling-licence-application: writes nm-02-sallowmere-felling-licence-application.docx.

PROVIDER (invented). Sallowmere Woodland Crafts Trust, a charcoal-burning and coppice crafts trust working Sallowmere
Wood near Carnford (charcoal burners, coppice workers, green woodworkers), which has run a SENCO course with Carnford
County Council and now seeks approval to run the National Award for SEN Coordination from September 2009 as "the
Colliers' Course", validated by the (invented) Harnham University.

DOCUMENT KIND AND LAYOUT. The course set out on the felling licence application form (form FLA, "Application for a
licence to fell growing trees") that the Trust's woodland manager fills in each winter, with a covering note. The
form's Parts 1-8 are two-column question/answer tables with merged, shaded Part title rows; the form's own guidance
notes are left in, in grey italic, inside the question cells (never evidence). The form's question numbers collide
with requirement ids ("1.1 Name of applicant", "2.5 Who may apply", "4.3 Prior growth", "5.1 Protected species and
designations", "5.2 Public access", "5.3 Safety of the public during operations", "6.1 Neighbours consulted", ...).
Participants are Colliers, tutors Master Burners, school mentors Watchers, study days Burns (ten), marked pieces
Bags (three). The outcomes sit in the form's Felling Schedule (Part 3) in the Trust's own words, shuffled within
three Compartments, with columns "Felling type | Felled at | Extracted by"; the Trust's own notes in 3.1 key the
values far above the schedule: Coppice (taught at a Burn and marked in a Bag), Thinning (taught, never marked),
Windblow (marked in a Bag but taught at no Burn), Retained (neither). A text box of neighbours' comments, two
footnotes, two Word comments, a [to follow] placeholder, a ticked declaration, header and footer. Tracked changes:
a deleted schedule row, a change in two cells of a row, a deleted paragraph (the online route), an inserted
sentence.

TRAPS (requirement ids):
- Credits only "proposed" at 30 by the University; M-level is settled: E.2 partially_met (E.1 met).
- "We have not built the course round research papers" and a reading list only planned: 1.3 not_met; "what
  research says works" is Retained: 6.K8 not_met; using outside advice is Thinning only: 6.A6 partially_met.
- The child development row is a tracked deletion, and no Burn covers it: 6.K4 not_met.
- Formative assessment row changed by tracked change from Coppice at Burn 4 to Windblow: 6.S2c partially_met.
  Supporting colleagues' development is Windblow too: 6.S5 partially_met.
- Thinning rows: 6.A3, 6.S1, 6.S9 partially_met. The unmarked and missing lines make 1.9 partially_met; the
  award rule (nine of ten Burns and three Bags) makes 6.0 partially_met.
- The assessment-only route appears only in a Word comment: 2.3 not_met.
- Walk the Wood assesses needs before the course but "No individual plan is written" and "Everyone follows the same
  Burns": 2.2 partially_met (2.4 met through own-school Bags and one-to-one tutorials).
- One start, one order, Saturday Burns with a weekday repeat; the online Hearth pages are a tracked deletion (so no
  e-learning): 3.2 partially_met, 3.3 not_applicable.
- Evaluation: colliers' Burn sheets (answer 7.5) look thin, but the Hearth Committee of heads, past colliers and the
  county adviser reviews sheets and Bag results each term, and heads are asked twelve months on: 5.1 met.
- "We have not yet arranged moderation": 5.8 partially_met.
- Watchers are not briefed ("We do not brief Watchers or send them anything"); Master Burners "need no further
  induction": 5.7 not_met.
- Resources are books and handouts; colliers "use the ICT in their own schools": 5.6 partially_met (a comment about
  laptops does not count).
- Form question "5.1 Protected species" is about dormice, not evaluation; "5.3 Safety of the public" really is the
  CRB check (5.3 met); "6.1 Neighbours consulted" is stakeholders (4.1, 4.2 met); "6.2" with an inserted sentence
  on a parent representative (4.3 met).
- Ticked declaration "The course meets all the national minimum outcomes" is a tick, not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
import _nm_helpers as H
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
H.AUTHOR_DATE.update(author="Hester Cole", date="2009-01-12T14:20:00Z")
GREY = "808080"

doc = H.new_document(font="Arial", size=9.5, margins_cm=2.0)
fn = H.Footnotes(doc)
H.header_footer(doc, "Felling Licence Application  \u00b7  Sallowmere Woodland Crafts Trust  \u00b7  Our ref. "
                "SWCT/FLA/2009/01", "Form FLA (rev. 2007), reproduced for the Trust's own use  \u00b7  Page ")


def p(*parts, size=None, align=None):
    q = doc.add_paragraph()
    rr = H.runs(q, *parts)
    if size:
        for r in rr:
            r.font.size = Pt(size)
    if align:
        q.alignment = {"center": 1, "right": 2}[align]
    return q


def grey(cell_par, text):
    r = cell_par.add_run(text)
    r.italic = True
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string(GREY)
    return r


def part_table(title, questions):
    """questions: list of (number, question, guidance or None, answer paragraphs list)."""
    t = doc.add_table(rows=1 + len(questions), cols=2)
    t.style = doc.styles["Table Grid"]
    H.merge_row(t, 0, title, fill="3F5A3C", size=10)
    t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    answer_cells = []
    for i, (num, q, guide, answer) in enumerate(questions, start=1):
        qc, ac = t.cell(i, 0), t.cell(i, 1)
        qc.text = ""
        qp = qc.paragraphs[0]
        r = qp.add_run(f"{num}  {q}")
        r.bold = True
        r.font.size = Pt(9)
        if guide:
            gp = qc.add_paragraph()
            grey(gp, guide)
        H.shade(qc, "E8EDE4")
        ac.text = ""
        for j, a in enumerate(answer):
            ap = ac.paragraphs[0] if j == 0 else ac.add_paragraph()
            parts = a if isinstance(a, list) else [a]
            for rr in H.runs(ap, *parts):
                rr.font.size = Pt(9)
        answer_cells.append(ac)
    for row in t.rows:
        row.cells[0].width = H.Cm(5.4)
        row.cells[1].width = H.Cm(11.6)
    doc.add_paragraph()
    return t, answer_cells


# ------------------------------------------------------------------ covering note
p(("Sallowmere Woodland Crafts Trust", "b"), size=12)
p("Hearth Barn, Sallowmere Wood, Long Drove, Carnford  \u00b7  Registered charity no. 1087712", size=8.5)
p("14 January 2009", size=9)
p("To the approval panel, Training and Development Agency for Schools")
p("Dear Panel,")
p("Every winter our woodland manager fills in a felling licence application for the cants we mean to cut, and in "
  "twenty years the Forestry Commission has never sent one back. When the Trust's education committee sat down "
  "to write this application, it decided to use the same form, because it asks the right questions in the right "
  "order: who you are, what you will cut, how you will get it out, what grows back, who you have asked, and who "
  "will do the work. The form's own notes are printed in grey and we have left them as they stand; our answers "
  "are in black. Where the form says trees, we mean teachers, and we explain our words in Part 3.")
p("The Trust has taught charcoal burning, coppicing and green woodworking in Sallowmere Wood since 1988. Since 2003 "
  "it has run a twenty-day SENCO course with Carnford County Council, first for the county's own special school "
  "staff and then for SENCOs from its primary and secondary schools; the Colliers' Course set out here is that "
  "course rebuilt for the National Award.")
p("Yours faithfully,")
p(("Hester Cole", "b"), ", Clerk to the Trust")

doc.add_page_break()
p(("APPLICATION FOR A LICENCE TO FELL GROWING TREES", "b"), size=14, align="center")
q = p("Form FLA \u00b7 Please complete all Parts in block capitals or type. Read the notes before you begin.",
      size=8, align="center")
q.runs[0].italic = True
q.runs[0].font.color.rgb = RGBColor.from_string(GREY)
p(("Completed by Sallowmere Woodland Crafts Trust as its application for approval to run the National Award for "
   "SEN Coordination, 2009-10", "i"), size=9.5, align="center")

# ------------------------------------------------------------------ Part 1
t1, a1 = part_table("PART 1 \u2013 APPLICANT", [
    ("1.1", "Name of applicant", "Give the full name of the owner or tenant of the woodland.",
     ["Sallowmere Woodland Crafts Trust (registered charity no. 1087712)"]),
    ("1.2", "Status of applicant", "Owner / Tenant / Agent acting for the owner. Delete as appropriate.",
     ["Provider. The Trust runs the course and employs its tutors; Harnham University validates it and awards the "
      "certificate."]),
    ("1.3", "Agent (if any)", "If an agent is acting for you, give the agent's name and address. Licences will be "
     "sent to the agent.",
     ["Harnham University, Faculty of Education, Abbey Road, Harnham. The University has validated the Colliers' "
      "Course as its Postgraduate Certificate in Special Educational Needs Coordination, at Master's level "
      "(M-level). The credit value is still being settled with the University: Harnham has proposed 30 credits, "
      "with a further 30-credit module to follow for those who want it."]),
    ("1.4", "Contact for this application", None,
     ["Hester Cole, Clerk to the Trust. Course leader: Dr Owen Pryce, Master Burner."]),
])
fn.ref(a1[2].paragraphs[0], "Harnham's validation panel met on 9 December 2008; its report is available from the "
       "Clerk.")

# ------------------------------------------------------------------ Part 2
t2, a2 = part_table("PART 2 \u2013 THE PROPERTY", [
    ("2.1", "Name of property", "The name by which the woodland is known locally.",
     ["The Colliers' Course (the National Award for SEN Coordination at Sallowmere)"]),
    ("2.2", "OS grid reference", "Give a six-figure grid reference for the centre of the woodland.",
     ["[to follow]"]),
    ("2.3", "Extent", "Give the total area of the property in hectares.",
     ["Ten Burns (study days) at the Hearth Barn, three Bags (marked pieces of work), and the collier's own "
      "school-based work in between: September 2009 to July 2010, about 600 hours of study in all."]),
    ("2.4", "Description of the woodland", "Describe the species, age and condition of the woodland and your "
     "objectives of management.",
     ["The course has one object of management: that pupils with special educational needs and disabilities in "
      "our colliers' schools achieve more and are better off \u2013 healthier, safer, enjoying school, making "
      "their contribution and ready for the world of work \u2013 because their SENCO is better at the job. Every "
      "Burn starts from a pupil, and each of the three Bags asks the collier what changed for pupils in his or "
      "her school, in their learning and in their well-being, across the five Every Child Matters outcomes.",
      "Most of the work is done in the collier's own school. Between Burns each collier carries out the Burn's "
      "school task, which is always a piece of real SENCO work (a pupil's review, a provision map, a meeting "
      "with parents) and is brought back to the next Burn. Bags 1 and 2 are built from this school work, and "
      "each collier also spends two days on placement (Part 7)."]),
    ("2.5", "Who may apply", "Give details of any rights of common, tenancies or other interests in the land.",
     ["Colliers must hold Qualified Teacher Status, be the SENCO of a school or be named by the head to become "
      "its SENCO within the year, and have the head's written support. At Walk the Wood (Part 4) the Master "
      "Burner checks that each collier has enough knowledge and experience to meet every line of the Felling "
      "Schedule by July. A teacher who is not yet ready is told plainly what to do first \u2013 usually a year "
      "working alongside an experienced SENCO, or the county's one-term SEN Foundation course \u2013 and the "
      "Clerk writes to the head to agree it; the place is kept for the next year."]),
])

# ------------------------------------------------------------------ Part 3
p(("PART 3 \u2013 FELLING PROPOSALS", "b"), size=11)
q = p("Note 7. Felling type: state for each sub-compartment whether you propose Clear felling, Selective felling, "
      "Thinning or Coppice. Trees to be retained should be shown as Retained. Trees blown down by wind need no "
      "licence but should be listed as Windblow.", size=8)
q.runs[0].italic = True
q.runs[0].font.color.rgb = RGBColor.from_string(GREY)
p(("3.1  How to read our Felling Schedule. ", "b"), "The Felling Schedule at the end of this Part lists what a "
  "collier must be able to know and do by the end of the course, in three Compartments, each line a "
  "sub-compartment. ", ("Felled at", "b"), " gives the Burn where the line is taught. ", ("Extracted by", "b"),
  " gives the Bag in which it is marked. We use the form's felling types in this way:")
for term, meaning in [
    ("Coppice", "the line is taught at the Burn shown and marked in the Bag shown, and it grows back every year."),
    ("Thinning", "the line is taught at the Burn shown and worked on in school, and the Master Burner talks it "
                 "through with the collier, but it is not extracted: no Bag marks it."),
    ("Windblow", "the line comes down of its own accord: it is not taught at any Burn, because colliers bring it "
                 "from their own schools, but a Bag marks it."),
    ("Retained", "the line is left standing this rotation: neither taught nor marked."),
]:
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Pt(20)
    q.paragraph_format.space_after = Pt(2)
    H.runs(q, (term, "b"), " \u2013 " + meaning)

p(("3.2  The Burns. ", "b"), "A Burn is a study day at the Hearth Barn, 9.30 to 4.00, on a Saturday. Like a "
  "charcoal burn it needs tending through the day and it is judged by what comes out of it.")
burns = [
    ["Burn", "Date", "At the hearth"],
    ["1  Lighting Up", "Sat 19 Sep 2009", "The law and guidance on SEN: the Education Act 1996, the SEN Code of "
     "Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality "
     "Duty, the Children Act 2004 and Every Child Matters, Removing Barriers to Achievement; the SENCO's role."],
    ["2  Knowing the Wood", "Sat 10 Oct 2009", "The most common types of SEN and disability \u2013 behavioural, "
     "emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language and "
     "communication needs, autistic spectrum disorders, moderate learning difficulties \u2013 and their effect "
     "on learning."],
    ["3  Finding the Stools", "Sat 7 Nov 2009", "Identifying pupils who may have SEN through observation, data "
     "and assessment; setting targets; planning and reviewing interventions; using the assessments of "
     "psychologists, therapists and advisory teachers; access arrangements for national tests and public "
     "examinations and how to apply for them in good time."],
    ["4  Reading the Smoke", "Sat 5 Dec 2009", "Tracking progress with national tests and other summative data "
     "and changing a programme that is not working; approaches, strategies and resources for assessment, "
     "planning and teaching, ICT included, judged critically; school self-evaluation and where SEN sits in it."],
    ["5  Listening at the Hearth", "Sat 16 Jan 2010", "Consulting pupils: person-centred reviews, pupils' own "
     "targets, pupil-led meetings; relationships with pupils and families; working in partnership with parents "
     "and carers, with parents from Carnford Parent Partnership leading the afternoon."],
    ["6  The Clamp", "Sat 6 Feb 2010", "Provision mapping and management; deploying and managing teaching "
     "assistants; reviewing provision with colleagues to inform the school's self-evaluation; the SENCO's time, "
     "priorities and delegation."],
    ["7  Many Hands at the Stack", "Sat 6 Mar 2010", "Advising and supporting colleagues in school and working "
     "with SENCOs across the cluster; gaining the commitment of the head and senior leaders; working with "
     "governors on the school's ethos, policy and resources; putting a case clearly in speech and writing."],
    ["8  Outside the Wood", "Sat 17 Apr 2010", "The agencies round a school and what each does; getting "
     "specialist support and equipment; working with health, social care and voluntary organisations; using "
     "advice from outside the school."],
    ["9  Troubleshooting", "Sat 15 May 2010", "Anticipating and solving problems in provision; making and "
     "defending judgements about what a pupil needs, worked through on colliers' own cases."],
    ["10  Drawing the Kiln", "Sat 26 Jun 2010", "Hearth Conversations (Bag 3); Restocking Plans (Part 4)."],
]
tb = H.table(doc, burns, widths_cm=[3.6, 2.6, 10.8], header_fill="C7D3BF", size=8.5)
doc.add_paragraph()
p("A collier who misses a Burn may make it up at the repeat Burn held on the Thursday after, from 1.00 to 7.00. "
  "There is one start each year, in September, and the Burns run in the order above.")
H.deleted_paragraph(doc, "Colliers may also follow Burns 4 to 7 online through the Trust's Hearth pages, with a "
                    "Master Burner on hand by e-mail and a discussion board between Burns, instead of coming to "
                    "the barn.", author="Owen Pryce", date="2009-01-09T10:05:00Z")
p(("3.3  The Bags. ", "b"), "Charcoal is sold by the bag, and a Bag is what a collier hands in to be marked.")
p(("Bag 1 \u2013 The Hearth Study", "b"), " (5,000 words, handed in in March). A study of the provision for one "
  "pupil in the collier's own school over two terms: how the pupil's needs were identified and what the law and the "
  "Code required, how the assessments of other professionals were used, the targets and interventions and how "
  "they were reviewed against the school's tracking data, the part the pupil and the parents played, and what "
  "changed for the pupil across the five Every Child Matters outcomes.")
p(("Bag 2 \u2013 The Clamp Audit", "b"), " (5,000 words and the map, handed in in May). A provision map of the "
  "collier's school with a review, carried out with colleagues, of which provision works and which does not; the "
  "deployment of teaching assistants; the approaches and ICT the school uses; how the findings feed the school's "
  "self-evaluation; and the collier's own work with colleagues over the year, including any observation, coaching "
  "or training the collier has given and any help given to colleagues with assessment for learning.")
p(("Bag 3 \u2013 The Hearth Conversation", "b"), " (40 minutes, at Burn 10). A viva with two Master Burners on "
  "the collier's portfolio of school evidence, in which the collier must show how he or she has won the backing of "
  "the head and colleagues, explain clearly the case made to them, and set out how he or she keeps up to date and "
  "plans his or her own development; the collier's Restocking Plan is discussed.")
p(("3.4  Method of extraction. ", "b"), "Each Bag is marked by the Master Burner who taught the collier, against "
  "the lines of the Felling Schedule that the Bag extracts, and a second Master Burner reads every Bag that is "
  "failed. The two Master Burners at a Hearth Conversation agree its result together. We have not yet arranged "
  "moderation; Harnham's external examiner [name to follow] may be asked to look at a sample.")
p(("3.5  Research. ", "b"), "We have not built the course round research papers: the Master Burners are "
  "practitioners, and the hearth is a place for practice rather than reading. A reading list will be drawn up "
  "when the first cohort is recruited.")

p(("FELLING SCHEDULE", "b"), size=10.5)
sched = [
    ["Sub-cpt", "Species: what the collier must know or do", "Felling type", "Felled at", "Extracted by"],
    ["COMPARTMENT 1 \u2013 THE COLLIER'S WAYS", None, None, None, None],
    ["1a", "Put a case to colleagues clearly, in speech and in writing, and listen to and understand their views",
     "Coppice", "Burn 7", "Bag 3"],
    ["1b", "Build fair, respectful, supportive relationships with pupils with SEN and disabilities and with their "
     "parents and carers", "Coppice", "Burn 5", "Bag 1"],
    ["1c", "Win the commitment of colleagues, the head and senior leaders among them, to better outcomes for "
     "pupils with SEN", "Coppice", "Burn 7", "Bag 3"],
    ["1d", "Anticipate and solve problems and make sound, well-founded judgements about provision", "Coppice",
     "Burn 9", "Bag 2"],
    ["1e", "Put first things first, manage time and hand work to others, seeing that it is done", "Thinning",
     "Burn 6", "\u2013"],
    ["1f", "Use outside advice and research to improve the collier's own practice and colleagues'", "Thinning",
     "Burn 8", "\u2013"],
    ["1g", "Keep up to date and take charge of one's own development in SEN and disability", "Coppice", "Burn 10",
     "Bag 3"],
    ["COMPARTMENT 2 \u2013 KNOWING THE WOOD", None, None, None, None],
    ["2a", "The law and guidance on SEN, the Code of Practice above all, what they mean for the school, the SENCO "
     "and others, and how to carry them out", "Coppice", "Burn 1", "Bag 1"],
    ["2b", "How children grow and develop, and what SEN, disability and their surroundings do to that growth",
     "Coppice", "Burn 2", "Bag 1"],
    ["2c", "The most common types of SEN and disability and how they affect learning", "Coppice", "Burn 2",
     "Bag 1"],
    ["2d", "The laws on disability equality and what they require a school to do for disabled pupils", "Coppice",
     "Burn 1", "Bag 3"],
    ["2e", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them", "Coppice",
     "Burn 1", "Bag 1"],
    ["2f", "A critical grasp of approaches, strategies and resources for assessing, planning and teaching, ICT "
     "included, and how to use them to remove barriers", "Coppice", "Burn 4", "Bag 2"],
    ["2g", "What research says works in meeting special educational needs", "Retained", "\u2013", "\u2013"],
    ["2h", "School self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "Coppice",
     "Burn 4", "Bag 2"],
    ["2i", "Which agencies do what, and how to get specialist support and resources for a pupil", "Coppice",
     "Burn 8", "Bag 3"],
    ["COMPARTMENT 3 \u2013 WORKING THE CANT", None, None, None, None],
    ["3a", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Coppice", "Burn 3", "Bag 1"],
    ["3b", "Use the assessments of other professionals to shape teaching", "Coppice", "Burn 3", "Bag 1"],
    ["3c", "Use national tests and other summative assessment to track progress and change programmes", "Coppice",
     "Burn 4", "Bag 1"],
    ["3d", "Help other teachers develop assessment for learning, with thought for pupils with SEN", None, None,
     "Bag 2"],
    ["3e", "Find in good time the access arrangements pupils need for national tests and examinations and put them "
     "in place with colleagues", "Coppice", "Burn 3", "Bag 2"],
    ["3f", "Map and manage provision, and find provision that is not working or is missing", "Coppice", "Burn 6",
     "Bag 2"],
    ["3g", "Deploy and manage teaching assistants and other staff", "Coppice", "Burn 6", "Bag 2"],
    ["3h", "Review provision with colleagues so that it informs the school's self-evaluation", "Coppice", "Burn 6",
     "Bag 2"],
    ["3i", "Support colleagues' development by observation and feedback, modelling, coaching and training",
     "Windblow", "\u2013", "Bag 2"],
    ["3j", "Make sure pupils take part in planning, agreeing and reviewing their own provision", "Coppice",
     "Burn 5", "Bag 1"],
    ["3k", "Work with parents and carers to help their children learn and develop", "Coppice", "Burn 5", "Bag 1"],
    ["3l", "With senior colleagues and governors, shape the school's inclusive ethos, policies, priorities and use "
     "of resources", "Thinning", "Burn 7", "\u2013"],
    ["3m", "Work in partnership with other services and agencies, voluntary organisations among them", "Thinning",
     "Burn 8", "\u2013"],
]
ts = doc.add_table(rows=len(sched), cols=5)
ts.style = doc.styles["Table Grid"]
for i, row in enumerate(sched):
    if row[1] is None and row[0].startswith("COMPARTMENT"):
        H.merge_row(ts, i, row[0], fill="C7D3BF", size=8.5)
        continue
    for j, val in enumerate(row):
        if val is None:
            continue
        H.set_cell(ts.cell(i, j), val, bold=(i == 0), size=8.5, fill=("3F5A3C" if i == 0 else None))
        if i == 0:
            ts.cell(i, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
widths = [1.4, 9.0, 2.2, 2.2, 2.2]
for row in ts.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = H.Cm(w)
# row 3d: felling type Coppice -> Windblow, Felled at Burn 4 -> dash (tracked)
r3d = [i for i, row in enumerate(sched) if row[0] == "3d"][0]
for col, old, new in ((2, "Coppice", "Windblow"), (3, "Burn 4", "\u2013")):
    c = ts.cell(r3d, col)
    c.text = ""
    H.del_run(c.paragraphs[0], old, author="Owen Pryce", date="2009-01-09T10:12:00Z", size=8.5)
    H.ins_run(c.paragraphs[0], new, author="Owen Pryce", date="2009-01-09T10:12:00Z", size=8.5)
# row 2b (child development) deleted as a tracked change
r2b = [i for i, row in enumerate(sched) if row[0] == "2b"][0]
H.deleted_row(ts.rows[r2b], author="Owen Pryce", date="2009-01-09T10:15:00Z")
doc.add_paragraph()

# ------------------------------------------------------------------ Part 4
t4, a4 = part_table("PART 4 \u2013 RESTOCKING PROPOSALS", [
    ("4.1", "How will the felled area be restocked?", "State whether by planting, natural regeneration or coppice "
     "regrowth, and by what date.",
     ["By coppice regrowth: the stool is cut so that it grows again. At Burn 10 each collier writes a Restocking "
      "Plan: three targets for his or her further professional development as a SENCO over the next two years, "
      "with the steps, the support needed and a date for each. The collier's Master Burner goes through the plan "
      "with the collier, it is discussed at the Hearth Conversation, and the collier takes it to the school's "
      "performance management review with the head. The Trust sends each collier Harnham's list of follow-on "
      "Master's modules and the county's SENCO network programme."]),
    ("4.2", "Condition of the ground before felling", "Describe the condition of the site before work starts.",
     ["Before Burn 1 each collier has Walk the Wood: a one-hour meeting in school with a Master Burner, going "
      "line by line through the Felling Schedule and marking each line strong, some or new, with the evidence "
      "for it. The marks tell the Master Burners where the whole group is weakest, and the Burns are weighted "
      "accordingly. No individual plan is written: everyone follows the same Burns in the same order."]),
    ("4.3", "Prior growth", "Is there existing natural regeneration on the site? Give details.",
     ["Colliers may claim credit for earlier learning under Harnham University's rules for the recognition of "
      "prior learning: up to 20 credits for certificated study at Master's level in SEN (APL), or for experience, "
      "shown in a portfolio mapped against the Felling Schedule and assessed by a Master Burner (APEL). A collier "
      "whose claim is accepted is excused the Bag that extracts those lines."]),
    ("4.4", "Protection of regrowth", "Describe any fencing or tree guards to protect regrowth from deer.",
     ["Each collier is given three one-to-one tutorials with his or her Master Burner during the year, spent on "
      "the lines the collier marked new at Walk the Wood. Bags 1 and 2 are set in the collier's own school, on a "
      "pupil and on provision the collier chooses, so the work fits each collier's school and the stage he or she "
      "has reached. The fee is \u00a31,250, of which Carnford County Council pays \u00a3800 for its own teachers; "
      "Burns are on Saturdays so no school pays for cover, and the course builds from knowing (Burns 1 to 4) to "
      "doing (Burns 5 to 9), each Bag harder than the last."]),
])

# ------------------------------------------------------------------ Part 5
t5, a5 = part_table("PART 5 \u2013 ENVIRONMENT AND PUBLIC SAFETY", [
    ("5.1", "Protected species and designations", "Is the woodland in or next to an SSSI, a Scheduled Monument or "
     "a site with protected species? Give details.",
     ["Sallowmere Wood holds hazel dormice, and no Burn takes place in the wood between May and September; all "
      "Burns are in the Hearth Barn, outside the wood's boundary bank."]),
    ("5.2", "Public access", "Are there public rights of way through the woodland? How will the public be kept "
     "informed?",
     ["Every collier must be able to reach the hearth and take a full part. The application form asks each "
      "applicant to tell us about any disability or other need, in confidence, and says why we ask; the Clerk "
      "then agrees the adjustments with the collier before Burn 1. The Hearth Barn is step-free with an "
      "accessible toilet and parking beside the door, and has a hearing loop. Papers are sent a week ahead, in "
      "large print or electronically on request; a British Sign Language interpreter is booked for any collier "
      "who needs one; colliers with asthma are seated away from the demonstration hearth. In the Bags, extra "
      "time, alternative formats and a Hearth Conversation held in the collier's own school are all available. "
      "Placements are chosen with the collier's needs in mind. The Trust's equality scheme, under the Disability "
      "Equality Duty and the race and gender duties, applies to selection, teaching and assessment alike, and "
      "its leaflets show disabled people at work in the wood."]),
    ("5.3", "Safety of the public during operations", "Describe the measures you will take to protect the public "
     "during felling and extraction.",
     ["The Clerk checks each collier's enhanced CRB disclosure at enrolment, recording its number and date of "
      "issue from the certificate itself, and asks the head to confirm in writing that the collier is not barred "
      "from work with children. No collier goes on placement until this is done. A disclosure more than three "
      "years old must be renewed through the school before Burn 1."]),
])

# ------------------------------------------------------------------ Part 6
t6, a6 = part_table("PART 6 \u2013 CONSULTATION", [
    ("6.1", "Neighbours consulted", "List the neighbours and statutory bodies you have consulted and summarise "
     "their comments.", ["See the table below."]),
    ("6.2", "Continuing involvement", "How will neighbours be kept involved while the work is carried out?",
     ["The Hearth Committee meets each term to review the course: two heads, two past colliers and the county's "
      "senior SEN adviser sit on it with the Master Burners. It reads the colliers' Burn sheets and the Bag "
      "results and agrees what changes for the next Burns. Heads sit in on their colliers' Hearth Conversations, "
      "the placement schools host colliers, and Carnford Parent Partnership leads the afternoon of Burn 5. "]),
])
H.ins_run(a6[1].paragraphs[0], "A parent representative from Carnford Parent Partnership also sits on the Hearth "
          "Committee and reads the Bag 1 briefs each year before they are set.", size=9,
          author="Hester Cole", date="2009-01-13T09:30:00Z")
consult = [
    ["Who we asked", "When and how", "What they told us", "What we changed"],
    ["SENCOs and heads of 41 Carnford schools", "Questionnaire, June 2008 (29 replies)", "Provision mapping and "
     "managing teaching assistants were the greatest needs; weekday release was hard to get.",
     "Burn 6 given wholly to provision and TAs; all Burns moved to Saturdays with a Thursday repeat."],
    ["Carnford County Council SEN team", "Two meetings, spring 2008", "New SENCOs were weak on access "
     "arrangements and on tracking data.", "Access arrangements added to Burn 3; Burn 4 rebuilt round "
     "tracking."],
    ["Carnford Parent Partnership", "Parents' evening at the barn, May 2008", "Parents wanted SENCOs who listen "
     "and explain, and to be part of the course.", "Parents now lead the afternoon of Burn 5."],
    ["Colliers of the 2007-08 county course", "End-of-course meeting, July 2008", "Too much lecturing; too "
     "little on leading colleagues.", "Burn 7 added; each Burn now ends with a school task."],
]
H.table(doc, consult, widths_cm=[3.6, 3.2, 5.2, 5.0], header_fill="C7D3BF", size=8.5)
doc.add_paragraph()
H.text_box(doc, [
    [("Comments received from neighbours", "b")],
    [("\u201cA SENCO who can run a review where the parents feel heard is worth more to me than any essay.\u201d", "i"),
     " \u2013 head, Carnford primary school"],
    [("\u201cOur new SENCOs cannot get out on a Tuesday. Saturdays we can manage.\u201d", "i"),
     " \u2013 SENCO, Carnford secondary school"],
    [("\u201cWe want to be in the room, not talked about.\u201d", "i"), " \u2013 parent, Carnford Parent Partnership"],
], width_cm=16.5, height_cm=3.0)

# ------------------------------------------------------------------ Part 7
t7, a7 = part_table("PART 7 \u2013 MANAGEMENT AND SUPERVISION", [
    ("7.1", "Who will carry out the work?", "Give the name of the contractor and the qualifications of the "
     "operators (e.g. NPTC certificates of competence).",
     ["Four Master Burners, all qualified teachers:",
      [("Dr Owen Pryce", "b"), " (course leader): head of a special school for pupils with moderate learning "
       "difficulties 1994-2004; PhD on provision for pupils with MLD; now a county SEN adviser two days a week."],
      [("Mair Hollis", "b"), ": SENCO of Carnford High School; MEd in Special Educational Needs; trained teacher "
       "of pupils with specific learning difficulties (OCR Diploma)."],
      [("Gareth Lunn", "b"), ": specialist teacher with the county's Behaviour Support Service; coppice worker "
       "and charcoal burner with the Trust since 1996."],
      [("Sunita Rao", "b"), ": speech and language therapist and qualified teacher; leads the county's "
       "communication resource base."],
      "All four still work with pupils with SEN every week, and each keeps up with the field through the county's "
      "SENCO conference and its specialist networks."]),
    ("7.2", "Supervision on site", "Who will supervise the operators on site?",
     ["Each collier chooses a Watcher, a senior colleague in his or her school, to act as mentor through the "
      "year. We do not brief Watchers or send them anything: heads choose them and know what is needed. The "
      "Master Burners all taught the county course and need no further induction."]),
    ("7.3", "Specialist help", "Will any specialist contractors be used (e.g. for extraction by horse or "
     "cable crane)?",
     ["Besides the Master Burners, Burns are taught with an educational psychologist (Burns 3 and 9), a teacher of "
      "the deaf and visually impaired from the county's sensory support service (Burn 2), and parents from "
      "Carnford Parent Partnership (Burn 5). Each collier spends two days on placement, arranged by the Trust, at "
      "one of three specialist settings: Withy Bed School (severe and profound learning difficulties), the "
      "Carnford Language Resource Base, or the Heronsgate Centre (behavioural, emotional and social "
      "difficulties). Each placement has a host teacher and a programme agreed with the Trust, and the collier "
      "brings its evidence to Bag 1 or Bag 2."]),
    ("7.4", "Tools and equipment", "List the machinery to be used.",
     ["The Trust's SEN library in the Hearth Barn (about 200 books), lent to colliers; handouts for every Burn. "
      "Colliers use the ICT in their own schools."]),
    ("7.5", "Checking the quality of the work", "How will you check that the work is carried out to the "
     "standard required?",
     ["After each Burn every collier fills in a Burn sheet saying what was useful and what was not. The Master "
      "Burners read the sheets together the following week and change the next Burn where they need to."]),
    ("7.6", "Measuring the result", "How will you measure the result of the felling?",
     ["At Walk the Wood and again at Burn 10 each collier rates his or her confidence on every line of the "
      "Felling Schedule from 1 to 5, and we compare the two for each collier and for the year. In Bag 1 each "
      "collier records the Hearth Study pupil's progress at the start and end of the study \u2013 reading and "
      "number levels, attendance, and a well-being measure chosen with the Master Burner \u2013 and the Trust "
      "collects these for the whole cohort and reports them to the Hearth Committee. Twelve months after the "
      "course ends, the Clerk writes to each collier's head asking what has changed for pupils with SEN in the "
      "school, and the replies are summarised for the Committee."]),
])
fn.ref(a7[2].paragraphs[0], "The three placement settings have each hosted colliers from the county course since "
       "2005.")
doc.add_comment(a7[3].paragraphs[0].runs[0], text="Should we mention the six laptops in the barn store? They are "
                "not really for colliers yet.", author="Owen Pryce", initials="OP")

# ------------------------------------------------------------------ Part 8
p(("PART 8 \u2013 CONDITIONS AND DECLARATION", "b"), size=11)
q = p("Note 11. The Commission may attach conditions to a licence. State any conditions you would accept.", size=8)
q.runs[0].italic = True
q.runs[0].font.color.rgb = RGBColor.from_string(GREY)
p(("8.1  Conditions we would accept. ", "b"), "The Postgraduate Certificate is awarded by Harnham University to "
  "every collier who has attended at least nine of the ten Burns and passed all three Bags. A collier who fails a "
  "Bag may resubmit it once. A collier who has passed two Bags may leave with a record of credit.")
q = p(("8.2  Assessment-only applications. ", "b"), "Every collier attends the Burns.")
doc.add_comment(q.runs[1], text="Could we let the two LA advisory teachers go straight to Bag 3 next year? They "
                "have done this job for ten years.", author="Mair Hollis", initials="MH")
decl = [
    ["\u2612", "I confirm that the information given in this application is correct."],
    ["\u2612", "The course meets all the national minimum outcomes."],
    ["\u2612", "I have read the notes to this form."],
]
H.table(doc, decl, widths_cm=[1.0, 16.0], size=9, bold_first_row=False)
doc.add_paragraph()
sig = [["Signed (applicant)", "Hester Cole, Clerk to the Trust", "Date", "14 January 2009"],
       ["Signed (owner, if different)", "", "Date", ""]]
H.table(doc, sig, widths_cm=[4.0, 7.0, 1.6, 4.4], size=9, bold_first_row=False)

fn.finish()
doc.save(OUT)
print(OUT.name, "words:", H.word_count(doc))
